/// The third set, written on 1 December 2026 from the five cleaned articles in
/// `Content/articles/` alone: every query and its answering sections were judged by reading the
/// sections, before any of it was run, by someone who had not seen how search ranks nor the other
/// sets' queries (they glimpsed the shared section groups `Answers` and wrote every list from
/// their own reading instead). Held back until its figures were
/// reported (MRR@10 0.835 before and 0.881 after one round of work it never took part in);
/// looked at query by query since, so it counts as tuning data. Nothing in it changed after
/// its figures were first seen. In three files for size: keywords and questions here,
/// everyday words and misspellings in `JudgedQueriesThirdWording.swift`, relatives' and
/// uncovered questions in `JudgedQueriesThirdPeople.swift`.
let thirdQueries = thirdTopicQueries + thirdWordingQueries + thirdPeopleQueries

/// Keywords and questions of the third set.
let thirdTopicQueries: [JudgedQuery] = [
  // Keywords
  JudgedQuery(
    "muscle spasticity", .keyword,
    [
      "august-overview/what-is-baclofen-used-for", "august-overview/introduction",
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery(
    "withdrawal symptoms", .keyword,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "GABA-B receptors", .keyword,
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language", "cabin-dependence/what-is-baclofen",
      "august-overview/what-is-baclofen", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "intrathecal pump", .keyword,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "tizanidine", .keyword,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "Lioresal", .keyword, ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "kidney disease", .keyword,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
      "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "liver cirrhosis", .keyword,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "overdose", .keyword,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "missed dose", .keyword,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "tapering schedule", .keyword,
    [
      "august-overview/stopping-baclofen", "august-overview/how-long-should-i-take-baclofen-for",
      "spasticity-primer/major-caution", "ria-aud/pros-and-cons",
      "cabin-dependence/treatment-approaches",
    ]),
  JudgedQuery(
    "alcohol cravings", .keyword,
    [
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "spasticity-primer/off-label-uses-you-might-hear-about",
      "oxford-addiction/alcohol-use-disorders", "ria-aud/how-does-baclofen-work",
      "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "placebo-controlled study", .keyword,
    [
      "oxford-addiction/alcohol-use-disorders", "oxford-addiction/addiction-to-stimulants",
      "ria-aud/baclofen-for-patients-with-liver-disease",
    ]),
  JudgedQuery(
    "cocaine addiction", .keyword,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons", "oxford-addiction/introduction",
    ]),
  JudgedQuery("hiccups", .keyword, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery("breastfeeding", .keyword, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "drowsiness", .keyword,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "physical dependence", .keyword,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/introduction", "cabin-dependence/final-thoughts",
    ]),
  JudgedQuery(
    "euphoria", .keyword,
    [
      "cabin-dependence/does-baclofen-make-you-high", "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "botulinum toxin injections", .keyword,
    ["august-overview/baclofen-alternatives", "spasticity-primer/in-short"]),
  JudgedQuery("seizure threshold", .keyword, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery("rebound spasticity", .keyword, ["spasticity-primer/major-caution"]),
  JudgedQuery("frequent urination", .keyword, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "off-label use", .keyword,
    [
      "august-overview/what-is-baclofen-used-for",
      "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/what-is-baclofen",
      "spasticity-primer/introduction",
    ]),
  JudgedQuery("medical detox", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery("orally disintegrating tablet", .keyword, ["august-overview/baclofen-brand-names"]),
  JudgedQuery("Olivier Ameisen", .keyword, ["ria-aud/what-is-baclofen"]),
  JudgedQuery("diazepam", .keyword, ["august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "multiple sclerosis spasms", .keyword,
    [
      "august-overview/what-is-baclofen-used-for", "august-overview/introduction",
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/what-is-baclofen", "cabin-dependence/what-is-baclofen",
      "ria-aud/introduction", "oxford-addiction/introduction",
      "august-overview/how-long-should-i-take-baclofen-for",
    ]),
  JudgedQuery(
    "outpatient rehab programme", .keyword,
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
    ]),

  // Questions
  JudgedQuery(
    "What is baclofen used for?", .question,
    [
      "august-overview/what-is-baclofen-used-for", "august-overview/introduction",
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "cabin-dependence/what-is-baclofen", "oxford-addiction/introduction", "ria-aud/introduction",
      "august-overview/what-is-baclofen",
    ]),
  JudgedQuery(
    "How does baclofen work in the body?", .question,
    [
      "august-overview/how-does-baclofen-work", "ria-aud/how-does-baclofen-work",
      "spasticity-primer/mechanism-in-plain-language", "cabin-dependence/what-is-baclofen",
      "august-overview/what-is-baclofen", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "What are the side effects of baclofen?", .question,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects",
    ]),
  JudgedQuery(
    "Is baclofen addictive?", .question,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
      "ria-aud/pros-and-cons", "cabin-dependence/final-thoughts",
    ]),
  JudgedQuery(
    "Can you get high on baclofen?", .question,
    [
      "cabin-dependence/does-baclofen-make-you-high",
      "cabin-dependence/can-you-get-high-on-baclofen", "cabin-dependence/can-baclofen-be-abused",
    ]),
  JudgedQuery(
    "How long does it take for baclofen to start working?", .question,
    ["august-overview/how-does-baclofen-work", "cabin-dependence/what-is-baclofen"]),
  JudgedQuery(
    "Can I drive while taking baclofen?", .question,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "What happens if I stop taking baclofen suddenly?", .question,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "What should I do if I miss a dose of baclofen?", .question,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "Is baclofen safe if I have kidney disease?", .question,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
      "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "Can baclofen help me stop drinking?", .question,
    [
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "ria-aud/how-does-baclofen-work", "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "oxford-addiction/alcohol-use-disorders",
      "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/in-summary",
      "oxford-addiction/summary",
    ]),
  JudgedQuery(
    "Does the research show that baclofen works for alcoholism?", .question,
    [
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
      "spasticity-primer/off-label-uses-you-might-hear-about", "oxford-addiction/summary",
      "ria-aud/what-is-baclofen", "ria-aud/in-summary",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "Is baclofen FDA approved for alcohol use disorder?", .question,
    [
      "ria-aud/what-is-baclofen", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
    ]),
  JudgedQuery(
    "Why is baclofen used for drinkers with liver disease?", .question,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "Should I take baclofen with food?", .question, ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "What is the maximum dose of baclofen per day?", .question,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "Is baclofen better than tizanidine?", .question,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "What other medicines can I take instead of baclofen?", .question,
    [
      "august-overview/baclofen-alternatives", "august-overview/is-baclofen-better-than-tizanidine",
      "spasticity-primer/in-short",
    ]),
  JudgedQuery(
    "How long will I need to take baclofen?", .question,
    ["august-overview/how-long-should-i-take-baclofen-for"]),
  JudgedQuery(
    "Can baclofen be taken during pregnancy?", .question,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "What is a baclofen pump and who needs one?", .question,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "Can baclofen treat cocaine addiction?", .question,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons", "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "Does baclofen help with opioid withdrawal?", .question,
    ["oxford-addiction/opiate-abuse-treatment", "oxford-addiction/introduction"]),
  JudgedQuery(
    "Is it dangerous to mix baclofen with alcohol?", .question,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "What are the signs of a baclofen overdose?", .question,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "When should I call a doctor about baclofen?", .question,
    [
      "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "Who is most at risk of misusing baclofen?", .question,
    [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/can-baclofen-be-abused",
    ]),
  JudgedQuery(
    "What treatment is there for baclofen addiction?", .question,
    [
      "cabin-dependence/baclofen-addiction-treatment-options",
      "cabin-dependence/treatment-approaches", "cabin-dependence/long-term-recovery",
      "cabin-dependence/recognising-the-need-for-help",
    ]),
  JudgedQuery(
    "Why do I have to take baclofen three times a day?", .question,
    [
      "ria-aud/pros-and-cons", "august-overview/how-should-i-take-baclofen",
      "august-overview/is-baclofen-better-than-tizanidine", "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "Is generic baclofen as good as the brand name?", .question,
    ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "What is the difference between GABA-A and GABA-B receptors?", .question,
    ["cabin-dependence/what-is-baclofen"]),
  JudgedQuery(
    "Can older people take baclofen safely?", .question,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "Why might baclofen not work for my drinking?", .question,
    [
      "oxford-addiction/alcohol-use-disorders", "oxford-addiction/summary",
      "cabin-dependence/balancing-benefits-and-risks", "ria-aud/pros-and-cons",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "Who should not take baclofen?", .question,
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if",
      "august-overview/kidney-disease", "spasticity-primer/other-safety-points",
    ]),
  JudgedQuery(
    "Can baclofen cause depression or mood changes?", .question,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen",
    ]),

]
