/// Where the home screen's parts go at the current size. Shared by `render` and by mouse
/// handling in `update`, so a click always lands on what was drawn there.
struct HomeGeometry {
  /// Narrower than this, contents and reader are shown one at a time (Tab switches).
  static let twoPaneWidth = 70
  /// A comfortable line length for reading.
  static let measure = 84

  let twoPanes: Bool
  /// The contents pane (title row included) and the reader pane; nil when hidden.
  let contentsX: Int
  let contentsWidth: Int
  let showContents: Bool
  let showReader: Bool
  let readerX: Int
  let readerWidth: Int
  /// The reader's text column and width.
  let textX: Int
  let textWidth: Int
  /// Rows between the banner and the status bar.
  let bodyTop = 1
  let bodyHeight: Int
  /// Rows of the contents list (below its title row).
  var listTop: Int { bodyTop + 1 }
  var listHeight: Int { max(1, bodyHeight - 1) }
  let statusRow: Int
  let footerRow: Int

  init(_ state: HomeScreen) {
    let width = state.width
    twoPanes = width >= Self.twoPaneWidth && !state.onePane
    bodyHeight = max(1, state.height - 3)
    statusRow = state.height - 2
    footerRow = state.height - 1
    if twoPanes {
      contentsX = 0
      // A third of the screen; on a wide one, what is left beside a full reading measure,
      // as far as the longest title needs.
      let third = max(24, min(34, width / 3))
      let spare = width - third - 1 - (Self.measure + 3)
      contentsWidth =
        spare > 0 ? max(third, min(state.env.contentsWidest + 2, third + spare)) : third
      showContents = true
      showReader = true
      readerX = contentsWidth + 1
      readerWidth = width - readerX
    } else {
      contentsX = 0
      contentsWidth = width
      showContents = state.focus == .contents
      showReader = state.focus == .reader
      readerX = 0
      readerWidth = width
    }
    textWidth = max(10, min(Self.measure, readerWidth - 2))
    // Beside the contents the text starts next to them, with no gulf between; alone it is
    // centred.
    let margin =
      twoPanes ? min(2, (readerWidth - textWidth + 1) / 2) : (readerWidth - textWidth) / 2
    textX = readerX + max(1, margin)
  }

  /// Lines the reader shows at once.
  var readerHeight: Int { bodyHeight }
}
