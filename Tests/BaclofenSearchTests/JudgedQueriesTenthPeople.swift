/// The tenth judged set's queries from relatives and carers, and its questions that no section
/// of the five articles answers.
private typealias S = ArticleSections

let tenthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my mum is 78 and got very confused on baclofen", .relative, [S.aWho, S.aSide, S.sCall]),
  JudgedQuery(
    "my husband with MS wants to stop his baclofen", .relative,
    [S.aStop, S.aLong, S.sCaution, S.cFollow]),
  JudgedQuery(
    "my son has cerebral palsy, how does baclofen help his legs", .relative,
    [S.aUses, S.sUsed, S.aWork, S.sMechanism]),
  JudgedQuery(
    "my teenage daughter's friends have been taking my baclofen", .relative, [S.cRisk, S.cAvoid]),
  JudgedQuery(
    "my dad forgot his evening dose, should he take two tomorrow", .relative, [S.aMissed]),
  JudgedQuery(
    "my wife takes baclofen for her drinking, will it work", .relative,
    [S.cAud, S.rEvidence, S.oAlcohol, S.rTake]),
  JudgedQuery(
    "my brother mixes his baclofen with beer", .relative, S.tenthMixing + [S.cGetHigh]),
  JudgedQuery(
    "my partner seems out of it and sleepy on high doses", .relative,
    [S.cHigh, S.cBalance, S.sCall]),
  JudgedQuery(
    "grandad has kidney failure, can he still have baclofen", .relative, S.tenthKidney),
  JudgedQuery(
    "my mother had a fall and is very drowsy on her muscle relaxant", .relative,
    [S.aWho, S.aSide]),
  JudgedQuery(
    "my toddler got hold of my baclofen and swallowed some", .relative,
    [S.aOverdose, S.cAvoid]),
  JudgedQuery(
    "husband won't wake up after taking lots of baclofen", .relative,
    [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "my sister is pregnant and on baclofen for spasms", .relative, S.tenthPregnancy),
  JudgedQuery(
    "my dad has cirrhosis and keeps drinking, could baclofen help him", .relative,
    S.tenthLiver),
  JudgedQuery(
    "I think my son is taking baclofen to get high", .relative,
    [S.cGetHigh, S.cHigh, S.cRisk]),
  JudgedQuery(
    "how can I help my wife who has become dependent on baclofen", .relative,
    [S.cTreatment, S.cApproaches, S.cRisk, S.cBehaviour, S.cRecovery]),
  JudgedQuery(
    "my aunt had a stroke, would the doctor give her baclofen for the stiffness", .relative,
    [S.aUses]),
  JudgedQuery(
    "my husband takes baclofen and drives a lorry for a living", .relative,
    [S.aDriving, S.sSide, S.rNotBest]),
  JudgedQuery(
    "mum's baclofen dose went up and now she can't keep her eyes open", .relative,
    [S.aSide, S.cMonitor, S.sCall]),
  JudgedQuery(
    "my boyfriend uses cocaine and drinks, would baclofen help with both", .relative,
    [S.rHelpful, S.rPros, S.oStimulants]),
  JudgedQuery(
    "can my father with a spinal cord injury stay on it for years", .relative, [S.aLong]),
  JudgedQuery(
    "my elderly dad takes it with his diazepam sleeping tablets", .relative,
    [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "my daughter with MS says the tablets upset her tummy", .relative,
    S.tenthSideEffects + [S.aTake]),
  JudgedQuery(
    "my son has a pump in his spine instead of tablets, why is that", .relative,
    [S.sUsed, S.sDose, S.aAlts]),
  JudgedQuery(
    "my husband stopped baclofen all at once and is seeing things", .relative,
    [S.aStop, S.sCaution, S.cAddictive, S.sCall]),
  JudgedQuery("my mum used to have fits, is baclofen safe for her", .relative, [S.aWho]),
  JudgedQuery(
    "my husband suffers from depression and anxiety, is baclofen risky for him", .relative,
    [S.aWho, S.aSide]),
  JudgedQuery(
    "my wife's spasms suddenly got much worse and she has a temperature", .relative,
    [S.sCall, S.sCaution]),
  JudgedQuery("my dad was given baclofen for hiccups, is that normal", .relative, [S.sOffLabel]),
  JudgedQuery(
    "my partner wants to try baclofen after reading The Last Glass", .relative, [S.rWhat]),
  JudgedQuery(
    "the doctor mentioned tizanidine for my son instead, which one is better", .relative,
    S.tenthTizanidine),
  JudgedQuery(
    "my brother takes more baclofen than he is prescribed, what should I watch for",
    .relative, [S.cBehaviour, S.cAbused, S.cMisuse]),
  JudgedQuery(
    "my grandmother can't swallow pills, is there another form", .relative, S.tenthBrands),
  JudgedQuery(
    "my husband is going to rehab for baclofen, should he stay in or go as an outpatient",
    .relative, [S.cApproaches]),
  JudgedQuery(
    "my wife keeps running to the bathroom since she started baclofen", .relative, [S.rSide]),
  JudgedQuery(
    "my uncle was put on baclofen to get off heroin", .relative, [S.oOpiates]),
  JudgedQuery(
    "my mum has MS, how high can they put her baclofen dose", .relative,
    [S.aTake, S.sDose]),
  JudgedQuery(
    "my daughter is nursing her newborn, can she keep taking baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my dad's breathing is slow on baclofen, is that dangerous", .relative, S.tenthBreathing),
  JudgedQuery(
    "my husband is embarrassed that he relies on baclofen, how do I bring it up", .relative,
    [S.cRisk, S.cBehaviour, S.cNeedHelp]),
]

let tenthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "is baclofen covered by Medicare Part D"),
  JudgedQuery(uncovered: "can I take baclofen with ibuprofen for back pain"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "does baclofen make you put on weight"),
  JudgedQuery(uncovered: "can baclofen cause hair loss"),
  JudgedQuery(uncovered: "baclofen dose for dogs"),
  JudgedQuery(uncovered: "will baclofen show up on a workplace drug test"),
  JudgedQuery(uncovered: "is it ok to drink coffee with baclofen"),
  JudgedQuery(uncovered: "baclofen for migraine prevention"),
  JudgedQuery(uncovered: "does baclofen help restless legs syndrome"),
  JudgedQuery(uncovered: "baclofen oral solution strength for a child in mg per ml"),
  JudgedQuery(uncovered: "does baclofen stop my contraceptive pill working"),
  JudgedQuery(uncovered: "can baclofen cause erectile dysfunction"),
  JudgedQuery(uncovered: "should I stop baclofen before a general anaesthetic"),
  JudgedQuery(uncovered: "can I still use baclofen tablets past the expiry date"),
  JudgedQuery(uncovered: "can I fly abroad with baclofen in my hand luggage"),
  JudgedQuery(uncovered: "does baclofen make your skin sensitive to sunlight"),
  JudgedQuery(uncovered: "is baclofen safe with antibiotics like amoxicillin"),
  JudgedQuery(uncovered: "how do you pronounce baclofen"),
  JudgedQuery(uncovered: "baclofen for ringing in the ears"),
  JudgedQuery(uncovered: "how much does a baclofen pump operation cost"),
  JudgedQuery(uncovered: "how often does an intrathecal pump need refilling"),
  JudgedQuery(uncovered: "can I get the covid vaccine while on baclofen"),
  JudgedQuery(uncovered: "what dose of naltrexone is used for alcohol"),
  JudgedQuery(uncovered: "acamprosate side effects"),
  JudgedQuery(uncovered: "which online pharmacy sells baclofen cheapest"),
  JudgedQuery(uncovered: "baclofen for trigeminal neuralgia face pain"),
  JudgedQuery(uncovered: "does baclofen make you lose your appetite"),
  JudgedQuery(uncovered: "gabapentin dose for nerve pain"),
  JudgedQuery(uncovered: "what colour is a 10mg baclofen tablet"),
]
