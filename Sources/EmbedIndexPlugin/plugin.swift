import Foundation
import PackagePlugin

/// Builds the search index of the package's `Content/articles` when the target is built and
/// compiles it in, so the program opens a ready index instead of indexing at every start.
@main
struct EmbedIndex: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Content")
    let articles = root.appending(path: "articles")
    let inputs = try FileManager.default.contentsOfDirectory(
      at: articles, includingPropertiesForKeys: nil
    ).filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    let synonyms = root.appending(path: "synonyms.yaml")
    let words = root.appending(path: "lexicon/english-words.txt")
    // Optional in a content folder; compiled in when there.
    let kinds = [root.appending(path: "question-kinds.txt")].filter {
      FileManager.default.fileExists(atPath: $0.path)
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIndex.swift")
    return [
      .buildCommand(
        displayName: "Indexing \(inputs.count) articles",
        executable: try context.tool(named: "embed-index").url,
        arguments: [output.path, root.path],
        // The folder itself is an input so that adding or removing an article re-runs it;
        // the synonyms (their terms tokenized into the image), the word list and the question
        // kinds are read too.
        inputFiles: [articles, synonyms, words] + kinds + inputs,
        outputFiles: [output])
    ]
  }
}
