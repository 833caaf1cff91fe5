"""The surface forms of a verb line: `GIVE {GAVE GIVEN GIVING}`, `RE_+ARREST`, `SPEAK`."""

from __future__ import annotations

from veille.dictionaries.patterns import PatternError
from veille.dictionaries.verbmodel import VerbForm

_VOWELS = "AEIOU"


def verb_forms(head: str) -> tuple[VerbForm, ...]:
    """Read a verb line (without its code) into its forms.

    With `{...}` the forms are the primary one and those listed (PETRARCH: all irregular
    forms must be listed; `{}` means none); without, the regular forms are made on the
    head word. In a multi-word verb (`_` or blanks) the head is the word marked `+`, or
    the first word when none is.

    Raises:
        PatternError: a `{` is not closed or something follows the `}`.
    """
    main, brace, listed = head.partition("{")
    if brace:
        inside, closing, after = listed.partition("}")
        if not closing or after.strip():
            raise PatternError("a verb's forms are '{FORM FORM ...}'")
        primary = _form(main)
        return (primary, *(_form(t, primary.head) for t in inside.split()))
    primary = _form(main)
    word = primary.words[primary.head]
    return (primary, *(_with_head(primary, w) for w in regular_forms(word)))


def _form(text: str, default_head: int = 0) -> VerbForm:
    """`RE_+ARREST` -> words (RE, ARREST), head 1."""
    words = [w for w in text.replace("_", " ").split() if w]
    if not words or any(w == "+" for w in words):
        raise PatternError(f"bad verb {text!r}")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    head = marked[0] if marked else min(default_head, len(words) - 1)
    return VerbForm(tuple(w.lstrip("+") for w in words), head)


def _with_head(form: VerbForm, word: str) -> VerbForm:
    words = list(form.words)
    words[form.head] = word
    return VerbForm(tuple(words), form.head)


def regular_forms(verb: str) -> tuple[str, ...]:
    """The -S, -ED and -ING forms of a regular English verb (upper case)."""
    consonant_y = verb.endswith("Y") and len(verb) > 1 and verb[-2] not in _VOWELS
    if consonant_y:
        third, past = verb[:-1] + "IES", verb[:-1] + "IED"
    else:
        third = verb + "ES" if verb.endswith(("S", "X", "Z", "CH", "SH")) else verb + "S"
        past = verb + "D" if verb.endswith("E") else verb + "ED"
    drop_e = verb.endswith("E") and len(verb) > 2 and verb[-2] not in _VOWELS
    gerund = verb[:-1] + "ING" if drop_e else verb + "ING"
    return (third, past, gerund)
