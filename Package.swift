// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "BaclofenGuide",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "baclofen", targets: ["baclofen"]),
    .executable(name: "baclofen-bench", targets: ["baclofen-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
  ],
  targets: [
    // Pure text helpers: display width, wrapping, control-character safety.
    .target(name: "BaclofenText"),
    // Content model, Markdown subset parser, loader and validation.
    .target(
      name: "BaclofenContent",
      dependencies: ["BaclofenText", .product(name: "Yams", package: "Yams")]),
    // The Content/ folder compiled into the binary, so it runs from anywhere.
    .target(
      name: "BaclofenBundled",
      dependencies: ["BaclofenContent"],
      plugins: ["EmbedContent"]),
    .executableTarget(name: "embed-content"),
    // Deterministic large libraries for benchmarks and scale tests.
    .target(name: "BaclofenSynthetic", dependencies: ["BaclofenContent"]),
    .plugin(
      name: "EmbedContent", capability: .buildTool(), dependencies: ["embed-content"],
      path: "Sources/EmbedContentPlugin"),
    .target(
      name: "BaclofenSearch",
      dependencies: [
        "BaclofenContent", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "BaclofenQuiz",
      dependencies: [
        "BaclofenText", "BaclofenContent", .product(name: "Yams", package: "Yams"),
      ]),
    // App state, update and render into a ScreenBuffer: no curses, no I/O.
    .target(
      name: "BaclofenUI",
      dependencies: ["BaclofenText", "BaclofenContent", "BaclofenSearch", "BaclofenQuiz"]),
    // Adapts the search engine to the reader's search interface.
    .target(name: "BaclofenReaderSearch", dependencies: ["BaclofenSearch", "BaclofenUI"]),
    .systemLibrary(
      name: "CNCurses",
      providers: [.apt(["libncurses-dev"])]),
    // The only code that touches curses.
    .target(name: "BaclofenTerminal", dependencies: ["CNCurses", "BaclofenUI"]),
    .executableTarget(
      name: "baclofen",
      dependencies: [
        "BaclofenContent", "BaclofenBundled", "BaclofenSearch", "BaclofenQuiz", "BaclofenUI",
        "BaclofenReaderSearch", "BaclofenTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "baclofen-bench",
      dependencies: [
        "BaclofenContent", "BaclofenBundled", "BaclofenSearch", "BaclofenQuiz", "BaclofenUI",
        "BaclofenReaderSearch", "BaclofenSynthetic",
      ]),
    .testTarget(name: "BaclofenTextTests", dependencies: ["BaclofenText"]),
    .testTarget(
      name: "BaclofenContentTests",
      dependencies: ["BaclofenContent", "BaclofenBundled", "BaclofenSynthetic"],
      exclude: ["section-ids.txt"]),
    .testTarget(
      name: "BaclofenSearchTests",
      dependencies: [
        "BaclofenSearch", "BaclofenBundled", "BaclofenSynthetic",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "BaclofenQuizTests", dependencies: ["BaclofenQuiz", "BaclofenBundled"]),
    .testTarget(
      name: "BaclofenUITests",
      dependencies: ["BaclofenUI", "BaclofenBundled", "BaclofenSynthetic"],
      resources: [.copy("Screens")]),
    .testTarget(name: "EndToEndTests", dependencies: ["baclofen"]),
  ],
  swiftLanguageModes: [.v6]
)
