"""Review 83 of the earlier-occasion and quarter rules: an earlier occasion set against the
story's in an opening phrase ("Despite last year's slump, …"), a clause telling its figure as now
("this year's race drew …") or one after the occasion's own figure ("Last year's turnout of
38,000 was beaten as 41,000 …") keeps the story's figures; a fiscal year's numbered quarter may
be the months another article names; a quarter told with its months beside it ("the second
quarter, the three months ended Sept. 30,") is one period, with the words before it."""

import pytest

from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # The reviewer's: an opening "Unlike …," phrase, past its relative clause.
        (
            "Unlike last year's marathon, which was cut short by heat, this year's race drew "
            "45,000 runners.",
            "More than 45,000 runners took part in the marathon on Sunday.",
            ("45,000 runners", "More than 45,000 runners"),
            True,
        ),
        (
            "Unlike last year's regatta, which was cancelled in a storm, the event drew 6,200 "
            "sailors.",
            "The regatta drew 6,200 sailors.",
            ("6,200 sailors", "6,200 sailors"),
            True,
        ),
        (
            "Despite last year's losses, the bakery chain employs 2,100 staff in its shops.",
            "The bakery chain employs 2,250 staff in its shops.",
            ("2,100 staff", "2,250 staff"),
            True,
        ),
        (
            "Recovering from last year's flood damage, the museum welcomed 31,000 visitors.",
            "The museum welcomed 31,000 visitors.",
            ("31,000 visitors", "31,000 visitors"),
            True,
        ),
        # "During" sets the clause at the occasion: not the story's count.
        (
            "During last year's carnival, paramedics treated 640 people.",
            "Paramedics treated 640 people at the carnival.",
            ("640 people", "640 people"),
            False,
        ),
        # The figure's clause tells it as now.
        (
            "Last year's show was called off, but this year's edition attracted 7,500 guests.",
            "The show attracted 7,500 guests.",
            ("7,500 guests", "7,500 guests"),
            True,
        ),
        (
            "Last year's season ended early, and the club now has 930 members.",
            "The club has 960 members.",
            ("930 members", "960 members"),
            True,
        ),
        # Without such words the clause is still the occasion's.
        (
            "Last year's show attracted 6,800 guests.",
            "The show attracted 7,500 guests.",
            ("6,800 guests", "7,500 guests"),
            False,
        ),
        # A clause after the occasion's own figure is the story's.
        (
            "Last year's turnout of 38,000 was beaten as 41,000 fans packed the stadium.",
            "A crowd of 41,000 fans packed the stadium.",
            ("41,000 fans", "41,000 fans"),
            True,
        ),
        (
            "Last year's crowd of 52,000 was topped as 56,000 spectators filled the ground.",
            "A crowd of 56,000 spectators filled the ground.",
            ("56,000 spectators", "56,000 spectators"),
            True,
        ),
        # A second figure of the same phrase is the occasion's too.
        (
            "Last year's crowd of 52,000 and 3,000 stewards were praised by police.",
            "A crowd of 56,000 spectators and 3,000 stewards filled the ground.",
            ("3,000 stewards", "3,000 stewards"),
            False,
        ),
    ],
)
def test_earlier_occasion_against_the_story(
    text_a: str, text_b: str, pair: tuple[str, str], paired: bool
) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # The reviewer's: a fiscal first quarter is July-September.
        (
            "Microsoft's revenue in its fiscal first quarter rose 16% to $65.6 billion. Cloud "
            "revenue for the July-September period was $24.1 billion.",
            "Microsoft's revenue for the three months to September rose 16% to $65.6 billion.",
            ("16%", "16%"),
            True,
        ),
        (
            "Oracle's fiscal second-quarter revenue rose to $14.1 billion. Cloud sales for the "
            "September-November period were $6.2 billion.",
            "Oracle's revenue in the quarter to November rose to $14.1 billion.",
            ("$14.1 billion", "$14.1 billion"),
            True,
        ),
        # No fiscal year named: the calendar's second quarter is not July-September.
        (
            "Kumsan's second-quarter operating profit was 3.8 trillion won. Operating profit "
            "for the July-September period reached 4.4 trillion won.",
            "Kumsan's operating profit for the quarter to September was 4.0 trillion won.",
            ("3.8 trillion won", "4.0 trillion won"),
            False,
        ),
        # "Fiscal policy" names no fiscal year's quarters.
        (
            "Kumsan's second-quarter operating profit was 3.8 trillion won, despite tighter "
            "fiscal policy. Operating profit for the July-September period reached 4.4 trillion "
            "won.",
            "Kumsan's operating profit for the quarter to September was 4.0 trillion won.",
            ("3.8 trillion won", "4.0 trillion won"),
            False,
        ),
    ],
)
def test_fiscal_quarter_and_its_months(
    text_a: str, text_b: str, pair: tuple[str, str], paired: bool
) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("sentence", "printed", "period", "measure"),
    [
        # The reviewer's.
        (
            "Sony's operating profit in the second quarter, the three months ended Sept. 30, "
            "rose to 404 billion yen.",
            "404 billion yen",
            "quarter to September",
            {"profit"},
        ),
        (
            "Hitachi's net income in the three months ended June 30, its first quarter, fell "
            "to 152 billion yen.",
            "152 billion yen",
            "quarter to June",
            {"income"},
        ),
        (
            "In the third quarter, the three months to December, Nintendo's sales rose to 490 "
            "billion yen.",
            "490 billion yen",
            "quarter to December",
            {"revenue"},
        ),
        (
            "Canon's profit rose to 96 billion yen in the second quarter, the three months "
            "ended Sept. 30, as camera sales grew.",
            "96 billion yen",
            "quarter to September",
            {"profit"},
        ),
        # Two quarters with a figure each, not one told twice: each keeps its own.
        (
            "Canon's profit rose 4% in the second quarter, and sales in the quarter to "
            "September fell 3%.",
            "3%",
            "quarter to September",
            {"revenue"},
        ),
        (
            "Canon's profit rose 4% in the second quarter, and sales in the quarter to "
            "September fell 3%.",
            "4%",
            "Q2",
            {"profit"},
        ),
    ],
)
def test_quarter_told_with_its_months(
    sentence: str, printed: str, period: str, measure: set[str]
) -> None:
    figure = next(f for f in figures_of(sentence) if f.text == printed)
    assert figure.period == period
    assert measure <= set(figure.measure)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Profit in the second quarter, the three months ended Sept. 30, rose.",
            ["quarter to September"],
        ),
        (
            "Profit in the July-September quarter, its fiscal second quarter, rose.",
            ["quarter to September"],
        ),
        (
            "Profit rose in the second quarter, and in the quarter to September it fell.",
            ["Q2", "quarter to September"],
        ),
    ],
)
def test_one_period_for_a_quarter_told_twice(text: str, labels: list[str]) -> None:
    from factcheck.extract.periods import find_periods

    assert [period.label for period in find_periods(text)] == labels
