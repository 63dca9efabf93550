"""Export-then-read comparison up to each format's declared losses.

A format declares what it cannot give back in ``Format.lossy_fields`` (dotted paths into
the canonical article, each with a ``Loss`` kind). ``comparable`` rewrites a canonical
article's JSON form so that exactly those differences vanish and nothing else does; the
round-trip property then compares ``comparable(original)`` with ``comparable(read back)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from newsdata.formats import Format, Loss, Problem, TabularFormat, get_format
from newsdata.model import Article

_WHITESPACE = re.compile(r"\s+")
JSON = Any


def lossy_fields(fmt: Format) -> Mapping[str, Loss]:
    """A format's declared losses; a third-party format that predates the hook has none."""
    declared: Mapping[str, Loss] = getattr(fmt, "lossy_fields", {})
    return declared


def _apply(data: JSON, path: list[str], change: Callable[[dict[str, Any], str], None]) -> None:
    """Call ``change(parent, key)`` on every place ``path`` reaches, descending through lists."""
    if isinstance(data, list):
        for item in data:
            _apply(item, path, change)
        return
    if not isinstance(data, dict) or not path:
        return
    head, rest = path[0], path[1:]
    if head not in data:
        return
    if rest:
        _apply(data[head], rest, change)
    else:
        change(data, head)


def _drop(parent: dict[str, Any], key: str) -> None:
    del parent[key]


def _instant(parent: dict[str, Any], key: str) -> None:
    value = parent[key]
    if isinstance(value, str):
        parent[key] = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).isoformat()


def _whitespace(parent: dict[str, Any], key: str) -> None:
    def collapse(value: JSON) -> JSON:
        if isinstance(value, str):  # an optional text that ends up empty reads as absent
            return _WHITESPACE.sub(" ", value).strip() or None
        if isinstance(value, list):
            return [collapse(v) for v in value]
        return value

    parent[key] = collapse(parent[key])


def _empty_as_null(parent: dict[str, Any], key: str) -> None:
    if parent[key] == "":
        parent[key] = None


def _unordered(parent: dict[str, Any], key: str) -> None:
    if isinstance(parent[key], list):
        parent[key] = sorted(parent[key], key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))


def _relabel(data: dict[str, Any]) -> None:
    """Rename participants to their position and rewrite every reference to them."""
    names = {p["id"]: f"#{n}" for n, p in enumerate(data.get("participants", []))}
    for p in data.get("participants", []):
        p["id"] = names[p["id"]]
    for quote in data.get("quotes", []):
        if quote.get("speaker_id") is not None:
            quote["speaker_id"] = names.get(quote["speaker_id"], quote["speaker_id"])
    for event in data.get("events", []):
        if event.get("location_id") is not None:
            event["location_id"] = names.get(event["location_id"], event["location_id"])
        if "participants" in event:
            event["participants"] = [names.get(pid, pid) for pid in event["participants"]]


def _drop_blank_paragraphs(data: dict[str, Any]) -> None:
    """Remove empty paragraphs and renumber the spans and mentions that point past them."""
    body = data.get("body", [])
    new_index: list[int] = []
    kept: list[str] = []
    for paragraph in body:
        new_index.append(len(kept))
        if paragraph != "":
            kept.append(paragraph)
    data["body"] = kept

    def renumber(place: Any) -> None:
        if isinstance(place, dict) and isinstance(place.get("paragraph"), int) and place["paragraph"] < len(new_index):
            place["paragraph"] = new_index[place["paragraph"]]

    for quote in data.get("quotes", []):
        renumber(quote.get("span"))
    for participant in data.get("participants", []):
        for mention in participant.get("mentions", []):
            renumber(mention)


_CHANGES: dict[str, Callable[[dict[str, Any], str], None]] = {
    "dropped": _drop,
    "instant": _instant,
    "whitespace": _whitespace,
    "empty_as_null": _empty_as_null,
    "unordered": _unordered,
}
# relabel before anything moves or drops ids, renumber paragraphs before spans are
# dropped; sort last, on the final values
_ORDER: tuple[Loss, ...] = (
    "relabelled", "blank_dropped", "dropped", "instant", "whitespace", "empty_as_null", "unordered",
)  # fmt: skip


def comparable(article: Article, lossy: Mapping[str, Loss]) -> dict[str, Any]:
    """The article's JSON form with the declared losses normalised away."""
    data: dict[str, Any] = article.model_dump(mode="json")
    unknown = sorted(set(lossy.values()) - set(_ORDER))
    if unknown:
        raise ValueError(f"unknown loss kind(s): {', '.join(unknown)}")
    for kind in _ORDER:
        for path, declared in lossy.items():
            if declared != kind:
                continue
            if kind == "relabelled":
                if path != "participants.id":
                    raise ValueError(f"'relabelled' applies to participants.id only, not {path!r}")
                _relabel(data)
            elif kind == "blank_dropped":
                if path != "body":
                    raise ValueError(f"'blank_dropped' applies to body only, not {path!r}")
                _drop_blank_paragraphs(data)
            else:
                _apply(data, path.split("."), _CHANGES[kind])
    return data


def read_back(fmt: Format, articles: Sequence[Article], *, many: bool | None = None) -> list[Article]:
    """What ``fmt`` gives back for ``articles``: a table format through its tables (one of
    its documents, such as CSV's articles table, holds only part of an article), any other
    format through ``export`` (one article) or ``export_many`` (several, or ``many=True``)
    and ``read``."""
    if isinstance(fmt, TabularFormat):
        return fmt.read_tables(fmt.tables_many(articles), source=f"<{fmt.name} tables>")
    one = len(articles) == 1 if many is None else not many
    document = fmt.export(articles[0]) if one else fmt.export_many(articles)
    return fmt.read(document.encode("utf-8"), source=f"<{fmt.name} export>")


def round_trip(article: Article, format_name: str, **format_options: Any) -> list[Article]:
    """The articles that reading back ``format_name``'s output for ``article`` gives (see ``read_back``)."""
    return read_back(get_format(format_name, **format_options), [article])


def assert_round_trip(article: Article, format_name: str, **format_options: Any) -> None:
    """Export then read gives back the same article, up to the format's declared losses."""
    fmt = get_format(format_name, **format_options)
    back = read_back(fmt, [article])
    assert len(back) == 1, f"{format_name}: one article exported, {len(back)} read back"
    assert_same_article(article, back[0], lossy_fields(fmt), format_name)


def assert_same_article(original: Article, back: Article, lossy: Mapping[str, Loss], where: str = "") -> None:
    """``back`` is ``original`` up to the ``lossy`` fields; the message names the first difference."""
    expected, got = comparable(original, lossy), comparable(back, lossy)
    assert got == expected, _first_difference(expected, got, where or "article")


def export_problems(article: Article, format_name: str, **format_options: Any) -> list[Problem]:
    """What the format's own validator says about its export of ``article``."""
    fmt = get_format(format_name, **format_options)
    return fmt.validate(fmt.export(article).encode("utf-8"), source=f"<{format_name} export>")


def assert_valid_export(article: Article, format_name: str, **format_options: Any) -> None:
    """The format's exporter produces a document its own validator accepts: no errors
    (warnings, such as JSON-LD's missing Google-recommended properties, are advice)."""
    problems = [p for p in export_problems(article, format_name, **format_options) if p.severity == "error"]
    assert not problems, f"{format_name} export is invalid: " + "; ".join(str(p) for p in problems[:5])


def _first_difference(expected: JSON, got: JSON, where: str) -> str:
    """A short message naming the first path where two JSON values differ."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in sorted(set(expected) | set(got)):
            if key not in got:
                return f"{where}/{key}: missing after the round trip"
            if key not in expected:
                return f"{where}/{key}: appeared after the round trip"
            if expected[key] != got[key]:
                return _first_difference(expected[key], got[key], f"{where}/{key}")
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        for i, (a, b) in enumerate(zip(expected, got, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{where}/{i}")
    return f"{where}: expected {_short(expected)}, got {_short(got)}"


def _short(value: JSON) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "…"
