"""Search, quotes by speaker and other filters, entity profiles and statistics, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection

from presslens import Analyzer
from presslens.corpus import Store, ingest, queries
from presslens.corpus.results import QuoteFilters
from presslens.errors import NotFoundError


def test_full_text_search_finds_words_and_phrases(corpus: Store) -> None:
    with corpus.connect() as conn:
        drone = queries.search(conn, '"Baghdad International Airport" drone')
        budget = queries.search(conn, "budget salaries")
        nothing = queries.search(conn, "zeppelin")
        odd = queries.search(conn, 'U.S. "unclosed OR (')
    assert [h.article.outlet for h in drone] == ["Capital Wire"] and "[drone]" in drone[0].snippet.lower()
    assert [h.article.headline for h in budget] == ["Iraq's cabinet approves draft budget"]
    assert nothing == [] and isinstance(odd, list)


def test_quotes_by_a_body_across_outlets_with_dates(corpus: Store) -> None:
    with corpus.connect() as conn:
        records = queries.quotes_by_speaker(conn, "IRCC")
    outlets = {r.article.outlet for r in records}
    assert outlets == {"Dispatches", "Levant Post", "Gulf Wire"}
    assert {r.said_on for r in records if r.kind == "direct" and r.content.startswith("It becomes clearer")} == {date(2021, 12, 28)}
    assert all(r.speaker == "Iraqi Resistance Coordination Commission" for r in records)


def test_quotes_about_an_entity_are_by_others(corpus: Store) -> None:
    with corpus.connect() as conn:
        profile = queries.entity_profile(conn, "United States")
    assert profile.quotes_about and all(q.speaker_entity != profile.id for q in profile.quotes_about)
    assert [p.when for p in profile.timeline] == sorted(p.when for p in profile.timeline)


def test_quotes_found_by_entity_named_period_outlet_kind_and_words(corpus: Store) -> None:
    with corpus.connect() as conn:
        about = queries.find_quotes(conn, QuoteFilters(about="United States"))
        profile = queries.entity_profile(conn, "United States")
        kadhimi = queries.find_quotes(conn, QuoteFilters(speaker="al-Kadhimi", since=date(2021, 12, 29), until=date(2021, 12, 30)))
        direct = queries.find_quotes(conn, QuoteFilters(outlet="Gulf Wire", kind="direct"))
        lowercase = queries.find_quotes(conn, QuoteFilters(outlet=" gulf wire", kind="direct"))
        outlets = queries.outlets(conn)
        phrase = queries.find_quotes(conn, QuoteFilters(words='"COMBAT mission" Iraq'))
        wildcard = queries.find_quotes(conn, QuoteFilters(words="100%_"))
        everything = queries.find_quotes(conn, QuoteFilters())
        second_page = queries.find_quotes(conn, QuoteFilters(), limit=5, offset=5)
    assert about.total == len(about.quotes) > 0 and about.quotes == profile.quotes_about
    assert {q.speaker for q in kadhimi.quotes} == {"Mustafa al-Kadhimi"}
    assert all(date(2021, 12, 29) <= (q.said_on or q.article.published) <= date(2021, 12, 30) for q in kadhimi.quotes)
    assert direct.quotes and {(q.article.outlet, q.kind) for q in direct.quotes} == {("Gulf Wire", "direct")} and lowercase == direct
    assert [(o.value, o.count) for o in outlets] == [("Capital Wire", 2), ("Dispatches", 1), ("Gulf Wire", 1), ("Levant Post", 1)]
    assert phrase.quotes and all("combat mission" in q.content.lower() and "iraq" in q.content.lower() for q in phrase.quotes)
    assert wildcard.total == 0
    assert second_page.total == everything.total and second_page.quotes == everything.quotes[5:10]


def test_quotes_streamed_a_chunk_at_a_time_are_the_quotes_found(corpus: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "_CHUNK", 4)  # the joint speakers of each chunk are read while the rest waits
    with corpus.read() as conn:
        streamed = list(queries.iter_quotes(conn, QuoteFilters(about="Iraq")))
        found = queries.find_quotes(conn, QuoteFilters(about="Iraq"))
        first = list(queries.iter_quotes(conn, QuoteFilters(), limit=6))
        assert queries.count_quotes(conn, QuoteFilters(about="Iraq")) == found.total == len(streamed) > 4
    assert streamed == found.quotes and len(first) == 6


def test_a_name_the_corpus_does_not_hold_is_an_error_not_silence(corpus: Store) -> None:
    with corpus.connect() as conn, pytest.raises(NotFoundError, match="no entity named 'Atlantis'"):
        queries.find_quotes(conn, QuoteFilters(about="Atlantis"))
    with pytest.raises(ValueError, match="is after until"):
        QuoteFilters(since=date(2022, 1, 2), until=date(2022, 1, 1))
    assert QuoteFilters(speaker=" ", since="", kind="") == QuoteFilters()  # type: ignore[arg-type]


@contextmanager
def _one_article(url: str, analyzer: Analyzer, folder: Path, text: str) -> Iterator[Connection]:
    """A store holding one article of the text, published 2021-03-10, open for queries."""
    source = folder / "article.txt"
    source.write_text(text + "\n", encoding="utf-8")
    with Store(url) as store:
        ingest(store, [source], analyzer, published=date(2021, 3, 10))
        with store.read() as conn:
            yield conn


def test_what_a_speaker_refused_to_say_is_marked_and_left_off_the_timeline(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    text = "Senator Maria Lopez refused to say on Monday whether she would run. Lopez said the budget was a disgrace."
    with _one_article(empty_url, analyzer, tmp_path, text) as conn:
        records = queries.quotes_by_speaker(conn, "Maria Lopez")
        profile = queries.entity_profile(conn, "Maria Lopez")
    assert [(r.cue, r.negated) for r in records] == [("refused to say", True), ("said", False)]
    assert [(p.kind, p.text) for p in profile.timeline if p.kind == "said"] == [("said", "the budget was a disgrace")]


def test_words_said_together_are_each_speaker_s(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    text = "Nancy Pelosi and Charles Schumer said on Monday that the report must be public. Pelosi said the vote would come soon."
    with _one_article(empty_url, analyzer, tmp_path, text) as conn:
        schumer = queries.quotes_by_speaker(conn, "Charles Schumer")
        pelosi = queries.entity_profile(conn, "Nancy Pelosi")
    assert [(r.speaker, r.joint_speakers, r.content) for r in schumer] == [("Nancy Pelosi", ["Charles Schumer"], "that the report must be public")]
    assert [r.joint_speakers for r in pelosi.quotes_by] == [["Charles Schumer"], []] and pelosi.quotes_about == []


def test_sources_count_each_speaker_of_words_said_together_and_keep_unnamed_ones_apart(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    text = (
        "Nancy Pelosi and Charles Schumer said on Monday that the report must be public. Pelosi said the vote would come soon. "
        "Officials said the vote was delayed."
    )
    with _one_article(empty_url, analyzer, tmp_path, text) as conn:
        report = queries.sources(conn, QuoteFilters())
        about = queries.sources(conn, QuoteFilters(words="report"))
        outlet = queries.stats(conn, "outlet")
    assert [(c.speaker, c.label, c.quotes, c.articles) for c in report.named] == [("Nancy Pelosi", "PERSON", 2, 1), ("Charles Schumer", "PERSON", 1, 1)]
    assert [(c.speaker, c.speaker_entity, c.quotes) for c in report.unnamed] == [("officials", None, 1)]
    assert report.quotes == 3 and report.named_share == round(2 / 3, 3) == outlet[0].named_source_share
    assert sorted(c.speaker for c in about.named) == ["Charles Schumer", "Nancy Pelosi"] and about.unnamed == [] and about.named_share == 1.0


def test_unknown_names_raise_not_found(corpus: Store) -> None:
    with corpus.connect() as conn, pytest.raises(NotFoundError):
        queries.quotes_by_speaker(conn, "Nobody McNoname")


def test_stats_by_outlet_and_month(corpus: Store) -> None:
    with corpus.connect() as conn:
        by_outlet = {g.group: g for g in queries.stats(conn, "outlet")}
        by_month = {g.group for g in queries.stats(conn, "month")}
    assert set(by_outlet) == {"Capital Wire", "Dispatches", "Gulf Wire", "Levant Post"}
    seed = by_outlet["Dispatches"]
    assert seed.articles == 1 and seed.quotes_per_article == 15 and seed.named_source_share == 1.0
    assert seed.techniques_per_1000_words == round(1000 * seed.techniques / seed.words, 2)
    assert 0 < seed.unattributed_share < 1
    assert by_month == {"2021-12", "2022-01"}
