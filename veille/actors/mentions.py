"""Finding actor mentions in a parsed Doc: names from the gazetteer, agent noun phrases
("le ministre chinois des Affaires étrangères"), people nouns ("les Iraniens"),
unknown persons from the NER, and the forms that coreference resolves later.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from veille.actors.agents import AgentPhrases
from veille.actors.gazetteer import Entry, Gazetteer
from veille.actors.mention import (
    UNPLACED,
    FirstWordIndex,
    Mention,
    TitleIndex,
    inside_longer_name,
    set_norms,
)
from veille.actors.spellings import SpellingIndex
from veille.lang import LanguageData
from veille.text import fold

CIVILIANS = "CVL"  # the sector of people counted in a crowd

__all__ = ["UNPLACED", "Mention", "MentionFinder", "set_norms"]


class MentionFinder(AgentPhrases):
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
        self.spellings = SpellingIndex(self._keys)
        self.official = {fold(x) for x in lang.coref.official_nouns}
        self.articles = {fold(x) for x in lang.grammar.definite_articles}
        self.counterparts = {fold(c) for c in lang.coref.counterpart}
        self.person_nouns = {fold(x) for x in lang.coref.person_nouns} | self.official
        self.possessives = {fold(x) for x in lang.coref.possessives}
        self.org_nouns = {fold(k): v for k, v in lang.coref.organisation_nouns.items()}
        self.local = {fold(x).replace(" ", "") for x in lang.coref.local_institutions}
        self.former = {fold(x) for x in lang.coref.former_markers}
        self.deputy = {fold(x) for x in lang.coref.deputy_markers}
        self.sides = {fold(x) for x in lang.coref.side_nouns}
        self.quantities = {fold(x) for x in lang.cues.quantity_nouns}
        self.exile = [[fold(w) for w in form] for form in lang.coref.exile_markers]
        self.label_nouns = {fold(x) for x in lang.coref.label_nouns}
        self._titles = TitleIndex(gaz.roles)
        # what the first word of a longer agent form can be ("force", "force de")
        self._agent_starts = {
            form[:i] for form in gaz.agents for i, c in enumerate(form) if c == " "
        }

    def find(self, doc: Doc) -> list[Mention]:
        set_norms(doc)
        ents = list(doc.ents)  # read often below: built once per doc
        names = self._names(doc)
        taken = {i for m in names for i in range(m.start, m.end)}
        variants = self._spelling_variants(doc, taken, ents)
        names += variants
        taken |= {i for m in variants for i in range(m.start, m.end)}
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
            if self._labelled(span, entry):
                continue
            m = Mention(span.start, span.end, span.root.i, "name", entry=entry)
            m.local = "".join(t.norm_ for t in span) in self.local  # "Assemblée nationale"
            out.append(m)
        return out

    def _labelled(self, span: Span, entry: Entry) -> bool:
        """ "les accords de Minsk", "la Convention de Vienne": a place that names a treaty
        or a meeting after it, by a bare "de" (not "l'accord du Mali": Mali's consent)."""
        code = entry.code or ""
        if entry.kind not in {"country", "alias"} or len(code) != 3 or span.start < 2:
            return False
        case, noun = span.doc[span.start - 1], span.doc[span.start - 2]
        g = self.lang.grammar
        bare_of = g.case_word(fold(case.text)) in g.of_cases and "Definite" not in str(case.morph)
        return bare_of and noun.pos_ == "NOUN" and fold(noun.lemma_) in self.label_nouns

    def _lowercase_name(self, span: Span) -> bool:
        """The name's first word after an article is written lowercase ("La réunion"
        opening a sentence is a meeting; "La Réunion" is the island)."""
        first = next((t for t in span if fold(t.text) not in self.articles), span[0])
        return first.text[:1].islower()

    def _valid_name(self, span: Span) -> bool:
        """Checked before the longest match is kept: "général Burhane" written lowercase
        is no name, but "Burhane" inside it is."""
        if span[0].pos_ in {"ADJ", "VERB"} and span[0].is_lower:
            return False  # "chine" lowercase adjective-like noise
        key = " ".join(t.norm_ for t in span)
        entry = self._keys.get(key)
        if entry is None or (key in self._capitalised and self._lowercase_name(span)):
            return False  # "au total" is not the company Total, "la réunion" not Réunion
        if key in self.gaz.acronyms and not span.text.isupper():
            return False  # "des canons à eau" do not name the EAU
        if (
            entry.kind == "person"
            and not span[0].text[:1].isupper()
            and key not in self.gaz.lowercase
        ):
            return False
        if (entry.code or "")[3:6] == "MED" and span[-1].is_lower:
            return False  # "le monde", "la croix": a title only when capitalised
        # "Michel" in "Michel Guay" is not Charles Michel
        return not (
            entry.kind == "person" and len(span) == 1 and inside_longer_name(span.doc, span.start)
        )

    def _people_nouns(self, doc: Doc, taken: set[int]) -> list[Mention]:
        out = []
        for token in doc:
            code = self.gaz.people_nouns.get(token.text)
            if code and token.i not in taken and token.i > 0 and token.pos_ in {"NOUN", "PROPN"}:
                m = Mention(token.i, token.i + 1, token.i, "people", country=code)
                m.sector = CIVILIANS if self._counted(token) else None
                out.append(m)
        return out

    def _counted(self, token: Token) -> bool:
        """ "six Tibétains", "des milliers de Soudanais": people counted are civilians, not
        their country ("les Iraniens ont riposté" may be Iran)."""
        counted = any(c.dep_ == "nummod" for c in token.children)
        head = fold(token.head.lemma_)
        return counted or (token.dep_ == "nmod" and head in self.quantities)

    def _spelling_variants(self, doc: Doc, taken: set[int], ents: list[Span]) -> list[Mention]:
        """A person's name spelt otherwise than the gazetteer has it ("Ibrahima Traoré")."""
        out = []
        for ent in ents:
            if ent.label_ != "PER" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            words = [t.norm_ for t in ent if not t.is_punct]
            if not all(t.text[:1].isupper() for t in ent if not t.is_punct):
                continue
            entry = self.spellings.find(words)
            if entry is not None:
                out.append(Mention(ent.start, ent.end, ent.root.i, "name", entry=entry))
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
        plural_at = FirstWordIndex(plural)
        anaphora_at = FirstWordIndex(anaphora)
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
