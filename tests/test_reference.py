"""The built-in public-bodies table (codes, successions) and `papers reference import`."""

import csv
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import SHARED, needs_shared
from extractors.bodies import by_code, descendants, load_bodies, lookup, name_key, same_lineage, successors
from pipelines.cli import main
from pipelines.reference import ReferenceFormatError, import_local_authorities, read_local_authorities
from schemas.facts import OrgType

REGISTER = SHARED / "reference" / "uk_local_authorities_future.csv"
COUNCIL_TYPES = {OrgType.COUNTY_COUNCIL, OrgType.UNITARY_COUNCIL, OrgType.METROPOLITAN_BOROUGH,
                 OrgType.LONDON_BOROUGH, OrgType.DISTRICT_COUNCIL, OrgType.COUNCIL}


def test_codes_and_names_are_unique() -> None:
    bodies = load_bodies()
    codes = [b.code for b in bodies if b.code]
    assert len(codes) == len(set(codes))
    assert len({b.name for b in bodies}) == len(bodies)


def test_every_successor_is_a_row_that_starts_after_its_predecessor_ends() -> None:
    for body in load_bodies():
        if not body.successor:
            continue
        named = body.successor.split("|")
        assert len(successors(body)) == len(named), body.name
        assert body.valid_to, f"{body.name} has a successor but no end date"
        for after in successors(body):
            if after.valid_from:
                day_after = date.fromisoformat(body.valid_to) + timedelta(days=1)
                assert date.fromisoformat(after.valid_from) == day_after, (body.name, after.name)


def test_english_councils_carry_gss_codes_of_their_tier() -> None:
    prefixes = {OrgType.COUNTY_COUNCIL: "E10", OrgType.UNITARY_COUNCIL: "E06",
                OrgType.METROPOLITAN_BOROUGH: "E08", OrgType.LONDON_BOROUGH: "E09",
                OrgType.DISTRICT_COUNCIL: "E07"}
    for body in load_bodies():
        if body.org_type in prefixes:
            assert body.code and body.code.startswith(prefixes[body.org_type]), body.name


def test_all_forty_two_integrated_care_boards_from_july_2022() -> None:
    boards = [b for b in load_bodies() if b.org_type == OrgType.ICB]
    assert len(boards) == 42
    assert all(b.valid_from == "2022-07-01" and b.valid_to is None for b in boards)
    assert all(b.code is None or b.code.startswith("Q") for b in boards)


def test_clinical_commissioning_groups_ended_by_july_2022() -> None:
    groups = [b for b in load_bodies() if b.org_type == OrgType.CCG]
    assert len(groups) > 50
    for group in groups:
        assert group.valid_to is not None and group.valid_to <= "2022-06-30", group.name
        assert any(d.org_type == OrgType.ICB for d in descendants(group)), group.name


@pytest.mark.parametrize("written, canonical, code", [
    ("Mole Valley District Council", "Mole Valley District Council", "E07000210"),
    ("Tunbridge Wells Borough Council", "Tunbridge Wells Borough Council", "E07000116"),
    ("Kent and Medway ICB", "NHS Kent and Medway Integrated Care Board", "QKS"),
    ("NHS Frimley Integrated Care Board", "NHS Frimley Integrated Care Board", "QNQ"),
    ("Leeds CCG", "NHS Leeds Clinical Commissioning Group", "15F"),
    ("KCHFT", "Kent Community Health NHS Foundation Trust", "RYY"),
    ("City of London Corporation", "City of London Corporation", "E09000001"),
    ("Poole Borough Council", "Borough of Poole", "E06000029"),
])
def test_lookup_finds_new_bodies(written: str, canonical: str, code: str) -> None:
    body = lookup(written)
    assert body is not None and (body.name, body.code) == (canonical, code)
    assert by_code(code) == body


@pytest.mark.parametrize("earlier, later, linked", [
    ("Oxfordshire CCG", "BOB ICB", True),                          # CCG -> ICB, July 2022
    ("Bexley CCG", "South East London ICB", True),                 # via South East London CCG, 2020
    ("Buckinghamshire County Council", "Buckinghamshire Council", True),
    ("Aylesbury Vale District Council", "Buckinghamshire Council", True),
    ("Northamptonshire County Council", "West Northamptonshire Council", True),
    ("Northamptonshire County Council", "North Northamptonshire Council", True),
    ("Cumbria County Council", "Westmorland and Furness Council", True),
    ("Allerdale Borough Council", "Cumberland Council", True),
    ("North Yorkshire County Council", "North Yorkshire Council", True),
    ("Taunton Deane Borough Council", "Somerset Council", True),  # twice reorganised
    ("Borough of Poole", "Bournemouth, Christchurch and Poole Council", True),
    ("Dorset County Council", "Dorset Council", True),
    ("Christchurch Borough Council", "Dorset Council", False),
    ("Kent County Council", "Medway Council", False),
    ("Oxfordshire CCG", "Kent and Medway ICB", False),
])
def test_successions_link_old_and_new_bodies(earlier: str, later: str, linked: bool) -> None:
    old, new = lookup(earlier), lookup(later)
    assert old is not None and new is not None
    assert same_lineage(old, new) is linked
    assert same_lineage(new, old) is linked


# --- papers reference import -------------------------------------------------------------------

_HEADER = ["local-authority-code", "official-name", "nice-name", "gss-code", "start-date",
           "end-date", "replaced-by", "nation", "region", "local-authority-type",
           "local-authority-type-name", "county-la", "alt-names", "former-gss-codes", "notes"]


def _register(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADER)
        writer.writerows(rows)
    return path


_ROWS = [
    ["BKM", "Buckinghamshire County Council", "Buckinghamshire County", "E10000002", "2005-06-19",
     "2020-03-31", "BUC", "England", "South East", "CTY", "County", "", "Bucks CC,bucks cc", "", ""],
    ["BUC", "Buckinghamshire Council", "Buckinghamshire", "E06000060", "2020-04-01", "", "",
     "England", "South East", "UA", "Unitary authority", "", "", "", ""],
]


def _rows(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT code, name, gss_code, type, valid_to, replaced_by, alt_names "
                            "FROM reference_bodies ORDER BY code").fetchall()


def test_import_loads_the_register_and_replaces_it_on_reimport(tmp_path: Path, db_path: Path) -> None:
    source = _register(tmp_path / "la.csv", _ROWS)
    assert import_local_authorities(db_path, source) == 2
    assert _rows(db_path) == [
        ("BKM", "Buckinghamshire County Council", "E10000002", "CTY", "2020-03-31", "BUC",
         "Bucks CC,bucks cc"),
        ("BUC", "Buckinghamshire Council", "E06000060", "UA", None, None, None)]
    _register(source, _ROWS[1:])
    assert import_local_authorities(db_path, source) == 1
    assert [row[0] for row in _rows(db_path)] == ["BUC"]


def test_import_command(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _register(tmp_path / "la.csv", _ROWS)
    assert main(["reference", "import", str(source), "--db", str(db_path)]) == 0
    assert "loaded 2 local authorities" in capsys.readouterr().out
    assert main(["reference", "import", str(tmp_path / "missing.csv"), "--db", str(db_path)]) == 1


def test_import_refuses_a_file_of_another_shape(tmp_path: Path, db_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("name,code\nKent,E10000016\n", encoding="utf-8")
    with pytest.raises(ReferenceFormatError):
        list(read_local_authorities(other))
    assert main(["reference", "import", str(other), "--db", str(db_path)]) == 1
    assert not db_path.exists()


def _register_names(row: dict[str, str]) -> set[str]:
    names = {row["official-name"], row["nice-name"], *row["alt-names"].split(",")}
    return {name_key(n) for n in names if n.strip()}


@needs_shared
def test_built_in_councils_agree_with_the_register() -> None:
    """Every built-in council with a GSS code is in mySociety's register under its name or an alias."""
    with REGISTER.open(encoding="utf-8", newline="") as handle:
        register = {row["gss-code"]: row for row in csv.DictReader(handle)}
    checked = 0
    for body in load_bodies():
        if body.org_type not in COUNCIL_TYPES or not (body.code or "").startswith("E"):
            continue
        row = register.get(body.code or "")
        assert row is not None, f"{body.code} {body.name} is not in the register"
        ours = {name_key(n) for n in (body.name, *body.aliases)}
        assert ours & _register_names(row), f"{body.name} vs {row['official-name']}"
        checked += 1
    assert checked > 300


@needs_shared
def test_built_in_successions_agree_with_the_register() -> None:
    with REGISTER.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    gss_by_register_code = {row["local-authority-code"]: row["gss-code"] for row in rows}
    for row in rows:
        body = by_code(row["gss-code"]) if row["gss-code"] else None
        if body is None or not row["replaced-by"]:
            continue
        theirs = {gss_by_register_code[c] for c in row["replaced-by"].split(",")}
        assert {s.code for s in successors(body)} == theirs, body.name


@needs_shared
def test_import_of_the_real_register(db_path: Path) -> None:
    count = import_local_authorities(db_path, REGISTER)
    assert count > 400
    with sqlite3.connect(db_path) as conn:
        (name,) = conn.execute(
            "SELECT name FROM reference_bodies WHERE gss_code = 'E10000016'").fetchone()
    assert name == "Kent County Council"


@pytest.mark.parametrize("written, canonical", [
    ("MoD", "Ministry of Defence"),
    ("the Planning Inspectorate", "Planning Inspectorate"),
    ("HM Revenue & Customs", "HM Revenue and Customs"),
    ("Big Lottery Fund", "National Lottery Community Fund"),
    ("NHS Kernow", "NHS Kernow Clinical Commissioning Group"),
    ("NHS Sussex", "NHS Sussex Integrated Care Board"),
    ("DoH", "Department of Health"),
])
def test_lookup_finds_national_bodies_and_operating_names(written: str, canonical: str) -> None:
    body = lookup(written)
    assert body is not None and body.name == canonical


def test_national_rows_are_marked_and_uncoded() -> None:
    national = [b for b in load_bodies() if b.national]
    assert len(national) > 200
    assert all(b.code is None and not b.successor for b in national)
    assert not any(b.national for b in load_bodies() if b.org_type in COUNCIL_TYPES | {OrgType.CCG, OrgType.ICB})
