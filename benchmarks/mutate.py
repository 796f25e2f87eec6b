"""Mutation corpus: variants of real articles with known, recorded discrepancies, and a scorer.

    python benchmarks/mutate.py [ARTICLES...] [--pairs 1000] [--seed 7] [--out DIR]

Each pair is an article and a copy of it with one mutation of a kind real coverage contains.
Some kinds must be flagged (a changed figure, a reworded quote, another speaker, a removed
attribution, an inserted unsourced claim); others must not (a rounded figure, a dropped or
reordered paragraph). The generator is seeded and deterministic; with ``--out`` it writes the
pairs and a ``truth.json`` with each mutation and its span. The scorer runs factcheck on every
pair and prints, per kind, the detection rate (or the false-alarm rate for kinds that must
pass).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_article
from factcheck.models import Article, Figure, FigureKind, QuoteKind
from factcheck.pipeline import compare
from factcheck.rules.loader import builtin_rules_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutation:
    kind: str
    must_flag: tuple[str, ...]  # rule codes, any of which detects it; empty: must not flag
    span: tuple[int, int]  # where in the mutated text
    before: str
    after: str


Mutator = Callable[[Article, random.Random], tuple[str, Mutation] | None]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _figures(article: Article, kinds: set[FigureKind]) -> list[Figure]:
    return [f for f in extract(article).figures if f.kind in kinds and f.value is not None]


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_AMOUNTS = {FigureKind.MONEY, FigureKind.PERCENT, FigureKind.COUNT, FigureKind.QUANTITY}


def figure_changed(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """40.11 → 39.1, billion → million, 25% → 52%: a figure no rounding explains."""
    candidates = _figures(article, _AMOUNTS)
    if not candidates:
        return None
    figure = rng.choice(candidates)
    number = _NUMBER.search(figure.text)
    if number is None:
        return None
    printed = number.group()
    style = rng.choice(["digits", "scale", "factor"])
    if style == "scale" and re.search(r"billion|million", figure.text):
        old = "billion" if "billion" in figure.text else "million"
        new_text = figure.text.replace(old, "million" if old == "billion" else "billion")
    elif style == "digits" and len(printed.replace(",", "").replace(".", "")) >= 2:
        digits = printed.replace(",", "")
        swapped = digits[::-1] if digits[::-1] != digits else digits + "1"
        new_text = figure.text.replace(printed, swapped.lstrip("0") or "7", 1)
    else:
        value = Decimal(printed.replace(",", ""))
        new_value = (value * Decimal(rng.choice(["1.3", "0.7", "1.5"]))).quantize(Decimal(1))
        new_text = figure.text.replace(printed, f"{new_value:,}", 1)
    if new_text == figure.text:
        return None
    text = _replace(article.text, figure.span.start, figure.span.end, new_text)
    span = (figure.span.start, figure.span.start + len(new_text))
    return text, Mutation("figure_changed", ("FC105",), span, figure.text, new_text)


def figure_rounded(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """40.11 → 40.1, or "more than $40 billion": a rounding that must NOT be flagged."""
    candidates = [f for f in _figures(article, {FigureKind.MONEY, FigureKind.COUNT})
                  if re.search(r"\d\.\d\d|\d,\d{3}", f.text)]  # fmt: skip
    if not candidates:
        return None
    figure = rng.choice(candidates)
    number = _NUMBER.search(figure.text)
    assert number is not None
    value = Decimal(number.group().replace(",", ""))
    if "." in number.group():
        rounded = f"{value.quantize(Decimal('0.1'))}"
        new_text = figure.text.replace(number.group(), rounded, 1)
    else:
        rounded = f"{(value / 1000).quantize(Decimal(1)) * 1000:,}"
        new_text = "about " + figure.text.replace(number.group(), rounded, 1)
        if figure.qualifier:
            new_text = figure.text.replace(number.group(), rounded, 1)
    text = _replace(article.text, figure.span.start, figure.span.end, new_text)
    span = (figure.span.start, figure.span.start + len(new_text))
    return text, Mutation("figure_rounded", (), span, figure.text, new_text)


_CONTRACTIONS = {
    "We’ll": "We will", "I’m": "I am", "we’re": "we are", "It’s": "It is",
    "don’t": "do not", "can’t": "cannot", "won’t": "will not", "I’ve": "I have",
}  # fmt: skip
_SWAPS = {"build": "create", "popular": "widely used", "succeed": "win", "happy": "glad",
          "long": "lengthy", "important": "key", "clear": "firm", "decided": "chose",
          "expect": "anticipate", "questions": "doubts", "services": "offerings"}  # fmt: skip


def quote_reworded(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """A word replaced, a clause cut, words reordered or a contraction expanded, in quotes."""
    sentences = [s for q in extract(article).quotes if q.kind is QuoteKind.FULL
                 for s in q.sentences if len(s.text.split()) >= 8]  # fmt: skip
    if not sentences:
        return None
    sentence = rng.choice(sentences)
    words = sentence.text
    style = rng.choice(["swap", "cut", "reorder", "contraction"])
    new = words
    if style == "contraction":
        for short, long in _CONTRACTIONS.items():
            if short in words:
                new = words.replace(short, long, 1)
                break
    if new == words and style in ("swap", "contraction"):
        for old, repl in _SWAPS.items():
            if re.search(rf"\b{old}\b", words):
                new = re.sub(rf"\b{old}\b", repl, words, count=1)
                break
    if new == words and style == "cut" and "," in words:
        head, _, tail = words.partition(",")
        new = head + "," + " ".join(tail.split()[len(tail.split()) // 2 :])
    if new == words:
        tokens = words.split()
        i = rng.randrange(1, len(tokens) - 2)
        tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
        new = " ".join(tokens)
    if new == words:
        return None
    text = _replace(article.text, sentence.span.start, sentence.span.end, new)
    span = (sentence.span.start, sentence.span.start + len(new))
    return text, Mutation("quote_reworded", ("FC101",), span, words, new)


def speaker_changed(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """The quote given to someone else: the name in its attribution replaced."""
    quotes = [q for q in extract(article).quotes if q.kind is QuoteKind.FULL and q.speaker.span
              and q.speaker.span.slice(article.text)[:1].isupper()
              and q.speaker.span.slice(article.text) not in ("He", "She", "I", "We")]  # fmt: skip
    if not quotes:
        return None
    quote = rng.choice(quotes)
    span = quote.speaker.span
    assert span is not None
    old = span.slice(article.text)
    new = rng.choice(["Sheryl Sandberg", "Susan Li", "Andrew Bosworth", "Nick Clegg"])
    text = _replace(article.text, span.start, span.end, new)
    return text, Mutation("speaker_changed", ("FC104",), (span.start, span.start + len(new)),
                          old, new)  # fmt: skip


def attribution_removed(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """ "Zuckerberg said, “…”" → "“…”": the quote left with no speaker."""
    quotes = [q for q in extract(article).quotes if q.kind is QuoteKind.FULL and q.speaker.span
              and q.speaker.span.end <= q.span.start]  # fmt: skip
    if not quotes:
        return None
    quote = rng.choice(quotes)
    span = quote.speaker.span
    assert span is not None
    line_start = article.text.rfind("\n", 0, span.start) + 1
    old = article.text[line_start : quote.span.start]
    if len(old) > 160:
        return None
    text = _replace(article.text, line_start, quote.span.start, "")
    return text, Mutation("attribution_removed", ("FC104", "FC108"), (line_start, line_start),
                          old, "")  # fmt: skip


_CLAIMS = [
    "The company also plans a $50 billion share buyback.",
    "Meta will pay its first quarterly dividend next month.",
    "The board approved additional share repurchases worth billions.",
    "Investors will receive a special dividend of $1 per share.",
]


def claim_inserted(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """An unsourced claim on a watched subject added as a paragraph of its own."""
    body = article.body_blocks()
    if not body:
        return None
    block = rng.choice(body)
    claim = rng.choice(_CLAIMS)
    text = _replace(article.text, block.span.end, block.span.end, "\n\n" + claim)
    start = block.span.end + 2
    return text, Mutation("claim_inserted", ("FC107",), (start, start + len(claim)), "", claim)


def paragraph_moved(article: Article, rng: random.Random) -> tuple[str, Mutation] | None:
    """A paragraph dropped or two swapped: coverage differs in layout, not in fact."""
    body = article.body_blocks()
    if len(body) < 3:
        return None
    i = rng.randrange(len(body) - 1)
    a, b = body[i], body[i + 1]
    first, second = a.span.slice(article.text), b.span.slice(article.text)
    if rng.random() < 0.5:
        joined = second + article.text[a.span.end : b.span.start] + first
        text = _replace(article.text, a.span.start, b.span.end, joined)
        return text, Mutation("paragraph_reordered", (), (a.span.start, a.span.start), "", "")
    text = _replace(article.text, a.span.start, b.span.start, "")
    return text, Mutation("paragraph_dropped", (), (a.span.start, a.span.start), first[:60], "")


MUTATORS: list[Mutator] = [
    figure_changed, figure_rounded, quote_reworded, speaker_changed, attribution_removed,
    claim_inserted, paragraph_moved,
]  # fmt: skip
# Findings that would be false alarms for a layout change or a rounding.
CONFLICT_RULES = ("FC101", "FC104", "FC105")


def generate(articles: list[Article], pairs: int, seed: int) -> list[tuple[Article, str, Mutation]]:
    rng = random.Random(seed)
    out: list[tuple[Article, str, Mutation]] = []
    attempts = 0
    while len(out) < pairs and attempts < pairs * 20:
        attempts += 1
        article = articles[len(out) % len(articles)]
        mutator = MUTATORS[len(out) % len(MUTATORS)] if attempts % 3 else rng.choice(MUTATORS)
        made = mutator(article, rng)
        if made is not None:
            out.append((article, made[0], made[1]))
    return out


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    lo, hi = span
    return start <= hi and lo <= end if lo == hi else start < hi and lo < end


def detected(original: Article, mutated_text: str, mutation: Mutation, rules: list) -> bool:
    from factcheck.load import article_from_bytes

    mutated = article_from_bytes(mutated_text.encode("utf-8"), article_id="mutated",
                                 path="<mutated>", meta=original.meta.model_dump())  # fmt: skip
    report = compare([original, mutated], rules)
    wanted = mutation.must_flag or CONFLICT_RULES
    for finding in report.findings:
        if finding.rule not in wanted:
            continue
        for evidence in finding.evidence:
            if evidence.article_id != "mutated":
                continue
            if not mutation.must_flag or _overlaps(mutation.span, evidence.span.start - 40,
                                                   evidence.span.end + 40):  # fmt: skip
                return True
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    paths = args.articles or sorted((ROOT / "articles").glob("*.txt"))
    articles = [load_article(p) for p in paths]
    rules = load_rules([builtin_rules_dir()])
    started = time.perf_counter()
    pairs = generate(articles, args.pairs, args.seed)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        truth = []
        for n, (article, text, mutation) in enumerate(pairs):
            name = f"pair-{n:04d}.txt"
            (args.out / name).write_text(text, encoding="utf-8")
            truth.append({"file": name, "original": article.path, **asdict(mutation)})
        (args.out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for article, text, mutation in pairs:
        totals[mutation.kind] += 1
        hits[mutation.kind] += detected(article, text, mutation, rules)
    elapsed = time.perf_counter() - started
    print(f"{len(pairs)} mutated pairs from {len(articles)} articles, seed {args.seed}, "
          f"{elapsed:.1f} s")  # fmt: skip
    print(f"{'kind':<22} {'pairs':>6}  result")
    for kind in sorted(totals):
        must_pass = kind in ("figure_rounded", "paragraph_reordered", "paragraph_dropped")
        rate = hits[kind] / totals[kind]
        label = "false alarms" if must_pass else "detected"
        print(f"{kind:<22} {totals[kind]:>6}  {label} {rate:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
