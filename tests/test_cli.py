"""`papers run / export / serve` end to end, into a temporary database."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, SHARED, needs_shared
from pipelines.cli import main
from fakes import use_fake_extractors
from pipelines.store import Store

GOLD_KEYS = {"document", "issuing_body", "meeting_body", "meeting_date", "agreements",
             "organisations", "money", "dates", "recommendations"}


@pytest.fixture
def fake_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_extractors(monkeypatch)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "in"
    (inbox / "deep").mkdir(parents=True)
    (inbox / "a.txt").write_text(
        "Kent County Council\nRECOMMEND: approve the plan\n£1,000 and £1,000 on 01/04/2021")
    shutil.copy(inbox / "a.txt", inbox / "deep" / "same.txt")
    (inbox / "deep" / "b.txt").write_text("Medway Council pays £5")
    (inbox / "empty.txt").write_text("")
    (inbox / "fake.pdf").write_bytes(b"%PDF-1.7 cut short")
    return inbox


@pytest.mark.usefixtures("fake_extractors")
def test_run_carries_on_past_bad_files_and_records_them(folder: Path, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(folder), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "documents processed" in out and "2 of 4" in out
    with Store(db_path) as store:
        assert store.count("documents") == 2
        assert store.count("document_paths") == 3
        reasons = {Path(r["path"]).name: r["reason"]
                   for r in store.db.query("SELECT path, reason FROM ingest_errors")}
        assert reasons == {"empty.txt": "the file is empty", "fake.pdf": "truncated PDF"}
    # A second run finds nothing new and does not retry the known failures.
    assert main(["run", str(folder), "--db", str(db_path)]) == 0
    assert "already up to date               2" in capsys.readouterr().out


@pytest.mark.usefixtures("fake_extractors")
def test_run_fails_only_when_nothing_could_be_processed(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["run", str(tmp_path / "empty.txt"), "--db", str(db_path)]) == 1
    assert main(["run", str(tmp_path / "nowhere"), "--db", str(db_path)]) == 1


@pytest.mark.usefixtures("fake_extractors")
def test_export_writes_the_gold_shape(folder: Path, tmp_path: Path, db_path: Path) -> None:
    main(["run", str(folder), "--db", str(db_path)])
    out = tmp_path / "out"
    assert main(["export", "--db", str(db_path), "--format", "gold", "--out", str(out)]) == 0
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == ["a.json", "b.json"]
    record = json.loads((out / "a.json").read_text())
    assert GOLD_KEYS <= set(record)
    assert record["document"] == "a.txt"
    assert record["money"] == [{"text": "£1,000", "value_gbp": 1000, "what": "fake amount"}]
    assert record["dates"] == [{"text": "01/04/2021", "iso": "2021-04-01", "role": "other"}]
    assert record["organisations"] == [{"name": "Kent County Council",
                                        "mentions": ["Kent County Council"]}]
    assert record["recommendations"] == ["approve the plan"]
    assert [p["name"] for p in record["agreements"][0]["parties"]] == ["Kent County Council"]


@pytest.mark.usefixtures("fake_extractors")
def test_export_keeps_an_item_each_report_asks_again(tmp_path: Path, db_path: Path) -> None:
    """A board pack asks "approve the minutes" once under each set of minutes: each is an item."""
    inbox = tmp_path / "pack"
    inbox.mkdir()
    (inbox / "pack.txt").write_text("RECOMMEND: approve the minutes\f" "RECOMMEND: approve the minutes\n")
    main(["run", str(inbox), "--db", str(db_path)])
    out = tmp_path / "out"
    main(["export", "--db", str(db_path), "--format", "gold", "--out", str(out)])
    record = json.loads((out / "pack.json").read_text())
    assert record["recommendations"] == ["approve the minutes", "approve the minutes"]


def test_serve_is_read_only_on_localhost(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store(db_path).close()
    assert main(["serve", "--db", str(db_path), "--dry-run"]) == 0
    command = capsys.readouterr().out
    assert f"-i {db_path}" in command and "--host 127.0.0.1" in command


@needs_shared
def test_real_corpus_end_to_end_scores(tmp_path: Path, db_path: Path) -> None:
    pytest.importorskip("extractors.formats")
    assert main(["run", str(CORPUS), "--db", str(db_path)]) == 0
    out = tmp_path / "out"
    assert main(["export", "--db", str(db_path), "--out", str(out)]) == 0
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold",
         str(SHARED / "gold" / "seeds"), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    assert result["missing_predictions"] == []
    assert result["fields"]["money"]["pred"] > 0
