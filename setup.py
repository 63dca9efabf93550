"""Only the package list lives here (everything else is in pyproject.toml).

``schemas/`` is installed as ``newsdata._schemas`` (mapped in pyproject's package-dir);
pyproject's ``packages.find`` cannot add a remapped folder to what it finds, so the list
is the found ``newsdata*`` packages plus that one.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["newsdata", "newsdata.*"]), "newsdata._schemas"])
