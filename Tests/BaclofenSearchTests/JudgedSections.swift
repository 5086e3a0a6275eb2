/// Both halves of the judged set.
let judgedQueries = tuningQueries + earlierHeldBackQueries

/// What a judged query asks, to report figures per kind of question.
enum QueryKind: String, CaseIterable, Sendable {
  case keyword, question, everyday, misspelling, relative, uncovered
}

/// A query a patient or a relative might type, with the sections that answer it (judged by
/// reading the articles before running the query). An uncovered query has no answering
/// section: its honest answer is a search that says it found no direct answer.
struct JudgedQuery: Sendable {
  let query: String
  let kind: QueryKind
  let relevant: Set<String>

  init(_ query: String, _ kind: QueryKind, _ relevant: [String]) {
    self.query = query
    self.kind = kind
    self.relevant = Set(relevant)
  }

  init(uncovered query: String) {
    self.init(query, .uncovered, [])
  }
}

/// Sections that answer the same topic, shared by the judged sets.
enum Answers {
  /// Where the articles say baclofen treats spasms and stiff muscles.
  static let treatingSpasms: Set = [
    "spasticity-primer/introduction", "august-overview/what-is-baclofen-used-for",
    "cabin-dependence/what-is-baclofen", "spasticity-primer/used-most-often-for",
  ]
  static let sideEffects = [
    "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
    "spasticity-primer/common-side-effects",
  ]
  static let seriousEffects = [
    "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
    "spasticity-primer/when-to-call-a-doctor",
  ]
  static let stopping = [
    "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
    "cabin-dependence/follow-prescriptions", "august-overview/how-long-should-i-take-baclofen-for",
  ]
  static let withdrawal =
    stopping + [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons", "cabin-dependence/balancing-benefits-and-risks",
    ]
  static let mixingAlcohol = [
    "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
    "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
    "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
  ]
  static let mixingDrugs = [
    "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
    "cabin-dependence/balancing-benefits-and-risks",
    "cabin-dependence/can-you-get-high-on-baclofen",
    "cabin-dependence/can-baclofen-be-abused",
  ]
  static let overdose = [
    "august-overview/overdose", "cabin-dependence/physical-risks",
    "cabin-dependence/balancing-benefits-and-risks",
    "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
    "cabin-dependence/follow-prescriptions",
    "cabin-dependence/avoid-misuse",
  ]
  static let dose = [
    "spasticity-primer/typical-dose", "august-overview/how-should-i-take-baclofen",
    "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    "cabin-dependence/can-you-get-high-on-baclofen",
    "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
  ]
  static let missedDose = [
    "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
    "cabin-dependence/follow-prescriptions",
  ]
  static let kidney = [
    "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
    "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
    "ria-aud/side-effects-of-baclofen",
  ]
  static let liver = [
    "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
    "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
    "august-overview/who-should-not-take-baclofen",
  ]
  static let pregnancy = [
    "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
  ]
  static let olderPeople = ["august-overview/who-should-not-take-baclofen"]
  static let driving = ["august-overview/driving", "spasticity-primer/common-side-effects"]
  static let howItWorks = [
    "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
    "spasticity-primer/mechanism-in-plain-language", "cabin-dependence/what-is-baclofen",
  ]
  static let uses = [
    "august-overview/introduction", "august-overview/what-is-baclofen-used-for",
    "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
    "cabin-dependence/what-is-baclofen", "oxford-addiction/introduction", "ria-aud/introduction",
    "august-overview/how-long-should-i-take-baclofen-for", "cabin-dependence/final-thoughts",
    "august-overview/what-is-baclofen",
  ]
  static let alcoholTreatment = [
    "ria-aud/introduction", "ria-aud/how-does-baclofen-work",
    "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    "oxford-addiction/alcohol-use-disorders", "cabin-dependence/baclofen-for-alcohol-use-disorder",
    "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/what-is-baclofen",
    "ria-aud/in-summary",
  ]
  static let alcoholEvidence = [
    "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    "oxford-addiction/alcohol-use-disorders",
    "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/what-is-baclofen",
    "oxford-addiction/summary",
  ]
  static let addictive = [
    "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
    "ria-aud/pros-and-cons",
  ]
  static let high = [
    "cabin-dependence/does-baclofen-make-you-high", "cabin-dependence/can-you-get-high-on-baclofen",
    "cabin-dependence/can-baclofen-be-abused",
  ]
  static let misuseSigns = [
    "cabin-dependence/behavioural-symptoms-of-misuse",
    "cabin-dependence/recognising-the-need-for-help",
    "cabin-dependence/introduction", "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
    "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
    "cabin-dependence/is-baclofen-addictive",
  ]
  static let addictionHelp = [
    "cabin-dependence/baclofen-addiction-treatment-options",
    "cabin-dependence/treatment-approaches",
    "cabin-dependence/long-term-recovery", "cabin-dependence/recognising-the-need-for-help",
    "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
  ]
  static let brands = ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]
  static let alternatives = [
    "august-overview/baclofen-alternatives", "august-overview/is-baclofen-better-than-tizanidine",
    "spasticity-primer/in-short",
  ]
  static let pump = [
    "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
    "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
  ]
  static let howToTake = [
    "august-overview/how-should-i-take-baclofen",
    "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    "cabin-dependence/follow-prescriptions",
  ]
  static let stimulants = [
    "oxford-addiction/addiction-to-stimulants", "ria-aud/pros-and-cons",
    "ria-aud/baclofen-may-be-helpful-if",
  ]
  static let history = [
    "august-overview/what-is-baclofen", "ria-aud/what-is-baclofen", "spasticity-primer/background",
  ]
  static let hallucinations = [
    "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
    "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
    "cabin-dependence/is-baclofen-addictive",
  ]
  static let breathing = [
    "august-overview/overdose", "cabin-dependence/physical-risks",
    "spasticity-primer/other-safety-points", "spasticity-primer/when-to-call-a-doctor",
    "cabin-dependence/avoid-misuse", "cabin-dependence/balancing-benefits-and-risks",
    "august-overview/what-are-the-side-effects-of-baclofen",
  ]
  static let whoAtRisk = [
    "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse",
  ]
}
