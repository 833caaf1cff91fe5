"""Parse only the sentences that can hold an event, a quote or an actor (`nlp.prefilter`).

Before the model runs, a cheap first pass tokenizes the text, cuts it into sentences (the
typography rules of `veille_sentences`, cutting only where a sentence surely ends) and keeps
a sentence when one of its words may be a trigger, a speech verb or a framing word (by the
lemma tables: every lemma the lemmatizer could give the word, whatever its part of speech),
or names an actor (the gazetteer's names, demonyms, agents, titles, coreference nouns and
pronouns), or holds a quote mark; the sentences just before a quote are kept too (its
speaker may be named there). Each other sentence becomes one filler word of its length
("xxx…x.", a sentence of its own), so that the tagger, parser and NER pass it at the cost
of two tokens, and every offset into the article is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.attrs import NORM
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from veille.actors.gazetteer import Gazetteer
from veille.actors.mentions import set_norms
from veille.lang import LanguageData
from veille.nlp.sentences import CLOSING, YES, SentenceBounds
from veille.text import fold

ENDS = {".", "!", "?", "…", "..."}
POS = ("verb", "noun", "adj", "aux", "propn", "adv")
QUOTE_CONTEXT = 2  # sentences before a quote kept for its speaker (quotes.speaker_lookback)


def _words(forms: Iterable[str], stop: frozenset[str] = frozenset()) -> set[str]:
    """The folded words of the forms: a one-word form itself, and the words of a longer
    one but its grammatical ones ("avoir recours à" gives "avoir" and "recours")."""
    out: set[str] = set()
    for form in forms:
        words = fold(form).split()
        if len(words) == 1:
            out.update(words)
        else:
            out.update(w for w in words if w not in stop and any(c.isalpha() for c in w))
    return out


class LemmaGuesser:
    """The lemmas the French rule lemmatizer could give a word under any part of speech,
    plus the word itself and the regular verb endings of the language's grammar.yaml."""

    def __init__(self, nlp: Language, endings: Sequence[tuple[str, str]] = ()) -> None:
        self.endings = [(fold(e), fold(i)) for e, i in endings]
        self.lookup: Any = {}
        self.exc: Any = {}
        self.rules: Any = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None:
                self.lookup = _table(lookups, "lemma_lookup")
                self.exc = _table(lookups, "lemma_exc")
                self.rules = _table(lookups, "lemma_rules")
        self._memo: dict[str, frozenset[str]] = {}

    def __call__(self, lower: str) -> frozenset[str]:
        found = self._memo.get(lower)
        if found is None:
            found = frozenset(fold(x) for x in self._guess(lower))
            self._memo[lower] = found
        return found

    def _guess(self, form: str) -> set[str]:
        looked = self.lookup.get(form) or []
        out = {form, *([looked] if isinstance(looked, str) else looked)}
        for pos in POS:
            out.update(self.exc.get(pos, {}).get(form, []))
            for old, new in self.rules.get(pos, []):
                if form.endswith(old):
                    out.add(form[: len(form) - len(old)] + new)
        for ending, infinitive in self.endings:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                out.add(form[: -len(ending)] + infinitive)
        return out


def _table(lookups: Lookups, name: str) -> Any:
    """A table of the lemmatizer (keyed by string hashes: look strings up with `get`)."""
    return lookups.get_table(name) if lookups.has_table(name) else {}


def _event_words(lang: LanguageData, stop: frozenset[str]) -> set[str]:
    """Words that may make an event: triggers, speech and light speech verbs, refusals."""
    cues = lang.cues
    forms = [row.lemma for row in lang.triggers] + [row.lemma for row in lang.speech_verbs]
    return _words([*forms, *cues.light_speech_verbs, *cues.refusal_verbs], stop)


def _actor_words(lang: LanguageData, gaz: Gazetteer, stop: frozenset[str]) -> set[str]:
    """Words that may name an actor, or point back to one (pronouns, "ce dernier")."""
    coref = lang.coref
    words = set(gaz.demonyms) | _words([*gaz.agents, *gaz.prefixes], stop)
    words |= _words([" ".join(form) for form, _, _ in gaz.roles], stop)
    words |= _words([*coref.person_nouns, *coref.official_nouns, *coref.counterpart], stop)
    words |= _words([*coref.pair_nouns, *coref.ally_nouns, *coref.local_institutions], stop)
    words |= _words([*coref.organisation_nouns, *coref.country_nouns], stop)
    words |= _words([" ".join(form) for form in coref.anaphora + coref.plural_anaphora], stop)
    return words | {fold(p) for p in [*coref.person_pronouns, *coref.plural_pronouns]}


class Prefilter:
    """Says which sentences of a tokenized text need the model, and blanks the others."""

    def __init__(
        self,
        nlp: Language,
        lang: LanguageData,
        gazetteer: Gazetteer,
        bounds: SentenceBounds,
        name_matcher: Callable[[Doc], list[tuple[int, int, int]]],
    ) -> None:
        self.bounds = bounds
        self.matcher = name_matcher
        self.guess = LemmaGuesser(nlp, lang.grammar.verb_endings)
        stop = frozenset(fold(w) for w in nlp.Defaults.stop_words)
        self.event_words = _event_words(lang, stop)
        self.actor_words = _actor_words(lang, gazetteer, stop)
        self.people_nouns = set(gazetteer.people_nouns)
        self.openers = {row.open for row in lang.quote_marks}
        self.marks = self.openers | {row.close for row in lang.quote_marks}

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the sentences, cut only where a sentence surely ends."""
        self.bounds(doc)
        cuts = [0]
        for tok in doc[1:]:
            prev, opening = doc[tok.i - 1].text, tok.text in self.openers
            ended = prev in ENDS or (prev in CLOSING and tok.i > 1 and doc[tok.i - 2].text in ENDS)
            typographic = tok.sent_start == YES and not tok.is_space
            capital = tok.text[:1].isupper() or opening
            if typographic or (tok.sent_start != -1 and ended and capital):
                cuts.append(tok.i)
        return list(zip(cuts, [*cuts[1:], len(doc)], strict=True))

    def keep(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """Each sentence as (start, end, kept)."""
        sents = self.sentences(doc)
        hits = [False] * len(sents)
        quotes = [False] * len(sents)
        norms: Any = doc.to_array([NORM])
        set_norms(doc)
        named = {start for _, start, _ in self.matcher(doc)}
        doc.from_array([NORM], norms)  # the model's features stay those of the tokenizer
        for n, (start, end) in enumerate(sents):
            for tok in doc[start:end]:
                if tok.text in self.marks:
                    quotes[n] = True
                    break
                if tok.i in named or tok.text in self.people_nouns:
                    hits[n] = True
                    break
                keys = self.guess(tok.lower_)
                if not keys.isdisjoint(self.event_words) or not keys.isdisjoint(self.actor_words):
                    hits[n] = True
                    break
        kept = [h or q for h, q in zip(hits, quotes, strict=True)]
        for n, quoted in enumerate(quotes):
            if quoted:
                for k in range(max(0, n - QUOTE_CONTEXT), n):
                    kept[k] = True
        return [(s, e, k) for (s, e), k in zip(sents, kept, strict=True)]

    def blank(self, doc: Doc) -> tuple[str, list[int]] | None:
        """The text with each sentence no component needs replaced by one filler word of
        its length ("xxx…x."), and where sentences must start (at each filler and after
        it); None when every sentence is kept."""
        sents = self.keep(doc)
        if all(k for _, _, k in sents):
            return None
        chars = list(doc.text)
        starts: list[int] = []
        for start, end, kept in sents:
            stop = end
            while stop > start + 1 and doc[stop - 1].is_space:
                stop -= 1  # line breaks after the sentence stay
            first, last = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1])
            if kept or doc[start].is_space or last - first < 3:
                continue
            chars[first : last - 1] = "x" * (last - 1 - first)
            chars[last - 1] = "."
            starts.append(first)
            if end < len(doc):
                starts.append(doc[end].idx)
        return "".join(chars), starts


class PrefilterTokenizer:
    """Wraps a pipeline's tokenizer: the text is tokenized, blanked by `prefilter` and,
    when a sentence was blanked, tokenized again with the sentence starts it needs."""

    def __init__(self, tokenizer: Callable[[str], Doc], prefilter: Prefilter) -> None:
        self.tokenizer = tokenizer
        self.prefilter = prefilter

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        blanked = self.prefilter.blank(doc)
        if blanked is None:
            return doc
        text, starts = blanked
        doc = self.tokenizer(text)
        at = {tok.idx: tok.i for tok in doc}
        for char in starts:
            i = at.get(char)
            if i is not None and i > 0:
                doc[i].is_sent_start = True
        return doc


def install_prefilter(nlp: Language, lang: LanguageData, gazetteer: Gazetteer) -> None:
    """Put the prefilter in front of `nlp`'s tokenizer (after veille's components are
    configured: their patterns are tokenized unfiltered)."""
    actors: Any = nlp.get_pipe("veille_actors")
    bounds: Any = nlp.get_pipe("veille_sentences")
    prefilter = Prefilter(nlp, lang, gazetteer, bounds, actors.finder.matcher)
    nlp.tokenizer = PrefilterTokenizer(nlp.tokenizer, prefilter)
