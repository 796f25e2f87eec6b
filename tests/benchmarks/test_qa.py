"""The QA rounds' benchmark: it reports what differs from the reviewed findings, and records."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from support import ROOT

_spec = importlib.util.spec_from_file_location("qa", ROOT / "benchmarks" / "qa.py")
qa = importlib.util.module_from_spec(_spec)
sys.modules["qa"] = qa
_spec.loader.exec_module(qa)

A = """Kenya floods

Flash floods killed at least 46 people in Nairobi on Sunday, police said.

“We are doing everything we can,” Interior Minister Grace Wanjiru said on Monday.
"""
B = """Nairobi floods

Flash floods killed at least 64 people in Nairobi on Sunday, police said.

“We are doing all we can,” Interior Minister Grace Wanjiru said on Monday.
"""


def test_a_round_differs_until_its_findings_are_recorded(tmp_path: Path, capsys) -> None:
    event = tmp_path / "round1" / "floods"
    event.mkdir(parents=True)
    (event / "a.txt").write_text(A, encoding="utf-8")
    (event / "b.txt").write_text(B, encoding="utf-8")
    assert qa.main([str(tmp_path / "round1")]) == 1
    printed = capsys.readouterr().out
    assert "round1/floods: 2 findings, differs from reviewed" in printed
    assert "+ error FC105:" in printed and "+ warning FC101:" in printed
    assert qa.main(["--update", str(tmp_path / "round1")]) == 0
    assert qa.main([str(tmp_path / "round1")]) == 0
    assert "1 events, 2 error and warning findings, 0 differ" in capsys.readouterr().out
    # A finding that goes away is shown as gone.
    shutil.copy(event / "a.txt", event / "b.txt")
    assert qa.main([str(tmp_path / "round1")]) == 1
    assert "  - error FC105:" in capsys.readouterr().out


def test_the_kept_rounds_hold_their_articles_and_truth() -> None:
    events = [event.parent for folder in qa.QA.glob("round*") for event in folder.glob("*/a.txt")]
    assert len(events) >= 9
    for event in events:
        assert {"a.txt", "b.txt", "truth.md", "reviewed.txt"} <= {p.name for p in event.iterdir()}
