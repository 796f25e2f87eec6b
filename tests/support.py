"""Paths and helpers the tests share (importable because pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
RULES = ROOT / "rules"
POWERHOUSE = ARTICLES / "zuckerberg-ai-powerhouse.txt"
BENZINGA = ARTICLES / "benzinga-zuckerberg-most-popular-ai.txt"


def rule_messages(rule: str, *texts: str, date: str | None = None) -> list[str]:
    """The messages of one rule's findings when one-paragraph articles (a, b, …), all dated
    ``date`` when given, are compared."""
    from factcheck.load import article_from_text
    from factcheck.models import ArticleMeta
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [
        article_from_text(f"{letter.upper()}\n\n{text}\n", article_id=letter)
        for letter, text in zip("abcdefgh", texts, strict=False)
    ]
    if date is not None:
        meta = ArticleMeta(date=date)
        articles = [article.model_copy(update={"meta": meta}) for article in articles]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [finding.message for finding in report.findings if finding.rule == rule]


def assert_dated_apart(a: str, b: str, dates: tuple[str, str]) -> None:
    """Two one-paragraph articles give one FC112 finding, naming the two dates as printed."""
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


def aligned_texts(text_a: str, text_b: str) -> list[tuple[str, str]]:
    """The figures two one-paragraph articles' extractions pair, as printed."""
    from factcheck.align.figures import align_figures
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article_a = article_from_text(f"A\n\n{text_a}\n", article_id="a")
    article_b = article_from_text(f"B\n\n{text_b}\n", article_id="b")
    a, b = extract(article_a), extract(article_b)
    printed = {f.id: f.text for f in a.figures + b.figures}
    matches = align_figures(a, b, 60, article_a.text, article_b.text)
    return [(printed[m.a], printed[m.b]) for m in matches]


def assert_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    """The alignment of two one-paragraph articles holds every pair of ``paired`` (as printed)
    and none of ``not_paired``."""
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs
    for pair in not_paired:
        assert pair not in pairs


def figures_of(text: str):
    """The figures of a one-paragraph article, each checked to print its own span."""
    from factcheck.extract import body_sentences
    from factcheck.extract.figures import extract_figures
    from factcheck.load import article_from_text

    article = article_from_text(text, body_only=True)
    figures = extract_figures(article, body_sentences(article))
    for figure in figures:
        assert figure.span.slice(article.text) == figure.text
    return figures


def figure_printed(text: str, printed: str):
    """The text's figure printed ``printed`` (the figures printed, when there is none)."""
    figures = figures_of(text)
    found = [f for f in figures if f.text == printed]
    assert found, [f.text for f in figures]
    return found[0]


def assert_figure(sentence: str, printed: str, kind: str, unit: str, value: object) -> None:
    """The sentence's figure printed ``printed`` is of ``kind`` and ``unit``, with ``value``
    (a range's ends as a tuple)."""
    figure = figure_printed(sentence, printed)
    assert figure.kind.value == kind
    assert figure.unit == unit
    if isinstance(value, tuple):
        assert (figure.low, figure.high) == value
    else:
        assert figure.value == value
