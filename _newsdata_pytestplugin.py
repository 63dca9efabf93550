"""pytest plugin of newsdata.testing (entry point ``pytest11``: ``newsdata``).

A top-level module on purpose, like Hypothesis's own ``_hypothesis_pytestplugin``:
importing anything under ``newsdata`` loads pydantic and the model (most of a second),
and pytest loads every installed plugin in every session. So this module imports only
pytest; newsdata and Hypothesis are imported when a fixture is requested or a
``newsdata-*`` profile is asked for, and no setting of the user's is changed.

Fixtures:
- ``newsdata_article``: a factory, ``newsdata_article(language="fr", quotes=2, headline="...")``.
- ``newsdata_strategies``: the ``newsdata.testing`` module (strategies, assertions).
- ``newsdata_formats``: the registered format names.
- ``newsdata_round_trip``: ``newsdata_round_trip(article, "canonical")`` asserts export then read
  gives the article back up to the format's declared lossy fields.

With ``@given``, use the strategies directly (``from newsdata.testing import articles``):
Hypothesis re-runs the test body, and function-scoped fixtures are not reset between examples.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsdata.model import Article


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("newsdata_profile", "Hypothesis profile to load (e.g. newsdata-ci); none by default", default="")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Register the newsdata-* profiles before Hypothesis's own plugin loads the one asked for."""
    asked = ""
    with contextlib.suppress(ValueError):  # ValueError: Hypothesis's plugin is not active
        asked = str(config.getoption("--hypothesis-profile") or "")
    ini = str(config.getini("newsdata_profile") or "")
    if asked.startswith("newsdata-") or ini:
        from newsdata.testing.profiles import register_profiles

        register_profiles()
        if ini and not asked:
            from hypothesis import settings

            settings.load_profile(ini)


@pytest.fixture
def newsdata_strategies() -> ModuleType:
    import newsdata.testing

    return newsdata.testing


@pytest.fixture
def newsdata_article() -> Callable[..., Article]:
    from newsdata.testing.factory import make_article

    return make_article


@pytest.fixture
def newsdata_formats() -> list[str]:
    from newsdata.formats import available_formats

    return available_formats()


@pytest.fixture
def newsdata_round_trip() -> Callable[..., None]:
    from newsdata.testing.roundtrip import assert_round_trip

    def check(article: Article, format_name: str, **format_options: Any) -> None:
        assert_round_trip(article, format_name, **format_options)

    return check
