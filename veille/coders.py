"""One `Coder` per language, each article coded by the coder of its language.

The language of an article is, in order: the one the caller forces (`veille code --lang`),
the article's own `lang`, else the one `veille.nlp.detect` reads in its text (a text too
short or too mixed to tell is in `DEFAULT_LANG`). A language's coder is loaded when its
first article comes. An article in a language veille has no folder for (or whose spaCy
model is not installed) is not coded: it goes to `on_error` with `UnsupportedLanguage`,
and the others go on.
"""

from __future__ import annotations

import itertools
import pkgutil
from collections.abc import Callable, Iterable, Iterator

from veille import lang as lang_package
from veille.errors import ModelNotInstalled, UnsupportedLanguage, UsageError, VeilleError
from veille.events.evidence import Dropped
from veille.nlp.detect import detect
from veille.options import CodingOptions
from veille.pipeline import Coder
from veille.settings import Settings
from veille.types import Article, CodedArticle

DEFAULT_LANG = "fr"  # an article too short to tell, with no `lang` of its own
OnError = Callable[[Article, Exception], None]


def available_languages() -> list[str]:
    """The languages with a folder veille/lang/<code>/."""
    return sorted(m.name for m in pkgutil.iter_modules(lang_package.__path__) if m.ispkg)


Loader = Callable[[str, Settings, str | None], Coder]


def _load(lang: str, settings: Settings, undated: str | None) -> Coder:
    return Coder.load(lang, settings, undated=undated)


class Coders:
    """Codes articles of any language veille has, each with its language's `Coder`."""

    def __init__(
        self,
        settings: Settings,
        options: CodingOptions | None = None,
        load: Loader = _load,
    ) -> None:
        self.settings = settings
        self.options = options or CodingOptions()
        self.languages = set(available_languages())
        self._load = load
        self._coders: dict[str, Coder | VeilleError] = {}

    def lang_of(self, article: Article) -> str:
        """The language `article` is coded in ("fr-FR", "FR" and "fr_CA" are all "fr")."""
        given = self.options.lang or article.lang
        if given:
            return given.strip().lower().replace("_", "-").split("-")[0]
        return detect(article.text, DEFAULT_LANG)

    def coder(self, lang: str) -> Coder:
        """The coder of `lang`, loaded on first use.

        Raises:
            UsageError: veille has no folder for `lang`.
            ModelNotInstalled: its spaCy model is not installed.
        """
        if lang not in self._coders:
            try:
                self._coders[lang] = self._load(lang, self.settings, self.options.undated)
            except (UsageError, ModelNotInstalled) as exc:
                self._coders[lang] = exc  # every article of the language: the same reason
        found = self._coders[lang]
        if isinstance(found, VeilleError):
            raise found
        return found

    def code(self, article: Article) -> CodedArticle:
        """Code one article in its language.

        Raises:
            UnsupportedLanguage: veille cannot code its language.
            CodingError: the pipeline failed on it.
        """
        return self._coder_for(article).code(article)

    def code_many(
        self, articles: Iterable[Article], on_error: OnError | None = None
    ) -> Iterator[CodedArticle]:
        """Code articles in order; consecutive articles of one language are coded together
        (`Coder.code_many`). An article that cannot be coded goes to `on_error` (raised
        without one), and the others go on."""
        for lang, run in itertools.groupby(articles, key=self.lang_of):
            try:
                coder = self.coder(lang)
            except (UsageError, ModelNotInstalled) as exc:
                for article in run:
                    failure = _unsupported(article, lang, exc)
                    if on_error is None:
                        raise failure from exc
                    on_error(article, failure)
                continue
            yield from coder.code_many(run, on_error)

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]:
        """Code one article and say which candidate events were dropped and why.

        Raises:
            UnsupportedLanguage: veille cannot code its language.
            CodingError: the pipeline failed on it.
        """
        return self._coder_for(article).trace(article)

    def _coder_for(self, article: Article) -> Coder:
        lang = self.lang_of(article)
        try:
            return self.coder(lang)
        except (UsageError, ModelNotInstalled) as exc:
            raise _unsupported(article, lang, exc) from exc


def _unsupported(article: Article, lang: str, exc: Exception) -> UnsupportedLanguage:
    if isinstance(exc, ModelNotInstalled):
        return UnsupportedLanguage(article.id, lang, str(exc))
    return UnsupportedLanguage(article.id, lang, f"no folder veille/lang/{lang}/")


__all__ = ["DEFAULT_LANG", "Coders", "CodingOptions", "available_languages"]
