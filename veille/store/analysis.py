"""Read-only analytical queries for the web app and plots.

Every function takes an open DuckDB connection or cursor (the web app opens the file with
`read_only=True` and hands each request its own cursor). Filter values are checked by
`EventFilter.checked` and only ever reach SQL as `?` parameters; the SQL text is built from
fixed fragments.
"""

from __future__ import annotations

from typing import Any

import duckdb

from veille.errors import Errors, StoreError
from veille.store.filters import EventFilter, event_where


def dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run one parameterised query; rows as dicts keyed by column name."""
    try:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(Errors.E007.format(path="(query)", reason=str(exc))) from exc


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Any:
    """The single value of a one-row, one-column query."""
    rows = dicts(con, sql, params)
    return next(iter(rows[0].values())) if rows else None


EVENT_COLUMNS = (
    "e.article_id, e.seq, e.date, e.source_code, e.source_country, e.source_name, "
    "e.source_text, e.target_code, e.target_country, e.target_name, e.target_text, e.cameo, "
    "e.cameo_root, e.goldstein, e.quad_class, e.plover_type, e.plover_mode, e.sentence, "
    "e.trigger_text, e.trigger_start, e.trigger_end, e.negated, e.confidence, "
    "coalesce((SELECT a.story FROM articles a WHERE a.id = e.article_id), e.article_id) "
    "AS story, e.counted"
)
_EVENT_ORDER = "ORDER BY e.date NULLS LAST, e.article_id, e.seq"


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    where, params = event_where(f)
    return int(scalar(con, f"SELECT count(*) FROM events e WHERE {where}", params))


def list_events(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int | None, offset: int = 0
) -> list[dict[str, Any]]:
    """Events matching `f`, oldest first; `limit=None` returns them all (for CSV)."""
    where, params = event_where(f)
    sql = f"SELECT {EVENT_COLUMNS} FROM events e WHERE {where} {_EVENT_ORDER}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return dicts(con, sql, params)


def _article_where(f: EventFilter) -> tuple[str, list[Any]]:
    """Articles whose date, language and text match, having an event matching the rest."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.since:
        clauses.append("a.date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("substr(a.date, 1, length(?)) <= ?")
        params += [f.until, f.until]
    if f.lang:
        clauses.append("a.lang = ?")
        params.append(f.lang)
    if f.q:
        clauses.append("contains(strip_accents(lower(coalesce(a.title, '') || ' ' || a.text)), ?)")
        params.append(f.q)
    rest = f.with_(since=None, until=None, lang=None, q=None)
    if rest.with_(count_duplicates=False).params():
        where, more = event_where(rest)
        clauses.append(f"EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND {where})")
        params += more
    return " AND ".join(clauses) or "TRUE", params


_ARTICLE_COLUMNS = (
    "a.id, a.date, a.lang, a.source, a.url, a.title, coalesce(a.story, a.id) AS story, "
    "left(a.text, 240) AS snippet, "
    "(SELECT count(*) FROM events e WHERE e.article_id = a.id AND NOT e.negated) AS events, "
    "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes"
)


def count_articles(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    where, params = _article_where(f)
    return int(scalar(con, f"SELECT count(*) FROM articles a WHERE {where}", params))


def list_articles(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    """Articles matching `f`, newest first."""
    where, params = _article_where(f)
    sql = (
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE {where} "
        "ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?"
    )
    return dicts(con, sql, [*params, limit, offset])


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its text, actor mentions, events (negated too) and quotes."""
    rows = dicts(
        con, "SELECT id, date, lang, source, url, title, coalesce(story, id) AS story, text "
        "FROM articles WHERE id = ?", [article_id],
    )  # fmt: skip
    if not rows:
        return None
    article = rows[0]
    story = article["story"]
    article["copies"] = dicts(
        con, "SELECT id, date, source, title FROM articles WHERE coalesce(story, id) = ? "
        "AND id <> ? ORDER BY id <> ?, coded_at, id", [story, article_id, story],
    )  # fmt: skip
    article["actors"] = dicts(
        con,
        'SELECT text, "start", "end", code, country, sector, name FROM actors '
        'WHERE article_id = ? ORDER BY "start", "end"',
        [article_id],
    )
    article["events"] = dicts(
        con, f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.article_id = ? ORDER BY e.seq",
        [article_id],
    )  # fmt: skip
    article["quotes"] = dicts(
        con,
        'SELECT text, "start", "end", speaker_name, speaker_code, speaker_text, verb '
        'FROM quotes WHERE article_id = ? ORDER BY "start"',
        [article_id],
    )
    return article


def _quote_where(f: EventFilter) -> tuple[str, list[Any]]:
    """Quotes by speaker (`source` or `country`: a code prefix), date, language and text."""
    clauses: list[str] = [] if f.count_duplicates else ["q.counted"]
    params: list[Any] = []
    for speaker in (f.source, f.country):
        if speaker:
            clauses.append("starts_with(coalesce(q.speaker_code, ''), ?)")
            params.append(speaker)
    fixed = ((f.since, "a.date >= ?"), (f.lang, "a.lang = ?"))
    for value, clause in fixed:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if f.until:
        clauses.append("substr(a.date, 1, length(?)) <= ?")
        params += [f.until, f.until]
    if f.q:
        clauses.append(
            "contains(strip_accents(lower(q.text || ' ' || coalesce(q.speaker_name, '') "
            "|| ' ' || coalesce(q.speaker_text, ''))), ?)"
        )
        params.append(f.q)
    return " AND ".join(clauses) or "TRUE", params


_QUOTES_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id"


def count_quotes(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    where, params = _quote_where(f)
    return int(scalar(con, f"SELECT count(*) {_QUOTES_FROM} WHERE {where}", params))


def list_quotes(
    con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int | None, offset: int = 0
) -> list[dict[str, Any]]:
    """Quotes matching `f`, oldest first; `limit=None` returns them all (for CSV)."""
    where, params = _quote_where(f)
    sql = (
        'SELECT q.article_id, a.date, a.lang, q.text, q."start", q."end", q.speaker_name, '
        "q.speaker_code, q.speaker_text, q.verb, coalesce(a.story, a.id) AS story, q.counted "
        f"{_QUOTES_FROM} WHERE {where} "
        'ORDER BY a.date NULLS LAST, q.article_id, q."start"'
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return dicts(con, sql, params)
