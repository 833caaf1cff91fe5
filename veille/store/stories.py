"""Stories in the database: signatures and LSH bands kept across runs, articles linked to the
first copy of their story, and the `counted` flags that count a story's events once.

`link_stories` is the one entry point of the write path: the store calls it once per
transaction with the articles it has just inserted. Docs: docs/stories.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import duckdb

from veille.errors import Errors, StoreError
from veille.stories import (
    Shingles,
    Signature,
    StoryParams,
    band_keys,
    plausible,
    same_story,
    shingles_of,
    sketch,
    words,
)

MAX_CANDIDATES = 20  # stored articles compared with a new one (most shared bands first)
BACKFILL_BATCH = 500

_MIGRATIONS = (
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS story VARCHAR",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS counted BOOLEAN DEFAULT TRUE",
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS counted BOOLEAN DEFAULT TRUE",
)
_COLUMNS = (("articles", "story"), ("events", "counted"), ("quotes", "counted"))
_STORED_BANDS = (
    "SELECT b.key, b.article_id, coalesce(a.story, a.id) FROM story_bands b "
    "JOIN articles a ON a.id = b.article_id WHERE b.key IN (SELECT unnest(?::UBIGINT[]))"
)
_SIGNATURES = (
    "SELECT article_id, shingles, signature FROM story_signatures "
    "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
)
_MEMBERS = "JOIN articles a ON a.id = {t}.article_id WHERE a.story IN (SELECT unnest(?::VARCHAR[]))"
_ORDER = "ORDER BY a.story, a.id <> a.story, a.coded_at, a.id"
_EVENT_KEYS = (
    "SELECT a.story, e.article_id, e.seq, e.source_code, e.target_code, e.cameo, e.negated "
    f"FROM events e {_MEMBERS.format(t='e')} {_ORDER}, e.seq"
)
_QUOTE_KEYS = (
    'SELECT a.story, q.article_id, q."start", coalesce(q.speaker_code, q.speaker_name, '
    f'q.speaker_text), q.text FROM quotes q {_MEMBERS.format(t="q")} {_ORDER}, q."start"'
)
_SET_EVENTS = (
    "UPDATE events SET counted = m.c FROM (SELECT unnest(?::VARCHAR[]) AS a, "
    "unnest(?::INTEGER[]) AS s, unnest(?::BOOLEAN[]) AS c) m "
    "WHERE events.article_id = m.a AND events.seq = m.s"
)
_SET_QUOTES = (
    "UPDATE quotes SET counted = m.c FROM (SELECT unnest(?::VARCHAR[]) AS a, "
    "unnest(?::INTEGER[]) AS s, unnest(?::BOOLEAN[]) AS c) m "
    'WHERE quotes.article_id = m.a AND quotes."start" = m.s'
)


def needs_migration(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database predates stories (a column or table is missing)."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = "
        "current_database() AND table_name IN ('articles', 'events', 'quotes', 'story_bands')"
    ).fetchall()
    found = {(t, c) for t, c in rows}
    return any(pair not in found for pair in _COLUMNS) or not any(
        t == "story_bands" for t, _ in found
    )


def migrate(con: duckdb.DuckDBPyConnection, params: StoryParams) -> int:
    """Add the story columns to a database made before them and link its articles.

    Returns:
        How many articles were linked (0 when the database was up to date).
    """
    if needs_migration(con):
        for sql in _MIGRATIONS:
            con.execute(sql)
    rows = con.execute("SELECT id, text FROM articles WHERE story IS NULL ORDER BY coded_at, id")
    pending = [(str(i), str(t)) for i, t in rows.fetchall()]
    for start in range(0, len(pending), BACKFILL_BATCH):
        link_stories(con, pending[start : start + BACKFILL_BATCH], params)
    return len(pending)


def _check_layout(con: duckdb.DuckDBPyConnection, params: StoryParams) -> None:
    """The signature layout is fixed by the first link; another one is E013."""
    stored = con.execute("SELECT layout FROM story_layout").fetchall()
    if not stored:
        con.execute("INSERT INTO story_layout VALUES (?)", [params.layout()])
    elif stored[0][0] != params.layout():
        reason = f"stories.* settings give {params.layout()!r}; the database has {stored[0][0]!r}"
        raise StoreError(Errors.E013.format(reason=reason))


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, keys: Iterable[int]
) -> dict[int, list[tuple[str, str]]]:
    """Band key → [(article id, story)] of the articles stored before this call."""
    out: dict[int, list[tuple[str, str]]] = {}
    for key, article_id, story in con.execute(_STORED_BANDS, [sorted(set(keys))]).fetchall():
        out.setdefault(int(key), []).append((article_id, story))
    return out


def _signatures(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, Signature]:
    if not ids:
        return {}
    rows = con.execute(_SIGNATURES, [sorted(ids)]).fetchall()
    return {aid: Signature.from_bytes(bytes(sig), int(n)) for aid, n, sig in rows}


def _texts(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    sql = "SELECT id, text FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))"
    return {str(i): str(t) for i, t in con.execute(sql, [sorted(ids)]).fetchall()}


def _shortlists(
    con: duckdb.DuckDBPyConnection,
    sigs: dict[str, Signature],
    keys: dict[str, list[int]],
    params: StoryParams,
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Per signed article, its plausible earlier copies (stored, or earlier in `sigs`),
    most similar first; and the story of each stored candidate."""
    stored = _stored_candidates(con, (k for ks in keys.values() for k in ks))
    story_of = {aid: story for rows in stored.values() for aid, story in rows}
    shared: dict[str, list[str]] = {}
    in_batch: dict[int, list[str]] = {}
    for aid, article_keys in keys.items():
        found = [a for key in article_keys for a, _ in stored.get(key, ())]
        found += [a for key in article_keys for a in in_batch.get(key, ())]
        for key in article_keys:
            in_batch.setdefault(key, []).append(aid)
        shared[aid] = [a for a, _ in Counter(found).most_common(MAX_CANDIDATES)]
    known = dict(sigs) | _signatures(con, {a for c in shared.values() for a in c} - set(sigs))
    shortlist: dict[str, list[str]] = {}
    for aid, candidates in shared.items():
        scored = [(s, c) for c in candidates if (s := plausible(sigs[aid], known[c], params))]
        shortlist[aid] = [c for _, c in sorted(scored, key=lambda sc: -sc[0])]
    return shortlist, story_of


def _assign(
    con: duckdb.DuckDBPyConnection,
    shingles: dict[str, Shingles],
    sigs: dict[str, Signature],
    keys: dict[str, list[int]],
    params: StoryParams,
) -> dict[str, str]:
    """The story of each signed article, in order: that of the first of its plausible
    earlier copies (most similar by estimate first) that is one story with it exactly."""
    shortlist, story_of = _shortlists(con, sigs, keys, params)
    texts = _texts(con, {c for cs in shortlist.values() for c in cs} - set(shingles))
    stories: dict[str, str] = {}
    for aid, candidates in shortlist.items():
        match = next((c for c in candidates if _one_story(aid, c, shingles, texts, params)), None)
        stories[aid] = story_of.get(match, match) if match else aid
        story_of[aid] = stories[aid]
    return stories


def _one_story(
    a: str, b: str, shingles: dict[str, Shingles], texts: dict[str, str], params: StoryParams
) -> bool:
    """Whether `a` and `b` are one story on their exact shingle sets (computed once)."""
    if b not in shingles:
        found = shingles_of(texts.get(b, ""), params)
        if found is None:
            return False
        shingles[b] = found
    return same_story(shingles[a], shingles[b], params) is not None


def link_stories(
    con: duckdb.DuckDBPyConnection, articles: Sequence[tuple[str, str]], params: StoryParams
) -> dict[str, str]:
    """Link just-inserted articles to their stories, inside the caller's transaction.

    Args:
        con: the store's connection; the articles' rows are inserted, with story NULL.
        articles: (stored id, text) in the order they were stored: an earlier one is the
            first copy of a later one.
        params: the `stories.*` settings.

    Returns:
        Article id → story id (the id of the story's first article; its own id when alone).

    Raises:
        StoreError: the layout settings differ from the database's (E013).
    """
    if not articles:
        return {}
    _check_layout(con, params)
    shingles = {aid: sh for aid, text in articles if (sh := shingles_of(text, params)) is not None}
    sigs = {aid: sketch(sh, params) for aid, sh in shingles.items()}
    keys = {aid: band_keys(sig, params) for aid, sig in sigs.items()}
    stories = {aid: aid for aid, _ in articles} | _assign(con, dict(shingles), sigs, keys, params)
    if sigs:
        ids = list(sigs)
        con.execute(
            "INSERT INTO story_signatures SELECT unnest(?::VARCHAR[]), unnest(?::INTEGER[]), "
            "unnest(?::BLOB[])",
            [ids, [sigs[a].shingles for a in ids], [sigs[a].to_bytes() for a in ids]],
        )
        flat = [(k, a) for a in ids for k in keys[a]]
        con.execute(
            "INSERT INTO story_bands SELECT unnest(?::UBIGINT[]), unnest(?::VARCHAR[])",
            [[k for k, _ in flat], [a for _, a in flat]],
        )
    con.execute(
        "UPDATE articles SET story = m.s FROM (SELECT unnest(?::VARCHAR[]) AS i, "
        "unnest(?::VARCHAR[]) AS s) m WHERE articles.id = m.i",
        [list(stories), list(stories.values())],
    )
    recount(con, {s for a, s in stories.items() if s != a})
    return stories


def _counted(rows: list[tuple[Any, ...]]) -> tuple[list[str], list[int], list[bool]]:
    """Rows (story, article, position, *key), members in story order: for each story and
    key, only the copy with the most rows of that key is counted (the first on a tie)."""
    groups: dict[tuple[Any, ...], dict[str, list[int]]] = {}
    for story, article, position, *key in rows:
        groups.setdefault((story, *key), {}).setdefault(article, []).append(int(position))
    ids: list[str] = []
    positions: list[int] = []
    flags: list[bool] = []
    for by_article in groups.values():
        chosen = max(by_article, key=lambda a: len(by_article[a]))
        for article, where in by_article.items():
            ids += [article] * len(where)
            positions += where
            flags += [article == chosen] * len(where)
    return ids, positions, flags


def recount(con: duckdb.DuckDBPyConnection, stories: set[str]) -> None:
    """Set the `counted` flags of the events and quotes of these stories' articles."""
    if not stories:
        return
    chosen = sorted(stories)
    events = con.execute(_EVENT_KEYS, [chosen]).fetchall()
    con.execute(_SET_EVENTS, list(_counted(events)))
    quotes = [
        (story, article, start, who, " ".join(words(text)))
        for story, article, start, who, text in con.execute(_QUOTE_KEYS, [chosen]).fetchall()
    ]
    con.execute(_SET_QUOTES, list(_counted(quotes)))
