"""Words made of a prefix, a hyphen and a word ('co-founder', 're-elected', 'non-profit'), kept whole.

The English pipeline's training text wrote such words as one token: its tagger gives the hyphen between
the pieces the word's own tag, never HYPH, so split as spaCy's tokenizer splits them they parse as
nothing ('who co - developed the system' made 'developed' the sentence's main verb and 'co' a clause of
its own). Kept whole they parse as the words they are. Only before a lowercase word: 'anti-Trump' and
'ex-President' stay split, so that the name in them is still found.
"""

from __future__ import annotations

import re

from spacy.language import Language

#: The prefixes the pipeline learnt whole (its tagger tags their hyphen as the word); 'self-', 'over-',
#: 'well-', 'so-' and the like it learnt split, and they stay split.
_PREFIXES = (
    "e|u|x|anti|bi|bio|co|counter|cross|de|ex|extra|inter|intra|macro|mega|micro|mid|mini|multi|neo|non|pan|"
    "post|pre|pro|pseudo|quasi|re|semi|sub|super|tri|ultra|un|uni|vice"
)
#: A prefix that is the whole of what comes before a hyphen (the start of the word, or after a mark).
_PREFIX_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))(?:{_PREFIXES})$", re.IGNORECASE)
#: A word that is a prefix, a hyphen and a lowercase word, with its two parts.
_PREFIXED_WORD = re.compile(rf"((?i:{_PREFIXES}))-([a-z][a-z'’]*)")


def keep_prefixed_words_whole(nlp: Language) -> None:
    """Make the tokenizer leave a prefix, its hyphen and the lowercase word after it in one token."""
    finditer = nlp.tokenizer.infix_finditer

    def infixes(word: str) -> list[re.Match[str]]:
        return [
            match
            for match in finditer(word)  # type: ignore[misc]
            if not (match.group() == "-" and match.end() < len(word) and word[match.end()].islower() and _PREFIX_BEFORE.search(word, 0, match.start()))
        ]

    nlp.tokenizer.infix_finditer = infixes


def split_prefix(word: str) -> tuple[str, str] | None:
    """A prefixed word's prefix (with its hyphen) and the word after it ('co-', 'founded'); None otherwise."""
    match = _PREFIXED_WORD.fullmatch(word)
    return None if match is None else (word[: match.end(1) + 1], match.group(2))
