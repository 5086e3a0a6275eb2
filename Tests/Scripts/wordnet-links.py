#!/usr/bin/env python3
"""Derives Content/lexicon/wordnet-links.txt from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet: `apt-get install wordnet-base`), and measures what it would link.

A line is `word<TAB>related<TAB>related...`, lines in byte order: an English word of
Content/lexicon/english-words.txt that the articles never use (and not one of English's
commonest, whose first senses are seldom what a question means), then the words WordNet gives
for its commonest senses (the synsets' words and their derivationally related forms: "feverish"
-> fever), each on the word list and used by the articles in some form. A sense counts only
when it is among the related word's own commonest too ("son" and "word" share a synset: the
tenth sense of "word"). A word alone on its line looks like an inflection of a word with a
line but is a word of its own ("gambling", not "gamble"). Search reads a line only for a query
word the library does not use, and keeps the related words the library uses by stem.

  python3 Tests/Scripts/wordnet-links.py            # write the file
  python3 Tests/Scripts/wordnet-links.py --measure  # what it links in the tuning sets
  python3 Tests/Scripts/wordnet-links.py --hand-lists  # how it agrees with synonyms.yaml
  python3 Tests/Scripts/wordnet-links.py --strip-hand-lists  # synonyms.yaml without the
      # hand terms it links, on stdout: put in place, build, and run the judged suites with
      # and without the table to see what it finds for words nobody wrote a synonym for
  CONTENT=folder python3 Tests/Scripts/wordnet-links.py  # a content folder's own
  OUT=/tmp/x.txt SENSES=3 python3 Tests/Scripts/wordnet-links.py  # another restriction

The knobs (environment): SENSES, TARGET_SENSES, MAX_SENSES, MAX_TARGET_SENSES, POS, DERIVED,
SIMILAR (adjectives' similar-to), DOMINANT (only the commonest part of speech), RARE_ONLY.
"""
import os
import re
import sys

WORDNET = os.environ.get("WORDNET", "/usr/share/wordnet")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONTENT = os.environ.get("CONTENT", os.path.join(ROOT, "Content"))
LIBRARY = os.environ.get("LIBRARY", "1") == "1"
OUT = os.environ.get("OUT", os.path.join(CONTENT, "lexicon", "wordnet-links.txt"))

# Tunable restrictions (see the measurement).
SENSES = int(os.environ.get("SENSES", "2"))  # senses of the word looked at, commonest first
MAX_SENSES = int(os.environ.get("MAX_SENSES", "12"))  # words with more senses are too vague
MAX_LINKS = int(os.environ.get("MAX_LINKS", "12"))
POS = os.environ.get("POS", "nvar")
# Only the part of speech the word is most used as (by WordNet's tagged-sense counts): "chair"
# is a seat, not what a chair does to a meeting.
DOMINANT = os.environ.get("DOMINANT", "0") == "1"
DERIVED = os.environ.get("DERIVED", "1") == "1"
SIMILAR = os.environ.get("SIMILAR", "0") == "1"
# English's commonest words (SCOWL size 10 or 20 in the word list) have the most senses, and
# their first are seldom what a question means: "kind" is not "gentle" in "another kind".
RARE_ONLY = os.environ.get("RARE_ONLY", "1") == "1"
# A related word counts only when the sense linking it is among its own commonest too:
# "son" and "word" share a synset, but it is the tenth sense of "word".
TARGET_SENSES = int(os.environ.get("TARGET_SENSES", "2"))
MAX_TARGET_SENSES = int(os.environ.get("MAX_TARGET_SENSES", "12"))
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def english_words():
    words, common = set(), set()
    with open(os.path.join(CONTENT, "lexicon", "english-words.txt"), encoding="utf-8") as f:
        for line in f:
            word, _, size = line.rstrip("\n").partition("\t")
            words.add(word)
            if size:
                common.add(word)
    return words, common


def read_data(pos):
    """offset -> (words, pointers) of one part of speech's synsets."""
    synsets = {}
    with open(os.path.join(WORDNET, "data." + POS_FILES[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset = fields[0]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            words = [re.sub(r"\(.*\)$", "", w) for w in words]
            at = 4 + 2 * count
            pointers = []
            for i in range(int(fields[at])):
                symbol, target, tpos, st = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                tpos = "a" if tpos == "s" else tpos
                pointers.append((symbol, target, tpos, int(st[:2], 16), int(st[2:], 16)))
            synsets[(pos, offset)] = (words, pointers)
    return synsets


def read_index(pos):
    """lemma -> synset offsets, commonest sense first."""
    index = {}
    with open(os.path.join(WORDNET, "index." + POS_FILES[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count :][:count]
            index[lemma] = offsets
            TAGGED[(lemma, pos)] = (int(fields[5 + pointer_count]), count)
    return index


TAGGED = {}


def links(words_list, sources=None):
    synsets = {}
    indexes = {}
    for pos in POS_FILES:
        synsets.update(read_data(pos))
        indexes[pos] = read_index(pos)
    table = {}
    for word in sorted(sources or words_list):
        related = []
        senses_total = sum(len(indexes[p].get(word, [])) for p in indexes)
        if senses_total == 0 or senses_total > MAX_SENSES:
            continue
        parts = [p for p in POS if indexes[p].get(word)]
        if DOMINANT and parts:
            parts = [max(parts, key=lambda p: TAGGED[(word, p)])]
        for pos in parts:
            for offset in indexes[pos].get(word, [])[:SENSES]:
                wordsof, pointers = synsets[(pos, offset)]
                # The sense's synonyms, and for an adjective its similar ones.
                members = [(pos, offset, w) for w in wordsof]
                if SIMILAR and pos == "a":
                    for symbol, target, tpos, _, _ in pointers:
                        if symbol == "&":
                            members += [(tpos, target, w) for w in synsets[(tpos, target)][0]]
                for mpos, moffset, member in members:
                    if member != word:
                        related.append((member, mpos, moffset))
                    if not DERIVED:
                        continue
                    # Derivationally related forms of each: "drowsy" -> "drowsiness".
                    mwords, mpointers = synsets[(mpos, moffset)]
                    source = mwords.index(member) + 1 if member in mwords else 0
                    for symbol, target, tpos, s, t in mpointers:
                        if symbol in ("+", "\\") and s == source and t > 0:
                            related.append((synsets[(tpos, target)][0][t - 1], tpos, target))
        kept = []
        for r, rpos, roffset in related:
            rsenses = indexes[rpos].get(r, [])
            if roffset not in rsenses[:TARGET_SENSES]:
                continue
            if sum(len(indexes[p].get(r, [])) for p in indexes) > MAX_TARGET_SENSES:
                continue
            if r != word and "_" not in r and r in words_list and r not in kept:
                kept.append(r)
        if kept or sources:
            table[word] = kept[:MAX_LINKS]
    return table


def lemmas():
    words = set()
    for pos in POS_FILES:
        words |= {w for w in read_index(pos) if re.fullmatch(r"[a-z]+", w)}
    return words


def write(table):
    lines = ["\t".join([w] + rs) + "\n" for w, rs in table.items()]
    lines.sort(key=lambda l: l.split("\t")[0].encode())
    with open(OUT, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"{OUT}: {len(lines)} words, {sum(len(l) for l in lines)} bytes")


# --- measurement over the tuning sets (one to eight; never the held-back ones) ---
TUNING = [
    "JudgedQueries.swift", "JudgedQueriesEarlierHeldBack.swift", "JudgedQueriesThird.swift",
    "JudgedQueriesThirdPeople.swift", "JudgedQueriesThirdWording.swift",
    "JudgedQueriesFresh.swift", "JudgedQueriesUnseen.swift", "JudgedQueriesUnseenEveryday.swift",
    "JudgedQueriesUnseenPeople.swift", "JudgedQueriesFifth.swift",
    "JudgedQueriesFifthEveryday.swift", "JudgedQueriesFifthPeople.swift",
    "JudgedQueriesSixth.swift", "JudgedQueriesSixthEveryday.swift",
    "JudgedQueriesSixthPeople.swift", "JudgedQueriesSeventh.swift",
    "JudgedQueriesSeventhEveryday.swift", "JudgedQueriesSeventhPeople.swift",
    "JudgedQueriesEighth.swift", "JudgedQueriesEighthEveryday.swift",
    "JudgedQueriesEighthPeople.swift",
]


def library_words():
    words = set()
    folder = os.path.join(CONTENT, "articles")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            words |= set(re.findall(r"[a-z0-9]+", f.read().lower()))
    return words


def forms(word):
    """Rough inflections, to tell whether the library uses a word in some form."""
    out = {word, word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "iness"}
    if word.endswith("e"):
        out |= {word[:-1] + "ing"}
    return out


def bases(word):
    out = [word]
    for end, repl in [("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
                      ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", "")]:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            out.append(stem + repl)
            if end in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


def measure(table):
    library = library_words()
    english, _ = english_words()
    tests = os.path.join(ROOT, "Tests", "BaclofenSearchTests")
    queries = []
    for name in TUNING:
        with open(os.path.join(tests, name), encoding="utf-8") as f:
            text = f.read()
        for m in re.finditer(r'JudgedQuery\(\s*"((?:[^"\\]|\\.)*)",\s*\.(\w+)', text):
            queries.append((name, m.group(1), m.group(2)))
    unknown = linked = 0
    linked_queries = {}
    for name, query, kind in queries:
        for word in re.findall(r"[a-z0-9']+", query.lower()):
            word = word.strip("'")
            if not word or word in library:
                continue
            if any(f in library for b in bases(word) for f in forms(b)):
                continue
            if not any(b in english for b in bases(word)):
                continue
            unknown += 1
            entry = next((table[b] for b in bases(word) if b in table), None)
            hits = [r for r in entry or [] if any(f in library for f in forms(r))]
            if hits:
                linked += 1
                linked_queries.setdefault(kind, []).append(f"{query!r}: {word} -> {hits}")
    print(f"{len(queries)} tuning queries; {unknown} real words the library lacks; "
          f"{linked} linked to library words")
    for kind, lines in sorted(linked_queries.items()):
        print(f"{kind} ({len(lines)}):")
        for line in lines:
            print("   ", line)


def hand_groups():
    groups = []
    with open(os.path.join(CONTENT, "synonyms.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*- \[(.*)\]\s*$", line)
            if m:
                groups.append([t.strip().strip('"') for t in m.group(1).split(",")])
            m = re.match(r"\s+([a-z' ]+): \[(.*)\]\s*$", line)
            if m:
                groups.append([m.group(1)] + [t.strip() for t in m.group(2).split(",")])
    return groups


def hand_lists(table):
    """Leave-one-out against the hand-written groups: for each single-word term the library
    lacks, whether the table links it to a word of its own group."""
    library = library_words()
    english, _ = english_words()
    terms, rows, linked = 0, [], set()
    for group in hand_groups():
        words = {x for t in group for x in t.split()}
        for term in group:
            if " " in term or uses(library, term) or not any(b in english for b in bases(term)):
                continue
            terms += 1
            entry = next((table[b] for b in bases(term) if table.get(b)), [])
            hits = [r for r in entry if uses(library, r)]
            if not hits:
                continue
            linked.add(term)
            right = [h for h in hits if h in words or forms(h) & words]
            rows.append((bool(right), f"{'ok ' if right else 'BAD'} {term} -> {hits}   {group[:4]}"))
    return terms, rows, linked


def strip_hand_lists(linked):
    with open(os.path.join(CONTENT, "synonyms.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(\s*- \[)(.*)(\]\s*)$", line)
            if m:
                kept = [t.strip() for t in m.group(2).split(",") if t.strip() not in linked]
                if len(kept) < 2:
                    continue
                line = m.group(1) + ", ".join(kept) + m.group(3)
            m = re.match(r"(\s+)([a-z' ]+): \[(.*)\]\s*$", line)
            if m and m.group(2).strip() in linked:
                continue
            sys.stdout.write(line)


def uses(library, word):
    return any(f in library for f in forms(word))


def main():
    english, common = english_words()
    sources = english - common if RARE_ONLY else english
    table = links(english)
    table = {w: rs for w, rs in table.items() if w in sources}
    if LIBRARY:
        # Only what the articles can use: a related word they use in some form, for a word
        # they never use. Search checks again by stem, so a folder of other articles derives
        # its own with CONTENT=folder.
        library = library_words()
        table = {w: [r for r in rs if uses(library, r)] for w, rs in table.items()
                 if w not in library}
        table = {w: rs for w, rs in table.items() if rs}
    # A WordNet word that looks like an inflection of a word with a line ("gambling" of
    # "gamble") is a word of its own: its own line, empty if nothing it relates to is used.
    # One that shares a sense with the word it looks like ("peeing" is a pee) is read as it.
    senses = {}
    for pos in POS_FILES:
        for lemma, offsets in read_index(pos).items():
            senses.setdefault(lemma, set()).update((pos, o) for o in offsets)
    lookalikes = {w for w in lemmas() - english
                  if any(b in table for b in bases(w)[1:]) and w not in library_words()
                  and not any(senses[w] & senses.get(b, set()) for b in bases(w)[1:])}
    own = links(english | lookalikes, sources=lookalikes)
    if LIBRARY:
        library = library_words()
        own = {w: [r for r in rs if uses(library, r)] for w, rs in own.items()}
    table.update(own)
    if "--measure" in sys.argv:
        measure(table)
    elif "--hand-lists" in sys.argv:
        terms, rows, linked = hand_lists(table)
        right = sum(1 for ok, _ in rows if ok)
        print(f"{terms} single-word hand terms the library lacks; {len(rows)} linked by the "
              f"table, {right} to a word of their own group, {len(rows) - right} only elsewhere")
        for _, row in rows:
            print("   ", row)
    elif "--strip-hand-lists" in sys.argv:
        strip_hand_lists(hand_lists(table)[2])
    else:
        write(table)


if __name__ == "__main__":
    main()
