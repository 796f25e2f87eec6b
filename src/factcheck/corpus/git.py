"""What git says changed in the corpus since a revision (`check --changed-since`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from factcheck.discover import ARTICLE_SUFFIXES, articles_of_sidecar, is_sidecar
from factcheck.errors import FactcheckError


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
    """Article files under ``corpus`` added or changed since ``ref``, untracked ones included;
    an article whose sidecar metadata was added, changed or removed counts as changed."""
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
    # Deletions too: a removed sidecar changes its article's metadata (a deleted article is
    # no file and is dropped below).
    changed = _git(["diff", "--name-only", "-z", "--diff-filter=ACMRD", ref, "--", scope], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--", scope], top)
    names = {name for name in (changed + untracked).split("\0") if name}
    files = {top / name for name in names}
    sidecars = [path for path in files if is_sidecar(path)]
    files.update(article for path in sidecars for article in articles_of_sidecar(path))
    return [
        _display(path)
        for path in sorted(files)
        if path.suffix in ARTICLE_SUFFIXES and path.is_file()
    ]


def deleted_since(ref: str, corpus: Path) -> list[Path]:
    """Article files under ``corpus`` that existed at ``ref`` and are gone now: what the
    rest of their event is compared with has changed."""
    folder = corpus if corpus.is_dir() else corpus.parent
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    scope = str(corpus.resolve())
    deleted = _git(["diff", "--name-only", "-z", "--diff-filter=D", ref, "--", scope], top)
    return [
        _display(top / name)
        for name in sorted(deleted.split("\0"))
        if name and Path(name).suffix in ARTICLE_SUFFIXES and not (top / name).exists()
    ]


def _display(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path
