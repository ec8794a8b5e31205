"""Lines of the page, not of the story: copyright notices and credits, links to other stories, the
disclaimer under an opinion piece or interview. They are neither the outlet's claims nor anyone's quote."""

from __future__ import annotations

import re
from functools import lru_cache

from presslens.pipeline.intervals import Intervals

_NOTICE = re.compile(
    r"^\s*(?:Copyright\b|©|\(c\)\s*\d{4})|\bAll rights reserved\b|\bmay not be (?:published|reproduced)\b"
    r"|^\s*Contributing to this (?:report|story)\b|\bcontributed (?:reporting )?to this (?:report|story)\b"
    r"|^\s*(?:READ|SEE) (?:MORE|ALSO)\s*:|^\s*Also on [\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ru|co\.uk)\b|\bdo(?:es)? not necessarily reflect\b",
    re.IGNORECASE,
)
#: The words of a disclaimer, in this order ('Views and opinions expressed … are those of … and not necessarily …').
_DISCLAIMER_WORDS = (re.compile(r"\bviews\b", re.I), re.compile(r"\b(?:expressed|are those of)\b", re.I), re.compile(r"\bnot necessarily\b", re.I))


def is_notice(line: str) -> bool:
    """Whether a line or sentence is one of the page's notices ('© AP Photo / … Another Story's
    Headline', 'READ MORE: …', 'Also on rt.com Another Story's Headline', 'Views and opinions expressed
    in this article are those of …'). Each pattern is searched once, so a long line costs its length."""
    return _NOTICE.search(line) is not None or _in_order(line, _DISCLAIMER_WORDS)


def _in_order(line: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the patterns occur one after another in the line (each searched once from where the last ended)."""
    position = 0
    for pattern in patterns:
        found = pattern.search(line, position)
        if found is None:
            return False
        position = found.end()
    return True


@lru_cache(maxsize=4)
def notice_lines(text: str) -> Intervals:
    """The (start, end) of the text's lines that are notices; found once per article, for the entity and
    the attribution steps both."""
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip() and is_notice(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return Intervals(spans)
