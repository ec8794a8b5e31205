"""Transcript turns: each 'NAME:' paragraph is the named person's words, not the last quoted speaker's."""

from datetime import date

from presslens import Analysis, Analyzer, build_article
from presslens.pipeline.transcript import transcript_turns

TRANSCRIPT = (
    "Pence says Flowers will not attend\n\n"
    "On Sunday's broadcast, vice-presidential nominee Mike Pence said the tweet was only meant “to mock” the campaign.\n\n"
    "Partial transcript as follows:\n\n"
    '"WALLACE: Will Gennifer Flowers actually be there tomorrow night?\n\n'
    '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n'
    '"(CROSSTALK.)\n\n'
    '"But the truth is that Donald Trump has a unique way of communicating, and I think his tweet showed it.\n\n'
    '"WALLACE: Governor, I want to try to get in one more question."\n\n'
    "The debate is on Monday."
)


def _turn_speakers(a: Analysis) -> list[tuple[str, str | None]]:
    """Each turn's label and the canonical name of the entity it resolves to, in order."""
    names = {e.id: e.canonical for e in a.entities}
    return [(a.text_of(q.speaker.span), names.get(q.speaker.entity or "")) for q in a.quotes if q.cue_lemma == ":" and q.speaker.span]


def test_turns_and_the_quoted_paragraphs_that_go_on_with_them() -> None:
    turns = transcript_turns(TRANSCRIPT)
    assert [TRANSCRIPT[slice(*t.label)] for t in turns] == ["WALLACE", "PENCE", "WALLACE"]
    pence = turns[1]
    assert TRANSCRIPT[slice(*pence.content)] == "Gennifer Flowers will not be attending the debate tomorrow night."
    assert [TRANSCRIPT[slice(*c)] for c in pence.continuation] == [
        "But the truth is that Donald Trump has a unique way of communicating, and I think his tweet showed it."
    ]
    assert TRANSCRIPT[slice(*turns[2].content)].endswith("one more question.")


def test_one_heading_in_capitals_is_no_transcript() -> None:
    assert transcript_turns("Talks resume\n\nUPDATE: Talks resumed on Monday.\n\nWASHINGTON: Officials said talks resumed.") == []
    assert transcript_turns("Talks resume\n\nBREAKING: Talks resumed.\n\nEDITOR'S NOTE: This story was updated.") == []


def test_each_turn_is_a_direct_quote_of_the_person_its_label_names(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(TRANSCRIPT, source=None, headline_first_line=True))
    names = {e.id: e.canonical for e in a.entities}
    turns = [q for q in a.quotes if q.cue_lemma == ":" and q.kind == "direct"]
    assert [a.text_of(q.speaker.span) for q in turns] == ["WALLACE", "PENCE", "WALLACE"]
    pence = turns[1]
    assert names[pence.speaker.entity] == "Mike Pence" and pence.speaker.via == "named"
    assert len(pence.continuation) == 1
    # the verb inside a turn ('I think his tweet showed it') is no quote of its own
    assert not [q for q in a.quotes if q.cue_lemma == "think"]
    # 'WALLACE' is named nowhere else: a person of his own, known by the label, never Pence
    wallace = {q.speaker.entity for q in (turns[0], turns[2])}
    assert [names[e] for e in wallace] == ["Wallace"]
    (entity,) = [e for e in a.entities if e.canonical == "Wallace"]
    assert entity.label == "PERSON" and {m.origin for m in entity.mentions} == {"transcript"}


def test_headlines_in_capitals_with_a_name_and_a_colon_are_no_turns() -> None:
    text = (
        "Report delivered\n"
        "Barr notified congressional leaders in a letter on Friday.\n"
        "CHAFFETZ: HYPOCRITICAL DEMS SUDDENLY CARE ABOUT TRANSPARENCY\n"
        "Some advocacy groups have made clear they aren't keen on waiting.\n"
        "OPINION: WHY ALL AMERICANS SHOULD REJECT THE REPORT\n"
    )
    assert transcript_turns(text) == []


def test_a_label_may_give_the_speaker_s_role_after_a_comma() -> None:
    text = (
        "HANNITY: Now let me go to Victoria.\n\n"
        "VICTORIA TOENSING, ATTORNEY REPRESENTING FBI INFORMANT: Let me go to number one first.\n\n"
        "HANNITY: Explain CFIUS.\n"
    )
    assert [text[slice(*t.label)] for t in transcript_turns(text)] == ["HANNITY", "VICTORIA TOENSING", "HANNITY"]


def test_a_label_joins_the_person_it_names_and_a_title_is_no_part_of_the_name(analyzer: Analyzer) -> None:
    text = (
        "Inquiry hearing\n\n"
        "Reporter Sarah Carter joined the show with Rep. Adam Schiff.\n\n"
        "SARAH CARTER, INVESTIGATIVE REPORTER: I believe that is true.\n\n"
        "REP. ADAM SCHIFF: We have seen no evidence of it.\n\n"
        "CARTER: I know it is true.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    names = {e.id: e.canonical for e in a.entities}
    turns = [q for q in a.quotes if q.cue_lemma == ":"]
    assert [names.get(q.speaker.entity) for q in turns] == ["Sarah Carter", "Adam Schiff", "Sarah Carter"]


INTERVIEW = (
    "Trade is the answer, campaigner says\n\n"
    "Ministers meet in Brussels next week.\n\n"
    "The Daily Wire spoke with trade campaigner Anna Whitcombe about the talks.\n\n"
    "Daily Wire: Will the deal pass in parliament?\n\n"
    "Whitcombe: I doubt it will pass this winter.\n\n"
    "The numbers are simply not there for the government.\n\n"
    "© AP Photo / Jane Doe Minister Says Talks Will Resume - Reports\n\n"
    "Daily Wire: What happens if it fails?\n\n"
    "Whitcombe: We trade on world terms, and that is fine.\n\n"
    "Nobody has shown me a port that would close.\n\n"
    "READ MORE: Ports Brace for Delays in Case of No Deal\n\n"
    "Anna Whitcombe is a founder of the Fair Trade Forum.\n\n"
    "Exporters will adapt within months.\n\n"
    "Views and opinions expressed in this article are those of Anna Whitcombe and do not necessarily reflect those of the Daily Wire.\n"
)


def test_an_interview_under_names_in_title_case_is_a_transcript() -> None:
    turns = transcript_turns(INTERVIEW)
    assert [INTERVIEW[slice(*t.label)] for t in turns] == ["Daily Wire", "Whitcombe", "Daily Wire", "Whitcombe"]
    words = [[INTERVIEW[slice(*c)] for c in t.continuation] for t in turns]
    # an answer goes on to the next question, past the page's credits and links and the outlet's line
    # about the speaker, and the last one up to the disclaimer that names her
    assert words == [
        [],
        ["The numbers are simply not there for the government."],
        [],
        ["Nobody has shown me a port that would close.", "Exporters will adapt within months."],
    ]


def test_without_a_disclaimer_naming_the_speaker_the_last_answer_is_its_own_paragraph() -> None:
    text = INTERVIEW[: INTERVIEW.index("Views and opinions")]
    assert transcript_turns(text)[-1].continuation == ()


def test_title_case_headings_of_a_list_are_no_interview() -> None:
    text = (
        "Convents in decline\n\n"
        "Present Problems: In general the vocations keep growing, but there are differences.\n\n"
        "Federation: Germany\n\n"
        "Present Problems: Ageing of the communities weakens their life.\n\n"
        "Possible Solutions: It is necessary to restructure the houses.\n\n"
        "Federation: Spain - Castile Burgos\n\n"
        "Possible Solutions: They have asked for help from other houses.\n"
    )
    assert transcript_turns(text) == []


def test_interview_answers_are_the_interviewee_s_quotes_and_the_page_s_lines_nobody_s(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(INTERVIEW, source=None, headline_first_line=True))
    names = {e.id: e.canonical for e in a.entities}
    turns = [q for q in a.quotes if q.cue_lemma == ":"]
    assert [names.get(q.speaker.entity) for q in turns if "Whitcombe" in a.text_of(q.speaker.span)] == ["Anna Whitcombe"] * 2
    page = [(start, INTERVIEW.index("\n", start)) for start in (INTERVIEW.index("© AP"), INTERVIEW.index("Views and"))]
    assert not [q for q in a.quotes if q.cue and any(start <= q.cue.start < end for start, end in page)]  # a credit's headline, the disclaimer
    voice = [a.text_of(s) for s in a.outlet_voice]
    assert not any(line.startswith(("©", "READ MORE", "Views and opinions", "Nobody", "The numbers")) for line in voice)
    assert "Anna Whitcombe is a founder of the Fair Trade Forum." in voice
    # names in the page's lines (another story's headline under a photo credit) are no entities of this story
    assert {e.canonical for e in a.entities} == {"Brussels", "Daily Wire", "Anna Whitcombe", "Fair Trade Forum"}


QA = (
    "Q&A with Senator Maria Lopez\n\n"
    "Senator Maria Lopez spoke on Thursday about the budget. Here is the edited transcript.\n\n"
    "Q: Will the budget pass this week?\n\n"
    "A: I think it will pass, and I think it should.\n\n"
    "We have worked on it for months.\n\n"
    "QWhat about the opposition?\n\n"
    "A. They have no plan of their own.\n\n"
    "The budget vote is set for Friday.\n"
)


def test_a_q_and_a_is_a_transcript_of_questions_and_answers() -> None:
    turns = transcript_turns(QA)
    assert [(t.role, QA[slice(*t.label)]) for t in turns] == [("question", "Q"), ("answer", "A"), ("question", "Q"), ("answer", "A")]
    assert QA[slice(*turns[2].content)] == "What about the opposition?"
    assert [QA[slice(*c)] for c in turns[1].continuation] == ["We have worked on it for months."]
    assert turns[3].continuation == ()  # after the last answer, the outlet speaks again


def test_the_answers_are_the_interviewee_s_and_the_questions_the_interviewer_s(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(QA, source=None, headline_first_line=True))
    assert _turn_speakers(a) == [("Q", None), ("A", "Maria Lopez"), ("Q", None), ("A", "Maria Lopez")]
    assert not [q for q in a.quotes if q.cue_lemma == "think"]  # 'I think' is inside her answer
    assert "The budget vote is set for Friday." in [a.text_of(s) for s in a.outlet_voice]
    assert not any(e.canonical in ("Q", "A") for e in a.entities)


def test_an_interviewing_outlet_the_model_knows_stays_an_organisation(analyzer: Analyzer) -> None:
    text = INTERVIEW.replace("The Daily Wire", "Sputnik").replace("Daily Wire", "Sputnik")
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    labels = {e.canonical: e.label for e in a.entities}
    assert labels["Sputnik"] == "ORG" and labels["Anna Whitcombe"] == "PERSON"
    asked = [q for q in a.quotes if q.cue_lemma == ":" and a.text_of(q.speaker.span) == "Sputnik"]
    assert len(asked) == 2 and all(q.speaker.resolved for q in asked)


def test_an_interviewing_outlet_in_capitals_among_names_in_title_case_is_an_acronym(analyzer: Analyzer) -> None:
    text = INTERVIEW.replace("The Daily Wire", "RT").replace("Daily Wire", "RT")
    assert [text[slice(*t.label)] for t in transcript_turns(text)] == ["RT", "Whitcombe", "RT", "Whitcombe"]
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert {e.canonical: e.label for e in a.entities}["RT"] == "ORG"


def test_a_speaker_known_only_by_initials_keeps_them_in_capitals(analyzer: Analyzer) -> None:
    text = (
        "Interview on the trial\n\n"
        "DB: John, what is the latest we know about the trial?\n\n"
        "JP: The hearing was put off again until next month.\n\n"
        "DB: What would be your strongest plea?\n\n"
        "JP: That the press stands up for its own."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    names = {e.id: e.canonical for e in a.entities}
    assert {names[q.speaker.entity] for q in a.quotes if q.cue_lemma == ":"} == {"DB", "JP"}


def test_a_briefing_s_turns_under_names_among_its_questions_and_answers_are_those_names(analyzer: Analyzer) -> None:
    text = (
        "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on May 10, 2023\n\n"
        "Q: The G7 summit will be held in Hiroshima next week. What is your comment?\n\n"
        "A: The G7 should stop interfering in China's internal affairs.\n\n"
        "Q: The US will send a delegation to the Solomon Islands. Do you have any comment?\n\n"
        "A: China respects the independent choices of Pacific island countries.\n\n"
        "Reuters: Russian officials said on Tuesday that the talks would continue. Can you confirm?\n\n"
        "Wang Wenbin: I have no information to offer on that.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _turn_speakers(a) == [("Q", None), ("A", "Wang Wenbin"), ("Q", None), ("A", "Wang Wenbin"), ("Reuters", "Reuters"), ("Wang Wenbin", "Wang Wenbin")]


BRIEFING = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 20, 2026\n\n"
    "AFP: The coast guard said on Tuesday that its ship was hit by water cannon. What's China's response?\n\n"
    "Mao Ning: The vessel intruded into the waters without permission. We urge the other side to stop its provocations.\n\n"
    "Bloomberg: A senior official said yesterday that Washington stands with its ally. Do you have any comment?\n\n"
    "Mao Ning: The U.S. is not a party to the issue.\n"
)


def test_a_briefing_of_one_spokesperson_answering_the_questions_of_outlets_is_a_transcript() -> None:
    turns = transcript_turns(BRIEFING)
    assert [BRIEFING[slice(*t.label)] for t in turns] == ["AFP", "Mao Ning", "Bloomberg", "Mao Ning"]
    # one name with a colon twice is no briefing when the other labels state rather than ask
    listing = BRIEFING.replace(" What's China's response?", "").replace(" Do you have any comment?", "")
    assert transcript_turns(listing) == []


def test_the_spokesperson_answers_and_the_outlets_ask(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(BRIEFING, source=None, headline_first_line=True))
    assert _turn_speakers(a) == [("AFP", "AFP"), ("Mao Ning", "Mao Ning"), ("Bloomberg", "Bloomberg"), ("Mao Ning", "Mao Ning")]
    labels = {e.canonical: e.label for e in a.entities}
    assert labels["AFP"] == "ORG" and labels["Bloomberg"] == "ORG" and labels["Mao Ning"] == "PERSON"
    assert not [q for q in a.quotes if q.cue_lemma == "urge"]  # 'We urge' is inside her answer


def test_a_briefing_s_turns_were_said_on_the_day_its_headline_gives(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(BRIEFING, source=None, headline_first_line=True))
    assert {(q.said_on, a.text_of(q.said_on_span)) for q in a.quotes if q.cue_lemma == ":"} == {(date(2026, 11, 20), "November 20, 2026")}


def test_a_briefing_s_questions_under_question_and_its_answers_under_the_spokesperson_s_name(analyzer: Analyzer) -> None:
    text = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 19, 2026\n\n"
        "Question: How would you comment on the statement by the German Foreign Minister?\n\n"
        "Maria Zakharova: Such statements are nothing new.\n\n"
        "Question: The Pentagon announced a new aid package. What is Moscow's reaction?\n\n"
        "Maria Zakharova: These deliveries only prolong the conflict.\n"
    )
    assert [t.role for t in transcript_turns(text)] == ["question", "named", "question", "named"]
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _turn_speakers(a) == [("Question", None), ("Maria Zakharova", "Maria Zakharova")] * 2
    assert "Question" not in {e.canonical for e in a.entities}


def test_questions_in_capitals_are_an_unnamed_reporter_s(analyzer: Analyzer) -> None:
    text = (
        "Department Press Briefing\n\n"
        "MR MILLER: Good afternoon, everyone. I have one announcement at the top.\n\n"
        "QUESTION: On Gaza, the government says it is facilitating aid. Do you agree?\n\n"
        "MR MILLER: We have made clear that more aid needs to get in.\n\n"
        "QUESTION: Did he get any commitments?\n\n"
        "MR MILLER: I'm not going to read out private diplomatic conversations.\n"
    )
    assert [t.role for t in transcript_turns(text)] == ["named", "question", "named", "question", "named"]
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _turn_speakers(a) == [("MR MILLER", "Miller"), ("QUESTION", None), ("MR MILLER", "Miller"), ("QUESTION", None), ("MR MILLER", "Miller")]
    assert not [e for e in a.entities if e.canonical.upper() == "QUESTION"]


def test_an_interview_s_label_names_no_one_and_its_questions_are_the_byline_s_writer_s(analyzer: Analyzer) -> None:
    text = (
        'Interview: "We will not give up a single village," says Ukraine\'s defence minister\nBy Olena Kovalenko\n'
        "KYIV - Ukraine's Defence Minister Rustem Umerov spoke to our correspondent about the front line.\n\n"
        "Q: How do you assess the situation in the east?\nUmerov: It is difficult, but the line is holding.\n\n"
        "Q: Are Western deliveries arriving on time?\nUmerov: Not always. Every delay costs us lives.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    canonical = {e.id: e.canonical for e in a.entities}
    speakers = [canonical.get(q.speaker.entity or "") for q in a.quotes if q.kind == "direct"]
    assert speakers == ["Rustem Umerov", "Olena Kovalenko", "Rustem Umerov", "Olena Kovalenko", "Rustem Umerov"]
    assert "Interview" not in canonical.values()


def test_an_interview_by_an_outlet_writing_its_name_in_lower_case_is_a_transcript(analyzer: Analyzer) -> None:
    text = (
        "Interview: 'We will rebuild', says Kharkiv mayor\nKHARKIV, Ukraine (dpa) - Ihor Terekhov has been mayor of "
        "Kharkiv since 2020. He spoke to dpa about the Russian attacks on the city.\ndpa: How is the situation in the city?\n"
        "Terekhov: It is very difficult. But people are staying.\ndpa: What do you need most?\nTerekhov: Air defence."
    )
    assert [text[slice(*t.label)] for t in transcript_turns(text)] == ["dpa", "Terekhov", "dpa", "Terekhov"]
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert {e.canonical: e.label for e in a.entities}["dpa"] == "ORG"
    assert _turn_speakers(a) == [("dpa", "dpa"), ("Terekhov", "Ihor Terekhov"), ("dpa", "dpa"), ("Terekhov", "Ihor Terekhov")]
    names = {e.id: e.canonical for e in a.entities}
    assert [names.get(q.speaker.entity or "") for q in a.quotes if q.cue_lemma == "say"] == ["Ihor Terekhov"]
