"""The DuckDB store: one object owns one connection; every value goes in as a parameter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from veille.errors import Errors, StoreError
from veille.store import locking, queries
from veille.store import stories as story_store
from veille.store.hashing import content_hash
from veille.store.rows import (
    DyadMonth,
    EventRow,
    QuoteRow,
    Summary,
    check_cameo,
    check_code,
    check_date,
    check_limit,
    check_root,
)
from veille.stories import StoryParams
from veille.types import Article, CodedArticle

DEFAULT_LOCK_WAIT = 30.0  # seconds; the setting store.lock_wait in the CLI
ROWS_PER_INSERT = 10_000  # rows of one table per INSERT statement
_TABLES = frozenset(  # the tables of schema.sql
    ("articles", "actors", "events", "quotes", "story_signatures", "story_bands", "story_layout")
)
_LISTED = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
NewArticle = tuple[str, str, Article, CodedArticle]  # stored id, content hash, article, coded


class Store:
    """A veille database: articles, actors, events and quotes in one DuckDB file.

    Use `Store.open(path)`, as a context manager or with an explicit `close()`. The
    store is the single writer of its file.
    """

    def __init__(
        self, connection: duckdb.DuckDBPyConnection, path: str, stories: StoryParams | None = None
    ) -> None:
        self._con = connection
        self.path = path
        self.stories = stories or StoryParams()

    @classmethod
    def open(
        cls,
        path: str | Path,
        create: bool = True,
        read_only: bool = False,
        wait: float = DEFAULT_LOCK_WAIT,
        stories: StoryParams | None = None,
    ) -> Store:
        """Open (and create, unless `create` is False) the database at `path`.

        Args:
            path: a file name, or `:memory:`.
            create: when False, a missing file is an error instead of a new database.
            read_only: open for reading only (other readers may share the file).
            wait: seconds to wait while another process holds the file (see `locking`).
            stories: the `stories.*` settings (defaults when None). A database made before
                stories is migrated on open, even for reading (docs/stories.md).

        Raises:
            StoreError: the file is missing (with `create=False`), not a DuckDB
                database, or cannot be written; the story layout differs (E013).
        """
        name = str(path)
        if not create and name != ":memory:" and not Path(name).is_file():
            reason = "no such database (run `veille ingest` first)"
            raise StoreError(Errors.E007.format(path=name, reason=reason))
        if read_only and name == ":memory:":
            read_only = False
        con = locking.connect(name, read_only, wait)
        if read_only:
            if not story_store.needs_migration(con):
                return cls(con, name, stories)
            con.close()
            try:  # made before stories: migrate it once, then read
                cls.open(name, create=False, wait=wait, stories=stories).close()
            except StoreError as exc:
                reason = f"{name} predates stories and cannot be migrated ({exc})"
                raise StoreError(Errors.E013.format(reason=reason)) from exc
            return cls(locking.connect(name, True, wait), name, stories)
        try:
            if not _TABLES.issubset(str(row[0]) for row in con.execute(_LISTED).fetchall()):
                schema = resources.files("veille.store").joinpath("schema.sql").read_text("utf-8")
                con.execute(schema)  # cheaper to list the tables than to run it each time
            story_store.migrate(con, stories or StoryParams())
        except (duckdb.Error, OSError) as exc:
            con.close()
            raise StoreError(Errors.E007.format(path=name, reason=str(exc))) from exc
        except StoreError:
            con.close()
            raise
        return cls(con, name, stories)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        """Run one parameterised query; a DuckDB failure becomes a StoreError."""
        try:
            return self._con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise StoreError(Errors.E007.format(path=self.path, reason=str(exc))) from exc

    def has(self, digest: str) -> bool:
        """Whether an article with this content hash is stored."""
        return bool(self._rows(queries.HAS_HASH, [digest]))

    def stored_hashes(self, digests: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored (one query)."""
        return {str(row[0]) for row in self._rows(queries.HAS_HASHES, [sorted(set(digests))])}

    def _held_ids(self, ids: Sequence[str]) -> set[str]:
        return {str(row[0]) for row in self._rows(queries.HAS_IDS, [sorted(set(ids))])}

    def add(self, article: Article, coded: CodedArticle) -> bool:
        """Store an article and what was coded from it, unless its content is stored.

        Args:
            article: the article as read (its text is kept).
            coded: the coder's output for it.

        Returns:
            True if it was added, False if the same content was already there.

        Raises:
            StoreError: the write failed; nothing of the article is kept.
        """
        return bool(self.add_batch([(article, coded)]))

    def add_batch(self, items: Sequence[tuple[Article, CodedArticle]]) -> list[str]:
        """Store articles and what was coded from them in ONE transaction, skipping any
        whose content is stored already (or earlier in the same batch).

        Args:
            items: (article as read, the coder's output for it), in input order.

        Returns:
            The ids the added articles are stored under, in order (an id already held by
            another text becomes `<id>@<hash prefix>`).

        Raises:
            StoreError: a write failed; nothing of the batch is kept.
        """
        coded_at = datetime.now(UTC).replace(tzinfo=None)
        try:
            self._con.begin()
            new = self._new_articles(items)
            self._insert(new, coded_at)
            if new:
                linked = [(article_id, article.text) for article_id, _, article, _ in new]
                story_store.link_stories(self._con, linked, self.stories)
            self._con.commit()
        except (duckdb.Error, StoreError) as exc:
            self._con.rollback()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(Errors.E007.format(path=self.path, reason=str(exc))) from exc
        return [article_id for article_id, *_ in new]

    def _new_articles(self, items: Sequence[tuple[Article, CodedArticle]]) -> list[NewArticle]:
        """(stored id, content hash, article, coded) of the items whose content is neither
        stored nor earlier in `items`; an id already held (stored or earlier) by another
        text becomes `<id>@<hash prefix>`."""
        digests = [content_hash(article) for article, _ in items]
        seen = self.stored_hashes(digests)
        held = self._held_ids([article.id for article, _ in items])
        new: list[NewArticle] = []
        for (article, coded), digest in zip(items, digests, strict=True):
            if digest in seen:
                continue
            seen.add(digest)
            article_id = f"{article.id}@{digest[:12]}" if article.id in held else article.id
            held.add(article_id)
            new.append((article_id, digest, article, coded))
        return new

    def _insert(self, new: list[NewArticle], coded_at: datetime) -> None:
        """Insert the articles and their actors, events and quotes: one statement a table."""
        if not new:
            return
        rows = [queries.article_row(a, c, aid, digest, coded_at) for aid, digest, a, c in new]
        tables: dict[str, list[Iterator[list[Any]]]] = {}
        for article_id, _, _, coded in new:
            for sql, child in queries.child_rows(article_id, coded):
                tables.setdefault(sql, []).append(child)
        self._con.execute(queries.INSERT_ARTICLES, queries.as_columns(rows, len(rows[0])))
        for sql, parts in tables.items():
            # a statement per ROWS_PER_INSERT rows: a very long article's rows are never
            # all built at once (one batch of news articles is one statement, as before)
            for part in _slices(chain.from_iterable(parts), ROWS_PER_INSERT):
                self._con.execute(sql, queries.as_columns(part, len(part[0])))

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        root: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        include_negated: bool = False,
        count_duplicates: bool = False,
    ) -> list[EventRow]:
        """Stored events, oldest first, filtered.

        Args:
            source: a country (`CHN`) or code prefix (`CHNGOV`) the source must match.
            target: the same for the target.
            root: a CAMEO root (`04`).
            code: a CAMEO code prefix (`042`).
            since: first date, inclusive (`2023-01`).
            until: last date, inclusive of the whole period (`2023-02` keeps 2023-02-28).
            limit: at most this many rows.
            include_negated: also return negated events.
            count_duplicates: also return the events of other copies of a story (by
                default a story's events are listed once: see docs/stories.md).

        Raises:
            UsageError: a filter value is not a valid code, root or date (E008).
        """
        where, params = queries.event_filters(
            source=check_code(source) if source else None,
            target=check_code(target) if target else None,
            root=check_root(root) if root else None,
            cameo=check_cameo(code) if code else None,
            since=check_date(since) if since else None,
            until=check_date(until) if until else None,
            include_negated=include_negated,
            count_duplicates=count_duplicates,
        )
        sql = queries.select_events(where, limited=limit is not None)
        if limit is not None:
            params.append(check_limit(limit))
        return [EventRow(*row) for row in self._rows(sql, params)]

    def quotes(self, speaker: str | None = None, count_duplicates: bool = False) -> list[QuoteRow]:
        """Stored quotes, oldest first; `speaker` matches a name or words (any case or
        accents, as a substring) or the start of a speaker's code. A story's quotes are
        listed once unless `count_duplicates`."""
        if speaker and speaker.strip():
            needle = queries.fold(speaker)
            sql = queries.select_quotes(count_duplicates, by_speaker=True)
            rows = self._rows(sql, [needle, needle, speaker.strip().upper()])
        else:
            rows = self._rows(queries.select_quotes(count_duplicates, by_speaker=False), [])
        return [QuoteRow(*row) for row in rows]

    def dyad(self, a: str, b: str, count_duplicates: bool = False) -> list[DyadMonth]:
        """Monthly counts per quad class and mean Goldstein, for a→b then b→a (a story's
        events counted once unless `count_duplicates`).

        Raises:
            UsageError: `a` or `b` is not an actor code (E008).
        """
        a, b = check_code(a), check_code(b)
        out: list[DyadMonth] = []
        for src, tgt in ((a, b), (b, a)):
            rows = self._rows(queries.dyad_sql(count_duplicates), [src, src, tgt, tgt])
            out.extend(DyadMonth(src, tgt, *row) for row in rows)
        return out

    def summary(self, count_duplicates: bool = False) -> Summary:
        """Counts of articles and stories, events by dyad and quad class, quotes by speaker;
        a story's events and quotes are counted once unless `count_duplicates`."""
        articles, stories = self._rows(queries.ARTICLES_AND_STORIES, [])[0]
        events = self._rows(queries.count_sql("events", count_duplicates), [])[0][0]
        quotes = self._rows(queries.count_sql("quotes", count_duplicates), [])[0][0]
        totals = self._rows(queries.dyad_totals_sql(count_duplicates), [])
        voices = self._rows(queries.speakers_sql(count_duplicates), [])
        dyads = [queries.dyad_total(row) for row in totals]
        speakers = [queries.speaker_count(row) for row in voices]
        return Summary(int(articles), int(events), int(quotes), dyads, speakers, int(stories))


def _slices(rows: Iterable[list[Any]], size: int) -> Iterator[list[list[Any]]]:
    """`rows` in lists of at most `size`, made as they are read."""
    it = iter(rows)
    while part := list(islice(it, size)):
        yield part
