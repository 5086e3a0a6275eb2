import BaclofenContent
import BaclofenText

/// `s`: "Is baclofen for you?". The questionnaire engine is being written separately; until
/// it is wired in, this screen says what is coming and where to read meanwhile. Its state
/// and its two functions are the seam a real questionnaire screen replaces.
struct QuestionnaireState: Sendable, Hashable {}

extension AppState {
  mutating func handleQuestionnaire(_ event: Event, _ questionnaire: QuestionnaireState) -> [Effect]
  {
    switch event {
    case .key(let key):
      switch key {
      case .escape, .backspace, .left, .character("h"), .character("s"), .function(3):
        overlay = nil
      default:
        return handleGlobal(key) ?? []
      }
    case .mouse(let mouse):
      if mouse.action == .click, mouse.y == height - 1, let key = footerKey(atColumn: mouse.x) {
        return handleQuestionnaire(.key(key), questionnaire)
      }
    default: break
    }
    return []
  }

  func renderQuestionnaire(_ questionnaire: QuestionnaireState, into screen: inout ScreenBuffer) {
    let textWidth = min(width - 4, 76)
    let x = max(2, (width - textWidth) / 2)
    let layout = SectionLayout(width: textWidth, ascii: env.glyphs.ascii)
    let paragraphs: [(String, TextStyle)] = [
      ("Is baclofen for you?", [.bold, .heading]),
      (
        "A short questionnaire is coming here: a few questions about why you are considering "
          + "baclofen, your health and the medicines you take.", []
      ),
      (
        "Its result will list what favours baclofen, what calls for caution and what argues "
          + "against it, each with the section it comes from.", []
      ),
      (
        "Until then, press / and search, for example \u{201C}side effects\u{201D} or "
          + "\u{201C}kidney\u{201D}, or browse the contents.", []
      ),
      ("Information to discuss with a prescriber, not a prescription.", .dim),
    ]
    var y = 2
    for (text, style) in paragraphs where y < height - 1 {
      for line in layout.wrap(RichText(text), style: style, indent: "", hanging: "")
      where y < height - 1 {
        screen.put(line, x: x, y: y, limit: width - 1)
        y += 1
      }
      y += 1
    }
    screen.cursor = Point(x: x, y: 2)
  }
}
