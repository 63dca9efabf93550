"""The body parser's per-language word sets, compiled once per language.

Everything here comes from the language's data file (``body:``) or from CLDR; the
entity, quote and event code only asks questions of this object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsdata import lang
from newsdata.lang import alternation


def _folded(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class Lexicon:
    code: str
    stopwords: frozenset[str]
    weekdays: frozenset[str]
    long_weekdays: tuple[str, ...]
    months: frozenset[str]
    connectors: frozenset[str]
    surname_particles: frozenset[str]  # 'de', 'y' inside a compound surname ('Ruiz de Alarcón')
    conjunctions: frozenset[str]
    roles: frozenset[str]
    role_words: frozenset[str]  # every word of every role, for multiword roles
    honorifics: frozenset[str]
    org_heads: frozenset[str]
    place_compound_endings: tuple[str, ...]  # 'platz', 'brücke': a compound place's last part
    org_head_endings: tuple[str, ...]  # the longer heads, which end compound heads ('arbeitgeberverband')
    org_suffixes: frozenset[str]
    org_cues: frozenset[str]
    place_prepositions: frozenset[str]
    # prepositions that take a place name without an article ('in Herdern', 'nach Kopenhagen'),
    # for languages that capitalise nouns, where they tell a name from a noun ('in der Halle')
    bare_place_prepositions: frozenset[str]
    common_noun_endings: tuple[str, ...]
    currency_words: frozenset[str]  # 'in Euro', 'in Franken': amounts, not places (CLDR)
    articles: frozenset[str]
    place_heads: frozenset[str]
    place_head_titles: frozenset[str]
    place_tail_titles: frozenset[str]
    person_articles: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]  # 'he', 'she': never an organisation
    cue_verbs: re.Pattern[str]
    source_prepositions: re.Pattern[str]
    statement_phrases: re.Pattern[str]
    title_cues: frozenset[str]
    inflection: tuple[tuple[str, str], ...]
    oblique_suffixes: tuple[str, ...]
    lowercase_org_names: bool
    capitalises_nouns: bool
    compounds: bool
    head_final: bool  # 'National Weather Service': the organisation word closes the name
    territories: frozenset[str]  # where the language is official (CLDR)
    common_words: dict[str, int]  # casefolded word -> frequency rank (wordfreq), for telling nouns from names

    def is_weekday_or_month(self, word: str) -> bool:
        folded = word.casefold().rstrip(".")
        if folded in self.weekdays or folded in self.months:
            return True
        # 'Montagmorgen', 'Sonntagnachmittag': a weekday glued to a part of the day
        return self.compounds and folded.startswith(self.long_weekdays)

    def is_role(self, word: str) -> bool:
        return word.casefold() in self.roles


def _phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?![^\W\d_])", re.IGNORECASE)


def _with_derived_forms(words: tuple[str, ...], rules: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words plus the forms a language's rules derive from them: French inverts
    subject and verb after a quotation ('a déclaré' -> 'a-t-elle déclaré', 'dit' -> 'dit-il'),
    a rule of the grammar rather than a list to type out verb by verb."""
    derived = list(words)
    for pattern, replacement in rules:
        rule = re.compile(pattern)
        derived += [rule.sub(replacement, w) for w in words if rule.fullmatch(w)]
    return tuple(dict.fromkeys(derived))


@cache
def lexicon(code: str) -> Lexicon:
    language = lang.get_or_fallback(code)
    body = language.body
    roles = _folded(body("person_roles"))
    org_heads = _folded(body("org_heads"))
    inflection = language.body_pairs("inflection")
    return Lexicon(
        code=language.code,
        stopwords=language.stopwords,
        weekdays=frozenset(language.weekdays) | frozenset(lang.get("en").weekdays),
        long_weekdays=tuple(day for day in language.weekdays if len(day) > 4),
        months=frozenset(language.months) | frozenset(lang.get("en").months),
        connectors=_folded(body("name_connectors")),
        surname_particles=_folded(body("surname_particles")),
        conjunctions=_folded(language.words("header", "conjunctions")),
        roles=roles,
        role_words=frozenset(word for role in roles for word in role.split()),
        honorifics=frozenset(h.casefold().rstrip(".") for h in body("honorifics")),
        org_heads=org_heads,
        org_head_endings=tuple(h for h in org_heads if len(h) >= 5),
        place_compound_endings=tuple(_folded(body("place_compound_endings"))),
        org_suffixes=frozenset(s.casefold().rstrip(".") for s in body("org_suffixes")),
        org_cues=_folded(body("org_cues")),
        place_prepositions=_folded(body("place_prepositions")),
        bare_place_prepositions=_folded(body("bare_place_prepositions")),
        common_noun_endings=tuple(_folded(body("common_noun_endings"))),
        articles=_folded(body("articles")),
        currency_words=_currency_words(language.code),
        place_heads=_folded(body("place_heads")),
        place_head_titles=_folded(body("place_head_titles")),
        place_tail_titles=_folded(body("place_tail_titles")),
        person_articles=_folded(body("person_articles")),
        pronouns=_folded(body("subject_pronouns")),
        person_pronouns=_folded(body("person_pronouns")),
        cue_verbs=_phrases(_with_derived_forms(body("cue_verbs"), language.body_pairs("cue_verb_forms"))),
        source_prepositions=_phrases(body("source_prepositions")),
        statement_phrases=_phrases(body("statement_phrases")),
        title_cues=_folded(body("title_cues")),
        inflection=inflection,
        oblique_suffixes=tuple(sorted({s for s, _ in inflection if s}, key=len, reverse=True)),
        lowercase_org_names=language.flag("lowercase_org_names"),
        capitalises_nouns=language.flag("capitalises_nouns"),
        compounds=language.flag("compound_words"),
        head_final=language.flag("head_final_names"),
        territories=_official_territories(language.code),
        common_words=lang.common_words(language.code),
    )


def _currency_words(code: str) -> frozenset[str]:
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(code).currencies.values()
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(word.casefold() for name in names for word in name.split())


def _official_territories(code: str) -> frozenset[str]:
    from babel.core import get_global

    official = {"official", "de_facto_official", "official_regional"}
    return frozenset(
        territory
        for territory, languages in get_global("territory_languages").items()
        if languages.get(code, {}).get("official_status") in official
    )


def lemma_candidates(word: str, lex: Lexicon) -> list[str]:
    """Base forms an inflected proper noun may have ('Brașovului' -> 'Brașovul', 'Brașov')."""
    out: list[str] = []
    for suffix, replacement in lex.inflection:
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + replacement)
    return out
