"""Article → CodedArticle: the pure coding function behind every front end."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from veille import compact
from veille.actors.mentions import Mention
from veille.assemble import build_nlp
from veille.errors import CodingError, Errors
from veille.events.evidence import Dropped
from veille.resources import Resources, load_resources
from veille.settings import Settings
from veille.types import ActorMention, Article, CodedArticle, Event

PARAGRAPH_END = re.compile(r"\n\s*\n|\n")
# Doc.user_data keys: where a piece starts in its article, and which article of a batch it is
PIECE_OFFSET = "veille_piece_offset"
PIECE_ARTICLE = "veille_piece_article"


def iter_pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Cut a long text into pieces of at most `limit` characters at paragraph ends
    (or at a space when a paragraph is longer), with each piece's offset; lazily, so that
    only one piece is copied out of a long text at a time."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((m.end() for m in PARAGRAPH_END.finditer(window)), default=0)
        if cut < limit // 4:
            cut = window.rfind(" ") + 1 or limit
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """All the pieces of `iter_pieces` at once."""
    return list(iter_pieces(text, limit))


def _actors(doc: Doc, offset: int) -> list[ActorMention]:
    out = []
    mentions: list[Mention] = doc._.veille_mentions or []
    for m in mentions:
        if m.actor is None:
            continue
        span = doc[m.start : m.end]
        a = m.actor
        out.append(
            ActorMention(
                text=compact.words(span.text),
                start=span.start_char + offset,
                end=span.end_char + offset,
                code=a.code,
                country=a.country,
                sector=a.sector,
                name=a.name,
                wikidata=a.wikidata,
            )
        )
    return out


def _shift_event(e: Event, offset: int) -> Event:
    if offset == 0:
        return e
    from dataclasses import replace

    trig = replace(e.trigger, start=e.trigger.start + offset, end=e.trigger.end + offset)
    return replace(e, sentence_start=e.sentence_start + offset, trigger=trig)


class Coder:
    """Codes articles of one language; holds the spaCy pipeline (loaded once).

    An article without a date is resolved against `undated` (an ISO date the caller gives:
    the offices a person held then); with None, against the offices the data leave open.
    """

    def __init__(
        self, nlp: Language, settings: Settings, lang: str, undated: str | None = None
    ) -> None:
        self.nlp = nlp
        self.settings = settings
        self.lang = lang
        self.undated = undated

    @classmethod
    def load(
        cls, lang: str = "fr", settings: Settings | None = None, undated: str | None = None
    ) -> Coder:
        """Build the pipeline of `lang` with `settings` (the packaged defaults if None).

        Raises:
            UsageError: there is no folder veille/lang/<lang>/.
            ModelNotInstalled: the language's spaCy model is not installed.
        """
        settings = settings or Settings.load()
        return cls(build_nlp(lang, settings), settings, lang, undated)

    @property
    def resources(self) -> Resources:
        """The language data, registry, gazetteer and CAMEO table of this coder's language."""
        return load_resources(self.lang, self.settings["nlp.data_cache"])

    def code(self, article: Article) -> CodedArticle:
        """Code one article (pure: the same article always gives the same result).

        Raises:
            CodingError: the pipeline failed on it.
        """
        return next(self.code_many([article]))

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]:
        """Code articles in order, parsing `nlp.batch_size` of them together.

        When a batch fails, its articles are coded again one by one, so that only the
        article at fault is lost.

        Args:
            articles: the articles.
            on_error: called with an article whose coding failed, which is then skipped;
                without it the failure is raised.

        Raises:
            CodingError: an article could not be coded and no `on_error` was given.
        """
        size = self.settings["nlp.batch_size"]
        for batch in _batches(articles, size):
            if len(batch) > 1:
                try:
                    coded = self._code_batch(batch)
                except Exception:  # retried one by one below, to find the article at fault
                    pass
                else:
                    yield from coded
                    continue
            for article in batch:
                try:
                    one = self._code_one(article)
                except Exception as exc:  # one bad article must not end a batch
                    if on_error is None:
                        raise CodingError(Errors.E009.format(id=article.id, reason=exc)) from exc
                    on_error(article, exc)
                    continue
                yield one

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]:
        """Code one article, and say which candidate events were dropped and why
        (for `veille eval --explain`).

        Raises:
            CodingError: the pipeline failed on it.
        """
        dropped: list[Dropped] = []
        try:
            return self._code_one(article, dropped), dropped
        except Exception as exc:
            raise CodingError(Errors.E009.format(id=article.id, reason=exc)) from exc

    def _code_one(self, article: Article, dropped: list[Dropped] | None = None) -> CodedArticle:
        """Code one article, in pieces of at most `nlp.max_chunk_chars` characters."""
        limit = self.settings["nlp.max_chunk_chars"]
        coded = _empty(article, self.lang)
        docs = (
            self._doc(piece, article.date, offset)
            for offset, piece in iter_pieces(article.text, limit)
        )
        # one piece at a time, cut lazily: memory does not hold all the pieces or parses
        for doc in self.nlp.pipe(docs, batch_size=1):
            _add(coded, doc, doc.user_data[PIECE_OFFSET], dropped)
        return coded

    def _code_batch(self, batch: list[Article]) -> list[CodedArticle]:
        """Code several articles with one `nlp.pipe` over all their pieces."""
        limit = self.settings["nlp.max_chunk_chars"]
        coded = [_empty(article, self.lang) for article in batch]
        docs = (
            self._doc(piece, article.date, offset, n)
            for n, article in enumerate(batch)
            for offset, piece in iter_pieces(article.text, limit)
        )
        size = min(len(batch), self.settings["nlp.batch_size"])
        for doc in self.nlp.pipe(docs, batch_size=size):
            _add(coded[doc.user_data[PIECE_ARTICLE]], doc, doc.user_data[PIECE_OFFSET], None)
        return coded

    def _doc(self, text: str, date: str | None, offset: int = 0, article: int = 0) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.veille_date = date or self.undated
        doc.user_data[PIECE_OFFSET] = offset
        doc.user_data[PIECE_ARTICLE] = article
        return doc


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _empty(article: Article, lang: str) -> CodedArticle:
    return CodedArticle(
        id=article.id,
        date=article.date,
        lang=lang,
        source=article.source,
        url=article.url,
        title=article.title,
    )


def _add(coded: CodedArticle, doc: Doc, offset: int, dropped: list[Dropped] | None) -> None:
    """Add what the components found in `doc`, a piece at `offset` of the article."""
    coded.actors += _actors(doc, offset)
    coded.events += compact.events(doc._.veille_events or [], offset)
    found = doc._.veille_quotes or []
    coded.quotes += compact.quotes((q for f in found for q in f.each_speaker()), offset)
    if dropped is not None:
        lost: list[Dropped] = doc._.veille_dropped or []
        dropped += [Dropped(_shift_event(d.event, offset), d.reason) for d in lost]
