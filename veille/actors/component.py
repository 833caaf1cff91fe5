"""The `veille_actors` spaCy component: mentions found, then resolved on the doc's date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.actors.descriptions import DescriptionFinder
from veille.actors.mentions import MentionFinder
from veille.actors.registry import parse_date
from veille.actors.resolve import Resolver
from veille.nlp.resources import Resources


class ActorRecognizer:
    """Writes `doc._.veille_mentions` (resolved `Mention` objects, in reading order)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.finder: MentionFinder | None = None
        self.resolver: Resolver | None = None
        self.descriptions: DescriptionFinder | None = None

    def configure(self, res: Resources) -> None:
        self.finder = MentionFinder(self.nlp, res.gazetteer, res.lang)
        self.descriptions = DescriptionFinder(res.gazetteer, res.lang, res.registry.iso_countries)
        self.resolver = Resolver(
            res.registry,
            use_default=res.settings["actors.default_country"],
            min_mentions=res.settings["actors.default_country_min_mentions"],
            person_window=res.settings["actors.person_window"],
            place_window=res.settings["actors.place_window"],
            grammar=res.lang.grammar,
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.finder is None or self.resolver is None or self.descriptions is None:
            raise RuntimeError("veille_actors used before configure()")
        mentions = self.finder.find(doc)
        heads = {m.head for m in mentions if m.kind == "agent"}
        found = self.descriptions.find(doc, [m for m in mentions if m.kind == "name"])
        mentions += [m for m in found if m.head not in heads]  # "le groupe armé" is an agent
        mentions.sort(key=lambda m: (m.start, -m.end))
        self.resolver.resolve(doc, mentions, parse_date(doc._.veille_date))
        doc._.veille_mentions = mentions
        return doc


@Language.factory("veille_actors", requires=["token.dep", "doc.ents"])
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    """Create the actor recognition and resolution component."""
    return ActorRecognizer(nlp)
