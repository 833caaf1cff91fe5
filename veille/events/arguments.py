"""Source and target of a trigger, read from the dependency parse.

Handles active and passive voice, coordinated subjects and objects, nominal events
("la visite de X à Y", "sa visite"), control and infinitival clauses ("X a décidé
d'expulser", "l'occasion pour X de vanter"), relative clauses, and first-person
subjects inside a quote (the quote's speaker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Gazetteer, fold
from veille.actors.mentions import Mention
from veille.nlp.sents import sentence
from veille.quotes.component import FoundQuote
from veille.types import Actor

SUBJ = {"nsubj", "expl:subj"}
PASS_SUBJ = {"nsubj:pass"}
AGENT = {"obl:agent"}
OBJ = {"obj", "iobj"}
OBL = {"obl", "obl:arg", "obl:mod", "nmod", "iobj"}
TARGET_CASES = {
    "a",
    "avec",
    "contre",
    "vers",
    "aupres",
    "en",
    "chez",
    "sur",
    "envers",
    "face",
    "pour",
}
PLACE_CASES = {"en"}
SOURCE_CASES = {"de", "du", "des", "d'", "par"}
CLAUSES = {"acl:relcl", "ccomp", "acl", "advcl", "conj", "parataxis", "punct", "cc"}
CLIMB = {"xcomp", "conj", "advcl", "ccomp"}
FIRST_PERSON = {"nous", "je", "j'", "notre", "nos", "mon", "ma", "mes"}
INVERTED = {"-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles"}


def _own(noun: Token) -> bool:
    """ "ses forces", "leurs troupes": a possessive marks the subject's own people."""
    return any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)


def _passive(verb: Token) -> bool:
    """ "a été reçu" is passive; "se sont rassemblés" (parsed with être) is not."""
    kids = list(verb.children)
    reflexive = any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in kids)
    return any(c.dep_ == "aux:pass" for c in kids) and not reflexive


def is_past_participle(tok: Token) -> bool:
    """ "tué", "accueilli": a past participle used without an auxiliary."""
    morph = str(tok.morph)
    return "VerbForm=Part" in morph and "Tense=Pres" not in morph


@dataclass(frozen=True)
class Arg:
    """One resolved argument: the actor and the words that named it."""

    actor: Actor
    text: str
    via: str  # parse | context
    span: tuple[int, int] = (0, 0)  # tokens of the mention


class ArgumentFinder:
    """Maps tokens to actors, and triggers to their source and target arguments."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        quotes: list[FoundQuote],
        gaz: Gazetteer,
        is_trigger: Callable[[Token], bool] = lambda t: False,
        object_control: set[str] | None = None,
    ) -> None:
        self.doc = doc
        self.is_trigger = is_trigger
        self.object_control = object_control or set()
        self.default: str | None = doc.user_data.get("veille_default_country")
        self.gaz = gaz
        self.quotes = quotes
        self.by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start):
            if m.actor is None and not m.members:
                continue
            if m.kind == "person" and m.how == "default":
                continue  # a name we know nothing about speaks, but does not act for a state
            for i in range(m.start, m.end):
                if i not in self.by_token or self.by_token[i].end - self.by_token[i].start < (
                    m.end - m.start
                ):
                    self.by_token[i] = m

    def at(self, tok: Token, deep: bool = False) -> list[Arg]:
        """The actors a token stands for (with its conjuncts), optionally looking inside."""
        out = self._one(tok, deep)
        m = self.by_token.get(tok.i)
        words = [self.doc[i] for i in range(m.start, m.end)] if m else [tok]
        for word in words:
            for conj in word.children:
                if conj.dep_ == "conj" and conj.pos_ in {"NOUN", "PROPN", "PRON"}:
                    out += [a for a in self._one(conj, deep) if a not in out]
        return out

    def _one(self, tok: Token, deep: bool) -> list[Arg]:
        if fold(tok.text) in FIRST_PERSON:
            for q in self.quotes:
                if q.tok_start <= tok.i < q.tok_end and q.actor is not None:
                    text = q.quote.speaker.text if q.quote.speaker else ""
                    return [Arg(q.actor, text or "", "context")]
        m = self.by_token.get(tok.i)
        if m is None and deep:
            inside = self._phrase(tok)
            m = next((self.by_token[t.i] for t in inside if t.i in self.by_token), None)
            if m is None:
                return self._demonym_in(inside)
        if m is None:
            return []
        text = self.doc[m.start : m.end].text
        via = "context" if m.how in {"coref", "default"} else "parse"
        if m.members:
            return [Arg(a, text, "context", (m.start, m.end)) for a in m.members]
        return [Arg(m.actor, text, via, (m.start, m.end))] if m.actor else []

    def _phrase(self, tok: Token) -> list[Token]:
        """The words of a complement, nearest first, without entering clauses or the
        arguments of another event noun ("sanctions en rapport avec la fourniture … à X")."""
        out, frontier = [], [tok]
        for _ in range(4):
            nxt = []
            for t in frontier:
                out.append(t)
                for c in t.children:
                    if c.dep_ in CLAUSES or (self.is_trigger(c) and c.i != tok.i):
                        continue
                    nxt.append(c)
            frontier = sorted(nxt, key=lambda t: t.i)
        return out

    def _demonym_in(self, tokens: list[Token]) -> list[Arg]:
        """ "des actions militaires russes": the country an adjective names."""
        for t in tokens:
            word = t.norm_.removeprefix("anti-")  # "une manifestation anti-américaine"
            if t.dep_ == "amod" and word in self.gaz.demonyms:
                code = self.gaz.demonyms[word]
                return [Arg(Actor(code=code, country=code), t.text, "parse", (t.i, t.i + 1))]
        return []

    def place(self, trigger: Token) -> list[Arg]:
        """Where it happened: the last country or city named in the sentence, else the
        article's main country (for events whose doer the text leaves unnamed)."""
        sent = sentence(self.doc, trigger.i)
        found: Arg | None = None
        for i in range(sent.start, sent.end):
            m = self.by_token.get(i)
            if m is not None and m.kind == "name" and m.actor and m.actor.code == m.actor.country:
                found = Arg(m.actor, self.doc[m.start : m.end].text, "context", (m.start, m.end))
        if found is None and self.default:
            found = Arg(Actor(code=self.default, country=self.default), "", "context")
        return [found] if found else []

    def subject(self, verb: Token, speaker: bool = False) -> list[Arg]:
        """Who did it: the subject, the agent of a passive, or a controller up the tree;
        with `speaker`, for the verb of an incise ("», a démenti le ministre"), the quote's
        speaker (the parser often reads an inverted subject as the object)."""
        for q in self.quotes if speaker else []:
            if q.verb_i == verb.i and q.actor is not None:
                text = q.quote.speaker.text if q.quote.speaker else ""
                return [Arg(q.actor, text or "", "parse")]
        current = verb
        for _ in range(4):
            passive = _passive(current)
            for child in current.children:
                if passive and child.dep_ in AGENT:
                    return self.at(child, deep=True)
                if not passive and (
                    child.dep_ in SUBJ | PASS_SUBJ or child.text.lower() in INVERTED
                ):
                    found = self.at(child) or self._affiliation(child)
                    found += self._fronted_conjunct(current, child)
                    if found or child.pos_ != "PRON" or fold(child.text) in {"qui"}:
                        if not found and child.dep_ in SUBJ and fold(child.text) == "qui":
                            return self._noun_head(current)
                        return found
            if current.dep_ == "acl:relcl":
                return self._noun_head(current)
            if current.dep_ == "acl" and is_past_participle(current):
                for c in current.children:  # "X, tué par Y": Y did it, X underwent it
                    if c.dep_ in AGENT:
                        return self.at(c, deep=True)
                return []
            if current.dep_ in {"acl", "nmod"}:
                head_args = self.at(current.head)
                if head_args:
                    return head_args
                for c in current.head.children:
                    if c.dep_ in {"nmod", "obl"} and any(
                        fold(x.text) == "pour" for x in c.children if x.dep_ == "case"
                    ):
                        return self.at(c)
                return []
            if current.dep_ not in CLIMB or current.head.i == current.i:
                return []
            controller = self._object_controller(current)
            if controller:
                return controller
            current = current.head
            if current.pos_ in {"NOUN", "PROPN"} and current.dep_ in OBJ | {"obl", "obl:arg"}:
                current = current.head  # "a évoqué des progrès et affirmé": conj on the noun
        return []

    def between(self, verb: Token) -> list[Arg]:
        """The parties of "… a été signé entre X et Y" (two or more, else none)."""
        for child in verb.children:
            if child.dep_.startswith("obl") and self._case(child) == "entre":
                both = self.at(child) + self._and_next(child)
                return both if len(both) > 1 else []
        return []

    def _and_next(self, tok: Token) -> list[Arg]:
        """The actor right after "et" following this one ("entre X et Y", misparsed)."""
        m = self.by_token.get(tok.i)
        if m is None or m.end + 1 >= len(self.doc) or self.doc[m.end].lower_ != "et":
            return []
        nxt = self.by_token.get(m.end + 1) or self.by_token.get(m.end + 2)
        if nxt is None or nxt is m:
            return []
        return self._one(self.doc[nxt.head], False)

    def _affiliation(self, noun: Token) -> list[Arg]:
        """ "le candidat des Frères musulmans", "Navi Pillay, haute-commissaire des Nations
        unies": a person described by who they belong to."""
        if noun.pos_ == "PROPN":
            for appos in noun.children:
                if appos.dep_ == "appos":
                    found = self.at(appos) or self._affiliation_of(appos)
                    if found:
                        return found
            return []
        if noun.pos_ != "NOUN":
            return []
        return self._affiliation_of(noun)

    def _affiliation_of(self, noun: Token) -> list[Arg]:
        """The actor in a noun's "de X" complement."""
        for child in noun.children:
            if child.dep_ == "nmod" and self._case(child) in SOURCE_CASES - {"par"}:
                found = self.at(child)
                if found:
                    return found
        return []

    def _fronted_conjunct(self, verb: Token, subject: Token) -> list[Arg]:
        """ "Washington et Londres ont imposé …" parsed with the verb as a conjunct of the
        first name: that name is a subject too."""
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ not in {"PROPN", "NOUN"} or head.i > subject.i:
            return []
        if not any(t.dep_ == "cc" for t in self.doc[head.i : subject.i]):
            return []
        return self.at(head)

    def _object_controller(self, clause: Token) -> list[Arg]:
        """ "accuser l'Iran de fournir", "demander à l'Allemagne de livrer": the object
        of the governing verb does what the infinitive says."""
        if clause.dep_ not in {"xcomp", "advcl", "ccomp"} or clause.pos_ != "VERB":
            return []
        verb = clause.head
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        for child in verb.children:
            if (
                child.dep_ == "obj" or (passive and child.dep_ in PASS_SUBJ)
            ) and child.i < clause.i:
                return self.at(child)
            if fold(verb.lemma_) in self.object_control and self._case(child) == "a":
                found = self.at(child)
                if found:
                    return found
        return []

    def _noun_head(self, verb: Token) -> list[Arg]:
        return self.at(verb.head)

    def passive_subject(self, verb: Token) -> list[Arg]:
        """Who underwent it: the subject of a passive, or the noun a participle describes."""
        if verb.dep_ == "acl" and is_past_participle(verb):
            return self.at(verb.head)
        if not _passive(verb):
            return []
        for child in verb.children:
            if child.dep_ in PASS_SUBJ or child.dep_ == "nsubj":
                return self.at(child, deep=True)
        return []

    def complements(self, trigger: Token, mode: str, travel: bool = False) -> list[Arg]:
        """The target: object first, then prepositional complements, looking inside them.
        "en X" names a target only for travel ("se rendre en France"), else a place."""
        if mode == "none":
            return []
        cases = TARGET_CASES if travel else TARGET_CASES - PLACE_CASES
        objs = [c for c in trigger.children if c.dep_ in OBJ]
        obls = [c for c in trigger.children if c.dep_ in OBL and self._case(c) in cases]
        addressees = [c for c in obls if self._case(c) in {"a", "aupres"}]
        order = objs if mode == "obj" else obls if mode == "obl" else objs + obls
        for child in objs:  # an actor named as the object itself comes first
            if _own(child):
                continue  # "retirer ses forces": the subject's own, not a target
            found = self.at(child)
            if not found and child.pos_ == "NOUN" and self.is_trigger(child):
                found = self.noun_source(child, own_words=True)  # "condamner les frappes russes"
            if found:
                return found
        for child in addressees if mode != "obj" else []:  # "demander à X la levée …"
            found = self.at(child, deep=True)
            if found:
                return found
        for child in order:
            if _own(child) and child.i in self.by_token:
                continue
            found = self.at(child, deep=True)
            if found:
                return found
        return []

    def content_target(self, trigger: Token, mode: str) -> list[Arg]:
        """The target inside the promised or demanded action ("promettre de remettre le
        pouvoir au président")."""
        for clause in trigger.children:
            if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ == "VERB" and mode == "any":
                inner = [c for c in clause.children if c.dep_ in OBJ]
                inner += [
                    c for c in clause.children if c.dep_ in OBL and self._case(c) in {"a", "avec"}
                ]
                for child in inner:
                    found = self.at(child)
                    if found:
                        return found
        return []

    def noun_complements(self, noun: Token, sources: list[Arg]) -> list[Arg]:
        """Target of a nominal event: "visite à Moscou", "la visite qu'a effectuée X à Y"."""
        own = {a.actor for a in sources}
        places = [c for c in noun.children if c.dep_ in OBL and self._case(c) in TARGET_CASES]
        for clause in noun.children:
            if clause.dep_ in {"acl", "acl:relcl"}:
                places += [c for c in clause.children if self._case(c) in TARGET_CASES]
                for c in clause.children:
                    if c.dep_ in SUBJ | OBJ:
                        places += [
                            x for x in c.subtree if x.dep_ == "nmod" and self._case(x) == "a"
                        ]
        if noun.dep_ in OBJ | {"obl:arg"} and noun.head.pos_ == "VERB":  # "mettre en garde contre"
            places += [
                c
                for c in noun.head.children
                if c.i != noun.i and c.dep_ in OBL and self._case(c) in TARGET_CASES
            ]
        for arg in sources:  # "X à Moscou" hanging off the source's own words
            places += [
                t
                for t in self.doc[arg.span[0] : arg.span[1]]
                for t in t.children
                if t.dep_ == "nmod" and self._case(t) == "a" and t.i >= arg.span[1]
            ]
        for child in places:
            found = [a for a in self.at(child, deep=True) if a.actor not in own]
            if found:
                return found
        return []

    def in_sentence(self, trigger: Token, sources: list[Arg]) -> list[Arg]:
        """An implicit target: the nearest other actor named in the trigger's sentence,
        after the trigger first."""
        sent = sentence(self.doc, trigger.i)
        own = {a.actor.code for a in sources}
        spans = [a.span for a in sources]
        seen: set[int] = set()
        after: list[tuple[int, Arg]] = []
        before: list[tuple[int, Arg]] = []
        for i in range(sent.start, sent.end):
            m = self.by_token.get(i)
            if m is None or id(m) in seen or m.kind in {"pronoun", "anaphor", "group"}:
                continue
            seen.add(id(m))
            if any(s <= m.head < e for s, e in spans):
                continue
            text = self.doc[m.start : m.end].text
            if self._cited(m):
                continue  # "selon l'AFP": a source of the news is not a party to the event
            for actor in m.members or ([m.actor] if m.actor else []):
                if actor.code in own or actor.country in {a.actor.country for a in sources}:
                    continue
                arg = Arg(actor, text, "context", (m.start, m.end))
                (after if m.start > trigger.i else before).append((abs(m.start - trigger.i), arg))
        ranked = sorted(after, key=lambda x: x[0]) + sorted(before, key=lambda x: x[0])
        return [ranked[0][1]] if ranked else []

    def _cited(self, m: Mention) -> bool:
        head = self.doc[m.head]
        if m.actor is not None and m.actor.sector == "MED":
            return True
        return any(fold(c.text) in {"selon", "d'apres"} for c in head.children if c.dep_ == "case")

    def noun_patient(self, noun: Token) -> list[Arg]:
        """ "la prise de l'ambassade", "l'assassinat de X": who underwent a violent act."""
        for child in noun.children:
            if child.dep_ == "nmod" and self._case(child) in {"de", "du", "des", "d'"}:
                found = self.at(child)
                if found:
                    return found
        return []

    def noun_source(
        self, noun: Token, reciprocal: bool = False, own_words: bool = False, patient: bool = False
    ) -> list[Arg]:
        """Who acts in a nominal event: "la visite de X", "sa visite", "frappe israélienne";
        with `own_words`, only what the noun phrase itself says (not a light verb's subject)."""
        for child in noun.children:
            if child.dep_ == "nmod" and self._case(child) == "entre" and reciprocal:
                both = self.at(child) + self._and_next(child)
                if len(both) > 1:
                    return both
        for child in noun.children:
            case = self._case(child)
            if child.dep_ == "nmod" and case in SOURCE_CASES and (case == "par" or not patient):
                found = self.at(child) or self._demonym_in([child, *child.children])
                if not found and self.is_trigger(child):  # "l'offre de médiation de X"
                    found = self.noun_source(child, own_words=True)
                if found:
                    return found
        for child in noun.children:
            if child.dep_ == "amod" and child.norm_ in self.gaz.demonyms:
                code = self.gaz.demonyms[child.norm_]
                return [Arg(Actor(code=code, country=code), child.text, "parse")]
            if child.dep_ == "acl:relcl":
                for c in child.children:
                    if c.dep_ in SUBJ | OBJ and self.at(c):
                        return self.at(c)
            if child.dep_ == "acl":  # "une attaque perpétrée par des manifestants"
                for c in child.children:
                    if c.dep_ in AGENT and self.at(c):
                        return self.at(c)
        in_state = noun.dep_.startswith("obl") and self._case(noun) == "en"  # "X est en grève"
        if own_words:
            return []
        if (
            in_state
            or noun.dep_ in OBJ | {"obl:arg", "nsubj:pass"}
            or any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)
        ):
            head = noun.head if noun.dep_ != "ROOT" else noun
            if head.pos_ in {"VERB", "AUX"} or head.i == noun.i:
                return self.subject(head) if head.i != noun.i else []
        return []

    def _case(self, tok: Token) -> str:
        for c in tok.children:
            if c.dep_ in {"case", "mark"}:
                return fold(c.text).rstrip("'")
        return ""
