import BaclofenBundled
import BaclofenBundledIndex
import BaclofenContent
import BaclofenSearch
import GRDB
import Testing

/// The bundled content and its index as the program opens it (built with the binary), once
/// for every test.
let bundledLibrary = LibraryLoader.load(BundledContent.files).0
let bundledSynonyms = Synonyms.load(BundledContent.files).0
let bundledIndex = try! BundledIndex.open(synonyms: bundledSynonyms)

/// Mean reciprocal rank of the first relevant section in the top 10, and the share of
/// queries with a relevant section in the top 3.
struct RankingFigures: CustomStringConvertible {
  var mrr = 0.0
  var topThree = 0.0
  var misses: [String] = []

  init(_ queries: [JudgedQuery], ranked: (String) -> [String]) {
    for judged in queries {
      let ids = Array(ranked(judged.query).prefix(10))
      let rank = ids.firstIndex(where: judged.relevant.contains).map { $0 + 1 }
      mrr += rank.map { 1 / Double($0) } ?? 0
      if let rank, rank <= 3 {
        topThree += 1
      } else {
        misses.append("\(judged.query) → \(rank.map(String.init) ?? "-"): \(ids.prefix(3))")
      }
    }
    mrr /= Double(queries.count)
    topThree /= Double(queries.count)
  }

  var description: String {
    "MRR@10 \((mrr * 1000).rounded() / 1000), top-3 \((topThree * 1000).rounded() / 10) %"
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

  func search(_ query: String) -> [String] {
    let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
    guard !words.isEmpty else { return [] }
    let rows =
      (try? queue.read { db in
        try Int.fetchAll(
          db, sql: "SELECT rowid FROM plain WHERE plain MATCH ? ORDER BY bm25(plain) LIMIT 10",
          arguments: [words.joined(separator: " OR ")])
      }) ?? []
    return rows.map { ids[$0 - 1] }
  }
}

@Suite struct RankingTests {
  @Test func judgedQueriesFindTheAnsweringSectionFirst() throws {
    #expect(judgedQueries.count >= 40)
    let ours = RankingFigures(judgedQueries) { query in
      bundledIndex.search(query, limit: 10).results.map(\.sectionID)
    }
    let plain = try PlainFTS5(bundledLibrary)
    let baseline = RankingFigures(judgedQueries, ranked: plain.search)
    print("Judged set (\(judgedQueries.count) queries): search index \(ours)")
    print("Judged set (\(judgedQueries.count) queries): plain FTS5   \(baseline)")
    for miss in ours.misses { print("  not in top 3: \(miss)") }
    #expect(ours.mrr >= 0.90)
    #expect(ours.topThree >= 0.95)
  }

  @Test func judgedSectionIDsExist() {
    for judged in judgedQueries {
      for id in judged.relevant {
        #expect(bundledLibrary.section(id: id) != nil, "\(judged.query): unknown id \(id)")
      }
    }
  }
}
