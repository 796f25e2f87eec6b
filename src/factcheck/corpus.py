"""The corpus `factcheck check` works on: articles grouped into events, and what git changed."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

from factcheck.align.diff import fold
from factcheck.errors import FactcheckError
from factcheck.load import ARTICLE_SUFFIXES
from factcheck.models import Article


def event_of(article: Article, corpus: Path) -> str | None:
    """The front matter's `event:`, else the article's first folder under the corpus; None for
    an article lying loose in the corpus folder."""
    if article.meta.event:
        return article.meta.event
    try:
        relative = Path(article.path).resolve().relative_to(corpus.resolve())
    except ValueError:
        return Path(article.path).parent.name or corpus.name
    return relative.parts[0] if len(relative.parts) > 1 else None


# Articles on one event share whole phrases (their quotes, names with titles, figures with
# their words); five words in a row rarely recur by chance. Phrases found in many articles
# (site furniture, stock phrases) say nothing about the event and are not indexed.
SHINGLE_WORDS = 5
MIN_SHARED_SHINGLES = 4
MAX_ARTICLES_PER_SHINGLE = 50


def _shingles(article: Article) -> set[int]:
    words = fold(" ".join(b.span.slice(article.text) for b in article.body_blocks())).split()
    return {
        hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _related(articles: list[Article], loose: list[int]) -> list[tuple[int, int]]:
    """Pairs (loose article, any article) sharing enough phrases, found through an inverted
    index of phrases, so articles are never compared all against all."""
    signatures = [_shingles(article) for article in articles]
    index: dict[int, list[int]] = {}
    for number, signature in enumerate(signatures):
        for shingle in signature:
            index.setdefault(shingle, []).append(number)
    pairs = []
    for number in loose:
        shared: Counter[int] = Counter()
        for shingle in signatures[number]:
            holders = index[shingle]
            if len(holders) <= MAX_ARTICLES_PER_SHINGLE:
                shared.update(other for other in holders if other != number)
        pairs += [(number, other) for other, count in shared.items()
                  if count >= MIN_SHARED_SHINGLES]  # fmt: skip
    return pairs


def group_events(articles: list[Article], corpus: Path) -> dict[str, list[Article]]:
    """Events in name order, each with its articles in corpus order. A loose article (no
    `event:`, no event folder) joins the event whose articles share its phrases; loose articles
    that share phrases only with each other form an event named ``auto-<first article>``."""
    named = [event_of(article, corpus) for article in articles]
    loose = [number for number, event in enumerate(named) if event is None]
    parent = list(range(len(articles)))

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    if loose:
        for a, b in _related(articles, loose):
            high, low = sorted((root(a), root(b)), key=lambda n: (named[n] is None, n))
            if named[high] is not None and named[low] is not None and named[high] != named[low]:
                continue  # two named events are never merged through a loose article
            parent[low] = high
    events: dict[str, list[Article]] = {}
    for number, article in enumerate(articles):
        event = named[number] or named[root(number)] or f"auto-{articles[root(number)].id}"
        events.setdefault(event, []).append(article)
    return dict(sorted(events.items()))


def _git(args: list[str], cwd: Path) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise FactcheckError("--changed-since", "git is not installed") from None
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines() or [f"exit code {result.returncode}"]
        raise FactcheckError("git " + " ".join(args), lines[-1])
    return result.stdout


def changed_since(ref: str, corpus: Path) -> list[Path]:
    """Article files under ``corpus`` added or changed since ``ref``, untracked ones included."""
    folder = corpus if corpus.is_dir() else corpus.parent
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    except FactcheckError:
        raise FactcheckError(str(corpus), "--changed-since needs a git repository") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except FactcheckError:
        raise FactcheckError("--changed-since", f"unknown git revision {ref!r}") from None
    scope = str(corpus.resolve())
    changed = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--", scope], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--", scope], top)
    names = {name for name in (changed + untracked).split("\0") if name}
    files = [top / name for name in sorted(names)]
    return [_display(path) for path in files if path.suffix in ARTICLE_SUFFIXES and path.is_file()]


def _display(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path
