"""Commands over optional parts: `veille serve` and `veille plot` (veille[web]) and
`veille dictionaries` (PETRARCH/TABARI dictionary files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from veille.cli.common import (
    ConfigOpt,
    DbOpt,
    DuplicatesOpt,
    SetOpt,
    app,
    db_path,
    load_settings,
    reporting,
)


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
    with reporting():
        settings = load_settings(config, sets)
        if demo:
            import tempfile

            from veille.fixtures import build_fixture_db

            path = build_fixture_db(Path(tempfile.mkdtemp(prefix="veille-demo-")) / "demo.duckdb")
        else:
            path = db_path(db, settings)
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
    with reporting():
        from veille.plot import plot_dyad

        written = plot_dyad(db_path(db, load_settings(config, sets)), a, b, output)
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
    with reporting():
        from veille.plot import plot_actor

        written = plot_actor(db_path(db, load_settings(config, sets)), code, output)
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

    with reporting():
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
