/// The answers given, in the order they were first given: question id to option id.
public struct Answers: Sendable, Codable, Hashable {
  public struct Entry: Sendable, Codable, Hashable {
    public var question: String
    public var option: String
    public init(question: String, option: String) {
      self.question = question
      self.option = option
    }
  }

  public private(set) var entries: [Entry]

  public init() { entries = [] }

  public init(_ pairs: KeyValuePairs<String, String>) {
    entries = []
    for (question, option) in pairs { self[question] = option }
  }

  /// Setting replaces an answer in place (keeping its position); nil removes it.
  public subscript(question: String) -> String? {
    get { entries.first { $0.question == question }?.option }
    set {
      let index = entries.firstIndex { $0.question == question }
      switch (index, newValue) {
      case (let index?, let option?): entries[index].option = option
      case (let index?, nil): entries.remove(at: index)
      case (nil, let option?): entries.append(Entry(question: question, option: option))
      case (nil, nil): break
      }
    }
  }

  public var isEmpty: Bool { entries.isEmpty }
  public var count: Int { entries.count }
}

/// One `QID=OPTION` answer, as typed on the command line.
public struct ParsedAnswer: Sendable, Equatable {
  public var question: String
  public var option: String
  public init(question: String, option: String) {
    self.question = question
    self.option = option
  }
}

public enum AnswerParseError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingEquals(String)
  case emptyQuestion(String)
  case emptyOption(question: String)
  case unknownQuestion(String, valid: [String])
  case unknownOption(question: String, option: String, valid: [String])
  case duplicate(question: String)

  public var description: String {
    switch self {
    case .missingEquals(let text):
      "answer `\(text)` is not QUESTION=OPTION (for example purpose=alcohol)"
    case .emptyQuestion(let text): "answer `\(text)` has no question before `=`"
    case .emptyOption(let question): "answer to `\(question)` has no option after `=`"
    case .unknownQuestion(let question, let valid):
      "unknown question `\(question)`; questions: \(valid.joined(separator: ", "))"
    case .unknownOption(let question, let option, let valid):
      "question `\(question)` has no option `\(option)`; options: "
        + valid.joined(separator: ", ")
    case .duplicate(let question): "question `\(question)` is answered more than once"
    }
  }
}

/// Parses `QID=OPTION` strings against a questionnaire. Pure and total: any input gives an
/// answer or an error, never a crash.
public enum AnswerParser {
  public static func parse(_ text: String, in questionnaire: Questionnaire) throws(AnswerParseError)
    -> ParsedAnswer
  {
    guard let equals = text.firstIndex(of: "=") else { throw .missingEquals(text) }
    let question = trimmed(text[..<equals])
    let option = trimmed(text[text.index(after: equals)...])
    guard !question.isEmpty else { throw .emptyQuestion(text) }
    guard let found = questionnaire.question(id: question) else {
      throw .unknownQuestion(question, valid: questionnaire.questions.map(\.id))
    }
    guard !option.isEmpty else { throw .emptyOption(question: question) }
    guard found.option(id: option) != nil else {
      throw .unknownOption(question: question, option: option, valid: found.options.map(\.id))
    }
    return ParsedAnswer(question: question, option: option)
  }

  /// All answers in order; the same question twice is an error rather than a silent choice.
  public static func parse(_ texts: [String], in questionnaire: Questionnaire)
    throws(AnswerParseError) -> Answers
  {
    var answers = Answers()
    for text in texts {
      let answer = try parse(text, in: questionnaire)
      guard answers[answer.question] == nil else { throw .duplicate(question: answer.question) }
      answers[answer.question] = answer.option
    }
    return answers
  }

  private static func trimmed(_ text: Substring) -> String {
    var text = text
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}

/// Where someone is in the questionnaire, saved as they go so they can resume.
public struct QuizProgress: Sendable, Codable, Hashable {
  /// Bumped when the shape changes; an unknown version is treated as damaged.
  public static let currentVersion = 1

  public var version: Int
  public var answers: Answers
  /// The question on screen, if any (nil: start from the next unanswered one).
  public var currentQuestion: String?
  public var finished: Bool
  /// ISO 8601 time of the last save, for "resume where you left off (saved …)".
  public var savedAt: String

  public init(
    answers: Answers = Answers(), currentQuestion: String? = nil, finished: Bool = false,
    savedAt: String = ""
  ) {
    self.version = Self.currentVersion
    self.answers = answers
    self.currentQuestion = currentQuestion
    self.finished = finished
    self.savedAt = savedAt
  }
}
