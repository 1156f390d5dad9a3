"""No text from the labelled dev articles or the seed pages is copied into the repository.

Those texts are third-party news, kept in ../shared only for testing: facts may carry over into
the project, sentences may not. Every tracked text file is compared with them, run by run of
eight words (the threshold the evaluation sets use against each other).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "eval"))

import labelkit  # noqa: E402


def test_no_tracked_file_repeats_eight_words_of_dev_or_seed_text(dev_dir: Path) -> None:
    outside = labelkit.load_articles(dev_dir / "articles.jsonl")
    outside += labelkit.load_articles(dev_dir / "seeds.jsonl")
    dev_runs = set().union(*(labelkit.word_runs(article["text"]) for article in outside))
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert len(tracked) > 100, "git ls-files found too few files to be this repository"
    copied: dict[str, list[str]] = {}
    for name in tracked:
        try:
            text = (REPO_ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError, FileNotFoundError):
            continue  # binary files, or a file deleted in the working tree
        shared = labelkit.word_runs(text) & dev_runs
        if shared:
            copied[name] = [" ".join(run) for run in sorted(shared)[:3]]
    assert not copied, f"text shared with ../shared/dev: {copied}"
