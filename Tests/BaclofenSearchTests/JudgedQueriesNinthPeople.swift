/// The ninth set's relatives' queries: a parent, partner, carer or grandchild asking about
/// someone else. Written with the rest of the ninth set, from the articles alone, before it was
/// run; held back.
private typealias S = ArticleSections

let ninthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my mum is 82 and keeps falling since she started baclofen", .relative,
    [S.aWho, S.aSide, S.sSide]),
  JudgedQuery("can my son have a few beers at his party on baclofen", .relative, S.ninthDrink),
  JudgedQuery(
    "my husband took a handful of his pills and won't wake up", .relative,
    [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery(
    "dad ran out of his muscle tablets and is seeing things", .relative, S.ninthVisions),
  JudgedQuery(
    "my wife wants to use baclofen to stop drinking, does it work", .relative, S.ninthAud),
  JudgedQuery(
    "grandad has cirrhosis, can he take baclofen for his drinking", .relative,
    [S.rLiver, S.rHelpful, S.rPros, S.rIntro]),
  JudgedQuery(
    "my teenage daughter might be taking my baclofen", .relative,
    [S.cRisk, S.cAvoid, S.cGetHigh]),
  JudgedQuery("how do I hide my tablets from the kids", .relative, [S.cAvoid]),
  JudgedQuery(
    "my brother keeps upping his own dose to feel calm", .relative,
    [S.cAbused, S.cRisk, S.cAvoid, S.cAddictive, S.cHigh]),
  JudgedQuery(
    "my partner seems spaced out and confused on his pills", .relative,
    [S.cHigh, S.aSide, S.sCall, S.aWho]),
  JudgedQuery(
    "my son has cerebral palsy, what does baclofen do for him", .relative,
    [S.aUses, S.sUsed, S.aIntro, S.cWhat, S.aWork]),
  JudgedQuery(
    "my girlfriend has MS and the doctor mentioned a pump", .relative, S.ninthPump),
  JudgedQuery(
    "my nan has kidney problems, is her baclofen dose too high", .relative, S.ninthKidney),
  JudgedQuery("my sister is pregnant and on baclofen", .relative, S.ninthPregnant),
  JudgedQuery(
    "my carer gave mum a double dose by mistake", .relative, [S.aMissed, S.aOverdose]),
  JudgedQuery(
    "dad forgot his afternoon tablet, should he take two later", .relative, [S.aMissed]),
  JudgedQuery(
    "should my mother be driving on her new muscle pills", .relative, S.ninthDrive),
  JudgedQuery("my uncle wants to quit baclofen cold turkey", .relative, S.ninthStop),
  JudgedQuery(
    "how can I support my friend who is hooked on baclofen", .relative,
    S.ninthHelp + [S.cRisk]),
  JudgedQuery(
    "is rehab an option for my husband's baclofen problem", .relative,
    [S.cApproaches, S.cTreatment, S.cRecovery]),
  JudgedQuery(
    "my father's tablets make him so drowsy he sleeps all day", .relative,
    S.ninthSleepy + [S.aWho]),
  JudgedQuery(
    "my son was given baclofen after a spinal injury, how long will he need it", .relative,
    [S.aLong, S.aUses]),
  JudgedQuery("my wife is on baclofen and also uses cocaine", .relative, S.ninthCocaine),
  JudgedQuery(
    "my brother is coming off heroin, would baclofen help", .relative, S.ninthOpiate),
  JudgedQuery(
    "mum's legs are so tight she can't walk, is baclofen the right thing", .relative,
    [S.aUses, S.sIntro, S.sUsed, S.aIntro]),
  JudgedQuery(
    "grandma on baclofen seems really low and tearful", .relative,
    [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "my dad is on baclofen and has had fits before", .relative, [S.aWho, S.aSide]),
  JudgedQuery(
    "my partner works on a building site, will baclofen be a problem", .relative,
    [S.rNotBest, S.rPros]),
  JudgedQuery(
    "my daughter breastfeeds, can she keep taking her muscle relaxant", .relative, [S.aWho]),
  JudgedQuery(
    "can my husband take baclofen and his oxycodone together", .relative, S.ninthMixing),
  JudgedQuery("my mum had a stroke, could baclofen help her arm", .relative, [S.aUses]),
  JudgedQuery(
    "my son says baclofen is harmless because it's not a controlled drug", .relative,
    [S.cAddictive]),
  JudgedQuery(
    "my brother-in-law says this drug cured a french doctor's drinking", .relative, [S.rWhat]),
  JudgedQuery(
    "my wife's spasms got worse suddenly and she has a temperature", .relative,
    [S.sCall, S.sCaution]),
  JudgedQuery(
    "my father-in-law can't swallow pills, is there another form", .relative,
    [S.aBrands, S.oIntro]),
  JudgedQuery("is tizanidine better for my mum than baclofen", .relative, S.ninthTiz),
  JudgedQuery(
    "dad's doctor wants to lower his dose slowly, why", .relative,
    [S.aStop, S.sCaution, S.aLong, S.cApproaches]),
  JudgedQuery("my friend mixes baclofen with xanax to get high", .relative, S.ninthMixing),
  JudgedQuery(
    "how do i tell if my husband is misusing his baclofen", .relative,
    [S.cBehaviour, S.cRisk, S.cAbused, S.cMonitor]),
  JudgedQuery(
    "my stepson takes baclofen, what side effects should I watch for", .relative,
    S.ninthSide + [S.sCall]),
]
