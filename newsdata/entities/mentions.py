"""Finding name mentions in a paragraph and the evidence around each.

A mention is a run of capitalised words, joined by the language's name connectors
('Agenția pentru Dezvoltare Regională', 'Junta de Andalucía'), cut at punctuation and
quotation marks. Around it the words that tell what it names are recorded: a role or
honorific before it (a person), an organisation head or legal suffix (an organisation),
a place preposition or place noun (a place). Deciding the type is the next step's job,
over all mentions of the same name together.
"""

from __future__ import annotations

from bisect import bisect_left

from newsdata import gazetteer, lang
from newsdata.document import Mention
from newsdata.entities.lexicon import Lexicon
from newsdata.quotes.marks import QuoteSpan
from newsdata.text import Sentence, Token, fold_key, tokenize

MAX_LOWERCASE_ORG_WORDS = 6


def _quote_boundaries(quotes: list[QuoteSpan]) -> set[int]:
    marks: set[int] = set()
    for q in quotes:
        marks.add(q.start)
        marks.add(q.end - 1)
    return marks


def _sentence_index(sentences: list[Sentence], pos: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return len(sentences) - 1


def _is_name_word(token: Token, lex: Lexicon) -> bool:
    if token.kind != "word" or not token.text[:1].isupper():
        return False
    return not lex.is_weekday_or_month(token.text)


MAX_WORDS_AFTER_CONJUNCTION = 4


def _joins(tokens: list[Token], i: int, k: int, lex: Lexicon, particles: frozenset[str]) -> bool:
    """May the connectors before ``k`` continue the run ``tokens[i:k]``?

    Inside an organisation or place name ('Junta de Andalucía', 'Board of Supervisors',
    'Laguna di Venezia'), and a personal name's particle after a given name ('Miguel de
    Unamuno'); not between two names ('SUA din Paris', 'Witkoff și Kushner')."""
    back = k - 1
    joining: list[Token] = []
    while back > i and (tokens[back].folded in lex.connectors or tokens[back].kind == "elision"):
        joining.append(tokens[back])
        back -= 1
    run = tokens[i : back + 1]
    if len(joining) == 1 and joining[0].kind == "elision":
        return True  # 'Conca d'Oro', 'Côte d'Ivoire', 'Jeanne d'Arc'
    named = any(
        t.folded in lex.org_heads or t.folded in lex.place_head_titles or t.folded in lex.place_tail_titles for t in run
    )
    if not named and _compound_surname(run, joining, tokens, k, lex):
        return True
    if any(t.folded in lex.conjunctions for t in joining):
        # 'Ministerio de Agricultura y Pesca' is one name; 'Oleícola San Isidro y Aceites
        # Sierra Sur' (a place-like title before the 'y') is two; 'Securities and Exchange
        # Commission' is one, its head after the 'and', but not when a person's name opens it
        if lex.capitalises_nouns:
            return _conjunction_in_organisation(run, tokens, k, lex)
        if any(t.folded in lex.org_heads for t in run):
            return True
        following = []
        for t in tokens[k : k + MAX_WORDS_AFTER_CONJUNCTION]:
            if t.kind != "word" or not t.text[:1].isupper():
                break
            following.append(t)
        return any(t.folded in lex.org_heads for t in following) and not gazetteer.is_given_name(run[0].text)
    if named:
        return True
    return len(run) == 1 and len(joining) == 1 and joining[0].folded in particles and not lex.capitalises_nouns


def _conjunction_in_organisation(run: list[Token], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """German capitalises every noun, so 'und' joins two names as often as it sits inside
    one. It is inside when an organisation's head opens the run and the name goes on over
    'für', 'der' ('Bundesministerium für Digitales und Verkehr') or is spelt out by the
    acronym after it ('Gewerkschaft Erziehung und Wissenschaft (GEW)'), and one word
    closes it: 'Ministerium für Bildung und Kultusminister Meier' is two names."""
    opening = 0
    while opening < len(run) - 1 and run[opening].folded in lex.stopwords:
        opening += 1  # 'Das Bundesministerium ...' at a sentence's start
    words = run[opening:]
    if not _is_compound_org_head(words[0].folded, lex):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
        return False
    if any(t.folded in lex.connectors and t.folded not in lex.conjunctions for t in words):
        return True
    acronym = tokens[k + 2] if nxt is not None and nxt.text == "(" and k + 2 < len(tokens) else None
    if acronym is None or not acronym.text.isupper() or len(acronym.text) < 2:
        return False
    initials = "".join(t.text[0] for t in [*words, tokens[k]] if t.text[:1].isupper())
    return acronym.text.casefold() == initials.casefold()


MAX_GIVEN_AND_SURNAME_WORDS = 3


def _compound_surname(run: list[Token], joining: list[Token], tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Marta Ruiz de Alarcón', 'Jordi Ferrer i Vidal': a full name that goes on over the
    language's surname particles. Not when what follows is a name of its own: another
    person in full ('Ana Ruiz y Pedro Gil'), a city of note or a country ('Ana Ruiz de
    Madrid'), an organisation or an acronym ('Ana Ruiz del PSOE')."""
    if not lex.surname_particles or not 2 <= len(run) <= MAX_GIVEN_AND_SURNAME_WORDS:
        return False
    if not all(t.folded in lex.surname_particles for t in joining) or not gazetteer.is_given_name(run[0].text):
        return False
    after = tokens[k]
    another_person = (
        gazetteer.is_given_name(after.text)
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == "word"
        and tokens[k + 1].text[:1].isupper()
    )
    return not (
        another_person
        or after.text.isupper()
        or _is_compound_org_head(after.folded, lex)
        or after.folded in lex.place_head_titles
        or gazetteer.is_place(after.text, min_population=SURNAME_PLACE_MIN_POPULATION)
    )


# a city this large after 'de' is where the person is from; smaller ones are often surnames
# ('Castro', 'Mora')
SURNAME_PLACE_MIN_POPULATION = 500_000


def _runs(
    tokens: list[Token], text: str, lex: Lexicon, quote_marks: set[int], particles: frozenset[str]
) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised runs, joined over connectors."""
    runs: list[tuple[int, int]] = []
    i = 0
    capitalised = [t.kind == "word" and t.text[0].isupper() for t in tokens]
    while i < len(tokens):
        if not capitalised[i] or not _is_name_word(tokens[i], lex):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            tok = tokens[j]
            if _is_name_word(tok, lex) and text[tokens[j - 1].end : tok.start].strip() == "":
                j += 1
                continue
            # connectors: 'de', 'pentru', "l'", "dell'" followed by another name word
            k = j
            while k < len(tokens) and (tokens[k].folded in lex.connectors or tokens[k].kind == "elision") and k - j < 2:
                k += 1
            if k > j and k < len(tokens) and _is_name_word(tokens[k], lex) and _joins(tokens, i, k, lex, particles):
                gap = text[tokens[j - 1].end : tokens[k].start]
                if not any(p in quote_marks for p in range(tokens[j - 1].end, tokens[k].start)) and "," not in gap:
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


MAX_HEAD_ADJECTIVES = 2


def _lowercase_head(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """Where a name's lower-case head starts: 'calle Toro', 'préfecture maritime de l'Atlantique',
    'ministero delle Imprese'. A town's generic head ('la ville de Lyon') is not kept."""
    k = i - 1
    connector = False
    while k >= 0 and (tokens[k].folded in lex.connectors or tokens[k].kind == "elision"):
        connector = True
        k -= 1
    adjectives = 0
    while k >= 0 and adjectives <= MAX_HEAD_ADJECTIVES:
        tok = tokens[k]
        if tok.kind != "word" or not tok.text.islower():
            return None
        if tok.folded in lex.org_heads or tok.folded in lex.place_heads:
            if tok.folded in lex.place_heads and (connector and _is_settlement_name(tokens[i].text)):
                return None
            if not connector and tok.folded in lex.org_heads and tok.folded not in lex.place_heads:
                return None
            return k if connector or adjectives == 0 else None
        if tok.folded in lex.stopwords or tok.folded in lex.connectors:
            return None
        adjectives += 1
        k -= 1
    return None


def _head_kind(token: Token, lex: Lexicon) -> str:
    return "org_head" if token.folded in lex.org_heads and token.folded not in lex.place_heads else "place_head"


def _is_settlement_name(word: str) -> bool:
    from newsdata import gazetteer

    return any(p.kind in ("city", "country", "region") for p in gazetteer.places(word))


def _extend_lowercase(tokens: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """French, Spanish and Italian write most of an organisation's name in lower case:
    'Direction générale de l'aviation civile', 'Union des contrôleurs aériens du Sud'.
    The lower-case part must hold a connector, and ends two words after the last one."""
    k = j
    last_connector: int | None = None
    while k < len(tokens) and k - j < MAX_LOWERCASE_ORG_WORDS:
        tok = tokens[k]
        if tok.kind == "elision" or tok.folded in lex.connectors:
            last_connector = k
            k += 1
            continue
        if tok.kind != "word" or tok.folded in lex.stopwords or (tok.text[:1].isupper() and tok.folded in lex.roles):
            break
        k += 1
    if last_connector is None:
        return j
    end = last_connector + 1
    while (
        end < k
        and end - last_connector <= 2
        and tokens[end].kind == "word"
        and tokens[end].folded not in lex.connectors
    ):
        end += 1
    return end if end > last_connector + 1 else j


def _first_words(tokens: list[Token], text: str, sentences: list[Sentence], quote_marks: set[int]) -> set[int]:
    """Indexes of words that start a sentence, or a quotation (capitalised there for that
    reason alone): the first word of each sentence, and a capitalised word after an
    opening quotation mark or after a full stop inside a quotation."""
    words = [idx for idx, tok in enumerate(tokens) if tok.kind == "word"]
    word_starts = [tokens[idx].start for idx in words]
    first: set[int] = set()
    for s in sentences:
        k = bisect_left(word_starts, s.start)
        if k < len(words) and word_starts[k] < s.end:
            first.add(words[k])
    for idx in words:
        tok = tokens[idx]
        if idx == 0 or idx in first or not tok.text[0].isupper():
            continue
        before = text[tok.start - 4 if tok.start > 4 else 0 : tok.start].rstrip()
        if tok.start - 1 in quote_marks or before.endswith(_SENTENCE_OPENERS):
            first.add(idx)
    return first


def find_mentions(
    paragraph_index: int,
    text: str,
    sentences: list[Sentence],
    quotes: list[QuoteSpan],
    lex: Lexicon,
) -> list[Mention]:
    tokens = tokenize(text)
    quote_marks = _quote_boundaries(quotes)
    first_word_of_sentence = _first_words(tokens, text, sentences, quote_marks)

    mentions: list[Mention] = []
    particles = frozenset(lang.common()["name_particles"])
    covered = 0
    for i, j in _runs(tokens, text, lex, quote_marks, particles):
        if i < covered:
            continue
        if lex.lowercase_org_names and j - i == 1 and tokens[i].folded in lex.org_heads:
            j = _extend_lowercase(tokens, i, j, lex)  # 'Direction générale de l'aviation civile'
        covered = j
        head = _lowercase_head(tokens, i, lex) if lex.lowercase_org_names else None
        if head is not None:
            shaped = _shape(tokens, i, j, text, paragraph_index, sentences, first_word_of_sentence, lex)
            core = text[tokens[i].start : tokens[j - 1].end]
            mentions.extend(
                _replace(
                    m,
                    start=tokens[head].start,
                    text=text[tokens[head].start : m.end],
                    core=core,
                    evidence=m.evidence | {_head_kind(tokens[head], lex)},
                )
                if m.start == tokens[i].start
                else m
                for m in shaped
            )
            continue
        mentions.extend(_shape(tokens, i, j, text, paragraph_index, sentences, first_word_of_sentence, lex))
    index_of = {t.start: i for i, t in enumerate(tokens)}
    mentions = [_appositive_role(m, tokens, index_of, lex) for m in mentions]
    return _coordinate(mentions, text, lex)


def _shape(
    tokens: list[Token],
    i: int,
    j: int,
    text: str,
    paragraph_index: int,
    sentences: list[Sentence],
    initial_words: set[int],
    lex: Lexicon,
) -> list[Mention]:
    """Trim a run to the name it holds and collect the evidence around it."""
    evidence: set[str] = set()
    role: str | None = None
    sentence_initial = i in initial_words

    # leading function words at a sentence start ('La Junta', 'Die Ministerin')
    while i < j and i in initial_words and tokens[i].folded in lex.stopwords:
        i += 1
        sentence_initial = True
    # roles and honorifics inside the run: 'District Judge Helen Marsh', 'Innenministerin Katrin Vossberg'
    last_role = None
    for k in range(i, j):
        if tokens[k].folded in lex.roles or tokens[k].folded.rstrip(".") in lex.honorifics:
            last_role = k
    if (
        last_role is not None
        and last_role > i
        and tokens[i].folded in lex.org_heads
        and not gazetteer.is_given_name(tokens[last_role + 1].text if last_role + 1 < j else "")
    ):
        last_role = None  # 'Sindicato Médico Unificado': a role word inside an organisation's name
    if last_role is not None and last_role < j - 1:
        role = " ".join(t.text for t in tokens[i : last_role + 1])
        evidence.add("honorific" if tokens[last_role].folded.rstrip(".") in lex.honorifics else "role")
        i = last_role + 1
        sentence_initial = False
    # an organisation name starts at its head word ('Ședința Consiliului Local' -> 'Consiliului Local')
    pieces: list[tuple[int, int]] = [(i, j)]
    for k in range(i + 1, j):
        if tokens[k].folded in lex.org_heads and not lex.head_final:
            pieces = [(i, k), (k, j)]
            break
    # in German a run may start with a place or organisation noun: 'Stadtteil Gaarden',
    # 'Autobauer Volkswagen'; an organisation head is part of the name: 'Gewerkschaft
    # Nahverkehr Franken', 'Arbeitgeberverband Textil Nord'
    if lex.capitalises_nouns and j - i >= 2:
        if _is_compound_org_head(tokens[i].folded, lex) and tokens[i].folded not in lex.place_heads:
            evidence.add("org_head")
        elif tokens[i].folded in lex.place_heads or tokens[i].folded in lex.org_cues:
            evidence.add("place_head" if tokens[i].folded in lex.place_heads else "org_cue")
            pieces = [(i + 1, j)]
    if lex.capitalises_nouns:
        pieces = [_cut_place_before_noun(tokens, a, b, lex) for a, b in pieces]
    out: list[Mention] = []
    pieces = [
        (a, b)
        for a, b in pieces
        if not (b - a == 1 and (tokens[a].folded in lex.roles or tokens[a].folded in lex.pronouns))
    ]
    for n, (a, b) in enumerate(pieces):
        while b > a and (tokens[b - 1].folded in lex.connectors or tokens[b - 1].kind == "elision"):
            b -= 1
        while a < b and (tokens[a].folded in lex.connectors or tokens[a].kind == "elision"):
            a += 1
        legal_form = False
        while b - a >= 2 and len(tokens[b - 1].text) == 1 and text[tokens[b - 1].end : tokens[b - 1].end + 1] == ".":
            # 'Meccanica Subalpina S.p.A.': a legal form's abbreviation is not part of the name,
            # but says it is a company's
            abbreviation = text[tokens[b - 1].start :].split(maxsplit=1)[0].rstrip(",;:")
            legal_form = legal_form or abbreviation.casefold().rstrip(".") in lex.org_suffixes
            b -= 1
        if b - a == 1 and len(tokens[a].text) == 1:
            continue  # 'I', a stray initial
        if a >= b:
            continue
        piece_evidence = set(evidence) if n == len(pieces) - 1 else set()
        piece_role = role if n == len(pieces) - 1 else None
        initial = sentence_initial and n == 0 and a == i
        start, end = tokens[a].start, tokens[b - 1].end
        piece_evidence |= _context(tokens, a, b, lex)
        if piece_role is None and "role_before" in piece_evidence:
            piece_role = next((t.text for t in reversed(tokens[max(0, a - 3) : a]) if t.folded in lex.roles), None)
        if "role_before" in piece_evidence and all(_oblique(t.text, lex) for t in tokens[a:b]):
            # 'Primarul Brașovului': the role's complement (of Brașov), not the person
            piece_evidence -= {"role_before"}
            piece_evidence.add("complement")
            piece_role = None
        if (
            a > 0
            and (
                tokens[a - 1].folded in lex.roles
                or (a > 1 and tokens[a - 2].folded in lex.roles and tokens[a - 1].folded in lex.connectors)
            )
            and b - a == 1
            and "role_before" not in piece_evidence
        ):
            piece_evidence.add("role_complement")  # 'consejera de Agricultura'
        acronym = _acronym_after(text, end, text[start:end])
        if text[end : end + 2] in ("'s", "’s"):
            piece_evidence.add("complement")  # "Hale's lawyer": Hale is not the one speaking
        if tokens[a].folded in lex.org_heads:
            piece_evidence.add("org_head")
        if b - a == 1 and _compound_place(tokens[a].folded, lex):
            piece_evidence.add("place_head")  # 'Marienplatz', 'Augustusbrücke
        if legal_form:
            piece_evidence.add("org_suffix")
        last = tokens[b - 1].folded.rstrip(".")
        if last in lex.org_suffixes or (lex.head_final and b - a >= 2 and last in lex.org_heads):
            piece_evidence.add("org_suffix")
        if tokens[a].folded in lex.place_head_titles:
            piece_evidence.add("place_title")
        if tokens[b - 1].folded in lex.place_tail_titles:
            piece_evidence.add("place_title")
        out.append(
            Mention(
                paragraph=paragraph_index,
                start=start,
                end=end,
                text=text[start:end],
                sentence=_sentence_index(sentences, start),
                sentence_initial=initial,
                evidence=frozenset(piece_evidence),
                role=piece_role,
                acronym=acronym,
            )
        )
    return out


COMPOUND_PLACE_MIN_EXTRA = 3  # letters before the ending: 'Marienplatz', not 'Platz' or 'Ufer'


def _compound_place(folded: str, lex: Lexicon) -> bool:
    """'marienplatz', 'zürichsee': a compound whose last part names a kind of place, unless
    the whole is one of the language's common words ('arbeitsplatz', 'flughafen')."""
    return (
        lex.compounds
        and folded not in lex.common_words
        and any(
            folded.endswith(e) and len(folded) >= len(e) + COMPOUND_PLACE_MIN_EXTRA for e in lex.place_compound_endings
        )
    )


def _is_compound_org_head(folded: str, lex: Lexicon) -> bool:
    """'gewerkschaft', and in a compounding language 'arbeitgeberverband' too."""
    if folded in lex.org_heads:
        return True
    return lex.compounds and len(folded) >= 8 and folded.endswith(lex.org_head_endings)


def _cut_place_before_noun(tokens: list[Token], a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """German capitalises every noun, so a place may run into the noun after it:
    'richtete in Schleswig-Holstein Millionenschäden an'. A known place followed only by
    words that are neither places, given names nor organisation words ends the name."""
    from newsdata import gazetteer

    if b - a < 2 or not _is_settlement_name(tokens[a].text) or gazetteer.is_given_name(tokens[a].text):
        return a, b

    rest = tokens[a + 1 : b]
    if any(
        gazetteer.places(t.text)
        or gazetteer.is_given_name(t.text)
        or t.folded in lex.org_heads
        or t.folded in lex.org_cues
        for t in rest
    ):
        return a, b
    return a, a + 1


def _context(tokens: list[Token], a: int, b: int, lex: Lexicon) -> set[str]:
    evidence: set[str] = set()
    prev = tokens[max(0, a - 3) : a]
    if prev:
        p1 = prev[-1]
        if p1.folded in lex.place_prepositions or (p1.kind == "elision" and p1.folded[:1] in "ad"):
            evidence.add("place_prep")
        if p1.folded in lex.place_heads:
            evidence.add("place_head")
        if p1.folded in lex.org_cues or (len(prev) >= 2 and prev[-2].folded in lex.org_cues and p1.text.islower()):
            evidence.add("org_cue")  # 'cotidianul francez Le Monde'
        if p1.folded in lex.person_articles:
            evidence.add("person_article")
        if p1.folded in lex.roles or p1.folded.rstrip(".") in lex.honorifics:
            evidence.add("role_before")
        if p1.folded in lex.title_cues:
            evidence.add("title_cue")
        genitive_elision = p1.kind == "elision" and p1.folded[:1] in "dans"  # d', dell', all', nell', sull'
        if (
            (p1.folded in lex.connectors or p1.folded in lex.place_prepositions or genitive_elision)
            and p1.folded not in lex.conjunctions
            and not (lex.capitalises_nouns and p1.text[:1].isupper())  # 'Der Verband ...' opens a sentence
            and not (p1.text[:1].isupper() and p1.folded in lex.articles)  # 'The Yorkshire and ... Board said'
        ):
            evidence.add("complement")  # 'de X', 'of X', "dell'X": not the subject of a verb
        # two-word cues: 'de la' + place, 'purtătorul de cuvânt' + person
        if len(prev) >= 2:
            pair = f"{prev[-2].folded} {p1.folded}"
            if pair in lex.place_prepositions:
                evidence.add("place_prep")
            if pair in lex.roles:
                evidence.add("role_before")
            if prev[-2].folded in lex.place_heads and p1.folded in lex.connectors and p1.folded not in lex.conjunctions:
                evidence.add("place_head")  # 'Stadt der Zukunft'; not 'Anna Berg und Thomas Kühn'
            lowercase_word = p1.kind == "word" and not p1.text[:1].isupper()
            if (
                prev[-2].folded in lex.roles
                and lowercase_word
                and p1.folded not in lex.connectors
                and p1.folded not in lex.place_prepositions  # (no set union built per mention)
            ):
                evidence.add("role_before")  # 'consiliera locală Ana Pop': the role one word back
    if (
        b - a == 1
        and a > 0
        and tokens[a - 1].folded in lex.bare_place_prepositions
        and not tokens[a].folded.endswith(lex.common_noun_endings)
        and tokens[a].folded not in lex.currency_words
        and (b >= len(tokens) or tokens[b].folded not in lex.articles)
    ):
        evidence.add("bare_place_prep")  # 'in Herdern', not 'nach Angaben der Polizei'
    if b - a >= 2 and _after_role_of(prev, lex):
        evidence.add("role_of")  # 'el presidente de Oleícola Norte, X': whose president, an organisation or a place
    if b < len(tokens) and tokens[b].kind == "punct" and tokens[b].text == "," and b + 1 < len(tokens):
        nxt = tokens[b + 1]
        if nxt.kind == "number":
            evidence.add("age")  # 'Hale, 47,'
        elif nxt.folded in lex.roles:
            evidence.add("role_after")
    return evidence


def _after_role_of(prev: list[Token], lex: Lexicon) -> bool:
    """A role, then 'of' (and an article): 'the director of', 'la presidenta de la'."""
    k = len(prev) - 1
    while k >= 1 and (prev[k].folded in lex.connectors or prev[k].kind == "elision"):
        k -= 1
    return k < len(prev) - 1 and prev[k].folded in lex.roles


APPOSITIVE_WINDOW = 8
_SENTENCE_OPENERS = (".", "!", "?", "…", ":", "„", "“", "«", '"', "‚")


def _oblique(word: str, lex: Lexicon) -> bool:
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in lex.oblique_suffixes)


def _appositive_role(m: Mention, tokens: list[Token], index_of: dict[int, int], lex: Lexicon) -> Mention:
    """'the mayor of Cluj, Ana Pop' / 'La portavoz de la plataforma, Irene Casaseca': the role
    printed before the comma is Ana Pop's."""
    if m.role is not None:
        return m
    index = index_of.get(m.start)
    if index is None or index == 0 or tokens[index - 1].text != ",":
        return m
    window = tokens[max(0, index - 1 - APPOSITIVE_WINDOW) : index - 1]
    for tok in reversed(window):
        if tok.text in ".;:!?" or tok.text in '„“”«»"':
            break
        if tok.folded in lex.roles:
            return _replace(m, evidence=m.evidence | {"role"}, role=tok.text)
    return m


def _replace(m: Mention, **changes: object) -> Mention:
    from dataclasses import replace

    return replace(m, **changes)  # type: ignore[arg-type]


def _acronym_after(text: str, end: int, name: str) -> str | None:
    """'(UCAS)', and the title-case acronyms Spanish and Italian print ('Secretaría de
    Gobernación (Segob)', 'Agencia Estatal de Meteorología (Aemet)'): letters the name
    holds in order, from its first."""
    rest = text[end : end + 14]
    stripped = rest.lstrip()
    if not stripped.startswith("("):
        return None
    close = stripped.find(")")
    if close <= 1:
        return None
    inner = stripped[1:close].strip()
    if (
        2 <= len(inner) <= 10
        and inner.replace("-", "").replace(".", "").isalnum()
        and sum(c.isupper() for c in inner) >= 2
    ):
        return inner
    if 3 <= len(inner) <= TITLE_ACRONYM_MAX and inner.isalpha() and inner[0].isupper() and len(name.split()) >= 2:
        return inner if _letters_in_order(fold_key(inner), fold_key(name)) else None
    return None


TITLE_ACRONYM_MAX = 8


def _letters_in_order(short: str, long: str) -> bool:
    if not long.startswith(short[:1]):
        return False
    position = 0
    for letter in short:
        position = long.find(letter, position) + 1
        if position == 0:
            return False
    return True


def _coordinate(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """Give mentions listed together ('Ilișești, Bosanci și Fălticeni') one group id.

    A list needs a conjunction somewhere: 'the mayor of Cluj, Ana Pop' is an apposition."""
    if not mentions:
        return mentions
    chains: list[list[int]] = [[0]]
    has_conjunction: list[bool] = [False]
    for n in range(1, len(mentions)):
        gap = text[mentions[n - 1].end : mentions[n].start].strip().casefold()
        words = gap.replace(",", " ").split()
        if gap and (gap == "," or (len(words) == 1 and words[0] in lex.conjunctions)):
            chains[-1].append(n)
            has_conjunction[-1] = has_conjunction[-1] or bool(words)
        else:
            chains.append([n])
            has_conjunction.append(False)
    out = list(mentions)
    group = 0
    for chain, conj in zip(chains, has_conjunction, strict=True):
        if len(chain) < 2 or not conj:
            continue
        group += 1
        for n in chain:
            out[n] = _with_group(out[n], group)
    return out


def _with_group(m: Mention, group: int) -> Mention:
    # built directly, not through dataclasses.replace, which runs in the interpreter
    return Mention(
        m.paragraph,
        m.start,
        m.end,
        m.text,
        m.sentence,
        m.sentence_initial,
        evidence=m.evidence,
        role=m.role,
        acronym=m.acronym,
        group=group,
        core=m.core,
    )
