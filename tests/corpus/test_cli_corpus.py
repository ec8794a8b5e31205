"""The corpus commands end to end through the CLI, on an SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from presslens.cli import app
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS

runner = CliRunner()


def test_ingest_then_query_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    seeded = runner.invoke(app, ["ingest", str(SEED), "--published", "2021-12-30", "--db", db])
    assert seeded.exit_code == 0, seeded.output
    result = runner.invoke(app, ["ingest", str(CORPUS), str(broken), "--db", db])
    assert result.exit_code == 1 and "4 added, 0 already stored, 1 failed" in result.output
    assert "broken.json" in result.output and "E105" in result.output
    again = runner.invoke(app, ["ingest", str(CORPUS), "--db", db])
    assert again.exit_code == 0 and "0 added, 4 already stored" in again.output

    quotes = json.loads(runner.invoke(app, ["quotes", "--speaker", "al-Amiri", "--db", db, "--json"]).output)
    assert {q["speaker"] for q in quotes} == {"Hadi al-Amiri", "Ali al-Amiri"}
    entity = runner.invoke(app, ["entity", "Kazemi", "--db", db])
    assert "transliteration variant" in entity.output
    stats = json.loads(runner.invoke(app, ["stats", "--by", "outlet", "--db", db, "--json"]).output)
    assert [s["group"] for s in stats] == ["Capital Wire", "Dispatches", "Gulf Wire", "Levant Post"]
    stories = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output)
    story = runner.invoke(app, ["story", stories[0]["id"], "--db", db])
    assert "+ , known in Arabic as Hashd al-Shaabi, [gloss]" in story.output
    assert "implies 2020-01-01" in runner.invoke(app, ["conflicts", "--db", db]).output
    assert "broken.json" in runner.invoke(app, ["errors", "--db", db]).output

    said = runner.invoke(app, ["quotes", "--speaker", "al-Kadhimi", "--about", "Iraq", "--outlet", "Gulf Wire", "--csv", "--db", db])
    rows = list(csv.DictReader(io.StringIO(said.stdout)))
    assert said.exit_code == 0 and rows and {(r["speaker"], r["outlet"]) for r in rows} == {("Mustafa al-Kadhimi", "Gulf Wire")}
    first = runner.invoke(app, ["quotes", "--since", "2022-01-01", "--limit", "2", "--db", db])
    assert first.exit_code == 0 and "2 of " in first.stderr and "--limit cut the rest" in first.stderr
    unknown = runner.invoke(app, ["quotes", "--about", "Atlantis", "--db", db])
    assert unknown.exit_code == 1 and "no entity named 'Atlantis'" in unknown.output and isinstance(unknown.exception, SystemExit)
    quoted = runner.invoke(app, ["sources", "--outlet", "Dispatches", "--db", db])
    assert quoted.exit_code == 0 and "Most quoted, named" in quoted.stdout and "Hadi al-Amiri" in quoted.stdout
    assert "15 quote(s), 100% of them by a named person or body" in quoted.stderr
    counted = json.loads(runner.invoke(app, ["sources", "--outlet", "Dispatches", "--json", "--db", db]).stdout)
    assert [(c["speaker"], c["quotes"], c["articles"]) for c in counted["named"]][:2] == [("Iraqi Resistance Coordination Commission", 8, 1), ("Hadi al-Amiri", 4, 1)]
    backwards = runner.invoke(app, ["quotes", "--since", "2022-01-02", "--until", "2022-01-01", "--db", db])
    assert backwards.exit_code == 2 and "is after until" in backwards.output

    split = runner.invoke(app, ["entity", "split", "mustafa-al-kadhimi", "--name", "Mustafa al-Kazemi", "--db", db])
    assert split.exit_code == 0 and "mustafa-al-kazemi" in split.output
    merged = runner.invoke(app, ["entity", "merge", "mustafa-al-kadhimi", "mustafa-al-kazemi", "--db", db])
    assert merged.exit_code == 0 and "merged into mustafa-al-kadhimi" in merged.output
    assert "joined by a user" not in runner.invoke(app, ["entity", "mustafa-al-kadhimi", "--db", db]).output  # the rules join them again
    usage = runner.invoke(app, ["entity", "merge", "mustafa-al-kadhimi", "--db", db])
    assert usage.exit_code == 2 and "presslens entity merge ENTITY_ID OTHER_ID" in usage.output
    nobody = runner.invoke(app, ["entity", "merge", "mustafa-al-kadhimi", "nobody", "--db", db])
    assert nobody.exit_code == 1 and "no corpus entity 'nobody'" in nobody.output
    missing = runner.invoke(app, ["entity", "Nobody McNoname", "--db", db])
    assert missing.exit_code == 1 and "E301" in missing.output and isinstance(missing.exception, SystemExit)

def test_a_store_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 2 and "E300" in result.output and "cannot open the store" in result.output


def test_an_article_without_an_outlet_is_named_by_its_id(tmp_path: Path) -> None:
    db = str(tmp_path / "plain.db")
    article = tmp_path / "plain.txt"
    article.write_text("Talks resume\n\nFinance Minister Jane Holt said on Monday that the talks would resume.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    output = runner.invoke(app, ["entity", "Jane Holt", "--db", db], terminal_width=200).output
    assert "  article " in output and "  - " not in output


def test_negated_quotes_are_marked_and_an_outdated_store_is_reanalysed(tmp_path: Path) -> None:
    db = str(tmp_path / "lopez.db")
    article = tmp_path / "lopez.txt"
    article.write_text("Senator Maria Lopez refused to say on Monday whether she would run. Lopez said the budget was a disgrace.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    quotes = runner.invoke(app, ["quotes", "--speaker", "Maria Lopez", "--db", db], terminal_width=200).output
    assert "indirect · negated" in quotes and "whether she would run" in quotes
    entity = runner.invoke(app, ["entity", "Maria Lopez", "--db", db], terminal_width=200).output
    assert "(negated: not said) whether she would run" in entity
    assert "0 reanalysed, 0 failed" in runner.invoke(app, ["reanalyze", "--db", db]).output
    assert "1 of 1 stored article(s) would be analysed again" in runner.invoke(app, ["reanalyze", "--all", "--dry-run", "--db", db]).output
    everything = runner.invoke(app, ["reanalyze", "--all", "--db", db])
    assert everything.exit_code == 0 and "1 reanalysed, 0 failed" in everything.output
