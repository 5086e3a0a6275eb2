import ArgumentParser
import BaclofenText

/// Mistakes ArgumentParser answers too vaguely, caught before it parses: a mistyped command
/// (it would report "unexpected argument" for the reader, the default command) and `help`
/// for a command that does not exist (it would print the general help and exit 0).
enum CommandHints {
  /// The message for `arguments`' first word when it is not a command, or nil.
  static func problem(in arguments: [String], commands names: @autoclosure () -> [String])
    -> String?
  {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let commands = names()
    if first == "help" {
      let topic = arguments.dropFirst().filter { !$0.hasPrefix("-") }
      guard let name = topic.first else { return nil }
      if !commands.contains(name), name != "help" {
        return "error: there is no command `\(name)` to explain."
          + suggestion(name, in: commands) + "\n" + list(commands)
      }
      if let extra = topic.dropFirst().first {
        return "error: `\(name)` has no command `\(extra)`. See `baclofen help \(name)`."
      }
      return nil
    }
    guard !commands.contains(first) else { return nil }
    var message = "error: unknown command `\(first)`."
    if let closest = Closest.match(first, in: commands) {
      let rest = arguments.dropFirst().map { " " + $0 }.joined()
      message += " Did you mean `\(closest)` (`baclofen \(closest)\(rest)`)?"
    } else {
      // Words with no command before them are most likely a question for the search.
      message +=
        " To search for these words: `baclofen search \(arguments.joined(separator: " "))`."
    }
    return message + "\n" + list(commands)
  }

  private static func suggestion(_ name: String, in commands: [String]) -> String {
    Closest.match(name, in: commands).map { " Did you mean `\($0)`?" } ?? ""
  }

  private static func list(_ commands: [String]) -> String {
    "Commands: \(commands.joined(separator: ", ")); see `baclofen --help`."
  }
}

extension Baclofen {
  /// Every command's name, as typed.
  static var commandNames: [String] {
    configuration.subcommands.map { $0._commandName }
  }
}
