import Foundation

/// Words that read as stopping and are not: "stop" of something the medicine relieves, "can't
/// stop" and "keeps" of something that goes on happening.
extension SearchIndex {
  /// "Stop" before a term of another group that is not the medicine ("stop spasms", "stop
  /// my hiccups", "stop my leg cramps", "stop you craving") relieves that, where "stop it",
  /// "stop the tablets", "stop suddenly" and "stop cold turkey" are stopping the medicine.
  func stopsSomethingElse(_ words: [Word], at index: Int) -> Bool {
    guard index + 1 < words.count, ["stop", "stops"].contains(words[index].surface),
      let stop = synonymTable.match(words, at: index), stop.length == 1,
      !MedicineWords.words.contains(words[index + 1].surface),
      !StopWords.words.contains(words[index + 1].surface)
        || Self.stopsSomeoneDoing(words, at: index + 1)
    else { return false }
    // The term may follow a word saying where or who ("stop my leg cramps", "stop you
    // craving").
    let at =
      synonymTable.match(words, at: index + 1) != nil || index + 2 >= words.count
      ? index + 1 : index + 2
    guard let next = synonymTable.match(words, at: at) else { return false }
    let named = words[at..<(at + next.length)].map(\.surface)
    return Set(next.groups).isDisjoint(with: stop.groups)
      && !MedicineWords.names.contains(named) && !MedicineWords.plainNames.contains(named)
  }

  /// "Stop" after "can't", "cannot" or "won't" and before a verb's -ing form ("can't stop
  /// weeing", "won't stop shaking") says that something goes on happening, as "keeps" does,
  /// where "can't stop taking it" or "can't stop drinking" is a term of its own.
  static func cannotStop(_ words: [Word], at index: Int) -> Bool {
    guard index > 0, index + 1 < words.count, words[index].surface == "stop" else {
      return false
    }
    let before = words[index - 1].surface
    let negated =
      ["cannot", "cant", "wont", "couldnt"].contains(before)
      || (before == "t" && index > 1
        && ["can", "won", "couldn"].contains(words[index - 2].surface))
    return negated && saysItGoesOn(Word(surface: "keeps", stem: "keep"), before: words[index + 1])
  }

  /// "You craving" in "stop you craving", "him shaking" in "stop him shaking": a person and
  /// what they do, not "her taking it" or "them" (the tablets).
  static func stopsSomeoneDoing(_ words: [Word], at index: Int) -> Bool {
    guard ["you", "me", "him", "her", "us"].contains(words[index].surface),
      index + 1 < words.count
    else { return false }
    let doing = words[index + 1].surface
    return doing.count > 4 && doing.hasSuffix("ing")
      && !["taking", "using", "having", "getting"].contains(doing)
  }

  /// "Keeps" before a verb's -ing form ("keeps nodding off", "kept being sick") says only
  /// that something goes on happening: it is a framing word, where "keep it cool" is about
  /// keeping the tablets.
  static func saysItGoesOn(_ word: Word, before next: Word?) -> Bool {
    guard ["keep", "keeps", "kept", "keeping"].contains(word.surface), let next else {
      return false
    }
    return next.surface.count > 4 && next.surface.hasSuffix("ing")
  }
}
