import BaclofenBundled
import BaclofenContent
import BaclofenQuiz
import BaclofenUI
import Foundation
import Testing

/// The bundled articles, loaded once.
let bundledLibrary: Library = {
  let (library, issues) = LibraryLoader.load(BundledContent.files)
  precondition(issues.isEmpty, "bundled content has issues: \(issues)")
  return library
}()

/// A fixed withdrawal warning citing real sections, so screen tests do not change when the
/// content's warning is edited.
let testWithdrawal = WithdrawalWarning(
  title: "Never stop baclofen suddenly",
  points: [
    .init(
      text: "Stopping suddenly can cause seizures, hallucinations and severe muscle spasms.",
      sources: ["august-overview/stopping-baclofen"], group: "Why it matters"),
    .init(
      text: "Your prescriber lowers the dose slowly, over days or weeks.",
      sources: [
        "august-overview/stopping-baclofen", "august-overview/how-long-should-i-take-baclofen-for",
      ],
      group: "How to stop safely"),
  ])

/// The bundled questionnaire, loaded once.
let bundledQuestionnaire: Questionnaire = {
  let (questionnaire, issues) = Questionnaire.load(BundledContent.files, library: bundledLibrary)
  precondition(issues.isEmpty, "bundled questionnaire has issues: \(issues)")
  return questionnaire!
}()

/// A reader over the bundled articles and questionnaire, searched by the substring stand-in.
/// It opens as on a first run, on the start page with the reader focused; `inContents`
/// (most tests) presses Tab first, to begin from the contents.
func bundledApp(width: Int = 80, height: Int = 24, ascii: Bool = false, inContents: Bool = true)
  -> HeadlessApp
{
  var app = HeadlessApp(
    AppState(
      library: bundledLibrary, withdrawal: testWithdrawal,
      search: StandInSearch.provider(for: bundledLibrary), questionnaire: bundledQuestionnaire,
      width: width, height: height, ascii: ascii))
  if inContents { app.press(.tab) }
  return app
}

/// A small library whose text is Chinese and Japanese: every character two columns wide.
let cjkLibrary = Library(articles: [
  Article(
    id: "cjk", title: "巴氯芬患者指南", provenance: Provenance(publisher: "测试出版社", reviewed: "2024-05-01"),
    sections: [
      Section(
        id: "cjk/intro", articleID: "cjk", title: "什么是巴氯芬？", level: 1,
        blocks: [
          .paragraph(
            RichText("巴氯芬是一种肌肉松弛剂，用于治疗多发性硬化症或脊髓疾病引起的肌肉痉挛。它通过作用于脊髓中的神经信号来减少肌肉的僵硬和痉挛。")),
          .list([RichText("减少肌肉痉挛"), RichText("缓解疼痛并改善活动能力")]),
        ], line: 1),
      Section(
        id: "cjk/stopping", articleID: "cjk", title: "服用をやめるとき", level: 1,
        blocks: [
          .paragraph(
            RichText("バクロフェンを急にやめると、けいれんや幻覚などの重い離脱症状が起こることがあります。必ず医師と相談し、少しずつ減らしてください。")),
          .callout(label: "注意", body: RichText("自分の判断で服用をやめないでください。")),
        ], line: 9),
    ], path: "cjk.md")
])

func cjkApp(width: Int = 80, height: Int = 24) -> HeadlessApp {
  var app = HeadlessApp(
    AppState(
      library: cjkLibrary,
      withdrawal: WithdrawalWarning(
        title: "不要突然停药",
        points: [.init(text: "突然停药可能引起癫痫发作。", sources: ["cjk/stopping"], group: "原因")]),
      search: StandInSearch.provider(for: cjkLibrary), width: width, height: height))
  app.press(.tab)
  return app
}

/// Compares the screen with `Screens/<name>.txt`. With `RECORD_SCREENS=1` the file is
/// written instead (review it by eye before committing).
func expectScreen(
  _ app: HeadlessApp, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let actual = app.text + "\n"
  let screen = app.screen
  // Nothing may be drawn past the right edge: every row is exactly as wide as the screen.
  for y in 0..<screen.height {
    let width = (0..<screen.width).reduce(0) { $0 + screen[$1, y].width }
    #expect(
      width == screen.width, "row \(y) is \(width) columns wide", sourceLocation: sourceLocation)
    for x in 0..<screen.width where screen[x, y].width == 2 {
      #expect(
        x + 1 < screen.width && screen[x + 1, y].isContinuation, sourceLocation: sourceLocation)
    }
  }
  if ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Screens/\(name).txt")
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let base = Bundle.module.resourceURL,
    case let url = base.appendingPathComponent("Screens/\(name).txt"),
    FileManager.default.fileExists(atPath: url.path)
  else {
    Issue.record(
      "no expected screen Screens/\(name).txt; record it with RECORD_SCREENS=1",
      sourceLocation: sourceLocation)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(actual == expected, "screen \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
}
