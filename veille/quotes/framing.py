"""The attribution forms around a quote: the incise after it, "selon X", a colon, the
sentence before, a heading line. Built on the clause grammar of `extract.SpeakerFinder`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from veille.nlp.sents import sentence
from veille.quotes.extract import OPENING_MARKS, SUBJECT_DEPS, SpeakerFinder, after_comma
from veille.quotes.speakers import NOBODY, Attribution
from veille.text import fold


class FramedFinder(SpeakerFinder):
    """The speaker finder with the forms that frame a quote from outside its clause."""

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

    def pointed_back(self, close_tok: int, quote: range) -> Attribution:
        """ "« … » C'est ce qu'a affirmé X", "Voilà ce qu'a déclaré X": the sentence after
        the quote opens with a word that points back at it, then a speech verb."""
        doc = self.doc
        nxt = close_tok + 1
        while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_space):
            if doc[nxt].text in OPENING_MARKS or nxt - close_tok > 2:
                return NOBODY
            nxt += 1
        if nxt >= len(doc) or fold(doc[nxt].text) not in self.g.pointing_back:
            return NOBODY
        sent_end = sentence(doc, nxt).end
        for tok in doc[nxt : min(sent_end, nxt + 6)]:
            if self.is_speech(tok):
                found = self.inverted(tok, sent_end, quote)
                return found if found.found else NOBODY
        return NOBODY

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
            needs_comma = form in self.g.framing_needs_comma
            if head is None or (needs_comma and not self._comma_closes(head)):
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
        """The phrase is followed by a comma (the parser may attach that comma to it)."""
        end = max(t.i for t in head.subtree if not t.is_punct) + 1
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
                if found.actor is None and after_comma(self.doc, tok):
                    found = self.inverted(tok, open_tok, quote)
                if found.actor is not None:
                    return Attribution(found.actor, found.text, tok)
        return NOBODY

    def previous_sentence(self, open_tok: int, speech: bool = False) -> Attribution:
        """A quote standing as its own sentence: the speaker of the sentence before
        (its speech verb's subject, else, unless `speech`, its main subject)."""
        doc = self.doc
        start = sentence(doc, open_tok).start
        if open_tok != start or start == 0:
            return NOBODY
        prev = sentence(doc, start - 1)
        return self._speaker_of(prev, speech)

    def next_sentence(self, open_tok: int, close_tok: int) -> Attribution:
        """A quote standing as its own sentence, then a sentence whose main verb is a speech
        verb with its subject before it: "« … » Le président X a ainsi réagi à Kiev"."""
        doc = self.doc
        if sentence(doc, open_tok).start != open_tok:
            return NOBODY
        nxt = close_tok + 1
        while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_space):
            if doc[nxt].text in OPENING_MARKS:
                return NOBODY
            nxt += 1
        if nxt >= len(doc) or sentence(doc, nxt).start != nxt:
            return NOBODY
        following = sentence(doc, nxt)
        if any(t.text in OPENING_MARKS for t in following):
            return NOBODY  # it has a quote of its own
        root = following.root
        own = any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in root.children)
        back = any(
            fold(t.text) in self.g.pointing_back or fold(t.lemma_) in self.g.pointing_back
            for t in following
            if t.head == root or t.head.head == root
        )  # "a ainsi réagi", "a tenu ces propos"
        if not back and not (self.is_speech(root) and not own):
            return NOBODY
        found = self._subject_here(root, range(0))
        return Attribution(found.actor, found.text, root) if found.actor is not None else NOBODY

    def _speaker_of(self, sent: Span, speech: bool = False) -> Attribution:
        for tok in sent:
            if self.is_speech(tok):
                found = self.subject(tok, range(0))
                if not found.found and after_comma(self.doc, tok):
                    found = self.inverted(tok, sent.end, range(0))
                if found.actor is not None:
                    return Attribution(found.actor, found.text, None)
        if speech:
            return NOBODY
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
