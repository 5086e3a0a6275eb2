import BaclofenContent
import Yams

/// The questionnaire file's blocks besides questions and findings: `everyone` and `decision`
/// (titled lists of cited notes) and `emergency` (the "Get medical help now" sheet).
extension QuestionnaireReader {
  /// `{id, title, intro?, notes: [{id, topic, when?, text, sources}]}`.
  mutating func block(_ node: Node, questions: [Question]) -> NoteBlock? {
    guard let map = mapping(node, "a block") else { return nil }
    checkKeys(map, node, known: ["id", "title", "intro", "notes"])
    guard let id = identifier(map["id"], "block", in: node) else { return nil }
    let title = string(map["title"], "title", in: node) ?? ""
    let intro = map["intro"].flatMap { string($0, "intro", in: node) }
    var notes: [NoteRule] = []
    for item in list(map["notes"], "notes", in: node) {
      guard let note = mapping(item, "a note") else { continue }
      checkKeys(note, item, known: ["id", "topic", "when", "text", "sources"])
      guard let noteID = identifier(note["id"], "note", in: item) else { continue }
      if notes.contains(where: { $0.id == noteID }) {
        issue(note["id"], "note id `\(noteID)` is used twice in block `\(id)`")
      }
      let when = note["when"].map { condition($0, questions: questions, earlierOnly: false) }
      notes.append(
        NoteRule(
          id: noteID, topic: string(note["topic"], "topic", in: item) ?? "",
          when: when ?? .always, text: string(note["text"], "text", in: item) ?? "",
          sources: sources(note["sources"], in: item), line: item.mark?.line))
    }
    if notes.isEmpty { issue(node, "block `\(id)` has no notes") }
    return NoteBlock(id: id, title: title, intro: intro, notes: notes)
  }

  /// `{title, groups: [{title, points: [{text, sources}]}]}`, read into the same shape as the
  /// withdrawal warning, so both screens are drawn alike.
  mutating func sheet(_ node: Node) -> WithdrawalWarning? {
    guard let map = mapping(node, "`emergency`") else { return nil }
    checkKeys(map, node, known: ["title", "groups"])
    let title = string(map["title"], "title", in: node) ?? ""
    var points: [WithdrawalWarning.Point] = []
    for groupNode in list(map["groups"], "groups", in: node) {
      guard let group = mapping(groupNode, "a group") else { continue }
      checkKeys(group, groupNode, known: ["title", "points"])
      let name = string(group["title"], "title", in: groupNode) ?? ""
      for pointNode in list(group["points"], "points", in: groupNode) {
        guard let point = mapping(pointNode, "a point") else { continue }
        checkKeys(point, pointNode, known: ["text", "sources"])
        points.append(
          .init(
            text: string(point["text"], "text", in: pointNode) ?? "",
            sources: sources(point["sources"], in: pointNode), group: name))
      }
    }
    if points.isEmpty { issue(node, "`emergency` has no points") }
    return WithdrawalWarning(title: title, points: points)
  }

  /// Every article the questionnaire cites must say what kind of publisher it has, since the
  /// result shows it beside the article's date.
  mutating func checkPublishers(cited ids: [String]) {
    var reported: Set<String> = []
    for id in ids {
      guard let section = library.section(id: id),
        let article = library.article(id: section.articleID),
        article.provenance.publisherKind == nil, reported.insert(article.id).inserted
      else { continue }
      issues.append(
        ContentIssue(
          path: article.path, line: 1,
          message: "front matter has no `publisherKind` ("
            + PublisherKind.allCases.map(\.rawValue).joined(separator: ", ")
            + "); the questionnaire cites this article and shows its kind of publisher"))
    }
  }
}
