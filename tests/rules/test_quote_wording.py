"""FC101 on real sentences: what a rewording's message lists as changed."""

from __future__ import annotations

from functools import partial

import pytest

from support import rule_messages

wording_findings = partial(rule_messages, "FC101")


def test_a_trimmed_tail_is_no_change_beside_a_real_one() -> None:
    # b cuts the quote short and changes a word: the word is the finding, not the cut.
    found = wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big leap in battery life,” said Lena Cho.",
    )
    assert len(found) == 1
    assert found[0].endswith("“jump” → “leap”"), found


def test_a_trim_alone_is_no_finding() -> None:
    assert not wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big jump in battery life,” said Lena Cho.",
    )


def test_a_quote_cut_at_its_start_is_no_finding_whatever_word_repeats() -> None:
    # The word diff lines b's "We" up with a's first "we": still only a cut at the start.
    assert not wording_findings(
        "“We accept the conditions and we are ready to get on with it,” the chief executive said.",
        "“We are ready to get on with it,” the chief executive said.",
    )
    assert not wording_findings(
        "“A vote for anyone else is a vote for another decade of division,” Lavoie said.",
        "Lavoie warned that it would be “a vote for another decade of division”.",
    )


def test_words_cut_where_the_quote_does_not_open_are_a_change() -> None:
    # b's sentence is the second of its quote: its opening words were cut inside the quote.
    found = wording_findings(
        "“We accept the conditions and we are ready to get on with it,” said Jo Reid.",
        "“The work starts now. We are ready to get on with it,” said Jo Reid.",
    )
    assert len(found) == 1, found


MARTIN_HALE = (
    '"Labour are asking people who are already struggling with their energy bills and their '
    'mortgages to bail out years of mismanagement at the town hall," Martin Hale said.'
)


def test_words_cut_at_an_ellipsis_inside_a_sentence_are_no_finding() -> None:
    assert not wording_findings(
        MARTIN_HALE,
        "“Labour are asking people who are already struggling … to bail out years of "
        "mismanagement at the town hall,” Martin Hale said.",
    )


def test_an_ellipsis_cut_against_a_partial_quote_that_opens_later_is_no_finding() -> None:
    assert not wording_findings(
        "Their leader, Martin Hale, accused Labour of ‘asking people who are already struggling "
        "with their energy bills and their mortgages to bail out years of mismanagement at the "
        "town hall’.",
        "“Labour are asking people who are already struggling … to bail out years of "
        "mismanagement at the town hall,” Martin Hale told the Local Democracy Reporting Service.",
    )


def test_an_ellipsis_does_not_excuse_changed_words_around_it() -> None:
    found = wording_findings(
        MARTIN_HALE,
        "“Labour are asking families who are already struggling … to bail out years of "
        "mismanagement at the town hall,” Martin Hale said.",
    )
    assert len(found) == 1, found
    assert "“people” → “families”" in found[0], found


def test_an_ellipsis_does_not_excuse_words_cut_elsewhere_without_one() -> None:
    # The cut after "bail out" has no ellipsis to own up to it.
    assert wording_findings(
        MARTIN_HALE,
        "“Labour are asking people who are already struggling … to bail out mismanagement at "
        "the town hall,” Martin Hale said.",
    )


def test_two_clauses_swapped_round_are_a_change_not_two_trims() -> None:
    # QA round 43: a governor's two clauses, printed the other way round by one outlet.
    found = wording_findings(
        "“Firefighters are doing heroic work in brutal conditions,” Newsom said at a base camp. "
        "“The state will not leave Ventura County to face this alone, and federal help is on "
        "its way.”",
        "“Federal help is on its way, and the state will not leave Ventura County to face this "
        "alone,” Newsom said, standing beside county supervisors.",
    )
    assert len(found) == 1
    assert found[0].endswith("+“Federal help is on its way and”; −“and federal help is on its way”")


CONTRACTED = [
    # QA rounds 59-72: one outlet writes out what the other contracts.
    ("“We don’t yet know what caused the blast,” the fire chief said.",
     "“We do not yet know what caused the blast,” the fire chief said.",
     "“don’t” → “do not” (contractions only)"),
    ("“It can’t go on like this, and that's the truth,” Marsh said.",
     "“It cannot go on like this, and that is the truth,” Marsh said.",
     "“can’t” → “cannot”; “that's” → “that is” (contractions only)"),
    ("“It’s been a hard year for every family here,” Marsh said.",
     "“It has been a hard year for every family here,” Marsh said.",
     "“It’s” → “It has” (contractions only)"),
    # A word changed beside a contraction: a rewording like any other.
    ("“We don’t yet know what caused the blast,” the fire chief said.",
     "“We do not yet know what started the blast,” the fire chief said.",
     "“don’t” → “do not”; “caused” → “started”"),
    # Not one word for another's contraction: "we'd" is "we would" or "we had", not "we did".
    ("“We’d seen nothing like it,” Marsh said.",
     "“We did see nothing like it,” Marsh said.",
     "“We’d seen” → “We did see”"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "changes"), CONTRACTED)
def test_a_contraction_written_out_is_said_to_be_only_that(a: str, b: str, changes: str) -> None:
    found = wording_findings(a, b)
    assert len(found) == 1
    assert found[0].endswith(changes), found
