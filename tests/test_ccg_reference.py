"""The clinical commissioning groups in the public-bodies table (2013-04-01 to 2022-06-30)."""

from datetime import date

import pytest

from extractors.bodies import by_code, descendants, load_bodies, lookup, successors
from schemas.facts import OrgType


def _groups():
    return [b for b in load_bodies() if b.org_type == OrgType.CCG]


def test_table_loads_with_every_ccg_from_2013() -> None:
    groups = _groups()
    # 211 groups were created on 1 April 2013, plus the merged groups formed later.
    assert len(groups) >= 211
    assert all(g.name.startswith("NHS ") and g.name.endswith(" Clinical Commissioning Group") for g in groups)


def test_ccg_names_are_unique() -> None:
    names = [g.name for g in _groups()]
    assert len(names) == len(set(names))


def test_every_ccg_successor_is_a_body_in_the_table() -> None:
    names = {b.name for b in load_bodies()}
    for group in _groups():
        assert group.successor, group.name
        for successor in group.successor.split("|"):
            assert successor.strip() in names, (group.name, successor)
        assert successors(group), group.name
        assert any(d.org_type == OrgType.ICB for d in descendants(group)), group.name


def test_every_ccg_ends_no_earlier_than_it_starts() -> None:
    for group in _groups():
        assert group.valid_to is not None, group.name
        if group.valid_from:
            assert date.fromisoformat(group.valid_to) >= date.fromisoformat(group.valid_from), group.name
        assert "2013-04-01" <= (group.valid_from or "2013-04-01") and group.valid_to <= "2022-06-30", group.name


@pytest.mark.parametrize("written, canonical, valid_to, successor", [
    ("Bassetlaw CCG", "NHS Bassetlaw Clinical Commissioning Group", "2022-06-30",
     "NHS Nottingham and Nottinghamshire Integrated Care Board"),
    ("NHS Central Manchester CCG", "NHS Central Manchester Clinical Commissioning Group", "2017-03-31",
     "NHS Manchester Clinical Commissioning Group"),
    ("Gateshead Clinical Commissioning Group", "NHS Gateshead Clinical Commissioning Group", "2015-03-31",
     "NHS Newcastle Gateshead Clinical Commissioning Group"),
    ("Windsor, Ascot & Maidenhead CCG", "NHS Windsor, Ascot and Maidenhead Clinical Commissioning Group",
     "2018-03-31", "NHS East Berkshire Clinical Commissioning Group"),
    ("East Berkshire CCG", "NHS East Berkshire Clinical Commissioning Group", "2021-03-31",
     "NHS Frimley Clinical Commissioning Group"),
    ("Hastings and Rother CCG", "NHS Hastings and Rother Clinical Commissioning Group", "2020-03-31",
     "NHS East Sussex Clinical Commissioning Group"),
    ("Tower Hamlets CCG", "NHS Tower Hamlets Clinical Commissioning Group", "2021-03-31",
     "NHS North East London Clinical Commissioning Group"),
    ("Stoke-on-Trent CCG", "NHS Stoke-on-Trent Clinical Commissioning Group", "2021-03-31",
     "NHS Staffordshire and Stoke-on-Trent Clinical Commissioning Group"),
    ("NHS Nene CCG", "NHS Nene Clinical Commissioning Group", "2020-03-31",
     "NHS Northamptonshire Clinical Commissioning Group"),
    ("Bristol CCG", "NHS Bristol Clinical Commissioning Group", "2018-03-31",
     "NHS Bristol, North Somerset and South Gloucestershire Clinical Commissioning Group"),
])
def test_added_areas_resolve(written: str, canonical: str, valid_to: str, successor: str) -> None:
    body = lookup(written)
    assert body is not None and body.name == canonical
    assert body.org_type == OrgType.CCG and body.valid_to == valid_to and body.successor == successor
    assert body.code is None or by_code(body.code) == body


def test_ccg_areas_are_not_listed_twice() -> None:
    from extractors.bodies import name_key
    seen: dict[str, str] = {}
    for group in _groups():
        for written in (group.name, *group.aliases):
            key = name_key(written)
            assert seen.setdefault(key, group.name) == group.name, (written, seen[key])
