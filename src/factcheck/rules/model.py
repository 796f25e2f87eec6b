"""What a rule file is: validated by pydantic, parameters by the model its kind chooses."""

from __future__ import annotations

import string
from functools import cached_property
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from factcheck.models import Severity
from factcheck.rules.kinds import KINDS


class Example(BaseModel):
    """Short article texts: one for a single-article kind, two or more for a cross-article kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: list[str] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _from_shorthand(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"articles": [data]}
        if isinstance(data, list):
            return {"articles": data}
        return data


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    trigger: list[Example] = Field(min_length=1, description="Texts the rule must flag.")
    no_trigger: list[Example] = Field(min_length=1, description="Texts it must leave alone.")


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$", description="Stable; never reused.")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
    kind: str
    severity: Severity
    message: str = Field(min_length=1)
    description: str = Field(min_length=1, description="What it checks.")
    why: str = Field(min_length=1, description="Why it matters to a fact-checker.")
    parameters: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
    enabled: bool = True
    supersedes: list[str] = Field(
        default_factory=list,
        description="Codes of rules whose finding on the same evidence this rule's finding "
        "stands for: one warning for one sentence, not two.",
    )

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
        return kind

    @model_validator(mode="after")
    def _check_against_kind(self) -> Rule:
        rule_kind = KINDS[self.kind]
        # Validating here turns a bad parameter into an error naming the rule file and field.
        try:
            rule_kind.params.model_validate(self.parameters)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in ("parameters", *error["loc"]))
            raise ValueError(f"{where}: {error['msg']}") from None
        fields = {
            field for _, field, _, _ in string.Formatter().parse(self.message) if field is not None
        }
        unknown = sorted(fields - set(rule_kind.placeholders))
        if unknown:
            raise ValueError(
                f"message uses unknown placeholder {{{unknown[0]}}}; "
                f"{self.kind} offers {', '.join('{' + p + '}' for p in rule_kind.placeholders)}"
            )
        if rule_kind.cross_article:
            for example in self.examples.trigger + self.examples.no_trigger:
                if len(example.articles) < 2:
                    raise ValueError(
                        f"examples of a cross-article kind ({self.kind}) need two or more texts"
                    )
        return self

    @cached_property
    def params(self) -> BaseModel:
        return KINDS[self.kind].params.model_validate(self.parameters)

    @property
    def slug(self) -> str:
        return f"{self.code}-{self.name}"
