import pytest

from presslens.ingest.article import build_article
from presslens.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "outlet"),
    [
        ("BAGDHAD (Dispatches) – The commission said", "BAGDHAD", "Dispatches"),
        ("WASHINGTON (Reuters) - The senator said", "WASHINGTON", "Reuters"),
        ("LONDON, Dec 29 (AP) — Police said", "LONDON", "AP"),
        ("NEW YORK — The mayor said", "NEW YORK", None),
        ("Washington (AFP) – Democrat Hillary Clinton said", "Washington", "AFP"),
        ("Tehran, Nov. 26 (Press TV) – Iran's Foreign Minister says", "Tehran", "Press TV"),
        ("PHILADELPHIA ― Hillary Clinton’s campaign said", "PHILADELPHIA", None),
        ("MOSCOW/KYIV, March 3 (Reuters) - Russian President Vladimir Putin", "MOSCOW", "Reuters"),
        ("NIAMEY, Niger, Feb 3 (Reuters) - Niger's junta leader said", "NIAMEY", "Reuters"),
        ("New Delhi [India], December 4 (ANI): Congress leader Rahul Gandhi on Wednesday slammed", "New Delhi", "ANI"),
        ("Srinagar (Jammu and Kashmir) [India], December 4 (ANI): Security forces said", "Srinagar", "ANI"),
        ("NEW DELHI, May 8 (ANI): Pakistani troops violated the ceasefire", "NEW DELHI", "ANI"),
        ("DES MOINES, Iowa, Aug. 10 (UPI) — The Secret Service stopped", "DES MOINES", "UPI"),
        ("GOMA, Democratic Republic of Congo, Jan 28 (Reuters) - M23 rebels seized", "GOMA", "Reuters"),
        ("WASHINGTON ―\u00a0This spring, as he was", "WASHINGTON", None),
        ("Washington (CNN) Senate Republicans on Wednesday accused", "Washington", "CNN"),
        ("Washington (CNN)President Donald Trump said", "Washington", "CNN"),
        ("New Delhi, Nov 27 (PTI) India on Wednesday rejected", "New Delhi", "PTI"),
        ("MOSCOW, November 28. /TASS/. Western weapons supplies to Kiev", "MOSCOW", "TASS"),
        ("ST. PETERSBURG, June 16. /TASS/. The forum opened", "ST. PETERSBURG", "TASS"),
        ("DAMASCUS, (SANA)- The army repelled an attack", "DAMASCUS", "SANA"),
        ("Tehran, IRNA – Iran's foreign minister said", "Tehran", "IRNA"),
        ("Damascus, SANA- President Ahmad al-Sharaa received", "Damascus", "SANA"),
        ("Caracas, Dec 4 (EFE).- Venezuelan President Nicolás Maduro on Thursday accused", "Caracas", "EFE"),
        ("MADRID (EFE).- The Spanish government said", "MADRID", "EFE"),
        ("BEIRUT, LEBANON – Strikes hit the south", "BEIRUT", None),  # capitals after capitals: the region's
        ("ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday directed", "ISLAMABAD", None),
        ("ANKARA\n\nTürkiye on Wednesday strongly condemned", "ANKARA", None),
    ],
)
def test_datelines(text: str, place: str, outlet: str | None) -> None:
    dateline = find_dateline(text, 0)
    assert dateline is not None
    assert dateline.place is not None and dateline.place.text_in(text) == place
    assert (dateline.outlet.text_in(text) if dateline.outlet else None) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "The commission said on Tuesday",
        "US troops - a report",
        "“Quote,” he said",
        "Sen. Lindsey Graham (R-S.C.) said",
        "Islamic State (ISIS) militants attacked",
        "Islamic State (ISIS) Tuesday claimed the attack",
        "The Federal Bureau of Investigation (FBI) Director said",
        "BOOM: Trump Just Fired A 5-Word Missile",  # a word in capitals, a town of 16,000 in the gazetteer
        "READING: Why The Senate Stalled",  # a heading, whatever the place
        "POLITICS\n\nThe Senate voted",  # no place
        "LINCOLN: Thank you all.\nQUESTION: What about the vote?",  # a transcript's speakers
    ],
)
def test_ordinary_openings_are_not_datelines(text: str) -> None:
    assert find_dateline(text, 0) is None


def test_headline_and_dateline_offsets_in_a_txt_article() -> None:
    text = "Headline Here\n\nBEIRUT (Wire) – The minister said on Monday that talks failed.\nSecond paragraph."
    article = build_article(text, source="t.txt", headline_first_line=True)
    assert article.headline == "Headline Here"
    assert article.headline_span is not None and article.headline_span.text_in(text) == "Headline Here"
    assert article.dateline is not None and article.dateline.span.text_in(text) == "BEIRUT (Wire) –"
    assert text[article.body_start :].startswith("The minister said")
    assert article.outlet == "Wire"


def test_single_line_text_has_no_headline() -> None:
    article = build_article("The minister said on Monday that talks failed.", source=None, headline_first_line=True)
    assert article.headline is None and article.body_start == 0


def test_a_story_opening_with_its_datelined_paragraph_has_no_headline() -> None:
    text = (
        "GAZA CITY, Nov 12 (WAFA) - Israeli forces killed two youths at dawn today, medical sources said.\n\n"
        "The Ministry of Health said in a statement that both were shot."
    )
    article = build_article(text, source="t.txt", headline_first_line=True)
    assert article.headline is None and article.outlet == "WAFA"
    assert text[article.body_start :].startswith("Israeli forces killed")


def test_a_headline_with_a_label_and_a_dash_stays_a_headline() -> None:
    text = "EXCLUSIVE - Minister to quit over talks\n\nThe minister will resign on Monday, aides said."
    article = build_article(text, source="t.txt", headline_first_line=True)
    assert article.headline == "EXCLUSIVE - Minister to quit over talks"


def test_a_dateline_under_the_byline_is_read_and_the_byline_stays_in_the_body() -> None:
    text = "Lavrov open to talks\nBy Anna Petrova\nNEW DELHI (Reuters) - Lavrov said talks were possible."
    article = build_article(text, source="t.txt", headline_first_line=True)
    assert article.dateline is not None and article.dateline.span.text_in(text) == "NEW DELHI (Reuters) -"
    assert article.outlet == "Reuters" and text[article.body_start :].startswith("By Anna Petrova")


def test_a_colon_dateline_opens_the_body() -> None:
    text = "PM vows action\n\nISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday said smuggling would end.\n"
    article = build_article(text, source=None, headline_first_line=True)
    assert article.headline == "PM vows action"
    assert article.dateline is not None and article.dateline.span.text_in(text) == "ISLAMABAD:"
    assert text[article.body_start :].startswith("Prime Minister")
