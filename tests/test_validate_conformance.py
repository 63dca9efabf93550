"""`newsdata validate` against IPTC's own material: the ninjs test suite (every
should_pass file valid, every should_fail file invalid, for 2.1, 3.0 and 3.1) and the
NewsML-G2 guideline examples (each gets the XSD's verdict; fragments are said to be
fragments; a document breaking the schema is reported with its line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsdata.formats.newsml import xml_schema
from newsdata.formats.ninjs import validator
from newsdata.validate import Options, Validator

DATA = Path(__file__).parent / "data"
SUITE = DATA / "ninjs-test-suite"
SUITE_FILES = sorted(SUITE.glob("*/should_*/*.json"))
NEWSML_EXAMPLES = sorted((DATA / "newsml-g2").glob("*.xml")) + sorted((DATA / "newsml-g2" / "more-examples").glob("*.xml"))

# Read off the examples by hand (root element and the XSD's complaints): the fragments
# carry a piece of an item without the NewsML-G2 namespace; LISTING_24's newsMessage
# lists items without their required attributes, from line 21 on.
FRAGMENTS = {
    "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml": "groupSet",
    "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml": "groupSet",
    "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml": "groupSet",
    "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml": "contentSet",
    "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml": "contentMeta",
}
SCHEMA_BREAKERS = {"LISTING_24_News_Message_conveying_a_complete_News_Package.xml": 21}


def test_the_vendored_suite_is_complete() -> None:
    counts = {(p.parent.parent.name, p.parent.name) for p in SUITE_FILES}
    assert counts == {(v, k) for v in ("2.1", "3.0", "3.1") for k in ("should_pass", "should_fail")}
    assert len(SUITE_FILES) == 54 and (SUITE / "LICENSE").is_file()
    assert len(NEWSML_EXAMPLES) == 35 and (DATA / "newsml-g2" / "more-examples" / "LICENSE").is_file()


def _errors(report_problems: list) -> list:  # type: ignore[type-arg]
    return [p for p in report_problems if p.severity == "error"]


@pytest.mark.parametrize("path", SUITE_FILES, ids=lambda p: "/".join(p.parts[-3:]))
def test_ninjs_suite_with_detected_version(path: Path) -> None:
    report = Validator().validate_bytes(path.read_bytes(), str(path))
    errors = _errors(report.problems)
    if path.parent.name == "should_pass":
        assert errors == [], errors
    else:
        # invalid by the standard itself, not only by a semantic check
        assert any(p.code.startswith("ninjs") for p in errors), report.problems


@pytest.mark.parametrize("version", ["2.1", "3.0", "3.1"])
def test_ninjs_suite_with_the_folder_version_imposed(version: str) -> None:
    run = Validator(Options(format="ninjs", ninjs_version=version))
    for path in sorted((SUITE / version).glob("should_*/*.json")):
        report = run.validate_bytes(path.read_bytes(), str(path))
        schema_errors = [p for p in report.problems if p.code.startswith(f"ninjs{version}.")]
        assert bool(schema_errors) == (path.parent.name == "should_fail"), (path, report.problems)
        assert report.formats == [f"ninjs {version}"]


def test_detected_versions_of_the_suite() -> None:
    """Declared versions are taken; 2.1 files without one are told by their lower-case
    property names; files with only shared names go to 3.1."""
    seen = {}
    for path in SUITE_FILES:
        seen["/".join(path.parts[-3:])] = Validator().validate_bytes(path.read_bytes(), str(path)).formats
    assert seen["2.1/should_pass/007_trust_indicator.json"] == ["ninjs 2.1"]  # "trustindicators"
    assert seen["2.1/should_pass/003_schema_only.json"] == ["ninjs 2.1"]  # standard.schema names 2.1
    assert seen["3.0/should_pass/002_simple_event.json"] == ["ninjs 3.0"]  # declared
    assert seen["3.0/should_pass/006_genre.json"] == ["ninjs 3.1"]  # nothing tells: newest


def test_a_declared_version_without_schema_is_a_warning_and_content_decides() -> None:
    path = SUITE / "3.0" / "should_fail" / "003_event_with_conflicting_start.json"  # declares 2.2, camelCase
    report = Validator().validate_bytes(path.read_bytes(), "x.json")
    warning = next(p for p in report.problems if p.code == "ninjs.unknown-version")
    assert warning.severity == "warning" and "2.2" in warning.message and "3.1" in warning.message
    assert report.formats == ["ninjs 3.1"]


@pytest.mark.parametrize("path", NEWSML_EXAMPLES, ids=lambda p: p.name)
def test_newsml_examples_get_the_xsd_verdict(path: Path) -> None:
    report = Validator().validate_bytes(path.read_bytes(), str(path))
    errors = _errors(report.problems)
    root = etree.parse(str(path)).getroot()
    xsd_valid = xml_schema().validate(root)  # the XSD's own verdict, straight from lxml
    if path.name in FRAGMENTS:
        assert etree.QName(root).localname == FRAGMENTS[path.name] and not xsd_valid
        assert [p.code for p in errors] == ["newsml.not-g2"]
        assert FRAGMENTS[path.name] in errors[0].message and errors[0].line == 1
    elif path.name in SCHEMA_BREAKERS:
        assert not xsd_valid and errors and {p.code for p in errors} == {"newsml.xsd"}
        assert errors[0].line == SCHEMA_BREAKERS[path.name] and errors[0].where == f"line {errors[0].line}"
        assert all(p.line is not None for p in errors)
    else:
        assert xsd_valid and errors == [], errors


def test_every_schema_is_compiled_once_per_run() -> None:
    xml_schema.cache_clear()
    validator.cache_clear()
    run = Validator()
    for path in NEWSML_EXAMPLES[:6] + SUITE_FILES:
        run.validate_bytes(path.read_bytes(), str(path))
    assert xml_schema.cache_info().misses == 1
    assert validator.cache_info().misses == 3  # one per ninjs version met
    assert validator.cache_info().hits > 10
