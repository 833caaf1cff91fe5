"""What every `veille` command shares: the Typer app, the common options, settings, the
error and skip reporting, the input readers' options, progress and the database opened
for a query."""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO, NamedTuple, Protocol

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from veille.errors import Errors, SkipReason, UnsupportedLanguage, UsageError, VeilleError
from veille.events.evidence import Dropped
from veille.ingest import Notice, ReadOptions, Skipped, articles_only, read_paths
from veille.options import CodingOptions
from veille.settings import Settings
from veille.store import Store
from veille.stories import StoryParams
from veille.types import Article, CodedArticle

app = typer.Typer(
    name="veille",
    help="Code dated French news into political events (CAMEO), actors and quotes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,  # help texts are plain: "veille[web]" is not markup
)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="A veille.toml merged over the defaults.")
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", "-s", help="Override one setting: dotted.key=value (repeatable)."),
]
DbOpt = Annotated[Path | None, typer.Option("--db", help="DuckDB file [default: store.path].")]
FormatOpt = Annotated[Format, typer.Option("--format", help="Output format.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=0,
        help="Worker processes, each loading the pipeline once; 1 codes in this process, "
        "0 one per core [default: executor.workers, one per core].",
    ),
]
ExecutorOpt = Annotated[
    str | None,
    typer.Option(
        "--executor",
        help="local (worker processes here) or dask (needs veille[dask]) "
        "[default: executor.kind, local].",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Address of a Dask scheduler for --executor dask "
        "[default: executor.scheduler; none: a LocalCluster of --workers processes].",
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Code every article in this language (a folder of veille/lang/) "
        "[default: each article's own lang, else the language detected in its text].",
    ),
]
DuplicatesOpt = Annotated[
    bool,
    typer.Option(
        "--count-duplicates",
        help="Count every copy of a story (the same wire story in several outlets); "
        "by default a story counts once.",
    ),
]


class Coder(Protocol):
    def code(self, article: Article) -> CodedArticle: ...

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]: ...

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]: ...


def load_coder(settings: Settings, options: CodingOptions) -> Coder:
    """The NLP coders: one per language, each loading its spaCy model (seconds) when the
    first article in its language comes."""
    from veille.coders import Coders

    coder: Coder = Coders(settings, options)
    return coder


def coding_options(lang: str | None) -> CodingOptions:
    """The run's options: the language forced (checked), and today's date for undated
    articles (who holds which office)."""
    import datetime as dt

    if lang is not None:
        from veille.lang import language_folder

        lang = lang.strip().lower()
        language_folder(lang)  # an unknown language is an error before anything is read
    return CodingOptions(lang=lang, undated=dt.date.today().isoformat())


class Problems:
    """Reports skipped records and notices on stderr, one line each, and counts skips."""

    def __init__(self) -> None:
        self.skipped = 0

    def failed(self, article: Article, exc: Exception) -> None:
        """An article the pipeline could not code: reported, skipped, counted."""
        self.skipped += 1
        unsupported = isinstance(exc, UnsupportedLanguage)
        reason = (
            SkipReason.UNSUPPORTED_LANGUAGE if unsupported else SkipReason.CODING_FAILED
        ).value
        typer.echo(
            f"veille: skipped {article.id}: {reason} ({type(exc).__name__}: {exc})", err=True
        )

    def report(self, problem: Skipped | Notice) -> None:
        detail = f" ({problem.detail})" if problem.detail else ""
        if isinstance(problem, Skipped):
            self.skipped += 1
            what = "skipped"
        else:
            what = "warning"
        typer.echo(f"veille: {what} {problem.position()}: {problem.reason.value}{detail}", err=True)


@contextmanager
def reporting() -> Iterator[None]:
    """Turn a VeilleError into one line on stderr and exit status 2."""
    try:
        yield
    except VeilleError as exc:
        typer.echo(f"veille: error: {exc}", err=True)
        raise typer.Exit(2) from None


def load_settings(config: Path | None, sets: list[str] | None) -> Settings:
    overrides: dict[str, str] = {}
    for item in sets or []:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise UsageError(Errors.E008.format(value=item, what="setting (dotted.key=value)"))
        overrides[key.strip()] = value.strip()
    return Settings.load(config, overrides)


def stdin_for(paths: list[str]) -> BinaryIO:
    """The binary standard input; an error if it is needed but is a terminal."""
    if (not paths or "-" in paths) and sys.stdin.isatty():
        raise UsageError("no input: give a PATH, or pipe articles into standard input")
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))


def read_options(settings: Settings) -> ReadOptions:
    """Readers' options from the settings; today's date bounds the plausible dates."""
    import datetime as dt

    from veille.ingest import normalize_date

    earliest = settings["ingest.earliest_date"]
    if normalize_date(earliest) is None:
        raise UsageError(Errors.E008.format(value=earliest, what="ingest.earliest_date"))
    return ReadOptions.until(dt.date.today(), settings["ingest.years_ahead"], earliest)


def read_articles(paths: list[str], settings: Settings, problems: Problems) -> Iterator[Article]:
    """The articles in PATHS, read lazily as they are coded ('-', or no path at all, is the
    standard input); every skipped record and notice is reported through `problems`."""
    stdin = stdin_for(paths) if not paths or "-" in paths else None
    records = read_paths(paths, stdin, read_options(settings))
    return articles_only(records, problems.report)


def db_path(db: Path | None, settings: Settings) -> Path:
    return db if db is not None else Path(settings["store.path"])


def exit_if_skipped(problems: Problems) -> None:
    if problems.skipped:
        raise typer.Exit(1)


class Coding(NamedTuple):
    """How `veille code` codes: the language option and the executor options."""

    lang: str | None
    workers: int | None
    executor: str | None
    scheduler: str | None


PROGRESS_EVERY = 100  # articles between two progress lines when stderr is not a terminal


@contextmanager
def progress(bar_allowed: bool = True) -> Iterator[Callable[[Article], None]]:
    """A progress bar when stderr is a terminal (and `bar_allowed`: not while data goes to the
    same terminal); otherwise a line on stderr every PROGRESS_EVERY articles. Standard output
    is left alone either way."""
    console = Console(stderr=True)
    started = time.monotonic()
    done = 0
    if console.is_terminal and bar_allowed:
        columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, redirect_stdout=False) as bar:
            task = bar.add_task("coding", total=None)
            yield lambda _: bar.advance(task)
        return

    def line(_: Article) -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            rate = done / max(time.monotonic() - started, 1e-9)
            typer.echo(f"veille: {done} articles coded ({rate:.1f}/s)", err=True)

    yield line


def open_db(db: Path | None, config: Path | None, sets: list[str] | None) -> Store:
    """The database for a query command: read-only, waiting while an ingest writes it."""
    settings = load_settings(config, sets)
    return Store.open(
        db_path(db, settings), create=False, read_only=True, wait=settings["store.lock_wait"],
        stories=StoryParams.from_settings(settings),
    )  # fmt: skip
