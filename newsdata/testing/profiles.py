"""Hypothesis profiles for newsdata's property suites (ours and users').

``newsdata-ci``: fast, for every push. ``newsdata-deep``: thorough, for nightly runs.
``newsdata-dev``: the local default. Every failure found is saved in the example database
and replayed first on the next run, whatever the profile.
``register_profiles(aliases=True)`` also registers them as ``ci``, ``deep`` and ``dev``.

The example database is Hypothesis's default: ``.hypothesis/examples`` under the
directory pytest runs in (ignored by git; cache it in CI to keep replaying failures).
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, Verbosity, settings

CI = "newsdata-ci"
DEEP = "newsdata-deep"
DEV = "newsdata-dev"

# Generating whole articles is slow by Hypothesis's standards; that is not a problem to report.
_SUPPRESSED = (HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example)


def register_profiles(*, aliases: bool = False) -> None:
    profiles = {
        CI: settings(
            max_examples=25,
            deadline=None,
            print_blob=True,
            suppress_health_check=_SUPPRESSED,
            phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
        ),
        DEEP: settings(
            max_examples=1000,
            deadline=None,
            print_blob=True,
            suppress_health_check=_SUPPRESSED,
            verbosity=Verbosity.normal,
        ),
        DEV: settings(max_examples=60, deadline=None, suppress_health_check=_SUPPRESSED),
    }
    for name, profile in profiles.items():
        settings.register_profile(name, profile)
        if aliases:
            settings.register_profile(name.removeprefix("newsdata-"), profile)
