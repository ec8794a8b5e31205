"""The article's author, as the text names them: a byline ('By Nick Brown') or a closing line that
introduces the writer ('Rick Scott is the Republican governor of Florida.') or sends readers to the writer's
account ('Follow Pam Key on Twitter @pamkeyNEN'). An opinion piece's 'I think'
is then its author's statement, not an unknown speaker's."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presslens.model import Article, Author, Entity, Span
from presslens.pipeline.segments import doc_text
from presslens.resources import honorifics, occupations, person_roles, speech_verbs

#: How many of the last paragraphs a closing line introducing the writer may stand in.
_CLOSING_PARAGRAPHS = 3
#: How many of the last paragraphs may name the writer besides the closing line ('Patrick J. Buchanan needs
#: no introduction to our readers' before 'Patrick J. Buchanan is the author of').
_CLOSING_REACH = 5
#: How many of the first lines of the body a byline may stand in.
_BYLINE_LINES = 3
#: How many words after 'is' the writer's role may come ('is the executive vice president of').
_ROLE_REACH = 6
#: Roles writers are introduced by, besides the roles and occupations that name a person.
_WRITERS = frozenset(
    {
        "author", "co-author", "coauthor", "editor", "columnist", "contributor", "correspondent", "reporter", "journalist",
        "professor", "lecturer", "fellow", "scholar", "economist", "attorney", "lawyer", "executive", "director",
        "founder", "co-founder", "cofounder", "host", "co-host", "analyst", "strategist", "consultant", "researcher",
        "president", "chairman", "chairwoman", "governor", "senator", "congressman", "congresswoman", "veteran",
    }
)
#: How long the words after 'By' of a byline may be.
_BYLINE_CHARACTERS = 80
_BYLINE = re.compile(
    r"^[ \t]*(?:By|This (?:article|report|story) was originally published by)[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE
)  # 'By Nick Brown', 'This report was originally published by Paul Joseph Watson at Infowars'
#: The line some outlets close with to send readers to the writer's account: 'Follow Pam Key on Twitter @pamkeyNEN'.
_FOLLOW = re.compile(r"^\W{0,3}Follow[ \t]+(\S[^\n]*?)[ \t]+on[ \t]+(?:Twitter|Facebook|Instagram)\b[^\n]*$", re.MULTILINE)


def find_author(doc: Doc, article: Article, entities: list[Entity]) -> Author | None:
    """The one person a byline or a closing line names as the writer; none when the text names several."""
    people = {(m.start, m.end): e for e in entities if e.label == "PERSON" for m in e.mentions}
    found = _closing_lines(doc, article, people) or _follow_lines(article, people) or _bylines(article, people)
    return found[0] if len({a.entity for a in found}) == 1 else None


def _closing_lines(doc: Doc, article: Article, people: dict[tuple[int, int], Entity]) -> list[Author]:
    """'Rick Scott is the Republican governor of Florida.' in the last paragraphs: a person the story does
    not name before, named first, 'is', and a writer's role within a few words."""
    text = doc_text(doc)
    paragraphs = [m for m in re.finditer(r"[^\n]+", text[article.body_start :]) if m.group().strip()][-_CLOSING_REACH:]
    closing = article.body_start + paragraphs[0].start() if paragraphs else len(text)
    found: list[Author] = []
    for paragraph in paragraphs[-_CLOSING_PARAGRAPHS:]:
        start = article.body_start + paragraph.start() + len(paragraph.group()) - len(paragraph.group().lstrip())
        span = doc.char_span(start, article.body_start + paragraph.end(), alignment_mode="expand")
        for sentence in span.sents if span is not None else ():
            tokens = [t for t in sentence if not (t.i == sentence.start and t.text.rstrip(".").lower() in honorifics())]
            named = next(((where, e) for where, e in people.items() if where[0] == tokens[0].idx), None) if tokens else None
            if named is None:
                continue
            (_, end), entity = named
            if any((m.start < closing or _speaks(doc, m.end)) and not _by_line(text, m.start) for m in entity.mentions):
                continue  # someone the story is about ('Jones is a professor at Harvard' after quoting Jones), not its writer
            after = [t for t in sentence if t.idx >= end]
            if after and after[0].lower_ == "is" and any(_writer(t.lemma_.lower()) for t in after[1 : 1 + _ROLE_REACH]):
                words = text[sentence.start_char : sentence.end_char].rstrip()
                found.append(Author(entity=entity.id, span=Span(start=sentence.start_char, end=sentence.start_char + len(words)), how="closing_line"))
    return found


def follow_lines(text: str, body_start: int) -> list[re.Match[str]]:
    """'Follow Pam Key on Twitter @pamkeyNEN.' among the last paragraphs, the writer's name its first group."""
    paragraphs = [m for m in re.finditer(r"[^\n]+", text[body_start:]) if m.group().strip()][-_CLOSING_PARAGRAPHS:]
    found = (_FOLLOW.match(text, body_start + p.start(), body_start + p.end()) for p in paragraphs)
    return [match for match in found if match is not None]


def _follow_lines(article: Article, people: dict[tuple[int, int], Entity]) -> list[Author]:
    """The person a closing 'Follow Pam Key on Twitter' line names wrote the article."""
    found: list[Author] = []
    for match in follow_lines(article.text, article.body_start):
        named = [e for (at, end), e in people.items() if at == match.start(1) and end == match.end(1)]
        found += [Author(entity=e.id, span=Span(start=match.start(), end=match.end()), how="closing_line") for e in named]
    return found


def _by_line(text: str, start: int) -> bool:
    """A name after 'by' ('This report was originally published by Paul Joseph Watson'): the writer credited."""
    return text[max(0, start - 3) : start].lower() == "by "


def _speaks(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a reporting verb ('Larry Sabato said'): a source."""
    token = doc.char_span(end - 1, end, alignment_mode="expand")
    word = token[-1] if token else None  # none where the name ends on a space
    return word is not None and word.dep_ == "nsubj" and word.head.lemma_.lower() in speech_verbs()


def _writer(lemma: str) -> bool:
    return lemma in _WRITERS or lemma in person_roles() or lemma in occupations()


def _bylines(article: Article, people: dict[tuple[int, int], Entity]) -> list[Author]:
    """'By Nick Brown' (or 'By Nick Brown and Jane Doe, Reuters', or 'This report was originally published by
    Paul Joseph Watson at Infowars') on one of the first lines of the body, a short line that starts with a
    person's name."""
    found: list[Author] = []
    for match in _byline_matches(article):
        if not any(start == match.start(1) for start, _ in people):
            continue  # 'By now, we have all heard of Jesus Campos.': a sentence, not a byline
        names = [e for (start, _), e in people.items() if match.start(1) <= start < match.end(1)]
        found += [Author(entity=e.id, span=Span(start=match.start(), end=match.end()), how="byline") for e in names]
    return found


def credit_lines(article: Article) -> list[Span]:
    """The byline's lines, named writer or not ('By Staff Reporter', 'By Our Correspondent', 'By AFP'): a
    short line among the first of the body, 'By' and words each capitalised, which credit the piece and
    assert nothing."""
    return [
        Span(start=match.start(), end=match.end())
        for match in _byline_matches(article)
        if all(word[:1].isupper() or not word[:1].isalpha() or word in _CREDIT_JOINERS for word in match.group(1).split())
    ]


#: The small words a byline's capitalised names are joined by: 'By Agence France-Presse and Reuters'.
_CREDIT_JOINERS = frozenset({"and", "of", "the", "in", "for", "de", "al", "el", "bin", "van", "von"})


def _byline_matches(article: Article) -> list[re.Match[str]]:
    """Lines of 'By …' no longer than a byline among the first lines of the body."""
    head = article.text[article.body_start :]
    lines = head.split("\n")[: _BYLINE_LINES + head[: len(head) - len(head.lstrip("\n"))].count("\n")]
    limit = article.body_start + sum(len(line) + 1 for line in lines)
    return [match for match in _BYLINE.finditer(article.text, article.body_start, limit) if len(match.group(1)) <= _BYLINE_CHARACTERS]
