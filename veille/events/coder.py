"""The `veille_events` spaCy component: triggers + arguments → coded events."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.annotations import FoundQuote
from veille.events.arguments import ArgumentFinder
from veille.events.cameo import intent_code, threat_code
from veille.events.control import (
    GOVERNING_ROOTS,
    REMOVING_ROOTS,
    governed_act,
    governed_words,
    governor,
    misparsed_subject,
)
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
from veille.events.grammar import TARGET_CASES, Arg
from veille.events.lemmas import acts_as_verb, verb_guesses
from veille.events.meetings import MEDIATE, MEET, THIRD_PLACE, between, third_place
from veille.events.modality import Modality
from veille.events.recode import accusations
from veille.events.rules import (
    CONFLICT_ROOTS,
    CONTENT_NOUN_ROOTS,
    CRITICISM,
    CROWD_ROOTS,
    DEMAND,
    FORCE_ROOTS,
    HOST,
    INCISE_ACTS,
    INSTRUMENT_SECTORS,
    MUTUAL_CODES,
    NOUN_POS,
    PATIENT_ROOTS,
    PRAISE,
    REACTION_DEPS,
    REACTION_ROOTS,
    REFINE_DEPS,
    REFLEXIVE,
    REQUEST_ROOTS,
    SPEECH_ACTS,
    TRAVEL_CODES,
    VERB_POS,
    actor_ref,
    distinct,
    imperative,
    infinitive_clause,
    infinitive_mark,
    other_country,
    refine_words,
    verb_as_noun,
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


class EventCoder:
    """Writes `doc._.veille_events` (and `doc._.veille_dropped`, the candidates dropped)."""

    def __init__(self, resources: Resources, settings: Settings) -> None:
        lang = resources.lang
        self.res = resources
        self.triggers: dict[tuple[str, str], TriggerRow] = {
            (fold(t.lemma), t.pos): t for t in lang.triggers
        }
        self.neutral_speech: set[str] = set()
        self.repeating: set[str] = set()  # neutral speech verbs without a trigger row
        for verb in lang.speech_verbs:  # a speech act is at least a statement (010)
            key = (fold(verb.lemma), "VERB")
            if key not in self.triggers:
                self.triggers[key] = TriggerRow(lemma=verb.lemma, code=verb.cameo or "010")
                if not verb.cameo:
                    self.repeating.add(fold(verb.lemma))
            if not verb.cameo:
                self.neutral_speech.add(fold(verb.lemma))
        self.modality = Modality(lang.cues)
        self.followers = Followers(lang.cues)
        self.object_control = {fold(v) for v in lang.cues.object_control_verbs}
        self.receiving = {fold(v) for v in lang.cues.receiving_verbs}
        self.quantities = {fold(v) for v in lang.cues.quantity_nouns}
        self.light_speech = {fold(v) for v in lang.cues.light_speech_verbs}
        self.criticism = {fold(w) for w in lang.cues.criticism}
        self.praise = {fold(w) for w in lang.cues.praise}
        self.domestic = tuple(settings["events.domestic_roots"])
        self.no_context_roots = set(settings["events.no_context_roots"])
        self.reciprocal_roots = set(settings["events.reciprocal_roots"])
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

    def _judged(self, token: Token, row: TriggerRow, quotes: list[FoundQuote]) -> TriggerRow:
        """A statement whose words condemn (or praise) is a criticism (111) or praise (051)."""
        words: set[str] = set()
        for child in token.children:
            if child.dep_.split(":")[0] in REFINE_DEPS | {"ccomp"}:
                words |= {fold(t.lemma_) for t in child.subtree}
        for q in quotes:
            words |= {fold(t.lemma_) for t in token.doc[q.tok_start : q.tok_end]}
        if words & self.criticism:
            return row.model_copy(update={"code": CRITICISM, "refine": []})
        if words & self.praise:
            return row.model_copy(update={"code": PRAISE, "refine": []})
        return row

    def _is_content(self, token: Token) -> bool:
        """A nominal trigger that is what another trigger asks, promises or rejects
        ("demander la levée des sanctions") is part of that event, not one of its own."""
        if token.pos_ not in NOUN_POS:
            return False
        if token.dep_ == "nmod" and token.head.pos_ in NOUN_POS:  # "la levée des sanctions"
            head = self._trigger(token.head)
            code = self._refine(token.head, head)[0] if head is not None else None
            return code is not None and code[:2] in CONTENT_NOUN_ROOTS
        if token.dep_ not in {"obj", "obl:arg", "xcomp"}:
            return False
        if fold(token.head.lemma_) in self.neutral_speech:
            return False  # "annoncer la rupture des relations": the announced act is coded
        head, row = self._trigger(token.head), self._trigger(token)
        if fold(token.head.lemma_) in self.repeating and row and row.code[:2] in SPEECH_ACTS:
            return False  # "réitérer son exigence de négociations": the noun is the event
        if head is not None and head.code == "010" and row is not None and row.code[:2] == "04":
            return False  # "assurer la médiation", "annoncer la visite": a talk, not its topic
        return head is not None and self._codes(token.head)

    def _governed(self, token: Token) -> bool:
        """An act promised, threatened or demanded by another ("menace de sanctionner"):
        part of that act, not an event of its own (veille/events/control.py)."""
        head = governor(token, lambda t: self._trigger(t) is not None)
        if head is None:
            return False
        row = self._trigger(head)
        code = self._refine(head, row)[0] if row is not None else None
        return code is not None and code[:2] in REMOVING_ROOTS

    def _governed_targets(
        self, token: Token, sources: list[Arg], finder: ArgumentFinder
    ) -> list[Arg]:
        """The targets of the act a promise, threat, demand or refusal is about."""
        act = governed_act(token, lambda t: self._trigger(t) is not None)
        row = self._trigger(act) if act is not None else None
        if act is None or row is None:
            return []
        code, _, mode, _ = self._refine(act, row)
        if code is None:
            return []
        targets = self._arguments(act, row, code, mode, finder)[2]
        return [t for t in targets if all(distinct(s, t) for s in sources)]

    def _codes(self, token: Token) -> bool:
        """A trigger that gives a code here (one with `bare: false` needs a refinement)."""
        row = self._trigger(token)
        return row is not None and self._refine(token, row)[0] is not None

    def _light_verb(self, token: Token) -> bool:
        """A neutral speech verb whose object is an event noun ("lancer une offensive",
        "annoncer la mobilisation", "lancer un ultimatum") only carries the noun's event."""
        lemma = fold(token.lemma_)
        if lemma not in self.neutral_speech | self.light_speech or token.pos_ not in VERB_POS:
            return False
        return any(
            c.dep_ == "obj" and c.pos_ in NOUN_POS and self._codes(c) for c in token.children
        )

    def _trigger(self, token: Token) -> TriggerRow | None:
        lemma = fold(token.lemma_)
        verbal = token.pos_ in VERB_POS or (
            token.pos_ in {"ADJ", "NOUN", "ADV"}  # "ont violé" is sometimes tagged ADV
            and ("VerbForm=Part" in str(token.morph) or acts_as_verb(token))
        )
        if verbal:
            row = self.triggers.get((lemma, "VERB"))
            for guess in verb_guesses(token) if row is None else []:
                row = self.triggers.get((guess, "VERB"))
                if row is not None:
                    break
            if row is not None or token.pos_ in VERB_POS:
                return row
        if token.pos_ in NOUN_POS:
            return self.triggers.get((lemma, "NOUN"))
        return None

    def _refine(self, token: Token, row: TriggerRow) -> tuple[str | None, bool, str, bool]:
        code: str | None = row.code
        if row.reflexive and not any(fold(c.text) in REFLEXIVE for c in token.children):
            code = None  # "rendre hommage" is not "se rendre à"
        if not row.bare:
            code = None  # only a refinement below can code it
        swap = row.swap
        target: str = row.target
        words = refine_words(token) | governed_words(token, lambda t: self._trigger(t) is not None)
        if row.code[:2] in FORCE_ROOTS:  # "des drones ont frappé": the weapon as subject
            words |= {fold(c.lemma_) for c in token.children if c.dep_ == "nsubj"}
        for child in token.children:  # "le refus de négocier": what is refused
            if infinitive_clause(child):
                words |= {fold(t.lemma_) for t in child.subtree}
        for child in token.children:  # "appelant X à faire": an adverbial infinitive
            if child.dep_ == "advcl" and infinitive_mark(child):
                words |= {fold(t.lemma_) for t in child.subtree}
        if any(c.dep_.startswith("expl") and fold(c.text) in REFLEXIVE for c in token.children):
            words.add("se")  # "se saluer" (greet each other) is not "saluer X"
        for ref in row.refine:
            also = not ref.also or bool(words & {fold(w) for w in ref.also})
            if also and words & {fold(w) for w in ref.with_}:
                code = ref.code
                swap = ref.swap if ref.swap is not None else swap
                target = ref.target or target
                return code, swap, target, True
        return code, swap, target, False

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
        assert self.res is not None and self.modality is not None
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
        speech_act = fold(token.lemma_) not in self.neutral_speech and code.startswith(INCISE_ACTS)
        if not sources and token.i in incises and speech_act:
            # "« … », a accusé le président congolais": a speech act that is an event
            sources, targets = self._speaker(incises[token.i], targets, finder)
            s_rule = "incise"
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        if not sources and passive and code[:3] in MUTUAL_CODES:
            sources, s_rule = finder.between(token), "between"  # "un traité signé entre X et Y"
        if not sources:
            return [], [Dropped(self._event(token, code, None, None, False, tags), NO_SOURCE)]
        if not targets and code[:3] in TRAVEL_CODES and code != HOST:
            lost = self._event(token, code, sources[0], None, False, tags)
            return [], [Dropped(lost, NO_DESTINATION)]  # a trip with no destination named
        if code[:2] in FORCE_ROOTS and targets and all(_instrument(sources, t) for t in targets):
            # "masser des troupes à la frontière ukrainienne": the troops are the means
            other = finder.complements(token, "obl") or _beyond(finder, targets[0])
            targets, t_rule = (other, "object") if other else (targets, t_rule)
        if len(sources) == 1:  # "», a salué le ministre" misparsed: the speaker is no target
            targets = [t for t in targets if distinct(sources[0], t)]
        if not targets and len(sources) == 1 and code[:2] not in self.no_context_roots:
            targets = finder.in_sentence(token, sources) if mode != "none" else []
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
        elif len(sources) > 1 and mode != "none" and not followers:
            pairs = [(s, t) for s in sources for t in sources if other_country(s, t)]
            t_rule = "co-subject"
        pairs = pairs or [(s, None) for s in sources]
        made = []
        for s, t in pairs:
            both = tags + ev.tags("source", s_rule, s) + ev.tags("target", t_rule, t)
            pair_code = self._venue_code(token, code, finder, s, t)
            made.append(self._event(token, pair_code, s, t, negated, both))
        return made, []

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

    def _arguments(
        self, token: Token, row: TriggerRow, code: str, mode: str, finder: ArgumentFinder
    ) -> tuple[list[Arg], str, list[Arg], str]:
        """Sources and targets read from the parse, with the rule that found each."""
        noun = token.pos_ in NOUN_POS and not verb_as_noun(token)
        if noun and row.pos != "NOUN" and not any(c.dep_ == "cop" for c in token.children):
            noun = False  # "a téléphoné" tagged as a noun is read as the verb
        mediate = code[:3] == MEDIATE  # "médiateur entre X et Y": X and Y are its targets
        reciprocal = code[:2] in self.reciprocal_roots and not mediate
        patient = code[:2] in PATIENT_ROOTS  # "l'assassinat de X": X underwent it
        requested = code[:2] in REQUEST_ROOTS
        attended = code[:2] == MEET[:2]
        if noun:
            sources = finder.noun_source(
                token, reciprocal, patient=patient, requested=requested, attended=attended
            )
            s_rule = "noun"
        else:
            # "», a démenti le ministre": a 01 incise with its own code acts through the speaker
            speaker = code[:2] == "01" and fold(token.lemma_) not in self.neutral_speech
            sources, s_rule = finder.subject(token, speaker=speaker), "subject"
            if not sources and token.pos_ in NOUN_POS:  # "Sanctionnée par X, …" tagged a noun
                sources, s_rule = finder.noun_source(token, patient=patient), "noun"
        if noun and token.dep_ == "obj" and fold(token.head.lemma_) in self.receiving:
            # "X a obtenu la levée des sanctions américaines": the US eases for X
            sources, s_rule = finder.noun_source(token, own_words=True), "noun"
            targets, t_rule = finder.subject(token.head), "receiver"
            return sources, s_rule, targets, t_rule if targets else "none"
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        undergoes = passive and mode != "none" and code[:2] >= CONFLICT_ROOTS
        targets, t_rule = (finder.passive_subject(token) if undergoes else []), "passive"
        travel = code[:3] in TRAVEL_CODES
        venues = code[:2] == MEET[:2] and not travel  # "se réunir à Genève": a place
        if not targets and mediate:
            targets, t_rule = between(finder, token), "between"
        if not targets:  # "X a été sanctionné": X underwent it
            targets = finder.complements(token, mode, travel=travel, venues=venues)
            t_rule = "object"
        if noun and not targets:
            targets, t_rule = finder.opposed(token), "noun"  # "une manifestation anti-X"
        if noun and not targets and patient:
            targets, t_rule = finder.noun_patient(token), "patient"
        if noun and not targets and mode != "none":
            targets, t_rule = finder.noun_complements(token, sources, venues=venues), "noun"
        if token.pos_ in VERB_POS and not targets and mode != "none":
            targets, t_rule = finder.passive_subject(token), "passive"
            if not targets:
                targets, t_rule = finder.content_target(token, mode), "content"
        subject = misparsed_subject(token) if not sources else None
        if subject is not None:  # "L'ONU menace de retirer …" read as an adjective
            sources, s_rule = finder.at(subject), "subject"
        if not targets and code[:2] in REACTION_ROOTS:
            targets, t_rule = self._reacted_to(token, sources, finder), "reaction"
        if not sources and noun and code[:2] in CROWD_ROOTS:
            sources, s_rule = finder.place(token), "place"  # "des émeutes ont éclaté à Dakar"
        if not sources and passive and code.startswith(self.domestic):
            sources, s_rule = finder.place(token), "place"  # "deux soldats ont été tués"
        return sources, s_rule, targets, t_rule if targets else "none"

    def _reacted_to(self, token: Token, sources: list[Arg], finder: ArgumentFinder) -> list[Arg]:
        """A statement or criticism of an event ("la condamnation de l'essai nord-coréen",
        "son inquiétude après le tir d'un missile nord-coréen") targets who did it."""
        words = list(token.children)
        if token.dep_ in {"obj", "obl:arg"}:  # "fait part de son inquiétude après …"
            words += [c for c in token.head.children if c.i != token.i]
        for child in words:
            if child.dep_ not in REACTION_DEPS or self._trigger(child) is None:
                continue
            found = finder.noun_source(child, own_words=True)
            found = [f for f in found if all(distinct(s, f) for s in sources)]
            if found:
                return found
        return []

    def _coding(self, code: str) -> dict[str, Any]:
        """The Event fields a CAMEO code determines, from the package's table."""
        assert self.res is not None
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
        assert self.res is not None
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
        if child.dep_ == "nmod" and finder.case(child) in TARGET_CASES - {"en"}:
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
