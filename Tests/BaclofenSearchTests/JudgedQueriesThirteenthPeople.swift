private typealias S = ArticleSections

/// The thirteenth set's relative queries: a parent, partner, child or carer asking about someone
/// else.
let thirteenthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my mum is 82 and keeps falling since she started baclofen", .relative, [S.aWho, S.aSide]),
  JudgedQuery(
    "my husband wants to take baclofen to stop drinking", .relative, S.thirteenthDrinking),
  JudgedQuery(
    "my son has cerebral palsy will baclofen help his stiff legs", .relative,
    S.thirteenthCerebralPalsy + [S.sIntro]),
  JudgedQuery(
    "my teenage daughter has been taking her brother's baclofen", .relative,
    [S.cRisk, S.cAvoid]),
  JudgedQuery(
    "my wife stopped her baclofen cold turkey and is seeing things", .relative,
    S.thirteenthWithdrawal + [S.sCall]),
  JudgedQuery(
    "my dad accidentally took his baclofen twice", .relative,
    [S.aOverdose, S.aMissed, S.cFollow]),
  JudgedQuery(
    "my partner keeps drinking heavily while on baclofen", .relative, S.thirteenthAlcoholMix),
  JudgedQuery(
    "my brother is taking way more baclofen than he was prescribed", .relative,
    [S.cAbused, S.cGetHigh, S.cAvoid, S.cFollow, S.cMisuse, S.cRisk, S.cBehaviour]),
  JudgedQuery(
    "my mother has kidney failure is baclofen safe for her", .relative, S.thirteenthKidney),
  JudgedQuery(
    "my grandad is very drowsy and confused on baclofen", .relative,
    [S.aWho, S.aSide, S.sCall, S.cMonitor]),
  JudgedQuery("my husband has ms how long will he need baclofen", .relative, [S.aLong]),
  JudgedQuery("my son says baclofen gets him high", .relative, S.thirteenthHigh),
  JudgedQuery(
    "my daughter is starting baclofen what dose will they give her", .relative,
    S.thirteenthDose),
  JudgedQuery(
    "my boyfriend has cirrhosis and drinks could baclofen help", .relative,
    [S.rLiver, S.rPros, S.rHelpful, S.rIntro]),
  JudgedQuery("my sister is pregnant and takes baclofen", .relative, [S.aWho, S.rSide]),
  JudgedQuery(
    "my wife is breastfeeding and was prescribed baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my dad had a stroke would baclofen help his tight arm", .relative, [S.aUses, S.sIntro]),
  JudgedQuery(
    "my son has a pump that puts baclofen into his spine", .relative, S.thirteenthPump),
  JudgedQuery(
    "my husband can't stop taking baclofen he is dependent", .relative, S.thirteenthRecovery),
  JudgedQuery(
    "how do I help my wife who is addicted to baclofen", .relative,
    [S.cRisk, S.cBehaviour, S.cTreatment, S.cNeedHelp, S.cApproaches, S.cRecovery]),
  JudgedQuery(
    "my mum's baclofen isn't helping her spasms anymore", .relative,
    S.thirteenthAlternatives + [S.sUsed, S.cMonitor]),
  JudgedQuery(
    "my father wants to drive after his first baclofen tablet", .relative,
    [S.aDriving, S.sSide]),
  JudgedQuery(
    "my elderly aunt seems depressed since going on baclofen", .relative,
    [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "my toddler got into my baclofen tablets", .relative, [S.aOverdose, S.cAvoid]),
  JudgedQuery(
    "my husband missed his evening baclofen", .relative, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery(
    "my son is recovering from heroin could baclofen help", .relative, [S.oOpiates, S.oIntro]),
  JudgedQuery(
    "my daughter mixes her baclofen with benzos", .relative, S.thirteenthSedativeMix),
  JudgedQuery(
    "my partner was told to keep drinking as normal when starting baclofen", .relative,
    S.thirteenthAlcoholMix),
  JudgedQuery(
    "my mum takes baclofen and is badly constipated", .relative, [S.aSide, S.rSide]),
  JudgedQuery(
    "my husband's baclofen has him running to the toilet to pee", .relative, [S.rSide]),
  JudgedQuery(
    "my grandmother can't swallow tablets is there another kind of baclofen", .relative,
    [S.aBrands, S.oIntro]),
  JudgedQuery(
    "my brother wants to quit cocaine could baclofen help him", .relative,
    S.thirteenthCocaine),
  JudgedQuery("my wife has epilepsy can she take baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my dad is on tizanidine should he switch to baclofen", .relative, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "how can I tell if my son is misusing his baclofen", .relative, S.thirteenthMisuseSigns),
  JudgedQuery(
    "my husband takes baclofen and his breathing has gone slow", .relative,
    S.thirteenthBreathing),
  JudgedQuery(
    "my mother sleeps most of the day on her muscle relaxant", .relative,
    S.thirteenthDrowsy + [S.aWho]),
  JudgedQuery(
    "my partner is scared baclofen will make her addicted", .relative,
    S.thirteenthAddictive + [S.cSafely]),
  JudgedQuery(
    "my mum wants to give some of her baclofen to my aunt who is stiff too", .relative,
    [S.cAvoid]),
  JudgedQuery(
    "my son has a high fever and stiff muscles since his baclofen ran out", .relative,
    [S.sCaution, S.sCall, S.aStop, S.cAddictive]),
]
