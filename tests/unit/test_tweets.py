"""Embedded posts: the words before a '— Name (@handle) Month D, YYYY' signature are the author's."""

from datetime import date

from presslens import Analyzer, build_article
from presslens.pipeline.tweets import embedded_tweets

TEXT = (
    "Loomer shares new photos\n"
    "Loomer posted the pictures on Friday.\n"
    "EXCLUSIVE PICS: the car was parked at the hotel a week earlier.\n"
    "pic.twitter.com/sotjwX3o0i — Laura Loomer (@LauraLoomer) October 6, 2017\n"
    "The hotel has not commented.\n\n"
    "A disgraceful verdict in the Kate Steinle case! No wonder the people are so angry.\n"
    "— Donald J. Trump (@realDonaldTrump) December 1, 2017\n"
    '<tweet id="7604" author="@brianefallon">Even for a reformed con man, this is low https://t.co/x1 SIGN UP FOR OUR NEWSLETTER '
    "— Brian Fallon (@brianefallon) August 2, 2016</tweet>\n"
    "Jean-Marc (@jm) said nothing."
)


def test_the_words_before_a_signature_are_the_post_and_a_picture_link_sends_to_the_line_before() -> None:
    found = [(TEXT[slice(*t.content)], TEXT[slice(*t.author)], TEXT[slice(*t.date)]) for t in embedded_tweets(TEXT)]
    assert found == [
        ("EXCLUSIVE PICS: the car was parked at the hotel a week earlier.", "Laura Loomer", "October 6, 2017"),
        ("A disgraceful verdict in the Kate Steinle case! No wonder the people are so angry.", "Donald J. Trump", "December 1, 2017"),
        ("Even for a reformed con man, this is low", "Brian Fallon", "August 2, 2016"),
    ]


def test_a_post_is_its_author_s_direct_quote_said_on_its_date_and_not_the_outlet_s_voice(analyzer: Analyzer) -> None:
    a = analyzer.analyze(build_article(TEXT, source=None, headline_first_line=True).model_copy(update={"published": date(2017, 12, 2)}))
    posts = [q for q in a.quotes if q.channel == "tweet" and q.said_on is not None]
    assert [(q.kind, a.text_of(q.speaker.span), q.said_on) for q in posts] == [
        ("direct", "Laura Loomer", date(2017, 10, 6)),
        ("direct", "Donald J. Trump", date(2017, 12, 1)),
        ("direct", "Brian Fallon", date(2016, 8, 2)),
    ]
    voice = " ".join(a.text_of(s) for s in a.outlet_voice)
    assert "The hotel has not commented." in voice and "disgraceful" not in voice and "EXCLUSIVE" not in voice


def test_an_archive_tag_alone_before_a_signature_is_no_post() -> None:
    text = '<tweet id="7604" author="@brianefallon" datetime="2016-08-02"> — Brian Fallon (@brianefallon) August 2, 2016</tweet>'
    assert embedded_tweets(text) == []


def test_a_post_signed_on_a_line_of_its_own_holds_the_lines_above_it_up_to_the_post_before() -> None:
    text = (
        "Labour MPs reacted on Twitter.\n"
        "This is an awful day for the Labour Party — Lisa Nandy (@lisanandy) February 18, 2019\n"
        "Very sad and disappointed that some of our colleagues have resigned from the Party.\n"
        "I think it’s the wrong decision.\n"
        "— Lucy Powell MP (@LucyMPowell) February 18, 2019\n"
        "Others were less kind, and the party’s deputy leader said the splitters should resign their seats at once "
        "and fight by-elections, a call that was repeated by dozens of members in the hours after the announcement, "
        "while the leader's office stayed silent until the evening news.\n"
        "Shame on them.\n"
        "— Jon Smith (@jonsmith) February 18, 2019\n"
    )
    assert [(text[slice(*t.content)], text[slice(*t.author)]) for t in embedded_tweets(text)] == [
        ("This is an awful day for the Labour Party", "Lisa Nandy"),
        ("Very sad and disappointed that some of our colleagues have resigned from the Party.\nI think it’s the wrong decision.", "Lucy Powell MP"),
        ("Shame on them.", "Jon Smith"),  # no post's end above it within a post's length: the line right above
    ]


def test_the_account_signing_a_post_is_an_entity_of_the_article_though_the_model_missed_it(analyzer: Analyzer) -> None:
    text = (
        "Troops reach the border\n"
        "The US has deployed 5,200 troops to the border.\n"
        "Troops setting up barb wire under the Hidalgo Reynosa bridge #RGV pic.twitter.com/8cr3XfH2T6 "
        "— Iris Rodriguez (@IrisNews) November 2, 2018 For now, the servicemen have mainly been erecting fences.\n"
        "Sobbing, he left. — bananas in pajamas 🍌 (@bananas) November 3, 2018\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    names = {e.canonical: e for e in a.entities}
    iris = names["Iris Rodriguez"]
    assert iris.label == "PERSON" and {m.origin for m in iris.mentions} == {"speaker"}
    assert "bananas in pajamas" in names  # an account, named as it signs, without its emoji
    posts = [q for q in a.quotes if q.channel == "tweet"]
    assert {names[n].id for n in ("Iris Rodriguez", "bananas in pajamas")} == {q.speaker.entity for q in posts}


def test_a_first_name_signing_a_post_is_the_account_s_not_the_one_person_named_in_full_with_it(analyzer: Analyzer) -> None:
    text = (
        "The law that bears her name\n"
        "Mike Cernovich wrote about the verdict on Friday, and readers answered.\n"
        "This is why we need Kate's Law #KatesLaw — Mike (@Bigly45) December 1, 2017\n"
        "Cernovich said the jury had failed.\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    names = {e.canonical: {a.text_of(m) for m in e.mentions} for e in a.entities}
    assert names["Mike"] == {"Mike"} and names["Mike Cernovich"] == {"Mike Cernovich", "Cernovich"}


def test_a_post_on_lines_of_its_own_starts_below_the_line_that_says_it_was_posted() -> None:
    text = (
        "This article was originally published by Tyler Durden at Zero Hedge, and we republish it in full here today.\n"
        "Update 2 : Just as we suspected, President Trump has tweeted his opinion on this decision…\n"
        "A disgraceful verdict in the Kate Steinle case!\n"
        "No wonder the people of our Country are so angry with Illegal Immigration.\n"
        "— Donald J. Trump (@realDonaldTrump) December 1, 2017\n"
    )
    (post,) = embedded_tweets(text)
    assert text[slice(*post.content)] == (
        "A disgraceful verdict in the Kate Steinle case!\nNo wonder the people of our Country are so angry with Illegal Immigration."
    )


def test_a_signature_broken_before_its_handle_signs_the_lines_above_its_hashtags() -> None:
    text = (
        "Social media erupted with outrage at the verdict.\n\n"
        "I seriously feel like buying my own damn bricks & building this damn wall myself!\n"
        "So flipping outraged by this unjustice!\n"
        "#BuildtheWall #KatesLaw — ???Steff???\n"
        "(@Steffs_tweets) December 1, 2017\n"
    )
    (post,) = embedded_tweets(text)
    assert text[slice(*post.author)] == "Steff" and text[slice(*post.date)] == "December 1, 2017"
    assert text[slice(*post.content)] == (
        "I seriously feel like buying my own damn bricks & building this damn wall myself!\nSo flipping outraged by this unjustice!"
    )


def test_an_emoji_after_a_name_is_no_part_of_the_entity_the_post_is_signed_by(analyzer: Analyzer) -> None:
    text = (
        "Lanes closed at the border\n"
        "Photos posted on WhatsApp of the San Ysidro port of entry today. pic.twitter.com/MzQoN4mbrr — Andrew Dyer 🛴 "
        "(@SDUTdyer) November 13, 2018\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    (post,) = [q for q in a.quotes if q.channel == "tweet"]
    names = {e.id: e.canonical for e in a.entities}
    assert names[post.speaker.entity or ""] == "Andrew Dyer"


def test_an_account_whose_name_the_model_read_in_part_is_named_whole(analyzer: Analyzer) -> None:
    text = (
        "Diners heckled\n"
        "The civility of the Left on full display… — The Columbia Bugle 🇺🇸 (@ColumbiaBugle) June 23, 2018\n"
        "Red Cross volunteers reached the town. — IFRC Africa (@IFRCAfrica) May 20, 2018\n"
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    names = {e.id: (e.canonical, e.label) for e in a.entities}
    posts = [names[q.speaker.entity or ""] for q in a.quotes if q.channel == "tweet"]
    assert posts == [("Columbia Bugle", "ORG"), ("IFRC Africa", "ORG")]
