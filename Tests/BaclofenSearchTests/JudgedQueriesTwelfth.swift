/// The twelfth judged set: 200 queries written on 2 December 2026 from the five cleaned articles
/// alone, judged by reading the sections before any of it was run, by someone who had seen
/// neither how search ranks nor the other judged sets. It is held back and never used to tune
/// search.
let twelfthQueries =
  twelfthKeywordQueries + twelfthQuestionQueries + twelfthMisspellingQueries
  + twelfthEverydayQueries + twelfthRelativeQueries + twelfthUncoveredQueries

private typealias S = ArticleSections

/// Answer lists that several queries of the twelfth set share.
extension ArticleSections {
  /// What stopping suddenly does: the withdrawal symptoms.
  static let twelfthWithdrawal = [
    aLong, aStop, sCaution, cAddictive, cFollow, cBalance, cApproaches,
  ]
  /// How to come off baclofen: a taper under a doctor.
  static let twelfthTaper = [
    aLong, aStop, sCaution, cAddictive, cFollow, cMonitor, cApproaches, rPros,
  ]
  /// The common side effects.
  static let twelfthCommonSide = [aSide, rSide, sSide]
  /// Drowsiness and sedation.
  static let twelfthSleepy = [aSide, rSide, sSide, aDriving, cBalance, rWork]
  /// Baclofen with alcohol.
  static let twelfthAlcoholMix = [rIntro, sSafety, cAbused, cGetHigh, cAvoid, cBalance]
  /// Baclofen and kidney disease.
  static let twelfthKidney = [aKidney, aWho, sSafety, rSide, rNotBest]
  /// Baclofen for drinkers whose liver is damaged.
  static let twelfthLiverAud = [rIntro, rLiver, rHelpful, rPros]
  /// Whether baclofen helps someone stop drinking.
  static let twelfthDrinkingHelp = [
    rIntro, rWhat, rWork, rEvidence, rTake, rHelpful, rPros, rSummary, cAud, cBalance, oAlcohol,
    oSummary, sOffLabel, aUses,
  ]
  /// Whether baclofen eases the craving for alcohol.
  static let twelfthCravings = [
    rIntro, rWork, rEvidence, rTake, rHelpful, cAud, oAlcohol, sOffLabel,
  ]
  /// How good the evidence for baclofen in alcohol use disorder is.
  static let twelfthAudEvidence = [
    rEvidence, rWhat, rPros, rSummary, oAlcohol, oSummary, sOffLabel, cBalance,
  ]
  /// What taking too much does.
  static let twelfthTooMuch = [aOverdose, cPhysical, cBalance, cFollow, cAvoid, cAbused, cHigh]
  /// The usual doses.
  static let twelfthDose = [aTake, sDose, rEvidence, cGetHigh]
  /// Whether baclofen is addictive.
  static let twelfthAddictive = [cIntro, cAddictive, rPros, cFinal]
  /// Whether baclofen gets you high.
  static let twelfthHigh = [cHigh, cGetHigh, cAbused]
  /// How baclofen relaxes muscles.
  static let twelfthMechanism = [aIntro, aWhat, aWork, sIntro, sMechanism, cWhat, oIntro]
  /// What baclofen is prescribed for.
  static let twelfthUses = [aIntro, aUses, sIntro, sUsed, cWhat, oIntro, rIntro, cFinal]
  /// A missed dose.
  static let twelfthMissed = [aMissed, cFollow, sCall]
  /// Driving and machinery.
  static let twelfthDriving = [aDriving, sSide]
  /// Pregnancy and breastfeeding.
  static let twelfthPregnancy = [aWho, rSide]
  /// Other treatments for spasticity.
  static let twelfthAlternatives = [aAlts, aTiz, sShort]
  /// The intrathecal pump.
  static let twelfthPump = [aAlts, sUsed, sDose, sShort]
  /// Brand names and the generic.
  static let twelfthBrands = [aBrands, oIntro]
  /// Help for baclofen dependence.
  static let twelfthGetHelp = [cTreatment, cNeedHelp, cApproaches, cRecovery]
  /// Signs that someone misuses baclofen.
  static let twelfthMisuseSigns = [cAbused, cRisk, cAddictive, cBehaviour, cMonitor]
  /// Hallucinations, as a side effect or in withdrawal.
  static let twelfthHallucinations = [aSide, rSide, aStop, sCaution, cAddictive]
  /// Baclofen for cocaine.
  static let twelfthCocaine = [oStimulants, oIntro, rHelpful, rPros]
  /// Who should not take baclofen, or needs care.
  static let twelfthWhoShouldNot = [aWho, rNotBest, aKidney, sSafety]
  /// Mixing with sedatives, opioids or benzodiazepines.
  static let twelfthSedatives = [sSafety, cAvoid, cBalance]
}

/// Keyword queries: a few words, as typed into a search box.
let twelfthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen withdrawal seizures", .keyword, S.twelfthWithdrawal),
  JudgedQuery("baclofen kidney dose", .keyword, [S.aKidney, S.aWho, S.sSafety]),
  JudgedQuery("baclofen alcohol cravings", .keyword, S.twelfthCravings),
  JudgedQuery("intrathecal pump", .keyword, S.twelfthPump),
  JudgedQuery("baclofen tizanidine comparison", .keyword, [S.aTiz, S.aAlts]),
  JudgedQuery("Lioresal generic", .keyword, S.twelfthBrands),
  JudgedQuery("baclofen overdose symptoms", .keyword, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("missed dose baclofen", .keyword, S.twelfthMissed),
  JudgedQuery("baclofen pregnancy breastfeeding", .keyword, S.twelfthPregnancy),
  JudgedQuery("baclofen liver cirrhosis", .keyword, [S.rLiver, S.rPros, S.rHelpful, S.aWho]),
  JudgedQuery(
    "GABA-B receptors mechanism", .keyword,
    [S.aWhat, S.aWork, S.sMechanism, S.cWhat, S.rWork, S.oIntro]),
  JudgedQuery("baclofen hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("baclofen cocaine addiction", .keyword, S.twelfthCocaine),
  JudgedQuery("baclofen opiate withdrawal heroin", .keyword, [S.oOpiates]),
  JudgedQuery("baclofen dependence treatment rehab", .keyword, S.twelfthGetHelp),
  JudgedQuery("baclofen euphoria recreational", .keyword, S.twelfthHigh),
  JudgedQuery("baclofen side effects drowsiness dizziness", .keyword, S.twelfthCommonSide),
  JudgedQuery("baclofen driving machinery", .keyword, S.twelfthDriving),
  JudgedQuery("baclofen tapering schedule", .keyword, S.twelfthTaper),
  JudgedQuery("baclofen starting dose 5 mg", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("baclofen maximum daily dose", .keyword, S.twelfthDose),
  JudgedQuery(
    "baclofen benzodiazepines opioids interaction", .keyword, S.twelfthSedatives + [S.oAlcohol]),
  JudgedQuery("baclofen FDA approval alcohol", .keyword, [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery("Ameisen Le Dernier Verre", .keyword, [S.rWhat]),
  JudgedQuery(
    "baclofen placebo controlled trial", .keyword, [S.oAlcohol, S.oStimulants, S.rLiver]),
  JudgedQuery("baclofen older adults falls", .keyword, [S.aWho]),
  JudgedQuery("baclofen fever rebound spasticity", .keyword, [S.sCaution, S.sCall]),
  JudgedQuery("baclofen muscle spasticity multiple sclerosis", .keyword, S.twelfthUses),
  JudgedQuery("baclofen safe storage kids", .keyword, [S.cAvoid]),
  JudgedQuery(
    "baclofen misuse dangers", .keyword, [S.cMisuse, S.cPhysical, S.cAbused, S.cBalance]),
]

/// Questions, in the words of someone who has read a little about baclofen.
let twelfthQuestionQueries: [JudgedQuery] = [
  JudgedQuery("Is baclofen addictive?", .question, S.twelfthAddictive),
  JudgedQuery("Can you get high on baclofen?", .question, S.twelfthHigh),
  JudgedQuery("What happens if I stop taking baclofen suddenly?", .question, S.twelfthWithdrawal),
  JudgedQuery("How should I take baclofen tablets?", .question, [S.aTake, S.sDose]),
  JudgedQuery(
    "How long does it take for baclofen to start working?", .question, [S.aWork, S.cWhat]),
  JudgedQuery("How long will I need to stay on baclofen?", .question, [S.aLong]),
  JudgedQuery("What should I do if I miss a dose of baclofen?", .question, [S.aMissed]),
  JudgedQuery("What should I do if I took too much baclofen?", .question, [S.aOverdose]),
  JudgedQuery("Can I drink alcohol while taking baclofen?", .question, S.twelfthAlcoholMix),
  JudgedQuery("Is it safe to drive after taking baclofen?", .question, S.twelfthDriving),
  JudgedQuery("Can I take baclofen if I have kidney problems?", .question, S.twelfthKidney),
  JudgedQuery("Is baclofen safe during pregnancy?", .question, S.twelfthPregnancy),
  JudgedQuery("Who should not take baclofen?", .question, S.twelfthWhoShouldNot),
  JudgedQuery(
    "What is the difference between baclofen and tizanidine?", .question, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "What are the alternatives to baclofen for spasticity?", .question, S.twelfthAlternatives),
  JudgedQuery(
    "How does baclofen help with alcohol addiction?", .question,
    [S.rWork, S.cAud, S.rIntro, S.rTake]),
  JudgedQuery(
    "Does baclofen really work for alcohol use disorder?", .question, S.twelfthAudEvidence),
  JudgedQuery(
    "Why is baclofen good for people with liver disease?", .question, S.twelfthLiverAud),
  JudgedQuery(
    "What are the signs that someone is misusing baclofen?", .question, S.twelfthMisuseSigns),
  JudgedQuery("Who is most at risk of abusing baclofen?", .question, [S.cRisk, S.cAbused]),
  JudgedQuery("What treatment is available for baclofen dependence?", .question, S.twelfthGetHelp),
  JudgedQuery("Can baclofen be taken with food?", .question, [S.aTake]),
  JudgedQuery("What brand names is baclofen sold under?", .question, S.twelfthBrands),
  JudgedQuery("Is generic baclofen as good as Lioresal?", .question, [S.aBrands]),
  JudgedQuery("What is an intrathecal baclofen pump?", .question, S.twelfthPump),
  JudgedQuery("Can baclofen help with cocaine addiction?", .question, S.twelfthCocaine),
  JudgedQuery(
    "When should I call a doctor about baclofen?", .question,
    [S.sCall, S.aSide, S.rSide, S.aOverdose]),
  JudgedQuery(
    "What are the serious side effects of baclofen?", .question, [S.aSide, S.rSide, S.sCall]),
  JudgedQuery(
    "Why do I have to take baclofen three times a day?", .question,
    [S.aTake, S.rPros, S.cFollow]),
  JudgedQuery("Does baclofen cause depression?", .question, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "What was baclofen originally developed for?", .question, [S.rWhat, S.sBackground, S.aWhat]),
  JudgedQuery(
    "Why might baclofen not work for my drinking?", .question,
    [S.oAlcohol, S.oSummary, S.rPros, S.cBalance]),
  JudgedQuery("Can baclofen help with anxiety and insomnia?", .question, [S.rPros]),
  JudgedQuery(
    "Does baclofen interact with other medicines?", .question, S.twelfthSedatives + [S.rPros]),
  JudgedQuery(
    "How do I use baclofen safely?", .question,
    [S.cSafely, S.cFollow, S.cAvoid, S.cMonitor, S.sSafety, S.cFinal]),
]

/// Misspellings: realistic typos of real queries.
let twelfthMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclophen side efects", .misspelling, S.twelfthCommonSide),
  JudgedQuery("is baclofin addictve", .misspelling, S.twelfthAddictive),
  JudgedQuery("bacolfen withdrawl symptoms", .misspelling, S.twelfthWithdrawal),
  JudgedQuery("baclofen and alchohol", .misspelling, S.twelfthAlcoholMix),
  JudgedQuery("baclofen overdoes", .misspelling, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("tizanadine vs baclofen", .misspelling, [S.aTiz, S.aAlts]),
  JudgedQuery("baclofen kidny disease", .misspelling, S.twelfthKidney),
  JudgedQuery("baclofen pregnent", .misspelling, S.twelfthPregnancy),
  JudgedQuery("baclfen for alcohol use disorder", .misspelling, S.twelfthDrinkingHelp),
  JudgedQuery("baclofen mised dose", .misspelling, S.twelfthMissed),
  JudgedQuery("baclofen drivng", .misspelling, S.twelfthDriving),
  JudgedQuery("baclofen dosege", .misspelling, S.twelfthDose),
  JudgedQuery("liorisal", .misspelling, S.twelfthBrands),
  JudgedQuery("intratecal baclofen pump", .misspelling, S.twelfthPump),
  JudgedQuery("baclofen hallucinatons", .misspelling, S.twelfthHallucinations),
  JudgedQuery("baclofen siezures", .misspelling, S.twelfthWithdrawal + [S.aWho, S.aSide]),
  JudgedQuery("baclofen hicups", .misspelling, [S.sOffLabel]),
  JudgedQuery("can you get hight on baclofen", .misspelling, S.twelfthHigh),
  JudgedQuery("baclofen cirosis liver", .misspelling, [S.rLiver, S.rPros, S.rHelpful, S.aWho]),
  JudgedQuery("baclofen cocain", .misspelling, S.twelfthCocaine),
  JudgedQuery("how dose baclofen work", .misspelling, S.twelfthMechanism + [S.rWork]),
  JudgedQuery("baclofen muscel spasms", .misspelling, S.twelfthUses),
  JudgedQuery("stoping baclofen safely", .misspelling, S.twelfthTaper),
  JudgedQuery("baclofen dependance help", .misspelling, S.twelfthGetHelp),
  JudgedQuery("baclofen sleepyness", .misspelling, S.twelfthSleepy),
]
