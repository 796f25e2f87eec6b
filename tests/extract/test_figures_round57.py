"""Round 57: bare vote tallies in an election story, and bare changes that count what the
count before them counts."""

from __future__ import annotations

import pytest

from support import figures_of

# article text, the figure text expected, its unit (None: no figure of that text)
VOTES = [
    # A name on or with a bare number, in a story that counts votes elsewhere.
    ("Jane Ward won 9,120 votes. Labour's Tom Reid came second with 7,455.", "7,455", "vote"),
    ("Jane Ward won 9,120 votes, ahead of the Green Party's Ann Hale on 1,804.", "1,804", "vote"),
    ("Ann Hale was fourth with 1,310 (4.2%). Jane Ward won 9,120 votes.", "1,310", "vote"),
    ("Jane Ward won 9,120 votes, a majority of 1,665.", "1,665", "vote"),
    # Controls: no votes counted in the article; a unit after the number; a date; a
    # parliament's majority; a pronoun before "with".
    ("Labour's Tom Reid came second with 7,455.", "7,455", None),
    ("Jane Ward won 9,120 votes. Reid came second with 40 seats.", "40", None),
    ("Jane Ward won 9,120 votes. The count ended on 24 October.", "24", None),
    ("Jane Ward won 9,120 votes. The party keeps a Commons majority of 80.", "80", None),
    ("Jane Ward won 9,120 votes. They finished with 300.", "300", None),
]


@pytest.mark.parametrize(("text", "printed", "unit"), VOTES)
def test_bare_vote_tallies(text: str, printed: str, unit: str | None) -> None:
    found = [f for f in figures_of(text) if f.text == printed]
    if unit is None:
        assert all(f.unit != "vote" for f in found), [(f.text, f.unit) for f in found]
    else:
        assert [f.unit for f in found] == [unit]


ELLIPTICAL = [
    ("Mining added 4,000 jobs and retail shed 2,500.", "2,500", "job"),
    ("The regulator counted 1,200 complaints in May, and now estimates a rise of 300.", "300",
     "complaint"),
    ("Hospitals added 6,000 jobs, the biggest gain in more than a year, and schools added 1,900.",
     "1,900", "job"),
    ("Farms lost 800 jobs, followed by fishing with 350.", "350", "job"),
    # Controls: a price between; nothing counted before; a percent after; a year.
    ("The firm employs 400 people and its shares fell by 12.", "12", None),
    ("Part-time work grew by 8,100 in June.", "8,100", None),
    ("Mining added 4,000 jobs and output rose by 3%.", "3", None),
    ("Mining added 4,000 jobs, a gain of 2019.", "2019", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "unit"), ELLIPTICAL)
def test_bare_changes_count_the_count_before(text: str, printed: str, unit: str | None) -> None:
    found = [f for f in figures_of(text) if f.text == printed]
    if unit is None:
        assert not found, [(f.text, f.unit) for f in found]
    else:
        assert [f.unit for f in found] == [unit]


SINCE_AGO = [
    # "since" before a span "ago": how long the state since has held.
    ("It is the first rise since the levy was frozen at £40 five years ago.", "five years"),
    ("The club won its first title since it was promoted three years ago.", "three years"),
    # Controls: a span "ago" with no "since" dates an event; "since" a date or a name is the
    # date's clause.
    ("The plant closed seven years ago.", None),
    ("Since 2019, prices rose and the deal was signed two years ago.", None),
    ("It is the first since March, when the deal was signed two years ago.", None),
]


@pytest.mark.parametrize(("text", "printed"), SINCE_AGO)
def test_since_a_span_ago(text: str, printed: str | None) -> None:
    spans = [f.text for f in figures_of(text) if f.kind.value == "duration"]
    assert spans == ([] if printed is None else [printed])


# text, the figure text that must not be read (None in the second column of a control: the
# figure that must still be read)
NOT_FIGURES = [
    ("The tanker ran aground on the Nine Rocks shoal in 1978.", "Nine Rocks"),
    ("Callers to the county's 911 center waited for an hour.", "911 center"),
    ("Emergency 911 calls were answered by hand.", "911 calls"),
    ("The hospital took a 999 call from the farm.", "999 call"),
    ("“We won't spend one cent on it,” the mayor said.", "one cent"),
    ("We have 30 players and I will back every one of them.", "one of them"),
]
STILL_FIGURES = [
    ("Seven Britons were killed in the crash.", "Seven Britons"),
    ("The service received 999 calls on Monday.", "999 calls"),
    ("Stamps went up by one cent.", "one cent"),
    ("Nine cases were found, one of them fatal.", "one of them"),
]


@pytest.mark.parametrize(("text", "printed"), NOT_FIGURES)
def test_words_that_are_no_figures(text: str, printed: str) -> None:
    assert all(printed not in f.text for f in figures_of(text))


@pytest.mark.parametrize(("text", "printed"), STILL_FIGURES)
def test_controls_still_figures(text: str, printed: str) -> None:
    assert printed in [f.text for f in figures_of(text)]


# A quantifier after "a.m." opens the next sentence; a weekday or a lower-case word does not.
SPLITS = [
    ("The ferry sank at 2:15 a.m. All 40 passengers were rescued.", 2),
    ("The ferry sank at 2:15 a.m. Both pilots were rescued.", 2),
    ("The ferry sank at 2:15 a.m. Monday near the port.", 1),
    ("The U.S. Some say otherwise.", 2),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_quantifier_opens_a_sentence_after_an_abbreviation(text: str, count: int) -> None:
    from factcheck.extract.sentences import split_sentences

    assert len(split_sentences(text)) == count
