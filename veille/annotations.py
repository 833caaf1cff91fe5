"""What one of veille's components leaves on a Doc for the next ones (shared types, below
every stage): the quotes of `doc._.veille_quotes`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from veille.types import Actor, Quote, Speaker


@dataclass
class FoundQuote:
    """A quote with its token range, kept on the Doc for the event coder."""

    quote: Quote
    tok_start: int
    tok_end: int
    actor: Actor | None
    verb_i: int | None = None  # the speech verb of an incise ("», a-t-il dit")
    said_i: int | None = None  # the speech verb that introduced it, wherever it stands
    closed: bool = True
    also: tuple[Speaker, ...] = ()  # the others of a list of speakers ("ont dit X et Y")

    def each_speaker(self) -> list[Quote]:
        """The quote once for each of its speakers (a passage said jointly by several)."""
        return [self.quote, *(replace(self.quote, speaker=s) for s in self.also)]
