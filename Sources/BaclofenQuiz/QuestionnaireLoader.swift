import BaclofenContent
import Yams

extension Questionnaire {
  /// Parses `questionnaire.yaml` and validates it against `library`: every cited section
  /// exists, every condition names real (and, for `askedWhen`, earlier) questions and their
  /// options, and every question and finding can be reached. Problems come as `path:line`.
  public static func load(_ files: ContentFiles, library: Library) -> (
    Questionnaire?, [ContentIssue]
  ) {
    let displayPath = files.displayPath(path)
    guard let file = files.file(path) else {
      return (nil, [ContentIssue(path: displayPath, line: nil, message: "file is missing")])
    }
    let text: String
    switch files.text(of: file) {
    case .failure(let issue): return (nil, [issue])
    case .success(let decoded): text = decoded
    }
    var reader = QuestionnaireReader(path: displayPath, library: library)
    let questionnaire = reader.read(text)
    if let questionnaire { reader.checkReachable(questionnaire) }
    return (questionnaire, reader.issues)
  }
}

/// Walks the YAML tree, collecting every problem rather than stopping at the first.
struct QuestionnaireReader {
  let path: String
  let library: Library
  var issues: [ContentIssue] = []

  init(path: String, library: Library) {
    self.path = path
    self.library = library
  }

  mutating func issue(_ node: Node?, _ message: String) {
    issues.append(ContentIssue(path: path, line: node?.mark?.line, message: message))
  }

  mutating func read(_ text: String) -> Questionnaire? {
    let raw = ControlCharacters.issues(in: text, path: path)
    issues += raw
    let root: Node?
    do {
      // Every value is read as text, so no tag resolution: the default resolver matches each
      // scalar against ICU regular expressions, half of the time to parse this file.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      issues.append(
        ContentIssue(
          path: path, line: 1 + error.lineOffset, message: "not valid YAML: \(error.summary)"))
      return nil
    } catch {
      issues.append(ContentIssue(path: path, line: nil, message: "not valid YAML"))
      return nil
    }
    issues += ControlCharacters.issues(
      in: root, path: path, skipping: Set(raw.compactMap(\.line)))
    guard let root, let top = mapping(root, "the file") else {
      if root == nil { issue(nil, "file is empty") }
      return nil
    }
    checkKeys(
      top, root,
      known: [
        "title", "updated", "intro", "disclaimer", "evidence", "questions", "findings",
        "disagreements", "everyone", "decision", "emergency",
      ])
    let title = string(top["title"], "title", in: root) ?? ""
    let updated = string(top["updated"], "updated", in: root) ?? ""
    if !updated.isEmpty && !ISODate.isValid(updated) {
      issue(top["updated"], "`updated` must be a date like 2026-11-21, not `\(updated)`")
    }
    let intro = top["intro"].flatMap { string($0, "intro", in: root) } ?? ""
    let disclaimer = string(top["disclaimer"], "disclaimer", in: root) ?? ""
    var evidence = ""
    var evidenceSources: [String] = []
    if let node = top["evidence"], let map = mapping(node, "`evidence`") {
      checkKeys(map, node, known: ["text", "sources"])
      evidence = string(map["text"], "text", in: node) ?? ""
      evidenceSources = sources(map["sources"], in: node)
    } else if top["evidence"] == nil {
      issue(root, "no `evidence` (a `text` on the evidence and its uncertainty, with `sources`)")
    }
    var questions: [Question] = []
    for node in list(top["questions"], "questions", in: root) {
      if let question = readQuestion(node, earlier: questions) { questions.append(question) }
    }
    var rules: [Rule] = []
    for node in list(top["findings"], "findings", in: root) {
      if let rule = readRule(node, questions: questions, taken: rules.map(\.id)) {
        rules.append(rule)
      }
    }
    var disagreements: [DisagreementRule] = []
    if let node = top["disagreements"] {
      for item in list(node, "disagreements", in: root) {
        if let rule = readDisagreement(item, questions: questions) { disagreements.append(rule) }
      }
    }
    let everyone = top["everyone"].flatMap { block($0, questions: questions) }
    var decision: [NoteBlock] = []
    if let node = top["decision"] {
      decision = list(node, "decision", in: root).compactMap { block($0, questions: questions) }
    }
    let emergency = top["emergency"].flatMap { sheet($0) }
    var cited: [String] = evidenceSources + rules.flatMap(\.sources)
    for block in [everyone].compactMap({ $0 }) + decision {
      cited += block.notes.flatMap(\.sources)
    }
    cited += disagreements.flatMap(\.sides).flatMap(\.sources)
    cited += emergency?.points.flatMap(\.sources) ?? []
    checkPublishers(cited: cited)
    return Questionnaire(
      title: title, intro: intro, updated: updated, questions: questions,
      disclaimer: disclaimer, evidenceNote: evidence, evidenceSources: evidenceSources,
      rules: rules, disagreements: disagreements, everyone: everyone, decision: decision,
      emergency: emergency)
  }

  private mutating func readQuestion(_ node: Node, earlier: [Question]) -> Question? {
    guard let map = mapping(node, "a question") else { return nil }
    checkKeys(map, node, known: ["id", "text", "help", "askedWhen", "options"])
    guard let id = identifier(map["id"], "question", in: node) else { return nil }
    if earlier.contains(where: { $0.id == id }) {
      issue(map["id"], "question id `\(id)` is used twice")
    }
    let text = string(map["text"], "text", in: node) ?? ""
    let help = map["help"].flatMap { string($0, "help", in: node) }
    var options: [Option] = []
    for item in list(map["options"], "options", in: node) {
      guard let option = mapping(item, "an option") else { continue }
      checkKeys(option, item, known: ["id", "label"])
      guard let optionID = identifier(option["id"], "option", in: item) else { continue }
      if options.contains(where: { $0.id == optionID }) {
        issue(option["id"], "question `\(id)` has option `\(optionID)` twice")
      }
      let label = string(option["label"], "label", in: item) ?? ""
      options.append(Option(id: optionID, label: label))
    }
    if options.count < 2 { issue(node, "question `\(id)` needs at least two options") }
    let askedWhen =
      map["askedWhen"].map { condition($0, questions: earlier, earlierOnly: true) } ?? .always
    return Question(
      id: id, text: text, help: help, options: options, askedWhen: askedWhen,
      line: node.mark?.line)
  }

  private mutating func readRule(_ node: Node, questions: [Question], taken: [String]) -> Rule? {
    guard let map = mapping(node, "a finding") else { return nil }
    checkKeys(map, node, known: ["id", "kind", "when", "text", "sources", "withdrawal"])
    guard let id = identifier(map["id"], "finding", in: node) else { return nil }
    if taken.contains(id) { issue(map["id"], "finding id `\(id)` is used twice") }
    let kind = self.kind(map["kind"], in: node)
    guard let whenNode = map["when"] else {
      issue(node, "finding `\(id)` has no `when` (the answers that bring it up)")
      return nil
    }
    let when = condition(whenNode, questions: questions, earlierOnly: false)
    let text = string(map["text"], "text", in: node) ?? ""
    let cited = sources(map["sources"], in: node)
    var withdrawal = false
    if let flag = map["withdrawal"] {
      switch flag.scalar?.string {
      case "true": withdrawal = true
      case "false": withdrawal = false
      default: issue(flag, "`withdrawal` must be true or false")
      }
    }
    return Rule(
      id: id, kind: kind ?? .caution, when: when, text: text, sources: cited,
      withdrawal: withdrawal, line: node.mark?.line)
  }

  private mutating func readDisagreement(_ node: Node, questions: [Question])
    -> DisagreementRule?
  {
    guard let map = mapping(node, "a disagreement") else { return nil }
    checkKeys(map, node, known: ["id", "topic", "when", "sides"])
    guard let id = identifier(map["id"], "disagreement", in: node) else { return nil }
    let topic = string(map["topic"], "topic", in: node) ?? ""
    guard let whenNode = map["when"] else {
      issue(node, "disagreement `\(id)` has no `when`")
      return nil
    }
    let when = condition(whenNode, questions: questions, earlierOnly: false)
    var sides: [DisagreementRule.Side] = []
    for item in list(map["sides"], "sides", in: node) {
      guard let side = mapping(item, "a side") else { continue }
      checkKeys(side, item, known: ["kind", "text", "sources"])
      let kind = self.kind(side["kind"], in: item) ?? .caution
      let text = string(side["text"], "text", in: item) ?? ""
      sides.append(.init(kind: kind, text: text, sources: sources(side["sources"], in: item)))
    }
    if sides.count < 2 { issue(node, "disagreement `\(id)` needs at least two sides") }
    return DisagreementRule(id: id, topic: topic, when: when, sides: sides, line: node.mark?.line)
  }

  /// A mapping `question: [options]` (all of them holding), or a list of conditions (any one
  /// holding). In a mapping, `question: {not: [options]}` negates one answer, and the keys
  /// `all`, `any` (each a list of conditions) and `not` (a condition) combine whole ones.
  mutating func condition(_ node: Node, questions: [Question], earlierOnly: Bool)
    -> Condition
  {
    let result = combined(node, questions: questions, earlierOnly: earlierOnly, depth: 0)
    if earlierOnly && result.usesNegation {
      issue(node, "`askedWhen` cannot use `not`: list the options that ask the question")
    }
    if result.clauses.count > 64 {
      issue(node, "condition is too complex (\(result.clauses.count) alternatives); simplify it")
    }
    return result
  }

  private mutating func combined(
    _ node: Node, questions: [Question], earlierOnly: Bool, depth: Int
  ) -> Condition {
    guard depth < 8 else {
      issue(node, "condition is nested too deeply")
      return Self.never
    }
    func inner(_ node: Node) -> Condition {
      combined(node, questions: questions, earlierOnly: earlierOnly, depth: depth + 1)
    }
    if let sequence = node.sequence {
      guard !sequence.isEmpty else {
        issue(node, Self.emptyCondition)
        return Self.never
      }
      return sequence.map(inner).reduce(Condition(clauses: [])) { $0.isAlways ? $1 : $0.or($1) }
    }
    // Said in so many words: an empty condition would hold silently.
    if node.scalar?.string == "always" { return .always }
    guard let map = mapping(node, "a condition (`question: [option, ...]`, or `always`)") else {
      return Self.never
    }
    // Empty would silently mean "always": say which answers, or write `always`.
    guard !map.isEmpty else {
      issue(node, Self.emptyCondition)
      return Self.never
    }
    var result = Condition.always
    for (key, value) in map {
      let name = key.scalar?.string ?? ""
      switch name {
      case "any", "all":
        guard let items = value.sequence, !items.isEmpty else {
          issue(value, "`\(name)` must be a list of conditions")
          continue
        }
        let parts = items.map(inner)
        let joined =
          name == "all"
          ? parts.reduce(Condition.always) { $0.and($1) }
          : parts.dropFirst().reduce(parts[0]) { $0.or($1) }
        result = result.and(joined)
      case "not":
        guard let opposite = inner(value).negated() else {
          issue(value, "`not` of a condition that always holds never holds")
          continue
        }
        result = result.and(opposite)
      default:
        result = result.and(
          Condition(clauses: [[requirement(key, value, questions: questions, earlierOnly)]]))
      }
    }
    return result
  }

  private static let emptyCondition =
    "empty condition; list `question: [option, ...]`, or write `always`"

  /// A condition that cannot hold: it needs an answer to a question that does not exist.
  private static let never = Condition(clauses: [[.init(question: "", options: [])]])

  private mutating func requirement(
    _ key: Node, _ value: Node, questions: [Question], _ earlierOnly: Bool
  ) -> Condition.Requirement {
    let id = key.scalar?.string ?? ""
    var negated = false
    var listNode = value
    if let map = value.mapping {
      if map.count == 1, let not = map["not"] {
        negated = true
        listNode = not
      } else {
        issue(value, "`\(id)` takes a list of options or `{not: [options]}`")
      }
    }
    let options =
      listNode.sequence.map { $0.compactMap { $0.scalar?.string } }
      ?? listNode.scalar.map { [$0.string] } ?? []
    let made = Condition.Requirement(
      question: id, options: options, negated: negated, line: key.mark?.line)
    guard let question = questions.first(where: { $0.id == id }) else {
      let which = earlierOnly ? "earlier question" : "question"
      issue(
        key, "unknown \(which) `\(id)`; questions: " + questions.map(\.id).joined(separator: ", "))
      // Kept so the condition can never hold, rather than silently always holding.
      return Condition.Requirement(question: id, options: options, line: key.mark?.line)
    }
    if options.isEmpty { issue(listNode, "no options listed for `\(id)`") }
    for option in options where question.option(id: option) == nil {
      issue(
        listNode,
        "question `\(id)` has no option `\(option)`; options: "
          + question.options.map(\.id).joined(separator: ", "))
    }
    return made
  }

  mutating func sources(_ node: Node?, in parent: Node) -> [String] {
    let items = list(node, "sources", in: parent)
    if node != nil && items.isEmpty { issue(node, "`sources` is empty; cite at least one section") }
    var ids: [String] = []
    for item in items {
      guard let id = item.scalar?.string else {
        issue(item, "a source must be a section id")
        continue
      }
      if library.section(id: id) == nil {
        issue(item, "cites unknown section `\(id)` (see `baclofen sections`)")
      }
      ids.append(id)
    }
    return ids
  }

  mutating func kind(_ node: Node?, in parent: Node) -> FindingKind? {
    guard let text = string(node, "kind", in: parent) else { return nil }
    guard let kind = FindingKind(rawValue: text) else {
      issue(
        node,
        "unknown kind `\(text)`; kinds: "
          + FindingKind.allCases.map(\.rawValue).joined(separator: ", "))
      return nil
    }
    return kind
  }

  mutating func identifier(_ node: Node?, _ what: String, in parent: Node) -> String? {
    guard let id = string(node, "id", in: parent) else { return nil }
    let valid = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    if !valid { issue(node, "\(what) id `\(id)` must be lowercase letters, digits and hyphens") }
    return id
  }

  mutating func string(_ node: Node?, _ key: String, in parent: Node) -> String? {
    guard let node else {
      issue(parent, "missing `\(key)`")
      return nil
    }
    guard let text = node.scalar?.string, !text.isEmpty else {
      issue(node, "`\(key)` must be non-empty text")
      return nil
    }
    return text
  }

  mutating func list(_ node: Node?, _ key: String, in parent: Node) -> [Node] {
    guard let node else {
      issue(parent, "missing `\(key)`")
      return []
    }
    guard let sequence = node.sequence else {
      issue(node, "`\(key)` must be a list")
      return []
    }
    return Array(sequence)
  }

  mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
    guard let map = node.mapping else {
      issue(node, "\(what) must be `key: value` lines")
      return nil
    }
    return map
  }

  mutating func checkKeys(_ map: Node.Mapping, _ node: Node, known: [String]) {
    for (key, _) in map {
      let name = key.scalar?.string ?? ""
      if !known.contains(name) {
        issue(key, "unknown key `\(name)` (known: \(known.joined(separator: ", ")))")
      }
    }
  }

}
