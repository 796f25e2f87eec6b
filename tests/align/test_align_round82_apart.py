"""Round 82's false pairs: a sentence opening on an earlier time ("Last year,", "A year ago,",
"In 2019,", "In the 2021-22 season") is of that time, not the undated figure of now; a figure of
the subject's relative ("His older brother …") is not the subject's; "times capped" counts caps;
two named sites ("X Reservoir", "Lake Y") told each in its figure's clause are two sites."""

import pytest

from support import aligned_texts, figure_printed


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # An opening "Last year," / "A year ago," sets the sentence at the year before.
        (
            "Last year, 58 stalls were rented at the fair.",
            "The fair rented 64 stalls.",
            ("58 stalls", "64 stalls"),
            False,
        ),
        (
            "58 stalls were rented at the fair.",
            "The fair rented 64 stalls.",
            ("58 stalls", "64 stalls"),
            True,
        ),
        (
            "A year ago, the shelter housed 310 dogs.",
            "The shelter housed 355 dogs.",
            ("310 dogs", "355 dogs"),
            False,
        ),
        # A value both tell alike is still one: the size the two counts are of.
        (
            "A year ago, the count of shards larger than 5 millimetres stood at 9,100.",
            "The lab now logs 9,800 shards larger than 5 millimetres.",
            ("larger than 5 millimetres", "larger than 5 millimetres"),
            True,
        ),
        # The figure's own clause tells it as now.
        (
            "Last year, the fair was cancelled, but this year 61 stalls were rented.",
            "The fair rented 64 stalls.",
            ("61 stalls", "64 stalls"),
            True,
        ),
        # "Last year's" against an undated figure whose sentence tells a time: no rule.
        (
            "Last year, 58 stalls were rented at the fair.",
            "The fair rented 64 stalls last weekend, organisers said before the earlier show.",
            ("58 stalls", "64 stalls"),
            True,
        ),
        # "In 2019," years before the latest year named; not the latest year itself.
        (
            "In 2019, the ferry carried 41,000 passengers.",
            "The ferry carried 46,000 passengers. A second route opened in 2024.",
            ("41,000 passengers", "46,000 passengers"),
            False,
        ),
        (
            "In 2024, the ferry carried 41,000 passengers.",
            "The ferry carried 46,000 passengers. A second route opened in 2024.",
            ("41,000 passengers", "46,000 passengers"),
            True,
        ),
        # A season named by its years, over by the latest year named; not one still to end.
        (
            "In the 2021-22 season she scored 19 goals for the club.",
            "She has scored 25 goals for the club. She signed a new deal in 2023.",
            ("19 goals", "25 goals"),
            False,
        ),
        (
            "In the 2023-24 season she scored 19 goals for the club.",
            "She has scored 25 goals for the club. She signed a new deal in 2023.",
            ("19 goals", "25 goals"),
            True,
        ),
        # A relative's figure is not the subject's.
        (
            "She has won 61 caps for Ireland.",
            "Her younger sister Aoife, 24, has won 17 caps for Ireland.",
            ("61 caps", "17 caps"),
            False,
        ),
        (
            "Nolan has played 140 matches for the county.",
            "His father played 96 matches for the county in the 1980s.",
            ("140 matches", "96 matches"),
            False,
        ),
        # The relative is no subject of the figure's clause: the subject's with them.
        (
            "Mr Okafor paid $1.2 million for the house.",
            "Okafor and his wife paid $1.4 million for the house.",
            ("$1.2 million", "$1.4 million"),
            True,
        ),
        # Both tell the relative's: one fact.
        (
            "Her younger sister Aoife has won 19 caps for Ireland.",
            "Her sister Aoife, 24, has won 17 caps for Ireland.",
            ("19 caps", "17 caps"),
            True,
        ),
        (
            "She has won 61 caps for Ireland.",
            "She has won 64 caps for Ireland, her coach said.",
            ("61 caps", "64 caps"),
            True,
        ),
        # Two named sites, each in its figure's clause.
        (
            "On the northern side, Corby Reservoir stood at 27%.",
            "Rainfall was scarce, while Dunmore Reservoir in the hills was at 29 percent.",
            ("27%", "29 percent"),
            False,
        ),
        (
            "Lake Tarrow was down to 33% of capacity.",
            "Lake Ossing was at 36 percent of capacity.",
            ("33%", "36 percent"),
            False,
        ),
        # One site named in both, or in one only: one fact.
        (
            "On the northern side, Corby Reservoir stood at 27%.",
            "Corby Reservoir was at 29 percent.",
            ("27%", "29 percent"),
            True,
        ),
        (
            "On the northern side, Corby Reservoir stood at 27%.",
            "The reservoir was at 29 percent.",
            ("27%", "29 percent"),
            True,
        ),
    ],
)
def test_pairs(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        ("Fifty-two times capped by Wales, the flanker joins Bath.", "Fifty-two times", "cap"),
        ("The winger has been capped 18 times by Italy.", "18 times", "cap"),
        # A limit set again and again counts times.
        ("Rents have been capped three times since 2020.", "three times", "time"),
        ("The fare has been capped 4 times by the council's board.", "4 times", "time"),
    ],
)
def test_times_capped(text: str, printed: str, unit: str) -> None:
    assert figure_printed(text, printed).unit == unit
