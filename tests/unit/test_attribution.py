"""Attribution rules on short articles written for the case each pins."""

from __future__ import annotations

from datetime import date

import pytest

from presslens import Analysis, Analyzer, build_article
from presslens.pipeline.attribution import _a_thing_for, _without_a_dangling_end, quotation_spans, rule_drafts


def _analyse(analyzer: Analyzer, text: str, published: date | None = None, headline: bool = False) -> Analysis:
    """The analysis of ``text``, its first line read as the headline when ``headline``."""
    article = build_article(text, source=None, headline_first_line=headline)
    return analyzer.analyze(article.model_copy(update={"published": published}))


def _speakers_by_words(a: Analysis) -> dict[str, str | None]:
    """The canonical name each speaker's words resolve to, by those words."""
    canonical = {e.id: e.canonical for e in a.entities}
    return {a.text_of(q.speaker.span): canonical.get(q.speaker.entity or "") for q in a.quotes if q.speaker.span}


def _speakers_and_how(a: Analysis) -> list[tuple[str | None, str]]:
    """Each quote's speaker (canonical name) and how it was resolved, in order."""
    return [(speaker, via) for _, _, _, speaker, via in _view(a)]


def _view(a: Analysis) -> list[tuple[str, str, str | None, str | None, str]]:
    canonical = {e.id: e.canonical for e in a.entities}
    return [
        (q.kind, a.text_of(q.content), q.cue_lemma, canonical.get(q.speaker.entity or ""), q.speaker.via)
        for q in a.quotes
    ]


def test_quotation_spans_curly_straight_and_across_paragraphs() -> None:
    text = '“One two,” he said. "Three four." \'\'Nine ten,\'\' she said. “Five six\n“Seven eight.”'
    spans = quotation_spans(text)
    assert [text[a:b] for a, b in spans] == ["One two,", "Three four.", "Nine ten,", "Five six\n“Seven eight."]


def test_a_straight_mark_closes_on_a_curly_one_past_a_line_end(analyzer: Analyzer) -> None:
    text = (
        'May told reporters that it was her deal:\n"The only way to avoid no deal is to agree the deal that the E.U.\n'
        "has made clear is the only deal,\u201d she said, before calling it a \u201cgood\u201d deal."
    )
    spans = [text[a:b] for a, b in quotation_spans(text)]
    assert spans == ["The only way to avoid no deal is to agree the deal that the E.U.\nhas made clear is the only deal,", "good"]
    said = [(kind, content) for kind, content, lemma, _, _ in _view(_analyse(analyzer, text)) if lemma == "say"]
    assert said == [("direct", spans[0].rstrip(","))]  # one quote, not its last line again as a mixed one


def test_cue_in_the_middle_continues_one_quote(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "“We will not back down from this fight,” Jane Holt said on Monday, “and we will win it in the end.”")
    assert [(k, s) for k, _, _, s, _ in _view(a)] == [("direct", "Jane Holt")]
    assert [a.text_of(s) for s in a.quotes[0].continuation] == ["and we will win it in the end."]


def test_quote_after_the_cue_sentence_in_the_same_paragraph_continues_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "“That speech went beyond the room,” Holt said. “It went beyond the moment and the city.”")
    (quote,) = a.quotes
    assert [a.text_of(s) for s in quote.continuation] == ["It went beyond the moment and the city."]


def test_bare_quote_inherits_the_previous_speaker(analyzer: Analyzer) -> None:
    text = (
        "“The budget will pass this week,” said Finance Minister Robert Kowalczyk. The vote is set for Friday.\n"
        "“We have the votes and we have the plan for the coming year.”"
    )
    a = _analyse(analyzer, text)
    second = a.quotes[1]
    assert second.inherited and second.speaker.via == "inherited" and second.cue is None
    assert second.speaker.entity == a.quotes[0].speaker.entity is not None


def test_a_bare_quote_under_a_heading_is_not_the_speaker_before_its(analyzer: Analyzer) -> None:
    text = (
        "TOP STORIES.\n\nCLINTON IS FEELING THE BERN As the race tightens, Bernie Sanders said his rival is in “serious trouble.” [NYT.]\n\n"
        "UN: PEACEKEEPERS PAYING TEENAGERS “The United Nations has been grappling with so many sexual abuse allegations.” [WaPo.]\n\n"
        "WHAT’S WORKING\n\n“It’s about creating agency for communities who previously didn’t have very much agency.” [HuffPost.]"
    )
    a = _analyse(analyzer, text)
    assert _speakers_and_how(a) == [("Bernie Sanders", "named"), (None, "unresolved"), (None, "unresolved")]


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("“The budget will pass this week,” said Finance Minister Robert Kowalczyk.", id="direct"),
        pytest.param("The budget “will pass this week,” Finance Minister Robert Kowalczyk said.", id="mixed"),
        pytest.param("Finance Minister Robert Kowalczyk said that the budget would pass this week.", id="indirect"),
    ],
)
def test_a_bare_quote_right_after_the_cue_goes_on_with_the_quote(analyzer: Analyzer, first: str) -> None:
    a = _analyse(analyzer, first + "\n\n“We have the votes and we have the plan for the coming year.”")
    (quote,) = a.quotes
    assert [a.text_of(s) for s in quote.continuation] == ["We have the votes and we have the plan for the coming year."]
    assert quote.kind == ("direct" if quote.content.start == 1 else "mixed")


def test_a_bare_quote_after_a_clause_quoting_words_of_its_own_is_not_more_of_the_quote(analyzer: Analyzer) -> None:
    text = (
        "Stumpf “squeezed employees to the breaking point” to drive up the stock price, Warren said, referencing the bank’s"
        " drive to “cross-sell” accounts. “You went on television to blame thousands of workers.”"
    )
    a = _analyse(analyzer, text)
    mixed, bare = a.quotes
    assert mixed.kind == "mixed" and mixed.continuation == []
    assert bare.inherited and a.text_of(bare.content) == "You went on television to blame thousands of workers."


def test_according_to_at_the_start(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "According to the World Health Organization, cases fell by a third in the last month.")
    ((kind, content, cue, speaker, _),) = _view(a)
    assert (kind, cue, speaker) == ("indirect", "according to", "World Health Organization")
    assert content == "cases fell by a third in the last month"


def test_according_to_a_source_described_after_it_says_what_follows_the_description(analyzer: Analyzer) -> None:
    text = (
        "According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least 12 civilians were killed. "
        "According to police, a 25-year-old man, who was not named, was arrested."
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("the Syrian Observatory for Human Rights", "at least 12 civilians were killed"),
        ("police", "a 25-year-old man, who was not named, was arrested"),
    ]


def test_possessive_document_speaker(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Amnesty International’s statement said the prisoners had been held without charge for a year.")
    ((_, _, _, speaker, via),) = _view(a)
    assert (speaker, via) == ("Amnesty International", "document")
    assert a.quotes[0].channel == "statement"
    b = _analyse(analyzer, "The ministry’s statement said the border would reopen on Friday after talks with Turkey.")
    (quote,) = b.quotes
    assert quote.speaker.via == "document" and not quote.speaker.resolved


def test_unresolvable_speaker_is_kept(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Officials said the road to the airport would stay closed until further notice.")
    (quote,) = a.quotes
    assert not quote.speaker.resolved and quote.speaker.span is not None and a.text_of(quote.speaker.span) == "Officials"


def test_said_on_weekday_before_publication(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Jane Holt said on Monday that the budget would pass.", published=date(2022, 5, 5))
    (quote,) = a.quotes
    assert quote.said_on == date(2022, 5, 2)
    assert quote.said_on_span is not None and a.text_of(quote.said_on_span) == "Monday"


def test_a_date_right_after_the_cue_without_that_dates_the_saying_not_the_words(analyzer: Analyzer) -> None:
    text = "Sudan's army said on Monday it had recaptured a strategic bridge. The ministry said Tuesday the talks had failed."
    a = _analyse(analyzer, text, published=date(2026, 11, 25))
    assert [(a.text_of(q.content), q.said_on) for q in a.quotes] == [
        ("it had recaptured a strategic bridge", date(2026, 11, 23)),
        ("the talks had failed", date(2026, 11, 24)),
    ]


def test_a_cue_coordinated_with_a_dated_saying_shares_its_day_unless_it_has_its_own(analyzer: Analyzer) -> None:
    text = (
        "Claudia Sheinbaum said Tuesday that her government would respond, but insisted that dialogue remained the best path. "
        "Ebrard said on Monday that talks were over, and on Tuesday insisted that dialogue remained possible. "
        "Yoon said on Wednesday he would not resign."
    )
    a = _analyse(analyzer, text, published=date(2024, 11, 28))
    assert [(q.cue_lemma, q.said_on) for q in a.quotes] == [
        ("say", date(2024, 11, 26)), ("insist", date(2024, 11, 26)), ("say", date(2024, 11, 25)), ("insist", date(2024, 11, 26)),
        ("say", date(2024, 11, 27)),
    ]


def test_a_date_the_parse_hung_on_the_subject_right_before_the_cue_dates_the_saying(analyzer: Analyzer) -> None:
    text = "Pakistan's Foreign Office on Friday said militants operating from Afghan territory were behind the attacks."
    assert [q.said_on for q in _analyse(analyzer, text, published=date(2024, 3, 23)).quotes] == [date(2024, 3, 22)]


def test_scare_quotes_are_not_quotes_and_the_sentence_is_the_outlet_s(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The so-called “reform” was passed by parliament on Tuesday.")
    assert a.quotes == []
    assert [a.text_of(s) for s in a.outlet_voice] == ["The so-called “reform” was passed by parliament on Tuesday."]


def test_a_quoted_fragment_at_either_end_of_the_content_makes_it_mixed_with_its_marks(analyzer: Analyzer) -> None:
    for text, content in (
        ('Mayor Jane Holt said on Monday that the bridge would reopen "within weeks". It is old.', 'that the bridge would reopen "within weeks"'),
        ("Mayor Jane Holt said that the bridge would reopen “within weeks.” It is old.", "that the bridge would reopen “within weeks.”"),
        ("Mayor Jane Holt said that ``the old bridge'' would reopen within weeks.", "that ``the old bridge'' would reopen within weeks"),
    ):
        a = _analyse(analyzer, text)
        assert [(q.kind, a.text_of(q.content)) for q in a.quotes] == [("mixed", content)]


def test_cue_set_off_by_commas_inside_the_content(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The latest test, North Korea said, was its biggest yet, although it may take years to finish.")
    (quote,) = a.quotes
    parts = [a.text_of(quote.content)] + [a.text_of(s) for s in quote.continuation]
    assert parts[0] == "The latest test" and parts[1].startswith("was its biggest yet")
    assert a.text_of(quote.speaker.span) == "North Korea" and quote.cue_lemma == "say"


def test_the_tagger_adds_stances_no_reporting_verb_names(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Many young voters are deeply skeptical of the party establishment and its choice of candidates.")
    (quote,) = a.quotes
    assert (quote.kind, quote.act, quote.cue_lemma) == ("indirect", "belief", "be deeply skeptical of")
    assert a.text_of(quote.speaker.span) == "Many young voters" and not quote.speaker.resolved
    assert a.text_of(quote.content) == "the party establishment and its choice of candidates"
    b = _analyse(analyzer, "Republican leaders have signaled their support for a delay of the new tax on health plans.")
    assert [(q.cue_lemma, b.text_of(q.content)) for q in b.quotes] == [("have signal their support for", "a delay of the new tax on health plans")]


def test_a_tagged_direct_quote_holds_the_words_alone_not_their_marks_nor_whom_they_were_said_to(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "“We will win,” Howard Dean whispered to an aide.")
    assert [(q.kind, a.text_of(q.content), q.continuation, a.text_of(q.cue)) for q in a.quotes] == [("direct", "We will win", [], "whispered")]
    b = _analyse(analyzer, "“We will win,” Howard Dean proclaimed.")
    assert [(q.kind, b.text_of(q.content)) for q in b.quotes] == [("direct", "We will win")]


def test_a_cue_that_points_at_something_or_reports_an_act_leaves_the_claim_to_the_outlet(analyzer: Analyzer) -> None:
    pointer = "It was making a reference to a bill that was passed into law on January 3, 2020."
    act = "On January 5, 2020, the Iraqi parliament passed a bill requiring the government to expel foreign troops from the country."
    a = _analyse(analyzer, f"The coalition said the talks failed. {pointer}\n{act}")
    assert [q.cue_lemma for q in a.quotes] == ["say"]
    assert [a.text_of(s) for s in a.outlet_voice] == [pointer, act]


def test_a_verdict_or_a_thing_taken_is_nobody_s_words(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "French Jewish woman’s killer found unfit to stand trial in 2nd evaluation\n\nThe court in Paris examined him twice.")
    assert a.quotes == []  # the court found him unfit; the killer found nothing
    b = _analyse(analyzer, "The plague has claimed 57 lives this year. The army advanced as it claims more territory from the rebels. ISIS claimed responsibility for the attack.")
    assert [(q.cue_lemma, b.text_of(q.content)) for q in b.quotes] == [("claim", "responsibility for the attack")]
    c = _analyse(analyzer, "We at Frontpage have deemed it important to bring attention to the steps America must take.")
    assert [q.cue_lemma for q in c.quotes] == ["have deem"]  # a judgement with its object stays one
    d = _analyse(analyzer, "Mr. Obama often chastised reporters for questions he deemed overly aggressive or grandstanding.")
    assert [q.cue_lemma for q in d.quotes] == ["deem"]


def test_it_stands_for_a_body_or_a_document_never_for_people_named_by_their_group(analyzer: Analyzer) -> None:
    text = (
        "Senator Marco Rubio attacked Patrick Murphy on Monday. Democrats opposed the bill because they said it fell short. "
        "But Rubio's press release does not mention the language.\nIt also points out another House bill that made available $622 million for Zika funding."
    )
    a = _analyse(analyzer, text)
    assert _speakers_and_how(a)[-1] == ("Marco Rubio", "pronoun")
    b = _analyse(analyzer, "The Russians have been pressing their advantage. Bolstering the army, it said the rebels would lose.")
    assert all(speaker != "Russians" for speaker, _ in _speakers_and_how(b))


def test_a_nationality_that_describes_a_thing_does_not_make_it_a_person_s_words(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Lion Air chief Ikhsan Rosan said the crash was tragic. The Indonesian carrier said it had ordered 50 of the planes in 2014.")
    assert _speakers_and_how(a) == [("Ikhsan Rosan", "named"), (None, "unresolved")]
    b = _analyse(analyzer, "Hillary Clinton spoke in Iowa on Sunday. The Democratic presidential front-runner said the U.S. needed a more robust air campaign.")
    assert _speakers_and_how(b) == [("Hillary Clinton", "role")]
    c = _analyse(analyzer, "'Wishful thinking': Tory MPs dismiss May's hopes for change of heart on Brexit deal")
    assert _speakers_by_words(c)["Tory MPs"] == "Tory"



def test_the_newspaper_is_the_outlet_quoted_before_it(analyzer: Analyzer) -> None:
    text = "The Guardian reported on Monday that Manafort met Assange in 2013. The newspaper added that the visit was not logged."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Guardian", "named"), ("Guardian", "role")]
    memo = "The 104-page document, a copy of which was obtained by POLITICO, lists the steps. The paper says the government monitors mosques."
    assert _speakers_and_how(_analyse(analyzer, memo))[-1] == (None, "unresolved")  # the paper is the memo, not the outlet

def test_a_belief_reported_inside_a_statement_stays_in_the_statement(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Mark Longabaugh, a senior adviser to the campaign, said he believed the delegates would be well represented.")
    (quote,) = a.quotes
    assert (quote.cue_lemma, a.text_of(quote.speaker.span)) == ("say", "Mark Longabaugh, a senior adviser to the campaign")
    assert a.text_of(quote.content) == "he believed the delegates would be well represented"


def test_a_short_cue_sentence_after_an_exclamation_or_a_question_is_the_quote_s_cue(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The meeting ended late.\n\n“There is a special place for people like her and I hope she enjoys it!” Smith said.")
    assert [(k, cue, via) for k, _, cue, _, via in _view(a)] == [("direct", "say", "named")]
    assert a.text_of(a.quotes[0].speaker.span) == "Smith"
    b = _analyse(analyzer, "“Why does the committee never ask the minister about the budget?” Rubio continued.")
    assert [(k, cue) for k, _, cue, _, _ in _view(b)] == [("direct", "continue")]


def test_a_verb_after_a_preposition_takes_the_speaker_of_the_verb_it_follows(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Senator Mitch McConnell deflected questions about the nominee before saying that the party would unite.")
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert a.text_of(quote.speaker.span) == "Senator Mitch McConnell" and a.text_of(quote.content) == "that the party would unite"
    b = _analyse(analyzer, "Even some of the governor's allies said the plan would fail in the spring.")
    assert b.text_of(b.quotes[0].speaker.span) == "some of the governor's allies"


def test_a_short_quoted_sentence_after_the_cue_sentence_continues_the_quote(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "“I feel very good about our chances in November,” Tester said. “Very good.”")
    (quote,) = a.quotes
    assert [a.text_of(s) for s in quote.continuation] == ["Very good."]


def test_a_description_set_off_by_commas_is_not_part_of_the_speaker(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Senator Marco Rubio, appearing on Fox News after the speech, said the plan would fail.")
    assert a.text_of(a.quotes[0].speaker.span) == "Senator Marco Rubio"
    b = _analyse(analyzer, "Mr. Trump made a third attempt to deflect the criticism, writing on Twitter that the real issue was terrorism.")
    quote = next(q for q in b.quotes if q.cue_lemma == "write")
    assert b.text_of(quote.speaker.span) == "Mr. Trump"


def test_a_relative_clause_reporting_a_statement_of_its_own_is_not_part_of_the_speaker(analyzer: Analyzer) -> None:
    text = "The deal was fair, said Weaver, who said executives often fail to understand politics."
    a = _analyse(analyzer, text)
    quote = next(q for q in a.quotes if a.text_of(q.content).startswith("The deal"))
    assert a.text_of(quote.speaker.span) == "Weaver"
    b = _analyse(analyzer, "Louise Sunshine, who has known him since the 1970s, said the deal was fair.")
    assert b.text_of(b.quotes[0].speaker.span) == "Louise Sunshine, who has known him since the 1970s"


def test_a_channel_or_a_date_after_the_speaker_is_not_part_of_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The company broke the law, according to her lawyers in a court filing.")
    assert a.text_of(a.quotes[0].speaker.span) == "her lawyers"
    b = _analyse(analyzer, "The deal is fair, according to a copy of the letter.")
    assert b.text_of(b.quotes[0].speaker.span) == "a copy of the letter"


def test_a_clause_ending_in_a_colon_is_the_cue_of_the_quote_after_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "John Cornyn, the No. 2 in the leadership, put it: “This person will not be confirmed this year.”")
    ((kind, _, cue, _, _),) = _view(a)
    assert (kind, cue) == ("direct", "put") and a.text_of(a.quotes[0].speaker.span).startswith("John Cornyn")
    b = _analyse(analyzer, "“Safety,” said Ann Grimm, a supporter. “Safety for the whole country, everybody.”")
    (quote,) = b.quotes
    assert b.text_of(quote.content) == "Safety" and [b.text_of(s) for s in quote.continuation] == ["Safety for the whole country, everybody."]


def test_a_conjoined_reporting_verb_starts_a_second_quote_of_the_same_speaker(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The minister said it was too early to congratulate the winners but added that the count was fair.")
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("say", "it was too early to congratulate the winners"),
        ("add", "that the count was fair"),
    ]
    assert {a.text_of(q.speaker.span) for q in a.quotes} == {"The minister"}


def test_words_describing_an_object_speak_for_the_subject_of_the_verb(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Mr. Trump issued a statement saying that his words had been misconstrued by the press.")
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert a.text_of(quote.speaker.span) == "Mr. Trump"


def test_a_short_quoted_title_inside_the_cue_sentence_is_no_continuation(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "“She just made it up,” Donald Trump said of the claim during a call to ABC’s “This Week.”")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "She just made it up" and quote.continuation == []


def test_a_quote_ending_the_verb_complement_is_mixed_with_the_words_before_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Her economic plan promises to “lift up participation in the workforce, especially for women.”")
    (quote,) = a.quotes
    assert quote.kind == "mixed" and quote.cue_lemma == "promise"
    assert a.text_of(quote.content).startswith("to “lift up participation")


def test_according_to_set_off_by_commas_sources_both_sides_without_the_joining_word(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "But the next day, according to Roffman, Trump made further demands on the firm.")
    (quote,) = a.quotes
    assert quote.cue_lemma == "according to"
    assert [a.text_of(s) for s in (quote.content, *quote.continuation)] == ["the next day", "Trump made further demands on the firm"]
    a = _analyse(analyzer, "Although, according to Giuliani, Mueller suggested that the inquiry would be wrapping up by September 1.")
    (quote,) = a.quotes  # a conjunction set off as an adverb joins, it says nothing
    assert [a.text_of(s) for s in (quote.content, *quote.continuation)] == ["Mueller suggested that the inquiry would be wrapping up by September 1"]


def test_words_according_to_someone_in_quotation_marks_are_direct_or_mixed(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, 'Because, according to the teacher, "Australia is a continent; not a country."')
    assert [(q.kind, a.text_of(q.content)) for q in a.quotes] == [("direct", "Australia is a continent; not a country.")]
    a = _analyse(analyzer, "The plan is, according to the minister, “a disaster” for farmers.")
    (quote,) = a.quotes
    assert quote.kind == "mixed" and [a.text_of(s) for s in quote.continuation] == ["“a disaster” for farmers"]


def test_who_carried_the_words_is_not_part_of_them(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Senator Jane Holt denied the report about her loans through her lawyer.")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "the report about her loans"


def test_a_closed_quote_carried_on_in_the_next_paragraph_continues_it(analyzer: Analyzer) -> None:
    text = "Jane Holt said: “We will not back down from this fight.”\n“We will win it in the end, and the voters know it.”"
    (quote,) = _analyse(analyzer, text).quotes
    assert len(quote.continuation) == 1


def test_a_which_clause_ending_the_sentence_is_the_writers_aside(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Chris Christie said he would quarantine people over fears of the Zika virus, which is spread by mosquitoes.")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "he would quarantine people over fears of the Zika virus"


def test_a_quote_after_what_a_speaker_added_goes_on_with_the_quote_before(analyzer: Analyzer) -> None:
    text = (
        "“Nobody cares when you spend your own money, but the donors do,” the party official said, "
        "adding that small donors may not like it. “Most campaigns run on a much tighter budget.”"
    )
    quotes = _analyse(analyzer, text).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and len(direct[0].continuation) == 1


def test_a_quote_after_a_speakers_relative_clause_goes_on_with_the_quote_before(analyzer: Analyzer) -> None:
    text = (
        "“I don't want to get on the wrong side of the owner,” said one former staffer, "
        "who said he left on good terms. “I couldn't afford to defend myself in court.”"
    )
    a = _analyse(analyzer, text)
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert not any(q.inherited for q in a.quotes)
    assert len(direct) == 1 and [a.text_of(s) for s in direct[0].continuation] == ["I couldn't afford to defend myself in court."]


def test_a_short_quoted_sentence_of_its_own_goes_on_with_the_quote_before_in_its_paragraph(analyzer: Analyzer) -> None:
    text = (
        "The deal “looks out for the needs of Wall Street vulture funds first and foremost,” Sanders wrote. “That is unacceptable.”\n\n"
        "“Oh gosh, those are some very small towns,” Woolson said. They lie in a media market dead zone. “That’s a tough area.”\n\n"
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack is the work of terrorists.''\n\n"
        "The Union Leader said Mr. Rubio had been ''rocked'' by Mr. Christie. ''Choke!'' blared the front page of The Boston Herald."
    )
    a = _analyse(analyzer, text)
    words = [a.words_of(q) for q in a.quotes]
    assert "The deal “looks out for the needs of Wall Street vulture funds first and foremost,” … That is unacceptable." in words
    assert "Oh gosh, those are some very small towns … That’s a tough area." in words
    assert "We are refugees … We are not terrorists." in words and "The attack is the work of terrorists." in words
    assert not [w for w in words if "Choke" in w]  # its own cue follows: no sentence of its own
    assert not [s for s in a.outlet_voice if "“" in a.text_of(s)]


def test_a_content_that_is_all_a_second_reporting_verb_leaves_no_empty_quote(analyzer: Analyzer) -> None:
    """The parse makes 'note' the content of 'said', and 'note' starts a quote of its own."""
    text = (
        "In any case, note well: the letter to me from the UK Home Office said that I was banned for saying that "
        "“[Islam] is a religion and is a belief system that mandates warfare against unbelievers…”\n"
    )
    assert all(a_quote.content.end > a_quote.content.start for a_quote in _analyse(analyzer, text).quotes)


def test_a_pronoun_speaker_is_the_main_subject_just_before_it_unless_the_cue_goes_on_with_the_last_speaker(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Prime Minister Mustafa al-Kadhimi visited Basra on Monday. He said the government would rebuild the port.")
    ((_, _, _, speaker, via),) = _view(a)
    assert (speaker, via) == ("Mustafa al-Kadhimi", "pronoun")
    b = _analyse(
        analyzer,
        "Hadi al-Amiri said the deal was done. Muqtada al-Sadr disagreed with the terms. He said the price was too high.",
    )
    assert _view(b)[-1][3:] == ("Muqtada al-Sadr", "pronoun")
    text = (
        "Hadi al-Amiri said the talks had failed. Police officer Ahmed Jabbar holds up a banner in Baghdad. "
        "“We will not wait any longer for the government,” he {}."
    )
    assert _view(_analyse(analyzer, text.format("said")))[-1][3:] == ("Ahmed Jabbar", "pronoun")
    assert _view(_analyse(analyzer, text.format("added")))[-1][3:] == ("Hadi al-Amiri", "pronoun")  # goes on with the last speaker


def test_he_after_an_unnamed_role_refers_to_it_not_to_a_person_named_before(analyzer: Analyzer) -> None:
    text = (
        "Professor Tim Bale said the members were unmoved. "
        "Ireland's agriculture minister said a no-deal Brexit would cripple his country's farms. "
        "He said the farmers had been hit by the fall of sterling."
    )
    a = _analyse(analyzer, text)
    minister, pronoun = a.quotes[-2].speaker, a.quotes[-1].speaker
    assert not minister.resolved and minister.span is not None and a.text_of(minister.span) == "Ireland's agriculture minister"
    assert (pronoun.resolved, pronoun.via) == (False, "pronoun") and pronoun.refers_to == minister.span


def test_a_verb_addressing_the_reader_is_nobody_s_statement(analyzer: Analyzer) -> None:
    for text in ("Think your friends would be interested? Share this story!", "Say what you will about him, the minister is no fool."):
        assert _analyse(analyzer, text).quotes == [], text


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_describes(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Gov. John Kasich of Ohio, who has said he will not endorse Mr. Trump, spoke on Monday.")
    ((_, _, _, speaker, via),) = _view(a)
    assert (speaker, via) == ("John Kasich", "pronoun") and a.text_of(a.quotes[0].speaker.span) == "who"
    b = _analyse(analyzer, "The minister attacked the generals in the West who prefer to see countries in ashes.")
    (quote,) = b.quotes
    assert not quote.speaker.resolved and quote.speaker.refers_to is not None and b.text_of(quote.speaker.refers_to) == "the generals"


def test_a_relative_pronoun_after_an_apposition_or_a_name_and_a_comma_speaks_for_the_name(analyzer: Analyzer) -> None:
    text = (
        "The debate featured David Axelrod, President Barack Obama's former top adviser, who said on Twitter "
        "that the senator had voted for the bailout."
    )
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert a.text_of(quote.speaker.span) == "who" and _speakers_and_how(a) == [("David Axelrod", "pronoun")]
    text = "Prosecutors are looking at a campaign finance violation by his former lawyer, Michael Cohen, who says Trump asked him to arrange the payments."
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Michael Cohen", "pronoun")  # the parse hangs the clause on 'violation'


def test_a_relative_clause_whose_subject_is_the_pronoun_is_not_a_cue_set_off_inside_words(analyzer: Analyzer) -> None:
    text = (
        "Much of the impetus came from China and the United States, the world's two biggest polluters, "
        "which together vowed to stave off the worst effects of climate change."
    )
    a = _analyse(analyzer, text)
    assert all("biggest polluters" not in a.text_of(q.content) for q in a.quotes)


def test_a_promise_or_a_threat_reports_the_infinitive_it_governs(analyzer: Analyzer) -> None:
    text = "Prime Minister Mustafa al-Kadhimi vowed to hold the killers to account within a month."
    drafts = rule_drafts(analyzer.nlp(text), quotation_spans(text))  # the rules, not the tagger, find it
    assert [(d.kind, text[d.content[0] : d.content[1]], d.cue_lemma) for d in drafts] == [
        ("indirect", "to hold the killers to account within a month", "vow")
    ]


def test_what_else_the_speaker_did_is_not_part_of_the_reported_words(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms.")
    assert a.text_of(a.quotes[0].content) == "all staffers sign NDAs"
    b = _analyse(
        analyzer,
        "Rubio said the real extremist on abortion is Hillary Clinton, and he railed against Democratic debate moderators.",
    )
    assert b.text_of(b.quotes[0].content) == "the real extremist on abortion is Hillary Clinton"


def test_a_cue_between_two_complements_splits_one_content(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "There is a risk, some Democrats said, that Mr. Sanders would push the party to embrace positions that could hurt Mrs. Clinton.")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "There is a risk"
    assert [a.text_of(s) for s in quote.continuation] == ["that Mr. Sanders would push the party to embrace positions that could hurt Mrs. Clinton"]


def test_what_stands_before_a_colon_is_not_what_the_speaker_after_it_says(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "It is on social issues that they lean left: 42% say they're liberal, 32% call themselves moderate.")
    assert [a.text_of(q.content) for q in a.quotes if q.cue_lemma == "say"] == ["they're liberal"]


def test_the_outlet_s_remark_set_off_at_the_end_is_not_part_of_the_reported_words(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "The social media company said on Friday that it had suspended 125,000 accounts since mid-2015, "
        "the first time it has publicized the number of accounts it has suspended.",
    )
    assert a.text_of(a.quotes[0].content) == "that it had suspended 125,000 accounts since mid-2015"


def test_a_relative_clause_reporting_what_was_said_of_its_noun_keeps_the_pronoun_as_part_of_the_content(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Roffman signed a letter of apology that he said was drafted by the firm.")
    (quote,) = a.quotes
    assert [a.text_of(s) for s in (quote.content, *quote.continuation)] == ["that", "was drafted by the firm"]


def test_people_named_by_role_are_not_the_place_they_belong_to(analyzer: Analyzer) -> None:
    for text in (
        "Officials at Guantanamo said on Tuesday that the last detainees would leave.",
        "Iraqi officials said on Tuesday that the last detainees would leave.",
    ):
        (quote,) = _analyse(analyzer, text).quotes
        assert not quote.speaker.resolved and quote.speaker.span is not None, text


def test_they_after_people_named_by_role_refers_to_them(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Iraqi officials said on Tuesday that the last detainees would leave. They added that the camp would close.")
    officials, they = (q.speaker for q in a.quotes)
    assert (they.resolved, they.via, they.refers_to) == (False, "pronoun", officials.span)


def test_a_speaker_named_by_office_is_the_person_the_text_gave_that_office(analyzer: Analyzer) -> None:
    text = (
        "Former Florida Gov. Jeb Bush campaigned in Iowa. New Jersey Gov. Chris Christie spoke in Ohio on Monday. "
        "The New Jersey governor said he would stay in the race. "
        "Bernie Sanders, the Vermont senator, drew a large crowd. The senator said the system was rigged."
    )
    speakers = _speakers_and_how(_analyse(analyzer, text))
    # the Florida governor is not 'the New Jersey governor'; 'the senator' is the one the apposition named;
    # a role with a place needs a title or apposition with that place
    assert speakers == [("Chris Christie", "role"), ("Bernie Sanders", "role")]


def test_a_place_in_the_role_names_a_holder_whose_place_the_text_does_not_give(analyzer: Analyzer) -> None:
    text = (
        "Sen. Bernie Sanders campaigned in Iowa on Monday. Former Florida Gov. Jeb Bush spoke in Ohio. "
        "The Vermont senator said the system was rigged. The Ohio governor said he would stay in the race."
    )
    speakers = _speakers_and_how(_analyse(analyzer, text))
    assert speakers == [("Bernie Sanders", "role"), (None, "unresolved")]  # Bush is Florida's governor, not Ohio's


def test_an_office_names_again_the_one_person_the_text_just_named(analyzer: Analyzer) -> None:
    text = (
        "Post-Brexit Britain should use its power to defend democracy, Jeremy Hunt will say today.\n"
        "The Foreign Secretary will insist the UK should not underestimate its strength.\n\n"
        "Labour MP Phil Wilson said: 'An overwhelming majority of Labour's voters want a new vote.\n"
        "'The leadership is out of step with its supporters.'\n"
        "The Sedgefield MP added: 'Labour's leadership now has a huge opportunity.'\n\n"
        "Pressure is mounting on Jeremy Corbyn to back a second referendum.\n"
        "The Labour leader has been resisting calls to endorse another national vote."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert speakers["The Foreign Secretary"] == "Jeremy Hunt"
    assert speakers["The Sedgefield MP"] == "Phil Wilson"  # past his words, quoted whole
    assert speakers["The Labour leader"] == "Jeremy Corbyn"  # the party's leader, not the party


def test_a_title_of_two_words_names_who_the_text_titled_so_and_of_two_people_the_one_it_gave_the_office(analyzer: Analyzer) -> None:
    text = (
        "Attorney General William Barr received the report. General Mark Milley spoke on Friday. He pledged transparency.\n"
        "The attorney general said the Justice Department had not denied any request.\n\n"
        "Jeremy Hunt insisted Theresa May can still salvage her deal today.\n"
        "The Foreign Secretary said he believed the PM will find a way.\n"
        "On a trip to Singapore, Foreign Secretary Jeremy Hunt added his voice to the pleas."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert speakers["The attorney general"] == "William Barr"  # not the general named last
    assert speakers["The Foreign Secretary"] == "Jeremy Hunt"


def test_an_office_is_not_given_by_a_verb_before_a_name_nor_taken_from_the_one_who_holds_it(analyzer: Analyzer) -> None:
    text = (
        "Sen. Marco Rubio campaigned in Iowa. Chris Christie attacked Rubio in the debate, and the New Jersey governor "
        "tripped up Rubio on his talking points. The New Jersey governor said the senator was not ready.\n\n"
        "Judge Richard Berman heard the case on Monday. Brafman said the sentence was unfair.\n"
        "\u201cEverything that you have said has totally overlapped,\u201d the judge exclaimed."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert speakers["The New Jersey governor"] is None  # Rubio is Florida's senator, whatever 'governor tripped up Rubio' parses to
    assert speakers["the judge"] == "Richard Berman"  # not Brafman, named just before


def test_the_premier_is_the_prime_minister_not_any_minister(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Theresa May faces a vote. Former Cabinet minister John Redwood said he would vote against it.\n"
        "The vote was delayed when Mrs May conceded she was on track for defeat.\n"
        "The premier used her New Year message to urge MPs to 'put our differences aside and move forward together'."
    )
    assert _speakers_by_words(_analyse(analyzer, text))["The premier"] == "Theresa May"


def test_an_office_names_no_one_when_the_text_just_named_two_people_or_one_with_another_office(analyzer: Analyzer) -> None:
    text = (
        "Theresa May met Jean-Claude Juncker in Brussels on Monday. The minister said the talks would go on.\n\n"
        "Prime Minister Boris Johnson spoke to reporters on Tuesday. The Foreign Secretary said the talks had failed.\n\n"
        "Angela Merkel arrived in Paris on Wednesday. The French president said the summit would be short.\n\n"
        "Jane Holt led the march on Thursday. The organizer said the crowd was peaceful."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert speakers == {"The minister": None, "The Foreign Secretary": None, "The French president": None, "The organizer": None}


def test_may_before_said_or_told_is_theresa_may_not_a_modal(analyzer: Analyzer) -> None:
    text = (
        "British Prime Minister Theresa May has reiterated that there will be no second referendum.\n"
        '"If the deal is not voted on, we are going to be in uncharted territory," May told the BBC.\n'
        '"Don\'t let the search for the perfect become the enemy of the good," May said.'
    )
    speakers = _speakers_and_how(_analyse(analyzer, text))
    assert speakers[-2:] == [("Theresa May", "named"), ("Theresa May", "named")]


def test_a_name_the_parse_made_the_root_of_its_sentence_is_still_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "According to the Iranian Foreign Ministry spokesman Nasser Kanaani, Tehran and Muscat signed three memoranda "
        "of understanding during the visit.\n\n"
        "Albusaidi, for his part, called for dialogue and said Oman supports a peaceful solution. "
        "The Omani minister arrived in Tehran on Sunday."
    )
    a = _analyse(analyzer, text)
    (said,) = [q for q in a.quotes if q.cue_lemma == "say"]
    assert said.speaker.span is not None and a.text_of(said.speaker.span) == "Albusaidi"


def test_a_title_in_quotation_marks_is_no_quote(analyzer: Analyzer) -> None:
    text = (
        "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name that appeared in his book was "
        "inaccurate, but said his campaign had found the student newspaper article and would release it.\n\n"
        "Sen. Marco Rubio and former Gov. Jeb Bush have more in common than their Miami ties. They also enjoy similar "
        "shows. The Florida senator likes “The Walking Dead,” while the former Florida governor loves “Lilyhammer.”\n\n"
        "Protesters were chanting “Dump Trump.”"
    )
    contents = [content.strip("“”,. ") for _, content, _, _, _ in _view(_analyse(analyzer, text))]
    assert not {"This Week", "The Walking Dead"} & set(contents)
    assert "Dump Trump" in contents  # a chant: words said, whatever their capitals


def test_a_title_after_its_work_s_noun_its_host_or_before_its_byline_is_no_quote(analyzer: Analyzer) -> None:
    text = (
        "There is also a collection from the cartoonist Jane Roe called ''Big League!: Ten Years of Drawing the Senator.''\n\n"
        "In May, Harbor House plans to release ''The Rise of Tom Blake,'' by the veteran reporter Ann Cole.\n\n"
        "Paul Moss, whose 2009 book ''BlakeWorld: The Art of Being Tom'' prompted a lawsuit, called his publisher.\n\n"
        "He is now host of “The Late Hour with Sam Reed.” He once acted in the cable movie “Storm Front 2: Not Again!”\n\n"
        "Later on ''This Week,'' Senator Mary Hill said the deal was bad. Protesters were chanting “Dump Blake.”\n\n"
        "“We will win,” Hill said. The Post ran an article entitled “Mystery of the Senator’s Files Solved – 23 Years Ago.”\n\n"
        "Wikipedia has a page devoted to “ List of Storms in Sweden ,” which lists 80 of them.\n\n"
        "Ross Douthat and Massimo Faggioli came together for a debate entitled “Francis @ Five: Assessing the Legacy of "
        "Pope Francis Five Years after His Election.” As I made my way up to Fordham University, I was excited."
    )
    contents = {content.strip("“”'‘’,. ") for _, content, _, _, _ in _view(_analyse(analyzer, text))}
    titles = {"Big League!: Ten Years of Drawing the Senator", "The Rise of Tom Blake", "BlakeWorld: The Art of Being Tom",
              "The Late Hour with Sam Reed", "Storm Front 2: Not Again!", "This Week",
              "Mystery of the Senator’s Files Solved – 23 Years Ago", "List of Storms in Sweden",
              "Francis @ Five: Assessing the Legacy of Pope Francis Five Years after His Election"}
    assert not titles & contents
    assert {"the deal was bad", "Dump Blake"} <= contents  # a chant: words said, whatever their capitals


def test_people_named_by_role_in_the_plural_or_with_a_stay_unnamed(analyzer: Analyzer) -> None:
    text = (
        "Mueller’s report did not include any additional criminal indictments, despite leftists dreaming that "
        "President Donald Trump or members of his family would be sent to jail.\n"
        "Steyer called for perspective, reminding them that Mueller already indicted people connected to Trump.\n"
        "A State Department official said the talks would resume. Ambassador Jane Holt said the talks were useful."
    )
    speakers = {content[:20]: (speaker, via) for _, content, _, speaker, via in _view(_analyse(analyzer, text))}
    assert speakers["that President Donal"] == (None, "unresolved")
    assert speakers["the talks would resum"[:20]][0] != "Jane Holt"  # the official is no one the text names next


def test_the_state_after_a_politician_s_party_places_the_office(analyzer: Analyzer) -> None:
    text = (
        "Sen. Bernie Sanders (I-Vt.) campaigned in Iowa on Monday. Former Florida Gov. Jeb Bush spoke in Ohio. "
        "The Vermont senator said the system was rigged."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Bernie Sanders", "role")]


def test_a_name_the_parse_hung_on_an_opening_phrase_is_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "Speaking in Harlem, Clinton, without naming him, also accused Sanders of being a latecomer to racial justice.\n\n"
        "In U.S. District Court in Alexandria, Va., Lazar, in a green jail jumpsuit, said little about the case."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span) if q.speaker.span else None) for q in a.quotes] == [("accuse", "Clinton"), ("say little about", "Lazar")]


def test_a_name_the_parse_hung_on_an_opening_phrase_right_before_the_verb_is_the_speaker(analyzer: Analyzer) -> None:
    text = "Sunday on CNN, when asked about Donald Trump, President Barack Obama said he expected that Americans will say no to his policies."
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span)) for q in a.quotes if q.cue_lemma == "say"] == [("say", "President Barack Obama")]


def test_the_question_asked_ends_before_the_name_of_the_one_who_answers(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "When asked about Donald Trump, President Barack Obama said he expected Americans to say no.")
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [("ask", "about Donald Trump"), ("say", "he expected Americans to say no")]


def test_a_name_the_parse_hung_on_the_quotation_before_its_verb_is_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "The fracas erupted just two months after the real estate tycoon entered the race.\n\n"
        "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP in an interview on Monday."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span) if q.speaker.span else None) for q in a.quotes] == [("tell", "Ramos, 58")]


def test_a_verb_set_off_by_a_comma_after_a_relative_clause_goes_on_from_the_name(analyzer: Analyzer) -> None:
    text = (
        "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never suggested a database of Muslims. "
        "May would have to do a complete reversal to revoke Article 50, but also implementing the motion by Parliament rejecting a no-deal Brexit."
    )
    assert _speakers_by_words(_analyse(analyzer, text)) == {"Donald Trump": "Donald Trump", "Parliament": "Parliament"}


def test_a_source_the_tagger_read_ends_before_the_date_of_the_verb(analyzer: Analyzer) -> None:
    text = (
        "Indiana Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS.” "
        "In a statement, the Kentucky Republican on Tuesday dismissed Obama’s actions to more tightly regulate gun sales."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.speaker.span) for q in a.quotes if q.speaker.span] == ["Indiana Gov. Mike Pence", "the Kentucky Republican"]


def test_the_noun_a_participle_cue_describes_speaks_without_the_participle(analyzer: Analyzer) -> None:
    text = (
        "Police fear a backlash, with opposition Sweden Democrats linking public concern about the rising crime rate "
        "to a large increase in the numbers of immigrants."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.speaker.span) for q in a.quotes if q.cue_lemma.startswith("link")] == ["opposition Sweden Democrats"]


def test_a_reported_content_that_opens_a_quotation_runs_to_its_end(analyzer: Analyzer) -> None:
    text = (
        "Jane Holt defended the law on Monday, saying it helped “millions of kids who would have been on a"
        " trajectory to drop out of high school, and instead, they made it.”"
    )
    a = _analyse(analyzer, text)
    quote = a.quotes[-1]
    assert quote.kind == "mixed" and quote.cue_lemma == "say"
    assert a.text_of(quote.content).endswith("they made it.”")
    hailed = _analyse(analyzer, 'Meanwhile, the resistance factions hailed the operation as "heroic". Hamas described it as “a turning point”.')
    assert [(q.kind, hailed.text_of(q.content)) for q in hailed.quotes] == [
        ("mixed", 'the operation as "heroic"'),
        ("mixed", "it as “a turning point”"),
    ]
    # the words before a cue set off inside the sentence close their quotation too
    added = _analyse(analyzer, "The rest were “locationally lost,” he added, likely due to electronic warfare.")
    assert [(q.kind, added.text_of(q.content)) for q in added.quotes] == [("mixed", "The rest were “locationally lost,”")]


def test_a_quote_after_the_cue_goes_on_with_the_mixed_quote_the_cue_broke_off(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Biden “has a lot of really good roles to play,” Holt said, “but I think that is a very significant one.”")
    (quote,) = a.quotes
    assert quote.kind == "mixed" and a.text_of(quote.content).startswith("Biden “has")
    assert [a.text_of(s) for s in quote.continuation] == ["but I think that is a very significant one."]


def test_a_bare_quoted_sentence_after_a_mixed_quote_and_its_cue_goes_on_with_it(analyzer: Analyzer) -> None:
    text = "The deal “looks out for Wall Street first and foremost,” Jane Holt wrote. “That is unacceptable to the people of this state.”"
    a = _analyse(analyzer, text)
    (mixed,) = a.quotes
    assert mixed.kind == "mixed" and mixed.cue_lemma == "write"
    assert [a.text_of(s) for s in mixed.continuation] == ["That is unacceptable to the people of this state."]


def test_what_a_speaker_called_someone_is_a_quote_and_a_phone_call_is_none(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Hillary Clinton called the agreement “an historic step forward” in global efforts on climate change.")
    (quote,) = a.quotes
    assert (quote.kind, quote.cue_lemma, quote.act) == ("mixed", "call", "speech")
    assert a.text_of(quote.content) == "the agreement “an historic step forward” in global efforts on climate change"
    assert _analyse(analyzer, "They called the police after the attack.").quotes == []




def test_whom_an_outlet_quotes_as_saying_the_words_speaks_them(analyzer: Analyzer) -> None:
    text = (
        "The state news agency KCNA quoted leader Kim Jong Un as saying the test was a success. "
        "The agency cited the minister as saying talks would go on. "
        "Iranian Foreign Ministry spokesman Saeed Khatibzadeh was quoted by IRNA as saying that Tehran would not negotiate under pressure."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("say", "leader Kim Jong Un", "the test was a success"),
        ("say", "the minister", "talks would go on"),
        ("say", "Iranian Foreign Ministry spokesman Saeed Khatibzadeh", "that Tehran would not negotiate under pressure"),
    ]

def test_a_blow_of_arms_or_of_a_storm_is_no_attribution_and_an_attack_in_words_is_one(analyzer: Analyzer) -> None:
    text = (
        "Gunmen attacked a checkpoint in Diyala province, killing two policemen. Hamas fighters attacked Israeli communities near the "
        "border. Iran-backed militias have repeatedly attacked US troops in Iraq. Israeli jets blasted Hamas positions in Gaza overnight. "
        "The storm slammed the coast on Monday. Insurgents attacked an army outpost overnight, the ministry said."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [("say", "Insurgents attacked an army outpost overnight")]
    words = _analyse(analyzer, "Trump attacked Clinton over her emails. The senator blasted the media on Monday.")
    assert [(q.cue_lemma, words.text_of(q.speaker.span)) for q in words.quotes] == [("attack", "Trump"), ("blast", "The senator")]

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He called anti-Trump protestors “illegals” and “thugs” without proof.", "anti-Trump protestors “illegals” and “thugs”"),
        (
            "Trump blasted the yoga instructor during a rally, calling her a “horrible, horrible witness,” and then tweeted about it.",
            "her a “horrible, horrible witness,”",
        ),
    ],
)
def test_what_a_speaker_called_someone_however_parsed(analyzer: Analyzer, text: str, words: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = [q for q in a.quotes if q.cue_lemma == "call"]
    assert quote.kind == "mixed" and a.text_of(quote.content) == words
    assert a.text_of(quote.speaker.span) in ("He", "Trump")


def test_a_name_the_parse_hung_on_the_object_is_what_the_speaker_called_it(analyzer: Analyzer) -> None:
    text = "Sanders called her fallen son her hero before explaining why she forgave Roof."  # 'her hero': an apposition
    drafts = rule_drafts(analyzer.nlp(text), quotation_spans(text))
    assert [(d.cue_lemma, text[d.content[0] : d.content[1]]) for d in drafts if d.cue_lemma == "call"] == [("call", "her fallen son her hero")]


def test_the_democrat_who_spoke_is_the_person_named_just_before_not_the_party(analyzer: Analyzer) -> None:
    text = (
        "For Mark Itzen, a 64-year-old social worker from Levittown, Pennsylvania, it was a frustrating reality.\n"
        "“The most disturbing thing for me is that we don’t know the details,” the Democrat said."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Mark Itzen", "role")]
    plural = _analyse(analyzer, "“It is a bad bill,” the Republicans said.")
    assert [s for _, _, _, s, _ in _view(plural)] == ["Republicans"]


def test_a_caption_saying_what_a_photo_shows_is_no_quote(analyzer: Analyzer) -> None:
    assert _analyse(analyzer, "This undated photo shows Dajah Harris, a college senior, in Norfolk, Virginia.").quotes == []
    assert [k for k, _, cue, _, _ in _view(_analyse(analyzer, "A new poll shows that voters are split on the plan."))] == ["indirect"]


def test_a_cue_set_off_inside_the_words_is_not_what_the_verb_after_it_reports(analyzer: Analyzer) -> None:
    text = "Peter Malak is a swing voter. While the media obsess over the report, he said, most Americans just want to pay their mortgages."
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert quote.cue_lemma == "say" and _view(a)[0][3] == "Peter Malak"
    assert [a.text_of(s) for s in (quote.content, *quote.continuation)] == [
        "While the media obsess over the report", "most Americans just want to pay their mortgages"
    ]


def test_a_wire_story_s_notices_and_credits_are_not_the_outlet_s_claims(analyzer: Analyzer) -> None:
    text = (
        "The mayor opened the bridge in 2019.\n"
        "Associated Press writer Ben Finley contributed to this report.\n"
        "Copyright 2019 The Associated Press.\nAll rights reserved.\n"
        "This material may not be published, broadcast, rewritten or redistributed."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(s) for s in a.outlet_voice] == ["The mayor opened the bridge in 2019."]


def test_an_event_named_among_the_subject_s_words_is_not_who_speaks(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "All political sides in the Brexit negotiations agree there should not be a “hard” border.")
    (quote,) = a.quotes
    assert quote.speaker.entity is None and a.text_of(quote.speaker.span) == "All political sides in the Brexit negotiations"


def test_a_quotation_left_open_over_paragraphs_closes_where_its_closing_mark_comes(analyzer: Analyzer) -> None:
    text = (
        "Matthew Parris, a political commentator in London, now remarks of her:\n“She is mean.\nShe is rude.\n"
        "I have heard that from almost everyone who has dealt with her,” Parris says.\nHe left."
    )
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "She is mean.\nShe is rude.\nI have heard that from almost everyone who has dealt with her,"
    ]
    (quote,) = _analyse(analyzer, text).quotes
    assert quote.kind == "direct" and _view(_analyse(analyzer, text))[0][3] == "Matthew Parris"
    unclosed = "He said: “It is open.\nNo, it is not.\n“Another one,” she said."
    assert [unclosed[a:b] for a, b in quotation_spans(unclosed)] == ["Another one,"]


def test_a_tagged_relation_whose_source_names_nobody_is_dropped(analyzer: Analyzer) -> None:
    text = (
        "The “you will be crushed” arrogance in the headline characterizes the attitude the British government under May"
        " demonstrated during the talks."
    )
    assert _analyse(analyzer, text).quotes == []


def test_british_single_quotation_marks_quote_whole_sentences_not_apostrophes(analyzer: Analyzer) -> None:
    text = (
        "Farmers face losses.\nHe said his country's farmers had been hit by the fall of sterling, but said: "
        "'A hard Brexit would make that look like a teddy bears' picnic.'\nThey fared 'just as badly' in talks."
    )
    assert [text[a:b] for a, b in quotation_spans(text)] == ["A hard Brexit would make that look like a teddy bears' picnic."]
    kinds = [(k, c) for k, c, _, _, _ in _view(_analyse(analyzer, text))]
    assert ("direct", "A hard Brexit would make that look like a teddy bears' picnic.") in kinds
    assert quotation_spans("Hillary ‘Better Qualified Than I Was.’\nShe ran.", body_start=37) == []


def test_a_british_quotation_over_paragraphs_opens_each_and_closes_at_the_last(analyzer: Analyzer) -> None:
    text = (
        "Hunt backs the deal.\n'We have a clear opportunity to leave on time,' he said.\n"
        "'It has most of the things that people wanted.\n'There will be tough talks, but I think it will pass.'\n"
        "'Schifty Schiff' read the words on the screen.\n'What are they going to do now?\nNobody answered."
    )
    spans = [text[a:b] for a, b in quotation_spans(text, body_start=20)]
    assert spans == [
        "We have a clear opportunity to leave on time,",
        "It has most of the things that people wanted.\n'There will be tough talks, but I think it will pass.",
    ]
    quotes = _analyse(analyzer, text).quotes
    # the paragraphs after 'he said.' go on with his quote, as a bare quote in double marks does: no 'I think' of nobody
    (quote,) = [q for q in quotes if q.kind == "direct"]
    assert [text[s.start : s.end] for s in quote.continuation] == [spans[1]]
    assert not [q for q in quotes if q.cue_lemma == "think"]


def test_a_british_quotation_over_paragraphs_may_open_after_the_cue_s_colon(analyzer: Analyzer) -> None:
    text = (
        "Jeremy Corbyn spoke in London.\n\nMr Corbyn said: 'The issue of another referendum was one of the options.\n\n"
        "'We haven't yet had a vote and I think the Government should be ashamed of itself.\n\n"
        "'Well both of those options are completely unacceptable.'\n\nThe work was carried out by YouGov."
    )
    quotes = _analyse(analyzer, text).quotes
    (quote,) = quotes
    words = text[quote.content.start : quote.content.end]
    assert (quote.kind, quote.cue_lemma) == ("direct", "say")
    assert words.startswith("The issue of another referendum") and words.endswith("completely unacceptable.")


def test_a_single_marked_quotation_goes_on_over_lines_without_marks_where_a_sentence_takes_a_line(analyzer: Analyzer) -> None:
    text = (
        "Jerome Corsi appears to be off the hook.\n'I feel vindicated.\n"
        "They offered me a plea deal which I thought was fraudulent,' Corsi said in a statement to Fox News.\n"
    )
    assert [text[a:b] for a, b in quotation_spans(text, body_start=41)] == [
        "I feel vindicated.\nThey offered me a plea deal which I thought was fraudulent,"
    ]
    quotes = [(kind, words, who) for kind, words, _, who, _ in _view(_analyse(analyzer, text))]
    assert ("direct", "I feel vindicated.\nThey offered me a plea deal which I thought was fraudulent", "Jerome Corsi") in quotes
    assert not [q for q in _analyse(analyzer, text).quotes if q.cue_lemma == "think"]  # 'which I thought': his words, not a quote of 'I'


def test_lines_going_on_without_marks_may_reopen_it_and_hold_a_double_marked_phrase() -> None:
    text = (
        "The host spoke.\nSpeaking on his programme, the host said: 'I must say, I don't think it looks good.\n"
        'No further indictments, even after the "I love it" memo, really?\n'
        "'Did they trust the report too much?\nI have a TV.'\nHe was joined by a panel."
    )
    assert [text[a:b] for a, b in quotation_spans(text, body_start=16)] == [
        "I must say, I don't think it looks good.\nNo further indictments, even after the \"I love it\" memo, really?\n"
        "'Did they trust the report too much?\nI have a TV.",
        "I love it",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the next line quotes words of its own: the quotation was left open, not continued
        "Mr Corbyn said: 'We have not had a vote and the Government should be ashamed of itself.\n"
        "Jacob Rees-Mogg said there was 'no sign at all' that the tide was turning.\n"
        "'I think it was based on a false premise,' he told MailOnline.",
        # a picture's caption ends no sentence
        "Prof Bale said: 'Our survey suggests Labour members want a referendum.\n"
        "Theresa May (pictured) has been battling to get her deal through Parliament\n"
        "It also suggests that voters are in the same camp.'",
    ],
)
def test_a_single_marked_quotation_does_not_go_on_over_a_line_that_quotes_or_ends_no_sentence(text: str) -> None:
    assert all("\n" not in text[a:b] for a, b in quotation_spans(text))


@pytest.mark.parametrize(("opening", "closing"), [("'", "'"), ("\u201c", "\u201d")])
def test_a_quotation_whose_paragraphs_a_caption_parts_is_quoted_words_before_it_and_after(analyzer: Analyzer, opening: str, closing: str) -> None:
    text = (
        f"Prof Bale said: {opening}Our survey suggests Labour members want a referendum.\n"
        "Theresa May (pictured) has been battling to get her deal through Parliament\n"
        f"{opening}It also suggests that voters are in the same camp.\n"
        f"{opening}As a result, our research is bound to increase the pressure on the leader.{closing}"
    )
    a = _analyse(analyzer, text)
    assert [(kind, content.split("\n")[0], speaker) for kind, content, _, speaker, _ in _view(a)] == [
        ("direct", "Our survey suggests Labour members want a referendum.", "Bale"),
        ("direct", "It also suggests that voters are in the same camp.", "Bale"),
    ]


def test_a_phrase_quoted_in_the_speaker_s_description_is_no_more_of_the_quote(analyzer: Analyzer) -> None:
    text = (
        '"It was truly shameful," said Leslie Feldman, a plaintiff in the lawsuit who waited in an '
        '"extraordinarily long line snaking in, out and around" a church for four hours.'
    )
    a = _analyse(analyzer, text)
    (quote,) = [q for q in a.quotes if q.kind == "direct"]
    assert a.text_of(quote.content) == "It was truly shameful" and quote.continuation == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The economy, said the minister, will grow by three percent next year.", ["The economy", "will grow by three percent next year"], "the minister"),
        (
            "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget.",
            ["And Trump", "doesn't forgive or forget"],
            "Sunshine, who remains friendly with her former boss",
        ),
    ],
)
def test_a_cue_set_off_inside_the_sentence_with_its_speaker_after_it(analyzer: Analyzer, text: str, words: list[str], speaker: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert [a.text_of(s) for s in (quote.content, *quote.continuation)] == words
    assert a.text_of(quote.speaker.span) == speaker


def test_who_is_told_is_not_who_tells(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "As British MPs are told that their break is to be cancelled, RT takes a look at the saga.")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "that their break is to be cancelled"
    assert quote.speaker.span is None and not quote.speaker.resolved  # neither the MPs nor RT said it


def test_a_chain_of_the_same_pronoun_leads_back_to_the_name(analyzer: Analyzer) -> None:
    text = "Bernie Sanders spoke in Iowa. Sanders is cool. He is idealistic. He is a great politician. Most important, he said young voters trust him."
    ((_, _, _, speaker, via),) = _view(_analyse(analyzer, text))
    assert (speaker, via) == ("Bernie Sanders", "pronoun")


def test_when_it_was_said_is_no_part_of_what_was_said(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Trump announced his candidacy in June 2015.")
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "his candidacy" and quote.said_on_span is not None and a.text_of(quote.said_on_span) == "June 2015"


def test_a_cue_set_off_after_but_leaves_the_but_out_and_the_words_hold_no_second_quote(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, 'But, he added, he did not support issuing quarantines "willy-nilly."')
    (quote,) = a.quotes
    assert quote.cue_lemma == "add" and a.text_of(quote.content).startswith("he did not support") and quote.continuation == []


def test_a_colon_after_a_clause_is_no_cue_of_a_speaker(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(
        "Asteroid Will Skim By Earth Days Before Christmas: It Is ‘Potentially Hazardous’\n\nThe asteroid will pass by.",
        source=None, headline_first_line=True,
    ))
    assert [q.cue_lemma for q in a.quotes if q.cue_lemma == ":"] == []


def test_an_event_or_place_named_in_the_speaker_s_words_or_before_a_colon_is_not_who_speaks(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "New audio from the night of the Las Vegas Massacre reveals that there was another active shooter in the bar.")
    assert [q.speaker.entity for q in a.quotes] in ([], [None])
    owned = "Donald Trump spoke in Ohio. The Trump campaign said the rally was big. A study by the Brookings Institution found that wages rose."
    assert [s for _, _, _, s, _ in _view(_analyse(analyzer, owned))] == ["Donald Trump", "Brookings Institution"]
    headline = analyzer.analyze(build_article("Brexit: Goodbye United Kingdom\n\nThe talks failed.", source=None, headline_first_line=True))
    assert [q.cue_lemma for q in headline.quotes if q.cue_lemma == ":"] == []


def test_according_to_closing_the_sentence_sources_all_of_it_however_parsed(analyzer: Analyzer) -> None:
    text = (
        "Teenage undergraduates with nonexistent credit histories might not be so lucky, according to Jason Delisle,"
        " who was an information specialist at the New America Foundation."
    )
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "Teenage undergraduates with nonexistent credit histories might not be so lucky"


def test_a_song_sung_is_no_statement_of_the_singer(analyzer: Analyzer) -> None:
    text = "Just before the ball fell, Bebe Rexha sang John Lennon's \"Imagine,\" and many in the square sang along."
    assert _analyse(analyzer, text).quotes == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(  # the parse hung 'can give' on 'saying' as a second clause
            "Mr Hunt added his voice to the pleas today, saying that the deal Mrs May had thrashed out with the EU can 'give us absolutely everything we wanted'.",
            "that the deal Mrs May had thrashed out with the EU can 'give us absolutely everything we wanted",
            id="a clause the parse cut in two",
        ),
        pytest.param(
            "Trump said he would require federal employees to sign agreements to prevent kiss-and-tell accounts of the White House.",
            "he would require federal employees to sign agreements to prevent kiss-and-tell accounts of the White House",
            id="a reporting verb joined to a verb inside the words",
        ),
        pytest.param(
            "Bush said the U.S. needs to secure the border and create a guest-worker program, but that he would not support mass deportation.",
            "the U.S. needs to secure the border and create a guest-worker program, but that he would not support mass deportation",
            id="a second that-clause",
        ),
        pytest.param(
            "Reporters asked the GOP frontrunner about the Twitter kerfuffle on Monday.", "about the Twitter kerfuffle", id="what was asked about"
        ),
        pytest.param(
            "Clark later said his comments were mischaracterized and that he was “for separating people who made dangerous decisions.”",
            "his comments were mischaracterized and that he was “for separating people who made dangerous decisions.”",
            id="a second that-clause with a pronoun subject",
        ),
        pytest.param(  # the tokenizer left 'record—“the' one word
            "She has touted her husband’s economic record—“the longest peacetime expansion in our history”—and promised more.",
            "her husband’s economic record—“the longest peacetime expansion in our history”",
            id="a quotation set off by dashes",
        ),
        pytest.param(
            "He vowed to impose a punishing tariff on imports of Fords unless the company cancels its investment in Mexico.",
            "to impose a punishing tariff on imports of Fords unless the company cancels its investment in Mexico",
            id="the condition of a promise",
        ),
        pytest.param(
            "Clinton said the goal was not to “make America great again” but to “make America whole again.”",
            "the goal was not to “make America great again” but to “make America whole again.”",
            id="a second infinitive",
        ),
        pytest.param(
            "Hannity asked Trump Wednesday if the project was still in Trump’s plans.",
            "if the project was still in Trump’s plans",
            id="what was asked, not whom",
        ),
    ],
)
def test_the_words_of_the_one_quote(analyzer: Analyzer, text: str, words: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert a.text_of(quote.content) == words


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Whom do you consider to be the most corrupt politician?\nYou also agree to this site's Privacy Policy and Terms of Use.\n"
            "Please, put yourself in their position and consider if you would appreciate a petition.\n"
            "Consider that and then, please, support the petition by clicking here.",
            id="what the outlet asks of its reader",
        ),
        pytest.param("Only time will tell whether President Donald Trump will be implicated.", id="a saying"),
        pytest.param("The account belongs to a group that calls itself Asawitri Media.", id="a name someone goes by"),
        pytest.param(
            '<tweet pic="" author="JebBush" timestamp="1449075600">Praying for the victims and their families.</tweet>.',
            id="an archive's markup",
        ),
    ],
)
def test_words_that_quote_nobody(analyzer: Analyzer, text: str) -> None:
    assert _analyse(analyzer, text).quotes == []


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_quote_closed_before_its_verb_is_direct_when_the_parse_hung_the_speaker_on_it(analyzer: Analyzer, apostrophe: str) -> None:
    text = (
        "“He's absolutely right. There's a severe disconnect between this White House and frankly the president and our military,”"
        f" Flynn, a top Trump surrogate, said Thursday morning on Fox News{apostrophe}s “Fox and Friends.”"
    )
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert quote.kind == "direct" and a.text_of(quote.content).startswith("He's absolutely right.")
    assert a.text_of(quote.speaker.span) == "Flynn, a top Trump surrogate"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Did you know it was Mussolini?” Todd asked the real estate mogul.", "Todd"),
        ("“Why not?” asked the reporter.", "the reporter"),
    ],
)
def test_a_question_asked_of_someone_is_the_quote_before_the_verb(analyzer: Analyzer, text: str, speaker: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert (quote.kind, a.text_of(quote.speaker.span)) == ("direct", speaker)


def test_a_quotation_joined_to_reported_words_by_but_goes_on_with_them(analyzer: Analyzer) -> None:
    text = "Zimmerman said he had received offers for the gun, but “the offers were to use the gun in a fashion I did not like.”"
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert quote.kind == "mixed"
    assert a.text_of(quote.content).startswith("he had received offers for the gun, but “the offers were")


def test_an_opening_mark_turned_the_wrong_way_closes_a_quote() -> None:
    text = "Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked. “No,” she said."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["Do you want to be associated with a fascist?", "No,"]
    text = "It called for an “expedited review“ of the pipes and said a “health monitoring system” was needed."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["expedited review", "health monitoring system"]


@pytest.mark.parametrize(
    ("headline", "words", "speaker"),
    [
        ("Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’", "Physically Assaulting A Reporter Is A Fireable Offense.", "Ted Cruz"),
        ("CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’", "We Do Not Pay Candidates To Appear At Debates.", "CNN President"),
        ("Reid: 'Never, ever, ever underestimate Trump.'", "Never, ever, ever underestimate Trump.", "Reid"),
    ],
)
def test_a_headline_quoting_the_name_before_its_colon(analyzer: Analyzer, headline: str, words: str, speaker: str) -> None:
    a = analyzer.analyze(build_article(headline + "\n\nThe remarks came on Monday.", source=None, headline_first_line=True))
    (quote,) = a.quotes
    assert (quote.kind, a.text_of(quote.content), quote.cue_lemma, a.text_of(quote.speaker.span)) == ("direct", words, ":", speaker)


def test_a_clause_of_time_set_off_by_commas_is_no_cue_inside_words_and_a_participle_sentence_goes_on_from_the_one_before(analyzer: Analyzer) -> None:
    text = (
        "Later in the show, after the Sanders interview concluded, Maher stated of the email scandal that the report “wasn’t good.” "
        "Adding, “Now, like with all Clinton scandals, what they actually do is never that bad.”"
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.cue), a.text_of(q.content), a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("stated", "that the report “wasn’t good.”", "Maher"),
        ("Adding", "Now, like with all Clinton scandals, what they actually do is never that bad.", "Maher"),
    ]


def test_a_speaker_written_against_the_closing_quotation_mark_speaks_it(analyzer: Analyzer) -> None:
    text = "“I think it has been most surprising to me,”Clinton said. Trump lawyers Rudy Giuliani and Jay Sekulow said:“We’re pleased that the report is out.”"
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.content), a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("I think it has been most surprising to me", "Clinton"),
        ("We’re pleased that the report is out.", "Trump lawyers Rudy Giuliani and Jay Sekulow"),
    ]
    assert "We’re" not in {e.canonical for e in a.entities}


def test_a_name_set_off_before_a_colon_in_a_line_speaks_the_quote_after_it(analyzer: Analyzer) -> None:
    text = (
        "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”\n\n"
        "More from Jones: “The partisanship of a state is a starting point.”\n\n"
        "Clinton: \"Our goal is to defeat ISIS.\" Bush: \"The mission is to destroy ISIS.\""
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.content), q.cue_lemma, a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("Gallup’s analysis finds that 20 states are solidly Republican.", ":", "Jeffrey M. Jones"),
        ("The partisanship of a state is a starting point.", ":", "Jones"),
        ("Our goal is to defeat ISIS.", ":", "Clinton"),
        ("The mission is to destroy ISIS.", ":", "Bush"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "cue", "speaker"),
    [
        ("As The Huffington Post previously reported, Clinton received millions from the bank.", "Clinton received millions from the bank", "reported", "The Huffington Post"),
        ("And as Menendez pointed out, new legislation has a real impact on real women.", "new legislation has a real impact on real women", "pointed out", "Menendez"),
        ('As The Post\'s Ruth Marcus puts it, Obama is trying to make Republicans "an offer they can\'t refuse."', 'Obama is trying to make Republicans "an offer they can\'t refuse."', "puts it", "The Post's Ruth Marcus"),
    ],
)
def test_a_cue_opening_the_sentence_with_as_quotes_the_rest_of_it(analyzer: Analyzer, text: str, words: str, cue: str, speaker: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert (a.text_of(quote.content), a.text_of(quote.cue), a.text_of(quote.speaker.span)) == (words, cue, speaker)


def test_a_quotation_closed_before_its_cue_is_one_quote_whatever_the_parse_made_of_its_sentences(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, '"Let me be very, very clear. As president, I will not be neutral," Cruz said, in another shot aimed at Trump.')
    (quote,) = a.quotes
    assert quote.kind == "direct" and a.text_of(quote.content).startswith("Let me be very, very clear.")


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param(
            "Trump said the deadlock has “kept us safe” on Twitter before claiming that open borders are “tearing American families apart.”",
            [("say", "the deadlock has “kept us safe” on Twitter"), ("claim", "that open borders are “tearing American families apart.”")],
            id="a second act after 'before'",
        ),
        pytest.param(
            "Mr. Trump questioned why Mr. Khan's wife did not speak alongside him at the Democratic convention,"
            " implying that she was forbidden from doing so.",
            [
                ("question", "why Mr. Khan's wife did not speak alongside him at the Democratic convention"),
                ("imply", "that she was forbidden from doing so"),
            ],
            id="what the words implied",
        ),
        pytest.param(
            "A spokesman for Mr. Clinton declined to comment. Cook declined to say whether it broke Pentagon email policies.",
            [("decline", "to comment"), ("decline", "to say whether it broke Pentagon email policies")],
            id="declining to comment",
        ),
    ],
)
def test_each_act_of_saying_is_a_quote_of_its_own(analyzer: Analyzer, text: str, quotes: list[tuple[str, str]]) -> None:
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == quotes


def test_what_a_speaker_referred_to_is_a_quote_of_its_own(analyzer: Analyzer) -> None:
    text = "“I’m a unifier, unlike our president right now,” Trump said, referring to Barack Obama. He referred the case to a court."
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content), a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("say", "I’m a unifier, unlike our president right now", "Trump"),
        ("refer to", "Barack Obama", "Trump"),
    ]


def test_according_to_after_a_clause_set_off_sources_that_clause_and_leaves_the_rest_to_its_speaker(analyzer: Analyzer) -> None:
    text = (
        "His campaign manager, Jeff Weaver, says it is proof the candidate can still close the gap in pledged delegates,"
        " which stood at 263 entering Tuesday's primary, according to the AP."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("say", "it is proof the candidate can still close the gap in pledged delegates"),
        ("according to", "which stood at 263 entering Tuesday's primary"),
    ]
    (quote,) = _analyse(analyzer, "The minister resigned on Friday, according to the agency.").quotes
    assert quote.content.start == 0


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        (
            "Mr. Trump also insisted in the same interview that Mr. Khan was wrong to say he had not sacrificed for his country.",
            "insist", "that Mr. Khan was wrong to say he had not sacrificed for his country",
        ),
        (
            "Trump was upbeat, telling reporters during a visit to Scotland on Friday that he thinks the Brexit is “a great thing.”",
            "tell", "that he thinks the Brexit is “a great thing.”",
        ),
        (
            "A source close to the negotiations told AFP on condition of anonymity that talks in Cairo had stalled over the demand.",
            "tell", "that talks in Cairo had stalled over the demand",
        ),
    ],
)
def test_a_that_clause_the_parse_hung_on_a_phrase_after_the_cue_is_what_was_said(analyzer: Analyzer, text: str, cue: str, words: str) -> None:
    a = _analyse(analyzer, text)
    (quote,) = a.quotes  # the 'say' and 'think' inside are the speaker's words, no quotes of their own
    assert (quote.cue_lemma, a.text_of(quote.content)) == (cue, words)


def test_a_headline_giving_a_person_s_name_and_a_colon_gives_their_claim(analyzer: Analyzer) -> None:
    text = "Bill Clinton: Hillary thinks feds require too many tests at school.\n\nBill Clinton spoke in Iowa on Monday."
    a = _analyse(analyzer, text, headline=True)
    (quote,) = a.quotes  # 'thinks' inside is his claim about her, no quote of its own
    assert (quote.cue_lemma, a.text_of(quote.content), a.text_of(quote.speaker.span)) == (
        ":", "Hillary thinks feds require too many tests at school", "Bill Clinton"
    )
    report = analyzer.analyze(build_article("Report: Colin Powell Advised Clinton To Use Private Email.\n\nThe email was sent.", source=None, headline_first_line=True))
    assert [q.cue_lemma for q in report.quotes if q.cue_lemma == ":"] == []


def test_a_headline_ending_with_a_dash_and_a_person_gives_their_claim(analyzer: Analyzer) -> None:
    text = "Brexit delay request will be rejected without guarantees – France’s Le Drian\n\nFrench Foreign Minister Jean-Yves Le Drian spoke on Wednesday."
    a = _analyse(analyzer, text, headline=True)
    names = {e.id: e.canonical for e in a.entities}
    assert [(q.cue_lemma, a.text_of(q.content), a.text_of(q.speaker.span), names.get(q.speaker.entity or "")) for q in a.quotes] == [
        ("–", "Brexit delay request will be rejected without guarantees", "France’s Le Drian", "Jean-Yves Le Drian")
    ]
    role = "EU Profits From Trading With UK While London Loses Money – Political Campaigner\n\nSputnik spoke with political campaigner Michael Swadling."
    b = analyzer.analyze(build_article(role, source=None, headline_first_line=True))
    assert [({e.id: e.canonical for e in b.entities}.get(q.speaker.entity or ""), q.cue_lemma) for q in b.quotes] == [("Michael Swadling", "–")]
    why = analyzer.analyze(build_article("Authorities Lied About The Check-In Date – What Else Are They Hiding?\n\nThe hotel said nothing.", source=None, headline_first_line=True))
    assert [q for q in why.quotes if q.cue_lemma == "–"] == []  # a question after the dash names no source


def test_a_cue_that_says_how_someone_acted_ends_with_the_act_and_the_words_are_its_object(analyzer: Analyzer) -> None:
    text = "In a two-minute response on the issue, Cruz mentioned CNN five times and seemed to blame the network for its reporting more than his own campaign."
    a = _analyse(analyzer, text)
    seemed = next(q for q in a.quotes if q.cue_lemma == "seem")
    assert (a.text_of(seemed.cue), a.text_of(seemed.content)) == ("seemed to blame", "the network for its reporting more than his own campaign")


@pytest.mark.parametrize(
    ("text", "lemma", "words"),
    [
        ("The senator mocked the governor's plan to build a wall.", "mock", "the governor's plan to build a wall"),
        ("The bishops denounced the new law on asylum.", "denounce", "the new law on asylum"),
        ("Most voters prefer a candidate with experience in government.", "prefer", "a candidate with experience in government"),
        ("The mayor is hoping that the council will approve the budget.", "hope", "that the council will approve the budget"),  # not 'hop'
        ("Mr. Obama portrayed the real estate mogul as part of the global elite.", "portray", "the real estate mogul as part of the global elite"),
        ("Clinton noted the Sept. 11 attacks and her support for first responders.", "note", "the Sept. 11 attacks and her support for first responders"),
        ("He recalled Ali’s generosity in support of an anti-hunger program.", "recall", "Ali’s generosity in support of an anti-hunger program"),
        ("Rubio predicted a comfortable victory in his home state.", "predict", "a comfortable victory in his home state"),
        ("The poll indicated broad support for the measure.", "indicate", "broad support for the measure"),
        ("The governor slammed the new rules on overtime pay.", "slam", "the new rules on overtime pay"),
        ("In his op-ed, the senator argued the case for a higher minimum wage.", "argue", "the case for a higher minimum wage"),
        (
            "Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign.”",
            "declare",
            "it “another super Tuesday for our campaign.”",
        ),
    ],
)
def test_stances_the_lexicon_reports_without_the_tagger(analyzer: Analyzer, text: str, lemma: str, words: str) -> None:
    drafts = rule_drafts(analyzer.nlp(text), quotation_spans(text))
    assert [(d.cue_lemma, text[d.content[0] : d.content[1]]) for d in drafts] == [(lemma, words)]


def test_a_cue_after_a_quote_ending_in_an_exclamation_has_a_subject_of_any_length(analyzer: Analyzer) -> None:
    text = "“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website reads."
    a = _analyse(analyzer, text)
    (quote,) = a.quotes
    assert (quote.cue_lemma, a.text_of(quote.speaker.span)) == ("read", "a welcome message on the website")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Asked if he was ever bullied, the candidate said no.", ["no"]),
        ("Most Democrats said yes, but 55 percent of Republicans said no.", ["yes", "no"]),
        ("Only 49 percent of Republicans say the same of Trump.", ["the same of Trump"]),
        ("Some 43 percent said the same about Sanders, 73 percent to 63 percent.", ["the same about Sanders"]),
        ("He said the same thing at every diner stop.", ["the same thing"]),
        ("He said no to the deal.", []),  # what he refused, not his word
    ],
)
def test_a_one_word_answer_or_the_same_is_what_was_said(analyzer: Analyzer, text: str, words: list[str]) -> None:
    drafts = rule_drafts(analyzer.nlp(text), quotation_spans(text))
    assert [text[d.content[0] : d.content[1]] for d in drafts if d.cue_lemma == "say"] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mrs. Clinton is not expected to publicly pressure Mr. Sanders to quit the race.", ["Mrs. Clinton", "to publicly pressure Mr. Sanders to quit the race"]),
        ("The measure, which the Senate is expected to vote on next week, is popular.", ["which the Senate", "to vote on next week"]),
        ("The New York Times is expected to endorse the Democratic candidate.", []),  # 'endorse' is the cue of its own quote
        ("Enthusiasm for Clinton appears to have plummeted.", ["Enthusiasm for Clinton", "to have plummeted"]),
        ("After the vote the Trump team appeared paralyzed.", ["the Trump team", "paralyzed"]),
        ("It appears that the championship game wasn’t boring to everyone.", ["that the championship game wasn’t boring to everyone"]),
        ("Clinton appeared on CNN on Sunday.", []),  # where she was seen, not an impression
        ("Both objections seemed to carry little weight.", ["Both objections", "to carry little weight"]),
        ("Party chairman Reince Priebus was said to be furious with Trump.", ["Party chairman Reince Priebus", "to be furious with Trump"]),
        ("Rubio is seen as the more electable choice.", ["Rubio", "as the more electable choice"]),
        ("He was seen at the rally.", []),  # where he was, not what is thought of him
    ],
)
def test_an_expectation_or_impression_nobody_holds_is_the_subject_and_what_is_said_of_it(
    analyzer: Analyzer, text: str, words: list[str]
) -> None:
    drafts = [d for d in rule_drafts(analyzer.nlp(text), quotation_spans(text)) if d.cue_lemma in ("expect", "seem", "appear", "say", "see")]
    assert [text[s:e] for d in drafts for s, e in (d.content, *d.continuation)] == words
    assert all(d.subject == [] and d.act == "belief" for d in drafts)  # nobody in the sentence holds it


def test_a_thing_named_by_how_it_looks_is_no_impression(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Mr Spencer put up a copy of what appears to be the exclusion decision from the Home Office on the Jihad Watch website.")
    assert a.quotes == []


def test_an_impression_nobody_holds_has_an_unnamed_speaker_not_an_unknown_one(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The House is expected to pass the bill this week. Smith said it was a bad bill.")
    expected, said = a.quotes
    assert (expected.speaker.via, expected.speaker.span, expected.act) == ("unnamed", None, "belief")
    assert said.speaker.via == "named"


def test_people_named_by_their_relation_to_a_person_speak_for_that_person_only_as_spokespeople(analyzer: Analyzer) -> None:
    text = (
        "President Donald Trump spoke in Ohio. Trump's supporters trumpeted reports that the inquiry was over. "
        "Trump's opponents hope the report will reveal malfeasance. Trump's lawyer said the president was innocent. "
        "Trump's spokeswoman said the talks went well. Trump campaign aides said the rally was huge. "
        "The former prosecutor and Trump nemesis said the report was a cover-up. A Pentagon spokesman said the strike was lawful. Two members of Prime Minister Theresa May's team said the plan could fail. "
        "Former Downing Street director of legislative affairs Nikki da Costa said approval was not enough."
    )
    assert _speakers_by_words(_analyse(analyzer, text)) == {
        "Trump's supporters": None,
        "Trump's opponents": None,
        "Trump's lawyer": None,
        "Trump's spokeswoman": "Donald Trump",
        "Trump campaign aides": "Donald Trump",
        "The former prosecutor and Trump nemesis": None,
        "A Pentagon spokesman": "Pentagon",
        "Two members of Prime Minister Theresa May's team": "Theresa May",
        "Former Downing Street director of legislative affairs Nikki da Costa": "Nikki da Costa",
    }


def test_who_speaks_for_an_entity_is_told_from_the_entity_itself(analyzer: Analyzer) -> None:
    text = (
        "A spokesperson for Prime Minister Theresa May said the deal was dead. Pentagon officials said the strike was lawful. "
        "A new YouGov survey showed that support had fallen. Justice Department guidance says that a sitting president cannot be indicted. "
        "The UK government said the talks would resume. Prime Minister Theresa May said she would resign."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Theresa May", "representative"),
        ("Pentagon", "representative"),
        ("YouGov", "document"),
        ("Justice Department", "document"),
        ("United Kingdom", "named"),
        ("Theresa May", "named"),
    ]


def test_two_roles_joined_by_and_before_a_name_are_that_person_not_the_roles_owner(analyzer: Analyzer) -> None:
    text = (
        "Clinton's chief pollster and strategist Joel Benenson said the race was tightening. "
        "Trump's son-in-law and senior adviser Jared Kushner said the plan was ready. "
        "Clinton's aides and Benenson said the race was close."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Joel Benenson", "named"), ("Jared Kushner", "named"), (None, "unresolved")]


def test_a_role_with_the_after_a_quote_describes_its_speaker_unless_it_stands_in_for_someone_unnamed(analyzer: Analyzer) -> None:
    text = (
        "Foreign Minister Mohammad Javad Zarif spoke in Tehran on Monday. “The sanctions are economic terrorism,” he said. "
        "The Iranian diplomat added that Europe had failed to keep its commitments. "
        "“We will not negotiate under pressure,” Zarif said. The official added that talks were over. "
        "“Nothing will change,” Zarif said. Ali Larijani met him on Tuesday. The Iranian politician added that the deal was dead."
    )  # ('the diplomat' there would be Zarif, the one diplomat: the office holder named last)
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Mohammad Javad Zarif", "pronoun"),
        ("Mohammad Javad Zarif", "role"),
        ("Mohammad Javad Zarif", "named"),
        (None, "unresolved"),
        ("Mohammad Javad Zarif", "named"),
        (None, "unresolved"),
    ]
    # the nationality of the role is the country of the office the text gave them
    text = (
        "Iran's Foreign Minister Abbas Araghchi says the Islamic Republic will respond at the right time. "
        "Speaking to reporters on Wednesday, Araghchi said the response would be calculated. "
        "The Iranian diplomat also warned the United States against any involvement."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Abbas Araghchi", "role")
    elsewhere = "Sen. Bernie Sanders (I-Vt.) spoke on Monday. “The system is rigged,” he said. The Ohio senator added that he would stay."
    assert _speakers_and_how(_analyse(analyzer, elsewhere)) == [("Bernie Sanders", "pronoun"), (None, "unresolved")]
    of_something = "“It was a hate crime,” Owen Jones said on Sky News. The program's host replied that it was terrorism."
    assert _speakers_and_how(_analyse(analyzer, of_something)) == [("Owen Jones", "named"), (None, "unresolved")]


def test_the_body_named_by_its_last_word_is_the_one_the_text_named_last(analyzer: Analyzer) -> None:
    text = (
        "According to the U.S. Defense Security Cooperation Agency, the package includes spare parts for aircraft. "
        "The agency said on Friday that the sale would help Taiwan maintain its fleet. The network said the report was false."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("U.S. Defense Security Cooperation Agency", "named"),
        ("U.S. Defense Security Cooperation Agency", "role"),
        (None, "unresolved"),
    ]
    text = (
        "Spend enough time in Catholic World and you meet good men who quit the seminary. "
        "As the modern world continued to reject traditional mores, the Church seemed out of step."
    )
    assert all(speaker != "Catholic World" for speaker, _ in _speakers_and_how(_analyse(analyzer, text)))


def test_the_body_named_by_the_word_before_an_of_or_an_in_of_its_name(analyzer: Analyzer) -> None:
    text = (
        "The Ministry of Foreign Affairs of Iran condemned the raid on Monday. "
        "The ministry said in a statement that the attack violated international law."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Ministry of Foreign Affairs", "named"), ("Ministry of Foreign Affairs", "role")]
    text = (
        "The Islamic Resistance in Lebanon announced on Friday that its fighters targeted a gathering of soldiers. "
        "In a statement, the resistance stressed that the operation came in support of Gaza."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Islamic Resistance in Lebanon", "named"), ("Islamic Resistance in Lebanon", "role")]


def test_words_before_the_comma_the_parse_took_for_a_first_subject_are_what_was_said(analyzer: Analyzer) -> None:
    text = (
        "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Saturday, the enclave's health ministry said, "
        "as mediators pressed on with efforts to revive ceasefire talks."
    )
    a = _analyse(analyzer, text)
    first = a.quotes[0]
    assert (a.text_of(first.content), a.text_of(first.speaker.span)) == (
        "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Saturday",
        "the enclave's health ministry",
    )


def test_a_saying_added_with_with_is_a_quote_of_its_own(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, 'The government has defended its decision to cut overseas aid, with a minister saying the move was "difficult but necessary".')
    assert [(a.text_of(q.content), a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("its decision to cut overseas aid", "The government"),
        ('the move was "difficult but necessary"', "a minister"),
    ]
    a = _analyse(analyzer, "Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month, Obama said.")
    assert [a.text_of(q.content) for q in a.quotes] == ["Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month"]


def test_a_cue_closing_its_sentence_after_a_comma_and_its_speaker_whatever_the_parse(analyzer: Analyzer) -> None:
    text = (
        "A Russian missile strike on the city of Sumy killed 11 people, including two children, "
        "the head of the Presidential Office Andriy Yermak said on Telegram on Sunday."
    )
    a = _analyse(analyzer, text, published=date(2026, 11, 23))
    (quote,) = a.quotes
    assert a.text_of(quote.content) == "A Russian missile strike on the city of Sumy killed 11 people, including two children"
    assert {e.id: e.canonical for e in a.entities}[quote.speaker.entity] == "Andriy Yermak"
    assert quote.said_on == date(2026, 11, 22) and quote.channel == "post"


def test_a_content_ending_on_a_time_of_day_keeps_its_a_m(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The Joint Chiefs of Staff said it detected the launch at around 7:50 a.m. The missile flew 350 kilometers.")
    assert a.text_of(a.quotes[0].content) == "it detected the launch at around 7:50 a.m."


def test_the_military_is_the_army_the_text_named(analyzer: Analyzer) -> None:
    text = (
        "The Israel Defense Forces said it struck dozens of targets in southern Lebanon overnight. "
        "According to the military, the launchers had been used to fire rockets. The army said there were no injuries."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Israel Defense Forces", "named"), ("Israel Defense Forces", "role"), ("Israel Defense Forces", "role")]
    # a paramilitary force is no army
    text = "The Rapid Support Forces said it took the town. The army said the attack had failed."
    assert _speakers_and_how(_analyse(analyzer, text))[1] != ("Rapid Support Forces", "role")


def test_wire_copy_s_unnamed_spokesperson_is_the_one_the_next_sentence_titles_and_a_question_is_the_asker_s(analyzer: Analyzer) -> None:
    text = (
        "China firmly opposes the latest arms sales to Taiwan, a Chinese foreign ministry spokesperson said Monday.\n"
        "Spokesperson Mao Ning made the remarks at a regular press briefing when asked to comment on the sale.\n"
        "“I think that day will come,” Lewis said when asked by anchor Maria Bartiromo about impeachment."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Mao Ning", "role"),
        (None, "unnamed"),
        ("Lewis", "named"),
        ("Maria Bartiromo", "named"),
    ]
    # the parse reads 'when asked a relevant question' as a past tense without a subject: the one who answers is asked
    text = "“No, there are no such plans,” Peskov said when asked a relevant question."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Peskov", "named"), (None, "unnamed")]


def test_the_tagger_s_source_is_not_taken_from_another_clause_s_subject(analyzer: Analyzer) -> None:
    text = (
        "'Democrats, the test results are back, and Donald Trump is your daddy,' read the text on the image "
        "Trump Jr posted on Instagram Saturday, a day after Mueller filed his final report."
    )
    (quote,) = _analyse(analyzer, text).quotes
    assert quote.kind == "direct" and quote.speaker.entity is None


def test_a_pronoun_after_an_office_as_the_subject_is_its_holder_not_the_last_speaker(analyzer: Analyzer) -> None:
    text = (
        "President Donald Trump arrived in Palm Beach. “He can weather anything,” said Joyce Lewis Bass, a board member. "
        "The president spoke to the cheering crowd for about two minutes. He said nothing about the Mueller news."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Joyce Lewis Bass", "named"), ("Donald Trump", "pronoun")]


def test_the_special_counsel_is_the_person_the_text_gave_that_office(analyzer: Analyzer) -> None:
    text = (
        "Special counsel Robert Mueller closed his investigation on Friday. Michael Cohen said Trump had asked him to arrange the payments. "
        "The special counsel brought an indictment accusing Russian officers of hacking. He charged another group of Russians with fraud."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-2:] == [("Robert Mueller", "role"), ("Robert Mueller", "pronoun")]


def test_a_pronoun_after_an_office_never_given_as_a_title_is_the_one_person_just_named(analyzer: Analyzer) -> None:
    text = "Critics attacked Justin Trudeau over the pipeline. The prime minister returned to Ottawa with what he claimed was a better plan."
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Justin Trudeau", "pronoun")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a topic set before the pronoun; the name before a chain of the same pronoun in one sentence; a subject's owner;
        # its agent, over a picture's caption
        ("Cruz had a more ominous take. “That would be a disaster,” the Texas senator said.\n\nAs for Trump, he said he is not worried.", "Trump"),
        ("Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns, and she claimed that he had misled voters.", "Hillary Clinton"),
        ("Voters said Donald Trump was best able to handle terrorism. Trump's response to the attacks has been controversial. "
         "He has proposed the surveillance of mosques.", "Donald Trump"),
        ("Irish PM Leo Varadkar insisted on a backstop.\nThe intervention by farm minister Michael Creed today underlines the threat.\n"
         "Theresa May (pictured in Downing Street today) is facing defeat in the Commons\n"
         "Speaking about aid, he told the Irish Independent: 'We are talking mega-money.'", "Michael Creed"),
        ("Irish PM Leo Varadkar insisted on a backstop. “We will not move,” he said.\nFarm minister Michael Creed visited Brussels.\n"
         "Theresa May (pictured in Downing Street today) is facing defeat in the Commons\n"
         "Speaking about aid, he told the Irish Independent: 'We are talking mega-money.'", "Michael Creed"),
    ],
)
def test_a_pronoun_speaker_is_the_person_its_sentence_or_the_one_before_is_about(analyzer: Analyzer, text: str, speaker: str) -> None:
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == (speaker, "pronoun")


def test_he_or_she_does_not_stand_for_a_person_whose_given_name_or_title_is_the_other_sex_s(analyzer: Analyzer) -> None:
    text = (
        "Hillary Clinton spoke in Iowa on Monday. “We will win,” she said. Donald Trump may be harder to ignore. "
        "After Hillary Clinton accused him of sexism, he warned that the race would get ugly."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Donald Trump", "pronoun")
    text = (
        "British Prime Minister Theresa May met Leo Varadkar in Dublin on Thursday. “We are happy to help,” Mrs May said. "
        "Speaking about the backstop, he told reporters that Ireland would not move."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] != ("Theresa May", "pronoun")
    text = (  # no given name tells, the title does
        "''We are refugees,'' Breshna Alawee said on Tuesday. Ms. Alawee fled Afghanistan with Abdullah Zahed in March. "
        "Mr. Zahed found work. She said the camp was cold."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Breshna Alawee", "pronoun")
    text = (  # a short form has the sex of its full names ('Nate': Nathan)
        "Hillary Clinton spoke in Iowa. “We will win,” she said. Nate Silver wrote a forecast on the race. "
        "She told reporters she was confident."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Hillary Clinton", "pronoun")
    text = (  # a rank only one sex holds
        "Pope Francis said on Monday that the church would act. A photo shows Marie Collins handing the letter to the cardinal.\n"
        "“When we gave him the letter, he assured us he would give it to the Pope,” she told AP."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1][0] != "Pope Francis"
    text = "“We will win,” Robin Smith said on Monday. Fans would miss Smith at the rally.\nHe said the team was ready."
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Robin Smith", "pronoun")  # 'miss' is a verb here, no title
    text = "Pope Francis said on Monday that the church would act against abusers.\n“We will not rest until it is done,” she said."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Pope Francis", "named"), (None, "unresolved")]  # the title is in the name


def test_a_pronoun_takes_up_the_subject_of_the_clause_its_sentence_opens_with(analyzer: Analyzer) -> None:
    text = (
        "Pope Francis said there was no evidence against the bishop.\n"
        "While Judge Jessica Gonzalez was forced to drop the charges because the statute of limitations had expired, "
        "she affirmed that the testimony of the victims was credible."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Jessica Gonzalez", "pronoun")


def test_a_tagged_cue_ends_before_the_mark_that_opens_the_words(analyzer: Analyzer) -> None:
    text = "Brexit in 23 days: EU says still 'no solution'\n\n(DW.COM) – Just over three weeks before the UK walks out of the European Union, there has been no breakthrough."
    a = _analyse(analyzer, text, headline=True)
    assert [a.text_of(q.cue) for q in a.quotes if q.cue] == ["says still"]


def test_a_person_named_after_a_role_speaks_and_a_place_speaks_only_through_its_state(analyzer: Analyzer) -> None:
    text = (
        "Chairman of the European Research Group Jacob Rees-Mogg MP said the deal was dead. "
        "One veteran of Margaret Thatcher's cabinet said voters were angry. The UK's central bank warned that growth would slow. "
        "The UK government announced that talks would resume."
    )
    assert _speakers_by_words(_analyse(analyzer, text)) == {
        "Chairman of the European Research Group Jacob Rees-Mogg MP": "Jacob Rees-Mogg",
        "One veteran of Margaret Thatcher's cabinet": None,
        "The UK's central bank": None,
        "The UK government": "United Kingdom",
    }


def test_the_question_of_an_opening_asked_is_no_one_s_named_words_and_the_answer_is_the_subject_s(analyzer: Analyzer) -> None:
    text = (
        "Toni Holt Kramer leads the Trumpettes. Asked if she's certain the president can overcome the probe's findings, "
        "Kramer said she was sure. Asked if it had appeared he was encouraging violence, Trump replied, “Well, maybe so.”"
    )
    view = [(cue, s, via) for _, _, cue, s, via in _view(_analyse(analyzer, text))]
    assert view == [("ask", None, "unnamed"), ("say", "Toni Holt Kramer", "named"), ("ask", None, "unnamed"), ("reply", "Trump", "named")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "John Smith said the plan would work, while Mary Jones said it would fail.",
            [("the plan would work", "John Smith"), ("it would fail", "Mary Jones")],
        ),
        ("Smith said the deal was good and Jones said it was bad.", [("the deal was good", "Smith"), ("it was bad", "Jones")]),
        (
            "Some 88 per cent of Labour members said they would back Remain, 3 per cent said they would leave with the deal.",
            [("they would back Remain", None), ("they would leave with the deal", None)],
        ),
    ],
)
def test_a_second_speaker_s_saying_joined_to_the_words_is_a_quote_of_its_own(analyzer: Analyzer, text: str, expected: list[tuple[str, str | None]]) -> None:
    a = _analyse(analyzer, text)
    assert [(content, speaker) for _, content, lemma, speaker, _ in _view(a) if lemma == "say"] == expected


def test_a_share_of_a_party_s_members_is_not_the_party(analyzer: Analyzer) -> None:
    text = "Labour members were polled.\nIf there is another referendum, some 88 per cent of Labour members said they would back Remain."
    a = _analyse(analyzer, text)
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert a.text_of(quote.speaker.span) == "some 88 per cent of Labour members"
    assert quote.speaker.entity is None


def test_a_quote_after_a_colon_is_the_main_clause_s_not_a_relative_clause_s_about_others(analyzer: Analyzer) -> None:
    text = (
        "In a conference call, Coons also issued a warning for his fellow Democrats, many of whom have pinned their hopes on "
        "the findings: “Once we get the conclusions of the report, I think it will be a good day for the president.”"
    )
    a = _analyse(analyzer, text)
    assert [(kind, speaker) for kind, _, _, speaker, _ in _view(a)] == [("direct", "Coons")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Filippo Grandi, the United Nations High Commissioner for Refugees, reacted skeptically to the EU-Turkey deal, "
            "“[I am] concerned about any agreement that involves blanket return of all individuals from one country to another.”",
            "Filippo Grandi",
        ),
        (
            "Palmieri says the debates will be hard. Earlier this week, Clinton shared a bit of her anxiety with an audience at a "
            "fundraiser in the Hamptons, “I do not know which Donald Trump will show up. Maybe he'll try to be presidential.”",
            "Clinton",
        ),
        (
            "“The major concern is Iran,” wrote Jonathan Spyer. As long as nobody else is addressing the concern in a satisfactory "
            "manner, “Israel is determined to continue addressing it on its own.”",
            "Jonathan Spyer",
        ),
        ("The GOP is divided. As that most American of writers, Thomas Wolfe, put it, \"You can't go home again.\"", "Thomas Wolfe"),
    ],
)
def test_a_sentence_quoted_after_a_comma_to_close_a_sentence_is_its_main_subject_s_or_the_one_as_puts_it(analyzer: Analyzer, text: str, speaker: str) -> None:
    a = _analyse(analyzer, text)
    assert _view(a)[-1][0] == "direct" and _view(a)[-1][3] == speaker


def test_a_sentence_quoted_after_a_reporting_verb_s_own_words_goes_on_with_them(analyzer: Analyzer) -> None:
    text = (
        "Allegations against Karadima had been reported to Church authorities well before 2010.\n"
        "Even the National Catholic Reporter in 2014 pointed to the cover up and the relationship between the new pope and the "
        "accused cardinals,\n“Hamilton had applied for a marriage annulment, after telling his wife of a long entanglement with "
        "Karadima.\nHis wife confided in a priest, who told Errázuriz in 2006.”"
    )
    a = _analyse(analyzer, text)  # not one direct quote 'pointed' the Reporter's, its indirect one lost
    assert [(kind, cue, speaker) for kind, _, cue, speaker, _ in _view(a)] == [
        ("indirect", "point to", "National Catholic Reporter"), ("direct", None, "National Catholic Reporter")
    ]


def test_a_person_s_friends_parents_and_tormentors_do_not_speak_for_them(analyzer: Analyzer) -> None:
    text = (
        "Brett Kavanaugh denied the allegation on Friday. Kavanaugh’s friend, who has not been identified, also denied the woman’s claims. "
        "Al Gore will skip the convention. Gore’s close friends and allies said he was staying quiet. "
        "Donald Trump’s legal tormentor, Michael Avenatti, said the president would lose."
    )
    a = _analyse(analyzer, text)
    assert [speaker for _, _, _, speaker, _ in _view(a)] == ["Brett Kavanaugh", None, None, "Michael Avenatti"]


def test_a_straight_quotation_over_lines_closes_where_a_mark_can_only_close(analyzer: Analyzer) -> None:
    text = (
        "Greenwald wrote on Monday.\n"
        '"They largely kept dissenters off the air for 2 years.\n'
        "As recently as 2 weeks ago, they had Brennan suggesting Mueller would indict Trump family members.\n"
        'Oh gosh, they abuse our airwaves," Greenwald continued.\n'
        '"Open and never closed.\n'
        'Another line.\n'
        'He said "yes."'
    )
    spans = [text[a:b] for a, b in quotation_spans(text)]
    assert spans[0].startswith("They largely") and spans[0].endswith("they abuse our airwaves,") and spans[1:] == ["yes."]
    a = _analyse(analyzer, text)
    assert not [q for q in a.quotes if q.cue_lemma == "suggest"]  # the quoted words' own verb is no quote
    # a pull quote's name line inside its closing mark is no word of the quote
    pull = '"The reality is, if she loses Iowa, that could create new problems for her here.\nS.C. Rep. Jim Clyburn."'
    assert all("Clyburn" not in pull[a:b] for a, b in quotation_spans(pull))


def test_a_speaker_pronoun_in_a_when_clause_is_the_person_its_main_clause_names(analyzer: Analyzer) -> None:
    text = (
        "The standoff with cult leader David Koresh ended in April.\n"
        "Attorney General William Barr said the report would be released soon.\n"
        "The FBI did not believe Koresh when he said he and his followers would come out eventually.\n"
        "Obama met reporters. Asked about Trump, he said he was not worried.\n"
        "A European Commission official said the talks had stalled. May’s misery wasn’t helped by Donald Trump on Thursday "
        "when he said he was “surprised at how badly it has all gone.”"
    )
    speakers = {content: speaker for _, content, lemma, speaker, _ in _view(_analyse(analyzer, text)) if lemma == "say"}
    assert speakers["he and his followers would come out eventually"] == "David Koresh"  # not the last speaker, Barr
    assert speakers["he was “surprised at how badly it has all gone.”"] == "Donald Trump"  # the passive's agent
    assert speakers["he was not worried"] != "Donald Trump"  # a person inside another adverbial clause is no antecedent


def test_a_speaker_pronoun_in_a_relative_clause_is_the_owner_of_what_the_clause_describes(analyzer: Analyzer) -> None:
    for text, lemma, speaker in [
        (
            "Practically no one noticed Louis Farrakhan's Saviours’ Day 2018 Address in which he told an approving audience "
            "that the Jews were his enemy.", "tell", "Louis Farrakhan",
        ),
        ("Everyone heard the speech by Michael Creed in which he warned that farmers would suffer.", "warn", "Michael Creed"),
    ]:
        assert (lemma, speaker) in [(cue, who) for _, _, cue, who, _ in _view(_analyse(analyzer, text))]


def test_a_description_set_off_by_commas_is_no_second_subject_hiding_the_one_a_pronoun_takes_up(analyzer: Analyzer) -> None:
    text = (
        "This undated photo shows Dajah Harris, in Norfolk, Va. Harris, 21, a college senior at Old Dominion University in "
        "Norfolk, Virginia, is a Democrat and no fan of Trump.\nBut she saw the investigation as a distraction, she said."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Dajah Harris", "pronoun")]


def test_a_pronoun_its_sentence_s_subject_cannot_stand_for_is_the_one_other_person_named(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Donald Trump attacked Hillary Clinton on Monday. She said he was unfit.")
    assert ("Hillary Clinton", "pronoun") in _speakers_and_how(a)
    a = _analyse(analyzer, "Donald Trump attacked Casey Bush and Hillary Clinton on Monday. She said he was unfit.")
    assert ("Hillary Clinton", "pronoun") not in _speakers_and_how(a)  # Casey may be anyone: two others, no guess
    a = _analyse(analyzer, "Donald Trump attacked Jeb Bush and Hillary Clinton on Monday. She said he was unfit.")
    assert ("Hillary Clinton", "pronoun") in _speakers_and_how(a)  # Jeb is a man's name


def test_someone_admitted_into_a_country_said_nothing_and_a_later_he_is_them(analyzer: Analyzer) -> None:
    text = (
        "The UK Home Office also admitted Shaykh Hamza Sodagar into the country, despite the fact that he has said that "
        "gay men should be punished."
    )
    assert [(lemma, speaker) for _, _, lemma, speaker, _ in _view(_analyse(analyzer, text))] == [("say", "Hamza Sodagar")]


def test_a_clause_of_time_before_the_verb_is_not_what_was_announced(analyzer: Analyzer) -> None:
    text = (
        "On Thursday, a day after the first victims were laid to rest, Prime Minister Jacinda Ardern announced a national ban on "
        "all military-style semiautomatic weapons."
    )
    said = {lemma: content for _, content, lemma, _, _ in _view(_analyse(analyzer, text))}
    assert said["announce"] == "a national ban on all military-style semiautomatic weapons"


def test_an_impersonal_it_is_hard_to_say_is_the_outlet_s_hedge_and_no_quote(analyzer: Analyzer) -> None:
    text = (
        "It is impossible to predict how that vote would play out as both party leaders have lost control of their MPs.\n"
        "It is too early to say whether the plan will work.\n"
        "He was quick to say that the plan had failed.\n"
        "The minister refused to say whether she would resign."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.speaker.span) for q in a.quotes if q.speaker.span] == ["He", "The minister"]
    assert len(a.outlet_voice) == 2


def test_a_contracted_has_before_said_makes_its_subject_the_speaker_with_either_apostrophe(analyzer: Analyzer) -> None:
    for apostrophe in ("’", "'"):
        text = f"Senator Jane Smith spoke on Monday. She{apostrophe}s said that the plan won{apostrophe}t work."
        assert _speakers_and_how(_analyse(analyzer, text)) == [("Jane Smith", "pronoun")]


def test_a_tagged_relation_keeps_its_speaker_apart_from_its_cue_and_words(analyzer: Analyzer) -> None:
    text = (
        "The plan was attacked by Donald Trump.\n"
        "Inspector General Michael Horowitz testified on Monday.\n"
        "Horowitz “would have to ask” if his team interviewed any officials at the Obama White House but said "
        "“not the president himself.”\n"
        "The Justice Department released a report on Friday. It is not immediately clear whether the documents will be released."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "The plan", "be attack", "Donald Trump", "named") in view  # the passive's agent, read on the cue's verb
    horowitz = next(v for v in view if v[2] == "say")
    assert horowitz[1].startswith("would have to ask") and horowitz[3] == "Michael Horowitz"  # the subject opens no words of his
    unclear = next(v for v in view if v[1] == "whether the documents will be released")
    assert unclear[3] is None  # the 'it' of 'it is not immediately clear' is no pronoun for the Justice Department


def test_a_reporting_verb_with_words_of_its_own_cues_no_quote_before_it(analyzer: Analyzer) -> None:
    text = (
        "Christine Blasey Ford, a research psychologist, said: “I thought he might inadvertently kill me.”\n"
        "“He was trying to attack me and remove my clothing.” Ford said she was able to escape when a friend jumped on top of them.\n"
    )
    a = _analyse(analyzer, text)
    cues = [(q.cue.start, q.cue.end) for q in a.quotes if q.cue]
    assert len(cues) == len(set(cues))  # 'Ford said she was able to escape' is one quote, not two
    first = a.quotes[0]
    assert [a.text_of(c) for c in first.continuation] == ["He was trying to attack me and remove my clothing."]


def test_the_channel_of_a_participle_is_the_noun_or_act_it_describes(analyzer: Analyzer) -> None:
    text = (
        "Public Defender Jeff Adachi said the verdict was just.\n"
        "Adachi added, “Jurors focused on the evidence.”\n"
        "In a response to the verdict, Attorney General Jeff Sessions released a statement on Tuesday saying that Zarate was "
        "able to walk away.\n"
        "“When jurisdictions choose to return criminal aliens to the streets, they put the public’s safety at risk,” the statement said.\n"
    )
    a = _analyse(analyzer, text)
    saying = next(q for q in a.quotes if a.text_of(q.content) == "that Zarate was able to walk away")
    assert saying.channel == "statement"  # 'released a statement …, saying': not 'release'
    speakers = _speakers_and_how(a)
    assert speakers[-1] == ("Jeff Sessions", "document")  # the statement Sessions released, not the last body named


def test_a_label_opening_the_line_before_a_colon_neither_speaks_nor_is_said(analyzer: Analyzer) -> None:
    text = (
        "This article was first published by Zero Hedge.\n"
        "Update 2 : Just as we suspected, President Trump has tweeted his opinion on this decision.\n"
        "Update 1: AP reports that U.S. immigration officials say they will deport the man found not guilty of murder.\n"
    )
    view = {(cue, content): speaker for _, content, cue, speaker, _ in _view(_analyse(analyzer, text))}
    assert ("suspect", "President Trump has tweeted his opinion on this decision") in view
    assert view[("report", "that U.S. immigration officials say they will deport the man found not guilty of murder")] == "AP"


def test_a_verdict_is_no_words_of_the_defendant_but_a_plea_is(analyzer: Analyzer) -> None:
    text = (
        "Verdict in the case\n"
        "As we detailed earlier, in a verdict that has shocked many in the Bay Area (and across America), a jury of six "
        "men and six women in sanctuary city San Francisco found illegal immigrant (and five-time deportee) Jose Ines "
        "Garcia Zarate not guilty in the death of Kate Steinle.\n"
        "In a separate case, Imran Awan pleaded guilty to loan application fraud in federal court on Tuesday.\n"
    )
    view = _view(_analyse(analyzer, text, headline=True))
    assert ("indirect", "to loan application fraud in federal court", "plead guilty", "Imran Awan", "named") in view
    assert not [v for v in view if v[1] == "the death of Kate Steinle"]


def test_a_way_of_acting_and_a_formula_of_thanks_are_nobodys_words(analyzer: Analyzer) -> None:
    text = (
        "Kerry and the deal\n"
        "This month Kerry has resorted to parsing words.\n"
        "Well, it took long enough, but thank you President Trump.\n"
        "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, inspected a munitions enterprise.\n"
        "The mayor said the crews had saved the town.\n"
    )
    view = _view(_analyse(analyzer, text, headline=True))
    assert [v[1] for v in view] == ["the crews had saved the town"]


def test_his_or_her_before_a_claim_is_the_person_who_acts_last_in_its_sentence_or_else_whom_he_would_be(analyzer: Analyzer) -> None:
    agent = (
        "George Osborne was put in charge by David Cameron, a prime minister who was himself bored by details, and his "
        "claim that the referendum would settle the matter proved wrong."
    )
    assert _speakers_by_words(_analyse(analyzer, agent)) == {"his": "David Cameron"}
    subject = (
        "Donald Trump spoke in North Carolina on Tuesday. He has lashed out at John McCain for days, despite his "
        "promise that he would stop attacking the senator."
    )
    assert _speakers_by_words(_analyse(analyzer, subject)).get("his") == "Donald Trump"


def test_an_it_that_stands_for_the_clause_after_it_is_nobody(analyzer: Analyzer) -> None:
    text = (
        "Deputy Director K.T. McFarland left the council in May. "
        "It turns out that some of the e-mails were accessed by foreign parties."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "that some of the e-mails were accessed by foreign parties", "turn out", None, "unnamed") in view


def test_a_role_the_text_gave_someone_else_before_is_not_the_last_speaker_described_again(analyzer: Analyzer) -> None:
    text = (
        'A government spokesman said people whose presence "is not good for the public" could be kept out by the home secretary.\n'
        "Mr Jones put up a copy of the decision on his website, while Ms Grey posted a copy of her letter on her blog.\n"
        "The letters, both dated Monday, claim that both men have made statements that incite hatred.\n"
        "Both letters went on to say that should they be allowed to enter the country the home secretary believes they "
        'would "spread such views".\n\n'
        "Sen. Bernie Sanders said the bill failed. The senator added that he would vote no."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert speakers["the home secretary"] is None and speakers["The senator"] == "Bernie Sanders"


def test_a_former_member_of_a_body_does_not_speak_for_it(analyzer: Analyzer) -> None:
    text = "A former Navy sailor said he would sue the officials. A Navy spokesman said the ship was safe."
    assert _speakers_and_how(_analyse(analyzer, text)) == [(None, "unresolved"), ("Navy", "representative")]


def test_they_takes_up_the_unnamed_people_its_clause_hangs_on_before_a_body_quoted_earlier(analyzer: Analyzer) -> None:
    text = (
        "The main super PAC started reserving ad time this week, the New York Times reported on Tuesday.\n\n"
        "Still, even though some of Clinton's fundraisers and allies are growing frustrated that she has to keep spending "
        "money when they would prefer she save it, few have called for Sanders to drop out.\n\n"
        "Pentagon officials said the strike was lawful, and they added that it was over."
    )
    analysis = _analyse(analyzer, text)
    prefer = next(q for q in analysis.quotes if q.cue_lemma == "prefer")
    assert prefer.speaker.entity is None and prefer.speaker.refers_to is not None
    assert analysis.text_of(prefer.speaker.refers_to) == "some of Clinton's fundraisers and allies"
    assert _speakers_and_how(analysis)[-1] == ("Pentagon", "pronoun")


def test_they_opening_a_sentence_takes_up_the_unnamed_people_the_sentence_before_is_about(analyzer: Analyzer) -> None:
    text = (
        "Chinese local governments have been known to fib when Beijing has demanded they stop producing coal. "
        "They stop reporting production numbers.\n\n"
        "The claims were rejected by Pentagon officials, the Times reported. They said the claims were false.\n"
    )
    analysis = _analyse(analyzer, text)
    stop, said = (next(q for q in analysis.quotes if q.cue_lemma == cue) for cue in ("report", "say"))
    assert stop.speaker.entity is None and analysis.text_of(stop.speaker.refers_to) == "Chinese local governments"
    assert said.speaker.refers_to is None  # a passive subject with its agent named is not whom 'they' takes up


def test_his_or_her_before_the_speakers_noun_is_the_person_it_stands_for_who_speaks_through_a_campaign_not_a_lawyer(analyzer: Analyzer) -> None:
    text = (
        "Hillary Clinton spoke in Ohio on Monday. Her campaign highlighted the remarks on Twitter.\n\n"
        "Donald Trump spoke in Iowa. His lawyer said he was innocent."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Hillary Clinton", "representative"), (None, "unresolved")]
    text = (  # a name before the noun that acts in the sentence owns it, not the subject of the sentence before
        "Hillary Clinton spoke in Flint on Tuesday. Bernie Sanders countered with a breakfast in Harlem. Then the Clinton "
        "campaign went into overdrive, holding a call shortly after her campaign said the mothers would campaign for her."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Hillary Clinton", "representative")


def test_a_speaker_ends_before_a_conjunction_whose_second_part_is_left_out(analyzer: Analyzer) -> None:
    text = (
        "''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to "
        "Bermuda, and who is now supporting Senator Marco Rubio."
    )
    speakers = _speakers_by_words(_analyse(analyzer, text))
    assert "Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda" in speakers
    assert not any(words.endswith(("and", ",")) for words in speakers)


def test_a_quotation_after_an_impression_goes_to_the_reporting_verb_of_its_sentence(analyzer: Analyzer) -> None:
    text = "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a little carried away, have you noticed that?”"
    view = _view(_analyse(analyzer, text))
    assert ("direct", "Some people get a little carried away, have you noticed that?", "tell", "Clinton", "named") in view
    assert not any(kind == "direct" and lemma == "seem" for kind, _, lemma, _, _ in view)


def test_a_quotation_before_its_own_cue_is_not_the_next_cues_and_both_cues_share_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "But Trump campaign chairman Paul Manafort said the candidate’s appeal would transcend race. “We think that the "
        "message that Donald Trump is talking about — jobs, security, trying to bring law and order to a community with no "
        "preference to any particular ethnic group — we think those messages will resonate,” he said at a Sunday news "
        "conference, and then predicted: “We do think that our Hispanic support is growing.”"
    )
    direct = [(lemma, speaker) for kind, _, lemma, speaker, _ in _view(_analyse(analyzer, text)) if kind == "direct"]
    assert direct == [("say", "Paul Manafort"), ("predict", "Paul Manafort")]


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("The Washington Post this year —", "The Washington Post this year"),
        ("Schaaf, a Democrat,", "Schaaf, a Democrat"),
        ("Anyone who", "Anyone"),
        ("a video report that", "a video report"),
        ("James Andrew Miller, a co-author of", "James Andrew Miller, a co-author"),
        ("None of that", "None of that"),
        ("the WHO", "the WHO"),
        ("“Marcantonio Colonna”", "“Marcantonio Colonna”"),
        ("James Andrew Miller, a co-author of ''", "James Andrew Miller, a co-author"),
        ("the Senate candidates’", "the Senate candidates"),
    ],
)
def test_a_speakers_words_do_not_end_hanging(analyzer: Analyzer, words: str, kept: str) -> None:
    doc = analyzer.nlp(words)
    end = _without_a_dangling_end(list(doc))[-1]
    assert words[: end.idx + len(end.text)] == kept


def test_a_reporting_verb_opening_its_sentence_speaks_for_the_name_after_it(analyzer: Analyzer) -> None:
    text = "Stone said the machines can be rigged.\n\nContinued Stone: “So I think it’s a very real problem.”"
    view = _view(_analyse(analyzer, text))
    assert ("direct", "So I think it’s a very real problem.", "continue", "Stone", "named") in view


def test_a_participle_the_parse_hung_on_a_passive_clause_describing_the_object_is_the_main_subject_s(analyzer: Analyzer) -> None:
    text = "Graham lambasted the confirmation process the judge has been put through, calling it “the most unethical sham since I have been in politics.”"
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Graham", "named"), ("Graham", "named")]


def test_a_participle_the_parse_read_as_a_subject_goes_on_from_the_clause_before(analyzer: Analyzer) -> None:
    text = (
        "Addressing reporters in Brussels, Tusk reiterated the EU’s position on the Withdrawal Agreement, stating that the Brexit deal "
        "agreed with Theresa May’s Tory government in November last year, was not open to renegotiation."
    )
    view = _view(_analyse(analyzer, text))
    said = "that the Brexit deal agreed with Theresa May’s Tory government in November last year, was not open to renegotiation"
    assert ("indirect", said, "state", "Tusk", "named") in view


def test_the_last_speaker_described_again_after_words_of_several_sentences(analyzer: Analyzer) -> None:
    text = (
        "President Donald Trump denied it.\n“I think there is a strong possibility of additional indictments,” Sen. Richard Blumenthal said on Friday.\n"
        "“Maybe not by the Department of Justice.\nBut by other offices.\nI know that you want to stick to the report.\n"
        "But the report cannot be viewed in isolation,” the former prosecutor and Trump nemesis continued."
    )
    view = _view(_analyse(analyzer, text))
    said = "Maybe not by the Department of Justice.\nBut by other offices.\nI know that you want to stick to the report.\nBut the report cannot be viewed in isolation"
    assert ("direct", said, "continue", "Richard Blumenthal", "role") in view


def test_a_verb_the_parse_gave_two_subjects_speaks_for_the_nearer_name_or_pronoun(analyzer: Analyzer) -> None:
    text = (
        "Bobby Jindal was setting off for two more days in Iowa. "
        "The Louisiana governor barely qualified for Tuesday's undercard debate, but in Iowa, he, too, feels a payoff coming. "
        "Massimo Faggioli is a historian. Wuerl, says Faggioli, “faces a complex situation: on the one hand Wuerl was not afraid of clashing with the tribunal.”"
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "a payoff coming", "feel", "Bobby Jindal", "pronoun") in view
    assert next(v for v in view if v[2] == "say")[3] == "Massimo Faggioli"


def test_a_governor_of_another_state_is_no_rival_for_the_role(analyzer: Analyzer) -> None:
    text = (
        "At the moment Chris Christie learned he had been bumped off the main debate stage, he was campaigning in New Hampshire. "
        "Sooner or later, the New Jersey governor told reporters, “it starts to pay off.” Ohio Gov. John Kasich is staking his hopes here."
    )
    view = _view(_analyse(analyzer, text))
    assert ("direct", "it starts to pay off.", "tell", "Chris Christie", "role") in view


def test_a_relative_pronoun_the_parse_gave_as_a_second_subject_is_no_speaker(analyzer: Analyzer) -> None:
    text = (
        "Donald Trump accepted the nomination on Thursday night, delivering a sweeping indictment of a feckless political class "
        "that he argued was thrusting the United States into a perilous decline."
    )
    analysis = _analyse(analyzer, text)
    assert ("argue", "he") in {(q.cue_lemma, analysis.text_of(q.speaker.span)) for q in analysis.quotes if q.speaker.span}


def test_a_stance_voiced_is_part_of_the_cue_and_its_clause_or_object_the_words(analyzer: Analyzer) -> None:
    text = (
        "Chris Matthews expressed concern that the billionaire was encouraging violence at his rallies. "
        "Angela Merkel voiced support for the new border plan. "
        'But Tedros voiced alarm that "plague in Madagascar behaved in a very, very different way this year."'
    )
    analysis = _analyse(analyzer, text)
    quotes = {analysis.text_of(q.cue): (q.kind, analysis.text_of(q.content)) for q in analysis.quotes if q.cue}
    assert quotes["expressed concern"] == ("indirect", "that the billionaire was encouraging violence at his rallies")
    assert quotes["voiced support for"] == ("indirect", "the new border plan")
    assert quotes["voiced alarm"][0] == "mixed"


def test_a_role_is_the_person_the_next_sentence_names_beside_their_body(analyzer: Analyzer) -> None:
    text = (
        "Next plague outbreak in Madagascar could be 'stronger': WHO\n\n"
        "Geneva - The World Health Organisation chief on Wednesday said a deadly plague epidemic appeared to have been brought under control in Madagascar.\n\n"
        '"The next transmission could be more pronounced or stronger," WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva.\n\n'
        "He praised the rapid response from WHO and Madagascar authorities."
    )
    view = _view(_analyse(analyzer, text))
    said = "a deadly plague epidemic appeared to have been brought under control in Madagascar"
    assert ("indirect", said, "say", "Tedros Adhanom Ghebreyesus", "role") in view


def test_a_quote_before_a_saying_in_a_clause_of_time_keeps_its_own_cue(analyzer: Analyzer) -> None:
    text = (
        "“In breaking news,” Axelrod tweeted last January, “@HillaryClinton wins full-throated endorsement from her press secretary,” "
        "after Clinton spokesman Brian Fallon expressed his general support for his boss online."
    )
    view = _view(_analyse(analyzer, text))
    assert ("direct", "@HillaryClinton wins full-throated endorsement from her press secretary", "tweet", "Axelrod", "named") in view
    assert ("indirect", "express his general support for", "Brian Fallon") in {(v[0], v[2], v[3]) for v in view}


def test_the_same_words_name_the_same_speaker_for_each_of_their_verbs(analyzer: Analyzer) -> None:
    text = (
        "Chelsea Handler admitted that she was attracted to Robert Mueller.\n\n"
        "“If I’m being completely honest, I am very sexually attracted to Robert Mueller,” she wrote on Twitter.\n\n"
        "Last month, the failed Netflix talk show host wished Mueller a “Happy Valentines Day,” while expressing hope "
        "that he would soon indict the president’s son Donald Trump Jr. on charges of Russian collusion."
    )
    analysis = _analyse(analyzer, text)
    by_host = [v for q, v in zip(analysis.quotes, _view(analysis)) if analysis.text_of(q.speaker.span) == "the failed Netflix talk show host"]
    assert by_host and {v[3] for v in by_host} == {"Chelsea Handler"}
    assert "express hope" in {v[2] for v in by_host}


def test_he_after_a_document_s_report_is_the_person_it_reported_on_not_one_a_pronoun_spoke_of(analyzer: Analyzer) -> None:
    text = (
        "The complaint filed Friday in federal court in Phoenix says Douglas Haig didn't have a license to manufacture armor-piercing ammunition.\n"
        "He was charged shortly before holding a news conference Friday.\n"
        "He said he noticed nothing suspicious when he sold the rounds.\n\n"
        "Senator Chuck Grassley said in a statement that the inquiry was over.\n"
        "He also noted that Mueller had been investigating for nearly two years.\n"
        "He also slammed the millions in taxpayer dollars spent on it."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "he noticed nothing suspicious when he sold the rounds", "say", "Douglas Haig", "pronoun") in view
    assert next(v for v in view if v[2] == "slam")[3] == "Chuck Grassley"


def test_a_state_body_or_officials_named_by_its_people_s_adjective_speak_for_the_country_the_text_names(analyzer: Analyzer) -> None:
    text = (
        "Protests spread across Cuba on Sunday. The Cuban government said the protests were organised from abroad.\n\n"
        "Turkey closed the border. Turkish officials said the crossing would reopen.\n\n"
        "Indiana held a primary. The Indian government said the vote was fair.\n\n"
        "Iran fired missiles at the base. Iranian state media said the strikes were a warning. Iranian media said little else."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "the strikes were a warning", "say", "Iran", "representative") in view  # what the state runs, not any Iranian outlet
    assert ("indirect", "the protests were organised from abroad", "say", "Cuba", "named") in view
    assert ("indirect", "the crossing would reopen", "say", "Turkey", "representative") in view
    assert ("indirect", "the vote was fair", "say", None, "unresolved") in view  # 'Indian' is not of Indiana


def test_a_participle_the_parse_made_the_subject_of_a_quote_and_a_role_s_clause_name_no_speaker(analyzer: Analyzer) -> None:
    text = (
        "Band member Flea shared the news on social media last week, writing “Feels great to support someone I believe in. This is a man with integrity.”\n\n"
        "The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, praised the efforts of a donor on Friday."
    )
    view = _view(_analyse(analyzer, text))
    assert ("direct", "write", "Flea") in {(v[0], v[2], v[3]) for v in view}
    assert next(v for v in view if v[2] == "praise")[3] == "Mike Murphy"


def test_the_government_of_a_story_about_one_country_is_that_country_s(analyzer: Analyzer) -> None:
    one = _view(_analyse(analyzer, "Gang violence has spread across Sweden, police in Stockholm said. The government said it would send more officers."))
    assert ("indirect", "it would send more officers", "say", "Sweden", "role") in one
    two = _view(_analyse(analyzer, "Texas sued the United States over the border. The government said the suit had no merit."))
    assert ("indirect", "the suit had no merit", "say", None, "unresolved") in two  # a state's government as well as the country's


def test_the_group_or_the_company_is_the_organisation_just_named_as_the_subject(analyzer: Analyzer) -> None:
    text = (
        "MGM, though, said it was “confident” that the time was inaccurate. The company also disputed the suggestion of a lag.\n\n"
        "The police arrested two men. The group said it had nothing to do with the attack."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "the suggestion of a lag", "also dispute", "MGM", "role") in view
    assert ("indirect", "it had nothing to do with the attack", "say", None, "unresolved") in view  # the police are no group


def test_a_document_named_with_its_owner_is_the_owner_s(analyzer: Analyzer) -> None:
    text = (
        "Voto Latino said the ads were unfair. Meanwhile, according to a Breitbart report by Allum Bokhari, search engines can shift "
        "the opinions of undecided voters.\n\nClinton spoke in Ohio. A CNN report said the campaign had run out of money."
    )
    view = _view(_analyse(analyzer, text))
    assert ("indirect", "the campaign had run out of money", "say", "CNN", "document") in view
    assert next(v for v in view if v[2] == "according to")[3:] == ("Breitbart", "document")  # not the body that spoke before


def test_a_negated_cue_is_flagged_with_its_negation_and_makes_no_statement(analyzer: Analyzer) -> None:
    text = (
        "Carson did not mention any of his opponents by name on Tuesday. "
        "The ministry has never said that the talks had failed. "
        "Smith refused to say whether he would run. "
        "Critics could argue that the plan is unfair. "
        "Sanders has also said that he would be honored to meet the pope."
    )
    a = _analyse(analyzer, text, published=date(2016, 1, 8))
    assert [(a.text_of(q.cue), q.cue_lemma, q.negated) for q in a.quotes if q.cue] == [
        ("did not mention", "mention", True),
        ("has never said", "say", True),
        ("refused to say", "say", True),
        ("could argue", "argue", False),  # a modal is shown, not a negation
        ("said", "say", False),  # the cue stays the verb where nothing negates it nor makes it a possibility
    ]
    nobody = _analyse(analyzer, "No official said the talks had failed. Neither candidate mentioned the war.")
    assert [q.negated for q in nobody.quotes] == [True, True]  # the subject says no one said it
    assert a.quotes[0].said_on == date(2016, 1, 5)
    assert not [e for e in a.timeline if e.kind == "statement"]  # not mentioning on Tuesday is no statement of Tuesday


def test_police_are_the_one_police_force_the_story_names(analyzer: Analyzer) -> None:
    text = (
        "DALLAS - A Dallas Police Department officer shot a man in his home. Police said the officer entered the wrong "
        "apartment. Dallas police added that she was on leave. Austin police said they were not involved."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Dallas Police Department", "role"),
        ("Dallas Police Department", "role"),
        (None, "unresolved"),  # another city's police are not the force named
    ]


def test_a_study_with_no_owner_is_the_one_owner_the_text_names_for_its_kind(analyzer: Analyzer) -> None:
    text = (
        "Clinton and Sanders are deadlocked in California, according to a new poll. The poll also shows Trump ahead. "
        "The PPIC poll shows the race breaking along familiar lines."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [(None, "unresolved"), ("PPIC", "document"), ("PPIC", "document")]
    two = "The Gallup poll shows Trump ahead. A Quinnipiac University poll shows him behind. The poll also shows Clinton gaining."
    assert _speakers_and_how(_analyse(analyzer, two))[-1] == (None, "unresolved")  # two owners: no telling whose


def test_the_campaign_is_the_one_candidate_s_whose_campaign_the_text_names(analyzer: Analyzer) -> None:
    one = "Hillary Clinton spoke in Iowa. The Clinton campaign unveiled a list on Friday. The campaign said 85 mayors had endorsed her."
    assert _speakers_and_how(_analyse(analyzer, one)) == [("Hillary Clinton", "representative")]
    two = "Hillary Clinton spoke in Iowa. The Clinton campaign unveiled a list on Friday. The Sanders campaign disagreed. The campaign said 85 mayors had endorsed her."
    assert _speakers_and_how(_analyse(analyzer, two))[-1] == (None, "unresolved")


def test_words_two_speakers_said_together_are_both_theirs_and_they_means_both(analyzer: Analyzer) -> None:
    text = (
        "'The full report must be public,' House Speaker Nancy Pelosi and Senate Minority Leader Charles Schumer said in a joint statement. "
        "'The American people have a right to the truth,' they said. 'Barr must not interfere,' the leaders said. "
        "Pelosi added that the vote would come soon."
    )
    a = _analyse(analyzer, text)
    names = {e.id: e.canonical for e in a.entities}
    both = ["Nancy Pelosi", "Charles Schumer"]
    assert [[names[i] for i in q.speaker.everyone()] for q in a.quotes] == [both, both, both, ["Nancy Pelosi"]]
    one = _analyse(analyzer, "US Customs and Border Protection said the wall would work. Maine Sen. Susan Collins and Texas Rep. Louis Gohmert said it would not.")
    assert [len(q.speaker.joint) for q in one.quotes] == [0, 1]  # one body's name; two people with their titles


def test_both_sides_after_the_words_of_two_people_are_both_of_them(analyzer: Analyzer) -> None:
    text = (
        "Chinese President Xi Jinping held a phone conversation with French President Emmanuel Macron on Wednesday. "
        "Xi pointed out that China and France should jointly uphold multilateralism. "
        "Macron said France is willing to work with China. Both sides agreed to maintain close communication."
    )
    a = _analyse(analyzer, text)
    names = {e.id: e.canonical for e in a.entities}
    assert [names[i] for i in a.quotes[-1].speaker.everyone()] == ["Xi Jinping", "Emmanuel Macron"]
    # a body speaking between the two breaks the pair
    text = text.replace("Both sides", "The ministry said the call was useful. Both sides")
    assert _analyse(analyzer, text).quotes[-1].speaker.joint == []
    # or the two people its own sentence names
    text = (
        "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Wednesday, "
        "with both sides pledging to deepen their comprehensive strategic partnership."
    )
    a = _analyse(analyzer, text)
    names = {e.id: e.canonical for e in a.entities}
    assert [names[i] for i in a.quotes[-1].speaker.everyone()] == ["Xi Jinping", "Luiz Inacio Lula da Silva"]


def test_people_named_together_in_an_apposition_or_before_when_they_are_all_the_speakers(analyzer: Analyzer) -> None:
    text = (
        "The paper made money from the leaks.\n"
        "The book’s authors, Luke Harding and David Leigh, said Assange was callous.\n"
        "They also said the password was old.\n"
        "Katrin Axelsson and Lisa Longstaff of Women Against Rape summed it up when they wrote, “The allegations are a smokescreen.”\n"
        "Rep. Ilhan Omar arrived late. She and Rashida Tlaib said the vote was rigged."
    )
    a = _analyse(analyzer, text)
    names = {e.id: e.canonical for e in a.entities}
    assert [[names[i] for i in q.speaker.everyone()] for q in a.quotes] == [
        ["Luke Harding", "David Leigh"], ["Luke Harding", "David Leigh"], ["Katrin Axelsson", "Lisa Longstaff"], ["Ilhan Omar", "Rashida Tlaib"]
    ]


def test_words_quoted_again_with_no_cue_are_the_speaker_s_who_said_them_first(analyzer: Analyzer) -> None:
    filler = "Another Ramadan is upon us, and the death toll so far stands at 218 in 53 attacks this month.\n" * 8
    text = (
        "In contrast, President Trump issued a statement claiming that “Ramadan reminds us of the richness Muslims add to American life.”\n"
        + "Vice President Mike Pence said the month was a time of reflection for many.\n"
        + filler + "Does Ramadan remind us of “the richness Muslims add to American life,” or is it “a month of calamity everywhere for nonbelievers”?"
    )
    a = _analyse(analyzer, text)
    names = {e.id: e.canonical for e in a.entities}
    said = {a.text_of(q.content).strip("“”,"): (q.speaker.via, names.get(q.speaker.entity)) for q in a.quotes}
    assert said["the richness Muslims add to American life"] == ("inherited", "Trump")
    assert said["a month of calamity everywhere for nonbelievers"] == ("unresolved", None)  # no one's words before, 9 lines on


@pytest.mark.parametrize(
    ("quoted", "filler", "pronoun"),
    [  # PTC: 'he didn’t think that the seizure … was important' went to Trump, quoted 25 lines before; 'They can see what
        # the priest does' to 'Rome said' 40 lines before. A person is followed about three paragraphs, a body about two.
        ("Donald Trump said the deal was a disaster.", "The navy termed these encounters unsafe and unprofessional, and the boats were returned hours later.\n" * 21,
         "He said the seizure was not important enough to note."),
        ("Rome said the reforms were done in the name of the Council.", "The liturgy was the first school of the faith for people in the villages of the north.\n" * 14,
         "They know that the bishops met in Paris."),
    ],
)
def test_a_pronoun_takes_up_a_speaker_only_within_a_few_paragraphs(analyzer: Analyzer, quoted: str, filler: str, pronoun: str) -> None:
    speakers = []
    for gap in ("", filler):
        a = _analyse(analyzer, quoted + "\n" + gap + pronoun)
        speakers.append([(q.speaker.via, q.speaker.entity is not None) for q in a.quotes])
    assert speakers == [[("named", True), ("pronoun", True)], [("named", True), ("unresolved", False)]]


def test_they_is_never_a_law_or_a_work_that_it_may_be() -> None:
    # PTC: 'They said they support …' went to Title I, 'They were all aware …' to a title read as a work
    assert [_a_thing_for(label, "they") for label in ("LAW", "WORK_OF_ART", "ORG", "NORP", "PRODUCT")] == [False, False, True, True, True]
    assert _a_thing_for("LAW", "it") and not _a_thing_for("PERSON", "they")


def test_a_verb_right_after_a_broken_off_quote_reports_it_whatever_the_verb(analyzer: Analyzer) -> None:
    said = ["“We will win,” Howard Dean thundered to a cheering crowd.", "“We will win,” thundered Howard Dean.", "“It is a scandal,” Grassley scolded."]
    for text in said:
        a = _analyse(analyzer, text)
        assert [(q.kind, a.text_of(q.content)) for q in a.quotes] == [("direct", text.split("“")[1].split(",”")[0])], text
        assert a.quotes[0].speaker.resolved
    others = ["“The Apprentice,” Trump starred in for years.", "“We are counting the votes again,” Dixon quoted from the voicemail."]
    # the title is what he starred in; the words are the voicemail's, whose speaker the text does not name
    assert [[q.cue_lemma for q in _analyse(analyzer, text).quotes] for text in others] == [[], [None]]
    mixed = _analyse(analyzer, "Taxes are “a disgrace,” Howard Dean thundered.")
    assert [(q.kind, mixed.text_of(q.content), q.cue_lemma) for q in mixed.quotes] == [("mixed", "Taxes are “a disgrace,”", "thunder")]
    text = "As the Reporter piece said, the meeting was “unprecedented,” 1200 formators gathered by the Congregation in order to hear the orders."
    assert [q.cue_lemma for q in _analyse(analyzer, text).quotes] == ["say"]  # 'gathered by': the outlet's participle, no report


def test_a_capitalised_verb_inside_prose_is_a_word_of_a_name_not_a_cue(analyzer: Analyzer) -> None:
    # PTC: 'campaigners Hope Not Hate had campaigned …' was a hope of the campaigners
    a = _analyse(analyzer, "Anti-fascism campaigners Hope Not Hate had campaigned for the pair to not be allowed into the UK.")
    assert a.quotes == []
    said = _analyse(analyzer, "Campaigners with Hope Not Hate said the pair should not be allowed into the UK.")
    assert [q.cue_lemma for q in said.quotes] == ["say"]
    headline = build_article("Pope Says He Will Visit Iraq Next Year\n\nThe Vatican confirmed the visit.", source=None, headline_first_line=True)
    assert "say" in [q.cue_lemma for q in analyzer.analyze(headline).quotes]  # a title-case headline capitalises its verbs


def test_the_subject_of_words_a_cue_is_set_inside_is_no_one_a_pronoun_means(analyzer: Analyzer) -> None:
    # PTC: 'The pope, he said, seems “to censor and even mock” critics' was the pope's, not the letter writer's
    a = _analyse(analyzer, "Rex Tillerson gave Syria the news Wednesday.\nThe U.S. troop commitment to Syria, he said, is now open-ended.")
    assert _speakers_and_how(a) == [("Rex Tillerson", "pronoun")]


def test_the_point_someone_makes_is_what_they_said(analyzer: Analyzer) -> None:
    # PTC: 'Duke makes the wild claim that there has been a “complete takeover …”' had gone to the man who posted the video
    a = _analyse(analyzer, "Zakkout posted a video. In it, David Duke makes the wild claim that there has been a “complete takeover of American politics.”")
    assert [(kind, cue, speaker) for kind, _, cue, speaker, _ in _view(a)][-1] == ("mixed", "make the wild claim", "David Duke")
    made = _analyse(analyzer, "Sanders made the decision that the campaign would go on.")
    assert [q.act for q in made.quotes] in ([], ["belief"])  # a decision is no point made, no words said


def test_a_speaker_named_after_an_owner_whose_apostrophe_stands_apart_is_the_person(analyzer: Analyzer) -> None:
    # PolNeAR: 'Breitbart News’ Dr. Thomas Williams said' went to Breitbart News, the parse's first subject
    a = _analyse(analyzer, "Breitbart News’ Dr. Thomas Williams said Pope Francis called Christmas a sham this year.")
    assert _speakers_and_how(a) == [("Thomas Williams", "named")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # PTC: the seller's account in bullets, then 'The ammunition, he said, was:' had gone to the buyer of the last bullet
            "Douglas Haig said he sold ammunition to the gunman.\n• Haig first met Paddock at a gun show.\n"
            "• In September, Paddock arrived at Haig's home and drove away.\nThe ammunition, he said, was tracer ammunition.",
            "Douglas Haig",
        ),
        (  # PTC: 'For Hurt, Bible in the Schools … is simply a way …' then '“There is a great deal …,” he said' had no speaker
            "Ray Hurt has been the lead pastor at the Church of God in Princeton for more than two decades.\n"
            "The church can hold up to 2,000 people.\nFor Hurt, Bible in the Schools is simply a way for students to further their knowledge.\n"
            "“There is a great deal of poetry in the Bible,” he said.",
            "Ray Hurt",
        ),
    ],
)
def test_a_pronoun_goes_back_past_a_list_and_to_the_person_whose_view_a_sentence_opened_with(analyzer: Analyzer, text: str, speaker: str) -> None:
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == (speaker, "pronoun")


def test_a_person_s_office_somewhere_speaks_for_the_person(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Grand Ayatollah Ali al-Sistani urged calm, according to his office in Najaf.")
    assert _speakers_and_how(a) == [("Ali al-Sistani", "representative")]  # the place named in its words is no owner


def test_a_work_put_out_by_someone_speaks_for_them_and_for_no_one_earlier(analyzer: Analyzer) -> None:
    text = (
        "Xi made the remarks in a letter, according to a statement released by the Foreign Ministry. "
        "A report published by Amnesty International said prisoners were tortured. "
        "A statement issued by the Iraqi army in Baghdad said three soldiers were killed."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Foreign Ministry", "document"),
        ("Amnesty International", "document"),
        (None, "unresolved"),  # the army the text does not name: not the ministry's statement
    ]


def test_a_named_speaker_s_words_stay_theirs_under_the_according_to_that_sources_them(analyzer: Analyzer) -> None:
    text = (
        "“We will not allow this,” Erdogan told reporters on board his plane, according to broadcaster NTV. "
        "We know that there was more than one shooter, according to the sheriff."
    )
    view = _view(_analyse(analyzer, text))
    assert ("direct", "We will not allow this", "tell", "Erdogan", "named") in view  # the speaker's own words
    assert ("mixed", "“We will not allow this,” Erdogan told reporters on board his plane", "according to", "NTV", "named") in view  # and NTV's account
    assert not any(cue == "know" for _, _, cue, _, _ in view)  # a speaker with no name has no quote of their own: the sheriff's words


def test_a_name_ending_an_opening_phrase_is_not_the_speaker_set_off_after_it(analyzer: Analyzer) -> None:
    text = "In a statement carried by the official news agency WAM, the UAE Foreign Ministry condemned the attack."
    assert _speakers_by_words(_analyse(analyzer, text)) == {"the UAE Foreign Ministry": "UAE Foreign Ministry"}


def test_a_cue_closing_the_sentence_that_the_parse_hung_on_a_noun_sources_the_whole_sentence(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The Foreign Ministry in Tehran summoned the British ambassador, state media reported.")
    assert [a.text_of(q.content) for q in a.quotes] == ["The Foreign Ministry in Tehran summoned the British ambassador"]


def test_a_work_from_someone_is_theirs(analyzer: Analyzer) -> None:
    text = (
        "The Russian Defense Ministry said its forces had advanced. Iraqi Prime Minister Mohammed Shia al-Sudani told his French "
        "counterpart that Baghdad rejected any attack on its territory, according to a statement from his office. "
        "A statement from the White House said the talks had failed. The report from Belgium says that the problem is ageing."
    )
    speakers = [(speaker, via) for _, _, cue, speaker, via in _view(_analyse(analyzer, text)) if cue in ("according to", "say")]
    assert speakers[1:] == [
        ("Mohammed Shia al-Sudani", "document"),  # whose office: not the ministry that spoke before
        ("White House", "document"),
        (None, "unresolved"),  # a report from a place is not the place's
    ]


def test_the_kin_of_a_body_s_member_do_not_speak_for_the_body(analyzer: Analyzer) -> None:
    text = (
        "An Islamic State propagandist's parents said their son was devout. A Hamas official's aide said the talks had failed."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [(None, "unresolved"), ("Hamas", "representative")]


def test_the_work_named_again_is_whose_put_it_out(analyzer: Analyzer) -> None:
    text = (
        "Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, released a press statement "
        "on Tuesday. \"The DPRK will take all necessary measures,\" the statement said."
    )
    a = _analyse(analyzer, text)
    assert _speakers_and_how(a) == [("Kim Yo Jong", "document")]
    assert "Central Committee of the Workers' Party of Korea" in {e.canonical for e in a.entities}  # one body, not cut at the possessive


def test_a_statement_after_a_person_spoke_is_not_the_last_body_s(analyzer: Analyzer) -> None:
    text = (
        "The Russian Defense Ministry said on Monday that its forces had taken control of the village of Novomykhailivka.\n"
        "The ministry noted that Ukrainian troops had lost up to 400 servicemen in the past day.\n"
        "In a phone call with his Iranian counterpart Hossein Amir-Abdollahian, Lavrov stressed the need for a political settlement.\n"
        "The two sides stressed the importance of coordination at international forums, the statement added."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[2:] == [("Lavrov", "named"), (None, "unresolved")]  # the call's statement, not the ministry's


def test_a_cue_whose_only_words_say_when_is_no_quote(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "White House press secretary Karine Jean-Pierre pushed back hours later. The bill died.")
    assert a.quotes == []


def test_the_diplomat_is_the_foreign_minister_or_ambassador_named_before(analyzer: Analyzer) -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov said on Friday that Moscow is ready for talks. "
        "Ukrainian President Vladimir Zelensky signed a decree prohibiting talks. Zelensky's office said the decree remains in force. "
        "According to the diplomat, the West is trying to inflict a strategic defeat on Russia.\n\n"
        "The U.S. ambassador to the UN, Linda Thomas-Greenfield, said the vote was a disgrace. President Biden said he agreed. "
        "The diplomat added that Washington would act."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Sergey Lavrov", "named"), ("Vladimir Zelensky", "representative"), ("Sergey Lavrov", "role"),
        ("Linda Thomas-Greenfield", "named"), ("Biden", "named"), ("Linda Thomas-Greenfield", "role"),
    ]


def test_people_polled_by_an_agency_do_not_speak_for_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Economists polled by Reuters had expected a reading of 7.0%. Analysts surveyed by Bloomberg said the bank would hold rates.")
    assert [(a.text_of(q.content), q.speaker.entity) for q in a.quotes] == [("a reading of 7.0%", None), ("the bank would hold rates", None)]


def test_the_company_is_the_body_whose_officer_spoke_last(analyzer: Analyzer) -> None:
    text = (
        "In a blog post, Google's vice president for global ad business, Dan Taylor, said the lawsuit \"attempts to pick winners and losers.\"\n\n"
        "The company said it would \"vigorously defend\" itself."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Dan Taylor", "named"), ("Google", "role")]


def test_meeting_someone_is_no_quote(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Emir Sheikh Tamim bin Hamad Al-Thani said the talks were useful. Sheikh Tamim also met the president.")
    assert [q.cue_lemma for q in a.quotes] == ["say"]


def test_a_day_written_out_dates_a_saying_before_one_counted_from_another_date(analyzer: Analyzer) -> None:
    text = (
        "On August 4, 1962, the NSA reported that a second incident occurred. The next day, without question, "
        "on August 5, 1964, the New York Times reported “President Johnson has ordered retaliatory action against gunboats.”"
    )
    a = _analyse(analyzer, text, published=date(2018, 6, 1))
    assert [q.said_on for q in a.quotes] == [date(1962, 8, 4), date(1964, 8, 5)]


def test_a_people_named_in_the_plural_is_the_group_not_the_person_named_before(analyzer: Analyzer) -> None:
    text = "Houthi leader Abdul-Malik al-Houthi said the attacks would continue. The Houthis said they fired missiles."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Abdul-Malik al-Houthi", "named"), ("Houthis", "named")]


def test_a_sentence_or_a_fine_a_court_imposes_is_no_quote(analyzer: Analyzer) -> None:
    text = (
        "NEW YORK (AP) — A federal judge on Wednesday sentenced former Honduran President Juan Orlando Hernández to 45 years in prison.\n\n"
        "U.S. District Judge P. Kevin Castel said Hernández had been \"a two-faced politician hungry for power.\"\n\n"
        "Hernández, 55, maintained his innocence. \"I am innocent,\" he told the court through an interpreter.\n\n"
        "Prosecutors had sought a life sentence. In a statement, U.S. Attorney Damian Williams said the sentence sent a message to "
        "corrupt leaders. The judge also fined Hernández $8 million.\n\nObama would be fine with that, aides said."
    )
    a = _analyse(analyzer, text)
    assert [q.cue_lemma for q in a.quotes] == ["say", "tell", "say", "say"] and a.text_of(a.quotes[-1].content) == "Obama would be fine with that"


def test_the_ministry_capitalised_and_the_head_of_state_name_the_body_and_the_president_again(analyzer: Analyzer) -> None:
    text = (
        "The Foreign and Expatriates Ministry affirmed that the presence of US forces is illegitimate. "
        "The Ministry called on the Security Council to shoulder its responsibilities.\n\n"
        "Venezuelan President Nicolas Maduro denounced a new plot on Monday. "
        "The head of state added that the far right was seeking to destabilize the country."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [
        ("Foreign and Expatriates Ministry", "named"),
        ("Foreign and Expatriates Ministry", "role"),
        ("Nicolas Maduro", "named"),
        ("Nicolas Maduro", "role"),
    ]
    minister = "Foreign Minister Yvan Gil said the sanctions were illegal. The head of state added that they would fail."
    assert _speakers_and_how(_analyse(analyzer, minister)) == [("Yvan Gil", "named"), (None, "unresolved")]


def test_a_quote_with_no_cue_is_the_words_of_the_name_its_sentence_opens_with(analyzer: Analyzer) -> None:
    text = (
        "Venezuelan President Nicolas Maduro denounced a new plot on Monday. Defense Minister Vladimir Padrino Lopez assured that "
        "the armed forces remain “loyal to the Constitution and to the Commander in Chief.”"
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Nicolas Maduro", "named"), ("Vladimir Padrino Lopez", "named")]
    described = (
        "“We will win,” Jeremy Corbyn said.\nLabour’s London mayor Sadiq Khan, who spoke at the march and hailed it a “historic "
        "moment in our democracy,” oversees the GLA."
    )
    a = _analyse(analyzer, described)
    assert _speakers_and_how(a) == [("Jeremy Corbyn", "named"), ("Sadiq Khan", "named")]
    assert a.text_of(a.quotes[1].speaker.span) == "Labour’s London mayor Sadiq Khan, who spoke at the march and hailed it a"
    titles = (
        "In the news media, provocateurs have become entrepreneurs. Mr. Trump has hired Stephen K. Bannon of Breitbart News, a "
        "conservative website that has run stories with headlines such as ''Birth control makes women unattractive and crazy''."
    )
    assert [speaker for speaker, _ in _speakers_and_how(_analyse(analyzer, titles))] == [None]  # a headline, nobody's words


def test_the_side_of_a_state_in_talks_is_the_state_and_an_expletive_is_no_words(analyzer: Analyzer) -> None:
    text = (
        "Vladimir Putin held a telephone conversation with the President of Russia's neighbour. The Russian side stressed the need "
        "for an immediate ceasefire. It was agreed to continue contacts at various levels."
    )
    a = _analyse(analyzer, text)
    assert [(content, speaker) for _, content, _, speaker, _ in _view(a)] == [
        ("the need for an immediate ceasefire", "Russia"),
        ("to continue contacts at various levels", None),
    ]


def test_a_capitalised_role_after_a_speaker_s_words_names_them_before_anyone_the_next_sentence_introduces(analyzer: Analyzer) -> None:
    text = (
        "Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said the resistance front will continue its path. "
        "The Leader also described the US as the “main accomplice” in the crimes committed in Gaza.\n\n"
        "Iranian President Masoud Pezeshkian, for his part, told the UN General Assembly that Iran does not seek war."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Ali Khamenei", "named"), ("Ali Khamenei", "role"), ("Masoud Pezeshkian", "named")]


def test_words_written_on_a_platform_have_its_channel(analyzer: Analyzer) -> None:
    text = (
        "European Commission President Ursula von der Leyen wrote on X: “We are ready.” The ministry said on Telegram that two "
        "drones were downed. Senator Ted Cruz wrote on Twitter that the deal was dead."
    )
    assert [q.channel for q in _analyse(analyzer, text).quotes] == ["post", "post", "tweet"]


def test_a_relay_after_the_words_is_neither_part_of_them_nor_a_quote_of_its_own(analyzer: Analyzer) -> None:
    text = (
        "Yemen's Houthis said they had targeted a U.S. destroyer in the Red Sea, Al-Masirah TV quoted the group's military "
        "spokesman as saying."
    )
    assert [(content, speaker) for _, content, _, speaker, _ in _view(_analyse(analyzer, text))] == [
        ("they had targeted a U.S. destroyer in the Red Sea", "Houthis"),
    ]


def test_the_expert_after_a_professor_s_words_is_the_professor(analyzer: Analyzer) -> None:
    text = (
        "Li Haidong, a professor at the China Foreign Affairs University, told the Global Times on Sunday that Washington "
        "was weaponizing trade. “Such attempts are doomed to fail,” Li said. "
        "The expert noted that Chinese companies have made major breakthroughs."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Li Haidong", "role")
    # a senator is no expert: 'the analyst' after his words is someone the text does not name
    text = "“The bill is dead,” Sen. John Thune said on Monday. The analyst noted that the vote had been close."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("John Thune", "named"), (None, "unresolved")]


def test_a_situation_that_continues_to_deteriorate_says_nothing(analyzer: Analyzer) -> None:
    text = (
        "Israeli attacks across the Gaza Strip have killed at least 45 Palestinians since dawn, medical sources have told "
        "Al Jazeera, as the humanitarian situation continues to deteriorate."
    )
    assert _view(_analyse(analyzer, text)) == [
        ("indirect", "Israeli attacks across the Gaza Strip have killed at least 45 Palestinians since dawn", "tell", None, "unresolved"),
    ]


def test_a_body_described_then_named_by_its_acronym_in_brackets_is_that_body(analyzer: Analyzer) -> None:
    text = "The United Nations agency for Palestinian refugees (UNRWA) said on X that its shelters were overwhelmed."
    assert _speakers_and_how(_analyse(analyzer, text)) == [("UNRWA", "named")]


def test_a_nation_s_leader_is_the_head_of_its_state_or_government_the_text_titled(analyzer: Analyzer) -> None:
    text = (
        "Japanese Prime Minister Sanae Takaichi and Chinese Premier Li Qiang met on Tuesday. "
        "“We conveyed our position clearly,” Takaichi told reporters. "
        "Chinese Foreign Ministry spokeswoman Mao Ning said Beijing urged Tokyo to correct its mistakes. "
        "The Japanese leader later said that the talks had been useful."
    )
    assert _speakers_and_how(_analyse(analyzer, text))[-1] == ("Sanae Takaichi", "role")


def test_the_supreme_leader_is_the_person_titled_so_not_a_body(analyzer: Analyzer) -> None:
    text = (
        "Iran's Supreme Leader Ayatollah Ali Khamenei said on Sunday that the attack should not be exaggerated. "
        "The Supreme Leader added that Israel had miscalculated. Supreme Leader Ali Khamenei's adviser, Ali Akbar Velayati, "
        "told Tasnim that Israel had erred."
    )
    a = _analyse(analyzer, text)
    assert [(e.label, e.canonical) for e in a.entities if "Supreme" in e.canonical] == []
    assert _speakers_and_how(a)[:2] == [("Ali Khamenei", "named"), ("Ali Khamenei", "role")]


def test_a_that_clause_the_parse_hung_on_whom_the_words_were_told_to_is_what_was_told(analyzer: Analyzer) -> None:
    text = (
        'Foreign ministry spokesperson Lin Jian told a regular news briefing that China would take "resolute and forceful measures" '
        "to defend its sovereignty."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("tell", 'that China would take "resolute and forceful measures" to defend its sovereignty')
    ]
    assert [q for q in _analyse(analyzer, "He told a story that his father loved.").quotes] == []


def test_a_sentence_whose_words_run_into_a_quote_before_the_cue_that_closes_it_was_said_whole(analyzer: Analyzer) -> None:
    text = (
        "Russian President Vladimir Putin is ready to discuss a ceasefire but only on terms that reflect "
        '"the realities on the ground," Kremlin spokesman Dmitry Peskov said on Monday.'
    )
    a = _analyse(analyzer, text)
    assert [(q.kind, a.text_of(q.content)) for q in a.quotes] == [("mixed", text[: text.index(',"') + 2])]


def test_an_office_s_words_are_its_holder_s_named_before_or_the_one_the_text_gives_it(analyzer: Analyzer) -> None:
    text = (
        "Netanyahu's office denies report on hostage deal talks\n\nJERUSALEM (AP) - The Prime Minister's Office said on Sunday "
        "that no deal had been reached. Prime Minister Benjamin Netanyahu met the families later. The prime minister's spokesman "
        "said talks would go on."
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(a.text_of(q.content), _speakers_by_words(a).get(a.text_of(q.speaker.span)), q.speaker.via) for q in a.quotes] == [
        ("report on hostage deal talks", "Benjamin Netanyahu", "representative"),  # the headline's 'talks' read as a verb
        ("that no deal had been reached", "Benjamin Netanyahu", "representative"),
        ("talks would go on", "Benjamin Netanyahu", "representative"),
    ]
    text = (
        "President Barack Obama spoke on Monday. The former vice president's spokeswoman said Gore would skip the convention. "
        "The president's spokesman said the visit was off."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        (None, "unresolved"),  # the former vice president's spokeswoman: another office than the president's
        ("Barack Obama", "representative"),  # not Gore, named just before: the spokesman is the president's
    ]


def test_sources_in_a_body_speak_for_it_unnamed_not_those_close_to_it_or_in_a_place(analyzer: Analyzer) -> None:
    text = (
        "Sources in the Home Ministry said the visas had been revoked. Sources close to Hamas said the group was ready. "
        "Sources in Gaza said the strikes went on."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Home Ministry", "representative"), (None, "unresolved"), (None, "unresolved")
    ]


def test_a_body_named_before_a_headline_s_colon_makes_the_claim_after_it(analyzer: Analyzer) -> None:
    body = "\n\nKremlin spokesman Dmitry Peskov spoke to journalists on Friday."
    a = analyzer.analyze(build_article("Kremlin: Russia open to talks but will not accept ultimatums" + body, source=None, headline_first_line=True))
    assert [(q.cue_lemma, a.text_of(q.content), _speakers_by_words(a).get("Kremlin")) for q in a.quotes if q.cue_lemma == ":"] == [
        (":", "Russia open to talks but will not accept ultimatums", "Kremlin")
    ]
    title = analyzer.analyze(build_article("NATO: The Alliance at 75\n\nNATO said the summit would open.", source=None, headline_first_line=True))
    assert [q for q in title.quotes if q.cue_lemma == ":"] == []  # a title with no verb, no claim


def test_a_state_s_name_before_a_headline_s_colon_is_where_the_news_is_from_not_who_claims_it(analyzer: Analyzer) -> None:
    headline = "Nigeria: Tinubu orders probe into Kano killings\n\nABUJA (AP) - The president ordered a probe on Sunday."
    a = analyzer.analyze(build_article(headline, source=None, headline_first_line=True))
    assert [q for q in a.quotes if q.cue_lemma == ":"] == []


def test_a_party_s_mp_unnamed_speaks_for_the_party_not_as_it(analyzer: Analyzer) -> None:
    text = 'One senior Labour MP told the Guardian: "People are furious. This was a totally avoidable mess."'
    assert _speakers_and_how(_analyse(analyzer, text)) == [("Labour", "representative")]


def test_according_to_a_source_before_a_subject_the_parse_hung_on_it_sources_the_clause(analyzer: Analyzer) -> None:
    text = "According to a poll by the public broadcaster ARD, just 21% of Germans are satisfied with the government's work."
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("a poll by the public broadcaster ARD", "just 21% of Germans are satisfied with the government's work")
    ]
    text = "According to an ex-Secret Service agent, Vice-President Joe Biden was regularly engaged in predatory behavior."
    a = _analyse(analyzer, text)
    assert _speakers_and_how(a) == [(None, "unresolved")]  # the agent, unnamed; not Biden, whom the words are about
    assert a.text_of(a.quotes[0].content).startswith("Vice-President Joe Biden was")


def test_a_headline_verb_the_parse_read_as_a_noun_s_is_no_speaker_s(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(
        "Judge blocks administration's plan to cut food aid\n\nA federal judge on Friday blocked the plan.",
        source=None, headline_first_line=True,
    ))
    assert [a.text_of(q.speaker.span) for q in a.quotes if q.speaker.span] == []


def test_a_time_of_a_day_dates_the_saying_on_that_day(analyzer: Analyzer) -> None:
    text = "Speaking in a televised interview on Tuesday night, Araghchi said that the troika had lost its credibility."
    (quote,) = _analyse(analyzer, text, published=date(2026, 12, 3)).quotes
    assert quote.said_on == date(2026, 12, 1) and quote.channel == "interview"


def test_what_a_saying_answers_is_its_topic_not_its_channel(analyzer: Analyzer) -> None:
    text = (
        "Commenting on reports of a meeting, Kremlin spokesman Dmitry Peskov said no dates had been agreed. In response to the "
        "statement, the ministry said it would act. On the video, Farrakhan repeatedly refers to Jews as enemies. Peskov said "
        "in a statement that talks would go on."
    )
    assert [q.channel for q in _analyse(analyzer, text).quotes] == [None, None, "video", "statement"]


def test_an_agency_or_a_bloc_is_called_so_after_it_is_named_whatever_its_name_ends_with(analyzer: Analyzer) -> None:
    text = (
        "The U.N. World Food Programme said it had suspended operations. The agency said 400,000 people had been displaced. "
        "The Economic Community of West African States (ECOWAS) said it was concerned. The bloc added that sanctions would "
        "stay. The 15-nation bloc said it would meet again. NATO leaders met on Monday. The alliance said it would respond."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("U.N. World Food Programme", "named"), ("U.N. World Food Programme", "role"),
        ("Economic Community of West African States", "named"), ("Economic Community of West African States", "role"),
        ("Economic Community of West African States", "role"), ("NATO", "role"),
    ]


def test_a_headline_s_role_with_no_article_is_the_person_the_body_gives_it_after_the_dateline(analyzer: Analyzer) -> None:
    text = (
        "Junta leader vows to hold elections\nNIAMEY, Niger, Feb 3 (Reuters) - Niger's junta leader General Abdourahamane "
        "Tiani said on Sunday that elections would be held within three years."
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [
        ("vow", "Abdourahamane Tiani"), ("say", "Abdourahamane Tiani")
    ]
    text = (
        "Iran's supreme leader says nuclear talks with US \"not smart\"\nDUBAI, Feb 7 (Reuters) - Iran's Supreme Leader "
        'Ayatollah Ali Khamenei said on Friday that negotiations with the United States were "not smart, wise or honourable".'
    )
    a = _analyse(analyzer, text, headline=True)
    assert [_speakers_by_words(a)[a.text_of(q.speaker.span)] for q in a.quotes] == ["Ali Khamenei", "Ali Khamenei"]  # a headline ending on a quote


def test_a_body_s_official_after_its_named_spokesman_spoke_is_that_spokesman(analyzer: Analyzer) -> None:
    text = (
        "Karoline Leavitt said that he would be a fierce advocate. Kremlin Spokesman Dmitry Peskov told reporters "
        "that Putin had not yet decided. The Kremlin official noted that the schedule would be announced later. A Pentagon "
        "spokesman said the strikes were over. The Pentagon official said more troops would go."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via, q.channel) for q in a.quotes] == [
        ("Karoline Leavitt", "named", None), ("Dmitry Peskov", "named", None), ("Dmitry Peskov", "role", None),
        ("Pentagon", "representative", None), ("Pentagon", "representative", None),  # no one named spoke for it
    ]


def test_a_body_of_the_enclave_or_the_country_speaks_for_the_place_named_before(analyzer: Analyzer) -> None:
    text = (
        "Israeli strikes killed 38 people in Gaza on Thursday, the Palestinian territory's health ministry said. The enclave's "
        "civil emergency service said 20 were children. Turkey recalled its envoy from Tel Aviv. The country's foreign ministry "
        "said the move was final."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes if q.cue_lemma == "say"] == [
        ("Gaza", "named"), ("Gaza", "representative"), ("Turkey", "named"),  # Turkey, not Tel Aviv named since: a country
    ]


def test_a_state_s_armed_force_speaks_for_it_and_again_by_its_noun(analyzer: Analyzer) -> None:
    text = (
        "Ukraine's air force said on Saturday it had shot down 50 of 73 drones launched by Russia overnight, while Russia's "
        "defence ministry said its forces had captured two villages. \"The enemy attacked with Shahed-type drones,\" the air "
        "force said on the Telegram messaging app."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via, q.channel) for q in a.quotes] == [
        ("Ukraine", "representative", None), ("Russia", "named", None), ("Ukraine", "role", "post"),
    ]
    text = "A Wall Street Journal editorial said that the governor was right. The editorial added that the party should listen."
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Wall Street Journal", "document"), ("Wall Street Journal", "document"),  # a work is its owner's document
    ]


def test_a_statement_by_a_role_set_beside_a_name_is_that_person_s(analyzer: Analyzer) -> None:
    text = (
        "President Bola Tinubu has assured Nigerians that insecurity will end. The President gave the assurance on Thursday, "
        "according to a statement by his Special Adviser on Media and Publicity, Bayo Onanuga."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Bola Tinubu", "named"), ("Bayo Onanuga", "document"),
    ]
    assert "Media" not in {e.canonical for e in a.entities}  # the adviser's portfolio, no body


def test_a_group_called_by_the_words_that_described_it_before_its_name_is_that_body(analyzer: Analyzer) -> None:
    text = (
        "Sudan's army said it had recaptured a bridge from the paramilitary Rapid Support Forces (RSF). In a statement on "
        "Telegram, the paramilitary group said its fighters had repelled the attack. The militant group said the war would go on."
    )
    a = _analyse(analyzer, text)
    assert [_speakers_by_words(a)[a.text_of(q.speaker.span)] for q in a.quotes if q.cue_lemma == "say"] == [
        "Sudan", "Rapid Support Forces", None,  # no body was described as militant
    ]


def test_what_a_body_called_on_someone_to_do_is_said_though_the_parse_hangs_it_on_the_call(analyzer: Analyzer) -> None:
    text = "A spokesperson for the U.S. State Department condemned the launch and called on Pyongyang to refrain from further provocations."
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("condemn", "the launch"), ("call on", "Pyongyang to refrain from further provocations"),
    ]


def test_a_headline_s_abbreviated_office_is_the_holder_the_body_titles_so(analyzer: Analyzer) -> None:
    for headline, body, holder in (
        ("Indian PM slams Pakistan over attack", "Prime Minister Narendra Modi said on Monday that Pakistan would pay.", "Narendra Modi"),
        ("Chinese FM slams Philippines over provocation", "Foreign Minister Wang Yi said on Monday that the Philippines must stop.", "Wang Yi"),
        ("Indian PM slams Pakistan over attack", "Congress leader Rahul Gandhi said on Monday that Pakistan would pay.", None),
    ):
        text = f"{headline}\nNEW DELHI, May 5 (Reuters) - {body}"
        a = _analyse(analyzer, text, headline=True)
        assert _speakers_by_words(a)[a.text_of(a.quotes[0].speaker.span)] == holder, headline  # not another person named next


def test_a_hearer_s_name_the_parse_cut_in_two_is_no_part_of_the_words(analyzer: Analyzer) -> None:
    text = (
        'Keir Starmer defended the budget. Speaking during a visit to a hospital in Kent, the prime minister said: "We had to '
        'make tough choices." Its chief executive, Rain Newton-Smith, told the BBC\'s Today programme the measures were "a hammer blow".'
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], a.text_of(q.content)) for q in a.quotes][1:] == [
        ("Keir Starmer", "We had to make tough choices."),  # Kent, a hospital's county, no person named before
        ("Rain Newton-Smith", 'the measures were "a hammer blow"'),
    ]
    text = 'Smith asked the Cleveland crowd "If Hillary Clinton can\'t give us the truth, why should we give her the presidency?"'
    a = _analyse(analyzer, text)
    assert [a.text_of(q.content) for q in a.quotes] == ["If Hillary Clinton can't give us the truth, why should we give her the presidency?"]


def test_a_speaker_the_parse_hung_on_the_opening_phrase_though_it_read_the_name_as_a_noun(analyzer: Analyzer) -> None:
    text = (
        "Speaking at a news conference alongside Turkish Foreign Minister Hakan Fidan, Sharaa, who led the offensive that "
        "toppled Bashar al-Assad, said Syria would not be a source of interference in Lebanon."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.speaker.span) for q in a.quotes] == ["Sharaa"]


def test_a_style_of_address_is_no_name_and_stands_for_the_person_as_a_pronoun(analyzer: Analyzer) -> None:
    text = (
        "Hezbollah Secretary-General Sheikh Naim Qassem affirmed on Sunday that the Resistance would not hand over its weapons. "
        "In a televised speech, His Eminence said that the agreement applied only to the area south of the Litani River."
    )
    a = _analyse(analyzer, text)
    assert "Eminence" not in {e.canonical for e in a.entities}
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Naim Qassem", "named"), ("Naim Qassem", "pronoun"),
    ]


def test_a_headline_s_passive_without_its_be_has_no_speaker_in_its_subject(analyzer: Analyzer) -> None:
    text = "Sudan's RSF accused of killing dozens in Darfur\nSudan's paramilitary Rapid Support Forces killed 40 civilians, activists said."
    a = _analyse(analyzer, text, headline=True)
    accused = [q for q in a.quotes if q.cue_lemma == "accuse of"]
    assert [(a.text_of(q.content), q.speaker.span, q.speaker.entity) for q in accused] == [("killing dozens in Darfur", None, None)]


def test_a_headline_s_speaker_after_a_state_s_name_makes_the_claim(analyzer: Analyzer) -> None:
    text = (
        "Iran's Araghchi: Tehran open to talks, but not under pressure\nTEHRAN, Dec. 7 (IRNA) -- Iranian Foreign Minister "
        "Abbas Araghchi said on Saturday that the Islamic Republic was ready to negotiate."
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(a.text_of(q.content), _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes if q.cue_lemma == ":"] == [
        ("Tehran open to talks, but not under pressure", "Abbas Araghchi")
    ]


def test_a_date_the_verb_governs_inside_the_words_stretch_dates_the_saying(analyzer: Analyzer) -> None:
    text = (
        "Hamas accused Israel on Wednesday of setting new conditions that had delayed a ceasefire agreement in Gaza, while "
        "Israel said the group had reneged."
    )
    quote = _analyse(analyzer, text, published=date(2024, 12, 27)).quotes[0]
    assert (quote.cue_lemma, quote.said_on) == ("accuse", date(2024, 12, 25))


def test_another_report_set_beside_the_words_with_as_is_its_own_quote(analyzer: Analyzer) -> None:
    text = (
        'Kenyan President William Ruto said on Wednesday his government would not bow to "treasonous" protesters who '
        "stormed parliament, as rights groups said at least 22 people had been killed."
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("Kenyan President William Ruto", 'his government would not bow to "treasonous" protesters who stormed parliament'),
        ("rights groups", "at least 22 people had been killed"),
    ]


def test_a_work_from_a_body_named_again_by_its_noun_is_that_body_s(analyzer: Analyzer) -> None:
    text = (
        "The Lebanese army said on Wednesday it had deployed troops in the southern town of Khiam, in Lebanon. A statement "
        "from the army said units had entered the town and were removing unexploded ordnance."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Lebanon", "named"), ("Lebanon", "document"),
    ]


def test_a_headline_s_second_claim_and_its_denial(analyzer: Analyzer) -> None:
    text = (
        "Pakistan says Afghan soil used for attacks, Kabul denies\nISLAMABAD, Oct 10 (AP) — Pakistan's military said "
        "Thursday that militants had carried out the attacks."
    )
    for joined in (text, text.replace(", Kabul", "; Kabul")):
        a = _analyse(analyzer, joined, headline=True)
        assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes][:2] == [
            ("say", "Pakistan", "Afghan soil used for attacks"), ("deny", "Kabul", "Afghan soil used for attacks"),
        ]
    text = (
        "Sudan's army retakes key bridge in Khartoum, RSF says fighting continues\nPORT SUDAN, Jan 25 (Reuters) - Sudan's "
        "army said on Saturday it had retaken a bridge."
    )
    a = _analyse(analyzer, text, headline=True)
    assert (a.text_of(a.quotes[0].speaker.span), a.text_of(a.quotes[0].content)) == ("RSF", "fighting continues")


def test_states_listed_together_speak_together_and_are_counted_again(analyzer: Analyzer) -> None:
    text = (
        "US, Japan, South Korea condemn North Korean missile launch\nWASHINGTON, Nov 18 (Reuters) - The United States, Japan and South "
        'Korea on Monday condemned the launch. "We call on the DPRK to refrain from further actions," the three countries '
        "said in a joint statement. South Korea's Joint Chiefs of Staff said the missile was fired from Pyongyang. The "
        "military said it had boosted surveillance."
    )
    a = _analyse(analyzer, text, headline=True)
    canonical = {e.id: e.canonical for e in a.entities}
    assert [(canonical[q.speaker.entity], sorted(canonical[j] for j in q.speaker.joint)) for q in a.quotes if q.speaker.entity] == [
        ("United States", ["Japan", "South Korea"]), ("United States", ["Japan", "South Korea"]),
        ("United States", ["Japan", "South Korea"]), ("Joint Chiefs of Staff", []), ("Joint Chiefs of Staff", []),
    ]


def test_a_group_named_again_by_what_describes_it(analyzer: Analyzer) -> None:
    text = (
        'Hamas, which has ruled Gaza since 2007, said the strikes were a "flagrant violation" of the truce. The Palestinian '
        "group said it remained committed to the agreement. The Sudanese Doctors Network, a medical group that tracks "
        "casualties, said 12 civilians had been killed. The medical group also called for a humanitarian corridor."
    )
    a = _analyse(analyzer, text)
    assert [_speakers_by_words(a)[a.text_of(q.speaker.span)] for q in a.quotes] == [
        "Hamas", "Hamas", "Sudanese Doctors Network", "Sudanese Doctors Network",
    ]


def test_pressing_on_with_something_is_no_quote(analyzer: Analyzer) -> None:
    text = (
        "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip overnight, health officials in the enclave "
        "said on Tuesday, as mediators pressed on with efforts to extend a fragile ceasefire."
    )
    assert [q.cue_lemma for q in _analyse(analyzer, text).quotes] == ["say"]


def test_the_words_own_verbs_after_a_quoted_fragment_stay_in_the_words(analyzer: Analyzer) -> None:
    text = 'He stressed that the Islamic Republic "does not seek war" but would defend its sovereignty.'
    a = _analyse(analyzer, text)
    assert [a.text_of(q.content) for q in a.quotes] == [
        'that the Islamic Republic "does not seek war" but would defend its sovereignty'
    ]


def test_what_a_passive_of_seeing_says_is_seen_is_no_speaker(analyzer: Analyzer) -> None:
    text = (
        "Mrs. Clinton is seen as far more capable of dealing with racial tensions than Mr. Trump - 60 percent of voters said "
        "Mrs. Clinton would be better at handling the issue."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, q.speaker.entity is None) for q in a.quotes] == [("be see", True), ("say", False)]
    assert a.text_of(a.quotes[1].content) == "Mrs. Clinton would be better at handling the issue"


def test_a_readout_is_a_channel_and_its_issuer_s_document(analyzer: Analyzer) -> None:
    text = 'The Chinese side described the meeting as "candid and constructive", according to a readout issued by Beijing.'
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via, q.channel) for q in a.quotes] == [
        ("Beijing", "document", "readout")
    ]


def test_a_participle_after_with_speaks_for_the_noun_it_describes(analyzer: Analyzer) -> None:
    text = (
        "Senate Republicans on Thursday blocked a bipartisan border security bill, with Democrats accusing former President "
        "Donald Trump of sabotaging the deal."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [("accuse", "Democrats")]


def test_a_spokesperson_after_a_body_s_words_speaks_for_it(analyzer: Analyzer) -> None:
    text = (
        'The US State Department rejected the accusations as "categorically false". A spokesperson said Washington '
        '"continues to support a democratic solution" to the crisis in Venezuela.'
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("US State Department", "named"), ("US State Department", "representative"),
    ]


def test_a_subject_the_parse_made_the_root_before_a_relative_clause_speaks(analyzer: Analyzer) -> None:
    text = (
        "Hasina's Awami League party, which has been barred from contesting the vote, called for a nationwide shutdown. The "
        "former editor of the Guardian, Alan Rusbridger, called the disclosures, which his newspaper published in 2010, “one "
        "of the greatest journalistic scoops of the last 30 years”."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [
        ("call for", "Awami League"), ("call", "Alan Rusbridger"),
    ]


def test_a_place_s_group_of_a_people_speaks_for_that_people(analyzer: Analyzer) -> None:
    text = "The Houthis seized the ship in November. Yemen's Houthi rebels said on Sunday they had fired missiles at the carrier."
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [("Houthis", "representative")]
    a = _analyse(analyzer, "Britain's Conservative leader said the plan would fail.")
    assert [q.speaker.entity for q in a.quotes] == [None]  # one person, not the party


def test_dismissing_a_cabinet_and_storming_a_parliament_are_acts(analyzer: Analyzer) -> None:
    text = (
        "Kenyan President William Ruto dismissed almost his entire cabinet on Thursday, bowing to pressure from protesters "
        'who stormed parliament last month over proposed tax hikes. "I will immediately engage in extensive consultations," '
        "Ruto said."
    )
    assert [q.cue_lemma for q in _analyse(analyzer, text).quotes] == ["say"]


def test_a_body_named_again_by_the_noun_of_its_apposition(analyzer: Analyzer) -> None:
    text = (
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said security forces had killed 1,068 Alawite "
        'civilians since Thursday. The monitor said the killings amounted to "massacres".'
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Syrian Observatory for Human Rights", "named"), ("Syrian Observatory for Human Rights", "role"),
    ]
    assert {e.canonical: e.label for e in a.entities}["Alawite"] == "NORP"  # the model: a person


def test_a_junta_s_words_its_accusation_inside_a_report_and_a_date_of_what_the_words_noun_did(analyzer: Analyzer) -> None:
    text = (
        "Niger junta expels French ambassador, accuses Paris of interference\nNIAMEY (Reuters) - Niger's military government "
        "on Friday gave the French ambassador 48 hours to leave the country, accusing France of acting against the country's "
        "interests, state television reported. French President Emmanuel Macron has refused to recognise the junta, which "
        "seized power on July 26 and detained President Mohamed Bazoum."
    )
    a = _analyse(analyzer, text, published=date(2023, 8, 25), headline=True)
    canonical = {e.id: e.canonical for e in a.entities}
    assert [(q.cue_lemma, canonical.get(q.speaker.entity or ""), q.said_on) for q in a.quotes if q.cue_lemma != "report"] == [
        ("accuse", "Niger", None), ("accuse", "Niger", date(2023, 8, 25)), ("recognise", "Emmanuel Macron", None),
    ]


def test_an_accusation_a_second_complement_in_reported_tense_and_a_fragment_of_a_named_minister(analyzer: Analyzer) -> None:
    text = (
        "Ethiopia's government on Tuesday accused neighbouring Eritrea of preparing for war. In a letter, Ethiopian Foreign "
        'Minister Gedion Timothewos said Eritrea was "actively preparing to wage war" and had been supporting armed groups in '
        "the Amhara region. Eritrea's information minister, Yemane Gebremeskel, dismissed the letter as \"a rehash of false "
        'allegations" in a post on X.'
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.content), _speakers_by_words(a).get(a.text_of(q.speaker.span))) for q in a.quotes] == [
        ("neighbouring Eritrea of preparing for war", "Ethiopia"),
        ('Eritrea was "actively preparing to wage war" and had been supporting armed groups in the Amhara region', "Gedion Timothewos"),
        ("a rehash of false allegations", "Yemane Gebremeskel"),
    ]


def test_the_leader_of_the_opposition_in_a_house_is_a_person_not_the_house(analyzer: Analyzer) -> None:
    text = "Rahul Gandhi attacked the budget. The Leader of Opposition in the Lok Sabha said the government had failed."
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Rahul Gandhi", "named"), ("Rahul Gandhi", "role"),
    ]
    a = _analyse(analyzer, "The Leader of Opposition in the Lok Sabha said the government had failed.")
    assert [q.speaker.entity for q in a.quotes] == [None]


def test_a_column_s_name_before_a_headline_s_colon_makes_no_speaker(analyzer: Analyzer) -> None:
    text = "GT Voice: Washington's chip curbs will backfire\n\nThe latest US export controls hurt American companies."
    a = _analyse(analyzer, text, headline=True)
    assert a.quotes == []


def test_it_in_a_clause_on_what_a_body_acted_on_is_that_body_and_the_north_is_north_korea(analyzer: Analyzer) -> None:
    text = (
        "North Korea fired several ballistic missiles on Tuesday, South Korea's military said. The launch came five days "
        'after the North tested its new Hwasong-19 missile, which it called the "ultimate" version of its ICBMs.'
    )
    a = _analyse(analyzer, text)
    canonical = {e.id: e.canonical for e in a.entities}
    assert [(q.cue_lemma, canonical.get(q.speaker.entity or "")) for q in a.quotes] == [("say", "South Korea"), ("call", "North Korea")]
    assert {a.text_of(m) for e in a.entities if e.canonical == "North Korea" for m in e.mentions} == {"North Korea", "North"}


def test_a_role_after_a_people_s_name_joined_to_a_participle_is_the_office_s_holder(analyzer: Analyzer) -> None:
    text = "Pope Leo XIV called for a just and lasting peace in Ukraine. The American-born pope said the world could not grow accustomed to war."
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [("Leo XIV", "named"), ("Leo XIV", "role")]


def test_calling_an_election_is_an_act_told_inside_the_words(analyzer: Analyzer) -> None:
    text = (
        "Sri Lanka's new president dissolves parliament, calls snap election\nCOLOMBO, Sept 24 (Reuters) - Sri Lanka's newly "
        "elected President Anura Kumara Dissanayake dissolved parliament late on Tuesday and called a snap election for Nov. "
        "14, a gazette notification showed."
    )
    a = _analyse(analyzer, text, published=date(2024, 9, 24), headline=True)
    assert [(q.cue_lemma, a.text_of(q.content), q.said_on) for q in a.quotes] == [
        ("show", "Sri Lanka's newly elected President Anura Kumara Dissanayake dissolved parliament late on Tuesday and called a snap "
         "election for Nov. 14", None),
    ]
    assert {e.canonical: e.label for e in a.entities}["Sri Lanka"] == "GPE"  # the model: a person ('Sri' is a given name)


def test_a_possessor_is_no_subject_and_a_speaker_read_as_an_apposition_is_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "Mexican President Claudia Sheinbaum said on Tuesday that U.S. President-elect Donald Trump's threatened 25% tariffs "
        "on Mexican goods would cause inflation and job losses in both countries, and warned that Mexico would respond with "
        "tariffs of its own. Canada's Prime Minister Justin Trudeau spoke with Trump after the announcement, a source in his "
        "office said."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span)) for q in a.quotes] == [
        ("say", "Mexican President Claudia Sheinbaum"), ("warn", "Mexican President Claudia Sheinbaum"), ("say", "a source in his office"),
    ]
    assert a.text_of(a.quotes[-1].content) == "Canada's Prime Minister Justin Trudeau spoke with Trump after the announcement"


def test_a_body_s_spokesperson_by_its_noun_and_a_decision_signed_by_a_minister(analyzer: Analyzer) -> None:
    text = (
        "The measures include freezing the companies' assets in China, according to a decision signed by Foreign Minister Wang "
        "Yi. The Taiwan question is the first red line that must not be crossed, the Foreign Ministry said. The U.S. side's "
        "actions seriously violate the one-China principle, a ministry spokesperson said at a regular press briefing."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [
        ("Wang Yi", "document"), ("Foreign Ministry", "named"), ("Foreign Ministry", "representative"),
    ]


def test_appointing_someone_is_an_act(analyzer: Analyzer) -> None:
    text = (
        'In a national broadcast, Tinubu said he could not "fold my arms" while the crisis escalated. He appointed a retired '
        "navy chief, Vice Admiral Ibokette Ibas, as administrator for an initial six months."
    )
    assert [q.cue_lemma for q in _analyse(analyzer, text).quotes] == ["say"]


def test_a_claim_denied_in_an_apposition_to_the_words_is_a_denial_of_those_words(analyzer: Analyzer) -> None:
    text = (
        "Thailand's army said on Tuesday that Cambodian forces had continued to attack Thai positions after the truce took "
        "effect, a claim Phnom Penh denied."
    )
    a = _analyse(analyzer, text)
    words = "that Cambodian forces had continued to attack Thai positions after the truce took effect"
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)], a.text_of(q.content)) for q in a.quotes] == [
        ("say", "Thailand", words), ("deny", "Phnom Penh", words),
    ]


def test_a_quotation_signed_with_a_dash_and_a_name_is_that_person_s(analyzer: Analyzer) -> None:
    text = (
        "They are appointed to magnify law against crime.\nAmerica is based on Common Law.\n“No enactment of man can be "
        "considered law unless it conforms to the Law of God.” –William Blackstone, English Common Law\n"
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.cue), _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [("–", "William Blackstone")]


def test_a_coast_guard_speaks_for_its_state_and_a_trailing_spokesperson_is_of_the_body_the_words_name(analyzer: Analyzer) -> None:
    text = (
        "China's coast guard said on Sunday it had taken necessary control measures against Philippine vessels. The "
        "Philippine foreign ministry summoned China's deputy ambassador, a spokesperson said."
    )
    a = _analyse(analyzer, text)
    assert [_speakers_by_words(a)[a.text_of(q.speaker.span)] for q in a.quotes] == ["China", None]


def test_two_names_a_headline_opens_with_speak_together(analyzer: Analyzer) -> None:
    text = (
        "Modi, Xi agree to resolve border issues through dialogue\nNEW DELHI, Oct 23 (PTI) - Prime Minister Narendra Modi "
        "and Chinese President Xi Jinping on Wednesday held talks in Kazan."
    )
    a = _analyse(analyzer, text, headline=True)
    canonical = {e.id: e.canonical for e in a.entities}
    (quote,) = a.quotes
    assert sorted(canonical[e] for e in [quote.speaker.entity, *quote.speaker.joint]) == ["Narendra Modi", "Xi Jinping"]


def test_the_occasion_a_participle_after_the_subject_gives_dates_the_saying_and_names_its_channel(analyzer: Analyzer) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky, speaking at a press conference in Kyiv on Tuesday, called on allies to "
        "speed up deliveries of air defense systems."
    )
    (quote,) = _analyse(analyzer, text, published=date(2025, 3, 12)).quotes
    assert (quote.said_on, quote.channel) == (date(2025, 3, 11), "conference")


def test_a_question_set_off_after_the_subject_is_asked_of_them_and_their_answer_is_theirs(analyzer: Analyzer) -> None:
    text = (
        "White House press secretary Karine Jean-Pierre, asked about the numbers, insisted that the administration had "
        "done more than any other to secure the border."
    )
    assert _speakers_and_how(_analyse(analyzer, text)) == [(None, "unnamed"), ("Karine Jean-Pierre", "named")]


def test_figures_released_on_a_day_date_their_words_and_the_agency_that_released_them_speaks_again(analyzer: Analyzer) -> None:
    text = (
        "Illegal crossings hit a record high in December, according to new figures released by Customs and Border "
        "Protection (CBP) on Friday. Border agents encountered more than 302,000 migrants last month, the agency said."
    )
    a = _analyse(analyzer, text, published=date(2024, 1, 28))
    assert [(q.said_on, q.channel) for q in a.quotes] == [(date(2024, 1, 26), None), (None, None)]  # 'released' is no press release
    assert _speakers_and_how(a) == [("Customs and Border Protection", "representative"), ("Customs and Border Protection", "role")]


def test_a_channel_s_word_in_a_name_or_in_an_event_the_saying_followed_is_no_channel(analyzer: Analyzer) -> None:
    text = (
        "The Washington Post reported that the talks had failed. Sen. Marco Rubio, appearing on Fox News right after the "
        "speech, said Obama had failed to address public concerns. Following the release of a new video from the group, "
        "Trump called on the mayor to restart surveillance."
    )
    assert [q.channel for q in _analyse(analyzer, text).quotes] == [None, None, None]


def test_a_group_described_by_a_name_and_a_participle_is_the_one_the_text_called_so_before(analyzer: Analyzer) -> None:
    text = (
        "Lebanon's Hezbollah group said Sunday it fired dozens of rockets at Israeli positions. The Israeli military said "
        "most of the rockets fell in open areas. In a statement, the Iran-backed group said the attack was a response."
    )
    a = _analyse(analyzer, text)
    assert _speakers_by_words(a)["the Iran-backed group"] == "Hezbollah"


def test_a_headline_s_words_in_single_marks_before_their_speaker_are_quoted(analyzer: Analyzer) -> None:
    for headline, words in (
        ("Sanctions 'will not break us', Maduro tells supporters", "Sanctions 'will not break us'"),
        ("'We will not surrender,' Hamas says", "We will not surrender"),
        ("Iran won't 'bow to pressure', Araghchi says", "Iran won't 'bow to pressure'"),
    ):
        a = _analyse(analyzer, headline + "\nThe speech came on Saturday.", headline=True)
        assert [a.text_of(q.content) for q in a.quotes] == [words], headline


def test_a_headline_ending_on_a_colon_or_a_dash_and_a_body_s_name_is_that_body_s_claim(analyzer: Analyzer) -> None:
    for headline, body in (
        ("North Korea fires ballistic missile toward East Sea: JCS", "JCS"),
        ("Pakistan Army kills 12 militants in North Waziristan: ISPR", "ISPR"),
        ("Russian drones hit Ukrainian power grid overnight - MoD", "MoD"),
    ):
        a = _analyse(analyzer, headline + "\nThe launch came on Tuesday.", headline=True)
        assert [(a.text_of(q.cue), _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [(headline[-len(body) - 2], body)], headline
    a = _analyse(analyzer, "Ceasefire talks collapse in Doha - sources\nThe talks ended on Tuesday.", headline=True)
    assert not a.quotes


def test_a_deal_agreed_is_an_act_and_a_speaker_s_second_saying_under_an_according_to_is_theirs(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "EU leaders agree new sanctions package against Moscow\nThe talks ended on Friday.", headline=True)
    assert not a.quotes
    text = "The Kremlin dismissed the sanctions as illegal and said they would boomerang on Europe, according to state news agency TASS."
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes][-1] == ("say", "Kremlin")


def test_what_a_speaker_called_a_thing_is_their_words(analyzer: Analyzer) -> None:
    text = (
        "The Iraqi Foreign Ministry summoned the Turkish envoy to protest what it called a violation of Iraqi sovereignty. "
        "China lodged representations over what it described as a deliberate intrusion by Philippine vessels. "
        "Mr. Ryan was more direct in his remarks over the party's rift - what he called “our arguments this year.” It ended."
    )
    a = _analyse(analyzer, text)
    assert [(q.kind, q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("indirect", "call", "a violation of Iraqi sovereignty"),
        ("indirect", "describe as", "a deliberate intrusion by Philippine vessels"),
        ("mixed", "call", "“our arguments this year.”"),
    ]


def test_what_a_speaker_denies_may_be_one_word(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Iran has denied involvement. The mission did not respond to a request for comment.")
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [("deny", "involvement")]


def test_a_headline_s_clause_of_while_read_as_a_phrase_is_no_part_of_its_speaker(analyzer: Analyzer) -> None:
    text = (
        '"We are being starved," say Gaza residents as aid dwindles\nGAZA, March 3 (Reuters) - Residents of northern Gaza '
        "said on Sunday they were eating animal feed and weeds to survive, as aid deliveries to the enclave slowed to a trickle."
    )
    a = _analyse(analyzer, text, headline=True)
    assert a.text_of(a.quotes[0].speaker.span) == "Gaza residents"


def test_an_accusation_and_its_denial_in_an_apposition_after_it_are_two_quotes_of_the_same_words(analyzer: Analyzer) -> None:
    text = (
        "Ethiopia, Eritrea trade accusations\nADDIS ABABA, Oct 2 (AFP) - Ethiopia's government on Wednesday accused "
        "neighbouring Eritrea of \"preparing for war,\" an allegation Asmara swiftly dismissed as \"absurd.\""
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [("accuse", "Ethiopia"), ("dismiss", "Asmara")]
    assert all(a.text_of(q.content).startswith("neighbouring Eritrea of") for q in a.quotes)


def test_a_work_someone_answered_with_speaks_for_them_on_their_day(analyzer: Analyzer) -> None:
    text = "Mexican President Claudia Sheinbaum responded on Tuesday with a letter warning that Mexico could retaliate."
    (quote,) = _analyse(analyzer, text, published=date(2024, 11, 26)).quotes
    assert (quote.speaker.via, quote.said_on, quote.channel) == ("document", date(2024, 11, 26), "letter")


def test_a_claim_a_relative_clause_denies_and_a_headline_s_second_claim_after_a_semicolon(analyzer: Analyzer) -> None:
    text = (
        'Hamas says Israeli hostages killed in Gaza airstrike; Israel calls claim "psychological terror"\nGAZA/JERUSALEM '
        "(Reuters) - Hamas's armed wing said on Sunday that two Israeli hostages had been killed and a third seriously "
        'wounded in an Israeli airstrike, a claim Israel\'s military dismissed as "psychological terror."'
    )
    a = _analyse(analyzer, text, headline=True)
    words = "that two Israeli hostages had been killed and a third seriously wounded in an Israeli airstrike"
    assert a.text_of(a.quotes[0].content) == "Israeli hostages killed in Gaza airstrike"
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes if q.cue_lemma in ("say", "dismiss")][1:] == [("say", words), ("dismiss", words)]
    text = (
        "President Nicolás Maduro on Saturday accused the United States of backing a plot to assassinate him, an "
        'allegation the State Department rejected as "categorically false."'
    )
    a = _analyse(analyzer, text)
    words = "the United States of backing a plot to assassinate him"
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [("accuse", words), ("reject", words)]


def test_words_posted_on_a_speaker_s_account_on_a_platform_are_a_post(analyzer: Analyzer) -> None:
    text = "Russian Foreign Ministry spokeswoman Maria Zakharova said on her Telegram channel that the Davos meeting was a farce."
    assert [q.channel for q in _analyse(analyzer, text).quotes] == ["post"]


def test_speakers_the_parse_joined_to_the_clause_they_report_close_its_sentence(analyzer: Analyzer) -> None:
    text = (
        "Sudan's RSF accused of killing over 100\nPORT SUDAN, June 6 (Reuters) - Sudan's paramilitary Rapid Support Forces "
        "(RSF) killed more than 100 people in an attack on a village in Al Jazirah state, activists and the army-aligned "
        "government said on Thursday."
    )
    a = _analyse(analyzer, text, headline=True, published=date(2024, 6, 6))
    (quote,) = [q for q in a.quotes if q.cue_lemma == "say"]
    assert a.text_of(quote.speaker.span) == "activists and the army-aligned government" and quote.said_on == date(2024, 6, 6)
    assert a.text_of(quote.content).startswith("Sudan's paramilitary Rapid Support Forces (RSF) killed more than 100 people")


def test_who_was_led_to_say_something_says_it(analyzer: Analyzer) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva on Sunday compared Israel's military campaign in Gaza to the "
        'Holocaust, prompting Israel to declare him "persona non grata."'
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes if q.cue_lemma == "declare"] == [("declare", "Israel")]


def test_who_is_told_after_the_verb_is_no_second_speaker(analyzer: Analyzer) -> None:
    text = (
        "Egyptian and Qatari mediators are expected to resume talks in Cairo later this week, a source familiar with the "
        "negotiations told Al Mayadeen.\nThe death toll has risen to 22,835, the Health Ministry in Gaza said."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.speaker.span) for q in a.quotes][0] == "a source familiar with the negotiations"


def test_a_date_between_the_object_and_the_rest_of_the_words_stays_in_them(analyzer: Analyzer) -> None:
    text = (
        "Hamas accused the Israeli occupation on Monday of deliberately obstructing efforts to reach a ceasefire. "
        "The UN urged Pyongyang on Friday to refrain from further tests. Mr. Lew stressed those worries on Sunday at a "
        "university forum in Beijing."
    )
    a = _analyse(analyzer, text, published=date(2024, 1, 9))
    assert [(a.text_of(q.content), q.said_on) for q in a.quotes] == [
        ("the Israeli occupation on Monday of deliberately obstructing efforts to reach a ceasefire", date(2024, 1, 8)),
        ("Pyongyang on Friday to refrain from further tests", date(2024, 1, 5)),
        ("those worries", date(2024, 1, 7)),
    ]


def test_a_source_s_own_sources_are_not_its_words(analyzer: Analyzer) -> None:
    text = "According to the Financial Times, citing unnamed officials, the UK has already decided to allow the use of its missiles."
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [
        ("according to", "the UK has already decided to allow the use of its missiles")
    ]


def test_what_the_speaker_did_after_the_cue_is_no_part_of_the_words(analyzer: Analyzer) -> None:
    text = (
        "Pope Francis on Sunday called for a ceasefire in Gaza.\n\"Let us not allow the strengthening winds of war to blow "
        'on Europe and the Mediterranean," the 87-year-old pontiff said, reading from the central balcony of the basilica.'
    )
    a = _analyse(analyzer, text)
    (quote,) = [q for q in a.quotes if q.cue_lemma == "say"]
    assert (quote.kind, quote.continuation) == ("direct", [])
    assert _speakers_by_words(a)["the 87-year-old pontiff"] == "Francis"


def test_a_name_others_gave_set_off_after_the_words_is_theirs(analyzer: Analyzer) -> None:
    text = (
        "Sudan's army on Thursday accused the paramilitary Rapid Support Forces (RSF) of killing more than 100 people in a "
        "village in Gezira state, in what activists described as one of the deadliest attacks of the 14-month war."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("accuse", "Sudan's army", "the paramilitary Rapid Support Forces (RSF) of killing more than 100 people in a village in Gezira state"),
        ("describe as", "activists", "one of the deadliest attacks of the 14-month war"),
    ]


def test_a_body_named_on_its_noun_speaks_and_not_its_owner(analyzer: Analyzer) -> None:
    text = "Former president Jacob Zuma's new MK party has rejected the results and demanded a recount."
    a = _analyse(analyzer, text)
    assert {(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes} == {("MK", "named")}


def test_a_live_page_s_time_stamp_is_no_part_of_the_speaker(analyzer: Analyzer) -> None:
    text = (
        "Live: Israeli strikes kill dozens across Gaza\n10:45 GMT - Israeli army says it targeted Hamas command centre\n"
        "The Israeli military says its aircraft struck a command centre embedded in the school."
    )
    a = _analyse(analyzer, text, headline=True, published=date(2024, 6, 6))
    assert [a.text_of(q.speaker.span) for q in a.quotes] == ["Israeli army", "The Israeli military"]
    assert [(a.text_of(t), t.value) for t in a.timexes] == [("10:45 GMT", "2024-06-06T10:45")]


def test_a_heading_label_before_a_headline_s_colon_names_no_speaker(analyzer: Analyzer) -> None:
    text = (
        "Analysis: Why Beijing is watching Taiwan's new president so closely\nChina has described Lai as a \"dangerous "
        'separatist" and has repeatedly rejected his offers of talks.'
    )
    a = _analyse(analyzer, text, headline=True)
    assert [q.cue_lemma for q in a.quotes] == ["describe", "reject"]


def test_a_headline_s_passive_of_naming_has_no_speaker_and_a_declared_result_may_be_denied(analyzer: Analyzer) -> None:
    text = (
        "Venezuela's Maduro declared winner as opposition cries fraud\nCARACAS, July 29 (EFE) - Venezuela's National "
        "Electoral Council (CNE) declared President Nicolas Maduro the winner of Sunday's presidential election with 51.2% "
        "of the vote, a result the opposition immediately rejected."
    )
    a = _analyse(analyzer, text, headline=True)
    words = "President Nicolas Maduro the winner of Sunday's presidential election with 51.2% of the vote"
    assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes] == [
        ("declare", "Venezuela's National Electoral Council (CNE)", words), ("reject", "the opposition", words)
    ]


def test_the_sheriff_is_the_one_the_text_titled_sheriff_and_no_judge_named_next(analyzer: Analyzer) -> None:
    text = "Sheriff Joe Lombardo said the timeline had changed. The sheriff said, \"there is no conspiracy.\""
    assert _speakers_by_words(_analyse(analyzer, text))["The sheriff"] == "Joe Lombardo"
    text = (
        "Police officials told CNN they could not comment.\nSheriff has said feds were investigating someone\n"
        "District Court Judge Elissa Cadish allowed a portion of the records to be redacted."
    )
    assert _speakers_by_words(_analyse(analyzer, text))["Sheriff"] is None


def test_the_name_a_relative_clause_says_someone_gave_a_thing_is_theirs(analyzer: Analyzer) -> None:
    text = (
        "Landlocked Ethiopia signed a preliminary agreement on Monday to use Somaliland's Berbera port, the breakaway "
        'region\'s president said, a deal that Somalia\'s government called "null and void."'
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content), len(q.continuation)) for q in a.quotes] == [
        ("say", "the breakaway region's president", "Landlocked Ethiopia signed a preliminary agreement on Monday to use Somaliland's Berbera port", 0),
        ("call", "Somalia's government", '"null and void."', 0),
    ]


def test_a_headline_s_participle_whose_clause_the_parse_lost_is_its_subject_s(analyzer: Analyzer) -> None:
    text = (
        "Israel's Netanyahu fires defence minister Gallant, citing 'crisis of trust'\nJERUSALEM, Nov 5 (Reuters) - Israeli "
        "Prime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on Tuesday."
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(q.cue_lemma, _speakers_by_words(a)[a.text_of(q.speaker.span)]) for q in a.quotes] == [("cite", "Benjamin Netanyahu")]


def test_when_a_person_the_circumstances_name_did_something_does_not_date_the_saying(analyzer: Analyzer) -> None:
    text = (
        '"We affirm our firm position," al-Sudani said during a ceremony in Baghdad commemorating Abu Taqwa al-Saidi, a '
        "commander of the Nujaba movement killed in a U.S. drone strike on Thursday."
    )
    (quote,) = _analyse(analyzer, text, published=date(2024, 1, 5)).quotes
    assert quote.said_on is None


def test_a_claim_denied_by_a_pronoun_is_denied_and_a_denial_not_made_is_none(analyzer: Analyzer) -> None:
    text = (
        "Baku said the deal could only be signed once Armenia amends its constitution. Yerevan denies this. We cannot "
        "deny it."
    )
    a = _analyse(analyzer, text)
    assert [(q.cue_lemma, a.text_of(q.speaker.span), a.text_of(q.content)) for q in a.quotes][1:] == [("deny", "Yerevan", "this")]


def test_the_outlet_s_gloss_on_a_word_is_no_part_of_the_words(analyzer: Analyzer) -> None:
    text = (
        'Kobakhidze accused the opposition of trying to stage a "Maidan-style" revolution, a reference to the 2014 '
        "uprising in Ukraine."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.content) for q in a.quotes] == ['the opposition of trying to stage a "Maidan-style" revolution']
    text = (
        'In his inaugural speech, Aoun pledged that the state would have "a monopoly on the carrying of arms," a '
        "reference to Hezbollah's arsenal."
    )
    a = _analyse(analyzer, text)
    assert [a.text_of(q.content) for q in a.quotes] == ['that the state would have "a monopoly on the carrying of arms,"']


def test_words_said_on_television_were_broadcast(analyzer: Analyzer) -> None:
    text = "Rebel fighters declared on state television that they had liberated Damascus."
    assert [q.channel for q in _analyse(analyzer, text).quotes] == ["broadcast"]


def test_a_statement_of_the_armed_forces_named_before_is_theirs_and_so_what_it_goes_on_to_say(analyzer: Analyzer) -> None:
    text = (
        "SANAA, (SABA) - The spokesman of the Yemeni Armed Forces, Brigadier General Yahya Saree, announced on Saturday "
        "that the naval forces had targeted a ship.\nIn a statement, the armed forces affirmed that the operation came in "
        "support of the Palestinian people.\nThe statement stressed that the armed forces will continue.\nIt called on "
        "all companies to stop dealing with the ports of occupied Palestine."
    )
    a = _analyse(analyzer, text)
    assert [_speakers_by_words(a)[a.text_of(q.speaker.span)] for q in a.quotes] == ["Yahya Saree", *["Yemeni Armed Forces"] * 3]


def test_an_unnamed_source_named_again_refers_to_the_words_that_brought_it_in(analyzer: Analyzer) -> None:
    text = (
        "A military source told SANA that army units clashed with groups of terrorists. The source added that the "
        "terrorists had used drones in the attack."
    )
    a = _analyse(analyzer, text)
    assert [(q.speaker.via, q.speaker.refers_to and a.text_of(q.speaker.refers_to)) for q in a.quotes] == [
        ("unresolved", None), ("role", "A military source")
    ]


def test_an_accusation_whose_object_alone_is_quoted_goes_on_after_the_quotation(analyzer: Analyzer) -> None:
    text = 'The police said seven people had died and accused "hoodlums" of hijacking the demonstrations.'
    a = _analyse(analyzer, text)
    assert [(q.kind, a.text_of(q.content)) for q in a.quotes if q.cue_lemma == "accuse"] == [("mixed", '"hoodlums" of hijacking the demonstrations')]


def test_a_death_toll_denied_in_an_apposition_is_denied(analyzer: Analyzer) -> None:
    text = "Hamas said 30 people had been killed in the strike, a toll the Israeli army disputed."
    a = _analyse(analyzer, text)
    words = "30 people had been killed in the strike"
    assert [(q.cue_lemma, a.text_of(q.content)) for q in a.quotes] == [("say", words), ("dispute", words)]


def test_the_name_given_after_as_stays_in_the_words_with_the_channel_the_parse_hung_on_it(analyzer: Analyzer) -> None:
    text = (
        "Ukraine's top military commander, Gen. Oleksandr Syrskyi, described the situation near Pokrovsk as \"extremely "
        'difficult" in a Telegram post.'
    )
    a = _analyse(analyzer, text)
    assert [(a.text_of(q.content), q.channel) for q in a.quotes] == [('the situation near Pokrovsk as "extremely difficult"', "post")]


def test_words_said_in_an_email_were_an_email(analyzer: Analyzer) -> None:
    text = '"We\'re looking at all options," National Security Council spokesman John Kirby said in an email Tuesday.'
    assert [q.channel for q in _analyse(analyzer, text).quotes] == ["email"]


def test_a_date_at_the_end_of_the_object_before_the_rest_of_the_words_dates_the_saying(analyzer: Analyzer) -> None:
    text = (
        "Brazil's Federal Police formally accused former President Jair Bolsonaro and 36 others on Thursday of plotting a "
        "coup to keep him in power."
    )
    assert [q.said_on for q in _analyse(analyzer, text, published=date(2024, 11, 21)).quotes] == [date(2024, 11, 21)]


def test_an_according_to_closing_the_words_relays_them_and_is_no_part_of_them(analyzer: Analyzer) -> None:
    text = (
        'Wang told Blinken that relations had "begun to stabilise" but that negative factors were "increasing and '
        'building," according to a Chinese foreign ministry statement.'
    )
    a = _analyse(analyzer, text)
    (told,) = [q for q in a.quotes if q.cue_lemma == "tell"]
    assert a.text_of(told.content).endswith('"increasing and building,"') and "according to" in [q.cue_lemma for q in a.quotes]


def test_a_post_on_truth_social_and_an_election_in_a_headline(analyzer: Analyzer) -> None:
    text = (
        "Lebanon's parliament elects army chief Joseph Aoun as president\nTrump said on his Truth Social platform on "
        "Monday that he would impose a 25 percent tariff on all products from Mexico and Canada."
    )
    a = _analyse(analyzer, text, headline=True)
    assert [(q.cue_lemma, q.channel) for q in a.quotes] == [("say", "post")]


def test_a_ministry_of_a_people_whose_country_s_name_it_does_not_begin_is_that_country_s(analyzer: Analyzer) -> None:
    text = (
        "France rejected the demand. \"The putschists have no authority to make this request,\" the French foreign "
        "ministry said."
    )
    a = _analyse(analyzer, text)
    assert [(_speakers_by_words(a)[a.text_of(q.speaker.span)], q.speaker.via) for q in a.quotes] == [("France", "named"), ("France", "named")]
