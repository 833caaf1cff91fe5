"""How an event was made: evidence tags, the confidence they give, dropped candidates.

Every event carries `evidence`, a list of `key:value` tags naming the rule or stage that
found each part of it (see `veille/data/evidence.tsv` for the list and docs/contract.md).
Its `confidence` is the product of the weights of its tags, so an event whose source and
target were both read from the parse of one verb scores higher than one whose target was
taken from elsewhere in the sentence, or whose source is a pronoun resolved by coreference.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from veille.actors.mentions import Mention
from veille.events.grammar import Arg
from veille.types import Event

# Why a candidate event was not output (the `reason` of a `Dropped`).
HYPOTHETICAL = "hypothetical"  # a question, a condition, a modal or a conditional
QUOTE_VERB = "quote-verb"  # the speech verb of a quote: the quote is the statement
CONTENT = "content"  # what another trigger asks, promises or rejects
NO_SOURCE = "no-source"  # no actor found as the doer
NO_DESTINATION = "no-destination"  # a trip with no place or host named
MEDIA_SOURCE = "media-source"  # a news outlet reporting the news
NO_ADDRESSEE = "no-addressee"  # a root that needs a target, with none named
BELOW_THRESHOLD = "below-threshold"  # confidence under events.min_confidence


@dataclass(frozen=True)
class Dropped:
    """A candidate event the coder did not output, and why."""

    event: Event
    reason: str


def load_weights() -> dict[str, float]:
    """The weight of each evidence tag, from `veille/data/evidence.tsv`."""
    text = resources.files("veille.data").joinpath("evidence.tsv").read_text("utf-8")
    weights: dict[str, float] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("tag\t"):
            continue
        tag, weight, *_ = line.split("\t")
        weights[tag] = float(weight)
    return weights


def confidence(tags: list[str], weights: dict[str, float], root: str = "") -> float:
    """The product of the weights of the tags (a tag without a weight counts 1); a
    weight `TAG@ROOT` replaces that of `TAG` for the events of CAMEO root `root`."""
    value = 1.0
    for tag in tags:
        value *= weights.get(f"{tag}@{root}", weights.get(tag, 1.0))
    return round(value, 3)


class ArgEvidence:
    """Names how an argument was found, from the mention behind it."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_span = {(m.start, m.end): m for m in mentions}

    def how(self, arg: Arg) -> str:
        """name | coref | default | context | lexicon | registry | quote | word | group |
        domestic: the way the words of an argument were resolved to an actor."""
        if arg.via == "domestic":
            return "domestic"
        m = self.by_span.get(arg.span)
        if m is None:  # a demonym ("frappe israélienne") or a first person in a quote
            return "quote" if arg.via == "context" else "word"
        if m.members:
            return "group"
        if m.kind in {"pronoun", "anaphor"}:
            return "coref"
        return m.how or "name"

    def tags(self, role: str, rule: str, arg: Arg | None) -> list[str]:
        """ "source:subject", "source-by:coref", …: the rule and how its actor was found."""
        if arg is None:
            return [f"{role}:none"]
        return [f"{role}:{rule}", f"{role}-by:{self.how(arg)}"]
