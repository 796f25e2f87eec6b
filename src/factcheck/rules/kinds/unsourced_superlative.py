"""Unsourced superlative: a record claimed with no source ("It was the longest outage on a
national mobile network in the country's history", "The fine is the largest the Commission
has ever imposed"), that no other article makes.

A superlative with its scope (history, ever, on record, anywhere, in the world) is the claim
fact-checkers check first: it is sweeping, easily wrong, and a reporter's flourish as often as
a finding. Told with a source ("…, the regulator said") it is someone's word; told flat by one
outlet alone, nothing backs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field

from factcheck.extract.kept_patterns import compile_built
from factcheck.models import QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._attribution import (
    DEFAULT_CUES,
    Spans,
    cited_sources,
    cue_pattern,
    phrase_pattern,
)
from factcheck.rules.kinds._params import Params
from factcheck.rules.kinds.source_dropped import content_words


class UnsourcedSuperlativeParams(Params):
    superlatives: list[str] = Field(
        min_length=1,
        description="Superlative words (“largest”, “deadliest”); “most” and “least” take the "
        "word after them (“most expensive”).",
    )
    scopes: list[str] = Field(
        min_length=1,
        description="Words after the superlative that make it a record (“history”, “ever”, "
        "“on record”, “anywhere”): “the largest fine the Commission has ever imposed”.",
    )
    beginnings: list[str] = Field(
        default_factory=list,
        description="Verbs that, in the passive after “since” (“since the industry was "
        "privatised in 1989”, “since the club was founded”), date a thing's beginning: the "
        "superlative's scope is then all its history, as “in its history” is.",
    )
    eras: list[str] = Field(
        default_factory=list,
        description="Events or eras decades back that, after “since”, make a superlative a "
        "record (“the highest level since the global financial crisis”, “since the Second "
        "World War”); not a year (“the highest since 2019”), most often a run of a few years.",
    )
    made: list[str] = Field(
        default_factory=list,
        description="Participles of an act that, right after a superlative (a noun or two "
        "between), claim a record over all time as “ever” does: “the longest handed down in "
        "Australia”, “the largest fine imposed by the ICO”. Only with nothing after the act "
        "but “ever”, “in history”, a named place or body and what kind of case it is (“for a "
        "bribery offence”), then the clause's end: “the highest recorded temperature” ranks, "
        "as do “handed down to the six defendants”, “recorded in the race”, “sold at the "
        "auction”, “measured during the heatwave”; nor when a time bounds it (“the highest "
        "recorded this year”, “since 2019”, “on Monday”).",
    )
    reach: int = Field(12, ge=1, description="Words at most from the superlative to its scope.")
    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        min_length=1,
        description="Words that, in the sentence, name the claim's source.",
    )
    min_shared: int = Field(
        2,
        ge=1,
        description="Content words another article's record claim (any superlative) must share "
        "with this one to make it too, sourced or not: then it is no one outlet's.",
    )


# "among the deepest in the world", "the second-highest toll since records began": one of
# several, or a rank below the top, claims less than a record.
_HEDGED = re.compile(
    r"(?:\b(?:among|one\s+of)\s+(?:the\s+)?|\b(?:second|third|fourth|fifth)[\s-]+)$", re.I
)
# Another article's "club-record fee", "a record €1.2 billion", "a record high" tells a record
# too; not "police records", "on the record", "his voting record".
_RECORD = re.compile(
    r"(?<!\bon\s)\b(?:a|an|the|its|their)\s+(?:all-time\s+)?record\s+"
    r"(?!(?:of|shows?|showed|because|when)\b)"
    r"|-record\b|\brecord-(?:high|low|breaking)|\brecord\s+(?:levels?|highs?|lows?)\b",
    re.I,
)
# A headline drops its articles: "…after record load factor", "Record crowds at…".
# Not one's account ("voting record draws fire", "utility's record in spotlight") nor the
# verb ("Police record rise in thefts").
_HEADLINE_RECORD = re.compile(r"\brecord\s+(?!(?:of|shows?|showed|because|when)\b)[a-z]", re.I)
_NO_RECORD_BEFORE = re.compile(
    r"(?:['’]s|\b(?:his|her|their|its|my|our|your|voting|criminal|police|track|safety|service"
    r"|medical|court|dental|academic|public|patient|employment|school))\s+$",
    re.I,
)


# A record's scope told before its superlative: "the world’s largest", "history’s deadliest".
# Not a country's or a company's ("Japan’s largest utility"): a rank within it, no record.
_SCOPE_BEFORE = r"(?:world|planet|globe|earth|history)"


# Superlatives that claim one record: "the world's biggest port" is "the largest port".
_KIN_SUPERLATIVES = (frozenset(("largest", "biggest")), frozenset(("highest", "tallest")))
# The noun a scoped superlative ranks: a few words up to a break ("the world's largest
# shipping company, which…"); none when it stands alone ("the fund, the world's largest,").
_RANKED_WORDS = 3
_RANKED_STOPS = frozenset(
    "in on at of by for to from with that which who and but after since as than is are was "
    "were has have had will would can could".split()
)


def _scoped_claim(text: str, found: re.Match[str]) -> frozenset[str]:
    """The words of the record "the world's <superlative> <noun>" claims: its superlative
    (and its kin) and the noun it ranks, or, standing alone, the sentence's words before it.
    Another record in the sentence ("…more than the world's largest aircraft carrier holds")
    shares the sentence's words, not its claim."""
    superlative = found.group().split()[-1].lower()
    kin = next((group for group in _KIN_SUPERLATIVES if superlative in group), ())
    ranked: list[str] = []
    for word in re.findall(r"[\w’'-]+|[^\w\s]", text[found.end() :])[:_RANKED_WORDS]:
        if not word[0].isalpha() or word.lower() in _RANKED_STOPS:
            break
        ranked.append(word)
    head = " ".join(ranked) if ranked else text[: found.start()]
    return frozenset((superlative, *kin, *content_words(head)))


# A run told by its start year or decade, or counted in years: "since 2009", "since the
# 1930s", "since the early 1980s", "in 40 years", "in more than four decades", "in a century".
_NUMBER_OF_YEARS = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)"
)
_DATED_RUN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d(?:['’]?s)?\b"
    rf"|\bin\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least|some)\s+)?"
    rf"(?:{_NUMBER_OF_YEARS}\s+(?:years|decades)|a\s+(?:decade|generation|century)"
    r"|half\s+a\s+century)\b",
    re.IGNORECASE,
)


# What may follow a record's participle: a preposition or the sentence's end ("the longest
# handed down in Australia", "the largest fine imposed."), not a noun it qualifies ("the
# highest recorded temperature").
_AFTER_MADE = (
    r"(?=\s+(?:in|by|on|at|for|against|under|anywhere|to|from|across|within|ever)\b"
    r"|\s*[,.;:!?)]|\s*$)"
)
# A clause's subject or its auxiliary between a superlative and the participle ("the strongest
# we have seen", "the largest it has imposed"): someone's own experience, no act's record;
# only a noun or two ("the largest fine imposed") may stand there.
_CLAUSE_WORDS = (
    r"(?:i|we|you|he|she|it|they|has|have|had|is|are|was|were|be|been|being|that|which|who"
    r"|this|these|those|there|will|would|can|could)\b"
)
# A time that bounds a record told by its participle: "the highest recorded this year",
# "the largest imposed since 2019", "the coldest measured on Monday", "in a decade".
_BOUNDED = re.compile(
    r"\b(?:since|so\s+far|to\s+date|this|last|(?:19|20)\d\d"
    r"|in\s+(?:the\s+)?(?:past|last|previous|recent)"
    r"|in\s+(?:a|one|\w+)\s+(?:years?|decades?|months?|weeks?|generation)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday"
    r"|of\s+the\s+(?:year|season|day|month|week|decade|tournament|race|game|match|campaign))\b",
    re.IGNORECASE,
)


def _made_pattern(made: list[str]) -> re.Pattern[str] | None:
    """A superlative's record told by a participle of an act after it (see `made`): matched
    against the words right after the superlative."""
    if not made:
        return None
    verbs = "|".join(
        sorted((re.escape(p).replace(r"\ ", r"\s+") for p in made), key=len, reverse=True)
    )
    return compile_built(
        rf"\s*(?:(?!{_CLAUSE_WORDS})[\w’'-]+\s+){{0,3}}?(?:{verbs}){_AFTER_MADE}", re.IGNORECASE
    )


def _superlative_kin(superlative: str) -> str:
    """A superlative as printed, folded to the first of its kin ("biggest" is "largest")."""
    last = superlative.split()[-1].lower()
    kin = next((group for group in _KIN_SUPERLATIVES if last in group), frozenset((last,)))
    return min(kin)


# What may follow a record's act for it to rank over all time: nothing, "ever", "in history",
# a named place or body ("in Australia", "by the ICO"), a whole market ("at auction"), then at
# most what kind of case it is ("for a cryptocurrency-related fraud"), and the clause's end.
# "to the six defendants", "in the race", "at the auction", "during the heatwave", "among",
# "of the season" rank within the event: no record.
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*(?:['’]s\s+history)?"
_UNBOUNDED_TAIL = re.compile(
    rf"\s*(?:ever\s*)?(?:at\s+auction\s*)?(?:(?:in|across|anywhere\s+in)\s+(?:history|{_NAME})"
    rf"|by\s+(?:the\s+)?{_NAME})?"
    r"(?:\s+for\s+(?:an?\s+)?(?!(?:the|this|that|its|their)\b)[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*(?:[,.;:!?)]|$)"
)


def _made_record(made: re.Pattern[str] | None, after: str) -> bool:
    """Whether the words after a superlative claim a record by a participle of an act, with
    nothing after it to bound it (see `_UNBOUNDED_TAIL`)."""
    found = made.match(after) if made is not None else None
    return (
        found is not None
        and _UNBOUNDED_TAIL.match(after, found.end()) is not None
        and _BOUNDED.search(after, found.end()) is None
        and _DATED_RUN.search(after, found.end()) is None
    )


def _dated_runs(ctx: CheckContext, article_id: str, superlative: str) -> list[frozenset[str]]:
    """The content words of the other articles' sentences that say ``superlative`` (or its
    kin) with a run dated by a year or counted in years after it (see `_DATED_RUN`)."""
    last = superlative.split()[-1]
    kin = next((group for group in _KIN_SUPERLATIVES if last in group), frozenset((last,)))
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(kin)))})\b", re.IGNORECASE)
    runs = []
    for extraction in ctx.extractions:
        if extraction.article_id == article_id:
            continue
        text = ctx.article(extraction.article_id).text
        for sentence in extraction.sentences:
            words = sentence.slice(text)
            found = said.search(words)
            if found is not None and _DATED_RUN.search(words, found.end()):
                runs.append(frozenset(content_words(words)))
    return runs


def _headline_record(title: str) -> bool:
    """Whether a headline, which drops its articles, calls something a record (see
    `_HEADLINE_RECORD`)."""
    return any(
        _NO_RECORD_BEFORE.search(title, 0, found.start()) is None
        for found in _HEADLINE_RECORD.finditer(title)
    )


@dataclass(frozen=True)
class _Record:
    sentence: Span
    superlative: str  # as printed, lower-cased
    words: frozenset[str]  # the sentence's content words


def _records(
    ctx: CheckContext,
    patterns: tuple[
        re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None
    ],
    reach: int,
) -> dict[str, list[tuple[_Record, bool]]]:
    """Per article, each sentence claiming a record, and whether it names a source."""
    superlatives, scopes, made, acts = patterns
    found: dict[str, list[tuple[_Record, bool]]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        quoted = Spans([q.span for q in extraction.quotes if q.kind is QuoteKind.FULL])
        records = []
        for sentence in extraction.sentences:
            words = sentence.slice(text)
            if scopes.search(words) is None and (acts is None or acts.search(words) is None):
                continue  # no record's scope, no record: most sentences, read at once
            for superlative in superlatives.finditer(words):
                if _HEDGED.search(words, 0, superlative.start()):
                    continue
                after = words[superlative.end() :].split()[:reach]
                if scopes.search(" ".join(after)) is None and not _made_record(
                    made, words[superlative.end() :]
                ):
                    continue
                records.append(
                    (
                        _Record(
                            sentence=sentence,
                            superlative=" ".join(superlative.group().lower().split()),
                            words=frozenset(content_words(words)),
                        ),
                        quoted.overlap(sentence),
                    )
                )
                break  # one record a sentence
        found[extraction.article_id] = records
    return found


def check(params: UnsourcedSuperlativeParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return  # "that no other article makes" needs another article
    alternatives = "|".join(
        sorted((re.escape(word) for word in params.superlatives), key=len, reverse=True)
    )
    # "the most expensive", "its least profitable": after an article or a possessive only, not
    # "Most residents…", "most of", "at least twelve".
    superlatives = compile_built(
        rf"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bour\s))"
        rf"(?:most|least)\s+(?!of\b)[a-z][\w-]*"
        rf"|\b(?:{alternatives})(?:-[a-z]+)?\b",
        re.IGNORECASE,
    )
    scopes = phrase_pattern(params.scopes)
    if params.beginnings:
        verbs = "|".join(sorted(map(re.escape, params.beginnings), key=len, reverse=True))
        # A few words for what began ("the industry", "the national league"), no clause break.
        scopes = compile_built(
            rf"{scopes.pattern}|\bsince\s+(?:[\w’'-]+\s+){{1,5}}?(?:was|were)\s+"
            rf"(?:first\s+)?(?:{verbs})\b",
            re.IGNORECASE,
        )
    if params.eras:
        # "the highest level since the global financial crisis": a record over decades, told
        # by the event it runs from. Not a year ("the highest since 2019", "the largest since
        # 2021"): most such runs are a few years, a market's or a season's news, no record.
        eras = "|".join(sorted(map(re.escape, params.eras), key=len, reverse=True))
        era_scope = compile_built(rf"\bsince\s+(?:the\s+)?(?:{eras})\b", re.IGNORECASE)
        scopes = compile_built(rf"{scopes.pattern}|{era_scope.pattern}", re.IGNORECASE)
    else:
        era_scope = None
    # The acts alone, to pass over at once the sentences that print none: `_made_pattern`,
    # tried at every word, took a quarter of a long article's rules.
    acts = (
        compile_built(
            r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in params.made) + ")",
            re.IGNORECASE,
        )
        if params.made
        else None
    )
    patterns = (superlatives, scopes, _made_pattern(params.made), acts)
    # The scope may stand before the superlative, as a possessive: "the world’s largest
    # nuclear plant" claims the record "the largest nuclear plant in the world" does.
    scoped_before = compile_built(
        rf"\b{_SCOPE_BEFORE}['’]s\s+(?:(?:most|least)\s+(?!of\b)[a-z][\w-]*"
        rf"|(?:{alternatives})(?:-[a-z]+)?\b)",
        re.IGNORECASE,
    )
    cues = cue_pattern(params.attribution_cues)
    records = _records(ctx, patterns, params.reach)

    # The content words of each article's sentences that call something a record.
    record_words: dict[str, list[frozenset[str]]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        record_words[extraction.article_id] = [
            frozenset(content_words(sentence.slice(text)))
            for sentence in extraction.sentences
            if _RECORD.search(text, sentence.start, sentence.end)
        ] + [
            _scoped_claim(sentence.slice(text), found)
            for sentence in extraction.sentences
            for found in scoped_before.finditer(sentence.slice(text))
        ]
        # The headline makes the article's claims too, though it is no sentence of its body.
        title = ctx.article(extraction.article_id).meta.title
        if title and (_RECORD.search(title) or _headline_record(title)):
            record_words[extraction.article_id].append(frozenset(content_words(title)))

    # Each sentence's superlatives followed, within reach, by an act that made them, whatever
    # stands between: "the largest the ICO has imposed on a retailer" tells the record "the
    # largest imposed by the ICO on a retailer" does.
    acted = phrase_pattern(params.made) if params.made else None
    acts: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        acts[extraction.article_id] = [
            (_superlative_kin(found.group()), frozenset(content_words(words)))
            for sentence in extraction.sentences
            if acted is not None and acted.search(words := sentence.slice(text))
            for found in superlatives.finditer(words)
            if not _HEDGED.search(words, 0, found.start())
            and acted.search(" ".join(words[found.end() :].split()[: params.reach]))
        ]

    def told_records(article_id: str) -> list[frozenset[str]]:
        """The other articles' sentences that call something a record (see `record_words`)."""
        return [words for other, found in record_words.items() if other != article_id
                for words in found]  # fmt: skip

    for article_id, own in records.items():
        text = ctx.article(article_id).text
        others = [record.words for other, found in records.items() if other != article_id
                  for record, _ in found] + told_records(article_id)  # fmt: skip
        for record, in_quote in own:
            words = record.sentence.slice(text)
            if in_quote or next(cited_sources(cues, words), None) is not None:
                continue
            if era_scope is not None and era_scope.search(words):
                # "the worst quarter since the financial crisis" is the claim "their worst
                # quarter since 2009" or "the highest in 40 years" makes: the same run,
                # dated by its year or counted in years.
                dated = _dated_runs(ctx, article_id, record.superlative)
                if any(len(other & record.words) >= params.min_shared for other in dated):
                    continue
            # Another record claim on the same subject, however worded ("the largest fine",
            # "the biggest penalty the regulator has imposed"), is the same claim.
            if any(len(other & record.words) >= params.min_shared for other in others):
                continue
            kin = _superlative_kin(record.superlative)
            if any(
                theirs == kin and len(other & record.words) >= params.min_shared
                for found_in, found in acts.items()
                if found_in != article_id
                for theirs, other in found
            ):
                continue
            yield Hit(
                evidence=((article_id, record.sentence),),
                values={
                    "article": ctx.label(article_id),
                    "superlative": record.superlative,
                    "sentence": " ".join(words.split()),
                },
            )


KIND = RuleKind(
    name="unsourced_superlative",
    params=UnsourcedSuperlativeParams,
    check=check,
    placeholders=("article", "superlative", "sentence"),
    cross_article=True,
    summary="A record claimed with no source, that no other article makes.",
)
