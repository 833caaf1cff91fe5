"""Checked filters over stored events, and the SQL WHERE clause they make.

`EventFilter.checked` checks raw user values (CLI options, query strings); `event_where`
turns a filter into fixed SQL text with `?` placeholders and its parameters, so that no
user value ever reaches the SQL text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from veille.errors import Errors, UsageError
from veille.store.queries import fold
from veille.store.rows import check_cameo, check_code, check_date, check_root

_LANG = re.compile(r"[a-z]{2,3}")
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class EventFilter:
    """Checked filters over events (and, through their events, articles and quotes).

    `source`/`target`/`country` match a country or the start of an actor code; `both`
    makes `source`/`target` match either direction. `until` is inclusive of its period.
    `count_duplicates` keeps every copy of a story's events and quotes (by default a story
    counts once: docs/stories.md).
    """

    source: str | None = None
    target: str | None = None
    country: str | None = None
    cameo: str | None = None
    root: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    q: str | None = None
    both: bool = False
    count_duplicates: bool = False

    @classmethod
    def checked(cls, **raw: Any) -> EventFilter:
        """Check and normalise raw user values (empty strings count as absent).

        Raises:
            UsageError: a value is not a valid code, CAMEO code, quad class, date or
                language (E008).
        """
        vals = {k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items()}
        vals = {k: v for k, v in vals.items() if v not in (None, "")}
        out: dict[str, Any] = {
            "both": bool(vals.pop("both", False)),
            "count_duplicates": bool(vals.pop("count_duplicates", False)),
        }
        for key in ("source", "target", "country"):
            if key in vals:
                out[key] = check_code(vals.pop(key))
        if "cameo" in vals:
            out["cameo"] = check_cameo(vals.pop("cameo"))
        if "root" in vals:
            out["root"] = check_root(vals.pop("root"))
        if "quad" in vals:
            quad = vals.pop("quad")
            if str(quad) not in {"1", "2", "3", "4"}:
                raise UsageError(Errors.E008.format(value=quad, what="quad class (1 to 4)"))
            out["quad"] = int(quad)
        for key in ("since", "until"):
            if key in vals:
                out[key] = check_date(str(vals.pop(key)))
        if "lang" in vals:
            lang = str(vals.pop("lang")).lower()
            if not _LANG.fullmatch(lang):
                raise UsageError(Errors.E008.format(value=lang, what="language code (e.g. fr)"))
            out["lang"] = lang
        if "q" in vals:
            out["q"] = fold(str(vals.pop("q"))[:MAX_QUERY_CHARS])
        if vals:
            raise UsageError(Errors.E008.format(value=sorted(vals), what="filter name"))
        return cls(**out)

    def params(self) -> dict[str, Any]:
        """The filters that are set, as they would be passed in a query string."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) not in (None, False)
        }

    def with_(self, **changes: Any) -> EventFilter:
        return replace(self, **changes)


_S = "(e.source_country = ? OR starts_with(e.source_code, ?))"
_T = "(e.target_country = ? OR starts_with(e.target_code, ?))"


def event_where(f: EventFilter, negated: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause over `events e` (fixed SQL with `?`) and its parameters."""
    clauses: list[str] = [] if negated else ["NOT e.negated"]
    if not f.count_duplicates:
        clauses.append("e.counted")
    params: list[Any] = []
    if f.both and f.source and f.target:
        clauses.append(f"(({_S} AND {_T}) OR ({_S} AND {_T}))")
        params += [f.source] * 2 + [f.target] * 2 + [f.target] * 2 + [f.source] * 2
    else:
        for value, clause in ((f.source, _S), (f.target, _T)):
            if value:
                clauses.append(clause)
                params += [value, value]
    if f.country:
        clauses.append(f"({_S} OR {_T})")
        params += [f.country] * 4
    fixed: tuple[tuple[Any, str], ...] = (
        (f.cameo, "starts_with(e.cameo, ?)"),
        (f.root, "e.cameo_root = ?"),
        (f.quad, "e.quad_class = ?"),
        (f.since, "e.date >= ?"),
        (f.lang, "e.article_id IN (SELECT id FROM articles WHERE lang = ?)"),
        (f.q, "contains(strip_accents(lower(e.sentence || ' ' || e.trigger_text)), ?)"),
    )
    for value, clause in fixed:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if f.until:
        clauses.append("substr(e.date, 1, length(?)) <= ?")
        params += [f.until, f.until]
    return " AND ".join(clauses) or "TRUE", params
