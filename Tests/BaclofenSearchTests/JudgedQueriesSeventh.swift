/// The seventh judged set: written on 1 December 2026 from the five cleaned articles alone,
/// every query and its answering sections judged by reading the sections, before any of it was
/// run, by someone who had not seen how search ranks nor the other judged sets. Held back until
/// its figures were reported, tuning data since; nothing in it was changed after its figures
/// were first seen.
let seventhQueries =
  seventhKeywordQueries + seventhQuestionQueries + seventhEverydayQueries
  + seventhMisspellingQueries + seventhRelativeQueries + seventhUncoveredQueries

private typealias S = SeventhSection

/// Answers shared by several queries of the seventh set.
extension SeventhSection {
  static let sideEffects = [aSide, rSide, sSide]
  static let stopping = [aLong, aStop, sCaution, cFollow]
  static let mixing = [sSafety, cAvoid, cAbused, cBalance]
}

let seventhKeywordQueries: [JudgedQuery] = [
  JudgedQuery(
    "baclofen withdrawal seizures", .keyword, S.stopping + [S.cAddictive, S.cApproaches]),
  JudgedQuery("lioresal", .keyword, [S.aBrands, S.oIntro]),
  JudgedQuery("kemstro dissolving tablet", .keyword, [S.aBrands]),
  JudgedQuery("baclofen tizanidine difference", .keyword, [S.aTiz, S.aAlts]),
  JudgedQuery("baclofen dose 5mg", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("maximum daily dose", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("baclofen kidneys", .keyword, [S.aKidney, S.aWho, S.sSafety, S.rNotBest, S.rSide]),
  JudgedQuery("cirrhosis baclofen", .keyword, [S.rLiver, S.rPros]),
  JudgedQuery("hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("intrathecal pump", .keyword, [S.sUsed, S.aAlts, S.sShort, S.sDose]),
  JudgedQuery("GABA-B receptors", .keyword, [S.aWork, S.sMechanism, S.cWhat, S.rWork]),
  JudgedQuery("baclofen cocaine", .keyword, [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery("heroin opiate baclofen", .keyword, [S.oOpiates]),
  JudgedQuery(
    "cravings alcohol baclofen", .keyword, [S.cAud, S.rEvidence, S.oAlcohol, S.sOffLabel, S.rIntro]),
  JudgedQuery("missed dose", .keyword, [S.aMissed]),
  JudgedQuery("overdose symptoms coma", .keyword, [S.aOverdose, S.cBalance, S.cPhysical]),
  JudgedQuery("baclofen driving", .keyword, [S.aDriving, S.sSide]),
  JudgedQuery("breastfeeding baclofen", .keyword, [S.aWho]),
  JudgedQuery("pregnancy", .keyword, [S.aWho, S.rSide]),
  JudgedQuery("constipation headache", .keyword, [S.aSide, S.rSide]),
  JudgedQuery("frequent urination", .keyword, [S.rSide]),
  JudgedQuery("Olivier Ameisen", .keyword, [S.rWhat]),
  JudgedQuery("FDA approval alcohol", .keyword, [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery("Cochrane review placebo", .keyword, [S.oAlcohol]),
  JudgedQuery("baclofen euphoria", .keyword, [S.cHigh, S.cAbused]),
  JudgedQuery("medical detox rehab", .keyword, [S.cApproaches]),
  JudgedQuery("botox spasticity", .keyword, [S.aAlts, S.sShort]),
  JudgedQuery("diazepam", .keyword, [S.aAlts]),
  JudgedQuery("generic vs brand", .keyword, [S.aBrands]),
  JudgedQuery("rebound spasticity fever", .keyword, [S.sCaution, S.sCall]),
]

let seventhQuestionQueries: [JudgedQuery] = [
  JudgedQuery(
    "What is baclofen prescribed for?", .question,
    [S.aUses, S.aIntro, S.sUsed, S.sIntro, S.cWhat, S.oIntro]),
  JudgedQuery(
    "How does baclofen actually relax the muscles?", .question,
    [S.aWork, S.sMechanism, S.cWhat, S.aWhat, S.oIntro]),
  JudgedQuery("How quickly does baclofen start working?", .question, [S.aWork]),
  JudgedQuery("Should baclofen be taken with food?", .question, [S.aTake]),
  JudgedQuery(
    "How many times a day do you take baclofen?", .question, [S.aTake, S.sDose, S.aTiz, S.rPros]),
  JudgedQuery("Is baclofen addictive?", .question, [S.cAddictive, S.rPros, S.cIntro]),
  JudgedQuery("Can you get high from baclofen?", .question, [S.cHigh, S.cGetHigh]),
  JudgedQuery("What happens if I stop baclofen suddenly?", .question, S.stopping + [S.cAddictive]),
  JudgedQuery("Can I drink alcohol while on baclofen?", .question, S.mixing),
  JudgedQuery(
    "Is baclofen safe with kidney disease?", .question,
    [S.aKidney, S.aWho, S.sSafety, S.rNotBest, S.rSide]),
  JudgedQuery(
    "Can people with liver disease take baclofen?", .question,
    [S.rLiver, S.rPros, S.rHelpful, S.rIntro, S.aWho]),
  JudgedQuery("What should I do if I took too much baclofen?", .question, [S.aOverdose]),
  JudgedQuery("What if I forget to take a dose?", .question, [S.aMissed]),
  JudgedQuery("Is it safe to drive on baclofen?", .question, [S.aDriving, S.sSide]),
  JudgedQuery("What are the common side effects of baclofen?", .question, S.sideEffects),
  JudgedQuery(
    "Which side effects of baclofen are serious?", .question, [S.aSide, S.rSide, S.sCall]),
  JudgedQuery(
    "Does baclofen work for alcohol addiction?", .question,
    [S.rEvidence, S.oAlcohol, S.cAud, S.rIntro, S.rSummary, S.sOffLabel]),
  JudgedQuery(
    "Is baclofen approved for alcoholism in the US?", .question, [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery("What dose of baclofen is used for alcohol?", .question, [S.rEvidence]),
  JudgedQuery("Is baclofen better than tizanidine?", .question, [S.aTiz]),
  JudgedQuery("What can I take instead of baclofen?", .question, [S.aAlts, S.sShort]),
  JudgedQuery("Who should not take baclofen?", .question, [S.aWho, S.rNotBest]),
  JudgedQuery("How long will I need to be on baclofen?", .question, [S.aLong]),
  JudgedQuery(
    "How do doctors taper baclofen?", .question, [S.aStop, S.aLong, S.sCaution, S.cApproaches]),
  JudgedQuery("Can baclofen be abused?", .question, [S.cAbused, S.cRisk, S.cGetHigh]),
  JudgedQuery("Who is most likely to misuse baclofen?", .question, [S.cRisk]),
  JudgedQuery(
    "Does baclofen help with cocaine addiction?", .question, [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery("Can baclofen treat opioid withdrawal?", .question, [S.oOpiates]),
  JudgedQuery(
    "Why do you have to take baclofen several times a day?", .question, [S.rPros, S.aTake]),
  JudgedQuery(
    "When should I call a doctor about baclofen?", .question, [S.sCall, S.aSide, S.rSide]),
  JudgedQuery("Is baclofen a benzodiazepine?", .question, [S.cWhat]),
  JudgedQuery("What brand names is baclofen sold under?", .question, [S.aBrands, S.oIntro]),
  JudgedQuery("Can older people take baclofen?", .question, [S.aWho]),
  JudgedQuery("Does baclofen help with anxiety or sleep?", .question, [S.rPros]),
  JudgedQuery(
    "Why is baclofen not a first-line treatment for drinking?", .question,
    [S.rEvidence, S.rSummary, S.sOffLabel, S.oAlcohol]),
]
