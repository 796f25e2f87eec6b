"""Run a rule on its own examples: the test suite does it for every rule file."""

from __future__ import annotations

from factcheck.load import article_from_text
from factcheck.models import Finding
from factcheck.rules.model import Rule


def run_example(rule: Rule, texts: list[str]) -> list[Finding]:
    """The findings of ``rule`` alone on the example texts, each text one article (for a kind
    that checks quotes against a primary source, the first text is that source)."""
    from factcheck.pipeline import compare
    from factcheck.rules.kinds import KINDS

    articles = [
        article_from_text(text, article_id=f"example-{n}", path=f"<example {n}>", body_only=True)
        for n, text in enumerate(texts, start=1)
    ]
    reference = None
    if KINDS[rule.kind].needs_reference:
        reference, articles = articles[0], articles[1:]
    return [f for f in compare(articles, [rule], reference).findings if f.rule == rule.code]
