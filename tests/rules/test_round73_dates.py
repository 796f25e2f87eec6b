"""FC112 on real sentences (QA round 73, and the round 52 and 69 spans the same fixes reach):
one event dated apart, told in other words ("the last major strike" and "the previous
walkout", "mark" and "record", "set" and "scheduled"), by the numbers both clauses print, and by
a span's other end both print alike."""

from __future__ import annotations

import pytest

from support import rule_messages

DATED_APART = [
    # Round 73, airline strike (P8): "last" and "previous" tell no event, a walkout is a
    # strike, and both print "two days" and 180 flights.
    ("The last major strike at the airline, in June 2019, lasted two days and led to the "
     "cancellation of around 180 flights.",
     "The previous major walkout, in June 2021, lasted two days and grounded about 180 "
     "flights.",
     ("June 2019", "June 2021")),
    # Round 73, heat wave (P1): a year alone after "set in"; a "mark" "broke" and a "record"
    # "eclipsed", of 115 both; the other record of the article is not this one.
    ("The reading broke the city's previous all-time mark of 115 degrees, set in 1961, the "
     "National Weather Service said. The operator reported that demand peaked at 52,061 "
     "megawatts, surpassing the previous record of 50,270 megawatts set in September 2022.",
     "The thermometer at the downtown station touched 117 degrees at 4:52 p.m., eclipsing the "
     "old record of 115, set in 1916, according to the National Weather Service.",
     ("1961", "1916")),
    # Round 73, shipwreck gold (P8): a hearing "set for" and one "scheduled for".
    ("U.S. District Judge Thomas Greaves ordered the coins held in a bonded vault in Tampa "
     "while the case proceeds and set a hearing for March 12.",
     "A hearing is scheduled for March 21.",
     ("March 12", "March 21")),
    # Round 73, courier fine (P1): a period's start, its end printed alike.
    ("The Authority for Working Conditions (ACT) said on Wednesday that Rapido must also pay "
     "€9.6 million in back pay and holiday entitlements covering the period from January 2021 "
     "to June 2024, and enrol the couriers in the social security system within 60 days.",
     "The Authority for Working Conditions (ACT) said the company owed the couriers €9.6 "
     "million in unpaid wages and holiday pay for work carried out between January 2022 and "
     "June 2024.",
     ("January 2021", "January 2022")),
    # Round 52, transfer (P7): a tour's end; "three friendlies", "a three-match tour".
    ("Tavares said Moreira would join the squad where Newcastle play three friendlies between "
     "July 19 and July 27.",
     "Moreira will wear the No. 11 shirt and is expected to travel with the squad for "
     "Newcastle's three-match tour of Asia, which runs from July 19 to July 29.",
     ("July 27", "July 29")),
    # Round 69, antitrust settlement (P3): a period of conduct's start, its end alike.
    ("The regulator found that Brightwave forced app developers to use its own payment system "
     "and charged them a 30 percent commission for seven years, from 2016 to 2023.",
     "The watchdog said the company had required developers to route purchases through its "
     "own billing system for nine years, from 2014 to 2023, taking a 30% cut of each sale.",
     ("2016", "2014")),
    # Round 67, drought (P2): a figure one outlet rounds ("2.37 million", "nearly 2.4
    # million") is one figure of the one ban, whose start is told apart.
    ("Wyvern Water will impose a hosepipe ban on its 2.37 million customers from 8 July",
     "Nearly 2.4 million households and businesses supplied by Wyvern Water will be banned "
     "from using hosepipes from 18 July",
     ("8 July", "18 July")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NOT_APART = [
    # Two spans ending alike, of two things: they share the end and one word only.
    ("Prices rose between January 2021 and June 2024, the statistics office said.",
     "Wages stagnated from March 2023 to June 2024 as prices climbed."),
    # The union's complaint year, worded differently, is one date (round 73, N8).
    ("The couriers' union, which filed the original complaint in 2022, welcomed the fine.",
     "The union first complained to the inspectorate in 2022."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_other_events_or_told_alike_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
