"""The `veille_events` spaCy component: triggers + arguments → coded events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.annotations import FoundQuote
from veille.events.arguments import ArgumentFinder
from veille.events.candidate import TriggerCoder
from veille.events.evidence import (
    CONTENT,
    HYPOTHETICAL,
    QUOTE_VERB,
    ArgEvidence,
    Dropped,
)
from veille.events.filters import EventFilter
from veille.events.framed import FramedJudgements
from veille.events.recode import accusations
from veille.events.rules import FORCE_ROOTS, NOUN_POS
from veille.nlp.extensions import register_extensions
from veille.nlp.sents import sentence
from veille.resources import Resources, resources_config
from veille.schemas import TriggerRow
from veille.settings import Settings
from veille.text import fold
from veille.types import Event

_DEFAULTS = Settings.load()  # the packaged defaults (default_config.toml)
# the settings the component takes from its config (without their "events." prefix)
EVENT_SETTINGS = (
    "events.min_confidence",
    "events.domestic_roots",
    "events.reciprocal_roots",
    "events.no_context_roots",
    "events.target_required_roots",
)


class EventCoder(TriggerCoder):
    """Triggers + arguments → coded events, with those dropped and why."""

    def __init__(self, res: Resources, settings: Settings) -> None:
        super().__init__(res, settings)
        self.object_control = {fold(v) for v in res.lang.cues.object_control_verbs}
        self.quantities = {fold(v) for v in res.lang.cues.quantity_nouns}
        self.filter = EventFilter(settings, self.weights)
        self.framed = FramedJudgements(
            {fold(r.form) for r in res.lang.speaker_frames if r.kind == "according"},
            res.lang.grammar.framing_needs_comma,
            self.criticism,
            {fold(v) for v in res.lang.cues.judging_copulas},
        )

    def __call__(self, doc: Doc) -> Doc:
        finder = ArgumentFinder(
            doc,
            doc._.veille_mentions or [],
            doc._.veille_quotes or [],
            self.res.gazetteer,
            lambda t: self._trigger(t) is not None,
            self.object_control,
            self.quantities,
            grammar=self.grammar,
            onsets=self.onsets,
        )
        quotes = doc._.veille_quotes or []
        quote_verbs = {q.verb_i for q in quotes if q.verb_i is not None}
        said: dict[int, list[FoundQuote]] = {}
        for q in quotes:
            if q.said_i is not None:
                said.setdefault(q.said_i, []).append(q)
        quoted = {i for q in quotes for i in range(q.tok_start, q.tok_end)}
        ev = ArgEvidence(doc._.veille_mentions or [])
        incises = {q.verb_i: q for q in quotes if q.verb_i is not None and q.actor}
        events: list[Event] = []
        dropped: list[Dropped] = []
        for token in doc:
            row = self._trigger(token)
            if row is None:
                continue
            if self._light_verb(token):
                continue  # "lancer une offensive": the noun is the event
            why = HYPOTHETICAL if self.modality.hypothetical(token) else None
            why = why or (CONTENT if self._is_content(token) or self._governed(token) else None)
            judged = row
            if row.code[:2] == "01":
                judged = self._judged(token, row, said.get(token.i, []))
            if row.code[:2] in FORCE_ROOTS and self.modality.aimed(token):
                why = why or HYPOTHETICAL  # "envahir l'ambassade pour capturer X"
            incise = token.i in quote_verbs and judged.code == "010"  # "a démenti" is 016
            if self._states(token, judged) and (incise or token.i in quoted):
                why = why or QUOTE_VERB  # "», a-t-il ajouté": the quote is the statement
            quotes_of = (quoted, incises)
            made, lost = self._code(token, judged, finder, quotes_of, ev, judged is not row)
            dropped += lost
            if why:
                dropped += [Dropped(e, why) for e in made]
            else:
                events += made
        events += self._framed(doc, finder)
        kept, lost = self.filter.apply(accusations(doc, events, self._coding, self.weights))
        doc._.veille_events = kept
        doc._.veille_dropped = dropped + lost
        return doc

    def _states(self, token: Token, row: TriggerRow) -> bool:
        """A statement, once refined: «« Nous rappelons notre ambassadeur »» is a recall
        (161), not the quote's speech verb."""
        refined = self._refine(token, row)[0] if row.refine else None
        return (refined or row.code)[:2] == "01"

    def _framed(self, doc: Doc, finder: ArgumentFinder) -> list[Event]:
        """ "Selon X, la décision de Y est inacceptable": X criticises Y (events/framed.py)."""
        events: list[Event] = []
        i = 0
        while i < len(doc):
            sent = sentence(doc, i)
            i = sent.end
            found = self.framed.find(sent, finder)
            if found is None or self.modality.hypothetical(found.predicate):
                continue
            negated = self.modality.negated(found.predicate)
            tags = ["trigger:noun" if found.predicate.pos_ in NOUN_POS else "trigger:verb"]
            tags += ["code:judged", "framed"]
            events += [
                self._event(found.predicate, found.code, s, t, negated, tags)
                for s in found.sources
                for t in found.targets
            ]
        return events


@Language.factory(
    "veille_events",
    requires=["doc._.veille_mentions", "doc._.veille_quotes"],
    assigns=["doc._.veille_events", "doc._.veille_dropped"],
    default_config={
        "resources": resources_config("fr"),
        **{key.split(".")[1]: _DEFAULTS[key] for key in EVENT_SETTINGS},
    },
)
def make_event_coder(
    nlp: Language,
    name: str,
    resources: Resources,
    min_confidence: float,
    domestic_roots: list[str],
    reciprocal_roots: list[str],
    no_context_roots: list[str],
    target_required_roots: list[str],
) -> EventCoder:
    """Create the event coding component (settings `events.*`)."""
    register_extensions()
    settings = Settings(
        {
            "events.min_confidence": min_confidence,
            "events.domestic_roots": domestic_roots,
            "events.reciprocal_roots": reciprocal_roots,
            "events.no_context_roots": no_context_roots,
            "events.target_required_roots": target_required_roots,
        }
    )
    return EventCoder(resources, settings)
