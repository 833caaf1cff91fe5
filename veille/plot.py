"""PNG charts for reports: a dyad's or an actor's monthly events (matplotlib, `veille[web]`).

matplotlib is imported inside the functions, with the Agg backend (no display needed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from veille.errors import Errors, StoreError, UsageError
from veille.store import locking
from veille.store.aggregates import dyad_series, timeline
from veille.store.duckdb_store import DEFAULT_LOCK_WAIT, Store
from veille.store.filters import EventFilter
from veille.store.rows import check_code

_COLOURS = ("#7fc97f", "#1b7837", "#f4a259", "#c62828")
_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _connect(db: str | Path) -> duckdb.DuckDBPyConnection:
    if not Path(db).is_file():
        raise StoreError(Errors.E007.format(path=db, reason="no such database"))
    Store.open(db, create=False, read_only=True).close()  # migrates a database made before stories
    return locking.connect(str(db), True, DEFAULT_LOCK_WAIT)


def _draw(series: list[dict[str, Any]], title: str, out: Path) -> Path:
    """Stacked monthly bars of the quad classes and a mean-Goldstein line, as a PNG."""
    if not series:
        raise UsageError(f"nothing to plot: no dated events for {title}")
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no such folder {out.parent}")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    months = [item["month"] for item in series]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=110)
    try:
        bottom = [0] * len(series)
        for quad, (colour, name) in enumerate(zip(_COLOURS, _NAMES, strict=True)):
            counts = [item["quads"][quad] for item in series]
            ax.bar(months, counts, bottom=bottom, color=colour, label=f"{quad + 1} {name}")
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        ax.set_ylabel("events")
        ax.set_title(title)
        ax.tick_params(axis="x", rotation=45)
        line = ax.twinx()
        means = [item["mean_goldstein"] for item in series]
        line.plot(months, [m if m is not None else float("nan") for m in means],
                  color="#14213d", marker="o", label="mean Goldstein")  # fmt: skip
        line.set_ylim(-10, 10)
        line.set_ylabel("mean Goldstein")
        ax.legend(loc="upper left", fontsize=8)
        fig.tight_layout()
        try:
            fig.savefig(out, format="png")
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        plt.close(fig)
    return out


def plot_dyad(db: str | Path, a: str, b: str, out: str | Path) -> Path:
    """Write a PNG of the events between `a` and `b` per month (both directions).

    Raises:
        StoreError: the database cannot be opened.
        UsageError: a code is invalid, or there are no dated events to plot.
    """
    a, b = check_code(a), check_code(b)
    with _connect(db) as con:
        series = dyad_series(con, a, b)
    return _draw(series, f"{a} – {b}: events per month", Path(out))


def plot_actor(db: str | Path, code: str, out: str | Path) -> Path:
    """Write a PNG of the events of actor `code` (as source or target) per month.

    Raises:
        StoreError: the database cannot be opened.
        UsageError: the code is invalid, or there are no dated events to plot.
    """
    code = check_code(code)
    with _connect(db) as con:
        series = timeline(con, EventFilter(country=code))
    return _draw(series, f"{code}: events per month", Path(out))
