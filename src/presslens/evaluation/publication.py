"""Scoring a publication date inferred from the text against the date the source gives.

An inferred publication is a range (a lower bound, an upper bound, both, or a day). It is right when
every bound it gives holds the true date; it says more the closer its bounds come. Reported: how many
documents get a bound at all, the share of those whose bounds hold, how many get a year or a day and
how many of those are right, and the median distance from a right lower bound to the true date.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date

from presslens.model import Publication


@dataclass
class PublicationCounts:
    documents: int = 0
    bounded: int = 0
    holds: int = 0
    years: int = 0
    years_right: int = 0
    days: int = 0
    days_right: int = 0
    lower_bound_days: list[int] = field(default_factory=list)

    def add(self, inferred: Publication, true: date) -> None:
        self.documents += 1
        earliest, latest = inferred.earliest, inferred.latest
        if earliest is None and latest is None:
            return
        self.bounded += 1
        right = (earliest is None or earliest <= true) and (latest is None or true <= latest)
        self.holds += right
        if earliest is not None and latest is not None and earliest.year == latest.year:
            self.years += 1
            self.years_right += right
        if inferred.date is not None:
            self.days += 1
            self.days_right += inferred.date == true
        if right and earliest is not None:
            self.lower_bound_days.append((true - earliest).days)

    def report(self) -> dict[str, float | int | None]:
        return {
            "documents": self.documents,
            "bounded": self.bounded,
            "bounds_hold": round(self.holds / self.bounded, 4) if self.bounded else None,
            "years_given": self.years,
            "years_right": self.years_right,
            "days_given": self.days,
            "days_right": self.days_right,
            "median_days_after_lower_bound": statistics.median(self.lower_bound_days) if self.lower_bound_days else None,
        }
