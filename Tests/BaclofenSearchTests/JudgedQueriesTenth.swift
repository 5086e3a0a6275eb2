/// The tenth judged set: 200 queries written on 2 December 2026 from the five cleaned articles
/// alone. Each query's answering sections were judged by reading the sections before any of it
/// was run, by someone who had seen neither how search ranks nor the other judged sets. It is
/// held back and never used to tune search.
let tenthQueries =
  tenthKeywordQueries + tenthQuestionQueries + tenthEverydayQueries + tenthMisspellingQueries
  + tenthRelativeQueries + tenthUncoveredQueries

private typealias S = ArticleSections

/// Answer groups shared by the tenth set's lists.
extension ArticleSections {
  static let tenthSideEffects = [aSide, rSide, sSide]
  static let tenthWithdrawal = [aStop, sCaution, cAddictive, aLong, cFollow]
  static let tenthTaper = [aStop, aLong, sCaution, rPros]
  static let tenthKidney = [aKidney, sSafety, aWho, rNotBest, rSide]
  static let tenthDose = [aTake, sDose, rEvidence]
  static let tenthMixing = [sSafety, cAvoid, cAbused, cBalance]
  static let tenthAlcoholTreatment = [cAud, rEvidence, rWork, sOffLabel, oAlcohol, rIntro]
  static let tenthAlcoholEvidence = [oAlcohol, rEvidence, cAud, sOffLabel]
  static let tenthDriving = [aDriving, sSide]
  static let tenthAddictive = [cAddictive, cIntro, rPros]
  static let tenthHigh = [cHigh, cGetHigh]
  static let tenthOverdose = [aOverdose, cPhysical, cBalance]
  static let tenthLiver = [rLiver, rHelpful, rPros]
  static let tenthMechanism = [aWork, sMechanism, cWhat, rWork]
  static let tenthConditions = [aUses, sUsed, aIntro, cWhat, oIntro]
  static let tenthBrands = [aBrands, oIntro]
  static let tenthAlternatives = [aAlts, sShort]
  static let tenthPump = [sUsed, aAlts, sShort, sDose]
  static let tenthCocaine = [oStimulants, rHelpful, rPros]
  static let tenthHallucinations = [aSide, rSide, aStop, sCaution, cAddictive]
  static let tenthDependenceHelp = [cTreatment, cApproaches, cNeedHelp, cRecovery]
  static let tenthBreathing = [sCall, sSafety, aSide, aOverdose, cPhysical]
  static let tenthPregnancy = [aWho, rSide]
  static let tenthTizanidine = [aTiz, aAlts]
}

let tenthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen side effects", .keyword, S.tenthSideEffects),
  JudgedQuery("baclofen withdrawal", .keyword, S.tenthWithdrawal),
  JudgedQuery("kidney dose baclofen", .keyword, S.tenthKidney),
  JudgedQuery("maximum dose", .keyword, S.tenthDose),
  JudgedQuery("lioresal", .keyword, S.tenthBrands),
  JudgedQuery("tizanidine vs baclofen", .keyword, S.tenthTizanidine),
  JudgedQuery("hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("intrathecal pump", .keyword, S.tenthPump),
  JudgedQuery("forgot dose", .keyword, [S.aMissed]),
  JudgedQuery("overdose symptoms", .keyword, S.tenthOverdose),
  JudgedQuery("alcohol cravings baclofen", .keyword, S.tenthAlcoholTreatment),
  JudgedQuery("liver cirrhosis", .keyword, S.tenthLiver),
  JudgedQuery("cocaine addiction", .keyword, S.tenthCocaine),
  JudgedQuery("heroin baclofen", .keyword, [S.oOpiates]),
  JudgedQuery("GABA-B receptors", .keyword, S.tenthMechanism),
  JudgedQuery("breastfeeding", .keyword, [S.aWho]),
  JudgedQuery("driving on baclofen", .keyword, S.tenthDriving),
  JudgedQuery("taper schedule", .keyword, S.tenthTaper),
  JudgedQuery("generic baclofen", .keyword, [S.aBrands]),
  JudgedQuery("botox spasticity", .keyword, S.tenthAlternatives),
  JudgedQuery("rehab for baclofen dependence", .keyword, S.tenthDependenceHelp),
  JudgedQuery("FDA approval alcohol", .keyword, [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery("Kemstro", .keyword, S.tenthBrands),
  JudgedQuery("placebo trial", .keyword, [S.oAlcohol, S.oStimulants, S.rLiver]),
  JudgedQuery("frequent urination", .keyword, [S.rSide]),
  JudgedQuery("seizure threshold", .keyword, [S.aWho]),
  JudgedQuery("euphoria", .keyword, [S.cHigh, S.cGetHigh, S.cAbused]),
  JudgedQuery("doses per day", .keyword, [S.aTake, S.sDose, S.rPros, S.aTiz]),
  JudgedQuery("Ameisen", .keyword, [S.rWhat]),
  JudgedQuery("diazepam", .keyword, [S.aAlts]),
]

let tenthQuestionQueries: [JudgedQuery] = [
  JudgedQuery(
    "How quickly does baclofen start working after the first tablet?", .question,
    [S.aWork, S.cWhat]),
  JudgedQuery("Can I take baclofen on an empty stomach?", .question, [S.aTake]),
  JudgedQuery(
    "What should I do if I took too many baclofen tablets?", .question,
    [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "Is it safe to drink alcohol while taking baclofen?", .question,
    S.tenthMixing + [S.rIntro]),
  JudgedQuery(
    "Do studies show baclofen actually works for alcoholism?", .question,
    S.tenthAlcoholEvidence),
  JudgedQuery("Why would baclofen help someone stop drinking?", .question, [S.rWork, S.cAud]),
  JudgedQuery(
    "Can people with liver disease take baclofen?", .question, S.tenthLiver + [S.aWho]),
  JudgedQuery("Who should avoid baclofen?", .question, [S.aWho, S.rNotBest]),
  JudgedQuery("Is baclofen a controlled substance?", .question, [S.cAddictive]),
  JudgedQuery(
    "Can you become dependent on baclofen even when you take it as prescribed?", .question,
    [S.cAddictive, S.cBalance, S.rPros]),
  JudgedQuery(
    "What are the signs that someone is misusing baclofen?", .question,
    [S.cBehaviour, S.cAbused, S.cMisuse]),
  JudgedQuery("How long will I need to stay on baclofen?", .question, [S.aLong]),
  JudgedQuery("Which makes you less drowsy, tizanidine or baclofen?", .question, [S.aTiz]),
  JudgedQuery(
    "Why do I have to take baclofen several times a day?", .question, [S.rPros, S.aTake]),
  JudgedQuery(
    "What happens if you quit baclofen cold turkey?", .question, S.tenthWithdrawal),
  JudgedQuery(
    "Can baclofen be used to treat stimulant addiction?", .question, S.tenthCocaine),
  JudgedQuery("Does baclofen help with opioid withdrawal?", .question, [S.oOpiates]),
  JudgedQuery(
    "When should I phone a doctor about symptoms on baclofen?", .question,
    [S.sCall, S.aSide, S.rSide]),
  JudgedQuery("What is the usual starting dose of baclofen?", .question, S.tenthDose),
  JudgedQuery(
    "Do I have to stop drinking before I start baclofen for alcohol?", .question, [S.rTake]),
  JudgedQuery("Can baclofen make depression worse?", .question, [S.aWho, S.aSide, S.rSide]),
  JudgedQuery(
    "What other treatments are there for spasticity if baclofen doesn't work?", .question,
    S.tenthAlternatives),
  JudgedQuery("Is generic baclofen as good as Lioresal?", .question, [S.aBrands]),
  JudgedQuery(
    "Is there a baclofen tablet that dissolves on the tongue?", .question, [S.aBrands]),
  JudgedQuery(
    "What is the difference between GABA-A and GABA-B receptors?", .question, [S.cWhat]),
  JudgedQuery("Who is most likely to abuse baclofen?", .question, [S.cRisk]),
  JudgedQuery(
    "What treatment is available for baclofen addiction?", .question, S.tenthDependenceHelp),
  JudgedQuery("What conditions is baclofen prescribed for?", .question, S.tenthConditions),
  JudgedQuery("Is baclofen approved for alcohol problems in France?", .question, [S.rWhat]),
  JudgedQuery(
    "Why does baclofen not work for some heavy drinkers?", .question,
    [S.oAlcohol, S.oSummary, S.cBalance, S.rPros]),
  JudgedQuery("Does baclofen cause hallucinations?", .question, S.tenthHallucinations),
  JudgedQuery("Can I take baclofen if I have kidney problems?", .question, S.tenthKidney),
  JudgedQuery(
    "How do I stay well long term after being hooked on baclofen?", .question,
    [S.cRecovery, S.cApproaches]),
  JudgedQuery(
    "Can baclofen be taken together with opioids or benzodiazepines?", .question,
    [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "Was baclofen first made as an epilepsy drug?", .question, [S.rWhat, S.sBackground]),
]

let tenthMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclophen side efects", .misspelling, S.tenthSideEffects),
  JudgedQuery("backlofen withdrawl", .misspelling, S.tenthWithdrawal),
  JudgedQuery("baclefen dosage", .misspelling, [S.aTake, S.sDose]),
  JudgedQuery("bacloffen mixed with alchohol", .misspelling, S.tenthMixing),
  JudgedQuery("baclofin kidny", .misspelling, S.tenthKidney),
  JudgedQuery("tizanadine or baclofen", .misspelling, S.tenthTizanidine),
  JudgedQuery("lioresel", .misspelling, S.tenthBrands),
  JudgedQuery("hicups treatment baclofen", .misspelling, [S.sOffLabel]),
  JudgedQuery("overdoze baclofen", .misspelling, S.tenthOverdose),
  JudgedQuery("is baclofen adictive", .misspelling, S.tenthAddictive),
  JudgedQuery(
    "bacolfen for mulitple sclerosis", .misspelling,
    [S.aUses, S.sUsed, S.aIntro, S.cWhat, S.rIntro, S.aLong]),
  JudgedQuery("spasticty medicine", .misspelling, [S.aUses, S.sUsed, S.sIntro, S.aIntro]),
  JudgedQuery("cerebal palsy baclofen", .misspelling, [S.aUses, S.sUsed, S.aIntro, S.cWhat]),
  JudgedQuery("missed a doze", .misspelling, [S.aMissed]),
  JudgedQuery("baclofen pregnent", .misspelling, S.tenthPregnancy),
  JudgedQuery("baclofen liver cirosis", .misspelling, S.tenthLiver),
  JudgedQuery("drowsyness baclofen driving", .misspelling, S.tenthDriving),
  JudgedQuery("bac lofen high", .misspelling, S.tenthHigh),
  JudgedQuery("baclofenpump", .misspelling, S.tenthPump),
  JudgedQuery("baklofen cocain", .misspelling, S.tenthCocaine),
  JudgedQuery("gaba b recepter baclofen", .misspelling, S.tenthMechanism),
  JudgedQuery("baclofen halucinations", .misspelling, S.tenthHallucinations),
  JudgedQuery("tapring off baclofen", .misspelling, S.tenthTaper),
  JudgedQuery("baclofen dizzyness", .misspelling, S.tenthSideEffects),
  JudgedQuery("beclofen breast feeding", .misspelling, [S.aWho]),
]
