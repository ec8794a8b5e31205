"""Transcript turns: paragraphs that open with a speaker's name and a colon.

News prints interviews and debates as transcripts ('"WALLACE: Let's start ...', '"PENCE: Well, ...'),
often as one long quotation over many paragraphs, and interviews as questions and answers under names
in title case ('Sputnik: Does ...', 'Michael Swadling: I guess ...'). Each turn is the words of the
speaker its label names, not of whoever the article quoted before the transcript began, nor the
outlet's own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import takewhile
from dataclasses import dataclass, replace

from presslens.pipeline.notices import is_notice

#: A paragraph opening (after an optional quotation mark) with one to four words in capitals, perhaps a
#: role after a comma ('VICTORIA TOENSING, ATTORNEY REPRESENTING FBI INFORMANT'), and a colon.
_TURN = re.compile(
    r"^[ \t]*[\"“'‘]?(?P<label>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:,[ \t]+[A-Z][A-Z'’. -]*)?:[ \t]+(?P<words>\S[^\n]*)$",
    re.MULTILINE,
)
#: Capitals and a colon that head a paragraph without naming who speaks.
_NOT_SPEAKERS = frozenset(
    {
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "READ", "READ MORE", "MORE",
        "RELATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "SOURCE", "SOURCES",
        "PHOTO", "PHOTOS", "VIDEO", "LISTEN", "OPINION", "ANALYSIS", "COMMENTARY", "DISCLAIMER", "WARNING", "ALSO",
        "SEE ALSO", "TRANSCRIPT", "EDT", "EST", "GMT", "UTC", "AP", "UPI", "INTERVIEW", "POLL", "EXPLAINER", "FACTBOX",
    }
)
#: A paragraph opening with a name in title case and a colon ('Michael Swadling: I guess ...'), or with the short name
#: of an outlet that writes it in lower case ('dpa: How is the situation?').
_NAMED_TURN = re.compile(
    r"^[ \t]*[\"“]?(?P<label>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|la|le)\b[\w'’-]*)){0,3}|[a-z]{2,4}):[ \t]+(?P<words>\S[^\n]*)$",
    re.MULTILINE,
)
#: Pointers to the recording inside an interview: the page's, not the speaker's.
_POINTER = re.compile(r"^[ \t]*(?:Listen to|Watch)\b")
#: An answer goes on over at most this many unlabelled paragraphs before the next turn.
_MAX_ANSWER_PARAGRAPHS = 12
#: Words after the colon with more than this share of capitals are a heading's.
_HEADING_CAPITALS = 0.6
#: A transcript has at least this many turns; one capitalised heading with a colon is no transcript.
_MIN_TURNS = 2
_QUOTE_MARKS = "\"“”‘’'"


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]
    content: tuple[int, int]
    continuation: tuple[tuple[int, int], ...]  # the speaker's next paragraphs
    paragraphs: tuple[tuple[int, int], ...]  # the paragraphs the turn covers
    role: str = "named"  # the label names the speaker; or 'question', 'answer' of a Q&A, whose labels name nobody
    outlet: bool = False  # the label names an outlet whose reporter asks, as at a ministry's briefing ('AFP: …?')


#: A paragraph opened with a quotation mark, as each paragraph of a quotation over several is.
_QUOTED_PARAGRAPH = re.compile(r"[ \t]*[\"“](?P<words>\S.*)")
_LINE = re.compile(r"[^\n]+")
#: A stage direction: '(CROSSTALK)', '[LAUGHTER]'.
_DIRECTION = re.compile(r"[(\[][^)\]]*[)\]][.,]?")


def transcript_turns(text: str) -> list[Turn]:
    """The article's transcript turns, when it has at least two of them in capitals, or an interview
    under names in title case, or a Q&A. The paragraphs after a turn in capitals that open with a
    quotation mark, as the turn's own did, go on with its speaker."""
    labels = [m for m in _TURN.finditer(text) if m.group("label").rstrip(".") not in _NOT_SPEAKERS and not _shouted(m.group("words"))]
    if len(labels) < _MIN_TURNS or len({m.group("label") for m in labels}) == 1:
        # one name in capitals may be an outlet's acronym among names in title case ('RT: …?', 'Whitcombe: …')
        if (turns := _interview_turns(text) or _questions_and_answers(text)) or len(labels) < _MIN_TURNS:
            return turns
    turns: list[Turn] = []
    for match in labels:
        content = _words(text, match.start("words"), match.end("words"))
        if content is None:
            continue
        continuation, paragraphs = [], [(match.start(), match.end())]
        if _QUOTED_PARAGRAPH.fullmatch(text, match.start(), match.end()):
            for paragraph in _paragraphs_after(text, match.end()):
                quoted = _QUOTED_PARAGRAPH.fullmatch(text, *paragraph)
                if quoted is None or _TURN.match(text, paragraph[0]):
                    break  # the outlet's narration, or the next speaker
                if _DIRECTION.fullmatch(quoted.group("words").strip(_QUOTE_MARKS + " ")):
                    continue
                if (words := _words(text, quoted.start("words"), quoted.end("words"))) is not None:
                    continuation.append(words)
                    paragraphs.append(paragraph)
        turns.append(Turn(match.span("label"), content, tuple(continuation), tuple(paragraphs), _role(match.group("label"))))
    return turns


#: A Q&A's paragraph: 'Q: …', 'A. …', 'Question: …', or a question glued to its letter ('QWhat would have happened?').
_QA_TURN = re.compile(r"^[ \t]*(?P<label>Q|A|Question|Answer)(?:[ \t]*[:.][ \t]*|(?=[A-Z][a-z’']))(?P<words>\S[^\n]*)$", re.MULTILINE)


def _questions_and_answers(text: str) -> list[Turn]:
    """A Q&A interview: at least two questions and two answers taking turns. Who answers is the person
    the article introduces (the attribution step finds them); the questions are the interviewer's; a
    turn among them under a name is that name's, as a ministry's briefing gives an agency's question and
    the spokesperson's answer."""
    labels = [m for m in _QA_TURN.finditer(text) if re.search(r"[a-z]", m.group("words"))]
    # a briefing's turns under names among them: 'Bloomberg: … Can you confirm?', 'Wang Wenbin: I have no information …',
    # or all its answers, under the spokesperson's name ('Question: …', 'Maria Zakharova: …')
    taken = {m.start() for m in labels}
    named = [m for m in _NAMED_TURN.finditer(text) if m.start() not in taken and _spoken(m.group("label"), m.group("words"))]
    turns = sorted([*((m, _role(m.group("label"))) for m in labels), *((m, "named") for m in named)], key=lambda pair: pair[0].start())
    asking = [role == "question" for _, role in turns]
    if asking.count(True) < 2 or asking.count(False) < 2 or sum(a != b for a, b in zip(asking, asking[1:])) < 2:
        return []
    return [_turn(text, match, turns[n + 1][0].start() if n + 1 < len(turns) else None, role) for n, (match, role) in enumerate(turns)]


#: Labels of a Q&A's turns, which name nobody: the question's and the answer's.
_ASKING = frozenset({"Q", "QUESTION"})
_ANSWERING = frozenset({"A", "ANSWER"})


def _role(label: str) -> str:
    """A turn's role by its label: 'question' or 'answer' of a Q&A ('QUESTION:', 'A.'), or 'named'."""
    word = label.upper().rstrip(".")
    return "question" if word in _ASKING else "answer" if word in _ANSWERING else "named"


def _interview_turns(text: str) -> list[Turn]:
    """Turns under names in title case, when they are a dialogue: at least two names that each open two
    turns or more, or one name answering the questions of others (a ministry's briefing: 'AFP: … What's
    China's response?', 'Mao Ning: …'), taking turns, one of them introduced by its full name elsewhere
    ('political campaigner Michael Swadling'), so that list headings ('Present Problems: ...') are no
    speakers. An unlabelled paragraph between two turns goes on with the answer before it; after the
    last turn, only up to a closing disclaimer that names its speaker."""
    labels = [m for m in _NAMED_TURN.finditer(text) if _spoken(m.group("label"), m.group("words")) and _role(m.group("label")) == "named"]
    names = [m.group("label") for m in labels]
    recurring = {name for name, turns in Counter(names).items() if turns >= 2}
    changes = sum(a != b for a, b in zip(names, names[1:]))
    briefing = len(recurring) == 1 and all(_asks(m.group("words")) for m in labels if m.group("label") not in recurring)
    if (len(recurring) < 2 and not briefing) or changes < 2 or not any(_introduced_elsewhere(text, name, labels) for name in recurring):
        return []
    turns = [_turn(text, match, labels[n + 1].start() if n + 1 < len(labels) else None) for n, match in enumerate(labels)]
    return [replace(turn, outlet=briefing and name not in recurring or name.islower()) for turn, name in zip(turns, names)]  # 'dpa: …


def _turn(text: str, match: re.Match[str], next_turn: int | None, role: str = "named") -> Turn:
    """A turn of an interview and the unlabelled paragraphs that go on with it before the next turn
    (after the last, only up to a closing disclaimer that names its speaker)."""
    content = _words(text, match.start("words"), match.end("words")) or match.span("words")
    continuation, paragraphs = [], [(match.start(), match.end())]
    following = list(takewhile(lambda p: next_turn is None or p[0] < next_turn, _paragraphs_after(text, match.end())))
    name = match.group("label").split()[-1] if role == "named" else None
    if next_turn is None:
        closing = next((i for i, p in enumerate(following) if name is not None and is_notice(text[slice(*p)]) and _names(text[slice(*p)], name)), None)
        following = following[:closing] if closing is not None else []
    if len(following) <= _MAX_ANSWER_PARAGRAPHS:
        for paragraph in following:
            words = text[slice(*paragraph)]
            if is_notice(words) or _POINTER.match(words) or _NAMED_TURN.match(words) or not re.search(r"[a-z]", words):
                continue  # the page's line, or another label's
            if name is not None and _names(words, name):
                continue  # the outlet's line about the speaker
            if (piece := _words(text, *paragraph)) is not None:
                continuation.append(piece)
                paragraphs.append(paragraph)
    return Turn(match.span("label"), content, tuple(continuation), tuple(paragraphs), role)


def a_heading_label(label: str) -> bool:
    """Whether the words before a colon label a heading ('Analysis', 'READ MORE', 'Update'), naming no speaker."""
    return label.strip().upper().rstrip(".") in _NOT_SPEAKERS


def _spoken(label: str, words: str) -> bool:
    """Whether a title-case 'Name: words' paragraph is someone speaking: not a heading's label ('READ
    MORE:', 'Update:'), and words of a sentence, not another story's headline in title case ('Mueller
    Report: 'US Forced EU to Follow Through …'', where a question such as 'What about Bergoglio?' ends
    as a sentence does)."""
    if a_heading_label(label):
        return False
    tokens = [w for w in words.split() if any(ch.isalpha() for ch in w)]
    capitalised = sum(w.lstrip(_QUOTE_MARKS)[:1].isupper() for w in tokens)
    headline = capitalised > _HEADING_CAPITALS * len(tokens) and words.rstrip(_QUOTE_MARKS + " ")[-1:] not in ".?!…"
    return len(tokens) >= 2 and not headline and re.search(r"[a-z]", words) is not None


def _asks(words: str) -> bool:
    """Whether a turn's paragraph ends with a question, as a reporter's at a briefing does."""
    return words.rstrip(_QUOTE_MARKS + " ").endswith("?")


def _names(words: str, name: str) -> bool:
    """Whether a paragraph names the speaker ('Earl Rasmussen is the executive vice president of ...'):
    the outlet speaking about them, not they themselves."""
    return re.search(rf"\b{re.escape(name)}\b", words) is not None


def _introduced_elsewhere(text: str, name: str, labels: list[re.Match[str]]) -> bool:
    """Whether the label's last word is also the end of a full name outside the labels."""
    surname = name.split()[-1]
    taken = [m.span("label") for m in labels]
    for found in re.finditer(rf"\b[A-Z][\w'’.-]+ {re.escape(surname)}\b", text):
        if not any(start <= found.start() < end for start, end in taken):
            return True
    return False


def _paragraphs_after(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-empty lines after ``offset``, in order."""
    for line in _LINE.finditer(text, offset):
        if line.group().strip():
            yield line.span()


def _shouted(words: str) -> bool:
    """A heading in capitals ('CHAFFETZ: HYPOCRITICAL DEMS SUDDENLY CARE'), not a speaker's words."""
    letters = [ch for ch in words if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) > _HEADING_CAPITALS * len(letters)


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
        end -= 1
    return (start, end) if end > start else None
