"""Markdown tables of the benchmark results in bench/results/, as the README shows them.

    python bench/tables.py attribution|time|rhetoric|speed
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from machine import summary

RESULTS = Path(__file__).resolve().parent / "results"


def attribution(r: dict) -> list[str]:  # type: ignore[type-arg]
    rows = [
        "| system | gold subset | gold | P@30 | R@30 | F@30 | F@80 | exact F | content tok F | cue tok F | source tok F | speaker exact | speaker any | docs/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, v in r["systems"].items():
        for sub in ("all", "speech", "direct"):
            x = v[sub]
            rows.append(
                f"| {name} | {sub} | {x['gold']} | {x['match30_p']:.3f} | {x['match30_r']:.3f} | **{x['match30_f']:.3f}** | {x['match80_f']:.3f} | "
                f"{x['exact_f']:.3f} | {x['token_content_f']:.3f} | {x['token_cue_f']:.3f} | {x['token_source_f']:.3f} | {x['speaker_exact']:.3f} | "
                f"{x['speaker_overlap']:.3f} | {v['docs_per_second']} |"
            )
    rows += [
        "",
        "| system | body sentences | outlet's by gold | predicted | P | R | F | P if every sentence were the outlet's |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, v in r["systems"].items():
        if (x := v.get("outlet_voice")) is not None:
            rows.append(
                f"| {name} | {x['sentences']} | {x['gold']} | {x['predicted']} | {x['p']:.3f} | {x['r']:.3f} | **{x['f']:.3f}** | {x['all_sentences_p']:.3f} |"
            )
    return rows


def time(r: dict) -> list[str]:  # type: ignore[type-arg]
    rows = [
        "| system | corpus | gold | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type accuracy | value F1 | docs/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, corpora in r["systems"].items():
        for corpus, x in corpora.items():
            rows.append(
                f"| {name} | {corpus} ({x['split']}) | {x['gold']} | {x['strict_p']:.3f} | {x['strict_r']:.3f} | **{x['strict_f']:.3f}** | "
                f"{x['relaxed_p']:.3f} | {x['relaxed_r']:.3f} | **{x['relaxed_f']:.3f}** | {x['type_accuracy']:.3f} | **{x['value_f']:.3f}** | {x['docs_per_second']} |"
            )
    rows.append("")
    rows.append(f"The rule grammar alone takes {r['presslens_grammar_ms_per_600_words']} ms per 600 words after the shared spaCy parse.")
    return rows


def rhetoric(r: dict) -> list[str]:  # type: ignore[type-arg]
    rows = ["| system | SI P | SI R | SI F1 | TC micro-F1 | articles/s (600 words, 1 CPU thread) |", "|---|---:|---:|---:|---:|---:|"]
    for name in ("model", "lexicon"):
        x = r[name]
        speed = x.get("articles_600_words_per_second_1_thread", "-")
        rows.append(f"| {name} | {x['si']['precision']:.3f} | {x['si']['recall']:.3f} | **{x['si']['f1']:.3f}** | **{x['tc_micro_f1']:.3f}** | {speed} |")
    rows.append(f"| always Loaded_Language (reference) | | | | {r['reference']['always Loaded_Language, TC']:.3f} | |")
    return rows


def speed(r: dict) -> list[str]:  # type: ignore[type-arg]
    rows = [
        f"{r['articles']} PTC articles, {r['words_per_article']} words each on average, {r['machine']['cpus']} CPUs ({summary(r['machine'])}):",
        "",
        "| run | workers | seconds | articles/s | words/s | peak memory (MB, per worker for batch) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, x in r["rows"].items():
        rows.append(f"| {name} | {x['workers']} | {x['seconds']} | **{x['articles_per_second']}** | {x['words_per_second']:,} | {x['peak_rss_mb']} |")
    rows.append("")
    rows.append(
        f"Full analysis / spaCy alone: **{r['full_over_spacy']}×**; without the technique model: **{r['no_model_over_spacy']}×**. "
        f"2 workers / 1 worker: **{r['two_workers_speedup']}×**. Dask LocalCluster / local engine (2 workers): {r['dask_over_local']}× the time."
    )
    return rows


if __name__ == "__main__":
    kind = sys.argv[1]
    print("\n".join(globals()[kind](json.loads((RESULTS / f"{kind}.json").read_text("utf-8")))))
