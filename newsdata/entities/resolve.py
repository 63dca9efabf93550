"""From mentions to participants: which mentions name the same thing, and what it is.

Linking, in order: the same name; an acronym defined in the text; an inflected form
whose base form is printed elsewhere or known to the gazetteer ('Rusiei' -> 'Rusia',
'Kieler' -> 'Kiel'); a sentence-initial run whose tail is a known name ('Former
Veridian Diagnostics' -> 'Veridian Diagnostics'); a person's surname or given name
alone. Typing weighs the evidence of all of an entity's mentions together.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from newsdata import gazetteer
from newsdata.document import Mention
from newsdata.entities.lexicon import Lexicon, lemma_candidates
from newsdata.text import fold_key

PERSON_EVIDENCE = {
    "role": 3.0,
    "role_before": 3.0,
    "role_after": 2.0,
    "honorific": 3.0,
    "age": 3.0,
    "person_article": 2.5,
    "speaker": 2.0,
}
ROLE_EVIDENCE = frozenset({"role", "role_before"})
ORG_EVIDENCE = {"org_head": 3.0, "org_suffix": 3.0, "org_cue": 2.0, "acronym": 1.5}
PLACE_EVIDENCE = {"place_head": 3.0, "place_title": 3.0, "place_prep": 1.0, "bare_place_prep": 1.5}


@dataclass
class Cluster:
    key: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    evidence: Counter[str] = field(default_factory=Counter)
    acronyms: set[str] = field(default_factory=set)
    type: str = ""
    name: str = ""

    def add(self, mention: Mention, form: str | None = None) -> None:
        self.mentions.append(mention)
        surface = form or mention.text
        for name in (surface, mention.core):
            if name and name not in self.forms:
                self.forms.append(name)
        self.evidence.update(mention.evidence)
        if mention.acronym:
            self.acronyms.add(mention.acronym)

    def absorb(self, other: Cluster) -> None:
        for m in other.mentions:
            self.mentions.append(m)
        for f in other.forms:
            if f not in self.forms:
                self.forms.append(f)
        self.evidence.update(other.evidence)
        self.acronyms |= other.acronyms

    @property
    def words(self) -> int:
        return max(len(f.split()) for f in self.forms)


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text


def _oblique(word: str, lex: Lexicon) -> bool:
    return any(word.endswith(s) and len(word) - len(s) >= 3 for s in lex.oblique_suffixes)


def _base_forms(text: str, lex: Lexicon) -> list[str]:
    """Base forms of an inflected name, inflecting every word that has an oblique ending."""
    words = text.split()
    options: list[list[str]] = []
    for w in words:
        alternatives = [w]
        if _oblique(w, lex) or lex.compounds:
            alternatives += lemma_candidates(w, lex)
        options.append(alternatives[:4])
    forms: list[str] = [""]
    for alternatives in options:
        forms = [f"{f} {a}".strip() for f in forms for a in alternatives][:32]
    return [f for f in forms if f != text]


STRONG_EVIDENCE = {
    "role",
    "role_before",
    "role_after",
    "honorific",
    "age",
    "person_article",
    "speaker",
    "org_head",
    "org_suffix",
    "org_cue",
    "place_head",
    "place_title",
}


def _keep(m: Mention, keys_not_initial: set[str], lowercase_words: set[str], lex: Lexicon) -> bool:
    """Drop what is only capitalised because it starts a sentence, references by a bare
    role or organisation word ('Instituția', 'die Polizei'), and titles of works."""
    if {"title_cue", "role_complement"} & m.evidence:
        return False
    if _ROMAN_NUMERAL.fullmatch(m.text):
        return False  # 'XVIII', as in 'del siglo XVIII'
    key = fold_key(m.text)
    words = m.text.split()
    strong = bool(STRONG_EVIDENCE & m.evidence) or bool(m.acronym) or _is_acronym(m.text)
    if len(words) == 1:
        folded = words[0].casefold()
        if folded in lex.org_heads or folded in lex.place_heads or folded in lex.roles or folded in lex.stopwords:
            return False
        if lex.capitalises_nouns:
            # German capitalises every noun: a lone word must pass ``_single_word_ok`` as well
            return folded not in lowercase_words
        if m.sentence_initial and not strong:
            if folded in lowercase_words:
                return False  # printed in lower case elsewhere: a common word
            # 'Most of the deaths ...', 'Una dintre barje ...': a lone word that only starts a
            # sentence is a name when printed elsewhere too, or a place known where the
            # language is spoken (or a big one), not a small town abroad of that spelling
            return key in keys_not_initial or _is_known_place(m.text, lex, abroad_too=False)
        return True
    if lex.capitalises_nouns and not strong:
        # 'Mehrere Gemeinden', 'Betriebsbedingte Kündigungen': nouns, unless a person's name
        return gazetteer.is_given_name(words[0]) or any(_is_known_place(w) for w in words)
    if m.sentence_initial and not strong and words[0].casefold() in lowercase_words:
        return key in keys_not_initial
    return True


_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_ROMAN_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})|XL|L?X{1,3}(?:IX|IV|V?I{0,3})")
KNOWN_CITY_POPULATION = 20000
FOREIGN_CITY_POPULATION = 500000  # a city abroad named by one word must be a big one
ALTERNATE_NAME_POPULATION = 200000


def _is_known_place(word: str, lex: Lexicon | None = None, *, abroad_too: bool | None = None) -> bool:
    """A country, region or continent in any of its names; a city by its own name, or by
    another name when it is large. With a language that capitalises nouns, a small city
    must lie where the language is spoken ('Halle' is a hall more often than a city); so
    must one when ``abroad_too`` is false."""
    if abroad_too is None:
        abroad_too = lex is None or not lex.capitalises_nouns
    for place in gazetteer.places(word):
        if place.kind != "city":
            return True
        own_name = fold_key(_PARENTHESIS.sub("", place.name)) == fold_key(word)  # 'Kempten (Allgäu)'
        big_enough = place.population >= (KNOWN_CITY_POPULATION if own_name else ALTERNATE_NAME_POPULATION)
        if not big_enough:
            continue
        if abroad_too or lex is None:
            return True
        if place.country in lex.territories or place.population >= FOREIGN_CITY_POPULATION:
            return True
    return False


def plausible_names(mentions: list[Mention], lowercase_words: set[str], lex: Lexicon) -> list[Mention]:
    """The mentions that may name someone or something (see ``_keep``)."""
    if lex.capitalises_nouns:
        mentions = [_from_given_name(m) for m in mentions]
    known = {fold_key(m.text) for m in mentions if not m.sentence_initial} | _surnames(mentions, lex)
    kept = [m for m in mentions if _keep(m, known, lowercase_words, lex)]
    surnames = _surnames(kept, lex)
    # 'zwischen Rostock und Gedser': a word listed with a known place is a place too
    with_places = {(m.paragraph, m.group) for m in kept if m.group is not None and _is_known_place(m.text, lex)}
    return [
        m
        for m in kept
        if " " in m.text
        or not lex.capitalises_nouns
        or _single_word_ok(m, surnames, lex)
        or (m.paragraph, m.group) in with_places
    ]


def _surnames(mentions: list[Mention], lex: Lexicon) -> set[str]:
    """Last words of multiword names that start with a given name: 'Ohlendorf' alone is a person."""
    out = set()
    for m in mentions:
        words = m.text.split()
        if len(words) >= 2 and gazetteer.is_given_name(words[0]):
            out.add(fold_key(words[-1]))
    return out


def _single_word_ok(m: Mention, surnames: set[str], lex: Lexicon) -> bool:
    return (
        fold_key(m.text) in surnames
        or _is_acronym(m.text)
        or bool(m.acronym)
        or _is_known_place(m.text, lex)
        or bool({"role_before", "honorific", "person_article", "bare_place_prep"} & m.evidence)
    )


def _from_given_name(m: Mention) -> Mention:
    """'Ordnungsbeigeordneter Thorsten Brümmer' -> 'Thorsten Brümmer': in German the nouns
    before a given name are titles, capitalised like it."""
    words = m.text.split()
    for i, word in enumerate(words[:-1]):
        if i > 0 and gazetteer.is_given_name(word):
            offset = m.text.index(word)
            role = m.role or m.text[:offset].strip()  # kept, so 'die Ministerin' finds her later
            return replace(m, start=m.start + offset, text=m.text[offset:], evidence=m.evidence | {"role"}, role=role)
        if gazetteer.is_given_name(word):
            return m
    return m


def cluster_mentions(mentions: list[Mention], lex: Lexicon) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    order: list[str] = []
    for m in mentions:
        key = fold_key(m.text)
        if key not in clusters:
            clusters[key] = Cluster(key=key)
            order.append(key)
        clusters[key].add(m)
    _link_tails(clusters, order, lex)
    _link_acronyms(clusters, order)
    _link_inflections(clusters, order, lex)
    _link_people(clusters, order, lex)
    return [clusters[k] for k in order if k in clusters]


def _merge(clusters: dict[str, Cluster], order: list[str], source: str, target: str) -> None:
    if source == target or source not in clusters or target not in clusters:
        return
    clusters[target].absorb(clusters.pop(source))
    order.remove(source)


def _link_tails(clusters: dict[str, Cluster], order: list[str], lex: Lexicon) -> None:
    """'Former Veridian Diagnostics' at a sentence start is 'Veridian Diagnostics' printed
    elsewhere: the capitalised first word was only the sentence's."""
    for key in list(order):
        cluster = clusters.get(key)
        if cluster is None or not all(m.sentence_initial for m in cluster.mentions):
            continue
        first, _, tail = key.partition(" ")
        if not tail or first in lex.org_heads or first in lex.place_head_titles:
            continue
        if tail in clusters:
            _merge(clusters, order, key, tail)


def _link_acronyms(clusters: dict[str, Cluster], order: list[str]) -> None:
    for key in list(order):
        cluster = clusters.get(key)
        if cluster is None:
            continue
        for acronym in cluster.acronyms:
            target = fold_key(acronym)
            if target in clusters:
                _merge(clusters, order, target, key)
            cluster.forms.append(acronym) if acronym not in cluster.forms else None


def _link_inflections(clusters: dict[str, Cluster], order: list[str], lex: Lexicon) -> None:
    for key in list(order):
        cluster = clusters.get(key)
        if cluster is None:
            continue
        surface = cluster.forms[0]
        for base in _base_forms(surface, lex):
            base_key = fold_key(base)
            if base_key in clusters and base_key != key:
                _merge(clusters, order, key, base_key)
                break
            if " " not in base and gazetteer.places(base) and not gazetteer.places(surface):
                cluster.name = base  # 'Moldovei' -> 'Moldova', known to the gazetteer
                break


def _person_candidates(clusters: dict[str, Cluster], lex: Lexicon) -> list[Cluster]:
    out = []
    for c in clusters.values():
        multi = [f for f in c.forms if len(f.split()) >= 2]
        if not multi:
            continue
        if c.evidence.keys() & {"org_head", "org_suffix", "place_head", "place_title"}:
            continue
        if any(w.casefold() in lex.connectors for w in multi[0].split()):
            continue
        out.append(c)
    return out


def _link_people(clusters: dict[str, Cluster], order: list[str], lex: Lexicon) -> None:
    """'Zelenski' and 'Marcus' alone are 'Volodimir Zelenski' and 'Marcus Hale'."""
    people = _person_candidates(clusters, lex)
    for key in list(order):
        cluster = clusters.get(key)
        if cluster is None or " " in key:
            continue
        owners = [p for p in people if p.key != key and (p.key.split()[-1] == key or p.key.split()[0] == key)]
        if gazetteer.places(cluster.forms[0]):
            # 'Rennes' is the city, not short for 'Mobilis Rennes'; but 'Florence' may be 'Florence Petit'
            owners = [p for p in owners if gazetteer.is_given_name(p.forms[0].split()[0])]
        surname_owners = [p for p in owners if p.key.split()[-1] == key]
        chosen = surname_owners or owners
        if len(chosen) == 1:
            _merge(clusters, order, key, chosen[0].key)


def decide_type(cluster: Cluster, lex: Lexicon) -> str:
    scores = {"person": 0.0, "organization": 0.0, "place": 0.0}
    # 'Președintele Consiliului Județean': a role before a name that opens with an
    # organisation's head is the role of someone at that organisation, not the name's
    headed = "org_head" in cluster.evidence
    for tag, n in cluster.evidence.items():
        weight = min(n, 2)
        if not (headed and tag in ROLE_EVIDENCE):
            scores["person"] += PERSON_EVIDENCE.get(tag, 0.0) * weight
        scores["organization"] += ORG_EVIDENCE.get(tag, 0.0) * weight
        scores["place"] += PLACE_EVIDENCE.get(tag, 0.0) * weight
    names = [cluster.name] if cluster.name else []
    names += cluster.forms
    for form in names:
        known = gazetteer.places(form)
        if known:
            best = known[0]
            scores["place"] += (
                4.0 if best.kind in ("country", "continent", "region") else 2.0 + min(best.population / 500000, 2)
            )
            break
    full = max(cluster.forms, key=lambda f: len(f.split()))
    words = full.split()
    if len(words) >= 2 and words[0][:1].isupper() and gazetteer.is_given_name(words[0]):
        scores["person"] += 2.5  # not 'lac Achard': a given name is capitalised
    if len(words) >= 2 and len(cluster.forms) > 1 and any(f == words[-1] for f in cluster.forms):
        scores["person"] += 1.5  # surname used alone
    if (
        len(words) >= 2
        and not gazetteer.places(full)
        and words[0][:1].isupper()
        and not gazetteer.is_given_name(words[0])
        and not cluster.evidence.keys() & {"place_head", "place_title"}
        and any(_is_known_place(w) for w in words)
    ):
        scores["organization"] += 1.0  # 'Mobilis Rennes', 'Landesdirektion Sachsen': named after a place
    if cluster.acronyms or _is_acronym(full):
        scores["organization"] += 1.5
    if max(scores.values()) <= 0.5:
        if len(words) >= 2 and not any(w.casefold() in lex.connectors for w in words):
            return "person"
        return "organization"
    return max(scores, key=lambda k: scores[k])


def propagate_group_types(clusters: list[Cluster], types: dict[str, str]) -> None:
    """Names listed together are of one kind: 'Ilișești, Bosanci și Fălticeni'."""
    by_group: dict[tuple[int, int], list[Cluster]] = {}
    for c in clusters:
        for m in c.mentions:
            if m.group is not None:
                by_group.setdefault((m.paragraph, m.group), []).append(c)
    for members in by_group.values():
        kinds = Counter(types[c.key] for c in members if _confident(c))
        if not kinds:
            continue
        kind, _ = kinds.most_common(1)[0]
        for c in members:
            if not _confident(c):
                types[c.key] = kind


def _confident(c: Cluster) -> bool:
    strong = {
        "role",
        "role_before",
        "honorific",
        "age",
        "org_head",
        "org_suffix",
        "place_head",
        "place_title",
        "speaker",
    }
    return bool(strong & c.evidence.keys()) or any(gazetteer.places(f) for f in c.forms)


def canonical_name(cluster: Cluster, lex: Lexicon) -> str:
    """The fullest form; between forms as full, one without an oblique-case ending."""
    if cluster.name:
        return cluster.name
    forms = [f for f in cluster.forms if not _is_acronym(f)] or cluster.forms
    return max(
        forms,
        key=lambda f: (len(f.split()), not any(_oblique(w, lex) for w in f.split()), -forms.index(f)),
    )
