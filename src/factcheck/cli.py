"""The command line: `factcheck compare | extract | rules | rule | schema`.

Heavy modules are imported inside the commands that need them, so `factcheck --version` and
`factcheck rules` start fast. Every user error is one line on stderr and exit code 2.

No ``from __future__ import annotations`` here: typer reads every command's signature at each
run, and string annotations would be evaluated again each time (a few milliseconds of start-up).
The names imported only for type checking are quoted instead.
"""

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck import __version__
from factcheck.errors import ExitCode, FactcheckError
from factcheck.report import OutputFormat

if TYPE_CHECKING:
    from factcheck.config import LoadedSettings
    from factcheck.models import Article, Finding, Report
    from factcheck.replay import Recording
    from factcheck.rules.model import Rule

DEFAULT_ARTICLES = Path("articles")

app = typer.Typer(
    name="factcheck",
    help="Cross-verify news articles on the same event: quotes, figures and claims that disagree.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NONE = "none"


class ShownSeverity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class TableFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cross-verify news articles covering the same event."""


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="Another folder of rule files (repeatable).", show_default=False),
]


def _load_rules(extra: list[Path] | None) -> "list[Rule]":
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    return load_rules([builtin_rules_dir(), *(extra or [])])


def _suffixes() -> str:
    from factcheck.discover import ARTICLE_SUFFIXES

    return ", ".join(ARTICLE_SUFFIXES)


def _load_articles(paths: list[Path]) -> "list[Article]":
    from factcheck.discover import article_files
    from factcheck.pipeline import load_articles

    files: list[Path] = []
    for path in paths:
        for file in article_files(path):
            if any(file.resolve() == seen.resolve() for seen in files):
                typer.echo(f"factcheck: warning: {file}: given twice; compared once", err=True)
                continue
            files.append(file)
    if not files:
        raise FactcheckError(", ".join(map(str, paths)), f"no article files ({_suffixes()}) found")
    articles = load_articles(files)
    for article in articles:
        for warning in article.warnings:
            typer.echo(f"factcheck: warning: {warning}", err=True)
    return articles


def write_atomically(path: Path, content: str) -> None:
    """Write the whole file or nothing: a failed run never leaves a partial report."""
    write_all_atomically([(path, content)])


def check_output_paths(paths: list[Path], option: str = "--output") -> None:
    """Refuse, before anything is computed or written, outputs that cannot all be written: a
    folder, a missing folder, or one file asked for twice (the second would overwrite the
    first)."""
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            raise FactcheckError(str(path), "is a folder")
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise FactcheckError(str(path), "folder of the output file does not exist")
        key = os.path.realpath(path)
        if key in seen:
            raise FactcheckError(
                str(path), f"two reports would be written to this file; give each its own {option}"
            )
        seen.add(key)


def write_all_atomically(files: list[tuple[Path, str]]) -> None:
    """Write every file whole, or none: each is written to a temporary file beside it, and
    they take their names only once all are written."""
    import tempfile  # here, not at the top: only a run that writes a file needs it

    check_output_paths([path for path, _ in files])
    staged: list[tuple[str, Path]] = []
    current = Path(".")
    try:
        # mkstemp makes the files private; a report gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        for path, content in files:
            current = path
            directory = path.parent if str(path.parent) else Path(".")
            handle, temporary = tempfile.mkstemp(
                dir=directory, prefix=f".{path.name}.", suffix=".tmp"
            )
            staged.append((temporary, path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(content)
            os.chmod(temporary, 0o666 & ~umask)
        for temporary, path in staged:
            current = path
            os.replace(temporary, path)
    except OSError as exc:
        # A read-only folder, a full disk, a folder made at the path since it was checked:
        # no file takes its name (those already renamed are the only exception).
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        raise FactcheckError(str(current), f"cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        raise


def _parse_outputs(
    outputs: list[str] | None, default: OutputFormat
) -> list[tuple[OutputFormat, Path]]:
    """``--output FILE`` writes the --format report; ``--output FORMAT=FILE`` another format."""
    parsed = []
    for value in outputs or []:
        name, sep, file = value.partition("=")
        if sep and name in OutputFormat.__members__.values():
            parsed.append((OutputFormat(name), Path(file)))
        elif sep and name.isalpha():
            known = ", ".join(fmt.value for fmt in OutputFormat)
            raise FactcheckError(f"--output {value}", f"unknown format {name!r}; known: {known}")
        else:
            parsed.append((default, Path(value)))
    return parsed


def _deliver(
    report: "Report",
    output_format: OutputFormat,
    outputs: list[str] | None,
    color: bool | None,
    fail_on: "FailOn",
    root: Path,
) -> list[tuple[Path, str]]:
    """Render every requested report first, then write: an error leaves no file behind.
    The files written, with their content."""
    from factcheck.report import render

    targets = _parse_outputs(outputs, output_format)
    to_stdout = not any(
        fmt is output_format and "=" not in value
        for (fmt, _), value in zip(targets, outputs or [], strict=True)
    )
    failing = None if fail_on is FailOn.NONE else fail_on.value
    rendered = [(path, render(report, fmt, root=root, fail_on=failing)) for fmt, path in targets]
    # Every file is written in full before any takes its name, and the report is shown only
    # then: a run that fails (one output folder missing) leaves no file and prints no report.
    write_all_atomically(rendered)
    if to_stdout:
        use_color = color if color is not None else sys.stdout.isatty()
        sys.stdout.write(render(report, output_format, color=use_color, root=root, fail_on=failing))
    return rendered


def _outputs(outputs: list[str] | None, output_format: OutputFormat) -> None:
    """Check the --output options before the run: a bad one costs no extraction."""
    check_output_paths([path for _, path in _parse_outputs(outputs, output_format)])


def _warn_hidden(findings: "list[Finding]", fail_on: "FailOn", min_severity: str) -> None:
    """A run that fails on findings --min-severity hides would fail with nothing shown."""
    from factcheck.models import Severity

    if fail_on is FailOn.NONE:
        return
    threshold, shown = Severity(fail_on.value).rank, Severity(min_severity).rank
    hidden = sum(1 for f in findings if threshold <= f.severity.rank < shown)
    if hidden:
        typer.echo(
            f"factcheck: {_plural(hidden, 'finding')} at or above --fail-on {fail_on.value} "
            f"{'is' if hidden == 1 else 'are'} hidden by --min-severity {min_severity}",
            err=True,
        )


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _shown(report: "Report", min_severity: str) -> "Report":
    """The report as displayed: findings below ``min_severity`` left out."""
    from factcheck.models import Severity
    from factcheck.pipeline import summarise

    threshold = Severity(min_severity).rank
    findings = [f for f in report.findings if f.severity.rank >= threshold]
    if len(findings) == len(report.findings):
        return report
    summary = summarise(report.articles, report.figure_table, findings).model_copy(
        update={"baselined": report.summary.baselined, "stale": report.summary.stale}
    )
    return report.model_copy(update={"findings": findings, "summary": summary})


def _exit_code(findings: "list[Finding]", fail_on: FailOn) -> ExitCode:
    from factcheck.models import Severity

    if fail_on is FailOn.NONE:
        return ExitCode.OK
    threshold = Severity(fail_on.value).rank
    if any(finding.severity.rank >= threshold for finding in findings):
        return ExitCode.FINDINGS
    return ExitCode.OK


OutputsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the report to FILE, or another format with FORMAT=FILE (repeatable).",
        show_default=False,
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Report format.")]
FailOnOption = Annotated[
    FailOn, typer.Option(help="Exit 1 when a finding is at least this severe.")
]
MinSeverityOption = Annotated[
    ShownSeverity, typer.Option(help="Show findings of at least this severity.")
]
JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Extract articles in this many processes.")
]
ColorOption = Annotated[
    bool | None, typer.Option("--color/--no-color", help="Colour the terminal report.")
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Extract every article again (extractions are kept in the config's cache folder).",
    ),
]


@app.command()
def compare(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: articles/).", show_default=False),
    ] = None,
    output_format: FormatOption = OutputFormat.TERMINAL,
    output: OutputsOption = None,
    fail_on: FailOnOption = FailOn.ERROR,
    min_severity: MinSeverityOption = ShownSeverity.INFO,
    rules: RulesOption = None,
    color: ColorOption = None,
    jobs: JobsOption = 1,
    reference: Annotated[
        Path | None,
        typer.Option(
            "--reference",
            help="A primary source (transcript, press release): every quote is judged against it.",
            show_default=False,
        ),
    ] = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Compare two or more articles: aligned quotes, figures and findings."""
    from factcheck import replay

    _outputs(output, output_format)
    paths = articles or [DEFAULT_ARTICLES]
    # A closed stdout (a cron job writing only -o files) is no terminal.
    use_color = color if color is not None else sys.stdout is not None and sys.stdout.isatty()
    # Everything but --jobs, which changes no output; the colour only where it shows.
    options = {
        "command": "compare",
        "articles": [str(path) for path in paths],
        "format": output_format.value,
        "output": output or [],
        "fail_on": fail_on.value,
        "min_severity": min_severity.value,
        "rules": [str(folder) for folder in rules or []],
        "color": use_color if output_format is OutputFormat.TERMINAL else None,
        "reference": str(reference) if reference is not None else None,
    }
    key = None if no_cache else replay.compare_key(paths, reference, rules or [], options)
    kept = replay.kept_run(key) if key is not None else None
    if kept is not None:
        raise typer.Exit(_play(kept))
    from factcheck.config import load_settings
    from factcheck.discover import project_root
    from factcheck.load import load_article
    from factcheck.pipeline import compare as run_compare
    from factcheck.pipeline import extract_all, split_reference

    with replay.recording() as record:
        loaded = _load_articles(paths)
        source = load_article(reference) if reference is not None else None
        if len(loaded) == 1 and source is None:
            typer.echo(
                f"factcheck: warning: only one article ({loaded[0].path}): "
                "rules that compare articles have nothing to compare it with",
                err=True,
            )
        articles_only = loaded if source is not None else split_reference(loaded)[0]
        settings = load_settings()
        cache = None if no_cache else _usable_cache(settings.settings.cache)
        extracted = {a.id: ex for a, ex in zip(articles_only,
                                               extract_all(articles_only, jobs, cache),
                                               strict=True)}  # fmt: skip
        report = run_compare(loaded, _load_rules(rules), source, extracted)
        root = project_root(settings.source)
        before = len(record.chunks)
        shown = _shown(report, min_severity.value)
        files = _deliver(shown, output_format, output, use_color, fail_on, root)
        record.wrote_files(files, before)
        _warn_hidden(report.findings, fail_on, min_severity.value)
        record.exit_code = int(_exit_code(report.findings, fail_on))
    # Kept only if no input changed while the run read them.
    again = replay.compare_key(paths, reference, rules or [], options) if key else None
    if key is not None and cache is not None and again == key:
        replay.store(cache, key, record)
    raise typer.Exit(record.exit_code)


def _play(kept: "Recording") -> int:
    """Write again what a run with the same inputs wrote; its exit code."""
    for stream, text in kept.chunks[: kept.files_at]:
        _write(stream, text)
    write_all_atomically([(Path(name), content) for name, content in kept.files])
    for stream, text in kept.chunks[kept.files_at :]:
        _write(stream, text)
    return kept.exit_code


def _write(stream: str, text: str) -> None:
    # Flushed at once, as typer.echo does: the warnings and the report keep their order.
    to = sys.stdout if stream == "out" else sys.stderr
    to.write(text)
    to.flush()


def _usable_cache(cache: Path) -> Path | None:
    """The cache folder, or None (with one warning) when it cannot be used: a cache only
    saves time, so the run goes on without it."""
    from factcheck.pipeline import cache_problem

    problem = cache_problem(cache)
    if problem is None:
        return cache
    typer.echo(f"factcheck: warning: {cache}: {problem}; running without the cache", err=True)
    return None


ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Use this configuration file.", show_default=False),
]


def _selected_rules(
    extra: list[Path], select: tuple[str, list[str]], ignore: tuple[str, list[str]]
) -> "list[Rule]":
    """The rules to run; ``select`` and ``ignore`` are (where they were given, codes)."""
    from factcheck.config import rule_selected

    rules = _load_rules(extra)
    # A code that matches no rule is a typo: selecting nothing would pass every check.
    for where, prefixes in (select, ignore):
        for prefix in prefixes:
            if not any(rule.code.startswith(prefix) for rule in rules):
                raise FactcheckError(
                    where, f"no rule code starts with '{prefix}' (see 'factcheck rules')"
                )
    return [rule for rule in rules if rule_selected(rule.code, select[1], ignore[1])]


def _codes(option: str, given: list[str] | None, loaded: "LoadedSettings") -> tuple[str, list[str]]:
    """The codes of ``--select`` / ``--ignore`` (comma-separated, as ruff takes them), else
    of the setting, with what names them in an error: the option, or the file and key."""
    from factcheck.config import split_codes

    if given:
        return f"--{option}", split_codes(given)
    return loaded.key(option), getattr(loaded.settings, option)


def _real_paths(files: list[Path]) -> dict[Path, str]:
    """`os.path.realpath` of each file, its folder's resolved once: an archive's thousands of
    articles share a few folders, and resolving each path walks every folder above it."""
    folders: dict[str, str] = {}
    found = {}
    for file in files:
        folder, name = os.path.split(os.fspath(file))
        if name in ("", ".", "..") or os.path.islink(file):
            found[file] = os.path.realpath(file)
            continue
        if folder not in folders:
            folders[folder] = os.path.realpath(folder)
        found[file] = os.path.join(folders[folder], name)
    return found


def _check_report(
    corpus: Path,
    paths: list[Path] | None,
    changed_since: str | None,
    rules: "list[Rule]",
    references: dict[str, Path] | None = None,
    jobs: int = 1,
    cache: Path | None = None,
    loaded_settings: "LoadedSettings | None" = None,
) -> "tuple[Report, set[str]] | None":
    """Compare each article to check with the other articles of its event."""
    from factcheck.corpus.index import group_paths, index_location
    from factcheck.discover import article_files, article_paths
    from factcheck.load import article_ids, load_article
    from factcheck.pipeline import (
        compare,
        extract_all,
        focus_report,
        load_articles,
        merge_reports,
    )

    if not paths and not corpus.is_dir():
        problem = "is not a folder" if corpus.exists() else "does not exist"
        raise FactcheckError(str(corpus), f"the corpus folder {problem}")
    corpus_files = article_paths(corpus) if corpus.is_dir() else []
    if not corpus_files and not paths:
        raise FactcheckError(str(corpus), f"no article files ({_suffixes()}) in the corpus folder")
    targets: list[Path] = []
    for path in paths or [corpus]:
        if not path.exists():
            raise FactcheckError(str(path), "no such file or folder")
        targets.extend(article_files(path))
    if changed_since is not None:
        from factcheck.corpus.git import changed_since as git_changed
        from factcheck.corpus.git import deleted_since

        # Targets may lie outside the corpus folder: ask git about the whole work tree.
        changed = {p.resolve() for p in git_changed(changed_since, Path.cwd())}
        # An article deleted from an event folder changes what the rest of that event is
        # compared with: those articles are checked again.
        for gone in deleted_since(changed_since, Path.cwd()):
            event_folder = gone.resolve().parent
            if event_folder.is_dir() and corpus.resolve() in event_folder.parents:
                changed.update(p.resolve() for p in article_paths(event_folder))
        targets = [t for t in targets if t.resolve() in changed]
    if not targets:
        return None
    # One key per file, however it is reached (a symlinked folder, ".."): never compared
    # with itself.
    real = _real_paths(corpus_files)
    absolute = {real[f]: f for f in corpus_files}
    for target in targets:
        absolute.setdefault(os.path.realpath(target), target)
    files = corpus_files + list(absolute.values())[len(corpus_files) :]
    # The index finds the events of the articles to check; only their members are read.
    groups, _ = group_paths(files, corpus, index_location(cache, corpus) if cache else None)
    if loaded_settings is not None:
        # Every article of the corpus is grouped: a reference whose event none of them is in
        # is a typo or a renamed event, and would otherwise never be used.
        for event in sorted(set(references or {}) - set(groups)):
            typer.echo(
                f"factcheck: warning: {loaded_settings.key('references')}.{event}: "
                "no article of the corpus is in this event; the reference is not used",
                err=True,
            )
    wanted = {absolute[os.path.realpath(t)] for t in targets}
    event_of = {path: event for event, members in groups.items() for path in members}
    chosen = {event: groups[event] for event in sorted({event_of[t] for t in wanted})}
    id_of = dict(zip(files, article_ids(files), strict=True))
    member_paths = [path for members in chosen.values() for path in members]
    loaded = dict(
        zip(
            member_paths,
            load_articles(member_paths, [id_of[path] for path in member_paths]),
            strict=True,
        )
    )
    for article in loaded.values():
        for warning in article.warnings:
            typer.echo(f"factcheck: warning: {warning}", err=True)
    target_ids = {id_of[path] for path in wanted}
    events = {event: [loaded[path] for path in members] for event, members in chosen.items()}
    needed = [article for members in events.values() for article in members]
    extracted = dict(zip([a.id for a in needed], extract_all(needed, jobs, cache), strict=True))
    reports = []
    for event, members in events.items():
        members = [
            a.model_copy(update={"meta": a.meta.model_copy(update={"event": event})})
            for a in members
        ]
        source = (references or {}).get(event)
        # A configured reference is not an article of the event: it is what was said.
        if source is not None:
            members = [a for a in members if Path(a.path).resolve() != source.resolve()]
        report = compare(
            members, rules, load_article(source) if source is not None else None, extracted
        )
        reports.append(focus_report(report, target_ids))
    return merge_reports(reports, rules), target_ids


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Articles to check (default: the whole corpus).", show_default=False),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            help="Check only articles added or changed since this git revision.", show_default=False
        ),
    ] = None,
    config: ConfigOption = None,
    output_format: FormatOption = OutputFormat.TERMINAL,
    output: OutputsOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when a new finding is at least this severe [config: error].",
            show_default=False,
        ),
    ] = None,
    min_severity: Annotated[
        ShownSeverity | None,
        typer.Option(
            help="Show findings of at least this severity [config: info].", show_default=False
        ),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Run only these rule codes or prefixes.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these rule codes or prefixes.")
    ] = None,
    rules: RulesOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option(help="Baseline file [config: .factcheck-baseline.json].", show_default=False),
    ] = None,
    no_baseline: Annotated[
        bool, typer.Option("--no-baseline", help="Ignore the baseline.")
    ] = False,
    color: ColorOption = None,
    jobs: JobsOption = 1,
    no_cache: NoCacheOption = False,
) -> None:
    """Check articles against the other coverage of their event (for CI)."""
    from factcheck.baseline import Fingerprints, read_baseline, split_by_baseline
    from factcheck.config import load_settings
    from factcheck.discover import project_root
    from factcheck.pipeline import summarise

    loaded = load_settings(config)
    settings = loaded.settings
    _outputs(output, output_format)
    chosen = _selected_rules(
        [*settings.rules, *(rules or [])],
        _codes("select", select, loaded),
        _codes("ignore", ignore, loaded),
    )
    failing_on = FailOn(fail_on or settings.fail_on)
    root = project_root(loaded.source)
    result = _check_report(
        settings.articles,
        paths,
        changed_since,
        chosen,
        settings.references,
        jobs,
        None if no_cache else _usable_cache(settings.cache),
        loaded,
    )
    if result is None:
        from factcheck.pipeline import merge_reports

        typer.echo(f"factcheck: no article added or changed since {changed_since}", err=True)
        # Report files are still written (empty), so CI steps that upload them find them.
        from factcheck.report import render

        empty = merge_reports([], chosen)
        failing = None if failing_on is FailOn.NONE else failing_on.value
        write_all_atomically(
            [
                (path, render(empty, fmt, root=root, fail_on=failing))
                for fmt, path in _parse_outputs(output, output_format)
            ]
        )
        raise typer.Exit(int(ExitCode.OK))
    report, checked = result
    baseline_path = baseline or settings.baseline
    if not no_baseline and baseline_path.is_file():
        from factcheck.report._common import article_paths as article_paths_of

        fingerprints = Fingerprints(article_paths_of(report), baseline_path.parent)
        new, accepted, stale = split_by_baseline(
            report.findings, read_baseline(baseline_path), checked, fingerprints
        )
        summary = summarise(report.articles, report.figure_table, new).model_copy(
            update={"baselined": len(accepted), "stale": len(stale)}
        )
        report = report.model_copy(
            update={
                "findings": new,
                "summary": summary,
                "stale_baseline": [entry.fingerprint for entry in stale],
            }
        )
        if stale:
            entries = _plural(len(stale), "baseline entry", "baseline entries")
            typer.echo(
                f"factcheck: warning: {baseline_path}: {entries} no longer "
                f"{'matches' if len(stale) == 1 else 'match'} a finding "
                "(run 'factcheck baseline create' to refresh)",
                err=True,
            )
    elif baseline is not None and not no_baseline:
        raise FactcheckError(str(baseline), "baseline file does not exist")
    shown = min_severity.value if min_severity else settings.min_severity
    _deliver(_shown(report, shown), output_format, output, color, failing_on, root)
    _warn_hidden(report.findings, failing_on, shown)
    raise typer.Exit(int(_exit_code(report.findings, failing_on)))


baseline_app = typer.Typer(
    help="Accept the current findings, so only new ones fail.", no_args_is_help=True
)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
def baseline_create(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Articles to include (default: the whole corpus).", show_default=False),
    ] = None,
    config: ConfigOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Baseline file [config: .factcheck-baseline.json].",
            show_default=False,
        ),
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Write the current findings to the baseline file; with paths, replace only the entries
    of those articles and keep the others."""
    from factcheck.baseline import (
        Fingerprints,
        baseline_of,
        read_baseline,
        render_baseline,
        updated_baseline,
    )
    from factcheck.config import load_settings

    loaded = load_settings(config)
    settings = loaded.settings
    target = output or settings.baseline
    check_output_paths([target], "--output")
    chosen = _selected_rules(
        [*settings.rules, *(rules or [])],
        _codes("select", None, loaded),
        _codes("ignore", None, loaded),
    )
    cache = _usable_cache(settings.cache)
    # As `check` runs: the configured references judge quotes here too, or their findings
    # would never be in the baseline.
    result = _check_report(
        settings.articles, paths, None, chosen, settings.references, cache=cache,
        loaded_settings=loaded,
    )  # fmt: skip
    if paths and result is None:
        # Nothing to replace the entries of: the baseline stays as it is.
        raise FactcheckError(", ".join(map(str, paths)), f"no article files ({_suffixes()})")
    from factcheck.report._common import article_paths as article_paths_of

    findings = result[0].findings if result else []
    fingerprints = Fingerprints(article_paths_of(result[0]) if result else {}, target.parent)
    written = baseline_of(findings, fingerprints)
    kept = 0
    if paths and result is not None and target.is_file():
        checked = {fingerprints.files[article_id] for article_id in result[1]}
        old = read_baseline(target)
        written = updated_baseline(target, old, written, checked)
        kept = len(written.findings) - len(findings)
    write_atomically(target, render_baseline(written))
    also = f" (and kept {_plural(kept, 'entry', 'entries')} of other articles)" if kept else ""
    typer.echo(f"factcheck: wrote {_plural(len(findings), 'finding')} to {target}{also}", err=True)


@app.command("index")
def build_index(
    config: ConfigOption = None,
    events: Annotated[
        bool, typer.Option("--events", help="Print each article's event (event<TAB>file).")
    ] = False,
) -> None:
    """Build or update the corpus index that `check` finds events with (every check updates
    it too; only new and changed articles are read)."""
    import time

    from factcheck.config import load_settings
    from factcheck.corpus.index import group_paths, index_location
    from factcheck.discover import article_paths

    settings = load_settings(config).settings
    corpus = settings.articles
    if not corpus.is_dir():
        problem = "is not a folder" if corpus.exists() else "does not exist"
        raise FactcheckError(str(corpus), f"the corpus folder {problem}")
    files = article_paths(corpus)
    if not files:
        raise FactcheckError(str(corpus), f"no article files ({_suffixes()}) in the corpus folder")
    location = index_location(settings.cache, corpus)
    started = time.perf_counter()
    groups, update = group_paths(files, corpus, location)
    seconds = time.perf_counter() - started
    if events:
        sys.stdout.write(
            "".join(f"{event}\t{path}\n" for event, members in groups.items() for path in members)
        )
    typer.echo(
        f"factcheck: indexed {len(files)} articles in {len(groups)} events "
        f"({update.parsed} read, {update.unchanged} unchanged, {update.removed} removed) "
        f"in {seconds:.2f} s: {location}",
        err=True,
    )


@app.command("config")
def show_config(config: ConfigOption = None) -> None:
    """Print the settings in force and the file they come from."""
    from factcheck.config import load_settings

    loaded = load_settings(config)
    source = str(loaded.source) if loaded.source else "defaults (no configuration file found)"
    lines = [f"# settings from {source}"]
    for key, value in loaded.settings.model_dump(mode="json").items():
        if isinstance(value, list):
            shown = "[" + ", ".join(f'"{item}"' for item in value) + "]"
        elif isinstance(value, dict):
            shown = "{" + ", ".join(f'"{k}" = "{v}"' for k, v in value.items()) + "}"
        else:
            shown = f'"{value}"'
        lines.append(f"{key.replace('_', '-')} = {shown}")
    sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="One article file.")],
    output_format: Annotated[
        TableFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TableFormat.TABLE,
    numbers: Annotated[
        bool,
        typer.Option(
            "--numbers",
            help="Also list every number and number range in the body, and the figure each "
            "belongs to (a number in none is one the figures left out).",
        ),
    ] = False,
    no_cache: NoCacheOption = False,
) -> None:
    """Show the quotes, speakers, defects and figures found in one article."""
    from factcheck.config import load_settings
    from factcheck.pipeline import extract_all

    if article.is_dir():
        from factcheck.discover import article_paths

        count = len(article_paths(article))
        if count > 1:
            raise FactcheckError(
                str(article), f"a folder of {count} articles: extract reads one article file"
            )
    loaded = _load_articles([article])[0]
    cache = None if no_cache else _usable_cache(load_settings().settings.cache)
    (extraction,) = extract_all([loaded], 1, cache)
    found = None
    if numbers:
        from factcheck.extract.numerals import numbers_in

        found = numbers_in(loaded)
    if output_format is TableFormat.JSON and found is None:
        sys.stdout.write(extraction.model_dump_json(indent=2) + "\n")
        return
    if output_format is TableFormat.JSON:
        import json

        dumped = extraction.model_dump(mode="json")
        dumped["numbers"] = [number.model_dump(mode="json") for number in found[0]]
        dumped["number_ranges"] = [span.model_dump(mode="json") for span in found[1]]
        sys.stdout.write(json.dumps(dumped, indent=2, ensure_ascii=False) + "\n")
        return
    from factcheck.report.extraction import render_extraction

    sys.stdout.write(render_extraction(loaded, extraction, found))


@app.command("rules")
def list_rules(rules: RulesOption = None) -> None:
    """List the rules: code, severity, kind and what each checks."""
    from factcheck.report.rules import render_rule_list

    sys.stdout.write(render_rule_list(_load_rules(rules)))


@app.command("rule")
def explain_rule(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. FC101.")],
    rules: RulesOption = None,
) -> None:
    """Explain one rule: what it checks, why it matters, an example."""
    from factcheck.report.rules import render_rule

    found = {rule.code: rule for rule in _load_rules(rules)}
    rule = found.get(code.upper())
    if rule is None:
        raise FactcheckError(code, f"no such rule; known codes: {', '.join(found)}")
    sys.stdout.write(render_rule(rule))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report that --format json writes."""
    from factcheck.report.json import report_schema

    sys.stdout.write(report_schema())


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the app and turns every user error into one line and exit code 2."""
    try:
        result = app(args=argv, standalone_mode=False, prog_name="factcheck")
    except FactcheckError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        return ExitCode.USAGE
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        typer.echo("factcheck: aborted", err=True)
        return ExitCode.USAGE
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message() if hasattr(exc, "format_message") else exc, err=True)
            return ExitCode.USAGE
        # Click's usage errors (unknown option, bad value) arrive here: one line, not a box.
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx else ""
        typer.echo(f"factcheck: error: {message}{hint}", err=True)
        return ExitCode.USAGE
    except BrokenPipeError:
        return ExitCode.OK
    return int(result) if isinstance(result, int) else ExitCode.OK
