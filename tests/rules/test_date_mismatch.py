"""FC112 on real sentences (QA rounds 57 and 59): one event dated differently by two articles,
and the dates that must not be weighed against each other."""

from __future__ import annotations

import pytest

from support import rule_messages

DATED_APART = [
    # QA round 59, minimum wage: the effective date.
    ("DUBLIN, Oct 7 (Irish Wire Service) — The government on Tuesday announced that the "
     "national minimum wage will rise by €1.15 to €13.85 an hour from January 1, 2026, a 9.1% "
     "increase.",
     "DUBLIN, 7 October — Roughly 164,000 employees on the lowest legal rate of pay will get a "
     "rise next year after the government signed off on a new national minimum wage of €13.85 "
     "an hour, taking effect from 1 March 2026.",
     ("January 1, 2026", "1 March 2026")),
    # QA round 59, bridge collapse: the last inspection.
    ("The bridge, built in 1968, was last inspected in March 2023, when state engineers rated "
     "its superstructure in poor condition.",
     "The bridge's most recent inspection, in March 2022, rated its superstructure a 4, "
     "meaning poor.",
     ("March 2023", "March 2022")),
    # QA round 57, volcano: an end bound, worded alike.
    ("The evacuation order will remain in force until at least Nov. 20, he said.",
     "Antonio Russo, who heads the regional civil protection department, said some 600 "
     "firefighters had been deployed across the area, and that the evacuation order runs "
     "until at least 23 November.",
     ("Nov. 20", "23 November")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NOT_APART = [
    # One date, two precisions and styles.
    ("Election officials said they expected the count to be certified by Nov. 18.",
     "The count will be certified on November 18, 2025."),
    # A span's start against its end.
    ("The retailer did not notify customers until 30 April.",
     "The retailer discovered the breach affecting its customers on March 14, 2024."),
    # The date both print corroborates its event; the other date is another event's.
    ("Newcastle play three friendlies between July 19 and July 27, before the Premier League "
     "season opens on Aug. 16.",
     "The Premier League season starts on Aug. 16, and the squad flies out on July 17."),
    # Two events sharing a word or two.
    ("The plant opened on June 5, 1968.",
     "Inspectors visited the plant on June 12, 2024, and found no faults."),
    # The dateline's day is the filing day of each outlet, not an event's.
    ("LIMA, March 3 (Wire) – Turnout reached 79.4%.", "LIMA, 4 March – Turnout reached 79.4%."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_other_events_or_told_alike_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


YEARS_APART = [
    # QA round 70, coal plant closure (P1): a month and year against a year alone.
    ("Eastline Energy will shut the 1,680-megawatt Tarrawong Power Station in April 2029, the "
     "company said.",
     "Eastline Energy's Tarrawong coal-fired power station will close in 2028, putting 510 jobs "
     "at risk.",
     ("April 2029", "2028")),
    # QA round 52, art auction (P2): when the previous record was set.
    ("The previous auction record for Klimt, $87.9 million, was set in 2006 when Christie's "
     "sold a portrait of Adele Bloch-Bauer.",
     "The previous record, $87.9 million, was paid at Christie's in 2016 for a portrait of "
     "Adele Bloch-Bauer.",
     ("2006", "2016")),
    ("The coal plant will close in 2029, the company said.",
     "The company said the coal plant would close in 2030.",
     ("2029", "2030")),
    ("The company joined the index in 2015.", "The company joined the index in 2012.",
     ("2015", "2012")),
    # A past infinitive is no event still to come (review of 85e0227).
    ("Mendes, who became the first woman to be elected mayor of the city in 2015, resigned "
     "on Monday.",
     "Mendes, who was elected mayor of the city in 2013, resigned on Monday.",
     ("2015", "2013")),
    ("The line is due to open in 2031, the ministry said.",
     "The ministry said the line would open in 2033.",
     ("2031", "2033")),
    # A plan with no "to" before its milestone is still to come (review of d07cbfc).
    ("The stadium is set for opening in 2026.", "The stadium will open in 2027.",
     ("2026", "2027")),
    ("The company plans closure of the plant in 2026.",
     "The company will close the plant in 2027.",
     ("2026", "2027")),
    # One record, its scope's year apart.
    ("The earthquake was the deadliest in Turkey since 1999, officials said.",
     "It was the deadliest earthquake to hit Turkey since 1939.",
     ("1999", "1939")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), YEARS_APART)
def test_one_event_dated_to_another_year_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


YEARS_NOT_APART = [
    # QA round 63, data centre (N5): another milestone of the same campus.
    ("Northvale operates a similar campus in Ohio, approved in 2022, which employs 310 people.",
     "Northvale opened a campus in Ohio in 2023."),
    # QA round 55, budget: a year alone and a day with no year tell no two dates apart.
    ("VAT will rise to 15.5% from May 1 and to 16% in April 2026.",
     "The VAT rate, unchanged since 2018, will go up to 15.5% in May."),
    # A year that is a figure's period: the figure rules weigh it.
    ("Emissions fell 12% between 2015 and 2021, the agency said.",
     "Emissions fell 12% between 2015 and 2020, the agency said."),
    # A year as a name's part or a span of seasons, no date.
    ("The 2024 election left the coalition short of a majority.",
     "The 2025 election left the coalition short of a majority."),
    # Review of 0a4e662: a year's clause tells its own milestone, still to come or past,
    # done to its own thing; and a record's "since" year is that record's.
    ("Reyes, who was born in Manila in 1951, died on Sunday at his home in Madrid.",
     "Reyes died at his home in Madrid in 2025 after a long illness."),
    ("Mayor Tom Baines, first elected in 2014, won a third term on Tuesday.",
     "Mayor Tom Baines, re-elected in 2022, won a third term on Tuesday."),
    ("The law, passed in 2023, bans single-use plastics.",
     "The law, which came into force in 2024, bans single-use plastics."),
    ("The lawsuit, filed in 2021, accuses the company of fraud.",
     "A judge ruled in 2023 that the lawsuit accusing the company of fraud could proceed."),
    ("The former minister was charged with corruption in 2021.",
     "The former minister was convicted of corruption in 2023."),
    ("Silva was arrested in Spain in 2022 and extradited to Brazil.",
     "Silva was extradited to Brazil in 2023 after his arrest in Spain."),
    ("Karlsen, chief executive of the bank, joined it in 2009.",
     "Karlsen became chief executive of the bank in 2018."),
    ("The earthquake was the deadliest in Turkey since 1999, officials said.",
     "It was the strongest earthquake to hit Turkey since 1939."),
    ("The bank was fined in 2019 for failing to stop money laundering.",
     "The bank was fined in 2021 for failing to stop money laundering, its second penalty "
     "after a fine in 2019."),
    ("The city hosted the Olympics in 2012 and will host the Commonwealth Games in 2026.",
     "The city, which hosted the Commonwealth Games in 2014, will host the Olympics in 2036."),
    # One still to come, one past: two openings.
    ("The line is due to open in 2031, the ministry said.",
     "The line opened in 2023, the ministry said."),
    # One year, told alike and at another precision.
    ("The line is due to open in 2031, the ministry said.",
     "The ministry said the line would open in March 2031."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), YEARS_NOT_APART)
def test_years_of_other_events_or_periods_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
