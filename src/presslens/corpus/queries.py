"""Corpus queries: full-text search, quotes by speaker, topic, outlet and period, entity profiles and per-outlet statistics."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, Literal

from sqlalchemy import Connection, String, and_, false, func, literal, literal_column, or_, select, text, true, union_all

from presslens.corpus import tables
from presslens.corpus.names import name_words
from presslens.corpus.results import (
    ArticleFilters,
    ArticlePage,
    ArticleRef,
    CoOccurrence,
    EntityLink,
    EntityProfile,
    Facet,
    GroupStats,
    QuoteFilters,
    QuotePage,
    QuoteRecord,
    SearchHit,
    SourceCount,
    SourcesReport,
    TimelinePoint,
)
from presslens.errors import NotFoundError
from presslens.model import Span

_TERM = re.compile(r'"[^"]+"|[\w][\w.\'’-]*')
a, e, q = tables.articles, tables.entities, tables.quotes

_ARTICLE_COLUMNS = (a.c.id, a.c.headline, a.c.outlet, a.c.published, a.c.url, a.c.source)


def _ref(row: Any) -> ArticleRef:
    return ArticleRef(id=row.id, headline=row.headline, outlet=row.outlet, published=row.published, url=row.url, source=row.source)


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Articles matching every word (or "quoted phrase") of the query, best first."""
    terms = _TERM.findall(query)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + t.strip('"').replace('"', "") + '"' for t in terms)
        rows = conn.execute(
            text(
                "SELECT f.article_id AS fid, snippet(articles_fts, 2, '[', ']', ' … ', 24) AS snippet "
                "FROM articles_fts AS f WHERE articles_fts MATCH :match ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        ).all()
        snippets = {r.fid: r.snippet for r in rows}
        order = [r.fid for r in rows]
    else:
        tsquery = func.websearch_to_tsquery("english", " ".join(terms))
        search_column = literal_column("articles.search")
        rows = conn.execute(
            select(
                a.c.id.label("fid"),
                func.ts_headline(
                    "english", a.c.text, tsquery, "StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter= … "
                ).label("snippet"),
            )
            .where(search_column.op("@@")(tsquery))
            .order_by(func.ts_rank(search_column, tsquery).desc(), a.c.id)
            .limit(limit)
        ).all()
        snippets = {r.fid: r.snippet for r in rows}
        order = [r.fid for r in rows]
    refs = {r.id: _ref(r) for r in conn.execute(select(*_ARTICLE_COLUMNS).where(a.c.id.in_(order)))}
    return [SearchHit(article=refs[i], snippet=" ".join(snippets[i].split())) for i in order if i in refs]


def find_entities(conn: Connection, name: str) -> list[dict[str, Any]]:
    """Corpus entities with id ``name``, else with a name or alias whose words include all of ``name``'s; most mentioned first.

    'Kazemi', 'al-Kazemi' and 'mustafa al kazemi' all find Mustafa al-Kazemi; particles such as 'al' are optional.
    """
    ce = tables.corpus_entities
    exact = conn.execute(select(ce).where(ce.c.id == name)).all()
    if exact:
        return [dict(r._mapping) for r in exact]
    wanted = name_words(name)
    if not wanted:
        return []
    w = tables.corpus_entity_words
    with_every_word = select(w.c.corpus_entity).where(w.c.word.in_(wanted)).group_by(w.c.corpus_entity).having(func.count() == len(wanted))
    found = []
    for row in conn.execute(select(ce).where(ce.c.id.in_(with_every_word)).order_by(ce.c.mentions.desc(), ce.c.id)):
        names = [row.name, *json.loads(row.aliases)]
        if any(wanted <= name_words(alias) for alias in names):
            found.append(dict(row._mapping))
    return found


def quotes_by_speaker(conn: Connection, name: str) -> list[QuoteRecord]:
    """Everything a person or body said across the corpus, in the order it was said or published."""
    return find_quotes(conn, QuoteFilters(speaker=name)).quotes


def find_quotes(conn: Connection, filters: QuoteFilters, limit: int | None = None, offset: int = 0) -> QuotePage:
    """Who said what, when, about whom, in which outlet: the quotes under the filters, in the order they were said or published.

    A speaker or entity name that names nothing in the corpus raises NotFoundError rather than finding nothing,
    so that a misspelt name is not read as silence.
    """
    condition = _quote_condition(conn, filters)
    return QuotePage(total=_count(conn, condition), quotes=_quotes(conn, condition, limit, offset))


def count_quotes(conn: Connection, filters: QuoteFilters) -> int:
    """How many quotes find_quotes would find, all pages together."""
    return _count(conn, _quote_condition(conn, filters))


def _count(conn: Connection, condition: Any) -> int:
    return conn.scalar(select(func.count()).select_from(_QUOTE_SOURCE).where(condition)) or 0


def _quote_condition(conn: Connection, filters: QuoteFilters) -> Any:
    """The filters as one condition over _QUOTE_SOURCE."""
    conditions = []
    if filters.speaker:
        conditions.append(_said_by(_entity_ids(conn, filters.speaker)))
    if filters.about:
        about = _entity_ids(conn, filters.about)
        conditions += [_names_in_words(about), _not_said_by(about)]
    if filters.outlet:
        # 'gulf wire' is Gulf Wire: the outlet's spellings are read off its index, then the articles by it
        spellings = select(a.c.outlet).where(func.lower(a.c.outlet) == filters.outlet.strip().lower()).distinct()
        conditions.append(a.c.outlet.in_(list(conn.scalars(spellings))))
    when = func.coalesce(q.c.said_on, a.c.published)
    if filters.since:
        conditions.append(when >= filters.since)
    if filters.until:
        conditions.append(when <= filters.until)
    if filters.kind:
        conditions.append(q.c.kind == filters.kind)
    for term in _TERM.findall(filters.words or ""):
        if term.strip('"'):
            conditions.append(func.lower(q.c.content).contains(term.strip('"').lower(), autoescape=True))
    return and_(true(), *conditions)


def sources(conn: Connection, filters: QuoteFilters, limit: int = 20) -> SourcesReport:
    """Who the quotes under the filters quote, most quoted first: the sources of a corpus, an outlet or a topic.

    Words said together count for each speaker. Speakers the text does not name ('officials', 'a source',
    an unresolved 'he') are counted by the words the text uses, apart from the named ones.
    """
    condition = _quote_condition(conn, filters)
    js, joint = tables.joint_speakers, e.alias("joint")
    said = union_all(
        select(q.c.article_id, q.c.quote_id, a.c.outlet, e.c.corpus_entity.label("who"), func.lower(q.c.speaker_text).label("words"))
        .select_from(_QUOTE_SOURCE)
        .where(condition),
        select(q.c.article_id, q.c.quote_id, a.c.outlet, joint.c.corpus_entity, literal(None, String))
        .select_from(
            _QUOTE_SOURCE.join(js, and_(js.c.article_id == q.c.article_id, js.c.quote_id == q.c.quote_id))
            .join(joint, and_(joint.c.article_id == js.c.article_id, joint.c.entity_id == js.c.entity_id))
        )
        .where(condition, joint.c.corpus_entity.is_not(None)),
    ).subquery()
    counts = (
        func.count().label("quotes"),
        func.count(func.distinct(said.c.article_id)).label("articles"),
        func.count(func.distinct(said.c.outlet)).label("outlets"),
    )
    ce = tables.corpus_entities
    named = conn.execute(
        select(ce.c.id, ce.c.name, ce.c.label, *counts)
        .join(ce, ce.c.id == said.c.who)
        .group_by(ce.c.id, ce.c.name, ce.c.label)
        .order_by(literal_column("quotes").desc(), ce.c.id)
        .limit(limit)
    ).all()
    unnamed = conn.execute(
        select(said.c.words, *counts).where(said.c.who.is_(None)).group_by(said.c.words).order_by(literal_column("quotes").desc(), said.c.words).limit(limit)
    ).all()
    total = _count(conn, condition)
    by_name = _count(conn, and_(condition, e.c.corpus_entity.is_not(None)))
    return SourcesReport(
        quotes=total,
        named_share=round(by_name / total, 3) if total else 0.0,
        named=[SourceCount(speaker=r.name, speaker_entity=r.id, label=r.label, quotes=r.quotes, articles=r.articles, outlets=r.outlets) for r in named],
        unnamed=[SourceCount(speaker=r.words, quotes=r.quotes, articles=r.articles, outlets=r.outlets) for r in unnamed],
    )


def _entity_ids(conn: Connection, name: str) -> list[str]:
    found = find_entities(conn, name)
    if not found:
        raise NotFoundError(f"no entity named '{name}' in the corpus")
    return [f["id"] for f in found]


def _jointly(corpus_ids: list[str]) -> Any:
    """Quotes one of these corpus entities said with their speaker ('Pelosi and Schumer said')."""
    js, other = tables.joint_speakers, e.alias("joint_entity")
    return (
        select(js.c.quote_id)
        .join(other, and_(other.c.article_id == js.c.article_id, other.c.entity_id == js.c.entity_id))
        .where(js.c.article_id == q.c.article_id, js.c.quote_id == q.c.quote_id, other.c.corpus_entity.in_(corpus_ids))
        .exists()
    )


def _said_by(corpus_ids: list[str]) -> Any:
    """Quotes whose speaker, or one of those who spoke with it, is one of these corpus entities."""
    return or_(e.c.corpus_entity.in_(corpus_ids), _jointly(corpus_ids))


def _not_said_by(corpus_ids: list[str]) -> Any:
    """The negation of _said_by, where a quote with no resolved speaker is said by none of them (SQL's NOT IN is NULL there)."""
    return and_(or_(e.c.corpus_entity.is_(None), e.c.corpus_entity.not_in(corpus_ids)), ~_jointly(corpus_ids))


def _names_in_words(corpus_ids: list[str]) -> Any:
    """Quotes whose words hold a mention of one of these corpus entities; only the articles naming them are searched."""
    m, named = tables.mentions, e.alias("named")
    naming = select(named.c.article_id).where(named.c.corpus_entity.in_(corpus_ids))
    held = (
        select(m.c.entity_id)
        .join(named, and_(named.c.article_id == m.c.article_id, named.c.entity_id == m.c.entity_id))
        .where(m.c.article_id == q.c.article_id, m.c.start >= q.c.start, m.c.end <= q.c.end, named.c.corpus_entity.in_(corpus_ids))
        .exists()
    )
    return and_(q.c.article_id.in_(naming), held)


#: A quote, its article and its speaker's entity: what every quote condition is written against.
_QUOTE_SOURCE = q.join(a, a.c.id == q.c.article_id).outerjoin(e, and_(e.c.article_id == q.c.article_id, e.c.entity_id == q.c.speaker_entity))


def iter_quotes(conn: Connection, filters: QuoteFilters, limit: int | None = None) -> Iterator[QuoteRecord]:
    """The quotes of find_quotes, read from the store a chunk at a time, so that an export of any size holds one
    chunk in memory; the connection must stay open while they are read."""
    return _quote_records(conn, _quote_condition(conn, filters), limit)


def iter_quoted_words(conn: Connection) -> Iterator[QuoteRecord]:
    """Every quote that holds someone's own words in quotation marks (direct or mixed) and says that they said
    them (not 'did not say'), in the order of iter_quotes."""
    return _quote_records(conn, and_(q.c.kind.in_(("direct", "mixed")), q.c.negated == false()))


def _quotes(conn: Connection, condition: Any, limit: int | None = None, offset: int = 0) -> list[QuoteRecord]:
    return list(_quote_records(conn, condition, limit, offset))


def _quote_records(conn: Connection, condition: Any, limit: int | None = None, offset: int = 0) -> Iterator[QuoteRecord]:
    ce = tables.corpus_entities
    result = conn.execute(
        select(*_ARTICLE_COLUMNS, q, ce.c.id.label("ce_id"), ce.c.name.label("ce_name"))
        .select_from(_QUOTE_SOURCE.outerjoin(ce, ce.c.id == e.c.corpus_entity))
        .where(condition)
        .order_by(func.coalesce(q.c.said_on, a.c.published), a.c.id, q.c.start)
        .limit(limit)
        .offset(offset)
        .execution_options(yield_per=_CHUNK)
    )
    for rows in result.partitions():
        yield from _records(conn, rows)


#: Quotes read from the store at a time.
_CHUNK = 2000


def _records(conn: Connection, rows: Sequence[Any]) -> Iterator[QuoteRecord]:
    joint = _joint_speakers(conn, {r.id for r in rows})
    return (
        QuoteRecord(
            article=_ref(r),
            quote_id=r.quote_id,
            kind=r.kind,
            speaker=r.ce_name or r.speaker_text,
            speaker_entity=r.ce_id,
            joint_speakers=[name for name, _ in joint.get((r.id, r.quote_id), [])],
            joint_entities=[entity for _, entity in joint.get((r.id, r.quote_id), [])],
            speaker_text=r.speaker_text,
            speaker_via=r.speaker_via,
            cue=r.cue,
            negated=r.negated,
            content=r.content,
            said_on=r.said_on,
            channel=r.channel,
            span=Span(start=r.start, end=r.end),
        )
        for r in rows
    )


def _joint_speakers(conn: Connection, article_ids: set[str]) -> dict[tuple[str, str], list[tuple[str, str | None]]]:
    """(article id, quote id) -> the names and corpus entity ids of those who spoke with the quote's speaker, in order."""
    js, ce = tables.joint_speakers, tables.corpus_entities
    found: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    ids = sorted(article_ids)
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(js.c.article_id, js.c.quote_id, e.c.canonical, ce.c.id.label("ce_id"), ce.c.name.label("ce_name"))
            .join(e, and_(e.c.article_id == js.c.article_id, e.c.entity_id == js.c.entity_id))
            .outerjoin(ce, ce.c.id == e.c.corpus_entity)
            .where(js.c.article_id.in_(ids[start : start + 500]))
            .order_by(js.c.article_id, js.c.quote_id, js.c.seq)
        ).all()
        for r in rows:
            found[(r.article_id, r.quote_id)].append((r.ce_name or r.canonical, r.ce_id))
    return found


def entity_profile(conn: Connection, name: str) -> EntityProfile:
    """A corpus entity: its names and why they were joined, who it appears with, what it said and what was said about it."""
    found = find_entities(conn, name)
    if not found:
        raise NotFoundError(f"no entity named '{name}' in the corpus")
    entity = found[0]
    members = conn.execute(
        select(*_ARTICLE_COLUMNS, e.c.entity_id, e.c.canonical, e.c.mentions, e.c.link_evidence)
        .join(a, a.c.id == e.c.article_id)
        .where(e.c.corpus_entity == entity["id"])
        .order_by(a.c.published, a.c.id)
    ).all()
    links = [
        EntityLink(article=_ref(r), entity_id=r.entity_id, canonical=r.canonical, mentions=r.mentions, evidence=r.link_evidence or "")
        for r in members
    ]
    article_ids = sorted({r.id for r in members})
    other = e.alias("other")
    ce = tables.corpus_entities
    co = conn.execute(
        select(ce.c.id, ce.c.name, ce.c.label, func.count(func.distinct(other.c.article_id)).label("n"))
        .join(ce, ce.c.id == other.c.corpus_entity)
        .where(other.c.article_id.in_(article_ids), other.c.corpus_entity != entity["id"])
        .group_by(ce.c.id, ce.c.name, ce.c.label)
        .order_by(literal_column("n").desc(), ce.c.id)
        .limit(20)
    ).all()
    quotes_by = _quotes(conn, _said_by([entity["id"]]))
    quotes_about = _quotes_about(conn, entity["id"])
    timeline = [
        TimelinePoint(when=r.said_on or r.article.published, kind="said", article=r.article, text=r.content)
        for r in quotes_by
        if (r.said_on or r.article.published) and not r.negated  # 'refused to say' is no statement
    ] + [TimelinePoint(when=link.article.published, kind="mentioned", article=link.article, text=link.canonical) for link in links if link.article.published]
    timeline.sort(key=lambda p: (p.when, p.kind, p.article.id))
    return EntityProfile(
        id=entity["id"],
        name=entity["name"],
        label=entity["label"],
        aliases=json.loads(entity["aliases"]),
        articles=entity["articles"],
        mentions=entity["mentions"],
        links=links,
        co_occurring=[CoOccurrence(entity=r.id, name=r.name, label=r.label, articles=r.n) for r in co],
        quotes_by=quotes_by,
        quotes_about=quotes_about,
        timeline=timeline,
    )


def _quotes_about(conn: Connection, entity_id: str) -> list[QuoteRecord]:
    """Quotes whose words name the entity, said by someone else."""
    return _quotes(conn, and_(_names_in_words([entity_id]), _not_said_by([entity_id])))


def outlets(conn: Connection, limit: int = 200) -> list[Facet]:
    """The outlets of the corpus with their article counts, most articles first: what a filter by outlet offers."""
    count = func.count()
    rows = conn.execute(select(a.c.outlet, count).where(a.c.outlet.is_not(None)).group_by(a.c.outlet).order_by(count.desc(), a.c.outlet).limit(limit))
    return [Facet(value=outlet, label=outlet, count=n) for outlet, n in rows]


def stats(conn: Connection, by: Literal["outlet", "month"] = "outlet") -> list[GroupStats]:
    """Techniques per 1,000 words, the share of unattributed assertions, quotes per article and the share of them by a named
    person or body, per outlet or month."""
    rows = conn.execute(select(a.c.id, a.c.outlet, a.c.published, a.c.words, a.c.sentences, a.c.outlet_sentences)).all()
    quotes_per = dict(conn.execute(select(q.c.article_id, func.count()).group_by(q.c.article_id)).all())
    named_per = dict(
        conn.execute(select(q.c.article_id, func.count()).select_from(_QUOTE_SOURCE).where(e.c.corpus_entity.is_not(None)).group_by(q.c.article_id)).all()
    )
    labels_per: dict[str, Counter[str]] = defaultdict(Counter)
    t = tables.techniques
    for r in conn.execute(select(t.c.article_id, t.c.label, func.count()).group_by(t.c.article_id, t.c.label)):
        labels_per[r[0]][r[1]] += r[2]
    groups: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        key = (r.outlet or "(unknown outlet)") if by == "outlet" else (r.published.strftime("%Y-%m") if r.published else "(undated)")
        groups[key].append(r)
    out = []
    for key, members in sorted(groups.items()):
        words = sum(r.words for r in members)
        sentences = sum(r.sentences for r in members)
        labels: Counter[str] = Counter()
        for r in members:
            labels.update(labels_per.get(r.id, Counter()))
        techniques = sum(labels.values())
        quoted = sum(quotes_per.get(r.id, 0) for r in members)
        out.append(
            GroupStats(
                group=key,
                articles=len(members),
                words=words,
                techniques=techniques,
                techniques_per_1000_words=round(1000 * techniques / words, 2) if words else 0.0,
                unattributed_share=round(sum(r.outlet_sentences for r in members) / sentences, 3) if sentences else 0.0,
                quotes_per_article=round(quoted / len(members), 2),
                named_source_share=round(sum(named_per.get(r.id, 0) for r in members) / quoted, 3) if quoted else 0.0,
                by_label=dict(labels.most_common()),
            )
        )
    return out


def browse(conn: Connection, filters: ArticleFilters, limit: int = 50, offset: int = 0) -> ArticlePage:
    """Articles under the filters, newest first, with facet counts for narrowing further."""
    ids = _filtered_ids(conn, filters)
    condition = a.c.id.in_(ids) if ids is not None else True
    total = conn.scalar(select(func.count()).select_from(a).where(condition)) or 0
    rows = conn.execute(
        select(*_ARTICLE_COLUMNS).where(condition).order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id).limit(limit).offset(offset)
    ).all()
    t, ce = tables.techniques, tables.corpus_entities
    month = func.substr(func.cast(a.c.published, String), 1, 7)
    facets = {
        "outlet": [Facet(value=v, label=v, count=n) for v, n in conn.execute(
            select(a.c.outlet, func.count()).where(condition, a.c.outlet.is_not(None)).group_by(a.c.outlet).order_by(func.count().desc(), a.c.outlet)
        )],
        "month": [Facet(value=v, label=v, count=n) for v, n in conn.execute(
            select(month, func.count()).where(condition, a.c.published.is_not(None)).group_by(month).order_by(month.desc())
        )],
        "technique": [Facet(value=v, label=v.replace("_", " "), count=n) for v, n in conn.execute(
            select(t.c.label, func.count(func.distinct(t.c.article_id))).join(a, a.c.id == t.c.article_id).where(condition)
            .group_by(t.c.label).order_by(func.count(func.distinct(t.c.article_id)).desc(), t.c.label)
        )],
        "entity": [Facet(value=v, label=name, count=n) for v, name, n in conn.execute(
            select(e.c.corpus_entity, ce.c.name, func.count(func.distinct(e.c.article_id)))
            .join(ce, ce.c.id == e.c.corpus_entity).join(a, a.c.id == e.c.article_id).where(condition)
            .group_by(e.c.corpus_entity, ce.c.name).order_by(func.count(func.distinct(e.c.article_id)).desc(), ce.c.name).limit(25)
        )],
    }
    return ArticlePage(total=total, articles=[_ref(r) for r in rows], facets=facets)


def _filtered_ids(conn: Connection, filters: ArticleFilters) -> list[str] | None:
    """Ids of the articles under the filters, or None when nothing filters."""
    conditions = []
    if filters.outlet:
        conditions.append(a.c.outlet == filters.outlet)
    if filters.month:
        year, month = map(int, filters.month.split("-"))
        first = date(year, month, 1)
        conditions.append(a.c.published >= first)
        conditions.append(a.c.published < (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)))
    if filters.technique:
        t = tables.techniques
        conditions.append(a.c.id.in_(select(t.c.article_id).where(t.c.label == filters.technique)))
    if filters.entity:
        conditions.append(a.c.id.in_(select(e.c.article_id).where(e.c.corpus_entity == filters.entity)))
    if filters.q:
        matches = [hit.article.id for hit in search(conn, filters.q, limit=1000)]
        conditions.append(a.c.id.in_(matches))
    if not conditions:
        return None
    return list(conn.scalars(select(a.c.id).where(*conditions)))
