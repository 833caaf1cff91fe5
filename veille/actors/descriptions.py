"""Descriptions that stand for an actor named before: a country ("le pays sud-américain",
"le royaume", "l'émirat", "son voisin", "la capitale sud-coréenne"), an organisation
("l'organisation continentale", "l'ONG", "le groupe") and a side's own allies
("le Hamas et ses alliés"). Found here; resolved with the discourse memory of `Resolver`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.actors.gazetteer import Gazetteer
from veille.actors.mentions import Mention
from veille.lang import LanguageData
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import Actor

NOUN_POS = {"NOUN", "PROPN"}
COUNTRY_WINDOW = 6  # sentences back a description may find the country it stands for
BARE_WINDOW = 3  # the same for "le pays", which any country fits
ORG_WINDOW = 8


def determiner(token: Token, possessives: set[str], g: Grammar) -> str | None:
    """possessive | demonstrative | definite | None (indefinite or bare noun)."""
    for child in token.children:
        if child.dep_ != "det":
            continue
        if fold(child.text) in possessives:
            return "possessive"
        morph = str(child.morph)
        if "PronType=Dem" in morph or fold(child.text) in g.demonstratives:
            return "demonstrative"
        if "Definite=Def" in morph or fold(child.text) in g.definite_articles:
            return "definite"
    return None


def _named_in(token: Token, named: set[int]) -> bool:
    """ "le royaume de Jordanie", "le bloc des Vingt-Sept": the name itself is the actor."""
    return any(c.dep_ in {"nmod", "appos", "flat:name"} and c.i in named for c in token.children)


def _name_follows(token: Token) -> bool:
    """ "son rival Ahmad Chafiq": a person, not a country."""
    doc = token.doc
    after = [t for t in doc[token.i + 1 : token.i + 4] if not t.is_punct]
    return any(t.pos_ == "PROPN" for t in after[:2])


class DescriptionFinder:
    """Finds country descriptions and a possessor's allies (kinds "country" and "ally")."""

    def __init__(self, gaz: Gazetteer, lang: LanguageData, countries: set[str]) -> None:
        coref = lang.coref
        self.gaz = gaz
        self.countries = countries
        self.country_nouns = {fold(k): v for k, v in coref.country_nouns.items()}
        self.qualified = {fold(x) for x in coref.country_nouns_qualified}
        self.allies = {fold(x) for x in coref.ally_nouns}
        self.enemies = {fold(x) for x in coref.enemy_nouns}
        self.possessives = {fold(x) for x in coref.possessives}
        self.grammar = lang.grammar
        self.orgs = {  # the organisation nouns that are not agent nouns: "le bloc"
            fold(k): v for k, v in coref.organisation_nouns.items() if fold(k) not in gaz.agents
        }
        self.region_adjectives = {fold(k): v for k, v in coref.region_adjectives.items()}

    def find(self, doc: Doc, names: list[Mention]) -> list[Mention]:
        named = {i for m in names for i in range(m.start, m.end)}
        out = []
        for token in doc:
            if token.pos_ not in NOUN_POS or token.i in named:
                continue
            lemma = fold(token.lemma_)
            det = determiner(token, self.possessives, self.grammar)
            if det is None or "Number=Plur" in str(token.morph):
                if det == "possessive" and lemma in self.allies:
                    out.append(self._ally(token))
                continue
            if lemma in self.allies and det == "possessive":
                out.append(self._ally(token))
            elif (
                lemma in self.orgs
                and det != "possessive"
                and not _named_in(token, named)
                and token.i + 1 not in named  # "le quotidien Le Monde": the name follows
            ):
                out.append(self._organisation(token, lemma))
            elif lemma in self.country_nouns or lemma in self.qualified or self._enemy(token, det):
                m = self._country(token, lemma, det, named)
                if m is not None:
                    out.append(m)
        return out

    def _enemy(self, token: Token, det: str) -> bool:
        """ "son ennemi juré": a country after a possessive, unless a name follows."""
        lemma = fold(token.lemma_)
        return lemma in self.enemies and det == "possessive" and not _name_follows(token)

    def _organisation(self, token: Token, lemma: str) -> Mention:
        start = min(c.i for c in token.lefts if c.dep_ == "det")
        end = max([c.i + 1 for c in token.children if c.dep_ == "amod"] + [token.i + 1])
        return Mention(start, end, token.i, "org", org_kinds=self.orgs[lemma])

    def _ally(self, token: Token) -> Mention:
        start = min(c.i for c in token.lefts if c.dep_ == "det")
        return Mention(start, token.i + 1, token.i, "ally", possessive=True)

    def _country(self, token: Token, lemma: str, det: str, named: set[int]) -> Mention | None:
        if _named_in(token, named):
            return None  # "le royaume de Jordanie": the name itself is the actor
        adjectives = [c for c in token.children if c.dep_ == "amod"]
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.is_lower and nxt.norm_ in self.gaz.demonyms:
            adjectives.append(nxt)  # "la capitale sud-coréenne" parsed apart
        country = region = None
        neighbour = lemma == "voisin" or lemma in self.enemies
        for adj in dict.fromkeys(adjectives):
            code = self.gaz.demonyms.get(adj.norm_) or self.gaz.demonyms.get(fold(adj.lemma_))
            if code and code in self.countries:
                country = code
            elif code:
                region = code
            region = self.region_adjectives.get(fold(adj.lemma_), region)
            neighbour = neighbour or fold(adj.lemma_) == "voisin"
        qualified = country or region or det == "demonstrative"
        if lemma in self.qualified and not qualified:
            return None
        start = min([c.i for c in token.lefts if c.dep_ in {"det", "amod"}] + [token.i])
        end = max([a.i + 1 for a in adjectives if a.i > token.i] + [token.i + 1])
        return Mention(
            start,
            end,
            token.i,
            "country",
            country=country,
            region=region,
            fits=self.country_nouns.get(lemma) or None,
            neighbour=neighbour,
            possessive=det == "possessive",
        )


def fits_org(actor: Actor, kinds: list[str]) -> bool:
    """Can an organisation's code be described by a noun of these kinds?"""
    code = actor.code
    return any(code.startswith(k) or (actor.sector or "").startswith(k) for k in kinds)


def pick_country(
    places: list[tuple[int, str, bool]],
    sent: int,
    allowed: frozenset[str] | None,
    exclude: str | None,
) -> str | None:
    """The country the description fits, named within its window: the last one named as
    a subject in the last two sentences (the topic), else the last one named."""
    window = COUNTRY_WINDOW if allowed is not None else BARE_WINDOW
    fits = [
        (s, code, subject)
        for s, code, subject in places
        if sent - s <= window and code != exclude and (allowed is None or code in allowed)
    ]
    topics = [code for s, code, subject in fits if subject and sent - s <= 2]
    if topics:
        return topics[-1]
    return fits[-1][1] if fits else None
