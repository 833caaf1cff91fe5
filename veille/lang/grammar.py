"""grammar.yaml: the grammar words of a language the rules read (prepositions by role,
pronouns, conjunctions, auxiliaries), validated on load.

The rules of `events/`, `actors/` and `quotes/` ask "is this preposition one that
introduces a target?", never "is it « à »?": each set below names such a role. Words are
written as the rules compare them: prepositions folded (lowercase, no accent, straight
apostrophe, a final apostrophe dropped: "d'" reads "d"), pronouns and conjunctions as
noted in each language's file. Dependency labels are not here: every model's labels
are mapped to Universal Dependencies by `labels.yaml` (veille/nlp/labels.py).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Grammar(BaseModel):
    """grammar.yaml of one language (every field a set of words; empty when the language
    has no such word)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # prepositions (folded case words) by the role of the complement they introduce
    target_cases: frozenset[str]  # the target of an event ("à", "avec", "contre"; "to")
    place_cases: frozenset[str] = frozenset()  # a place ("en France"), a target only of travel
    topic_cases: frozenset[str] = frozenset()  # what a meeting is about ("sur")
    source_cases: frozenset[str] = frozenset()  # the doer of an event noun ("de X", "par X")
    agent_cases: frozenset[str] = frozenset()  # the agent of a passive or participle ("par")
    between_cases: frozenset[str] = frozenset()  # the parties of a mutual event ("entre")
    against_cases: frozenset[str] = frozenset()  # the victim of a nominal attack ("contre")
    nesting_cases: frozenset[str] = frozenset()  # one event noun under another ("frappe de")
    dative_cases: frozenset[str] = frozenset()  # the plain "à X" ("demander à X", "à Moscou")
    addressee_cases: frozenset[str] = frozenset()  # the addressee of speech ("à", "auprès")
    of_cases: frozenset[str] = frozenset()  # the "de X" complement of a noun or verb
    destination_cases: frozenset[str] = frozenset()  # where one goes ("à", "en")
    companion_cases: frozenset[str] = frozenset()  # who one acts with, in a clause ("avec")
    purpose_cases: frozenset[str] = frozenset()  # on whose behalf ("pour X")
    according_cases: frozenset[str] = frozenset()  # a source of information ("selon")
    # an infinitive of purpose, done by the subject: "X a convoqué Y pour protester"
    purpose_marks: frozenset[str] = frozenset()
    # the reason an act is done to someone: "remercier X pour son aide" (X's aid)
    cause_cases: frozenset[str] = frozenset()
    state_cases: frozenset[str] = frozenset()  # a state or manner ("en grève", "en masse")
    classifier_cases: frozenset[str] = frozenset()  # "un avion de combat": a kind of thing
    where_cases: frozenset[str] = frozenset()  # a name that says where ("à Dakar", "sur la place")
    follower_cases: frozenset[str] = frozenset()  # "imité par X"
    infinitive_marks: frozenset[str] = frozenset()  # "décider de frapper", "appeler à"
    elisions: dict[str, str] = {}  # a case word cut before a vowel, read whole ("d" → "de")
    # nouns that frame a complement rather than take part
    on_behalf: frozenset[str] = frozenset()  # "à la demande de X": X asked
    frames: frozenset[str] = frozenset()  # "lors de la visite": the frame of an event
    sequels: frozenset[str] = frozenset()  # "après sa visite": frames an attended event
    role_nouns: frozenset[str] = frozenset()  # "le rôle de médiateur"
    # pronouns and small words
    first_person: frozenset[str] = frozenset()  # "nous" in a quote: the speaker's side
    our: frozenset[str] = frozenset()  # "nos avions": the speaker's side
    inverted_subjects: frozenset[str] = frozenset()  # "a-t-il dit": a subject after its verb
    inverted_impersonal: frozenset[str] = frozenset()  # "peut-on lire": no person speaks
    inverted_person_subjects: frozenset[str] = frozenset()  # the singular ones ("-t-il")
    pointing_back: frozenset[str] = frozenset()  # "« … » C'est ce qu'a dit X" (folded)
    inversion_cues: frozenset[str] = frozenset()  # "comme le précise X": the subject follows
    gerund_marks: frozenset[str] = frozenset()  # "en affirmant que": a detached participle
    framing_needs_comma: frozenset[str] = frozenset()  # "Pour X, « … »": only with a comma
    apposition_links: frozenset[str] = frozenset()  # "X, de l'Observatoire": opens a gap
    apposition_words: frozenset[str] = frozenset()  # other words inside such a gap
    reflexive_pronouns: frozenset[str] = frozenset()  # "se saluer": each other
    reflexive_clitics: frozenset[str] = frozenset()  # "se sont rassemblés": not a passive
    reflexive_marker: str = ""  # the word a trigger refinement names for a reflexive verb
    perfect_auxiliary: frozenset[str] = frozenset()  # "avoir été agressée"
    # verbs whose perfect takes "être" as a tense auxiliary: "est arrivé" is active
    being_verbs: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()  # "X et Y"
    relative_subjects: frozenset[str] = frozenset()  # "qui": a relative clause's subject
    inclusion_words: frozenset[str] = frozenset()  # "plusieurs pays, dont la France": members
    # actors: words around names and descriptions
    own_cases: frozenset[str] = frozenset()  # "ministre de la Défense": part of the name
    locative_cases: frozenset[str] = frozenset()  # "à Niamey", "en Égypte": a place
    demonstratives: frozenset[str] = frozenset()  # "ce pays"
    definite_articles: frozenset[str] = frozenset()  # "le royaume"
    plural_possessives: frozenset[str] = frozenset()  # "leur chef": a group's
    whole_words: frozenset[str] = frozenset()  # "état-major": one token, as written
    lemma_elisions: dict[str, str] = {}  # an elided article's lemma, read whole ("l'" → "le")
    participle_endings: tuple[str, ...] = ()  # a past participle the tagger missed ("tué")
    verb_endings: tuple[tuple[str, str], ...] = ()  # inflected ending -> infinitive ending

    def case_word(self, text: str) -> str:
        """A case word as the sets hold it: folded beforehand, its final apostrophe
        dropped, an elided form read whole."""
        case = text.rstrip("'")
        return self.elisions.get(case, case)
