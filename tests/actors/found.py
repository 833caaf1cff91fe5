"""What the actor sentence tests compare: the actor mentions written as a given form."""

from __future__ import annotations

from veille.pipeline import Coder
from veille.types import ActorMention, Article


def actors_named(coder: Coder, date: str, text: str, form: str) -> list[ActorMention]:
    """The actor mentions of `text` (an article of `date`) whose words are exactly `form`,
    in the order of the text."""
    coded = coder.code(Article(id="case", text=text, date=date))
    return [a for a in coded.actors if a.text == form]
