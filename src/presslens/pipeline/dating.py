"""Dates of an article: its temporal expressions normalised against the publication date, the
publication date itself inferred from the text when the input does not give it, and dates the text
implies by arithmetic ('two days after' a dated event)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from presslens.model import Article, Evidence, Finding, Publication, Span, Timex
from presslens.pipeline.segments import doc_text
from presslens.pipeline.temporal import WEEKDAYS, Candidate, Found, context_finder, find_timexes, name_spans, scan
from presslens.pipeline.tweets import embedded_tweets

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_YEAR_LEVEL = re.compile(r"^\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$")
_DATELINE_REACH_DAYS = 60  # a full date this close to the dateline's day gives it its year
_MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$")
_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
_AFTER = frozenset({"after", "since", "following"})
_DEADLINE = frozenset({"by", "until", "till", "through"})
_RELATION = re.compile(r"\s+(after|before|later than|earlier than)\b", re.IGNORECASE)
#: What a counted duration's modifier makes of the date it implies, by the direction of the count (+1: the
#: event came that long after the anchor, 'two weeks before the ordination'; -1: that long before it).
_BOUNDS = {
    ("MORE_THAN", 1): "a date after ", ("MORE_THAN", -1): "a date before ",
    ("LESS_THAN", 1): "a date before ", ("LESS_THAN", -1): "a date after ",
    ("EQUAL_OR_MORE", 1): "no earlier than ", ("EQUAL_OR_MORE", -1): "no later than ",
    ("EQUAL_OR_LESS", 1): "no later than ", ("EQUAL_OR_LESS", -1): "no earlier than ",
    ("APPROX", 1): "about ", ("APPROX", -1): "about ",
}


def date_article(doc: Doc, article: Article) -> tuple[list[Timex], Publication, list[Finding]]:
    """Timexes, the publication date (given or inferred), and the findings on dates: a dateline or a weekday
    that disagrees, dates the text implies."""
    context_at = context_finder(doc)
    candidates = scan(article.text)
    names = name_spans(doc)
    findings: list[Finding] = []
    year_unknown = False  # values counted from the dateline's day, whatever the year
    if article.published is not None:
        anchor, publication = article.published, Publication(date=article.published, source="input")
        found = find_timexes(article.text, context_at, anchor, candidates, names)
        findings += _dateline_disagreement(article, article.published, found)
    else:
        found = find_timexes(article.text, context_at, None, candidates, names)
        textual = {item.start: item.value for item in found}  # what the words say without a date to count from
        told_as_past = _told_as_past(doc, context_at, {tweet.date for tweet in embedded_tweets(article.text)})
        publication = _pinned_by_dateline(article, infer_publication(article.text, [f for f in found if not f.anchored], told_as_past), found)
        publication = _dated_by_its_record(article, publication, found)
        if publication.date is not None:  # the dateline's day: count from it
            found = find_timexes(article.text, context_at, publication.date, candidates, names)
        elif publication.earliest is not None and publication.latest is not None:  # the year is known: count from it
            found = find_timexes(article.text, context_at, date(publication.earliest.year, 7, 1), candidates, names)
        elif (day := _dateline_day(article, found)) is not None:  # the dateline's day of a year the text does not give
            found = _counted_from_a_day(article.text, context_at, day[0], day[1], candidates, names, found)
            publication = _day_without_year(article, publication, day)
            year_unknown = True
    inferred = year_unknown or publication.source == "inferred" and publication.latest is not None  # counted from an inferred date
    exact = publication.date is not None  # a dateline's day: values are as sure as the inferred year
    from_the_text: set[int] = set()
    if article.published is None and not inferred and not exact and publication.earliest is not None:
        found, from_the_text = _years_from_the_text(found, publication.earliest.year)
    ids = {item.start: f"T{number}" for number, item in enumerate(found, start=1)}
    timexes = [
        Timex(
            id=f"T{number}",
            start=item.start,
            end=item.end,
            type=item.type,  # type: ignore[arg-type]
            value=_what_is_known(item.value, textual.get(item.start)) if item.anchored and inferred and not exact and not year_unknown else item.value,
            mod=item.mod,
            anchored=item.anchored,
            inferred=item.anchored and inferred and not (year_unknown and item.value == textual.get(item.start)) or item.start in from_the_text,
            counted_from=ids.get(item.counted_from) if item.counted_from is not None else None,
        )
        for number, item in enumerate(found, start=1)
    ]
    return timexes, publication, findings + weekday_disagreements(article.text, timexes) + derived_dates(doc, article.text, timexes)


def weekday_disagreements(text: str, timexes: list[Timex]) -> list[Finding]:
    """'Tuesday, May 12, 1976', a Wednesday: a date written in full with a weekday the calendar does not give
    it. One of the two is wrong, a misprint or a story reused from another year; a date whose year the text
    leaves out is not checked, as its year is presslens' reading."""
    findings = []
    for timex in timexes:
        if timex.type != "DATE" or timex.anchored or not timex.value or not _FULL_DATE.match(timex.value):
            continue
        words = text[timex.start : timex.end]
        named = next((k for k, day in enumerate(WEEKDAYS) if words.lower().startswith(day)), None)
        day = date.fromisoformat(timex.value)
        if named is None or named == day.weekday():
            continue
        why = (
            f"'{words}' names a {WEEKDAYS[named].title()}, but {day.isoformat()} was a {WEEKDAYS[day.weekday()].title()}: "
            "the weekday or the date is wrong (a misprint, or a story reused from another year)"
        )
        findings.append(Finding(kind="date_inconsistency", span=Span(start=timex.start, end=timex.end), value=day.isoformat(), why=why))
    return findings


#: A month and day without a year ('December 18') takes the year of a date written in full this close before it.
_NARRATIVE_REACH = 400
_YEARLESS = re.compile(r"^XXXX-(\d{2})(-\d{2})?$")


def _years_from_the_text(found: list[Found], earliest: int) -> tuple[list[Found], set[int]]:
    """Without a publication year, a month (and day) the text gives without its year takes the year of
    the date written in full just before it, in the same month or the one next to it, when that date is
    of the year the publication can be no earlier than (``earliest``: 'between December 17 and 21 2018'
    ... 'on December 18-19': 2018-12-18), counted from it; the starts of those it dates. An older date
    ('in August 1988' ... 'Aug. 2') dates nothing: a story tells of the past around what is new."""
    out: list[Found] = []
    dated: set[int] = set()
    latest: Found | None = None
    for item in found:
        month = _YEARLESS.match(item.value or "")
        if month and latest is not None and item.start - latest.end <= _NARRATIVE_REACH and latest.value[:4] == f"{earliest:04d}":  # type: ignore[index]
            year, before = int(latest.value[:4]), int(latest.value[5:7])  # type: ignore[index]
            gap = (int(month.group(1)) - before) % 12
            if gap in (0, 1, 11):
                year += 1 if gap == 1 and before == 12 else -1 if gap == 11 and before == 1 else 0
                item = replace(item, value=f"{year:04d}{item.value[4:]}", counted_from=latest.start)  # type: ignore[index]
                dated.add(item.start)
        if item.value and _YEAR_MONTH_DAY.match(item.value) and not item.anchored:
            latest = item
        out.append(item)
    return out, dated


def _dateline_day(article: Article, found: list[Found]) -> tuple[int, int, Found] | None:
    """Month and day of the date a wire dateline carries ('LOS ANGELES, Sept. 28 (UPI) —')."""
    if article.dateline is None:
        return None
    span = article.dateline.span
    for item in found:
        if span.start <= item.start and item.end <= span.end and item.type == "DATE" and item.value:
            if m := _MONTH_DAY.match(item.value):
                return int(m.group(1)), int(m.group(2)), item
    return None


def _pinned_by_dateline(article: Article, publication: Publication, found: list[Found]) -> Publication:
    """The inferred range narrowed to the dateline's day: in the inferred year when the text fixes one,
    or else in the year of a full date the text names within two months of that day ('Sept. 28' beside
    'Sept. 30, 2016'). Wire copy without metadata still dates its story."""
    day = _dateline_day(article, found)
    if day is None:
        return publication
    month, number, item = day
    words = article.text[item.start : item.end]
    if publication.latest is not None:
        year, why = publication.latest.year, f"the dateline dates the story '{words}', in the year the text implies"
    else:
        near = [
            (f, d)
            for f in found
            if not f.anchored and f.value and _FULL_DATE.match(f.value)
            and (d := date.fromisoformat(f.value)) and _within(d, month, number, _DATELINE_REACH_DAYS)
        ]
        if not near:
            return publication
        named, named_day = near[-1]
        year = named_day.year
        why = f"the dateline dates the story '{words}', and the text names '{article.text[named.start:named.end]}' close to it"
    pinned = _day(year, month, number)
    if pinned is None or (publication.earliest is not None and pinned.year < publication.earliest.year) or (publication.latest is not None and pinned > publication.latest):
        return publication
    return publication.model_copy(
        update={"source": "inferred", "date": pinned, "earliest": pinned, "latest": pinned, "evidence": [Evidence(span=Span(start=item.start, end=item.end), why=why), *publication.evidence]}
    )


#: What a headline names when it heads the record of an event: 'Regular Press Conference on November 20, 2026'.
_RECORDS = re.compile(r"\b(?:press conference|briefing|remarks|statement|transcript|readout|speech|address)\b", re.IGNORECASE)


def _dated_by_its_record(article: Article, publication: Publication, found: list[Found]) -> Publication:
    """Without a date from the dateline, the day a headline dates the record it heads ('Foreign Ministry
    Spokesperson Mao Ning's Regular Press Conference on November 20, 2026'): a ministry's transcript or a
    readout is published that day; not a sentence read as the headline, which ends as one ('… announced the
    effectiveness of its registration statement for debentures due Oct. 15, 1999.')."""
    headline = article.headline_span
    if publication.date is not None or headline is None or not _RECORDS.search(article.text, headline.start, headline.end):
        return publication
    if article.text[headline.start : headline.end].rstrip().endswith("."):
        return publication
    dated = [f for f in found if headline.start <= f.start and f.end <= headline.end and not f.anchored and f.value and _FULL_DATE.match(f.value)]
    if len(dated) != 1:
        return publication
    item = dated[0]
    day = date.fromisoformat(item.value)  # type: ignore[arg-type]
    if (publication.earliest is not None and day < publication.earliest) or (publication.latest is not None and day > publication.latest):
        return publication
    why = f"the headline dates the record it heads '{article.text[item.start:item.end]}': published that day"
    evidence = [Evidence(span=Span(start=item.start, end=item.end), why=why), *publication.evidence]
    return publication.model_copy(update={"source": "inferred", "date": day, "earliest": day, "latest": day, "evidence": evidence})


def _day_without_year(article: Article, publication: Publication, day: tuple[int, int, Found]) -> Publication:
    """The dateline's month and day as what is known of the publication date, its year unknown
    ('BEIJING, Nov. 28 (Xinhua)' is XXXX-11-28), beside any lower bound the text gives."""
    month, number, item = day
    why = f"the dateline dates the story '{article.text[item.start : item.end]}', in a year the text does not give"
    evidence = [Evidence(span=Span(start=item.start, end=item.end), why=why), *publication.evidence]
    return publication.model_copy(update={"source": "inferred", "value": f"XXXX-{month:02d}-{number:02d}", "evidence": evidence})


#: Years to count a dateline's day from when the text gives none: the day falls on another weekday in
#: each, and one is a leap year, so what they all give alike does not depend on the year.
_PROBE_YEARS = (2001, 2002, 2003, 2004)


def _counted_from_a_day(
    text: str, context_at: Callable[[int], tuple[str, str]], month: int, number: int, candidates: list[Candidate], names: list[tuple[int, int]], textual: list[Found]
) -> list[Found]:
    """Values counted from the dateline's day ('BEIJING, Nov. 28 (Xinhua)') when the text gives no year:
    what every year gives alike, its year unknown ('earlier this month' is XXXX-11, 'two days ago'
    XXXX-11-26); what depends on the year keeps what its words say ('Monday' stays XXXX-WXX-1)."""
    if _day(_PROBE_YEARS[0], month, number) is None:
        return textual  # February 29
    runs = [find_timexes(text, context_at, date(year, month, number), candidates, names) for year in _PROBE_YEARS]
    if any([(f.start, f.end) for f in run] != [(f.start, f.end) for f in textual] for run in runs):
        return textual
    out = []
    for own, *items in zip(textual, *runs):
        values = {re.sub(r"^\d{4}", "XXXX", f.value) if f.value else None for f in items}
        value = values.pop() if len(values) == 1 else None
        alike = own.anchored or items[0].anchored
        out.append(replace(items[0], value=value) if alike and value is not None and re.search(r"\d", value[4:]) else own)
    return out


def _within(day: date, month: int, number: int, reach: int) -> bool:
    same_year = _day(day.year, month, number)
    return same_year is not None and abs((day - same_year).days) <= reach


def _day(year: int, month: int, number: int) -> date | None:
    """The date, or None where the calendar has no such day (February 29 of most years)."""
    try:
        return date(year, month, number)
    except ValueError:
        return None


def _dateline_disagreement(article: Article, published: date, found: list[Found]) -> list[Finding]:
    """A dateline day more than a day from the publication date given: a misdated copy, or a story
    republished later; either way, a reader should know."""
    day = _dateline_day(article, found)
    if day is None:
        return []
    month, number, item = day
    candidates = [d for year in (published.year - 1, published.year, published.year + 1) if (d := _day(year, month, number))]
    nearest = min(candidates, key=lambda d: abs((d - published).days), default=None)
    if nearest is None or abs((nearest - published).days) <= 1:
        return []
    words = article.text[item.start : item.end]
    why = f"the dateline dates the story '{words}' ({nearest.isoformat()}), but the publication date given is {published.isoformat()}"
    return [Finding(kind="date_inconsistency", span=Span(start=item.start, end=item.end), value=nearest.isoformat(), why=why)]


def infer_publication(text: str, absolute: list[Found], told_as_past: Callable[[Found], bool]) -> Publication:
    """A publication range from what the text dates. The latest date it tells of as past is a lower
    bound; a date ahead or only named ('by 2030', 'will be released in 2018', 'the 2016 race' in a 2015
    story) bounds nothing. A phrase naming the current year worded as one naming a year ('by the end of
    2021' ... 'by the end of the current year') makes that the year. Without such a twin the range stays
    open: an article about the 2016 election may be from 2019."""
    years = [(f, int(f.value[:4])) for f in absolute if f.value and re.match(r"^\d{4}", f.value) and f.type == "DATE"]
    told = [(f, year) for f, year in years if told_as_past(f)]
    latest_told = max(told, key=lambda y: (y[1], y[0].start), default=None)
    twin = _current_year_twin(text, years)
    if twin is not None and (latest_told is None or latest_told[1] <= twin[1]):
        named, year, current = twin
        why = f"'{text[named.start:named.end]}' is worded as a phrase with '{text[current.start:current.end]}': the current year is {year}"
        evidence = [
            Evidence(span=Span(start=named.start, end=named.end), why=why),
            Evidence(span=current, why=f"'{text[current.start:current.end]}' is the year of publication, {year}"),
        ]
        return Publication(source="inferred", earliest=_earliest(told, year)[0], latest=date(year, 12, 31), evidence=evidence)
    if latest_told is None:
        return Publication(source="unknown")
    item, year = latest_told
    earliest, dated = _earliest(told, year)
    if dated is None:
        why = f"the latest year the text tells of as past is {year}: published then or later"
    else:
        item = dated
        shown = earliest.isoformat() if _FULL_DATE.match(dated.value or "") else earliest.isoformat()[:7]  # 'in October 2017': 2017-10
        why = f"the latest date the text tells of as past is {shown}: published then or later"
    return Publication(source="inferred", earliest=earliest, evidence=[Evidence(span=Span(start=item.start, end=item.end), why=why)])


def _earliest(told: list[tuple[Found, int]], year: int) -> tuple[date, Found | None]:
    """The first day of the year, or a later day of it the text tells of as past (a day, or the first day
    of a month: 'in October 2017' is October 1 or later), with the words that tell of it."""
    days = [(date.fromisoformat(f.value) if _FULL_DATE.match(f.value) else date(year, int(f.value[5:7]), 1), f) for f, y in told if y == year and f.value and _YEAR_MONTH_DAY.match(f.value)]
    return max(days, key=lambda d: (d[0], d[1].start), default=(date(year, 1, 1), None))


def _current_year_twin(text: str, years: list[tuple[Found, int]]) -> tuple[Found, int, Span] | None:
    """A year named in the words that name the current year elsewhere: ('the end of 2021', 2021, 'the
    current year' of 'by the end of the current year'). Words around the year must be more than the year."""
    for item, year in years:
        words = text[item.start : item.end]
        at = words.find(str(year))
        if at < 0:
            continue
        before, after = words[:at].split(), words[at + 4 :].split()
        if not before + after:
            continue
        twin = r"\s+".join([*map(re.escape, before), "((?:the current|this) year)", *map(re.escape, after)])
        if m := re.search(rf"\b{twin}\b", text, re.IGNORECASE):
            return item, year, Span(start=m.start(1), end=m.end(1))
    return None


def _told_as_past(doc: Doc, context_at: Callable[[int], tuple[str, str]], posted: set[tuple[int, int]]) -> Callable[[Found], bool]:
    """Whether a date is told as past: its clause is in a past tense, not an infinitive ('agreed to shut
    it down by 2023') nor a deadline ('by 2020', but 'by 2014 it had closed'), and a year that names a
    thing ('the 2016 race') does so after 'after' or 'since' ('began after the 2016 election'): a race, a
    budget or a plan named by its year may still lie ahead. The date of an embedded post (``posted``) is
    past: the post was there to be copied."""

    def told_as_past(item: Found) -> bool:
        if (item.start, item.end) in posted:
            return True
        if context_at(item.start)[0] != "past":
            return False
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            return True
        last, root = span[-1], span.root
        if last.dep_ in _MODIFIER_DEPS and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN"):
            head = last.head
            return head.dep_ == "pobj" and head.head.lower_ in _AFTER
        verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        if verb is None:
            return True
        if verb.tag_ == "VB" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children):
            return False  # 'agreed to shut them down by 2023', 'called for it to be raised by 2020'
        deadline = root.dep_ == "pobj" and root.head.lower_ in _DEADLINE
        return not deadline or any(c.lower_ == "had" for c in verb.children)  # 'by 2014 it had closed'

    return told_as_past


def _what_is_known(value: str | None, textual: str | None) -> str | None:
    """Of a value counted from an inferred year, what is known: the month and day the words name
    ('December 22' is XXXX-12-22: its year depends on a publication day the text does not give), a
    weekday in the inferred year ('Tuesday': 2019-WXX-2), or else the year alone ('last week': 2019-XX-XX)."""
    if value is None or _YEAR_LEVEL.match(value) or not re.match(r"^\d{4}", value):
        return value
    if textual is not None and textual.startswith("XXXX-") and re.search(r"\d", textual):
        return value[:4] + textual[4:] if textual.startswith("XXXX-WXX-") else textual
    return value[:4] + re.sub(r"\d", "X", value[4:])


def derived_dates(doc: Doc, text: str, timexes: list[Timex]) -> list[Finding]:
    """'The bill came two days after the assassination': with the bill dated, the text dates the assassination;
    'ended two days after the October 7 anniversary': with the anniversary dated, the text dates the end."""
    findings = []
    # a date anchors the count, and so does a time of a known day in the duration's own sentence ('on Tuesday night,
    # more than two months before the state votes': 2016-03-22TNI)
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.value and _FULL_DATE.match(t.value[:10])]
    for timex in timexes:
        if timex.type != "DURATION" or not timex.value:
            continue
        relation = _RELATION.match(text, timex.end)
        amount = re.fullmatch(r"P(\d+)([DWMY])", timex.value)
        if relation is None or amount is None:
            continue
        sentence = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if sentence is None:
            continue
        own_sentence = sentence[0].sent
        relation_word = doc.char_span(relation.start(1), relation.end(1), alignment_mode="expand")
        main = relation_word is not None and _counts_from_main_clause(relation_word[0])
        window_start = _previous_sentence_start(doc, own_sentence.start) if main else own_sentence.start_char
        if (forward := _counted_from_the_date_after(doc, text, timex, relation, dated, own_sentence.end_char)) is not None:
            findings.append(forward)  # the date after 'after' is the anchor, not one before
            continue
        anchors = [t for t in dated if window_start <= t.start < timex.start and (t.type == "DATE" or t.start >= own_sentence.start_char)]
        if not anchors:
            continue
        anchor = anchors[-1]
        anchor_date = date.fromisoformat(anchor.value[:10])  # type: ignore[index]
        count, unit = int(amount.group(1)), amount.group(2)
        sign = -1 if relation.group(1).lower().startswith("after") or relation.group(1).lower().startswith("later") else 1
        derived = _add(anchor_date, sign * count, unit)
        bound = _BOUNDS.get((timex.mod, sign), "")  # 'more than two weeks before the ordination': after that day
        phrase = text[timex.start : relation.end()]
        event, clause = _event_after(doc, relation.end())
        dated_words = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        # the dated clause's subject ('Israeli strikes killed 40 people in the early hours of Monday, health officials
        # said, a day after …'), where the count hangs on the reporting verb
        at = dated_words.root if dated_words is not None and dated_words.sent == own_sentence else sentence.root
        subject = _subject_of(at, timex.start)
        why = (
            f"the text dates {subject} {anchor_date.isoformat()} ('{text[anchor.start:anchor.end]}') and says it came "
            f"{phrase} {event}, so it implies {bound}{derived.isoformat()} for {'when ' * clause}{event} "
            f"({anchor_date.isoformat()} {'-' if sign < 0 else '+'} {count}{unit}); sources dating it otherwise contradict this"
        )
        findings.append(
            Finding(kind="derived_date", span=Span(start=timex.start, end=relation.end()), value=derived.isoformat(), why=why)
        )
    return findings


def _counted_from_the_date_after(
    doc: Doc, text: str, timex: Timex, relation: re.Match[str], dated: list[Timex], sentence_end: int
) -> Finding | None:
    """'The previous round ended two days after the October 7 anniversary': the date after 'after' or
    'before' dates what the sentence's main clause tells, that count of days later or earlier."""
    anchor = next((t for t in dated if t.type == "DATE" and relation.end() <= t.start < sentence_end), None)
    amount = re.fullmatch(r"P(\d+)([DWMY])", timex.value or "")
    if anchor is None or amount is None or text[relation.end() : anchor.start].strip().lower() not in ("", "the"):
        return None
    anchor_date = date.fromisoformat(anchor.value[:10])  # type: ignore[index]
    count, unit = int(amount.group(1)), amount.group(2)
    sign = 1 if relation.group(1).lower().startswith(("after", "later")) else -1
    derived = _add(anchor_date, sign * count, unit)
    bound = _BOUNDS.get((timex.mod, -sign), "")
    words = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    subject = _subject_of(words.root, timex.start) if words is not None else "it"
    phrase = text[timex.start : relation.end()]
    why = (
        f"the text dates '{text[anchor.start:anchor.end]}' {anchor_date.isoformat()} and says {subject} came {phrase} it, so it "
        f"implies {bound}{derived.isoformat()} for {subject} ({anchor_date.isoformat()} {'+' if sign > 0 else '-'} {count}{unit}); "
        "sources dating it otherwise contradict this"
    )
    return Finding(kind="derived_date", span=Span(start=timex.start, end=relation.end()), value=derived.isoformat(), why=why)


def _counts_from_main_clause(relation: Token) -> bool:
    """Whether 'after' or 'before' counts from what its sentence's main clause tells ('The bill came two
    days after ...'), whose date the sentence before may give, or from a clause inside it ('comments, made
    in an interview recorded a day before the attacks'), whose date that sentence does not give."""
    told = relation.head.head if relation.dep_ == "mark" else relation.head  # 'after he drew': the clause 'after' opens
    return all(a.dep_ not in _CLAUSE_DEPS for a in [told, *told.ancestors])


#: Dependencies of a clause inside another: participles, relative and complement clauses.
_CLAUSE_DEPS = ("acl", "relcl", "ccomp", "xcomp", "advcl", "pcomp", "csubj", "parataxis")


def _subject_of(token: Token, before: int) -> str:
    """The subject of the clause a word hangs on ('the bill'), with a leading article lower-cased and
    an apposition set off by commas left out ('Curt Schilling, a former pitcher, was fired'); one
    written after ``before`` is the dated event's own ("eight days after President Trump fired ...")."""
    for ancestor in [token, *token.ancestors]:
        subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.idx < before:
            aside = _set_off(subject)
            words = "".join(t.text_with_ws for t in subject.subtree if t.i not in aside).strip().rstrip(",").strip()
            if words.lower() in _AS_OBJECT:
                return _AS_OBJECT[words.lower()]  # 'the text dates him', not 'dates he'
            return words[:1].lower() + words[1:] if subject.left_edge.pos_ in ("DET", "PRON") and not words.startswith("I ") and words != "I" else words
    return "the event it follows"


#: A pronoun subject as the reason names it, the object of 'the text dates': 'he' -> 'him'.
_AS_OBJECT = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}


def _set_off(head: Token) -> set[int]:
    """Token indices of the appositions and clauses set off by a comma after a noun ('Bishop Athanasius
    Schneider, auxiliary of Astana, Kazakstan, invited'), with their commas."""
    aside: set[int] = set()
    for child in head.children:
        comma = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if child.dep_ in ("appos", "relcl", "acl") and child.i > head.i and comma is not None and comma.text == ",":
            end = child.right_edge.i
            if end + 1 < len(child.doc) and child.doc[end + 1].text == ",":
                end += 1
            aside.update(range(comma.i, end + 1))
    return aside


def _previous_sentence_start(doc: Doc, token_index: int) -> int:
    sent = doc[token_index].sent
    if sent.start == 0:
        return sent.start_char
    return doc[sent.start - 1].sent.start_char


def _event_after(doc: Doc, offset: int) -> tuple[str, bool]:
    """The noun phrase after 'after' up to its head noun ('the U.S. assassination of ...'), or the clause
    ('he drew criticism'), without an apposition set off by commas; and whether it is a clause."""
    span = doc.char_span(offset, len(doc_text(doc)), alignment_mode="expand")
    first = next((t for t in span if not t.is_space), None) if span is not None else None
    if span is None or first is None:
        return "the event", False
    phrase = first if first.dep_ in ("pobj", "nsubj", "nsubjpass") else next(
        (a for a in first.ancestors if a.dep_ in ("pobj", "nsubj", "nsubjpass")), None
    )
    if phrase is not None and phrase.left_edge.idx < first.idx:
        phrase = None  # a phrase begun before the relation's words is not the event after them
    last = phrase.right_edge.i if phrase is not None and phrase.dep_ == "pobj" else len(doc) - 1  # 'the Conclave', not 'the Conclave and it was'
    aside = _set_off(phrase) if phrase is not None else set()
    words = []
    for token in span:
        if token.i > last:
            break
        if token.i in aside:
            if words:
                words[-1] = words[-1].rstrip() + " "
            continue
        if words and (token.is_sent_start or "\n" in token.text or token.text == "." and _ends_sentence(token)):
            break  # the sentence's end ends the event: 'Comey', not 'Comey.Mueller'
        if token.is_punct and token.text != "." or token.lower_ in ("of", "near", "in", "on", "at") and words:
            break
        if not token.is_space:
            words.append(token.text_with_ws)
        if token.pos_ == "NOUN" and token.dep_ == "pobj":
            break
    clause = phrase is not None and phrase.dep_ in ("nsubj", "nsubjpass")
    return "".join(words).strip() or "the event", clause


def _ends_sentence(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.is_space or following.is_sent_start


def _add(day: date, amount: int, unit: str) -> date:
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = day.year * 12 + day.month - 1 + (amount if unit == "M" else amount * 12)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
