"""Entity stage: the article's participants, and quote speakers linked to them.

Byline authors and photo credits are the outlet's, not the story's, so a participant
that is only an author's name is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdata.document import Document, EntityDraft, QuoteDraft
from newsdata.entities.lexicon import lexicon
from newsdata.entities.resolve import Cluster, canonical_name, cluster_mentions, decide_type, propagate_group_types
from newsdata.text import fold_key

_WORDS = re.compile(r"[^\W\d_]+")


def extract_entities(doc: Document) -> Document:
    lex = lexicon(doc.language)
    speakers = {q.speaker_ref for q in doc.quotes if q.speaker_ref is not None}
    lowercase_words = {w for paragraph in doc.body for w in _WORDS.findall(paragraph) if w.islower()}
    clusters = cluster_mentions(list(doc.mentions), speakers, lowercase_words, lex)
    authors = {fold_key(a) for a in doc.header.authors}
    clusters = [c for c in clusters if not (set(fold_key(f) for f in c.forms) <= authors)]
    types = {c.key: decide_type(c, lex) for c in clusters}
    propagate_group_types(clusters, types)

    drafts: list[EntityDraft] = []
    key_of_mention: dict[tuple[int, int], str] = {}
    for n, cluster in enumerate(clusters, start=1):
        key = f"e{n}"
        name = canonical_name(cluster, lex)
        aliases = tuple(f for f in cluster.forms if f != name)
        mentions = tuple(sorted(cluster.mentions, key=lambda m: m.ref))
        drafts.append(EntityDraft(key=key, name=name, type=types[cluster.key], aliases=aliases, mentions=mentions))
        for m in cluster.mentions:
            key_of_mention[m.ref] = key
    quotes = tuple(_link_speaker(q, key_of_mention, clusters, drafts) for q in doc.quotes)
    return replace(doc, entities=tuple(drafts), quotes=quotes)


def _link_speaker(
    quote: QuoteDraft, key_of_mention: dict[tuple[int, int], str], clusters: list[Cluster], drafts: list[EntityDraft]
) -> QuoteDraft:
    if quote.speaker_ref is None:
        return quote
    key = key_of_mention.get(quote.speaker_ref)
    if key is None and quote.speaker:
        folded = fold_key(quote.speaker)
        key = next(
            (d.key for d, c in zip(drafts, clusters, strict=True) if folded in {fold_key(f) for f in c.forms}), None
        )
    return replace(quote, speaker=key) if key else replace(quote, speaker=None, speaker_ref=None)
