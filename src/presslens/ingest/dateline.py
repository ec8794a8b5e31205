"""Wire datelines: ``BAGDHAD (Dispatches) –``, ``LONDON, Dec 29 (Reuters) -``, ``BEIRUT —``, ``Washington (AFP) –``,
``PHILADELPHIA ―``."""

from __future__ import annotations

import re

from presslens.model import Dateline, Span

_DATELINE = re.compile(
    r"""
    (?P<place>[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3})     # place in capitals, up to four words
    (?:,\ [A-Z][A-Za-z.]*(?:\ [A-Za-z0-9.,]+){0,3}?)?       # optional ", Region" or ", Dec 29"
    \ ?
    (?:\((?P<outlet>[^()\n]{2,40})\)\ ?)?                   # optional (Outlet)
    (?:[–—―]|--?)[\ \u00a0]+                                # a dash (HuffPost's '―' too), then the body
    """,
    re.VERBOSE,
)


#: A place in title case counts only with the outlet after it: ``Washington (AFP) –``.
_TITLE_CASE_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2})\ \((?P<outlet>[^()\n]{2,40})\)\ ?(?:[–—―]|--?)[\ \u00a0]+"
)


def find_dateline(text: str, start: int) -> Dateline | None:
    """The dateline at ``text[start:]``, if the body opens with one."""
    match = _DATELINE.match(text, start) or _TITLE_CASE_DATELINE.match(text, start)
    if match is None:
        return None
    place = Span(start=match.start("place"), end=match.end("place"))
    outlet = Span(start=match.start("outlet"), end=match.end("outlet")) if match.group("outlet") else None
    whole_end = match.end()
    while whole_end > start and text[whole_end - 1].isspace():
        whole_end -= 1
    return Dateline(span=Span(start=match.start(), end=whole_end), place=place, outlet=outlet)
