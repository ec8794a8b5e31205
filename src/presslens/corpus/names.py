"""Name keys for joining entities across articles: spelling-insensitive, and transliteration-insensitive for people."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'`‘ʼ]")
_DOTS = re.compile(r"(?<=\w)\.(?=\w|$)")
_NON_WORD = re.compile(r"[^\w]+")
PARTICLES = frozenset({"al", "el", "ad", "ud", "bin", "ibn", "abu"})
# Romanisations of one Arabic or Persian letter written differently by different outlets.
_DIGRAPHS = (("dh", "z"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ph", "f"), ("ou", "u"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "g"))
_WEAK = re.compile(r"[aeiouyhw']")

#: Entity labels joined across articles only within the same family.
FAMILIES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}


def family(label: str) -> str:
    return FAMILIES.get(label, label.lower())


def name_words(name: str) -> set[str]:
    """The words of a name's key without particles: what 'Kazemi', 'al-Kazemi' and 'Mustafa al-Kazemi' share."""
    return {w for w in name_key(name).split() if w not in PARTICLES}


#: Linking a corpus asks for the key of each name many times over (each of its joins, each alias).
_NAMES_CACHED = 1 << 18


@lru_cache(maxsize=_NAMES_CACHED)
def name_key(name: str) -> str:
    """Lower case, no accents, apostrophes, dots or hyphens: 'the U.S.' → 'us', 'al-Kadhimi' → 'al kadhimi'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.lower())
    text = _DOTS.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    return text.removeprefix("the ")


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=_NAMES_CACHED)
def skeleton(name: str) -> tuple[str, ...]:
    """Consonant skeleton of each word, particles dropped: Kadhimi, Kazemi and Kadhemi all give ('kzm',)."""
    words = [w for w in name_key(name).split() if w not in PARTICLES]
    return tuple(_word_skeleton(w) for w in words)


def _word_skeleton(word: str) -> str:
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    head, tail = word[:1], _WEAK.sub("", word[1:])
    out = head
    for ch in tail:
        if ch != out[-1:]:
            out += ch
    return out
