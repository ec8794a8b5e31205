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
from presslens.pipeline import modal_names, segments  # noqa: F401  (registers the components)
from presslens.pipeline.lemmas import use_array_lemmatizer
from presslens.pipeline.matrix_products import use_numpy_blas
from presslens.pipeline.tag_attributes import use_array_attribute_ruler
from presslens.resources import read_lines
from presslens.settings import DEFAULT_MODELS, PIPE_BATCH_TOKENS


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
    use_numpy_blas(nlp)
    use_array_attribute_ruler(nlp)
    use_array_lemmatizer(nlp)
    _split_dashes_at_quotation_marks(nlp)
    nlp.add_pipe("presslens_segments", before="parser")
    nlp.add_pipe("presslens_modal_names", after="parser")
    ruler = nlp.add_pipe("entity_ruler", name="presslens_known_entities", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([srsly.json_loads(line) for line in read_lines("known_entities.jsonl")])  # type: ignore[attr-defined]
    return nlp


#: A dash written against a quotation mark ('record—“the longest …”—and'), which the English tokenizer
#: leaves inside one word, and the mark against it.
_DASH_AT_QUOTE_INFIXES = (
    r"[—–](?=[“‘\"”’])",
    r"(?<=[“‘\"”’])[—–]",
    r"(?<=[—–])[“‘\"”’]",
    r"[“‘\"”’](?=[—–])",
)


def _split_dashes_at_quotation_marks(nlp: Language) -> None:
    """Split dashes from the quotation marks they touch, so that a quotation set off by dashes opens
    and closes on marks of its own and the words around it parse as words."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    nlp.tokenizer.infix_finditer = re.compile("|".join((infixes, *_DASH_AT_QUOTE_INFIXES))).finditer


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
