"""The SQL of the store. Only fixed identifiers are put into SQL text; values are `?`."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Literal

from veille.store.rows import DyadTotal, EventRow, SpeakerCount
from veille.types import ActorRef, Article, CodedArticle

HAS_HASH = "SELECT 1 FROM articles WHERE content_hash = ?"

HAS_HASHES = "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))"
HAS_IDS = "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))"

# (column, DuckDB type) of the rows a batch inserts, in the order of the rows' values.
ARTICLE_COLUMNS = (
    ("id", "VARCHAR"), ("date", "VARCHAR"), ("lang", "VARCHAR"), ("source", "VARCHAR"),
    ("url", "VARCHAR"), ("title", "VARCHAR"), ("text", "VARCHAR"), ("content_hash", "VARCHAR"),
    ("coded_at", "TIMESTAMP"),
)  # fmt: skip
ACTOR_COLUMNS = (
    ("article_id", "VARCHAR"), ("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
    ("code", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"), ("name", "VARCHAR"),
)  # fmt: skip
EVENT_COLUMNS = (
    ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("date", "VARCHAR"),
    ("source_code", "VARCHAR"), ("source_country", "VARCHAR"), ("source_name", "VARCHAR"),
    ("source_text", "VARCHAR"), ("target_code", "VARCHAR"), ("target_country", "VARCHAR"),
    ("target_name", "VARCHAR"), ("target_text", "VARCHAR"), ("cameo", "VARCHAR"),
    ("cameo_root", "VARCHAR"), ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"),
    ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"), ("sentence", "VARCHAR"),
    ("sentence_start", "INTEGER"), ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"), ("negated", "BOOLEAN"), ("confidence", "DOUBLE"),
)  # fmt: skip
QUOTE_COLUMNS = (
    ("article_id", "VARCHAR"), ("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
    ("speaker_name", "VARCHAR"), ("speaker_code", "VARCHAR"), ("speaker_text", "VARCHAR"),
    ("verb", "VARCHAR"),
)  # fmt: skip


def bulk_insert(table: str, columns: tuple[tuple[str, str], ...]) -> str:
    """INSERT of many rows in one statement: one list parameter per column, unnested side
    by side (columns not named keep their defaults, e.g. `counted` TRUE)."""
    names = ", ".join(f'"{name}"' for name, _ in columns)
    lists = ", ".join(f"unnest(?::{kind}[])" for _, kind in columns)
    return f"INSERT INTO {table} ({names}) SELECT {lists}"


INSERT_ARTICLES = bulk_insert("articles", ARTICLE_COLUMNS)
INSERT_ACTORS = bulk_insert("actors", ACTOR_COLUMNS)
INSERT_EVENTS = bulk_insert("events", EVENT_COLUMNS)
INSERT_QUOTES = bulk_insert("quotes", QUOTE_COLUMNS)


def as_columns(rows: list[list[Any]], width: int) -> list[list[Any]]:
    """Rows turned into one list per column (the parameters of a `bulk_insert`)."""
    return [[row[i] for row in rows] for i in range(width)]


# A row's story: the id of its story's first article (its own article's id when alone).
STORY_OF_EVENT = (
    "coalesce((SELECT a.story FROM articles a WHERE a.id = events.article_id), article_id)"
)
_EVENT_COLUMNS = ", ".join(
    f"{STORY_OF_EVENT} AS story" if f.name == "story" else f.name
    for f in dataclasses.fields(EventRow)
)
_QUOTE_COLUMNS = (
    "q.article_id, a.date, q.text, q.speaker_name, q.speaker_code, q.speaker_text, q.verb, "
    "coalesce(a.story, a.id) AS story, q.counted"
)
_QUOTES_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id"
_QUOTES_ORDER = 'ORDER BY a.date NULLS LAST, q.article_id, q."start"'
_QUOTES_BY = (
    "(contains(strip_accents(lower(coalesce(q.speaker_name, ''))), ?) "
    "OR contains(strip_accents(lower(coalesce(q.speaker_text, ''))), ?) "
    "OR starts_with(coalesce(q.speaker_code, ''), ?))"
)
ARTICLES_AND_STORIES = "SELECT count(*), count(DISTINCT coalesce(story, id)) FROM articles"

_QUADS = (
    "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
    "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), "
    "avg(goldstein)"
)
_SOURCE_IS = "(source_country = ? OR starts_with(source_code, ?))"
_TARGET_IS = "(target_country = ? OR starts_with(target_code, ?))"


def _counted(count_duplicates: bool, column: str = "counted") -> str:
    """The condition that keeps one copy of a story's rows (TRUE: keep every copy)."""
    return "TRUE" if count_duplicates else column


def select_quotes(count_duplicates: bool, by_speaker: bool) -> str:
    """The quotes query; with `by_speaker`, three `?`: name, words (folded), code prefix."""
    where = [_counted(count_duplicates, "q.counted")] + ([_QUOTES_BY] if by_speaker else [])
    return f"SELECT {_QUOTE_COLUMNS} {_QUOTES_FROM} WHERE {' AND '.join(where)} {_QUOTES_ORDER}"


def dyad_sql(count_duplicates: bool) -> str:
    """Monthly quad counts of one direction: four `?` (source twice, target twice)."""
    return (
        f"SELECT substr(date, 1, 7) AS month, {_QUADS} FROM events "
        f"WHERE NOT negated AND {_counted(count_duplicates)} AND date IS NOT NULL "
        f"AND {_SOURCE_IS} AND {_TARGET_IS} GROUP BY month ORDER BY month"
    )


def dyad_totals_sql(count_duplicates: bool) -> str:
    return (
        "SELECT coalesce(source_country, source_code) AS s, coalesce(target_country, "
        f"target_code) AS t, {_QUADS}, count(*) AS n FROM events WHERE NOT negated AND "
        f"{_counted(count_duplicates)} GROUP BY s, t ORDER BY n DESC, s NULLS LAST, t NULLS LAST"
    )


def speakers_sql(count_duplicates: bool) -> str:
    return (
        "SELECT coalesce(speaker_name, speaker_text) AS who, speaker_code, count(*) AS n "
        f"FROM quotes WHERE {_counted(count_duplicates)} GROUP BY who, speaker_code "
        "ORDER BY n DESC, who NULLS LAST, speaker_code"
    )


def count_sql(table: Literal["events", "quotes"], count_duplicates: bool) -> str:
    """Counted rows of `events` (not negated) or `quotes`."""
    negated = "NOT negated AND " if table == "events" else ""
    return f"SELECT count(*) FROM {table} WHERE {negated}{_counted(count_duplicates)}"


def fold(text: str) -> str:
    """Lower case without accents, as `strip_accents(lower(…))` does in DuckDB."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def event_filters(
    source: str | None,
    target: str | None,
    root: str | None,
    cameo: str | None,
    since: str | None,
    until: str | None,
    include_negated: bool,
    count_duplicates: bool = False,
) -> tuple[str, list[Any]]:
    """The WHERE clause (fixed text with `?`) and its parameters, for checked values."""
    clauses: list[str] = [] if include_negated else ["NOT negated"]
    if not count_duplicates:
        clauses.append("counted")
    params: list[Any] = []
    if source:
        clauses.append(_SOURCE_IS)
        params += [source, source]
    if target:
        clauses.append(_TARGET_IS)
        params += [target, target]
    if root:
        clauses.append("cameo_root = ?")
        params.append(root)
    if cameo:
        clauses.append("starts_with(cameo, ?)")
        params.append(cameo)
    if since:
        clauses.append("date >= ?")
        params.append(since)
    if until:
        clauses.append("substr(date, 1, length(?)) <= ?")
        params += [until, until]
    return (" AND ".join(clauses) or "TRUE"), params


def select_events(where: str, limited: bool) -> str:
    """The events query around a WHERE clause from `event_filters`."""
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events WHERE {where} "
        "ORDER BY date NULLS LAST, article_id, seq"
    )
    return sql + (" LIMIT ?" if limited else "")


def article_row(
    article: Article, coded: CodedArticle, article_id: str, digest: str, coded_at: datetime
) -> list[Any]:
    """An article's row, in the order of ARTICLE_COLUMNS."""
    return [
        article_id,
        article.date or coded.date,
        coded.lang or article.lang,
        article.source,
        article.url,
        article.title,
        article.text,
        digest,
        coded_at,
    ]


def _ref(ref: ActorRef | None) -> list[Any]:
    if ref is None:
        return [None, None, None, None]
    return [ref.code, ref.country, ref.name, ref.text]


def child_rows(article_id: str, coded: CodedArticle) -> list[tuple[str, Iterator[list[Any]]]]:
    """(bulk INSERT statement, rows) for the actors, events and quotes of an article; the
    rows are made as they are read, so a very long article's are never all held at once."""
    actors = (
        [article_id, a.text, a.start, a.end, a.code, a.country, a.sector, a.name]
        for a in coded.actors
    )
    events = (
        [article_id, seq, coded.date, *_ref(e.source), *_ref(e.target), e.cameo, e.cameo_root,
         e.goldstein, e.quad_class, e.plover.type if e.plover else None,
         e.plover.mode if e.plover else None, e.sentence, e.sentence_start, e.trigger.text,
         e.trigger.start, e.trigger.end, e.negated, e.confidence]
        for seq, e in enumerate(coded.events)
    )  # fmt: skip
    quotes = (
        [article_id, q.text, q.start, q.end, q.speaker.name if q.speaker else None,
         q.speaker.code if q.speaker else None, q.speaker.text if q.speaker else None, q.verb]
        for q in coded.quotes
    )  # fmt: skip
    return [(INSERT_ACTORS, actors), (INSERT_EVENTS, events), (INSERT_QUOTES, quotes)]


def dyad_total(row: tuple[Any, ...]) -> DyadTotal:
    """A DYAD_TOTALS row as a record."""
    s, t, q1, q2, q3, q4, mean, _n = row
    return DyadTotal(s, t, int(q1), int(q2), int(q3), int(q4), float(mean))


def speaker_count(row: tuple[Any, ...]) -> SpeakerCount:
    """A SPEAKERS row as a record."""
    who, code, n = row
    return SpeakerCount(who, code, int(n))
