"""Baselines: findings accepted as they are, so only new ones fail the run.

Entries are matched by fingerprint: the rule, and for each place the finding points at, the
article's file (its path relative to the baseline file's folder) and the normalised text
there, plus the occurrence number among identical findings. Never line numbers or offsets, so
editing an article above a finding keeps it matched; never the article's id, which is its file
name and gains its folder's name when another folder gets a file of the same name.

Version 1 baselines fingerprinted the article id instead; they are still read (matched the old
way) and `baseline create` writes version 2.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path, PurePath

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.align.diff import fold
from factcheck.errors import FactcheckError
from factcheck.models import Finding

BASELINE_VERSION = 2
READABLE_VERSIONS = (1, 2)


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fingerprint: str
    rule: str
    articles: list[str]
    files: list[str] = Field(
        default_factory=list,
        description="The finding's article files, relative to the baseline's folder (v2).",
    )
    message: str


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = BASELINE_VERSION
    tool: str = "factcheck"
    findings: list[BaselineEntry]


class Fingerprints:
    """Version-2 fingerprints of findings, for a baseline file in ``folder``; ``paths`` gives
    each article id's file (as the report has it)."""

    def __init__(self, paths: dict[str, str], folder: Path) -> None:
        base = os.path.abspath(folder)
        self.files = {
            article_id: PurePath(os.path.relpath(os.path.abspath(path), base)).as_posix()
            for article_id, path in paths.items()
        }

    def files_of(self, finding: Finding) -> list[str]:
        return sorted({self.files[evidence.article_id] for evidence in finding.evidence})

    def of(self, findings: list[Finding]) -> list[str]:
        seen: Counter[str] = Counter()
        keys = []
        for finding in findings:
            # Sorted: which article a finding names first says nothing about what it is.
            places = sorted(
                (self.files[evidence.article_id], fold(evidence.text))
                for evidence in finding.evidence
            )
            parts = [finding.rule, *(part for place in places for part in place)]
            base = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
            seen[base] += 1
            keys.append(f"{base}:{seen[base]}")
        return keys


def baseline_of(findings: list[Finding], fingerprints: Fingerprints) -> Baseline:
    entries = [
        BaselineEntry(
            fingerprint=key,
            rule=finding.rule,
            articles=sorted({evidence.article_id for evidence in finding.evidence}),
            files=fingerprints.files_of(finding),
            message=finding.message,
        )
        for finding, key in zip(findings, fingerprints.of(findings), strict=True)
    ]
    return Baseline(findings=sorted(entries, key=lambda entry: entry.fingerprint))


def updated_baseline(path: Path, old: Baseline, new: Baseline, checked_files: set[str]) -> Baseline:
    """``old`` with the entries of the articles checked now replaced by ``new``'s: a baseline
    created for some articles keeps what it held about the others."""
    if old.version != BASELINE_VERSION:
        raise FactcheckError(
            str(path),
            f"a version {old.version} baseline cannot be updated for some articles only; "
            "run 'factcheck baseline create' without paths to rewrite it",
        )
    kept = [entry for entry in old.findings if not set(entry.files) & checked_files]
    return Baseline(findings=sorted([*kept, *new.findings], key=lambda e: e.fingerprint))


def render_baseline(baseline: Baseline) -> str:
    return baseline.model_dump_json(indent=2) + "\n"


def read_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(str(path), f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise FactcheckError(str(path), f"baseline is not valid JSON (line {exc.lineno})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, int) and version not in READABLE_VERSIONS:
        # A newer factcheck's baseline: matching it the old way would fail every finding.
        readable = " and ".join(map(str, READABLE_VERSIONS))
        raise FactcheckError(
            str(path),
            f"baseline version {version} is not supported (this factcheck reads "
            f"versions {readable})",
        )
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "baseline"
        raise FactcheckError(
            str(path), f"not a factcheck baseline: {where}: {error['msg']}"
        ) from None


def _version_1_keys(findings: list[Finding], known: set[str]) -> list[str]:
    """Version-1 fingerprints (article ids, places in order). A figure against several that
    agree was once fingerprinted with an agreeing article first; it now names the outlier
    first, so that order is tried too, and such a finding stays matched."""
    from factcheck.rules.engine import with_fingerprints

    swapped = with_fingerprints(
        [
            f.model_copy(update={"evidence": [f.evidence[1], f.evidence[0], *f.evidence[2:]]})
            if len(f.evidence) > 2
            else f
            for f in findings
        ]
    )
    return [
        finding.fingerprint
        if finding.fingerprint in known or other.fingerprint not in known
        else other.fingerprint
        for finding, other in zip(findings, swapped, strict=True)
    ]


def split_by_baseline(
    findings: list[Finding],
    baseline: Baseline,
    checked_articles: set[str],
    fingerprints: Fingerprints,
) -> tuple[list[Finding], list[Finding], list[BaselineEntry]]:
    """(new findings, findings already in the baseline, stale entries of the checked articles)."""
    known = {entry.fingerprint for entry in baseline.findings}
    if baseline.version == 1:
        keys = _version_1_keys(findings, known)
        checked = checked_articles

        def touches(entry: BaselineEntry) -> bool:
            return bool(set(entry.articles) & checked)
    else:
        keys = fingerprints.of(findings)
        checked = {fingerprints.files[article_id] for article_id in checked_articles}

        def touches(entry: BaselineEntry) -> bool:
            return bool(set(entry.files) & checked)

    new = [finding for finding, key in zip(findings, keys, strict=True) if key not in known]
    accepted = [finding for finding, key in zip(findings, keys, strict=True) if key in known]
    found = set(keys)
    stale = [
        entry for entry in baseline.findings if entry.fingerprint not in found and touches(entry)
    ]
    return new, accepted, stale
