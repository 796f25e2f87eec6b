"""Archive scale: index a generated archive and check one new article against it.

    python benchmarks/archive.py [--sizes 1000,10000] [--per-event 10] [--loose 0.5]
                                 [--seed 3] [--keep DIR]

For each size it writes an archive of that many generated articles (about ``--per-event``
articles an event; a share ``--loose`` of them without an ``event:`` field, so they must be
grouped by what they share), then runs the real command line on it and prints, per size:
the time and peak memory of `factcheck index` (first build, then again with nothing changed),
the index's size on disk, how well loose articles were grouped (pairwise precision and recall
against the generator's events), and the time and peak memory of `factcheck check` on one new
article (first with its event's extractions not yet cached, then again). It prints figures and
asserts nothing.

The articles are synthetic but shaped like coverage: every article of an event carries two or
three of the event's quotes (some trimmed), its figures in the outlet's own words, unrelated
paragraphs of its own, and stock lines many outlets share (newsletter blurbs, credits), which
the index must not mistake for a shared event.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hiro", "Ines", "Jon", "Kemi",
         "Lars", "Mina", "Noor", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara"]  # fmt: skip
LAST = ["Alvarez", "Brandt", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist",
        "Rossi", "Silva", "Tanaka"]  # fmt: skip
SYLLABLES = ["ar", "bel", "cor", "dan", "el", "fin", "gal", "hor", "is", "jun", "kel", "lum",
             "mar", "nor", "ov", "pel", "quin", "ros", "sol", "tav", "ul", "ven", "wex",
             "zor"]  # fmt: skip
MEASURES = ["revenue", "operating profit", "capital spending", "net income", "sales",
            "research spending", "cash reserves", "debt"]  # fmt: skip
COUNTS = ["jobs", "stores", "employees", "vehicles", "customers", "homes", "flights"]
STOCK = [
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Reporting by the business desk; editing by the news team.",
    "This article has been updated with more details from the company's statement.",
    "Follow us on social media for the latest news and analysis from our reporters.",
]


def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "articles").glob("*.txt")):
        words.update(re.findall(r"[a-z]{3,}", path.read_text(encoding="utf-8").lower()))
    # The bundled articles give a few hundred words; pseudo-words widen the vocabulary so
    # unrelated paragraphs do not share five-word phrases by chance more than real text does.
    rng = random.Random(0)
    while len(words) < 5000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))))
    return sorted(words)


def words(rng: random.Random, vocab: list[str], low: int, high: int) -> str:
    return " ".join(rng.choice(vocab) for _ in range(rng.randint(low, high)))


_MONEY_SENTENCE = "{org} said its {measure} reached ${amount} billion."
_MONEY_PARAPHRASES = [
    "At ${amount} billion, {measure} came in where {org} had hoped.",
    "The {measure} figure was ${amount} billion.",
    "{org} put {measure} at ${amount} billion.",
]


class Event:
    def __init__(self, number: int, rng: random.Random, vocab: list[str]) -> None:
        self.name = f"event-{number:05d}"
        self.person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.org = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + " Corp"
        self.quotes = [words(rng, vocab, 14, 26).capitalize() for _ in range(4)]
        self.money = [(m, rng.randint(10, 990) / 10) for m in rng.sample(MEASURES, 3)]
        self.count = (rng.choice(COUNTS), rng.randint(2, 90) * 1000)
        self.share = rng.randint(2, 60)


def article(
    event: Event, rng: random.Random, vocab: list[str], loose: bool, paraphrased: bool = False
) -> str:
    """One outlet's article on ``event``; ``paraphrased``: it quotes no one verbatim and words
    every figure its own way, so only names and numbers say which event it covers."""
    paragraphs = []
    for quote in rng.sample(event.quotes, rng.randint(2, 3)):
        quoted = quote.split()
        if paraphrased:
            rng.shuffle(quoted)
            paragraphs.append(f"{event.person} said that {' '.join(quoted).lower()}.")
            continue
        if rng.random() < 0.3:  # outlets trim quotes
            quoted = quoted[rng.randint(0, 2) : len(quoted) - rng.randint(0, 2)]
        paragraphs.append(f"“{' '.join(quoted)},” {event.person} said.")
    noun, count = event.count
    for measure, amount in event.money:
        if rng.random() < 0.8:
            template = rng.choice(_MONEY_PARAPHRASES) if paraphrased else _MONEY_SENTENCE
            paragraphs.append(template.format(org=event.org, measure=measure, amount=amount))
    if paraphrased:
        paragraphs.append(f"Some {count:,} {noun} are to be added at {event.org}, it said.")
        paragraphs.append(f"The stock gained {event.share}% after the news.")
    else:
        paragraphs.append(f"{event.org} plans to add {count:,} {noun} over the next year.")
        paragraphs.append(f"Shares of {event.org} rose {event.share}% in early trading.")
    paragraphs += [words(rng, vocab, 30, 70).capitalize() + "." for _ in range(rng.randint(6, 10))]
    rng.shuffle(paragraphs)
    paragraphs += rng.sample(STOCK, 2)
    headline = f"{event.org} {rng.choice(['reports', 'unveils', 'sets out', 'details'])} plans"
    front = "" if loose else f"---\nevent: {event.name}\n---\n"
    return front + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_archive(
    folder: Path, size: int, per_event: int, loose: float, seed: int, paraphrased: float = 0.0
) -> tuple[dict[str, str], list[Event]]:
    """Write ``size`` articles; returns file name → event, and the events."""
    rng = random.Random(seed)
    vocab = vocabulary()
    truth: dict[str, str] = {}
    events: list[Event] = []
    folder.mkdir(parents=True)
    number = 0
    while len(truth) < size:
        event = Event(number, rng, vocab)
        events.append(event)
        for outlet in range(min(per_event, size - len(truth))):
            name = f"{event.name}-outlet{outlet:02d}.txt"
            is_loose = rng.random() < loose
            text = article(event, rng, vocab, is_loose, is_loose and rng.random() < paraphrased)
            (folder / name).write_text(text, encoding="utf-8")
            truth[name] = event.name
        number += 1
    return truth, events


def run(command: list[str], cwd: Path) -> tuple[float, float, str, int]:
    """Wall seconds, peak resident memory in MB, stdout, and the exit code of ``command``."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8")
    return seconds, usage.ru_maxrss / 1024, text, process.returncode


def grouping(listing: str, truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of the index's events against the generator's."""
    found = {Path(path).name: event for event, path in
             (line.split("\t") for line in listing.splitlines())}  # fmt: skip
    true_pairs = {pair for pair in _pairs(truth)}
    found_pairs = {pair for pair in _pairs(found)}
    right = len(true_pairs & found_pairs)
    return right / max(len(found_pairs), 1), right / max(len(true_pairs), 1)


def paraphrased_placed(listing: str, truth: dict[str, str], paraphrased: set[str]) -> int:
    """How many paraphrased articles the index put in the event that holds the rest of their
    true event's articles."""
    found = {Path(path).name: event for event, path in
             (line.split("\t") for line in listing.splitlines())}  # fmt: skip
    label: dict[str, Counter[str]] = {}
    for name, event in truth.items():
        if name not in paraphrased:
            label.setdefault(event, Counter())[found[name]] += 1
    return sum(
        1
        for name in paraphrased
        if truth[name] in label and found[name] == label[truth[name]].most_common(1)[0][0]
    )


def _pairs(events: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = {}
    for name, event in sorted(events.items()):
        members.setdefault(event, []).append(name)
    return {pair for names in members.values() for pair in combinations(names, 2)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--per-event", type=int, default=10)
    parser.add_argument("--loose", type=float, default=0.5)
    parser.add_argument(
        "--paraphrased", type=float, default=0.2, help="share of loose articles quoting no one"
    )
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the archives here and keep them")
    args = parser.parse_args(argv)
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for size in sizes:
            home = base / f"archive-{size}"
            started = time.perf_counter()
            truth, events = write_archive(
                home / "articles", size, args.per_event, args.loose, args.seed, args.paraphrased
            )
            megabytes = sum(p.stat().st_size for p in (home / "articles").iterdir()) / 1e6
            print(f"{size} articles, {len(set(truth.values()))} events, {megabytes:.1f} MB "
                  f"(written in {time.perf_counter() - started:.1f} s)")  # fmt: skip
            seconds, memory, listing, _ = run([factcheck, "index", "--events"], home)
            (index_file,) = (home / ".factcheck-cache").glob("index-*.sqlite3")
            print(f"  index build:           {seconds:6.2f} s, peak {memory:5.0f} MB, "
                  f"index {index_file.stat().st_size / 1e6:.1f} MB on disk")  # fmt: skip
            precision, recall = grouping(listing, truth)
            texts = {p.name: p.read_text(encoding="utf-8") for p in (home / "articles").iterdir()}
            loose = sum(1 for text in texts.values() if not text.startswith("---"))
            quoting_no_one = {name for name, text in texts.items() if "“" not in text}
            placed = paraphrased_placed(listing, truth, quoting_no_one)
            print(f"  grouping ({loose} loose): pairwise precision {precision:.1%}, "
                  f"recall {recall:.1%}; loose articles quoting no one placed with their event: "
                  f"{placed}/{len(quoting_no_one)}")  # fmt: skip
            seconds, memory, _, _ = run([factcheck, "index"], home)
            print(f"  index again, unchanged: {seconds:6.2f} s, peak {memory:5.0f} MB")
            rng = random.Random(args.seed + size)
            vocab = vocabulary()
            event = rng.choice(events)
            for attempt, name in enumerate(["new-article.txt", "another-new-article.txt"]):
                text = article(event, rng, vocab, loose=True)
                text = text.replace(f"rose {event.share}%", f"rose {event.share + 7}%")
                (home / "articles" / name).write_text(text, encoding="utf-8")
                command = [factcheck, "check", f"articles/{name}", "--no-baseline",
                           "-f", "json", "--fail-on", "none"]  # fmt: skip
                seconds, memory, out, code = run(command, home)
                joined = {a["id"]: a["meta"]["event"] for a in json.loads(out)["articles"]}
                joined_event = joined.get(name.removesuffix(".txt"), "?")
                label = "first" if attempt == 0 else "again"
                print(f"  check one new article ({label}): {seconds:6.2f} s, peak {memory:5.0f} MB"
                      f" (exit {code}; joined {joined_event}, "
                      f"true event {event.name})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
