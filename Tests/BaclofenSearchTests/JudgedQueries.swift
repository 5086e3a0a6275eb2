/// Queries a patient might type, each with the sections that answer it (judged by reading the
/// articles). Plain terms, questions, everyday words, abbreviations and misspellings.
private let kidney = [
  "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
  "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
]
private let stopping = [
  "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
  "cabin-dependence/follow-prescriptions", "august-overview/how-long-should-i-take-baclofen-for",
]
private let withdrawal =
  stopping + [
    "cabin-dependence/is-baclofen-addictive", "cabin-dependence/treatment-approaches",
    "ria-aud/pros-and-cons",
  ]
private let sideEffects = [
  "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
  "spasticity-primer/common-side-effects",
]
private let mixing = [
  "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
  "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
  "cabin-dependence/can-you-get-high-on-baclofen",
]
private let alcohol = [
  "ria-aud/introduction", "ria-aud/how-does-baclofen-work",
  "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
  "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
  "oxford-addiction/alcohol-use-disorders", "cabin-dependence/baclofen-for-alcohol-use-disorder",
  "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/what-is-baclofen",
]
private let spasticityUses = [
  "august-overview/introduction", "august-overview/what-is-baclofen-used-for",
  "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
  "cabin-dependence/what-is-baclofen", "oxford-addiction/introduction", "ria-aud/introduction",
  "august-overview/how-long-should-i-take-baclofen-for", "august-overview/baclofen-alternatives",
  "cabin-dependence/final-thoughts",
]
private let seizures = [
  "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
  "august-overview/who-should-not-take-baclofen", "spasticity-primer/when-to-call-a-doctor",
  "august-overview/what-are-the-side-effects-of-baclofen",
  "august-overview/how-long-should-i-take-baclofen-for",
]
private let liver = [
  "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
  "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
]
private let tizanidine = [
  "august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives",
]
private let overdose = [
  "august-overview/overdose", "cabin-dependence/physical-risks",
  "cabin-dependence/balancing-benefits-and-risks",
  "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
]
private let dosing = [
  "spasticity-primer/typical-dose", "august-overview/how-should-i-take-baclofen",
  "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
]
private let high = [
  "cabin-dependence/does-baclofen-make-you-high", "cabin-dependence/can-you-get-high-on-baclofen",
  "cabin-dependence/can-baclofen-be-abused",
]

let tuningQueries: [JudgedQuery] = [
  // Plain terms
  JudgedQuery("side effects", .keyword, sideEffects),
  JudgedQuery("overdose", .keyword, overdose),
  JudgedQuery("hiccups", .keyword, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery("tizanidine", .keyword, tizanidine),
  JudgedQuery(
    "cocaine", .keyword,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if",
    ]),
  JudgedQuery("stimulants", .keyword, ["oxford-addiction/addiction-to-stimulants"]),
  JudgedQuery("cirrhosis", .keyword, liver),
  JudgedQuery("liver disease", .keyword, liver),
  JudgedQuery("naltrexone", .keyword, ["ria-aud/baclofen-may-be-helpful-if"]),
  JudgedQuery("generic", .keyword, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "kemstro", .keyword, ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "gaba", .keyword,
    [
      "spasticity-primer/mechanism-in-plain-language", "august-overview/how-does-baclofen-work",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
      "ria-aud/how-does-baclofen-work", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "intrathecal pump", .keyword,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/in-short",
      "august-overview/baclofen-alternatives", "spasticity-primer/typical-dose",
    ]),
  JudgedQuery("French cardiologist", .keyword, ["ria-aud/what-is-baclofen"]),
  JudgedQuery(
    "rehab", .keyword,
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
    ]),
  JudgedQuery(
    "muscle weakness", .keyword, sideEffects + ["cabin-dependence/monitor-and-communicate"]),
  JudgedQuery(
    "breathing problems", .keyword,
    overdose + [
      "spasticity-primer/other-safety-points", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/avoid-misuse",
    ]),
  // Questions
  JudgedQuery("can I drink on it", .question, mixing + ["ria-aud/introduction"]),
  JudgedQuery(
    "what if I miss a dose", .question,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery("what if I quit", .question, stopping),
  JudgedQuery(
    "can I drive", .question, ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "is baclofen addictive", .question,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
    ]),
  JudgedQuery("can you get high on baclofen", .question, high),
  JudgedQuery(
    "how does it work", .question,
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language",
    ]),
  JudgedQuery(
    "how should I take baclofen", .question,
    [
      "august-overview/how-should-i-take-baclofen",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "who should not take baclofen", .question,
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if",
    ]),
  JudgedQuery("what are the alternatives", .question, tizanidine + ["spasticity-primer/in-short"]),
  JudgedQuery(
    "is it approved by the FDA", .question,
    [
      "ria-aud/what-is-baclofen", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "when should I call a doctor", .question,
    [
      "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "is it safe when pregnant", .question,
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "what is the usual dose", .question,
    [
      "spasticity-primer/typical-dose", "august-overview/how-should-i-take-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  // Everyday words
  JudgedQuery("booze", .everyday, alcohol),
  JudgedQuery(
    "sleepy", .everyday,
    sideEffects + [
      "august-overview/driving", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/does-baclofen-make-you-high",
    ]),
  JudgedQuery("fits", .everyday, seizures),
  JudgedQuery("painkillers", .everyday, mixing + ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery("heroin", .everyday, ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "benzos", .everyday,
    mixing + [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "august-overview/baclofen-alternatives",
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery("valium", .everyday, ["august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "teenagers", .everyday,
    [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse",
    ]),
  JudgedQuery("cold turkey", .everyday, withdrawal),
  JudgedQuery("taper", .everyday, withdrawal),
  JudgedQuery("euphoria", .everyday, high),
  JudgedQuery("forgot a dose", .everyday, ["august-overview/missed-dose"]),
  JudgedQuery(
    "too much baclofen", .everyday, overdose + ["cabin-dependence/does-baclofen-make-you-high"]),
  JudgedQuery("breastfeeding", .everyday, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("elderly", .everyday, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("dizzy", .everyday, sideEffects + ["august-overview/driving"]),
  JudgedQuery(
    "signs of addiction", .everyday,
    [
      "cabin-dependence/behavioural-symptoms-of-misuse", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse", "cabin-dependence/introduction",
      "cabin-dependence/recognising-the-need-for-help",
    ]),
  // Abbreviations
  JudgedQuery("renal", .keyword, kidney),
  JudgedQuery("MS", .keyword, spasticityUses),
  JudgedQuery("CP", .keyword, spasticityUses),
  JudgedQuery("AUD", .keyword, alcohol),
  JudgedQuery(
    "lioresal", .keyword, ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  // Misspellings
  JudgedQuery("baclofin withdrawl", .misspelling, withdrawal),
  JudgedQuery("tizanadine", .misspelling, tizanidine),
  JudgedQuery("siezures", .misspelling, seizures),
  JudgedQuery("alchohol cravings", .misspelling, alcohol),
  JudgedQuery(
    "pregnent", .misspelling,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("dizzyness", .misspelling, sideEffects + ["august-overview/driving"]),
  JudgedQuery("abclofen dose", .misspelling, dosing),
  // Questions
  JudgedQuery(
    "what does it treat", .question,
    ["spasticity-primer/used-most-often-for", "august-overview/what-is-baclofen-used-for"]),
  JudgedQuery("max dose", .question, dosing),
  // Everyday words
  JudgedQuery("feel like throwing up", .everyday, Answers.sideEffects),
  JudgedQuery("can't sleep", .everyday, Answers.sideEffects + ["ria-aud/pros-and-cons"]),
  JudgedQuery("light headed", .everyday, Answers.sideEffects + ["august-overview/driving"]),
  JudgedQuery(
    "legs feel weak", .everyday, Answers.sideEffects + ["cabin-dependence/monitor-and-communicate"]),
  JudgedQuery(
    "stomach ache", .everyday, Answers.sideEffects + ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery("going to the toilet a lot", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("bunged up", .everyday, Answers.sideEffects),
  JudgedQuery("out of it", .everyday, ["cabin-dependence/does-baclofen-make-you-high"]),
  JudgedQuery("tight muscles", .everyday, Answers.uses),
  JudgedQuery("muscle cramps", .everyday, Answers.uses),
  JudgedQuery("getting off baclofen", .everyday, Answers.withdrawal),
  JudgedQuery("too many pills", .everyday, Answers.overdose),
  JudgedQuery("double dose", .everyday, Answers.missedDose + Answers.overdose),
  JudgedQuery("drinking on baclofen", .everyday, Answers.mixingAlcohol),
  JudgedQuery(
    "feeling low", .everyday,
    Answers.seriousEffects + ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("chest pains", .everyday, Answers.seriousEffects),
  JudgedQuery(
    "stop drinking", .everyday,
    Answers.alcoholTreatment + ["ria-aud/baclofen-for-patients-with-liver-disease"]),
  JudgedQuery(
    "quit drinking", .everyday,
    Answers.alcoholTreatment + ["ria-aud/baclofen-for-patients-with-liver-disease"]),
  JudgedQuery("come off baclofen", .everyday, Answers.withdrawal),
  // Questions
  JudgedQuery(
    "what is baclofen", .question,
    [
      "august-overview/what-is-baclofen", "ria-aud/what-is-baclofen",
      "cabin-dependence/what-is-baclofen", "august-overview/introduction",
      "spasticity-primer/introduction", "oxford-addiction/introduction",
    ]),
  JudgedQuery("right dose", .question, Answers.dose + ["cabin-dependence/follow-prescriptions"]),
  JudgedQuery("dosage", .keyword, Answers.dose),
  JudgedQuery("how many mg", .question, Answers.dose),
  JudgedQuery("10mg", .keyword, ["ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"]),
  JudgedQuery("alcohol while taking baclofen", .question, Answers.mixingAlcohol),
  JudgedQuery("can I drink wine", .question, Answers.mixingAlcohol),
  JudgedQuery("is it ok to drink alcohol with baclofen", .question, Answers.mixingAlcohol),
  // Misspellings and split or joined words
  JudgedQuery("over dose", .misspelling, Answers.overdose),
  JudgedQuery("breast-feeding", .misspelling, Answers.pregnancy),
  JudgedQuery("breast feeding", .misspelling, Answers.pregnancy),
  // Relatives' and carers' questions
  JudgedQuery(
    "my mum is very drowsy on baclofen", .relative, Answers.sideEffects + Answers.olderPeople),
  JudgedQuery("my husband drinks on baclofen", .relative, Answers.mixingAlcohol),
  JudgedQuery(
    "my son takes extra pills on bad days", .relative, Answers.whoAtRisk + Answers.misuseSigns),
  JudgedQuery("my wife stopped her baclofen suddenly", .relative, Answers.withdrawal),
  JudgedQuery("grandma is hallucinating", .relative, Answers.hallucinations),
  JudgedQuery("my dad took a double dose", .relative, Answers.missedDose + Answers.overdose),
  JudgedQuery(
    "my teenager has been taking my baclofen", .relative, Answers.whoAtRisk + Answers.misuseSigns),
  JudgedQuery(
    "my partner can't stop taking baclofen", .relative, Answers.addictionHelp + Answers.addictive),
  JudgedQuery("my husband is unconscious", .relative, Answers.overdose),
  JudgedQuery("how do I know if my brother is addicted", .relative, Answers.misuseSigns),
  JudgedQuery("my mother has MS will it help her stiffness", .relative, Answers.uses),
  JudgedQuery("my daughter is breastfeeding is it safe", .relative, Answers.pregnancy),
  // Questions the articles do not answer
  JudgedQuery(uncovered: "can baclofen cause diarrhea"),
  JudgedQuery(uncovered: "baclofen and marijuana"),
  JudgedQuery(uncovered: "can I get a tattoo on baclofen"),
  JudgedQuery(uncovered: "can I have the flu jab while on baclofen"),
  JudgedQuery(uncovered: "what colour are baclofen tablets"),
  JudgedQuery(uncovered: "baclofen for restless legs"),
  JudgedQuery(uncovered: "does baclofen cause acne"),
  JudgedQuery(uncovered: "can I go swimming on baclofen"),
  JudgedQuery(uncovered: "fasting during ramadan"),
  JudgedQuery(uncovered: "blurred vision"),
  // More keywords, misspellings and relatives' questions
  JudgedQuery("clonidine", .keyword, ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery("neurotransmitter", .keyword, Answers.howItWorks + ["oxford-addiction/introduction"]),
  JudgedQuery("Le Dernier Verre", .keyword, ["ria-aud/what-is-baclofen"]),
  JudgedQuery("meta analysis", .keyword, ["ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"]),
  JudgedQuery("inpatient", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery("multiple sclerosis", .keyword, Answers.uses),
  JudgedQuery("stroke", .keyword, ["august-overview/what-is-baclofen-used-for"]),
  JudgedQuery("pill organizer", .keyword, ["august-overview/missed-dose"]),
  JudgedQuery("blood tests", .keyword, ["august-overview/kidney-disease"]),
  JudgedQuery("PTSD", .keyword, ["cabin-dependence/who-is-at-risk-for-baclofen-abuse"]),
  JudgedQuery("mindfulness", .keyword, ["cabin-dependence/long-term-recovery"]),
  JudgedQuery("ritalin", .keyword, ["oxford-addiction/addiction-to-stimulants"]),
  JudgedQuery("hiccoughs", .keyword, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery("spasticty", .misspelling, Answers.uses),
  JudgedQuery("gabapentine", .misspelling, ["ria-aud/pros-and-cons"]),
  JudgedQuery("diazapam", .misspelling, ["august-overview/baclofen-alternatives"]),
  JudgedQuery("cirosis", .misspelling, Answers.liver),
  JudgedQuery("halucinating", .misspelling, Answers.hallucinations),
  JudgedQuery("side affects", .misspelling, Answers.sideEffects),
  JudgedQuery("addicition", .misspelling, Answers.addictive + Answers.misuseSigns),
  JudgedQuery("tappering off", .misspelling, Answers.withdrawal),
  JudgedQuery("my mum has started falling", .relative, Answers.olderPeople),
  JudgedQuery("my uncle mixes his tablets with vodka", .relative, Answers.mixingAlcohol),
  JudgedQuery(
    "my sister is always sleepy since her dose went up", .relative,
    Answers.sideEffects + ["august-overview/driving", "cabin-dependence/monitor-and-communicate"]),
  JudgedQuery(
    "how do I get my husband help for baclofen addiction", .relative, Answers.addictionHelp),
  JudgedQuery("my friend took a handful of baclofen", .relative, Answers.overdose),
  JudgedQuery("my dad is slurring his words", .relative, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("can my son drive on baclofen", .relative, Answers.driving),
  JudgedQuery("my wife missed her morning dose", .relative, Answers.missedDose),
  JudgedQuery(uncovered: "baclofen and antibiotics"),
  JudgedQuery(uncovered: "can I eat cheese on baclofen"),
  JudgedQuery(uncovered: "does baclofen cause memory loss"),
  JudgedQuery(uncovered: "is baclofen safe for cats"),
]
