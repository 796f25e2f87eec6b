"""Unsourced figure: a figure that one article alone gives, in a clause that hedges it
("estimated at", "is expected to", "plans to") and a sentence that names no source.

A hedge says the figure is someone's estimate, forecast or plan; when the sentence does not
say whose ("said", "according to", a quote) and no other article in the comparison reports a
figure for that measure, the claim has no source the reader could check.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pydantic import Field

from factcheck.align.diff import fold
from factcheck.extract.kept_patterns import compile_built
from factcheck.models import Extraction, Figure, FigureKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._attribution import (
    DEFAULT_CUES,
    Spans,
    after_source,
    cited_sources,
    cue_pattern,
    hedge_pattern,
    names_a_source,
)
from factcheck.rules.kinds._params import Params
from factcheck.rules.kinds.source_dropped import content_words


class UnsourcedFigureParams(Params):
    hedges: list[str] = Field(
        min_length=1,
        description="Phrases that make a figure an estimate, forecast or plan (“estimated at”, "
        "“is expected to”); an adverb may stand between their words (“are already estimated”).",
    )
    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        min_length=1,  # an empty list would match everywhere and source every claim
        description="Words that, in the same sentence, name the figure's source.",
    )
    owner_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs by which the subject opening the sentence gives its figures as its "
        "own estimate or forecast (“The Treasury forecast growth of 1.8%…, up from an "
        "estimated 0.6%”): such a sentence names its source.",
    )
    kinds: list[FigureKind] = Field(
        default_factory=lambda: [
            FigureKind.MONEY,
            FigureKind.PERCENT,
            FigureKind.COUNT,
            FigureKind.RANGE,
            FigureKind.QUANTITY,
        ],
        min_length=1,
        description="Kinds of figure to report.",
    )
    except_units: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Units of figure not to report, whatever their kind, when the figure's "
        "measure holds one of the words listed for its unit: a “time of day” a timetable "
        "tells (“was expected to leave at 09:30”) is no estimate, one of a landfall or a peak "
        "(“expected to make landfall at around 23:00”) is.",
    )
    except_events: list[str] = Field(
        default_factory=list,
        description="Words of an event that a timetable sets or nature brings (“open”, "
        "“start”, “begin”): a figure of one of `except_units` whose measure holds one is not "
        "reported only when the measure names one of `timetables` too (“polls are expected to "
        "open at 07:00”), not a storm's (“expected to begin crossing the coast at 03:00”).",
    )
    timetables: list[str] = Field(
        default_factory=list,
        description="Nouns of what keeps a timetable (“poll”, “match”, “ceremony”), "
        "for `except_events`.",
    )
    natural_events: list[str] = Field(
        default_factory=list,
        description="Nouns of what nature brings (“storm”, “river”, “eruption”): a time told "
        "right after one of `except_events` (“is expected to open at 09:00”) keeps a "
        "timetable, whatever opens, unless the sentence names one of these before it (“the "
        "storm is expected to begin at around 03:00”).",
    )
    min_score: float = Field(
        60, ge=0, le=100, description="A figure matched at this score in another article is "
        "corroborated."
    )  # fmt: skip
    documents: list[str] = Field(
        default_factory=list,
        description="Nouns of a document that sets figures (“plan”, “deal”, “budget”): "
        "a sentence telling its figures “under the plan” gives them as the document's own "
        "targets or terms, a source the reader can check.",
    )
    definite: list[str] = Field(
        default_factory=list,
        description="Words that, just before a count under ten, make it things already told "
        "of, not a figure of the claim (“look closely at the two companies' portfolios”): not "
        "weighed.",
    )
    words_before: int = Field(
        10, ge=0, description="Words at most between a hedge and the figure after it."
    )
    words_after: int = Field(
        6, ge=0, description="Words at most between a figure and the hedge after it "
        "(“300 people are believed to be missing”)."
    )  # fmt: skip
    same_value_words: int = Field(
        3,
        ge=1,
        description="Content words a sentence of another article must share with the figure's "
        "sentence to report the figure when it prints the same value, of the same kind, in "
        "other words (“a follow-up study of 3,000 participants” and “a five-year study of "
        "3,000 people”, both of heart attacks and strokes): the alignment may not pair them.",
    )


def _owner_pattern(verbs: list[str]) -> re.Pattern[str] | None:
    """The subject opening a sentence (up to five words, none of them a form of "be") and its
    verb of estimating: "The Treasury forecast economic growth of 1.8%", "Health officials
    estimate that…". Not a passive ("Losses are already estimated at €30m", "is expected
    to"), nor the verb's noun after a determiner or a possessive ("The forecast is for…",
    "the bank's estimate")."""
    if not verbs:
        return None
    alternatives = "|".join(sorted((re.escape(verb) for verb in verbs), key=len, reverse=True))
    not_noun = "".join(
        rf"(?<!\b{word}\s)" for word in ("the", "a", "an", "its", "their", "his", "her", "our")
    )
    return compile_built(
        r"^\W*(?:(?!(?:is|are|was|were|be|been|being)\b)[\w’'.&-]+\s+){1,5}?"
        rf"(?:(?:also|now|still|has|have|had)\s+)?{not_noun}(?<![’']s\s)(?:{alternatives})\b",
        re.IGNORECASE,
    )


def _document_pattern(nouns: list[str]) -> re.Pattern[str] | None:
    """A document the sentence tells its figures under: "Under the plan, Ontario is expected
    to deliver 480,000 homes", "under the terms of the deal", "as part of a plan to cut its
    emissions by half"."""
    if not nouns:
        return None
    alternatives = "|".join(sorted((re.escape(noun) for noun in nouns), key=len, reverse=True))
    return compile_built(
        rf"\b(?:under|as\s+part\s+of)\s+(?:the|this|that|its|their|a|an)\s+(?:terms\s+of\s+(?:the|this|its)\s+)?"
        rf"(?:[\w’'-]+\s+){{0,2}}?(?:{alternatives})\b",
        re.IGNORECASE,
    )


_HANDFUL = 10


def _definite_pattern(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` ending the text before a count: "the two companies"."""
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+$", re.IGNORECASE)


# A hedge governs the figures of its own clause: a comma, a semicolon or a dash between them
# starts another ("Losses are estimated at €30m, and 2,000 trees …" hedges the €30m only).
_CLAUSE_BREAK = re.compile(r"[,;:–—()]|\s-\s")

# A conjunction right before a hedge after the figure: the hedge is a second verb's, not the
# figure's ("300 people are believed to be missing"; "300 people and 20 cars are believed to").
_COORDINATED = re.compile(r"\b(?:and|but|or|while|yet)\s*$", re.IGNORECASE)


def _hedge_for(
    hedges: re.Pattern[str], words: str, start: int, end: int, params: UnsourcedFigureParams
) -> tuple[int, re.Match[str]] | None:
    """The hedge of the figure at ``start``–``end`` of the sentence ``words``, in its clause,
    with how surely it hedges that figure (lower is surer): its own qualifier (0), before it
    (1: "is expected to cost around $3.5 billion"), just after it (2: "300 people are believed
    to be missing")."""
    for hedge in hedges.finditer(words):
        if hedge.end() <= start:
            between, limit, rank = words[hedge.end() : start], params.words_before, 1
            if not between.strip() and hedge.group().casefold().endswith(" to"):
                # "lowered its sales forecast to 4.35 million units": the figure is what the
                # forecast was set to, a noun's "to", no infinitive after a hedge.
                continue
        elif hedge.start() >= end:
            between, limit, rank = words[end : hedge.start()], params.words_after, 2
            if _COORDINATED.search(between):
                # "employs 64 people and plans to grow to about 120": the hedge opens a verb
                # of its own, its subject the sentence's, and hedges what follows it only.
                continue
        else:
            return 0, hedge  # the figure's own qualifier: "an estimated €18 million"
        if len(between.split()) <= limit and _CLAUSE_BREAK.search(between) is None:
            return rank, hedge
    return None


def _excepted(figure: Figure, params: UnsourcedFigureParams, before: str) -> bool:
    """Whether ``figure`` is of a unit not reported when told of what its measure names: the
    time a flight is to leave ("expected to leave at 09:30"), not the time a storm is to make
    landfall ("expected to make landfall at around 23:00"). ``before`` is its sentence up to
    the figure."""
    words = params.except_units.get(figure.unit or "")
    if words is None:
        return False
    measure = set(figure.measure)
    if not measure.isdisjoint(words) or (
        not measure.isdisjoint(params.except_events) and not measure.isdisjoint(params.timetables)
    ):
        return True
    # "The conference is expected to open at 09:00", "Trading is expected to resume at
    # 09:30": a time set for something to open, start or close is a timetable's, whatever
    # opens; a storm's, a river's or an eruption's is a forecast. The event's verb must lead
    # straight to the time ("begin crossing the coast at about 03:00" is the storm's).
    event = _words_pattern(params.except_events, r"\s+(?:at|from|by)\s+$")
    natural = _words_pattern(params.natural_events, "")
    return (
        event is not None
        and event.search(before) is not None
        and (natural is None or natural.search(before) is None)
    )


def _words_pattern(words: list[str], tail: str) -> re.Pattern[str] | None:
    """Any of ``words`` (a noun also in its plural) as a whole word, followed by ``tail``."""
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return _compiled(rf"\b(?:{alternatives})(?:e?s)?\b{tail}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _sentence_of(starts: list[int], sentences: list[Span], figure: Figure) -> Span | None:
    at = bisect_right(starts, figure.span.start) - 1
    if at < 0 or sentences[at].end < figure.span.end:
        return None
    return sentences[at]


def _sentence_words(words: str) -> set[str]:
    """A sentence's folded words, each also without its plural's ending: a figure's measure
    words are singular ("beach" for "beaches")."""
    found: set[str] = set()
    for word in fold(words).split():
        found.add(word)
        for ending in ("es", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                found.add(word[: -len(ending)])
    return found


@dataclass(frozen=True)
class _Hedged:
    """A figure its clause hedges, with its sentence's words."""

    figure: Figure
    words: set[str]


def _hedged_figures(
    params: UnsourcedFigureParams, ctx: CheckContext, extraction: Extraction
) -> list[_Hedged]:
    """The figures of ``extraction`` with a unit that a hedge of their clause qualifies,
    sourced or not: an article's own estimates."""
    hedges = hedge_pattern(params.hedges)
    text = ctx.article(extraction.article_id).text
    sentences = sorted(extraction.sentences, key=lambda span: span.start)
    starts = [span.start for span in sentences]
    found = []
    for figure in extraction.figures:
        if not figure.unit or not figure.measure or figure.kind not in params.kinds:
            continue
        sentence = _sentence_of(starts, sentences, figure)
        if sentence is None:
            continue
        words = sentence.slice(text)
        offset = sentence.start
        if _excepted(figure, params, words[: figure.span.start - offset]):
            continue
        at = (figure.span.start - offset, figure.span.end - offset)
        if _hedge_for(hedges, words, *at, params) is not None:
            found.append(_Hedged(figure, _sentence_words(words)))
    return found


def _estimated_elsewhere(own: _Hedged, others: list[_Hedged]) -> bool:
    """Whether another article gives its own estimate of the figure's measure, whatever its
    value: a hedged figure of the same kind and unit, one's measure words (two at least) all
    in the other's sentence. "An estimated 3,400 tonnes of crude oil have leaked from the
    tanker Marisol Star" reports what "the tanker Marisol Star spilled an estimated 4,300
    tonnes of oil" does (the alignment may not pair them, their measures told in other words);
    that the values differ is a conflict, not a figure no one else reports. Not a plain figure
    ("The mine produced 35,000 tonnes of copper last year" is no forecast of this year's
    output)."""
    figure = own.figure

    def held(measure: list[str], words: set[str]) -> bool:
        return len(set(measure)) >= 2 and set(measure) <= words

    return any(
        other.figure.unit == figure.unit
        and other.figure.kind is figure.kind
        and (held(figure.measure, other.words) or held(other.figure.measure, own.words))
        for other in others
    )


def _told_elsewhere(
    params: UnsourcedFigureParams, ctx: CheckContext, extraction: Extraction
) -> set[str]:
    """The figures of ``extraction`` that another article prints with the same value and kind
    in a sentence sharing `same_value_words` content words with theirs: the same figure,
    reported, whatever unit word each counts it in."""

    def key(figure: Figure) -> tuple[object, ...]:
        return (figure.value, figure.low, figure.high, figure.kind)

    def words_of(article_id: str, sentence: Span) -> set[str]:
        at = (article_id, sentence.start)
        if at not in read:
            read[at] = set(content_words(sentence.slice(ctx.article(article_id).text)))
        return read[at]

    read: dict[tuple[str, int], set[str]] = {}
    theirs: dict[tuple[object, ...], list[tuple[str, Span]]] = {}
    for other in ctx.extractions:
        if other.article_id != extraction.article_id:
            for figure in other.figures:
                theirs.setdefault(key(figure), []).append((other.article_id, figure.sentence))
    found: set[str] = set()
    for figure in extraction.figures:
        if figure.value is None and figure.low is None:
            continue
        words = words_of(extraction.article_id, figure.sentence)
        if any(
            len(words & words_of(article_id, sentence)) >= params.same_value_words
            for article_id, sentence in theirs.get(key(figure), [])
        ):
            found.add(figure.id)
    return found


def _size(figure: Figure) -> Decimal | None:
    """A figure's value, or its range's low end."""
    return figure.value if figure.value is not None else figure.low


def _sourced_elsewhere(
    extraction: Extraction,
    text: str,
    cues: re.Pattern[str],
    owner: re.Pattern[str] | None,
) -> Callable[[Figure], bool]:
    """Whether the article gives the figure's count, in another sentence, as a source's: a
    figure of the same thing counted (a unit that is no currency nor a percentage, which any
    two amounts share) and about the same size (within a factor of two) in a sentence naming
    its source. "…a deal that is expected to eliminate more than a thousand jobs" is the lede
    of "The companies have said they plan to cut between 1,200 and 1,500 jobs" further down: a
    flat lede sourced further down, as FC110 weighs it."""
    counted = [
        figure
        for figure in extraction.figures
        if figure.unit
        and figure.kind in (FigureKind.COUNT, FigureKind.RANGE)
        and figure.unit.casefold() not in _NOT_COUNTED
        and not figure.unit.isupper()  # an ISO currency code
        and _size(figure)
    ]
    sourced: dict[int, bool] = {}

    def names_source(sentence: Span) -> bool:
        if sentence.start not in sourced:
            words = sentence.slice(text)
            sourced[sentence.start] = next(cited_sources(cues, words), None) is not None or (
                owner is not None and owner.search(words) is not None
            )
        return sourced[sentence.start]

    def told(figure: Figure) -> bool:
        size = _size(figure)
        if not size or figure.unit.casefold() in _NOT_COUNTED or figure.unit.isupper():
            return False
        return any(
            other.unit == figure.unit
            and other.sentence.start != figure.sentence.start
            and size / 2 <= (_size(other) or 0) <= size * 2
            and names_source(other.sentence)
            for other in counted
        )

    return told


# Units that any two figures of their kind share, whatever they measure: "about 200 people
# are expected to attend" is no "150 people were arrested, police said".
_NOT_COUNTED = frozenset(("%", "pp", "percent", "per cent", "people", "person", "time"))


def _hits(
    params: UnsourcedFigureParams,
    ctx: CheckContext,
    extraction: Extraction,
    corroborated: set[str],
) -> Iterator[Hit]:
    hedges, cues = hedge_pattern(params.hedges), cue_pattern(params.attribution_cues)
    owner = _owner_pattern(params.owner_verbs)
    definite = _definite_pattern(params.definite)
    documents = _document_pattern(params.documents)
    article = ctx.article(extraction.article_id)
    text = article.text
    paragraphs = [block.span.start for block in article.body_blocks()]
    quoted = Spans([quote.span for quote in extraction.quotes])
    sentences = sorted(extraction.sentences, key=lambda span: span.start)
    starts = [span.start for span in sentences]
    sourced_elsewhere = _sourced_elsewhere(extraction, text, cues, owner)
    # Per sentence, its surest hedged figure: "Reconstruction in the three provinces is
    # expected to cost around $3.5 billion" hedges the cost, not the provinces.
    best: dict[int, tuple[int, int, Figure, re.Match[str], Span]] = {}
    for order, figure in enumerate(extraction.figures):
        if figure.id in corroborated or figure.kind not in params.kinds:
            continue
        sentence = _sentence_of(starts, sentences, figure)
        if sentence is None or quoted.overlap(sentence):
            continue
        words = sentence.slice(text)
        offset = sentence.start
        if _excepted(figure, params, words[: figure.span.start - offset]):
            continue
        if (
            definite is not None
            and figure.kind is FigureKind.COUNT
            # A handful after "the": the parties told of ("the two companies"); not "the
            # 2,000 homes the council expects to build", an estimate.
            and figure.value is not None
            and figure.value < _HANDFUL
            and definite.search(words, 0, figure.span.start - offset) is not None
        ):
            continue
        found = _hedge_for(
            hedges, words, figure.span.start - offset, figure.span.end - offset, params
        )
        if found is None or names_a_source(cues, words, found[1]):
            continue
        if owner is not None and owner.search(words) is not None:
            continue
        if documents is not None and documents.search(words) is not None:
            continue
        if after_source(sentences, starts, paragraphs, sentence, text, cues):
            continue
        if sourced_elsewhere(figure):
            continue
        rank, hedge = found
        if sentence.start not in best or (rank, order) < best[sentence.start][:2]:
            best[sentence.start] = (rank, order, figure, hedge, sentence)
    for _, _, figure, hedge, sentence in sorted(best.values(), key=lambda item: item[4].start):
        yield Hit(
            evidence=((extraction.article_id, sentence),),
            values={
                "article": ctx.label(extraction.article_id),
                "figure": figure.text,
                "hedge": " ".join(hedge.group().split()),
                "measure": " ".join(figure.measure) or figure.unit,
                "others": ctx.others(extraction.article_id),
            },
        )


def check(params: UnsourcedFigureParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return  # with one article, every figure is single-source: nothing to weigh it against
    corroborated = ctx.matched_figures(params.min_score)
    hedged = {
        extraction.article_id: _hedged_figures(params, ctx, extraction)
        for extraction in ctx.extractions
    }
    for extraction in ctx.extractions:
        own = hedged[extraction.article_id]
        others = [item for key, items in hedged.items() if key != extraction.article_id
                  for item in items]  # fmt: skip
        estimated = {item.figure.id for item in own if _estimated_elsewhere(item, others)}
        told = _told_elsewhere(params, ctx, extraction)
        yield from _hits(params, ctx, extraction, corroborated | estimated | told)


KIND = RuleKind(
    name="unsourced_figure",
    params=UnsourcedFigureParams,
    check=check,
    placeholders=("article", "figure", "hedge", "measure", "others"),
    cross_article=True,
    summary="An estimate, forecast or plan with a figure, no source and no corroboration.",
    aligns="figures",
)
