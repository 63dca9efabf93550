"""Near-miss documents: a valid canonical article's JSON with one small change.

Most changes make the document invalid (a required key dropped, an unknown key, a wrong
type, an empty id, a naive timestamp, a dangling reference, ...); some leave it valid (a
type coercion, a string padded with spaces). That mix is the point: a validator (the JSON
Schema, a format's validate()) must agree with the model on both sides of the line.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from newsdata.testing.articles import article_dicts

JSON = Any

# Values that replace a node: wrong types and edge values of the right type.
REPLACEMENTS: tuple[JSON, ...] = (
    None, True, False, 0, -1, 1.5, 5.0, "", " ", "  x  ", "5", "-1", [], {}, ["x"], {"x": 1}, 10**20,
    "2026-03-29T03:30:00", "2026-03-29T03:30:00+03:00", "2026-03-29 03:30:00+03:00", "2026-03-29",
    "2026-02-30T10:00:00Z", "2026-03-29T03:30:00+0300", "2026-03-29t03:30:00z", "2026-03-29T03:30:00+03:00:30",
    "2026-03-29T24:00:00Z", "2026-03-29T03:30:00.123456789+03:00", "26-03-29T03:30:00Z", 1774755000,
    "person", "place", "organisation", "meeting", "other", "ro", "en-GB", "english", "en_GB", "und", " ro",
    "2026-13-40", "20260329", "2026-03-29-extra", "p1", "\u00a0", "\t", "\n",
)  # fmt: skip


@dataclass(frozen=True)
class NearMiss:
    """One changed document and what was changed, for the failure message."""

    change: str
    document: dict[str, Any]


def _paths(node: JSON, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in a JSON document, the root's children first."""
    found: list[tuple[str | int, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*prefix, key))
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.append((*prefix, i))
            found.extend(_paths(value, (*prefix, i)))
    return found


def _parent(document: JSON, path: tuple[str | int, ...]) -> JSON:
    node = document
    for part in path[:-1]:
        node = node[part]
    return node


def _pointer(path: tuple[str | int, ...]) -> str:
    return "/" + "/".join(str(p) for p in path)


def _dicts(document: JSON) -> list[tuple[str | int, ...]]:
    """Paths of every object in the document, the root included."""
    return [()] + [p for p in _paths(document) if isinstance(_get(document, p), dict)]


def _get(document: JSON, path: tuple[str | int, ...]) -> JSON:
    node = document
    for part in path:
        node = node[part]
    return node


@st.composite
def near_misses(draw: st.DrawFn, /, **article_constraints: Any) -> NearMiss:
    """A valid article's JSON form with one small change, valid or not afterwards."""
    document = draw(article_dicts(**article_constraints))
    document = copy.deepcopy(document)
    kind = draw(
        st.sampled_from(
            ("replace", "replace", "replace", "delete", "add_key", "dangling", "duplicate_id", "span_order")
        )
    )
    paths = _paths(document)
    if kind == "replace" and paths:
        path = draw(st.sampled_from(paths))
        value = draw(st.sampled_from(REPLACEMENTS) | st.text(max_size=12) | st.integers())
        _parent(document, path)[path[-1]] = value
        return NearMiss(f"replace {_pointer(path)} with {value!r}", document)
    if kind == "delete" and paths:
        path = draw(st.sampled_from(paths))
        parent = _parent(document, path)
        del parent[path[-1]]
        return NearMiss(f"delete {_pointer(path)}", document)
    if kind == "add_key":
        path = draw(st.sampled_from(_dicts(document)))
        key = draw(st.sampled_from(("headlin", "extra", "@context", "speakerId", "")) | st.text(max_size=8))
        target = _get(document, path)
        if key in target:
            return NearMiss("unchanged", document)
        target[key] = draw(st.sampled_from(REPLACEMENTS))
        return NearMiss(f"add key {key!r} at {_pointer(path)}", document)
    if kind == "dangling":
        places = [("quotes", "speaker_id"), ("events", "location_id")]
        name, field = draw(st.sampled_from(places))
        if document[name]:
            i = draw(st.integers(0, len(document[name]) - 1))
            document[name][i][field] = "no-such-participant"
            return NearMiss(f"dangling {name}[{i}].{field}", document)
        if document["events"]:
            document["events"][0]["participants"].append("no-such-participant")
            return NearMiss("dangling events[0].participants", document)
    if kind == "duplicate_id" and document["participants"]:
        document["participants"].append(copy.deepcopy(document["participants"][0]))
        return NearMiss("duplicate participant id", document)
    if kind == "span_order":
        for entity in document["participants"]:
            for mention in entity["mentions"]:
                if mention["end"] > 0:
                    mention["start"], mention["end"] = mention["end"], mention["start"] - 1 if mention["start"] else 0
                    if mention["start"] > mention["end"]:
                        return NearMiss("span ends before it starts", document)
    return NearMiss("unchanged", document)
