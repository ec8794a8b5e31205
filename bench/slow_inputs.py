"""Texts built to be slow to analyse, each under presslens' per-article time limit: how long the whole analysis
takes, or that it was abandoned at the limit (a run goes on with its other articles either way).

    python bench/slow_inputs.py [--time-limit 60]

The texts are made here, no data needed: long runs of one punctuation mark (spaCy's tokenizer used to search
the whole run once per mark it split off), nested brackets, a 200,000-letter word, 5,000 one-line
sentences, and nested reporting clauses ('He said he said …', whose attribution costs grow with the square
of the nesting). Prints a table and writes bench/results/slow_inputs.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from presslens import Analyzer, build_article
from presslens.errors import AnalysisFailedError

from machine import describe  # bench/machine.py

ROOT = Path(__file__).resolve().parent.parent

#: name: body of the text (a headline line goes before it).
CASES = {
    "50,000 quotation marks": "“" * 50_000,
    "20,000 nested brackets": "(" * 20_000 + "x" + ")" * 20_000,
    "a word of 200,000 letters": "a" * 200_000,
    "5,000 one-line sentences": "The minister said.\n" * 5_000,
    "500 nested reporting clauses": "He said " * 500 + "the talks failed.",
    "1,000 nested reporting clauses": "He said " * 1_000 + "the talks failed.",
    "3,000 nested reporting clauses": "He said " * 3_000 + "the talks failed.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds one text may take (presslens analyze's default)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "slow_inputs.json")
    args = parser.parse_args()
    analyzer = Analyzer()
    analyzer.analyze(build_article("Warm up\nThe minister said the talks failed.", source=None, headline_first_line=True))
    results = {}
    for name, body in CASES.items():
        article = build_article(f"Headline\n{body}", source=name, headline_first_line=True)
        start = time.perf_counter()
        try:
            analyzer.analyze_within(article, args.time_limit)
            outcome = "analysed"
        except AnalysisFailedError as exc:
            outcome = "abandoned" if "longer than" in str(exc) else f"failed: {exc}"
        results[name] = {"characters": len(article.text), "seconds": round(time.perf_counter() - start, 2), "outcome": outcome}
    table = Table(title=f"Texts built to be slow (time limit {args.time_limit:g} s)")
    for column in ("text", "characters", "seconds", "outcome"):
        table.add_column(column, justify="left" if column in ("text", "outcome") else "right")
    for name, r in results.items():
        table.add_row(name, f"{r['characters']:,}", f"{r['seconds']:.1f}", str(r["outcome"]))
    Console(width=120).print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"machine": describe(), "time_limit_seconds": args.time_limit, "texts": results}
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
