"""Filters over stored events: user values are checked, and reach SQL only as parameters."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from veille.errors import UsageError
from veille.store.filters import MAX_QUERY_CHARS, EventFilter, event_where


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"source": " rus ", "target": ""}, {"source": "RUS"}),
        ({"quad": "4", "root": "19"}, {"quad": 4, "root": "19"}),
        ({"lang": "FR", "since": "2023-02"}, {"lang": "fr", "since": "2023-02"}),
        ({"q": "Étoile"}, {"q": "etoile"}),
        ({"both": "1", "count_duplicates": ""}, {"both": True}),
    ],
)
def test_checked_normalises_values(raw: dict[str, Any], expected: dict[str, Any]) -> None:
    assert EventFilter.checked(**raw).params() == expected


@pytest.mark.parametrize(
    "raw",
    [
        {"source": "RUS'; DROP TABLE events; --"},
        {"quad": "5"},
        {"root": "21"},
        {"cameo": "0x1"},
        {"since": "yesterday"},
        {"lang": "français"},
        {"colour": "red"},
    ],
)
def test_checked_refuses_bad_values(raw: dict[str, Any]) -> None:
    with pytest.raises(UsageError, match=r"\[E008\]"):
        EventFilter.checked(**raw)


def test_long_search_text_is_cut() -> None:
    assert len(EventFilter.checked(q="a" * 5000).q or "") == MAX_QUERY_CHARS


def _matching(f: EventFilter) -> list[int]:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE events (seq INT, source_country TEXT, source_code TEXT, "
        "target_country TEXT, target_code TEXT, cameo TEXT, cameo_root TEXT, quad_class INT, "
        "date TEXT, negated BOOLEAN, counted BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "RUS", "RUSGOV", "UKR", "UKRMIL", "190", "19", 4, "2023-02-24", False, True),
            (2, "UKR", "UKRGOV", "RUS", "RUSGOV", "112", "11", 3, "2023-03-01", False, True),
            (3, "RUS", "RUSGOV", "UKR", "UKRGOV", "036", "03", 1, "2023-02-10", True, True),
            (4, "RUS", "RUSGOV", "UKR", "UKRMIL", "190", "19", 4, "2023-02-24", False, False),
        ],
    )
    where, params = event_where(f)
    rows = con.execute(f"SELECT seq FROM events e WHERE {where} ORDER BY seq", params)
    return [r[0] for r in rows.fetchall()]


@pytest.mark.parametrize(
    ("raw", "seqs"),
    [
        ({}, [1, 2]),  # negated and uncounted copies are left out by default
        ({"count_duplicates": True}, [1, 2, 4]),
        ({"source": "RUS"}, [1]),
        ({"source": "RUS", "target": "UKR", "both": True}, [1, 2]),
        ({"target": "UKRMIL"}, [1]),
        ({"country": "UKR", "root": "11"}, [2]),
        ({"until": "2023-02"}, [1]),
        ({"since": "2023-03-01", "quad": "3"}, [2]),
    ],
)
def test_event_where_selects_the_filtered_events(raw: dict[str, Any], seqs: list[int]) -> None:
    assert _matching(EventFilter.checked(**raw)) == seqs
