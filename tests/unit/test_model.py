import inspect

import pytest
from pydantic import ValidationError

import presslens
from presslens.model import Span, analysis_json_schema


def test_span_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=2)


def test_schema_carries_its_version() -> None:
    schema = analysis_json_schema()
    assert schema["properties"]["schema_version"]["default"] == presslens.SCHEMA_VERSION  # type: ignore[index]


def test_public_api_is_what_all_lists() -> None:
    public = {
        name
        for name, value in vars(presslens).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name not in ("annotations", "TYPE_CHECKING")
    }
    lazy = {"Analyzer"}  # imported on first use (module __getattr__), so querying a corpus does not load spaCy
    assert set(presslens.__all__) == public | lazy | {"__version__"}
    assert all(getattr(presslens, name) is not None for name in presslens.__all__)
