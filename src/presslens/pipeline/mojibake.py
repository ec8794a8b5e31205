"""Text that went through the wrong character decoding before it reached presslens (mojibake):
'GuantÃ¡namo' for 'Guantánamo', 'â€œ' for '“'. Flagged with the likely reading, never repaired: every
offset stays one into the text as given, and a name so spelt may miss its right spelling elsewhere in
the article or the corpus, which the reader should know."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from presslens.model import Finding, Span

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'()[]{},.;:!?"
_EXAMPLES = 3
#: How UTF-8 lead bytes read in Windows-1252: a word still holding one is not decoded right.
_LEADS = ("Ã", "Â", "â€")


def mojibake_finding(text: str) -> Finding | None:
    """One finding for the whole text: its first mis-decoded word with the likely reading, how many
    words look mis-decoded, and a few examples; None when the text reads clean."""
    if not is_bad(text):
        return None
    words = [_trimmed(m.start(), m.end(), text) for m in _WORD.finditer(text) if is_bad(m.group())]
    words = [(start, end) for start, end in words if end > start]
    if not words:
        return None
    readings = {text[start:end]: _reading(text[start:end]) for start, end in words}
    examples = [f"'{bad}' → '{good}'" for bad, good in readings.items() if good][:_EXAMPLES]
    start, end = words[0]
    count = f"{len(words)} words look" if len(words) > 1 else "1 word looks"
    return Finding(
        kind="mojibake",
        span=Span(start=start, end=end),
        likely=readings[text[start:end]],
        value=str(len(words)),
        why=f"{count} like text encoded in UTF-8 and decoded as Windows-1252 or Latin-1"
        + (f" ({', '.join(examples)})" if examples else "")
        + "; the analysis reads the text as given, so names written so may not match their right spelling",
    )


def _reading(word: str) -> str | None:
    """The word decoded right, when ftfy finds a reading that is itself clean: a right decoding joins
    bytes into characters, so it is shorter, and leaves none of the lead characters behind (a word that
    lost a byte on the way, 'JesÃÂos', gets no reading rather than a worse one)."""
    fixed = ftfy.fix_encoding(unicodedata.normalize("NFC", word))  # 'Ã' may come decomposed, A and a tilde
    if len(fixed) >= len(word) or is_bad(fixed) or any(lead in fixed for lead in _LEADS):
        return None
    return fixed


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end
