"""Transcript turns: each 'NAME:' paragraph is the named person's words, not the last quoted speaker's."""

from presslens import Analyzer, build_article
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
