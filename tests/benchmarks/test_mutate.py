"""The mutation corpus is deterministic, covers every sub-kind, and records what it changed."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from decimal import Decimal

import pytest

from factcheck.load import load_article
from factcheck.rules.loader import builtin_rules_dir, load_rules
from support import ROOT

_spec = importlib.util.spec_from_file_location("mutate", ROOT / "benchmarks" / "mutate.py")
mutate = importlib.util.module_from_spec(_spec)
sys.modules["mutate"] = mutate
_spec.loader.exec_module(mutate)

ARTICLES = [load_article(p) for p in mutate.DEFAULT_SOURCES]
SUBKINDS = [(kind, sub) for kind, subs in mutate.KINDS.items() for sub in subs]


def test_sources_are_the_bundled_and_test_articles() -> None:
    names = {p.name for p in mutate.DEFAULT_SOURCES}
    assert {"boe-wire-a.md", "boe-daily-b.md", "tesla-a.txt", "tesla-b.txt"} <= names
    assert len(names) == 16 and "meta-call-excerpt.txt" not in names
    assert {"sentencing-a.txt", "earnings-b.txt"} <= names


def test_generation_is_seeded_and_covers_every_subkind() -> None:
    first = mutate.generate(ARTICLES, 120, seed=3)
    again = mutate.generate(ARTICLES, 120, seed=3)
    assert [(a.id, t, m) for a, t, m in first] == [(a.id, t, m) for a, t, m in again]
    assert [t for _, t, _ in mutate.generate(ARTICLES, 120, seed=4)] != [t for _, t, _ in first]
    assert set(Counter((m.kind, m.subkind) for _, _, m in first)) == set(SUBKINDS)


def _one(kind: str, subkind: str, seed: int = 0):
    mutator = mutate.KINDS[kind][subkind]
    rng = random.Random(seed)
    for _ in range(20):
        for article in ARTICLES:
            made = mutator(article, rng)
            if made is not None:
                return article, *made
    raise AssertionError(f"{kind}/{subkind} made nothing")


def _number(text: str) -> Decimal:
    return Decimal(re.search(r"\d[\d,]*(?:\.\d+)?", text).group().replace(",", ""))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text)


CHECKS = {
    ("figure_changed", "digit"): lambda b, a: _number(a) != _number(b),
    ("figure_changed", "transposed"): lambda b, a: sorted(b) == sorted(a) and a != b,
    ("figure_changed", "scale"): lambda b, a: {b, a} <= {"billion", "million", "thousand"},
    ("figure_changed", "value"): lambda b, a: _number(a) != _number(b),
    ("figure_changed", "range_end"): lambda b, a: _number(a) != _number(b),
    ("figure_rounded", "decimal"): lambda b, a: abs(_number(a) - _number(b)) <= Decimal("0.05"),
    ("figure_rounded", "decimal_percent"): lambda b, a: (
        abs(_number(a) - _number(b)) <= Decimal("0.05")
    ),
    ("figure_rounded", "more_than"): lambda b, a: (
        a.startswith("more than ") and _number(a) < _number(b)
    ),
    ("figure_rounded", "nearly"): lambda b, a: a.startswith("nearly ") and _number(a) > _number(b),
    ("figure_rounded", "about"): lambda b, a: a.startswith("about ") and _number(a) != _number(b),
    ("quote_reworded", "swap"): lambda b, a: len(set(_words(b)) ^ set(_words(a))) >= 2,
    ("quote_reworded", "cut"): lambda b, a: (
        len(_words(a)) <= len(_words(b)) - 2 and set(_words(a)) <= set(_words(b))
    ),
    ("quote_reworded", "reorder"): lambda b, a: sorted(_words(a)) == sorted(_words(b)) and a != b,
    ("quote_reworded", "contraction_expanded"): lambda b, a: len(_words(a)) == len(_words(b)) + 1,
    ("quote_reworded", "contraction_made"): lambda b, a: len(_words(a)) == len(_words(b)) - 1,
    ("speaker_changed", "named_in_article"): lambda b, a: a.split()[-1] not in b,
    ("speaker_changed", "outsider"): lambda b, a: a.split()[-1] not in b,
    ("attribution_removed", "lead_in"): lambda b, a: a == "" and re.search(r"[:,]\s*$", b),
    ("attribution_removed", "tail"): lambda b, a: len(a) == 2 and a[0] in ".!?",
    ("attribution_removed", "interrupting"): lambda b, a: a == " " and len(b) > 3,
    ("claim_inserted", "paragraph"): lambda b, a: (
        b == "" and a.startswith("\n\n") and re.search("dividend|buyback|repurchase", a)
    ),
    ("claim_inserted", "sentence"): lambda b, a: (
        b == "" and a.startswith(" ") and re.search("dividend|buyback|repurchase", a)
    ),
    ("paragraph_reordered", "swapped"): lambda b, a: (
        sorted(b.split("\n\n")) == sorted(a.split("\n\n")) and a != b
    ),
    ("paragraph_reordered", "to_end"): lambda b, a: (
        sorted(b.split("\n\n")) == sorted(a.split("\n\n")) and a != b
    ),
    ("paragraph_dropped", "with_quote"): lambda b, a: a == "" and re.search('["“]', b),
    ("paragraph_dropped", "without_quote"): lambda b, a: a == "" and not re.search('["“]', b),
}


def test_every_subkind_has_a_check() -> None:
    assert set(CHECKS) == set(SUBKINDS)


@pytest.mark.parametrize(("kind", "subkind"), SUBKINDS, ids=[f"{k}/{s}" for k, s in SUBKINDS])
def test_subkind_makes_the_recorded_change(kind: str, subkind: str) -> None:
    article, text, m = _one(kind, subkind)
    assert (m.kind, m.subkind) == (kind, subkind)
    start, end = m.original_span
    assert article.text[start:end] == m.before
    assert text == article.text[:start] + m.after + article.text[end:]
    assert text[m.span[0] : m.span[1]] == m.after
    assert m.region[0] <= m.region[1] <= len(text)
    assert bool(m.must_flag) is (kind not in mutate.MUST_PASS)
    assert CHECKS[kind, subkind](m.before, m.after), (m.before, m.after)


def test_changed_figures_are_beyond_rounding_and_rounded_ones_are_not() -> None:
    for _, _, m in mutate.generate(ARTICLES, 300, seed=5):
        if m.kind == "figure_changed" and m.subkind != "scale":
            assert _number(m.after) != _number(m.before)
        if m.kind == "figure_rounded":
            old, new = _number(m.before), _number(m.after)
            assert abs(new - old) <= old * Decimal("0.1"), (m.before, m.after)


def test_reworded_quotes_change_only_words_inside_the_quote_marks() -> None:
    for article, text, m in mutate.generate(ARTICLES, 300, seed=6):
        if m.kind != "quote_reworded":
            continue
        outside = re.sub(r"[“\"][^”\"]*[”\"]", "", article.text)
        assert re.sub(r"[“\"][^”\"]*[”\"]", "", text) == outside, (m.before, m.after)


def test_scorer_counts_only_new_findings() -> None:
    """An unchanged copy gives no new finding; a quote given to an outsider is a new FC104."""
    rules = load_rules([builtin_rules_dir()])
    assert mutate.new_findings(ARTICLES[0], ARTICLES[0].text, rules) == []
    article, text, m = _one("speaker_changed", "outsider")
    flagged, found = mutate.judge(article, text, m, rules)
    assert isinstance(flagged, bool)
    assert all(f.rule for f in found)
