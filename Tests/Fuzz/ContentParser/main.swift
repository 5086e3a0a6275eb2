import BaclofenContent

// libFuzzer entry point: any bytes as an article file must parse or produce issues, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let files = ContentFiles(
    origin: "fuzz", files: [ContentFile(path: "articles/x.md", bytes: bytes)])
  _ = LibraryLoader.load(files)
  return 0
}
