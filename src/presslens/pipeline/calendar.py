"""Calendar dates from day expressions ("Tuesday", "January 3, 2020"), anchored to the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y", "%b %d %Y", "%d %b %Y", "%Y-%m-%d")


def resolve_day(expression: str, anchor: date | None) -> date | None:
    """The date a day expression names; relative ones need the anchor (the publication date).

    A bare weekday in news reporting names the most recent such day before publication: a Tuesday
    statement reported on Thursday 2021-12-30 was made on 2021-12-28.
    """
    words = re.sub(r"[^\w ,.-]", "", expression).strip()
    lowered = words.casefold().removeprefix("on ").removeprefix("last ").strip()
    if lowered in WEEKDAYS and anchor is not None:
        back = (anchor.weekday() - WEEKDAYS.index(lowered)) % 7 or 7
        return anchor - timedelta(days=back)
    if lowered == "yesterday" and anchor is not None:
        return anchor - timedelta(days=1)
    if lowered == "today" and anchor is not None:
        return anchor
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", words.removeprefix("on ").strip())
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None
