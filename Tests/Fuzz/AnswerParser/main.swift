import BaclofenContent
import BaclofenQuiz
import Foundation

// libFuzzer entry point: any text as `--answer` values must parse or give a typed error.
// Run from the package root (scripts/fuzz.sh does), so the real questionnaire is used.
let files = try! ContentFolder.read(URL(fileURLWithPath: "Content"))
let library = LibraryLoader.load(files).0
let questionnaire = Questionnaire.load(files, library: library).0!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let answers = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if let parsed = try? AnswerParser.parse(answers, in: questionnaire) {
    _ = questionnaire.evaluate(parsed)
  }
  return 0
}
