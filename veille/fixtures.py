"""A small fixture database built from hand-written coded articles (no spaCy model).

Twelve short French articles (our own text) over January–June 2023, with CHN/RUS/IRN/USA/FRA
dyads in all four quad classes, quotes, one negated event, one event without a target, and
one article whose text holds HTML that must be shown as text. Used by the tests, the browser
tests and `veille serve --demo`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from veille.events.cameo import CameoTable
from veille.store import Store
from veille.types import (
    ActorMention,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Plover,
    Quote,
    Span,
    Speaker,
)

XSS_ARTICLE_ID = "2023-06-balises"
XSS_SNIPPETS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
XSS_URL = "javascript:alert(document.domain)"  # the XSS article's url: never a link


@dataclass(frozen=True)
class _Spec:
    """One article: actors (surface, code) in order of appearance; events reference them
    by index: (source, target or None, CAMEO code, trigger word, negated); quotes:
    (quoted text, speaker name, speaker code, speaker actor index, verb)."""

    id: str
    date: str
    title: str
    text: str
    actors: tuple[tuple[str, str], ...]
    events: tuple[tuple[int, int | None, str, str, bool], ...]
    quotes: tuple[tuple[str, str | None, str | None, int | None, str], ...] = ()


# fmt: off
_SPECS: tuple[_Spec, ...] = (
    _Spec("2023-01-visite-moscou", "2023-01-12", "Le chef de la diplomatie chinoise à Moscou",
          "Le ministre chinois des Affaires étrangères est arrivé à Moscou pour une visite de "
          "deux jours. Pékin et Moscou ont ensuite signé un accord sur le commerce du blé.",
          (("Le ministre chinois des Affaires étrangères", "CHNGOV"), ("Moscou", "RUS"),
           ("Pékin", "CHN"), ("Moscou", "RUS")),
          ((0, 1, "042", "visite", False), (2, 3, "057", "signé", False))),
    _Spec("2023-02-gazoduc", "2023-02-03", "Moscou s'impatiente",
          "La Russie a critiqué la Chine pour ses hésitations sur le nouveau gazoduc. "
          "« Nous attendons une réponse claire », a déclaré le porte-parole du Kremlin.",
          (("La Russie", "RUS"), ("la Chine", "CHN"), ("le porte-parole du Kremlin", "RUSGOV")),
          ((0, 1, "111", "critiqué", False),),
          (("Nous attendons une réponse claire", "Dmitry Peskov", "RUSGOV", 2, "déclarer"),)),
    _Spec("2023-02-livraisons-gaz", "2023-02-20", "Plus de gaz russe vers la Chine",
          "Moscou et Pékin coopèrent sur le plan économique : la Russie augmentera ses "
          "livraisons de gaz à la Chine dès cet hiver.",
          (("Moscou", "RUS"), ("Pékin", "CHN"), ("la Russie", "RUS"), ("la Chine", "CHN")),
          ((0, 1, "061", "coopèrent", False),)),
    _Spec("2023-03-xi-kremlin", "2023-03-21", "Xi Jinping reçu au Kremlin",
          "Le président chinois a été reçu au Kremlin par Vladimir Poutine. « Nos relations "
          "n'ont jamais été aussi solides », a affirmé Vladimir Poutine devant la presse.",
          (("Le président chinois", "CHNGOV"), ("Vladimir Poutine", "RUSGOV"),
           ("Vladimir Poutine", "RUSGOV")),
          ((1, 0, "043", "reçu", False),),
          (("Nos relations n'ont jamais été aussi solides", "Vladimir Putin", "RUSGOV", 2,
            "affirmer"),)),
    _Spec("2023-03-exercices", "2023-03-28", "Manœuvres navales conjointes",
          "La marine chinoise et la flotte russe ont mené des exercices conjoints en mer du "
          "Japon, a indiqué l'état-major.",
          (("La marine chinoise", "CHNMIL"), ("la flotte russe", "RUSMIL")),
          ((0, 1, "062", "exercices", False),)),
    _Spec("2023-04-macron-pekin", "2023-04-06", "Emmanuel Macron en Chine",
          "Emmanuel Macron a entamé une visite d'État en Chine. « L'Europe doit parler d'une "
          "seule voix », a estimé Emmanuel Macron à son arrivée.",
          (("Emmanuel Macron", "FRAGOV"), ("Chine", "CHN"), ("Emmanuel Macron", "FRAGOV")),
          ((0, 1, "042", "visite", False),),
          (("L'Europe doit parler d'une seule voix", "Emmanuel Macron", "FRAGOV", 2,
            "estimer"),)),
    _Spec("2023-04-sanctions-iran", "2023-04-15", "Nouvelles sanctions contre Téhéran",
          "Washington a imposé de nouvelles sanctions à l'Iran. Téhéran a aussitôt accusé "
          "les États-Unis de sabotage économique.",
          (("Washington", "USA"), ("l'Iran", "IRN"), ("Téhéran", "IRN"),
           ("les États-Unis", "USA")),
          ((0, 1, "163", "sanctions", False), (2, 3, "112", "accusé", False))),
    _Spec("2023-05-drones", "2023-05-09", "Des drones iraniens pour la Russie",
          "L'Iran a coopéré avec la Russie pour fournir des drones. Washington a menacé "
          "Téhéran de représailles. « Ces transferts doivent cesser », a dit le porte-parole "
          "du département d'État.",
          (("L'Iran", "IRN"), ("la Russie", "RUS"), ("Washington", "USA"), ("Téhéran", "IRN"),
           ("le porte-parole du département d'État", "USAGOV")),
          ((0, 1, "062", "coopéré", False), (2, 3, "130", "menacé", False)),
          (("Ces transferts doivent cesser", None, "USAGOV", 4, "dire"),)),
    _Spec("2023-05-chantier", "2023-05-24", "Pékin s'agace des retards",
          "Pékin a accusé Moscou de retarder le chantier du pont frontalier. Moscou n'a pas "
          "signé le nouvel accord. Le gouvernement chinois a lancé un appel à la patience.",
          (("Pékin", "CHN"), ("Moscou", "RUS"), ("Moscou", "RUS"),
           ("Le gouvernement chinois", "CHNGOV")),
          ((0, 1, "112", "accusé", False), (2, 0, "057", "signé", True),
           (3, None, "020", "appel", False))),
    _Spec("2023-06-frontiere", "2023-06-10", "Arrestations à la frontière",
          "La police russe a arrêté six commerçants chinois près de la frontière, selon "
          "Pékin, qui a critiqué Moscou.",
          (("La police russe", "RUSCOP"), ("commerçants chinois", "CHNBUS"), ("Pékin", "CHN"),
           ("Moscou", "RUS")),
          ((0, 1, "173", "arrêté", False), (2, 3, "111", "critiqué", False))),
    _Spec("2023-06-paris-teheran", "2023-06-18", "Paris proteste auprès de Téhéran",
          "Téhéran a arrêté un chercheur français. La France a critiqué l'Iran et exige sa "
          "libération. « C'est une détention arbitraire », a réagi la ministre.",
          (("Téhéran", "IRN"), ("chercheur français", "FRACVL"), ("La France", "FRA"),
           ("l'Iran", "IRN"), ("la ministre", "FRAGOV")),
          ((0, 1, "173", "arrêté", False), (2, 3, "111", "critiqué", False)),
          (("C'est une détention arbitraire", "Catherine Colonna", "FRAGOV", 4, "réagir"),)),
    _Spec(XSS_ARTICLE_ID, "2023-06-25", "Balises <script>alert(1)</script> dans un titre",
          "Un message piégé <script>alert(1)</script> circulait. Washington a proposé de "
          "rencontrer Pékin <img src=x onerror=alert(1)> la semaine prochaine. "
          "« <b>Rien</b> n'est exclu », a dit le diplomate.",
          (("Washington", "USA"), ("Pékin", "CHN"), ("le diplomate", "USAGOV")),
          ((0, 1, "036", "proposé", False),),
          (("<b>Rien</b> n'est exclu", None, "USAGOV", 2, "dire"),)),
)
# fmt: on


def _sentence(text: str, at: int) -> tuple[str, int]:
    """The sentence around offset `at` and its start offset."""
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start


def _mentions(spec: _Spec) -> list[ActorMention]:
    """Actor mentions, found in order of appearance."""
    out: list[ActorMention] = []
    pos = 0
    for surface, code in spec.actors:
        start = spec.text.index(surface, pos)
        country = None if code.startswith("IGO") else code[:3]
        sector = code[3:] or None
        out.append(ActorMention(surface, start, start + len(surface), code, country, sector))
        pos = start + len(surface)
    return out


def _ref(m: ActorMention | None) -> ActorRef | None:
    if m is None:
        return None
    return ActorRef(code=m.code, country=m.country, sector=m.sector, text=m.text)


def coded_fixture(spec: _Spec, cameo_table: CameoTable) -> tuple[Article, CodedArticle]:
    """One fixture article and its coded record, offsets computed from the text."""
    mentions = _mentions(spec)
    events: list[Event] = []
    for src, tgt, cameo, trigger, negated in spec.events:
        row = cameo_table.get(cameo)  # scores and PLOVER from the package's CAMEO table
        near = min(mentions[i].start for i in (src, tgt) if i is not None)
        at = spec.text.index(trigger, near)
        sentence, sentence_start = _sentence(spec.text, at)
        events.append(Event(
            _ref(mentions[src]), _ref(mentions[tgt] if tgt is not None else None), cameo,
            cameo[:2], row.goldstein, row.quad_class,
            Plover(row.plover_type, row.plover_mode) if row.plover_type else None,
            sentence, sentence_start,
            Span(trigger, at, at + len(trigger)), negated, 0.9,
        ))  # fmt: skip
    quotes: list[Quote] = []
    for text, name, code, who, verb in spec.quotes:
        start = spec.text.index(text)
        said_by = mentions[who].text if who is not None else None
        quotes.append(Quote(text, start, start + len(text), Speaker(name, code, said_by), verb))
    url = XSS_URL if spec.id == XSS_ARTICLE_ID else None
    article = Article(spec.id, spec.text, spec.date, "fr", "fixture", url, spec.title)
    coded = CodedArticle(
        spec.id, spec.date, "fr", "fixture", url, spec.title, mentions, events, quotes
    )
    return article, coded


def fixture_records() -> list[tuple[Article, CodedArticle]]:
    """Every fixture article with its coded record."""
    table = CameoTable.load()
    return [coded_fixture(spec, table) for spec in _SPECS]


def build_fixture_db(path: str | Path) -> Path:
    """Write the fixture database at `path` (an existing file is replaced).

    Returns:
        The path of the database.
    """
    target = Path(path)
    target.unlink(missing_ok=True)
    Path(f"{target}.wal").unlink(missing_ok=True)
    with Store.open(target) as store:
        for article, coded in fixture_records():
            store.add(article, coded)
    return target
