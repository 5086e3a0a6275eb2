import BaclofenContent

/// A cited point that is not a finding for or against: a risk for everyone who takes
/// baclofen, an option the articles name, something that may matter to the person. Shown in
/// its block when `when` holds (always, for most).
public struct NoteRule: Sendable, Equatable {
  public var id: String
  /// A few words, shown before the text ("Common side effects").
  public var topic: String
  public var when: Condition
  public var text: String
  public var sources: [String]
  public var line: Int?

  public init(
    id: String, topic: String, when: Condition = .always, text: String, sources: [String],
    line: Int? = nil
  ) {
    self.id = id
    self.topic = topic
    self.when = when
    self.text = text
    self.sources = sources
    self.line = line
  }
}

/// A titled block of notes, from the questionnaire file.
public struct NoteBlock: Sendable, Equatable {
  public var id: String
  public var title: String
  public var intro: String?
  public var notes: [NoteRule]

  public init(id: String, title: String, intro: String? = nil, notes: [NoteRule]) {
    self.id = id
    self.title = title
    self.intro = intro
    self.notes = notes
  }

  /// The block with the notes that apply to `given`; nil when none does.
  func shown(_ given: [String: String]) -> ShownBlock? {
    let notes = notes.filter { $0.when.holds(given) }.map {
      Note(id: $0.id, topic: $0.topic, text: $0.text, sources: $0.sources)
    }
    return notes.isEmpty ? nil : ShownBlock(id: id, title: title, intro: intro, notes: notes)
  }
}

public struct Note: Sendable, Equatable {
  public var id: String
  public var topic: String
  public var text: String
  public var sources: [String]
  public init(id: String, topic: String, text: String, sources: [String]) {
    self.id = id
    self.topic = topic
    self.text = text
    self.sources = sources
  }
}

public struct ShownBlock: Sendable, Equatable {
  public var id: String
  public var title: String
  public var intro: String?
  public var notes: [Note]
}

/// How much of the questionnaire the result rests on.
public struct Completeness: Sendable, Equatable {
  public var answered: Int
  /// About how many questions are asked given the answers (see `Questionnaire.progress`).
  public var total: Int
  /// Questions that are or may be asked and have no answer, in order.
  public var unanswered: [Question]
  /// Answered "Not sure" or "Prefer not to say".
  public var unsure: [Question]

  public init(answered: Int, total: Int, unanswered: [Question], unsure: [Question]) {
    self.answered = answered
    self.total = total
    self.unanswered = unanswered
    self.unsure = unsure
  }

  public var isComplete: Bool { unanswered.isEmpty }

  /// "You answered 3 of about 12 questions. Not answered: …" in words.
  public var summary: String {
    var text = "You answered \(answered) of \(isComplete ? "" : "about ")\(total) questions."
    if !unanswered.isEmpty {
      text +=
        " Not answered, so nothing here depends on them: "
        + unanswered.map { "“\($0.text)”" }.joined(separator: "; ") + "."
    }
    if !unsure.isEmpty {
      text += " Answered “Not sure” or “Prefer not to say”: \(unsure.count)."
    }
    if !isComplete || !unsure.isEmpty {
      text += " Points that depend on those answers may be missing."
    }
    return text
  }
}

extension Evaluation {
  /// Every note shown: the risks for everyone, then the options and what may matter.
  public var notes: [Note] { ([everyone].compactMap { $0 } + decision).flatMap(\.notes) }
}

extension Questionnaire {
  public func completeness(_ answers: Answers) -> Completeness {
    let given = effectiveAnswers(answers)
    var possible: Set<String> = []
    for question in questions where question.askedWhen.mayHold(given, possible: possible) {
      possible.insert(question.id)
    }
    let open = questions.filter { possible.contains($0.id) && given[$0.id] == nil }
    let unsure = questions.filter { given[$0.id].map(Self.unsureOptions.contains) ?? false }
    return Completeness(
      answered: given.count, total: possible.count, unanswered: open, unsure: unsure)
  }

  /// Options that leave the answer open.
  static let unsureOptions: Set<String> = ["not-sure", "prefer-not"]
}
