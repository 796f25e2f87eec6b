"""Sentence splitting for news text.

Rule-based: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quote marks and brackets
stay with it) when the next word starts a sentence, and always at a paragraph break.
Abbreviations (Inc., U.S., a.m., Mr.), initials, decimals and numbered items do not end one.
"""

from __future__ import annotations

import re

from factcheck.models import Span

# Lower-cased, without the final period. Titles and corporate suffixes never end a sentence
# before a capitalised word; the rest only when the next word is clearly a new sentence.
_TITLES = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st mt fr rev hon pres supt "
    "insp det messrs mme mlle sr jr cdr comdr maj brig cpl pte".split()
)
# "Rt." continues a style only before the title it qualifies ("the Rt. Rev. Jane Reid", "Rt.
# Hon. Tom Reid"), printed so; "told RT. Russia has…" ends on a broadcaster's name.
_STYLED = frozenset("Rev Rev. Revd Reverend Hon Hon. Honourable Honorable".split())
_ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc bros no nos vol vols fig figs approx est dept univ assn ave "
    "blvd rd hwy jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur "
    "thurs fri sat sun vs etc al cf ca op pp ed eds intl natl govt".split()
)
# Abbreviations that stand before a number, never at a sentence's end before one: pages,
# numbers, sections, and currencies written with a stop (rupees, taka, shillings, dirhams).
_BEFORE_NUMBER = frozenset(
    "p pp no nos n° art arts sec secs ch para paras rs re tk ksh kshs dhs rp".split()
)
# Dotted forms like U.S., U.K., e.g., i.e., a.m., p.m., Ph.D.
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}\.$")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# Words that begin a sentence but cannot continue one after "U.S." or "Inc.".
_STARTERS = frozenset(
    "The He She It They We I You This That There These Those But And How What Why When Where "
    "Who Which In On At A An Our His Her Its My Your If As So Yet Still Meanwhile However "
    # Quantifiers that open a subject: "at 3:40 a.m. All 23 crew members were lifted off".
    "All Both Some Most Many Each Every Several Another Others".split()
)
# "1.) item 2.) item", "• 9. item • 10. item", "a. item b. item": list markers.
_LIST_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?:[•⁃*]\s?)?(?P<mark>\d{1,2}|[a-z])(?:\.\)|\)|\.)(?=\s+\S)"
)
_SPACED_ELLIPSIS = re.compile(r"(?:\s\.){3}\s+(?P<next>\S+)")
_CITATION = re.compile(r"\([^()]{0,80}\)[.!?]")

_CLOSERS = "\"'”’)]»"
# A run of stops, or an ellipsis character: ``(?:[.!?]+|…)``, its first character matched
# first, which lets the search jump from stop to stop instead of trying every position. The
# word after the spaces that follow is read in the same search (``next``).
_END = re.compile(
    r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)[" + re.escape(_CLOSERS) + r"]*(?=\s+(?P<next>\S*))"
)
_OPENERS = "\"'“‘([«"
# Read on the reversed text: the characters back to the last space or opening mark.
_WORD_TAIL = re.compile(r"[^\s" + re.escape(_OPENERS) + r"]*")
_WORD_REACH = 64


def _word_before(text: str, dot: int) -> str:
    """The word ending at ``dot`` (included), back to a space or an opening mark."""
    reach = max(0, dot - _WORD_REACH)
    start = dot - _WORD_TAIL.match(text[reach:dot][::-1]).end()
    if start == reach:
        # A word longer than the reach (a URL, a run of dots): read on, a character at a time.
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
            start -= 1
    return text[start : dot + 1]


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    """Whether the stop ``match`` (of `_END`, searched up to ``end``) ends a sentence."""
    punct = match.group()
    following = match.group("next")
    if not following:
        return True
    bare_next = following.lstrip(_OPENERS)
    first = bare_next[:1]
    # A spaced ellipsis puts a period right after the space that follows the match: without
    # one the search below cannot match, and most sentences end without one.
    if (
        punct == "."
        and text[match.end() + 1 : match.end() + 2] == "."
        and text[match.start() - 1 : match.start()].isalnum()
    ):
        ellipsis = _SPACED_ELLIPSIS.match(text, match.end())
        if ellipsis and ellipsis.group("next")[:1].isupper():
            return True  # "compounds. . . . The": the next sentence opens with an ellipsis
    if punct == "." and text[match.start() - 2 : match.start()] in (". ", " ."):
        # Inside a spaced ellipsis ". . ."; its fourth dot ends the sentence.
        run = re.search(r"(?:^|\s)((?:\.\s)*\.)$", text[max(0, match.start() - 9) : match.end()])
        return bool(run and run.group(1).count(".") >= 4 and following[:1].isupper())
    if following.startswith("(") and _CITATION.match(text, text.index("(", match.end())):
        return False  # '“…” (Smith 55).': a citation closes the sentence
    starts_sentence = bool(first) and (first.isupper() or first.isdigit() or first in "$€£")
    if not starts_sentence:
        return False
    if punct[0] != "." or len(punct.rstrip(_CLOSERS)) > 1:
        return True  # ! ? … and "..." followed by a capital
    if punct != ".":
        return True  # a closing quote after the period: “…done.” He said
    word = _word_before(text, match.start())
    bare = word[:-1].lstrip(_OPENERS).casefold()
    starter = bare_next.rstrip(",;:") in _STARTERS or following[:1] in _OPENERS
    if first.isdigit() and (bare in _ABBREVIATIONS or bare in _BEFORE_NUMBER):
        return False  # "p. 55", "No. 2", "Rs. 1.5 lakh crore"
    if bare in _TITLES:
        return False
    if word.lstrip(_OPENERS) == "Rt." and bare_next.rstrip(",;:") in _STYLED:
        return False
    if word == "I.":
        # "you and I. Did…" ends a sentence; "Albert I. Jones" is an initial.
        before = _word_before(text, match.start() - 2)
        return not before[:1].isupper()
    # The cheap tests first: the searches below, anchored at the end, try every position.
    if len(bare) == 1 and _INITIAL.search(" " + word):
        return False  # "J. Smith"
    if bare in _ABBREVIATIONS or (word.count(".") >= 2 and _DOTTED.search(word)):
        # "U.S." or "Inc." ends a sentence only before a word that cannot continue it.
        return starter
    if len(word) > 3 or not word[:-1].isdigit() or not _NUMBERED.search(" " + word):
        return True
    # "starting July 1. The basic personal amount": a day of a month ends the sentence; a
    # number alone may mark an item ("see 2. The next").
    month = _word_before(text, match.start() - len(word) - 1)
    return month.rstrip(".").casefold() in _MONTHS


# A period or bracket after a digit, or after a lone letter (one that follows a space or a
# bullet): where every list marker ends. Opening with the sign lets the search skip to it.
_MARK_END = re.compile(r"[.)](?:(?<=\d[.)])|(?<=[\s•⁃*][a-z][.)]))")


def _list_marker_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``_LIST_MARKER.finditer(text, start, end)`` finds. The pattern is tried only a few
    characters before a period or bracket that follows a digit or a lone letter (every match
    starts there); trying it at every position was a quarter of the splitting time."""
    candidates: set[int] = set()
    if text[:1].isascii() and text[:1].islower() and text[1:2] in (".", ")"):
        candidates.add(0)  # a letter opening the text: no space before it
    for found in _MARK_END.finditer(text, start, end):
        # At most a bullet, a space and two digits come before the period.
        mark_end = found.start()
        candidates.update(range(max(start, mark_end - 4), mark_end))
    marks: list[re.Match[str]] = []
    pos = start
    for candidate in sorted(candidates):
        if candidate >= pos and (mark := _LIST_MARKER.match(text, candidate, end)):
            marks.append(mark)
            pos = mark.end()
    return marks


def _list_markers(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Markers of a list written inline: at least two, numbered or lettered in sequence."""
    if _MARK_END.search(text, start, end) is None:
        # Every marker but one opening the text ends at such a sign, and one alone is no list:
        # most paragraphs are done with this one search.
        return []
    marks = _list_marker_matches(text, start, end)
    keep: set[int] = set()
    for i in range(len(marks) - 1):
        a, b = marks[i].group("mark"), marks[i + 1].group("mark")
        if (a.isdigit() and b.isdigit() and int(b) == int(a) + 1) or (
            a.isalpha() and b.isalpha() and ord(b) == ord(a) + 1
        ):
            keep.update((i, i + 1))
    return [marks[i] for i in sorted(keep)]


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")

# `Span`'s validator called directly: the same checks and the same model as
# ``Span(start=…, end=…)`` without the Python ``__init__`` around them, which cost as much again.
# Spans of sentences are the most numerous models an extraction builds.
_VALIDATE_SPAN = Span.__pydantic_validator__.validate_python


def new_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``, built faster."""
    return _VALIDATE_SPAN({"start": start, "end": end})


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans of ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    if (
        text.find("\n", start, end) == -1
        and _END.search(text, start, end) is None
        and _MARK_END.search(text, start, end) is None
    ):
        # One line with neither a stop before a space nor a list marker is one sentence: most
        # quotes are, and the paragraph's reading below costs more than these looks.
        first, last = start, end
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        return [new_span(first, last)] if first < last else spans
    # Searched in place (no slice copied): the pattern looks neither behind nor past ``end``.
    for para in _PARAGRAPH.finditer(text, start, end):
        p_start, p_end = para.span()
        markers = _list_markers(text, p_start, p_end)
        if markers:
            inside = [(m.start(), m.end()) for m in markers]
            cuts = {m.start() for m in markers if m.start() > p_start}
            for match in _END.finditer(text, p_start, p_end):
                if any(a <= match.start() < b for a, b in inside):
                    continue
                if _is_boundary(text, match, p_end):
                    cuts.add(match.end())
            ordered = sorted(cuts)
        else:
            # Most paragraphs hold no list: the matches come in order, their ends already sorted.
            ordered = [
                match.end()
                for match in _END.finditer(text, p_start, p_end)
                if _is_boundary(text, match, p_end)
            ]
        ordered.append(p_end)
        cursor = p_start
        for cut in ordered:
            # Trimmed here rather than in a helper: this runs once per sentence.
            first, last = cursor, cut
            while first < last and text[first].isspace():
                first += 1
            while last > first and text[last - 1].isspace():
                last -= 1
            if first < last:
                spans.append(new_span(first, last))
            cursor = cut
    return spans
