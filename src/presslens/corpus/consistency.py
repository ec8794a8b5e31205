"""Cross-article consistency: the same event dated differently, the same words given to different speakers or
said on different days.

Two dated events (timeline entries of kind event or derived, at day precision) are taken
for the same event when their sentences share a corpus entity and two content words.
Two quotes hold the same words when they share a run of SHARED_RUN words, whatever the
punctuation and case; quotes joined by such runs are versions of one quote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pydantic import BaseModel
from sqlalchemy import Connection, select

from presslens.corpus import queries, tables
from presslens.corpus.names import name_words
from presslens.corpus.results import ArticleRef, Conflicts, DateConflict, DatedEvent, QuoteRecord, SaidOnConflict, SpeakerConflict
from presslens.model import Entity, Span, TimelineEntry, Timex

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
#: Words in a row two quotes must share to be versions of one quote: fewer would join set phrases
#: ('the United States of America'), and a cut or a changed word still leaves such a run in a long quote.
SHARED_RUN = 8
#: Speaker routes that name the speaker in the words the quote hangs on.
_NAMING = {"named", "apposition", "representative"}
_QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class _Text(BaseModel):
    text: str


class _Dating(BaseModel):
    """What dating events needs of a stored analysis: read alone, it parses about twice as fast as the whole."""

    article: _Text
    sentences: list[Span]
    entities: list[Entity]
    timexes: list[Timex]
    timeline: list[TimelineEntry]


@dataclass
class _Event:
    event: DatedEvent
    entities: set[str]
    stems: dict[str, str]


def find_conflicts(conn: Connection) -> Conflicts:
    """Everything the articles of the corpus tell differently: dates of one event, speakers of the same words, the
    days the same words were said."""
    versions = _versions(list(queries.iter_quoted_words(conn)))
    return Conflicts(dates=date_conflicts(conn), speakers=_speaker_conflicts(versions), said_on=_said_on_conflicts(versions))


def date_conflicts(conn: Connection) -> list[DateConflict]:
    """Pairs of articles that date one event differently, with the shared entities and words that tie them."""
    a, e, t = tables.articles, tables.entities, tables.timexes
    dated = select(t.c.article_id).where(t.c.value.like("____-__-__%"))  # an event is dated to a day, and so is what a derived date counts from
    corpus_ids: dict[tuple[str, str], str] = {
        (r.article_id, r.entity_id): r.corpus_entity
        for r in conn.execute(select(e.c.article_id, e.c.entity_id, e.c.corpus_entity).where(e.c.article_id.in_(dated)))
    }
    names = dict(conn.execute(select(tables.corpus_entities.c.id, tables.corpus_entities.c.name)).all())
    events: list[_Event] = []
    query = select(a.c.id, a.c.headline, a.c.outlet, a.c.published, a.c.url, a.c.source, a.c.analysis).where(a.c.id.in_(dated))
    for row in conn.execute(query.order_by(a.c.published, a.c.id)):
        ref = ArticleRef(id=row.id, headline=row.headline, outlet=row.outlet, published=row.published, url=row.url, source=row.source)
        events += _events(_Dating.model_validate_json(row.analysis), ref, corpus_ids)
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


def _events(analysis: _Dating, ref: ArticleRef, corpus_ids: dict[tuple[str, str], str]) -> list[_Event]:
    out = []
    for entry in analysis.timeline:
        if entry.kind not in ("event", "derived") or not _DAY.match(entry.when):
            continue
        anchor = entry.date_span or entry.span
        sentence = next((s for s in analysis.sentences if s.start <= anchor.start < s.end), entry.span)
        if entry.date_span is not None and _cited(analysis.article.text, entry.date_span, sentence):
            continue
        mentions = [
            (m, entity.id) for entity in analysis.entities for m in entity.mentions if sentence.start <= m.start and m.end <= sentence.end
        ]
        entities = {corpus_ids[(ref.id, eid)] for _, eid in mentions if corpus_ids.get((ref.id, eid))}
        if not entities:
            continue
        words = _content_words(analysis.article.text, sentence, [m for m, _ in mentions] + [t for t in analysis.timexes])
        out.append(
            _Event(
                event=DatedEvent(article=ref, when=entry.when, sentence=sentence.text_in(analysis.article.text), derived=entry.kind == "derived"),
                entities=entities,
                stems={w[:STEM_LETTERS]: w for w in sorted(words)},
            )
        )
    return out


def _cited(text: str, date: Span, sentence: Span) -> bool:
    """Whether the date closes a citation, set off by a comma at the end of its line: 'U.S. Judge Frees Indonesian
    Immigrant, by Nate Raymond, Reuters, November 1, 2017]' dates a story, not an event, and two stories cited with
    their dates tell no event twice."""
    return text[max(0, date.start - 2) : date.start] == ", " and not text[date.end : sentence.end].strip(" .;)]”\"'’\n")


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


def speaker_conflicts(conn: Connection) -> list[SpeakerConflict]:
    """Quotes whose words other articles give to someone else: a misattribution, a speaker quoting another, or a
    speaker resolved wrongly; each version shows how its speaker was found (named, a pronoun, a role...)."""
    return _speaker_conflicts(_versions(list(queries.iter_quoted_words(conn))))


def _speaker_conflicts(versions: list[list[QuoteRecord]]) -> list[SpeakerConflict]:
    conflicts = []
    for group in versions:
        resolved = [r for r in group if r.speaker_entity]
        if _disagree(resolved):
            conflicts.append(_conflict(resolved))
    return sorted(conflicts, key=lambda c: not c.all_named)


def said_on_conflicts(conn: Connection) -> list[SaidOnConflict]:
    """Quotes whose words other articles give to the same speaker on another day, both as their texts date them
    ('told a news conference on Thursday' in one, 'on Friday' in the other): a wrong day, or words said twice."""
    return _said_on_conflicts(_versions(list(queries.iter_quoted_words(conn))))


def _said_on_conflicts(versions: list[list[QuoteRecord]]) -> list[SaidOnConflict]:
    conflicts = []
    for group in versions:
        dated = [r for r in group if r.said_on is not None and r.speaker_entity]
        if not dated:
            continue
        agreeing = [r for r in dated if _agree(r, dated[0])]
        days = sorted({r.said_on for r in agreeing if r.said_on is not None})
        if len(days) < 2 or len({r.article.id for r in agreeing}) < 2:
            continue
        by_day = [f"{day} in {len({r.article.id for r in agreeing if r.said_on == day})} article(s)" for day in days]
        speaker = agreeing[0].speaker or "?"
        conflicts.append(
            SaidOnConflict(
                words=agreeing[0].content, speaker=speaker, versions=sorted(agreeing, key=lambda r: r.said_on or days[0]), days=days,
                why=f"the same words (at least {SHARED_RUN} in a row) of {speaker} are dated {'; '.join(by_day)}",
            )
        )
    return conflicts


def _versions(quotes: list[QuoteRecord]) -> list[list[QuoteRecord]]:
    """Groups of quotes joined by shared runs of words, each group in the order of `quotes`."""
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_holder: dict[tuple[str, ...], int] = {}
    for i, record in enumerate(quotes):
        words = [w.lower() for w in _QUOTE_WORD.findall(record.content)]
        for k in range(len(words) - SHARED_RUN + 1):
            holder = first_holder.setdefault(tuple(words[k : k + SHARED_RUN]), i)
            parent[root(i)] = root(holder)
    groups: dict[int, list[QuoteRecord]] = defaultdict(list)
    for i, record in enumerate(quotes):
        groups[root(i)].append(record)
    return [group for group in groups.values() if len({r.article.id for r in group}) > 1]


def _disagree(versions: list[QuoteRecord]) -> bool:
    """Two articles give the words to speakers none of whom is in the other's ('Pelosi' and 'Pelosi and Schumer' agree)."""
    return any(a.article.id != b.article.id and not _agree(a, b) for i, a in enumerate(versions) for b in versions[i + 1 :])


def _agree(a: QuoteRecord, b: QuoteRecord) -> bool:
    """One speaker in both, by corpus entity or by a name whose words the other's hold ('Lew' and 'Jack Lew', which the
    corpus may keep apart when another Lew is named)."""
    if {a.speaker_entity, *a.joint_entities} & {b.speaker_entity, *b.joint_entities} - {None}:
        return True
    names_a = [name_words(n) for n in (a.speaker, *a.joint_speakers) if n]
    names_b = [name_words(n) for n in (b.speaker, *b.joint_speakers) if n]
    return any(x and y and (x <= y or y <= x) for x in names_a for y in names_b)


def _conflict(versions: list[QuoteRecord]) -> SpeakerConflict:
    by_speaker: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in versions:
        by_speaker[" and ".join([record.speaker or "?", *record.joint_speakers])].append(record)
    told = [
        f"to {name} in {len({r.article.id for r in records})} article(s) ({', '.join(sorted({_route(r) for r in records}))})"
        for name, records in by_speaker.items()
    ]
    return SpeakerConflict(
        words=versions[0].content,
        versions=versions,
        speakers=list(by_speaker),
        all_named=all(any(r.speaker_via in _NAMING for r in records) for records in by_speaker.values()),
        why=f"the same words (at least {SHARED_RUN} in a row) are given {'; '.join(told)}",
    )


def _route(record: QuoteRecord) -> str:
    """How a version names its speaker: 'named “Barr”', 'the pronoun “he”'."""
    words = f"“{record.speaker_text}”" if record.speaker_text else "no words"
    return {"named": f"named {words}", "pronoun": f"the pronoun {words}", "role": f"the role {words}"}.get(
        record.speaker_via or "", f"{record.speaker_via or 'found'} from {words}"
    )
