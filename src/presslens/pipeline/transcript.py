"""Transcript turns: paragraphs that open with a speaker's name in capitals and a colon.

News prints interviews and debates as transcripts ('"WALLACE: Let's start ...', '"PENCE: Well, ...'),
often as one long quotation over many paragraphs. Each turn is the words of the speaker its label
names, not of whoever the article quoted before the transcript began.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: A paragraph opening (after an optional quotation mark) with one to four words in capitals, perhaps a
#: role after a comma ('VICTORIA TOENSING, ATTORNEY REPRESENTING FBI INFORMANT'), and a colon.
_TURN = re.compile(
    r"^[ \t]*[\"“'‘]?(?P<label>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:,[ \t]+[A-Z][A-Z'’. -]*)?:[ \t]+(?P<words>\S[^\n]*)$",
    re.MULTILINE,
)
#: Capitals and a colon that head a paragraph without naming who speaks.
_NOT_SPEAKERS = frozenset(
    {
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "READ", "READ MORE", "MORE",
        "RELATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "SOURCE", "SOURCES",
        "PHOTO", "PHOTOS", "VIDEO", "LISTEN", "OPINION", "ANALYSIS", "COMMENTARY", "DISCLAIMER", "WARNING", "ALSO",
        "SEE ALSO", "TRANSCRIPT", "EDT", "EST", "GMT", "UTC", "AP", "UPI",
    }
)
#: Words after the colon with more than this share of capitals are a heading's.
_HEADING_CAPITALS = 0.6
#: A transcript has at least this many turns; one capitalised heading with a colon is no transcript.
_MIN_TURNS = 2
_QUOTE_MARKS = "\"“”‘’'"


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]
    content: tuple[int, int]
    continuation: tuple[tuple[int, int], ...]  # the speaker's next paragraphs, each opened with a quotation mark
    paragraphs: tuple[tuple[int, int], ...]  # the paragraphs the turn covers


#: A paragraph opened with a quotation mark, as each paragraph of a quotation over several is.
_QUOTED_PARAGRAPH = re.compile(r"[ \t]*[\"“](?P<words>\S.*)")
_LINE = re.compile(r"[^\n]+")
#: A stage direction: '(CROSSTALK)', '[LAUGHTER]'.
_DIRECTION = re.compile(r"[(\[][^)\]]*[)\]][.,]?")


def transcript_turns(text: str) -> list[Turn]:
    """The article's transcript turns, when it has at least two of them. The paragraphs after a turn
    that open with a quotation mark, as the turn's own did, go on with its speaker."""
    labels = [m for m in _TURN.finditer(text) if m.group("label").rstrip(".") not in _NOT_SPEAKERS and not _shouted(m.group("words"))]
    if len(labels) < _MIN_TURNS:
        return []
    turns: list[Turn] = []
    for match in labels:
        content = _words(text, match.start("words"), match.end("words"))
        if content is None:
            continue
        continuation, paragraphs = [], [(match.start(), match.end())]
        if _QUOTED_PARAGRAPH.fullmatch(text, match.start(), match.end()):
            for paragraph in _paragraphs_after(text, match.end()):
                quoted = _QUOTED_PARAGRAPH.fullmatch(text, *paragraph)
                if quoted is None or _TURN.match(text, paragraph[0]):
                    break  # the outlet's narration, or the next speaker
                if _DIRECTION.fullmatch(quoted.group("words").strip(_QUOTE_MARKS + " ")):
                    continue
                if (words := _words(text, quoted.start("words"), quoted.end("words"))) is not None:
                    continuation.append(words)
                    paragraphs.append(paragraph)
        turns.append(Turn(match.span("label"), content, tuple(continuation), tuple(paragraphs)))
    return turns


def _paragraphs_after(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-empty lines after ``offset``, in order."""
    for line in _LINE.finditer(text, offset):
        if line.group().strip():
            yield line.span()


def _shouted(words: str) -> bool:
    """A heading in capitals ('CHAFFETZ: HYPOCRITICAL DEMS SUDDENLY CARE'), not a speaker's words."""
    letters = [ch for ch in words if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) > _HEADING_CAPITALS * len(letters)


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
        end -= 1
    return (start, end) if end > start else None
