"""Lexicons shipped with presslens (see README.md here for their provenance)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from nicknames import NickNamer


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource file."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Reporting verb lemma -> how its content attaches (clause, object, object+)."""
    return {lemma: content for lemma, content, _ in _reporting_verbs()}


@lru_cache(maxsize=1)
def belief_verbs() -> frozenset[str]:
    """Reporting verbs that attribute a thought, intention or finding rather than words."""
    return frozenset(lemma for lemma, _, act in _reporting_verbs() if act == "belief")


def _reporting_verbs() -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in read_lines("speech_verbs.tsv")]  # type: ignore[misc]


@lru_cache(maxsize=1)
def channels() -> frozenset[str]:
    return frozenset(read_lines("channels.txt"))


@lru_cache(maxsize=1)
def groups_of_states() -> dict[str, frozenset[str]]:
    """A group of states' name, lower case ('ecowas', 'european union') -> the nouns a story calls it by once
    named ('bloc', 'union')."""
    return {name: frozenset(nouns.split(",")) for name, nouns in (line.split("\t") for line in read_lines("groups_of_states.tsv"))}


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Titles before a name, lower-cased, without their full stop: 'mr', 'mrs', 'dr'."""
    return frozenset(read_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Nouns that name a person by role or relation: 'minister', 'spokeswoman', 'widow'."""
    return frozenset(read_lines("person_roles.txt"))


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    """Occupations written right before a full name ('comedienne Chelsea Handler'): a person's name."""
    return frozenset(read_lines("occupations.txt"))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str | None]:
    """The US Census' frequent names, then the world's names that list lacks, each with its sex."""
    lines = read_lines("given_names.tsv") + read_lines("world_given_names.tsv")
    return {name: None if sex == "-" else sex for name, sex in (line.split("\t") for line in lines)}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Frequent given names, lower case ('carly', 'sean', 'olaf'): a name starting with one is a person's."""
    return frozenset(_given_names())


@lru_cache(maxsize=1)
def known_entity_names() -> frozenset[str]:
    """The names known_entities.jsonl writes out in full ('Hayat Tahrir al-Sham'): their label is the list's,
    whatever word they start with."""
    patterns = (json.loads(line)["pattern"] for line in read_lines("known_entities.jsonl"))
    return frozenset(pattern for pattern in patterns if isinstance(pattern, str))


@lru_cache(maxsize=1)
def census_given_names() -> frozenset[str]:
    """The US Census' frequent given names alone ('carly', 'sean'): so common that a word written alone is the
    person, where the world's ('courtland', 'americo') also name small towns and firms."""
    return frozenset(line.split("\t")[0] for line in read_lines("given_names.tsv"))


@lru_cache(maxsize=1)
def family_names_first() -> frozenset[str]:
    """Family names written before the given name and then alone, lower case ('wang' of 'Wang Wenbin')."""
    return frozenset(read_lines("family_names_first.txt"))


def given_name_sex(name: str) -> str | None:
    """'m' or 'f' for a given name one sex bears far more often ('theresa': 'f'), or for a short form whose
    full names all have that sex ('nate': 'nathan', 'm'); None for both or unknown."""
    names, lowered = _given_names(), name.lower()
    if lowered in names:
        return names[lowered]
    sexes = {names[full] for full in _nicknamer().canonicals_of(lowered) if full in names}  # None: a name both bear
    return sexes.pop() if len(sexes) == 1 else None


@lru_cache(maxsize=1)
def non_attribution_cues() -> frozenset[str]:
    """Cue lemmas that point at a thing or report an act: no attribution for presslens."""
    return frozenset(read_lines("non_attribution_cues.txt"))


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


def short_form(first: str, other: str) -> bool:
    """Whether the first name ``first`` is a short form of ``other`` ('Don' of 'Donald', 'Bill' of 'William'),
    two letters shorter at least: names as close as 'Roger' and 'Rodger' are left to the spelling rules.
    The forms are the curated English list of the ``nicknames`` package."""
    return len(first) + 2 <= len(other) and first.casefold() in _nicknamer().nicknames_of(other)
