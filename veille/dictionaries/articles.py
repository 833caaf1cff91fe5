"""`veille code --dictionaries DIR`: English articles coded with a PETRARCH dictionary set,
in the output shape of CONTRACT.md.

Event codes come from the user's dictionaries as written; a code that is not in veille's
CAMEO table (WEIS-era or local codes) takes the Goldstein score and quad class of its
longest known prefix, else 0. Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from datetime import date

from veille.dictionaries.coder import CodedEvent, DictionaryCoder
from veille.dictionaries.roles import NULL
from veille.events.cameo import CameoTable
from veille.types import ActorMention, ActorRef, Article, CodedArticle, Event, Plover, Span


def article_day(value: str | None) -> date | None:
    """`YYYY-MM-DD` or `YYYY-MM` (the first of the month) as a date; None otherwise."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1
        return date(year, month, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def code_article(coder: DictionaryCoder, article: Article, cameo: CameoTable) -> CodedArticle:
    """Code one article with the dictionaries: its actors and events, no quotes."""
    day = article_day(article.date)
    text = article.text
    coded, spans = coder.read(text, day)
    actors = [
        ActorMention(text[start:end], start, end, code, *_parts(code)) for start, end, code in spans
    ]
    events = [_event(e, text, cameo) for e in coded]
    return CodedArticle(
        id=article.id,
        date=article.date,
        lang="en",
        source=article.source,
        url=article.url,
        title=article.title,
        actors=actors,
        events=events,
    )


def _parts(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a CAMEO-style actor code (`FRAGOV` -> FRA, GOV)."""
    if len(code) < 3 or not code[:3].isalpha() or not code.isupper():
        return None, None
    return code[:3], code[3:6] or None


def _ref(code: str) -> ActorRef | None:
    if code == NULL:
        return None
    country, sector = _parts(code)
    return ActorRef(code=code, country=country, sector=sector)


def _event(event: CodedEvent, text: str, cameo: CameoTable) -> Event:
    row = next((cameo.get(event.code[:n]) for n in (4, 3, 2) if event.code[:n] in cameo), None)
    start, end = event.origin.trigger
    s_start, s_end = event.origin.sentence
    plover = Plover(row.plover_type, row.plover_mode) if row and row.plover_type else None
    return Event(
        source=_ref(event.source),
        target=_ref(event.target),
        cameo=event.code,
        cameo_root=event.code[:2],
        goldstein=row.goldstein if row else 0.0,
        quad_class=row.quad_class if row else 0,
        plover=plover,
        sentence=text[s_start:s_end],
        sentence_start=s_start,
        trigger=Span(text[start:end], start, end),
        evidence=(f"dictionary verb line {event.origin.verb_line}",)
        + (
            (f"dictionary pattern line {event.origin.pattern_line}",)
            if event.origin.pattern_line is not None
            else ()
        ),
    )
