"""Line up quote sentences across two articles: a one-to-one assignment by best score."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from factcheck.align.assign import nearest_of, one_to_one
from factcheck.align.diff import fold, word_diff
from factcheck.models import (
    Extraction,
    Quote,
    QuoteKind,
    QuoteMatch,
    QuoteRef,
    SpeakerKind,
    unaccented,
)

# A partial quote this long is a clause of someone's words (“a soft landing rather than a
# slump”), worth lining up across articles; shorter ones are scare quotes and stock phrases
# (“unacceptable”, “a great day”) that many speakers share.
MIN_PARTIAL_WORDS = 6


def quote_refs(extraction: Extraction) -> list[QuoteRef]:
    """The units compared across articles: every sentence of every full quote, and each
    partial quote of a clause's length, whole, as its quote's one sentence (so a stretch of
    a longer quote reads as trimmed at both ends, not reworded)."""
    refs: list[QuoteRef] = []
    for quote in extraction.quotes:
        if quote.kind is not QuoteKind.FULL and not _clause_long(quote.text):
            continue
        refs.extend(
            _sentence_ref(extraction.article_id, quote, index)
            for index in range(len(quote.sentences))
        )
    return refs


def _sentence_ref(article_id: str, quote: Quote, index: int) -> QuoteRef:
    sentence = quote.sentences[index]
    return QuoteRef(
        article_id=article_id,
        quote_id=quote.id,
        sentence_index=index,
        text=sentence.text,
        span=sentence.span,
    )


def _clause_long(text: str) -> bool:
    # Split at most MIN_PARTIAL_WORDS times: only "this long or not" matters.
    return len(text.split(None, MIN_PARTIAL_WORDS)) >= MIN_PARTIAL_WORDS


# A quote that one outlet trims (“We're between two major growth waves”) is still the same
# quote as the longer one: containment counts, a little below an equal-length match.
CONTAINMENT_WEIGHT = 0.95
MIN_CONTAINED_WORDS = 5
MIN_CONTAINMENT = 90  # below this, partial similarity is chance overlap, not a trimmed quote


MIN_SHARED_WORDS = 0.8  # containment needs most of the shorter sentence's words in the longer


def _contained(a: str, b: str) -> float:
    """Containment score of the shorter sentence in the longer, 0 when it is not contained."""
    if min(a.count(" "), b.count(" ")) + 1 < MIN_CONTAINED_WORDS:
        return 0.0
    return fuzz.partial_ratio(a, b, score_cutoff=MIN_CONTAINMENT) * CONTAINMENT_WEIGHT


# A quote with words cut from its middle (“And as we were tackling this problem so that we
# would not…”) keeps the rest of the sentence's words in order: the same quote, altered.
CUT_WEIGHT = 0.9
MIN_KEPT_IN_ORDER = 0.9  # the shorter sentence's words found, in order, in the longer


def _cut(a: str, b: str) -> float:
    """Score of the shorter sentence as the longer with words cut out, 0 when it is not."""
    words_a, words_b = a.split(), b.split()
    shorter = min(len(words_a), len(words_b))
    if shorter < MIN_CONTAINED_WORDS:
        return 0.0
    kept = LCSseq.similarity(words_a, words_b) / shorter
    return kept * 100 * CUT_WEIGHT if kept >= MIN_KEPT_IN_ORDER else 0.0


# A quote whose clauses one outlet prints the other way round (“This is not the outcome we
# wanted, and we will find out exactly what went wrong” and “We will find out exactly what
# went wrong, and this is not the outcome we wanted”) has the same words, out of order.
REORDERED_WEIGHT = 0.9
MIN_REORDERED = 90  # words this alike, order aside: below it, two sentences on one theme
MAX_REORDERED_WORDS_APART = 1  # "so I can't be disappointed" / "I can't be disappointed, I"


def _reordered(a: str, b: str) -> float:
    """Score of two sentences of the same words in another order, 0 when they are not. Not
    for words added or cut, which `_cut` and plain similarity weigh."""
    if abs(a.count(" ") - b.count(" ")) > MAX_REORDERED_WORDS_APART:
        return 0.0
    score = fuzz.token_sort_ratio(a, b, score_cutoff=MIN_REORDERED)
    return score * REORDERED_WEIGHT


def similarity(a: str, b: str) -> float:
    """0–100: whole-sentence similarity, or containment of the shorter in the longer (as a
    stretch, or with words cut out)."""
    return max(fuzz.ratio(a, b), _contained(a, b), _cut(a, b))


def word_sets(texts_a: list[str], texts_b: list[str]) -> tuple[list[str], list[str]]:
    """Each text's distinct words as a string of one character per word, sorted, over the
    words both sides use: the LCS of two such strings is the number of words they share,
    which rapidfuzz computes in C."""
    sets_a = [set(text.split()) for text in texts_a]
    sets_b = [set(text.split()) for text in texts_b]
    shared = set().union(*sets_a) & set().union(*sets_b)
    # One code point per word, skipping the surrogates (not valid in a str rapidfuzz reads).
    code = {word: chr(n + 1 if n + 1 < 0xD800 else n + 0x801) for n, word in
            enumerate(sorted(shared))}  # fmt: skip
    return (
        ["".join(sorted(code[w] for w in words if w in code)) for words in sets_a],
        ["".join(sorted(code[w] for w in words if w in code)) for words in sets_b],
    )


def _sharing_pairs(texts_a: list[str], texts_b: list[str]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j) whose shorter sentence has MIN_CONTAINED_WORDS distinct words or more and
    shares MIN_SHARED_WORDS of them with the other: the containment candidates.

    Each sentence is the query once, against the sentences at least as long (in distinct
    words), so its own length sets the cut-off rapidfuzz applies in C."""
    codes_a, codes_b = word_sets(texts_a, texts_b)
    lengths_a = [len(set(text.split())) for text in texts_a]
    lengths_b = [len(set(text.split())) for text in texts_b]
    # a the shorter (or as long): b sentences from the first as long as a's; then b strictly
    # the shorter: a sentences longer than b's.
    yield from _shorter_in_longer(codes_a, lengths_a, codes_b, lengths_b, bisect_left)
    for j, i in _shorter_in_longer(codes_b, lengths_b, codes_a, lengths_a, bisect_right):
        yield i, j


def _shorter_in_longer(
    codes: list[str],
    lengths: list[int],
    other_codes: list[str],
    other_lengths: list[int],
    first_longer: Callable[[list[int], int], int],
) -> Iterator[tuple[int, int]]:
    """Pairs (query, other) where the query sentence shares MIN_SHARED_WORDS of its words
    with an other sentence at least as long (``first_longer`` says where those begin)."""
    order = sorted(range(len(other_codes)), key=other_lengths.__getitem__)
    sorted_lengths = [other_lengths[k] for k in order]
    for i, length in enumerate(lengths):
        if length < MIN_CONTAINED_WORDS:
            continue
        first = first_longer(sorted_lengths, length)
        choices = [other_codes[k] for k in order[first:]]
        for _, _, k in process.extract(
            codes[i], choices, scorer=LCSseq.similarity,
            score_cutoff=math.ceil(MIN_SHARED_WORDS * length), limit=None,
        ):  # fmt: skip
            yield i, order[first + k]


# A ref's quote: whether it is partial, and whether its speaker is a person or organisation.
_Voice = tuple[bool, SpeakerKind]
# Two sentences only two thirds alike are one quote reworded when one speaker says both; of
# two speakers, or where one is not named, they are as likely two things said: "Shoppers were
# told to ‘check your fridge, and if you have these products, do not eat them’" and “Consumers
# who have bought these products should not eat them,” said Dr Niall Corrigan.
OTHER_VOICE_MIN = 75.0


def _speaker_keys(extraction: Extraction, refs: list[QuoteRef]) -> list[str | None]:
    quotes = {quote.id: quote for quote in extraction.quotes}
    return [quotes[ref.quote_id].speaker.key for ref in refs]


def _voices(extraction: Extraction, refs: list[QuoteRef]) -> list[_Voice]:
    quotes = {quote.id: quote for quote in extraction.quotes}
    return [
        (quotes[ref.quote_id].kind is QuoteKind.PARTIAL, quotes[ref.quote_id].speaker.kind)
        for ref in refs
    ]


_PERSON_AND_BODY = frozenset((SpeakerKind.PERSON, SpeakerKind.ORGANISATION))


def _may_pair(a: _Voice, b: _Voice) -> bool:
    """Whether two quote sentences may be the same words of one speaker. Not a few words
    one report lifts from an organisation's statement ("the branch said it was “far too
    early…”") and the statement printed whole under the official who read it out ("Its chief
    inspector, Andrew Hall, said: “…”"): both are right, and the words are too few to tell
    one speaker's from another's."""
    return not ((a[0] or b[0]) and {a[1], b[1]} == _PERSON_AND_BODY)


def _positions(texts: list[str], distinct: list[str]) -> list[list[int]]:
    """For each distinct text, where it stands in ``texts``."""
    index = {text: k for k, text in enumerate(distinct)}
    where: list[list[int]] = [[] for _ in distinct]
    for position, text in enumerate(texts):
        where[index[text]].append(position)
    return where


def _text_scores(
    texts_a: list[str], texts_b: list[str], min_score: float
) -> dict[tuple[int, int], float]:
    """Scores of the pairs of texts (by index) that may be one quote: whole-sentence
    similarity, containment, words cut or reordered."""
    scores: dict[tuple[int, int], float] = {}
    # rapidfuzz scores the whole row in C, keeping only pairs above the floor.
    for i, text in enumerate(texts_a):
        for _, score, j in process.extract(
            text, texts_b, scorer=fuzz.ratio, score_cutoff=min_score, limit=None
        ):
            scores[i, j] = score
    # Containment (partial_ratio) is costly: only where one sentence is clearly shorter and
    # most of its words are in the other. No Python loop runs over every pair.
    for i, j in _sharing_pairs(texts_a, texts_b):
        text, other = texts_a[i], texts_b[j]
        score = scores.get((i, j), 0.0)
        if score < CONTAINMENT_WEIGHT * 100 and min(len(text), len(other)) < 0.9 * max(
            len(text), len(other)
        ):
            scores[i, j] = max(score, _contained(text, other) or _cut(text, other))
        elif score < REORDERED_WEIGHT * 100:
            scores[i, j] = max(score, _reordered(text, other))
    return scores


def align_quotes(a: Extraction, b: Extraction, min_score: float) -> list[QuoteMatch]:
    refs_a, refs_b = quote_refs(a), quote_refs(b)
    folded_a = [fold(ref.text) for ref in refs_a]
    folded_b = [fold(ref.text) for ref in refs_b]
    # A pair's score depends on its two texts alone: each distinct text is scored once, so a
    # sentence a long article repeats (a live blog's standing quote) costs no more.
    distinct_a, distinct_b = list(dict.fromkeys(folded_a)), list(dict.fromkeys(folded_b))
    where_a = _positions(folded_a, distinct_a)
    where_b = _positions(folded_b, distinct_b)
    voices_a, voices_b = _voices(a, refs_a), _voices(b, refs_b)
    keys_a, keys_b = _speaker_keys(a, refs_a), _speaker_keys(b, refs_b)
    ratio = len(refs_b) / len(refs_a) if refs_a else 0.0
    candidates = [
        (score, i, j)
        for (text_a, text_b), score in _text_scores(distinct_a, distinct_b, min_score).items()
        if score >= min_score
        for i in where_a[text_a]
        # A quote a long article repeats is weighed against the other's nearest copies.
        for j in nearest_of(where_b[text_b], i * ratio)
        if _may_pair(voices_a[i], voices_b[j])
        and (score >= OTHER_VOICE_MIN or (keys_a[i] is not None and keys_a[i] == keys_b[j]))
    ]
    chosen = one_to_one(candidates)
    chosen += one_to_one(_same_speaker_cut(a, b, refs_a, refs_b, folded_a, folded_b, chosen))
    matches = [
        QuoteMatch(
            a=refs_a[i],
            b=refs_b[j],
            score=round(score, 1),
            diff=word_diff(refs_a[i].text, refs_b[j].text),
        )
        for score, i, j in chosen
    ]
    matches += _fragments_lifted(a, b, matches)
    matches += _phrases_reworded(a, b, matches, min_score)
    matches.sort(key=lambda m: (m.a.span.start, m.b.span.start))
    return matches


# One speaker's sentence that one outlet both trims and rewords ("We have not seen a system
# like this cross this part of the coast in a generation, and I want to thank…" and "We
# haven't seen a storm like this hit this part of the coast in a generation") keeps most of
# its words in order: for sentences the same person is quoted saying, that is enough.
SAME_SPEAKER_KEPT = 0.75
MIN_SAME_SPEAKER_WORDS = 8
# Each speaker's unpaired sentences are compared pair by pair: not for a speaker quoted this
# often in both, where chance overlaps abound and the cost grows with the square.
MAX_SAME_SPEAKER_PAIRS = 400


def _same_speaker_cut(
    a: Extraction,
    b: Extraction,
    refs_a: list[QuoteRef],
    refs_b: list[QuoteRef],
    folded_a: list[str],
    folded_b: list[str],
    chosen: list[tuple[float, int, int]],
) -> list[tuple[float, int, int]]:
    """Pairs of sentences left unpaired that one named person is quoted saying in both, the
    shorter's words mostly kept in order in the longer (see `SAME_SPEAKER_KEPT`)."""
    paired_a = {i for _, i, _ in chosen}
    paired_b = {j for _, _, j in chosen}
    by_speaker_a = _unpaired_by_speaker(a, refs_a, paired_a)
    by_speaker_b = _unpaired_by_speaker(b, refs_b, paired_b)
    found = []
    for key, indices_a in by_speaker_a.items():
        indices_b = by_speaker_b.get(key, [])
        if len(indices_a) * len(indices_b) > MAX_SAME_SPEAKER_PAIRS:
            continue
        for i in indices_a:
            words_a = folded_a[i].split()
            for j in indices_b:
                words_b = folded_b[j].split()
                shorter = min(len(words_a), len(words_b))
                if shorter < MIN_SAME_SPEAKER_WORDS:
                    continue
                kept = LCSseq.similarity(words_a, words_b) / shorter
                if kept >= SAME_SPEAKER_KEPT:
                    found.append((kept * 100 * CUT_WEIGHT, i, j))
    return found


def _unpaired_by_speaker(
    extraction: Extraction, refs: list[QuoteRef], paired: set[int]
) -> dict[str, list[int]]:
    quotes = {quote.id: quote for quote in extraction.quotes}
    grouped: dict[str, list[int]] = {}
    for index, ref in enumerate(refs):
        speaker = quotes[ref.quote_id].speaker
        if index in paired or speaker.kind is not SpeakerKind.PERSON or speaker.key is None:
            continue
        grouped.setdefault(speaker.key, []).append(index)
    return grouped


# A few words an outlet lifts from someone's quote with no speaker ("Parts of Airlie Beach
# looked ‘like a war zone’", "now faces accusations of ‘cutting corners at every turn’"), word
# for word inside an attributed quote of another article: the same words, their speaker
# dropped. Shorter than a clause, they are lined up only so, never by likeness: as scare
# quotes and stock phrases, two outlets' fragments may match by chance. So is a fragment its
# article gives to the quote's own speaker ("Lorimer described the offer as “the largest in a
# decade”" inside Lorimer's “We have put a fair offer on the table, the largest in a decade,
# and…”): the same words, the same speaker, part of the quote corroborated.
MIN_FRAGMENT_WORDS = 3


def _may_lift(fragment: Quote, quote: Quote) -> bool:
    """Whether ``fragment`` may line up with ``quote`` holding its words: it has no speaker,
    or the quote's (by key)."""
    speaker = fragment.speaker
    return speaker.kind is SpeakerKind.UNKNOWN or (
        speaker.key is not None and speaker.key == quote.speaker.key
    )


def _fragments_lifted(a: Extraction, b: Extraction, matches: list[QuoteMatch]) -> list[QuoteMatch]:
    """Pairs of a fragment too short to be a ref, unattributed or given to the quote's own
    speaker, in either article, and the first unpaired sentence of an attributed quote of the
    other that holds its words."""
    paired = {(m.a.quote_id, m.a.sentence_index) for m in matches}
    paired |= {(m.b.quote_id, m.b.sentence_index) for m in matches}
    found: list[QuoteMatch] = []
    for own, other, flip in ((a, b, False), (b, a, True)):
        # The attributed sentences by their runs of three words, so that a fragment is looked
        # for only in those holding its first three: no loop over every pair.
        by_opening: dict[str, list[tuple[QuoteRef, str, Quote]]] = {}
        for quote in other.quotes:
            if quote.speaker.kind is SpeakerKind.UNKNOWN:
                continue
            for index, sentence in enumerate(quote.sentences):
                words = fold(sentence.text).split()
                entry = (
                    _sentence_ref(other.article_id, quote, index),
                    f" {' '.join(words)} ",
                    quote,
                )
                for run in dict.fromkeys(
                    " ".join(words[k : k + MIN_FRAGMENT_WORDS])
                    for k in range(len(words) - MIN_FRAGMENT_WORDS + 1)
                ):
                    by_opening.setdefault(run, []).append(entry)
        for quote in own.quotes:
            words = fold(quote.text)
            if (
                quote.kind is QuoteKind.FULL
                or _clause_long(quote.text)
                or len(words.split()) < MIN_FRAGMENT_WORDS
                # Two fragments of one speaker ("said the government was “turning the
                # corner”" in each) pair once: the second pass finds the first's pair again.
                or (quote.id, 0) in paired
            ):
                continue
            opening = " ".join(words.split()[:MIN_FRAGMENT_WORDS])
            for ref, folded, holder in by_opening.get(opening, ()):
                key = (ref.quote_id, ref.sentence_index)
                if key in paired or f" {words} " not in folded or not _may_lift(quote, holder):
                    continue
                fragment = _sentence_ref(own.article_id, quote, 0)
                first, second = (ref, fragment) if flip else (fragment, ref)
                found.append(
                    QuoteMatch(
                        a=first,
                        b=second,
                        score=CONTAINMENT_WEIGHT * 100,
                        diff=word_diff(first.text, second.text),
                    )
                )
                paired.add(key)
                paired.add((quote.id, 0))
                break
    return found


# Two short quotes one speaker is given in both articles, one the other with a word or two
# put in ("Whitlock described it as “a brazen and calculated attack”" and "Whitlock called the
# raid “a brazen, calculated and violent attack”"): one phrase of theirs, which one outlet
# reworded. Too short to be refs (see `MIN_PARTIAL_WORDS`), they are lined up only so, never
# across speakers. Every word of the shorter is the longer's: a phrase with a word changed is
# another remark ("one game at a time" and "one step at a time", "a bad deal for Britain" and
# "a good deal for Britain"), and a stock phrase with one changed is anyone's ("a very
# difficult time", "a very difficult decision"). The shorter holds four fifths of the longer's
# words, so a phrase of four words gains at most one.
MIN_PHRASE_SHARED = 0.8


def _phrases(extraction: Extraction, paired: set[tuple[str, int]]) -> list[tuple[Quote, str]]:
    """The unpaired partial quotes of a named speaker, of a few words or more, folded."""
    found = []
    for quote in extraction.quotes:
        folded = fold(quote.text)
        if (
            quote.kind is QuoteKind.PARTIAL
            and quote.speaker.key is not None
            and (quote.id, 0) not in paired
            and len(folded.split()) >= MIN_FRAGMENT_WORDS
        ):
            found.append((quote, folded))
    return found


def _given_name(name: str) -> str | None:
    """A person's given name as printed before the surname, folded: none for a surname
    alone, an initial ("F. W. de Klerk") or a description ("Second-placed Bekele")."""
    words = name.split()
    first = words[0]
    if len(words) < 2 or len(first) < 2 or not first.isalpha() or not first[0].isupper():
        return None
    return unaccented(first).casefold()


def _one_speaker(quote_a: Quote, quote_b: Quote) -> bool:
    """Whether two quotes' speakers may be one: one key, and for people printed with a given
    name in both articles, one given name ("Andy Murray" and "Jamie Murray" are two). The
    extractors are not asked (a cached compare loads none)."""
    speaker_a, speaker_b = quote_a.speaker, quote_b.speaker
    if speaker_a.key != speaker_b.key or speaker_a.kind is not speaker_b.kind:
        return False
    if speaker_a.kind is not SpeakerKind.PERSON or not speaker_a.name or not speaker_b.name:
        return True
    given_a, given_b = _given_name(speaker_a.name), _given_name(speaker_b.name)
    return given_a is None or given_b is None or given_a == given_b


def _phrases_reworded(
    a: Extraction, b: Extraction, matches: list[QuoteMatch], min_score: float
) -> list[QuoteMatch]:
    """Pairs of partial quotes, one at least too short to be a ref, that one speaker is given
    in both articles, sharing most words (see `MIN_PHRASE_SHARED`)."""
    paired = {(m.a.quote_id, m.a.sentence_index) for m in matches}
    paired |= {(m.b.quote_id, m.b.sentence_index) for m in matches}
    phrases_a, phrases_b = _phrases(a, paired), _phrases(b, paired)
    words_of_b = [Counter(folded.split()) for _, folded in phrases_b]
    candidates = []
    for i, (quote_a, folded_a) in enumerate(phrases_a):
        words_a = Counter(folded_a.split())
        for j, ((quote_b, folded_b), words_b) in enumerate(zip(phrases_b, words_of_b, strict=True)):
            if not _one_speaker(quote_a, quote_b) or (
                _clause_long(quote_a.text) and _clause_long(quote_b.text)
            ):
                continue
            shorter, longer = sorted((words_a, words_b), key=lambda words: words.total())
            if shorter - longer or shorter.total() < MIN_PHRASE_SHARED * longer.total():
                continue
            score = fuzz.ratio(folded_a, folded_b)
            if score >= min_score:
                candidates.append((score, i, j))
    found = []
    for score, i, j in one_to_one(candidates):
        ref_a = _sentence_ref(a.article_id, phrases_a[i][0], 0)
        ref_b = _sentence_ref(b.article_id, phrases_b[j][0], 0)
        found.append(
            QuoteMatch(
                a=ref_a, b=ref_b, score=round(score, 1), diff=word_diff(ref_a.text, ref_b.text)
            )
        )
    return found
