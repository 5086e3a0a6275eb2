/// The fresh set, since seen: written on 1 December 2026 from the five cleaned articles in
/// `Content/articles/` alone, in one sitting and before any of it was run, by someone who had
/// not seen how search ranks anything nor the queries of the other judged sets; each query's
/// relevant sections were judged by reading the sections. Since 1 December 2026 its misses
/// have been looked at query by query, so it is tuning data now like `tuningQueries` and
/// `earlierHeldBackQueries`: its figures no longer estimate how search does on unseen
/// questions. No query or judgement in it was changed.
let freshQueries: [JudgedQuery] = [
  // Keywords
  JudgedQuery(
    "tizanidine", .keyword,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery("naltrexone", .keyword, ["ria-aud/baclofen-may-be-helpful-if"]),
  JudgedQuery(
    "cirrhosis", .keyword,
    ["ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons"]),
  JudgedQuery(
    "hepatitis c", .keyword,
    ["ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons"]),
  JudgedQuery("hiccups", .keyword, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery("intrathecal pump", .keyword, Answers.pump),
  JudgedQuery("lioresal", .keyword, Answers.brands),
  JudgedQuery("kemstro", .keyword, Answers.brands),
  JudgedQuery(
    "cerebral palsy", .keyword,
    [
      "spasticity-primer/used-most-often-for", "august-overview/what-is-baclofen-used-for",
      "august-overview/introduction", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery(
    "multiple sclerosis", .keyword,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "august-overview/introduction", "spasticity-primer/introduction",
      "cabin-dependence/what-is-baclofen", "ria-aud/introduction", "oxford-addiction/introduction",
      "august-overview/how-long-should-i-take-baclofen-for", "cabin-dependence/final-thoughts",
    ]),
  JudgedQuery("GABA-B receptors", .keyword, Answers.howItWorks),
  JudgedQuery("cocaine", .keyword, Answers.stimulants + ["oxford-addiction/introduction"]),
  JudgedQuery("heroin", .keyword, ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "seizures", .keyword,
    Answers.withdrawal + [
      "august-overview/who-should-not-take-baclofen",
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/when-to-call-a-doctor", "ria-aud/what-is-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery("poison control", .keyword, ["august-overview/overdose"]),
  JudgedQuery("pill organizer", .keyword, ["august-overview/missed-dose"]),
  JudgedQuery("stroke", .keyword, ["august-overview/what-is-baclofen-used-for"]),
  JudgedQuery("rebound spasticity", .keyword, ["spasticity-primer/major-caution"]),
  JudgedQuery("medical detox", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery("breast milk", .keyword, ["august-overview/who-should-not-take-baclofen"]),

  // Questions
  JudgedQuery(
    "how long does it take for baclofen to start working", .question,
    ["august-overview/how-does-baclofen-work", "cabin-dependence/what-is-baclofen"]),
  JudgedQuery(
    "can you take baclofen with food", .question, ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "what is the maximum dose of baclofen per day", .question,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "cabin-dependence/can-you-get-high-on-baclofen",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "is baclofen a controlled substance", .question, ["cabin-dependence/is-baclofen-addictive"]),
  JudgedQuery(
    "is baclofen approved by the fda for alcoholism", .question,
    [
      "ria-aud/what-is-baclofen", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "oxford-addiction/alcohol-use-disorders",
    ]),
  JudgedQuery(
    "what happens if you stop taking baclofen suddenly", .question, Answers.withdrawal),
  JudgedQuery("does baclofen work for cocaine addiction", .question, Answers.stimulants),
  JudgedQuery(
    "can baclofen help with opioid withdrawal", .question,
    ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery("what should i do if i miss a dose", .question, Answers.missedDose),
  JudgedQuery(
    "is generic baclofen as good as the brand", .question,
    ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "why do i have to take baclofen three times a day", .question,
    [
      "ria-aud/pros-and-cons", "august-overview/how-should-i-take-baclofen",
      "cabin-dependence/follow-prescriptions",
      "august-overview/is-baclofen-better-than-tizanidine",
    ]),
  JudgedQuery(
    "how does baclofen reduce alcohol cravings", .question,
    [
      "ria-aud/how-does-baclofen-work", "cabin-dependence/baclofen-for-alcohol-use-disorder",
      "ria-aud/introduction", "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "who should not take baclofen", .question,
    [
      "august-overview/who-should-not-take-baclofen", "ria-aud/baclofen-may-not-be-best-if",
      "spasticity-primer/other-safety-points", "august-overview/kidney-disease",
    ]),
  JudgedQuery("what are the signs of a baclofen overdose", .question, Answers.overdose),
  JudgedQuery(
    "does the research show baclofen works for alcohol use disorder", .question,
    Answers.alcoholEvidence + [
      "ria-aud/in-summary", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-for-patients-with-liver-disease",
    ]),
  JudgedQuery(
    "how do you taper off baclofen", .question,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/treatment-approaches", "cabin-dependence/follow-prescriptions",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "can baclofen be used for chronic pain", .question,
    [
      "august-overview/what-is-baclofen-used-for", "oxford-addiction/introduction",
      "ria-aud/introduction",
    ]),
  JudgedQuery("what is baclofen used for", .question, Answers.uses),
  JudgedQuery(
    "how is baclofen different from benzodiazepines", .question,
    [
      "cabin-dependence/what-is-baclofen", "cabin-dependence/is-baclofen-addictive",
      "cabin-dependence/does-baclofen-make-you-high", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "is it safe to take baclofen if i have liver disease", .question,
    Answers.liver + ["august-overview/what-are-the-side-effects-of-baclofen"]),

  // Everyday words
  JudgedQuery(
    "feel sleepy all the time on muscle relaxer", .everyday,
    Answers.sideEffects + [
      "cabin-dependence/balancing-benefits-and-risks", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery("keep needing the loo to wee", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "tummy ache after my tablets", .everyday,
    [
      "august-overview/how-should-i-take-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/what-are-the-side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "cant poo since starting", .everyday,
    ["ria-aud/side-effects-of-baclofen", "august-overview/what-are-the-side-effects-of-baclofen"]),
  JudgedQuery("room spinning when i stand up", .everyday, Answers.sideEffects),
  JudgedQuery(
    "legs feel like jelly", .everyday,
    Answers.sideEffects + ["cabin-dependence/monitor-and-communicate"]),
  JudgedQuery("took too many pills by accident", .everyday, Answers.overdose),
  JudgedQuery("forgot my tablet this morning", .everyday, Answers.missedDose),
  JudgedQuery("going cold turkey off it", .everyday, Answers.withdrawal),
  JudgedQuery("can i have a beer with it", .everyday, Answers.mixingAlcohol),
  JudgedQuery("safe to drive a car on this", .everyday, Answers.driving),
  JudgedQuery(
    "heart racing", .everyday,
    ["ria-aud/side-effects-of-baclofen", "august-overview/what-are-the-side-effects-of-baclofen"]),
  JudgedQuery("seeing things that arent there", .everyday, Answers.hallucinations),
  JudgedQuery("pee looks dark", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("hard to swallow pills", .everyday, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "does it make you feel buzzed", .everyday, Answers.high),
  JudgedQuery("cheaper version of baclofen", .everyday, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "stiff tight legs from ms", .everyday,
    [
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/introduction", "august-overview/what-is-baclofen-used-for",
      "cabin-dependence/what-is-baclofen", "ria-aud/introduction",
      "spasticity-primer/mechanism-in-plain-language",
    ]),
  JudgedQuery("pregnant and taking it", .everyday, Answers.pregnancy),
  JudgedQuery(
    "how strong is it compared to other muscle relaxers", .everyday,
    [
      "august-overview/how-does-baclofen-work", "august-overview/baclofen-alternatives",
      "august-overview/is-baclofen-better-than-tizanidine",
    ]),

  // Misspellings
  JudgedQuery("baclophen side affects", .misspelling, Answers.sideEffects),
  JudgedQuery("bacofen withdrawl", .misspelling, Answers.withdrawal),
  JudgedQuery(
    "tizanadine vs baclofen", .misspelling,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery("baclofen pregnent", .misspelling, Answers.pregnancy),
  JudgedQuery(
    "baclofin alchohol", .misspelling, Answers.mixingAlcohol + Answers.alcoholTreatment),
  JudgedQuery("liorisal", .misspelling, Answers.brands),
  JudgedQuery("baclofen overdoes", .misspelling, Answers.overdose),
  JudgedQuery(
    "spasticty", .misspelling,
    [
      "spasticity-primer/introduction", "spasticity-primer/used-most-often-for",
      "august-overview/what-is-baclofen-used-for", "august-overview/what-is-baclofen",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
      "august-overview/how-does-baclofen-work", "ria-aud/what-is-baclofen",
    ]),
  JudgedQuery("baclofen dosege", .misspelling, Answers.dose),
  JudgedQuery("is baclofen adictive", .misspelling, Answers.addictive),
  JudgedQuery("hallucinatons", .misspelling, Answers.hallucinations),
  JudgedQuery("siezures when stopping baclofen", .misspelling, Answers.withdrawal),
  JudgedQuery("kidny disease baclofen", .misspelling, Answers.kidney),
  JudgedQuery(
    "drowsyness", .misspelling,
    Answers.sideEffects + Answers.driving + ["cabin-dependence/balancing-benefits-and-risks"]),
  JudgedQuery(
    "cirosis", .misspelling,
    ["ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons"]),

  // Relatives' and carers' questions
  JudgedQuery(
    "grandad muddled since his tablets were increased", .relative,
    [
      "august-overview/who-should-not-take-baclofen",
      "august-overview/what-are-the-side-effects-of-baclofen",
      "spasticity-primer/when-to-call-a-doctor", "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "my mum keeps falling over since starting baclofen", .relative,
    Answers.olderPeople + Answers.sideEffects),
  JudgedQuery(
    "my husband ran out of his baclofen what happens", .relative,
    Answers.withdrawal + ["spasticity-primer/when-to-call-a-doctor"]),
  JudgedQuery(
    "my son is taking more baclofen than prescribed", .relative,
    [
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/avoid-misuse", "cabin-dependence/follow-prescriptions",
      "august-overview/overdose", "cabin-dependence/behavioural-symptoms-of-misuse",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "found my teenager taking my baclofen", .relative,
    [
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "is it ok for my partner to have a few glasses of wine with baclofen", .relative,
    Answers.mixingAlcohol),
  JudgedQuery(
    "my brother drinks too much could baclofen help him", .relative, Answers.alcoholTreatment),
  JudgedQuery(
    "my daughter has cerebral palsy will baclofen help her stiffness", .relative,
    [
      "spasticity-primer/used-most-often-for", "august-overview/what-is-baclofen-used-for",
      "august-overview/introduction", "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery(
    "my father wont wake up properly and is breathing slowly after taking his pills", .relative,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "spasticity-primer/when-to-call-a-doctor", "cabin-dependence/balancing-benefits-and-risks",
      "cabin-dependence/avoid-misuse",
    ]),
  JudgedQuery(
    "how do i tell if my girlfriend is hooked on baclofen", .relative, Answers.misuseSigns),
  JudgedQuery("my mother has kidney problems is baclofen ok for her", .relative, Answers.kidney),
  JudgedQuery(
    "my wife is breastfeeding can she take baclofen", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my husband is a builder and was offered baclofen", .relative,
    ["ria-aud/baclofen-may-not-be-best-if", "ria-aud/pros-and-cons"]),
  JudgedQuery(
    "my son wants to stop his baclofen", .relative,
    Answers.withdrawal + ["cabin-dependence/monitor-and-communicate"]),
  JudgedQuery(
    "my dad has cirrhosis and drinks would baclofen be safer", .relative, Answers.liver),
  JudgedQuery(
    "grandma forgot her afternoon dose should she take two", .relative, Answers.missedDose),
  JudgedQuery(
    "my partner got a fever and stiff muscles after stopping baclofen", .relative,
    [
      "spasticity-primer/when-to-call-a-doctor", "spasticity-primer/major-caution",
      "august-overview/stopping-baclofen", "cabin-dependence/is-baclofen-addictive",
      "august-overview/how-long-should-i-take-baclofen-for",
    ]),
  JudgedQuery(
    "where can my friend get help for baclofen addiction", .relative, Answers.addictionHelp),
  JudgedQuery("my uncle says baclofen makes him high is that normal", .relative, Answers.high),
  JudgedQuery(
    "my mum is on diazepam too can she take baclofen with it", .relative,
    Answers.mixingDrugs + ["august-overview/baclofen-alternatives"]),

  // Topics the articles do not cover: the honest answer is "no direct answer"
  JudgedQuery(uncovered: "does baclofen make you put on weight"),
  JudgedQuery(uncovered: "baclofen hair falling out"),
  JudgedQuery(uncovered: "can i give baclofen to my dog"),
  JudgedQuery(uncovered: "baclofen grapefruit juice"),
  JudgedQuery(uncovered: "baclofen low sex drive"),
  JudgedQuery(uncovered: "will baclofen show on a drug test at work"),
  JudgedQuery(uncovered: "covid vaccine while on baclofen"),
  JudgedQuery(uncovered: "ringing in my ears since baclofen"),
  JudgedQuery(uncovered: "baclofen blood sugar diabetic"),
  JudgedQuery(uncovered: "how much coffee can i drink on baclofen"),
  JudgedQuery(uncovered: "what colour is a baclofen 10mg tablet"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "can i take baclofen on a plane abroad"),
  JudgedQuery(uncovered: "dry mouth on baclofen"),
  JudgedQuery(uncovered: "my son has glaucoma is baclofen safe for him"),
]
