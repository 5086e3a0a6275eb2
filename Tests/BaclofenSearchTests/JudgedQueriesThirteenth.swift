/// The thirteenth judged set: 200 queries written on 3 December 2026 from the five cleaned
/// articles alone, judged by reading the sections before any of it was run, by someone who had
/// seen neither how search ranks nor the other judged sets. Held back and never used to tune
/// search.
let thirteenthQueries =
  thirteenthKeywordQueries + thirteenthQuestionQueries + thirteenthMisspellingQueries
  + thirteenthEverydayQueries + thirteenthRelativeQueries + thirteenthUncoveredQueries

private typealias S = ArticleSections

/// Answer lists that several queries of the thirteenth set share.
extension ArticleSections {
  /// What stopping suddenly brings on: seizures, hallucinations, rebound spasms, anxiety, tremors.
  static let thirteenthWithdrawal = [
    aLong, aStop, aSide, sCaution, cAddictive, cFollow, cBalance, cApproaches,
  ]
  /// How to come off it: only with the doctor, tapering slowly.
  static let thirteenthTaper = [
    aLong, aStop, sCaution, rPros, cAddictive, cFollow, cMonitor, cApproaches,
  ]
  /// Baclofen taken with alcohol.
  static let thirteenthAlcoholMix = [cAbused, cGetHigh, cBalance, cAvoid, sSafety, rIntro, rTake]
  /// Baclofen with opioids, benzodiazepines or other sedatives.
  static let thirteenthSedativeMix = [sSafety, cBalance, cAvoid, cAbused, cGetHigh]
  /// Baclofen as a treatment for drinking problems.
  static let thirteenthDrinking = [
    aUses, cAud, cBalance, oIntro, oAlcohol, oSummary, rIntro, rWhat, rWork, rEvidence, rTake,
    rHelpful, rPros, rSummary, sOffLabel,
  ]
  /// What the research says about baclofen for alcohol use disorder.
  static let thirteenthDrinkingEvidence = [
    oAlcohol, oSummary, rWhat, rEvidence, rPros, rSummary, sOffLabel, cAud, cBalance,
  ]
  /// The side-effect lists.
  static let thirteenthSideEffects = [aSide, rSide, sSide]
  /// Drowsiness and sedation.
  static let thirteenthDrowsy = [aSide, rSide, sSide, cBalance, cMonitor, aDriving]
  /// Kidney disease and baclofen.
  static let thirteenthKidney = [aWho, aKidney, rSide, rNotBest, sSafety]
  /// Cirrhosis and liver disease.
  static let thirteenthCirrhosis = [rLiver, rPros, rHelpful, rIntro, aWho]
  /// Doses: starting, raising, usual and highest.
  static let thirteenthDose = [aTake, aWork, sDose, rEvidence, cGetHigh]
  /// Too much baclofen.
  static let thirteenthOverdose = [
    aOverdose, cMisuse, cPhysical, cBalance, cFollow, cAvoid, cAbused, cGetHigh,
  ]
  /// Whether baclofen is addictive.
  static let thirteenthAddictive = [cIntro, cAddictive, cFinal, rPros]
  /// Whether baclofen makes you high.
  static let thirteenthHigh = [cHigh, cGetHigh, cAbused, cAddictive]
  /// What baclofen is used for.
  static let thirteenthUses = [
    aIntro, aUses, cWhat, oIntro, rIntro, sIntro, sUsed, cFinal, sOffLabel,
  ]
  /// How baclofen works.
  static let thirteenthHowWorks = [aIntro, aWhat, aWork, cWhat, oIntro, rWork, sMechanism, sIntro]
  /// Multiple sclerosis.
  static let thirteenthMs = [aIntro, aUses, aLong, cWhat, cFinal, oIntro, rIntro, sIntro, sUsed]
  /// Cerebral palsy.
  static let thirteenthCerebralPalsy = [aIntro, aUses, cWhat, sUsed]
  /// Signs of misuse and dependence.
  static let thirteenthMisuseSigns = [cIntro, cAddictive, cAbused, cRisk, cMisuse, cBehaviour]
  /// Treatment for baclofen dependence.
  static let thirteenthRecovery = [cTreatment, cNeedHelp, cApproaches, cRecovery, cAddictive]
  /// Other treatments for spasticity.
  static let thirteenthAlternatives = [aAlts, aTiz, sShort]
  /// The intrathecal pump.
  static let thirteenthPump = [aAlts, sUsed, sDose, sShort]
  /// Hallucinations, as a side effect and on stopping.
  static let thirteenthHallucinations = [aSide, rSide, aStop, sCaution, cAddictive]
  /// Cocaine and other stimulants.
  static let thirteenthCocaine = [oIntro, oStimulants, rHelpful, rPros]
  /// Slowed or troubled breathing.
  static let thirteenthBreathing = [aSide, aOverdose, sCall, sSafety, cPhysical, cBalance, cAvoid]
}

let thirteenthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen withdrawal symptoms", .keyword, S.thirteenthWithdrawal),
  JudgedQuery("baclofen side effects", .keyword, S.thirteenthSideEffects),
  JudgedQuery("baclofen kidney disease", .keyword, S.thirteenthKidney),
  JudgedQuery("baclofen liver cirrhosis", .keyword, S.thirteenthCirrhosis),
  JudgedQuery("tizanidine compared with baclofen", .keyword, [S.aTiz, S.aAlts]),
  JudgedQuery("lioresal", .keyword, [S.aBrands, S.oIntro]),
  JudgedQuery("kemstro dissolving tablet", .keyword, [S.aBrands, S.oIntro]),
  JudgedQuery("intrathecal baclofen pump", .keyword, S.thirteenthPump),
  JudgedQuery("baclofen hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("baclofen cocaine addiction", .keyword, S.thirteenthCocaine),
  JudgedQuery("baclofen opiate heroin withdrawal", .keyword, [S.oOpiates, S.oIntro]),
  JudgedQuery("baclofen pregnancy", .keyword, [S.aWho, S.rSide]),
  JudgedQuery("baclofen breastfeeding", .keyword, [S.aWho]),
  JudgedQuery("baclofen missed dose", .keyword, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery("baclofen overdose symptoms", .keyword, S.thirteenthOverdose),
  JudgedQuery("baclofen driving", .keyword, [S.aDriving, S.sSide]),
  JudgedQuery("baclofen dosage", .keyword, S.thirteenthDose),
  JudgedQuery(
    "baclofen maximum daily dose", .keyword, [S.aTake, S.sDose, S.rEvidence, S.cGetHigh]),
  JudgedQuery("baclofen multiple sclerosis", .keyword, S.thirteenthMs),
  JudgedQuery("baclofen alcohol cravings", .keyword, S.thirteenthDrinking),
  JudgedQuery("baclofen dependence treatment", .keyword, S.thirteenthRecovery),
  JudgedQuery(
    "gaba-b receptors", .keyword,
    [S.aWhat, S.aWork, S.cWhat, S.cAud, S.oIntro, S.rWork, S.sMechanism]),
  JudgedQuery("baclofen euphoria", .keyword, S.thirteenthHigh),
  JudgedQuery("baclofen tapering schedule", .keyword, S.thirteenthTaper),
  JudgedQuery("botulinum toxin injections spasticity", .keyword, [S.aAlts, S.sShort]),
  JudgedQuery(
    "baclofen fda approval alcohol", .keyword, [S.oAlcohol, S.oIntro, S.rWhat, S.rEvidence]),
  JudgedQuery("baclofen seizures", .keyword, S.thirteenthWithdrawal + [S.aWho, S.sCall]),
  JudgedQuery("baclofen hallucinations", .keyword, S.thirteenthHallucinations),
  JudgedQuery("generic baclofen versus brand", .keyword, [S.aBrands]),
  JudgedQuery("diazepam for spasticity", .keyword, [S.aAlts]),
]

let thirteenthQuestionQueries: [JudgedQuery] = [
  JudgedQuery("can you get addicted to baclofen", .question, S.thirteenthAddictive),
  JudgedQuery(
    "how long does it take for baclofen to start working", .question, [S.aWork, S.cWhat]),
  JudgedQuery("what happens if I stop baclofen suddenly", .question, S.thirteenthWithdrawal),
  JudgedQuery("can I drink alcohol while taking baclofen", .question, S.thirteenthAlcoholMix),
  JudgedQuery(
    "how many times a day should I take baclofen", .question,
    [S.aTake, S.aTiz, S.sDose, S.rEvidence, S.rPros, S.cFollow]),
  JudgedQuery("should baclofen be taken with food or on an empty stomach", .question, [S.aTake]),
  JudgedQuery(
    "what is the usual starting dose of baclofen", .question, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("can baclofen help me stop drinking", .question, S.thirteenthDrinking),
  JudgedQuery(
    "do studies show baclofen works for alcoholism", .question, S.thirteenthDrinkingEvidence),
  JudgedQuery(
    "why is baclofen safer for people with liver problems", .question,
    [S.rLiver, S.rPros, S.rIntro, S.rHelpful]),
  JudgedQuery(
    "what should I do if I take too much baclofen", .question, [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "who shouldn't be prescribed baclofen", .question,
    [S.aWho, S.aKidney, S.rNotBest, S.rSide]),
  JudgedQuery("is it safe to drive a car on baclofen", .question, [S.aDriving, S.sSide]),
  JudgedQuery("can older people take baclofen safely", .question, [S.aWho]),
  JudgedQuery(
    "what's the difference between baclofen and tizanidine", .question, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "why do people misuse baclofen", .question,
    [S.cAbused, S.cGetHigh, S.cRisk, S.cApproaches]),
  JudgedQuery("who is most likely to abuse baclofen", .question, [S.cRisk, S.cGetHigh]),
  JudgedQuery(
    "what else can I try if baclofen doesn't work", .question,
    S.thirteenthAlternatives + [S.sUsed]),
  JudgedQuery("how does baclofen relax the muscles", .question, S.thirteenthHowWorks),
  JudgedQuery("is baclofen a controlled substance", .question, [S.cAddictive]),
  JudgedQuery("what conditions is baclofen prescribed for", .question, S.thirteenthUses),
  JudgedQuery(
    "can baclofen be used for anxiety", .question,
    [S.rPros, S.cAddictive, S.cAbused, S.cGetHigh, S.cRisk]),
  JudgedQuery("how long can you stay on baclofen", .question, [S.aLong]),
  JudgedQuery(
    "when should I call the doctor about baclofen", .question,
    [S.sCall, S.aSide, S.rSide, S.cMonitor]),
  JudgedQuery(
    "does baclofen interact with other medicines", .question,
    [S.sSafety, S.rPros, S.cAvoid, S.cBalance]),
  JudgedQuery("can I take baclofen with opioid painkillers", .question, S.thirteenthSedativeMix),
  JudgedQuery(
    "when was baclofen first developed", .question, [S.aWhat, S.rWhat, S.sBackground]),
  JudgedQuery("was baclofen first made as an epilepsy drug", .question, [S.rWhat, S.sBackground]),
  JudgedQuery(
    "what are the signs someone is dependent on baclofen", .question,
    S.thirteenthMisuseSigns + [S.cMonitor]),
  JudgedQuery(
    "is rehab needed to come off baclofen", .question, [S.cApproaches, S.cTreatment, S.sCaution]),
  JudgedQuery(
    "why does baclofen have to be taken several times a day", .question,
    [S.rPros, S.aTake, S.cFollow]),
  JudgedQuery(
    "can baclofen be given as an injection", .question, [S.oIntro, S.aAlts, S.sUsed, S.sDose]),
  JudgedQuery("what did the cochrane review find about baclofen", .question, [S.oAlcohol]),
  JudgedQuery("is baclofen approved for alcohol problems in france", .question, [S.rWhat]),
  JudgedQuery("does baclofen reduce cocaine cravings", .question, S.thirteenthCocaine),
]

let thirteenthMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclophen side effects", .misspelling, S.thirteenthSideEffects),
  JudgedQuery("backlofen withdrawl", .misspelling, S.thirteenthWithdrawal),
  JudgedQuery("baclofin and alchohol", .misspelling, S.thirteenthAlcoholMix),
  JudgedQuery("bacloffen dose", .misspelling, S.thirteenthDose),
  JudgedQuery("baklofen for alcholism", .misspelling, S.thirteenthDrinking),
  JudgedQuery("tizanadine vs baclofen", .misspelling, [S.aTiz, S.aAlts]),
  JudgedQuery("baclofen kidny problems", .misspelling, S.thirteenthKidney),
  JudgedQuery("baclofen liver sirosis", .misspelling, S.thirteenthCirrhosis),
  JudgedQuery("baclofen when pregnent", .misspelling, [S.aWho, S.rSide]),
  JudgedQuery("baclofen for hicups", .misspelling, [S.sOffLabel]),
  JudgedQuery("baclofen overdoes", .misspelling, S.thirteenthOverdose),
  JudgedQuery("is baclofen adictive", .misspelling, S.thirteenthAddictive),
  JudgedQuery("baclofen makes me drousy", .misspelling, S.thirteenthDrowsy),
  JudgedQuery("baclofen multipel sclerosis", .misspelling, S.thirteenthMs),
  JudgedQuery("baclofen constapation", .misspelling, [S.aSide, S.rSide]),
  JudgedQuery("baclofen halucinations", .misspelling, S.thirteenthHallucinations),
  JudgedQuery("lioresol", .misspelling, [S.aBrands, S.oIntro]),
  JudgedQuery("intrathecle pump", .misspelling, S.thirteenthPump),
  JudgedQuery("baclofen seizers", .misspelling, S.thirteenthWithdrawal + [S.aWho, S.sCall]),
  JudgedQuery("baclofen dizzyness", .misspelling, [S.aSide, S.rSide, S.sSide, S.aDriving]),
  JudgedQuery("how to tapper off baclofen", .misspelling, S.thirteenthTaper),
  JudgedQuery("baclofen cerebal palsy", .misspelling, S.thirteenthCerebralPalsy),
  JudgedQuery("baclofen brestfeeding", .misspelling, [S.aWho]),
  JudgedQuery("baclofen cocain", .misspelling, S.thirteenthCocaine),
  JudgedQuery("baclofen mised dose", .misspelling, [S.aMissed, S.sCall, S.cFollow]),
]

let thirteenthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "can I have grapefruit juice with baclofen"),
  JudgedQuery(uncovered: "does baclofen make you put on weight"),
  JudgedQuery(uncovered: "is baclofen safe to give my dog"),
  JudgedQuery(uncovered: "is baclofen covered by medicare part d"),
  JudgedQuery(uncovered: "baclofen hair loss"),
  JudgedQuery(uncovered: "will baclofen show up on a work drug test"),
  JudgedQuery(uncovered: "baclofen and sex drive or erections"),
  JudgedQuery(uncovered: "how long do baclofen tablets keep before they expire"),
  JudgedQuery(uncovered: "can I drink coffee on baclofen"),
  JudgedQuery(uncovered: "does baclofen raise or lower blood pressure"),
  JudgedQuery(uncovered: "baclofen for ringing in the ears"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "how do I get rid of leftover baclofen tablets"),
  JudgedQuery(uncovered: "can I take baclofen on a plane abroad"),
  JudgedQuery(uncovered: "does baclofen contain lactose or gluten"),
  JudgedQuery(uncovered: "dry mouth on baclofen"),
  JudgedQuery(uncovered: "is baclofen used for adhd"),
  JudgedQuery(uncovered: "can I have the covid vaccine while on baclofen"),
  JudgedQuery(uncovered: "blurred eyesight after starting baclofen"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "baclofen for grinding teeth at night"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "can baclofen make my periods irregular"),
  JudgedQuery(uncovered: "baclofen and blood sugar in diabetes"),
  JudgedQuery(uncovered: "what colour is a 10mg baclofen tablet"),
  JudgedQuery(uncovered: "can I smoke cigarettes while on baclofen"),
  JudgedQuery(uncovered: "night sweats on baclofen"),
  JudgedQuery(uncovered: "is baclofen safe with a pacemaker"),
  JudgedQuery(uncovered: "can baclofen cause hearing loss"),
  JudgedQuery(uncovered: "baclofen and gout flare ups"),
]
