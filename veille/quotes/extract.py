"""Quoted passages and their speakers.

A speaker is found, in this order: the speech verb of an incise after the quote
("», a-t-il poursuivi", "», a ajouté le ministre chinois"), the speech verb before it in
the same sentence ("X a fait remarquer que « … »"), "selon X"; otherwise a quote that
continues the previous one keeps its speaker. Subjects are resolved through the actor
mentions (and their coreference) of `veille_actors`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import fold
from veille.actors.mentions import Mention
from veille.events.lemmas import verb_guesses
from veille.nlp.sents import sentence
from veille.types import Actor

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
CLIMB_DEPS = {"xcomp", "conj", "ccomp", "advcl"}
INVERTED_SUBJECTS = {"-il", "-elle", "-t-il", "-t-elle", "il", "elle", "-ils", "-elles"}
ACCORDING_TO = {"selon", "d'apres", "pour"}  # "pour X, « … »" only with a comma after X


@dataclass
class QuoteSpan:
    """A quoted passage found in the text, before attribution."""

    start: int  # character offsets of the text inside the marks
    end: int
    open_at: int
    close_at: int


def find_quote_spans(text: str, pairs: dict[str, str], min_chars: int) -> list[QuoteSpan]:
    """Outermost quoted passages; an unclosed quote ends at its paragraph."""
    spans: list[QuoteSpan] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in pairs:
            close = pairs[ch]
            j = i + 1
            depth = 0
            while j < len(text):
                c = text[j]
                if text.startswith("\n\n", j):
                    break
                if c == close and depth == 0:
                    break
                if c == ch and ch != close:
                    depth += 1
                elif c == close:
                    depth -= 1
                j += 1
            if j < len(text) and text[j] == close:
                inner_start, inner_end = i + 1, j
                while inner_start < inner_end and text[inner_start].isspace():
                    inner_start += 1
                while inner_end > inner_start and text[inner_end - 1].isspace():
                    inner_end -= 1
                if inner_end - inner_start >= min_chars:
                    spans.append(QuoteSpan(inner_start, inner_end, i, j))
                i = j + 1
                continue
        i += 1
    return spans


def _after_comma(doc: Doc, tok: Token) -> bool:
    """The verb opens an incise: a comma, then maybe an auxiliary, then the verb."""
    i = tok.i - 1
    while i >= 0 and doc[i].pos_ == "AUX":
        i -= 1
    return i >= 0 and doc[i].text == ","


class SpeakerFinder:
    """Attributes a quote to the subject of its speech verb."""

    def __init__(self, speech_verbs: set[str], mentions: list[Mention]) -> None:
        self.speech_verbs = speech_verbs
        self.mentions = mentions

    def is_speech(self, token: Token) -> bool:
        """A speech verb, also when the lemmatiser left it inflected ("affirme")."""
        if token.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = fold(token.lemma_)
        return lemma in self.speech_verbs or any(
            guess in self.speech_verbs for guess in verb_guesses(token)
        )

    def previous_subject(self, doc: Doc, open_tok: int) -> tuple[Actor | None, str]:
        """A quote standing as its own sentence after "X a souhaité … ." is X's."""
        start = sentence(doc, open_tok).start
        if open_tok != start or start == 0:
            return None, ""
        prev = sentence(doc, start - 1)
        for tok in prev:
            if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT":
                actor, text = self.actor_at(tok.i)
                if actor is not None and actor.name:
                    return actor, text
        return None, ""

    def after(self, doc: Doc, close_tok: int) -> tuple[Token | None, Actor | None, str]:
        """The incise after a closing mark: "», a-t-il poursuivi"."""
        sent_end = sentence(doc, close_tok).end
        for tok in doc[close_tok + 1 : min(sent_end, close_tok + 9)]:
            if tok.text in {"«", "“", '"'}:
                break
            if self.is_speech(tok):
                actor, text = self.subject(doc, tok, inverted=True)
                return tok, actor, text
        return None, None, ""

    def inside(self, doc: Doc, start: int, end: int) -> tuple[Token | None, Actor | None, str]:
        """An incise within the quote: "« Cette guerre, a déclaré X, doit cesser »"."""
        for tok in doc[start:end]:
            if self.is_speech(tok) and tok.i > start and _after_comma(doc, tok):
                actor, text = self.subject(doc, tok)
                if actor is not None:
                    return tok, actor, text
        return None, None, ""

    def announced(self, doc: Doc, open_tok: int) -> tuple[Token | None, Actor | None, str]:
        """ "X a été clair : « … »": the subject of the clause the colon closes."""
        if open_tok == 0 or doc[open_tok - 1].text != ":":
            return None, None, ""
        root = doc[open_tok - 1].head
        while root.head.i != root.i and root.head.i < open_tok:
            root = root.head
        actor, text = self.subject(doc, root)
        return (root, actor, text) if actor is not None else (None, None, "")

    def before(self, doc: Doc, open_tok: int) -> tuple[Token | None, Actor | None, str]:
        """A speech verb earlier in the sentence: "X a déclaré : « … »"."""
        sent = sentence(doc, open_tok)
        for tok in reversed(doc[sent.start : open_tok]):
            if self.is_speech(tok):
                subject_left = any(c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in tok.children)
                actor, text = self.subject(doc, tok, inverted=not subject_left)
                if actor is not None:
                    return tok, actor, text
            if fold(tok.text) in ACCORDING_TO:
                actor, text = self.mention_after(doc, tok.i)
                if actor is not None and (fold(tok.text) != "pour" or self._comma_after(doc, tok)):
                    return tok, actor, text
        return None, None, ""

    def subject(self, doc: Doc, verb: Token, inverted: bool = False) -> tuple[Actor | None, str]:
        """The subject of `verb` (climbing control and coordination), as an actor. In an
        incise the subject follows the verb and is often parsed as its object."""
        if inverted:
            for child in verb.rights:
                if child.dep_ in SUBJECT_DEPS | {"obj", "xcomp"}:
                    actor, text = self.actor_at(child.i)
                    if actor is None and child.pos_ == "PROPN":
                        actor, text = self._name_with_description(doc, child)
                    if actor is not None:
                        return actor, text
        current: Token | None = verb
        for _ in range(4):
            if current is None:
                break
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS or child.text.lower() in INVERTED_SUBJECTS:
                    actor, text = self.actor_at(child.i)
                    if actor is None and current.dep_ == "acl:relcl":  # "X, qui a salué « … »"
                        actor, text = self.actor_at(current.head.i)
                    if actor is not None:
                        return actor, text
            current = current.head if current.dep_ in CLIMB_DEPS else None
        return None, ""

    def actor_at(self, i: int) -> tuple[Actor | None, str]:
        best: Mention | None = None
        for m in self.mentions:
            if (
                m.contains(i)
                and m.actor is not None
                and (best is None or (m.end - m.start) > (best.end - best.start))
            ):
                best = m
        if best is None or best.actor is None:
            return None, ""
        named = self._named_apposition(best) if best.actor.name is None else None
        if named is not None and named.actor is not None:
            best = named  # "un jeune manifestant, Abdel Nasser": the person has a name
        doc_text = self._text
        return best.actor, doc_text[best.start : best.end].text

    def _name_with_description(self, doc: Doc, name: Token) -> tuple[Actor | None, str]:
        """ "ajoute Hassan, un autre manifestant": a name the NER missed, described after it."""
        end = max(t.i for t in name.subtree if t.dep_ in {"flat:name", "flat"} or t.i == name.i) + 1
        for m in self.mentions:
            if m.kind == "agent" and m.actor is not None and end <= m.start <= end + 2:
                words = doc[name.i : end].text
                a = m.actor
                return Actor(code=a.code, country=a.country, sector=a.sector, name=words), words
        return None, ""

    def _named_apposition(self, m: Mention) -> Mention | None:
        """A named person apposed right after a description (", X")."""
        for other in self.mentions:
            named = other.actor is not None and other.actor.name
            if other.kind in {"person", "name"} and named and m.end <= other.start <= m.end + 1:
                return other
        return None

    def _comma_after(self, doc: Doc, tok: Token) -> bool:
        """ "Pour X, « … »": the phrase after "pour" is closed by a comma."""
        for m in self.mentions:
            if tok.i < m.start <= tok.i + 3:
                return m.end < len(doc) and doc[m.end].text == ","
        return False

    def mention_after(self, doc: Doc, i: int) -> tuple[Actor | None, str]:
        for m in self.mentions:
            if i < m.start <= i + 3 and m.actor is not None:
                return m.actor, doc[m.start : m.end].text
        return None, ""

    def bind(self, doc: Doc) -> SpeakerFinder:
        self._text = doc
        return self
