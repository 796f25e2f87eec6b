"""Two events written for the tests (not bundled coverage), each pair with planted differences:
factcheck must report those and nothing that is not there."""

from __future__ import annotations

import json

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
