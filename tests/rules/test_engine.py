from __future__ import annotations

from factcheck.models import Evidence, Finding, Severity, Span
from factcheck.rules.engine import with_fingerprints


def finding(start: int, text: str = "Meta’s first dividends", article: str = "a") -> Finding:
    return Finding(
        rule="FC107",
        name="unsourced-claim",
        severity=Severity.WARNING,
        message="Unsourced claim",
        evidence=[
            Evidence(
                article_id=article,
                span=Span(start=start, end=start + len(text)),
                text=text,
                line=start // 10 + 1,
                column=1,
                end_line=start // 10 + 1,
                end_column=len(text) + 1,
            )
        ],
    )


def test_fingerprint_ignores_offsets_and_lines() -> None:
    [before] = with_fingerprints([finding(100)])
    [after] = with_fingerprints([finding(2500)])
    assert before.fingerprint == after.fingerprint


def test_fingerprint_ignores_case_and_punctuation_changes_only() -> None:
    [a] = with_fingerprints([finding(0, "Meta’s first dividends")])
    [b] = with_fingerprints([finding(0, "Meta's first dividends.")])
    [c] = with_fingerprints([finding(0, "Meta’s first buyback")])
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_identical_findings_in_one_article_count_twice() -> None:
    first, second = with_fingerprints([finding(10), finding(900)])
    assert first.fingerprint != second.fingerprint
    assert first.fingerprint.split(":")[0] == second.fingerprint.split(":")[0]


def test_article_is_part_of_the_fingerprint() -> None:
    [a] = with_fingerprints([finding(0, article="a")])
    [b] = with_fingerprints([finding(0, article="b")])
    assert a.fingerprint != b.fingerprint


HEDGED_DIVIDEND = (
    "The company is expected to raise its dividend by a further 4 per cent in the second half."
)


def _rules_flagging(codes: set[str] | None) -> list[str]:
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    rules = [r for r in load_rules([builtin_rules_dir()]) if codes is None or r.code in codes]
    articles = [
        article_from_text(f"A\n\n{HEDGED_DIVIDEND}\n", article_id="a"),
        article_from_text("B\n\nThe company reported higher profits on Tuesday.\n", article_id="b"),
    ]
    return [f.rule for f in compare(articles, rules).findings if f.rule in ("FC107", "FC109")]


def test_a_rule_supersedes_another_on_the_same_evidence() -> None:
    # An unsourced, hedged dividend is one warning (FC107's), not two.
    assert _rules_flagging(None) == ["FC107"]


def test_a_superseded_rule_reports_when_the_other_is_not_run() -> None:
    assert _rules_flagging({"FC109"}) == ["FC109"]
