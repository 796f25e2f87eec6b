"""JUnit XML, for CI test dashboards: one test case per article, failed by the findings that
fail the run.

A test case has at most one ``<failure>``, listing every finding at or above ``--fail-on``
that points into the article (a finding about two articles fails both), so ``failures``
counts failed test cases and never exceeds ``tests``. Findings below the threshold, and all
of them with ``--fail-on none``, are listed in the test case's ``<system-out>``: shown, not
failing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from factcheck.models import Finding, Report, Severity
from factcheck.report._common import location, repository_path


def _describe(finding: Finding) -> str:
    lines = [f"{finding.severity.value}: {finding.rule} {finding.message}"]
    lines += [f"at {location(e)}: {e.text}" for e in finding.evidence]
    return "\n".join(lines)


def render_junit(report: Report, fail_on: str | None = "error", root: Path | None = None) -> str:
    threshold = Severity(fail_on).rank if fail_on is not None else None
    suites = ET.Element("testsuites", name="factcheck")
    suite = ET.SubElement(suites, "testsuite", name="factcheck")
    failed = 0
    for article in report.articles:
        name = repository_path(article.path, root)
        case = ET.SubElement(suite, "testcase", classname="factcheck", name=name)
        here = [f for f in report.findings if any(e.article_id == article.id for e in f.evidence)]
        fails = [threshold is not None and f.severity.rank >= threshold for f in here]
        failing = [f for f, fail in zip(here, fails, strict=True) if fail]
        passing = [f for f, fail in zip(here, fails, strict=True) if not fail]
        if failing:
            failed += 1
            first = failing[0]
            message = first.message
            if len(failing) > 1:
                message += f" (and {len(failing) - 1} more)"
            failure = ET.SubElement(
                case, "failure", message=message, type=f"{first.rule} {first.name}"
            )
            failure.text = "\n\n".join(_describe(f) for f in failing)
        if passing:
            ET.SubElement(case, "system-out").text = "\n\n".join(_describe(f) for f in passing)
    for element in (suite, suites):
        element.set("tests", str(len(report.articles)))
        element.set("failures", str(failed))
        element.set("errors", "0")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
