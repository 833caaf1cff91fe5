"""One trigger's candidate events: its code refined by its mood, its arguments found,
completed and paired, and the candidates dropped with the reason (`TriggerCoder`, the base
of the `veille_events` component)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from veille.annotations import FoundQuote
from veille.events.arguments import ArgumentFinder
from veille.events.cameo import intent_code, threat_code
from veille.events.control import GOVERNING_ROOTS
from veille.events.evidence import (
    MEDIA_SOURCE,
    NO_DESTINATION,
    NO_SOURCE,
    ArgEvidence,
    Dropped,
    confidence,
    load_weights,
)
from veille.events.filters import reporting_outlet
from veille.events.followers import Followers
from veille.events.found import Found, beyond, foreign, instrument, of_sectors
from veille.events.grammar import Arg
from veille.events.meetings import MEET, THIRD_PLACE, third_place
from veille.events.members import givers
from veille.events.modality import Modality
from veille.events.reading import ArgumentReader
from veille.events.rules import (
    DEMAND,
    FORCE_ROOTS,
    HOST,
    INCISE_ACTS,
    JOINT_ROOTS,
    MUTUAL_CODES,
    NOUN_POS,
    ORIGIN_CODES,
    TRAVEL_CODES,
    actor_ref,
    distinct,
    imperative,
)
from veille.nlp.sents import sentence
from veille.resources import Resources
from veille.schemas import TriggerRow
from veille.settings import Settings
from veille.text import fold
from veille.types import Actor, Event, Plover, Span


class TriggerCoder(ArgumentReader):
    """One trigger's candidate events: its code, its arguments found, completed and paired,
    and the candidates dropped with the reason."""

    def __init__(self, res: Resources, settings: Settings) -> None:
        super().__init__(res, settings)
        self.modality = Modality(res.lang.cues)
        self.followers = Followers(res.lang.cues, res.lang.grammar)
        self.no_context_roots = set(settings["events.no_context_roots"])
        self.weights = load_weights()

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
        start = self._start(token, row, token.i in quoted, judged)
        if start is None:
            return [], []
        code, swap, mode, refined, tags = start
        outlet = reporting_outlet(token, finder) if code[:2] == "01" else None
        if outlet is not None:  # "…, rapporte l'agence X": the outlet reports, nobody states
            lost = self._event(token, code, outlet, None, False, tags)
            return [], [Dropped(lost, MEDIA_SOURCE)]
        found = self._found(token, row, (code, mode, swap), finder, incises.get(token.i), judged)
        unfit = self._unfit(token, row, code, refined, found, tags)
        if unfit is not None:
            return [], unfit
        self._complete_targets(token, code, mode, finder, found)
        if not found.targets and len(found.sources) == 1 and code[:2] == MEET[:2] and code != HOST:
            lost = self._event(token, code, found.sources[0], None, False, tags)
            return [], [Dropped(lost, NO_DESTINATION)]  # a meeting with no one named to meet
        found, pairs = self._pairs(token, code, (mode, swap), finder, found, tags)
        negated = self.modality.negated(token)
        made = []
        for s, t in pairs:
            both = tags + ev.tags("source", found.s_rule, s) + ev.tags("target", found.t_rule, t)
            pair_code = self._venue_code(token, code, finder, s, t)
            made.append(self._event(token, pair_code, s, t, negated, both))
        return made, []

    def _start(
        self, token: Token, row: TriggerRow, in_quote: bool, judged: bool
    ) -> tuple[str, bool, str, bool, list[str]] | None:
        """The trigger's code (refined, or turned into a demand, a threat or an intent by its
        mood) with its swap and target mode, whether refined, and the first evidence tags;
        None when the trigger codes nothing here."""
        code, swap, mode, refined = self._refine(token, row)
        if code is None:
            return None
        tags = ["trigger:noun" if token.pos_ in NOUN_POS else "trigger:verb"]
        tags.append("code:judged" if judged else self._code_tag(row, code, refined))
        if imperative(token) and in_quote:
            code, tags[1] = DEMAND, "code:order"  # "« arrêtez … »": a demand (CAMEO 100)
        elif threat_code(code) and self.modality.announced(token):
            code, tags[1] = threat_code(code) or code, "code:threat"  # "si …, nous frapperons"
        elif intent_code(code) and self.modality.future(token):
            code = intent_code(code) or code  # "coopérera", "va signer": a commitment (03)
        tags += ["in-quote"] if in_quote else []
        return code, swap, mode, refined, tags

    def _found(
        self,
        token: Token,
        row: TriggerRow,
        how: tuple[str, str, bool],
        finder: ArgumentFinder,
        incise: FoundQuote | None,
        judged: bool,
    ) -> Found:
        """The sources and targets of the trigger (`how`: its code, target mode and swap),
        with the quote's speaker for an incise that is an act and the parties "entre X et Y"
        of a passive mutual act."""
        code, mode, swap = how
        found = Found(*self._arguments(token, row, code, mode, finder))
        if swap and not found.targets:  # "a reçu les critiques de X, de Y et de Z"
            found.targets, found.t_rule = givers(finder, token), "giver"
        if code[:2] in GOVERNING_ROOTS and found.t_rule in {"none", "content"} and mode != "none":
            governed = self._governed_targets(token, found.sources, finder)
            if governed:
                found.targets, found.t_rule = governed, "governed"
            own = {s.actor.country for s in found.sources}
            if found.targets and not code.startswith(self.domestic) and found.t_rule == "content":
                found.targets = [t for t in found.targets if t.actor.country not in own]
        # a neutral verb whose quote condemns or praises ("», a estimé X") is X's act too
        neutral = fold(token.lemma_) in self.neutral_speech and not judged
        speech_act = not neutral and code.startswith(INCISE_ACTS)
        if not found.sources and incise is not None and speech_act:
            # "« … », a accusé le président congolais": a speech act that is an event
            found.sources, found.targets = self._speaker(incise, found.targets, finder)
            found.s_rule = "incise"
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        if not found.sources and passive and code[:3] in MUTUAL_CODES:
            found.sources, found.s_rule = finder.between(token), "between"  # "signé entre X et Y"
        return found

    def _unfit(
        self, token: Token, row: TriggerRow, code: str, refined: bool, found: Found, tags: list[str]
    ) -> list[Dropped] | None:
        """Why the trigger makes no event with these arguments (the candidates dropped, or
        none when it is simply not this event); None when it does."""
        if not found.sources:
            return [Dropped(self._event(token, code, None, None, False, tags), NO_SOURCE)]
        if not row.bare and not refined and not of_sectors(found.sources, row.bare_sectors):
            return []  # "des migrants sont arrivés à Lampedusa": no visit
        if not found.targets and code[:3] in TRAVEL_CODES and code != HOST:
            lost = self._event(token, code, found.sources[0], None, False, tags)
            return [Dropped(lost, NO_DESTINATION)]  # a trip with no destination named
        return None

    def _complete_targets(
        self, token: Token, code: str, mode: str, finder: ArgumentFinder, found: Found
    ) -> None:
        """Targets past the means, without the speaker, the country left, or from the
        sentence (or the source's own country for a domestic act) when none was found."""
        sources = found.sources
        if (
            code[:2] in FORCE_ROOTS
            and found.targets
            and all(instrument(sources, t) for t in found.targets)
        ):  # "masser des troupes à la frontière ukrainienne": the troops are the means
            other = finder.complements(token, "obl") or beyond(finder, found.targets[0])
            if other:
                found.targets, found.t_rule = other, "object"
        if len(sources) == 1:  # "», a salué le ministre" misparsed: the speaker is no target
            found.targets = [t for t in found.targets if distinct(sources[0], t)]
        if code.startswith(ORIGIN_CODES) and not foreign(sources, found.targets):
            left = finder.origin(token, sources)  # "le retrait des troupes françaises du Niger"
            if left:
                found.targets, found.t_rule = left, "origin"
        if not found.targets and len(sources) == 1 and code[:2] not in self.no_context_roots:
            venues = code[:3] in MUTUAL_CODES or (code[:2] == MEET[:2] and code != HOST)
            found.targets = finder.in_sentence(token, sources, venues) if mode != "none" else []
            found.t_rule = "sentence"
            if not found.targets and code.startswith(self.domestic) and sources[0].actor.country:
                country = sources[0].actor.country
                found.targets = [Arg(Actor(code=country, country=country), "", "domestic")]
                found.t_rule = "domestic"

    def _pairs(
        self,
        token: Token,
        code: str,
        how: tuple[str, bool],
        finder: ArgumentFinder,
        found: Found,
        tags: list[str],
    ) -> tuple[Found, list[tuple[Arg, Arg | None]]]:
        """The (source, target) pairs of the events, after the roles are swapped ("a reçu
        les critiques de X") or followers join the sources ("imité par Y")."""
        mode, swap = how
        followers = self.followers.of(token, finder) if self.followers and not swap else []
        if swap and found.targets:
            found = found.swapped()
            tags.append("swap")
        elif followers:  # "X a condamné …, imité par Y": Y is a source, not a target
            found.sources += [f for f in followers if f not in found.sources]
            codes = {f.actor.code for f in followers}
            found.targets = [t for t in found.targets if t.actor.code not in codes]
        pairs: list[tuple[Arg, Arg | None]] = []
        if found.targets:
            pairs = found.pairs(code)
        elif (
            len(found.sources) > 1 and mode != "none" and not followers and self._joint(token, code)
        ):
            pairs, found.t_rule = found.each_other(), "co-subject"
        return found, pairs or [(s, None) for s in found.sources]

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
