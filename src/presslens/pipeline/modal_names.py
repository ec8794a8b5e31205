"""Names the parser reads as modal verbs: '"…," May said.', 'Will told reporters'.

A modal is never followed by a past or third-person verb ('may said', 'may has'), so a capitalised
'May' or 'Will' before one is someone's name, the subject of that verb: without this, Theresa May's
quotes have no speaker.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Verb tags no modal can stand before.
_FINITE = frozenset({"VBD", "VBZ"})


@Language.component("presslens_modal_names", assigns=["token.tag", "token.pos", "token.dep", "token.lemma"])
def names_read_as_modals(doc: Doc) -> Doc:
    for token in doc:
        if token.tag_ != "MD" or not token.text.istitle() or token.dep_ != "aux" or token.i + 1 == len(doc):
            continue
        following = next((t for t in doc[token.i + 1 :] if t.tag_ not in ("RB", "RBR", "RBS")), None)
        if following is not None and following.tag_ in _FINITE and token.head.i >= following.i:
            token.tag_, token.pos_, token.dep_, token.lemma_ = "NNP", "PROPN", "nsubj", token.text
    return doc
