private typealias S = ArticleSections

/// The eighth set's relatives: a carer, parent, child or partner asking about someone else.
let eighthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my husband falls asleep in his chair every afternoon on baclofen", .relative,
    S.eighthSideEffects),
  JudgedQuery(
    "my mum is 84 and seems muddled since starting baclofen", .relative,
    [S.aWho, S.aSide, S.sCall]),
  JudgedQuery(
    "my son has cerebral palsy, will baclofen help his stiff legs", .relative,
    S.eighthSpasticityUses),
  JudgedQuery(
    "my wife wants to do the school run while on baclofen", .relative, [S.aDriving, S.sSide]),
  JudgedQuery("found my teenager taking my baclofen", .relative, [S.cRisk, S.cAvoid]),
  JudgedQuery("where to keep baclofen so the grandkids can't reach it", .relative, [S.cAvoid]),
  JudgedQuery(
    "my brother takes extra baclofen to get a buzz", .relative,
    [S.cGetHigh, S.cHigh, S.cAbused]),
  JudgedQuery("my partner keeps drinking wine on top of baclofen", .relative, S.eighthMixing),
  JudgedQuery(
    "my sister's doctor suggested baclofen to help her stop drinking", .relative,
    [S.cAud, S.rEvidence, S.oAlcohol, S.rSummary, S.sOffLabel]),
  JudgedQuery(
    "my father has cirrhosis and can't take naltrexone", .relative,
    [S.rHelpful, S.rLiver, S.rPros]),
  JudgedQuery(
    "my mum's kidneys are failing, is baclofen ok for her", .relative, S.eighthKidneys),
  JudgedQuery(
    "my daughter is pregnant and takes baclofen for her MS", .relative, [S.aWho, S.rSide]),
  JudgedQuery("can I give my husband some of my baclofen", .relative, [S.cAvoid]),
  JudgedQuery(
    "why is my son's dose so much lower with his baclofen pump", .relative,
    [S.sUsed, S.sDose]),
  JudgedQuery(
    "my husband ran out of baclofen and now he's seeing things", .relative,
    [S.aStop, S.sCaution, S.sCall, S.cAddictive]),
  JudgedQuery(
    "my wife took a handful of baclofen and won't wake up", .relative,
    [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "my dad's been switched from baclofen to tizanidine", .relative, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "my mother missed her evening dose, should she take two now", .relative, [S.aMissed]),
  JudgedQuery(
    "my boyfriend seems hooked on baclofen, how do we get him help", .relative,
    [S.cTreatment, S.cApproaches, S.cNeedHelp, S.cRecovery]),
  JudgedQuery(
    "how do I support my son while he recovers from baclofen dependence", .relative,
    [S.cRecovery, S.cBehaviour, S.cRisk]),
  JudgedQuery("my daughter's baclofen makes her wee a lot", .relative, [S.rSide]),
  JudgedQuery(
    "my husband has been bunged up since starting baclofen", .relative, [S.aSide, S.rSide]),
  JudgedQuery(
    "my wife is breastfeeding and has been prescribed baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "how can I tell if my partner is abusing baclofen", .relative,
    [S.cBehaviour, S.cAbused, S.cRisk]),
  JudgedQuery(
    "my dad had a stroke, could baclofen ease the tightness in his arm", .relative, [S.aUses]),
  JudgedQuery(
    "my father takes baclofen for his drinking, is that allowed", .relative,
    [S.oAlcohol, S.rWhat, S.rEvidence]),
  JudgedQuery(
    "my son wants to try baclofen for his cocaine habit", .relative,
    [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery(
    "my wife has depression, will baclofen still work for her drinking", .relative,
    [S.oAlcohol, S.oSummary, S.aWho]),
  JudgedQuery(
    "my brother has had fits before, can he take baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my mum keeps falling over since her baclofen went up", .relative,
    [S.aWho, S.aSide, S.cMonitor]),
  JudgedQuery(
    "my husband's doctor wants to wean him off baclofen", .relative,
    [S.aStop, S.aLong, S.sCaution, S.rPros]),
  JudgedQuery(
    "my daughter can't swallow pills, is there a baclofen that dissolves", .relative,
    [S.aBrands]),
  JudgedQuery(
    "my son has had hiccups for weeks and the doctor mentioned baclofen", .relative,
    [S.sOffLabel]),
  JudgedQuery(
    "my partner has a fever and rigid muscles after stopping baclofen", .relative,
    [S.sCaution, S.sCall]),
  JudgedQuery(
    "my mum takes baclofen and diazepam together", .relative, [S.sSafety, S.cBalance]),
  JudgedQuery(
    "my husband was given baclofen to come off heroin", .relative, [S.oOpiates]),
  JudgedQuery(
    "my father is a builder, will baclofen make his job harder", .relative,
    [S.rNotBest, S.rPros]),
  JudgedQuery(
    "my wife still drinks her usual amount after starting baclofen", .relative, [S.rTake]),
  JudgedQuery("my dad's heart is racing on baclofen", .relative, [S.aSide, S.rSide]),
  JudgedQuery(
    "my mum's baclofen dose keeps going up every few days", .relative,
    [S.aTake, S.aWork, S.sDose]),
]
