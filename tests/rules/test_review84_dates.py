"""FC112 after review 84 of the round-82 date changes: a start told with its actor ("Tesla
began construction of") or in other words ("Work began on", "Construction of … began") is one
start unless one clause's thing qualifies the other's ("work at the museum"); arriving in a
place joins no club; a "comment" is no start ("commenced" is); a report's finding is no
detection; a charge raised or doubled is a change apart from its introduction."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # One start, its actor named in one article, its thing qualified in the other.
    ("Tesla began construction of the Berlin plant on 5 March 2020.",
     "Construction of Tesla's Berlin plant began on 12 March 2020.",
     ("5 March 2020", "12 March 2020")),
    ("Police began a search for the missing boy on 3 March.",
     "The search for the missing boy began on 4 March.",
     ("3 March", "4 March")),
    ("Mexico will begin imposing tariffs on US steel on June 1.",
     "Tariffs on US steel will start on June 10.",
     ("June 1", "June 10")),
    ("Work began on the stadium on 3 May 2021.",
     "Construction of the stadium began on 10 May 2021.",
     ("3 May 2021", "10 May 2021")),
    ("The public inquiry into the Grenfell fire began on 5 March.",
     "The public inquiry began hearing evidence about the Grenfell fire on 12 March.",
     ("5 March", "12 March")),
    # New variants.
    ("The contractor began demolition of the old pier on 14 August.",
     "Demolition of the old pier started on 21 August.",
     ("14 August", "21 August")),
    ("Canada will begin collecting duties on Chinese aluminium on October 1.",
     "Duties on Chinese aluminium will start on October 15.",
     ("October 1", "October 15")),
    # A start "commenced" is still a start.
    ("Dredging of the harbour commenced on 2 June.",
     "Dredging of the harbour began on 9 June.",
     ("2 June", "9 June")),
    # A fault found, passive, is still a detection.
    ("Corrosion in the bridge cables was detected by engineers on 6 April.",
     "Corrosion in the bridge cables was found by engineers on 13 April.",
     ("6 April", "13 April")),
    # A player who arrived at a club from another joined it.
    ("Mbeki joined Sharks from the Durban side Cheetahs in 2015.",
     "Mbeki arrived at Sharks from Cheetahs of Durban in 2016.",
     ("2015", "2016")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # The museum's opening and work at it: the one's thing qualifies the other's.
    ("The library opened on 4 September.",
     "Restoration work at the library began on 18 September."),
    # Arriving in a country is no club joined.
    ("Nguyen arrived in Britain from Vietnam in 2009.",
     "Nguyen joined the NHS from a Vietnamese hospital in 2012."),
    ("Okafor arrived in Dublin from Lagos in 2014 to study medicine.",
     "Okafor joined Leinster from the Lagos side Ravens in 2016."),
    ("Haddad arrived in Canada from Lebanon in 1998.",
     "Haddad joined the Montreal firm from a Beirut bank in 2003."),
    # A comment is no start.
    ("The regulator began its review of the merger on 5 March.",
     "The regulator's public comment on the merger was published on 20 March."),
    ("The council began consultation on the plan on 5 March.",
     "The council's comment period on the plan closed on 30 April."),
    ("The agency began its assessment of the pipeline on 8 July.",
     "The agency's comments on the pipeline were released on 29 July."),
    # A report's finding is not the day a fault was detected.
    ("Cracks in the dam were detected by inspectors on 1 February.",
     "A report published on 3 March found cracks in the dam, inspectors said."),
    ("Mould in the school was detected by surveyors on 10 May.",
     "An audit released on 2 June found mould in the school."),
    # A charge introduced, and the same charge raised or doubled later.
    ("The sugar tax was introduced in April 2018.",
     "The sugar levy was raised in April 2023."),
    ("The tourist levy was introduced in 2019.",
     "The tourist tax was doubled in 2023."),
    ("The plastic bag levy was introduced in July 2015.",
     "The plastic bag tax was increased in July 2020."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_two_happenings_are_quiet(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
