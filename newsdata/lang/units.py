"""Words for distances, from CLDR's unit names through Babel.

A place after a distance ('à une trentaine de kilomètres de Grenoble', '20 km from
Duluth', 'a una ventina di chilometri da Cagliari') is a reference point, not where
something happened; the event stage needs these words in every language, and CLDR
already has them, so no language file repeats them.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

# metres measure streets and buildings ('300 metri dal municipio'), and 'metro' is also a railway
DISTANCE_UNITS = ("length-kilometer", "length-mile")
# prose writes the long names, and the kilometre's symbol ('20 km'); 'mi' is a word too
SHORT_SYMBOLS = ("length-kilometer",)
# world-wide variants spell some units differently ('kilometres' in en_001)
_VARIANTS = ("", "_001", "_419")


@cache
def distance_words(code: str) -> frozenset[str]:
    """Casefolded unit words ('kilomètres', 'km', 'miles') of a language."""
    words: set[str] = set()
    for variant in _VARIANTS:
        try:
            locale = Locale.parse(code + variant)
        except (UnknownLocaleError, ValueError):
            continue
        patterns = locale._data["unit_patterns"]
        for unit in DISTANCE_UNITS:
            lengths = ("long", "short") if unit in SHORT_SYMBOLS else ("long",)
            for length in lengths:
                forms = patterns[unit][length]
                for form in forms:
                    pattern = forms[form]
                    if form == "per" or not isinstance(pattern, str):
                        continue  # 'par kilomètre' is a rate, not a distance
                    # the unit is the longest word: 'de kilometri' holds a preposition too
                    words.add(max(pattern.replace("{0}", " ").split(), key=len).casefold())
    return frozenset(words)
