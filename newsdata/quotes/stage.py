"""Quote stage: every direct quotation in the body, with its speaker.

Speakers named in the quote's own sentence come from ``attribution``; a speaker given
only by a role, a pronoun or nothing at all is resolved here against what came before:
the person introduced with that role, the previous quotation's speaker, or the subject
of the sentences before (a person over an organisation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsdata.document import Document, EntityDraft, Mention, QuoteDraft
from newsdata.entities.lexicon import Lexicon, lexicon
from newsdata.quotes.anonymous import opens_with_unnamed, spokesperson_end, unnamed_after
from newsdata.quotes.attribution import (
    Attribution,
    attribute,
    inside_quote,
    is_org_word,
    is_quotation,
    is_subject,
)
from newsdata.quotes.marks import QuoteSpan
from newsdata.text import Sentence, tokenize

LOOKBACK_SENTENCES = 4
PARAGRAPH_OPENING = 2  # characters before a quote that opens its paragraph (a dash, a space)
SPEAKING_KINDS = ("person", "organization")


@dataclass(frozen=True)
class _Context:
    """What resolving speakers needs of one document, indexed once."""

    doc: Document
    lex: Lexicon
    entity_of: dict[tuple[int, int], EntityDraft]
    by_sentence: dict[tuple[int, int], list[Mention]]
    with_role: list[Mention]  # mentions printed with a role, in text order

    @classmethod
    def of(cls, doc: Document) -> _Context:
        return cls(
            doc=doc,
            lex=lexicon(doc.language),
            entity_of=doc.entity_of,
            by_sentence=doc.mentions_by_sentence,
            with_role=[m for m in doc.mentions if m.role],
        )

    def kind(self, m: Mention) -> str | None:
        entity = self.entity_of.get(m.ref)
        return entity.type if entity else None


def _sentence_of(sentences: tuple[Sentence, ...], pos: int) -> tuple[int, Sentence]:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i, s
    return (len(sentences) - 1, sentences[-1]) if sentences else (0, Sentence(0, pos + 1))


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


def _subjects_in(ctx: _Context, paragraph: int, sentence: int, before: int | None = None) -> list[Mention]:
    quotes = ctx.doc.quote_spans[paragraph]
    return [
        m
        for m in ctx.by_sentence.get((paragraph, sentence), [])
        if (before is None or m.start < before)
        and is_subject(m)
        and ctx.kind(m) in SPEAKING_KINDS
        and not inside_quote(quotes, m.start)
    ]


def _previous_subject(
    ctx: _Context, paragraph: int, sentence: int, pos: int, *, people_only: bool = False
) -> Mention | None:
    """Who the text was talking about: the subject of this sentence before the quote, else
    of the sentences before it; a person over an organisation. A role word ('a défendu
    l'élue') stands for a person, so with ``people_only`` an organisation never answers."""
    spans = [(paragraph, sentence, pos)] + [(p, s, None) for p, s in _earlier_sentences(ctx.doc, paragraph, sentence)]
    for p, s, before in spans:
        subjects = _subjects_in(ctx, p, s, before)
        people = [m for m in subjects if ctx.kind(m) == "person"]
        if people:
            return people[0]
        if subjects and not people_only:
            return subjects[0]
        by_noun = _noun_subject(ctx, p, s)
        if by_noun is not None and (not people_only or ctx.kind(by_noun) == "person"):
            return by_noun
        # 'Edilul a respins acuzațiile.': a role with no one introduced by it yet is still a
        # person, so the sentences before answer with a person only
        people_only = people_only or _opens_with_role(ctx, p, s)
    return None


def _opens_with_role(ctx: _Context, paragraph: int, sentence: int) -> bool:
    span = ctx.doc.sentences[paragraph][sentence]
    words = [t for t in tokenize(ctx.doc.body[paragraph], span.start, span.end) if t.kind == "word"][:1]
    return bool(words) and words[0].folded in ctx.lex.roles


def _noun_subject(ctx: _Context, paragraph: int, sentence: int) -> Mention | None:
    """A sentence whose subject is a common noun points back to someone named before:
    'Primarul a precizat...' to the mayor, 'Le syndicat réclame...' to the union."""
    span = ctx.doc.sentences[paragraph][sentence]
    quotes = ctx.doc.quote_spans[paragraph]
    words = [
        t
        for t in tokenize(ctx.doc.body[paragraph], span.start, span.end)
        if t.kind == "word" and not inside_quote(quotes, t.start)  # 'Mi padre ...' is the quote's
    ][:3]
    for tok in words:
        if tok.folded in ctx.lex.roles:
            return _with_role(ctx, tok.folded, paragraph, span.start)
        if tok.folded in ctx.lex.org_heads or tok.folded in ctx.lex.org_cues:
            return _organisation(ctx, tok.folded, paragraph, span.start)
    return None


def _organisation(ctx: _Context, word: str, paragraph: int, pos: int) -> Mention | None:
    """The organisation 'der Verband' or 'the company' points back to: the latest one named
    before whose name holds that word ('Arbeitgeberverband ...'), else the latest one."""
    earlier = [
        m for m in ctx.doc.mentions if (m.paragraph, m.start) < (paragraph, pos) and ctx.kind(m) == "organization"
    ]
    stem = word[:5]
    for m in reversed(earlier):
        entity = ctx.entity_of.get(m.ref)
        if entity is not None and stem in entity.name.casefold():
            return m
    return earlier[-1] if earlier else None


def _with_role(ctx: _Context, role: str, paragraph: int, pos: int) -> Mention | None:
    stem = role[:5]
    # 'die Ministerin' is the 'Innenministerin' introduced before
    for m in reversed(ctx.with_role):
        if (m.paragraph, m.start) < (paragraph, pos) and any(stem in w.casefold() for w in (m.role or "").split()):
            return m
    return None


def _resolve(
    found: Attribution, ctx: _Context, paragraph: int, sentence: int, pos: int, last: QuoteDraft | None
) -> Mention | None:
    if found.reference and is_org_word(found.reference, ctx.lex):
        by_kind = _organisation(ctx, found.reference, paragraph, pos)
        if by_kind is not None:
            return by_kind
    elif found.reference and found.reference not in ctx.lex.pronouns:
        by_role = _with_role(ctx, found.reference, paragraph, pos) or _previous_subject(
            ctx, paragraph, sentence, pos, people_only=True
        )
        if by_role is not None:
            return by_role
    # the same voice goes on: a quote with no verb of its own after another in its
    # paragraph, or opening the paragraph after one
    goes_on = last is not None and (
        last.paragraph == paragraph or (last.paragraph == paragraph - 1 and pos <= PARAGRAPH_OPENING)
    )
    if found.cue is None and goes_on and last is not None and last.speaker_ref is not None:
        return next((m for m in ctx.doc.mentions if m.ref == last.speaker_ref), None)
    # '"...," he told ABC Radio': 'he' is a person ('il' may be 'le syndicat')
    people_only = found.reference is not None and found.reference in ctx.lex.person_pronouns
    return _previous_subject(ctx, paragraph, sentence, pos, people_only=people_only) or (
        _previous_subject(ctx, paragraph, sentence, pos) if people_only else None
    )


SPOKESPERSON_ORG_CHARS = 30  # 'A spokeswoman for' ... the organisation's name


def _spoken_for(ctx: _Context, paragraph: int, index: int, sentence: Sentence, quote: QuoteSpan) -> Mention | None:
    """'A spokeswoman for Larkfield Power said the company had “...”': the organisation
    named right after a spokesperson opening the sentence speaks."""
    text = ctx.doc.body[paragraph]
    end = spokesperson_end(text, sentence.start, quote.start, ctx.doc.language)
    if end is None:
        return None
    for m in ctx.by_sentence.get((paragraph, index), []):
        if end <= m.start <= end + SPOKESPERSON_ORG_CHARS and m.start < quote.start:
            return m if ctx.kind(m) == "organization" else None
    return None


def _unnamed(
    ctx: _Context,
    paragraph: int,
    index: int,
    quote: QuoteSpan,
    found: Attribution,
    last: QuoteDraft | None,
    last_unnamed: bool,
) -> bool:
    """Is the speaker someone the text introduces without a name ('Un pescatore, seduto
    sul molo, guarda il mare: «...»'), or the same unnamed voice going on?"""
    if found.reference and is_org_word(found.reference, ctx.lex):
        return False
    text, code = ctx.doc.body[paragraph], ctx.doc.language
    sentences = ctx.doc.sentences[paragraph]
    sentence = sentences[index]
    before = text[sentence.start : quote.start]
    if found.cue is not None:
        at = text.find(found.cue, quote.end)
        right_after = at >= 0 and not text[quote.end : at].strip(" ,;:—–-")  # '«, sagte eine Rentnerin'
        if right_after and unnamed_after(text, at + len(found.cue), sentence.end, code):
            return True
    if any(ch.isalpha() for ch in before):
        return opens_with_unnamed(text, sentence.start, quote.start, code)
    if found.cue is None and last_unnamed and last is not None and last.paragraph == paragraph:
        return True  # the same voice goes on
    if index == 0:
        return False
    previous = sentences[index - 1]
    named = any(ctx.kind(m) == "person" for m in ctx.by_sentence.get((paragraph, index - 1), []))
    return not named and opens_with_unnamed(text, previous.start, previous.end, code, ctx.lex.pronouns)


def extract_quotes(doc: Document) -> Document:
    ctx = _Context.of(doc)
    drafts: list[QuoteDraft] = []
    last_unnamed = False  # whether the text left the previous quote's speaker unnamed
    for p, text in enumerate(doc.body):
        quotes = doc.quote_spans[p]
        sentences = doc.sentences[p]
        mentions = [m for m in doc.mentions if m.paragraph == p and ctx.kind(m) in SPEAKING_KINDS]
        for quote in quotes:
            index, sentence = _sentence_of(sentences, quote.text_start)
            if not is_quotation(text, quote, sentence, quotes, ctx.lex):
                continue
            found = attribute(text, quote, sentence, quotes, mentions, ctx.lex)
            last = drafts[-1] if drafts else None
            unnamed = False
            if found.speaker is None and (spoken_for := _spoken_for(ctx, p, index, sentence, quote)) is not None:
                speaker = spoken_for
            elif found.speaker is None and _unnamed(ctx, p, index, quote, found, last, last_unnamed):
                unnamed = True
                speaker = None
            else:
                speaker = found.speaker or _resolve(found, ctx, p, index, quote.start, last)
            last_unnamed = unnamed
            entity = ctx.entity_of.get(speaker.ref) if speaker else None
            drafts.append(
                QuoteDraft(
                    text=text[quote.text_start : quote.text_end].strip(),
                    paragraph=p,
                    start=quote.text_start,
                    end=quote.text_end,
                    speaker=entity.key if entity else None,
                    speaker_ref=speaker.ref if speaker and entity else None,
                    cue=found.cue,
                )
            )
    return replace(doc, quotes=tuple(drafts))
