"""A child process for tests/store/test_crash_safety.py: ingest N articles into a database
with a fake coder (one event, one quote, one actor each), slowly enough to be killed; it
says on stdout when the database is open and when each article is stored."""

from __future__ import annotations

import sys
import time

from veille.store import Store, ingest_articles, ingest_in_batches
from veille.types import (
    ActorMention,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Quote,
    Span,
    Speaker,
)


class SlowCoder:
    def __init__(self, delay: float = 0.01) -> None:
        self.delay = delay

    def code(self, article: Article) -> CodedArticle:
        time.sleep(self.delay)
        ref = ActorRef("FRA", "FRA", None, None, "Paris")
        event = Event(ref, ref, "010", "01", 0.0, 1, None, article.text, 0, Span("P", 0, 1))
        quote = Quote(article.text[:5], 0, 5, Speaker("X", "FRA", "X"), "dire")
        actor = ActorMention("Paris", 0, 5, "FRA", "FRA")
        lang = article.lang or "fr"
        return CodedArticle(
            article.id, article.date, lang, events=[event], quotes=[quote], actors=[actor]
        )


def articles(n: int) -> list[Article]:
    return [Article(f"a{i}", f"Paris, article {i}.", "2023-01-02") for i in range(n)]


def main(db: str, n: int, mode: str) -> None:
    if mode == "batches":  # the way `veille ingest` writes: the file held per batch only
        counts = ingest_in_batches(db, SlowCoder(delay=0.002), articles(n), batch_size=20)
        sys.stdout.write(f"{counts.new} {counts.present}\n")
        return
    with Store.open(db) as store:
        sys.stdout.write("open\n")
        sys.stdout.flush()

        def stored(article: Article) -> None:  # after each article's transaction
            sys.stdout.write(f"stored {article.id}\n")
            sys.stdout.flush()

        counts = ingest_articles(store, SlowCoder(), articles(n), stored)
    sys.stdout.write(f"{counts.new} {counts.present}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "store")
