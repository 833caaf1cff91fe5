"""The `veille` command line: thin commands over library functions.

Data go to stdout, diagnostics to stderr. Every `VeilleError` becomes one line
`veille: error: …` and exit status 2; a skipped input record makes the status 1.
"""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO, NamedTuple, Protocol

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from veille.errors import (
    CodingError,
    Errors,
    SkipReason,
    UnsupportedLanguage,
    UsageError,
    VeilleError,
)
from veille.evaluate import EvalReport, evaluate, load_gold, load_json_records
from veille.events.evidence import Dropped
from veille.executors import open_executor
from veille.explain import ArticleExplanation, Because
from veille.explain import explain as explain_misses
from veille.ingest import Notice, ReadOptions, Skipped, articles_only, read_paths
from veille.options import CodingOptions
from veille.serialize import from_dict, iter_json, to_json
from veille.settings import Settings
from veille.store import Store, ingest_in_batches, row_dict
from veille.store.rows import DyadMonth, EventRow, QuoteRow, Summary
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


class _Coder(Protocol):
    def code(self, article: Article) -> CodedArticle: ...

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]: ...

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]: ...


def _load_coder(settings: Settings, options: CodingOptions) -> _Coder:
    """The NLP coders: one per language, each loading its spaCy model (seconds) when the
    first article in its language comes."""
    from veille.coders import Coders

    coder: _Coder = Coders(settings, options)
    return coder


def _options(lang: str | None) -> CodingOptions:
    """The run's options: the language forced (checked), and today's date for undated
    articles (who holds which office)."""
    import datetime as dt

    if lang is not None:
        from veille.lang import language_folder

        lang = lang.strip().lower()
        language_folder(lang)  # an unknown language is an error before anything is read
    return CodingOptions(lang=lang, undated=dt.date.today().isoformat())


class _Problems:
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
def _reporting() -> Iterator[None]:
    """Turn a VeilleError into one line on stderr and exit status 2."""
    try:
        yield
    except VeilleError as exc:
        typer.echo(f"veille: error: {exc}", err=True)
        raise typer.Exit(2) from None


def _settings(config: Path | None, sets: list[str] | None) -> Settings:
    overrides: dict[str, str] = {}
    for item in sets or []:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise UsageError(Errors.E008.format(value=item, what="setting (dotted.key=value)"))
        overrides[key.strip()] = value.strip()
    return Settings.load(config, overrides)


def _stdin(paths: list[str]) -> BinaryIO:
    """The binary standard input; an error if it is needed but is a terminal."""
    if (not paths or "-" in paths) and sys.stdin.isatty():
        raise UsageError("no input: give a PATH, or pipe articles into standard input")
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))


def _read_options(settings: Settings) -> ReadOptions:
    """Readers' options from the settings; today's date bounds the plausible dates."""
    import datetime as dt

    from veille.ingest import normalize_date

    earliest = settings["ingest.earliest_date"]
    if normalize_date(earliest) is None:
        raise UsageError(Errors.E008.format(value=earliest, what="ingest.earliest_date"))
    return ReadOptions.until(dt.date.today(), settings["ingest.years_ahead"], earliest)


def _db(db: Path | None, settings: Settings) -> Path:
    return db if db is not None else Path(settings["store.path"])


def _exit_if_skipped(problems: _Problems) -> None:
    if problems.skipped:
        raise typer.Exit(1)


class _Coding(NamedTuple):
    """How `veille code` codes: the language option and the executor options."""

    lang: str | None
    workers: int | None
    executor: str | None
    scheduler: str | None


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
    problems = _Problems()
    with _reporting():
        settings = _settings(config, sets)
        given = paths or []
        stdin = _stdin(given) if not given or "-" in given else None
        records = read_paths(given, stdin, _read_options(settings))
        articles = articles_only(records, problems.report)
        # no bar when the JSON lines go to the terminal too: they would run through it
        with _progress(bar_allowed=not sys.stdout.isatty()) as advance:
            if dictionaries is not None:
                _code_with_dictionaries(dictionaries, articles, problems, advance)
            else:
                coding = _Coding(lang, workers, executor, scheduler)
                _code_to_stdout(settings, coding, articles, problems, advance)
    _exit_if_skipped(problems)


def _code_to_stdout(
    settings: Settings,
    how: _Coding,
    articles: Iterable[Article],
    problems: _Problems,
    advance: Callable[[Article], None],
) -> None:
    """Code the articles with the executor chosen and print each one's JSON line."""
    options = _options(how.lang)
    with open_executor(
        settings,
        lambda: _load_coder(settings, options),
        how.workers,
        how.executor,
        how.scheduler,
        options=options,
    ) as coder:
        for article, coded in coder.pairs(articles, problems.failed):
            _echo_json(coded)
            advance(article)


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
    problems: _Problems,
    advance: Callable[[Article], None],
) -> None:
    from veille.dictionaries.articles import code_article
    from veille.dictionaries.coder import load_coder
    from veille.events.cameo import CameoTable

    coder, cameo = load_coder(directory), CameoTable.load()
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
    problems = _Problems()
    with _reporting():
        settings = _settings(config, sets)
        stdin = _stdin(paths) if "-" in paths else None
        records = read_paths(paths, stdin, _read_options(settings))
        articles = articles_only(records, problems.report)  # read lazily, as coded
        options = _options(lang)
        with (
            open_executor(
                settings,
                lambda: _load_coder(settings, options),
                workers,
                executor,
                scheduler,
                options=options,
            ) as coder,
            _progress() as advance,
        ):
            counts = ingest_in_batches(
                _db(db, settings),
                coder,
                articles,
                advance,
                batch_size=settings["store.batch_size"],
                wait=settings["store.lock_wait"],
                on_error=problems.failed,
                stories=StoryParams.from_settings(settings),
            )
    typer.echo(f"{counts.new} new, {counts.present} already present, {problems.skipped} skipped")
    _exit_if_skipped(problems)


PROGRESS_EVERY = 100  # articles between two progress lines when stderr is not a terminal


@contextmanager
def _progress(bar_allowed: bool = True) -> Iterator[Callable[[Article], None]]:
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


def _open_db(db: Path | None, config: Path | None, sets: list[str] | None) -> Store:
    """The database for a query command: read-only, waiting while an ingest writes it."""
    settings = _settings(config, sets)
    return Store.open(
        _db(db, settings), create=False, read_only=True, wait=settings["store.lock_wait"],
        stories=StoryParams.from_settings(settings),
    )  # fmt: skip


def _fmt(value: float) -> str:
    return f"{value:+.2f}"


def _events_table(rows: list[EventRow]) -> Table:
    table = Table("date", "source", "target", "cameo", "goldstein", "quad", "trigger", "article")
    for r in rows:
        table.add_row(
            r.date or "-", r.source_code or "-", r.target_code or "-", r.cameo,
            _fmt(r.goldstein), str(r.quad_class), r.trigger_text, r.article_id,
        )  # fmt: skip
    return table


def _print_rows(rows: list[EventRow] | list[QuoteRow], table: Table, fmt: Format) -> None:
    if fmt is Format.jsonl:
        for row in rows:
            typer.echo(json.dumps(row_dict(row), ensure_ascii=False))
    else:
        Console().print(table)


@app.command()
def events(
    db: DbOpt = None,
    source: Annotated[str | None, typer.Option(help="Source country or code prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Target country or code prefix.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, e.g. 04.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code prefix, e.g. 042.")] = None,
    since: Annotated[str | None, typer.Option(help="First date (YYYY-MM[-DD]).")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, inclusive.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FormatOpt = Format.table,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    count_duplicates: DuplicatesOpt = False,
) -> None:
    """List stored events, oldest first (a story's events once)."""
    with _reporting(), _open_db(db, config, sets) as store:
        rows = store.events(
            source, target, root, code, since, until, limit, count_duplicates=count_duplicates
        )
        _print_rows(rows, _events_table(rows), fmt)


@app.command()
def quotes(
    db: DbOpt = None,
    speaker: Annotated[
        str | None, typer.Option(help="Part of a speaker's name or words, or a code prefix.")
    ] = None,
    fmt: FormatOpt = Format.table,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    count_duplicates: DuplicatesOpt = False,
) -> None:
    """List stored quotes with their speakers (a story's quotes once)."""
    with _reporting(), _open_db(db, config, sets) as store:
        rows = store.quotes(speaker, count_duplicates)
        table = Table("date", "speaker", "code", "quote", "article")
        for r in rows:
            who = r.speaker_name or r.speaker_text or "-"
            table.add_row(r.date or "-", who, r.speaker_code or "-", r.text, r.article_id)
        _print_rows(rows, table, fmt)


def _dyad_table(title: str, rows: list[DyadMonth]) -> Table:
    table = Table("month", "1 verbal coop", "2 material coop", "3 verbal conflict",
                  "4 material conflict", "mean Goldstein", title=title)  # fmt: skip
    for r in rows:
        counts = (r.verbal_coop, r.material_coop, r.verbal_conflict, r.material_conflict)
        table.add_row(r.month, *map(str, counts), _fmt(r.mean_goldstein))
    return table


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor, e.g. CHN.")],
    b: Annotated[str, typer.Argument(help="Second actor, e.g. RUS.")],
    db: DbOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    count_duplicates: DuplicatesOpt = False,
) -> None:
    """Monthly events per quad class and mean Goldstein score, A→B and B→A."""
    with _reporting(), _open_db(db, config, sets) as store:
        rows = store.dyad(a, b, count_duplicates)
        console = Console()
        for src, tgt in ((a.upper(), b.upper()), (b.upper(), a.upper())):
            part = [r for r in rows if (r.source, r.target) == (src, tgt)]
            console.print(_dyad_table(f"{src} → {tgt}", part))


def _summary_tables(s: Summary, top: int = 0) -> list[Table]:
    head = Table("articles", "stories", "events", "quotes", title="veille database")
    head.add_row(str(s.articles), str(s.stories), str(s.events), str(s.quotes))
    dyads = Table("source", "target", "1", "2", "3", "4", "total", "mean Goldstein",
                  title="events by dyad and quad class")  # fmt: skip
    shown = s.dyads[:top] if top > 0 else s.dyads
    for d in shown:
        counts = (d.verbal_coop, d.material_coop, d.verbal_conflict, d.material_conflict, d.total)
        dyads.add_row(d.source or "-", d.target or "-", *map(str, counts), _fmt(d.mean_goldstein))
    if len(shown) < len(s.dyads):
        dyads.caption = f"the {len(shown)} busiest of {len(s.dyads)} dyads (--top 0 lists all)"
    speakers = Table("speaker", "code", "quotes", title="quotes by speaker")
    voices = s.speakers[:top] if top > 0 else s.speakers
    for sp in voices:
        speakers.add_row(sp.speaker or "(unknown)", sp.code or "-", str(sp.quotes))
    if len(voices) < len(s.speakers):
        speakers.caption = f"the {len(voices)} most quoted of {len(s.speakers)} (--top 0 lists all)"
    return [head, dyads, speakers]


@app.command()
def summary(
    db: DbOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    top: Annotated[int, typer.Option(help="Rows per table; 0 lists all.")] = 20,
    count_duplicates: DuplicatesOpt = False,
) -> None:
    """Articles and stories, events by dyad and quad class, quotes by speaker."""
    with _reporting(), _open_db(db, config, sets) as store:
        console = Console()
        for table in _summary_tables(store.summary(count_duplicates), top):
            console.print(table)


def _predictions(path: Path) -> list[CodedArticle]:
    try:
        return [from_dict(d) for d in load_json_records(path)]
    except (KeyError, TypeError, ValueError) as exc:
        reason = f"not `veille code` output: {exc!r}"
        raise UsageError(Errors.E006.format(path=path, reason=reason)) from exc


def _print_report(report: EvalReport, show_misses: bool) -> None:
    console = Console()
    totals = Table("measure", "value", title="veille eval")
    for key, value in report.summary().items():
        totals.add_row(key, str(value))
    console.print(totals)
    roots = Table("root", "predicted", "correct", "precision", "required", "found", "recall", "F1",
                  title="events per CAMEO root")  # fmt: skip
    for r in report.per_root:
        roots.add_row(r.root, str(r.predicted), str(r.correct), f"{r.precision:.3f}",
                      str(r.required), str(r.found), f"{r.recall:.3f}", f"{r.f1:.3f}")  # fmt: skip
    console.print(roots)
    for article in report.articles if show_misses else []:
        for miss in article.misses:
            typer.echo(f"{article.id}: {miss.kind}: {miss.detail}")


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (.json or .jsonl).")],
    inputs: Annotated[
        list[str] | None, typer.Option("--input", help="Articles to code and score.")
    ] = None,
    pred: Annotated[
        Path | None, typer.Option(help="Score this `veille code` output instead.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    misses: Annotated[bool, typer.Option(help="List misses and extra triples.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="For each missed and extra event triple: its sentences, triggers, actors, "
            "and the rule that made it or dropped it.",
        ),
    ] = False,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    lang: LangOpt = None,
    dictionaries: Annotated[
        Path | None,
        typer.Option(help="With `eval petrarch FILE.xml`: a PETRARCH dictionary folder."),
    ] = None,
) -> None:
    """Score veille on annotated articles: events, quotes and actors, as in score.py.

    `veille eval petrarch FILE.xml [--dictionaries DIR] [--json]` codes a PETRARCH
    validation file with its dictionaries instead (docs/petrarch-dictionaries.md).
    """
    if gold and str(gold[0]) == "petrarch":
        _eval_petrarch(gold[1:], dictionaries, as_json, misses)
        return
    problems = _Problems()
    with _reporting():
        settings = _settings(config, sets)
        if (inputs is None) == (pred is None):
            raise UsageError("give either --input PATH (to code and score) or --pred FILE")
        golds = [g for path in gold for g in load_gold(path)]
        dropped: dict[str, list[Dropped]] | None = None
        texts: dict[str, str] | None = None
        if pred is not None:
            coded = _predictions(pred)
        else:
            stdin = _stdin(inputs or []) if "-" in (inputs or []) else None
            records = read_paths(inputs or [], stdin, _read_options(settings))
            articles = articles_only(records, problems.report)
            coder = _load_coder(settings, _options(lang))
            if explain:
                read = list(articles)
                traced = _traced(coder, read, problems)
                coded = [c for c, _ in traced]
                dropped = {c.id: lost for c, lost in traced}
                texts = {a.id: a.text for a in read}
            else:
                coded = list(coder.code_many(articles, problems.failed))
        report = evaluate(golds, coded)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            _print_report(report, misses)
        if explain:
            explained = explain_misses(golds, coded, dropped, texts)
            _print_explanations(explained, dropped is not None)
    _exit_if_skipped(problems)


def _traced(
    coder: _Coder, articles: list[Article], problems: _Problems
) -> list[tuple[CodedArticle, list[Dropped]]]:
    """Each article coded with the candidates dropped; one that cannot be coded is skipped."""
    out = []
    for article in articles:
        try:
            out.append(coder.trace(article))
        except CodingError as exc:
            problems.failed(article, exc)
    return out


def _eval_petrarch(
    files: list[Path], dictionaries: Path | None, as_json: bool, misses: bool
) -> None:
    from veille.dictionaries.evaluation import evaluate_petrarch

    with _reporting():
        if len(files) != 1:
            raise UsageError("give one PETRARCH validation file: veille eval petrarch FILE.xml")
        scores = evaluate_petrarch(files[0], dictionaries)
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), ensure_ascii=False))
        return
    table = Table("category", "records", "exact", "P", "R", "F1", title="veille eval petrarch")
    rows = [*sorted(scores.categories.items()), ("all", scores.total)]
    for name, t in rows:
        table.add_row(
            name, str(t.records), str(t.exact), *(f"{v:.3f}" for v in (t.precision, t.recall, t.f1))
        )
    Console().print(table)
    if misses:
        for r in scores.results:
            if not r.exact:
                typer.echo(f"{r.id}: gold {sorted(r.gold)} coded {sorted(r.coded)}")


def _event_lines(b: Because) -> list[str]:
    e = b.event
    head = f"dropped ({b.dropped})" if b.dropped else "output"
    src = f"{e.source.code} «{e.source.text}»" if e.source else "no source"
    tgt = f"{e.target.code} «{e.target.text}»" if e.target else "no target"
    return [
        f"    {head}: trigger «{e.trigger.text}» {e.cameo}: {src} -> {tgt}"
        f" · confidence {e.confidence}",
        f"      rules: {' '.join(e.evidence) or '(none recorded)'}",
        f"      sentence: {' '.join(e.sentence.split())}",
    ]


def _print_explanations(articles: list[ArticleExplanation], traced: bool) -> None:
    if not traced:
        typer.echo("(--pred: the candidates the coder dropped are not known; code with --input)")
    for article in articles:
        if not article.items:
            continue
        typer.echo(f"== {article.id}")
        for item in article.items:
            source, target, root = item.triple
            note = f" ({item.note})" if item.note else ""
            typer.echo(f"  {item.kind}: {source} -> {target} root {root}{note}")
            for b in item.events:
                for line in _event_lines(b):
                    typer.echo(line)
            if item.kind == "missed" and not item.events:
                typer.echo("    no candidate event made this triple (no trigger, or other actors)")
            for b in item.near:
                for line in _event_lines(b):
                    typer.echo(line.replace("output:", "output instead:", 1))
            for code, words in item.actors.items():
                found = ", ".join(f"«{w}»" for w in words[:5]) or "never found"
                typer.echo(f"    actor {code} in the article: {found}")
            for sent in item.sentences:
                typer.echo(f"    sentence naming them: {sent.text}")
                typer.echo(f"      triggers read: {'; '.join(sent.triggers) or 'none'}")


@app.command("coverage")
def coverage_command(
    lang: Annotated[str, typer.Option(help="Language whose coverage suite to run.")] = "fr",
    root: Annotated[str | None, typer.Option(help="Only this CAMEO root, e.g. 04.")] = None,
    failures: Annotated[bool, typer.Option(help="List the cases that fail.")] = False,
    config: ConfigOpt = None,
    sets: SetOpt = None,
) -> None:
    """Run the language's coverage suite (sentences for every 3-digit CAMEO code)."""
    from veille.coverage import load_coverage, rates, run

    with _reporting():
        cases = [c for c in load_coverage(lang) if root is None or c.root == root]
        coder = _load_coder(_settings(config, sets), _options(lang))
        results = list(run(coder, cases, lang))
    table = Table("root", "cases", "passed", "rate", title=f"coverage suite ({lang})")
    for r in rates(results):
        table.add_row(r.root, str(r.cases), str(r.passed), f"{r.rate:.0%}")
    Console().print(table)
    for res in results if failures else []:
        if not res.passed:
            c = res.case
            typer.echo(f"{c.code} {c.form} {c.source}>{c.target}: {c.text}")
            typer.echo(f"    found: {', '.join(res.found) or 'nothing'}")


def main(argv: list[str] | None = None) -> Any:
    """Entry point for `python -m veille`."""
    return app(args=argv, prog_name="veille")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="A Host name to answer besides loopback names (repeatable)."),
    ] = None,
    demo: Annotated[
        bool, typer.Option(help="Serve the built-in fixture database instead of --db.")
    ] = False,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    count_duplicates: DuplicatesOpt = False,
) -> None:
    """Serve the dashboard and JSON API over a database, read-only (needs veille[web])."""
    with _reporting():
        settings = _settings(config, sets)
        if demo:
            import tempfile

            from veille.fixtures import build_fixture_db

            path = build_fixture_db(Path(tempfile.mkdtemp(prefix="veille-demo-")) / "demo.duckdb")
        else:
            path = _db(db, settings)
        import uvicorn

        from veille.web import create_app
        from veille.web.security import allowed_hosts

        hosts = allowed_hosts(host, allow_host or [])
        web_app = create_app(str(path), hosts, settings["store.lock_wait"], count_duplicates)
        typer.echo(f"veille: serving {path} on http://{host}:{port}/", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="info")


plot_app = typer.Typer(
    help="Charts as PNG files (needs veille[web]).", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(plot_app, name="plot")
OutOpt = Annotated[Path, typer.Option("--output", "-o", help="PNG file to write.")]


@plot_app.command("dyad")
def plot_dyad_command(
    a: Annotated[str, typer.Argument(help="First actor, e.g. CHN.")],
    b: Annotated[str, typer.Argument(help="Second actor, e.g. RUS.")],
    output: OutOpt,
    db: DbOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
) -> None:
    """Monthly events between A and B (both directions): quad classes and mean Goldstein."""
    with _reporting():
        from veille.plot import plot_dyad

        written = plot_dyad(_db(db, _settings(config, sets)), a, b, output)
    typer.echo(f"wrote {written}", err=True)


@plot_app.command("actor")
def plot_actor_command(
    code: Annotated[str, typer.Argument(help="Actor, e.g. CHN.")],
    output: OutOpt,
    db: DbOpt = None,
    config: ConfigOpt = None,
    sets: SetOpt = None,
) -> None:
    """Monthly events of one actor, as source or target: quad classes and mean Goldstein."""
    with _reporting():
        from veille.plot import plot_actor

        written = plot_actor(_db(db, _settings(config, sets)), code, output)
    typer.echo(f"wrote {written}", err=True)


@app.command("dictionaries")
def dictionaries_command(
    directory: Annotated[Path, typer.Argument(help="Folder of PETRARCH/TABARI dictionaries.")],
    prefix: Annotated[
        str, typer.Option(help="Without a PETR_config.ini, only files starting with this.")
    ] = "",
    strict: Annotated[bool, typer.Option(help="Malformed lines are errors.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Read PETRARCH dictionaries and print counts per kind and the lines kept out."""
    from veille.dictionaries import load_dictionaries
    from veille.dictionaries.summary import notice_counts, summarize

    with _reporting():
        found = load_dictionaries(directory, prefix=prefix, strict=strict)
    rows, notices = summarize(found), found.notices()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "counts": [{"file": r.file, "kind": r.kind, "count": r.count} for r in rows],
                    "notice_counts": notice_counts(found),
                    "notices": [
                        {
                            "file": n.path.name,
                            "line": n.line,
                            "kind": n.kind.value,
                            "detail": n.detail,
                        }
                        for n in notices
                    ],
                },
                ensure_ascii=False,
            )
        )
        return
    table = Table("file", "kind", "count", title=f"dictionaries in {directory}")
    for r in rows:
        table.add_row(r.file, r.kind, str(r.count))
    Console().print(table)
    typer.echo(
        f"{len(notices)} notices: " + ", ".join(f"{k} {v}" for k, v in notice_counts(found).items())
    )
    for n in notices:
        typer.echo(f"  {n}")
