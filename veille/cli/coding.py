"""`veille code` (JSON Lines on stdout) and `veille ingest` (into the database)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Annotated

import typer

from veille.cli import common
from veille.cli.common import (
    Coding,
    ConfigOpt,
    DbOpt,
    ExecutorOpt,
    LangOpt,
    Problems,
    SchedulerOpt,
    SetOpt,
    WorkersOpt,
    app,
    coding_options,
    db_path,
    exit_if_skipped,
    load_settings,
    progress,
    read_articles,
    reporting,
)
from veille.executors import Executor, open_executor
from veille.serialize import iter_json, to_json
from veille.settings import Settings
from veille.store import ingest_in_batches
from veille.stories import StoryParams
from veille.types import Article, CodedArticle


@app.command("code")
def code_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files or folders; '-' or nothing reads stdin.")
    ] = None,
    workers: WorkersOpt = None,
    executor: ExecutorOpt = None,
    scheduler: SchedulerOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    lang: LangOpt = None,
    dictionaries: Annotated[
        Path | None,
        typer.Option(help="Code English articles with this PETRARCH/TABARI dictionary folder."),
    ] = None,
) -> None:
    """Code articles and print one JSON object per article (JSON Lines) on stdout, in input
    order whatever the number of workers."""
    problems = Problems()
    with reporting():
        settings = load_settings(config, sets)
        articles = read_articles(paths or [], settings, problems)
        # no bar when the JSON lines go to the terminal too: they would run through it
        with progress(bar_allowed=not sys.stdout.isatty()) as advance:
            if dictionaries is not None:
                _code_with_dictionaries(dictionaries, articles, problems, advance)
            else:
                coding = Coding(lang, workers, executor, scheduler)
                _code_to_stdout(settings, coding, articles, problems, advance)
    exit_if_skipped(problems)


def _code_to_stdout(
    settings: Settings,
    how: Coding,
    articles: Iterable[Article],
    problems: Problems,
    advance: Callable[[Article], None],
) -> None:
    """Code the articles with the executor chosen and print each one's JSON line."""
    with _executor(settings, how) as coder:
        for article, coded in coder.pairs(articles, problems.failed):
            _echo_json(coded)
            advance(article)


def _executor(settings: Settings, how: Coding) -> AbstractContextManager[Executor]:
    """The executor chosen for `veille code` and `veille ingest`; each coder it starts
    loads the pipeline once."""
    options = coding_options(how.lang)
    return open_executor(
        settings,
        lambda: common.load_coder(settings, options),
        how.workers,
        how.executor,
        how.scheduler,
        options=options,
    )


def _echo_json(coded: CodedArticle) -> None:
    """Print one article's JSON line, a part at a time (a long article's results are never
    all in one string)."""
    pending = None
    for part in iter_json(coded):
        if pending is not None:
            typer.echo(pending, nl=False)
        pending = part
    typer.echo(pending)


def _code_with_dictionaries(
    directory: Path,
    articles: Iterable[Article],
    problems: Problems,
    advance: Callable[[Article], None],
) -> None:
    from veille.dictionaries.articles import code_article
    from veille.dictionaries.coder import load_coder as load_dictionary_coder
    from veille.events.cameo import CameoTable

    coder, cameo = load_dictionary_coder(directory), CameoTable.load()
    for article in articles:
        try:
            coded = code_article(coder, article, cameo)
        except Exception as exc:  # one bad article must not end a batch
            problems.failed(article, exc)
            continue
        typer.echo(to_json(coded))
        advance(article)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders; '-' reads stdin.")],
    db: DbOpt = None,
    workers: WorkersOpt = None,
    executor: ExecutorOpt = None,
    scheduler: SchedulerOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    lang: LangOpt = None,
) -> None:
    """Code articles and store them in the database; known articles are not added again.
    An article that cannot be coded (or kills its worker) is reported and skipped."""
    problems = Problems()
    with reporting():
        settings = load_settings(config, sets)
        articles = read_articles(paths, settings, problems)  # read lazily, as coded
        how = Coding(lang, workers, executor, scheduler)
        with _executor(settings, how) as coder, progress() as advance:
            counts = ingest_in_batches(
                db_path(db, settings),
                coder,
                articles,
                advance,
                batch_size=settings["store.batch_size"],
                wait=settings["store.lock_wait"],
                on_error=problems.failed,
                stories=StoryParams.from_settings(settings),
            )
    typer.echo(f"{counts.new} new, {counts.present} already present, {problems.skipped} skipped")
    exit_if_skipped(problems)
