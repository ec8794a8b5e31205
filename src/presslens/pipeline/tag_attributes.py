"""spaCy's attribute ruler with its patterns matched by array comparisons.

The English pipeline's attribute ruler maps each fine-grained tag (and a few words) to a part of speech
and morphology through about 180 one- and two-token Matcher patterns; matching them costs as much as
the tagger and tok2vec together. These patterns only test a token's tag, lowercase form, dependency
label or whitespace flag (equal, IN, NOT_IN, REGEX), so comparisons over ``Doc.to_array`` find the same
matches, which spaCy's own ``set_annotations`` then applies in the same order. A pattern using anything
else (operators, other attributes) makes the ruler fall back to spaCy's Matcher: the output never differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_Test = Callable[[dict[str, np.ndarray]], np.ndarray]
_Rule = tuple[int, int, list[_Test]]  # attribute id, match id, one test per pattern token


class ArrayAttributeRuler(AttributeRuler):
    """An AttributeRuler whose ``match`` compares token arrays instead of running the Matcher."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._rules: list[_Rule] | None = None
        self._compiled = False

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        self._compiled = False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rules = self._compile()
        if rules is None or not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
            return super().match(doc)
        if len(doc) == 0:
            return []
        table = doc.to_array(list(_COLUMNS.values()))
        columns = {name: table[:, n] for n, name in enumerate(_COLUMNS)}
        matches: list[tuple[int, int, int, int]] = []
        for attr_id, match_id, tests in rules:
            width = len(tests)
            if width > len(doc):
                continue
            hits = np.ones(len(doc) - width + 1, dtype=bool)
            for offset, test in enumerate(tests):
                hits &= test(columns)[offset : offset + len(hits)]
            matches.extend((attr_id, match_id, int(start), int(start) + width) for start in np.flatnonzero(hits))
        matches.sort()
        return matches

    def _compile(self) -> list[_Rule] | None:
        """One test per pattern token, or None when a pattern needs the Matcher."""
        if self._compiled:
            return self._rules
        self._compiled = True
        self._rules = []
        for attr_id in range(len(self.attrs)):
            match_id = self.vocab.strings.add(str(attr_id))
            for pattern in self.matcher.get(match_id)[1]:
                tests = [_token_test(self.vocab, token) for token in pattern]
                if not tests or any(test is None for test in tests):
                    self._rules = None
                    return None
                self._rules.append((attr_id, match_id, tests))  # type: ignore[arg-type]
        return self._rules


def _token_test(vocab: Vocab, token: dict[str, Any]) -> _Test | None:
    """A vectorised test of one Matcher token pattern, or None when it uses what only the Matcher does."""
    checks: list[_Test] = []
    for key, value in token.items():
        if key not in _COLUMNS:
            return None
        if isinstance(value, dict) and len(value) == 1:
            (operator, argument), = value.items()
        else:
            operator, argument = "==", value
        if key == "IS_SPACE" and operator == "==" and isinstance(argument, bool):
            checks.append(_equal(key, [int(argument)]))
        elif key != "IS_SPACE" and operator == "==" and isinstance(argument, str):
            checks.append(_equal(key, [vocab.strings.add(argument)]))
        elif key != "IS_SPACE" and operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in argument):
            check = _equal(key, [vocab.strings.add(v) for v in argument])
            checks.append(check if operator == "IN" else _negated(check))
        elif key != "IS_SPACE" and operator == "REGEX" and isinstance(argument, str):
            checks.append(_searched(vocab, key, re.compile(argument)))
        else:
            return None

    def test(columns: dict[str, np.ndarray]) -> np.ndarray:
        result = checks[0](columns)
        for check in checks[1:]:
            result = result & check(columns)
        return result

    return test if checks else None


def _equal(key: str, values: list[int]) -> _Test:
    if len(values) == 1:
        (value,) = values
        return lambda columns: columns[key] == value
    allowed = np.asarray(values, dtype=np.uint64)
    return lambda columns: np.isin(columns[key], allowed)


def _negated(check: _Test) -> _Test:
    return lambda columns: ~check(columns)


def _searched(vocab: Vocab, key: str, pattern: re.Pattern[str]) -> _Test:
    """The Matcher's REGEX: ``re.search`` on the attribute's string, decided once per distinct value."""
    known: dict[int, bool] = {}

    def test(columns: dict[str, np.ndarray]) -> np.ndarray:
        values, where = np.unique(columns[key], return_inverse=True)
        for value in values.tolist():
            if value not in known:
                known[value] = bool(pattern.search(vocab.strings[value]))
        return np.asarray([known[v] for v in values.tolist()], dtype=bool)[where]

    return test


@Language.factory("presslens_attribute_ruler")
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.vocab, name)


def use_array_attribute_ruler(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for the array-matching one, with the same patterns."""
    if "attribute_ruler" not in nlp.pipe_names or isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler):
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe("attribute_ruler", "presslens_attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
