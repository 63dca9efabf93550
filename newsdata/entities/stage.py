"""Entity stage: the article's participants.

Byline authors and photo credits are the outlet's, not the story's, so a participant
that is only an author's name is left out.
"""

from __future__ import annotations

from dataclasses import replace

from newsdata.document import Document, EntityDraft
from newsdata.entities.lexicon import lexicon
from newsdata.entities.resolve import canonical_name, cluster_mentions, decide_type, propagate_group_types
from newsdata.text import fold_key


def extract_entities(doc: Document) -> Document:
    lex = lexicon(doc.language)
    clusters = cluster_mentions([*doc.headline_mentions, *doc.mentions], lex)
    authors = {fold_key(a) for a in doc.header.authors}
    clusters = [c for c in clusters if not (set(fold_key(f) for f in c.forms) <= authors)]
    types = {c.key: decide_type(c, lex) for c in clusters}
    propagate_group_types(clusters, types)

    drafts: list[EntityDraft] = []
    for n, cluster in enumerate(clusters, start=1):
        key = f"e{n}"
        name = canonical_name(cluster, lex)
        aliases = tuple(f for f in cluster.forms if f != name)
        mentions = tuple(sorted(cluster.mentions, key=lambda m: m.ref))
        drafts.append(EntityDraft(key=key, name=name, type=types[cluster.key], aliases=aliases, mentions=mentions))
    return replace(doc, entities=tuple(drafts))
