"""Corpus entities: joins with their evidence, no join of different people, and splits that last."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from presslens import Analyzer
from presslens.corpus import Store, ingest, merge_entities, queries, split_entity, tables
from presslens.corpus import linking
from presslens.corpus.linking import link_entities
from presslens.corpus.names import name_key, skeleton
from presslens.errors import NotFoundError
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS


@contextmanager
def _corpus_of(texts: dict[str, str], url: str, analyzer: Analyzer, folder: Path) -> Iterator[Connection]:
    """A store holding the short articles ``texts`` (file name -> text), open for queries."""
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    with Store(url) as store:
        ingest(store, [folder / name for name in texts], analyzer)
        with store.connect() as conn:
            yield conn


def test_transliterations_share_a_skeleton() -> None:
    assert skeleton("Mustafa al-Kadhimi") == skeleton("Mustafa al-Kazemi") == skeleton("Mustafa Kadhemi") == ("mstf", "kzm")
    assert skeleton("Qassem Soleimani") == skeleton("Qasem Soleymani")
    assert skeleton("Hadi al-Amiri") != skeleton("Ali al-Amiri")
    assert name_key("the U.S.") == "us" and name_key("Al-Kadhimi") == "al kadhimi"


def test_one_prime_minister_across_four_spellings_and_outlets(corpus: Store) -> None:
    with corpus.connect() as conn:
        profile = queries.entity_profile(conn, "Kadhimi")
    assert profile.id == "mustafa-al-kadhimi" and profile.label == "PERSON"
    assert {"Mustafa al-Kadhimi", "Mustafa al-Kazemi", "Mustafa al-Kadhemi", "al-Kashimi"} <= set(profile.aliases)
    assert {link.article.outlet for link in profile.links} == {"Dispatches", "Levant Post", "Gulf Wire", "Capital Wire"}
    evidence = {link.canonical: link.evidence for link in profile.links}
    assert "transliteration variant" in evidence["Mustafa al-Kazemi"] and "mstf kzm" in evidence["Mustafa al-Kazemi"]
    assert "Qassem Soleimani" in {c.name for c in profile.co_occurring}


def test_acronyms_join_and_namesakes_stay_apart(corpus: Store) -> None:
    with corpus.connect() as conn:
        ircc = queries.entity_profile(conn, "IRCC")
        amiri = {row["id"] for row in queries.find_entities(conn, "al-Amiri")}
    assert ircc.name == "Iraqi Resistance Coordination Commission" and ircc.articles == 3
    assert amiri == {"hadi-al-amiri", "ali-al-amiri"}


def test_a_split_survives_reingest(empty_url: str, analyzer: Analyzer) -> None:
    with Store(empty_url) as store:
        ingest(store, [CORPUS], analyzer)
        with store.connect() as conn:
            assert split_entity(conn, "mustafa-al-kadhimi", ["Mustafa al-Kazemi"]) == ["mustafa-al-kadhimi", "mustafa-al-kazemi"]
        ingest(store, [CORPUS], analyzer)
        with store.connect() as conn:
            kazemi = queries.entity_profile(conn, "mustafa-al-kazemi")
            kadhimi = queries.entity_profile(conn, "mustafa-al-kadhimi")
    assert {link.canonical for link in kazemi.links} == {"Mustafa al-Kazemi"}
    assert "Mustafa al-Kazemi" not in {link.canonical for link in kadhimi.links}


def _linked(conn: Connection) -> tuple[set[tuple[object, ...]], dict[tuple[str, str], str]]:
    """Every corpus entity (its id, attributes and article entities) and each article entity's evidence."""
    e, ce = tables.entities, tables.corpus_entities
    members: dict[str, set[tuple[str, str]]] = defaultdict(set)
    evidence = {}
    for r in conn.execute(select(e.c.article_id, e.c.entity_id, e.c.corpus_entity, e.c.link_evidence)):
        members[r.corpus_entity].add((r.article_id, r.entity_id))
        evidence[(r.article_id, r.entity_id)] = r.link_evidence
    entities = {(*r, frozenset(members[r.id])) for r in conn.execute(select(ce))}
    return entities | {("words", *r) for r in conn.execute(select(tables.corpus_entity_words))}, evidence


def test_articles_linked_as_they_come_make_the_corpus_entities_a_recompute_of_the_whole_corpus_makes(
    empty_url: str, analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "IN_LIST_SIZE", 3)  # what a large corpus asks for in many IN lists, a small one in a few
    monkeypatch.setattr(linking, "RECOMPUTE_SHARE", 1.0)  # each ingest reads only what its entities reach, however much
    texts = {  # each ingested alone, linked with what the store holds; some older than what came before them
        "a.txt": "Barr defends his summary\n\nAttorney General William Barr said on Sunday that the report was complete.",
        "b.txt": "Party money\n\nThe Republican National Committee (RNC) raised $20 million in May, the RNC said on Tuesday.",
        "c.txt": "Published: 2019-03-01\n\nDemocrats press Barr\n\nAttorney General Bill Barr told Congress on Monday that he would testify.",
        "d.txt": "Cleveland ready\n\nThe Republican National Convention (RNC) opened in Cleveland on Monday. The RNC ends on Thursday.",
        "e.txt": "Rules fight\n\nThe Republican National Committee met on Monday. The Republican National Convention opens in July.",
        "f.txt": "Speech today\n\nObama said on Monday that the deal was done.",
        "g.txt": "Published: 2015-06-01\n\nLooking back\n\nBarack Obama said on Wednesday that he would travel, Barr said.",
    }
    with Store(empty_url) as store:
        ingest(store, [SEED], analyzer, published=date(2021, 12, 30))
        for path in sorted(CORPUS.iterdir()):
            ingest(store, [path], analyzer)
        with store.connect() as conn:
            split_entity(conn, "mustafa-al-kadhimi", ["Mustafa al-Kazemi"])
        for name, text in texts.items():
            (tmp_path / name).write_text(text, "utf-8")
            ingest(store, [tmp_path / name], analyzer)
        with store.connect() as conn:
            linked = _linked(conn)
            link_entities(conn)
            assert _linked(conn) == linked
    entities, evidence = linked
    assert any("short form" in why for why in evidence.values()) and any("ends only one full name" in why for why in evidence.values())
    assert {"william-barr", "barack-obama", "mustafa-al-kazemi"} <= {entity[0] for entity in entities}


def test_a_merge_joins_two_names_no_rule_joins_lasts_through_ingests_and_a_split_takes_it_back(
    empty_url: str, analyzer: Analyzer, tmp_path: Path
) -> None:
    texts = {  # a nom de guerre and the name behind it (which the model takes for an organisation's)
        "a.txt": "Bases\n\nThe bases would close, Abu Mahdi al-Muhandis, deputy head of the Popular Mobilization Units, said on Monday.",
        "b.txt": "Advisers\n\nThe advisers would leave, Jamal Jaafar al-Ibrahimi said on Tuesday.",
        "c.txt": "Trainers\n\nThe trainers would stay, Abu Mahdi al-Muhandis told reporters on Friday.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, "utf-8")
    with Store(empty_url) as store:
        ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"], analyzer)
        with store.connect() as conn:
            made = merge_entities(conn, "abu-mahdi-al-muhandis", "jamal-jaafar-al-ibrahimi")  # named by its names, one each so far
            assert {row["id"] for row in queries.find_entities(conn, "al-Ibrahimi") + queries.find_entities(conn, "al-Muhandis")} == {made}
        ingest(store, [tmp_path / "c.txt"], analyzer)
        with store.connect() as conn:
            merged = queries.entity_profile(conn, "abu-mahdi-al-muhandis")
            linked = _linked(conn)
            link_entities(conn)
            assert _linked(conn) == linked
            assert split_entity(conn, "abu-mahdi-al-muhandis", ["Jamal Jaafar al-Ibrahimi"]) == ["abu-mahdi-al-muhandis", "jamal-jaafar-al-ibrahimi"]
            assert conn.execute(select(tables.entity_merges)).all() == []
            with pytest.raises(NotFoundError):
                merge_entities(conn, "abu-mahdi-al-muhandis", "nobody")
    assert merged.articles == 3 and {link.canonical for link in merged.links} == {"Abu Mahdi al-Muhandis", "Jamal Jaafar al-Ibrahimi"}
    evidence = {link.evidence for link in merged.links if link.canonical == "Jamal Jaafar al-Ibrahimi"}
    first = next(link.article.id for link in merged.links if link.article.headline == "Bases")
    assert evidence == {f"joined by a user with 'Abu Mahdi al-Muhandis' (article {first[:12]})"}


def test_a_short_form_of_a_first_name_joins_the_one_person_named_in_full(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    texts = {
        "full.txt": "Barr defends his summary\n\nAttorney General William Barr said on Sunday that the report was complete.",
        "short.txt": "Democrats press Barr\n\nAttorney General Bill Barr told Congress on Monday that he would testify.",
        "other.txt": "A new envoy\n\nPat Smith spoke first. Patricia Smith and Patrick Smith answered her.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        barr = queries.entity_profile(conn, "William Barr")
        smiths = {row["id"] for row in queries.find_entities(conn, "Smith")}
    assert {link.canonical for link in barr.links} == {"William Barr", "Bill Barr"}
    assert "'Bill' is a short form of 'William'" in {link.canonical: link.evidence for link in barr.links}["Bill Barr"]
    assert {"pat-smith", "patricia-smith", "patrick-smith"} <= smiths


def test_middle_initials_and_names_join_and_a_party_tag_is_nobody_s_alias(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    texts = {
        "a.txt": "Hearing set\n\nRep. Adam Schiff (D-CA) said on Monday that the panel would meet. Robert S. Mueller III was not there.",
        "b.txt": "Speaker speaks\n\nSpeaker Nancy Pelosi (D-CA) said on Tuesday that the House would vote.",
        "c.txt": "Panel meets\n\nAdam B. Schiff and Nancy Pelosi met Robert Mueller on Wednesday. Schiff said it went well.",
        "d.txt": "Two presidents\n\nGeorge H. W. Bush wrote to George W. Bush on Friday. George Bush said the letter was kind.",
        "e.txt": "Memoir out\n\nHillary Rodham Clinton said on Thursday that the book was finished.",
        "f.txt": "Campaign trail\n\nHillary Clinton and Bill Clinton spoke in Ohio on Saturday.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        schiff = queries.entity_profile(conn, "Adam Schiff")
        mueller = queries.entity_profile(conn, "Robert Mueller")
        bushes = {row["id"] for row in queries.find_entities(conn, "Bush")}
        hillary = queries.entity_profile(conn, "Hillary Rodham Clinton")
    assert {link.canonical for link in schiff.links} == {"Adam Schiff", "Adam B. Schiff"}  # not Nancy Pelosi, through '(D-CA)'
    assert "D-CA" not in schiff.aliases
    assert {link.canonical for link in mueller.links} == {"Robert S. Mueller III", "Robert Mueller"}
    assert {"george-h-w-bush", "george-w-bush"} <= bushes  # two presidents, whatever 'George Bush' is
    assert {link.canonical for link in hillary.links} == {"Hillary Rodham Clinton", "Hillary Clinton"}


def test_two_bodies_one_article_tells_apart_stay_apart_though_other_articles_give_both_their_acronym(
    empty_url: str, analyzer: Analyzer, tmp_path: Path
) -> None:
    texts = {  # ingested in this order: the article that tells them apart comes last
        "committee.txt": "Party money\n\nThe Republican National Committee (RNC) raised $20 million in May, the RNC said on Tuesday.",
        "convention.txt": "Cleveland ready\n\nThe Republican National Convention (RNC) opened in Cleveland on Monday. The RNC ends on Thursday.",
        "both.txt": "Rules fight\n\nThe Republican National Committee met on Monday. The Republican National Convention opens in July.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        committee = queries.entity_profile(conn, "Republican National Committee")
    assert {link.canonical for link in committee.links} == {"Republican National Committee"}


def test_a_person_most_articles_call_by_surname_is_named_in_full(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    texts = {
        "a.txt": "Speech today\n\nObama said on Monday that the deal was done.",
        "b.txt": "Deal done\n\nObama told reporters on Tuesday that he was pleased.",
        "c.txt": "Looking back\n\nBarack Obama said on Wednesday that he would travel.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        (found,) = [row for row in queries.find_entities(conn, "Obama") if row["label"] == "PERSON"]
    assert found["name"] == "Barack Obama" and found["articles"] == 3


def test_a_father_s_name_after_bin_is_a_surname_only_with_its_bin(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    texts = {
        "a.txt": "Saudi visit\n\nPompeo met Crown Prince Mohammed bin Salman in Riyadh on Tuesday.",
        "b.txt": "Royal denial\n\nSalman said on Wednesday that the kingdom knew nothing of the plot.",
        "c.txt": "Raid anniversary\n\nOsama bin Laden was killed in Abbottabad in 2011.",
        "d.txt": "Couriers\n\nBin Laden said in a letter that the couriers were careful.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        people = {row["name"]: row["articles"] for row in queries.find_entities(conn, "Salman") + queries.find_entities(conn, "Laden")}
    assert people == {"Mohammed bin Salman": 1, "Salman": 1, "Osama bin Laden": 2}


def test_a_department_named_head_first_in_one_article_and_head_last_in_another_is_one_entity(
    empty_url: str, analyzer: Analyzer, tmp_path: Path
) -> None:
    texts = {
        "a.txt": "Appeal filed\n\nThe Department of Justice said on Monday that it would appeal the ruling.",
        "b.txt": "No comment\n\nThe Justice Department declined to comment on Tuesday.",
    }
    with _corpus_of(texts, empty_url, analyzer, tmp_path) as conn:
        justice = queries.entity_profile(conn, "Department of Justice")
    assert {link.canonical for link in justice.links} == {"Department of Justice", "Justice Department"}
