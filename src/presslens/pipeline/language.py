"""Is the text English? The share of English stop words says so cheaply, from the parse we already have;
where it is low, as in a short lede of names and nouns, the stop words of other languages decide."""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc, Token

from presslens.names import NAME_PARTICLES
from presslens.settings import ENGLISH_STOPWORD_FLOOR, ENGLISH_STOPWORD_MIN_SHARE, ENGLISH_STOPWORD_MIN_WORDS

#: Languages whose stop words (spaCy's lists) may outnumber the English ones in a text that is not English.
OTHER_LANGUAGES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish",
    "pl": "Polish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "id": "Indonesian", "ar": "Arabic", "fa": "Persian",
}


def english_share(doc: Doc) -> float:
    """Share of alphabetic tokens that are English stop words (about 0.4-0.5 in English news); read
    from the doc's arrays, as a Token object per word costs more than the count."""
    if not len(doc):
        return 0.0
    flags = doc.to_array([IS_ALPHA, IS_STOP])
    alpha = flags[:, 0] == 1
    words = int(alpha.sum())
    return float((flags[alpha, 1] == 1).sum()) / words if words else 0.0


def not_english(doc: Doc) -> str | None:
    """Why the text is not English, or None when it is. It is not where another language's stop words are a
    larger share of the words than English ones ('Der Minister sagte am Dienstag …' is German), where it is
    in another script, or where a text of at least ``ENGLISH_STOPWORD_MIN_WORDS`` words has hardly any English
    stop word; a short lede of few stop words, none of another language, is English ('LONDON (Reuters) -
    Prices rose, traders said.')."""
    english = english_share(doc)
    if english >= ENGLISH_STOPWORD_MIN_SHARE:
        return None
    words = [t.lower_ for t in doc if t.is_alpha]
    if not words:
        return "the text has no words"
    said = f"only {english:.0%} of the words are English stop words"
    foreign = [t.lower_ for t in doc if t.is_alpha and (t.is_lower or t.is_sent_start) and not _particle_of_a_name(t)]
    shares = {name: sum(w in stops for w in foreign) / len(words) for name, stops in _stop_words().items()}
    name, share = max(shares.items(), key=lambda item: item[1])
    if share > english:
        return f"{said} and {share:.0%} {name} ones"
    letters = [c for w in words for c in w]
    if sum(c.isascii() for c in letters) < len(letters) / 2:
        return f"{said}, and most letters are of another script"
    if english < ENGLISH_STOPWORD_FLOOR and len(words) >= ENGLISH_STOPWORD_MIN_WORDS:
        return said
    return None


def _particle_of_a_name(token: Token) -> bool:
    """A name particle between capitalised words ('Sheikh Tamim bin Hamad' is no German 'bin'). Another language's
    stop word counts only in lower case or opening a sentence: no name's 'Al', 'De' or 'Abu' counts either."""
    doc = token.doc
    if token.lower_ not in NAME_PARTICLES or not token.is_lower or token.i == 0:
        return False
    before = doc[token.i - 1]
    if not (before.is_title or before.lower_ in NAME_PARTICLES):
        return False
    after = token.i + 1
    while after < len(doc) and doc[after].lower_ in NAME_PARTICLES and doc[after].is_lower:
        after += 1
    return after < len(doc) and doc[after].is_title


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    return {name: frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS) for code, name in OTHER_LANGUAGES.items()}
