"""PETRARCH/TABARI dictionaries read into veille's own model.

Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from veille.dictionaries.actors import read_actors
from veille.dictionaries.agents import read_agents
from veille.dictionaries.files import (
    ActorDictionary,
    AgentDictionary,
    Dictionaries,
    DiscardList,
    IssueList,
    VerbDictionary,
)
from veille.dictionaries.lines import read_lines
from veille.dictionaries.lists import read_discards, read_issues
from veille.dictionaries.loader import load_dictionaries
from veille.dictionaries.model import Notice, NoticeKind
from veille.dictionaries.patterns import expand_synset
from veille.dictionaries.verbs import read_verbs

__all__ = [
    "ActorDictionary",
    "AgentDictionary",
    "Dictionaries",
    "DiscardList",
    "IssueList",
    "Notice",
    "NoticeKind",
    "VerbDictionary",
    "expand_synset",
    "load_dictionaries",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_issues",
    "read_lines",
    "read_verbs",
]
