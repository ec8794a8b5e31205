"""Attribution benchmark on PolNeAR dev: presslens (rules and tagger, and rules only) against textacy's
direct_quotations, same documents.

    python bench/attribution.py [--data ../shared/data] [--limit N]

Prints a table and writes bench/results/attribution.json. Gold is the first annotator listed for each
article in metadata.tsv. "speech" keeps the gold attributions whose cue is a speech verb of
presslens' lexicon or "according to", and presslens' speech quotes (beliefs and intentions are left out); "direct" keeps the gold
attributions whose content is entirely in quotation marks. The outlet's own voice is scored sentence by
sentence: a body sentence no gold attribution touches is the outlet's.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from presslens import Analyzer, build_article
from presslens.evaluation.attribution import Attribution, Counts, VoiceCounts, score_document, score_outlet_voice
from presslens.evaluation.polnear import GoldAttribution, PolnearDocument, load_split
from presslens.resources import belief_verbs, speech_verbs

from machine import describe  # bench/machine.py

ROOT = Path(__file__).resolve().parent.parent
QUOTE_MARKS = "\"“”'‘’«»"


def to_attribution(gold: GoldAttribution, text: str) -> Attribution:
    content = "".join(text[s:e] for s, e in gold.content).strip()
    direct = len(content) > 2 and content[0] in QUOTE_MARKS and content.rstrip(".,;:!?")[-1:] in QUOTE_MARKS
    return Attribution(content=gold.content, cue=gold.cue, source=gold.source, direct=direct)


def speech_cues(analyzer: Analyzer, docs: list[PolnearDocument]) -> set[tuple[str, int]]:
    """(document, index) of the gold attributions whose cue is a speech act."""
    nlp = analyzer.nlp
    keys, cues = [], []
    for doc in docs:
        for i, gold in enumerate(doc.attributions):
            keys.append((doc.name, i))
            cues.append(" ".join(doc.text[s:e] for s, e in gold.cue))
    speech = set()
    lexicon = set(speech_verbs()) - belief_verbs()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        for key, cue in zip(keys, nlp.pipe(cues, batch_size=256)):
            lemmas = {t.lemma_.lower() for t in cue}
            if lemmas & lexicon or "according" in {t.lower_ for t in cue}:
                speech.add(key)
    return speech


Voice = tuple[list[tuple[int, int]], list[tuple[int, int]]]  # a document's body sentences, and those in the outlet's voice


def run_presslens(analyzer: Analyzer, docs: list[PolnearDocument]) -> tuple[dict[str, list[Attribution]], dict[str, Voice], float]:
    start = time.perf_counter()
    articles = [build_article(d.text, source=d.name, headline_first_line=True, published=d.published) for d in docs]
    out, voices = {}, {}
    for doc, analysis in zip(docs, analyzer.analyze_many(articles)):
        body = [(s.start, s.end) for s in analysis.sentences if s.start >= analysis.article.body_start]
        voices[doc.name] = (body, [(s.start, s.end) for s in analysis.outlet_voice])
        out[doc.name] = [
            Attribution(
                content=[(s.start, s.end) for s in (q.content, *q.continuation)],
                cue=[(q.cue.start, q.cue.end)] if q.cue else [],
                source=[(q.speaker.span.start, q.speaker.span.end)] if q.speaker.span else [],
                direct=q.kind == "direct",
                speech=q.act == "speech",
            )
            for q in analysis.quotes
        ]
    return out, voices, time.perf_counter() - start


def score_voice(docs: list[PolnearDocument], voices: dict[str, Voice]) -> dict[str, float | int]:
    """The outlet's own voice, sentence by sentence, against the sentences no gold attribution touches."""
    total = VoiceCounts()
    for doc in docs:
        sentences, voice = voices[doc.name]
        total.add(score_outlet_voice(doc.text, sentences, voice, [to_attribution(g, doc.text) for g in doc.attributions]))
    return total.report()


def run_textacy(analyzer: Analyzer, docs: list[PolnearDocument]) -> tuple[dict[str, list[Attribution]], float] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    parsed = list(analyzer.nlp.pipe(d.text for d in docs))
    start = time.perf_counter()
    out = {}
    for doc, spacy_doc in zip(docs, parsed):
        found = []
        try:
            triples = list(direct_quotations(spacy_doc))
        except ValueError:  # textacy gives up on a document with an odd number of quotation marks
            triples = []
        for triple in triples:
            found.append(
                Attribution(
                    content=[(triple.content.start_char, triple.content.end_char)],
                    cue=[(t.idx, t.idx + len(t)) for t in triple.cue],
                    source=[(t.idx, t.idx + len(t)) for t in triple.speaker],
                    direct=True,
                )
            )
        out[doc.name] = found
    return out, time.perf_counter() - start


def score(docs: list[PolnearDocument], predictions: dict[str, list[Attribution]], subset: str, speech: set[tuple[str, int]]) -> dict[str, float | int]:
    total = Counts()
    for doc in docs:
        gold = [to_attribution(g, doc.text) for g in doc.attributions]
        keep = [
            subset == "all" or (subset == "speech" and (doc.name, i) in speech) or (subset == "direct" and g.direct)
            for i, g in enumerate(gold)
        ]
        predicted = predictions[doc.name]
        if subset == "direct":
            predicted = [p for p in predicted if p.direct]
        elif subset == "speech":
            predicted = [p for p in predicted if p.speech]
        total.add(
            score_document(
                doc.text,
                predicted,
                [g for g, k in zip(gold, keep) if k],
                ignored=[g for g, k in zip(gold, keep) if not k],
            )
        )
    return total.report()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding polnear/")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "attribution.json")
    args = parser.parse_args()

    docs = list(load_split(args.data / "polnear", args.split))[: args.limit]
    if not docs:
        raise SystemExit(f"no PolNeAR documents under {args.data / 'polnear'}")
    analyzer = Analyzer()
    speech = speech_cues(analyzer, docs)
    systems: dict[str, tuple[dict[str, list[Attribution]], float]] = {}
    voices: dict[str, dict[str, float | int]] = {}
    for name, runner in (("presslens", analyzer), ("presslens rules only", Analyzer(attribution_tagger=False))):
        predictions, voice, seconds = run_presslens(runner, docs)
        systems[name] = predictions, seconds
        voices[name] = score_voice(docs, voice)
    textacy = run_textacy(analyzer, docs)
    if textacy is not None:
        systems["textacy direct_quotations"] = textacy

    results: dict[str, object] = {
        "data": f"PolNeAR {args.split}, first annotator per article",
        "documents": len(docs),
        "gold_attributions": sum(len(d.attributions) for d in docs),
        "gold_speech": len(speech),
        "pipeline": analyzer.generator.pipeline,
        "machine": describe(),
        "systems": {},
    }
    table = Table(title=f"Attribution on PolNeAR {args.split} ({len(docs)} documents)")
    for column in ("system", "gold", "P@30", "R@30", "F@30", "F@80", "exact F", "content tok F", "cue tok F", "source tok F", "speaker exact", "speaker any", "docs/s"):
        table.add_column(column, justify="right" if column != "system" else "left")
    for name, (predictions, seconds) in systems.items():
        per_subset = {}
        for subset in ("all", "speech", "direct"):
            report = score(docs, predictions, subset, speech)
            per_subset[subset] = report
            table.add_row(
                f"{name} · {subset}",
                str(report["gold"]),
                f"{report['match30_p']:.3f}",
                f"{report['match30_r']:.3f}",
                f"{report['match30_f']:.3f}",
                f"{report['match80_f']:.3f}",
                f"{report['exact_f']:.3f}",
                f"{report['token_content_f']:.3f}",
                f"{report['token_cue_f']:.3f}",
                f"{report['token_source_f']:.3f}",
                f"{report['speaker_exact']:.3f}",
                f"{report['speaker_overlap']:.3f}",
                f"{len(docs) / seconds:.1f}",
            )
        results["systems"][name] = {"seconds": round(seconds, 2), "docs_per_second": round(len(docs) / seconds, 2), **per_subset}  # type: ignore[index]
        if name in voices:
            results["systems"][name]["outlet_voice"] = voices[name]  # type: ignore[index]
    Console(width=200).print(table)
    own = Table(title="The outlet's own voice: body sentences no attribution touches")
    for column in ("system", "sentences", "gold", "predicted", "P", "R", "F", "P if every sentence"):
        own.add_column(column, justify="right" if column != "system" else "left")
    for name, report in voices.items():
        own.add_row(name, *(str(report[k]) for k in ("sentences", "gold", "predicted")), *(f"{report[k]:.3f}" for k in ("p", "r", "f", "all_sentences_p")))
    Console(width=200).print(own)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
