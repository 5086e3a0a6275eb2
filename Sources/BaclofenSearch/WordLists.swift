import Foundation

/// Lowercase without diacritics, as the index's `unicode61 remove_diacritics 2` sees words.
enum Folding {
  static func fold<S: StringProtocol>(_ word: S) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return String(word).folding(options: [.diacriticInsensitive], locale: nil).lowercased()
  }
}

/// Words that carry no meaning in a patient's question: they may rank results but never
/// decide whether a section matches. Includes words found in nearly every section.
enum StopWords {
  static let words: Set<String> = [
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing",
    "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "my", "of", "on", "or",
    "our", "she", "should", "so", "some", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
    "baclofen", "baclofens", "take", "taking", "takes", "took", "use", "using", "used",
    "ok", "okay", "much", "many", "taken", "might", "between", "really", "need", "want", "tell",
    "know", "please",
    "needs", "needed", "wants", "wanted", "wanting", "tells", "told", "knows", "knew", "gets",
    "getting", "gotten", "become", "becomes", "became", "becoming",
    // What is left of contractions ("can't", "won't", "I'm") once the apostrophe splits them.
    "t", "s", "d", "ll", "ve", "re", "m", "don", "won", "isn", "aren", "doesn", "didn", "wasn",
    "weren", "haven", "hasn", "couldn", "shouldn", "wouldn", "cant", "cannot", "dont", "wont", "im",
    "ive",
    // Contractions typed without the apostrophe, and reflexive pronouns.
    "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "couldnt",
    "shouldnt", "wouldnt", "youre", "theyre", "hes", "shes", "myself", "yourself", "himself",
    "herself", "itself", "ourselves", "themselves",
    // Spoken forms typed as said: "am I gonna be ok", "I wanna stop".
    "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "ain",
  ]
  /// What is left after the apostrophe of "shouldn't", "she's", "I'd", "we'll", "I've".
  static let contractionEnds: Set<String> = ["t", "s", "d", "ll", "ve", "re", "m"]
}

/// Words that say little about what a question is about: filler, everyday verbs and the
/// people a relative asks for. They take part in matching, weigh little in the ranking, and a
/// query whose only matches are these gets "no direct answer".
enum WeakWords {
  static let words: Set<String> = [
    "right", "feel", "feels", "felt", "make", "makes", "making", "made", "lot", "lots", "over",
    "still", "ever", "even", "go", "goes", "going", "went", "gone", "keep", "keeps", "kept",
    "say", "says", "said", "think", "reckon", "reckons", "reckoned", "thing", "things", "way",
    "ways", "bit", "little", "very",
    "too", "more", "most", "less", "well", "good", "bad", "new", "time", "times", "day", "days",
    "week", "weeks", "one", "two", "now", "again", "other", "another", "same", "each", "every",
    "someone", "something", "anything", "person", "happen", "happens", "happened", "mean",
    "means", "try", "trying", "tried", "give", "gives", "put", "let", "look", "looks", "looked",
    "looking", "seem", "seems", "seemed", "feeling", "around", "away", "back", "off", "out", "up",
    "down", "since", "until", "though", "through", "because", "such", "own", "able", "sure",
    "like", "usually", "normal", "thanks", "great", "fine", "terrible", "awful", "wrecked",
    "ruined", "dodgy", "iffy", "dicky", "rubbish", "poor", "stuff", "idea", "acts", "acting",
    "gave", "given", "suggested", "suggests", "mentioned", "offered",
    // Taking a tablet, said another way: "popped a couple".
    "pop", "pops", "popped", "popping",
    // How hard something is ("struggles to get his tablets down"): the something is the topic.
    "struggle", "struggles", "struggled", "struggling", "difficult", "difficulty", "hard",
    "harder", "easier",
    "trouble", "problem", "problems", "issue", "issues",
    // Other people as those asked about ("my mates"), like one of them.
    "mates", "friends", "pals", "buddies",
    // Having a condition, said another way ("suffers from depression"): the condition is
    // what the question is about.
    "suffer", "suffers", "suffered", "suffering",
    // Whether it causes something: the something is what the question is about.
    "cause", "causes", "caused", "causing",
    // What a relative came across, and where: "found him passed out next to his tablets".
    "found", "finding", "noticed", "notice", "noticing", "next", "beside", "near", "nearby",
    "mum", "mom", "mummy", "mother", "dad", "daddy", "father", "husband", "wife", "partner",
    "son", "daughter", "brother", "sister", "grandma", "grandmother", "grandad", "granddad",
    "grandfather", "grandpa", "granny", "nan", "nana", "gran", "nanna", "grandparent",
    "grandparents", "friend", "boyfriend", "girlfriend",
    "parent", "parents", "family", "relative", "carer", "caregiver", "aunt", "uncle", "cousin",
    "loved", "care", "safe", "vs", "versus", "help", "helps", "helped", "helping",
    "spouse",
    "grandson", "granddaughter", "niece", "nephew", "neighbour", "neighbor", "fiance",
    "fiancee", "flatmate", "roommate", "colleague", "mate", "pal", "buddy", "lady", "gentleman",
    "man", "woman", "guy", "bloke", "member", "members",
    // When something happens, and how much of it: circumstance, not topic.
    "morning", "mornings", "evening", "evenings", "night", "nights", "afternoon", "today",
    "tonight", "yesterday", "few", "properly", "start", "starts", "starting", "started",
    "lately", "recently", "always", "often", "sometimes", "constantly", "quite", "pretty",
    "rather", "almost", "maybe", "probably", "actually", "already", "anymore", "yet", "soon",
    "later", "ago", "tomorrow", "quickly", "quick", "fast", "faster", "sooner", "hour", "hours",
    "month", "months", "year", "years", "weekend", "weekends", "holiday", "holidays", "bedtime",
    "lunchtime", "daytime", "overnight", "everyday",
    // Where: "in her chair", "at home".
    "home", "house", "school", "chair", "armchair", "sofa", "couch", "bed", "bedroom",
    // Prepositions and amounts that place or size a thing without naming it.
    "without", "under", "during", "against", "within", "inside", "instead", "whole", "entire",
    "several",
    "both", "either", "enough", "top",
    // Going on with something ("stay on it"): how long is the question, not staying.
    "stay", "stays", "stayed", "remain", "remains", "remained",
    // The medicine itself ("after my tablets") and the body ("tight legs").
    "pill", "pills", "tablet", "tablets", "medicine", "medicines", "medication", "medications",
    "meds", "bottle", "bottles", "packet", "packets", "legs", "leg", "arms", "arm", "hands", "feet",
    "body",
  ]
}

extension WeakWords {
  /// True for a weak word or its plural ("afternoons", "evenings"): the list names each once.
  static func holds(_ surface: String) -> Bool {
    words.contains(surface)
      || (surface.count > 3 && surface.hasSuffix("s") && words.contains(String(surface.dropLast())))
  }

  /// Children as the people a relative asks for ("my child has cerebral palsy"), weak as
  /// "my son" is, when they open the question; elsewhere ("keep it away from my kids") they
  /// are what it is about.
  static let afterPossessive: Set<String> = ["child", "children", "kid", "kids", "toddler"]
}

/// Articles and possessives: a query's words are matched against synonym terms without them.
enum Determiners {
  static let words: Set<String> = [
    "a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "some", "this", "that",
  ]
  static let possessives: Set<String> = ["my", "your", "his", "her", "their", "our"]
}

/// Words that only make another stronger ("really", "very"): dropped like determiners, so
/// that "feeling really down" is the phrase "feeling down".
enum Intensifiers {
  static let words: Set<String> = [
    "really", "very", "so", "quite", "pretty", "extremely", "super", "totally", "terribly",
    "awfully", "incredibly",
  ]
}

/// Words that join two things taken together: a drink "with", "while taking" or "on" baclofen.
enum CombiningWords {
  static let words: Set<String> = [
    "with", "while", "on", "alongside", "plus", "together", "mixing", "mix", "mixed", "combine",
    "combining", "and",
  ]
  /// Words after which "with" is what something helps against, not what it is taken with.
  static let notAfter: Set<String> = [
    "help", "helps", "helped", "helping", "cope", "coping", "deal", "dealing", "struggle",
    "struggling",
  ]
}

/// Words for the medicine itself, one side of a question about taking two things together.
enum MedicineWords {
  static let words: Set<String> = [
    "baclofen", "it", "lioresal", "gablofen", "kemstro", "medicine", "medication", "pill",
    "pills", "tablet", "tablets", "relaxer", "relaxers", "relaxant", "relaxants", "dose",
    "doses", "prescription",
  ]
  /// The medicine named by what it is, weak in a query as "tablets" is.
  static let names: Set<[String]> = [
    ["muscle", "relaxant"], ["muscle", "relaxants"], ["muscle", "relaxer"], ["muscle", "relaxers"],
  ]
  /// The medicine named by what it is for in plain words ("my muscle pills"): only the whole
  /// name, since "sleeping pills" and "pain pills" are other medicines.
  static let plainNames: Set<[String]> = [
    ["muscle", "pills"], ["muscle", "pill"], ["muscle", "tablets"], ["muscle", "tablet"],
  ]
  /// The last words of `names` ("relaxer"): a term ending in one names the medicine.
  static let generic = Set(names.compactMap(\.last))
}

/// The side effects the articles list, as people name them: with the medicine named, a
/// question about one asks whether it is a side effect.
enum SymptomWords {
  static let words: Set<String> = [
    "drowsy", "drowsiness", "sleepy", "sleepiness", "tired", "tiredness", "fatigue", "sedation",
    "dizzy", "dizziness", "lightheaded", "lightheadedness", "nausea", "nauseous", "sick",
    "headache", "headaches", "constipation", "constipated", "weakness", "weak", "insomnia",
    "confusion", "confused", "hallucinations", "rash",
  ]
}

/// Words that show a query is about stopping baclofen, so the caller can show the warning.
enum StoppingWords {
  static let words = [
    "stop", "stopping", "quit", "quitting", "withdrawal", "withdraw", "taper", "tapering",
    "wean", "weaning", "discontinue", "discontinuing", "cold turkey", "come off", "coming off",
    // Running out of the tablets stops them all at once.
    "run out", "ran out", "running out", "runs out",
  ]
}
