"""Words of the page, not of the story: copyright notices and credits, links to other stories, the
disclaimer under an opinion piece or interview, a shop's box for a book copied into the text. They are
neither the outlet's claims nor anyone's quote."""

from __future__ import annotations

import re
from functools import lru_cache

from presslens.pipeline.intervals import Intervals

_NOTICE = re.compile(
    r"^\s*(?:Copyright\b|©|\(c\)\s*\d{4})|\bAll rights reserved\b|\bmay not be (?:published|reproduced)\b"
    r"|^\s*Contributing to this (?:report|story)\b|\bcontributed (?:reporting )?to this (?:report|story)\b"
    r"|^\s*(?:READ|SEE) (?:MORE|ALSO)\s*:|^\s*(?:CLICK|TAP)(?: HERE)? (?:TO|FOR)\b|^\s*Also on [\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ru|co\.uk)\b|\bdo(?:es)? not necessarily reflect\b"
    # a sign-up form copied with the page: its fields ('Email *') and their small print
    r"|^\s*(?:(?:First |Last )?Name|E-?mail(?: Address)?|Phone|Website|Comment)\s*\*\s*$|\bThis field is for validation purposes\b"
    r"|^\s*Completing this poll grants you access\b|^\s*You may opt out at any ?time\b|\bagree to (?:this|our) site's Privacy Policy\b",
    re.IGNORECASE,
)
#: The credit of a story reposted from another site: it names the story's source ('Article posted with
#: permission from Robert Spencer', 'Reprinted with permission from The Future of Freedom Foundation').
_CREDIT = re.compile(r"^\s*(?:(?:This )?Article )?(?:posted|reprinted|republished) with permission\b", re.IGNORECASE)
#: A shop's box for a book or a product, copied with the page into a line of the story: its title (cut
#: to 22 characters and '...', or whole after a sentence), its author and its prices ('No Place to Hide:
#: Edwa... Glenn Greenwald Best Price: $1.49 Buy New $3.70 (as of 06:30 EDT - Details)').
_PRODUCT_BOX = re.compile(
    r"(?:[^\n]{22}\.\.\.\s?|(?:^|(?<=[.!?”\"’] ))[A-Z][^.!?:\n$]{0,40}?\s)"
    r"(?:[A-Z][\w'’-]*\.?\s){0,5}"
    r"Best Price: \$[\d.,]+(?: Buy New \$[\d.,]+)? \(as of \d{1,2}:\d{2} [A-Z]{2,4} - Details\)",
    re.MULTILINE,
)
#: A poll copied with the page: its header opens it ('take our poll - story continues below'), its
#: question, its options ('* Yes, he will be confirmed.') and its sign-up form follow, and the form's
#: small print closes it ('You also agree to this site's Privacy Policy …', after 'You may opt out …').
_POLL_START = re.compile(r"^\s*take our poll\b", re.IGNORECASE)
_POLL_ENDS = (re.compile(r"\bagree to (?:this|our) site's Privacy Policy\b", re.IGNORECASE), re.compile(r"^\s*You may opt out at any ?time\b", re.IGNORECASE))
_POLL_LINES = 16  # the most lines a poll's end is looked for in: without one, the header alone is a notice
#: The words of a disclaimer, in this order ('Views and opinions expressed … are those of … and not necessarily …').
_DISCLAIMER_WORDS = (re.compile(r"\bviews\b", re.I), re.compile(r"\b(?:expressed|are those of)\b", re.I), re.compile(r"\bnot necessarily\b", re.I))


def is_notice(line: str) -> bool:
    """Whether a line or sentence is one of the page's notices ('© AP Photo / … Another Story's
    Headline', a reposted story's credit, 'READ MORE: …', 'CLICK HERE TO GET THE … APP', 'Also on rt.com Another Story's Headline',
    'Views and opinions expressed in this article are those of …'). Each pattern is searched once, so a
    long line costs its length."""
    return _NOTICE.search(line) is not None or _CREDIT.match(line) is not None or _in_order(line, _DISCLAIMER_WORDS)


def _poll_end(lines: list[str], start: int) -> int:
    """The index of a poll's last line: the form's small print that closes it, or its header alone."""
    window = range(start + 1, min(start + 1 + _POLL_LINES, len(lines)))
    for end in _POLL_ENDS:
        found = next((i for i in window if end.search(lines[i])), None)
        if found is not None:
            return found
    return start


def _in_order(line: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the patterns occur one after another in the line (each searched once from where the last ended)."""
    position = 0
    for pattern in patterns:
        found = pattern.search(line, position)
        if found is None:
            return False
        position = found.end()
    return True


@lru_cache(maxsize=8)
def notice_spans(text: str, credits: bool = True) -> Intervals:
    """The (start, end) of the text's notices: lines that are notices, a poll copied with the page (from
    its header to its form's small print), and a shop's boxes inside lines;
    found once per article, for the entity, attribution and technique steps alike. Without ``credits``,
    a reposted story's credit is left out: the source it names is the story's, for the entity step."""
    spans = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if line.strip() and is_notice(line) and (credits or not _CREDIT.match(line)):
            spans.append((starts[i], starts[i] + len(line)))
        elif _POLL_START.match(line):
            last = _poll_end(lines, i)
            spans.append((starts[i], starts[last] + len(lines[last])))
    if "Best Price: $" in text:
        spans += [match.span() for match in _PRODUCT_BOX.finditer(text)]
    return Intervals(spans)
