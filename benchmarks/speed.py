"""Speed: extraction throughput, alignment of two long articles, start-up time.

    python benchmarks/speed.py [--megabytes 1.0]

Prints figures; asserts nothing. The long articles are the bundled articles' body paragraphs,
shuffled and repeated (each copy with its own figures, so nothing aligns by accident) up to
the requested size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from factcheck.extract import extract
from factcheck.load import article_from_text, load_article
from factcheck.pipeline import compare
from factcheck.rules.loader import builtin_rules_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]


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


def timed(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args(argv)

    text = long_text(args.megabytes, seed=1)
    article = article_from_text(text, article_id="long-a")
    started = time.perf_counter()
    extraction = extract(article)
    seconds = time.perf_counter() - started
    megabytes = len(text.encode("utf-8")) / 1e6
    print(
        f"extraction: {megabytes:.2f} MB in {seconds:.2f} s = {megabytes / seconds:.2f} MB/s "
        f"({len(extraction.quotes)} quotes, {len(extraction.figures)} figures)"
    )

    other = article_from_text(long_text(args.megabytes, seed=2), article_id="long-b")
    rules = load_rules([builtin_rules_dir()])
    started = time.perf_counter()
    report = compare([article, other], rules)
    print(
        f"compare two {args.megabytes:g} MB articles: {time.perf_counter() - started:.1f} s "
        f"({len(report.alignment.quotes)} quote pairs, {len(report.findings)} findings)"
    )

    python = sys.executable
    factcheck = str(Path(python).with_name("factcheck"))
    baseline = timed([python, "-c", "pass"])
    imports = timed([python, "-c", "import typer, rich, pydantic, rapidfuzz"])
    version = timed([factcheck, "--version"])
    bundled = timed([factcheck, "compare", "--format", "json"])
    print(
        f"start-up (median of 5): python -c pass {baseline:.2f} s; importing typer, rich, "
        f"pydantic, rapidfuzz {imports:.2f} s; factcheck --version {version:.2f} s; "
        f"factcheck compare (bundled) {bundled:.2f} s = {bundled / imports:.2f}x the imports"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
