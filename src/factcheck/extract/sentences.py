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
    "insp det messrs mme mlle sr jr".split()
)
_ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc bros no nos vol vols fig figs approx est dept univ assn ave "
    "blvd rd hwy jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur "
    "thurs fri sat sun vs etc al cf ca op pp ed eds intl natl govt".split()
)
# Dotted forms like U.S., U.K., e.g., i.e., a.m., p.m., Ph.D.
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}\.$")

_CLOSERS = "\"'”’)]»"
_END = re.compile(r"(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_OPENERS = "\"'“‘([«"


def _word_before(text: str, dot: int) -> str:
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
        start -= 1
    return text[start : dot + 1]


def _next_word(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos].isspace():
        pos += 1
    stop = pos
    while stop < end and not text[stop].isspace():
        stop += 1
    return text[pos:stop]


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    punct = match.group()
    following = _next_word(text, match.end(), end)
    if not following:
        return True
    first = following.lstrip(_OPENERS)[:1]
    starts_sentence = bool(first) and (first.isupper() or first.isdigit() or first in "$€£")
    if following[0] in _OPENERS and first.isupper():
        starts_sentence = True
    if not starts_sentence:
        return False
    if punct[0] != "." or len(punct.rstrip(_CLOSERS)) > 1:
        return True  # ! ? … and "..." followed by a capital
    if punct != ".":
        return True  # a closing quote after the period: “…done.” He said
    word = _word_before(text, match.start())
    bare = word[:-1].lstrip(_OPENERS).casefold()
    if bare in _TITLES:
        return False
    if _INITIAL.search(" " + word) and len(bare) == 1:
        return False  # "J. Smith"
    if _DOTTED.search(word):
        # U.S. ends a sentence only before a word that cannot continue it.
        return following[:1] in _OPENERS or following in {"The", "He", "She", "It", "They", "We"}
    if bare in _ABBREVIATIONS:
        return following in {"The", "He", "She", "It", "They", "We", "But", "And"}
    return not _NUMBERED.search(" " + word) or not word[:-1].isdigit() or len(word) > 3


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans of ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[start:end]):
        p_start, p_end = start + para.start(), start + para.end()
        cursor = p_start
        for match in _END.finditer(text, p_start, p_end):
            if _is_boundary(text, match, p_end):
                _add(text, spans, cursor, match.end())
                cursor = match.end()
        _add(text, spans, cursor, p_end)
    return spans


def _add(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start=start, end=end))
