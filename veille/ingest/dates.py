"""Dates of articles and of user queries, normalised to ISO 8601 prefixes."""

from __future__ import annotations

import re
from datetime import date

# Year first: 2023, 2023-02, 2023/02/05, 2023.02.05, 2023-02-05T10:00:00Z (time dropped).
_YEAR_FIRST = re.compile(
    r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# Day first, as French writes it: 05/02/2023, 5-2-2023, 05.02.2023; or month/year: 02/2023.
_DAY_FIRST = re.compile(r"(?:(?P<d>\d{1,2})[-/.])?(?P<m>\d{1,2})[-/.](?P<y>\d{4})")


def normalize_date(value: str) -> str | None:
    """Return `value` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or None if it is not a date.

    Args:
        value: a date as written in an input record or given by a user.

    Returns:
        The ISO form, keeping the precision that was given; None when the value is not
        a real calendar date (month 13, 30 February, free text).
    """
    text = value.strip()
    match = _YEAR_FIRST.fullmatch(text) or _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    year, month, day = match["y"], match["m"], match["d"]
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if year == "0000":
        return None
    if month is None:
        return year
    if day is None:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"
