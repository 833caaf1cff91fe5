"""The `veille_actors` spaCy component: mentions found, then resolved on the doc's date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.actors.descriptions import DescriptionFinder
from veille.actors.mentions import MentionFinder
from veille.actors.registry import OfficeTerms, parse_date
from veille.actors.resolve import Resolver
from veille.nlp.extensions import register_extensions
from veille.resources import Resources, resources_config
from veille.settings import Settings

_DEFAULTS = Settings.load()  # the packaged defaults (default_config.toml)


class ActorRecognizer:
    """Writes `doc._.veille_mentions` (resolved `Mention` objects, in reading order), resolved
    on `doc._.veille_date` (the Coder sets the article's date there, or for an undated
    article the date its caller gives)."""

    def __init__(self, nlp: Language, resources: Resources, resolver: Resolver) -> None:
        self.finder = MentionFinder(nlp, resources.gazetteer, resources.lang)
        self.descriptions = DescriptionFinder(
            resources.gazetteer, resources.lang, resources.registry.iso_countries
        )
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.finder.find(doc)
        heads = {m.head for m in mentions if m.kind == "agent"}
        found = self.descriptions.find(doc, [m for m in mentions if m.kind == "name"])
        mentions += [m for m in found if m.head not in heads]  # "le groupe armé" is an agent
        mentions.sort(key=lambda m: (m.start, -m.end))
        self.resolver.resolve(doc, mentions, parse_date(doc._.veille_date))
        doc._.veille_mentions = mentions
        return doc


@Language.factory(
    "veille_actors",
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.veille_mentions"],
    default_config={
        "resources": resources_config("fr"),
        "default_country": _DEFAULTS["actors.default_country"],
        "default_country_min_mentions": _DEFAULTS["actors.default_country_min_mentions"],
        "person_window": _DEFAULTS["actors.person_window"],
        "place_window": _DEFAULTS["actors.place_window"],
        "elect_days": _DEFAULTS["actors.elect_days"],
        "former_after_days": _DEFAULTS["actors.former_after_days"],
    },
)
def make_actor_recognizer(
    nlp: Language,
    name: str,
    resources: Resources,
    default_country: bool,
    default_country_min_mentions: int,
    person_window: int,
    place_window: int,
    elect_days: int,
    former_after_days: int,
) -> ActorRecognizer:
    """Create the actor recognition and resolution component (settings `actors.*`)."""
    register_extensions()
    terms = OfficeTerms(elect_days=elect_days, former_after_days=former_after_days)
    resolver = Resolver(
        resources.registry.with_terms(terms),
        use_default=default_country,
        min_mentions=default_country_min_mentions,
        person_window=person_window,
        place_window=place_window,
        grammar=resources.lang.grammar,
    )
    return ActorRecognizer(nlp, resources, resolver)
