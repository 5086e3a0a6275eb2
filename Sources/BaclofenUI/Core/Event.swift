import BaclofenQuiz
import BaclofenStore

/// Everything the app reacts to. Signals arrive as ordinary events (Bubble Tea style), so the
/// pure core decides what they mean and tests can send them.
public enum Event: Sendable, Hashable {
  case key(Key)
  /// Several characters that arrived at once (a paste, or typing faster than a frame): the
  /// search line takes them whole and searches once; elsewhere they act one by one.
  case text(String)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// Ctrl-C (SIGINT).
  case interrupt
  /// SIGTERM or SIGHUP: leave at once.
  case terminate
}

public enum Key: Sendable, Hashable {
  /// A printable character, as typed.
  case character(Character)
  /// Ctrl plus a letter, given as the lowercase letter ("w" for Ctrl-W).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case tab, backTab, enter, escape, backspace
  /// F1, F2, …
  case function(Int)
}

public struct MouseEvent: Sendable, Hashable {
  public enum Action: Sendable, Hashable { case wheelUp, wheelDown, click }
  public var action: Action
  public var x: Int
  public var y: Int
  public init(_ action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}

/// What the backend must do after an update, besides drawing the next frame.
public enum Effect: Sendable, Hashable {
  case quit
  /// Forget the previous frame and repaint every cell (Ctrl-L).
  case redraw
  case file(FileEffect)
}

/// The file work an update asks for. The pure core never touches files: the caller does
/// this and may answer with a notice for the footer (`AppState.showNotice`).
public enum FileEffect: Sendable, Hashable {
  /// Save questionnaire progress (after every answer, and on leaving the questionnaire).
  case saveProgress(QuizProgress)
  /// Forget saved questionnaire progress ("Start over").
  case clearProgress
  /// Write the result for these answers to a text file and say where.
  case exportResult(Answers)
  /// Keep reading places, history, the last search and bookmarks for the next run.
  case saveReaderMemory(ReaderMemory)
}
