"""An analysis flattened into one list of rows per record kind: the corpus tables' contents."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from presslens.corpus.names import name_key
from presslens.model import Analysis, Span

Row = dict[str, Any]

_WORD = re.compile(r"\w+")


def outlet_of(analysis: Analysis) -> str | None:
    """The outlet the input names, else the one in the dateline's parentheses."""
    article = analysis.article
    if article.outlet:
        return article.outlet
    if article.dateline and article.dateline.outlet:
        return analysis.text_of(article.dateline.outlet).strip("() ") or None
    return None


def analysis_rows(analysis: Analysis, ingested_at: datetime) -> dict[str, list[Row]]:
    """Rows for every table of :data:`presslens.corpus.tables.ANALYSIS_TABLES`, keyed by table name."""
    article = analysis.article
    text = article.text
    aid = article.id
    publication = analysis.publication
    body_sentences = [s for s in analysis.sentences if s.start >= article.body_start]

    def cut(start: int, end: int) -> str:
        return text[start:end]

    def located(span: Span | None) -> Row:
        """A span's offsets and words, as the tables' start, end and text columns."""
        if span is None:
            return {"start": None, "end": None, "text": None}
        return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}

    rows: dict[str, list[Row]] = {
        "articles": [
            {
                "id": aid,
                "source": article.source,
                "url": article.url,
                "outlet": outlet_of(analysis),
                "headline": article.headline,
                "published": publication.date or article.published,
                "published_source": publication.source,
                "published_earliest": publication.earliest,
                "published_latest": publication.latest,
                "language": analysis.language,
                "words": len(_WORD.findall(text)),
                "sentences": len(body_sentences),
                "outlet_sentences": len(analysis.outlet_voice),
                "text": text,
                "analysis": analysis.model_dump_json(),
                "schema_version": analysis.schema_version,
                "ingested_at": ingested_at,
            }
        ],
        "entities": [],
        "mentions": [],
    }
    for entity in analysis.entities:
        rows["entities"].append(
            {
                "article_id": aid,
                "entity_id": entity.id,
                "label": entity.label,
                "canonical": entity.canonical,
                "name_key": name_key(entity.canonical),
                "mentions": len(entity.mentions),
                "corpus_entity": None,
                "link_evidence": None,
            }
        )
        seen: set[int] = set()
        for mention in entity.mentions:
            if mention.start in seen:
                continue
            seen.add(mention.start)
            rows["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": entity.id,
                    **located(mention),
                    "origin": mention.origin,
                    "variant": mention.variant,
                }
            )
    rows["quotes"] = [
        {
            "article_id": aid,
            "quote_id": quote.id,
            "kind": quote.kind,
            "act": quote.act,
            "start": quote.content.start,
            "end": quote.content.end,
            "content": analysis.words_of(quote),
            "cue": cut(quote.cue.start, quote.cue.end) if quote.cue else None,
            "cue_lemma": quote.cue_lemma,
            "negated": quote.negated,
            # the words that name the speaker: for 'He' meaning an unnamed minister, the minister's
            "speaker_text": cut(named.start, named.end) if (named := quote.speaker.refers_to or quote.speaker.span) else None,
            "speaker_entity": quote.speaker.entity,
            "speaker_resolved": quote.speaker.resolved,
            "speaker_via": quote.speaker.via,
            "said_on": quote.said_on,
            "channel": quote.channel,
            "inherited": quote.inherited,
            "confidence": quote.confidence,
        }
        for quote in analysis.quotes
    ]
    rows["joint_speakers"] = [
        {"article_id": aid, "quote_id": quote.id, "entity_id": entity_id, "seq": seq}
        for quote in analysis.quotes
        for seq, entity_id in enumerate(quote.speaker.joint, start=1)
    ]
    rows["timexes"] = [
        {
            "article_id": aid,
            "timex_id": timex.id,
            **located(timex),
            "type": timex.type,
            "value": timex.value,
            "mod": timex.mod,
            "anchored": timex.anchored,
            "inferred": timex.inferred,
        }
        for timex in analysis.timexes
    ]
    rows["techniques"] = [
        {
            "article_id": aid,
            "technique_id": technique.id,
            **located(technique),
            "label": technique.labels[0].label,
            "probability": technique.labels[0].probability,
            "labels": json.dumps([label.model_dump() for label in technique.labels]),
            "source": technique.source,
            "voice": technique.voice,
            "quote_id": technique.quote,
            "speaker_entity": technique.speaker,
            "reason": technique.reason,
        }
        for technique in analysis.techniques
    ]
    rows["findings"] = [
        {
            "article_id": aid,
            "seq": seq,
            "kind": finding.kind,
            **located(finding.span),
            "entity_id": finding.entity,
            "likely": finding.likely,
            "value": finding.value,
            "why": finding.why,
        }
        for seq, finding in enumerate(analysis.findings)
    ]
    return rows
