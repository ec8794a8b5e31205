"""Attribution relations learnt from PolNeAR: a linear-chain CRF tags each word as part of a source, a
cue or a content (BIO), and the tagged spans are joined into relations, sentence by sentence.

The rules of ``attribution.py`` find what a reporting verb of the lexicon governs; the tagger finds the
attributions no list of verbs names: perceptions and stances ('is deeply skeptical of'), polls that
'showed', colons, 'in a CNN poll'. Its features are the parse and the lexicon the rules use, so it
learns when a lexicon verb is not reporting anything too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from presslens.resources import belief_verbs, channels, speech_verbs

ROLES = ("SRC", "CUE", "CON")
MODEL_NAME = "attribution-v1"
_QUOTE_MARKS = frozenset("\"“”'‘’«»„") | {"''", "``"}


@dataclass
class Relation:
    """One tagged attribution: its pieces as token-index runs of the doc."""

    cue: list[tuple[int, int]]
    content: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    probability: float = 1.0  # the tagger's mean marginal probability of the cue's tags


def sequences(doc: Doc) -> Iterator[list[Token]]:
    """Paragraphs of the doc without their whitespace tokens: the tagger's unit (a quote may run over
    sentences, rarely over paragraphs)."""
    run: list[Token] = []
    for token in doc:
        if token.is_space:
            if "\n" in token.text and run:
                yield run
                run = []
            continue
        run.append(token)
    if run:
        yield run


def features(tokens: list[Token], quoted: frozenset[int], rules: dict[int, str]) -> list[list[str]]:
    """CRF features of each token of a sequence; ``quoted`` holds the indices of tokens between
    quotation marks, ``rules`` the role the rules gave a token (SRC, CUE, CON)."""
    speech, belief, chan = speech_verbs(), belief_verbs(), channels()

    def lexicon(lemma: str) -> str:
        if lemma not in speech:
            return "-"
        return "belief" if lemma in belief else "speech"

    lower = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    pos = [t.pos_ for t in tokens]
    deps = [t.dep_ for t in tokens]
    lexes = [lexicon(lemma) for lemma in lemmas]
    inside = [int(t.i in quoted) for t in tokens]
    roles = [rules.get(t.i, "-") for t in tokens]
    sides = _sides_of_reporting(tokens, pos, lexes, roles)
    own: list[list[str]] = []
    for n, token in enumerate(tokens):
        lemma = lemmas[n]
        head = token.head
        head_lemma = head.lemma_.lower()
        cue_above, path = _nearest_reporting_ancestor(token, speech)
        cue_lemma = cue_above.lemma_.lower() if cue_above is not None else None
        verb_above = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own.append(
            [
                f"w={lower[n]}",
                f"l={lemma}",
                f"p={pos[n]}",
                f"t={token.tag_}",
                f"d={deps[n]}",
                f"e={token.ent_type_ or '-'}",
                f"ei={token.ent_iob_}",
                f"s={token.shape_[:4]}",
                f"q={inside[n]}",
                f"qm={int(token.text in _QUOTE_MARKS)}",
                f"lex={lexes[n]}",
                f"hl={head_lemma}",
                f"hp={head.pos_}",
                f"d|hl={deps[n]}|{head_lemma}",
                f"d|hp={deps[n]}|{head.pos_}",
                f"hlex={lexicon(head_lemma)}",
                f"side={'L' if token.i < head.i else 'R' if token.i > head.i else '0'}",
                f"anc={cue_lemma or '-'}",
                f"anclex={lexicon(cue_lemma) if cue_lemma else '-'}",
                f"ancpath={path}",
                f"vanc={verb_above.lemma_.lower() if verb_above is not None else '-'}",
                f"sb={int(token.is_sent_start)}",
                f"se={int(token.is_sent_end)}",
                f"nk={token.n_lefts + token.n_rights > 0}",
                f"r={roles[n]}",
                f"suf={lower[n][-3:]}",
                f"chan={int(lemma in chan)}",
                f"gp={head.head.lemma_.lower()}",
                f"path2={deps[n]}>{head.dep_}",
                f"cueside={sides[n]}",
                f"r|lex={roles[n]}|{lexes[n]}",
            ]
        )
    last = len(tokens) - 1
    for n, row in enumerate(own):
        for offset in (-2, -1, 1, 2):
            j = n + offset
            if 0 <= j <= last:
                row += [f"{offset}:w={lower[j]}", f"{offset}:p={pos[j]}", f"{offset}:d={deps[j]}"]
                if abs(offset) == 1:
                    row += [f"{offset}:lex={lexes[j]}", f"{offset}:q={inside[j]}", f"{offset}:r={roles[j]}"]
            else:
                row.append(f"{offset}:none")
        if n == 0:
            row.append("BOS")
        if n == last:
            row.append("EOS")
    return own


def _sides_of_reporting(tokens: list[Token], pos: list[str], lexes: list[str], roles: list[str]) -> list[str]:
    """For each token, where its sentence's reporting words are (lexicon verbs, rule cues): L, R, LR or -."""
    sentence_of: list[int] = []
    for n, token in enumerate(tokens):
        sentence_of.append(sentence_of[-1] + (1 if token.is_sent_start else 0) if n else 0)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for n in range(len(tokens)):
        if (lexes[n] != "-" and pos[n] == "VERB") or roles[n] == "CUE":
            first.setdefault(sentence_of[n], n)
            last[sentence_of[n]] = n
    out = []
    for n, number in enumerate(sentence_of):
        left = number in first and first[number] < n
        right = number in last and last[number] > n
        out.append({(True, True): "LR", (True, False): "L", (False, True): "R"}.get((left, right), "-"))
    return out


def _nearest_reporting_ancestor(token: Token, speech: dict[str, str]) -> tuple[Token | None, str]:
    """The closest ancestor (or the token itself) whose lemma is a reporting verb, and the dependency
    labels on the way up to it ('ccomp>nsubj')."""
    path: list[str] = []
    node = token
    for _ in range(6):
        if node.lemma_.lower() in speech and node.pos_ in ("VERB", "NOUN"):
            return node, ">".join(path[-2:]) or "self"
        if node.head is node:
            break
        path.append(node.dep_)
        node = node.head
    return None, "-"


def quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens inside the quoted stretches (character spans)."""
    inside: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return frozenset(inside)


def decode(tokens: list[Token], tags: list[str], marginals: list[float] | None = None) -> list[Relation]:
    """Join tagged spans into relations: each cue takes the sources and contents of its sentence (the
    nearest cue when a sentence has several); a content in a sentence without a cue goes to the cue
    of the sentence before (a quote running over sentences) or else after it in the paragraph."""
    spans: list[tuple[str, int, int]] = []  # role, first, last token index (doc indices)
    for token, tag in zip(tokens, tags):
        if tag == "O":
            continue
        prefix, role = tag.split("-", 1)
        if spans and prefix == "I" and spans[-1][0] == role and spans[-1][2] + 1 >= token.i - 1:
            spans[-1] = (role, spans[-1][1], token.i)
        else:
            spans.append((role, token.i, token.i))
    if not spans:
        return []
    doc = tokens[0].doc
    position = {token.i: n for n, token in enumerate(tokens)}
    relations: dict[tuple[int, int], Relation] = {}
    for role, first, last in spans:
        if role == "CUE":
            sure = [marginals[position[i]] for i in range(first, last + 1) if i in position] if marginals else []
            relations[(first, last)] = Relation(cue=[(first, last + 1)], probability=round(sum(sure) / len(sure), 3) if sure else 1.0)
    cues = list(relations)
    for role, first, last in spans:
        if role == "CUE":
            continue
        sentence = doc[first].sent
        same = [c for c in cues if doc[c[0]].sent.start == sentence.start]
        if same:
            target = min(same, key=lambda c: min(abs(c[0] - last), abs(first - c[1])))
        elif role == "SRC":
            continue
        elif before := [c for c in cues if c[1] < first]:
            target = before[-1]
        elif after := [c for c in cues if c[0] > last and doc[c[0]].sent.start <= sentence.end]:
            target = after[0]
        else:
            continue  # content no cue introduces is the outlet's
        relation = relations[target]
        (relation.content if role == "CON" else relation.source).append((first, last + 1))
    return sorted((r for r in relations.values() if r.content), key=lambda r: r.content[0])


@lru_cache(maxsize=1)
def load_tagger():  # type: ignore[no-untyped-def]
    """The shipped CRF (python-crfsuite), opened once per process."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    path = resources.files("presslens.resources").joinpath("models", MODEL_NAME, "model.crfsuite")
    with resources.as_file(path) as file:
        tagger.open(str(file))
    return tagger


def tag_relations(doc: Doc, quoted: list[tuple[int, int]], rules: dict[int, str], tagger=None) -> list[Relation]:  # type: ignore[no-untyped-def]
    """Every relation the tagger finds in the doc, given the roles the rules found."""
    tagger = tagger or load_tagger()
    inside = quoted_tokens(doc, quoted)
    found: list[Relation] = []
    for tokens in sequences(doc):
        tags = tagger.tag(features(tokens, inside, rules))
        marginals = [tagger.marginal(tag, n) if tag != "O" else 1.0 for n, tag in enumerate(tags)]
        found += decode(tokens, tags, marginals)
    return found
