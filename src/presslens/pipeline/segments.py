"""Sentence boundaries that the parser must respect: line breaks, headline, dateline.

Without them the headline, the dateline and the first sentence are parsed as one
sentence. The breaks are set before the parser runs, so it keeps them. A line that goes on
in lower case ("the E.U." / "would agree to extend the date") continues the sentence above it,
as text wrapped at a fixed width or split after an abbreviation has it: the parser decides there.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

#: ``doc.user_data`` key holding extra character offsets where a sentence must start.
BREAKS_KEY = "presslens_breaks"
#: ``doc.user_data`` key holding (start, end) character ranges that must stay one sentence (a dateline).
WHOLE_KEY = "presslens_whole"


#: A live page's time stamp opening a line: '11:20 GMT - Israeli army says …', '9.05am BST — …'.
_LIVE_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s+[-–—]\s+(?=\S)", re.MULTILINE)


def live_stamps(text: str) -> list[tuple[int, int]]:
    """Where the time stamps of a live page's entries end: the entry's words start a sentence there, no part
    of the stamp ('11:20 GMT - | Israeli army says …')."""
    return [(m.start(), m.end()) for m in _LIVE_STAMP.finditer(text)]


@Language.component("presslens_segments", assigns=["token.is_sent_start"])
def mark_segments(doc: Doc) -> Doc:
    breaks = set(doc.user_data.get(BREAKS_KEY, ()))
    whole = doc.user_data.get(WHOLE_KEY, ())
    for i, token in enumerate(doc):
        if i == 0:
            continue
        if any(start < token.idx < end for start, end in whole):
            token.is_sent_start = False
            continue
        previous = doc[i - 1]
        after_newline = "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
        if token.idx in breaks or (after_newline and not token.is_space and not _goes_on(previous, token)):
            token.is_sent_start = True
    return doc


def _goes_on(previous: Token, token: Token) -> bool:
    """Whether a line continues the sentence of the line above it: it opens in lower case, and no blank
    line stands between them."""
    return token.text[:1].islower() and (previous.whitespace_ + (previous.text if previous.is_space else "")).count("\n") == 1


TEXT_KEY = "presslens_text"


def doc_text(doc: Doc) -> str:
    """The document's text, kept: spaCy's ``doc.text`` joins every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
