"""Scoring an inferred publication range against the true date."""

from datetime import date

from presslens.evaluation.publication import PublicationCounts
from presslens.model import Publication


def test_a_range_is_right_when_every_bound_it_gives_holds_the_true_date() -> None:
    counts = PublicationCounts()
    true = date(2016, 5, 9)
    counts.add(Publication(source="unknown"), true)
    counts.add(Publication(source="inferred", earliest=date(2016, 1, 1)), true)  # holds, 129 days short
    counts.add(Publication(source="inferred", earliest=date(2017, 1, 1)), true)  # a lower bound after the date
    counts.add(Publication(source="inferred", earliest=date(2016, 1, 1), latest=date(2016, 12, 31)), true)  # the year
    counts.add(Publication(source="inferred", earliest=date(2014, 1, 1), latest=date(2014, 12, 31)), true)  # a wrong year
    counts.add(Publication(source="inferred", date=true, earliest=true, latest=true), true)  # the day
    assert counts.report() == {
        "documents": 6,
        "bounded": 5,
        "bounds_hold": 0.6,
        "years_given": 3,
        "years_right": 2,
        "days_given": 1,
        "days_right": 1,
        "median_days_after_lower_bound": 129,
    }
