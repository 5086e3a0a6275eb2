import BaclofenContent
import BaclofenSearch
import Foundation

// libFuzzer entry point: any query text returns results or nothing — never an error or a trap.
// Run from the package root (scripts/fuzz.sh does), so the index holds the real articles.
let files = try! ContentFolder.read(URL(fileURLWithPath: "Content"))
let library = LibraryLoader.load(files).0
let index = try! SearchIndex(library: library, synonyms: Synonyms.load(files).0)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let response = index.search(query, limit: 5)
  for result in response.results {
    _ = response.matchRanges(in: result.snippet.text)
    _ = result.snippet.marked()
  }
  return 0
}
