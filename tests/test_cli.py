"""The command line on real files: exit codes, outputs, and failures named without losing the rest."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from presslens import SCHEMA_VERSION
from presslens.cli import app
from presslens.pipeline.rhetoric import lexicon_lines
from tests.conftest import FIXTURES, SEED

runner = CliRunner()


@pytest.fixture(scope="module")
def schema() -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_seed_to_json_on_stdout_validates_against_the_schema(schema: dict) -> None:  # type: ignore[type-arg]
    result = runner.invoke(app, ["analyze", str(SEED), "--published", "2021-12-30", "--json", "-"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["article"]["published"] == "2021-12-30"
    assert len(document["entities"]) >= 14


def test_summary_names_entities_and_findings() -> None:
    result = runner.invoke(app, ["analyze", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "Hadi al-Amiri" in result.stdout and "place_misspelling" in result.stdout


def test_summary_gives_each_quote_its_channel_and_day() -> None:
    result = runner.invoke(app, ["analyze", str(SEED), "--published", "2021-12-30", "--no-technique-model"])
    assert result.exit_code == 0, result.output
    summary = " ".join(result.stdout.split())
    assert "Q3 direct · Iraqi Resistance Coordination Commission · “said” · in a statement · on 2021-12-28" in summary
    assert "Q10 direct · Mustafa al-Kadhimi · “said” · in a tweet" in summary


def test_summary_says_which_quotes_are_negated(tmp_path: Path) -> None:
    article = tmp_path / "negated.txt"
    article.write_text("Carson did not mention any of his opponents by name.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), "--no-technique-model"])
    assert result.exit_code == 0, result.output
    assert "Q1 indirect · negated · Carson · “did not mention”" in " ".join(result.stdout.split())


def test_summary_names_every_speaker_of_a_joint_statement(tmp_path: Path) -> None:
    article = tmp_path / "joint.txt"
    article.write_text("Nancy Pelosi and Charles Schumer said the report must be public.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), "--no-technique-model"])
    assert "Q1 indirect · Nancy Pelosi and Charles Schumer · “said”" in " ".join(result.stdout.split())


def test_summary_names_the_channel_with_its_article(tmp_path: Path) -> None:
    article = tmp_path / "channel.txt"
    article.write_text("Carson said in an interview on Monday that the plan would fail.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), "--no-technique-model"])
    assert "Carson · “said” · in an interview" in " ".join(result.stdout.split())


def test_html_and_jsonl_inputs_and_reports(tmp_path: Path, schema: dict) -> None:  # type: ignore[type-arg]
    out_json = tmp_path / "out.jsonl"
    reports = tmp_path / "reports"
    result = runner.invoke(
        app, ["analyze", str(FIXTURES / "wire-article.html"), str(FIXTURES / "two-articles.jsonl"), "--json", str(out_json), "--html", str(reports)]
    )
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in out_json.read_text("utf-8").splitlines()]
    assert [d["article"]["outlet"] for d in documents] == ["Harbour Herald", "Capital Wire", None]
    for document in documents:
        jsonschema.validate(document, schema)
    assert len(list(reports.glob("*.html"))) == 3


def test_broken_and_empty_inputs_are_named_and_the_rest_analysed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x9f\x92\x96 not text \x00")
    (tmp_path / "latin1.txt").write_bytes("Café talks\nThe minister said the café would reopen.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Headline\nThe minister said talks failed.", "utf-8")
    out_json = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(tmp_path), str(tmp_path / "missing.txt"), "--json", str(out_json)])
    assert result.exit_code == 1
    assert "E101" in result.stderr and "empty.txt" in result.stderr
    assert "E103" in result.stderr and "binary.txt" in result.stderr
    assert "missing.txt" in result.stderr
    assert "3 input(s) failed, 2 analysed" in result.stderr
    headlines = [json.loads(line)["article"]["headline"] for line in out_json.read_text("utf-8").splitlines()]
    assert headlines == ["Headline", "Café talks"]



def test_a_web_address_is_named_as_one_and_nothing_is_downloaded(tmp_path: Path) -> None:
    out_json = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", "https://example.com/news/story.html", str(SEED), "--json", str(out_json)])
    assert result.exit_code == 1
    assert "[E104] https://example.com/news/story.html: a web address" in " ".join(result.stderr.split())
    assert "1 input(s) failed, 1 analysed" in result.stderr
    assert json.loads(out_json.read_text("utf-8"))["quotes"]  # the seed, analysed


def test_a_text_too_long_or_an_analysis_that_fails_is_reported_and_the_rest_analysed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens.pipeline.analyzer import Analyzer

    monkeypatch.setattr("presslens.ingest.article.MAX_ARTICLE_CHARS", 200)
    analyze_doc = Analyzer._analyze_doc

    def fails_on_boom(self: Analyzer, article, doc):  # type: ignore[no-untyped-def]
        if "boom" in article.text:
            raise RuntimeError("boom")
        return analyze_doc(self, article, doc)

    monkeypatch.setattr(Analyzer, "_analyze_doc", fails_on_boom)
    (tmp_path / "a.txt").write_text("First\nThe minister said talks failed.", "utf-8")
    (tmp_path / "b.txt").write_text("Second\nThe boom came on Monday, officials said.", "utf-8")
    (tmp_path / "c.txt").write_text("Third\n" + "The minister said talks failed. " * 10, "utf-8")
    (tmp_path / "d.txt").write_text("Fourth\nThe mayor said the bridge would reopen.", "utf-8")
    out_json = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(out_json)])
    assert result.exit_code == 1
    stderr = " ".join(result.stderr.split())
    assert "[E106] " in stderr and "b.txt: analysis failed: RuntimeError: boom" in stderr
    assert "[E102] " in stderr and "c.txt: the text has 326 characters, more than the 200 analysed as one article" in stderr
    assert "2 input(s) failed, 2 analysed" in stderr
    headlines = [json.loads(line)["article"]["headline"] for line in out_json.read_text("utf-8").splitlines()]
    assert headlines == ["First", "Fourth"]


def test_an_article_running_past_the_time_limit_is_abandoned_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from presslens.pipeline.analyzer import Analyzer

    analyze_doc = Analyzer._analyze_doc

    def slow_on_purpose(self: Analyzer, article, doc):  # type: ignore[no-untyped-def]
        if "slow" in article.text:
            time.sleep(5)
        return analyze_doc(self, article, doc)

    monkeypatch.setattr(Analyzer, "_analyze_doc", slow_on_purpose)
    (tmp_path / "a.txt").write_text("First\nThe slow minister said talks failed.", "utf-8")
    (tmp_path / "b.txt").write_text("Second\nThe mayor said the bridge would reopen.", "utf-8")
    started = time.perf_counter()
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(tmp_path / "out.jsonl"), "--time-limit", "0.5"])
    assert result.exit_code == 1 and time.perf_counter() - started < 5
    assert "a.txt: the analysis took longer than 0.5 s and was abandoned" in " ".join(result.stderr.split())
    assert json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["article"]["headline"] == "Second"

def test_stdin_is_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "-", "--json", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["source"] == "<stdin>"


def test_bad_date_and_unknown_model_are_usage_errors() -> None:
    assert runner.invoke(app, ["analyze", str(SEED), "--published", "30/12/2021"]).exit_code == 2
    result = runner.invoke(app, ["analyze", str(SEED), "--model", "no_such_pipeline"])
    assert result.exit_code == 2 and "not installed" in result.stderr


def test_no_attribution_tagger_keeps_the_rules_quotes_only(tmp_path: Path) -> None:
    article = tmp_path / "stance.txt"
    article.write_text("Many young voters are deeply skeptical of the party establishment and its choice of candidates.\n", encoding="utf-8")
    with_tagger = runner.invoke(app, ["analyze", str(article), "--json", "-", "--no-technique-model"])
    rules_only = runner.invoke(app, ["analyze", str(article), "--json", "-", "--no-technique-model", "--no-attribution-tagger"])
    assert with_tagger.exit_code == rules_only.exit_code == 0
    assert [q["cue_lemma"] for q in json.loads(with_tagger.stdout)["quotes"]] == ["be deeply skeptical of"]
    assert json.loads(rules_only.stdout)["quotes"] == []


def test_training_without_the_train_extra_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ptc" / "train" / "articles").mkdir(parents=True)
    monkeypatch.setitem(__import__("sys").modules, "sklearn.feature_extraction", None)  # as if scikit-learn were absent
    result = runner.invoke(app, ["train", "technique-words", "--data", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "pip install 'presslens[train]'" in " ".join(result.stderr.split())


def test_a_student_model_without_its_teacher_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "ptc" / "train" / "articles").mkdir(parents=True)
    config = tmp_path / "student.toml"
    shipped = resources.files("presslens.train").joinpath("techniques.toml").read_text("utf-8")
    config.write_text(re.sub(r"(?m)^teacher_weight.*$", "", shipped) + "teacher_weight = 1.0\n", "utf-8")
    result = runner.invoke(app, ["train", "techniques", "--data", str(tmp_path), "--config", str(config), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "learns from a teacher" in " ".join(result.stderr.split())


def test_each_teacher_of_an_ensemble_must_be_a_trained_model(tmp_path: Path) -> None:
    (tmp_path / "ptc" / "train" / "articles").mkdir(parents=True)
    (tmp_path / "teacher13").mkdir()
    (tmp_path / "teacher13" / "config.json").write_text("{}", "utf-8")
    (tmp_path / "teacher14").mkdir()
    arguments = ["train", "techniques", "--data", str(tmp_path), "--out", str(tmp_path / "out")]
    result = runner.invoke(app, [*arguments, "--teacher", str(tmp_path / "teacher13"), "--teacher", str(tmp_path / "teacher14")])
    assert result.exit_code == 2 and "no trained technique model in" in " ".join(result.stderr.split()) and "teacher14" in "".join(result.stderr.split())


def test_train_lexicon_counts_every_pattern_over_the_training_articles(tmp_path: Path) -> None:
    folder = tmp_path / "ptc" / "train"
    (folder / "articles").mkdir(parents=True)
    (folder / "labels-task-flc-tc").mkdir()
    for n in range(10):  # a fifth of them fall in the dev split and are never read
        (folder / "articles" / f"article{n}.txt").write_text(f"Story {n}\n\nA brutal attack on the so-called plan.\n", "utf-8")
        (folder / "labels-task-flc-tc" / f"article{n}.task-flc-tc.labels").write_text(f"{n}\tLoaded_Language\t11\t17\n", "utf-8")
    result = runner.invoke(app, ["train", "lexicon", "--data", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    record = json.loads((tmp_path / "out" / "rhetoric_lexicon_calibration.json").read_text("utf-8"))
    assert record["articles"] == 8
    brutal = next(v for k, v in record["patterns"].items() if k.startswith("Loaded_Language\t(?:brutal|"))
    assert (brutal["matches"], brutal["on_its_label"]) == (8, 8)
    assert len(record["patterns"]) == len(lexicon_lines())


def test_the_help_shows_square_brackets_as_written() -> None:
    result = runner.invoke(app, ["--help"], terminal_width=200)
    assert result.exit_code == 0 and "needs the [train] extra" in result.stdout


def test_the_command_line_and_batch_workers_start_without_what_few_runs_need() -> None:
    """datasketch brings SciPy, about 0.7 s of every start; only making or reading a story signature needs it.
    Alembic (migrating a store) and trafilatura (reading HTML) take about 0.09 s each."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, presslens.cli, presslens.batch.work; print(sorted({'datasketch', 'scipy', 'alembic', 'trafilatura'} & set(sys.modules)))"],
        capture_output=True, text=True, check=True,
    )
    assert loaded.stdout.strip() == "[]"


def test_a_technique_model_the_settings_cannot_find_stops_analyze_and_batch_before_any_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens import settings

    monkeypatch.setattr(settings, "TECHNIQUE_MODEL", "techniques-v0")
    for args in (["analyze", str(SEED)], ["batch", str(SEED), "--out", str(tmp_path / "out"), "--workers", "1"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert "[E200] no technique model named 'techniques-v0'" in result.output.replace("\n", " ")
    assert not (tmp_path / "out").exists()
