"""The parts of a person's name a text may leave out: middle initials ('William P. Barr' is William Barr),
middle names ('Hillary Rodham Clinton' is Hillary Clinton) and a numeral after the surname ('Robert S.
Mueller III' is Robert Mueller). A generational 'Jr.' or 'Sr.' stays: 'Donald Trump Jr.' is not Donald
Trump. And what a body's name keeps however it is written: the acronym it spells ('Popular Mobilization
Units': PMU), its words with the head noun last ('Department of Justice' is the Justice Department). And
names listed together, as for words two speakers said jointly."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,2}")  # 'J.', 'H.W.', and undotted 'W', 'HW'
_NUMERAL = re.compile(r"(?:II|III|IV)")
_GENERATIONAL = re.compile(r"(?:Jr|Sr)\.?")
#: Words skipped when an acronym is read off a name ("Popular Mobilization Units" -> PMU).
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "in", "on", "&"})
#: A department or ministry named head first: 'Department of Justice', 'Ministry of Defence'.
_HEAD_FIRST = re.compile(r"(?P<head>department|ministry) of (?:the )?(?P<field>\w+(?: \w+)?)", re.IGNORECASE)
#: Words of an Arabic name before the father's name ('Mohammed bin Salman', 'Osama bin Laden'): the
#: father's name alone is another person's ('Salman' is the king), with the word before it the son's ('bin Laden').
PATRONYMICS = frozenset({"bin", "ibn", "bint"})
#: Words in lower case inside a person's name, between its capitalised words: 'Mohamed bin Zayed', 'Luiz Inacio Lula
#: da Silva', 'Ursula von der Leyen', 'Nikki da Costa' (other languages list most of them as stop words).
NAME_PARTICLES = PATRONYMICS | {
    "abu", "al", "el", "von", "van", "der", "den", "de", "da", "di", "do", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten"
}
#: Words a dignitary is addressed or referred to by after 'His', 'Her' or 'Your' ('His Eminence said'): no name.
STYLES_OF_ADDRESS = frozenset({"eminence", "holiness", "excellency", "majesty", "highness", "beatitude", "grace"})
#: Bare names the news gives two people who differ by their initials alone: 'George Bush' is the elder
#: ('Mr. Bush's father, George Bush') where 'George W. Bush' is the son.
_NAMESAKES = frozenset({"George Bush"})


@dataclass(frozen=True)
class NameParts:
    bare: str  # the name without them: 'Robert Mueller'
    initials: str  # 'S', without dots; a middle name's own ('R' of 'Hillary Rodham Clinton')
    numeral: str  # 'III'
    middle: str = ""  # 'Rodham'


def name_parts(name: str) -> NameParts | None:
    """The bare name, initials, numeral and middle names of a name of two words or more after its first
    ('William P. Barr', 'Hillary Rodham Clinton'). Middle names are read only between a first name and a
    surname that are plain capitalised words, never before 'Jr.' ('Donald Trump Jr.')."""
    words = name.split()
    numeral = words[-1] if len(words) >= 3 and _NUMERAL.fullmatch(words[-1]) else ""
    core = words[:-1] if numeral else words
    bare = [*core[:1], *(w for w in core[1:] if not _INITIALS.fullmatch(w))]
    if len(bare) < 2:
        return None
    initials = "".join(w.replace(".", "") for w in core[1:] if _INITIALS.fullmatch(w))  # 'H.W.' and 'HW' alike
    middle = ""
    if len(bare) >= 3 and not _GENERATIONAL.fullmatch(bare[-1]) and all(w.isalpha() and w.istitle() for w in bare):
        middle, bare = " ".join(bare[1:-1]), [bare[0], bare[-1]]
        initials = initials or "".join(w[0] for w in middle.split())  # 'George Walker Bush' is 'George W. Bush'
    return NameParts(" ".join(bare), initials, numeral, middle)


def one_person(names: Iterable[NameParts]) -> bool:
    """Whether names with one bare form may all be one person's: they write at most one set of initials, one
    middle name and one numeral ('George H. W. Bush' and 'George W. Bush' are two people), and the bare form
    is no one else's name ('George Bush')."""
    names = list(names)
    if any(n.bare in _NAMESAKES and not n.initials for n in names) and any(n.initials for n in names):
        return False
    return all(len({getattr(n, part) for n in names} - {""}) <= 1 for part in ("initials", "middle", "numeral"))


def initials_apart(name: str, other: str) -> bool:
    """Whether two names are one but for different middle initials or names: two people ('George W Bush',
    'George HW Bush'), however few letters apart."""
    a, b = name_parts(name), name_parts(other)
    return a is not None and b is not None and a.bare == b.bare and bool(a.initials) and bool(b.initials) and a.initials != b.initials


def one_person_groups(names: Iterable[str], key: Callable[[str], str]) -> list[tuple[int, list[int]]]:
    """Positions of ``names`` that are one person's names but for middle initials or names or a numeral, each
    group with the fullest and first of them: ['William Barr', 'William P. Barr'] gives [(1, [0, 1])].
    ``key`` compares bare names ('william barr')."""
    by_bare_name: dict[str, list[tuple[int, NameParts]]] = defaultdict(list)
    for i, name in enumerate(names):
        if (parts := name_parts(name)) is not None:
            by_bare_name[key(parts.bare)].append((i, parts))
    groups = []
    for named in by_bare_name.values():
        if len(named) > 1 and one_person(parts for _, parts in named):
            target = max(named, key=lambda n: (len(n[1].middle) + len(n[1].initials) + len(n[1].numeral), -n[0]))[0]
            groups.append((target, [i for i, _ in named]))
    return groups


def initials(name: str) -> str:
    """The acronym a name spells: 'Popular Mobilization Units' -> 'PMU', 'Anti-Defamation League' -> 'ADL'."""
    words = re.split(r"[\s-]+", name)
    return "".join(w[0].upper() for w in words if w and w.casefold() not in _ACRONYM_SKIP and w[0].isalpha())


def head_last(name: str) -> str:
    """A department's or ministry's name with its head noun last, as news writes it as often: 'Department of
    Justice' -> 'Justice Department', 'ministry of defence' -> 'defence ministry'; any other name as it is."""
    match = _HEAD_FIRST.fullmatch(name)
    return f"{match['field']} {match['head']}" if match else name


def together(names: list[str]) -> str:
    """Names listed as a sentence lists them: 'A', 'A and B', 'A, B and C' ('' for none)."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}" if names else ""
