"""The page's lines: credits, links and disclaimers, told from sentences that only share their words."""

import pytest

from presslens.pipeline.notices import is_notice, notice_lines


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
    ],
)
def test_a_notice_is_the_page_s_line(line: str, notice: bool) -> None:
    assert is_notice(line) is notice


def test_notice_lines_are_the_lines_that_are_notices() -> None:
    text = "Talks resume\nMinisters met.\nREAD MORE: Another story\nThey agreed."
    start = text.index("READ")
    lines = notice_lines(text)
    assert lines.holds(start) and lines.holds(start + 10) and not lines.holds(text.index("They"))
