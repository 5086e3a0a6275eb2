import BaclofenContent
import GRDB
import Testing

/// What a ranker answers for one query: the section ids, best first, and whether it said it
/// has no direct answer (for a question the articles do not cover, the honest answer).
struct RankedAnswer {
  var ids: [String]
  var saysNoDirectAnswer: Bool
}

/// Figures of a ranker over judged queries: mean reciprocal rank of the first relevant section
/// in the top 10, the share with one in the top 3 and first, and for uncovered questions the
/// share answered honestly. Per kind as well as overall (uncovered ones only count as honest).
struct RankingFigures: CustomStringConvertible {
  struct Tally {
    var count = 0
    var reciprocalRanks = 0.0
    var topThree = 0
    var first = 0
    var mrr: Double { count == 0 ? 0 : reciprocalRanks / Double(count) }
    var topThreeShare: Double { count == 0 ? 0 : Double(topThree) / Double(count) }
    var firstShare: Double { count == 0 ? 0 : Double(first) / Double(count) }
  }

  var overall = Tally()
  var byKind: [QueryKind: Tally] = [:]
  var uncovered = 0
  var honest = 0
  /// Covered queries answered with "no direct answer": honesty that hides a real answer.
  var coveredCalledWeak = 0
  var misses: [String] = []
  /// The covered queries counted in `coveredCalledWeak`.
  var calledWeak: [String] = []

  var mrr: Double { overall.mrr }
  var topThree: Double { overall.topThreeShare }
  var honestShare: Double { uncovered == 0 ? 1 : Double(honest) / Double(uncovered) }

  init(_ queries: [JudgedQuery], ranked: (String) -> RankedAnswer) {
    for judged in queries {
      let answer = ranked(judged.query)
      guard judged.kind != .uncovered else {
        uncovered += 1
        if answer.saysNoDirectAnswer {
          honest += 1
        } else {
          misses.append("\(judged.query) → answered as if covered: \(answer.ids.prefix(3))")
        }
        continue
      }
      if answer.saysNoDirectAnswer {
        coveredCalledWeak += 1
        calledWeak.append(judged.query)
      }
      let ids = Array(answer.ids.prefix(10))
      let rank = ids.firstIndex(where: judged.relevant.contains).map { $0 + 1 }
      for key in [nil, judged.kind] as [QueryKind?] {
        var tally = key.map { byKind[$0] ?? Tally() } ?? overall
        tally.count += 1
        tally.reciprocalRanks += rank.map { 1 / Double($0) } ?? 0
        if let rank, rank <= 3 { tally.topThree += 1 }
        if rank == 1 { tally.first += 1 }
        if let key { byKind[key] = tally } else { overall = tally }
      }
      // Relatives' questions are judged by the first result, the others by the top 3.
      if rank.map({ $0 > (judged.kind == .relative ? 1 : 3) }) ?? true {
        misses.append("\(judged.query) → \(rank.map(String.init) ?? "-"): \(ids.prefix(3))")
      }
    }
  }

  /// Expects figures at least these (a little below those reached, so a regression fails and
  /// nothing flakes: the index is deterministic), every uncovered question but one in ten
  /// answered honestly, and at most `coveredCalledWeak` real answers hidden behind "no direct
  /// answer".
  func expectAtLeast(
    mrr: Double, topThree: Double, coveredCalledWeak: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(self.mrr >= mrr, sourceLocation: sourceLocation)
    #expect(self.topThree >= topThree, sourceLocation: sourceLocation)
    #expect(honestShare >= 0.9, sourceLocation: sourceLocation)
    #expect(self.coveredCalledWeak <= coveredCalledWeak, sourceLocation: sourceLocation)
  }

  func mrr(_ kind: QueryKind) -> Double { byKind[kind]?.mrr ?? 0 }
  func first(_ kind: QueryKind) -> Double { byKind[kind]?.firstShare ?? 0 }

  private static func figure(_ value: Double) -> String {
    String((value * 1000).rounded() / 1000)
  }

  var description: String {
    var parts = [
      "MRR@10 \(Self.figure(mrr)), top-3 \(Self.figure(topThree)),"
        + " honest on uncovered \(honest)/\(uncovered),"
        + " \"no direct answer\" on covered \(coveredCalledWeak)/\(overall.count)"
    ]
    for kind in QueryKind.allCases {
      guard let tally = byKind[kind] else { continue }
      parts.append(
        "    \(kind.rawValue) (\(tally.count)): MRR \(Self.figure(tally.mrr)),"
          + " top-1 \(Self.figure(tally.firstShare)), top-3 \(Self.figure(tally.topThreeShare))")
    }
    return parts.joined(separator: "\n")
  }
}

/// Plain FTS5 as a baseline: default unicode61 tokenizer, words OR-ed, unweighted bm25.
struct PlainFTS5 {
  let queue: DatabaseQueue
  let ids: [String]

  init(_ library: Library) throws {
    queue = try DatabaseQueue()
    ids = library.sections.map(\.id)
    try queue.write { db in
      try db.execute(sql: "CREATE VIRTUAL TABLE plain USING fts5(title, article, body)")
      for (index, section) in library.sections.enumerated() {
        let article = library.article(id: section.articleID)?.title ?? ""
        try db.execute(
          sql: "INSERT INTO plain(rowid, title, article, body) VALUES (?, ?, ?, ?)",
          arguments: [index + 1, section.title, article, section.plainText])
      }
    }
  }

  func search(_ query: String) -> RankedAnswer {
    let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
    guard !words.isEmpty else { return RankedAnswer(ids: [], saysNoDirectAnswer: true) }
    let rows =
      (try? queue.read { db in
        try Int.fetchAll(
          db, sql: "SELECT rowid FROM plain WHERE plain MATCH ? ORDER BY bm25(plain) LIMIT 10",
          arguments: [words.joined(separator: " OR ")])
      }) ?? []
    return RankedAnswer(ids: rows.map { ids[$0 - 1] }, saysNoDirectAnswer: rows.isEmpty)
  }
}

/// `grep -i -w -e word -e word …` as a baseline: sections holding the most of the query's
/// words (whole words, any case), ties in reading order.
struct GrepBaseline {
  let sections: [(id: String, words: Set<Substring>)]

  init(_ library: Library) {
    sections = library.sections.map { section in
      let text = (section.title + " " + section.plainText).lowercased()
      return (section.id, Set(text.split { !$0.isLetter && !$0.isNumber }))
    }
  }

  func search(_ query: String) -> RankedAnswer {
    let words = Set(query.lowercased().split { !$0.isLetter && !$0.isNumber })
    let hits = sections.enumerated().compactMap { index, section -> (Int, Int, String)? in
      let count = words.intersection(section.words).count
      return count > 0 ? (-count, index, section.id) : nil
    }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    return RankedAnswer(ids: hits.prefix(10).map(\.2), saysNoDirectAnswer: hits.isEmpty)
  }
}
