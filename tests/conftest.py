from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from newsdata.testing.profiles import register_profiles

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


# Hypothesis profiles (newsdata/testing/profiles.py): "ci" unless --hypothesis-profile says
# otherwise ("deep" for the nightly run). Failing examples are kept in .hypothesis/examples
# and replayed first on the next run.
register_profiles(aliases=True)
settings.load_profile(os.environ.get("NEWSDATA_HYPOTHESIS_PROFILE", "ci"))
