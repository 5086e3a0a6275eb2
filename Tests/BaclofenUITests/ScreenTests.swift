import BaclofenUI
import Testing

/// Whole screens at fixed sizes, compared with `Screens/*.txt` (RECORD_SCREENS=1 re-records).
@Suite struct ScreenTests {
  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func home(width: Int, height: Int) throws {
    try expectScreen(bundledApp(width: width, height: height), "home-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func reading(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.press(.down, .down, .enter, .pageDown)
    try expectScreen(app, "reading-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func search(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("/stop")
    try expectScreen(app, "search-\(width)x\(height)")
    app.press(.down, .enter)
    try expectScreen(app, "search-opened-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func help(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("?")
    try expectScreen(app, "help-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func withdrawal(width: Int, height: Int) throws {
    var app = bundledApp(width: width, height: height)
    app.type("w")
    try expectScreen(app, "withdrawal-\(width)x\(height)")
  }

  @Test func tooSmallAndBack() throws {
    var app = bundledApp()
    app.press(.down, .down, .enter)
    app.resize(width: 39, height: 12)
    try expectScreen(app, "too-small-39x12")
    app.resize(width: 20, height: 5)
    try expectScreen(app, "too-small-20x5")
    app.resize(width: 80, height: 24)
    try expectScreen(app, "too-small-recovered-80x24")
  }

  @Test func asciiGlyphs() throws {
    var app = bundledApp(ascii: true)
    app.press(.end, .enter)
    try expectScreen(app, "ascii-80x24")
  }

  @Test(arguments: [(80, 24), (40, 12), (41, 12)])
  func cjk(width: Int, height: Int) throws {
    var app = cjkApp(width: width, height: height)
    try expectScreen(app, "cjk-home-\(width)x\(height)")
    app.press(.down, .down, .enter)
    try expectScreen(app, "cjk-reading-\(width)x\(height)")
    app.type("/痉挛")
    try expectScreen(app, "cjk-search-\(width)x\(height)")
  }
}
