"""Cross-article consistency: the same event dated differently in different articles.

Two dated events (timeline entries of kind event or derived, at day precision) are taken
for the same event when their sentences share a corpus entity and two content words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select

from presslens.corpus import tables
from presslens.corpus.results import ArticleRef, DateConflict, DatedEvent
from presslens.model import Analysis, Span

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"[A-Za-z]+")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
#: Shared entities plus shared words needed, at least one entity, for two sentences to tell one event.
MIN_SHARED = 3
#: Content words two sentences must share: one ('leave') is no event ('the UK voted to leave' on one day,
#: 'Britain will leave' on another).
MIN_SHARED_WORDS = 2
#: Links and handles in embedded posts: no words of the event.
_LINK = re.compile(r"https?://\S+|\bt\.co/\S+|@\w+")
#: Words are compared by their first letters, so 'assassination' meets 'assassinated'.
STEM_LETTERS = 5


@dataclass
class _Event:
    event: DatedEvent
    entities: set[str]
    stems: dict[str, str]


def date_conflicts(conn: Connection) -> list[DateConflict]:
    """Pairs of articles that date one event differently, with the shared entities and words that tie them."""
    a, e = tables.articles, tables.entities
    corpus_ids: dict[tuple[str, str], str] = {
        (r.article_id, r.entity_id): r.corpus_entity for r in conn.execute(select(e.c.article_id, e.c.entity_id, e.c.corpus_entity))
    }
    names = dict(conn.execute(select(tables.corpus_entities.c.id, tables.corpus_entities.c.name)).all())
    events: list[_Event] = []
    for row in conn.execute(select(a.c.id, a.c.headline, a.c.outlet, a.c.published, a.c.url, a.c.source, a.c.analysis).order_by(a.c.published, a.c.id)):
        ref = ArticleRef(id=row.id, headline=row.headline, outlet=row.outlet, published=row.published, url=row.url, source=row.source)
        events += _events(Analysis.model_validate_json(row.analysis), ref, corpus_ids)
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        for entity in event.entities:
            by_entity[entity].append(i)
    conflicts, seen = [], set()
    for indices in by_entity.values():
        for x in indices:
            for y in indices:
                first, second = events[x], events[y]
                if x >= y or (x, y) in seen or first.event.article.id == second.event.article.id:
                    continue
                if first.event.when == second.event.when:
                    continue
                shared_words = {first.stems[stem] for stem in first.stems.keys() & second.stems.keys()}
                if len(shared_words) < MIN_SHARED_WORDS or len(shared_words) + len(first.entities & second.entities) < MIN_SHARED:
                    continue
                seen.add((x, y))
                shared = sorted(names.get(i, i) for i in first.entities & second.entities)
                conflicts.append(
                    DateConflict(
                        first=first.event,
                        second=second.event,
                        shared_entities=shared,
                        shared_words=sorted(shared_words),
                        why=f"both sentences name {', '.join(shared)} and share the word(s) {', '.join(sorted(shared_words))}, "
                        f"but one dates the event {first.event.when} and the other {second.event.when}",
                    )
                )
    return conflicts


def _events(analysis: Analysis, ref: ArticleRef, corpus_ids: dict[tuple[str, str], str]) -> list[_Event]:
    out = []
    for entry in analysis.timeline:
        if entry.kind not in ("event", "derived") or not _DAY.match(entry.when):
            continue
        anchor = entry.date_span or entry.span
        sentence = next((s for s in analysis.sentences if s.start <= anchor.start < s.end), entry.span)
        mentions = [
            (m, entity.id) for entity in analysis.entities for m in entity.mentions if sentence.start <= m.start and m.end <= sentence.end
        ]
        entities = {corpus_ids[(ref.id, eid)] for _, eid in mentions if corpus_ids.get((ref.id, eid))}
        if not entities:
            continue
        words = _content_words(analysis.article.text, sentence, [m for m, _ in mentions] + [t for t in analysis.timexes])
        out.append(
            _Event(
                event=DatedEvent(article=ref, when=entry.when, sentence=analysis.text_of(sentence), derived=entry.kind == "derived"),
                entities=entities,
                stems={w[:STEM_LETTERS]: w for w in sorted(words)},
            )
        )
    return out


def _content_words(text: str, sentence: Span, masked: list[Span]) -> set[str]:
    """Words of the sentence outside names and dates, without stop words or short words."""
    # imports spaCy: only when conflicts are looked for
    from spacy.lang.en.stop_words import STOP_WORDS

    links = [Span(start=m.start(), end=m.end()) for m in _LINK.finditer(text, sentence.start, sentence.end)]
    words = set()
    for match in _WORD.finditer(text, sentence.start, sentence.end):
        if any(s.start <= match.start() < s.end for s in [*masked, *links]):
            continue
        word = match.group().lower()
        if len(word) >= STEM_LETTERS and word not in STOP_WORDS and word not in _MONTHS:
            words.add(word)
    return words
