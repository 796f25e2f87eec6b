"""HTML: one self-contained page (inline CSS, no scripts, no network).

A summary, then each event's articles side by side with quotes, figures and findings marked
in place, the word differences of aligned quotes, the figure table, and the findings, each
linked to the places it points at. Every piece of article text is escaped.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from factcheck.models import ArticleSummary, Finding, Report, WordDiff
from factcheck.report._common import (
    date_of,
    diff_side,
    figure_measure,
    figure_tables,
    findings_by_severity,
    location,
    outlet_of,
    summary_line,
)

_CSS = """
:root { --err:#b42318; --warn:#b54708; --info:#175cd3; --ok:#067647; --line:#d0d5dd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
       max-width: 1400px; padding: 1.5rem; color: #101828; }
h1 { margin-top: 0; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.6rem; }
.articles { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); }
.article { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
.article .meta { color: #475467; font-size: .9rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.quote { background: #e0eaff; } .quote.partial { background: #f2f4f7; }
.figure { background: #fef0c7; border-bottom: 2px solid #dc6803; }
.evidence { outline: 2px solid var(--err); }
.evidence.warning { outline-color: var(--warn); } .evidence.info { outline-color: var(--info); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left;
         vertical-align: top; }
del { background: #fee4e2; color: var(--err); } ins { background: #dcfae6; color: var(--ok);
      text-decoration: none; font-weight: 600; }
.status-corroborated { color: var(--ok); } .status-conflicting { color: var(--err); }
.status-single_source { color: var(--warn); }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
.sev.error { color: var(--err); } .sev.warning { color: var(--warn); }
.sev.info { color: var(--info); }
ul.findings li { margin: .3rem 0; }
code { font-size: .85rem; }
"""


def _marks(
    article: ArticleSummary, anchors: dict[tuple[str, int, int], list[tuple[str, str]]]
) -> str:
    """The article text with quotes, figures and evidence wrapped in spans, all text escaped."""
    classes: list[tuple[int, int, str]] = []
    for quote in article.quotes:
        classes.append((quote.span.start, quote.span.end, f"quote {quote.kind.value}"))
    for figure in article.figures:
        classes.append((figure.span.start, figure.span.end, "figure"))
    for (article_id, start, end), ids in anchors.items():
        if article_id == article.id:
            severity = ids[0][1]
            classes.append((start, end, f"evidence {severity}"))
    text = article.text
    cuts = sorted({0, len(text), *(s for s, _, _ in classes), *(e for _, e, _ in classes)})
    starts: dict[int, list[str]] = {}
    for (article_id, start, _), ids in anchors.items():
        if article_id == article.id:
            starts.setdefault(start, []).extend(anchor for anchor, _ in ids)
    parts: list[str] = []
    for left, right in pairwise(cuts):
        for anchor in starts.get(left, []):
            parts.append(f'<a id="{anchor}"></a>')
        active = sorted({c for s, e, c in classes if s <= left and right <= e})
        chunk = escape(text[left:right])
        parts.append(f'<span class="{" ".join(active)}">{chunk}</span>' if active else chunk)
    return "".join(parts)


def _diff_side(diff: list[WordDiff], side: str) -> str:
    tag = "del" if side == "a" else "ins"
    return " ".join(
        f"<{tag}>{escape(words)}</{tag}>" if changed else escape(words)
        for words, changed in diff_side(diff, side)
    )


def _anchor_ids(report: Report) -> tuple[dict[int, list[str]], dict[tuple[str, int, int], list]]:
    by_finding: dict[int, list[str]] = {}
    by_span: dict[tuple[str, int, int], list[tuple[str, str]]] = {}
    for index, finding in enumerate(report.findings):
        for number, evidence in enumerate(finding.evidence):
            anchor = f"f{index + 1}-{number + 1}"
            by_finding.setdefault(index, []).append(anchor)
            key = (evidence.article_id, evidence.span.start, evidence.span.end)
            by_span.setdefault(key, []).append((anchor, finding.severity.value))
    return by_finding, by_span


def _finding_item(report: Report, index: int, finding: Finding, anchors: list[str]) -> str:
    links = ", ".join(
        f'<a href="#{anchor}"><code>{escape(location(evidence))}</code></a>'
        for anchor, evidence in zip(anchors, finding.evidence, strict=True)
    )
    return (
        f'<li id="finding-{index + 1}"><span class="sev {finding.severity.value}">'
        f"{finding.severity.value}</span> <b>{escape(finding.rule)}</b> "
        f"{escape(finding.message)} — {links}</li>"
    )


def render_html(report: Report) -> str:
    by_finding, by_span = _anchor_ids(report)
    s = report.summary
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>factcheck report</h1>",
        f'<p id="summary">{escape(summary_line(report))}</p>',
        '<div class="cards">',
    ]
    for label, value in (
        ("articles", s.articles),
        ("corroborated", s.corroborated),
        ("conflicting", s.conflicting),
        ("single source", s.single_source),
        ("findings", len(report.findings)),
    ):
        out.append(f'<div class="card"><b>{value}</b>{label}</div>')
    out.append("</div>")

    events: dict[str, list[ArticleSummary]] = {}
    for article in report.articles:
        events.setdefault(article.meta.event or "Articles", []).append(article)
    for event, articles in events.items():
        out.append(f"<h2>Event: {escape(event)}</h2>")
        out.append('<div class="articles">')
        for article in articles:
            meta = " · ".join(
                escape(part)
                for part in (outlet_of(article), date_of(article), article.path)
                if part
            )
            out.append(
                f'<section class="article" id="article-{escape(article.id)}">'
                f"<h3>{escape(article.meta.title or article.id)}</h3>"
                f'<div class="meta">{meta}</div>'
                f'<div class="text">{_marks(article, by_span)}</div></section>'
            )
        out.append("</div>")

    if report.alignment.quotes:
        out.append("<h2>Aligned quotes</h2><table><tr><th>Score</th><th>First article</th>"
                   "<th>Second article</th></tr>")  # fmt: skip
        for match in report.alignment.quotes:
            out.append(
                f"<tr><td>{match.score:g}</td>"
                f"<td><code>{escape(match.a.article_id)}</code><br>{_diff_side(match.diff, 'a')}"
                f"</td><td><code>{escape(match.b.article_id)}</code><br>"
                f"{_diff_side(match.diff, 'b')}</td></tr>"
            )
        out.append("</table>")

    if report.alignment.sources:
        source = ", ".join(ref.id for ref in report.references) or "source"
        out.append(f"<h2>Quotes against the source ({escape(source)})</h2>")
        out.append("<table><tr><th>Score</th><th>Source passage</th><th>Quote</th></tr>")
        for match in report.alignment.sources:
            if not match.parts:
                out.append(f"<tr><td>—</td><td><del>no passage matches</del></td>"
                           f"<td>{escape(match.quote)}</td></tr>")  # fmt: skip
                continue
            passage = " … ".join(_diff_side(part.diff, "a") for part in match.parts)
            quoted = " … ".join(_diff_side(part.diff, "b") for part in match.parts)
            score = min(part.score for part in match.parts)
            out.append(f"<tr><td>{score:g}</td><td>{passage}</td><td><code>"
                       f"{escape(match.article_id)}</code><br>{quoted}</td></tr>")  # fmt: skip
        out.append("</table>")

    for table in figure_tables(report):
        heads = "".join(f"<th>{escape(a.id)}</th>" for a in table.articles)
        out.append(f"<h2>{escape(table.title())}</h2><table><tr><th>Measure</th>{heads}"
                   "<th>Status</th></tr>")  # fmt: skip
        for row in table.rows:
            cells = "".join(f"<td>{escape(c)}</td>" for c in table.cells(row))
            status = row.status.value
            out.append(
                f"<tr><td>{escape(figure_measure(row))}</td>{cells}"
                f'<td class="status-{status}">{status.replace("_", " ")}</td></tr>'
            )
        out.append("</table>")

    out.append('<h2>Findings</h2><ul class="findings" id="findings">')
    if not report.findings:
        out.append("<li>No findings.</li>")
    index_of = {id(finding): index for index, finding in enumerate(report.findings)}
    for _, findings in findings_by_severity(report):
        for finding in findings:
            index = index_of[id(finding)]
            out.append(_finding_item(report, index, finding, by_finding[index]))
    out.append("</ul></body></html>")
    return "\n".join(out) + "\n"
