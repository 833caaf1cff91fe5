"""The `veille` command line: thin commands over library functions.

Data go to stdout, diagnostics to stderr. Every `VeilleError` becomes one line
`veille: error: …` and exit status 2; a skipped input record makes the status 1.
Each module registers its commands on the one Typer `app` (in the order `--help`
lists them, which is the modules' alphabetical order): coding (code, ingest), database
(events, quotes, dyad, summary), evaluation (eval, coverage), extras (serve, plot,
dictionaries); `common` holds what they share.
"""

from __future__ import annotations

from typing import Any

from veille.cli import coding, database, evaluation, extras
from veille.cli.common import app

__all__ = ["app", "coding", "database", "evaluation", "extras", "main"]


def main(argv: list[str] | None = None) -> Any:
    """Entry point for `python -m veille`."""
    return app(args=argv, prog_name="veille")
