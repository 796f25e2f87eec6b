"""The persisted corpus index: incremental updates, content hashes, links through passages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.corpus import index as index_module
from factcheck.corpus.index import group_paths, index_location, link_weight, signature

BRIDGE_QUOTE = "We will rebuild the bridge before the winter comes and the river rises again."
DERBY_QUOTE = "We played with total belief from the first whistle to the last, and it showed."
STOCK = "The council did not immediately respond to a request for comment on the plans on Monday."

ARTICLES = {
    "courier.txt": f"Bridge to reopen\n\nThe mayor said: “{BRIDGE_QUOTE}”\n\n{STOCK}\n",
    "herald.txt": f"Bridge timetable\n\n“{BRIDGE_QUOTE}” the mayor told reporters.\n\n{STOCK}\n",
    "sport.txt": f"Derby result\n\nThe captain said: “{DERBY_QUOTE}”\n\n{STOCK}\n",
    "post.txt": f"Derby report\n\n“{DERBY_QUOTE}” said the captain.\n",
    "weather.txt": f"Forecast\n\nHeavy rain is expected across the north on Sunday.\n\n{STOCK}\n",
}


def write(folder: Path, articles: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder / name for name in articles)


def named_events(events: dict[str, list[Path]]) -> dict[str, str]:
    return {path.stem: event for event, members in events.items() for path in members}


def test_articles_sharing_a_passage_form_events_and_stock_lines_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three articles carry the newsletter line: with at most two allowed, it links nothing.
    monkeypatch.setattr(index_module, "MAX_ARTICLES_PER_SHINGLE", 2)
    corpus = tmp_path / "articles"
    events, update = group_paths(write(corpus, ARTICLES), corpus)
    assert update.parsed == 5
    assert named_events(events) == {
        "courier": "auto-courier",
        "herald": "auto-courier",
        "post": "auto-post",
        "sport": "auto-post",
        "weather": "auto-weather",
    }


@pytest.mark.parametrize("relink_all_share", [0.2, 2.0], ids=["relink-all", "relink-changed"])
def test_an_index_updated_one_article_at_a_time_groups_as_one_built_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relink_all_share: float
) -> None:
    monkeypatch.setattr(index_module, "MAX_ARTICLES_PER_SHINGLE", 2)
    monkeypatch.setattr(index_module, "FULL_REBUILD_SHARE", relink_all_share)
    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    location = tmp_path / "index.sqlite3"
    at_once, _ = group_paths(files, corpus)
    # The stock line is rare while two articles hold it (it links them) and frequent from the
    # third on: the links it made must go when it crosses the threshold.
    order = ["courier", "weather", "sport", "herald", "post"]
    for count in range(1, len(order) + 1):
        present = sorted(corpus / f"{name}.txt" for name in order[:count])
        grown, update = group_paths(present, corpus, location)
        assert update.parsed == 1
    assert grown == at_once
    assert named_events(grown)["weather"] == "auto-weather"


def test_unchanged_and_touched_articles_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    location = tmp_path / "cache" / "index.sqlite3"
    assert group_paths(files, corpus, location)[1].parsed == 5
    parsed: list[Path] = []
    real_load = index_module.load_article
    monkeypatch.setattr(index_module, "load_article", lambda p: parsed.append(p) or real_load(p))
    assert group_paths(files, corpus, location)[1].unchanged == 5
    os.utime(corpus / "post.txt", ns=(1, 1))  # a checkout: new time, same content
    assert group_paths(files, corpus, location)[1].unchanged == 5
    (corpus / "weather.txt").write_text("Forecast\n\nSunny all week.\n", encoding="utf-8")
    (corpus / "sport.txt").unlink()
    update = group_paths([f for f in files if f.stem != "sport"], corpus, location)[1]
    assert (update.parsed, update.unchanged, update.removed) == (1, 3, 1)
    assert parsed == [corpus / "weather.txt"]


def test_a_sidecar_event_is_picked_up_without_touching_the_article(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    location = tmp_path / "index.sqlite3"
    group_paths(files, corpus, location)
    (corpus / "weather.meta.yml").write_text("event: storm-2026\n", encoding="utf-8")
    events, update = group_paths(files, corpus, location)
    assert update.parsed == 1
    assert named_events(events)["weather"] == "storm-2026"


def test_a_shared_passage_links_and_scattered_phrases_do_not() -> None:
    quote = signature([f"The mayor said: “{BRIDGE_QUOTE}”"])
    same_quote = signature([f"“{BRIDGE_QUOTE}” the mayor told reporters on Monday."])
    # The same words, but never eight in a row: shared phrases scattered over sentences.
    scattered = signature(
        [
            "Before the winter comes the council meets.",
            "We will rebuild the schools.",
            "And the river rises again each spring.",
        ]
    )
    assert link_weight(quote, same_quote, set()) >= 10
    assert link_weight(quote, scattered, set()) == 0
    assert link_weight(quote, same_quote, set(signature([BRIDGE_QUOTE]))) == 0


def test_index_command_lists_events(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    from factcheck.cli import main

    # Without the shared stock line, which links every article but one when no more than 50
    # articles make a phrase frequent.
    write(tmp_path / "articles", {n: t.replace(STOCK, "") for n, t in ARTICLES.items()})
    monkeypatch.chdir(tmp_path)
    assert main(["index", "--events"]) == 0
    captured = capsys.readouterr()
    assert "auto-courier\tarticles/herald.txt" in captured.out
    assert "indexed 5 articles in 3 events (5 read, 0 unchanged, 0 removed)" in captured.err
    assert [p.name for p in (tmp_path / ".factcheck-cache").glob("index-*.sqlite3")] == [
        index_location(Path(".factcheck-cache"), Path("articles")).name
    ]
    assert main(["index"]) == 0
    assert "(0 read, 5 unchanged, 0 removed)" in capsys.readouterr().err


def test_two_corpora_sharing_a_cache_keep_their_own_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    from factcheck.cli import main

    write(tmp_path / "articles", ARTICLES)
    write(tmp_path / "archive", {n: t for n, t in list(ARTICLES.items())[:2]})
    (tmp_path / "archive.toml").write_text('articles = "archive"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["index"]) == 0
    assert main(["index", "--config", "archive.toml"]) == 0
    capsys.readouterr()
    assert main(["index"]) == 0
    assert "(0 read, 5 unchanged, 0 removed)" in capsys.readouterr().err
    assert len(list((tmp_path / ".factcheck-cache").glob("index-*.sqlite3"))) == 2


PARAPHRASE_A = (
    "Acme Robotics Chief Executive Dana Whitfield said the company would cut 1,200 jobs and "
    "close 14 plants, saving $310 million a year."
)
PARAPHRASE_B = (
    "Dana Whitfield, who runs Acme Robotics, told analysts that 1,200 positions would go as 14 "
    "factories shut, for savings of $310 million annually."
)


def test_paraphrased_coverage_links_through_names_and_numbers() -> None:
    # Not one passage of eight words in common; the same people, company and figures.
    weight = link_weight(signature([PARAPHRASE_A]), signature([PARAPHRASE_B]), set())
    assert weight >= 5


@pytest.mark.parametrize(
    "other",
    [
        # The same person, nothing else: another story about her.
        "Dana Whitfield opened a new school for 30 pupils in Leeds in 2019.",
        # The same figures, no name in common: a coincidence.
        "Borealis Mining will cut 1,200 jobs and close 14 mines, saving $310 million.",
    ],
)
def test_one_kind_of_feature_alone_does_not_link(other: str) -> None:
    assert link_weight(signature([PARAPHRASE_A]), signature([other]), set()) == 0


def _not_a_database(location: Path) -> None:
    location.write_bytes(b"not a database" * 100)


def _damaged_pages(location: Path) -> None:
    # The pages after the header: the file still opens, reading it fails.
    data = bytearray(location.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    location.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_not_a_database, _damaged_pages])
def test_a_damaged_index_is_built_again(tmp_path: Path, damage) -> None:
    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    location = tmp_path / "index.sqlite3"
    group_paths(files, corpus, location)
    damage(location)
    events, update = group_paths(files, corpus, location)
    assert update.parsed == 5
    assert named_events(events)["herald"] == "auto-courier"


def test_an_index_that_cannot_be_written_is_a_one_line_error(tmp_path: Path) -> None:
    from factcheck.errors import FactcheckError

    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(FactcheckError, match="not-a-folder"):
        group_paths(files, corpus, blocked / "index.sqlite3")


def test_a_place_and_round_numbers_do_not_link_unrelated_stories() -> None:
    bakery = signature(
        [
            "A New York bakery chain said on Monday it would open its tenth store next month, "
            "after sales rose 10% last year.",
            "The company, which employs 250 people, said prices would rise by about 5%.",
        ]
    )
    transit = signature(
        [
            "New York transit officials approved a fare increase that will raise the base fare "
            "by 5%.",
            "Ridership is still 10% below where it was, and the budget gap is 250 million.",
        ]
    )
    assert link_weight(bakery, transit, set()) == 0


def test_an_index_locked_by_another_run_is_an_error_and_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from factcheck.errors import FactcheckError

    corpus = tmp_path / "articles"
    files = write(corpus, ARTICLES)
    location = tmp_path / "index.sqlite3"
    group_paths(files, corpus, location)
    monkeypatch.setattr(index_module, "LOCK_TIMEOUT", 0.2)
    other_run = sqlite3.connect(location)
    other_run.execute("BEGIN IMMEDIATE")  # another run, updating it
    try:
        with pytest.raises(FactcheckError, match="database is locked"):
            group_paths(files, corpus, location)
    finally:
        other_run.rollback()
        other_run.close()
    assert group_paths(files, corpus, location)[1].unchanged == 5  # not deleted, not rebuilt
