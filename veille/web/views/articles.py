"""Articles: the list (`/api/articles`) and the article page with its text highlighted."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veille.store.analysis import count_articles, get_article, list_articles
from veille.text import safe_link
from veille.web.deps import Cursor, Filters, Paging
from veille.web.errors import NotFound
from veille.web.highlight import highlight, marks_of
from veille.web.render import render

router = APIRouter()


@router.get("/api/articles", tags=["articles"], summary="Articles, newest first")
def api_articles(cur: Cursor, f: Filters, page: Paging) -> dict[str, Any]:
    """Articles by date, language and words (`q`, in title or text); the other filters keep
    articles that have a matching event."""
    total = count_articles(cur, f)
    page.check(total)
    return page.envelope(total, list_articles(cur, f, page.per_page, page.offset))


def article_context(cur: Cursor, article_id: str) -> dict[str, Any]:
    article = get_article(cur, article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    return {"ok": True, "article": article}


@router.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article")
def api_article(cur: Cursor, article_id: str) -> dict[str, Any]:
    """The article's text with its actor mentions, events (negated ones too) and quotes,
    each with character offsets into the text."""
    return article_context(cur, article_id)


@router.get("/articles/{article_id:path}.json", include_in_schema=False)
def article_json(cur: Cursor, article_id: str) -> dict[str, Any]:
    return article_context(cur, article_id)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, cur: Cursor, article_id: str) -> HTMLResponse:
    ctx = article_context(cur, article_id)
    ctx["body"] = highlight(ctx["article"]["text"], marks_of(ctx["article"]))
    ctx["link"] = safe_link(ctx["article"].get("url"))
    return render(request, "article.html", ctx)
