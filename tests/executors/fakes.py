"""Coders for the executor tests, importable by spawned worker processes (no spaCy model).

`FakeCoder` codes one event per sentence-ending period; an article whose text holds PANNE
fails (an ordinary exception), one whose text holds MORT kills its process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import ActorRef, Article, CodedArticle, Event, Span

LOADS_FILE = "VEILLE_TEST_LOADS"  # env: a file each loader call appends its pid to


class FakeCoder:
    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]:
        for article in articles:
            if "MORT" in article.text:
                os._exit(3)
            if "PANNE" in article.text:
                exc = RuntimeError("the parser broke")
                if on_error is None:
                    raise exc
                on_error(article, exc)
                continue
            yield self._code(article)

    @staticmethod
    def _code(article: Article) -> CodedArticle:
        ref = ActorRef("FRA", "FRA", None, None, "Paris")
        events = [
            Event(ref, ref, "010", "01", 0.0, 1, None, article.text, i, Span(".", i, i + 1))
            for i, ch in enumerate(article.text)
            if ch == "."
        ]
        return CodedArticle(article.id, article.date, article.lang or "fr", events=events)


def load_fake(options: CodingOptions, settings: Settings) -> FakeCoder:
    """A worker's loader: records its process id, so tests can count loads."""
    path = os.environ.get(LOADS_FILE)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
    return FakeCoder()


def load_broken(options: CodingOptions, settings: Settings) -> FakeCoder:
    """A loader that fails, like a missing model."""
    from veille.errors import ModelNotInstalled

    raise ModelNotInstalled("[E005] the spaCy model 'xx_fake' is not installed")


def articles(n: int, bad: dict[int, str] | None = None) -> list[Article]:
    """n articles, a<i> with i+1 sentences; `bad` replaces the text at some positions."""
    out = []
    for i in range(n):
        text = (bad or {}).get(i) or " ".join(f"Phrase {j} de {i}." for j in range(i % 5 + 1))
        out.append(Article(f"a{i}", text, "2023-01-02"))
    return out


# Short news written for these tests: each should give the real coder an event or more.
NEWS = [
    "Le président français a reçu mardi à Paris le chancelier allemand.",
    "La Chine a condamné les sanctions imposées par les États-Unis.",
    "Des milliers de manifestants ont défilé samedi à Madrid contre la réforme.",
    "Le ministre italien des Affaires étrangères s'est rendu à Tunis pour rencontrer "
    "le président tunisien.",
    "La police a arrêté deux militants de l'opposition à Caracas.",
    "Le Japon a promis une aide de dix millions de dollars à l'Ukraine.",
    "Le gouvernement belge a démenti les accusations du Premier ministre hongrois.",
]


def news() -> list[Article]:
    """The NEWS as dated articles."""
    return [Article(f"n{i}", text, f"2023-03-0{i + 1}") for i, text in enumerate(NEWS)]
