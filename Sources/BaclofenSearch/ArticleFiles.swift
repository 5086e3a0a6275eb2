import BaclofenContent
import Foundation
import GRDB

/// The article files of a cached library, read and parsed when an article is opened or a
/// search needs a section's text for its snippet — never when they differ from the version
/// the index was built from: the size and modification time stored with the outline must
/// still match. The most recent articles stay parsed, so moving between sections of one
/// article or typing a query reads each file once.
final class ArticleFiles: @unchecked Sendable {
  /// What stands in the index's place for each section's text: the FTS5 table reads its
  /// columns from the first view, whose body comes from the article file (see `sectionText`);
  /// the second gives each section's ids and titles from the outline, which holds them
  /// already.
  static let contentView = """
    CREATE VIEW sectionText(row, sectionTitle, articleTitle, body) AS
      SELECT s.rowid, s.title, a.title,
        articleSectionText(
          a.file, a.size, a.modified, s.id, s.line,
          (SELECT n.line FROM outlineSections n WHERE n.rowid = s.rowid + 1 AND n.article = s.article))
      FROM outlineSections s JOIN articles a ON a.rowid = s.article;
    CREATE VIEW sectionInfo(rowid, sectionID, articleID, articleTitle, title) AS
      SELECT s.rowid, s.id, a.id, a.title, s.title
      FROM outlineSections s JOIN articles a ON a.rowid = s.article;
    """

  private let origin: String
  private let lock = NSLock()
  private var parsed: [String: Article] = [:]

  init(origin: String) { self.origin = origin }

  /// The article in `file` (relative to the folder) when the file has `size` and
  /// `modified` and parses; nil otherwise. Opens without blocking and reads regular files
  /// only (a FIFO in an article's place is refused).
  func article(file: String, size: Int, modified: Int64) -> Article? {
    lock.lock()
    let kept = parsed[file]
    lock.unlock()
    if let kept { return kept }
    guard let (text, path) = text(file: file, size: size, modified: modified) else { return nil }
    let (article, issues) = ArticleParser.parse(text, path: path)
    guard issues.isEmpty, let article else { return nil }
    lock.lock()
    if parsed.count >= 64 { parsed.removeAll(keepingCapacity: true) }
    parsed[file] = article
    lock.unlock()
    return article
  }

  /// The text of `file` and its path for messages, when the file has `size` and `modified`.
  private func text(file: String, size: Int, modified: Int64) -> (String, String)? {
    let files = ContentFiles(origin: origin, files: [])
    let path = files.displayPath(file)
    guard let bytes = Self.read(path, size: size, modified: modified),
      case .success(let text) = files.text(of: ContentFile(path: file, bytes: bytes))
    else { return nil }
    return (text, path)
  }

  /// The plain text of section `id`, whose heading is on `line` of `file` and the next
  /// section's on `end`: from the parsed article when it is kept, else from that section's
  /// lines alone (the file has the size and time the outline was built from, so they are
  /// the lines the full parse read; a snippet needs no more).
  func sectionText(file: String, size: Int, modified: Int64, id: String, line: Int, end: Int?)
    -> String?
  {
    lock.lock()
    let kept = parsed[file]
    lock.unlock()
    if let kept { return kept.sections.first { $0.id == id }?.plainText }
    guard let (text, path) = text(file: file, size: size, modified: modified) else { return nil }
    return ArticleParser.sectionText(text, path: path, id: id, line: line, end: end)
  }

  private static func read(_ path: String, size: Int, modified: Int64) -> [UInt8]? {
    guard size >= 0, size <= ContentFolder.maximumFileSize else { return nil }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      Int(info.st_size) == size, FileStamp.nanoseconds(info) == modified
    else { return nil }
    // Read into memory not zeroed first, as `ContentFolder` reads.
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, offset in
      offset = 0
      while offset < size {
        let count = pread(descriptor, buffer.baseAddress! + offset, size - offset, off_t(offset))
        if count < 0, errno == EINTR { continue }
        guard count > 0 else {
          complete = false
          return
        }
        offset += count
      }
    }
    return complete ? bytes : nil
  }

  /// `articleSectionText(file, size, modified, sectionID, line, nextLine)`: the section's
  /// plain text, or NULL when its file changed or cannot be read (the snippet then shows the
  /// title). `line` is the section's heading line, `nextLine` the next section's (NULL for
  /// the article's last).
  func sectionTextFunction() -> DatabaseFunction {
    DatabaseFunction("articleSectionText", argumentCount: 6, pure: false) { [self] values in
      guard let file = String.fromDatabaseValue(values[0]),
        let size = Int.fromDatabaseValue(values[1]),
        let modified = Int64.fromDatabaseValue(values[2]),
        let id = String.fromDatabaseValue(values[3]),
        let line = Int.fromDatabaseValue(values[4])
      else { return nil }
      return sectionText(
        file: file, size: size, modified: modified, id: id, line: line,
        end: Int.fromDatabaseValue(values[5]))
    }
  }
}
