"""Read rule files: one YAML file a rule, named by code and slug (FC101-quote-wording.yml)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from factcheck.discover import builtin_rules_dir as builtin_rules_dir
from factcheck.errors import RuleFileError
from factcheck.rules.model import Rule

RULE_SUFFIXES = (".yml", ".yaml")


def _parse_yaml(text: str) -> object:
    """``yaml.safe_load``, through libyaml when PyYAML has it (parsing the built-in rules in
    pure Python was a tenth of start-up). A file libyaml rejects is parsed again in Python,
    so the error message is the same with or without libyaml."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # CSafeLoader: safe, like safe_load
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_rule_file(path: Path) -> Rule:
    source = str(path)
    try:
        data = _parse_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise RuleFileError(source, "not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise RuleFileError(source, f"invalid YAML{where}: {problem}") from None
    except OSError as exc:
        raise RuleFileError(source, f"cannot be read ({exc.strerror or exc})") from None
    if not isinstance(data, dict):
        raise RuleFileError(source, "a rule file must be a mapping of field: value")
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(source, _describe(exc)) from None
    if not path.name.startswith(f"{rule.code}-"):
        raise RuleFileError(source, f"file name must start with its code: {rule.slug}.yml")
    return rule


def _describe(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "rule"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "missing":
        message = "required field is missing"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}"


def load_rules(folders: list[Path]) -> list[Rule]:
    """Every rule in the folders, sorted by code; a code defined twice is an error."""
    rules: dict[str, tuple[Rule, Path]] = {}
    for folder in folders:
        if folder.is_file():
            # "--rules my-rule.yml": a rule file where its folder is wanted.
            raise RuleFileError(str(folder), "is a file; --rules takes the folder holding rules")
        if not folder.is_dir():
            raise RuleFileError(str(folder), "rules folder does not exist")
        for path in sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES):
            rule = load_rule_file(path)
            if rule.code in rules and rules[rule.code][1].resolve() != path.resolve():
                raise RuleFileError(
                    str(path), f"code {rule.code} is already used by {rules[rule.code][1]}"
                )
            rules[rule.code] = (rule, path)
    return [rules[code][0] for code in sorted(rules)]
