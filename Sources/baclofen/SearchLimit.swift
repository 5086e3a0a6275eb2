extension Search {
  /// The most results one search shows.
  static let maximumLimit = 100

  /// `--limit` within `maximumLimit`: asking for more is not a mistake worth failing for
  /// (a script asking for "all of them"), so it is capped with a note on stderr.
  static func cappedLimit(_ limit: Int) -> Int {
    guard limit > maximumLimit else { return limit }
    Output.error(
      "note: --limit \(limit) is more than a search shows; showing up to \(maximumLimit).")
    return maximumLimit
  }
}
