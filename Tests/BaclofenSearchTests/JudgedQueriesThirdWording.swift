/// Everyday words and misspellings of the third set (see `thirdQueries`).
let thirdWordingQueries: [JudgedQuery] = [
  // Everyday
  JudgedQuery(
    "feel woozy", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
    ]),
  JudgedQuery(
    "tablets making me sleepy", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "legs stiff all the time", .everyday,
    [
      "august-overview/what-is-baclofen-used-for", "august-overview/introduction",
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
      "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery(
    "took two by mistake", .everyday,
    [
      "august-overview/missed-dose", "august-overview/overdose",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "beer while on it", .everyday,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "feel sick after taking it", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "ria-aud/side-effects-of-baclofen",
      "august-overview/how-should-i-take-baclofen",
    ]),
  JudgedQuery(
    "can't sleep since starting baclofen", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "forgot my tablet this morning", .everyday,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "ran out of my tablets", .everyday,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/follow-prescriptions", "spasticity-primer/when-to-call-a-doctor",
      "august-overview/how-long-should-i-take-baclofen-for",
    ]),
  JudgedQuery(
    "want to come off it", .everyday,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery("how strong is it", .everyday, ["august-overview/how-does-baclofen-work"]),
  JudgedQuery(
    "really bunged up since starting the tablets", .everyday,
    ["august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "legs feel like jelly", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "seeing things that aren't there", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "heart racing after my tablets", .everyday,
    ["august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("wee looks dark brown", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("peeing a lot more than usual", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "ok to get behind the wheel", .everyday,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "glass of wine with dinner", .everyday,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "fine on an empty stomach?", .everyday, ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "pills too hard to swallow", .everyday,
    ["august-overview/baclofen-brand-names", "august-overview/how-should-i-take-baclofen"]),
  JudgedQuery("keep them away from the kids", .everyday, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "give a few to my mate with a bad back", .everyday, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "taking extra on bad days", .everyday,
    [
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "feel spaced out", .everyday,
    [
      "cabin-dependence/does-baclofen-make-you-high",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "tummy ache from the pills", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "ria-aud/side-effects-of-baclofen",
      "august-overview/how-should-i-take-baclofen",
    ]),
  JudgedQuery(
    "struggling to breathe", .everyday,
    [
      "august-overview/overdose", "spasticity-primer/when-to-call-a-doctor",
      "spasticity-primer/other-safety-points", "cabin-dependence/physical-risks",
      "cabin-dependence/avoid-misuse", "august-overview/what-are-the-side-effects-of-baclofen",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "muscle relaxer for a drinking problem", .everyday,
    [
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "ria-aud/how-does-baclofen-work", "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "oxford-addiction/alcohol-use-disorders",
      "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/in-summary",
      "oxford-addiction/summary",
    ]),
  JudgedQuery(
    "booze cravings", .everyday,
    [
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "spasticity-primer/off-label-uses-you-might-hear-about",
      "oxford-addiction/alcohol-use-disorders", "ria-aud/how-does-baclofen-work",
      "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "swallowed the whole packet", .everyday,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "liver's wrecked from drinking", .everyday,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "my kidneys aren't great", .everyday,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
      "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "trying for a baby", .everyday,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "stiff arm after a stroke", .everyday,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/introduction",
      "august-overview/is-baclofen-better-than-tizanidine",
    ]),
  JudgedQuery(
    "chest hurts since I started", .everyday,
    ["august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "shaky and anxious since stopping", .everyday,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "feeling low and down on it", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "is it like valium", .everyday,
    [
      "august-overview/baclofen-alternatives", "cabin-dependence/what-is-baclofen",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "hot and feverish with stiff muscles", .everyday,
    ["spasticity-primer/when-to-call-a-doctor", "spasticity-primer/major-caution"]),
  JudgedQuery(
    "I lift heavy stuff at work", .everyday,
    ["ria-aud/baclofen-may-not-be-best-if", "ria-aud/pros-and-cons"]),

  // Misspellings
  JudgedQuery(
    "baclofin side effects", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects",
    ]),
  JudgedQuery(
    "backlofen withdrawl", .misspelling,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "baclophen and alchohol", .misspelling,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "10mg baclofen three times a day", .misspelling,
    [
      "spasticity-primer/typical-dose", "august-overview/how-should-i-take-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "tizanadine vs baclofen", .misspelling,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "liorisal", .misspelling,
    ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "bacloffen overdoes", .misspelling,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "intrathecle pump", .misspelling,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "is baclofen addictve", .misspelling,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
      "ria-aud/pros-and-cons", "cabin-dependence/final-thoughts",
    ]),
  JudgedQuery(
    "baclofen kidny disease", .misspelling,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
      "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "can i take baclofen when pregnent", .misspelling,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "misssed dose what do i do", .misspelling,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "spastisity treatment", .misspelling,
    [
      "august-overview/what-is-baclofen-used-for", "august-overview/introduction",
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery(
    "baclofen for hicups", .misspelling, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "can i drive on baclofin", .misspelling,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "baclo fen how does it work", .misspelling,
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language", "cabin-dependence/what-is-baclofen",
      "august-overview/what-is-baclofen", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "gabab receptors", .misspelling,
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language", "cabin-dependence/what-is-baclofen",
      "august-overview/what-is-baclofen", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "baclofen liver cirosis", .misspelling,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "cocain addiction baclofen", .misspelling,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "dizzyness on baclofen", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
    ]),
  JudgedQuery(
    "baclofen taper scedule", .misspelling,
    [
      "august-overview/stopping-baclofen", "august-overview/how-long-should-i-take-baclofen-for",
      "spasticity-primer/major-caution", "ria-aud/pros-and-cons",
      "cabin-dependence/treatment-approaches",
    ]),
  JudgedQuery(
    "alcohol use disoder baclofen evidence", .misspelling,
    [
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
      "spasticity-primer/off-label-uses-you-might-hear-about", "oxford-addiction/summary",
      "ria-aud/what-is-baclofen", "ria-aud/in-summary",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "gablofin", .misspelling,
    ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "halucinations on baclofen", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "drowzy all day on bacolfen", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),

]
