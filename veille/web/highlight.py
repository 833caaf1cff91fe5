"""The article text with actors, event triggers and quotes marked, built from escaped pieces.

Spans come from stored offsets. They are nested (a quote holds actors and triggers); a span
that crosses the end of the span it starts in is cut at that end, so the HTML stays well
formed. Every piece of text and every attribute value goes through `escape`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

# Outer spans first when two start at the same offset and end at the same offset.
_RANK = {"quote": 0, "actor": 1, "trigger": 2}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    attrs: tuple[tuple[str, str], ...]


def _open(mark: Mark) -> str:
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in mark.attrs)
    return f'<mark class="{mark.kind}"{attrs}>'


def marks_of(article: dict[str, Any]) -> list[Mark]:
    """The marks of an article from `get_article`: quotes, actors and triggers."""
    out: list[Mark] = []
    for i, q in enumerate(article["quotes"]):
        speaker = q["speaker_name"] or q["speaker_text"] or "?"
        out.append(Mark(q["start"], q["end"], "quote",
                        (("id", f"quote-{i}"), ("data-speaker", speaker),
                         ("title", f"{speaker} ({q['speaker_code'] or '?'})"))))  # fmt: skip
    for a in article["actors"]:
        title = a["code"] + (f" · {a['name']}" if a["name"] else "")
        out.append(Mark(a["start"], a["end"], "actor",
                        (("data-code", a["code"]), ("title", title))))  # fmt: skip
    for e in article["events"]:
        who = f"{e['source_code'] or '?'} → {e['target_code'] or '?'}"
        title = f"CAMEO {e['cameo']} · Goldstein {e['goldstein']:+.1f} · {who}"
        attrs = (
            ("id", f"trigger-{e['seq']}"),
            ("data-cameo", e["cameo"]),
            ("data-goldstein", f"{e['goldstein']:+.1f}"),
            ("title", title),
        )
        out.append(Mark(e["trigger_start"], e["trigger_end"], "trigger", attrs))
    return out


def highlight(text: str, marks: list[Mark]) -> Markup:
    """`text` as HTML with `marks` as nested `<mark>` elements; offsets out of range are
    dropped."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    valid.sort(key=lambda m: (m.start, -m.end, _RANK.get(m.kind, 9)))
    parts: list[str] = []
    stack: list[int] = []  # end offsets of the open marks
    pos = 0
    for mark in valid:
        while stack and stack[-1] <= mark.start:
            end = stack.pop()
            parts.append(str(escape(text[pos:end])) + "</mark>")
            pos = end
        end = min(mark.end, stack[-1]) if stack else mark.end
        if end <= mark.start:
            continue
        parts.append(str(escape(text[pos : mark.start])) + _open(mark))
        pos = mark.start
        stack.append(end)
    while stack:
        end = stack.pop()
        parts.append(str(escape(text[pos:end])) + "</mark>")
        pos = end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))
