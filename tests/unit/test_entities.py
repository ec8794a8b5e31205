"""Entity clustering on short articles written for the rules they pin."""

import pytest

from presslens import Analysis, Analyzer, build_article


def _analyse(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(build_article(text, source=None, headline_first_line=False))


def _clusters(analysis: Analysis) -> dict[str, tuple[str, set[str]]]:
    return {
        e.canonical: (e.label, {analysis.text_of(m) for m in e.mentions}) for e in analysis.entities
    }


def test_acronym_in_parentheses_and_later_use(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The World Health Organization (WHO) said cases had fallen. The WHO urged governments to keep testing.")
    label, names = _clusters(a)["World Health Organization"]
    assert label == "ORG" and names == {"World Health Organization", "WHO"}


def test_surname_joins_full_name(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Prime Minister Jane Holt said on Tuesday that the budget would pass. Holt told reporters that the opposition had no plan.")
    label, names = _clusters(a)["Jane Holt"]
    assert label == "PERSON" and names == {"Jane Holt", "Holt"}


def test_misspelt_surname_is_a_flagged_variant(analyzer: Analyzer) -> None:
    text = (
        "Finance Minister Robert Kowalczyk said the deficit would shrink. "
        "“We have a plan,” Kowalczyk said. “It will work,” Kowalcyk added."
    )
    a = _analyse(analyzer, text)
    (entity,) = [e for e in a.entities if e.canonical == "Robert Kowalczyk"]
    variants = [a.text_of(m) for m in entity.mentions if m.variant]
    assert variants == ["Kowalcyk"]
    (finding,) = [f for f in a.findings if f.kind == "name_variant"]
    assert finding.likely == "Kowalczyk" and finding.entity == entity.id


@pytest.mark.parametrize(
    ("text", "variant", "how"),
    [
        (
            "French President François Hollande has joined a growing list of leaders who criticised the plan. "
            "Francois Hollande said on Tuesday that the plan was dangerous. Hollande added that France would vote against it.",
            "Francois Hollande",
            "'Francois Hollande' differs only in accents from 'François Hollande'",
        ),
        (
            "Police said Stephen Paddock had the suite since September 25. A source at the hotel said "
            "#StephenPaddock checked in earlier than reported. Paddock was 64, police said.",
            "StephenPaddock",
            "'StephenPaddock' is without the spaces of 'Stephen Paddock'",
        ),
    ],
)
def test_a_variant_written_with_other_accents_or_spaces_says_so(analyzer: Analyzer, text: str, variant: str, how: str) -> None:
    a = _analyse(analyzer, text)
    (finding,) = [f for f in a.findings if f.kind == "name_variant"]
    assert a.article.text[finding.span.start : finding.span.end] == variant and finding.why.startswith(how)


def test_similar_country_names_are_not_variants(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Iran and Iraq signed a pipeline deal. Iraq will pay in dinars, Iran said.")
    assert not [f for f in a.findings if f.kind == "name_variant"]
    assert {"Iran", "Iraq"} <= set(_clusters(a))


def test_possessive_owner_is_its_own_mention(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The deputy commander of Iraq’s Popular Mobilization Units (PMU) was killed in the strike.")
    clusters = _clusters(a)
    assert clusters["Iraq"] == ("GPE", {"Iraq"})
    assert clusters["Popular Mobilization Units"] == ("ORG", {"Popular Mobilization Units", "PMU"})


def test_dateline_place_unknown_to_gazetteer_gets_a_finding(analyzer: Analyzer) -> None:
    text = "Talks stall\nMOSCOWW (Wire) – Officials in Moscow said talks had stalled."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    (finding,) = [f for f in a.findings if f.kind == "place_misspelling"]
    assert finding.likely == "Moscow" and finding.span is not None and a.text_of(finding.span) == "MOSCOWW"


def test_non_english_text_is_reported_not_analysed(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Der Minister sagte am Dienstag, dass die Verhandlungen gescheitert seien. Die Opposition widersprach.")
    assert a.language == "und" and a.entities == []
    assert [f.kind for f in a.findings] == ["not_english"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Президент заявил, что переговоры провалились.", "only 0% of the words are English stop words and 20% Russian ones"),
        ("习近平主席说谈判失败了。", "only 0% of the words are English stop words, and most letters are of another script"),
    ],
)
def test_text_in_another_language_or_script_is_reported_with_why(analyzer: Analyzer, text: str, why: str) -> None:
    (finding,) = _analyse(analyzer, text).findings
    assert finding.kind == "not_english" and finding.why.startswith(why)


def test_a_short_lede_of_few_stop_words_is_english(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "KYIV, Ukraine (AP) — Russian drones hit the capital overnight, officials said.")
    assert a.language == "en" and {"Kyiv", "Ukraine"} <= set(_clusters(a)) and len(a.quotes) == 1


def test_a_curly_possessive_tagged_as_a_quotation_mark_is_still_dropped(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "In a preview clip, Blige sings Bruce Springsteen’s “American Skin” to the crowd.")
    assert "Bruce Springsteen" in _clusters(a)


def test_a_lone_surname_the_model_calls_an_organisation_joins_the_person_and_keeps_the_person_label(analyzer: Analyzer) -> None:
    text = (
        "Bruce Springsteen played in Ohio on Tuesday. “American Skin (41 Shots)” was written by Springsteen "
        "after the 1999 shooting death of Amadou Diallo."
    )
    label, names = _clusters(_analyse(analyzer, text))["Bruce Springsteen"]
    assert label == "PERSON" and names == {"Bruce Springsteen", "Springsteen"}


def test_a_name_several_places_share_goes_to_the_place_whose_own_name_it_is() -> None:
    from presslens.pipeline.places import gazetteer

    places = gazetteer()
    assert places.canonical("LOS ANGELES") == "Los Angeles"  # also an alternate name of Los Ángeles, Chile
    assert places.canonical("Tripoli") == "Tripoli" and places.canonical("Baghdad") == "Baghdad"


def test_the_states_of_washington_and_new_york_are_not_the_capital_and_the_city(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "SPOKANE, Wash. (AP) — Lawmakers in Washington said on Monday that the state would sue. Officials in Washington State agreed.")
    places = {e.canonical: {a.text_of(m) for m in e.mentions} for e in a.entities if e.label == "GPE"}
    assert places["Washington State"] == {"Wash.", "Washington State"} and places["Washington"] == {"Washington"}
    a = _analyse(analyzer, "ALBANY, N.Y. (AP) — Voters in New York City went to the polls on Tuesday, and New York State officials counted.")
    places = {e.canonical: {a.text_of(m) for m in e.mentions} for e in a.entities if e.label == "GPE"}
    assert places["New York State"] == {"N.Y.", "New York State"} and places["New York City"] == {"New York City"}


def test_a_place_the_model_took_for_a_person_lends_no_surname_to_the_country_it_ends_with(analyzer: Analyzer) -> None:
    text = (
        "Riots in Derry\nYouths attacked police vehicles in the Creggan area of Derry Northern Ireland\n"
        "Brexit Aid: Dublin Wants 'Mega Money' To Ease The Impact Of A No-Deal Brexit\n"
        "Ireland will demand hundreds of millions of euros in aid from the EU, Dublin warns"
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Ireland"] == ("GPE", {"Ireland"}) and "Ireland" not in clusters["Derry Northern Ireland"][1]


def test_a_department_named_head_first_or_last_is_one_body(analyzer: Analyzer) -> None:
    text = "The Department of Justice said on Monday that it would appeal. A Justice Department spokesman declined to comment."
    assert _clusters(_analyse(analyzer, text))["Department of Justice"] == ("ORG", {"Department of Justice", "Justice Department"})


def test_the_dateline_outlet_is_the_article_s_outlet_not_an_entity_of_the_story(analyzer: Analyzer) -> None:
    text = "Blige sings for Clinton\nLOS ANGELES, Sept. 28 (UPI) — Mary J. Blige sings to Hillary Clinton in a clip."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert a.article.outlet == "UPI" and "UPI" not in _clusters(a)
    assert _clusters(a)["Los Angeles"][0] == "GPE"


def test_a_person_named_like_a_month_whose_given_name_the_model_took_for_a_body(analyzer: Analyzer) -> None:
    text = (
        "In 2016, British voters chose to leave the European Union, and Donald J. Trump called himself Mr. Brexit.\n"
        "But Theresa May just suffered the greatest defeat of any British Prime Minister when her deal was rejected."
    )  # the model: 'Theresa' an organisation, 'May' a date
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Theresa May"] == ("PERSON", {"Theresa May"}) and "Theresa" not in clusters


def test_a_father_s_name_after_bin_is_the_son_s_surname_only_with_its_bin(analyzer: Analyzer) -> None:
    saudi = _analyse(
        analyzer,
        "Pompeo met Saudi King Salman and his son, Crown Prince Mohammed bin Salman, in Riyadh on Tuesday. "
        "Salman denied any knowledge of the killing.",
    )
    assert _clusters(saudi)["Mohammed bin Salman"] == ("PERSON", {"Mohammed bin Salman"}) and _clusters(saudi)["Salman"][0] == "PERSON"
    osama = _analyse(analyzer, "Osama bin Laden was killed in 2011. Bin Laden had hidden in Abbottabad for years, and bin Laden's couriers were tracked.")
    assert _clusters(osama)["Osama bin Laden"] == ("PERSON", {"Osama bin Laden", "Bin Laden", "bin Laden"})


def test_a_pope_s_name_with_its_numeral_is_a_person_s(analyzer: Analyzer) -> None:
    clusters = _clusters(_analyse(analyzer, "The Synod of Sutri deposed Gregory VI in 1046. Clement II was then elected."))
    assert clusters["Gregory VI"][0] == clusters["Clement II"][0] == "PERSON"  # the model: 'Gregory VI' an organisation


def test_a_state_s_abbreviation_that_is_a_word_is_a_place_only_after_a_town(analyzer: Analyzer) -> None:
    assert "Massachusetts" not in _clusters(_analyse(analyzer, "That is a sacrilege. You cannot go to that Mass. He has been barred from saying public Mass."))
    assert _clusters(_analyse(analyzer, "He lives in Springfield, Mass., with his wife."))["Massachusetts"] == ("GPE", {"Mass."})


def test_a_name_the_editor_completed_in_brackets_is_that_name(analyzer: Analyzer) -> None:
    awan = _analyse(
        analyzer,
        "Imran Awan worked for the congresswoman. Farmers sold their lands to Ashraf Awan, who is father of Imran. “A victim of "
        "[Ashraf] Awan’s alleged swindling said that [Ashraf] Awan’s son had easy access to the corridors of power,” Dawn reported.",
    )
    assert _clusters(awan)["Ashraf Awan"] == ("PERSON", {"Ashraf Awan", "Ashraf] Awan"}) and _clusters(awan)["Imran Awan"][1] == {"Imran Awan", "Imran"}
    matt = _analyse(analyzer, "As I said to Mr. [Walter] Matt, I can say in bad English what he says in good English. Walter Matt said the crisis is extraordinary.")
    assert _clusters(matt)["Walter Matt"][1] == {"Walter Matt", "Walter] Matt"} and not matt.findings
    pompeo = _analyse(analyzer, "“[W]e will not stop,” the senator said. The plan of Secretary of State [Mike] Pompeo was criticised on Monday.")
    assert _clusters(pompeo) == {"Mike Pompeo": ("PERSON", {"Mike] Pompeo"})}  # '[W]e' names no one


def test_an_honorific_is_not_part_of_the_name_so_mrs_may_is_theresa_may(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Tory voters want their MPs to back Theresa May's deal. Mrs May has faced a revolt by her own MPs.")
    label, names = _clusters(a)["Theresa May"]
    assert label == "PERSON" and names == {"Theresa May", "May"}
    b = _analyse(analyzer, "Prime Minister Theresa May said in May 2019 that the deal was dead. Mrs May told reporters that talks would go on.")
    (entity,) = [e for e in b.entities if e.canonical == "Theresa May"]
    assert [b.article.text[m.start - 4 : m.end] for m in entity.mentions] == ["ter Theresa May", "Mrs May"]  # not 'in May 2019'


def test_a_name_after_an_office_written_out_is_a_person_whatever_the_model_said(analyzer: Analyzer) -> None:
    text = (
        "There was no collusion between Trump and Russia. But Scalise and other Trump allies seized on the news. "
        "That does not mean President Trump and those in his orbit are cleared."
    )
    assert ("Trump", "PERSON") in [(e.canonical, e.label) for e in _analyse(analyzer, text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey blames the exiled cleric Fethullah Gulen for the coup attempt.", "Fethullah Gulen"),
        ("In 1963, President Ngo Dinh Diem and his brother and chief advisor Ngo Dinh Nhu were killed in a coup.", "Ngo Dinh Nhu"),
        ("Far-left comedienne Chelsea Handler has admitted she is “very sexually attracted” to Robert Mueller.", "Chelsea Handler"),
    ],
)
def test_a_full_name_right_after_a_person_s_role_or_occupation_is_a_person(analyzer: Analyzer, text: str, name: str) -> None:
    assert (name, "PERSON") in [(e.canonical, e.label) for e in _analyse(analyzer, text).entities]


def test_a_name_starting_with_a_given_name_is_a_person_unless_it_names_a_body_or_a_place(analyzer: Analyzer) -> None:
    text = (
        "For Sean Hannity, the witch hunt was over. Hannity said viewers should be outraged. "
        "Carly Fiorina said she would stay in the race. The Clinton Foundation, the Orlando Sentinel and Al Jazeera reported it."
    )
    labels = {e.canonical: e.label for e in _analyse(analyzer, text).entities}
    assert labels["Sean Hannity"] == labels["Carly Fiorina"] == "PERSON" and "Hannity" not in labels
    assert labels["Clinton Foundation"] == labels["Orlando Sentinel"] == labels["Al Jazeera"] == "ORG"
    ambassador = _analyse(analyzer, "U.S. ambassador to the United Nations Nikki Haley used her speech to denounce the regime.")
    assert ("Nikki Haley", "PERSON") in [(e.canonical, e.label) for e in ambassador.entities]  # Nikki, Benin is no major place
    owner = _analyse(analyzer, "The EU said the deal agreed with Theresa May’s Tory government last year was not open to renegotiation.")
    assert ("Theresa May", "PERSON") in [(e.canonical, e.label) for e in owner.entities]


@pytest.mark.parametrize(
    "name",
    ["Olaf Scholz", "Giorgia Meloni", "Hakeem Jeffries", "Tulsi Gabbard", "Recep Tayyip Erdogan", "Naim Qassem", "Asim Munir", "Kemi Badenoch"],
)
def test_a_name_starting_with_a_given_name_of_the_world_not_only_an_american_one_is_a_person(analyzer: Analyzer, name: str) -> None:
    analysis = _analyse(analyzer, f"{name} said on Monday that the talks had failed.")
    assert (name, "PERSON") in [(e.canonical, e.label) for e in analysis.entities]


def test_a_rarer_given_name_makes_no_person_of_a_town_a_firm_or_a_building(analyzer: Analyzer) -> None:
    text = (
        "In 2014, the giant International Paper mill in Courtland closed abruptly. Ms. Hughes pointed out where "
        "Courtland's hardware store used to be. Americo, the life insurance company, said there was great doubt. "
        "Clinton spoke just down the street from the Trump Taj Mahal. A tweet from Jon Ralston of Ralston Reports said so."
    )
    people = {e.canonical for e in _analyse(analyzer, text).entities if e.label == "PERSON"}
    assert people.isdisjoint({"Courtland", "Americo", "Taj Mahal", "Trump Taj Mahal", "Ralston Reports"}) and "Jon Ralston" in people


def test_a_full_name_the_model_and_a_given_name_call_a_person_outweighs_its_surname_read_as_a_place(analyzer: Analyzer) -> None:
    text = (
        "Practically no one noticed Louis Farrakhan's address last week, in which he attacked Jews.\n"
        "Farrakhan, of course, has a long history of such remarks, according to The Washington Examiner.\n"
        "This is the same Farrakhan with whom Obama was photographed.\nAnd Satan is going down.\n"
        "And Farrakhan, by God’s grace, has pulled the cover off.\n"
        "After Farrakhan's speech the paper declared that Farrakhan was more dangerous than ever.\n"
        "For more on Farrakhan, check out the report."
    )
    assert _clusters(_analyse(analyzer, text))["Louis Farrakhan"] == ("PERSON", {"Louis Farrakhan", "Farrakhan"})


def test_a_title_case_headline_s_guesses_count_only_when_the_body_bears_them_out(analyzer: Analyzer) -> None:
    text = "Mueller's Investigation Lasted 674 Days\nSpecial counsel Robert Mueller ended his inquiry on Friday in Washington."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    clusters = _clusters(a)
    assert "Investigation Lasted" not in clusters and clusters["Robert Mueller"][1] == {"Robert Mueller", "Mueller"}


def test_a_title_case_headline_written_again_in_the_body_is_read_as_the_headline(analyzer: Analyzer) -> None:
    headline = "The Mueller Report Finally Drops, Dems Prepare List of Demands"
    text = f"{headline}\n\n{headline}\nSpecial counsel Robert Mueller ended his inquiry on Friday in Washington."
    clusters = _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))
    assert not [name for name in clusters if "Drops" in name or "Dems" in name]
    assert clusters["Robert Mueller"][0] == "PERSON"


def test_scripture_passages_and_names_holding_numbers_are_no_persons(analyzer: Analyzer) -> None:
    text = (
        "As Jesus said in John 8:34, everyone who sins is a slave to sin. Read Matthew 24:12 and Daniel 3:3-6 again. "
        "Britain's MI6 was named, NBC7 San Diego reported. Fethullah GÃ1⁄4len denied it."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert {name: labels.get(name) for name in ("John 8:34", "Matthew 24:12", "Daniel 3:3-6")} == dict.fromkeys(("John 8:34", "Matthew 24:12", "Daniel 3:3-6"), "WORK_OF_ART")
    assert labels.get("MI6") == "ORG" and labels.get("NBC7 San Diego") == "ORG"
    assert labels.get("Jesus") == "PERSON" and labels.get("Fethullah GÃ1⁄4len") == "PERSON"  # a name whose letters were garbled keeps its label


def test_the_referendum_sides_the_labour_party_and_islamic_law_are_what_they_are(analyzer: Analyzer) -> None:
    text = (
        "8 per cent of Labour members said they would back Remain, 3 per cent said they would leave with the deal. "
        "Labour said it would vote against. Under Shariah, theft is punished. Leave voters were angry, and Leave won in 2016."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert {name: labels.get(name) for name in ("Remain", "Leave", "Labour", "Shariah")} == {"Remain": "NORP", "Leave": "NORP", "Labour": "ORG", "Shariah": "LAW"}


def test_a_name_given_as_a_towns_is_a_place(analyzer: Analyzer) -> None:
    text = "Cases were also suspected in the northwestern town of Bikoro, officials said. The mayor of Bikoro spoke. Leaders of Hamas met."
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert labels.get("Bikoro") == "GPE" and labels.get("Hamas") == "ORG"


def test_a_lowercase_article_starts_no_name(analyzer: Analyzer) -> None:
    text = "Rep. Barbara Comstock spoke at a House Administration Committee hearing. The pistol was stolen from a Bureau of Land Management officer."
    names = set(_clusters(_analyse(analyzer, text)))
    assert {"House Administration Committee", "Bureau of Land Management"} <= names and not any(n.startswith("a ") for n in names)


def test_a_large_city_by_its_own_name_is_a_place_whatever_the_model_made_of_it(analyzer: Analyzer) -> None:
    text = "In his letter to the bishops of Buenos Aires, published on the Vatican website, the pope set out his view."
    assert _clusters(_analyse(analyzer, text))["Buenos Aires"][0] == "GPE"


def test_an_airport_or_a_base_is_a_facility_whatever_its_first_name(analyzer: Analyzer) -> None:
    text = "A man drove into Travis AFB on Wednesday. The plane landed at Palm Beach International Airport on Friday, officials said."
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert labels.get("Travis AFB") == "FAC" and labels.get("Palm Beach International Airport") == "FAC"


def test_the_outlet_of_a_dateline_quoted_further_down_is_no_alias_of_its_place(analyzer: Analyzer) -> None:
    text = (
        "The station's report of March 23 read as follows:\n"
        "TRAVIS AIR FORCE BASE, Calif. (KGO) — A man who drove into the base has been identified, two sources told ABC News."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["California"] == ("GPE", {"Calif."}) and "KGO" not in clusters["California"][1]


def test_a_name_the_model_cut_after_a_connecting_word_is_whole(analyzer: Analyzer) -> None:
    text = (
        "A 46-year-old male national of the Democratic Republic of the Congo with convictions was arrested. Officers at foreign "
        "missions in China act according to the Vienna Convention on Diplomatic Relations and the Vienna Convention on Consular "
        "Relations. The tanks crashed through the Ardennes Forest at the beginning of the Battle of the Bulge in 1944, to see. "
        "South Korea's new president, Moon Jae-in, demanded talks."
    )
    names = set(_clusters(_analyse(analyzer, text)))
    assert {"Democratic Republic of the Congo", "Vienna Convention on Consular Relations", "Battle of the Bulge", "Moon Jae-in"} <= names
    assert not names & {"Congo", "Consular Relations", "Battle of the Bulge in"}


def test_a_given_name_and_a_surname_the_model_took_for_places_are_one_person(analyzer: Analyzer) -> None:
    text = "The world tried to defuse an international crisis over the fate of Jamal Khashoggi. Turkish officials say Khashoggi’s body was cut up."
    assert _clusters(_analyse(analyzer, text))["Jamal Khashoggi"] == ("PERSON", {"Jamal Khashoggi", "Khashoggi"})


def test_a_given_name_the_model_took_for_a_body_before_a_surname_it_left_untagged_is_one_person(analyzer: Analyzer) -> None:
    text = "Brett Kavanaugh denied the allegation on Friday. German Chancellor Angela Merkel said Kavanaugh was no concern of hers."
    clusters = _clusters(_analyse(analyzer, text))  # the model: 'Brett' an organisation, 'Kavanaugh' nothing
    assert clusters["Brett Kavanaugh"] == ("PERSON", {"Brett Kavanaugh", "Kavanaugh"}) and clusters["German"][0] == "NORP"


def test_a_given_name_or_a_kunya_the_model_left_out_of_a_person_s_name_at_a_paragraph_s_start_is_part_of_it(analyzer: Analyzer) -> None:
    text = (
        "Bases\n\nAbu Mahdi al-Muhandis, deputy head of the Popular Mobilization Units, said on Monday that the bases would close.\n\n"
        "Jamal Jaafar al-Ibrahimi said on Tuesday that the advisers would leave.\n\n"
        "Janet Smith, Professor of Moral Theology at the Sacred Heart Major Seminary in Detroit, wrote on Friday."
    )
    clusters = _clusters(_analyse(analyzer, text))  # the model: 'al-Muhandis', 'Jaafar al-Ibrahimi' and 'Seminary' persons
    assert clusters["Abu Mahdi al-Muhandis"] == ("PERSON", {"Abu Mahdi al-Muhandis"})
    assert clusters["Jamal Jaafar al-Ibrahimi"] == ("PERSON", {"Jamal Jaafar al-Ibrahimi"})
    assert not any("Major" in name for name in clusters)  # a rank, though also a given name


def test_blocs_parties_and_armed_groups_the_model_misses_or_takes_for_places_are_bodies(analyzer: Analyzer) -> None:
    text = (
        "Officials from ECOWAS met in the capital. Officials from Mercosur met too. G7 leaders met in Italy. "
        "M23 rebels advanced. Officials from Fidesz met. Hayat Tahrir al-Sham (HTS) took Aleppo. HTS said it would protect minorities."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert {name: clusters[name][0] for name in ("ECOWAS", "Mercosur", "G7", "M23", "Fidesz")} == dict.fromkeys(("ECOWAS", "Mercosur", "G7", "M23", "Fidesz"), "ORG")
    assert clusters["Hayat Tahrir al-Sham"] == ("ORG", {"Hayat Tahrir al-Sham", "HTS"})


def test_armed_groups_the_model_takes_for_people_are_bodies(analyzer: Analyzer) -> None:
    text = (
        "Qais al-Khazali, the leader of Asaib Ahl al-Haq, rejected the results. Kataib Hezbollah said the occupiers must leave. "
        "Fighters of Hayat Tahrir al-Sham and Boko Haram were named. The Houthis fired a missile."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert labels["Qais al-Khazali"] == "PERSON" and labels["Houthis"] == "NORP"
    assert {labels[body] for body in ("Asaib Ahl al-Haq", "Kataib Hezbollah", "Hayat Tahrir al-Sham", "Boko Haram")} == {"ORG"}
    text = (
        "Meanwhile, Al-Qassam Brigades, the armed wing of Hamas, said its fighters destroyed two Israeli tanks in Khan Younis. "
        "The Izz ad-Din al-Qassam Brigades later released a video."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Izz ad-Din al-Qassam Brigades"] == ("ORG", {"Al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"})
    assert clusters["Khan Younis"][0] == "GPE"  # the model's person, where the tanks were destroyed


def test_a_name_that_starts_with_a_given_name_and_ends_with_an_arabic_article_s_name_is_a_person_s(analyzer: Analyzer) -> None:
    text = "The advisers would leave, Jamal Jaafar al-Ibrahimi said on Tuesday."  # the model: an organisation
    assert _clusters(_analyse(analyzer, text))["Jamal Jaafar al-Ibrahimi"] == ("PERSON", {"Jamal Jaafar al-Ibrahimi"})


def test_a_people_s_name_with_its_possessive_inside_a_body_s_name_is_part_of_it(analyzer: Analyzer) -> None:
    text = (
        "According to the Global Times, the Chinese People's Liberation Army Eastern Theater Command conducted patrols on Sunday. "
        "The European People’s Party (EPP) won the most seats."
    )
    clusters = _clusters(_analyse(analyzer, text))  # split at the possessive before: 'Chinese People', 'European People' and the rest
    assert clusters["Chinese People's Liberation Army Eastern Theater Command"][0] == "ORG"
    assert clusters["European People’s Party"] == ("ORG", {"European People’s Party", "EPP"})


def test_a_city_by_the_name_english_news_writes_for_it_is_a_place_whatever_the_model_made_of_it(analyzer: Analyzer) -> None:
    text = (
        "Western weapons supplies to Kiev will not change the course of the operation.\n\n"
        "It will only prolong the agony of the Kiev regime.\n\nThe neo-Nazis in Kiev would be defeated."
    )
    assert _clusters(_analyse(analyzer, text))["Kyiv"] == ("GPE", {"Kiev"})  # the model: two bodies, one place


def test_a_spokesman_the_model_ran_into_a_body_s_name_is_no_part_of_it(analyzer: Analyzer) -> None:
    text = (
        "Kremlin says talks will go on\n\nWestern weapons supplies will not change the course of the operation, "
        "Kremlin Spokesman Dmitry Peskov told reporters on Tuesday."
    )
    clusters = _clusters(_analyse(analyzer, text))  # the model: 'Kremlin Spokesman', a body
    assert clusters["Kremlin"] == ("ORG", {"Kremlin"}) and "Kremlin Spokesman" not in clusters


def test_two_states_bodies_of_one_name_are_two_bodies(analyzer: Analyzer) -> None:
    text = (
        'TEHRAN (IRNA) - Iranian Foreign Ministry spokesman Nasser Kanaani has warned the United States against any "adventurism" '
        "in the Persian Gulf.\n\nRussian Foreign Ministry spokeswoman Maria Zakharova told TASS that Moscow supported Tehran."
    )
    clusters = _clusters(_analyse(analyzer, text))  # the model: 'Iranian' and 'Russian' peoples, 'Foreign Ministry' twice
    assert clusters["Iranian Foreign Ministry"] == ("ORG", {"Iranian Foreign Ministry"})
    assert clusters["Russian Foreign Ministry"] == ("ORG", {"Russian Foreign Ministry"})


def test_a_name_known_as_another_is_one_entity_with_it(analyzer: Analyzer) -> None:
    text = (
        "Abdul Aziz al-Mohammedawi, known as Abu Fadak, warned on Monday that any attack would be answered. "
        "Rep. Keith Ellison (D-MN), aka Hakim Muhammad, defended his ties. The Popular Mobilization Forces, known in Arabic as "
        "Hashd al-Shaabi, were formed in 2014. Secretary Hillary Clinton, known as a hawk, spoke."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Abdul Aziz al-Mohammedawi"] == ("PERSON", {"Abdul Aziz al-Mohammedawi", "Abu Fadak"})
    assert clusters["Keith Ellison"] == ("PERSON", {"Keith Ellison", "Hakim Muhammad"})
    assert clusters["Popular Mobilization Forces"] == ("ORG", {"Popular Mobilization Forces", "Hashd al-Shaabi"})
    assert clusters["Hillary Clinton"] == ("PERSON", {"Hillary Clinton"})  # known as no name


def test_a_surname_with_the_arabic_article_capitalised_at_a_sentence_s_start_is_the_person_s(analyzer: Analyzer) -> None:
    text = "Faleh al-Fayyadh said the PMF would protect the state. Al-Fayyadh did not elaborate."  # the model: 'Al-Fayyadh' a body
    assert _clusters(_analyse(analyzer, text))["Faleh al-Fayyadh"] == ("PERSON", {"Faleh al-Fayyadh", "Al-Fayyadh"})


def test_a_first_name_the_model_took_for_a_place_joins_the_one_full_name_it_starts(analyzer: Analyzer) -> None:
    text = (
        "President Donald Trump and Melania Trump hosted the leaders at Mar-a-Lago. Trump and Melania beamed as they posed for photos. "
        "Melania wore red."
    )
    label, names = _clusters(_analyse(analyzer, text))["Melania Trump"]
    assert label == "PERSON" and "Melania" in names


def test_a_saint_is_a_person_and_where_the_saint_was_of_a_place(analyzer: Analyzer) -> None:
    text = (
        "The pilgrims prayed in the basilica of St. Francis of Assisi and before a statue of St. Anthony. "
        "Assisi was full of visitors. The bishop later flew to St. Paul, Minnesota."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert {name: labels.get(name) for name in ("St. Francis of Assisi", "St. Anthony", "Assisi", "St. Paul")} == {
        "St. Francis of Assisi": "PERSON", "St. Anthony": "PERSON", "Assisi": "GPE", "St. Paul": "GPE",
    }


def test_a_morning_show_is_a_work_not_a_person(analyzer: Analyzer) -> None:
    text = 'He is a former president," Carly Fiorina told "Fox and Friends," reminding the crowd of the scandal.'
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Fox and Friends"][0] == "WORK_OF_ART" and "Fox" not in clusters


def test_initials_ending_a_line_and_the_name_opening_the_next_are_one_person(analyzer: Analyzer) -> None:
    text = (
        "The talks failed.\nNational Security Adviser H.R.\nMcMaster said that the so called liberation of areas could "
        "accelerate the cycle of violence.\nHe claimed the objectives are to weaken Iranian influence."
    )
    assert _clusters(_analyse(analyzer, text))["McMaster"] == ("PERSON", {"H.R.", "McMaster"})


def test_a_surname_of_two_words_joins_the_full_name_it_ends(analyzer: Analyzer) -> None:
    text = (
        "Rep. Debbie Wasserman Schultz defended her aide on Monday. Wasserman Schultz said the aide had done nothing wrong. "
        "Mayor Bill de Blasio agreed, and de Blasio said so twice. Victoria at Sandy Hook wept."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Debbie Wasserman Schultz"][1] == {"Debbie Wasserman Schultz", "Wasserman Schultz"}
    assert clusters["Bill de Blasio"][1] == {"Bill de Blasio", "de Blasio"}


def test_a_place_the_gazetteer_knows_by_its_news_name_is_no_misspelling(analyzer: Analyzer) -> None:
    text = (
        "Officials in Vermont and Britain met envoys from South Asia and the Democratic Republic of Congo in Washington, DC. "
        "Iran said the Islamic Republic would not attend."
    )
    a = _analyse(analyzer, text)
    assert not [f for f in a.findings if f.kind == "place_misspelling"]
    assert {"Vermont", "United Kingdom", "South Asia", "Democratic Republic of the Congo"} <= set(_clusters(a))
    assert _clusters(a)["Iran"][1] == {"Iran", "Islamic Republic"}


def test_a_word_made_from_a_place_name_is_no_misspelling_of_it(analyzer: Analyzer) -> None:
    text = (
        "No one has ever suggested London won’t stay open when we leave the EU. "
        "The majority of Londoners may have backed Remain, but more voted to leave."
    )
    a = _analyse(analyzer, text)
    assert not [f for f in a.findings if f.kind == "place_misspelling"]


def test_a_misspelling_needs_the_text_or_a_place_readers_know(analyzer: Analyzer) -> None:
    # 'Yorktown' is unknown to the gazetteer and 93 % like the small town Yorkton: no finding, no renaming
    a = _analyse(analyzer, "The ceremony at Yorktown drew a large crowd on Saturday.")
    assert not [f for f in a.findings if f.kind == "place_misspelling"]
    assert "Yorkton" not in _clusters(a)
    # a capital misspelt in the body, written right elsewhere in the text, is found
    b = _analyse(analyzer, "Protesters marched in Bagdhad on Friday. Police in Baghdad said the march was peaceful.")
    (finding,) = [f for f in b.findings if f.kind == "place_misspelling"]
    assert finding.likely == "Baghdad"


def test_a_name_ends_before_a_clitic_s_and_before_a_line_break(analyzer: Analyzer) -> None:
    text = (
        "“Donald Trump’s not about that,” she said of Donald Trump.\n"
        "Crowds gathered at Copacabana Beach in Rio de Janeiro\nFireworks shows, however, were cancelled."
    )
    a = _analyse(analyzer, text)
    assert not [f for f in a.findings if f.kind in ("name_variant", "place_misspelling")]
    names = {n for _, ns in _clusters(a).values() for n in ns}
    assert "Donald Trump" in names and "Rio de Janeiro" in names
    assert not [n for n in names if n.endswith(("’s", "\n"))]


def test_a_family_named_in_the_plural_is_no_variant_of_its_member(analyzer: Analyzer) -> None:
    text = "Hillary Clinton spoke in Ohio. Clinton said the Clintons had given millions to charity, and Clinton left."
    a = _analyse(analyzer, text)
    assert not [f for f in a.findings if f.kind == "name_variant"]


def test_names_of_one_place_are_one_entity(analyzer: Analyzer) -> None:
    text = "Britain will leave the bloc in March. Ministers said the UK would keep its ties with the USA and with America's allies."
    a = _analyse(analyzer, text)
    clusters = _clusters(a)
    assert clusters["United Kingdom"] == ("GPE", {"Britain", "UK"})
    assert clusters["United States"][1] >= {"USA"}
    assert len([e for e in a.entities if e.canonical == "United States"]) == 1


def test_a_clause_the_model_took_for_a_title_is_no_entity(analyzer: Analyzer) -> None:
    text = 'Bemoaning the "phony system," Trump accused Holt of being a Democrat, though records showed otherwise.'
    a = _analyse(analyzer, text)
    assert not [e for e in a.entities if "accused" in e.canonical]


def test_usa_today_is_a_newspaper_not_the_country(analyzer: Analyzer) -> None:
    text = (
        "Super PACs raised $1.1 billion through the end of August, a USA TODAY analysis of newly filed reports shows. "
        "Democrats are spending heavily, too."
    )
    a = _analyse(analyzer, text)
    assert "United States" not in _clusters(a)
    assert _clusters(a)["USA TODAY"][0] == "ORG"


def test_the_gazetteer_reads_state_abbreviations_and_finds_a_place_only_as_a_word_of_its_own() -> None:
    from presslens.pipeline.places import gazetteer

    places = gazetteer()
    assert places.canonical("Calif.") == "California" and places.canonical("Pa.") == "Pennsylvania"
    suggestion = places.suggest("Brazille", "Donna Brazile, the interim chairwoman, said so.")
    assert suggestion is not None and suggestion.name == "Brazil" and not suggestion.in_text


def test_a_name_ends_before_an_s_after_any_apostrophe(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Donald Trump‘s campaign said Donald Trump would speak in Ohio on Monday.")
    assert not [f for f in a.findings if f.kind == "name_variant"]
    assert not [n for _, ns in _clusters(a).values() for n in ns if n.endswith("s") and "Trump" in n]


def test_a_place_the_model_once_took_for_an_organisation_is_still_one_entity(analyzer: Analyzer) -> None:
    text = "“It doesn’t take courage to stand here on the floor of the United States Senate for two hours,” Murphy said. America is watching, he added."
    a = _analyse(analyzer, text)
    (country,) = [e for e in a.entities if e.canonical == "United States"]
    assert country.label == "GPE" and {a.text_of(m) for m in country.mentions} == {"United States", "America"}


def test_no_name_starts_with_the_s_of_the_word_before(analyzer: Analyzer) -> None:
    text = "Excerpt–Dinesh D’Souza’s ‘Stealing America,’ Part 3.\n\nEditor’s Note: The following is part 3 of 3 excerpts."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert not [e.canonical for e in a.entities if e.canonical.startswith(("’s", "'s"))]


def test_popes_of_one_name_are_not_variants_and_a_broadcaster_is_no_misspelt_place(analyzer: Analyzer) -> None:
    text = (
        "Take this quotation of Pius XII, speaking in 1931 when he was still Monsignor Pacelli, serving as Pius XI’s "
        "Secretary of State. Roche wrote a biography of Pius XII. The movement was one that Pius XII had condemned. "
        "Kurdistan24 reported that officials in Kurdistan had met on Monday."
    )
    a = _analyse(analyzer, text)
    assert not [f for f in a.findings if f.kind in ("name_variant", "place_misspelling")]


def test_a_misspelt_place_joins_the_place_as_a_flagged_variant(analyzer: Analyzer) -> None:
    text = "The minister flew to Kazakhstan on Monday. Talks in Kazakstan ended without a deal, officials in Astana said."
    a = _analyse(analyzer, text)
    (finding,) = [f for f in a.findings if f.kind == "place_misspelling"]
    (place,) = [e for e in a.entities if e.canonical == "Kazakhstan"]
    assert finding.entity == place.id and finding.likely == "Kazakhstan"
    assert [(a.text_of(m), m.variant) for m in place.mentions] == [("Kazakhstan", False), ("Kazakstan", True)]
    assert [e.id for e in a.entities] == [f"E{n}" for n in range(1, len(a.entities) + 1)]


def test_a_place_name_missing_its_last_letter_is_a_misspelling(analyzer: Analyzer) -> None:
    text = "Troops of the United States landed on Monday. The United State has no plan to leave, officials said."
    a = _analyse(analyzer, text)
    assert [(a.text_of(f.span), f.likely) for f in a.findings if f.kind == "place_misspelling" and f.span] == [("United State", "United States")]


def test_a_place_in_parentheses_says_where_a_name_is_and_is_no_alias(analyzer: Analyzer) -> None:
    text = (
        "The vote was analysed by Malcolm Coles and Ashley Kirk, Telegraph (UK), June 24, 2016. "
        "Britain voted to leave, and the UK government said it would respect the result."
    )
    a = _analyse(analyzer, text)
    (country,) = [e for e in a.entities if e.canonical == "United Kingdom"]
    assert "Telegraph" not in {a.text_of(m) for m in country.mentions}


def test_a_party_or_a_party_and_state_in_parentheses_after_a_name_are_no_alias(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Rep. Adam Schiff (D-CA) said the panel would meet. Sen. Ted Cruz (R-Texas) said it would not.")
    assert not any({"D-CA", "R-Texas"} & names for _, names in _clusters(a).values())
    a = _analyse(analyzer, "The letter was signed by Sarah Wollaston (Conservative) and Caroline Lucas (Green). The Democratic Unionist Party (DUP) objected.")
    clusters = _clusters(a)
    assert clusters["Sarah Wollaston"][1] == {"Sarah Wollaston"} and clusters["Caroline Lucas"][1] == {"Caroline Lucas"}
    assert clusters["Democratic Unionist Party"][1] == {"Democratic Unionist Party", "DUP"}  # a party's own acronym is its name
    a = _analyse(analyzer, "Sen. Ted Cruz (Tex.) said he would act, and Sen. Marco Rubio (Fla.) agreed.")
    assert not any({"Tex.", "Fla."} & names for label, names in _clusters(a).values() if label == "PERSON")


def test_a_name_with_and_without_middle_initials_is_one_person_but_two_sets_of_initials_are_two(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Attorney General William P. Barr wrote to Congress. Later William Barr said the summary was fair.")
    assert _clusters(a)["William P. Barr"] == ("PERSON", {"William P. Barr", "William Barr"})
    a = _analyse(analyzer, "Sen. Charles E. Grassley chairs the panel. Chuck Grassley said the hearing would go on.")
    assert _clusters(a)["Charles E. Grassley"] == ("PERSON", {"Charles E. Grassley", "Chuck Grassley"})  # a short form, initials aside
    a = _analyse(analyzer, "George H. W. Bush wrote to his son George W. Bush on Friday, and George Bush Jr. answered.")
    assert {"George H. W. Bush", "George W. Bush"} <= set(_clusters(a))


def test_a_name_with_and_without_a_middle_name_or_a_hyphen_is_one_person(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Hillary Rodham Clinton spoke on Monday. Later, Hillary Clinton said she was tired. Clinton added that the race was close.")
    assert _clusters(a)["Hillary Rodham Clinton"] == ("PERSON", {"Hillary Rodham Clinton", "Hillary Clinton", "Clinton"})
    a = _analyse(analyzer, "The rumor that Dina Habib Powell is the top candidate spread. McMaster inserted Dina Habib-Powell, a former Bush aide. Habib-Powell had attended.")
    assert _clusters(a)["Dina Habib Powell"] == ("PERSON", {"Dina Habib Powell", "Dina Habib-Powell", "Habib-Powell"})
    a = _analyse(analyzer, "A deep part of the establishment, Habib Powell is no outsider. McMaster inserted Dina Habib-Powell, a former Bush aide. Habib-Powell had attended.")
    assert _clusters(a)["Dina Habib-Powell"] == ("PERSON", {"Habib Powell", "Dina Habib-Powell", "Habib-Powell"})  # the fullest name, hyphen or not
    a = _analyse(analyzer, "Donald Trump Jr. met Donald Trump on Monday.")
    assert {"Donald Trump Jr.", "Donald Trump"} <= set(_clusters(a))


def test_a_title_rank_role_or_occupation_written_before_a_name_is_no_part_of_it(analyzer: Analyzer) -> None:
    text = (
        "Monsignor Battista Ricca met the pope. Treasurer Kelly Mitchell said the fund was safe. Taoiseach Leo Varadkar "
        "said he would go. Ayatollah Ali Khamenei spoke on Friday. Billionaire George Soros funds many groups."
    )
    people = {e.canonical for e in _analyse(analyzer, text).entities if e.label == "PERSON"}
    assert people == {"Battista Ricca", "Kelly Mitchell", "Leo Varadkar", "Ali Khamenei", "George Soros"}


def test_a_title_of_religion_is_no_part_of_a_name_nor_of_an_office(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Victims warned about Chilean Bishop Juan Barros for years. The commission had met with Cardinal O’Malley in 2015, "
        "objecting to Francis’s 2015 appointment of Bishop Barros. Barros denied it, and O’Malley said the letter reached "
        "the Pope. Bergoglio was Archbishop of Buenos Aires then.",
    )
    clusters = _clusters(a)
    assert clusters["Juan Barros"] == ("PERSON", {"Juan Barros", "Barros"})
    assert clusters["O’Malley"][0] == "PERSON"
    assert not [c for c in clusters if not any(ch.isalpha() for ch in c) or c.startswith("of ")]


def test_a_title_alone_joins_the_one_holder_the_article_names(analyzer: Analyzer) -> None:
    one = _analyse(analyzer, "Pope Francis received a victim's letter in 2015, the AP reported. The Pope later denied it. Critics said the Pope had been told.")
    (francis,) = [e for e in one.entities if "Francis" in {one.text_of(m) for m in e.mentions}]
    assert {one.text_of(m) for m in francis.mentions} == {"Francis", "Pope"} and "'Pope' is the title in 'Francis'" in francis.evidence
    two = _analyse(analyzer, "Pope Francis cited Pope Benedict in a letter. Pope Benedict had written it, and critics said the Pope erred.")
    assert not [e for e in two.entities if {"Pope", "Francis"} <= {two.text_of(m) for m in e.mentions} or {"Pope", "Benedict"} <= {two.text_of(m) for m in e.mentions}]


def test_a_month_that_names_a_person_is_her_mention_and_her_words_are_hers(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Prime Minister Theresa May lost the vote on Tuesday. In an interview with the BBC on Sunday, May pledged to set "
        "out new measures. May has pledged not to run again. Elections are due in May.",
    )
    (may,) = [e for e in a.entities if e.canonical == "Theresa May"]
    assert [a.text_of(m) for m in may.mentions] == ["Theresa May", "May", "May"]
    assert [(a.text_of(q.speaker.span), q.speaker.entity) for q in a.quotes] == [("May", may.id), ("May", may.id)]
    assert [a.text_of(t) for t in a.timexes if "May" in a.text_of(t)] == ["May"]


def test_a_name_set_off_after_a_person_s_role_is_a_person_s(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "He thanked his parents, his siblings, his wife and his children. He said his wife, Melania, had told him to run. "
        "Penkoski’s daughter, Brielle, said that the class spent much less time on Christianity than on Islam.",
    )
    assert _clusters(a)["Melania"][0] == _clusters(a)["Brielle"][0] == "PERSON"  # the model: places
    canonical = {e.id: e.canonical for e in a.entities}
    assert canonical.get(a.quotes[-1].speaker.entity or "") == "Brielle"


def test_a_name_described_by_a_person_s_role_is_a_person_s_and_her_pronoun_finds_her(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Fiorina, the former Hewlett-Packard CEO who dropped her own presidential bid in early February, made a surprise "
        "appearance at the rally in Miami. She applauded him for defying the establishment. "
        "MGM Resorts International, the owner of Mandalay Bay, says police were there at once.",
    )
    labels = {e.canonical: e.label for e in a.entities}
    assert labels["Fiorina"] == "PERSON" and labels["MGM Resorts International"] == "ORG"
    (applauded,) = [q for q in a.quotes if q.cue_lemma == "applaud"]
    assert applauded.speaker.entity == next(e.id for e in a.entities if e.canonical == "Fiorina")
    text = '"We will not give up our European future," said Nino, a 23-year-old student who declined to give her surname.'
    assert _clusters(_analyse(analyzer, text))["Nino"][0] == "PERSON"  # the model: a place


def test_a_capitalised_word_opening_a_sentence_before_a_role_is_the_role_s(analyzer: Analyzer) -> None:
    text = 'Press secretary Karine Jean-Pierre told reporters the president "is not going to stop."'
    assert set(_clusters(_analyse(analyzer, text))) == {"Karine Jean-Pierre"}  # the model: 'Press' an organisation
    text = "Harvard professor Lawrence Lessig leads with 6 percent in the poll."
    assert set(_clusters(_analyse(analyzer, text))) == {"Harvard", "Lawrence Lessig"}  # a name, not a common noun


def test_a_surname_written_without_its_article_is_the_person_s(analyzer: Analyzer) -> None:
    text = 'Erdogan met his Egyptian counterpart Abdel Fattah al-Sisi in Ankara. Sisi, for his part, said they shared "a common vision".'
    assert _clusters(_analyse(analyzer, text))["Abdel Fattah al-Sisi"] == ("PERSON", {"Abdel Fattah al-Sisi", "Sisi"})


def test_a_name_joined_to_a_place_after_in_is_a_place(analyzer: Analyzer) -> None:
    text = "Jairam Ramesh said the government owed the nation an explanation on the status of patrolling in Depsang and Demchok."
    assert _clusters(_analyse(analyzer, text))["Demchok"][0] == "GPE"  # the model: a person


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # 'n’t' of 'won’t', which the model took for a place
            "Helen Jones, a 72-year-old retired English professor in Salt Lake City, Utah, who is Republican but despises"
            " Trump, knows whatever comes out, her relatives who strongly back the president won’t budge — just as"
            " detractors like her won’t be convinced he isn’t a crook.",
            {"Helen Jones", "Salt Lake City", "Utah"},
        ),
        (  # lowercase words, a picture's credit, a link
            "Jane Holt drank from a mug in the lorry park near the fiat exchange.\n(AP Photo / Pablo Martinez)\n"
            "Voters shared #LondonIsOpen https://t.co/XctrgfXXaM on Monday.",
            {"Jane Holt"},
        ),
        (  # a link's label written against the name
            "Adam Young[Email him] is a writer and blogger in London.",
            {"Adam Young"},
        ),
    ],
)
def test_contractions_lowercase_words_credits_and_links_are_no_names(analyzer: Analyzer, text: str, kept: set[str]) -> None:
    names = set(_clusters(_analyse(analyzer, text)))
    assert kept <= names
    assert not any(name.islower() or name in ("n’t", "n't") or "/" in name or "http" in name or "[" in name for name in names), names


def test_a_name_after_the_that_reports_is_an_organisation_whatever_the_model_took_it_for(analyzer: Analyzer) -> None:
    text = (
        "Two days later, the Dallas Morning News reported that police could fire Guyger but did not plan to review"
        " her employment until a criminal investigation wrapped up — probably months away."
    )
    label, _ = _clusters(_analyse(analyzer, text))["Dallas Morning News"]
    assert label == "ORG"


def test_an_exclamation_the_model_ran_into_a_name_is_no_part_of_it(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Robert Mueller delivered his report on Friday. One fan wrote: Oooh Mueller report just dropped!")
    label, names = _clusters(a)["Robert Mueller"]
    assert names == {"Robert Mueller", "Mueller"}


def test_a_first_name_alone_joins_the_one_person_named_in_full_with_it(analyzer: Analyzer) -> None:
    text = (
        "Labour leader Jeremy Corbyn dodged questions on Brexit on Monday. "
        "Phil Wilson said: 'I urge Jeremy to seize this chance to change the course of history.'"
    )
    label, names = _clusters(_analyse(analyzer, text))["Jeremy Corbyn"]
    assert label == "PERSON" and names == {"Jeremy Corbyn", "Jeremy"}


@pytest.mark.parametrize(
    ("text", "person", "first"),
    [
        ("Smith lived there with his wife, Candace, and a young daughter. Candace Smith declined to comment.", "Candace Smith", "Candace"),
        ("''I'm a big fan of Paul,'' said Senator Jeff Sessions of Alabama. Paul D. Ryan did not reply.", "Paul D. Ryan", "Paul"),
    ],
)
def test_a_given_name_the_model_took_for_a_body_joins_the_person_named_in_full(analyzer: Analyzer, text: str, person: str, first: str) -> None:
    label, names = _clusters(_analyse(analyzer, text))[person]
    assert label == "PERSON" and first in names


def test_a_first_name_two_people_share_is_left_alone(analyzer: Analyzer) -> None:
    text = (
        "Jeremy Corbyn and Jeremy Hunt clashed on Brexit on Monday. "
        "Phil Wilson said: 'I urge Jeremy to seize this chance to change the course of history.'"
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Jeremy Corbyn"][1] == {"Jeremy Corbyn"} and clusters["Jeremy Hunt"][1] == {"Jeremy Hunt"}


def test_a_word_in_capitals_for_emphasis_is_no_name_but_an_acronym_is(analyzer: Analyzer) -> None:
    text = (
        "Labour activists could QUIT the party as NATO allies watch, a poll found on Monday. "
        "Many members said they were ready to quit if the leader ignored them."
    )
    canonicals = {e.canonical for e in _analyse(analyzer, text).entities}
    assert "QUIT" not in canonicals and "NATO" in canonicals


def test_a_name_that_begins_with_a_possessive_stays_whole_but_an_owner_is_split_off(analyzer: Analyzer) -> None:
    """'People's Republic of China' is China, never 'People' and 'Republic of China' (Taiwan's name)."""
    text = (
        "The People's Republic of China and the People's Liberation Army rejected it. "
        "Anand Menon of King's College London said Trump's White House disagreed."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["China"] == ("GPE", {"People's Republic of China"})
    assert "People's Liberation Army" in clusters and "King's College London" in clusters
    assert not {"People", "Republic of China", "Liberation Army", "College London"} & set(clusters)
    assert "White House" in clusters and "Trump" in clusters


def test_of_two_people_sharing_a_surname_the_lone_surname_is_the_one_named_first(analyzer: Analyzer) -> None:
    text = "President Donald Trump spent the night with First Lady Melania Trump. Trump said it was fine. Melania Trump smiled."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Donald Trump"][1] == {"Donald Trump", "Trump"} and clusters["Melania Trump"][1] == {"Melania Trump"}


def test_a_name_found_inside_a_hyphenated_name_is_all_of_it_and_a_lowercase_compound_is_not() -> None:
    from presslens.pipeline.entities import _whole_compound_name

    text = "at Mar-a-Lago’s patio, the U.S.-led coalition met in Stratford-upon-Avon for UK-EU talks on Russia-Trump ties"
    pieces = (("Mar", "Mar-a-Lago"), ("Lago", "Mar-a-Lago"), ("U.S.", "U.S."), ("Stratford", "Stratford-upon-Avon"), ("UK", "UK"), ("EU", "EU"), ("Trump", "Trump"))
    for piece, whole in pieces:
        start = text.index(piece)
        assert text[slice(*_whole_compound_name(text, start, start + len(piece)))] == whole


def test_a_surname_with_its_generational_suffix_is_the_son_and_the_bare_surname_the_father(analyzer: Analyzer) -> None:
    text = "Donald Trump Jr has used a meme. President Donald Trump said nothing. Trump Jr posted it on Saturday. Trump Jr. laughed. Trump golfed."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Donald Trump Jr"][1] == {"Donald Trump Jr", "Trump Jr", "Trump Jr."}
    assert clusters["Donald Trump"][1] == {"Donald Trump", "Trump"}


def test_a_short_form_of_a_first_name_joins_the_full_name_as_a_flagged_variant(analyzer: Analyzer) -> None:
    text = "Don Trump Jr uses a meme to mock Democrats. Donald Trump Jr has used a meme. Trump Jr posted it on Saturday."
    a = _analyse(analyzer, text)
    (entity,) = [e for e in a.entities if e.canonical == "Donald Trump Jr"]
    assert {a.text_of(m) for m in entity.mentions} == {"Don Trump Jr", "Donald Trump Jr", "Trump Jr"}
    assert [a.text_of(m) for m in entity.mentions if m.variant] == ["Don Trump Jr"]
    (finding,) = [f for f in a.findings if f.kind == "name_variant"]
    assert finding.entity == entity.id and finding.likely == "Donald Trump Jr" and "'Don', a short form of 'Donald'" in finding.why


def test_a_short_form_shared_by_two_full_names_joins_neither(analyzer: Analyzer) -> None:
    text = "Pat Smith spoke first. Patricia Smith and Patrick Smith answered her. Pat Smith left."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Pat Smith"][1] == {"Pat Smith"}


def test_a_word_alone_in_a_title_case_headline_is_a_name_only_when_the_body_writes_it_so(analyzer: Analyzer) -> None:
    text = "A Briton Rejoices At BREXIT's Triumph | Articles\nWhen I woke up, I knew Leave had won. It was a triumph for the Brexit cause."
    clusters = _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))
    assert "Triumph" not in clusters
    assert next(names for _, names in clusters.values() if "BREXIT" in names) == {"BREXIT", "Brexit"}


def test_an_adverb_or_a_participle_alone_is_no_name(analyzer: Analyzer) -> None:
    text = "But lo and behold, it was true.\nUtterly.\n52% for Leave to a 48% for Remain."
    assert "Utterly" not in _clusters(_analyse(analyzer, text))
    headline = "'Dumped old fashioned politics': 7 Labour MPs resign from the party over Brexit\n\nSeven MPs left Labour on Monday."
    assert "Dumped" not in _clusters(analyzer.analyze(build_article(headline, source=None, headline_first_line=True)))


def test_a_lone_common_word_the_model_took_for_a_work_or_a_product_is_no_name(analyzer: Analyzer) -> None:
    text = (
        "Grassley: Attempts to Keep Collusion Narrative Alive Will Harm U.S.\n\n"
        "“Attempts to keep the collusion narrative alive will only harm our discourse,” Grassley said."
    )
    assert "Attempts" not in _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))


def test_two_people_the_model_ran_into_one_name_are_two(analyzer: Analyzer) -> None:
    text = (
        "House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer asked for the report. "
        "\"The American people have a right to the truth,\" Schumer and Pelosi said in a joint statement."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Nancy Pelosi"] == ("PERSON", {"Nancy Pelosi", "Pelosi"}) and clusters["Chuck Schumer"] == ("PERSON", {"Chuck Schumer", "Schumer"})
    assert "Schumer and Pelosi" not in clusters
    text = (
        "Kremlin says no plans for Putin-Zelensky meeting\n\n"
        "There are no plans for a meeting between Russian President Vladimir Putin and Ukrainian leader Vladimir Zelensky, "
        "Kremlin Spokesman Dmitry Peskov told reporters on Tuesday."
    )
    clusters = _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))
    assert clusters["Vladimir Putin"] == ("PERSON", {"Vladimir Putin", "Putin"}) and clusters["Vladimir Zelensky"][1] == {"Vladimir Zelensky", "Zelensky"}


def test_a_name_after_a_title_is_a_person_though_a_town_has_it(analyzer: Analyzer) -> None:
    text = "Economist Roger Bootle also wrote in The Spectator on Sunday. “Does this ring a bell?” Mr Bootle wrote."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Roger Bootle"] == ("PERSON", {"Roger Bootle", "Bootle"}) and clusters["Spectator"][0] == "ORG"


def test_a_surname_before_a_number_is_the_name_the_person_is_called_by(analyzer: Analyzer) -> None:
    text = "Special counsel Robert S. Mueller III delivered his report. Mueller did not recommend new charges."
    assert _clusters(_analyse(analyzer, text))["Robert S. Mueller III"][1] == {"Robert S. Mueller III", "Mueller"}


def test_outlets_and_platforms_the_model_takes_for_places_or_people_are_organisations(analyzer: Analyzer) -> None:
    text = "RT reported it, users on Reddit mocked it, DW.COM said, and the Daily Telegraph disagreed."
    clusters = _clusters(_analyse(analyzer, text))
    assert {name: clusters[name][0] for name in ("RT", "Reddit", "DW.COM", "Daily Telegraph")} == dict.fromkeys(("RT", "Reddit", "DW.COM", "Daily Telegraph"), "ORG")



def test_news_agencies_of_state_media_the_model_takes_for_people_are_organisations(analyzer: Analyzer) -> None:
    text = "A military source told SANA the attack failed. Al-Manar, Rudaw and Asharq Al-Awsat said the same, and Prensa Latina agreed."
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert {labels[outlet] for outlet in ("SANA", "Al-Manar", "Rudaw", "Asharq Al-Awsat", "Prensa Latina")} == {"ORG"}



def test_a_surname_written_without_its_arabic_article_is_the_full_name_s(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Mustafa al-Kadhimi visited Tehran. Kadhimi said the talks were useful. "
        "Syrian President Bashar al-Assad met the envoy. Assad said the war was over. Sistani's office said so after Ali al-Sistani spoke."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Mustafa al-Kadhimi"] == ("PERSON", {"Mustafa al-Kadhimi", "Kadhimi"})
    assert clusters["Bashar al-Assad"] == ("PERSON", {"Bashar al-Assad", "Assad"})
    assert "Kadhimi" not in clusters and "Assad" not in clusters


def test_the_title_of_the_prophet_s_descendants_is_no_part_of_the_name_and_an_office_after_a_name_is_its_holder_s(analyzer: Analyzer) -> None:
    text = (
        "Hezbollah Secretary-General Sayyed Hassan Nasrallah said the resistance was ready. Sayyed Nasrallah added that it would win. "
        "Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, received the delegation. The Emir stressed Qatar's support."
    )
    a = _analyse(analyzer, text)
    clusters = _clusters(a)
    assert clusters["Hassan Nasrallah"] == ("PERSON", {"Hassan Nasrallah", "Nasrallah"})  # the mentions leave the title out
    assert clusters["Tamim bin Hamad Al Thani"] == ("PERSON", {"Tamim bin Hamad Al Thani", "Emir"})
    canonical = {e.id: e.canonical for e in a.entities}
    assert [canonical.get(q.speaker.entity or "") for q in a.quotes if q.cue_lemma == "stress"] == ["Tamim bin Hamad Al Thani"]


def test_the_lineage_the_model_left_out_after_a_name_ends_it(analyzer: Analyzer) -> None:
    text = (
        "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani said on Saturday "
        "that negotiations were at a delicate stage."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Mohammed bin Abdulrahman bin Jassim Al Thani"][0] == "PERSON"  # the model: 'Sheikh Mohammed bin Abdulrahman'


def test_a_title_and_name_without_the_numeral_is_the_numbered_name(analyzer: Analyzer) -> None:
    text = (
        "Pope Leo calls for peace in Ukraine\n\nPope Leo XIV on Sunday called for a just and lasting peace. King Charles III "
        "spoke on Sunday. King Charles said the world could not grow accustomed to war."
    )
    clusters = _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))
    assert clusters["Leo XIV"] == ("PERSON", {"Leo XIV", "Pope Leo"}) and clusters["Charles III"] == ("PERSON", {"Charles III", "King Charles"})


def test_an_acronym_in_mixed_case_after_a_place_is_no_alias_of_the_place(analyzer: Analyzer) -> None:
    text = "The far-right Alternative for Sweden (AfS) is polling last. Sweden votes in September. The AfS said it was ready."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Sweden"] == ("GPE", {"Sweden"}) and clusters["AfS"] == ("ORG", {"AfS"})


def test_a_surname_written_without_its_accents_joins_the_full_name(analyzer: Analyzer) -> None:
    text = (
        "Hungary's Orban says EU playing with fire\n\nHungarian Prime Minister Viktor Orbán on Friday accused European Union "
        "leaders of playing with fire."
    )
    clusters = _clusters(analyzer.analyze(build_article(text, source=None, headline_first_line=True)))
    assert clusters["Viktor Orbán"] == ("PERSON", {"Orban", "Viktor Orbán"})  # the model: 'Orban' an organisation


def test_a_surname_alone_is_the_son_s_where_no_one_else_bears_it(analyzer: Analyzer) -> None:
    text = 'Philippine President Ferdinand Marcos Jr said on Monday the vote would go ahead. "We will not be intimidated," Marcos said.'
    assert _clusters(_analyse(analyzer, text))["Ferdinand Marcos Jr"] == ("PERSON", {"Ferdinand Marcos Jr", "Marcos"})
    text = "President Donald Trump and Donald Trump Jr. spoke at the rally. Trump said the election was rigged."
    assert _clusters(_analyse(analyzer, text))["Donald Trump"] == ("PERSON", {"Donald Trump", "Trump"})  # the father, named


def test_an_airport_code_is_no_place_but_the_acronym_of_the_body_it_follows(analyzer: Analyzer) -> None:
    from presslens.pipeline.places import gazetteer

    # GeoNames lists 'HTS' (Huntington), 'SDF' (Louisville) and 'CNN' among cities' other names
    assert [gazetteer().canonical(code) for code in ("HTS", "SDF", "CNN", "NYC")] == [None, None, None, "New York City"]
    text = "Fighters of Hayat Tahrir al-Sham (HTS) attacked the base. HTS denied it. The Anti-Defamation League (ADL) condemned it."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Hayat Tahrir al-Sham"] == ("ORG", {"Hayat Tahrir al-Sham", "HTS"})
    assert clusters["Anti-Defamation League"] == ("ORG", {"Anti-Defamation League", "ADL"})

def test_a_capitalised_common_word_the_model_took_for_a_place_is_none(analyzer: Analyzer) -> None:
    text = (
        "And it all depends on this Truth, the bishop said in London. "
        "That is a fundamental truth of our Faith, he added. Life on Earth is short, and the earth is round."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert "Truth" not in labels and labels.get("London") == "GPE" and "Earth" in labels


def test_a_common_word_opening_its_sentences_is_no_person(analyzer: Analyzer) -> None:
    text = (
        "Fireworks exploded overhead as revelers welcomed the new year. The city's fireworks were the largest ever, Pope Francis "
        "said. Ridicule is a vicious and potent weapon, wrote Saul Alinsky, who said ridicule works. May said so too."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert "Fireworks" not in labels and "Ridicule" not in labels
    assert {name: labels.get(name) for name in ("Pope Francis", "Saul Alinsky", "May")} == dict.fromkeys(("Pope Francis", "Saul Alinsky", "May"), "PERSON")


def test_bodies_platforms_and_scriptures_the_model_takes_for_places_are_what_they_are(analyzer: Analyzer) -> None:
    text = "The NRA and the F.B.I. disagreed. He posted on LinkedIn, watched Netflix and read the Quran."
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert {name: labels.get(name) for name in ("NRA", "F.B.I.", "LinkedIn", "Netflix", "Quran")} == {
        "NRA": "ORG", "F.B.I.": "ORG", "LinkedIn": "ORG", "Netflix": "ORG", "Quran": "WORK_OF_ART"
    }


def test_a_role_written_as_a_title_is_not_part_of_the_name(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Spokesperson Mao Ning made the remarks at a regular press briefing. Mao said the move sends a wrong signal.")
    label, names = _clusters(a)["Mao Ning"]
    assert label == "PERSON" and names == {"Mao Ning", "Mao"}


def test_a_reporting_verb_opening_the_sentence_is_no_part_of_the_name_after_it(analyzer: Analyzer) -> None:
    text = (
        "The group released a video on Monday.\n"
        "Said James O’Keefe, founder and president of Project Veritas Action:\n"
        "“What we found was a candidate lying to the voters.”\n"
        "Said Khecharem has enunciated that responsibility."
    )
    a = _analyse(analyzer, text)
    people = {e.canonical for e in a.entities if e.label == "PERSON"}
    assert "James O’Keefe" in people and "Said James" not in people and "Said Khecharem" in people  # Said is also a given name
    names = {e.id: e.canonical for e in a.entities}
    assert [names.get(q.speaker.entity) for q in a.quotes if "candidate lying" in a.text_of(q.content)] == ["James O’Keefe"]


def test_a_lone_surname_the_model_took_for_a_product_joins_the_person_named_in_full(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The standoff with cult leader David Koresh ended in April.\nThe FBI did not believe Koresh when he said he would come out.")
    (koresh,) = [e for e in a.entities if "Koresh" in e.canonical]
    assert (koresh.canonical, koresh.label, len(koresh.mentions)) == ("David Koresh", "PERSON", 2)


def test_a_dateline_s_agency_and_a_place_s_abbreviation_join_no_name(analyzer: Analyzer) -> None:
    text = "Trump tells crowd football has gone soft\n\nRENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he does not watch football."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _clusters(a)["Nevada"] == ("GPE", {"Nev."})  # '(AP)' is the dateline's agency, no name of Nevada
    a = _analyse(analyzer, "Court rules\n\nThe D.C. Circuit ruled on Friday in Washington, D.C., that the law stands.")
    assert _clusters(a)["D.C. Circuit"][1] == {"D.C. Circuit"}  # 'D.C.' is Washington, not the court's acronym


def test_a_word_the_model_ran_into_a_full_name_is_left_out(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Donald Trump spoke on Monday. “Certainly Donald Trump has gone in the opposite direction,” said the former press secretary. Marine Le Pen and Le Pen's party agreed.")
    clusters = _clusters(a)
    assert clusters["Donald Trump"] == ("PERSON", {"Donald Trump"}) and "Certainly Donald Trump" not in clusters
    assert "Marine Le Pen" in clusters  # a first name the list of given names lacks stays


def test_an_acronym_two_names_spell_stands_for_the_one_its_first_mention_follows(analyzer: Analyzer) -> None:
    text = (
        "The Republican National Committee met in Cleveland. The RNC said its rules were fair. "
        "Delegates at the Republican National Convention booed. The RNC chairman, Reince Priebus, spoke later."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Republican National Committee"] == ("ORG", {"Republican National Committee", "RNC"})
    assert clusters["Republican National Convention"] == ("ORG", {"Republican National Convention"})


def test_a_speaker_the_model_missed_is_a_person(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Public Defender Jeff Adachi said the verdict was just.\nAdachi added, “Jurors focused on the evidence.”\n"
        "10-20 Tory Brexiteers rejected the deal.",
    )
    label, names = _clusters(a)["Jeff Adachi"]
    assert label == "PERSON" and names == {"Jeff Adachi", "Adachi"}  # not Adachi, a ward of Tokyo
    adachi = next(e for e in a.entities if e.canonical == "Jeff Adachi")
    assert {m.origin for m in adachi.mentions} == {"speaker", "ner"}
    assert {q.speaker.entity for q in a.quotes if q.cue_lemma in ("say", "add")} == {adachi.id}
    assert not any(e.label == "PERSON" and "Brexiteers" in e.canonical for e in a.entities)  # a group, not a name


def test_names_the_model_ran_together_are_each_their_own(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "He said that the ally of Trump, John Bolton Richard Grenell, was there for the talks.\n"
        "The officials said that Attorney General Jeff Sessions San Francisco was in the city.\n"
        "She said that Robert Spencer & Pamela Geller wrote a book, and that Martin Luther King Jr was there. "
        "John Paul Jones said it.\n",
    )
    clusters = _clusters(a)
    for person in ("John Bolton", "Richard Grenell", "Jeff Sessions", "Robert Spencer", "Pamela Geller"):
        assert clusters[person][0] == "PERSON"
    assert clusters["San Francisco"][0] == "GPE"
    assert {"Martin Luther King Jr", "John Paul Jones"} <= set(clusters)  # a second given name inside keeps a name whole
    park = _clusters(_analyse(analyzer, "The protesters said they would march to Franklin Delano Roosevelt Park on Monday."))
    assert not {"Franklin Delano", "Roosevelt Park"} & set(park)


def test_a_name_ends_at_a_dash_set_off_by_spaces(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Voters backed Trump - 60 percent of them, the poll found.\nChris Ferrara • 2 hours ago\nThe vote was a disgrace.\n"
        "Dina Habib-Powell said the bank would help.",
    )
    names = set(_clusters(a))
    assert {"Trump", "Chris Ferrara"} <= names
    assert not any(" - " in name or "•" in name for name in names)
    assert "Dina Habib-Powell" in names  # a hyphen inside a name is no dash


def test_a_building_or_a_region_that_speaks_is_an_organisation(analyzer: Analyzer) -> None:
    a = _analyse(
        analyzer,
        "Buckingham Palace said the queen was well.\nNBC Bay Area reported that the fire was out.\n"
        "Article 39 says that the council must meet.\n",
    )
    clusters = _clusters(a)
    assert clusters["Buckingham Palace"][0] == "ORG" and clusters["NBC Bay Area"][0] == "ORG"
    assert clusters["Article 39"][0] == "LAW"  # a law's article says what it says


def test_a_word_in_lower_case_the_model_took_for_a_group_is_no_entity_unless_it_names_people_in_the_plural(analyzer: Analyzer) -> None:
    text = (
        "The creepy and totalitarian tone of the letter alarmed Catholic bishops. You have created a regime in which a "
        "refusal to desecrate the sacred species will be grounds for persecution of faithful priests, seminarians and laity."
    )
    names = {name for _, found in _clusters(_analyse(analyzer, text)).values() for name in found}
    assert not names & {"creepy", "totalitarian"} and "seminarians" in names


def test_another_name_of_a_smaller_city_is_a_place_of_that_name_and_of_a_large_one_that_city(analyzer: Analyzer) -> None:
    text = (
        "Families of the victims in Newtown met the senators in Central Park. A week later they flew to Cologne "
        "and then to Leningrad, as the city was called then."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert {"Newtown", "Central Park"} <= set(clusters) and not {"Tallahassee", "Bethpage"} & set(clusters)
    assert clusters["Köln"][1] == {"Cologne"} and clusters["Saint Petersburg"][1] == {"Leningrad"}


def test_a_city_whose_name_begins_with_the_keeps_it_when_the_text_leaves_it_out(analyzer: Analyzer) -> None:
    clusters = _clusters(_analyse(analyzer, "The case was heard in The Hague on Monday. Judges in Hague said the trial would go on."))
    assert "The Hague" in clusters and "Hague" not in clusters


def test_a_name_that_is_a_known_places_own_is_a_place_whatever_the_model_says_but_a_given_name_stays_a_person(analyzer: Analyzer) -> None:
    text = "So flagrant was his behaviour that it took intervention by Uruguay’s nuncio to have him removed. Jordan said he would not comment."
    labels = {e.canonical: e.label for e in _analyse(analyzer, text).entities}
    assert labels["Uruguay"] == "GPE" and labels["Jordan"] == "PERSON"


def test_a_capitalised_kind_of_person_counted_like_a_noun_is_no_name(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Sadiq Khan, an outspoken Remainer himself, called for a second referendum on Brexit. He is not a Freemason.")
    assert not {"Remainer", "Freemason"} & set(_clusters(a))
    b = _analyse(analyzer, "Kim Jong-un met Donald Trump in Singapore. Trump was backslapping a delighted Kim.")
    assert _clusters(b)["Kim Jong-un"] == ("PERSON", {"Kim Jong-un", "Kim"})  # a name the article gives in full stays one


def test_a_capitalised_word_named_like_a_thing_after_the_is_no_name_but_a_title_a_family_or_a_body_that_speaks_is(analyzer: Analyzer) -> None:
    text = (
        "The bishops sailed down the Danube after the Conclave. The Pope read from the Gospel, and the Clintons, "
        "Bill and Hillary Clinton, listened. The Synod said the vote would wait, according to the Enquirer."
    )
    names = _clusters(_analyse(analyzer, text))
    assert not {"Danube", "Conclave", "Gospel"} & set(names)  # named like things: 'the Danube', 'the Gospel'
    assert {"Synod", "Enquirer"} <= set(names)  # 'The Synod said', 'according to the Enquirer': who speaks is named
    assert "Hillary Clinton" in names


def test_a_stance_written_as_one_hyphenated_word_is_no_name_but_the_people_holding_it_are_a_group(analyzer: Analyzer) -> None:
    text = (
        "The pro-Clinton crowd and pro-Israel groups met on Monday. Anti-Semitism was discussed by the "
        "Anti-Defamation League, which fights anti-Semitism. Anti-Semites marched, and non-Muslims watched."
    )
    names = _clusters(_analyse(analyzer, text))
    assert not {"pro-Clinton", "pro-Israel", "Anti-Semitism", "anti-Semitism"} & set(names)
    assert "Anti-Defamation League" in names and names.get("Anti-Semites", ("", set()))[0] == "NORP"


def test_a_body_the_article_names_is_cut_from_the_person_s_name_the_model_ran_it_into(analyzer: Analyzer) -> None:
    text = "The White House said on Monday that the Obama White House had kept the emails. Obama declined to comment."
    names = _clusters(_analyse(analyzer, text))
    assert names["Obama"][0] == "PERSON" and names["White House"][0] == "ORG" and "Obama White House" not in names
    other = _clusters(_analyse(analyzer, "Mayor Karen Freeman-Wilson spoke. Freeman-Wilson said the plan would work."))
    assert "Karen Freeman-Wilson" in other  # a surname is no body, whatever the model makes of it elsewhere


def test_a_given_name_the_model_took_for_a_place_no_gazetteer_knows_is_a_person(analyzer: Analyzer) -> None:
    names = _clusters(_analyse(analyzer, "The aides named are Imran Awan and his brothers Abid and Jamal. Jamal left for Pakistan."))
    assert names["Jamal"][0] == "PERSON" and names["Pakistan"][0] == "GPE"


def test_the_portfolio_a_title_is_written_with_names_no_organisation(analyzer: Analyzer) -> None:
    text = (
        "Secretary of State Mike Pompeo said on Monday that the Secretary of Defense would travel. "
        "The Secretary of the Treasury and the State Department agreed, Minister of Defence Ali Khan said. "
        "The secretary of the Pontifical Council for Legislative Texts wrote to him. "
        "Home Secretary Sajid Javid said the ban was right, and the Justice Secretary agreed. "
        "Indian External Affairs Minister S. Jaishankar said relations had improved."
    )
    a = _analyse(analyzer, text)
    names = _clusters(a)
    assert not {"State", "Defense", "Defence", "Home", "Justice", "Indian External Affairs", "External Affairs"} & set(names)
    assert {"Treasury", "State Department", "Mike Pompeo", "Ali Khan"} <= set(names)  # 'of the Treasury' names the body
    assert any(name.startswith("Pontifical Council") for name in names)
    assert {a.text_of(q.speaker.span) for q in a.quotes if q.speaker.span} >= {"Secretary of State Mike Pompeo"}


def test_a_given_name_before_a_month_is_a_person_the_model_read_as_a_date(analyzer: Analyzer) -> None:
    text = "Theresa May’s relentlessly appeasement-minded government admitted two preachers. Will May survive? In May, the vote failed."
    a = _analyse(analyzer, text)
    (person,) = [e for e in a.entities if e.label == "PERSON"]
    assert person.canonical == "Theresa May" and [(a.text_of(m), m.origin) for m in person.mentions] == [("Theresa May", "given_name"), ("May", "same_name")]
    assert [a.text_of(t) for t in a.timexes] == ["May"]  # 'In May' is the date; 'Theresa May' and 'Will May' (she) are not


def test_a_hyphenated_given_name_starts_a_person_s_name(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Theresa May met Jean-Claude Juncker in Brussels on Monday. Mr. Juncker made it clear there was nothing better.")
    assert _clusters(a)["Jean-Claude Juncker"] == ("PERSON", {"Jean-Claude Juncker", "Juncker"})


def test_an_interjection_a_title_cut_from_its_name_and_an_outlet_are_no_people(analyzer: Analyzer) -> None:
    text = (
        "Nah, I don’t have no problems with Farrakhan, Davis said.\n"
        "One of the world’s most renowned theologians, Fr.\nThomas Weinandy, wrote the letter.\n"
        "Politico reported the letter on Monday, and POLITICO Magazine printed it."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert not {"Nah", "Fr", "Fr."} & set(clusters)
    assert (clusters["Politico"][0], clusters["POLITICO Magazine"][0]) == ("ORG", "ORG")


def test_a_country_the_model_took_for_a_body_or_a_building_is_a_place(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The health ministry of Sierra Leone reported 12 new cases on Monday. Pope Francis spoke at the Vatican on Sunday.")
    clusters = _clusters(a)
    assert (clusters["Sierra Leone"][0], clusters["Vatican"][0]) == ("GPE", "GPE")


def test_a_group_and_one_of_its_members_named_alike_are_one_entity_named_by_the_group(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "The Republican leader said the vote would wait. Republicans blocked the bill, and the Tories agreed with a Tory peer.")
    clusters = _clusters(a)
    assert clusters["Republicans"] == ("NORP", {"Republican", "Republicans"})
    assert "Republican" not in clusters


def test_a_title_and_a_name_the_model_took_for_a_body_are_a_person(analyzer: Analyzer) -> None:
    text = (
        "Chilean Cardinal Francisco Javier Errázuriz said so. King Nebuchadnezzar threw them into the furnace. "
        "This point was brought out by Pope Pius XII in an address to Italian Catholic jurists on May 12, 1954. "
        "Students of Queen Mary University protested."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Francisco Javier Errázuriz"] == ("PERSON", {"Francisco Javier Errázuriz"})  # 'Chilean' is no part of the name
    assert (clusters["King Nebuchadnezzar"][0], clusters["Pope Pius XII"][0]) == ("PERSON", "PERSON")
    assert clusters["Queen Mary University"][0] == "ORG"


def test_a_country_named_with_an_abbreviation_like_a_title_is_the_country(analyzer: Analyzer) -> None:
    text = "Ebola reached Mbandaka, a city in DR Congo. Health workers in DR Congo are vaccinating people. The WHO said the risk in DR Congo was high."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Democratic Republic of the Congo"] == ("GPE", {"DR Congo", "Congo"})  # the model split the third in two


def test_the_abbreviated_title_of_an_attorney_general_is_no_part_of_the_name(analyzer: Analyzer) -> None:
    text = (
        "Attorney General William Barr received the report on Friday. AG Barr said he would tell Congress soon. "
        "Mueller Report Being Reviewed By A.G. Barr On Saturday, CNN reported."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["William Barr"] == ("PERSON", {"William Barr", "Barr"})
    assert not {"AG Barr", "A.G. Barr"} & set(clusters)


def test_a_lone_surname_the_model_took_for_a_people_joins_the_full_name_unless_the_text_writes_it_as_an_adjective(analyzer: Analyzer) -> None:
    person = _clusters(_analyse(analyzer, "Mark Cuban backed Clinton on Monday. Cuban said Trump was unfit. Later, Cuban added that he would vote."))
    assert person["Mark Cuban"] == ("PERSON", {"Mark Cuban", "Cuban"})
    people = _clusters(_analyse(analyzer, "Mark Cuban backed Clinton on Monday. Cuban said Trump was unfit. Cuban officials declined to comment."))
    assert people["Mark Cuban"] == ("PERSON", {"Mark Cuban"})  # one 'Cuban' is the people's adjective: the name stays apart


def test_a_word_that_opens_the_sentence_before_a_name_is_no_part_of_it(analyzer: Analyzer) -> None:
    # PTC: 'Concerning Maradiaga' was a person apart from 'Rodriguez Maradiaga', 'Regarding Cupich' another
    a = _analyse(analyzer, "The cardinal spoke on Sunday.\nConcerning Maradiaga, the Pope knew everything.\nRodriguez Maradiaga denied it.")
    assert _clusters(a)["Rodriguez Maradiaga"] == ("PERSON", {"Maradiaga", "Rodriguez Maradiaga"})
    a = _analyse(analyzer, "Gareth Porter wrote about the embassy.\nRead Porter’s article here.\nSorry Hillary, we don’t think the crowd agreed.")
    assert "Read Porter" not in _clusters(a) and "Sorry Hillary" not in _clusters(a)
    kept = _analyse(analyzer, "The senator spoke on Sunday.\nKelly Ayotte said she would vote no.\nHope Hicks declined to comment.\nOlly Robbins met them.")
    assert {"Kelly Ayotte", "Hope Hicks", "Olly Robbins"} <= {e.canonical for e in kept.entities}  # given names open sentences too


def test_a_person_is_called_by_a_name_rather_than_by_a_title(analyzer: Analyzer) -> None:
    # PTC: the pope was the entity 'Pope', from the headline, and so the speaker of 13 quotes
    text = "Pope admits Church has ignored the problem\n\nVATICAN CITY — Pope Francis on Monday asked forgiveness.\nFrancis said the pain was long ignored."
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    (pope,) = [e for e in a.entities if e.label == "PERSON"]
    assert pope.canonical == "Francis"


def test_a_person_named_after_the_office_of_a_title_is_a_person(analyzer: Analyzer) -> None:
    # PTC: 'Secretary of State Tillerson' was the organisation 'State Tillerson'
    a = _analyse(analyzer, "Secretary of State Tillerson gave Syria the news Wednesday.\nThe Secretary of the Treasury met him.")
    assert ("PERSON", "Tillerson") in {(e.label, e.canonical) for e in a.entities}
    assert "Treasury" in {e.canonical for e in a.entities}  # a body after its secretary's title stays one
    a = _analyse(analyzer, "Speaker of the House Nancy Pelosi and Senate Minority Leader Chuck Schumer said the report must be released.")
    assert ("PERSON", "Nancy Pelosi") in {(e.label, e.canonical) for e in a.entities}  # not the organisation 'House Nancy Pelosi'
    a = _analyse(analyzer, "He met the president of the University of Virginia and the Secretary of the Episcopal Conference.")
    assert not [e for e in a.entities if e.label == "PERSON"]  # no given name 'Virginia', no secretary named 'Conference'


def test_a_name_written_before_its_region_s_noun_is_a_place(analyzer: Analyzer) -> None:
    text = (
        "Air defense systems shot down 12 Ukrainian drones over the Belgorod and Kursk regions overnight. "
        "Shelling hit the Kherson region on Monday. How about the people in the Catalan region of Spain? The JCS detected "
        "the launches from the Sariwon area in North Hwanghae Province. Tinubu declared a state of emergency in the "
        "oil-producing Rivers state."
    )
    labels = {name: label for name, (label, _) in _clusters(_analyse(analyzer, text)).items()}
    assert labels["Belgorod"] == labels["Kursk"] == labels["Kherson"] == labels["Sariwon"] == labels["Rivers"] == "GPE"  # the model: peoples
    assert labels["Catalan"] == "NORP"  # a people's name no gazetteer knows: the region's adjective


def test_a_rank_of_two_words_is_no_part_of_the_name(analyzer: Analyzer) -> None:
    text = "The ministry's spokesman, Lieutenant General Igor Konashenkov, added that the regime had suffered heavy losses."
    assert _clusters(_analyse(analyzer, text))["Igor Konashenkov"] == ("PERSON", {"Igor Konashenkov"})


def test_a_family_name_written_first_joins_the_full_name_it_opens(analyzer: Analyzer) -> None:
    text = (
        "\"The Taiwan question is China's internal affair, which brooks no foreign interference,\" spokesperson Wang Wenbin "
        "told a daily press briefing. Wang said the U.S. side should stop sending wrong signals to separatist forces."
    )
    a = _analyse(analyzer, text)
    assert _clusters(a)["Wang Wenbin"] == ("PERSON", {"Wang Wenbin", "Wang"})  # the model takes the lone 'Wang' for a body
    canonical = {e.id: e.canonical for e in a.entities}
    assert [canonical.get(q.speaker.entity or "") for q in a.quotes] == ["Wang Wenbin", "Wang Wenbin"]


def test_hezbollah_is_a_body(analyzer: Analyzer) -> None:
    text = "The aid came after the Hezbollah war with Israel. Kataib Hezbollah denied the claim."
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Hezbollah"][0] == "ORG" and clusters["Kataib Hezbollah"][0] == "ORG"


def test_agencies_of_state_news_are_bodies_and_a_crown_prince_s_title_is_no_part_of_his_name(analyzer: Analyzer) -> None:
    text = (
        "RIA Novosti reported that the talks had failed, Interfax said. The Fars news agency said the drone was shot down over "
        "Fars province. In remarks carried by WAM, Saudi Crown Prince Mohammed bin Salman said the kingdom supported the plan."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert all(clusters[name][0] == "ORG" for name in ("RIA Novosti", "Interfax", "Fars news agency", "WAM"))
    assert clusters["Fars"][0] == "GPE"  # the province keeps its name
    assert clusters["Mohammed bin Salman"] == ("PERSON", {"Mohammed bin Salman"})


def test_names_the_list_of_known_entities_gives_one_body_are_one_entity(analyzer: Analyzer) -> None:
    text = (
        "The Islamic State group (ISIS) claimed the attack. Iraqi officials blamed Daesh for the bombing. ISIL fighters fled. "
        "Kataib Hezbollah and Kata'ib Hizballah are one group. HTS leader Abu Mohammed al-Jolani, whose real name is Ahmed al-Sharaa, "
        "spoke. Al-Sharaa later met the envoy."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Islamic State"] == ("ORG", {"Islamic State", "ISIS", "Daesh", "ISIL"})  # not 'Islamic', a people
    assert clusters["Kataib Hezbollah"] == ("ORG", {"Kataib Hezbollah", "Kata'ib Hizballah"})
    assert clusters["Abu Mohammed al-Jolani"] == ("PERSON", {"Abu Mohammed al-Jolani", "Ahmed al-Sharaa", "Al-Sharaa"})


def test_a_gulf_brief_of_names_with_bin_and_al_is_english(analyzer: Analyzer) -> None:
    text = (
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said mediators were optimistic.\n\n"
        "Sheikh Tamim bin Hamad Al Thani met the president.\n\nEmir Sheikh Tamim bin Hamad Al-Thani said so."
    )
    a = _analyse(analyzer, text)
    assert a.language == "en"
    clusters = _clusters(a)
    assert clusters["Mohammed bin Abdulrahman Al Thani"] == ("PERSON", {"Mohammed bin Abdulrahman Al Thani"})
    assert clusters["Tamim bin Hamad Al Thani"] == ("PERSON", {"Tamim bin Hamad Al Thani", "Tamim bin Hamad Al-Thani"})
    assert len([e for e in a.entities if e.label == "PERSON"]) == 2


def test_kiev_the_model_takes_for_a_person_is_the_city(analyzer: Analyzer) -> None:
    a = _analyse(analyzer, "Moscow is ready for talks with Kiev, but only on the basis of the new realities. Zaporizhzhia and Kherson came under fire.")
    clusters = _clusters(a)
    assert clusters["Kyiv"] == ("GPE", {"Kiev"})
    assert clusters["Zaporizhzhia"][0] == clusters["Kherson"][0] == "GPE"


def test_a_party_named_without_the_word_party_is_the_party(analyzer: Analyzer) -> None:
    text = (
        "Britain's opposition Labour Party on Wednesday accused the government. "
        "Labour's finance spokeswoman Rachel Reeves said families were hurting."
    )
    assert _clusters(_analyse(analyzer, text))["Labour Party"] == ("ORG", {"Labour Party", "Labour"})


def test_an_agency_whose_name_holds_and_is_one_body(analyzer: Analyzer) -> None:
    text = "According to Customs and Border Protection data, agents made 191,000 apprehensions. CBP said the numbers fell."
    assert _clusters(_analyse(analyzer, text))["Customs and Border Protection"] == ("ORG", {"Customs and Border Protection", "CBP"})


def test_a_maulana_title_is_no_part_of_the_imam_s_name(analyzer: Analyzer) -> None:
    text = "The imam, Maulana Shafayat Mohamed, is notorious. Shafayat Mohamed is the imam of the institute."
    assert _clusters(_analyse(analyzer, text))["Shafayat Mohamed"][0] == "PERSON"
    assert len(_analyse(analyzer, text).entities) == 1


def test_an_acronym_after_a_place_it_does_not_spell_names_a_body(analyzer: Analyzer) -> None:
    text = (
        "The United Nations mission in Iraq (UNAMI) said it was deeply concerned. "
        "Officials in the United Arab Emirates (UAE) agreed."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Iraq"] == ("GPE", {"Iraq"}) and clusters["UNAMI"] == ("ORG", {"UNAMI"})
    assert clusters["United Arab Emirates"] == ("GPE", {"United Arab Emirates", "UAE"})


def test_a_body_named_by_the_last_word_of_its_name_is_the_one_body_named_with_it(analyzer: Analyzer) -> None:
    text = (
        "The European Commission unveiled a plan on Monday. Commission spokesman Eric Mamer insisted the plan was fair. "
        "The White House said the House would vote on Friday."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["European Commission"] == ("ORG", {"European Commission", "Commission"})
    assert clusters["White House"] == ("ORG", {"White House"})
    two = _clusters(_analyse(analyzer, "The Foreign Ministry and the Defense Ministry disagreed. Ministry officials said nothing."))
    assert two["Foreign Ministry"] == ("ORG", {"Foreign Ministry"}) and two["Defense Ministry"] == ("ORG", {"Defense Ministry"})


def test_a_name_whose_al_part_the_model_read_as_a_people_is_the_person_s(analyzer: Analyzer) -> None:
    text = (
        "Ansarullah leader Sayyed Abdul-Malik al-Houthi had warned that any aggression would be met with a strong response. "
        "Abu Bakr al-Baghdadi said so."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Abdul-Malik al-Houthi"][0] == clusters["Abu Bakr al-Baghdadi"][0] == "PERSON"
    assert clusters["Ansarullah"] == ("ORG", {"Ansarullah"})


def test_a_state_s_official_name_and_its_head_word_alone_are_the_state(analyzer: Analyzer) -> None:
    text = (
        "RIYADH, Nov. 22 (SPA) -- The Kingdom of Saudi Arabia welcomed the extension of the truce in Yemen. "
        "The ministry expressed the Kingdom's hope that the extension would lead to a political solution. "
        "Saudi Arabia will host the talks."
    )
    assert _clusters(_analyse(analyzer, text))["Saudi Arabia"] == ("GPE", {"Kingdom of Saudi Arabia", "Kingdom", "Saudi Arabia"})
    text = "Venezuela rejected the deployment. Foreign Minister Yván Gil said the Bolivarian Republic will defend its sovereignty."
    assert _clusters(_analyse(analyzer, text))["Venezuela"] == ("GPE", {"Venezuela", "Bolivarian Republic"})


def test_a_body_named_by_its_last_words_alone_is_the_one_body_with_them(analyzer: Analyzer) -> None:
    text = (
        "The Yemeni Armed Forces announced on Sunday that they targeted a ship in the Red Sea. "
        "Armed Forces spokesman Brigadier General Yahya Saree said in a statement that the operation would go on."
    )
    assert _clusters(_analyse(analyzer, text))["Yemeni Armed Forces"] == ("ORG", {"Yemeni Armed Forces", "Armed Forces"})
    text = "The Obama Justice Department threatened him with prosecution. The Justice Department declined to comment on Tuesday."
    assert "Justice Department" not in _clusters(_analyse(analyzer, text))["Obama Justice Department"][1]


def test_a_body_named_for_what_it_does_is_one_and_an_acronym_that_speaks_is_a_body(analyzer: Analyzer) -> None:
    text = (
        "According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), only 12 of 91 missions were facilitated.\n\n"
        "COGAT, the Israeli defence ministry body that coordinates aid, said it had facilitated the entry of more than 500 trucks "
        "last week and blamed the UN for logistical failures."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["UN Office for the Coordination of Humanitarian Affairs"] == ("ORG", {"UN Office for the Coordination of Humanitarian Affairs", "OCHA"})
    assert clusters["COGAT"] == ("ORG", {"COGAT"})
    office = _clusters(_analyse(analyzer, "Viktor Orban spoke in Budapest.\n\nThe PM said asylum seekers must cross four countries."))
    assert "PM" not in office  # a person's office, no body
    assert _clusters(_analyse(analyzer, "The wall will be built. POTUS said the funding was secured on Monday.")).get("POTUS", ("PERSON",))[0] != "ORG"


def test_a_role_s_office_is_one_body(analyzer: Analyzer) -> None:
    text = "The agent has been charged with high treason and faces life imprisonment, the Prosecutor General's Office said."
    assert _clusters(_analyse(analyzer, text))["Prosecutor General's Office"] == ("ORG", {"Prosecutor General's Office"})


def test_a_portuguese_name_is_called_by_the_word_before_its_particle(analyzer: Analyzer) -> None:
    text = (
        "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday. "
        "For his part, Lula said Brazil welcomes more Chinese investment."
    )
    assert _clusters(_analyse(analyzer, text))["Luiz Inacio Lula da Silva"] == ("PERSON", {"Luiz Inacio Lula da Silva", "Lula"})


def test_reform_uk_is_one_body(analyzer: Analyzer) -> None:
    text = "Nigel Farage, the Reform UK leader, said the plan was bad. Reform UK won two seats."
    assert _clusters(_analyse(analyzer, text))["Reform UK"] == ("ORG", {"Reform UK"})


def test_names_the_model_left_untagged_whole_or_in_part_are_read(analyzer: Analyzer) -> None:
    text = (
        "Defense Minister Vladimir Padrino Lopez assured that the armed forces remain loyal.\n\n"
        "- Bishop Thomas Olmsted of Phoenix, Arizona, issued a statement.\n\n"
        "The Foreign and Expatriates Ministry affirmed that the presence of foreign forces is illegitimate.\n\n"
        "Kharkiv Mayor Ihor Terekhov said on Telegram that a girl was among the wounded."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Ihor Terekhov"] == ("PERSON", {"Ihor Terekhov"})  # a given name the census list lacks, after a role, speaking
    presidency = _clusters(_analyse(analyzer, "The Palestinian Presidency strongly condemned the raid on the camp."))
    assert presidency["Palestinian Presidency"] == ("ORG", {"Palestinian Presidency"})  # the people's name tagged, the body not
    ranked = _clusters(_analyse(analyzer, "IDF spokesman Rear Adm. Daniel Hagari said in a televised briefing that the strikes went on."))
    assert "Rear Adm." not in ranked and ranked["Daniel Hagari"] == ("PERSON", {"Daniel Hagari"})  # a rank is no name
    assert clusters["Vladimir Padrino Lopez"] == ("PERSON", {"Vladimir Padrino Lopez"})
    assert clusters["Thomas Olmsted"] == ("PERSON", {"Thomas Olmsted"})
    assert clusters["Foreign and Expatriates Ministry"] == ("ORG", {"Foreign and Expatriates Ministry"})
    not_names = (
        "Her campaign sent an email titled “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump.”\n\n"
        "No one noticed Louis Farrakhan's Saviours’ Day 2018 Address in which he spoke."
    )
    people = {name for name, (label, _) in _clusters(_analyse(analyzer, not_names)).items() if label == "PERSON"}
    assert people == {"Paul Ryan", "Louis Farrakhan"}


def test_a_state_and_its_leader_after_a_title_of_it_are_read_apart(analyzer: Analyzer) -> None:
    text = (
        "Vladimir Putin held talks with Prime Minister of India Narendra Modi. He also spoke with President of the Republic of "
        "Türkiye Recep Tayyip Erdogan and President of Brazil Luiz Inacio Lula da Silva.\n\nRecep Tayyip Erdogan thanked him. "
        "Türkiye will host the next round. Downing Street said the talks were useful."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Downing Street"] == ("ORG", {"Downing Street"})
    assert clusters["India"] == ("GPE", {"India"}) and clusters["Narendra Modi"] == ("PERSON", {"Narendra Modi"})
    assert clusters["Turkey"] == ("GPE", {"Republic of Türkiye", "Türkiye"})
    assert clusters["Recep Tayyip Erdogan"] == ("PERSON", {"Recep Tayyip Erdogan"})
    assert clusters["Luiz Inacio Lula da Silva"] == ("PERSON", {"Luiz Inacio Lula da Silva"})


def test_a_name_is_read_without_a_word_in_lower_case_before_it_and_with_its_particles(analyzer: Analyzer) -> None:
    text = (
        "“I declare martial law to protect the free Republic of Korea,” Yoon Suk Yeol said.\n\n"
        "European Commission President Ursula von der Leyen wrote on X. The package was ready, she said."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["South Korea"] == ("GPE", {"Republic of Korea"})
    assert clusters["Ursula von der Leyen"] == ("PERSON", {"Ursula von der Leyen"})
    assert clusters["X"] == ("ORG", {"X"})  # the platform, no initial: the sentence ends with it
    text = '"This is a clear message to Moscow," European Commission President Ursula von der Leyen told reporters.'
    clusters = _clusters(_analyse(analyzer, text))  # the model: 'Ursula von' a person, 'der' nothing, 'Leyen' a place
    assert clusters["Ursula von der Leyen"] == ("PERSON", {"Ursula von der Leyen"}) and "Leyen" not in clusters


def test_a_degree_after_a_name_is_no_alias_and_a_first_name_alone_that_speaks_is_the_person_s(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Abiy Ahmed (PhD) said Ethiopia's quest for access to the sea is a matter of existence.\n\n"
        "Abiy further noted that the government has registered remarkable achievements in the economic sector. "
        "He spoke to the House of Peoples' Representatives."
    )
    a = _analyse(analyzer, text)
    assert _clusters(a)["Abiy Ahmed"] == ("PERSON", {"Abiy Ahmed", "Abiy"})
    assert _clusters(a)["House of Peoples' Representatives"][0] == "ORG"  # a name with a plural owner inside, no owner and what it owns
    canonical = {e.id: e.canonical for e in a.entities}
    assert [canonical.get(q.speaker.entity or "") for q in a.quotes] == ["Abiy Ahmed", "Abiy Ahmed"]


def test_malaysia_s_titles_of_honour_are_no_names_and_wisma_putra_is_its_foreign_ministry(analyzer: Analyzer) -> None:
    text = (
        "Foreign Minister Datuk Seri Mohamad Hasan said Wisma Putra had summoned the ambassador of a Western country. "
        "Prime Minister Datuk Seri Anwar Ibrahim said the government would stay neutral."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert "Datuk Seri" not in clusters and clusters["Mohamad Hasan"] == ("PERSON", {"Mohamad Hasan"})
    assert clusters["Anwar Ibrahim"] == ("PERSON", {"Anwar Ibrahim"})
    assert clusters["Wisma Putra"] == ("ORG", {"Wisma Putra"})


def test_a_name_set_off_by_a_party_s_leader_is_a_person(analyzer: Analyzer) -> None:
    clusters = _clusters(_analyse(analyzer, "Kemi Badenoch, the Conservative leader, said the prime minister had flip-flopped yet again."))
    assert clusters["Kemi Badenoch"] == ("PERSON", {"Kemi Badenoch"})  # the model's place


def test_parliaments_the_model_takes_for_a_person_or_a_place_are_bodies(analyzer: Analyzer) -> None:
    text = (
        "Opposition MPs staged a walkout in the Lok Sabha on Monday after Speaker Om Birla refused a debate. "
        "Members of the Oireachtas and the Majlis voted on the budget."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert [clusters[name][0] for name in ("Lok Sabha", "Oireachtas", "Majlis")] == ["ORG", "ORG", "ORG"]


def test_a_city_the_model_took_for_a_person_is_a_place_in_a_story_naming_its_country(analyzer: Analyzer) -> None:
    text = "M23 rebels seized Goma on Monday, the U.N. said. Rebels entered Goma late on Sunday, residents of the eastern Congo city said."
    assert _clusters(_analyse(analyzer, text))["Goma"][0] == "GPE"
    elsewhere = "M23 rebels seized Goma on Monday, the U.N. said. Rebels entered Goma late on Sunday."
    assert _clusters(_analyse(analyzer, elsewhere))["Goma"][0] == "PERSON"  # no country: nothing tells the model wrong


def test_a_city_named_like_a_person_who_acts_stays_a_person(analyzer: Analyzer) -> None:
    text = "Bolton said the United States would impose sanctions. Bolton added that Washington would not wait."
    assert _clusters(_analyse(analyzer, text))["Bolton"][0] == "PERSON"


def test_a_name_after_an_outlet_s_noun_is_the_outlet(analyzer: Analyzer) -> None:
    text = (
        "A junta spokesman told state broadcaster Tele Sahel that French troops must leave. The minister told private "
        "broadcaster Joy News that prices would fall. He told the daily Kommersant that talks had stalled. Veteran "
        "broadcaster David Dimbleby said the debate was lively."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert [clusters[name][0] for name in ("Tele Sahel", "Joy News", "Kommersant", "David Dimbleby")] == ["ORG", "ORG", "ORG", "PERSON"]


def test_a_common_word_opening_a_headline_is_no_body(analyzer: Analyzer) -> None:
    text = "Junta leader vows to hold elections\nNiger's junta leader General Abdourahamane Tiani said on Sunday that elections would be held."
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert "Junta" not in _clusters(analysis)


def test_a_parliament_s_leader_of_opposition_is_a_title_not_a_body(analyzer: Analyzer) -> None:
    text = "The Leader of Opposition in the Lok Sabha, Rahul Gandhi, said the BJP was only interested in elections."
    clusters = _clusters(_analyse(analyzer, text))
    assert "Leader of Opposition" not in clusters and clusters["Lok Sabha"][0] == "ORG"


def test_a_given_name_with_an_accent_starts_a_person_s_name_and_a_ministry_s_building_is_the_ministry(analyzer: Analyzer) -> None:
    text = (
        "Nicolás Maduro accused opposition leader María Corina Machado of plotting a coup. Machado rejected the accusations. "
        "Brazil's foreign ministry, known as Itamaraty, said it was following the situation."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["María Corina Machado"] == ("PERSON", {"María Corina Machado", "Machado"})
    assert clusters["Itamaraty"][0] == "ORG"


def test_pakistan_s_titles_and_a_party_s_other_spelling(analyzer: Analyzer) -> None:
    text = (
        "The Pakistan Tehreek-i-Insaf (PTI) on Friday announced a nationwide protest, with party chairman Barrister Gohar "
        "Ali Khan saying the government was not serious."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Pakistan Tehreek-i-Insaf"] == ("ORG", {"Pakistan Tehreek-i-Insaf", "PTI"})
    assert clusters["Gohar Ali Khan"][0] == "PERSON" and "Pakistan" not in clusters
    text = "BRUSSELS, Dec 16 (Reuters) - European Union foreign ministers approved a package of sanctions, the EU said."
    assert _clusters(_analyse(analyzer, text))["European Union"] == ("ORG", {"European Union", "EU"})


def test_a_given_name_alone_after_a_role_is_a_person(analyzer: Analyzer) -> None:
    text = '"We are fighting for our European future," 23-year-old student Nino told AFP.'
    assert _clusters(_analyse(analyzer, text))["Nino"][0] == "PERSON"


def test_a_name_before_a_weapon_s_noun_is_the_weapon_not_a_person(analyzer: Analyzer) -> None:
    text = "According to the head of state, the Oreshnik missile system has no analogues in the world."
    assert _clusters(_analyse(analyzer, text))["Oreshnik"][0] == "PRODUCT"


def test_a_name_before_corridor_is_a_place(analyzer: Analyzer) -> None:
    text = "Israeli troops will stay in the Netzarim corridor, an official said. Armenia lost the Lachin corridor in 2023."
    clusters = _clusters(_analyse(analyzer, text))
    assert (clusters["Netzarim"][0], clusters["Lachin"][0]) == ("GPE", "GPE")


def test_two_places_hyphenated_are_two_places_and_a_place_named_with_a_hyphen_is_one(analyzer: Analyzer) -> None:
    text = (
        "Xi called for elevating China-Africa relations. Leaders of Guinea-Bissau, Timor-Leste and the German state of "
        "Schleswig-Holstein attended."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert "China-Africa" not in clusters and clusters["China"][0] == "GPE" and clusters["Africa"][0] == "LOC"
    assert [clusters[name][0] for name in ("Guinea-Bissau", "Timor Leste", "Schleswig-Holstein")] == ["GPE", "GPE", "GPE"]


def test_a_full_name_the_model_missed_after_the_role_introducing_it_is_a_person(analyzer: Analyzer) -> None:
    text = (
        "MOSCOW, Nov. 10 (TASS) - The collective West has declared a total hybrid war on Russia, Russian Foreign Minister "
        "Sergey Lavrov told a press conference on Thursday following talks with his Egyptian counterpart Sameh Shoukry.\n"
        "Shoukry, for his part, noted that Egypt supported a political settlement of the conflict."
    )
    assert _clusters(_analyse(analyzer, text))["Sameh Shoukry"] == ("PERSON", {"Sameh Shoukry", "Shoukry"})


def test_bodies_named_in_capitals_the_model_missed_are_bodies(analyzer: Analyzer) -> None:
    text = (
        "The Anti-Corruption Commission welcomed the verdict. The Israeli Prime Minister's Office said in response that Hamas "
        "was lying. The Clark County Coroner's Office identified the victim. The Wad al-Noura Resistance Committee, a local "
        "activist group, said the village was shelled."
    )
    clusters = _clusters(_analyse(analyzer, text))
    names = ("Anti-Corruption Commission", "Prime Minister's Office", "Clark County Coroner's Office", "Wad al-Noura Resistance Committee")
    assert [clusters[name][0] for name in names] == ["ORG", "ORG", "ORG", "ORG"]


def test_a_magistrate_s_title_is_no_part_of_the_name(analyzer: Analyzer) -> None:
    text = "Magistrate Fines Mayo said the state had proved its case. \"The court finds that the accused failed,\" Mayo said."
    assert _clusters(_analyse(analyzer, text))["Fines Mayo"] == ("PERSON", {"Fines Mayo", "Mayo"})


def test_holidays_and_time_zones_are_no_entities(analyzer: Analyzer) -> None:
    text = (
        "10:45 GMT - The pope spoke in an Easter message. Muslims marked Eid al-Fitr after Ramadan, Jews marked Passover and "
        "Hanukkah, and Hindus celebrated Diwali."
    )
    assert set(_clusters(_analyse(analyzer, text))) == {"Muslims", "Jews", "Hindus"}


def test_an_administration_named_for_a_president_in_a_headline_is_the_president_s(analyzer: Analyzer) -> None:
    text = (
        "Biden administration quietly expands parole program, critics say\nThe Biden administration has quietly expanded "
        "a program that allows migrants to fly directly into the United States."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _clusters(a)["Biden"][0] == "PERSON"


def test_features_of_the_south_china_sea_are_one_place_by_each_side_s_name(analyzer: Analyzer) -> None:
    text = (
        "A Philippine ship approached a Chinese vessel near Ren'ai Jiao on Monday, the China Coast Guard said. Ren'ai Jiao, "
        "known in the Philippines as Ayungin Shoal, is part of China's Nansha Qundao."
    )
    clusters = _clusters(_analyse(analyzer, text))
    assert clusters["Second Thomas Shoal"] == ("LOC", {"Ren'ai Jiao", "Ayungin Shoal"}) and clusters["Spratly Islands"][0] == "LOC"


def test_a_party_named_with_the_word_party_after_it_is_the_party(analyzer: Analyzer) -> None:
    text = (
        "President Salome Zourabichvili, who is at odds with the ruling Georgian Dream party, has vowed to veto the law. "
        "Georgian Dream says the law is needed to promote transparency."
    )
    assert _clusters(_analyse(analyzer, text))["Georgian Dream"] == ("ORG", {"Georgian Dream"})


def test_a_ship_is_no_person_and_its_name_alone_is_the_ship(analyzer: Analyzer) -> None:
    text = (
        "The Houthis targeted the American destroyer USS Gravely in the Red Sea, their spokesman said. The US Central "
        "Command said the missile was shot down by the Gravely."
    )
    assert _clusters(_analyse(analyzer, text))["USS Gravely"] == ("PRODUCT", {"USS Gravely", "Gravely"})


def test_people_named_by_their_role_opening_a_sentence_are_no_entity(analyzer: Analyzer) -> None:
    text = (
        "BRUSSELS, Feb 1 (Reuters) - European Union leaders agreed on Thursday a new 50 billion euro ($54 billion) aid "
        "package for Ukraine after Hungarian Prime Minister Viktor Orban dropped his veto, European Council President "
        'Charles Michel said.\n"We have a deal," Michel wrote on X. "Unity."\nDiplomats said Orban had been given '
        "assurances that the money would be reviewed annually, but no veto over its disbursement."
    )
    assert "Diplomats" not in _clusters(_analyse(analyzer, text))


def test_a_breakaway_region_the_model_takes_for_a_people_is_a_place(analyzer: Analyzer) -> None:
    text = "Landlocked Ethiopia signed a preliminary agreement on Monday to use Somaliland's Berbera port."
    assert _clusters(_analyse(analyzer, text))["Somaliland"][0] == "GPE"


def test_a_name_the_model_ran_into_the_title_before_it_is_a_person(analyzer: Analyzer) -> None:
    text = "Moscow has requested an urgent meeting of the UN Security Council, Russia's Permanent Representative Vassily Nebenzia said."
    assert _clusters(_analyse(analyzer, text))["Vassily Nebenzia"][0] == "PERSON"


def test_an_armed_group_s_short_name_is_the_group(analyzer: Analyzer) -> None:
    text = "Harakat al-Nujaba said it would fight on. A commander of the Nujaba movement was killed in a drone strike."
    assert _clusters(_analyse(analyzer, text))["Harakat al-Nujaba"] == ("ORG", {"Harakat al-Nujaba", "Nujaba"})


def test_a_ship_named_after_its_noun_is_no_person(analyzer: Analyzer) -> None:
    text = 'The naval forces had targeted the ship "Maersk Sentosa" and the tanker Marlin Luanda with missiles.'
    clusters = _clusters(_analyse(analyzer, text))
    assert (clusters["Maersk Sentosa"][0], clusters["Marlin Luanda"][0]) == ("PRODUCT", "PRODUCT")


def test_a_region_on_india_s_border_with_china_is_a_place(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Narendra Modi and Chinese President Xi Jinping on Wednesday agreed to resume bilateral dialogue "
        "mechanisms, days after the two sides reached a pact on patrolling along the Line of Actual Control (LAC) in "
        "eastern Ladakh."
    )
    assert _clusters(_analyse(analyzer, text))["Ladakh"][0] == "GPE"


def test_a_state_s_body_named_by_its_noun_alone_is_no_entity(analyzer: Analyzer) -> None:
    text = "Russia's Embassy in Washington did not immediately respond to a request for comment."
    assert set(_clusters(_analyse(analyzer, text))) == {"Russia", "Washington"}


def test_a_name_before_the_noun_of_a_news_outlet_is_the_outlet(analyzer: Analyzer) -> None:
    text = "Bolsonaro, who has denied wrongdoing, told the Metropoles website he would have to see what was in the report."
    assert _clusters(_analyse(analyzer, text))["Metropoles"][0] == "ORG"


def test_a_name_before_crossing_is_a_place(analyzer: Analyzer) -> None:
    text = (
        "Egypt says Rafah crossing open from its side, blames Israel for aid delays\nCAIRO, Feb 12 (Reuters) - Egypt's "
        "foreign ministry said on Monday the Rafah crossing with Gaza had never been closed from the Egyptian side."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert _clusters(a)["Rafah"][0] == "GPE"


def test_a_name_word_the_model_left_out_after_a_title_is_the_name_s(analyzer: Analyzer) -> None:
    text = '"Any decision to deploy police officers to Haiti is unconstitutional," Judge Enock Chacha Mwita said.'
    assert _clusters(_analyse(analyzer, text))["Enock Chacha Mwita"][0] == "PERSON"


def test_a_city_the_model_took_for_a_body_in_a_story_of_its_country_is_the_city(analyzer: Analyzer) -> None:
    text = (
        "Russia and Ukraine exchanged 300 prisoners of war each on Friday. Ukraine's Coordination Headquarters said the "
        "freed Ukrainians included soldiers who had defended Mariupol."
    )
    assert _clusters(_analyse(analyzer, text))["Mariupol"][0] == "GPE"
