"""Propaganda techniques on our dev split of PTC: the shipped model beside the lexicon baseline, with
the task's official metrics and CPU speed, in one run.

    python bench/rhetoric.py [--data ../shared/data] [--model DIR]

The split (by article, fixed seed) is the one the model's training config names; the model never saw
the dev articles. SI: the span-overlap F1 of the task paper. TC: micro-F1 over the gold spans (given
each gold span, its labels). Prints a table and writes bench/results/rhetoric.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from presslens.evaluation.ptc import data_hash, gold_si, gold_tc, load_articles, si_scores, split_articles, tc_micro_f1
from presslens.pipeline.rhetoric import MODEL_DIR, TechniqueModel, lexicon_detect
from presslens.train.techniques import TrainConfig

ROOT = Path(__file__).resolve().parent.parent
MOST_FREQUENT = "Loaded_Language"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding ptc/")
    parser.add_argument("--model", type=Path, default=ROOT / "src" / "presslens" / "resources" / MODEL_DIR)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "rhetoric.json")
    args = parser.parse_args()

    config = TrainConfig.load()
    _, dev = split_articles(load_articles(args.data / "ptc", "train"), config.dev_share, config.split_seed)
    model = TechniqueModel(args.model)
    gold_spans, gold_labels = gold_si(dev), gold_tc(dev)

    started = time.perf_counter()
    model_si, model_tc = {}, {}
    for article in dev:
        offsets, _, span_logits = model.token_scores(article.text)
        model_si[article.id] = [(d.start, d.end) for d in model.detect(article.text)]
        for (article_id, start, end), labels in gold_labels.items():
            if article_id != article.id:
                continue
            inside = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
            ranked = [label for label, _ in model.classify(span_logits[inside])] if inside else [MOST_FREQUENT]
            ranked += [label for label in model.labels if label not in ranked]
            model_tc[(article_id, start, end)] = ranked[: len(labels)]
    model_seconds = time.perf_counter() - started

    started = time.perf_counter()
    lexicon_si, lexicon_tc = {}, {}
    for article in dev:
        hits = lexicon_detect(article.text)
        lexicon_si[article.id] = [(h.start, h.end) for h in hits]
        for (article_id, start, end), labels in gold_labels.items():
            if article_id == article.id:
                inside = [label for h in hits if h.start < end and start < h.end for label, _ in h.labels]
                lexicon_tc[(article_id, start, end)] = (inside or [MOST_FREQUENT]) * len(labels)
    lexicon_seconds = time.perf_counter() - started

    # speed: the model alone, one thread, articles normalised to 600 words
    words = sum(len(a.text.split()) for a in dev)
    started = time.perf_counter()
    for article in dev:
        model.detect(article.text)
    detect_seconds = time.perf_counter() - started

    results = {
        "data": "PTC training articles, our dev split (20 % of articles, split seed in the training config)",
        "dev_articles": len(dev),
        "dev_hash": data_hash(dev),
        "gold_si_spans": sum(len(v) for v in gold_spans.values()),
        "gold_tc_instances": sum(len(v) for v in gold_labels.values()),
        "machine": platform.machine(),
        "model": {
            "name": model.name,
            "si": si_scores(model_si, gold_spans),
            "tc_micro_f1": tc_micro_f1(model_tc, gold_labels),
            "seconds": round(model_seconds, 2),
            "articles_per_second_1_thread": round(len(dev) / detect_seconds, 2),
            "articles_600_words_per_second_1_thread": round(words / 600 / detect_seconds, 2),
        },
        "lexicon": {
            "si": si_scores(lexicon_si, gold_spans),
            "tc_micro_f1": tc_micro_f1(lexicon_tc, gold_labels),
            "seconds": round(lexicon_seconds, 2),
        },
        "reference": {"always Loaded_Language, TC": tc_micro_f1({k: [MOST_FREQUENT] * len(v) for k, v in gold_labels.items()}, gold_labels)},
    }
    table = Table(title=f"Techniques on PTC dev split ({len(dev)} articles)")
    for column in ("system", "SI P", "SI R", "SI F1", "TC micro-F1", "articles/s (600 words, 1 thread)"):
        table.add_column(column)
    for name in ("model", "lexicon"):
        r = results[name]
        speed = f"{r['articles_600_words_per_second_1_thread']:.1f}" if name == "model" else "-"
        table.add_row(name, f"{r['si']['precision']:.3f}", f"{r['si']['recall']:.3f}", f"{r['si']['f1']:.3f}", f"{r['tc_micro_f1']:.3f}", speed)
    Console(width=160).print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
