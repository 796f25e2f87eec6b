"""The whole job: load → extract → align → check rules → report (the `Report` model)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
from collections import Counter
from pathlib import Path

from factcheck import __version__
from factcheck.extract import extract
from factcheck.load import article_ids, load_article
from factcheck.models import (
    Alignment,
    Article,
    ArticleSummary,
    Extraction,
    Figure,
    FigureRow,
    FigureStatus,
    Finding,
    Report,
    RuleInfo,
    Severity,
    Summary,
)
from factcheck.rules.engine import run_rules
from factcheck.rules.model import Rule


def load_articles(paths: list[Path], ids: list[str] | None = None) -> list[Article]:
    """Load article files; ``ids`` when they were chosen among more files than these."""
    articles = [load_article(path) for path in paths]
    if ids is None:
        _disambiguate_ids(articles)
        return articles
    return [
        article if article.id == article_id else article.model_copy(update={"id": article_id})
        for article, article_id in zip(articles, ids, strict=True)
    ]


def _disambiguate_ids(articles: list[Article]) -> None:
    ids = article_ids([Path(article.path) for article in articles])
    for index, (article, article_id) in enumerate(zip(articles, ids, strict=True)):
        if article.id != article_id:
            articles[index] = article.model_copy(update={"id": article_id})


def split_reference(articles: list[Article]) -> tuple[list[Article], Article | None]:
    """The articles, and the one whose metadata says ``role: primary`` (the source), if any."""
    primary = [a for a in articles if (a.meta.role or "").casefold() == "primary"]
    if not primary:
        return articles, None
    return [a for a in articles if a is not primary[0]], primary[0]


@functools.cache
def _extractor_digest() -> str:
    """A digest of the code that makes an extraction (the extract package, the models, the
    loader that splits an article into blocks): an extraction cached by other code, even of
    the same version number, is not used."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    package = Path(__file__).parent
    for path in sorted([*(package / "extract").glob("*.py"), package / "models.py",
                        package / "load.py"]):  # fmt: skip
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _cache_key(article: Article) -> str:
    digest = hashlib.sha256()
    for part in (_extractor_digest(), article.id, article.text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _extractions_dir(cache: Path) -> Path:
    """One folder per version of the extractor's code, so the extractions an upgrade makes
    useless can be removed as a whole."""
    return cache / f"extractions-{_extractor_digest()[:16]}"


def _cached(article: Article, cache: Path | None) -> Extraction | None:
    if cache is None:
        return None
    path = _extractions_dir(cache) / f"{_cache_key(article)}.json"
    try:
        return Extraction.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return None  # absent or unreadable: extract again


def _store(cache: Path, article: Article, extraction: Extraction) -> None:
    """Keep an extraction for the next run; a cache that cannot be written (read-only, full)
    only costs that run's time, so it is not an error."""
    folder = _extractions_dir(cache)
    target = folder / f"{_cache_key(article)}.json"
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        if not folder.is_dir():
            _remove_other_extractions(cache)
            folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(extraction.model_dump_json(), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def cache_problem(cache: Path) -> str | None:
    """Why the cache folder cannot be used (a file in its place, a read-only folder), or
    None. Asked once before a run: the run then goes without the cache, slower but whole."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return "is a file, not a folder"
    except OSError as exc:
        return f"cannot create the folder ({exc.strerror or exc})"
    if not os.access(cache, os.W_OK | os.X_OK):
        return "the folder cannot be written"
    return None


def _remove_other_extractions(cache: Path) -> None:
    """Extractions made by other extractor code are never read again: without this, every
    upgrade would leave a copy of the whole corpus's extractions behind."""
    if not cache.is_dir():
        return
    for stale in cache.glob("extractions-*"):
        shutil.rmtree(stale, ignore_errors=True)


def extract_all(
    articles: list[Article], jobs: int = 1, cache: Path | None = None
) -> list[Extraction]:
    """Extract every article, in order: from the cache when its text is unchanged, and in
    ``jobs`` processes for the rest. The result does not depend on ``jobs``."""
    found: list[Extraction | None] = [_cached(article, cache) for article in articles]
    todo = [i for i, extraction in enumerate(found) if extraction is None]
    if jobs > 1 and len(todo) > 1:
        # Imported here: multiprocessing costs start-up time the single-process run never uses.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            fresh = list(pool.map(extract, [articles[i] for i in todo], chunksize=4))
    else:
        fresh = [extract(articles[i]) for i in todo]
    for i, extraction in zip(todo, fresh, strict=True):
        found[i] = extraction
        if cache is not None:
            _store(cache, articles[i], extraction)
    return [extraction for extraction in found if extraction is not None]


def compare(
    articles: list[Article],
    rules: list[Rule],
    reference: Article | None = None,
    extractions: dict[str, Extraction] | None = None,
) -> Report:
    """Compare the articles; quotes are also checked against ``reference`` when given.
    ``extractions`` (by article id) saves extracting again what the caller already has."""
    if reference is None:
        articles, reference = split_reference(articles)
    known = extractions or {}
    extracted = [known.get(article.id) or extract(article) for article in articles]
    alignment, findings = run_rules(rules, articles, extracted, reference)
    report = build_report(articles, extracted, alignment, findings, rules)
    if reference is None:
        return report
    summary = ArticleSummary(id=reference.id, path=reference.path, meta=reference.meta,
                             dateline=reference.dateline, byline=reference.byline,
                             encoding=reference.encoding, text=reference.text, quotes=[],
                             figures=[])  # fmt: skip
    return report.model_copy(update={"references": [summary]})


def build_report(
    articles: list[Article],
    extractions: list[Extraction],
    alignment: Alignment,
    findings: list[Finding],
    rules: list[Rule],
) -> Report:
    table = figure_table(articles, extractions, alignment, rules)
    summaries = [
        ArticleSummary(
            id=article.id,
            path=article.path,
            meta=article.meta,
            dateline=article.dateline,
            byline=article.byline,
            encoding=article.encoding,
            text=article.text,
            quotes=extraction.quotes,
            figures=extraction.figures,
        )
        for article, extraction in zip(articles, extractions, strict=True)
    ]
    return Report(
        version=__version__,
        rules=rule_infos(rules),
        articles=summaries,
        alignment=alignment,
        figure_table=table,
        findings=findings,
        summary=summarise(summaries, table, findings),
    )


def rule_infos(rules: list[Rule]) -> list[RuleInfo]:
    return [
        RuleInfo(
            code=rule.code,
            name=rule.name,
            kind=rule.kind,
            severity=rule.severity,
            description=" ".join(rule.description.split()),
        )
        for rule in rules
    ]


def summarise(
    articles: list[ArticleSummary], table: list[FigureRow], findings: list[Finding]
) -> Summary:
    statuses = Counter(row.status for row in table)
    severities = Counter(finding.severity for finding in findings)
    return Summary(
        articles=len(articles),
        quotes=sum(len(article.quotes) for article in articles),
        figures=sum(len(article.figures) for article in articles),
        corroborated=statuses[FigureStatus.CORROBORATED],
        conflicting=statuses[FigureStatus.CONFLICTING],
        single_source=statuses[FigureStatus.SINGLE_SOURCE],
        findings={severity: severities[severity] for severity in Severity},
    )


def focus_report(report: Report, article_ids: set[str]) -> Report:
    """What a check of some of the report's articles shows: the findings, aligned pairs and
    figure rows that involve one of them. The other articles stay, as what they were checked
    against (evidence and figure cells point into them)."""
    figure_ids = {f.id for a in report.articles if a.id in article_ids for f in a.figures}
    alignment = report.alignment
    return report.model_copy(
        update={
            "findings": [f for f in report.findings
                         if any(e.article_id in article_ids for e in f.evidence)],
            "alignment": Alignment(
                quotes=[m for m in alignment.quotes
                        if {m.a.article_id, m.b.article_id} & article_ids],
                figures=[m for m in alignment.figures if {m.a, m.b} & figure_ids],
                sources=[m for m in alignment.sources if m.article_id in article_ids],
            ),
            "figure_table": [row for row in report.figure_table
                             if any(f.article_id in article_ids for f in row.figures)],
        }
    )  # fmt: skip


def merge_reports(reports: list[Report], rules: list[Rule]) -> Report:
    """One report of several events' reports (`factcheck check`), in event order."""
    articles = [article for report in reports for article in report.articles]
    table = [row for report in reports for row in report.figure_table]
    findings = [finding for report in reports for finding in report.findings]
    return Report(
        version=__version__,
        rules=rule_infos(rules),
        articles=articles,
        alignment=Alignment(
            quotes=[m for report in reports for m in report.alignment.quotes],
            figures=[m for report in reports for m in report.alignment.figures],
            sources=[m for report in reports for m in report.alignment.sources],
        ),
        references=[ref for report in reports for ref in report.references],
        figure_table=table,
        findings=findings,
        summary=summarise(articles, table, findings),
    )


def figure_table(
    articles: list[Article],
    extractions: list[Extraction],
    alignment: Alignment,
    rules: list[Rule],
) -> list[FigureRow]:
    """One row per fact: figures joined by alignment; conflicting where two of them cannot both
    be right, judged as FC105 judges (with the first figure_mismatch rule's parameters, else
    its defaults), whether or not that rule is selected: the status describes the figures."""
    figures: dict[str, Figure] = {f.id: f for ex in extractions for f in ex.figures}
    parent = {figure_id: figure_id for figure_id in figures}

    def root(figure_id: str) -> str:
        while parent[figure_id] != figure_id:
            parent[figure_id] = parent[parent[figure_id]]
            figure_id = parent[figure_id]
        return figure_id

    for match in alignment.figures:
        parent[root(match.b)] = root(match.a)
    groups: dict[str, list[Figure]] = {}
    for ex in extractions:
        for figure in ex.figures:
            groups.setdefault(root(figure.id), []).append(figure)

    from factcheck.rules.kinds.figure_mismatch import FigureMismatchParams, conflicts_of

    params = next(
        (rule.params for rule in rules if rule.kind == "figure_mismatch"), FigureMismatchParams()
    )
    conflicting = {
        figure.id
        for pair in conflicts_of(alignment.figures, figures, params)  # type: ignore[arg-type]
        for figure in pair
    }
    rows = []
    for group in groups.values():
        if len(group) == 1:
            status = FigureStatus.SINGLE_SOURCE
        elif any(f.id in conflicting for f in group):
            status = FigureStatus.CONFLICTING
        else:
            status = FigureStatus.CORROBORATED
        rows.append(FigureRow(figures=group, status=status))
    order = {article.id: index for index, article in enumerate(articles)}
    rows.sort(key=lambda row: (order[row.figures[0].article_id], row.figures[0].span.start))
    return rows
