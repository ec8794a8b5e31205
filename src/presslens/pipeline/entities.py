"""Entity clusters within one article: mentions found, joined, labelled and named, with evidence.

The NER model gives mentions and votes for labels; the rules here join what the
model cannot (surnames, acronyms, parenthetical aliases, possessives, the
dateline), decide each cluster's label from all its mentions, and report, rather
than silently merge, near-miss spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span as SpacySpan, Token

from presslens.model import Article, Entity, Finding, Mention, MentionOrigin, Span
from presslens.names import NAME_PARTICLES, PATRONYMICS, STYLES_OF_ADDRESS, head_last, initials, initials_apart, name_parts, one_person_groups
from presslens.pipeline.authors import follow_lines
from presslens.pipeline.notices import notice_spans
from presslens.pipeline.places import Gazetteer
from presslens.pipeline.segments import doc_text
from presslens.pipeline.temporal import HOLIDAYS, MONTHS, read_as_date
from presslens.pipeline.transcript import Turn
from presslens.pipeline.tweets import Tweet
from presslens.pipeline.whole_names import STATE_BODIES
from presslens.resources import census_given_names, family_names_first, given_names, honorifics, known_entity_names, occupations, person_roles, short_form, speech_verbs
from presslens.settings import MAJOR_PLACE_MIN_POPULATION, NAME_VARIANT_MAX_EDITS, NAME_VARIANT_MIN_RATIO, NAMESAKE_CITY_MIN_POPULATION, PLACE_MATCH_MIN_RATIO

#: What a vote counts when the words say the name is a person's (a title, a role): a few of the
#: model's guesses on the same name do not outweigh it.
_SURE_VOTE = 3.0
#: Roles a company holds as often as a person ('MGM Resorts International, the owner of Mandalay Bay').
_ROLES_OF_FIRMS = frozenset({"owner", "operator", "partner", "member", "host", "sponsor", "publisher", "producer", "investor", "buyer", "seller", "leader", "winner", "client", "customer"})
#: NER labels that name entities; dates, times and numbers are the temporal component's business.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: An 's after any apostrophe the text uses: possessive, or 'is' ("Trump’s not about that").
_CLITICS = ("'s", "’s", "‘s")
#: The pieces the tokenizer splits off a contraction ('wo|n’t', 'they|’re'): never a name on their own.
_CONTRACTION_PIECES = frozenset(
    f"{apostrophe}{end}" for apostrophe in "'’‘" for end in ("s", "re", "ll", "ve", "d", "m", "t")
) | frozenset({"n't", "n’t", "n‘t"})
#: A contraction the tokenizer left whole, which it does in a word split from a quotation mark (':“We’re').
_CONTRACTION = re.compile(r"[A-Za-z]+[’'](?:re|ll|ve|m|d|t)")
#: What numbers people of one name: 'XII', 'Jr.', 'III'.
_ORDINAL = re.compile(r"[IVX]+|Jr\.?|Sr\.?|\d+(?:st|nd|rd|th)")
#: What tells a son from his father of the same name.
_GENERATION = re.compile(r"(?:Jr|Sr)\.?")
_NUMERAL = re.compile(r"[IVX]+")
#: Labels of names that are titles, which capitalise their verbs ('Saving Private Ryan').
_TITLE_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
_DETERMINERS = frozenset({"the"})
#: Last words that make a name a facility's: an airport, a base, a stadium, a prison.
_FACILITY_HEADS = frozenset({"Airport", "Base", "AFB", "Stadium", "Jail", "Prison", "Penitentiary", "Airfield"})
#: Determiners in lower case start no name ('a Bureau of Land Management officer', 'this Diocesan Working Group',
#: 'no Withdrawal Agreement'); 'A Choice, Not an Echo' is a title.
_DETERMINER_TAGS = frozenset({"DT", "PDT", "WDT", "WRB"})
#: An exclamation the model ran into the name after it ('Oooh Mueller report just dropped!').
_INTERJECTION = re.compile(r"^(?:o+h+|a+h+|wo+w|whoa+|he+y|yay|ugh|hm+|oops|omg|lol|ha(?:ha)+|nah|yeah|yep|nope)$", re.IGNORECASE)
_TITLE_CASE_MIN_WORDS = 4
_TITLE_CASE_SHARE = 0.7  # of a headline's words capitalised: written in title case
_ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|\.(?=[A-Z]))*\.?")
#: An acronym with a small word's letter in lower case: 'AfD' (Alternative für Deutschland), 'MoD', 'BfV'.
_MIXED_ACRONYM = re.compile(r"[A-Z]+[a-z][A-Z]+")
_PARENTHESIS = re.compile(r"\s*\(([^()\n]{2,60})\)")
_DASH_AFTER = re.compile(r"[ \t]*(?:—|–|--?(?=\s))")  # not the hyphen of '(KRG)-led'
_TITLE_WORDS = re.compile(r"[A-Z][\w’'-]*(?: (?:of |the |and )?[A-Z][\w’'-]*){0,5}")
#: A party and a state after a politician's name ('Adam Schiff (D-CA)', '(R-Fla.)', '(D-N.Y.)'): no name of theirs.
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?")
#: A state's abbreviation after a politician's name, the Washington Post's way: 'Ted Cruz (Tex.)', '(N.H.)'.
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,5}\.|(?:[A-Z]\.){2}")
#: A party after a person's name ('Sarah Wollaston (Conservative)', 'Caroline Lucas (Green)'): theirs, no name of theirs.
_PARTIES = frozenset(
    {"conservative", "con", "tory", "labour", "lab", "lib dem", "liberal democrat", "green", "snp", "ukip", "dup",
     "independent", "ind", "democrat", "dem", "republican", "rep", "gop", "plaid cymru", "sinn fein", "sinn féin"}
)
#: A GPE vote counts this much when no name in the cluster is a known place.
_UNKNOWN_PLACE_VOTE = 0.25


@dataclass
class _Raw:
    start: int
    end: int
    origin: MentionOrigin
    model_label: str | None = None
    vote: str | None = None
    variant: bool = False
    surface: str = ""
    weight: float = 1.0  # how much the vote counts: more where the words themselves say what it is
    known: str = ""  # the id known_entities.jsonl gives all names of one body ('Islamic State' for ISIS, ISIL, Daesh)


@dataclass
class _Clusters:
    """Union-find over mention indices, with the evidence for each join."""

    parent: list[int]
    evidence: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, why: str | None = None) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.evidence[ra].extend(self.evidence.pop(rb, []))
        if why:
            self.evidence[ra].append(why)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def find_entities(doc: Doc, article: Article, places: Gazetteer, turns: list[Turn], tweets: list[Tweet]) -> tuple[list[Entity], list[Finding]]:
    """Cluster the article's entity mentions (a transcript's ``turns`` and the embedded posts, ``tweets``,
    name speakers); return the clusters and the findings about them."""
    text = article.text
    raws = _without_title_case_guesses(_model_mentions(doc, places), article, places)
    raws = _without_common_words_taken_for_places(raws, text, places)
    raws = _without_common_words_opening_sentences(raws, doc)
    raws += _speakers_the_model_missed(doc, raws)
    missed = _people_after_a_role_the_model_missed(doc, raws)
    raws = [r for r in raws if not any(m.start <= r.start and r.end <= m.end for m in missed)] + missed  # not 'Shoukry' inside it
    raws = _with_people_named_like_a_month(text, raws)
    raws = _with_post_authors(text, tweets, raws)
    raws = _with_followed_writers(text, article.body_start, raws)
    notices = notice_spans(text, credits=False)  # a reposted story's credit names its source, an entity of the story
    raws = [r for r in raws if not notices.holds(r.start)]  # another story's headline under a photo credit
    if article.dateline and article.dateline.place:
        place = article.dateline.place
        raws = [r for r in raws if r.end <= place.start or r.start >= place.end]
        raws.append(_Raw(place.start, place.end, "dateline", vote="GPE"))
    if article.dateline and article.dateline.outlet:  # "(UPI)": who publishes, kept as the article's outlet
        outlet = article.dateline.outlet
        raws = [r for r in raws if r.end <= outlet.start or r.start >= outlet.end]
    raws = _with_transcript_speakers(raws, turns, text)
    _drop_place_votes_of_speaking_surnames(doc, raws)
    _vote_places_people_were_of(doc, raws)
    _vote_cities_of_the_story_s_countries(doc, raws, places)
    aliases = _parenthetical_mentions(text, raws, places, article.dateline.span if article.dateline else None)
    raws += [alias for alias, _ in aliases]
    raws += _same_name_mentions(text, raws, _dates(doc))
    for raw in raws:
        raw.surface = text[raw.start : raw.end]
    raws.sort(key=lambda r: r.start)
    index = {(r.start, r.end): i for i, r in enumerate(raws)}

    clusters = _Clusters(parent=list(range(len(raws))))
    _join_same_names(raws, clusters)
    _join_group_and_member(raws, clusters)
    _join_party_names(raws, clusters)
    _join_bodies_by_their_head(raws, clusters, places)
    for alias, head in aliases:
        clusters.join(index[(head.start, head.end)], index[(alias.start, alias.end)], f"'{alias.surface}' is given in parentheses after '{head.surface}'")
    _join_acronyms(raws, clusters, places)
    _join_known_as(raws, clusters, text)
    _join_known_names(raws, clusters)
    _join_places(raws, clusters, places)
    _join_halves(raws, clusters, text, places)
    _join_surnames(doc, raws, clusters, places)
    _join_first_names(raws, clusters, tweets, places)
    _join_middle_initials(raws, clusters)
    _join_initials_cut_by_a_line(raws, clusters, text)
    _join_titles(raws, clusters, places, text)
    _join_regnal_names(raws, clusters)
    _join_ship_names(raws, clusters)
    _join_transcript_speakers(raws, clusters)
    findings = _join_nicknames(raws, clusters, places) + _join_variants(doc, raws, clusters, places)

    entities: list[Entity] = []
    groups = sorted(clusters.groups().items(), key=lambda item: min(raws[i].start for i in item[1]))
    ids: dict[int, str] = {}
    for number, (root, members) in enumerate(groups, start=1):
        ids[root] = f"E{number}"
        entity = _make_entity(f"E{number}", [raws[i] for i in members], clusters.evidence.get(root, []), places)
        entities.append(entity)
    for finding in findings:
        assert finding.span is not None
        finding.entity = ids[clusters.find(index[(finding.span.start, finding.span.end)])]
    findings += _place_findings(entities, article, places)
    return _with_misspelt_places_joined(entities, findings, article.text)


def _with_misspelt_places_joined(entities: list[Entity], findings: list[Finding], text: str) -> tuple[list[Entity], list[Finding]]:
    """A misspelt place joins the place it likely names, as flagged variant mentions ('Kazakstan' in
    Kazakhstan), the way a misspelt name joins its person: one entity per place, never merged silently."""
    by_id = {e.id: e for e in entities}
    dropped: dict[str, str] = {}
    for finding in findings:
        misspelt = by_id.get(finding.entity or "")
        if finding.kind != "place_misspelling" or misspelt is None:
            continue
        same_place = (e for e in entities if e is not misspelt and e.id not in dropped and e.label in PLACE_LABELS)
        target = next((e for e in same_place if e.canonical == misspelt.canonical), None)
        if target is None:
            continue
        surface = misspelt.mentions[0].text_in(text)
        target.mentions = sorted([*target.mentions, *(m.model_copy(update={"variant": True}) for m in misspelt.mentions)], key=lambda m: m.start)
        target.evidence.append(f"'{surface}' is likely a misspelling of '{target.canonical}' (see the place_misspelling finding)")
        dropped[misspelt.id] = target.id
    if not dropped:
        return entities, findings
    kept = sorted((e for e in entities if e.id not in dropped), key=lambda e: e.mentions[0].start)
    renumbered = {e.id: f"E{number}" for number, e in enumerate(kept, start=1)}
    renumbered.update({old: renumbered[new] for old, new in dropped.items()})
    for entity in kept:
        entity.id = renumbered[entity.id]
    for finding in findings:
        if finding.entity is not None:
            finding.entity = renumbered[finding.entity]
    return kept, findings


def _with_transcript_speakers(raws: list[_Raw], turns: list[Turn], text: str) -> list[_Raw]:
    """A transcript's labels ('HANNITY:') name people, whatever the NER model made of the capitals:
    each is a person's mention, without a title ('REP. ADAM SCHIFF' names Adam Schiff); the labels of a
    briefing's questions name outlets."""
    unnamed = [turn.label for turn in turns if turn.role != "named"]  # a Q&A's 'Q', 'A' and 'QUESTION' name nobody
    out = [r for r in raws if not any(start <= r.start and r.end <= end for start, end in unnamed)]
    named = [turn for turn in turns if turn.role == "named"]
    # in a transcript all in capitals the model's labels are guesses; among names in title case, capitals are an acronym ('AFP: …')
    in_capitals = all(text[slice(*turn.label)].isupper() for turn in named)
    for turn in named:
        tagged = {r.model_label for r in raws if r.start == turn.label[0] and r.end == turn.label[1]}
        if not in_capitals and tagged & {"ORG", "NORP"}:
            continue  # 'Sputnik: Does …': a name the model knows for a body, the interviewing outlet
        start, end = turn.label
        if turn.outlet:  # 'Bloomberg: … Do you have any comment?', whatever the model made of the name
            out = [r for r in out if r.end <= start or r.start >= end]
            out.append(_Raw(start, end, "transcript", vote="ORG", weight=_SURE_VOTE))
            continue
        words = list(re.finditer(r"\S+", text[start:end]))
        while len(words) > 1 and words[0].group().lower().rstrip(".") in honorifics():
            words.pop(0)
        start = start + words[0].start()
        out = [r for r in out if r.end <= start or r.start >= end]
        out.append(_Raw(start, end, "transcript", vote="PERSON"))
        out += _full_names_of_a_label(text[start:end], text, out)
    return out


def _full_names_of_a_label(label: str, text: str, raws: list[_Raw]) -> list[_Raw]:
    """The label's full name where the text gives it and the model left it untagged: a given name before the
    surname a label spells ('Ihor Terekhov has been mayor …' above 'Terekhov: …')."""
    if not label.istitle() or " " in label:
        return []
    found = []
    for match in re.finditer(rf"\b([A-Z][\w'’-]+) {re.escape(label)}\b", text):
        if match.group(1).lower() in given_names() and not any(r.start < match.end() and match.start() < r.end for r in [*raws, *found]):
            found.append(_Raw(match.start(), match.end(), "transcript", vote="PERSON"))
    return found


def _join_transcript_speakers(raws: list[_Raw], clusters: _Clusters) -> None:
    """A label joins the person whose name or surname it spells in capitals ('HANNITY' -> Sean Hannity)."""
    # the people named in the text, and the full names of labels ('SARAH CARTER' for a later 'CARTER')
    people = [j for j, r in enumerate(raws) if r.vote == "PERSON" and (r.origin != "transcript" or len(r.surface.split()) >= 2)]
    for i, raw in enumerate(raws):
        if raw.origin != "transcript":
            continue
        label = raw.surface.casefold()
        named = [j for j in people if j != i and label in (raws[j].surface.casefold(), _last_word(raws[j].surface).casefold())]
        _join_nearest(raws, clusters, i, named, "the transcript's label '{}' names '{}'")


def _model_mentions(doc: Doc, places: Gazetteer) -> list[_Raw]:
    """The NER model's entities, without leading 'the', honorifics or trailing possessives; 'X’s Y' split in two."""
    raws: list[_Raw] = []
    text = doc_text(doc)
    people = {name for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for name in (e.text, e[-1].text)}  # full names and surnames
    named_in_full = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    bodies = {re.sub(r"^[Tt]he ", "", e.text) for e in doc.ents if e.label_ in ("ORG", "FAC") and len(e) > 1}  # 'The White House'
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        tokens = list(ent)
        if ent.label_ == "PERSON" and (cut := _body_after_a_name(tokens, bodies)):  # 'the Obama White House'
            raws += [_Raw(part[0].idx, part[-1].idx + len(part[-1]), "ner", model_label=ent.label_, vote=vote, weight=_SURE_VOTE) for part, vote in ((tokens[:cut], "PERSON"), (tokens[cut:], "ORG"))]
            continue
        if pair := _two_people(tokens, people):  # 'Schumer and Pelosi said', taken for a title: two people
            raws += [_Raw(one[0].idx, one[-1].idx + len(one[-1]), "ner", model_label=ent.label_, vote="PERSON", weight=_SURE_VOTE) for one in pair]
            continue
        if ent.label_ == "PERSON" and (pieces := _names_run_together(tokens, places)):
            raws += [_Raw(one[0].idx, one[-1].idx + len(one[-1]), "ner", model_label=ent.label_, vote=vote, weight=_SURE_VOTE) for one, vote in pieces]
            continue
        if ent.label_ in _TITLE_LABELS and any(t.pos_ == "VERB" and t.is_lower for t in tokens):
            continue  # 'Trump accused Holt of being a': a clause the model took for a title, not a name
        if any(t.text == "/" for t in tokens):
            continue  # 'AP Photo / Pablo Martinez': a picture's credit, two names the model ran together
        link = next((k for k, t in enumerate(tokens) if t.like_url), None)
        if link is not None:  # '#LondonIsOpen https://t.co/…': the name ends where the link begins
            tokens = tokens[:link]
        bracket = next((k for k, t in enumerate(tokens) if t.text == "("), None)
        if bracket is not None:  # "World Health Organization (WHO": the parenthesis is an alias, found later
            tokens = tokens[:bracket]
        dash = next((k for k, t in enumerate(tokens) if k > 0 and t.text in _SET_OFF and text[t.idx - 1].isspace()), None)
        if dash is not None:  # 'Trump - 60 percent', 'Chris Ferrara • 2 hours ago': the name ends at a dash set off by spaces
            tokens = tokens[:dash]
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and before.is_title and _honorific(before)  # 'Mr Bootle' is a person, though Bootle is a town
        if ent.label_ not in _WORK_LABELS and (named := _name_after_an_inner_title(tokens)):
            tokens, titled = named, True  # 'Philadelphia Archbishop Charles Chaput', 'the Prefect …, Cardinal Marc Ouellet'
        a_state = bool(tokens) and places.canonical(name := _char_span(tokens).text) is not None and places.is_state(name)  # 'DR Congo' has no doctor
        while tokens and (
            tokens[0].lower_ in (*_DETERMINERS, *_CLITICS) or tokens[0].is_lower and tokens[0].tag_ in _DETERMINER_TAGS or _INTERJECTION.match(tokens[0].text)
            or _titles_a_name(tokens) and not a_state or tokens[0].is_punct or tokens[0].is_space
            or (ent.label_ == "PERSON" or titled) and _role_titles_a_name(tokens)  # 'Lieutenant General Igor Konashenkov'
        ):
            titled = titled or (len(tokens) > 1 and _titles_a_name(tokens))
            tokens.pop(0)
        if len(tokens) > 2 and tokens[0].lower_ == "crown" and tokens[1].lower_ in ("prince", "princess"):
            tokens, titled = tokens[2:], True  # 'Crown Prince Mohammed bin Salman': the heir's title, not his name
        elif len(tokens) > 1 and tokens[0].lower_ in ("prince", "princess") and before is not None and before.lower_ == "crown":
            tokens, titled = tokens[1:], True  # 'Saudi Crown Prince Mohammed bin Salman', where the model left 'Crown' out
        if ent.label_ == "PERSON" and (name := _name_after_an_opening_verb(tokens)):
            tokens = name  # 'Said James O’Keefe,': James O’Keefe
        elif ent.label_ == "PERSON" and _an_opening_word(tokens):
            tokens.pop(0)  # 'Regarding Cupich', 'Neither Patel', 'Reading Obama': the capital is the sentence's
        while tokens and (_possessive(tokens[-1]) or _clitic(tokens[-1]) or tokens[-1].is_space or _no_word(tokens[-1]) and tokens[-1].text != "."):
            tokens.pop()  # 'Andrew Dyer 🛴': an emoji is no part of the name
        if ent.label_ == "PERSON" and _a_word_before_a_full_name(tokens, people):
            tokens.pop(0)
        if ent.label_ == "ORG" and len(tokens) > 2 and tokens[-1].text == "party" and any(c.dep_ == "poss" or c.lower_ == "the" for c in tokens[-1].children):
            tokens.pop()  # 'the ruling Georgian Dream party': the party's name is 'Georgian Dream'; not 'a Super Bowl party'
        if _a_style_of_address(tokens, before):
            continue  # 'His Eminence said', 'Your Holiness': the way a person is addressed, no name
        if tokens and _char_span(tokens).text.lower().replace("’", "'") in _FEASTS:
            continue  # 'an Easter message', 'marked Diwali': a day of the year (the time step reads it), no name
        if len(tokens) == 1 and tokens[0].text in _TIME_ZONES and before is not None and _CLOCK_WORD.fullmatch(before.text):
            continue  # '10:45 GMT': the zone of a time
        if len(tokens) == 1 and tokens[0].lower_ in STATE_BODIES | {"presidency"} and before is not None and before.tag_ == "POS":
            continue  # "Russia's Embassy in Washington": the state's body, no name of its own (the state is named)
        if not tokens or ent.label_ == "PERSON" and len(tokens) == 1 and _one_of_a_kind(tokens[0]) and tokens[0].text not in named_in_full:
            continue  # 'an outspoken Remainer', 'a Freemason', 'any Pope': a kind of person, not a name ('a delighted Kim' after Kim Jong-un is)
        if ent.label_ == "PERSON" and len(tokens) == 1 and tokens[0].tag_ == "NNS" and tokens[0].lemma_.lower() in person_roles():
            continue  # 'Diplomats said …', opening a sentence: people by their role, no name
        if ent.label_ == "ORG" and _a_portfolio(ent):
            continue  # 'State' of 'Secretary of State': part of a title
        if ent.label_ != "PERSON" and _a_title_of_one_office(tokens):
            continue  # 'the Supreme Leader said', 'Supreme' of 'Supreme Leader Ali Khamenei': a title, no body
        if ent.label_ == "ORG" and (holder := _holder_after_an_office(tokens) or _name_after_a_role_inside(tokens)):
            raws.append(_Raw(holder[0].idx, holder[-1].idx + len(holder[-1]), "ner", model_label=ent.label_, vote="PERSON", weight=_SURE_VOTE))
            continue  # 'Secretary of State Tillerson', 'Speaker of the House Nancy Pelosi': the holder, not a body
        possessive = next((k for k, t in enumerate(tokens) if _possessive(t) and 0 < k < len(tokens) - 1), None)
        if possessive is not None and not _a_possessive_name(tokens, possessive, places):
            owner = _char_span(tokens[:possessive])
            known = places.canonical(owner.text) is not None
            person = _given_name_first(tokens[:possessive], places)  # "Theresa May’s Tory government"
            raws.append(_Raw(owner.start_char, owner.end_char, "possessive_split", vote="GPE" if known else "PERSON" if person else None))
            tokens = tokens[possessive + 1 :]
        if "]" in ent.text and re.sub(r"[\[\]]", "", ent.text).lower() in STOP_WORDS:
            continue  # '[W]e', a word the editor capitalised, no name
        if not any(c.isalpha() for t in tokens for c in t.text) or all(t.lower_ in _CONTRACTION_PIECES or _CONTRACTION.fullmatch(t.text) for t in tokens):
            continue  # 'Francis’s 2015' taken for a person, 'n’t' of 'won’t' for a place, 'We’re' (of ':“We’re') for a title: no name
        if _STANCE.fullmatch(_char_span(tokens).text) and tokens[-1].tag_ not in ("NNS", "NNPS"):
            continue  # 'pro-Clinton', 'anti-Semitism', 'pro-Israel': a stance, not a name ('anti-Semites', 'non-Muslims' are people)
        if pair := _two_places_hyphenated(_char_span(tokens), places):
            raws += [_Raw(start, end, "ner", model_label=ent.label_, vote="GPE" if places.is_state(text[start:end]) else "LOC", weight=_SURE_VOTE) for start, end in pair]
            continue  # 'China-Africa cooperation': two places, not a body
        if not any(c.isupper() for t in tokens for c in t.text) and (ent.label_ != "NORP" or tokens[-1].tag_ != "NNS"):
            continue  # 'a mug', 'lorry park', 'totalitarian', 'creepy': news writes names with capitals, groups ('communists') not always
        if len(tokens) == 1 and _shouted(tokens[0], text) or all(_honorific(t) or t.text == "." for t in tokens):
            continue  # a title whose name the line break cut off ('Fr.' of 'Fr.\nThomas Weinandy') names no one
        if len(tokens) == 1 and (tokens[0].pos_ == "ADV" or tokens[0].pos_ == "VERB" and tokens[0].tag_ != "VB"):
            continue  # 'Utterly.', a sentence of one word, taken for a place; "'Dumped old politics'" for a person ('Leave' may be a side)
        if len(tokens) == 1 and ent.label_ in _WORK_LABELS and not titled and tokens[0].is_alpha and tokens[0].pos_ in ("NOUN", "ADJ", "VERB", "ADV"):
            continue  # "May's Government", 'Attempts', 'Great' taken for a title or a product: a word, not a name
        span = _char_span(tokens)
        end = span.end_char - 2 if len(tokens[-1]) > 2 and tokens[-1].lower_.endswith(_CLITICS) else span.end_char
        if (link := text.find("[", span.start_char, end)) > span.start_char:
            end = len(text[:link].rstrip())  # "Adam Young[Email him]": a link's label written against the name, one token
        start, end = _whole_compound_name(text, span.start_char, end)
        person = titled or _described_as_a_person(ent, places) or _after_a_role(ent) or ent.label_ not in _WORK_LABELS and _titled_by_office(tokens, places)  # 'Cardinal O’Malley', 'Fiorina, the former CEO'
        vote, weight = ("PERSON", _SURE_VOTE) if person else ("ORG", _SURE_VOTE) if _a_speaking_title(ent) else (ent.label_, 1.0)
        if not person and len(tokens) > 1 and tokens[-1].text in _FACILITY_HEADS and ent.label_ not in _WORK_LABELS:
            vote, weight = "FAC", _SURE_VOTE  # 'Travis AFB', 'Palm Beach International Airport': a building or a base, whatever its first name
        if vote in ("PERSON", "ORG", "FAC", "NORP", "GPE", "LOC", "PRODUCT") and not titled and _named_as_a_settlement(ent, places):
            vote, weight = "GPE", _SURE_VOTE  # 'the town of Bikoro', 'the Belgorod and Kursk regions': a place, whatever the model made of it
        elif vote == "PERSON" and weight < _SURE_VOTE and not titled and len(tokens) > 1 and tokens[-1].is_title and tokens[-1].lower_ in _NO_SURNAMES:
            vote, weight = "ORG", _SURE_VOTE  # 'The Wad al-Noura Resistance Committee said': a body's name
        elif vote in _NOT_A_PLACE_S_LABELS and weight < _SURE_VOTE and _a_major_place(_char_span(tokens).text, places):
            vote = "GPE"  # 'Somaliland', 'Abkhazia': a region news knows, whose name is no people's word (not the Shahada, a town too)
        elif vote == "ORG" and weight < _SURE_VOTE and _names_an_administration(ent, places):
            vote = "PERSON"  # 'Biden administration quietly expands …' of a headline, where the body's 'The Biden administration' is a person's
        elif vote == "PERSON" and not person and (_where_something_happened(ent, places) or _listed_with_a_place(ent)):
            vote, weight = "GPE", _SURE_VOTE  # 'destroyed two tanks in Khan Younis', 'patrolling in Depsang and Demchok': a place
        if vote in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC") and weight < _SURE_VOTE and not titled and _after_an_outlet_s_noun(ent):
            vote, weight = "ORG", _SURE_VOTE  # 'told state broadcaster Tele Sahel', 'the daily Kommersant', 'broadcaster Rossiya 1'
        elif vote in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "GPE") and weight < _SURE_VOTE and not titled and _before_an_outlet_s_noun(ent, places):
            vote, weight = "ORG", _SURE_VOTE  # 'told the Metropoles website'
        if len(tokens) > 1 and tokens[0].text in _SHIP_PREFIXES or vote in ("PERSON", "ORG", "GPE", "FAC") and weight < _SURE_VOTE and _named_as_a_ship(ent):
            vote, weight = "PRODUCT", _SURE_VOTE  # 'the American destroyer USS Gravely', 'the ship "Maersk Sentosa"': a ship, not a person
        if vote == "PERSON" and weight < _SURE_VOTE and not titled and len(tokens) == 1 and _names_a_weapon(ent):
            vote, weight = "PRODUCT", _SURE_VOTE  # 'the Oreshnik missile system': a weapon's name, no person's
        if len(tokens) == 1 and tokens[0].text in _ONE_WORD_NAMES and not titled:
            vote, weight = _ONE_WORD_NAMES[tokens[0].text], _SURE_VOTE  # 'back Remain', 'Labour said', 'under Shariah'
        if vote in _THING_LABELS and vote != "LAW" and _speaks(ent.root):
            vote = "ORG"  # 'Buckingham Palace said', 'NBC Bay Area reported': who speaks is no building, region or work (a law's article may say)
        listed = ent.text in known_entity_names()  # 'Hayat Tahrir al-Sham': the list's label, whatever its first word
        speaking_place = vote == "GPE" and _speaks(ent.root)  # 'Kemi Badenoch said': no place the gazetteer knows by the whole name
        if (vote in _NOT_PEOPLE or speaking_place) and weight < _SURE_VOTE and not listed and _given_name_first([t for t in tokens if t.text != "]"], places):
            vote = "PERSON"  # 'Carly Fiorina', '[Mike] Pompeo' taken for an organisation
        elif vote == "GPE" and weight < _SURE_VOTE and not listed and len(tokens) == 1 and tokens[0].lower_ in census_given_names() and places.canonical(tokens[0].text) is None:
            vote = "PERSON"  # '… and his brother Jamal': a census given name no place of the gazetteer bears (a rarer one names towns: 'Courtland')
        elif vote == "PERSON" and weight < _SURE_VOTE and _given_name_first(tokens, places):
            weight = _SURE_VOTE  # the model and a given name agree: 'Louis Farrakhan' outweighs a lone 'Farrakhan' read as a place
        elif vote in ("GPE", "LOC") and weight < _SURE_VOTE and _a_saint(tokens, places):
            vote = "PERSON"  # 'St. Teresa of Avila', 'St. Anthony': a saint, where no place the gazetteer knows bears the name
        if vote == "PERSON" and weight < _SURE_VOTE and _SCRIPTURE.fullmatch(text[start:end]):
            vote, weight = "WORK_OF_ART", _SURE_VOTE  # 'John 8:34', 'Daniel 3:3-6': a passage of scripture, not a person
        elif vote == "PERSON" and weight < _SURE_VOTE and any(c.isdigit() for t in tokens if t.text.isascii() for c in t.text):
            vote = None  # 'MI6', 'MS-13', 'NBC7 San Diego', '737 Max 8': no person's name holds a number
        if (whole := _place_over_a_hyphen(text, start, end, places)) is not None:
            (start, end), vote, weight = whole, "GPE", _SURE_VOTE  # 'Guinea' of 'Guinea-Bissau': the whole place
        elif start < span.start_char or end > span.end_char:
            vote = None  # the model's label for a piece of the name ('Mar' of 'Mar-a-Lago', a person) is no vote for it
        raws.append(_Raw(start, end, "ner", model_label=ent.label_, vote=vote, weight=weight, known=ent.ent_id_))  # 'Trump‘s': one token
    return raws


#: How far back to look for the end of the sentence before a word.
_LOOK_BACK_CHARS = 40
#: A passage of scripture by book, chapter and verses ('John 8:34', 'Daniel 3:3-6', '1 Corinthians 13:4').
_SCRIPTURE = re.compile(r"(?:[1-3] )?[A-Z][a-z]+ \d{1,3}[:.]\d{1,3}(?:[-–]\d{1,3})?")
#: One-word names the model takes for persons or places in British and religious news, by what they name:
#: the sides of the Brexit referendum, the Labour Party, Islamic law.
_ONE_WORD_NAMES = {"Remain": "NORP", "Leave": "NORP", "Labour": "ORG", "Shariah": "LAW", "Sharia": "LAW"}
#: Nouns for a settlement or a region, before 'of' and its name.
_SETTLEMENTS = frozenset({"town", "city", "village", "province", "district", "county", "port", "capital", "region", "township", "municipality", "prefecture", "state"})
#: Nouns written after the name of a country's region ('the Kherson region', 'Idlib province', 'the
#: Donetsk oblast'): the name is a place's.
_REGION_NOUNS = frozenset({
    "region", "regions", "province", "provinces", "governorate", "governorates", "oblast", "oblasts", "prefecture", "prefectures",
    "area", "areas", "district", "districts", "state", "corridor", "crossing", "crossings",
})
#: How the words for a people or a faith end ('Catalan', 'Kurdish', 'Shiite', 'Houthi'), which 'the … region' may follow
#: without naming a place.
_PEOPLE_S_WORD = re.compile(r"(?:an|ese|i|ish|ic|ch|ite)s?$")
#: One word for a stance towards someone or something: 'pro-', 'anti-' or 'non-' and what it is taken towards.
_STANCE = re.compile(r"(?:pro|anti|non)-\S+", re.IGNORECASE)
#: Titles whose portfolio follows 'of' ('Secretary of State', 'Minister of Defence').
_PORTFOLIO_TITLES = frozenset({"secretary", "secretaries", "minister", "ministers"})
#: Titles of advisers, whose portfolio follows 'on': 'Special Adviser on Media and Publicity'.
_ADVISERS = frozenset({"adviser", "advisor", "advisers", "advisors"})
#: Titles whose office follows 'of', and then, in a title run into a name, the holder's name.
_TITLES_OF_AN_OFFICE = _PORTFOLIO_TITLES | {"speaker", "president", "leader", "chairman", "chairwoman", "director", "governor", "mayor"}


def _a_portfolio(ent: SpacySpan) -> bool:
    """Whether an organisation's name is the one word of the portfolio a title is written with ('State' of
    'Secretary of State', 'Defence' of 'Minister of Defence', 'Home' of 'Home Secretary'), which names no body
    on its own, nor does 'Media' of 'Special Adviser on Media and Publicity'; 'Secretary of the Treasury' and
    'secretary of the Pontifical Council' name one. A portfolio of affairs is one in several words ('Indian
    External Affairs' of 'Indian External Affairs Minister S. Jaishankar')."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if len(ent) == 1 and before is not None and before.lower_ == "on" and before.head.lower_ in _ADVISERS and ent.root.head.i == before.i:
        return True  # 'Media' of 'Special Adviser on Media and Publicity'
    if len(ent) != 1 and ent[-1].lower_ != "affairs":
        return False
    if before is not None and before.lower_ == "of" and before.head.lower_ in _PORTFOLIO_TITLES and ent.root.head.i == before.i:
        return True
    after = doc[ent.end] if ent.end < len(doc) else None  # 'Home' of 'Home Secretary', 'Defence' of 'Defence Minister'
    return after is not None and after.is_title and after.lower_ in _PORTFOLIO_TITLES and ent.root.head.i == after.i


def _name_after_a_role_inside(tokens: list[Token]) -> list[Token] | None:
    """The two words of a name the model ran into the title of office before it, as an organisation: 'Permanent
    Representative Vassily Nebenzia' (not 'Queen Mary University', 'the Every Student Succeeds Act')."""
    if len(tokens) < 3 or tokens[-3].lower_ not in _TITLES_BEFORE_NAMES:
        return None
    name = tokens[-2:]
    return name if all(t.is_title and t.is_alpha and t.lower_ not in person_roles() for t in name) else None


#: Titles of office written before a holder's name: 'Permanent Representative Vassily Nebenzia', 'Special Envoy …'.
_TITLES_BEFORE_NAMES = frozenset({"representative", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "commissioner"})


def _holder_after_an_office(tokens: list[Token]) -> list[Token] | None:
    """The person the model ran into the office or the portfolio of the title before them, as an organisation:
    from the given name on ('Speaker of the House Nancy Pelosi', 'President of the United States Donald Trump'), or
    the last of two words ('Secretary of State Tillerson')."""
    if len(tokens) < 2:
        return None
    doc, i = tokens[0].doc, tokens[0].i - 1
    body = i >= 0 and doc[i].lower_ == "the"  # 'Speaker of the House …', 'Secretary of the Episcopal Conference'
    if body:
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _TITLES_OF_AN_OFFICE:
        return None
    first = next(
        (
            k for k, t in enumerate(tokens)
            if 0 < k < len(tokens) - 1 and t.lower_ in given_names() and tokens[k - 1].is_title and all(w.is_title for w in tokens[k:])
        ),
        None,
    )  # not 'the Committee on Protection of Children and Young People', 'the University of Virginia'
    if first is None and not body and doc[i - 1].lower_ in _PORTFOLIO_TITLES and len(tokens) == 2 and tokens[1].pos_ == "PROPN" and tokens[1].is_title:
        first = 1
    return tokens[first:] if first is not None else None


#: Determiners before a kind of person, not before a name: 'an outspoken Remainer', 'every Pope'.
_KIND_DETERMINERS = frozenset({"a", "an", "another", "every", "any", "each", "no"})


def _one_of_a_kind(word: Token) -> bool:
    """Whether a capitalised word the model took for a person's name is counted like a common noun ('an
    outspoken Remainer'), or named like a thing, after 'the' ('the Gospel', 'the Creator'; not a title, 'the
    Pope', nor a family, 'the Clintons', nor a body that speaks, 'the Synod said', 'according to the Enquirer')."""
    determiners = {c.lower_ for c in word.children if c.dep_ == "det"}
    if determiners & _KIND_DETERMINERS:
        return True
    if "the" not in determiners or word.tag_ != "NNP" or _honorific(word) or word.lower_ in person_roles():
        return False
    according_to = word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.lower_ == "according"
    return not _speaks(word) and not according_to


def _a_word_before_a_full_name(tokens: list[Token], people: set[str]) -> bool:
    """A word the model ran into a full name the article names on its own: 'Certainly Donald Trump',
    'Telling Jeb Bush', 'Taoiseach Leo Varadkar' ('John Paul Jones' starts with a given name and stays, and
    so does any name a proper noun starts)."""
    if len(tokens) < 3 or tokens[0].lower_ in given_names() or tokens[0].pos_ == "PROPN" and not tokens[0].is_lower:
        return False  # 'Marine Le Pen', 'Henri de Lubac': a first name the list lacks
    return _char_span(tokens[1:]).text in people


def _speakers_the_model_missed(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """People the NER model left untagged though they speak: the subject of a reporting verb, a proper
    name from a given name to its last word ('Public Defender Jeff Adachi said', 'United Auto Workers
    Secretary-Treasurer Gary Casteel said'), or the first word alone of a person's name the model read in full
    ('Abiy further noted' after 'Prime Minister Abiy Ahmed'); and bodies, an acronym that speaks ('COGAT … said')."""
    text = doc_text(doc)
    first_words = {words[0] for r in raws if r.vote == "PERSON" and len(words := text[r.start : r.end].split()) >= 2}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or not _speaks(token):
            continue
        if _honorific(token) or token.lower_ in person_roles():
            continue  # 'Jane Doe Minister says': a role ends no name
        first = token.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i in range(first, token.i + 1):
            first -= 1
        alone = token.idx, token.idx + len(token.text)
        if first == token.i and token.text in first_words and not any(r.start < alone[1] and alone[0] < r.end for r in raws):
            found.append(_Raw(*alone, "speaker", vote="PERSON", weight=_SURE_VOTE))
            continue
        if first == token.i and _an_acronym_in_prose(token) and not any(r.start < alone[1] and alone[0] < r.end for r in raws):
            found.append(_Raw(*alone, "speaker", vote="ORG", weight=_SURE_VOTE))  # 'COGAT, the Israeli defence ministry body …, said'
            continue
        run = doc[first : token.i + 1]
        given = next((t.i for t in run if t.lower_ in given_names() and t.is_title), None)
        if given is None or given == token.i or not all(t.is_title and t.tag_ == "NNP" for t in doc[given : token.i + 1]):
            continue  # 'Tory Brexiteers' are a group
        start, end = doc[given].idx, token.idx + len(token.text)
        if not any(r.start < end and start < r.end for r in raws):
            found.append(_Raw(start, end, "speaker", vote="PERSON", weight=_SURE_VOTE))
    return found


def _people_after_a_role_the_model_missed(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """A full name the NER model left untagged right after the role that introduces it ('talks with his Egyptian
    counterpart Sameh Shoukry'): two or more capitalised proper nouns whose last the parse hangs on the role, none of
    them a role nor a title ('Sir'), starting with a given name or ending with a surname the model tagged as a
    person's elsewhere ('Shoukry, for his part, noted'; not the headline 'Mayor Protected Illegal Alien Mexican Rapist')."""
    text = doc_text(doc)
    surnames = {text[r.start : r.end].split()[-1] for r in raws if r.vote == "PERSON" and r.end > r.start}
    found = []
    for token in doc:
        role = token.head
        if token.tag_ != "NNP" or token.dep_ != "appos" or (role.lower_ not in _COUNTERPARTS and role.lower_ not in person_roles()):
            continue
        names = [t for t in token.lefts if t.dep_ == "compound" and t.tag_ == "NNP"] + [token]
        run = doc[names[0].i : token.i + 1]
        if len(run) < 2 or run[0].i != role.i + 1 or not all(t.is_title and t.tag_ == "NNP" and t.lower_ not in person_roles() and not _honorific(t) for t in run):
            continue
        if run[0].lower_ not in given_names() and token.text not in surnames:
            continue
        start, end = run[0].idx, token.idx + len(token.text)
        if (hyphenated := re.match(r"-[a-z]+\b", text[end:])) is not None:
            end += hyphenated.end()  # 'Han Min-koo'
        overlapping = [r for r in raws if r.start < end and start < r.end]
        if all(start <= r.start and r.end <= end and (r.start, r.end) != (start, end) for r in overlapping):
            found.append(_Raw(start, end, "speaker", vote="PERSON", weight=_SURE_VOTE))  # the model may have found the surname alone
    return found


#: Nouns that introduce a person as another's peer: 'his Egyptian counterpart Sameh Shoukry'.
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "successor", "predecessor", "deputy", "envoy"})


def _an_acronym_in_prose(token: Token) -> bool:
    """A word of three to six capitals in a sentence written in lower case: a body's acronym, not a shouted line nor
    a person's office ('the PM said', 'POTUS', 'the CEO')."""
    if token.lower_ in _OFFICES_BY_ACRONYM or token.lower_ in person_roles() or token.lower_ in honorifics():
        return False
    return token.is_alpha and token.is_upper and 3 <= len(token.text) <= 6 and any(t.is_alpha and t.is_lower for t in token.sent)


#: Acronyms of one person's office, who speaks as a person.
_OFFICES_BY_ACRONYM = frozenset({"potus", "flotus", "vpotus", "ceo", "cfo", "coo", "mep"})


#: A capitalised word and a month that is a surname as well, no number after it: 'Theresa May', 'Brian May'.
_NAME_AND_MONTH = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+(May|June|April|August)\b(?![ \t]*,?[ \t]*\d)")
#: Given names that open a date or a question before a month: 'Sunday May', 'Will May survive?'.
_NOT_GIVEN_BEFORE_A_MONTH = frozenset({"will", *MONTHS})


def _with_people_named_like_a_month(text: str, raws: list[_Raw]) -> list[_Raw]:
    """People whose surname is a month, which the NER model read as a date ('Theresa May’s government' gave
    the date 'May' and no person): a frequent given name before the month, where no date is written ('in
    May', 'May 3'). The model's guess on the given name alone ('Theresa' an organisation) gives way."""
    for match in _NAME_AND_MONTH.finditer(text):
        given = match.group(1).lower()
        if given not in given_names() or given in _NOT_GIVEN_BEFORE_A_MONTH or read_as_date(text, match.start(2), match.end(2)):
            continue
        inside = [r for r in raws if r.start < match.end() and match.start() < r.end]
        if all(r.start == match.start(1) and r.end == match.end(1) and r.vote != "PERSON" and r.weight < _SURE_VOTE for r in inside):
            raws = [r for r in raws if r not in inside] + [_Raw(match.start(), match.end(), "given_name", vote="PERSON", weight=_SURE_VOTE)]
    return raws


def _with_post_authors(text: str, tweets: list[Tweet], raws: list[_Raw]) -> list[_Raw]:
    """The accounts that sign embedded posts ('— Iris Rodriguez (@IrisNews) October 30, 2018') where the
    model found no name, or only a piece of it ('Columbia' of 'The Columbia Bugle', 'Africa' of 'IFRC
    Africa'): a person's when a frequent given name starts up to three capitalised words ('Mike'), else an
    organisation's unless the rest of the article says otherwise ('MEMRI', 'Axios')."""
    for tweet in tweets:
        start, end = tweet.author
        if (article := re.match(r"The\s+(?=\S)", text[start:end])) is not None:
            start += article.end()  # 'The Independent Group': the name, as the model's names go, without 'The'
        words = text[start:end].split()
        inside = [r for r in raws if r.start < end and start < r.end]
        if not words or any(r.start < start or r.end > end or (r.start, r.end) == (start, end) for r in inside):
            continue  # the model's name is the account's, or runs past the signature
        person = len(words) <= 3 and words[0].lower() in given_names() and all(w[:1].isupper() for w in words)
        if any(r.vote == "PERSON" for r in inside) and not (person and all(w.istitle() and w.isalpha() for w in words)):
            continue  # the model's person under a title ('Senator Jim Nielsen', 'Sammy Wilson MP'), not 'Flores' of 'Adolfo Flores'
        raws = [r for r in raws if r not in inside] + [_Raw(start, end, "speaker", vote="PERSON" if person else "ORG")]
    return raws


def _with_followed_writers(text: str, body_start: int, raws: list[_Raw]) -> list[_Raw]:
    """The writer a closing line sends readers to ('Follow Pam Key on Twitter @pamkeyNEN'), a person when a
    frequent given name starts the name: the model missed it, or ran the verb into it ('Follow Jeff Poor')."""
    for match in follow_lines(text, body_start):
        start, end = match.span(1)
        words = match.group(1).split()
        if not 2 <= len(words) <= 3 or words[0].lower() not in given_names() or any(r.start == start and r.end == end for r in raws):
            continue
        raws = [r for r in raws if r.end <= start or r.start >= end]
        raws.append(_Raw(start, end, "speaker", vote="PERSON"))
    return raws


def _vote_places_people_were_of(doc: Doc, raws: list[_Raw]) -> None:
    """The place a person is named 'of' ('St. Teresa of Avila', 'Francis of Assisi'), written alone and taken
    by the model for a person, is the place ('Peter' of 'the Keys of Peter' is not, nor a given name)."""
    text = doc_text(doc)
    people_of = [words for r in raws if r.vote == "PERSON" and len(words := text[r.start : r.end].split()) >= 3 and words[-2] == "of"]
    places_of = {
        words[-1] for words in people_of
        if (words[0] in ("St.", "Saint") or words[0].lower() in given_names()) and words[-1].lower() not in given_names()
    }
    for raw in raws:
        if raw.vote == "PERSON" and raw.weight < _SURE_VOTE and text[raw.start : raw.end] in places_of:
            raw.vote = "GPE"


def _vote_cities_of_the_story_s_countries(doc: Doc, raws: list[_Raw], places: Gazetteer) -> None:
    """A city's own name written alone, which the model took for a person or a body, in a story that names the
    city's country ('M23 rebels seized Goma' in a story of Congo, 'soldiers who had defended Mariupol' in one of
    Ukraine): the city, where no mention of it is titled or the subject of a verb ('Bolton said', 'Warren called a
    meeting') and no person named in full bears it."""
    text = doc_text(doc)
    countries = {places.canonical(text[r.start : r.end]) for r in raws if r.vote in PLACE_LABELS}
    named_in_full = {word for r in raws if r.vote == "PERSON" for word in text[r.start : r.end].split()[1:]}
    alone: dict[str, list[_Raw]] = defaultdict(list)
    for raw in raws:
        if raw.vote in ("PERSON", "ORG") and " " not in (name := text[raw.start : raw.end]):
            alone[name].append(raw)
    for name, mentions in alone.items():
        city = places.canonical(name)
        if (
            city is None or _without_accents(city) != name or places.country_of(name) not in countries
            or places.population(name) < NAMESAKE_CITY_MIN_POPULATION or name.lower() in given_names() or name in named_in_full
        ):
            continue
        words = [doc.char_span(r.start, r.end, alignment_mode="expand") for r in mentions]
        if all(r.weight < _SURE_VOTE for r in mentions) and not any(w is None or w.root.dep_ == "nsubj" for w in words):
            for raw in mentions:
                raw.vote = "GPE"


def _drop_place_votes_of_speaking_surnames(doc: Doc, raws: list[_Raw]) -> None:
    """A lone surname the model took for a place, as subject of a reporting verb after a person's full name
    ends with it ('Jeff Adachi said …' then 'Adachi added'), loses its place vote: the full name decides."""
    text = doc_text(doc)
    for raw in raws:
        if raw.vote != "GPE" or raw.weight >= _SURE_VOTE:
            continue
        words = doc.char_span(raw.start, raw.end, alignment_mode="expand")
        if words is None or len(words) != 1 or not _speaks(words[0]):
            continue
        surname = " " + text[raw.start : raw.end]
        if any(r.start < raw.start and r.vote == "PERSON" and text[r.start : r.end].endswith(surname) for r in raws):
            raw.vote = None


def _no_word(token: Token) -> bool:
    """Punctuation, a symbol or an emoji: nothing a name ends with."""
    return not any(c.isalnum() for c in token.text)


def _two_people(tokens: list[Token], people: set[str]) -> tuple[list[Token], list[Token]] | None:
    """The two sides of 'X and Y' (or 'X-Y', 'a Putin-Zelensky meeting') when each is a person the article
    names in full, or that person's surname: the model ran two names into one."""
    joint = next((k for k, t in enumerate(tokens) if t.lower_ == "and" or t.text == "-" and k > 0 and not tokens[k - 1].whitespace_ and not t.whitespace_), None)
    if joint is None or joint == 0 or joint == len(tokens) - 1:
        return None
    first, second = tokens[:joint], tokens[joint + 1 :]
    if _char_span(first).text in people and _char_span(second).text in people:
        return first, second
    return None


def _body_after_a_name(tokens: list[Token], bodies: set[str]) -> int:
    """Where a body the article names on its own starts in what the model took for one person's name ('the
    Obama White House': a person's name, then the White House); 0 when none does."""
    if tokens[-1].lower_ not in _BODY_WORDS:
        return 0  # 'Rigoberto Gonzalez-Aragon', whose surname the model may take for an organisation elsewhere
    for cut in range(1, len(tokens) - 1):
        if _char_span(tokens[cut:]).text in bodies and all(t.is_title for t in tokens[:cut]):
            return cut
    return 0


def _names_run_together(tokens: list[Token], places: Gazetteer) -> list[tuple[list[Token], str]] | None:
    """Two names the model read as one person's, each a name on its own: two full names ('John Bolton
    Richard Grenell', a list of links; 'Robert Spencer & Pamela Geller'), or a full name and a place the
    gazetteer knows ('Jeff Sessions San Francisco'). A name with a second given name in it stays whole
    ('John Paul Jones', 'Martin Luther King'), and so does a body's or a place's."""
    if not 4 <= len(tokens) <= 5 or not all(t.is_title and t.is_alpha or t.text == "&" for t in tokens) or tokens[-1].lower_ in _BODY_WORDS:
        return None  # 'Franklin Delano Roosevelt Park' is one place
    given = [t.lower_ in given_names() for t in tokens]
    joint = next((k for k, t in enumerate(tokens) if t.text == "&"), None)
    if joint is not None:
        first, second = tokens[:joint], tokens[joint + 1 :]
        return [(first, "PERSON"), (second, "PERSON")] if len(first) >= 2 and len(second) >= 2 and given[0] and given[joint + 1] else None
    if given == [True, False, True, False]:
        return [(tokens[:2], "PERSON"), (tokens[2:], "PERSON")]
    for cut in (len(tokens) - 2, len(tokens) - 1):
        person, place = tokens[:cut], tokens[cut:]
        name = _char_span(place).text
        if len(person) in (2, 3) and given[0] and not given[1] and (places.is_major(name) or places.population(name) >= NAMESAKE_CITY_MIN_POPULATION):
            return [(person, "PERSON"), (place, "GPE")]
    return None


#: Marks that set a clause or a note off from a name when spaces stand around them.
_SET_OFF = frozenset({"-", "–", "—", "•", "|"})
#: Labels of made things, which the model gives a lone capitalised word it cannot place.
_WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
#: What the model takes a paper or a company for when its name reads like a title or a building's.
_THING_LABELS = frozenset({"WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LAW", "LOC"})


#: Yearly feasts and holidays, which the model takes for a place, a body or a person.
_FEASTS = frozenset(HOLIDAYS) | {
    "ramadan", "eid", "eid ul-fitr", "eid ul-adha", "eid el-fitr", "eid el-adha", "mawlid", "hanukkah", "chanukah", "passover", "yom kippur",
    "rosh hashanah", "purim", "sukkot", "diwali", "holi", "nowruz", "lunar new year", "chinese new year", "pentecost", "lent", "advent", "epiphany",
}


def _names_an_administration(ent: SpacySpan, places: Gazetteer) -> bool:
    """One word naming an administration or a presidency, which the model tags a person's elsewhere in the text."""
    word = ent.root
    if len(ent) != 1 or word.dep_ != "compound" or word.head.lower_ not in ("administration", "presidency") or places.canonical(word.text) is not None:
        return False
    return any(other.label_ == "PERSON" and other[-1].text == word.text for other in ent.doc.ents)


#: Last words of bodies' names that no one bears as a surname (not 'Church', 'Court', 'Post').
_NO_SURNAMES = frozenset(
    {"commission", "council", "committee", "ministry", "agency", "department", "bureau", "coalition", "movement", "foundation",
     "institute", "university", "association", "directorate", "authority"}
)


def _a_major_place(name: str, places: Gazetteer) -> bool:
    """A country, region or large city the gazetteer knows by this name, which no people's word spells."""
    return places.canonical(name) is not None and places.is_major(name) and not _PEOPLE_S_WORD.search(name)


#: Labels the model gives a region it does not know for one: a people's, a product's, a work's, an event's.
_NOT_A_PLACE_S_LABELS = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: What navies write before a ship's name.
_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "FGS", "ROKS", "JS"})


#: Time zones written after a time of day, which the model takes for a body.
_TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "MSK", "JST", "KST", "AEST", "AEDT"})
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.]\d\d)?|\d{4}|[ap]\.?m\.?", re.IGNORECASE)


#: Officers of a county whose office's name ends on their possessive ("Clark County Coroner's Office"), beside the
#: roles of person_roles.txt.
_OFFICES_OF_A_COUNTY = frozenset({"coroner", "registrar", "comptroller", "clerk"})


#: Owners whose possessive begins a name rather than saying whose it is: "People's Republic of China",
#: "Women's March" (with the roles: "King's College London", "Queen's University").
_NAME_OWNERS = frozenset({"people", "peoples", "women", "men", "children", "veterans", "workers", "farmers", "citizens", "lady", "lord"})


def _a_possessive_name(tokens: list[Token], possessive: int, places: Gazetteer) -> bool:
    """A name with a possessive inside it, not an owner and what it owns ('Trump's White House'): a place
    the gazetteer knows by the whole of it ("Martha's Vineyard"), or one whose owner is a word that
    begins such names ("People's Liberation Army", "King's College London"), alone, after one name
    ("Chinese People's Liberation Army") or after 'the' or 'of' in a longer one ("Central Committee of the Workers'
    Party of Korea", "House of Peoples' Representatives"), or a role's office ("Prosecutor General's Office")."""
    owner = tokens[:possessive]
    if places.canonical(_char_span(tokens).text) is not None:
        return True
    if owner[0].lower_.rstrip(".") in ("st", "saint"):
        return True  # "St John's Wood", "St. Mary's Hospital"
    if len(owner) == 2 and owner[0].is_title and owner[1].lower_ in _NAME_OWNERS:
        return True  # "Chinese People's Liberation Army", "National People's Congress"
    if len(owner) > 2 and owner[-2].lower_ in ("the", "of") and owner[-1].lower_ in _NAME_OWNERS and owner[0].is_title:
        return True  # "Central Committee of the Workers' Party of Korea", "House of Peoples' Representatives"
    if [t.lower_ for t in tokens[possessive + 1 :]] == ["office"] and all(t.is_title for t in owner) and (
        owner[0].lower_ in person_roles() or owner[-1].lower_ in person_roles() or owner[-1].lower_ in _OFFICES_OF_A_COUNTY
    ):
        return True  # "Prosecutor General's Office", "Prime Minister's Office": an office's name, not a prosecutor's own
    return len(owner) == 1 and (owner[0].lower_ in _NAME_OWNERS or owner[0].lower_ in person_roles())


#: The parts of a hyphenated compound on either side of a name found inside it ('-a-Lago', 'Mar-a-').
_COMPOUND_AFTER = re.compile(r"(?:-[\w’']+)+")
_COMPOUND_BEFORE = re.compile(r"(?:[\w’']+-)+$")


def _whole_compound_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name the model found inside a hyphenated name joined by lowercase words ('Mar' of 'Mar-a-Lago',
    'Stratford' of 'Stratford-upon-Avon') widened to all of it. A name before a lowercase compound
    ('U.S.-led') stays as it is, and so do two names hyphenated together ('UK-EU', 'Russia-Trump')."""
    if (after := _COMPOUND_AFTER.match(text, end)) and _joined_by_lowercase(after.group(0).split("-")[1:]):
        end = after.end() - 2 if text[after.end() - 2 : after.end()] in ("’s", "'s") else after.end()
    if (before := _COMPOUND_BEFORE.search(text, max(0, start - 40), start)) and _joined_by_lowercase(before.group(0).split("-")[-2::-1]):
        start = before.start()
    return start, end


def _place_over_a_hyphen(text: str, start: int, end: int, places: Gazetteer) -> tuple[int, int] | None:
    """A place the gazetteer knows by a hyphenated name of which the model found a piece ('Guinea' of 'Guinea-Bissau')."""
    after = _COMPOUND_AFTER.match(text, end)
    before = _COMPOUND_BEFORE.search(text, max(0, start - 40), start)
    for wider in ((start, after.end()) if after else None, (before.start(), end) if before else None):
        if wider is not None and places.canonical(text[wider[0] : wider[1]]) is not None:
            return wider
    return None


def _two_places_hyphenated(span: SpacySpan, places: Gazetteer) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two places of a name the model found in 'China-Africa relations' or 'India-Pakistan border': each side
    of the hyphen a country, a continent or a world region the gazetteer knows (not 'Obama-era', 'Rodriguez-Lopez')."""
    first, hyphen, second = span.text.partition("-")
    if not hyphen or not first or not second or places.canonical(span.text) is not None:
        return None  # 'Guinea-Bissau'
    if not (places.is_major(first) and places.is_major(second)):
        return None
    middle = span.start_char + len(first)
    return (span.start_char, middle), (middle + 1, span.end_char)


def _joined_by_lowercase(parts: list[str]) -> bool:
    """Parts of a compound, nearest first, that begin with lowercase words and go on to a capitalised one."""
    return bool(parts) and parts[0][:1].islower() and any(part[:1].isupper() for part in parts)


def _shouted(token: Token, text: str) -> bool:
    """A word written in capitals for emphasis ("Labour activists 'could QUIT the party'"), which the
    model takes for an acronym: one the article also writes as a lowercase word. An acronym never is
    ('NATO', 'IRCC'); three letters or fewer may be one that is also a word ('WHO', 'US')."""
    word = token.text
    return len(word) >= 4 and word.isalpha() and word.isupper() and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


#: Titles of one office, written in capitals, that the model reads as a body's name.
_TITLES_OF_ONE_OFFICE = frozenset({"supreme leader", "leader of opposition", "leader of the opposition"})


def _a_title_of_one_office(tokens: list[Token]) -> bool:
    """'Supreme Leader', or 'Supreme' the model cut from it (Iran's head of state), 'Leader of Opposition' (a
    parliament's): a person's title."""
    if not tokens:
        return False
    words = " ".join(t.lower_ for t in tokens)
    after = tokens[-1].nbor(1).lower_ if tokens[-1].i + 1 < len(tokens[-1].doc) else ""
    return words in _TITLES_OF_ONE_OFFICE or f"{words} {after}" in _TITLES_OF_ONE_OFFICE


def _a_speaking_title(ent: SpacySpan) -> bool:
    """'the Dallas Morning News reported', 'The Daily Beast reported': a name after 'the' that reports or
    says something is an organisation, not the work, event or building the model took it for."""
    article = ent[0] if ent[0].lower_ == "the" else ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent.label_ in _THING_LABELS and article is not None and article.lower_ == "the" and _speaks(ent.root)


def _speaks(word: Token) -> bool:
    """Whether the word (a name's head) is the subject of a reporting verb ('… said', '… reported')."""
    return word.dep_ == "nsubj" and word.head.lemma_.lower() in speech_verbs()


def _honorific(token: Token) -> bool:
    """'Mrs', 'Dr.': a title before a name, not part of it."""
    return token.lower_.rstrip(".") in honorifics()


def _named_as_a_settlement(ent: SpacySpan, places: Gazetteer) -> bool:
    """A name the text gives as a town's, a city's or a province's ('the town of Bikoro', 'the city of
    Mbandaka'), as news introduces a place its readers may not know, or as the name of a region written
    before its noun ('the Kherson region', 'the Belgorod and Kursk regions', 'Idlib province', 'the Sariwon area',
    'the oil-producing Rivers state', 'the Netzarim corridor'; a people's name there is a place's only where the gazetteer knows it: not
    'the Catalan region')."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of":
        noun = doc[ent.start - 2]
        return noun.lemma_.lower() in _SETTLEMENTS and noun.tag_ in ("NN", "NNS") and noun.is_lower
    root = ent.root
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod"):
        root = root.head  # 'Kursk' of 'the Belgorod and Kursk regions'
    noun = root.head
    known = ent.label_ != "NORP" or places.canonical(ent.text) is not None or not _PEOPLE_S_WORD.search(ent.text)  # 'the Sariwon area'
    return root.dep_ in ("compound", "nmod") and noun.i >= ent.end and noun.lower_ in _REGION_NOUNS and known


def _described_as_a_person(ent: SpacySpan, places: Gazetteer) -> bool:
    """A name the sentence describes as one person's, by an apposition naming a person's role
    ('Fiorina, the former Hewlett-Packard CEO', 'his wife, Melania,'): a name, not a group ('Republicans')
    nor a known place."""
    root, doc = ent.root, ent.doc
    if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "PERSON") or root.tag_ != "NNP" or places.canonical(ent.text) is not None:
        return False
    role = root.head.lemma_.lower()
    if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNP") and role in person_roles() and role not in _ROLES_OF_FIRMS and ent.start > 0 and doc[ent.start - 1].text == ",":
        return True  # right after the role: 'his wife, Melania', 'his Special Adviser on Media and Publicity, Bayo Onanuga'
    return any(
        c.dep_ == "appos" and c.tag_ in ("NN", "NNP") and c.lemma_.lower() in person_roles()
        and (c.lemma_.lower() not in _ROLES_OF_FIRMS or _a_people_s_leader(c))
        and c.left_edge.i == ent.end + 1 and doc[ent.end].text == ","  # right after the name: 'Fiorina, the former … CEO'
        for c in root.children
    )


def _a_people_s_leader(role: Token) -> bool:
    """'the Conservative leader', 'the opposition leader': a leader of a party or a people is a person, where 'the
    market leader' may be a firm."""
    return role.lemma_.lower() == "leader" and any(c.ent_type_ == "NORP" or c.lower_ == "opposition" for c in role.children)


def _after_a_role(ent: SpacySpan) -> bool:
    """A full name written right after a person's role or occupation ('cleric Fethullah Gulen', 'advisor Ngo
    Dinh Nhu', 'comedienne Chelsea Handler'), or a given name alone ('23-year-old student Nino told AFP'): a
    person's, though the model took it for an organisation."""
    alone = len(ent) == 1 and _without_accents(ent.text.lower()) in given_names()
    if ent.start == 0 or len(ent) < 2 and not alone or not all(t.is_title for t in ent):
        return False
    before = ent.doc[ent.start - 1]  # a noun, though the tagger may take a lower-case role before a name for a proper one
    role = before.lemma_ in person_roles() and before.lemma_ not in _ROLES_OF_FIRMS or before.lemma_ in occupations()
    return before.is_lower and before.pos_ in ("NOUN", "PROPN") and role


def _names_a_weapon(ent: SpacySpan) -> bool:
    """A name written before the noun of a weapon as its kind ('the Oreshnik missile system', 'Shahed drones'), no
    given name ('Kim missile tests' is Kim's)."""
    root = ent.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in _WEAPONS and root.lower_ not in given_names()


def _named_as_a_ship(ent: SpacySpan) -> bool:
    """A name written right after the noun of a ship, in quotation marks or not: 'the ship "Maersk Sentosa"', 'the
    tanker Marlin Luanda'."""
    doc = ent.doc
    before = ent.start - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    return before >= 0 and doc[before].lower_ in _SHIPS and doc[before].tag_ == "NN"


#: Nouns of ships a name is written after.
_SHIPS = frozenset({"ship", "vessel", "tanker", "freighter", "destroyer", "frigate", "cruiser", "warship", "yacht", "boat"})


#: Nouns of weapons a name is written before: 'the Oreshnik missile system'.
_WEAPONS = frozenset({"missile", "rocket", "drone", "system", "tank", "jet", "launcher", "howitzer", "warhead", "interceptor"})


def _after_an_outlet_s_noun(ent: SpacySpan) -> bool:
    """A name written right after a news outlet's noun ('the daily Kommersant', 'news agency Tasnim', 'channel
    Al-Ikhbariya'), or after 'broadcaster' with who runs it ('state broadcaster Tele Sahel', 'public broadcaster
    Joy News'; 'veteran broadcaster David Dimbleby' is a person): the outlet's."""
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    if not noun.is_lower or noun.lower_ not in _OUTLET_NOUNS or noun.pos_ in ("ADV", "VERB"):  # 'praying daily the Liturgy of the Hours'
        return False
    return noun.lower_ != "broadcaster" or any(c.lower_ in _WHO_RUNS_AN_OUTLET for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))


def _before_an_outlet_s_noun(ent: SpacySpan, places: Gazetteer) -> bool:
    """A name written before the noun of a news outlet as its kind ('the Metropoles website', 'the Kommersant daily'),
    no place's ('a Washington newspaper')."""
    root = ent.root
    return root.dep_ == "compound" and root.head.i == ent.end and root.head.lower_ in _OUTLETS_AFTER_NAMES and places.canonical(ent.text) is None


#: Nouns of news outlets written after their names: 'the Metropoles website'.
_OUTLETS_AFTER_NAMES = frozenset({"website", "newspaper", "daily", "channel", "broadcaster", "magazine", "tabloid", "weekly"})


#: Nouns of news outlets written before their names: 'the daily Kommersant', 'news agency Tasnim'.
_OUTLET_NOUNS = frozenset({
    "broadcaster", "agency", "channel", "television", "tv", "radio", "newspaper", "daily", "outlet", "network", "station",
    "website", "tabloid", "weekly", "magazine",
})
#: Who runs a broadcaster, written before the noun: 'state broadcaster', 'public broadcaster'.
_WHO_RUNS_AN_OUTLET = frozenset({"state", "state-run", "state-owned", "public", "private", "national", "government", "commercial", "independent"})


def _a_style_of_address(tokens: list[Token], before: Token | None) -> bool:
    """'His Eminence', 'Your Holiness', 'Her Majesty': how a dignitary is addressed or referred to, after a
    possessive (in the name or right before it)."""
    words = [t.lower_ for t in tokens]
    owner = words[0] if len(words) == 2 else before.lower_ if before is not None and len(words) == 1 else ""
    return owner in _POSSESSIVES and words[-1] in STYLES_OF_ADDRESS


#: The possessives a style of address is written after: 'His Eminence', 'Your Holiness'.
_POSSESSIVES = frozenset({"his", "her", "your", "their"})


def _a_saint(words: list[Token], places: Gazetteer) -> bool:
    """'St. Peter', 'Saint Teresa of Avila': 'St.' or 'Saint' and a given name (and where the saint was of),
    a name no place of the gazetteer bears ('St. Paul' and 'St. Joseph' are cities)."""
    named = len(words) == 2 or len(words) == 4 and words[2].lower_ == "of"
    return (
        named and words[0].text in ("St.", "Saint") and words[1].lower_ in given_names()
        and places.canonical(_char_span(words[:2]).text) is None and places.canonical(_char_span(words).text) is None
    )


def _where_something_happened(ent: SpacySpan, places: Gazetteer) -> bool:
    """A name the gazetteer knows after 'in' or 'near' that places what a verb tells ('destroyed two tanks in Khan
    Younis') or a site ('a visit to a hospital in Kent'), not a noun's object ('confidence in Trump')."""
    root = ent.root
    where = root.head.head
    placed = where.pos_ == "VERB" or where.pos_ == "NOUN" and where.lemma_.lower() in _SITES
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "near") and placed and places.canonical(ent.text) is not None


def _listed_with_a_place(ent: SpacySpan) -> bool:
    """A one-word name joined by 'and' to a place after 'in' or 'near' ('patrolling in Depsang and Demchok'): a
    place too."""
    root = ent.root
    first = root.head
    joined = any(c.lower_ == "and" for c in first.children if c.dep_ == "cc")
    return (
        len(ent) == 1 and root.dep_ == "conj" and joined and first.ent_type_ in ("GPE", "LOC") and first.dep_ == "pobj"
        and first.head.lower_ in ("in", "near")
    )


#: Nouns of the places things happen at, which 'in' and a place's name locate: 'a hospital in Kent'.
_SITES = frozenset({
    "hospital", "school", "village", "town", "city", "camp", "prison", "church", "mosque", "hotel", "factory", "plant",
    "base", "home", "neighbourhood", "neighborhood", "district", "area", "region", "farm", "port", "airport", "station",
})


def _given_name_first(words: list[Token], places: Gazetteer) -> bool:
    """A name of two or three capitalised words starting with a frequent given name ('Carly Fiorina', 'Sean
    Hannity', 'María Corina Machado' as 'Maria'; a pope's or a king's numeral may end it, 'Paul VI'), no major
    place in it ('Dallas Mavericks') nor a city first ('Denver Broncos'; a town is no matter: 'Nikki Haley'), not
    a body's name ('Clinton Foundation', 'Troy University', 'Orlando Sentinel') nor a modifier of another noun
    ('the Sandy Hook families'): a person's."""
    if not words:
        return False
    names = _hyphens_joined(words)  # 'Jean-Claude Juncker', 'Alexandria Ocasio-Cortez': two words each
    if not 2 <= len(names) <= 3 or not _written_as_a_name(names[0]) and not _INITIAL.fullmatch(names[0]):
        return False
    if not all(_written_as_a_name(name) or _INITIAL.fullmatch(name) or name in NAME_PARTICLES for name in names[1:-1]):
        return False  # 'Nikki da Costa'
    if not (_written_as_a_name(names[-1]) or _INITIAL.fullmatch(names[-1]) or _NUMERAL.fullmatch(names[-1])):
        return False
    first, last = names[0].lower(), names[-1].lower()
    if _without_accents(first.split("-")[0]) not in given_names() or first in _ARTICLES_OF_NAMES or last in _BODY_WORDS:
        return False
    root = words[0].doc[words[0].i : words[-1].i + 1].root
    if root.dep_ in ("compound", "nmod") or any(places.is_major(t.text) for t in words):
        return False
    if places.population(names[0]) >= NAMESAKE_CITY_MIN_POPULATION or any(t.pos_ == "PART" for t in words):
        return False  # 'Denver Broncos', 'Hope Not Hate'; but 'Nikki Haley' (Nikki, a town in Benin)
    return places.canonical(" ".join(names)) is None


def _written_as_a_name(name: str) -> bool:
    """A word of a name as news writes it: capitalised, or an Arabic article or patronymic before one
    ('al-Ibrahimi', 'bin' of 'Mohammed bin Salman')."""
    return name.istitle() or name in PATRONYMICS or _ARTICLE_BEFORE_A_NAME.fullmatch(name) is not None


def _hyphens_joined(words: list[Token]) -> list[str]:
    """The words of a name as written, tokens joined by a hyphen with no space around it kept as one."""
    names: list[str] = []
    for k, token in enumerate(words):
        joined = k > 0 and (token.text == "-" or words[k - 1].text == "-") and not words[k - 1].whitespace_
        if joined:
            names[-1] += token.text
        else:
            names.append(token.text)
    return names


#: Labels the model gives a person's name by mistake more often than not a name's: the given-name test applies to them.
_NOT_PEOPLE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
#: What sets a second name of the same entity after a name: ', known as', ', also known in Arabic as', ', a.k.a.'
#: (after an acronym in parentheses: 'the Popular Mobilization Forces (PMF), known as').
_KNOWN_AS = re.compile(
    r"(?:\s*\([^()\n]{1,12}\))?,?\s+(?:(?:also|better|widely|popularly)\s+)?(?:known(?:\s+in\s+[A-Z][a-z]+)?\s+as|nicknamed|a\.k\.a\.|aka"
    r"|whose\s+(?:real|full|birth|legal)\s+name\s+is)\s+[\"“‘']?"
)
#: An Arabic article written against a name: 'al-Ibrahimi', 'el-Sisi', 'ad-Din'.
_ARTICLE_BEFORE_A_NAME = re.compile(r"(?:al|el|ad|ud)-[A-Z][^\W\d_]*")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\. ?){1,3}")
#: Given names that are also the first word of other names ('Al Jazeera', 'Al Qaeda').
_ARTICLES_OF_NAMES = frozenset({"al", "el", "le", "la", "van", "von", "de", "del", "san", "santa"})
#: Last words of the names of organisations, places and works: 'Clinton Foundation' is no person.
_BODY_WORDS = frozenset(
    {
        "university", "college", "school", "academy", "institute", "institution", "foundation", "fund", "trust", "center",
        "centre", "hospital", "church", "party", "union", "alliance", "coalition", "movement", "front", "league", "club",
        "association", "society", "council", "committee", "commission", "agency", "department", "ministry", "office",
        "organization", "organisation", "initiative", "museum", "library", "curia", "conference", "conferences",
        "bureau", "court", "police", "corps", "army", "navy", "guard", "brigades", "brigade", "battalion", "company", "corporation", "corp", "inc", "group",
        "bank", "capital", "partners", "holdings", "industries", "motors", "airlines", "studios", "records", "pictures",
        "times", "post", "news", "journal", "herald", "tribune", "gazette", "sentinel", "express", "independent",
        "standard", "telegraph", "review", "magazine", "online", "daily", "weekly", "radio", "network", "channel", "media",
        "report", "reports", "research", "plan", "act", "bill", "doctrine", "award", "awards", "prize", "games", "olympics", "cup", "festival",
        "bridge", "tower", "building", "mansion", "house", "hall", "palace", "mahal", "park", "square", "street", "avenue", "road",
        "airport", "station", "stadium", "arena", "harbor", "harbour", "sea", "river", "lake", "island", "islands",
        "county", "city", "state", "republic", "district",
    }
)


def _titles_a_name(tokens: list[Token]) -> bool:
    """A title before a capitalised name ('Cardinal O’Malley') or alone, not the head of an office's
    name ('Archbishop of Buenos Aires')."""
    return _honorific(tokens[0]) and (len(tokens) == 1 or tokens[1].text[:1].isupper())


def _name_after_an_inner_title(tokens: list[Token]) -> list[Token] | None:
    """The name after a title the NER model took inside a longer name, with the words before the title
    ('Philadelphia Archbishop Charles Chaput', 'Chilean Cardinal Francisco', 'the Prefect of the Congregation
    for Bishops, Cardinal Marc Ouellet'): the title and its name are a person, the words before it theirs.
    Where a given name comes before the title ('Raymond Cardinal Burke', as Catholic news writes a
    cardinal's name), the whole is the person's name."""
    k = next((k for k, t in enumerate(tokens) if k > 0 and t.is_title and _honorific(t)), None)
    if k is None or not 1 <= len(tokens) - k - 1 <= 4 or not all(_a_name_word(t) for t in tokens[k + 1 :]):
        return None
    if k == 1 and tokens[0].lower_ in given_names() and len(tokens) == 3:
        return tokens
    return tokens[k + 1 :]


def _titled_by_office(tokens: list[Token], places: Gazetteer) -> bool:
    """A sovereign's or an officer's title and a name ('Pope Pius XII', 'King Nebuchadnezzar', 'Sheriff
    Lombardo'): a person, whatever the NER model made of it; not an office ('King of Belgium'), nor a body
    or a place named after one ('King County', 'Queen Mary University')."""
    if len(tokens) < 2 or tokens[0].text not in _OFFICE_TITLES or len(tokens) > 4:
        return False
    return all(_a_name_word(t) for t in tokens[1:]) and places.canonical(_char_span(tokens).text) is None


#: Titles that name a person with the name that follows them and stay part of it ('Pope Francis', 'King Salman').
_OFFICE_TITLES = frozenset({"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Sheriff"})


def _a_name_word(token: Token) -> bool:
    """A word a person's name may hold: capitalised and no body's ('Chaput', 'Peña'; not 'Conferences',
    'University'), an initial ('H.'), a numeral ('XII')."""
    if _INITIAL.fullmatch(token.text) or _NUMERAL.fullmatch(token.text) or token.text in ("St.", "Jr."):
        return True
    return token.is_title and token.lower_ not in _BODY_WORDS


def _role_titles_a_name(tokens: list[Token]) -> bool:
    """A person's role or occupation written as a title before their name, which the NER model took into it
    ('Spokesperson Mao Ning' is Mao Ning, whom the text then calls 'Mao'; 'Billionaire George Soros')."""
    role = tokens[0].lower_ in person_roles() or tokens[0].lower_ in occupations()
    return len(tokens) > 2 and tokens[0].is_title and role and all(t.is_title for t in tokens[1:3])


#: Reporting verbs a sentence may open with before the speaker's name: 'Said James O’Keefe, founder …:'.
_OPENING_VERBS = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted", "tweeted"})


#: Letters of the shortest word read as an adverb or a gerund by its ending alone ('Actually', 'Bashing').
_SHAPED_OPENING_MIN_LETTERS = 7
#: Words that open a sentence before a name, which the model reads as part of it: 'Sorry Hillary, we …',
#: 'Likewise Reagan, …', 'Read Porter’s article here', 'Via Zerohedge'.
_OPENING_WORDS = frozenset({"sorry", "likewise", "read", "via"})
#: Parts of speech of a word that opens a sentence before a name and is no part of it.
_OPENING_PARTS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "INTJ", "PRON", "DET", "PART", "AUX", "VERB"})


def _an_opening_word(tokens: list[Token]) -> bool:
    """Whether the first word only has its capital for opening the sentence, before a name the model ran
    it into: an adverb, a preposition, a pronoun or a verb ('Regarding Cupich', 'Neither Patel', 'Beyond
    Washington'), or a word shaped like one ('Concerning', 'Seriously'); not a given name ('Will Smith',
    'Hope Hicks', 'Kelly Ayotte') nor a title."""
    if len(tokens) < 2:
        return False
    first = tokens[0]
    # the model calls 'Concerning' and 'Seriously' names too; shorter words so shaped are names ('Olly', 'Vitaly', 'King')
    shaped = first.pos_ == "PROPN" and (
        first.lower_.endswith(("ing", "ly")) and len(first) >= _SHAPED_OPENING_MIN_LETTERS or first.lower_ in _OPENING_WORDS
    )
    if not tokens[1].is_title or not (first.pos_ in _OPENING_PARTS or shaped) or not first.is_title:
        return False
    if first.pos_ in ("VERB", "AUX") and first.tag_ not in ("VBG", "VB"):
        return False  # 'Said Khecharem has enunciated': a past form there is a given name ('Said James O’Keefe,' is found apart)
    if first.lower_ in given_names() or _honorific(first) or first.lower_ in person_roles():
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is None or first.is_sent_start or before.is_space or before.text in (".", "!", "?", ":")


def _name_after_an_opening_verb(tokens: list[Token]) -> list[Token] | None:
    """The name after a reporting verb that opens the sentence, which the NER model took into it and may
    have cut short ('Said James | O’Keefe'), when a comma or a colon sets it off ('Said James O’Keefe,
    founder …:'); not the given name Said ('Said Khecharem has enunciated')."""
    if len(tokens) < 2 or not tokens[0].is_sent_start or tokens[0].tag_ not in ("VBD", "VBZ") or tokens[0].lower_ not in _OPENING_VERBS:
        return None
    doc, i = tokens[0].doc, tokens[-1].i + 1
    name = tokens[1:]
    while i < len(doc) and doc[i].is_title and not doc[i].is_punct and doc[i - 1].whitespace_:
        name.append(doc[i])
        i += 1
    return name if i < len(doc) and doc[i].text in (",", ":") else None


def _without_title_case_guesses(raws: list[_Raw], article: Article, places: Gazetteer) -> list[_Raw]:
    """In a headline written in title case ('Mueller's Investigation Lasted 674 Days') every word looks
    like a name to the NER model: its mentions there, and in the headline written again in the body, count
    only when the rest of the body writes the same name
    (a word alone with its capitals: 'Triumph' of "BREXIT's Triumph" is no name when the body writes
    only "triumph"), the gazetteer knows it, or it is an acronym or a group ('EU', 'Iranian')."""
    span = article.headline_span
    if span is None:
        return raws
    words = re.findall(r"[A-Za-z][\w’'-]*", article.text[span.start : span.end])
    if len(words) < _TITLE_CASE_MIN_WORDS or sum(w[0].isupper() for w in words) < _TITLE_CASE_SHARE * len(words):
        return raws
    again = re.compile(rf"^{re.escape(article.text[span.start : span.end])}$", re.MULTILINE)  # a page's headline written again
    copies = [(m.start(), m.end()) for m in again.finditer(article.text, article.body_start)]
    body = "\n".join(again.split(article.text[article.body_start :]))
    def kept(raw: _Raw) -> bool:
        name = article.text[raw.start : raw.end]
        in_headline = span.start <= raw.start < span.end or any(start <= raw.start < end for start, end in copies)
        if not in_headline or places.canonical(name) is not None:
            return True
        if len(name.split()) > 1:
            return name in body
        return raw.vote == "NORP" or _ACRONYM.fullmatch(name) is not None or re.search(rf"\b{re.escape(name)}\b", body) is not None

    return [r for r in raws if kept(r)]


def _without_common_words_taken_for_places(raws: list[_Raw], text: str, places: Gazetteer) -> list[_Raw]:
    """A capitalised common word the model took for a place ('the Truth', 'the Left', 'the Curia',
    'Blackmail, Balderdash, and the Brexit') is no place: one word no gazetteer place bears, which the article
    also writes in lower case ('a fundamental truth of our Faith'). Nor is a state's abbreviation that is a
    word ('go back to the Latin Mass.'), but after a town and its comma ('Springfield, Mass.')."""
    def common(raw: _Raw) -> bool:
        word = text[raw.start : raw.end]
        if raw.vote in ("GPE", "LOC") and word in _STATES_ABBREVIATED_AS_WORDS:
            return not _AFTER_A_TOWN.search(text, max(0, raw.start - 40), raw.start)
        if raw.vote not in ("GPE", "LOC") or not word.isalpha() or not word[0].isupper() or word.isupper() or places.canonical(word) is not None:
            return False
        return re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text) is not None

    return [r for r in raws if not common(r)]


#: States abbreviated as news writes them after a town that are English words as well: 'the Latin Mass.'.
_STATES_ABBREVIATED_AS_WORDS = frozenset({"Mass.", "Miss.", "Ill.", "Ind.", "Del.", "Wash.", "Ore.", "Me."})
#: A town's name and a comma right before a state's abbreviation: 'Springfield, Mass.'.
_AFTER_A_TOWN = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")


def _without_common_words_opening_sentences(raws: list[_Raw], doc: Doc) -> list[_Raw]:
    """A common word that opens a sentence, and so has its capital, is no person nor body ('Aliens arrested during
    this operation', 'Ridicule the Enemy.', 'Fireworks exploded overhead', the headline's 'Junta leader vows'):
    one word, no given name, that the model alone took for one wherever the article writes it so, always at a
    sentence's start, and that the article also writes in lower case or writes before a role in lower case
    ('Press secretary Karine Jean-Pierre')."""
    text = doc_text(doc)
    def candidate(raw: _Raw) -> bool:
        word = text[raw.start : raw.end]
        known = word.lower() in given_names() or word.lower() in person_roles() or word.lower() in honorifics()  # 'Pope admits …'
        known = known or word in known_entity_names()  # 'Facebook: https://…'
        return raw.vote in ("PERSON", "ORG") and raw.weight < _SURE_VOTE and not raw.known and word.isalpha() and word.istitle() and not known

    def opens_a_sentence(raw: _Raw) -> bool:
        before = text[max(0, raw.start - _LOOK_BACK_CHARS) : raw.start].rstrip(" \t\"“‘'(")
        return not before or before[-1] in "\n.!?:"

    def before_a_role(raw: _Raw) -> bool:  # 'Press secretary Karine Jean-Pierre told …': a common noun, the role's; not 'Harvard professor'
        after = _WORD_AFTER.match(text, raw.end)
        word = doc.char_span(raw.start, raw.end)
        return after is not None and after.group(1) in person_roles() and word is not None and word.root.tag_ == "NN"

    words: dict[str, list[_Raw]] = defaultdict(list)
    for raw in raws:
        words[text[raw.start : raw.end]].append(raw)
    common = {
        word for word, mentions in words.items()
        if all(candidate(r) and opens_a_sentence(r) for r in mentions)
        and (re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text) or all(before_a_role(r) for r in mentions))
    }
    return [r for r in raws if text[r.start : r.end] not in common]


#: The lower-case word right after a name: 'secretary' of 'Press secretary'.
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _looks_misspelt(surface: str, known: str) -> bool:
    """The same words, some a few letters off ('BAGDHAD', 'Baghdad'): not a word derived from the name
    ('Virginian', 'Londoners'), a longer or shorter name ('Washington, DC'), another word ('South Asia'
    is no misspelling of 'South Africa'), or a name with figures."""
    ours, theirs = surface.casefold().split(), known.casefold().split()
    if len(ours) != len(theirs) or any(ch.isdigit() for ch in surface):
        return False  # a different length, or a name with figures ('Kurdistan24', a broadcaster)
    differing = [(a, b) for a, b in zip(ours, theirs) if a != b]
    return bool(differing) and all(not _derived(a, b) and fuzz.ratio(a, b) >= PLACE_MATCH_MIN_RATIO for a, b in differing)


#: Endings that make a word from a place name: its people, their language, its plural.
_DERIVED_ENDINGS = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "er", "ers", "ite", "ites", "ese", "i", "is", "a")


def _derived(word: str, name: str) -> bool:
    """'virginian' from 'virginia', 'londoners' from 'london', 'pacifica' from 'pacific'."""
    return word.startswith(name) and word[len(name) :] in _DERIVED_ENDINGS


def _possessive(token: Token) -> bool:
    """A possessive ending, also when the tagger took a curly '’s' for a closing quotation mark."""
    return token.tag_ == "POS" or token.dep_ == "case" and token.lower_ in (*_CLITICS, "'", "’")


def _clitic(token: Token) -> bool:
    """A split-off 's, possessive or 'is' ("Donald Trump’s not about that"): never the end of a name."""
    return token.lower_ in _CLITICS and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _char_span(tokens: list) -> SpacySpan:  # type: ignore[type-arg]
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1]


def _parenthetical_mentions(text: str, raws: list[_Raw], places: Gazetteer, dateline: Span | None) -> list[tuple[_Raw, _Raw]]:
    """Names in parentheses right after a mention: ``(PMU)``, ``(Conquest Alliance)``, as (alias, head) pairs;
    a place in parentheses after a name that is no place says where it is ('Telegraph (UK)'), and a party
    or a state ('(Conservative)', '(Tex.)' after a person) or both ('(D-CA)') whose politician it is, not
    another name."""
    by_start = {r.start: r for r in raws}
    pairs: list[tuple[_Raw, _Raw]] = []
    for head in list(raws):
        if head.origin == "dateline" or dateline is not None and dateline.start <= head.start < dateline.end:
            continue  # "BAGDHAD (Dispatches)", "RENO, Nev. (AP)": the outlet, not an alias
        match = _PARENTHESIS.match(text, head.end)
        if not match:
            continue
        if places.canonical(match.group(1)) is not None and places.canonical(text[head.start : head.end]) is None:
            continue
        if places.canonical(text[head.start : head.end]) is not None and _DASH_AFTER.match(text, match.end()):
            continue  # "TRAVIS AIR FORCE BASE, Calif. (KGO) —": a dateline quoted further down, its outlet no alias of the place
        if match.group(1).replace(".", "").casefold() in _POST_NOMINALS:
            continue  # 'Prime Minister Abiy Ahmed (PhD)': a degree, no other name
        if _PARTY_AND_STATE.fullmatch(match.group(1)) or head.vote == "PERSON" and (
            match.group(1).casefold() in _PARTIES or _STATE_ABBREVIATION.fullmatch(match.group(1))
        ):
            continue
        inner_start, inner_end = match.span(1)
        existing = by_start.get(inner_start)
        inner = match.group(1)
        if (_ACRONYM.fullmatch(inner) or _MIXED_ACRONYM.fullmatch(inner)) and len(inner) >= 2 and _spells_another_name(inner, head, text, places):
            if existing is None or existing.end != inner_end:  # 'The United Nations mission in Iraq (UNAMI)': no alias of Iraq
                raws.append(_Raw(inner_start, inner_end, "acronym", vote="ORG"))
            continue
        if existing is not None and existing.end == inner_end:
            pairs.append((existing, head))
            raws.remove(existing)
            continue
        if _ACRONYM.fullmatch(inner) and len(inner) >= 2:
            pairs.append((_Raw(inner_start, inner_end, "acronym"), head))
        elif _TITLE_WORDS.fullmatch(inner) and not any(r.start < inner_end and r.end > inner_start for r in raws):
            pairs.append((_Raw(inner_start, inner_end, "alias"), head))
    for alias, head in pairs:
        alias.surface, head.surface = text[alias.start : alias.end], text[head.start : head.end]
    return pairs


#: Letters after a person's name for a degree, an office or an honour: 'Abiy Ahmed (PhD)', 'Jane Smith (MP)'.
_POST_NOMINALS = frozenset({"phd", "md", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "kc", "qc", "esq", "jr", "sr", "retd", "ret"})


def _spells_another_name(acronym: str, head: _Raw, text: str, places: Gazetteer) -> bool:
    """Whether an acronym after a place names the body the place ends the name of, not the place: 'UNAMI' after
    'The United Nations mission in Iraq'; 'UAE' after 'the United Arab Emirates' is the place's."""
    surface = text[head.start : head.end]
    return places.canonical(surface) is not None and not acronym.replace(".", "").startswith(initials(surface))


def _dates(doc: Doc) -> list[tuple[int, int]]:
    """The dates and times the NER model found, but for a word after an honorific ("Mrs May" is a name)
    and a month's name not written as a date ("May told Parliament": the model's DATE, Theresa May)."""
    text = doc_text(doc)
    spans = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME") or (e.start > 0 and _honorific(doc[e.start - 1])):
            continue
        last = e[-1]
        if last.text.casefold() not in MONTHS or read_as_date(text, last.idx, last.idx + len(last)):
            spans.append((e.start_char, e.end_char))
        elif len(e) > 1 and e[-2].text == ",":
            spans.append((e.start_char, e[-2].idx))  # 'on Sunday, May pledged': the date ends at the comma
    return spans


def _same_name_mentions(text: str, raws: list[_Raw], dates: list[tuple[int, int]]) -> list[_Raw]:
    """Other occurrences of names and surnames already found, which the model missed (headlines, ``U.S.-led``,
    'Sisi' after 'Abdel Fattah al-Sisi'); a name that is also a month, never inside a date: "in May 2019" does not
    name Theresa May."""
    taken = bytearray(len(text))  # 1 over a name already found
    for r in raws:
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
    in_date = bytearray(len(text))
    for start, end in dates:
        in_date[start:end] = b"\x01" * (end - start)
    found: list[_Raw] = []
    names = {text[r.start : r.end] for r in raws}
    surnames = {_called_by(text[r.start : r.end]) for r in raws if r.vote == "PERSON" and len(text[r.start : r.end].split()) >= 2}
    surnames |= {s.split("-", 1)[1] for s in surnames if _ARTICLE_BEFORE_A_NAME.fullmatch(_arabic_article_lowered(s))}  # 'Sisi' of 'al-Sisi'
    for surface in sorted(names | {s for s in surnames if len(s) >= 3}, key=len, reverse=True):
        if len(surface) < 2 or not surface[0].isupper():
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", text):
            start, end = match.span()
            if any(taken[start:end]) or surface.casefold() in MONTHS and any(in_date[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(_Raw(start, end, "same_name"))
    return found


def _key(surface: str) -> str:
    """One name however its dots, apostrophes and hyphens are written ('Dina Habib-Powell', 'Dina Habib Powell'),
    and a department however its words are ordered ('Department of Justice', 'Justice Department')."""
    return head_last(surface.casefold().replace(".", "").replace("’", "'").replace("-", " ").replace("]", ""))  # 'Mr. [Walter] Matt'


def _join_same_names(raws: list[_Raw], clusters: _Clusters) -> None:
    first: dict[str, int] = {}
    for i, raw in enumerate(raws):
        key = _key(raw.surface)
        if key in first:
            clusters.join(first[key], i)
        else:
            first[key] = i


def _join_group_and_member(raws: list[_Raw], clusters: _Clusters) -> None:
    """A group and one of its members, named alike, are one entity: 'Republicans' and 'Republican', 'Tories' and
    'Tory', 'Muslims' and 'Muslim' (the group's name is the plural, ``_make_entity``)."""
    groups: dict[str, int] = {}
    for i, raw in enumerate(raws):
        if "NORP" in (raw.vote, raw.model_label):
            groups.setdefault(raw.surface, i)
    for surface, i in groups.items():
        for plural in _plurals(surface):
            if plural in groups:
                clusters.join(groups[plural], i, f"'{surface}' is one of the '{plural}'")


def _join_party_names(raws: list[_Raw], clusters: _Clusters) -> None:
    """A party and its name without the word 'Party' are one body: 'the Labour Party' and 'Labour's finance
    spokeswoman', 'the Likud Party' and 'Likud', where both are read as organisations."""
    parties = {raw.surface.removeprefix("the ")[: -len(" Party")]: i for i, raw in enumerate(raws) if raw.surface.endswith(" Party") and raw.vote == "ORG"}
    for i, raw in enumerate(raws):
        if raw.vote == "ORG" and (party := parties.get(raw.surface)) is not None and clusters.find(party) != clusters.find(i):
            clusters.join(party, i, f"'{raw.surface}' is the name of the '{raws[party].surface}'")


#: Last words of bodies' names that name the body alone ('the Commission', 'the Post'); not 'House', which is no
#: 'White House', nor the words of places.
_HEADS_OF_BODIES = frozenset(
    {"commission", "council", "committee", "ministry", "agency", "department", "bureau", "court", "church", "party", "union",
     "alliance", "coalition", "front", "movement", "foundation", "institute", "university", "museum", "army", "navy", "post",
     "times", "journal", "herald", "tribune", "gazette", "telegraph"}
)


#: Last words of bodies whose name without its first word still names them alone ('the U.S. State Department' is the
#: State Department), unlike a party's or a church's ('the Florida Democratic Party' is no Democratic Party).
_HEADS_OF_BRANCHES = frozenset({"forces", "department", "court", "committee", "council", "commission"})
#: The head words of states' names, which name the state alone: 'the Kingdom' after 'the Kingdom of Saudi Arabia'.
_HEADS_OF_STATES = frozenset({"kingdom", "republic", "emirate", "sultanate"})


#: Endings of peoples' adjectives: 'Yemeni', 'Ukrainian', 'Sudanese', 'Turkish'.
_PEOPLES_ENDINGS = ("i", "ian", "ese", "ish")


def _a_state_s(word: str, places: Gazetteer) -> bool:
    """Whether a first word makes a body a state's or a body's own: a place most readers know ('Pennsylvania Supreme Court'), an
    acronym ('U.S. State Department', 'UN Security Council', 'RNC Rules Committee') or a people's adjective
    ('Yemeni Armed Forces'); not a person's name ('Obama Justice Department', 'Reagan Justice Department')."""
    return places.is_major(word) or not any(c.islower() for c in word) or word.istitle() and word.endswith(_PEOPLES_ENDINGS)  # a major place: Obama is also a town of Japan


def _join_bodies_by_their_head(raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> None:
    """A body named by the last word or words of its name alone, or a state by the word before its 'of', is the
    one the text names with it: 'Commission spokesman Eric Mamer' after 'the European Commission', 'Armed Forces
    spokesman' after 'the Yemeni Armed Forces', 'the Kingdom's hope' after 'the Kingdom of Saudi Arabia'; with two
    ('the Foreign Ministry', 'the Defense Ministry'), neither."""
    named: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i, raw in enumerate(raws):
        words = raw.surface.removeprefix("the ").split()
        if raw.vote == "ORG" and len(words) > 1 and words[-1].casefold() in _HEADS_OF_BODIES:
            named[("ORG", words[-1])].append(i)
        if raw.vote == "ORG" and len(words) > 2 and words[-1].casefold() in _HEADS_OF_BRANCHES and words[1].istitle() and _a_state_s(words[0], places):
            named[("ORG", " ".join(words[1:]))].append(i)  # 'Armed Forces' of 'Yemeni Armed Forces', not the 'Justice Department' of 'Obama Justice Department'
        elif raw.vote == "GPE" and len(words) > 2 and words[1] == "of" and words[0].casefold() in _HEADS_OF_STATES:
            named[("GPE", words[0])].append(i)
    for i, raw in enumerate(raws):
        bodies = named.get((raw.vote, raw.surface.removeprefix("the ")), [])
        if bodies and len({clusters.find(j) for j in bodies}) == 1 and clusters.find(i) != clusters.find(bodies[0]):
            which = ("last words" if " " in raw.surface.removeprefix("the ") else "last word") if raw.vote == "ORG" else "word before 'of'"
            clusters.join(bodies[0], i, f"'{raw.surface}' is the {which} of '{raws[bodies[0]].surface}', the one body the text names with it")


def _plurals(word: str) -> tuple[str, ...]:
    """The plurals a group's name may take: 'Republicans', 'Tories'."""
    return (word + "s", word[:-1] + "ies") if word.endswith("y") else (word + "s",)


def _join_acronyms(raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> None:
    """An acronym joins the nearest name whose initials it spells ('IRCC'); a place's abbreviation the
    gazetteer knows ('S.C.') joins only that place's names (``_join_places``), not words that begin alike
    ('Said Comey', 'D.C. Circuit'); without dots, letters spell a body ('ADL', 'SDF').
    An acronym two names spell ('RNC': the Republican National Committee and Convention) is, in all its
    mentions, the one its first mention stands nearest to."""
    expansions: dict[str, list[int]] = defaultdict(list)
    for i, raw in enumerate(raws):
        if len(raw.surface.split()) >= 2:
            expansions[initials(raw.surface)].append(i)
    spelled: dict[str, int] = {}  # acronym -> the expansion its first mention joined
    for i, raw in enumerate(raws):
        if not _ACRONYM.fullmatch(raw.surface) or "." in raw.surface and places.canonical(raw.surface) is not None:
            continue
        key = raw.surface.replace(".", "")
        candidates = expansions.get(key, [])
        if key in spelled:  # 'RNC' spells the Committee and the Convention: each mention the one the first joined
            candidates = [c for c in candidates if clusters.find(c) == clusters.find(spelled[key])]
        elif candidates:
            before = [c for c in candidates if raws[c].start < raw.start]
            spelled[key] = before[-1] if before else candidates[0]
        _join_nearest(raws, clusters, i, candidates, "'{}' is the acronym of '{}'")


def _join_known_as(raws: list[_Raw], clusters: _Clusters, text: str) -> None:
    """A name followed by 'known as' and another name is one entity with it, when the model gave them no two
    labels: 'Abdul Aziz al-Mohammedawi, known as Abu Fadak', 'the Popular Mobilization Forces (PMF), known in
    Arabic as Hashd al-Shaabi', 'Imad Mughniyeh, a.k.a. Hajj Radwan', 'Abu Mohammed al-Jolani, whose real name
    is Ahmed al-Sharaa'."""
    starting = {raw.start: i for i, raw in enumerate(raws)}
    for i, raw in enumerate(raws):
        if (match := _KNOWN_AS.match(text, raw.end)) is None or (j := starting.get(match.end())) is None or j == i:
            continue
        if raw.vote == raws[j].vote or None in (raw.vote, raws[j].vote):
            clusters.join(i, j, f"'{raws[j].surface}' is what '{raw.surface}' is known as")


def _join_known_names(raws: list[_Raw], clusters: _Clusters) -> None:
    """Names that the list of known entities gives one body are one entity: 'ISIS', 'ISIL', 'Daesh' and
    'Islamic State', as different outlets name the group; 'Hezbollah' and 'Hizballah'."""
    first: dict[str, int] = {}
    for i, raw in enumerate(raws):
        if not raw.known:
            continue
        j = first.setdefault(raw.known, i)
        if clusters.find(i) != clusters.find(j):
            clusters.join(j, i, f"'{raw.surface}' and '{raws[j].surface}' name one body (presslens' list of known entities)")


def _join_places(raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> None:
    """Names of one place in the gazetteer ('Britain', 'the U.K.') are one entity, also where the model
    took one of them for an organisation ('the United States' acting) and another for the place."""
    def as_place(raw: _Raw) -> bool:
        return raw.vote in PLACE_LABELS or raw.model_label in PLACE_LABELS or raw.origin == "dateline"

    named: dict[str, list[int]] = defaultdict(list)
    for i, raw in enumerate(raws):
        if (as_place(raw) or raw.vote == "ORG") and (place := places.canonical(raw.surface)) is not None:
            named[place].append(i)
    for place, members in named.items():
        if not any(as_place(raws[i]) for i in members):
            continue
        first = members[0]
        for i in members[1:]:
            if clusters.find(first) != clusters.find(i):
                clusters.join(first, i, f"'{raws[first].surface}' and '{raws[i].surface}' name one place, {place}")


def _join_halves(raws: list[_Raw], clusters: _Clusters, text: str, places: Gazetteer) -> None:
    """'The North' and 'the South' in a story that names one divided country of that half ('North Korea'): that
    country, as news calls the Koreas and the Sudans again."""
    for i, raw in enumerate(raws):
        if raw.surface not in _HALVES or not text[max(0, raw.start - 4) : raw.start].lower().endswith("the "):
            continue
        halves = [j for j, other in enumerate(raws) if other.surface.startswith(raw.surface + " ") and places.canonical(other.surface) in _DIVIDED]
        if len({raws[j].surface for j in halves}) == 1:
            _join_nearest(raws, clusters, i, halves, "'the {}' names '{}' again")


#: The halves of divided countries that news names alone: 'the North' for North Korea.
_HALVES = frozenset({"North", "South"})
_DIVIDED = frozenset({"North Korea", "South Korea", "South Sudan"})


def _join_nearest(raws: list[_Raw], clusters: _Clusters, i: int, candidates: list[int], why: str) -> None:
    """Join mention ``i`` to the nearest candidate before it (or the first after it), with the evidence."""
    if not candidates:
        return
    before = [c for c in candidates if raws[c].start < raws[i].start]
    chosen = before[-1] if before else candidates[0]
    if clusters.find(chosen) != clusters.find(i):
        clusters.join(chosen, i, why.format(raws[i].surface, raws[chosen].surface))


def _last_word(surface: str) -> str:
    return surface.split()[-1]


def _could_be_person(raw: _Raw, places: Gazetteer) -> bool:
    """Unlabelled, PERSON, or a place label on a name no gazetteer knows (the model tags some names GPE)."""
    return raw.vote in (None, "PERSON") or (raw.vote == "GPE" and places.canonical(raw.surface) is None)


def _called_by(surface: str) -> str:
    """The surname a person is called by alone: the name's last word, with its generational suffix
    ('Trump Jr' of 'Donald Trump Jr.', for 'Trump' alone is not the son), before a number ('Mueller' of
    'Robert S. Mueller III'; a king's 'George III' keeps it); no word of a name 'of' a place ('Assisi' is no
    one's surname in 'St. Francis of Assisi'), nor a father's name without its 'bin' ('bin Laden' is Osama
    bin Laden, but 'Salman' is the king, not Mohammed bin Salman)."""
    words = surface.split()
    if len(words) >= 3 and words[-2] == "of":
        return surface
    if len(words) >= 3 and words[-2].lower() in PATRONYMICS:
        return f"{words[-2]} {words[-1]}"
    if len(words) >= 2 and _GENERATION.fullmatch(words[-1]):
        return f"{words[-2]} {words[-1].rstrip('.')}"
    if len(words) >= 3 and _NUMERAL.fullmatch(words[-1]):
        return words[-2]
    return words[-1]


#: What the model takes a lone surname for besides a person ('Koresh' a product, 'Springsteen' an organisation,
#: 'Farrakhan' a region).
_MISREAD_SURNAMES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LOC"})


def _peoples_names_as_nouns(doc: Doc, raws: list[_Raw]) -> set[str]:
    """The names the model took for a people's that the text only ever writes as a noun, as a surname is
    ('Cuban said'), never as an adjective ('Cuban officials') nor in the plural."""
    def a_noun(raw: _Raw) -> bool:
        word = doc.char_span(raw.start, raw.end, alignment_mode="expand")
        return word is not None and len(word) == 1 and word[0].pos_ == "PROPN" and word[0].dep_ not in ("amod", "compound") and word[0].tag_ != "NNPS"

    peoples = [r for r in raws if r.vote == "NORP"]
    return {r.surface for r in peoples} - {r.surface for r in peoples if not a_noun(r)}


def _misread_surname(raw: _Raw, nouns: set[str]) -> bool:
    """A lone name the model gave a label no surname has: a body, a thing, a region, or a people's name
    the text writes only as a noun (``nouns``)."""
    return raw.vote in _MISREAD_SURNAMES or raw.vote == "NORP" and raw.surface in nouns


def _join_surnames(doc: Doc, raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> None:
    """A surname alone joins the nearest earlier full name ending with it (``al-Kadhimi`` -> ``Mustafa al-Kadhimi``,
    and without its Arabic article, ``Kadhimi``; ``Trump Jr`` -> ``Donald Trump Jr``; ``Lula`` -> ``Luiz Inacio
    Lula da Silva``, the word before the particle), also when the model took the lone surname for an organisation, a
    product, a work, a region or, written as a noun, a people and the full name for a person ("written by
    Springsteen" after "Bruce Springsteen", "did not believe Koresh" after "David Koresh", "Farrakhan
    said", "Cuban said" after "Mark Cuban"; not "Cuban officials"). Of two people sharing the
    surname, the lone surname is the one named first: "President Donald Trump … with Melania Trump … Trump
    said" is his, and she is not him; a surname alone is the son's only where no one else bears it ("Marcos" after
    "Ferdinand Marcos Jr"). Accents count for nothing ('Orban' is Viktor Orbán)."""
    nouns = _peoples_names_as_nouns(doc, raws)
    ending_with: dict[str, list[int]] = {}  # surname -> the full names (more words than it) ending with it
    a_person_alone: set[str] = set()  # surnames the model tagged a person somewhere alone
    juniors: dict[str, list[int]] = {}  # surname -> the full names it ends before a generational suffix
    for j, other in enumerate(raws):
        surname = _without_accents(_arabic_article_lowered(_called_by(other.surface)))  # 'Orban' in a headline, 'Viktor Orbán' in the body
        words = _without_accents(other.surface).split()
        if len(words) >= 3 and places.canonical(" ".join(words[-2:])) is not None:
            continue  # 'Derry Northern Ireland', a place the model took for a person: no full name ends in 'Ireland'
        if len(words) > len(surname.split()):
            ending_with.setdefault(surname, []).append(j)
            if surname == words[-1] and _two_surnames(words):  # 'Wasserman Schultz' of 'Debbie Wasserman Schultz'
                ending_with.setdefault(" ".join(words[-2:]), []).append(j)
            if (called := _called_before_the_particles(words)) is not None:  # 'Lula' of 'Luiz Inacio Lula da Silva'
                ending_with.setdefault(called, []).append(j)
            if _ARTICLE_BEFORE_A_NAME.fullmatch(surname):  # 'Kadhimi' of 'Mustafa al-Kadhimi', as news writes it
                ending_with.setdefault(surname.split("-", 1)[1], []).append(j)
        elif other.vote == "PERSON":
            a_person_alone.add(surname)
        if len(words) >= 3 and _GENERATION.fullmatch(words[-1]):
            juniors.setdefault(words[-2], []).append(j)  # 'Marcos' of 'Ferdinand Marcos Jr', where no other Marcos is named
    for surname, named in juniors.items():
        if surname not in ending_with:
            ending_with[surname] = named
    for i, raw in enumerate(raws):
        surface = _without_accents(raw.surface)
        surname = surface if len(surface.split()) == 2 and surface in ending_with else _without_accents(_arabic_article_lowered(_called_by(raw.surface)))
        if len(raw.surface.split()) != len(surname.split()) or not raw.surface[:1].isalpha() or _ACRONYM.fullmatch(raw.surface):
            continue
        full = [
            j
            for j in ending_with.get(surname, [])
            if "PERSON" in (raw.vote, raws[j].vote)
            and (_could_be_person(raw, places) or _misread_surname(raw, nouns) and raws[j].vote == "PERSON")
            and _could_be_person(raws[j], places)
        ]
        people = [  # the full names any lone surname may join: decided once, whatever this mention's own tag
            j for j in ending_with.get(surname, [])
            if _could_be_person(raws[j], places) and (raws[j].vote == "PERSON" or surname in a_person_alone)
        ]
        if len({clusters.find(j) for j in people}) > 1:  # 'Donald Trump', then 'Melania Trump': the one named first
            first = clusters.find(min(people, key=lambda j: raws[j].start))
            full = [j for j in full if clusters.find(j) == first]
        if full and _misread_surname(raw, nouns):
            raw.vote = None  # the full name's PERSON decides the cluster's label, not the model's guess on the surname
        _join_nearest(raws, clusters, i, full, "'{}' is the surname in '{}'")


def _arabic_article_lowered(surname: str) -> str:
    """A surname with the Arabic article as news writes it inside a sentence: 'Al-Fayyadh', which opens one,
    is the 'al-Fayyadh' of 'Faleh al-Fayyadh'."""
    return surname[0].lower() + surname[1:] if _ARTICLE_BEFORE_A_NAME.fullmatch(surname[0].lower() + surname[1:]) else surname


#: Particles of Portuguese and Spanish names, before the last surname: 'Lula da Silva', 'Padrino de la Cruz'.
_IBERIAN_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del"})


def _called_before_the_particles(words: list[str]) -> str | None:
    """The name a person of four words or more with a Portuguese or Spanish particle inside is called by
    alone: the capitalised word before the particle, not the first ('Lula' of 'Luiz Inacio Lula da Silva')."""
    at = next((k for k, w in enumerate(words) if k >= 2 and w in _IBERIAN_PARTICLES), None)
    return words[at - 1] if at is not None and len(words) >= 4 and words[at - 1].istitle() else None


def _two_surnames(words: list[str]) -> bool:
    """A full name whose last two words may be its surname alone: 'Debbie Wasserman Schultz', 'Bill de
    Blasio', 'Jean-Yves Le Drian': a given name first or a particle before the last word, no word in lower
    case before ('Victoria at Sandy Hook'), and no title the model ran into it ('Kritarch Patti Saris')."""
    if len(words) < 3 or any(w.islower() for w in words[:-2]):
        return False
    return words[0].lower() in given_names() or words[-2].lower() in _ARTICLES_OF_NAMES


def _join_middle_initials(raws: list[_Raw], clusters: _Clusters) -> None:
    """A person's name with middle initials or a numeral and without them ('William P. Barr', 'William
    Barr'; 'Robert S. Mueller III', 'Robert Mueller') is one person, unless the article writes the name with
    two sets of initials ('George H. W. Bush', 'George W. Bush')."""
    people = [i for i, raw in enumerate(raws) if raw.vote == "PERSON"]
    for target, named in one_person_groups((raws[i].surface for i in people), _key):
        target = people[target]
        for i in (people[k] for k in named):
            if clusters.find(i) != clusters.find(target):
                clusters.join(target, i, f"'{raws[i].surface}' and '{raws[target].surface}' are one name but for middle initials or a numeral")


def _join_initials_cut_by_a_line(raws: list[_Raw], clusters: _Clusters, text: str) -> None:
    """Initials ending a line and the name that opens the next are one person ('National Security Adviser
    H.R.' / 'McMaster said …': a text split into one sentence a line, cut after the abbreviation)."""
    by_start = {r.start: k for k, r in enumerate(raws)}
    for i, raw in enumerate(raws):
        if not _INITIALS_ONLY.fullmatch(raw.surface) or raw.vote not in (None, "PERSON") or not text.startswith("\n", raw.end):
            continue
        after = raw.end + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        j = by_start.get(after)
        if j is not None and raws[j].vote == "PERSON" and raws[j].surface[:1].isupper() and clusters.find(i) != clusters.find(j):
            clusters.join(j, i, f"'{raw.surface}' and '{raws[j].surface}' are one name a line break cut")


def _join_first_names(raws: list[_Raw], clusters: _Clusters, tweets: list[Tweet], places: Gazetteer) -> None:
    """A first name alone, which the model read as a person ('I urge Jeremy to seize this chance'), as a
    place no gazetteer knows ('Trump and Melania beam') or, being a given name, as a body ('his wife,
    Candace'), joins the one person the article names in full with it ('Jeremy Corbyn', 'Melania Trump',
    'Candace Smith'), and so does a family name written first ('Wang' of 'Wang Wenbin', also where the model
    took it for a body). With two such people ('Jeremy Corbyn', 'Jeremy Hunt') it is left alone, and so is a
    name already joined as a surname or a title, and the name an account signs a post with ('— Mike
    (@Bigly45)'): any Mike may hold it."""
    starting_with: dict[str, list[int]] = {}  # first word -> the full names (two words or more, a person) it starts
    for j, other in enumerate(raws):
        if len(other.surface.split()) >= 2 and other.vote == "PERSON":
            starting_with.setdefault(other.surface.split()[0], []).append(j)
    named_in_full = {clusters.find(j) for j, other in enumerate(raws) if len(other.surface.split()) >= 2}
    for i, raw in enumerate(raws):
        named = raw.surface.casefold()
        given = raw.vote in _NOT_PEOPLE and raw.weight < _SURE_VOTE and (named in given_names() or named in family_names_first())
        if not (_could_be_person(raw, places) or given) or raw.vote is None or len(raw.surface.split()) != 1 or not raw.surface.istitle() or clusters.find(i) in named_in_full:
            continue
        if raw.surface.casefold() in person_roles() or raw.surface.casefold().rstrip(".") in honorifics():
            continue  # 'Pope' of 'Pope Benedict' is a title (``_join_titles``)
        if any(start <= raw.start and raw.end <= end for start, end in (t.author for t in tweets)):
            continue
        full = [j for j in starting_with.get(raw.surface, []) if raw.vote == "PERSON" or raws[j].surface.split()[-1].casefold() not in person_roles()]
        if len({clusters.find(j) for j in full}) == 1:
            _join_nearest(raws, clusters, i, full, "'{}' is the first name in '{}'")
            if raw.vote != "PERSON":  # the full name decides the cluster's label, not the model's guesses on the first name
                for k, other in enumerate(raws):
                    if other.surface == raw.surface and other.vote != "PERSON" and clusters.find(k) == clusters.find(i):
                        other.vote = None


#: The office a person holds, set off after their name: ', the Emir of Qatar'.
_OFFICE_AFTER = re.compile(r",[ \t]+the[ \t]+([A-Z][a-z]+)\b")


def _join_titles(raws: list[_Raw], clusters: _Clusters, places: Gazetteer, text: str) -> None:
    """A title alone ('the Pope', 'the President', 'the Emir') joins the one name it heads ('Pope Francis',
    'President Obama') or follows as its holder's office ('Sheikh Tamim bin Hamad Al Thani, the Emir of
    Qatar'): news names the holder once in full, then by the office. With two holders named ('Pope
    Francis', 'Pope Pius IX') the title is left alone: which one it means takes more than its words."""
    heading: dict[str, list[int]] = {}  # title -> the names it heads, in the name or just before it
    holding: dict[str, list[int]] = {}  # office -> the names it follows
    for j, other in enumerate(raws):
        words = other.surface.split()
        if not _could_be_person(other, places):
            continue
        if len(words) >= 2:
            heading.setdefault(words[0].casefold(), []).append(j)
        elif before := re.search(r"(\w+)[ \t]+$", text[max(0, other.start - 40) : other.start]):
            heading.setdefault(before.group(1).casefold(), []).append(j)  # 'Pope Francis' with 'Francis' the model's name
        if len(words) >= 2 and other.vote == "PERSON" and (office := _OFFICE_AFTER.match(text, other.end)):
            holding.setdefault(office.group(1).casefold(), []).append(j)
    for i, raw in enumerate(raws):
        if len(raw.surface.split()) == 1 and raw.surface.istitle() and raw.surface.casefold() in person_roles() and _could_be_person(raw, places):
            holders, officers = heading.get(raw.surface.casefold(), []), holding.get(raw.surface.casefold(), [])
            if len({clusters.find(j) for j in holders}) == 1:
                _join_nearest(raws, clusters, i, holders, "'{}' is the title in '{}'")
            elif not holders and len({clusters.find(j) for j in officers}) == 1:
                _join_nearest(raws, clusters, i, officers, "'{}' is the office of '{}', set off after the name")


def _join_regnal_names(raws: list[_Raw], clusters: _Clusters) -> None:
    """A pope's or a monarch's title and name without its numeral ('Pope Leo' in a headline, 'King Charles') joins
    the one name with the numeral ('Leo XIV', 'Charles III')."""
    for i, raw in enumerate(raws):
        words = raw.surface.split()
        if len(words) != 2 or not words[0].istitle() or words[0].casefold() not in person_roles() or not words[1].istitle():
            continue
        numbered = [j for j, other in enumerate(raws) if _NUMERAL.fullmatch((parts := other.surface.split())[-1]) and parts[-2:-1] == words[1:]]
        if len({clusters.find(j) for j in numbered}) == 1:
            _join_nearest(raws, clusters, i, numbered, "'{}' is the title and name of '{}' without its numeral")


def _join_ship_names(raws: list[_Raw], clusters: _Clusters) -> None:
    """A ship's name without the navy's prefix ('the Gravely') joins the one ship named with it ('USS Gravely'),
    whatever the model took it for."""
    for i, raw in enumerate(raws):
        ships = [j for j, other in enumerate(raws) if (parts := other.surface.split(" ", 1))[0] in _SHIP_PREFIXES and parts[1:] == [raw.surface]]
        if len({clusters.find(j) for j in ships}) == 1:
            raw.vote = None  # the ship's label decides the cluster's
            _join_nearest(raws, clusters, i, ships, "'{}' is the name of the ship '{}'")


def _join_nicknames(raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> list[Finding]:
    """A person named by a short form of a first name ('Don Trump Jr') joins the person named with the
    full form and the same other names ('Donald Trump Jr') as a flagged variant, when only one such
    person is named."""
    people = [i for i, raw in enumerate(raws) if raw.vote == "PERSON" and len(raw.surface.split()) >= 2 and _could_be_person(raw, places)]
    findings: list[Finding] = []
    for i in people:
        first, rest = raws[i].surface.split()[0], _other_names(raws[i].surface)
        full = [j for j in people if _other_names(raws[j].surface) == rest and short_form(first, raws[j].surface.split()[0])]
        if len({clusters.find(j) for j in full}) != 1 or clusters.find(full[0]) == clusters.find(i):
            continue
        named = raws[full[0]].surface
        for raw in raws:
            if raw.surface == raws[i].surface:
                raw.variant = True
        clusters.join(full[0], i, f"'{first}' in '{raws[i].surface}' is a short form of '{named.split()[0]}'")
        why = f"'{raws[i].surface}' calls '{named}' by '{first}', a short form of '{named.split()[0]}'. Joined as a variant, not merged silently."
        findings.append(Finding(kind="name_variant", span=Span(start=raws[i].start, end=raws[i].end), likely=named, why=why))
    return findings


def _other_names(surface: str) -> list[str]:
    """The names after the first, middle initials and a numeral left out: 'Grassley' of 'Charles E. Grassley'."""
    parts = name_parts(surface)
    return (parts.bare if parts is not None else surface).split()[1:]


def _join_variants(doc: Doc, raws: list[_Raw], clusters: _Clusters, places: Gazetteer) -> list[Finding]:
    """A person's name one or two letters from another person's name joins it as a flagged variant."""
    groups = clusters.groups()
    person_groups = {
        root: members for root, members in groups.items() if _cluster_label([raws[m] for m in members], places) == "PERSON"
    }
    findings: list[Finding] = []
    for root, members in person_groups.items():
        surfaces = {raws[m].surface for m in members}
        if len(surfaces) != 1:
            continue
        surface = next(iter(surfaces))
        best: tuple[int, bool, int] | None = None
        for other_root, other_members in person_groups.items():
            if other_root == root or len(other_members) <= len(members):
                continue
            for m in other_members:
                for candidate in {raws[m].surface, _last_word(raws[m].surface)}:
                    edits = Levenshtein.distance(surface, candidate)
                    similar = Levenshtein.normalized_similarity(surface, candidate) * 100
                    if (
                        0 < edits <= NAME_VARIANT_MAX_EDITS
                        and similar >= NAME_VARIANT_MIN_RATIO
                        and candidate[0] == surface[0]
                        and not _family(surface, candidate)
                        and not initials_apart(surface, candidate)
                    ):
                        rank = (edits, raws[m].surface != candidate, m)
                        best = rank if best is None or rank < best else best
        if best is None:
            continue
        edits, _, target = best
        candidate = _closest(surface, raws[target].surface)
        for m in members:
            raws[m].variant = True
        clusters.join(target, root, f"'{surface}' is a spelling variant of '{candidate}' ({edits} letter{'s' * (edits > 1)} apart)")
        role = _shared_role(doc, raws[members[0]], raws[target])
        why = f"'{surface}' {_how_apart(surface, candidate, edits)} '{candidate}', a name of the same person in this article"
        findings.append(
            Finding(
                kind="name_variant",
                span=Span(start=raws[members[0]].start, end=raws[members[0]].end),
                likely=candidate,
                why=why + (f"; {role}" if role else "") + ". Joined as a variant, not merged silently.",
            )
        )
    return findings


def _how_apart(surface: str, name: str, edits: int) -> str:
    """How two spellings of a name differ, in the words a reader checks them by: accents ('François'),
    spaces (the hashtag 'StephenPaddock') or letters ('al-Kashimi')."""
    if _without_accents(surface) == _without_accents(name):
        return "differs only in accents from"
    if surface.replace(" ", "") == name.replace(" ", ""):
        return "is without the spaces of" if len(surface) < len(name) else "is the spaced form of"
    return f"is {edits} letter{'s' * (edits > 1)} from"


def _without_accents(words: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c))


def _family(surface: str, name: str) -> bool:
    """'the Clintons' names the family, not a misspelt 'Clinton'; 'Pius XI' is not 'Pius XII', nor 'Bush
    Jr.' his father: names that differ in their number are relatives or successors."""
    if surface in (name + "s", name + "es") or name in (surface + "s", surface + "es"):
        return True
    ours, theirs = surface.split(), name.split()
    return len(ours) == len(theirs) and ours[:-1] == theirs[:-1] and bool(_ORDINAL.fullmatch(ours[-1]) or _ORDINAL.fullmatch(theirs[-1]))


def _closest(surface: str, name: str) -> str:
    """The word or the whole of ``name`` closest to ``surface``."""
    return min((name, _last_word(name)), key=lambda c: Levenshtein.distance(surface, c))


def _shared_role(doc: Doc, a: _Raw, b: _Raw) -> str | None:
    """'both are the subject of a reporting verb', when the parse says so."""
    heads = []
    for raw in (a, b):
        span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
        if span is None:
            return None
        heads.append(span.root)
    if all(h.dep_ == "nsubj" for h in heads):
        verbs = " / ".join(dict.fromkeys(f"'{h.head.text}'" for h in heads))
        return f"both are the subject of {verbs}"
    return None


def _cluster_label(members: list[_Raw], places: Gazetteer) -> str | None:
    """The label most mentions vote for; a place label counts little when no name in the cluster is a
    known place and the words do not make it sure ('the town of Bikoro'), and wins a tie when one is. With no vote at all (names found again by their words only), a
    country, state or major city the gazetteer knows is a place, and so it is when the vote makes it a person
    but its every name is such a place's own."""
    known_place = any(places.canonical(r.surface) for r in members)
    votes: dict[str, float] = defaultdict(float)
    for raw in sorted(members, key=lambda r: r.start):
        if raw.vote:
            trusted = raw.vote not in PLACE_LABELS or known_place or raw.origin == "dateline" or raw.weight >= _SURE_VOTE
            votes[raw.vote] += raw.weight if trusted else _UNKNOWN_PLACE_VOTE
    # a tie goes to the place when the gazetteer knows the name ('the United States' acting, and the country)
    if not votes:
        return "GPE" if any(places.is_major(r.surface) for r in members if places.canonical(r.surface)) else None
    label = max(votes, key=lambda lab: (votes[lab], known_place and lab in PLACE_LABELS))
    if label == "PERSON" and all(_place_by_its_own_name(r, places) for r in members):
        return "GPE"  # 'New Hampshire', 'Uruguay', 'Dakar' the model took for a person; not 'Jordan' or 'Georgia'
    if label in ("ORG", "FAC") and all(places.is_state(r.surface) for r in members):
        return "GPE"  # 'Sierra Leone', 'Slovakia', 'the Vatican' the model took for a body or a building
    if label in ("ORG", "FAC", "NORP") and all(_major_city_by_its_own_name(r, places) for r in members):
        return "GPE"  # 'the bishops of Buenos Aires', 'Aleppo' the model took for a body or a people
    return label


def _place_by_its_own_name(raw: _Raw, places: Gazetteer) -> bool:
    """A name that is a country's, state's or major city's own ('Uruguay') or the one English news writes for it
    ('Kiev'), not another name of one ('Belin' for Berlin) nor a given name ('Georgia'; a country's name of two
    words may open with one, 'Sri Lanka'), and no speaker's label in a transcript."""
    surface = raw.surface
    own = (places.canonical(surface) == surface or places.is_written(surface)) and places.is_major(surface)
    given = surface.split()[0].lower() in given_names() and not (" " in surface and places.is_country(surface))  # not 'Sri' of 'Sri Lanka'
    return own and raw.origin != "transcript" and not given


def _major_city_by_its_own_name(raw: _Raw, places: Gazetteer) -> bool:
    """A city of a million people or more named by its own name ('Buenos Aires', not 'White House', another
    name of Casablanca) or by the name English news writes for it ('Kiev'), which no body, building or
    people bears alone."""
    own = _place_by_its_own_name(raw, places) or places.is_written(raw.surface) and raw.origin != "transcript"
    return own and places.population(raw.surface) >= MAJOR_PLACE_MIN_POPULATION


#: A transcript's label this short is a speaker's initials ('DB', 'JP'), kept in capitals.
_INITIALS = 3


def _make_entity(entity_id: str, members: list[_Raw], evidence: list[str], places: Gazetteer) -> Entity:
    members.sort(key=lambda r: r.start)
    label = _cluster_label(members, places) or "ORG"
    for raw in members:
        if raw.model_label and raw.model_label != label:
            evidence = [*evidence, f"'{raw.surface}' was tagged {raw.model_label} by the model; the cluster's mentions make it {label}"]
    surfaces = {r.surface for r in members}
    preferred = min(
        members,
        key=lambda r: (
            r.variant, r.origin in ("acronym", "alias", "dateline"), bool(_ACRONYM.fullmatch(r.surface)), -len(_key(r.surface).split()), "]" in r.surface,
            label == "NORP" and bool(surfaces.intersection(_plurals(r.surface))),  # a group by its plural: 'Republicans'
            label == "PERSON" and r.surface.split()[0].casefold() in person_roles(),  # 'Francis', not the headline's 'Pope'; 'Leo XIV', not 'Pope Leo'
            r.start,
        ),
    )
    canonical = preferred.surface.replace("]", "")  # '[Ashraf] Awan': the name with the editor's insertion
    if all(r.origin == "transcript" or r.origin == "same_name" and r.surface == canonical for r in members) and len(canonical) > _INITIALS:
        canonical = canonical.title()  # 'HANNITY', named only by the transcript's labels: Hannity (but 'DB' stays DB)
    if label in PLACE_LABELS:
        canonical = places.canonical(canonical) or canonical
    mentions = [
        Mention(start=r.start, end=r.end, origin=r.origin, model_label=r.model_label, variant=r.variant) for r in members
    ]
    return Entity(id=entity_id, label=label, canonical=canonical, mentions=mentions, evidence=list(dict.fromkeys(evidence)))  # type: ignore[arg-type]


def _place_findings(entities: list[Entity], article: Article, places: Gazetteer) -> list[Finding]:
    """Places the gazetteer does not know but a known place resembles: ``BAGDHAD`` -> Baghdad."""
    text = article.text
    findings: list[Finding] = []
    for entity in entities:
        if entity.label not in PLACE_LABELS:
            continue
        surfaces = {m.text_in(text) for m in entity.mentions}
        if any(places.canonical(s) for s in surfaces):
            continue
        first = entity.mentions[0]
        surface = first.text_in(text)
        context = text[: first.start] + text[first.end :]
        suggestion = places.suggest(surface, context)
        if suggestion is None or not _looks_misspelt(surface, suggestion.name):
            continue
        if not (suggestion.in_text or first.origin == "dateline" or suggestion.score >= 90 and places.is_major(suggestion.name)):
            continue
        where = "dateline place" if first.origin == "dateline" else "place"
        why = f"{where} '{surface}' is unknown to the gazetteer; '{suggestion.name}' is {suggestion.score:.0f}% similar"
        if suggestion.in_text:
            why += f" and '{suggestion.name}' appears elsewhere in the text"
        entity.canonical = places.canonical(suggestion.name) or suggestion.name
        findings.append(
            Finding(kind="place_misspelling", span=Span(start=first.start, end=first.end), entity=entity.id, likely=suggestion.name, why=why)
        )
    return findings
