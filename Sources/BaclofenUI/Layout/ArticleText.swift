import BaclofenContent
import BaclofenText

/// Article-level text: the title and the provenance line shown at the top of every article.
public enum ArticleText {
  /// "Publisher · Medically reviewed by … on 2 March 2023 · Created 13 January 2025".
  public static func provenance(_ article: Article) -> String {
    let p = article.provenance
    var parts: [String] = []
    switch (p.publisher, p.publisherKind) {
    case (let name?, let kind?) where kind != .unnamed:
      parts.append("\(name) (\(kind.description))")
    case (let name?, _): parts.append(name)
    case (nil, let kind?):
      parts.append(kind.description.prefix(1).uppercased() + kind.description.dropFirst())
    case (nil, nil): break
    }
    if let reviewed = p.reviewed {
      let who = p.reviewer.map { " by \($0)" } ?? ""
      parts.append("Medically reviewed\(who) on \(longDate(reviewed))")
    }
    if let created = p.created { parts.append("Created \(longDate(created))") }
    if parts.isEmpty { parts.append("Publisher not named") }
    return parts.joined(separator: " · ")
  }

  public static func header(_ article: Article, width: Int) -> [StyledLine] {
    let title = article.title + (article.editorialTitle ? " (editors’ title)" : "")
    let layout = SectionLayout(width: width)
    return layout.wrap(RichText(title), style: [.bold, .heading], indent: "", hanging: "")
      + layout.wrap(RichText(provenance(article)), style: .dim, indent: "", hanging: "")
  }

  /// 2023-03-02 → "2 March 2023"; anything else is returned as it is.
  public static func longDate(_ iso: String) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
    return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
  }
}
