"""Dating an article: the publication date a wire dateline carries (it narrows an inferred date and checks a given one), and dates the text implies."""

from datetime import date

from presslens import Analysis, Analyzer, build_article

TEXT = (
    "Blige sings for Clinton\n"
    "LOS ANGELES, Sept. 28 (UPI) — Mary J. Blige sings to Hillary Clinton in a clip released on Tuesday. "
    "The full interview will premiere on Sept. 30, 2016 on Apple Music."
)


def _analyse(analyzer: Analyzer, published: date | None) -> Analysis:
    article = build_article(TEXT, source=None, headline_first_line=True)
    return analyzer.analyze(article.model_copy(update={"published": published}))


def test_the_dateline_day_pins_the_inferred_publication_date_and_relative_dates_follow(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, None)
    publication = a.publication
    assert publication.source == "inferred" and publication.date == date(2016, 9, 28)
    assert "dateline" in publication.evidence[0].why and a.text_of(publication.evidence[0].span) == "Sept. 28"
    tuesday = next(t for t in a.timexes if a.text_of(t) == "Tuesday")
    assert (tuesday.value, tuesday.inferred) == ("2016-09-27", True)


def test_a_headline_dating_the_record_it_heads_dates_the_publication(analyzer: Analyzer) -> None:
    text = (
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 20, 2026\n\n"
        "AFP: The coast guard said on Tuesday that its ship was hit. What's China's response?\n\n"
        "Mao Ning: The vessel intruded into the waters without permission.\n\n"
        "Bloomberg: A senior official said yesterday that Washington stands with its ally. Do you have any comment?\n\n"
        "Mao Ning: The U.S. is not a party to the issue.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert (a.publication.source, a.publication.date) == ("inferred", date(2026, 11, 20))
    assert "record" in a.publication.evidence[0].why and a.text_of(a.publication.evidence[0].span) == "November 20, 2026"
    assert {a.text_of(t): t.value for t in a.timexes if t.anchored} == {"Tuesday": "2026-11-17", "yesterday": "2026-11-19"}
    # a headline naming a coming event is no record of it
    preview = analyzer.analyze(build_article(text.replace("Regular Press Conference", "Visit to Brazil"), source=None, headline_first_line=True))
    assert preview.publication.date is None
    # nor is a first sentence read as the headline, a sentence that names a statement and a date to come
    sentence = "Sun Microsystems announced the effectiveness of its registration statement for debentures due Oct. 15, 1999.\n\nThe company said the debentures are being issued.\n"
    assert analyzer.analyze(build_article(sentence, source=None, headline_first_line=True)).publication.date is None


def test_a_dateline_day_without_a_year_dates_what_any_year_dates_alike(analyzer: Analyzer) -> None:
    text = (
        "China opposes arms sales\n"
        "BEIJING, Nov. 28 (Xinhua) -- A spokesperson said on Monday that China would respond. "
        "Earlier this month, the agency said it would visit two days ago and again next month."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    publication = a.publication
    assert (publication.source, publication.value, publication.date, publication.earliest) == ("inferred", "XXXX-11-28", None, None)
    assert a.text_of(publication.evidence[0].span) == "Nov. 28" and "a year the text does not give" in publication.evidence[0].why
    values = {a.text_of(t): (t.value, t.inferred) for t in a.timexes}
    assert values["Monday"] == ("XXXX-WXX-1", False)  # its date depends on the year
    assert values["Earlier this month"] == ("XXXX-11", True)
    assert values["two days ago"] == ("XXXX-11-26", True)
    assert values["next month"] == ("XXXX-12", True)


def test_a_given_publication_date_the_dateline_contradicts_is_a_finding_a_day_apart_is_not(analyzer: Analyzer) -> None:
    (finding,) = [f for f in _analyse(analyzer, date(2016, 5, 1)).findings if f.kind == "date_inconsistency"]
    assert finding.value == "2016-09-28" and "2016-05-01" in finding.why
    assert not [f for f in _analyse(analyzer, date(2016, 9, 29)).findings if f.kind == "date_inconsistency"]


def test_a_date_word_inside_a_name_is_no_time(analyzer: Analyzer) -> None:
    text = "Prime Minister Theresa May said in May 2019 that Mrs May's deal was dead, Apocalypse Now aside."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=False).model_copy(update={"published": date(2019, 6, 1)}))
    assert [(a.text_of(t), t.value) for t in a.timexes] == [("May 2019", "2019-05")]


def test_a_named_year_alone_is_only_a_lower_bound_and_relative_dates_stay_open(analyzer: Analyzer) -> None:
    text = "Mueller's inquiry lasted 674 days.\nThe investigation began after the 2016 election. Barr wrote on Friday that it was over."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert (a.publication.source, a.publication.earliest, a.publication.latest) == ("inferred", date(2016, 1, 1), None)
    assert "then or later" in a.publication.evidence[0].why
    friday = next(t for t in a.timexes if a.text_of(t) == "Friday")
    assert (friday.value, friday.inferred) == ("XXXX-WXX-5", False)


def _undated(analyzer: Analyzer, *lines: str) -> Analysis:
    """An article with a headline and no publication date."""
    return analyzer.analyze(build_article("\n".join(lines), source=None, headline_first_line=True))


def test_a_date_counted_back_names_the_dated_thing_and_ends_the_event_with_its_sentence(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "How the inquiry began",
        "It started May 17, 2017, eight days after President Trump fired FBI Director James Comey.",
        "Mueller, a former prosecutor, was given a broad mandate.",
    )
    (finding,) = [f for f in a.findings if f.kind == "derived_date"]
    assert finding.value == "2017-05-09"
    assert finding.why.startswith("the text dates it 2017-05-17 ('May 17, 2017') and says it came eight days after")
    assert "for when President Trump fired FBI Director James Comey (2017-05-17 - 8D)" in finding.why


def test_a_date_counted_back_names_the_dated_thing_and_the_event_without_their_appositions(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "Bishops sign",
        "Curt Schilling, a former pitcher, was fired on May 4, 2016, a day after he drew criticism for his posts.",
        "Bishop Eleganti announced his support of the profession on February 2, 2018. His support comes just three days "
        "after Bishop Athanasius Schneider, auxiliary of Astana, Kazakstan, invited the world's bishops to sign the document.",
    )
    fired, support = [f for f in a.findings if f.kind == "derived_date"]
    assert fired.value == "2016-05-03"
    assert fired.why.startswith("the text dates Curt Schilling 2016-05-04 ('May 4, 2016') and says it came a day after he drew")
    assert support.value == "2018-01-30" and support.why.startswith("the text dates his support 2018-02-02")
    assert "for when Bishop Athanasius Schneider invited the world's bishops to sign the document (2018-02-02 - 3D)" in support.why


def test_a_date_right_after_after_dates_what_the_main_clause_tells(analyzer: Analyzer) -> None:
    text = (
        "Talks set\n"
        "DOHA, Nov 28 (Reuters) - Negotiators will meet again on Tuesday. "
        "The previous round ended two days after the October 7 anniversary. The summit opened three days before December 1."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True).model_copy(update={"published": date(2026, 11, 28)}))
    derived = [(a.text_of(f.span), f.value) for f in a.findings if f.kind == "derived_date"]
    assert derived == [("two days after", "2026-10-09"), ("three days before", "2026-11-28")]  # not counted from 'Tuesday' before
    assert "the previous round" in next(f.why for f in a.findings if f.value == "2026-10-09")


def test_the_event_after_after_ends_with_its_noun_phrase(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "First appointment",
        "Carballo was the pope's very first appointment, April 6, 2013, three weeks after the Conclave and it was to him "
        "that the pope gave the task.",
    )
    (finding,) = [f for f in a.findings if f.kind == "derived_date"]
    assert finding.value == "2013-03-16" and "for the Conclave (2013-04-06 - 3W)" in finding.why


def test_a_date_in_the_sentence_before_dates_only_what_the_main_clause_tells(analyzer: Analyzer) -> None:
    text = (
        "On Saturday in the second debate, Mrs. Clinton declined to answer a question about the attacks.",
        "But she did contradict Mr. Obama's comments, made in a television interview recorded a day before the attacks, "
        "that the group had been contained.",
    )
    a = analyzer.analyze(build_article("\n".join(text), source=None, headline_first_line=False, published=date(2015, 11, 18)))
    assert not [f for f in a.findings if f.kind == "derived_date"]
    seed_like = analyzer.analyze(
        build_article(
            "A bill was passed into law on January 3, 2020. The bill came two days after the assassination.",
            source=None,
            headline_first_line=False,
        )
    )
    (finding,) = [f for f in seed_like.findings if f.kind == "derived_date"]
    assert finding.value == "2020-01-01"


def test_a_count_of_more_than_or_about_a_duration_implies_a_bound_and_counts_from_its_own_sentence_time(analyzer: Analyzer) -> None:
    text = (
        "The letter was dated 3 March 2015. That was more than two weeks before the bishop's ordination.",
        "California votes on June 7.",
        "Sanders was in San Diego on Tuesday night, more than two months before the state votes.",
        "The strike came on April 2, 2016, about three days after the talks ended.",
    )
    a = analyzer.analyze(build_article("\n".join(text), source=None, headline_first_line=False, published=date(2016, 3, 23)))
    ordination, votes, strike = [f for f in a.findings if f.kind == "derived_date"]
    assert ordination.value == "2015-03-17" and "implies a date after 2015-03-17 for the bishop's ordination" in ordination.why
    assert votes.value == "2016-05-22" and "dates Sanders 2016-03-22 ('Tuesday night')" in votes.why
    assert "implies a date after 2016-05-22 for the state votes" in votes.why
    assert strike.value == "2016-03-30" and "implies about 2016-03-30 for when the talks ended" in strike.why


def test_a_pronoun_that_is_the_dated_things_name_is_said_as_an_object(analyzer: Analyzer) -> None:
    a = _undated(analyzer, "Leaving the show", "He left the show on January 24, 2016, five days after the premiere.")
    (finding,) = [f for f in a.findings if f.kind == "derived_date"]
    assert finding.why.startswith("the text dates him 2016-01-24")


def test_with_only_the_year_inferred_a_value_keeps_the_month_day_or_weekday_the_words_name(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "Budget vote delayed",
        "The council postponed on Tuesday a vote it had first set for December 22. It promised a budget by the end "
        "of 2019, and members said last week that none would pass by the end of the current year.",
    )
    assert a.publication.earliest == date(2019, 1, 1) and a.publication.latest == date(2019, 12, 31)
    values = {a.text_of(t): (t.value, t.inferred) for t in a.timexes}
    assert values["Tuesday"] == ("2019-WXX-2", True)
    assert values["last week"] == ("2019-WXX", True)
    assert values["December 22"] == ("XXXX-12-22", True)  # its year hangs on the publication day


def test_only_dates_told_as_past_bound_the_publication_date(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "Plant to close",
        "The plant opened in 1998 and will close by 2030. The owners agreed in 2003 to shut it down by 2023. "
        "Cruz entered the 2016 race a year ago, and a poll of 2047 registered voters found him ahead.",
    )
    assert (a.publication.source, a.publication.earliest, a.publication.latest) == ("inferred", date(2003, 1, 1), None)
    assert a.text_of(a.publication.evidence[0].span) == "2003" and "as past" in a.publication.evidence[0].why
    assert "2047" not in {a.text_of(t) for t in a.timexes}


def test_this_year_beside_an_earlier_year_does_not_make_it_the_year(analyzer: Analyzer) -> None:
    a = _undated(analyzer, "New Hampshire", "Clinton won the state in 2008. This year she trails in every poll.")
    assert (a.publication.earliest, a.publication.latest) == (date(2008, 1, 1), None)


def test_a_year_after_after_is_past_though_it_names_a_thing(analyzer: Analyzer) -> None:
    a = _undated(analyzer, "Inquiry", "The inquiry began after the 2016 election and ended without charges.")
    assert a.publication.earliest == date(2016, 1, 1)


def test_an_embedded_post_dates_the_article_on_or_after_the_day_it_was_posted(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "Lorries tested at Manston",
        "The airfield was used dozens of times in 2015 when ferries stopped.",
        "Lorries queue at the airfield. pic.twitter.com/Y6TKLTGGPy — Breitbart London (@BreitbartLondon) January 4, 2019",
        "The delays were so bad that the government stepped in.",
    )
    assert (a.publication.source, a.publication.earliest, a.publication.latest) == ("inferred", date(2019, 1, 4), None)
    assert a.text_of(a.publication.evidence[0].span) == "January 4, 2019" and "2019-01-04" in a.publication.evidence[0].why


def test_a_month_told_as_past_is_its_first_day_at_the_earliest(analyzer: Analyzer) -> None:
    a = _undated(analyzer, "Visas", "Serbia offered visa-free travel between August and October 2017, on March 29, 2017 the notice was sent.")
    assert a.publication.earliest == date(2017, 10, 1) and a.text_of(a.publication.evidence[0].span) == "October 2017"


def test_without_a_year_a_day_takes_the_year_of_the_full_date_just_before_it_when_that_bounds_the_publication(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "Members back a new vote",
        "YouGov surveyed 1,034 Labour Party members between December 17 and 21 2018.",
        "The pollster also surveyed 1,675 British adults on December 18-19.",
    )
    assert a.publication.earliest == date(2018, 12, 21) and a.publication.latest is None
    values = {a.text_of(t): (t.value, t.inferred, t.counted_from) for t in a.timexes}
    source = next(t.id for t in a.timexes if a.text_of(t) == "21 2018")
    assert values["December 18"] == ("2018-12-18", True, source)
    # a date older than the year the publication can be no earlier than dates nothing after it
    b = _undated(analyzer, "Talks", "The treaty was signed in August 1988.", "Officials said on Aug. 2 that talks had stalled, and the vote was held in May 2016.")
    assert next(t.value for t in b.timexes if b.text_of(t) == "Aug. 2") == "XXXX-08-02"


def test_a_weekday_the_calendar_does_not_give_a_date_written_in_full_is_a_finding(analyzer: Analyzer) -> None:
    a = _undated(
        analyzer,
        "The meeting",
        "It was held at the Radisson South Hotel, Minneapolis, on Tuesday, May 12, 1976, to assist the Archbishop. "
        "A second meeting followed on Friday, May 14, 1976, and a third on Monday, Jan. 5.",
    )
    (finding,) = [f for f in a.findings if f.kind == "date_inconsistency"]
    assert a.text_of(finding.span) == "Tuesday, May 12, 1976" and finding.value == "1976-05-12"
    assert finding.why.startswith("'Tuesday, May 12, 1976' names a Tuesday, but 1976-05-12 was a Wednesday")


def test_a_count_hung_on_the_reporting_verb_names_the_subject_of_the_dated_clause(analyzer: Analyzer) -> None:
    text = (
        "Strikes kill dozens overnight as truce talks stall\nGAZA, March 18 (Reuters) - Israeli strikes killed at least 40 "
        "people in the early hours of Monday, health officials said, a day after mediators met in Cairo."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True, published=date(2024, 3, 18)))
    (finding,) = [f for f in a.findings if f.kind == "derived_date"]
    assert finding.value == "2024-03-17" and finding.why.startswith("the text dates Israeli strikes 2024-03-18 ('Monday')")
