"""Quotes and their speakers: direct, indirect and mixed speech, 'according to', and the outlet's own voice.

Reporting verbs come from a lexicon (``resources/speech_verbs.tsv``); the dependency parse gives each
verb's content and subject. Speakers resolve to entity clusters: by name, by pronoun (the last
compatible speaker, or the main subject just before), by document ('The statement' -> whose statement
it is), or by role (a title followed by the named person). Quoted stretches no verb claims take the cue
in their sentence, or inherit the speaker of the quote before them.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from presslens.model import (
    Article,
    Author,
    Entity,
    Quote,
    QuoteAct,
    QuoteKind,
    Span,
    Speaker,
    SpeakerRoute,
    Timex,
)
from presslens.names import STYLES_OF_ADDRESS
from presslens.pipeline.authors import credit_lines
from presslens.pipeline.intervals import Intervals
from presslens.pipeline.nlp import RARE_DASHES
from presslens.pipeline.notices import is_notice, notice_spans
from presslens.pipeline.places import gazetteer
from presslens.pipeline.relations import Relation, tag_relations
from presslens.pipeline.segments import doc_text
from presslens.pipeline.transcript import Turn, a_heading_label
from presslens.pipeline.temporal import NUMBERS
from presslens.pipeline.tweets import Tweet
from presslens.resources import belief_verbs, channels, given_name_sex, groups_of_states, honorifics, non_attribution_cues, person_roles, speech_verbs
from presslens.settings import QUOTE_MIN_WORDS, TAGGED_MIN_PROBABILITY, TAGGED_MIN_WORDS

#: Opening mark -> closing marks. A closing curly mark met outside any quote opens one (some outlets
#: type ” at both ends), and curly and straight marks are mixed in careless copy.
_OPENERS = {"“": ("”", '"'), "«": ("»",), "„": ("“", "”"), "”": ("”",), '"': ('"', "”"), "''": ("''",), "``": ("''",)}
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})  # "his suggestion that …"
_PRONOUNS_THING = frozenset({"it", "they", "its", "their"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CONTRAST = frozenset({"though", "although", "whereas"})
#: What sets a second saying against the first ('…, while Jones said it would fail').
_SET_AGAINST = _CONTRAST | {"while"}
#: A phrase set off at the end of the reported words that is the outlet's remark on them ("..., the first
#: time it has done so"); appositions and participles stay, as annotators keep them, but for the outlet's gloss
#: on a word of them ("…, a reference to the 2014 uprising in Ukraine").
_REMARKS = frozenset({"npadvmod"})
_GLOSSES = frozenset({"reference", "allusion", "nod"})
#: Dashes the parse may give the reporting verb inside its words ('record—“the longest …”').
_DASHES = frozenset({"—", "–", "--", *RARE_DASHES})
#: Words opening a clause that states the condition of what was said or its reason.
_CONDITIONS_AND_REASONS = frozenset({"unless", "if", "until", "because"})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
#: Verbs whose words follow a particle ('called for …', 'referring to …').
_PARTICLES = {"call": frozenset({"on", "for"}), "refer": frozenset({"to"})}
#: Cues that go on with the last speaker's words: "he added" is who spoke before, whoever came between.
_GOING_ON = frozenset({"add", "continue", "go on"})
_SUBJECTS = ("nsubj", "nsubjpass")
#: Verbs that take their speaker from a verb above them: participles, conjuncts, verbs after a preposition.
_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_FOCUS_WORDS = frozenset({"even", "also", "only", "just"})
#: How many words after a quote its trailing cue may start ('“…?” asked Senator Ted Cruz of Texas').
_TRAILING_CUE_REACH = 6
#: What a content may leave out at its edges that a quote around it holds: 'reopen “within weeks.”'.
_EDGE_PUNCTUATION = " \n\t.,;:!?"
_QUOTE_MARKS = "\"“”‘’'«»„"
#: A quoted title is at most this many words ('The Art of the Deal').
_TITLE_MAX_WORDS = 5
_CONFIDENCE: dict[SpeakerRoute, float] = {
    "named": 0.95,
    "apposition": 0.9,
    "representative": 0.85,
    "document": 0.8,
    "pronoun": 0.75,
    "role": 0.7,
    "inherited": 0.7,
    "unnamed": 0.8,
    "author": 0.8,
    "unresolved": 0.3,
}


#: Character offset -> the entities mentioned over it, and whether as a spelling variant.
_MentionsAt = dict[int, list[tuple[Entity, bool]]]


@dataclass
class _Draft:
    """A quote before its speaker is resolved."""

    kind: QuoteKind
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    verb: Token | None
    subject: list[Token] = field(default_factory=list)
    inherited: bool = False
    continuation: list[tuple[int, int]] = field(default_factory=list)
    act: QuoteAct | None = None  # None: from the cue's lemma
    certainty: float = 1.0  # the tagger's probability for the relations it found
    turn: bool = False  # a transcript's turn or a signed post: the subject is its label or signature
    named: str | None = None  # the entity a turn's label names, if any
    label: tuple[int, int] | None = None  # a transcript turn's label, by character offsets ('PENCE', a Q&A's 'A')
    said: tuple[int, int] | None = None  # the date the words were said, where the text sets it apart (a post's)
    channel: str | None = None  # the channel, where the text sets it apart ('tweet')
    unnamed: bool = False  # an impression or hearsay the sentence gives no holder ('is expected to …')


def quotation_spans(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the text between quotation marks (curly, straight, or doubled apostrophes as in
    ''this''); a quote running over a paragraph end continues when the next paragraph opens with the same
    mark, as news style has it. Single marks, as British papers quote, count for sentences of the body
    (from ``body_start``: a headline's single marks quote a title or a phrase) of two words or more."""
    spans = _double_quotations(text)
    taken = Intervals(spans)
    singles = [  # a quotation over paragraphs may hold a double-marked one: 'the "I love it" memo'
        span
        for span in _single_quotations_over_paragraphs(text, body_start)
        if all(span[0] <= spans[i][0] and spans[i][1] <= span[1] for i in taken.overlapping(*span))
    ]
    taken = Intervals(spans + singles)
    singles += [
        (m.start(1), m.end(1))
        for m in _SINGLE_QUOTATION.finditer(text, body_start)
        if not taken.overlapping(m.start(), m.end()) and len(m.group(1).split()) >= 2
    ]
    if body_start:
        singles += [
            (m.start(1), m.end(1))
            for pattern in (_HEADLINE_QUOTATION, _HEADLINE_QUOTATION_BEFORE_ITS_SPEAKER)
            for m in pattern.finditer(text, 0, body_start)
            if not taken.overlapping(m.start(), m.end()) and len(m.group(1).split()) >= 2
        ]
    return sorted(spans + singles)


#: A headline's words after its speaker's name and a colon, in single marks ("Trump: 'We are going to win so much.'").
_HEADLINE_QUOTATION = re.compile(r"(?<=:)[ \t]*['‘]([^\n]*?\S)['’][.!?]?[ \t]*$", re.MULTILINE)


#: A headline's words in single marks set off before their speaker's name ("Sanctions 'will not break us',
#: Maduro tells supporters"; "'We will not surrender,' Hamas says"): a mark after a space, and one closing before a
#: comma or a colon or after a comma, '!' or '?' ahead of a capital, so that an apostrophe ('won't') is no mark.
_HEADLINE_QUOTATION_BEFORE_ITS_SPEAKER = re.compile(r"(?:^|(?<=\s))['‘]([^\n]*?\S)(?:[,!?]['’]|['’][,:])(?=[ \t]+[A-Z])", re.MULTILINE)


#: A paragraph that opens a sentence in single quotation marks, at its start or after a colon ("Mr Corbyn
#: said: 'The issue …"), and leaves it open.
_SINGLE_OPENED = re.compile(r"(?:^|(?<=:))[ \t]*['‘](?=[A-Z])[^\n]*$", re.MULTILINE)
#: A single mark that closes a quotation after its punctuation ('… March,' he said.).
_SINGLE_CLOSING = re.compile(r"[,.!?…]['’](?=[\s)]|$)")
#: A British quotation goes on over at most this many paragraphs, each opened with a mark.
_SINGLE_PARAGRAPHS = 8


def _single_quotations_over_paragraphs(text: str, body_start: int) -> list[tuple[int, int]]:
    """British quotations over several paragraphs: each paragraph opens with a single mark and only the
    last closes ("'It has most of what people wanted. / 'The question is, can we … / 'There will be tough
    talks ahead.'"), and, in text with a sentence per line, lines that go on without a mark ("'I feel
    vindicated." / "They offered me a plea deal which I thought was fraudulent,' Corsi said"). The span
    runs from after the first opening mark to the closing one."""
    spans = []
    position = body_start
    while (first := _SINGLE_OPENED.search(text, position)) is not None:
        position = first.end()
        words_start = first.end() - len(first.group().lstrip(" \t")) + 1  # after the opening mark
        if _marks_a_close(text[words_start : first.end()]):
            continue  # closed in its own paragraph, or 'Schifty Schiff' read …: no quotation left open
        if (close := _single_closed_later(text, first.end())) is not None:
            spans.append((words_start, close))
            position = close
        elif _resumes_after_a_caption(text, first.end(), lambda start, end: _SINGLE_OPENED.match(text, start, end) is not None):
            spans.append((words_start, words_start + len(text[words_start : first.end()].rstrip())))
    return spans


def _resumes_after_a_caption(text: str, line_end: int, reopens: Callable[[int, int], bool]) -> bool:
    """Whether a quotation left open at a line end goes on after a picture's caption that a copied page
    set between its paragraphs: the next line holds no quotation and ends no sentence ('Theresa May
    (pictured …) has been battling to get her deal through Parliament'), and the line after it reopens the
    quotation (``reopens(start, end)`` of that line). The paragraph before the caption is then quoted words."""
    start = _next_line(text, line_end)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    caption = text[start:end].rstrip()
    if not caption or caption.endswith((".", "!", "?", "…", ":", ";", ",")) or _SINGLE_OPENING.search(caption) or any(m in caption for m in "\"“”«»"):
        return False
    following = _next_line(text, end)
    following_end = text.find("\n", following)
    return following < len(text) and reopens(following, len(text) if following_end < 0 else following_end)


def _single_closed_later(text: str, end: int) -> int | None:
    """Where a single-marked quotation left open at a line end closes: at the first closing mark after
    punctuation in the lines after it, each reopening the mark as a new paragraph does, or, right after
    the line before, going on without a mark and ending a sentence. A line without marks that ends no
    sentence (a picture's caption) or opens a quotation of its own ("said there was 'no sign at all'")
    leaves it unclosed."""
    line_end = end
    for _ in range(_SINGLE_PARAGRAPHS):
        line_start = _next_line(text, line_end)
        if line_start >= len(text):
            return None
        after_blank = text.count("\n", line_end, line_start) > 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if (reopened := _SINGLE_OPENED.match(text, line_start, line_end)) is not None:
            if (close := _SINGLE_CLOSING.search(reopened.group())) is not None:
                return line_start + close.end() - 1
            continue
        close = _SINGLE_CLOSING.search(text, line_start, line_end)
        if after_blank or _SINGLE_OPENING.search(text, line_start, close.start() if close else line_end):
            return None  # after a blank line, or a quotation of its own
        if close is not None:
            return close.end() - 1
        if not text[line_start:line_end].rstrip().endswith((".", "!", "?", "…")):
            return None
    return None


#: A single mark that opens words inside a line: a quotation of its own ("said there was 'no sign at all'").
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(:—–-]))['‘](?=\w)", re.MULTILINE)


def _marks_a_close(words: str) -> bool:
    """Whether a single mark in the words may close a quotation, so that the paragraph is no quotation
    left open."""
    return re.search(r"['’](?=[\s),.;:!?]|$)", words.rstrip()) is not None


def _next_line(text: str, end: int) -> int:
    """Where the next non-empty line after ``end`` (the end of a line) starts."""
    i = end
    while i < len(text) and text[i] in " \t\n":
        i += 1
    return i


#: A sentence in single quotation marks: it opens on a capital after a space, a colon or a dash and closes
#: after its punctuation ("said: 'A hard Brexit would make that look like a teddy bears' picnic.'"), so
#: an apostrophe ('bears' picnic', 'You're') is never taken for a mark.
_SINGLE_QUOTATION = re.compile(r"(?:(?<=[\s(:—–-])|^)['‘]([A-Z][^\n]*?[,.!?])['’](?=[\s)]|$)", re.MULTILINE)


def _double_quotations(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        opener = text[i : i + 2] if text.startswith(("''", "``"), i) else text[i]
        closers = _OPENERS.get(opener)
        if closers is None:
            i += 1
            continue
        j = i + len(opener)
        while j < len(text) and not text.startswith(closers, j) and not (opener == "“" and _misturned_close(text, j)):
            if text[j] == "\n":
                k = j
                while k < len(text) and text[k].isspace():
                    k += 1
                if not text.startswith(opener, k):
                    spilled = _closed_paragraphs_later(text, k, opener)
                    if spilled is not None:
                        j = spilled
                    elif _resumes_after_a_caption(text, j, lambda start, _: text.startswith(opener, start)):
                        spans.append((i + len(opener), j))  # the paragraph before the caption; the next opens anew
                    break
                j = k + len(opener)
                continue
            j += 1
        closer = next((c for c in closers if text.startswith(c, j)), "“" if opener == "“" and _misturned_close(text, j) else None)
        if closer is not None:
            spans.append((i + len(opener), j))
            i = j + len(closer)
        else:
            i = j
    return spans


def _misturned_close(text: str, i: int) -> bool:
    """Whether an opening mark at ``i`` closes a quotation, turned the wrong way: right after a word or the
    end of a sentence, and before a space or punctuation ('“Do you want to be associated with a fascist?“ he
    asked.', 'an “expedited review“ of')."""
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    return text.startswith("“", i) and bool(before) and not before.isspace() and before not in "([{—–-" and (after == "" or after.isspace() or after in ".,;:?!")


#: Curly quotation marks and guillemets: an opening one is told from a closing one.
_PAIRED_MARKS = re.compile(r"[“”«»]|``|''")
#: The most paragraphs a quotation runs over without reopening its mark in each, as careless copies have it.
_SPILL_PARAGRAPHS = 6


def _closed_paragraphs_later(text: str, start: int, opener: str) -> int | None:
    """Where a quotation left open at a paragraph end closes, when the next quotation mark in the paragraphs
    after it closes it ('“She is mean.' / 'She is rude.' / 'I have heard that,” Parris says.'): only for marks
    that tell opening from closing, and not further than a few paragraphs. A straight mark may close on a
    curly one ('"… the E.U.' / 'has made clear is the only deal,” she said') with no straight one between,
    or on a straight one that can only close (``_closes_lines_later``)."""
    closers = {"“": ("”",), "«": ("»",), "``": ("''",), '"': ("”",)}.get(opener)
    if closers is None:
        return None
    limit = start
    for _ in range(_SPILL_PARAGRAPHS):
        limit = text.find("\n", limit + 1)
        if limit < 0:
            limit = len(text)
            break
    mark = _PAIRED_MARKS.search(text, start, limit)
    straight = text.find('"', start, limit) if opener == '"' else -1
    if straight >= 0 and (mark is None or straight < mark.start()):
        return straight if _closes_lines_later(text, start, straight) else None
    if mark is None or mark.group(0) not in closers:
        return None
    return mark.start()


#: The most words of a line that names a pull quote's speaker.
_NAME_LINE_WORDS = 8


def _closes_lines_later(text: str, start: int, mark: int) -> bool:
    """Whether a straight mark closes a quotation left open lines before, as text with a sentence per line
    has it ('"They kept dissenters off the air.' / 'As recently as 2 weeks ago, …' / '… disinformation."'):
    it stands after the words' last punctuation, before a space or the line's end, with no blank line
    between, so an opening mark ('He said "yes."') never closes one; and the line it closes is no pull
    quote's name line ('"The reality is, … for her here.' / 'S.C. Rep. Jim Clyburn."'), whose name is no
    word of the quote."""
    after = text[mark + 1 : mark + 2]
    last_line = text[text.rfind("\n", 0, mark) + 1 : mark]
    return text[mark - 1 : mark] in ".,!?…" and (not after or after.isspace() or after in ",;:)") and "\n\n" not in text[start:mark] and not _a_name_line(last_line)


def _a_name_line(line: str) -> bool:
    """Whether a short line names someone rather than saying something: most of its few words capitalised
    ('Dean Baker, Center for Economic and Policy Research.', 'Former NAACP president Ben Jealous.')."""
    words = line.split()
    return 0 < len(words) <= _NAME_LINE_WORDS and 2 * sum(w[0].isupper() for w in words) >= len(words) + 1


def find_quotes(
    doc: Doc,
    article: Article,
    entities: list[Entity],
    timexes: list[Timex],
    turns: list[Turn],
    tweets: list[Tweet],
    author: Author | None = None,
    tagger: bool = True,
) -> tuple[list[Quote], list[Span]]:
    """All quotes of the article and the body sentences in the outlet's own voice. The rules come
    first, with a transcript's ``turns`` and the embedded posts (``tweets``); the tagger (``tagger=True``)
    adds the attributions they missed; the writer's own 'I' is the ``author``'s."""
    quoted = quotation_spans(article.text, article.body_start)
    if turns:  # a turn's words are its own quote, whatever quotation marks run over the transcript
        paragraphs = Intervals(p for turn in turns for p in turn.paragraphs)
        words = [w for turn in turns for w in (turn.content, *turn.continuation)]
        quoted = sorted([q for q in quoted if not paragraphs.overlapping(*q)] + words)
    if tweets:  # a post's words are its author's quote, whatever quotation marks it holds
        posts = Intervals(t.content for t in tweets)
        quoted = sorted({q for q in quoted if not posts.overlapping(*q)} | {t.content for t in tweets})
    headline = _headline_claim(doc, quoted, entities, article.body_start)
    turned = _turn_drafts(doc, turns, entities, article.body_start, _headline_day(timexes, article.body_start), author)
    drafts = rule_drafts(doc, quoted, [*turned, *_tweet_drafts(doc, tweets, entities), *headline])
    if headline:  # 'Bill Clinton: Hillary thinks feds require too many tests': her thinking is his claim
        claim = headline[0]
        drafts = [d for d in drafts if d is claim or not (d.cue and claim.content[0] <= d.cue[0] < claim.content[1])]
    if tagger:
        for draft in drafts:
            if _the_question_asked(draft):
                draft.subject = _asker(draft)
                draft.unnamed = not draft.subject
        relations = tag_relations(doc, quoted, draft_roles(doc, drafts))
        _fill_subjects(doc, drafts, relations)
        drafts += _tagged_drafts(doc, quoted, drafts, relations)
    notices = notice_spans(article.text)
    drafts = [
        d for d in drafts
        if not _titles_only(article.text, d) and not _a_caption(d) and not _to_the_reader(d) and not _time_will_tell(d) and not _claims_a_thing(d)
        and not (d.verb is not None and _a_blow(d.verb))
        and not any(notices.holds(words[0]) for words in (d.cue, d.content) if words)  # nor 'remarks of her: <a shop's box>'
    ]
    _share_subjects_with_fragments(doc, drafts)
    _close_quotations(article.text, drafts, quoted)
    drafts.sort(key=lambda d: min(d.content[0], d.cue[0] if d.cue else d.content[0]))
    quotes = _resolve(drafts, doc, entities, timexes, Intervals(quoted).holds, author)
    return quotes, _outlet_voice(doc, article, quotes, author)


def rule_drafts(doc: Doc, quoted: list[tuple[int, int]], turns: Sequence[_Draft] = ()) -> list[_Draft]:
    """The quotes the lexicon's reporting verbs, 'according to' and quotation marks give, with a
    transcript's turns (``turns``, whose words are among ``quoted``)."""
    quotes = Intervals(quoted)
    inside = quotes.holds
    drafts: list[_Draft] = []
    claimed: set[tuple[int, int]] = {words for t in turns for words in (t.content, *t.continuation)}
    for token in doc:
        if inside(token.idx) or token.pos_ in ("VERB", "AUX") and _capitalised_in_prose(token):
            continue
        draft = _impression(token) if token.pos_ in ("VERB", "AUX") else None
        if draft is None and token.pos_ == "VERB":
            draft = _from_verb(token, quoted, quotes)
        if draft is None and token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            draft = _from_according(token, quoted, quotes)
        if draft is None:
            continue
        drafts.append(draft)
        around = (quoted[i] for i in quotes.overlapping(draft.content[0] - 1, draft.content[1] + 1))
        claimed.update(q for q in around if draft.content[0] <= q[0] + 1 and q[1] - 1 <= draft.content[1])
    drafts = _without_nested(drafts) + list(turns)
    unclaimed = _unclaimed_quotes(doc, quoted, claimed, drafts, inside)
    kept = [d for d in drafts if not any(_within_quote_of_its_cue(d, u) for u in unclaimed)] + unclaimed
    _share_subjects_across_and(kept)
    for draft in kept:
        if not draft.subject and draft.verb is not None:
            draft.subject = _named_after_an_opening_cue(draft.verb)
    _end_before_the_next_speaker(doc_text(doc), kept)
    return kept


def _end_before_the_next_speaker(text: str, drafts: list[_Draft]) -> None:
    """Words that end on the name of the one who speaks next end before it: 'when asked about Donald
    Trump, | President Barack Obama said …' (the parse read the name as an apposition to 'Trump')."""
    for draft in drafts:
        for other in drafts:
            if other is draft or not other.subject or other.turn:
                continue
            first = other.subject[0].idx
            if draft.content[0] < first < draft.content[1] <= other.subject[-1].idx + len(other.subject[-1].text):
                draft.content = _trim(text, draft.content[0], first)


def _named_after_an_opening_cue(verb: Token) -> list[Token]:
    """The name right after a reporting verb that opens its sentence, up to the comma or colon before the
    words ('Said Ellis: “…”', 'Continued Stone: “…”'), which the parse reads as a verb with no subject."""
    if next((t for t in verb.sent if not (t.is_punct or t.is_space)), None) != verb:
        return []
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", verb.doc[verb.i + 1 : verb.sent.end]))
    after = verb.i + 1 + len(name)
    return name if name and after < verb.sent.end and verb.doc[after].text in (",", ":") else []


def _share_subjects_across_and(drafts: list[_Draft]) -> None:
    """A cue with no subject right after 'and' ('“…,” he said at a news conference, and then predicted: “…”',
    which the parse hung on a verb inside the first quotation) has the subject of the cue before it in its
    sentence."""
    cued = sorted((d for d in drafts if d.verb is not None), key=lambda d: d.verb.i)  # type: ignore[union-attr]
    for before, draft in zip(cued, cued[1:]):
        verb = draft.verb
        if draft.subject or draft.inherited or draft.unnamed or not before.subject or verb.sent != before.verb.sent:  # type: ignore[union-attr]
            continue
        if any(t.lower_ == "and" for t in verb.doc[max(before.verb.i + 1, verb.i - 2) : verb.i]):  # type: ignore[union-attr]
            draft.subject = before.subject  # 'and predicted', 'and then predicted'


def _share_subjects_with_fragments(doc: Doc, drafts: list[_Draft]) -> None:
    """A sentence that is a participle and a quote alone ('Maher stated that the report “wasn’t good.”
    Adding, “Now, …”') goes on from the sentence before: its cue has the subject of the quote that ends
    last there ('stated', not 'concluded' of 'after the Sanders interview concluded, Maher stated …')."""
    for draft in drafts:
        verb = draft.verb
        if verb is None or draft.subject or draft.inherited or draft.unnamed or verb.tag_ != "VBG" or verb.dep_ != "ROOT":
            continue
        sentence = verb.sent
        if sentence.start == 0 or not all(t.is_punct or t.is_space for t in doc[sentence.start : verb.i]):
            continue
        previous = doc[sentence.start - 1].sent
        before = [d for d in drafts if d.subject and d.cue and previous.start_char <= d.cue[0] < previous.end_char]
        if before:
            draft.subject = max(before, key=lambda d: d.content[1]).subject


def _within_quote_of_its_cue(draft: _Draft, quote: _Draft) -> bool:
    """Whether a draft is the part, in the cue's line, of a quotation that began lines before and that the
    same cue introduces whole ('"… the E.U.' / 'has made clear is the only deal," she said')."""
    return quote.kind == "direct" and draft.cue == quote.cue and draft is not quote and quote.content[0] < draft.content[0] and draft.content[1] <= quote.content[1]


def _headline_day(timexes: list[Timex], body_start: int) -> tuple[int, int] | None:
    """The one day a headline dates ('Regular Press Conference on December 5, 2024'), by character offsets."""
    days = [(t.start, t.end) for t in timexes if t.end <= body_start and t.type == "DATE" and _the_day(t) is not None]
    return days[0] if len(days) == 1 else None


def _turn_drafts(
    doc: Doc, turns: list[Turn], entities: list[Entity], body_start: int, day: tuple[int, int] | None = None, author: Author | None = None
) -> list[_Draft]:
    """A transcript's turns as direct quotes of the person each label names ('PENCE:' -> Mike Pence); a
    Q&A's answers as quotes of the person it interviews, its questions as the interviewer's, the byline's writer
    where it names one; each said on the ``day`` the headline gives."""
    drafts = []
    interviewee = _interviewee(entities, body_start, min(t.label[0] for t in turns)) if turns else None
    for turn in turns:
        label = doc.char_span(*turn.label, alignment_mode="expand")
        if label is None:
            continue
        start, end = turn.label  # the entity step made each label a person's mention
        if turn.role == "named":
            person = next((e for e in entities if any(start <= m.start and m.end <= end for m in e.mentions)), None)
        else:
            person = interviewee if turn.role == "answer" else None
            if turn.role == "question" and author is not None and author.how == "byline":
                person = next((e for e in entities if e.id == author.entity), None)  # 'By Olena Kovalenko' … 'Q: How do you assess …?'
        cue = (turn.label[1], turn.label[1] + 1) if turn.role == "named" else turn.label  # the colon; a Q&A's letter, which may stand alone: 'QWhat …?'
        drafts.append(
            _Draft(
                "direct", turn.content, cue, ":", None, list(label), act="speech", label=turn.label,
                continuation=list(turn.continuation), turn=True, named=person.id if person else None, said=day,
            )
        )
    return drafts


def _interviewee(entities: list[Entity], body_start: int, first_turn: int) -> Entity | None:
    """Whom a Q&A interviews: the first person its headline names ('Q&A with Vice President Joe Biden'),
    else the first person named before the first question."""
    people = [(m.start, e) for e in entities if e.label == "PERSON" for m in e.mentions if m.start < first_turn]
    headline = [p for p in people if p[0] < body_start]
    return min(headline or people, key=lambda p: p[0], default=(0, None))[1]


def _tweet_drafts(doc: Doc, tweets: list[Tweet], entities: list[Entity]) -> list[_Draft]:
    """Signed posts as direct quotes of their authors, said on the post's date, through 'tweet'."""
    text = doc_text(doc)
    drafts = []
    for tweet in tweets:
        author = doc.char_span(*tweet.author, alignment_mode="expand")
        if author is None:
            continue
        drafts.append(
            _Draft(
                "direct", tweet.content, tweet.handle, "tweet", None, list(author), act="speech", turn=True,
                named=_author(text[tweet.author[0] : tweet.author[1]], tweet.author, entities), said=tweet.date, channel="tweet",
            )
        )
    return drafts


def _headline_claim(doc: Doc, quoted: list[tuple[int, int]], entities: list[Entity], body_start: int) -> list[_Draft]:
    """A headline that gives a person's name, a colon and what they claim ('Carson: Cruz taking
    'Benghazi' approach to Iowa controversy'; "Iran's Araghchi: …", after a state's name): the claim, as the
    person's. A name that is not a person's ('Report:', 'Brexit:', 'Breitbart News Daily:') heads no claim;
    quoted words after it are left to the quotation rules ("Ted Cruz: ‘…’")."""
    text = doc_text(doc)
    for pattern in (_HEADLINE_SOURCE, _HEADLINE_SOURCE_AFTER_A_COLON):
        if (sourced := pattern.match(text, 0, body_start)) is not None and (claim := _sourced_claim(doc, sourced, quoted, entities)):
            return claim
    match = _HEADLINE_CLAIM.match(text, 0, body_start)
    if match is None or any(q[0] <= match.start(2) + 1 and match.end(2) - 1 <= q[1] for q in quoted):
        return []
    owner = _PLACE_S.match(text, match.start(1), match.end(1))  # "Iran's Araghchi:": the person after the state's name
    start = owner.end() if owner is not None and gazetteer().canonical(owner.group(1)) is not None else match.start(1)
    person = next(
        (e for e in entities if e.label in ("PERSON", "ORG") and any(m.start == start and m.end == match.end(1) for m in e.mentions)), None
    )
    name = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    if person is None or name is None or len(name) > _COLON_SPEAKER_WORDS:
        return []
    if person.label == "ORG" and (
        not _a_clause(doc.char_span(match.start(2), match.end(2), alignment_mode="expand"))
        or ": " in match.group(2) or name[-1].lower_ in channels() or name[-1].lower_ in _SECTIONS
    ):
        return []  # 'Kremlin: Russia open to talks but will not accept ultimatums', not 'NATO: The Alliance at 75', 'Undercover Video: … Staffer: “…”', 'GT Voice: …'
    content = _trim(text, match.start(2), match.end(2))
    kind: QuoteKind = "mixed" if any(content[0] <= q[0] and q[1] <= content[1] for q in quoted) else "indirect"
    colon = (match.end(1), match.end(1) + 1)
    return [_Draft(kind, content, colon, ":", None, list(name), act="speech", turn=True, named=person.id)]


#: Last words of the names of an outlet's columns and sections, whose headline claims are the outlet's: 'GT Voice:', 'Our View:'.
_SECTIONS = frozenset({"voice", "view", "views", "opinion", "editorial", "comment", "commentary", "analysis", "explainer", "column", "viewpoint"})


def _a_clause(words: Iterable[Token] | None) -> bool:
    """Whether words hold a verb, as a claim does and a programme's or a section's title need not."""
    return words is not None and any(t.pos_ in ("VERB", "AUX") for t in words)


#: A place's name and its possessive before a headline's speaker: "Iran's " of "Iran's Araghchi:".
_PLACE_S = re.compile(r"([A-Z][\w .-]{1,25}?)['’]s ")
#: A headline's speaker, colon and claim.
_HEADLINE_CLAIM = re.compile(r"([^:\n]{1,40}):[ \t]+([^\n]*?)[.!?]?[ \t]*$", re.MULTILINE)
#: A headline's claim, a dash and its source: "Brexit delay request will be rejected … – France’s Le Drian".
_HEADLINE_SOURCE = re.compile(r"([^\n]+?)[ \t]+([–—-])[ \t]+([^–—\n-]{2,40}?)[ \t]*$", re.MULTILINE)
#: A headline's claim, a colon and its source, as wire services write it: "North Korea fires ballistic missile toward East Sea: JCS".
_HEADLINE_SOURCE_AFTER_A_COLON = re.compile(r"([^\n]+?)(:)[ \t]+([^:\n]{2,40}?)[ \t]*$", re.MULTILINE)


def _sourced_claim(doc: Doc, match: re.Match[str], quoted: list[tuple[int, int]], entities: list[Entity]) -> list[_Draft]:
    """The claim of a headline that ends with a dash or a colon and the person who made it, named last in a few
    words ("… – France’s Le Drian", "… - EU’s Tusk"), or by the role the text writes before their name ("… –
    Political Campaigner", after which "Sputnik spoke with political campaigner Michael Swadling"), or the body
    that made it, named alone ("…: JCS", "… - MoD"); not "… – What Else Are They Hiding?", "… - Here's Why"."""
    text = doc_text(doc)
    source = doc.char_span(match.start(3), match.end(3), alignment_mode="contract")
    people = [e for e in entities if e.label == "PERSON"]
    person = next((e for e in people if any(m.end == match.end(3) and m.start >= match.start(3) for m in e.mentions)), None)
    if person is None:
        person = next((e for e in entities if e.label == "ORG" and any(m.start == match.start(3) and m.end == match.end(3) for m in e.mentions)), None)
    role = match.group(3).casefold()
    if person is None and role.replace(" ", "").isalpha():
        titled = [
            (m.start, e) for e in people for m in e.mentions
            if m.start > match.end(3) and text[max(0, m.start - len(role) - 2) : m.start].rstrip().casefold().endswith(" " + role)
        ]  # 'political campaigner Michael Swadling': the role right before the name
        person = min(titled, key=lambda found: found[0])[1] if titled else None
    content = _trim(text, match.start(1), match.end(1))
    if person is None or source is None or len(source) > _COLON_SPEAKER_WORDS + 1 or len(text[content[0] : content[1]].split()) < QUOTE_MIN_WORDS:
        return []
    kind: QuoteKind = "mixed" if any(content[0] <= q[0] and q[1] <= content[1] for q in quoted) else "indirect"
    dash = (match.start(2), match.end(2))
    return [_Draft(kind, content, dash, match.group(2), None, list(source), act="speech", turn=True, named=person.id)]


def _author(name: str, span: tuple[int, int], entities: list[Entity]) -> str | None:
    """The person a post's signature names: a mention inside it, or a person of that name or surname."""
    start, end = span
    people = [e for e in entities if e.label == "PERSON"]
    for entity in entities:
        if any(start <= m.start and m.end <= end for m in entity.mentions):
            return entity.id
    words = name.split()
    same = [e for e in people if e.canonical.casefold() == name.casefold()]
    if not same and len(words) >= 2:
        same = [e for e in people if e.canonical.split()[-1].casefold() == words[-1].casefold() and len(e.canonical.split()) >= 2]
    return same[0].id if len(same) == 1 else None


def draft_roles(doc: Doc, drafts: list[_Draft]) -> dict[int, str]:
    """Token index -> the role the rules gave it (SRC, CUE, CON): a feature of the tagger."""
    roles: dict[int, str] = {}
    for draft in drafts:
        for token in draft.subject:
            roles.setdefault(token.i, "SRC")
        pieces = [("CUE", draft.cue)] if draft.cue else []
        pieces += [("CON", span) for span in (draft.content, *draft.continuation)]
        for role, (start, end) in pieces:
            span = doc.char_span(start, end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                roles.setdefault(i, role)
    return roles


def _fill_subjects(doc: Doc, drafts: list[_Draft], relations: list[Relation]) -> None:
    """A rule quote whose cue has no subject in the parse ('“…,” tweeted Murphy, the head of …' parsed
    wrong) takes the source the tagger found for the same cue or content."""
    for draft in drafts:
        if draft.subject or draft.inherited or _the_question_asked(draft):
            continue
        mine = [draft.content, *draft.continuation, *([draft.cue] if draft.cue else [])]
        for relation in relations:
            spans = [_char_span(doc, run) for run in (*relation.cue, *relation.content)]
            if relation.source and any(s < e2 and s2 < e for s, e in spans for s2, e2 in mine):
                source = list(doc[relation.source[0][0] : relation.source[0][1]])
                if not _acts_in_another_clause(source, draft.verb):
                    draft.subject = source
                break


def _the_question_asked(draft: _Draft) -> bool:
    """Whether the draft is the question of 'Asked whether …, 75 percent of Democrats said yes', 'Asked
    if he was encouraging violence, Trump replied' or '… made the remarks when asked to comment on …': a
    participle opening the sentence or a clause of when, whose words are the question; the one asked is
    the sentence's subject, and who asks goes unnamed unless 'by' names them (PolNeAR gives such a cue no
    source). The answer quoted after it is the subject's."""
    verb = draft.verb
    if verb is None or verb.lemma_.lower() != "ask" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if (answer := _answer_after_an_aside(verb)) is not None:  # 'Karine Jean-Pierre, asked about the numbers, insisted that …'
        return verb.idx < draft.content[0] and draft.content[1] <= answer.idx
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN for c in verb.children):  # '… made the remarks when asked to comment on …'
        last = verb.right_edge  # the parse may read 'when asked a relevant question' as a past tense with no subject
        return verb.idx < draft.content[0] and draft.content[1] <= last.idx + len(last.text)
    if verb.tag_ != "VBN":
        return False
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    main = verb.head  # the answer's verb ('said yes', 'replied'): the question ends before its subject
    answer = min((c.idx for c in main.children if c.dep_.startswith("nsubj")), default=main.idx) if main != verb else len(verb.doc.text)
    return verb == first and verb.idx < draft.content[0] and draft.content[1] <= answer


def _answer_after_an_aside(verb: Token) -> Token | None:
    """The verb of the answer after a question set off between commas right after the subject, which the parse
    read as the sentence's verb with the answer joined to it ('Jean-Pierre, asked about the numbers, insisted
    …': 'insisted', with no 'and' before it)."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i == verb.i - 2 for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and c.doc[c.i - 1].text == ","), None)


#: Verbs that lead their object to do what their infinitive says: 'prompting Israel to declare', 'pushes Democrats to reject'.
_LEADING_TO = frozenset(
    {"prompt", "push", "press", "pressure", "urge", "force", "compel", "lead", "cause", "spur", "drive", "encourage", "persuade",
     "convince", "inspire", "invite", "order", "get"}
)


def _source_joined_to_the_clause(verb: Token) -> list[Token] | None:
    """'Sudan's RSF killed more than 100 people in an attack on a village in Al Jazirah state, activists and the
    army-aligned government said on Thursday': the parse joined 'said' to the clause's verb, and its speakers to the
    clause's last noun; the speakers, from the comma to the verb that closes the sentence."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or _child(verb, "nsubj") is not None or _child(verb, "ccomp") is not None:
        return None
    if any(not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end]) or any(
        c.dep_ not in ("prep", "npadvmod", "punct", "advmod") for c in verb.rights
    ):
        return None  # the verb closes its sentence, but for when it was said
    last = verb.doc[verb.i - 1]
    first = next((a for a in (last, *last.ancestors) if a.dep_ == "conj" and a.pos_ in ("NOUN", "PROPN") and verb.doc[a.left_edge.i - 1].text == ","), None)
    if first is None or first.head.pos_ not in ("NOUN", "PROPN") or first.left_edge.i <= verb.sent.start + 2:
        return None
    words = list(verb.doc[first.left_edge.i : verb.i])
    return words if any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or t.lower_ in ("government", "army", "police") for t in words) else None


def _asker(draft: _Draft) -> list[Token]:
    """Who asked the question, where the text says ('When asked by anchor Maria Bartiromo why …'); else nobody named."""
    agent = next((c for c in draft.verb.children if c.dep_ == "agent"), None) if draft.verb is not None else None
    named = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    return _speaker_words(named) if named else []


#: Words that open a clause of the time or condition of an act: 'when asked about …', 'if asked'.
_WHEN = frozenset({"when", "if", "after", "once", "while", "whenever"})


def _acts_in_another_clause(words: list[Token], cue: Token | None) -> bool:
    """Whether the words are the subject of a clause opening after the cue: in "'…,' read the text on the
    image Trump Jr posted …, a day after Mueller filed his report", Mueller filed and read nothing."""
    head = _head(words)
    return cue is not None and head.dep_ in _SUBJECTS and _opens_after(head.head, cue)


def _opens_after(verb: Token, cue: Token) -> bool:
    """Whether the verb's clause is subordinate and opens after the cue ('a day after Mueller filed')."""
    return any(c.dep_ == "mark" and c.i > cue.i for c in verb.children)


def _tagged_drafts(doc: Doc, quoted: list[tuple[int, int]], drafts: list[_Draft], relations: list[Relation]) -> list[_Draft]:
    """Relations of the tagger that no rule quote overlaps, as drafts: their kind from the quotation
    marks, their act from the lexicon (a cue it does not list attributes a stance, not words)."""
    text = doc_text(doc)
    taken = Intervals(span for d in drafts for span in (d.content, *d.continuation, *([d.cue] if d.cue else [])))
    inside = Intervals(quoted).holds
    added: list[_Draft] = []
    for relation in relations:
        first, last = relation.cue[0]
        while last - first > 1 and doc[last - 1].is_punct:
            last -= 1  # "says still '": the mark opens the words, it is no part of the cue
        cue_tokens = [doc[i] for i in range(first, last)]
        cue = _char_span(doc, (first, last))
        pieces = [_char_span(doc, run) for run in relation.content]
        if any(taken.overlapping(s, e) for s, e in [*pieces, cue]):
            continue
        if relation.probability < TAGGED_MIN_PROBABILITY or _no_attribution(cue_tokens) or any(_imperative(t) or _supposition(t) or _goes_by(t) or _lets_in(t) or _thanks(t) or _found_so(t) or _meets(t) or _punishes(t) or _dismisses_people(t) or _calls_an_event(t) or _agrees_a_thing(t) for t in cue_tokens):
            continue
        if addressee := _addressee(cue_tokens, pieces):
            pieces.remove(addressee)
            cue_tokens.pop()
            cue = (cue[0], cue_tokens[-1].idx + len(cue_tokens[-1].text))
        content, *continuation = sorted(_trim(text, s, e) for s, e in pieces)
        expletive = bool(continuation) and text[content[0] : content[1]].lower() == "it"
        if expletive:
            content, *continuation = continuation  # 'It was agreed | to continue contacts': the expletive says nothing
        if (act := _act_after_an_aspect(doc, cue_tokens, content)) is not None:
            cue, content = (cue[0], act.idx + len(act.text)), _trim(text, act.idx + len(act.text), content[1])
        lemma = " ".join(t.lemma_.lower() for t in cue_tokens)
        verb = next((t for t in cue_tokens if t.head not in cue_tokens or t.head == t), cue_tokens[0])
        if _capitalised_in_prose(verb):
            continue
        if lemma == "call" and not _child(verb, "oprd"):
            continue  # 'called the police': a call, not words
        tagged_source = [doc[i] for a, b in relation.source[:1] for i in range(a, b)]
        content, subject = _apart_from_the_words(text, content, [*continuation, cue], _subject(verb, inside) if verb.pos_ in ("VERB", "AUX") else [])
        subject = _without_a_date_after(tagged_source) or subject or _holder(verb, inside)  # the tagger read the cue with its source; the parse fills in
        if expletive and [t.lower_ for t in subject] == ["it"]:
            subject = []  # 'It seems that …': no one
        if _named_to_a_title(verb):
            continue  # "Venezuela's Maduro declared winner": the named, and no one who named him
        if _passive_without_its_be(verb) or _perceived(verb, subject):
            subject = []  # "Sudan's RSF accused of killing dozens": the accused, not who accuses; 'Mrs. Clinton is seen as …'
        if sum(len(text[s:e].split()) for s, e in [content, *continuation]) < TAGGED_MIN_WORDS or _only_a_time(doc, [content, *continuation]):
            continue
        if not continuation and _RELAYED_WITHOUT_WORDS.search(text, content[0], content[1]):
            continue  # '…, Al-Masirah TV quoted | the group's spokesman as saying': whom it quoted, the words are before
        whole = (content[0], max(e for _, e in [content, *continuation]))
        if all(any(q[0] - 1 <= start and end <= q[1] + 1 for q in quoted) for start, end in [content, *continuation]):
            kind: QuoteKind = "direct"
            content, continuation = _inside_marks(text, *content), [_inside_marks(text, *piece) for piece in continuation]
        elif any(whole[0] <= q[0] and q[1] <= whole[1] for q in quoted):
            kind = "mixed"
        else:
            kind = _framed(text[whole[0] : whole[1] + 2].split("\n")[0])
        speech = lemma == "according to" or (verb.lemma_.lower() in speech_verbs() and verb.lemma_.lower() not in belief_verbs())
        if subject and all(t.pos_ in _FUNCTION_WORDS or t.lower_ in ("the", "a", "an") for t in subject):
            continue  # a source of a lone 'The': the parse broke the sentence, and what it found is no attribution
        if any(t.tag_ in ("VBZ", "VBD", "VBP") and t.dep_ in _NOUN_ROLES for t in subject):
            continue  # 'Judge blocks administration's | plan to cut food aid': a headline's verb the parse read as a noun's
        before_colon = text[text.rfind("\n", 0, cue[0]) + 1 : cue[0]]
        if lemma == ":" and (
            len(before_colon.split()) > _COLON_SPEAKER_WORDS or _names_no_speaker(subject) or _a_section_s_place(before_colon, doc, content)
            or a_heading_label(before_colon)
        ):
            continue  # 'Asteroid Will Skim By Earth Days Before Christmas: It Is …', 'Brexit: Goodbye …', 'Analysis: Why …': no speaker's name
        draft = _Draft(
            kind, content, cue, lemma, verb, subject, continuation=continuation,
            act="speech" if speech else "belief", certainty=relation.probability,
        )
        if _the_question_asked(draft):
            draft.subject = _asker(draft)
            draft.unnamed = not draft.subject
        added.append(draft)
    return added


#: What a noun does in a phrase: a finite verb in one of these places is a misparse ('Judge blocks administration's plan').
_NOUN_ROLES = frozenset({"compound", "nsubj", "nsubjpass", "poss", "amod", "nmod", "dobj", "pobj"})
#: The end of a relay whose words come before it: 'quoted the spokesman as saying'.
_RELAYED_WITHOUT_WORDS = re.compile(r"\bas (?:saying|having said|telling)\W*$")


def _only_a_time(doc: Doc, pieces: list[tuple[int, int]]) -> bool:
    """Words that only say when ('Jean-Pierre pushed back hours later'): no words of anyone's."""
    words = [t for s, e in pieces for t in doc.char_span(s, e, alignment_mode="expand") or () if not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Words of a direct quote without the quotation marks at their edges, as the rules give them."""
    while start < end and text[start] in _QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in _QUOTE_MARKS:
        end -= 1
    return _trim(text, start, end)


def _addressee(cue: list[Token], pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The piece of a tagged relation that is whom the words were said to, not words: the object of the
    'to' that ends its cue ('“We will win,” Dean whispered to an aide'), where other pieces hold the words."""
    last = cue[-1]
    if len(cue) < 2 or len(pieces) < 2 or last.lower_ != "to" or last.head not in cue:
        return None
    objects = [c for c in last.children if c.dep_ == "pobj"]
    if not objects:
        return None
    whom = (objects[0].left_edge.idx, objects[0].right_edge.idx + len(objects[0].right_edge.text))
    return whom if whom in pieces else None


def _no_attribution(cue: list[Token]) -> bool:
    """Whether a tagged cue points at a thing, reports an act or a verdict (``non_attribution_cues``):
    'was making a reference to', 'found not guilty in'; but a plea is words ('pleaded guilty to'). To press
    on or ahead with something is to go on doing it ('mediators pressed on with efforts to …'), not to press
    anyone for it."""
    lemmas = {t.lemma_.lower() for t in cue}
    going_on = any(t.dep_ == "prt" and t.lower_ in ("on", "ahead") and t.head.lemma_.lower() in _PRESSING_ON for t in cue)
    return going_on or "plead" not in lemmas and bool(lemmas & non_attribution_cues())


#: Verbs that with 'on' or 'ahead' mean going on with something.
_PRESSING_ON = frozenset({"press", "push", "forge", "plough", "plow"})


def _apart_from_the_words(text: str, content: tuple[int, int], others: list[tuple[int, int]], subject: list[Token]) -> tuple[tuple[int, int], list[Token]]:
    """The words of a tagged relation and the parse's subject of its cue, kept apart: a subject opening
    the words is no part of them ('Horowitz “would have to ask” … but said'); one inside the words or
    among the ``others`` (the cue, the words' other pieces) speaks for nobody ('it is unclear whether …',
    'I am worried by the messages')."""
    if not subject:
        return content, subject
    first, last = min(t.idx for t in subject), max(t.idx + len(t.text) for t in subject)
    if first == content[0] and last < content[1] and not any(s < last and first < e for s, e in others):
        return _trim(text, last, content[1]), subject
    if any(s <= t.idx < e for t in subject for s, e in [content, *others]):
        return content, []
    return content, subject


def _framed(words: str) -> QuoteKind:
    """The kind of words outside the quotations found in the text: a headline's single marks ("Rubio:
    ‘You Don’t Win …’") are direct when they frame all of the words, mixed when they open them."""
    words = words.rstrip(".,;:!? ")
    if len(words) > 2 and words[0] in "‘“'\"":
        return "direct" if words[-1] in "’”'\"" else "mixed"
    return "indirect"


def _act_after_an_aspect(doc: Doc, cue: list[Token], content: tuple[int, int]) -> Token | None:
    """The verb of 'seemed to blame the network', 'tried to walk back his comments', 'went on to endorse
    Ayotte': where a cue only says how someone did something, the act is the cue's end and its object
    the words ('the network', not 'to blame the network')."""
    if not any(t.lemma_.lower() in _ASPECT_VERBS for t in cue):
        return None
    start = doc.char_span(content[0], content[1], alignment_mode="expand")
    if start is None or len(start) < 3 or start[0].lower_ != "to" or start[1].pos_ != "VERB":
        return None
    act = start[1]
    rest = [c for c in act.children if c.i > act.i and c.dep_ in ("dobj", "ccomp", "prep", "xcomp")]
    return act if rest and rest[0].left_edge.i == act.i + 1 else None


#: Verbs that say how someone did what the verb after them names ('seemed to', 'tried to', 'went on to').
_ASPECT_VERBS = frozenset({"seem", "try", "continue", "attempt", "go"})
#: Prepositions that order a speaker's acts ('said … before claiming that …').
_SEQUENCE = frozenset({"before", "after", "while"})
#: The most words before a colon that names who speaks ('Report:', 'Sen. Jane Holt:').
_COLON_SPEAKER_WORDS = 4


def _a_section_s_place(label: str, doc: Doc, claim: tuple[int, int]) -> bool:
    """A state's or a major place's name before a headline's colon, with a person named in what follows ('Nigeria:
    Tinubu orders probe into Kano killings'): where the news is from, as agencies head their sections, not who
    claims it ('Kremlin: Russia open to talks' stays the Kremlin's)."""
    place = label.strip()
    if not (gazetteer().is_major(place) or gazetteer().is_state(place)):
        return False
    words = doc.char_span(*claim, alignment_mode="expand")
    return words is not None and any(t.ent_type_ == "PERSON" for t in words)


def _names_no_speaker(words: list[Token]) -> bool:
    """Whether the words name an event, a place, a law or a work ('Brexit') and nobody who speaks."""
    labels = {t.ent_type_ for t in words if t.ent_type_}
    return bool(labels) and not labels & _SPEAKING_LABELS


#: Parts of speech that name nobody.
_FUNCTION_WORDS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX"})


def _holder(cue: Token, inside) -> list[Token]:  # type: ignore[no-untyped-def]
    """Who holds a stance the tagger found without a source: the owner of a noun cue ('the judges’
    statement'), the subject of the verb whose object it is ('did not return a request for comment'), or
    the noun a participle describes ('all-male lineups discussing')."""
    if cue.pos_ == "NOUN":
        if owner := [c for c in cue.children if c.dep_ == "poss"]:
            return _speaker_words(owner)
        node = cue
        while node.dep_ in ("pobj", "prep") and node.head != node:
            node = node.head  # up through 'a request for comment on'
        return _subject(node.head, inside) if node.dep_ == "dobj" and node.head.pos_ == "VERB" else []
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        words = _speaker_words([cue.head])  # without the participle and what it says: 'Sweden Democrats | linking …'
        return _without_a_dangling_end([t for t in words if t.i < cue.left_edge.i]) if cue.head.i < cue.left_edge.i else words
    return []


def _char_span(doc: Doc, run: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of a run of tokens [first, end)."""
    last = doc[run[1] - 1]
    return doc[run[0]].idx, last.idx + len(last.text)


def _from_verb(verb: Token, quoted: list[tuple[int, int]], quotes: Intervals) -> _Draft | None:
    inside = quotes.holds
    if _as_one_puts_it(verb):
        return _parenthetical(verb, inside)
    stance = _stance(verb)
    mode = speech_verbs().get(verb.lemma_.lower(), "object" if stance is not None else None)
    if mode is None and _reports_the_quoted_clause_before(verb, quoted, quotes):
        mode = "clause"  # 'Guns are “a crisis,” Dean thundered': the lexicon does not list the verb, its place says it all
    if (denier := _denier_of_the_claim_before(verb)) is not None and (saying := _the_saying_denied(verb)) is not None:
        # '… said Cambodian forces had attacked Thai positions, a claim Phnom Penh denied': the same words, denied
        reported = _reported_clause(saying)
        accused = _child(saying, "dobj")  # 'accused Eritrea of “preparing for war,” an allegation Asmara dismissed'
        if reported is not None:
            content = _clause_content(saying, reported, "clause")
        else:
            content = _clause_content(saying, accused, speech_verbs().get(saying.lemma_.lower(), "object")) if accused is not None else None
        if content is None:
            return None
        return _Draft("indirect", content, (verb.idx, verb.idx + len(verb.text)), verb.lemma_.lower(), verb, _speaker_words([denier]))
    if mode is None or _imperative(verb) or _supposition(verb) or _tag_name(verb) or _impersonal(verb) or _lets_in(verb) or _calls_an_event(verb):
        return None
    if _citing_after_according_to(verb) or _named_to_a_title(verb):
        return None
    if any(_quoted_as_saying(t) is not None for prep in verb.children if prep.lower_ == "as" for t in prep.children):
        return None  # 'cited the minister as saying …': the minister's words, not the agency's citing
    cue_end = verb.idx + len(verb.text)
    if (aside := _inverted_aside(verb, inside)) is not None:
        return aside
    if mode == "clause" and (source := _source_joined_to_the_clause(verb)) is not None:
        text = doc_text(verb.doc)
        content = _trim(text, verb.sent.start_char, source[0].idx - 1)
        return _Draft(_framed(text[content[0] : content[1]]), content, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, source)
    if verb.lemma_.lower() == "ask" and not _child(verb, "ccomp") and (asked := _what_was_asked(verb, mode)) is not None:
        return _Draft("indirect", asked, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside))
    if verb.lemma_.lower() == "say" and (answer := _brief_answer(verb)) is not None:
        return _Draft("indirect", answer, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside))
    if (name := _what_it_called(verb, quoted, quotes, inside)) is not None:
        return name
    head: Token | None
    if (particles := _PARTICLES.get(verb.lemma_.lower())) is not None:
        particle = next((c for c in verb.rights if c.lower_ in particles and c.i == verb.i + 1), None)
        if particle is None:
            return _naming(verb, quoted, quotes) if verb.lemma_.lower() == "call" else None
        cue_end = particle.idx + len(particle.text)
        head = next((c for c in particle.children if c.dep_ == "pobj"), None)
    elif stance is not None:
        cue_end, head = stance
    else:
        aside = _child(verb, "parataxis")
        if aside is not None and aside.lemma_.lower() in speech_verbs() and _parenthetical(aside, inside) is not None:
            aside = None  # '…, he said, most Americans just want to …': a cue set off inside the words, not them
        head = (
            _reported_clause(verb)
            or _complement_hung_on_an_adjunct(verb)
            or (obj if (obj := _child(verb, "dobj")) is not None and (mode != "clause" or _headline_passive(obj)) else None)
            or aside
            or (_child(verb, "xcomp") if mode == "object" else None)
            or (_adjective_read_as_a_participle(verb) if mode == "object+" else None)
            or _clause_read_as_a_subject(verb)
        )
    if head is None or (mode == "clause" and head.dep_ == "dobj" and not _headline_passive(head)):
        return _parenthetical(verb, inside) or (_cue_closing_its_sentence(verb, inside) if mode == "clause" else None)
    if verb.lemma_.lower() == "ask" and head.dep_ == "dobj" and (question := _question_before(verb, quoted, quotes)) is not None:
        if _child(verb, "nsubj") is not None:
            return None  # '“Did you know it was Mussolini?” Todd asked the real estate mogul': the question is the quote
        cue = (verb.idx, cue_end)  # '“Why?” asked the reporter': the parse took the asker for what was asked
        return _Draft("direct", _trim(doc_text(verb.doc), *question), cue, _cue_lemma(verb, cue_end), verb, _speaker_words([head]))
    if head.i < verb.i and _across_a_break(verb, head) and not _denies_the_claim_before(verb):
        # 'they lean left: 42% say they're liberal': what stands before the colon is not what they say
        head = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        if head is None:
            return None
    quote = next((quoted[i] for i in quotes.overlapping(head.idx, head.idx + 1)), None)
    goes_on = mode == "object+" and any(c.i > head.i and c.dep_ in ("prep", "xcomp", "oprd") for c in verb.children)  # 'accused “hoodlums” of hijacking …'
    if quote is not None and not goes_on and all(quote[0] <= t.idx < quote[1] for t in head.subtree if not t.is_punct):
        content = _trim(doc_text(verb.doc), *quote)
        kind: QuoteKind = "direct"
    elif quote is not None and (speaker := _speaker_hung_on_the_quote(verb, head, quote, inside)):
        cue = (verb.idx, cue_end)
        return _Draft("direct", _trim(doc_text(verb.doc), *quote), cue, _cue_lemma(verb, cue_end), verb, speaker)
    else:
        content = _clause_content(verb, head, mode)
        if content is None:
            return None
        text = doc_text(verb.doc)
        fragments = _fragments(text, content, [quoted[i] for i in quotes.overlapping(*content)])
        kind = "mixed" if fragments else "indirect"
        content = _with_marks(text, content, fragments)
        before = itertools.takewhile(lambda t: t.i < verb.i, head.subtree)  # the subtree comes in order: stop at the verb
        relative = next((t for t in before if t.lower_ in _RELATIVE_PRONOUNS), None) if head.i > verb.i else None
        if relative is not None:  # 'which he said was a mistake': the pronoun stands for what was said of it
            pronoun = (relative.idx, relative.idx + len(relative.text))
            return _Draft(kind, pronoun, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside), continuation=[content])
        after = next((c for c in verb.rights if c.dep_ == "ccomp"), None) if head.i < verb.i else None
        if after is not None and _set_off_both_sides(verb, head, after) and (rest := _clause_content(verb, after, mode)) is not None:
            # 'There is a risk, some Democrats said, that Sanders would ...': the cue splits one content
            return _Draft(kind, content, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside), continuation=[rest])
    return _Draft(kind, content, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside))


#: Prepositions of the phrases that set a saying in time or place ('in an interview', 'during a visit').
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "during", "on", "at", "after", "before", "while"})


#: Conjunctions that open a clause of time, cause or condition, never words reported.
_ADVERBIAL_CONJUNCTIONS = _SEQUENCE | _CONDITIONS_AND_REASONS | {"when", "since", "once", "as"}


#: Verbs whose object names the stance voiced: 'expressed concern that …', 'voiced support for …'.
_STANCE_VERBS = frozenset({"voice", "express"})
#: What one makes that voices a that-clause: 'made the point that …', 'makes the case that …'.
_POINTS_MADE = frozenset({"point", "case", "argument", "claim", "observation", "assertion"})
#: Prepositions after a stance that take what it is about: 'concern about', 'support for', 'dismay at'.
_STANCE_PREPOSITIONS = frozenset({"about", "over", "for", "with", "at", "in", "on", "toward", "towards", "regarding"})


def _stance(verb: Token) -> tuple[int, Token] | None:
    """Where the cue of a stance verb ends and what was voiced starts: the stance is part of the cue, and
    its that-clause ('expressed concern | that the bill would fail', 'made the point | that …') or the object
    of its preposition ('voiced support for | the plan') is the content. A stance with neither ('expressed her stance in
    support of …') is left to the tagger."""
    made = verb.lemma_.lower() == "make"
    stance = _child(verb, "dobj") if verb.lemma_.lower() in _STANCE_VERBS or made else None
    if stance is None or made and stance.lemma_.lower() not in _POINTS_MADE:
        return None
    clauses = [c for c in stance.rights if c.dep_ in ("acl", "ccomp")] + [c for c in verb.rights if c.dep_ == "ccomp" and c.i > stance.i]
    clause = next((c for c in clauses if c.pos_ in ("VERB", "AUX") and _a_complement_clause(c)), None)
    if clause is not None:
        return stance.idx + len(stance.text), clause
    if made:
        return None  # 'made the case for the plan' argues for it and quotes nothing
    prep = next((c for c in stance.rights if c.dep_ == "prep" and c.i == stance.i + 1), None)
    about = _child(prep, "pobj") if prep is not None and prep.lower_ in _STANCE_PREPOSITIONS else None
    if about is None or _a_compound_preposition(about):
        return None
    return prep.idx + len(prep.text), about


def _a_compound_preposition(noun: Token) -> bool:
    """'in support of', 'in response to': a bare noun the preposition before it and the one after it make one
    preposition with."""
    after = _child(noun, "prep")
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    return bare and after is not None and after.i == noun.i + 1 and after.lower_ in ("of", "to")


def _a_complement_clause(clause: Token) -> bool:
    """A clause that says what a noun is about ('concern that the bill would fail', 'confidence it was
    holding'), opened by the conjunction 'that' or with a subject of its own; not a relative clause
    ('the concern that he raised')."""
    opens = clause.left_edge
    if opens.lower_ == "that":
        return opens.dep_ == "mark"
    own = [t for t in clause.subtree if t.dep_ == "nsubj" and (t.head == clause or t.head.head == clause)]  # 'that | … was | encouraging'
    return bool(own) and not any(t.tag_ in ("WDT", "WP", "WP$") for t in own)


def _adjective_read_as_a_participle(verb: Token) -> Token | None:
    """The object an adjective in '-ing' opens, which the parse read as a participle the verb governs: 'accused
    | neighbouring Eritrea | of preparing for war'."""
    participle = _child(verb, "xcomp")
    if participle is None or participle.i != verb.i + 1 or participle.tag_ != "VBG" or _child(verb, "dobj") is not None:
        return None
    return participle if _child(participle, "dobj") is not None else None


def _headline_passive(noun: Token) -> bool:
    """Whether an object with no article and a participle right after it is a passive clause without its
    'be', as headlines write them: 'Pakistan says Afghan soil used for attacks'."""
    participle = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        participle is not None and participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head == noun
        and not any(c.dep_ == "det" for c in noun.children)
    )


def _reported_tense(verb: Token) -> bool:
    """Whether a modal ('would', 'can') or a past perfect's 'had' goes with the verb: the tense of reported words."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in verb.children)


def _auxiliary(verb: Token) -> bool:
    """Whether an auxiliary ('would', 'had been') goes with the verb; not an infinitive's 'to'."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def _reported_clause(verb: Token) -> Token | None:
    """The verb's clausal complement, the one right after it where it has two ('…, RSF says fighting
    continues'), unless it is a clause of time, cause or condition before the verb that the parse took for
    one ('On Thursday, a day after the first victims were laid to rest, Ardern announced a ban': the ban is
    what she announced), or the clause of a noun the parse cut from the hearers' name ('told the BBC's Today
    programme the measures were …')."""
    clause = _child(verb, "ccomp")
    if clause is not None and _denier_of_the_claim_before(clause) is not None:
        return None  # 'accused Eritrea of “preparing for war,” an allegation Asmara dismissed': the denial is no clause of the accusation
    if clause is not None and clause.i > verb.i and any(c.text == ";" and c.i < clause.i for c in clause.children):
        return None  # 'Hamas says hostages killed in airstrike; Israel calls claim …': a second claim, not the first's words
    if clause is not None and clause.i < verb.i and any(_opens_an_adverbial(c) for c in clause.children):
        return None
    after = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    subject = _child(verb, "nsubj")
    if clause is not None and clause.i < verb.i and after is not None and after.left_edge.i == verb.i + 1 and subject is not None and subject.i < verb.i:
        return after  # "Sudan's army retakes key bridge, RSF says fighting continues": the claim before is the outlet's
    hearers = _child(verb, "dobj")
    if clause is not None and clause.pos_ == "NOUN" and hearers is not None and clause.i == hearers.right_edge.i + 1:
        # "told the BBC's Today | programme the measures were …": the noun ends the hearers' name
        return _child(clause, "ccomp") or next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > clause.i), None)
    return clause


def _opens_an_adverbial(mark: Token) -> bool:
    """A conjunction of time, cause or condition marking a clause, in lower case or opening the sentence
    (not the 'As' of a name, 'Reem As Saba'ee')."""
    return mark.dep_ == "mark" and mark.lower_ in _ADVERBIAL_CONJUNCTIONS and (mark.text.islower() or mark.is_sent_start)


def _clause_read_as_a_subject(verb: Token) -> Token | None:
    """'Israeli air strikes killed at least 30 Palestinians on Saturday, the enclave's health ministry said':
    the parse made the words before the comma a first subject of the verb, a noun with a participle hung
    on it; that noun, when the speaker's subject follows the comma."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    words, speaker = subjects
    comma = words.right_edge.i + 1
    if verb.doc[comma].text != "," or speaker.left_edge.i != comma + 1:
        return None
    return words if any(t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" and _child(t, "dobj") is not None for t in words.subtree) else None


def _complement_hung_on_an_adjunct(verb: Token) -> Token | None:
    """'insisted in the same interview that Mr. Khan was wrong', 'telling reporters during a visit on Friday
    that he thinks …': the parse hung the that-clause on the noun of a phrase between it and its verb; a
    'that' marking the clause (not standing in it for a noun, as in a relative clause) tells it, and so does
    anonymity, which no clause describes ('told AFP on condition of anonymity that talks had stalled')."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPOSITIONS):
        for token in prep.subtree:
            if token.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
                return token
            if token.dep_ == "relcl" and token.left_edge.lower_ == "that" and any(t.lower_ == "anonymity" for t in prep.subtree):
                return token
    return _complement_hung_on_the_hearers(verb)


def _complement_hung_on_the_hearers(verb: Token) -> Token | None:
    """'told a regular news briefing that China would take …': the parse read the that-clause as describing
    whom the words were told to, with 'that' as its object; a clause of its own subject after the hearers (people,
    a name, a gathering: not 'told a story that his father loved') is what was told."""
    hearers = _child(verb, "dobj") if verb.lemma_.lower() in _TELLING else None
    if hearers is None or not (hearers.pos_ == "PROPN" or hearers.tag_ == "PRP" or hearers.lemma_.lower() in person_roles() or hearers.lemma_.lower() in _GATHERINGS):
        return None  # not 'seems to understand something that many do not'
    for clause in (c for c in hearers.rights if c.dep_ == "relcl"):
        that = clause.left_edge
        if that.lower_ == "that" and that.dep_ != "nsubj" and any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children):
            return clause
    return None


#: Verbs of telling someone something: 'told a news conference that …', 'assured them that …'.
_TELLING = frozenset({"tell", "assure", "inform", "warn", "remind", "brief", "notify", "advise"})
#: Gatherings words are told to: 'told a news conference that …'.
_GATHERINGS = frozenset({"briefing", "conference", "meeting", "session", "rally", "gathering", "audience", "crowd", "forum", "summit", "hearing", "parliament", "assembly", "congress"})


def _speaker_hung_on_the_quote(verb: Token, head: Token, quote: tuple[int, int], inside) -> list[Token]:  # type: ignore[no-untyped-def]
    """'“…,” Flynn, a top Trump surrogate, said': a quote closed before its verb, whose clause the parse
    made take the speaker's name between them; that name, when the verb has no subject of its own but
    that one (which the parse may give it as an apposition)."""
    if quote[1] > verb.idx or any(t.idx < quote[1] or t.i > verb.i for t in _subject(verb, inside)):
        return []
    between = [t for t in verb.doc[head.i : verb.i] if t.idx >= quote[1] and not t.is_punct]
    if not between or between != [t for t in head.subtree if t.idx >= quote[1] and not t.is_punct]:
        return []  # words between the quote and its verb that are not the clause's, or a clause going on past the verb
    roots = [t for t in between if t.head not in between]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return []
    return _speaker_words(roots)


def _naming(verb: Token, quoted: list[tuple[int, int]], quotes: Intervals) -> _Draft | None:
    """'Sanders called him divisive', 'calling her a “horrible witness”', 'called anti-Trump protestors
    “illegals”': what a speaker called someone, from the object to the name given (a second object, or a
    quotation after the first words of a single one); never 'called the police', nor 'was called a traitor'
    (whose speaker is not its subject), nor 'a group that calls itself Asawitri Media' (a name it goes by)."""
    if _goes_by(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "oprd")]
    if not objects:
        return None
    doc, text = verb.doc, doc_text(verb.doc)
    last = doc[objects[-1].right_edge.i]
    content = _trim(text, doc[objects[0].left_edge.i].idx, last.idx + len(last.text))
    fragments = _fragments(text, content, [quoted[i] for i in quotes.overlapping(*content)])
    # 'called her fallen son her hero': the parse may hang the name on the object, with no comma between
    second = any(c.dep_ == "appos" and doc[c.left_edge.i - 1].text != "," for c in objects[0].children)
    if len(objects) < 2 and not second and not (fragments and fragments[0][0] > content[0] + 1):
        return None
    content = _with_marks(text, content, fragments)
    cue = (verb.idx, verb.idx + len(verb.text))
    return _Draft("mixed" if fragments else "indirect", content, cue, "call", verb, _subject(verb, quotes.holds))


def _what_it_called(verb: Token, quoted: list[tuple[int, int]], quotes: Intervals, inside: Callable[[int], bool]) -> _Draft | None:
    """The name a speaker gave a thing the outlet tells of: 'to protest what it called a violation of Iraqi
    sovereignty', 'over what it described as a deliberate intrusion', 'a deal that Somalia's government called “null
    and void”'; the name is the speaker's words."""
    lemma = verb.lemma_.lower()
    if not _names_what_is_told(verb, ("what", "that", "which")):
        return None
    cue_end = verb.idx + len(verb.text)
    if lemma == "call":
        name = _child(verb, "oprd")
    else:
        as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        name = _child(as_, "pobj") if as_ is not None else None
        cue_end = as_.idx + len(as_.text) if as_ is not None else cue_end
    if name is None:
        return None
    doc, text = verb.doc, doc_text(verb.doc)
    aside = [c for c in name.rights if c.dep_ in ("acl", "relcl", "advcl") and "," in doc[c.left_edge.i - 2 : c.left_edge.i].text]
    last = name.right_edge
    if aside:  # 'a “revolutionary mood,” | alluding to …'
        last = next(t for t in reversed(doc[name.i : aside[0].left_edge.i]) if not t.is_punct)
    content = _trim(text, name.left_edge.idx, last.idx + len(last.text))
    around = [quoted[i] for i in quotes.overlapping(*content)]
    content = next(((content[0], q[1]) for q in around if q[0] <= content[0] < content[1] < q[1]), content)  # 'what he called “our arguments | this year.”'
    fragments = _fragments(text, content, [quoted[i] for i in quotes.overlapping(*content)])
    content = _with_marks(text, content, fragments)
    return _Draft("mixed" if fragments else "indirect", content, (verb.idx, cue_end), _cue_lemma(verb, cue_end), verb, _subject(verb, inside))


def _named_set_off(verb: Token) -> bool:
    """'…, in what activists described as …': a name someone gives the thing told, in a phrase set off by a comma."""
    preposition = verb.head
    return _names_what_is_told(verb, ("what",)) and _child(verb, "nsubj") is not None and preposition.i > 0 and verb.doc[preposition.i - 1].text == ","


def _names_what_is_told(verb: Token, pronouns: tuple[str, ...]) -> bool:
    """Whether the verb calls or describes the thing a pronoun before it stands for ('what it called', 'a deal that
    they called')."""
    return verb.lemma_.lower() in ("call", "describe") and any(c.dep_ == "dobj" and c.lower_ in pronouns and c.i < verb.i for c in verb.children)


def _goes_by(verb: Token) -> bool:
    """'a group that calls itself Asawitri Media': a name someone goes by, nothing said."""
    obj = _child(verb, "dobj")
    return verb.lemma_.lower() == "call" and obj is not None and obj.lower_.endswith(("self", "selves"))


def _let_me(pronoun: Token) -> bool:
    """The 'me' of 'let me say': the one who says it, as an 'I' would be."""
    return pronoun.lower_ == "me" and pronoun.dep_ == "nsubj" and pronoun.head.head.lemma_.lower() == "let"


def _supposition(verb: Token) -> bool:
    """'Let’s assume that Oswald was telling the truth', 'let us talk about Bill Clinton': a supposition or
    a topic the writer offers the reader, nobody's statement ('let’s hope' is the writer's wish, and 'let me
    say' the writer's words)."""
    subject = _child(verb, "nsubj")
    offered = subject is not None and subject.lower_ in ("us", "’s", "'s") and verb.head.lemma_.lower() == "let" and verb.dep_ == "ccomp"
    return offered and verb.lemma_.lower() in _SUPPOSING


#: Verbs of a supposition or a topic put to the reader with 'let us'.
_SUPPOSING = frozenset({"assume", "suppose", "imagine", "pretend", "presume", "posit", "consider", "talk"})


def _lets_in(verb: Token) -> bool:
    """'admitted Shaykh Hamza Sodagar into the country': someone let in, nothing admitted to."""
    return verb.lemma_.lower() == "admit" and _child(verb, "dobj") is not None and any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)


def _across_a_break(verb: Token, before: Token) -> bool:
    """Whether a colon, semicolon or dash stands between a complement and its verb."""
    return any(t.text in (":", ";") or t.text in _DASHES for t in verb.doc[before.right_edge.i + 1 : verb.i])


def _about(verb: Token) -> Token | None:
    """The verb's 'about …' phrase (or its object's: 'asked the frontrunner about …'), if it has one with
    something after 'about'."""
    obj = _child(verb, "dobj")
    near = [*verb.rights, *(obj.rights if obj is not None else ())]
    return next((c for c in near if c.dep_ == "prep" and c.lower_ == "about" and c.n_rights > 0), None)


def _question_before(verb: Token, quoted: list[tuple[int, int]], quotes: Intervals) -> tuple[int, int] | None:
    """The quotation that ends right before the verb's clause ('“…?” Todd asked the mogul'), if one does."""
    subject = _child(verb, "nsubj")
    start = subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx
    return next((quoted[i] for i in quotes.overlapping(max(0, start - 3), start)), None)


#: Verbs of an impression the text reports without anyone holding it ('the team appeared paralyzed').
_EVIDENTIALS = frozenset({"seem", "appear"})
#: ... and verbs whose passive reports what is expected, said or thought without saying by whom ('is
#: expected to pass', 'was said to be furious', 'is seen as a conservative icon').
_HEARSAY = frozenset({"expect", "say", "report", "believe", "think", "rumor", "project", "see", "consider"})

#: What a poll's respondents or a speaker 'said' in one word: 'said no', 'said so'.
_ANSWERS = frozenset({"so", "yes", "no"})


def _brief_answer(verb: Token) -> tuple[int, int] | None:
    """Words too short for a clause: 'the candidate said no', 'half said so in December', '43 percent said
    the same of Sanders' (what the poll asked is in the sentence before)."""
    doc = verb.doc
    word = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if word is None:
        return None
    followed_by_to = word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "to"  # 'said no to the deal': what he refused
    if word.lower_ in _ANSWERS and word.head == verb and not any(word.children) and not followed_by_to:
        return word.idx, word.idx + len(word.text)
    same = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    if word.lower_ != "the" or same is None or same.lower_ != "same":
        return None
    said = same if same.head == verb else same.head  # 'the same', 'the same thing'
    if said.head != verb or said.dep_ != "dobj":
        return None
    last = said  # '… about Sanders', not '… at every rally'
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.head in (verb, said) and after.dep_ == "prep" and after.lower_ in ("of", "for", "about"):
        last = next((t for t in doc[after.i : after.right_edge.i] if doc[t.i + 1].text == ","), after.right_edge)
    return word.idx, last.idx + len(last.text)


def _impression(verb: Token) -> _Draft | None:
    """An expectation or an impression nobody in the sentence holds: 'The House is expected to pass a
    bill …', 'Enthusiasm for Clinton appears to have plummeted', 'the Trump team appeared paralyzed', 'he
    was said to be furious', 'is seen as a conservative icon'. Its words are the subject and what is said
    of it ('The House | to pass a bill …'); after an expletive 'it', the that-clause ('it appeared that
    Clinton had …'). An infinitive that reports words itself ('is expected to endorse Clinton', 'seemed to
    blame the network') is the cue of its own quote."""
    lemma = verb.lemma_.lower()
    passive = _child(verb, "auxpass") is not None
    if not ((lemma in _EVIDENTIALS and not passive) or (lemma in _HEARSAY and passive)):
        return None
    subject = _child(verb, "nsubjpass" if passive else "nsubj")
    if subject is None or subject.lower_ == "what":
        return None  # 'a copy of what appears to be the decision': a thing named by how it looks, no impression reported
    mode = speech_verbs().get(lemma, "object")
    cue = (verb.idx, verb.idx + len(verb.text))
    if subject.lower_ == "it":
        clause = _child(verb, "ccomp")
        if clause is None or passive or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        words = _clause_content(verb, clause, mode)
        return None if words is None else _Draft("indirect", words, cue, lemma, verb, [], act="belief", unnamed=True)
    complement = next((c for c in verb.rights if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    if complement is not None and complement.lemma_.lower() in speech_verbs():
        return None
    if complement is None and not passive:
        complement = next((c for c in verb.rights if c.dep_ in ("acomp", "oprd")), None)
    role = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None) if passive else None
    if complement is None and role is not None and role.right_edge.i > role.i:
        complement = role  # 'is seen as | a conservative icon'
    if complement is None:
        return None
    if complement.dep_ in ("acomp", "oprd"):
        rest = _words_of(complement)
    else:  # the infinitive, or 'as' and what follows it (the parse may hang a clause of it on the verb)
        rest = _clause_content(verb, complement, "object+" if complement is role else mode)
    if rest is None:
        return None
    doc = verb.doc
    first = min([subject.left_edge.i] + [t.i for t in complement.subtree if t.i < verb.i])  # 'which the Senate | to vote on'
    auxiliaries = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i > subject.i]
    last = (auxiliaries[0] if auxiliaries else verb.i) - 1
    while last > first and doc[last].is_punct:
        last -= 1
    content = (doc[first].idx, doc[last].idx + len(doc[last].text))
    return _Draft("indirect", content, cue, lemma, verb, [], continuation=[rest], act="belief", unnamed=True)


def _words_of(token: Token) -> tuple[int, int]:
    """Character offsets of the token's whole subtree."""
    words = list(token.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _tag_name(token: Token) -> bool:
    """Whether the word names a markup tag ('<tweet id="…">'), as some archives keep them in the text."""
    return token.i > 0 and token.doc[token.i - 1].text in ("<", "</")


def _a_blow(verb: Token) -> bool:
    """Whether an 'attack', a 'strike' or a 'blast' read as words is a blow of arms or of nature: by
    fighters, gunmen, forces or a storm ('Gunmen attacked a checkpoint', 'Israeli jets blasted Hamas
    positions'), or on a place or on troops ('struck an ammunition depot'). In political news, which the
    tagger learnt from, such verbs are words ('Trump attacked Clinton over …', 'blasted the media')."""
    if verb.lemma_.lower() not in _BLOW_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in _STRIKERS for t in subjects) or any(t.lemma_.lower() in _TARGETS or t.ent_type_ in ("FAC", "LOC") for t in targets)


#: Verbs of a blow that news also says of words.
_BLOW_VERBS = frozenset({"attack", "strike", "target", "hit", "bomb", "shell", "storm", "raid", "blast", "slam", "pound", "hammer"})
#: Who or what strikes with arms or force.
_STRIKERS = frozenset(
    "fighter gunman militant militia militiaman insurgent rebel guerrilla jihadist terrorist soldier troop force army "
    "warplane jet aircraft helicopter drone missile rocket artillery navy warship bomber sniper "
    "storm hurricane typhoon cyclone tornado earthquake flood wildfire".split()
)
#: What a blow of arms or force falls on: places, posts, vehicles, troops.
_TARGETS = frozenset(
    "base position outpost checkpoint post camp barracks convoy patrol depot facility installation site compound headquarters "
    "airport port harbour harbor ship vessel tanker boat truck vehicle car bus train plane aircraft helicopter "
    "city town village district neighborhood neighbourhood area region province border coast community home house building "
    "embassy consulate hospital school mosque church refinery pipeline plant bridge road warehouse station "
    "troop soldier force fighter militant policeman".split()
)


def _capitalised_in_prose(verb: Token) -> bool:
    """Whether the verb is a capitalised word of a name inside a sentence of prose ('campaigners Hope Not Hate
    had campaigned'); a title-case headline ('Pope Says …') capitalises its verbs too."""
    if not verb.is_title or verb.i + 1 == len(verb.doc) or not verb.nbor(1).is_title or verb.i == verb.sent.start:
        return False
    words = [t for t in verb.sent if t.is_alpha]
    return sum(t.is_lower for t in words) * 2 >= len(words)


def _what_was_asked(verb: Token, mode: str) -> tuple[int, int] | None:
    """The words of an 'ask' the parse gave no complement: an 'if …' or 'whether …' clause hung on it as an
    adjunct ('asked Trump Wednesday if the project was still …': what was asked, not whom), or else its
    'about …' phrase ('asked the frontrunner about the Twitter kerfuffle')."""
    question = next(
        (c for c in verb.rights if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)),
        None,
    )
    if question is not None:
        return _clause_content(verb, question, mode)
    if (topic := _about(verb)) is not None:
        return _words_of(topic)
    return None


def _inverted_aside(verb: Token, inside) -> _Draft | None:  # type: ignore[no-untyped-def]
    """'The economy, said the minister, will grow by 3 percent': a cue set off inside the sentence with its
    speaker after it. The words are the sentence around it, the speaker the phrase after the verb up to
    its closing comma (with its appositions and relative clauses: 'said Sunshine, who remains friendly with
    her former boss,'), whatever the parse made of the inverted order."""
    doc, sent = verb.doc, verb.sent
    if verb.i == sent.start or doc[verb.i - 1].text != "," or verb.i + 1 >= sent.end:
        return None
    comma = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), sent.end)
    speaker = next((t for t in doc[verb.i + 1 : comma] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")), None)
    if speaker is None or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : speaker.i]):
        return None
    end = max(t.i for t in speaker.subtree if t.i < sent.end)
    while end > speaker.i and doc[end].is_punct:
        end -= 1
    after = end + 1
    if after >= sent.end or doc[after].text != ",":
        return None
    before = doc[sent.start : verb.i - 1]
    rest = doc[after + 1 : sent.end]
    while len(rest) and rest[-1].is_punct:
        rest = rest[:-1]
    words = [span for span in (before, rest) if len(span)]
    if len(words) != 2 or any(len([t for t in span if not t.is_punct]) < 2 for span in words):
        return None
    if any(t.text in _QUOTE_MARKS or t.text in ("''", "``") or inside(t.idx) for span in words for t in span):
        return None  # '“…,” said X': the quotation rules take it
    cue = (verb.idx, verb.idx + len(verb.text))
    first, second = ((span.start_char, span.end_char) for span in words)
    return _Draft("indirect", first, cue, _cue_lemma(verb, cue[1]), verb, _speaker_words([speaker]), continuation=[second])


def _set_off_both_sides(verb: Token, before: Token, after: Token) -> bool:
    """Whether the cue stands between commas, between the two complements it splits."""
    doc = verb.doc
    left = {t.text for t in doc[before.right_edge.i + 1 : verb.i] if t.is_punct}
    right = {t.text for t in doc[verb.i + 1 : after.left_edge.i] if t.is_punct}
    return left == {","} and right == {","}


def _fragments(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted fragments of a content: quotes inside it, up to the punctuation the content leaves out
    ('would reopen “within weeks.”')."""
    start, end = content
    return [
        (q_start, q_end)
        for q_start, q_end in quotes
        if start <= q_end and q_start <= end
        and not text[q_start:start].strip(_EDGE_PUNCTUATION) and not text[end:q_end].strip(_EDGE_PUNCTUATION)
    ]


def _with_marks(text: str, content: tuple[int, int], fragments: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that begins or ends with a quoted fragment keeps the whole fragment and its quotation
    marks: 'would reopen “within weeks.”', not 'would reopen “within weeks'."""
    start, end = content
    for q_start, q_end in fragments:
        if q_start <= start:
            start = q_start - (2 if text[max(0, q_start - 2) : q_start] in ("''", "``") else 1)
        if q_end >= end:
            end = q_end + (2 if text.startswith("''", q_end) else 1)
    return start, end


def _close_quotations(text: str, drafts: list[_Draft], quoted: list[tuple[int, int]]) -> None:
    """A reported content that opens a quotation and stops inside it ('the law helped “millions of kids
    who would … drop out of high school', the parse ending the clause at a comma of the quote) or before
    its closing mark ('hailed the operation as “heroic') runs on to the quotation's end, within the
    paragraph, unless another quote holds those words. So does a piece before the last ('The rest were
    “locationally lost,” he added, | likely due to …')."""
    taken = Intervals(span for d in drafts for span in (d.content, *d.continuation))
    for draft in drafts:
        if draft.kind == "direct":
            continue
        pieces = sorted([draft.content, *draft.continuation])
        for n, piece in enumerate(pieces):
            start = pieces[0][0] if n == len(pieces) - 1 else piece[0]  # the last piece may stop inside a quotation an earlier one opened
            for q_start, q_end in quoted:
                # a piece that stops at the closing mark takes it; one that is all the quotation keeps its marks off
                stops_inside = piece[1] < q_end or piece[1] == q_end and piece[0] < q_start
                if start < q_start < piece[1] and stops_inside and "\n" not in text[piece[1] : q_end]:
                    if not taken.overlapping(piece[1], q_end):
                        longer = (piece[0], q_end + (2 if text.startswith("''", q_end) else 1))
                        draft.kind = "mixed"
                        if piece == draft.content:
                            draft.content = longer
                        else:
                            draft.continuation = [longer if other == piece else other for other in draft.continuation]
                    break


def _thanks(verb: Token) -> bool:
    """'thank you' with no subject of its own is a formula of thanks, not a statement, whatever subject the
    parse lends it from the clause before ('it took long enough, but thank you President Trump')."""
    if verb.lemma_ != "thank" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children)


def _meets(verb: Token) -> bool:
    """'Sheikh Tamim also met the president': a meeting with someone, no words (not 'met last week to discuss …')."""
    return verb.lemma_ == "meet" and _child(verb, "dobj") is not None


#: What a court does to the convicted: 'The judge also fined Hernández $8 million', 'sentenced him to 45 years'.
_PUNISHMENTS = frozenset({"fine", "sentence", "jail", "imprison"})


def _punishes(verb: Token) -> bool:
    """A sentence or a fine a court imposes: an act the outlet reports, no words (not 'would be fine with that')."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PUNISHMENTS


def _calls_an_event(verb: Token) -> bool:
    """'called a snap election', 'calls a general strike': a body convenes something, an act, not words (not 'called
    the election a sham', which names it)."""
    if verb.lemma_.lower() != "call":
        return False
    event = _child(verb, "dobj") or next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.pos_ == "NOUN"), None)
    named_so = any(c.dep_ == "oprd" and event is not None and c.i > event.i for c in verb.children)
    return event is not None and event.lemma_.lower() in _CALLED_EVENTS and not named_so


#: What is called in the sense of convened: 'called a snap election', 'called an emergency meeting'.
_CALLED_EVENTS = frozenset({"election", "vote", "referendum", "strike", "meeting", "session", "summit", "halt", "ceasefire", "truce", "recess", "timeout"})


def _agrees_a_thing(verb: Token) -> bool:
    """'EU leaders agree new sanctions package', 'agreed a ceasefire': a thing settled, an act; not 'agreed that …'
    nor 'agreed with the assessment'."""
    thing = _child(verb, "dobj")
    return verb.lemma_.lower() == "agree" and thing is not None and thing.pos_ == "NOUN" and not _child(verb, "ccomp")


def _dismisses_people(verb: Token) -> bool:
    """'Ruto dismissed almost his entire cabinet': a leader sends people away, an act; not 'dismissed the claims'
    nor 'dismissed Walker as an ineffective leader'."""
    staff = _child(verb, "dobj")
    return (
        verb.lemma_.lower() == "dismiss" and staff is not None and staff.lemma_.lower() in _STAFF
        and not any(c.lower_ == "as" for c in verb.children)
    )


#: Those a leader dismisses from their posts: 'dismissed his cabinet', 'dismissed the army chief'.
_STAFF = frozenset({"cabinet", "government", "minister", "official", "staff", "employee", "worker", "aide", "chief", "commander",
                    "general", "governor", "coach", "manager", "director", "head", "judge", "prosecutor", "officer"})


#: Verbs of a verdict that, with an adjective and no object, tell what someone was found to be.
_VERDICTS = frozenset({"find", "declare", "deem", "rule", "judge", "pronounce"})


def _found_so(verb: Token) -> bool:
    """A headline's verdict in the passive with its 'was' left out: 'killer found unfit to stand trial' says
    what a court found of the killer, not what the killer found; 'found him unfit' and 'deemed it important'
    have their object."""
    return (
        verb.lemma_.lower() in _VERDICTS
        and verb.dep_ != "relcl"  # 'questions he deemed overly aggressive': the questions are its object
        and any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and c.i > verb.i and not _child(c, "nsubj") for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    )


def _passive_without_its_be(verb: Token) -> bool:
    """A headline's passive with its 'is' left out ("Sudan's RSF accused of killing dozens"): a participle with
    a subject before it and no auxiliary, whose subject undergoes the act."""
    subject = _child(verb, "nsubj")
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    headline = verb.sent.start == 0  # in prose a participle so parsed is a past tense misread ('Clinton, asked …, said')
    return headline and verb.tag_ == "VBN" and verb.dep_ == "ROOT" and subject is not None and subject.i < verb.i and not auxiliary


def _named_to_a_title(verb: Token) -> bool:
    """A headline's passive of naming that the parse read as a past tense: "Venezuela's Maduro declared winner",
    'Smith named coach' (a bare title as the object; 'declared victory' is an act)."""
    title = _child(verb, "dobj")
    if verb.sent.start != 0 or verb.lemma_.lower() not in _APPOINTING or title is None or title.tag_ != "NN" or any(c.dep_ == "det" for c in title.children):
        return False
    return title.lemma_.lower() in person_roles() or title.lemma_.lower() in _TITLES_WON


#: Verbs that give someone a title: 'declared winner', 'named coach', 'elected president'.
_APPOINTING = frozenset({"declare", "name", "elect", "appoint", "proclaim", "crown", "pronounce"})
#: Titles one wins rather than holds as a role.
_TITLES_WON = frozenset({"winner", "victor", "champion", "runner-up"})


def _perceived(verb: Token, subject: list[Token]) -> bool:
    """Whether the subject of a passive of seeing or judging is what is seen, not who sees it: 'Mrs. Clinton is
    seen as far more capable' (by the voters a poll asked); 'was quoted as saying' keeps its speaker."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    return passive and verb.lemma_.lower() in _PERCEPTIONS and any(t.dep_ == "nsubjpass" and t.head == verb for t in subject)


#: Verbs whose passive's subject is what is seen or judged: 'is seen as', 'is widely regarded as'.
_PERCEPTIONS = frozenset({"see", "view", "regard", "consider", "perceive", "deem", "think", "believe", "know"})


def _imperative(verb: Token) -> bool:
    """A bare verb opening its sentence with no subject addresses the reader ("Think your friends would be
    interested?", "Say what you will about him"): nobody's statement."""
    if verb.tag_ != "VB" or any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.head != verb:  # 'Please, put yourself in their place and consider …'
        return _imperative(verb.head)
    if verb.dep_ not in ("ROOT", "advcl"):
        return False
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space or t.lower_ == "please" or t.pos_ == "INTJ")), None)
    return first is not None and first.i == verb.i


def _parenthetical(verb: Token, inside) -> _Draft | None:  # type: ignore[no-untyped-def]
    """A cue set off by commas inside what was said: 'The test, North Korea said, was its biggest yet.'"""
    doc = verb.doc
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    left = verb.left_edge.i
    set_off = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",") or _opens_with_as(verb)
    if verb.dep_ not in ("parataxis", "advcl", "ccomp", "conj", "relcl") or not subject or not set_off:
        return None
    if subject[0].lower_ in _RELATIVE_PRONOUNS:  # 'the polluters, which vowed to ...': a clause about them, not inside words
        return None
    if verb.lemma_.lower() in _ASPECT_VERBS and (act := _child(verb, "xcomp")) is not None and act.lemma_.lower() not in speech_verbs():
        return None  # '…, as the humanitarian situation continues to deteriorate': how something goes on, no saying
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_CONJUNCTIONS and c.lower_ != "as" for c in verb.children):
        return None  # 'Later in the show, after the interview concluded, Maher stated …': a clause of time, not a cue inside words
    # a cue the parse took for a clause describing the noun before it ('summoned the British ambassador, state
    # media reported') sets off the whole sentence, not that noun
    governor = verb.sent.root if verb.dep_ == "relcl" and _closes_its_sentence(verb) else verb.head
    clause = sorted({t.i for t in governor.subtree} - {t.i for t in verb.subtree})
    parts = []
    for run in _runs(clause):
        if run[0] == verb.sent.start and doc[run[-1]].text == ":":
            continue  # 'Update 2: Just as we suspected, …': the line's label is no part of what was said
        while run and (doc[run[-1]].is_punct or doc[run[-1]].is_space):
            run.pop()
        while run and (doc[run[0]].is_punct or doc[run[0]].is_space):
            run.pop(0)
        if run and run[0] > verb.i and not inside(doc[run[0]].idx) and doc[run[0]].tag_ == "VBG" and doc[run[0]].dep_ == "advcl":
            continue  # '“…,” the pontiff said, | reading from the central balcony': what the speaker did, the parse hung on the words
        if run and run[0] > verb.i and doc[run[0]].lower_ in ("a", "an") and _a_noun_phrase(doc, run):
            continue  # '…, the region's president said, | a deal that Somalia's government called “null and void”': the outlet's aside
        if run and not (len(run) == 1 and doc[run[0]].dep_ == "cc"):  # 'But, he added, …': the 'But' links, it says nothing
            parts.append((doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]].text)))
    if not parts or sum(len(doc_text(doc)[s:e].split()) for s, e in parts) < 3:
        return None
    last = (_child(verb, "dobj") if _as_one_puts_it(verb) else None) or _child(verb, "prt") or verb
    cue = (verb.idx, last.idx + len(last.text))
    draft = _Draft("indirect", parts[0], cue, verb.lemma_.lower(), verb, _speaker_words(subject), continuation=parts[1:])
    if all(inside(s) and inside(e - 1) for s, e in parts):
        if verb.idx > parts[-1][1]:
            return None  # '“Let me be clear. As president, I will not be neutral,” Cruz said': the whole quotation is his
        draft.kind = "direct"  # 'As Dana Milbank puts it, "Senate Republicans are unmoved."'
    elif any(inside(s) for s, _ in parts):
        draft.kind = "mixed"
    return draft


def _a_noun_phrase(doc: Doc, run: list[int]) -> bool:
    """Whether the words are one noun and what hangs on it: the one word whose head lies outside them is a noun."""
    inside = set(run)
    roots = [doc[i] for i in run if doc[i].head.i not in inside or doc[i].head.i == i]
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")


#: The longest speaker a cue closing its sentence may have after the comma: 'the head of the Presidential Office Andriy Yermak'.
_CLOSING_SPEAKER_WORDS = 12
#: The cues news closes a sentence with, after the words and the speaker: '…, the ministry said on Sunday.'
_CLOSING_CUES = frozenset({"say", "report", "add", "write", "state", "confirm", "announce", "claim"})


def _cue_closing_its_sentence(verb: Token, inside) -> _Draft | None:  # type: ignore[no-untyped-def]
    """'A missile strike on Sumy killed 11 people, including two children, the head of the Presidential Office
    Andriy Yermak said on Telegram on Sunday': words, a comma, a speaker and the cue with only where and when
    after it, whatever the parse made of them (it took the speaker for an apposition to 'children' and the
    cue for a second verb of the words): the words before the comma were said."""
    doc, sentence = verb.doc, verb.sent
    if verb.lemma_.lower() not in _CLOSING_CUES or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # a subject of its own: the parse read the sentence, and the other rules and the tagger know it
    circumstances = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}  # 'on Telegram on Sunday'
    if any(t.i > verb.i and not (t.is_punct or t.is_space) and t.i not in circumstances for t in sentence):
        return None
    comma = next((i for i in range(verb.i - 1, max(sentence.start, verb.i - 1 - _CLOSING_SPEAKER_WORDS) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma == verb.i - 1 or doc[comma + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        return None  # not ', and Tedros said', ', best known'
    speaker = doc[comma + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX", "CCONJ", "PRON") or t.is_quote for t in speaker) or not any(t.pos_ in ("PROPN", "NOUN") for t in speaker):
        return None
    words = [t for t in doc[sentence.start : comma] if not t.is_space]
    if len(words) < 4 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words) or inside(words[0].idx):
        return None
    if words[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"):
        return None  # 'To illustrate how far it has deviated …, a priest writes': a clause of purpose, no words said
    content = _trim(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1].text))
    cue = (verb.idx, verb.idx + len(verb.text))
    return _Draft("indirect", content, cue, _cue_lemma(verb, cue[1]), verb, list(doc[comma + 1 : verb.i]))


def _closes_its_sentence(verb: Token) -> bool:
    """A bare cue after a comma at its sentence's end: its subject and the verb, nothing more ('…, state media
    reported.')."""
    doc = verb.doc
    last = max(t.i for t in verb.sent if not (t.is_punct or t.is_space))
    bare = all(c.dep_ in ("nsubj", "punct", "advmod", "npadvmod") for c in verb.children)
    return bare and verb.right_edge.i >= last and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","


def _opens_with_as(verb: Token) -> bool:
    """'As The Huffington Post reported, …', 'And as Menendez pointed out, …': a cue opening the sentence
    with 'as' and set off by a comma, for the rest of the sentence to be what was said."""
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    edge = verb.right_edge.i
    comma = edge if doc[edge].text == "," else edge + 1
    return mark is not None and mark.i < verb.i < verb.head.i and comma < len(doc) and doc[comma].text == ","


def _as_one_puts_it(verb: Token) -> bool:
    """'As The Post's Ruth Marcus puts it, …': words of the speaker's, though 'put' reports nothing alone."""
    it = _child(verb, "dobj")
    return verb.lemma_.lower() == "put" and it is not None and it.lower_ == "it" and _opens_with_as(verb)


def _cue_lemma(verb: Token, cue_end: int) -> str:
    extra = doc_text(verb.doc)[verb.idx + len(verb.text) : cue_end].strip()
    return f"{verb.lemma_.lower()} {extra}".strip()


def _infinitive(verb: Token) -> bool:
    """'to refrain': a verb's bare form with 'to' before it."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1 for c in verb.children)


def _child(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)


def _clause_content(verb: Token, head: Token, mode: str) -> tuple[int, int] | None:
    """From the content's first word to the end of what the verb governs after it, minus the words of
    any other attribution inside it and the channel or date of the saying. A relative pronoun the
    content's verb takes as its subject stays out ('a letter that he said was drafted by the firm')."""
    tokens = set(t.i for t in head.subtree if head.i < verb.i or t.i > verb.i)
    tokens -= _date_of_the_saying_in_the_clause(verb, head)
    if (speaker := _speaker_read_as_an_apposition(verb)) is not None:
        tokens -= {t.i for t in speaker.subtree} | {speaker.left_edge.i - 1}  # '…, a source in his office said'
    if head.i > verb.i and _participle_read_as_subject(verb):  # '…, stating that the deal agreed in November, | was not open …'
        tokens.update(t.i for t in verb.head.subtree if t.i > max(tokens))
    for child in verb.rights:
        if child.dep_ == "conj" and child.i > head.i > verb.i and (_second_complement(child) or mode == "clause" and _reported_clause_joined(child)):
            tokens.update(range(max(tokens) + 1, child.left_edge.i))
            tokens.update(t.i for t in child.subtree)
            continue
        if child.dep_ == "advcl" and child.i > head.i and _condition_or_reason(child):
            tokens.update(t.i for t in child.subtree)  # 'vowed to impose a tariff … unless the company cancels …'
            continue
        if child.dep_ == "advcl" and child.i > head.i and mode == "object+" and _infinitive(child):
            tokens.update(t.i for t in child.subtree)  # 'called on Pyongyang | to refrain from …', read as a clause of its own
            continue
        if child.i <= head.i or child.dep_ in ("punct", "cc", "conj", "advcl", "parataxis") or _is_circumstance(child):
            continue
        if mode == "object+" or child.dep_ in ("prep", "xcomp", "npadvmod", "advmod", "dobj", "oprd"):
            tokens.update(t.i for t in child.subtree)
            if child.lower_ == "as":  # 'as “extremely difficult” | in a Telegram post': the parse hung the channel on the name
                tokens -= {t.i for p in child.subtree if p.dep_ == "prep" and p != child and _names_a_channel(p) for t in p.subtree}
        elif child.dep_ == "ccomp" and child.left_edge.i == max(tokens) + 1 and not _reports_with_its_own_subject(child):
            # 'saying that the deal Mrs May had thrashed out | can give us …': one clause the parse cut in two
            tokens.update(t.i for t in child.subtree)
    for token in list(verb.doc[head.left_edge.i : max(tokens) + 1]):  # ', stressing that', 'but added': a second quote
        if token.dep_ == "conj" and token.tag_ != "VBG" and token.head.i in tokens and token.head.i != head.i:
            continue  # 'to prevent kiss-and-tell accounts', 'she can use to rally support and show how …': the words' own verbs
        if (
            token.i != verb.i and token.pos_ == "VERB" and token.lemma_.lower() in speech_verbs() and not _child(token, "nsubj")
            and (token.dep_ == "conj" or token.doc[token.i - 1].text == ",")
            and not (_reported_tense(token) and not _auxiliary(verb))  # '… “does not seek war” but would defend its sovereignty': the words' own verb
            and not _calls_an_event(token)  # '… dissolved parliament and called a snap election': an act told
        ):
            tokens -= {t.i for t in token.subtree}
            tokens -= {t.i for t in token.children if t.dep_ in ("mark",)}
        elif token.i in tokens and _another_saying(token):
            # '… would work, while Jones said it would fail': Jones's words, not the speaker's; '…, with a minister saying …' with its 'with'
            tokens -= {t.i for t in (token.head if token.dep_ == "pcomp" else token).subtree}
        elif token.dep_ == "pcomp" and token.head.lower_ in _SEQUENCE and token.pos_ == "VERB" and token.lemma_.lower() in speech_verbs():
            tokens -= {t.i for t in token.head.subtree}  # '… “kept us safe” before claiming that …': a second act of the speaker
        elif token.i in tokens and token.dep_ == "pcomp" and _named_set_off(token):
            tokens -= {t.i for t in token.head.subtree}  # '…, in what activists described as one of the deadliest attacks': the outlet's aside
        elif (
            token.i in tokens and token.lower_ == "according" and token.i > verb.i and _following_a_comma(token)
            and token.right_edge.i >= max(tokens) and _named_subject_words(verb)
        ):
            # 'Wang told Blinken that …,” | according to a ministry statement': who relays the words of one named (both quotes stay)
            tokens -= {t.i for t in token.subtree}
    for token in list(verb.doc[head.left_edge.i : max(tokens, default=head.i) + 1]):
        if token.dep_ == "appos" and token.i in tokens and any(c.dep_ == "relcl" and _denier_of_the_claim_before(c) is not None for c in token.children):
            tokens -= {t.i for t in token.subtree} | {token.left_edge.i - 1}  # '…, a claim Israel's military dismissed as …': the denial's
        elif token.dep_ == "relcl" and token.i in tokens and _aside(token):
            tokens -= {t.i for t in token.subtree}
        elif token.i in tokens and token.i != head.i and _narration(token):
            tokens -= {t.i for t in token.subtree}
    if not tokens:
        return None
    doc = verb.doc
    last = max(tokens)
    for token in list(doc[head.i + 1 : last + 1]):  # ', the first time it has done so': the outlet's remark on what was said
        gloss = token.lemma_.lower() in _GLOSSES and token.pos_ == "NOUN" and _following_a_comma(token.left_edge)  # '…,” a reference to …'
        if (gloss or token.dep_ in _REMARKS and doc[token.left_edge.i - 1].text == ",") and token.right_edge.i == last and token.i in tokens:
            tokens -= set(range(token.left_edge.i - 1, last + 1))
            break
    if not tokens:
        return None
    for date in _dates_of_the_verb_inside(verb, tokens):
        tokens |= date  # 'accused the Israeli occupation | on Monday | of deliberately obstructing …': one stretch of words
    start = min(tokens)
    end = start
    while end + 1 in tokens or end + 2 in tokens and doc[end + 1].text in _DASHES:
        end += 1
    while end > start and (doc[end].is_punct and doc[end].text != "%" or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1  # not the '%' of 'inflation was 7%'
    while start < end and doc[start].is_punct:
        start += 1
    if end - start + 1 < 2 and not (doc[start].lemma_.lower() in _CLAIMED_ALONE and verb.lemma_.lower() in _DENIALS and not _negated_or_modal(verb)):
        return None  # one word says nothing, but a claim one denies ('Iran has denied involvement', 'denied wrongdoing'; not 'cannot deny it')
    if end + 1 < len(doc) and doc[end + 1].lower_ in _CLOCK_ENDS:
        end += 1  # 'at around 7:50 a.m.' ending the sentence: the parse read the 'a.m.' for its full stop
    end = _object_of_a_dangling_preposition(doc, end)
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _object_of_a_dangling_preposition(doc: Doc, end: int) -> int:
    """Where words that end on a preposition with no object really end: on the nouns after it up to the
    sentence's end, which the parse read as a clause of their own ('denies report on | hostage deal talks', a
    headline's 'talks' read as a verb)."""
    preposition = doc[end]
    if preposition.dep_ != "prep" or any(c.dep_ == "pobj" for c in preposition.children):
        return end
    last = end
    for token in doc[end + 1 : preposition.sent.end]:
        if token.is_space or token.is_punct and token.text in ".!?":
            break
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") or token.pos_ == "VERB" and token.tag_ != "VBZ":
            return end
        last = token.i
    return last


_CLOCK_ENDS = frozenset({"a.m.", "p.m."})


def _date_of_the_saying_in_the_clause(verb: Token, head: Token) -> set[int]:
    """'said on Monday it had recaptured …', 'said Tuesday the talks …': a date right after the cue and before
    the reported clause's own subject, which the parse hung on the clause's verb, dates the saying."""
    if head.i < verb.i:
        return set()
    date = next((c for c in head.lefts if c.left_edge.i == verb.i + 1 and c.dep_ in ("prep", "npadvmod")), None)
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if date is None or subject is None or subject.left_edge.i != date.right_edge.i + 1:
        return set()
    words = list(date.subtree)
    if date.dep_ == "prep" and date.lower_ != "on" or not all(t.ent_type_ == "DATE" for t in words[date.dep_ == "prep" :]):
        return set()
    return {t.i for t in words}


def _reports_with_its_own_subject(verb: Token) -> bool:
    """Whether a word is a reporting verb with a subject of its own that names someone ('3 per cent said
    …'; not the 'that' of 'that said will'): a saying of its own, with its own speaker."""
    subject = _child(verb, "nsubj")
    reports = verb.lemma_.lower() in speech_verbs() or verb.lemma_.lower() in _RELAYS  # '…, Al-Masirah TV quoted the spokesman as saying'
    return verb.pos_ == "VERB" and reports and subject is not None and subject.tag_ not in ("WDT", "WP", "DT")


#: Subjects that speak inside the reported words: the speaker's own 'I think', 'we believe', 'you know'.
_FIRST_AND_SECOND_PERSONS = frozenset({"i", "we", "you"})


def _another_saying(verb: Token) -> bool:
    """Whether a reporting verb inside the reported words is a second attribution joined after them, with
    its own speaker, and not words the speaker reports ('the police said the man fled'): coordinated ('the
    deal was good and Jones said it was bad'), added with 'with' ('defended the cuts, with a minister saying
    …') or set against them by a saying ('would work, while Jones
    said it would fail'; but 'she will protect those rights while her opponent wants …' and 'that while he
    fears …, it was …' are the speaker's own contrasts)."""
    if not _reports_with_its_own_subject(verb) or verb.i < verb.head.i or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    if _child(verb, "nsubj").lower_ in _FIRST_AND_SECOND_PERSONS:  # type: ignore[union-attr]
        return False  # 'and “in this case I think he's right”': the speaker's own words
    if verb.dep_ == "conj" or verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "with" and _child(verb, "ccomp") is not None:
        return True  # '… and Jones said it was bad', '…, with a minister saying the move was difficult' (not 'with the economy adding jobs')
    # a lower-case 'while': a capital one opens a sentence the parse ran into the words ('… the U.S. While Clinton has …')
    against = any(c.dep_ == "mark" and c.text in _SET_AGAINST for c in verb.children)
    return verb.dep_ == "advcl" and verb.lemma_.lower() not in belief_verbs() and (against or _as_others_say(verb))


def _as_others_say(verb: Token) -> bool:
    """'…, as rights groups said at least 22 people had been killed': a comma, 'as' and a saying with its own words,
    another report beside the first (not 'as the IMF said', which cites it)."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return mark is not None and mark.i > 0 and verb.doc[mark.i - 1].text == "," and _child(verb, "ccomp") is not None


def _reported_clause_joined(verb: Token) -> bool:
    """Whether a verb joined to a verb of saying with no subject of its own is in the tense of reported words: 'said
    Eritrea was preparing to wage war and had been supporting armed groups', 'said he opposed it and would veto it'."""
    return not _auxiliary(verb.head) and not _child(verb, "nsubj") and _reported_tense(verb)


def _second_complement(verb: Token) -> bool:
    """Whether a verb joined to the reporting verb is a second complement of it, not a second act of the
    speaker: a that-clause ('said the U.S. needs to secure the border, but that he would not support …')
    or a 'to' infinitive ('said the goal was not to “make America great again” but to “make America
    whole again”')."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    return verb.tag_ == "VB" and _to_infinitive(verb)


#: Verbs that join 'it' to the adjective or noun of an impersonal hedge ('it is hard to say', 'it remains unclear').
_COPULAS = frozenset({"be", "seem", "appear", "remain", "become"})


def _impersonal(verb: Token) -> bool:
    """Whether a reporting verb is an infinitive after 'it is' and an adjective or a noun: the outlet's
    own hedge, nobody's saying ('It is impossible to predict how …', 'It is too early to say whether …',
    'It is time for Democrats to denounce …'; but 'He was quick to say that …' is his, and so is what 'it'
    standing for a company was to report)."""
    head = verb.head
    if not _to_infinitive(verb) or not (head.pos_ in ("ADJ", "NOUN") or head.lemma_ in _COPULAS and any(c.dep_ in ("acomp", "attr") for c in head.children)):
        return False
    governor = next((a for a in verb.ancestors if any(c.dep_ in ("nsubj", "expl") for c in a.children)), None)
    return (
        governor is not None
        and governor.lemma_ in _COPULAS
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in governor.children)
    )


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _condition_or_reason(clause: Token) -> bool:
    """Whether an adverbial clause states the condition of what was said ('unless the company cancels
    …', 'if elected') or its reason ('mocked Rubio for “having a tough night” because he did not win any
    states'), and so belongs to it."""
    return clause.left_edge.lower_ in _CONDITIONS_AND_REASONS


def _narration(token: Token) -> bool:
    """A clause inside the reported words that is the outlet telling what else the speaker did: a
    contrast ('..., though she did not discuss their terms') or a past act of a pronoun subject ('..., and
    he railed against the moderators')."""
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in token.children)
    children = list(token.children)
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return False  # '… and that he was “for separating people …”': a second thing said
    return token.dep_ == "conj" and token.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children)


def _aside(relcl: Token) -> bool:
    """A relative clause set off by a comma and opened by 'which' that runs to the end of the sentence:
    the writer's aside ('the Zika virus, which is spread by mosquitoes'), not what was said."""
    words = list(relcl.subtree)
    first = words[0]
    after = relcl.doc[words[-1].i + 1] if words[-1].i + 1 < len(relcl.doc) else None
    doc = relcl.doc
    sourced = after is not None and after.text == "," and after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "according"
    ends = after is None or after.is_sent_start or after.text in (".", "!", "?") or sourced  # '…, which …, according to X.'
    return first.lower_ == "which" and first.i > 0 and relcl.doc[first.i - 1].text == "," and ends


def _is_circumstance(child: Token) -> bool:
    """'in a statement', 'on Tuesday', 'through his lawyer': about the saying, not part of what was said."""
    words = list(child.subtree)
    if child.dep_ == "prep" and child.lower_ == "as":
        return False  # 'described the situation | as “extremely difficult” in a Telegram post': the name it gave, whatever hangs on it
    if any(t.lemma_.lower() in channels() for t in words):
        return True
    if child.dep_ == "prep" and child.lower_ == "through":
        return True  # 'denied it through a spokeswoman': who carried the words
    return child.lower_ in ("on", "in", "during") and any(t.ent_type_ in ("DATE", "TIME") for t in words)


def _names_a_channel(prep: Token) -> bool:
    """'in a Telegram post', 'in a statement': a preposition whose object is a channel's noun."""
    return prep.lower_ in ("in", "on", "at", "via") and any(c.dep_ == "pobj" and c.lemma_.lower() in channels() for c in prep.children)


def _quoted_as_saying(verb: Token) -> Token | None:
    """Whom an outlet quotes as saying the words: 'KCNA quoted leader Kim Jong Un as saying …', 'Xinhua cited a
    spokesperson as saying …'; the outlet relays the words, the one it quotes speaks them."""
    relay = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
    if relay is None or relay.lemma_.lower() not in _RELAYS:
        return None
    return next((c for c in relay.children if c.dep_ == "dobj"), None)


def _subject(verb: Token, inside) -> list[Token]:  # type: ignore[no-untyped-def]
    """The words naming the speaker: the verb's subject or, for a participle, a conjoined verb, a
    verb after a preposition or one describing an object ('stressing', 'but added', 'before saying',
    'issued a statement saying', 'mounted a campaign to condemn'), the subject of the nearest reporting
    verb above it, else of the nearest verb above it that has one."""

    def subjects(node: Token) -> list[Token]:  # not the participle itself ('…, writing “Feels great …”': the parse's subject of 'Feels')
        return [c for c in node.children if c.dep_ == "nsubj" and not inside(c.idx) and c != verb and not _possessor(c)]

    if (quoted_one := _quoted_as_saying(verb)) is not None:
        return _speaker_words([quoted_one])
    if own := subjects(verb):
        if len(own) == 1 and (before := _before_a_verb_read_as_a_noun(own[0])):
            return before  # 'Niger junta expels French ambassador, accuses Paris …'
        own = [s for s in own if s.tag_ not in ("WDT", "WP")] or own  # 'a class that he argued was …': the relative pronoun is no second speaker
        own = [s for s in own if not (s.i > verb.i and verb.lemma_.lower() == "tell")] or own  # '…, a source told Al Mayadeen': who heard it
        own = [_appositive_of_an_opening_name(s) or s for s in own]
        # two subjects are a misparse ('The governor barely qualified for the debate, but in Iowa, he, too, feels'): the verb's is
        # the nearer name or pronoun, not a noun of a clause set off between ('Harrington, who …, if no-deal Brexit became government policy, urged')
        apart = any(b.left_edge.i > a.right_edge.i + 1 for a, b in zip(own, own[1:]))  # not one phrase cut in two ('director … Nikki da Costa')
        return _speaker_words([min(own, key=lambda s: (s.pos_ not in ("PROPN", "PRON"), abs(s.i - verb.i)))] if apart else own)
    if any(c.dep_ == "nsubjpass" for c in verb.children):  # 'MPs are told that …': they hear it; the speaker is 'by' whom
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        named = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        return _speaker_words(named) if named else []
    if verb.dep_ == "relcl":
        return _speaker_words([verb.head])
    if verb.dep_ == "xcomp" and (led := _child(verb.head, "dobj")) is not None and led.i < verb.i and verb.head.lemma_.lower() in _LEADING_TO:
        return _speaker_words([led])  # 'prompting Israel to declare him “persona non grata”': who was led to say it
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "Hasina's Awami League party, which has been barred …, called for …": the parse made the subject the root
        return _without_a_dangling_end(list(verb.doc[verb.head.left_edge.i : verb.left_edge.i]))
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        noun = verb.head  # '…, with Democrats accusing Trump of …'; 'with Comey's announcement | on July 5 | criticizing …'
        end = min([c.left_edge.i for c in noun.rights if c.dep_ == "prep" and _channel_or_date(c)] + [verb.left_edge.i])
        return _without_a_dangling_end(list(verb.doc[noun.left_edge.i : end]))
    set_off = verb.dep_ == "acl" and verb.head.dep_ == "dobj" or _participle_read_as_subject(verb)  # 'issued a statement saying'
    if (speaker := _speaker_read_as_an_apposition(verb)) is not None:
        return _speaker_words([speaker])
    if opening := _headline_s_subject_before_its_verb(verb):
        return opening  # "Israel's Netanyahu fires defence minister Gallant, citing …"
    if verb.dep_ not in _INHERITING_DEPS and not set_off and not _after_a_comma(verb):
        return _name_after_an_opening(verb)
    chain = []  # the verbs above, through participles, conjuncts and prepositions
    node = verb
    while (node.dep_ in _INHERITING_DEPS or node == verb and set_off or _after_a_comma(node)) and node.head != node:
        node = node.head
        if node.dep_ in ("prep", "dobj") and node.head != node:  # 'before saying'; 'made an attempt, writing'
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            chain.append(node)
    if node != verb and node.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in node.children) and node.head.head.pos_ in ("VERB", "AUX"):
        # 'lambasted the process the judge has been put through, calling it …': the parse hung the participle on the
        # passive clause describing the object, whose subject undergoes it; the verb governing the object does the calling
        chain.remove(node)
        node = node.head.head
        chain.append(node)
    top = node  # where the climb stopped
    first = chain[0] if chain else None
    if first is not None and first.dep_ == "ccomp" and first.i < first.head.i and first.head.lemma_.lower() in speech_verbs() and (found := subjects(first)):
        # "Niger's military government … gave the ambassador 48 hours to leave, accusing France …, state television
        # reported": the participle is of the words reported before the cue, and their subject's ('said the plan was
        # bad, adding …' is the speaker's)
        return _speaker_words(found)
    for node in verb.ancestors:
        if node.lemma_.lower() in speech_verbs() and not _opens_after(node, verb) and (found := subjects(node)):
            return _speaker_words(found)
    for node in chain:
        if _opens_after(node, verb):
            continue  # "'…,' read the text …, a day after Mueller filed": the parse made 'filed' the root
        if found := [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c.idx) and c != verb]:
            return _speaker_words(found)  # 'was forced into damage control and said'
    if top.dep_ == "ROOT" and top.pos_ == "PROPN" and top.i < verb.i and not inside(top.idx):
        # 'Albusaidi, for his part, called for dialogue and said': the parse made the name the root
        return list(verb.doc[top.left_edge.i : top.i + 1])
    return _name_after_an_opening(top) or _named_after_the_quotation(verb, inside)


def _before_a_verb_read_as_a_noun(subject: Token) -> list[Token]:
    """The words before a headline's first verb that the parse read as a plural noun, the subject of the second
    ('Niger junta | expels French ambassador, | accuses Paris of interference'): the subject of both; also where
    the verb read as a noun is a word of the object the parse made the subject ("Israel's Netanyahu | fires defence
    minister Gallant, | citing 'crisis of trust'")."""
    doc = subject.doc
    end = subject.right_edge.i
    if subject.sent.start != 0 or not _ends_unstopped(subject.sent) or "," not in (doc[end].text, doc[min(end + 1, len(doc) - 1)].text):
        return []
    if subject.tag_ == "NNS" and any(c.dep_ in ("npadvmod", "dobj", "appos") and c.i > subject.i for c in subject.children):
        verb = subject
    else:
        verb = next((t for t in doc[subject.left_edge.i + 1 : subject.i] if t.tag_ == "NNS" and t.dep_ == "compound"), None)
        if verb is None or not any(t.pos_ == "PROPN" for t in doc[subject.left_edge.i : verb.i]):
            return []
    before = list(doc[subject.left_edge.i : verb.i])
    return before if before and all(t.dep_ in ("compound", "amod", "poss", "case") for t in before) else []


def _headline_s_subject_before_its_verb(verb: Token) -> list[Token]:
    """A headline's participle after a comma whose clause the parse could not read, its verb taken for a plural
    noun ("Israel's Netanyahu | fires defence minister Gallant, | citing 'crisis of trust'"): the names before
    that verb are the subject."""
    doc, sentence = verb.doc, verb.sent
    if sentence.start != 0 or verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != "," or not _ends_unstopped(sentence):
        return []
    first = next((t for t in doc[sentence.start : verb.i] if t.tag_ in ("NNS", "VBZ") and t.lower_.endswith("s")), None)
    if first is None:
        return []
    before = list(doc[sentence.start : first.i])
    if not before or not all(t.pos_ == "PROPN" or t.dep_ == "case" for t in before) or before[-1].pos_ != "PROPN":
        return []
    owned = max((k + 1 for k, t in enumerate(before) if t.dep_ == "case"), default=0)
    return before[owned:]  # 'Netanyahu' of "Israel's Netanyahu"


def _speaker_read_as_an_apposition(verb: Token) -> Token | None:
    """The speaker the parse hung on the last noun of the words before the verb, as its apposition: 'Trudeau
    spoke with Trump after the announcement, | a source in his office | said' (a verb with no subject of its own)."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    last = doc[verb.i - 1]
    speaker = next((t for t in last.ancestors if t.dep_ == "appos"), last if last.dep_ == "appos" else None)
    if speaker is None or speaker.right_edge.i != verb.i - 1 or doc[speaker.left_edge.i - 1].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    return speaker if clause is not None and clause.left_edge.i < speaker.i < verb.i and speaker in clause.subtree else None


def _possessor(subject: Token) -> bool:
    """A subject with a possessive 's, a noun's owner the parse read as a verb's subject: "Donald Trump's | threatened
    tariffs would cause …" (the 's no 'has')."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in subject.children)


def _appositive_of_an_opening_name(subject: Token) -> Token | None:
    """The subject set off after a name that ends an opening phrase, which the parse took for the subject and
    the real one for its apposition ('In a statement carried by the official news agency WAM, the UAE Foreign
    Ministry condemned': the ministry condemned, WAM carried)."""
    doc = subject.doc
    if subject.left_edge != subject or subject.i == 0 or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return None
    before = doc[subject.i - 1]
    if not (before.is_lower and before.pos_ == "NOUN" and before.dep_ in ("pobj", "compound") and subject.i < subject.head.i):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)


def _named_after_the_quotation(verb: Token, inside) -> list[Token]:  # type: ignore[no-untyped-def]
    """'“We were wrong,” Ramos, 58, told AFP': the parse hung the name after the quotation on the quoted
    clause and made the verb go on from it; a name standing alone between the closing mark and the verb is
    the speaker."""
    doc = verb.doc
    close = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.tag_ == "''" or inside(t.idx)), None)
    if close is None or close.tag_ != "''" or close.i + 1 >= verb.i or doc[close.i + 1].pos_ != "PROPN":
        return []
    name = doc[close.i + 1]
    while name.i + 1 < verb.i and doc[name.i + 1].pos_ == "PROPN":
        name = doc[name.i + 1]
    between = doc[close.i + 1 : verb.i]
    alone = all(t.is_punct or t == name or name in t.ancestors or t.head == name for t in between)
    return _speaker_words([name]) if alone else []


def _after_a_comma(verb: Token) -> bool:
    """A verb the parse hung on a noun after a comma goes on from the clause before it ('Trump, who …,
    tweeted on Friday to say'), not one that describes the noun ('a reversal to revoke')."""
    return verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _participle_read_as_subject(verb: Token) -> bool:
    """'Tusk reiterated the position, stating that the deal agreed in November, was not open …', 'Flea shared
    the news, writing “Feels great …”': a comma inside the reported words, or their verb without a subject,
    made the parse read the participle as the subject of their verb; it goes on from the clause before it, as
    one set off by a comma does."""
    doc = verb.doc
    misread = verb.dep_ in ("csubj", "nsubj") and verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].text == "," and verb.head.i > verb.i
    return misread and any(clause.i < verb.i and clause.pos_ in ("VERB", "AUX") for clause in verb.head.ancestors)  # not 'In addition, claiming that … excludes …'


def _name_after_an_opening(verb: Token) -> list[Token]:
    """'Speaking in Harlem, Clinton, without naming him, also accused …': the parse hung the subject on
    the opening phrase as an apposition; the last name so hung before the verb, set off by commas or a
    person's name right before it ('when asked about Trump, President Barack Obama said'), is it (not a
    place: 'a pastor in Boone, Iowa, endorsed')."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    doc = verb.doc
    names = [
        t for t in doc[verb.sent.start : verb.i]
        if t.dep_ == "appos" and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and t.ent_type_ not in _PLACE_LABELS  # 'Sharaa', tagged a noun
        and t.head.i < t.i and doc[t.left_edge.i - 1].text == ","
        and (t.right_edge.i + 1 < verb.i and doc[t.right_edge.i + 1].text == "," or t.right_edge.i + 1 == verb.i and t.ent_type_ == "PERSON")
        and verb in t.ancestors
    ]
    return _speaker_words(names[-1:]) if names else []


def _speaker_words(heads: list[Token]) -> list[Token]:
    """The whole noun phrase naming the speaker, appositions and relative clauses included
    ('Brian Fallon, the campaign’s press secretary'), without a description set off by a comma
    ('Clinton, clearly frustrated'), a relative clause that reports a statement of its own ('Weaver,
    who said business executives ...': one role per word), a leading 'even' or punctuation, or what ends
    it hanging."""
    doc = heads[0].doc
    aside: set[int] = set()  # 'Clinton, clearly frustrated,'; 'Rubio, appearing on Fox News,'
    for token in (t for head in heads for t in head.subtree):
        if token.dep_ in ("acl", "advcl", "amod") and token.i > token.head.i and doc[token.left_edge.i - 1].text == ",":
            aside.update(t.i for t in token.subtree)
        elif token.dep_ == "relcl" and token.i > token.head.i and _reports(token):
            aside.update(t.i for t in token.subtree)
        elif token.dep_ == "prep" and token.head in heads and token.i > token.head.i and _channel_or_date(token):
            aside.update(t.i for t in token.subtree)  # 'her lawyers | in a court filing', 'allies | on Monday'
        elif token.dep_ == "prep" and token.head in heads and token.lower_ in ("as", "amid") and token.right_edge.i + 1 >= token.sent.end - 1:
            aside.update(t.i for t in token.subtree)  # '“…,” say Gaza residents | as aid dwindles': a clause the parse read as a phrase
    words = sorted({t.i for head in heads for t in head.subtree} - (aside - {head.i for head in heads}))
    run = [words[0]]
    for i in words[1:]:
        if i != run[-1] + 1:
            break
        run.append(i)
    while len(run) > 1 and (doc[run[0]].is_punct or doc[run[0]].dep_ == "advmod" and doc[run[0]].lower_ in _FOCUS_WORDS):
        run.pop(0)
    return _without_a_dangling_end([doc[i] for i in run])  # '…, whom Bush appointed envoy, and | who …'


def _without_a_dangling_end(words: list[Token]) -> list[Token]:
    """A speaker's words without what ends them hanging, where a span the tagger found or the parse cut
    stops short: a conjunction or a preposition whose other side lies outside ('Senator Bob Corker, …
    who has met privately with Mr. Trump and', 'a co-author of'), a relative pronoun whose clause does
    ('a video report that', 'Anyone who'), punctuation other than a bracket or a quotation mark that closes
    one opened in them. 'None of that' and 'the WHO' keep their last word."""
    end = len(words)
    while end > 1:
        last = words[end - 1]
        dangling = (
            last.is_punct and not last.is_quote and last.text != ")"
            or last.is_quote and sum(t.is_quote for t in words[: end - 1]) % 2 == 0  # a mark none opens before it
            or last.is_space
            or last.dep_ in ("cc", "prep") and last.pos_ in ("CCONJ", "ADP")
            or last.dep_ != "pobj" and last.tag_ in ("WDT", "WP", "WP$")
            or last.lower_ == "that" and last.dep_ in ("nsubj", "mark")
        )
        if not dangling:
            break
        end -= 1
    return words[:end]


def _channel_or_date(prep: Token) -> bool:
    """A preposition of place or time whose object names a channel ('in a court filing') or a date ('on
    Monday'); not 'of' ('a copy of the letter' names a document)."""
    if prep.lower_ not in ("in", "on", "at", "during"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(c.lemma_.lower() in channels() or c.lemma_.lower() == "filing" or c.ent_type_ in ("DATE", "TIME") for c in objects)


def _without_a_date_after(words: list[Token]) -> list[Token]:
    """A source the tagger read without the date or channel that follows it and belongs to the verb ('the
    Kentucky Republican | on Tuesday dismissed')."""
    cut = next((k for k, t in enumerate(words) if k > 0 and t.dep_ == "prep" and t.head not in words and _channel_or_date(t)), None)
    return words[:cut] if cut is not None else words


def _reports(verb: Token) -> bool:
    """A reporting verb with a clause for what was reported: 'said (that) ...', 'recalled taking ...'."""
    return verb.lemma_.lower() in speech_verbs() and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _source_described_after(doc: Doc, end: int, clause: Token) -> set[int]:
    """The description set off by commas right after 'according to Y' ('According to the Syrian Observatory
    for Human Rights, a Britain-based war monitor, at least 12 civilians …'), which the parse may hang on the
    clause as a second subject: the words of Y's description, not of what Y says. A phrase that is the
    clause's only subject is what Y says ('According to police, a 25-year-old man, who …, was arrested'). So
    are Y's own sources ('According to the Financial Times, citing unnamed officials, the UK …')."""
    sentence_end = doc[end].sent.end
    if end + 2 >= sentence_end or doc[end + 1].text != ",":
        return set()
    close = next((t.i for t in doc[end + 2 : sentence_end] if t.text == ","), None)
    if doc[end + 2].lower_ in ("citing", "quoting"):
        return set(range(end + 1, close + 1)) if close is not None else set()
    if doc[end + 2].lower_ not in ("a", "an"):
        return set()
    if close is None or any(t.tag_ in _FINITE_TAGS for t in doc[end + 2 : close]):
        return set()
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS and not end + 2 <= c.i < close]
    return set(range(end + 1, close + 1)) if subjects else set()


#: Part-of-speech tags of a verb that makes a clause of its own (not 'based' of 'a Britain-based monitor').
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _from_according(according: Token, quoted: list[tuple[int, int]], quotes: Intervals) -> _Draft | None:
    """'X, according to Y, Z' and 'X, according to Y.': what Y says, in quotation marks or not."""
    doc = according.doc
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    clause = according.head
    if source is None or clause == according:
        return None
    pp = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    if (subject := _subject_read_as_an_apposition(source, clause)) is not None:
        pp -= set(range(subject.left_edge.i - 1, subject.right_edge.i + 1))  # the comma before it too
    pp |= _source_described_after(doc, max(pp), clause)
    sentence = according.sent
    closes = all(t.is_punct or t.is_space for t in doc[max(pp) + 1 : sentence.end])
    if closes and according.i > sentence.start and doc[according.i - 1].text == ",":
        # '…, according to X.': the sentence before it, however parsed, or the clause set off just before it
        # ('…, which stood at 263 entering Tuesday's primary, according to …', '…, alleging that …, according to …')
        last = _clause_set_off_before(doc[according.i - 2], according.i - 1, sentence.start)
        runs = [list(range(last if last is not None else sentence.start, according.i - 1))]
    else:
        runs = _runs(sorted({t.i for t in clause.subtree} - pp))
    if not _set_off(doc, min(pp), max(pp)):  # 'X, according to Y, Z' says X and Z; else the longest part
        runs = [max(runs, key=len, default=[])]
    pieces = []
    for run in runs:
        while run and (doc[run[-1]].is_punct or doc[run[-1]].is_space):
            run.pop()
        while run and (doc[run[0]].is_punct or doc[run[0]].is_space or _opener(doc, run[0])):
            run.pop(0)
        if run:
            pieces.append(run)
    if sum(len(run) for run in pieces) < 2:
        return None
    content, *continuation = [(doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]].text)) for run in pieces]
    cue = (according.idx, to.idx + len(to.text))
    speaker = [t for t in _speaker_words([source]) if t.i in pp]
    text = doc_text(doc)
    around = [quoted[i] for i in quotes.overlapping(*content)]
    if not continuation and any(start <= content[0] and content[1] <= end for start, end in around):
        (quote,) = [q for q in around if q[0] <= content[0] and content[1] <= q[1]]
        return _Draft("direct", _trim(text, *quote), cue, "according to", according, speaker)  # 'Because, according to the teacher, “…”'
    marked = []  # each piece with the quotation marks of a fragment at its edges: '… is, according to Y, “a disaster” for'
    for piece in (content, *continuation):
        fragments = _fragments(text, piece, [quoted[i] for i in quotes.overlapping(*piece)])
        marked.append((_with_marks(text, piece, fragments), bool(fragments)))
    kind: QuoteKind = "mixed" if any(quoting for _, quoting in marked) else "indirect"
    content, *continuation = [piece for piece, _ in marked]
    return _Draft(kind, content, cue, "according to", according, speaker, continuation=continuation)


def _citing_after_according_to(verb: Token) -> bool:
    """'According to the Financial Times, citing unnamed officials, the UK …': the source's own sources, set off
    after it, which the parse hangs on the clause; no saying of the clause's subject."""
    doc = verb.doc
    if verb.lower_ not in ("citing", "quoting") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    return any(t.lower_ == "according" for t in doc[verb.i - 2].ancestors)


def _subject_read_as_an_apposition(source: Token, clause: Token) -> Token | None:
    """'According to a poll by the public broadcaster ARD, just 21% of Germans are satisfied': the parse made the
    clause's subject an apposition set off after the source, and left the clause with none."""
    if clause.i < source.i or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return None
    doc = source.doc
    for token in source.subtree:
        if token.dep_ != "appos" or doc[token.left_edge.i - 1].text != ",":
            continue
        between = doc[token.right_edge.i + 1 : clause.i]
        if token.right_edge.i < clause.i and all(t.head == clause and t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between):
            return token
    return None


def _clause_set_off_before(word: Token, comma: int, start: int) -> int | None:
    """Where a relative or participle clause ends right before ``comma`` and is set off by a comma of its
    own starts: what an 'according to' after it sources ('…, who account for a majority of the state's
    population, according to …')."""
    doc = word.doc
    for node in (word, *word.ancestors):
        left = node.left_edge.i
        if left <= start or max(t.i for t in node.subtree if t.i < comma) != comma - 1:
            return None
        if node.dep_ in _SOURCED_CLAUSES and (node.dep_ != "advcl" or node.tag_ == "VBG") and doc[left - 1].text == ",":
            return left
    return None


#: Clauses an 'according to' right after them sources alone.
_SOURCED_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """Whether the words first..last stand between commas inside a sentence ('X, according to Y, Z')."""
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def _opener(doc: Doc, i: int) -> bool:
    """A word that joins a sentence to the one before, no part of what a source says: 'But', 'However,',
    'Although,' (a conjunction set off as an adverb)."""
    token = doc[i]
    return token.dep_ == "cc" or token.dep_ in ("advmod", "mark") and i + 1 < len(doc) and doc[i + 1].text == ","


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _without_nested(drafts: list[_Draft]) -> list[_Draft]:
    """A cue inside another quote's content belongs to that content (PolNeAR's one role per word), but for
    a speaker's words that an 'according to' after them sources: '“We will not allow this,” Erdogan told
    reporters, according to NTV' is Erdogan's quote, and NTV's account of it."""
    pieces = [(n, span) for n, d in enumerate(drafts) for span in (d.content, *d.continuation)]
    contents = Intervals(span for _, span in pieces)
    keep = []
    for n, draft in enumerate(drafts):
        assert draft.cue is not None
        outer = [drafts[pieces[other][0]] for other in contents.overlapping(draft.cue[0], draft.cue[0] + 1) if pieces[other][0] != n]
        if len(outer) == 1 and _denied(draft, outer[0]):
            outer[0].content = draft.content  # 'Pakistan says Afghan soil used for attacks, Kabul denies': what Kabul denies is Pakistan's claim
        elif outer and not all(_reported_by(draft, o) for o in outer):
            continue
        keep.append(draft)
    return keep


def _denier_of_the_claim_before(verb: Token) -> Token | None:
    """Who denies, in an apposition to the words a saying reports, the claim they make: '…, a claim Phnom Penh denied',
    '…, an accusation Moscow rejects' (the parse gives the verb of denial two subjects, the claim and its denier, or
    makes it a relative clause of the claim: '…, a claim Israel's military dismissed as …')."""
    if verb.lemma_.lower() not in _DENIALS or _the_saying_denied(verb) is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    deniers = [c for c in subjects if not _a_claim_set_off(c)]
    return deniers[0] if len(deniers) == 1 else None


def _the_saying_denied(verb: Token) -> Token | None:
    """The verb of the saying whose words a denial in an apposition after them denies ('said … , a claim Phnom Penh
    denied': said), or None where the denial has no such shape."""
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and _a_claim_set_off(c) for c in verb.children):
        return verb.head if verb.head.lemma_.lower() in speech_verbs() else None
    claim = verb.head
    if verb.dep_ != "relcl" or claim.dep_ not in ("appos", "dobj", "npadvmod") or not _a_claim_set_off(claim):  # the parse may read it as a second object
        return None
    return next((a for a in claim.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in speech_verbs()), None)


def _a_claim_set_off(noun: Token) -> bool:
    """'…, a claim', '…,” an allegation': a noun naming the words before it as a claim, after a comma."""
    return noun.lemma_.lower() in _CLAIMS and _following_a_comma(noun.left_edge)


def _following_a_comma(token: Token) -> bool:
    """Whether a comma comes right before the token, or before the closing quotation mark right before it ('“…,” an allegation')."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.tag_ == "''" and token.i > 1:
        before = doc[token.i - 2]
    return before is not None and before.text == ","


#: What a denial after the words calls them: '…, a claim Phnom Penh denied'.
_CLAIMS = frozenset({"claim", "accusation", "allegation", "charge", "assertion", "version", "account", "result", "figure", "toll", "estimate", "tally"})


def _denied(draft: _Draft, outer: _Draft) -> bool:
    """Whether ``outer`` denies, after a comma, the claim ``draft`` reports before it: 'Pakistan says Afghan
    soil used for attacks, Kabul denies', two quotes with the one claim."""
    verb, denial = draft.verb, outer.verb
    return (
        verb is not None and denial is not None and denial.lemma_.lower() in _DENIALS and verb.head == denial and verb.dep_ == "ccomp"
        and verb.i < denial.i and denial.doc[verb.right_edge.i + 1].text in (",", ";") and outer.content[1] <= draft.content[1] + 1
    )


#: What one word may name as a claim denied: 'denied involvement', 'rejected the allegations'; not 'denied bail'.
_CLAIMED_ALONE = frozenset(
    {"involvement", "wrongdoing", "responsibility", "allegation", "accusation", "claim", "charge", "report", "guilt",
     "knowledge", "link", "tie", "culpability", "interference", "role", "participation", "complicity",
     "this", "that", "it", "these", "those", "they"}  # the claim just told: 'Yerevan denies this', 'denied them' (lemma 'they')
)


def _negated_or_modal(verb: Token) -> bool:
    """'cannot deny it', 'would not dispute that': no denial made."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _denies_the_claim_before(verb: Token) -> bool:
    """A verb of denial with nothing denied after it, whose claim is the clause before: '…; Washington denies'."""
    return verb.lemma_.lower() in _DENIALS and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children)


#: Verbs that deny a claim named before them: '…, Kabul denies'.
_DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


def _reported_by(draft: _Draft, outer: _Draft) -> bool:
    """Whether ``outer`` is an 'according to' after the whole of what a speaker named by name said in ``draft``."""
    assert outer.cue is not None
    named = draft.verb is not None and any(t in _named_subject_words(draft.verb) for t in draft.subject)  # 'X dismissed … and said'
    return (
        outer.cue_lemma == "according to" and outer.content[1] <= outer.cue[0] and named
        and outer.content[0] <= draft.content[0] and _end(draft) <= outer.content[1]
    )


def _named_subject_words(verb: Token) -> list[Token]:
    """The names that are the verb's subject, or the subject of the verb it is joined to ('X dismissed … and said')."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return [t for v in verbs for t in v.children if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")]


def _unclaimed_quotes(
    doc: Doc, quoted: list[tuple[int, int]], claimed: set[tuple[int, int]], drafts: list[_Draft], inside
) -> list[_Draft]:
    """Quoted sentences no verb claimed. One that shares a sentence with a quote's cue, or follows a direct
    quote in the same paragraph, continues that quote ("“A,” she said. “B.”"); one in a sentence with a
    reporting verb of its own takes it; any other inherits the speaker of the quote before it."""
    text = doc_text(doc)
    out: list[_Draft] = []
    contents = Intervals(d.content for d in drafts)
    by_sentence: dict[int, _Draft] = {}
    for d in drafts:
        if d.verb is not None:
            by_sentence.setdefault(d.verb.sent.start, d)
    for q in quoted:
        content = _trim(text, *q)
        if q in claimed or content[1] <= content[0] or contents.holds(q[0]):
            continue
        anchor = doc.char_span(q[0], q[0] + 1, alignment_mode="expand")
        sent = anchor.sent if anchor is not None else None
        sibling = by_sentence.get(sent.start) if sent is not None else None
        if sibling is not None and sibling.verb is not None and sibling.verb.idx > q[1] and any(_opens_an_adverbial(c) and c.lower_ != "as" for c in sibling.verb.children):
            sibling = None  # '“…,” after Brian Fallon expressed his support': a saying of its own, later in the sentence
        before = [d for d in [*drafts, *out] if _end(d) <= q[0]]
        previous = max(before, key=_end, default=None)
        if previous is not None and previous.kind != "direct" and previous.verb is not None:
            # '“A,” the member said, adding that … “B.”', '“A,” said a staffer, who said … “B.”': B goes on
            # with the direct quote of that sentence, not with the indirect one the cue's sentence ends on
            quoted_before = [d for d in before if d.kind == "direct" and d.verb is not None and d.verb.sent == previous.verb.sent]
            if quoted_before:
                previous = max(quoted_before, key=_end)
        same_paragraph = previous is not None and "\n" not in text[_end(previous) : q[0]]
        if len(text[content[0] : content[1]].split()) < QUOTE_MIN_WORDS:
            if sibling is not None and sibling.kind == "direct" and _introduced(text, q[0]):  # "“That,” she said, “promises to ...”"
                sibling.continuation.append(content)
            elif previous is not None and previous.kind == "direct" and same_paragraph and _starts_sentence(text, _end(previous), q[0]):
                previous.continuation.append(content)  # "“…,” he said. “Very good.”"
            elif text[q[0] : q[1]].rstrip()[-1:] in ",!?" and (verb := _trailing_cue(doc, q, drafts)) is not None:
                out.append(_cued(content, verb, inside))  # "“Safety,” said Grimm."
            elif _a_sentence_alone(text, content, sent) and previous is not None and same_paragraph:
                previous.continuation.append(content)  # '… Sanders wrote. “That is unacceptable.”'
                if previous.kind == "indirect":
                    previous.kind = "mixed"
            continue
        if (
            sibling is not None
            and sibling.verb is not None
            and sibling.verb.idx > q[1]
            and text[q[0] : q[1]].rstrip()[-1:] in ",!?"
            and (verb := _trailing_cue(doc, q, drafts)) is not None
            and verb.i < sibling.verb.i
        ):
            out.append(_cued(content, verb, inside))  # '“…,” he said at a news conference, and then predicted: “…”': said
            continue
        if sibling is not None and _describes_the_speaker(sibling, q):
            continue  # 'said Leslie Feldman, who waited in an “extraordinarily long line”': the outlet's words about her
        if sibling is not None and (sibling.kind == "direct" or _resumed(text, sibling) and _introduced(text, q[0])):
            sibling.continuation.append(content)
        elif sibling is not None and not sibling.continuation and _joined_to(text, sibling, q[0]):
            sibling.content, sibling.kind = (sibling.content[0], content[1]), "mixed"
        elif sibling is not None and sibling.unnamed and (verb := _verb_outside_quote(sent, q)) is not None:
            out.append(_cued(content, verb, inside))  # 'Clinton seemed ready …, telling the crowd, “…”': told, not seemed
        elif sibling is not None:
            out.append(_Draft("direct", content, sibling.cue, sibling.cue_lemma, sibling.verb, sibling.subject))
        elif (verb := _verb_outside_quote(sent, q) or _trailing_cue(doc, q, drafts) or _colon_cue(doc, q, drafts)) is not None:
            out.append(_cued(content, verb, inside))
        elif (named := _named_before_colon(doc, q)) is not None:
            out.append(_Draft("direct", content, named[0], ":", None, named[1]))
        elif (signed := _signed_after(doc, q)) is not None:
            out.append(_Draft("direct", content, signed[0], text[signed[0][0] : signed[0][1]], None, signed[1]))  # '“…” –William Blackstone'
        elif previous is not None and previous.kind == "direct" and (same_paragraph or _next_paragraph(text, _end(previous), q[0])):
            previous.continuation.append(content)
        elif previous is not None and _after_its_cue(text, previous, q[0]):
            previous.continuation.append(content)
            if previous.kind == "indirect":
                previous.kind = "mixed"  # reported speech, then the speaker's own words
        elif sent is not None and (named := _named_subject_outside(sent, q, inside)):
            out.append(_Draft("direct", content, None, None, None, named))  # 'Minister Vladimir Padrino Lopez assured that the forces remain “loyal …”'
        else:
            out.append(_Draft("direct", content, None, None, None, inherited=True))
    return out


def _named_subject_outside(sent: Span, q: tuple[int, int], inside) -> list[Token]:  # type: ignore[no-untyped-def]
    """The words of the name that is the subject of the sentence a quote stands in with no cue, outside the quote
    and before it: whose words the quote gives, rather than those of whoever spoke before."""
    root = sent.root
    if q[0] <= root.idx < q[1]:
        return []
    before = [t.lower_ for t in sent if t.idx < q[0] and not t.is_punct and not t.is_space][-2:]
    if before == ["such", "as"] or before[-1:] in (["titled"], ["headlined"], ["entitled"]):
        return []  # 'stories with headlines such as “…”': titles the sentence names, nobody's words
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.idx < q[0] and not inside(c.idx)]
    if len(subjects) != 1 or not (
        subjects[0].pos_ == "PROPN" and subjects[0].ent_type_ in ("PERSON", "ORG")
        or _by_role(subjects[0]) and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subjects[0].children)  # "Eritrea's information minister, Yemane Gebremeskel,"
    ):
        return []
    first = next((t for t in sent if t.idx >= q[0]), None)
    clauses = [t for t in first.ancestors if t != root and not q[0] <= t.idx < q[1]] if first is not None else []
    for clause in clauses:
        own = clause.dep_ == "ccomp" or clause.dep_ == "relcl" and clause.head == subjects[0]  # 'that the forces remain “…”', 'Khan, who hailed it a “…”'
        if not own and any(c.dep_ in _SUBJECTS and not q[0] <= c.idx < q[1] for c in clause.children):
            return []  # 'a site that has run headlines such as “…”', 'because a handout had listed him as a “…”': another's words
    words = [t for t in _subject(root, inside) if t.idx < q[0]]
    while words and (words[-1].text in _QUOTE_MARKS or words[-1].text in (",", ":", "—", "–") or words[-1].is_space):
        words.pop()  # 'Sadiq Khan, who … hailed it a “': the words before the quote's mark
    return words


def _named_before_colon(doc: Doc, q: tuple[int, int]) -> tuple[tuple[int, int], list[Token]] | None:
    """The colon and the speaker's name of a line that opens with the name, a colon and the quote
    ("Ted Cruz: ‘Physically Assaulting A Reporter …’", "CNN President On Trump: ‘We Do Not …’"): the name
    runs up to the first preposition or verb, and holds a proper noun."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, q[0]) + 1
    before = text[start : q[0]].rstrip().rstrip(_QUOTE_MARKS).rstrip()
    if not before.endswith(":"):
        return None
    colon = start + len(before) - 1
    return next((found for found in (_name_opening(doc, start, colon), _name_opening(doc, _after_the_last_break(text, start, colon), colon)) if found), None)


def _signed_after(doc: Doc, q: tuple[int, int]) -> tuple[tuple[int, int], list[Token]] | None:
    """The dash and the name right after a quotation that signs it, as a quoted maxim is signed ('“No enactment of man
    can be considered law …” –William Blackstone, English Common Law'): where the dash is, and the name's words."""
    text = doc_text(doc)
    match = _SIGNATURE.match(text, q[1] + 1 if q[1] < len(text) and text[q[1]] in _QUOTE_MARKS else q[1])
    span = doc.char_span(match.start(2), match.end(2), alignment_mode="contract") if match is not None else None
    if match is None or span is None or not any(t.ent_type_ == "PERSON" for t in span):
        return None
    return (match.start(1), match.end(1)), list(span)


#: A dash and a name of two to four capitalised words right after a quotation: ' –William Blackstone'.
_SIGNATURE = re.compile(r"[ \t]*([–—]|--?)[ \t]*([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})")


#: What sets a name before a colon off from the words before it on its line: a sentence's end, a dash,
#: 'More from' ("… IN OTHER STATES - Michael P. McDonald: “…”", "More from Jones: “…”").
_BREAK_BEFORE_A_NAME = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s+|\s[-–—]+\s*|(?<![\w-])(?:[Mm]ore )?[Ff]rom\s+")


def _after_the_last_break(text: str, start: int, colon: int) -> int:
    """Where the words after the last break of a line before its colon start (the line's start if none)."""
    breaks = list(_BREAK_BEFORE_A_NAME.finditer(text, start, colon))
    return breaks[-1].end() if breaks else start


def _name_opening(doc: Doc, start: int, colon: int) -> tuple[tuple[int, int], list[Token]] | None:
    """The colon and the name that the words from ``start`` to it open with, if they are a name."""
    line = doc.char_span(start, colon, alignment_mode="contract")
    if line is None or not len(line):
        return None
    name = list(itertools.takewhile(_in_a_name, line))
    if not name or len(name) > _COLON_SPEAKER_WORDS or not any(t.is_title or t.is_upper for t in name):
        return None
    if len(name) < len(line) and line[len(name)].lower_ != "on":
        return None  # 'Asteroid Will Skim By Earth …:', 'A lesson from …:': no name alone before the colon
    return (colon, colon + 1), name


def _in_a_name(token: Token) -> bool:
    """Whether a word of a line before a colon can be part of the name opening it: not 'on' ('CNN President
    On Trump:'), a verb, punctuation or a word in lower case, bar a possessive's 's."""
    if token.pos_ == "PART":
        return True
    return token.lower_ != "on" and token.pos_ not in ("VERB", "AUX", "PUNCT") and not token.is_lower


def _after_its_cue(text: str, draft: _Draft, start: int) -> bool:
    """Whether only the clause of the draft's reporting verb lies between the draft and a quote
    ('“A,” he said.' then '“B.”'; 'X is “A,” Gingrich said. “B.”'; 'He said that A.' then '“B.”'):
    the quote goes on, over the paragraph break, with no new cue. A clause that quotes words of its
    own ('she said, referencing the bank’s drive to “cross-sell”') is the outlet's, and ends the quote."""
    if draft.verb is None:
        return False
    between = text[_end(draft) : start].strip(_QUOTE_MARKS + _GAP)
    if any(mark in between for mark in _QUOTE_MARKS):
        return False
    edge = draft.verb.right_edge
    return not text[max(edge.idx + len(edge.text), _end(draft)) : start].strip(_QUOTE_MARKS + _GAP)


#: What may stand between a quote and its cue, or the cue and the next quote: spaces and the punctuation that ends a clause.
_GAP = " \t\n\xa0.,:"


def _describes_the_speaker(draft: _Draft, quote: tuple[int, int]) -> bool:
    """Whether a quotation lies in the words that name and describe the draft's speaker (an apposition,
    a relative clause) after its cue: a phrase the outlet quotes about the speaker, not more of the quote."""
    if not draft.subject or draft.verb is None:
        return False
    head = _head(draft.subject)
    if head.i < draft.verb.i:
        return False
    return head.left_edge.idx <= quote[0] < head.right_edge.idx + len(head.right_edge.text)


def _resumed(text: str, draft: _Draft) -> bool:
    """Whether a mixed quote ends in a quotation the cue broke off at a comma, for the next quote to go on
    with ('Biden “has a lot of roles to play,” she said, “He deservedly has that appeal.”')."""
    return draft.kind == "mixed" and text[: _end(draft)].rstrip()[-2:-1] == ","


def _joined_to(text: str, draft: _Draft, start: int) -> bool:
    """Whether a quotation goes on from the draft's words with 'but' or 'and' ('said he had received
    offers for the gun, but “the offers were to use the gun in a fashion …”'): one statement, mixed."""
    between = text[draft.content[1] : start].strip().rstrip(_QUOTE_MARKS).strip()
    return between in (", but", ", and", "but", "and")


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether nothing but punctuation and a paragraph break lies between a quote and the next: a
    closed quote carried on in the next paragraph ('… she said: “A.”' then '“B.”')."""
    return not text[end:start].strip(_QUOTE_MARKS + " \t\n\xa0.,")


#: Words before a title in quotation marks: watching, liking, reading it.
_TITLE_VERBS = frozenset(
    {"watch", "watches", "watched", "watching", "enjoy", "enjoys", "enjoyed", "like", "likes", "liked", "love", "loves",
     "loved", "read", "reads", "starred", "stars", "hosts", "hosted", "airs", "aired"}
)
#: Words a title leaves in lower case ('The Art of the Deal').
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "with", "from", "by", "as", "is", "after", "before",
     "about", "into", "over", "under", "than", "via", "vs"}
)


def _titles_only(text: str, draft: _Draft) -> bool:
    """Whether a quote wholly in quotation marks (direct, or mixed and opening with its mark) holds nothing
    but titles ('“Orange is the New Black” star …', and the titles after it the quote ran on to)."""
    marked = draft.kind == "direct" or draft.kind == "mixed" and text[draft.content[0]] in _QUOTE_MARKS + "`"
    return marked and not draft.turn and all(_a_title(text, *words) for words in (draft.content, *draft.continuation))


def _a_title(text: str, start: int, end: int) -> bool:
    """Whether a quotation (its words from ``start`` to ``end``) is the title of a programme, a film or a
    book ('on ABC’s “This Week”', 'enjoys “Modern Family”', 'his biography, “Lost Tycoon: The Many Lives of
    Donald J. Trump”', '“The Making of Donald Trump,” by David Cay Johnston'), not words anyone said:
    capitalised words after a possessive, a verb of watching or liking, 'on' or 'in', a work's noun or its
    host, or before a byline; a work's noun or byline lets the title be longer and exclaim ('a collection
    called “Yuge!: 30 Years of Doonesbury on Trump”')."""
    words = text[start:end].strip(_QUOTE_MARKS + "` .,")
    tokens = re.findall(r"[\w’'-]+", words)
    if not tokens or not all(t[0].isupper() or t[0].isdigit() or t in _TITLE_SMALL_WORDS for t in tokens):
        return False
    lead = text[max(0, start - 60) : start].rstrip(_QUOTE_MARKS + " `")
    before = re.search(r"([\w’']+)\W*$", lead)
    if _TITLE_OF_A_WORK.search(lead) or _A_BYLINE.match(text, end):
        return len(tokens) <= _WORK_TITLE_MAX_WORDS
    return (
        2 <= len(tokens) <= _TITLE_MAX_WORDS
        and not re.search(r"[!?]", words)
        and before is not None
        and (before.group(1).endswith(("’s", "'s")) or before.group(1).lower() in _TITLE_VERBS | {"on", "in"})
    )


#: Nouns for a work whose title may follow them ('the book “Shattered”').
_WORK_NOUNS = (
    "book|biography|memoir|novel|film|movie|documentary|series|sitcom|album|song|musical|collection|essay|poem"
    "|podcast|programme|program|episode|thriller|comedy|drama|bestseller|best-seller"
    "|article|column|op-ed|editorial|headline|page|piece|story|post|report|paper|study"
    "|(?:the|a|his|her|their|its|TV|television|talk|hit|radio) (?:show|play)"  # not 'polls show'
)
#: A work's noun (or who hosts or stars in one) or 'titled' right before the title, or a work's noun before
#: 'called' and the title: 'his biography, “…”', 'host of “The Nightly Show”', 'a collection from X called “…”',
#: 'a page devoted to “List of Grenade Attacks in Sweden”'.
_TITLE_OF_A_WORK = re.compile(
    rf"\b(?:(?:{_WORK_NOUNS})s?,?|(?:host|star|author|creator|episode|season)s? of|titled|entitled"
    rf"|(?:{_WORK_NOUNS})s?\b[^.;:!?“”\"\n]{{0,50}}\b(?:called|named|devoted to|dedicated to))\s*$",
    re.IGNORECASE,
)
#: A byline or a cast after the title: '“The Making of Donald Trump,” by the investigative reporter David Cay
#: Johnston', '“…” star Selenis Leyva'.
_A_BYLINE = re.compile(r"[\s,.'’”\"]*(?:by\s+[^.,;:!?\n]{0,40}?\b[A-Z]|stars?\s+[A-Z])")
#: A title after a work's noun, 'titled' or 'entitled', or before a byline is at most this many words ('a
#: debate entitled “Francis @ Five: Assessing the Legacy of Pope Francis Five Years after His Election”').
_WORK_TITLE_MAX_WORDS = 16


#: What a caption says shows something ('This undated photo shows Dajah Harris'): a picture, no speaker.
_PICTURES = frozenset({"photo", "photograph", "picture", "image", "video", "footage", "screenshot", "screengrab", "still"})


def _to_the_reader(draft: _Draft) -> bool:
    """Whether the outlet speaks to its reader ('You also agree to this site's Privacy Policy', 'Whom do you
    consider …?'): a speaker who is 'you' is the reader spoken to, nobody who said anything."""
    return bool(draft.subject) and all(t.lower_ in ("you", "yourself") for t in draft.subject if not t.is_punct)


def _time_will_tell(draft: _Draft) -> bool:
    """'Only time will tell whether …': a saying, not a speaker."""
    return bool(draft.subject) and draft.cue_lemma == "tell" and _head(draft.subject).lemma_.lower() == "time"


#: What one claims by taking it, not by saying anything: 'the plague claimed 57 lives', 'as it claims more
#: territory', 'migrants who claim sanctuary'.
_TAKEN = frozenset({"life", "territory", "land", "ground", "sanctuary", "asylum", "seat", "title", "crown", "prize", "victim", "refund", "benefit"})


def _claims_a_thing(draft: _Draft) -> bool:
    """Whether the quote's cue is 'claim' taking a thing: lives, land or a title are taken, not asserted
    ('claimed responsibility', 'claimed victory' and 'claimed his innocence' stay words)."""
    verb = draft.verb
    if verb is None or verb.lemma_.lower() != "claim":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TAKEN for c in verb.children)


def _a_caption(draft: _Draft) -> bool:
    """Whether the quote is a caption's 'this photo shows …': what a picture holds, not what anyone said."""
    return bool(draft.subject) and draft.cue_lemma in ("show", "depict", "feature") and _head(draft.subject).lemma_.lower() in _PICTURES


def _introduced(text: str, start: int) -> bool:
    """Whether a quote opens after a comma or a colon ('she said, “…”'), not inside a phrase of the
    sentence ('during a call to ABC’s “This Week.”', 'after a brief “I’m sorry”')."""
    before = text[max(0, start - 40) : start].rstrip().rstrip(_QUOTE_MARKS).rstrip()
    return before[-1:] in (",", ":", "—", "–")


def _cued(content: tuple[int, int], verb: Token, inside) -> _Draft:  # type: ignore[no-untyped-def]
    """A quote whose cue is a verb outside it: direct, or mixed when the quote is the end of the verb's
    complement ('promises to “lift up participation”', 'called him “the leading proponent”')."""
    cue = (verb.idx, verb.idx + len(verb.text))
    complement = _complement_before(verb, content) or _clause_run_into_the_quote(verb, content)
    if complement is not None:
        return _Draft("mixed", (complement, content[1]), cue, verb.lemma_.lower(), verb, _subject(verb, inside))
    return _Draft("direct", content, cue, verb.lemma_.lower(), verb, _subject(verb, inside))


def _clause_run_into_the_quote(verb: Token, content: tuple[int, int]) -> int | None:
    """Where the sentence starts when its own words run into the quote that the cue closing it follows ('Putin is
    ready to discuss a ceasefire but only on terms that reflect "the realities on the ground," Kremlin spokesman
    Dmitry Peskov said on Monday', which the parse read as two clauses joined by 'but'): a clause with a finite
    verb, opening on a name or a noun, not 'Asked about "…," Peskov said'."""
    doc, text = verb.doc, doc_text(verb.doc)
    if verb.idx < content[1] or _introduced(text, content[0]) or verb.dep_ not in ("ROOT", "conj") or _child(verb, "mark") is not None:
        return None  # not 'Awan, who the paper described as a “White House employee.”', 'when it posted on Jan. 27'
    sentence = verb.sent
    circumstances = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
    if any(t.i > verb.i and not (t.is_punct or t.is_space) and t.i not in circumstances for t in sentence):
        return None  # the cue has words of its own after it
    words = [t for t in doc[sentence.start : verb.i] if t.idx < content[0] and not (t.is_space or t.is_quote)]
    if len(words) < 3 or words[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"):
        return None
    return words[0].idx if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words) else None


def _complement_before(verb: Token, content: tuple[int, int]) -> int | None:
    """Where the verb's complement starts when a quote not set off by a comma or colon ends it."""
    text = doc_text(verb.doc)
    if verb.idx >= content[0] or _introduced(text, content[0]):
        return None
    for child in verb.rights:
        if child.dep_ in ("punct", "cc", "conj", "advcl", "parataxis", "npadvmod") or _is_circumstance(child):
            continue
        words = list(child.subtree)
        if words[0].idx < content[0] <= words[-1].idx:
            return words[0].idx
    return None


def _colon_cue(doc: Doc, q: tuple[int, int], drafts: list[_Draft]) -> Token | None:
    """The main verb of a clause that introduces a quote with a colon ('She then addressed the
    supporters again: “…”'; 'as John Cornyn put it: “…”'), when it has a subject; not the verb of a
    relative clause about someone else ('issued a warning for his fellow Democrats, many of whom have
    pinned their hopes on it: “…”': the warning's). After a comma, only a sentence's main verb introduces
    a whole sentence quoted to close it ('Clinton shared a bit of her anxiety with an audience, “I do not
    know …”'), or the verb of 'as … put it', not one of another clause set before it ('As long as nobody
    else is addressing the concern, “…”')."""
    window = max(0, q[0] - 20)
    opening = doc_text(doc)[window : q[0]].rstrip().rstrip(_QUOTE_MARKS).rstrip()
    comma = opening.endswith(",") and _a_closing_sentence(doc, q)
    if not (opening.endswith(":") or comma):
        return None
    colon = doc.char_span(window + len(opening) - 1, window + len(opening), alignment_mode="expand")
    if colon is None:
        return None
    mark = colon.root
    if comma:
        verb = next((t for t in reversed(doc[mark.sent.start : mark.i]) if t.pos_ == "VERB" and (_a_main_verb_with_a_subject(t) or _as_put(t))), None)
        if verb is not None and verb.lemma_.lower() in speech_verbs() and any(c.dep_ in _COMPLEMENTS and c.right_edge.i < mark.i for c in verb.children):
            return None  # 'the Reporter pointed to the cover up …, “…”': words of its own before the quote, which goes on with them
    else:
        verb = next(
            (
                t for t in reversed(doc[mark.sent.start : mark.i])
                if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children) and not _in_a_relative_clause(t)
            ),
            None,
        )
    return None if verb is None or any(d.verb == verb for d in drafts) else verb


def _as_put(verb: Token) -> bool:
    """The verb of a clause opened by 'as' that gives whose words follow ('As Thomas Wolfe put it, “…”',
    'As the old saying goes, “…”', 'As Winfield writes, “…”'); not 'as long as …' ('as she thanked her
    home state', a reporting verb with words of its own, is left by the caller)."""
    opening = verb.left_edge
    if verb.dep_ != "advcl" or opening.lower_ != "as" or opening.head != verb or verb.doc[opening.i + 1].lower_ in _AS_CONJUNCTIONS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in _AS_IT_IS_PUT or lemma in speech_verbs()


#: Verbs of 'as … put it' and 'as … goes' that give whose words follow.
_AS_IT_IS_PUT = frozenset({"put", "go"})
#: Words after 'as' that make it a conjunction of time or condition: 'as long as', 'as soon as', 'as if'.
_AS_CONJUNCTIONS = frozenset({"long", "soon", "far", "well", "much", "if", "though"})


#: Dependencies of what a reporting verb says ('pointed to the cover up', 'said that …', 'urged them to act').
_COMPLEMENTS = frozenset({"ccomp", "dobj", "prep", "xcomp"})


def _a_main_verb_with_a_subject(verb: Token) -> bool:
    """The root of its sentence with a subject, or a verb joined to it that shares it ('she thanked …
    and then boomed')."""
    main = verb.head if verb.dep_ == "conj" else verb
    return main.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in (*verb.children, *main.children))


def _a_closing_sentence(doc: Doc, q: tuple[int, int]) -> bool:
    """A quote set after a comma that is a sentence of its own and closes the sentence it is set in
    ('Grandi reacted skeptically to the deal, “[I am] concerned about any agreement …”'): what the
    clause's subject said, as after a colon."""
    text = doc_text(doc)
    words = text[q[0] : q[1]].strip().strip(_QUOTE_MARKS).strip()
    rest = text[q[1] :].lstrip(_QUOTE_MARKS + " \t")
    return (words[:1].isupper() or words[:1] == "[") and words[-1:] in (".", "!", "?") and (not rest or rest[0] == "\n" or rest[0].isupper())


def _in_a_relative_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause: so parsed, or its subject holds the relative pronoun ('many
    of whom have pinned …', which the parse may hang on the verb before as an adverbial clause)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pronouns = [*subjects, *(o for c in subjects for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    return verb.dep_ == "relcl" or any(w.tag_ in ("WP", "WDT") for w in pronouns)  # 'who …', 'many of whom …'


def _a_sentence_alone(text: str, content: tuple[int, int], sent) -> bool:  # type: ignore[no-untyped-def]
    """Whether a short quotation is a whole sentence of its own, capitalised and closed ('… Sanders wrote.
    “That is unacceptable.”'): the words of the quote before it in the paragraph, however few, not a
    phrase the outlet quotes."""
    words = text[content[0] : content[1]]
    if sent is None or not words[:1].isupper() or words.rstrip(_QUOTE_MARKS)[-1:] not in ".!?…":
        return False
    after = text[content[1] : content[1] + 40].lstrip(_QUOTE_MARKS + " \t")
    if after[:1].islower():
        return False  # "''Choke!'' blared the front page": its own cue follows
    return text[sent.start_char : sent.end_char].strip().strip(_QUOTE_MARKS).strip() == words.strip(_QUOTE_MARKS).strip()


def _starts_sentence(text: str, after: int, start: int) -> bool:
    """Whether the words between a quote and the next one end a sentence, so the next one is a
    sentence of its own ('“…,” he said. “Very good.”'), not a phrase quoted inside one."""
    between = text[after:start].strip().strip(_QUOTE_MARKS).rstrip()
    return bool(between) and between[-1] in ".:" and len(between.split()) <= _TRAILING_CUE_REACH + 4


def _end(draft: _Draft) -> int:
    return max([draft.content[1], *(end for _, end in draft.continuation)])


def _verb_outside_quote(sent, q: tuple[int, int]) -> Token | None:  # type: ignore[no-untyped-def]
    if sent is None:
        return None
    return next(
        (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs() and not q[0] <= t.idx < q[1]),
        None,
    )


def _trailing_cue(doc: Doc, q: tuple[int, int], drafts: list[_Draft]) -> Token | None:
    """The reporting verb of the few words right after a quote ('“… there!” Smith said.'), when it
    has a subject and no content of its own."""
    after = doc.char_span(q[1], len(doc_text(doc)), alignment_mode="expand")
    following = next((t for t in after if not (t.is_space or t.is_quote)), None) if after is not None else None
    if following is None or "\n" in doc_text(doc)[q[1] : following.idx]:
        return None
    sent = following.sent
    verb = next((t for t in doc[following.i : sent.end] if t.pos_ == "VERB"), None)
    if verb is None or any(d.verb == verb for d in drafts):
        return None
    subject = _child(verb, "nsubj")
    if subject is None:
        return None
    if verb.lemma_.lower() not in speech_verbs():
        broken_off = doc_text(doc)[q[0] : q[1]].rstrip()[-1:] in ",!?"
        return verb if broken_off and _says_the_quote_before(verb, following, subject, q) else None
    # '“…!” Smith said.'; past the few words, only a subject running from the quote to the verb: '“…!” a
    # welcome message on the website reads.'
    near = verb.i < following.i + _TRAILING_CUE_REACH
    return verb if near or subject.left_edge.i == following.i and subject.right_edge.i + 1 == verb.i else None


def _reports_the_quoted_clause_before(verb: Token, quoted: list[tuple[int, int]], quotes: Intervals) -> bool:
    """Whether a verb the lexicon does not list reports the clause before it, which a quotation broken off by
    a comma ends right before the verb's subject or the verb ('Guns are “a crisis,” Dean thundered')."""
    clause, subject = _child(verb, "ccomp"), _child(verb, "nsubj")
    if clause is None or subject is None or clause.i > verb.i:
        return False
    last = clause.right_edge
    ending = [quoted[i] for i in quotes.overlapping(last.idx, last.idx + 1)]
    if not ending:
        return False
    quote = ending[0]
    following = next((t for t in verb.doc[last.i + 1 :] if t.idx >= quote[1] and not (t.is_space or t.is_quote or t.text == ",")), None)
    broken_off = doc_text(verb.doc)[quote[0] : quote[1]].rstrip()[-1:] in ",!?"
    return following is not None and broken_off and _says_the_quote_before(verb, following, subject, quote)


def _says_the_quote_before(verb: Token, following: Token, subject: Token, quote: tuple[int, int]) -> bool:
    """Whether a verb the lexicon does not list reports the quote broken off before it by its place alone:
    right after the closing mark, with its subject, the quoted clause as its complement and nothing of its
    own said or done ('“We will win,” Dean thundered to the crowd', '“… win,” quipped Smith'); not '“…,” and
    voters agreed', '“The Apprentice,” Trump starred in'."""
    doc = verb.doc
    reaches = verb.i < following.i + _TRAILING_CUE_REACH or all(t.is_punct for t in doc[subject.right_edge.i + 1 : verb.i])  # 'Dean, the governor, said'
    opens = following.i in (verb.i, subject.left_edge.i) and reaches
    outside = [c for c in verb.children if c.idx >= quote[1]]
    own = any(c.dep_ in _OWN_WORDS or c.dep_ in ("prep", "prt") and not _child(c, "pobj") for c in outside) or any(
        c.dep_ in ("agent", "auxpass") or c.tag_ == "MD" for c in verb.children
    )  # '… 1200 formators gathered by the Congregation', '… she may again split with her former boss'
    lemma = verb.lemma_.lower()
    clause = any(c.dep_ == "ccomp" and c.idx < quote[1] for c in verb.children)
    return opens and clause and not own and lemma not in non_attribution_cues() and lemma not in _RELAYS


#: What a verb may say or do of its own, which makes it no report of the quote before it.
_OWN_WORDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "advcl"})
#: Verbs whose subject passes on someone else's words: '“…,” Dixon quoted from the voicemail'.
_RELAYS = frozenset({"quote", "cite"})


@dataclass
class _Resolved:
    entity: str | None
    label: str | None
    channel: str | None
    end: int
    span: Span | None = None  # the words that named the speaker (for a pronoun, those it refers to)
    person: bool = False  # a person, named or not: whom a later 'he' or 'she' may mean
    group: bool = False  # people named by role ('Iraqi officials'): whom a later 'they' may mean
    sex: str | None = None  # 'm' or 'f' when a given name, a title or the pronoun tells it: whom a 'he' or a 'she' may not mean
    joint: list[str] = field(default_factory=list)  # the others who spoke with the entity: a later 'they' means them all
    named_at: list[int] = field(default_factory=list)  # where the text names the entity, in order: how far back a pronoun reaches
    represented: bool = False  # someone spoke for the entity ('Zelensky's office'): no role ('the diplomat') describes that speaker again


def _resolve(
    drafts: list[_Draft], doc: Doc, entities: list[Entity], timexes: list[Timex], quoted: Callable[[int], bool], author: Author | None
) -> list[Quote]:
    text = doc_text(doc)
    mentions: _MentionsAt = {}
    for entity in entities:
        for mention in entity.mentions:
            for offset in range(mention.start, mention.end):
                mentions.setdefault(offset, []).append((entity, mention.variant))
    timex_at = {timex.start: timex for timex in timexes}
    named_by_office = any(d.subject and _may_name_an_office(_head(d.subject)) for d in drafts)
    offices = _offices(doc, entities) if named_by_office else []  # read only where a speaker is named by office
    history: list[_Resolved] = []
    quotes: list[Quote] = []
    by_words: dict[tuple[int, int], Speaker] = {}  # the same words name the same speaker for each of their verbs
    for number, draft in enumerate(drafts, start=1):
        draft.content, *draft.continuation = sorted([draft.content, *draft.continuation])
        channel = draft.channel or _channel(draft)
        words = (draft.subject[0].i, draft.subject[-1].i) if draft.subject and not (draft.turn or draft.inherited) else None
        speaker = by_words.get(words) if words else None
        if speaker is None and draft.inherited and (earlier := _quoted_before(text, draft.content, quotes)) is not None:
            speaker = earlier.speaker.model_copy(update={"via": "inherited"})  # the words of a quote before, quoted again
        if speaker is None and draft.inherited and history and _out_of_reach(text, history[-1].end, draft.content[0]):
            speaker = Speaker(resolved=False, via="unresolved")
        if speaker is None:
            speaker = _speaker(draft, mentions, history, drafts[number:], quoted, offices, author)
        entity = next((e for e in entities if e.id == speaker.entity), None)
        if speaker.via == "pronoun" and entity is not None and not speaker.joint and draft.subject:
            speaker = speaker.model_copy(update={"joint": _named_beside(_head(draft.subject), draft.subject, entity, mentions)})  # 'She and Tlaib'
        if words is not None:
            by_words.setdefault(words, speaker)
        said_on, said_on_span = _said_on(draft, timex_at)
        cue, negated = _qualified(draft.cue, draft.verb)
        negated = negated or _no_one(draft)
        label = entity.label if entity else None
        people = _people(draft)
        person = label == "PERSON" or people == "one"
        pronoun = _head(draft.subject).lower_ if draft.subject else ""
        sex = (_sex(entity, text) if entity else None) or _PRONOUN_SEX.get(pronoun)  # an unnamed 'she' is no later 'he'
        joint = bool(speaker.joint)
        history.append(
            _Resolved(
                speaker.entity, label, channel, draft.content[1], speaker.refers_to or speaker.span, person, people == "many" or joint, sex, speaker.joint,
                sorted(m.start for m in entity.mentions) if entity else [], speaker.via == "representative",
            )
        )
        confidence = min(_CONFIDENCE[speaker.via], draft.certainty) - (0.1 if draft.cue is None and not draft.inherited else 0.0)
        act = draft.act or ("belief" if draft.cue_lemma and draft.cue_lemma.split()[0] in belief_verbs() else "speech")
        quotes.append(
            Quote(
                id=f"Q{number}",
                kind=draft.kind,
                act=act,
                content=Span(start=draft.content[0], end=draft.content[1]),
                continuation=[Span(start=s, end=e) for s, e in draft.continuation],
                cue=Span(start=cue[0], end=cue[1]) if cue else None,
                cue_lemma=draft.cue_lemma,
                negated=negated,
                speaker=speaker,
                said_on=said_on,
                said_on_span=said_on_span,
                channel=channel,
                inherited=draft.inherited,
                confidence=round(max(confidence, 0.0), 2),
            )
        )
    return quotes


def _quoted_before(text: str, content: tuple[int, int], quotes: list[Quote]) -> Quote | None:
    """The last quote before whose words hold all the words of a quote with no cue of its own, at least
    ``_REQUOTED_MIN_WORDS`` of them: the outlet quoting them again ('President Trump issued a statement claiming
    that “Ramadan reminds us of the richness …”' and, lines later, '“the richness Muslims add …”')."""
    words = _word_run(text[content[0] : content[1]])
    if words.count(" ") + 1 < _REQUOTED_MIN_WORDS:
        return None
    return next((q for q in reversed(quotes) if q.speaker.resolved and f" {words} " in f" {_word_run(text[q.content.start : q.content.end])} "), None)


def _word_run(words: str) -> str:
    """Words alone, in lower case, one space between them: what two quotations of the same words share."""
    return " ".join(re.findall(r"\w+", words.casefold()))


#: Fewer words than this, quoted again, may be anyone's ('the deal').
_REQUOTED_MIN_WORDS = 4


def _out_of_reach(text: str, end: int, start: int) -> bool:
    """Whether a heading or a long stretch of the outlet's own text stands between a quote with no cue of
    its own and the quote before, so that the speaker of that one is not its speaker: a newsletter's items,
    each an excerpt of another outlet's story under a headline in capitals ('UN: PEACEKEEPERS PAYING
    13-YEAR-OLDS FOR SEX “The United Nations …”'); a quote 12 lines after Viktor Orban's words, Jean-Claude
    Juncker's."""
    if start - end > _INHERITED_REACH:
        return True
    lines = text[end:start].split("\n")
    return any(_HEADING.fullmatch(line.strip()) for line in lines[1:-1]) or len(lines) > 1 and bool(_CAPITALS.fullmatch(lines[-1].strip()))


#: How many characters of the outlet's own text may lie between a quote with no cue of its own and the
#: quote before whose speaker it goes on with: about a paragraph.
_INHERITED_REACH = 600
#: A line that heads what follows: words in capitals, or a few words with no closing punctuation; before
#: a quote on its own line, only capitals ('And he went on “…”' is a sentence).
_CAPITALS = re.compile(r"(?=.*[A-Z])[^a-z\n]{4,}")
_HEADING = re.compile(rf"{_CAPITALS.pattern}|[A-Z][^.!?:;,\n“”\"]{{0,60}}[A-Za-z]")


def _joint(head: Token, words: list[Token], first: Entity, mentions: _MentionsAt) -> list[str]:
    """The others a speaker's words name beside the first, coordinated with it by 'and': 'Nancy Pelosi and
    Chuck Schumer', 'The Congressional Black Caucus and Sen. Chuck Schumer'. Not the parts of one name ('US
    Customs and Border Protection', 'Border Patrol San Diego'), nor a list the parse made of an apposition
    ('the Prefect, Cardinal Re'), nor a name outside the words or where the first name is not their head."""
    own = _mention_in([head], mentions)
    if own is None or own[0].id != first.id:
        return []
    return _named_beside(head, words, first, mentions)


def _named_beside(head: Token, words: list[Token], first: Entity, mentions: _MentionsAt) -> list[str]:
    """The others coordinated with the head of a speaker's words by 'and', which stands for ``first``: a
    name ('Nancy Pelosi and Chuck Schumer') or a pronoun resolved to it ('She and Jack Goldsmith'); or by
    commas alone, as headlines list names of one kind ('US, Japan, South Korea condemn …')."""
    inside = {t.i for t in words}
    if (before := _name_listed_before(head, first, mentions)) is not None:
        return [before]  # 'Thailand, Cambodia agree to ceasefire': the parse hung the first name on the verb
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in words) and not _listed_alike(head, first, mentions):
        return []
    others: list[str] = []
    for conjunct in head.conjuncts:
        found = _mention_in([conjunct], mentions)
        if conjunct.i not in inside or found is None or found[0].label not in _SPEAKING_LABELS or found[0].id in (first.id, *others):
            continue
        before = conjunct.doc[_mention_start(conjunct, found[0]) - 1]
        if before.dep_ == "compound" and before.head == conjunct and before.pos_ == "PROPN" and not (_by_role(before) or before.lower_.rstrip(".") in honorifics()):
            continue  # 'Border Patrol San Diego': the place ends another name
        others.append(found[0].id)
    return others


def _name_listed_before(head: Token, first: Entity, mentions: _MentionsAt) -> str | None:
    """The name of the same kind a headline opens with, a comma before the speaker's name, which the parse hung on
    the verb ('Thailand, Cambodia agree …', 'Modi, Xi agree …'): the entity of the other who speaks with the speaker."""
    doc, start = head.doc, head.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    name, sentence = doc[start - 2], head.sent
    if sentence.start != 0 or not _ends_unstopped(sentence) or name.i != sentence.start or name.head != head.head:
        return None  # a headline's first words
    found = _mention_in([name], mentions)
    return found[0].id if found is not None and found[0].label == first.label and found[0].id != first.id else None


def _listed_alike(head: Token, first: Entity, mentions: _MentionsAt) -> bool:
    """Whether commas alone list names of the kind of ``first`` after the head: 'US, Japan, South Korea'."""
    listed = head.conjuncts
    found = [_mention_in([c], mentions) for c in listed]
    commas = all(head.doc[c.left_edge.i - 1].text == "," for c in listed)
    return bool(listed) and commas and all(f is not None and f[0].label == first.label for f in found)


def _mention_start(token: Token, entity: Entity) -> int:
    """Index of the first token of the entity's mention that holds the token."""
    mention = next(m for m in entity.mentions if m.start <= token.idx < m.end)
    span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.start if span is not None else token.i


def _qualified(cue: tuple[int, int] | None, verb: Token | None) -> tuple[tuple[int, int] | None, bool]:
    """The cue, widened over the words before its verb that change what a reader takes from it, and whether
    they negate it: a negation or a modal with the auxiliaries and adverbs around it ('did not mention', 'has
    never said', 'could argue'), or a refusal or negated wish it depends on ('refused to say', 'did not want
    to say'). Other auxiliaries stay out: 'has also said' is 'said'."""
    if cue is None or verb is None or verb.idx != cue[0] or verb.lower_ == "according":
        return cue, False
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i]
    if verb.dep_ == "xcomp" and head.i < verb.i and all(t.head == verb and t.tag_ == "TO" for t in between):
        first, negated, _ = _qualifiers(head)
        lemma = head.lemma_.lower()
        if lemma in _REFUSALS and not negated or lemma in _WISHES and negated:  # 'cannot fail to note' was noted
            return (first.idx, cue[1]), True
    first, negated, modal = _qualifiers(verb)
    return ((first.idx, cue[1]), negated) if negated or modal else (cue, False)


def _qualifiers(verb: Token) -> tuple[Token, bool, bool]:
    """The first of the auxiliaries, negations and adverbs right before the verb, and whether they hold a
    negation and a modal."""
    first, negated, modal = verb, False, False
    while first.i > 0:
        before = verb.doc[first.i - 1]
        if before.head != verb or not (before.dep_ in ("aux", "auxpass", "neg") or before.dep_ == "advmod" and before.tag_ == "RB"):
            break
        if before.text == "May":  # Theresa May, whom the parse may take for a modal
            break
        first, negated, modal = before, negated or before.dep_ == "neg", modal or before.tag_ == "MD"
    return first, negated, modal


def _no_one(draft: _Draft) -> bool:
    """Whether the subject says no one said it: 'Nobody claimed', 'No official said', 'Neither candidate
    mentioned'; not 'No doubt the mayor would blame …', where the parse ran the adverb into the subject."""
    words = [t.lower_ for t in draft.subject[:2]] if draft.subject and not (draft.turn or draft.inherited) else []
    return bool(words) and words[0] in _NO_ONE and words != ["no", "doubt"]


#: First words of a subject that says no one said it.
_NO_ONE = frozenset({"no", "nobody", "none", "neither", "nor"})
#: Verbs whose complement was not done: 'refused to say', 'declined to name', 'failed to mention'.
_REFUSALS = frozenset({"refuse", "decline", "fail", "avoid"})
#: Verbs whose complement was not done when they are negated: 'did not want to say'; 'weren't authorized to
#: disclose' and 'don't hesitate to report' were said.
_WISHES = frozenset({"want", "wish", "intend", "plan", "care"})


def _speaker(
    draft: _Draft,
    mentions: _MentionsAt,
    history: list[_Resolved],
    later: list[_Draft],
    quoted: Callable[[int], bool],
    offices: list[_Office],
    author: Author | None,
) -> Speaker:
    if draft.turn:
        start, end = draft.label or (draft.subject[0].idx, draft.subject[-1].idx + len(draft.subject[-1].text))
        label = Span(start=start, end=end)
        return Speaker(span=label, entity=draft.named, resolved=draft.named is not None, via="named" if draft.named else "unresolved")
    if draft.inherited:
        previous = history[-1] if history and history[-1].entity else None
        if previous is None:
            return Speaker(resolved=False, via="unresolved")
        return Speaker(span=previous.span, entity=previous.entity, resolved=True, via="inherited")
    if not draft.subject:
        return Speaker(resolved=False, via="unnamed" if draft.unnamed else "unresolved")
    words = _without_a_dangling_end(draft.subject)
    span = Span(start=words[0].idx, end=words[-1].idx + len(words[-1].text))
    head = _head(words)
    if _dummy_it(head):
        return Speaker(resolved=False, via="unnamed")  # 'It is also important to note that …': the words have no holder
    named = _mention_in([head], mentions) or _mention_in(words, mentions)
    if (acronym := _acronym_in_brackets(words, mentions)) is not None:
        return Speaker(span=span, entity=acronym.id, resolved=True, via="named")  # 'The United Nations agency for Palestinian refugees (UNRWA) said'
    if head.lemma_.lower() in _BODY_NOUNS | {"party"} and (body := _body_named_on(head, mentions)) is not None:
        return Speaker(span=span, entity=body[0].id, resolved=True, via="named", variant=body[1])  # "Jacob Zuma's new MK party"
    if named is not None and head.text == "Office" and (holder := _holder_of_the_office_named(head, offices)) is not None:
        return Speaker(span=span, entity=holder, resolved=True, via="representative")  # "The Prime Minister's Office said", a body whose holder the text names
    if named is not None and named[0].label != "PERSON" and _by_role(head) and (person := _person_named_after_role(head, words, mentions)):
        return Speaker(span=span, entity=person.id, resolved=True, via="named")  # 'Former UKIP leader and MEP Nigel Farage'
    state = _state_of_its_people(head, named[0], mentions) if named is not None and named[0].label == "NORP" else None
    if named is not None and named[0].label in _PLACE_LABELS and _mention_in([head], mentions) is None and (
        _by_role(head) or named[0].label != "NORP" and head.lemma_.lower() not in _STATE_BODIES and not _armed_force_of(head, named[0])
    ):
        place, named = named[0], None  # "Ireland's agriculture minister", "officials at Guantanamo", "the UK's central bank": not the place
        people = [found for c in head.lefts if c.dep_ in ("amod", "compound") for found in mentions.get(c.idx, ()) if found[0].label == "NORP"]
        if people and place.label != "NORP" and head.tag_ == "NNS":
            named = people[0]  # "Yemen's Houthi rebels": the people the group is of, in the place
    people_words = [t for t in words if named is not None and any(e.id == named[0].id for e, _ in mentions.get(t.idx, []))]
    if named is not None and named[0].label == "NORP" and (_describes_a_thing(head, people_words) or any(_before_a_participle(t) for t in people_words)):
        named = None  # 'The Indonesian carrier', 'the Catholic Encyclopedia': what a nationality or a faith describes is not its people; 'the American-born pope'
    if (
        named is not None and named[0].label == "NORP" and words[0].lower_ in _DEFINITE and head.tag_ in ("NN", "NNP") and head.lemma_.lower() not in channels()
        and not head.lower_.endswith("s") and not (state is not None and head.lemma_.lower() in _STATE_BODIES)  # 'the French foreign ministry' is France's
    ):
        # 'the Democrat said': one person the text called by a party or a nationality, not the group ('The Houthis',
        # which the tagger may read as singular)
        person = _person_just_before(head, mentions, quoted)
        return Speaker(span=span, entity=person, resolved=person is not None, via="role" if person else "unresolved")
    if named is not None and head.pos_ in ("PROPN", "NOUN") and (head.pos_ == "PROPN" or head.ent_type_ in _NAME_TYPES) and (
        _mention_in([head], mentions) is not None or named[0].label in _SPEAKING_LABELS
        and not ((_by_role(head) or head.lower_ in _NAMED_AGAIN_BY) and _names_its_owner(head, named[0], mentions))
        and not _leads_the_opposition_in(head, named[0])
    ):  # 'New Audio From The Night Of The Las Vegas Massacre reveals': the audio, not the massacre; 'A Labour MP': not Labour itself
        entity, variant = named
        return Speaker(span=span, entity=entity.id, resolved=True, via="named", variant=variant, joint=_joint(head, words, entity, mentions))
    lowered = _pronoun_of_a_style(head) or head.lower_  # 'His Eminence said': he
    if (lowered == "i" or _let_me(head)) and author is not None and not quoted(head.idx):  # the writer's own 'I think', 'let me say'
        return Speaker(span=span, entity=author.entity, resolved=True, via="author")
    if lowered in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        return _relative(span, head, head.head.head, mentions)
    if lowered in _PRONOUNS_PERSON and (
        (person := _person_of_the_governing_clause(head, mentions)) is not None or (person := _owner_of_the_thing_described(head, mentions)) is not None
    ):
        return Speaker(span=span, entity=person, resolved=True, via="pronoun")  # 'did not believe Koresh when he said …'
    if lowered == "it" and (body := _actor_on_the_thing_described(head, mentions)) is not None:
        return Speaker(span=span, entity=body, resolved=True, via="pronoun")  # 'the North tested its new missile, which it called …'
    if head.tag_ == "PRP$" and lowered in _PRONOUNS_PERSON and (person := _owner_named_before(head, mentions, quoted)) is not None:
        return Speaker(span=span, entity=person, resolved=True, via="pronoun")  # 'David Cameron, who …, as his decision to …'
    if lowered == "they" and (together := _people_of_the_governing_clause(head, mentions)):
        return Speaker(span=span, entity=together[0], resolved=True, via="pronoun", joint=together[1:])
    if lowered in _PRONOUNS_PERSON or lowered in _PRONOUNS_THING:
        want_person = lowered in _PRONOUNS_PERSON
        group = lowered in ("they", "their")
        previous = next(
            (
                p for p in reversed(history)
                if (
                    p.person and _agrees(p.sex, lowered) and _within_reach(p, head.idx, _PERSON_REACH) if want_person
                    else (p.entity and _a_thing_for(p.label, lowered) or group and p.group) and _within_reach(p, head.idx, _THING_REACH)
                )
            ),
            None,
        )
        crowd = _unnamed_group_subject(head, mentions, quoted) if group else None
        if crowd is not None and (previous is None or previous.span is None or previous.span.start != crowd.start):
            return Speaker(span=span, resolved=False, via="pronoun", refers_to=crowd)  # 'allies are frustrated … when they would prefer'
        subject = None if previous is not None and draft.cue_lemma in _GOING_ON else _recent_subject(head, mentions, want_person, quoted, offices)
        if subject is not None and (previous is None or previous.span is None or subject[1] > previous.span.start):
            return Speaker(span=span, entity=subject[0], resolved=True, via="pronoun")
        if previous is not None and previous.entity:  # 'they' after 'Pelosi and Schumer said' is both
            return Speaker(span=span, entity=previous.entity, resolved=True, via="pronoun", joint=previous.joint if group else [])
        if previous is not None and (want_person or group) and previous.span is not None:  # someone the text never named
            return Speaker(span=span, resolved=False, via="pronoun", refers_to=previous.span)
        return Speaker(span=span, resolved=False, via="unresolved")
    if head.lemma_.lower() in channels():
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            found = _mention_in(list(owner.subtree), mentions)
            return Speaker(span=span, entity=found[0].id if found else None, resolved=bool(found), via="document")
        if named is not None and _names_its_owner(head, named[0], mentions):  # 'a Breitbart report by Allum Bokhari'
            return Speaker(span=span, entity=named[0].id, resolved=True, via="document")
        if by := _put_out_by(head) or _objects_of(head, "from") or _objects_of(head, "by"):  # 'a statement issued by the Iraqi army',
            # 'from his office', 'by his Special Adviser …, Bayo Onanuga': its words, not an earlier statement's body
            found = _mention_in([by[0]], mentions) or _named_in_apposition(by[0], mentions)  # the name itself, not a word on it ('the Iraqi army in Baghdad')
            if found is not None and found[0].label in ("GPE", "LOC") and head.lemma_.lower() in _STUDIES:
                found = None  # a place is where a report comes from, not who wrote it ('the report from Belgium'); a statement from the Vatican is its
            person = None if found else _person_owning(by[0], mentions, history, quoted, offices)  # 'a statement from his office'
            entity = found[0].id if found else person.id if person else None
            if entity is None and any(c.lower_ == "the" for c in by[0].children):
                entity = _body_speaking_again(by[0], history)  # 'A statement from the army' after 'The Lebanese army said'
            return Speaker(span=span, entity=entity, resolved=entity is not None, via="document" if entity else "unresolved")
        if (sender := _sender_of_the_work(head, mentions)) is not None:
            return Speaker(span=span, entity=sender, resolved=True, via="document")  # 'Sheinbaum responded with a letter warning …'
        for previous in reversed(history):
            if previous.entity and previous.channel == head.lemma_.lower():
                return Speaker(span=span, entity=previous.entity, resolved=True, via="document")
        if words[0].lower_ in _DEFINITE and (issuer := _issuer_before(head, mentions)) is not None:
            return Speaker(span=span, entity=issuer, resolved=True, via="document")  # 'released a press statement … the statement said'
        if words[0].lower_ in _DEFINITE and head.lemma_.lower() in _STUDIES and (owner := _the_one_owner(head, mentions)) is not None:
            return Speaker(span=span, entity=owner, resolved=True, via="document")  # 'the report' of a story naming 'the Guardian report'
        for previous in reversed(history):
            if previous.entity and previous.label == "PERSON":
                break  # a person spoke since: 'the statement' may be of the talks they held, not the last body's
            if previous.entity:
                return Speaker(span=span, entity=previous.entity, resolved=True, via="document")
        return Speaker(span=span, resolved=False, via="unresolved")
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i <= words[-1].i and not _object_misread_as_apposition(head, c)), None)
    if appos is not None and (found := _mention_in(list(appos.subtree), mentions)) and found[0].label == "PERSON":
        joint = _joint(appos, list(appos.subtree), found[0], mentions)  # "The book's authors, Luke Harding and David Leigh"
        return Speaker(span=span, entity=found[0].id, resolved=True, via="apposition", joint=joint)
    # one person named by role ('the secretary general of the Badr Organization'): the holder of the office
    # the text gave someone, the speaker the next sentence names, or the one person the text just named
    if (pair := _the_two_sides(head, words, history, mentions, quoted)) is not None:
        return Speaker(span=span, entity=pair[0], resolved=True, via="role", joint=[pair[1]])  # 'Both sides agreed …' after Xi's and Macron's words
    if words[0].lower_ in ("a", "an") and _by_role(head) and (person := _titled_next(head, mentions)) is not None:
        return Speaker(span=span, entity=person, resolved=True, via="role")  # 'a foreign ministry spokesperson said …'
    if len(words) == 2 and words[0].lower_ in ("a", "an") and head.lower_ in _SPOKESPEOPLE and words[0].i == head.sent.start and (
        body := _body_just_quoted(head, history)
    ) is not None:
        return Speaker(span=span, entity=body, resolved=True, via="representative")  # 'The US State Department rejected … A spokesperson said'
    if len(words) == 3 and words[0].lower_ in ("a", "an") and head.lower_ in _SPOKESPEOPLE and words[1].dep_ == "compound" and words[1].is_lower and (
        body := _body_named_before(words[1], mentions)
    ):
        return Speaker(span=span, entity=body, resolved=True, via="representative")  # 'a ministry spokesperson' after 'the Foreign Ministry said'
    if words[0].lower_ in _DEFINITE and head.tag_ == "NNS" and (_by_role(head) or head.lemma_.lower() in _STATES) and history and history[-1].joint and history[-1].entity:
        together = history[-1]  # 'Pelosi and Schumer said … “…,” the leaders said'; 'the three countries said'
        count = next((c for c in head.children if c.dep_ == "nummod"), None)
        if count is None or NUMBERS.get(count.lower_, count.text) in (1 + len(together.joint), str(1 + len(together.joint))):
            return Speaker(span=span, entity=together.entity, resolved=True, via="role", joint=together.joint)
    if _one_by_role(head, words):
        where = _places(words)
        if (holder := _office_holder(head, words, offices)) is not None:  # 'the Vermont senator said', after 'Sen. Bernie Sanders'
            return Speaker(span=span, entity=holder, resolved=True, via="role")
        if (person := _last_speaker_described(head, words, history, mentions, quoted, offices)) is not None:
            return Speaker(span=span, entity=person, resolved=True, via="role")
        sentence = head.sent
        headline = _a_headline_s_subject(words)  # 'Indian PM slams …' above 'Prime Minister Narendra Modi said'
        for following in later[:3] if not where or headline else ():  # or the person the next sentence introduces as its speaker
            if not following.subject or not _next_sentence(sentence, following.subject[0].sent):
                continue
            person = _person_introduced(following.subject, span.start, mentions)
            role = _role_of(head, head.lemma_.lower())
            if person is not None and (where or _holds_another_office(person.id, role, offices)) and not _given_the_office(person.id, role, offices):
                continue  # 'Sheriff has said …' above 'Judge Elissa Cadish allowed …': a judge is no sheriff
            if person is not None and min(m.start for m in person.mentions) > span.start and _may_be_the_head(head, person.id, offices):
                if _role_written_before_for_another(head, words[0].i, mentions):
                    break
                return Speaker(span=span, entity=person.id, resolved=True, via="role")
        if (person := _person_named_again(head, words, mentions, quoted, offices)) is not None:
            return Speaker(span=span, entity=person, resolved=True, via="role")
        if (person := _last_speaker_described(head, words, history, mentions, quoted, offices)) is not None:
            return Speaker(span=span, entity=person, resolved=True, via="role")
        if head.sent.start == 0 and (person := _the_one_holder_later(head, words, offices)) is not None:
            return Speaker(span=span, entity=person, resolved=True, via="role")  # '“…,” says Ukraine's defence minister' above 'Defence Minister Rustem Umerov'
    if head.pos_ == "NOUN" and (person := _named_by_a_second_role(head, mentions)) is not None:
        return Speaker(span=span, entity=person.id, resolved=True, via="named")  # "Clinton's pollster and strategist Joel Benenson"
    if named is not None and named[0].label in _SPEAKING_LABELS and (
        (itself := _mention_in([head], mentions) is not None)
        or (_by_role(head) or _names_its_owner(head, named[0], mentions) or _sources_inside(head)) and _speaks_for(head, named[0], words, mentions)
    ):
        entity, variant = named
        person = None if itself else _person_named_after_role(head, words, mentions)
        if itself or (person is not None and person.id == entity.id and head.lemma_.lower() not in _SPOKESPEOPLE):
            joint = _joint(head, words, entity, mentions) if itself else []
            return Speaker(span=span, entity=entity.id, resolved=True, via="named", variant=variant, joint=joint)
        if words[0].lower_ in _DEFINITE and head.tag_ == "NN" and _by_role(head) and (last := _last_speaker_of(entity, history)) is not None:
            return Speaker(span=span, entity=last, resolved=True, via="role")  # 'The Kremlin official noted' after 'Kremlin Spokesman Dmitry Peskov told'
        return Speaker(span=span, entity=entity.id, resolved=True, via=_speaking_for(head, entity), variant=variant)
    owned = named is None or named[0].label in _PLACE_LABELS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
    if owned and (head.pos_ == "NOUN" or head.text == "Office") and (owner := _person_owning(head, mentions, history, quoted, offices)) is not None:
        if _speaks_for(head, owner, words, mentions):  # 'His campaign said', 'her spokeswoman', 'his office in Najaf'; not 'his lawyer'
            return Speaker(span=span, entity=owner.id, resolved=True, via=_speaking_for(head, owner))
    if named is None and (_by_role(head) or head.lemma_.lower() in _PLACE_S_BODIES) and (place := _place_called_so(head, mentions)) is not None:
        return Speaker(span=span, entity=place.id, resolved=True, via=_speaking_for(head, place))  # "the enclave's health ministry"
    if named is None and words[0].lower_ in _DEFINITE and head.lemma_.lower() in _PRESS and (
        outlet := _outlet_named_before(head, mentions, {r.entity for r in history if r.entity})
    ):
        return Speaker(span=span, entity=outlet, resolved=True, via="role")  # 'The newspaper added' after 'the Guardian reported'
    capitalised = head.tag_ == "NNP" and head.is_title and len(words) == 2  # 'The Ministry called on' after 'The Foreign and Expatriates Ministry'
    if named is None and state is None and words[0].lower_ in _DEFINITE and head.tag_ == "NN" and (again := _body_speaking_again(head, history)) is not None:
        work = head.lemma_.lower() in _WORKS | _PAPERS  # 'The editorial' after 'a Wall Street Journal editorial': its document
        return Speaker(span=span, entity=again, resolved=True, via="document" if work else "role")  # 'the air force said' after "Ukraine's air force said"
    common = head.tag_ in ("NN", "NNS") or head.tag_ == "NNP" and head.is_lower  # 'The West African bloc', tagged a proper noun; 'the armed forces'
    if named is None and words[0].lower_ in _DEFINITE and (common or capitalised) and (body := _body_named_before(head, mentions)) is not None:
        return Speaker(span=span, entity=body, resolved=True, via="role")  # 'The agency said' after '… Cooperation Agency'
    if state is not None:  # 'the Iraqi government', 'Iranian officials' where the text names Iran and no one holds the role
        return Speaker(span=span, entity=state.id, resolved=True, via=_speaking_for(head, state))
    if named is None and len(words) == 2 and words[0].lower_ == "the" and head.lemma_.lower() in _NATIONAL_BODIES and (country := _the_one_country(mentions)):
        return Speaker(span=span, entity=country.id, resolved=True, via="role")  # 'the government' of a story about Sweden
    if head.lower_ == "police" and words[-1] == head and (force := _the_one_police([w.lower_ for w in words[:-1] if w.lower_ != "the"], mentions)):
        return Speaker(span=span, entity=force.id, resolved=True, via="role")  # 'Police said' where the text names the Dallas Police Department
    described = _described_by_one_word(words)  # 'The Palestinian group said', 'the Iran-backed group said'
    if named is None and (len(words) == 2 or described) and words[0].lower_ == "the" and head.tag_ == "NN" and head.lemma_.lower() in _BODY_NOUNS and (
        body := _body_as_subject_before(head, mentions, quoted, described)
        or (_the_one_body_so_called(head, mentions) if described else _body_quoted_last(head, history, mentions))
    ):
        return Speaker(span=span, entity=body, resolved=True, via="role")  # 'MGM said it was confident … The company also disputed'
    if named is None and words[0].lower_ in _DEFINITE and head.lemma_.lower() in _STUDIES and (owner := _the_one_owner(head, mentions)) is not None:
        return Speaker(span=span, entity=owner, resolved=True, via="document")  # 'The poll also shows' after 'The PPIC poll shows'
    if named is None and len(words) == 2 and words[0].lower_ in _DEFINITE and head.lemma_.lower() in _CAMPAIGNS and (owner := _the_one_owner(head, mentions)) is not None:
        return Speaker(span=span, entity=owner, resolved=True, via="representative")  # 'The campaign said' where the text names 'the Clinton campaign' alone
    if named is None and words[0].lower_ == "the" and (earlier := _unnamed_speaker_again(head, history)) is not None:
        return Speaker(span=span, resolved=False, via="role", refers_to=earlier)  # 'The source added' after 'A military source told SANA'
    return Speaker(span=span, resolved=False, via="unresolved")


def _unnamed_speaker_again(head: Token, history: list[_Resolved]) -> Span | None:
    """The words of the last speaker, a person the text left unnamed, brought in by 'a' and the same noun ('A military
    source told SANA …'), whom 'the source' then names again, where no one else spoke since."""
    if not history or history[-1].entity or history[-1].span is None or head.lemma_.lower() not in person_roles() | _UNNAMED_PEOPLE:
        return None
    earlier = head.doc.char_span(history[-1].span.start, history[-1].span.end, alignment_mode="expand")
    if earlier is None or earlier[0].lower_ not in ("a", "an") or earlier.root.lemma_.lower() != head.lemma_.lower():
        return None
    return history[-1].span


#: Nouns for a person whom a text does not name, which 'the' names again: 'A military source told …', 'The source added'.
_UNNAMED_PEOPLE = frozenset({"source", "person", "individual", "witness", "resident", "man", "woman", "insider"})


#: A candidate's organisation, which 'the' alone names again where the text names one candidate's: 'the Clinton campaign'.
_CAMPAIGNS = frozenset({"campaign", "camp"})
#: Nouns 'the' alone names an organisation again by: 'the group said', 'The company also disputed'.
_BODY_NOUNS = frozenset(
    {"group", "company", "organization", "organisation", "firm", "association", "coalition", "movement", "network", "charity",
     "foundation", "institute", "alliance", "militia", "corporation", "conglomerate", "nonprofit", "outfit", "agency"}
)


def _the_one_body_so_called(head: Token, mentions: _MentionsAt) -> str | None:
    """The one organisation the text named before with the same noun ('Lebanon's Hezbollah group said …', then
    'the Iran-backed group said' after another speaker)."""
    lemma = head.lemma_.lower()
    bodies = {
        e.id for t in head.doc[: head.i] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
        for owner in _owner_words(t) for e, _ in mentions.get(owner.idx, ()) if e.label == "ORG"
    }
    return next(iter(bodies)) if len(bodies) == 1 else None


def _described_by_one_word(words: list[Token]) -> bool:
    """'The Palestinian group', 'the Iran-backed group': an article, one adjective (or one made of a name and a
    participle) and the noun; not 'the rival group'."""
    if len(words) < 3:
        return False
    adjective = words[-2] if words[-2].head == words[-1] else words[-2].head
    return adjective.dep_ == "amod" and adjective.head == words[-1] and list(adjective.subtree) == words[1:-1] and adjective.lower_ not in _ANOTHER_BODY


def _body_quoted_last(head: Token, history: list[_Resolved], mentions: _MentionsAt) -> str | None:
    """The organisation whose words came last, in the sentence before or earlier in this one, with no other
    organisation named since: 'according to new figures released by CBP. … , the agency said'; not one
    whose name ends on another body's word ('The network said' after the '… Cooperation Agency')."""
    body = _body_just_quoted(head, history, represented=True)
    if body is None or history[-1].label != "ORG":
        return None
    text = doc_text(head.doc)
    entity = next((e for found in mentions.values() for e, _ in found if e.id == body), None)
    if entity is not None and any(text[m.start : m.end].split()[-1].lower() in _BODY_NOUNS - {head.lower_} for m in entity.mentions):
        return None
    since = head.doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
    between = (e for t in head.doc[since : head.i] if t.idx >= history[-1].end for e, _ in mentions.get(t.idx, ()))
    return None if any(e.label == "ORG" and e.id != body for e in between) else body


#: What a text calls states it has named together: 'the three countries said'.
_STATES = frozenset({"country", "nation", "government", "state", "ally"})
#: Words that make 'the … group' another body than the one named before: 'the rival group'.
_ANOTHER_BODY = frozenset({"rival", "other", "opposing", "parent", "new", "former", "smaller", "larger", "bigger", "second"})


def _body_as_subject_before(head: Token, mentions: _MentionsAt, quoted: Callable[[int], bool], described: bool = False) -> str | None:
    """The organisation named as the main subject earlier in the sentence or of the sentence before
    ('The Diocesan Working Group … is rejoicing. The group says …'), which 'the group' names again when no
    other organisation is named between. A group ``described`` by a word ('The Palestinian group said' after
    'Hamas … said') is one whose name is a word or ends in a word for a body ('the Muslim Brotherhood' is no
    'Islamist group' of the Defence Ministry's)."""
    sentence = head.sent
    candidates = [t for t in sentence if t.i < head.i and _main_subject(t) and not quoted(t.idx)]
    start = sentence.start
    while not candidates and start > 0:
        before = head.doc[start - 1].sent
        start = before.start
        if any(t.is_alpha for t in before):  # the sentence before, past blank lines
            candidates = [t for t in before if _main_subject(t) and not quoted(t.idx)]
            break
    subject, found = next(((t, f) for t in reversed(candidates) if (f := _named_or_owner(t, mentions)) is not None), (None, None))
    if subject is None or found is None or found[0].label != "ORG":
        return None
    names = (doc_text(head.doc)[m.start : m.end].split() for m in found[0].mentions)
    if described and not all(len(words) == 1 or _head_of_name(words) in _BODY_NOUNS for words in names):
        return None
    between = (e for t in head.doc[subject.i + 1 : head.i] for e, _ in mentions.get(t.idx, ()))
    return None if any(e.label == "ORG" and e.id != found[0].id for e in between) else found[0].id  # 'The Dow … by a drop in Exxon Mobil. The company


def _named_or_owner(subject: Token, mentions: _MentionsAt) -> tuple[Entity, bool] | None:
    """The entity a subject names, or the organisation owning it: 'Google' of 'Google's vice president, Dan
    Taylor, said', whom 'The company said' then names again."""
    found = _mention_in([subject], mentions)
    if found is not None and found[0].label == "ORG":
        return found
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    owned = _mention_in(list(owner.subtree), mentions) if owner is not None else None
    return owned if owned is not None and owned[0].label == "ORG" else found


#: The bodies 'the' alone names as the country's own in a story about one country: 'the government said'.
_NATIONAL_BODIES = frozenset({"government", "administration", "regime"})


def _the_one_country(mentions: _MentionsAt) -> Entity | None:
    """The country of a story that names one, and no other country nor a US state (whose government 'the
    government' might as well be)."""
    states = [e for e in _named(mentions, "GPE") if gazetteer().is_state(e.canonical)]
    return states[0] if len(states) == 1 and gazetteer().is_country(states[0].canonical) else None


def _place_called_so(head: Token, mentions: _MentionsAt) -> Entity | None:
    """The place last named before a body or a role whose owner is 'the enclave', 'the territory' or 'the country'
    ("Israeli strikes killed 38 people in Gaza, the enclave's health ministry said"; 'the country' is a country)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None or owner.lemma_.lower() not in _PLACES_CALLED_SO or not any(c.lower_ == "the" for c in owner.children):
        return None
    country = owner.lemma_.lower() in _COUNTRIES_CALLED_SO
    before = [
        (start, entity) for start, named in mentions.items() if start < owner.left_edge.idx for entity, _ in named
        if entity.label in ("GPE", "LOC") and (not country or gazetteer().is_country(entity.canonical))
    ]
    return max(before, key=lambda item: item[0])[1] if before else None


#: What a story calls a place it has named: 'the enclave's health ministry', 'the country's foreign ministry'.
_COUNTRIES_CALLED_SO = frozenset({"country", "kingdom", "nation", "republic"})
_PLACES_CALLED_SO = _COUNTRIES_CALLED_SO | {"enclave", "territory", "strip"}


def _the_one_police(place: list[str], mentions: _MentionsAt) -> Entity | None:
    """The police force of a story that names one ('the Westerville Police Department'), and no other, of
    the place the words before 'police' name, if any ('Westerville police')."""
    forces = [
        e for e in _named(mentions, "ORG")
        if len(words := e.canonical.lower().split()) > 1 and _POLICE_WORDS & set(words) and words[: len(place)] == place
    ]
    return forces[0] if len(forces) == 1 else None


#: Words in the name of a police force: 'Dallas Police Department', 'Clark County Sheriff's Office'.
_POLICE_WORDS = frozenset({"police", "sheriff's", "sheriff", "constabulary"})


def _named(mentions: _MentionsAt, label: str) -> list[Entity]:
    """The article's entities of one label, from the mentions by offset."""
    return list({e.id: e for named in mentions.values() for e, _ in named if e.label == label}.values())


def _person_of_the_governing_clause(pronoun: Token, mentions: _MentionsAt) -> str | None:
    """The one person named as subject, object or passive agent of the clause that a speaker pronoun's
    clause hangs on as an adverbial clause ('The FBI did not believe Koresh when he said …': Koresh; 'May's
    misery wasn't helped by Donald Trump when he said …': Trump), when the pronoun may stand for that
    person; also through 'despite the fact that he said …'; not a person named inside another adverbial
    clause ('Asked about Trump, he said …')."""
    governing = _governing_verb(pronoun)
    if governing is None:
        return None
    agents = [g for a in governing.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    named = [c for c in governing.children if c.dep_ in ("nsubj", "dobj")] + agents
    people = {
        found[0].id: found[0]
        for c in named
        if c.i < pronoun.i and (found := _mention_in([c], mentions)) is not None and found[0].label == "PERSON"
    }
    if len(people) != 1:
        return None
    (person,) = people.values()
    return person.id if _agrees(_sex(person, doc_text(pronoun.doc)), pronoun.lower_) else None


#: How far back, in characters, an 'it' or a 'they' takes up a body or a group last named or quoted: about
#: two paragraphs. Past that it is mostly someone the story has moved on to ('as they say now', 'They can
#: see what the priest does' 40 lines after 'Rome said').
_THING_REACH = 1200
#: How far back a 'he' or a 'she' takes up a person last named or quoted: about three paragraphs; a story
#: follows one person longer, but past that it has mostly moved on ('Obama was to give his State of the
#: Union address but he didn't think …' is no Trump quoted 25 lines before).
_PERSON_REACH = 2000


#: Words for the two parties of a meeting or a call: 'both sides', 'the two leaders', 'the two heads of state'.
_PARTIES = frozenset({"side", "leader", "head", "president", "minister", "counterpart"})


def _the_two_sides(
    head: Token, words: list[Token], history: list[_Resolved], mentions: _MentionsAt, quoted: Callable[[int], bool]
) -> tuple[str, str] | None:
    """'Both sides agreed to maintain close communication', 'The two heads of state exchanged views' after the
    words of Xi and of Macron: the two people quoted last, together, when both spoke within reach; or the two
    people its own sentence names before it ('Xi held talks with Lula …, with both sides pledging …')."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in _PARTIES or not any(w.lower_ in ("two", "both") for w in words):
        return None
    people: list[str] = []
    for token in head.doc[head.sent.start : words[0].i]:
        for entity, _ in mentions.get(token.idx, ()):
            if entity.label == "PERSON" and not quoted(token.idx) and entity.id not in people:
                people.append(entity.id)
    if len(people) == 2:
        return people[0], people[1]
    people = []
    for previous in reversed(history):
        if not (previous.person and previous.entity and _within_reach(previous, head.idx, _PERSON_REACH)):
            break
        if previous.entity not in people:
            people.append(previous.entity)
        if len(people) == 2:
            return people[1], people[0]
    return None


def _within_reach(previous: _Resolved, at: int, reach: int) -> bool:
    """Whether the speaker of an earlier quote was quoted or named within ``reach`` characters before ``at``,
    for a pronoun there to take it up."""
    before = bisect.bisect_left(previous.named_at, at)
    last = previous.named_at[before - 1] if before else previous.end
    return at - max(last, previous.end) <= reach


def _people_of_the_governing_clause(pronoun: Token, mentions: _MentionsAt) -> list[str]:
    """The people named together as subject of the clause that a 'they' clause hangs on, the first named
    first ('Katrin Axelsson and Lisa Longstaff summed it up when they wrote …'); none for one person."""
    governing = _governing_verb(pronoun)
    subject = next((c for c in governing.children if c.dep_ == "nsubj"), None) if governing is not None else None
    if subject is None or (found := _mention_in([subject], mentions)) is None or found[0].label != "PERSON":
        return []
    others = _joint(subject, list(subject.subtree), found[0], mentions)
    return [found[0].id, *others] if others else []


def _governing_verb(pronoun: Token) -> Token | None:
    """The verb of the clause that a subject pronoun's clause hangs on as an adverbial clause ('… when he
    said'), also through 'despite the fact that he said'."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    if verb.dep_ == "advcl":
        governing = verb.head
    elif verb.dep_ in ("acl", "ccomp") and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        governing = verb.head.head.head  # 'admitted Sodagar into the country, despite the fact that he has said …'
    else:
        return None
    return governing if governing.pos_ in ("VERB", "AUX") else None


def _owner_of_the_thing_described(pronoun: Token, mentions: _MentionsAt) -> str | None:
    """The person whose speech, letter or book a relative clause describes, when its speaker pronoun may
    stand for them: 'Louis Farrakhan's Saviours' Day address, in which he told …', 'the intervention by Mr
    Creed, in which he warned …'."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    noun = verb.head
    owners = [t for t in noun.subtree if t.dep_ == "poss" and t.i < noun.i]  # 'Louis Farrakhan's Saviours' Day address'
    owners += [agent] if (agent := _agent(noun)) is not None else []
    found = next((f for owner in owners if (f := _mention_in([owner], mentions)) is not None and f[0].label == "PERSON"), None)
    if found is None or not _agrees(_sex(found[0], doc_text(pronoun.doc)), pronoun.lower_):
        return None
    return found[0].id


def _before_a_participle(word: Token) -> bool:
    """Whether a hyphen joins the word to a participle after it: 'American-born', 'Iran-backed', 'Kyiv-based'."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].tag_ == "VBN" and doc[word.i + 2].head.i != word.i


def _actor_on_the_thing_described(pronoun: Token, mentions: _MentionsAt) -> str | None:
    """The body or state that acted on the thing a relative clause describes, for whom its 'it' stands: 'the North
    tested its new Hwasong-19 missile, which it called the "ultimate" version' is North Korea's word."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return None
    actor = _child(verb.head.head, "nsubj")
    found = _mention_in([actor], mentions) if actor is not None else None
    return found[0].id if found is not None and found[0].label in ("ORG", "GPE") else None


def _body_named_before(head: Token, mentions: _MentionsAt) -> str | None:
    """The organisation last named before 'the agency', 'the ministry', 'the committee' whose name ends
    with that word ('the U.S. Defense Security Cooperation Agency', 'the House Armed Services Committee'; an
    agency's with another word for one, 'the World Food Programme') or has it before an 'of' or 'in' ('the
    Ministry of Foreign Affairs', 'the Islamic Resistance in Lebanon'), the army last named before 'the
    military' or 'the army', a group of states called a bloc or an alliance by any of its names ('ECOWAS', then
    'the bloc'), and holds the words before it ('the budget office': the Congressional Budget Office; 'the
    modern world' is not Catholic World); else a body the text described with those words before its name ('the
    paramilitary group' after 'the paramilitary Rapid Support Forces'); not a headline's words in title case
    the NER model took for a name ('Suspect Named By Police')."""
    text, word = doc_text(head.doc), head.lower_
    # 'the budget office'; not 'the modern world'; 'the local party' may be a county's branch of the party named
    modifiers = {  # not a count of members: 'the 15-nation bloc'
        c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and not any(n.dep_ == "nummod" for n in c.children)
    } - _SCOPE_WORDS
    named = []
    for entity in _named(mentions, "ORG"):
        all_words = {w.lower() for m in entity.mentions for w in text[m.start : m.end].split()}
        for mention in entity.mentions:
            words = text[mention.start : mention.end].split()
            named_so = word in (words[-1].lower(), _head_of_name(words)) or word in _ARMED and " ".join(words).lower().endswith(_ARMIES)
            named_so = len(words) > 1 and (named_so or word == "agency" and words[-1].lower() in _AGENCIES_NAMED_OTHERWISE)
            group = word in groups_of_states().get(" ".join(words).lower(), ())  # 'the West African bloc' after ECOWAS
            if (
                mention.end <= head.idx and (named_so or group) and not _TITLE_CASE_WORDS.intersection(words)
                and modifiers <= ({w.lower() for w in words} | (all_words if group else set()))
            ):
                named.append((mention.start, entity.id))
    if not named and word in _GROUPS and modifiers:
        named = _described_so_before(head, modifiers, mentions)
    elif not named and word not in _BODY_NOUNS | _STATE_BODIES and not _by_role(head):  # 'the company' may be any company named
        named = _described_so_before(head, modifiers, mentions, apposition_only=True)  # 'the monitor' after '…, a Britain-based war monitor'
    return max(named)[1] if named else None


def _described_so_before(head: Token, modifiers: set[str], mentions: _MentionsAt, apposition_only: bool = False) -> list[tuple[int, str]]:
    """Bodies named before after the words that describe 'the paramilitary group' ('the paramilitary Rapid Support
    Forces', 'the militant group Hamas') or in an apposition that calls them so ('The Sudanese Doctors Network,
    a medical group that tracks casualties' for 'the medical group'; for 'the monitor' only such an apposition):
    each mention's start and entity id."""
    text = doc_text(head.doc)
    apposition = re.compile(r",\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,%d})%s\b(?=\s*(?:[,.;:)]|that\b|which\b|who\b))" % (_DESCRIBED_WORDS, re.escape(head.lower_)), re.IGNORECASE)

    def described(mention: Span) -> bool:
        before = text[max(0, mention.start - _DESCRIBED_CHARS) : mention.start].split()[-_DESCRIBED_WORDS:]
        after = apposition.match(text, mention.end)
        described_before = not apposition_only and modifiers <= {w.lower() for w in before}
        return described_before or after is not None and modifiers <= set(after.group(1).lower().split())

    return [(mention.start, entity.id) for entity in _named(mentions, "ORG") for mention in entity.mentions if mention.end <= head.idx and described(mention)]


#: A body's kind, which a story calls it by with the words it described it with first: 'the paramilitary group'.
_GROUPS = frozenset({"group", "force", "forces", "militia", "movement", "faction"})
#: How far before a body's name the words that describe it are looked for.
_DESCRIBED_CHARS, _DESCRIBED_WORDS = 60, 4


#: How the names of agencies end that do not call themselves one: 'the World Food Programme', 'the UN
#: Population Fund', 'the World Health Organization', which a story then calls 'the agency'.
_AGENCIES_NAMED_OTHERWISE = frozenset({"programme", "program", "fund", "organization", "organisation"})

#: What a text calls an army it has named ('the military' after 'the Israel Defense Forces'), and how the names of
#: armies and of their commands end; not a paramilitary force's ('Rapid Support Forces').
_ARMED = frozenset({"military", "army"})
_ARMIES = ("defense forces", "defence forces", "armed forces", "army", "military", "chiefs of staff", "general staff")
#: Words after the head of a body's name: 'Ministry of Foreign Affairs', 'Committee on Foreign Relations'.
_AFTER_THE_HEAD = frozenset({"of", "in", "for", "on"})


def _head_of_name(words: list[str]) -> str:
    """The word a body's name is of, lower-cased: the word before its first 'of', 'in', 'for' or 'on'
    ('Ministry of Foreign Affairs': 'ministry'), else its last."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _AFTER_THE_HEAD), len(words))
    return words[cut - 1].lower()


#: Words that narrow a body to a branch of it: 'the local party', 'the state party'.
_SCOPE_WORDS = frozenset({"local", "state", "national", "federal", "regional", "county", "city"})
#: What a text calls a news outlet it has named: 'the newspaper', 'the paper', 'the magazine'.
_PRESS = frozenset({"newspaper", "paper", "daily", "tabloid", "magazine", "outlet", "broadcaster", "publication", "wire"})
#: Last words of news outlets' names, and outlets named by one word: 'the Orlando Sentinel', 'the Guardian', 'AP'.
_OUTLET_WORDS = frozenset(
    {"times", "post", "news", "journal", "herald", "tribune", "gazette", "sentinel", "express", "independent", "standard",
     "telegraph", "magazine", "daily", "guardian", "mail", "mirror", "observer", "economist", "examiner", "inquirer",
     "chronicle", "globe", "star", "sun", "register", "courier", "bee", "press", "ap", "reuters", "afp", "bloomberg",
     "politico", "axios", "breitbart", "caller", "beacon", "hill", "atlantic", "nation", "spectator", "newsweek", "time"}
)


def _outlet_named_before(head: Token, mentions: _MentionsAt, speakers: set[str]) -> str | None:
    """The news outlet last named before 'the newspaper' or 'the paper', among the ``speakers`` quoted before
    it: an organisation whose name ends with a word outlets' names end with ('The Washington Times reported',
    'the Orlando Sentinel', 'the Guardian', 'AP'); not one that only obtained the paper a text describes."""
    text = doc_text(head.doc)
    named = [
        (mention.start, entity.id)
        for entity in _named(mentions, "ORG")
        if entity.id in speakers
        for mention in entity.mentions
        if mention.end <= head.idx and re.split(r"[\s-]", text[mention.start : mention.end])[-1].lower().strip(".'’") in _OUTLET_WORDS
    ]
    return max(named)[1] if named else None


#: Small words a name writes in lower case ('Bank of England'), capitalised only in a title-case headline.
_TITLE_CASE_WORDS = frozenset({"Of", "By", "The", "To", "For", "In", "On", "And", "At", "With", "From"})


def _object_misread_as_apposition(head: Token, appos: Token) -> bool:
    """Whether the parse took the end of a preposition's object for an apposition: 'A spokesperson for
    Prime Minister Theresa May' (no comma sets the name off, a preposition of the head comes before it)."""
    between = head.doc[head.i + 1 : appos.left_edge.i]
    return not any(t.text == "," for t in between) and any(t.dep_ == "prep" and t.head.i == head.i for t in between)


def _speaking_for(head: Token, entity: Entity) -> SpeakerRoute:
    """How words that are not the entity's name speak for it: its people ('a spokesperson for Theresa May',
    'Pentagon officials', 'May's team') represent it, its works ('a YouGov poll', 'Justice Department
    guidance') are its documents, and a state's own bodies ('the UK government') are the state itself."""
    lemma = head.lemma_.lower()
    if lemma in _STATE_BODIES and entity.label == "GPE":
        return "named"
    if lemma in _WORKS or lemma in channels() or lemma in _PAPERS:
        return "document"
    return "representative"


def _named_by_a_second_role(head: Token, mentions: _MentionsAt) -> Entity | None:
    """The person two roles joined by 'and' describe ("Clinton's chief pollster and strategist Joel
    Benenson"), where the parse made the name a conjunct of the first role: one person, not the owner of
    the roles; "aides and Joel Benenson", the name without a role of its own, are two."""
    for name in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        if any(c.dep_ == "compound" and _by_role(c) for c in name.children):
            found = _mention_in(name.subtree, mentions)
            return found[0] if found is not None and found[0].label == "PERSON" else None
    return None


def _person_named_after_role(head: Token, words: list[Token], mentions: _MentionsAt) -> Entity | None:
    """The person named after the role that heads the speaker's words ('Chairman of the European Research
    Group Jacob Rees-Mogg'), not one who owns something there ('One veteran of Margaret Thatcher's cabinet',
    'the Trump nemesis')."""
    for token in words:
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            continue  # 'the former prosecutor and Trump nemesis': the name says whose nemesis
        above = [t for t in (token, *token.ancestors) if t.i > head.i]
        set_off = token.doc[token.left_edge.i - 1].text == ","  # ', Mike Murphy': the role's own name, however the parse hung it
        if any(t.dep_ in ("acl", "relcl") for t in above if t != token) and not set_off:
            continue  # 'The head of the Super PAC backing Jeb Bush, Mike Murphy': whom the role's clause names is someone else
        if token.i > head.i and not any(t.dep_ == "poss" for t in above):
            if person := next((e for e, _ in mentions.get(token.idx, ()) if e.label == "PERSON"), None):
                return person
    return None


#: Bodies of a state that speak for the place they belong to ('the UK government'); its bank or its papers do not.
_STATE_BODIES = frozenset(
    {"government", "govt", "administration", "ministry", "embassy", "consulate", "parliament", "cabinet", "authority", "military",
     "army", "navy", "state", "regime", "junta", "leadership", "delegation", "mission", "office", "department", "council", "side",
     "guard"}
)
#: A place's bodies that speak for it: its state's, and its services and agencies ('the enclave's civil emergency service').
_PLACE_S_BODIES = _STATE_BODIES | {"service", "agency"}


def _leads_the_opposition_in(head: Token, body: Entity) -> bool:
    """'The Leader of Opposition in the Lok Sabha': a person, who leads the opposition in the house, not the house."""
    return _by_role(head) and body.label == "ORG" and any(t.lower_ == "opposition" for t in head.subtree if t != head)


def _speaks_for(head: Token, named: Entity, words: list[Token], mentions: _MentionsAt) -> bool:
    """Whether the entity named among the speaker's words speaks through them: the person a role is
    written before ('director of legislative affairs Nikki da Costa') does; of an owner written before
    it, a body's officials do ('Pentagon officials', 'Trump campaign aides', 'members of May's team'),
    and a person's spokeswoman; a person's son, lawyer or supporters are other people, and no one's
    critics or opponents speak for them, nor does its former member or the leader of the opposition in it."""
    if (person := _person_named_after_role(head, words, mentions)) is not None and person.id == named.id:
        return True
    relation = head.lemma_.lower()
    if relation in _OUTSIDERS or _leads_the_opposition_in(head, named) or _former_member_of(head, named, mentions) or _named_on_another_owner(head, named, mentions) or _consulted_by(head, named, mentions):
        return False
    if named.label != "PERSON" or not _by_role(head):
        return True
    through_a_body = any(t.lemma_.lower() in _BODIES for t in head.subtree if t != head)
    return relation in _SPOKESPEOPLE or through_a_body


def _named_on_another_owner(head: Token, named: Entity, mentions: _MentionsAt) -> bool:
    """Whether the entity names only the person whose kin the speaker is: 'An Islamic State propagandist's
    parents' are his, not the group's (a member's aide may speak for the group; 'the Trump campaign's
    spokesman' speaks through a body)."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lemma_.lower() not in _KIN or owner is None or owner.pos_ != "NOUN" or owner.lemma_.lower() in _BODIES:
        return False
    return any(entity.id == named.id for t in owner.subtree for entity, _ in mentions.get(t.idx, ()))


#: What an outlet or a pollster does with the people whose words it reports: 'Economists polled by Reuters'.
_CONSULTED = frozenset({"poll", "survey", "interview", "quote", "cite", "contact", "ask", "question", "consult", "reach"})


def _consulted_by(head: Token, named: Entity, mentions: _MentionsAt) -> bool:
    """Whether the entity is named only as who asked the speakers: 'Economists polled by Reuters', 'analysts
    surveyed by Bloomberg' speak for themselves, not for the agency."""
    agents = [
        o for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _CONSULTED
        for by in c.children if by.dep_ == "agent" for o in by.subtree
    ]
    return any(entity.id == named.id for t in agents for entity, _ in mentions.get(t.idx, ()))


def _former_member_of(head: Token, named: Entity, mentions: _MentionsAt) -> bool:
    """'a former Navy sailor', 'the former CEO of Hewlett-Packard': someone who no longer belongs to the
    body the role names, and speaks for himself (a name written after the role is the person's own)."""
    if not any(c.lower_ in _PAST_TIES for c in head.children if c.dep_ in ("amod", "compound", "advmod")):
        return False
    return any(entity.id == named.id for t in head.subtree for entity, _ in mentions.get(t.idx, ()))


#: A person's family, who speak for themselves, not for a body the person belongs to.
_KIN = frozenset(
    {"parent", "mother", "father", "son", "daughter", "child", "wife", "husband", "brother", "sister", "family", "relative",
     "widow", "widower", "cousin", "uncle", "aunt", "grandmother", "grandfather", "fiancee", "fiancé", "fiancée"}
)
#: Words that put someone's tie to a body in the past: 'a former Navy sailor', 'a retired FBI agent'.
_PAST_TIES = frozenset({"former", "retired", "ex", "onetime", "one-time", "erstwhile"})
#: Who speaks for the person they are named by: 'Trump's spokeswoman'.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: People named by their relation to someone who stand apart from or against them: 'Trump's opponents'.
_OUTSIDERS = frozenset(
    {"supporter", "opponent", "critic", "rival", "enemy", "foe", "detractor", "adversary", "challenger", "accuser",
     "fan", "follower", "voter", "victim", "survivor", "biographer", "neighbor", "neighbour", "constituent", "nemesis", "archrival",
     "arch-rival", "archenemy", "arch-enemy", "impersonator", "tormentor"}
)


def _office_holder(head: Token, words: list[Token], offices: list[_Office]) -> str | None:
    """The person last named before ``words`` with the one-holder office they name ('the president',
    'the Vermont senator'), if any."""
    office, where = _role_of(head, head.lemma_.lower()), _places(words)
    if office == "leader" and where:  # 'the Japanese leader' after 'Japanese Prime Minister Sanae Takaichi': the one who leads it
        leaders = {entity for start, role, entity, places in offices if role in _NATIONAL_LEADERS and start < words[0].idx and where & places}
        return leaders.pop() if len(leaders) == 1 else None
    if office not in _HELD_OFFICES:
        return None
    # 'the attorney general' is who the text titled 'Attorney General', not any general
    compound = {_office(c.lemma_.lower()) for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    held = _held_offices(offices)
    return next(
        (entity for start, role, entity, places in reversed(offices)
         if role == office and start < words[0].idx and compound <= {r for r, _ in held[entity]} and (not where or not places or where & places)),
        None,
    )


def _the_one_holder_later(head: Token, words: list[Token], offices: list[_Office]) -> str | None:
    """The one person the text, after a headline naming someone by office, gives that office of that place ('says
    Ukraine's defence minister' above 'Ukraine's Defence Minister Rustem Umerov spoke')."""
    office, where = _role_of(head, head.lemma_.lower()), _places(words)
    holders = {entity for start, role, entity, places in offices if role == office and start > words[-1].idx and (not where or where & places)}
    return holders.pop() if len(holders) == 1 else None


def _names_its_owner(head: Token, entity: Entity, mentions: _MentionsAt) -> bool:
    """Whether the entity is named right on the speaker's word, as its owner or its kind ('Clinton's
    campaign', 'the Trump campaign', 'Pentagon officials'), not deep in a phrase after it ('new audio from the
    night of the Las Vegas massacre'); 'the campaign of Hillary Clinton' is hers too."""
    return any(e.id == entity.id for owner in _owner_words(head) for e, _ in mentions.get(owner.idx, ()))


def _owner_words(head: Token) -> list[Token]:
    """The words right on a noun that may name its owner or kind: 'Clinton's', 'Trump' of 'the Trump campaign',
    'Hillary Clinton' of 'the campaign of Hillary Clinton', 'the AP' of 'a report by the AP' or of 'a report
    released by the AP'."""
    owners = [t for c in head.children if c.dep_ in ("poss", "compound", "nmod", "appos") for t in c.subtree]
    lemma = head.lemma_.lower()
    preposition = "of" if lemma in _BODIES else "by" if lemma in _WORKS else None
    return owners + _objects_of(head, preposition) + _put_out_by(head)


def _put_out_by(head: Token) -> list[Token]:
    """Who a work was put out by, after its participle: 'the Foreign Ministry' of 'a statement released by
    the Foreign Ministry', 'the Iraqi army' of 'a statement issued by the Iraqi army'."""
    return [
        o for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_OUT
        for by in c.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"
    ]


def _issuer_before(head: Token, mentions: _MentionsAt) -> str | None:
    """Who put out the work 'the statement' names again: the subject the nearest verb before it put one out
    with ('Kim Yo Jong … released a press statement on Tuesday. … the statement said')."""
    lemma = head.lemma_.lower()
    for token in reversed(head.doc[: head.i]):
        verb = token.head
        if token.lemma_.lower() != lemma or token.dep_ != "dobj" or verb.lemma_.lower() not in _PUT_OUT:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = _mention_in([subject], mentions) if subject is not None else None
        return found[0].id if found else None
    return None


def _named_in_apposition(noun: Token, mentions: _MentionsAt) -> tuple[Entity, bool] | None:
    """The person or body a role or a kind is set beside by an apposition ('his Special Adviser on Media and
    Publicity, Bayo Onanuga', 'the environmental nonprofit E3G'), not a place."""
    appos = next((c for c in noun.children if c.dep_ == "appos"), None)
    found = _mention_in([appos], mentions) if appos is not None else None
    return found if found is not None and found[0].label not in _PLACE_LABELS else None


def _objects_of(head: Token, preposition: str | None) -> list[Token]:
    """The objects of a preposition on a noun: 'his office' of 'a statement from his office' (``"from"``)."""
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ == preposition for o in c.children if o.dep_ == "pobj"]


#: Verbs a body puts a work out with: 'a statement released by', 'a report published by'.
_PUT_OUT = frozenset({"release", "issue", "publish", "sign", "circulate", "post", "send", "distribute", "put", "carry", "write", "commission"})


def _the_one_owner(head: Token, mentions: _MentionsAt) -> str | None:
    """The one body or person the text names as the owner of a work of this kind ('The PPIC poll shows'), whose
    work 'the poll' with no owner of its own is; None when it names none or several."""
    lemma = head.lemma_.lower()
    owners = {
        e.id
        for t in head.doc
        if t.i != head.i and t.pos_ == "NOUN" and t.lemma_.lower() == lemma
        for owner in _owner_words(t)
        for e, _ in mentions.get(owner.idx, ())
        if e.label in _SPEAKING_LABELS
    }
    return next(iter(owners)) if len(owners) == 1 else None


#: Bodies and shares that speak for whom they are 'of': 'the campaign of Hillary Clinton', 'a majority of Republicans'.
_BODIES = frozenset(
    {"campaign", "camp", "administration", "government", "office", "team", "staff", "ministry", "party", "majority",
     "plurality", "minority", "most", "many", "some", "none", "all", "half", "group", "handful", "members"}
)
#: Works that speak for whom they are 'by': 'a study by the Council of the Great City Schools'.
_WORKS = frozenset({"study", "report", "poll", "survey", "analysis", "estimate", "review", "audit", "investigation", "letter", "statement"})
#: Works that report what was found, which a text seldom has two of by different owners: 'the poll' after 'the
#: PPIC poll' is that one; a statement or a letter may be anyone's.
_STUDIES = _WORKS - {"letter", "statement"}
#: Papers and words a body or person puts out, which say what they say: 'Court documents show', 'Starr's remarks'.
_PAPERS = frozenset(
    {"document", "guidance", "filing", "memo", "ruling", "probe", "mandate", "guideline", "record", "email", "e-mail", "research",
     "memoir", "book", "ad", "advertisement", "card", "remark", "account", "average", "warning", "call", "data", "column",
     "article", "editorial", "note", "website", "transcript", "tally", "forecast", "projection", "index", "model", "readout",
     "communique", "communiqué", "decision", "decree"}
)


#: Who can say something: a name among a subject's words that is an event, a law or a work ('All political
#: sides in the Brexit negotiations') is what they talk about, not who talks.
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Entity types that name something; a count or a share ('88 per cent of Labour members') names no one.
_NAME_TYPES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})


#: Abbreviated titles of office, and other words for one office, as the role nouns they stand for.
_OFFICES = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "pres": "president", "pm": "premier", "fm": "minister",
            "congressman": "representative", "congresswoman": "representative", "lt": "lieutenant", "col": "colonel", "pontiff": "pope"}
_DEFINITE = frozenset({"the", "this", "that"})
#: A party and a state after a US politician's name: '(I-Vt.)', '(R-Texas)'.
_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-([A-Z][A-Za-z. ]{1,15})\)")
#: Offices one person holds at a time, which 'the senator' can name again; 'the executive', 'the official'
#: or 'the adviser' can be anyone of many.
_HELD_OFFICES = frozenset(
    {"senator", "governor", "representative", "president", "mayor", "judge", "justice", "prince", "princess", "king", "queen",
     "minister", "premier", "chancellor", "secretary", "ambassador", "pope", "cardinal", "archbishop", "bishop", "general",
     "colonel", "lieutenant", "captain", "sheikh", "emir", "candidate", "nominee", "chairman", "chairwoman", "ceo",
     "commissioner", "prosecutor", "counsel", "speaker", "spokesman", "spokeswoman", "spokesperson", "pastor", "imam", "rabbi",
     "diplomat", "supreme leader", "sheriff", "ombudsman"}
)


#: Titles of a local office a name keeps ('Sheriff Lombardo'); not a pope's or a king's, which news gives the dead
#: as well as the living ('Pope Pius XII' before 'the pope' who speaks).
_LOCAL_OFFICES_IN_NAMES = frozenset({"sheriff"})


#: Offices no one holds two of at once: a senator is no governor (a former governor may be).
_ONE_AT_A_TIME = frozenset({"senator", "governor", "representative", "mayor"})


def _office(word: str) -> str:
    return _OFFICES.get(word.rstrip("."), word)


def _role_of(token: Token, word: str) -> str:
    """The office a title word names: a prime minister is the premier, not any minister."""
    before = token.doc[token.i - 1] if token.i else None
    if word == "minister" and (before is not None and before.lower_ == "prime" or any(t.lower_ == "prime" for t in token.lefts)):
        return "premier"
    if word == "leader" and before is not None and before.lower_ == "supreme":
        return "supreme leader"  # Iran's: one office, where 'the leader' may be anyone's
    return _office(word)


#: A person's office where the text gives it: (mention start, role, entity id, the places it is of).
_Office = tuple[int, str, str, frozenset[str]]


def _places(words: Iterable[Token]) -> frozenset[str]:
    """The place and nationality words among ``words`` ('new', 'jersey' of 'the New Jersey governor')."""
    return frozenset(t.lower_ for t in words if t.ent_type_ in ("GPE", "NORP"))


#: The words of a title right before a name ('Former Florida Gov.'): 'the governor tripped up Rubio' gives Rubio none.
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def _offices(doc: Doc, entities: list[Entity]) -> list[_Office]:
    """Each mention of a person with the office a title or an apposition gives them ('Florida Gov. Jeb
    Bush', 'Sanders, the Vermont senator'), in the order of the text."""
    text = doc_text(doc)
    out = []
    for entity in entities:
        if entity.label != "PERSON":
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            before = doc[max(span.sent.start, span.start - 5) : span.start]
            party = _PARTY_STATE.match(text, span.end_char)  # 'Sen. Bernie Sanders (I-Vt.)'
            state = gazetteer().canonical(party.group(1)) if party else None
            where = _places(before) | (frozenset(state.lower().split()) if state else frozenset())
            title_words = list(itertools.takewhile(lambda t: t.pos_ in _TITLE_POS or t.text == ".", reversed(before)))[:3]
            titles = [(t, t.lower_, where) for t in title_words if span.start <= t.head.i < span.end or t.head.i == t.i + 1]
            appositions = [(c, c.lemma_.lower(), _places(c.subtree)) for c in root.children if c.dep_ == "appos" and c.i >= span.end]
            if root.dep_ == "appos" and root.head.i < span.start:  # 'The U.S. ambassador to the UN, Linda Thomas-Greenfield'
                appositions.append((root.head, root.head.lemma_.lower(), _places(t for t in root.head.subtree if t.i < span.start)))
            office = _child(root.head, "attr") if root.dep_ == "nsubj" and root.head.lemma_ == "be" else None
            if office is not None and _child(office, "case") is None:  # not 'is the candidate's first enlistee'
                named = frozenset(t.lower_ for t in office.subtree if t.pos_ == "PROPN")  # the place's name, which the model may leave untagged
                appositions.append((office, office.lemma_.lower(), _places(office.subtree) | named))  # 'Ihor Terekhov has been mayor of Kharkiv since 2020'
            if len(span) > 1 and span[0].lower_ in _LOCAL_OFFICES_IN_NAMES:  # 'Sheriff Lombardo', a title the name keeps
                titles.append((span[0], span[0].lower_, where))
            for token, word, places in (*titles, *appositions):
                if (role := _role_of(token, word)) in person_roles() or role in _OFFICES.values() or role in _HELD_OFFICES:
                    out.append((mention.start, role, entity.id, places))
                    if _diplomatic(token, role, [t for t, _, _ in titles]):
                        out.append((mention.start, "diplomat", entity.id, places))
    return sorted(out)


#: Offices of a diplomat whatever their title says: 'the diplomat' is the ambassador or the envoy named before.
_DIPLOMATIC_OFFICES = frozenset({"ambassador", "envoy"})


def _diplomatic(token: Token, role: str, title: list[Token]) -> bool:
    """Whether an office is a diplomat's, whom wire copy then calls 'the diplomat' ('Russian Foreign Minister Sergey
    Lavrov said …' … 'According to the diplomat'): an ambassador, an envoy, a foreign minister or secretary."""
    if role in _DIPLOMATIC_OFFICES:
        return True
    words = [*title, *token.children]
    return role in ("minister", "secretary") and any(t.lower_ == "foreign" for t in words)


def _relative(span: Span, pronoun: Token, antecedent: Token, mentions: _MentionsAt) -> Speaker:
    """'Kasich, who has refused to endorse him': the relative pronoun speaks for the noun the clause
    describes, named (an entity) or not (kept in ``refers_to``); a noun in apposition to a name describes
    the named ('David Axelrod, Obama's former top adviser, who logged on'), and a person's name right
    before ', who' is theirs however the parse hung the clause ('his former lawyer, Michael Cohen, who says')."""
    found = _mention_in([antecedent], mentions)
    if found is None and antecedent.dep_ == "appos":
        found = _mention_in([antecedent.head], mentions)
    if found is None and pronoun.lower_ == "who" and pronoun.i >= 2 and pronoun.nbor(-1).text == ",":
        named = _mention_in([pronoun.nbor(-2)], mentions)
        found = named if named is not None and named[0].label == "PERSON" else None
    if found is not None:
        return Speaker(span=span, entity=found[0].id, resolved=True, via="pronoun")
    first = antecedent.left_edge
    return Speaker(span=span, resolved=False, via="pronoun", refers_to=Span(start=first.idx, end=antecedent.idx + len(antecedent.text)))


def _head(words: list[Token]) -> Token:
    """The word the others hang on ('minister' in 'Ireland's agriculture minister'); past an owner whose
    apostrophe the parse left apart ('Breitbart News’ Dr. Thomas Williams': Williams)."""
    heads = [t for t in words if t.head not in words or t.head.i == t.i]
    if not heads:
        return words[-1]
    doc = heads[0].doc
    if len(heads) > 1 and heads[0].i + 1 < len(doc) and doc[heads[0].i + 1].text in ("’", "'") and doc[heads[0].i + 1] in words:
        return heads[1]
    return heads[0]


def _people(draft: _Draft) -> str | None:
    """Whether the speaker's words name 'one' person (a pronoun, 'the agriculture minister') or 'many'
    ('Iraqi officials') without a name, or neither (None)."""
    if not draft.subject:
        return None
    head = _head(draft.subject)
    if head.lower_ in _PRONOUNS_PERSON or head.tag_ == "NN" and _by_role(head):
        return "one"
    return "many" if head.tag_ == "NNS" and _by_role(head) else None


def _one_by_role(head: Token, words: list[Token]) -> bool:
    """Whether a speaker is one person named by role, with 'the' ('the agriculture minister', 'The Foreign
    Secretary', 'the Sedgefield MP') or a place's ('Ireland's agriculture minister'), not 'leftists', not 'a
    State Department official', who stays unnamed."""
    if head.tag_ not in ("NN", "NNP") or head.ent_type_ == "PERSON" and not head.is_lower:  # 'the American-born pope', tagged a person
        return False
    if head.tag_ == "NN" and head.pos_ == "NOUN" and _by_role(head):
        role = True
    else:  # a capitalised title: one held by one person at a time
        role = _role_of(head, head.lemma_.lower()) in _HELD_OFFICES | _NAMED_AGAIN_BY
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and _role_of(owner, owner.lemma_.lower()) in _HELD_OFFICES:
        return False  # 'the president's spokesman': the president's, named by the owner ('the man's lawyer' may be named next)
    return role and (words[0].lower_ in _DEFINITE or owner is not None and owner.ent_type_ == "GPE" or _a_headline_s_subject(words) or _closing_a_headline(words))


def _given_the_office(person: str, office: str, offices: list[_Office]) -> bool:
    """Whether the text gives the person that office by a title or an apposition ('Prime Minister Narendra Modi')."""
    return any(entity == person and role == office for _, role, entity, _ in offices)


def _holds_another_office(person: str, office: str, offices: list[_Office]) -> bool:
    """Whether the text gives the person an office of one holder, and another than this one."""
    return office in _HELD_OFFICES and any(entity == person and role in _HELD_OFFICES and role != office for _, role, entity, _ in offices)


def _next_sentence(sentence: SpacySpan, other: SpacySpan) -> bool:
    """Whether ``other`` is ``sentence`` or comes right after it, or after a line of no verb (the dateline under
    a headline: 'NIAMEY, Niger, Feb 3 (Reuters) -')."""
    return other.start <= sentence.end + 1 or not any(t.pos_ in ("VERB", "AUX") for t in sentence.doc[sentence.end : other.start])


def _sender_of_the_work(work: Token, mentions: _MentionsAt) -> str | None:
    """Who answered or acted with the work that speaks, named as that verb's subject: 'Mexican President Claudia
    Sheinbaum responded on Tuesday with a letter warning that …', 'hit back with a statement saying'."""
    prep = work.head
    if work.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    subject = _child(prep.head, "nsubj")
    found = _mention_in([subject], mentions) if subject is not None else None
    return found[0].id if found is not None and found[0].label in _SPEAKING_LABELS else None


def _body_speaking_again(head: Token, history: list[_Resolved]) -> str | None:
    """The body one of the last few speakers spoke for, named by words ending with the same noun ("Ukraine's air
    force said …", then 'the air force said'), where no person spoke since and no other body's words so ended."""
    text = doc_text(head.doc)
    modifiers = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")}  # 'the Canadian government' is no other's
    found: list[str] = []
    for previous in reversed(history[-_SPEAKERS_BACK:]):
        if previous.person:
            break
        words = [w.lower() for w in text[previous.span.start : previous.span.end].split()] if previous.span else []
        if previous.entity and words and words[-1] == head.lower_ and modifiers <= set(words):
            found.append(previous.entity)
    return found[0] if len(set(found)) == 1 else None  # two bodies' polls just before: no telling whose


#: How many speakers back 'the air force' may be the one named before.
_SPEAKERS_BACK = 3


def _armed_force_of(head: Token, place: Entity) -> bool:
    """A state's armed force by the state's name before it ("Ukraine's air force", "Israel's defence forces"): the
    state's, as its army is."""
    return head.lemma_.lower() == "force" and place.label == "GPE" and any(c.dep_ == "poss" for c in head.children)


def _pronoun_of_a_style(head: Token) -> str | None:
    """'he' for 'His Eminence', 'she' for 'Her Majesty': a style of address stands for the person as the pronoun would."""
    owner = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    return None if owner is None or head.lower_ not in STYLES_OF_ADDRESS else "he" if owner == "his" else "she"


def _body_just_quoted(head: Token, history: list[_Resolved], represented: bool = False) -> str | None:
    """The organisation or state quoted last, in the sentence before or earlier in this one, for whom 'a
    spokesperson' opening the next sentence then speaks ('The US State Department rejected the accusations … A
    spokesperson said …'; not '…, a spokesperson said' after words that name whose); one that someone or something
    spoke for counts where ``represented`` ('according to figures released by CBP')."""
    last = history[-1] if history else None
    sentence = head.sent
    before = head.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    if last is None or last.entity is None or last.label not in ("ORG", "GPE") or last.represented and not represented:
        return None
    return last.entity if before <= last.end <= head.idx else None


def _last_speaker_of(body: Entity, history: list[_Resolved]) -> str | None:
    """The person who spoke last, when the words naming them named the body too ('Kremlin Spokesman Dmitry Peskov'):
    whom 'the Kremlin official' then means (a person's 'campaign' or 'administration' is no person)."""
    last = history[-1] if history else None
    if body.label == "PERSON" or last is None or last.label != "PERSON" or last.entity is None or last.span is None:
        return None
    within = last.span
    return last.entity if any(within.start <= m.start and m.end <= within.end for m in body.mentions) else None


def _a_headline_s_subject(words: list[Token]) -> bool:
    """A speaker with no article, the subject opening a line with no full stop: a headline's, which leaves out 'the'
    ('Junta leader vows to hold elections'; not the label of 'Witness: … Wiretapped Her', a claim's source)."""
    sentence = words[0].sent
    subject = any(t.dep_ == "nsubj" for t in words)
    line_ends = sentence[-1].is_space or sentence.end == len(words[0].doc)
    return subject and words[0].i == sentence.start and words[0].is_title and _ends_unstopped(sentence) and line_ends


def _closing_a_headline(words: list[Token]) -> bool:
    """A speaker with no article closing the first line, with no full stop: a headline's, after its cue ("'We will
    rebuild', says Kharkiv mayor")."""
    sentence = words[0].sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return sentence.start == 0 and last is not None and words[-1].i == last.i and _ends_unstopped(sentence)


def _ends_unstopped(sentence: SpacySpan) -> bool:
    """Whether a sentence ends with no full stop, as headlines do; a closing quotation mark is the words', not the
    sentence's ('… says talks “not smart”')."""
    last = next((t for t in reversed(sentence) if not t.is_space and not t.is_quote), None)
    return last is not None and not last.is_punct


def _sources_inside(head: Token) -> bool:
    """'Sources in the Home Ministry', 'a source within the army': people of the body they are in, who speak for it
    unnamed (not 'sources close to Hamas')."""
    return head.lemma_.lower() == "source" and any(c.dep_ == "prep" and c.lower_ in ("in", "within", "at", "inside") for c in head.children)


def _may_name_an_office(head: Token) -> bool:
    """Whether a speaker's head may stand for an office's holder: a role, a pronoun, or what a role owns ('The Prime
    Minister's Office')."""
    held = _role_of(head, head.lemma_.lower()) in _HELD_OFFICES  # 'Indian PM slams …'
    return _by_role(head) or held or head.lower_ in _PRONOUNS_PERSON or any(c.dep_ == "poss" and _by_role(c) for c in head.children)


def _by_role(head: Token) -> bool:
    """Whether a speaker is named by role or relation ('minister', 'officials'), not by name."""
    return head.lemma_.lower() in person_roles()


def _unnamed_group_subject(pronoun: Token, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> Span | None:
    """The people that the nearest plural subject of a clause 'they' hangs on describes without naming them
    ('some of Clinton's fundraisers and more prominent allies are growing frustrated that she has to … when
    they would prefer'), or the subject of the sentence before when 'they' opens its own ('Chinese local
    governments have been known to fib. They stop reporting …'): a plural noun no name stands on, which
    'they' takes up before any body quoted earlier."""
    subjects = [c for clause in pronoun.head.ancestors for c in clause.children if c.dep_ in _SUBJECTS and c.i < pronoun.i]
    if not subjects and _main_subject(pronoun) and pronoun.sent.start > 0:  # 'They stop reporting …' after a sentence about them
        subjects = [t for t in reversed(pronoun.doc[pronoun.sent.start - 1].sent) if _main_subject(t)][:1]
    # a passive subject whose agent is named is not whom 'they' takes up: 'The accusations were rejected by officials. They said …'
    subjects = [t for t in subjects if t.dep_ == "nsubj" or not any(c.dep_ == "agent" for c in t.head.children)]
    noun = None
    for subject in (s for s in subjects if not quoted(s.idx)):  # the clauses its own clause hangs on, nearest first
        noun = subject
        if subject.lower_ in _QUANTIFIERS:  # 'some of the allies'
            noun = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subject)
        if noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we"):
            break
    if noun is None or noun.tag_ != "NNS" or any(mentions.get(t.idx) for t in (noun, *(c for c in noun.children if c.dep_ == "compound"))):
        return None
    last = max((t for t in subject.subtree if t.dep_ == "conj" and t.head.i >= subject.i), key=lambda t: t.i, default=noun)
    return Span(start=subject.left_edge.idx, end=last.idx + len(last.text))


#: Words that take a share of a group: 'some of the allies said'.
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "several", "few", "both", "none", "half"})


#: A line that is an item of a list.
_BULLET = re.compile(r"\s*[•·▪◦‣*–-]\s")


def _recent_subject(
    pronoun: Token, mentions: _MentionsAt, want_person: bool, quoted: Callable[[int], bool], offices: list[_Office]
) -> tuple[str, int] | None:
    """The entity named as the main subject just before the pronoun (earlier in its sentence, or of the
    sentence before), with where it is: "Al-Kadhimi visited Basra. He said ..." -> al-Kadhimi, though he
    was quoted nowhere before. The subject's own word or its apposition must name it ("Trump's chairman,
    Paul Manafort," is Manafort, "Trump's jabs" nobody), or an office its holder was named with ("The
    president spoke. He said ..." after "President Donald Trump", or the one person just named who may
    hold it); subjects inside quotation marks are the speaker's words, not the story's."""
    sentence, text = pronoun.sent, doc_text(pronoun.doc)
    if (topic := _topic(sentence, pronoun, mentions)) is not None and (topic[0].label == "PERSON") == want_person and _agrees(_sex(topic[0], text), pronoun.lower_):
        return topic[0].id, sentence.start_char  # 'As for Trump, he said he is not worried'
    for subject in (t for t in sentence if t.i < pronoun.i and _leading_clause_subject(t, pronoun) and not quoted(t.idx)):
        found = _mention_in([subject], mentions)  # 'While Judge Jessica Gonzalez was forced to drop the charges, she affirmed …'
        if want_person and found is not None and found[0].label == "PERSON" and _agrees(_sex(found[0], text), pronoun.lower_):
            return found[0].id, subject.idx
    aside = pronoun.head.dep_ == "parataxis" and pronoun.head.head.i > pronoun.i  # 'The commitment, he said, is open-ended': the words' own subject
    candidates = [t for t in sentence if t.i < pronoun.i and _main_subject(t) and not quoted(t.idx) and not (aside and t.head == pronoun.head.head)]
    if candidates and candidates[-1].lower_ == pronoun.lower_:  # 'Clinton hit Sanders on immigration, she hit him on guns, and she claimed'
        candidates = [t for t in sentence if t.i < candidates[-1].i and t.dep_ in _SUBJECTS and not quoted(t.idx)] or candidates
    for _ in range(_PRONOUN_CHAIN_SENTENCES):
        if not candidates and sentence.start > 0:
            sentence = pronoun.doc[sentence.start - 1].sent
            while sentence.start > 0 and _a_picture_caption(sentence.text):  # a caption a copied page set in the story
                sentence = pronoun.doc[sentence.start - 1].sent
            if _BULLET.match(sentence.text) and not _BULLET.match(pronoun.sent.text):
                return None  # '• Paddock arrived at Haig's home …' then 'The ammunition, he said, was:': a list is no story to go on from
            candidates = [t for t in sentence if _main_subject(t) and not quoted(t.idx)]
        for subject in reversed(candidates):
            appos = next((c for c in subject.children if c.dep_ == "appos"), None)
            found = _mention_in([subject], mentions) or (_mention_in(appos.subtree, mentions) if appos is not None else None)
            if found is not None and (found[0].label == "PERSON") == want_person and _agrees(_sex(found[0], text), pronoun.lower_):
                if want_person or _a_thing_for(found[0].label, pronoun.lower_):
                    return found[0].id, subject.idx
            if found is not None and found[0].label == "PERSON" and want_person and (other := _the_other_person(sentence, pronoun, found[0], mentions, quoted)):
                return other  # 'Donald Trump attacked Hillary Clinton. She said …': not him
            if want_person and subject.pos_ != "PRON" and (found is None or found[0].label != "PERSON") and (reported := _person_reported_on(subject, mentions, quoted)) is not None:
                if _agrees(_sex(reported[0], text), pronoun.lower_):  # 'The complaint says Haig had no license. … He said'
                    return reported[0].id, reported[1]
            owner = next((c for c in subject.children if c.dep_ == "poss"), None) or _agent(subject)
            if found is None and pronoun.lower_ in ("it", "its") and owner is not None and subject.lemma_.lower() in channels():
                if (theirs := _mention_in([owner], mentions)) is not None:  # "Rubio's press release does not mention … It also points out"
                    return theirs[0].id, owner.idx
            if found is None and want_person and owner is not None and subject.pos_ == "NOUN" and not _by_role(subject):
                # "Trump's response to the attacks has been controversial. He has proposed …", "the intervention by Mr Creed …"
                mine = _mention_in([owner], mentions)
                if mine is not None and mine[0].label == "PERSON" and _agrees(_sex(mine[0], text), pronoun.lower_):
                    return mine[0].id, owner.idx
            words = list(subject.subtree)
            if found is None and want_person and words[0].lower_ in _DEFINITE:
                holder = _office_holder(subject, words, offices)
                if holder is None and _one_by_role(subject, words):  # 'Theresa May's deal … The prime minister returned with what she claimed'
                    holder = _person_named_again(subject, words, mentions, quoted, offices)
                if holder is not None:
                    return holder, subject.idx
        if want_person and (holder := _view_holder(sentence, mentions)) is not None and _agrees(_sex(holder[0], text), pronoun.lower_):
            return holder[0].id, holder[1]  # 'For Faggioli, not only would … be unthinkable. … The Pope, he argues, …'
        if not candidates or candidates[-1].lower_ != pronoun.lower_ or sentence.start == 0:
            return None  # 'Sanders is cool. He's idealistic. … he appeals to': a chain of the same pronoun leads back to the name
        candidates = []
    return None


def _person_reported_on(subject: Token, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> tuple[Entity, int] | None:
    """The person a document or a body reports on as the subject of what it says ('The complaint says Haig
    had no license', 'CNN reported that Barr arrived'), whom a later 'he' may mean when the reporter is no
    person."""
    verb = subject.head
    clause = _reported_clause(verb) if verb.lemma_.lower() in speech_verbs() else None
    if clause is None:
        return None
    for word in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted(c.idx)):
        found = _mention_in([word], mentions)
        if found is not None and found[0].label == "PERSON":
            return found[0], word.idx
    return None


def _the_other_person(sentence, pronoun: Token, subject: Entity, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """Where a sentence's subject is a person the pronoun cannot stand for ('he' for 'she'), the one other
    person the sentence names before it whom it may ('Donald Trump attacked Hillary Clinton. She said …')."""
    text = doc_text(pronoun.doc)
    if _agrees(_sex(subject, text), pronoun.lower_):
        return None
    others: dict[str, tuple[str, int]] = {}
    for token in sentence:
        if token.i >= pronoun.i or quoted(token.idx):
            continue
        for entity, _ in mentions.get(token.idx, ()):
            if entity.label == "PERSON" and entity.id != subject.id and _agrees(_sex(entity, text), pronoun.lower_):
                others.setdefault(entity.id, (entity.id, token.idx))
    return next(iter(others.values())) if len(others) == 1 else None


def _sex(entity: Entity, text: str) -> str | None:
    """'m' or 'f' for a person whose given name one sex bears far more often ('Theresa May': 'f'), or
    whom the text calls 'Mr', 'Mrs' or 'Ms' ('Ms. Alawee'), or by a title one sex holds ('Pope Francis')."""
    if entity.label != "PERSON":
        return None
    first = entity.canonical.split()[0]
    if (sex := given_name_sex(first) or _TITLE_SEX.get(first.lower().rstrip("."))) is not None:
        return sex  # 'Theresa May'; 'Pope Francis', where the title is part of the name
    titles = {_TITLE_SEX.get(m.group(1).lower()) for m in (_TITLE_BEFORE.search(text, max(0, x.start - 12), x.start) for x in entity.mentions) if m}
    return titles.pop() if len(titles) == 1 else None


#: Titles that tell a person's sex: forms of address, and the ranks of churches and crowns only one sex holds
#: in the news ('Pope Francis', 'Cardinal Wuerl', 'Queen Elizabeth').
_TITLE_SEX = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "pope": "m", "cardinal": "m", "archbishop": "m", "monsignor": "m",
    "msgr": "m", "father": "m", "fr": "m", "king": "m", "prince": "m", "sir": "m", "lord": "m", "sheikh": "m",
    "queen": "f", "princess": "f", "dame": "f", "lady": "f", "sister": "f", "duchess": "f",
}  # fmt: skip
#: A title written as one, capitalised: 'Cardinal Wuerl', not 'would miss Smith'.
_TITLE_BEFORE = re.compile(rf"\b({'|'.join(title.capitalize() for title in _TITLE_SEX)})\.? $")


_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _agrees(sex: str | None, pronoun: str) -> bool:
    """Whether 'he' or 'she' may stand for a person of that sex: 'he' is not Theresa May."""
    return sex is None or _PRONOUN_SEX.get(pronoun, sex) == sex


def _a_thing_for(label: str | None, pronoun: str) -> bool:
    """Whether 'it' or 'they' may stand for an entity of that label that is not a person: 'they' for the
    Democrats, 'it' for a body or a document, never for people named by their group ('It also points out
    another House bill': the press release, not the Democrats of the sentence before), nor 'they' for a law
    or a work, which is one ('the Second Amendment')."""
    if pronoun in ("they", "their") and label in ("LAW", "WORK_OF_ART"):
        return False
    return label != "PERSON" and not (label == "NORP" and pronoun in ("it", "its"))


def _topic(sentence, pronoun: Token, mentions: _MentionsAt) -> tuple[Entity, bool] | None:  # type: ignore[no-untyped-def]
    """The entity a sentence opens with as its topic before the pronoun ('As for Trump, he said …')."""
    words = [t for t in sentence if t.i < pronoun.i]
    if len(words) < 4 or words[0].lower_ != "as" or words[1].lower_ not in ("for", "to") or words[-1].text != ",":
        return None
    return _mention_in(words[2:-1], mentions)


def _view_holder(sentence, mentions: _MentionsAt) -> tuple[Entity, int] | None:  # type: ignore[no-untyped-def]
    """The person whose view a sentence opens by naming ('For Faggioli, not only would …', 'To Trump, the
    wall is …'), with where the name stands."""
    words = list(sentence)
    comma = next((k for k, t in enumerate(words[:6]) if t.text == ","), None)
    if comma is None or comma < 2 or words[0].lower_ not in ("for", "to"):
        return None
    found = _mention_in(words[1:comma], mentions)
    return (found[0], words[1].idx) if found is not None and found[0].label == "PERSON" else None


#: How many sentences back a chain of the same pronoun is followed to the name it stands for.
_PRONOUN_CHAIN_SENTENCES = 4
#: A picture's caption set between a story's paragraphs: 'Theresa May (pictured in Downing Street today) is …'.
_PICTURE_CAPTION = re.compile(r"\((?:pictured|(?:left|right|centre|center|above|below|top|bottom|inset)\b)", re.IGNORECASE)


def _a_picture_caption(sentence: str) -> bool:
    """A line that shows a picture ('(pictured …)', '(left)') and ends no sentence: no part of the story a
    pronoun after it takes up."""
    words = sentence.strip()
    return bool(_PICTURE_CAPTION.search(words)) and not words.endswith((".", "!", "?", "…", "”", '"', "’", "'"))


def _agent(noun: Token) -> Token | None:
    """Who does what a noun names, after 'by': 'the intervention by Mr Creed'."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _dummy_it(word: Token) -> bool:
    """An 'it' that stands for the clause after it, not for a thing: 'It is also important to note that …',
    'It is strikingly obvious that …', 'It turns out that …'."""
    if word.lower_ != "it":
        return False
    if word.dep_ == "expl":
        return True
    verb = word.head
    clause = any(c.dep_ in ("ccomp", "csubj") for c in verb.children) or any(
        c.dep_ == "ccomp" for x in verb.children if x.dep_ in ("acomp", "xcomp") for c in x.subtree
    )
    verb_of_state = verb.lemma_ in ("be", "seem", "appear") and any(c.dep_ == "acomp" for c in verb.children)
    return clause and (verb_of_state or verb.lemma_ == "turn" and any(c.lower_ == "out" for c in verb.children))


def _person_owning(
    head: Token, mentions: _MentionsAt, history: list[_Resolved], quoted: Callable[[int], bool], offices: list[_Office]
) -> Entity | None:
    """The person 'his' or 'her' before the speaker's noun stands for ('Hillary Clinton spoke in Ohio. Her
    campaign said …'): one its own sentence names acting before it, else the subject just before it, else
    the last person of its sex quoted. An office owning it is its holder ('The Prime Minister's Office said', 'the
    president's spokesman')."""
    if (holder := _holder_of_the_office_named(head, offices)) is not None:
        return next((entity for entity in _named(mentions, "PERSON") if entity.id == holder), None)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her"):
        return None
    person = (
        _owner_named_before(owner, mentions, quoted)
        or next(iter(_recent_subject(owner, mentions, True, quoted, offices) or ()), None)
        or next((p.entity for p in reversed(history) if p.person and p.entity and _agrees(p.sex, owner.lower_)), None)
    )
    return next((entity for entity in _named(mentions, "PERSON") if entity.id == person), None)


def _holder_of_the_office_named(head: Token, offices: list[_Office]) -> str | None:
    """The holder of the office a body is named for ("The Prime Minister's Office"), where the text names them."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return _holder_of_the_office(owner, offices) if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None


def _holder_of_the_office(office: Token, offices: list[_Office]) -> str | None:
    """Who holds the one office a word names: the holder named before it, else the one person the whole text
    gives that office ('Netanyahu's office denies …' then 'The Prime Minister's Office said …' and later 'Prime
    Minister Benjamin Netanyahu')."""
    role = _role_of(office, office.lemma_.lower())
    words = [t for t in office.subtree if t.dep_ != "case"]
    bare = all(t == office or t.lower_ in _DEFINITE or t.lower_ == "prime" or t.ent_type_ in ("GPE", "NORP") for t in words)
    if role not in _HELD_OFFICES or not bare:
        return None  # not 'the former vice president's spokeswoman', someone else than the president
    if (holder := _office_holder(office, words, offices)) is not None:
        return holder
    holders = {entity for _, held, entity, _ in offices if held == role}
    return holders.pop() if len(holders) == 1 else None


def _owner_named_before(pronoun: Token, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> str | None:
    """Whom 'his' or 'her' stands for when its own sentence names, before it and outside quotation marks, a
    person of its sex who acts there: a subject, an owner or an agent ('put there by David Cameron, a prime
    minister who …, as his decision to …'), not one acted upon ('lash out at McCain …, despite his dislike
    for'). A 'he' or 'she' subject before it leaves the pronoun to the rules for 'he'."""
    text = doc_text(pronoun.doc)
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if quoted(token.idx):
            continue
        if token.dep_ in _SUBJECTS and _PRONOUN_SEX.get(token.lower_, "") == _PRONOUN_SEX[pronoun.lower_]:
            return None  # 'He has continued to lash out at McCain …, despite his dislike': whom 'he' means
        if not _acts(token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token):
            continue  # a name before the noun that acts is its owner: 'the Clinton campaign went into overdrive … her'
        for entity, _ in mentions.get(token.idx, ()):
            if entity.label == "PERSON" and _agrees(_sex(entity, text), pronoun.lower_):
                return entity.id
    return None


def _acts(name: Token) -> bool:
    """Whether a name (or the noun it is in apposition to) is a subject, an owner or an agent ('by X')."""
    role = name.head if name.dep_ == "appos" else name
    return role.dep_ in (*_SUBJECTS, "poss") or role.dep_ == "pobj" and role.head.lower_ == "by"


def _state_of_its_people(head: Token, people: Entity, mentions: _MentionsAt) -> Entity | None:
    """The one country the article names whose people's adjective describes a body of its state, its
    officials or the outlets it runs ('the Iraqi government', 'Iranian officials', 'Iranian state media'
    where the text names Iran): the adjective begins as the country's one-word name does, all but its last
    two letters ('Cuban', 'Turkish', 'Hungarian'), or is the first word of it ('Saudi' of 'Saudi Arabia')."""
    state_run = head.lemma_.lower() in _STATE_OUTLETS and any(c.lower_ in ("state", "state-run", "state-owned") for c in head.children if c.dep_ in ("amod", "compound"))
    if head.lemma_.lower() not in _STATE_BODIES | _STATE_PEOPLE and not state_run:
        return None
    adjective = next((c for c in head.children if c.dep_ in ("amod", "compound") and any(e.id == people.id for e, _ in mentions.get(c.idx, ()))), None)
    if adjective is None:
        return None
    text, word = doc_text(head.doc), adjective.text
    found = [e for e in _named(mentions, "GPE") if any(_the_people_of(word, text[m.start : m.end]) for m in e.mentions)]
    return found[0] if len(found) == 1 else None


def _one_place(words: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of place and nationality words (``_places``) share a place: 'iranian' and 'iran' do."""
    return bool(words & others) or any(_the_people_of(a, b) or _the_people_of(b, a) for a in words for b in others)


def _the_people_of(adjective: str, name: str) -> bool:
    """Whether a people's adjective is the one of a place's name: 'Iraqi' of 'Iraq', 'German' of 'Germany',
    'Saudi' of 'Saudi Arabia' (a country's name), 'French' of 'France' (as the list of such names spells them); not
    'Indian' of 'Indiana', a name going on past the adjective."""
    if (names := _PEOPLES_NAMED_OTHERWISE.get(adjective.lower())) is not None:
        return name.lower() in names
    if " " in name:
        return name.split()[0] == adjective and gazetteer().is_state(name)  # not 'British' of 'British Columbia'
    adjective, name = adjective.lower(), name.lower()
    if name.startswith(adjective):
        return name == adjective + "y"
    shared = len(os.path.commonprefix([adjective, name]))
    return shared >= 4 and shared >= len(name) - 2


#: Peoples' adjectives the name of their country does not begin with: 'French' of 'France', 'Dutch' of 'the Netherlands'.
_PEOPLES_NAMED_OTHERWISE = {
    "french": {"france"}, "dutch": {"netherlands", "the netherlands", "holland"}, "british": {"britain", "great britain", "united kingdom", "uk", "u.k."},
    "swiss": {"switzerland"}, "danish": {"denmark"}, "finnish": {"finland"}, "spanish": {"spain"}, "polish": {"poland"},
    "irish": {"ireland"}, "welsh": {"wales"}, "thai": {"thailand"}, "philippine": {"philippines", "the philippines"},
    "filipino": {"philippines", "the philippines"}, "afghan": {"afghanistan"}, "emirati": {"united arab emirates", "uae"},
    "belgian": {"belgium"}, "norwegian": {"norway"}, "portuguese": {"portugal"},
}


#: Outlets a state runs, when 'state' says so: 'Iranian state media', 'Syrian state television'.
_STATE_OUTLETS = frozenset({"medium", "media", "television", "tv", "radio", "broadcaster", "agency", "news", "newspaper", "outlet"})
#: People who act for a state, named by its people's adjective ('Iranian officials', 'Swedish police').
_STATE_PEOPLE = frozenset({"official", "authority", "police", "diplomat", "force", "troop", "soldier", "spokesman", "spokeswoman", "spokesperson"})


def _describes_a_thing(head: Token, group: list[Token]) -> bool:
    """Whether the words of a nationality, a faith or a party (``group``) only describe the one thing the
    speaker is ('the Omani bank', 'the Austrian Catholic website', 'The African island's government'), not
    people of it ('Tory MPs', 'a majority of Americans', "Democrats' new warning", 'the Democratic front-runner')."""
    if head.tag_ not in ("NN", "NNP") or head in group or _by_role(head) or head.text[:-1].isupper() and head.text.endswith("s"):
        return False  # people, or a plural acronym the tagger read as one thing ('Tory MPs')
    if head.lemma_.lower() in channels() | _CONTENDERS or _role_of(head, head.lemma_.lower()) in _NAMED_AGAIN_BY:
        return False
    return bool(group) and all(t.dep_ in ("amod", "compound") for t in group)


#: Words for one person in a race, whom a party's name before them ('the Democratic front-runner') makes the
#: candidate the text just named.
_CONTENDERS = frozenset({"frontrunner", "runner", "hopeful", "contender", "challenger", "incumbent"})


def _person_just_before(word: Token, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> str | None:
    """The person last named before the word, in its sentence or the one before, outside quotation marks."""
    return next(iter(_people_just_before(word, mentions, quoted)), None)


def _people_just_before(word: Token, mentions: _MentionsAt, quoted: Callable[[int], bool]) -> list[str]:
    """The people named before the word in its sentence and the one before, outside quotation marks, the
    last named first; a sentence quoted whole is the speaker's words and the one before it is looked at."""
    doc, sentence = word.doc, word.sent
    tokens = list(reversed(doc[sentence.start : word.i]))
    for _ in range(_QUOTED_SENTENCES_PASSED):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        tokens += reversed(sentence)
        if not all(quoted(t.idx) or t.is_punct or t.is_space for t in sentence):
            break
    people: list[str] = []
    for token in tokens:
        for entity, _ in mentions.get(token.idx, ()):
            if entity.label == "PERSON" and entity.id not in people and not quoted(token.idx):
                people.append(entity.id)
    return people


#: How many sentences quoted whole a look back for the person just named passes over.
_QUOTED_SENTENCES_PASSED = 4


def _person_named_again(head: Token, words: list[Token], mentions: _MentionsAt, quoted: Callable[[int], bool], offices: list[_Office]) -> str | None:
    """The person a speaker called by a one-holder office stands for when the text named just one person
    right before ('Jeremy Hunt will say today. The Foreign Secretary will insist ...') that it gave no other
    office ('Jeremy Hunt insisted Theresa May can …' after 'Prime Minister Theresa May') and nobody else
    holds ('the judge said' after 'Brafman said', where the text names 'Judge Berman'), or the one of them
    the text gives that office anywhere ('Foreign Secretary Jeremy Hunt'); a place in the speaker's words
    ('the French president') must be one of theirs."""
    role = _role_of(head, head.lemma_.lower())
    if role not in _HELD_OFFICES | _NAMED_AGAIN_BY:
        return None  # 'the organizer', 'the official': one of many
    where = _places(words)
    held = _held_offices(offices)
    holders = {person for person, titles in held.items() if any(office == role for office, _ in titles)}

    def may_hold(person: str) -> bool:
        titles = held.get(person, [])
        fits = person in holders or role == "leader" or not titles and not holders
        return fits and (not where or any(where & places for _, places in titles))

    people = [person for person in _people_just_before(words[0], mentions, quoted) if may_hold(person)]
    titled = [person for person in people if person in holders]
    return people[0] if len(people) == 1 else titled[0] if len(titled) == 1 else None


def _titled_next(head: Token, mentions: _MentionsAt) -> str | None:
    """The person the next sentence names with the role as a title: wire copy's 'a Chinese foreign ministry
    spokesperson said Monday.' then 'Spokesperson Mao Ning made the remarks …'."""
    doc = head.doc
    after = head.sent.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return None
    sentence = doc[after].sent
    for title in sentence[:-1]:
        name = doc[title.i + 1]
        if title.lemma_.lower() == head.lemma_.lower() and title.is_title:
            person = next((e for e, _ in mentions.get(name.idx, ()) if e.label == "PERSON"), None)
            if person is not None:
                return person.id
    return None


def _last_speaker_described(
    head: Token, words: list[Token], history: list[_Resolved], mentions: _MentionsAt, quoted: Callable[[int], bool], offices: list[_Office]
) -> str | None:
    """The person who spoke just before, described by a role with 'the' rather than named again ('… he
    said. The Iranian diplomat added', 'the Texas senator said' after Ted Cruz's words), when nobody else
    was named since, the words are no stand-in for an unnamed person ('the official', 'the source') nor a
    role of something ('the program's host'), nobody else holds that office in the text and its place is
    not another than the one the text gave them."""
    previous = history[-1] if history else None
    if previous is None or not previous.person or previous.represented or previous.entity is None or words[0].lower_ not in _DEFINITE:
        return None  # not after 'Zelensky's office said': an office is no 'diplomat'
    second = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}  # 'the former prosecutor and Trump nemesis': one person twice described
    someone_else = any(e.label == "PERSON" and (t.i not in second or e.id == previous.entity) for t in words for e, _ in mentions.get(t.idx, ()))
    capitalised = head.tag_ == "NNP" and head.is_title and not mentions.get(head.idx)  # 'The Leader also described …'
    role, where, held = _role_of(head, head.lemma_.lower()), _places(words), _held_offices(offices)
    learned = role in _EXPERTS and any(office in _LEARNED for office, _ in held.get(previous.entity, []))
    if head.tag_ != "NN" and not capitalised or head.lemma_.lower() in _STAND_INS and not learned or someone_else:
        return None  # 'the senior Cruz adviser' is someone else, and so is a 'Trump nemesis' after Trump's words
    if _head_of(head) is not None:
        if not _may_be_the_head(head, previous.entity, offices, titled=True):
            return None  # 'the head of state' after the words of a foreign minister
    elif any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # 'the program's host', 'the deputy head of China's delegation': a role of something else, anyone's
    if any(person != previous.entity and any(office == role and (not where or not places or where <= places or places <= where) for office, places in titles) for person, titles in held.items()):
        return None  # 'the Ohio governor' where the text titled someone else 'Gov.' (not 'Ohio Gov. John Kasich' for 'the New Jersey governor')
    own = {office for office, _ in held.get(previous.entity, [])} & _ONE_AT_A_TIME
    if role in _ONE_AT_A_TIME and own and role not in own and not any(t.lower_ == "former" for t in words):
        return None  # 'the Ohio governor' after the words of 'Sen. Bernie Sanders': another office, another person
    placed = [places for _, places in held.get(previous.entity, []) if places]
    if where and placed and not any(_one_place(where, places) for places in placed):
        return None  # 'the Ohio senator' after the words of 'Sen. Bernie Sanders (I-Vt.)'; 'the Iranian diplomat' is Iran's
    if previous.end > words[0].idx:
        return None  # the quote before runs on past the role's words
    between = [t for t in head.doc[: words[0].i] if t.idx >= previous.end]
    if sum(t.is_sent_start and not quoted(t.idx) for t in between) > _DESCRIBED_AGAIN_SENTENCES:  # the sentences of the words themselves do not count
        return None
    if _role_written_before_for_another(head, words[0].i, mentions):
        return None  # 'the home secretary believes …' after '… excluded by the home secretary' and Ms Geller's letter
    others = [p for p in _people_just_before(words[0], mentions, quoted) if p != previous.entity]
    return previous.entity if not others else None


#: The offices of whom 'the head of state' or 'the head of government' names again.
_HEADS_OF = {"state": frozenset({"president", "king", "queen", "emir", "sultan", "monarch"}), "government": frozenset({"premier", "chancellor", "president"})}


#: The offices of whom 'the Japanese leader' names: the head of its state or government.
_NATIONAL_LEADERS = _HEADS_OF["state"] | _HEADS_OF["government"]


def _head_of(head: Token) -> str | None:
    """'state' of 'the head of state', 'government' of 'the head of government' (not of 'the head of the state
    agency'), or None."""
    if head.lower_ != "head":
        return None
    what = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return what[0].lower_ if len(what) == 1 and what[0].lower_ in _HEADS_OF and not list(what[0].children) else None


def _may_be_the_head(head: Token, person: str, offices: list[_Office], titled: bool = False) -> bool:
    """Whether the person may be whom 'the head of state' or 'the head of government' names: one whose office the text
    gives is one of that head's (where ``titled``, the text must give one); any role else."""
    heads = _HEADS_OF.get(_head_of(head) or "")
    held = [office for office, _ in _held_offices(offices).get(person, [])]
    return heads is None or any(office in heads for office in held) or not held and not titled


def _person_introduced(words: list[Token], role_start: int, mentions: _MentionsAt) -> Entity | None:
    """The person the words of a later speaker name: the first entity among them, or, for a role that opens
    the text before anyone is named, the person named beside their body ('The World Health Organisation
    chief said …' then 'WHO Director-General Tedros told …')."""
    found = _mention_in(words, mentions)
    if found is None or found[0].label == "PERSON":
        return found[0] if found else None
    person = next((e for t in words for e, _ in mentions.get(t.idx, ()) if e.label == "PERSON"), None)
    if person is None:
        return None
    return None if any(m.start < role_start for e in _named(mentions, "PERSON") for m in e.mentions) else person


def _role_written_before_for_another(head: Token, before: int, mentions: _MentionsAt) -> bool:
    """Whether the text wrote the same role earlier with 'the' and no person's name in its phrase, as the office
    of someone it does not name ('excluded by the home secretary', 'the home secretary's ban on Pamela Geller'):
    the role stays that unnamed holder's, not the next or last person quoted."""
    modifiers = sorted(c.lower_ for c in head.children if c.dep_ in ("compound", "amod"))
    for earlier in head.doc[:before]:
        if earlier.lemma_ != head.lemma_ or earlier.tag_ != head.tag_ or sorted(c.lower_ for c in earlier.children if c.dep_ in ("compound", "amod")) != modifiers:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in earlier.children):
            continue
        phrase = [*earlier.subtree, *([earlier.head] if earlier.dep_ in ("appos", "compound") else [])]
        phrase += [t for c in earlier.children if c.dep_ == "appos" for t in c.subtree]
        if not any(entity.label == "PERSON" for t in phrase for entity, _ in mentions.get(t.idx, ())):
            return True
    return False


#: Roles that stand in for someone the text does not name, whoever spoke before ('the official said').
_STAND_INS = frozenset(
    {"official", "source", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "insider", "person",
     "staffer", "member", "analyst", "expert", "observer", "witness"}
)
#: Stand-ins that name the last speaker again when the text gave them a learned role: 'the expert noted'
#: after 'Li Haidong, a professor at the China Foreign Affairs University, told the Global Times'.
_EXPERTS = frozenset({"expert", "analyst", "observer", "scholar"})
_LEARNED = frozenset({"professor", "researcher", "scholar", "expert", "analyst", "economist", "fellow", "lecturer"})
#: How many sentences may lie between a quote and a role that describes its speaker again.
_DESCRIBED_AGAIN_SENTENCES = 2


def _held_offices(offices: list[_Office]) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each person's offices in the text, with the places they are of."""
    held: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for _, office, entity, places in offices:
        held.setdefault(entity, []).append((office, places))
    return held


#: Offices that name one person again after the text named them ('the Sedgefield MP', 'the Labour leader'),
#: besides those one person holds at a time.
_NAMED_AGAIN_BY = frozenset({"leader", "mp", "mep", "premier"})


def _leading_clause_subject(token: Token, pronoun: Token) -> bool:
    """The subject of a clause that opens the pronoun's sentence and hangs on the pronoun's verb ('While
    Judge Jessica Gonzalez was forced to drop the charges, she affirmed …'): the person the pronoun takes
    up when the sex agrees ('After Hillary Clinton accused him, he warned' is someone before)."""
    clause = token.head
    return token.dep_ in _SUBJECTS and clause.dep_ == "advcl" and clause.head == pronoun.head and clause.i < pronoun.i


def _main_subject(token: Token) -> bool:
    """The one subject of a sentence's main verb or of a verb joined to it ("The judge is Curiel" has two:
    which one a pronoun takes up is anyone's guess), not counting a description set off by commas that the
    parse took for a second subject ('Harris, 21, a college senior at Old Dominion, is a Democrat')."""
    verb = token.head
    if token.dep_ not in _SUBJECTS or not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    second = subjects[-1]
    if len(subjects) == 2 and subjects[0].pos_ == "PROPN" and second.pos_ == "NOUN" and second.doc[second.left_edge.i - 1].text == ",":
        subjects = subjects[:1]
    return subjects == [token]


def _acronym_in_brackets(words: list[Token], mentions: _MentionsAt) -> Entity | None:
    """The body a speaker's words describe and then name by its acronym in brackets, which the model tagged
    alone ('The United Nations agency for Palestinian refugees (UNRWA)': UNRWA, not the United Nations); not
    after a person's name ('John Smith (ACLU)')."""
    if len(words) < 4 or words[-1].text != ")" or words[-3].text != "(" or not words[-2].text.isupper():
        return None
    if any(entity.label == "PERSON" for t in words for entity, _ in mentions.get(t.idx, ())):
        return None
    found = _mention_in([words[-2]], mentions)
    return found[0] if found is not None and found[0].label == "ORG" else None


def _body_named_on(head: Token, mentions: _MentionsAt) -> tuple[Entity, bool] | None:
    """The body a name on the head noun names, before any owner: "Jacob Zuma's new MK party" is MK."""
    found = _mention_in([c for c in head.lefts if c.dep_ == "compound"], mentions)
    return found if found is not None and found[0].label == "ORG" else None


def _mention_in(words: Iterable[Token], mentions: _MentionsAt) -> tuple[Entity, bool] | None:
    """The entity named among the words, preferring people and organisations."""
    found = [named for token in words for named in mentions.get(token.idx, ())]
    if not found:
        return None
    return min(found, key=lambda f: (f[0].label not in ("PERSON", "ORG"), f[0].label == "NORP"))


def _circumstance_tokens(draft: _Draft) -> list[Token]:
    """Words about the saying (not the content nor the speaker): where the date and channel are, with those
    of the noun or the act a participle describes ('a statement saying …', 'released a statement on Tuesday, saying …')."""
    if draft.verb is None:
        return []
    skip = set(range(*draft.content)) | {t.idx for t in draft.subject}
    for start, end in draft.continuation:
        skip |= set(range(start, end))
    verb = draft.verb
    words = [t for c in verb.children if c.dep_ not in ("nsubj", "punct") for t in c.subtree]
    if verb.dep_ == "acl" or verb.dep_ == "advcl" and verb.tag_ == "VBG":  # 'a statement saying', 'released a statement, saying'
        words += [verb.head] if verb.dep_ == "acl" else []
        words += [t for c in verb.head.children if c != verb and c.dep_ not in _OTHER_CLAUSES for t in c.subtree]
        prep = verb.head.head
        if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB":
            # 'responded on Tuesday with a letter warning …': when the one who sent it acted
            words += [t for c in prep.head.children if c != prep and c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    described = {
        t.i for w in words if w.idx in skip or w.dep_ == "appos" or w.ent_type_ == "PERSON" for c in w.children
        if c.dep_ == "relcl" or c.dep_ == "acl" and c.lemma_.lower() not in _PUT_OUT for t in c.subtree
    }  # 'refused to recognise the junta, which seized power on July 26': what the words' noun did, not when they were
    # said, and so what a person the circumstances name did ('at a ceremony commemorating al-Saidi, a commander killed
    # on Thursday'); 'according to figures released on Friday' is when they were
    return [t for t in words if t.idx not in skip and t.i not in described] + _date_hung_on_the_subject(verb) + _occasion_of_the_subject(verb) + _release_of_the_words(draft.subject)


def _release_of_the_words(subject: list[Token]) -> list[Token]:
    """The date a work that speaks was put out on, inside the words naming it: 'new figures released by CBP on Friday'."""
    return [t for t in subject if t.ent_type_ == "DATE" and any(a.dep_ == "acl" and a.lemma_.lower() in _PUT_OUT and a in subject for a in t.ancestors)]


def _occasion_of_the_subject(verb: Token) -> list[Token]:
    """Where and when the subject spoke, in a participle set off after it: 'Zelensky, speaking at a press
    conference in Kyiv on Tuesday, called on allies'."""
    return [
        t for subject in verb.children if subject.dep_ == "nsubj"
        for c in subject.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING_ON_AN_OCCASION
        and c.i > 0 and c.doc[c.i - 1].text == ","
        for t in c.subtree
    ]


#: Verbs of a participle that says on what occasion its subject spoke: 'speaking at a news conference',
#: 'addressing a rally', 'writing on X'.
_SPEAKING_ON_AN_OCCASION = frozenset({"speak", "talk", "address", "write", "testify", "appear", "post"})


def _date_hung_on_the_subject(verb: Token) -> list[Token]:
    """A date right before the verb that the parse hung on its subject: 'Pakistan's Foreign Office | on Friday | said'."""
    return [
        t for subject in verb.children if subject.dep_ == "nsubj"
        for c in subject.rights if c.dep_ == "prep" and c.right_edge.i == verb.i - 1
        for t in c.subtree if t.ent_type_ in ("DATE", "TIME")
    ]


#: What hangs on a verb besides its circumstances: who acts, and other clauses.
_OTHER_CLAUSES = frozenset({"nsubj", "nsubjpass", "punct", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"})


def _channel(draft: _Draft) -> str | None:
    for token in [*_circumstance_tokens(draft), *draft.subject]:
        if (token.lemma_.lower() in channels() or token.lower_ in channels()) and not _what_is_answered(token) and not _an_act_of_a_channel_s_name(token, draft.verb):
            return token.lemma_.lower()
        before = [t.lower_ for t in token.doc[max(0, token.i - 2) : token.i]]
        if token.text in _PLATFORMS and (before and (before[-1] in ("on", "via") or before == ["on", "the"]) or _an_account_on(token)):
            return _PLATFORMS[token.text]  # 'wrote on X', 'said on the Telegram messaging app', 'on her Telegram channel'
        if token.lower_ in _BROADCAST_MEDIA and token.head.lower_ == "on" and token.dep_ == "pobj":
            return "broadcast"  # 'declared on state television', 'said on national TV'
        if token.lower_ in ("email", "e-mail") and token.dep_ == "pobj" and token.head.lower_ in ("in", "by", "via") and token.head.head == draft.verb:
            return "email"  # 'said in an email Tuesday'; not every email a story is about
    return None


#: Media whose words are broadcast: 'on state television', 'on national radio'.
_BROADCAST_MEDIA = frozenset({"television", "tv", "radio"})


def _an_account_on(platform: Token) -> bool:
    """'on her Telegram channel', 'via his Facebook page', 'on his Truth Social platform': a platform's name on the
    account the words were posted on."""
    account = platform
    while account.dep_ == "compound" and account.head != account:
        account = account.head
    return account != platform and account.lemma_.lower() in _ACCOUNTS and account.dep_ == "pobj" and account.head.lower_ in ("on", "via")


#: What a speaker posts on, on a platform: 'her Telegram channel', 'his Facebook page'.
_ACCOUNTS = frozenset({"channel", "account", "page", "feed", "profile", "platform"})


def _an_act_of_a_channel_s_name(token: Token, verb: Token | None) -> bool:
    """A word spelt as a channel that names no channel of the saying: a verb ('figures released by CBP',
    'addressing a rally', 'as reported by'; a post or a tweet, written, is one), a name's word ('The Washington
    Post', 'the U.S. Conference of Mayors'), or an event the saying is timed by ('appearing on Fox News right
    after the speech')."""
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower() not in ("tweet", "post")
    if token.pos_ == "PROPN" and token.ent_type_:
        return True
    for above in token.ancestors:  # 'Following the release of a new video from the group, Trump called upon …'
        if above == verb:
            return False
        if above.lower_ in _TIMED_BY and above.pos_ in ("ADP", "SCONJ", "VERB"):  # 'following' may be read as a participle
            return True
    return False


#: Prepositions that time a saying by another event: 'after the speech', 'ahead of the summit'.
_TIMED_BY = frozenset({"after", "before", "following", "since", "until"})


def _what_is_answered(noun: Token) -> bool:
    """A channel's noun the saying answers or comments on, its topic and not the way it was made: 'Commenting
    on reports of a meeting, Peskov said', 'asked about the letter', 'in response to the statement'."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.lemma_.lower() in _ANSWERING.get(prep.lower_, ())


#: Words of answering and the preposition a topic hangs on them by: 'commenting on', 'asked about', 'in response to'
#: (not 'On the video, Farrakhan refers to Jews as …': the video is where he said it).
_ANSWERING = {
    "on": frozenset({"comment", "remark"}),
    "about": frozenset({"comment", "ask", "question"}),
    "to": frozenset({"respond", "response", "react", "reaction", "reply", "refer", "reference"}),
}


#: Platforms a saying is posted on, and the channel that makes it: 'wrote on Twitter' is a tweet.
_PLATFORMS = {
    "Twitter": "tweet", "X": "post", "Facebook": "post", "Instagram": "post", "Telegram": "post", "Truth": "post", "TikTok": "video", "YouTube": "video",
}


def _said_on(draft: _Draft, timex_at: dict[int, Timex]) -> tuple[date | None, Span | None]:
    """The day of the saying: the date the text sets apart for it (a post's), or a date among the words
    about it ('in a statement on Tuesday'), the first there but for one counted from another date ('The next day, on
    August 5, 1964, the New York Times reported'); ``timex_at`` holds the article's timexes by their first character."""
    dated = [timex_at[draft.said[0]]] if draft.said and draft.said[0] in timex_at else []
    around = [timex_at[t.idx] for t in _circumstance_tokens(draft) if t.idx in timex_at]
    around += [timex_at[t.idx] for t in _dates_hung_on_the_verb(draft.verb) if t.idx in timex_at] if draft.verb is not None else []
    shared = [timex_at[t.idx] for t in _circumstances_of_the_saying_before(draft.verb) if t.idx in timex_at] if draft.verb is not None else []
    for timex in dated or sorted(around, key=lambda t: (t.counted_from is not None, t.start)) or shared:
        day = _the_day(timex)
        if timex.type == "DATE" or timex.type == "TIME" and day is not None:  # 'on Tuesday night': its day
            return (date.fromisoformat(day) if day else None), Span(start=timex.start, end=timex.end)
    return None, None


def _dates_hung_on_the_verb(verb: Token) -> list[Token]:
    """A date the verb governs though it stands inside the words' stretch: 'accused Israel | on Wednesday | of setting
    new conditions'."""
    return [t for c in _date_prepositions(verb) for o in c.children if o.dep_ == "pobj" for t in o.subtree]


def _date_prepositions(verb: Token) -> list[Token]:
    """'on Wednesday', 'during the night' hung on the verb, or on the end of its object right before the rest of
    the words ('accused Bolsonaro and 36 others | on Thursday | of plotting a coup'); not 'whacks Clinton in
    Christmas ad'."""
    doc = verb.doc
    obj = _child(verb, "dobj")
    ends = [  # not a date of a clause inside the object ('condemned the claim to have conducted a test on Wednesday')
        p for p in obj.subtree
        if p.right_edge.i == obj.right_edge.i and p.i > obj.i and not any(a.pos_ in ("VERB", "AUX") for a in _ancestors_up_to(p, obj))
    ] if obj is not None else []
    return [
        c for c in [*verb.children, *ends]
        if c.dep_ == "prep" and c.lower_ in ("on", "during") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
        and (c.head == verb or c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].head == verb)
    ]


def _ancestors_up_to(token: Token, top: Token) -> list[Token]:
    """The words between a word and one of its ancestors, that ancestor left out."""
    return list(itertools.takewhile(lambda a: a != top, token.ancestors))


def _dates_of_the_verb_inside(verb: Token, tokens: set[int]) -> list[set[int]]:
    """The words of each date the verb governs that stand between words of what was said."""
    dates = [{t.i for t in c.subtree} for c in _date_prepositions(verb)]
    return [d for d in dates if min(tokens) < min(d) and max(d) < max(tokens) and _complement_opens(verb.doc[max(d) + 1], verb)]


def _complement_opens(token: Token, verb: Token) -> bool:
    """Whether the word opens what the verb says after a date, not where it was said ('of deliberately obstructing',
    'to refrain'; not 'at a university forum')."""
    top = next((t for t in [token, *token.ancestors] if t.head == verb), None)
    return top is not None and top.left_edge == token and (top.dep_ in ("ccomp", "xcomp", "advcl") or top.dep_ == "prep" and top.lower_ in ("of", "about", "for", "over"))


def _circumstances_of_the_saying_before(verb: Token) -> list[Token]:
    """The words about the saying a cue is coordinated with, which it shares ('said Tuesday that … but insisted
    that …': insisted on Tuesday), when it has no subject of its own ('Trump called the system “rigged” in a tweet
    Tuesday, and a few Republican lawmakers have called for …' is another saying)."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in speech_verbs() or _child(verb, "nsubj") is not None:
        return []
    return [t for c in verb.head.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < verb.i for t in c.subtree]


def _the_day(timex: Timex) -> str | None:
    """The one day of a known year the expression names ('2021-12-28', and '2021-12-28TNI' of 'Tuesday night'),
    not a month, a decade or a weekday."""
    value = timex.value or ""
    whole = len(value) == 10 or len(value) > 10 and value[10] == "T"
    return value[:10] if whole and value[:4].isdigit() and "X" not in value[:10] else None


_WORD_CHARACTER = re.compile(r"\w")


def _outlet_voice(doc: Doc, article: Article, quotes: list[Quote], author: Author | None = None) -> list[Span]:
    """Body sentences that hold no quote, cue or speaker: the outlet speaking for itself; not the page's
    notices, nor a sentence whose every word is in one (a shop's box the parse took for a sentence), nor the
    byline and the dateline under it."""
    taken = Intervals((s.start, s.end) for q in quotes for s in (q.content, q.cue, q.speaker.span, *q.continuation) if s)
    notices = notice_spans(article.text)
    credits = credit_lines(article)
    voice: list[Span] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < article.body_start or end <= start or not _WORD_CHARACTER.search(text, start, end) or is_notice(text[start:end]):
            continue
        if article.dateline is not None and article.dateline.span.start <= start < article.dateline.span.end:
            continue  # a dateline under the body's byline
        if author is not None and author.how == "byline" and author.span.start <= start < author.span.end:
            continue
        if any(line.start <= start < line.end for line in credits):
            continue  # 'By Staff Reporter'
        if notices.overlapping(start, end) and all(notices.holds(m.start()) for m in _WORD_CHARACTER.finditer(text, start, end)):
            continue
        if not taken.overlapping(start, end):
            voice.append(Span(start=start, end=end))
    return voice
