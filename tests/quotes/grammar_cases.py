"""The forms of quote attribution, one short text each (written for this suite).

A case is (id, article date, text, first words of the quote, expected speaker), the
speaker given as "name:Canonical Name", "code:CAMEO" or "text:words of the speaker phrase"
(an anonymous source keeps its words but has no name).
"""

from __future__ import annotations

# fmt: off
INCISE_AFTER = [
    ("m-civilite", "2022-03-10",
     "Le Kremlin a publié un long communiqué. « Nous ne céderons à aucune pression », "
     "a déclaré M. Poutine.", "Nous ne céderons", "name:Vladimir Putin"),
    ("dit-en-retour", "2023-05-02",
     "Olaf Scholz a parlé d'une relation solide. « Le dialogue reste ouvert », a dit en retour "
     "M. Macron.", "Le dialogue reste", "name:Emmanuel Macron"),
    ("mme-civilite", "2023-06-01",
     "« Ce texte est équilibré », a estimé Mme Baerbock devant les députés.",
     "Ce texte", "name:Annalena Baerbock"),
    ("pronom-il", "2023-04-04",
     "Antony Blinken est arrivé mardi à Paris. « Les discussions progressent », a-t-il précisé.",
     "Les discussions", "name:Antony Blinken"),
    ("pronom-elle", "2023-04-04",
     "Ursula von der Leyen a reçu les ministres de l'Énergie. « Rien n'est encore décidé », "
     "a-t-elle ajouté.", "Rien n'est", "name:Ursula von der Leyen"),
    ("inversion-present", "2023-04-04",
     "Recep Tayyip Erdogan a accueilli les délégations. « Nous voulons une paix juste », "
     "déclare-t-il.", "Nous voulons", "name:Recep Tayyip Erdoğan"),
    ("titre-et-nom", "2023-04-04",
     "« Les sanctions ont échoué », a affirmé le président russe Vladimir Poutine.",
     "Les sanctions", "name:Vladimir Putin"),
    ("description-puis-nom", "2023-04-04",
     "« Nous attendons des gestes concrets », a déclaré le porte-parole du Kremlin, "
     "Dmitri Peskov.", "Nous attendons", "code:RUSGOV"),
    ("institution", "2023-04-04",
     "« Cette visite est une provocation », a affirmé le ministère chinois des Affaires "
     "étrangères.", "Cette visite", "code:CHNGOV"),
    ("patron-onu", "2023-04-04",
     "« Les civils paient le prix de cette guerre », a déclaré le patron de l'ONU.",
     "Les civils paient", "code:IGOUNO"),
    ("secretaire-general", "2023-04-04",
     "« La situation humanitaire est catastrophique », a averti le secrétaire général des "
     "Nations unies.", "La situation humanitaire", "name:António Guterres"),
    ("source-anonyme", "2023-04-04",
     "« Le cessez-le-feu tient pour l'instant », affirme une source diplomatique.",
     "Le cessez-le-feu", "text:une source diplomatique"),
    ("diplomate-anonyme", "2023-04-04",
     "« Personne ne croit à ce plan », a confié un diplomate européen sous couvert d'anonymat.",
     "Personne ne croit", "text:un diplomate européen"),
    ("ong", "2023-04-04",
     "« Ces exécutions doivent cesser », estime Amnesty International dans un rapport.",
     "Ces exécutions", "code:NGOHRIAMN"),
    ("a-l-afp", "2023-04-04",
     "« L'Union restera unie », a déclaré à l'AFP Josep Borrell.",
     "L'Union restera", "name:Josep Borrell"),
    ("reseau-social", "2023-04-04",
     "« Nous tiendrons bon », a écrit sur Telegram Volodymyr Zelensky.",
     "Nous tiendrons", "name:Volodymyr Zelenskyy"),
    ("encore-dit", "2023-04-04",
     "Recep Tayyip Erdogan a reçu son homologue. « Ankara jouera son rôle », a encore dit "
     "M. Erdogan.", "Ankara jouera", "name:Recep Tayyip Erdoğan"),
    ("lieu-pas-locuteur", "2023-04-04",
     "« Nous ne reculerons pas », a déclaré à Moscou le ministre russe des Affaires étrangères.",
     "Nous ne reculerons", "name:Sergey Lavrov"),
    ("elysee", "2023-04-04",
     "« Le président suit la situation de près », a indiqué l'Élysée.",
     "Le président suit", "code:FRAGOV"),
    ("pluriel-rebelles", "2023-04-04",
     "« Nous contrôlons la route du nord », ont affirmé les rebelles houthis.",
     "Nous contrôlons", "code:YEMREB"),
    ("souverain", "2023-04-04",
     "Le roi du Maroc Mohammed VI a reçu le ministre. « Notre pays restera fidèle à ses "
     "engagements », a souligné le souverain.", "Notre pays restera",
     "name:Mohammed VI of Morocco"),
    ("porte-parole-nomme", "2023-04-04",
     "« Washington doit cesser ses provocations », a déclaré Wang Wenbin, porte-parole de la "
     "diplomatie chinoise.", "Washington doit", "code:CHNGOV"),
]

INCISE_INSIDE = [
    ("milieu-m", "2023-04-04",
     "« Cette décision, a estimé M. Scholz, est une erreur stratégique. »",
     "Cette décision", "name:Olaf Scholz"),
    ("milieu-pronom", "2023-04-04",
     "Recep Tayyip Erdogan a pris la parole. « Nous allons, a-t-il ajouté, poursuivre la "
     "médiation. »", "Nous allons", "name:Recep Tayyip Erdoğan"),
    ("milieu-description", "2023-04-04",
     "« Le temps presse, affirme le ministre russe des Affaires étrangères, et il faut agir. »",
     "Le temps presse", "name:Sergey Lavrov"),
    ("milieu-present-inverse", "2023-04-04",
     "Josep Borrell est arrivé à Kiev. « L'Europe, dit-il, ne laissera pas tomber l'Ukraine. »",
     "L'Europe", "name:Josep Borrell"),
]

VERB_BEFORE = [
    ("deux-points", "2023-04-04",
     "Emmanuel Macron a déclaré : « L'Europe doit apprendre à se défendre. »",
     "L'Europe doit", "name:Emmanuel Macron"),
    ("que-description", "2023-04-04",
     "Le président turc a affirmé que « la Turquie ne reculera pas ».",
     "la Turquie ne", "name:Recep Tayyip Erdoğan"),
    ("que-mme", "2023-04-04",
     "Mme Baerbock a déclaré que « le dialogue restait nécessaire ».",
     "le dialogue restait", "name:Annalena Baerbock"),
    ("institution-avertit", "2023-04-04",
     "Le Kremlin a averti : « Toute livraison d'armes sera une cible légitime. »",
     "Toute livraison", "code:RUSGOV"),
    ("communique-ministere", "2023-04-04",
     "Dans un communiqué, le ministère iranien des Affaires étrangères a dénoncé « une "
     "ingérence flagrante ».", "une ingérence", "code:IRNGOV"),
    ("appeler-a", "2023-04-04",
     "Xi Jinping a appelé à « un règlement politique » de la crise.",
     "un règlement", "name:Xi Jinping"),
    ("qualifier-de", "2023-04-04",
     "Antony Blinken a qualifié l'accord d'« étape historique ».",
     "étape historique", "name:Antony Blinken"),
    ("condamner-adverbe", "2023-04-04",
     "Olaf Scholz a condamné « fermement » l'attaque contre le convoi.",
     "fermement", "name:Olaf Scholz"),
    ("pays-metonymie", "2023-04-04",
     "La Chine a dénoncé jeudi « une provocation dangereuse ».",
     "une provocation", "code:CHNGOV"),
    ("onu-inquietude", "2023-04-04",
     "L'ONU a exprimé sa « profonde inquiétude » après les combats.",
     "profonde inquiétude", "code:IGOUNO"),
    ("faire-part", "2023-04-04",
     "Josep Borrell a fait part de sa « vive préoccupation » face aux arrestations.",
     "vive préoccupation", "name:Josep Borrell"),
    ("se-dire", "2023-04-04",
     "António Guterres s'est dit « profondément préoccupé » par les combats.",
     "profondément préoccupé", "name:António Guterres"),
    ("juger-attribut", "2023-04-04",
     "Le président ukrainien a jugé « inacceptable » le bombardement de la centrale.",
     "inacceptable", "name:Volodymyr Zelenskyy"),
    ("promettre", "2023-04-04",
     "Le ministre israélien de la Défense a promis une « riposte écrasante ».",
     "riposte écrasante", "code:ISRGOV"),
    ("ecrire-sur-x", "2023-04-04",
     "Sur X, Emmanuel Macron a écrit : « La France se tient aux côtés du Maroc. »",
     "La France se tient", "name:Emmanuel Macron"),
]

ACCORDING_TO = [
    ("selon-nom", "2023-04-04",
     "Selon Recep Tayyip Erdogan, « la Turquie ne cédera à aucun chantage ».",
     "la Turquie ne", "name:Recep Tayyip Erdoğan"),
    ("d-apres-description", "2023-04-04",
     "D'après le porte-parole de l'armée israélienne, « l'opération se poursuivra ».",
     "l'opération", "code:ISRMIL"),
    ("pour-description", "2023-04-04",
     "Pour le président français, « le moment est venu d'agir ».",
     "le moment est", "name:Emmanuel Macron"),
    ("aux-yeux-de", "2023-04-04",
     "Aux yeux du président ukrainien, « la paix passe par la libération du territoire ».",
     "la paix passe", "name:Volodymyr Zelenskyy"),
    ("selon-pronom", "2023-04-04",
     "Josep Borrell a rencontré les ministres. Selon lui, « l'Europe doit parler d'une seule "
     "voix ».", "l'Europe doit", "name:Josep Borrell"),
    ("selon-source", "2023-04-04",
     "Selon une source diplomatique, « aucune date n'a été fixée ».",
     "aucune date", "text:une source diplomatique"),
    ("de-l-avis-de", "2023-04-04",
     "De l'avis de Josep Borrell, « les sanctions commencent à produire leurs effets ».",
     "les sanctions commencent", "name:Josep Borrell"),
    ("a-en-croire", "2023-04-04",
     "À en croire le ministre russe des Affaires étrangères, « l'Occident a choisi la guerre ».",
     "l'Occident a choisi", "name:Sergey Lavrov"),
    ("selon-apres-quote", "2023-04-04",
     "« Les pourparlers reprendront la semaine prochaine », selon le porte-parole du "
     "gouvernement allemand.", "Les pourparlers", "code:DEUGOV"),
    ("selon-apres-nom", "2023-04-04",
     "« Le texte sera signé mardi », selon Josep Borrell.",
     "Le texte sera", "name:Josep Borrell"),
    ("pour-m", "2023-04-04",
     "Pour M. Lavrov, « l'Occident ment ».",
     "l'Occident ment", "name:Sergey Lavrov"),
    ("pour-titre-adjectif", "2021-05-01",
     "Pour le président brésilien, « la forêt appartient au Brésil ».",
     "la forêt appartient", "code:BRAGOV"),
    ("incise-apres-complement-lieu", "2021-05-01",
     "« Nous ne signerons rien sous la menace », a déclaré jeudi à la radio le président "
     "colombien.", "Nous ne signerons", "code:COLGOV"),
    ("pour-ministre-virgule", "2021-05-01",
     "Pour le ministre turc, « les discussions avancent ».",
     "les discussions avancent", "code:TURGOV"),
]

PARTIAL_IN_CLAUSE = [
    ("qualifier-objet-personne", "2022-03-20",
     "Le président Joe Biden a qualifié Vladimir Poutine de « criminel de guerre ».",
     "criminel de guerre", "name:Joe Biden"),
    ("accuser-de", "2023-04-04",
     "Justin Trudeau a accusé Pékin de « mener une campagne d'ingérence ».",
     "mener une campagne", "name:Justin Trudeau"),
    ("relative-qui-objet", "2023-04-04",
     "Emmanuel Macron a reçu Olaf Scholz, qu'il a qualifié d'« ami de la France ».",
     "ami de la France", "name:Emmanuel Macron"),
    ("gerondif", "2023-04-04",
     "Le président Lula a réagi sur les réseaux sociaux en condamnant « les violences "
     "commises à Brasília ».", "les violences", "name:Luiz Inácio Lula da Silva"),
    ("participe-affirmant", "2023-04-04",
     "Le chancelier allemand a pris la parole, affirmant que « l'Allemagne soutiendra "
     "l'Ukraine ».", "l'Allemagne soutiendra", "name:Olaf Scholz"),
    ("participe-qualifiant", "2023-04-04",
     "Donald Trump a quitté le sommet, qualifiant au passage le Premier ministre canadien de "
     "« malhonnête ».", "malhonnête", "name:Donald Trump"),
    ("relative-qui-sujet", "2023-04-04",
     "La cérémonie s'est tenue en présence de Joe Biden, qui a salué un « tournant "
     "historique ».", "tournant historique", "name:Joe Biden"),
    ("relative-second-acteur", "2023-04-04",
     "Le Premier ministre indien a rencontré Xi Jinping, qui a plaidé pour « une relation "
     "stable ».", "une relation stable", "name:Xi Jinping"),
    ("completive-autre-sujet", "2023-04-04",
     "Rishi Sunak a estimé que la Russie menait une « guerre illégale ».",
     "guerre illégale", "name:Rishi Sunak"),
    ("completive-pronom", "2023-04-04",
     "Pedro Sánchez a dit qu'il se sentait « trahi » par ses alliés.",
     "trahi", "name:Pedro Sánchez"),
    ("deux-partielles", "2023-04-04",
     "Le ministre russe des Affaires étrangères a évoqué « des accords anciens » qui « vont "
     "continuer ».", "vont continuer", "name:Sergey Lavrov"),
    ("pays-et-president", "2023-04-04",
     "L'Iran et son président Ebrahim Raïssi ont dénoncé « un crime odieux ».",
     "un crime odieux", "name:Ebrahim Raisi"),
    ("par-la-voix-de", "2023-04-04",
     "Israël, par la voix de son Premier ministre Benyamin Netanyahou, a salué une décision "
     "« courageuse ».", "courageuse", "name:Benjamin Netanyahu"),
    ("via-son-president", "2023-04-04",
     "La France a appelé, via son président Emmanuel Macron, à « agir vite » pour le Liban.",
     "agir vite", "name:Emmanuel Macron"),
    ("verbe-non-parole", "2023-04-04",
     "Viktor Orban se présente comme « le seul défenseur de la paix » en Europe.",
     "le seul défenseur", "name:Viktor Orbán"),
    ("pretendant-vouloir", "2023-04-04",
     "Le général Abdel Fattah al-Burhane a dissous le gouvernement, prétendant vouloir "
     "« sauver la révolution ».", "sauver la révolution", "name:Abdel Fattah al-Burhan"),
    ("citation-objet-lieu", "2023-04-04",
     "Le président turc a décrit Kiev comme « une ville martyre ».",
     "une ville martyre", "name:Recep Tayyip Erdoğan"),
    ("adjectif-jugement", "2023-04-04",
     "Antony Blinken a trouvé la réponse russe « très décevante ».",
     "très décevante", "name:Antony Blinken"),
]

ACROSS_SENTENCES = [
    ("deux-phrases-incise", "2023-04-04",
     "« Nous sommes prêts. Nos troupes sont en place », a déclaré le ministre ukrainien de la "
     "Défense.", "Nous sommes prêts", "code:UKRGOV"),
    ("phrase-precedente", "2023-04-04",
     "Le président brésilien a pris la parole devant le Congrès.\n\n« Nous ne laisserons "
     "personne détruire notre démocratie. »", "Nous ne laisserons",
     "name:Luiz Inácio Lula da Silva"),
    ("incise-phrase-precedente", "2023-04-04",
     "La prise de la ville est un revers pour Damas, affirme Rami Abdel Rahmane, de "
     "l'Observatoire syrien des droits de l'homme.\n\n« Les rebelles contrôlent désormais "
     "l'autoroute. »", "Les rebelles contrôlent", "code:SYROPPHRI"),
    ("continuation", "2023-04-04",
     "« La Chine ne veut pas la guerre », a déclaré Xi Jinping. « Elle veut le développement. »",
     "Elle veut", "name:Xi Jinping"),
    ("paragraphes-francais", "2023-04-04",
     "Le ministre russe des Affaires étrangères a longuement parlé.\n\n« Nous avons proposé "
     "un plan de paix.\n\n« Personne ne nous a répondu », a-t-il ajouté.",
     "Nous avons proposé", "name:Sergey Lavrov"),
    ("titre-echo", "2023-04-04",
     "Poutine dénonce un « coup de poignard dans le dos »\n\nLe président russe Vladimir "
     "Poutine a dénoncé un « coup de poignard dans le dos » porté par Ankara.",
     "coup de poignard", "name:Vladimir Putin"),
    ("paragraphe-ouvert-sans-fermeture", "2023-04-04",
     "Sergueï Lavrov a promis de renforcer la coopération pour « détruire les groupes "
     "terroristes au Sahel.\nLe ministre a ensuite quitté Bamako.",
     "détruire les groupes", "name:Sergey Lavrov"),
    ("guillemet-inverse-ouvrant", "2023-04-04",
     "Xi Jinping a rencontré Ma Ying-jeou.\n» Nous sommes une famille », a déclaré le "
     "président chinois.", "Nous sommes une famille", "name:Xi Jinping"),
    ("annonce-deux-points-phrase", "2023-04-04",
     "Olaf Scholz a été très clair sur ce point : « L'Allemagne ne livrera pas d'avions. »",
     "L'Allemagne ne livrera", "name:Olaf Scholz"),
    ("continuation-autre-phrase", "2023-04-04",
     "« Nous avons besoin de munitions », a dit Volodymyr Zelensky. Il a remercié les alliés. "
     "« Chaque jour compte. »", "Chaque jour compte", "name:Volodymyr Zelenskyy"),
]

PRONOUNS_AND_GAPS = [
    ("pronom-apres-autre-citation", "2023-04-04",
     "Le président turc a reçu les ministres du Golfe. « Le blocus doit cesser », a lancé "
     "Josep Borrell. « Nous voulons, dit-il, une désescalade. »", "Nous voulons",
     "name:Josep Borrell"),
    ("pronom-personne-nommee-entre", "2023-04-04",
     "« Notre mission continue », a déclaré Viktor Orban. La présidente de la Commission "
     "européenne, Ursula von der Leyen, a réagi aussitôt. « L'apaisement n'arrêtera pas "
     "la guerre », a-t-elle écrit.", "L'apaisement", "name:Ursula von der Leyen"),
    ("relative-via", "2023-04-04",
     "L'aide a été promise par l'Allemagne, qui a appelé, par la voix de son chancelier "
     "Olaf Scholz, à « ne pas attendre ».", "ne pas attendre", "name:Olaf Scholz"),
    ("sujet-perdu-participe", "2023-04-04",
     "Interrogé sur l'« aide militaire », le ministre russe des Affaires étrangères a "
     "simplement évoqué « des contrats anciens ».", "des contrats anciens",
     "name:Sergey Lavrov"),
]

MORE_FORMS = [
    ("disloque-quant-a", "2023-04-04",
     "Quant au président brésilien, Lula, il a exhorté les deux camps à « ne pas fermer la "
     "porte ».", "ne pas fermer", "name:Luiz Inácio Lula da Silva"),
    ("participe-apres-incise", "2023-04-04",
     "« Le dialogue est rouvert », a déclaré le président chinois, ajoutant que l'accord "
     "marquait « une nouvelle étape ».", "une nouvelle étape", "name:Xi Jinping"),
    ("titre-deux-citations", "2023-04-04",
     "Sanctions : une « erreur historique » aux « effets durables »\n\nLe président russe "
     "Vladimir Poutine a dénoncé jeudi une « erreur historique » de l'Union européenne.",
     "effets durables", "name:Vladimir Putin"),
    ("nom-de-organisation", "2023-04-04",
     "« La ville est tombée », affirme Rami Abdel Rahmane de l'Observatoire syrien des droits "
     "de l'homme.", "La ville est", "code:SYROPPHRI"),
    ("ligne-titre-nom", "2023-04-04",
     "Josep Borrell « très inquiet »\n\nLes combats ont repris dans la nuit.",
     "très inquiet", "name:Josep Borrell"),
]

ON_THE_DATE = [
    ("president-us-2019", "2019-06-01",
     "« Nous ne voulons pas la guerre », a souligné le président américain.",
     "Nous ne voulons", "name:Donald Trump"),
    ("president-us-2023", "2023-06-01",
     "« Nous ne voulons pas la guerre », a souligné le président américain.",
     "Nous ne voulons", "name:Joe Biden"),
    ("lavrov-2015", "2015-06-01",
     "« Moscou attend des garanties », a déclaré le ministre russe des Affaires étrangères.",
     "Moscou attend", "name:Sergey Lavrov"),
    ("chancelier-2019", "2019-06-01",
     "« L'Europe doit rester unie », a déclaré la chancelière allemande.",
     "L'Europe doit", "name:Angela Merkel"),
    ("chancelier-2023", "2023-06-01",
     "« L'Europe doit rester unie », a déclaré le chancelier allemand.",
     "L'Europe doit", "name:Olaf Scholz"),
    ("president-francais-2010", "2010-06-01",
     "« La réforme est nécessaire », a affirmé le président français.",
     "La réforme", "name:Nicolas Sarkozy"),
    ("president-francais-2015", "2015-06-01",
     "« La réforme est nécessaire », a affirmé le président français.",
     "La réforme", "name:François Hollande"),
    ("selon-president-chinois-2012", "2012-06-01",
     "Selon le président chinois, « la croissance restera forte ».",
     "la croissance", "name:Hu Jintao"),
    ("m-surname-fullname-earlier", "2019-06-30",
     "Le président sud-coréen Moon Jae-in a accueilli Kim Jong-un.\n\n« C'est un jour "
     "historique », a déclaré M. Moon.", "C'est un jour", "name:Moon Jae-in"),
    ("m-surname-prenom-en-second", "2025-07-28",
     "Le Premier ministre malaisien Anwar Ibrahim a reçu les délégations. M. Anwar a présenté "
     "un plan. « Les deux parties ont accepté un cessez-le-feu », a-t-il déclaré.",
     "Les deux parties", "name:Anwar Ibrahim"),
]
# Titles without a country, agencies that relay a quote, names inside the quote (written for
# this suite).
TITLES_AND_RELAYS = [
    ("titre-sans-pays-apres-nom", "2018-06-10",
     "Justin Trudeau a clos le sommet de Charlevoix. Le président américain a quitté la salle, "
     "irrité par des propos du premier ministre, qui a jugé les taxes « inacceptables ».",
     "inacceptables", "name:Justin Trudeau"),
    ("titre-sans-pays-president", "2015-02-12",
     "François Hollande a quitté Minsk dans la nuit. Le président de la République a confié "
     "qu'il gardait « un espoir réel pour la paix ».", "un espoir réel", "name:François Hollande"),
    ("agence-qui-relaie", "2020-08-10",
     "Le président libanais Michel Aoun a affirmé que « la reconstruction prendra des années », "
     "a rapporté l'agence officielle NNA.", "la reconstruction", "name:Michel Aoun"),
    ("incise-nom-dans-la-citation", "2018-06-10",
     "Le président américain a retiré son soutien au texte.\n\n« Les propos de Justin sont "
     "inacceptables », a-t-il écrit sur Twitter.", "Les propos de Justin", "name:Donald Trump"),
    ("mme-et-nom-decrit-avant", "2022-08-03",
     "La porte-parole Hua Chunying a répondu aux journalistes. Selon Mme Hua, « cette visite "
     "est une provocation ».", "cette visite", "name:Hua Chunying"),
    ("chef-armee-apostrophe-courbe", "2021-11-02",
     "La crise s'aggrave au Soudan. « Le calme reviendra bientôt », a assuré le chef de l’armée.",
     "Le calme", "name:Abdel Fattah al-Burhan"),
    # a civility glued to the surname; reactions and manners of saying
    ("civilite-collee", "2019-05-14",
     "« Le dialogue doit reprendre sans délai », estime M.Guterres.",
     "Le dialogue", "name:António Guterres"),
    ("a-reagi", "2023-06-01",
     "« Cette décision est regrettable », a réagi le chancelier allemand Olaf Scholz.",
     "Cette décision", "name:Olaf Scholz"),
    ("a-tonne", "2024-02-20",
     "« Nous ne reculerons pas », a tonné le président argentin Javier Milei.",
     "Nous ne reculerons", "name:Javier Milei"),
    ("pointe-en-arriere", "2024-06-15",
     "« Nous ne céderons à aucune pression. » C'est ce qu'a affirmé le président turc Recep "
     "Tayyip Erdogan lors d'un meeting.", "Nous ne céderons", "name:Recep Tayyip Erdoğan"),
    ("ainsi-s-est-exprime", "2023-09-20",
     "« Le monde nous regarde. » Ainsi s'est exprimé le président brésilien devant l'Assemblée "
     "générale.", "Le monde nous", "name:Luiz Inácio Lula da Silva"),
    ("peut-on-lire", "2024-08-20",
     "« Les frappes doivent cesser », peut-on lire dans un communiqué de la Maison Blanche.",
     "Les frappes", "code:USAGOV"),
    ("leur-porte-parole", "2024-01-12",
     "Les rebelles houthis ont visé un navire. « D'autres frappes suivront », a déclaré leur "
     "porte-parole.", "D'autres frappes", "code:YEMREB"),
]
# fmt: on

CASES = (
    INCISE_AFTER
    + INCISE_INSIDE
    + VERB_BEFORE
    + ACCORDING_TO
    + PARTIAL_IN_CLAUSE
    + ACROSS_SENTENCES
    + PRONOUNS_AND_GAPS
    + MORE_FORMS
    + ON_THE_DATE
    + TITLES_AND_RELAYS
)
