/// When a question is asked or a finding applies: any clause holds. A clause holds when every
/// requirement in it holds. No clause: always. The file's `all`, `any` and `not` are turned
/// into this form (any of all-of) when it is read, so evaluating stays one simple loop.
public struct Condition: Sendable, Equatable {
  /// "Asked and answered with one of `options`"; negated: "not answered with any of them"
  /// (which a skipped or unasked question satisfies).
  public struct Requirement: Sendable, Equatable {
    public var question: String
    public var options: [String]
    public var negated: Bool
    /// Line in the questionnaire file, for messages.
    public var line: Int?
    public init(question: String, options: [String], negated: Bool = false, line: Int? = nil) {
      self.question = question
      self.options = options
      self.negated = negated
      self.line = line
    }

    func holds(_ given: [String: String]) -> Bool {
      let chosen = given[question].map(options.contains) ?? false
      return chosen != negated
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
        clause.allSatisfy { $0.holds(given) }
      }
  }

  public var usesNegation: Bool { clauses.joined().contains(where: \.negated) }

  /// True unless the answers so far rule it out: an unanswered question in `possible` (one
  /// that is or may yet be asked) could still be answered either way.
  func mayHold(_ given: [String: String], possible: Set<String>) -> Bool {
    isAlways
      || clauses.contains { clause in
        clause.allSatisfy { requirement in
          if given[requirement.question] != nil { return requirement.holds(given) }
          return requirement.negated || possible.contains(requirement.question)
        }
      }
  }

  /// "purpose is alcohol" / "purpose is spasticity or not-sure and taking is yes"; clauses
  /// joined by "; or".
  public var summary: String {
    clauses.map { clause in
      clause.map {
        "\($0.question) is \($0.negated ? "not " : "")\($0.options.joined(separator: " or "))"
      }
      .joined(separator: " and ")
    }.joined(separator: "; or ")
  }
}

extension Condition {
  /// Both must hold.
  func and(_ other: Condition) -> Condition {
    if isAlways { return other }
    if other.isAlways { return self }
    return Condition(clauses: clauses.flatMap { left in other.clauses.map { left + $0 } })
  }

  /// Either holds. `never` stands for a condition that cannot hold.
  func or(_ other: Condition) -> Condition {
    isAlways || other.isAlways ? .always : Condition(clauses: clauses + other.clauses)
  }

  /// The opposite, by De Morgan: not (a and b) or (c) = (not a or not b) and not c. Nil for
  /// "never" (the opposite of always), which no finding needs.
  func negated() -> Condition? {
    if isAlways { return nil }
    var result = Condition.always
    for clause in clauses {
      var negatedClause = Condition(clauses: [])
      for requirement in clause {
        var flipped = requirement
        flipped.negated.toggle()
        negatedClause.clauses.append([flipped])
      }
      result = result.and(negatedClause)
    }
    return result
  }
}
