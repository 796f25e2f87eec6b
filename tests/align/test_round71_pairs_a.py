"""QA round 71: one fact worded apart, each article's lone figure of it misprinted. A year
something will happen in is no year of the event (so a figure of the year before is of it);
a misprint is the same value, which a region named in one sentence only does not bar; a
point misplaced in three digits is looked up as a scale word misprinted is; a count the other
prints as a bare number leaves the other of its noun alone; riders a day are passengers a
day; and "runs 16 times an hour" counts in the noun its sentence names."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The year the berths open in is to come: 2024 is last year, not years before.
        (
            "The Port of Vossgrave handled a record 312.4 million tonnes of cargo in 2024. "
            "Maas said the first of the berths would open in 2027.",
            "Vossgrave's port moved more goods last year than at any point in its history, "
            "with total throughput reaching 321.4 million tonnes, port officials said "
            "Thursday. In 2023 the port handled 298.7 million tonnes. The first new berth is "
            "due in 2027.",
            [("312.4 million tonnes", "321.4 million tonnes")],
            [("312.4 million tonnes", "298.7 million tonnes")],
        ),
        # The only universities of each, two digits swapped, one told of the country.
        (
            "Lecturers and support staff at 69 UK universities will walk out for 14 days over "
            "four weeks from February 19.",
            "Staff at 96 universities, including Manchester, Leeds and Sheffield, are set to "
            "strike for fourteen days spread across six weeks.",
            [("69 UK universities", "96 universities")],
            [],
        ),
        # A point misplaced in three digits, however the measure is worded.
        (
            "The strike is over changes to the pension scheme, which employers say is carrying "
            "a deficit of £14.1 billion.",
            "Employers want to cut future benefits because the scheme has a shortfall of £1.41 "
            "billion, they say.",
            [("£14.1 billion", "£1.41 billion")],
            [],
        ),
        # "11 of them" is the other's eleven fires, which leaves 17 and 19 the only others.
        (
            "The recall came after it received reports of 17 fires linked to the problem. "
            "Eleven of the fires occurred while the cars were parked and not plugged in.",
            "The automaker has logged 19 fires tied to the defect, 11 of them in cars that "
            "were parked and unplugged.",
            [("17 fires", "19 fires")],
            [],
        ),
        # Riders a day on a line are its passengers a day; last year's bus riders stay apart.
        (
            "The Crosstown Line averaged 48,600 riders a day in its first month of service. "
            "The new line has already drawn passengers from the parallel No. 9 bus route, "
            "which carried 21,000 riders a day last year. The authority said No. 9 ridership "
            "had dropped by about a quarter in February.",
            "Port Ellison's Crosstown Line is carrying about 46,800 passengers a day, transit "
            "officials said. The line has also pulled riders off the No. 9 bus, which runs "
            "parallel to it and now carries about 15,500 passengers a day, according to the "
            "authority.",
            [("48,600 riders a day", "about 46,800 passengers a day")],
            [("21,000 riders a day", "about 15,500 passengers a day")],
        ),
        # Trains that run 16 times an hour are 16 trains an hour.
        (
            "Trains run 16 times an hour during the morning and evening rush and every 10 "
            "minutes at other times.",
            "At peak times it operates 12 trains per hour; off-peak, trains come every 10 minutes.",
            [("16 times an hour", "12 trains per hour")],
            [],
        ),
    ],
)
def test_one_fact_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
