/// The sixth judged set: written on 1 December 2026 from the five cleaned articles alone, every
/// query and its answering sections judged by reading the sections, before any of it was run, by
/// someone who had not seen how search ranks nor the other judged sets. It is never used to
/// tune search, and nothing in it was changed after its figures were first seen.
let sixthQueries = sixthTopicQueries + sixthEverydayQueries + sixthPeopleQueries

/// Keyword queries and natural questions of the sixth set.
let sixthTopicQueries = sixthKeywordQueries + sixthQuestionQueries

private typealias Six = SixthSection

/// Sections that answer what stopping or cutting down does, shared by many queries below.
let sixthStopping = [
  Six.aLong, Six.aStop, Six.sCaution, Six.cAddictive, Six.cFollow, Six.cBalance, Six.rPros,
  Six.cApproaches,
]

/// Sections that warn about baclofen with alcohol or other sedating drugs.
let sixthMixing = [Six.sSafety, Six.cAvoid, Six.cAbused, Six.cBalance, Six.cGetHigh]

/// Sections that list the side effects.
let sixthSideEffects = [Six.aSide, Six.rSide, Six.sSide]

/// Short keyword queries, as typed into a search box.
let sixthKeywordQueries = [
  JudgedQuery("baclofen dosage adults", .keyword, [Six.aTake, Six.sDose]),
  JudgedQuery("withdrawal seizures", .keyword, sixthStopping + [Six.sCall]),
  JudgedQuery("kidney function dose", .keyword, [Six.aKidney, Six.aWho, Six.sSafety]),
  JudgedQuery("liver cirrhosis alcohol", .keyword, [Six.rLiver, Six.rPros, Six.rHelpful]),
  JudgedQuery("baclofen tizanidine comparison", .keyword, [Six.aTiz, Six.aAlts]),
  JudgedQuery("lioresal", .keyword, [Six.aBrands, Six.oIntro]),
  JudgedQuery("kemstro dissolving tablet", .keyword, [Six.aBrands]),
  JudgedQuery("intrathecal pump", .keyword, [Six.sUsed, Six.aAlts, Six.sDose, Six.sShort]),
  JudgedQuery("hiccups", .keyword, [Six.sOffLabel]),
  JudgedQuery("GABA-B receptor", .keyword, [Six.aWork, Six.cWhat, Six.sMechanism, Six.rWork]),
  JudgedQuery("missed dose", .keyword, [Six.aMissed]),
  JudgedQuery("overdose symptoms coma", .keyword, [Six.aOverdose, Six.cBalance, Six.cPhysical]),
  JudgedQuery("driving machinery", .keyword, [Six.aDriving, Six.sSide]),
  JudgedQuery("breastfeeding", .keyword, [Six.aWho]),
  JudgedQuery(
    "alcohol cravings", .keyword,
    [
      Six.rIntro, Six.rEvidence, Six.rTake, Six.cAud, Six.oAlcohol, Six.sOffLabel, Six.rWork,
      Six.rHelpful,
    ]),
  JudgedQuery("cocaine addiction", .keyword, [Six.oStimulants, Six.rHelpful, Six.rPros]),
  JudgedQuery("heroin opiate", .keyword, [Six.oOpiates]),
  JudgedQuery("euphoria", .keyword, [Six.cHigh, Six.cAbused, Six.cGetHigh]),
  JudgedQuery(
    "dependence", .keyword,
    [
      Six.cIntro, Six.cAddictive, Six.cBalance, Six.cAbused, Six.cFinal,
    ]),
  JudgedQuery("detox rehab", .keyword, [Six.cApproaches, Six.cTreatment]),
  JudgedQuery(
    "multiple sclerosis spasticity", .keyword,
    [
      Six.aUses, Six.aIntro, Six.sUsed, Six.sIntro, Six.cWhat,
    ]),
  JudgedQuery("generic vs brand", .keyword, [Six.aBrands]),
  JudgedQuery("botox injections", .keyword, [Six.aAlts, Six.sShort]),
  JudgedQuery("fda approval alcohol", .keyword, [Six.rWhat, Six.rEvidence, Six.oAlcohol]),
  JudgedQuery("Olivier Ameisen", .keyword, [Six.rWhat]),
  JudgedQuery(
    "placebo controlled trial", .keyword,
    [
      Six.oAlcohol, Six.oStimulants, Six.rLiver,
    ]),
  JudgedQuery("rebound spasticity fever", .keyword, [Six.sCaution, Six.sCall]),
  JudgedQuery("diazepam", .keyword, [Six.aAlts]),
  JudgedQuery("older adults falls", .keyword, [Six.aWho]),
  JudgedQuery("store safely children", .keyword, [Six.cAvoid]),
]

/// Natural questions, as a patient would ask them.
let sixthQuestionQueries = [
  JudgedQuery("How quickly does baclofen start working?", .question, [Six.aWork, Six.cWhat]),
  JudgedQuery(
    "What is the highest dose of baclofen you can take in a day?", .question,
    [
      Six.aTake, Six.sDose, Six.cGetHigh,
    ]),
  JudgedQuery("Can I drink alcohol while taking baclofen?", .question, sixthMixing + [Six.rIntro]),
  JudgedQuery("Is it ok to take baclofen on an empty stomach?", .question, [Six.aTake]),
  JudgedQuery("Why do I have to take it three times a day?", .question, [Six.rPros, Six.aTake]),
  JudgedQuery("What should I do if I forgot my afternoon tablet?", .question, [Six.aMissed]),
  JudgedQuery("Can I just stop taking baclofen if I feel better?", .question, sixthStopping),
  JudgedQuery("Is baclofen a controlled substance?", .question, [Six.cAddictive]),
  JudgedQuery(
    "Will baclofen make me sleepy?", .question,
    sixthSideEffects + [
      Six.aDriving, Six.cBalance,
    ]),
  JudgedQuery("Does baclofen help with anxiety?", .question, [Six.rPros]),
  JudgedQuery(
    "Does baclofen work for alcoholism?", .question,
    [
      Six.rIntro, Six.rEvidence, Six.oAlcohol, Six.cAud, Six.rSummary, Six.sOffLabel, Six.oSummary,
    ]),
  JudgedQuery(
    "How does baclofen actually relax muscles?", .question,
    [
      Six.aWork, Six.aWhat, Six.cWhat, Six.sMechanism, Six.aIntro, Six.sIntro, Six.oIntro,
    ]),
  JudgedQuery(
    "Is baclofen safe if I have liver damage?", .question,
    [
      Six.rLiver, Six.rPros, Six.rHelpful, Six.aWho,
    ]),
  JudgedQuery("Can I take baclofen if I'm pregnant?", .question, [Six.aWho, Six.rSide]),
  JudgedQuery(
    "What happens if you take too much baclofen?", .question,
    [
      Six.aOverdose, Six.cPhysical, Six.cBalance, Six.cFollow, Six.cAvoid, Six.cAbused,
    ]),
  JudgedQuery("Is tizanidine less sedating than baclofen?", .question, [Six.aTiz]),
  JudgedQuery(
    "What else can I try instead of baclofen for spasms?", .question,
    [
      Six.aAlts, Six.aTiz, Six.sShort,
    ]),
  JudgedQuery(
    "Which side effects mean I should see a doctor straight away?", .question,
    [
      Six.aSide, Six.rSide, Six.sCall,
    ]),
  JudgedQuery(
    "Can baclofen cause hallucinations?", .question,
    [
      Six.aSide, Six.rSide, Six.aStop, Six.sCaution, Six.cAddictive,
    ]),
  JudgedQuery("Is the generic version as good as Lioresal?", .question, [Six.aBrands]),
  JudgedQuery(
    "Can you take baclofen with opioid painkillers?", .question,
    [
      Six.sSafety, Six.cAvoid, Six.cBalance,
    ]),
  JudgedQuery("How long will I need to stay on baclofen?", .question, [Six.aLong]),
  JudgedQuery("How long does tapering off baclofen take?", .question, [Six.aStop, Six.aLong]),
  JudgedQuery("Who should avoid baclofen?", .question, [Six.aWho, Six.rNotBest]),
  JudgedQuery(
    "Does baclofen affect the kidneys?", .question,
    [
      Six.aKidney, Six.aWho, Six.sSafety, Six.rSide, Six.rNotBest, Six.rPros,
    ]),
  JudgedQuery("Can baclofen be used for hiccups that won't go away?", .question, [Six.sOffLabel]),
  JudgedQuery(
    "Is baclofen approved for alcohol use disorder in the US?", .question,
    [
      Six.rWhat, Six.rEvidence, Six.oAlcohol,
    ]),
  JudgedQuery(
    "Do I need to keep drinking when I start baclofen for alcohol?", .question,
    [
      Six.rTake
    ]),
  JudgedQuery("What dose of baclofen is used to cut down drinking?", .question, [Six.rEvidence]),
  JudgedQuery(
    "Why is baclofen better than naltrexone for liver patients?", .question,
    [
      Six.rLiver, Six.rHelpful, Six.rPros,
    ]),
  JudgedQuery(
    "Can baclofen help me quit cocaine?", .question,
    [
      Six.oStimulants, Six.rHelpful, Six.rPros,
    ]),
  JudgedQuery(
    "Who is baclofen most likely to help with addiction?", .question,
    [
      Six.oSummary, Six.oAlcohol,
    ]),
  JudgedQuery("Can I have a seizure if I stop baclofen?", .question, sixthStopping + [Six.sCall]),
  JudgedQuery("Can baclofen be injected?", .question, [Six.oIntro, Six.sUsed, Six.aAlts]),
  JudgedQuery(
    "What was baclofen originally made for?", .question,
    [
      Six.rWhat, Six.aWhat, Six.sBackground,
    ]),
]
