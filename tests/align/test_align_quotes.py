from __future__ import annotations

import pytest

from factcheck.align.quotes import align_quotes
from factcheck.models import (
    Attribution,
    Extraction,
    Quote,
    QuoteKind,
    QuoteSentence,
    Span,
    Speaker,
    SpeakerKind,
)
from factcheck.rules.kinds.quote_wording import is_trimmed


def extraction(article: str, *sentences: str) -> Extraction:
    quotes = []
    offset = 0
    for n, text in enumerate(sentences, start=1):
        span = Span(start=offset, end=offset + len(text))
        quotes.append(Quote(
            id=f"{article}:q{n}", article_id=article, kind=QuoteKind.FULL, text=text, span=span,
            segments=[span], sentences=[QuoteSentence(text=text, span=span)],
        ))  # fmt: skip
        offset += len(text) + 1
    return Extraction(article_id=article, sentences=[], quotes=quotes)


def test_assignment_is_one_to_one_by_best_score_not_first_match() -> None:
    a = extraction("a", "We will cut taxes for working families this year.")
    b = extraction(
        "b",
        "We will cut taxes for families this year.",
        "We will cut taxes for working families this year.",
    )
    matches = align_quotes(a, b, min_score=60)
    assert len(matches) == 1
    assert matches[0].b.quote_id == "b:q2"
    assert matches[0].score == 100


def test_unrelated_quotes_do_not_align() -> None:
    a = extraction("a", "The bridge will reopen to traffic in the spring.")
    b = extraction("b", "Our players gave everything they had tonight.")
    assert align_quotes(a, b, min_score=60) == []


def test_each_pair_carries_score_and_word_diff() -> None:
    a = extraction("a", "We’ll be building the most popular and advanced AI products and services.")
    b = extraction("b", "We will build the most popular and advanced AI products and services.")
    [match] = align_quotes(a, b, min_score=60)
    assert 85 < match.score < 100
    assert [(d.a, d.b) for d in match.diff if d.op != "equal"] == [
        ("We’ll be building", "We will build")
    ]


def test_a_trimmed_quote_aligns_with_the_full_sentence() -> None:
    a = extraction("a", "We're between two major growth waves.")
    b = extraction("b", "We're between two major growth waves and the next one will be big.")
    [match] = align_quotes(a, b, min_score=60)
    assert match.score == 95


def test_chance_overlap_is_not_containment() -> None:
    a = extraction("a", "The bridge will reopen to traffic in the spring.")
    b = extraction("b", "Traffic in the spring is always heavy on the coast road, officials say.")
    assert align_quotes(a, b, min_score=60) == []


def test_a_quote_with_words_cut_from_its_middle_still_aligns() -> None:
    a = extraction(
        "a",
        "At the time, the decision was somewhat controversial and we faced a lot of questions "
        "about CapEx spending, but I’m really happy we did it.",
    )
    b = extraction("b", "At the time, but I’m really happy we did it.")
    (match,) = align_quotes(a, b, min_score=60)
    assert 80 <= match.score < 95  # below a contiguous trim
    deleted = [d.a for d in match.diff if d.op.value == "delete"]
    assert deleted == ["the decision was somewhat controversial and we faced a lot of questions "
                       "about CapEx spending"]  # fmt: skip


def test_sentences_sharing_words_out_of_order_do_not_align_as_cuts() -> None:
    a = extraction("a", "We will not raise taxes on working families this year or next.")
    b = extraction("b", "Families are working next year on taxes we will raise.")
    assert align_quotes(a, b, min_score=60) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # QA round 44's rocket launch and round 43's swimmer: clauses printed the other way round.
        ("This is not the outcome we wanted, and we will find out exactly what went wrong.",
         "We will find out exactly what went wrong, and this is not the outcome we wanted."),
        ("I swam my best time, so I can't be disappointed.",
         "I can't be disappointed, I swam my best time."),
    ],
)  # fmt: skip
def test_clauses_printed_the_other_way_round_align(text_a: str, text_b: str) -> None:
    (match,) = align_quotes(extraction("a", text_a), extraction("b", text_b), min_score=60)
    assert 80 <= match.score <= 90  # below the same words in the same order


def test_the_same_theme_in_other_words_does_not_align_as_reordered() -> None:
    a = extraction("a", "We will find out exactly what went wrong with the engine.")
    b = extraction("b", "What went wrong with the engine is exactly what we will not find.")
    assert align_quotes(a, b, min_score=60) == []


def full(article: str, text: str, speaker: Speaker | None = None) -> Quote:
    span = Span(start=0, end=len(text))
    return Quote(
        id=f"{article}:q1", article_id=article, kind=QuoteKind.FULL, text=text, span=span,
        segments=[span], sentences=[QuoteSentence(text=text, span=span)],
        speaker=speaker or Speaker(),
    )  # fmt: skip


def partial(article: str, text: str, speaker: Speaker | None = None, number: int = 1) -> Quote:
    span = Span(start=0, end=len(text))
    return Quote(
        id=f"{article}:q{number}", article_id=article, kind=QuoteKind.PARTIAL, text=text,
        span=span, segments=[span], sentences=[QuoteSentence(text=text, span=span)],
        speaker=speaker or Speaker(),
    )  # fmt: skip


HAVERLY = Speaker(name="Tom Haverly", kind=SpeakerKind.PERSON, attribution=Attribution.NAMED)
RAIB = Speaker(
    name="Rail Accident Investigation Branch",
    kind=SpeakerKind.ORGANISATION,
    attribution=Attribution.NAMED,
)


# (quote in a, quote in b, aligned): partial quotes of a clause's length line up with each
# other and with the full quotes holding them; scare quotes do not.
PARTIAL_CASES = [
    pytest.param(
        partial("a", "a soft landing rather than a slump", HAVERLY),
        partial("b", "a soft landing rather than a slump"),
        True,
        id="partial-and-partial",
    ),
    pytest.param(
        full("a", "This is a soft landing rather than a slump, and the data show it."),
        partial("b", "a soft landing rather than a slump"),
        True,
        id="partial-inside-full",
    ),
    pytest.param(
        full("a", "It was a watershed moment for the market."),
        partial("b", "a watershed moment"),
        False,
        id="a-short-phrase-is-not-a-clause",
    ),
    # A few words lifted from someone's quote with no speaker: the speaker dropped.
    pytest.param(
        full("a", "It was a watershed moment for the market.", HAVERLY),
        partial("b", "a watershed moment"),
        True,
        id="an-unattributed-fragment-of-an-attributed-quote",
    ),
    pytest.param(
        partial("a", "cutting corners at every turn", HAVERLY),
        partial("b", "cutting corners at every turn"),
        True,
        id="an-unattributed-fragment-of-an-attributed-fragment",
    ),
    pytest.param(
        full("a", "It was a watershed moment for the market."),
        partial("b", "a watershed moment", HAVERLY),
        False,
        id="a-fragment-with-its-speaker",
    ),
    pytest.param(
        full("a", "It was a watershed moment for the market.", HAVERLY),
        partial("b", "watershed moment"),
        False,
        id="two-words-are-a-stock-phrase",
    ),
    pytest.param(
        full("a", "It was a watershed moment for the market.", HAVERLY),
        partial("b", "a watershed for the market"),
        False,
        id="a-fragment-only-word-for-word",
    ),
    pytest.param(
        full(
            "a",
            "It is far too early to say what caused this accident, and we will not speculate.",
            Speaker(name="Andrew Hall", kind=SpeakerKind.PERSON),
        ),
        partial("b", "far too early to say what caused this accident.", RAIB),
        False,
        id="a-body-s-words-and-its-official-s",
    ),
]


@pytest.mark.parametrize(("quote_a", "quote_b", "aligned"), PARTIAL_CASES)
def test_partial_quotes_align(quote_a: Quote, quote_b: Quote, aligned: bool) -> None:
    a = Extraction(article_id="a", sentences=[], quotes=[quote_a])
    b = Extraction(article_id="b", sentences=[], quotes=[quote_b])
    assert bool(align_quotes(a, b, min_score=60)) is aligned


def test_a_partial_quote_is_a_stretch_of_the_full_one_not_a_rewording() -> None:
    a = Extraction(article_id="a", sentences=[], quotes=[
        full("a", "This is a soft landing rather than a slump, and the data show it."),
    ])  # fmt: skip
    b = Extraction(article_id="b", sentences=[], quotes=[
        partial("b", "a soft landing rather than a slump"),
    ])  # fmt: skip
    (match,) = align_quotes(a, b, min_score=60)
    assert (match.b.sentence_index, match.b.text) == (0, "a soft landing rather than a slump")
    # The partial quote opens and closes its quote (its one sentence): cut at both ends.
    assert is_trimmed(match.diff, (True, True), (True, True))


def _extracted(article: str, text: str) -> Extraction:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    return extract(article_from_text(f"{article}\n\n{text}\n", article_id=article))


DAWES_A = (
    '"We have not seen a system like this cross this part of the coast in a generation, and I '
    'want to thank every single person who listened to the warnings and got out," Premier '
    "Rachel Dawes said."
)


@pytest.mark.parametrize(
    ("text_b", "aligned"),
    [
        # One speaker's sentence, trimmed and reworded: most of its words kept in order.
        ('"We haven\'t seen a storm like this hit this part of the coast in a generation," '
         "Queensland Premier Rachel Dawes told reporters.", True),
        # Not another speaker's, nor the same speaker's other sentence.
        ('"We haven\'t seen a storm like this hit this part of the coast in a generation," '
         "opposition leader Tom Barker told reporters.", False),
        ('"Every single person in this part of the state should stay indoors until the warning '
         'is lifted," Premier Rachel Dawes said.', False),
    ],
)  # fmt: skip
def test_one_speakers_sentence_trimmed_and_reworded_aligns(text_b: str, aligned: bool) -> None:
    matches = align_quotes(_extracted("a", DAWES_A), _extracted("b", text_b), min_score=60)
    assert bool(matches) is aligned


@pytest.mark.parametrize(
    ("text_a", "text_b", "aligned"),
    [
        # Two thirds alike, one speaker not named: two things said.
        ("Shoppers were told to ‘check your fridge, and if you have these products, do not eat "
         "them’.",
         "“Consumers who have bought these products should not eat them,” said Dr Niall "
         "Corrigan, chief executive of the FSAI.", False),
        # Near word for word, the speaker dropped: one quote.
        ("Shoppers were told: ‘If you have these products at home, do not eat them.’",
         "“If you have these products at home, do not eat them,” said Dr Niall Corrigan, chief "
         "executive of the FSAI.", True),
    ],
)  # fmt: skip
def test_an_unnamed_speakers_quote_pairs_only_when_close(
    text_a: str, text_b: str, aligned: bool
) -> None:
    matches = align_quotes(_extracted("a", text_a), _extracted("b", text_b), min_score=60)
    assert bool(matches) is aligned
