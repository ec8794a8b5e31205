"""A line's label the parser reads as a second subject of a reporting verb: 'Update 1: AP reports that
…' makes both 'Update' and 'AP' subjects of 'reports', and the quote then goes to 'Update 1'.

A verb has one subject; of two, the one a colon separates from the verb is the label the line opens
with ('UPDATE:', 'Correction:'), and it becomes a loose dependent. Only reporting verbs are mended: a
headline's topic before its colon ('DOJ Surrenders: Files Are Protected') is left as the parser read it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from presslens.resources import speech_verbs

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@Language.component("presslens_line_labels", assigns=["token.dep"])
def labels_read_as_subjects(doc: Doc) -> Doc:
    for verb in doc:
        if verb.lemma_.lower() not in speech_verbs():
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
        for label, subject in zip(subjects, subjects[1:]):
            if any(t.text == ":" for t in doc[label.i + 1 : subject.left_edge.i]):
                label.dep_ = "dep"
    return doc
