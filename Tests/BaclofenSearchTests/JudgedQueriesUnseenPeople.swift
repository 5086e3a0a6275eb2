/// Misspellings, relatives' questions and uncovered questions of the unseen set.
let unseenPeopleQueries: [JudgedQuery] = [
  // Misspellings
  JudgedQuery(
    "baclophen side affects", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects",
    ]),
  JudgedQuery(
    "bacloffen withdrawl", .misspelling,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "20mg baclofen too much", .misspelling,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "cabin-dependence/follow-prescriptions",
    ]),
  JudgedQuery(
    "baclofen 5mg three times a day", .misspelling,
    [
      "august-overview/how-should-i-take-baclofen", "spasticity-primer/typical-dose",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
    ]),
  JudgedQuery(
    "liorisal", .misspelling,
    ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "tizanadine vs baclofen", .misspelling,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "intrathecle baclofen pump", .misspelling,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/typical-dose",
      "spasticity-primer/in-short", "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "baclofen and alchohol", .misspelling,
    [
      "cabin-dependence/avoid-misuse", "spasticity-primer/other-safety-points",
      "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/baclofen-for-alcohol-use-disorder", "ria-aud/introduction",
    ]),
  JudgedQuery(
    "baclofen pregnent", .misspelling,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "breast feeding on baclofin", .misspelling, ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "baclofen liver sirosis", .misspelling,
    ["ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons"]),
  JudgedQuery(
    "kidny disease baclofen dose", .misspelling,
    [
      "august-overview/kidney-disease", "spasticity-primer/other-safety-points",
      "august-overview/who-should-not-take-baclofen",
    ]),
  JudgedQuery(
    "baclofen over dose", .misspelling,
    [
      "august-overview/overdose", "cabin-dependence/physical-risks",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery("missed a dose of backlofen", .misspelling, ["august-overview/missed-dose"]),
  JudgedQuery(
    "is baclofen addicitve", .misspelling,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/introduction",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "halucinations baclofen", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
    ]),
  JudgedQuery(
    "siezures stopping baclofen", .misspelling,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "august-overview/how-long-should-i-take-baclofen-for",
      "cabin-dependence/is-baclofen-addictive",
    ]),
  JudgedQuery(
    "drowsyness on baclofen", .misspelling,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "multiple sclerosus spasticity", .misspelling,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "spasticity-primer/introduction",
    ]),
  JudgedQuery(
    "gablofin kemstro", .misspelling,
    ["august-overview/baclofen-brand-names", "oxford-addiction/introduction"]),
  JudgedQuery(
    "how dose baclofen work", .misspelling,
    [
      "august-overview/how-does-baclofen-work", "spasticity-primer/mechanism-in-plain-language",
      "cabin-dependence/what-is-baclofen",
    ]),
  JudgedQuery(
    "can i drive on bacolfen", .misspelling,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "hicups baclofen", .misspelling, ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "cocane addiction baclofen", .misspelling,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "baclofen taperring off slowley", .misspelling,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "ria-aud/pros-and-cons",
    ]),

  // Relatives
  JudgedQuery(
    "my husband started baclofen and is slurring his words", .relative,
    ["ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "grandma keeps falling since her new tablets", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my dad is 82 and gets confused on baclofen", .relative,
    [
      "august-overview/who-should-not-take-baclofen", "spasticity-primer/when-to-call-a-doctor",
      "august-overview/what-are-the-side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "my son took a whole strip of his baclofen", .relative,
    ["august-overview/overdose", "cabin-dependence/physical-risks"]),
  JudgedQuery(
    "my wife is unconscious and barely breathing after taking too many pills", .relative,
    ["august-overview/overdose", "cabin-dependence/physical-risks"]),
  JudgedQuery(
    "my mum stopped her baclofen cold turkey", .relative,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/is-baclofen-addictive", "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery(
    "my brother drinks on top of his baclofen", .relative,
    [
      "cabin-dependence/avoid-misuse", "cabin-dependence/can-baclofen-be-abused",
      "spasticity-primer/other-safety-points", "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "my teenager has been taking my baclofen", .relative,
    ["cabin-dependence/who-is-at-risk-for-baclofen-abuse", "cabin-dependence/avoid-misuse"]),
  JudgedQuery(
    "how do i help my partner who is hooked on baclofen", .relative,
    [
      "cabin-dependence/treatment-approaches",
      "cabin-dependence/baclofen-addiction-treatment-options",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
      "cabin-dependence/behavioural-symptoms-of-misuse", "cabin-dependence/long-term-recovery",
    ]),
  JudgedQuery(
    "my daughter has MS, what will baclofen do for her", .relative,
    [
      "august-overview/what-is-baclofen-used-for", "spasticity-primer/used-most-often-for",
      "spasticity-primer/mechanism-in-plain-language", "august-overview/introduction",
    ]),
  JudgedQuery(
    "our son has cerebral palsy and the doctor mentioned a pump", .relative,
    [
      "spasticity-primer/used-most-often-for", "spasticity-primer/in-short",
      "august-overview/baclofen-alternatives",
    ]),
  JudgedQuery(
    "my husband's doctor wants him on baclofen to stop drinking does it work", .relative,
    [
      "oxford-addiction/alcohol-use-disorders",
      "ria-aud/evidence-for-baclofen-as-a-treatment-for-aud",
      "spasticity-primer/off-label-uses-you-might-hear-about",
      "cabin-dependence/baclofen-for-alcohol-use-disorder", "ria-aud/in-summary",
      "oxford-addiction/summary",
    ]),
  JudgedQuery(
    "my father has cirrhosis and drinks, could baclofen help", .relative,
    [
      "ria-aud/baclofen-for-patients-with-liver-disease", "ria-aud/pros-and-cons",
      "ria-aud/baclofen-may-be-helpful-if",
    ]),
  JudgedQuery(
    "mum is on dialysis can she have baclofen", .relative,
    [
      "august-overview/kidney-disease", "august-overview/who-should-not-take-baclofen",
      "spasticity-primer/other-safety-points", "ria-aud/baclofen-may-not-be-best-if",
    ]),
  JudgedQuery(
    "my girlfriend is pregnant and takes baclofen", .relative,
    ["august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen"]),
  JudgedQuery(
    "my sister is breastfeeding and was prescribed baclofen", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my wife forgot her evening baclofen should she take two now", .relative,
    ["august-overview/missed-dose"]),
  JudgedQuery(
    "dad missed his pills and now has a fever and stiff muscles", .relative,
    ["spasticity-primer/when-to-call-a-doctor", "spasticity-primer/major-caution"]),
  JudgedQuery(
    "my husband is seeing things since he stopped his baclofen", .relative,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "spasticity-primer/when-to-call-a-doctor",
    ]),
  JudgedQuery(
    "is my wife safe to drive on her new muscle relaxant", .relative,
    ["august-overview/driving", "spasticity-primer/common-side-effects"]),
  JudgedQuery(
    "my friend says baclofen gets her high", .relative,
    [
      "cabin-dependence/does-baclofen-make-you-high",
      "cabin-dependence/can-you-get-high-on-baclofen",
    ]),
  JudgedQuery(
    "how do i know if my son is misusing his baclofen", .relative,
    [
      "cabin-dependence/behavioural-symptoms-of-misuse", "cabin-dependence/can-baclofen-be-abused",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
    ]),
  JudgedQuery(
    "my mother sleeps all day on baclofen", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
      "spasticity-primer/common-side-effects", "august-overview/who-should-not-take-baclofen",
      "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "my uncle takes baclofen with his oxycodone", .relative,
    [
      "spasticity-primer/other-safety-points", "cabin-dependence/avoid-misuse",
      "cabin-dependence/balancing-benefits-and-risks",
    ]),
  JudgedQuery(
    "my brother wants to use baclofen to get off heroin", .relative,
    ["oxford-addiction/opiate-abuse-treatment"]),
  JudgedQuery(
    "my son uses cocaine and drinks, would baclofen help him", .relative,
    [
      "oxford-addiction/addiction-to-stimulants", "ria-aud/baclofen-may-be-helpful-if",
      "ria-aud/pros-and-cons",
    ]),
  JudgedQuery(
    "husband has epilepsy, is baclofen safe for him", .relative,
    ["august-overview/who-should-not-take-baclofen"]),
  JudgedQuery(
    "my wife gets low and depressed since starting baclofen", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "how long will my dad need to take baclofen after his spinal injury", .relative,
    ["august-overview/how-long-should-i-take-baclofen-for"]),
  JudgedQuery(
    "my mum's chemist swapped her lioresal for a generic", .relative,
    ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "my grandad can't swallow tablets anymore", .relative, ["august-overview/baclofen-brand-names"]),
  JudgedQuery(
    "my partner has been on baclofen for years and wants to stop", .relative,
    [
      "august-overview/stopping-baclofen", "spasticity-primer/major-caution",
      "cabin-dependence/follow-prescriptions", "ria-aud/pros-and-cons",
      "august-overview/how-long-should-i-take-baclofen-for",
    ]),
  JudgedQuery(
    "my daughter has a stomach ache after her baclofen", .relative,
    [
      "august-overview/how-should-i-take-baclofen",
      "august-overview/what-are-the-side-effects-of-baclofen", "ria-aud/side-effects-of-baclofen",
    ]),
  JudgedQuery(
    "my dad's baclofen isn't working should he take more", .relative,
    [
      "cabin-dependence/avoid-misuse", "cabin-dependence/follow-prescriptions",
      "cabin-dependence/monitor-and-communicate",
    ]),
  JudgedQuery(
    "my husband's baclofen made his spasms worse suddenly", .relative,
    ["spasticity-primer/when-to-call-a-doctor"]),
  JudgedQuery(
    "my wife's doctor offered tizanidine instead, which is better", .relative,
    ["august-overview/is-baclofen-better-than-tizanidine", "august-overview/baclofen-alternatives"]),
  JudgedQuery(
    "mum has a chest pain and dark urine on baclofen", .relative,
    ["ria-aud/side-effects-of-baclofen", "august-overview/what-are-the-side-effects-of-baclofen"]),
  JudgedQuery(
    "my brother takes baclofen for anxiety and can't cope without it", .relative,
    [
      "cabin-dependence/is-baclofen-addictive", "cabin-dependence/monitor-and-communicate",
      "cabin-dependence/who-is-at-risk-for-baclofen-abuse",
    ]),
  JudgedQuery(
    "my mother's hiccups have lasted weeks, could baclofen help", .relative,
    ["spasticity-primer/off-label-uses-you-might-hear-about"]),
  JudgedQuery(
    "my husband has a swollen face and rash after baclofen", .relative,
    [
      "august-overview/what-are-the-side-effects-of-baclofen",
      "august-overview/who-should-not-take-baclofen",
    ]),

  // Uncovered
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "baclofen hair loss"),
  JudgedQuery(uncovered: "will baclofen show up on a drug test"),
  JudgedQuery(uncovered: "can I use baclofen tablets after the expiry date"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "is it ok to drink coffee with baclofen"),
  JudgedQuery(uncovered: "can baclofen lower my sex drive"),
  JudgedQuery(uncovered: "baclofen dose for dogs"),
  JudgedQuery(uncovered: "baclofen for migraine prevention"),
  JudgedQuery(uncovered: "does baclofen help tinnitus"),
  JudgedQuery(uncovered: "baclofen for acid reflux"),
  JudgedQuery(uncovered: "can baclofen help me quit smoking"),
  JudgedQuery(uncovered: "baclofen vs cyclobenzaprine"),
  JudgedQuery(uncovered: "is methocarbamol stronger than baclofen"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "is an MRI scan safe with a baclofen pump"),
  JudgedQuery(uncovered: "does baclofen raise blood sugar in diabetes"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "baclofen dry mouth"),
  JudgedQuery(uncovered: "do baclofen tablets contain lactose or gelatin"),
  JudgedQuery(uncovered: "can baclofen treat vertigo"),
  JudgedQuery(uncovered: "can baclofen cause nosebleeds"),
  JudgedQuery(uncovered: "can I take my baclofen on a plane abroad"),
  JudgedQuery(uncovered: "baclofen for gambling addiction"),
  JudgedQuery(uncovered: "baclofen for an overactive bladder"),
  JudgedQuery(uncovered: "can baclofen be given to cats"),
  JudgedQuery(uncovered: "baclofen for teeth grinding at night"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "does baclofen lower blood pressure"),
  JudgedQuery(uncovered: "my husband sweats a lot on baclofen in hot weather"),
]
