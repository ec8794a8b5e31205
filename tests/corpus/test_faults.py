"""Faults: an ingest killed with SIGKILL at several points and rerun loses and duplicates nothing;
two ingests writing one store at once do not corrupt it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from presslens.corpus import Store, tables

ARTICLES = 10
KILL_AFTER = (1, 4, 7)  # stored articles seen before the kill


def _write_articles(folder: Path) -> None:
    """Distinct articles long enough that a kill can land between and inside their writes."""
    folder.mkdir()
    for n in range(ARTICLES):
        paragraphs = [
            f"Minister Hana Okafor{n} said on Monday that the port of Lagos handled {1000 + n * 37 + k} containers in week {k}. "
            f"“We will keep the port open,” Okafor{n} said. The Ports Authority, according to a statement, expects growth of {k}.{n} percent."
            for k in range(30)
        ]
        record = {"text": "\n".join(paragraphs), "headline": f"Port report {n}", "outlet": "Harbour Wire", "published": "2022-03-0" + str(1 + n % 9)}
        (folder / f"article-{n:02}.json").write_text(json.dumps(record), encoding="utf-8")


def _ingest(folder: Path, url: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "presslens", "ingest", str(folder), "--db", url, "--no-technique-model"],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


def _stored(url: str) -> int:
    with Store(url) as store, store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(tables.articles)) or 0


def _assert_complete(url: str) -> None:
    """Every article stored once, each with all the rows of its analysis."""
    with Store(url) as store, store.engine.connect() as conn:
        rows = conn.execute(select(tables.articles.c.id, tables.articles.c.analysis)).all()
        assert len(rows) == ARTICLES
        for article_id, payload in rows:
            analysis = json.loads(payload)
            for table, key in ((tables.quotes, "quotes"), (tables.entities, "entities"), (tables.timexes, "timexes")):
                count = conn.scalar(select(func.count()).select_from(table).where(table.c.article_id == article_id))
                assert count == len(analysis[key]), (table.name, article_id)
        assert conn.scalar(select(func.count()).select_from(tables.signatures)) == ARTICLES


def test_killed_ingests_resume_without_loss_or_duplicates(empty_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder)
    Store(empty_url).close()
    log = tmp_path / "ingest.log"
    for kill_after in KILL_AFTER:
        process = _ingest(folder, empty_url, log)
        deadline = time.monotonic() + 120
        while _stored(empty_url) < kill_after and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if process.poll() is not None:
            pytest.fail(f"ingest ended before the kill point {kill_after}: {log.read_text()[-2000:]}")
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert _stored(empty_url) < ARTICLES
    finish = _ingest(folder, empty_url, log)
    assert finish.wait(timeout=300) == 0, log.read_text()[-2000:]
    assert "0 failed" in log.read_text()
    _assert_complete(empty_url)


def test_two_ingests_at_once_share_one_store(empty_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder)
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    processes = [_ingest(folder, empty_url, log) for log in logs]
    for process, log in zip(processes, logs, strict=True):
        assert process.wait(timeout=300) == 0, log.read_text()[-2000:]
    _assert_complete(empty_url)


def test_a_store_that_cannot_be_written_is_a_clear_error_and_stays_whole(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from presslens.cli import app
    from tests.conftest import SEED
    from tests.corpus.conftest import CORPUS

    path = tmp_path / "ro.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(CORPUS), "--db", str(path), "--no-technique-model"]).exit_code == 0
    with Store(path) as store:
        before = store.counts()
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = runner.invoke(app, ["ingest", str(SEED), "--db", read_only, "--no-technique-model"])
    assert result.exit_code == 2 and "cannot write to the store" in result.output and "a rerun resumes" in result.output
    with Store(path) as store, store.read() as conn:
        assert store.counts() == before
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_an_output_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from presslens.cli import app
    from tests.conftest import SEED

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(SEED), "--out", str(blocker / "out"), "--workers", "1"])
    assert result.exit_code == 2 and "cannot write the output folder" in result.output


@pytest.fixture
def tiny_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 700 KB filesystem (tmpfs), for running out of space; skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(mount)], capture_output=True, check=False).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_stops_the_ingest_with_a_clear_error_and_a_whole_store(tiny_disk: Path) -> None:
    from typer.testing import CliRunner

    from presslens.cli import app
    from tests.conftest import SEED
    from tests.corpus.conftest import CORPUS

    path = tiny_disk / "full.db"
    result = CliRunner().invoke(app, ["ingest", str(SEED), str(CORPUS), str(CORPUS.parent / "wire-article.html"), "--db", str(path), "--no-technique-model"])
    assert result.exit_code == 2, result.output
    assert "cannot write to the store" in result.output and "full" in result.output
    with Store(path) as store, store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        for article_id, payload in conn.execute(select(tables.articles.c.id, tables.articles.c.analysis)).all():
            stored = conn.scalar(select(func.count()).select_from(tables.quotes).where(tables.quotes.c.article_id == article_id))
            assert stored == len(json.loads(payload)["quotes"])
