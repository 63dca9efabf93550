"""Participants: linking, aliases and types, on invented sentences."""

from __future__ import annotations

from newsdata.model import Article
from newsdata.pipeline import parse_text
from tests.test_quotes import HEADERS


def _parse(language: str, body: str) -> Article:
    return parse_text(HEADERS[language] + body, language=language)


def _by_name(article: Article) -> dict[str, tuple[str, list[str]]]:
    return {p.name: (p.type, p.aliases) for p in article.participants}


def test_surname_and_inflected_forms_are_aliases_of_one_participant() -> None:
    article = _parse(
        "ro",
        "Ministrul Transporturilor, Costel Vrânceanu, a vizitat Brașovul și Sibiul. Vrânceanu a promis bani "
        "pentru Rusia și pentru vecinii Rusiei? Nu: pentru drumurile din Moldova și din nordul Moldovei.",
    )
    people = [p for p in article.participants if p.type == "person"]
    assert [(p.name, p.aliases) for p in people] == [("Costel Vrânceanu", ["Vrânceanu"])]
    moldova = next(p for p in article.participants if p.name == "Moldova")
    assert moldova.type == "place" and "Moldovei" in moldova.aliases


def test_acronym_defined_in_the_text_is_an_alias_of_the_organisation() -> None:
    article = _parse(
        "ro",
        "Uniunea Brutarilor din Oltenia (UBO) a cerut scutiri de taxe. Reprezentanții UBO au depus un memoriu la prefectură.",
    )
    union = next(p for p in article.participants if p.name == "Uniunea Brutarilor din Oltenia")
    assert union.type == "organization"
    assert "UBO" in union.aliases
    assert not any(p.name == "UBO" for p in article.participants)


def test_lowercase_french_organisation_name_and_its_acronym() -> None:
    article = _parse(
        "fr",
        "Le mouvement est lancé à l'appel du Syndicat autonome des guides de montagne (SAGM). "
        "Le SAGM réclame une prime de risque.",
    )
    names = _by_name(article)
    assert names["Syndicat autonome des guides de montagne"][0] == "organization"
    assert "SAGM" in names["Syndicat autonome des guides de montagne"][1]


def test_types_from_roles_heads_and_gazetteer() -> None:
    article = _parse(
        "en",
        "District Judge Amara Collins met officials from the Harbor Safety Board in Boston on Tuesday. "
        "Collins later flew to Germany.",
    )
    names = _by_name(article)
    assert names["Amara Collins"][0] == "person"
    assert names["Harbor Safety Board"][0] == "organization"
    assert names["Boston"][0] == "place"
    assert names["Germany"][0] == "place"


def test_sentence_initial_words_weekdays_and_authors_are_not_participants() -> None:
    article = _parse(
        "ro",
        "Până acum, nimeni nu a comentat. Luni, consilierii s-au reunit la Cluj. Potrivit surselor, votul a fost amânat.",
    )
    names = {p.name for p in article.participants}
    assert names == {"Cluj"}


def test_german_nouns_are_not_participants_but_names_are() -> None:
    article = _parse(
        "de",
        "Die Feuerwehr war am Sonntag in Hamburg im Einsatz. Bürgermeisterin Katja Lindholm dankte den Helfern. "
        "Lindholm sprach von einem schweren Sturm.",
    )
    names = _by_name(article)
    assert set(names) == {"Hamburg", "Katja Lindholm"}
    assert names["Katja Lindholm"] == ("person", ["Lindholm"])


def test_a_city_is_not_short_for_a_company_named_after_it() -> None:
    article = _parse(
        "fr",
        "La société Vélonova Rennes a obtenu le contrat. Le service sera gratuit à Rennes dès lundi, "
        "a indiqué Vélonova Rennes dans un communiqué.",
    )
    kinds = _by_name(article)
    assert kinds["Rennes"][0] == "place"
    assert kinds["Vélonova Rennes"][0] == "organization"
    assert "Rennes" not in kinds["Vélonova Rennes"][1]


def test_german_place_does_not_swallow_the_noun_after_it() -> None:
    article = _parse("de", "Der Sturm richtete in Niedersachsen Millionenschäden an, sagte die Polizei.")
    names = _by_name(article)
    assert "Niedersachsen" in names and names["Niedersachsen"][0] == "place"
    assert not any("Millionenschäden" in name for name in names)


def test_german_given_name_that_is_also_a_town_keeps_the_surname() -> None:
    article = _parse("de", "Der Landrat Florian Quellmaier sagte, die Straße bleibe gesperrt. Quellmaier bat um Geduld.")
    assert ("Florian Quellmaier", ("person", ["Quellmaier"])) in _by_name(article).items()


def test_german_place_after_a_bare_preposition_is_a_place_but_nouns_and_currencies_are_not() -> None:
    article = _parse(
        "de",
        "Die Feuerwehr rückte nach Angaben der Polizei am Abend in Mooshaldern aus. "
        "Der Schaden wird auf 40.000 Euro geschätzt, in Euro gerechnet mehr als im Vorjahr. "
        "Nach Recherchen dieser Zeitung lag der Brandherd in einer Scheune.",
    )
    names = _by_name(article)
    assert names.get("Mooshaldern", ("", []))[0] == "place"
    assert not {"Angaben", "Euro", "Recherchen"} & set(names)


def test_elided_preposition_inside_a_name_keeps_it_whole() -> None:
    names = _by_name(_parse("it", "La società Acque Val d'Orsina gestisce la rete. Il servizio di Acque Val d'Orsina riprende lunedì."))
    assert "Acque Val d'Orsina" in names
    assert "Orsina" not in names


def test_roman_numerals_and_sentence_initial_function_words_are_not_names() -> None:
    names = _by_name(_parse("it", "Sul sagrato della chiesa del XVIII secolo si sono radunati i fedeli di Ardenzo."))
    assert not {"XVIII", "Sul"} & set(names)


def test_a_lower_case_place_head_is_not_a_given_name() -> None:
    # 'lac' could be read as a given name from the name dictionary; a given name is capitalised
    article = _parse("fr", "Les secours ont retrouvé le randonneur près du lac Verdoux, au-dessus du village.")
    assert _by_name(article)["lac Verdoux"][0] == "place"


def test_a_role_before_an_organisation_is_someone_s_role_there() -> None:
    article = _parse(
        "ro",
        "Președintele Consiliului Județean Vrancea, Sorin Mătăsaru, a anunțat lucrări noi la drumul județean.",
    )
    names = _by_name(article)
    council = next(n for n in names if n.startswith("Consiliul"))
    assert names[council][0] == "organization"
    assert names["Sorin Mătăsaru"][0] == "person"


def test_a_business_noun_ending_the_name_makes_a_company() -> None:
    article = _parse("en", "Lakehead Bulk Carriers said the freighter would be towed to port on Friday.")
    assert _by_name(article)["Lakehead Bulk Carriers"][0] == "organization"


def test_a_sentence_opening_word_spelled_like_a_small_town_abroad_is_not_a_place() -> None:
    # 'Most' and 'Una' are also towns (in Czechia and India); here they only open sentences
    english = _parse("en", "The river rose overnight. Most of the residents of Riverton left their homes on Monday.")
    romanian = _parse("ro", "Barjele au fost oprite la mal. Una dintre ele s-a scufundat în apropiere de Galați.")
    assert "Most" not in _by_name(english)
    assert "Una" not in _by_name(romanian)
    assert _by_name(romanian)["Galați"][0] == "place"


def test_a_title_case_acronym_in_parentheses_is_an_alias() -> None:
    article = _parse(
        "es",
        "La Agencia Estatal de Meteorología (Aemet) activó la alerta roja. Según la Aemet, el viento superará los 120 km/h.",
    )
    agency = _by_name(article)["Agencia Estatal de Meteorología"]
    assert agency[0] == "organization" and "Aemet" in agency[1]
    assert "Aemet" not in _by_name(article)


def test_a_place_in_parentheses_is_no_acronym() -> None:
    article = _parse("es", "La Universidad Complutense (Madrid) presentó ayer su nuevo plan de estudios.")
    assert "Madrid" not in _by_name(article)["Universidad Complutense"][1]


def test_a_legal_form_ends_a_company_s_name_and_types_it() -> None:
    article = _parse("it", "Fonderie Valbormida S.p.A. chiuderà entro giugno lo stabilimento di Cairo Montenotte.")
    assert _by_name(article)["Fonderie Valbormida"][0] == "organization"


def test_an_initial_inside_a_name_stays() -> None:
    article = _parse("en", "Senator Mary K. Whitlock visited the flooded town on Monday, her office said.")
    assert "Mary K. Whitlock" in _by_name(article)


def test_whose_president_is_an_organisation_when_no_gazetteer_knows_it_as_a_place() -> None:
    names = _by_name(
        _parse(
            "es",
            "El presidente de Conservas Valdemora, Julián Arteaga, afirmó que la planta seguirá abierta. "
            "El alcalde de San Sebastián, Ramón Ortiz, pidió calma.",
        )
    )
    assert names["Conservas Valdemora"][0] == "organization"
    assert names["San Sebastián"][0] == "place"  # the gazetteer's town outweighs whose mayor


def test_an_organisation_printed_alone_and_under_a_lower_case_head_is_one_participant() -> None:
    names = _by_name(
        _parse(
            "fr",
            "La direction de Navettes Armoricaines a reçu les syndicats mardi. "
            "Navettes Armoricaines emploie 300 salariés à Lorient. Le centre hospitalier de Lorient est voisin.",
        )
    )
    assert names["Navettes Armoricaines"][0] == "organization"
    assert "direction de Navettes Armoricaines" in names["Navettes Armoricaines"][1]
    assert names["Lorient"][0] == "place"  # a town, not short for the hospital


def test_a_lower_case_organisation_name_ends_at_a_preposition() -> None:
    # a bare 'Ayuntamiento' is a reference by kind, not a name; what matters is that the
    # name does not run on through 'contra el precio del alquiler'
    names = _by_name(_parse("es", "Los vecinos acamparon frente al Ayuntamiento contra el precio del alquiler."))
    assert not any("contra" in name for name in names)


def test_an_organisation_cut_short_is_the_one_whose_full_name_starts_with_it() -> None:
    names = _by_name(
        _parse(
            "es",
            "La Junta Vecinal de Valdemora presentó el plan el lunes. Según la Junta Vecinal, las obras durarán un año. "
            "La Plataforma Cívica de Robledal y la Plataforma Cívica de Zarzalejo no respondieron; "
            "la Plataforma Cívica guarda silencio.",
        )
    )
    assert "Junta Vecinal" in names["Junta Vecinal de Valdemora"][1]
    assert "Junta Vecinal" not in names
    # two organisations start with 'Plataforma Cívica': the short form names neither for sure
    assert "Plataforma Cívica" in names
    assert "Plataforma Cívica" not in names["Plataforma Cívica de Robledal"][1]


def test_frequent_words_printed_with_a_capital_are_not_participants() -> None:
    names = _by_name(
        _parse(
            "it",
            "L'assessore regionale al Lavoro, Ottavina Brusasco, ha incontrato i sindacati dei due Paesi a Novara.",
        )
    )
    assert "Ottavina Brusasco" in names and "Novara" in names
    assert "Lavoro" not in names and "Paesi" not in names


def test_a_frequent_word_that_is_a_surname_or_a_place_stays_a_name() -> None:
    # 'Müller' is a frequent German noun (the miller) but here the surname of someone named in full;
    # 'Leipzig' is in the frequency list too, as a name the gazetteer knows
    names = _by_name(
        _parse("de", "Die Bürgermeisterin Hannelore Müller sprach am Montag in Leipzig. Müller kündigte neue Fenster an.")
    )
    assert "Hannelore Müller" in names and "Leipzig" in names
    assert "Fenster" not in names


def test_common_word_lists_hold_lower_case_words_not_names() -> None:
    from newsdata.lang import common_words

    italian = common_words("it")
    assert "lavoro" in italian and "paesi" in italian
    assert "unesco" not in italian and "alpi" not in italian  # a dictionary spells these capitalised only
    assert common_words("xx") == {}  # a language without a list: nothing is taken for a common word


def test_a_name_with_no_evidence_is_a_person_only_if_it_opens_with_a_given_name() -> None:
    names = _by_name(
        _parse("it", "Cioccolateria Valbrenta chiuderà lo stabilimento. Lo ha detto ieri Beatrice Tomasoni in aula.")
    )
    assert names["Cioccolateria Valbrenta"][0] == "organization"
    assert names["Beatrice Tomasoni"][0] == "person"


def test_a_town_opening_a_headline_is_not_short_for_its_town_hall() -> None:
    text = (
        "Cluj-Napoca: Primăria a lansat licitația pentru noul pod\n"
        + HEADERS["ro"].split("\n", 1)[1]
        + "Primăria Cluj-Napoca a lansat luni licitația pentru un pod nou, a anunțat viceprimarul Mihai Dumitrescu.\n"
    )
    names = _by_name(parse_text(text, language="ro"))
    assert names["Cluj-Napoca"][0] == "place"
    assert names["Primăria Cluj-Napoca"][0] == "organization"


def test_both_surnames_or_the_first_alone_are_the_person_with_two_surnames() -> None:
    body = (
        "El director del puerto, Anselmo Quiñones Berrocal, presentó el plan el martes. "
        "Quiñones Berrocal explicó que las obras durarán dos años. Según Quiñones, el coste será menor."
    )
    people = [p for p in _parse("es", body).participants if p.type == "person"]
    assert [(p.name, sorted(p.aliases)) for p in people] == [
        ("Anselmo Quiñones Berrocal", ["Quiñones", "Quiñones Berrocal"])
    ]


def test_a_role_word_inside_an_organisation_s_name_stays_in_it() -> None:
    body = "El Sindicato Médico Andaluz convocó una huelga para el lunes en Sevilla."
    names = {(p.name, p.type) for p in _parse("es", body).participants}
    assert ("Sindicato Médico Andaluz", "organization") in names


def test_an_organisation_whose_head_follows_the_and_is_one_name() -> None:
    body = "The Coast and Harbour Pilots Association said on Monday that it would appeal against the ruling."
    names = {(p.name, p.type) for p in _parse("en", body).participants}
    assert ("Coast and Harbour Pilots Association", "organization") in names


def test_a_german_compound_ending_in_a_kind_of_place_is_a_place() -> None:
    body = "Am Lindenhofplatz und an der Wiesentalbrücke warteten am Montag Hunderte Fahrgäste auf Busse."
    names = {(p.name, p.type) for p in _parse("de", body).participants}
    assert {("Lindenhofplatz", "place"), ("Wiesentalbrücke", "place")} <= names


def test_a_big_place_is_named_without_the_generic_noun_before_it() -> None:
    body = "Miles de jubilados marcharon el miércoles en la ciudad de Buenos Aires. Buenos Aires amaneció con cortes."
    place = next(p for p in _parse("es", body).participants if "Buenos Aires" in p.name)
    assert place.name == "Buenos Aires" and place.type == "place"


def test_compound_spanish_surname_is_one_name_and_its_parts_are_aliases() -> None:
    article = _parse(
        "es",
        "La jueza Marta Olguín de Haro dictó sentencia en Sevilla. «No hay dudas», dijo Olguín. "
        "El empresario Jordi Ferrer i Vidal no quiso comentar. Olguín de Haro cerró la sesión.",
    )
    names = _by_name(article)
    assert names["Marta Olguín de Haro"] == ("person", ["Olguín", "Olguín de Haro"])
    assert names["Jordi Ferrer i Vidal"][0] == "person"
    assert article.quotes[0].speaker == "Marta Olguín de Haro"


def test_a_particle_before_another_name_does_not_join_it_to_a_surname() -> None:
    article = _parse(
        "es",
        "Lo anunciaron Ana Ruiz y Pedro Gil en Madrid. Lo confirmó Luis Gómez del PSOE, "
        "junto a Carmen Vela de la Universidad de Sevilla.",
    )
    names = _by_name(article)
    for person in ("Ana Ruiz", "Pedro Gil", "Luis Gómez", "Carmen Vela"):
        assert names[person][0] == "person"
    assert names["PSOE"][0] == "organization"
    assert names["Universidad de Sevilla"][0] == "organization"


def test_und_inside_a_german_organisation_name() -> None:
    article = _parse(
        "de",
        "Das Bundesministerium für Wohnen und Bauwesen hat am Montag in Kassel neue Regeln vorgestellt. "
        "Die Gewerkschaft Forschung und Lehre (GFL) protestierte. "
        "Das Ministerium für Kultur und Landrat Ewald Brünnig stritten darüber.",
    )
    names = _by_name(article)
    assert names["Bundesministerium für Wohnen und Bauwesen"][0] == "organization"
    assert names["Gewerkschaft Forschung und Lehre"] == ("organization", ["GFL"])
    # one word after 'und' closes the name; a role and a name after it are someone else
    assert names["Ministerium für Kultur"][0] == "organization"
    assert names["Ewald Brünnig"][0] == "person"


def test_a_name_listed_after_a_place_noun_surname_is_not_a_place() -> None:
    # 'Berg' (a mountain) ends the first name; the 'und' after it does not make the next a place
    article = _parse("de", "Gestern kamen Ministerin Hanna Berg und Tobias Weidemeier nach Fulda.")
    names = _by_name(article)
    assert names["Tobias Weidemeier"][0] == "person"
    assert names["Fulda"][0] == "place"
