/// The ninth judged set: 200 queries written on 2 December 2026 from the five cleaned articles
/// alone. Each query's answering sections were judged by reading the sections, before any of it
/// was run, by someone who had seen neither how search ranks nor the other judged sets. It is
/// held back: it is never used to tune search.
let ninthQueries =
  ninthKeywordQueries + ninthQuestionQueries + ninthEverydayQueries + ninthMisspellingQueries
  + ninthRelativeQueries + ninthUncoveredQueries

private typealias S = ArticleSections

/// Sections that answer the same topic, shared by the ninth set's queries.
extension ArticleSections {
  static let ninthSide = [aSide, rSide, sSide]
  static let ninthStop = [aStop, sCaution, aLong, cFollow, cAddictive, rPros, cApproaches]
  static let ninthWithdrawal = ninthStop + [sCall, cIntro, cBalance]
  static let ninthDrink = [cAvoid, sSafety, cAbused, cBalance, cGetHigh]
  static let ninthAud = [
    rEvidence, cAud, oAlcohol, sOffLabel, rIntro, rSummary, rHelpful, rWhat, rTake, aUses, rWork,
  ]
  static let ninthKidney = [aKidney, sSafety, aWho, rSide, rNotBest, rPros, rLiver]
  static let ninthLiver = [rLiver, aWho, rHelpful, rPros, rIntro, aSide]
  static let ninthDose = [aTake, sDose, rEvidence, cGetHigh]
  static let ninthTooMuch = [aOverdose, cPhysical, cBalance, cAvoid, cFollow, cAbused, sCall]
  static let ninthHooked = [cAddictive, cIntro, rPros, cBalance, cMonitor, cRisk, cFinal]
  static let ninthHigh = [cHigh, cGetHigh, cAbused]
  static let ninthHow = [aWork, sMechanism, cWhat, rWork, aWhat, oIntro, aIntro]
  static let ninthUses = [aUses, sUsed, sIntro, oIntro, cWhat, aIntro, rIntro, cFinal]
  static let ninthDrive = [aDriving, sSide, aSide, rSide, rNotBest]
  static let ninthTiz = [aTiz, aAlts]
  static let ninthAlts = [aAlts, sShort, sUsed, aTiz]
  static let ninthHelp = [cTreatment, cApproaches, cNeedHelp, cRecovery, cBehaviour, cMonitor]
  static let ninthSleepy = [aSide, rSide, sSide, cBalance, aDriving]
  static let ninthPump = [sUsed, sDose, aAlts, sShort]
  static let ninthMissed = [aMissed, sCall, cFollow]
  static let ninthPregnant = [aWho, rSide]
  static let ninthBrands = [aBrands, oIntro]
  static let ninthCocaine = [oStimulants, rHelpful, rPros, oSummary, oIntro]
  static let ninthOpiate = [oOpiates, oSummary, oIntro]
  static let ninthSeizure = [aWho, aStop, sCaution, aSide, cAddictive, sCall, rWhat]
  static let ninthVisions = [sCaution, aStop, aSide, rSide, cAddictive, sCall]
  static let ninthMixing = [cAvoid, sSafety, cBalance, cGetHigh, cAbused]
}

let ninthKeywordQueries: [JudgedQuery] = [
  JudgedQuery("baclofen liver", .keyword, S.ninthLiver),
  JudgedQuery("intrathecal dose", .keyword, [S.sDose, S.sUsed]),
  JudgedQuery("baclofen withdrawal", .keyword, S.ninthWithdrawal),
  JudgedQuery("baclofen side effects", .keyword, S.ninthSide),
  JudgedQuery("baclofen alcohol cravings", .keyword, S.ninthAud),
  JudgedQuery("baclofen kidney function", .keyword, S.ninthKidney),
  JudgedQuery("max dose baclofen", .keyword, S.ninthDose),
  JudgedQuery("baclofen vs tizanidine", .keyword, S.ninthTiz),
  JudgedQuery("baclofen brand names", .keyword, S.ninthBrands),
  JudgedQuery("baclofen pregnancy", .keyword, S.ninthPregnant),
  JudgedQuery("baclofen nursing mother", .keyword, [S.aWho]),
  JudgedQuery("baclofen overdose symptoms", .keyword, S.ninthTooMuch),
  JudgedQuery("baclofen hiccups", .keyword, [S.sOffLabel]),
  JudgedQuery("baclofen cocaine", .keyword, S.ninthCocaine),
  JudgedQuery("baclofen heroin", .keyword, S.ninthOpiate),
  JudgedQuery("baclofen missed dose", .keyword, S.ninthMissed),
  JudgedQuery("baclofen driving", .keyword, S.ninthDrive),
  JudgedQuery("baclofen taper", .keyword, [S.aStop, S.sCaution, S.aLong, S.cApproaches, S.rPros]),
  JudgedQuery("baclofen mechanism GABA", .keyword, S.ninthHow),
  JudgedQuery("baclofen multiple sclerosis", .keyword, S.ninthUses),
  JudgedQuery("baclofen addiction rehab", .keyword, S.ninthHelp),
  JudgedQuery("baclofen elderly", .keyword, [S.aWho]),
  JudgedQuery("baclofen seizures", .keyword, S.ninthSeizure),
  JudgedQuery("baclofen hallucinations", .keyword, S.ninthVisions),
  JudgedQuery("baclofen euphoria", .keyword, S.ninthHigh),
  JudgedQuery("baclofen pump", .keyword, S.ninthPump),
  JudgedQuery("baclofen with food", .keyword, [S.aTake]),
  JudgedQuery("baclofen FDA approval alcohol", .keyword, [S.oAlcohol, S.rWhat, S.rEvidence]),
  JudgedQuery("baclofen Ameisen", .keyword, [S.rWhat]),
  JudgedQuery("baclofen cirrhosis", .keyword, [S.rLiver, S.rPros]),
]

let ninthQuestionQueries: [JudgedQuery] = [
  JudgedQuery("Is it safe to use baclofen while expecting a baby?", .question, S.ninthPregnant),
  JudgedQuery(
    "What happens if I stop taking baclofen all at once?", .question, S.ninthWithdrawal),
  JudgedQuery("How quickly does baclofen start working?", .question, [S.aWork, S.cWhat]),
  JudgedQuery("Can baclofen help me stop drinking?", .question, S.ninthAud),
  JudgedQuery("Is baclofen safe for someone with liver damage?", .question, S.ninthLiver),
  JudgedQuery(
    "What should I do if I took too many baclofen tablets?", .question, S.ninthTooMuch),
  JudgedQuery("Which is better for spasms, baclofen or tizanidine?", .question, S.ninthTiz),
  JudgedQuery("Is baclofen habit forming?", .question, S.ninthHooked),
  JudgedQuery("Can you get a buzz from baclofen?", .question, S.ninthHigh),
  JudgedQuery(
    "What is the usual starting dose of baclofen?", .question, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery(
    "Why do I need to take baclofen three times a day?", .question,
    [S.rPros, S.aTake, S.aTiz, S.cFollow]),
  JudgedQuery("Can I drink wine while taking baclofen?", .question, S.ninthDrink),
  JudgedQuery("Is it okay to drive after taking baclofen?", .question, S.ninthDrive),
  JudgedQuery("What should I do if I forget a dose of baclofen?", .question, S.ninthMissed),
  JudgedQuery("Why does my kidney function matter for baclofen?", .question, S.ninthKidney),
  JudgedQuery(
    "What are the alternatives if baclofen doesn't work for me?", .question, S.ninthAlts),
  JudgedQuery("How does baclofen actually relax muscles?", .question, S.ninthHow),
  JudgedQuery("What conditions is baclofen prescribed for?", .question, S.ninthUses),
  JudgedQuery("Does baclofen work for cocaine addiction?", .question, S.ninthCocaine),
  JudgedQuery(
    "Is the evidence for baclofen in alcoholism any good?", .question,
    [S.oAlcohol, S.rEvidence, S.sOffLabel, S.oSummary, S.cBalance, S.rPros, S.rSummary]),
  JudgedQuery(
    "Who is most likely to misuse baclofen?", .question, [S.cRisk, S.cAbused, S.cGetHigh]),
  JudgedQuery(
    "What are the warning signs that I need medical help on baclofen?", .question,
    [S.sCall, S.aSide, S.rSide, S.aOverdose]),
  JudgedQuery("How long will I have to stay on baclofen?", .question, [S.aLong]),
  JudgedQuery("Is generic baclofen as good as Lioresal?", .question, [S.aBrands]),
  JudgedQuery("Can older people take baclofen safely?", .question, [S.aWho]),
  JudgedQuery("Can I take baclofen with oxycodone?", .question, S.ninthMixing),
  JudgedQuery("Does baclofen cause depression?", .question, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery("What is the baclofen pump and who needs one?", .question, S.ninthPump),
  JudgedQuery(
    "What does detox from baclofen involve?", .question,
    [S.cApproaches, S.cTreatment, S.sCaution]),
  JudgedQuery(
    "Does baclofen have any effect on insomnia or anxiety?", .question,
    [S.rPros, S.aSide, S.rSide, S.cAbused]),
  JudgedQuery(
    "Should I tell my doctor about my other medications before starting baclofen?", .question,
    [S.sSafety, S.aTiz, S.aAlts]),
  JudgedQuery("Can baclofen be used for hiccups that won't stop?", .question, [S.sOffLabel]),
  JudgedQuery(
    "Why might baclofen not work for my drinking?", .question,
    [S.oAlcohol, S.rPros, S.cBalance, S.oSummary]),
  JudgedQuery("Is baclofen a controlled substance?", .question, [S.cAddictive]),
  JudgedQuery("Can I take baclofen if I have epilepsy?", .question, [S.aWho, S.aSide]),
]

let ninthMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclophen side affects", .misspelling, S.ninthSide),
  JudgedQuery("backlofen withdrawl", .misspelling, S.ninthWithdrawal),
  JudgedQuery("baclofin and alchohol", .misspelling, S.ninthDrink),
  JudgedQuery("tizanadine or baclofen", .misspelling, S.ninthTiz),
  JudgedQuery("baclofen over dose", .misspelling, S.ninthTooMuch),
  JudgedQuery("baklofen liver desease", .misspelling, S.ninthLiver),
  JudgedQuery("baclofen kidny", .misspelling, S.ninthKidney),
  JudgedQuery("lioresol", .misspelling, S.ninthBrands),
  JudgedQuery("gablofin brand", .misspelling, S.ninthBrands),
  JudgedQuery("baclofen pregant", .misspelling, S.ninthPregnant),
  JudgedQuery("baclofen missed does", .misspelling, S.ninthMissed),
  JudgedQuery("baclofen dosage maxium", .misspelling, S.ninthDose),
  JudgedQuery("is baclofen adictive", .misspelling, S.ninthHooked),
  JudgedQuery("baclofen hicups", .misspelling, [S.sOffLabel]),
  JudgedQuery("intrathecle pump", .misspelling, S.ninthPump),
  JudgedQuery("baclofen getting hi", .misspelling, S.ninthHigh),
  JudgedQuery("baclofen cold turky", .misspelling, S.ninthStop),
  JudgedQuery("bacofen driveing", .misspelling, S.ninthDrive),
  JudgedQuery("baclofen multipul sclerosis", .misspelling, S.ninthUses),
  JudgedQuery("baclofen seizers", .misspelling, S.ninthSeizure),
  JudgedQuery("baclofen cocain", .misspelling, S.ninthCocaine),
  JudgedQuery("baclofen halucinations", .misspelling, S.ninthVisions),
  JudgedQuery("baclofen breast feeding", .misspelling, [S.aWho]),
  JudgedQuery("musle relaxer alcohol cravings", .misspelling, S.ninthAud),
  JudgedQuery("baclofen diazapam", .misspelling, [S.aAlts]),
]

/// Real questions no section answers: the honest answer is "no direct answer".
let ninthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "baclofen hair loss"),
  JudgedQuery(uncovered: "can my dog take baclofen"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "will baclofen show up on a drug test at work"),
  JudgedQuery(uncovered: "baclofen erectile dysfunction"),
  JudgedQuery(uncovered: "how do I dispose of old baclofen tablets"),
  JudgedQuery(uncovered: "what colour is a 10mg baclofen tablet"),
  JudgedQuery(uncovered: "baclofen for tinnitus"),
  JudgedQuery(uncovered: "can I donate blood on baclofen"),
  JudgedQuery(uncovered: "baclofen and sun sensitivity"),
  JudgedQuery(uncovered: "can I drink coffee with baclofen"),
  JudgedQuery(uncovered: "baclofen vs cyclobenzaprine"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "is baclofen gluten free"),
  JudgedQuery(uncovered: "does baclofen cause dry mouth"),
  JudgedQuery(uncovered: "baclofen restless legs syndrome"),
  JudgedQuery(uncovered: "can I take baclofen with the contraceptive pill"),
  JudgedQuery(uncovered: "can I fly with a baclofen pump through airport security"),
  JudgedQuery(uncovered: "baclofen during ramadan fasting"),
  JudgedQuery(uncovered: "baclofen and levothyroxine for my thyroid"),
  JudgedQuery(uncovered: "is baclofen banned for athletes in competition"),
  JudgedQuery(uncovered: "how much is a baclofen pump with insurance"),
  JudgedQuery(uncovered: "expired baclofen still safe to take"),
  JudgedQuery(uncovered: "baclofen liquid dose for a 3 year old"),
  JudgedQuery(uncovered: "baclofen and covid vaccine"),
  JudgedQuery(uncovered: "does baclofen make you sweat more"),
  JudgedQuery(uncovered: "can I take baclofen before an MRI scan"),
  JudgedQuery(uncovered: "does baclofen affect blood sugar in diabetes"),
  JudgedQuery(uncovered: "sauna or hot tub while on baclofen"),
]
