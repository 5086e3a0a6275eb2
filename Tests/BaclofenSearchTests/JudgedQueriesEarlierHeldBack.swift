/// The earlier held-back half of the judged set, since seen: written from the articles in one
/// go before any of it was run, then looked at query by query, so it is tuning data now like
/// `tuningQueries`. Its figures no longer estimate how search does on unseen questions.
let earlierHeldBackQueries: [JudgedQuery] = [
  // Keywords
  JudgedQuery("headache", .keyword, Answers.sideEffects),
  JudgedQuery("constipation", .keyword, Answers.sideEffects),
  JudgedQuery("insomnia", .keyword, Answers.sideEffects + ["ria-aud/pros-and-cons"]),
  JudgedQuery("hallucinations", .keyword, Answers.hallucinations),
  JudgedQuery(
    "tremors", .keyword,
    Answers.withdrawal + ["ria-aud/evidence-for-baclofen-as-a-treatment-for-aud"]),
  JudgedQuery("gabapentin", .keyword, ["ria-aud/pros-and-cons"]),
  JudgedQuery("acamprosate", .keyword, ["ria-aud/pros-and-cons"]),
  JudgedQuery("antabuse", .keyword, ["oxford-addiction/alcohol-use-disorders"]),
  JudgedQuery(
    "botulinum toxin", .keyword,
    ["august-overview/baclofen-alternatives", "spasticity-primer/in-short"]),
  JudgedQuery(
    "physical therapy", .keyword,
    ["august-overview/baclofen-alternatives", "spasticity-primer/in-short"]),
  JudgedQuery("diazepam", .keyword, ["august-overview/baclofen-alternatives"]),
  JudgedQuery("gablofen", .keyword, Answers.brands),
  JudgedQuery(
    "placebo", .keyword,
    [
      "oxford-addiction/alcohol-use-disorders", "oxford-addiction/addiction-to-stimulants",
      "ria-aud/baclofen-for-patients-with-liver-disease",
    ]),
  JudgedQuery("Cochrane review", .keyword, ["oxford-addiction/alcohol-use-disorders"]),
  JudgedQuery("Ameisen", .keyword, ["ria-aud/what-is-baclofen"]),
  JudgedQuery("cerebral palsy", .keyword, Answers.uses),
  JudgedQuery("spinal cord injury", .keyword, Answers.uses),
  JudgedQuery("detox", .keyword, ["cabin-dependence/treatment-approaches"]),
  JudgedQuery(
    "support groups", .keyword,
    ["cabin-dependence/treatment-approaches", "cabin-dependence/long-term-recovery"]),
  JudgedQuery("GABA-B receptors", .keyword, Answers.howItWorks),
  JudgedQuery("poison control", .keyword, ["august-overview/overdose"]),
  JudgedQuery("hepatitis", .keyword, Answers.liver),
  // Questions
  JudgedQuery(
    "how long does it take to work", .question,
    ["august-overview/how-does-baclofen-work", "cabin-dependence/what-is-baclofen"]),
  JudgedQuery("can I take it with food", .question, ["august-overview/how-should-i-take-baclofen"]),
  JudgedQuery(
    "how many times a day should I take it", .question,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "august-overview/is-baclofen-better-than-tizanidine",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery("what is the maximum daily dose", .question, Answers.dose),
  JudgedQuery("what is the starting dose", .question, Answers.dose),
  JudgedQuery(
    "is baclofen a controlled substance", .question, ["cabin-dependence/is-baclofen-addictive"]),
  JudgedQuery("can I stop taking baclofen", .question, Answers.stopping),
  JudgedQuery("what happens if I stop suddenly", .question, Answers.withdrawal),
  JudgedQuery(
    "how long will I need to take it", .question,
    ["august-overview/how-long-should-i-take-baclofen-for"]),
  JudgedQuery("is it safe with kidney disease", .question, Answers.kidney),
  JudgedQuery("does baclofen help with alcohol cravings", .question, Answers.alcoholTreatment),
  JudgedQuery("does it work for cocaine addiction", .question, Answers.stimulants),
  JudgedQuery(
    "can it treat opiate addiction", .question, ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "is the generic as good as the brand", .question, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "which is better baclofen or tizanidine", .question,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery("who is at risk of abusing baclofen", .question, Answers.whoAtRisk),
  JudgedQuery("what should I do if I take too much", .question, Answers.overdose),
  JudgedQuery("is baclofen FDA approved for alcoholism", .question, Answers.alcoholEvidence),
  JudgedQuery("what are the withdrawal symptoms", .question, Answers.withdrawal),
  JudgedQuery("how do I store it safely", .question, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery("can I share my prescription", .question, ["cabin-dependence/avoid-misuse"]),
  JudgedQuery("when was baclofen invented", .question, Answers.history),
  // Everyday words
  JudgedQuery("throwing up", .everyday, Answers.sideEffects + ["august-overview/overdose"]),
  JudgedQuery("feeling sick", .everyday, Answers.sideEffects),
  JudgedQuery("can't poop", .everyday, Answers.sideEffects),
  JudgedQuery("peeing a lot", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("blood in my pee", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery("feeling spaced out", .everyday, ["cabin-dependence/does-baclofen-make-you-high"]),
  JudgedQuery("tired all the time", .everyday, Answers.sideEffects),
  JudgedQuery(
    "wobbly and unsteady", .everyday,
    ["august-overview/driving"] + Answers.sideEffects + Answers.olderPeople),
  JudgedQuery(
    "passing out", .everyday,
    [
      "ria-aud/side-effects-of-baclofen", "cabin-dependence/physical-risks",
      "august-overview/overdose",
    ]),
  JudgedQuery("heart racing", .everyday, Answers.seriousEffects),
  JudgedQuery(
    "feeling down", .everyday,
    Answers.seriousEffects + ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "mood swings", .everyday,
    Answers.seriousEffects + ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "shaking", .everyday,
    Answers.withdrawal + ["cabin-dependence/baclofen-for-alcohol-use-disorder"]),
  JudgedQuery("muscle relaxer and beer", .everyday, Answers.mixingAlcohol),
  JudgedQuery("pain pills and baclofen", .everyday, Answers.mixingDrugs),
  JudgedQuery("sleeping pills with baclofen", .everyday, Answers.mixingDrugs),
  JudgedQuery("cutting down slowly", .everyday, Answers.withdrawal),
  JudgedQuery("took two doses by mistake", .everyday, Answers.overdose + Answers.missedDose),
  JudgedQuery("nursing", .everyday, Answers.pregnancy),
  JudgedQuery("trying for a baby", .everyday, Answers.pregnancy),
  JudgedQuery("slurring words", .everyday, ["ria-aud/side-effects-of-baclofen"]),
  // Misspellings
  JudgedQuery("baclophen side efects", .misspelling, Answers.sideEffects),
  JudgedQuery("withdrawl symptons", .misspelling, Answers.withdrawal),
  JudgedQuery("halucinations", .misspelling, Answers.hallucinations),
  JudgedQuery("constipaton", .misspelling, Answers.sideEffects),
  JudgedQuery("insomina", .misspelling, Answers.sideEffects + ["ria-aud/pros-and-cons"]),
  JudgedQuery("kidny disease", .misspelling, Answers.kidney),
  JudgedQuery("pregancy", .misspelling, Answers.pregnancy),
  JudgedQuery("brest feeding", .misspelling, Answers.pregnancy),
  JudgedQuery("alcahol", .misspelling, Answers.alcoholTreatment + Answers.mixingAlcohol),
  JudgedQuery("overdoze", .misspelling, Answers.overdose),
  JudgedQuery("adictive", .misspelling, Answers.addictive),
  JudgedQuery("naltrexon", .misspelling, ["ria-aud/baclofen-may-be-helpful-if"]),
  JudgedQuery(
    "tizanadine vs baclofen", .misspelling,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery("lioresel", .misspelling, Answers.brands),
  JudgedQuery("drowsyness", .misspelling, Answers.sideEffects + ["august-overview/driving"]),
  JudgedQuery("cerebal palsy", .misspelling, Answers.uses),
  // Relatives' and carers' questions
  JudgedQuery(
    "my mother is confused since starting baclofen", .relative,
    Answers.olderPeople + Answers.seriousEffects),
  JudgedQuery("my dad keeps falling over", .relative, Answers.olderPeople),
  JudgedQuery(
    "my husband takes more pills than prescribed", .relative,
    Answers.misuseSigns + ["cabin-dependence/avoid-misuse"]),
  JudgedQuery("my son is abusing his baclofen", .relative, Answers.whoAtRisk + Answers.misuseSigns),
  JudgedQuery("my wife won't wake up after taking baclofen", .relative, Answers.overdose),
  JudgedQuery("my partner drinks while on baclofen", .relative, Answers.mixingAlcohol),
  JudgedQuery(
    "how can I help my daughter who is dependent on baclofen", .relative,
    Answers.addictionHelp + Answers.misuseSigns),
  JudgedQuery("my husband wants to stop his baclofen", .relative, Answers.stopping),
  JudgedQuery(
    "my child swallowed some of my tablets", .relative,
    ["august-overview/overdose", "cabin-dependence/avoid-misuse"]),
  JudgedQuery("my brother is seeing things that aren't there", .relative, Answers.hallucinations),
  JudgedQuery("my father's breathing is very slow", .relative, Answers.breathing),
  JudgedQuery("mum forgot her afternoon dose", .relative, Answers.missedDose),
  JudgedQuery("is it safe for my elderly mother", .relative, Answers.olderPeople),
  JudgedQuery("my son has cerebral palsy will baclofen help him", .relative, Answers.uses),
  JudgedQuery("my wife has cirrhosis and drinks", .relative, Answers.liver),
  JudgedQuery(
    "the person I care for is drowsy all day", .relative,
    Answers.sideEffects + [
      "cabin-dependence/monitor-and-communicate", "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "signs my teenager is misusing baclofen", .relative, Answers.whoAtRisk + Answers.misuseSigns),
  JudgedQuery("my grandad has kidney problems can he take it", .relative, Answers.kidney),
  // Questions the articles do not answer
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "can I take baclofen with ibuprofen"),
  JudgedQuery(uncovered: "will baclofen make my hair fall out"),
  JudgedQuery(uncovered: "is baclofen safe for my dog"),
  JudgedQuery(uncovered: "does baclofen show up on a drug test"),
  JudgedQuery(uncovered: "can I drink coffee on baclofen"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "what is the shelf life of baclofen tablets"),
  JudgedQuery(uncovered: "does baclofen affect my sex drive"),
  JudgedQuery(uncovered: "can I travel abroad with baclofen"),
  JudgedQuery(uncovered: "baclofen for migraine"),
  JudgedQuery(uncovered: "dry mouth"),
]
