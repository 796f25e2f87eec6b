from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import load
from factcheck.errors import InputError
from factcheck.load import article_from_text, classify_blocks, load_article
from factcheck.models import BlockKind
from support import BENZINGA, POWERHOUSE

BODY = "The council approved the budget on Tuesday, the mayor said.\n"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b" \n\n\t\n", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("front-only.md", "---\ntitle: Only metadata\n---\n", "article has no text"),
        ("bad-front.md", "---\ntitle: [unclosed\n---\n" + BODY, "front matter is not valid YAML"),
        ("list-front.md", "---\n- a\n- b\n---\n" + BODY, "front matter must be a mapping"),
    ],
)
def test_unreadable_articles_are_one_line_errors(write, name, content, problem) -> None:
    path = write(name, content)
    with pytest.raises(InputError) as error:
        load_article(path)
    message = str(error.value)
    assert message.startswith(str(path) + ": ")
    assert problem in message
    assert "\n" not in message


def test_front_matter_errors_give_the_line_of_the_file(write) -> None:
    front = "---\ntitle: Mayor opens bridge\nevent: bridge: opening\n---\n"
    path = write("bad-front.md", front + BODY)
    with pytest.raises(InputError) as error:
        load_article(path)
    assert "(line 3)" in str(error.value)  # the file's line 3: "event: bridge: opening"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_article(tmp_path)


def test_huge_file_is_refused(write, monkeypatch) -> None:
    monkeypatch.setattr(load, "MAX_BYTES", 100)
    path = write("huge.txt", BODY * 10)
    with pytest.raises(InputError, match="too large"):
        load_article(path)


def test_windows_1252_is_read_with_a_warning(write) -> None:
    path = write("legacy.txt", "The minister said, \u201cWe\u2019ll act.\u201d\n".encode("cp1252"))
    article = load_article(path)
    assert article.text == "The minister said, “We’ll act.”\n"
    assert article.encoding == "windows-1252"
    assert len(article.warnings) == 1
    assert "not valid UTF-8" in article.warnings[0]
    assert str(path) in article.warnings[0]


def test_bom_and_crlf_are_normalised(write) -> None:
    path = write("bom.txt", b"\xef\xbb\xbfHeadline here\r\n\r\n" + BODY.encode())
    article = load_article(path)
    assert article.text.startswith("Headline here\n\nThe council")
    assert "\r" not in article.text
    assert article.encoding == "utf-8"
    assert article.warnings == []


def test_front_matter_becomes_metadata_and_spans_stay_in_the_text(write) -> None:
    text = "---\ntitle: Budget passes\noutlet: The Courier\ndate: 2024-03-05\n---\n" + BODY
    article = load_article(write("courier.md", text))
    assert article.meta.title == "Budget passes"
    assert article.meta.outlet == "The Courier"
    assert article.meta.date == "2024-03-05"
    assert article.text == BODY
    assert article.line_offset == 5
    assert article.line_of(article.text.index("mayor")) == 6


def test_sidecar_metadata_leaves_article_bytes_alone(write) -> None:
    path = write("story.txt", "Budget passes\n\n" + BODY)
    write("story.meta.yml", "outlet: The Courier\nurl: https://example.org/budget\n")
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.meta.outlet == "The Courier"
    assert article.meta.url == "https://example.org/budget"
    assert article.meta.title == "Budget passes"


def test_a_broken_sidecar_is_a_one_line_error_naming_it(write) -> None:
    path = write("story.txt", "Budget passes\n\n" + BODY)
    write("story.meta.yml", "event: [budget\noutlet: The Courier\n")
    with pytest.raises(InputError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "story.meta.yml" in message and "not valid YAML" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Storm floods coastal towns\n\nBy Jane Smith and Omar Farouk\n\n"
            "March 3, 2024 at 10:15 a.m. EST\n\nThe storm hit at dawn. Roads closed.\n\n"
            "Read more: Why storms are getting worse\n",
            ["title", "byline", "dateline", "body", "boilerplate"],
        ),
        (
            "# Storm floods coastal towns\n\nPublished: 2024-03-03\n\nThe storm hit at dawn.\n",
            ["title", "dateline", "body"],
        ),
        (
            "The storm hit at dawn, officials said.\n\nRoads were closed by noon.\n",
            ["body", "body"],
        ),
        # A paragraph opening on "By" is a byline only when names follow, and nothing else.
        (
            "SkyBridge outage\n\nBy then roughly 34% of its schedule had been scrapped.\n\n"
            "By Saturday evening, 1,510 flights had been cancelled.\n",
            ["title", "body", "body"],
        ),
        # A headline with its byline (and date) on the next lines, no blank line between.
        (
            "Quillstream to cut 180 jobs in Dublin as part of global lay-offs\nBy Ciara Nolan\n\n"
            "Software company Quillstream is to cut about 180 jobs.\n",
            ["title", "byline", "body"],
        ),
        (
            "Storm floods coastal towns\nBy Jane Smith\nMarch 3, 2024\n\nThe storm hit at dawn.\n",
            ["title", "byline", "dateline", "body"],
        ),
        # A name with an accented capital.
        (
            "Quebec couple sickened on cruise\nBy Émilie Gagnon, CBC News\n\nThey fell ill.\n",
            ["title", "byline", "body"],
        ),
        # QA round 43: a standfirst under the headline, no sentence's end, is no body.
        (
            "Rheinmark hands bankers bigger bonuses after record year\n\nLender rewards "
            "shareholders with higher dividend and buyback as investment bank rebounds\n\n"
            "By Tom Ashworth\n\nRheinmark Bank will pay its staff a bonus pool of €2.4bn.\n",
            ["title", "title", "byline", "body"],
        ),
        # Lines of one opening paragraph with no byline or date among them stay one block.
        (
            "The storm hit at dawn,\nofficials said.\n\nRoads were closed by noon.\n",
            ["body", "body"],
        ),
    ],
)
def test_titles_datelines_bylines_and_boilerplate_are_not_body(text, kinds) -> None:
    assert [block.kind.value for block in classify_blocks(text)] == kinds


def test_a_body_line_mentioning_a_date_stays_body() -> None:
    text = "Headline\n\nOn February 2, 2024, the company reported record revenue and profit.\n"
    assert [b.kind for b in classify_blocks(text)] == [BlockKind.TITLE, BlockKind.BODY]


def test_bundled_articles_load_unaltered() -> None:
    for path in (POWERHOUSE, BENZINGA):
        article = load_article(path)
        assert article.text == path.read_text(encoding="utf-8")
        assert article.meta.event == "meta-q4-2023-earnings-call"
    powerhouse = load_article(POWERHOUSE)
    kinds = [block.kind for block in powerhouse.blocks]
    assert kinds[:3] == [BlockKind.TITLE, BlockKind.DATELINE, BlockKind.BODY]
    benzinga = load_article(BENZINGA)
    boilerplate = [b.span.slice(benzinga.text) for b in benzinga.blocks if b.kind == "boilerplate"]
    assert any(text.startswith("Read next:") for text in boilerplate)
    assert any(text.startswith("See also:") for text in boilerplate)


def test_article_from_text_has_blocks() -> None:
    article = article_from_text("A headline\n\n" + BODY, article_id="x")
    assert article.id == "x"
    assert [b.kind for b in article.blocks] == [BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize(
    ("first_paragraph", "place", "date", "outlet"),
    [
        ("NEW YORK, Nov. 15 (Continental Press) — New York's autumn auction season closed on "
         "Friday with a record $2.3 billion.", "NEW YORK", "Nov. 15", "Continental Press"),
        ("BERLIN, Tuesday, June 3, 2025 — Haulwise, which runs a digital marketplace, raised "
         "$40 million.", "BERLIN", "Tuesday, June 3, 2025", None),
        ("SARASOTA, Fla., Sept. 24 (Coastal News Service) - A toxic algae bloom stretched "
         "along about 145 miles of coast.", "SARASOTA, Fla.", "Sept. 24", "Coastal News Service"),
        ("VARNA (Ostland Daily Post) — Ostland’s central bank will pay €2,780 million to the "
         "treasury.", "VARNA", None, "Ostland Daily Post"),
        ("NAIROBI, 2 December (Meridian Wire) – A coalition of 14 aid agencies warned on "
         "Tuesday.", "NAIROBI", "2 December", "Meridian Wire"),
        ("LONDON (Sept. 3) — Britain’s latest renewable power auction handed contracts to six "
         "wind farms.", "LONDON", "Sept. 3", None),
        ("ZURICH/BOSTON, June 9 (Global Markets Wire) – Swiss drugmaker Halvern offered $86.40 "
         "a share.", "ZURICH/BOSTON", "June 9", "Global Markets Wire"),
        ("BRENZING, Monday 14 October — Floodwater covered 7 villages in the Varne valley.",
         "BRENZING", "Monday 14 October", None),
        ("JACKSON, Miss. — Sunday, March 15, 2026 — Rescuers spent Sunday pulling apart "
         "splintered houses.", "JACKSON, Miss.", "Sunday, March 15, 2026", None),
        ("LONDON — The council said on Tuesday — after a long meeting — that it would act.",
         "LONDON", None, None),
        ("(Daily Ledger) - Eight days of strikes have been called off.", None, None,
         "Daily Ledger"),
        ("LONDON, Feb 1, 2024 /PRNewswire/ -- Acme Corp today announced its results.",
         "LONDON", "Feb 1, 2024", "PRNewswire"),
        ("Frankfurt (dpa) — The European Central Bank held rates.", "Frankfurt", None, "dpa"),
        ("BERLIN, 03.06.2025 — The government fell on Tuesday.", "BERLIN", "03.06.2025", None),
    ],
)  # fmt: skip
def test_a_wire_dateline_is_read_into_place_date_and_outlet(
    first_paragraph: str, place: str, date: str | None, outlet: str | None
) -> None:
    article = article_from_text(f"Headline of the story\n\n{first_paragraph}\n\nMore text.\n")
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.outlet) == (place, date, outlet)
    printed = dateline.span.slice(article.text)
    assert first_paragraph.startswith(printed)
    assert printed[-1] in "—–-"


def test_a_dateline_paragraph_of_its_own_and_a_published_line_are_read() -> None:
    alone = article_from_text(
        "Auction season closes\n\nNEW YORK, Nov. 15 (Continental Press) —\n\n"
        "The autumn auction season closed on Friday with a record $2.3 billion.\n"
    ).dateline
    assert alone is not None
    assert (alone.place, alone.date, alone.outlet) == ("NEW YORK", "Nov. 15", "Continental Press")
    published = article_from_text(
        "Auction season closes\n\nPublished 4 March 2025\n\n"
        "NEW YORK (Continental Press) — The autumn auction season closed on Friday.\n"
    ).dateline
    assert published is not None
    assert (published.place, published.date, published.outlet) == (
        "NEW YORK",
        "4 March 2025",
        "Continental Press",
    )


@pytest.mark.parametrize(
    "first_paragraph",
    [
        "Eastbridge Rovers have dismissed Tomas Lindqvist — ending the Swede’s 17-month spell.",
        "The council, which met on Tuesday, approved the plan — by eight votes to five.",
        "Later, in a statement to Reuters - the company said profits fell.",
        "NASA said on Monday that the launch would slip to 2027.",
        "2024 — a year Apple would rather forget — ended with a loss.",
        "NATO (North Atlantic Treaty Organization) — Allies met in Brussels.",
        "Tuesday — a day after the vote — the minister resigned.",
        "US — China talks resumed on Monday.",
        "BREAKING — A fire broke out at the plant.",
        "WHAT WE KNOW — The storm hit at night.",
        "IBM — long a bellwether — reported a loss.",
        "UK, US, EU — three economies — slowed.",
        "ACME — THE END OF AN ERA",
    ],
)
def test_prose_that_opens_with_a_dash_is_no_dateline(first_paragraph: str) -> None:
    article = article_from_text(f"Headline of the story\n\n{first_paragraph}\n\nMore text.\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [
        # QA round 72: three of the nine second articles carried their paper only here.
        ("By Jana Vogt, The Berlin Courier", ["Jana Vogt"], "The Berlin Courier"),
        ("By Ciarán Doyle, Business Correspondent, The Irish Ledger", ["Ciarán Doyle"],
         "The Irish Ledger"),
        ("By Jane Smith, Tom Lee and Ana Ruiz, AFP", ["Jane Smith", "Tom Lee", "Ana Ruiz"],
         "AFP"),
        ("By Jane Smith for The Guardian", ["Jane Smith"], "The Guardian"),
        ("By Jane Smith in Brussels", ["Jane Smith"], None),
        ("By Jane Smith | Staff Writer", ["Jane Smith"], None),
        ("Reporting by Ana Ruiz; Editing by Tom Lee", ["Ana Ruiz"], None),
        ("By The Associated Press", [], "The Associated Press"),
        ("By Jane Smith - Daily Mail", ["Jane Smith"], "Daily Mail"),
        ("By Associated Press", [], "Associated Press"),
        ("By Jane Smith in Brussels and Tom Lee in Paris", ["Jane Smith", "Tom Lee"], None),
        ("By Jane Smith, Health Reporter, and Tom Lee", ["Jane Smith", "Tom Lee"], None),
        ("By Jane Smith, The New York Times", ["Jane Smith"], "The New York Times"),
        # A place, a time or a date after the author is neither author nor paper.
        ("By Mike Corder, The Hague", ["Mike Corder"], None),
        ("By Jane Smith, Sun Valley", ["Jane Smith"], None),
        ("By Jane Smith, New York", ["Jane Smith"], None),
        ("By Jane Smith, Updated 3:45 PM EST", ["Jane Smith"], None),
        ("By Jane Smith on March 3", ["Jane Smith"], None),
    ],
)  # fmt: skip
def test_a_byline_is_read_into_authors_and_outlet(
    byline: str, authors: list[str], outlet: str | None
) -> None:
    article = article_from_text(
        f"Headline of the story\n\n{byline}\n\nThe council approved the plan on Tuesday.\n"
    )
    assert article.byline is not None
    assert (article.byline.authors, article.byline.outlet) == (authors, outlet)
    assert article.byline.span is not None
    assert article.byline.span.slice(article.text) == byline


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    article = article_from_text(
        "Headline of the story\n\nBy then roughly 34% of the fleet had been scrapped.\n"
    )
    assert article.byline is None


def test_the_metadata_byline_is_read_when_the_text_prints_none(write) -> None:
    path = write("story.txt", "---\nbyline: Lise Haugen, The Varstad Herald\n---\n" + BODY)
    byline = load_article(path).byline
    assert byline is not None
    assert (byline.authors, byline.outlet, byline.span) == (
        ["Lise Haugen"],
        "The Varstad Herald",
        None,
    )


def test_the_metadata_outlet_and_date_win_over_the_datelines(write) -> None:
    path = write(
        "story.txt",
        "---\noutlet: The Ledger\n---\nHeadline of the story\n\n"
        "OTTAWA, July 22 (Canadian Wire Service) — Crime fell for a second year.\n",
    )
    article = load_article(path)
    assert article.meta.outlet == "The Ledger"
    assert article.dateline is not None
    assert article.dateline.outlet == "Canadian Wire Service"
    assert article.meta.date is None  # the dateline's date is not the metadata's
