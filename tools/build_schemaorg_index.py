"""Build the compact schema.org vocabulary index the JSON-LD validator loads at run time.

The full vocabulary (schemaorg-current-https.jsonld, 1.5 MB of JSON-LD) is too slow to
load and walk for every process; the validator only needs, per type, its superclasses
(the subclass closure) and, per property, its domain and range. So this script keeps
exactly that, plus which terms are pending or superseded, in a file of about 200 kB.

    python tools/build_schemaorg_index.py [PATH/TO/schemaorg-current-https.jsonld]

writes schemas/schemaorg/vocabulary.json. The default input is the shared release.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "schemaorg" / "schemaorg-current-https.jsonld"
OUTPUT = ROOT / "schemas" / "schemaorg" / "vocabulary.json"
PREFIX = "schema:"


def _ids(value: Any) -> list[str]:
    """The schema.org names among one JSON-LD value (an {"@id"} object or a list of them)."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    names = []
    for item in items:
        ref = item.get("@id", "") if isinstance(item, dict) else str(item)
        if ref.startswith(PREFIX):
            names.append(ref[len(PREFIX) :])
    return names


def _kinds(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    return set(kind if isinstance(kind, list) else [kind])


def build(graph: list[dict[str, Any]]) -> dict[str, Any]:
    parents: dict[str, list[str]] = {}
    datatypes: set[str] = set()
    pending: set[str] = set()
    superseded: dict[str, str] = {}
    properties: dict[str, dict[str, list[str]]] = {}
    for node in graph:
        ref = node.get("@id", "")
        if not ref.startswith(PREFIX):
            continue
        name = ref[len(PREFIX) :]
        kinds = _kinds(node)
        if "pending.schema.org" in json.dumps(node.get("schema:isPartOf", "")):
            pending.add(name)
        replacement = _ids(node.get("schema:supersededBy"))
        if replacement:
            superseded[name] = replacement[0]
        if "rdfs:Class" in kinds or "schema:DataType" in kinds:
            parents[name] = _ids(node.get("rdfs:subClassOf"))
            if "schema:DataType" in kinds:
                datatypes.add(name)
        elif "rdf:Property" in kinds:
            properties[name] = {
                "domain": sorted(_ids(node.get("schema:domainIncludes"))),
                "range": sorted(_ids(node.get("schema:rangeIncludes"))),
            }
    # URL, Integer, ... are data types through their superclass (URL < Text).
    changed = True
    while changed:
        changed = False
        for name, supers in parents.items():
            if name not in datatypes and any(s in datatypes for s in supers):
                datatypes.add(name)
                changed = True

    def closure(name: str, seen: frozenset[str] = frozenset()) -> list[str]:
        result = [name]
        for parent in parents.get(name, []):
            if parent in parents and parent not in seen:
                result.extend(p for p in closure(parent, seen | {name}) if p not in result)
        return result

    return {
        "about": "schema.org vocabulary index derived by tools/build_schemaorg_index.py; "
        "schema.org is CC BY-SA 3.0 (see LICENSE)",
        "datatypes": sorted(datatypes),
        "types": {name: closure(name) for name in sorted(parents)},
        "properties": dict(sorted(properties.items())),
        "pending": sorted(pending),
        "superseded": dict(sorted(superseded.items())),
    }


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_INPUT
    graph = json.loads(source.read_text(encoding="utf-8"))["@graph"]
    index = build(graph)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(index['types'])} types, {len(index['properties'])} properties")


if __name__ == "__main__":
    main()
