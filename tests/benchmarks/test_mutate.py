"""The mutation corpus is deterministic, covers every kind, and factcheck catches what it plants."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter

from factcheck.load import load_article
from factcheck.rules.loader import builtin_rules_dir, load_rules
from support import BENZINGA, POWERHOUSE, ROOT

_spec = importlib.util.spec_from_file_location("mutate", ROOT / "benchmarks" / "mutate.py")
mutate = importlib.util.module_from_spec(_spec)
sys.modules["mutate"] = mutate
_spec.loader.exec_module(mutate)

ARTICLES = [load_article(POWERHOUSE), load_article(BENZINGA)]


def test_generation_is_seeded_and_covers_every_kind() -> None:
    first = mutate.generate(ARTICLES, 40, seed=3)
    again = mutate.generate(ARTICLES, 40, seed=3)
    assert [(t, m) for _, t, m in first] == [(t, m) for _, t, m in again]
    kinds = Counter(m.kind for _, _, m in first)
    assert set(kinds) >= {"figure_changed", "figure_rounded", "quote_reworded",
                          "speaker_changed", "attribution_removed", "claim_inserted"}  # fmt: skip
    for _, text, mutation in first:
        start, end = mutation.span
        assert text[start:end] == mutation.after


def test_planted_discrepancies_are_found_and_harmless_ones_are_not() -> None:
    rules = load_rules([builtin_rules_dir()])
    for article, text, mutation in mutate.generate(ARTICLES, 24, seed=11):
        found = mutate.detected(article, text, mutation, rules)
        assert found is bool(mutation.must_flag), (mutation.kind, mutation.before, mutation.after)
