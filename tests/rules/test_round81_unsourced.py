"""Round 81: one-sided claims told with no source that FC113 and FC115 missed — a record on a
superlative outside the list, a verdict in the passive, "Most X now …", a future consequence
for other things, a trend since a decade or counted in years, a harm laid on a cause — and
FC107's false alarm on a dividend both articles tell with the same number in their own words."""

from __future__ import annotations

import pytest

from support import rule_messages

CONTEXT = "The county council approved its budget on Wednesday, a spokesperson said."

FLAGGED = [
    # A verdict in the passive, no one by it.
    ("The watchdog has been criticised for its cosy relationship with the lenders it oversees.",
     "has been criticised"),
    # A quantified subject holding a state now.
    ("Most junior doctors now leave the region within two years of qualifying.",
     "Most junior doctors"),
    # A future consequence reaching past the event.
    ("The verdict will delay at least three other pipeline schemes planned in the valley.",
     "will delay at least three other"),
    # A trend since a decade.
    ("Cod stocks in the northern bay have collapsed since the 1990s.", "since the 1990s"),
    # A lasting harm laid on a cause.
    ("Cuts to library budgets have left many villages without a mobile library.",
     "have left many"),
    # A trend counted in years behind a present perfect.
    ("Kestrel has lost ground in budget handsets for three years as rivals have cut prices.",
     "for three years"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "marker"), FLAGGED)
def test_background_one_article_tells_with_no_source_is_flagged(claim: str, marker: str) -> None:
    messages = rule_messages("FC115", CONTEXT, claim)
    assert len(messages) == 1
    assert claim in messages[0]
    assert f"“{marker}”" in messages[0]


NOT_FLAGGED = [
    # The verdict's agent named: whose verdict it is, told.
    "The watchdog has been criticised by consumer groups for its cosy relationship with lenders.",
    # The event's people at the event, no state now.
    "Most junior doctors had left the ward by midnight.",
    # A consequence for the event's own project, not for others.
    "The verdict will delay the pipeline by a year.",
    # A sanction or a tenure counted in years is news, no trend.
    "The league has banned the supporter for three years.",
    "Ruth Ellory has been chief executive for three years.",
    # A decade with no present perfect is a date.
    "Cod stocks in the bay were first surveyed in the 1990s.",
    # Told by the source in the sentence.
    "Cod stocks in the northern bay have collapsed since the 1990s, the fisheries agency said.",
    # An event's own aftermath, a singular cause.
    "The storm has left many homes without power.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_near_sentences_are_not_flagged(text: str) -> None:
    assert rule_messages("FC115", CONTEXT, text) == []


def test_background_both_articles_tell_is_not_flagged() -> None:
    a = "Cod stocks in the northern bay have collapsed since the 1990s."
    b = "Stocks of cod in the northern bay have collapsed since the 1990s."
    assert rule_messages("FC115", f"{CONTEXT} {b}", a) == []


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        ("The Col de Varo is the steepest finish in the tour’s history.", True),
        ("It was the toughest stage anyone could remember in the event’s history.", True),
        ("The Col de Varo is the steepest climb of the week.", False),
        ("The Col de Varo is the steepest finish in the tour’s history, organisers said.", False),
    ],
)
def test_record_on_a_superlative_of_ascent_or_hardship(claim: str, flagged: bool) -> None:
    context = "Aldana won the stage on Sunday, the team said."
    messages = rule_messages("FC113", context, claim)
    assert len(messages) == (1 if flagged else 0)


def test_dividend_both_articles_tell_with_one_number_is_not_flagged() -> None:
    a = "Harbin Steel will pay a half-year dividend of 320 won a share, the same as last year."
    b = "The half-year dividend was held at 320 won per share."
    assert rule_messages("FC107", a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another number: no claim told twice.
        (
            "Harbin Steel will pay a half-year dividend of 320 won a share.",
            "The half-year dividend was cut to 250 won per share.",
        ),
        # The same number in another claim's words.
        (
            "Orla Foods paid a dividend of 90 won last spring.",
            "Shares closed 90 won higher amid talk of a special dividend.",
        ),
    ],
)
def test_dividends_not_told_alike_are_still_flagged(a: str, b: str) -> None:
    assert len(rule_messages("FC107", a, b)) == 2
