"""Lexicons shipped with presslens (see README.md here for their provenance)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource file."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Reporting verb lemma -> how its content attaches (clause, object, object+)."""
    return dict(line.split("\t") for line in read_lines("speech_verbs.tsv"))


@lru_cache(maxsize=1)
def channels() -> frozenset[str]:
    return frozenset(read_lines("channels.txt"))
