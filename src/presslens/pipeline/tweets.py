"""Embedded tweets: the words of a post copied into the article, signed '— Name (@handle) Month D, YYYY'.

Online news pastes posts into its text with the signature the platform gives them. The words before
the signature are the account holder's, said on the signature's date, not the outlet's own claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The signature: a dash, the account's name, its handle in parentheses and the date of the post; the handle
#: may open the next line ('— ???Steff???' / '(@Steffs_tweets) December 1, 2017').
_SIGNATURE = re.compile(
    r"(?:^|(?<=\s))[—–-][ \t]*(?P<name>[^\s—–()][^\n—–()]{0,59}?)[ \t]*\n?[ \t]*(?P<handle>\(@\w{1,15}\))[ \t]*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]*\d{4})",
    re.MULTILINE,
)
#: The rest of a signature broken over two lines: a line opening with the handle ('(@Steffs_tweets) December 1, 2017').
_SIGNATURE_PIECE = re.compile(r"^[ \t]*\(@\w{1,15}\)")
#: What a post ends with that is not its words: its picture or a shortened address, and a site's call to
#: subscribe pasted in after them.
_TRAILING_LINKS = re.compile(r"(?:[ \t]*(?:pic\.twitter\.com/\w+|https?://\S+|SIGN UP FOR OUR NEWSLETTER))+[ \t]*$")
#: The tag some archives open an embedded post with: '<tweet id="…" author="@…" datetime="…">'.
_OPENING_TAG = re.compile(r"\s*<tweet\b[^>]*>\s*")
#: The most characters a post holds (Twitter's limit since November 2017).
_POST_CHARACTERS = 280
#: A line of the outlet's that introduces the post below it: one ending with a colon, or one that says a post
#: follows and trails off ("President Trump has tweeted his opinion on this decision…").
_INTRODUCTION = re.compile(r"(?::|\b(?:tweet|tweets|tweeted|posted|wrote)\b.*(?:…|\.\.\.))\s*$", re.IGNORECASE)
#: A post holds at least this many words besides its hashtags; a signature alone under a picture quotes nothing.
_MIN_WORDS = 2


@dataclass(frozen=True)
class Tweet:
    content: tuple[int, int]
    author: tuple[int, int]  # the account's name as the signature writes it, without the emoji around it
    handle: tuple[int, int]  # '(@LauraLoomer)': what attributes the words
    date: tuple[int, int]


def embedded_tweets(text: str) -> list[Tweet]:
    """Each signed post with its words: those before the signature on its line, or else the lines above
    it (``_lines_above``)."""
    tweets = []
    for m in _SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        content = _words(text, line_start, m.start())
        if content is None and line_start > 0:
            content = _words(text, _lines_above(text, line_start), line_start - 1)
        if content is None:
            continue
        tweets.append(Tweet(content=content, author=_name(text, *m.span("name")), handle=m.span("handle"), date=m.span("date")))
    return tweets


def _name(text: str, start: int, end: int) -> tuple[int, int]:
    """The account's name without the emoji or the question marks they became around it ('Michael 🇺🇸',
    '???Steff???'); an initial's full stop and a closing parenthesis stay."""
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    while start < end and not (text[start].isalnum() or text[start] in "(@"):
        start += 1
    return start, end


def _lines_above(text: str, signature_line: int) -> int:
    """Where a post signed on a line of its own starts: the lines above the signature up to a line that
    cannot be the post's (another signature or a piece of one, an introduction, a blank line) when that comes
    within a post's length ("Very sad and disappointed …" / "I think it's the
    wrong decision." / … / "— Lucy Powell MP (@LucyMPowell) …"); else the line right above, as a line of the
    outlet's may stand there."""
    right_above = text.rfind("\n", 0, signature_line - 1) + 1
    start = signature_line
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not line.strip() or _INTRODUCTION.search(line) or _SIGNATURE.search(line) or _SIGNATURE_PIECE.search(line):
            return start if start < signature_line else right_above
        if signature_line - above > _POST_CHARACTERS:
            break
        start = above
    return right_above


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The post's words between ``start`` and ``end``, without its trailing links and spaces."""
    piece = _TRAILING_LINKS.sub("", text[start:end]).rstrip()
    opening = _OPENING_TAG.match(piece)
    lead = opening.end() if opening else len(piece) - len(piece.lstrip())
    if len(re.findall(r"(?<![#@\w])\w+", piece[lead:])) < _MIN_WORDS:  # tags and handles alone ('#BuildtheWall #KatesLaw') hold no words of the post
        return None
    return start + lead, start + len(piece)
