/// The unseen judged set: written on 1 December 2026 from the five cleaned articles alone, every
/// query and its answering sections judged by reading the sections, before any of it was run, by
/// someone who had not seen how search ranks nor the other judged sets. Held back until its
/// figures were reported (MRR@10 0.863 before and 0.892 after one round of work it never took
/// part in); looked at query by query since, so it counts as tuning data. Nothing in it changed
/// after its figures were first seen.
let unseenQueries = unseenTopicQueries + unseenEverydayQueries + unseenPeopleQueries

/// Keywords and questions of the unseen set.
let unseenTopicQueries: [JudgedQuery] = [
  // Keywords
  JudgedQuery(
    "tapering schedule", .keyword,
    [
      "august-overview/stopping-baclofen", "august-overview/how-long-should-i-take-baclofen-for",
      "spasticity-primer/major-caution", "ria-aud/pros-and-cons",
    ]),
  JudgedQuery("orally disintegrating tablet", .keyword, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "Lioresal", .keyword, ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "intrathecal pump", .keyword,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "GABA-B receptors", .keyword,
    [
      "august-overview/how-does-baclofen-work", "cabin-dependence/what-is-baclofen",
      "spasticity-primer/mechanism-in-plain-language", "ria-aud/how-does-baclofen-work",
    ]),
  JudgedQuery(
    "liver cirrhosis", .keyword,
    ["ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons"]),
  JudgedQuery(
    "kidney function", .keyword,
    [
      "august-overview/kidney-disease", "spasticity-primer/other-safety-points",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery("breast milk", .keyword, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "missed dose", .keyword,
    ["august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor"]),
  JudgedQuery(
    "overdose symptoms", .keyword,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "physical dependence", .keyword,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/introduction",
    ]),
  JudgedQuery(
    "euphoria", .keyword,
    ["cabin-dependence/does-baclofen-make-you-high", "cabin-dependence/can-baclofen-be-abused"]),
  JudgedQuery("medical detox", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery(
    "tizanidine", .keyword,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "botulinum toxin", .keyword,
    ["august-overview/baclofen-alternatives", "spasticity-primer/in-short"]),
  JudgedQuery(
    "persistent hiccups", .keyword, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "cocaine", .keyword,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery("heroin", .keyword, ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery("Olivier Ameisen", .keyword, ["ria-aud/what-is-baclofen"]),
  JudgedQuery(
    "placebo-controlled study", .keyword,
    ["oxford-addiction/alcohol-use-disorders", "oxford-addiction/addiction-to-stimulants"]),
  JudgedQuery("Cochrane Review", .keyword, ["oxford-addiction/alcohol-use-disorders"]),
  JudgedQuery(
    "alcohol cravings", .keyword,
    [
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/off-label-uses-you-might-hear-about",
    ]),
  JudgedQuery("rebound spasticity", .keyword, ["spasticity-primer/major-caution"]),
  JudgedQuery("seizure threshold", .keyword, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("older adults", .keyword, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("maintenance dose", .keyword, ["spasticity-primer/typical-dose"]),
  JudgedQuery("inpatient rehab", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery(
    "cerebral palsy", .keyword,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "cabin-dependence/what-is-baclofen", "august-overview/introduction",
    ]),
  JudgedQuery("frequent urination", .keyword, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("generic baclofen", .keyword, ["august-overview/baclofen-brand-names"]),

  // Questions
  JudgedQuery(
    "How long does it take for baclofen to start working?", .question,
    ["august-overview/how-does-baclofen-work", "cabin-dependence/what-is-baclofen"]),
  JudgedQuery(
    "Does baclofen have to be taken with food?", .question,
    ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "What happens if I stop taking baclofen suddenly?", .question,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "Is it ok to drink alcohol while taking baclofen?", .question,
    [
      "cabin-dependence/avoid-misuse", "spasticity-primer/other-safety-points",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "What should I do if I forget a dose of baclofen?", .question, ["august-overview/missed-dose"]),
  JudgedQuery(
    "Can I drive after taking baclofen?", .question,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "Is baclofen safe during pregnancy?", .question,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "Can I take baclofen while breastfeeding?", .question,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "Is baclofen addictive?", .question,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "Does baclofen actually work for alcoholism?", .question,
    [
      "oxford-addiction/alcohol-use-disorders",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/in-summary",
      "cabin-dependence/baclofen-for-alcohol-use-disorder", "oxford-addiction/summary",
    ]),
  JudgedQuery(
    "Is baclofen FDA approved for alcohol use disorder?", .question,
    [
      "oxford-addiction/alcohol-use-disorders", "ria-aud/what-is-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "Is baclofen safe if I have liver disease?", .question,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "Can people with kidney disease take baclofen?", .question,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
    ]),
  JudgedQuery(
    "What is the maximum daily dose of baclofen?", .question,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "What is the starting dose of baclofen?", .question,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "How long should I stay on baclofen?", .question,
    ["august-overview/how-long-should-i-take-baclofen-for"]),
  JudgedQuery(
    "Can you get high on baclofen?", .question,
    [
      "cabin-dependence/can-you-get-high-on-baclofen",
      "cabin-dependence/does-baclofen-make-you-high",
    ]),
  JudgedQuery(
    "Is baclofen better than tizanidine?", .question,
    ["august-overview/is-baclofen-better-than-tizanidine"]),
  JudgedQuery(
    "what are the alternatives to baclofen for spasticity", .question,
    [
      "august-overview/baclofen-alternatives", "spasticity-primer/in-short",
      "august-overview/is-baclofen-better-than-tizanidine",
    ]),
  JudgedQuery(
    "How does baclofen relax muscles?", .question,
    [
      "august-overview/how-does-baclofen-work", "spasticity-primer/mechanism-in-plain-language",
      "cabin-dependence/what-is-baclofen", "august-overview/what-is-baclofen",
    ]),
  JudgedQuery(
    "Who should not take baclofen?", .question,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if"]),
  JudgedQuery(
    "What are the common side effects of baclofen?", .question,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects",
    ]),
  JudgedQuery(
    "When should I call a doctor about baclofen side effects?", .question,
    [
      "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "What happens if you take too much baclofen?", .question,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/avoid-misuse",
    ]),
  JudgedQuery(
    "Does baclofen help with cocaine addiction?", .question,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if",
    ]),
  JudgedQuery(
    "Can baclofen help with opiate withdrawal?", .question,
    ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "Do I keep drinking when I start baclofen for alcohol?", .question,
    ["ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder"]),
  JudgedQuery(
    "How do I get off baclofen if I'm dependent on it?", .question,
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
      "cabin-dependence/long-term-recovery", "cabin-dependence/recognising-the-need-for-help",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "Who is most at risk of misusing baclofen?", .question,
    ["cabin-dependence/who-is-at-risk-for-baclofen-abuse"]),
  JudgedQuery(
    "Can baclofen be taken with opioids or benzodiazepines?", .question,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "How can I use baclofen safely?", .question,
    [
      "cabin-dependence/how-to-use-baclofen-safely", "cabin-dependence/follow-prescriptions",
      "cabin-dependence/avoid-misuse", "cabin-dependence/monitor-and-communicate",
      "cabin-dependence/final-thoughts",
    ]),
  JudgedQuery(
    "Why do I have to take baclofen three times a day?", .question,
    ["ria-aud/pros-and-cons", "august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "Does baclofen cause depression?", .question,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "Is baclofen a controlled substance?", .question, ["cabin-dependence/is-baclofen-addictive"]),
  JudgedQuery(
    "what was baclofen originally developed for", .question,
    [
      "ria-aud/what-is-baclofen", "spasticity-primer/background",
      "august-overview/what-is-baclofen",
    ]),

]
