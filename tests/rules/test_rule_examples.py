"""Every rule file's own examples: each `trigger` text must be flagged, each `no_trigger` not."""

from __future__ import annotations

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import builtin_rules_dir, load_rules
from factcheck.rules.model import Rule

RULES = load_rules([builtin_rules_dir()])


def _cases() -> list[object]:
    cases = []
    for rule in RULES:
        for expect, examples in (
            ("trigger", rule.examples.trigger),
            ("no_trigger", rule.examples.no_trigger),
        ):
            for index, example in enumerate(examples):
                cases.append(
                    pytest.param(
                        rule,
                        expect == "trigger",
                        example.articles,
                        id=f"{rule.code}-{expect}-{index}",
                    )
                )
    return cases


@pytest.mark.parametrize(("rule", "should_trigger", "texts"), _cases())
def test_rule_examples(rule: Rule, should_trigger: bool, texts: list[str]) -> None:
    messages = [finding.message for finding in run_example(rule, texts)]
    if should_trigger:
        assert messages, f"{rule.code} did not flag its example: {texts}"
    else:
        assert not messages, f"{rule.code} flagged a no_trigger example: {messages}"


def test_every_shipped_rule_has_examples_of_both_outcomes() -> None:
    shipped = sorted(p.name.split("-")[0] for p in builtin_rules_dir().glob("*.yml"))
    assert [rule.code for rule in RULES] == shipped
    assert len(RULES) >= 12
    for rule in RULES:
        assert rule.examples.trigger and rule.examples.no_trigger
