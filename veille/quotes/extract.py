"""The attribution grammar: who says a quoted passage (the clause forms here, the framing
forms in `framing.py`, the speaker phrases in `speakers.py`).

The forms, tried in this order by the component:
  incise after the quote   « … », a déclaré M. Poutine / a-t-il précisé / selon X
  incise inside the quote  « Cette décision, a estimé M. Scholz, est une erreur »
  the clause around it     X a qualifié l'accord d'« … » / X, qui a salué un « … »
                           (the subject of the nearest speech verb above the quote,
                           through participles, gerunds and relative clauses)
  according to             Selon X / D'après X / Pour X, / Aux yeux de X, « … »
  announced                X a été clair : « … »
  continuation             a quote right after another one, or opening the next paragraph
                           when nobody else was named since, is the same speaker's
  the sentence before      a quote standing alone takes the speaker of a speech verb of the
                           sentence before;
  the sentence after       else the subject of the next sentence when that sentence points
                           back at it or is only a speech verb ("« … » X a ainsi réagi",
                           "X a tenu ces propos"; not "X a répliqué que …");
                           else the main subject of the sentence before
  a heading line           "John Kerry « préoccupé »", "« Espoir » pour X"
then the quote left open at a paragraph's end takes the speaker of the next paragraph's,
a headline quote the speaker of the same words in the body, and a quote without speaker
the speaker of another quote of its sentence. A quote said by a list of people ("ont
déclaré X, Y et Z") is listed once for each of them (`listed.py`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.events.lemmas import verb_guesses
from veille.lang.grammar import Grammar
from veille.nlp.sents import sentence
from veille.quotes.spans import QuoteSpan, find_quote_spans
from veille.quotes.speakers import NOBODY, Attribution, SpeakerResolver
from veille.text import fold

__all__ = ["QuoteSpan", "SpeakerFinder", "find_quote_spans"]

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
CLIMB_DEPS = {"xcomp", "conj", "advcl", "ccomp"}
OPENING_MARKS = {"«", "“", '"'}
INVERSION_MARKS = {",", "»", "”", '"'}
INCISE_STOP = {".", "!", "?", ";", ":", "«", "“", '"'}


def after_comma(doc: Doc, tok: Token) -> bool:
    """The verb opens an incise: a comma, then maybe an auxiliary or a pronoun, then it."""
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ in {"AUX", "PRON"} and doc[i].text != ","):
        i -= 1
    return i >= 0 and doc[i].text in {",", "»", "”", '"'}


def _detached_participle(doc: Doc, verb: Token, g: Grammar) -> bool:
    """A present participle or gerund set off by a comma or "en" ("…, affirmant que")."""
    morph = verb.morph
    if "Part" not in morph.get("VerbForm", []) or "Pres" not in morph.get("Tense", []):
        return False
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in {"ADV", "PRON"}:
        i -= 1
    return i >= 0 and (doc[i].text == "," or fold(doc[i].text) in g.gerund_marks)


class SpeakerFinder:
    """Finds the speaker of a quote, given the quote's token range."""

    def __init__(
        self,
        speech_verbs: set[str],
        resolver: SpeakerResolver,
        g: Grammar,
        pronouns: frozenset[str] = frozenset(),
    ) -> None:
        self.speech_verbs = speech_verbs
        self.g = g
        self.pronouns = pronouns  # "il", "elle": a person named before
        self.res = resolver
        self.doc = resolver.doc
        self.quoted: set[int] = set()  # the tokens inside any quote of the Doc

    def is_speech(self, token: Token) -> bool:
        """A speech verb, also when the lemmatiser left it inflected ("affirme")."""
        if token.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = fold(token.lemma_)
        return lemma in self.speech_verbs or any(
            guess in self.speech_verbs for guess in verb_guesses(token, self.g)
        )

    # incises ------------------------------------------------------------------------------

    def inside(self, start: int, end: int) -> Attribution:
        """An incise within the quote: "« Cette guerre, a déclaré X, doit cesser »"."""
        for tok in self.doc[start:end]:
            if self.is_speech(tok) and tok.i > start and after_comma(self.doc, tok):
                found = self.inverted(tok, end, range(0))
                if found.actor is not None:
                    return found
        return NOBODY

    def inverted(self, verb: Token, stop: int, quote: range) -> Attribution:
        """The subject after the verb of an incise: a pronoun "-t-il", or the first actor
        phrase not governed by a preposition ("a déclaré à Moscou le ministre")."""
        doc = self.doc
        for tok in doc[max(0, verb.i - 2) : verb.i + 2]:
            if tok.text.lower() in self.g.inverted_subjects:  # "a-t-il ajouté", "dit-elle"
                found = self.res.at(tok.i)
                return Attribution(found.actor, found.text, verb)
            if tok.text.lower() in self.g.inverted_impersonal:  # "peut-on lire dans … de X"
                return self._source_in(verb, stop, quote)
        i = verb.i + 1
        while i < min(stop, len(doc)) and doc[i].text not in INCISE_STOP:
            tok = doc[i]
            if tok.pos_ == "PRON" and i == verb.i + 1:
                found = self.res.at(i)
                return Attribution(found.actor, found.text, verb)
            if tok.pos_ == "ADP" or (tok.pos_ == "DET" and i > 0 and doc[i - 1].pos_ == "ADP"):
                i = self._skip_prepositional(tok)
                continue
            if tok.pos_ in {"NOUN", "PROPN"}:
                found = self.res.phrase(self._phrase_head(tok), quote)
                if not found.found and tok.pos_ == "PROPN":
                    found = self.res.described_name(self._phrase_head(tok))
                if found.found:
                    return Attribution(found.actor, found.text, verb)
            elif tok.pos_ != "PUNCT" and self.res.at(i, quote).actor is not None:
                found = self.res.at(i, quote)  # a name the tagger misread ("Ma" as DET)
                return Attribution(found.actor, found.text, verb)
            i += 1
        return Attribution(None, "", verb)

    def _source_in(self, verb: Token, stop: int, quote: range) -> Attribution:
        """The first actor named in an impersonal incise ("« … », peut-on lire dans un
        communiqué de la Maison Blanche"): the author of the text it cites."""
        doc = self.doc
        i = verb.i + 1
        while i < min(stop, len(doc)) and doc[i].text not in INCISE_STOP:
            found = self.res.at(i, quote)
            if found.actor is not None:
                return Attribution(found.actor, found.text, verb)
            i += 1
        return Attribution(None, "", verb)

    def _phrase_head(self, tok: Token) -> Token:
        """A token's noun-phrase head ("M." for "Poutine" in "M. Poutine")."""
        while tok.dep_ in {"flat:name", "flat", "amod", "compound"} and tok.head.i < tok.i:
            tok = tok.head
        return tok

    def _skip_prepositional(self, tok: Token) -> int:
        """The index after the phrase a preposition introduces ("à l'AFP", "sur X")."""
        head = tok.head if tok.dep_ in {"case", "det"} else tok
        if head.i < tok.i:
            return tok.i + 1
        names = [t.i for t in head.children if t.dep_ in {"flat:name", "flat", "det", "case"}]
        return max([head.i, *names]) + 1

    # the clause around the quote ----------------------------------------------------------

    def clause(self, start: int, end: int) -> tuple[Attribution, bool]:
        """The subject of the nearest speech verb governing the quote (True), else the
        subject of the nearest clause that governs it (False)."""
        quote = range(start, end)
        heads = [t for t in self.doc[start:end] if t.head.i not in quote or t.head.i == t.i]
        if not heads:
            return NOBODY, False
        cur = heads[0].head
        fallback = NOBODY
        for _ in range(8):
            if cur.i in quote:
                break
            if self.is_speech(cur):
                found = self.subject(cur, quote)
                if found.found:
                    return Attribution(found.actor, found.text, cur), True
            elif cur.pos_ in {"VERB", "AUX"} and not fallback.found:
                fallback = self.subject(cur, quote, climb=False)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return fallback, False

    def subject(self, verb: Token, quote: range, climb: bool = True) -> Attribution:
        """The subject of `verb`, through relative pronouns, participles and gerunds."""
        current: Token | None = verb
        for _ in range(5):
            if current is None:
                break
            found = self._subject_here(current, quote)
            if not found.found and self._inverted_here(current):
                found = self.inverted(current, sentence(self.doc, current.i).end, quote)
            if not found.found and self.is_speech(current):
                found = self._left_of(current, quote)  # a subject the parser lost
            if found.found:
                return found
            if climb and _detached_participle(self.doc, current, self.g):
                root = sentence(self.doc, current.i).root  # "X a quitté le sommet, qualifiant …"
                main = root.i != current.i and root.i not in self.quoted
                found = self._subject_here(root, quote) if main else NOBODY
                if found.found:
                    return found
            if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN"}:
                found = self.res.phrase(current.head, quote)  # "le président, affirmant …"
                if found.found:
                    return found
            up = climb and current.dep_ in CLIMB_DEPS | {"acl"} and current.head.i != current.i
            current = current.head if up else None
        return NOBODY

    def _subject_here(self, verb: Token, quote: range) -> Attribution:
        """The verb's own subject; of several ("l'Iran et son président X"), the person."""
        found: list[Attribution] = []
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        for child in [*verb.children, *(g for a in auxes for g in a.children)]:
            if child.i in quote or child.i in self.quoted:
                continue
            if child.dep_ in SUBJECT_DEPS or child.text.lower() in self.g.inverted_subjects:
                if "Rel" in child.morph.get("PronType", []):
                    a = self._voiced(self._antecedent(child, quote), child, verb)
                else:
                    a = self._voiced(self.res.phrase(child, quote), child, verb)
                    if fold(child.text) in self.pronouns and not (a.actor and a.actor.name):
                        a = self._dislocated(child, a)
                if a.found:
                    found.append(a)
        persons = [a for a in found if a.actor is not None and a.actor.name]
        return (persons or found or [NOBODY])[0]

    def _left_of(self, verb: Token, quote: range) -> Attribution:
        """The actor phrase right before a finite verb and its auxiliaries and adverbs."""
        if "Fin" not in verb.morph.get("VerbForm", []) and not any(
            c.dep_.startswith("aux") for c in verb.children
        ):
            return NOBODY
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ in {"AUX", "ADV"}:
            i -= 1
        if i < 0 or i in quote or self.doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return NOBODY
        return self.res.at(i, quote)

    def _inverted_here(self, verb: Token) -> bool:
        """ "comme le précise X", "», a dit X": a speech verb whose subject follows it."""
        i = verb.i - 1
        relative = self.g.relative_subjects
        while (
            i >= 0
            and self.doc[i].pos_ in {"AUX", "PRON"}
            and fold(self.doc[i].text) not in relative
        ):
            i -= 1
        finite = "Fin" in verb.morph.get("VerbForm", []) or any(
            c.dep_.startswith("aux") for c in verb.children
        )
        cue = i >= 0 and (
            self.doc[i].text in INVERSION_MARKS or fold(self.doc[i].text) in self.g.inversion_cues
        )
        return finite and cue and self.is_speech(verb)

    def _dislocated(self, pronoun: Token, found: Attribution) -> Attribution:
        """ "Quant au secrétaire général, X, il a demandé": the person named before the
        pronoun in its own sentence."""
        last = self.res.last_person(pronoun.i)
        if last is None or not pronoun.i - 2 <= last.end <= pronoun.i - 1:
            return found
        return self.res.refine(last)

    def _antecedent(self, rel: Token, quote: range) -> Attribution:
        """ "X, qui a salué …": the phrase right before the relative pronoun."""
        i = rel.i - 1
        while i >= 0 and self.doc[i].pos_ == "PUNCT":
            i -= 1
        if i < 0:
            return NOBODY
        found = self.res.at(i, quote)
        return found if found.found else self.res.phrase(self._phrase_head(self.doc[i]), quote)

    def _voiced(self, found: Attribution, subj: Token, verb: Token) -> Attribution:
        """ "Israël, par la voix de son Premier ministre X, a salué": X speaks."""
        if found.actor is None or found.actor.name:
            return found
        lo, hi = min(subj.i, verb.i), max(subj.i, verb.i) + 8
        hi = min(hi, sentence(self.doc, verb.i).end)
        for k in range(lo, hi):
            for n in range(1, 5):
                if fold(self.doc[k : k + n].text) in self.res.frames.voice:
                    person = self._named_after(k + n, hi)
                    if person.actor is not None:
                        return person
        return found

    def _named_after(self, start: int, end: int) -> Attribution:
        for i in range(start, end):
            a = self.res.at(i)
            if a.actor is not None and a.actor.name:
                return a
        return NOBODY
