"""Names the NER model cut in two: after a connecting word, 'the Democratic Republic of the' and 'Congo',
'the Vienna Convention on' and 'Consular Relations', or after a given name it read as a person's and
before a surname it read as a place's, 'Jamal' and 'Khashoggi', are one name each; a name that ends on a
connecting word with no name after it ('the Battle of the Bulge in' of '… in 1944', 'Board of a') ends
before it. ('Benedict the' stays: 'the' after a name may begin an epithet, 'John the Baptist'.) A given
name the model took for a body, before a surname it left untagged ('Brett' and 'Kavanaugh'), is a person's;
a given name or a kunya it left untagged before a person's name ('Jamal', 'Abu Mahdi' at the start of a
paragraph) is part of that name; a people's name right before a state's body is that body's ('Iranian' and
'Foreign Ministry': the Iranian Foreign Ministry, not the Russian one); a body's name the model ended with
a spokesman ('Kremlin Spokesman') ends before it; a family name the model read as a person of its own
('Al Thani' after 'Sheikh Mohammed bin Abdulrahman') ends the name before it, and titles it read as one
('Emir Sheikh' before 'Tamim bin Hamad Al-Thani') open the name after them, and the lineage it left untagged after
a name ('bin Jassim Al Thani') ends it. A name the model ended on its particles
('Ursula von der' before 'Leyen') or before the last surname the name hangs on ('Vladimir Padrino' of '… Padrino Lopez
assured') is read whole, and one it left untagged after a title ('Bishop Thomas Olmsted') or written in capitals after
'the' and ending on a word for a body ('The Foreign and Expatriates Ministry') is read; a state and its leader after a
title of it, as state media write them ('Prime Minister of India Narendra Modi'), are read apart; a word in lower case
the model ran into a name ('the free Republic of Korea') is left out; 'X' after 'on' is the platform. None of this in
a headline written in title case, where a capital marks no name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from presslens.names import NAME_PARTICLES, PATRONYMICS
from presslens.pipeline.places import gazetteer
from presslens.resources import given_names, honorifics, person_roles

#: Words in lower case that join the parts of a name and never end one.
_CONNECTORS = frozenset({"of", "on", "for", "and", "in", "at", "with", "to"})
#: Articles that end a name cut after a connector ('Republic of the', 'Board of a').
_ARTICLES = frozenset({"the", "a", "an"})
#: The labels the model gives the parts of a person's name it cut in two.
_READ_FOR_A_NAME = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})
#: 'Father of', 'mother of': the first words of an Arabic kunya ('Abu Mahdi', 'Umm Kulthum').
_KUNYAS = frozenset({"Abu", "Umm"})
#: Given names that are also ranks written out before a name ('Major'; 'Sacred Heart Major Seminary').
_RANKS = frozenset({"major"})
#: The last words of a state's bodies, which news names after the state's people: 'Iranian Foreign Ministry'.
STATE_BODIES = frozenset({"ministry", "office", "government", "embassy", "consulate", "parliament", "army", "navy", "military", "police", "cabinet"})
#: Who speaks for a body, a word the model sometimes ends the body's name with: 'Kremlin Spokesman'.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
#: The labels of names (not of dates, numbers or amounts).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"})


@Language.component("presslens_whole_names", assigns=["doc.ents"])
def whole_names(doc: Doc) -> Doc:
    names: list[Span] = []
    ents = _with_the_platform_x(doc, _with_states_and_holders(doc, list(doc.ents)))
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and _given_name_and_surname(ent, after):
            names.append(Span(doc, ent.start, after.end, label="PERSON"))
            i += 2
            continue
        if after is not None and (_family_name_after(ent, after) or _titles_before(ent, after) or _surname_after_particles(ent, after)):
            names.append(Span(doc, ent.start, after.end, label="PERSON"))
            i += 2
            continue
        if after is not None and (_a_state_body_of(ent, after) or _a_body_for(ent, after)):
            names.append(Span(doc, ent.start, after.end, label="ORG"))
            i += 2
            continue
        if (end := _untagged_state_body_after(ent, after.start if after is not None else len(doc))) is not None:
            names.append(Span(doc, ent.start, end, label="ORG"))
            i += 1
            continue
        if _untagged_last_name_after(ent, after):
            names.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            i += 1
            continue
        if (end := _untagged_lineage_after(ent, after.start if after is not None else len(doc))) is not None:
            names.append(Span(doc, ent.start, end, label="PERSON"))
            i += 1
            continue
        if (surname := _untagged_surname_after(ent, after.start if after is not None else len(doc))) is not None:
            names.append(Span(doc, ent.start, surname, label="PERSON"))
            i += 1
            continue
        if (start := _given_names_before_a_nisba(ent, names[-1].end if names else 0)) is not None:
            names.append(Span(doc, start, ent.end, label="PERSON"))
            i += 1
            continue
        if (start := _untagged_given_name_before(ent, names[-1].end if names else 0)) is not None:
            names.append(Span(doc, start, ent.end, label="PERSON"))
            i += 1
            continue
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in _SPOKESPEOPLE:
            names.append(Span(doc, ent.start, ent.end - 1, label="ORG"))  # 'Kremlin Spokesman' of '… Dmitry Peskov': the Kremlin
            i += 1
            continue
        cut = _cut_at(ent) if ent.label_ in _NAME_LABELS else ent.end
        if cut == ent.end:
            names.append(ent)
            i += 1
            continue
        if after is not None and after.start == ent.end and after.label_ in _NAME_LABELS and doc[ent.end - 1].lower_ not in ("a", "an"):
            names.append(Span(doc, ent.start, after.end, label=ent.label_))
            i += 2
            continue
        names.append(Span(doc, ent.start, cut, label=ent.label_))
        i += 1
    doc.ents = sorted([_without_words_before(span) for span in names] + _untagged_names(doc, names), key=lambda span: span.start)
    return doc


#: Labels of names a word in lower case does not open: 'the free Republic of Korea', 'the universal Church'.
_OPENED_BY_A_CAPITAL = frozenset({"ORG", "GPE", "LOC"})  # not a street: "rue Pelleport"


def _without_words_before(name: Span) -> Span:
    """The name without the adjectives and nouns in lower case the model ran into it ('free' of 'the free Republic of
    Korea', 'state' of 'the state Division of Gaming Enforcement'); a name a capital opens after them."""
    doc = name.doc
    first = start = name.start + (doc[name.start].lower_ == "the")
    while start + 1 < name.end and doc[start].is_lower and doc[start].is_alpha and doc[start].pos_ in ("ADJ", "NOUN"):
        start += 1
    if start == first or name.label_ not in _OPENED_BY_A_CAPITAL or not doc[start].is_title:
        return name
    return Span(doc, start, name.end, label=name.label_)


#: Titles a state's name follows with 'of', and then its holder's name: 'President of the Republic of Türkiye Recep Tayyip Erdogan'.
_TITLES_OF_A_STATE = frozenset({"president", "minister", "king", "queen", "emir", "sultan", "chancellor", "premier", "prince", "vice-president"})
#: A title a state's name follows with 'of', as written: where to look for a state and its leader.
_TITLE_OF = re.compile(rf"\b(?:{'|'.join(sorted(_TITLES_OF_A_STATE))}) (of)\b", re.IGNORECASE)
#: The most words a state's name after a title has ('Democratic Republic of the Congo'), and its holder's name.
_STATE_WORDS, _HOLDER_WORDS = 6, 6


def _with_states_and_holders(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with the state and the person of each title written as the Kremlin and other state media write
    them, 'Prime Minister of India Narendra Modi', 'President of Brazil Luiz Inacio Lula da Silva': the model runs the
    state into the name ('the Republic of Türkiye Recep'), cuts the name ('Inacio Lula da Silva') or tags neither."""
    found: list[Span] = []
    for match in _TITLE_OF.finditer(doc.text):
        of = doc.char_span(match.start(1), match.end(1))
        if of is None or not doc[of.start - 1].is_title:
            continue
        of = of[0]
        if _in_title_case(of.sent) or found and found[-1].end > of.i:
            continue
        state = _state_after(doc, of.i + 1 + (of.i + 1 < len(doc) and doc[of.i + 1].lower_ == "the"))
        holder = _holder_after(doc, state.end) if state is not None else None
        if state is not None and holder is not None:
            found += [state, holder]
    return _replaced(ents, found)


#: 'X' after 'on' or 'via', a word of its own.
_ON_X = re.compile(r"\b(?:on|via|On|Via) (X)\b")


def _with_the_platform_x(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with 'X' after 'on' or 'via' the platform ('wrote on X'), which the model takes for a place or
    leaves untagged."""
    spans = (doc.char_span(m.start(1), m.end(1)) for m in _ON_X.finditer(doc.text))
    return _replaced(ents, [Span(doc, span.start, span.end, label="ORG") for span in spans if span is not None])


def _replaced(ents: list[Span], found: list[Span]) -> list[Span]:
    """The entities with those ``found`` in the place of any they overlap, in the order of the text."""
    if not found:
        return ents
    return sorted([e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)] + found, key=lambda span: span.start)


def _state_after(doc: Doc, start: int) -> Span | None:
    """The longest run of capitalised words from ``start`` that names a country ('Republic of Türkiye'), or None."""
    countries = [
        Span(doc, start, end, label="GPE") for end in range(start + 1, min(len(doc), start + _STATE_WORDS) + 1)
        if doc[end - 1].is_title and gazetteer().is_country(doc[start:end].text)
    ]
    return countries[-1] if countries and doc[countries[-1].end - 1].whitespace_ else None


def _holder_after(doc: Doc, start: int) -> Span | None:
    """The capitalised words of a name from ``start``, with the particles inside it ('Mohamed bin Zayed Al Nahyan'), or None."""
    end = start
    while end < min(len(doc), start + _HOLDER_WORDS):
        word = doc[end]
        particle = word.lower_ in NAME_PARTICLES and end > start and end + 1 < len(doc) and doc[end + 1].is_title
        if not (word.is_title and word.pos_ == "PROPN" and word.ent_type_ not in ("DATE", "TIME") or particle or word.text == "-"):
            break
        end += 1
    while end > start and not doc[end - 1].is_title:
        end -= 1
    return Span(doc, start, end, label="PERSON") if end > start else None


def _given_name_and_surname(first: Span, second: Span) -> bool:
    """'Jamal' right before 'Khashoggi' (or before a person's names, 'Jaafar al-Ibrahimi'), the first a given
    name and neither a place the gazetteer knows, whatever the model took each for (a person, a place; not
    'German' of 'German Bild', a people)."""
    places = gazetteer()
    return (
        first.label_ in ("PERSON", "GPE", "LOC", "ORG") and second.label_ in _READ_FOR_A_NAME and (first.label_, second.label_) != ("PERSON", "PERSON")
        and len(first) == 1 and (len(second) == 1 or second.label_ == "PERSON") and second.start == first.end and bool(first[-1].whitespace_)
        and first[0].lower_ in given_names() and second[0].is_title and second[0].pos_ == "PROPN"
        and places.canonical(first.text) is None and places.canonical(second.text) is None
    )


#: How an Arabic family name opens: 'Al Thani', 'Al-Nahyan', 'al-Saud'.
_FAMILY_ARTICLES = ("Al ", "Al-", "al-", "El ", "El-")


def _family_name_after(person: Span, family: Span) -> bool:
    """'Sheikh Mohammed bin Abdulrahman' right before 'Al Thani': one person, whose family name the model took for
    another person's."""
    return (
        person.label_ == family.label_ == "PERSON" and family.start == person.end and bool(person[-1].whitespace_)
        and family.text.startswith(_FAMILY_ARTICLES) and len(family.text) > 4
    )


def _surname_after_particles(person: Span, surname: Span) -> bool:
    """'Ursula von der' right before 'Leyen': a person's name the model ended on its particles, and the surname it
    took for a place; or 'Ursula von', then 'der' left out, then 'Leyen'."""
    between = person.doc[person.end : surname.start]
    particles = person[-1].lower_ in NAME_PARTICLES and all(t.lower_ in NAME_PARTICLES and t.is_lower and t.whitespace_ for t in between)
    return (
        person.label_ == "PERSON" and surname.label_ in _READ_FOR_A_NAME and surname.start - person.end <= 2 and len(person) > 1
        and particles and surname[0].is_title and bool(person[-1].whitespace_)
    )


def _titles_before(titles: Span, person: Span) -> bool:
    """'Emir Sheikh' right before 'Tamim bin Hamad Al-Thani': titles the model read as a person of their own."""
    return (
        titles.label_ == person.label_ == "PERSON" and person.start == titles.end and bool(titles[-1].whitespace_)
        and all(t.is_title and _a_title(t) for t in titles)
    )


def _a_state_body_of(people: Span, body: Span) -> bool:
    """'Iranian' right before 'Foreign Ministry': one body, the Iranian one, and not the Russian Foreign
    Ministry a later sentence names the same way."""
    return (
        people.label_ == "NORP" and body.label_ == "ORG" and body.start == people.end and len(people) == 1 and bool(people[-1].whitespace_)
        and people[0].is_title and body[-1].lower_ in STATE_BODIES and body[0].is_title
    )


def _a_body_for(body: Span, purpose: Span) -> bool:
    """'the UN Office' + 'for' + 'the Coordination of Humanitarian Affairs': one body named for what it does,
    which the model cut at its 'for'."""
    if body.label_ != "ORG" or purpose.label_ != "ORG" or purpose.start != body.end + 1 or body.doc[body.end].lower_ != "for":
        return False
    words = [t for t in purpose if t.lower_ != "the"]
    return body[-1].lower_ in _BODY_HEADS and bool(words) and words[0].is_title


def _untagged_state_body_after(people: Span, before: int) -> int | None:
    """The end of a state's body the model left untagged after the people's name it tagged ('The Palestinian
    Presidency', 'the Iraqi Foreign Ministry'): capitalised words up to the next entity (``before``) ending on
    a word for such a body."""
    doc = people.doc
    if people.label_ != "NORP" or len(people) != 1 or not people[0].is_title or not people[0].whitespace_:
        return None
    end = people.end
    while end < min(before, people.end + 3) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return end if end > people.end and doc[end - 1].lower_ in STATE_BODIES | {"presidency"} else None


#: Words after a person's name that are no part of it: 'the Joe Biden Administration'.
_NOT_SURNAMES = STATE_BODIES | _SPOKESPEOPLE | {"administration", "campaign", "presidency", "era", "foundation", "center", "centre"}


def _untagged_last_name_after(person: Span, after: Span | None) -> bool:
    """Whether the word after a person's name is the last of their surnames, which the model left untagged though
    the name hangs on it ('Vladimir Padrino' of 'Defense Minister Vladimir Padrino Lopez assured')."""
    doc, end = person.doc, person.end
    if person.label_ != "PERSON" or len(person) < 2 or end >= len(doc) or after is not None and after.start == end or _in_title_case(person.sent):
        return False  # 'Paul Ryan Joins …' of a headline
    word, then = doc[end], doc[end + 1] if end + 1 < len(doc) else None
    if then is not None and then.is_title and then.pos_ == "PROPN":
        return False  # '… Roger Stone Check Amazon for Pricing': a run of capitals, no name
    return (
        person.root.head.i == end and person.root.dep_ == "compound" and word.is_title and word.tag_ == "NNP" and bool(person[-1].whitespace_)
        and word.lower_ not in _NOT_SURNAMES and not _a_title(word)
    )


#: The last words of a body's name that the model leaves untagged when capitalised words joined by 'and' come
#: before: 'The Foreign and Expatriates Ministry affirmed'.
_BODY_HEADS = frozenset({"ministry", "department", "agency", "council", "committee", "commission", "directorate", "authority", "office"})


def _untagged_names(doc: Doc, names: list[Span]) -> list[Span]:
    """Names the model left untagged whole: a person's after a title ('Bishop Thomas Olmsted of Phoenix', at the start of
    a list's item; 'Mayor Ihor Terekhov said') and a body's, capitalised words after 'the' ending on a word for a body ('The Foreign and
    Expatriates Ministry')."""
    tagged = {i for span in names for i in range(span.start, span.end)}
    found = []
    i = 0
    while i < len(doc):
        span = (_person_after_a_title(doc, i, tagged) or _subject_after_a_role(doc, i, tagged) or _body_in_capitals(doc, i, tagged)) if doc[i].is_title else None
        if span is None or _in_title_case(span.sent):
            i += 1
            continue
        found.append(span)
        i = span.end
    return found


def _person_after_a_title(doc: Doc, i: int, tagged: set[int]) -> Span | None:
    """'Bishop' then a given name and one or two capitalised words, none of them tagged: the given name on is a person's."""
    title = doc[i]
    if i + 2 >= len(doc) or not title.is_title or title.lower_.rstrip(".") not in honorifics() or not title.whitespace_:
        return None
    if not all(_untagged_name_word(doc[k], tagged) for k in (i, i + 1, i + 2)) or doc[i + 1].lower_ not in given_names():
        return None
    end = _name_words_end(doc, i + 2, i + 4, tagged)
    if end is None or gazetteer().canonical(doc[i + 1 : end].text) is not None:
        return None
    return Span(doc, i + 1, end, label="PERSON")


def _subject_after_a_role(doc: Doc, i: int, tagged: set[int]) -> Span | None:
    """'Kharkiv Mayor Ihor Terekhov said': a role, then two or three capitalised words, none of them tagged, the last
    the subject of a verb: a person, whatever given name they bear."""
    if not _a_title(doc[i]) or not doc[i].whitespace_ or (end := _name_words_end(doc, i + 1, i + 4, tagged)) is None:
        return None
    last = doc[end - 1]
    if end - i < 3 or last.dep_ != "nsubj" or last.head.pos_ != "VERB" or (end < len(doc) and _untagged_name_word(doc[end], tagged)):
        return None
    return Span(doc, i + 1, end, label="PERSON") if gazetteer().canonical(doc[i + 1 : end].text) is None else None


def _name_words_end(doc: Doc, start: int, limit: int, tagged: set[int]) -> int | None:
    """Where the untagged capitalised words from ``start`` end (``limit`` at the latest), or None where one of them
    is a title or a word no surname is ('Commissioner', 'Foundation')."""
    end = start
    while end < min(len(doc), limit) and _untagged_name_word(doc[end], tagged) and doc[end - 1].whitespace_:
        if _a_title(doc[end]) or doc[end].lower_ in _NOT_SURNAMES:
            return None
        end += 1
    return end


def _body_in_capitals(doc: Doc, i: int, tagged: set[int]) -> Span | None:
    """Capitalised words after 'the' (and a people's word: 'The Israeli | Prime Minister's Office'), joined by 'and',
    'of' or a hyphen ('The Anti-Corruption Commission'), ending on a word for a body, none of them tagged; a role's
    office ends on its possessive."""
    if i == 0 or not _untagged_name_word(doc[i], tagged):
        return None
    if doc[i - 1].lower_ != "the" and not (doc[i - 1].ent_type_ == "NORP" and i >= 2 and doc[i - 2].lower_ == "the"):
        return None
    end = i
    while end < len(doc) and (_untagged_name_word(doc[end], tagged) or end > i and end + 1 < len(doc) and _joins_a_body_s_name(doc[end], doc[end + 1], tagged)):
        end += 1
    last = doc[end - 1]
    return Span(doc, i, end, label="ORG") if end - i >= 2 and last.lower_ in _BODY_HEADS and last.i > i else None


def _joins_a_body_s_name(word: Token, then: Token, tagged: set[int]) -> bool:
    """'and', 'of', a hyphen inside a word ('Anti-Corruption'), or the possessive before the last word
    ("Prime Minister's Office")."""
    if not _untagged_name_word(then, tagged):
        return False
    hyphen = word.text == "-" and not word.whitespace_ and not word.doc[word.i - 1].whitespace_
    return word.lower_ in ("and", "of") or hyphen or word.tag_ == "POS" and then.lower_ in _BODY_HEADS


#: The share of a sentence's words, short ones apart, written with a capital that makes it a headline in title case.
_TITLE_CASE_SHARE = 0.9
#: Words title case leaves in lower case.
_SHORT_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"})


def _in_title_case(sentence: Span) -> bool:
    """Whether a sentence is written in title case, as headlines are, where a capital marks no name ('Speaker Paul
    Ryan Joins Growing List of Conservatives'; not 'Putin spoke with President of Brazil Luiz Inacio Lula da Silva')."""
    words = [t for t in sentence if t.is_alpha and t.lower_ not in _SHORT_WORDS]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= _TITLE_CASE_SHARE * len(words)


def _a_title(token: Token) -> bool:
    """A title or a role written before a name, no part of it: 'Bishop', 'Mr.', 'Minister'."""
    return token.lower_ in person_roles() or token.lower_.rstrip(".") in honorifics()


def _untagged_name_word(token: Token, tagged: set[int]) -> bool:
    return token.i not in tagged and token.is_title and token.pos_ == "PROPN"


def _untagged_lineage_after(person: Span, limit: int) -> int | None:
    """Where a person's name ends when the model left out the rest of the lineage after it: the father's and
    grandfather's names after 'bin' and the family's after 'Al' ('Sheikh Mohammed bin Abdulrahman' | 'bin
    Jassim Al Thani'), up to ``limit``, where the next entity starts; or None."""
    if person.label_ != "PERSON" or person.end >= limit:
        return None
    doc, end = person.doc, person.end
    while end + 1 < limit and doc[end].lower_ in PATRONYMICS | {"al"} and doc[end + 1].is_title and doc[end].whitespace_:
        end += 2
    return end if end > person.end else None


def _untagged_surname_after(first: Span, limit: int) -> int | None:
    """Where the name ends when a given name the model took for a body or a place is followed by a
    surname it left untagged ('Brett' an organisation, 'Kavanaugh' nothing): the end of the surname's
    words (two at most, before ``limit``, where the next entity starts), or None."""
    if first.label_ not in ("ORG", "GPE", "LOC") or len(first) != 1 or not first[0].is_title or first[0].lower_ not in given_names():
        return None  # a people ('German', 'Tory') is no given name before a title ('German Chancellor')
    doc, end = first.doc, first.end
    while end < min(limit, first.end + 2) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end - 1].whitespace_:
        if _a_title(doc[end]):
            return None
        end += 1
    places = gazetteer()
    if end == first.end or places.canonical(first.text) is not None or places.canonical(doc[first.end : end].text) is not None:
        return None
    return end


#: Words of titles that are neither roles nor honorifics themselves: 'Chief Justice', 'Pope Emeritus', 'Undersheriff'.
_TITLE_WORDS = frozenset(
    {"justice", "emeritus", "undersheriff", "deputy", "acting", "interim", "assistant", "associate", "senior", "special",
     "general", "vice", "former", "late", "elect", "designate", "superintendent", "magistrate", "admiral", "marshal",
     "brigadier", "commodore"}
)


def _untagged_given_name_before(person: Span, limit: int) -> int | None:
    """Where a person's name starts when the model left its first words out, as it does at the start of a
    paragraph: a given name ('Jamal' of 'Jamal Jaafar al-Ibrahimi'), any name word after a title ('Judge Enock Chacha
    Mwita') or a kunya ('Abu Mahdi' of 'Abu Mahdi al-Muhandis') right before it and after ``limit`` (where the entity
    before it ends), or None."""
    if person.label_ != "PERSON":
        return None
    doc = person.doc

    def name(token: Token) -> bool:
        return token.is_title and token.pos_ == "PROPN" and bool(token.whitespace_)

    start = person.start - 1
    if start < limit or not name(before := doc[start]):
        return None
    if before.lower_ in given_names() and before.lower_ not in _RANKS and gazetteer().canonical(before.text) is None:
        return start
    if start - 1 >= limit and _a_title(doc[start - 1]) and not _a_title(before) and before.lower_ not in _RANKS | _TITLE_WORDS:
        return start  # 'Judge | Enock | Chacha Mwita': after a title, a name word the model left out is the name's
    kunya = start - 1
    return kunya if kunya >= limit and doc[kunya].text in _KUNYAS and doc[kunya].whitespace_ else None


def _given_names_before_a_nisba(ent: Span, limit: int) -> int | None:
    """Where a person's name starts when the model read only its last part, an Arabic 'al-' name of a people or a
    place, as that people or place ('Houthi' of 'Abdul-Malik al-Houthi', 'Baghdadi' of 'Abu Bakr al-Baghdadi'): the
    first of the capitalised words before 'al-', which must open with a given name or a kunya ('Jaish al-Islam' is
    no one), or None."""
    doc = ent.doc
    if ent.label_ not in ("NORP", "GPE") or ent.start < 3 or doc[ent.start - 1].text != "-" or doc[ent.start - 2].lower_ not in ("al", "el"):
        return None
    start = ent.start - 2
    while start > limit and (doc[start - 1].text == "-" or doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"):
        before = doc[start - 1]
        if before.text != "-" and _a_title(before):
            break
        start -= 1
    while start < ent.start - 2 and doc[start].text == "-":
        start += 1
    first = doc[start].lower_
    return start if start < ent.start - 2 and (first in given_names() or doc[start].text in _KUNYAS) else None


def _cut_at(ent: Span) -> int:
    """Where the name ends without the connecting words it ends on: 'of', 'on', 'and' … and an article
    after one ('of the'); each a word of its own (not the 'in' of 'Moon Jae-in')."""
    end = ent.end
    if end - 1 > ent.start and _article(ent.doc[end - 1]) and _connector(ent.doc[end - 2]):
        end -= 1
    while end - 1 > ent.start and _connector(ent.doc[end - 1]):
        end -= 1
    return end


def _word(token: Token) -> bool:
    return token.is_lower and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _connector(token: Token) -> bool:
    return _word(token) and token.text in _CONNECTORS


def _article(token: Token) -> bool:
    return _word(token) and token.text in _ARTICLES
