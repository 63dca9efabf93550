"""A comparison of two parsed articles by the eval scorer's rules (shared/eval/README.md).

The reference plays the gold's part: language, headline, timestamps (1 for the same
instant and offset, 0.5 for the instant alone), reading time, authors (F1), photo captions
and credits (share of the reference's found), quotes (F1 over normalised texts, a text
containing the other and at most 25% longer counts) and their speakers (last name),
participants (F1, a shared name or alias, or a person's last name) and their types,
events (F1 on type and same date or place, weighted by exact date and place and by
participant overlap). ``overall`` is the mean of the fields, as in the scorer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

FIELDS = (
    "language",
    "headline",
    "published",
    "modified",
    "reading_time",
    "authors",
    "photo_caption",
    "photo_credit",
    "quotes",
    "quote_speakers",
    "participants",
    "participant_types",
    "events",
)
_QUOTE_CHARS = "\"'„“”«»‚‘’‹›「」『』"


def norm(text: object) -> str:
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def _last(name: object) -> str:
    parts = norm(name).split()
    return parts[-1] if parts else ""


def _time(ref: str | None, got: str | None) -> float:
    if ref is None:
        return float(got is None)
    if got is None:
        return 0.0
    a, b = datetime.fromisoformat(ref), datetime.fromisoformat(got)
    if a != b:
        return 0.0
    return 1.0 if a.utcoffset() == b.utcoffset() else 0.5


def _f1(matched: float, n_ref: int, n_got: int) -> float:
    if n_ref == 0 and n_got == 0:
        return 1.0
    if matched == 0:
        return 0.0
    precision, recall = matched / n_got, matched / n_ref
    return 2 * precision * recall / (precision + recall)


def _pairs(refs: list[Any], gots: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, r in enumerate(refs):
        for j, g in enumerate(gots):
            if j not in used and same(r, g):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _same_quote(a: dict[str, Any], b: dict[str, Any]) -> bool:
    x, y = (norm(str(q.get("text") or "").strip().strip(_QUOTE_CHARS + " .,;:")) for q in (a, b))
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    return x == y or (short in long_ and len(short) / len(long_) >= 0.8)


def _names(entity: dict[str, Any]) -> set[str]:
    return {n for n in {norm(entity.get("name"))} | {norm(a) for a in entity.get("aliases") or []} if n}


def _same_entity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if _names(a) & _names(b):
        return True
    return (
        a.get("type") == "person"
        and b.get("type") in (None, "person")
        and _last(a.get("name")) == _last(b.get("name")) != ""
    )


def compare(ref: dict[str, Any], got: dict[str, Any]) -> dict[str, float]:
    """Per-field scores of ``got`` against ``ref`` (both canonical articles as JSON)."""
    s: dict[str, float] = {}
    s["language"] = float(norm(ref["language"]).split(" ")[0] == norm(got["language"]).split(" ")[0])
    s["headline"] = float(norm(ref["headline"]) == norm(got["headline"]))
    s["published"] = _time(ref["published"], got["published"])
    s["modified"] = _time(ref["modified"], got["modified"])
    s["reading_time"] = float(ref["reading_time_minutes"] == got["reading_time_minutes"])
    ref_authors, got_authors = ({norm(a["name"]) for a in x["authors"]} for x in (ref, got))
    s["authors"] = _f1(len(ref_authors & got_authors), len(ref_authors), len(got_authors))
    if ref["photos"]:
        captions = {norm(p["caption"]) for p in got["photos"]}
        credits = {norm(p["credit"]) for p in got["photos"]}
        s["photo_caption"] = sum(norm(p["caption"]) in captions for p in ref["photos"]) / len(ref["photos"])
        s["photo_credit"] = sum(norm(p["credit"]) in credits for p in ref["photos"]) / len(ref["photos"])
    else:
        s["photo_caption"] = s["photo_credit"] = float(not got["photos"])
    rq, gq = ref["quotes"], got["quotes"]
    qpairs = _pairs(rq, gq, _same_quote)
    s["quotes"] = _f1(len(qpairs), len(rq), len(gq))
    s["quote_speakers"] = (
        sum(_last(rq[i]["speaker"]) == _last(gq[j]["speaker"]) for i, j in qpairs) / len(qpairs)
        if qpairs
        else float(not rq)
    )
    rp, gp = ref["participants"], got["participants"]
    ppairs = _pairs(rp, gp, _same_entity)
    s["participants"] = _f1(len(ppairs), len(rp), len(gp))
    s["participant_types"] = (
        sum(rp[i]["type"] == gp[j]["type"] for i, j in ppairs) / len(ppairs) if ppairs else float(not rp)
    )
    s["events"] = _events(ref, got)
    return s


def _events(ref: dict[str, Any], got: dict[str, Any]) -> float:
    ref_names = {p["id"]: p["name"] for p in ref["participants"]}
    got_names = {p["id"]: p["name"] for p in got["participants"]}
    re_, ge = ref["events"], got["events"]

    def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if norm(a["type"]) != norm(b["type"]):
            return False
        same_date = a["date"] is not None and a["date"] == (b["date"] or "")[:10]
        same_place = a["location"] is not None and norm(a["location"]) == norm(b["location"])
        return same_date or same_place

    full = 0.0
    for i, j in _pairs(re_, ge, same):
        a, b = re_[i], ge[j]
        wanted = {_last(ref_names.get(x, x)) for x in a["participants"]}
        found = {_last(got_names.get(x, x)) for x in b["participants"]}
        overlap = len(found & wanted) / len(wanted) if wanted else 1.0
        exact = a["date"] == (b["date"] or "")[:10] and norm(a["location"]) == norm(b["location"])
        full += 0.5 + 0.25 * exact + 0.25 * overlap
    return _f1(full, len(re_), len(ge)) if re_ or ge else 1.0


def overall(scores: dict[str, float]) -> float:
    return sum(scores[f] for f in FIELDS) / len(FIELDS)
