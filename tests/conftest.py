"""Shared fixtures: one loaded analyzer per test session, paths to the seed and to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens import Analysis, Analyzer, read_articles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "dispatches-iraq-resistance.txt"
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def seed_analysis(analyzer: Analyzer) -> Analysis:
    from datetime import date

    (article,) = read_articles([SEED], published=date(2021, 12, 30))
    assert not isinstance(article, Exception)
    return analyzer.analyze(article)


@pytest.fixture(scope="session")
def shared_gold() -> dict:  # type: ignore[type-arg]
    import json

    path = SHARED / "seed" / "gold.json"
    if not path.exists():
        pytest.skip(f"{path} is absent: the hand annotation of the seed lives in ../shared")
    return json.loads(path.read_text("utf-8"))


def assert_spans_inside(analysis: Analysis) -> None:
    """Every span of an analysis lies inside the article text."""
    size = len(analysis.article.text)
    for span in analysis.spans():
        assert 0 <= span.start <= span.end <= size, span
