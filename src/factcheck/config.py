"""Settings: `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`, found by walking up.

The search starts in the current folder and stops at the repository root (the folder holding
`.git`). Paths in a configuration file are relative to the folder it is in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.discover import DEFAULT_CACHE, find_config, relative_to_cwd, settings_table
from factcheck.errors import FactcheckError

DEFAULT_BASELINE = ".factcheck-baseline.json"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: Path = Field(Path("articles"), description="The corpus checked by `check`.")
    rules: list[Path] = Field(default_factory=list, description="More rule folders.")
    select: list[str] = Field(default_factory=list, description="Rule codes or prefixes to run.")
    ignore: list[str] = Field(default_factory=list, description="Rule codes or prefixes to skip.")
    fail_on: Literal["error", "warning", "info", "none"] = "error"
    min_severity: Literal["info", "warning", "error"] = "info"
    baseline: Path = Field(Path(DEFAULT_BASELINE), description="Baseline file, used if present.")
    cache: Path = Field(
        DEFAULT_CACHE,
        description="Where `compare` and `check` keep extractions, keyed by content hash.",
    )
    references: dict[str, Path] = Field(
        default_factory=dict,
        description="Primary source of an event: event name → transcript or press release.",
    )

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _codes(cls, codes: object) -> object:
        # "FC101,FC105" in a list or on its own, as ruff and the command line take them.
        if isinstance(codes, str):
            return split_codes([codes])
        if isinstance(codes, list) and all(isinstance(code, str) for code in codes):
            return split_codes(codes)
        return codes


def split_codes(values: list[str]) -> list[str]:
    """Rule codes or prefixes, each value holding one or several separated by commas."""
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


class LoadedSettings(BaseModel):
    settings: Settings
    source: Path | None = Field(description="The file the settings came from; None: defaults.")

    def key(self, name: str) -> str:
        """How an error names a setting: the file and the key as written in it
        (``pyproject.toml: tool.factcheck.ignore``), or the option when no file set it."""
        written = name.replace("_", "-")
        if self.source is None:
            return f"--{written}"
        if self.source.name == "pyproject.toml":
            return f"{self.source}: tool.factcheck.{written}"
        return f"{self.source}: {written}"


def _problem(error: dict[str, object]) -> str:
    """Pydantic's message in the words of a settings file."""
    kind = str(error.get("type", ""))
    given = error.get("input")
    if kind == "extra_forbidden":
        known = ", ".join(name.replace("_", "-") for name in Settings.model_fields)
        return f"unknown setting (known: {known})"
    if kind.startswith("path_"):
        return f"expected a string (a path), got {given!r}"
    if kind == "string_type":
        return f"expected a string, got {given!r}"
    if kind == "list_type":
        return f"expected a list of strings, got {given!r}"
    if kind == "dict_type":
        return f"expected a table, got {given!r}"
    return str(error["msg"])


def load_settings(path: Path | None = None, start: Path | None = None) -> LoadedSettings:
    """Settings from ``path`` (``--config``), else from the nearest configuration file."""
    if path is not None and not path.is_file():
        raise FactcheckError(str(path), "configuration file does not exist")
    source = path or find_config(start or Path.cwd())
    if source is None:
        return LoadedSettings(settings=Settings(), source=None)
    data = settings_table(source)
    written = {key.replace("-", "_"): key for key in data}  # type: ignore[union-attr]
    data = {key.replace("-", "_"): value for key, value in data.items()}  # type: ignore[union-attr]
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        # The key as the file writes it ("fail-on"), not the field's name.
        loc = [written.get(str(part), str(part)) for part in error["loc"][:1]]
        loc += [str(part) for part in error["loc"][1:]]
        where = ".".join(loc) or "settings"
        if source.name == "pyproject.toml":
            where = f"tool.factcheck.{where}"
        raise FactcheckError(str(source), f"{where}: {_problem(dict(error))}") from None
    base = source.parent
    return LoadedSettings(
        settings=settings.model_copy(
            update={
                "articles": relative_to_cwd(base, settings.articles),
                "rules": [relative_to_cwd(base, folder) for folder in settings.rules],
                "baseline": relative_to_cwd(base, settings.baseline),
                "cache": relative_to_cwd(base, settings.cache),
                "references": {
                    event: relative_to_cwd(base, path)
                    for event, path in settings.references.items()
                },
            }
        ),
        source=source,
    )


def rule_selected(code: str, select: list[str], ignore: list[str]) -> bool:
    """Like ruff: a code or a prefix of codes; what is ignored stays ignored."""
    if any(code.startswith(prefix) for prefix in ignore):
        return False
    return not select or any(code.startswith(prefix) for prefix in select)
