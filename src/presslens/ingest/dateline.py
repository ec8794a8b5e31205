"""Wire datelines: ``BAGDHAD (Dispatches) –``, ``LONDON, Dec 29 (Reuters) -``, ``BEIRUT —``, ``Washington (AFP) –``,
``PHILADELPHIA ―``, ``Washington (CNN)``, ``MOSCOW, November 28. /TASS/.``, ``DAMASCUS, (SANA)-``, ``Tehran, IRNA –``."""

from __future__ import annotations

import re

from presslens.model import Dateline, Span

_DATELINE = re.compile(
    r"""
    (?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3})     # place in capitals, up to four words
    (?:,\ [A-Z][A-Za-z.]*(?:\ [A-Za-z0-9.,]+){0,3}?)?       # optional ", Region" or ", Dec 29"
    ,?\ ?
    (?:\((?P<outlet>[^()\n]{2,40})\)\ ?)?                   # optional (Outlet), after a comma in SANA's
    (?:[–—―]|--?)[\ \u00a0]+                                # a dash (HuffPost's '―' too), then the body
    """,
    re.VERBOSE,
)


#: A place in title case counts only with the outlet after it: ``Washington (AFP) –``, ``Tehran, Nov. 26 (Press TV) –``.
_TITLE_CASE_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2})(?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?\ \((?P<outlet>[^()\n]{2,40})\)\ ?(?:[–—―]|--?)[\ \u00a0]+"
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


#: An agency's name after the place in title case and a comma, without parentheses: ``Tehran, IRNA –`` (after a place
#: in capitals, ``BEIRUT, LEBANON –``, capitals are the region's).
_AGENCY_AFTER_A_COMMA = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}),\ (?P<outlet>[A-Z]{2,8})\ (?:[–—―]|--?)[\ \u00a0]+"
)


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
        or _undashed_dateline(text, start)
    )
    if match is None:
        return None
    place = Span(start=match.start("place"), end=match.end("place"))
    outlet = Span(start=match.start("outlet"), end=match.end("outlet")) if match.group("outlet") else None
    whole_end = match.end()
    while whole_end > start and text[whole_end - 1].isspace():
        whole_end -= 1
    return Dateline(span=Span(start=match.start(), end=whole_end), place=place, outlet=outlet)
