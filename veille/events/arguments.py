"""Source and target of a trigger, read from the dependency parse.

Handles active and passive voice, coordinated subjects and objects, nominal events
("la visite de X à Y", "sa visite"), control and infinitival clauses ("X a décidé
d'expulser", "l'occasion pour X de vanter"), relative clauses, and first-person
subjects inside a quote (the quote's speaker).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Gazetteer
from veille.actors.mentions import Mention
from veille.annotations import FoundQuote
from veille.events.grammar import (
    AGENT,
    APPOSED,
    CLAUSES,
    CLIMB,
    OBJ,
    OBL,
    PASS_SUBJ,
    SUBJ,
    Arg,
    _own,
    _passive,
    _perfect,
    _wider,
    is_past_participle,
)
from veille.events.members import included, listed_names, listed_subject, places
from veille.events.nominal import NominalArguments
from veille.lang.grammar import Grammar
from veille.nlp.sents import sentence
from veille.text import fold
from veille.types import Actor


class ArgumentFinder(NominalArguments):
    """Maps tokens to actors, and triggers to their source and target arguments."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        quotes: list[FoundQuote],
        gaz: Gazetteer,
        is_trigger: Callable[[Token], bool] = lambda t: False,
        object_control: set[str] | None = None,
        quantities: set[str] | None = None,
        *,
        grammar: Grammar,
        onsets: set[str] | None = None,
    ) -> None:
        self.doc = doc
        self.g = grammar
        self.is_trigger = is_trigger
        self.object_control = object_control or set()
        self.quantities = (
            quantities or set()
        )  # "dizaine", "millier": "des dizaines de milliers de X"
        self.onsets = onsets or set()  # "le lancement d'une offensive": the offensive's frame
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
                if i not in self.by_token or _wider(m, self.by_token[i]):
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
                elif conj.dep_ == "conj" and conj.pos_ == "ADJ" and m is not None and out:
                    out += [a for a in self._demonym_in([conj], {"conj"}) if a not in out]
                elif conj.dep_ == "appos" and conj.pos_ == "PROPN" and places(out):
                    out += [a for a in listed_names(self, conj, deep) if a not in out]
        return out

    def _one(self, tok: Token, deep: bool) -> list[Arg]:
        if fold(tok.text) in self.g.first_person:
            for q in self.quotes:
                if q.tok_start <= tok.i < q.tok_end and q.actor is not None:
                    text = q.quote.speaker.text if q.quote.speaker else ""
                    return [Arg(q.actor, text or "", "context")]
        m = self.by_token.get(tok.i) or self._titled(tok)
        if m is None and tok.dep_ in SUBJ and any(fold(c.text) in self.g.our for c in tok.children):
            return self._one(next(c for c in tok.children if fold(c.text) in self.g.our), deep)
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

    def _titled(self, tok: Token) -> Mention | None:
        """ "M. Poutine", "Mme Merkel": the parser heads the name with the title."""
        for c in tok.children:
            if c.dep_.startswith("flat") and c.i in self.by_token:
                return self.by_token[c.i]
        return None

    def _phrase(self, tok: Token) -> list[Token]:
        """The words of a complement, nearest first, without entering clauses or the
        arguments of another event noun ("sanctions en rapport avec la fourniture … à X")."""
        out, frontier = [], [tok]
        for _ in range(4):
            nxt = []
            for t in frontier:
                out.append(t)
                for c in t.children:
                    event = self.is_trigger(c) and not self._kind(c)
                    if c.dep_ in CLAUSES or (event and c.i != tok.i):
                        continue
                    nxt.append(c)
            frontier = sorted(nxt, key=lambda t: t.i)
        return out

    def _kind(self, noun: Token) -> bool:
        """An event noun bare after "de" names a kind of thing ("un avion de combat
        russe"): its words are the complement's own."""
        if noun.dep_ != "nmod" or any(c.dep_ == "det" for c in noun.children):
            return False
        if fold(noun.head.lemma_) in self.quantities:
            return False  # "des milliers de manifestants": people counted, not a kind
        return any(
            c.dep_ == "case" and self.g.case_word(fold(c.text)) in self.g.classifier_cases
            for c in noun.children
        )

    def _demonym_in(
        self, tokens: list[Token], deps: frozenset[str] | set[str] = frozenset({"amod"})
    ) -> list[Arg]:
        """ "des actions militaires russes": the country an adjective names ("les
        délégations russe et ukrainienne": the second one is a conjunct)."""
        for t in tokens:
            word = t.norm_.removeprefix("anti-")  # "une manifestation anti-américaine"
            if t.dep_ in deps | {"acl"} and word in self.gaz.demonyms:  # "chinois" as acl
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
            if m is None or m.kind != "name" or not m.actor or m.actor.code != m.actor.country:
                continue
            if self._locative(self.doc[m.start : m.end].root):  # not "les critiques de Washington"
                found = Arg(m.actor, self.doc[m.start : m.end].text, "context", (m.start, m.end))
        if found is None and self.default:
            found = Arg(Actor(code=self.default, country=self.default), "", "context")
        return [found] if found else []

    def _locative(self, tok: Token) -> bool:
        """A name that says where: "à Dakar", "en Syrie", "dans la capitale, Damas"."""
        for _ in range(3):
            if self._case(tok) in self.g.where_cases:
                return True
            if tok.dep_ not in APPOSED or tok.head is tok:
                return False
            tok = tok.head
        return False

    def subject(self, verb: Token, speaker: bool = False) -> list[Arg]:
        """Who did it: the subject, the agent of a passive, or a controller up the tree;
        with `speaker`, for the verb of an incise ("», a démenti le ministre"), the quote's
        speaker (the parser often reads an inverted subject as the object)."""
        for q in self.quotes if speaker else []:
            if q.verb_i == verb.i and q.actor is not None:
                text = q.quote.speaker.text if q.quote.speaker else ""
                return [Arg(q.actor, text or "", "parse")]
        current = verb
        agent = self._agent(verb)
        if agent is not None and (_passive(verb, self.g) or is_past_participle(verb)):
            return self.at(agent, deep=True)  # "reçu par X, Y a …": X did it
        for _ in range(4):
            passive = _passive(current, self.g)
            for child in current.children:
                if passive and (child.dep_ in AGENT or self._by(child)):
                    by = [c for c in child.children if self._case(c) in self.g.agent_cases]
                    return self.at(by[0] if by else child, deep=True)
                if not passive and (
                    child.dep_ in SUBJ | PASS_SUBJ or child.text.lower() in self.g.inverted_subjects
                ):
                    found = self.at(child) or self._affiliation(child)
                    found += self._fronted_conjunct(current, child)
                    found += [a for a in included(self, child) if a not in found]
                    if (
                        found
                        or child.pos_ != "PRON"
                        or fold(child.text) in self.g.relative_subjects
                    ):
                        if (
                            not found
                            and child.dep_ in SUBJ
                            and fold(child.text) in self.g.relative_subjects
                        ):
                            return self._noun_head(current)
                        return found
            listed = [] if passive else listed_subject(self, current)
            if listed:
                return listed
            if passive and current.dep_ == "xcomp" and _perfect(current, self.g):
                return []  # "dit avoir été agressée": the controller underwent it
            if current.dep_ == "acl:relcl":
                return self._noun_head(current)
            if current.dep_ == "acl" and is_past_participle(current):
                for c in current.children:  # "X, tué par Y": Y did it, X underwent it
                    if c.dep_ in AGENT:
                        return self.at(c, deep=True)
                return []
            if self._fronted_participle(current):  # "Tués par des soldats, trois civils …"
                return self.at(next(c for c in current.children if c.dep_ in AGENT), deep=True)
            if current.dep_ in {"acl", "nmod"}:
                head_args = self.at(current.head)
                if head_args:
                    return head_args
                for c in current.head.children:
                    if c.dep_ in {"nmod", "obl"} and any(
                        fold(x.text) in self.g.purpose_cases for x in c.children if x.dep_ == "case"
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

    def _agent(self, verb: Token) -> Token | None:
        """The "par X" of a passive or participle, also when the parser hung it on a
        complement of time ("convoqué lundi par X")."""
        for child in verb.children:
            if child.dep_ in AGENT:
                return child
        for child in verb.children:
            if child.dep_ in {"obl:mod", "obl", "nmod"}:
                found = next((c for c in child.children if c.dep_ in AGENT), None)
                if found is not None:
                    return found
        return None

    def between(self, verb: Token) -> list[Arg]:
        """The parties of "… a été signé entre X et Y" (two or more, else none)."""
        for child in verb.children:
            if child.dep_.startswith("obl") and self._case(child) in self.g.between_cases:
                both = self.at(child) + self._and_next(child)
                return both if len(both) > 1 else []
        return []

    def _and_next(self, tok: Token) -> list[Arg]:
        """The actor right after "et" following this one ("entre X et Y", misparsed)."""
        m = self.by_token.get(tok.i)
        if (
            m is None
            or m.end + 1 >= len(self.doc)
            or self.doc[m.end].lower_ not in self.g.coordinators
        ):
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
        return self._affiliation_of(noun) or self._demonym_in(list(noun.children))

    def _affiliation_of(self, noun: Token) -> list[Arg]:
        """The actor in a noun's "de X" complement, through quantities ("des dizaines de
        milliers d'Israéliens")."""
        for child in noun.children:
            if (
                child.dep_ == "nmod"
                and self._case(child) in self.g.source_cases - self.g.agent_cases
            ):
                found = self.at(child)
                if not found and fold(child.lemma_) in self.quantities:
                    found = self._affiliation_of(child)
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
            if (
                fold(verb.lemma_) in self.object_control
                and self._case(child) in self.g.dative_cases
            ):
                found = self.at(child)
                if found:
                    return found
        return []

    def _noun_head(self, verb: Token) -> list[Arg]:
        return self.at(verb.head)

    def _fronted_participle(self, verb: Token) -> bool:
        """ "Enlevés par des jihadistes, deux humanitaires …": a participle without an
        auxiliary, with its agent, opening the sentence."""
        kids = list(verb.children)
        return (
            (verb.dep_ in {"advcl", "ROOT"} or bool(verb.is_sent_start))
            and is_past_participle(verb)
            and any(c.dep_ in AGENT for c in kids)
            and not any(c.dep_.startswith("aux") for c in kids)
        )

    def passive_subject(self, verb: Token) -> list[Arg]:
        """Who underwent it: the subject of a passive, or the noun a participle describes."""
        if verb.dep_ == "acl" and is_past_participle(verb):
            found = self.at(verb.head)
            if (
                not found and verb.head.dep_ in SUBJ | PASS_SUBJ
            ):  # "des obus tirés par X sont tombés sur Y"
                found = self.complements(verb.head.head, "obl")
            return found
        if verb.dep_ != "ROOT" and self._fronted_participle(verb):
            for child in verb.head.children:
                if child.dep_ in SUBJ | PASS_SUBJ:
                    return self.at(child, deep=True)
        bare = not any(c.dep_.startswith("aux") for c in verb.children)
        if verb.dep_ == "advcl" and bare and is_past_participle(verb) and self._agent(verb):
            return self.subject(verb.head)  # "reçu par X, Y a plaidé": Y was received
        if not _passive(verb, self.g):
            return []
        for child in verb.children:
            if child.dep_ in PASS_SUBJ or child.dep_ == "nsubj":
                return self.at(child, deep=True)
        if verb.dep_ == "xcomp" and _perfect(verb, self.g):  # "elle affirme avoir été agressée"
            return self.subject(verb.head)
        return []

    def complements(
        self, trigger: Token, mode: str, travel: bool = False, venues: bool = False
    ) -> list[Arg]:
        """The target: object first, then prepositional complements, looking inside them.
        "en X" names a target only for travel ("se rendre en France"), else a place; with
        `venues`, "à Genève" is where a meeting took place, not who met."""
        if mode == "none":
            return []
        cases = self.g.target_cases if travel else self.g.target_cases - self.g.place_cases
        cases = cases - self.g.topic_cases if venues else cases  # "négocier sur le nucléaire"
        objs = [c for c in trigger.children if c.dep_ in OBJ]
        obls = [c for c in trigger.children if c.dep_ in OBL and self._case(c) in cases]
        obls = [c for c in obls if not (venues and self.is_venue(c))]
        obls = [c for c in obls if fold(c.lemma_) not in self.g.on_behalf]  # "à la demande de X"
        addressees = [c for c in obls if self._case(c) in self.g.addressee_cases]
        order = objs if mode == "obj" else obls if mode == "obl" else objs + obls
        objs = [c for c in objs if not _own(c)] if mode != "obl" else []  # not "ses forces"
        for child in objs:  # an actor named as the object itself comes first
            found = self.at(child)
            if found:
                return found
        for child in trigger.children if objs else []:  # "exiger d'Israël la libération de"
            if child.dep_ == "obl:arg" and self._case(child) in self.g.of_cases:
                found = self.at(child)
                if found:
                    return found
        for child in objs:
            if child.pos_ == "NOUN" and self.is_trigger(child):
                found = self.noun_source(child, own_words=True)  # "condamner les frappes russes"
                found = self._no_venue(found, venues)
                if found:
                    return found
        for child in addressees if mode != "obj" else []:  # "demander à X la levée …"
            found = self.at(child, deep=True)
            if found:
                return found
        for child in order:
            if _own(child) and child.i in self.by_token:
                continue
            found = self._no_venue(self.at(child, deep=True), venues)
            if found:
                return found
        return self._nested_destination(trigger, cases) if travel else []

    def _no_venue(self, found: list[Arg], venues: bool) -> list[Arg]:
        """With `venues`, the actors found that are not a place named inside the object
        ("un accord de paix à La Havane": where it was signed)."""
        if not venues:
            return found
        out = []
        for arg in found:
            m = self.by_token.get(arg.span[0]) if arg.span != (0, 0) else None
            if m is None or not self.is_venue(self.doc[m.head]):
                out.append(arg)
        return out

    def _nested_destination(self, trigger: Token, cases: frozenset[str]) -> list[Arg]:
        """ "se rendra la semaine prochaine en Allemagne", "arrivé dimanche à Moscou": the
        place the parser hung on a time noun."""
        for child in trigger.children:
            if child.dep_ in OBL | OBJ and not self._case(child) and child.i not in self.by_token:
                for c in child.children:
                    if c.dep_ == "nmod" and self._case(c) in cases and self.at(c):
                        return self.at(c)
        return []

    def is_venue(self, tok: Token) -> bool:
        """A complement that names a place (a country or city, not a person or body)."""
        m = self.by_token.get(tok.i)
        return (
            m is not None
            and m.kind == "name"
            and m.actor is not None
            and m.actor.code == m.actor.country
            and self._case(tok) in self.g.destination_cases
        )

    def content_target(self, trigger: Token, mode: str) -> list[Arg]:
        """The target inside the promised or demanded action ("promettre de remettre le
        pouvoir au président")."""
        for clause in trigger.children:
            if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ == "VERB" and mode == "any":
                inner = [c for c in clause.children if c.dep_ in OBJ]
                inner += [
                    c
                    for c in clause.children
                    if c.dep_ in OBL and self._case(c) in self.g.companion_cases
                ]
                for child in inner:
                    found = self.at(child)
                    if found:
                        return found
        return []

    def in_sentence(self, trigger: Token, sources: list[Arg], venues: bool = False) -> list[Arg]:
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
            if venues and self.is_venue(self.doc[m.head]):
                continue  # "signé à La Havane": where, not with whom
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
        if head.dep_ == "nmod" and fold(head.head.lemma_) in self.g.on_behalf:
            return True  # "à la demande de X": X asked; X is not who the event is about
        return any(
            fold(c.text) in self.g.according_cases for c in head.children if c.dep_ == "case"
        )

    def _by(self, tok: Token) -> bool:
        """ "a été assassiné par Israël" parsed as an adjunct, or hung off one ("bombardée
        cette nuit par des drones"): "par X" is still the agent."""
        if tok.dep_ not in {"obl", "obl:mod", "obl:arg", "obj"}:
            return False
        if self._case(tok) in self.g.agent_cases:
            return True
        if self._case(tok) not in {"", *self.g.state_cases}:
            return False  # only a bare or "en" adjunct: "cette nuit", "en masse"
        return any(c.dep_ == "nmod" and self._case(c) in self.g.agent_cases for c in tok.children)

    def case(self, tok: Token) -> str:
        """The preposition that introduces a complement, folded ("a", "entre", "sous")."""
        return self._case(tok)

    def and_next(self, tok: Token) -> list[Arg]:
        """The actor right after "et" following this one."""
        return self._and_next(tok)

    def _case(self, tok: Token) -> str:
        for c in tok.children:
            if c.dep_ in {"case", "mark"}:
                return self.g.case_word(fold(c.text))  # "la visite d'Emmanuel Macron"
        return ""
