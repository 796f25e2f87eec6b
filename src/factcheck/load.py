"""Stage 1 — load: read an article file into an `Article`.

Decodes UTF-8 (with or without BOM; Windows-1252 with a warning when the bytes are not UTF-8),
normalises line endings, strips YAML front matter into metadata (a ``NAME.meta.yml`` sidecar
works too, for articles kept byte for byte) and classifies paragraphs: title, date line,
byline, boilerplate, body.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import yaml
from pydantic import ValidationError

from factcheck.discover import sidecar_paths
from factcheck.errors import InputError
from factcheck.models import Article, ArticleMeta, Block, BlockKind, Byline, Dateline, Span

MAX_BYTES = 20 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
_DATELINE_NOISE = re.compile(
    r"(?:published|updated|posted|last\s+modified|on|at|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
    r"|[A-Z]{2,4}T|[•·|–—\-,:])",
    re.IGNORECASE,
)
# The head of a wire story's first paragraph, up to its dash: "NEW YORK, Nov. 15 (Continental
# Press) —", "BERLIN, Tuesday, June 3, 2025 —", "VARNA (Ostland Daily Post) —", "NAIROBI, 2
# December (Meridian Wire) –", "SARASOTA, Fla., Sept. 24 (Coastal News Service) -".
_DATELINE_HEAD = re.compile(
    r"(?:(?P<head>[^—–\n]{2,100}?)\s*)??"
    r"(?:\((?P<outlet>[^()\n]{2,60})\)|/(?P<newswire>[^/\s][^/\n]{1,40})/)?"
    r"\s*(?P<dash>—|–|(?<=[\s)/])-{1,2})(?:\s|$)"
)
_DATE_BETWEEN_DASHES = re.compile(r"\s*(?P<date>[\w.]+(?:,? [\w.]+){0,4})\s*(—|–|-{1,2})\s")
_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’./\- ]*[A-ZÀ-ÖØ-Þ.]")  # "ZURICH/BOSTON" too
_REGION = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’]*){0,2}")
_DATE_PART = re.compile(
    rf"{_WEEKDAY}|\d{{4}}|(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)
# A label over a story, no place: "BREAKING —", "WHAT WE KNOW —".
_KICKERS = frozenset(
    (
        "breaking", "breaking news", "exclusive", "update", "updated", "live", "analysis",
        "watch", "opinion", "comment", "editorial", "review", "explainer", "in brief",
        "what we know", "fact check", "correction", "urgent", "developing", "just in", "flash",
    )
)  # fmt: skip
# What follows a dateline's dash: a sentence's start ("The", "Officials", "4,000", "“We"), not
# an aside ("IBM — long a bellwether —") nor more capitals ("ACME — THE END OF AN ERA").
_SENTENCE_AFTER = re.compile(r"\s*(?:[\"“‘'(]?[A-ZÀ-ÖØ-Þ0-9])(?=[^\n]{0,40}[a-zß-öø-ÿ])")
# "By Jane Smith", "Reporting by Ana Ruiz and Tom Lee": the names capitalised (only "by" may
# be in any case), and no sentence after them ("By then roughly 34% had been scrapped.").
# A capital, accented ones included: "By Émilie Gagnon".
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|reporting\s+by)\s+{_CAPITAL}[\w.'’-]*"
    rf"(?:\s+(?:{_CAPITAL}[\w.'’-]*|and|&|,))*"
)
# Furniture news sites wrap around an article: never body text, and the quotes in a
# "Read next:" headline belong to another story.
_BOILERPLATE = re.compile(
    r"^(?:photo(?:\s+courtesy)?|image(?:\s+credit)?|source(?:\s+link)?|leave a reply|"
    r"your email address will not be published|required fields are marked|read next|"
    r"read more|see also|related|disclaimer|check out more|advertisement|subscribe|"
    r"sign up|click here|follow us|share this|all rights reserved|copyright|©|"
    r"also read|recommended|tags?:|filed under|more from)\b",
    re.IGNORECASE,
)


def article_ids(paths: list[Path]) -> list[str]:
    """The id of each article file: its name without suffix, and its folder's name before it
    when two files of one name lie in different folders."""
    stems = [os.path.splitext(os.path.basename(path))[0] for path in paths]
    counts = Counter(stems)
    return [
        f"{os.path.basename(os.path.dirname(path)) or 'article'}/{stem}"
        if counts[stem] > 1
        else stem
        for path, stem in zip(paths, stems, strict=True)
    ]


def load_article(path: Path) -> Article:
    """Read one article file; raise `InputError` with a one-line reason when it can't."""
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                name,
                f"file is too large ({size / 2**20:.1f} MiB; the limit is "
                f"{MAX_BYTES // 2**20} MiB)",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc
    meta = _sidecar_meta(path)
    return article_from_bytes(data, article_id=path.stem, path=name, meta=meta)


def article_from_bytes(
    data: bytes, article_id: str, path: str, meta: dict[str, object] | None = None
) -> Article:
    text, encoding, warnings = _decode(data, path)
    return _build(text, article_id, path, meta or {}, encoding, warnings)


def article_from_text(
    text: str, article_id: str = "test", path: str = "<text>", *, body_only: bool = False
) -> Article:
    """An article from a string; ``body_only`` for snippets with no headline (rule examples)."""
    article = _build(_normalise_newlines(text), article_id, path, {}, "utf-8", [])
    if not body_only:
        return article
    body = [block.model_copy(update={"kind": BlockKind.BODY}) for block in article.blocks]
    return article.model_copy(update={"blocks": body})


def _build(
    text: str,
    article_id: str,
    path: str,
    meta: dict[str, object],
    encoding: str,
    warnings: list[str],
) -> Article:
    front, text, line_offset = _split_front_matter(text, path)
    fields = {**meta, **front}
    if not text.strip():
        raise InputError(path, "article has no text")
    blocks = classify_blocks(text)
    title = next((b for b in blocks if b.kind is BlockKind.TITLE), None)
    if title is not None and not fields.get("title"):
        fields["title"] = title.span.slice(text).lstrip("# ").strip()
    try:
        article_meta = ArticleMeta.model_validate(
            {k: (str(v) if v is not None else None) for k, v in fields.items()}
        )
    except ValidationError as exc:
        raise InputError(path, f"bad metadata: {exc.errors()[0]['msg']}") from exc
    return Article(
        id=article_id,
        path=path,
        text=text,
        meta=article_meta,
        dateline=read_dateline(text, blocks),
        byline=read_byline(text, blocks, article_meta.byline),
        blocks=blocks,
        encoding=encoding,
        line_offset=line_offset,
        warnings=warnings,
    )


def _decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    if not data.strip():
        raise InputError(path, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise_newlines(data.decode("utf-16")), "utf-16", []
        except UnicodeDecodeError as exc:
            raise InputError(path, "UTF-16 byte order mark but the bytes are not UTF-16") from exc
    if _looks_binary(data):
        raise InputError(path, "looks like a binary file, not text")
    try:
        return _normalise_newlines(data.decode("utf-8-sig")), "utf-8", []
    except UnicodeDecodeError as exc:
        warning = (
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "read as Windows-1252"
        )
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them to control characters.
    text = data.decode("cp1252", errors="strict") if _is_cp1252(data) else data.decode("latin-1")
    return _normalise_newlines(text), "windows-1252", [warning]


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


# Every byte but the control characters that are not tab, newline, form feed or return: what
# `bytes.translate` deletes to count the rest in C.
_PRINTABLE_OR_LAYOUT = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = len(head.translate(None, _PRINTABLE_OR_LAYOUT))
    return control > len(head) * 0.05


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str, path: str) -> tuple[dict[str, object], str, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 0
    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # YAML counts from the front matter's first line; the reader counts from the file's.
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(path, f"front matter is not valid YAML{where}") from exc
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of field: value")
    return data, text[match.end() :], match.group().count("\n")


def _sidecar_meta(path: Path) -> dict[str, object]:
    for sidecar in sidecar_paths(path):
        if not sidecar.is_file():
            continue
        try:
            data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            raise InputError(str(sidecar), f"metadata file is not valid YAML{where}") from exc
        except UnicodeDecodeError:
            raise InputError(str(sidecar), "metadata file is not UTF-8 text") from None
        except OSError as exc:
            raise InputError(str(sidecar), f"cannot be read ({exc.strerror or exc})") from None
        if not isinstance(data, dict):
            raise InputError(str(sidecar), "metadata file must be a mapping of field: value")
        return data
    return {}


def classify_blocks(text: str) -> list[Block]:
    """Split into paragraphs and tell title, date line, byline and boilerplate from body."""
    spans = [Span(start=m.start(), end=m.end()) for m in _PARAGRAPH.finditer(text)]
    spans = [_trim(text, span) for span in spans]
    if spans:
        spans[:1] = _furniture_lines(text, spans[0])
    blocks: list[Block] = []
    seen_body = False
    for index, span in enumerate(spans):
        para = span.slice(text)
        # A text of one paragraph has no headline: it is all body.
        kind = _kind_of(para, is_first=index == 0 and len(spans) > 1, seen_body=seen_body)
        if (
            kind is BlockKind.BODY
            and blocks
            and blocks[-1].kind is BlockKind.TITLE
            and index + 1 < len(spans)
            and is_headline(para.strip())
        ):
            # A standfirst under the headline ("Lender rewards shareholders with higher
            # dividend and buyback as investment bank rebounds"): no sentence's end, so no body.
            kind = BlockKind.TITLE
        seen_body = seen_body or kind is BlockKind.BODY
        blocks.append(Block(kind=kind, span=span))
    return blocks


def _furniture_lines(text: str, span: Span) -> list[Span]:
    """The opening paragraph, one block a line when a line after the first is a byline or a
    date line ("Headline\nBy Derek Lanning" with no blank line between): each line is its
    own piece of furniture, where the whole was read as one line of body text."""
    lines = [Span(start=m.start(), end=m.end()) for m in _LINE.finditer(text, span.start, span.end)]
    if len(lines) < 2 or len(lines) > 5:
        return [span]
    furniture = [
        (_BYLINE.match(line) is not None and is_headline(line)) or _is_dateline(line)
        for line in (sp.slice(text).strip() for sp in lines[1:])
    ]
    return [_trim(text, line) for line in lines] if any(furniture) else [span]


def _kind_of(para: str, *, is_first: bool, seen_body: bool) -> BlockKind:
    line = para.strip()
    if line.startswith("#") and not seen_body:
        return BlockKind.TITLE
    if is_first and is_headline(line):
        return BlockKind.TITLE
    if not seen_body and len(line) <= 120:
        if _is_dateline(line):
            return BlockKind.DATELINE
        if _BYLINE.match(line) and is_headline(line):
            return BlockKind.BYLINE
    if _BOILERPLATE.match(line.lstrip("*_>#-• ").strip()):
        return BlockKind.BOILERPLATE
    return BlockKind.BODY


def is_headline(line: str) -> bool:
    """One short line that does not end like a sentence (closing quotes and brackets aside)."""
    bare = line.rstrip("”’\"')]» ")
    return "\n" not in line and len(line) <= 250 and not bare.endswith((".", ",", ";", "!"))


def _is_dateline(line: str) -> bool:
    match = _DATE.search(line)
    if not match:
        return False
    rest = _DATELINE_NOISE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    return len(rest.split()) <= 3


def read_dateline(text: str, blocks: list[Block]) -> Dateline | None:
    """The dateline: the head of the first body paragraph ("HALVORSEN, Sask. (Great Plains
    Post) — ..."), with the date a paragraph of its own before the body gives ("Published 4
    March 2025") when the head has none."""
    dated: Dateline | None = None
    for index, block in enumerate(blocks):
        head = None
        if block.kind is BlockKind.DATELINE and dated is None:
            found = _DATE.search(text, block.span.start, block.span.end)
            if found:
                dated = Dateline(date=found.group(), span=block.span)
        elif block.kind is BlockKind.TITLE and index > 0:
            # A dateline paragraph of its own, no sentence after its dash, reads as a
            # standfirst: "NEW YORK, Nov. 15 (Continental Press) —".
            head = _head_of(text, block.span)
            if head is not None and head.span.end < block.span.end:
                head = None
        if block.kind is BlockKind.BODY or head is not None:
            head = head or _head_of(text, block.span)
            if head is None or dated is None:
                return head or dated
            return head if head.date else head.model_copy(update={"date": dated.date})
    return dated


# What a byline's parts are cut at: "By Jane Smith, Staff Writer | The Herald".
_BYLINE_SEPARATOR = re.compile(r"\s*(?:[,;|•·]|\s[-–—]\s)\s*")
_BYLINE_BY = re.compile(r"^(?i:by|written\s+by|reporting\s+by)\s+")
# "By Jane Smith for The Guardian", "By Jane Smith in Brussels": the outlet, the place.
_FOR_OUTLET = re.compile(r"\s+for\s+(?=[A-Z])")
_IN_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_AUTHORS_JOINED = re.compile(r"(?:^|\s+)(?:and|&)\s+")
_AUTHOR_AFTER_AND = re.compile(r"(?:and|&)\s")
_ON_DAY = re.compile(r"\s+on\s+(?=[A-Z0-9])")
# Not a name: a time or a date ("Updated 3:45 PM EST", "Published March 3").
_NOT_A_NAME = re.compile(r"\d|\b(?i:updated|published|posted|last\s+modified)\b")
_CREDIT = re.compile(r"(?i:editing|edited|additional\s+reporting|graphics|photos?)\s+by\b")
# A part of a byline that tells the author's job or beat, not the paper: "Business
# Correspondent", "Staff Writer", "Bureau Chief".
_BYLINE_ROLES = frozenset(
    (
        "correspondent", "reporter", "editor", "writer", "staff", "columnist", "contributor",
        "journalist", "producer", "photographer", "bureau", "chief", "desk", "analyst",
        "critic", "commentator", "special", "senior", "associate", "deputy", "contributing",
        "freelance", "investigations", "data", "newsroom",
    )
)  # fmt: skip
# The words of a paper's or an agency's name: "The Irish Ledger", "Continental Press",
# "Nordwire"'s "-wire".
_OUTLET_WORDS = frozenset(
    (
        "herald", "times", "post", "courier", "ledger", "journal", "news", "gazette",
        "tribune", "telegraph", "guardian", "wire", "press", "observer", "chronicle", "star",
        "mail", "express", "record", "standard", "review", "daily", "weekly", "agency",
        "network", "radio", "television", "tv", "online", "bulletin", "dispatch", "examiner",
        "inquirer", "mirror", "sun", "independent", "register", "sentinel", "monitor",
        "magazine", "media", "broadcasting", "newswire", "wires", "reporter", "argus",
        "courant", "globe", "voice", "leader", "echo", "advertiser", "citizen", "enquirer",
    )
)  # fmt: skip


def read_byline(text: str, blocks: list[Block], meta_byline: str | None) -> Byline | None:
    """The byline: the authors and the paper of a "By …" line above the body ("By Jana Vogt,
    The Berlin Courier"), else of the metadata's byline."""
    for block in blocks:
        if block.kind is BlockKind.BODY:
            break
        if block.kind is BlockKind.BYLINE:
            found = _byline(block.span.slice(text).strip())
            return found.model_copy(update={"span": block.span}) if found else None
    return _byline(meta_byline.strip()) if meta_byline else None


def _byline(line: str) -> Byline | None:
    rest = _BYLINE_BY.sub("", line, count=1)
    parts = [part for part in _BYLINE_SEPARATOR.split(rest) if part]
    authors: list[str] = []
    outlet: str | None = None
    for index, part in enumerate(parts):
        if _CREDIT.match(part):
            break  # "Editing by Tom Lee": the editors, after the reporters
        # "Jane Smith for The Guardian": the outlet after "for"; "Jane Smith on March 3": when.
        part, *named = _FOR_OUTLET.split(part, maxsplit=1)
        part = _ON_DAY.split(part, maxsplit=1)[0]
        words = part.split()
        folded = {word.casefold().strip(".") for word in words}
        # "Jane Smith in Brussels and Tom Lee in Paris": each author without where they filed
        # from; "…, Health Reporter, and Tom Lee": the "and" opening a part.
        names = [_IN_PLACE.split(name, maxsplit=1)[0] for name in _AUTHORS_JOINED.split(part)]
        names = [name for name in names if name]
        if not words or not _BYLINE_ROLES.isdisjoint(folded) or _NOT_A_NAME.search(part):
            pass  # a role or a beat ("Business Correspondent"), a time ("Updated 3:45 PM")
        elif _is_outlet(words):
            outlet = part  # "By The Associated Press", "By Bloomberg News" name no one
        elif (
            outlet is None
            and names
            and all(map(_is_name, names))
            # After the first, a part is an author's only beside another ("Tom Lee and Ana
            # Ruiz"): "By Jane Smith, New York" prints where she filed from.
            and (index == 0 or len(names) > 1 or _AUTHOR_AFTER_AND.match(part))
        ):
            authors += names
        if named:
            outlet = named[0]
    if not authors and outlet is None:
        return None
    return Byline(authors=authors, outlet=outlet)


def _is_name(part: str) -> bool:
    """A person's name: two to four capitalised words ("Ciarán Doyle", "Mary-Kate O'Neil",
    "Jan van der Berg" with its particles)."""
    words = part.split()
    capitalised = [word for word in words if word[:1].isupper()]
    return 2 <= len(words) <= 5 and len(capitalised) >= 2 and words[0][:1].isupper()


def _is_outlet(words: list[str]) -> bool:
    """A paper's or an agency's name: "The Irish Ledger", "Continental Press", "AFP"; its last
    word a paper's ("Sun Valley" is a place, "The Hague" a city)."""
    if len(words) == 1:
        return words[0].isupper() and len(words[0]) > 1  # an agency's letters
    if not all(word[:1].isupper() for word in words):
        return False
    last = words[-1].casefold()
    return last in _OUTLET_WORDS or last.endswith("wire") or (words[0] == "The" and len(words) > 2)


def _head_of(text: str, span: Span) -> Dateline | None:
    head = _DATELINE_HEAD.match(text, span.start, span.end)
    found = _dateline(head) if head else None
    if found is None:
        return None
    end = found.span.end
    if end < span.end and not _SENTENCE_AFTER.match(text, end, span.end):
        return None
    if found.date is not None or found.place is None:
        return found
    # The date between two dashes: "JACKSON, Miss. — Sunday, March 15, 2026 — …".
    then = _DATE_BETWEEN_DASHES.match(text, end, span.end)
    if then is None or not all(map(_DATE_PART.fullmatch, then["date"].split(", "))):
        return found
    return found.model_copy(
        update={"date": then["date"], "span": Span(start=found.span.start, end=then.end(2))}
    )


def _dateline(head: re.Match[str]) -> Dateline | None:
    """A dateline's parts: a place in capitals, or a date, first; then regions ("Ohio",
    "Sask."), then the date's parts ("Tuesday", "June 3", "2025"); anything else is prose.
    With an outlet in brackets the place may be in small letters ("Frankfurt (dpa) —"), the
    date may stand alone ("March 6 (Front Range Press) —"), and both may be left out
    ("(Reuters) -")."""
    outlet = (head.group("outlet") or head.group("newswire") or "").strip() or None
    written = (head.group("head") or "").strip()
    if written.casefold() in _KICKERS:
        return None
    parts = [part.strip() for part in written.split(",")] if written else []
    places: list[str] = []
    dates: list[str] = []
    for index, part in enumerate(parts):
        if _DATE_PART.fullmatch(part):
            dates.append(part)
        elif dates or not _is_place(part, first=index == 0, bracketed=outlet is not None):
            return None
        else:
            places.append(part)
    if outlet is not None and not dates and _DATE_PART.fullmatch(outlet):
        dates, outlet = [outlet], None  # "LONDON (Sept. 3) —"
    if places and sum(ch.isalpha() for ch in places[0]) < 3:
        return None  # "US — China talks", "AI — artificial intelligence": no city
    if outlet is not None and places and _initials(outlet) == places[0].replace(".", ""):
        return None  # "NATO (North Atlantic Treaty Organization) —": a name spelled out
    if not places and outlet is None:
        return None  # "2024 — a year Apple would rather forget —"
    return Dateline(
        place=", ".join(places) or None,
        date=", ".join(dates) or None,
        outlet=outlet,
        span=Span(start=head.start(), end=head.end("dash")),
    )


def _is_place(part: str, *, first: bool, bracketed: bool) -> bool:
    """A city in capitals ("HALVORSEN"), or with an outlet in brackets in small letters
    ("Frankfurt (dpa)"); after it a region ("Sask.", "Ohio")."""
    if first and not bracketed:
        return _PLACE.fullmatch(part) is not None
    return _REGION.fullmatch(part) is not None or (first and _PLACE.fullmatch(part) is not None)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)
