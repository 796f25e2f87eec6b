"""Review 81 regressions (d): a colon subject loses the quote only when someone else's words
(shouted, chanted, printed on a banner) introduce it right before the colon, not when the
subject answers jeers or reads a report first; "the blue-chip Dow" is the index again; people
who say they would not comment are the story's sources, not a count of its actors."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import figures_of, rule_messages


def speakers(body: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{body}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


COLON_SPEAKERS = [
    # The subject's own words: the jeers, signs or report are what they answer.
    ("Judge Mary Lowe was scathing about the signs of neglect: “This was cruelty.”", ["Mary Lowe"]),
    ("Inspector Dana Kroll was angry at the signs of decay: “Nobody checked.”", ["Dana Kroll"]),
    ("Striker Leo Diaz shrugged off the jeers and chants: “I let my football talk.”", ["Leo Diaz"]),
    ("Winger Omar Bell ignored the boos and chants: “We keep going.”", ["Omar Bell"]),
    ("Coach Sam Ward made his feelings clear after reading the report: “It is a disgrace.”",
     ["Sam Ward"]),
    ("Mayor Ines Roth was furious after reading the audit: “Heads will roll.”", ["Ines Roth"]),
    ("CEO Lisa Park was quoted in a statement: “We are confident.”", ["Lisa Park"]),
    ("Chairman Victor Hale was quoted by Reuters: “The deal is done.”", ["Victor Hale"]),
    # Someone else's words right before the colon: still no one the article names.
    ("Coach Ana Pike watched fans hold up signs: “Pike out!”", [None]),
    ("Manager Rob Kerr faced a crowd chanting his name: “Kerr, Kerr!”", [None]),
    ("Coach Ana Pike watched fans wave a placard which read: “Pike out!”", [None]),
    ("Governor Tim Vale was jeered by strikers: “Pay us now!”", [None]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), COLON_SPEAKERS)
def test_colon_subject_loses_only_others_words(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_own_colon_quote_is_no_speaker_mismatch() -> None:
    assert not rule_messages(
        "FC108",
        "Judge Mary Lowe was scathing about the signs of neglect: “This was cruelty.”",
        "Judge Mary Lowe said: “This was cruelty.”",
    )


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("The blue-chip Dow fell 1.2% to 38,500 on Tuesday.", 38500),
        ("The 30-stock Dow closed at 42,100 on Friday.", 42100),
        ("On Monday the closely watched Dow fell 0.8% to 36,250.", 36250),
        ("The Dow rose 0.5% to 39,900.", 39900),
    ],
)
def test_described_dow_has_a_level(sentence: str, level: int) -> None:
    assert ("points", level) in {(f.unit, f.value) for f in figures_of(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in the chemical maker Dow closed at 152 on Friday.",
        "Shares in Dow Inc closed at 152 on Friday.",
        "Opener Dow reached 118 before lunch.",
    ],
)
def test_dow_the_company_or_a_player_has_no_level(sentence: str) -> None:
    assert "points" not in {f.unit for f in figures_of(sentence)}


def test_described_dow_levels_are_compared() -> None:
    messages = rule_messages(
        "FC105",
        "The blue-chip Dow fell 1.1% to 37,400 on Wednesday.",
        "The Dow Jones Industrial Average fell 1.1% to 37,500 on Wednesday.",
    )
    assert len(messages) == 1 and "37,400" in messages[0]


SOURCES_NOT_ACTORS = [
    ("Two officials said they would not comment on the merger, worth $4 billion.", "official"),
    ("Four diplomats said they would not be surprised if the summit failed.", "diplomat"),
    ("Three officials said they would expect a deal by June.", "official"),
    ("Two aides said they would not speculate on the minister's future.", "aide"),
]


@pytest.mark.parametrize(("sentence", "unit"), SOURCES_NOT_ACTORS)
def test_count_of_sources_declining_to_comment_is_no_figure(sentence: str, unit: str) -> None:
    assert unit not in {f.unit for f in figures_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("Two officials said they would not attend the summit in Geneva.", "official", 2),
        ("Nine nurses said they would walk out on Monday.", "nurse", 9),
    ],
)
def test_count_of_people_saying_what_they_will_do_is_still_kept(
    sentence: str, unit: str, value: int
) -> None:
    assert (unit, value) in {(f.unit, f.value) for f in figures_of(sentence)}
