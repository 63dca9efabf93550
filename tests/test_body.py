from __future__ import annotations

import pytest

from newsdata.boilerplate import is_boilerplate, is_noise
from newsdata.pipeline import parse_text

HEADER = "Consiliul local a aprobat bugetul\nde Ion Pop • 22.07.2025, 08:47\n\n"
PARAGRAPH = (
    "Consiliul local a aprobat marți noul buget după o dezbatere lungă care a durat până noaptea târziu, "
    "au anunțat reprezentanții primăriei."
)


@pytest.mark.parametrize(
    "line",
    [
        "Citește și: Ce acte trebuie să ai la îndemână",
        "PUBLICITATE",
        "Lire aussi : les grèves de l'hiver",
        "Lesen Sie auch: Sturmwarnung für die Küste",
        "Leer más: el precio del aceite",
        "Leggi anche: la laguna in pericolo",
        "Read more: Council leaders quit",
        "ADVERTISEMENT",
        "Anzeige",
    ],
)
def test_teasers_and_ad_markers_anywhere(line: str) -> None:
    assert is_boilerplate(line, near_end=False)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Lopes; Editing by Tom Reed",
        "(dpa)",
        "Cu informații de la Agerpres",
        "© Riproduzione riservata",
    ],
)
def test_credit_trailers_only_at_the_end(line: str) -> None:
    assert is_boilerplate(line, near_end=True)
    assert not is_boilerplate(line, near_end=False) or line.startswith("©")


@pytest.mark.parametrize(
    "line",
    [
        "Partager sur Facebook · Partager sur X · Envoyer par e-mail",
        "Teilen auf WhatsApp | Per E-Mail senden | Link kopieren",
        "Share on Facebook",
    ],
)
def test_share_button_rows_are_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sie schrieb auf Facebook · und verließ dann das Rathaus in großer Eile, ohne ein Wort zu sagen",
        "The mayor announced the plan on Facebook and on X late on Tuesday night, after the council meeting.",
    ],
)
def test_prose_naming_a_network_is_not_a_widget(line: str) -> None:
    assert not is_noise(line)


def test_body_keeps_prose_and_drops_boilerplate() -> None:
    text = (
        HEADER
        + f"{PARAGRAPH}\n\nCitește și: Alt articol\n\nPUBLICITATE\n\n{PARAGRAPH}\n\nCu informații de la Agerpres\n"
    )
    assert parse_text(text).body == [PARAGRAPH, PARAGRAPH]


def test_hard_wrapped_paragraph_is_joined() -> None:
    wrapped = "Consiliul local a aprobat marți noul buget după o dezbatere\nlungă care a durat până noaptea târziu."
    body = parse_text(HEADER + wrapped + "\n\n" + PARAGRAPH).body
    assert body[0] == wrapped.replace("\n", " ")


def test_the_site_s_furniture_under_the_article_is_not_body() -> None:
    text = (
        HEADER + PARAGRAPH + "\n\nConsilierii opoziției au votat împotrivă, invocând lipsa fondurilor pentru reparații.\n\n"
        "Citește mai multe\n\n› Bugetul pe 2026: ce proiecte rămân fără bani\n› Cum votează consilierii\n\n"
        "© 2026 Gazeta Test. Toate drepturile rezervate. Reproducerea materialelor fără acordul redacției este interzisă."
    )
    body = parse_text(text, language="ro").body
    assert body[-1] == "Consilierii opoziției au votat împotrivă, invocând lipsa fondurilor pentru reparații."


def test_a_paragraph_that_ends_with_a_stop_stays() -> None:
    text = HEADER + PARAGRAPH + "\n\nDecizia va fi publicată în Monitorul Oficial local."
    assert parse_text(text, language="ro").body[-1] == "Decizia va fi publicată în Monitorul Oficial local."
