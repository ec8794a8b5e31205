"""Wire datelines: ``BAGDHAD (Dispatches) –``, ``LONDON, Dec 29 (Reuters) -``, ``BEIRUT —``, ``Washington (AFP) –``,
``PHILADELPHIA ―``, ``MOSCOW/KYIV, March 3 (Reuters) -``, ``GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -``,
``Washington (CNN)``, ``MOSCOW, November 28. /TASS/.``, ``DAMASCUS, (SANA)-``, ``Tehran, IRNA –``, ``ISLAMABAD:``,
``New Delhi [India], December 4 (ANI):``, ``NEW DELHI, May 8 (ANI):``, and a place alone on the line above the body (``ANKARA``)."""

from __future__ import annotations

import re

from presslens.model import Dateline, Span
from presslens.pipeline.places import gazetteer

_DATELINE = re.compile(
    r"""
    (?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3})     # place in capitals, up to four words
    (?:/[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3})?          # optional second place it was filed from, 'MOSCOW/KYIV'
    (?:,\ [A-Z][A-Za-z.]*,?(?:\ [A-Za-z0-9.,]+){0,5}?)?     # optional ", Region", ", Niger, Feb 3", ", Democratic Republic of Congo, Jan 28"
    ,?\ ?
    (?:\((?P<outlet>[^()\n]{2,40})\)\.?\ ?)?                # optional (Outlet), after a comma in SANA's, '.-' after in EFE's
    (?:[–—―]|--?|(?<=\)):)[\ \u00a0]+                      # a dash (HuffPost's '―' too), or ANI's colon after its name, then the body
    """,
    re.VERBOSE,
)


#: A place in title case counts only with the outlet after it: ``Washington (AFP) –``, ``Tehran, Nov. 26 (Press TV) –``,
#: EFE's ``Caracas, Dec 4 (EFE).-``, ANI's ``New Delhi [India], December 4 (ANI):`` (with its state in parentheses before
#: the country: ``Srinagar (Jammu and Kashmir) [India]``).
_TITLE_CASE_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2})(?:\ \([A-Z][A-Za-z ]{2,40}\))?(?:\ \[[A-Z][A-Za-z ]{2,40}\])?"
    r"(?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?\ \((?P<outlet>[^()\n]{2,40})\)\.?\ ?(?:[–—―]|--?|:)[\ \u00a0]+"
)


#: CNN's dateline has no dash, so its outlet must be an agency's or a broadcaster's capitals, and the body
#: must go on with a capital: ``Washington (CNN) Senate Republicans``, ``Washington (CNN)Senate``, PTI's
#: ``New Delhi, Nov 27 (PTI) India``.
_UNDASHED_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}|[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?\ \((?P<outlet>[A-Z]{2,8})\)\ ?(?=[A-Z][a-z])"
)


#: TASS writes its dateline with the day and its name between slashes: ``MOSCOW, November 28. /TASS/.``.
_SLASHED_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3}),\ [A-Z][a-z]+\.?\ \d{1,2}\.\ /(?P<outlet>[A-Za-z][A-Za-z .-]{1,30})/\.?[\ \u00a0]+"
)


#: An agency's name after the place in title case and a comma, without parentheses: ``Tehran, IRNA –``, SANA's
#: ``Damascus, SANA-`` (after a place in capitals, ``BEIRUT, LEBANON –``, capitals are the region's).
_AGENCY_AFTER_A_COMMA = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}),\ (?P<outlet>[A-Z]{2,8})\ ?(?:[–—―]|--?)[\ \u00a0]+"
)


#: Pakistan's and India's papers end the place in capitals with a colon: ``ISLAMABAD: Prime Minister …``.
_COLON_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,2}):[\ \u00a0]+(?=[A-Z\"“‘'])")
#: Anadolu sets the place in capitals on a line of its own above the body: ``ANKARA\n\nTürkiye on …``.
_PLACE_LINE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,2})[\ \t]*\n\s*(?=\S)")
#: A line of a transcript opening with a speaker's label in capitals: ``QUESTION:``, ``ZAKHAROVA:``.
_CAPITALS_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:", re.MULTILINE)
#: A place this small is more likely a word in capitals than a dateline ('BOOM: Trump Just Fired …' is no Boom).
_PLACE_ALONE_MIN_POPULATION = 50_000


def _a_place_alone(text: str, start: int) -> re.Match[str] | None:
    """The place of a dateline with neither outlet nor dash, which only the gazetteer tells from a heading
    ('POLITICS') or a transcript's speaker ('ZAKHAROVA:'): a colon dateline counts in a text whose other
    lines open with no label in capitals."""
    match = _COLON_DATELINE.match(text, start)
    if match is not None and (
        any(label.start() != start for label in _CAPITALS_LABEL.finditer(text)) or _a_heading(text, match.end())
    ):
        return None
    match = match or _PLACE_LINE.match(text, start)
    if match is None or gazetteer().population(match.group("place")) < _PLACE_ALONE_MIN_POPULATION:
        return None
    return match


def _a_heading(text: str, start: int) -> bool:
    """Whether the line from ``start`` is written as a headline is, in title case: no word of four letters
    or more without its capital ('Trump Just Fired A 5-Word Missile', not 'Prime Minister … directed')."""
    end = text.find("\n", start)
    words = [word for word in text[start : end if end >= 0 else len(text)].split() if word[0].isalpha()]
    return len(words) >= 3 and not any(word.islower() and len(word) >= 4 for word in words)


def _undashed_dateline(text: str, start: int) -> re.Match[str] | None:
    """A dateline without a dash, unless its capitals are the words before them ('Islamic State (ISIS) Tuesday')."""
    match = _UNDASHED_DATELINE.match(text, start)
    if match is None or match.group("outlet").startswith("".join(word[0] for word in match.group("place").split())):
        return None
    return match


def find_dateline(text: str, start: int) -> Dateline | None:
    """The dateline at ``text[start:]``, if the body opens with one."""
    match = (
        _DATELINE.match(text, start) or _TITLE_CASE_DATELINE.match(text, start) or _SLASHED_DATELINE.match(text, start)
        or _AGENCY_AFTER_A_COMMA.match(text, start)
        or _undashed_dateline(text, start) or _a_place_alone(text, start)
    )
    if match is None:
        return None
    place = Span(start=match.start("place"), end=match.end("place"))
    outlet = Span(start=match.start("outlet"), end=match.end("outlet")) if match.groupdict().get("outlet") else None
    whole_end = match.end()
    while whole_end > start and text[whole_end - 1].isspace():
        whole_end -= 1
    return Dateline(span=Span(start=match.start(), end=whole_end), place=place, outlet=outlet)
