"""The coder's rules that need no state: CAMEO root sets with a grammatical role, the tests
on tokens that decide how a trigger is read, and which argument pairs make an event."""

from __future__ import annotations

from spacy.tokens import Token

from veille.events.grammar import Arg
from veille.events.lemmas import acts_as_verb
from veille.lang.grammar import Grammar
from veille.text import fold
from veille.types import ActorRef

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN"}
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
# codes (or roots) whose noun names who underwent the act: "l'assassinat de X", "la
# libération de trois otages" (0841, release of persons)
PATIENT_CODES = ("17", "18", "19", "20", "0841")
INSTRUMENT_SECTORS = {"MIL", "COP"}  # one's own troops or police are the means of a show of force
REACTION_ROOTS = {"01", "11", "12"}  # said of an event: its doer is the target
REACTION_DEPS = {"nmod", "obl", "obl:mod", "obl:arg"}
CROWD_ROOTS = {"14"}  # a protest named by a noun, by no one named: the place's people
CONFLICT_ROOTS = "11"  # from 11 up, a passive's subject undergoes the act ("a été expulsé")
DEMAND = "100"
CRITICISM = "111"
ALLEGING = "11"  # "accuser X de faire": the act in the infinitive is alleged, not done
# Speech acts that are events by themselves, as the verb of an incise ("», a salué X"):
# praise and verbal defence, demands, criticism, rejection, threats, protest (codes or roots).
INCISE_ACTS = ("051", "052", "10", "11", "12", "13", "14")
PRAISE = "051"
CONTENT_NOUN_ROOTS = {"02", "08", "10", "13"}  # asking for, easing, threatening "de X"
REQUEST_ROOTS = {"02", "10"}  # "l'exigence d'une médiation qatarie": Qatar is asked
SPEECH_ACTS = {"02", "03", "05", "10", "11", "12", "13"}  # nouns a speaker can "réitérer"
ORIGIN_CODES = ("0874",)  # a withdrawal: "retirer ses troupes du Mali" targets Mali
HOST = "043"  # "X a accueilli le sommet": a host may have no one visitor named
TRAVEL_CODES = {"042", "043", "044"}  # visits: "se rendre en France" names the host
# Acts two subjects do to each other with no one else named: verbal cooperation said or
# promised together ("les deux dirigeants se sont engagés à …"), and the reciprocal roots
# of the setting; a one-way act (criticism, demand, aid, force) needs "se" ("se sont
# accusés"): "X et Y ont condamné …" are on the same side.
JOINT_ROOTS = {"01", "03"}
MUTUAL_CODES = {"057"}  # "X et Y ont signé un accord à Z": X and Y signed it with each other
REFINE_DEPS = {"obj", "iobj", "obl", "nmod", "amod", "xcomp", "ccomp", "compound", "flat", "fixed"}
# a refinement also reads the trigger's adverbs ("soutenir militairement", "déclarer
# persona non grata", which the model reads as an adverb)
REFINE_ADVERBS = {"advmod"}


def distinct(s: Arg, t: Arg) -> bool:
    """Two arguments that are not the same words (two actors may share a code)."""
    if t.via == "domestic":
        return True
    if s.span != (0, 0) and t.span != (0, 0):
        return s.span != t.span
    return s.actor != t.actor


def other_country(s: Arg, t: Arg) -> bool:
    """Co-subjects that can act on each other: not one actor twice, nor a country and its
    own people ("l'Iran et son président"); two sectors of one country can ("les combats
    entre l'armée soudanaise et les rebelles")."""
    a, b = s.actor, t.actor
    if a.code == b.code:
        return False
    if (a.country or a.code) != (b.country or b.code):
        return True
    return a.code != a.country and b.code != b.country


def refine_words(token: Token) -> set[str]:
    """The lemmas a trigger's refinements look for: its complements (a passive subject
    is its object), the verb or noun governing it ("tenter d'assassiner", "tentative
    d'assassinat", "obus tirés"), and a light verb's "à" complement ("mettre fin à")."""
    words: set[str] = set()
    for child in token.children:
        dep = child.dep_.split(":")[0]
        if dep in REFINE_DEPS or dep in REFINE_ADVERBS or child.dep_ == "nsubj:pass":
            words |= {fold(t.lemma_) for t in child.subtree}
    head = token.head
    participle = token.dep_ == "acl" and "VerbForm=Part" in str(token.morph)
    if token.dep_ in {"obj", "xcomp"} or (
        (token.dep_ == "nmod" or participle) and head.pos_ == "NOUN" and head.i != token.i
    ):
        words.add(fold(head.lemma_))
    if token.dep_ == "obj" and token.pos_ in NOUN_POS:
        for sib in head.children:
            if sib.dep_ == "obl:arg" and sib.i > token.i:
                words |= {fold(t.lemma_) for t in sib.subtree}
    return words


def infinitive_clause(child: Token) -> bool:
    """ "le refus de négocier", "la menace de frapper": a noun's infinitive complement."""
    return child.dep_ == "acl" and "VerbForm=Inf" in str(child.morph)


def verb_as_noun(token: Token, g: Grammar) -> bool:
    """A present-tense verb the model tagged as a noun ("la police enquête sur"), not a
    predicate noun ("l'ambassade a été la cible de")."""
    return acts_as_verb(token, g) and not any(c.dep_ == "cop" for c in token.children)


def infinitive_mark(clause: Token, g: Grammar) -> bool:
    """An infinitive clause led by "à" or "de" (a complement the parser made adverbial)."""
    marks = {fold(c.text) for c in clause.children if c.dep_ == "mark"}
    return "VerbForm=Inf" in str(clause.morph) and bool(marks & g.infinitive_marks)


def imperative(token: Token) -> bool:
    """ "arrêtez …": an imperative (or a second-person verb with no subject)."""
    morph = str(token.morph)
    if "Mood=Imp" in morph:
        return True
    no_subject = not any(c.dep_.startswith("nsubj") for c in token.children)
    return "Person=2" in morph and no_subject and token.pos_ == "VERB"


def actor_ref(arg: Arg) -> ActorRef:
    a = arg.actor
    return ActorRef(code=a.code, country=a.country, sector=a.sector, name=a.name, text=arg.text)
