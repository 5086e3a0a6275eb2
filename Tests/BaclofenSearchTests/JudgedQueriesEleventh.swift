/// The eleventh judged set: 200 queries written on 2 December 2026 from the five cleaned
/// articles alone, judged by reading the sections before any of it was run, by someone who had
/// seen neither how search ranks nor the other judged sets. It is held back and never used to
/// tune search, so its figures measure how search copes with wording nobody tuned on.
let eleventhQueries =
  eleventhKeywordQueries + eleventhQuestionQueries + eleventhEverydayQueries
  + eleventhMisspellingQueries + eleventhRelativeQueries + eleventhUncoveredQueries

private typealias S = ArticleSections

/// Sections that answer the same topic in the eleventh set.
extension ArticleSections {
  static let eleventhStopping = [aStop, sCaution, aLong, cFollow, cAddictive]
  static let eleventhWithdrawal = [sCaution, aStop, cAddictive, cFollow, cBalance]
  static let eleventhTaper = [aStop, aLong, sCaution, cApproaches, rPros]
  static let eleventhAlcoholMix = [cAvoid, sSafety, cAbused, cBalance, rIntro]
  static let eleventhAud = [rIntro, cAud, rHelpful, rEvidence, sOffLabel, oAlcohol]
  static let eleventhAudEvidence = [oAlcohol, rEvidence, sOffLabel, oSummary]
  static let eleventhKidney = [aKidney, sSafety, aWho, rNotBest, rSide]
  static let eleventhLiver = [rLiver, rPros, rHelpful, rIntro]
  static let eleventhCommonSide = [aSide, sSide, rSide]
  static let eleventhDrowsy = [aSide, sSide, rSide, cBalance]
  static let eleventhDriving = [aDriving, sSide]
  static let eleventhOverdose = [aOverdose, cPhysical, cBalance]
  static let eleventhHigh = [cHigh, cGetHigh, cAbused]
  static let eleventhAddictive = [cAddictive, cIntro, rPros]
  static let eleventhDose = [aTake, sDose, cFollow]
  static let eleventhMechanism = [aWork, sMechanism, cWhat, aWhat, oIntro, sIntro]
  static let eleventhTizanidine = [aTiz, aAlts]
  static let eleventhAlternatives = [aAlts, sShort, aTiz]
  static let eleventhPump = [sUsed, aAlts, sShort, sDose]
  static let eleventhPregnancy = [aWho, rSide]
  static let eleventhBrands = [aBrands, oIntro]
  static let eleventhRehab = [cApproaches, cTreatment, cRecovery]
  static let eleventhCocaine = [oStimulants, rHelpful, rPros, oIntro]
  static let eleventhHallucinations = [aSide, rSide, sCaution, aStop]
  static let eleventhUses = [aUses, sUsed, aIntro, oIntro, sIntro, cWhat, rIntro]
  static let eleventhHistory = [aWhat, rWhat, sBackground]
  static let eleventhDepression = [aSide, rSide, aWho]
  static let eleventhMisuse = [cAbused, cFollow, cAvoid, cGetHigh]
}

let eleventhKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen kidneys", .keyword, S.eleventhKidney),
  JudgedQuery("intrathecal pump", .keyword, S.eleventhPump),
  JudgedQuery("baclofen hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("cirrhosis baclofen", .keyword, S.eleventhLiver),
  JudgedQuery("baclofen euphoria", .keyword, S.eleventhHigh),
  JudgedQuery("cocaine cravings baclofen", .keyword, [S.oStimulants, S.rPros, S.rHelpful]),
  JudgedQuery("heroin withdrawal baclofen", .keyword, [S.oOpiates]),
  JudgedQuery("Lioresal Gablofen", .keyword, S.eleventhBrands),
  JudgedQuery("orally disintegrating tablet", .keyword, [S.aBrands]),
  JudgedQuery("rebound spasticity", .keyword, [S.sCaution, S.sCall]),
  JudgedQuery("GABA-B receptor", .keyword, [S.aWork, S.sMechanism, S.cWhat, S.rWork]),
  JudgedQuery("baclofen placebo trial alcohol", .keyword, [S.oAlcohol, S.rEvidence, S.rLiver]),
  JudgedQuery("starting dose 5 mg", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("maximum daily dose", .keyword, [S.aTake, S.sDose, S.rEvidence, S.cGetHigh]),
  JudgedQuery("tapering schedule", .keyword, S.eleventhTaper),
  JudgedQuery("baclofen breastfeeding", .keyword, [S.aWho]),
  JudgedQuery("seizure threshold", .keyword, [S.aWho]),
  JudgedQuery("elderly falls baclofen", .keyword, [S.aWho]),
  JudgedQuery("baclofen detox rehab", .keyword, [S.cApproaches, S.cTreatment]),
  JudgedQuery("inpatient outpatient programme", .keyword, [S.cApproaches]),
  JudgedQuery("Ameisen", .keyword, [S.rWhat]),
  JudgedQuery("Cochrane review baclofen", .keyword, [S.oAlcohol]),
  JudgedQuery("baclofen FDA approval alcohol", .keyword, [S.oAlcohol, S.rWhat, S.rEvidence]),
  JudgedQuery("baclofen double dose", .keyword, [S.aMissed]),
  JudgedQuery("baclofen frequent urination", .keyword, [S.rSide]),
  JudgedQuery("botulinum toxin", .keyword, [S.aAlts, S.sShort]),
  JudgedQuery("baclofen manual labour job", .keyword, [S.rNotBest, S.rPros]),
  JudgedQuery("baclofen tizanidine difference", .keyword, S.eleventhTizanidine),
  JudgedQuery("baclofen naltrexone", .keyword, [S.rHelpful]),
  JudgedQuery(
    "baclofen self-medicating anxiety", .keyword, [S.cGetHigh, S.cRisk, S.cAddictive, S.cAbused]),
]

let eleventhQuestionQueries: [JudgedQuery] = [
  JudgedQuery(
    "what should I do if I took too many baclofen tablets", .question, [S.aOverdose, S.cPhysical]),
  JudgedQuery("is it safe to stop baclofen all at once", .question, S.eleventhStopping),
  JudgedQuery(
    "how long does it take for baclofen to start working", .question, [S.aWork, S.cWhat]),
  JudgedQuery("can I have a glass of wine while on baclofen", .question, S.eleventhAlcoholMix),
  JudgedQuery("why does baclofen help people stop drinking", .question, [S.rWork, S.cAud]),
  JudgedQuery(
    "does baclofen actually work for alcoholism according to studies", .question,
    S.eleventhAudEvidence),
  JudgedQuery("who is more likely to misuse baclofen", .question, [S.cRisk]),
  JudgedQuery(
    "what are the warning signs that baclofen use has become a problem", .question,
    [S.cAddictive, S.cAbused, S.cBehaviour]),
  JudgedQuery("is generic baclofen as good as the brand name", .question, [S.aBrands]),
  JudgedQuery(
    "how many times a day do you take baclofen", .question, [S.aTake, S.rPros, S.aTiz, S.sDose]),
  JudgedQuery("can baclofen be given through a pump into the spine", .question, S.eleventhPump),
  JudgedQuery(
    "what symptoms mean I should call a doctor straight away on baclofen", .question,
    [S.sCall, S.aSide, S.rSide]),
  JudgedQuery("should I take baclofen with food", .question, [S.aTake]),
  JudgedQuery("is baclofen safe for someone with kidney problems", .question, S.eleventhKidney),
  JudgedQuery(
    "why is baclofen a good choice when you have liver damage", .question, S.eleventhLiver),
  JudgedQuery("can baclofen help with cocaine addiction", .question, S.eleventhCocaine),
  JudgedQuery("how long will I need to stay on baclofen", .question, [S.aLong]),
  JudgedQuery("is tizanidine less sedating than baclofen", .question, [S.aTiz]),
  JudgedQuery(
    "what other medicines can be used instead of baclofen for spasticity", .question,
    S.eleventhAlternatives),
  JudgedQuery("how does baclofen relax muscles", .question, S.eleventhMechanism),
  JudgedQuery("what conditions is baclofen prescribed for", .question, S.eleventhUses),
  JudgedQuery("can you take baclofen while pregnant", .question, S.eleventhPregnancy),
  JudgedQuery("what does baclofen withdrawal feel like", .question, S.eleventhWithdrawal),
  JudgedQuery("is baclofen a controlled substance", .question, [S.cAddictive]),
  JudgedQuery(
    "does the body build up tolerance to baclofen", .question, [S.cAbused, S.cAddictive]),
  JudgedQuery("what happens during medical detox from baclofen", .question, [S.cApproaches]),
  JudgedQuery(
    "how do I stay off baclofen long term after quitting", .question, [S.cRecovery, S.cApproaches]),
  JudgedQuery("do I need blood tests while taking baclofen", .question, [S.aKidney]),
  JudgedQuery(
    "what is the dose of baclofen for alcohol use disorder", .question, [S.rEvidence, S.rTake]),
  JudgedQuery(
    "do I have to stop drinking before starting baclofen for alcohol", .question, [S.rTake]),
  JudgedQuery("who developed baclofen and when", .question, S.eleventhHistory),
  JudgedQuery("can baclofen cause depression", .question, S.eleventhDepression),
  JudgedQuery(
    "is oral baclofen or a pump better for severe spasticity", .question,
    [S.sUsed, S.sShort, S.aAlts]),
  JudgedQuery(
    "what makes baclofen less effective for treating drinking", .question,
    [S.oAlcohol, S.oSummary]),
  JudgedQuery(
    "can baclofen make it harder to breathe", .question,
    [S.aSide, S.sSafety, S.aOverdose, S.cPhysical, S.cAvoid, S.sCall]),
]

let eleventhMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclophen side efects", .misspelling, S.eleventhCommonSide),
  JudgedQuery("bacloffen withdrawl symtoms", .misspelling, S.eleventhWithdrawal),
  JudgedQuery("tizanadine vs baclofin", .misspelling, S.eleventhTizanidine),
  JudgedQuery("baclofen alchohol cravings", .misspelling, S.eleventhAud),
  JudgedQuery("bacolfen kidny disease", .misspelling, S.eleventhKidney),
  JudgedQuery("baclofen liver sirosis", .misspelling, S.eleventhLiver),
  JudgedQuery("intrathecle baclofen pump", .misspelling, S.eleventhPump),
  JudgedQuery("baklofen overdoes", .misspelling, S.eleventhOverdose),
  JudgedQuery("missed a dose of backlofen", .misspelling, [S.aMissed]),
  JudgedQuery("baclofen hicups", .misspelling, [S.sOffLabel]),
  JudgedQuery("can baclofen get you hgih", .misspelling, [S.cGetHigh, S.cHigh]),
  JudgedQuery("is baclofin adictive", .misspelling, S.eleventhAddictive),
  JudgedQuery("baclofen drivng", .misspelling, S.eleventhDriving),
  JudgedQuery("lioreasal brand", .misspelling, S.eleventhBrands),
  JudgedQuery("baclofen pregnency", .misspelling, S.eleventhPregnancy),
  JudgedQuery("cocain addiction baclofen", .misspelling, S.eleventhCocaine),
  JudgedQuery(
    "baclofen spacticity multiple sclerosys", .misspelling, [S.aUses, S.sUsed, S.aIntro, S.sIntro]),
  JudgedQuery("how dose baclofen wrok", .misspelling, S.eleventhMechanism),
  JudgedQuery("baclofen dosige for alcohal", .misspelling, [S.rEvidence, S.rTake]),
  JudgedQuery("baclofen halucinations", .misspelling, S.eleventhHallucinations),
  JudgedQuery("baclofen tapring off", .misspelling, S.eleventhTaper),
  JudgedQuery("baclofen diazapam", .misspelling, [S.aAlts]),
  JudgedQuery("botox injecshuns spasticity", .misspelling, [S.aAlts, S.sShort]),
  JudgedQuery("baclofen rehab treatmant", .misspelling, S.eleventhRehab),
  JudgedQuery("baclofen dizzyness weekness", .misspelling, S.eleventhCommonSide),
]
