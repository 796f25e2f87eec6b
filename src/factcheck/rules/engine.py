"""Stage 4 — check rules: align the articles as the rules ask, run each rule's check."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter

from factcheck.align import align
from factcheck.align.diff import fold
from factcheck.models import Alignment, Article, Evidence, Extraction, Finding, Span
from factcheck.rules.context import CheckContext
from factcheck.rules.kinds import KINDS
from factcheck.rules.model import Rule

DEFAULT_FLOOR = 60.0


def _floor(rules: list[Rule], aligns: str) -> float:
    floors = [
        float(rule.params.min_score)  # type: ignore[attr-defined]
        for rule in rules
        if KINDS[rule.kind].aligns == aligns
    ]
    return min(floors, default=DEFAULT_FLOOR)


def run_rules(
    rules: list[Rule],
    articles: list[Article],
    extractions: list[Extraction],
    reference: Article | None = None,
) -> tuple[Alignment, list[Finding]]:
    active = [rule for rule in rules if rule.enabled]
    alignment = align(
        extractions,
        _floor(active, "quotes"),
        _floor(active, "figures"),
        {article.id: article.text for article in articles},
        {article.id: article.meta.year() for article in articles},
    )
    reference_sentences: list[Span] = []
    if reference is not None:
        from factcheck.align.provenance import locate_quotes
        from factcheck.extract import body_sentences

        reference_sentences = body_sentences(reference)
        sources = locate_quotes(extractions, reference)
        alignment = alignment.model_copy(update={"sources": sources})
    ctx = CheckContext(
        articles=articles,
        extractions=extractions,
        alignment=alignment,
        reference=reference,
        reference_sentences=reference_sentences,
    )
    findings: list[Finding] = []
    lines: dict[str, _Lines] = {}
    for rule in active:
        for hit in KINDS[rule.kind].check(rule.params, ctx):
            evidence = []
            for article_id, span in hit.evidence:
                article = ctx.article(article_id)
                if article_id not in lines:
                    lines[article_id] = _Lines(article)
                line, column = lines[article_id].position(span.start)
                end_line, end_column = lines[article_id].position(span.end)
                evidence.append(
                    Evidence(
                        article_id=article_id,
                        span=span,
                        text=span.slice(article.text),
                        line=line,
                        column=column,
                        end_line=end_line,
                        end_column=end_column,
                    )
                )
            findings.append(
                Finding(
                    rule=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    message=rule.message.format_map(hit.values),
                    evidence=evidence,
                    diff=hit.diff,
                )
            )
    findings = _without_superseded(findings, active)
    order = {article.id: index for index, article in enumerate(articles)}
    if reference is not None:
        order[reference.id] = len(order)
    findings.sort(key=lambda f: _sort_key(f, order))
    return alignment, with_fingerprints(findings)


def _without_superseded(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """``findings`` without those a finding of a rule that supersedes theirs stands for: the
    same evidence or more, flagged by both (an unsourced claim about a dividend, hedged with
    "is expected to", is FC107's and FC109's)."""
    superseded_by: dict[str, set[str]] = {}
    for rule in rules:
        for code in rule.supersedes:
            superseded_by.setdefault(code, set()).add(rule.code)
    if not superseded_by:
        return findings

    def where(finding: Finding) -> tuple[tuple[str, int, int], ...]:
        return tuple((e.article_id, e.span.start, e.span.end) for e in finding.evidence)

    # Each place a rule flags, and the places it flags with it: a finding stands for another
    # whose evidence is all among its own (FC110's two sentences hold FC109's one).
    flagged: dict[tuple[str, tuple[str, int, int]], list[set[tuple[str, int, int]]]] = {}
    for finding in findings:
        places = set(where(finding))
        for place in places:
            flagged.setdefault((finding.rule, place), []).append(places)

    def superseded(finding: Finding) -> bool:
        places = where(finding)
        return bool(places) and any(
            set(places) <= held
            for code in superseded_by.get(finding.rule, ())
            for held in flagged.get((code, places[0]), ())
        )

    return [finding for finding in findings if not superseded(finding)]


class _Lines:
    """Line and column of offsets in one article, as `Article.line_of` and `column_of` give
    them, from the newline offsets found once: counting newlines per finding is quadratic
    in long articles."""

    def __init__(self, article: Article) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", article.text)]
        self.line_offset = article.line_offset

    def position(self, offset: int) -> tuple[int, int]:
        before = bisect_left(self.newlines, offset)  # newlines before the offset
        line_start = self.newlines[before - 1] + 1 if before else 0
        return before + 1 + self.line_offset, offset - line_start + 1


def with_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Fingerprint each finding from what it says, not where: edits above it don't change it."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        parts = [finding.rule]
        for evidence in finding.evidence:
            parts += [evidence.article_id, fold(evidence.text)]
        base = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
        seen[base] += 1
        result.append(finding.model_copy(update={"fingerprint": f"{base}:{seen[base]}"}))
    return result


def _sort_key(finding: Finding, order: dict[str, int]) -> tuple[object, ...]:
    first = finding.evidence[0] if finding.evidence else None
    return (
        -finding.severity.rank,
        finding.rule,
        order.get(first.article_id, len(order)) if first else -1,
        first.span.start if first else -1,
        finding.message,
    )
