"""The page's lines: credits, links and disclaimers, told from sentences that only share their words."""

import pytest

from presslens import Analyzer, build_article
from presslens.pipeline.notices import is_notice, notice_spans


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("© REUTERS / Toby Melville UK Trade Minister Says '50-50' Chance Brexit Will Not Happen", True),
        ("READ MORE: Ports Brace for Delays in Case of No Deal", True),
        ("Also on rt.com ‘Don’t want to see you again’: Calais port boss bans UK transport secretary", True),
        ("Also on Monday, the minister met reporters at rt.com's offices.", False),
        ("Views and opinions expressed in this article are those of Alan Sked and do not necessarily reflect those of Sputnik.", True),
        ("The views expressed by Mr. Rasmussen do not necessarily reflect those of Sputnik.", True),
        ("Copyright 2019 The Associated Press. All rights reserved.", True),
        ("He expressed views that are not necessarily popular.", False),  # the words, not in a disclaimer's order
        ("Read more about the deal in our report.", False),
        ("CLICK HERE TO GET THE FOX NEWS APP", True),
        ("Click here to listen to this interview.", True),
        ("Clicking here on the map, users saw the border.", False),
        ("Article posted with permission from Robert Spencer", True),
        ("Reprinted with permission from The Future of Freedom Foundation.", True),
        ("The letter was published with permission of the family, the paper said.", False),
        ("Email *", True),  # a sign-up form copied with the page
        ("Email This field is for validation purposes and should be left unchanged.", True),
        ("Completing this poll grants you access to Freedom Outpost updates free of charge.", True),
        ("You may opt out at anytime.", True),
        ("You also agree to this site's Privacy Policy and Terms of Use.", True),
        ("Email the minister, the campaigners said.", False),
    ],
)
def test_a_notice_is_the_page_s_line(line: str, notice: bool) -> None:
    assert is_notice(line) is notice


def test_notice_spans_are_the_lines_that_are_notices() -> None:
    text = "Talks resume\nMinisters met.\nREAD MORE: Another story\nThey agreed."
    start = text.index("READ")
    lines = notice_spans(text)
    assert lines.holds(start) and lines.holds(start + 10) and not lines.holds(text.index("They"))


BOOK_BOXES = (
    "Parris now remarks of her: Battlefield America: T... John W. Whitehead Best Price: $10.78 Buy New $19.06 (as of 09:30 EDT - Details)\n"
    "“She is mean,” Parris says.\n"
    "It was a long day. The Kennedy Autopsy Jacob G Hornberger Best Price: $9.85 Buy New $9.95 (as of 03:35 EDT - Details) The CIA kept quiet.\n"
)


def test_a_shop_s_box_for_a_book_copied_into_a_line_is_a_notice_and_the_words_around_it_are_not() -> None:
    spans = notice_spans(BOOK_BOXES)
    for box in ("Battlefield America: T... John W. Whitehead Best Price", "The Kennedy Autopsy Jacob G Hornberger Best Price"):
        start = BOOK_BOXES.index(box)
        end = BOOK_BOXES.index("Details)", start) + len("Details)")
        assert all(spans.holds(i) for i in range(start, end))
        assert not spans.holds(start - 2) and not spans.holds(end + 1)
    assert not spans.holds(BOOK_BOXES.index("She is mean"))


def test_a_shop_s_box_is_nobody_s_words_nor_the_outlet_s_and_names_no_one(analyzer: Analyzer) -> None:
    text = (
        "Parris on May\n\n"
        "Matthew Parris, a commentator in London, now remarks of her: Battlefield America: T... John W. Whitehead "
        "Best Price: $10.78 Buy New $19.06 (as of 09:30 EDT - Details)\n"
        "“She is mean,” Parris says.\n"
        "The BBC writes: Against the State: An ... Llewellyn H. Rockwell Jr. Best Price: $12.99 Buy New $9.05 (as of 10:25 EDT - Details)\n"
        "The Kennedy Autopsy Jacob G Hornberger Best Price: $9.85 Buy New $9.95 (as of 03:35 EDT - Details)\n"
        "The CIA kept quiet.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert [a.text_of(q.content) for q in a.quotes] == ["She is mean"]  # not the box after 'remarks of her:'
    assert not [a.text_of(s) for s in a.outlet_voice if a.text_of(s).startswith(("Against the State", "The Kennedy Autopsy"))]
    assert {e.canonical for e in a.entities} == {"Matthew Parris", "London", "BBC", "CIA"}


def test_a_reposted_story_s_credit_is_nobody_s_words_nor_the_outlet_s_but_names_its_source(analyzer: Analyzer) -> None:
    text = (
        "Imam says the West will fall\n\n"
        "The imam told worshippers on Friday that the West would fall.\n"
        "Article posted with permission from Robert Spencer\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert not [q for q in a.quotes if "permission" in a.text_of(q.content) or "Robert Spencer" in a.text_of(q.content)]
    assert not [s for s in a.outlet_voice if "permission" in a.text_of(s)]
    assert "Robert Spencer" in {e.canonical for e in a.entities}


POLL = (
    "Senate to vote on the nominee\n\n"
    "The committee chairman said on Monday that the vote would be held this week.\n"
    "take our poll - story continues below\n"
    "Will Brett Kavanaugh be confirmed to the Supreme Court?\n"
    "Will Brett Kavanaugh be confirmed to the Supreme Court?\n"
    "* Yes, he will be confirmed.\n"
    "No, he will not be confirmed.\n"
    "Email *\n"
    "Name This field is for validation purposes and should be left unchanged.\n"
    "Completing this poll grants you access to Freedom Outpost updates free of charge.\n"
    "You may opt out at anytime.\n"
    "You also agree to this site's Privacy Policy and Terms of Use.\n"
    "Democrats asked for a delay, Senator Dianne Feinstein said.\n"
)


def test_a_poll_copied_with_the_page_is_a_notice_from_its_header_to_its_small_print() -> None:
    spans = notice_spans(POLL)
    start, end = POLL.index("take our poll"), POLL.index("Terms of Use.") + len("Terms of Use.")
    assert all(spans.holds(i) for i in range(start, end))
    assert not spans.holds(POLL.index("The committee")) and not spans.holds(POLL.index("Democrats asked"))
    headless = "take our poll - story continues below\nThe senator said the vote was close.\n"  # no form's small print: the header alone
    assert not notice_spans(headless).holds(headless.index("The senator"))


def test_a_poll_s_question_and_options_are_nobody_s_words_nor_the_outlet_s_and_name_no_one(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(POLL, source=None, headline_first_line=True))
    assert not [s for s in a.outlet_voice if "confirmed" in a.text_of(s)]
    assert {e.canonical for e in a.entities} >= {"Dianne Feinstein"} and not [e for e in a.entities if "Brett" in e.canonical or "Kavanaugh" in e.canonical]
