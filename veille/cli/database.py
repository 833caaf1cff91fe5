"""Queries over the database: `veille events`, `quotes`, `dyad` and `summary`."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from veille.cli.common import (
    ConfigOpt,
    DbOpt,
    DuplicatesOpt,
    Format,
    FormatOpt,
    SetOpt,
    app,
    open_db,
    reporting,
)
from veille.store import row_dict
from veille.store.rows import DyadMonth, EventRow, QuoteRow, Summary


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
    with reporting(), open_db(db, config, sets) as store:
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
    with reporting(), open_db(db, config, sets) as store:
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
    with reporting(), open_db(db, config, sets) as store:
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
    with reporting(), open_db(db, config, sets) as store:
        console = Console()
        for table in _summary_tables(store.summary(count_duplicates), top):
            console.print(table)
