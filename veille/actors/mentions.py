"""Finding actor mentions in a parsed Doc: names from the gazetteer, agent noun phrases
("le ministre chinois des Affaires étrangères"), people nouns ("les Iraniens"),
unknown persons from the NER, and the forms that coreference resolves later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from veille.actors.gazetteer import Entry, Gazetteer
from veille.actors.registry import REGIONS
from veille.lang import LanguageData
from veille.text import fold
from veille.types import Actor

NP_RIGHT_DEPS = {"amod", "nmod", "appos", "flat:name", "flat", "fixed", "compound", "nummod"}
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:agent", "nmod", "appos"}
NP_LEFT_DEPS = {"det", "amod", "nummod", "advmod", "flat:name", "compound", "nmod"}


@dataclass
class Mention:
    """A span of tokens that names or stands for an actor."""

    start: int
    end: int
    head: int
    kind: str  # name | agent | people | person | pronoun | anaphor | pair
    entry: Entry | None = None
    role: str | None = None
    country: str | None = None  # country read inside the phrase (demonym, nmod, metonym)
    sector: str | None = None
    counterpart: bool = False
    person_like: bool = False  # a singular noun for one person ("le ministre chinois")
    inner_person: Mention | None = None
    actor: Actor | None = None
    members: list[Actor] = field(default_factory=list)
    how: str = ""
    region: str | None = None  # a region adjective narrowing a description ("africain")
    fits: str | None = None  # the country set a description must belong to ("kingdom")
    neighbour: bool = False  # "son voisin", "le pays voisin": not the possessor's country
    possessive: bool = False  # "son ambassadeur", "ses alliés": the possessor's side
    org_kinds: list[str] = field(default_factory=list)  # "l'organisation": a named one
    local: bool = False  # an institution many countries have: the place's country wins
    person_noun: bool = False  # headed by a noun for people in office ("chefs", "dirigeants")
    former: bool = False  # "l'ancien président", "l'ex-ministre": no longer in office
    bare_title: bool = False  # nothing but the title and adjectives: "le Premier ministre"

    def contains(self, i: int) -> bool:
        return self.start <= i < self.end


# Codes read inside a phrase that leave "l'organisation", "le bloc européen" to a named one.
UNPLACED = {None, "NGO", "IGO"} | REGIONS
OWN_CASES = {"de", "du", "des", "d'", "d’"}


def _placed(child: Token) -> bool:
    """A complement like "à Moscou" or "contre l'Iran" is not part of the actor's name."""
    cases = [c for c in child.children if c.dep_ == "case"]
    return child.dep_ == "nmod" and bool(cases) and fold(cases[0].text) not in OWN_CASES


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """A one-word name glued to another capitalised word belongs to a longer name."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    glued_next = nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
    glued_prev = prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN"
    return glued_next or glued_prev


def _close(doc: Doc, head: int, name: Mention) -> bool:
    """Is this name the one the description describes (apposed, or right after it)?"""
    root = doc[name.head]
    return (
        name.start - head <= 4
        or root.head.i == head
        or doc[head].head.i == root.i
        or any(doc[i].head.i == head for i in range(name.start, name.end))
    )


ELIDED = {"l'": "le", "d'": "de"}  # "l’armée": the lemmatiser keeps the curly form


def _word_keys(tok: Token) -> set[str]:
    lemma = fold(tok.lemma_)
    return {tok.norm_, lemma, ELIDED.get(lemma, lemma)}


def set_norms(doc: Doc) -> None:
    """Folded forms in NORM (run after the model, so its features are unchanged)."""
    for token in doc:
        token.norm_ = fold(token.text)


class _FirstWordIndex:
    """Word sequences by their first word, so that a token is compared only with the
    sequences it can start; `starting` keeps the sequences' order (an empty one, which
    any token may start, turns the index off)."""

    def __init__(self, forms: list[list[str]]) -> None:
        self.forms = forms
        self.scan_all = any(not words for words in forms)
        self.numbers: dict[str, list[int]] = {}
        for n, words in enumerate(forms):
            if words:
                self.numbers.setdefault(words[0], []).append(n)
        self.by_first = {w: [forms[n] for n in ns] for w, ns in self.numbers.items()}

    def starting(self, first: str, other: str | None = None) -> list[list[str]]:
        """The sequences whose first word is `first` or `other`, in their order."""
        if self.scan_all:
            return self.forms
        one = self.by_first.get(first, NONE)
        if other is None or other == first:
            return one
        two = self.by_first.get(other, NONE)
        if not two or not one:
            return one or two
        both = sorted({*self.numbers[first], *self.numbers[other]})
        return [self.forms[n] for n in both]


NONE: list[list[str]] = []


class _TitleIndex:
    """The gazetteer's titles by first word: `_role_at` tries only those the token can
    begin, in the gazetteer's order (longest first), so the first match is unchanged."""

    def __init__(self, roles: list[tuple[tuple[str, ...], str, frozenset[str]]]) -> None:
        self.roles = roles
        self.words = _FirstWordIndex([list(words) for words, _, _ in roles])

    def candidates(self, doc: Doc, i: int) -> list[tuple[tuple[str, ...], str, frozenset[str]]]:
        token = doc[i]
        if self.words.scan_all or (token.is_punct and token.text in "'’"):
            return self.roles  # the match would start after skipped apostrophes
        norm, lemma = token.norm_, fold(token.lemma_)
        numbers = self.words.numbers
        one, two = numbers.get(norm, []), numbers.get(lemma, []) if lemma != norm else []
        both = sorted({*one, *two}) if one and two else one or two
        return [self.roles[n] for n in both]


class MentionFinder:
    """Finds mention spans; resolution on the article's date is done by `Resolver`."""

    def __init__(self, nlp: Language, gaz: Gazetteer, lang: LanguageData) -> None:
        self.gaz = gaz
        self.lang = lang
        make_doc = nlp.make_doc
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self._keys: dict[str, Entry] = {}
        self._capitalised: set[str] = set()
        patterns = []
        for key, entry in gaz.names.items():
            pattern = make_doc(key)
            set_norms(pattern)
            patterns.append(pattern)
            self._keys[" ".join(t.norm_ for t in pattern)] = entry
            if key in gaz.capitalised:
                self._capitalised.add(" ".join(t.norm_ for t in pattern))
        self.matcher.add("NAME", patterns)
        self.official = {fold(x) for x in lang.coref.official_nouns}
        self.counterparts = {fold(c) for c in lang.coref.counterpart}
        self.person_nouns = {fold(x) for x in lang.coref.person_nouns} | self.official
        self.possessives = {fold(x) for x in lang.coref.possessives}
        self.org_nouns = {fold(k): v for k, v in lang.coref.organisation_nouns.items()}
        self.local = {fold(x).replace(" ", "") for x in lang.coref.local_institutions}
        self.former = {fold(x) for x in lang.coref.former_markers}
        self._titles = _TitleIndex(gaz.roles)
        # what the first word of a longer agent form can be ("force", "force de")
        self._agent_starts = {
            form[:i] for form in gaz.agents for i, c in enumerate(form) if c == " "
        }

    def find(self, doc: Doc) -> list[Mention]:
        set_norms(doc)
        ents = list(doc.ents)  # read often below: built once per doc
        names = self._names(doc)
        taken = {i for m in names for i in range(m.start, m.end)}
        mentions = list(names)
        mentions += self._people_nouns(doc, taken)
        mentions += self._unknown_persons(doc, taken, ents)
        mentions += self._agents(doc, names, ents)
        mentions += self._forms(doc)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _names(self, doc: Doc) -> list[Mention]:
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        out = []
        for span in filter_spans([s for s in spans if self._valid_name(s)]):
            entry = self._keys[" ".join(t.norm_ for t in span)]
            out.append(Mention(span.start, span.end, span.root.i, "name", entry=entry))
        return out

    def _valid_name(self, span: Span) -> bool:
        """Checked before the longest match is kept: "général Burhane" written lowercase
        is no name, but "Burhane" inside it is."""
        if span[0].pos_ in {"ADJ", "VERB"} and span[0].is_lower:
            return False  # "chine" lowercase adjective-like noise
        key = " ".join(t.norm_ for t in span)
        entry = self._keys.get(key)
        if entry is None or (key in self._capitalised and span[0].text[:1].islower()):
            return False  # "au total" is not the company Total
        if entry.kind == "person" and not span[0].text[:1].isupper():
            return False
        if (entry.code or "")[3:6] == "MED" and span[-1].is_lower:
            return False  # "le monde", "la croix": a title only when capitalised
        # "Michel" in "Michel Guay" is not Charles Michel
        return not (
            entry.kind == "person" and len(span) == 1 and _inside_longer_name(span.doc, span.start)
        )

    def _people_nouns(self, doc: Doc, taken: set[int]) -> list[Mention]:
        out = []
        for token in doc:
            code = self.gaz.people_nouns.get(token.text)
            if code and token.i not in taken and token.i > 0 and token.pos_ in {"NOUN", "PROPN"}:
                out.append(Mention(token.i, token.i + 1, token.i, "people", country=code))
        return out

    def _unknown_persons(self, doc: Doc, taken: set[int], ents: list[Span]) -> list[Mention]:
        out = []
        for ent in ents:
            if ent.label_ != "PER" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if len(ent) == 1 and fold(ent.text) in self.gaz.demonyms:
                continue
            if ent[0].is_lower and ent[0].pos_ != "PROPN":
                continue  # "président de la République" tagged as a person's name
            out.append(Mention(ent.start, ent.end, ent.root.i, "person"))
        return out

    def _agents(self, doc: Doc, names: list[Mention], ents: list[Span]) -> list[Mention]:
        out = []
        skip_until = -1
        for token in doc:
            if token.i < skip_until or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
                continue
            role, role_end, countries = self._role_at(doc, token.i)
            sector = self._agent_sector(doc, token)
            counterpart = fold(token.lemma_) in self.counterparts
            if role is None and sector is None and not counterpart:
                continue
            nominal = any(c.dep_ == "det" for c in token.children) or token.dep_ in NOMINAL_DEPS
            head = self._role_head(doc, token.i, role_end) if role else token
            if token.pos_ == "ADJ" and role is None and not nominal:
                if not (token.dep_ == "amod" and token.head.norm_ in self.gaz.demonyms):
                    continue
                head = token.head  # "l'officiel chinois" parsed with "chinois" as the noun
            start, end = self._np_extent(head, max(role_end, head.i + 1))
            end = self._cover_names(names, ents, start, end)
            end = self._adjacent_name(names, ents, end)
            m = Mention(start, end, head.i, "agent", role=role, sector=sector or "GOV")
            for adj in head.children:  # "conseil militaire", "source militaire": MIL
                adj_sector = self.gaz.agents.get(fold(adj.lemma_))
                generic = m.sector != "MED"  # "l'agence officielle" stays a news agency
                if (
                    adj.dep_ == "amod"
                    and adj.pos_ == "ADJ"
                    and adj_sector
                    and role is None
                    and generic
                ):
                    m.sector = adj_sector
            m.counterpart = counterpart
            m.bare_title = role is not None and all(
                t.pos_ in {"ADJ", "PUNCT", "DET"} for t in doc[role_end : m.end]
            )
            m.person_noun = fold(head.lemma_) in self.person_nouns
            m.person_like = m.person_noun and "Number=Plur" not in str(head.morph)
            end = self._trailing_demonym(doc, m.end)
            m.end = end if end > m.end and not self._next_is_name(names, end) else m.end
            self._read_inside(doc, m, names)
            self._read_determiner(head, m)
            m.former = any(
                t.norm_ in self.former or t.norm_.startswith("ex-") for t in doc[m.start : head.i]
            )
            if countries and m.country and m.country[:3] not in countries:
                m.role = None
            out.append(m)
            skip_until = role_end
        return out

    def _trailing_demonym(self, doc: Doc, end: int) -> int:
        """ "le guide suprême iranien" when the parse leaves the adjective outside."""
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.norm_ in self.gaz.demonyms:
            return end + 1
        return end

    def _next_is_name(self, names: list[Mention], end: int) -> bool:
        return any(n.start < end < n.end for n in names)

    def _read_determiner(self, head: Token, m: Mention) -> None:
        """ "son ambassadeur": the possessor's; "l'organisation": one named before."""
        dets = [c for c in head.children if c.dep_ == "det"]
        if not dets:
            return
        if fold(dets[0].text) in self.possessives:
            m.possessive = True
        elif "Definite=Ind" not in str(dets[0].morph) and m.country in UNPLACED:
            m.org_kinds = self.org_nouns.get(fold(head.lemma_), [])

    def _agent_sector(self, doc: Doc, token: Token) -> str | None:
        """The sector of an agent noun, longest form first ("force de le ordre", "groupe
        armé"): lemmas, apostrophes skipped."""
        elided = {"l'": "le", "d'": "de"}
        lemma = fold(token.lemma_)
        if elided.get(lemma, lemma) not in self._agent_starts:  # it starts no longer form
            return self.gaz.agents.get(lemma) or self.gaz.agents.get(token.norm_)
        words = [elided.get(fold(t.lemma_), fold(t.lemma_)) for t in doc[token.i : token.i + 5]]
        for n in range(len(words), 1, -1):
            form = " ".join(words[:n])
            if form in self.gaz.agents:
                return self.gaz.agents[form]
        return self.gaz.agents.get(fold(token.lemma_)) or self.gaz.agents.get(token.norm_)

    def _role_head(self, doc: Doc, start: int, end: int) -> Token:
        """The word of a multi-word title whose head lies outside it ("Premier ministre")."""
        for tok in doc[start:end]:
            outside = not (start <= tok.head.i < end) or tok.head.i == tok.i
            if outside and tok.pos_ in {"NOUN", "PROPN"}:
                return tok
        return doc[start]

    def _role_at(self, doc: Doc, i: int) -> tuple[str | None, int, frozenset[str]]:
        for words, role, countries in self._titles.candidates(doc, i):
            j, ok = i, True
            skipped = 0
            for w in words:
                while j < len(doc) and doc[j].is_punct and doc[j].text in "'’":
                    j += 1
                while (
                    j < len(doc)
                    and j > i
                    and skipped < 2
                    and doc[j].pos_ == "ADJ"
                    and w not in {doc[j].norm_, fold(doc[j].lemma_)}
                ):
                    j, skipped = j + 1, skipped + 1  # "ministre chinois des Affaires étrangères"
                if j >= len(doc) or w not in _word_keys(doc[j]):
                    ok = False
                    break
                j += 1
            if ok:
                return role, j, countries
        return None, i + 1, frozenset()

    def _np_extent(self, head: Token, role_end: int) -> tuple[int, int]:
        start, end = head.i, max(head.i + 1, role_end)
        for child in head.lefts:
            if child.dep_ in NP_LEFT_DEPS and not child.is_punct:
                start = min(start, child.left_edge.i)
        for child in head.rights:
            if child.dep_ in NP_RIGHT_DEPS and not _placed(child):
                end = max(end, child.right_edge.i + 1)
        doc = head.doc
        for i in range(max(head.i, role_end - 1) + 1, end):
            if doc[i].dep_ == "cc" or doc[i].text in {"(", ";", ":", "—", "–"} or doc[i].is_space:
                end = i  # a phrase stops at a coordination: "X et son homologue Y"
                break
        while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return start, end

    def _adjacent_name(self, names: list[Mention], ents: list[Span], end: int) -> int:
        """ "le président ukrainien Volodymyr Zelensky": a name right after the description."""
        for name in names:
            if name.start == end and name.entry is not None and name.entry.kind == "person":
                return name.end
        for ent in ents:
            if ent.start == end and ent.label_ == "PER":
                return ent.end
        return end

    def _cover_names(self, names: list[Mention], ents: list[Span], start: int, end: int) -> int:
        """Extend a phrase to the end of a name it cuts ("… Wang" + "Yi")."""
        for name in names:
            if start <= name.start < end < name.end:
                end = name.end
        for ent in ents:
            if ent.label_ == "PER" and start <= ent.start < end < ent.end:
                end = ent.end
        return end

    def _read_inside(self, doc: Doc, m: Mention, names: list[Mention]) -> None:
        for token in doc[m.start : m.end]:
            code = self.gaz.demonyms.get(token.norm_) or self.gaz.demonyms.get(fold(token.lemma_))
            if code and m.country is None:
                m.country = code
        for name in names:
            if not (m.start <= name.start and name.end <= m.end) or name.entry is None:
                continue
            if name.entry.kind == "person" and m.inner_person is None:
                if _close(doc, m.head, name):  # not "la commission … sur l'assassinat de X"
                    m.inner_person = name
            elif name.entry.code and name.start <= m.head < name.end:
                m.country = name.entry.code  # the title is part of a name: "Parlement européen"
                m.local = "".join(t.norm_ for t in doc[name.start : name.end]) in self.local
                m.sector = None
                m.role = None
                return
            elif name.entry.code and m.country is None:
                m.country = name.entry.code

    def _forms(self, doc: Doc) -> list[Mention]:
        """Pronouns, "ce dernier", "les deux pays": resolved by coreference."""
        coref = self.lang.coref
        out = []
        pronouns = {fold(p) for p in coref.person_pronouns}
        numbers = {fold(n) for n in coref.pair_numbers}
        pair_nouns = {fold(n) for n in coref.pair_nouns}
        anaphora = [[fold(w) for w in form] for form in coref.anaphora]
        plural = [[fold(w) for w in form] for form in coref.plural_anaphora]
        plural_pronouns = {fold(p) for p in coref.plural_pronouns}
        plural_at = _FirstWordIndex(plural)
        anaphora_at = _FirstWordIndex(anaphora)
        for token in doc:
            norm = token.norm_.lstrip("-").removeprefix("t-")
            if token.pos_ == "PRON" and norm in plural_pronouns and token.dep_.startswith("nsubj"):
                out.append(Mention(token.i, token.i + 1, token.i, "group"))  # "ils", "elles"
                continue
            if token.pos_ == "PRON" and norm in pronouns:
                start = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "-t" else token.i
                out.append(Mention(start, token.i + 1, token.i, "pronoun"))  # "-t" "-elle"
                continue
            if norm in numbers and token.head.i != token.i:
                noun = token.head
                if fold(noun.lemma_) in pair_nouns:
                    start = min(token.i, *(c.i for c in noun.lefts))
                    out.append(Mention(start, noun.i + 1, noun.i, "pair"))
            for words in plural_at.starting(token.norm_):
                seq = [t.norm_ for t in doc[token.i : token.i + len(words)]]
                if seq == words and "Number=Plur" in str(doc[token.i + len(words) - 1].morph):
                    end = token.i + len(words)
                    out.append(Mention(token.i, end, end - 1, "group"))
            for words in anaphora_at.starting(token.norm_, fold(token.lemma_)):
                seq = [t.norm_ for t in doc[token.i : token.i + len(words)]]
                lemmas = [fold(t.lemma_) for t in doc[token.i : token.i + len(words)]]
                if seq == words or lemmas == words:
                    end = token.i + len(words)
                    out.append(Mention(token.i, end, end - 1, "anaphor"))
        return out
