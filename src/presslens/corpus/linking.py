"""Cross-article entities: each article's entity clusters joined into corpus entities, with the evidence for each join.

Joins, strongest first, only within one family (people, organisations, places, groups):
  1. the same name key ('al-Kadhimi' = 'Al Kadhimi'), or a shared alias or acronym ('IRCC') unless one
     article names both entities apart (a place's alias of three letters or fewer joins nothing: 'La.', 'L.A.'),
     or two names that spell one acronym are two bodies in some article ('RNC': the Republican National
     Committee and Convention are never joined, through their acronym or any other alias);
  2. for people, the same consonant skeleton of a full name (Kadhimi / Kazemi / Kadhemi);
  3. a person named with a short form of a first name joins the one person named with its full form and
     the same other names ('Bill Barr', 'William Barr');
  4. a person named with middle initials or a numeral joins the same name without them, when no other
     initials go with that name ('Donald J. Trump', 'Donald Trump'; not 'George H. W. Bush' and 'George W. Bush');
  5. a person named by surname alone joins the one full name in the corpus that ends with it (a father's
     name after 'bin' only when written with it: 'bin Laden' is Osama bin Laden, 'Salman' not Mohammed bin Salman).
A user's split is a cannot-link between name keys: no join ever puts them in one corpus entity again. A user's
merge is a must-link between name keys, applied after the rules: the entities named so are one, whatever
the rules found (a split of them later takes the merge back).

Every rule joins two entities only through something both have (a name key, an alias, a skeleton, a surname),
stored for each article entity as its link keys (``entity_link_keys``). So an ingest links its new entities
by reading only the entities its own reach through shared keys, and recomputing only the corpus entities
they belong to: the same corpus entities as a recompute of the whole corpus, read from a fraction of it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, bindparam, func, insert, or_, select, tuple_

from presslens.corpus import tables
from presslens.corpus.names import family, is_acronym, name_key, name_words, skeleton
from presslens.errors import NotFoundError, StoreError
from presslens.names import PATRONYMICS, NameParts, head_last, initials, name_parts, one_person, one_person_groups
from presslens.resources import short_form

_SLUG = re.compile(r"[^a-z0-9]+")
MIN_SKELETON_LETTERS = 5
_PLACE_ALIAS_MIN_LETTERS = 4
#: When what new entities reach is more than this share of all article entities, all are linked again:
#: the same corpus entities, read at once rather than key by key.
RECOMPUTE_SHARE = 0.5


@dataclass
class _Node:
    article_id: str
    entity_id: str
    label: str
    canonical: str
    mentions: int
    names: set[str] = field(default_factory=set)
    corpus_entity: str | None = None  # the one it was linked to before
    evidence: str = ""

    @property
    def family(self) -> str:
        return family(self.label)

    @property
    def key(self) -> str:
        return name_key(self.canonical)

    def join_keys(self) -> set[str]:
        """Keys other articles may share: the name (a department's also head last: 'Department of Justice',
        'Justice Department'), and aliases that are full names or acronyms."""
        keys = {self.key, head_last(self.key)}
        for name in self.names:
            if self.family == "place" and len(name_key(name).replace(" ", "")) < _PLACE_ALIAS_MIN_LETTERS:
                continue  # 'La.' of Louisiana, 'L.A.' of Los Angeles: the gazetteer gave each its name already
            if self.family != "person" or len(skeleton(name)) > 1 or is_acronym(name):
                keys.add(name_key(name))
        keys.discard("")
        return keys

    def link_keys(self) -> set[str]:
        """What each join rule compares, so that two nodes no key links can never be joined: the join
        keys (rule 1), the name key in any family (a split or an acronym's two bodies keep keys apart),
        and for people the skeleton (2), the names after the first (3), the bare name (4) and the surname (5)."""
        keys = {f"name {self.family} {key}" for key in self.join_keys()} | {f"key {self.key}"}
        if self.family != "person":
            return keys
        shape = skeleton(self.canonical)
        if len(shape) >= 2 and sum(map(len, shape)) >= MIN_SKELETON_LETTERS:
            keys.add(f"skeleton {' '.join(shape)}")
        if shape:
            keys.add(f"surname {int(_after_a_patronymic(self.canonical))} {shape[-1]}")
        if (parts := name_parts(self.canonical)) is not None:
            keys.add(f"rest {' '.join(skeleton(' '.join(parts.bare.split()[1:])))}")
            keys.add(f"bare {name_key(parts.bare)}")
        return keys


class _Groups:
    """Union-find over nodes that refuses joins a user's split forbids."""

    def __init__(self, nodes: list[_Node], apart: set[tuple[str, str]]) -> None:
        self.parent = list(range(len(nodes)))
        self.keys = [{node.key} for node in nodes]
        self.articles = [{node.article_id} for node in nodes]
        self.people = [{parts} if node.family == "person" and (parts := name_parts(node.canonical)) else set() for node in nodes]
        self.apart = apart

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, *, merged: bool = False) -> bool:
        """Join two nodes' groups unless a split keeps their names apart or, but for a user's ``merged``, they
        would hold two people's names."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if any((x, y) in self.apart or (y, x) in self.apart for x in self.keys[ra] for y in self.keys[rb]):
            return False
        if not merged and not _one_person_each(self.people[ra] | self.people[rb]):
            return False  # 'George H.W. Bush' and 'George W. Bush', whatever alias they share
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.keys[ra] |= self.keys[rb]
        self.articles[ra] |= self.articles[rb]
        self.people[ra] |= self.people[rb]
        return True

    def told_apart(self, a: int, b: int) -> bool:
        """Whether one article names both as different entities ('Patricia Smith and Patrick Smith')."""
        return bool(self.articles[self.find(a)] & self.articles[self.find(b)])


def _one_person_each(names: set[NameParts]) -> bool:
    """Whether the full names a corpus entity would hold name one person for each bare name."""
    by_bare: dict[str, list[NameParts]] = defaultdict(list)
    for parts in names:
        by_bare[name_key(parts.bare)].append(parts)
    return all(one_person(group) for group in by_bare.values())


def link_entities(conn: Connection) -> int:
    """Recompute every corpus entity from the stored article entities; returns how many there are."""
    tables.lock_derived_tables(conn)
    nodes = _load_nodes(conn)
    _write(conn, nodes, _join(conn, nodes), replacing=None)
    return _count(conn)


def link_new_entities(conn: Connection) -> int:
    """Link the article entities no corpus entity holds yet (what an ingest added), recomputing only the
    corpus entities their link keys reach; returns how many corpus entities there are."""
    tables.lock_derived_tables(conn)
    e = tables.entities
    _relink_reaching(conn, {(r.article_id, r.entity_id) for r in conn.execute(select(e.c.article_id, e.c.entity_id).where(e.c.corpus_entity.is_(None)))})
    return _count(conn)


def _relink_reaching(conn: Connection, start: set[tuple[str, str]]) -> None:
    """Recompute the corpus entities of the article entities ``start`` reaches (see :func:`_reach`); all of
    them when that is most of the corpus (a first ingest)."""
    if not start:
        return
    most = int(RECOMPUTE_SHARE * (conn.scalar(select(func.count()).select_from(tables.entities)) or 0))
    reached = _reach(conn, start, most)
    nodes = _load_nodes(conn, reached)
    replacing = None if reached is None else {node.corpus_entity for node in nodes if node.corpus_entity}
    _write(conn, nodes, _join(conn, nodes), replacing)


def _reach(conn: Connection, start: set[tuple[str, str]], most: int) -> set[tuple[str, str]] | None:
    """The article entities that share a link key with ``start``, with those that share one with them, and
    so on: every entity a join could put with them, and every corpus entity they can change. None once
    they are more than ``most``."""
    k = tables.entity_link_keys
    merged: dict[str, set[str]] = defaultdict(set)  # a user's merge links two name keys as a shared key would
    for a, b in _merges(conn):
        merged[f"key {a}"].add(f"key {b}")
        merged[f"key {b}"].add(f"key {a}")
    found, frontier, keys_seen = set(start), set(start), set()
    while frontier:
        if len(found) > most:
            return None
        keys: set[str] = set()
        for chunk in tables.chunks(sorted(frontier)):
            keys.update(conn.scalars(select(k.c.key).where(tuple_(k.c.article_id, k.c.entity_id).in_(chunk))))
        keys |= {other for key in keys for other in merged.get(key, ())}
        keys -= keys_seen
        keys_seen |= keys
        frontier = set()
        for chunk in tables.chunks(sorted(keys)):
            frontier.update((r.article_id, r.entity_id) for r in conn.execute(select(k.c.article_id, k.c.entity_id).where(k.c.key.in_(chunk))))
        frontier -= found
        found |= frontier
    return found


def _count(conn: Connection) -> int:
    return conn.scalar(select(func.count()).select_from(tables.corpus_entities)) or 0


def _join(conn: Connection, nodes: list[_Node]) -> list[list[int]]:
    """The nodes' corpus entities, as lists of positions, by the rules in the module's docstring."""
    apart = {(r.name_key, r.apart_from) for r in conn.execute(select(tables.entity_splits))}
    groups = _Groups(nodes, apart | _bodies_of_one_acronym(nodes))
    _join_by_name(nodes, groups)
    _join_by_skeleton(nodes, groups)
    _join_short_forms(nodes, groups)
    _join_middle_initials(nodes, groups)
    _join_surnames(nodes, groups)
    _join_merged(nodes, groups, _merges(conn))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        members[groups.find(i)].append(i)
    return list(members.values())


def link_key_rows(entity_rows: list[dict[str, object]], mention_rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The ``entity_link_keys`` rows of one article's entity and mention rows."""
    names: dict[object, set[str]] = defaultdict(set)
    for m in mention_rows:
        names[m["entity_id"]].add(str(m["text"]))
    rows = []
    for r in entity_rows:
        node = _Node(str(r["article_id"]), str(r["entity_id"]), str(r["label"]), str(r["canonical"]), 0, names[r["entity_id"]])
        rows += [{"key": key, "article_id": node.article_id, "entity_id": node.entity_id} for key in sorted(node.link_keys())]
    return rows


def _bodies_of_one_acronym(nodes: list[_Node]) -> set[tuple[str, str]]:
    """Name keys of two organisations an article names apart though both names spell one acronym ('Republican
    National Committee' and 'Republican National Convention', both RNC): the acronym, which other articles
    use for either, must not make them one."""
    spelling: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, acronym) -> the name keys spelling it
    for node in nodes:
        if node.family == "org" and len(node.canonical.split()) >= 2 and len(acronym := initials(node.canonical)) >= 2:
            spelling[(node.article_id, acronym)].add(node.key)
    return {(a, b) for keys in spelling.values() for a in keys for b in keys if a != b}


def _load_nodes(conn: Connection, only: set[tuple[str, str]] | None = None) -> list[_Node]:
    """Article entities (all, or ``only`` these), the earliest published article's first, so evidence
    points back in time."""
    a, e, m = tables.articles, tables.entities, tables.mentions
    entity_query = select(
        e.c.article_id, e.c.entity_id, e.c.label, e.c.canonical, e.c.mentions, e.c.corpus_entity, a.c.published, a.c.ingested_at
    ).join(a, a.c.id == e.c.article_id)
    mention_query = select(m.c.article_id, m.c.entity_id, m.c.text)
    if only is None:
        entity_rows, mention_rows = list(conn.execute(entity_query)), list(conn.execute(mention_query))
    else:
        entity_rows, mention_rows = [], []
        for chunk in tables.chunks(sorted(only)):
            entity_rows += conn.execute(entity_query.where(tuple_(e.c.article_id, e.c.entity_id).in_(chunk)))
            mention_rows += conn.execute(mention_query.where(tuple_(m.c.article_id, m.c.entity_id).in_(chunk)))
    entity_rows.sort(key=lambda r: (r.published is None, r.published or date.min, r.ingested_at, r.article_id, r.entity_id))
    nodes = {
        (r.article_id, r.entity_id): _Node(r.article_id, r.entity_id, r.label, r.canonical, r.mentions, corpus_entity=r.corpus_entity)
        for r in entity_rows
    }
    for r in mention_rows:
        node = nodes.get((r.article_id, r.entity_id))
        if node:
            node.names.add(r.text)
    return list(nodes.values())


def _join_by_name(nodes: list[_Node], groups: _Groups) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, node in enumerate(nodes):
        for key in sorted(node.join_keys()):
            j = first.setdefault((node.family, key), i)
            same_name = key == node.key == nodes[j].key
            if j == i or not same_name and groups.told_apart(j, i):
                continue  # an alias two entities of one article share ('(D-CA)' after two names) names neither
            if groups.union(j, i) and not node.evidence:
                shared = "the same name" if same_name else f"the shared alias '{key}'"
                node.evidence = f"{shared} as '{nodes[j].canonical}' in article {nodes[j].article_id[:12]}"


def _join_by_skeleton(nodes: list[_Node], groups: _Groups) -> None:
    first: dict[tuple[str, ...], int] = {}
    for i, node in enumerate(nodes):
        shape = skeleton(node.canonical)
        if node.family != "person" or len(shape) < 2 or sum(map(len, shape)) < MIN_SKELETON_LETTERS:
            continue
        j = first.setdefault(shape, i)
        if j != i and not groups.told_apart(j, i) and groups.union(j, i) and not node.evidence:
            node.evidence = (
                f"a transliteration variant of '{nodes[j].canonical}' (article {nodes[j].article_id[:12]}): "
                f"both reduce to the consonants {' '.join(shape)}"
            )


def _join_short_forms(nodes: list[_Node], groups: _Groups) -> None:
    by_rest: dict[tuple[str, ...], list[int]] = defaultdict(list)  # the names after the first -> the people so named
    for i, node in enumerate(nodes):
        if node.family == "person" and (parts := name_parts(node.canonical)) is not None:  # 'Grassley' of 'Charles E. Grassley'
            by_rest[skeleton(" ".join(parts.bare.split()[1:]))].append(i)
    for people in by_rest.values():
        for i in people:
            first = nodes[i].canonical.split()[0]
            full = [j for j in people if short_form(first, nodes[j].canonical.split()[0])]
            named_in_full = {groups.find(j) for j in full}  # one person only: 'Pat' of both 'Patricia' and 'Patrick' joins neither
            if len(named_in_full) == 1 and not groups.told_apart(full[0], i) and groups.union(full[0], i) and not nodes[i].evidence:
                named = nodes[full[0]]
                nodes[i].evidence = (
                    f"'{first}' is a short form of '{named.canonical.split()[0]}': '{named.canonical}' in article {named.article_id[:12]}"
                )


def _join_middle_initials(nodes: list[_Node], groups: _Groups) -> None:
    people = [i for i, node in enumerate(nodes) if node.family == "person"]
    for target, named in one_person_groups((nodes[i].canonical for i in people), name_key):
        target = people[target]
        for i in (people[k] for k in named):
            if i != target and not groups.told_apart(target, i) and groups.union(target, i) and not nodes[i].evidence:
                nodes[i].evidence = f"'{nodes[target].canonical}' (article {nodes[target].article_id[:12]}) but for middle initials or a numeral"


def _join_surnames(nodes: list[_Node], groups: _Groups) -> None:
    full_names: dict[tuple[bool, str], set[int]] = defaultdict(set)  # (after 'bin', the last name's skeleton) -> full names
    for i, node in enumerate(nodes):
        shape = skeleton(node.canonical)
        if node.family == "person" and len(shape) > 1:
            full_names[(_after_a_patronymic(node.canonical), shape[-1])].add(groups.find(i))
    for i, node in enumerate(nodes):
        shape = skeleton(node.canonical)
        if node.family != "person" or len(shape) != 1 or len(shape[0]) < 3:
            continue
        candidates = {groups.find(g) for g in full_names.get((_after_a_patronymic(node.canonical), shape[0]), set())} - {groups.find(i)}
        if len(candidates) == 1:
            (target,) = candidates
            if groups.union(target, i) and not node.evidence:
                node.evidence = f"the surname '{node.canonical}' ends only one full name in the corpus, '{nodes[target].canonical}'"
        elif len(candidates) > 1 and not node.evidence:
            names = sorted({nodes[c].canonical for c in candidates})
            node.evidence = f"the surname '{node.canonical}' could be any of {', '.join(names)}: left unjoined"


def _merges(conn: Connection) -> list[tuple[str, str]]:
    m = tables.entity_merges
    return [(r.name_key, r.joined_with) for r in conn.execute(select(m.c.name_key, m.c.joined_with).order_by(m.c.id))]


def _join_merged(nodes: list[_Node], groups: _Groups, merges: list[tuple[str, str]]) -> None:
    named: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        named[node.key].append(i)
    for a, b in merges:
        if not named.get(a) or not named.get(b):
            continue
        target = min(named[a])
        for i in sorted(named[a] + named[b]):
            if groups.union(target, i, merged=True) and not nodes[i].evidence:
                nodes[i].evidence = f"joined by a user with '{nodes[target].canonical}' (article {nodes[target].article_id[:12]})"


def _after_a_patronymic(name: str) -> bool:
    """Whether a name's last word is a father's name ('Mohammed bin Salman', 'bin Laden'): only a name
    written with its 'bin' joins it, as 'Salman' alone is the father."""
    words = name_key(name).split()
    return len(words) >= 2 and words[-2] in PATRONYMICS


def _entity_name(names: Counter[str], label: str) -> str:
    """The name most of a corpus entity's articles give it; for a person most articles call by surname
    alone ('Obama'), the full name most of the others give ('Barack Obama')."""
    name = max(names, key=lambda n: (names[n], len(n), n))
    full = [n for n in names if len(n.split()) > 1 and n.split()[-1] == name] if label == "PERSON" and " " not in name else []
    return max(full, key=lambda n: (names[n], len(n), n)) if full else name


def _write(conn: Connection, nodes: list[_Node], groups: list[list[int]], replacing: set[str] | None) -> None:
    """Store ``groups`` as corpus entities in place of every corpus entity (``replacing`` None) or of those named."""
    ce, words = tables.corpus_entities, tables.corpus_entity_words
    if replacing is None:
        conn.execute(words.delete())
        conn.execute(ce.delete())
    else:
        for chunk in tables.chunks(sorted(replacing)):
            conn.execute(words.delete().where(words.c.corpus_entity.in_(chunk)))
            conn.execute(ce.delete().where(ce.c.id.in_(chunk)))
    taken: set[str] = set()

    def free(entity_id: str) -> bool:
        return entity_id not in taken and (replacing is None or conn.scalar(select(ce.c.id).where(ce.c.id == entity_id)) is None)

    entity_rows, word_rows, link_rows = [], [], []
    for members in sorted(groups, key=lambda g: min(g)):
        group = [nodes[i] for i in members]
        label = Counter(node.label for node in group).most_common(1)[0][0]
        name = _entity_name(Counter(node.canonical for node in group), label)
        base = _SLUG.sub("-", name_key(name)).strip("-") or "entity"
        entity_id, n = base, 1
        while not free(entity_id):
            n += 1
            entity_id = f"{base}-{n}"
        taken.add(entity_id)
        aliases = sorted({alias for node in group for alias in node.names} | {node.canonical for node in group})
        entity_rows.append(
            {
                "id": entity_id,
                "label": label,
                "name": name,
                "aliases": json.dumps(aliases, ensure_ascii=False),
                "articles": len({node.article_id for node in group}),
                "mentions": sum(node.mentions for node in group),
            }
        )
        word_rows += [{"word": word, "corpus_entity": entity_id} for word in sorted(set().union(*map(name_words, [name, *aliases])))]
        for node in group:
            link_rows.append(
                {"a": node.article_id, "e": node.entity_id, "ce": entity_id, "ev": node.evidence or "first seen in this article"}
            )
    if entity_rows:
        conn.execute(insert(tables.corpus_entities), entity_rows)
    if word_rows:
        conn.execute(insert(tables.corpus_entity_words), word_rows)
    if link_rows:
        e = tables.entities
        conn.execute(
            e.update()
            .where(e.c.article_id == bindparam("a"), e.c.entity_id == bindparam("e"))
            .values(corpus_entity=bindparam("ce"), link_evidence=bindparam("ev")),
            link_rows,
        )


def split_entity(conn: Connection, corpus_entity: str, names: Iterable[str]) -> list[str]:
    """Split the article entities named ``names`` off a corpus entity, for good; returns the resulting entity ids."""
    tables.lock_derived_tables(conn)
    e = tables.entities
    rows = conn.execute(select(e.c.article_id, e.c.entity_id, e.c.canonical, e.c.name_key).where(e.c.corpus_entity == corpus_entity)).all()
    if not rows:
        raise NotFoundError(f"no corpus entity '{corpus_entity}'")
    wanted = {name_key(name) for name in names}
    leaving = {r.name_key for r in rows if r.name_key in wanted}
    staying = {r.name_key for r in rows} - leaving
    if not leaving:
        known = ", ".join(sorted({r.canonical for r in rows}))
        raise StoreError(f"'{corpus_entity}' has no article entity named {', '.join(sorted(names))}; its names: {known}")
    if not staying:
        raise StoreError(f"every article entity of '{corpus_entity}' has that name: nothing would be left to split from")
    now = datetime.now(UTC)
    existing = {(r.name_key, r.apart_from) for r in conn.execute(select(tables.entity_splits))}
    pairs = [(a, b) for a in sorted(leaving) for b in sorted(staying) if (a, b) not in existing]
    if pairs:
        conn.execute(insert(tables.entity_splits), [{"name_key": a, "apart_from": b, "created_at": now} for a, b in pairs])
    merges = tables.entity_merges  # a merge of names now split is taken back
    conn.execute(
        merges.delete().where(
            or_(merges.c.name_key.in_(leaving) & merges.c.joined_with.in_(staying), merges.c.name_key.in_(staying) & merges.c.joined_with.in_(leaving))
        )
    )
    _relink_reaching(conn, {(r.article_id, r.entity_id) for r in rows})  # every entity named like them shares a link key with them
    after = conn.execute(select(e.c.corpus_entity).where(e.c.name_key.in_(leaving | staying)).distinct())
    return sorted(r.corpus_entity for r in after)


def merge_entities(conn: Connection, corpus_entity: str, other: str) -> str:
    """Join the corpus entity ``other`` to ``corpus_entity``, for good (a split between their names is taken
    back); returns the id of the entity they make."""
    tables.lock_derived_tables(conn)
    e = tables.entities
    if other == corpus_entity:
        raise StoreError(f"'{corpus_entity}' is already one entity")
    rows = {}
    for entity_id in (corpus_entity, other):
        rows[entity_id] = conn.execute(select(e.c.article_id, e.c.entity_id, e.c.name_key).where(e.c.corpus_entity == entity_id)).all()
        if not rows[entity_id]:
            raise NotFoundError(f"no corpus entity '{entity_id}'")
    keys = {entity_id: {r.name_key for r in found} for entity_id, found in rows.items()}
    splits, merges = tables.entity_splits, tables.entity_merges
    one, two = keys[corpus_entity], keys[other]
    conn.execute(
        splits.delete().where(
            or_(splits.c.name_key.in_(one) & splits.c.apart_from.in_(two), splits.c.name_key.in_(two) & splits.c.apart_from.in_(one))
        )
    )
    pair = tuple(Counter(r.name_key for r in found).most_common(1)[0][0] for found in rows.values())  # each one's most common name
    if conn.scalar(select(merges.c.id).where(merges.c.name_key == pair[0], merges.c.joined_with == pair[1])) is None:
        conn.execute(insert(merges), {"name_key": pair[0], "joined_with": pair[1], "created_at": datetime.now(UTC)})
    _relink_reaching(conn, {(r.article_id, r.entity_id) for found in rows.values() for r in found})
    return conn.scalar(select(e.c.corpus_entity).where(e.c.name_key == pair[0]).limit(1)) or corpus_entity
