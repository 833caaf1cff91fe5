"""A wire story told by three outlets, and unrelated stories (our own texts), with coded
events: shared by the store and web tests of near-duplicate stories."""

from __future__ import annotations

from veille.types import ActorRef, Article, CodedArticle, Event, Quote, Span, Speaker

# Our own text: a wire story as an agency sends it.
WIRE = (
    "Le ministre chinois des Affaires étrangères est arrivé lundi à Moscou pour une visite "
    "de trois jours, la première depuis le début de l'année, a annoncé le ministère russe. "
    "Il doit rencontrer mardi son homologue russe pour discuter du commerce de l'énergie, "
    "des livraisons de céréales et de la sécurité en Asie centrale. Les deux pays ont signé "
    "l'an dernier un accord de coopération qui prévoit de nouveaux gazoducs vers la Chine. "
    "« Nos relations n'ont jamais été aussi étroites », a déclaré le porte-parole du "
    "ministère chinois lors d'un point de presse à Pékin. Selon des diplomates occidentaux, "
    "la visite doit aussi préparer un sommet des deux présidents prévu à l'automne. Les "
    "ministres tiendront une conférence de presse commune mercredi avant le départ de la "
    "délégation chinoise vers le Kazakhstan, où elle est attendue jeudi matin."
)
# The same story, lightly edited by a second outlet (other words, other punctuation).
EDITED = (
    WIRE.replace("est arrivé lundi", "est arrivé ce lundi")
    .replace("a annoncé le ministère russe", "selon le ministère russe")
    .replace("« Nos relations", '"Nos relations')
    .replace("étroites »", 'étroites"')
    .replace("Selon des diplomates occidentaux", "D'après des diplomates occidentaux")
    + " (avec agences)"
)
# A third outlet cuts it after the quote.
CUT = WIRE[: WIRE.index(" Selon des diplomates")]
# Unrelated stories of similar length and vocabulary.
OTHER = (
    "Des milliers de manifestants ont défilé samedi dans le centre de Lyon contre la réforme "
    "des retraites présentée la semaine dernière par le gouvernement. Les syndicats, réunis "
    "en intersyndicale, appellent à une nouvelle journée de grève jeudi prochain dans les "
    "transports et l'éducation. « Nous ne reculerons pas », a lancé la secrétaire générale "
    "d'un syndicat devant la préfecture, tandis que la police comptait un peu moins de "
    "manifestants que les organisateurs. Le ministre du Travail a répété dimanche à la radio "
    "que le texte serait soumis au Parlement avant l'été, tout en se disant prêt à discuter "
    "de la pénibilité et des carrières longues avec les partenaires sociaux."
)
OTHER_VISIT = (
    "Le président français a reçu mercredi à l'Élysée le Premier ministre indien pour un "
    "dîner de travail consacré à la défense, à l'espace et au climat. Les deux dirigeants "
    "ont évoqué la commande de nouveaux avions de combat et la coopération entre leurs "
    "agences spatiales. Ils ont aussi parlé de la guerre en Ukraine et de la situation en mer "
    "Rouge, selon un communiqué publié dans la soirée. Le chef du gouvernement indien doit "
    "se rendre jeudi à Marseille pour visiter le port et rencontrer des chefs d'entreprise, "
    "avant de repartir pour New Delhi vendredi matin."
)


def story_event(src: str, tgt: str, cameo: str, quad: int = 1, negated: bool = False) -> Event:
    return Event(
        source=ActorRef(code=src, country=src[:3], text=src),
        target=ActorRef(code=tgt, country=tgt[:3], text=tgt),
        cameo=cameo, cameo_root=cameo[:2], goldstein=1.0, quad_class=quad, plover=None,
        sentence="Une phrase.", sentence_start=0, trigger=Span("phrase", 4, 10),
        negated=negated, confidence=0.9,
    )  # fmt: skip


def story_quote() -> Quote:
    speaker = Speaker(name="porte-parole", code="CHNGOV", text="le porte-parole")
    return Quote(text="Nos relations n'ont jamais été aussi étroites", start=0, end=10,
                 speaker=speaker, verb="déclarer")  # fmt: skip


def coded_story(article: Article, events: list[Event], quotes: int = 1) -> CodedArticle:
    return CodedArticle(article.id, article.date, "fr", events=events, actors=[],
                        quotes=[story_quote()] * min(quotes, 1))  # fmt: skip


VISIT = [story_event("CHNGOV", "RUS", "042"), story_event("CHN", "RUS", "036")]
OUTLETS = [
    (Article(id="agence-1", text=WIRE, date="2024-03-04", title="Visite à Moscou"), VISIT),
    (Article(id="journal-2", text=EDITED, date="2024-03-04", title="Pékin courtise Moscou"),
     VISIT),
    (Article(id="radio-3", text=CUT, date="2024-03-05", title="Le ministre chinois en Russie"),
     VISIT[:1]),
]  # fmt: skip
