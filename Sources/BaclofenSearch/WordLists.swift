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
    "ok", "okay", "much", "many", "really", "need", "want", "tell", "know", "please",
  ]
}

/// Words that show a query is about stopping baclofen, so the caller can show the warning.
enum StoppingWords {
  static let words = [
    "stop", "stopping", "quit", "quitting", "withdrawal", "withdraw", "taper", "tapering",
    "wean", "weaning", "discontinue", "discontinuing", "cold turkey", "come off", "coming off",
  ]
}
