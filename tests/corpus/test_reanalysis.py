"""Reanalysis: outdated analyses replaced in place, whole or not at all, resumable, on both backends."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from presslens import Analyzer
from presslens.corpus import Store, ingest, queries, reanalyze, tables
from presslens.model import Analysis, Article
from tests.corpus.conftest import CORPUS

a = tables.articles


def _outdate(store: Store, *outlets: str) -> None:
    """Make the analyses of these outlets' articles look as if an older schema had made them, with a quote lost."""
    with store.connect() as conn:
        ids = list(conn.scalars(select(a.c.id).where(a.c.outlet.in_(outlets))))
        conn.execute(a.update().where(a.c.id.in_(ids)).values(schema_version="1.0"))
        conn.execute(tables.quotes.delete().where(tables.quotes.c.article_id.in_(ids), tables.quotes.c.quote_id == "Q1"))


def _snapshot(store: Store) -> tuple[dict[str, int], dict[str, object]]:
    with store.read() as conn:
        return store.counts(), dict(conn.execute(select(a.c.id, a.c.ingested_at)).all())


def test_outdated_analyses_are_replaced_whole_and_a_rerun_finds_nothing_left(empty_url: str, analyzer: Analyzer) -> None:
    with Store(empty_url) as store:
        ingest(store, [CORPUS], analyzer)
        counts, ingested = _snapshot(store)
        _outdate(store, "Gulf Wire", "Levant Post")
        assert store.count_outdated(analyzer.generator) == 2 and store.count_outdated(analyzer.generator, everything=True) == 4
        done: list[tuple[str, str]] = []
        report = reanalyze(store, analyzer, progress=lambda article_id, outcome: done.append((article_id, outcome)))
        assert report.reanalysed == 2 and report.failed == [] and [o for _, o in done] == ["reanalysed"] * 2
        assert _snapshot(store) == (counts, ingested)  # every row back, first ingest times kept
        assert reanalyze(store, analyzer).reanalysed == 0
        with store.read() as conn:
            assert len(queries.search(conn, "Popular Mobilization")) == len({h.article.id for h in queries.search(conn, "Popular Mobilization")})
            assert queries.quotes_by_speaker(conn, "IRCC")


def test_an_article_whose_new_analysis_fails_keeps_its_old_one(empty_url: str, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(empty_url) as store:
        ingest(store, [CORPUS], analyzer)
        _outdate(store, "Gulf Wire", "Levant Post")
        with store.read() as conn:
            gulf = conn.scalar(select(a.c.id).where(a.c.outlet == "Gulf Wire"))
        analyze = analyzer.analyze

        def failing(article: Article) -> Analysis:
            if article.id == gulf:
                raise RuntimeError("a parser bug")
            return analyze(article)

        monkeypatch.setattr(analyzer, "analyze", failing)
        report = reanalyze(store, analyzer)
        assert report.reanalysed == 1 and len(report.failed) == 1
        assert report.failed[0].startswith(f"article {gulf[:12]}: [E106] ") and report.failed[0].endswith("analysis failed: RuntimeError: a parser bug")
        with store.read() as conn:
            assert conn.scalar(select(a.c.schema_version).where(a.c.id == gulf)) == "1.0"
        assert store.count_outdated(analyzer.generator) == 1  # a rerun tries it again


def test_a_run_stopped_half_way_is_finished_by_the_next(empty_url: str, analyzer: Analyzer) -> None:
    with Store(empty_url) as store:
        ingest(store, [CORPUS], analyzer)
        counts, _ = _snapshot(store)
        _outdate(store, "Capital Wire", "Gulf Wire", "Levant Post")

        def stop(_article_id: str, _outcome: str) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            reanalyze(store, analyzer, progress=stop)
        assert store.count_outdated(analyzer.generator) == 3
        assert reanalyze(store, analyzer).reanalysed == 3
        assert store.count_outdated(analyzer.generator) == 0 and store.counts() == counts


def test_an_analysis_an_older_schema_wrote_is_redone_from_its_article_and_an_unreadable_one_is_reported(empty_url: str, analyzer: Analyzer) -> None:
    with Store(empty_url) as store:
        ingest(store, [CORPUS], analyzer)
        counts, _ = _snapshot(store)
        with store.connect() as conn:
            gulf, levant = (conn.scalar(select(a.c.id).where(a.c.outlet == outlet)) for outlet in ("Gulf Wire", "Levant Post"))
            old = json.loads(conn.scalar(select(a.c.analysis).where(a.c.id == gulf)))
            old["quotes"] = "a field an older schema wrote otherwise"
            conn.execute(a.update().where(a.c.id == gulf).values(analysis=json.dumps(old), schema_version="1.0"))
            conn.execute(a.update().where(a.c.id == levant).values(analysis="{not json", schema_version="1.0"))
        report = reanalyze(store, analyzer)
        assert report.reanalysed == 1 and len(report.failed) == 1 and report.failed[0].startswith(f"article {levant[:12]}: [E300] the stored article")
        assert store.analysis(gulf) is not None and store.count_outdated(analyzer.generator) == 1 and store.counts() == counts
