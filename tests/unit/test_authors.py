"""The writer an article names (byline, closing line), and their own 'I' as a speaker."""

from __future__ import annotations

from presslens import Analysis, Analyzer, build_article

OPINION = (
    "Why outsiders are winning\n\n"
    "Political pundits are shocked that Donald Trump is leading in the polls.\n\n"
    "I think voters want results. \"We are tired of promises,\" a voter in Tampa said. \"I want jobs.\"\n\n"
    "Rick Scott is the Republican governor of Florida.\n"
)


def _analyse(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(build_article(text, source=None, headline_first_line=True))


def _author(a: Analysis) -> str | None:
    return next((e.canonical for e in a.entities if a.author and e.id == a.author.entity), None)


def test_a_closing_line_introducing_the_writer_names_the_author_whose_own_i_speaks(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, OPINION)
    assert _author(a) == "Rick Scott" and a.author is not None and a.author.how == "closing_line"
    assert a.text_of(a.author.span) == "Rick Scott is the Republican governor of Florida."
    mine = [q for q in a.quotes if q.speaker.via == "author"]
    assert [a.words_of(q) for q in mine] == ["voters want results"]
    quoted = [q for q in a.quotes if "I want jobs" in a.words_of(q)]
    assert quoted and all(q.speaker.via != "author" for q in quoted)  # the voter's 'I', inside quotation marks


def test_a_byline_names_the_author(analyzer: Analyzer) -> None:
    text = "Inside the campaign\n\nBy Nick Brown\n\nI asked the senator why she was running. She said the country needed her."
    a = _analyse(analyzer, text)
    assert _author(a) == "Nick Brown" and a.author is not None and a.author.how == "byline"
    assert [q.speaker.via for q in a.quotes if a.text_of(q.speaker.span or q.content) == "I"] == ["author"]


def test_a_reposted_story_s_first_line_naming_who_first_published_it_is_its_byline(analyzer: Analyzer) -> None:
    text = (
        "Trump slams verdict\n\nThis report was originally published by Tyler Durden at Zero Hedge\n"
        "I think the jury got it wrong. The verdict shocked many in the Bay Area."
    )
    a = _analyse(analyzer, text)
    assert _author(a) == "Tyler Durden" and a.author is not None and a.author.how == "byline"


def test_no_author_when_the_text_names_several_writers_or_ends_with_news(analyzer: Analyzer) -> None:
    several = (
        "Women on television\n\nI believe the debates failed women.\n\n"
        "Gina Glantz is founder of GenderAvenger. Julie Burton is president of the Women's Media Center.\n"
    )
    news = (
        "Trump leads\n\nI think he will win, a voter said. Larry Sabato said the race was close.\n\n"
        "Larry Sabato is a professor at the University of Virginia.\n"
    )
    for text in (several, news):
        a = _analyse(analyzer, text)
        assert a.author is None and not [q for q in a.quotes if q.speaker.via == "author"], text


def test_a_closing_line_sending_readers_to_the_writer_s_account_names_the_author(analyzer: Analyzer) -> None:
    for name in ("Pam Key", "Jeff Poor"):
        text = (
            "Pence: Flowers won't be at the debate\n\n"
            "On this weekend's broadcast of Fox News Sunday, Gov. Mike Pence said the tweet was only to mock.\n\n"
            f"Follow {name} on Twitter @handle.\n"
        )
        a = _analyse(analyzer, text)
        assert _author(a) == name and a.author is not None and a.author.how == "closing_line"
        assert a.text_of(a.author.span) == f"Follow {name} on Twitter @handle."


def test_the_writer_s_let_me_speaks_for_the_writer_and_a_supposition_put_to_the_reader_for_nobody(analyzer: Analyzer) -> None:
    text = (
        "Inside the campaign\n\nBy Nick Brown\n\n"
        "Let me say that I was wrong about the senator. Now, let’s assume instead that she was telling the truth about the loan."
    )
    a = _analyse(analyzer, text)
    assert [(q.speaker.via, a.words_of(q)) for q in a.quotes] == [("author", "that I was wrong about the senator")]


def test_the_byline_above_a_dateline_names_the_writer_and_the_dateline_is_no_sentence_of_the_outlet(analyzer: Analyzer) -> None:
    text = "Lavrov open to talks\nBy Anna Petrova\nNEW DELHI (Reuters) - Lavrov said talks were possible. The talks failed."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert a.author is not None and [e.canonical for e in a.entities if e.id == a.author.entity] == ["Anna Petrova"]
    assert [a.text_of(s) for s in a.outlet_voice] == ["The talks failed."]
    assert a.text_of(a.quotes[0].content) == "talks were possible"


def test_a_byline_naming_no_one_and_a_short_dateline_are_no_words_of_the_outlet_nor_of_a_speaker(analyzer: Analyzer) -> None:
    text = (
        "Opposition cries foul\nBy Staff Reporter\nHARARE - Zimbabwe's main opposition party on Saturday rejected the results, "
        "saying the vote was rigged. The count ended late."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert [a.text_of(s) for s in a.outlet_voice] == ["The count ended late."]
    assert [a.text_of(q.speaker.span) for q in a.quotes] == ["Zimbabwe's main opposition party"] * 2
