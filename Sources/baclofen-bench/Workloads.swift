import BaclofenContent
import BaclofenSearch
import BaclofenUI

/// The inputs every query and keystroke benchmark rotates through.
enum Workloads {
  /// A mixed query set: plain words, misspellings, everyday words, phrases and prefixes.
  static let queries = [
    "withdrawal seizures",
    "baclofin withdrawl",
    "can i drink booze on it",
    "kidney",
    "side effects",
    "what if i miss a dose",
    "pregnan",
    "musc",
    "\"multiple sclerosis\"",
    "stopping suddenly hallucinations",
    "spastisity",
    "alcohol use disorder",
  ]

  /// Every prefix a person types on the way to a few queries, one keystroke each.
  static let keystrokes: [String] = [
    "withdrawal seizures", "can i drink alcohol", "baclofin dose", "kidney problems",
  ].flatMap { query in
    (1...query.count).map { String(query.prefix($0)) }
  }
}

/// A stand-in for the reader's search-as-you-type frame: the top results' titles and
/// snippets, then the first result's section, laid out into `height` rows of `width` columns.
/// TODO(lead): switch `keystroke.*` to the real `AppState` update + `render` once the UI
/// branch is merged; this measures search + `SectionLayout`, not the real renderer.
struct SearchFrame {
  var width = 120
  var height = 40

  /// `section` fetches a result's full section (lazily for large libraries).
  func render(_ response: SearchResponse, section: (String) -> Section?) -> [String] {
    let layout = SectionLayout(width: width, highlighter: { response.matchRanges(in: $0) })
    var rows: [String] = ["/" + response.query]
    for result in response.results.prefix(8) {
      rows.append(result.sectionTitle + " — " + result.articleTitle)
      rows += layout.wrap(RichText(result.snippet.text), style: [], indent: "  ", hanging: "  ")
        .prefix(2).map(\.plainText)
    }
    if let first = response.results.first, let section = section(first.sectionID) {
      rows += layout.lines(for: section).map(\.plainText)
    }
    rows = Array(rows.prefix(height))
    rows += Array(repeating: "", count: height - rows.count)
    return rows.map { $0.fitted(to: width) }
  }
}

extension String {
  fileprivate func fitted(to width: Int) -> String {
    let count = self.count
    return count >= width
      ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
  }
}
