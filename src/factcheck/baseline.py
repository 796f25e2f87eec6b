"""Baselines: findings accepted as they are, so only new ones fail the run.

Entries are matched by fingerprint (rule, article, normalised evidence text, occurrence), so
editing an article above a finding does not break the match.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.errors import FactcheckError
from factcheck.models import Finding

BASELINE_VERSION = 1


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str
    rule: str
    articles: list[str]
    message: str


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = BASELINE_VERSION
    tool: str = "factcheck"
    findings: list[BaselineEntry]


def baseline_of(findings: list[Finding]) -> Baseline:
    entries = [
        BaselineEntry(
            fingerprint=finding.fingerprint,
            rule=finding.rule,
            articles=sorted({evidence.article_id for evidence in finding.evidence}),
            message=finding.message,
        )
        for finding in findings
    ]
    return Baseline(findings=sorted(entries, key=lambda entry: entry.fingerprint))


def render_baseline(baseline: Baseline) -> str:
    return baseline.model_dump_json(indent=2) + "\n"


def read_baseline(path: Path) -> Baseline:
    try:
        return Baseline.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(str(path), f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise FactcheckError(str(path), f"baseline is not valid JSON (line {exc.lineno})") from None
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "baseline"
        raise FactcheckError(
            str(path), f"not a factcheck baseline: {where}: {error['msg']}"
        ) from None


def split_by_baseline(
    findings: list[Finding], baseline: Baseline, checked_articles: set[str]
) -> tuple[list[Finding], list[Finding], list[BaselineEntry]]:
    """(new findings, findings already in the baseline, stale entries of the checked articles)."""
    known = {entry.fingerprint for entry in baseline.findings}
    new = [finding for finding in findings if finding.fingerprint not in known]
    accepted = [finding for finding in findings if finding.fingerprint in known]
    found = {finding.fingerprint for finding in findings}
    stale = [
        entry
        for entry in baseline.findings
        if entry.fingerprint not in found and set(entry.articles) & checked_articles
    ]
    return new, accepted, stale
