import Foundation
import PackagePlugin

/// Compiles the package's `Content/` folder into the target as Swift source, so the built
/// binary carries its articles and runs from any directory without the source tree.
@main
struct EmbedContent: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Content")
    let inputs = try contentFiles(under: root)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) content files",
        executable: try context.tool(named: "embed-content").url,
        arguments: [output.path, root.path],
        // The folder itself is an input so that adding or removing a file re-runs the tool.
        inputFiles: [root] + inputs,
        outputFiles: [output])
    ]
  }

  /// Every file below `root` except the original sources, which only the tests read.
  private func contentFiles(under root: URL) throws -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in walker {
      let relative = url.path.dropFirst(root.path.count + 1)
      if relative.hasPrefix("sources/") || url.lastPathComponent.hasPrefix(".") { continue }
      if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        files.append(url)
      }
    }
    return files.sorted { $0.path < $1.path }
  }
}
