"""Round 53: whom a pronoun after a quote refers to, when the person named just before it
was not read as the one acting (an organisation, no one, or not a subject)."""

from __future__ import annotations

import pytest

from factcheck.extract import body_sentences
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker's name."""
    article = article_from_text(text, body_only=True)
    quotes, _ = extract_quotes(article, body_sentences(article))
    return [(q.text, q.speaker.name) for q in quotes]


# text → the speaker of each quote, in order.
PRONOUN_CASES = [
    # A person in apposition to a role "at the department" is no department: the "he" after
    # the quote is theirs, not the minister quoted earlier.
    pytest.param(
        "“Our first task is to reach the islands,” Tarek Hossain, the relief minister, told "
        "reporters on Monday.\n\n"
        "Anisur Rahman, a director at the department, said the storm came at the worst time. "
        "“The water rose at high tide,” he said. “We measured 90 millimetres of rain.”",
        ["Tarek Hossain", "Anisur Rahman", "Anisur Rahman"],
        id="director-at-the-department",
    ),
    pytest.param(
        "“We will rebuild,” Tarek Hossain told reporters.\n\n"
        "Anisur Rahman, a senior official at the ministry, said roads were cut. "
        "“Nobody can reach the villages,” he said.",
        ["Tarek Hossain", "Anisur Rahman"],
        id="official-at-the-ministry",
    ),
    # "said NAME of FIRM." still has the person acting: a "She said" after it is hers.
    pytest.param(
        "In a memo, Chief Executive Laura Benning said: “This is a hard day for all of us.”\n\n"
        "“Boards want cuts, and they want them now,” said Priya Menon of Castlegate "
        "Partners. She said shareholders would probably grant the firm “some patience”.",
        ["Laura Benning", "Priya Menon", "Priya Menon"],
        id="said-name-of-firm",
    ),
    # "said analyst NAME." too: the role between the cue and the name.
    pytest.param(
        "In a memo, Chief Executive Laura Benning said: “This is a hard day for all of us.”\n\n"
        "“Boards want cuts, and they want them now,” said analyst Priya Menon. She said "
        "shareholders would probably grant the firm “some patience”.",
        ["Laura Benning", "Priya Menon", "Priya Menon"],
        id="said-role-name",
    ),
    # An apposition placing the person in a town and its state: the person still acts.
    pytest.param(
        "“We cleaned every deck twice a day,” said Rosa Delgado, the line's spokeswoman.\n\n"
        "Edith Marsh, 72, a retired schoolteacher from Akron, Ohio, who is travelling with "
        "her sister, said the mood had turned. “They shut the bar and still people fell "
        "ill,” she said.",
        ["Rosa Delgado", "Edith Marsh"],
        id="apposition-with-town-and-state",
    ),
    # A party's possessive before the name: "the NPP's Kwabena Osei" is a person.
    pytest.param(
        "Kofi Mensah won 51,200 votes against 48,900 for the NPP's Kwabena Osei.\n\n"
        "“The people have chosen,” Mensah told supporters.\n\n"
        "Osei rejected the result. “We will go to court,” he said.",
        ["Kofi Mensah", "Kwabena Osei"],
        id="party-possessive-before-name",
    ),
    # Controls: the earlier person stays the speaker.
    # The sentence before the quote names no person.
    pytest.param(
        "“Our first task is to reach the islands,” Tarek Hossain, the relief minister, told "
        "reporters.\n\n"
        "The department said the storm came at the worst time. "
        "“The water rose at high tide,” he said.",
        ["Tarek Hossain", "Tarek Hossain"],
        id="control-no-person-before",
    ),
    # The person named just before is of the other gender.
    pytest.param(
        "“We will rebuild every home,” Tarek Hossain told reporters.\n\n"
        "Fatima Akter, a director at the department, said she feared more deaths. "
        "“The water rose at high tide,” he said.",
        ["Tarek Hossain", "Tarek Hossain"],
        id="control-other-gender",
    ),
    # "told NAME": the one told is no speaker.
    pytest.param(
        "“Boards want cuts,” said Laura Benning. “They want them now,” she told analyst "
        "Peter Grant. She said the firm would wait.",
        ["Laura Benning", "Laura Benning"],
        id="control-told-role-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_CASES)
def test_pronoun_after_a_quote(text: str, expected: list[str]) -> None:
    assert [name for _, name in speakers_of(text)] == expected


# An apposition naming an organisation as what a name is, still read so.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kyranis, the Greek shipping company, said it would appeal.", id="company"),
        pytest.param(
            "Aerolux, Portugal's second-largest airline, said it would appeal.", id="airline"
        ),
    ],
)
def test_organisation_apposition_still_an_organisation(text: str) -> None:
    from factcheck.extract.speakers import read_cast
    from factcheck.models import Span, SpeakerKind

    cast = read_cast(text, [Span(start=0, end=len(text))])
    assert cast.mentions[0].kind is SpeakerKind.ORGANISATION


def test_a_science_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "Meteorologist Anisur Rahman said the department had “recorded 90 millimetres”."
    assert speakers_of(text) == [("recorded 90 millimetres", "Anisur Rahman")]
