"""spaCy's attribute ruler with its patterns matched by array comparisons.

The English pipeline's attribute ruler maps each fine-grained tag (and a few words) to a part of speech
and morphology through about 180 one- and two-token Matcher patterns; matching them costs as much as
the tagger and tok2vec together. These patterns only test a token's tag, lowercase form, dependency
label or whitespace flag (equal, IN, NOT_IN, REGEX), so comparisons over ``Doc.to_array`` find the same
matches, which spaCy's own ``set_annotations`` then applies in the same order. A pattern using anything
else (operators, other attributes) makes the ruler fall back to spaCy's Matcher: the output never differs.
"""

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: One test of one pattern token: column, operator ('in', 'not in' or 'regex'), allowed values or the regex.
_Check = tuple[str, str, Any]
_Rule = tuple[int, int, list[list[_Check]]]  # attribute id, match id, the checks of each pattern token


class ArrayAttributeRuler(AttributeRuler):
    """An AttributeRuler whose ``match`` compares token arrays instead of running the Matcher."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._rules: list[_Rule] | None = None
        self._compiled = False
        self._searched: dict[tuple[str, int], bool] = {}  # (regex, string hash) -> found, across docs

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(list(patterns), attrs, index)
        self._compiled = False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rules = self._compile()
        if rules is None or not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
            return super().match(doc)
        if len(doc) == 0:
            return []
        table = doc.to_array(list(_COLUMNS.values()))
        columns = {name: table[:, n] for n, name in enumerate(_COLUMNS)}
        memo: dict[_Check, np.ndarray] = {}
        matches: list[tuple[int, int, int, int]] = []
        for attr_id, match_id, tokens in rules:
            width = len(tokens)
            if width > len(doc):
                continue
            hits = np.ones(len(doc) - width + 1, dtype=bool)
            for offset, checks in enumerate(tokens):
                for check in checks:
                    if check not in memo:
                        memo[check] = self._test(check, columns)
                    hits &= memo[check][offset : offset + len(hits)]
            matches.extend((attr_id, match_id, int(start), int(start) + width) for start in np.flatnonzero(hits))
        matches.sort()
        return matches

    def _test(self, check: _Check, columns: dict[str, np.ndarray]) -> np.ndarray:
        column, operator, argument = check
        values = columns[column]
        if operator == "regex":
            distinct, where = np.unique(values, return_inverse=True)
            found = []
            for value in distinct.tolist():
                key = (argument, value)
                if key not in self._searched:  # the Matcher's REGEX: re.search on the attribute's string
                    self._searched[key] = bool(re.search(argument, self.vocab.strings[value]))
                found.append(self._searched[key])
            return np.asarray(found, dtype=bool)[where]
        hit = values == argument[0] if len(argument) == 1 else np.isin(values, np.asarray(argument, dtype=np.uint64))
        return hit if operator == "in" else ~hit

    def _compile(self) -> list[_Rule] | None:
        """The checks of every pattern, or None when a pattern needs the Matcher."""
        if self._compiled:
            return self._rules
        self._compiled = True
        self._rules = []
        for attr_id in range(len(self.attrs)):
            match_id = self.vocab.strings.add(str(attr_id))
            for pattern in self.matcher.get(match_id)[1]:
                tokens = [_checks(self.vocab, token) for token in pattern]
                if not tokens or any(checks is None for checks in tokens):
                    self._rules = None
                    return None
                self._rules.append((attr_id, match_id, tokens))  # type: ignore[arg-type]
        return self._rules


def _checks(vocab: Vocab, token: dict[str, Any]) -> list[_Check] | None:
    """The checks of one Matcher token pattern, or None when it uses what only the Matcher does."""
    checks: list[_Check] = []
    for key, value in token.items():
        if key not in _COLUMNS:
            return None
        if isinstance(value, dict) and len(value) == 1:
            ((operator, argument),) = value.items()
        else:
            operator, argument = "==", value
        if key == "IS_SPACE":
            if operator != "==" or not isinstance(argument, bool):
                return None
            checks.append((key, "in", (int(argument),)))
        elif operator == "==" and isinstance(argument, str):
            checks.append((key, "in", (vocab.strings.add(argument),)))
        elif operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
            checks.append((key, operator.lower().replace("_", " "), tuple(vocab.strings.add(v) for v in argument)))
        elif operator == "REGEX" and isinstance(argument, str):
            checks.append((key, "regex", argument))
        else:
            return None
    return checks or None


# No `from __future__ import annotations` in this module: spaCy validates a factory's arguments against
# the types of its signature, read at run time.
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
