"""Per-language knowledge, read from data files by language-independent code.

A language is a YAML file in ``data/`` named by its code. Month and weekday names and the
date-order of numeric dates come from CLDR through Babel, so the file only holds what CLDR
does not: header labels, byline words, boilerplate markers, attribution verbs and the
like. Adding a language is adding a file; no pipeline code changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

_DATA = resources.files(__package__) / "data"
# libyaml's loader when PyYAML has it: the language files are large and read at start-up
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


@dataclass(frozen=True)
class Language:
    """Everything the parser knows about one language, CLDR data merged with the file."""

    code: str
    name: str
    territory: str
    stopwords: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    date_order: str
    header: dict[str, tuple[str, ...]]
    boilerplate: dict[str, tuple[str, ...]]
    extra: dict[str, Any] = field(default_factory=dict)

    def words(self, section: str, key: str) -> tuple[str, ...]:
        table: dict[str, tuple[str, ...]] = getattr(self, section)
        return table.get(key, ())

    def body(self, key: str) -> tuple[str, ...]:
        """A word list of the body parser's data (``body:`` in the language file)."""
        value = self.extra.get("body", {}).get(key) or ()
        return tuple(str(v) for v in value)

    def body_map(self, key: str) -> dict[str, tuple[str, ...]]:
        """A mapping of word lists of the body parser's data (event cues, relative days)."""
        value = self.extra.get("body", {}).get(key) or {}
        return {str(k): tuple(str(v) for v in (words or ())) for k, words in value.items()}

    def body_pairs(self, key: str) -> tuple[tuple[str, str], ...]:
        value = self.extra.get("body", {}).get(key) or ()
        return tuple((str(a), str(b)) for a, b in value)

    def flag(self, key: str) -> bool:
        return bool(self.extra.get("body", {}).get(key, False))


def _fold(word: str) -> str:
    return word.casefold().rstrip(".")


def _cldr_names(code: str) -> tuple[dict[str, int], dict[str, int], str]:
    from babel.dates import get_date_format, get_day_names, get_month_names

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=code).items():
                months.setdefault(_fold(name), int(number))
            for number, name in get_day_names(width, context, locale=code).items():
                weekdays.setdefault(_fold(name), int(number))
    pattern = get_date_format("short", locale=code).pattern
    order = "".join(sorted("DMY", key=lambda part: pattern.find({"D": "d", "M": "M", "Y": "y"}[part])))
    return months, weekdays, order


def _extra_names(table: dict[int, Iterable[str]] | None) -> dict[str, int]:
    return {_fold(name): int(number) for number, names in (table or {}).items() for name in names}


def _tuples(table: dict[str, Iterable[str]] | None) -> dict[str, tuple[str, ...]]:
    return {key: tuple(str(v) for v in values) for key, values in (table or {}).items()}


@cache
def get(code: str) -> Language:
    """The language for a BCP 47 tag's primary subtag; KeyError if there is no data file."""
    primary = code.split("-")[0].split("_")[0].lower()
    path = _DATA / f"{primary}.yaml"
    if not path.is_file():
        raise KeyError(f"no language data for {code!r}; available: {', '.join(available())}")
    raw: dict[str, Any] = _load_yaml(path.read_text(encoding="utf-8"))
    months, weekdays, order = _cldr_names(primary)
    months.update(_extra_names(raw.pop("months_extra", None)))
    weekdays.update(_extra_names(raw.pop("weekdays_extra", None)))
    return Language(
        code=primary,
        name=raw.pop("name"),
        territory=raw.pop("territory"),
        stopwords=frozenset(w.casefold() for w in raw.pop("stopwords")),
        months=months,
        weekdays=weekdays,
        date_order=raw.pop("date_order", order),
        header=_tuples(raw.pop("header", None)),
        boilerplate=_tuples(raw.pop("boilerplate", None)),
        extra={k: v for k, v in raw.items() if k != "code"},
    )


COMMON_WORDS_DATA = "common_words"


@cache
def common_words(code: str) -> dict[str, int]:
    """The language's most frequent words by rank, from the packaged list
    (``tools/build_common_words.py``); empty for a language without one."""
    import gzip

    resource = _DATA.joinpath(COMMON_WORDS_DATA, f"{code}.txt.gz")
    if not resource.is_file():
        return {}
    with resource.open("rb") as raw:
        words = gzip.decompress(raw.read()).decode("utf-8").split("\n")[1:]
    return {word: rank for rank, word in enumerate(words) if word}


FALLBACK = "en"


def get_or_fallback(code: str) -> Language:
    """The language's data, or English's for a language without a data file (an
    undetermined 'und' article still gets dates, labels and markers that often apply)."""
    try:
        return get(code)
    except KeyError:
        return get(FALLBACK)


@cache
def available() -> tuple[str, ...]:
    return tuple(
        sorted(
            entry.name.removesuffix(".yaml")
            for entry in _DATA.iterdir()
            if entry.name.endswith(".yaml") and entry.name != "common.yaml"
        )
    )


@cache
def common() -> dict[str, Any]:
    data: dict[str, Any] = _load_yaml((_DATA / "common.yaml").read_text(encoding="utf-8"))
    return data


# A trie of words by their characters; the key _END marks a node where a word ends (no
# character is the empty string).
_Trie = dict[str, "_Trie"]
_END = ""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that prefers the longest word that fits, so 'mis à jour' beats 'mis'.

    It is written as a trie ('(?:a (?:declarat|spus)|sa(?:id|ys))', behind a lookahead for
    the first letters), not a flat list of words: the regex engine then tries each letter
    once at a position instead of every word in turn, several times faster for the long
    case-insensitive lists (cue verbs, month names, header labels). It matches exactly what
    the flat list, longest words first, matches: the words that fit at one place are
    prefixes of each other, and the trie tries the longer before the shorter. That needs
    the characters branching at one node to match different letters; where two match the
    same one ignoring case ('S' and 's', 'k' and the Kelvin sign), the flat list is returned.
    Either way the caller puts the result in a group.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    trie: _Trie = {}
    for word in unique:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if _case_clash(trie):
        return "|".join(re.escape(w) for w in unique)
    if not trie:
        return ""
    # the first letters up front: a place where no word can start is passed with one test
    initials = "".join(re.escape(ch) for ch in sorted(trie))
    return f"(?=[{initials}]){_trie_pattern(trie)}"


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    if len(branches) == 1:
        group = branches[0]
        return f"(?:{group})?" if _END in node else group
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if _END in node else group  # where a word ends, a longer one is tried first


def _case_clash(node: _Trie) -> bool:
    letters = [ch for ch in node if ch != _END]
    for i, a in enumerate(letters):
        for b in letters[i + 1 :]:
            if _same_ignoring_case(a, b):
                return True
    return any(_case_clash(child) for child in node.values())


def _same_ignoring_case(a: str, b: str) -> bool:
    """Whether a case-insensitive regex takes one character for the other (the regex module
    has its own rules beyond lower(): 'ſ' is 's', the Kelvin sign 'k', 'İ' 'i')."""
    if a.isascii() and b.isascii():
        return a.lower() == b.lower()
    return bool(re.fullmatch(re.escape(a), b, re.IGNORECASE) or re.fullmatch(re.escape(b), a, re.IGNORECASE))
