"""scripts/score_gold_sets.py scores a set kept in a folder of one's own (src/ and gold/), not only the repo's."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from score_gold_sets import main  # noqa: E402

SEED = "000_61f569a367402524"


def test_a_folder_set_is_run_from_its_own_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "myset"
    (folder / "src").mkdir(parents=True)
    (folder / "gold").mkdir()
    shutil.copy(ROOT / "corpus" / f"{SEED}.txt", folder / "src")
    shutil.copy(ROOT / "tests" / "gold" / f"{SEED}.json", folder / "gold")
    assert main([str(folder), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert any(line.startswith("myset ") and "1.000" in line and "1/1" in line for line in printed.splitlines())
    assert (tmp_path / "out" / "myset" / "eval.json").is_file()


def test_an_unknown_set_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "nothing-here")])
