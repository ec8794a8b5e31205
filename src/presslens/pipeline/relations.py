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


@dataclass(frozen=True)
class Columns:
    """The token attributes the features read, as plain lists over the whole doc: read once per doc
    through ``Doc.to_array``, since walking heads and ancestors through Token objects costs more than
    the tagging itself."""

    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]
    iob: list[str]
    shape: list[str]  # first four characters
    text: list[str]
    head: list[int]
    sent_start: list[bool]
    has_children: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> Columns:
        strings = doc.vocab.strings
        names = ("LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "SHAPE", "SENT_START", "ORTH")
        rows = doc.to_array(list(names)).tolist() if len(doc) else []
        columns = list(zip(*rows)) if rows else [()] * len(names)
        offsets = doc.to_array("HEAD").astype("int64").tolist() if len(doc) else []  # signed, stored unsigned

        def text_of(values: tuple[int, ...]) -> list[str]:
            return [strings[v] if v else "" for v in values]

        head = [i + offset for i, offset in enumerate(offsets)]
        has_children = [False] * len(doc)
        for i, h in enumerate(head):
            if h != i:
                has_children[h] = True
        return cls(
            lower=text_of(columns[0]),
            lemma=[lemma.lower() for lemma in text_of(columns[1])],
            pos=text_of(columns[2]),
            tag=text_of(columns[3]),
            dep=text_of(columns[4]),
            ent=text_of(columns[5]),
            iob=[_IOB[v] for v in columns[6]],
            shape=[shape[:4] for shape in text_of(columns[7])],
            text=text_of(columns[9]),
            head=head,
            sent_start=[i == 0 or v == 1 for i, v in enumerate(columns[8])],
            has_children=has_children,
        )

    def is_sent_end(self, i: int) -> bool:
        return i + 1 == len(self.head) or self.sent_start[i + 1]


_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


def features(columns: Columns, indices: list[int], quoted: frozenset[int], rules: dict[int, str]) -> list[list[str]]:
    """CRF features of each token of a sequence (doc indices); ``quoted`` holds the indices of tokens
    between quotation marks, ``rules`` the role the rules gave a token (SRC, CUE, CON)."""
    speech, belief, chan = speech_verbs(), belief_verbs(), channels()
    c = columns

    def lexicon(lemma: str) -> str:
        if lemma not in speech:
            return "-"
        return "belief" if lemma in belief else "speech"

    lower = [c.lower[i] for i in indices]
    pos = [c.pos[i] for i in indices]
    deps = [c.dep[i] for i in indices]
    lexes = [lexicon(c.lemma[i]) for i in indices]
    inside = [int(i in quoted) for i in indices]
    roles = [rules.get(i, "-") for i in indices]
    sides = _sides_of_reporting([c.sent_start[i] for i in indices], pos, lexes, roles)
    own: list[list[str]] = []
    for n, i in enumerate(indices):
        lemma = c.lemma[i]
        head = c.head[i]
        head_lemma = c.lemma[head]
        cue_above, path = _nearest_reporting_ancestor(c, i, speech)
        cue_lemma = c.lemma[cue_above] if cue_above is not None else None
        verb_above = _verb_above(c, i)
        own.append(
            [
                f"w={lower[n]}",
                f"l={lemma}",
                f"p={pos[n]}",
                f"t={c.tag[i]}",
                f"d={deps[n]}",
                f"e={c.ent[i] or '-'}",
                f"ei={c.iob[i]}",
                f"s={c.shape[i]}",
                f"q={inside[n]}",
                f"qm={int(c.text[i] in _QUOTE_MARKS)}",
                f"lex={lexes[n]}",
                f"hl={head_lemma}",
                f"hp={c.pos[head]}",
                f"d|hl={deps[n]}|{head_lemma}",
                f"d|hp={deps[n]}|{c.pos[head]}",
                f"hlex={lexicon(head_lemma)}",
                f"side={'L' if i < head else 'R' if i > head else '0'}",
                f"anc={cue_lemma or '-'}",
                f"anclex={lexicon(cue_lemma) if cue_lemma else '-'}",
                f"ancpath={path}",
                f"vanc={c.lemma[verb_above] if verb_above is not None else '-'}",
                f"sb={int(c.sent_start[i])}",
                f"se={int(c.is_sent_end(i))}",
                f"nk={c.has_children[i]}",
                f"r={roles[n]}",
                f"suf={lower[n][-3:]}",
                f"chan={int(lemma in chan)}",
                f"gp={c.lemma[c.head[head]]}",
                f"path2={deps[n]}>{c.dep[head]}",
                f"cueside={sides[n]}",
                f"r|lex={roles[n]}|{lexes[n]}",
            ]
        )
    last = len(indices) - 1
    neighbours = {
        offset: [[f"{offset}:w={w}", f"{offset}:p={p}", f"{offset}:d={d}"] for w, p, d in zip(lower, pos, deps)]
        for offset in (-2, -1, 1, 2)
    }
    for offset in (-1, 1):
        for j, strings in enumerate(neighbours[offset]):
            strings += [f"{offset}:lex={lexes[j]}", f"{offset}:q={inside[j]}", f"{offset}:r={roles[j]}"]
    for n, row in enumerate(own):
        for offset in (-2, -1, 1, 2):
            j = n + offset
            if 0 <= j <= last:
                row += neighbours[offset][j]
            else:
                row.append(f"{offset}:none")
        if n == 0:
            row.append("BOS")
        if n == last:
            row.append("EOS")
    return own


def _sides_of_reporting(sent_starts: list[bool], pos: list[str], lexes: list[str], roles: list[str]) -> list[str]:
    """For each token, where its sentence's reporting words are (lexicon verbs, rule cues): L, R, LR or -."""
    sentence_of: list[int] = []
    for n, starts in enumerate(sent_starts):
        sentence_of.append(sentence_of[-1] + (1 if starts else 0) if n else 0)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for n in range(len(sent_starts)):
        if (lexes[n] != "-" and pos[n] == "VERB") or roles[n] == "CUE":
            first.setdefault(sentence_of[n], n)
            last[sentence_of[n]] = n
    out = []
    for n, number in enumerate(sentence_of):
        left = number in first and first[number] < n
        right = number in last and last[number] > n
        out.append({(True, True): "LR", (True, False): "L", (False, True): "R"}.get((left, right), "-"))
    return out


def _nearest_reporting_ancestor(c: Columns, i: int, speech: dict[str, str]) -> tuple[int | None, str]:
    """The closest ancestor (or the token itself) whose lemma is a reporting verb, and the dependency
    labels on the way up to it ('ccomp>nsubj')."""
    path: list[str] = []
    node = i
    for _ in range(6):
        if c.lemma[node] in speech and c.pos[node] in ("VERB", "NOUN"):
            return node, ">".join(path[-2:]) or "self"
        if c.head[node] == node:
            break
        path.append(c.dep[node])
        node = c.head[node]
    return None, "-"


def _verb_above(c: Columns, i: int) -> int | None:
    """The nearest verb or auxiliary among the token's ancestors."""
    node = i
    for _ in range(len(c.head)):
        if c.head[node] == node:
            return None
        node = c.head[node]
        if c.pos[node] in ("VERB", "AUX"):
            return node
    return None


def quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens inside the quoted stretches (character spans)."""
    inside: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return frozenset(inside)


def decode(tokens: list[Token], tags: list[str], marginals: list[float] | None = None, quoted: frozenset[int] = frozenset()) -> list[Relation]:
    """Join tagged spans into relations: each cue takes the sources and contents of its sentence (the
    nearest cue when a sentence has several); a content in a sentence without a cue is quoted words
    running over sentences: it goes to the cue of the sentence before or else after it in the paragraph,
    and words there outside quotation marks (``quoted``: their token indices) are no content."""
    spans: list[tuple[str, int, int]] = []  # role, first, last token index (doc indices)
    for token, tag in zip(tokens, tags):
        if tag == "O":
            continue
        prefix, role = tag.split("-", 1)
        new_sentence = role == "CON" and token.is_sent_start
        if spans and prefix == "I" and spans[-1][0] == role and spans[-1][2] + 1 >= token.i - 1 and not new_sentence:
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
        elif role == "SRC" or 2 * sum(i in quoted for i in range(first, last + 1)) < last + 1 - first:
            continue
        elif before := [c for c in cues if c[1] < first]:
            target = before[-1]
        elif after := [c for c in cues if c[0] > last and doc[c[0]].sent.start <= sentence.end]:
            target = after[0]
        else:
            continue  # content no cue introduces is the outlet's
        relation = relations[target]
        pieces = relation.content if role == "CON" else relation.source
        if pieces and pieces[-1][1] == first:  # one content the sentence break cut
            pieces[-1] = (pieces[-1][0], last + 1)
        else:
            pieces.append((first, last + 1))
    for relation in relations.values():
        relation.content = [run for run in (_before_a_second_verb(doc, relation, run) for run in relation.content) if run]
    return sorted((r for r in relations.values() if r.content), key=lambda r: r.content[0])


def _before_a_second_verb(doc: Doc, relation: Relation, run: tuple[int, int]) -> tuple[int, int] | None:
    """A content up to what the cue's verb goes on to do ('invalidated a key provision | and triggered a
    number of states to …'): a verb joined to the cue by 'and' or 'but' is the outlet's next report."""
    first, end = run
    verbs = {i for a, b in relation.cue for i in range(a, b) if doc[i].pos_ in ("VERB", "AUX")}
    second = next((doc[i] for i in range(first + 1, end) if doc[i].head.i in verbs and doc[i].dep_ == "conj" and doc[i].pos_ == "VERB"), None)
    if second is not None:
        end = max(first, second.left_edge.i)
    while end > first and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return (first, end) if end > first else None


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
    columns = Columns.of(doc)
    found: list[Relation] = []
    for tokens in sequences(doc):
        tags = tagger.tag(features(columns, [t.i for t in tokens], inside, rules))
        marginals = [tagger.marginal(tag, n) if tag != "O" else 1.0 for n, tag in enumerate(tags)]
        found += decode(tokens, tags, marginals, inside)
    return found
