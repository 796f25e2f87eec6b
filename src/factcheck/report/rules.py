"""`factcheck rules` lists the rules; `factcheck rule CODE` explains one, like `ruff rule`."""

from __future__ import annotations

import re
import textwrap
from decimal import Decimal
from enum import StrEnum

import yaml

from factcheck.rules.kinds import KINDS
from factcheck.rules.model import Rule


def render_rule_list(rules: list[Rule]) -> str:
    width = max((len(rule.slug) for rule in rules), default=10)
    lines = [f"{'RULE':<{width}}  {'SEVERITY':<8}  DESCRIPTION"]
    for rule in rules:
        summary = _first_sentence(rule.description)
        state = "" if rule.enabled else " (disabled)"
        lines.append(f"{rule.slug:<{width}}  {rule.severity.value:<8}  {summary}{state}")
    return "\n".join(lines) + "\n"


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]


def _plain(value: object) -> object:
    """Parameters as YAML shows them: 0.1, not '0.1' (Decimal) or 60.0 (float)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal | float):
        return int(value) if value == int(value) else float(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


def _para(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=88)


def render_rule(rule: Rule) -> str:
    kind = KINDS[rule.kind]
    params = _plain(rule.params.model_dump())
    example = rule.examples.trigger[0]
    texts = "\n".join(f"  Article {i + 1}: {text}" for i, text in enumerate(example.articles))
    counter = rule.examples.no_trigger[0]
    counter_texts = "\n".join(
        f"  Article {i + 1}: {text}" for i, text in enumerate(counter.articles)
    )
    parts = [
        f"# {rule.name} ({rule.code})",
        f"Severity: {rule.severity.value} · Kind: {rule.kind} — {kind.summary}",
        "## What it does",
        _para(rule.description),
        "## Why does this matter?",
        _para(rule.why),
        "## Example",
        f"Flagged:\n{texts}",
        f"Not flagged:\n{counter_texts}",
        "## Parameters",
        yaml.safe_dump(params, sort_keys=True, allow_unicode=True).rstrip(),
        "## Message",
        rule.message,
    ]
    if rule.supersedes:
        parts += [
            "## Supersedes",
            f"{', '.join(rule.supersedes)}: on the same evidence, only this rule's finding is "
            "reported.",
        ]
    return "\n\n".join(parts) + "\n"
