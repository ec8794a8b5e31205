"""Story tracing: the seed and its two edited republications form one story; the variant view names every edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from presslens import Analyzer
from presslens.corpus import Store, date_conflicts, ingest, list_stories, story_view, tables
from presslens.corpus.results import Edit
from presslens.corpus.stories import group_stories
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS


def _edits(edits: list[Edit]) -> set[tuple[str, str | None, str | None]]:
    return {(e.kind, e.first_text, e.text) for e in edits}


def test_republications_form_one_story_first_published_first(corpus: Store) -> None:
    with corpus.connect() as conn:
        (story,) = list_stories(conn)
    assert [a.outlet for a in story.articles] == ["Dispatches", "Levant Post", "Gulf Wire"]
    assert story.first.outlet == "Dispatches"


def test_the_variant_view_names_every_edit(corpus: Store) -> None:
    with corpus.connect() as conn:
        view = story_view(conn, list_stories(conn)[0].id)
    assert "2021-12-30" in view.why_first
    levant, gulf = view.versions
    edits = _edits(levant.edits)
    assert ("reworded", "BAGDHAD", "BAGHDAD") in edits and ("reworded", "Dispatches", "Levant Post") in edits
    glosses = [e.text for e in levant.edits if e.note == "gloss"]
    assert glosses == [", an umbrella of armed groups opposed to the U.S. presence,", ", known in Arabic as Hashd al-Shaabi,"]
    assert sum(1 for e in levant.edits if (e.first_text, e.text) == ("troops", "forces")) == 5
    assert ("reworded", "martyred", "killed") in edits
    assert [(q.kind, q.speaker) for q in levant.quotes if q.kind == "cut"] == [("cut", "Mustafa al-Kadhimi")]
    edits = _edits(gulf.edits)
    assert ("reworded", "a mere", "an") in edits and ("removed", "to us", None) in edits
    assert sum(1 for e in gulf.edits if e.text == "Kazemi") == 3
    assert any(e.kind == "removed" and e.first_text.startswith("Meanwhile, the secretary general") for e in gulf.edits)
    assert sum(1 for q in gulf.quotes if q.kind == "cut" and q.speaker == "Hadi al-Amiri") == 4


def test_an_event_dated_differently_across_articles_is_reported(corpus: Store) -> None:
    with corpus.connect() as conn:
        conflicts = date_conflicts(conn)
    pairs = {(c.first.article.outlet, c.first.when, c.first.derived, c.second.article.outlet, c.second.when) for c in conflicts}
    assert ("Dispatches", "2020-01-01", True, "Capital Wire", "2020-01-03") in pairs
    assert ("Dispatches", "2020-01-03", False, "Capital Wire", "2020-01-05") in pairs
    soleimani = next(c for c in conflicts if c.first.derived and c.first.article.outlet == "Dispatches")
    assert "Qassem Soleimani" in soleimani.shared_entities and "assassination" in soleimani.shared_words


def test_one_shared_word_or_a_link_makes_no_event_of_two_dated_sentences(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    texts = {
        "referendum.txt": "Britain votes\n\nOn June 23, 2016, the UK voted in a referendum to leave the European Union.",
        "countdown.txt": "Brexit countdown\n\nNow the committed date when Britain will leave the European Union is March 29, 2019.",
        "posts.txt": "Posts\n\nPort plans https://t.co/Y6TKLTGGPy — Breitbart London (@BreitbartLondon) January 4, 2019\n\n"
        "Vote again https://t.co/WqOys2SpFn — Breitbart London (@BreitbartLondon) January 6, 2019",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(empty_url) as store:
        ingest(store, [tmp_path], analyzer)
        with store.connect() as conn:
            assert date_conflicts(conn) == []


def test_a_story_grows_as_its_versions_come_and_is_the_one_a_regrouping_of_the_whole_corpus_finds(empty_url: str, analyzer: Analyzer) -> None:
    with Store(empty_url) as store:
        for path in sorted(CORPUS.iterdir(), reverse=True):  # the republications first, each ingested alone; the seed, first published, last
            ingest(store, [path], analyzer)
        with store.connect() as conn:
            (before,) = list_stories(conn)
        ingest(store, [SEED], analyzer, published=date(2021, 12, 30))
        with store.connect() as conn:
            grown = sorted(conn.execute(select(tables.stories)).all())
            (story,) = list_stories(conn)
            assert group_stories(conn, everything=True) == 1
            assert sorted(conn.execute(select(tables.stories)).all()) == grown
    assert [a.outlet for a in before.articles] == ["Levant Post", "Gulf Wire"]
    assert [a.outlet for a in story.articles] == ["Dispatches", "Levant Post", "Gulf Wire"] and story.id == f"story-{story.first.id[:12]}"


def test_an_article_like_one_version_of_a_story_joins_all_of_it(
    empty_url: str, analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "IN_LIST_SIZE", 2)  # what a large corpus asks for in many IN lists, a small one in a few
    part = {name: " ".join(f"{name}{i}" for i in range(60)) + "." for name in ("x", "y", "z", "p", "q")}
    texts = {  # a and b share x and y, a and c share y and z: b and c, a fifth alike, are one story through a alone
        "a.txt": f"Version A\n\n{part['x']} {part['y']} {part['z']}",
        "b.txt": f"Version B\n\n{part['x']} {part['y']} {part['p']}",
        "c.txt": f"Version C\n\n{part['y']} {part['z']} {part['q']}",
    }
    with Store(empty_url) as store:
        for name, text in texts.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            ingest(store, [tmp_path / name], analyzer)
        with store.connect() as conn:
            (story,) = list_stories(conn)
            grown = sorted(conn.execute(select(tables.stories)).all())
            group_stories(conn, everything=True)
            assert sorted(conn.execute(select(tables.stories)).all()) == grown
    assert [a.headline for a in story.articles] == ["Version A", "Version B", "Version C"]
