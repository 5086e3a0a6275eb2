/// The fifth judged set: written on 1 December 2026 from the five cleaned articles alone, every
/// query and its answering sections judged by reading the sections, before any of it was run, by
/// someone who had not seen how search ranks nor the other judged sets. Held back until its
/// figures were reported (MRR@10 0.885), then tuning data; nothing in it was changed after its
/// figures were first seen.
let fifthQueries = fifthTopicQueries + fifthEverydayQueries + fifthPeopleQueries

/// Keyword queries and natural questions of the fifth set.
let fifthTopicQueries = fifthKeywordQueries + fifthQuestionQueries

private typealias S = FifthSection

private let fifthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen side effects", .keyword, [S.aSide, S.rSide, S.sSide]),
  JudgedQuery(
    "baclofen withdrawal seizures", .keyword,
    [S.aLong, S.aStop, S.sCaution, S.cAddictive, S.cFollow, S.cBalance, S.cApproaches]),
  JudgedQuery(
    "tapering schedule", .keyword, [S.aLong, S.aStop, S.sCaution, S.rPros, S.cApproaches]),
  JudgedQuery("kemstro dissolving tablet", .keyword, [S.aBrands, S.oIntro]),
  JudgedQuery("intrathecal pump", .keyword, [S.sUsed, S.aAlts, S.sDose, S.sShort]),
  JudgedQuery("gaba-b receptors", .keyword, [S.aWork, S.cWhat, S.sMechanism, S.rWork]),
  JudgedQuery("hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery(
    "kidney function dose", .keyword, [S.aKidney, S.aWho, S.sSafety, S.rSide, S.rNotBest]),
  JudgedQuery("liver cirrhosis alcohol", .keyword, [S.rLiver, S.rPros, S.rHelpful]),
  JudgedQuery("overdose symptoms", .keyword, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("missed dose", .keyword, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery("driving machinery", .keyword, [S.aDriving, S.sSide]),
  JudgedQuery("tizanidine comparison", .keyword, [S.aTiz, S.aAlts]),
  JudgedQuery("brand names lioresal gablofen", .keyword, [S.aBrands, S.oIntro]),
  JudgedQuery(
    "cocaine addiction baclofen", .keyword, [S.oStimulants, S.rHelpful, S.rPros, S.oIntro]),
  JudgedQuery("heroin opiate withdrawal", .keyword, [S.oOpiates]),
  JudgedQuery(
    "alcohol cravings", .keyword,
    [S.cAud, S.rEvidence, S.rWork, S.rIntro, S.oAlcohol, S.sOffLabel, S.rTake, S.rHelpful]),
  JudgedQuery("starting dose 5mg", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("maximum daily dose", .keyword, [S.aTake, S.sDose, S.rEvidence, S.cGetHigh]),
  JudgedQuery("pregnancy breastfeeding", .keyword, [S.aWho, S.rSide]),
  JudgedQuery("placebo controlled trial alcohol", .keyword, [S.oAlcohol, S.rLiver]),
  JudgedQuery(
    "fda approval alcohol use disorder", .keyword, [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery("rebound spasticity", .keyword, [S.sCaution]),
  JudgedQuery("botulinum toxin injections", .keyword, [S.aAlts, S.sShort]),
  JudgedQuery(
    "physical dependence", .keyword, [S.cAddictive, S.cBalance, S.cIntro, S.cFinal]),
  JudgedQuery("euphoria high doses", .keyword, [S.cHigh, S.cAbused, S.cGetHigh, S.cAddictive]),
  JudgedQuery("medical detox rehab", .keyword, [S.cApproaches]),
  JudgedQuery("frequent urination", .keyword, [S.rSide]),
  JudgedQuery("baclofen toxicity narrative review", .keyword, [S.cRefs]),
  JudgedQuery("olivier ameisen", .keyword, [S.rWhat]),
]

private let fifthQuestionQueries: [JudgedQuery] = [
  JudgedQuery(
    "what is baclofen used for", .question,
    [S.aUses, S.sUsed, S.aIntro, S.sIntro, S.cWhat, S.oIntro, S.rIntro, S.cFinal]),
  JudgedQuery(
    "how does baclofen actually work in the body", .question,
    [S.aWork, S.cWhat, S.sMechanism, S.rWork, S.oIntro, S.aWhat, S.cAud]),
  JudgedQuery("how long before baclofen starts working", .question, [S.aWork, S.cWhat]),
  JudgedQuery(
    "how many times a day do you take baclofen", .question,
    [S.aTake, S.aTiz, S.sDose, S.rEvidence, S.rPros]),
  JudgedQuery("can i take baclofen on an empty stomach", .question, [S.aTake]),
  JudgedQuery("is baclofen addictive", .question, [S.cAddictive, S.cIntro, S.rPros, S.cFinal]),
  JudgedQuery(
    "can you get high from baclofen", .question, [S.cHigh, S.cGetHigh, S.cAbused, S.cAddictive]),
  JudgedQuery(
    "what happens if you stop taking baclofen suddenly", .question,
    [S.aLong, S.aStop, S.sCaution, S.cAddictive, S.cFollow, S.cBalance, S.cApproaches]),
  JudgedQuery("how long do people usually stay on baclofen", .question, [S.aLong]),
  JudgedQuery("what should i do if i took too much baclofen", .question, [S.aOverdose]),
  JudgedQuery(
    "is it safe to drink alcohol while on baclofen", .question,
    [S.cAbused, S.cGetHigh, S.cAvoid, S.cBalance, S.sSafety, S.rIntro]),
  JudgedQuery(
    "does baclofen actually help people quit drinking", .question,
    [
      S.oAlcohol, S.rEvidence, S.cAud, S.sOffLabel, S.rSummary, S.rPros, S.cBalance, S.rIntro,
      S.oSummary,
    ]),
  JudgedQuery("how do you take baclofen for alcoholism", .question, [S.rTake, S.rEvidence]),
  JudgedQuery(
    "why is baclofen good for people with liver disease", .question,
    [S.rLiver, S.rPros, S.rHelpful, S.rIntro]),
  JudgedQuery("who shouldn't take baclofen", .question, [S.aWho, S.rNotBest, S.rSide]),
  JudgedQuery("is baclofen better than tizanidine", .question, [S.aTiz]),
  JudgedQuery(
    "what are the alternatives to baclofen for spasticity", .question, [S.aAlts, S.sShort]),
  JudgedQuery(
    "what are the serious side effects i should watch for", .question,
    [S.aSide, S.rSide, S.sCall]),
  JudgedQuery(
    "when should i call a doctor about baclofen", .question, [S.sCall, S.aSide, S.rSide]),
  JudgedQuery("can i drive after taking baclofen", .question, [S.aDriving, S.sSide]),
  JudgedQuery("is the generic as good as lioresal", .question, [S.aBrands]),
  JudgedQuery(
    "does baclofen work for cocaine addiction", .question, [S.oStimulants, S.rPros, S.rHelpful]
  ),
  JudgedQuery("can baclofen help with opioid withdrawal", .question, [S.oOpiates]),
  JudgedQuery("who is most at risk of misusing baclofen", .question, [S.cRisk]),
  JudgedQuery(
    "how can i use baclofen safely", .question,
    [S.cSafely, S.cFollow, S.cAvoid, S.cMonitor, S.sSafety]),
  JudgedQuery(
    "what treatment is there for baclofen dependence", .question,
    [S.cTreatment, S.cApproaches, S.cRecovery, S.cNeedHelp]),
  JudgedQuery(
    "is baclofen approved for alcohol use disorder in the us", .question,
    [S.rWhat, S.rEvidence, S.oAlcohol]),
  JudgedQuery(
    "why do you have to take baclofen several times a day", .question, [S.rPros, S.aTake]),
  JudgedQuery("what is an intrathecal baclofen pump", .question, [S.sUsed, S.aAlts, S.sDose]),
  JudgedQuery("does baclofen help with hiccups", .question, [S.sOffLabel]),
  JudgedQuery("is baclofen a controlled substance", .question, [S.cAddictive]),
  JudgedQuery(
    "how is baclofen removed from the body", .question,
    [S.aKidney, S.aWho, S.sSafety, S.rLiver, S.rPros, S.rSide]),
  JudgedQuery(
    "what was baclofen originally developed for", .question,
    [S.rWhat, S.sBackground]),
  JudgedQuery(
    "why do studies on baclofen for drinking disagree", .question,
    [S.oAlcohol, S.rEvidence, S.oSummary]),
  JudgedQuery("can baclofen cause depression", .question, [S.aSide, S.aWho, S.rSide]),
]
