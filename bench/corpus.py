"""The corpus store at work: ingest, a reanalysis with nothing to do, the queries a reader runs, conflicts and
a CSV export of every quote, timed on PTC's articles (or any folder of articles).

    python bench/corpus.py [--data ../shared/data] [--articles 461] [--db URL] [--no-technique-model]

The articles (PTC's training and unlabelled ones, the first --articles in name order, or --folder) are
ingested into a fresh SQLite store (or into the empty database --db names: a PostgreSQL URL). Each query
runs --repeats times (5) and reports its median; the entity it asks about is the store's most quoted one.
Last, the seed article is added and linked (as an ingest of one article links it), then the whole corpus
linked again (as after a reanalysis), each timed once.
Prints a table and writes bench/results/corpus.json.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from machine import describe

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "dispatches-iraq-resistance.txt"


def _median_ms(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return round(1000 * statistics.median(times), 1)


def _articles(args: argparse.Namespace) -> list[Path]:
    if args.folder:
        return sorted(p for p in args.folder.rglob("*") if p.suffix in (".txt", ".html", ".json", ".jsonl"))[: args.articles]
    ptc = args.data / "ptc"
    return sorted([*(ptc / "train" / "articles").glob("*.txt"), *(ptc / "unlabeled").glob("*.txt")])[: args.articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding ptc/")
    parser.add_argument("--folder", type=Path, default=None, help="any folder of articles instead of PTC's")
    parser.add_argument("--articles", type=int, default=461, help="how many articles to ingest")
    parser.add_argument("--db", default=None, help="an empty database to use (default: a fresh SQLite file)")
    parser.add_argument("--no-technique-model", action="store_true", help="find techniques with the lexicon alone")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "corpus.json")
    args = parser.parse_args()

    from presslens import Analyzer, Article, read_articles
    from presslens.corpus import Store, date_conflicts, ingest, queries, reanalyze, relink, said_on_conflicts, speaker_conflicts
    from presslens.corpus.export import write_quotes_csv
    from presslens.corpus.results import QuoteFilters

    paths = _articles(args)
    if not paths:
        raise SystemExit(f"no articles under {args.folder or args.data / 'ptc'}")
    analyzer = Analyzer(techniques_model=not args.no_technique_model)
    with tempfile.TemporaryDirectory() as folder, Store(args.db or Path(folder) / "bench.db") as store:
        started = time.perf_counter()
        report = ingest(store, paths, analyzer)
        ingest_seconds = time.perf_counter() - started
        started = time.perf_counter()
        reanalyze(store, analyzer)
        nothing_outdated_seconds = time.perf_counter() - started
        with store.read() as conn:
            everything = queries.sources(conn, QuoteFilters(), limit=1)
            top = everything.named[0].speaker_entity if everything.named else None
            surname = everything.named[0].speaker.split()[-1] if everything.named else ""  # as a user types it: 'Trump'
            asked: dict[str, Callable[[], Any]] = {
                "full-text search": lambda: queries.search(conn, "president"),
                "quotes holding a word, a page": lambda: queries.find_quotes(conn, QuoteFilters(words="president"), 50),
                "sources": lambda: queries.sources(conn, QuoteFilters()),
                "stats by outlet": lambda: queries.stats(conn, "outlet"),
                "date conflicts": lambda: date_conflicts(conn),
                "speaker conflicts": lambda: speaker_conflicts(conn),
                "said-on conflicts": lambda: said_on_conflicts(conn),
                "every quote as CSV": lambda: write_quotes_csv(queries.iter_quotes(conn, QuoteFilters()), io.StringIO()),
            }
            if top is not None:  # the most quoted entity: its quotes, the quotes about it, who else speaks of it, its page
                asked |= {
                    "quotes by the most quoted, a page": lambda: queries.find_quotes(conn, QuoteFilters(speaker=top), 50),
                    "quotes by its surname, a page": lambda: queries.find_quotes(conn, QuoteFilters(speaker=surname), 50),
                    "quotes about it, a page": lambda: queries.find_quotes(conn, QuoteFilters(about=top), 50),
                    "sources about it": lambda: queries.sources(conn, QuoteFilters(about=top)),
                    "its entity profile": lambda: queries.entity_profile(conn, top),
                }
            timings = {name: _median_ms(run, args.repeats) for name, run in asked.items()}
            counts = {
                "articles": report.added + report.already_stored,
                "failed": len(report.failed),
                "quotes": everything.quotes,
                "corpus_entities": report.corpus_entities,
                "stories": report.stories,
                "date_conflicts": len(date_conflicts(conn)),
                "speaker_conflicts": len(found := speaker_conflicts(conn)),
                "speaker_conflicts_named_on_each_side": sum(c.all_named for c in found),
                "said_on_conflicts": len(said_on_conflicts(conn)),
                "most_quoted": top,
            }
        one_more = analyzer.analyze(next(a for a in read_articles([SEED]) if isinstance(a, Article)))
        store.add(one_more)  # an article from outside the corpus, then its links: what a web app's 'store' does
        started = time.perf_counter()
        relink(store)
        link_one_seconds = time.perf_counter() - started
        started = time.perf_counter()
        relink(store, everything=True)
        relink_everything_seconds = time.perf_counter() - started
        backend = store.dialect
    result = {
        "data": str(args.folder or "PTC train and unlabelled articles"),
        "backend": backend,
        "technique_model": not args.no_technique_model,
        "machine": describe(),
        "counts": counts,
        "ingest_seconds": round(ingest_seconds, 2),
        "ingest_articles_per_second": round(counts["articles"] / ingest_seconds, 2),
        "reanalyze_nothing_outdated_seconds": round(nothing_outdated_seconds, 2),
        "link_one_new_article_seconds": round(link_one_seconds, 3),
        "relink_everything_seconds": round(relink_everything_seconds, 3),
        "query_median_ms": timings,
        "repeats": args.repeats,
    }
    print(f"{counts['articles']} articles into {backend}: ingest {ingest_seconds:.1f} s ({result['ingest_articles_per_second']} articles/s), "
          f"reanalyze with nothing outdated {nothing_outdated_seconds:.1f} s")
    print(f"one more article (the seed) linked in {link_one_seconds:.3f} s; the whole corpus linked again in {relink_everything_seconds:.3f} s")
    print(f"{counts['quotes']} quotes, {counts['corpus_entities']} corpus entities, {counts['stories']} stories, "
          f"{counts['date_conflicts']} date conflicts, {counts['speaker_conflicts']} quotes given to different speakers, "
          f"{counts['said_on_conflicts']} dated to different days; most quoted: {top}")
    for name, ms in timings.items():
        print(f"  {name:36} {ms:9.1f} ms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
