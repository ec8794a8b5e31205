"""Parts of a person's name a text may leave out."""

from __future__ import annotations

from presslens.names import NameParts, head_last, initials, initials_apart, name_parts, one_person, one_person_groups


def test_middle_initials_and_a_numeral_leave_the_bare_name() -> None:
    assert name_parts("Robert S. Mueller III") == NameParts("Robert Mueller", "S", "III")
    assert name_parts("George H.W. Bush") == NameParts("George Bush", "HW", "")
    assert name_parts("Donald Trump Jr.") == NameParts("Donald Trump Jr.", "", "")  # a son, not his father
    assert name_parts("Trump") is None and name_parts("A.G. Barr") == NameParts("A.G. Barr", "", "")


def test_a_middle_name_leaves_the_bare_name_and_counts_as_its_initial() -> None:
    assert name_parts("Hillary Rodham Clinton") == NameParts("Hillary Clinton", "R", "", "Rodham")
    assert name_parts("Andrés Manuel López Obrador") == NameParts("Andrés Obrador", "ML", "", "Manuel López")
    assert name_parts("Martin Luther King Jr.") == NameParts("Martin Luther King Jr.", "", "")  # no middle name before 'Jr.'
    assert name_parts("Ludwig van Beethoven") == NameParts("Ludwig van Beethoven", "", "")  # a particle is the surname's
    assert one_person([name_parts("Hillary Rodham Clinton"), name_parts("Hillary Clinton"), name_parts("Hillary R. Clinton")])  # type: ignore[list-item]
    assert not one_person([name_parts("George Herbert Walker Bush"), name_parts("George W. Bush")])  # type: ignore[list-item]
    assert not one_person([name_parts("George Walker Bush"), name_parts("George Bush")])  # type: ignore[list-item]  # the father
    assert not one_person([name_parts("Mary Ann Smith"), name_parts("Mary Jane Smith")])  # type: ignore[list-item]


def test_two_sets_of_initials_are_two_people() -> None:
    assert one_person([name_parts("William P. Barr"), name_parts("William Barr")])  # type: ignore[list-item]
    assert not one_person([name_parts("George H. W. Bush"), name_parts("George W. Bush"), name_parts("George Bush")])  # type: ignore[list-item]
    assert not one_person([name_parts("George W. Bush"), name_parts("George Bush")])  # type: ignore[list-item]  # the father
    assert one_person([name_parts("George W. Bush"), name_parts("George W Bush")])  # type: ignore[list-item]
    assert initials_apart("George W Bush", "George HW Bush") and not initials_apart("George W. Bush", "George Bush")
    assert not initials_apart("George H.W. Bush", "George HW Bush")


def test_one_person_groups_name_the_fullest_and_first_name() -> None:
    names = ["William Barr", "Jane Doe", "William P. Barr", "George W. Bush", "George H. W. Bush"]
    assert one_person_groups(names, str.lower) == [(2, [0, 2])]
    assert one_person_groups(["Hillary Clinton", "Hillary R. Clinton", "Hillary Rodham Clinton"], str.lower) == [(2, [0, 1, 2])]


def test_a_body_s_acronym_and_its_name_head_last() -> None:
    assert initials("Popular Mobilization Units") == "PMU" and initials("Anti-Defamation League") == "ADL"
    assert initials("Department of Homeland Security") == "DHS"
    assert head_last("Department of Justice") == "Justice Department" and head_last("ministry of defence") == "defence ministry"
    assert head_last("Department of Homeland Security") == "Homeland Security Department"
    assert head_last("Secretary of State") == "Secretary of State" and head_last("Justice Department") == "Justice Department"
