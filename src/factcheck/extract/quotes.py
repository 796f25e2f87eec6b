"""Quotations: marks paired per paragraph, split and multi-paragraph quotes joined, defects kept.

Double marks (“ ” and ") delimit quotes; single marks only nest inside them, so apostrophes
(We’ll, Meta’s, the ’90s) can never open a quote. A paragraph that ends inside a quote continues
only when the next paragraph opens with a mark (the multi-paragraph convention); otherwise the
quote is cut at the paragraph end and reported as unclosed, so a stray mark never swallows the
rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from factcheck.extract.bodies import ORG_NOUNS
from factcheck.extract.sentences import new_span, split_sentences
from factcheck.extract.speakers import (
    CUE_VERBS,
    ORG_WORDS,
    UPPER,
    Cast,
    attribute_after,
    attribute_before,
    attribute_clause_subject,
    attribute_colon_subject,
    attribute_description,
    attribute_inserted,
    attribute_next_sentence,
    attribute_organisation_subject,
    attribute_participle,
    attribute_participle_after_attribution,
    attribute_participle_subject,
    attribute_possessive_saying,
    attribute_pronoun_subject,
    attribute_subject,
    clause_after_quote,
    names_source_next,
    participle_after_quote,
    read_cast,
    spokesperson_of_subject,
)
from factcheck.models import (
    Article,
    Attribution,
    BlockKind,
    DefectKind,
    Quote,
    QuoteDefect,
    QuoteKind,
    QuoteSentence,
    Span,
    Speaker,
    SpeakerKind,
)

OPEN, CLOSE = "“", "”"
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_END_PUNCT = ".!?…"
MIN_FULL_WORDS = 4


@dataclass
class _Piece:
    """One pair of marks (or an unclosed opening mark cut at its paragraph's end)."""

    open_at: int
    close_at: int | None  # index of the closing mark, None when cut
    content: Span
    paragraph: Span
    single: bool = False  # quoted in ‘…’ (British style), not in double marks
    # The attribution an unclosed quote ran on into, cut off it (see `_unclosed_cut`).
    said: Span | None = None


_MARK = re.compile('[“”"]')


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Opening and closing double marks of a paragraph, straight ones told apart by context."""
    marks: list[tuple[int, str]] = []
    depth = 0
    # Only the marks are visited: a loop over every character was a tenth of extraction.
    for found in _MARK.finditer(text, start, end):
        index = found.start()
        char = found.group()
        if char == OPEN:
            marks.append((index, "open"))
            depth = 1
        elif char == CLOSE:
            marks.append((index, "close"))
            depth = 0
        elif char == '"':
            before = text[index - 1] if index > start else " "
            after = text[index + 1] if index + 1 < end else " "
            if depth and before.isspace() and (after.isspace() or index + 1 == end):
                # A mark between spaces while a quote is open closes it: "… to shareholders
                # . . . " Vogel said" (a spaced ellipsis ends the words quoted).
                kind = "close"
            elif before.isspace() or (before in "([{—–-:" and not after.isspace()):
                kind = "open"
            elif after.isspace() or after in ".,;:!?)]—–-" or index + 1 == end:
                kind = "close"
            else:
                kind = "close" if depth else "open"
            marks.append((index, kind))
            depth = 1 if kind == "open" else 0
    return marks


S_OPEN, S_CLOSE = "‘", "’"
# ‘ printed for an apostrophe (a word processor's doing): ‘80s, rock ‘n’ roll, ‘em, ‘til.
_ELIDED_START = re.compile(
    r"‘(?:\d\d(?!\d)|n[’‘]|(?:em|til|tis|twas|cause|cos|coz|bout|round|ello|kay|cept)(?!\w))",
    re.IGNORECASE,
)
# What may stand just before a single opening mark (besides a space or the paragraph start)
# and just after a single closing mark (besides a space or the paragraph end).
_BEFORE_SINGLE_OPEN = '([{—–-:/“"'
_AFTER_SINGLE_CLOSE = '.,;:!?)]}—–-…”"'
_STRONG_CLOSE_AFTER = '.,;:!?)]}—–…”"'
_SENTENCE_STOPS = ".!?…"


def _single_opens_at(text: str, index: int, start: int, end: int) -> bool:
    """‘ opening a quotation: at a word's start, before a word, not an elided word's mark."""
    before = text[index - 1] if index > start else " "
    if not (before.isspace() or before in _BEFORE_SINGLE_OPEN):
        return False
    if index + 1 >= end or text[index + 1].isspace():
        return False
    return _ELIDED_START.match(text, index, end) is None


def _single_close_strength(text: str, index: int, start: int, end: int) -> int:
    """How surely ’ closes a quotation: 0 not at all (it’s, Patel’s, ’80s, rock ’n’ roll),
    1 hardly (a word's end before a space that may be a possessive plural or an elision: the
    players’ union, goin’ home), 2 likely (a word's end before a space), 3 surely (after a
    stop or comma, or before punctuation or the paragraph's end)."""
    if index == start:
        return 0
    before = text[index - 1]
    if before.isspace():
        return 0
    after = text[index + 1] if index + 1 < end else ""
    if after and not (after.isspace() or after in _AFTER_SINGLE_CLOSE):
        return 0
    if text[max(start, index - 2) : index + 1] in (" n’", "‘n’", "’n’"):
        return 0  # rock ’n’ roll
    if not after or after in _STRONG_CLOSE_AFTER or before in _SENTENCE_STOPS + ",":
        return 3
    if before in "sS" or text[max(start, index - 2) : index] == "in":
        return 1
    return 2


def _single_close(text: str, open_at: int, stop: int, start: int, end: int) -> int | None:
    """The ’ closing the quotation opened at ``open_at``, before ``stop`` (the next opening
    mark): the first that surely closes, else the first likely one, else the first at all."""
    best: tuple[int, int] | None = None  # (strength, index)
    at = text.find(S_CLOSE, open_at + 1, stop)
    while at != -1:
        strength = _single_close_strength(text, at, start, end)
        if strength == 3:
            return at
        if strength and (best is None or strength > best[0]):
            best = (strength, at)
        at = text.find(S_CLOSE, at + 1, stop)
    if best is None:
        return None
    if best[0] == 1:
        # "…the players’ union.¶‘…": a quote running on into the next paragraph, not closed
        # by a possessive plural.
        tail = text[best[1] + 1 : end].rstrip()
        if tail and tail[-1] in _SENTENCE_STOPS and text.startswith(S_OPEN, _next_start(text, end)):
            return None
    return best[1]


def _next_start(text: str, end: int) -> int:
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _mixed_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The marks of a paragraph that holds a ‘: double marks as `_marks` reads them, and
    single marks opening and closing a quotation where no double quote is open. Inside a
    double quote single marks nest; inside a single quote double marks do."""
    doubles = _marks(text, start, end)
    opens = [
        at
        for at in _all(text, S_OPEN, start, end)
        if _single_opens_at(text, at, start, end)
    ]  # fmt: skip
    marks: list[tuple[int, str]] = []
    in_double = False
    d = s = 0
    while d < len(doubles) or s < len(opens):
        if s >= len(opens) or (d < len(doubles) and doubles[d][0] < opens[s]):
            position, kind = doubles[d]
            marks.append((position, kind))
            in_double = kind == "open"
            d += 1
            continue
        open_at = opens[s]
        s += 1
        if in_double:
            continue  # nested: “They told me ‘never again’.”
        stop = opens[s] if s < len(opens) else end
        close_at = _single_close(text, open_at, stop, start, end)
        marks.append((open_at, "open"))
        if close_at is not None:
            marks.append((close_at, "close"))
            while d < len(doubles) and doubles[d][0] < close_at:
                d += 1  # nested: ‘He called it “a scandal”.’
        else:
            # Never closed: cut at the next opening mark of either kind.
            while d < len(doubles) and doubles[d][0] < stop and doubles[d][1] != "open":
                d += 1
    return marks


def _all(text: str, char: str, start: int, end: int) -> list[int]:
    found = []
    at = text.find(char, start, end)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1, end)
    return found


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return new_span(start, end)


def _pieces(text: str, paragraphs: list[Span]) -> tuple[list[_Piece], list[QuoteDefect], set[int]]:
    """Pair the marks; return pieces, defects, and the pieces that continue into the next."""
    pieces: list[_Piece] = []
    defects: list[QuoteDefect] = []
    continued: set[int] = set()
    carried = False  # the previous paragraph ended inside a quote
    for number, para in enumerate(paragraphs):
        if text.find(S_OPEN, para.start, para.end) == -1:
            marks = _marks(text, para.start, para.end)
        else:
            marks = _mixed_marks(text, para.start, para.end)
        open_at: int | None = None
        if carried and not (
            marks and marks[0][1] == "open" and text[para.start : marks[0][0]].strip() == ""
        ):
            carried = False
        for position, kind in marks:
            if kind == "open":
                if open_at is not None:
                    # An opening mark while one is open: the first never closed.
                    defects.append(_unclosed(text, open_at, position))
                    pieces.append(_unclosed_cut(text, open_at, position, para))
                open_at = position
            elif open_at is None:
                if position == para.start or not carried:
                    defects.append(
                        QuoteDefect(
                            kind=DefectKind.STRAY_MARK,
                            span=Span(start=position, end=position + 1),
                            detail="closing mark with no opening mark",
                        )
                    )
            else:
                content = _trim(text, open_at + 1, position)
                pieces.append(_Piece(open_at, position, content, para, text[open_at] == S_OPEN))
                open_at = None
        carried = False
        if open_at is not None:
            if text[open_at + 1 : para.end].strip() == "":
                defects.append(
                    QuoteDefect(
                        kind=DefectKind.STRAY_MARK,
                        span=Span(start=open_at, end=open_at + 1),
                        detail="opening mark at the end of a paragraph opens nothing",
                    )
                )
                continue
            pieces.append(_cut(text, open_at, para.end, para))
            nxt = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            # British style carries a ‘ quote on into a paragraph opening with ‘.
            openers = (S_OPEN,) if text[open_at] == S_OPEN else (OPEN, '"')
            if nxt is not None and text[nxt.start] in openers:
                continued.add(len(pieces) - 1)
                carried = True
            else:
                defects.append(_unclosed(text, open_at, para.end))
                pieces[-1] = _unclosed_cut(text, open_at, para.end, para)
    singles = [piece for piece in pieces if piece.single]
    if singles and len(singles) < len(pieces) and all(piece.close_at is None for piece in singles):
        return _without_single(text, pieces, defects, continued)
    return pieces, defects, continued


def _without_single(
    text: str, pieces: list[_Piece], defects: list[QuoteDefect], continued: set[int]
) -> tuple[list[_Piece], list[QuoteDefect], set[int]]:
    """An article that quotes in double marks and never closes a ‘ quote does not quote in
    single marks: its lone ‘ are apostrophes (‘cos, ‘ello), neither quotes nor defects."""
    kept: list[_Piece] = []
    kept_continued: set[int] = set()
    for number, piece in enumerate(pieces):
        if piece.single:
            continue
        if number in continued:
            kept_continued.add(len(kept))
        kept.append(piece)
    kept_defects = [d for d in defects if text[d.span.start] != S_OPEN]
    return kept, kept_defects, kept_continued


def _same_paragraph(a: _Piece, b: _Piece) -> bool:
    # Pieces of one paragraph share its Span object: an identity test spares pydantic's
    # slower model equality.
    return a.paragraph is b.paragraph or a.paragraph == b.paragraph


def _cut(text: str, open_at: int, end: int, para: Span) -> _Piece:
    return _Piece(open_at, None, _trim(text, open_at + 1, end), para, text[open_at] == S_OPEN)


# Where an unclosed quote's last words may hold its own attribution: the comma before it is
# this near the cut (a cue, a name and an apposition: "said Anjali Rao, managing director and
# CEO, Deccan Motors.").
_SAID_REACH = 160
# The pronouns that may stand for a quote's speaker there: "it", "they", "we" or "I" after a
# comma in someone's words are more likely theirs.
_SAYING_PRONOUNS = frozenset(("he", "she"))
# What may follow the name of "said NAME" in that attribution: its apposition, its
# organisation or where it was said.
_AFTER_SAID_NAME = re.compile(r"(?:\s*[,(]|\s+(?:of|from|at|in|on)\s)")
# Words after the cue of "NAME said" in it, at most: "told reporters on Tuesday".
_AFTER_CUE_WORDS = 6


def _unclosed_cut(text: str, open_at: int, end: int, para: Span) -> _Piece:
    """A quote never closed, cut at ``end``, its attribution cut off it where it ran on into
    one: "‘We lost the arena, the school and 60 homes in one afternoon, Dubois said. ‘People
    here are tough…’", "“Rural demand came back strongly…, said Anjali Rao, managing director
    and CEO, Deccan Motors." (the closing mark left out before the comma's attribution). The
    attribution must end the cut words, a sentence of its own, so that the quote ends at its
    comma."""
    piece = _cut(text, open_at, end, para)
    content = piece.content
    if content.end - content.start < 2 or text[content.end - 1] != ".":
        return piece
    # An attribution read with no cast: only its form is asked for here (the speaker is read
    # with the article's cast, see `_attribute`).
    bare = Cast(text=text)
    comma = text.rfind(",", max(content.start, content.end - _SAID_REACH), content.end)
    while comma > content.start:
        if _SENTENCE_END.search(text, comma, content.end) is not None:
            return piece  # another sentence stands between: no attribution alone
        said = comma + 1
        if text[said : said + 1].isspace() and _says_alone(text, bare, said, content.end):
            piece.content = _trim(text, content.start, said)
            piece.said = new_span(said, content.end)
            return piece
        comma = text.rfind(",", max(content.start, content.end - _SAID_REACH), comma)
    return piece


def _says_alone(text: str, bare: Cast, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an attribution and nothing else: "Dubois said.", "said
    Anjali Rao, managing director and CEO, Deccan Motors.", not "Smith said the plan had
    failed." nor "said Labour had lost control."."""
    found = attribute_after(bare, text, start, end)
    if found is None or found.span is None or found.cue is None:
        return False
    who = found.span.slice(text).casefold()
    if who in _PRONOUN_WORDS and who not in _SAYING_PRONOUNS:
        return False
    if text.find(found.cue, start, found.span.start) != -1:
        # "said NAME": nothing but its apposition after the name.
        rest = text[found.span.end : end - 1]
        return not rest.strip() or _AFTER_SAID_NAME.match(rest) is not None
    # "NAME said": a few words after the cue, but no clause of what was said.
    cue = text.find(found.cue, found.span.end, end)
    if cue == -1:
        return False
    after = text[cue + len(found.cue) : end - 1]
    return len(after.split()) <= _AFTER_CUE_WORDS and _REPORTED_CLAUSE.search(after) is None


def _unclosed(text: str, open_at: int, end: int) -> QuoteDefect:
    snippet = " ".join(text[open_at + 1 : end].split()[:6])
    return QuoteDefect(
        kind=DefectKind.UNCLOSED,
        span=Span(start=open_at, end=open_at + 1),
        detail=f"“{snippet}…” is never closed; cut at the end of its paragraph",
    )


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
# Matched where the quote closes (a match is anchored there).
_ATTRIBUTION_START = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?(?:said|says|told|added|noted|asked|wrote|explained|continued|"
    r"according)\b|\s*(?:he|she|they|it|we|I)\b"
)


def _closed_mid_sentence(text: str, piece: _Piece) -> QuoteDefect | None:
    """“…done.” have an AI…: the quote ends a sentence, yet the sentence runs on in lower case."""
    if piece.close_at is None:
        return None
    # Two characters decide for almost every quote; the rest of the paragraph is copied only
    # when they do not. The content is trimmed, so its last character is the last quoted.
    content = piece.content
    if content.end <= content.start or text[content.end - 1] not in _END_PUNCT:
        return None
    after = _NEXT_CHARACTER.match(text, piece.close_at + 1, piece.paragraph.end)
    if after is None or not after.group(1).islower():
        return None
    if _ATTRIBUTION_START.match(text, piece.close_at + 1, piece.paragraph.end):
        return None
    inside = text[piece.content.start : piece.content.end].rstrip()
    rest = text[piece.close_at + 1 : piece.paragraph.end]
    following = rest.lstrip()
    sentence_end = re.search(r"[.!?](?=\s|$)|[“\"]", following)
    stop = piece.close_at + 1 + (len(rest) - len(following))
    stop += sentence_end.start() + 1 if sentence_end else len(following)
    run_on = " ".join(text[piece.close_at + 1 : stop].split()[:6])
    return QuoteDefect(
        kind=DefectKind.CLOSED_MID_SENTENCE,
        span=Span(start=piece.close_at, end=min(stop, piece.paragraph.end)),
        detail=f"closed after “{' '.join(inside.split()[-3:])}” but the sentence runs on: "
        f"“{run_on}…”",
    )


class _SentenceIndex:
    """The body sentences, searchable by offset in O(log n)."""

    def __init__(self, sentences: list[Span]) -> None:
        self.sentences = sentences
        self.starts = [sentence.start for sentence in sentences]

    def around(self, offset: int) -> Span | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def before(self, offset: int, floor: int) -> Span | None:
        """The sentence before the one holding ``offset`` (or the last before it), if it opens
        at ``floor`` or after."""
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            index -= 1
        if index < 0 or self.sentences[index].start < floor:
            return None
        return self.sentences[index]


def _join_split(text: str, pieces: list[_Piece], continued: set[int]) -> list[list[_Piece]]:
    """Group pieces into quotes: “…,” he said, “…” and multi-paragraph quotes are one quote."""
    groups: list[list[_Piece]] = []
    index = 0
    while index < len(pieces):
        group = [pieces[index]]
        while index + 1 < len(pieces):
            current, nxt = pieces[index], pieces[index + 1]
            if index in continued:
                group.append(nxt)
                index += 1
                continue
            if current.close_at is None or not _same_paragraph(current, nxt):
                break
            between = text[current.close_at + 1 : nxt.open_at]
            inside = text[current.content.start : current.content.end].rstrip()
            if _interrupts(inside, between) and not _embedded(text, current):
                group.append(nxt)
                index += 1
                continue
            break
        groups.append(group)
        index += 1
    return groups


_CUE_WORD = re.compile(r"\b(?:" + "|".join(CUE_VERBS) + r")\b")


def _interrupts(inside: str, between: str) -> bool:
    """Is ``between`` an attribution splitting one sentence: “We will,” he said, “build it.”
    Not when a sentence ends in it: “…,” she said. She added: “…” opens a second quote. Nor
    when a second cue introduces what follows: ‘Football doesn't care about that,’ Lindqvist
    said, before adding of the penalty: ‘I'm not going to stand here…’ is two quotes."""
    return (
        inside.endswith((",", "—", "–", "…", "-"))
        and len(between.split()) <= 12
        and re.search(r"[,:—–]\s*$", between) is not None
        and len(_CUE_WORD.findall(between)) == 1
        and _SENTENCE_END.search(between) is None
    )


# The forces' ranks (see `speakers._RANK_TITLES`): "Cmdr. Marco Ferrante told reporters".
_RANK_STOPS = "Cmdr Cdr Comdr Maj Brig Adm Cpl Pte".split()
# A sentence ends at a full stop before a capital, but not at a title's ("Prof. Elena Marku")
# nor an initial's ("J. Smith").
_TITLE_STOPS = [
    *"Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Rev Lt Col Capt Sgt Supt Insp Det Cllr".split(),
    *_RANK_STOPS,
]
# The stop is matched before the look-behinds (which then take it in): a pattern opening with
# a character set lets the search jump from stop to stop instead of trying every position.
_SENTENCE_END = re.compile(
    r"[.!?]"
    + "".join(rf"(?<!\b{title}[.!?])" for title in _TITLE_STOPS)
    + rf"(?<!\b[A-Z][.!?])\s+[{UPPER}]"
)
_LAST_SENTENCE_END = re.compile(r".*[.!?][\"”’)]*\s", re.DOTALL)


def _title_cased(words: str) -> bool:
    """“One Hundred Years of Solitude”: a title, not words someone said."""
    capitals = [word[:1].isupper() for word in words.split() if len(word) > 3]
    return len(capitals) >= 2 and all(capitals)


# A work's name in quote marks is no one's words: "the animated sequel “Pip & Pogo 2,” which
# opens next Friday", "“Deep Water” took $24 million". Read so when the marked words are
# shaped as a title (a few words, each capitalised but the small ones, digits and "&" allowed)
# and the words around name a work: a noun for one just before the mark, or a verb of
# release or takings just after it. Short real quotes ("called the ruling “Outrageous,”",
# "“Never Again,” said Lee") have neither.
_TITLE_MAX_WORDS = 8
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or the to vs with".split()
)
_WORK_NOUN = re.compile(
    r"\b(?:film|movie|sequel|prequel|remake|reboot|spin-off|spinoff|documentary|biopic|"
    r"book|novel|memoir|biography|song|single|album|track|show|series|sitcom|play|musical|"
    r"opera|podcast|episode|game|poem|painting|titled|entitled)\s*$",
    re.IGNORECASE,
)
_WORK_VERB = re.compile(
    r"\s*(?:(?:,\s*which\s+)?(?:opens|opened|debuts|debuted|premieres|premiered|grossed|"
    r"topped|is released|was released)\b"
    # Without the comma, a film's takings too: "“Deep Water” took $24.3 million".
    r"|(?:took|earned|made)\s+(?:in\s+)?[$£€\d])"
)


def _title_shaped(words: str) -> bool:
    """Whether the words read as a work's title: "Pip & Pogo 2", "Return of the King"."""
    tokens = words.rstrip(",.;:!?…").split()
    if not 1 <= len(tokens) <= _TITLE_MAX_WORDS:
        return False
    capitals = 0
    for number, token in enumerate(tokens):
        letter = next((ch for ch in token if ch.isalpha()), "")
        if not letter or not token[0].isalpha():
            continue  # "2", "&", "(2024)"
        if letter.isupper():
            capitals += 1
        elif number == 0 or token.lower() not in _TITLE_SMALL_WORDS:
            return False
    return capitals > 0


def _names_a_work(text: str, group: list[_Piece]) -> bool:
    """Whether the quote marks hold a work's title, not words said (see `_WORK_NOUN`)."""
    if len(group) != 1:
        return False
    piece = group[0]
    if piece.close_at is None or not _title_shaped(piece.content.slice(text)):
        return False
    lead = text[max(piece.paragraph.start, piece.open_at - 40) : piece.open_at]
    if _WORK_NOUN.search(lead):
        return True
    return _WORK_VERB.match(text, piece.close_at + 1, piece.paragraph.end) is not None


def _embedded(text: str, piece: _Piece) -> bool:
    """Whether the quote opens inside a sentence (“said the sale was “good business,”
    adding: “…”): a partial quote, not the first half of one split by its attribution."""
    # The words just before the mark decide; a paragraph that runs on is not read whole.
    lead = text[max(piece.paragraph.start, piece.open_at - _LEAD_REACH) : piece.open_at]
    ended = _LAST_SENTENCE_END.match(lead)
    return any(ch.isalnum() for ch in lead[ended.end() if ended else 0 :])


def _is_full(text: str, group: list[_Piece]) -> bool:
    # Words counted up to seven a piece (split at most six times): only "fewer than four" and
    # "six or more" matter, and long quotes were split into every word.
    words = sum(
        len(text[p.content.start : p.content.end].split(None, MIN_FULL_WORDS + 2)) for p in group
    )
    if words < MIN_FULL_WORDS:
        return False
    first = group[0]
    # The contents are trimmed: their first and last characters are the quoted words'.
    opening = text[first.content.start : min(first.content.start + 3, first.content.end)]
    # "[The Millbrook] crested…": a writer's bracketed words open the sentence.
    starts_capital = (
        opening[:1].isupper()
        or opening[:1] in "‘'…"
        or opening == "..."
        or (opening[:1] == "[" and opening[1:2].isupper())
    )
    before = first.open_at  # the last character before the mark that is not a space
    while before > first.paragraph.start and text[before - 1].isspace():
        before -= 1
    # Opening its paragraph or its sentence, or introduced by a comma or colon.
    introduced = before == first.paragraph.start or text[before - 1] in ",:.!?"
    last = group[-1]
    ending = text[last.content.end - 1] if last.content.end > last.content.start else ""
    return (starts_capital and (introduced or ending in _END_PUNCT + ",")) or (
        introduced and words >= 6
    )


def _sentences(text: str, group: list[_Piece]) -> list[QuoteSentence]:
    """The quote's sentences; a sentence interrupted by the attribution is joined up."""
    # Words and span of each sentence, made models once joined up.
    found: list[tuple[str, Span]] = []
    for piece in group:
        spans = split_sentences(text, piece.content.start, piece.content.end)
        for number, span in enumerate(spans):
            words = text[span.start : span.end]
            if found and number == 0 and words[:1].islower():
                before, before_span = found[-1]
                joined = before.rstrip(",—–- ") + " " + words
                found[-1] = (joined, new_span(before_span.start, span.end))
            else:
                found.append((words, span))
    return [_VALIDATE_QUOTE_SENTENCE({"text": words, "span": span}) for words, span in found]


def _whole(text: str, segments: list[Span]) -> list[QuoteSentence]:
    """A partial quote as one sentence, its words from its first segment to its last: it is
    a stretch of what was said, so both its ends are where the quote is cut (“a soft landing
    rather than a slump” is no rewording of “It is a soft landing rather than a slump.”)."""
    words = " ".join(segment.slice(text) for segment in segments)
    span = new_span(segments[0].start, segments[-1].end)
    return [_VALIDATE_QUOTE_SENTENCE({"text": words, "span": span})]


# The model's validator called directly, as `new_span` does: ``QuoteSentence(…)`` without
# the Python ``__init__`` around it.
_VALIDATE_QUOTE_SENTENCE = QuoteSentence.__pydantic_validator__.validate_python


# Straight single marks, where an article quotes in them ('Our board looked hard,' she said):
# each read as the curly mark its place shows, offsets kept. An opening mark starts a word
# after a space, a paragraph start or a bracket; one between letters is an apostrophe; the
# others may close (the single-mark rules then tell a close from "the players' union").
# The mark comes first and what stands before it is looked at behind it (the text's start, or
# a space, a bracket or a dash: no character outside those): a pattern opening on a literal is
# searched for that character alone, one opening on a look-behind tried at every position.
_STRAIGHT_OPEN = re.compile(r"'(?<![^\s(\[—–\-/:]')(?=[\w…])")
_DOUBLE_MARKS = re.compile('[“”"]')
# Speech in straight single marks, in an article that prints double marks too (a partial
# quote, a title): a mark opening a word, then, in its paragraph, one closing right after the
# stop or comma that ends what was said, before a space or the paragraph's end ("said: 'For
# the first time, we can offer…'", "'…whether by age, sex or region,' Dr Okafor said"). An
# apostrophe follows a letter ("it's", "the workers' union") or opens a word ("the '90s"),
# never a stop or a comma, so the apostrophes of an article quoting in double marks make no
# such pair. Speech nested in a double quote ("“They told me 'go home.' And I did,”") may
# match: curled, it stays nested in the double marks around it.
_STRAIGHT_SPEECH = re.compile(
    r"'(?<![^\s(\[—–\-/:]')(?=[\w…])[^\n]*?[,.!?…]'(?=\s|$)", re.MULTILINE
)


def _curled(text: str) -> str:
    """The text with straight single marks as curly ones, when it quotes in them: it has no
    double quotation mark and at least one straight mark opening a word, or it prints speech
    in straight single marks beside its double ones (see `_STRAIGHT_SPEECH`). Else
    unchanged."""
    if "'" not in text or not _STRAIGHT_OPEN.search(text):
        return text
    if _DOUBLE_MARKS.search(text) and not _STRAIGHT_SPEECH.search(text):
        return text
    curled = _STRAIGHT_OPEN.sub(S_OPEN, text)
    return curled.replace("'", S_CLOSE)


# The style printed before a clergyman's or an office holder's name, mostly with its article:
# "the Rt Rev David Okafor", "the Very Rev. Helen Marsh", "the Reverend Jesse Jackson", "Rt.
# Rev. Jane Reid", "the Rt Hon Tom Reid". People take no article elsewhere ("the Doki Doki
# dessert shop" is a place), and a style of two or three words fills the name's run: the style
# is read as a bare title. "Hon" and "Honourable" only after "Rt" or "Right": "the Hon Hai
# plant" is a firm's, "the Honourable Society of the Inner Temple" a body's; nor "the
# Venerable", a saint's more often ("the Venerable Bede Society").
_STYLE_OF = r"(?:Rt|Right|Very|Most)\.?\s+"
_STYLE = re.compile(
    r"\b(?:(?:[Tt]he\s+)?(?:Rt|Right)\.?\s+Hon(?:ourable|orable)?"
    rf"|(?:[Tt]he\s+(?:{_STYLE_OF})?|{_STYLE_OF})(?:Rev|Revd|Reverend|Ven))\.?(?=\s+[A-Z])"
)
# The words after a style, one at a time.
_STYLED_WORD = re.compile(r"\s+(\S+)")
# Words of a body's name a style may open ("the Reverend Billy Graham Evangelistic
# Association", "the Rev Martin Luther King Jr Memorial Library"): no person's name then
# follows it, only the one the body is named after.
_STYLED_BODY = (
    ORG_WORDS
    | ORG_NOUNS
    | frozenset(
        "church cathedral chapel abbey parish diocese memorial library museum mission "
        "ministries ministry fellowship academy".split()
    )
)


def _styles_person(text: str, end: int) -> bool:
    """Whether the capitalised words after a style ending at ``end``, up to a possessive or
    a stop, are a person's name: no word of a body's name among them (see `_STYLED_BODY`)."""
    pos = end
    while (found := _STYLED_WORD.match(text, pos)) and found.group(1)[:1].isupper():
        token = found.group(1)
        word = token.rstrip(",;:.!?)”’\"'")
        possessive = word.endswith(("’s", "'s"))
        if possessive:
            word = word[:-2]
        if word.casefold() in _STYLED_BODY:
            return False
        if possessive or (word != token and not (len(word) == 1 and token == word + ".")):
            break  # an initial ("the Rev. J. Smith") reads on
        pos = found.end()
    return True


def _unstyled(text: str) -> str:
    """The text with each style before a person's name (see `_STYLE`) printed as the title
    "Rev" alone, blanks before it keeping every offset: any title does, as it is not part of
    the name read."""
    if "Rev" not in text and "Ven" not in text and "Hon" not in text:
        return text
    return _STYLE.sub(
        lambda m: "Rev".rjust(len(m.group())) if _styles_person(text, m.end()) else m.group(),
        text,
    )


def extract_quotes(
    article: Article, sentences: list[Span]
) -> tuple[list[Quote], list[QuoteDefect]]:
    # The marks are read in the curled text; the quotes' words are the article's own.
    original = article.text
    curled = _curled(original)
    text = _unstyled(curled)
    if article.blocks:
        paragraphs = [b.span for b in article.body_blocks()]
    else:
        paragraphs = [_trim(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    index = _SentenceIndex(sentences)
    pieces, defects, continued = _pieces(text, paragraphs)
    # The names are read only for attributing quotes: an article with none skips them.
    single_quotes = [
        new_span(p.open_at, p.close_at + 1 if p.close_at is not None else p.content.end)
        for p in pieces
        if p.single
    ]
    cast = read_cast(text, paragraphs, single_quotes) if pieces else Cast()
    singles = _SingleMarks(pieces)
    for piece in pieces:
        defect = _closed_mid_sentence(text, piece)
        if defect is not None:
            defects.append(defect)
    headline = _headline_quotes(article, text, original)
    quotes: list[Quote] = []
    previous: Speaker | None = None
    previous_quote: Quote | None = None
    # The last short quote given to someone by its own attribution, after the last full one.
    previous_partial: Quote | None = None
    for group in _join_split(text, pieces, continued):
        first, last = group[0], group[-1]
        segments = [p.content for p in group if p.content.end > p.content.start]
        if not segments:
            continue
        if _names_a_work(text, group):
            # A title is no quote: not one to line up with words someone is quoted saying
            # ("how it holds against ‘Pip & Pogo 2’"), and the speakers read go on past it.
            continue
        speaker = _attribute(
            text, cast, index, group, previous, singles, quotes[-1] if quotes else None
        )
        if speaker.name is None and speaker.cue is not None and speaker.span is not None:
            # “…,” a spokesperson said, after a sentence a body acts in (see
            # `spokesperson_of_subject`).
            before = index.before(min(first.open_at, speaker.span.start), first.paragraph.start)
            if before is not None:
                speaker = spokesperson_of_subject(cast, text, speaker, before)
        follows_on = (
            speaker.name is None
            and speaker.cue is None
            and previous_quote is not None
            and previous_quote.speaker.name is not None
            and (
                _follows_in_paragraph(text, previous_quote, first)
                or _opens_next_paragraph(text, cast, previous_quote, first)
            )
        )
        said = previous_quote.speaker if follows_on and previous_quote is not None else None
        if (
            not follows_on
            and speaker.name is None
            and speaker.cue is None
            and previous_partial is not None
            and _follows_in_paragraph(text, previous_partial, first)
            and not _other_person_between(cast, previous_partial, first.open_at)
        ):
            # The trial is “the first time…,” said Dr. Helen Marsh, who led the study. “We
            # were surprised.” — a short quote's speaker goes on too.
            follows_on = True
            said = previous_partial.speaker
        if said is None and speaker.name is None and speaker.cue is None and _is_full(text, group):
            # "Hay now costs dairy farmers $480 a tonne, he said. “The grants help, but…”": a
            # quote with no attribution of its own, opening right after a sentence that ends on
            # one, is that speaker's.
            said = _paraphrase_speaker(text, cast, index, first, group[-1].close_at)
            follows_on = said is not None
        if said is not None:
            # “…,” said Tusk. “He had such a life ahead of him.” — the same speaker goes on.
            speaker = _continuing(said, said.cue, said.span)
        # A short quote next to its attribution (“I love cats,” said Burton) is still full.
        full = (
            follows_on
            or _is_full(text, group)
            or (
                speaker.cue is not None
                and speaker.attribution is not Attribution.CONTINUATION
                and text[first.content.start : first.content.start + 1].isupper()
            )
        )
        if not full and speaker.attribution is Attribution.CONTINUATION:
            speaker = Speaker(cue=speaker.cue)
        if (
            not full
            and speaker.name is None
            and speaker.cue is None
            and quotes
            and _shares_subject(text, cast, quotes[-1], first)
        ):
            # "Kyranis Tankers said it was “cooperating fully” with the authorities and would
            # “meet its obligations in full”": the second short quote's verb has the first's
            # subject, so both are the company's words.
            speaker = quotes[-1].speaker
        end = last.close_at + 1 if last.close_at is not None else last.content.end
        quote = Quote(
            id=f"{article.id}:q{len(headline) + len(quotes) + 1}",
            article_id=article.id,
            kind=QuoteKind.FULL if full else QuoteKind.PARTIAL,
            text=" ".join(s.slice(original) for s in segments),
            span=new_span(first.open_at, end),
            segments=segments,
            speaker=speaker,
            sentences=_sentences(original, group) if full else _whole(original, segments),
        )
        quotes.append(quote)
        if full:
            previous = speaker
            previous_quote = quote
            previous_partial = None
        elif (
            speaker.name is not None
            and speaker.attribution is not Attribution.CONTINUATION
            and speaker.span is not None
            and speaker.span.start >= quote.span.end
        ):
            # Only a quote its attribution follows (“…,” said Marsh): after "Stride said Labour
            # had “lost control.”" the next quote is not surely his.
            previous_partial = quote
    defects.sort(key=lambda d: d.span.start)
    quotes = headline + quotes
    if curled is not original and S_CLOSE not in original:
        # Names are read in the curled text: "O’Brien" is printed "O'Brien" here.
        quotes = [_straight_name(quote) for quote in quotes]
    return quotes, defects


# The verbs a headline attributes words with, in the present tense headlines are written in:
# "‘We will not back down’: union chief vows to fight on", "‘We were lucky’, says survivor".
_HEADLINE_CUE = re.compile(
    r"\b(?:says|said|tells|told|warns|vows|pledges|promises|admits|insists|claims|urges|slams"
    r"|defends|demands|denies|accuses|blames|reveals|recalls|describes|declares|calls|hits out"
    r"|speaks|confirms|announces|explains|adds|argues|laments|apologises|apologizes|thanks)\b",
    re.IGNORECASE,
)
# "‘We were lucky’ – ferry survivor": a dash after the quote names who said it.
_HEADLINE_DASH = re.compile(r"\s*[-–—]+\s*\w")
# How closely a headline's quote must match a stretch of the body to be the body's words
# repeated (a headline trims and may shorten them), on a 0-100 scale.
_HEADLINE_IN_BODY = 88


def _headline_quotes(article: Article, text: str, original: str) -> list[Quote]:
    """The quotes of the headline whose words the body does not print: a headline that
    quotes words its body never gives anyone (“‘It was like running in a sauna’: dozens in
    hospital…”) prints them unattributed, which FC108 sets against an article naming the
    speaker. Words the body prints, quoted or not, are the body's quote repeated, so the
    headline adds nothing. Quoted words opening a headline with no cue are unattributed;
    anything before them ("Mayor: ‘…’") or a cue after them ("…’, says survivor", "…’: union
    chief vows to fight on") attributes them to someone the headline only describes."""
    titles = [block.span for block in article.blocks if block.kind is BlockKind.TITLE]
    if not titles or not any(
        text.find(mark, t.start, t.end) != -1 for t in titles for mark in '“‘"'
    ):
        return []
    from rapidfuzz import fuzz

    pieces, _, continued = _pieces(text, titles)
    body = _folded_words(" ".join(block.span.slice(original) for block in article.body_blocks()))
    found: list[Quote] = []
    for group in _join_split(text, pieces, continued):
        first, last = group[0], group[-1]
        segments = [p.content for p in group if p.content.end > p.content.start]
        if not segments or last.close_at is None:
            continue
        words = _folded_words(" ".join(s.slice(original) for s in segments))
        if len(words.split()) < MIN_FULL_WORDS:
            continue  # scare quotes: "Drugmaker fined over ‘excessive’ price rises"
        if fuzz.partial_ratio(words, body, score_cutoff=_HEADLINE_IN_BODY):
            continue
        full = _is_full(text, group)
        tail = text[last.close_at + 1 : first.paragraph.end]
        opens = not text[first.paragraph.start : first.open_at].strip()
        if opens and not _HEADLINE_CUE.search(tail) and not _HEADLINE_DASH.match(tail):
            speaker = Speaker()
        else:
            cue = _HEADLINE_CUE.search(text, first.paragraph.start, first.paragraph.end)
            speaker = Speaker(
                attribution=Attribution.DESCRIPTION,
                cue=cue.group().casefold() if cue is not None else None,
            )
        found.append(
            Quote(
                id=f"{article.id}:q{len(found) + 1}",
                article_id=article.id,
                kind=QuoteKind.FULL if full else QuoteKind.PARTIAL,
                text=" ".join(s.slice(original) for s in segments),
                span=new_span(first.open_at, last.close_at + 1),
                segments=segments,
                speaker=speaker,
                sentences=_sentences(original, group) if full else _whole(original, segments),
            )
        )
    return found


def _folded_words(text: str) -> str:
    """Lower-case words and numbers only, one space apart: what is compared of quoted words
    and a body that prints them in other marks or with other punctuation."""
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold().replace("’", "'")))


def _straight_name(quote: Quote) -> Quote:
    name = quote.speaker.name
    if name is None or S_CLOSE not in name:
        return quote
    speaker = quote.speaker.model_copy(update={"name": name.replace(S_CLOSE, "'")})
    return quote.model_copy(update={"speaker": speaker})


def _opens_next_paragraph(text: str, cast: Cast, previous: Quote, piece: _Piece) -> bool:
    """“…,” Helena Voss said. ¶ “That gives us room to move.” — a paragraph that is a quote,
    after one that ends with an attributed quote, goes on with the same speaker (wire style)."""
    if text[piece.paragraph.start : piece.open_at].strip():
        return False
    if piece.close_at is not None and names_source_next(text, piece.close_at + 1):
        # “…,” Rory Kinsella said. ¶ “We gave away two cheap goals.” That was the verdict
        # from the Slovakian dressing room. — the sentence after it names another source.
        return False
    between = text[previous.span.end : piece.paragraph.start]
    words = len(between.split())
    return (
        previous.span.end <= piece.paragraph.start
        and between.count("\n\n") + between.count("\r\n\r\n") == 1
        # "“We are asking for the same,” said Órla McCann, director of the RCN in Northern
        # Ireland, speaking on the picket line at the Royal Victoria." ¶ “Nobody goes into
        # nursing…: the attribution may run on, as in a paragraph (see `_follows_in_paragraph`),
        # where it names no one else.
        and (
            words <= 12
            or (words <= 30 and not _other_person_between(cast, previous, piece.paragraph.start))
        )
        and _SENTENCE_END.search(between) is None
        and text[piece.content.start : piece.content.start + 1].isupper()
    )


def _other_person_between(cast: Cast, previous: Quote, end: int) -> bool:
    """Whether someone else than the previous quote's speaker is named after its
    attribution, before ``end``: "…,” said Marsh. Her colleague Tom Reid agreed. “…”"."""
    start = previous.speaker.span.end if previous.speaker.span else previous.span.end
    return any(m.name != previous.speaker.name for m in cast.people_between(start, end))


# The attribution closing a sentence of reported speech: "…, he said.", "…, Harcourt said."
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,4}?(?:said|says|added|told\s+[\w ]+?)\.\s*$"
)


# A sentence after a quote that tells whose words it was: "“…” Those were the words of captain
# Ruiz after the defeat.", "“…” So said the club's owner." It names the speaker, not the
# sentence before the quote.
_ATTRIBUTED_AFTER = re.compile(
    r"\s*(?:(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+(?:the\s+)?"
    r"(?:words|verdict|view|views|assessment|reaction|message|comments?|thoughts)\s+of\b"
    r"|(?:So\s+)?(?:said|says)\s+(?-i:[A-Z])"
    r"|(?:The|Those|These)\s+(?:words|comments?|remarks?)\s+came\s+from\b)"
)


def _paraphrase_speaker(
    text: str, cast: Cast, sentences: _SentenceIndex, first: _Piece, close_at: int | None
) -> Speaker | None:
    """The speaker of the sentence right before a quote in its paragraph, when that sentence
    is reported speech ending on its attribution ("…, he said.") and nothing but space lies
    between it and the quote; not when the sentence after the quote (closing at
    ``close_at``) tells they were another's words (see `_ATTRIBUTED_AFTER`)."""
    before = sentences.before(first.open_at, first.paragraph.start)
    if before is None or text[before.end : first.open_at].strip():
        return None
    named_after: set[str] | None = None
    after = _ATTRIBUTED_AFTER.match(text, close_at + 1) if close_at is not None else None
    if after is not None:
        # "Growth would slow, the finance minister said. “…” Those were the words of Finance
        # Minister Lars Holm." names the same person as the role before the quote: the words
        # stay theirs. Anyone else named there, or no one, leaves the quote to no one.
        around = sentences.around(after.end())
        end = text.find("\n", after.end()) % (len(text) + 1)
        if around is not None and after.end() < around.end < end:
            end = around.end
        named_after = {
            cast.canonical(mention.name) for mention in cast.people_between(after.end(), end)
        }
        if not named_after:
            return None
    tail = _CLOSING_ATTRIBUTION.search(text, before.start, before.end)
    if tail is None or OPEN in text[before.start : before.end]:
        return None
    found = attribute_after(cast, text, tail.start() + 1, before.end)
    if found is None or found.name is None:
        return None
    if named_after is not None and cast.canonical(found.name) not in named_after:
        return None
    return found


def _follows_in_paragraph(text: str, previous: Quote, piece: _Piece) -> bool:
    """The quote opens a capitalised sentence right after the previous quote's attribution."""
    between = text[previous.span.end : piece.open_at]
    # The attribution may run on ("said Sarah Pennington, who farms 400 hectares near Bury
    # St Edmunds."), but no sentence of other words may stand between.
    return (
        previous.span.end <= piece.open_at
        and piece.paragraph.start <= previous.span.start
        and "\n" not in between
        and len(between.split()) <= 30
        and _SENTENCE_END.search(between) is None
        and text[piece.content.start : piece.content.start + 1].isupper()
    )


# What may stand between two short quotes of one clause, the second taking the first's subject:
# a verb joined to the first by "and", "but", "or" or "yet" and opening with an auxiliary
# ("and would “…”", "but was still “…”"), with no subject of its own. Not "and critics called
# it “…”" nor "and Reid was “…”": a word between the conjunction and the verb is a subject.
# No sentence ends, no clause breaks off (";", ":", a dash, a bracket) and no quote opens.
_SAME_SUBJECT = re.compile(
    r"[^.!?;:“”\"—–()\n]*?\b(?:and|but|or|yet)\s+"
    r"(?:(?:also|still|then|now|not|even|later|always)\s+)*"
    r"(?:would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|does)\b"
    r"[^.!?;:“”\"—–()\n]*"
)
# Or a relative clause on the first quote's words, its "that" or "which" the subject of an
# auxiliary: "Tom Ashworth … said Labour’s national insurance rise was a “jobs tax” that was
# “hammering the very businesses we need to hire”", "…a “jobs tax”, which would “…”". The clause
# is inside the one reported, so its words are the same speaker's. Only just after the closing
# mark: in "…a “jobs tax”, though economists think that is “overblown”", "that" is no relative.
_RELATIVE_ON_QUOTE = re.compile(
    r",?\s+(?:that|which)\s+"
    r"(?:(?:also|still|then|now|not|even|already|always)\s+)*"
    r"(?:would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|does)\b"
    r"[^.!?;:“”\"—–()\n]*"
)
# Or a second clause reported by the first's verb, joined by "and that" ("but that"): "Maya
# Lindqvist … said laundering that much bitcoin “takes time” and that every hour the coins sat
# in a traceable address gave investigators “another chance to freeze it”". The "that" opens
# a clause, its subject after it: not "and that is why…", where it is a pronoun.
_SECOND_REPORTED = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+)?that\s+"
    r"(?!(?:is|was|has|had|will|would|could|can|may|might|must|should|did|does|means|meant)\b)"
    r"[^.!?;:“”\"—–()\n]*"
)
# How long the words between the two may be: a clause's, not a paragraph's.
_SAME_SUBJECT_REACH = 200


def _shares_subject(text: str, cast: Cast, previous: Quote, piece: _Piece) -> bool:
    """Whether the quote opening at ``piece`` goes on the clause of the short quote before it,
    which its subject was found to speak: "Kyranis Tankers said it was “cooperating fully”
    with the authorities and would “meet its obligations in full”" (see `_SAME_SUBJECT`), "Tom
    Ashworth said the rise was a “jobs tax” that was “hammering…”" (see `_RELATIVE_ON_QUOTE`),
    "Lindqvist said it “takes time” and that … gave investigators “…”" (see
    `_SECOND_REPORTED`).
    Only a partial quote whose speaker is named before it in its sentence; no cue and no name
    of the cast may stand between the two (in "and would, Reid said, “…”" Reid speaks)."""
    said = previous.speaker
    if (
        previous.kind is not QuoteKind.PARTIAL
        or said.name is None
        or said.span is None
        or said.span.end > previous.span.start
        or previous.span.end > piece.open_at
        or piece.paragraph.start > previous.span.start
        or _SENTENCE_END.search(text, said.span.end, previous.span.start) is not None
    ):
        return False
    between = text[previous.span.end : piece.open_at]
    if len(between) > _SAME_SUBJECT_REACH:
        return False
    if (
        _SAME_SUBJECT.fullmatch(between) is None
        and _RELATIVE_ON_QUOTE.fullmatch(between) is None
        and _SECOND_REPORTED.fullmatch(between) is None
    ) or _CUE_WORD.search(between) is not None:
        return False
    return not any(
        previous.span.end <= mention.span.start < piece.open_at for mention in cast.mentions
    )


_LEAD_REACH = 400


class _SingleMarks:
    """Where the quotes in single marks open and close: a ’ may be an apostrophe, so these
    are looked up, never searched for in the text."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self.opens = [piece.open_at for piece in pieces if piece.single]
        self.closes = sorted(
            piece.close_at for piece in pieces if piece.single and piece.close_at is not None
        )

    def next_open(self, start: int, stop: int, found: int) -> int:
        """The first opening mark in [start, stop), given ``found`` of the double ones."""
        index = bisect_left(self.opens, start)
        if index < len(self.opens) and self.opens[index] < stop:
            at = self.opens[index]
            return at if found == -1 else min(at, found)
        return found

    def last_close(self, start: int, end: int, found: int) -> int:
        """The last closing mark in [start, end), given ``found`` of the double ones."""
        index = bisect_left(self.closes, end) - 1
        if index >= 0 and self.closes[index] >= start:
            return max(self.closes[index], found)
        return found

    def opens_in(self, start: int, end: int) -> bool:
        index = bisect_left(self.opens, start)
        return index < len(self.opens) and self.opens[index] < end


def _attribute(
    text: str,
    cast: Cast,
    sentences: _SentenceIndex,
    group: list[_Piece],
    previous: Speaker | None,
    singles: _SingleMarks,
    last_quote: Quote | None = None,
) -> Speaker:
    """Who says the quote ``group``: ``previous`` is the speaker of the last full quote,
    ``last_quote`` the last quote of either kind."""
    first, last = group[0], group[-1]
    para = first.paragraph
    deferred: Speaker | None = None  # an attribution after the quote naming no one
    # Between the pieces of a split quote: “…,” he said, “…”
    for left, right in pairwise(group):
        if left.close_at is not None and _same_paragraph(left, right):
            found = attribute_after(cast, text, left.close_at + 1, right.open_at)
            if found is not None:
                return found
    if last.close_at is not None:
        sentence = sentences.around(last.close_at + 1)
        if (
            sentence is None
            and _embedded(text, first)
            and not _introduced(text, first)
            and not _after_a_quote(text, singles, first)
        ):
            # “…” closed its sentence, which opened before it: "Britain’s Rail Accident
            # Investigation Branch said it was “far too early.” Chief Inspector Andrew Hall
            # said…" — the subject before the quote speaks, not a name in the next sentence.
            found = _subject_of(text, cast, sentences, first)
            if found is not None:
                return found
        # The quote closed its sentence: what follows is a sentence of its own.
        closed_sentence = sentence is None
        sentence = sentence or last.paragraph
        stop = min(max(sentence.end, last.close_at + 1), last.paragraph.end)
        nxt = text.find(OPEN, last.close_at + 1, stop)
        if singles.opens:
            nxt = singles.next_open(last.close_at + 1, stop, nxt)
        stop = nxt if nxt != -1 else stop
        found = attribute_after(cast, text, last.close_at + 1, stop)
        if found is not None and not (closed_sentence and _reports_own_words(text, found, stop)):
            if not (closed_sentence and (found.name is None or found.attribution in _REFERRING)):
                return found
            # "In a statement, the company said, “We are deeply saddened…” It announced ₹25
            # lakh for each family": a pronoun opening the next sentence gives way to an
            # attribution before the quote. So does a role or a body referred to: "Veridian’s
            # chief executive, Tom Ashdown, said: ‘…’ The company said its software was used at
            # 14 other airports." is Ashdown's, whom his own sentence names.
            deferred = found
        if closed_sentence and (found is None or found.name is None):
            # “No one should be priced out…” ¶ That was how Ardent chief executive Helen Marsh
            # put it in a statement on Tuesday.
            put = attribute_next_sentence(cast, text, last.close_at + 1)
            if put is not None and put.name is not None:
                return put
    elif last.said is not None:
        # The attribution an unclosed quote ran on into: "‘We lost the arena…, Dubois said."
        found = attribute_after(cast, text, last.said.start, last.said.end)
        if found is not None and found.name is not None:
            return found
        deferred = found
    sentence = sentences.around(first.open_at) or para
    start = max(sentence.start, para.start)
    prev_close = text.rfind(CLOSE, start, first.open_at)
    if singles.closes:
        prev_close = singles.last_close(start, first.open_at, prev_close)
    lead_start = prev_close + 1 if prev_close != -1 else start
    if first.open_at - lead_start > _LEAD_REACH:
        # Every attribution before a mark ends at the mark and is far shorter than this: a
        # sentence that runs on for pages (unclosed marks, no full stop) is read at its end
        # only, where searching all of it for each mark took quadratic time.
        lead_start = text.find(" ", first.open_at - _LEAD_REACH, first.open_at) + 1 or lead_start
    found = attribute_before(cast, text, lead_start, first.open_at)
    if found is None:
        # "Dr Raman's message to parents was simple: “…”"
        found = attribute_possessive_saying(cast, text, lead_start, first.open_at)
    if found is None:
        # "Acoustician Lena Orsini summed it up plainly: “…”"
        found = attribute_colon_subject(cast, text, lead_start, first.open_at)
    if deferred is not None and (found is None or found.name is None):
        return deferred
    if found is not None:
        if found.attribution is Attribution.CONTINUATION:
            if previous is not None and previous.name:
                return _continuing(previous, found.cue, None)
            return Speaker(cue=found.cue)
        return found
    if prev_close != -1:
        found = attribute_participle(cast, text, start, prev_close + 1, first.open_at)
        if found is None:
            found = _adding_to(text, last_quote, start, prev_close + 1, first.open_at)
        if found is None:
            # "“…,” she said, adding that drugs of that quantity “end up in our townships…”"
            found = attribute_participle_after_attribution(
                cast, text, prev_close + 1, first.open_at
            )
        if found is None and ", who " in text[prev_close + 1 : first.open_at]:
            # "“…,” said Rui Costa, the Benfica president, who added that the sale was “…”"
            found = attribute_clause_subject(cast, text, prev_close + 1, first.open_at)
        if found is None and _embedded(text, first):
            # "…was ‘better than markets feared’ but Tom Reid warned that it looked ‘…’": the
            # clause after the quote before names its own speaker. Only a name is taken: a
            # group or a role there ("and critics called it “…”") attributes it as before.
            named = attribute_clause_subject(cast, text, prev_close + 1, first.open_at)
            found = named if named is not None and named.name is not None else None
        if found is not None:
            return found
    elif _embedded(text, first):
        # In straight marks, which the closing mark looked for above is not: "“…,” she said,
        # adding that…" goes on from the quote before as it does in curly ones.
        close = _straight_close_before(text, start, first.open_at)
        found = None
        if close != -1:
            found = _adding_to(
                text, last_quote, start, close + 1, first.open_at
            ) or attribute_participle_after_attribution(cast, text, close + 1, first.open_at)
        found = found or _subject_of(text, cast, sentences, first)
        if found is not None:
            return found
    else:
        # "Priya Natarajan said a review would follow. “We will share everything.”": a quote
        # opening the sentence after someone's reported speech goes on with them.
        back = start - 1
        while back > para.start and text[back].isspace():
            back -= 1
        earlier = sentences.around(back) if back > para.start else None
        if earlier is not None and earlier.start >= para.start:
            lead = text[earlier.start : start]
            if OPEN not in lead and '"' not in lead and not singles.opens_in(earlier.start, start):
                found = attribute_subject(
                    cast, text, earlier.start, start
                ) or attribute_pronoun_subject(cast, text, earlier.start, start)
                if found is not None:
                    return _continuing(found, found.cue, found.span)
    return _UNKNOWN


def _adding_to(text: str, before: Quote | None, start: int, end: int, mark: int) -> Speaker | None:
    """ "Andrew Lyle, the chief executive of Racing Victoria, called it ‘one of the great
    Cups’, adding: ‘To see an international horse…’": a participle of saying just after a
    quote (closed at ``end`` - 1) goes on with that quote's speaker, when its attribution
    stands before it in the sentence (from ``start``). `attribute_participle` finds only a
    subject before a cue ("Lyle said"); here the verb was "called" or "described", or the
    speaker was found otherwise. ``mark`` is where the new quote opens."""
    if before is None or before.span.end != end or before.speaker.name is None:
        return None
    said = before.speaker
    if said.span is None or not start <= said.span.start < before.span.start:
        return None  # "“…,” Lyle said": no participle may stand between the two
    # "Prosecutor Claire Dumoulin described the raid as “a meticulously prepared operation”,
    # adding that the thieves had known “exactly what they had come for”": a clause going on
    # with the sentence's subject goes on with its speaker as the participle alone does.
    cue = participle_after_quote(text, end, mark) or clause_after_quote(text, end, mark)
    if cue is None and _GOES_ON_REPORTING.fullmatch(text, end, mark) is not None:
        # "Okafor said the board was “broadly satisfied” with the audit and that it would
        # “move quickly” on its advice": a second "that" clause after the verb of saying is
        # more of what the subject reported, with no verb of saying of its own.
        cue = said.cue
    if cue is None:
        return None
    return Speaker(
        name=said.name, kind=said.kind, attribution=said.attribution, cue=cue, span=said.span
    )


# Between two quotes in one reported clause: the words going on from the first quote to
# "and that" or "but that" and the second quote's mark, with no break, other mark or verb of
# saying between (another voice would be one: "and that critics had called it “…”").
_GOES_ON_REPORTING = re.compile(
    r"[^.;!?:“”\"‘’—–()]*?\s(?:and|but)\s+that\s"
    r"(?:(?!\b(?:said|says|told|called|described|added|argued|claimed|warned|insisted)\b)"
    r"[^.;!?:“”\"‘’—–()])*"
)


def _straight_close_before(text: str, start: int, end: int) -> int:
    """Where the last straight double mark from ``start`` to ``end`` stands, if it closes a
    quote (as `_marks` tells one from an opening mark); else -1."""
    marks = _marks(text, start, end)
    return marks[-1][0] if marks and marks[-1][1] == "close" else -1


# What a reported clause holds after its cue: "Nurses say they have since gone back to paper",
# "Brenner said his client would appeal".
_REPORTED_CLAUSE = re.compile(
    r"\b(?:that|was|were|is|are|had|has|have|would|will|could|should|can|must|might|did|does)\b"
)
# Where the words after a cue stop being its clause: "Alice said to herself, as well as she
# could" attributes the quote before it.
_CLAUSE_STOP = re.compile(r"[,;:—–]|[.!?](?:\s|$)")


# Subjects that refer back to one already named, as a pronoun does: "The company said…".
_REFERRING = frozenset((Attribution.PRONOUN, Attribution.TITLE, Attribution.DESCRIPTION))
_PRONOUN_WORDS = frozenset(("he", "she", "they", "it", "we", "i"))


def _reports_own_words(text: str, found: Speaker, stop: int) -> bool:
    """Whether a sentence after a quote that closed its own, "‘…IT.’ Nurses say they have
    since gone back to paper.", reports what its subject says, not who said the quote: a
    named subject (or a group) whose cue opens a clause of its own. A pronoun or a role
    refers back to the speaker ("‘…’ She said the squad was investigating."), and a cue ending
    the sentence ("“…” Smith said.") or followed by no clause before a comma ("Smith told
    reporters.", "Alice said to herself, as well as she could") attributes the quote."""
    span = found.span
    if span is None or found.cue is None or found.attribution in _REFERRING:
        return False
    if text[span.start : span.end].casefold() in _PRONOUN_WORDS:
        return False  # "They said…": no one named, but the speaker referred back to
    cue = text.find(found.cue, span.end, stop)
    if cue == -1:
        return False  # "said Smith, who…": the cue before the name
    end = _CLAUSE_STOP.search(text, cue, stop)
    clause = _REPORTED_CLAUSE.search(text, cue + len(found.cue), end.start() if end else stop)
    return clause is not None


def _introduced(text: str, first: _Piece) -> bool:
    """Whether a colon or comma introduces the quote: "Patel, …, said: “…”"."""
    before = text[first.paragraph.start : first.open_at].rstrip()
    return before.endswith((",", ":"))


def _after_a_quote(text: str, singles: _SingleMarks, first: _Piece) -> bool:
    """Whether a quote closes in the paragraph before ``first`` opens: “…,” adding: “…”."""
    start = first.paragraph.start
    if text.rfind(CLOSE, start, first.open_at) != -1 or text.rfind('"', start, first.open_at) != -1:
        return True
    return singles.closes != [] and singles.last_close(start, first.open_at, -1) != -1


def _subject_of(text: str, cast: Cast, sentences: _SentenceIndex, first: _Piece) -> Speaker | None:
    """Who speaks in the sentence a partial quote opens inside: "Helen Marsh said strikes
    would “only harm…”", "Britain’s Rail Accident Investigation Branch said it was “…”", "Mrs
    Nandra urged the union to call off the action, saying strikes would “only harm…”"."""
    if _title_cased(first.content.slice(text)):
        return None
    sentence = sentences.around(first.open_at) or first.paragraph
    start = max(sentence.start, first.paragraph.start)
    # The subject of the clause's verb first: a name in a phrase after it ("a judge at Leeds
    # Crown Court said") is not its speaker.
    return (
        attribute_clause_subject(cast, text, start, first.open_at)
        or attribute_subject(cast, text, start, first.open_at)
        or attribute_description(cast, text, start, first.open_at)
        or attribute_participle_subject(cast, text, start, first.open_at)
        # After the participle's reading: "The NGA did not bid, she confirmed, adding that…
        # “…”" takes the participle as its cue.
        or attribute_inserted(cast, text, start, first.open_at)
        or attribute_organisation_subject(cast, text, start, first.open_at)
    )


# Speakers are frozen: the one unknown speaker is shared by every quote without one.
_UNKNOWN = Speaker(kind=SpeakerKind.UNKNOWN)


def _continuing(speaker: Speaker, cue: str | None, span: Span | None) -> Speaker:
    """The same speaker going on, given its cue and span: what ``model_copy`` made, built
    without its cost."""
    return Speaker(
        name=speaker.name,
        kind=speaker.kind,
        attribution=Attribution.CONTINUATION,
        cue=cue,
        span=span,
    )
