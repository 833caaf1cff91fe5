"""The `veille_events` spaCy component: triggers + arguments → coded events."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.actors.gazetteer import fold
from veille.events.arguments import Arg, ArgumentFinder
from veille.events.cameo import intent_code
from veille.events.lemmas import acts_as_verb, verb_guesses
from veille.events.modality import Modality
from veille.nlp.resources import Resources
from veille.nlp.sents import sentence
from veille.quotes.component import FoundQuote
from veille.schemas import TriggerRow
from veille.types import Actor, ActorRef, Event, Plover, Span

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN"}
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
PATIENT_ROOTS = {"17", "18", "19", "20"}
THREAT_OF_FORCE = "138"
DEMAND = "100"
CRITICISM = "111"
ACCUSATION = "112"
ACCUSABLE_ROOTS = {"07", "17", "18", "19", "20"}  # what a statement can accuse someone of
PRAISE = "051"
TRAVEL_CODES = {"042", "043", "044"}  # visits: "se rendre en France" names the host
MUTUAL_CODES = {"057"}  # "X et Y ont signé un accord à Z": X and Y signed it with each other
REFLEXIVE = {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"}
REFINE_DEPS = {"obj", "iobj", "obl", "nmod", "amod", "xcomp", "ccomp", "compound", "flat", "fixed"}


def _distinct(s: Arg, t: Arg) -> bool:
    """Two arguments that are not the same words (two actors may share a code)."""
    if t.via == "domestic":
        return True
    if s.span != (0, 0) and t.span != (0, 0):
        return s.span != t.span
    return s.actor != t.actor


def _infinitive_mark(clause: Token) -> bool:
    """An infinitive clause led by "à" or "de" (a complement the parser made adverbial)."""
    marks = {fold(c.text) for c in clause.children if c.dep_ == "mark"}
    return "VerbForm=Inf" in str(clause.morph) and bool(marks & {"a", "de", "d'"})


def _imperative(token: Token) -> bool:
    """ "arrêtez …": an imperative (or a second-person verb with no subject)."""
    morph = str(token.morph)
    if "Mood=Imp" in morph:
        return True
    no_subject = not any(c.dep_.startswith("nsubj") for c in token.children)
    return "Person=2" in morph and no_subject and token.pos_ == "VERB"


def _ref(arg: Arg) -> ActorRef:
    a = arg.actor
    return ActorRef(code=a.code, country=a.country, sector=a.sector, name=a.name, text=arg.text)


def _scoring_slot(arg: Arg | None) -> str | None:
    if arg is None:
        return None
    return arg.actor.country or arg.actor.code


class EventCoder:
    def __init__(self) -> None:
        self.res: Resources | None = None
        self.triggers: dict[tuple[str, str], TriggerRow] = {}
        self.modality: Modality | None = None

    def configure(self, res: Resources) -> None:
        self.res = res
        self.triggers = {(fold(t.lemma), t.pos): t for t in res.lang.triggers}
        self.neutral_speech: set[str] = set()
        for verb in res.lang.speech_verbs:  # a speech act is at least a statement (010)
            key = (fold(verb.lemma), "VERB")
            if key not in self.triggers:
                self.triggers[key] = TriggerRow(lemma=verb.lemma, code=verb.cameo or "010")
            if not verb.cameo:
                self.neutral_speech.add(fold(verb.lemma))
        self.modality = Modality(res.lang.cues)
        self.object_control = {fold(v) for v in res.lang.cues.object_control_verbs}
        self.light_speech = {fold(v) for v in res.lang.cues.light_speech_verbs}
        self.criticism = {fold(w) for w in res.lang.cues.criticism}
        self.praise = {fold(w) for w in res.lang.cues.praise}
        self.domestic_roots = set(res.settings["events.domestic_roots"])
        self.no_context_roots = set(res.settings["events.no_context_roots"])
        self.reciprocal_roots = set(res.settings["events.reciprocal_roots"])

    def __call__(self, doc: Doc) -> Doc:
        if self.res is None or self.modality is None:
            raise RuntimeError("veille_events used before configure()")
        finder = ArgumentFinder(
            doc,
            doc._.veille_mentions or [],
            doc._.veille_quotes or [],
            self.res.gazetteer,
            lambda t: self._trigger(t) is not None,
            self.object_control,
        )
        quotes = doc._.veille_quotes or []
        quote_verbs = {q.verb_i for q in quotes if q.verb_i is not None}
        said: dict[int, list[FoundQuote]] = {}
        for q in quotes:
            if q.said_i is not None:
                said.setdefault(q.said_i, []).append(q)
        quoted = {i for q in quotes for i in range(q.tok_start, q.tok_end)}
        events: list[Event] = []
        seen: set[tuple[str | None, str | None, str, int]] = set()
        for token in doc:
            row = self._trigger(token)
            if row is None or self.modality.hypothetical(token) or self._is_content(token):
                continue
            if self._light_speech(token, row):
                continue  # "lancer un appel": the noun is the event
            if row.code[:2] == "01":
                row = self._judged(token, row, said.get(token.i, []))
            incise = token.i in quote_verbs and row.code == "010"
            if row.code[:2] == "01" and (incise or token.i in quoted):
                continue  # "», a-t-il ajouté": the quote is the statement ("a démenti" is 016)
            for event in self._code(token, row, finder, quoted):
                key = (
                    event.source.code if event.source else None,
                    event.target.code if event.target else None,
                    event.cameo,
                    event.trigger.start,
                )
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        doc._.veille_events = self._accusations(doc, events)
        return doc

    def _accusations(self, doc: Doc, events: list[Event]) -> list[Event]:
        """A statement that reports someone else's violence accuses them (CAMEO 112):
        "l'UE affirme que les drones ont été fournis par l'Iran" is the EU accusing Iran."""
        assert self.res is not None
        by_trigger = {e.trigger.start: e for e in events}
        out = []
        for e in events:
            if e.cameo != "010" or e.source is None:
                out.append(e)
                continue
            verb = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            reported = [
                by_trigger.get(t.idx)
                for c in (verb.root.children if verb is not None else [])
                if c.dep_ in {"ccomp", "xcomp", "obj", "advcl"}
                for t in c.subtree
            ]
            hit = next(
                (
                    r
                    for r in reported
                    if r is not None
                    and r.cameo_root in ACCUSABLE_ROOTS
                    and r.source is not None
                    and r.source.country != e.source.country
                ),
                None,
            )
            if hit is None:
                out.append(e)
                continue
            out.append(replace(e, target=hit.source, **self._coding(ACCUSATION)))
        return out

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
        if token.pos_ not in NOUN_POS or token.dep_ not in {"obj", "obl:arg", "xcomp"}:
            return False
        row = self._trigger(token.head)
        return row is not None and not self._light_speech(token.head, row)

    def _light_speech(self, token: Token, row: TriggerRow) -> bool:
        """A speech verb used as a light verb ("lancer un appel, une offensive", "réitérer
        son soutien"): its object is an event noun and nothing refines the verb."""
        if fold(token.lemma_) not in self.light_speech or self._refine(token, row)[0] != "010":
            return False
        return any(
            c.dep_ == "obj" and c.pos_ in NOUN_POS and self._trigger(c) is not None
            for c in token.children
        )

    def _trigger(self, token: Token) -> TriggerRow | None:
        lemma = fold(token.lemma_)
        verbal = token.pos_ in VERB_POS or (
            token.pos_ in {"ADJ", "NOUN"}
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

    def _refine(self, token: Token, row: TriggerRow) -> tuple[str | None, bool, str]:
        code: str | None = row.code
        if row.reflexive and not any(fold(c.text) in REFLEXIVE for c in token.children):
            code = None  # "rendre hommage" is not "se rendre à"
        if not row.bare:
            code = None  # only a refinement below can code it
        swap = row.swap
        target: str = row.target
        words: set[str] = set()
        for child in token.children:
            if child.dep_.split(":")[0] in REFINE_DEPS or child.dep_ == "nsubj:pass":
                words |= {fold(t.lemma_) for t in child.subtree}  # "l'attaque a été revendiquée"
            elif child.dep_ == "advcl" and _infinitive_mark(child):  # "appelant X à faire"
                words |= {fold(t.lemma_) for t in child.subtree}
        if token.dep_ in {"obj", "xcomp"}:
            words.add(fold(token.head.lemma_))
        if any(c.dep_.startswith("expl") and fold(c.text) in REFLEXIVE for c in token.children):
            words.add("se")  # "se saluer" (greet each other) is not "saluer X"
        if token.dep_ == "obj" and token.pos_ in NOUN_POS:  # "lancer un appel | à la démission"
            for c in token.head.children:
                if c.dep_.startswith("obl"):
                    words |= {fold(t.lemma_) for t in c.subtree}
        for ref in row.refine:
            if words & {fold(w) for w in ref.with_}:
                code = ref.code
                swap = ref.swap if ref.swap is not None else swap
                target = ref.target or target
                break
        return code, swap, target

    def _code(
        self, token: Token, row: TriggerRow, finder: ArgumentFinder, quoted: set[int]
    ) -> list[Event]:
        assert self.res is not None and self.modality is not None
        code, swap, mode = self._refine(token, row)
        if code is None:
            return []
        if _imperative(token) and token.i in quoted:
            code = DEMAND  # "« arrêtez … »": an order in a quote is a demand (CAMEO 100)
        elif code[:2] in FORCE_ROOTS and self.modality.announced(token):
            code = THREAT_OF_FORCE  # force announced or promised is a threat (CAMEO 138)
        elif intent_code(code) and self.modality.future(token):
            code = intent_code(code) or code  # "coopérera", "va signer": a commitment (03)
        noun = token.pos_ in NOUN_POS
        reciprocal = code[:2] in self.reciprocal_roots
        patient = code[:2] in PATIENT_ROOTS  # "l'assassinat de X": X underwent it
        # "», a démenti le ministre": a 01 incise with its own code acts through the speaker
        speaker = code[:2] == "01" and fold(token.lemma_) not in self.neutral_speech
        sources = (
            finder.noun_source(token, reciprocal, patient=patient)
            if noun
            else finder.subject(token, speaker=speaker)
        )
        targets = finder.complements(token, mode, travel=code[:3] in TRAVEL_CODES)
        if noun and not targets and patient:
            targets = finder.noun_patient(token)
        if noun and not targets and mode != "none":
            targets = finder.noun_complements(token, sources)
        if token.pos_ in VERB_POS and not targets and mode != "none":
            targets = finder.passive_subject(token) or finder.content_target(token, mode)
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        if not sources and passive and code[:2] in self.domestic_roots:
            sources = finder.place(token)  # "deux soldats ont été tués": the doer is unnamed
        if not sources and passive and code[:3] in MUTUAL_CODES:
            sources = finder.between(token)  # "un traité a été signé entre X et Y"
        if not sources:
            return []
        if not targets and code[:3] in TRAVEL_CODES and code != "043":
            return []  # a trip with no destination or host named is no dyadic event
        if len(sources) == 1:  # "», a salué le ministre" misparsed: the speaker is no target
            targets = [t for t in targets if _distinct(sources[0], t)]
        if not targets and len(sources) == 1 and code[:2] not in self.no_context_roots:
            targets = finder.in_sentence(token, sources) if mode != "none" else []
            if not targets and code[:2] in self.domestic_roots and sources[0].actor.country:
                country = sources[0].actor.country
                targets = [Arg(Actor(code=country, country=country), "", "domestic")]
        if swap and targets:
            sources, targets = targets, sources
        negated = self.modality.negated(token)
        pairs: list[tuple[Arg, Arg | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if _distinct(s, t)]
            pairs = pairs or [(s, None) for s in sources]
            if len(sources) > 1 and code[:3] in MUTUAL_CODES:
                pairs += [(s, t) for s in sources for t in sources if s.actor.code != t.actor.code]
        elif len(sources) > 1 and mode != "none":
            pairs = [(s, t) for s in sources for t in sources if s.actor.code != t.actor.code]
        else:
            pairs = [(s, None) for s in sources]
        return [self._event(token, code, s, t, negated) for s, t in pairs]

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

    def _event(self, token: Token, code: str, s: Arg, t: Arg | None, negated: bool) -> Event:
        assert self.res is not None
        sent = sentence(token.doc, token.i)
        settings = self.res.settings
        context = s.via == "context" or (t is not None and t.via in {"context", "domestic"})
        confidence = settings["events.confidence_context" if context else "events.confidence_full"]
        return Event(
            source=_ref(s),
            target=_ref(t) if t else None,
            **self._coding(code),
            sentence=sent.text,
            sentence_start=sent.start_char,
            trigger=Span(token.text, token.idx, token.idx + len(token.text)),
            negated=negated,
            confidence=confidence,
        )


@Language.factory("veille_events", requires=["doc._.veille_mentions", "doc._.veille_quotes"])
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    """Create the event coding component."""
    return EventCoder()
