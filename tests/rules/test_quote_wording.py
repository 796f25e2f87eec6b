"""FC101 on real sentences: what a rewording's message lists as changed."""

from __future__ import annotations

from factcheck.load import article_from_text
from factcheck.pipeline import compare
from factcheck.rules.loader import builtin_rules_dir, load_rules


def wording_findings(text_a: str, text_b: str) -> list[str]:
    articles = [
        article_from_text(f"A\n\n{text_a}\n", article_id="a"),
        article_from_text(f"B\n\n{text_b}\n", article_id="b"),
    ]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [f.message for f in report.findings if f.rule == "FC101"]


def test_a_trimmed_tail_is_no_change_beside_a_real_one() -> None:
    # b cuts the quote short and changes a word: the word is the finding, not the cut.
    found = wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big leap in battery life,” said Lena Cho.",
    )
    assert len(found) == 1
    assert found[0].endswith("“jump” → “leap”"), found


def test_a_trim_alone_is_no_finding() -> None:
    assert not wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big jump in battery life,” said Lena Cho.",
    )
