"""Whom a "he said" or "she said" after a quote refers to (QA round 77): the person a
paragraph introduced before the quote, acting though an aside, a relative clause or a long
role stands between, and not an organisation (museum theft, developer default, EV plant)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text


def speakers(body: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{body}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


_EARLIER = (
    "“We have never seen damage like this,” said Tomas Brandt, the fire chief. He said the "
    "roof had collapsed within minutes.\n\n"
)

_TENANTS = (
    "“We paid for a flat we cannot enter,” said Daniel Okafor, who rents in the block.\n\n"
    "Lise Lindqvist, a neighbour, said the lifts had failed.\n\n"
    "“Our position has not changed,” said Kwame Asante, the union's leader. He said talks "
    "would resume.\n\n"
    "Darnell Rook Capital downgraded the builder on Friday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An aside in commas between the name and the verb: she still acts.
        pytest.param(
            _EARLIER + "Library head Maren Oduya, clearly upset, said the building would stay "
            "shut for a month. “We have lost a century of letters,” she said.",
            ["Tomas Brandt", "Maren Oduya"],
            id="aside-between-name-and-verb",
        ),
        # A relative clause after a role of several words introducing the name, itself the
        # object of "from": the person the clause is about is the one speaking next.
        pytest.param(
            _EARLIER + "The fire prompted a visit from Northern Heritage Minister Aldo Ferrante, "
            "who walked through the ruins on Sunday. “This is a loss for the whole region,” he "
            "said.",
            ["Tomas Brandt", "Aldo Ferrante"],
            id="relative-clause-after-long-role",
        ),
        # Named in passing in the quote's own paragraph: not the subject paragraphs back.
        pytest.param(
            _TENANTS + "For tenants such as Okafor, the dispute feels distant. “Nobody tells us "
            "anything,” he said.",
            ["Daniel Okafor", "Kwame Asante", "Daniel Okafor"],
            id="person-in-own-paragraph",
        ),
        # A family name printed first, the given name's second syllable in lower case.
        pytest.param(
            "“The order book is full,” said Ines Barros, a supplier.\n\n"
            "Soltrae chief executive Yoon Seo-jin told reporters the firm had looked at three "
            "other countries. “We came here for the engineers,” he said. “It took a year,” "
            "Yoon added.",
            ["Ines Barros", "Yoon Seo-jin", "Yoon Seo-jin"],
            id="family-name-first",
        ),
    ],
)
def test_a_pronoun_refers_to_the_person_introduced_before_the_quote(
    body: str, expected: list[str | None]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two people named in the quote's paragraph, neither acting: left to the last subject.
        pytest.param(
            _TENANTS + "The row over the lifts pits Okafor against Lindqvist. “Nobody tells us "
            "anything,” he said.",
            ["Daniel Okafor", "Kwame Asante", "Kwame Asante"],
            id="two-people-in-paragraph",
        ),
        # Named only as whose someone is: "he" is the lawyer, whom no name printed.
        pytest.param(
            _TENANTS + "A lawyer for Okafor spoke to reporters. “Nobody tells us anything,” "
            "he said.",
            ["Daniel Okafor", "Kwame Asante", "Kwame Asante"],
            id="lawyer-for-the-person",
        ),
        pytest.param(
            _TENANTS + "Okafor's lawyer spoke to reporters. “Nobody tells us anything,” he said.",
            ["Daniel Okafor", "Kwame Asante", "Kwame Asante"],
            id="the-person's-lawyer",
        ),
        # A pronoun acting before the name goes on with the one it referred to.
        pytest.param(
            _TENANTS + "He later met Okafor at the site. “Nobody tells us anything,” he said.",
            ["Daniel Okafor", "Kwame Asante", "Kwame Asante"],
            id="pronoun-before-the-name",
        ),
        # A relation after the name: "he" may be the father.
        pytest.param(
            _TENANTS + "For tenants such as Okafor, the dispute feels distant. His father "
            "agreed. “Nobody tells us anything,” he said.",
            ["Daniel Okafor", "Kwame Asante", "Kwame Asante"],
            id="relation-after-name",
        ),
        # An aside before a verb after a place, no person's name: no speaker from it.
        pytest.param(
            "Harbour town Port Ellery, meanwhile, reported flooding. “The sea came in fast,” "
            "he said.",
            [None],
            id="place-with-aside",
        ),
    ],
)
def test_a_pronoun_is_not_given_to_someone_the_text_leaves_open(
    body: str, expected: list[str | None]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A rating agency acting is no "he".
        pytest.param(
            "Jonas Whitby, a fund manager, said the bonds were cheap.\n\n"
            "Halden Ratings cut the developer to junk on Monday.\n\n"
            "“I have seen this before,” he said.",
            ["Jonas Whitby"],
            id="rating-agency",
        ),
        # A place made an adjective with a hyphen names no one: the "he" is the manager's.
        pytest.param(
            "Jonas Whitby, a fund manager, said the bonds were cheap.\n\n"
            "Shares of the Hong Kong-listed builder fell. “I have seen this before,” he said.",
            ["Jonas Whitby"],
            id="place-adjective-with-hyphen",
        ),
    ],
)
def test_organisations_and_adjectives_are_no_referent(
    body: str, expected: list[str | None]
) -> None:
    assert speakers(body) == expected
