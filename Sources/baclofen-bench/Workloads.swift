import BaclofenContent
import BaclofenSearch
import BaclofenUI

/// The inputs every query and keystroke benchmark rotates through.
enum Workloads {
  /// A mixed query set: plain words, misspellings, everyday words, phrases and prefixes.
  static let queries = [
    "withdrawal seizures",
    "baclofin withdrawl",
    "can i drink booze on it",
    "kidney",
    "side effects",
    "what if i miss a dose",
    "pregnan",
    "musc",
    "\"multiple sclerosis\"",
    "stopping suddenly hallucinations",
    "spastisity",
    "alcohol use disorder",
  ]

  /// The keys a person presses typing a few queries into the search line, each query
  /// started afresh with Ctrl-U (which clears the line).
  static let keystrokes: [Key] = [
    "withdrawal seizures", "can i drink alcohol", "baclofin dose", "kidney problems",
  ].flatMap { query in [Key.control("u")] + query.map { Key.character($0) } }
}
