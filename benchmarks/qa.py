"""factcheck on the QA rounds' events: what it reports now, against what it reported when the
round's findings were last reviewed.

    python benchmarks/qa.py [--update] [ROUND_FOLDER ...]     (default: every benchmarks/qa/round*)

Each event folder holds two articles (a.txt, b.txt) that testers wrote without reading the
code, their `truth.md` (the discrepancies they planted, P1…, and the pairs that must not be
flagged, N1…) and `reviewed.txt`: the error and warning findings factcheck gave when someone
last scored them against `truth.md`. The script compares the two articles again and prints,
per event, the findings now and the lines that differ from `reviewed.txt` (`+` new, `-` gone),
so a change to the extractors or the rules shows what it does on whole articles. `--update`
writes the findings now as reviewed, once the differences have been checked against
`truth.md`. The exit code is 1 when any event differs (and `--update` was not given).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.pipeline import compare, load_articles
from factcheck.rules.loader import builtin_rules_dir, load_rules

QA = Path(__file__).resolve().parent / "qa"
REVIEWED = "reviewed.txt"


def findings_now(event: Path, rules: list) -> list[str]:
    """The error and warning findings of comparing the event's two articles, one line each,
    sorted: severity, rule code and message."""
    articles = load_articles([event / "a.txt", event / "b.txt"])
    report = compare(articles, rules)
    return sorted(
        f"{finding.severity.value} {finding.rule}: {finding.message}"
        for finding in report.findings
        if finding.severity.value in ("error", "warning")
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", nargs="*", type=Path, help="round folders")
    parser.add_argument("--update", action="store_true", help="write the findings as reviewed")
    args = parser.parse_args(argv)
    rounds = args.rounds or sorted(QA.glob("round*"))
    rules = load_rules([builtin_rules_dir()])
    events = sorted(event.parent for folder in rounds for event in folder.glob("*/a.txt"))
    changed = total = 0
    for event in events:
        now = findings_now(event, rules)
        total += len(now)
        reviewed_path = event / REVIEWED
        reviewed = reviewed_path.read_text(encoding="utf-8").splitlines() if (
            reviewed_path.exists()
        ) else []  # fmt: skip
        gone = [line for line in reviewed if line not in now]
        new = [line for line in now if line not in reviewed]
        label = f"{event.parent.name}/{event.name}"
        print(f"{label}: {len(now)} findings" + (", differs from reviewed" if gone or new else ""))
        for line in gone:
            print(f"  - {line}")
        for line in new:
            print(f"  + {line}")
        if gone or new:
            changed += 1
            if args.update:
                reviewed_path.write_text("".join(f"{line}\n" for line in now), encoding="utf-8")
    print(f"{len(events)} events, {total} error and warning findings, {changed} differ")
    return 1 if changed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
