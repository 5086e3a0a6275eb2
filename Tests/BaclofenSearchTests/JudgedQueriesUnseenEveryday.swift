/// Everyday wording of the unseen set (see `unseenQueries`).
let unseenEverydayQueries: [JudgedQuery] = [
  // Everyday
  JudgedQuery(
    "took double my tablets by mistake", .everyday,
    ["august-overview/overdose", "august-overview/missed-dose"]),
  JudgedQuery(
    "glass of wine on baclofen", .everyday,
    [
      "cabin-dependence/avoid-misuse", "spasticity-primer/other-safety-points",
      "cabin-dependence/can-baclofen-be-abused", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "feel like a zombie on my muscle pills", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "cant poo since starting baclofen", .everyday,
    ["august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("peeing a lot more than usual", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "tablet makes me feel sick to my stomach", .everyday,
    [
      "august-overview/how-should-i-take-baclofen",
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery("forgot my lunchtime pill", .everyday, ["august-overview/missed-dose"]),
  JudgedQuery(
    "want to come off it what do i do", .everyday,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/follow-prescriptions", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "ran out of tablets over the weekend", .everyday,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "spasticity-primer/when-to-call-a-doctor", "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "seeing things that arent there", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
    ]),
  JudgedQuery(
    "heart pounding after my dose", .everyday,
    ["ria-aud/side-effects-of-baclofen", "august-overview/what-are-the-side-effects-of-baclofen"]),
  JudgedQuery(
    "can't sleep at night since the new pills", .everyday,
    ["august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "legs feel like jelly", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "room spinning when i stand up", .everyday,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "is it safe to get behind the wheel", .everyday,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "will it stop me wanting a drink", .everyday,
    [
      "cabin-dependence/baclofen-for-alcohol-use-disorder", "ria-aud/how-does-baclofen-work",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
      "ria-aud/how-do-you-take-baclofen-for-alcohol-use-disorder",
    ]),
  JudgedQuery(
    "my liver is shot from drinking can i still have it", .everyday,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if",
    ]),
  JudgedQuery(
    "dodgy kidneys", .everyday,
    [
      "august-overview/kidney-disease", "spasticity-primer/other-safety-points",
      "august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if",
    ]),
  JudgedQuery(
    "having a baby while on muscle relaxer", .everyday,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "feeding my baby myself on baclofen", .everyday,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "need more and more to feel it working", .everyday,
    ["cabin-dependence/can-baclofen-be-abused", "cabin-dependence/is-baclofen-addictive"]),
  JudgedQuery(
    "taking extra on bad days to calm down", .everyday,
    [
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "feel floaty and spaced out", .everyday, ["cabin-dependence/does-baclofen-make-you-high"]),
  JudgedQuery("mate gave me some of his pills", .everyday, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "where to keep pills away from the kids", .everyday, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "stiff legs from ms what helps", .everyday,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "august-overview/baclofen-alternatives", "spasticity-primer/introduction",
    ]),
  JudgedQuery(
    "tablet that melts on your tongue", .everyday, ["august-overview/baclofen-brand-names"]),
  JudgedQuery("trouble swallowing pills", .everyday, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "device under the skin that pumps the medicine into the spine", .everyday,
    [
      "spasticity-primer/used-most-often-for", "august-overview/baclofen-alternatives",
      "spasticity-primer/typical-dose",
    ]),
  JudgedQuery(
    "how does it calm the nerves", .everyday,
    [
      "august-overview/how-does-baclofen-work", "spasticity-primer/mechanism-in-plain-language",
      "cabin-dependence/what-is-baclofen", "august-overview/what-is-baclofen",
      "oxford-addiction/introduction",
    ]),
  JudgedQuery(
    "hiccups that won't go away", .everyday,
    ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "can't breathe properly after taking it", .everyday,
    [
      "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen", "august-overview/overdose",
    ]),
  JudgedQuery(
    "hot and stiff after missing pills", .everyday,
    ["spasticity-primer/when-to-call-a-doctor", "spasticity-primer/major-caution"]),
  JudgedQuery(
    "builder can i work on it", .everyday,
    ["ria-aud/baclofen-may-not-be-best-if", "ria-aud/pros-and-cons", "august-overview/driving"]),
  JudgedQuery("does it help with nerves and sleep", .everyday, ["ria-aud/pros-and-cons"]),
  JudgedQuery(
    "sleeping pills together with baclofen", .everyday,
    [
      "cabin-dependence/avoid-misuse", "spasticity-primer/other-safety-points",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "rehab for pill problem", .everyday,
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
      "cabin-dependence/long-term-recovery",
    ]),
  JudgedQuery(
    "staying clean long term after coming off it", .everyday,
    ["cabin-dependence/long-term-recovery", "cabin-dependence/treatment-approaches"]),
  JudgedQuery(
    "other drinking medicines didnt work for me", .everyday,
    ["ria-aud/in-summary", "oxford-addiction/alcohol-use-disorders"]),
  JudgedQuery("slurring my words", .everyday, ["ria-aud/side-effects-of-baclofen"]),
]
