# ruff: noqa: E501  (sentences of content read better whole than split)
"""What the demo workspace says, in each language rmtui speaks.

This is content, not interface: the mentee's profile, keywords, notes, actions and
learning a mentor would have written in that language. It is written per language
(natural, not word for word) and deliberately kept out of the message catalogs in
``rmtui/core/messages``, which hold the sentences of the interface. The session titles
and agendas are not here: the demo plans its sessions from the bundled templates in the
same language. Every language has the same shape (three sessions of six notes at the
same items, the same kinds, the same private notes), so the demo is the same product
whatever language it speaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from rmtui.core.model import NoteKind

#: (minute, item index, kind, text, private); the item is one of the template's six.
DemoNote = tuple[int, int, NoteKind, str, bool]


@dataclass(frozen=True)
class DemoTexts:
    """One language's demo: the profile, keywords (with aliases) and each session's notes."""

    mentee: str
    role: str
    mentee_dept: str
    mentor_dept: str
    expectations: str
    rules: tuple[str, str]
    mentor_expectations: str
    mentee_skills: str
    #: The check-ins of the first two actions, told at the session after each.
    checkins: tuple[str, str]
    #: Seven keywords, each with its other words; the first two are covered.
    keywords: tuple[tuple[str, tuple[str, ...]], ...]
    #: The notes of the three sessions held, in order.
    sessions: tuple[tuple[DemoNote, ...], tuple[DemoNote, ...], tuple[DemoNote, ...]]


EN = DemoTexts(
    mentee="Henk de Vries",
    role="Head of Logistics",
    mentee_dept="Logistics",
    mentor_dept="Corporate Communications",
    expectations="Understand how his teams use social tools; post on LinkedIn himself.",
    rules=(
        "The mentee drives: the mentor never takes the mouse or keyboard.",
        "What is said in the tandem stays in the tandem.",
    ),
    mentor_expectations="See how a warehouse really runs, and how his planners decide in minutes.",
    mentee_skills="Planning under pressure; knows every site manager by name.",
    checkins=(
        "Installed on day one; every notification switched off for now.",
        "Posted twice; the second post got 11 replies.",
    ),
    keywords=(
        ("Yammer", ()),
        ("LinkedIn", ()),
        ("notifications", ()),
        ("privacy", ()),
        ("Twitter", ()),
        ("big data", ()),
        ("IoT", ()),
    ),
    sessions=(
        (
            (
                4,
                0,
                "note",
                "Henk runs 14 warehouses; 35 years at the company, started as a driver.",
                False,
            ),
            (
                24,
                1,
                "highlight",
                "Wants to understand why his planners all use WhatsApp groups.",
                False,
            ),
            (
                38,
                1,
                "mentor-learned",
                "How cross-docking works, and why a truck waiting 20 minutes costs real money.",
                False,
            ),
            (52, 2, "note", "Admits he has never changed a privacy setting anywhere.", True),
            (
                70,
                3,
                "note",
                "Agreed seven keywords; social tools for his planners come first.",
                False,
            ),
            (
                108,
                5,
                "action",
                "Henk: install the Yammer app on his phone before next session.",
                False,
            ),
        ),
        (
            (
                3,
                0,
                "note",
                "Yammer app installed, but he turned off every notification in a panic.",
                False,
            ),
            (16, 1, "note", "Henk uploaded a photo and wrote a two-line bio himself.", False),
            (
                30,
                2,
                "highlight",
                "Found the 'Smart warehouse' community and posted a question on his own.",
                False,
            ),
            (36, 2, "question", "Can my team see what I like or only what I post?", False),
            (
                58,
                3,
                "mentor-learned",
                "The planning team measures everything in pallet-hours.",
                False,
            ),
            (84, 5, "action", "Henk: one post a week in the logistics community.", False),
        ),
        (
            (6, 0, "note", "Two posts in the community, 11 replies. He is proud of it.", False),
            (22, 1, "mentee-learned", "A headline that says what you do beats a job title.", False),
            (
                47,
                3,
                "note",
                "Drafted a post on the new cold-chain hub; will publish Friday.",
                False,
            ),
            (55, 3, "note", "Worried his old boss will comment; keep that between us.", True),
            (
                76,
                4,
                "mentor-learned",
                "Logistics people on LinkedIn share far more data than marketing does.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Henk: publish the cold-chain post and answer every comment within a day.",
                False,
            ),
        ),
    ),
)

NL = DemoTexts(
    mentee="Henk de Vries",
    role="Hoofd Logistiek",
    mentee_dept="Logistiek",
    mentor_dept="Corporate Communicatie",
    expectations="Snappen hoe zijn teams sociale tools gebruiken; zelf berichten op LinkedIn plaatsen.",
    rules=(
        "De mentee stuurt: de mentor raakt nooit muis of toetsenbord aan.",
        "Wat in de tandem gezegd wordt, blijft in de tandem.",
    ),
    mentor_expectations="Zien hoe een magazijn echt draait, en hoe zijn planners in een paar minuten beslissen.",
    mentee_skills="Plannen onder druk; kent elke vestigingsmanager bij naam.",
    checkins=(
        "Meteen de eerste dag geïnstalleerd; alle meldingen staan voorlopig uit.",
        "Twee keer gepost; het tweede bericht kreeg 11 reacties.",
    ),
    keywords=(
        ("Yammer", ()),
        ("LinkedIn", ()),
        ("meldingen", ("notificaties", "notifications")),
        ("privacy", ()),
        ("Twitter", ()),
        ("big data", ()),
        ("IoT", ("internet of things",)),
    ),
    sessions=(
        (
            (
                4,
                0,
                "note",
                "Henk heeft 14 magazijnen onder zich; 35 jaar in dienst, begonnen als chauffeur.",
                False,
            ),
            (
                24,
                1,
                "highlight",
                "Wil snappen waarom al zijn planners in WhatsApp-groepen zitten.",
                False,
            ),
            (
                38,
                1,
                "mentor-learned",
                "Hoe cross-docking werkt, en waarom een vrachtwagen die 20 minuten staat te wachten echt geld kost.",
                False,
            ),
            (
                52,
                2,
                "note",
                "Geeft toe dat hij nog nooit ergens een privacy-instelling heeft aangepast.",
                True,
            ),
            (
                70,
                3,
                "note",
                "Zeven trefwoorden afgesproken; sociale tools voor zijn planners gaan voor.",
                False,
            ),
            (
                108,
                5,
                "action",
                "Henk: de Yammer-app op zijn telefoon zetten, vóór de volgende sessie.",
                False,
            ),
        ),
        (
            (
                3,
                0,
                "note",
                "De Yammer-app staat erop, maar hij zette in paniek alle meldingen uit.",
                False,
            ),
            (
                16,
                1,
                "note",
                "Henk heeft zelf een foto geüpload en een bio van twee regels geschreven.",
                False,
            ),
            (
                30,
                2,
                "highlight",
                "Vond de community 'Slim magazijn' en stelde er op eigen houtje een vraag.",
                False,
            ),
            (36, 2, "question", "Ziet mijn team wat ik like, of alleen wat ik zelf post?", False),
            (58, 3, "mentor-learned", "Het planningsteam drukt alles uit in palleturen.", False),
            (84, 5, "action", "Henk: elke week één bericht in de logistiekcommunity.", False),
        ),
        (
            (
                6,
                0,
                "note",
                "Twee berichten in de community, 11 reacties. Daar is hij trots op.",
                False,
            ),
            (
                22,
                1,
                "mentee-learned",
                "Een kopregel die zegt wat je doet, werkt beter dan een functietitel.",
                False,
            ),
            (
                47,
                3,
                "note",
                "Bericht over de nieuwe koelketenhub opgesteld; gaat vrijdag online.",
                False,
            ),
            (55, 3, "note", "Bang dat zijn oude baas gaat reageren; dat blijft tussen ons.", True),
            (
                76,
                4,
                "mentor-learned",
                "Logistiekers delen op LinkedIn veel meer cijfers dan marketing.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Henk: het koelketenbericht publiceren en elke reactie binnen een dag beantwoorden.",
                False,
            ),
        ),
    ),
)

FR = DemoTexts(
    mentee="Hélène Lefèvre",
    role="Directrice de la logistique",
    mentee_dept="Logistique",
    mentor_dept="Communication corporate",
    expectations="Comprendre comment ses équipes utilisent les outils sociaux ; publier elle-même sur LinkedIn.",
    rules=(
        "La mentorée garde la main : le mentor ne touche jamais la souris ni le clavier.",
        "Ce qui se dit dans le tandem reste dans le tandem.",
    ),
    mentor_expectations="Voir comment tourne vraiment un entrepôt, et comment ses planificateurs tranchent en quelques minutes.",
    mentee_skills="Planifier sous pression ; connaît chaque responsable de site par son prénom.",
    checkins=(
        "Installée dès le premier jour ; notifications coupées pour l'instant.",
        "Deux publications ; la deuxième a reçu 11 réponses.",
    ),
    keywords=(
        ("Yammer", ()),
        ("LinkedIn", ()),
        ("notifications", ()),
        ("confidentialité", ("privacy", "vie privée")),
        ("Twitter", ()),
        ("big data", ("données massives",)),
        ("IoT", ("objets connectés",)),
    ),
    sessions=(
        (
            (
                4,
                0,
                "note",
                "Hélène dirige 14 entrepôts ; 35 ans dans l'entreprise, elle a débuté comme cariste.",
                False,
            ),
            (
                24,
                1,
                "highlight",
                "Veut comprendre pourquoi tous ses planificateurs passent par des groupes WhatsApp.",
                False,
            ),
            (
                38,
                1,
                "mentor-learned",
                "Comment fonctionne le cross-docking, et pourquoi un camion qui attend 20 minutes coûte vraiment cher.",
                False,
            ),
            (
                52,
                2,
                "note",
                "Avoue n'avoir jamais modifié le moindre paramètre de confidentialité.",
                True,
            ),
            (
                70,
                3,
                "note",
                "Sept mots-clés retenus ; les outils sociaux de ses planificateurs passent en premier.",
                False,
            ),
            (
                108,
                5,
                "action",
                "Hélène : installer l'application Yammer sur son téléphone avant la prochaine séance.",
                False,
            ),
        ),
        (
            (
                3,
                0,
                "note",
                "Application Yammer installée, mais elle a coupé toutes les notifications dans la panique.",
                False,
            ),
            (
                16,
                1,
                "note",
                "Hélène a mis une photo en ligne et rédigé seule une bio de deux lignes.",
                False,
            ),
            (
                30,
                2,
                "highlight",
                "A trouvé la communauté « Entrepôt intelligent » et y a posé une question d'elle-même.",
                False,
            ),
            (
                36,
                2,
                "question",
                "Mon équipe voit-elle ce que j'aime, ou seulement ce que je publie ?",
                False,
            ),
            (
                58,
                3,
                "mentor-learned",
                "L'équipe de planification compte tout en heures-palettes.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Hélène : une publication par semaine dans la communauté logistique.",
                False,
            ),
        ),
        (
            (
                6,
                0,
                "note",
                "Deux publications dans la communauté, 11 réponses. Elle en est fière.",
                False,
            ),
            (
                22,
                1,
                "mentee-learned",
                "Un titre qui dit ce que l'on fait vaut mieux qu'un intitulé de poste.",
                False,
            ),
            (
                47,
                3,
                "note",
                "Brouillon d'un post sur la nouvelle plateforme froid ; publication vendredi.",
                False,
            ),
            (
                55,
                3,
                "note",
                "Craint que son ancien patron ne commente ; cela reste entre nous.",
                True,
            ),
            (
                76,
                4,
                "mentor-learned",
                "Sur LinkedIn, les logisticiens partagent bien plus de chiffres que le marketing.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Hélène : publier le post sur la plateforme froid et répondre à chaque commentaire sous 24 heures.",
                False,
            ),
        ),
    ),
)

DE = DemoTexts(
    mentee="Jürgen Großmann",
    role="Leiter Logistik",
    mentee_dept="Logistik",
    mentor_dept="Unternehmenskommunikation",
    expectations="Verstehen, wie seine Teams soziale Tools nutzen; selbst auf LinkedIn posten.",
    rules=(
        "Der Mentee bedient selbst: Der Mentor fasst nie Maus oder Tastatur an.",
        "Was im Tandem gesagt wird, bleibt im Tandem.",
    ),
    mentor_expectations="Sehen, wie ein Lager wirklich läuft und wie seine Disponenten in wenigen Minuten entscheiden.",
    mentee_skills="Planen unter Druck; kennt jeden Standortleiter beim Namen.",
    checkins=(
        "Gleich am ersten Tag installiert; Benachrichtigungen vorerst alle aus.",
        "Zweimal gepostet; der zweite Beitrag bekam 11 Antworten.",
    ),
    keywords=(
        ("Yammer", ()),
        ("LinkedIn", ()),
        ("Benachrichtigungen", ("Notifications",)),
        ("Datenschutz", ("Privacy", "Privatsphäre")),
        ("Twitter", ()),
        ("Big Data", ()),
        ("IoT", ("Internet der Dinge",)),
    ),
    sessions=(
        (
            (
                4,
                0,
                "note",
                "Jürgen verantwortet 14 Lager; seit 35 Jahren im Unternehmen, als Fahrer angefangen.",
                False,
            ),
            (
                24,
                1,
                "highlight",
                "Will verstehen, warum alle seine Disponenten WhatsApp-Gruppen nutzen.",
                False,
            ),
            (
                38,
                1,
                "mentor-learned",
                "Wie Cross-Docking funktioniert und warum ein Lkw, der 20 Minuten wartet, richtig Geld kostet.",
                False,
            ),
            (
                52,
                2,
                "note",
                "Gibt zu, dass er noch nie irgendwo eine Einstellung zum Datenschutz geändert hat.",
                True,
            ),
            (
                70,
                3,
                "note",
                "Sieben Stichwörter vereinbart; soziale Tools für seine Disponenten haben Vorrang.",
                False,
            ),
            (
                108,
                5,
                "action",
                "Jürgen: die Yammer-App bis zur nächsten Sitzung aufs Handy laden.",
                False,
            ),
        ),
        (
            (
                3,
                0,
                "note",
                "Die Yammer-App ist installiert, aber er hat in Panik alle Benachrichtigungen abgeschaltet.",
                False,
            ),
            (
                16,
                1,
                "note",
                "Jürgen hat selbst ein Foto hochgeladen und zwei Zeilen über sich geschrieben.",
                False,
            ),
            (
                30,
                2,
                "highlight",
                "Hat die Community „Smartes Lager“ gefunden und dort von sich aus eine Frage gestellt.",
                False,
            ),
            (
                36,
                2,
                "question",
                "Sieht mein Team, was ich like, oder nur, was ich selbst poste?",
                False,
            ),
            (58, 3, "mentor-learned", "Die Disposition rechnet alles in Palettenstunden.", False),
            (84, 5, "action", "Jürgen: ein Beitrag pro Woche in der Logistik-Community.", False),
        ),
        (
            (
                6,
                0,
                "note",
                "Zwei Beiträge in der Community, 11 Antworten. Darauf ist er stolz.",
                False,
            ),
            (
                22,
                1,
                "mentee-learned",
                "Eine Profilzeile, die sagt, was man tut, schlägt jeden Jobtitel.",
                False,
            ),
            (
                47,
                3,
                "note",
                "Beitrag über das neue Kühlkettenzentrum entworfen; geht Freitag online.",
                False,
            ),
            (
                55,
                3,
                "note",
                "Fürchtet, dass sein früherer Chef kommentiert; bleibt unter uns.",
                True,
            ),
            (
                76,
                4,
                "mentor-learned",
                "Logistiker teilen auf LinkedIn weit mehr Zahlen als das Marketing.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Jürgen: den Kühlketten-Beitrag veröffentlichen und jeden Kommentar binnen eines Tages beantworten.",
                False,
            ),
        ),
    ),
)

PL = DemoTexts(
    mentee="Małgorzata Wójcik",
    role="Dyrektorka ds. logistyki",
    mentee_dept="Logistyka",
    mentor_dept="Komunikacja korporacyjna",
    expectations="Zrozumieć, jak jej zespoły korzystają z narzędzi społecznościowych; samodzielnie publikować na LinkedInie.",
    rules=(
        "Mentee prowadzi: mentor nigdy nie dotyka myszy ani klawiatury.",
        "To, co zostało powiedziane w tandemie, zostaje w tandemie.",
    ),
    mentor_expectations="Zobaczyć, jak naprawdę działa magazyn i jak jej planiści podejmują decyzje w kilka minut.",
    mentee_skills="Planowanie pod presją; zna z imienia każdego kierownika oddziału.",
    checkins=(
        "Zainstalowana pierwszego dnia; powiadomienia na razie wyłączone.",
        "Dwa posty; drugi dostał 11 odpowiedzi.",
    ),
    keywords=(
        ("Yammer", ()),
        ("LinkedIn", ("LinkedInie",)),
        ("powiadomienia", ("notifications",)),
        ("prywatność", ("privacy", "prywatności")),
        ("Twitter", ()),
        ("big data", ()),
        ("IoT", ("internet rzeczy",)),
    ),
    sessions=(
        (
            (
                4,
                0,
                "note",
                "Małgorzata kieruje 14 magazynami; 35 lat w firmie, zaczynała jako kierowca.",
                False,
            ),
            (
                24,
                1,
                "highlight",
                "Chce zrozumieć, dlaczego wszyscy jej planiści korzystają z grup na WhatsAppie.",
                False,
            ),
            (
                38,
                1,
                "mentor-learned",
                "Jak działa cross-docking i dlaczego każde 20 minut postoju ciężarówki to realny koszt.",
                False,
            ),
            (
                52,
                2,
                "note",
                "Przyznaje, że nigdy nie zmieniła żadnego ustawienia prywatności.",
                True,
            ),
            (
                70,
                3,
                "note",
                "Ustalono siedem słów kluczowych; narzędzia społecznościowe dla jej planistów mają pierwszeństwo.",
                False,
            ),
            (
                108,
                5,
                "action",
                "Małgorzata: zainstalować aplikację Yammer na telefonie przed następną sesją.",
                False,
            ),
        ),
        (
            (
                3,
                0,
                "note",
                "Aplikacja Yammer zainstalowana, ale w panice wyłączyła wszystkie powiadomienia.",
                False,
            ),
            (16, 1, "note", "Małgorzata sama dodała zdjęcie i napisała dwuzdaniowy opis.", False),
            (
                30,
                2,
                "highlight",
                "Znalazła społeczność „Inteligentny magazyn” i sama zadała tam pytanie.",
                False,
            ),
            (
                36,
                2,
                "question",
                "Czy mój zespół widzi, co polubiłam, czy tylko to, co publikuję?",
                False,
            ),
            (58, 3, "mentor-learned", "Zespół planowania liczy wszystko w paletogodzinach.", False),
            (
                84,
                5,
                "action",
                "Małgorzata: jeden post tygodniowo w społeczności logistyków.",
                False,
            ),
        ),
        (
            (6, 0, "note", "Dwa posty w społeczności, 11 odpowiedzi. Jest z tego dumna.", False),
            (
                22,
                1,
                "mentee-learned",
                "Nagłówek mówiący, czym się zajmujesz, działa lepiej niż nazwa stanowiska.",
                False,
            ),
            (47, 3, "note", "Szkic posta o nowym centrum chłodniczym; publikacja w piątek.", False),
            (55, 3, "note", "Obawia się komentarza byłego szefa; to zostaje między nami.", True),
            (
                76,
                4,
                "mentor-learned",
                "Logistycy publikują na LinkedInie znacznie więcej danych niż marketing.",
                False,
            ),
            (
                84,
                5,
                "action",
                "Małgorzata: opublikować post o centrum chłodniczym i odpowiadać na każdy komentarz w ciągu doby.",
                False,
            ),
        ),
    ),
)

#: The demo in each language rmtui speaks (``rmtui.core.i18n.LANGUAGES``).
TEXTS: dict[str, DemoTexts] = {"en": EN, "nl": NL, "fr": FR, "de": DE, "pl": PL}
