import BaclofenContent
import BaclofenQuiz
import Foundation

// libFuzzer entry point: any bytes as an article's front matter and as questionnaire.yaml
// must parse or produce issues — never trap, never hang, never blow up on aliases.
// Run from the package root (Tests/Scripts/fuzz.sh does), so the real library is cited.
let library = LibraryLoader.load(try! ContentFolder.read(URL(fileURLWithPath: "Content"))).0

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let article = Array("---\n".utf8) + bytes + Array("\n---\n## A\n\nText.\n".utf8)
  _ = LibraryLoader.load(
    ContentFiles(origin: "fuzz", files: [ContentFile(path: "articles/x.md", bytes: article)]))
  _ = Questionnaire.load(
    ContentFiles(origin: "fuzz", files: [ContentFile(path: Questionnaire.path, bytes: bytes)]),
    library: library)
  return 0
}
