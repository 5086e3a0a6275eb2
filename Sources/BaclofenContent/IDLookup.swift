/// What a typed id names, for people who type ids by hand (`baclofen show`).
public enum IDLookup: Sendable, Equatable {
  case article(String)
  case section(String)
  /// Several sections share the slug; their full ids, in reading order.
  case ambiguous([String])
  case notFound
}

extension Library {
  /// The article or section `text` names: its exact id; else the id in any letter case and
  /// with spaces or punctuation for hyphens ("RIA-AUD/Dosage"); else a section's own slug,
  /// the part after `/` ("major-caution", "Major caution"), when only one section has it.
  public func lookup(_ text: String) -> IDLookup {
    if article(id: text) != nil { return .article(text) }
    if section(id: text) != nil { return .section(text) }
    let wanted = Self.normalised(text)
    if let found = articles.first(where: { Self.normalised($0.id) == wanted }) {
      return .article(found.id)
    }
    if let found = sections.first(where: { Self.normalised($0.id) == wanted }) {
      return .section(found.id)
    }
    let bySlug = sections.filter { Self.normalised(Self.slug(of: $0.id)) == wanted }
    switch bySlug.count {
    case 0: return .notFound
    case 1: return .section(bySlug[0].id)
    default: return .ambiguous(bySlug.map(\.id))
    }
  }

  private static func slug(of id: String) -> Substring {
    id.firstIndex(of: "/").map { id[id.index(after: $0)...] } ?? id[...]
  }

  /// Lower case, every run of other characters than letters and digits one hyphen.
  private static func normalised(_ id: some StringProtocol) -> String {
    var result = ""
    for character in id.lowercased() {
      if character.isLetter || character.isNumber {
        result.append(character)
      } else if !result.isEmpty, result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    return result
  }
}
