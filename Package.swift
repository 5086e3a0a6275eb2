// swift-tools-version:6.1
import Foundation
import PackageDescription

// Release binaries carry the Swift runtime and Foundation inside them: no dynamic symbol binding
// at start and only the pages they use in memory (start-up about 40 % faster, RSS 30 % lower).
// Every module that goes into them is compiled for the static runtime so it links the static
// libraries' own dependencies. Generic types' metadata is made by calling their accessors
// with the conformances the compiler already knows, not from mangled names: the runtime then
// had to find each conformance among 6,600 records one by one, a sixth of the instructions to
// the reader's first frame.
let staticRuntime: [SwiftSetting] = [
  .unsafeFlags(
    [
      "-static-stdlib", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
    ], .when(configuration: .release))
]
// Still position independent, so the binary loads at a random address (it reads cache files
// and folders it did not write), but with its 86,000 relocations packed (RELR, lld): ld.so
// reads a few kilobytes instead of a 2 MB table, for most of what linking at a fixed address
// would save.
let staticLink: [LinkerSetting] = [
  .unsafeFlags(
    ["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
    .when(configuration: .release))
]

// SQLite, ncurses and the C++ library the Swift runtime uses linked into the reader too, where
// the system has their archives (`Sources/baclofen/Linking/` links to them, ahead of the shared
// ones in the linker's search): binding their symbols was 1.9 M instructions of every start, a
// tenth of the first frame, and relocating libstdc++.so another 1.7 M.
let staticLibraries: [LinkerSetting] =
  ["sqlite3", "ncursesw", "tinfo"].allSatisfy {
    FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/lib\($0).a")
  }
  ? [
    .unsafeFlags(
      ["-L", Context.packageDirectory + "/Sources/baclofen/Linking", "-Xlinker", "-ltinfo"],
      .when(platforms: [.linux], configuration: .release))
  ] : []

// The functions a search and the reader's first frame run, in the order they first run
// (`Tests/Scripts/startup-order.sh` lists them from callgrind): laid out together, start-up
// touches fewer pages of the binary. A name no longer in the binary is skipped.
let startupOrder: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-Xlinker",
      "--symbol-ordering-file=" + Context.packageDirectory
        + "/Sources/baclofen/Linking/startup-order.txt",
      "-Xlinker", "--no-warn-symbol-ordering",
    ], .when(platforms: [.linux], configuration: .release))
]

// The static runtime links with `-export-dynamic`, which put every public symbol of the
// packages' and modules' own objects in the dynamic symbol table (9,800, GRDB's 4,800 of
// them): nothing looks them up, but the runtime's `dladdr` at start walked them all (0.24 M
// instructions) and their names were pages read at every start. None is exported now.
let localSymbols: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-Xlinker",
      "--version-script=" + Context.packageDirectory + "/Sources/baclofen/Linking/exports.map",
    ], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "BaclofenGuide",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "baclofen", targets: ["baclofen"]),
    .executable(name: "baclofen-bench", targets: ["baclofen-bench"]),
    .executable(name: "bench-hello", targets: ["bench-hello"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
  ],
  targets: [
    // Pure text helpers: display width, wrapping, control-character safety.
    .target(name: "BaclofenText", swiftSettings: staticRuntime),
    // Content model, Markdown subset parser, loader and validation.
    .target(
      name: "BaclofenContent",
      dependencies: ["BaclofenText", .product(name: "Yams", package: "Yams")],
      swiftSettings: staticRuntime),
    // The Content/ folder compiled into the binary, so it runs from anywhere.
    .target(
      name: "BaclofenBundled",
      dependencies: ["BaclofenContent"], swiftSettings: staticRuntime,
      plugins: ["EmbedContent"]),
    .executableTarget(
      name: "embed-content", dependencies: ["BaclofenContent"], swiftSettings: staticRuntime,
      linkerSettings: staticLink),
    // Deterministic large libraries for benchmarks and scale tests.
    .target(
      name: "BaclofenSynthetic", dependencies: ["BaclofenContent"], swiftSettings: staticRuntime),
    .plugin(
      name: "EmbedContent", capability: .buildTool(), dependencies: ["embed-content"],
      path: "Sources/EmbedContentPlugin"),
    .target(
      name: "BaclofenSearch",
      dependencies: [
        "BaclofenContent", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ], swiftSettings: staticRuntime),
    // The bundled articles' search index, built with the binary.
    .target(
      name: "BaclofenBundledIndex",
      dependencies: ["BaclofenBundled", "BaclofenContent", "BaclofenSearch"],
      swiftSettings: staticRuntime, plugins: ["EmbedIndex"]),
    .executableTarget(
      name: "embed-index", dependencies: ["BaclofenContent", "BaclofenSearch"],
      swiftSettings: staticRuntime, linkerSettings: staticLink),
    .plugin(
      name: "EmbedIndex", capability: .buildTool(), dependencies: ["embed-index"],
      path: "Sources/EmbedIndexPlugin"),
    // What is kept between runs: atomic JSON files in the XDG state folder.
    .target(name: "BaclofenStore", swiftSettings: staticRuntime),
    .target(
      name: "BaclofenQuiz",
      dependencies: [
        "BaclofenText", "BaclofenContent", "BaclofenStore", .product(name: "Yams", package: "Yams"),
      ], swiftSettings: staticRuntime),
    // App state, update and render into a ScreenBuffer: no curses, no I/O.
    .target(
      name: "BaclofenUI",
      dependencies: ["BaclofenText", "BaclofenContent", "BaclofenQuiz", "BaclofenStore"],
      swiftSettings: staticRuntime),
    // Adapts the search engine to the reader's search interface.
    .target(
      name: "BaclofenReaderSearch", dependencies: ["BaclofenSearch", "BaclofenUI"],
      swiftSettings: staticRuntime),
    .systemLibrary(
      name: "CNCurses",
      providers: [.apt(["libncurses-dev"])]),
    // The only code that touches curses.
    .target(
      name: "BaclofenTerminal", dependencies: ["CNCurses", "BaclofenText", "BaclofenUI"],
      swiftSettings: staticRuntime),
    .executableTarget(
      name: "baclofen",
      dependencies: [
        "BaclofenContent", "BaclofenBundled", "BaclofenBundledIndex", "BaclofenSearch",
        "BaclofenQuiz", "BaclofenStore", "BaclofenUI", "BaclofenReaderSearch", "BaclofenTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ], exclude: ["Linking"], swiftSettings: staticRuntime,
      linkerSettings: staticLink + staticLibraries + startupOrder + localSymbols),
    // The floor of whole-process figures: Foundation's start and one line of JSON.
    .executableTarget(
      name: "bench-hello", swiftSettings: staticRuntime, linkerSettings: staticLink),
    .executableTarget(
      name: "baclofen-bench",
      dependencies: [
        "BaclofenContent", "BaclofenBundled", "BaclofenBundledIndex", "BaclofenSearch",
        "BaclofenQuiz", "BaclofenUI", "BaclofenReaderSearch", "BaclofenSynthetic",
        .product(name: "GRDB", package: "GRDB.swift"),
      ], swiftSettings: staticRuntime, linkerSettings: staticLink),
    .testTarget(name: "BaclofenTextTests", dependencies: ["BaclofenText"]),
    .testTarget(
      name: "BaclofenContentTests",
      dependencies: ["BaclofenContent", "BaclofenBundled", "BaclofenSynthetic"],
      exclude: ["section-ids.txt"]),
    .testTarget(
      name: "BaclofenSearchTests",
      dependencies: [
        "BaclofenSearch", "BaclofenBundled", "BaclofenBundledIndex", "BaclofenSynthetic",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "BaclofenStoreTests", dependencies: ["BaclofenStore"]),
    .testTarget(
      name: "BaclofenQuizTests", dependencies: ["BaclofenQuiz", "BaclofenBundled"]),
    .testTarget(
      name: "BaclofenUITests",
      dependencies: ["BaclofenUI", "BaclofenBundled", "BaclofenSynthetic"],
      resources: [.copy("Screens")]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["baclofen", "BaclofenQuiz", "BaclofenBundled"]),
  ],
  swiftLanguageModes: [.v6]
)
