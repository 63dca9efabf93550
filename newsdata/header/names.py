"""Telling a printed personal name from other short text, for bylines."""

from __future__ import annotations

import re
from functools import cache

from newsdata import lang
from newsdata.header.patterns import HeaderPatterns

_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_]+)*\.?$")


def looks_like_name(text: str, p: HeaderPatterns, *, max_tokens: int = 5) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    capitalised = 0
    for token in tokens:
        if token.casefold() in p.particles:
            continue
        if not _TOKEN.match(token) or not token[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 1 and not any(t.casefold().strip(".") in p.roles for t in tokens)


def split_names(text: str, p: HeaderPatterns, *, several: bool = False) -> list[str]:
    """Names in a byline: 'A, B and C', dropping affiliations ('A, Reuters') and roles.

    Without a conjunction, 'A, X' is a name and an affiliation ('Ana Lopes, Reuters',
    'Ion Pop, Cronica Sibiului'), unless the label announced several authors ('Autori:').
    """
    text = re.sub(r"\([^)]*\)", " ", text).strip(" .,;:|")
    if ";" in text:  # 'Margaux Delpech ; Yannick Soulé': a list, not a name and an affiliation
        text, several = text.replace(";", ","), True
    if not several and not p.has_conjunction.search(text):
        text = text.split(",")[0]
    parts = [_without_role(part.strip(" .,;:|"), p) for part in p.conjunctions.split(text)]
    names = [part for part in parts if part and looks_like_name(part, p)]
    if len(names) != len([part for part in parts if part]):
        # something in the list is not a name (a role, a sentence): keep only clear names
        names = [n for n in names if len(n.split()) >= 2] or names
    multi = [n for n in names if len(n.split()) >= 2]
    return multi if multi else names


MAX_ROLE_WORDS = 3


def _without_role(text: str, p: HeaderPatterns) -> str:
    """'unserem Redakteur Henrik Lüdemann' -> 'Henrik Lüdemann': the role the byline gives first."""
    words = text.split()
    n = 0
    while n < min(len(words) - 2, MAX_ROLE_WORDS) and words[n].casefold() in p.roles:
        n += 1
    return " ".join(words[n:]) if n and looks_like_name(" ".join(words[n:]), p) else text


def name_with_role(text: str, p: HeaderPatterns) -> str | None:
    """'Rhodri Pellow, Wales transport correspondent' -> 'Rhodri Pellow': a byline without 'By'."""
    name, sep, rest = text.partition(",")
    if not sep or not 2 <= len(name.split()) <= 4 or not looks_like_name(name.strip(), p):
        return None
    rest_words = {w.casefold().strip(".") for w in rest.split()}
    return name.strip() if rest_words & p.roles and len(rest.split()) <= 8 else None


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in lang.common()["news_agencies"])


def is_news_agency(text: str) -> bool:
    """'EFE', 'Reuters', 'AFP': a news agency's name (``news_agencies`` in the common data)."""
    return text.strip().casefold() in _agencies()
