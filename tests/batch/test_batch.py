"""Batch runs: Parquet and JSON Lines out, resumable, failures recorded; the Dask engine gives the same records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presslens.batch import run_batch
from presslens.batch.parts import PartFolder, arrow_schema
from presslens.cli import app
from presslens.corpus import Store
from presslens.errors import StoreError
from presslens.settings import SCHEMA_VERSION
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS

KINDS = ("articles", "entities", "mentions", "quotes", "joint_speakers", "timexes", "techniques", "findings")


def _inputs(tmp_path: Path) -> list[str]:
    broken = tmp_path / "inputs"
    broken.mkdir(exist_ok=True)
    (broken / "empty.txt").write_text("  ", encoding="utf-8")
    (broken / "lines.jsonl").write_text('{"text": "The minister said on Monday that talks had failed."}\n{oops\n', encoding="utf-8")
    return [str(CORPUS), str(SEED), str(broken)]


def _records(out: str, fmt: str) -> dict[str, list[str]]:
    """Every committed row of every kind, comparable across runs (ingestion times left out)."""
    folder = PartFolder(out, fmt)  # type: ignore[arg-type]
    return {
        kind: sorted(json.dumps({k: v for k, v in row.items() if k != "ingested_at"}, sort_keys=True, default=str) for row in folder.read(kind))
        for kind in KINDS
    }


def test_local_batch_writes_every_kind_and_resumes(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    report = run_batch(_inputs(tmp_path), out=out, workers=2, chunk_size=2, techniques_model=False)
    assert report.analysed == 6 and report.skipped == 0
    assert sorted(f.split("]")[0] for f in report.failed) == ["[E101", "[E105"]
    records = _records(out, "parquet")
    assert len(records["articles"]) == 6 and len(records["quotes"]) > 40
    assert {json.loads(r)["code"] for r in map(json.dumps, PartFolder(out).read("errors"))} == {"E101", "E105"}
    again = run_batch(_inputs(tmp_path), out=out, workers=2, chunk_size=2, techniques_model=False)
    assert again.analysed == 0 and again.skipped == 6
    assert _records(out, "parquet") == records


def test_parquet_parts_follow_the_corpus_schema(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    joint = tmp_path / "joint.txt"  # the seed has no words two speakers said together
    joint.write_text("Nancy Pelosi and Charles Schumer said the report must be public.\n", encoding="utf-8")
    run_batch([str(SEED), str(joint)], out=out, workers=1, techniques_model=False)
    import pyarrow.dataset as ds

    for kind in KINDS:
        assert ds.dataset(str(tmp_path / "out" / kind), format="parquet").schema == arrow_schema(kind)


def test_an_unfinished_chunk_is_removed_and_redone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(CORPUS)], out=str(out), workers=1, techniques_model=False, fmt="jsonl")
    articles = next((out / "articles").iterdir())
    for kind in ("quotes", "entities"):
        (out / kind / articles.name).rename(out / kind / "part-orphan.jsonl")  # as if killed before its articles part
    articles.unlink()
    (out / "quotes" / ".tmp-part-x.jsonl").write_text("{half", encoding="utf-8")
    report = run_batch([str(CORPUS)], out=str(out), workers=1, techniques_model=False, fmt="jsonl")
    assert report.removed_orphans >= 3 and report.analysed == 4
    assert len(PartFolder(str(out), "jsonl").read("articles")) == 4


def test_the_per_article_time_limit(tmp_path: Path) -> None:
    report = run_batch([str(SEED)], out=str(tmp_path / "out"), workers=1, time_limit=0.001, techniques_model=False)
    assert report.analysed == 0 and "took longer than 0.001 s" in report.failed[0]


def test_batch_into_a_corpus_store(tmp_path: Path) -> None:
    db = str(tmp_path / "batch.db")
    report = run_batch(_inputs(tmp_path), db=db, workers=2, techniques_model=False)
    assert report.analysed == 6
    with Store(db) as store:
        counts = store.counts()
        assert counts["articles"] == 6 and counts["stories"] == 3 and counts["errors"] == 2


def test_the_cli_reports_failures_and_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", *_inputs(tmp_path), "--out", str(tmp_path / "cli"), "--workers", "1", "--no-technique-model", "--format", "jsonl"])
    assert result.exit_code == 1 and "6 analysed, 0 already done, 2 failed" in result.output


def test_dask_local_cluster_gives_the_local_records(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local, remote = str(tmp_path / "local"), str(tmp_path / "dask")
    run_batch(_inputs(tmp_path), out=local, workers=2, chunk_size=2, techniques_model=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = run_batch(_inputs(tmp_path), out=remote, engine="dask", scheduler=client, chunk_size=2, techniques_model=False)
        assert len({w for w in client.run(lambda: 1)}) == 2
    assert report.analysed == 6 and len(report.failed) == 2
    assert _records(remote, "parquet") == _records(local, "parquet")


def test_the_dask_engine_reads_chunks_as_the_cluster_frees_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten million inputs must not become ten million tasks at once: two chunks per worker thread at most."""
    distributed = pytest.importorskip("distributed")
    from presslens.batch import distributed as engine
    from presslens.batch.work import ChunkResult, Job

    monkeypatch.setattr(engine, "run_chunk", lambda chunk, _job, _done: ChunkResult(analysed=len(chunk)))
    pulled, ahead = [0], []

    def chunks():  # type: ignore[no-untyped-def]
        for n in range(30):
            pulled[0] += 1
            yield [f"input-{n}"]

    def on_result(_chunk: list[str], _result: object) -> None:
        ahead.append(pulled[0] - len(ahead))  # submitted and not yet handed on, this one included

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        engine.run_dask(chunks(), Job(None, "parquet", 0, False, None), set(), client, on_result)
    assert len(ahead) == 30 and max(ahead) <= 4


def test_a_dask_task_the_scheduler_cancelled_is_run_again_with_the_ids_already_done(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that dies with the one copy of the ids already done makes the scheduler forget the tasks that needed them."""
    distributed = pytest.importorskip("distributed")
    from presslens.batch import distributed as engine
    from presslens.batch.work import ChunkResult, Job

    # what a task is given comes back in its result: the chunk's length when it had the ids already done
    monkeypatch.setattr(engine, "run_chunk", lambda chunk, _job, done: ChunkResult(analysed=len(chunk) if set(done) == {"done-id"} else -1))
    results: list[tuple[list[str], ChunkResult]] = []
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        submit, cancelled = client.submit, []

        def submit_and_cancel_the_first(*args, **kwargs):  # type: ignore[no-untyped-def]
            future = submit(*args, **kwargs)
            if not cancelled:
                future.cancel()
                cancelled.append(future)
            return future

        monkeypatch.setattr(client, "submit", submit_and_cancel_the_first)
        engine.run_dask(iter([["a.txt"], ["b.txt"]]), Job(None, "parquet", 0, False, None), {"done-id"}, client, lambda chunk, result: results.append((chunk, result)))
    assert len(cancelled) == 1
    assert sorted((chunk, result.analysed, result.failed) for chunk, result in results) == [(["a.txt"], 1, []), (["b.txt"], 1, [])]


def test_a_dask_worker_that_dies_has_its_inputs_rerun(tmp_path: Path) -> None:
    import os
    import threading
    import time

    distributed = pytest.importorskip("distributed")
    inputs = tmp_path / "many"
    inputs.mkdir()
    for n in range(12):
        (inputs / f"a{n:02}.txt").write_text(f"Report {n}\nMinister Lina Farouk{n} said on Monday that {n} ports would reopen.\n" * 3, encoding="utf-8")
    out = str(tmp_path / "out")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        result: dict[str, object] = {}
        runner = threading.Thread(
            target=lambda: result.update(report=run_batch([str(inputs)], out=out, engine="dask", scheduler=client, chunk_size=1, techniques_model=False))
        )
        runner.start()
        deadline = time.monotonic() + 120
        while len(PartFolder(out).read("articles")) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        victim = sorted(client.scheduler_info()["workers"])[0]
        try:
            client.run(lambda: os._exit(1), workers=[victim])
        except Exception:  # noqa: BLE001 - the worker is gone before it can answer
            pass
        runner.join(timeout=240)
    report = result["report"]
    assert report.analysed >= 12 and report.failed == []  # type: ignore[attr-defined]
    ids = [row["id"] for row in PartFolder(out).read("articles")]
    assert len(ids) == len(set(ids)) == 12


def test_a_local_worker_that_dies_has_its_inputs_rerun(tmp_path: Path) -> None:
    import os
    import signal
    import threading
    import time

    import psutil

    inputs = tmp_path / "many"
    inputs.mkdir()
    for n in range(16):
        (inputs / f"a{n:02}.txt").write_text(f"Report {n}\nMinister Omar Saleh{n} said on Monday that {n} ports would reopen.\n" * 20, encoding="utf-8")
    out = str(tmp_path / "out")
    result: dict[str, object] = {}
    runner = threading.Thread(target=lambda: result.update(report=run_batch([str(inputs)], out=out, workers=2, chunk_size=1, techniques_model=False)))
    runner.start()
    deadline = time.monotonic() + 120
    while len(PartFolder(out).read("articles")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    forkservers = [p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline())]
    workers = [w for server in forkservers for w in server.children()]  # the pool's workers are the fork server's children
    os.kill(workers[-1].pid, signal.SIGKILL)
    runner.join(timeout=300)
    report = result["report"]
    assert report.failed == []  # type: ignore[attr-defined]
    ids = [row["id"] for row in PartFolder(out).read("articles")]
    assert len(ids) == len(set(ids)) == 16


def test_the_fork_server_loads_the_analyzer_before_any_worker_forks() -> None:
    """What the local engine's fork server imports first leaves the analyzer loaded for its workers to share,
    its objects frozen out of the collector's reach (a collection would write to, and so copy, their pages)."""
    import subprocess
    import sys

    probe = "import gc, presslens.batch.preload; from presslens.batch.work import _ANALYZERS; print(sorted(_ANALYZERS), gc.get_freeze_count() > 10000)"
    printed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert printed == ["[True]", "True"]


def test_a_folder_written_otherwise_is_refused_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(SEED)], out=str(out), workers=1, techniques_model=False)
    with pytest.raises(StoreError, match=r"another technique_model none \(this run: techniques-v\d+\)"):
        run_batch([str(CORPUS)], out=str(out), workers=1)
    with pytest.raises(StoreError, match=r"another format parquet \(this run: jsonl\)"):
        run_batch([str(CORPUS)], out=str(out), fmt="jsonl", workers=1, techniques_model=False)
    manifest = out / "presslens.json"
    manifest.write_text(manifest.read_text("utf-8").replace(SCHEMA_VERSION, "1.13"), encoding="utf-8")
    with pytest.raises(StoreError, match=rf"another schema_version 1.13 \(this run: {SCHEMA_VERSION}\)"):
        run_batch([str(CORPUS)], out=str(out), workers=1, techniques_model=False)
    assert len(PartFolder(str(out)).done_ids()) == 1
