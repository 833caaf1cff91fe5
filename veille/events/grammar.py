"""The grammar the argument finders read: dependency labels and French case words, the
small predicates on tokens they share, and `Arg`, one resolved argument.

(The labels are Universal Dependencies as fr_core_news_md writes them; the case words are
French. Issue 7 moves both into `veille/lang/<code>/`.)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from veille.actors.mentions import Mention
from veille.text import fold
from veille.types import Actor

SUBJ = {"nsubj", "expl:subj"}
PASS_SUBJ = {"nsubj:pass"}
AGENT = {"obl:agent"}
OBJ = {"obj", "iobj"}
OBL = {"obl", "obl:arg", "obl:mod", "nmod", "iobj"}
TARGET_CASES = {
    "a",
    "au",  # the model keeps "au" and "aux" whole: "rendre visite au président"
    "aux",
    "avec",
    "contre",
    "vers",
    "aupres",
    "en",
    "chez",
    "sur",
    "envers",
    "face",
    "pour",
}
PLACE_CASES = {"en"}
CLASSIFIER_CASES = {"de", "d"}  # "un avion de combat": a kind of thing, not an event
LOCATIVE_CASES = {"a", "au", "aux", "en", "dans", "sur"}  # where: "à Dakar", "sur la place Tahrir"
APPOSED = {"appos", "conj", "flat:name", "nmod"}  # "dans la capitale, Damas"; "à Alep et Homs"
TOPIC_CASES = {"sur"}  # what a meeting is about, not who met
ON_BEHALF = {"demande", "initiative"}  # "à la demande de X": X asked, X is not the target
SOURCE_CASES = {"de", "du", "des", "d", "d'", "par"}  # "d'" reads "d": _case strips the apostrophe
CLAUSES = {"acl:relcl", "ccomp", "acl", "advcl", "conj", "parataxis", "punct", "cc"}
CLIMB = {"xcomp", "conj", "advcl", "ccomp"}
FIRST_PERSON = {"nous", "je", "j'", "notre", "nos", "mon", "ma", "mes"}
NESTING = {"de", "du", "des", "d", "a"}  # "frappe de drone", "attentat à la voiture piégée"
OUR = {"notre", "nos"}  # "nos avions ont frappé" in a quote: the speaker's side
NOMINAL_LINKS = {"nmod", "obl", "obl:arg", "obl:mod", "advmod", "obj"}
FRAMES = {  # "lors de la visite", "à l'issue de l'entretien", "le rôle de médiateur"
    "lors",
    "pendant",
    "durant",
    "cours",
    "issue",
    "terme",
    "marge",
    "occasion",
}
SEQUELS = {"apres", "avant"}  # "après sa visite, X …" frames only an event X attended
ROLES = {"role", "fonction"}  # "jouer le rôle de médiateur"
INVERTED = {"-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles"}


def _own(noun: Token) -> bool:
    """ "ses forces", "leurs troupes": a possessive marks the subject's own people."""
    return any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)


def _passive(verb: Token) -> bool:
    """ "a été reçu" is passive; "se sont rassemblés" (parsed with être) is not."""
    kids = list(verb.children)
    reflexive = any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in kids)
    deps = {c.dep_ for c in kids}
    agentive = {"nsubj:pass", "obl:agent"} <= deps  # "a été assiégée par" with "été" as cop
    bare = is_past_participle(verb) and any(c.dep_ in AGENT for c in kids)  # "accusé par X"
    active = "nsubj" in deps  # "est arrivé": être, but an active subject
    return ("aux:pass" in deps or agentive or bare) and not reflexive and not active


def _perfect(verb: Token) -> bool:
    """ "avoir été agressée": a perfect infinitive (what the speaker says happened)."""
    return any(c.dep_ == "aux:tense" and fold(c.text) == "avoir" for c in verb.children)


def _wider(m: Mention, old: Mention) -> bool:
    """A longer mention wins a token; on the same words "les deux dirigeants" read as the
    pair of actors named before wins over a guess of one actor."""
    if m.end - m.start != old.end - old.start:
        return m.end - m.start > old.end - old.start
    return bool(m.members) and not old.members


def is_past_participle(tok: Token) -> bool:
    """ "tué", "accueilli": a past participle used without an auxiliary."""
    morph = str(tok.morph)
    return "VerbForm=Part" in morph and "Tense=Pres" not in morph


@dataclass(frozen=True)
class Arg:
    """One resolved argument: the actor and the words that named it."""

    actor: Actor
    text: str
    via: str  # parse | context
    span: tuple[int, int] = (0, 0)  # tokens of the mention
