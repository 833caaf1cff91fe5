"""Agent noun phrases: "le ministre chinois des Affaires étrangères", "l'armée malienne",
"son homologue russe": their extent, title, sector, and what they say inside (a demonym,
a name, a person, a possessive determiner).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.actors.gazetteer import Gazetteer
from veille.actors.mention import (
    NOMINAL_DEPS,
    NP_LEFT_DEPS,
    NP_RIGHT_DEPS,
    UNPLACED,
    Mention,
    TitleIndex,
    describes_name,
    placed,
    word_keys,
)
from veille.lang import LanguageData
from veille.text import fold


def _national(code: str, own: str) -> bool:
    """A national body's code (country + sector) that another country's adjective
    qualifies: that country has its own."""
    national = len(code) == 6 and not code.startswith(("IGO", "NGO", "IMG", "MNC"))
    return national and code[:3] != own


def _named_kind(inner: list[Mention], kind: str) -> str:
    """A generic name ("ONG") followed by a named one of its kind: the named one's code."""
    for name in inner:
        code = (name.entry.code or "") if name.entry is not None else ""
        if code.startswith(kind) and len(code) > len(kind):
            return code
    return kind


class AgentPhrases:
    """The agent-phrase part of `MentionFinder` (which sets these attributes)."""

    gaz: Gazetteer
    lang: LanguageData
    counterparts: set[str]
    person_nouns: set[str]
    possessives: set[str]
    org_nouns: dict[str, list[str]]
    local: set[str]
    former: set[str]
    deputy: set[str]
    sides: set[str]
    exile: list[list[str]]
    _titles: TitleIndex
    _agent_starts: set[str]

    def _agents(self, doc: Doc, names: list[Mention], ents: list[Span]) -> list[Mention]:
        out = []
        skip_until = -1
        # a word inside a longer name that it does not head ("justice" in "Cour
        # internationale de justice") is part of that name, not an agent of its own
        inside = {i for n in names if n.end - n.start > 2 for i in range(n.start + 1, n.end)}
        for token in doc:
            if token.i < skip_until or not self._nominal_pos(doc, token):
                continue
            if token.i in inside:
                continue
            role, role_end, countries = self._role_at(doc, token.i)
            sector = self._agent_sector(doc, token)
            if sector is None and role is None and self._side(doc, token):
                sector = "GOV"  # "la partie chinoise": China's side, its government
            counterpart = fold(token.lemma_) in self.counterparts
            if role is None and sector is None and not counterpart:
                continue
            nominal = (
                any(c.dep_ in {"det", "amod", "appos"} for c in token.children)
                or token.dep_ in NOMINAL_DEPS
            )  # "d'un important général iranien, X": an agent noun tagged ADJ, qualified
            head = self._role_head(doc, token.i, role_end) if role else token
            if token.pos_ == "ADJ" and role is None and not nominal:
                if not (token.dep_ == "amod" and token.head.norm_ in self.gaz.demonyms):
                    continue
                head = token.head  # "l'officiel chinois" parsed with "chinois" as the noun
            start, end = self._np_extent(head, max(role_end, head.i + 1))
            end = self._cover_names(names, ents, start, end)
            end = self._adjacent_name(names, ents, end, fold(head.lemma_) in self.org_nouns)
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
            self._read_exile(doc, m)
            self._read_inside(doc, m, names, role_end)
            self._read_complement(doc, m, names, role_end)
            self._read_determiner(head, m)
            m.former = any(
                t.norm_ in self.former or t.norm_.startswith("ex-") for t in doc[m.start : head.i]
            )
            if countries and m.country and m.country[:3] not in countries:
                m.role = None
            m.title_countries = countries if m.role else frozenset()
            if m.role and any(t.norm_ in self.deputy for t in doc[role_end - 1 : m.end]):
                m.role, m.person_like = None, False  # a deputy is not the office's holder
            out.append(m)
            skip_until = role_end
        return out

    def _of_case(self, token: Token) -> bool:
        """ "de", "du", "d'": a complement of belonging."""
        g = self.lang.grammar
        return g.case_word(fold(token.text)) in g.of_cases

    def _complement_title(self, doc: Doc, name: Mention, role_end: int) -> bool:
        """ "le lieutenant du général Soleimani", "la veuve de l'ancien président X": the
        name is the holder of a title in a complement, not of the phrase's own title."""
        prev = doc[name.start - 1]
        if not prev.is_lower or prev.i < role_end or prev.pos_ not in {"NOUN", "ADJ"}:
            return False
        owners = {prev.i, doc[name.head].i}
        return any(
            c.dep_ == "case" and c.head.i in owners and self._of_case(c)
            for c in doc[max(role_end, prev.i - 3) : prev.i]
        )

    def _read_complement(self, doc: Doc, m: Mention, names: list[Mention], role_end: int) -> None:
        """ "le porte-parole de la police", "le président du Sénat": a person of a body of
        another sector than the government speaks for that body; the title is the body's
        own, not the country's office."""
        head = doc[m.head]
        last = doc[role_end - 1]  # "le chef du parti d'opposition": the title's last word's
        rights = [*head.rights, *(last.rights if head.i < last.i < m.end else [])]
        for child in rights:
            if child.dep_ != "nmod" or child.i < role_end or child.i >= m.end:
                continue
            cases = [c for c in child.children if c.dep_ == "case"]
            if not cases or not self._of_case(cases[0]):
                return
            sector = self._body_sector(doc, child, names)
            if sector is not None and sector != "GOV":
                m.sector, m.role, m.person_like = sector, None, False
            return

    def _body_sector(self, doc: Doc, token: Token, names: list[Mention]) -> str | None:
        """The sector of the body a complement names: a name's code, else an agent noun's,
        else that of its own complement ("le chef du parti d'opposition")."""
        for name in names:
            if name.contains(token.i) and name.entry is not None:
                code = name.entry.code or ""
                if code == "NGO":
                    return code  # "une militante d'une ONG"
                national = not code.startswith(("IGO", "NGO")) and len(code) > 3
                return code[3:6] if national else None
        sector = self._agent_sector(doc, token)
        if sector is not None or token.i in {n.head for n in names}:
            return sector
        for child in token.rights:
            cases = [c for c in child.children if c.dep_ == "case"]
            if child.dep_ == "nmod" and cases and self._of_case(cases[0]):
                return self._agent_sector(doc, child)
        return None

    def _nominal_pos(self, doc: Doc, token: Token) -> bool:
        """A noun, or an agent noun the tagger read as a participle after a determiner or
        an adjective ("l'opposant X", "le principal opposant malien")."""
        if token.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return True
        prev = doc[token.i - 1] if token.i > 0 else None
        # "X, opposant de longue date": an apposition after a comma, without determiner
        after_det = prev is not None and (prev.pos_ in {"DET", "ADJ"} or prev.text == ",")
        return token.pos_ == "VERB" and after_det and token.norm_ in self.gaz.agents

    def _read_exile(self, doc: Doc, m: Mention) -> None:
        """ "le gouvernement tibétain en exil": an opposition outside the country."""
        for words in self.exile:
            end = m.end + len(words)
            if end <= len(doc) and [t.norm_ for t in doc[m.end : end]] == words:
                m.end, m.sector, m.role = end, "OPP", None
                return

    def _side(self, doc: Doc, token: Token) -> bool:
        """ "la partie chinoise", "le camp russe": a side noun with a country adjective."""
        if fold(token.lemma_) not in self.sides and token.norm_ not in self.sides:
            return False
        adjectives = [c for c in token.children if c.dep_ == "amod"]
        if token.i + 1 < len(doc):
            adjectives.append(doc[token.i + 1])
        return any(a.is_lower and a.norm_ in self.gaz.demonyms for a in adjectives)

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
        m.indefinite = "Definite=Ind" in str(dets[0].morph)
        if fold(dets[0].text) in self.possessives:
            m.possessive = True
        elif not m.indefinite and m.country in UNPLACED:
            m.org_kinds = self.org_nouns.get(fold(head.lemma_), [])

    def _agent_sector(self, doc: Doc, token: Token) -> str | None:
        """The sector of an agent noun, longest form first ("force de le ordre", "groupe
        armé"): lemmas, apostrophes skipped."""
        elided = self.lang.grammar.lemma_elisions
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
                if j >= len(doc) or w not in word_keys(doc[j], self.lang.grammar.lemma_elisions):
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
            if child.dep_ in NP_RIGHT_DEPS and not placed(child, self.lang.grammar.own_cases):
                end = max(end, child.right_edge.i + 1)
        doc = head.doc
        for i in range(max(head.i, role_end - 1) + 1, end):
            if doc[i].dep_ == "cc" or doc[i].text in {"(", ";", ":", "—", "–"} or doc[i].is_space:
                end = i  # a phrase stops at a coordination: "X et son homologue Y"
                break
            if doc[i].pos_ == "DET" and doc[i - 1].pos_ in {"NOUN", "PROPN"}:
                end = i  # "à la télévision d'État le vice-président": another phrase
                break
        while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return start, end

    def _adjacent_name(
        self, names: list[Mention], ents: list[Span], end: int, org: bool = False
    ) -> int:
        """ "le président ukrainien Volodymyr Zelensky": a name right after the description
        ("le quotidien Le Monde" after an organisation noun)."""
        for name in names:
            if name.start == end and name.entry is not None and name.entry.kind == "person":
                return name.end
            if name.start == end and org and name.entry is not None and name.entry.code:
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

    def _read_inside(self, doc: Doc, m: Mention, names: list[Mention], role_end: int) -> None:
        inner = [n for n in names if m.start <= n.start and n.end <= m.end]
        owned = {i for n in inner for i in range(n.start, n.end)}
        name_adjective = False
        for token in doc[m.start : m.end]:
            code = self.gaz.demonyms.get(token.norm_) or self.gaz.demonyms.get(fold(token.lemma_))
            if code and token.i in owned:
                name_adjective = True  # "le président de la Commission européenne"
            elif code and m.country is None:
                m.country = code
        own = m.country  # a country adjective of the phrase itself
        for name in inner:
            if name.entry is None:
                continue
            group = "Number=Plur" in str(doc[m.head].morph)  # "les partisans de X"
            if name.entry.kind == "person" and m.inner_person is None and not group:
                # not "la commission … sur l'assassinat de X"; "le chef de la diplomatie
                # européenne X": a name right after the title's adjective is its holder
                after_title = m.person_noun and doc[name.start - 1].pos_ == "ADJ"
                # "le chef de la diplomatie européenne, Josep Borrell": the name that ends
                # the phrase after a comma is the title's holder
                apposed = m.person_like and doc[name.start - 1].text == "," and name.end == m.end
                described = describes_name(doc, m.head, name) or after_title
                if (described and not self._complement_title(doc, name, role_end)) or apposed:
                    m.inner_person = name
            elif name.entry.code and name.start <= m.head < name.end:
                m.country = name.entry.code  # the title is part of a name: "Parlement européen"
                if m.country in {"NGO", "IGO"}:  # "les ONG Amnesty International et …"
                    m.country = _named_kind(inner, m.country)
                m.local = "".join(t.norm_ for t in doc[name.start : name.end]) in self.local
                if m.local and own is not None and len(own) == 3:
                    m.country, m.local = own + name.entry.code[3:], False  # "… française"
                elif name.entry.code == "NGO" and own is not None and len(own) == 3:
                    m.country = own + "NGO"  # "une ONG sénégalaise"
                elif own is not None and len(own) == 3 and _national(name.entry.code, own):
                    m.country = own + name.entry.code[3:]  # "le Congrès péruvien"
                m.sector = None
                m.role = None
                return
            elif name.entry.code and m.country is None:
                m.country = name.entry.code
                if name_adjective:
                    m.role = None  # the office is the institution's, not the whole body's
