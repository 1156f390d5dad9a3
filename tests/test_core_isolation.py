"""The core packages never import Streamlit: every module of them, imported in a fresh process.

A check inside the test process cannot tell, because a dashboard test in the same pytest worker
may already have imported Streamlit.
"""

from __future__ import annotations

import subprocess
import sys

CORE_PACKAGES = ("sitmap", "gazetteer", "events", "geo")

_PROBE = """
import importlib, pkgutil, sys
for name in {packages!r}:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
        importlib.import_module(info.name)
leaked = sorted(m for m in sys.modules if m == "streamlit" or m.startswith("streamlit."))
print(len(leaked))
"""


def test_core_packages_import_no_streamlit() -> None:
    probe = _PROBE.format(packages=CORE_PACKAGES)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0", "a core module imports streamlit"
