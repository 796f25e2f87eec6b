"""Speaker differs: the same quote given to different people in two articles, or given to
someone in one article and to no one in another (``when: missing``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from pydantic import Field

from factcheck.models import Attribution, Quote, Speaker, SpeakerKind, names_body, unaccented
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class SpeakerMismatchParams(Params):
    min_score: float = Field(
        70, ge=0, le=100, description="Only quotes aligned at least this well are compared."
    )
    when: Literal["different", "missing"] = Field(
        "different",
        description="different: two named speakers disagree; missing: one article names the "
        "speaker and the other leaves the quote unattributed.",
    )


_SPOKES = re.compile(r"spokes(?:wo)?(?:man|person)", re.IGNORECASE)
# How far from "spokeswoman" the organisation or the surname it is read with may stand.
_SPOKES_REACH = 120


@lru_cache(maxsize=16)
def _spokes_windows(text: str) -> tuple[str, ...]:
    """The stretches of ``text`` around each "spokesman", "spokeswoman" or "spokesperson":
    the only places a role can be printed with a name, searched instead of the whole article
    for each pair of quotes (a long article made FC104 take seconds)."""
    return tuple(
        text[max(0, match.start() - _SPOKES_REACH) : match.end() + _SPOKES_REACH]
        for match in _SPOKES.finditer(text)
    )


def _spokesperson_for(ctx: CheckContext, *quotes: Quote) -> bool:
    """One article gives the quote to an organisation ("a spokeswoman for the company said"),
    the other to a person it introduces as a spokesperson ("Nimbra spokeswoman Jane Ortiz"):
    the organisation speaking through its spokesperson, no misattribution. A chief executive
    is not a spokesperson: the company's words are not theirs."""
    kinds = {quote.speaker.kind for quote in quotes}
    if kinds == {SpeakerKind.PERSON}:
        return any(_organisation_spokesperson(ctx, *pair) for pair in (quotes, quotes[::-1]))
    if kinds != {SpeakerKind.PERSON, SpeakerKind.ORGANISATION}:
        return False
    person = next(q for q in quotes if q.speaker.kind is SpeakerKind.PERSON)
    surname = re.escape((person.speaker.name or "").split()[-1])
    introduced = re.compile(
        rf"{_SPOKES.pattern}\W+(?:\w+\W+){{0,2}}{surname}\b|\b{surname}\W+(?:\w+\W+){{0,3}}"
        rf"{_SPOKES.pattern}",
        re.IGNORECASE,
    )
    windows = _spokes_windows(ctx.article(person.article_id).text)
    return any(introduced.search(window) for window in windows)


def _organisation_spokesperson(ctx: CheckContext, person: Quote, other: Quote) -> bool:
    """Whether ``person``'s article introduces them as the spokesperson of the other article's
    speaker, however the reading classed that name: "“…,” Meridian Seas spokeswoman Dana
    Whitcomb said" and "In a statement, Meridian Seas said: ‘…’" (read as a person's name
    there) are the company speaking through her. Only with the name printed with the role: two
    people are otherwise two people."""
    name, surname = other.speaker.name, (person.speaker.name or "").split()
    if not name or not surname or _folded(name) == _folded(person.speaker.name or ""):
        return False
    organisation, last = re.escape(name), re.escape(surname[-1])
    introduced = re.compile(
        rf"\b{organisation}(?:[’']s)?\s+(?:[a-z-]+\s+)?{_SPOKES.pattern}\W+(?:\w+\W+){{0,2}}"
        rf"{last}\b|\b{last},?\s+(?:an?|the)\s+{_SPOKES.pattern}\s+for\s+(?:the\s+)?"
        rf"{organisation}\b"
    )
    windows = _spokes_windows(ctx.article(person.article_id).text)
    return any(introduced.search(window) for window in windows)


def _first_name_of(a: Speaker, b: Speaker) -> bool:
    """Whether one outlet names a person by first name only and the other in full ("her
    daughter Helen" and "her daughter, Helen Owens"): one person, not a misattribution."""
    if a.kind is not SpeakerKind.PERSON or b.kind is not SpeakerKind.PERSON:
        return False
    words_a, words_b = (a.name or "").split(), (b.name or "").split()
    short, full = sorted((words_a, words_b), key=len)
    return len(short) == 1 and len(full) > 1 and short[0].casefold() == full[0].casefold()


def _one_name(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are printed as one name, accents and case aside, whatever kind
    each article's reading gave it ("Tomás Rivera" taken for an organisation in one)."""
    return _folded(a.name or "") == _folded(b.name or "") != ""


_ACRONYM_SKIPS = frozenset(("of", "the", "for", "and", "&"))


def _acronym_of(a: Speaker, b: Speaker) -> bool:
    """Whether one organisation is printed as the other's initials ("FCA" and "Financial
    Conduct Authority", "the NHS" and "National Health Service"): one body."""
    if SpeakerKind.PERSON in (a.kind, b.kind):
        return False
    for short, full in ((a.name or "", b.name or ""), (b.name or "", a.name or "")):
        letters = short.removeprefix("the ").strip()
        if 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha():
            words = [w for w in full.split() if w.casefold() not in _ACRONYM_SKIPS]
            if len(words) == len(letters) and all(
                word[0].upper() == letter for word, letter in zip(words, letters, strict=True)
            ):
                return True
    return False


def _folded(name: str) -> str:
    return unaccented(name.casefold().replace("’", "'"))


def _given_names(name: str) -> set[str]:
    """The words before the surname, accents and case aside: a title or a nationality printed
    there ("Treasurer Daniel Whitmore", "Kenyan Daniel Kiprotich") stands beside the name."""
    words = _folded(name).split()[:-1]
    return {word for word in words if len(word) > 2 and "." not in word}


def _two_of_a_family(a: Speaker, b: Speaker) -> bool:
    """Whether two people share a surname but no given name ("Bernadette Walsh" and her
    sister "Niamh Walsh"): two people, although the surname is what matches speakers."""
    if a.kind is not SpeakerKind.PERSON or b.kind is not SpeakerKind.PERSON:
        return False
    given_a, given_b = _given_names(a.name or ""), _given_names(b.name or "")
    return bool(given_a) and bool(given_b) and given_a.isdisjoint(given_b)


def _body(speaker: Speaker) -> str | None:
    """The noun of an organisation printed only as what it is: "police" of "‘…,’ a police
    spokesperson said" in a report naming no force."""
    name = speaker.name or ""
    if speaker.kind is SpeakerKind.ORGANISATION and " " not in name and name == name.casefold():
        return name
    return None


def _keys(a: Speaker, b: Speaker) -> tuple[str | None, str | None]:
    """The speakers' keys, where a body printed only as what it is ("police") is the
    organisation the other article names, if its name says it is one ("the Singapore Police
    Force", "An Garda Síochána"; "London Fire Brigade" for "firefighters": see `names_body`):
    one speaker. Any other it may or may not be, so it is left unnamed, as before it was read
    so (two bodies, or a body and a person, are never told apart)."""
    keys = [a.key, b.key]
    for at, (speaker, other) in enumerate(((a, b), (b, a))):
        noun = _body(speaker)
        if noun is not None:
            held = other.kind is SpeakerKind.ORGANISATION and names_body(other.name or "", noun)
            keys[at] = other.key if held else None
    return keys[0], keys[1]


def _unnamed_side(quote_a: Quote, quote_b: Quote, key_a: str | None) -> Speaker:
    """The speaker of the quote of the two whose speaker has no key."""
    return quote_a.speaker if key_a is None else quote_b.speaker


def _attributed_to_no_name(speaker: Speaker) -> bool:
    """Whether the article gives the quote a verb of saying whose subject the reading could
    not name ("“…,” officials said"): attributed, so no attribution was dropped. A body printed
    only as what it is ("police said") is kept apart: it may be another body than the one
    the other article names (see `_keys`)."""
    return speaker.name is None and speaker.cue is not None


def check(params: SpeakerMismatchParams, ctx: CheckContext) -> Iterator[Hit]:
    # One finding per quote and pair of speakers: a quote one article prints whole and the
    # other splits into two paragraphs is one misattribution, not two; nor is a quote that
    # goes on, in both, from one already reported ("“…,” Whitcombe said. “…”").
    seen: set[tuple[str, str | None, str | None]] = set()
    reported: set[tuple[str | None, str | None]] = set()
    for match in ctx.alignment.quotes:
        if match.score < params.min_score:
            continue
        quote_a, quote_b = ctx.quote(match.a.quote_id), ctx.quote(match.b.quote_id)
        key_a, key_b = _keys(quote_a.speaker, quote_b.speaker)
        if params.when == "different" and (
            key_a is None or key_b is None
            or (key_a == key_b and not _two_of_a_family(quote_a.speaker, quote_b.speaker))
            or _first_name_of(quote_a.speaker, quote_b.speaker)
            or _one_name(quote_a.speaker, quote_b.speaker)
            or _acronym_of(quote_a.speaker, quote_b.speaker)
        ):  # fmt: skip
            continue
        bodies = _body(quote_a.speaker) or _body(quote_b.speaker)
        if (params.when == "different" or bodies) and _spokesperson_for(ctx, quote_a, quote_b):
            # "a spokeswoman for the company said" where no company is named, and "Nimbra
            # spokeswoman Jane Ortiz said": the body speaking through its spokesperson.
            continue
        if params.when == "missing" and (
            (key_a is None) == (key_b is None)
            or Attribution.DESCRIPTION in (quote_a.speaker.attribution, quote_b.speaker.attribution)
            or _attributed_to_no_name(_unnamed_side(quote_a, quote_b, key_a))
        ):
            # "the young forward told reporters" attributes the quote, to someone the text
            # does not name plainly enough to compare; so does "“…,” officials said", whose
            # verb of saying the reading found with no one it could name. Either is the
            # reading not telling who, not an article leaving the words unattributed.
            continue
        told = {(quote_a.id, key_a, key_b), (quote_b.id, key_a, key_b)}
        goes_on = (
            quote_a.speaker.attribution is Attribution.CONTINUATION
            and quote_b.speaker.attribution is Attribution.CONTINUATION
            and (key_a, key_b) in reported
        )
        if told & seen or goes_on:
            continue
        seen |= told
        reported.add((key_a, key_b))
        yield Hit(
            evidence=(
                (quote_a.article_id, quote_a.speaker.span or quote_a.span),
                (quote_b.article_id, quote_b.speaker.span or quote_b.span),
            ),
            values={
                "article_a": ctx.label(quote_a.article_id),
                "article_b": ctx.label(quote_b.article_id),
                "speaker_a": quote_a.speaker.name or "unknown",
                "speaker_b": quote_b.speaker.name or "unknown",
                "quote": match.a.text,
            },
        )


KIND = RuleKind(
    name="speaker_mismatch",
    params=SpeakerMismatchParams,
    check=check,
    placeholders=("article_a", "article_b", "speaker_a", "speaker_b", "quote"),
    cross_article=True,
    summary="The same quote is attributed to different speakers.",
    aligns="quotes",
)
