"""How a predicted event, quote or actor is matched with the gold: the slots triples are
scored on, organisation spellings unified, texts and names compared."""

from __future__ import annotations

import re
import unicodedata

from veille.types import ActorMention, ActorRef, CodedArticle

Triple = tuple[str | None, str | None, str]

# Spellings of one organisation in CAMEO/Phoenix dictionaries -> the code of CONTRACT.md.
IGO_ALIASES = {"IGOAFRAFU": "IGOAFRAU", "IGOWAFBUSWAS": "IGOWAFWAS", "IGOSAFDEVSAD": "IGOSAFSAD"}
_QUOTE_MARKS = re.compile(r"[«»“”\"„‟’']")


def _igo(code: str) -> str:
    code = IGO_ALIASES.get(code, code)
    return "IGOUNO" if code.startswith("IGOUNO") else code


def canon(code: str | None) -> str | None:
    """An actor code with organisation spellings unified."""
    return _igo(code) if code and code.startswith("IGO") else code


def slot(actor: str | ActorRef | ActorMention | None) -> str | None:
    """The slot events are scored on: a country, a region code, or a whole IGO code."""
    if not actor:
        return None
    if isinstance(actor, str):
        return _igo(actor) if actor.startswith("IGO") else actor[:3]
    code = actor.code or ""
    if code.startswith("IGO"):
        return _igo(code)
    return actor.country or (code[:3] if code else None)


def norm(text: str | None) -> str:
    """NFKC, quotation marks to spaces, spaces collapsed, lower case."""
    text = _QUOTE_MARKS.sub(" ", unicodedata.normalize("NFKC", text or ""))
    return re.sub(r"\s+", " ", text).strip().lower()


def _name_key(name: str | None) -> str | None:
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", norm(name).replace("-", " "))
    return "".join(c for c in folded if not unicodedata.combining(c))


def same_person(a: str | None, b: str | None) -> bool:
    """Same canonical name, or the same surname of more than two letters, accents ignored."""
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    return bool(wa and wb) and len(wa[-1]) > 2 and wa[-1] == wb[-1]


def matches(triple: Triple, option: Triple) -> bool:
    source, target, root = triple
    gold_target = option[1] if option[1] == "*" else slot(option[1])
    return source == slot(option[0]) and root == option[2] and gold_target in ("*", target)


def pred_triples(article: CodedArticle) -> set[Triple]:
    """The distinct triples of an article's events that are not negated."""
    return {
        (slot(e.source), slot(e.target), e.cameo_root or (e.cameo or "")[:2])
        for e in article.events
        if not e.negated
    }
