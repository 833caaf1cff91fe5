"""The `Doc._` extensions veille's components write (all under a `veille_` prefix)."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Declare the extensions once; safe to call again."""
    for name in ("veille_mentions", "veille_quotes", "veille_events", "veille_dropped"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("veille_date"):
        Doc.set_extension("veille_date", default=None)
