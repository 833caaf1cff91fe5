"""Quote-aware sentence boundaries, set before the parser (which respects them).

News text cuts badly with the stock model: inside « … », after a closing quotation
mark followed by an incise ("», a-t-il dit"), inside multi-word names, and it glues
headings to the next paragraph. This component fixes those cases and leaves the rest
to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = {".", "!", "?", "…", "...", ";"}
CLOSING = {"»", "”", '"', ")", "›"}


class SentenceBounds:
    """Sets `is_sent_start` where news typography tells us the answer."""

    def __init__(self, quote_pairs: dict[str, str]) -> None:
        self.quote_pairs = quote_pairs
        self.protected: list[tuple[int, int]] = []

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        inside = self._quote_spans(doc)
        for start, end in inside:
            for i in range(start + 1, min(end + 1, len(doc))):
                doc[i].is_sent_start = False  # a quoted passage stays with its attribution
            after = end + 1
            if after < len(doc) and (doc[after].is_punct or doc[after].text[:1].islower()):
                doc[after].is_sent_start = False
        for i, token in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if "\n" in prev.text or prev.text_with_ws.endswith("\n"):
                if not token.is_space:
                    token.is_sent_start = True
            elif "\n" in token.text or not self._may_follow(doc, i):
                token.is_sent_start = False
        return doc

    def _may_follow(self, doc: Doc, i: int) -> bool:
        """Edited news starts a sentence only after final punctuation (or a quote closing one)."""
        prev = doc[i - 1]
        if prev.text in SENTENCE_END or prev.text.endswith((".", "!", "?")):
            return True
        return prev.text in CLOSING and i > 1 and doc[i - 2].text in SENTENCE_END

    def _quote_spans(self, doc: Doc) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        closer = ""
        for i, token in enumerate(doc):
            t = token.text
            if open_at is None and t in self.quote_pairs:
                open_at, closer = i, self.quote_pairs[t]
            elif open_at is not None and t == closer:
                spans.append((open_at, i))
                open_at = None
            elif open_at is not None and "\n\n" in token.text_with_ws:
                open_at = None  # an unclosed quote ends with its paragraph
        return spans


@Language.factory("veille_sentences", default_config={"quote_marks": [["«", "»"], ["“", "”"]]})
def make_sentence_bounds(nlp: Language, name: str, quote_marks: list[list[str]]) -> SentenceBounds:
    """Create the quote-aware sentence boundary component."""
    return SentenceBounds({pair[0]: pair[1] for pair in quote_marks})
