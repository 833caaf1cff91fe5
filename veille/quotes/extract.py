"""The attribution grammar: who says a quoted passage.

The forms, tried in this order by the component:
  incise after the quote   « … », a déclaré M. Poutine / a-t-il précisé / selon X
  incise inside the quote  « Cette décision, a estimé M. Scholz, est une erreur »
  the clause around it     X a qualifié l'accord d'« … » / X, qui a salué un « … »
                           (the subject of the nearest speech verb above the quote,
                           through participles, gerunds and relative clauses)
  according to             Selon X / D'après X / Pour X, / Aux yeux de X, « … »
  announced                X a été clair : « … »
  the sentence before      a quote standing alone takes the speaker of the sentence before
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.actors.gazetteer import fold
from veille.events.lemmas import verb_guesses
from veille.nlp.sents import sentence
from veille.quotes.spans import QuoteSpan, find_quote_spans
from veille.quotes.speakers import NOBODY, Attribution, SpeakerResolver

__all__ = ["QuoteSpan", "SpeakerFinder", "find_quote_spans"]

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
CLIMB_DEPS = {"xcomp", "conj", "advcl", "ccomp"}
INVERTED_SUBJECTS = {"-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-t-ils", "-t-elles"}
OPENING_MARKS = {"«", "“", '"'}
INVERSION_CUES = {",", "comme", "»", "”", '"', "ainsi"}
INCISE_STOP = {".", "!", "?", ";", ":", "«", "“", '"'}


def _after_comma(doc: Doc, tok: Token) -> bool:
    """The verb opens an incise: a comma, then maybe an auxiliary or a pronoun, then it."""
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ in {"AUX", "PRON"} and doc[i].text != ","):
        i -= 1
    return i >= 0 and doc[i].text in {",", "»", "”", '"'}


class SpeakerFinder:
    """Finds the speaker of a quote, given the quote's token range."""

    def __init__(self, speech_verbs: set[str], resolver: SpeakerResolver) -> None:
        self.speech_verbs = speech_verbs
        self.res = resolver
        self.doc = resolver.doc

    def is_speech(self, token: Token) -> bool:
        """A speech verb, also when the lemmatiser left it inflected ("affirme")."""
        if token.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = fold(token.lemma_)
        return lemma in self.speech_verbs or any(
            guess in self.speech_verbs for guess in verb_guesses(token)
        )

    # incises ------------------------------------------------------------------------------

    def after(self, close_tok: int, quote: range) -> Attribution:
        """The incise after a closing mark: "», a-t-il poursuivi", "», selon X"."""
        doc = self.doc
        sent_end = sentence(doc, close_tok).end
        for tok in doc[close_tok + 1 : min(sent_end, close_tok + 9)]:
            if tok.text in OPENING_MARKS:
                break
            if self.is_speech(tok):
                return self.inverted(tok, sent_end, quote)
            if tok.i > 0 and self.doc[tok.i - 1].text == ",":  # "», selon X"
                according = self.according_at(tok.i, quote)
                if according.found:
                    return according
        return NOBODY

    def inside(self, start: int, end: int) -> Attribution:
        """An incise within the quote: "« Cette guerre, a déclaré X, doit cesser »"."""
        for tok in self.doc[start:end]:
            if self.is_speech(tok) and tok.i > start and _after_comma(self.doc, tok):
                found = self.inverted(tok, end, range(0))
                if found.actor is not None:
                    return found
        return NOBODY

    def inverted(self, verb: Token, stop: int, quote: range) -> Attribution:
        """The subject after the verb of an incise: a pronoun "-t-il", or the first actor
        phrase not governed by a preposition ("a déclaré à Moscou le ministre")."""
        doc = self.doc
        for tok in doc[max(0, verb.i - 2) : verb.i + 2]:
            if tok.text.lower() in INVERTED_SUBJECTS:  # "a-t-il ajouté", "dit-elle"
                found = self.res.at(tok.i)
                return Attribution(found.actor, found.text, verb)
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
            if child.i in quote:
                continue
            if child.dep_ in SUBJECT_DEPS or child.text.lower() in INVERTED_SUBJECTS:
                if "Rel" in child.morph.get("PronType", []):
                    a = self._voiced(self._antecedent(child, quote), child, verb)
                else:
                    a = self._voiced(self.res.phrase(child, quote), child, verb)
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
        while i >= 0 and self.doc[i].pos_ in {"AUX", "PRON"} and fold(self.doc[i].text) != "qui":
            i -= 1
        finite = "Fin" in verb.morph.get("VerbForm", []) or any(
            c.dep_.startswith("aux") for c in verb.children
        )
        cue = i >= 0 and fold(self.doc[i].text) in INVERSION_CUES
        return finite and cue and self.is_speech(verb)

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

    # according to, announced, the sentence before -----------------------------------------

    def according(self, open_tok: int, quote: range) -> Attribution:
        """ "Selon X, « … »", "Pour X, « … »": a framing phrase earlier in the sentence."""
        sent = sentence(self.doc, open_tok)
        for i in range(open_tok - 1, sent.start - 1, -1):
            found = self.according_at(i, quote)
            if found.found:
                return found
        return NOBODY

    def according_at(self, i: int, quote: range) -> Attribution:
        """The speaker a framing form at token `i` introduces, if one does."""
        doc = self.doc
        for k in range(1, 5):
            form = fold(doc[i : i + k].text)
            if form not in self.res.frames.according:
                continue
            head = self._next_phrase(i + k)
            if head is None or (form == "pour" and not self._comma_closes(head)):
                continue
            found = self.res.phrase(head, quote)
            if not found.found and head.pos_ == "PRON":
                found = self.res.person_before(i)  # "selon lui"
            if found.found:
                return Attribution(found.actor, found.text, doc[i])
        return NOBODY

    def _next_phrase(self, i: int) -> Token | None:
        for tok in self.doc[i : i + 4]:
            if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
                return self._phrase_head(tok)
        return None

    def _comma_closes(self, head: Token) -> bool:
        end = max(t.i for t in head.subtree) + 1
        return end < len(self.doc) and self.doc[end].text == ","

    def announced(self, open_tok: int, quote: range) -> Attribution:
        """ "X a été clair : « … »": the subject of the clause the colon closes."""
        doc = self.doc
        if open_tok == 0 or doc[open_tok - 1].text != ":":
            return NOBODY
        root = doc[open_tok - 1].head
        while root.head.i != root.i and root.head.i < open_tok:
            root = root.head
        found = self.subject(root, quote)
        return Attribution(found.actor, found.text, root) if found.actor is not None else NOBODY

    def before(self, open_tok: int, quote: range) -> Attribution:
        """Any speech verb earlier in the sentence, with its own subject."""
        sent = sentence(self.doc, open_tok)
        for tok in reversed(self.doc[sent.start : open_tok]):
            if self.is_speech(tok):
                found = self.subject(tok, quote)
                if found.actor is None and _after_comma(self.doc, tok):
                    found = self.inverted(tok, open_tok, quote)
                if found.actor is not None:
                    return Attribution(found.actor, found.text, tok)
        return NOBODY

    def previous_sentence(self, open_tok: int) -> Attribution:
        """A quote standing as its own sentence: the speaker of the sentence before
        (its speech verb's subject, else its main subject)."""
        doc = self.doc
        start = sentence(doc, open_tok).start
        if open_tok != start or start == 0:
            return NOBODY
        prev = sentence(doc, start - 1)
        return self._speaker_of(prev)

    def _speaker_of(self, sent: Span) -> Attribution:
        for tok in sent:
            if self.is_speech(tok):
                found = self.subject(tok, range(0))
                if not found.found and _after_comma(self.doc, tok):
                    found = self.inverted(tok, sent.end, range(0))
                if found.actor is not None:
                    return Attribution(found.actor, found.text, None)
        for tok in sent:
            if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT":
                found = self.res.phrase(tok)
                if found.actor is not None and found.actor.name:
                    return Attribution(found.actor, found.text, None)
        return NOBODY

    def heading(self, quote: range) -> Attribution:
        """A short line without final stop ("John Kerry « préoccupé »", "« Espoir » pour X"):
        the person it names outside the quote."""
        doc = self.doc
        lo, hi = quote.start, quote.stop
        while lo > 0 and "\n" not in doc[lo - 1].text:
            lo -= 1
        while hi < len(doc) and "\n" not in doc[hi].text:
            hi += 1
        line = doc[lo:hi]
        if len(line) > 16 or line.text.rstrip(' »”"').endswith((".", "!", "?")):
            return NOBODY
        for tok in line:
            if tok.i not in quote:
                found = self.res.at(tok.i, quote)
                if found.actor is not None and found.actor.name:
                    return found
        return NOBODY
