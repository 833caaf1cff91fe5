"""Quote-aware sentence boundaries, set before the parser (which respects them).

News text cuts badly with the stock model: inside « … », after a closing quotation
mark followed by an incise ("», a-t-il dit"), inside multi-word names, and it glues
headings to the next paragraph. This component fixes those cases and leaves the rest
to the parser.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from veille.nlp.extensions import register_extensions

SENTENCE_END = {".", "!", "?", "…", "...", ";"}
CLOSING = {"»", "”", '"', ")", "›"}
YES, NO = 1, -1


class SentenceBounds:
    """Sets `is_sent_start` where news typography tells us the answer (read from plain lists
    of the tokens' texts, written back in one array operation)."""

    def __init__(self, quote_pairs: dict[str, str]) -> None:
        self.quote_pairs = quote_pairs

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        texts = [t.text for t in doc]
        with_ws = [t.text_with_ws for t in doc]
        # SENT_START values: 1 starts a sentence, -1 does not, 0 unknown
        starts = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
        for start, end in self._quote_spans(texts, with_ws):
            for i in range(start + 1, min(end + 1, n)):
                starts[i] = NO  # a quoted passage stays with its attribution
            after = end + 1
            if after < n and (doc[after].is_punct or texts[after][:1].islower()):
                starts[after] = NO
        for i in range(1, n):
            if "\n" in texts[i - 1] or with_ws[i - 1].endswith("\n"):
                if not doc[i].is_space:
                    starts[i] = YES
            elif "\n" in texts[i] or not self._may_follow(texts, i):
                starts[i] = NO
        values: Any = numpy.asarray(starts, dtype=numpy.int64).astype(numpy.uint64)
        doc.from_array([SENT_START], values.reshape(n, 1))
        return doc

    def _may_follow(self, texts: list[str], i: int) -> bool:
        """Edited news starts a sentence only after final punctuation (or a quote closing one)."""
        prev = texts[i - 1]
        if prev in SENTENCE_END or prev.endswith((".", "!", "?")):
            return True
        return prev in CLOSING and i > 1 and texts[i - 2] in SENTENCE_END

    def _quote_spans(self, texts: list[str], with_ws: list[str]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        closer = ""
        for i, t in enumerate(texts):
            if open_at is None and t in self.quote_pairs:
                open_at, closer = i, self.quote_pairs[t]
            elif open_at is not None and t == closer:
                spans.append((open_at, i))
                open_at = None
            elif open_at is not None and "\n\n" in with_ws[i]:
                open_at = None  # an unclosed quote ends with its paragraph
        return spans


@Language.factory("veille_sentences", default_config={"quote_marks": [["«", "»"], ["“", "”"]]})
def make_sentence_bounds(nlp: Language, name: str, quote_marks: list[list[str]]) -> SentenceBounds:
    """Create the quote-aware sentence boundary component."""
    register_extensions()
    return SentenceBounds({pair[0]: pair[1] for pair in quote_marks})
