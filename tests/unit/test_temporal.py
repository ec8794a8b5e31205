"""The temporal grammar on expressions written for the rule each pins, against a fixed anchor."""

from __future__ import annotations

from datetime import date

import pytest

from presslens import Analyzer, build_article
from presslens.pipeline.temporal import _RULES, find_timexes, weekday_date

ANCHOR = date(2021, 12, 30)  # a Thursday


def _one(text: str, tense: str = "past", anchor: date | None = ANCHOR) -> tuple[str, str, str | None, str | None]:
    (found,) = find_timexes(text, lambda _: (tense, text), anchor)
    return text[found.start : found.end], found.type, found.value, found.mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on January 3, 2020 by", ("January 3, 2020", "DATE", "2020-01-03", None)),
        ("Then, a week or so ago, the general", ("a week or so ago", "DATE", "2021-W51", "APPROX")),
        ("for a decade or so, it", ("a decade or so", "DURATION", "P1DE", "APPROX")),
        ("earnings for the last half of 2021 fell", ("the last half of 2021", "DATE", "2021-H2", None)),
        ("in the last quarter of the year, sales", ("the last quarter of the year", "DATE", "2021-Q4", None)),
        ("are set for the second half of next year", ("the second half of next year", "DATE", "2022-H2", None)),
        ("slowed in the first quarter of last year", ("the first quarter of last year", "DATE", "2020-Q1", None)),
        ("was signed on the 25th of last month", ("the 25th of last month", "DATE", "2021-11-25", None)),
        ("will be held on the 10th of next month", ("the 10th of next month", "DATE", "2022-01-10", None)),
        ("ended on the 31st of last month", ("the 31st of last month", "DATE", None, None)),  # November has no 31st
        ("The day before last Tuesday's hearing, he", ("The day before last Tuesday", "DATE", "2021-12-27", None)),
        ("on the day after Christmas, he", ("the day after Christmas", "DATE", "2021-12-26", None)),
        ("on the day after the election, he", ("the day", "DATE", None, None)),
        ("in the last twenty four hours, the", ("the last twenty four hours", "DURATION", "PT24H", None)),
        ("lasted twenty-five minutes", ("twenty-five minutes", "DURATION", "PT25M", None)),
        ("ruled from Moscow for centuries.", ("centuries", "DURATION", "PXCE", None)),
        ("one of the events of the past century. Actually", ("the past century", "DURATION", "P1CE", None)),
        ("growth over the past decade", ("the past decade", "DURATION", "P1DE", None)),
        ("the base for at least 20 more years.", ("at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE")),
        ("extended for an additional year with", ("an additional year", "DURATION", "P1Y", None)),
        ("costs this past spring were", ("this past spring", "DATE", "2021-SP", None)),
        ("his probe lasted about 2,420 days.", ("about 2,420 days", "DURATION", "P2420D", "APPROX")),
        ("rallies this past weekend drew", ("this past weekend", "DATE", "2021-W51-WE", None)),
        ("on 3 January 2020.", ("3 January 2020", "DATE", "2020-01-03", None)),
        ("in March 2019 the", ("March 2019", "DATE", "2019-03", None)),
        ("by the end of 2021.", ("the end of 2021", "DATE", "2021", "END")),
        ("by the end of the current year.", ("the end of the current year", "DATE", "2021", "END")),
        ("said on Tuesday that", ("Tuesday", "DATE", "2021-12-28", None)),
        ("earlier this month", ("earlier this month", "DATE", "2021-12", "START")),
        ("last year", ("last year", "DATE", "2020", None)),
        ("next week", ("next week", "DATE", "2022-W01", None)),
        ("two days after the", ("two days", "DURATION", "P2D", None)),
        ("for the past three years", ("the past three years", "DURATION", "P3Y", None)),
        ("nearly forty years", ("nearly forty years", "DURATION", "P40Y", "EQUAL_OR_LESS")),
        ("three weeks ago", ("three weeks ago", "DATE", "2021-W49", None)),
        ("every day", ("every day", "SET", "P1D", None)),
        ("annually", ("annually", "SET", "P1Y", None)),
        ("this summer", ("this summer", "DATE", "2021-SU", None)),
        ("the fourth quarter", ("the fourth quarter", "DATE", "2021-Q4", None)),
        ("the 1990s", ("the 1990s", "DATE", "199", None)),
        ("at 10:35 a.m.", ("10:35 a.m.", "TIME", "2021-12-30T10:35", None)),
        ("this morning", ("this morning", "TIME", "2021-12-30TMO", None)),
        ("yesterday", ("yesterday", "DATE", "2021-12-29", None)),
        ("now", ("now", "DATE", "PRESENT_REF", None)),
        ("in mid-November", ("mid-November", "DATE", "2021-11", "MID")),
        ("at noon", ("noon", "TIME", "2021-12-30T12:00", None)),
        ("The truce expired at midnight.", ("midnight", "TIME", "2021-12-29T24:00", None)),
        ("this September", ("this September", "DATE", "2021-09", None)),
        ("the weekend", ("the weekend", "DATE", "2021-W51-WE", None)),
        ("the current flights", ("current", "DATE", "PRESENT_REF", None)),
        ("the year-earlier third quarter", ("the year-earlier third quarter", "DATE", "2020-Q3", None)),
        ("this year's fourth quarter", ("this year's fourth quarter", "DATE", "2021-Q4", None)),
        ("the 1988 second quarter", ("the 1988 second quarter", "DATE", "1988-Q2", None)),
        ("the past two quarters", ("the past two quarters", "DURATION", "P2Q", None)),
        ("in the year-ago quarter, it", ("the year-ago quarter", "DATE", "2020-Q3", None)),
        ("in the comparable year-earlier period", ("the comparable year-earlier period", "DATE", "2020", None)),
        ("compared with year-earlier results", ("year-earlier", "DATE", "2020", None)),
        ("the previous Friday", ("the previous Friday", "DATE", "2021-12-24", None)),
        ("at least 30 days", ("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")),
        ("the current fiscal year", ("the current fiscal year", "DATE", "2021", None)),
        ("the truce is due to last 72 hours.", ("72 hours", "DURATION", "PT72H", None)),
        ("it will not last two weeks.", ("two weeks", "DURATION", "P2W", None)),
        ("a vote in the last week of January 2022.", ("the last week of January 2022", "DATE", "2022-W04", None)),
        ("talks resume in the first week of next month.", ("the first week of next month", "DATE", "2022-W01", None)),
        ("in the second week of March 2021, it", ("the second week of March 2021", "DATE", "2021-W10", None)),
        ("discussed the tasks for the year 2022, which", ("the year 2022", "DATE", "2022", None)),
    ],
)
def test_expressions(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert _one(text) == expected


def test_weekday_follows_the_tense() -> None:
    assert weekday_date("Tuesday", ANCHOR, "past") == date(2021, 12, 28)
    assert weekday_date("Thursday", ANCHOR, "past") == ANCHOR
    assert weekday_date("Tuesday", ANCHOR, "future") == date(2022, 1, 4)


def test_a_month_day_without_year_is_the_nearest_in_the_tense() -> None:
    assert _one("on Dec. 15", "past")[2] == "2021-12-15"
    assert _one("on Feb. 1", "future")[2] == "2022-02-01"
    assert _one("on Feb. 1", "past")[2] == "2021-02-01"


def test_ages_and_counts_are_not_times() -> None:
    assert find_timexes("a 52 years old man and 2000 troops", lambda _: ("past", ""), ANCHOR) == []
    assert find_timexes("a quarter of the votes", lambda _: ("past", ""), ANCHOR) == []
    assert find_timexes("Iraq imports about three-quarters of its food", lambda _: ("past", ""), ANCHOR) == []
    assert find_timexes("nearly three quarters wanting a new referendum", lambda _: ("past", ""), ANCHOR) == []
    assert find_timexes("in three quarters of the cases", lambda _: ("past", ""), ANCHOR) == []


def test_quarters_after_a_word_of_time_are_a_duration() -> None:
    assert _one("profitable after several quarters of losses")[1:3] == ("DURATION", "PXQ")
    assert _one("for two quarters in a row")[1:3] == ("DURATION", "P2Q")


def _days(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.value) for f in find_timexes(text, lambda _: ("past", text), anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("surveyed between December 17 and 21 2018.", [("December 17", "2018-12-17"), ("21 2018", "2018-12-21")]),
        ("held from Dec. 17-21, 2018.", [("Dec. 17", "2018-12-17"), ("21, 2018", "2018-12-21")]),
        ("the summit on April 24 and 25.", [("April 24", "2021-04-24"), ("25", "2021-04-25")]),
        ("between 17 and 21 December 2018", [("17", "2018-12-17"), ("21 December 2018", "2018-12-21")]),
        ("from 3-4 May, 2019", [("3", "2019-05-03"), ("4 May, 2019", "2019-05-04")]),
        ("on 21 December the vote", [("21 December", "2021-12-21")]),
        ("on the 17th of December", [("17th of December", "2021-12-17")]),
    ],
)
def test_both_days_of_a_range_are_dates_of_the_year_written_after_the_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert _days(text) == expected


def test_a_number_after_a_date_is_no_day_of_it() -> None:
    """'On December 17 21 people died': 21 is a count; '17-21' without a month is a score."""
    assert _days("On December 17 21 people died, and on May 5, 12 more.") == [("December 17", "2021-12-17"), ("May 5", "2021-05-05")]
    assert _days("The score was 17-21 in December.") == [("December", "2021-12")]


def test_every_alternative_of_a_rule_stops_at_word_edges() -> None:
    """'12 Americans' is no '12 am', the 'noon' of 'afternoon' no noon."""
    assert find_timexes("including 12 Americans", lambda _: ("past", ""), ANCHOR) == []
    assert [f.value for f in find_timexes("By mid afternoon", lambda _: ("past", ""), ANCHOR)] == ["2021-12-30TAF"]  # not noon


def test_without_an_anchor_relative_values_stay_open() -> None:
    assert _one("on Tuesday", anchor=None)[2] == "XXXX-WXX-2"
    assert _one("on Friday afternoon", anchor=None)[1:3] == ("TIME", "XXXX-WXX-5TAF")  # the part of the day is known


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("in the year two thousand", "the year two thousand", "2000"),
        ("since January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01"),
        ("during the winter of nineteen ninety-four", "the winter of nineteen ninety-four", "1994-WI"),
        ("it took a minute and a half", "a minute and a half", "PT1M30S"),
        ("after 2 1/2 years", "2 1/2 years", "P2Y6M"),
        ("for two and a half hours", "two and a half hours", "PT2H30M"),
        ("flights leave each July", "each July", "XXXX-07"),
    ],
)
def test_spoken_years_halves_and_monthly_sets(text: str, words: str, value: str) -> None:
    (found,) = find_timexes(text, lambda _offset: ("past", ""), date(1998, 2, 1))
    assert (text[found.start : found.end], found.value) == (words, value)


def test_the_tense_of_a_date_reads_schedules_and_payments_as_ahead() -> None:
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import context_finder

    nlp = load_pipeline()
    for sentence, value in [
        ("ONEIDA Ltd. declared a 10% stock dividend, payable Feb. 15 to stock of record.", "2022-02-15"),
        ("The sale is scheduled to close Monday, the company said.", "2022-01-03"),
        ("They said they expect the transaction to be completed by Feb. 20.", "2022-02-20"),
        ("The talks were held on Monday in Belfast.", "2021-12-27"),
        ("“I’ll vote for her in November,” she said.", "2022-11"),
        ("Officials postponed until Tuesday any action on the permit.", "2022-01-04"),
        ("The agency has given the family until Tuesday to sign.", "2022-01-04"),
        ("The mayor has scheduled a news conference Monday.", "2022-01-03"),
        ("Castro said the family could be ready to leave as soon as Tuesday.", "2022-01-04"),
        ("Other former Warsaw Pact countries to accede to NATO on Monday were also Poland and the Czech Republic.", "2021-12-27"),
        ("The offer had been scheduled to expire Monday, the company said.", "2021-12-27"),
        ("It had been due to expire Monday.", "2021-12-27"),
        ("Yoon said on Monday he would not resign.", "2021-12-27"),  # the saying's day, though the parse hangs it on 'resign'
        ("Yoon told reporters on Monday he would not resign.", "2021-12-27"),
        ("Yoon said he would resign on Monday.", "2022-01-03"),
        ("The president dissolved parliament and called a snap election for Feb. 14.", "2022-02-14"),  # the day set: ahead
        ("The president called a snap election and dissolved parliament on Dec. 14.", "2021-12-14"),
    ]:
        (found,) = [f for f in find_timexes(sentence, context_finder(nlp(sentence)), ANCHOR) if f.type == "DATE"]
        assert found.value == value, sentence


def test_the_latest_quarter_is_the_last_complete_one_in_any_tense() -> None:
    assert _one("revenue in the latest quarter", "future")[2] == _one("revenue in the latest quarter", "past")[2] == "2021-Q3"
    assert _one("in the current quarter", "past")[2] == "2021-Q4"


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("to close by year-end.", "future", ("year-end", "DATE", "2021", "END")),
        ("has risen since year-end.", "past", ("year-end", "DATE", "2020", "END")),
        ("in the 20th century", "past", ("the 20th century", "DATE", "19", None)),
        ("songs of the nineties", "past", ("the nineties", "DATE", "199", None)),
        ("it lasted for years", "past", ("years", "DURATION", "PXY", None)),
        ("for the year ended March 31", "past", ("the year", "DURATION", "P1Y", None)),
        ("sales in the latest period", "past", ("the latest period", "DATE", "2021-Q3", None)),
        ("in the near future", "future", ("the near future", "DATE", "FUTURE_REF", None)),
        ("at mid-afternoon yesterday", "past", ("mid-afternoon yesterday", "TIME", "2021-12-29TAF", None)),
        ("yesterday morning, police", "past", ("yesterday morning", "TIME", "2021-12-29TMO", None)),
    ],
)
def test_year_ends_centuries_decades_vague_spans_and_fiscal_years(text: str, tense: str, expected: tuple[str, str, str | None, str | None]) -> None:
    found = [f for f in find_timexes(text, lambda _: (tense, text), ANCHOR) if f.type != "DATE" or "March" not in text[f.start : f.end]]
    assert (text[found[0].start : found[0].end], found[0].type, found[0].value, found[0].mod) == expected


@pytest.mark.parametrize(
    ("text", "tense", "anchor", "expected"),
    [
        ("was found on Thanksgiving Day clinging", "past", date(2000, 1, 7), ("Thanksgiving Day", "1999-11-25")),
        ("as Easter week began", "past", date(2000, 4, 17), ("Easter week", "2000-W16")),
        ("until next Christmas", "future", ANCHOR, ("next Christmas", "2022-12-25")),
        ("on New Year’s Eve", "past", ANCHOR, ("New Year’s Eve", "2020-12-31")),
        ("before Labor Day", "future", date(2021, 6, 1), ("Labor Day", "2021-09-06")),
        ("would strike after Eid al-Fitr", "future", date(2020, 6, 10), ("Eid al-Fitr", "2021-05-13")),
        ("markets were quiet during Eid ul-Adha", "past", date(2020, 6, 10), ("Eid ul-Adha", "2019-08-11")),
        ("pilgrims marked Ashura", "past", ANCHOR, ("Ashura", "2021-08-18")),
        ("walked to Karbala for Arbaeen", "past", ANCHOR, ("Arbaeen", "2021-09-27")),
    ],
)
def test_holidays_fall_in_the_year_the_tense_points_to(text: str, tense: str, anchor: date, expected: tuple[str, str]) -> None:
    (found,) = find_timexes(text, lambda _: (tense, text), anchor)
    assert (text[found.start : found.end], found.value) == expected


def test_an_islamic_holiday_beyond_the_umm_al_qura_calendar_has_no_value_and_no_year_none_either() -> None:
    text = "The group said it would strike after Eid al-Fitr."
    assert [(f.value, f.type) for f in find_timexes(text, lambda _: ("future", text), date(1900, 3, 1))] == [(None, "DATE")]
    assert [(f.value, f.type) for f in find_timexes(text, lambda _: ("future", text), None)] == [(None, "DATE")]  # a day no year fixes


def test_words_of_a_holiday_name_before_a_noun_are_no_date() -> None:
    text = "a Christmas tree on Christmas Island, the Good Friday Agreement, the Good Friday agreement, Ireland's Good Friday peace agreement"
    assert find_timexes(text, lambda _: ("past", ""), ANCHOR) == []
    (friday,) = find_timexes("under Friday’s agreement", lambda _: ("past", ""), ANCHOR)
    assert friday.value == "2021-12-24"


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_a_holiday_set_beside_its_date_is_that_date(anchor: date | None) -> None:
    text = "Hostilities lasted until April 10, 1998, Good Friday, which began the peace process."
    found = find_timexes(text, lambda _: ("past", text), anchor)
    assert [(text[f.start : f.end], f.value) for f in found] == [("April 10, 1998", "1998-04-10"), ("Good Friday", "1998-04-10")]


@pytest.mark.parametrize(
    ("text", "words", "value", "mod"),
    [
        ("He was killed on Oct. 23, 1998. Earlier that day, the family left.", "Earlier that day", "1998-10-23", "START"),
        ("She fled in June 1998 and returned later that year.", "later that year", "1998", "END"),
        ("The treaty was signed in 1994 and ratified two years later.", "two years later", "1996", None),
        ("Talks began in March 1989. The following month, they failed.", "The following month", "1989-04", None),
        ("He arrived on Feb. 21, 2000, and appeared in court the next morning.", "the next morning", "2000-02-22TMO", None),
        ("He resigned in 1996; that day nobody knew.", "that day", "2021-12-30", None),  # a year says no day: the anchor's
    ],
)
def test_that_day_and_the_following_year_count_from_the_date_before(text: str, words: str, value: str, mod: str | None) -> None:
    found = find_timexes(text, lambda _: ("past", text), ANCHOR)
    last = found[-1]
    assert (text[last.start : last.end], last.value, last.mod) == (words, value, mod)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("a court hearing the week of March 6, 2000,", "the week of March 6, 2000", "2000-W10"),
        ("a vote pencilled in for the week beginning January 10th.", "the week beginning January 10th", "2022-W02"),
        ("a vote in the week commencing 3rd of January.", "the week commencing 3rd of January", "2022-W01"),
        ("the post-1959 politics", "post-1959", "1959"),
        ("before a judge at midday", "midday", "2021-12-30T12:00"),
    ],
)
def test_weeks_of_a_day_years_after_a_prefix_and_midday(text: str, words: str, value: str) -> None:
    (found,) = find_timexes(text, lambda _: ("past", text), ANCHOR)
    assert (text[found.start : found.end], found.value) == (words, value)


def test_titles_and_newspapers_are_not_times() -> None:
    """A film (``High Noon''), a programme (''60 Minutes''), a newspaper (the daily Granma)."""
    text = "a picture from the film ``High Noon'', an interview on ''60 Minutes'' and the Communist Party daily Granma"
    assert find_timexes(text, lambda _: ("past", ""), ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("takes the pill twice a day", ("twice a day", "SET", "P1D", None)),
        ("meets three times a year", ("three times a year", "SET", "P1Y", None)),
        ("troops fired at 0930 GMT on Tuesday", ("0930 GMT on Tuesday", "TIME", "2021-12-28T09:30", None)),
        ("9:05 GMT - Death toll rises to 27", ("9:05 GMT", "TIME", "2021-12-30T09:05", None)),
        ("spoke to reporters the other day", ("the other day", "DATE", "PAST_REF", None)),
    ],
)
def test_frequencies_wire_clock_times_and_the_other_day(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert _one(text) == expected


def test_a_value_counted_from_an_earlier_date_names_it() -> None:
    text = "She fled in June 1998 and returned later that year; that day in 2001 nobody knew."
    june, later, that_day, year = find_timexes(text, lambda _: ("past", text), ANCHOR)
    assert later.counted_from == june.start and not later.anchored
    assert that_day.counted_from is None and that_day.anchored  # a year gives no day: the anchor's


@pytest.mark.parametrize(
    ("text", "words", "kind", "value", "counted_from"),
    [
        ("He was shot at 10 p.m. on Friday. An hour later, he died.", "An hour later", "TIME", "2021-12-24T23:00", "10 p.m."),
        ("He was shot at 11:30 p.m. on Friday and died 45 minutes later.", "45 minutes later", "TIME", "2021-12-25T00:15", "11:30"),
        ("He was shot on Friday. Two hours later, he died.", "Two hours", "DURATION", "PT2H", None),  # no clock to count from
        ("The vote came three hours ago.", "three hours", "DURATION", "PT3H", None),
        ("Police had arrived 20 minutes earlier.", "20 minutes", "DURATION", "PT20M", None),
    ],
)
def test_hours_later_count_from_a_clock_time_or_are_how_long(text: str, words: str, kind: str, value: str, counted_from: str | None) -> None:
    last = find_timexes(text, lambda _: ("past", text), ANCHOR)[-1]
    assert (text[last.start : last.end], last.type, last.value) == (words, kind, value)
    assert last.counted_from == (text.index(counted_from) if counted_from else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("due by April 31 at noon", [("April", "2022-04"), ("noon", "2021-12-30T12:00")]),  # no such day: the month
        ("concluding the process by Feb. 29, the", [("Feb. 29", "XXXX-02-29")]),  # not in 2022: its year unknown
        ("on Feb. 29, 2020 the", [("Feb. 29, 2020", "2020-02-29")]),
        ("filed on 2021-02-30 and", []),
        ("filed on 2/30/2021 and", [("2021", "2021")]),
    ],
)
def test_a_day_the_calendar_lacks_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    """'April 31' stopped the whole article's analysis (no year has it); 'Feb. 29' counted into a year
    without one gave a value no calendar reads."""
    assert [(text[f.start : f.end], f.value) for f in find_timexes(text, lambda _: ("present", text), ANCHOR)] == expected


def test_a_leap_day_can_be_counted_from() -> None:
    text = "The vote was held on Feb. 29, 2000. The following day, the count began."
    *_, following = find_timexes(text, lambda _: ("past", text), ANCHOR)
    assert (following.value, following.counted_from) == ("2000-03-01", text.index("Feb."))


def test_a_number_of_years_read_out_is_no_year() -> None:
    assert find_timexes("kept their secrets for two thousand years.", lambda _: ("past", ""), ANCHOR) == []


def test_this_past_season_is_the_latest_one_begun() -> None:
    assert _one("this past spring, the", anchor=date(1998, 1, 8))[2] == "1997-SP"
    assert _one("this past spring, the", anchor=date(1989, 10, 30))[2] == "1989-SP"


def test_an_index_value_and_a_programme_title_before_a_comma_are_no_times() -> None:
    for text in ("the index shed 47.3 points to close at 2082.1, down 4.5%.", "speaking on ABC News' \"This Week,\" said the"):
        assert find_timexes(text, lambda _: ("past", text), ANCHOR) == []


def test_a_surname_that_is_a_month_is_a_name_where_it_stands_alone() -> None:
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import context_finder, name_spans

    nlp = load_pipeline()
    text = (
        "Prime Minister Theresa May lost the vote on Tuesday. Labour leader Jeremy Corbyn said May had failed. "
        "May told Parliament that May's deal was not dead. Elections are due in May, and the vote on May 29."
    )
    doc = nlp(text)
    found = find_timexes(text, context_finder(doc), ANCHOR, names=name_spans(doc))
    assert [(text[f.start : f.end], f.value) for f in found if "May" in text[f.start : f.end]] == [("May", "2022-05"), ("May 29", "2022-05-29")]


def test_a_march_on_a_city_is_no_month() -> None:
    """Lines from the PTC and PolNeAR articles, where each of these 'March' was read as March of the year."""
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import context_finder, name_spans

    nlp = load_pipeline()
    text = (
        "Sanders participated in the 1963 March on Washington as a student. Migrant Caravan Resumes March to US Border. "
        "He is vice president at the March of Dimes. The leader of the Coalition to Stop Trump and March on the RNC spoke. "
        "In March on Capitol Hill, senators voted. The bill passed last March for the first time."
    )
    doc = nlp(text)
    found = find_timexes(text, context_finder(doc), ANCHOR, names=name_spans(doc))
    assert [(text[f.start : f.end], f.value) for f in found] == [("1963", "1963"), ("March", "2021-03"), ("last March", "2021-03")]


def test_a_frequency_word_capitalised_inside_a_sentence_is_a_name() -> None:
    text = "Speier told Chuck Todd on Meet the Press Daily that it was over. Daily, the trains run late."
    assert [(text[f.start : f.end], f.value) for f in find_timexes(text, lambda _: ("past", text), ANCHOR)] == [("Daily", "P1D")]


def test_the_weekday_of_publication_ahead_is_that_day() -> None:
    """'Clinton will deliver her speech Thursday night', published on a Thursday: that evening."""
    assert weekday_date("Thursday", ANCHOR, "future") == ANCHOR


def test_a_first_name_before_may_makes_it_a_surname_though_the_model_saw_no_person() -> None:
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import name_spans

    text = "Theresa May lost the vote. May said no. In May it rained, and Sunday May 5 was dry."
    doc = load_pipeline().make_doc(text)  # no entities at all
    names = {text[start:end] for start, end in name_spans(doc)}
    starts = {start for start, end in name_spans(doc) if text[start:end] == "May"}
    assert names == {"May"} and starts == {text.index("May "), text.index("May said")}


@pytest.mark.parametrize(("text", "value"), [("several years ago", "PAST_REF"), ("a few weeks from now", "FUTURE_REF"), ("three years ago", "2018")])
def test_an_unnumbered_time_ago_or_from_now_is_the_past_or_the_future(text: str, value: str) -> None:
    (found,) = find_timexes(f"It happened {text}.", lambda _: ("past", text), ANCHOR)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("fireworks on New Year's Eve drew crowds", "XXXX-12-31"), ("home by Christmas, he said", "XXXX-12-25"), ("closed on Good Friday", None)],
)
def test_without_a_date_to_count_from_a_holiday_on_a_fixed_day_keeps_its_day(text: str, value: str | None) -> None:
    assert _one(text, anchor=None)[2] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she leads in Saturday's primary", "2022-01-01"),  # said on a Thursday: two days ahead
        ("over Monday's closing price", "2021-12-27"),  # four days ahead or three back: the one before
        ("the polls for Thursday's vote", "2021-12-30"),
    ],
)
def test_a_weekday_s_event_named_in_the_present_is_the_coming_one_only_when_it_is_days_away(text: str, value: str) -> None:
    assert _one(text, tense="present")[2] == value


def test_the_last_week_of_something_is_not_last_week() -> None:
    assert _one("with Romney in the last week of the race")[1:3] == ("DATE", None)


def test_at_the_end_of_the_day_is_no_day() -> None:
    assert find_timexes("At the end of the day, it just became a lot of people.", lambda _: ("past", ""), ANCHOR) == []
    assert _one("By the end of the day, the votes were counted.")[2] == "2021-12-30"


def test_likely_to_points_ahead(analyzer: Analyzer) -> None:
    text = "Two in three said they are less likely to vote Republican in November."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=False, published=date(2016, 4, 22)))
    assert [t.value for t in a.timexes] == ["2016-11"]  # the coming November, not the one before the poll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ships carrying 3,000 lorries a day", ("a day", "SET", "P1D", None)),
        ("save $500 million a year in costs", ("a year", "SET", "P1Y", None)),
        ("up from four flights a week", ("a week", "SET", "P1W", None)),
        ("the smallest gain in a year", ("a year", "DURATION", "P1Y", None)),
        ("rose 2% in a year", ("a year", "DURATION", "P1Y", None)),
        ("he offered him a week", ("a week", "DURATION", "P1W", None)),
    ],
)
def test_an_amount_a_day_is_a_rate(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert _one(text) == expected


def test_a_surname_that_is_a_month_is_the_person_where_something_is_hers_or_she_acts() -> None:
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import context_finder, name_spans

    text = (
        "Prime Minister Theresa May spoke. Parliament will vote on May's withdrawal agreement, in the aftermath of May receiving "
        "the backing of Parliament. Since May became prime minister, prices rose. Turnout may rise ahead of May's elections. "
        "Sales fell during May's first week."
    )
    doc = load_pipeline()(text)
    found = find_timexes(text, context_finder(doc), ANCHOR, names=name_spans(doc))
    assert [(text[f.start : f.end], text[f.end : f.end + 12]) for f in found] == [("May", "'s elections"), ("May", "'s first wee")]


def test_a_month_after_a_possessive_names_a_thing_unless_a_day_follows() -> None:
    from presslens.pipeline.nlp import load_pipeline
    from presslens.pipeline.temporal import context_finder, name_spans

    text = "Groups behind the People's March were funded by the EU, before Britain's March 29 departure and last year's March figures."
    doc = load_pipeline()(text)
    found = find_timexes(text, context_finder(doc), ANCHOR, names=name_spans(doc))
    assert [text[f.start : f.end] for f in found] == ["March 29", "last year", "March"]


def test_newspapers_and_programmes_named_after_a_day_are_no_times(analyzer: Analyzer) -> None:
    text = (
        "Rees-Mogg wrote in the Sunday Express, Mrs May in the Mail on Sunday. Hunt told BBC Radio 4's Today programme "
        "that MPs could win. Today, Russia is resurgent, he said on Sunday."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=False).model_copy(update={"published": date(2019, 1, 7)}))
    assert [(a.text_of(t), t.value) for t in a.timexes] == [("Today", "2019-01-07"), ("Sunday", "2019-01-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exit day means 29 March 2019 at 11.00 p.m. under the Act", [("29 March 2019", "2019-03-29"), ("11.00 p.m.", "2019-03-29T23:00")]),
        ("they met on Tuesday, 9.30am, and left", [("Tuesday", "2021-12-28"), ("9.30am", "2021-12-28T09:30")]),
        ("he left at 3:45 p.m. and came back", [("3:45 p.m.", "2021-12-30T15:45")]),
    ],
)
def test_a_clock_time_right_after_a_day_is_on_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[f.start : f.end], f.value) for f in find_timexes(text, lambda _: ("past", text), ANCHOR)] == expected


def test_days_named_after_a_weekday_are_that_day_or_no_weekday_of_this_week() -> None:
    text = "after Bloody Sunday and Super Tuesday, on Black Friday, Cyber Monday and Ash Wednesday"
    found = find_timexes(text, lambda _: ("past", text), date(2019, 1, 6))
    assert [(text[f.start : f.end], f.value) for f in found] == [
        ("Black Friday", "2018-11-23"),
        ("Cyber Monday", "2018-11-26"),
        ("Ash Wednesday", "2018-02-14"),
    ]


def test_the_day_of_a_saying_is_no_day() -> None:
    text = "Hezbollah came to save the day; he switched late in the day, when chaos was the order of the day."
    assert find_timexes(text, lambda _: ("past", text), ANCHOR) == []


def test_a_rule_skipped_for_lacking_its_words_could_not_have_matched() -> None:
    """``needs`` lets a rule skip a text without its words; every match of such a rule holds one of them."""
    text = (
        "In the early 1990s and the '80s, in nineteen ninety-eight and the spring of nineteen ninety, last summer, "
        "the third quarter, the 20th century, the sixties, for years, the year-ago quarter, year-earlier results, "
        "the past few weeks, several months, last Tuesday night, at 0930 GMT Monday, this evening, mid-afternoon "
        "yesterday, last night, today, tonight, tomorrow morning, on Valentine’s Day, The Fourth of July, New Year's Eve, "
        "Martin Luther King Jr. Day, Good Friday, Easter Monday, Thanksgiving, Christmas Eve and Boxing Day, Eid el-Fitr, Ashura, Arbaeen, "
        "twice a week for two and a half years, on the 10th of next month, in the last week of November, overnight."
    )
    seen = set()
    for pattern, function, needs in _RULES:
        for match in pattern.finditer(text) if needs else ():
            assert any(word in match.group(0).lower() for word in needs), (function.__name__, match.group(0))
            seen.add(function.__name__)
    assert seen == {function.__name__ for _, function, needs in _RULES if needs}


def test_midnight_ahead_is_the_one_ending_the_day() -> None:
    assert _one("The truce will expire at midnight.", tense="future") == ("midnight", "TIME", "2021-12-30T24:00", None)


def test_overnight_is_the_night_before_the_report_but_not_the_idiom_of_suddenness() -> None:
    assert _one("Russia launched 40 drones overnight, officials said.") == ("overnight", "TIME", "2021-12-29TNI", None)
    for text in ("Change will not happen overnight.", "She became an overnight success.", "It was virtually overnight."):
        assert find_timexes(text, lambda _: ("past", text), ANCHOR) == [], text
