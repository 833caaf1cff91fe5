"""Second guesses for verb lemmas the statistical lemmatiser gets wrong.

A statistical lemmatiser (fr_core_news_md) often returns an inflected present-tense form
as its own lemma ("demande", "rencontrent") or tags such a verb as a noun or adjective.
These rules derive the infinitive from the regular endings of the language's
`grammar.yaml` (`verb_endings`); a guess is only used when it names a known trigger, so
they cannot invent words.
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.lang.grammar import Grammar
from veille.text import fold


def verb_guesses(token: Token, g: Grammar) -> list[str]:
    """Possible infinitives of a token, from its surface form (folded)."""
    form = fold(token.text)
    out = []
    for ending, infinitive in g.verb_endings:
        ending = fold(ending)
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            out.append(form[: -len(ending)] + infinitive)
    return out


def acts_as_verb(token: Token, g: Grammar) -> bool:
    """A token tagged NOUN/ADJ that governs a subject or an auxiliary is used as a verb;
    so is a participle opening the sentence with its agent ("Arrêté par la police, …")."""
    if any(c.dep_ in {"nsubj", "aux:tense", "aux:pass"} for c in token.children):
        return True
    return (
        bool(token.is_sent_start)
        and token.text.lower().endswith(g.participle_endings)
        and any(
            fold(w.text) in g.agent_cases
            for c in token.children
            for w in c.children
            if w.dep_ == "case"
        )
    )
