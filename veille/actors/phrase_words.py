"""What the words of an agent phrase say of it, once its head and title are found: a
bare title, a person or a name inside, a body's complement ("le porte-parole de la
police"), a trailing demonym, exile, its determiner, "ancien", a deputy."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Gazetteer
from veille.actors.mention import UNPLACED, Mention, describes_name
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


class PhraseReader:
    """Reading an agent phrase's words (the base of `AgentPhrases`; `MentionFinder` sets
    these attributes)."""

    gaz: Gazetteer
    lang: LanguageData
    person_nouns: set[str]
    possessives: set[str]
    org_nouns: dict[str, list[str]]
    local: set[str]
    former: set[str]
    deputy: set[str]
    exile: list[list[str]]
    _agent_starts: set[str]

    def _read_title(
        self,
        doc: Doc,
        m: Mention,
        head: Token,
        names: list[Mention],
        title: tuple[int, frozenset[str]],
    ) -> None:
        """What the words around the head say of the agent: a bare title, a person, a
        demonym after it, exile, a name or complement inside, its determiner, "ancien",
        the countries that have the title, a deputy."""
        role_end, countries = title
        m.bare_title = m.role is not None and all(
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

    def _read_exile(self, doc: Doc, m: Mention) -> None:
        """ "le gouvernement tibétain en exil": an opposition outside the country."""
        for words in self.exile:
            end = m.end + len(words)
            if end <= len(doc) and [t.norm_ for t in doc[m.end : end]] == words:
                m.end, m.sector, m.role = end, "OPP", None
                return

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
