"""Two events written for the tests (not bundled coverage), each pair with planted differences:
factcheck must report those and nothing that is not there."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from support import ROOT

DATA = ROOT / "tests" / "data"


def run(capsys, *names: str) -> dict:
    main(["compare", "-f", "json", "--fail-on", "none", *(str(DATA / n) for n in names)])
    return json.loads(capsys.readouterr().out)


def conflicts(report: dict) -> set[tuple[str, str]]:
    return {
        tuple(e["text"] for e in f["evidence"]) for f in report["findings"] if f["rule"] == "FC105"
    }


def status_of(report: dict, text: str) -> str:
    [row] = [r for r in report["figure_table"] if any(f["text"] == text for f in r["figures"])]
    return row["status"]


def test_bank_rate_story(capsys) -> None:
    report = run(capsys, "boe-wire-a.md", "boe-daily-b.md")
    # Planted: inflation 4.0% vs 4.2 per cent, sterling 0.3% vs the pound 0.5%.
    assert conflicts(report) == {("4.0%", "4.2 per cent"), ("about 0.3%", "0.5%")}
    # A vote "for a rise to 5.5%" is not the pound's rise; 5.25% and 5.25 per cent agree.
    assert status_of(report, "5.25%") == "corroborated"
    assert status_of(report, "5.5%") == "single_source"
    quotes = [m for m in report["alignment"]["quotes"] if m["score"] == 100]
    assert len(quotes) == 2  # Bailey's two sentences, printed as one quote by one outlet
    assert not [f for f in report["findings"] if f["rule"] in ("FC101", "FC104")]


def test_car_maker_results(capsys) -> None:
    report = run(capsys, "tesla-a.txt", "tesla-b.txt")
    # Planted: shares fell about 6% vs the stock dropped 8%.
    assert conflicts(report) == {("about 6%", "8%")}
    assert status_of(report, "$25.17 billion") == "corroborated"  # vs $25.2 billion
    assert status_of(report, "484,507 vehicles") == "corroborated"  # vs nearly 485,000
    unsourced = [f for f in report["findings"] if f["rule"] == "FC107"]
    assert [f["evidence"][0]["text"] for f in unsourced] == [
        "The board also approved a $5 billion buyback."
    ]
    # One outlet quotes only part of Musk's sentence: aligned, not flagged as reworded.
    assert not [f for f in report["findings"] if f["rule"] in ("FC101", "FC104")]


def test_airline_results(capsys) -> None:
    # From QA round 20 (kept in a folder of their own: the speed benchmark reads tests/data).
    report = run(capsys, "rounds/airline-b.txt", "rounds/airline-c.txt")
    # Planted: profit after tax €612m vs €621m. Last year's "down from €663 million" reads much
    # like the sentence of this year's €612m, but is the level the fall started from.
    assert ("€612m", "€621 million") in conflicts(report)
    assert ("€612m", "€663 million") not in conflicts(report)


def flagged(report: dict) -> set[tuple[str, ...]]:
    """Each error or warning: its rule and the start of each piece of evidence."""
    return {
        (f["rule"], *(e["text"][:30] for e in f["evidence"]))
        for f in report["findings"]
        if f["severity"] in ("error", "warning")
    }


# Five more events, two outlets each, written by a tester who had not seen the code, with the
# differences planted in them. Each test lists everything reported at error or warning level:
# all of it planted, nothing else (before the fixes they prompted, 11 of 24 were false alarms:
# "he" given to a judge named earlier, "said Labour had…" read as a speaker, a £105m fee
# compared with a £200,000 wage). Planted differences still missed are named in comments.
EVENTS = [
    (
        "sentencing",
        {
            # "Without them, this fraud might never have come to light": Karen Lowe vs Patel.
            ("FC104", "she", "Patel"),
            ("FC105", "312 council homes", "321 council homes"),
            ("FC101", "You abused the trust placed in", "You abused the trust placed in"),
            # The jury's majority of 11-1 vs 10-2: a tally is two counts, for and against, and
            # one disagreement, one finding pointing at both sides of each.
            ("FC105", "11", "1", "10", "2"),
        },
    ),
    (
        "hurricane",
        {
            ("FC104", "Haines", "Marchand"),
            ("FC105", "140 mph", "145 mph"),
            ("FC105", "between $6 billion and $9 bill", "between $6 billion and $11 bil"),
            # Homes and businesses without power are customers: the one such count left once
            # the peak of 1.1 million both give alike is set aside.
            ("FC105", "560,000 homes", "More than 640,000 customers"),
        },
    ),
    (
        "transfer",
        {
            ("FC104", "Berta", "Rui Costa"),
            ("FC105", "€80 million", "€85m"),
            ("FC101", "He can play as a six or an eig", "He can play as a six or an eig"),
            # Not planted, but a claim: a plan one outlet reports with no source.
            ("FC109", "Arsenal, runners-up to Liverpo"),
            # Not planted either: rival clubs' interest "in recent seasons", the transfer
            # rumour one outlet tells in its own voice (FC115).
            ("FC115", "He has attracted interest from"),
        },
        # Missed: add-ons of €15 million vs €10m, a sell-on of 10 vs 15 per cent.
    ),
    (
        "budget",
        {
            ("FC104", "he", "Reeves"),
            ("FC105", "£2.6bn", "£2.8 billion"),
            ("FC105", "2.6 per cent", "2.5 per cent"),
            ("FC101", "The world has become more dang", "The world has become more dang"),
            ("FC105", "201", "210"),  # a vote of 342 to 201 vs 342 to 210
        },
    ),
    (
        "earnings",
        {
            ("FC104", "Li", "Okafor"),
            ("FC105", "$11.3 billion", "$13.1 billion"),
            ("FC105", "between $19.5 billion and $20.", "$19.5 billion to $21 billion"),
            # A $2 billion buyback vs $3 billion of stock bought back: the two amounts are not
            # paired, but the unsourced $3 billion is no claim the other's sourced $2 billion
            # corroborates.
            ("FC107", "Northwind will also buy back $"),
            # Talks to acquire a firm, which b alone reports, with no source (FC114).
            ("FC114", "Northwind, which employs more "),
        },
    ),
    # Four more, from later rounds: three outlets on an election (one printing straight
    # quotes), an Indian company's results in crore and billions of rupees, a British and an
    # American account of a derailment (the British in single quotation marks), and an
    # Australian rate cut.
    (
        "election",
        {
            ("FC104", "he", "Andre Ventura"),
            # The third outlet's "about 64 percent" is 64.4 per cent told less closely.
            ("FC105", "61.4%", "64.4 per cent", "about 64 percent"),
            ("FC105", "50 seats", "60 seats", "60 seats"),  # one against two
            ("FC101", "The Portuguese want stability ", "Portuguese people want stabili"),
            ("FC101", "Portuguese people want stabili", "The Portuguese want stability "),
            ("FC108", "André Ventura", '"The two-party system is dead '),
            # One outlet alone, with no source, claims a record: "its smallest number ever".
            ("FC113", "The Communist-led coalition wo"),
        },
    ),
    (
        "results-india",
        {
            ("FC104", "Ramesh Iyer", "Chief Financial Officer Kavita"),
            ("FC105", "24.6 per cent", "26.4 percent"),
            ("FC105", "Rs 42,000 crore", "460 billion rupees"),
            ("FC101", "We expect to double our renewa", "We aim to double our renewable"),
            ("FC107", "A share buyback of up to Rs 2,"),
        },
    ),
    (
        "derailment",
        {
            ("FC104", "Heidi Alexander", "Andrew Haines"),
            ("FC105", "41", "46 others"),  # injured
            ("FC105", "112mph", "121 mph"),
            ("FC105", "54-year-old", "45-year-old"),  # the driver's age
            ("FC101", "The carriage just tipped over ", "The carriage just tipped over "),
            ("FC105", "about 7.42am", "7:24 a.m."),
        },
    ),
    (
        "rate-cut",
        {
            ("FC104", "Belinda Allen", "Ms Ellis"),
            ("FC105", "2.7%", "2.9 per cent"),  # the trimmed mean
            ("FC105", "1.7%", "2.1 per cent"),  # the growth forecast
            ("FC105", "4.3%", "4.1 per cent"),  # unemployment
            ("FC101", "We are not on a preset course.", "We are not on a set path."),
            # Its $1 billion buyback, hedged and unsourced: FC107's, which supersedes FC109.
            ("FC107", "Commonwealth Bank is preparing"),
            ("FC105", "about A$90 a month", "about $190 a month"),  # the Australian's bare $
        },
    ),
]


@pytest.mark.parametrize(("event", "planted"), EVENTS)
def test_planted_differences_and_nothing_else(capsys, event: str, planted: set) -> None:
    report = run(capsys, *sorted(path.name for path in DATA.glob(f"{event}-*.txt")))
    assert flagged(report) == planted


def test_same_values_worded_apart_corroborate(capsys) -> None:
    report = run(capsys, "budget-a.txt", "budget-b.txt")
    assert status_of(report, "£17.4bn") == "corroborated"  # vs £17.4 billion
    report = run(capsys, "earnings-a.txt", "earnings-b.txt")
    assert status_of(report, "$212.40") == "corroborated"


def test_figure_status_does_not_depend_on_the_rules_selected() -> None:
    from factcheck.load import load_article
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [load_article(DATA / name) for name in ("tesla-a.txt", "tesla-b.txt")]
    rules = [r for r in load_rules([builtin_rules_dir()]) if r.code != "FC105"]
    report = json.loads(compare(articles, rules).model_dump_json())
    assert status_of(report, "about 6%") == "conflicting"
    assert status_of(report, "$25.17 billion") == "corroborated"
