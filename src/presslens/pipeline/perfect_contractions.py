"""A contracted 'has' the parser reads as a passive 'is': "She's said that the plan won't work", "He's
always denied it".

A reporting verb in the passive takes no that-clause and no object of its own ("she is said that …" is
not English), except the verbs whose object is the hearer ('he's told that …', 'she's warned that …').
So a subject, "'s" and the past participle of any other reporting verb followed by a that-clause or an
object is the perfect: the subject is the speaker, not what was said. Without this such quotes have no
speaker. 'It's said that …' stays a passive: 'it' says nothing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from presslens.resources import speech_verbs

_CONTRACTED_HAS = frozenset({"'s", "’s"})
#: Reporting verbs whose passive takes a that-clause or an object: the subject is who was told.
_HEARER_VERBS = frozenset(
    {"tell", "inform", "warn", "advise", "assure", "reassure", "remind", "notify", "brief", "ask", "urge",
     "caution", "instruct", "order", "promise", "teach", "show", "convince", "persuade", "give", "offer", "grant"}
)


@Language.component("presslens_perfect_contractions", assigns=["token.dep", "token.lemma"])
def contracted_has_read_as_passive(doc: Doc) -> Doc:
    for auxiliary in doc:
        if auxiliary.dep_ != "auxpass" or auxiliary.lower_ not in _CONTRACTED_HAS:
            continue
        verb = auxiliary.head
        if verb.tag_ not in ("VBN", "VBD") or verb.lemma_ not in speech_verbs() or verb.lemma_ in _HEARER_VERBS:
            continue
        subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.lower_ not in ("it", "there") and _active_complement(verb):
            auxiliary.dep_, auxiliary.lemma_, subject.dep_ = "aux", "have", "nsubj"
    return doc


def _active_complement(verb: Token) -> bool:
    """A that-clause or a direct object, and no 'by' agent: what only the active voice has."""
    children = list(verb.rights)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ in ("dobj", "ccomp") for c in children)
