"""Speed: extraction throughput, alignment of two long articles, start-up time.

    python benchmarks/speed.py [--megabytes 1.0] [--runs 3] [--peer-suites ../shared/peer-suites]

Prints figures; asserts nothing. The long articles are the bundled articles' body paragraphs,
shuffled and repeated (each copy with its own figures, so nothing aligns by accident) up to
the requested size. They are dense with quotes and figures, unlike most news, so extraction is
also timed on a news-like text: the same paragraphs and those of the test articles, mixed with
the English prose of pySBD's sentence-splitting suites (read from the peer suites when present,
skipped when not), where most sentences carry neither a quote nor a figure. Repeated paragraphs
flatter a compare (a sentence's copies are read once), so two long articles are also compared
from distinct news text: the QA rounds' events, each outlet's articles joined into one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from pathlib import Path

from factcheck.extract import extract
from factcheck.load import article_from_text, load_article
from factcheck.pipeline import compare
from factcheck.rules.loader import builtin_rules_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]
PEER_SUITES = ROOT.parent / "shared" / "peer-suites"


def long_text(megabytes: float, seed: int) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "articles").glob("*.txt")):
        article = load_article(path)
        paragraphs += [b.span.slice(article.text) for b in article.body_blocks()]
    out: list[str] = ["A long article for the benchmark"]
    size = 0
    copy = 0
    while size < megabytes * 1_000_000:
        copy += 1
        rng.shuffle(paragraphs)
        for paragraph in paragraphs:
            varied = paragraph.replace("25%", f"{copy % 90 + 5}%")
            out.append(varied)
            size += len(varied.encode("utf-8")) + 2
    return "\n\n".join(out)


def _body_paragraphs(paths: list[Path]) -> list[str]:
    paragraphs = []
    for path in paths:
        article = load_article(path)
        paragraphs += [b.span.slice(article.text) for b in article.body_blocks()]
    return paragraphs


def _pysbd_texts(peer_suites: Path) -> list[str]:
    """The English texts of pySBD's suites (Golden Rules, clean and regression cases), one
    paragraph each: their line breaks are mostly PDF-style breaks inside a sentence."""
    folder = peer_suites / "pysbd"
    texts = [
        case["text"] for case in json.loads((folder / "english_golden_rules.json").read_text())
    ]
    clean = json.loads((folder / "extra" / "english_clean_cases.json").read_text())
    texts += [case[0] for cases in clean.values() for case in cases]
    issues = json.loads((folder / "extra" / "regression_issue_cases.json").read_text())
    texts += [case[1] for case in issues["TEST_ISSUE_DATA"]]
    return [" ".join(text.split()) for text in texts if text.strip()]


def news_like_text(megabytes: float, seed: int, peer_suites: Path) -> str | None:
    """Real paragraphs in their natural proportions (about one byte of news article to nine of
    other prose), shuffled and repeated; None without the peer suites."""
    if not (peer_suites / "pysbd" / "english_golden_rules.json").is_file():
        return None
    rng = random.Random(seed)
    articles = sorted((ROOT / "articles").glob("*.txt")) + sorted(
        path for path in (ROOT / "tests" / "data").iterdir() if path.suffix in (".txt", ".md")
    )
    paragraphs = _body_paragraphs(articles) + _pysbd_texts(peer_suites)
    out: list[str] = ["A news-like text for the benchmark"]
    size = 0
    while size < megabytes * 1_000_000:
        rng.shuffle(paragraphs)
        for paragraph in paragraphs:
            out.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(out)


def many_events_texts() -> tuple[str, str]:
    """Two long articles of distinct news text: the QA rounds' events' first outlets' body
    paragraphs joined, and their second outlets'. Each event is told in both, in other words,
    with its own planted discrepancies, as two live blogs of a long day might be; nothing is
    repeated, so no sentence is read once for its copies."""
    texts = []
    for name in ("a.txt", "b.txt"):
        paths = sorted((ROOT / "benchmarks" / "qa").glob(f"round*/*/{name}"))
        texts.append(
            "\n\n".join([f"Many events' {name} for the benchmark", *_body_paragraphs(paths)])
        )
    return texts[0], texts[1]


def time_compare(label: str, first: str, second: str) -> None:
    article = article_from_text(first, article_id="long-a")
    other = article_from_text(second, article_id="long-b")
    rules = load_rules([builtin_rules_dir()])
    started = time.perf_counter()
    report = compare([article, other], rules)
    print(
        f"compare {label}: {time.perf_counter() - started:.1f} s, extraction included "
        f"({len(report.alignment.quotes)} quote pairs, {len(report.alignment.figures)} figure "
        f"pairs, {len(report.findings)} findings)"
    )


def time_extraction(label: str, text: str, runs: int) -> None:
    """Median (and range) of ``runs`` extractions, with how much of the text is quotes or
    figures: throughput depends on it."""
    article = article_from_text(text, article_id="speed")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        extraction = extract(article)
        times.append(time.perf_counter() - started)
    megabytes = len(text.encode("utf-8")) / 1e6
    median = statistics.median(times)
    with_figure = {figure.sentence.start for figure in extraction.figures}
    quoted = sorted(quote.span.start for quote in extraction.quotes)
    with_quote = neither = 0
    for sentence in extraction.sentences:
        # A sentence carries a quote when a quote opens inside it.
        at = bisect_left(quoted, sentence.start)
        quotes = at < len(quoted) and quoted[at] < sentence.end
        with_quote += quotes
        neither += not quotes and sentence.start not in with_figure
    sentences = len(extraction.sentences) or 1
    print(
        f"extraction, {label}: {megabytes:.2f} MB in {median:.2f} s (median of {runs}; "
        f"{min(times):.2f}-{max(times):.2f}) = {megabytes / median:.2f} MB/s; "
        f"{len(extraction.sentences)} sentences, {with_quote / sentences:.0%} with a quote, "
        f"{len(with_figure) / sentences:.0%} with a figure, {neither / sentences:.0%} with "
        f"neither "
        f"({len(extraction.quotes)} quotes, {len(extraction.figures)} figures)"
    )


STARTUP_RUNS = 11

# factcheck's own command line with compare's options, but a compare that does nothing: what
# typer costs before any of our work. (Typer 0.29 coerces every non-flag option through a
# pydantic TypeAdapter at each run, which loads pydantic's schema machinery: factcheck requires
# an earlier typer.)
EMPTY_COMPARE = """
import functools, sys, typer
from factcheck.cli import app, main
command = next(c for c in app.registered_commands if c.callback.__name__ == "compare")
real = command.callback
@functools.wraps(real)
def does_nothing(*args, **kwargs):
    raise typer.Exit(0)
command.callback = does_nothing
sys.exit(main(["compare", "--format", "json"]))
"""


# `factcheck compare -f json` as the console script runs it, with no run of the same inputs to
# replay: compared again from the cached extractions, as after a change to one option.
COMPARED_AGAIN = """
import sys
from factcheck import replay
from factcheck.cli import main
replay.load = lambda cache, key: None
sys.exit(main(["compare", "--format", "json"]))
"""


def timed(commands: dict[str, tuple[list[str], dict[str, str]]]) -> dict[str, float]:
    """Median wall time of each command (with its environment) over ``STARTUP_RUNS`` rounds,
    after a warm-up round that writes the .pyc files where the environment allows it. The
    rounds interleave the commands, so a busy machine slows them all alike."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_ in range(STARTUP_RUNS + 1):
        for label, (command, env) in commands.items():
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, cwd=ROOT, env=env)
            if round_:
                times[label].append(time.perf_counter() - started)
    return {label: statistics.median(values) for label, values in times.items()}


def startup() -> None:
    """Start-up time. Mainly as an installed factcheck sees it: bytecode caching allowed (pip
    writes the dependencies' .pyc files at install; an editable install writes factcheck's
    own on its first run, here the warm-up round), whatever PYTHONDONTWRITEBYTECODE says here.
    Then with factcheck's own modules compiled at every run ("uncached"), as in an environment
    that sets PYTHONDONTWRITEBYTECODE=1 over a checkout without .pyc files: a copy of the
    package without __pycache__, first on PYTHONPATH. The dependencies' .pyc files are read in
    both, as in any install. The baseline is the four imports; `import pydantic` alone is lazy
    and loads no BaseModel, so the real cost of pydantic is shown as well."""
    python = sys.executable
    factcheck = str(Path(python).with_name("factcheck"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    deps = "import typer, rich, rapidfuzz"
    one_model = f"{deps}\nfrom pydantic import BaseModel\nclass M(BaseModel): x: int"
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "factcheck"
        source = Path(sys.modules["factcheck"].__file__).parent
        shutil.copytree(source, package, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(builtin_rules_dir(), package / "builtin_rules")
        uncached = {**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": folder}
        t = timed(
            {
                "pass": ([python, "-c", "pass"], env),
                "imports": ([python, "-c", "import typer, rich, pydantic, rapidfuzz"], env),
                "BaseModel": ([python, "-c", f"{deps}; from pydantic import BaseModel"], env),
                "one model": ([python, "-c", one_model], env),
                "version": ([factcheck, "--version"], env),
                "empty compare": ([python, "-c", EMPTY_COMPARE], env),
                "json": ([factcheck, "compare", "--format", "json"], env),
                "json compared": ([python, "-c", COMPARED_AGAIN], env),
                "json no cache": ([factcheck, "compare", "--format", "json", "--no-cache"], env),
                "terminal": ([factcheck, "compare", "--no-color"], env),
                "version uncached": ([factcheck, "--version"], uncached),
                "json uncached": ([factcheck, "compare", "--format", "json"], uncached),
            }
        )
    imports = t["imports"]
    print(
        f"start-up (median of {STARTUP_RUNS} after a warm-up, bytecode cached): python -c pass "
        f"{t['pass']:.3f} s; importing typer, rich, pydantic, rapidfuzz {imports:.3f} s (with "
        f"`from pydantic import BaseModel` {t['BaseModel']:.3f} s, and one model class "
        f"{t['one model']:.3f} s = {t['one model'] / imports:.2f}x the imports: the floor of "
        f"any program that defines a pydantic model); factcheck --version "
        f"{t['version']:.3f} s; typer parsing "
        f"compare's options for a compare that does nothing {t['empty compare']:.3f} s = "
        f"{t['empty compare'] / imports:.2f}x the imports; factcheck compare "
        f"(bundled) -f json {t['json']:.3f} s = {t['json'] / imports:.2f}x the imports "
        f"(replayed: the warm-up round ran it; compared again from the cached extractions "
        f"{t['json compared']:.3f} s = {t['json compared'] / imports:.2f}x; with --no-cache "
        f"{t['json no cache']:.3f} s = {t['json no cache'] / imports:.2f}x), "
        f"terminal {t['terminal']:.3f} s = {t['terminal'] / imports:.2f}x; factcheck's modules "
        f"uncached: --version {t['version uncached']:.3f} s, compare -f json "
        f"{t['json uncached']:.3f} s = {t['json uncached'] / imports:.2f}x"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3, help="extractions timed per text")
    parser.add_argument("--peer-suites", type=Path, default=PEER_SUITES)
    args = parser.parse_args(argv)

    text = long_text(args.megabytes, seed=1)
    time_extraction(
        "bundled articles' paragraphs repeated (quote- and figure-dense)", text, args.runs
    )
    news = news_like_text(args.megabytes, seed=1, peer_suites=args.peer_suites)
    if news is None:
        print(f"extraction, news-like text: skipped (no pySBD texts in {args.peer_suites})")
    else:
        time_extraction(
            "news-like text (bundled and test articles' paragraphs, pySBD's English texts)",
            news,
            args.runs,
        )
    time_compare(
        f"two {args.megabytes:g} MB articles of the bundled paragraphs repeated",
        text,
        long_text(args.megabytes, seed=2),
    )
    first, second = many_events_texts()
    time_compare(
        f"the QA events' two outlets, joined ({len(first.encode()) / 1e6:.2f} and "
        f"{len(second.encode()) / 1e6:.2f} MB of distinct news text)",
        first,
        second,
    )

    startup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
