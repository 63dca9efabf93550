"""Quote stage: every direct quotation in the body, with its speaker.

Speakers named in the quote's own sentence come from ``attribution``; a speaker given
only by a role, a pronoun or nothing at all is resolved here against what came before:
the person introduced with that role, the previous quotation's speaker, or the last
person or organisation named.
"""

from __future__ import annotations

from dataclasses import replace

from newsdata.document import Document, EntityDraft, Mention, QuoteDraft
from newsdata.entities.lexicon import Lexicon, lexicon
from newsdata.quotes.attribution import Attribution, attribute, is_quotation, is_subject
from newsdata.text import Sentence, tokenize


def _sentence_of(sentences: tuple[Sentence, ...], pos: int) -> tuple[int, Sentence]:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i, s
    return (len(sentences) - 1, sentences[-1]) if sentences else (0, Sentence(0, pos + 1))


PEOPLE_EVIDENCE = {"role", "role_before", "role_after", "honorific", "age", "person_article"}
LOOKBACK_SENTENCES = 4


def _kind(doc: Document, m: Mention) -> str | None:
    entity = _entity_of(doc).get(m.ref)
    return entity.type if entity else None


def _entity_of(doc: Document) -> dict[tuple[int, int], EntityDraft]:
    """Mention -> entity, built once per document (the document is immutable)."""
    index = _INDEXES.get(id(doc.entities))
    if index is None or index[0] is not doc.entities:
        index = (doc.entities, {ref: e for e in doc.entities for ref in e.refs})
        _INDEXES.clear()
        _INDEXES[id(doc.entities)] = index
    return index[1]


_INDEXES: dict[int, tuple[tuple[EntityDraft, ...], dict[tuple[int, int], EntityDraft]]] = {}


def _earlier_sentences(doc: Document, paragraph: int, sentence: int) -> list[tuple[int, int]]:
    """(paragraph, sentence) pairs before the given one, nearest first."""
    out: list[tuple[int, int]] = []
    p, s = paragraph, sentence - 1
    while p >= 0 and len(out) < LOOKBACK_SENTENCES:
        if s >= 0:
            out.append((p, s))
            s -= 1
        else:
            p -= 1
            s = len(doc.sentences[p]) - 1 if p >= 0 else -1
    return out


def _subjects_in(doc: Document, paragraph: int, sentence: int, before: int | None = None) -> list[Mention]:
    quotes = doc.quote_spans[paragraph]
    return [
        m
        for m in doc.mentions
        if m.paragraph == paragraph
        and m.sentence == sentence
        and (before is None or m.start < before)
        and is_subject(m)
        and _kind(doc, m) in ("person", "organization")
        and not any(q.start <= m.start < q.end for q in quotes)
    ]


def _previous_subject(doc: Document, paragraph: int, sentence: int, pos: int, lex: Lexicon) -> Mention | None:
    """Who the text was talking about: the subject of this sentence before the quote, else
    of the sentences before it; a person over an organisation."""
    spans = [(paragraph, sentence, pos)] + [(p, s, None) for p, s in _earlier_sentences(doc, paragraph, sentence)]
    for p, s, before in spans:
        subjects = _subjects_in(doc, p, s, before)
        people = [m for m in subjects if _kind(doc, m) == "person"]
        if people:
            return people[0]
        if subjects:
            return subjects[0]
        by_noun = _noun_subject(doc, p, s, lex)
        if by_noun is not None:
            return by_noun
    return None


def _noun_subject(doc: Document, paragraph: int, sentence: int, lex: Lexicon) -> Mention | None:
    """A sentence whose subject is a common noun points back to someone named before:
    'Primarul a precizat...' to the mayor, 'Le syndicat réclame...' to the union."""
    span = doc.sentences[paragraph][sentence]
    words = [t for t in tokenize(doc.body[paragraph], span.start, span.end) if t.kind == "word"][:3]
    for tok in words:
        if tok.folded in lex.roles:
            return _with_role(doc, tok.folded, paragraph, span.start)
        if tok.folded in lex.org_heads or tok.folded in lex.org_cues:
            earlier = [
                m
                for m in doc.mentions
                if (m.paragraph, m.start) < (paragraph, span.start) and _kind(doc, m) == "organization"
            ]
            return earlier[-1] if earlier else None
    return None


def _with_role(doc: Document, role: str, paragraph: int, pos: int) -> Mention | None:
    stem = role[:5]
    earlier = [m for m in doc.mentions if (m.paragraph, m.start) < (paragraph, pos) and m.role]
    # 'die Ministerin' is the 'Innenministerin' introduced before
    matching = [m for m in earlier if any(stem in w.casefold() for w in (m.role or "").split())]
    return matching[-1] if matching else None


def _resolve(
    found: Attribution, doc: Document, paragraph: int, sentence: int, pos: int, last: QuoteDraft | None, lex: Lexicon
) -> Mention | None:
    if found.reference and found.reference not in lex.pronouns:
        by_role = _with_role(doc, found.reference, paragraph, pos)
        if by_role is not None:
            return by_role
    if found.cue is None and last is not None and last.paragraph == paragraph and last.speaker_ref is not None:
        return _mention_at(doc, last.speaker_ref)  # a quotation continuing the one before it
    return _previous_subject(doc, paragraph, sentence, pos, lex)


def _mention_at(doc: Document, ref: tuple[int, int]) -> Mention | None:
    return next((m for m in doc.mentions if m.ref == ref), None)


def extract_quotes(doc: Document) -> Document:
    lex = lexicon(doc.language)
    drafts: list[QuoteDraft] = []
    for p, text in enumerate(doc.body):
        quotes = doc.quote_spans[p]
        sentences = doc.sentences[p]
        mentions = [m for m in doc.mentions if m.paragraph == p and _kind(doc, m) in ("person", "organization")]
        for quote in quotes:
            index, sentence = _sentence_of(sentences, quote.text_start)
            if not is_quotation(text, quote, sentence, quotes, lex):
                continue
            found = attribute(text, quote, sentence, quotes, mentions, lex)
            last = drafts[-1] if drafts else None
            speaker = found.speaker or _resolve(found, doc, p, index, quote.start, last, lex)
            if speaker is not None and speaker.ref not in _entity_of(doc):
                speaker = None
            drafts.append(
                QuoteDraft(
                    text=text[quote.text_start : quote.text_end].strip(),
                    paragraph=p,
                    start=quote.text_start,
                    end=quote.text_end,
                    speaker=_entity_of(doc)[speaker.ref].key if speaker else None,
                    speaker_ref=speaker.ref if speaker else None,
                    cue=found.cue,
                )
            )
    return replace(doc, quotes=tuple(drafts))
