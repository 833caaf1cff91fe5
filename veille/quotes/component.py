"""The `veille_quotes` spaCy component: quoted passages with their speakers."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.annotations import FoundQuote
from veille.nlp.extensions import register_extensions
from veille.nlp.sents import sentence_bounds
from veille.quotes.framing import FramedFinder
from veille.quotes.listed import co_speakers
from veille.quotes.spans import QuoteSpan, find_quote_spans
from veille.quotes.speakers import NOBODY, Attribution, Frames, SpeakerResolver
from veille.resources import Resources, resources_config
from veille.settings import Settings
from veille.text import fold
from veille.types import Actor, Quote, Speaker

_DEFAULTS = Settings.load()  # the packaged defaults (default_config.toml)


class QuoteExtractor:
    """Writes `doc._.veille_quotes` (`FoundQuote` objects, in reading order)."""

    def __init__(self, resources: Resources, min_chars: int, speaker_lookback: int) -> None:
        lang = resources.lang
        self.pairs = {row.open: row.close for row in lang.quote_marks}
        self.speech = {fold(v.lemma) for v in lang.speech_verbs}
        rows = lang.speaker_frames
        self.grammar = lang.grammar
        self.pronouns = frozenset(fold(p) for p in lang.coref.person_pronouns)
        self.pronoun_forms = self.pronouns | self.grammar.inverted_person_subjects
        self.frames = Frames(
            according={fold(r.form) for r in rows if r.kind == "according"},
            voice={fold(r.form) for r in rows if r.kind == "voice"},
            civility={fold(r.form) for r in rows if r.kind == "civility"},
            anonymous={fold(r.form) for r in rows if r.kind == "anonymous"},
            links=self.grammar.apposition_links,
            gap_words=self.grammar.apposition_words,
        )
        self.min_chars = min_chars
        self.lookback = speaker_lookback

    def __call__(self, doc: Doc) -> Doc:
        resolver = SpeakerResolver(doc, doc._.veille_mentions or [], self.frames)
        finder = FramedFinder(self.speech, resolver, self.grammar, self.pronouns)
        found: list[FoundQuote] = []
        text = doc.text  # built from the tokens at every access: once per doc
        spans = find_quote_spans(text, self.pairs, self.min_chars)
        for span in spans:
            inner = doc.char_span(span.start, span.end, alignment_mode="expand")
            if inner is not None:
                finder.quoted.update(range(inner.start, inner.end))
        for span in spans:
            fq = self._attribute(doc, text, span, finder, found)
            if fq is not None:
                found.append(fq)
        doc._.veille_quotes = _siblings(doc, _echoes(_carried_forward(doc, found)))
        return doc

    def _attribute(
        self,
        doc: Doc,
        doc_text: str,
        span: QuoteSpan,
        finder: FramedFinder,
        found: list[FoundQuote],
    ) -> FoundQuote | None:
        inner = doc.char_span(span.start, span.end, alignment_mode="expand")
        open_tok = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
        if inner is None or open_tok is None:
            return None
        close_i = inner.end - 1
        if span.closed:
            close_tok = doc.char_span(span.close_at, span.close_at + 1, alignment_mode="expand")
            close_i = close_tok.end - 1 if close_tok is not None else close_i
        quote = range(inner.start, inner.end)
        incise = self._incise(doc, span, (inner, open_tok.start, close_i), finder, found)
        incise_i = incise.verb.i if incise.found and incise.verb else None
        attribution = incise
        if not attribution.found:
            attribution = self._around(
                doc, span.closed, (open_tok.start, close_i, quote), finder, found
            )
        actor = attribution.actor
        speaker = (
            Speaker(
                name=actor.name if actor else None,
                code=_speaking_code(actor) if actor else None,
                text=attribution.text,
            )
            if attribution.found
            else None
        )
        verb = attribution.verb
        quote_obj = Quote(
            text=doc_text[span.start : span.end],
            start=span.start,
            end=span.end,
            speaker=speaker,
            verb=verb.lemma_ if verb is not None else None,
        )
        said = verb.i if verb is not None and attribution.found else None
        also = self._co_speakers(doc, finder, attribution)
        return FoundQuote(
            quote_obj, inner.start, inner.end, actor, incise_i, said, span.closed, also
        )

    def _incise(
        self,
        doc: Doc,
        span: QuoteSpan,
        where: tuple[Span, int, int],
        finder: FramedFinder,
        found: list[FoundQuote],
    ) -> Attribution:
        """The speaker an incise names: after the quote, inside it, or pointing back at it
        ("« … » C'est ce qu'a dit X"); a pronoun resolved; an outlet that only reports the
        quote gives way to the clause's speaker."""
        inner, open_i, close_i = where
        quote = range(inner.start, inner.end)
        incise = finder.after(close_i, quote) if span.closed else NOBODY
        if not incise.found:
            incise = finder.inside(inner.start, inner.end)
        if not incise.found and span.closed:
            incise = finder.pointed_back(close_i, quote)  # "« … » C'est ce qu'a dit X"
        if incise.text.lower() in self.pronoun_forms:
            incise = self._pronoun_speaker(doc, finder, incise, open_i, found)
        if incise.found and _media(incise.actor):  # "X a affirmé que « … », rapporte l'agence"
            reported, speech = finder.clause(inner.start, inner.end)
            if speech and reported.found and not _media(reported.actor):
                incise = reported
        return incise

    def _around(
        self,
        doc: Doc,
        closed: bool,
        where: tuple[int, int, range],
        finder: FramedFinder,
        found: list[FoundQuote],
    ) -> Attribution:
        """A quote without an incise: the speaker of its sentence, of the quote it continues,
        the clause around it, the sentences before or after it, else the heading."""
        open_i, close_i, quote = where
        attribution, clause = self._in_sentence(finder, open_i, quote)
        if not attribution.found:
            attribution = self._continued(doc, finder.res, open_i, found)
        if not attribution.found:
            attribution = clause  # "X se présente comme « … »": the clause's subject
        if not attribution.found:
            attribution = finder.previous_sentence(open_i, speech=True)
        if not attribution.found and closed:  # "« … » X a ainsi réagi"
            attribution = finder.next_sentence(open_i, close_i)
        if not attribution.found:
            attribution = finder.previous_sentence(open_i)
        if not attribution.found:
            attribution = finder.heading(quote)
        return attribution

    def _co_speakers(
        self, doc: Doc, finder: FramedFinder, said: Attribution
    ) -> tuple[Speaker, ...]:
        """The others of a list of speakers ("ont déclaré X, Y et Z")."""
        return tuple(
            Speaker(name=a.actor.name, code=_speaking_code(a.actor), text=a.text)
            for a in co_speakers(doc, finder.res, said, self.grammar.coordinators)
            if a.actor is not None
        )

    def _in_sentence(
        self, finder: FramedFinder, open_i: int, quote: range
    ) -> tuple[Attribution, Attribution]:
        """The speech clause around the quote, "selon X", a colon, any speech verb before
        it; second, the subject of the clause around it when no speech verb governs it."""
        clause, speech = finder.clause(quote.start, quote.stop)
        if speech:
            return clause, NOBODY
        for found in (
            finder.according(open_i, quote),
            finder.announced(open_i, quote),
            finder.before(open_i, quote),
        ):
            if found.found:
                return found, NOBODY
        return NOBODY, clause

    def _paragraph_goes_on(
        self, doc: Doc, res: SpeakerResolver, prev: FoundQuote, open_i: int
    ) -> bool:
        gap = doc[prev.tok_end : open_i].text
        opens_paragraph = open_i == 0 or "\n" in doc[open_i - 1].text
        last = res.last_person(open_i)
        named_since = last is not None and last.start >= prev.tok_end
        return opens_paragraph and not named_since and gap.count("\n") <= 4

    def _pronoun_speaker(
        self,
        doc: Doc,
        finder: FramedFinder,
        incise: Attribution,
        open_i: int,
        found: list[FoundQuote],
    ) -> Attribution:
        """ "« … », a-t-elle dit": the speaker of the quote just before when no other person
        was named since, else the last person named when the pronoun resolved to no one."""
        last = finder.res.last_person(open_i)
        if found:
            prev = found[-1]
            named_since = last is not None and last.start >= prev.tok_end
            gap = doc[prev.tok_end : open_i].text
            if prev.actor is not None and prev.actor.name and not named_since and "\n" not in gap:
                said_by = prev.quote.speaker.text if prev.quote.speaker else ""
                return Attribution(prev.actor, said_by or "", incise.verb)
        unnamed = incise.actor is None or not incise.actor.name
        if last is not None and (unnamed or incise.actor == last.actor):
            person = finder.res.refine(last)  # with the description beside the name
            return Attribution(person.actor, person.text, incise.verb)
        return incise

    def _continued(
        self, doc: Doc, finder_res: SpeakerResolver, open_i: int, found: list[FoundQuote]
    ) -> Attribution:
        """A quote that follows another one closely, in the same paragraph, continues it;
        so does a quote opening a paragraph when nobody else was named since the last one."""
        if not found:
            return NOBODY
        prev = found[-1]
        gap = doc[prev.tok_end : open_i]
        bounds = sentence_bounds(doc)
        sentences = {bounds[t.i][0] for t in gap}
        if prev.actor is None:
            return NOBODY
        near = len(sentences) <= self.lookback and "\n" not in gap.text
        named = bool(prev.actor.name)
        if not near and not (named and self._paragraph_goes_on(doc, finder_res, prev, open_i)):
            return NOBODY
        text = (prev.quote.speaker.text if prev.quote.speaker else "") or ""
        return Attribution(prev.actor, text)


def _speaking_code(actor: Actor) -> str:
    """A country that speaks ("La Chine a dénoncé « … »") speaks through its government."""
    bare_country = actor.code == actor.country and len(actor.code) == 3 and not actor.sector
    return actor.code + "GOV" if bare_country and not actor.name else actor.code


def _media(actor: Actor | None) -> bool:
    return actor is not None and actor.sector == "MED" and not actor.name


def _carried_forward(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """A quote left open at the end of its paragraph goes on in the next one ("« … \\n\\n«
    … », a-t-il dit"): it takes the speaker of the quote that continues it."""
    for k in range(len(found) - 2, -1, -1):
        fq, nxt = found[k], found[k + 1]
        if fq.closed or fq.quote.speaker is not None or nxt.quote.speaker is None:
            continue
        gap = doc.text[fq.quote.end : nxt.quote.start]
        if gap.strip(' \n«»“”"') == "":
            found[k] = _with_speaker(fq, nxt)
    return found


def _echoes(found: list[FoundQuote]) -> list[FoundQuote]:
    """A headline quote without a speaker takes the speaker of the same words quoted later."""
    for k, fq in enumerate(found):
        if fq.quote.speaker is not None:
            continue
        key = fold(fq.quote.text)
        if len(key) < 8:
            continue
        for other in found:
            if other.quote.speaker is not None and key in fold(other.quote.text):
                found[k] = _with_speaker(fq, other)
                break
    return found


def _siblings(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """A quote without a speaker in the same sentence as a quote with one ("un « coup de
    poignard » qui aura des « conséquences »") is the same speaker's."""
    bounds = sentence_bounds(doc)
    for k, fq in enumerate(found):
        if fq.quote.speaker is not None:
            continue
        sent = bounds[fq.tok_start][0]
        for other in found:
            if other.quote.speaker is not None and bounds[other.tok_start][0] == sent:
                found[k] = _with_speaker(fq, other)
                break
    return found


def _with_speaker(fq: FoundQuote, source: FoundQuote) -> FoundQuote:
    return replace(fq, quote=replace(fq.quote, speaker=source.quote.speaker), actor=source.actor)


@Language.factory(
    "veille_quotes",
    requires=["doc._.veille_mentions"],
    assigns=["doc._.veille_quotes"],
    default_config={
        "resources": resources_config("fr"),
        "min_chars": _DEFAULTS["quotes.min_chars"],
        "speaker_lookback": _DEFAULTS["quotes.speaker_lookback"],
    },
)
def make_quote_extractor(
    nlp: Language, name: str, resources: Resources, min_chars: int, speaker_lookback: int
) -> QuoteExtractor:
    """Create the quote extraction component (settings `quotes.*`)."""
    register_extensions()
    return QuoteExtractor(resources, min_chars, speaker_lookback)


__all__ = ["FoundQuote", "QuoteExtractor"]
