"""Actor and agent phrases found in a sentence: longest match, codes by the sentence date.

Words are compared upper-cased, whole word against whole word; every word of a phrase
must follow the one before it. Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from veille.dictionaries.files import Dictionaries
from veille.dictionaries.model import Actor, Agent, AgentPlace, Phrase


@dataclass(frozen=True)
class Mention:
    """Words `start..end` (end excluded) that name an actor or an agent."""

    start: int
    end: int
    actor: Actor | None = None
    agent: Agent | None = None

    def codes(self, day: date | None) -> tuple[str, ...]:
        """The actor's codes on `day` (empty for an agent or a null-coded actor)."""
        return self.actor.codes_on(day) if self.actor is not None else ()


_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")
_Entry = tuple[tuple[str, ...], tuple[bool, ...], Actor | None, Agent | None]
MAX_GAP = 3
_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "AND", "OR", "NOR", "BUT", "(", ")"})


class PhraseIndex:
    """Every actor and agent phrase of a dictionary set, by first word."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self._by_first: dict[str, list[_Entry]] = {}
        for book in dictionaries.actors:
            for actor in book.actors:
                for phrase in (actor.name, *actor.synonyms):
                    self._add(phrase, actor, None)
        if dictionaries.agents is not None:
            for agent in dictionaries.agents.agents:
                for phrase in agent.forms:
                    self._add(phrase, None, agent)
        for entries in self._by_first.values():
            # longest first; an actor before an agent of the same length
            entries.sort(key=lambda e: (-len(e[0]), e[2] is None))

    def _add(self, phrase: Phrase, actor: Actor | None, agent: Agent | None) -> None:
        words: list[str] = []
        loose: list[bool] = []  # a blank before the word: other words may come between
        for word, joined in zip(phrase.words, phrase.joined, strict=True):
            # the English tokenizer splits `BARAD-DUR` into BARAD, -, DUR
            parts = [p for p in _HYPHEN.split(word.upper()) if p]
            if not parts:
                continue
            words.extend(parts)
            loose.extend([bool(words[: -len(parts)]) and not joined] + [False] * (len(parts) - 1))
        if words:
            entry = (tuple(words), tuple(loose), actor, agent)
            self._by_first.setdefault(words[0], []).append(entry)

    def find(self, words: Sequence[str]) -> list[Mention]:
        """The mentions in `words` (upper case), longest match first, left to right."""
        found: list[Mention] = []
        i = 0
        while i < len(words):
            match = self._match_at(words, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def _match_at(self, words: Sequence[str], i: int) -> Mention | None:
        for phrase, loose, actor, agent in self._by_first.get(words[i], ()):
            end = _end_of(phrase, loose, words, i)
            if end is not None:
                return Mention(i, end, actor, agent)
        return None


def _end_of(
    phrase: tuple[str, ...], loose: tuple[bool, ...], words: Sequence[str], i: int
) -> int | None:
    """Where `phrase` ends if it starts at `words[i]`; a loose word may come up to
    `MAX_GAP` words later, if none of those ends a phrase (`,` `and` ...)."""
    at = i + 1
    for word, gap in zip(phrase[1:], loose[1:], strict=True):
        limit = min(len(words), at + (MAX_GAP if gap else 0) + 1)
        for j in range(at, limit):
            if words[j] == word:
                at = j + 1
                break
            if words[j] in _BREAKS:
                return None
        else:
            return None
    return at


def combine(actor_code: str, agents: Iterable[Agent]) -> str:
    """An actor code with agent codes added as PETRARCH does (`FRA` + `~GOV` -> `FRAGOV`).

    An agent code the actor code already holds (at a 3-letter boundary) is not added twice.
    """
    code = actor_code
    for agent in agents:
        if _holds(code, agent.code):
            continue
        if agent.place is AgentPlace.AFTER:
            code += agent.code
        else:
            code = agent.code + code
    return code


def _holds(code: str, part: str) -> bool:
    return any(code[i : i + len(part)] == part for i in range(0, len(code), 3))
