"""The French trigger table as the coder reads it: which token is a trigger, the code its
words refine it to, and which triggers only carry or belong to another event."""

from __future__ import annotations

from spacy.tokens import Token

from veille.annotations import FoundQuote
from veille.events.control import REMOVING_ROOTS, governed_words, governor, governs_clause
from veille.events.lemmas import acts_as_verb, verb_guesses
from veille.events.meetings import MEDIATE
from veille.events.rules import (
    ALLEGING,
    CONTENT_NOUN_ROOTS,
    CRITICISM,
    FORCE_ROOTS,
    NOUN_POS,
    PRAISE,
    REFINE_DEPS,
    SPEECH_ACTS,
    VERB_POS,
    infinitive_clause,
    infinitive_mark,
    refine_words,
)
from veille.lang.grammar import Grammar
from veille.resources import Resources
from veille.schemas import QUOTE_ONLY, TriggerRow
from veille.settings import Settings
from veille.text import fold


class TriggerLexicon:
    """Trigger look-up and refinement, configured from the language data."""

    def __init__(self, res: Resources, settings: Settings) -> None:
        self.res = res
        self.grammar: Grammar = res.lang.grammar
        self.triggers: dict[tuple[str, str], TriggerRow] = {
            (fold(t.lemma), t.pos): t for t in res.lang.triggers
        }
        self.neutral_speech: set[str] = set()
        self.repeating: set[str] = set()  # neutral speech verbs without a trigger row
        for verb in res.lang.speech_verbs:  # a speech act is at least a statement (010)
            if verb.cameo == QUOTE_ONLY:
                continue
            key = (fold(verb.lemma), "VERB")
            if key not in self.triggers:
                self.triggers[key] = TriggerRow(lemma=verb.lemma, code=verb.cameo or "010")
                if not verb.cameo:
                    self.repeating.add(fold(verb.lemma))
            if not verb.cameo:
                self.neutral_speech.add(fold(verb.lemma))
        self.light_speech = {fold(v) for v in res.lang.cues.light_speech_verbs}
        self.onsets = {fold(w) for w in res.lang.cues.onset_nouns}
        self.criticism = {fold(w) for w in res.lang.cues.criticism}
        self.praise = {fold(w) for w in res.lang.cues.praise}
        self.containers = {fold(w) for w in res.lang.cues.event_containers}
        self.act_nouns = {fold(w) for w in res.lang.cues.act_nouns}

    def _judged(self, token: Token, row: TriggerRow, quotes: list[FoundQuote]) -> TriggerRow:
        """A statement whose words condemn (or praise) is a criticism (111) or praise (051)."""
        words: set[str] = set()
        for child in token.children:
            if child.dep_.split(":")[0] in REFINE_DEPS | {"ccomp"}:
                words |= {fold(t.lemma_) for t in child.subtree}
        for q in quotes:
            words |= {fold(t.lemma_) for t in token.doc[q.tok_start : q.tok_end]}
        if words & self.criticism:
            return row.model_copy(update={"code": CRITICISM, "refine": [], "bare": True})
        if words & self.praise:
            return row.model_copy(update={"code": PRAISE, "refine": [], "bare": True})
        return row

    def _is_content(self, token: Token) -> bool:
        """A nominal trigger that is what another trigger asks, promises or rejects
        ("demander la levée des sanctions") is part of that event, not one of its own."""
        if token.pos_ not in NOUN_POS:
            return False
        token = _first_conjunct(token)  # "demander la levée des sanctions et le retrait …"
        dep = _object_dep(token)
        if dep == "nmod" and token.head.pos_ in NOUN_POS:  # "la levée des sanctions"
            if self._classifier(token):
                return True
            head = self._trigger(token.head)
            code = self._refine(token.head, head)[0] if head is not None else None
            return code is not None and code[:2] in CONTENT_NOUN_ROOTS
        if dep not in {"obj", "obl:arg", "xcomp"}:
            return False
        if fold(token.head.lemma_) in self.neutral_speech:
            return False  # "annoncer la rupture des relations": the announced act is coded
        head, row = self._trigger(token.head), self._trigger(token)
        if fold(token.head.lemma_) in self.repeating and row and row.code[:2] in SPEECH_ACTS:
            return False  # "réitérer son exigence de négociations": the noun is the event
        if head is not None and head.code == "010" and row is not None and row.code[:2] == "04":
            return False  # "assurer la médiation", "annoncer la visite": a talk, not its topic
        if head is not None and row is not None and _mediates(head, row):
            return False  # "négocier sous l'égide de X": X's mediation of the talks
        return head is not None and self._codes(token.head)

    def _classifier(self, token: Token) -> bool:
        """An event noun bare after "de" under another noun names a kind of thing: "un
        avion de combat", "des pourparlers de cessez-le-feu" (not "une vague d'arrestations",
        whose head counts events: cues.yaml `event_containers`)."""
        if fold(token.head.lemma_) in self.containers:
            return False
        if any(c.dep_ == "det" or c.dep_.startswith("nummod") for c in token.children):
            return False
        return any(
            c.dep_ == "case" and fold(c.text).rstrip("'’") in self.grammar.classifier_cases
            for c in token.children
        )

    def _governed(self, token: Token) -> bool:
        """An act promised, threatened or demanded by another ("menace de sanctionner"):
        part of that act, not an event of its own (veille/events/control.py)."""
        head = governor(token, lambda t: self._trigger(t) is not None, self.grammar)
        if head is None:
            return False
        row = self._trigger(head)
        code = self._refine(head, row)[0] if row is not None else None
        if code is not None and code[:2] == ALLEGING and token.pos_ in VERB_POS:
            return True  # "accuse l'Iran de financer le Hamas": alleged, not reported done
        return code is not None and code[:2] in REMOVING_ROOTS

    def _codes(self, token: Token) -> bool:
        """A trigger that gives a code here (one with `bare: false` needs a refinement)."""
        row = self._trigger(token)
        return row is not None and self._refine(token, row)[0] is not None

    def _light_verb(self, token: Token) -> bool:
        """A neutral speech verb whose object is an event noun ("lancer une offensive",
        "annoncer la mobilisation", "lancer un ultimatum"), or whose complement is the
        speaker's own stance or act ("se dit prêt à négocier"), only carries that event."""
        lemma = fold(token.lemma_)
        if lemma not in self.neutral_speech | self.light_speech or token.pos_ not in VERB_POS:
            return False
        row = self._trigger(token)
        code = self._refine(token, row)[0] if row is not None else None
        if code is not None and code[:2] != "01" and not self._carried(token, code):
            return False  # "a jugé illégales les sanctions": its own act, by its words
        return any(
            ((c.dep_ == "obj" and c.pos_ in NOUN_POS) or _stance(c))
            and (self._codes(c) or self._onset(c))
            for c in token.children
        )

    def _carried(self, verb: Token, code: str) -> bool:
        """The verb's code is that of its object noun ("exprimer sa déception" is the
        noun's 110): the noun carries the act, unlike "qualifier les sanctions d'injustes"."""
        for c in verb.children:
            row = self._trigger(c) if c.dep_ == "obj" and c.pos_ in NOUN_POS else None
            own = self._refine(c, row)[0] if row is not None else None
            if own is not None and own[:2] == code[:2]:
                return True
        return False

    def _onset(self, noun: Token) -> bool:
        """ "le lancement d'une offensive": a noun of an event's start, with the event."""
        if fold(noun.lemma_) not in self.onsets:
            return False
        held = [c for c in noun.children if c.dep_ == "nmod"]
        held += [c for c in noun.head.children if c.dep_ == "obl:arg" and c.i > noun.i]
        return any(c.pos_ in NOUN_POS and self._codes(c) for c in held)  # (or misparsed)

    def _trigger(self, token: Token) -> TriggerRow | None:
        lemma = fold(token.lemma_)
        verbal = token.pos_ in VERB_POS or (
            token.pos_ in {"ADJ", "NOUN", "ADV"}  # "ont violé" is sometimes tagged ADV
            and ("VerbForm=Part" in str(token.morph) or acts_as_verb(token, self.grammar))
        )
        if token.pos_ == "ADJ" and token.dep_ == "xcomp" and token.head.pos_ in VERB_POS:
            verbal = True  # "X se dit prêt à négocier": the predicative adjective is the act
        if verbal:
            row = self.triggers.get((lemma, "VERB"))
            for guess in verb_guesses(token, self.grammar) if row is None else []:
                row = self.triggers.get((guess, "VERB"))
                if row is not None:
                    break
            if row is not None or token.pos_ in VERB_POS:
                return row
        if token.pos_ in NOUN_POS:
            return self.triggers.get((lemma, "NOUN"))
        return None

    def _refine(self, token: Token, row: TriggerRow) -> tuple[str | None, bool, str, bool]:
        if row.governs and not governs_clause(token, self.grammar):
            return None, row.swap, row.target, False  # "disposer de moyens": no act governed
        code: str | None = row.code
        reflexive = self.grammar.reflexive_pronouns
        if row.reflexive and not any(fold(c.text) in reflexive for c in token.children):
            code = None  # "rendre hommage" is not "se rendre à"
        if row.passive and not _passive(token):
            code = None  # "X attend une réponse" is no visit; "X est attendu à Y" is one
        if not row.bare and not row.bare_sectors:
            code = None  # only a refinement below can code it
        swap = row.swap
        target: str = row.target
        words = refine_words(token) | governed_words(
            token, lambda t: self._trigger(t) is not None, self.grammar
        )
        if row.code[:2] in FORCE_ROOTS:  # "des drones ont frappé": the weapon as subject
            words |= {fold(c.lemma_) for c in token.children if c.dep_ == "nsubj"}
        for child in token.children:  # "le refus de négocier": what is refused
            if infinitive_clause(child):
                words |= {fold(t.lemma_) for t in child.subtree}
        for child in token.children:  # "appelant X à faire": an adverbial infinitive
            if child.dep_ == "advcl" and infinitive_mark(child, self.grammar):
                words |= {fold(t.lemma_) for t in child.subtree}
        if any(c.dep_.startswith("expl") and fold(c.text) in reflexive for c in token.children):
            words.add(self.grammar.reflexive_marker)  # "se saluer" is not "saluer X"
        for ref in row.refine:
            also = not ref.also or bool(words & {fold(w) for w in ref.also})
            if also and words & {fold(w) for w in ref.with_}:
                code = ref.code
                swap = ref.swap if ref.swap is not None else swap
                target = ref.target or target
                return code, swap, target, True
        return code, swap, target, False


def _mediates(head: TriggerRow, row: TriggerRow) -> bool:
    """A mediation named on a talk is a third party's act, not the talk's topic."""
    return row.code[:3] == MEDIATE and head.code[:2] == MEDIATE[:2]


def _first_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns, which holds their shared role."""
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS and noun.head.i < noun.i:
        noun = noun.head
    return noun


def _object_dep(noun: Token) -> str:
    """The noun's role; a noun the parser coordinated with the verb whose object comes
    before it ("a demandé la levée des sanctions et le retrait des troupes") is an object."""
    verb = noun.head
    coordinated = noun.dep_ == "conj" and verb.pos_ in VERB_POS and verb.i < noun.i
    if coordinated and any(c.dep_ == "obj" and c.i < noun.i for c in verb.children):
        return "obj"
    return str(noun.dep_)


def _stance(word: Token) -> bool:
    """ "X se dit prêt à …", "affirme vouloir …": the speech verb's predicative or
    infinitive complement is what X said of itself, the event the verb carries ("affirme
    avoir détruit …", a claim about a past act, stays a statement)."""
    return word.dep_ == "xcomp" and not any(c.dep_.startswith("aux") for c in word.children)


def _passive(token: Token) -> bool:
    """ "est attendu": a passive auxiliary, or one the parser took for a tense auxiliary on
    a participle it tags passive."""
    return any(c.dep_ == "aux:pass" for c in token.children) or (
        "Voice=Pass" in str(token.morph) and any(c.dep_.startswith("aux") for c in token.children)
    )
