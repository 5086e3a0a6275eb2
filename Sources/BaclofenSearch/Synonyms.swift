import BaclofenContent
import Yams

/// Everyday words and abbreviations that mean the same as the words the articles use, read
/// from `synonyms.yaml` and expanded at query time. The file is owned by the content:
///
/// ```yaml
/// groups:
///   - [kidney, kidneys, renal]
///   - [ms, multiple sclerosis]
/// ```
///
/// oneWay:
///   fits: [seizures, convulsions]
/// ```
///
/// Every term of a group stands for every other; a term may be several words (a phrase).
/// A one-way entry expands only from its key: "fits" finds seizures, but "seizures" must not
/// find "one size fits all".
public struct Synonyms: Sendable, Equatable {
  public static let path = "synonyms.yaml"

  /// Groups of equivalent terms, lowercased, each with at least two terms.
  public var groups: [[String]]
  /// A term and what it also means, in file order.
  public var oneWay: [OneWay]
  /// English words the articles may not use, which spelling correction leaves alone.
  public var realWords = RealWords([])
  /// English words the articles may not use and the words WordNet relates to them.
  public var relatedWords = RelatedWords([])
  /// Kinds of question and the headings that answer them, from `question-kinds.txt`.
  public var questionKinds = QuestionKinds()

  public struct OneWay: Sendable, Equatable {
    public var term: String
    public var expansions: [String]
    public init(term: String, expansions: [String]) {
      self.term = term
      self.expansions = expansions
    }
  }

  public init(groups: [[String]] = [], oneWay: [OneWay] = []) {
    self.groups = groups
    self.oneWay = oneWay
  }

  /// The file's groups, or no groups when the folder has no `synonyms.yaml` (it is optional,
  /// so a content folder without one still loads). Every problem comes with its line.
  public static func load(_ files: ContentFiles) -> (Synonyms, [ContentIssue]) {
    var (synonyms, issues) = loadGroups(files)
    synonyms.realWords = RealWords.load(files)
    let (related, relatedIssues) = RelatedWords.load(files)
    synonyms.relatedWords = related
    let (kinds, kindIssues) = QuestionKinds.load(files)
    synonyms.questionKinds = kinds
    return (synonyms, issues + relatedIssues + kindIssues)
  }

  private static func loadGroups(_ files: ContentFiles) -> (Synonyms, [ContentIssue]) {
    files.parsedOptional(path, empty: Synonyms(), parse)
  }

  /// Parses the YAML text of a synonyms file shown as `path` in messages.
  public static func parse(_ text: String, path: String) -> (Synonyms, [ContentIssue]) {
    let raw = ControlCharacters.issues(in: text, path: path)
    if let plain = parsePlain(text) { return (plain, raw) }
    let (synonyms, issues) = parseYAML(text, path: path, rawIssues: raw)
    return (synonyms, raw + issues)
  }

  /// `parse` through Yams, for any file `parsePlain` does not take.
  static func parseYAML(_ text: String, path: String, rawIssues: [ContentIssue] = [])
    -> (Synonyms, [ContentIssue])
  {
    var issues: [ContentIssue] = []
    func issue(_ node: Node?, _ message: String, fallbackLine: Int? = 1) {
      let line = node?.mark.map(\.line) ?? fallbackLine
      issues.append(ContentIssue(path: path, line: line, message: message))
    }
    let root: Node?
    do {
      // Every value is read as text, so no tag resolution: the default resolver compiles a
      // set of ICU regular expressions on first use, a third of a bundled search's time.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      issue(nil, "not valid YAML: \(error.summary)", fallbackLine: 1 + error.lineOffset)
      return (Synonyms(), issues)
    } catch {
      issue(nil, "not valid YAML")
      return (Synonyms(), issues)
    }
    issues += ControlCharacters.issues(
      in: root, path: path, skipping: Set(rawIssues.compactMap(\.line)))
    guard let mapping = root?.mapping else {
      issue(root, "expected `groups:` followed by `- [word, other word]` lines")
      return (Synonyms(), issues)
    }
    var groups: [[String]] = []
    var oneWay: [OneWay] = []
    for (key, value) in mapping {
      if key.scalar?.string == "oneWay" {
        guard let entries = value.mapping else {
          issue(value, "`oneWay` must be `word: [what it also means]` lines")
          continue
        }
        for (term, expansions) in entries {
          guard let items = expansions.sequence else {
            issue(expansions, "`\(term.scalar?.string ?? "?")` must be followed by a list")
            continue
          }
          if let terms = parseTerms([term] + Array(items), anchor: term, report: issue) {
            oneWay.append(OneWay(term: terms[0], expansions: Array(terms.dropFirst())))
          }
        }
        continue
      }
      guard key.scalar?.string == "groups" else {
        issue(key, "unknown key `\(key.scalar?.string ?? "?")` (known: groups, oneWay)")
        continue
      }
      guard let list = value.sequence else {
        issue(value, "`groups` must be a list of `- [word, other word]` lines")
        continue
      }
      for groupNode in list {
        if let group = parseGroup(groupNode, report: issue) { groups.append(group) }
      }
    }
    return (Synonyms(groups: groups, oneWay: oneWay), issues)
  }

  private static func parseGroup(
    _ node: Node, report issue: (Node?, String, Int?) -> Void
  ) -> [String]? {
    guard let items = node.sequence else {
      issue(node, "a group must be a list like `[kidney, renal]`", 1)
      return nil
    }
    return parseTerms(Array(items), anchor: node, report: issue)
  }

  private static func parseTerms(
    _ items: [Node], anchor node: Node, report issue: (Node?, String, Int?) -> Void
  ) -> [String]? {
    var terms: [String] = []
    for item in items {
      guard let raw = item.scalar?.string else {
        issue(item, "a synonym must be a word or phrase, not a list or mapping", 1)
        continue
      }
      let term = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard term.contains(where: { $0.isLetter || $0.isNumber }) else {
        issue(item, "empty synonym", 1)
        continue
      }
      if terms.contains(term) {
        issue(item, "`\(term)` appears twice in the same group", 1)
        continue
      }
      terms.append(term)
    }
    guard terms.count >= 2 else {
      issue(node, "a group needs at least two terms", 1)
      return nil
    }
    return terms
  }
}
