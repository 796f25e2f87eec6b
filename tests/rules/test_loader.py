from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.errors import RuleFileError
from factcheck.rules.loader import builtin_rules_dir, load_rule_file, load_rules
from support import RULES

VALID = (RULES / "FC107-unsourced-claim.yml").read_text(encoding="utf-8")


def variant(**changes: object) -> str:
    data = yaml.safe_load(VALID)
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("code: [unclosed\n", "invalid YAML at line"),
        ("- just\n- a list\n", "must be a mapping"),
        (variant(severity="fatal"), "severity: Input should be 'info', 'warning' or 'error'"),
        (variant(kind="regex"), "kind: unknown kind 'regex'"),
        (variant(code="X1"), "code: String should match pattern"),
        (variant(examples=None), "examples: required field is missing"),
        (variant(examples={"trigger": ["A text."]}), "examples.no_trigger: required field"),
        (variant(parameters={"terms": []}), "parameters.terms: List should have at least 1"),
        (variant(parameters={"terms": ["x"], "colour": 1}), "parameters.colour: Extra inputs"),
        (variant(message="About {topic}"), "message uses unknown placeholder {topic}"),
        (variant(surprise=True), "surprise: Extra inputs are not permitted"),
    ],
)
def test_malformed_rule_file_names_file_and_field(tmp_path: Path, content, expected) -> None:
    path = tmp_path / "FC107-unsourced-claim.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        load_rule_file(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_cross_article_examples_need_two_texts(tmp_path: Path) -> None:
    data = yaml.safe_load((RULES / "FC101-quote-wording.yml").read_text(encoding="utf-8"))
    data["examples"]["trigger"] = ["Only one text."]
    path = tmp_path / "FC101-quote-wording.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RuleFileError, match="need two or more texts"):
        load_rule_file(path)


def test_file_name_must_carry_the_code(tmp_path: Path) -> None:
    path = tmp_path / "dividends.yml"
    path.write_text(VALID, encoding="utf-8")
    expected = r"must start with its code: FC107-unsourced-claim\.yml"
    with pytest.raises(RuleFileError, match=expected):
        load_rule_file(path)


def test_a_code_is_never_used_twice(tmp_path: Path) -> None:
    (tmp_path / "FC107-buybacks.yml").write_text(VALID.replace("unsourced-claim", "buybacks"))
    with pytest.raises(RuleFileError, match="already used"):
        load_rules([builtin_rules_dir(), tmp_path])


def test_user_rules_are_added_from_another_folder(tmp_path: Path) -> None:
    custom = variant(code="NR001", name="layoffs", parameters={"terms": ["layoffs"]})
    (tmp_path / "NR001-layoffs.yml").write_text(custom, encoding="utf-8")
    codes = [rule.code for rule in load_rules([builtin_rules_dir(), tmp_path])]
    assert codes[-1] == "NR001"
    builtin = [rule.code for rule in load_rules([builtin_rules_dir()])]
    assert codes[: len(builtin)] == builtin


def test_missing_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="rules folder does not exist"):
        load_rules([tmp_path / "absent"])


def test_a_rule_file_given_for_its_folder(tmp_path: Path) -> None:
    rule = tmp_path / "FC999.yml"
    rule.write_text("code: FC999\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="is a file; --rules takes the folder holding rules"):
        load_rules([rule])
