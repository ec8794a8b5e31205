"""Story tracing: republications and rewrites of one story grouped by MinHash/LSH, and what each version changed."""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz
from sqlalchemy import Connection, distinct, func, insert, select, tuple_

from presslens.corpus import tables
from presslens.corpus.results import (
    ArticleRef,
    Edit,
    QuoteChange,
    StoryGroup,
    StoryVersion,
    StoryView,
)
from presslens.errors import NotFoundError
from presslens.model import Analysis, Span
from presslens.names import together
from presslens.settings import (
    STORY_MIN_SIMILARITY,
    STORY_MINHASH_PERMUTATIONS,
    STORY_SHINGLE_WORDS,
)

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: datasketch's hashing scheme; stored signatures are only comparable within one scheme.
MINHASH_SCHEME = "affine32"
#: Two quotes this similar (0-100) are the same quote, edited or not.
SAME_QUOTE_MIN_RATIO = 60.0

# datasketch is imported where a signature is made or read: it brings SciPy (about 0.7 s to import),
# which every other use of the corpus (the command line, batch workers writing Parquet) can do without.
if TYPE_CHECKING:
    from datasketch import MinHash


def minhash(text: str) -> MinHash:
    """MinHash of the word shingles of a text, case-folded."""
    from datasketch import MinHash

    words = [w.lower() for w in _WORD.findall(text)]
    size = STORY_SHINGLE_WORDS
    shingles = {" ".join(words[i : i + size]).encode() for i in range(max(1, len(words) - size + 1))}
    signature = MinHash(num_perm=STORY_MINHASH_PERMUTATIONS, scheme=MINHASH_SCHEME)
    signature.update_batch(shingles)
    return signature


def signature_bytes(analysis: Analysis) -> bytes:
    article = analysis.article
    return minhash(article.text[article.body_start :]).hashvalues.astype(np.uint32).tobytes()


def _from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=STORY_MINHASH_PERMUTATIONS, hashvalues=np.frombuffer(data, dtype=np.uint32), scheme=MINHASH_SCHEME)


def group_stories(conn: Connection, *, everything: bool = False) -> int:
    """Put the articles added since the last grouping (every article with ``everything``) into story groups;
    returns how many groups have two or more articles.

    Two articles are versions of one story when their signatures agree on one of the LSH bands (stored in
    ``story_bands``) and their estimated Jaccard similarity is at least ``STORY_MIN_SIMILARITY``; a story is
    what these pairs connect. New articles are compared with the articles sharing a band with them, and
    only the stories they join are rewritten: the groups are those of a grouping of the whole corpus.
    """
    tables.lock_derived_tables(conn)
    bands, sig, s = tables.story_bands, tables.signatures, tables.stories
    banded = select(bands.c.article_id).where(bands.c.article_id == sig.c.article_id).exists()
    unbanded = {r.article_id: r.minhash for r in conn.execute(select(sig.c.article_id, sig.c.minhash).where(~banded))}
    if unbanded:
        conn.execute(insert(bands), [{"band": b, "bucket": bucket, "article_id": x} for x, data in unbanded.items() for b, bucket in signature_bands(data)])
    if everything:
        conn.execute(s.delete())
        _regroup(conn, {r.article_id: r.minhash for r in conn.execute(select(sig.c.article_id, sig.c.minhash))})
    elif unbanded:
        _regroup(conn, unbanded)
    return conn.scalar(select(func.count(distinct(s.c.story_id)))) or 0


def signature_bands(data: bytes) -> list[tuple[int, bytes]]:
    """A stored signature's LSH bands: (band, its hash values), as datasketch's MinHashLSH cuts them."""
    width = np.dtype(np.uint32).itemsize
    return [(band, data[start * width : end * width]) for band, (start, end) in enumerate(_band_ranges())]


@cache
def _band_ranges() -> list[tuple[int, int]]:
    """The bands that make two signatures as similar as ``STORY_MIN_SIMILARITY`` likely to share one."""
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=STORY_MIN_SIMILARITY, num_perm=STORY_MINHASH_PERMUTATIONS).hashranges)


def _regroup(conn: Connection, new: dict[str, bytes]) -> None:
    """Join the new articles to the stories of the articles similar to them, and rewrite those stories."""
    bands, s = tables.story_bands, tables.stories
    buckets = {band for data in new.values() for band in signature_bands(data)}
    near: set[tuple[str, str]] = set()  # (new article, an article sharing a band with it)
    for chunk in tables.chunks(sorted(buckets)):
        by_bucket: dict[tuple[int, bytes], set[str]] = defaultdict(set)
        for r in conn.execute(select(bands.c.band, bands.c.bucket, bands.c.article_id).where(tuple_(bands.c.band, bands.c.bucket).in_(chunk))):
            by_bucket[(r.band, r.bucket)].add(r.article_id)
        near.update((x, y) for ids in by_bucket.values() for x in ids & new.keys() for y in ids if x != y)
    stored = _signatures(conn, {y for _, y in near} - new.keys()) | {x: _from_bytes(data) for x, data in new.items()}
    edges = [(x, y) for x, y in near if stored[x].jaccard(stored[y]) >= STORY_MIN_SIMILARITY]
    joined = {y for _, y in edges} | new.keys()
    old_stories = sorted(
        {story for chunk in tables.chunks(sorted(joined)) for story in conn.scalars(select(s.c.story_id).where(s.c.article_id.in_(chunk)))}
    )
    members = {
        r.article_id: r.story_id
        for chunk in tables.chunks(old_stories)
        for r in conn.execute(select(s.c.article_id, s.c.story_id).where(s.c.story_id.in_(chunk)))
    }
    parent = {x: x for x in joined | members.keys()}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_member: dict[str, str] = {}
    for x, story in members.items():
        parent[find(x)] = find(first_member.setdefault(story, x))
    for x, y in edges:
        parent[find(y)] = find(x)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    for chunk in tables.chunks(old_stories):
        conn.execute(s.delete().where(s.c.story_id.in_(chunk)))
    grouped = [group for group in groups.values() if len(group) > 1]
    stored |= _signatures(conn, {x for group in grouped for x in group} - stored.keys())
    a = tables.articles
    order = {
        r.id: _first_key(r.published, r.ingested_at)
        for chunk in tables.chunks(sorted(x for group in grouped for x in group))
        for r in conn.execute(select(a.c.id, a.c.published, a.c.ingested_at).where(a.c.id.in_(chunk)))
    }
    story_rows = []
    for group in grouped:
        group.sort(key=lambda x: order[x])
        first = group[0]
        story_rows += [{"article_id": x, "story_id": f"story-{first[:12]}", "similarity": round(stored[first].jaccard(stored[x]), 3)} for x in group]
    if story_rows:
        conn.execute(insert(s), story_rows)


def _signatures(conn: Connection, article_ids: set[str]) -> dict[str, MinHash]:
    sig = tables.signatures
    return {
        r.article_id: _from_bytes(r.minhash)
        for chunk in tables.chunks(sorted(article_ids))
        for r in conn.execute(select(sig.c.article_id, sig.c.minhash).where(sig.c.article_id.in_(chunk)))
    }


def _first_key(published: object, ingested_at: object) -> tuple[int, str, str]:
    """Versions with a publication date first, earliest first; then by ingestion time."""
    return (0 if published else 1, str(published or ""), str(ingested_at))


def list_stories(conn: Connection) -> list[StoryGroup]:
    groups: dict[str, list[ArticleRef]] = defaultdict(list)
    for row in conn.execute(_story_articles()):
        groups[row.story_id].append(_ref(row))
    return [StoryGroup(id=sid, first=refs[0], articles=refs) for sid, refs in sorted(groups.items())]


def _story_articles():  # type: ignore[no-untyped-def]
    a, s = tables.articles, tables.stories
    return (
        select(s.c.story_id, s.c.similarity, a.c.id, a.c.headline, a.c.outlet, a.c.published, a.c.url, a.c.source, a.c.ingested_at)
        .join(a, a.c.id == s.c.article_id)
        .order_by(s.c.story_id, a.c.published.is_(None), a.c.published, a.c.ingested_at)
    )


def _ref(row: object) -> ArticleRef:
    return ArticleRef(
        id=row.id, headline=row.headline, outlet=row.outlet, published=row.published, url=row.url, source=row.source  # type: ignore[attr-defined]
    )


def story_view(conn: Connection, story_id: str) -> StoryView:
    """Every version of a story aligned with the first one: what each added, removed or reworded."""
    rows = [r for r in conn.execute(_story_articles().where(tables.stories.c.story_id == story_id))]
    if not rows:
        raise NotFoundError(f"no story '{story_id}'")
    analyses = {
        r.id: Analysis.model_validate_json(r.analysis)
        for r in conn.execute(select(tables.articles.c.id, tables.articles.c.analysis).where(tables.articles.c.id.in_([r.id for r in rows])))
    }
    first_row, others = rows[0], rows[1:]
    first = analyses[first_row.id]
    if first_row.published:
        why = f"published {first_row.published.isoformat()}, the earliest publication date of the {len(rows)} versions"
        if any(r.published == first_row.published for r in others):
            why += " (tied; the earliest ingested of those is taken)"
    else:
        why = "no version has a publication date: the first one ingested is taken"
    versions = [
        StoryVersion(article=_ref(r), similarity=r.similarity, edits=compare_texts(first, analyses[r.id]), quotes=compare_quotes(first, analyses[r.id]))
        for r in others
    ]
    return StoryView(id=story_id, first=_ref(first_row), why_first=why, versions=versions)


def compare_texts(first: Analysis, other: Analysis) -> list[Edit]:
    """Word-level differences between two versions, glosses and the dateline named as such."""
    edits = _diff(first.article.headline or "", other.article.headline or "", "headline")
    a_text, b_text = first.article.text, other.article.text
    a_tokens = _tokens(a_text, _after_headline(first))
    b_tokens = _tokens(b_text, _after_headline(other))
    matcher = SequenceMatcher(None, [t for t, _, _ in a_tokens], [t for t, _, _ in b_tokens], autojunk=False)
    a_dateline = first.article.dateline.span if first.article.dateline else None
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        a_span = Span(start=a_tokens[i1][1], end=a_tokens[i2 - 1][2]) if i2 > i1 else None
        b_span = Span(start=b_tokens[j1][1], end=b_tokens[j2 - 1][2]) if j2 > j1 else None
        a_words = a_span.text_in(a_text) if a_span else None
        b_words = b_span.text_in(b_text) if b_span else None
        kind = {"replace": "reworded", "insert": "added", "delete": "removed"}[op]
        note = None
        if a_span and a_dateline and a_span.start < a_dateline.end:
            note = "dateline"
        elif kind == "added" and _is_gloss(b_words or ""):
            note = "gloss"
        elif _inside_quote(first, a_span) or _inside_quote(other, b_span):
            note = "quote"
        edits.append(Edit(kind=kind, first_text=a_words, text=b_words, first_span=a_span, span=b_span, note=note))
    return edits


def _diff(a: str, b: str, note: str) -> list[Edit]:
    if a == b:
        return []
    return [Edit(kind="reworded" if a and b else ("added" if b else "removed"), first_text=a or None, text=b or None, first_span=None, span=None, note=note)]  # type: ignore[arg-type]


def _after_headline(analysis: Analysis) -> int:
    article = analysis.article
    return article.dateline.span.start if article.dateline else article.body_start


def _tokens(text: str, start: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start)]


def _is_gloss(words: str) -> bool:
    """An added aside: in brackets, or set off by commas (', an umbrella of armed groups,')."""
    words = words.strip()
    return words.startswith(("(", ","))


def _inside_quote(analysis: Analysis, span: Span | None) -> bool:
    if span is None:
        return False
    return any(
        part.start <= span.start and span.end <= part.end for quote in analysis.quotes for part in (quote.content, *quote.continuation)
    )


def compare_quotes(first: Analysis, other: Analysis) -> list[QuoteChange]:
    """Quotes of the first version cut or changed in another, and quotes the other added."""
    def contents(analysis: Analysis) -> list[tuple[str, str | None]]:
        names = {e.id: e.canonical for e in analysis.entities}
        return [
            (
                " … ".join(analysis.text_of(s) for s in (q.content, *q.continuation)),
                together([names[i] for i in q.speaker.everyone()]) or (analysis.text_of(q.speaker.span) if q.speaker.span else None),
            )
            for q in analysis.quotes
        ]

    theirs = contents(other)
    matched: set[int] = set()
    changes: list[QuoteChange] = []
    for text, speaker in contents(first):
        scores = [(fuzz.ratio(text, t), j) for j, (t, _) in enumerate(theirs) if j not in matched]
        best, j = max(scores, default=(0.0, -1))
        if best < SAME_QUOTE_MIN_RATIO:
            changes.append(QuoteChange(kind="cut", speaker=speaker, first_text=text, text=None))
            continue
        matched.add(j)
        if theirs[j][0] != text:
            changes.append(QuoteChange(kind="changed", speaker=speaker, first_text=text, text=theirs[j][0]))
    changes += [QuoteChange(kind="added", speaker=s, first_text=None, text=t) for j, (t, s) in enumerate(theirs) if j not in matched]
    return changes
