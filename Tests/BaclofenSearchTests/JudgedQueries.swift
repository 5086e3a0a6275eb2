/// Queries a patient might type, each with the sections that answer it (judged by reading the
/// articles). Plain terms, questions, everyday words, abbreviations and misspellings.
struct JudgedQuery: Sendable {
  let query: String
  let relevant: Set<String>
  init(_ query: String, _ relevant: [String]) {
    self.query = query
    self.relevant = Set(relevant)
  }
}

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

let judgedQueries: [JudgedQuery] = [
  // Plain terms
  JudgedQuery("side effects", sideEffects),
  JudgedQuery("overdose", overdose),
  JudgedQuery("hiccups", ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery("tizanidine", tizanidine),
  JudgedQuery(
    "cocaine",
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if",
    ]),
  JudgedQuery("stimulants", ["oxford-addiction/addiction-to-stimulants"]),
  JudgedQuery("cirrhosis", liver),
  JudgedQuery("liver disease", liver),
  JudgedQuery("naltrexone", ["ria-aud/baclofen-may-be-helpful-if"]),
  JudgedQuery("generic", ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "kemstro", ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "gaba",
    [
      "spasticity-primer/mechanism-in-plain-language", "august-overview/how-does-baclofen-work",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
      "ria-aud/how-does-baclofen-work", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "intrathecal pump",
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/in-short",
      "august-overview/baclofen-alternatives", "spasticity-primer/typical-dose",
    ]),
  JudgedQuery("French cardiologist", ["ria-aud/what-is-baclofen"]),
  JudgedQuery(
    "rehab",
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
    ]),
  JudgedQuery("muscle weakness", sideEffects + ["cabin-dependence/monitor-and-communicate"]),
  JudgedQuery(
    "breathing problems",
    overdose + [
      "spasticity-primer/other-safety-points", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/avoid-misuse",
    ]),
  // Questions
  JudgedQuery("can I drink on it", mixing + ["ria-aud/introduction"]),
  JudgedQuery(
    "what if I miss a dose",
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery("what if I quit", stopping),
  JudgedQuery("can I drive", ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "is baclofen addictive",
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
    ]),
  JudgedQuery("can you get high on baclofen", high),
  JudgedQuery(
    "how does it work",
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language",
    ]),
  JudgedQuery(
    "how should I take baclofen",
    [
      "august-overview/how-should-i-take-baclofen",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "who should not take baclofen",
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if",
    ]),
  JudgedQuery("what are the alternatives", tizanidine + ["spasticity-primer/in-short"]),
  JudgedQuery(
    "is it approved by the FDA",
    [
      "ria-aud/what-is-baclofen", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "when should I call a doctor",
    [
      "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "is it safe when pregnant",
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "what is the usual dose",
    [
      "spasticity-primer/typical-dose", "august-overview/how-should-i-take-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  // Everyday words
  JudgedQuery("booze", alcohol),
  JudgedQuery(
    "sleepy",
    sideEffects + [
      "august-overview/driving", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/does-baclofen-make-you-high",
    ]),
  JudgedQuery("fits", seizures),
  JudgedQuery("painkillers", mixing + ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery("heroin", ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "benzos",
    mixing + [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "august-overview/baclofen-alternatives",
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery("valium", ["august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "teenagers",
    [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse",
    ]),
  JudgedQuery("cold turkey", withdrawal),
  JudgedQuery("taper", withdrawal),
  JudgedQuery("euphoria", high),
  JudgedQuery("forgot a dose", ["august-overview/missed-dose"]),
  JudgedQuery("too much baclofen", overdose + ["cabin-dependence/does-baclofen-make-you-high"]),
  JudgedQuery("breastfeeding", ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("elderly", ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("dizzy", sideEffects + ["august-overview/driving"]),
  JudgedQuery(
    "signs of addiction",
    [
      "cabin-dependence/behavioural-symptoms-of-misuse", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse", "cabin-dependence/introduction",
      "cabin-dependence/recognising-the-need-for-help",
    ]),
  // Abbreviations
  JudgedQuery("renal", kidney),
  JudgedQuery("MS", spasticityUses),
  JudgedQuery("CP", spasticityUses),
  JudgedQuery("AUD", alcohol),
  JudgedQuery(
    "lioresal", ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  // Misspellings
  JudgedQuery("baclofin withdrawl", withdrawal),
  JudgedQuery("tizanadine", tizanidine),
  JudgedQuery("siezures", seizures),
  JudgedQuery("alchohol cravings", alcohol),
  JudgedQuery(
    "pregnent",
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("dizzyness", sideEffects + ["august-overview/driving"]),
  JudgedQuery("abclofen dose", dosing),
  // Questions
  JudgedQuery(
    "what does it treat",
    ["spasticity-primer/used-most-often-for", "august-overview/what-is-baclofen-used-for"]),
  JudgedQuery("max dose", dosing),
]
