"""Replay a repeated `compare`: the same inputs give byte-identical output, so a run whose
inputs are all unchanged writes what the last such run wrote (its report, its warnings, its
output files, its exit code) without reading an article, a rule or a setting into a model.

The key is a digest of everything the output depends on: factcheck's code and built-in rules,
the versions of the libraries it runs on, the options, the current folder, the configuration
file and the project root, and the path and bytes of every article, sidecar, reference and
rule file the run reads. An input that cannot be read gives no key: the run goes the whole
way and reports the problem as usual. Only runs that end with a report (exit code 0 or 1),
all of whose output was recorded, and no larger than `RUN_BYTES_KEPT` are kept: the most
recently used `RUNS_KEPT` of them, in the cache folder's `runs/`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from factcheck import __version__
from factcheck.discover import (
    DEFAULT_CACHE,
    article_files,
    builtin_rules_dir,
    find_config,
    project_root,
    relative_to_cwd,
    settings_table,
    sidecar_paths,
)
from factcheck.errors import FactcheckError

RUNS_KEPT = 64
RUN_BYTES_KEPT = 8_000_000  # characters: a few long articles' HTML report and JSON
# The temporary file of a run that was killed while keeping its output goes after an hour.
STALE_NS = 3600 * 10**9
# What factcheck's output can change with besides its own code: a new rich lays a table out
# differently, a new rapidfuzz scores a pair differently.
LIBRARIES = ("typer", "click", "rich", "pydantic", "pydantic_core", "rapidfuzz", "yaml")


@dataclass
class Recording:
    """What a run wrote: ``chunks`` of text in order, each to "out" or "err"; ``files`` (path,
    content) written when the first ``files_at`` chunks had been; and its exit code."""

    chunks: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)
    files_at: int = 0
    exit_code: int = 0
    complete: bool = True  # False: some of what the run wrote went unrecorded

    def wrote_files(self, files: list[tuple[Path, str]], before: int) -> None:
        self.files = [(str(path), content) for path, content in files]
        self.files_at = before


class _Tee(io.TextIOBase):
    """A text stream that passes everything to ``stream`` and notes it in ``chunks``."""

    def __init__(self, stream: io.TextIOBase, name: str, chunks: list[tuple[str, str]]) -> None:
        self._stream = stream
        self._name = name
        self._chunks = chunks

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            # As a text stream does: click probes streams with a bytes write.
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._chunks.append((self._name, text))
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)


@contextlib.contextmanager
def recording() -> Iterator[Recording]:
    """Note what is written to stdout and stderr while the block runs (and write it too).
    A closed stream (None) stays closed, and such a run is not kept."""
    record = Recording()
    stdout, stderr = sys.stdout, sys.stderr
    if stdout is None or stderr is None:
        record.complete = False
    else:
        sys.stdout = _Tee(stdout, "out", record.chunks)  # type: ignore[assignment]
        sys.stderr = _Tee(stderr, "err", record.chunks)  # type: ignore[assignment]
    try:
        yield record
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def cache_folder() -> Path | None:
    """The cache folder the settings name, as `factcheck.config.load_settings` gives it; None
    when they name none plainly (the run then reads the settings, and reports any problem)."""
    try:
        source = find_config(Path.cwd())
        if source is None:
            return DEFAULT_CACHE
        table = settings_table(source)
    except FactcheckError:
        return None
    value = table.get("cache", str(DEFAULT_CACHE)) if isinstance(table, dict) else None
    return relative_to_cwd(source.parent, Path(value)) if isinstance(value, str) else None


def compare_key(
    articles: list[Path], reference: Path | None, rules: list[Path], options: dict[str, object]
) -> str | None:
    """The digest of a compare's inputs, or None when one of them cannot be read."""
    key = _Key()
    try:
        key.feed(_code_digest(), json.dumps(options, sort_keys=True), os.getcwd())
        source = find_config(Path.cwd())
        key.feed(str(source), source.read_bytes() if source is not None else b"")
        key.feed(str(project_root(source)))
        for given in articles:
            key.feed("article", str(given))
            for file in article_files(given):
                key.article(file)
        if reference is not None:
            key.feed("reference")
            key.article(reference)
        for folder in rules:
            key.feed("rules", str(folder))
            with os.scandir(folder) as entries:
                for entry in sorted(entries, key=lambda entry: entry.name):
                    if entry.is_file():
                        key.feed(entry.name, Path(entry.path).read_bytes())
    except (OSError, ValueError, FactcheckError):
        return None
    return key.hexdigest()


class _Key:
    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def feed(self, *parts: str | bytes) -> None:
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            # Each part's length first: ("ab", "c") and ("a", "bc") are different inputs.
            self._digest.update(len(data).to_bytes(8, "little"))
            self._digest.update(data)

    def article(self, file: Path) -> None:
        """An article file: its path, where it really is (one file given twice is compared
        once), its bytes and its sidecars'."""
        self.feed(str(file), os.path.realpath(file), file.read_bytes())
        for sidecar in sidecar_paths(file):
            self.feed(sidecar.read_bytes() if sidecar.is_file() else "-")

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


@functools.cache
def _code_digest() -> str:
    """factcheck's version, code and built-in rules, and the libraries' installed files."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}".encode())
    package = Path(__file__).parent
    for folder in (package, builtin_rules_dir()):
        for path in sorted(_files(folder)):
            digest.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    for library in LIBRARIES:
        spec = find_spec(library)
        origin = spec.origin if spec is not None else None
        if origin is None:
            digest.update(f"{library}: none".encode())
            continue
        status = os.stat(origin)
        digest.update(f"{library}: {origin} {status.st_mtime_ns} {status.st_size}".encode())
    return digest.hexdigest()


def _files(folder: Path) -> Iterator[Path]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir() and entry.name != "__pycache__":
                yield from _files(Path(entry.path))
            elif entry.is_file() and entry.name.endswith((".py", ".yml", ".yaml")):
                yield Path(entry.path)


def _runs_dir(cache: Path) -> Path:
    return cache / "runs"


def kept_run(key: str) -> Recording | None:
    """The run kept under ``key`` in the cache folder, if the folder can be used (a run that
    cannot write the cache reads none of it either)."""
    folder = cache_folder()
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        return None
    return load(folder, key)


def load(cache: Path, key: str) -> Recording | None:
    """The run kept under ``key``, or None (absent, unreadable, or not a run this wrote)."""
    path = _runs_dir(cache) / f"{key}.json"
    try:
        data = json.loads(path.read_bytes())
        record = Recording(
            chunks=[(str(stream), str(text)) for stream, text in data["chunks"]],
            files=[(str(name), str(content)) for name, content in data["files"]],
            files_at=int(data["files_at"]),
            exit_code=int(data["exit_code"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if record.exit_code not in (0, 1) or not 0 <= record.files_at <= len(record.chunks):
        return None
    if not all(stream in ("out", "err") for stream, _ in record.chunks):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return record


def store(cache: Path, key: str, record: Recording) -> None:
    """Keep a run for the next one; a cache that cannot be written only costs time. A run
    larger than `RUN_BYTES_KEPT` is not kept: rendering it again costs less than the disk."""
    size = sum(len(text) for _, text in record.chunks) + sum(len(c) for _, c in record.files)
    if not record.complete or size > RUN_BYTES_KEPT:
        return
    folder = _runs_dir(cache)
    target = folder / f"{key}.json"
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    data = {
        "chunks": record.chunks,
        "files": record.files,
        "files_at": record.files_at,
        "exit_code": record.exit_code,
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
        _prune(folder)
    except (OSError, ValueError):  # ValueError: text that UTF-8 cannot hold
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Keep the ``RUNS_KEPT`` most recently used runs: each holds whole reports, and the runs
    of an earlier version of factcheck (whose keys no run makes again) go in time."""
    kept = sorted(folder.glob("*.json"), key=_used, reverse=True)
    stale = [path for path in folder.glob("*.tmp") if _used(path) < time.time_ns() - STALE_NS]
    for old in [*kept[RUNS_KEPT:], *stale]:
        with contextlib.suppress(OSError):
            old.unlink()


def _used(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
