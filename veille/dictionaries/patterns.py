"""Verb patterns: `- BEFORE * AFTER [CODE]` into veille's elements, and synset expansion.

One grammar reads both verb formats:
- PETRARCH-1/TABARI: words joined by `_` must be consecutive, a space lets words come
  between; `$` source, `+` target, `%` compound actor (source and target at once),
  `^` skip the next noun phrase, `&LABEL` a synset.
- PETRARCH-2 adds `{A B HEAD}` (a noun phrase, head last) and `(PREP ...)` (a
  prepositional phrase).
TABARI disjunctions `{A | B}` are not read (PETRARCH skips them too).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from veille.dictionaries.lines import plural
from veille.dictionaries.verbmodel import (
    Element,
    EventCode,
    Marker,
    NounPhrase,
    PrepPhrase,
    Slot,
    Synset,
    SynsetRef,
    Word,
)

VERB = "*"
_MARKERS = {m.value: m for m in Marker}


class PatternError(ValueError):
    """A pattern cannot be read (the reader turns this into a notice)."""


def parse_code(text: str) -> EventCode:
    """Read `042`, `042:043`, `:173` or `---` (null).

    Raises:
        PatternError: a part is empty where it must not be, or has a blank.
    """
    code, colon, reverse = text.strip().partition(":")
    parts = [p.strip() for p in (code, reverse)]
    if " " in text.strip() or (not colon and not parts[0]):
        raise PatternError(f"bad code [{text}]")
    return EventCode(
        text.strip(),
        None if parts[0] in ("", "---") else parts[0],
        None if parts[1] in ("", "---") else parts[1],
    )


def parse_pattern(text: str) -> tuple[tuple[Element, ...], tuple[Element, ...], bool]:
    """Split a pattern (without its `-` and its code) at the verb `*`.

    Returns the elements before and after the verb, and whether the verb is joined
    (`_`) to the element before it.

    Raises:
        PatternError: no `*` or more than one, unbalanced `{}`/`()`, or a disjunction.
    """
    if "|" in text:
        raise PatternError("TABARI disjunction '|' is not supported")
    tokens = list(_tokens(text))
    if sum(1 for t, _ in tokens if t == VERB) != 1:
        raise PatternError("a pattern needs exactly one '*'")
    elements = _group(iter(tokens), closing=None)
    cut = [i for i, e in enumerate(elements) if isinstance(e, Word) and e.text == VERB]
    if not cut:
        raise PatternError("the '*' must not be inside {} or ()")
    verb = elements[cut[0]]
    assert isinstance(verb, Word)
    return tuple(elements[: cut[0]]), tuple(elements[cut[0] + 1 :]), verb.joined


def _tokens(text: str) -> Iterator[tuple[str, bool]]:
    """Yield (token, joined) with the brackets as tokens of their own."""
    for chunk in text.split():
        for j, part in enumerate(chunk.split("_")):
            pieces = part.replace(VERB, f" {VERB} ").split()
            for k, piece in enumerate(pieces):
                yield from _split_brackets(piece, joined=j > 0 or k > 0)


def _split_brackets(part: str, joined: bool) -> Iterator[tuple[str, bool]]:
    while part[:1] in ("{", "("):
        yield part[0], False
        part = part[1:]
    closing = ""
    while part[-1:] in ("}", ")"):
        closing = part[-1] + closing
        part = part[:-1]
    if part:
        yield part, joined
    for bracket in closing:
        yield bracket, False


def _group(tokens: Iterator[tuple[str, bool]], closing: str | None) -> list[Element]:
    """Read elements until `closing` (or the end), building nested phrases."""
    elements: list[Element] = []
    for token, joined in tokens:
        if token == closing:
            return elements
        if token in ("}", ")"):
            raise PatternError(f"unexpected {token!r}")
        if token == "{":
            elements.append(NounPhrase(tuple(_group(tokens, "}"))))
        elif token == "(":
            inner = _group(tokens, ")")
            if not inner or not isinstance(inner[0], Word):
                raise PatternError("a (...) phrase must start with its preposition")
            elements.append(PrepPhrase(inner[0].text, tuple(inner[1:])))
        else:
            elements.append(_element(token, joined))
    if closing is not None:
        raise PatternError(f"missing {closing!r}")
    return elements


def _element(token: str, joined: bool) -> Element:
    if token in _MARKERS:
        return Slot(_MARKERS[token], joined)
    if token.startswith("&"):
        return SynsetRef(token, joined)
    return Word(token, joined)


def synset_refs(elements: tuple[Element, ...]) -> Iterator[str]:
    """Every synset label the elements use, nested phrases included."""
    for element in elements:
        if isinstance(element, SynsetRef):
            yield element.label
        elif isinstance(element, NounPhrase | PrepPhrase):
            yield from synset_refs(element.elements)


def expand_synset(
    label: str, synsets: Mapping[str, Synset], _seen: frozenset[str] = frozenset()
) -> list[str]:
    """Every phrase a synset stands for: members, their plurals, nested synsets.

    Raises:
        KeyError: the synset (or one it contains) is not defined, or contains itself.
    """
    if label in _seen:
        raise KeyError(f"{label} contains itself")
    synset = synsets[label]
    phrases: list[str] = []
    for member in synset.members:
        if member.synset is not None:
            phrases.extend(expand_synset(member.synset, synsets, _seen | {label}))
        elif member.phrase is not None:
            text = " ".join(member.phrase.words)
            many = plural(text) if member.plural else None
            phrases.extend([text] if many is None else [text, many])
    return list(dict.fromkeys(phrases))
