"""Temporal expressions: found with a rule grammar over the text, normalised to TIMEX3 values against an
anchor (the publication date, given or inferred), with the tense of the clause deciding which way a bare
weekday or month points.

The grammar is ordered from the most specific rule to the least; the longest match wins where rules
overlap. Each rule returns the TIMEX3 type, value and mod; relative values are computed from the anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta
from hijridate import Hijri
from spacy.tokens import Doc, Span, Token

from presslens.pipeline.segments import doc_text
from presslens.resources import honorifics

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a couple of": 2, "couple of": 2,
    "several": None, "a few": None, "few": None,
    "many": None, "some": None,
}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "month": "M", "year": "Y",
         "decade": "DE", "century": "CE", "quarter": "Q"}
_TIME_UNITS = {"second", "minute", "hour"}
#: Words one of which a span of units written without a number holds: 'for years', 'recent months'.
_PLURAL_UNITS = ("days", "weeks", "months", "years", "decades", "centuries")
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins in
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX",
    "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
}
_EDGE_MODS = {"beginning": "START", "start": "START", "early": "START", "middle": "MID", "mid": "MID", "end": "END", "late": "END", "close": "END"}

_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?"
_MOD = r"(?:about|around|roughly|approximately|nearly|almost|up to|at least|no more than|no less than|more than|less than)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: A count: digits, a number in words ('twenty four', 'twenty-four'), or a vague one ('a few').
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|a couple of|couple of|a few|several|few|many|{_TENS}[- ]{_ONES}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a|an|hundred)"
)
#: A year read out as broadcast transcripts write it: 'nineteen ninety-four', 'two thousand and one'.
_SPOKEN_YEAR = rf"(?:nineteen|twenty)[- ](?:{_TEENS}|{_TENS}(?:[- ]{_ONES})?|hundred)|two thousand(?:[- ](?:and[- ])?(?:{_TEENS}|{_ONES}))?"
_SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Half of one unit in the next smaller one, for 'a year and a half' (P1Y6M) and '2 1/2 hours' (PT2H30M).
_HALVES = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    anchored: bool = False  # the value depends on the anchor
    counted_from: int | None = None  # start of the expression the value was counted from ('later that year')


@dataclass(frozen=True)
class Context:
    """What a rule needs to normalise: the anchor date and which way the clause points in time."""

    anchor: date | None
    tense: str  # "past", "future" or "present"
    sentence: str = ""  # the sentence and the one before it
    reference: Found | None = None  # the latest dated expression before this one ('later that year')


Rule = Callable[[re.Match[str], Context], tuple[str, str | None, str | None] | None]
_RULES: list[tuple[re.Pattern[str], Rule, tuple[str, ...]]] = []
#: A second anchor far from the first: a value that changes with the anchor was computed from it.
_PROBE_SHIFT = timedelta(days=400)


def rule(pattern: str, before: str = r"(?<![\w-])", after: str = r"(?![\w-])", needs: tuple[str, ...] = ()) -> Callable[[Rule], Rule]:
    """Register a grammar rule. By default its match neither starts nor ends inside a word or a
    hyphenated compound; ``before`` and ``after`` say otherwise for the days of a range ('17-21').
    A rule with ``needs`` runs only on texts holding one of those words (lower case): a rare
    expression's pattern costs its scan over every text otherwise. A group named ``timex`` is the
    expression where the match holds more, the context that makes it one ('21' in 'December 17 and 21')."""

    def register(function: Rule) -> Rule:
        # the word-edge guards hold the whole pattern, so every alternative of it stops at word edges
        _RULES.append((re.compile(rf"{before}(?:{pattern}){after}", re.IGNORECASE), function, needs))
        return function

    return register


# ---- helpers -----------------------------------------------------------------------------------------


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _number(word: str) -> float | None:
    word = word.lower()
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and all(p in _SMALL_NUMBERS for p in parts):  # 'twenty four'
        return float(_SMALL_NUMBERS[parts[0]] + _SMALL_NUMBERS[parts[1]])
    try:
        return float(word.replace(",", ""))  # '2,420'
    except ValueError:
        return None


def _unit(word: str) -> str:
    word = word.lower()
    word = "century" if word.startswith("centur") else word.rstrip("s")
    return word


def _duration(amount: float | None, unit: str) -> str:
    code = UNITS[unit]
    if unit == "weekend":
        return "P2D" if amount == 1 else f"P{_fmt(amount, 2)}D"
    if unit == "quarter":
        return f"P{_fmt(amount)}Q"
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{_fmt(amount)}{code}"


def _fmt(amount: float | None, factor: int = 1) -> str:
    if amount is None:
        return "X"
    value = amount * factor
    return str(int(value)) if float(value).is_integer() else str(value)


def _spoken_year(words: str) -> int:
    parts = [p for p in re.split(r"[- ]+", words.lower()) if p != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL_NUMBERS[p] for p in parts[2:])
    century = 1900 if parts[0] == "nineteen" else 2000
    return century if parts[1] == "hundred" else century + sum(_SMALL_NUMBERS[p] for p in parts[1:])


def _and_a_half(amount: float, unit: str) -> str:
    """A duration of ``amount`` and a half units, in whole smaller units where TIMEX3 has them."""
    if unit in _HALVES:
        prefix = "PT" if unit in _TIME_UNITS else "P"
        return f"{prefix}{int(amount)}{UNITS[unit]}{_HALVES[unit]}"
    return _duration(amount + 0.5, unit)


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift(anchor: date, unit: str, amount: int) -> str:
    """The anchor moved by whole units, written at that unit's granularity."""
    if unit == "day":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend"):
        return _week(anchor + timedelta(weeks=amount)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        month = anchor.year * 12 + anchor.month - 1 + amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "quarter":
        quarter = anchor.year * 4 + (anchor.month - 1) // 3 + amount
        return f"{quarter // 4:04d}-Q{quarter % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + amount:04d}"
    if unit == "decade":
        return f"{(anchor.year // 10 + amount):03d}"
    if unit == "century":
        return f"{(anchor.year // 100 + amount):02d}"
    return anchor.isoformat()


def weekday_date(name: str, anchor: date, tense: str) -> date:
    """The day a bare weekday names: the latest such day up to the anchor in past or present reporting,
    the next from it in future statements ('will speak Thursday night', published on a Thursday: that
    day)."""
    target = WEEKDAYS.index(name.lower())
    if tense == "future":
        return anchor + timedelta(days=(target - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def _month_year(month: int, ctx: Context, day: int = 15) -> int | None:
    """The year of a month (and day) given without one: the latest up to the anchor in past reporting,
    the next from it in future statements, otherwise the nearest."""
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    candidates = [date(year, month, min(day, monthrange(year, month)[1])) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if ctx.tense == "past":
        past = [c for c in candidates if c <= anchor + timedelta(days=31)]
        return max(past).year if past else anchor.year
    if ctx.tense == "future":
        future = [c for c in candidates if c >= anchor - timedelta(days=31)]
        return min(future).year if future else anchor.year
    return min(candidates, key=lambda c: abs((c - anchor).days)).year


# ---- the grammar -------------------------------------------------------------------------------------


#: What joins the two days of a range: 'December 17 and 21', 'May 3-4', 'from 17 to 21 December'.
_DAY_RANGE = r"\s*(?:[-–]|and|to|through|until|till)\s*"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
#: The rest of a range after its first day, with the year that both days share: '-21, 2018'.
_RANGE_REST = re.compile(rf"{_DAY_RANGE}{_DAY},?\s+({_YEAR})(?![\w-])", re.IGNORECASE)


def _day_of(month: int, day: int, year: int | None) -> str | None:
    """The value of a day: none for a day no such month has ('April 31', 'Feb. 30'), and no year for one
    its year lacks ('Feb. 29' in 2018): a value must name a day of the calendar."""
    if not (1 <= month <= 12 and 1 <= day <= monthrange(2000, month)[1]):  # 2000: a leap year
        return None
    if year is None or day > monthrange(year, month)[1]:
        return f"XXXX-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


@rule(rf"(?:{_WEEKDAY},?\s+)?({_MONTH})\s+{_DAY}(?:,?\s+({_YEAR}))?(?!\s*(?:%|percent))", after=r"(?:(?![\w-])|(?=[-–]\d))")
def _month_day(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'December 17', 'Dec. 17, 2018', and the first day of a range, which takes the year written after
    the last ('December 17 and 21 2018', 'May 3-4, 2019')."""
    month, day = _month(m.group(1)), int(m.group(2))
    rest = None if m.group(3) else _RANGE_REST.match(m.string, m.end())
    year = int(m.group(3)) if m.group(3) else int(rest.group(2)) if rest else _month_year(month, ctx, day)
    value = _day_of(month, day, year)
    return ("DATE", value, None) if value else None


@rule(rf"({_MONTH})\s+{_DAY}{_DAY_RANGE}(?P<timex>{_DAY}(?:,?\s+({_YEAR}))?)")
def _range_end_day(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """The last day of a range, written without its month: the '21' of 'December 17 and 21', a date of
    its own (as TempEval-3's annotators mark 'April 24 and 25')."""
    month, first, day = _month(m.group(1)), int(m.group(2)), int(m.group(4))
    year = int(m.group(5)) if m.group(5) else _month_year(month, ctx, day)
    value = _day_of(month, day, year) if day > first else None
    return ("DATE", value, None) if value else None


#: A day written before its month: '21 December', '21st of December'.
_DAY_FIRST = rf"(\d{{1,2}})(?:(?:st|nd|rd|th)\s+of|st|nd|rd|th)?\s+({_MONTH})(?:,?\s+({_YEAR}))?(?!\s*(?:%|percent))"


@rule(_DAY_FIRST, before=r"(?:(?<![\w-])|(?<=\d[-–]))")
def _day_month(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'21 December 2018', '21 December' (its year from the anchor, as 'December 21')."""
    month, day = _month(m.group(2)), int(m.group(1))
    value = _day_of(month, day, int(m.group(3)) if m.group(3) else _month_year(month, ctx, day))
    return ("DATE", value, None) if value else None


@rule(rf"{_DAY}(?={_DAY_RANGE}{_DAY_FIRST}(?![\w-]))", after=r"(?!\w)")
def _day_before_range(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """The first day of a range written day first: the '17' of '17 and 21 December 2018'."""
    first, last, month = int(m.group(1)), int(m.group(2)), _month(m.group(3))
    value = _day_of(month, first, int(m.group(4)) if m.group(4) else _month_year(month, ctx, last)) if first < last else None
    return ("DATE", value, None) if value else None


@rule(rf"({_YEAR})-(\d\d)-(\d\d)")
def _iso_date(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return _written_date(int(m.group(2)), int(m.group(3)), int(m.group(1)))


@rule(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
def _slash_date(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _written_date(month, day, year + (1900 if year > 30 else 2000) if year < 100 else year)


def _written_date(month: int, day: int, year: int) -> tuple[str, str | None, str | None] | None:
    """A date written out in digits, when the calendar has that day in that year."""
    value = _day_of(month, day, year)
    return ("DATE", value, None) if value and not value.startswith("X") else None  # X: a day its written year lacks


@rule(rf"(?:(early|mid|late)[- ]?)?({_MONTH}),?\s+(?:of\s+)?({_YEAR})")
def _month_of_year(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    mod = _EDGE_MODS[m.group(1).lower()] if m.group(1) else None
    return "DATE", f"{int(m.group(3)):04d}-{_month(m.group(2)):02d}", mod


@rule(rf"(?:(the\s+)?(beginning|start|middle|end|close)\s+of\s+(?:the\s+)?|(early|mid|late)[- ]?)(?:(this|the current|last|next|the coming|the past)\s+)?(year|month|week|decade|century|{_MONTH}|{_YEAR})")
def _edge_of(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    mod = _EDGE_MODS[(m.group(2) or m.group(3)).lower()]
    which, what = (m.group(4) or "this").lower(), m.group(5)
    if re.fullmatch(_YEAR, what):
        return "DATE", what, mod
    if what.lower().rstrip(".") in MONTHS and what[0].isupper():
        month = _month(what)
        year = _month_year(month, ctx)
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}", mod
    if ctx.anchor is None:
        return "DATE", None, mod
    step = {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(which, 0)
    return "DATE", _shift(ctx.anchor, what.lower(), step), mod


@rule(rf"the\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(?:(this|last|next|the current)\s+month|({_MONTH})(?:,?\s+({_YEAR}))?)", needs=("week",))
def _week_of_a_month(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'the second week of January', 'the last week of next month': that ISO week, the first being the one
    that holds four days or more of the month, and so the last."""
    if m.group(3):
        month = _month(m.group(3))
        year = int(m.group(4)) if m.group(4) else _month_year(month, ctx)
        if year is None:
            return "DATE", None, None
        first = date(year, month, 1)
    elif ctx.anchor is None:
        return "DATE", None, None
    else:
        first = ctx.anchor.replace(day=1) + relativedelta(months={"last": -1, "next": 1}.get(m.group(2).lower(), 0))
    which = m.group(1).lower()
    if which in ("last", "final"):
        last = first + relativedelta(months=1) - timedelta(days=1)
        day = last if last.isoweekday() >= 4 else last - timedelta(days=7)
    else:
        start = first if first.isoweekday() <= 4 else first + timedelta(days=7)
        day = start + timedelta(weeks=("first", "second", "third", "fourth").index(which))
    year, week, _ = day.isocalendar()
    return "DATE", f"{year:04d}-W{week:02d}", None


@rule(r"(?:(last|this|next|early|late|mid)[- ]?)?(?-i:(January|February|March|April|May|June|July|August|September|October|November|December))")
def _bare_month(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    which = (m.group(1) or "").lower()
    month = _month(m.group(2))
    mod = _EDGE_MODS.get(which)
    tense = {"last": "past", "next": "future"}.get(which, ctx.tense)
    year = ctx.anchor.year if which == "this" and ctx.anchor else _month_year(month, Context(ctx.anchor, tense))
    return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}", mod


@rule(rf"({_MONTH})\s+(this|last|next)\s+year")
def _month_of_relative_year(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if ctx.anchor is None:
        return "DATE", f"XXXX-{_month(m.group(1)):02d}", None
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(m.group(2).lower(), 0)
    return "DATE", f"{year:04d}-{_month(m.group(1)):02d}", None


@rule(rf"(\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+(?-i:[A-Z]{{2,4}}T))?|noon|midnight),?\s+(?:on\s+)?({_WEEKDAY}|{_MONTH}\s+\d{{1,2}})")
def _clock_and_day(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    clock = _CLOCK.fullmatch(m.group(1))
    day_words = m.group(2)
    if clock is None:
        return None
    if day_words.lower() in WEEKDAYS:
        day = weekday_date(day_words, ctx.anchor, ctx.tense).isoformat() if ctx.anchor else f"XXXX-WXX-{WEEKDAYS.index(day_words.lower()) + 1}"
    else:
        month_day = re.match(rf"({_MONTH})\s+(\d{{1,2}})", day_words, re.IGNORECASE)
        assert month_day is not None
        month, number = _month(month_day.group(1)), int(month_day.group(2))
        year = _month_year(month, ctx, number)
        day = f"{year:04d}-{month:02d}-{number:02d}" if year else f"XXXX-{month:02d}-{number:02d}"
    result = _clock(clock, Context(None, ctx.tense, ctx.sentence))
    if result is None or result[1] is None:
        return None
    return "TIME", day + result[1][len("XXXX-XX-XX") :], None


@rule(
    rf"the\s+week\s+(?:of|beginning|starting|commencing)\s+(?:(?:on\s+)?Monday,?\s+)?"
    rf"(?:({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}))(?:,?\s+({_YEAR}))?"
)
def _week_of(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'the week of March 6', 'the week beginning January 14th': the week that day falls in; without a
    year to put the day in, not a week: 'the week' and 'January 14th' are told apart."""
    month, number = _month(m.group(1) or m.group(4)), int(m.group(2) or m.group(3))
    year = int(m.group(5)) if m.group(5) else _month_year(month, ctx, number)
    if year is None:
        return None
    try:
        return "DATE", _week(date(year, month, number)), None
    except ValueError:
        return None


#: Words before 'the day' in sayings that name no day.
_IDIOM_OF_THE_DAY = re.compile(r"\b(?:sav(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|w(?:in|ins|on|inning)|late in|order of)\s+$", re.IGNORECASE)


@rule(r"the\s+(?:(latest|same|current|full|fiscal|past)\s+)?(?:fiscal\s+)?(quarter|year|week|weekend|month|day)|the\s+(latest)\s+period")
def _the_unit(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if m.group(3):  # 'the latest period' of an earnings report: the last complete quarter
        return ("DATE", _shift(ctx.anchor, "quarter", -1), None) if ctx.anchor else ("DATE", None, None)
    which, unit = (m.group(1) or "").lower(), m.group(2).lower()
    if unit == "day" and not which and re.search(r"(?:^|[\"“‘'\n.!?]\s*)At the end of $", m.string[max(0, m.start() - 16) : m.start()]):
        return None  # 'At the end of the day, …': a way of saying 'all in all'
    if unit == "day" and not which and _IDIOM_OF_THE_DAY.search(m.string[max(0, m.start() - 12) : m.start()]):
        return None  # 'to save the day', 'late in the day', 'the order of the day': no day at all
    if unit == "day" and not which and re.match(r"\s+(?:before|after|of|when)\b", m.string[m.end() :]):
        return "DATE", None, None  # 'the day after the election': an event's day, not the publication's
    if which == "past" or unit == "year" and re.match(r"\s+end(?:ed|ing)\b", m.string[m.end() :]):
        return "DURATION", _duration(1, unit), None  # 'the past week'; 'the year ended March 31': a fiscal year
    if ctx.anchor is None:
        return "DATE", None, None
    # the quarter talked of in the past, and 'the latest quarter' in any tense, is the last complete one
    step = -1 if unit == "quarter" and (ctx.tense == "past" and which != "current" or which == "latest") else 0
    if unit == "weekend" and ctx.tense == "past" and ctx.anchor.weekday() < 5:
        step = -1  # said on a weekday, 'the weekend' was the one before it
    return "DATE", _shift(ctx.anchor, unit, step), None


@rule(r"(?:the\s+)?(?:(early|mid|late)[- ]?)?(?:(19|20)?(\d)0'?s|'(\d)0s)", needs=("0s", "0's"))
def _decade(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    century = m.group(2) or "19"
    digit = m.group(3) or m.group(4)
    if m.group(2) is None and m.group(3) is not None and not m.group(0).lower().startswith(("the", "early", "mid", "late")):
        return None  # "40s" alone is more often an age or a temperature
    mod = _EDGE_MODS[m.group(1).lower()] if m.group(1) else None
    return "DATE", f"{century}{digit}", mod


@rule(rf"(?:fiscal\s+(?:year\s+)?|(?:pre|post)-|the\s+year\s+)?({_YEAR})(?!\s*(?:%|percent|people|troops|soldiers|votes|seats|tons|barrels|shares|miles|feet|acres|respondents|adults|residents|(?:registered|likely)\s+voters|[-–]\d)|[.,]\d)")
def _year(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return "DATE", m.group(1), None


@rule(rf"(?:the\s+year\s+)?({_SPOKEN_YEAR})(?![- ]+{_UNIT}(?![\w-]))", needs=("nineteen", "twenty", "two thousand"))  # 'two thousand years' counts years
def _spoken_year_rule(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return "DATE", str(_spoken_year(m.group(1))), None


@rule(rf"({_MONTH}),?\s+(?:of\s+)?({_SPOKEN_YEAR})")
def _month_of_spoken_year(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return "DATE", f"{_spoken_year(m.group(2))}-{_month(m.group(1)):02d}", None


@rule(rf"(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+({_SPOKEN_YEAR})", needs=tuple(SEASONS))
def _season_of_spoken_year(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return "DATE", f"{_spoken_year(m.group(2))}-{SEASONS[m.group(1).lower()]}", None


@rule(rf"(?:({_NUM})\s+and\s+a\s+half|(\d+)\s+1/2)[- ]({_UNIT})|({_NUM})\s+({_UNIT})\s+and\s+a\s+half", needs=("half", "1/2"))
def _half_units(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    amount = _number(m.group(1) or m.group(2) or m.group(4))
    if amount is None or not float(amount).is_integer():
        return None
    return "DURATION", _and_a_half(amount, _unit(m.group(3) or m.group(5))), None


@rule(r"(?:the\s+)?(?:(this past|this|last|next|the coming|the past|the current|the previous|the following|the same)\s+)?(?:(early|late)\s+)?(spring|summer|fall|autumn|winter)(?:\s+of\s+(\d{4}))?", needs=tuple(SEASONS))
def _season(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if not m.group(1) and not m.group(4) and not m.group(0).lower().startswith("the"):
        return None
    mod = _EDGE_MODS[m.group(2).lower()] if m.group(2) else None
    code = SEASONS[m.group(3).lower()]
    if m.group(4):
        return "DATE", f"{m.group(4)}-{code}", mod
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}", mod
    which = (m.group(1) or "").lower()
    if which == "this past":  # the latest one begun: this year's spring in October, last year's in January
        return "DATE", f"{ctx.anchor.year - (ctx.anchor.month <= _SEASON_START[code])}-{code}", mod
    step = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1, "the following": 1}.get(which, 0)
    return "DATE", f"{ctx.anchor.year + step}-{code}", mod


def _trim_article(m: re.Match[str], found: Found, text: str) -> Found:
    """'the third-quarter results': the article belongs to the noun the adjective qualifies."""
    words = text[found.start : found.end]
    if words.lower().startswith("the ") and "-" in words and not m.group(1):
        return Found(found.start + 4, found.end, found.type, found.value, found.mod, found.anchored, found.counted_from)
    return found


#: 'last' as the ordinal of a year's quarter or half, when the year follows: 'the last half of 1989', 'the last
#: quarter of the year' (alone, 'last quarter' is the one before this).
_LAST_PART = r"last(?=[- ](?:quarter|half)\s+of\s+(?:\d{4}|the\s+year|this\s+year)(?![\w-]))"


@rule(rf"(?:the\s+)?(?:(this|last|next|the current|the previous|the same|year-earlier|year-ago|this year's|last year's|next year's|{_YEAR})\s+)?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th|{_LAST_PART})[- ](quarter|half)(?:\s+of\s+(?:(\d{{4}})|(the\s+year|this\s+year|the\s+current\s+year)|(next|last)\s+year))?", needs=("quarter", "half"))
def _quarter(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    number = ORDINALS.get(m.group(2).lower()) or (4 if m.group(3).lower() == "quarter" else 2)  # 'the last half of 1989': its second
    if m.group(3).lower() == "half" and number > 2:
        return None
    part = f"Q{number}" if m.group(3).lower() == "quarter" else f"H{number}"
    which = (m.group(1) or "").lower()
    if m.group(4) or re.fullmatch(_YEAR, which):
        return "DATE", f"{m.group(4) or which}-{part}", None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{part}", None
    year = ctx.anchor.year
    if m.group(6):  # 'the second half of next year'
        return "DATE", f"{year + (1 if m.group(6).lower() == 'next' else -1)}-{part}", None
    current = (ctx.anchor.month - 1) // 3 + 1 if part[0] == "Q" else (ctx.anchor.month - 1) // 6 + 1
    if which in ("last", "last year's") or (not which and not m.group(5) and ctx.tense == "past" and number > current):
        year -= 1
    if which in ("year-earlier", "year-ago"):  # the same quarter a year before the one reported
        year -= 1 + (number > current)
    if which in ("next", "next year's"):
        year += 1
    return "DATE", f"{year}-{part}", None


@rule(r"year-end|year's\s+end|year\s+end")
def _year_end(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'by year-end': the end of this year; 'since year-end' said in the past: of the year before."""
    if ctx.anchor is None:
        return "DATE", None, "END"
    return "DATE", str(ctx.anchor.year - (ctx.tense == "past")), "END"


@rule(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century", needs=("century",))
def _century(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    return "DATE", f"{int(m.group(1)) - 1:02d}", None  # the 20th century: 19xx


@rule(r"the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", needs=("ties",))
def _decade_in_words(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    tens = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties").index(m.group(1).lower()) + 2
    return "DATE", f"19{tens}", None


@rule(r"(?:(?<=for )|(?<=within )|(?<=in ))(years|months|weeks|days|decades|centuries)(?!\s+(?:ago|old|earlier|later|of|before|after))", needs=_PLURAL_UNITS)
def _bare_units(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'for years', 'within weeks': an unknown number of them."""
    return "DURATION", _duration(None, _unit(m.group(1))), None


@rule(r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier)\s+(quarter|period)|year-ago|year-earlier", needs=("year-ago", "year-earlier"))
def _year_ago(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'the year-ago quarter', 'year-earlier results': in an earnings report, the reported quarter a year
    before (the last complete one, a year back); elsewhere the year before."""
    if ctx.anchor is None:
        return "DATE", None, None
    if (m.group(1) or "").lower() == "quarter" or "quarter" in ctx.sentence.lower():
        return "DATE", _shift(ctx.anchor, "quarter", -5), None
    return "DATE", str(ctx.anchor.year - 1), None


@rule(rf"(?:({_MOD})\s+)?(?:(the|its|a|an)\s+)?(?:(past|last|next|first|previous|coming|following|final|latest)\s+)?({_NUM})(?:\s+(?:more|additional|extra|further))?[- ]({_UNIT})(?:[- ](long|old)|\s+(?:period|span|stretch|term))?(?:\s+or\s+so)?(?:\s+(ago|earlier|later|from now|before|after|since|hence))?")
def _amount_of_time(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    amount = _number(m.group(4))
    unit = _unit(m.group(5))
    if (m.group(6) or "").lower() == "old" or (m.group(2) and m.group(4).lower() in ("a", "an")):
        return None  # an age, or "a a year"
    if unit in ("second", "quarter") and m.group(4).lower() in ("a", "an") or unit == "quarter" and (amount or 0) > 12:
        return None  # "a second time", "a quarter of the votes", "the 1988 quarter"
    if unit == "quarter" and "-" in m.group(0) and re.match(r"\s+of\b", m.string[m.end() :]):
        return None  # "three-quarters of its food": a share, not a time
    direction = (m.group(7) or "").lower()
    if unit == "quarter" and not (m.group(2) or m.group(3) or direction) and _a_share(m):
        return None  # "nearly three quarters wanting a new referendum"
    if m.group(4).lower() in ("a", "an") and not (m.group(1) or m.group(3) or direction) and _RATE.search(m.string, max(0, m.start() - 40), m.start()):
        return "SET", _duration(1, unit), None  # "3,000 lorries a day", "$500 million a year": per day, per year
    mod = MODIFIERS.get((m.group(1) or "").lower()) or ("APPROX" if _OR_SO.search(m.group(0)) else None)
    if direction in ("ago", "earlier", "later", "from now", "hence"):
        if unit in _TIME_UNITS:
            return (*_hours_later(amount, unit, direction, ctx), mod)
        if amount is None and direction in ("ago", "from now", "hence"):  # 'a few years ago': some time before now
            return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", mod
        if ctx.anchor is None or amount is None or not float(amount).is_integer():
            return "DATE", None, mod
        step = -int(amount) if direction in ("ago", "earlier") else int(amount)
        if unit == "year" and step == -1 and "quarter" in ctx.sentence.lower():
            return "DATE", _shift(ctx.anchor, "quarter", -5), mod  # earnings reports: the year-ago quarter
        return "DATE", _shift(_reference_date(ctx, unit) if direction == "later" else ctx.anchor, unit, step), mod
    return "DURATION", _duration(amount, unit), mod


def _hours_later(amount: float | None, unit: str, direction: str, ctx: Context) -> tuple[str, str]:
    """'an hour later' after a clock time ('at 10 p.m. ... an hour later'): that time plus the hour. Against
    no clock ('two hours ago' in an article dated by the day, 'an hour later' after a date), what the text
    gives is how long: a duration, as TimeML writes it ('over an hour' later)."""
    clock = ctx.reference.value if direction == "later" and ctx.reference and ctx.reference.value else ""
    if amount is not None and float(amount).is_integer() and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", clock):
        return "TIME", (datetime.fromisoformat(clock) + timedelta(**{f"{unit}s": int(amount)})).isoformat(timespec="minutes")
    return "DURATION", _duration(amount, unit)


#: 'a week or so ago', 'for a decade or so': about that long.
_OR_SO = re.compile(r"\sor\s+so\b", re.IGNORECASE)
#: An amount right before 'a day' or 'a year' (up to two words of what is counted, none a preposition):
#: a rate, as in '3,000 lorries a day', '$500 million a year', 'four flights a week'.
_RATE = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*%?|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|[Ff]ifty|hundred|thousand|million|billion))"
    r"(?:\s+(?:thousand|million|billion|percent|cents?|dollars?|pounds?|euros?))*"
    r"(?:\s+(?!(?:in|within|for|over|after|before|of|by|than|about|under|during|and|or)\b)[A-Za-z-]+){0,2}\s+$"
)


def _a_share(m: re.Match[str]) -> bool:
    """Quarters counted without 'the', 'past' or 'ago' are a time only after a word of time ('for two
    quarters', 'after several quarters of losses'), and even then not as a share of something ('in three
    quarters of the cases')."""
    if not re.search(r"\b(?:for|in|over|within|during|after|before|than)\s+$", m.string[max(0, m.start() - 10) : m.start()], re.IGNORECASE):
        return True
    return re.match(r"\s+of\s+(?:the|its|their|his|her|our|all|those|these)\b", m.string[m.end() :], re.IGNORECASE) is not None


#: Words after which 'last' is the verb: 'to last', 'will last', 'could not last'.
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|not|n't|did|does|do)\s+$", re.IGNORECASE)


def _trim_amount(m: re.Match[str], found: Found, text: str) -> Found:
    """'two days after': the duration without the word that relates it to an event; 'a 10-year plan',
    'a five year plan': without the article, which belongs to the noun."""
    start, end = found.start, found.end
    direction = m.group(7)
    if direction and (direction.lower() in ("before", "after", "since") or found.type == "DURATION"):  # 'an hour' later
        end = m.start(7) - 1 if text[m.start(7) - 1] == " " else m.start(7)
    singular = not m.group(5).lower().endswith("s") and (_number(m.group(4)) or 1) != 1
    if m.group(2) and not m.group(1) and ("-" in text[m.end(4) : m.start(5)] or singular):
        start = m.start(3) if m.group(3) else m.start(4)
    if (m.group(3) or "").lower() == "last" and not (m.group(1) or m.group(2)) and _VERB_BEFORE.search(text, max(0, m.start(3) - 12), m.start(3)):
        start = m.start(4)  # 'is due to last 72 hours', 'will last two weeks': the verb's, not 'the last 72 hours'
    return Found(start, end, found.type, found.value, found.mod, found.anchored, found.counted_from)


@rule(r"(?:(the\s+)?(?:(past|last|next|coming|previous|recent)\s+)?)(?:(few|several|many|some)\s+)?(days|weeks|months|years|decades|centuries)", needs=_PLURAL_UNITS)
def _vague_span(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if not (m.group(2) or m.group(3) or m.group(1)):
        return None
    unit = _unit(m.group(4))
    value = _duration(None, unit)
    if (m.group(2) or "").lower() in ("recent", "past") and not m.group(1) and not m.group(3):
        return "DATE", "PAST_REF", None
    return "DURATION", value, None


@rule(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|last|next|the current)\s+month", needs=("month",))
def _day_of_a_relative_month(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'on the 10th of this month', 'the 25th of last month': that day of the month counted from the anchor."""
    day, which = int(m.group(1)), m.group(2).lower()
    if ctx.anchor is None:
        return "DATE", None, None
    month = ctx.anchor.replace(day=1) + relativedelta(months={"last": -1, "next": 1}.get(which, 0))
    try:
        return "DATE", month.replace(day=day).isoformat(), None
    except ValueError:  # 'the 31st of next month' in a month of 30 days
        return "DATE", None, None


@rule(r"(?:(earlier|later)\s+)?(this past|this|last|next|the current|the past|the coming|the previous|the following)\s+(week|weekend|month|year|quarter|decade|century)")
def _relative_unit(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    which, unit = m.group(2).lower(), m.group(3).lower()
    mod = {"earlier": "START", "later": "END"}.get((m.group(1) or "").lower())
    if which in ("the previous", "the following") and unit in ("week", "month", "year"):
        return None  # counted from the date before it: _by_reference
    if which in ("the coming", "the past"):  # 'the past decade': the ten years up to now, as 'the past year' is
        return "DURATION", _duration(1, unit), mod
    if which == "this past":
        which = "last"
    if which == "last" and m.string[max(0, m.start() - 4) : m.start()].lower() == "the " and re.match(r"\s+of\b", m.string[m.end() :]):
        return "DATE", None, mod  # 'in the last week of the race': the end of what it names, not the week before this one
    if ctx.anchor is None:
        return "DATE", None, mod
    step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(which, 0)
    return "DATE", _shift(ctx.anchor, unit, step), mod


@rule(
    rf"(?:(?:early|late|earlier|later)\s+)?(?:(last|next|this|coming|the previous|the following)\s+)?({_WEEKDAY})(?:\s+(morning|afternoon|evening|night))?",
    before=r"(?<![\w-])(?<!Bloody )(?<!Super )",  # a day's name, not this week's: 'Bloody Sunday', 'Super Tuesday'
    needs=WEEKDAYS,
)
def _weekday(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if ctx.anchor is None:
        day_of_week = f"XXXX-WXX-{WEEKDAYS.index(m.group(2).lower()) + 1}"
        return ("TIME", f"{day_of_week}T{PARTS_OF_DAY[m.group(3).lower()]}", None) if m.group(3) else ("DATE", day_of_week, None)
    which = (m.group(1) or "").lower()
    tense = {"next": "future", "coming": "future", "the following": "future", "last": "past", "the previous": "past"}.get(which, ctx.tense)
    day = weekday_date(m.group(2), ctx.anchor, tense)
    if not which and tense == "present" and re.match(r"['’]s\b", m.string[m.end() :]):
        ahead = weekday_date(m.group(2), ctx.anchor, "future")  # 'leads in Tuesday's primary', said on a Monday: tomorrow's
        day = ahead if timedelta(days=0) < ahead - ctx.anchor <= timedelta(days=_POSSESSIVE_DAYS_AHEAD) else day
    if which in ("last", "the previous") and day == ctx.anchor:
        day -= timedelta(days=7)
    if m.group(3):
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m.group(3).lower()]}", None
    return "DATE", day.isoformat(), None


#: A weekday's event named in the present ('Tuesday's primary') lies ahead when it is at most this many days away.
_POSSESSIVE_DAYS_AHEAD = 2


_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+(?-i:[A-Z]{2,4}T))?|(noon|midnight|midday)", re.IGNORECASE)


@rule(r"([01]?\d|2[0-3]):?([0-5]\d)\s+(?:GMT|UTC)(?:,?\s+(?:on\s+)?(" + _WEEKDAY + r"))?", needs=("gmt", "utc"))
def _military_clock(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """Wire copy's '0930 GMT', a live page's '10:45 GMT' (on the day named after it, or the anchor's)."""
    if m.group(3):
        day = weekday_date(m.group(3), ctx.anchor, ctx.tense).isoformat() if ctx.anchor else f"XXXX-WXX-{WEEKDAYS.index(m.group(3).lower()) + 1}"
    else:
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{int(m.group(1)):02d}:{m.group(2)}", None


@rule(_CLOCK.pattern)
def _clock(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if m.group(4):
        hour, minute = (24, 0) if m.group(4).lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour > 12 or minute > 59:
            return None
        if m.group(3).lower().startswith("p") and hour != 12:
            hour += 12
        if m.group(3).lower().startswith("a") and hour == 12:
            hour = 0
    past_midnight = hour == 24 and ctx.tense == "past"  # 'The truce expired at midnight': the one that began the day, not the one ending it
    day = (ctx.anchor - timedelta(days=1) if past_midnight else ctx.anchor).isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", None


@rule(
    r"(?:(?:early|late|earlier|later)\s+)?((?:yesterday|tomorrow)\s+(?:morning|afternoon|evening)|this\s+(?:morning|afternoon|evening)|"
    r"mid[- ]?(?:morning|afternoon)(?:\s+(?:yesterday|today|tomorrow))?|last\s+night|today|yesterday|tomorrow|tonight)",
    needs=("today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
)
def _deictic_day(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    words = m.group(1).lower().replace("-", " ").split()
    if ctx.anchor is None:
        return "DATE", None, None
    shift = -1 if "yesterday" in words or words[0] == "last" else 1 if "tomorrow" in words else 0
    day = (ctx.anchor + timedelta(days=shift)).isoformat()
    part = next((w for w in words if w in PARTS_OF_DAY), "night" if "tonight" in words else None)  # 'mid-afternoon yesterday'
    if part:
        return "TIME", f"{day}T{PARTS_OF_DAY[part]}", None
    return "DATE", day, None


@rule(r"overnight", needs=("overnight",))
def _overnight(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'Israeli strikes killed 20 people overnight, officials said on Tuesday': the night before the day of the
    report; not the idiom of suddenness ('did not happen overnight', 'an overnight success')."""
    before = m.string[max(0, m.start() - 60) : m.start()].lower()
    after = m.string[m.end() : m.end() + 12].lower()
    if re.search(r"(?:\bnot?\b|n['’]t|\bnever\b)[^.!?]*$|\b(?:almost|virtually|practically|literally|seemingly)\s+$", before) or re.match(r"\s+(?:success|sensation|star)", after):
        return None
    if ctx.anchor is None:
        return "TIME", None, None
    return "TIME", f"{(ctx.anchor - timedelta(days=1)).isoformat()}TNI", None


@rule(r"((?:right\s+)?now|currently|current|nowadays|these days|at present|the present|recently|lately|the other day|the past|the (?:near\s+)?future|the (?:near|short)\s+term)")
def _reference(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    word = " ".join(m.group(1).lower().split())
    if word in ("now", "right now", "currently", "current", "nowadays", "these days", "at present", "the present"):
        return "DATE", "PRESENT_REF", None
    if word in ("the future", "the near future", "the near term", "the short term"):
        return "DATE", "FUTURE_REF", None
    return "DATE", "PAST_REF", None


@rule(rf"(?:once|twice|thrice|({_NUM})\s+times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|quarter|decade)", needs=("once", "twice", "thrice", "times"))
def _frequency(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """'twice a day', 'three times a year': a set of that period (TIMEX3 keeps the count in freq)."""
    return "SET", _duration(1, m.group(2).lower()), None


@rule(r"(every|each|per)\s+(day|week|month|year|morning|evening|night|weekend|quarter|decade|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))|(daily|weekly|monthly|annually|yearly|nightly)(?!\s+(?-i:[A-Z]))")
def _set(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    if m.group(3) and m.group(3)[0].isupper() and m.string[: m.start(3)].rstrip()[-1:] not in ("", *".!?:;\"“”'‘’"):
        return None  # capitalised inside a sentence: a name ('Meet the Press Daily', 'the Daily Beast')
    word = (m.group(2) or m.group(3)).lower()
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "quarterly": "P3M"}
    if word in adverbs:
        return "SET", adverbs[word], None
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(word) + 1}", None
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}", None
    if word in PARTS_OF_DAY:
        return "SET", f"TXX{PARTS_OF_DAY[word]}", None
    return "SET", _duration(1, word), None


def _thanksgiving(year: int) -> date:
    return date(year, 11, 1) + relativedelta(weekday=TH(4))


def _hijri(month: int, day: int) -> Callable[[int], date]:
    """A holiday of the Islamic calendar: its first day in a Gregorian year, by the Umm al-Qura calendar
    (where the moon is sighted otherwise, it may be kept a day apart). The calendar runs from 1924 to 2077;
    a year outside it raises ``ValueError``."""

    def when(year: int) -> date:
        first = round((year - 622) * 33 / 32)  # a lunar year is 11 days short of a solar one
        try:
            days = [Hijri(h, month, day).to_gregorian() for h in range(first - 1, first + 3)]
        except OverflowError as outside:
            raise ValueError(f"no Umm al-Qura date in {year}") from outside
        return min(d for d in days if d.year == year)

    return when


#: Holidays by name -> their date in a given year.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "martin luther king day": lambda y: date(y, 1, 1) + relativedelta(weekday=MO(3)),
    "valentine's day": lambda y: date(y, 2, 14),
    "presidents day": lambda y: date(y, 2, 1) + relativedelta(weekday=MO(3)),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "maundy thursday": lambda y: easter(y) - timedelta(days=3),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "memorial day": lambda y: date(y, 5, 31) + relativedelta(weekday=MO(-1)),
    "independence day": lambda y: date(y, 7, 4),
    "the fourth of july": lambda y: date(y, 7, 4),
    "labor day": lambda y: date(y, 9, 1) + relativedelta(weekday=MO(1)),
    "halloween": lambda y: date(y, 10, 31),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
    "eid al-fitr": _hijri(10, 1),
    "eid al-adha": _hijri(12, 10),
    "ashura": _hijri(1, 10),
    "arbaeen": _hijri(2, 20),
}


@rule(
    r"(?:(last|this|next)\s+)?(?-i:(New Year['’]s (?:Day|Eve)|Martin Luther King(?: Jr\.?)?(?:['’]s)? (?:Day|Birthday)|Valentine['’]s Day|Presidents['’]? Day"
    r"|Ash Wednesday|Palm Sunday|Maundy Thursday|Good Friday|Easter(?: Sunday| Monday)?|Memorial Day|Independence Day|[Tt]he Fourth of July|Labor Day|Halloween|Veterans['’]? Day"
    r"|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Christmas(?: Eve| Day)?|Boxing Day|Eid (?:al|ul|el)-(?:Fitr|Adha)|Ashura|Arbaeen))(?:\s+(week|weekend))?"
    r"(?!\s+(?:tree|trees|card|cards|gift|gifts|carols?|lights|dinner|part(?:y|ies)|shopping|presents?|spirit|music|markets?|bonus|bombing|bomber|uprising|rising|offensive|Island)\b)",
    needs=("new year", "king", "valentine", "presidents", "ash wednesday", "palm sunday", "maundy", "good friday", "easter", "memorial day",
           "independence day", "fourth of july", "labor day", "halloween", "veterans", "thanksgiving", "black friday", "cyber monday", "christmas", "boxing day",
           "eid", "ashura", "arbaeen"),
)
def _holiday(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    """A holiday, in the year the tense points to ('on Thanksgiving Day' in past reporting: the last one);
    'Easter week': the week it falls in; an Islamic holiday beyond the calendar's years has no value."""
    try:
        return _holiday_date(m, ctx)
    except ValueError:
        return "DATE", None, None


def _holiday_date(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None]:
    name = re.sub(r"^martin luther king.*", "martin luther king day", m.group(2).lower().replace("’", "'"))
    when = HOLIDAYS[re.sub(r"^eid \w+-", "eid al-", name.replace("s' day", "s day"))]
    which = (m.group(1) or "").lower()
    told = re.search(rf"({_MONTH})\s+(\d{{1,2}}),\s+(\d{{4}}),\s+{re.escape(m.group(0))}", ctx.sentence)
    if told and not m.group(3):  # 'April 10, 1998, Good Friday': the date just given is the holiday's
        year, month, day = int(told.group(3)), MONTHS[told.group(1).lower().rstrip(".")[:3]], int(told.group(2))
        if when(year) == date(year, month, day):
            return "DATE", when(year).isoformat(), None
    if ctx.anchor is None:  # no year to count from: a holiday on a fixed day is still that day of some year
        fixed = when(2001).strftime("%m-%d") == when(2002).strftime("%m-%d")
        return "DATE", (f"XXXX-{when(2001):%m-%d}" if fixed and not m.group(3) else None), None
    tense = {"last": "past", "next": "future"}.get(which, ctx.tense)
    if m.group(3):  # the week counts from its Monday: 'as Easter week began' is said on that Monday
        monday = _occurrence(lambda y: when(y) - timedelta(days=when(y).weekday()), ctx.anchor, tense)
        return "DATE", _week(monday) + ("-WE" if m.group(3).lower() == "weekend" else ""), None
    day = when(ctx.anchor.year) if which == "this" else _occurrence(when, ctx.anchor, tense)
    return "DATE", day.isoformat(), None


def _occurrence(when: Callable[[int], date], anchor: date, tense: str) -> date:
    """The day of a yearly holiday the tense points to: the last one up to the anchor in past
    reporting, the next one in future statements, otherwise the nearest."""
    days = [when(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        return max(d for d in days if d <= anchor)
    if tense == "future":
        return min(d for d in days if d >= anchor)
    return min(days, key=lambda d: abs((d - anchor).days))


#: A date found just before gives these their day: 'Oct. 23 ... Earlier that day', 'in June 1998 ... later that year'.
_BY_REFERENCE = r"(?:(earlier|later)\s+)?that\s+(day|morning|afternoon|evening|night|week|month|quarter|year)|the\s+(next|following|previous)\s+(day|morning|afternoon|evening|night)|the\s+(following|previous)\s+(week|month|year)"


@rule(_BY_REFERENCE)
def _by_reference(m: re.Match[str], ctx: Context) -> tuple[str, str | None, str | None] | None:
    mod = {"earlier": "START", "later": "END"}.get((m.group(1) or "").lower())
    which = (m.group(3) or m.group(5) or "that").lower()
    unit = (m.group(2) or m.group(4) or m.group(6)).lower()
    step = {"next": 1, "following": 1, "previous": -1}.get(which, 0)
    base = _reference_date(ctx, "day" if unit in PARTS_OF_DAY else unit)
    if base is None:
        return ("TIME" if unit in PARTS_OF_DAY else "DATE"), None, mod
    if unit in PARTS_OF_DAY:
        return "TIME", f"{(base + timedelta(days=step)).isoformat()}T{PARTS_OF_DAY[unit]}", mod
    return "DATE", _shift(base, unit, step), mod


_GRANULARITY = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def _reference_date(ctx: Context, unit: str) -> date | None:
    """The date to count ``unit``s from: the expression before, when it is at least that precise, or the anchor."""
    reference = _calendar(ctx.reference.value) if ctx.reference and ctx.reference.value else None
    if reference is not None and _GRANULARITY[reference[1]] <= _GRANULARITY.get(unit, 0):
        return reference[0]
    return ctx.anchor


def _calendar(value: str) -> tuple[date, str] | None:
    """A TIMEX3 calendar value as its first day and its granularity ('1998-06' -> June 1, month)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), "week"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1), "quarter"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return date(int(m.group(1)), int(m.group(2)), 1), "month"
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m.group(1)), 1, 1), "year"
    return None


# ---- running the grammar -----------------------------------------------------------------------------


Candidate = tuple[re.Match[str], Rule]


def scan(text: str) -> list[Candidate]:
    """Every match of every rule, longest first: what does not depend on the anchor, done once."""
    candidates: list[Candidate] = []
    lowered = text.lower()
    for pattern, function, needs in _RULES:
        if needs and not any(word in lowered for word in needs):
            continue
        candidates.extend((m, function) for m in pattern.finditer(text) if m.end() > m.start())
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    return candidates


def find_timexes(
    text: str,
    context_at: Callable[[int], tuple[str, str]],
    anchor: date | None,
    candidates: list[Candidate] | None = None,
    names: Iterable[tuple[int, int]] = (),
) -> list[Found]:
    """Every temporal expression in the text, longest match first, values against the anchor; each
    value is computed a second time against a distant anchor to tell which ones depend on it.
    ``candidates`` are the text's ``scan`` when the caller normalises it against several anchors;
    ``names`` are spans of names (``name_spans``) whose words are no times: 'Theresa May'."""
    candidates = scan(text) if candidates is None else candidates
    taken = bytearray(len(text))  # 1 where an expression already lies: overlaps are found in the length of a match
    in_title = bytearray(len(text))
    for title in (*_TITLE.finditer(text), *_ACCORD.finditer(text)):
        in_title[title.start(1) : title.end(1)] = b"\x01" * (title.end(1) - title.start(1))
    for start, end in names:
        in_title[start:end] = b"\x01" * (end - start)
    found: list[Found] = []
    deferred: list[Candidate] = []
    for match, function in candidates:
        start, end = match.span("timex") if "timex" in match.re.groupindex else match.span()
        if any(taken[start:end]) or all(in_title[start:end]):
            continue
        if _refers_back(match, function):  # needs the dates before it: counted once all others are known
            taken[start:end] = b"\x01" * (end - start)
            deferred.append((match, function))
            continue
        tense, sentence = context_at(start)
        result = function(match, Context(anchor, tense, sentence))
        if result is None:
            continue
        kind, value, mod = result
        probe = function(match, Context(anchor + _PROBE_SHIFT if anchor else date(2000, 1, 1), tense, sentence))
        item = Found(start, end, kind, value, mod, anchored=probe is None or probe[1] != value)
        if function is _amount_of_time:
            item = _trim_amount(match, item, text)
        elif function is _quarter:
            item = _trim_article(match, item, text)
        taken[start:end] = b"\x01" * (end - start)
        found.append(item)
    found = _days_next_to_a_date(_clocks_on_their_day(sorted(found, key=lambda f: f.start), text), text)
    referring: list[Found] = []
    latest: Found | None = None  # the latest dated expression before the one being counted
    position = 0
    for match, function in sorted(deferred, key=lambda c: c[0].start()):
        while position < len(found) and found[position].end <= match.start():
            if found[position].value and _calendar(found[position].value):  # type: ignore[arg-type]
                latest = found[position] if latest is None or found[position].start > latest.start else latest
            position += 1
        item = _referring(match, function, latest, context_at, anchor, text)
        if item.value and _calendar(item.value):
            latest = item
        referring.append(item)
    return sorted(found + referring, key=lambda f: f.start)


#: A short quoted title of capitalised words: ``High Noon'', ''60 Minutes'' name a film and a programme, not a time.
_TITLE = re.compile(r"(?:``|''|[\"“])((?:[A-Z0-9][\w'’.-]*[ \t]+){0,4}[A-Z0-9][\w'’.-]*),?(?:''|[\"”])")


#: The name of an agreement: its words are no times ('the Good Friday Agreement', 'the Good Friday peace agreement', 'the Easter Accords').
_ACCORD = re.compile(r"((?:[A-Z][A-Za-z'’-]*[ \t]+){1,4}(?:Agreement|Accords?)|(?:[A-Z][A-Za-z-]*[ \t]+){2,4}(?:peace[ \t]+)?(?:agreement|accords?))\b")


#: What joins a day to the clock time after it: '29 March 2019 at 11 p.m.', 'Tuesday, 3:30 p.m.'.
_DAY_TO_CLOCK = re.compile(r",?[ \t]+(?:at[ \t]+)?|,[ \t]*")


def _clocks_on_their_day(found: list[Found], text: str) -> list[Found]:
    """A clock time written right after a day is on that day, not on the anchor's: '29 March 2019 at 11.00 p.m.'."""
    out = list(found)
    for i in range(1, len(out)):
        day, clock = out[i - 1], out[i]
        if (
            clock.type == "TIME" and clock.value and "T" in clock.value and day.type == "DATE" and day.value and day.mod is None
            and re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)", day.value) and _DAY_TO_CLOCK.fullmatch(text, day.end, clock.start)
        ):
            out[i] = Found(clock.start, clock.end, "TIME", day.value + clock.value[clock.value.index("T") :], None, day.anchored)
    return out


#: 'the day before' or 'the day after' right before a day's date: 'the day before last Tuesday's hearing'.
_DAY_BEFORE_OR_AFTER = re.compile(r"(?<![\w-])(?:[Tt]he[ \t]+)?day[ \t]+(before|after)[ \t]+$")


def _days_next_to_a_date(found: list[Found], text: str) -> list[Found]:
    """'the day before last Tuesday': one expression, a day from the date it names, in place of 'the day' read alone."""
    out: list[Found] = []
    for item in found:
        near = _DAY_BEFORE_OR_AFTER.search(text, max(0, item.start - 20), item.start)
        if near is None or item.type != "DATE" or item.mod is not None or not re.fullmatch(r"\d{4}-\d\d-\d\d", item.value or ""):
            out.append(item)
            continue
        day = date.fromisoformat(item.value) + timedelta(days=1 if near.group(1) == "after" else -1)  # type: ignore[arg-type]
        out = [f for f in out if f.end <= near.start()]
        out.append(Found(near.start(), item.end, "DATE", day.isoformat(), None, item.anchored))
    return out


def _refers_back(match: re.Match[str], function: Rule) -> bool:
    return function is _by_reference or function is _amount_of_time and (match.group(7) or "").lower() == "later"


def _referring(
    match: re.Match[str], function: Rule, reference: Found | None, context_at: Callable[[int], tuple[str, str]], anchor: date | None, text: str
) -> Found:
    """'that day', 'the following year', 'two years later': counted from the latest dated expression
    before it, or from the anchor when there is none."""
    tense, sentence = context_at(match.start())
    result = function(match, Context(anchor, tense, sentence, reference))
    kind, value, mod = result if result is not None else ("DATE", None, None)
    used = reference if reference is not None and value is not None and value != _without(function, match, Context(anchor, tense, sentence, reference)) else None
    item = Found(match.start(), match.end(), kind, value, mod, anchored=used is None or used.anchored, counted_from=used.start if used else None)
    return _trim_amount(match, item, text) if function is _amount_of_time else item


def _without(function: Rule, match: re.Match[str], ctx: Context) -> str | None:
    """The value the rule gives with the reference moved far away, at the same precision: the same
    value when the reference was not used."""
    reference = ctx.reference
    moved = _calendar(reference.value or "") if reference is not None else None
    if reference is None or moved is None:
        return None
    shifted = moved[0].replace(year=moved[0].year - 400)  # 400 years: the same weekdays and leap days
    value = {"day": shifted.isoformat(), "week": _week(shifted), "month": shifted.isoformat()[:7], "quarter": f"{shifted.year}-Q{(shifted.month - 1) // 3 + 1}", "year": str(shifted.year)}[moved[1]]
    far = Found(reference.start, reference.end, reference.type, value)
    result = function(match, Context(ctx.anchor, ctx.tense, ctx.sentence, far))
    return result[1] if result else None


#: Names a date word inside of is part of: 'Theresa May', 'Apocalypse Now', '21st Century Fox'.
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT"})




def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of names, for ``find_timexes`` to leave alone: those the NER model found, the
    word after an honorific, and a person's surname (named in full, or taken for a person twice) wherever
    it stands alone ('May told Parliament', 'May's deal' beside 'Theresa May') but in a date ('in May',
    'May 3')."""
    text = doc_text(doc)
    entities = doc.ents  # spaCy builds the tuple again on each access
    spans = [(e.start_char, e.end_char) for e in entities if e.label_ in _NAME_LABELS]
    spans += [(m.start(1), m.end(1)) for m in _after_a_title().finditer(text)]
    alone = Counter(text[e.start_char : e.end_char] for e in entities if e.label_ == "PERSON" and len(e) == 1)
    surnames = {e[-1].text for e in entities if _a_full_name(e)} | {word for word, count in alone.items() if count > 1}
    surnames |= {m.group(2) for m in _FIRST_NAME_AND_MONTH.finditer(text) if m.group(1).lower() not in _NOT_FIRST_NAMES}
    if surnames:
        surname = rf"\b({'|'.join(map(re.escape, sorted(surnames)))})\b"
        spans += [(m.start(1), m.end(1)) for m in re.finditer(surname, text) if not read_as_date(text, m.start(1), m.end(1)) or _acts(doc, text, m.start(1), m.end(1))]
    spans += [m.span(2) for m in _OWNED_MONTH.finditer(text) if m.group(1).lower() not in _TIME_OWNERS]
    spans += [m.span() for m in _A_MARCH.finditer(text) if _word_before(text, m.start()) not in _DATE_OPENERS]
    return spans


def _word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before.group(1).lower() if before else ""


def _acts(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a surname that a date word may stand for ('on May's deal', 'of May receiving') is the person:
    something is hers, other than an election or a meeting ('ahead of May's elections' is the month's),
    she does something ('-ing' after her), or she is a clause's subject ('since May became prime minister')."""
    owned = _OWNED.match(text, end)
    if owned is not None:
        return not any(word.lower() in _TIMED_THINGS for word in owned.group(1).split())
    if re.match(r"[ \t]+[a-z]+ing\b", text[end : end + 30]):
        return True
    span = doc.char_span(start, end)
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


#: A possessive and the next three words: what belongs to the one named before it.
_OWNED = re.compile(r"['’]s((?:[ \t]+[\w-]+){1,3})")
#: What a month has, where a surname that is a month has no such thing: 'May's elections', 'June's figures'.
_TIMED_THINGS = frozenset(
    {"election", "elections", "poll", "polls", "vote", "votes", "ballot", "referendum", "primary", "primaries", "summit", "meeting",
     "meetings", "session", "deadline", "figures", "data", "numbers", "sales", "report", "edition", "issue", "release", "weather",
     "rainfall", "inflation", "jobs", "payrolls", "budget", "day", "days", "week", "weeks", "weekend", "end", "start", "beginning", "half"}
)  # fmt: skip
#: A month after a possessive names a thing, not a time ("the People's March", "Trump's May"), unless a day
#: or a year follows it ("Britain's March 29 departure").
_OWNED_MONTH = re.compile(
    rf"\b(\w+)['’]s[ \t]+({'|'.join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ('may', 'june', 'july'))})\b(?![ \t]*,?[ \t]*\d)"
)
#: 'March' before a preposition and a name is a march ('the 1963 March on Washington', 'the March of Dimes',
#: 'Caravan Resumes March to US Border', 'Stop Trump and March on the RNC'), unless a word that opens a date
#: stands before it ('in March on Capitol Hill' stays the month).
_A_MARCH = re.compile(
    r"\bMarch(?=[ \t]+(?:on|for|of|to|against)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z])"
)
#: The word right before a place in the text (looked for in the 20 characters before it: a word of the
#: text before each match would cost a scan of every long word at every one of its letters).
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_DATE_OPENERS = frozenset(
    "in on since until till by from through throughout last next this early late mid during before after between of to around".split()
)
#: Owners whose month is a time: 'last year's March', 'the season's June'.
_TIME_OWNERS = frozenset({"year", "season", "century", "decade", "today", "yesterday", "tomorrow"})


def _a_full_name(entity: Span) -> bool:
    """A person's name in two or three capitalised words: the model's PERSON, or a name it took for an
    organisation ('Theresa May' as ORG), but not a day's name ('Super Tuesday', 'Black Friday')."""
    if not 1 < len(entity) <= 3 or not all(t.is_title and t.is_alpha for t in entity):
        return False
    return entity.label_ == "PERSON" or (entity.label_ in ("ORG", "NORP") and entity[-1].lower_ in MONTHS and entity[0].lower_ not in _DAY_QUALIFIERS)


#: First words of a day's name that ends in a month's or a weekday's: 'Super Tuesday', not a person.
_DAY_QUALIFIERS = frozenset({"super", "black", "cyber", "good", "holy", "ash", "palm", "early", "late", "mid", "last", "next", "this"})
#: A capitalised word and a month that is also a surname: 'Theresa May', whatever the model made of it.
_FIRST_NAME_AND_MONTH = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+(May|June)\b(?![ \t]*,?[ \t]*\d)")
#: Words before a month that make it a date, not a person of that name ('in May', 'last May').
_DATE_LEAD_WORDS = ("in", "on", "since", "until", "till", "by", "of", "last", "next", "this", "early", "late", "mid", "through", "from", "to", "before", "after", "during", "each", "every")
_DATE_LEAD = re.compile(rf"\b(?i:{'|'.join(_DATE_LEAD_WORDS)})[ \t]+$")
#: Capitalised words before a month that are no first name ('Since May', 'Last June', 'Sunday May').
_NOT_FIRST_NAMES = frozenset({*MONTHS, *WEEKDAYS, *_DATE_LEAD_WORDS})


def read_as_date(text: str, start: int, end: int) -> bool:
    """Whether a word that names a month or a person ('May') is written as a date: after 'in', 'last',
    'early'… or before a day or a year ('May 29', 'May, 2019')."""
    return bool(_DATE_LEAD.search(text, max(0, start - 20), start) or re.match(r"[ \t]*(?:\d|,[ \t]*\d)", text[end : end + 8]))


@cache
def _after_a_title() -> re.Pattern[str]:
    """A capitalised word after a title ('Mrs May's deal'): a name, whatever the NER model says."""
    titles = "|".join(sorted(honorifics(), key=len, reverse=True))
    return re.compile(rf"\b(?i:{titles})\.?[ \t]+([A-Z][\w'’-]*)")


def context_finder(doc: Doc) -> Callable[[int], tuple[str, str]]:
    """The tense of the clause around a character offset, read off the parse, and the text of its
    sentence and the one before (what 'a year earlier' may be counted from); remembered per offset,
    since an article without a date is normalised twice."""

    text = doc_text(doc)
    sentences: list[Span] = []
    sentence_starts: list[int] = []

    @cache
    def context_at(offset: int) -> tuple[str, str]:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return "past", ""
        if not sentences:  # read once per document, and only when a time expression asks for it
            sentences.extend(doc.sents)
            sentence_starts.extend(sent.start for sent in sentences)
        n = bisect_right(sentence_starts, span.start) - 1
        sent = sentences[n]
        previous = text[sentences[n - 1].start_char : sentences[n - 1].end_char] if n > 0 else ""
        return _tense(span[0]), f"{previous} {text[sent.start_char : sent.end_char]}"

    return context_at


#: Words whose infinitive points forward: 'scheduled to close', 'set to resume', 'is to meet', 'likely to vote'.
_SCHEDULING = frozenset({"schedule", "set", "expect", "due", "plan", "slate", "be", "go", "intend", "poise", "likely", "unlikely"})
#: Events a day is set for ('a snap election for Nov. 14', 'a hearing for Friday'), which lie ahead of the setting.
_EVENTS_SET = frozenset({"election", "vote", "poll", "referendum", "hearing", "trial", "meeting", "summit", "talks", "session", "strike", "date"})
#: Words after which a date lies ahead of the saying: 'payable Dec. 1', 'effective Feb. 1'.
_FORWARD_ADJECTIVES = frozenset({"payable", "effective", "due"})
#: Verbs that put what they govern ahead of them: 'has scheduled a news conference Thursday', 'postponed until Tuesday'.
_FORWARD_VERBS = frozenset({"schedule", "reschedule", "postpone", "delay", "defer", "adjourn"})


def _an_event_set(word: Token) -> bool:
    """Whether the word is an event a day is set for, or a verb with one as its object ('called | a snap election')."""
    events = [word] if word.pos_ == "NOUN" else [c for c in word.children if c.dep_ == "dobj"] if word.pos_ == "VERB" else []
    return any(e.lemma_.lower() in _EVENTS_SET for e in events)


def _past_perfect(word: Token) -> bool:
    """Whether the word, or the verb it complements ('had been | due'), has the auxiliary 'had'."""
    verb = word.head if word.dep_ in ("acomp", "attr") else word
    return any(c.dep_ == "aux" and c.lower_ in ("had", "’d", "'d") for c in verb.children)


def _saying_dated_before_its_clause(verb: Token, date_phrase: Token) -> Token:
    """The verb of saying that a date stands right after, before the subject of the clause it reports ('said on
    Wednesday he would not resign': the parse hangs the date on 'resign'); else the verb itself."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.tag_ != "VBD" or not saying.i < date_phrase.i < verb.i:
        return verb
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    between = saying.doc[saying.i + 1 : date_phrase.left_edge.i]
    if not subjects or date_phrase.i > min(subjects) or any(t.dep_ in ("mark", "ccomp") or t.is_punct for t in between):
        return verb
    return saying


def _tense(token: Token) -> str:
    """'future' when the governing verb has will/shall/would, is 'going to', is an infinitive of scheduling
    ('scheduled to close', 'expect it to be completed'), the date is 'payable'/'effective' or the day set for
    an event ('called a snap election for Nov. 14'); 'past' for
    a past form (a present passive, 'is scheduled for', is present); else 'present'."""
    until = False
    below = token
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            break
        if token.lower_ in _FORWARD_ADJECTIVES:
            return "future"  # 'payable Dec. 1', 'effective Feb. 1'
        until = until or token.lower_ in ("until", "till", "soon")  # 'as soon as Tuesday': the earliest ahead
        if token.lower_ == "for" and token.dep_ == "prep" and _an_event_set(token.head):
            return "future"  # 'called a snap election for Nov. 14': the day set for what was called
        below, token = token, token.head
    token = _saying_dated_before_its_clause(token, below)
    words = [token, *token.children]
    if any(w.lower_.replace("’", "'") in ("will", "'ll", "shall", "would") for w in words) or token.lemma_.lower() in _FORWARD_VERBS:
        return "future"  # 'I’ll vote for her in November'
    if until and not any(w.tag_ == "VBD" for w in words):
        return "future"  # 'has given them until Tuesday', 'ready to leave as soon as Tuesday': still ahead
    if (
        token.tag_ in ("VB", "VBN")
        and token.dep_ not in ("nsubj", "csubj")  # 'countries to accede on Friday were Poland ...' names, not schedules
        and any(w.lower_ == "to" for w in token.children)
        and token.head.lemma_.lower() in _SCHEDULING
    ):
        if _past_perfect(token.head):
            return "past"  # 'had been scheduled to expire at midnight Friday', 'had been due to expire Friday evening': a plan before another past
        return "future"  # 'is scheduled to close Monday', 'set to resume Monday', 'expect it to be completed by', 'likely to vote in November'
    if token.tag_ == "VBN" and any(w.dep_ == "auxpass" and w.tag_ in ("VBZ", "VBP") for w in token.children):
        return "present"  # 'it is scheduled for completion by Dec. 10'
    if any(w.tag_ in ("VBD", "VBN") for w in words):
        return "past"
    if any(w.lower_ == "going" for w in words):
        return "future"
    return "present"
