"""Paths and helpers the tests share (importable because pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
RULES = ROOT / "rules"
POWERHOUSE = ARTICLES / "zuckerberg-ai-powerhouse.txt"
BENZINGA = ARTICLES / "benzinga-zuckerberg-most-popular-ai.txt"


def rule_messages(rule: str, text_a: str, text_b: str) -> list[str]:
    """The messages of one rule's findings when two one-paragraph articles are compared."""
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [
        article_from_text(f"A\n\n{text_a}\n", article_id="a"),
        article_from_text(f"B\n\n{text_b}\n", article_id="b"),
    ]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [finding.message for finding in report.findings if finding.rule == rule]
