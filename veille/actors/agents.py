"""Agent noun phrases: "le ministre chinois des Affaires étrangères", "l'armée malienne",
"son homologue russe": their extent, title, sector, and what they say inside (a demonym,
a name, a person, a possessive determiner).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.actors.mention import (
    NOMINAL_DEPS,
    NP_LEFT_DEPS,
    NP_RIGHT_DEPS,
    Mention,
    TitleIndex,
    placed,
    word_keys,
)
from veille.actors.phrase_words import PhraseReader
from veille.text import fold


class AgentPhrases(PhraseReader):
    """The agent-phrase part of `MentionFinder` (which sets these attributes): where a
    phrase starts and ends, its title and sector; `PhraseReader` reads its words."""

    counterparts: set[str]
    sides: set[str]
    _titles: TitleIndex

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
            found = self._agent_at(doc, token, names, ents)
            if found is not None:
                out.append(found[0])
                skip_until = found[1]
        return out

    def _agent_at(
        self, doc: Doc, token: Token, names: list[Mention], ents: list[Span]
    ) -> tuple[Mention, int] | None:
        """The agent phrase an office title or agent noun starts at `token`, with the end of
        its title; None when the word names no agent."""
        role, role_end, countries = self._role_at(doc, token.i)
        sector = self._agent_sector(doc, token)
        if sector is None and role is None and self._side(doc, token):
            sector = "GOV"  # "la partie chinoise": China's side, its government
        counterpart = fold(token.lemma_) in self.counterparts
        if role is None and sector is None and not counterpart:
            return None
        nominal = (
            any(c.dep_ in {"det", "amod", "appos"} for c in token.children)
            or token.dep_ in NOMINAL_DEPS
        )  # "d'un important général iranien, X": an agent noun tagged ADJ, qualified
        head = self._role_head(doc, token.i, role_end) if role else token
        if token.pos_ == "ADJ" and role is None and not nominal:
            if not (token.dep_ == "amod" and token.head.norm_ in self.gaz.demonyms):
                return None
            head = token.head  # "l'officiel chinois" parsed with "chinois" as the noun
        start, end = self._np_extent(head, max(role_end, head.i + 1))
        end = self._cover_names(names, ents, start, end)
        end = self._adjacent_name(names, ents, end, fold(head.lemma_) in self.org_nouns)
        m = Mention(start, end, head.i, "agent", role=role, sector=sector or "GOV")
        if role is None:
            self._adjective_sector(head, m)
        m.counterpart = counterpart
        self._read_title(doc, m, head, names, (role_end, countries))
        return m, role_end

    def _adjective_sector(self, head: Token, m: Mention) -> None:
        """ "conseil militaire", "source militaire": the adjective's sector (MIL); "l'agence
        officielle" stays a news agency."""
        for adj in head.children:
            adj_sector = self.gaz.agents.get(fold(adj.lemma_))
            generic = m.sector != "MED"
            if adj.dep_ == "amod" and adj.pos_ == "ADJ" and adj_sector and generic:
                m.sector = adj_sector

    def _nominal_pos(self, doc: Doc, token: Token) -> bool:
        """A noun, or an agent noun the tagger read as a participle after a determiner or
        an adjective ("l'opposant X", "le principal opposant malien")."""
        if token.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return True
        prev = doc[token.i - 1] if token.i > 0 else None
        # "X, opposant de longue date": an apposition after a comma, without determiner
        after_det = prev is not None and (prev.pos_ in {"DET", "ADJ"} or prev.text == ",")
        return token.pos_ == "VERB" and after_det and token.norm_ in self.gaz.agents

    def _side(self, doc: Doc, token: Token) -> bool:
        """ "la partie chinoise", "le camp russe": a side noun with a country adjective."""
        if fold(token.lemma_) not in self.sides and token.norm_ not in self.sides:
            return False
        adjectives = [c for c in token.children if c.dep_ == "amod"]
        if token.i + 1 < len(doc):
            adjectives.append(doc[token.i + 1])
        return any(a.is_lower and a.norm_ in self.gaz.demonyms for a in adjectives)

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
