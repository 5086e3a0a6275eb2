/// When a question is asked or a finding applies: any clause holds. A clause holds when every
/// question it names was asked and answered with one of its options. No clause: always.
public struct Condition: Sendable, Equatable {
  public struct Requirement: Sendable, Equatable {
    public var question: String
    public var options: [String]
    /// Line in the questionnaire file, for messages.
    public var line: Int?
    public init(question: String, options: [String], line: Int? = nil) {
      self.question = question
      self.options = options
      self.line = line
    }
  }

  /// All requirements must hold.
  public typealias Clause = [Requirement]

  public var clauses: [Clause]

  public init(clauses: [Clause]) { self.clauses = clauses }

  public static let always = Condition(clauses: [])

  /// `[question: [options]]` as one clause.
  public static func when(_ requirements: KeyValuePairs<String, [String]>) -> Condition {
    Condition(clauses: [requirements.map { Requirement(question: $0.key, options: $0.value) }])
  }

  public var isAlways: Bool { clauses.isEmpty }

  /// Every question the condition names.
  public var questionIDs: [String] {
    var seen: [String] = []
    for requirement in clauses.joined() where !seen.contains(requirement.question) {
      seen.append(requirement.question)
    }
    return seen
  }

  /// `given`: the counted answers, question id to option id.
  public func holds(_ given: [String: String]) -> Bool {
    isAlways
      || clauses.contains { clause in
        clause.allSatisfy { requirement in
          given[requirement.question].map(requirement.options.contains) ?? false
        }
      }
  }

  /// True unless the answers so far rule it out: an unanswered question in `possible` (one
  /// that is or may yet be asked) could still be answered either way.
  func mayHold(_ given: [String: String], possible: Set<String>) -> Bool {
    isAlways
      || clauses.contains { clause in
        clause.allSatisfy { requirement in
          if let option = given[requirement.question] {
            return requirement.options.contains(option)
          }
          return possible.contains(requirement.question)
        }
      }
  }

  /// "purpose is alcohol" / "purpose is spasticity or not-sure and taking is yes"; clauses
  /// joined by "; or".
  public var summary: String {
    clauses.map { clause in
      clause.map { "\($0.question) is \($0.options.joined(separator: " or "))" }
        .joined(separator: " and ")
    }.joined(separator: "; or ")
  }
}
