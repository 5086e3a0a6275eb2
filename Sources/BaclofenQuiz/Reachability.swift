import BaclofenContent

extension QuestionnaireReader {
  /// Reports questions that can never be asked and findings that can never apply, whatever
  /// the answers (for example `askedWhen` needing two options of one question at once).
  mutating func checkReachable(_ questionnaire: Questionnaire) {
    let search = Satisfiability(questions: questionnaire.questions)
    for question in questionnaire.questions where !search.canHold(question.askedWhen) {
      issues.append(
        ContentIssue(
          path: path, line: question.line,
          message: "question `\(question.id)` is unreachable: no answers make "
            + "`askedWhen` (\(question.askedWhen.summary)) hold"))
    }
    for rule in questionnaire.rules where !search.canHold(rule.when) {
      issues.append(
        ContentIssue(
          path: path, line: rule.line,
          message: "finding `\(rule.id)` can never apply: no answers make `when` "
            + "(\(rule.when.summary)) hold"))
    }
    let blocks = [questionnaire.everyone].compactMap { $0 } + questionnaire.decision
    for note in blocks.flatMap(\.notes) where !search.canHold(note.when) {
      issues.append(
        ContentIssue(
          path: path, line: note.line,
          message: "note `\(note.id)` can never apply: no answers make `when` "
            + "(\(note.when.summary)) hold"))
    }
    for rule in questionnaire.disagreements where !search.canHold(rule.when) {
      issues.append(
        ContentIssue(
          path: path, line: rule.line,
          message: "disagreement `\(rule.id)` can never apply: no answers make `when` "
            + "(\(rule.when.summary)) hold"))
    }
  }
}

/// Whether some set of answers makes a condition hold, taking into account that a question
/// only counts when its own `askedWhen` holds. Tries answers only for the questions involved.
struct Satisfiability {
  let questions: [Question]
  /// Guards against a pathological file; beyond it, a condition is assumed reachable.
  let budget = 200_000

  func canHold(_ condition: Condition) -> Bool {
    condition.isAlways || condition.clauses.contains { canHold(clause: $0) }
  }

  private func canHold(clause: Condition.Clause) -> Bool {
    // Every question the clause depends on, directly or through `askedWhen`.
    var involved = Set(clause.map(\.question))
    var queue = Array(involved)
    while let id = queue.popLast() {
      // An unknown question is reported where it is named; do not report it twice.
      guard let question = questions.first(where: { $0.id == id }) else { continue }
      for other in question.askedWhen.questionIDs where involved.insert(other).inserted {
        queue.append(other)
      }
    }
    let ordered = questions.filter { involved.contains($0.id) }
    var required: [String: Need] = [:]
    for requirement in clause {
      // An unknown question is reported where it is named; do not report it twice.
      guard let question = questions.first(where: { $0.id == requirement.question }) else {
        continue
      }
      var need = required[requirement.question] ?? Need(allowed: Set(question.options.map(\.id)))
      if requirement.negated {
        need.allowed.subtract(requirement.options)
      } else {
        need.allowed.formIntersection(requirement.options)
        need.mustBeAnswered = true
      }
      required[requirement.question] = need
    }
    var steps = 0
    return search(ordered[...], given: [:], required: required, steps: &steps)
  }

  /// The options a clause allows for one question, and whether it needs an answer at all
  /// (a negated requirement also holds for a question skipped or not asked).
  private struct Need {
    var allowed: Set<String>
    var mustBeAnswered = false
  }

  private func search(
    _ rest: ArraySlice<Question>, given: [String: String], required: [String: Need],
    steps: inout Int
  ) -> Bool {
    steps += 1
    if steps > budget { return true }
    guard let question = rest.first else { return true }
    let need = required[question.id]
    let mayBeUnanswered = !(need?.mustBeAnswered ?? false)
    guard question.askedWhen.holds(given) else {
      return mayBeUnanswered
        && search(rest.dropFirst(), given: given, required: required, steps: &steps)
    }
    for option in question.options where need?.allowed.contains(option.id) ?? true {
      var next = given
      next[question.id] = option.id
      if search(rest.dropFirst(), given: next, required: required, steps: &steps) { return true }
    }
    // Left unanswered ("skip"), which a negated requirement allows.
    return mayBeUnanswered && need != nil
      && search(rest.dropFirst(), given: given, required: required, steps: &steps)
  }
}
