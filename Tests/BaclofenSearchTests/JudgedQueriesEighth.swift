/// The eighth judged set: written on 2 December 2026 from the five cleaned articles alone, every
/// query and its answering sections judged by reading the sections, before any of it was run,
/// by someone who had not seen how search ranks nor the other judged sets. It was held back
/// until a tenth set was written to take its place; it is tuning data since, and nothing in it
/// was changed after its figures were first seen.
let eighthQueries =
  eighthKeywordQueries + eighthQuestionQueries + eighthEverydayQueries
  + eighthMisspellingQueries + eighthRelativeQueries + eighthUncoveredQueries

private typealias S = ArticleSections

/// Sections that answer a topic several queries of this set ask about.
extension ArticleSections {
  static let eighthSideEffects = [S.aSide, S.rSide, S.sSide]
  static let eighthStopping = [S.aStop, S.sCaution, S.aLong, S.cAddictive, S.cFollow]
  static let eighthBrands = [S.aBrands, S.oIntro]
  static let eighthPump = [S.sUsed, S.aAlts, S.sDose, S.sShort]
  static let eighthCravings = [S.cAud, S.rEvidence, S.oAlcohol, S.rWork, S.sOffLabel, S.rIntro]
  static let eighthKidneys = [S.aKidney, S.aWho, S.sSafety, S.rSide, S.rNotBest]
  static let eighthSpasticityUses = [S.aUses, S.aIntro, S.sUsed, S.cWhat]
  static let eighthMixing = [S.sSafety, S.cAvoid, S.cAbused, S.cBalance]
}

let eighthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen side effects", .keyword, S.eighthSideEffects),
  JudgedQuery("tizanidine", .keyword, [S.aTiz, S.aAlts]),
  JudgedQuery("lioresal", .keyword, S.eighthBrands),
  JudgedQuery("kemstro", .keyword, S.eighthBrands),
  JudgedQuery("gablofen", .keyword, S.eighthBrands),
  JudgedQuery("intrathecal pump", .keyword, S.eighthPump),
  JudgedQuery("kidney function dose", .keyword, [S.aKidney, S.aWho, S.sSafety]),
  JudgedQuery("withdrawal seizures", .keyword, S.eighthStopping),
  JudgedQuery("missed dose", .keyword, [S.aMissed, S.sCall]),
  JudgedQuery("overdose symptoms", .keyword, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("driving", .keyword, [S.aDriving, S.sSide]),
  JudgedQuery("risks of misuse", .keyword, [S.cMisuse, S.cPhysical, S.cAbused]),
  JudgedQuery("breastfeeding", .keyword, [S.aWho]),
  JudgedQuery("alcohol cravings", .keyword, S.eighthCravings),
  JudgedQuery("hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("cocaine", .keyword, [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery("heroin clonidine", .keyword, [S.oOpiates]),
  JudgedQuery("liver cirrhosis", .keyword, [S.rLiver, S.rPros]),
  JudgedQuery("GABA-B receptors", .keyword, [S.aWork, S.sMechanism, S.cWhat, S.rWork]),
  JudgedQuery("euphoria", .keyword, [S.cHigh, S.cAbused]),
  JudgedQuery("taper schedule", .keyword, [S.aStop, S.aLong, S.sCaution, S.rPros]),
  JudgedQuery("generic baclofen", .keyword, [S.aBrands]),
  JudgedQuery("diazepam", .keyword, [S.aAlts]),
  JudgedQuery("botulinum toxin injections", .keyword, [S.aAlts, S.sShort]),
  JudgedQuery("multiple sclerosis spasticity", .keyword, S.eighthSpasticityUses),
  JudgedQuery("frequent urination", .keyword, [S.rSide]),
  JudgedQuery("Olivier Ameisen", .keyword, [S.rWhat]),
  JudgedQuery("Cochrane review", .keyword, [S.oAlcohol]),
  JudgedQuery("maximum daily dose", .keyword, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("inpatient outpatient rehab", .keyword, [S.cApproaches]),
]

let eighthQuestionQueries: [JudgedQuery] = [
  JudgedQuery(
    "can you get hooked on baclofen if you take it for years", .question,
    [S.cAddictive, S.cIntro, S.rPros, S.cFinal]),
  JudgedQuery("how soon after the first tablet will I notice it working", .question, [S.aWork]),
  JudgedQuery("can I take baclofen with food or on an empty stomach", .question, [S.aTake]),
  JudgedQuery(
    "what should I do if I accidentally took two doses", .question, [S.aOverdose, S.aMissed]),
  JudgedQuery(
    "is it safe to drink alcohol while taking baclofen", .question,
    S.eighthMixing + [S.cGetHigh, S.rIntro]),
  JudgedQuery(
    "what precautions should I take to stay safe on baclofen", .question,
    [S.cSafely, S.cFollow, S.cAvoid, S.cMonitor, S.sSafety]),
  JudgedQuery(
    "does baclofen work better than tizanidine for a spinal cord injury", .question, [S.aTiz]),
  JudgedQuery("what happens if you stop baclofen all at once", .question, S.eighthStopping),
  JudgedQuery("how long will I need baclofen after back surgery", .question, [S.aLong]),
  JudgedQuery(
    "why is baclofen thought safer for people with liver damage", .question,
    [S.rLiver, S.rPros]),
  JudgedQuery(
    "does baclofen actually help people quit drinking", .question,
    [S.rEvidence, S.oAlcohol, S.cAud, S.sOffLabel, S.rSummary]),
  JudgedQuery(
    "is baclofen FDA approved for alcoholism", .question, [S.oAlcohol, S.rWhat, S.rEvidence]),
  JudgedQuery("in which country is baclofen approved for treating alcohol", .question, [S.rWhat]),
  JudgedQuery(
    "can baclofen be used to treat cocaine addiction", .question,
    [S.oStimulants, S.rPros, S.rHelpful]),
  JudgedQuery("is there evidence baclofen helps with opiate withdrawal", .question, [S.oOpiates]),
  JudgedQuery("which health conditions make baclofen risky", .question, [S.aWho, S.rNotBest]),
  JudgedQuery("can elderly people take baclofen safely", .question, [S.aWho]),
  JudgedQuery(
    "what is the usual starting dose for adults", .question, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery(
    "how does baclofen relax the muscles", .question,
    [S.aWork, S.sMechanism, S.cWhat, S.oIntro]),
  JudgedQuery("what is the difference between GABA-A and GABA-B receptors", .question, [S.cWhat]),
  JudgedQuery("is the generic version as good as the brand name", .question, [S.aBrands]),
  JudgedQuery(
    "which symptoms on baclofen need urgent medical help", .question,
    [S.sCall, S.aSide, S.rSide]),
  JudgedQuery(
    "can baclofen cause depression or mood changes", .question, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "what are the warning signs that someone is misusing baclofen", .question,
    [S.cAbused, S.cRisk, S.cBehaviour]),
  JudgedQuery(
    "what help is there for people dependent on baclofen", .question,
    [S.cTreatment, S.cApproaches, S.cRecovery]),
  JudgedQuery(
    "do you have to stop drinking before starting baclofen for alcohol", .question, [S.rTake]),
  JudgedQuery("why does baclofen need to be taken several times a day", .question, [S.rPros]),
  JudgedQuery(
    "how strong is the research on baclofen for alcohol use disorder", .question,
    [S.oAlcohol, S.rEvidence, S.oSummary, S.sOffLabel]),
  JudgedQuery(
    "who is baclofen most likely to help stop drinking", .question,
    [S.oAlcohol, S.oSummary, S.rHelpful]),
  JudgedQuery("can baclofen be given as an injection", .question, [S.oIntro, S.sUsed, S.aAlts]),
  JudgedQuery(
    "what was baclofen originally developed for", .question, [S.rWhat, S.aWhat, S.sBackground]),
  JudgedQuery(
    "can I take baclofen with opioid painkillers", .question, [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "what other medicines can treat spasticity instead of baclofen", .question,
    [S.aAlts, S.sShort]),
  JudgedQuery(
    "why do some people take more baclofen than they are prescribed", .question,
    [S.cGetHigh, S.cAbused, S.cRisk]),
  JudgedQuery("is baclofen a controlled substance", .question, [S.cAddictive]),
]

let eighthMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclofin side efects", .misspelling, S.eighthSideEffects),
  JudgedQuery("bacolfen dose", .misspelling, [S.aTake, S.sDose]),
  JudgedQuery("tizanadine", .misspelling, [S.aTiz, S.aAlts]),
  JudgedQuery("lioresel", .misspelling, S.eighthBrands),
  JudgedQuery("gablofin", .misspelling, S.eighthBrands),
  JudgedQuery("kemstrow tablet", .misspelling, S.eighthBrands),
  JudgedQuery("baclafen withdrawl", .misspelling, S.eighthStopping),
  JudgedQuery("intrathekal pump", .misspelling, S.eighthPump),
  JudgedQuery("spasticty", .misspelling, [S.aUses, S.sIntro, S.sUsed]),
  JudgedQuery("diazapam", .misspelling, [S.aAlts]),
  JudgedQuery("botulinim toxin", .misspelling, [S.aAlts, S.sShort]),
  JudgedQuery("halucinations", .misspelling, [S.aSide, S.rSide, S.aStop, S.sCaution]),
  JudgedQuery("hicups that wont stop", .misspelling, [S.sOffLabel]),
  JudgedQuery("alchohol cravings", .misspelling, S.eighthCravings),
  JudgedQuery("pregnent on baclofen", .misspelling, [S.aWho, S.rSide]),
  JudgedQuery("sirrhosis", .misspelling, [S.rLiver, S.rPros]),
  JudgedQuery("kidny disease", .misspelling, S.eighthKidneys),
  JudgedQuery("drowsyness", .misspelling, S.eighthSideEffects + [S.aDriving]),
  JudgedQuery("constapation", .misspelling, [S.aSide, S.rSide]),
  JudgedQuery("overdoze", .misspelling, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("is baclofen addictave", .misspelling, [S.cAddictive, S.cIntro, S.rPros]),
  JudgedQuery("euforia", .misspelling, [S.cHigh, S.cAbused]),
  JudgedQuery("multiple sclerosus", .misspelling, S.eighthSpasticityUses),
  JudgedQuery("naltrexon", .misspelling, [S.rHelpful]),
  JudgedQuery("accamprosate", .misspelling, [S.rPros]),
]

let eighthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "can I take ibuprofen with baclofen"),
  JudgedQuery(uncovered: "is it ok to take paracetamol and baclofen together"),
  JudgedQuery(uncovered: "does baclofen show up on a urine drug test"),
  JudgedQuery(uncovered: "baclofen hair loss"),
  JudgedQuery(uncovered: "can baclofen cause erectile dysfunction"),
  JudgedQuery(uncovered: "baclofen for migraine prevention"),
  JudgedQuery(uncovered: "does baclofen help restless legs syndrome"),
  JudgedQuery(uncovered: "baclofen vs cyclobenzaprine"),
  JudgedQuery(uncovered: "is methocarbamol stronger than baclofen"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "what are the risks of the operation to fit a baclofen pump"),
  JudgedQuery(uncovered: "can dogs be given baclofen"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "can I drink coffee on baclofen"),
  JudgedQuery(uncovered: "grapefruit juice and baclofen"),
  JudgedQuery(uncovered: "what colour is a 10mg baclofen tablet"),
  JudgedQuery(uncovered: "do baclofen tablets expire"),
  JudgedQuery(uncovered: "can baclofen tablets be left in a hot car"),
  JudgedQuery(uncovered: "baclofen for trigeminal neuralgia"),
  JudgedQuery(uncovered: "baclofen for acid reflux"),
  JudgedQuery(uncovered: "will baclofen help my tinnitus"),
  JudgedQuery(uncovered: "does baclofen raise blood pressure"),
  JudgedQuery(uncovered: "baclofen and diabetes blood sugar levels"),
  JudgedQuery(uncovered: "is baclofen covered by medicare"),
  JudgedQuery(uncovered: "can I fly abroad with baclofen in my hand luggage"),
  JudgedQuery(uncovered: "baclofen to help quit smoking"),
  JudgedQuery(uncovered: "taking baclofen before a general anaesthetic"),
  JudgedQuery(uncovered: "dry mouth on baclofen"),
  JudgedQuery(uncovered: "which company manufactures baclofen"),
]
