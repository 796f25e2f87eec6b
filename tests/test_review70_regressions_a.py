"""Regressions a reviewer found in recent pairing and reading rules: a heatwave's margin in
Fahrenheit read as Celsius, two fines for two kinds of offender paired, and a month named
with "alone" taken for a place."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main

CASES = [
    # An article printing Fahrenheit only: its margin "25 degrees above normal" is Fahrenheit.
    (
        "heat-margin-in-fahrenheit",
        "Heat wave grips Midwest\n\nCHICAGO — A heat wave pushed temperatures in Chicago to 104"
        " degrees Fahrenheit on Tuesday, the hottest day in the city in a decade.\n\n"
        "Forecasters said highs were running as much as 25 degrees above normal for late June.\n",
        "Chicago swelters in record heat\n\nCHICAGO — Chicago hit 104°F on Tuesday as a heat wave"
        " settled over the Midwest.\n\nHighs were running as much as 25°F above normal for late"
        " June, forecasters said.\n",
        set(),
    ),
    # A heatwave's bare reading is still Celsius beside a mild morning told in Fahrenheit.
    (
        "heat-reading-in-celsius",
        "Lyon marathon heatwave\n\nLYON, France — A heatwave pushed temperatures at the Lyon"
        " marathon to 34 degrees Celsius on Sunday, and forty-six runners were taken to"
        " hospital.\n",
        "Lyon marathon run in 36-degree heat\n\nThe mercury reached 36 degrees at midday at the"
        " Lyon marathon. Even at the start, brought forward to 7:30 a.m., it was 75 degrees"
        " Fahrenheit.\n",
        {("34 degrees Celsius", "36 degrees")},
    ),
    # Residents' fine and businesses' fine are two penalties.
    (
        "fines-of-two-offenders",
        "Council bans barbecues in parks\n\nThe city council on Tuesday banned barbecues in all"
        " public parks until the end of September, citing the risk of grass fires.\n\n"
        "Residents who light a barbecue in a park could be fined up to £100, the council said.\n",
        "Barbecue ban for city parks\n\nBarbecues are banned in the city's public parks until the"
        " end of September after councillors voted for the measure on Tuesday.\n\n"
        "Businesses that sell disposable barbecues near the parks face fines of up to £5,000"
        " under a separate order.\n",
        set(),
    ),
    # The one fine for people, however worded, is still one fact.
    (
        "fines-of-one-offender",
        "Hosepipe ban announced\n\nPeople who break the rules face fines of up to £1,000,"
        " although the company said it would issue warnings before taking anyone to court.\n",
        "Water firm bans hosepipes\n\nAnyone caught flouting the ban could be fined up to £100,"
        " though Wyvern said warning letters would go out first.\n",
        {("up to £1,000", "up to £100")},
    ),
    # A month named with "alone" is no place: the month's count against "last month".
    (
        "month-alone",
        "Budget airline passenger numbers soar\n\nSkylark Air said on Thursday that passenger"
        " numbers jumped as travel demand recovered.\n\nIn March alone, the airline carried 4.2"
        " million passengers, chief executive Dana Ruiz said.\n",
        "Skylark Air traffic jumps\n\nSkylark Air carried 2.4 million passengers last month,"
        " chief executive Dana Ruiz said on Thursday, as travel demand recovered.\n",
        {("4.2 million passengers", "2.4 million passengers")},
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "expected"), CASES, ids=[c[0] for c in CASES])
def test_conflicts(write, capsys, name: str, a: str, b: str, expected: set) -> None:
    paths = [str(write(f"{name}.a.txt", a)), str(write(f"{name}.b.txt", b))]
    main(["compare", "-f", "json", "--fail-on", "none", *paths])
    report = json.loads(capsys.readouterr().out)
    found = {
        tuple(e["text"] for e in f["evidence"]) for f in report["findings"] if f["rule"] == "FC105"
    }
    assert found == expected
