"""Read-only aggregates: dyad series, timelines, top dyads and actors, partners.

Like `veille.store.analysis`, every function takes a DuckDB connection or cursor and a
checked `EventFilter`; values reach SQL only as `?` parameters.
"""

from __future__ import annotations

from typing import Any

import duckdb

from veille.store.analysis import dicts, scalar
from veille.store.filters import EventFilter, event_where

QUADS = (1, 2, 3, 4)
_QUAD_COLUMNS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in QUADS)
_SIDE = "(e.source_country = ? OR starts_with(e.source_code, ?))"
_SOURCE = "coalesce(e.source_country, e.source_code)"
_TARGET = "coalesce(e.target_country, e.target_code)"


def months_between(first: str, last: str) -> list[str]:
    """Every `YYYY-MM` from `first` to `last`, inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _cell(quads: list[int], goldstein_sum: float) -> dict[str, Any]:
    total = sum(quads)
    mean = round(goldstein_sum / total, 3) if total else None
    return {"quads": quads, "total": total, "mean_goldstein": mean}


def dyad_series_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """The dyad series query for a checked filter with `source`, `target` and `both` set.

    One row per month and direction: counts per quad class and the sum of Goldstein.
    """
    where, params = event_where(f)
    sql = (
        f"SELECT substr(e.date, 1, 7) AS month, {_SIDE} AS forward, {_QUAD_COLUMNS}, "
        f"sum(e.goldstein) AS gs FROM events e WHERE length(e.date) >= 7 AND {where} "
        "GROUP BY month, forward ORDER BY month"
    )
    return sql, [f.source, f.source, *params]


def dyad_series(
    con: duckdb.DuckDBPyConnection, a: str, b: str, f: EventFilter | None = None
) -> list[dict[str, Any]]:
    """Monthly events between `a` and `b` (checked codes), both directions and together.

    Returns:
        One dict per month from the first to the last month with events (empty months
        included): `month`, `quads` (counts of quad classes 1-4), `total`,
        `mean_goldstein` (None when empty), and the same for `a_to_b` and `b_to_a`.
    """
    f = (f or EventFilter()).with_(source=a, target=b, both=True)
    sql, params = dyad_series_sql(f)
    cells: dict[str, dict[bool, tuple[list[int], float]]] = {}
    for row in dicts(con, sql, params):
        quads = [int(row[f"q{q}"]) for q in QUADS]
        cells.setdefault(row["month"], {})[bool(row["forward"])] = (quads, float(row["gs"]))
    if not cells:
        return []
    empty: tuple[list[int], float] = ([0, 0, 0, 0], 0.0)
    out: list[dict[str, Any]] = []
    for month in months_between(min(cells), max(cells)):
        fwd, back = cells.get(month, {}).get(True, empty), cells.get(month, {}).get(False, empty)
        both = [x + y for x, y in zip(fwd[0], back[0], strict=True)]
        out.append(
            {"month": month, **_cell(both, fwd[1] + back[1]),
             "a_to_b": _cell(fwd[0], fwd[1]), "b_to_a": _cell(back[0], back[1])}
        )  # fmt: skip
    return out


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter) -> list[dict[str, Any]]:
    """Monthly events matching `f`: counts per quad class, total, mean Goldstein."""
    where, params = event_where(f)
    sql = (
        f"SELECT substr(e.date, 1, 7) AS month, {_QUAD_COLUMNS}, sum(e.goldstein) AS gs "
        f"FROM events e WHERE length(e.date) >= 7 AND {where} GROUP BY month ORDER BY month"
    )
    rows = {r["month"]: r for r in dicts(con, sql, params)}
    if not rows:
        return []
    out: list[dict[str, Any]] = []
    for month in months_between(min(rows), max(rows)):
        row = rows.get(month)
        quads = [int(row[f"q{q}"]) for q in QUADS] if row else [0, 0, 0, 0]
        out.append({"month": month, **_cell(quads, float(row["gs"]) if row else 0.0)})
    return out


def top_dyads(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int | None = 10
) -> list[dict[str, Any]]:
    """Undirected dyads (`a` < `b`) by number of events, with quad counts and mean Goldstein."""
    where, params = event_where(f)
    sql = (
        f"WITH d AS (SELECT {_SOURCE} AS s, {_TARGET} AS t, e.quad_class, e.goldstein "
        f"FROM events e WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL "
        f"AND {where}) SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events, "
        f"{_QUAD_COLUMNS}, round(avg(goldstein), 3) AS mean_goldstein FROM d WHERE s <> t "
        "GROUP BY a, b ORDER BY events DESC, a, b"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return dicts(con, sql, params)


def _actor_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """Events matching `f` (but `country`) unpivoted to one row per actor side."""
    where, params = event_where(f.with_(country=None))
    sql = (
        f"WITH sides AS (SELECT {_SOURCE} AS code, 1 AS src, e.quad_class, e.goldstein "
        f"FROM events e WHERE e.source_code IS NOT NULL AND {where} UNION ALL "
        f"SELECT {_TARGET}, 0, e.quad_class, e.goldstein FROM events e "
        f"WHERE e.target_code IS NOT NULL AND {where}) "
    )
    params = [*params, *params]
    outer = "TRUE"
    if f.country:
        outer = "starts_with(code, ?)"
        params.append(f.country)
    return sql, [*params, outer]


def count_actors(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    sql, params = _actor_sql(f)
    outer = params.pop()
    return int(scalar(con, f"{sql} SELECT count(DISTINCT code) FROM sides WHERE {outer}", params))


def actor_counts(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    """Actors (country, or code where none) by number of events, as source and as target."""
    sql, params = _actor_sql(f)
    outer = params.pop()
    sql += (
        "SELECT code, count(*) AS events, sum(src) AS as_source, count(*) - sum(src) "
        f"AS as_target, {_QUAD_COLUMNS}, round(avg(goldstein), 3) AS mean_goldstein "
        f"FROM sides WHERE {outer} GROUP BY code ORDER BY events DESC, code LIMIT ? OFFSET ?"
    )
    return dicts(con, sql, [*params, limit, offset])


def partners(con: duckdb.DuckDBPyConnection, code: str, f: EventFilter) -> list[dict[str, Any]]:
    """The partners of actor `code` (a checked code): events, cooperation, conflict."""
    where, params = event_where(f.with_(country=code, source=None, target=None, both=False))
    sql = (
        f"SELECT CASE WHEN {_SIDE} THEN {_TARGET} ELSE {_SOURCE} END AS partner, "
        "count(*) AS events, count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation, "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict, "
        f"round(avg(goldstein), 3) AS mean_goldstein FROM events e WHERE {where} "
        "GROUP BY partner HAVING partner IS NOT NULL ORDER BY events DESC, partner"
    )
    return dicts(con, sql, [code, code, *params])
