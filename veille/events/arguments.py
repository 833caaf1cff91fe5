"""Source and target of a trigger, read from the dependency parse.

`ArgumentFinder` gathers the readers, each in its own module: the token-to-actor
look-ups (veille/events/lookup.py), subjects and agents of verbs
(veille/events/subjects.py), objects, complements and places
(veille/events/targets.py), and the arguments of nominal events
(veille/events/nominal.py).
"""

from __future__ import annotations

from veille.events.nominal import NominalArguments
from veille.events.subjects import SubjectArguments
from veille.events.targets import TargetArguments


class ArgumentFinder(SubjectArguments, TargetArguments, NominalArguments):
    """Maps tokens to actors, and triggers to their source and target arguments."""
