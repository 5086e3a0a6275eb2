/// Relatives' questions and questions the articles do not answer, of the third set (see
/// `thirdQueries`).
let thirdPeopleQueries: [JudgedQuery] = [
  // Relatives
  JudgedQuery(
    "my dad on baclofen seems confused", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/when-to-call-a-doctor", "august-overview/who-should-not-take-baclofen",
      "august-overview/overdose", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "can my daughter take it while pregnant", .relative,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "my mum is 82, is baclofen safe for her", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my husband drinks beer with his baclofen", .relative,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-baclofen-be-abused", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "my son stopped his baclofen suddenly", .relative,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/treatment-approaches",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "my wife took too many baclofen tablets", .relative,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/avoid-misuse",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "my brother is taking more baclofen than he was prescribed", .relative,
    [
      "cabin-dependence/avoid-misuse", "cabin-dependence/follow-prescriptions",
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/behavioural-symptoms-of-misuse",
    ]),
  JudgedQuery(
    "my teenager has been taking my baclofen", .relative,
    ["cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "my partner wants to try baclofen to stop drinking", .relative,
    [
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "ria-aud/how-does-baclofen-work", "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
      "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "oxford-addiction/alcohol-use-disorders",
      "spasticity-primer/off-label-uses-you-might-hear-about", "ria-aud/in-summary",
      "oxford-addiction/summary",
    ]),
  JudgedQuery(
    "my husband has cirrhosis, could baclofen help with his drinking", .relative,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if", "ria-aud/introduction",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "my child has cerebral palsy, what does baclofen do for him", .relative,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "cabin-dependence/what-is-baclofen", "august-overview/introduction",
      "spasticity-primer/mechanism-in-plain-language", "august-overview/how-does-baclofen-work",
    ]),
  JudgedQuery(
    "my mother's MS doctor has suggested a baclofen pump", .relative,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "how do I know if my friend is addicted to baclofen", .relative,
    [
      "cabin-dependence/behavioural-symptoms-of-misuse",
      "cabin-dependence/recognising-the-need-for-help", "cabin-dependence/introduction",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/risks-and-symptoms-of-baclofen-misuse",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "my sister acts high on her baclofen", .relative,
    [
      "cabin-dependence/does-baclofen-make-you-high",
      "cabin-dependence/can-you-get-high-on-baclofen", "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/behavioural-symptoms-of-misuse",
    ]),
  JudgedQuery(
    "my dad keeps forgetting his baclofen doses", .relative,
    [
      "august-overview/missed-dose", "spasticity-primer/when-to-call-a-doctor",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "my grandmother is very sleepy since starting baclofen", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/driving",
      "cabin-dependence/balancing-benefits-and-risks",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "my son is unconscious after taking baclofen", .relative,
    ["august-overview/overdose", "cabin-dependence/physical-risks"]),
  JudgedQuery(
    "my wife has kidney problems, can she take baclofen", .relative,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
      "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "my wife is breastfeeding, is baclofen ok for the baby", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my dad wants to drive after starting baclofen", .relative,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "my brother uses cocaine and drinks, would baclofen help him", .relative,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons", "oxford-addiction/introduction", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "my friend is seeing things since she stopped baclofen", .relative,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/is-baclofen-addictive",
      "august-overview/how-long-should-i-take-baclofen-for",
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery(
    "does my mum need rehab to come off baclofen", .relative,
    [
      "cabin-dependence/baclofen-addiction-treatment-options",
      "cabin-dependence/treatment-approaches", "cabin-dependence/long-term-recovery",
      "cabin-dependence/recognising-the-need-for-help",
    ]),
  JudgedQuery(
    "my partner's legs have gone weak on baclofen", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "my son has a fever and his spasms are suddenly worse", .relative,
    ["spasticity-primer/when-to-call-a-doctor", "spasticity-primer/major-caution"]),
  JudgedQuery(
    "should my dad switch from baclofen to tizanidine", .relative,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "my wife's baclofen is making her depressed", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "my husband has epilepsy, is baclofen risky for him", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "is my uncle's baclofen dose too high", .relative,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "my daughter has hiccups that won't stop, would baclofen help", .relative,
    ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "my father is recovering from heroin, can baclofen help", .relative,
    ["oxford-addiction/opiate-abuse-treatment", "oxford-addiction/introduction"]),
  JudgedQuery(
    "my mum takes baclofen with her sleeping tablets", .relative,
    [
      "cabin-dependence/avoid-misuse", "spasticity-primer/other-safety-points",
      "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "my son's pharmacy gave him generic baclofen instead of Lioresal", .relative,
    ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "my sister can't swallow tablets, is there another form of baclofen", .relative,
    [
      "august-overview/baclofen-brand-names", "oxford-addiction/introduction",
      "spasticity-primer/used-most-often-for",
    ]),
  JudgedQuery(
    "how can I support my husband while he comes off baclofen", .relative,
    [
      "cabin-dependence/long-term-recovery", "cabin-dependence/treatment-approaches",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/behavioural-symptoms-of-misuse", "august-overview/stopping-baclofen",
      "spasticity-primer/major-caution", "cabin-dependence/baclofen-addiction-treatment-options",
    ]),
  JudgedQuery(
    "my dad has been on baclofen for years, will he always need it", .relative,
    ["august-overview/how-long-should-i-take-baclofen-for"]),
  JudgedQuery(
    "where should I keep my son's baclofen at home", .relative, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "my girlfriend takes baclofen to calm her anxiety", .relative,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/can-you-get-high-on-baclofen", "ria-aud/pros-and-cons",
      "cabin-dependence/treatment-approaches",
    ]),
  JudgedQuery(
    "my mother's breathing is slow after her tablets", .relative,
    [
      "august-overview/overdose", "spasticity-primer/when-to-call-a-doctor",
      "spasticity-primer/other-safety-points", "cabin-dependence/physical-risks",
      "cabin-dependence/avoid-misuse", "august-overview/what-are-the-side-effects-of-baclofen",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "my husband works on a building site, is baclofen a good idea for him", .relative,
    ["ria-aud/baclofen-may-not-be-best-if", "ria-aud/pros-and-cons"]),

  // Uncovered
  JudgedQuery(uncovered: "can I take baclofen with ibuprofen"),
  JudgedQuery(uncovered: "baclofen and gabapentin together"),
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "baclofen hair loss"),
  JudgedQuery(uncovered: "can my dog have baclofen"),
  JudgedQuery(uncovered: "will baclofen show up on a drug test"),
  JudgedQuery(uncovered: "should baclofen be stored in the fridge"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "baclofen vs cyclobenzaprine"),
  JudgedQuery(uncovered: "can I take baclofen with sertraline"),
  JudgedQuery(uncovered: "baclofen and naltrexone at the same time"),
  JudgedQuery(uncovered: "blurred vision on baclofen"),
  JudgedQuery(uncovered: "who manufactures Lioresal"),
  JudgedQuery(uncovered: "baclofen dose for a 6 year old with cerebral palsy"),
  JudgedQuery(uncovered: "can I drink grapefruit juice with baclofen"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "do I need to stop baclofen before surgery"),
  JudgedQuery(uncovered: "can't pee since starting baclofen"),
  JudgedQuery(uncovered: "ringing in my ears on baclofen"),
  JudgedQuery(uncovered: "is baclofen safe if I have diabetes"),
  JudgedQuery(uncovered: "baclofen for restless legs"),
  JudgedQuery(uncovered: "taking baclofen with paracetamol"),
  JudgedQuery(uncovered: "what colour is a 10mg baclofen tablet"),
  JudgedQuery(uncovered: "flying abroad with baclofen in hand luggage"),
  JudgedQuery(uncovered: "baclofen and erectile dysfunction"),
  JudgedQuery(uncovered: "does baclofen interact with blood pressure tablets"),
  JudgedQuery(uncovered: "is it safe to have an MRI scan with a baclofen pump"),
  JudgedQuery(uncovered: "are expired baclofen tablets still ok to take"),
  JudgedQuery(uncovered: "is it ok to drink coffee on baclofen"),
  JudgedQuery(uncovered: "baclofen for acid reflux"),
]
