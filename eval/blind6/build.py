"""Write ``eval/blind6/articles.jsonl`` from this folder's texts.py and places.py.

The parser, the offsets and the writer are shared by every set: see ``eval/labelkit.py``.
Run: ``.venv/bin/python eval/blind6/build.py``.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from labelkit import load_set, write_set  # noqa: E402

if __name__ == "__main__":
    print(f"wrote {write_set(load_set(HERE))}")
