import ArgumentParser
import BaclofenContent
import BaclofenQuiz
import BaclofenStore
import BaclofenText
import Foundation

struct Quiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The \"Is baclofen for you?\" questionnaire, without the full-screen reader.",
    usage: """
      baclofen quiz --list [--json]
      baclofen quiz [--answer <qid=option> ...] [--json] [--export [<path>]]
      baclofen quiz --saved [--json]
      """,
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
      "nextQuestion", "emergency", "emergencySheet", "everyone", "decision", "completeness"}: \
      "emergency" is true when an answer means "get medical help now" (the reader then \
      shows that screen first, with "emergencySheet"'s points); "everyone" holds the risks \
      shown in every result, "decision" the options the articles name and what may matter, \
      each a {"id", "title", "intro", "notes": [{"id", "topic", "text", "sources"}]}; \
      "completeness" is {"answered", "total", "unanswered": [question ids], "unsure"}; each \
      of "dates" also has "publisherKind".

      `--export PATH` also writes the text result to PATH, replacing a file there (into a \
      folder: under the name below); `--export` alone writes it to ~/baclofen-questionnaire-YYYY-MM-DD.txt (or the \
      current folder when there is no home), adding -2, -3, ... rather than overwriting.

      `--saved` prints the answers the full-screen reader saved as they were given, and the \
      `baclofen quiz --answer ...` command that shows their result. With --json: {"saved", \
      "savedAt", "finished", "currentQuestion", "answers": [{"question", "option", \
      "questionText", "optionLabel"}], "progress", "command"}.
      Exit codes: 0 success, 1 the result could not be written, 64 unknown question or \
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
  @ArgumentParser.Option(
    help: ArgumentHelp(
      "Also write the text result to this file, or alone to the default file (see below).",
      valueName: "path"))
  var export: String?
  @Flag(help: "Print the answers saved from the full-screen reader.") var saved = false

  func run() throws {
    try reportingFailures {
      if json && format == .text {
        throw Failure.usage("error: --json and --format text contradict each other")
      }
      let asJSON = json || format == .json
      let app = try options.load()
      let questionnaire = app.questionnaire
      if saved {
        guard answers.isEmpty, !list, export == nil else {
          throw Failure.usage(
            "error: --saved does not take --answer, --list or --export; "
              + "run the command it prints to see or export their result")
        }
        try QuizSaved.print(questionnaire, json: asJSON)
        return
      }
      if list {
        guard answers.isEmpty, export == nil else {
          throw Failure.usage("error: --list does not take --answer or --export")
        }
        try printQuestions(questionnaire, json: asJSON)
        return
      }
      let given: Answers
      do throws(AnswerParseError) {
        given = try AnswerParser.parse(answers, in: questionnaire)
      } catch {
        throw Failure.usage(answerErrorMessage(error))
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
      if let export { try write(text, to: Self.exportPath(export)) }
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

  private func write(_ text: String, to path: String) throws {
    do {
      try ResultExport.write(text, to: path)
      Output.error("Saved the result to \(path)")
    } catch AtomicFileError.system(_, _, let code) {
      Output.error(
        "error: could not save the result to \(path): \(String(cString: strerror(code)))")
      throw ExitCode.failure
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
    var publisherKind: String?
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
  var emergency: Bool
  var emergencySheet: [Sheet]?
  var everyone: Block?
  var decision: [Block]
  var completeness: Complete

  struct Sheet: Encodable {
    var group: String
    var text: String
    var sources: [String]
  }
  struct NoteItem: Encodable {
    var id: String
    var topic: String
    var text: String
    var sources: [String]
  }
  struct Block: Encodable {
    var id: String
    var title: String
    var intro: String?
    var notes: [NoteItem]
    init(_ block: ShownBlock) {
      id = block.id
      title = block.title
      intro = block.intro
      notes = block.notes.map {
        NoteItem(id: $0.id, topic: $0.topic, text: $0.text, sources: $0.sources)
      }
    }
  }
  struct Complete: Encodable {
    var answered: Int
    var total: Int
    var unanswered: [String]
    var unsure: [String]
  }

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
        article: $0.articleID, title: $0.title, publisher: $0.publisher,
        publisherKind: $0.publisherKind?.rawValue, dateKind: $0.label, date: $0.date)
    }
    updated = evaluation.updated
    self.answers = answers.entries
    ignoredAnswers = ignored
    let (answered, total) = questionnaire.progress(answers)
    progress = Progress(answered: answered, total: total)
    nextQuestion = questionnaire.nextQuestion(after: answers)?.id
    emergency = evaluation.emergency
    emergencySheet =
      evaluation.emergency
      ? questionnaire.emergency?.points.map {
        Sheet(group: $0.group, text: $0.text, sources: $0.sources)
      } : nil
    everyone = evaluation.everyone.map(Block.init)
    decision = evaluation.decision.map(Block.init)
    let complete = evaluation.completeness
    completeness = Complete(
      answered: complete.answered, total: complete.total,
      unanswered: complete.unanswered.map(\.id), unsure: complete.unsure.map(\.id))
  }
}
