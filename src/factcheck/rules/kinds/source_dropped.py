"""Source dropped: a claim one article gives as someone's estimate, plan or expectation, or as
what unnamed sources say, and another article states as fact with no source.

"The EMA estimated that one additional cancer case could occur for every 8,000 patients" and
"One additional cancer case could occur for every 8,000 patients"; "Al-Mutairi said the company
planned to pay its first dividend in 2028" and "The company will pay its first dividend in
2028"; "…was caused by a corroded hose, according to two engineers familiar with the facility"
and "The rupture was caused by a corroded hose". The reader of the second cannot tell whose
word the claim rests on, nor that it was only a forecast or a leak.

Only claims the sourced article hedges or leaves to unnamed sources are weighed: that a storm
killed 12 people "officials said" in one article and flatly in the other is how every outlet
writes, and flagging it would bury the cases that matter.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import Field
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

from factcheck.align.diff import fold, one_spelling
from factcheck.align.quotes import word_sets
from factcheck.extract.bodies import ORG_NOUNS
from factcheck.extract.kept_patterns import compile_built
from factcheck.models import BODY_NAME_WORDS, Article, Extraction, Figure, QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._attribution import (
    DEFAULT_CUES,
    NEXT_CLAUSE,
    FirstWords,
    Spans,
    cited_sources,
    cue_pattern,
    hedge_pattern,
    phrase_pattern,
)
from factcheck.rules.kinds._params import Params


class SourceDroppedParams(Params):
    hedges: list[str] = Field(
        min_length=1,
        description="Words that make a claim someone's estimate, forecast, plan or belief "
        "(“estimated”, “plans to”, “is weighing”); an adverb may stand between their words.",
    )
    unnamed_sources: list[str] = Field(
        min_length=1,
        description="Phrases that show a source kept unnamed (“familiar with the matter”, "
        "“on condition of anonymity”).",
    )
    unconfirmed: list[str] = Field(
        default_factory=list,
        description="Phrases that tell a sentence's report as one no one has confirmed "
        "(“though police had not confirmed the report”, “could not be independently "
        "verified”): weighed as a source left unnamed, whichever clause says so.",
    )
    estimate_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs that hedge a claim as its subject's verb only (“The team projects the "
        "stadium will generate…”), not as the noun they also spell (“two road projects”).",
    )
    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        min_length=1,  # an empty list would match everywhere and source every claim
        description="Words that, in a sentence, name its claim's source.",
    )
    acts: list[str] = Field(
        default_factory=list,
        description="Cues that tell an act when an object follows them (“The Environment Agency "
        "declared a drought”, “The board announced a review”): its sentence speaks for no one "
        "after it, as “Al-Mutairi said the airline was profitable.” does.",
    )
    claim_verbs: list[str] = Field(
        min_length=1,
        description="Verbs by which a sentence's subject gives the claim as its view (“Halvorsen "
        "expects”, “The company put the cost at”): such a sentence names its source.",
    )
    claim_subjects: list[str] = Field(
        default_factory=list,
        description="Plural nouns, or names of forecasting agencies, of those whose view a "
        "claim verb tells wherever it stands in "
        "the sentence, not only as its subject (“above the $4.87 analysts had forecast”, “more "
        "than economists expected”): such a sentence names its source.",
    )
    forecast_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs that give a claim as its subject's view only after one of "
        "`claim_subjects` (“Forecasters are calling for…”) or before a figure (“The weather "
        "service is calling for winds of up to 90 mph”): any other subject's is a plea that "
        "names no source for what follows (“Residents are calling for help as the storm…”).",
    )
    reckonings: list[str] = Field(
        default_factory=list,
        description="Nouns of a source's reckoning (“projections”, “estimates”) that, in a phrase "
        "opening the sentence (“Under the bank's new projections, inflation will…”, “By the "
        "ministry's estimate, …”), name what its claim rests on: such a sentence names its source.",
    )
    intent_verbs: list[str] = Field(
        min_length=1,
        description="Verbs by which a sentence tells its subject's intention (“Halvard plans to”, "
        "“the board intends to”): the subject's own word against a named source's, but no source "
        "against unnamed ones, and no source of its own in the article that hedges the claim.",
    )
    told_as_expected: list[str] = Field(
        default_factory=list,
        description="Passives by which a sentence that names no source still tells its claim as "
        "what is expected or estimated (“is expected to”, “are forecast to”, “an estimated”), or "
        "as a party's case (“the court was told”, “alleged”): it states nothing as fact, whoever "
        "the other article says expects it.",
    )
    min_shared: float = Field(
        0.5,
        gt=0,
        le=1,
        description="Share of the unsourced sentence's content words the sourced one must hold.",
    )
    causes: list[str] = Field(
        default_factory=list,
        description="Phrases that tell a cause or a culprit (“was caused by”, “blamed on”): "
        "weighed as a hedge when the sentence gives them as the word of…",
    )
    interested_parties: list[str] = Field(
        default_factory=list,
        description="…a party to the event that the cause bears on, named before the cue (“The "
        "ship's owner said the leak was caused by…”, “The company said the collapse was caused "
        "by…”): its account of what went wrong, not a finding.",
    )
    representatives: list[str] = Field(
        default_factory=list,
        description="…or those who speak for a person, after a possessive (“Ruiz’s team”, "
        "“his lawyers”, “the driver’s family”): that person's side, whose account of what "
        "caused the mishap it is charged with is its own.",
    )
    advocates: list[str] = Field(
        default_factory=list,
        description="A body that speaks for a trade or a cause (“the British Beverage "
        "Association”, “campaigners”), named before the cue: its account of what a policy or "
        "an event cost those it speaks for (see `harms`), or caused, is its case, not a finding.",
    )
    harms: list[str] = Field(
        default_factory=list,
        description="Phrases by which a sentence tells what something cost or did to someone "
        "(“has cost the sector”, “led to the loss of”): weighed as a hedge after one of "
        "`advocates` only; a company's own count of what a recall cost it is its accounts.",
    )
    not_advocates: list[str] = Field(
        default_factory=list,
        description="Names whose last word is one of `advocates` but that name no advocate "
        "(“European Union”, “customs union”): a bloc of states, not a trade union.",
    )
    origins: list[str] = Field(
        default_factory=list,
        description="Phrases that tell where a thing came from (“came from”): weighed as a hedge "
        "after one of `representatives` only (“Ruiz’s team said the substance came from…”).",
    )
    counted: list[str] = Field(
        default_factory=list,
        description="Nouns of a sum, a share or people (“money”, “funding”, “passengers”): "
        "where they came from is no cause of a mishap, whoever tells it.",
    )
    case_parties: list[str] = Field(
        default_factory=list,
        description="A side in a case at law or a dispute (“prosecutors”, “the lawsuit”, "
        "“lawyers”) that, opening the sentence, says what someone did (“Prosecutors said "
        "Merritt spent the money on…”): its case, weighed as a hedge, not a finding.",
    )
    finding_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs by which an inquiry, an audit or a court names what it found "
        "(“found”, “concluded”), a source when “that” or a colon follows them (“An audit found "
        "that…”), a clause of “had”, “was” after their object (“The panel found the coach had "
        "…”) or nothing but the sentence's end (“…, the judge found.”).",
    )
    wrongdoings: list[str] = Field(
        default_factory=list,
        description="Acts of wrongdoing (“failed to carry out”, “ignored”, “overstated”): a "
        "source telling that a party it names did one (“Ofgem said the supplier had failed to "
        "carry out…”, “According to the panel's report, Haldane shouted at…”) accuses it, "
        "weighed as a hedge; the other article telling the same act of the same party flat, "
        "as its own main clause, drops whose accusation it is.",
    )
    accusers: list[str] = Field(
        default_factory=list,
        description="Nouns of a body that investigates or oversees (“regulator”, “audit”, "
        "“panel”): an accuser from outside the party; else the accuser must be a name that "
        "is none of `party_roles`.",
    )
    courts: list[str] = Field(
        default_factory=list,
        description="Nouns of a court (“jury”, “judge”, “tribunal”): its finding is told as "
        "fact, no accusation.",
    )
    party_roles: list[str] = Field(
        default_factory=list,
        description="Words of the party's own side (“chief executive”, “statement”, "
        "“lawyer”): what it says of the party is no outside accusation.",
    )
    parties: list[str] = Field(
        default_factory=list,
        description="Nouns of a party that can be accused when no name is given (“the "
        "supplier”, “the club”); not a thing or people at large (“fresh snow”, “investors”).",
    )
    not_accused: list[str] = Field(
        default_factory=list,
        description="Nouns of a thing, not a party, as the last word of the accused (“the law "
        "had failed to protect tenants”): what a law or a system did is no one's wrongdoing.",
    )
    min_words: int = Field(
        4, ge=1, description="Content words an unsourced sentence needs to be weighed as a claim."
    )
    claim_held: float = Field(
        0.7,
        gt=0,
        le=1,
        description="Or: share of the sourced sentence's claim (its content words outside the "
        "clause that names the source) the unsourced one must hold, for an unsourced sentence "
        "that tells more (“The virus was brought in by a guest from Romania to a wedding in "
        "Leibnitz in early September”)…",
    )
    claim_held_words: int = Field(5, ge=1, description="…and at least this many of those words.")
    hedged_claim_words: int = Field(
        3,
        ge=1,
        description="Or: all of what a hedge in the sourced sentence qualifies, its hedge and "
        "source aside, when that has at least this many words, told by the unsourced sentence "
        "(“The MAIB said it believed fatigue was a contributing factor, noting…” against "
        "“Fatigue was a contributing factor in the collision between…”).",
    )
    whole_claim_words: int = Field(
        4,
        ge=1,
        description="Or: all of the sourced sentence's claim, when it has at least this many "
        "words, told in a clause of a longer unsourced sentence (“…, and the Treasury will "
        "retain a golden share” against “The Treasury will retain a golden share, according to "
        "two people familiar with the negotiations”).",
    )
    anchored_words: int = Field(
        4,
        ge=1,
        description="Or: content words two sentences must share when each prints the same figure "
        "(aligned, of equal value: “China sales to fall about 15%” and “sales in China will fall "
        "about 15%”), however many more either tells.",
    )
    anchor_score: float = Field(
        60, ge=0, le=100, description="Alignment score at which two figures anchor sentences."
    )
    hedged_anchor_share: float = Field(
        0.5,
        gt=0,
        le=1,
        description="Or, fewer words for a short claim: share of the content words of the "
        "claim's clause holding the figure that the sourced sentence's clause holding it must "
        "share (two at least), when a hedge stands in that clause: “The damage amounts to 1.2 "
        "billion soles” and “The ministry estimated damage at 1.2 billion soles”. A hedged "
        "figure told in few words shares few but its own.",
    )


# Words that carry no claim of their own: two sentences sharing them say nothing alike.
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by with from into onto over under about after before since "
    "until during against between through and or but nor so yet as than that which who whom "
    "whose what when where while if because though although whether this these those it its "
    "he she they them his her their we our us you your i me my is are was were be been being "
    "am has have had having do does did will would shall should can could may might must not "
    "no also just only still even very more most less least such there here then now all any "
    "some each every both either neither other another one own same new".split()
    # Words of time relative to the telling ("last year", "when the state last widened"):
    # two sentences sharing them share no claim.
    + "last next".split()
    # Scale words say how big a figure is, not what it is a figure of: "operating profit was
    # ¥743.9 billion" and "would cut operating profit by ¥150 billion" share a measure only.
    + "hundred thousand million billion trillion bn m per cent percent".split()
)


def _stem(word: str) -> str:
    """A word without its commonest endings: "planned" and "plans", "repairs" and "repair";
    and without the silent "e" its "-ed" and "-ing" drop: "complete" is "completed"'s word.
    A noun in "-ability" is its adjective's word: "reach profitability", "be profitable"."""
    if word.endswith("ability") and len(word) - len("ability") >= 3:
        return word.removesuffix("ility") + "l"
    # An adverb is its adjective's word, a noun in "-ment" its verb's: "fully contained" and
    # "full containment" tell one claim. ("Fully" keeps the "l" its adjective drops.)
    if word.endswith("lly") and len(word) == 5:
        word = word[:-1]
    elif word.endswith("ly") and len(word) - len("ly") >= 4:
        word = word[:-2]
    elif word.endswith("ment") and len(word) - len("ment") >= 5:
        word = word[: -len("ment")]
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            # "-ed" and "-ing" double a short word's last consonant: "banned" is "ban"'s word,
            # "planned" "plan"'s. Not "ll", "ss", "zz", which the word itself holds ("filled").
            if ending in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                return stem[:-1]
            return stem
    return word


_DOUBLED = frozenset("bdgmnprt")


_POSSESSIVE = re.compile(r"['’]s?$")


# A number of three digits or more as printed ("16,000", "2027", "450.5"), as one word: fold
# would break it up ("16 000"). Not a group of a phone number ("0113 222 4000"), nor one
# opening with a zero: codes, not quantities.
_NUMBER = re.compile(
    r"(?<![\w.,])(?<!\d\s)(?!0)(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?(?![\w,]\d|\w|\s\d)"
)


# A day of a month, either way round ("Nov. 18", "November 18", "18 November"): as telling
# as a number of three digits ("The count will be certified on Nov. 18" is a claim by its date).
_MONTH = (
    r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DATE = re.compile(
    rf"\b{_MONTH.format('month')}\s+(?P<day>\d{{1,2}})(?![\d:.,]\d|\w)"
    rf"|(?<![\w.,])(?P<day2>\d{{1,2}})\s+{_MONTH.format('month2')}"
)


# A month or a weekday a claim is due by, without its day ("Refunds will begin by
# September", "The outages will continue through Thursday"): a date all the same. Capitalised
# after its preposition: not the modal "may".
_WHEN = re.compile(
    r"\b(?i:by|until|till|through|before|after|since|from|on|in|next|this)\s+"
    r"(?P<when>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\.?\s*\d{1,2}\b)"
)


# A span of time a claim runs for ("will persist for at least three more weeks", "within 14
# months"): a claim by its length, as by its date. Plural units only: a count, not "a year".
_DURATION = re.compile(
    r"(?<![\d.,])(?P<count>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\b[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:(?:more|additional|further|extra)\s+)?"
    r"(?P<unit>minute|hour|day|week|month|year|decade)s\b",
    re.IGNORECASE,
)


def numbers(text: str) -> list[str]:
    """The numbers of three digits or more, the dates and the spans of time a sentence prints,
    distinct, in order, as words ("n16000", "n2027", "dnov18", "dsep", "t3week") that no
    content word spells."""
    found = [
        (number.start(), "n" + number.group().replace(",", "").replace(".", "p"))
        for number in _NUMBER.finditer(text)
    ] + [
        (
            date.start(),
            f"d{(date['month'] or date['month2'])[:3].lower()}{date['day'] or date['day2']}",
        )
        for date in _DATE.finditer(text)
    ]
    found += [(when.start("when"), f"d{when['when'][:3].lower()}") for when in _WHEN.finditer(text)]
    for span in _DURATION.finditer(text):
        count = one_spelling(span["count"].lower().replace("-", " ").replace(",", ""))
        if count.replace(".", "", 1).isdigit():  # "2.5 years" is no "5 years"
            found.append((span.start(), f"t{count}{span['unit'].lower()}"))
    return list(dict.fromkeys(word for _, word in sorted(found)))


def content_words(text: str) -> list[str]:
    """A sentence's distinct words that carry its claim, folded, stemmed, in order."""
    return list(_content_words(text))


# Kept per text: several rules read the content words of every sentence of both articles
# (source_dropped, unsourced_background, unsourced_figure…), thousands of them in a long one.
@lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    kept = (_content_word(word) for word in fold(text).split())
    return tuple(dict.fromkeys(word for word in kept if word is not None))


@lru_cache(maxsize=1 << 14)
def _content_word(word: str) -> str | None:
    """A folded word's stem, None for a word that carries no claim. Kept: a long article's
    sentences print the same few thousand words again and again."""
    # "the company's plants" and "the company said": one word, its possessive's mark aside.
    word = one_spelling(_POSSESSIVE.sub("", word))
    # Nor single letters: "the U.S." folds to "u s", two words that tell nothing of a claim.
    if word in _FUNCTION_WORDS or word.isdigit() or len(word) <= 1:
        return None
    return _stem(word)


@dataclass(frozen=True)
class _Sentence:
    span: Span
    text: str
    words: str  # content words, space-separated
    sourced: bool  # names whose claim it is
    # The content words of its opening clauses when they name no source (all of them when
    # the sentence names none; those before a clause of its own that names one), or None.
    opening: str | None
    # Its content words outside the clauses that name the source, and outside the source a
    # clause names before what it tells (see `_claim_words`).
    claim_words: frozenset[str]
    # What each hedge in it qualifies, without the hedge or the source (see `_hedged_claims`).
    hedged_claims: tuple[frozenset[str], ...]
    intent: bool  # unsourced but for a subject's intention ("Halvard plans to move its office")
    weighed: bool  # sourced, and hedged or left to unnamed sources: a claim that may be dropped
    numbers: str  # its numbers of three digits or more (see `numbers`), space-separated
    after_source: bool  # follows a sourced sentence of its paragraph: reported speech runs on
    # The sentence before it, in its paragraph or the one before ("" for none).
    previous: str = ""


@dataclass(frozen=True)
class _Patterns:
    cues: re.Pattern[str]
    # A cue then its object, an act and no speech: "declared a drought" (see `acts`).
    acts: re.Pattern[str] | None
    hedges: _Hedges
    unnamed: re.Pattern[str]
    owned: re.Pattern[str]
    intended: re.Pattern[str]
    expected: re.Pattern[str] | None  # see `told_as_expected`; None when the rule lists none
    # A cue after a party to the event, then a cause: "The company said the collapse was
    # caused by…"; None when the rule lists no causes or parties.
    party_cause: re.Pattern[str] | None
    causes: re.Pattern[str] | None
    # A side in a case at law telling what someone did (see `case_parties`); None when the
    # rule lists none.
    party_case: re.Pattern[str] | None = None
    # One of `advocates`, a cue, then a harm (see `harms`); None when the rule lists none.
    party_harm: re.Pattern[str] | None = None
    harms: re.Pattern[str] | None = None
    # A person's side, a cue, then where a thing came from (see `origins`); None when the
    # rule lists none.
    party_origin: re.Pattern[str] | None = None
    origins: re.Pattern[str] | None = None
    # A source, then a party it names and one of `wrongdoings` (see `_accusation_pattern`);
    # the party and the act opening a sentence (`accused`); and `not_accused`. None when the
    # rule lists no wrongdoings.
    accusation: re.Pattern[str] | None = None
    accused: re.Pattern[str] | None = None
    not_accused: frozenset[str] = frozenset()
    accusers: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    party_roles: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    # The first words of the cues, of the verbs of `owned` and `intended`, and of `unnamed`,
    # looked for before each is run on every sentence of an article (see `FirstWords`).
    cue_words: FirstWords = field(default_factory=lambda: FirstWords(()))
    owned_words: FirstWords = field(default_factory=lambda: FirstWords(()))
    intended_words: FirstWords = field(default_factory=lambda: FirstWords(()))
    unnamed_words: FirstWords = field(default_factory=lambda: FirstWords(()))


# A modal of purpose, what an act was for: "had shut the restaurants so they could be
# cleaned" tells why they were shut, not what may be. Not a result after its comma ("Fuel
# costs rose, so fares could climb"), nor "so far".
_PURPOSE = re.compile(
    r"(?<![,;])\s+so\s+(?!far\b|much\b|many\b|long\b)(?:that\s+)?(?:[\w’'-]+\s+){1,3}$",
    re.IGNORECASE,
)


# The word after an estimate verb when that verb is its noun: "two road projects were
# delayed", "projects in the north", "…, and other projects."
_NOUN_AFTER = re.compile(
    r"\s*(?:[,;:.)]|$|(?:is|are|was|were|will|would|have|has|had|in|at|on|for|to|of|and|or|"
    r"with|which)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Hedges:
    """Where a text hedges its claim: a listed phrase, not a modal of purpose (see
    `_PURPOSE`); or else a subject's estimate verb (see `estimate_verbs`)."""

    phrases: re.Pattern[str]
    subject_verbs: re.Pattern[str] | None
    # The first words of the phrases and of the verbs, looked for first (see `FirstWords`).
    phrase_words: FirstWords = field(default_factory=lambda: FirstWords(()))
    verb_words: FirstWords = field(default_factory=lambda: FirstWords(()))

    def search(self, text: str) -> re.Match[str] | None:
        for found in self.phrases.finditer(text) if self.phrase_words.may_hold(text) else ():
            if _MONTH_MAY.match(found.group()) and text[: found.start()].strip(" \"“‘'(—–-"):
                continue  # "by May", "in May": the month, not the modal
            if _PURPOSE.search(text, max(0, found.start() - 40), found.start()) is None and not (
                _REPORTED_MODAL.match(found.group()) is not None
                and _actor_before(text, found.start())
            ):
                return found
        if self.subject_verbs is not None and self.verb_words.may_hold(text):
            for found in self.subject_verbs.finditer(text):
                if _NOUN_AFTER.match(text, found.end()) is None:
                    return found
        return None


# "May" capitalised inside a sentence is the month ("a further cut by May"), no hedge.
_MONTH_MAY = re.compile(r"(?-i:May)$")


# A reported modal ("would cut", "should save"; see `hedges`) after a pronoun: "Andalón said
# it would cut production by 15%" tells the speaker's own act, announced, not its reckoning
# of what something else will do ("said the closure would cut emissions by 14 percent").
_REPORTED_MODAL = re.compile(r"(?:would|should)\s", re.IGNORECASE)
_SPEAKER_ACTS = re.compile(r"\b(?:it|he|she|they|we|I)\s+$", re.IGNORECASE)
# Nor after an actor, a body or a person, told what it should or would do: "said the
# government should cut income tax instead", "said the Bank of England should cut interest
# rates" is advice to act, not a reckoning of an effect; a thing's ("the closure would cut",
# "the restructuring should save") is. A name (a capitalised word) is an actor's when it
# advises ("should"), or when it is a body's ("the Bank of England would cut", "Police
# Scotland would cut"): "said on Monday that HS2 would cut journey times", "said Brexit
# would reduce GDP" reckon what a project or an event will do.
_SUBJECT_WORD = re.compile(r"([\w’'-]+)\s+$")
# The capitalised name that ends at the subject: "Bank of England", "Sarah Jones".
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|&)\s+)*)*[A-Z][\w’'-]*\s+$")
_ACTORS = ORG_NOUNS | frozenset(
    "chancellor minister president prime mayor governor premier secretary official officials "
    "ministers lawmakers legislators councillors councilors regulators governments "
    "companies firms banks lenders employers".split()
)
_BODY_WORDS = frozenset(word for words in BODY_NAME_WORDS.values() for word in words)


def _actor_before(text: str, at: int) -> bool:
    """Whether the subject before a reported modal at ``at`` is a speaker's pronoun or an
    actor (see `_ACTORS`): its own act told or advised, not an effect reckoned."""
    if _SPEAKER_ACTS.search(text, 0, at) is not None:
        return True
    found = _SUBJECT_WORD.search(text, 0, at)
    if found is None:
        return False
    word = found.group(1)
    if word.casefold() in _ACTORS:
        return True
    if not word[0].isupper():
        return False
    if text[at:].lower().startswith("should"):
        return True
    name = _NAME_BEFORE.search(text, 0, at)
    words = name.group().split() if name is not None else [word]
    return any(part.casefold() in _ACTORS or part.casefold() in _BODY_WORDS for part in words)


# A claim that denies the act a reported modal reckons ("The government did not cut income
# tax"): no fact told of what the source reckons, whatever its words share.
def _denies(claim: str, hedge: re.Match[str]) -> bool:
    """Whether ``claim`` negates the verb of a reported modal ``hedge`` ("would cut" → "did
    not cut", "won't cut", "never cut")."""
    if _REPORTED_MODAL.match(hedge.group()) is None:
        return False
    verb = hedge.group().split()[-1]
    return (
        re.search(
            rf"(?:\bnot|\bnever|n[’']t)\s+(?:(?:be|been|have)\s+)?{re.escape(verb)}",
            claim,
            re.IGNORECASE,
        )
        is not None
    )


# "The plant is expected to cost…": a passive names no one who expects.
_NOT_PASSIVE = "".join(
    rf"(?<!\b{word}\s)" for word in ("is", "are", "was", "were", "be", "been", "being")
)


# When a claim was made, between its verb and its "that": "warned on Tuesday that", "said
# last week that", "forecast earlier this month that".
_SAID_WHEN = (
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+(?:this\s+)?[A-Za-z]+|\s+(?:yesterday|today))?"
)


# A named person's place of work after the name: "Karen Voss of the catastrophe modeler
# Riskline", "Ana Ruiz at Banco Norte". Capitalised name, capitalised place: not "Much of the
# damage", an amount of something.
# Who works there may be a trade, not a name ("Insurance analysts at Catastrophe Indices and
# Quantification Inc"), the place its acronym after it ("… Inc (CatIQ) estimated").
_WORKS_AT = (
    r"(?-i:[A-Z][\w’'.-]*\s+(?:[A-Z][\w’'.-]*|[a-z]+s))\s+(?:of|at|from)\s+"
    r"(?:[\w’'.&-]+\s+){0,4}?(?-i:[A-Z])[\w’'.&-]*(?:\s+\((?-i:[A-Z])[\w&.-]*\))?"
)


# An organisation's name printed whole, its words capitalised but for those joining them:
# "The Port Merrick Regional Transit Authority", "The Bank of England" (longer than the five
# words of a plain subject).
_PROPER_NAME = (
    r"(?-i:(?:The\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}[A-Z][\w’'.&-]*){1,8})"
)


# A colon or a dash going on with what a forecast calls for: "an above-normal season: 17 to 25
# named storms", "snow through Saturday night — 6 to 10 inches".
_OBJECT_GOES_ON = r"\s*[:—–]\s*|\s+-\s+"


def _owned_pattern(
    verbs: list[str],
    subjects: list[str] | None = None,
    reckonings: list[str] | None = None,
    forecast_verbs: list[str] | None = None,
) -> re.Pattern[str]:
    """A claim verb after a subject of up to five words opening the sentence, or a name of
    capitalised words however long ("The Port Merrick Regional Transit Authority forecasts"),
    with an apposition or none ("Halvorsen expects", "The prosecutor, Catherine Roux, put the
    value of the haul at €24 million"), or with where it works ("Karen Voss of the catastrophe
    modeler Riskline put insured losses at…"), or after an "and" that goes on from the subject
    ("The company is bidding for the project, and expects the outcome in March"); or before
    its "that"; or closing the sentence after a comma ("…, the CDC estimates."). One of
    ``forecast_verbs`` is a claim verb after one of ``subjects``, and elsewhere only before a
    figure in its object."""
    alternatives = "|".join(sorted((re.escape(verb) for verb in verbs), key=len, reverse=True))
    subject_verbs = alternatives
    if forecast_verbs:
        forecasts = "|".join(sorted(map(re.escape, forecast_verbs), key=len, reverse=True))
        subject_verbs = f"{forecasts}|{alternatives}"
        # "is calling for winds of up to 90 mph": a figure in its object however far, one
        # told with it ("heavy snow, with up to 10 inches") or after a colon or a dash ("an
        # above-normal season: 17 to 25 named storms"), a sign before it ("lows of -10C"),
        # before any clause of its own ("calling for help as the storm brings winds of 90 mph").
        alternatives += (
            rf"|(?:{forecasts})(?=(?:(?:\s+|,\s+(?=with\b)|{_OBJECT_GOES_ON})(?!(?:as|and|but|"
            r"while|when|after|since|because|that|which)\b)[\w’'.-]+)*?"
            rf"(?:\s+|{_OBJECT_GOES_ON})[-−+]?[$€£]?\d)"
        )
    return compile_built(
        rf"(?:^\W*(?:{_WORKS_AT}|{_PROPER_NAME}|(?:[\w’'.&-]+\s+){{0,4}}?[\w’'.&-]+)"
        rf"(?:,[^,;]{{1,60}},)?\s+|\band\s+)"
        rf"(?:(?:also|now|still|had|has|have)\s+)?{_NOT_PASSIVE}(?:{alternatives})\b"
        # Not a participle after its noun: "A Galloway work on paper estimated at $3 million
        # to $5 million went unsold" tells what the work was estimated at, by no one named.
        r"(?!\s+at\b(?!\s+least\b))"  # not "estimated at", but "estimated at least 300"
        # A verb of claiming with its "that" has a subject however long: "The maker of the
        # Aster compact and Kestrel SUV estimated that …" ("It is estimated that" is passive),
        # when it was said between them: "A coalition of 14 aid agencies warned on Tuesday that…".
        rf"|(?<![\w’'-]){_NOT_PASSIVE}(?<!\bit\s)(?:{alternatives}){_SAID_WHEN}\s+that\b"
        # … or after the claim, its subject closing the sentence: "…, the CDC estimates."
        rf"|,\s+(?:[\w’'.&-]+\s+){{0,4}}?(?:{alternatives})\W*$"
        # … or after one of `claim_subjects` in a clause of its own: "Earnings per share came
        # in at $5.12, above the $4.87 analysts had forecast."
        + (
            rf"|\b(?:{'|'.join(sorted(map(re.escape, subjects), key=len, reverse=True))})\s+"
            rf"(?:(?:had|have|has|also|widely|largely|generally)\s+)*(?:{subject_verbs})\b"
            if subjects
            else ""
        )
        # … or one of `reckonings`, in a phrase opening the sentence: "Under the bank's new
        # projections, inflation will average 2.3%" tells the bank's figure, not a fact.
        + (
            r"|^\W*(?:Under|In|By|On)\s+(?:[\w’'.&-]+\s+){0,5}?"
            rf"(?:{'|'.join(sorted(map(re.escape, reckonings), key=len, reverse=True))}),"
            if reckonings
            else ""
        ),
        re.IGNORECASE,
    )


def _alternatives(phrases: list[str]) -> str:
    escaped = (re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return "|".join(sorted(escaped, key=len, reverse=True)) or r"(?!)"


def _party_told(
    parties: str, cues: list[str], told: list[str], between: str = r"[^,;]"
) -> re.Pattern[str]:
    """One of ``parties`` opening the sentence (within its first eight words, an apposition
    aside), a cue, then one of ``told`` in the clause it sources, after characters each
    ``between`` matches."""
    return compile_built(
        rf"^\W*(?:[\w’'.&-]+\s+){{0,6}}?(?:{parties})\b"
        rf"(?:,[^,;]{{1,60}},)?\s+(?:{_alternatives(cues)})\s+(?:that\s+)?{between}{{0,80}}?"
        rf"\b(?:{_alternatives(told)})\b",
        re.IGNORECASE,
    )


def _party_cause_pattern(params: SourceDroppedParams) -> re.Pattern[str] | None:
    """A party to the event, or one of `advocates`, opening the sentence, a cue, then a cause
    in the clause it sources (see `_party_told`): "The ship's owner, Halvorsen Shipping, said
    the leak was caused by a cracked hull plate". Not an official's finding ("Fire officials
    said the blaze was caused by an electrical fault"), nor "12 people died, officials said": a
    cause a party gives for its own mishap is its account, not a fact."""
    if not params.causes or not (
        params.interested_parties or params.representatives or params.advocates
    ):
        return None
    parties = f"{_alternatives(params.interested_parties)}|{_advocates(params)}|{_sides(params)}"
    return _party_told(parties, params.attribution_cues, params.causes)


def _sides(params: SourceDroppedParams) -> str:
    # A team or lawyers of no one named ("The rescue team said…") speak for no side.
    return rf"(?:[\w.-]+['’]s?|his|her|their)\s+(?:{_alternatives(params.representatives)})"


def _advocates(params: SourceDroppedParams) -> str:
    """`advocates`, not as the last word of one of `not_advocates` ("the European Union")."""
    unlike = "".join(
        rf"(?<!\b{re.escape(words[-2])}\s)"
        for name in params.not_advocates
        if len(words := name.split()) >= 2
    )
    return rf"{unlike}(?:{_alternatives(params.advocates)})"


def _party_origin_pattern(params: SourceDroppedParams) -> re.Pattern[str] | None:
    """A person's side (see `representatives`) opening the sentence, a cue, then where a thing
    came from (see `origins`): "Ruiz's team said the substance came from his father's pills".
    Not where a count, a sum or people came from ("The mayor's team said the funding came
    from the city budget"): a source of money, not of a mishap (see `counted`)."""
    if not params.origins or not params.representatives:
        return None
    counted = _alternatives(params.counted)
    return _party_told(
        _sides(params),
        params.attribution_cues,
        params.origins,
        between=rf"(?:(?!\d|%|\b(?:{counted})\b)[^,;])",
    )


def _party_harm_pattern(params: SourceDroppedParams) -> re.Pattern[str] | None:
    """One of `advocates` opening the sentence, a cue, then one of `harms` in the clause it
    sources: "The Road Haulage Association said the closure had cost hauliers £9 million"."""
    if not params.advocates or not params.harms:
        return None
    return _party_told(_advocates(params), params.attribution_cues, params.harms)


# A verb of a past act: what a party to a case says the accused did ("used", "stole").
_PAST_ACT = (
    r"\b(?:[a-z]{2,}ed|stole|took|made|sold|bought|hid|kept|spent|sent|paid|gave|ran|led|"
    r"wrote|drove|lost|found)\b"
)

# A clause that goes on with the accused's acts: ", and she hid…", ", and the pair then sold…"
# (a subject of up to three words and a past act), not ", and they have until Monday…".
_CASE_GOES_ON = re.compile(
    rf",\s+and\s+(?:[\w’'-]+\s+){{1,3}}?(?:then\s+|later\s+|also\s+)?{_PAST_ACT}",
    re.IGNORECASE,
)


def _party_case_pattern(params: SourceDroppedParams) -> re.Pattern[str] | None:
    """A side in a case at law opening the sentence (within its first four words, an
    apposition aside), a cue, then a past act in the clause it sources: "Prosecutors said
    Merritt spent the money on a villa": the prosecution's case, however plainly told, as
    "alleged" is. Not "Prosecutors said he faces up to 20 years", the charge's stakes."""
    if not params.case_parties:
        return None
    parties = "|".join(
        sorted((re.escape(p).replace(r"\ ", r"\s+") for p in params.case_parties), key=len)[::-1]
    )
    return compile_built(
        # Whom the side speaks for may follow it: "Lawyers for the Ortega campaign said…".
        rf"^\W*(?:[\w’'.&-]+\s+){{0,3}}?(?:{parties})\b"
        r"(?:\s+for\s+(?:[\w’'.&-]+\s+){0,3}?[\w’'.&-]+)?(?:,[^,;]{1,60},)?\s+"
        rf"(?:said|say|says|told\s+(?:jurors|the\s+jury|the\s+court))\s+(?:that\s+)?"
        rf"[^,;]{{0,60}}?{_PAST_ACT}",
        re.IGNORECASE,
    )


def _cues_pattern(params: SourceDroppedParams) -> re.Pattern[str]:
    """The attribution cues (see `cue_pattern`) and the findings of `finding_verbs` (see
    `_FINDING`). Not a cue of a restrictive relative clause: in "…threatened to drop rowers who
    reported injuries", the rowers reported, and no one sources the threat."""
    cues = cue_pattern(params.attribution_cues).pattern
    if params.finding_verbs:
        cues += "|" + _FINDING.format(verbs=_alternatives(params.finding_verbs))
    # (A relative clause that reports, "residents who said they had seen smoke were moved",
    # keeps its cue: its finite verbs tell what they said.)
    # The cue is looked for first: the tests of a relative clause before it, tried at every
    # word of a long article, made this search ten times slower than the cues alone.
    return compile_built(
        rf"(?=(?:{cues}))"
        rf"(?:(?<!\bwho\s)|(?<=,\swho\s)|(?=\S+\s+[^,;:.()—]*?\b(?:{_CLAUSE_VERBS})\b))"
        rf"(?:(?<!\bwhich\s)|(?<=,\swhich\s)|(?=\S+\s+[^,;:.()—]*?\b(?:{_CLAUSE_VERBS})\b))"
        rf"(?:{cues})"
    )


# A finding as a source: "found that…", "concluded:", "found the trust had…" (its object, up to
# four words, then a clause's verb), or "…, the judge found." closing the sentence (not "the
# largest haul police had ever found.").
_FINDING = (
    r"\b(?:{verbs})(?:\s+that\b|(?=\s*:)"
    r"|(?=\s+(?:[\w’'.&-]+\s+){{1,4}}?(?:had|has|have|was|were)\b))"
    r"|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bever\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:{verbs})(?=[.!?”\"’']*\s*$)"
)


# The party a source accuses, and its act of wrongdoing (see `wrongdoings`): a subject of up to
# six words (an apposition aside: "the nonprofit, Majestic Arts Inc.,"), not a pronoun (the
# speaker's own admission, "said it had failed to…") nor a clause of how or what, then the
# act, after "had" and an adverb at most (not "had not", "may have").
_NOT_SUBJECT = (
    r"(?!(?:it|he|she|they|we|i|you|there|this|that|these|those|its|his|her|their|our|my"
    r"|one|some|many|most|all|none)\b)"
)
_ACCUSED_WORD = r"(?!(?:how|what|why|whether|when|where|if|to)\b)[\w’'.&-]+"
_ACCUSED = (
    rf"(?P<accused>{_NOT_SUBJECT}(?:{_ACCUSED_WORD}\s+){{{{0,5}}}}?{_ACCUSED_WORD}"
    r"(?:,\s[^,;:]{{1,60}},)?)\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?(?P<act>{acts})\b"
)
# A source before the party it accuses: "Ofgem said the supplier had…", "An audit found that
# the nonprofit had…", "told reporters the fund had…", "According to the panel's report, …".
_ACCUSER = (
    r"(?:\b(?:said|says|stated|told\s+(?:[\w’'.&-]+\s+){{1,3}}?|{verbs})\s+(?:that\s+)?"
    r"|^\W*According\s+to\s+[^,;:]{{1,60}},\s+)"
)


def _acts(phrases: list[str]) -> str:
    # "failed to properly carry out": an adverb between an act's words keeps it.
    escaped = (re.escape(p).replace(r"\ ", r"\s+(?:[a-z]+ly\s+)?") for p in phrases)
    return "|".join(sorted(escaped, key=len, reverse=True))


def _accusation_patterns(
    params: SourceDroppedParams,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A source, then the party it accuses and the act (see `_ACCUSER`, `_ACCUSED`); and the
    party and the act opening a sentence, a phrase of time before them at most ("In 2023, the
    nonprofit overstated…"). None, None when the rule lists no wrongdoings."""
    if not params.wrongdoings:
        return None, None
    accused = _ACCUSED.format(acts=_acts(params.wrongdoings))
    verbs = _alternatives(params.finding_verbs)
    return (
        compile_built(_ACCUSER.format(verbs=verbs) + accused, re.IGNORECASE),
        compile_built(
            r"^\W*(?:(?:In|On|At|By|During|Over|Between|From|Since)\b[^,;]{1,50},\s*)?" + accused,
            re.IGNORECASE,
        ),
    )


def _accusation(text: str, patterns: _Patterns) -> tuple[re.Match[str], int, int] | None:
    """Where a sourced sentence accuses a party of one of `wrongdoings`: the match (groups
    ``accused`` and ``act``), and the span of the source's words (before the party, or the
    clause closing the sentence: "The fund ignored three warnings, ASIC said."). None when it
    accuses no party, or only a thing (see `not_accused`)."""
    if patterns.accusation is None or patterns.accused is None:
        return None
    found = patterns.accusation.search(text)
    if found is not None:
        source = (0, found.start("accused"))
    else:
        found = patterns.accused.match(text)
        cues = list(cited_sources(patterns.cues, text))
        if found is None or not cues or not _closes_sentence(text, cues[-1]):
            return None
        breaks = list(_CLAUSE_BREAK.finditer(text, 0, cues[-1].start()))
        source = (breaks[-1].start(), len(text))
    accused = _APPOSITION_ASIDE.sub("", found["accused"]).split()
    if accused and _POSSESSIVE.sub("", accused[-1].lower()) in patterns.not_accused:
        return None
    return found, *source


_APPOSITION_ASIDE = re.compile(r",\s[^,;:]*,$")


@dataclass(frozen=True)
class _Read:
    """What a sentence's words say of it, whatever its place (see `_sentences`)."""

    content: str
    cited: bool
    hedged: bool
    intent: bool
    opening: str | None
    runs_on: bool
    owns: bool
    closed: bool
    claim_words: frozenset[str]
    hedged_claims: tuple[frozenset[str], ...]
    numbers: str


def _sentences(article: Article, extraction: Extraction, patterns: _Patterns) -> list[_Sentence]:
    text = article.text
    quoted = Spans([quote.span for quote in extraction.quotes if quote.kind is QuoteKind.FULL])
    paragraphs = [block.span.start for block in article.body_blocks()]
    # What a sentence's words say of it, read once per distinct sentence: long articles (live
    # blogs) repeat their standing lines.
    read: dict[str, _Read] = {}
    found: list[_Sentence] = []
    previous_sourced, previous_owned, previous_paragraph = False, False, -1
    previous_text = ""
    for span in sorted(extraction.sentences, key=lambda sentence: sentence.start):
        words = span.slice(text)
        if words not in read:
            cues = (
                list(cited_sources(patterns.cues, words))
                if patterns.cue_words.may_hold(words)
                else []
            )
            # (What `_OPENING_PHRASE` leaves is the end of ``words``: no verb if they hold none.)
            may_own = patterns.owned_words.may_hold(words)
            owned = may_own and patterns.owned.search(words) is not None
            # A phrase of time opening it ("For 2025, the ministry is forecasting…") leaves
            # the subject its owner all the same: no claim stated as fact. Only that: weighed
            # as a source's hedge too, "For the current year, Fairway forecast profit of…"
            # would pair with another's flat result for the year just ended.
            owns = owned or (
                may_own
                and patterns.owned.search(_OPENING_PHRASE.sub("", words, count=1)) is not None
            )
            cited = bool(cues) or owned
            content = " ".join(content_words(words))
            opening = None if owns else _unsourced_opening(words, cues, content, patterns)
            hedged = cited and (
                patterns.hedges.search(words) is not None
                or (
                    patterns.unnamed_words.may_hold(words)
                    and patterns.unnamed.search(words) is not None
                )
                or (
                    patterns.party_cause is not None
                    and patterns.party_cause.search(words) is not None
                )
                or (
                    patterns.party_case is not None
                    and patterns.party_case.search(words) is not None
                )
                or (
                    patterns.party_harm is not None
                    and patterns.party_harm.search(words) is not None
                )
                or (
                    patterns.party_origin is not None
                    and patterns.party_origin.search(words) is not None
                )
                or _accusation(words, patterns) is not None
            )
            intent = (
                not cited
                and patterns.intended_words.may_hold(words)
                and patterns.intended.search(words) is not None
            )
            runs_on = (
                bool(cues)
                and _opens_with_source(words, cues[0])
                and (patterns.acts is None or patterns.acts.match(words, cues[0].start()) is None)
            )
            closed = bool(cues) and not runs_on
            read[words] = _Read(
                content=content,
                cited=cited,
                hedged=hedged,
                intent=intent,
                opening=opening,
                runs_on=runs_on,
                owns=owns,
                closed=closed,
                claim_words=(
                    _claim_words(words, patterns) if hedged else frozenset(content.split())
                ),
                hedged_claims=_hedged_claims(words, patterns) if hedged else (),
                numbers=" ".join(numbers(words)),
            )
        seen = read[words]
        content, cited, hedged, intent = seen.content, seen.cited, seen.hedged, seen.intent
        opening, runs_on, owns, closed = seen.opening, seen.runs_on, seen.owns, seen.closed
        in_quote = quoted.overlap(span)
        paragraph = bisect_right(paragraphs, span.start) - 1
        found.append(
            _Sentence(
                span=span,
                text=words,
                words=content,
                numbers=seen.numbers,
                sourced=cited or in_quote,
                opening=None if in_quote else opening,
                claim_words=seen.claim_words,
                hedged_claims=seen.hedged_claims,
                intent=intent and not in_quote,
                weighed=hedged and not in_quote,
                # What a colon introduces ("The audit found:") is its account, in its
                # paragraph or the next (a line ending on one is no body paragraph of its own);
                # not a heading's ("What went wrong:"), which names no source.
                after_source=_colon_sources(text, span.start, patterns)
                or (
                    paragraph == previous_paragraph
                    and (previous_sourced or (previous_owned and _GOES_ON.match(words) is not None))
                ),
                previous=previous_text if paragraph - previous_paragraph <= 1 else "",
            )
        )
        # A source named before its claim ("Al-Mutairi said the airline was profitable.") may
        # speak on in the sentences after; one named after it ("…, Registrar Thomas Ng said.",
        # "…, according to the Department of Finance") closes its account there.
        # A subject's own view ("Northwind expects revenue of…", "Ridgeline projects 900
        # jobs") is told in its sentence: the next goes on with it when it goes on about that
        # subject ("It raised its full-year forecast…"), not when it tells of something else
        # ("First production will begin in 2027").
        # A quote runs on as its speaker's words, unless its speaker is named after it
        # ("“Coffee costs are the biggest headwind,” Walsh said."): that closes it as well.
        previous_sourced = runs_on or (in_quote and not closed)
        previous_owned = owns and not in_quote
        previous_paragraph = paragraph
        previous_text = words
    return found


def _colon_sources(text: str, start: int, patterns: _Patterns) -> bool:
    """Whether the text before a sentence (at ``start``) ends on a colon after a line that
    names a source ("The regulator's report found:"), not a heading ("What went wrong:")."""
    # Read back from the sentence, not from a copy of all the text before it: a long article
    # has thousands of sentences.
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return patterns.cues.search(line) is not None or not patterns.accusers.isdisjoint(
        _lower_words(line)
    )


def _lower_words(text: str) -> set[str]:
    return {_POSSESSIVE.sub("", word) for word in re.findall(r"[\w’'-]+", text.lower())}


# A sentence that goes on about the subject of the one before: "It raised its forecast…".
_GOES_ON = re.compile(r"\W*(?:It|He|She|They|Its|His|Her|Their)\b")


# A subject's apposition: "Ofwat, the water regulator, said…" names its source first.
_APPOSITION = re.compile(r"^(\W*(?:[\w’'.&-]+\s+){0,4}?[\w’'.&-]+),\s[^,;]{1,60},")


# A phrase of time or scope opening a sentence before its subject: "For the current quarter,
# Northwind expects…" names its source first all the same.
_OPENING_PHRASE = re.compile(
    r"^\W*(?:For|In|On|At|After|Before|During|Since|Over|By|From|Within|Until)\b[^,;]{1,50},\s*"
)


def _opens_with_source(words: str, cue: re.Match[str]) -> bool:
    """Whether the sentence names its source in its first clause, before its claim ("Ofwat,
    the water regulator, said it had opened an inquiry", "On Tuesday, the ministry said…"),
    not after it ("…, Ng said.")."""
    before = _OPENING_PHRASE.sub("", words[: cue.start()], count=1)
    before = _APPOSITION.sub(r"\1", before, count=1)
    return _CLAUSE_BREAK.search(before) is None


# What may follow a cue that closes its sentence: nothing, or when and how it was said ("…,
# the company said in a statement on Tuesday.").
_CLOSING_TAIL = re.compile(
    r"\W*|\s+(?:in|on|at|late|early|earlier|last|this|yesterday|today|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b[^,;:]{0,40}",
    re.IGNORECASE,
)
# Cues whose words after them name the source: "…, according to Tessaro."
_SOURCE_AFTER = re.compile(r"according\s+to|citing", re.IGNORECASE)


def _closes_sentence(words: str, cue: re.Match[str]) -> bool:
    """Whether the cue, after a clause break, closes the sentence with its speaker ("…, and
    will employ up to 7,500 construction workers at peak, the company said.", "…, according
    to Tessaro."): it sources every clause before it, not only the last. Not a cue that goes
    on to a claim of its own ("…, and analysts said the impact would be limited")."""
    breaks = list(_CLAUSE_BREAK.finditer(words, 0, cue.start()))
    if not breaks or len(words[breaks[-1].end() : cue.start()].split()) > 6:
        return False
    tail = words[cue.end() :]
    if _SOURCE_AFTER.fullmatch(cue.group()) is not None:
        return re.fullmatch(r"\s+[^,;:]{1,60}?\W*", tail) is not None
    return _CLOSING_TAIL.fullmatch(tail) is not None


# A noun phrase after a comma that sums up the clause before it, its relative clause naming a
# source of its own: "The city faces a $48 million shortfall next year, a gap that opponents
# said the mayor had not explained". The source speaks to the gap, not the shortfall it
# sums up, which is told as fact. Only a noun that sums up a happening or an amount: "linked
# the attack to Korvex, a gang that says it…" is the gang's own claim, of the name before.
_SUMMING_UP = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][\w’'-]*\s+)?(?:gap|shortfall|deficit|figure|sum|amount|total"
    r"|level|rise|increase|jump|fall|drop|decline|cut|loss|move|step|decision|shift|change"
    r"|outcome|result)\s+(?:that|which)\s+(?=[^,;:]*$)"
)


def _unsourced_opening(
    words: str, cues: list[re.Match[str]], content: str, patterns: _Patterns
) -> str | None:
    """The content words of the clauses opening a sentence that name no source: all of
    ``content`` when it has no cue; those before the clause of its own that holds the first cue
    ("The race generates about €40 million a year, and hotels reported occupancy above 90%"
    states its first claim as fact); None when a cue sources the opening clause, or when the
    opening tells its claim as expected ("Construction is expected to begin in spring")."""
    opening = words
    if cues:
        end = cues[0].start()
        breaks = sorted(
            [*NEXT_CLAUSE.finditer(words, 0, end), *_SUMMING_UP.finditer(words, 0, end)],
            key=lambda found: found.start(),
        )
        if not breaks or _closes_sentence(words, cues[0]):
            return None
        opening = words[: breaks[-1].start()]
    if patterns.expected is not None and patterns.expected.search(opening) is not None:
        return None
    return content if not cues else " ".join(content_words(opening))


def _holding(
    claims: list[_Sentence],
    others: list[_Sentence],
    params: SourceDroppedParams,
    accept: Callable[[_Sentence, _Sentence], bool] = lambda claim, other: True,
    at_least: int = 1,
) -> list[int | None]:
    """For each claim, the one of ``others`` that holds the most of its content words, at
    least ``min_shared`` of them (or whose own claim it holds, see `claim_held`), among those
    ``accept`` takes (the earlier of two holding as many). The count of shared words is the
    LCS of two sorted word codes, in C."""
    if not claims or not others:
        return [None] * len(claims)
    # Each distinct claim against each distinct sentence (the first of its copies): the
    # answer is the same for copies.
    distinct_claims = list({claim.words: claim for claim in reversed(claims)}.values())[::-1]
    firsts = list({other.text: k for k, other in reversed(list(enumerate(others)))}.values())
    firsts.sort()
    codes, other_codes = word_sets(
        [claim.words for claim in distinct_claims], [others[k].words for k in firsts]
    )
    held: dict[str, int | None] = {}
    for claim, code in zip(distinct_claims, codes, strict=True):
        size = len(claim.words.split())
        # A claim weighed by its numbers (see `_short_with_numbers`) is held by a sentence
        # printing one of them: "A new investor will take over the site by 2026" shares its
        # "take" and "site" with "We did not take this decision…: our newer sites", not its claim.
        by_numbers = set(claim.numbers.split()) & set(claim.words.split())
        needed = max(math.ceil(params.min_shared * size), min(at_least, size))
        found = process.extract(
            code,
            other_codes,
            scorer=LCSseq.similarity,
            score_cutoff=min(
                needed,
                params.claim_held_words,
                params.whole_claim_words,
                params.hedged_claim_words,
            ),
            limit=None,
        )
        words = set(claim.words.split())
        held[claim.words] = next(
            (
                firsts[k]
                for _, shared, k in found
                if (
                    shared >= needed
                    or _holds_claim(words, others[firsts[k]].claim_words, params)
                    or (
                        _denial(claim.text) == _denial(others[firsts[k]].text)
                        and any(
                            len(hedged) >= params.hedged_claim_words
                            and hedged <= words
                            and any(hedged <= clause for clause in _main_clauses(claim.text))
                            for hedged in others[firsts[k]].hedged_claims
                        )
                    )
                )
                and (not by_numbers or not by_numbers.isdisjoint(others[firsts[k]].numbers.split()))
                and accept(claim, others[firsts[k]])
            ),
            None,
        )
    return [held[claim.words] for claim in claims]


# What denies a claim told in few words: "Ice on the wings was ruled out as a factor" is no
# flat telling of "said they believed ice on the wings was a factor", whose words it holds.
_DENIAL = re.compile(
    r"\b(?:not|never|no\s+longer|ruled\s+out|rules\s+out|denied|denies|dismissed|"
    r"rejected)\b|n[’']t\b",
    re.IGNORECASE,
)


def _denial(text: str) -> bool:
    return _DENIAL.search(text) is not None


def _holds_claim(words: set[str], claim: frozenset[str], params: SourceDroppedParams) -> bool:
    """Whether a claim's ``words`` hold most of a sourced sentence's own ``claim`` (see
    `claim_held`), or all of it (see `whole_claim_words`): counted in that claim only, not in
    the name of its source, which the unsourced sentence may print as well."""
    shared = len(claim.intersection(words))
    return (
        shared >= params.claim_held * len(claim) and shared >= params.claim_held_words
    ) or shared >= len(claim) >= params.whole_claim_words


# Where a clause ends: a hedge qualifies the words of its own clause only.
# Not the comma of a number ("4,200 planned operations"), which breaks none.
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:–—()]|\s-\s")


def _main_clauses(text: str) -> list[set[str]]:
    """The content words of each clause of a sentence, without a relative clause after its
    noun (see `_RELATIVE_VERB`): a claim few words tell is told in one of them ("Fatigue was a
    contributing factor in the collision…"), not in words scattered across them ("The fire,
    which began near the villages, was fanned by winds that could spread embers to nearby
    homes" does not tell "The fire could spread to nearby villages")."""
    found = []
    for clause in _CLAUSE_BREAK.split(text):
        relative = _RELATIVE_VERB.search(clause)
        found.append(set(content_words(clause[: relative.start()] if relative else clause)))
    return found


def _hedged_claims(text: str, patterns: _Patterns) -> tuple[frozenset[str], ...]:
    """The content words each hedge of a sourced sentence qualifies in its clause (see
    `_hedged_part`), without its source and the hedge itself: "The MAIB said it believed
    fatigue was a contributing factor" hedges "fatigue", "contributing", "factor"."""
    found = []
    for clause in _CLAUSE_BREAK.split(text):
        told = _told(_hedged_part(clause, patterns), patterns)
        hedge = patterns.hedges.search(told)
        if hedge is not None:
            found.append(
                frozenset(content_words(told[: hedge.start()] + " " + told[hedge.end() :]))
            )
    return tuple(found)


def _claim_words(text: str, patterns: _Patterns) -> frozenset[str]:
    """The content words of a sourced sentence outside the clauses that only name its source
    (", according to the regional health authority"), and outside the source a clause names
    before what it tells ("The company said it hoped to begin dosing patients in the third
    quarter" claims the dosing, not the company's saying): what it claims. The whole
    sentence's when that leaves nothing."""
    kept = [
        # Nor the verb by which its subject owns it: "believe" is no part of what is believed.
        clause[verb.end() :] if (verb := _owner_verb(clause, patterns)) else _told(clause, patterns)
        for clause in _CLAUSE_BREAK.split(text)
        if patterns.hedges.search(clause) is not None
        or (
            next(cited_sources(patterns.cues, clause), None) is None
            and patterns.unnamed.search(clause) is None
        )
    ]
    return frozenset(content_words(" ".join(kept) or text))


def _estimate_as_source(clause: str, patterns: _Patterns, last: bool = False) -> bool:
    """Whether the clause names an estimate as the source: a hedge in the few words after the
    cue that end it ("according to the airport's own modelling"); not a claim the cue goes on
    to hedge ("said the schedule could make it easier to roll out through pharmacies")."""
    cue = next(cited_sources(patterns.cues, clause), None)
    if cue is None:
        return False
    # After "said", the words are a claim: they hedge all the cue sources only when the claim
    # runs on past the clause ("said it expected capacity, measured in…, to grow"), not when
    # they end the sentence ("…, and Kessling said she expected a strong turnout").
    if last and _SOURCE_AFTER.fullmatch(cue.group()) is None:
        return False
    after = clause[cue.end() :]
    return len(after.split()) <= 5 and patterns.hedges.search(after) is not None


def _told(clause: str, patterns: _Patterns) -> str:
    """What a clause tells, without the source it names: the words after its cue when they
    are a claim of their own ("Investigators with the U.S. Chemical Safety Board said a
    preliminary review pointed to a failed valve"), those before it when the cue closes the
    clause ("…could rise, officials said"). A claim that shares only the source's name ("The
    U.S. Chemical Safety Board is sending six investigators") shares nothing it hedges."""
    cue = next(cited_sources(patterns.cues, clause), None)
    if cue is None:
        # "Investigators believe an emergency brake had been disabled": the subject that owns
        # the claim is its source, as a cue's is; its verb, a hedge, stays with the claim.
        verb = _owner_verb(clause, patterns)
        return clause if verb is None else clause[verb.start() :]
    after = clause[cue.end() :]
    return after if len(after.split()) > 5 else clause[: cue.start()]


def _owner_verb(clause: str, patterns: _Patterns) -> re.Match[str] | None:
    """The hedging verb by which a subject opening ``clause`` owns its claim ("Investigators
    believe…", "The agency estimated that…"), when a claim of more than five words follows."""
    owner = patterns.owned.match(clause)
    if owner is None:
        return None
    hedge = patterns.hedges.search(clause[: owner.end()])
    if hedge is None or hedge.end() != owner.end() or len(clause[hedge.end() :].split()) <= 5:
        return None
    return hedge


def _closing_estimate(text: str, patterns: _Patterns) -> bool:
    """Whether the sentence ends on a clause naming an estimate as its source, by a cue whose
    words after it name that source ("…will be lost during the strike, according to union
    estimates"): it hedges every clause before it, as a source closing a sentence sources
    them. Not a closing clause that tells a hedged claim of its own ("…, and officials said
    it could rise")."""
    *before, (last, start, _) = _clauses(text)
    cue = next(cited_sources(patterns.cues, text, start), None)
    return (
        bool(before)
        and cue is not None
        and _SOURCE_AFTER.fullmatch(cue.group()) is not None
        and _closes_sentence(text, cue)
        and _estimate_as_source(last, patterns)
    )


# A clause of fact a hedge's clause goes on to: "the filing had been expected since the
# company skipped a payment" hedges the filing, not the payment it was expected since.
_GROUNDS = re.compile(r"\s(?:since|because|after|following)\s", re.IGNORECASE)


# A verb coordinated with an earlier one, the hedge's: "said it had sent five investigators
# and expected to publish a report" hedges the report, not the investigators sent; nor does
# "spends $2 million a year on guards and had expected 90,000 visitors" hedge the spending.
_COORDINATED = re.compile(
    r"\s(?:and|but)\s+(?:(?:it|he|she|they|we)\s+)?(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?$"
)


def _hedged_start(clause: str, patterns: _Patterns) -> int:
    """Where, in ``clause``, the words a hedge in it covers start: at the hedge when it is the
    coordinated verb of an act told before it (see `_COORDINATED`), else at the clause's
    start."""
    hedge = patterns.hedges.search(clause)
    if hedge is None or _COORDINATED.search(clause, 0, hedge.start()) is None:
        return 0
    return hedge.start()


def _hedged_part(clause: str, patterns: _Patterns) -> str:
    """The words of a clause a hedge in it covers: all but a clause of fact after it (see
    `_GROUNDS`), and all but an act told before it when the hedge is its coordinated verb (see
    `_COORDINATED`)."""
    hedge = patterns.hedges.search(clause)
    if hedge is None:
        return clause
    grounds = _GROUNDS.search(clause, hedge.end())
    end = len(clause) if grounds is None else grounds.start()
    return clause[_hedged_start(clause, patterns) : end]


ClauseFigures = Callable[["_Sentence", "_Sentence", int, int], bool]


def _hedges_claim(
    patterns: _Patterns,
    figures_agree: ClauseFigures | None = None,
    figure_shared: ClauseFigures | None = None,
) -> Callable[[_Sentence, _Sentence], bool]:
    """Whether the sourced sentence leaves the claim to unnamed sources, or hedges it in a
    clause that holds some of the claim's words or in the clause that names its source: in
    "Northwind, which employs more than 35,000 people, is also in talks to acquire a German
    firm", the talks are hedged, not the staff. Not a clause whose figures ``figures_agree``
    (given the claim, the sourced sentence and the clause's offsets in it) finds none of the
    claim's: "could reduce services revenue by 4% to 6%" hedges no "$307 billion in
    revenue"."""

    def accept(claim: _Sentence, sourced: _Sentence) -> bool:
        if patterns.unnamed.search(sourced.text) is not None:
            return True
        if claim.intent:
            return False  # "Halvorsen plans to cut 500 jobs": its own word, as "…, it said"
        words = set(claim.words.split())
        if _told_before_the_hedged(words, sourced.text, patterns):
            return False
        if any(
            (hedge := patterns.hedges.search(clause)) is not None
            and not _denies(claim.text, hedge)
            and not _sourced_after_only(sourced.text, start, end, patterns)
            and (
                (
                    (
                        not words.isdisjoint(
                            content_words(_told(_hedged_part(clause, patterns), patterns))
                        )
                        # "The agency estimated that some 410,000 patients…": the figure the
                        # claim prints, opening what is estimated, is what it shares.
                        or (
                            figure_shared is not None
                            and (that := _ESTIMATE_OPENS.match(clause, hedge.end())) is not None
                            and _ESTIMATED_THAT.search(clause, 0, that.end()) is not None
                            and figure_shared(
                                claim, sourced, start + that.start(), start + that.end() + 1
                            )
                        )
                    )
                    and _shares_hedged(
                        words, _told(_hedged_part(clause, patterns), patterns), patterns
                    )
                )
                # A source that is itself an estimate hedges all it sources: "…, according to
                # the airport's own modelling".
                or _estimate_as_source(clause, patterns, end == len(sourced.text))
            )
            # The figures of the act a coordinated hedge follows are told as fact: they
            # weigh as the clause's before the hedge (see `_clause_figures_agree`).
            and (
                figures_agree is None
                or figures_agree(claim, sourced, start + _hedged_start(clause, patterns), end)
            )
            for clause, start, end in _clauses(sourced.text)
        ):
            return True
        # A side's case at law, stated as what was done: the clause it tells, not one of its
        # own after it ("…, and they have until Friday to file a challenge" is the calendar).
        case = None if patterns.party_case is None else patterns.party_case.search(sourced.text)
        if case is not None:
            after = NEXT_CLAUSE.search(sourced.text, case.end())
            # "…, and she hid the rest in offshore accounts": another past act of the accused,
            # with no cue of its own, is still the side's case.
            while after is not None and _CASE_GOES_ON.match(sourced.text, after.start()):
                if next(cited_sources(patterns.cues, sourced.text[after.end() :]), None):
                    break
                after = NEXT_CLAUSE.search(sourced.text, after.end())
            cut = len(sourced.text) if after is None else after.start()
            inside = words.intersection(content_words(sourced.text[:cut]))
            if inside and len(inside) >= len(words.intersection(content_words(sourced.text[cut:]))):
                return True
        if _accusation_told(claim, sourced, patterns):
            return True
        # A party's account of a cause, stated as the cause: both tell it ("was caused by");
        # an advocate's of a harm, stated as the harm ("has cost the sector").
        return any(
            party is not None
            and told is not None
            and party.search(sourced.text) is not None
            and told.search(claim.text) is not None
            for party, told in (
                (patterns.party_cause, patterns.causes),
                (patterns.party_harm, patterns.harms),
                (patterns.party_origin, patterns.origins),
            )
        )

    return accept


def _accusation_told(claim: _Sentence, sourced: _Sentence, patterns: _Patterns) -> bool:
    """Whether the claim tells flat, as its own main clause, the act a source in the sourced
    sentence accuses a party of (see `_accusation`): "Northstar failed to carry out proper
    welfare checks in more than half of the cases reviewed" against "Ofgem said the supplier had
    failed to carry out proper welfare checks in more than half of the cases it reviewed". The
    same act (its first word), two words at least of what it was done to or how (not the party
    alone: "The fund ignored complaints from members" is another act), and none of the words
    that name the source before the act (in "The panel's report details how Haldane shouted
    at…" the report is named, in other words)."""
    if patterns.accused is None:
        return False
    accusation = _accusation(sourced.text, patterns)
    flat = patterns.accused.match(claim.text)
    if accusation is None or flat is None:
        return False
    found, source_start, source_end = accusation
    if patterns.hedges.search(claim.text[: flat.end("act")]) is not None:
        return False  # "Northstar appears to have failed to…": hedged as the source's
    if not _told_flat(claim.text, flat, patterns) or not _party(found["accused"], patterns):
        return False
    source_text = sourced.text[source_start:source_end]
    if not _outside_accuser(source_text, found["accused"], patterns):
        return False
    if _told_before(claim, source_text, flat["accused"], patterns):
        return False
    accused = _APPOSITION_ASIDE.sub("", flat["accused"]).split()
    if _POSSESSIVE.sub("", accused[-1].lower()) in patterns.not_accused:
        return False
    if _stem(flat["act"].split()[0].lower()) != _stem(found["act"].split()[0].lower()):
        return False
    source = set(content_words(sourced.text[source_start:source_end]))
    if not source.isdisjoint(content_words(claim.text[: flat.start("act")])):
        return False
    told = set(content_words(_accused_told(sourced.text, found, source_start)))
    claim_told = set(content_words(_accused_told(claim.text, flat, len(claim.text))))
    # The same party accused, not the one it wronged: "The insurer ignored three warnings
    # from the fund" against "…said the fund had ignored three warnings from its insurer".
    if not told.isdisjoint(content_words(flat["accused"])) or not claim_told.isdisjoint(
        content_words(found["accused"])
    ):
        return False
    return len(set(claim.words.split()) & told) >= 2


# A name as the accused ("Northstar", "Majestic Arts Inc", "Bank of Leeds"), every word
# capitalised; "the" and a few words before a party's noun ("the Leeds supplier").
_NAME = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|&|for)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,5}")
_THE_NOUN = re.compile(r"[Tt]he\s+(?:[\w’'.&-]+\s+){0,2}(?P<noun>[\w’'-]+)")
_THE_PHRASE = re.compile(r"[Tt]he\s+(?:[\w’'.&-]+\s+){0,5}[\w’'.&-]+")
# Words that tell a finding, an admission or a denial in the flat sentence: "Leaked emails
# show the bank misled…", "Northstar accepted it failed to…", "…, Mr Justice Cole held.".
_NOT_FLAT = re.compile(
    r"\b(?:found|finds|find|show|shows|showed|shown|held|ruled|rules|concluded|concludes"
    r"|revealed|reveals|confirmed|confirms|established|accepted|accepts|admitted|admits"
    r"|conceded|concedes|acknowledged|acknowledges|denied|denies|deny|disputes|disputed"
    r"|contests|contested|alleged|alleges|claimed|claims|accused|accuses)\b",
    re.IGNORECASE,
)


def _party(accused: str, patterns: _Patterns) -> bool:
    """Whether the accused is a party named as such: a name, a name in apposition ("the
    nonprofit that ran the theater, Majestic Arts Inc,"), or "the" and a few words before one
    of `parties`; not a thing or people at large ("fresh snow", "investors")."""
    aside = _APPOSITION_ASIDE.search(accused)
    core = accused[: aside.start()] if aside else accused
    core = _POSSESSIVE.sub("", core.strip())
    if aside is not None:
        named = aside.group().strip(" ,")
        if _NAME.fullmatch(named.rstrip(".")) is not None:
            return _THE_PHRASE.fullmatch(core) is not None or _NAME.fullmatch(core) is not None
    if _NAME.fullmatch(core) is not None and core.split()[0].lower() != "the":
        return True
    noun = _THE_NOUN.fullmatch(core)
    return noun is not None and noun["noun"].lower() in patterns.parties


def _told_flat(text: str, flat: re.Match[str], patterns: _Patterns) -> bool:
    """Whether the claim tells the act flat: its subject the party alone (see `_party`),
    directly before the act, no finding, admission or denial in it, no source closing it."""
    if _NOT_FLAT.search(text) is not None or list(cited_sources(patterns.cues, text)):
        return False
    return _party(flat["accused"], patterns)


def _outside_accuser(source: str, accused: str, patterns: _Patterns) -> bool:
    """Whether the words naming the source name an accuser from outside the party: no court
    (its finding is fact), none of the party's own side (`party_roles`, the party's own name
    or noun: "The club said in a statement…"), and a body that investigates or oversees
    (`accusers`) or a name ("Ofgem said…")."""
    words = _lower_words(source)
    if not words.isdisjoint(patterns.courts) or not words.isdisjoint(patterns.party_roles):
        return False
    if not set(content_words(source)).isdisjoint(content_words(_APPOSITION_ASIDE.sub("", accused))):
        return False
    if not words.isdisjoint(patterns.accusers):
        return True
    if not words.isdisjoint(patterns.parties):
        return False
    names = [
        word
        for word in re.findall(r"[\w’'-]+", source)
        if word[0].isupper() and word.lower() not in _SOURCE_OPENERS
    ]
    return bool(names)


# Capitalised words that name no one: a sentence's opening article or preposition.
_SOURCE_OPENERS = frozenset(
    ("the", "a", "an", "according", "to", "in", "on", "at", "by", "as", "but", "and", "also")
)


def _told_before(claim: _Sentence, source: str, accused: str, patterns: _Patterns) -> bool:
    """Whether the sentence before the claim names the accuser (one of `accusers`, or a
    name of the source's) and tells of what the claim tells, beyond the party: "The regulator
    reviewed 400 cases…. Northstar failed to carry out checks in half of the cases it
    reviewed." goes on with the regulator's account."""
    if not claim.previous:
        return False
    before = _lower_words(claim.previous)
    names = {
        word.lower()
        for word in re.findall(r"[\w’'-]+", source)
        if word[0].isupper() and word.lower() not in _SOURCE_OPENERS
    }
    if before.isdisjoint(patterns.accusers) and before.isdisjoint(names):
        return False
    shared = set(content_words(claim.previous)) & set(claim.words.split())
    return bool(shared - set(content_words(accused)))


def _accused_told(text: str, found: re.Match[str], source_start: int) -> str:
    """The words an accusation tells after its act, to the end of its clause or of the
    sentence, or to the source closing the sentence."""
    after = NEXT_CLAUSE.search(text, found.end())
    end = len(text) if after is None else after.start()
    return text[found.end() : source_start if source_start > found.end() else end]


# Where a sentence goes on to a clause with a subject of its own: "…at the plant, and the
# restart is expected to…", "…in March, but Halden says…". Not a verb coordinated with the
# first ("…, and will employ…"), which has no subject of its own.
_NEW_SUBJECT = re.compile(
    r",\s+(?i:and|but|while|whereas)\s+"
    r"(?=(?i:the|a|an|its|their|his|her|this|these|those|it|he|she|they|we)\b|[A-Z])"
)
_FIRST_CLAUSE_WORDS = 6  # words at least of a plain clause that tells a fact of its own


def _told_before_the_hedged(words: set[str], text: str, patterns: _Patterns) -> bool:
    """Whether the claim's ``words`` lie more in a sentence's opening clause of plain fact (no
    source, no hedge) than in the clause with a subject of its own that it goes on to (see
    `_NEW_SUBJECT`), which holds the hedge and its source: "The company still faces years of
    clean-up work at the old site, and the sale is expected to raise $2 billion, according
    to company estimates" hedges the sale, not the clean-up, however many words they share."""
    boundary = _NEW_SUBJECT.search(text)
    if boundary is None:
        return False
    first, rest = text[: boundary.start()], text[boundary.end() :]
    if (
        len(first.split()) < _FIRST_CLAUSE_WORDS
        or _CLAUSE_BREAK.search(first) is not None
        or patterns.hedges.search(first) is not None
        or next(cited_sources(patterns.cues, first), None) is not None
        or patterns.owned.search(first) is not None
        or patterns.hedges.search(rest) is None
    ):
        return False
    return len(words.intersection(content_words(first))) > len(
        words.intersection(content_words(rest))
    )


def _sourced_after_only(text: str, start: int, end: int, patterns: _Patterns) -> bool:
    """Whether the clause from ``start`` to ``end`` names no source while the sentence's first
    cue stands in a later clause that tells a claim of its own: in "The draft budget would cut
    the rebate to 9 cents, a measure the finance ministry says will save €640 million a year",
    the ministry sources the saving, not the cut. Not a cue closing the sentence ("…, the
    company said."), which sources every clause before it."""
    # "Analysts at Berenberg estimated the venture would need…", "Karen Voss, an analyst at
    # Riskline, estimated insured losses at…": its subject's view, an apposition aside.
    if (
        next(cited_sources(patterns.cues, text, start, end), None) is not None
        or patterns.owned.search(text[:end]) is not None
        or patterns.unnamed.search(text) is not None
    ):
        return False
    cue = next(cited_sources(patterns.cues, text), None)
    if cue is None or cue.start() < end or _closes_sentence(text, cue):
        return False
    told = _CLAUSE_BREAK.split(text[cue.end() :], maxsplit=1)[0]
    return len(told.split()) > 5 and (
        _APPOSITIVE_NOUN.match(_CLAUSE_BREAK.split(text[: cue.start()])[-1]) is not None
        or not _tells_circumstance(cue, told)
    )


# A noun in apposition to the clause before it, the object of what its cue tells: "…, a move
# its chief executive told staff on Monday reflected falling demand", "…, a cut doctors said
# during a protest on Friday puts patients at risk". Its cue cannot close the sentence (one
# says no "move"), so the words after it, however plain their verb, tell a claim.
_APPOSITIVE_NOUN = re.compile(
    r"\s*(?:a|an|the|this|one)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:move|plan|cut|cuts|decision|measure|step|proposal|change|policy|deal|figure|number"
    r"|rise|increase|reduction|closure|sale|target|scheme|reform|sign|blow|announcement|offer"
    r"|bid|warning|prospect)\s+(?!(?:said|says|told|tells)\b)",
    re.IGNORECASE,
)


# Words after a cue that tell when, where or how it was said, however long, not a claim: "…,
# the company said in a filing with the Securities and Exchange Commission."; no "that"
# opening a claim in them ("said on Tuesday that…"), only one of a relative clause after its
# noun ("in a memo that was seen by Reuters"); nor a verb of the claim told without "that"
# ("a decision its chief executive told staff on Monday would secure the company's future").
_FINITE = r"(?-i:will|would|could|may|might|can|should|must|is|are|was|were|has|had|have)\b"
_CIRCUMSTANCE = (
    r"\s+(?:in|on|at|after|before|during|following|while|when|as|via|through|from|late|early"
    r"|earlier|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b(?![^,;:]*\bthat\s+(?!(?:was|were|is|are|has|had|have)\b))"
    rf"(?:\b(?:that|which|who)\s+{_FINITE}|(?!\b{_FINITE})[^,;:])*"
)
_SAID_CIRCUMSTANCE = re.compile(_CIRCUMSTANCE, re.IGNORECASE)
# … after whom a "told" cue was said to: "…, Berg told reporters after the annual meeting."
# (up to three words, none opening what was told: "told reporters jobs would go in May").
_TOLD_CIRCUMSTANCE = re.compile(
    r"(?:\s+(?!(?:that|will|would|could|may|might|can|should|is|are|was|were|has|had|have)\b)"
    rf"[\w’'.&-]+){{0,3}}?{_CIRCUMSTANCE}",
    re.IGNORECASE,
)


def _tells_circumstance(cue: re.Match[str], told: str) -> bool:
    """Whether ``told``, the words after ``cue`` up to the next clause, tells only when, where,
    how or to whom it was said, as a cue closing its sentence does whatever its length: it
    sources the clauses before it."""
    tail = _TOLD_CIRCUMSTANCE if cue.group().lower().startswith("told") else _SAID_CIRCUMSTANCE
    return tail.fullmatch(told) is not None


def _shares_hedged(words: set[str], told: str, patterns: _Patterns) -> bool:
    """Whether the claim's words lie more in what the hedge in ``told`` qualifies than in a
    relative clause of fact before the hedge: "Freight forwarders said the surcharges that
    Halvorsen introduced last year to cover the extra fuel … are likely to remain in place"
    hedges their remaining, not their introduction ("Halvorsen added surcharges to cover part
    of the extra cost"), which it tells as fact."""
    hedge = patterns.hedges.search(told)
    if hedge is None:
        return True
    relatives = list(_RELATIVE.finditer(told, 0, hedge.start()))
    if not relatives:
        return True
    relative = relatives[-1]  # the clause the hedge's subject closes
    inside = words.intersection(content_words(told[relative.start() : hedge.start()]))
    outside = words.intersection(
        content_words(told[: relative.start()] + " " + told[hedge.start() :])
    )
    return len(outside) >= len(inside)


# A relative clause after its noun ("the surcharges that Halvorsen introduced"), not the
# "that" of a verb of saying opening what is told.
_RELATIVE = re.compile(r"(?<=\w)\s+(?:that|which|who)\s", re.IGNORECASE)


def _clauses(text: str) -> Iterator[tuple[str, int, int]]:
    """The clauses of ``text`` (see `_CLAUSE_BREAK`), each with where it starts and ends."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(text):
        yield text[start : found.start()], start, found.start()
        start = found.end()
    yield text[start:], start, len(text)


Anchor = tuple[str, int, str, int]  # article, sentence start, other article, sentence start


def _aligned(ctx: CheckContext, min_score: float) -> Iterator[tuple[Figure, Figure]]:
    """Each two figures the alignment pairs at ``min_score`` or more, both ways round."""
    for match in ctx.alignment.figures:
        if match.score >= min_score:
            a, b = ctx.figure(match.a), ctx.figure(match.b)
            yield a, b
            yield b, a


def _anchors(ctx: CheckContext, min_score: float) -> dict[Anchor, list[tuple[int, int]]]:
    """For each two sentences that print the same figure (aligned at ``min_score`` or more, of
    equal value and unit), where that figure starts in each."""
    found: dict[Anchor, list[tuple[int, int]]] = {}
    for a, b in _aligned(ctx, min_score):
        if (a.value, a.low, a.high, a.unit) != (b.value, b.low, b.high, b.unit):
            continue
        key = (a.article_id, a.sentence.start, b.article_id, b.sentence.start)
        found.setdefault(key, []).append((a.span.start, b.span.start))
    return found


Printed = dict[tuple[str, int], set[tuple[object, ...]]]


def _printed_figures(ctx: CheckContext, measures: bool = False) -> Printed:
    """The figures each sentence prints (value, ends and unit), by article and sentence start;
    with ``measures``, but those that describe a thing (see `_MODIFIER`)."""
    found: Printed = {}
    for extraction in ctx.extractions:
        for figure in extraction.figures:
            if measures and _MODIFIER.fullmatch(figure.text) is not None:
                continue
            key = (figure.value, figure.low, figure.high, figure.unit)
            found.setdefault((extraction.article_id, figure.sentence.start), set()).add(key)
    return found


def _same_figures(
    printed: Printed, article_id: str, measures: Printed | None = None
) -> Callable[[_Sentence, _Sentence], bool]:
    """Whether two sentences of an article may tell one claim, by their figures: not when each
    prints figures and they share none ("National starts will average between 235,000 and
    245,000 units" is not "Mah expects starts to ease to a range of 220,000 to 235,000
    units", though both tell of starts and units); nor when they share only a figure that, in
    the other, describes a thing (see `_MODIFIER`, ``measures`` the figures but those): "would
    see pay climb 25.2% across the life of a four-year contract" does not tell "The agreement
    will add $1.3 billion to labor costs over the four years"."""

    def accept(claim: _Sentence, other: _Sentence) -> bool:
        own = printed.get((article_id, claim.span.start))
        theirs = printed.get((article_id, other.span.start))
        if not own:
            return True
        if not theirs:
            # "The club has about £15m of headroom under the league's spending rules" is not
            # sourced by "Halvorsen insisted the club would stay within the league's spending
            # limits": a claim told by its figure is sourced by a sentence that prints one.
            return False
        if measures is not None:
            theirs = measures.get((article_id, other.span.start), set())
        return not own.isdisjoint(theirs)

    return accept


def _same_dates(
    accept: Callable[[_Sentence, _Sentence], bool],
) -> Callable[[_Sentence, _Sentence], bool]:
    """``accept``, and not a claim told by its date (see `numbers`) against a sentence of its
    article that prints none of its dates: "The fire will be fully contained by Sept. 5." is
    not sourced by "Containment stood at 27 percent on Tuesday, fire managers said", which
    shares its fire and its containment but not its date."""

    def dates(sentence: _Sentence) -> set[str]:
        return {word for word in sentence.numbers.split() if word.startswith("d")}

    def same(claim: _Sentence, other: _Sentence) -> bool:
        own = dates(claim)
        return accept(claim, other) and (not own or not own.isdisjoint(dates(other)))

    return same


Paired = set[tuple[str, int, str, int]]  # article, sentence start, other article, sentence start


def _paired_sentences(ctx: CheckContext, min_score: float) -> Paired:
    """Each two sentences of two articles whose figures the alignment pairs (at ``min_score``
    or more), whatever their values: sentences that tell of one measure."""
    return {
        (a.article_id, a.sentence.start, b.article_id, b.sentence.start)
        for a, b in _aligned(ctx, min_score)
    }


def _figures_agree(
    printed: Printed,
    paired: Paired,
    article_id: str,
    other_id: str,
    told_elsewhere: Callable[[_Sentence], bool] = lambda claim: False,
) -> Callable[[_Sentence, _Sentence], bool]:
    """Whether two sentences of two articles may tell one claim, by their figures: not when
    each prints figures and the alignment pairs none of one's with the other's. "Revenue rose
    to 4.28 billion euros, up 7.4% year on year" is not "Northwind now expects full-year
    operating profit of 1.45 billion to 1.60 billion euros", though both tell of euros and
    years. Nor when the other prints none and ``told_elsewhere`` finds the claim's figure told
    in another of its sentences: "The census cost $6.83 million, … with contributions from WWF
    Nepal" is the other article's "cost almost $7 million", not its "WWF Nepal … again expected
    to share the cost" of the next count."""

    def accept(claim: _Sentence, other: _Sentence) -> bool:
        if (other_id, other.span.start) not in printed:
            return (article_id, claim.span.start) not in printed or not told_elsewhere(claim)
        if (article_id, claim.span.start) not in printed:
            return True
        return (article_id, claim.span.start, other_id, other.span.start) in paired

    return accept


def _figure_told_elsewhere(
    starts: dict[str, list[int]], paired: PairedFigures, article_id: str, other_id: str
) -> Callable[[_Sentence], bool]:
    """Whether a figure in the claim's opening clause (its main claim, not an aside after a
    comma, nor a relative clause after its noun: "Dosing will begin in the third quarter in a
    study that will enroll 24 to 30 patients" tells the dosing) is one the alignment pairs
    with a figure of the other article."""
    theirs = {at for own, at, other, _ in paired if own == article_id and other == other_id}

    def told(claim: _Sentence) -> bool:
        found = _CLAUSE_BREAK.search(claim.text)
        cut = found.start() if found is not None else len(claim.text)
        relative = _RELATIVE_VERB.search(claim.text, 0, cut)
        end = claim.span.start + (relative.start() if relative is not None else cut)
        own = starts.get(article_id, [])
        return any(
            at in theirs for at in own[bisect_left(own, claim.span.start) : bisect_left(own, end)]
        )

    return told


# A relative clause with its verb, after its noun: "a study that will enroll…", "the plant,
# which has employed…". Not a verb of saying's "that" ("found that 24 people were…").
_RELATIVE_VERB = re.compile(
    r"(?<=\w)\s+(?:that|which|who)\s+(?:will|would|has|had|have|is|are|was|were|could|can|may)\b",
    re.IGNORECASE,
)


PairedFigures = set[tuple[str, int, str, int]]  # article, figure start, other article, start


def _figure_starts(
    ctx: CheckContext, min_score: float
) -> tuple[dict[str, list[int]], PairedFigures]:
    """Where each article's figures start, in order; and each two figures of two articles the
    alignment pairs (at ``min_score`` or more), by where they start."""
    starts = {
        extraction.article_id: sorted(figure.span.start for figure in extraction.figures)
        for extraction in ctx.extractions
    }
    found: PairedFigures = {
        (a.article_id, a.span.start, b.article_id, b.span.start)
        for a, b in _aligned(ctx, min_score)
    }
    return starts, found


# A figure that describes a thing, not a measure the sentence tells: "the 12-inch main".
_MODIFIER = re.compile(r"\S+-[a-z]+")


def _measure_starts(ctx: CheckContext) -> dict[str, list[int]]:
    """Where each article's figures start, in order, but for those that describe a thing (see
    `_MODIFIER`)."""
    return {
        extraction.article_id: sorted(
            figure.span.start
            for figure in extraction.figures
            if _MODIFIER.fullmatch(figure.text) is None
        )
        for extraction in ctx.extractions
    }


def _clause_figures_agree(
    starts: dict[str, list[int]],
    paired: PairedFigures,
    article_id: str,
    other_id: str,
    shared_only: bool = False,
) -> ClauseFigures:
    """Whether a clause of the other article's sentence (from ``start`` to ``end`` in it) may
    hedge the claim, by their figures: not when the clause's sentence of its own (between
    ", and", ", but", "; ") and the claim each print figures and the alignment pairs none of
    the one's with the other's, as `_figures_agree` for whole sentences. ("…is likely to cut
    its policy rate by 25 basis points, to 2.25%": the hedge's figures run past its comma.)
    With ``shared_only``: whether the clause itself prints a figure the alignment pairs with
    one of the claim's."""

    def within(article: str, low: int, high: int) -> list[int]:
        found = starts.get(article, [])
        return found[bisect_left(found, low) : bisect_left(found, high)]

    def pairs(own: list[int], theirs: list[int]) -> bool:
        return any((article_id, at, other_id, there) in paired for at in own for there in theirs)

    def accept(claim: _Sentence, sourced: _Sentence, start: int, end: int) -> bool:
        own = within(article_id, claim.span.start, claim.span.end)
        # "Earnings per share were $0.82, above the 79 cents analysts had expected": a hedge
        # whose own clause prints figures hedges those, not the claim's figure told as fact in
        # a clause before it.
        hedged = within(other_id, sourced.span.start + start, sourced.span.start + end)
        before = within(other_id, sourced.span.start, sourced.span.start + start)
        if own and hedged and not pairs(own, hedged) and pairs(own, before):
            return False
        # Nor the figure of a "with" clause after the hedge's: "analysts estimate the royalty
        # will bring in $41.7 million a year, with 40 percent earmarked for schools" hedges the
        # revenue, not the share the law sets aside.
        told_with = _WITH_AFTER.match(sourced.text, end)
        if own and hedged and told_with is not None and not pairs(own, hedged):
            after = within(other_id, sourced.span.start + end, sourced.span.start + told_with.end())
            if pairs(own, after):
                return False
        if shared_only:
            return any(
                (article_id, at, other_id, there) in paired
                and _predicate_shared(
                    claim.text[at - claim.span.start :],
                    sourced.text[there - sourced.span.start :],
                )
                for at in own
                for there in hedged
            )
        breaks = [found.span() for found in NEXT_CLAUSE.finditer(sourced.text)]
        start = max((after for before, after in breaks if before <= start), default=0)
        end = min((before for before, _ in breaks if before >= end), default=len(sourced.text))
        theirs = within(other_id, sourced.span.start + start, sourced.span.start + end)
        return not theirs or not own or pairs(own, theirs)

    return accept


# A "with" clause after a comma, up to the next break: a circumstance told as fact.
_WITH_AFTER = re.compile(r",\s+with\s[^,;:–—()]*", re.IGNORECASE)


def _clause_bounds(sentence: _Sentence, at: int) -> tuple[int, int]:
    """Where, in ``sentence``'s text, the clause that holds the text offset ``at`` starts and
    ends."""
    offset = at - sentence.span.start
    start = 0
    for end in [found.start() for found in _CLAUSE_BREAK.finditer(sentence.text)]:
        if offset <= end:
            break
        start = end + 1
    else:
        end = len(sentence.text)
    return start, end


def _clause_at(sentence: _Sentence, at: int) -> str:
    """The clause of ``sentence`` that holds the text offset ``at``."""
    start, end = _clause_bounds(sentence, at)
    return sentence.text[start:end]


def _anchor_holds(
    claim: _Sentence,
    sentence: _Sentence,
    figures: list[tuple[int, int]],
    params: SourceDroppedParams,
    patterns: _Patterns,
) -> bool:
    """Whether one of the figures two sentences share (its offsets in each) ties them to one
    claim: the clauses holding it share `anchored_words` content words; or the sourced clause
    hedges the figure and shares most of the claim's short clause (see `hedged_anchor_share`),
    or of the part of it that holds the figure (see `_PART_BREAK`): "A total of 4,200 planned
    operations were cancelled, along with…" and "Officials estimate that 4,200 planned
    operations and… were postponed"; "…a 12-day walkout that paralysed the port and cost the
    economy €1.2 billion" and "The association estimated that the stoppage cost the regional
    economy €1.2 billion"."""
    for own, other in figures:
        start, end = _clause_bounds(claim, own)
        claim_clause = claim.text[start:end]
        claim_words = set(content_words(claim_clause))
        sourced_clause = _clause_at(sentence, other)
        sourced_words = set(content_words(sourced_clause))
        together = claim_words & sourced_words
        if len(together) >= params.anchored_words:
            return True
        # "…, beating the 580 million euros analysts had forecast": a claim whose own clause
        # hedges the figure does not state it as fact.
        if patterns.hedges.search(claim_clause) is not None or (
            patterns.hedges.search(sourced_clause) is None
            and not _closing_estimate(sentence.text, patterns)
        ):
            continue
        part = _part_at(claim_clause, own - claim.span.start - start)
        part_words = set(content_words(part))
        # "Analysts estimated insured losses at about C$450 million": the estimate is of the
        # figure itself, so the figure, aligned, is the claim; one word of its measure shared
        # ("insured") ties "The storm caused about C$450 million in insured damage" to it.
        if together - _ROUNDING and _ESTIMATED_AT.search(
            sentence.text, 0, max(0, other - sentence.span.start)
        ):
            return True
        # "The agency estimated that some 410,000 patients take the drug": the figure opens
        # what is estimated, and the alignment, pairing it, says it counts what the claim's
        # does, in whatever words ("About 410,000 people take Cardivex").
        if _ESTIMATED_THAT.search(
            sentence.text, 0, max(0, other - sentence.span.start)
        ) and _predicate_shared(
            claim.text[own - claim.span.start :], sentence.text[other - sentence.span.start :]
        ):
            return True
        if any(
            len(words & sourced_words) >= max(2, math.ceil(params.hedged_anchor_share * len(words)))
            for words in (claim_words, part_words)
        ):
            return True
    return False


# An estimate verb whose object's figure follows "at", the figure next: "estimated insured
# losses at about", "put the cost at", "projected the deficit at". The figure is the estimate.
_ESTIMATED_AT = re.compile(
    r"\b(?:estimat(?:ed|es|e|ing)|project(?:ed|s|ing)|forecast(?:s|ing)?|reckon(?:ed|s)|"
    r"put(?:s|ting)?|peg(?:ged|s))\s+(?:[^\s,;:.]+\s+){0,5}?at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|up\s+to|as\s+much\s+as|"
    r"more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


# An estimate verb whose "that" opens a claim on the figure next: "estimated that some".
_ESTIMATED_THAT = re.compile(
    r"\b(?:estimat(?:ed|es|e)|reckon(?:ed|s))\s+that\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|up\s+to|as\s+many\s+as|"
    r"more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def _predicate_shared(claim_from: str, sourced_from: str) -> bool:
    """Whether two clauses, each from a figure the alignment pairs, may tell one thing of what
    it counts: not when each tells, in a passive after the figure's noun, a different thing
    done to it ("2,000 homes were damaged", "2,000 homes to be evacuated": two happenings).
    What the counted do ("patients use the inhaler", "people rely on it") is what the
    alignment pairs them for."""

    def rest(text: str) -> str:
        clause = _FIGURE_CLAUSE.match(text)
        figure = _FIGURE_NUMBER.search(clause.group() if clause else text)
        return text[figure.end() : clause.end()] if clause and figure else ""

    claim_rest, sourced_rest = rest(claim_from), rest(sourced_from)
    claim_done, sourced_done = _DONE_TO.match(claim_rest), _DONE_TO.match(sourced_rest)
    if claim_done is None or sourced_done is None:
        return True
    # "were destroyed in the fire", "were towed away after the fire": the happening is its verb.
    return _PREDICATE_ENDING.sub("", claim_done["done"].lower()) == _PREDICATE_ENDING.sub(
        "", sourced_done["done"].lower()
    )


# A clause from its figure: the figure, up to its clause's break.
_FIGURE_CLAUSE = re.compile(r"(?:[^,;:()–—]|[,.](?=\d))*")
_FIGURE_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
# A passive on the counted, after its noun: "homes were damaged", "homes to be evacuated".
_DONE_TO = re.compile(
    r"(?:\s+[\w’'-]+){1,4}?\s+(?:is|are|was|were|be|been|being|had\s+been|have\s+been)"
    r"\s+(?:[a-z]+ly\s+)?(?P<done>[a-z]+(?:ed|en))\b",
    re.IGNORECASE,
)
# A verb's endings, lighter than `_stem`'s: "take" and "taking" are one predicate.
_PREDICATE_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")


# What opens an estimate's "that" claim on its figure (see `_ESTIMATED_THAT`), the figure next.
_ESTIMATE_OPENS = re.compile(r"\s+that\s+", re.IGNORECASE)


# Words that round a figure, shared by two clauses without telling what it measures.
_ROUNDING = frozenset(
    content_words("roughly approximately nearly almost around about some close upwards estimated")
)


# Where a clause's part ends: its coordinated or relative verbs each tell a claim of their own
# ("…a walkout that paralysed the port and cost the economy €1.2 billion").
_PART_BREAK = re.compile(r"\s(?:and|but|that|which|who)\s", re.IGNORECASE)


def _part_at(clause: str, offset: int) -> str:
    """The part of ``clause`` (see `_PART_BREAK`) that holds its offset ``offset``."""
    start = 0
    for found in _PART_BREAK.finditer(clause):
        if found.start() >= offset:
            return clause[start : found.start()]
        start = found.end()
    return clause[start:]


def _anchored(
    claim: _Sentence,
    weighed: list[_Sentence],
    candidates: list[int],
    anchors: dict[Anchor, list[tuple[int, int]]],
    other_id: str,
    claim_article: str,
    params: SourceDroppedParams,
    accept: Callable[[_Sentence, _Sentence], bool],
    patterns: _Patterns,
) -> int | None:
    """The first of ``weighed`` that prints a figure of the claim's in a clause sharing
    `anchored_words` content words with the claim's clause of that figure: "China sales to fall
    about 15% for the full year" and "sales in China will fall about 15% this fiscal year", each
    in a sentence telling more; not "who died last year aged 91" beside a claim of its own."""
    for at in candidates:  # the weighed sentences printing a figure of the claim's, in order
        sentence = weighed[at]
        key = (claim_article, claim.span.start, other_id, sentence.span.start)
        figures = anchors.get(key, [])
        if _anchor_holds(claim, sentence, figures, params, patterns) and accept(claim, sentence):
            return at
    return None


# "A similar 8-escudo coin from a different wreck sold for $38,000": what the sentence sets
# apart, in its words, from the thing of the same name that another sentence tells of.
_ANOTHER = re.compile(
    r"\b(?:another|(?:a|an)\s+(?:different|separate|similar|comparable))"
    r"\s+(?P<thing>[\w’'-]+(?:\s+[\w’'-]+)?)",
    re.IGNORECASE,
)


_FIRST_CLAUSE_END = re.compile(r",\s|;|\s[—–-]\s")


def _tells_another(claim: _Sentence, other: _Sentence) -> bool:
    """Whether the claim tells of another thing than ``other`` does, by the same name: "A
    similar coin from a different wreck sold for $38,000" is no flat telling of "A single coin
    from the wreck could fetch as much as $45,000, according to appraisers", though the two
    share coin, wreck and auction. Not when ``other`` sets its thing apart too."""
    if _ANOTHER.search(other.text) is not None:
        return False
    theirs = set(other.words.split())
    # Only in the claim's own first clause: "will open a second plant in Ohio in 2027, in
    # addition to another plant in Texas" tells of the Ohio plant, the other one aside.
    first_clause = _FIRST_CLAUSE_END.search(claim.text)
    end = first_clause.start() if first_clause else len(claim.text)
    return any(
        theirs.intersection(content_words(found.group("thing")))
        for found in _ANOTHER.finditer(claim.text, 0, end)
    )


def _short_with_numbers(sentence: _Sentence, min_words: int) -> bool:
    """Whether a sentence that names no source is a claim by its numbers only: too few
    content words to weigh ("The waiting list will pass 16,000 by 2027": "waiting", "list",
    "pass"), but enough with its numbers of three digits or more, which a sentence telling
    another claim seldom prints as well. Longer claims are weighed by their words alone."""
    return (
        sentence.opening == sentence.words
        and not sentence.after_source
        and bool(sentence.numbers)
        and len(sentence.words.split())
        < min_words
        <= len(sentence.words.split()) + len(sentence.numbers.split())
    )


def _short_by_figure(sentence: _Sentence, min_words: int) -> bool:
    """Whether a sentence that names no source is too short to weigh by its words or its
    numbers (see `_short_with_numbers`), but tells a claim in two words or more: one a figure
    it prints may tie to another article's ("Prices will rise by 10% to 15% next year")."""
    size = len(sentence.words.split())
    return (
        sentence.opening == sentence.words
        and not sentence.after_source
        and size >= 2
        and size + len(sentence.numbers.split()) < min_words
    )


def _with_numbers(sentence: _Sentence) -> _Sentence:
    """The sentence with its numbers among its content words."""
    if not sentence.numbers:
        return sentence
    return replace(sentence, words=f"{sentence.words} {sentence.numbers}".strip())


# The finite verbs that, after an act's object, make it a reported clause's subject: "confirmed
# a woman had died", "reported a man was arrested" (see `acts`).
_CLAUSE_VERBS = (
    "had|has|have|was|were|is|are|would|will|could|can|may|might|should|must|did|does|died|dies"
)


def _expected_pattern(phrases: list[str]) -> re.Pattern[str]:
    """The passives of `told_as_expected`, and the participle of each in a "with" clause of its
    own, its noun before it: "The company has also applied for approval, with decisions
    expected in 2026" tells as expected what it tells of the future, as "decisions are expected
    in 2026" does. Not after a "will" of the sentence's own: "Most schools will remain open,
    with heads expected to prioritise pupils" states its forecast flat all the same."""
    passives = hedge_pattern(phrases)
    participles = sorted({words[1] for words in map(str.split, phrases) if words[0] == "been"})
    if not participles:
        return passives
    with_clause = (
        r"^(?:(?!\b(?:will|shall)\b).)*?\bwith\s+(?:[\w’'-]+\s+){1,4}?"
        r"(?:" + "|".join(map(re.escape, participles)) + r")\b"
    )
    return compile_built(rf"{passives.pattern}|{with_clause}", re.IGNORECASE | re.DOTALL)


# A party's position told as what it did: "Several African delegations pushed for a larger
# share" reports the delegations' case as theirs, as "Several African delegations argued
# that…" does. Its subject may take an aside first ("…, including Nigeria and Ghana, pushed").
_URGES = (
    r"(?:,[^,;:]{1,60},)?\s+(?:(?:had|have|has)\s+)?(?:pushed|pressed|called|lobbied|urged"
    r"|demanded|sought|campaigned|argued|asked|proposed|insisted|wanted)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?i:it|he|she|they|we|i|this|that)\b")
# A hedge that tells a party's case as what it urged, as `_URGES` tells it: not an allegation
# or an estimate ("alleged that the landlord had left 200 flats without heating"), which tells
# a happening the party's urging may only follow ("asked the council to act after…").
_ADVOCACY = re.compile(
    r"(?:argu|urg|call(?:s|ed|ing)?\s+for|push|press|demand|propos|contend|insist)",
    re.IGNORECASE,
)
# Where what is urged ends: a clause of its own after it ("demanded compensation after the
# company dumped waste", "pushed for the bond, which would add $60 a year").
_URGED_ENDS = re.compile(
    r"\s(?:after|following|because|since|when|while|before|until|as|which|that|who|where)\s"
    r"|(?<!\d),|,(?!\d)|[;:–—()]|\s-\s",
    re.IGNORECASE,
)
_URGED_OPENS = re.compile(r"\s+(?:for|that)\b", re.IGNORECASE)


def _party_urges(claim: _Sentence, sourced: _Sentence, patterns: _Patterns) -> bool:
    """Whether the claim's subject is the very party the sourced sentence gives the case of,
    before its hedge ("Several African delegations argued that…"), and the claim tells it
    urging or arguing (see `_URGES`) what the sourced sentence says it argued: the same
    party's case, told as its act, not a claim stated as fact. A subject of two words at
    least, no pronoun: "They" names no one. Only a hedge of advocacy (see `_ADVOCACY`), and
    only when the words the two share lie in what the claim says was urged, not in a clause
    after it (see `_URGED_ENDS`): that clause is told as fact."""
    hedge = patterns.hedges.search(sourced.text)
    if hedge is None or _ADVOCACY.match(hedge.group()) is None:
        return False
    subject = sourced.text[: hedge.start()].strip(" \"“‘'(")
    if (
        not 2 <= len(subject.split()) <= 6
        or _CLAUSE_BREAK.search(subject) is not None
        or _PRONOUN_SUBJECT.match(subject) is not None
    ):
        return False
    spelt = r"\s+".join(map(re.escape, subject.split()))
    urging = re.match(rf"\W*{spelt}{_URGES}", claim.text, re.IGNORECASE)
    if urging is None:
        return False
    after = claim.text[urging.end() :]
    opens = _URGED_OPENS.match(after)
    start = 0 if opens is None else opens.end()
    ends = _URGED_ENDS.search(after, start)
    urged = set(content_words(after[: None if ends is None else ends.start()]))
    told = sourced.text[hedge.end() :]
    told_ends = _CLAUSE_BREAK.search(told)
    argued = set(content_words(told[: None if told_ends is None else told_ends.start()]))
    shared = argued & set(content_words(after))
    inside = shared & urged
    # All but a stray word of what both tell lies in what is urged.
    return len(inside) >= 2 and len(shared - inside) * 4 <= len(shared)


def check(params: SourceDroppedParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return
    accusation, accused = _accusation_patterns(params)
    patterns = _Patterns(
        cues=_cues_pattern(params),
        # "declared a drought", "announced an inquiry": an indefinite object is a thing done,
        # not the start of a clause said ("said a review pointed to…" is not listed). Unless a
        # finite verb follows it in its clause: "Police confirmed a woman had died" reports.
        acts=compile_built(
            r"(?:" + "|".join(re.escape(act) for act in params.acts) + r")\s+(?:a|an)\s"
            rf"(?![^,;:.()—]*?\b(?:{_CLAUSE_VERBS})\b)",
            re.IGNORECASE,
        )
        if params.acts
        else None,
        hedges=_Hedges(
            hedge_pattern(params.hedges),
            _owned_pattern(params.estimate_verbs) if params.estimate_verbs else None,
            FirstWords(params.hedges),
            FirstWords(params.estimate_verbs),
        ),
        unnamed=phrase_pattern(params.unnamed_sources + params.unconfirmed),
        owned=_owned_pattern(
            params.claim_verbs, params.claim_subjects, params.reckonings, params.forecast_verbs
        ),
        intended=_owned_pattern(params.intent_verbs),
        expected=_expected_pattern(params.told_as_expected) if params.told_as_expected else None,
        party_cause=_party_cause_pattern(params),
        causes=phrase_pattern(params.causes) if params.causes else None,
        party_case=_party_case_pattern(params),
        party_harm=_party_harm_pattern(params),
        harms=phrase_pattern(params.harms) if params.harms else None,
        party_origin=_party_origin_pattern(params),
        origins=phrase_pattern(params.origins) if params.origins else None,
        accusation=accusation,
        accused=accused,
        not_accused=frozenset(noun.lower() for noun in params.not_accused),
        accusers=frozenset(noun.lower() for noun in params.accusers),
        courts=frozenset(noun.lower() for noun in params.courts),
        party_roles=frozenset(word.lower() for word in params.party_roles),
        parties=frozenset(noun.lower() for noun in params.parties),
        cue_words=FirstWords(params.attribution_cues + params.finding_verbs),
        owned_words=FirstWords(params.claim_verbs + params.forecast_verbs + params.reckonings),
        intended_words=FirstWords(params.intent_verbs),
        unnamed_words=FirstWords(params.unnamed_sources + params.unconfirmed),
    )
    sentences = {
        extraction.article_id: _sentences(ctx.article(extraction.article_id), extraction, patterns)
        for extraction in ctx.extractions
    }
    anchors = _anchors(ctx, params.anchor_score)
    printed = _printed_figures(ctx)
    measured = _printed_figures(ctx, measures=True)
    paired = _paired_sentences(ctx, params.anchor_score)
    figures, paired_figures = _figure_starts(ctx, params.anchor_score)
    measures = _measure_starts(ctx)
    # For each sentence, the other article's sentences it shares a figure with.
    anchored_to: dict[tuple[str, int, str], list[int]] = {}
    for own_article, start, other_article, other_start in anchors:
        anchored_to.setdefault((own_article, start, other_article), []).append(other_start)
    # The sentences that share a figure with another article's, looked up once each: a scan
    # of all anchors per sentence grew with the square of a long article.
    anchored = {(own_article, start) for own_article, start, _, _ in anchors}
    positions: dict[str, dict[int, int]] = {}
    for article_id, own in sentences.items():
        claims = [
            sentence
            for sentence in own
            if sentence.opening is not None
            and not sentence.after_source
            and len(sentence.opening.split()) >= params.min_words
        ]
        # A sentence whose cue sources a later clause only is weighed by its opening.
        claims = [
            claim if claim.opening == claim.words else replace(claim, words=claim.opening)
            for claim in claims
            if claim.opening is not None  # (for the type checker)
        ] + [
            _with_numbers(sentence)
            for sentence in own
            if _short_with_numbers(sentence, params.min_words)
        ]
        # A claim of too few words told by a figure another article prints too ("Prices will
        # rise by 10% to 15% next year"): weighed by that figure only (see `_anchored`), as
        # its few words alone would be held by many a sentence.
        by_figure = {
            sentence.span.start
            for sentence in own
            if _short_by_figure(sentence, params.min_words)
            and (article_id, sentence.span.start) in anchored
        }
        claims += [sentence for sentence in own if sentence.span.start in by_figure]
        claims.sort(key=lambda claim: claim.span.start)
        # A claim the article itself sources elsewhere ("…, the company said" two paragraphs
        # on) is sourced: a flat lede is how news opens.
        # (Not one whose cue sources a later clause only: it would hold its own claim.)
        sourced_here = [
            _with_numbers(sentence)
            for sentence in own
            if sentence.sourced and sentence.opening is None
        ]
        claims = [
            claim
            for claim, elsewhere in zip(
                claims,
                _holding(
                    claims,
                    sourced_here,
                    params,
                    _same_dates(_same_figures(printed, article_id, measured)),
                ),
                strict=True,
            )
            if elsewhere is None
        ]
        for other_id, theirs in sentences.items():
            if other_id == article_id or not claims:
                continue
            weighed = [_with_numbers(sentence) for sentence in theirs if sentence.weighed]
            unmatched = []
            hedged, agree = (
                _hedges_claim(
                    patterns,
                    _clause_figures_agree(figures, paired_figures, article_id, other_id),
                    _clause_figures_agree(
                        figures, paired_figures, article_id, other_id, shared_only=True
                    ),
                ),
                _figures_agree(
                    printed,
                    paired,
                    article_id,
                    other_id,
                    # "The leak came from a corroded joint on the 12-inch main": the main's
                    # size, told elsewhere too, is not the claim.
                    _figure_told_elsewhere(measures, paired_figures, article_id, other_id),
                ),
            )

            def accept(claim: _Sentence, other: _Sentence) -> bool:
                return (
                    hedged(claim, other)  # noqa: B023 - used now
                    and agree(claim, other)  # noqa: B023 - used now
                    and not _tells_another(claim, other)
                    and not _party_urges(claim, other, patterns)
                )

            held = _holding(claims, weighed, params, accept, at_least=3)
            held = [
                None if claim.span.start in by_figure else at
                for claim, at in zip(claims, held, strict=True)
            ]
            for claim, at in zip(claims, held, strict=True):
                if at is None and anchors:
                    # Sentences that tell more than one claim each ("…, as Chinese brands
                    # continue to cut prices") share too few words for the test above, but
                    # the same figure in both says which claim they share.
                    if other_id not in positions:
                        positions[other_id] = {
                            sentence.span.start: k
                            for k, sentence in reversed(list(enumerate(weighed)))
                        }
                    position = positions[other_id]
                    candidates = sorted(
                        position[start]
                        for start in anchored_to.get((article_id, claim.span.start, other_id), ())
                        if start in position
                    )
                    at = _anchored(
                        claim, weighed, candidates, anchors, other_id, article_id, params, accept,
                        patterns,
                    ) if candidates else None  # fmt: skip
                if at is None:
                    unmatched.append(claim)
                    continue
                yield Hit(
                    evidence=((article_id, claim.span), (other_id, weighed[at].span)),
                    values={
                        "article": ctx.label(article_id),
                        "other": ctx.label(other_id),
                        "sentence": claim.text,
                        "sourced": weighed[at].text,
                    },
                )
            claims = unmatched  # one finding a sentence, with the first article that sources it


KIND = RuleKind(
    name="source_dropped",
    params=SourceDroppedParams,
    check=check,
    placeholders=("article", "other", "sentence", "sourced"),
    cross_article=True,
    summary="A claim another article hedges or leaves to unnamed sources, stated as fact.",
)
