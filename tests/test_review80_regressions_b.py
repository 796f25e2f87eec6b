"""Review 80 regressions (b): a named subject before a colon speaks the quote only when the words
are theirs, not those shouted at them, printed on a banner they watch or read out from someone
else's message; a count of people who say what they themselves will do is a figure, not the
sources of a report; "the court heard" names a claim's source."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import figures_of, rule_messages


def speakers(body: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{body}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


COLON_SPEAKERS = [
    # Someone else's words: shouted at the subject, printed on a banner, quoted from a message.
    ("Boris Johnson was booed by protesters shouting: “Resign now!”", [None]),
    ("Mayor Priya Desai was heckled by residents outside the hall: “Fix our roads!”", [None]),
    ("Coach Tom Reid watched fans unfurl a banner reading: “Reid out!”", [None]),
    ("Manager Ellen Voss faced supporters chanting her name: “Stay, Ellen!”", [None]),
    ("Judge Anna Reid quoted the defendant's text message: “I'll make you pay.”", [None]),
    ("Senator Ruth Okoye held up a voter's letter: “We cannot afford the rent.”", [None]),
    # The subject's own words still: an adjective after "was", a verb of their own shouting,
    # a message of their own.
    ("Engineer Lena Orsini was blunt: “Nobody should have waited this long.”", ["Lena Orsini"]),
    ("Coach Tom Reid shouted at the referee: “That was never a foul!”", ["Tom Reid"]),
    ("Mayor Priya Desai had a simple message for drivers: “Slow down.”", ["Priya Desai"]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), COLON_SPEAKERS)
def test_colon_subject_speaks_only_their_own_words(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_quoted_message_is_no_speaker_mismatch() -> None:
    assert not rule_messages(
        "FC108",
        "Judge Anna Reid quoted the defendant's text message: “I'll make you pay.”",
        "The defendant texted: “I'll make you pay.”",
    )


COUNTS_OF_ACTORS = [
    # The counted say what they themselves will do: they act in the story.
    (
        "Three executives said they would resign over the merger, the company confirmed on Monday.",
        "executive",
        3,
    ),
    ("More than 400 officials said they would join the strike on Friday.", "official", 400),
    ("Six aides say they will quit if the minister stays.", "aide", 6),
    ("Five executives said they planned to leave the bank by June.", "executive", 5),
]


@pytest.mark.parametrize(("sentence", "unit", "value"), COUNTS_OF_ACTORS)
def test_count_of_people_saying_what_they_will_do_is_kept(
    sentence: str, unit: str, value: int
) -> None:
    assert (unit, value) in {(f.unit, f.value) for f in figures_of(sentence)}


SOURCES_STILL_DROPPED = [
    # They tell what others did or will do: who told it, no figure.
    "Two officials said the ministers would meet again in March.",
    "Three executives said on Tuesday that the plant would close.",
    "Four diplomats told reporters they had seen the draft.",
]


@pytest.mark.parametrize("sentence", SOURCES_STILL_DROPPED)
def test_count_of_a_reports_sources_is_still_no_figure(sentence: str) -> None:
    assert not {f.unit for f in figures_of(sentence)} & {"official", "executive", "diplomat"}


def test_counts_of_actors_are_compared() -> None:
    messages = rule_messages(
        "FC105",
        "Three executives said they would resign over the merger, the company confirmed.",
        "Two executives said they would resign over the merger.",
    )
    assert len(messages) == 1 and "executive" in messages[0]


@pytest.mark.parametrize(
    ("heard", "flagged"),
    [
        ("Marsh spent the money on a racehorse, the court heard.", False),
        ("Marsh spent the money on a racehorse, the jury heard on Tuesday.", False),
        ("Marsh spent the money on a racehorse, an inquest heard.", False),
        # No hearing: nothing names the source.
        ("Marsh spent the money on a racehorse.", True),
        ("Marsh spent the money on a racehorse, neighbours heard.", True),
    ],
)
def test_the_court_heard_sources_a_claim(heard: str, flagged: bool) -> None:
    messages = rule_messages(
        "FC110", "Prosecutors said Marsh spent the money on a racehorse.", heard
    )
    assert bool(messages) is flagged


@pytest.mark.parametrize(
    ("background", "flagged"),
    [
        ("Kemp had defrauded pensioners for years, the tribunal heard.", False),
        ("Kemp had defrauded pensioners for years.", True),
    ],
)
def test_the_court_heard_sources_background(background: str, flagged: bool) -> None:
    messages = rule_messages(
        "FC115", f"Kemp was jailed on Friday. {background}", "Kemp was jailed on Friday."
    )
    assert bool(messages) is flagged
