"""The extractors' compiled patterns, kept between runs as Python keeps compiled bytecode.

The extractors compile some 540 regular expressions as they are imported, many of them long
(names, roles and cue verbs, with every capital letter of Europe's scripts): more than half a
second of any run that extracts, nearly all of it in `re`'s parser, which is written in Python.
What the parser and the compiler make of a pattern depends only on the pattern, its flags and
the Python that runs them, so it is kept in a file beside the package's bytecode, tagged with
that Python, and the next run builds each pattern from its compiled code at once. The patterns
are the ones `re.compile` would make (a test checks they compare equal); anything unexpected —
another Python, a damaged or missing file, a folder that cannot be written — falls back to
`re.compile`, as an unwritable `__pycache__` does to compiling the source.

Patterns a run builds from a rule's parameters (the rules' cue and claim words, compiled when a
rule first runs) are kept the same way by `compile_built`, in a file of their own. Only those:
a pattern built from an article's words would never be asked for again, and would pile up.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

# The compiled code's format changes with the engine: all it depends on is in the file's name.
_ENGINE = "-".join(
    str(getattr(_sre, name, "?")) for name in ("MAGIC", "CODESIZE", "MAXREPEAT", "MAXGROUPS")
)
_FILE_NAME = f"patterns.{sys.implementation.cache_tag}-{_ENGINE}.marshal"

# What `_sre.compile` takes after the pattern: its flags, code, groups and group names; the code
# kept as the bytes of an array of the engine's code words, which load at once where a list of
# a million numbers would not.
CompiledCode = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = next((kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE), "L")


def kept_file(folder: Path | None = None, name: str = _FILE_NAME) -> Path:
    """Where this Python keeps the patterns: the package's ``__pycache__`` (or under
    ``sys.pycache_prefix`` when one is set), as for its bytecode."""
    folder = folder or Path(__file__).resolve().parent
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *folder.parts[1:], name)
    return folder / "__pycache__" / name


def compiled_code(pattern: str, flags: int) -> CompiledCode:
    """What `re.compile` hands the engine for ``pattern`` (see `re._compiler.compile`)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(by_index))


def _built(pattern: str, code: CompiledCode) -> re.Pattern:
    flags, words, groups, names, by_index = code
    return _sre.compile(pattern, flags, array(_WORD, words).tolist(), groups, names, by_index)


def _from_kept(
    pattern: str, flags: int, code: CompiledCode | None
) -> tuple[re.Pattern, CompiledCode, bool]:
    """The pattern built from its kept ``code``, or compiled afresh when there is none or it
    does not build (a file of another engine); and whether it was compiled afresh. Raises as
    `re.compile` does for a pattern `re` cannot compile."""
    if code is not None:
        try:
            return _built(pattern, code), code, False
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass
    code = compiled_code(pattern, flags)
    return _built(pattern, code), code, True


def _load(path: Path) -> dict[str, CompiledCode]:
    try:
        with path.open("rb") as file:
            kept = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _store(path: Path, kept: dict[str, CompiledCode]) -> None:
    # Written whole under another name, then renamed over: a run reading it meanwhile, or
    # another process writing it too (`--jobs`), sees one whole file or the other.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        # Created as any file is (the umask decides who may read it), not private to us.
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            with os.fdopen(handle, "wb") as file:
                marshal.dump(kept, file)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # kept or not, the patterns are the same


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[None]:
    """Patterns compiled inside the block (by modules it imports) are built from the kept
    file where it has them; the file is rewritten with this run's patterns if any were new."""
    path = path if path is not None else kept_file()
    kept = _load(path)
    used: dict[str, CompiledCode] = {}
    new = False
    compile_: Callable[..., re.Pattern] = re.compile

    def compile_kept(pattern: object, flags: int = 0) -> re.Pattern:
        nonlocal new
        if type(pattern) is not str or flags & re.DEBUG:
            return compile_(pattern, flags)
        key = f"{int(flags)}:{pattern}"
        try:
            compiled, code, made = _from_kept(pattern, int(flags), kept.get(key))
        except Exception:
            # A pattern `re` cannot compile raises from `re.compile`, as it always did.
            return compile_(pattern, flags)
        new = new or made
        used[key] = code
        return compiled

    re.compile = compile_kept  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = compile_
    if new and not sys.dont_write_bytecode:
        _store(path, used)


# More rule parameters than any set of rule files has: past it, a file that kept every pattern
# some earlier run built (tests, rule files since edited) keeps only this run's.
_MOST_BUILT = 2000


class _BuiltPatterns:
    """The patterns `compile_built` made in this process, and those earlier runs kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kept: dict[str, CompiledCode] | None = None  # read at the first pattern
        self.used: dict[str, CompiledCode] = {}
        self.new = False

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        if self.kept is None:
            self.kept = _load(self.path)
        key = f"{int(flags)}:{pattern}"
        compiled, code, made = _from_kept(pattern, int(flags), self.kept.get(key))
        if made and not self.new:
            atexit.register(self.store)
            self.new = True
        self.used[key] = code
        return compiled

    def store(self) -> None:
        if not self.new or sys.dont_write_bytecode:
            return
        kept = {**(self.kept or {}), **self.used}
        _store(self.path, kept if len(kept) <= _MOST_BUILT else self.used)
        self.new = False


_built_patterns: _BuiltPatterns | None = None


def compile_built(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, for a pattern built at run time from a rule's parameters; kept between
    runs, written when the process exits if it made any the file did not have. Never for a
    pattern built from an article's words (see the module's docstring)."""
    global _built_patterns
    if _built_patterns is None:
        _built_patterns = _BuiltPatterns(kept_file(name=f"built-{_FILE_NAME}"))
    try:
        return _built_patterns.compile(pattern, flags)
    except Exception:
        # A pattern `re` cannot compile raises from `re.compile`, as it always did.
        return re.compile(pattern, flags)
