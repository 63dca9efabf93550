"""Events and the dates they happened, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newsdata.events.when import resolve_date
from newsdata.pipeline import parse_text
from tests.test_quotes import HEADERS

THURSDAY = date(2026, 3, 12)  # the test headers' publication date


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ro", "Consilierii s-au întâlnit miercuri la primărie.", date(2026, 3, 11)),
        ("ro", "Ședința a avut loc ieri.", date(2026, 3, 11)),
        ("ro", "Decizia a fost luată astăzi.", THURSDAY),
        ("fr", "La réunion s'est tenue jeudi soir à la mairie.", THURSDAY),
        ("de", "Die Ministerin sprach am Montagmorgen in Kiel.", date(2026, 3, 9)),
        ("en", "The council met this Monday.", date(2026, 3, 9)),
        ("en", "The jury returned its verdict last Thursday.", date(2026, 3, 5)),
        ("es", "Las asambleas aprobaron la fusión este lunes.", date(2026, 3, 9)),
        ("it", "L'annuncio è arrivato mercoledì a Padova.", date(2026, 3, 11)),
        ("it", "Il convegno si è tenuto il 3 marzo a Roma.", date(2026, 3, 3)),
        ("en", "Nothing happened on a named day.", None),
    ],
)
def test_dates_resolve_against_publication(language: str, text: str, expected: date | None) -> None:
    assert resolve_date(text, THURSDAY, language) == expected


def test_main_event_with_date_place_and_participants() -> None:
    article = parse_text(
        HEADERS["ro"]
        + "Consilierii locali Mihai Stanciu și Irina Preda s-au întâlnit miercuri, la Cluj, cu reprezentanții "
        "Companiei de Apă Someș pentru a discuta noile tarife.\n\nDiscuțiile au durat trei ore.",
        language="ro",
    )
    assert len(article.events) >= 1
    event = article.events[0]
    assert (event.type, event.date, event.location) == ("meeting", "2026-03-11", "Cluj")
    names = {article.participant(pid).name for pid in event.participants}  # type: ignore[union-attr]
    assert {"Mihai Stanciu", "Irina Preda"} <= names


def test_a_protest_in_the_lead_is_the_main_event() -> None:
    article = parse_text(
        HEADERS["fr"] + "Des centaines de salariés ont manifesté mardi à Nantes contre la fermeture de l'usine.\n\n"
        "La direction n'a pas souhaité réagir.",
        language="fr",
    )
    assert [(e.type, e.date, e.location) for e in article.events][:1] == [("protest", "2026-03-10", "Nantes")]


def test_main_event_participants_include_the_lead_and_the_main_voice() -> None:
    article = parse_text(
        HEADERS["en"] + "Dock workers walked out in Portsmouth on Tuesday, halting the Harbour Ferry Company.\n\n"
        "The strike was called by the Solent Dockers Union after talks broke down.\n\n"
        '"We had no other choice," union secretary Maren Tolliver said. "The offer was an insult," Tolliver added.',
        language="en",
    )
    names = {p.id: p.name for p in article.participants}
    main = article.events[0]
    assert main.type == "protest"
    assert "Harbour Ferry Company" in {names[i] for i in main.participants}  # named in the lead
    assert "Maren Tolliver" in {names[i] for i in main.participants}  # quoted most


def test_a_town_a_distance_is_measured_from_is_not_where_it_happened() -> None:
    article = parse_text(
        HEADERS["it"] + "Un incendio è scoppiato ieri a Villanova, a una ventina di chilometri da Firenze, "
        "e ha distrutto un capannone.\n\nNessuno è rimasto ferito.",
        language="it",
    )
    assert [(e.type, e.location) for e in article.events][:1] == [("accident", "Villanova")]


def test_the_sentence_that_places_the_event_gives_its_town() -> None:
    article = parse_text(
        HEADERS["en"] + "Tasmania's largest ferry operator has agreed to sell its fleet to a rival.\n\n"
        "Bluewater Ferries and Southern Cross Marine signed the agreement in Hobart on Wednesday afternoon, "
        "after months of talks.\n\nThe sale still needs approval from regulators.",
        language="en",
    )
    assert [(e.type, e.location) for e in article.events][:1] == [("agreement", "Hobart")]


def test_a_place_near_which_something_happened_yields_to_a_place_where_it_did() -> None:
    from newsdata.document import Document
    from newsdata.events import stage
    from newsdata.pipeline import STAGES, run_stages

    text = (
        HEADERS["ro"] + "Un incendiu a izbucnit marți la un depozit de lângă Ploiești, în orașul Câmpina.\n\n"
        "Pompierii au intervenit timp de trei ore."
    )
    doc = run_stages(Document(source="t", text=text, language="ro"), STAGES)
    sentence = stage._sentences(doc)[1]
    places = {m.text: m for m in sentence.mentions if doc.entity_of[m.ref].type == "place"}
    assert stage._after_near(sentence, places["Ploiești"], "ro")
    assert not stage._after_near(sentence, places["Câmpina"], "ro")
    article = parse_text(text, language="ro")
    assert [(e.type, e.location) for e in article.events][:1] == [("accident", "Câmpina")]


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", {"kilomètres", "km"}), ("it", {"chilometri"}), ("de", {"kilometer"}), ("en", {"miles", "kilometres"})],
)
def test_distance_words_come_from_cldr(language: str, words: set[str]) -> None:
    from newsdata.lang.units import distance_words

    assert words <= distance_words(language)
    assert not {"par", "per", "pro", "de"} & distance_words(language)  # rates' prepositions are not units


@pytest.mark.parametrize(
    ("language", "lead", "expected"),
    [
        (
            "es",
            "Miles de personas marcharon este sábado en Sevilla, en una marcha convocada por los sindicatos.",
            "protest",
        ),
        ("fr", "Un accord a été trouvé mardi à Bastia entre la direction et les dockers.", "agreement"),
        # an agreement not reached is a negotiation: the longer cue holds the shorter one
        (
            "es",
            "La patronal y los estibadores se levantaron de la mesa el martes en Algeciras sin un acuerdo.",
            "negotiation",
        ),
        (
            "it",
            "Nessun accordo lunedì a Genova tra l'azienda e i sindacati dei portuali.",
            "negotiation",
        ),
        # 'eintrafen' (arrived) holds the meeting cue 'trafen'; 'in Brand gesetzt' is arson
        (
            "de",
            "Als die Feuerwehr in Bremen eintraf, hatten Unbekannte bereits drei Bagger in Brand gesetzt.",
            "attack",
        ),
    ],
)
def test_event_type_from_the_lead(language: str, lead: str, expected: str) -> None:
    article = parse_text(HEADERS[language] + lead + "\n\nLa situación sigue tensa.", language=language)
    assert [e.type for e in article.events][:1] == [expected]


@pytest.mark.parametrize(
    ("language", "headline", "lead", "expected"),
    [
        # the news is the agreement; the strike is what came before it
        (
            "fr",
            "Un accord salarial signé après trois semaines de grève",
            "La direction et les syndicats ont signé l'accord mardi à Toulouse.",
            "agreement",
        ),
        (
            "en",
            "Nurses walk off the job at three hospitals",
            "Hundreds of nurses walked off the job on Monday after talks with the hospital group broke down.",
            "protest",
        ),
        (
            "de",
            "Stimmvolk sagt Nein zur neuen Seilbahn",
            "Die Stimmberechtigten haben am Sonntag den Kredit für die Seilbahn abgelehnt.",
            "election",
        ),
    ],
)
def test_the_news_over_its_background(language: str, headline: str, lead: str, expected: str) -> None:
    header = HEADERS[language].split("\n", 1)[1]
    article = parse_text(f"{headline}\n{header}{lead}\n\nMehr folgt.", language=language)
    assert [e.type for e in article.events][:1] == [expected]


def test_the_smaller_town_the_headline_names_is_where_it_happened() -> None:
    text = (
        "Cervino Freni chiude lo stabilimento di Grugliasco: 280 posti a rischio\n"
        + HEADERS["it"].split("\n", 1)[1]
        + "Cervino Freni ha annunciato ieri la chiusura: la produzione sarà trasferita a Timișoara, in Romania.\n\n"
        "I sindacati hanno proclamato otto ore di sciopero."
    )
    article = parse_text(text, language="it")
    assert article.events and article.events[0].location == "Grugliasco"


def test_a_destination_in_the_headline_is_not_the_location() -> None:
    text = (
        "Consiliul Local Brașov a aprobat linia de tramvai spre Săcele\n"
        + HEADERS["ro"].split("\n", 1)[1]
        + "Consilierii locali din Brașov au aprobat joi, la Brașov, proiectul liniei de tramvai.\n\n"
        "Lucrările ar putea începe anul viitor."
    )
    article = parse_text(text, language="ro")
    assert article.events and article.events[0].location == "Brașov"


def test_a_place_abroad_the_news_leads_to_is_not_where_it_happened() -> None:
    text = (
        "Torino, chiude la cartiera Valpellice: a rischio 140 posti\n"
        + HEADERS["it"].split("\n", 1)[1]
        + "L'annuncio della chiusura è arrivato martedì: la produzione sarà trasferita a Cracovia, in Polonia.\n\n"
        "I sindacati hanno proclamato otto ore di sciopero."
    )
    article = parse_text(text, language="it")
    assert article.events and article.events[0].location == "Torino"



def test_what_the_news_is_against_is_not_the_news() -> None:
    header = HEADERS["fr"].split("\n", 1)[1]
    text = (
        "Les éleveurs bloquent le port pour dénoncer l'accord commercial\n" + header
        + "Plusieurs centaines d'éleveurs ont bloqué jeudi le port de Sète pour protester contre la ratification "
        "de l'accord.\n\nLa situation reste tendue."
    )
    assert [e.type for e in parse_text(text, language="fr").events][:1] == ["protest"]


def test_news_with_no_cue_is_an_other_event_on_its_day() -> None:
    text = HEADERS["it"] + "Lo scalo di Tremonti è rimasto chiuso per dodici ore.\n\nI passeggeri hanno dormito nei terminal."
    events = parse_text(text, language="it").events
    assert [(e.type, str(e.date) if e.date else None) for e in events] == [("other", "2026-03-12")]


def test_a_date_far_from_publication_is_not_the_main_event_s_day() -> None:
    text = HEADERS["fr"] + (
        "Ils étaient un millier ce mercredi devant la préfecture de Vannes. Les manifestants s'opposent à la "
        "fermeture de la maternité, annoncée pour le 1er juin.\n\nLe cortège s'est dispersé dans le calme."
    )
    events = parse_text(text, language="fr").events
    assert events and events[0].type == "protest"
    assert str(events[0].date) == "2026-03-11"


def test_a_place_named_by_its_town_s_adjective_happened_in_the_town() -> None:
    text = HEADERS["de"] + (
        "Warnstreik im Lübecker Hafen: Die Gewerkschaft hat die Beschäftigten am Mittwoch zum Streik aufgerufen. "
        "In Lübeck standen alle Kräne still.\n\nDie Arbeitgeber kritisierten den Ausstand."
    )
    events = parse_text(text, language="de").events
    assert events and events[0].type == "protest"
    assert parse_text(text, language="de").events[0].location in {"Lübeck"}


def _events(language: str, body: str, header: str | None = None) -> list[tuple[str, str | None, str | None]]:
    article = parse_text((header or HEADERS[language]) + body, language=language)
    names = {p.id: p.name for p in article.participants}
    return [(e.type, str(e.date) if e.date else None, names.get(e.location or "", e.location)) for e in article.events]


def test_a_second_event_told_late_in_the_text_on_its_own_day_and_place() -> None:
    body = (
        "La direction de la Tannerie du Lys a confirmé mercredi à Annonay la fermeture du site, "
        "qui emploie 180 personnes.\n\nLes salariés ont appris la nouvelle lors d'une réunion du personnel.\n\n"
        "Le syndicat dénonce un « abandon ».\n\nLes élus locaux demandent un plan de reprise.\n\n"
        "Les clients ont été prévenus par courrier.\n\n"
        "Le ministre de l'Industrie, Gaspard Lemoine-Vidal, a reçu lundi à Lyon une délégation syndicale. "
        "À l'issue de la rencontre, il a promis une cellule de reclassement."
    )
    events = _events("fr", body)
    assert events[0][:2] == ("announcement", "2026-03-11")
    assert ("meeting", "2026-03-09", "Lyon") in events


def test_someone_speaking_on_a_day_in_another_town_is_a_statement() -> None:
    body = (
        "Der Chemiehersteller Rotwerk hat am Mittwoch den Abbau von 400 Stellen in Ludwigshafen angekündigt, "
        "wie die Geschäftsführung mitteilte.\n\nDie Belegschaft reagierte mit Wut.\n\n"
        "Wirtschaftsministerin Henrike Tallmann sagte am Donnerstag in Mainz, sie sei überrascht."
    )
    events = _events("de", body)
    assert ("statement", "2026-03-12", "Mainz") in events


def test_words_on_the_main_event_where_and_when_it_happened_are_no_event_of_their_own() -> None:
    body = (
        "A federal jury in Boston on Thursday returned its verdict, finding Ellery Vantongeren guilty of wire fraud "
        "after a trial that lasted three weeks.\n\n"
        "“Today's verdict sends a message,” prosecutor Maribel Okonkwo said in a statement in Boston on Thursday."
    )
    assert [e[0] for e in _events("en", body)] == ["other"]


def test_a_planned_meeting_is_not_an_event_yet() -> None:
    body = (
        "Les contrôleurs de la gare de Nantes sont en grève ce jeudi, à l'appel de deux syndicats, et la moitié des trains sont supprimés.\n\n"
        "Une nouvelle réunion entre le syndicat et la direction, avec le préfet Hilaire Manceron, est prévue lundi prochain à Paris."
    )
    assert [e[0] for e in _events("fr", body)] == ["protest"]


def test_a_type_only_the_headline_tells_is_still_the_main_event() -> None:
    header = "Residents told to evacuate as river heads for major flood peak\nBy Test Desk\nPublished 10:00 AM EST, March 12, 2026\n\n"
    body = "In short:\n\nThousands of people have left their homes.\n\nThe water is still rising, officials said on Thursday."
    events = _events("en", body, header)
    assert events and events[0][0] == "other"


@pytest.mark.parametrize(
    ("text", "updated", "expected"),
    [
        # published on Thursday, updated on Friday: 'Friday' is the update's day ...
        ("The minister visited the site on Friday morning.", date(2026, 3, 13), date(2026, 3, 13)),
        # ... without an update it is the Friday before publication
        ("The minister visited the site on Friday morning.", None, date(2026, 3, 6)),
        # an update a week later is another story's: the weekday keeps its usual reading
        ("The minister visited the site on Friday morning.", date(2026, 3, 20), date(2026, 3, 6)),
        ("The council met on Wednesday.", date(2026, 3, 13), date(2026, 3, 11)),
    ],
)
def test_a_weekday_after_publication_is_the_update_s_day(text: str, updated: date | None, expected: date) -> None:
    assert resolve_date(text, THURSDAY, "en", updated=updated) == expected
