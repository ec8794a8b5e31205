"""Lines of the page, not of the story: copyright notices and credits, links to other stories, the
disclaimer under an opinion piece or interview. They are neither the outlet's claims nor anyone's quote."""

from __future__ import annotations

import re

_NOTICE = re.compile(
    r"^\s*(?:Copyright\b|©|\(c\)\s*\d{4})|\bAll rights reserved\b|\bmay not be (?:published|reproduced)\b"
    r"|^\s*Contributing to this (?:report|story)\b|\bcontributed (?:reporting )?to this (?:report|story)\b"
    r"|^\s*(?:READ|SEE) (?:MORE|ALSO)\s*:"
    r"|\bviews\b[^\n]*\b(?:expressed|are those of)\b[^\n]*\bnot necessarily\b|\bdo(?:es)? not necessarily reflect\b",
    re.IGNORECASE,
)


def is_notice(line: str) -> bool:
    """Whether a line or sentence is one of the page's notices ('© AP Photo / … Another Story's
    Headline', 'READ MORE: …', 'Views and opinions expressed in this article are those of …')."""
    return _NOTICE.search(line) is not None


def line_around(text: str, offset: int) -> str:
    """The line (paragraph) of the text that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]
