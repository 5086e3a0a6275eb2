/// The content model: articles made of sections made of blocks. Plain values, no I/O.

/// All articles of a content folder, in a stable order (by file name).
public struct Library: Sendable, Equatable {
  public var articles: [Article]

  public init(articles: [Article]) { self.articles = articles }

  /// Every section of every article, in reading order.
  public var sections: [Section] { articles.flatMap(\.sections) }

  public func article(id: String) -> Article? { articles.first { $0.id == id } }

  public func section(id: String) -> Section? {
    // Found among the bytes: by Character it was a sixth of reading the withdrawal warning.
    guard let slash = id.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
    return article(id: String(id[..<slash]))?.sections.first { $0.id == id }
  }

  /// Article ids and section ids, for hints and validation.
  public var allIDs: [String] { articles.flatMap { [$0.id] + $0.sections.map(\.id) } }
}

/// Where an article comes from and when it was checked.
/// What kind of organisation published an article, so a reader can weigh its interests.
public enum PublisherKind: String, Sendable, Equatable, CaseIterable {
  case treatmentProvider = "treatment-provider"
  case rehabCentre = "rehab-centre"
  case healthApp = "health-app"
  case unnamed

  /// "a treatment provider that prescribes baclofen", for "Ria Health (a treatment …)".
  public var description: String {
    switch self {
    case .treatmentProvider: "a treatment provider that prescribes baclofen"
    case .rehabCentre: "a rehab centre"
    case .healthApp: "a health app"
    case .unnamed: "publisher not named"
    }
  }

  /// "prescribing provider", beside every source a result cites.
  public var shortDescription: String {
    switch self {
    case .treatmentProvider: "prescribing provider"
    case .rehabCentre: "rehab centre"
    case .healthApp: "health app"
    case .unnamed: "publisher not named"
    }
  }
}

public struct Provenance: Sendable, Equatable {
  public var publisher: String?
  /// Set for every article in the bundled content; `check` requires it.
  public var publisherKind: PublisherKind?
  /// ISO dates (YYYY-MM-DD) as the article gives them.
  public var reviewed: String?
  public var reviewer: String?
  public var created: String?
  /// File name of the original text in `Content/sources/`.
  public var source: String?

  public init(
    publisher: String? = nil, publisherKind: PublisherKind? = nil, reviewed: String? = nil,
    reviewer: String? = nil, created: String? = nil, source: String? = nil
  ) {
    self.publisher = publisher
    self.publisherKind = publisherKind
    self.reviewed = reviewed
    self.reviewer = reviewer
    self.created = created
    self.source = source
  }
}

public struct Article: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// True when the source had no headline and the title was written by the editors.
  public var editorialTitle: Bool
  public var provenance: Provenance
  /// Sections in reading order; nesting is given by `level` and `parentID`.
  public var sections: [Section]
  /// The file it was read from, relative to the content folder.
  public var path: String

  public init(
    id: String, title: String, editorialTitle: Bool = false, provenance: Provenance = .init(),
    sections: [Section], path: String
  ) {
    self.id = id
    self.title = title
    self.editorialTitle = editorialTitle
    self.provenance = provenance
    self.sections = sections
    self.path = path
  }

  public func children(of section: Section) -> [Section] {
    sections.filter { $0.parentID == section.id }
  }

  /// The section followed by its nested sections: what a reader expects under one heading.
  public func subtree(of section: Section) -> [Section] {
    [section] + children(of: section)
  }
}

public struct Section: Sendable, Equatable, Identifiable {
  /// `article-id/section-slug`, stable across edits of other sections.
  public var id: String
  public var articleID: String
  public var title: String
  /// 1 for a top-level section, 2 for one nested under it.
  public var level: Int
  public var parentID: String?
  /// True when the heading was written by the editors rather than taken from the source.
  public var editorial: Bool
  public var blocks: [Block]
  /// Line of the heading in the article file.
  public var line: Int

  public init(
    id: String, articleID: String, title: String, level: Int, parentID: String? = nil,
    editorial: Bool = false, blocks: [Block], line: Int
  ) {
    self.id = id
    self.articleID = articleID
    self.title = title
    self.level = level
    self.parentID = parentID
    self.editorial = editorial
    self.blocks = blocks
    self.line = line
  }

  /// The body as plain text, blocks separated by newlines (for search and fidelity checks).
  public var plainText: String { blocks.map(\.plainText).joined(separator: "\n") }
}

public enum Block: Sendable, Equatable {
  case paragraph(RichText)
  case list([RichText])
  /// A boxed note; `label` is its bold lead-in such as "Note".
  case callout(label: String?, body: RichText)

  public var plainText: String {
    switch self {
    case .paragraph(let text): text.plainText
    case .list(let items): items.map(\.plainText).joined(separator: "\n")
    case .callout(let label, let body):
      [label.map { $0 + ":" }, body.plainText]
        .compactMap { $0 }.joined(separator: " ")
    }
  }
}

/// Text with emphasis: a sequence of runs, some strong.
public struct RichText: Sendable, Equatable {
  public struct Run: Sendable, Equatable {
    public var text: String
    public var strong: Bool
    public init(_ text: String, strong: Bool = false) {
      self.text = text
      self.strong = strong
    }
  }

  public var runs: [Run]

  public init(runs: [Run]) { self.runs = runs }
  public init(_ text: String) { self.runs = [Run(text)] }

  /// Run after run: `joined()` is generic code whose first call looks up the array's
  /// conformances at run time (the reader's first frame wraps these texts).
  public var plainText: String { runs.reduce(into: "") { $0 += $1.text } }
}

extension Article {
  /// "Baclofen for Alcohol Use Disorder (prescribing provider)": the title with the kind of
  /// publisher, so whoever reads a citation can weigh where it comes from.
  public var citedTitle: String {
    guard let kind = provenance.publisherKind else { return title }
    return "\(title) (\(kind.shortDescription))"
  }
}
