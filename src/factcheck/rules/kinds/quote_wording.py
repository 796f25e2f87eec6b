"""Quote worded differently: the same quote sentence, printed with other words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field, model_validator

from factcheck.align.diff import contracted_apart, describe, same_wording, wording
from factcheck.models import DiffOp, QuoteRef, WordDiff
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class QuoteWordingParams(Params):
    min_score: float = Field(60, ge=0, le=100, description="Below this, not the same quote.")
    paraphrase_below: float = Field(
        85, ge=0, le=100, description="Below this the pair is a paraphrase, above a rewording."
    )
    verbatim_min: float = Field(
        100, ge=0, le=100, description="At or above this (punctuation and case aside), verbatim."
    )
    ignore_trimmed: bool = Field(
        True, description="Do not flag a quote that only leaves out words at its start or end."
    )

    @model_validator(mode="after")
    def _ordered_bands(self) -> QuoteWordingParams:
        if not self.min_score <= self.paraphrase_below <= self.verbatim_min:
            raise ValueError("bands must satisfy min_score <= paraphrase_below <= verbatim_min")
        return self


Edges = tuple[bool, bool]

# Words that qualify or deny what follows them: a quote that opens on one where the other
# article's opens just after ("Nearly every one of these branches was losing money" and
# "every one of these branches was losing money") says another thing, not less of the same.
_QUALIFIERS = frozenset(
    "nearly almost virtually practically barely hardly scarcely only not never no none nobody "
    "nothing perhaps maybe possibly probably mostly largely partly partially".split()
)
# Words that qualify only an amount ("about 40% of branches", "just a third"); before other
# words they are another sense ("This is about making sure …", "just as"), and a quote may
# open after them.
_APPROXIMATORS = frozenset("roughly approximately about around just some".split())
_AMOUNT = re.compile(
    r"\d|(?:a|an|one|half|every|each|all|most|many|few|several|twice|double|triple|dozens?"
    r"|hundreds?|thousands?|millions?|billions?)\b"
)


def _qualifies(words: str, then: str = "") -> bool:
    """Whether the last of the words left off where a quote opens qualifies what follows, the
    quote's first word ``then`` (see `_APPROXIMATORS`)."""
    last = wording(words).split()[-1:]
    if not last:
        return False
    return last[0] in _QUALIFIERS or (
        last[0] in _APPROXIMATORS and _AMOUNT.match(wording(then)) is not None
    )


def is_trimmed(diff: list[WordDiff], edges_a: Edges = (True, True),
               edges_b: Edges = (True, True)) -> bool:  # fmt: skip
    """Only words added or left out at the ends: one outlet quoted less of the sentence.

    ``edges_a``/``edges_b`` say whether each sentence opens and closes its quote. A sentence
    may only be cut where its quote is: “We are well positioned now.” followed by more of the
    quote presents a shortened sentence as whole, which is an alteration, not a trim."""
    changes = [i for i, d in enumerate(diff) if d.op is not DiffOp.EQUAL]
    # DELETE: words of a that b leaves out, so b is the shorter; INSERT: a is.
    return (
        bool(changes)
        and not _clauses_swapped(diff)
        and all(_trim_at(diff, i, edges_a, edges_b) for i in changes)
    )


def _trim_at(diff: list[WordDiff], i: int, edges_a: Edges, edges_b: Edges) -> bool:
    """Whether change ``i`` of the diff is a trim: words one quote has past the other's end,
    where the shorter quote opens or closes."""
    if diff[i].op not in (DiffOp.INSERT, DiffOp.DELETE) or i not in (0, len(diff) - 1):
        return False
    opens, closes = edges_b if diff[i].op is DiffOp.DELETE else edges_a
    if i == 0 and len(diff) > 1:
        return opens and not _qualifies(diff[i].a or diff[i].b, diff[1].a or diff[1].b)
    return closes


def cut_from(a: str, b: str, edges_a: Edges, edges_b: Edges) -> bool:
    """Whether one sentence is a stretch of the other's words, cut where the shorter one's
    quote opens or closes: the word diff may line a repeated word up with the wrong one ("We
    accept the conditions and we are ready to get on with it" and "We are ready to get on with
    it" show as words cut from the middle)."""
    words_a, words_b = wording(a).split(), wording(b).split()
    if len(words_a) == len(words_b):
        return False
    (longer, shorter), edges = (
        ((words_a, words_b), edges_b)
        if len(words_a) > len(words_b)
        else ((words_b, words_a), edges_a)
    )
    size = len(shorter)
    for at in range(len(longer) - size + 1):
        if longer[at : at + size] == shorter:
            opens, closes = edges
            if (at == 0 or (opens and not _qualifies(longer[at - 1], shorter[0]))) and (
                at + size == len(longer) or closes
            ):
                return True
    return False


# Words that open a condition or an exception: a quote cut just past such a clause ("If
# emissions are not cut sharply, most of these glaciers will be gone" printed as "Most of
# these glaciers will be gone") states as certain what its speaker made conditional.
_CONDITIONS = frozenset(
    "if unless without except provided providing barring absent assuming until".split()
)
_NEGATIONS = frozenset("not no never nor neither none nobody nothing cannot".split())
# Where a clause that stands on its own ends: a sentence's end, or a semicolon or a colon
# ("Collectors are not buying decoration; they are buying history" cut to its second clause
# keeps a claim of its own).
_CLAUSE_END = re.compile(r"(?<=[.!?;:])[’”\"']?\s+")


def _clause_starts(text: str) -> list[int]:
    """The word positions (in `wording`'s words) where the clauses of ``text`` open."""
    starts, count = [0], 0
    for clause in _CLAUSE_END.split(text):
        count += len(wording(clause).split())
        starts.append(count)
    return starts


# What opens a limit on a claim at its end: "…, as long as the rains come", "…, within the
# limits of what our rivers can give", "…, unless the council finds the money". Not a bare
# "if" or "until" ("…tomorrow if we had the people", "…that much until I saw the numbers"):
# testers read a quote closed before one as shortened, the claim's reason or time left off.
_LIMITS = (
    ("unless",), ("except",), ("provided",), ("providing",), ("barring",),
    ("as", "long", "as"), ("so", "long", "as"), ("only", "if"), ("only", "when"),
    ("subject", "to"), ("on", "condition"), ("within", "the", "limits"),
)  # fmt: skip


# Limit words that are no limit by what follows them: a claim stressed ("as long as it
# takes", "as long as necessary"), a participle with its object ("providing a hot dinner").
_NO_LIMIT_AFTER = {
    ("as", "long", "as"): frozenset("it necessary needed possible".split()),
    ("so", "long", "as"): frozenset("it necessary needed possible".split()),
    ("providing",): frozenset("a an every more free".split()),
    ("provided",): frozenset("a an every more free".split()),
}


def _opens_condition(words: list[str]) -> bool:
    for phrase in _LIMITS:
        if tuple(words[: len(phrase)]) == phrase:
            after = words[len(phrase) : len(phrase) + 1]
            return not (after and after[0] in _NO_LIMIT_AFTER.get(phrase, ()))
    return False


def _denies(words: list[str]) -> bool:
    return any(word in _NEGATIONS or word.endswith("n't") for word in words)


def cut_changes_meaning(a: str, b: str) -> bool:
    """Whether one quote is the other's words cut inside a clause, presented as opening a
    sentence (a capital where the other's word went on from words before it), where the words
    left off open a condition or deny what is kept: "If emissions are not cut sharply, most of
    these glaciers will be gone" printed as "Most of these glaciers will be gone". What is left
    is no shorter version of the same claim but an unconditional one. Cutting whole sentences
    (or clauses after a semicolon) away changes none; nor does a fragment quoted inside the
    writer's own words ("said it could “prevent tens of thousands of admissions”"), whose
    sentence may carry the condition. A cut at the end leaves the claim as made, only less of
    it ("We could fill another 4,000 positions tomorrow [if we had the people]"), unless what
    is cut limits the claim: "…will continue to do so, within the limits of what our rivers
    can give", "…every hour, as long as the weather holds" printed without their last words
    make a promise their speaker did not."""
    words_a, words_b = wording(a).split(), wording(b).split()
    if len(words_a) == len(words_b) or not words_a or not words_b:
        return False
    longer, shorter, text, cut = (
        (words_a, words_b, a, b) if len(words_a) > len(words_b) else (words_b, words_a, b, a)
    )
    if not cut.lstrip(" ‘“\"'(").startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return False
    size = len(shorter)
    starts = _clause_starts(text)
    if longer[:size] == shorter and size not in starts:
        return _opens_condition(longer[size:])
    for at in range(1, len(longer) - size + 1):
        if longer[at : at + size] != shorter:
            continue
        if at in starts:
            return False
        lead = longer[max(i for i in starts if i < at) : at]
        return lead[0] in _CONDITIONS or _denies(lead[-3:])
    return False


def untrimmed(diff: list[WordDiff], edges_a: Edges, edges_b: Edges) -> list[WordDiff]:
    """The diff without its trims: what a message lists as changed in a quote that one outlet
    also cut short ("−“and we have done it…”" is no change of wording)."""
    if _clauses_swapped(diff):
        return diff
    return [d for i, d in enumerate(diff) if not _trim_at(diff, i, edges_a, edges_b)]


# Words that join two clauses, which a writer moves with the clause swapped round.
_JOINERS = frozenset(("and", "but", "so", "while", "as"))


def _clauses_swapped(diff: list[WordDiff]) -> bool:
    """Whether the words one quote has before the other's start are the words the other has
    past its end: two clauses swapped round ("The state will not leave Ventura County … , and
    federal help is on its way" and "Federal help is on its way, and the state will not …"),
    no trim at either end."""
    if len(diff) < 3:
        return False
    first, last = diff[0], diff[-1]
    ends = {first.op, last.op}
    if ends != {DiffOp.INSERT, DiffOp.DELETE}:
        return False
    moved_in = first.b or last.b
    moved_out = first.a or last.a
    words_in = [w for w in wording(moved_in).split() if w not in _JOINERS]
    words_out = [w for w in wording(moved_out).split() if w not in _JOINERS]
    return len(words_in) >= 3 and sorted(words_in) == sorted(words_out)


_ELLIPSES = ("…", "...", ". . .")
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")


def elided_from(a: str, b: str, edges_a: Edges, edges_b: Edges) -> bool:
    """Whether one sentence is the other's words with a cut marked by an ellipsis inside it
    (“people who are already struggling … to bail out”), either trimmed only where it may be
    (see `cut_from`): an ellipsis owns up to the words it leaves out."""
    for whole, cut, edges_whole, edges_cut in ((a, b, edges_a, edges_b), (b, a, edges_b, edges_a)):
        if not any(mark in cut for mark in _ELLIPSES):
            continue
        words = wording(whole).split()
        pieces = [piece for piece in (wording(part).split() for part in _ELLIPSIS.split(cut))
                  if piece]  # fmt: skip
        if len(pieces) < 2 or not words:
            continue
        if edges_whole[0]:
            # The whole one's quote may open later: “asking people who …” for “Labour are
            # asking people who … to bail out”.
            pieces[0] = _overlap_start(pieces[0], words)
        if edges_whole[1]:
            pieces[-1] = _overlap_end(pieces[-1], words)
        at = 0
        for index, piece in enumerate(pieces):
            found = _find_run(words, piece, at)
            if found is None or (index == 0 and found > 0 and not edges_cut[0]):
                break
            at = found + len(piece)
        else:
            if at == len(words) or edges_cut[1]:
                return True
    return False


def _overlap_start(piece: list[str], words: list[str]) -> list[str]:
    """``piece`` without the words before where ``words`` open, when ``words`` open inside it."""
    for skip in range(1, len(piece)):
        if words[: len(piece) - skip] == piece[skip:]:
            return piece[skip:]
    return piece


def _overlap_end(piece: list[str], words: list[str]) -> list[str]:
    """``piece`` without the words after where ``words`` close, when they close inside it."""
    for keep in range(len(piece) - 1, 0, -1):
        if words[-keep:] == piece[:keep]:
            return piece[:keep]
    return piece


def _find_run(words: list[str], run: list[str], start: int) -> int | None:
    """Where ``run`` first occurs in ``words`` at or after ``start``."""
    for at in range(start, len(words) - len(run) + 1):
        if words[at : at + len(run)] == run:
            return at
    return None


def _with_rest(ctx: CheckContext, ref: QuoteRef) -> str:
    """The sentence and the sentences of its quote after it."""
    sentences = ctx.quote(ref.quote_id).sentences[ref.sentence_index :]
    return " ".join(sentence.text for sentence in sentences) or ref.text


def elided_across(ctx: CheckContext, a: QuoteRef, b: QuoteRef, edges_a: Edges,
                  edges_b: Edges) -> bool:  # fmt: skip
    """Whether one sentence joins the other's sentence to the next ones of its quote with an
    ellipsis, their words intact: “Fraud is not a victimless crime ... every pound stolen is a
    pound taken from a pensioner” for “Fraud is not a victimless crime. Every pound stolen is
    a pound taken from a pensioner.”, lined up by its first sentence alone."""
    for whole, cut, edges_whole, edges_cut in ((a, b, edges_a, edges_b), (b, a, edges_b, edges_a)):
        if edges_whole[1] or not any(mark in cut.text for mark in _ELLIPSES):
            continue
        rest = _with_rest(ctx, whole)
        if rest != whole.text and elided_from(rest, cut.text, (edges_whole[0], True), edges_cut):
            return True
    return False


def _edges(ctx: CheckContext, ref: QuoteRef) -> Edges:
    """Whether the sentence may be trimmed where it opens and where it closes: at its quote's
    own edges, or where an ellipsis marks the cut (“We are well positioned now … We…”)."""
    last = len(ctx.quote(ref.quote_id).sentences) - 1
    text = ref.text.strip(" \"“”'‘’,")
    return (
        ref.sentence_index == 0 or text.startswith(_ELLIPSES),
        ref.sentence_index == last or text.endswith(_ELLIPSES),
    )


# Said after the changes when one outlet only wrote out what the other contracts: still
# words changed inside quote marks, but a reader weighs it apart from a word replaced.
CONTRACTIONS_ONLY = " (contractions only)"


def _contractions_only(changed: list[WordDiff]) -> bool:
    changes = [change for change in changed if change.op is not DiffOp.EQUAL]
    return bool(changes) and all(
        change.op is DiffOp.REPLACE and contracted_apart(change.a, change.b) for change in changes
    )


def check(params: QuoteWordingParams, ctx: CheckContext) -> Iterator[Hit]:
    for match in ctx.alignment.quotes:
        if match.score < params.min_score or match.score >= params.verbatim_min:
            continue
        if same_wording(match.a.text, match.b.text):
            continue
        edges_a, edges_b = _edges(ctx, match.a), _edges(ctx, match.b)
        forgives_cuts = params.ignore_trimmed and not cut_changes_meaning(
            match.a.text, match.b.text
        )
        if forgives_cuts and (
            is_trimmed(match.diff, edges_a, edges_b)
            or cut_from(match.a.text, match.b.text, edges_a, edges_b)
            or elided_from(match.a.text, match.b.text, edges_a, edges_b)
            or elided_across(ctx, match.a, match.b, edges_a, edges_b)
        ):
            continue
        changed = untrimmed(match.diff, edges_a, edges_b) if forgives_cuts else match.diff
        band = "paraphrased" if match.score < params.paraphrase_below else "reworded"
        yield Hit(
            evidence=((match.a.article_id, match.a.span), (match.b.article_id, match.b.span)),
            values={
                "article_a": ctx.label(match.a.article_id),
                "article_b": ctx.label(match.b.article_id),
                "quote_a": match.a.text,
                "quote_b": match.b.text,
                "score": f"{match.score:g}",
                "band": band,
                "changes": describe(changed)
                + (CONTRACTIONS_ONLY if _contractions_only(changed) else ""),
            },
            diff=match.diff,
        )


KIND = RuleKind(
    name="quote_wording",
    params=QuoteWordingParams,
    check=check,
    placeholders=("article_a", "article_b", "quote_a", "quote_b", "score", "band", "changes"),
    cross_article=True,
    summary="The same quote is worded differently in two articles.",
    aligns="quotes",
)
