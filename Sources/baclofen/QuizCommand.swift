import ArgumentParser
import BaclofenContent
import BaclofenQuiz
import BaclofenText
import Foundation

struct Quiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The \"Is baclofen for you?\" questionnaire, without the full-screen reader.",
    discussion: """
      `baclofen quiz --list` shows the questions, their options and when each is asked. \
      `baclofen quiz --answer purpose=alcohol --answer kidney-liver=liver ...` shows what the \
      articles say for those answers: findings by kind (urgent, against, caution, favours), \
      each with its sources, where the articles disagree, the evidence, the articles' dates \
      and the disclaimer. There is no overall verdict: it is information to discuss with a \
      prescriber, not a recommendation to start or stop anything.

      Unanswered questions count for nothing. An answer to a question that is not asked \
      given the other answers (for example cocaine=yes when purpose is not alcohol) is \
      accepted but ignored, with a note on stderr and in "ignoredAnswers".

      JSON: `--list --json` gives {"questions": [{"id", "text", "help", "askedWhen", \
      "options": [{"id", "label"}]}]}, askedWhen being null (always asked) or a list of \
      {question: [options]} of which any one must hold. `--json` gives {"findings": [{"kind", \
      "text", "sources", "topic"}], "withdrawalWarning", "disclaimer", "evidence", \
      "disagreements", "dates", "updated", "answers", "ignoredAnswers", "progress", \
      "nextQuestion"}.

      --export writes the text result to ~/baclofen-questionnaire-YYYY-MM-DD.txt (or the \
      current folder when HOME is unset or relative), adding -2, -3, ... rather than \
      overwriting.
      Exit codes: 0 success, 1 the result could not be exported, 64 unknown question or \
      option, 65 bad content, 74 the output could not be written.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var options: ContentOptions
  @Flag(help: "List the questions and their options instead of evaluating answers.")
  var list = false
  @ArgumentParser.Option(
    name: .customLong("answer"),
    help: ArgumentHelp("An answer, as QUESTION=OPTION; repeat for more.", valueName: "qid=option"))
  var answers: [String] = []
  @Flag(help: "Print JSON (same as --format json).") var json = false
  @ArgumentParser.Option(help: "Output format: text or json.") var format: Format?
  @Flag(help: "Also write the text result to a file (see below) and print its path on stderr.")
  var export = false

  func run() throws {
    try reportingFailures {
      if json && format == .text {
        throw Failure.usage("error: --json and --format text contradict each other")
      }
      let asJSON = json || format == .json
      let app = try options.load()
      let questionnaire = app.questionnaire
      if list {
        guard answers.isEmpty, !export else {
          throw Failure.usage("error: --list does not take --answer or --export")
        }
        try printQuestions(questionnaire, json: asJSON)
        return
      }
      let given: Answers
      do throws(AnswerParseError) {
        given = try AnswerParser.parse(answers, in: questionnaire)
      } catch {
        throw Failure.usage("error: \(error.description). See `baclofen quiz --list`.")
      }
      let ignored = questionnaire.ignoredAnswers(given)
      for id in ignored {
        let condition = questionnaire.question(id: id)?.askedWhen.summary ?? ""
        Output.error(
          "note: the answer to `\(id)` was ignored: it is only asked when \(condition).")
      }
      let evaluation = questionnaire.evaluate(given)
      let text = ResultExport.text(
        evaluation, questionnaire: questionnaire, library: app.library, answers: given,
        withdrawal: app.withdrawal, exportedOn: ResultExport.today())
      if export { try write(text) }
      if asJSON {
        try Output.json(
          QuizResult(
            evaluation, questionnaire: questionnaire, library: app.library, answers: given,
            ignored: ignored))
      } else {
        Output.text(text)
      }
    }
  }

  private func write(_ text: String) throws {
    let path = ResultExport.defaultPath(
      home: ProcessInfo.processInfo.environment["HOME"],
      currentDirectory: FileManager.default.currentDirectoryPath,
      date: ResultExport.today(), exists: { FileManager.default.fileExists(atPath: $0) })
    do {
      try ResultExport.write(text, to: path)
      Output.error("Saved the result to \(path)")
    } catch {
      Output.error("error: could not save the result to \(path): \(error)")
      throw ExitCode.failure
    }
  }

  private func printQuestions(_ questionnaire: Questionnaire, json: Bool) throws {
    if json {
      try Output.json(QuestionList(questionnaire))
      return
    }
    for (index, question) in questionnaire.questions.enumerated() {
      Output.line("\(index + 1). \(question.text)  [\(question.id)]")
      if !question.askedWhen.isAlways {
        Output.line("   Asked only when \(question.askedWhen.summary).")
      }
      for option in question.options {
        Output.line("   \(question.id)=\(option.id)  \(option.label)")
      }
      Output.line()
    }
  }
}

/// `quiz --list --json`.
struct QuestionList: Encodable {
  struct Item: Encodable {
    struct Choice: Encodable {
      var id: String
      var label: String
    }
    var id: String
    var text: String
    var help: String?
    var askedWhen: [[String: [String]]]?
    var options: [Choice]
  }
  var questions: [Item]

  init(_ questionnaire: Questionnaire) {
    questions = questionnaire.questions.map { question in
      Item(
        id: question.id, text: question.text, help: question.help,
        askedWhen: question.askedWhen.isAlways
          ? nil
          : question.askedWhen.clauses.map { clause in
            Dictionary(clause.map { ($0.question, $0.options) }, uniquingKeysWith: +)
          },
        options: question.options.map { .init(id: $0.id, label: $0.label) })
    }
  }
}

extension QuestionList.Item {
  // `help` and `askedWhen` as explicit nulls, so every question has the same keys.

  enum CodingKeys: String, CodingKey { case id, text, help, askedWhen, options }
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(help, forKey: .help)
    try container.encode(askedWhen, forKey: .askedWhen)
    try container.encode(options, forKey: .options)
  }
}

/// `quiz --json`.
struct QuizResult: Encodable {
  struct Item: Encodable {
    var kind: String
    var text: String
    var sources: [String]
    var topic: String?
  }
  struct Evidence: Encodable {
    var text: String
    var sources: [String]
  }
  struct Topic: Encodable {
    var topic: String
    var sides: [Item]
  }
  struct Dated: Encodable {
    var article: String
    var title: String
    var publisher: String?
    var dateKind: String?
    var date: String?
  }
  struct Progress: Encodable {
    var answered: Int
    var total: Int
  }
  var findings: [Item]
  var withdrawalWarning: Bool
  var disclaimer: String
  var evidence: Evidence
  var disagreements: [Topic]
  var dates: [Dated]
  var updated: String
  var answers: [Answers.Entry]
  var ignoredAnswers: [String]
  var progress: Progress
  var nextQuestion: String?

  init(
    _ evaluation: Evaluation, questionnaire: Questionnaire, library: Library, answers: Answers,
    ignored: [String]
  ) {
    func item(_ finding: Finding) -> Item {
      Item(
        kind: finding.kind.rawValue, text: finding.text, sources: finding.sources,
        topic: finding.topic)
    }
    findings = evaluation.findings.map(item)
    withdrawalWarning = evaluation.withdrawalWarning
    disclaimer = evaluation.disclaimer
    evidence = Evidence(text: evaluation.evidenceNote, sources: evaluation.evidenceSources)
    disagreements = evaluation.disagreements.map {
      Topic(topic: $0.topic, sides: $0.sides.map(item))
    }
    dates = evaluation.articleDates(in: library).map {
      Dated(
        article: $0.articleID, title: $0.title, publisher: $0.publisher, dateKind: $0.label,
        date: $0.date)
    }
    updated = evaluation.updated
    self.answers = answers.entries
    ignoredAnswers = ignored
    let (answered, total) = questionnaire.progress(answers)
    progress = Progress(answered: answered, total: total)
    nextQuestion = questionnaire.nextQuestion(after: answers)?.id
  }
}
