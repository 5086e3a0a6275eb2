import BaclofenText
import Foundation

extension AppState {
  /// Draws the whole screen. Pure: the same state always gives the same cells.
  public func render() -> ScreenBuffer {
    var screen = ScreenBuffer(width: width, height: height)
    if tooSmall {
      renderTooSmall(into: &screen)
      return screen
    }
    let context = self.context
    // Where letters are typed, only F2 opens the warning.
    let typing = search != nil || (home.prompt != nil && (top == nil || top?.name == "home"))
    Banner(glyphs: env.glyphs, key: typing ? "F2" : "w").render(
      in: Rect(x: 0, y: 0, width: width, height: 1), buffer: &screen)
    if let shown {
      shown.render(in: context.body, buffer: &screen, context)
    } else {
      home.render(into: &screen)
    }
    footer.render(in: Rect(x: 0, y: height - 1, width: width, height: 1), buffer: &screen)
    return screen
  }

  /// Never garbage: one clear sentence, wrapped to whatever space there is.
  private func renderTooSmall(into screen: inout ScreenBuffer) {
    let text =
      "Terminal too small \(env.glyphs.dash) make it at least "
      + "\(Self.minimumWidth)×\(Self.minimumHeight) (now \(width)×\(height)). q quits."
    let lines = Wrap.strings(env.glyphs.ascii ? text.replacingX : text, width: max(1, width))
    let top = max(0, (height - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < height {
      screen.put(line, x: max(0, (width - line.displayWidth) / 2), y: top + index, style: .bold)
    }
  }

  // MARK: footer

  /// The footer of the screen in front, or the notice in its place.
  var footer: Footer { Footer(items: footerItems, notice: message) }

  /// The keymap's hints for the screen in front.
  private var footerItems: [FooterItem] {
    if shown == nil, home.prompt != nil { return SectionPrompt.keymap.footerItems(env.glyphs) }
    return shown?.footerItems(context) ?? home.keymap.footerItems(env.glyphs)
  }
}

extension String {
  /// "×" is not ASCII.
  fileprivate var replacingX: String { replacingOccurrences(of: "×", with: "x") }
}
