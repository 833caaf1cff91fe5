"""Quoted passages in raw text, before any attribution.

French typography shapes the rules: a quotation over several paragraphs opens each
paragraph with « and closes only at its end; a quotation left open ends with its line;
a closing mark at the very start of a line is a mistyped opening one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class QuoteSpan:
    """A quoted passage found in the text, before attribution."""

    start: int  # character offsets of the text inside the marks
    end: int
    open_at: int
    close_at: int  # the closing mark, or the end of the line of an unclosed quote
    closed: bool = True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_opener(
    text: str, i: int, pairs: dict[str, str], closers: dict[str, str] | None = None
) -> str | None:
    """ "» Nous sommes …" at the start of a line, "qualifiée d’ »historique »" after an
    elided word: a closing mark typed for an opening one (`closers`: `_closers(pairs)`)."""
    if closers is None:
        closers = _closers(pairs)
    ch = text[i]
    if ch not in closers:
        return None
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1  # the text before, spaces aside
    opens = i == 0 or text[i - 1] == "\n" or (j > 0 and text[j - 1] in ("'", "’"))
    return closers[ch] if opens else None


def _closers(pairs: dict[str, str]) -> dict[str, str]:
    return {c: o for o, c in pairs.items() if c != o}


def _scan(text: str, i: int, ch: str, close: str) -> int:
    """The index of the matching closing mark, or of the newline that ends an open quote."""
    j = i + 1
    depth = 0
    while j < len(text):
        c = text[j]
        if c == "\n":
            return j
        if c == close and depth == 0:
            return j
        if c == ch and ch != close:
            depth += 1
        elif c == close:
            depth -= 1
        j += 1
    return j


def find_quote_spans(text: str, pairs: dict[str, str], min_chars: int) -> list[QuoteSpan]:
    """Outermost quoted passages; an unclosed one ends with its line."""
    spans: list[QuoteSpan] = []
    closers = _closers(pairs)
    marks = set(pairs) | set(closers)
    i = 0
    while i < len(text):
        ch = text[i]
        if ch not in marks:
            i += 1
            continue
        opener = ch if ch in pairs else _line_opener(text, i, pairs, closers)
        if opener is None:
            i += 1
            continue
        close = pairs[opener]
        j = _scan(text, i, ch if ch in pairs else opener, close)
        closed = j < len(text) and text[j] == close
        start, end = _trimmed(text, i + 1, j)
        open_ok = opener != close and len(text[start:end].split()) >= 3
        if end - start >= min_chars and (closed or open_ok):
            spans.append(QuoteSpan(start, end, i, j, closed))
        i = j + 1
    return spans
