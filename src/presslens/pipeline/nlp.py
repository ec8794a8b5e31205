"""The one place that builds the spaCy pipeline presslens runs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from presslens.errors import ModelError
from presslens.pipeline import line_labels, modal_names, perfect_contractions, segments, whole_names  # noqa: F401  (registers the components)
from presslens.pipeline.lemmas import use_array_lemmatizer
from presslens.pipeline.matrix_products import use_numpy_blas
from presslens.pipeline.prefixed_words import keep_prefixed_words_whole
from presslens.pipeline.tag_attributes import use_array_attribute_ruler
from presslens.resources import read_lines
from presslens.settings import DEFAULT_MODELS, MAX_ARTICLE_CHARS, PIPE_BATCH_TOKENS


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy pipeline (the default English one unless named) and add presslens' components."""
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        hint = (
            f"spaCy pipeline '{model}' is not installed: install it (e.g. `pip install {model}`) or leave out --model"
            if model
            else "no English spaCy pipeline is installed: run `make install` (it installs en_core_web_sm)"
        )
        raise ModelError(hint)
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline '{nlp.meta.get('name')}' needs a parser and an NER component")
    nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS)  # build_article refuses longer texts with the reason
    use_numpy_blas(nlp)
    use_array_attribute_ruler(nlp)
    _read_curly_contractions_as_straight(nlp)
    _read_rare_dashes_as_em_dashes(nlp)
    use_array_lemmatizer(nlp)
    _split_quotation_marks_from_words(nlp)
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])  # 'wrote on X.' ends a sentence; no initial
    keep_prefixed_words_whole(nlp)
    _search_suffixes_at_word_ends(nlp)
    nlp.add_pipe("presslens_segments", before="parser")
    nlp.add_pipe("presslens_modal_names", after="parser")
    nlp.add_pipe("presslens_perfect_contractions", after="lemmatizer")
    nlp.add_pipe("presslens_line_labels", after="presslens_perfect_contractions")  # it reads the lemmas
    ruler = nlp.add_pipe("entity_ruler", name="presslens_known_entities", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([srsly.json_loads(line) for line in read_lines("known_entities.jsonl")])  # type: ignore[attr-defined]
    nlp.add_pipe("presslens_whole_names", after="presslens_known_entities")
    return nlp


#: The pieces a contraction splits into, as the English pipeline was trained on them: straight apostrophes.
_CONTRACTIONS = ("'s", "'re", "'m", "'ve", "'ll", "'d", "n't")


def _read_curly_contractions_as_straight(nlp: Language) -> None:
    """Make contractions written with a typographer's apostrophe ('It’s', 'they’re', 'won’t') read as the
    straight ones the pipeline learnt from: the same shape, prefix and suffix for the tagger, parser and
    recogniser, and the attribute ruler's part of speech and lemma ('be', 'will'), whose patterns name only
    the straight forms. News writes both; without this 'It’s not hard to see' has no verb 'be' and 'I’m'
    is a third person."""
    for straight in (*_CONTRACTIONS, *(c.upper() for c in _CONTRACTIONS)):
        curly, model = nlp.vocab[straight.replace("'", "’")], nlp.vocab[straight]
        curly.shape_, curly.prefix_, curly.suffix_ = model.shape_, model.prefix_, model.suffix_
    ruler = nlp.get_pipe("attribute_ruler")
    for rule in ruler.patterns:  # type: ignore[attr-defined]
        patterns = [[{key: _curly_words(key, value) for key, value in token.items()} for token in pattern] for pattern in rule["patterns"]]
        if patterns != rule["patterns"] and all(None not in token.values() for pattern in patterns for token in pattern):
            ruler.add(patterns=patterns, attrs=rule["attrs"], index=rule["index"])  # type: ignore[attr-defined]


#: Dashes some outlets write that the English pipeline never saw ('absurd ― and', U+2015 HORIZONTAL BAR,
#: in HuffPost's articles): tagged as nouns and verbs, they broke the parse of the sentence around them.
RARE_DASHES = "―‒⸺⸻﹘"


def _read_rare_dashes_as_em_dashes(nlp: Language) -> None:
    """Give the rare dashes the features of the em dash the pipeline learnt ('—'): its norm, shape, prefix
    and suffix, which are all its tagger and parser read of a word."""
    em_dash = nlp.vocab["—"]
    for dash in RARE_DASHES:
        lexeme = nlp.vocab[dash]
        lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = em_dash.norm_, em_dash.shape_, em_dash.prefix_, em_dash.suffix_


def _curly_words(key: str, value: object) -> object:
    """A pattern token's test made to match only the curly forms of the words it names with a straight
    apostrophe (None: it names none); tests of tags and regular expressions stay as they are."""
    if key not in ("LOWER", "ORTH", "TEXT", "NORM"):
        return value
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, dict) and set(value) == {"IN"}:
        words = sorted({w.replace("'", "’") for w in value["IN"] if "'" in w})
        return {"IN": words} if words else None
    return value


#: A dash written against a quotation mark ('record—“the longest …”—and'), which the English tokenizer
#: leaves inside one word, and the mark against it.
_DASH_AT_QUOTE_INFIXES = (
    r"[—–](?=[“‘\"”’])",
    r"(?<=[“‘\"”’])[—–]",
    r"(?<=[—–])[“‘\"”’]",
    r"[“‘\"”’](?=[—–])",
)


#: A quotation mark and the punctuation before it written against the next word with no space (',”Clinton
#: said', 'she said,“I'), which the English tokenizer leaves inside one word.
_QUOTE_AGAINST_A_WORD_INFIXES = (
    r"(?<=[a-z])[,.!?:;](?=[“”\"][A-Za-z])",
    r"(?<=[A-Z])[,!?:;](?=[“”\"][A-Za-z])",  # not the full stop of 'U.S.'
    r"(?<=[A-Za-z][,.!?:;])[“”\"](?=[A-Za-z])",
)


def _split_quotation_marks_from_words(nlp: Language) -> None:
    """Split dashes from the quotation marks they touch, so that a quotation set off by dashes opens
    and closes on marks of its own and the words around it parse as words; and a quotation mark from
    the word written against it (',”Clinton said')."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    nlp.tokenizer.infix_finditer = re.compile("|".join((infixes, *_DASH_AT_QUOTE_INFIXES, *_QUOTE_AGAINST_A_WORD_INFIXES))).finditer


#: Characters at the end of a word the tokenizer searches for a suffix (spaCy's are a few characters long).
_SUFFIX_WINDOW = 100


def _search_suffixes_at_word_ends(nlp: Language) -> None:
    """Look for a word's suffix in its last characters only: spaCy searches the whole word once per suffix it
    strips, so a run of 50,000 quotation marks or brackets took minutes to split (the time grows with the
    square of the run); the suffixes found are the same."""
    search = nlp.tokenizer.suffix_search

    def search_the_end(word: str) -> re.Match[str] | None:
        return search(word[-_SUFFIX_WINDOW:])  # type: ignore[misc]

    nlp.tokenizer.suffix_search = search_the_end


#: Spaces other than the plain one (no-break, thin, en, em …), one character each: the tokenizer makes a
#: token of each ('Senator', '\xa0', 'John Smith'), which the parser hangs anywhere and which cut names.
_ODD_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "))


def make_doc(nlp: Language, text: str) -> Doc:
    """The tokens of ``text`` as the pipeline reads it: its odd spaces read as plain ones, character for
    character, so that every offset holds (the text itself is kept: ``segments.doc_text``)."""
    return nlp.make_doc(text.translate(_ODD_SPACES))


def pipe_in_batches(nlp: Language, docs: Iterable[Doc], max_tokens: int = PIPE_BATCH_TOKENS) -> Iterator[Doc]:
    """Run the pipeline over ``docs`` in order, in batches of at most ``max_tokens`` tokens: spaCy counts a
    batch in documents, and per word the parse slows down once a batch holds tens of thousands of tokens."""
    batch: list[Doc] = []
    tokens = 0
    for doc in docs:
        if batch and tokens + len(doc) > max_tokens:
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def pipeline_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
