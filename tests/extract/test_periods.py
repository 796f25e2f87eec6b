from __future__ import annotations

import re

import pytest

from factcheck.extract.periods import find_periods, period_for


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("during the Q4 2023 earnings conference call", ["Q4 2023"]),
        ("Meta reported fourth-quarter revenue", ["Q4"]),
        ("results for the third quarter of 2022", ["Q3 2022"]),
        # QA round 44: the final quarter of a year is its fourth.
        ("would take a charge of $1.2 million in the final quarter", ["Q4"]),
        ("in the final quarter of 2025", ["Q4 2025"]),
        ("guidance for fiscal 2025 and FY24", ["FY2025", "FY2024"]),
        ("profit in the first half of 2023", ["H1 2023"]),
        ("GPUs by the end of 2024", ["2024"]),
        ("full-year 2023 revenue", ["FY2023"]),
        ("a 2023 model with 2,023 parts", []),
        # QA round 39: months from one to another, not the first alone.
        ("54% of the long-term average rainfall between March and June", ["March to June"]),
        ("rainfall between March and May", ["March to May"]),
        ("prices rose 3% from March 2024 to May 2025", ["March 2024 to May 2025"]),
        ("sales rose 5% in March and 4% in June", ["March", "June"]),
        # QA round 38: a year before an event's name dates it; two years a span runs between
        # do not.
        ("The 2015 Gorkha earthquake, of magnitude 7.8, killed nearly 9,000 people", ["2015"]),
        ("The 2019 election saw turnout of 67 per cent", ["2019"]),
        ("The population grew by 8.4 per cent between the 2021 and 2026 censuses", []),
        # QA round 41: a forecast for two years is dated, as "in 2026 and 2027" is.
        ("The Bundesbank expects inflation of around 2 per cent in both 2026 and 2027",
         ["2026"]),
        ("Both 2024 and 2025 were hotter than average", []),
        # A year's end: "Inflation ended 2025 at 4.26%" is 2025's inflation.
        ("Inflation ended 2025 at 4.26%", ["2025"]),
        ("The FTSE 100 closed 2024 at 8,173 points", ["2024"]),
    ],
)  # fmt: skip
def test_find_periods(text, labels) -> None:
    assert [p.label for p in find_periods(text)] == labels


def test_period_for_prefers_the_nearest_before() -> None:
    text = "Q3 sales rose 5%, while Q4 sales rose 9%."
    periods = find_periods(text)
    assert period_for(periods, text.index("5%")) == "Q3"
    assert period_for(periods, text.index("9%")) == "Q4"
    assert period_for([], 0) is None


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("sales in the first quarter rose", ["Q1"]),
        ("a second-half recovery", ["H2"]),
        ("H2 2023 guidance", ["H2 2023"]),
        ("the fiscal year 2024 budget", ["FY2024"]),
        ("profit in 2023 and in 2024", ["2023", "2024"]),
        # A year before an event's noun dates it, as "in a 1984 derailment" does.
        ("the 2024 election", ["2024"]),
        ("between the 2021 and 2026 censuses", []),
        ("2024 Q1 results", ["Q1 2024"]),
    ],
)
def test_find_more_periods(text, labels) -> None:
    assert [p.label for p in find_periods(text)] == labels


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # A period in the figure's own clause wins over one in the clause before.
        (
            "Profit doubled in the first half, and shares were down 19% in Q4 2023.",
            "19%",
            "Q4 2023",
        ),
        (
            "In the fourth quarter, revenue rose 25%, while in the third quarter it rose 23%.",
            "23%",
            "Q3",
        ),
        # No period in its clause: the nearest before it.
        ("In the fourth quarter, revenue rose 25%, beating the third quarter's 23%.", "25%", "Q4"),
        # A thousands separator is not a clause break.
        ("Q3 orders fell, but 5,000 cars shipped in Q4.", "5,000", "Q4"),
    ],
)
def test_period_for_prefers_the_figure_s_own_clause(text, figure, period) -> None:
    assert period_for(find_periods(text), text.index(figure), text) == period


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("fell to 5.12% in April from 5.31%", ["April"]),
        ("the rate in March 2024 and May's", ["March 2024"]),
        ("April’s figure", ["April"]),
        ("in May 2024", ["May 2024"]),
        ("on March 14, 14 March, the 14th of March", []),
        ("April Jones said Theresa May agreed", []),
        ("in the first three months of the year", ["Q1"]),
        ("in the first six months of 2023", ["H1 2023"]),
        ("the last three months of 2023", ["Q4 2023"]),
        # QA round 47: a change counts from the month, which is no period it is told for.
        ("parking will cost 10% more from April", []),
        ("a 4.99 per cent council tax rise from April", []),
        ("sales rose 4% from March to June", ["March to June"]),
    ],
)
def test_months_and_parts_of_a_year(text, labels) -> None:
    assert [p.label for p in find_periods(text)] == labels


def test_a_year_after_since_is_where_a_time_starts_not_a_period() -> None:
    text = (
        "The hottest and driest summer in England since 1976 has cut cereal yields sharply, "
        "government figures showed on Wednesday, with farmers in the east losing up to half "
        "of their crop."
    )
    periods = find_periods(text)
    assert [p.label for p in periods] == ["1976"]
    assert period_for(periods, text.index("up to half"), text) is None


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("profit for the March quarter", ["quarter to March"]),
        ("sales in the quarter to June rose", ["quarter to June"]),
        ("in the three months ended December 31, 2024", ["quarter to December 2024"]),
        ("the outcome in the April-June quarter", ["quarter to June"]),
        ("the December quarter", ["quarter to December"]),
        ("In March, sales rose", ["March"]),
    ],
)
def test_a_quarter_named_by_its_last_month(text, labels) -> None:
    assert [p.label for p in find_periods(text)] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A financial year as two calendar years, by the year it ends in.
        ("Fees will increase to £9,790 in 2026-27.", ["FY2027"]),
        ("The 2025/26 budget set aside £4bn.", ["FY2026"]),
        ("the 2099–00 plan", ["FY2100"]),
        # Years apart are a span, no financial year; a date is none either.
        ("Between 2019-21 prices rose.", []),
        ("on 2024-05-01", []),
    ],
)
def test_a_financial_year_as_two_years(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_periods(text)] == labels


def test_a_month_of_another_year_is_no_period() -> None:
    text = "Prices rose 0.4% in August, compared with 0.2% in August last year."
    periods = find_periods(text)
    assert period_for(periods, text.index("0.4%"), text) == "August"
    assert period_for(periods, text.index("0.2%"), text) is None


def test_a_figure_takes_the_period_right_after_it_over_one_before_its_and() -> None:
    text = "The deficit will be A$31.2 billion in 2027/28 and A$24.9 billion in 2028/29."
    periods = find_periods(text)
    first, second = text.index("A$31.2"), text.index("A$24.9")
    figures = [(first, first + 14), (second, second + 14)]
    assert period_for(periods, first, text, figures=figures) == "FY2028"
    assert period_for(periods, second, text, figures=figures) == "FY2029"


@pytest.mark.parametrize(
    ("text", "figure", "written", "period"),
    [
        # QA round 43: the bank's net profit, "last year" in an article dated February 2026.
        ("Net profit rose to €5.38bn last year, up from €4.9bn in 2024.", "€5.38bn", 2026, "2025"),
        ("Net profit rose to €5.38bn last year, up from €4.9bn in 2024.", "€4.9bn", 2026, "2024"),
        ("Net profit rose to €5.38bn last year, up from €4.9bn in 2024.", "€5.38bn", None, None),
        ("Revenue will grow 4% this year and 6% next year.", "4%", 2026, "2026"),
        ("Revenue will grow 4% this year and 6% next year.", "6%", 2026, "2027"),
        ("Last year, the bank earned €5.4bn.", "€5.4bn", 2026, "2025"),
        ("Prices rose 0.4% in August, compared with 0.2% in August last year.", "0.2%", 2026,
         "August 2025"),
        # Twelve months to now, now itself, and a year counted from one the text names.
        ("Output fell 2% over the last year.", "2%", 2026, None),
        ("Output fell 2% in the past year.", "2%", 2026, None),
        ("Inflation is now 3.1 per cent.", "3.1", 2026, None),
        # QA round 45: a moment in the year, not the year's figure.
        ("Unemployment is forecast to top out at 5.4% later this year.", "5.4%", 2026, None),
        ("The rate should fall to 3.1% by the end of next year.", "3.1%", 2026, None),
        ("Sales rose 8% in May 2024, after 3% in May the previous year.", "3%", 2026, None),
    ],
)  # fmt: skip
def test_a_year_counted_from_the_articles_date(text, figure, written, period) -> None:
    at = text.index(figure)
    figures = [(m.start(), m.end()) for m in re.finditer(r"€[\d.]+bn|[\d.]+%|3\.1", text)]
    periods = find_periods(text)
    assert period_for(periods, at, text, figures=figures, sentence_start=0, written=written) == (
        period
    )
