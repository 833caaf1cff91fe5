"""Negation, hypothesis and questions: events that did not (yet) happen."""

from __future__ import annotations

from spacy.tokens import Token

from veille.lang import Cues
from veille.nlp.sents import sentence
from veille.text import fold

ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "obj"}


class Modality:
    """Reads the cues of `cues.yaml` around a trigger."""

    def __init__(self, cues: Cues) -> None:
        self.negation = {fold(x) for x in cues.negation}
        self.needs_ne = {fold(x) for x in cues.negation_needs_ne}
        self.particle = {fold(x) for x in cues.negation_particle}
        self.none_of = {fold(x) for x in cues.negation_arguments}
        self.without = {fold(x) for x in cues.without}
        self.if_marks = {fold(x) for x in cues.hypothetical_marks}
        self.concessive = {fold(x) for x in cues.concessive_marks}
        self.purpose = {fold(x) for x in cues.purpose_marks}
        self.modals = {fold(x) for x in cues.modal_lemmas}
        self.refusals = {fold(x) for x in cues.refusal_verbs}
        self.denials = {fold(x) for x in cues.denial_verbs}
        self.going = {fold(x) for x in cues.reported_future}
        self.future_endings = tuple(fold(x) for x in cues.future_endings)
        self.conditional_endings = tuple(fold(x) for x in cues.conditional_endings)
        self.future_aux = {fold(x) for x in cues.future_auxiliaries}
        self.any_dets = {fold(x) for x in cues.any_determiners}

    def _chain(self, trigger: Token) -> list[Token]:
        """The trigger and the verbs that govern it through control or a light verb
        ("n'a pas versé la tranche du prêt": through the noun that holds it)."""
        chain = [trigger]
        current = trigger
        for _ in range(2):
            held = current.dep_ == "nmod" and current.head.pos_ == "NOUN"
            governed = current.dep_ in {"xcomp", "obj", "obl:arg"} or held
            if governed and current.head.i != current.i:
                current = current.head
                chain.append(current)
            else:
                break
        return chain

    def negated(self, trigger: Token) -> bool:
        chain = self._chain(trigger)
        if any(fold(t.lemma_) in self.refusals for t in chain[1:]):
            return True  # "a refusé de sanctionner"
        if trigger.dep_ in {"xcomp", "ccomp"} and fold(trigger.head.lemma_) in self.denials:
            return True  # "a nié avoir fourni", "nie que ses troupes aient attaqué"
        particle = False  # "n'a mené aucune frappe": "ne" on the verb, "aucune" on the noun
        hits: set[str] = set()
        nobody = False
        own = chain[:2] if trigger.pos_ == "NOUN" else chain[:1]  # the verb of the act
        for tok in chain:
            words = {fold(c.text) for c in tok.children} | {fold(c.lemma_) for c in tok.children}
            if words & self.without:
                return True
            hits |= words & self.negation
            nobody = nobody or (tok in own and self._no_one(tok))  # "aucun pays n'a …"
            particle = particle or bool(words & self.particle)
            if hits - self.needs_ne:
                return True
        return bool((hits or nobody) and particle)

    def _no_one(self, verb: Token) -> bool:
        """A subject or object that is no one: "aucun pays", "nul", "personne" (the
        latter without a determiner: "une personne" is someone)."""
        for arg in verb.children:
            if arg.dep_ not in ARGUMENT_DEPS:
                continue
            dets = {fold(d.text) for d in arg.children if d.dep_ == "det"}
            if dets & self.none_of or (not dets and fold(arg.text) in self.none_of):
                return True
        return False

    def announced(self, trigger: Token) -> bool:
        """A future under a condition: "si X agit, la riposte sera …" (a threat)."""
        for tok in self._chain(trigger):
            verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
            words = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
            if not any(self._future_word(w) for w in words):
                continue
            for c in [*verb.subtree, verb.head]:  # "si X agit, la riposte sera …" (or misparsed)
                if c.i != verb.i and any(
                    m.dep_ == "mark" and fold(m.text) in self.if_marks for m in c.children
                ):
                    return True
        return False

    def future(self, trigger: Token) -> bool:
        """Told in the future: "coopérera", "se rendra", "va signer" (or of a noun's verb)."""
        for tok in self._chain(trigger):
            verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
            words = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
            if any(self._future_form(w) for w in words):
                return True
            if any(fold(w.lemma_) in self.future_aux for w in words[1:]):
                return True  # "will sign": an auxiliary of the future
            going = tok is not trigger and fold(tok.lemma_) in self.going
            if going and "Tense=Pres" in str(tok.morph):
                return True
        return False

    def _future_word(self, word: Token) -> bool:
        """A verb in the future, or an auxiliary of the future ("will")."""
        return (
            "Tense=Fut" in str(word.morph)
            or self._future_form(word)
            or fold(word.lemma_) in self.future_aux
        )

    def _future_form(self, verb: Token) -> bool:
        """The model's Tense=Fut, or where the language lists them (the French model tags
        "signera" a participle and "déclarons" a future), the endings of the future."""
        if not self.future_endings:
            return "Tense=Fut" in str(verb.morph)
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        text, lemma = fold(verb.text), fold(verb.lemma_)
        for end in self.future_endings:
            stem = text[: -len(end)]
            if text.endswith(end) and stem.endswith("r") and stem != lemma[:-2]:
                return True
        return False

    def _conditional(self, verb: Token) -> bool:
        """A conditional the model tagged as an imperfect ("riposterait", "aurait"): an
        ending of `conditional_endings` after the future stem's "r", which is not the
        stem of the lemma ("déclar-ait", "mour-ait" are imperfects)."""
        if verb.pos_ not in {"VERB", "AUX"} or "VerbForm=Fin" not in str(verb.morph):
            return False
        text, lemma = fold(verb.text), fold(verb.lemma_)
        if text == lemma:
            return False  # an unknown form the model could not lemmatise
        for end in self.conditional_endings:
            stem = text[: -len(end)]
            if text.endswith(end) and stem.endswith("r") and stem != lemma[:-2]:
                return True
        return False

    def aimed(self, trigger: Token) -> bool:
        """An infinitive of purpose ("pour capturer X", "afin de traquer X"): the act is
        aimed at, not done ("pour avoir tué", a past infinitive, was done)."""
        if "VerbForm=Inf" not in str(trigger.morph):
            return False
        if any(c.dep_.startswith("aux") for c in trigger.children):
            return False
        marks = {fold(c.text) for c in trigger.children if c.dep_ == "mark"}
        return bool(marks & self.purpose) or fold(trigger.head.lemma_) in self.purpose

    def _conceded(self, verb: Token, mark: Token) -> bool:
        """ "si X a salué l'accord, il a averti que …": an if-clause whose verb and whose
        main clause are both done in the past concedes a fact; it is no condition."""
        if fold(mark.text) not in self.concessive or verb.head.i == verb.i:
            return False
        return self._done(verb) and self._done(verb.head)

    def _done(self, verb: Token) -> bool:
        """A past of the indicative: a participle with an auxiliary in the present
        indicative ("a salué", "sont arrivés"), or a simple past ("salua")."""
        morph = str(verb.morph)
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        if "VerbForm=Fin" in morph and "Tense=Past" in morph and "Mood=Ind" in morph:
            return True
        aux = [c for c in verb.children if c.dep_.startswith("aux")]
        return "VerbForm=Part" in morph and any(
            "Tense=Pres" in str(a.morph) and "Mood=Ind" in str(a.morph) and not self._conditional(a)
            for a in aux
        )

    def _any(self, noun: Token) -> bool:
        """ "toute agression", "toute ingérence": any such act, none in particular (not "tous
        les accords", which has its article)."""
        dets = [c for c in noun.children if c.dep_ == "det"]
        return bool(dets) and all(fold(c.lemma_) in self.any_dets for c in dets)

    def hypothetical(self, trigger: Token) -> bool:
        sent = sentence(trigger.doc, trigger.i)
        if sent.text.rstrip().endswith("?") or self._any(trigger):
            return True
        for tok in self._chain(trigger):
            if tok.pos_ == "VERB" and ("Mood=Cnd" in str(tok.morph) or self._conditional(tok)):
                return True
            for c in tok.children:
                marked = c.dep_ == "mark" and fold(c.text) in self.if_marks
                if marked and not self._conceded(tok, c):
                    return True
                if c.dep_.startswith("aux") and (
                    fold(c.lemma_) in self.modals
                    or "Mood=Cnd" in str(c.morph)
                    or self._conditional(c)
                ):
                    return True
            if fold(tok.lemma_) in self.modals and tok is not trigger:
                return True
        return False
