"""What git says changed in the corpus since a revision (`check --changed-since`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.load import ARTICLE_SUFFIXES


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
