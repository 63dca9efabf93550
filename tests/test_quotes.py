"""Quotations and their speakers, on invented sentences in every language."""

from __future__ import annotations

import pytest

from newsdata.pipeline import parse_text

HEADERS = {
    "ro": "Titlu de test despre oraș\nde Redacția Test • 12.03.2026, 10:00\n\n",
    "en": "A test headline about the city\nBy Test Desk\nPublished 10:00 AM EST, March 12, 2026\n\n",
    "fr": "Un titre de test sur la ville\nPar Rédaction Test\nPublié le 12 mars 2026 à 10h00\n\n",
    "de": "Eine Testüberschrift über die Stadt\nVon Test Redaktion\n12.03.2026, 10:00 Uhr\n\n",
    "es": "Un titular de prueba sobre la ciudad\nPor Redacción Prueba\nPublicado: 12/03/2026 10:00\n\n",
    "it": "Un titolo di prova sulla città\ndi Redazione Prova\nPubblicato il 12 marzo 2026 alle 10:00\n\n",
}


def _quotes(language: str, body: str) -> list[tuple[str, str | None]]:
    article = parse_text(HEADERS[language] + body, language=language)
    return [(q.text, q.speaker) for q in article.quotes]


CASES = [
    # 'he told X': the pronoun before the verb speaks, X is who was spoken to; the quote
    # opening the next paragraph with no verb of its own is the same voice
    (
        "en",
        "Fire captain Ossian Threlkeld said crews were exhausted.\n\n"
        "“We lost the ridge in twenty minutes,” he told Harbour Radio.\n\n“I have not seen wind like it.”",
        [("We lost the ridge in twenty minutes,", "Ossian Threlkeld"), ("I have not seen wind like it.", "Ossian Threlkeld")],
    ),
    # the member of an organisation, named after its acronym in brackets or after a rank
    (
        "de",
        "„Die Schleusen bleiben geschlossen“, sagte der Geschäftsführer der Hafengesellschaft Oberweser (HGO), "
        "Lutz Quandtmeyer, am Montag.",
        [("Die Schleusen bleiben geschlossen", "Lutz Quandtmeyer")],
    ),
    (
        "ro",
        "„Drumul rămâne închis până mâine”, a declarat purtătorul de cuvânt al ISU Vrancea, "
        "plutonierul Mircea Vlăsceanu.",
        [("Drumul rămâne închis până mâine", "Mircea Vlăsceanu")],
    ),
    # a role opening the sentence before, with no one introduced by it, is still a person
    (
        "ro",
        "Consilierul Tudor Bârlădeanu a cerut explicații Comisiei Tehnice de Urbanism. Edilul a respins acuzațiile. "
        "„Totul a fost verificat”, a spus acesta.",
        [("Totul a fost verificat", "Tudor Bârlădeanu")],
    ),
    # cue verb after the quote, name after the verb
    (
        "ro",
        "Primarul orașului, Viorel Sârbu, a vorbit luni. „Vom repara toate podurile până în toamnă”, a declarat Viorel Sârbu.",
        [("Vom repara toate podurile până în toamnă", "Viorel Sârbu")],
    ),
    # speaker named in the preceding sentence with a colon
    (
        "ro",
        "Consiliera Ilinca Moraru a declarat la finalul ședinței: „Bugetul nu acoperă întreținerea liniilor noi.”",
        [("Bugetul nu acoperă întreținerea liniilor noi.", "Ilinca Moraru")],
    ),
    # a later reference by role: 'edilul' is the mayor introduced before
    (
        "ro",
        "Primarul Dorin Lazăr a prezentat proiectul în ședință. Apoi a vorbit despre trafic. "
        "„Avem deja acordul ministerului pentru finanțare”, a mai spus edilul.",
        [("Avem deja acordul ministerului pentru finanțare", "Dorin Lazăr")],
    ),
    # English: 'X said', and a role reference ('the lawyer') to a person introduced with that role
    (
        "en",
        "The defence lawyer, Nora Whitcombe, spoke outside the court. “My client will appeal this ruling,” Whitcombe said. "
        "“We never saw the full evidence,” the lawyer added.",
        [
            ("My client will appeal this ruling,", "Nora Whitcombe"),
            ("We never saw the full evidence,", "Nora Whitcombe"),
        ],
    ),
    # a quote with no cue continues the previous speaker's words in the next sentence
    (
        "en",
        "Transit chief Omar Lindqvist said the new buses would arrive in May. “They are already built. "
        "We only wait for the paperwork,” he said.",
        [("They are already built. We only wait for the paperwork,", "Omar Lindqvist")],
    ),
    # French: inverted cue and a role appositive after the verb
    (
        "fr",
        "« Nous ne céderons pas sur les salaires », a déclaré jeudi la secrétaire générale du syndicat, Maëlle Cordier.",
        [("Nous ne céderons pas sur les salaires", "Maëlle Cordier")],
    ),
    # German: 'sagte die Ministerin' refers back to the minister
    (
        "de",
        "Innenministerin Jutta Brennecke besuchte am Montag die Feuerwehr. "
        "„Die Einsatzkräfte haben Großartiges geleistet“, sagte die Ministerin.",
        [("Die Einsatzkräfte haben Großartiges geleistet", "Jutta Brennecke")],
    ),
    # German: surname after the verb
    (
        "de",
        "Hafenmeister Lars Thiessen war seit dem Morgen im Einsatz. „So etwas habe ich noch nie gesehen“, sagte Thiessen.",
        [("So etwas habe ich noch nie gesehen", "Lars Thiessen")],
    ),
    # Spanish: partial quote inside the sentence, subject before the verb
    (
        "es",
        "La consejera de Turismo, Remedios Alarcón, calificó la temporada de «la mejor de la última década» en su comparecencia.",
        [("la mejor de la última década", "Remedios Alarcón")],
    ),
    # Italian: role after the cue verb ('la biologa') with the name in apposition
    (
        "it",
        "«Abbiamo trovato esemplari in tutte le stazioni di campionamento», ha detto la biologa Martina Zennaro.",
        [("Abbiamo trovato esemplari in tutte le stazioni di campionamento", "Martina Zennaro")],
    ),
    # an organisation quoted 'in a statement'
    (
        "en",
        "Harbor Freight Lines said in a statement that “no crew member was injured during the night”.",
        [("no crew member was injured during the night", "Harbor Freight Lines")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_quotes_and_speakers(language: str, body: str, expected: list[tuple[str, str]]) -> None:
    assert _quotes(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        # a title of a work is not a quotation
        ("ro", "Primăria a lansat ieri campania intitulată „Orașul Curat” în toate cartierele."),
        # scare quotes around a word, with no one saying it
        ("en", "The so-called “miracle” treatment was never tested on patients in the region."),
        # a nickname in title case
        ("fr", "La tempête surnommée « Grande Marée » a frappé la côte bretonne hier soir."),
    ],
)
def test_titles_and_scare_quotes_are_not_quotations(language: str, body: str) -> None:
    assert _quotes(language, body) == []


def test_the_company_said_is_the_company_named_before() -> None:
    article = parse_text(
        HEADERS["en"]
        + "Brightwater Mills said on Monday it would close its Leeds plant. Workers were told at a meeting.\n\n"
        '"The decision was not taken lightly," the company said in a statement.',
        language="en",
    )
    assert [q.speaker for q in article.quotes] == ["Brightwater Mills"]


def test_an_organisation_word_after_the_verb_in_german() -> None:
    article = parse_text(
        HEADERS["de"]
        + "Im Tarifstreit der nordhessischen Textilindustrie verhärten sich die Fronten. Der Arbeitgeberverband "
        "Textil Nordhessen wies die Forderung nach acht Prozent mehr Lohn am Dienstag in Kassel zurück.\n\n"
        "Ein Streik sei „völlig unverhältnismäßig und schlecht für alle Beschäftigten“, teilte der Verband mit.",
        language="de",
    )
    assert [q.speaker for q in article.quotes] == ["Arbeitgeberverband Textil Nordhessen"]


def test_an_organisation_named_as_the_object_is_not_the_speaker() -> None:
    article = parse_text(
        HEADERS["es"]
        + "La alcaldesa de Vigo, Marta Souto, encabezó la marcha. La alcaldesa pidió «un plan creíble» "
        "a la dirección de la compañía y anunció que llevará el asunto al pleno.",
        language="es",
    )
    assert [q.speaker for q in article.quotes] == ["Marta Souto"]


def test_a_rank_abbreviation_does_not_end_the_sentence() -> None:
    article = parse_text(
        HEADERS["en"]
        + "The ferry Northern Star ran aground near Harwich on Friday, its operator Seaspan Lines said.\n\n"
        '"The crew is safe and the hull is intact," Coast Guard Lt. Cmdr. Dana Whitlow said at a briefing.',
        language="en",
    )
    assert [q.speaker for q in article.quotes] == ["Dana Whitlow"]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("a-t-elle défendu", True),  # derived from 'a défendu' by the inversion rule
        ("ont-ils expliqué", True),
        ("conclut-il", True),  # a verb ending in a consonant takes no '-t-'
        ("résume-t-elle", True),
        ("a-t-elle mangé", False),  # no rule invents a cue that is not in the data
    ],
)
def test_french_inverted_cues_are_derived_from_the_cue_verbs(form: str, expected: bool) -> None:
    from newsdata.entities.lexicon import lexicon

    assert bool(lexicon("fr").cue_verbs.fullmatch(form)) is expected


def test_an_inverted_cue_attributes_the_quote() -> None:
    body = (
        "La conseillère Odile Maréchal a présenté le budget lundi. "
        "« Nous ne pouvons pas attendre une année de plus », a-t-elle plaidé devant les élus."
    )
    article = parse_text(HEADERS["fr"] + body, language="fr")
    assert [(q.text, q.speaker, q.cue) for q in article.quotes] == [
        ("Nous ne pouvons pas attendre une année de plus", "Odile Maréchal", "a-t-elle plaidé")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("'This was a deliberate attack,' Inspector Kyriakou said.", ["This was a deliberate attack,"]),
        ("She called it 'a cowardly act' on Tuesday.", ["a cowardly act"]),
        ("The workers' union said the '90s were hard and it wasn't fair.", []),  # apostrophes only
        ("Rock 'n' roll never dies, he said.", []),
        # where double marks quote, single ones are nested or apostrophes, never quotes of their own
        ("“We said 'enough',” the mayor told the council's members.", ["We said 'enough',"]),
    ],
)
def test_straight_single_quotes(paragraph: str, expected: list[str]) -> None:
    from newsdata.quotes.marks import find_quote_spans

    assert [paragraph[s.text_start : s.text_end] for s in find_quote_spans(paragraph)] == expected


def test_the_spokesperson_named_after_the_organisation_speaks() -> None:
    body = (
        "„Autocarul a derapat într-o curbă și s-a răsturnat”, a declarat purtătoarea de cuvânt a ISU Vrancea, "
        "Ilinca Moraru."
    )
    assert [speaker for _text, speaker in _quotes("ro", body)] == ["Ilinca Moraru"]


def test_a_role_word_stands_for_the_person_not_the_company_named_since() -> None:
    body = (
        "Le coût a été présenté par l'adjointe aux transports, Maëlle Querné. "
        "Le réseau, exploité par la société Navibus Armor, compte 90 stations.\n\n"
        "« C'est un investissement, pas une dépense », a défendu l'élue devant le conseil."
    )
    assert _quotes("fr", body) == [("C'est un investissement, pas une dépense", "Maëlle Querné")]


def test_a_person_given_a_role_after_a_preposition_can_speak() -> None:
    body = (
        "L'opposition a voté contre. Pour Yannick Le Goff, président du groupe Rennes Solidaire, "
        "la mesure « profite surtout à ceux qui ont déjà les moyens »."
    )
    assert _quotes("fr", body) == [("profite surtout à ceux qui ont déjà les moyens", "Yannick Le Goff")]


UNNAMED = [
    # an indefinite subject introduces someone the article does not name: not the person named before
    (
        "en",
        "Mayor Ossian Threlkeld said the line would reopen.\n\n"
        "A woman who lives by the tracks said she ran outside. “I heard a bang like thunder,” she said.",
        [("I heard a bang like thunder,", None)],
    ),
    (
        "de",
        "Bürgermeisterin Wiebke Harmsen sprach von einem schweren Tag.\n\n"
        "Ein Anwohner war als Erster an der Unfallstelle. „Wir haben die Scheiben eingeschlagen“, sagte der Mann.",
        [("Wir haben die Scheiben eingeschlagen", None)],
    ),
    (
        "it",
        "Il sindaco Ottavio Brancaleoni ha parlato di danni limitati.\n\n"
        "Un pescatore, seduto sul molo, guarda il mare: «Stanotte ho avuto paura davvero».",
        [("Stanotte ho avuto paura davvero", None)],
    ),
    (
        "it",
        "L'assessore Ottavio Brancaleoni ha promesso nuovi fondi.\n\n"
        "«Qui nessuno ci ha avvisato», ha detto un’insegnante della scuola elementare.",
        [("Qui nessuno ci ha avvisato", None)],
    ),
    (
        "es",
        "La alcaldesa Remedios Olavide pidió calma.\n\n"
        "Entre los vecinos desalojados, una jubilada se lo tomaba con calma. «Aquí todo el mundo sabe lo que hace el río», comentó.",
        [("Aquí todo el mundo sabe lo que hace el río", None)],
    ),
    (
        "ro",
        "Primarul Doru Zamfirescu a promis lucrări rapide.\n\n"
        "„De un an trăim în praf și în zgomot”, a spus un vânzător de la o cafenea din centru.",
        [("De un an trăim în praf și în zgomot", None)],
    ),
    # a town's name before the noun, and a German noun's capital, after a named subject
    (
        "en",
        "Mayor Ossian Threlkeld visited the plant on Friday. "
        "“Nobody told us anything until noon,” said a Pinecrest resident who was carrying water.",
        [("Nobody told us anything until noon,", None)],
    ),
    (
        "de",
        "Der Landrat Ewald Brünnig richtete eine Notunterkunft ein. »Um halb zehn hat es gerumst«, "
        "erzählte ein Anwohner aus Copitz.",
        [("Um halb zehn hat es gerumst", None)],
    ),
    # ... but 'according to a statement' is the statement of the organisation named before
    (
        "fr",
        "L'Eurométropole de Vallonne, qui gère la passerelle, a pris la décision de fermeture « par précaution », "
        "selon un communiqué diffusé mercredi.",
        [("par précaution", "Eurométropole de Vallonne")],
    ),
    # ... but a spokesperson speaks for the organisation named with them
    (
        "en",
        "A spokeswoman for Larkfield Power, one of the utilities named, said the company had "
        "“followed every rule that applies” to shut-offs.",
        [("followed every rule that applies", "Larkfield Power")],
    ),
    # ... and a pronoun in the opening phrase names someone already talked about
    (
        "fr",
        "Le patron pêcheur Erwan Kerbrat est inquiet. Selon lui, une baisse de cette ampleur serait fatale. "
        "« Nous ne pourrons pas rembourser », ajoute-t-il.",
        [("Nous ne pourrons pas rembourser", "Erwan Kerbrat")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), UNNAMED)
def test_a_speaker_introduced_without_a_name_is_none(
    language: str, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _quotes(language, body) == expected
