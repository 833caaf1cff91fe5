"""The `veille_events` spaCy component: triggers + arguments → coded events."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.annotations import FoundQuote
from veille.events.arguments import ArgumentFinder
from veille.events.cameo import intent_code, threat_code
from veille.events.control import GOVERNING_ROOTS
from veille.events.evidence import (
    CONTENT,
    HYPOTHETICAL,
    MEDIA_SOURCE,
    NO_DESTINATION,
    NO_SOURCE,
    QUOTE_VERB,
    ArgEvidence,
    Dropped,
    confidence,
    load_weights,
)
from veille.events.filters import EventFilter, reporting_outlet
from veille.events.followers import Followers
from veille.events.grammar import Arg
from veille.events.meetings import MEET, THIRD_PLACE, third_place
from veille.events.members import givers
from veille.events.modality import Modality
from veille.events.reading import ArgumentReader
from veille.events.recode import accusations
from veille.events.rules import (
    DEMAND,
    FORCE_ROOTS,
    HOST,
    INCISE_ACTS,
    INSTRUMENT_SECTORS,
    JOINT_ROOTS,
    MUTUAL_CODES,
    NOUN_POS,
    ORIGIN_CODES,
    TRAVEL_CODES,
    actor_ref,
    distinct,
    imperative,
    other_country,
)
from veille.nlp.extensions import register_extensions
from veille.nlp.sents import sentence
from veille.resources import Resources, resources_config
from veille.schemas import TriggerRow
from veille.settings import Settings
from veille.text import fold
from veille.types import Actor, Event, Plover, Span

_DEFAULTS = Settings.load()  # the packaged defaults (default_config.toml)
# the settings the component takes from its config (without their "events." prefix)
EVENT_SETTINGS = (
    "events.min_confidence",
    "events.domestic_roots",
    "events.reciprocal_roots",
    "events.no_context_roots",
    "events.target_required_roots",
)


class EventCoder(ArgumentReader):
    """Triggers + arguments → coded events, with those dropped and why."""

    def __init__(self, res: Resources, settings: Settings) -> None:
        super().__init__(res, settings)
        self.modality = Modality(res.lang.cues)
        self.followers = Followers(res.lang.cues, res.lang.grammar)
        self.object_control = {fold(v) for v in res.lang.cues.object_control_verbs}
        self.quantities = {fold(v) for v in res.lang.cues.quantity_nouns}
        self.no_context_roots = set(settings["events.no_context_roots"])
        self.weights = load_weights()
        self.filter = EventFilter(settings, self.weights)

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
            if judged.code[:2] == "01" and (incise or token.i in quoted):
                why = why or QUOTE_VERB  # "», a-t-il ajouté": the quote is the statement
            quotes_of = (quoted, incises)
            made, lost = self._code(token, judged, finder, quotes_of, ev, judged is not row)
            dropped += lost
            if why:
                dropped += [Dropped(e, why) for e in made]
            else:
                events += made
        kept, lost = self.filter.apply(accusations(doc, events, self._coding, self.weights))
        doc._.veille_events = kept
        doc._.veille_dropped = dropped + lost
        return doc

    def _code(
        self,
        token: Token,
        row: TriggerRow,
        finder: ArgumentFinder,
        quotes_of: tuple[set[int], dict[int, FoundQuote]],
        ev: ArgEvidence,
        judged: bool = False,
    ) -> tuple[list[Event], list[Dropped]]:
        """The candidate events of one trigger, and those dropped for want of actors;
        `quotes_of`: the quoted tokens, and the quotes by the index of their incise verb."""
        quoted, incises = quotes_of
        code, swap, mode, refined = self._refine(token, row)
        if code is None:
            return [], []
        tags = ["trigger:noun" if token.pos_ in NOUN_POS else "trigger:verb"]
        tags.append("code:judged" if judged else self._code_tag(row, code, refined))
        if imperative(token) and token.i in quoted:
            code, tags[1] = DEMAND, "code:order"  # "« arrêtez … »": a demand (CAMEO 100)
        elif threat_code(code) and self.modality.announced(token):
            code, tags[1] = threat_code(code) or code, "code:threat"  # "si …, nous frapperons"
        elif intent_code(code) and self.modality.future(token):
            code = intent_code(code) or code  # "coopérera", "va signer": a commitment (03)
        tags += ["in-quote"] if token.i in quoted else []
        sources, s_rule, targets, t_rule = self._arguments(token, row, code, mode, finder)
        if swap and not targets:  # "a reçu les critiques de X, de Y et de Z"
            targets, t_rule = givers(finder, token), "giver"
        if code[:2] in GOVERNING_ROOTS and t_rule in {"none", "content"} and mode != "none":
            governed = self._governed_targets(token, sources, finder)
            targets, t_rule = (governed, "governed") if governed else (targets, t_rule)
            own = {s.actor.country for s in sources}
            if targets and not code.startswith(self.domestic) and t_rule == "content":
                targets = [t for t in targets if t.actor.country not in own]  # its own people
        outlet = reporting_outlet(token, finder) if code[:2] == "01" else None
        if outlet is not None:  # "…, rapporte l'agence X": the outlet reports, nobody states
            lost = self._event(token, code, outlet, None, False, tags)
            return [], [Dropped(lost, MEDIA_SOURCE)]
        # a neutral verb whose quote condemns or praises ("», a estimé X") is X's act too
        neutral = fold(token.lemma_) in self.neutral_speech and not judged
        speech_act = not neutral and code.startswith(INCISE_ACTS)
        if not sources and token.i in incises and speech_act:
            # "« … », a accusé le président congolais": a speech act that is an event
            sources, targets = self._speaker(incises[token.i], targets, finder)
            s_rule = "incise"
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        if not sources and passive and code[:3] in MUTUAL_CODES:
            sources, s_rule = finder.between(token), "between"  # "un traité signé entre X et Y"
        if not sources:
            return [], [Dropped(self._event(token, code, None, None, False, tags), NO_SOURCE)]
        if not row.bare and not refined and not _of_sectors(sources, row.bare_sectors):
            return [], []  # "des migrants sont arrivés à Lampedusa": no visit
        if not targets and code[:3] in TRAVEL_CODES and code != HOST:
            lost = self._event(token, code, sources[0], None, False, tags)
            return [], [Dropped(lost, NO_DESTINATION)]  # a trip with no destination named
        if code[:2] in FORCE_ROOTS and targets and all(_instrument(sources, t) for t in targets):
            # "masser des troupes à la frontière ukrainienne": the troops are the means
            other = finder.complements(token, "obl") or _beyond(finder, targets[0])
            targets, t_rule = (other, "object") if other else (targets, t_rule)
        if len(sources) == 1:  # "», a salué le ministre" misparsed: the speaker is no target
            targets = [t for t in targets if distinct(sources[0], t)]
        if code.startswith(ORIGIN_CODES) and not _foreign(sources, targets):
            left = finder.origin(token, sources)  # "le retrait des troupes françaises du Niger"
            targets, t_rule = (left, "origin") if left else (targets, t_rule)
        if not targets and len(sources) == 1 and code[:2] not in self.no_context_roots:
            venues = code[:3] in MUTUAL_CODES or (code[:2] == MEET[:2] and code != HOST)
            targets = finder.in_sentence(token, sources, venues) if mode != "none" else []
            t_rule = "sentence"
            if not targets and code.startswith(self.domestic) and sources[0].actor.country:
                country = sources[0].actor.country
                targets = [Arg(Actor(code=country, country=country), "", "domestic")]
                t_rule = "domestic"
        if not targets and len(sources) == 1 and code[:2] == MEET[:2] and code != HOST:
            lost = self._event(token, code, sources[0], None, False, tags)
            return [], [Dropped(lost, NO_DESTINATION)]  # a meeting with no one named to meet
        followers = self.followers.of(token, finder) if self.followers and not swap else []
        if swap and targets:
            sources, targets, s_rule, t_rule = targets, sources, t_rule, s_rule
            tags.append("swap")
        elif followers:  # "X a condamné …, imité par Y": Y is a source, not a target
            sources += [f for f in followers if f not in sources]
            targets = [t for t in targets if t.actor.code not in {f.actor.code for f in followers}]
        negated = self.modality.negated(token)
        pairs: list[tuple[Arg, Arg | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if distinct(s, t)]
            pairs = pairs or [(s, None) for s in sources]
            if len(sources) > 1 and code[:3] in MUTUAL_CODES:  # "X et Y ont signé à Z"
                pairs += [(s, t) for s in sources for t in sources if other_country(s, t)]
        elif len(sources) > 1 and mode != "none" and not followers and self._joint(token, code):
            pairs = [(s, t) for s in sources for t in sources if other_country(s, t)]
            t_rule = "co-subject"
        pairs = pairs or [(s, None) for s in sources]
        made = []
        for s, t in pairs:
            both = tags + ev.tags("source", s_rule, s) + ev.tags("target", t_rule, t)
            pair_code = self._venue_code(token, code, finder, s, t)
            made.append(self._event(token, pair_code, s, t, negated, both))
        return made, []

    def _joint(self, token: Token, code: str) -> bool:
        """Subjects that did the act to each other (rules.JOINT_ROOTS)."""
        if code[:2] in JOINT_ROOTS | self.reciprocal_roots:
            return True
        reflexive = self.grammar.reflexive_pronouns
        return any(c.dep_ != "nsubj" and fold(c.text) in reflexive for c in token.children)

    def _speaker(
        self, quote: FoundQuote, targets: list[Arg], finder: ArgumentFinder
    ) -> tuple[list[Arg], list[Arg]]:
        """The speaker of a quote is the source of its incise verb (the parser often reads
        the inverted subject as an object); the target is then named in the quote."""
        assert quote.actor is not None
        said = quote.quote.speaker.text if quote.quote.speaker else None
        speaker = Arg(quote.actor, said or "", "parse")
        targets = [t for t in targets if t.actor.code != speaker.actor.code]
        for i in range(quote.tok_start, quote.tok_end) if not targets else []:
            targets = [a for a in finder.at(finder.doc[i]) if a.actor.code != speaker.actor.code]
            if targets:
                break
        return [speaker], targets

    def _code_tag(self, row: TriggerRow, code: str, refined: bool) -> str:
        if refined:
            return "code:refined"
        if code == "010" and fold(row.lemma) in self.neutral_speech:
            return "code:speech"
        return "code:bare"

    def _venue_code(
        self, token: Token, code: str, finder: ArgumentFinder, s: Arg, t: Arg | None
    ) -> str:
        """A meeting held in a third country is CAMEO 044."""
        if code != MEET or t is None or not third_place(finder, token, s, t):
            return code
        return THIRD_PLACE

    def _coding(self, code: str) -> dict[str, Any]:
        """The Event fields a CAMEO code determines, from the package's table."""
        row = self.res.cameo.get(code)
        plover = Plover(row.plover_type, row.plover_mode) if row.plover_type else None
        return {
            "cameo": code,
            "cameo_root": code[:2],
            "goldstein": row.goldstein,
            "quad_class": row.quad_class,
            "plover": plover,
        }

    def _event(
        self,
        token: Token,
        code: str,
        s: Arg | None,
        t: Arg | None,
        negated: bool,
        evidence: list[str],
    ) -> Event:
        sent = sentence(token.doc, token.i)
        return Event(
            source=actor_ref(s) if s else None,
            target=actor_ref(t) if t else None,
            **self._coding(code),
            sentence=sent.text,
            sentence_start=sent.start_char,
            trigger=Span(token.text, token.idx, token.idx + len(token.text)),
            negated=negated,
            confidence=confidence(evidence, self.weights, code[:2]),
            evidence=tuple(evidence),
        )


def _foreign(sources: list[Arg], targets: list[Arg]) -> bool:
    """A target of another country than every source's."""
    own = {s.actor.country for s in sources}
    return any(t.actor.country not in own for t in targets)


def _of_sectors(sources: list[Arg], sectors: list[str]) -> bool:
    """A source of one of the sectors (a trigger's `bare_sectors`)."""
    return any((s.actor.sector or "") in sectors for s in sources)


def _instrument(sources: list[Arg], target: Arg) -> bool:
    """The source's own armed forces or police, moved or used: a means, not a target."""
    own = {s.actor.country for s in sources}
    return target.actor.country in own and target.actor.sector in INSTRUMENT_SECTORS


def _beyond(finder: ArgumentFinder, means: Arg) -> list[Arg]:
    """Where the means were sent: "des troupes à la frontière ukrainienne"."""
    if means.span == (0, 0):
        return []
    root = finder.doc[means.span[0] : means.span[1]].root
    for child in root.children:
        if (
            child.dep_ == "nmod"
            and finder.case(child) in finder.g.target_cases - finder.g.place_cases
        ):
            found = finder.at(child, deep=True)
            if found:
                return found
    return []


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
