"""Second guesses for verb lemmas the statistical lemmatiser gets wrong.

fr_core_news_md often returns an inflected present-tense form as its own lemma
("demande", "rencontrent") or tags such a verb as a noun or adjective. These rules
derive the infinitive from regular French endings; a guess is only used when it names
a known trigger, so they cannot invent words.
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.text import fold

# (ending, replacement) for regular verbs, longest first
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("eraient", "er"), ("issaient", "ir"), ("issent", "ir"), ("erait", "er"), ("eront", "er"),
    ("issait", "ir"), ("aient", "er"), ("èrent", "er"), ("ions", "er"), ("iez", "er"),
    ("ait", "er"), ("ent", "er"), ("ons", "er"), ("ées", "er"), ("ant", "er"), ("era", "er"),
    ("és", "er"), ("ée", "er"), ("ez", "er"), ("es", "er"), ("it", "ir"),
    ("é", "er"), ("e", "er"), ("a", "er"),
)  # fmt: skip


def verb_guesses(token: Token) -> list[str]:
    """Possible infinitives of a token, from its surface form (folded)."""
    form = fold(token.text)
    out = []
    for ending, infinitive in _ENDINGS:
        ending = fold(ending)
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            out.append(form[: -len(ending)] + infinitive)
    return out


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def acts_as_verb(token: Token) -> bool:
    """A token tagged NOUN/ADJ that governs a subject or an auxiliary is used as a verb;
    so is a participle opening the sentence with its agent ("Arrêté par la police, …")."""
    if any(c.dep_ in {"nsubj", "aux:tense", "aux:pass"} for c in token.children):
        return True
    return (
        bool(token.is_sent_start)
        and token.text.lower().endswith(PARTICIPLE_ENDINGS)
        and any(
            fold(g.text) == "par" for c in token.children for g in c.children if g.dep_ == "case"
        )
    )
