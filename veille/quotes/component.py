"""The `veille_quotes` spaCy component: quoted passages with their speakers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from veille.actors.gazetteer import fold
from veille.nlp.resources import Resources
from veille.nlp.sents import sentence_bounds
from veille.quotes.extract import QuoteSpan, SpeakerFinder, find_quote_spans
from veille.types import Actor, Quote, Speaker


@dataclass
class FoundQuote:
    """A quote with its token range, kept on the Doc for the event coder."""

    quote: Quote
    tok_start: int
    tok_end: int
    actor: Actor | None
    verb_i: int | None = None  # the speech verb of an incise ("», a-t-il dit")
    said_i: int | None = None  # the speech verb that introduced it, wherever it stands


class QuoteExtractor:
    def __init__(self) -> None:
        self.pairs: dict[str, str] = {}
        self.speech: set[str] = set()
        self.min_chars = 2
        self.lookback = 2

    def configure(self, res: Resources) -> None:
        self.pairs = {row.open: row.close for row in res.lang.quote_marks}
        self.speech = {fold(v.lemma) for v in res.lang.speech_verbs}
        self.min_chars = res.settings["quotes.min_chars"]
        self.lookback = res.settings["quotes.speaker_lookback"]

    def __call__(self, doc: Doc) -> Doc:
        finder = SpeakerFinder(self.speech, doc._.veille_mentions or []).bind(doc)
        found: list[FoundQuote] = []
        text = doc.text  # built from the tokens at every access: once per doc
        for span in find_quote_spans(text, self.pairs, self.min_chars):
            fq = self._attribute(doc, text, span, finder, found)
            if fq is not None:
                found.append(fq)
        doc._.veille_quotes = found
        return doc

    def _attribute(
        self,
        doc: Doc,
        doc_text: str,
        span: QuoteSpan,
        finder: SpeakerFinder,
        found: list[FoundQuote],
    ) -> FoundQuote | None:
        inner = doc.char_span(span.start, span.end, alignment_mode="expand")
        open_tok = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
        close_tok = doc.char_span(span.close_at, span.close_at + 1, alignment_mode="expand")
        if inner is None or open_tok is None or close_tok is None:
            return None
        verb, actor, text = finder.after(doc, close_tok.end - 1)
        if actor is None:
            verb, actor, text = finder.inside(doc, inner.start, inner.end)
        incise = verb.i if verb is not None and actor is not None else None
        if actor is None:
            verb, actor, text = finder.before(doc, open_tok.start)
        if actor is None:
            verb, actor, text = finder.announced(doc, open_tok.start)
        if actor is None and found:
            prev = found[-1]
            gap = doc[prev.tok_end : open_tok.start]
            bounds = sentence_bounds(doc)
            sentences = {bounds[t.i][0] for t in gap}
            if (
                prev.actor is not None
                and len(sentences) <= self.lookback
                and "\n\n" not in gap.text
            ):
                actor = prev.actor
                text = (prev.quote.speaker.text if prev.quote.speaker else "") or ""
                verb = None
        if actor is None:
            actor, text = finder.previous_subject(doc, open_tok.start)
        speaker = Speaker(name=actor.name, code=actor.code, text=text) if actor else None
        quote = Quote(
            text=doc_text[span.start : span.end],
            start=span.start,
            end=span.end,
            speaker=speaker,
            verb=verb.lemma_ if verb is not None else None,
        )
        said = verb.i if verb is not None and actor is not None else None
        return FoundQuote(quote, inner.start, inner.end, actor, incise, said)


@Language.factory("veille_quotes", requires=["doc._.veille_mentions"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    """Create the quote extraction component."""
    return QuoteExtractor()
