"""Find a run's input files before any of them is read: the articles a folder or a sidecar
stands for, the configuration file in force, the project root, the built-in rules' folder.

Nothing here parses an article, a rule or a setting, and nothing imports pydantic or yaml: a
`compare` that replays its last report (`factcheck.replay`) needs only this to tell that its
inputs are unchanged.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path

from factcheck.errors import FactcheckError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
# Metadata beside an article: ``NAME.meta.yml`` for ``NAME.txt``.
SIDECAR_SUFFIXES = (".meta.yml", ".meta.yaml")
CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
DEFAULT_CACHE = Path(".factcheck-cache")


def article_paths(folder: Path) -> list[Path]:
    """The articles of a folder and its subfolders, in name order (the order reports list them
    in), hidden files and folders left out. Reads directory entries only (no stat of each
    file): an archive holds many."""
    return sorted(_article_files(str(folder)), key=_parts)  # as Paths sort, but faster


def _parts(path: Path) -> tuple[str, ...]:
    return path.parts


def _article_files(folder: str) -> Iterator[Path]:
    try:
        with os.scandir(folder) as entries:
            found = list(entries)
    except OSError as exc:
        # A folder anywhere in the corpus that cannot be read is named, in one line.
        raise FactcheckError(folder, f"cannot read the folder ({exc.strerror})") from None
    for entry in found:
        if entry.name.startswith("."):
            continue  # hidden, as ruff and git-aware tools treat them: .git, .venv, a cache
        if entry.is_dir(follow_symlinks=False):
            yield from _article_files(entry.path)
        elif os.path.splitext(entry.name)[1] in ARTICLE_SUFFIXES and entry.is_file():
            yield Path(entry.path)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIXES)


def sidecar_paths(article: Path) -> list[Path]:
    """Where an article's sidecar metadata may be, in the order they are looked for."""
    return [article.with_name(article.stem + suffix) for suffix in SIDECAR_SUFFIXES]


def articles_of_sidecar(path: Path) -> list[Path]:
    """The article files next to ``path`` that the sidecar describes (usually one): a change
    to a sidecar is a change to its article, and a sidecar named where an article is expected
    stands for that article."""
    stem = next(path.name[: -len(s)] for s in SIDECAR_SUFFIXES if path.name.endswith(s))
    candidates = [path.with_name(stem + suffix) for suffix in ARTICLE_SUFFIXES]
    return [candidate for candidate in candidates if candidate.is_file()]


def article_files(path: Path) -> list[Path]:
    """The article files a path given on the command line stands for: a folder's articles,
    a file, or the article a sidecar ``NAME.meta.yml`` describes (not the sidecar as text)."""
    if path.is_dir():
        return article_paths(path)
    if is_sidecar(path) and path.is_file():
        found = articles_of_sidecar(path)
        if not found:
            raise FactcheckError(
                str(path),
                f"sidecar metadata with no article next to it ({', '.join(ARTICLE_SUFFIXES)})",
            )
        return found
    return [path]


def find_config(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` up to the repository root."""
    folder = start.resolve()
    while True:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def project_root(source: Path | None, start: Path | None = None) -> Path:
    """What report paths are relative to: the repository root (the folder holding `.git`)
    of the configuration file, else of the current folder; else the configuration file's
    folder, else the current folder. The same whatever folder a run with one configuration
    starts in."""
    if start is None and source is not None:
        start = source.resolve().parent
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return source.resolve().parent if source is not None else here


def _has_tool_table(path: Path) -> bool:
    try:
        return "factcheck" in read_toml(path).get("tool", {})
    except FactcheckError:
        return False


def read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FactcheckError(str(path), f"not valid TOML ({exc})") from None
    except OSError as exc:
        raise FactcheckError(str(path), f"cannot be read ({exc.strerror or exc})") from None


def settings_table(source: Path) -> object:
    """The settings a configuration file writes, as read (not yet checked): the whole of a
    `factcheck.toml`, the `[tool.factcheck]` table of a `pyproject.toml`."""
    data = read_toml(source)
    if source.name != "pyproject.toml":
        return data
    tool = data.get("tool", {})
    return tool.get("factcheck", {}) if isinstance(tool, dict) else {}


def relative_to_cwd(base: Path, path: Path) -> Path:
    """A path a configuration file in ``base`` writes, as the current folder reaches it."""
    resolved = path if path.is_absolute() else base / path
    try:
        return resolved.relative_to(Path.cwd())
    except ValueError:
        return resolved


def builtin_rules_dir() -> Path:
    """The rules shipped with factcheck: ``rules/`` of a checkout, or the copy in the wheel."""
    packaged = Path(__file__).parent / "builtin_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"
