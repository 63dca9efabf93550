"""Event stage: what happened, when, where and to whom.

News tells its main event in the headline and the first paragraphs, so event types are
scored over the article by where their cues (from the language's data: 'grève',
's-au întâlnit', 'Besuch', 'fusión', ...) appear: the headline and the lead weigh most.
The best-scoring type is the main event; another type becomes a second event only when
a sentence of its own, anywhere in the text, says when it happened (not a day still to
come) and names someone who took part, as does someone speaking on a day in a town the
sentence names ('sagte am Donnerstag in Mainz'). Each event takes its
date from its sentence (resolved against the publication date), else from its paragraph,
else from the lead. Its location is the town a sentence telling it places it in, else a
place its first sentence names (a town before a region before a country, never a place
a distance is measured from, and a place it happened 'near' only when nothing else is
named), else the article's main place. Its participants are the people and organisations
the sentences telling it name, and for the main event the story's actors as well.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Final

from newsdata import gazetteer, lang
from newsdata.document import Document, EntityDraft, EventDraft, Mention
from newsdata.entities.lexicon import Lexicon, lexicon
from newsdata.events.when import resolve_date
from newsdata.lang.units import distance_words
from newsdata.quotes.attribution import inside_quote
from newsdata.text import word_starts

EVENT_PARAGRAPHS = 5
HEADLINE_WEIGHT = 1.0
PARAGRAPH_WEIGHTS = (2.0, 1.0, 0.5, 0.3, 0.2)
# below this, the cues found are asides deep in the text ('Reisende' in the fifth paragraph)
MAIN_EVENT_MIN_SCORE = 0.5


@dataclass
class _Sentence:
    paragraph: int  # -1 for the headline
    index: int
    text: str  # quotations blanked
    raw: str
    mentions: list[Mention] = field(default_factory=list)
    offset: int = 0  # where the sentence starts in its paragraph, for the mentions' offsets
    types: list[tuple[str, int]] | None = None  # its event cues, once looked for (see _types_of)


@dataclass(frozen=True)
class _Cues:
    by_prefix: dict[str, tuple[tuple[str, str], ...]]  # a cue's first letters -> (cue, type)
    compounds: bool
    exclusions: tuple[str, ...]  # words that hold a cue and tell no event ('eintrafen')


PREFIX: Final = 3


@cache
def _cues(code: str) -> _Cues:
    language = lang.get_or_fallback(code)
    lex = lexicon(language.code)
    compounds = language.flag("compound_words")
    table: dict[str, list[tuple[str, str]]] = {}
    for event_type, words in language.body_map("event_cues").items():
        cues = [w.strip().casefold() for w in words if w.strip()]
        if event_type == "statement":
            # an attribution verb ('a declarat', 'said') is how every quote is told, not an event
            cues = [w for w in cues if not lex.cue_verbs.fullmatch(w)]
        for cue in cues:
            table.setdefault(cue[:PREFIX], []).append((cue, event_type))
    by_prefix = {k: tuple(sorted(v, key=lambda cv: -len(cv[0]))) for k, v in table.items()}
    exclusions = tuple(w.casefold() for w in language.body("event_cue_exclusions"))
    return _Cues(by_prefix=by_prefix, compounds=compounds, exclusions=exclusions)


def _types_in(text: str, code: str) -> list[tuple[str, int]]:
    """Event types whose cues the text holds, by first position. A cue starts a word,
    except in a language that glues words into compounds ('Herbststurm'). Where a longer
    cue holds a shorter one ('sin un acuerdo', a negotiation, holds 'un acuerdo'), the
    longer one is what the text says."""
    cues = _cues(code)
    found: dict[str, int] = {}
    if cues.compounds:
        folded = text.casefold()
        for word in cues.exclusions:
            if word in folded:
                folded = folded.replace(word, " " * len(word))
        # a cue occurs only where its first letters do: the text's three-letter groups rule
        # out most of the ~270 cues before each is searched for
        grams = {folded[i : i + PREFIX] for i in range(len(folded) - PREFIX + 1)}
        spans: dict[str, tuple[int, int]] = {}
        for prefix, group in cues.by_prefix.items():
            present = prefix in grams if len(prefix) == PREFIX else prefix in folded  # (a cue shorter than PREFIX)
            if not present:
                continue
            for cue, event_type in group:
                pos = folded.find(cue)
                if pos >= 0 and pos < found.get(event_type, len(folded)):
                    found[event_type] = pos
                    spans[event_type] = (pos, pos + len(cue))
        for event_type, (start, end) in list(spans.items()):
            if any(o != event_type and a <= start and end <= b and b - a > end - start for o, (a, b) in spans.items()):
                del found[event_type]
    else:
        # explicit loops and locals: this runs for every sentence, and mypyc compiles them to C
        folded = text.casefold()
        by_prefix = cues.by_prefix
        starts = word_starts(text)
        upper = [text[pos].isupper() for pos in starts]
        capitals = upper.count(True)
        title_case = capitals > len(starts) / 2  # 'Jury Convicts Founder'
        first = starts[0] if starts else -1
        covered = -1  # where the last cue found ends
        for k, pos in enumerate(starts):
            if pos < covered:
                continue
            if not title_case and pos != first and upper[k]:
                continue  # inside a name ('Alianța Civică'), not a word of the story
            candidates = by_prefix.get(folded[pos : pos + PREFIX])
            if candidates is None:
                continue
            for cue, event_type in candidates:  # longest first
                if folded.startswith(cue, pos):
                    if event_type not in found:
                        found[event_type] = pos
                    covered = pos + len(cue)
                    break
    return sorted(found.items(), key=lambda item: item[1])


BACKGROUND_WEIGHT = 0.3
BACKGROUND_WINDOW = 4  # words between the marker and the cue: 'after three weeks of strike'


@cache
def _phrases(code: str, key: str) -> tuple[str, ...]:
    """A casefolded word list of the language's body data ('near_prepositions', ...)."""
    return tuple(w.casefold() for w in lang.get_or_fallback(code).body(key))


def _in_background(text: str, pos: int, code: str) -> bool:
    """'signé après trois semaines de grève', 'tras una reunión de nueve horas': an event
    the sentence dates its news by, not the news."""
    before = " " + " ".join(text[:pos].casefold().split()[-BACKGROUND_WINDOW:]) + " "
    return any(f" {marker} " in before for marker in _phrases(code, "background_markers"))


def _blank_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _types_of(s: _Sentence, code: str) -> list[tuple[str, int]]:
    """The sentence's event types (``_types_in``), looked for once: the main event's scoring
    and the search for a second event read the same sentences."""
    if s.types is None:
        s.types = _types_in(s.text, code)
    return s.types


def _sentences(doc: Document) -> list[_Sentence]:
    """The headline and the sentences of the first paragraphs, which tell the main event."""
    headline = _Sentence(-1, 0, doc.header.headline, doc.header.headline, list(doc.headline_mentions))
    return [headline, *_body_sentences(doc, 0, EVENT_PARAGRAPHS)]


def _body_sentences(doc: Document, first: int, stop: int) -> list[_Sentence]:
    by_sentence = doc.mentions_by_sentence
    out: list[_Sentence] = []
    for p in range(first, min(stop, len(doc.body))):
        text = doc.body[p]
        quotes = doc.quote_spans[p]
        blanked = _blank_quotes(text, [(q.start, q.end) for q in quotes])
        for i, s in enumerate(doc.sentences[p]):
            mentions = [m for m in by_sentence.get((p, i), []) if not inside_quote(quotes, m.start)]
            out.append(_Sentence(p, i, blanked[s.start : s.end], text[s.start : s.end], mentions, s.start))
    return out


def _weight(sentence: _Sentence) -> float:
    if sentence.paragraph < 0:
        return HEADLINE_WEIGHT
    return PARAGRAPH_WEIGHTS[min(sentence.paragraph, len(PARAGRAPH_WEIGHTS) - 1)]


def extract_events(doc: Document) -> Document:
    if not doc.body:
        return doc
    entity_of = doc.entity_of
    published = doc.header.published.date() if doc.header.published else None
    sentences = _sentences(doc)
    scores: dict[str, float] = {}
    first_sentence: dict[str, _Sentence] = {}
    told_in: dict[str, list[_Sentence]] = {}
    for s in sentences:
        for event_type, pos in _types_of(s, doc.language):
            weight = _weight(s) * (BACKGROUND_WEIGHT if _in_background(s.text, pos, doc.language) else 1.0)
            scores[event_type] = scores.get(event_type, 0.0) + weight
            if s.paragraph >= 0:
                first_sentence.setdefault(event_type, s)
                told_in.setdefault(event_type, []).append(s)
    if not scores or max(scores.values()) < MAIN_EVENT_MIN_SCORE:
        return replace(doc, events=(_unnamed_event(doc, sentences, entity_of, published),))
    event_type = max(scores, key=lambda t: scores[t])  # the first of the best, as a stable sort
    main_place = _main_place(doc, entity_of)
    # a type the headline alone tells ('... told to evacuate as river heads for flood peak')
    # is told by the headline
    main = first_sentence.get(event_type) or sentences[0]
    when = resolve_date(main.raw, published, doc.language)
    where = _location(main, entity_of, main_place, doc.language)
    if where not in _headline_places(doc, entity_of):
        where = _stated_location(told_in.get(event_type, []), entity_of, doc.language) or where
        where = _smaller_headline_place(doc, entity_of, where) or where
        if _abroad(where, main_place, entity_of, lexicon(doc.language).territories):
            where = main_place
    people = _participants(main, entity_of)
    people += [p for p in _story_actors(doc, sentences, entity_of) if p not in people]
    for told in told_in.get(event_type, []):  # everyone the sentences telling it name
        people += [p for p in _participants(told, entity_of) if p not in people]
    if not _near(when, published):
        # 'la fermeture ..., annoncée pour le 1er février': a date the news looks ahead or
        # back to; the main event is told on a day close to publication
        others = (_paragraph_date(doc, main, published), _first_date(sentences, published, doc.language))
        when = next((d for d in others if _near(d, published)), when)
    when = when or _paragraph_date(doc, main, published) or _first_date(sentences, published, doc.language)
    events = [
        EventDraft(
            type=event_type,
            date=when.isoformat() if when else None,
            location=_town_of(where or main_place, entity_of, doc.language),
            participants=tuple(people),
        )
    ]
    second = _second_event(doc, sentences, main, events[0], published, entity_of, main_place)
    if second is not None:
        events.append(second)
    return replace(doc, events=tuple(events))


def _unnamed_event(
    doc: Document, sentences: list[_Sentence], entity_of: dict[tuple[int, int], EntityDraft], published: date | None
) -> EventDraft:
    """News with no cue for any kind of event in its headline and lead ('Nube di cenere,
    chiuso l'aeroporto': an ash cloud) still tells something that happened: an 'other'
    event, where the story is, on the day it is published, to the story's actors."""
    return EventDraft(
        type="other",
        date=published.isoformat() if published else None,
        location=_main_place(doc, entity_of),
        participants=tuple(_story_actors(doc, sentences, entity_of)),
    )


def _story_actors(
    doc: Document, sentences: list[_Sentence], entity_of: dict[tuple[int, int], EntityDraft]
) -> list[str]:
    """Who the main story is about: the people and organisations of the headline and the
    lead paragraph, and whoever is quoted most (the story's voice on what happened)."""
    actors: list[str] = []
    for s in sentences:
        if s.paragraph <= 0:
            actors += [p for p in _participants(s, entity_of) if p not in actors]
    speakers = Counter(
        e.key for q in doc.quotes if q.speaker_ref and (e := entity_of.get(q.speaker_ref)) and e.type != "place"
    )
    actors += [key for key, _n in speakers.most_common(1) if key not in actors]
    return actors


def _participants(sentence: _Sentence, entity_of: dict[tuple[int, int], EntityDraft]) -> list[str]:
    keys = [e.key for m in sentence.mentions if (e := entity_of.get(m.ref)) and e.type != "place"]
    return list(dict.fromkeys(keys))


def _second_event(
    doc: Document,
    sentences: list[_Sentence],
    main: _Sentence,
    main_event: EventDraft,
    published: date | None,
    entity_of: dict[tuple[int, int], EntityDraft],
    main_place: str | None,
) -> EventDraft | None:
    """A further event of another kind than the main one, told in a sentence of its own
    anywhere in the text, that says when it happened and who took part:
    'Le préfet a convoqué lundi soir le comité', 'Luni seara, rectorul s-a întâlnit cu
    reprezentanții LSV', 'Wirtschaftsministerin X sagte am Donnerstag in Mainz'.
    An event of the main one's kind, one the sentence dates the news by ('tras la reunión'),
    or one still to come ('prévue lundi') is not one."""
    code = doc.language
    lex = lexicon(code)
    previous: _Sentence | None = None
    same_day: EventDraft | None = None  # one on the main event's day and place, failing any other
    updated = doc.header.modified.date() if doc.header.modified else None  # later events an update tells
    latest = max(published, updated) if published is not None and updated is not None else published
    for s in [*sentences[1:], *_body_sentences(doc, EVENT_PARAGRAPHS, len(doc.body))]:
        before, previous = (previous if previous is not None and previous.paragraph == s.paragraph else None), s
        if s is main:
            continue
        kinds = [
            t for t, pos in _types_of(s, code) if t != main_event.type and not _in_background(s.text, pos, code)
        ]
        if not kinds and main_event.type != "statement" and _dated_statement(s, entity_of, lex):
            kinds = ["statement"]
        if not kinds:
            continue
        when = resolve_date(s.raw, published, code, updated=updated)
        told = [s]
        if when is None and before is not None:
            # 'A reçu lundi une délégation.' / 'À l'issue de la rencontre, elle a indiqué ...'
            when, told = resolve_date(before.raw, published, code, updated=updated), [before, s]
        if when is None or not _near(when, published) or (latest is not None and when > latest):
            continue  # a plan ('prévue lundi'), not an event yet
        if not any((e := entity_of.get(m.ref)) is not None and e.type == "person" for t in told for m in t.mentions):
            continue  # no one named takes part
        people = list(dict.fromkeys(p for t in told for p in _participants(t, entity_of)))
        where = next((w for t in told if (w := _location(t, entity_of, main_place, code))), None)
        where = _town_of(where or main_event.location, entity_of, code)
        event = EventDraft(type=kinds[0], date=when.isoformat(), location=where, participants=tuple(people))
        if event.date != main_event.date or where != main_event.location:
            return event
        if kinds[0] != "statement":  # words on the main event, when and where it happened, are its telling
            same_day = same_day or event
    return same_day


def _dated_statement(s: _Sentence, entity_of: dict[tuple[int, int], EntityDraft], lex: Lexicon) -> bool:
    """'sagte am Donnerstag in Mainz', 'a declarat joi la Cluj': someone speaking on a day,
    in a town the sentence names, is a statement of its own."""
    if not lex.cue_verbs.search(s.text) and not lex.statement_phrases.search(s.text):
        return False
    return any(
        (e := entity_of.get(m.ref)) is not None
        and e.type == "place"
        and "place_prep" in m.evidence
        and _breadth(e) == 0
        for m in s.mentions
    )


EVENT_DAYS_BEFORE = 10  # how far before publication the main news may have happened
EVENT_DAYS_AFTER = 1


def _near(day: date | None, published: date | None) -> bool:
    if day is None or published is None:
        return True
    return -EVENT_DAYS_BEFORE <= (day - published).days <= EVENT_DAYS_AFTER


def _first_date(sentences: list[_Sentence], published: date | None, code: str) -> date | None:
    """The first date the body speaks of, else the publication date."""
    for s in sentences:
        if s.paragraph >= 0 and (day := resolve_date(s.raw, published, code)):
            return day
    return published


def _paragraph_date(doc: Document, sentence: _Sentence, published: date | None) -> date | None:
    if sentence.paragraph < 0:
        return None  # the headline, which no paragraph dates
    text = doc.body[sentence.paragraph]
    return resolve_date(text, published, doc.language)


_BREADTH = {"city": 0, "region": 1, "country": 2, "continent": 3}


def _breadth(e: EntityDraft) -> int:
    """Where something happened is said most precisely by a town, then a region, then a country."""
    return min((_BREADTH.get(p.kind, len(_BREADTH)) for p in _readings(e)), default=len(_BREADTH))


def _readings(e: EntityDraft) -> list[gazetteer.Place]:
    """Each form's likeliest reading: 'Andalucía' the region, not a town of that name elsewhere."""
    return [found[0] for form in (e.name, *e.aliases) if (found := gazetteer.places(form))]


def _is_settlement(e: EntityDraft) -> bool:
    return any(p.kind in ("city", "region", "country") for form in (e.name, *e.aliases) for p in gazetteer.places(form))


DISTANCE_WINDOW = 3  # words between a unit and its place: 'kilomètres de', 'Kilometer südlich von'


def _after_distance(sentence: _Sentence, mention: Mention, code: str) -> bool:
    """'à une trentaine de kilomètres de Grenoble': the place is a reference point."""
    before = sentence.raw[: max(0, mention.start - sentence.offset)].split()[-DISTANCE_WINDOW:]
    units = distance_words(lang.get_or_fallback(code).code)
    return any(word.casefold().strip(",.;") in units for word in before)


def _after_near(sentence: _Sentence, mention: Mention, code: str) -> bool:
    """'un depozit de lângă Ploiești': the place locates another, which the text may name."""
    before = sentence.raw[: max(0, mention.start - sentence.offset)].casefold().rstrip()
    return any(
        before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha())
        for phrase in _phrases(code, "near_prepositions")
    )


def _location(
    sentence: _Sentence, entity_of: dict[tuple[int, int], EntityDraft], main_place: str | None, code: str
) -> str | None:
    """A town, region or country the sentence names, except one a distance is measured
    from; a street or building only when the article names no main place."""
    places = [
        (m, e)
        for m in sentence.mentions
        if (e := entity_of.get(m.ref)) and e.type == "place" and not _after_distance(sentence, m, code)
    ]
    settlements = [(m, e) for m, e in places if _is_settlement(e)]
    if settlements:
        return min(
            settlements,
            key=lambda me: (
                _after_near(sentence, me[0], code),
                "place_prep" not in me[0].evidence,
                _breadth(me[1]),
                me[0].start,
            ),
        )[1].key
    if places and main_place is None:
        return places[0][1].key
    return None


def _entity(key: str | None, entity_of: dict[tuple[int, int], EntityDraft]) -> EntityDraft | None:
    return next((e for e in entity_of.values() if e.key == key), None) if key else None


def _town_of(key: str | None, entity_of: dict[tuple[int, int], EntityDraft], code: str) -> str | None:
    """'Hamburger Hafen' happened in Hamburg: a place named by a town's adjectival form and a
    kind of place is where the town is, when the text names that town."""
    entity = _entity(key, entity_of)
    if entity is None or _is_settlement(entity) or " " not in entity.name:
        return key
    first = entity.name.split()[0]
    towns = {e.name: e.key for e in entity_of.values() if e.type == "place" and _breadth(e) == 0}
    for suffix, replacement in lexicon(code).inflection:
        if suffix and first.endswith(suffix) and (town := first[: -len(suffix)] + replacement) in towns:
            return towns[town]
    return key


def _country(key: str | None, entity_of: dict[tuple[int, int], EntityDraft], home: frozenset[str]) -> str | None:
    place = _likeliest(key, entity_of, home)
    return place.country if place is not None else None


def _abroad(
    where: str | None, main_place: str | None, entity_of: dict[tuple[int, int], EntityDraft], home: frozenset[str]
) -> bool:
    """'chiude la fabbrica di Torino ... la produzione sarà trasferita a Wrocław': a place in
    another country than the one the story is about is where the news leads, not where it
    happened."""
    if where is None or main_place is None or where == main_place:
        return False
    here, there = _country(main_place, entity_of, home), _country(where, entity_of, home)
    return here is not None and there is not None and here != there


def _likeliest(
    key: str | None, entity_of: dict[tuple[int, int], EntityDraft], home: frozenset[str]
) -> gazetteer.Place | None:
    """A place's likeliest reading, one where the article's language is spoken first:
    'Salamanca' in Spanish is Spain's, not Mexico's."""
    entity = _entity(key, entity_of)
    if entity is None:
        return None
    readings = [p for form in (entity.name, *entity.aliases) for p in gazetteer.places(form)]
    local = [p for p in readings if p.country in home]
    best = local or readings
    return best[0] if best else None


def _headline_place(doc: Document, entity_of: dict[tuple[int, int], EntityDraft]) -> str | None:
    """The place the headline names: a settlement before a river or a street."""
    places = [e for m in doc.headline_mentions if (e := entity_of.get(m.ref)) is not None and e.type == "place"]
    settlements = [e for e in places if _is_settlement(e)]
    return (settlements or places)[0].key if places else None


def _headline_places(doc: Document, entity_of: dict[tuple[int, int], EntityDraft]) -> set[str]:
    return {e.key for m in doc.headline_mentions if (e := entity_of.get(m.ref)) is not None and e.type == "place"}


def _population(e: EntityDraft) -> int:
    """The likeliest reading's population; 0 for a place no gazetteer knows (a village)."""
    readings = _readings(e)
    if not readings:
        return 0
    return readings[0].population if readings[0].kind == "city" else REGION_POPULATION


REGION_POPULATION = 10_000_000


def _smaller_headline_place(
    doc: Document, entity_of: dict[tuple[int, int], EntityDraft], where: str | None
) -> str | None:
    """A town the headline names that is smaller than the place found in the text
    ('lo stabilimento di Grugliasco' over 'trasferita a Timișoara'): the headline names
    where the news happened, the text may name places it touches."""
    current = _entity(where, entity_of)
    if current is None:
        return None
    size = _population(current)
    directions = _phrases(doc.language, "direction_prepositions")
    for m in doc.headline_mentions:
        e = entity_of.get(m.ref)
        if e is None or e.type != "place" or e.key == where or _population(e) >= size:
            continue
        if {"place_head", "place_title"} & m.evidence or (_breadth(e) != 0 and "place_prep" not in m.evidence):
            continue  # a lagoon, a street, or a word no gazetteer knows and no preposition places
        before = doc.header.headline[: m.start].split()[-1:]
        if before and before[0].casefold() in directions:
            continue  # 'spre Săcele': where the line goes
        return e.key
    return None



def _stated_location(
    told_in: list[_Sentence], entity_of: dict[tuple[int, int], EntityDraft], code: str
) -> str | None:
    """The town a sentence telling the event places it in ('signed the agreement in Hobart')."""
    for sentence in told_in:
        for m in sentence.mentions:
            e = entity_of.get(m.ref)
            if (
                e is not None
                and e.type == "place"
                and "place_prep" in m.evidence
                and _breadth(e) == 0
                and not _after_distance(sentence, m, code)
                and not _after_near(sentence, m, code)
            ):
                return e.key
    return None


def _main_place(doc: Document, entity_of: dict[tuple[int, int], EntityDraft]) -> str | None:
    """The place the story is about: named in the headline, else the most named settlement."""
    if (place := _headline_place(doc, entity_of)) is not None:
        return place
    counts = Counter(
        e.key for m in doc.mentions if (e := entity_of.get(m.ref)) and e.type == "place" and _is_settlement(e)
    )
    return counts.most_common(1)[0][0] if counts else None
