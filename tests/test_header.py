"""Header layouts from many kinds of outlet, with expectations worked out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from newsdata.pipeline import parse_text

EN_BODY = (
    "The council voted on Tuesday to approve the new budget after a long debate that lasted well into "
    "the night, officials said.\n\nOpposition members criticised the plan, arguing that it did not include "
    "enough money for schools and public transport in the city."
)
DE_BODY = (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt für das kommende Jahr "
    "beschlossen, wie die Verwaltung mitteilte.\n\nDie Opposition kritisierte den Plan, weil er nicht genug "
    "Geld für Schulen und den öffentlichen Nahverkehr in der Stadt vorsehe."
)
FR_BODY = (
    "Le conseil municipal a approuvé mardi le nouveau budget après un long débat qui a duré jusque tard "
    "dans la nuit, selon les services de la ville.\n\nL'opposition a critiqué le projet, estimant qu'il ne "
    "prévoyait pas assez d'argent pour les écoles et les transports publics."
)
ES_BODY = (
    "El pleno del ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate que se prolongó "
    "hasta bien entrada la noche, según fuentes municipales.\n\nLa oposición criticó el plan porque, a su "
    "juicio, no incluye suficiente dinero para los colegios y el transporte público."
)
IT_BODY = (
    "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito che è durato "
    "fino a tarda notte, secondo quanto riferito dal Comune.\n\nL'opposizione ha criticato il piano, "
    "sostenendo che non prevede abbastanza fondi per le scuole e per il trasporto pubblico della città."
)
RO_BODY = (
    "Consiliul local a aprobat marți noul buget după o dezbatere lungă care a durat până noaptea târziu, "
    "au anunțat reprezentanții primăriei.\n\nOpoziția a criticat planul, susținând că nu prevede suficienți "
    "bani pentru școli și pentru transportul public din oraș."
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "uk-breadcrumb-gmt",
        "Home › News › Politics\n\nCity council approves budget after marathon session\n\nBy Ana Lopes, Reuters\n"
        "Tuesday 3 March 2026 14.05 GMT\nLast modified on Tuesday 3 March 2026 16.40 GMT\n\n"
        "Councillors in the main chamber. Photograph: Tom Reed/Reuters\n\n" + EN_BODY,
        {
            "language": "en",
            "published": "2026-03-03T14:05:00+00:00",
            "modified": "2026-03-03T16:40:00+00:00",
            "authors": ["Ana Lopes"],
            "photos": [("Councillors in the main chamber.", "Tom Reed/Reuters")],
        },
    ),
    (
        "us-kicker-three-authors",
        "WORLD\nCity council approves budget after marathon session\n"
        "March 3rd, 2026 at 9:05 a.m. EST | Updated 11:20 a.m. EST\nBy Ana Lopes, Ben Carter and Chloe Diaz\n"
        "5 min read\n\n" + EN_BODY,
        {
            "published": "2026-03-03T09:05:00-05:00",
            "modified": "2026-03-03T11:20:00-05:00",
            "reading_time_minutes": 5,
            "authors": ["Ana Lopes", "Ben Carter", "Chloe Diaz"],
            "photos": [],
        },
    ),
    (
        "uk-url-country-cue-caption-without-credit",
        "https://www.example.co.uk/news/budget\nCity council approves budget after marathon session\n"
        "Published: 30/03/2026 09:15\n"
        "Photo: The main chamber of the city hall during the vote on Tuesday evening.\n\n" + EN_BODY,
        {
            "published": "2026-03-30T09:15:00+01:00",
            "modified": None,
            "authors": [],
            "photos": [("The main chamber of the city hall during the vote on Tuesday evening.", None)],
        },
    ),
    (
        "us-name-before-date-generic-zone",
        "City council approves budget after marathon session\nAna Lopes | 3/9/2026 4:18 PM ET\n© Jane Doe\n\n"
        + EN_BODY,
        {"published": "2026-03-09T16:18:00-04:00", "authors": ["Ana Lopes"], "photos": [(None, "Jane Doe")]},
    ),
    (
        "de-weekday-uhr-stand-bild",
        "Politik\nStadtrat beschließt Haushalt nach langer Sitzung\n"
        "Veröffentlicht am Mittwoch, 29. Oktober 2025, 16:18 Uhr\nStand: 29.10.2025, 18:02 Uhr\n"
        "Von Lena Brandt und Tobias Kern, dpa\nLesedauer: 2 Minuten\n"
        "Der Sitzungssaal am Abend. (Bild: picture alliance/dpa)\n\n" + DE_BODY,
        {
            "language": "de",
            "headline": "Stadtrat beschließt Haushalt nach langer Sitzung",
            "published": "2025-10-29T16:18:00+01:00",
            "modified": "2025-10-29T18:02:00+01:00",
            "reading_time_minutes": 2,
            "authors": ["Lena Brandt", "Tobias Kern"],
            "photos": [("Der Sitzungssaal am Abend.", "picture alliance/dpa")],
        },
    ),
    (
        "fr-1er-and-time-only-update",
        "Le conseil municipal adopte le budget après une longue séance\nPar Julie Martin et Paul Girard\n"
        "Publié le mercredi 1er avril 2026 à 14h05 - Mis à jour à 16h30\nLecture 3 min.\n"
        "La salle du conseil municipal mardi soir. © Jean Dupont / AFP\n\n" + FR_BODY,
        {
            "language": "fr",
            "published": "2026-04-01T14:05:00+02:00",
            "modified": "2026-04-01T16:30:00+02:00",
            "reading_time_minutes": 3,
            "authors": ["Julie Martin", "Paul Girard"],
            "photos": [("La salle du conseil municipal mardi soir.", "Jean Dupont / AFP")],
        },
    ),
    (
        "es-weekday-de-month",
        "El ayuntamiento aprueba los presupuestos tras una larga sesión\nPor Marta Gil y Luis Pardo\n"
        "martes, 3 de marzo de 2026, 09:05 h\nActualizado: 03/03/2026 - 11:40 h\n"
        "El salón de plenos, durante la votación. / Foto: Europa Press\n\n" + ES_BODY,
        {
            "language": "es",
            "published": "2026-03-03T09:05:00+01:00",
            "modified": "2026-03-03T11:40:00+01:00",
            "authors": ["Marta Gil", "Luis Pardo"],
            "photos": [("El salón de plenos, durante la votación.", "Europa Press")],
        },
    ),
    (
        "it-dst-end-and-dot-clock",
        "Il Comune approva il bilancio dopo una lunga seduta\ndi Marco Rossi e Anna Bianchi\n"
        "25 ottobre 2026 ore 12.30 - Ultimo aggiornamento: 26 ottobre 2026 ore 09.10\n"
        "La sala del consiglio comunale (Foto: LaPresse)\n\n" + IT_BODY,
        {
            "language": "it",
            "published": "2026-10-25T12:30:00+01:00",
            "modified": "2026-10-26T09:10:00+01:00",
            "authors": ["Marco Rossi", "Anna Bianchi"],
            "photos": [("La sala del consiglio comunale", "LaPresse")],
        },
    ),
    (
        "ro-prefix-noise-and-credit-on-own-line",
        "date 2026-03-30 Consiliul local a aprobat bugetul după o ședință maraton\nAutor: Andrei Popescu\n"
        "luni, 30 martie 2026, 10:15\nActualizat: 30.03.2026, 12:40\nTimp de citire: 2 minute\n"
        "Sala de ședințe a Consiliului Local\nFOTO: Inquam Photos / George Călin\n\n" + RO_BODY,
        {
            "language": "ro",
            "headline": "Consiliul local a aprobat bugetul după o ședință maraton",
            "published": "2026-03-30T10:15:00+03:00",
            "modified": "2026-03-30T12:40:00+03:00",
            "reading_time_minutes": 2,
            "authors": ["Andrei Popescu"],
            "photos": [("Sala de ședințe a Consiliului Local", "Inquam Photos / George Călin")],
        },
    ),
    (
        "ro-everything-on-one-line",
        "Consiliul local a aprobat bugetul\n\n2 minute de citit Publicat la 23:10 28 Mar 2026 "
        "Modificat la 09:05 29 Mar 2026\n\n" + RO_BODY,
        {
            "published": "2026-03-28T23:10:00+02:00",
            "modified": "2026-03-29T09:05:00+03:00",
            "reading_time_minutes": 2,
            "authors": [],
            "photos": [],
        },
    ),
    (
        "no-date-no-byline-no-photo",
        "Consiliul local a aprobat bugetul\n\n" + RO_BODY,
        {"published": None, "modified": None, "reading_time_minutes": None, "authors": [], "photos": []},
    ),
    (
        "label-on-its-own-line",
        "Stadtrat beschließt Haushalt\nAktualisiert:\n27.10.2025, 11:40 Uhr\nVeröffentlicht:\n"
        "27.10.2025, 09:14 Uhr\n\n" + DE_BODY,
        {"published": "2025-10-27T09:14:00+01:00", "modified": "2025-10-27T11:40:00+01:00"},
    ),
    # a copy-paste keeps a menu's cells apart by wide gaps only
    (
        "spaced-menu-and-cookie-buttons",
        "DER TALBOTE\nStadt   Region   Wirtschaft   Kultur   Sport\nAnmelden   Abo\n"
        "Alle akzeptieren    Nur notwendige    Einstellungen\n\n"
        "Stadtrat beschließt Haushalt nach langer Debatte\n\nStand: 27.10.2025, 11:40 Uhr\n\n" + DE_BODY,
        {"headline": "Stadtrat beschließt Haushalt nach langer Debatte", "authors": []},
    ),
    (
        "icons-in-a-spaced-menu",
        "☰ Menú     🔍 Buscar\nEl Heraldo del Valle\nNoticias de la comarca y la sierra\nInicio / Comarca / Sierra\n\n"
        "El pleno aprueba el presupuesto tras un debate de nueve horas\n\n"
        "Por: Rosaura Quintanilla Pereda\n3 de diciembre de 2025 - 6:45 p. m.\n\n" + ES_BODY,
        {
            "headline": "El pleno aprueba el presupuesto tras un debate de nueve horas",
            "authors": ["Rosaura Quintanilla Pereda"],
        },
    ),
    # a news ticker and a call to subscribe above the headline are not it
    (
        "ticker-and-subscription-prompt",
        "ULTIMA ORĂ: Ninsori abundente în toată țara până duminică\n"
        "Abonează-te acum pentru doar 5 lei pe lună\n\n"
        "Consiliul local a aprobat bugetul pe anul viitor\n\n14.08.2025 19:22\nRedactor: Tiberiu Olaru\n\n"
        + RO_BODY,
        {
            "headline": "Consiliul local a aprobat bugetul pe anul viitor",
            "published": "2025-08-14T19:22:00+03:00",
            "authors": ["Tiberiu Olaru"],
        },
    ),
    # an archive's record: upper-case field names, the headline in its own field
    (
        "upper-case-export-record",
        "==================== RECORD 0457 ====================\nDOC_ID: HR-20251118-0457\n"
        "SOURCE: The Harbor Register\nSECTION: City\n"
        "HEADLINE: City council approves budget after marathon session\n"
        "BYLINE: Odalys Brennecke, Staff Writer\nPUBDATE: 11/18/2025 2:05 PM EST\n"
        "PHOTO CREDIT: Wes Tamura / The Harbor Register\nTEXT:\n" + EN_BODY,
        {
            "headline": "City council approves budget after marathon session",
            "authors": ["Odalys Brennecke"],
            "published": "2025-11-18T14:05:00-05:00",
        },
    ),
    (
        "ascii-headline-field",
        "ID_NOTA: EDS-0457\nMEDIO: El Heraldo del Valle\nSECCION: Campo\nFECHA: 18/11/2025\nHORA: 14:05\n"
        "AUTOR: Casimiro Lejárraga\nTITULO: El pleno aprueba el presupuesto tras un debate de nueve horas\n"
        "CUERPO:\n" + ES_BODY,
        {"headline": "El pleno aprueba el presupuesto tras un debate de nueve horas", "authors": ["Casimiro Lejárraga"]},
    ),
    # a name under the date, and the desk under the name
    (
        "name-and-role-under-the-date",
        "City council approves budget after marathon session\nThu Jul 3 2025 - 06:00\n"
        "Fionnuala Ní Dhubhghaill\nPolitical Correspondent\n\n" + EN_BODY,
        {"authors": ["Fionnuala Ní Dhubhghaill"], "headline": "City council approves budget after marathon session"},
    ),
    # names with particles, then the outlet, on a bare byline line
    (
        "bare-byline-with-particles-and-outlet",
        "El pleno aprueba el presupuesto tras un debate de nueve horas\n"
        "Ximena Ruiz de la Fuente y Aurelio Cantú | Diario del Bajío\n07 de abril de 2026 · 18:32 hrs.\n\n"
        + ES_BODY,
        {"authors": ["Ximena Ruiz de la Fuente", "Aurelio Cantú"]},
    ),
    # a wire signature at the end, the author among the desk's credits
    (
        "bracketed-footer-byline",
        "Consiliul local a aprobat bugetul pe anul viitor\n03-12-2025 11:42:07\n\n"
        + RO_BODY
        + "\n\nAGENȚIA NORD (autor: Petronela Cazacu, editor: Mihai Vornicu)",
        {"authors": ["Petronela Cazacu"]},
    ),
    # photos: a credit in brackets with no marker, a numbered marker, an export's two fields
    (
        "unmarked-bracketed-credits",
        "City council approves budget after marathon session\nBy Ana Lopes\nMarch 3, 2026\n\n"
        "Councillors leave the main chamber after the vote on Tuesday night. (Wes Tamura/The Harbor Register)\n\n"
        + EN_BODY
        + "\n\nProtesters waited outside the city hall until the early hours. (Ines Orloff for The Harbor Register)",
        {
            "photos": [
                ("Councillors leave the main chamber after the vote on Tuesday night.", "Wes Tamura/The Harbor Register"),
                ("Protesters waited outside the city hall until the early hours.", "Ines Orloff for The Harbor Register"),
            ]
        },
    ),
    (
        "numbered-photo-markers",
        "Stadtrat beschließt Haushalt nach langer Debatte\nStand: 27.10.2025, 11:40 Uhr\n\n"
        "Bild 1:    Die Stadträte nach der Abstimmung im Rathaus. (Keystone/Reto Amsler)\n\n" + DE_BODY,
        {"photos": [("Die Stadträte nach der Abstimmung im Rathaus.", "Keystone/Reto Amsler")]},
    ),
    (
        "export-illustration-fields",
        "Le conseil vote le budget\n03/12/2026 09:12\n"
        "ILLUSTRATION_1: Les élus quittent la salle du conseil, mardi soir. || CRÉDIT: Agence Sud / Lina Ferrand\n\n"
        + FR_BODY,
        {"photos": [("Les élus quittent la salle du conseil, mardi soir.", "Agence Sud / Lina Ferrand")]},
    ),
    # a site's labels ('Author:', 'Posted:') make no export record, so 'CREDIT:' is a reader's label
    (
        "reader-labels-are-no-record",
        "City council approves budget after marathon session\n\nAuthor: Dana Whitcombe\n"
        "Posted: March 3, 2026 at 7:00 p.m.\nUpdated 7:01 p.m.\n\n"
        "CREDIT: Reuters — Buses parked at the depot on Wednesday evening.\n\n" + EN_BODY,
        {"photos": [("Buses parked at the depot on Wednesday evening.", "Reuters")], "authors": ["Dana Whitcombe"]},
    ),
    # 'Source : AFP' under the date names the story's agency, not a photo's
    (
        "text-source-is-not-a-photo",
        "Le conseil vote le budget\n\nPublié le 04.12.2025 à 16:42\nSource : AFP\n\n" + FR_BODY,
        {"photos": []},
    ),
    # the kicker nearest the headline places the story, not a masthead's region word
    (
        "nearest-kicker-places-the-story",
        "≡   OUEST LITTORAL   🔍\n\nLorient\nLe conseil vote le budget après un long débat\n"
        "Le 16/06/2026 à 19:02\n\n" + FR_BODY,
        {"published": "2026-06-16T19:02:00+02:00"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_header_layout(text: str, expected: dict[str, Any]) -> None:
    article = parse_text(text).model_dump(mode="json")
    got: dict[str, Any] = {
        "language": article["language"],
        "headline": article["headline"],
        "published": article["published"] and article["published"].replace("Z", "+00:00"),
        "modified": article["modified"] and article["modified"].replace("Z", "+00:00"),
        "reading_time_minutes": article["reading_time_minutes"],
        "authors": [a["name"] for a in article["authors"]],
        "photos": [(p["caption"], p["credit"]) for p in article["photos"]],
    }
    assert {k: got[k] for k in expected} == expected


def test_header_lines_are_not_in_the_body() -> None:
    article = parse_text(CASES[0][1])
    assert article.body[0].startswith("The council voted")
    assert not any("Photograph" in p or "By Ana" in p for p in article.body)


def test_a_long_headline_and_a_standfirst_do_not_end_the_header() -> None:
    text = (
        "Los transportistas del puerto cerraron el acuerdo salarial con la patronal tras una noche de negociación "
        "y levantaron el paro\n\n"
        "El acuerdo se firmó en la sede del ministerio tras una reunión de más de nueve horas y prevé un bono "
        "extraordinario para el mes de junio.\n\n"
        "Por Ramiro Etcheverry\n15 de mayo de 2026 · 19:05\n\n" + ES_BODY
    )
    article = parse_text(text, language="es")
    assert [a.name for a in article.authors] == ["Ramiro Etcheverry"]
    assert article.published is not None and article.published.isoformat().startswith("2026-05-15T19:05")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a US dateline in Central time, in November: the outlet prints its own clock
        (
            "en",
            "Nurses walk out at four city hospitals\nPublished Nov. 3, 2025 at 5:45 a.m.\n\nMINNEAPOLIS — " + EN_BODY,
            "2025-11-03T05:45:00-06:00",
        ),
        # 'IST' is India's when the story is told from India
        (
            "en",
            "Battery maker to build plant near the city\nPune | Published on: Jan 22, 2026 18:40 IST\n\n" + EN_BODY,
            "2026-01-22T18:40:00+05:30",
        ),
        # a place abroad says nothing of the outlet's clock: the language's territory stands
        (
            "ro",
            "Negocieri noi la Paris\nde Redacția Test • 08.01.2026, 21:59\n\nPARIS – " + RO_BODY,
            "2026-01-08T21:59:00+02:00",
        ),
    ],
)
def test_the_story_s_place_gives_the_outlet_s_clock(language: str, text: str, expected: str) -> None:
    article = parse_text(text, language=language)
    assert article.published is not None and article.published.isoformat() == expected


def test_a_menu_row_is_not_the_headline() -> None:
    text = "Home | UK | World | Politics | Climate\n\nFloods close the coast road for a second day\n\n" + EN_BODY
    assert parse_text(text, language="en").headline == "Floods close the coast road for a second day"


def test_a_city_keeps_its_own_zone() -> None:
    from newsdata import gazetteer

    assert gazetteer.city_zone("Chicago", "US") == "America/Chicago"
    assert gazetteer.city_zone("Madrid", "ES") is None  # the country's main zone needs no row


@pytest.mark.parametrize(
    ("language", "byline", "expected"),
    [
        ("en", "By Dana Whitfield and Omar Castellanos | Lakeside Courier", ["Dana Whitfield", "Omar Castellanos"]),
        ("de", "Von unserem Redakteur Jannik Sommerfeld", ["Jannik Sommerfeld"]),
        ("fr", "Auteur(s) : Lucie Vermandois ; Paul Orsini", ["Lucie Vermandois", "Paul Orsini"]),
        ("de", "Maren Kohlhase, Tobias Renner", ["Maren Kohlhase", "Tobias Renner"]),
        ("es", "Autor: Itziar Mendiburu | San Sebastián", ["Itziar Mendiburu"]),
    ],
)
def test_byline_forms(language: str, byline: str, expected: list[str]) -> None:
    bodies = {"en": EN_BODY, "de": DE_BODY, "fr": FR_BODY, "es": ES_BODY}
    text = f"Ein Titel über die Stadt und ihre Pläne\n\n{byline}\n12.03.2026, 10:00\n\n{bodies[language]}"
    assert [a.name for a in parse_text(text, language=language).authors] == expected


def test_a_byline_and_dateline_under_the_text() -> None:
    text = (
        "Il porto riapre dopo lo sciopero\n\n" + IT_BODY + "\n\nSassari, 2 settembre 2025 - ore 18:20\n"
        "Articolo di Lorenza Pittalis\n\nRiproduzione riservata ©\n\nCommenta | Condividi su Facebook"
    )
    article = parse_text(text, language="it")
    assert [a.name for a in article.authors] == ["Lorenza Pittalis"]
    assert article.published is not None and article.published.isoformat() == "2025-09-02T18:20:00+02:00"
    assert not any("Pittalis" in p for p in article.body)


@pytest.mark.parametrize(
    ("language", "photo_lines", "expected"),
    [
        (
            "de",
            "Leere Bahnsteige am Dienstagmorgen am Hauptbahnhof.\nBild: picture alliance/dpa | Jana Roeder",
            ("Leere Bahnsteige am Dienstagmorgen am Hauptbahnhof.", "picture alliance/dpa | Jana Roeder"),
        ),
        (
            "en",
            "Fire crews outside the studio on Barkly Street. Picture by Tom Hallett",
            ("Fire crews outside the studio on Barkly Street.", "Tom Hallett"),
        ),
        (
            "fr",
            "Image : « Les salariés ont voté la reprise du travail vendredi matin. » (crédit : Rémi Vasseur)",
            ("Les salariés ont voté la reprise du travail vendredi matin.", "Rémi Vasseur"),
        ),
        (
            "en",
            "(Photo courtesy: Northgate Cells)\nThe company's chief executive at the factory site on Thursday.",
            ("The company's chief executive at the factory site on Thursday.", "Northgate Cells"),
        ),
    ],
)
def test_photo_forms(language: str, photo_lines: str, expected: tuple[str, str]) -> None:
    assert _photos_under_header(language, photo_lines) == [expected]


BODIES = {"en": EN_BODY, "de": DE_BODY, "fr": FR_BODY, "es": ES_BODY, "it": IT_BODY, "ro": RO_BODY}


def _photos_under_header(language: str, photo_lines: str) -> list[tuple[str | None, str | None]]:
    text = f"A headline about the town hall and its plans\n\n12.03.2026, 10:00\n\n{photo_lines}\n\n{BODIES[language]}"
    return [(p.caption, p.credit) for p in parse_text(text, language=language).photos]


def test_a_credit_line_owns_the_caption_printed_against_it() -> None:
    second_photo = "Foto: Lena Brandt / Keystone\nDie Stadträtin am Sonntagnachmittag im Stadthaus."
    text = (
        "Eine Überschrift über die Abstimmung in der Stadt\n\n14.06.2026, 17.45 Uhr\n\n"
        + DE_BODY
        + "\n\nDer Stadtrat hatte die Vorlage im Januar knapp gutgeheissen, die Gegner sammelten Unterschriften.\n\n"
        + second_photo
        + "\n\nDie Abstimmung war die dritte zu diesem Thema in zehn Jahren."
    )
    photos = parse_text(text, language="de").photos
    assert ("Die Stadträtin am Sonntagnachmittag im Stadthaus.", "Lena Brandt / Keystone") in [
        (p.caption, p.credit) for p in photos
    ]


def test_a_title_label_is_not_part_of_the_headline() -> None:
    text = "Titre : Les dockers signent un accord\n\n12.03.2026, 10:00\n\n" + FR_BODY
    assert parse_text(text, language="fr").headline == "Les dockers signent un accord"


def test_a_time_printed_alone_is_on_the_other_stamp_s_day() -> None:
    text = (
        "Firebomb attack guts community radio station\n\nBec Thornbury\n"
        "Updated February 11 2026 - 2:37pm, first published 11:05am\n\nMELBOURNE — " + EN_BODY
    )
    article = parse_text(text, language="en")
    assert article.published is not None and article.published.isoformat() == "2026-02-11T11:05:00+11:00"
    assert article.modified is not None and article.modified.isoformat() == "2026-02-11T14:37:00+11:00"


@pytest.mark.parametrize(
    ("language", "photo_lines", "expected"),
    [
        (
            "en",
            "Nurses picket outside Riverside Hospital on Monday morning. (Carla Mendes/Lakeside Courier)",
            ("Nurses picket outside Riverside Hospital on Monday morning.", "Carla Mendes/Lakeside Courier"),
        ),
        (
            "es",
            "El exgerente, a su llegada a la Audiencia Provincial en octubre. PACO LOZANO (EFE)",
            ("El exgerente, a su llegada a la Audiencia Provincial en octubre.", "PACO LOZANO (EFE)"),
        ),
        (
            "es",
            "Vecinos en la plaza del Carmen de Teruel, este domingo. EFE/Ainhoa Lizarralde",
            ("Vecinos en la plaza del Carmen de Teruel, este domingo.", "EFE/Ainhoa Lizarralde"),
        ),
        (
            "de",
            "Ein Bus der Stadtwerke am Königsplatz. dpa/Karl-Josef Hildenbrand",
            ("Ein Bus der Stadtwerke am Königsplatz.", "dpa/Karl-Josef Hildenbrand"),
        ),
        (
            "fr",
            "La candidate a célébré sa victoire dimanche soir.\nPHOTO JULIE PARENT, LE COURRIER DU SUD",
            ("La candidate a célébré sa victoire dimanche soir.", "JULIE PARENT, LE COURRIER DU SUD"),
        ),
    ],
)
def test_credits_printed_without_a_marker_s_colon(language: str, photo_lines: str, expected: tuple[str, str]) -> None:
    assert _photos_under_header(language, photo_lines) == [expected]


# --- kickers, section labels, tool rows, lead-photo credits, split date lines, non-names ---


def test_a_few_words_over_a_longer_headline_are_a_kicker() -> None:
    text = (
        "Hafenstreit in Kiel\n\nFährbetrieb zwischen Kiel und Oslo ruht seit dem frühen Morgen – Reisende warten\n\n"
        "Die Reederei spricht von einem technischen Defekt, die Gewerkschaft von einem Warnstreik.\n\n"
        "Von Jonte Rasmussen\n12.03.2026, 10:00 Uhr\n\n" + DE_BODY
    )
    article = parse_text(text, language="de")
    assert article.headline == "Fährbetrieb zwischen Kiel und Oslo ruht seit dem frühen Morgen – Reisende warten"
    assert [a.name for a in article.authors] == ["Jonte Rasmussen"]


def test_a_short_headline_over_its_standfirst_stays_the_headline() -> None:
    # the line under it ends with a full stop: a standfirst, not the headline under a kicker
    text = (
        "Budget approved\n\nThe council backed the spending plan after a debate that ran past midnight.\n\n"
        "By Orla Quennell\n12 March 2026\n\n" + EN_BODY
    )
    assert parse_text(text, language="en").headline == "Budget approved"


@pytest.mark.parametrize("label", ["Economie / Transporturi", "Sport › Fotbal"])
def test_a_two_part_section_label_is_not_the_headline(label: str) -> None:
    text = f"{label}\n\nPrimăria anunță lucrări noi pe bulevardul central\n\n12.03.2026, 10:00\n\n" + RO_BODY
    assert parse_text(text, language="ro").headline == "Primăria anunță lucrări noi pe bulevardul central"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Offrir l'article Lire plus tard Partager", True),
        ("Kommentare (214) | Artikel teilen | Drucken", True),
        ("Distribuie pe Facebook Trimite pe WhatsApp Trimite pe e-mail", True),
        ("Écouter l'article | Lecture : 3 min", False),  # a reading time, kept for the header
        ("Le président partage son avis", False),
        ("Partager", False),  # a single button is a noise line of its own, not a row
    ],
)
def test_button_rows(line: str, expected: bool) -> None:
    from newsdata.boilerplate import is_button_row

    assert is_button_row(line) is expected


def test_a_paywall_marker_over_the_headline_is_noise() -> None:
    text = (
        "Article réservé aux abonnés\n\nLes dockers du Havre votent la grève reconductible\n\n"
        "Par Gaëlle Ferrandou\nPublié le 12 mars 2026 à 10h00\n\n" + FR_BODY
    )
    assert parse_text(text, language="fr").headline == "Les dockers du Havre votent la grève reconductible"


@pytest.mark.parametrize(
    ("caption_lines", "caption", "credit"),
    [
        (
            "Des dockers devant le terminal, mardi. | PORT-EXPRESS / LOÏC MARZIN",
            "Des dockers devant le terminal, mardi.",
            "PORT-EXPRESS / LOÏC MARZIN",
        ),
        ("Des dockers devant le terminal, mardi. (Le Phare: Loïc Marzin)", "Des dockers devant le terminal, mardi.", "Le Phare: Loïc Marzin"),
        ("Des dockers devant le terminal, mardi.\n(AFP Photo/Loïc Marzin)", "Des dockers devant le terminal, mardi.", "AFP Photo/Loïc Marzin"),
        ("Des dockers devant le terminal du port, mardi (Ouestpix)", "Des dockers devant le terminal du port, mardi", "Ouestpix"),
    ],
)
def test_lead_photo_credits_printed_without_a_marker(caption_lines: str, caption: str, credit: str) -> None:
    text = (
        "Les dockers du Havre votent la grève reconductible\n\nPar Gaëlle Ferrandou\n"
        "Publié le 12 mars 2026 à 10h00\n\nOffrir l'article Lire plus tard Partager\n\n"
        f"{caption_lines}\n\n" + FR_BODY
    )
    photos = parse_text(text, language="fr").photos
    assert [(p.caption, p.credit) for p in photos] == [(caption, credit)]


def test_a_rights_notice_under_the_text_is_not_a_photo() -> None:
    text = (
        "Neue Fähre für die Förde\n\nVon Jonte Rasmussen\n12.03.2026, 10:00 Uhr\n\n" + DE_BODY
        + "\n\nNewsletter abonnieren – jeden Morgen die wichtigsten Nachrichten\n© Kieler Abendblatt 2026"
        + "\n\n© Kieler Abendblatt 2026. Alle Rechte vorbehalten."
    )
    assert parse_text(text, language="de").photos == []


def test_a_time_on_the_line_under_its_date_is_that_date_s_time() -> None:
    text = "Sciopero dei traghetti a Genova\n\nRedazione Porto\n27 ottobre 2025\n14:22\n\n" + IT_BODY
    article = parse_text(text, language="it")
    assert article.published is not None and article.published.isoformat() == "2025-10-27T14:22:00+01:00"
    assert article.modified is None
    assert article.authors == []  # a desk signing for the outlet names no one


def test_a_place_on_the_date_line_is_not_an_author_and_sets_the_clock() -> None:
    text = (
        "Reabre la línea del tren ligero\n\nPor Ximena Larrañaga\n\nCiudad de México / 19.01.2026 09:30 hrs\n\n"
        + ES_BODY
    )
    article = parse_text(text, language="es")
    assert [a.name for a in article.authors] == ["Ximena Larrañaga"]
    assert article.published is not None and article.published.isoformat() == "2026-01-19T09:30:00-06:00"


def test_an_outlet_beside_a_date_leaves_the_line_a_date_line() -> None:
    text = (
        "Neue Fähre für die Förde\n\nEin Artikel von Jonte Rasmussen, Kiel\n"
        "17.02.2026, 18.45 Uhr • aus der KIELER ABENDPOST\n\n" + DE_BODY
    )
    article = parse_text(text, language="de")
    assert [a.name for a in article.authors] == ["Jonte Rasmussen"]
    assert article.published is not None and article.published.isoformat() == "2026-02-17T18:45:00+01:00"


@pytest.mark.parametrize("line", ["Le Courrier de Lyon", "Dernières Nouvelles"])
def test_an_outlet_or_a_phrase_under_the_byline_is_not_an_author(line: str) -> None:
    text = f"Le port du Havre en grève\n\nGaëlle Ferrandou\n{line}\n\nPublié le 12 mars 2026 à 10h00\n\n" + FR_BODY
    assert [a.name for a in parse_text(text, language="fr").authors] == ["Gaëlle Ferrandou"]


def test_a_city_name_several_countries_share_is_read_by_the_other_places() -> None:
    # 'Valencia' is in Spain and in Venezuela; Gandia and Xàtiva say which
    text = (
        "Desalojan a cien vecinos por las lluvias\n\n03/11/2025 13:44 h\n\n"
        "Valencia, 3 nov (Agencias).- Un centenar de vecinos de Gandia y Xàtiva tuvieron que abandonar sus "
        "casas durante la noche por la crecida de los barrancos, según los servicios de emergencia.\n\n"
        + ES_BODY
    )
    article = parse_text(text, language="es")
    assert article.published is not None and article.published.isoformat() == "2025-11-03T13:44:00+01:00"


def test_a_utc_stamp_is_shown_in_the_outlet_s_local_time() -> None:
    text = (
        "Neue Fähre für die Förde\n\nErschienen: 2026-08-03T04:30:00Z\nZuletzt geändert: 2026-08-03T09:15:00Z\n"
        "Von Jonte Rasmussen\n\n" + DE_BODY
    )
    article = parse_text(text, language="de")
    assert article.published is not None and article.published.isoformat() == "2026-08-03T06:30:00+02:00"
    assert article.modified is not None and article.modified.isoformat() == "2026-08-03T11:15:00+02:00"


def test_a_fixed_offset_stamp_keeps_its_offset() -> None:
    text = "Neue Fähre für die Förde\n\nErschienen: 2026-08-03T04:30:00+01:00\nVon Jonte Rasmussen\n\n" + DE_BODY
    article = parse_text(text, language="de")
    assert article.published is not None and article.published.isoformat() == "2026-08-03T04:30:00+01:00"


def test_the_town_after_a_byline_sets_the_clock() -> None:
    text = "Reabre la línea del tren ligero\n\nPor Ximena Larrañaga | Ciudad de México\njunio 22, 2026 | 09:10 hrs\n\n" + ES_BODY
    article = parse_text(text, language="es")
    assert [a.name for a in article.authors] == ["Ximena Larrañaga"]
    assert article.published is not None and article.published.isoformat() == "2026-06-22T09:10:00-06:00"


def test_a_photo_caption_is_not_the_lead_that_places_the_story() -> None:
    # the caption names a harbour town of another country; the lead names the story's city
    text = (
        "Ferry and yacht collide in the harbour\n\nNed Pellow-Rix\nMarch 21, 2026 — 5.12pm\n\n"
        "Divers inspect the hull after it was towed to Boston on Saturday afternoon.\nPhoto: Cal Hennery\n\n"
        "Nine people were taken to hospital after a ferry collided with a yacht in Sydney on Saturday morning, "
        "the state's ambulance service said.\n\n" + EN_BODY
    )
    article = parse_text(text, language="en")
    assert article.published is not None and article.published.isoformat() == "2026-03-21T17:12:00+11:00"


def test_a_date_under_times_alone_is_their_day() -> None:
    text = "Avalanche au-dessus de la station\n\nPublié à 18:40\nModifié à 19:05\n12 janvier 2026\n\nUn article de Gaëlle Ferrandou\n\n" + FR_BODY
    article = parse_text(text, language="fr")
    assert article.published is not None and article.published.isoformat() == "2026-01-12T18:40:00+01:00"
    assert article.modified is not None and article.modified.isoformat() == "2026-01-12T19:05:00+01:00"
    assert [a.name for a in article.authors] == ["Gaëlle Ferrandou"]


def test_stacked_kickers_are_not_the_headline() -> None:
    text = "Société\nLogement\n\nÀ Lyon, cent habitants évacués d'un immeuble fissuré\n\nPar Gaëlle Ferrandou\nPublié le 5 mars 2026 à 07h12\n\n" + FR_BODY
    assert parse_text(text, language="fr").headline == "À Lyon, cent habitants évacués d'un immeuble fissuré"


def test_an_export_s_named_fields() -> None:
    text = (
        "=== ARTICLE 123 ===\nsection: World > Europe\nheadline: Ministers agree new quotas after all-night talks\n"
        "subheadline: The fleet gets more catch next year, but campaigners say the deal ignores the science\n"
        "byline: Orla Ní Dhuibhir-Quade, Europe correspondent in Brussels\n"
        "datePublished: 2026-06-09T15:05:00+01:00\nimage_caption: Trawlers moored at the harbour.\n"
        "image_credit: © Declan Rooney-Fitch\n--- body ---\n\n" + EN_BODY
    )
    article = parse_text(text, language="en")
    assert [a.name for a in article.authors] == ["Orla Ní Dhuibhir-Quade"]
    assert [(p.caption, p.credit) for p in article.photos] == [("Trawlers moored at the harbour.", "Declan Rooney-Fitch")]
    assert article.body[0].startswith("The council voted")


@pytest.mark.parametrize(
    ("language", "photo_lines", "expected"),
    [
        ("fr", "Crédit photo : Romain Lafeuille pour « Le Courrier »\n", (None, "Romain Lafeuille pour « Le Courrier »")),
        ("it", "Foto di Salvo Grassetti-Nuzzo\n", (None, "Salvo Grassetti-Nuzzo")),
        ("de", "[Bild] Streikende vor dem Terminal.\nBild: Markus Petersohn/dpa\n", ("Streikende vor dem Terminal.", "Markus Petersohn/dpa")),
    ],
)
def test_more_credit_forms(language: str, photo_lines: str, expected: tuple[str | None, str]) -> None:
    from newsdata.header.photos import match_photo_line

    lines = photo_lines.strip().split("\n")
    if len(lines) == 1:
        found = match_photo_line(lines[0], language)
        assert found is not None and (found.caption, found.credit) == expected
    else:
        body = {"de": DE_BODY}[language]
        text = f"Warnstreik legt den Hafen lahm\n\nVon Jonte Rasmussen\n03.08.2026, 10:00 Uhr\n\n{photo_lines}\n" + body
        assert [(p.caption, p.credit) for p in parse_text(text, language=language).photos] == [expected]


@pytest.mark.parametrize(
    ("caption_lines", "credit"),
    [
        ("Un archeologo nel corridoio scoperto sotto l'arena - ANSA/Livia Marchettoni", "ANSA/Livia Marchettoni"),
        ("Un archeologo nel corridoio scoperto sotto l'arena\nKeystone / Olivier Dubreuil", "Keystone / Olivier Dubreuil"),
    ],
)
def test_a_lead_photo_credit_after_a_dash_or_on_the_next_line(caption_lines: str, credit: str) -> None:
    text = f"Scoperto un corridoio sotto l'arena\n\nDi Carla Benvenuti\n07 aprile 2026 13:22\n\n{caption_lines}\n\n" + IT_BODY
    photos = parse_text(text, language="it").photos
    assert [(p.caption, p.credit) for p in photos] == [("Un archeologo nel corridoio scoperto sotto l'arena", credit)]


def test_an_export_fence_line_is_noise() -> None:
    from newsdata.boilerplate import is_noise

    assert is_noise("--- body ---") and is_noise("=== ARTICLE 48213 ===")
    assert not is_noise("--- a -- b")


@pytest.mark.parametrize(("line", "expected"), [("EFE", ["EFE"]), ("Europa Press", ["Europa Press"]), ("NOTICIAS", [])])
def test_an_agency_alone_on_the_byline_line_is_the_author(line: str, expected: list[str]) -> None:
    text = f"Reabre la línea del tren ligero\n\n{line}\n03/03/2026 - 13:45\n\n" + ES_BODY
    assert [a.name for a in parse_text(text, language="es").authors] == expected


def test_an_export_record_s_field_names_are_not_participants() -> None:
    text = (
        "DOC_ID: HR-0457\nSOURCE: The Harbor Register\nEDITION: Online\n"
        "HEADLINE: City council approves budget after marathon session\n"
        "SUMMARY: The vote ended a dispute between the mayor Quentin Alderwood and the council that lasted months.\n"
        "TEXT:\n" + EN_BODY
    )
    article = parse_text(text)
    names = {p.name for p in article.participants}
    assert not {"EDITION", "TEXT", "DOC_ID", "SOURCE", "SUMMARY"} & names
    assert article.body[0].startswith("The council voted on Tuesday")
