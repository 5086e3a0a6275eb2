extension Synonyms {
  /// The usual shape of a synonyms file, read without YAML: comments, blank lines, `groups:`
  /// followed by `- [word, other word]` lines, `oneWay:` followed by `word: [what it also
  /// means]` lines; ASCII terms of letters, digits, spaces, inner hyphens and apostrophes.
  /// Anything else, or anything that would be reported, returns nil and goes through Yams
  /// as before: Yams was a tenth of a whole bundled search. Works on bytes, as walking
  /// Characters cost as much as Yams.
  static func parsePlain(_ text: String) -> Synonyms? {
    let bytes = Array(text.utf8)
    var groups: [[String]] = []
    var oneWay: [OneWay] = []
    var section: [UInt8]?
    var seen: [[UInt8]] = []
    var entries = 0
    var indent: Int?
    var keys: Set<String> = []
    var lineStart = 0
    while lineStart <= bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      var start = lineStart
      while start < lineEnd, bytes[start] == 0x20 { start += 1 }
      if start == lineEnd || bytes[start] == 0x23 { continue }  // blank or "#"
      let body = bytes[start..<lineEnd]
      guard start > lineStart else {
        // A top-level key: the previous one must have had entries.
        let key = Array(body)
        guard key == Array("groups:".utf8) || key == Array("oneWay:".utf8),
          !seen.contains(key), section == nil || entries > 0
        else { return nil }
        seen.append(key)
        (section, entries, indent) = (key, 0, nil)
        continue
      }
      guard let section, start - lineStart == indent ?? (start - lineStart),
        body.last == 0x5D, let open = body.firstIndex(of: 0x5B),
        let terms = plainTerms(bytes[(open + 1)..<(lineEnd - 1)])
      else { return nil }
      indent = start - lineStart
      entries += 1
      let head = bytes[start..<open]
      if section.first == 0x67 {  // groups
        guard head.elementsEqual("- ".utf8), terms.count >= 2 else { return nil }
        groups.append(terms)
      } else {
        guard head.count > 2, head.suffix(2).elementsEqual(": ".utf8),
          let key = plainTerm(head.dropLast(2)), keys.insert(key).inserted,
          !terms.contains(key)
        else { return nil }
        oneWay.append(OneWay(term: key, expansions: terms))
      }
    }
    // No key at all is reported, as is a key without entries.
    guard section != nil, entries > 0 else { return nil }
    return Synonyms(groups: groups, oneWay: oneWay)
  }

  /// Comma-separated terms, distinct; nil when any would need YAML or a report.
  private static func plainTerms(_ list: ArraySlice<UInt8>) -> [String]? {
    var terms: [String] = []
    for item in list.split(separator: 0x2C, omittingEmptySubsequences: false) {
      guard let term = plainTerm(item), !terms.contains(term) else { return nil }
      terms.append(term)
    }
    return terms
  }

  /// A term as `parseTerms` makes it (lowercased, spaces collapsed), or nil when it holds
  /// anything but ASCII letters, digits, spaces, inner hyphens and apostrophes.
  private static func plainTerm(_ text: ArraySlice<UInt8>) -> String? {
    var term: [UInt8] = []
    for byte in text {
      let isAlphanumeric = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
      if byte == 0x20 {
        if term.last != 0x20, !term.isEmpty { term.append(0x20) }
      } else if isAlphanumeric || (!term.isEmpty && (byte == 0x2D || byte == 0x27)) {
        term.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
      } else {
        return nil
      }
    }
    if term.last == 0x20 { term.removeLast() }
    return term.isEmpty ? nil : String(decoding: term, as: UTF8.self)
  }
}
