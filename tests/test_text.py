from __future__ import annotations

import pytest

from newsdata.quotes.marks import find_quote_spans
from newsdata.text import fold_key, sentences, tokenize


def test_tokens_keep_hyphenated_names_and_split_elisions() -> None:
    tokens = tokenize("Radu's team met l'équipe d'Aix-en-Provence dell'Ateneo s-au văzut.")
    assert [t.text for t in tokens if t.kind in ("word", "elision")] == [
        "Radu",
        "team",
        "met",
        "l'",
        "équipe",
        "d'",
        "Aix-en-Provence",
        "dell'",
        "Ateneo",
        "s-au",
        "văzut",
    ]


def test_offsets_point_back_into_the_text() -> None:
    text = "Ana Pop a spus."
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_full_stops_inside_quotes_do_not_end_the_sentence() -> None:
    text = "Ion Radu a spus: „Nu. Nu acum.” Apoi a plecat. Dr. Mara Ilie a râs."
    quotes = [(q.start, q.end) for q in find_quote_spans(text)]
    parts = [text[s.start : s.end].strip() for s in sentences(text, quotes, frozenset({"dr"}))]
    assert parts == ["Ion Radu a spus: „Nu. Nu acum.”", "Apoi a plecat.", "Dr. Mara Ilie a râs."]


def test_fold_key_ignores_accents_case_and_cedillas() -> None:
    assert fold_key("Braşov") == fold_key("BRAȘOV ") == "brasov"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("„Vom reveni”, a spus ea.", ["Vom reveni"]),
        ("„Wir kommen wieder“, sagte er.", ["Wir kommen wieder"]),
        ("« Nous reviendrons », a-t-il dit.", ["Nous reviendrons"]),
        ("»Wir kommen«, sagte sie.", ["Wir kommen"]),
        ("“We’ll be back,” she said.", ["We’ll be back,"]),
        ("He called it ‘a farce’ and left.", ["a farce"]),
        ('She said "no" twice, then "never again".', ["no", "never again"]),
        ("„Mi-a spus «nu» de două ori”, a povestit el.", ["Mi-a spus «nu» de două ori"]),
        ("The firm’s CEO didn’t comment.", []),
        ("„Vom continua lupta", ["Vom continua lupta"]),  # runs on into the next paragraph
    ],
)
def test_quote_spans_in_every_style(text: str, quotes: list[str]) -> None:
    assert [text[q.text_start : q.text_end] for q in find_quote_spans(text)] == quotes


def test_apostrophe_inside_a_name_keeps_it_whole() -> None:
    words = [t.text for t in tokenize("Patricia Lozac'h a parlé à l'équipe de Radu's.")]
    assert "Lozac'h" in words and "l'" in words and "Radu" in words
