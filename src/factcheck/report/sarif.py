"""SARIF 2.1.0, for code-scanning dashboards: rule metadata, levels, fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.models import Evidence, Report, Severity
from factcheck.report._common import article_paths, repository_path

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _location(paths: dict[str, str], evidence: Evidence) -> dict[str, object]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": paths[evidence.article_id]},
            "region": {
                "startLine": evidence.line,
                "startColumn": evidence.column,
                "endLine": evidence.end_line,
                "endColumn": evidence.end_column,
                "snippet": {"text": evidence.text},
            },
        }
    }


def render_sarif(report: Report, root: Path | None = None) -> str:
    rule_index = {rule.code: index for index, rule in enumerate(report.rules)}
    paths = {key: repository_path(path, root) for key, path in article_paths(report).items()}
    rules = [
        {
            "id": rule.code,
            "name": "".join(part.capitalize() for part in rule.name.split("-")),
            "shortDescription": {"text": rule.description.split(". ")[0].rstrip(".") + "."},
            "fullDescription": {"text": rule.description},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"kind": rule.kind},
        }
        for rule in report.rules
    ]
    results = []
    for finding in report.findings:
        locations = [_location(paths, evidence) for evidence in finding.evidence]
        result: dict[str, object] = {
            "ruleId": finding.rule,
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": locations[:1],
            "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        }
        if finding.rule in rule_index:
            result["ruleIndex"] = rule_index[finding.rule]
        if len(locations) > 1:
            result["relatedLocations"] = [
                {"id": index, **location} for index, location in enumerate(locations[1:], 1)
            ]
        results.append(result)
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": report.version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
