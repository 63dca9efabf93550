# The newsdata pytest plugin is active as soon as newsdata is installed (entry point
# pytest11). Load its fast profile for this suite; CI nightly can pass
# --hypothesis-profile=newsdata-deep instead.
from hypothesis import settings

from newsdata.testing import CI

settings.load_profile(CI)
