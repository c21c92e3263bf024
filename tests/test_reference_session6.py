"""Reference table, session 6: combined authorities, national park, fire and police bodies, and the issuer
reader's hook for papers such an authority issues (all texts invented)."""

from __future__ import annotations

import pytest

from extractors.bodies import load_bodies, lookup, successors
from extractors.issuer import issuing_body
from organisation_helpers import extract as _extract
from schemas.facts import OrgType

_NEW_TYPES = {OrgType.COMBINED_AUTHORITY, OrgType.NATIONAL_PARK_AUTHORITY, OrgType.FIRE_AUTHORITY, OrgType.POLICE_BODY}


@pytest.mark.parametrize(
    ("written", "name", "org_type", "code"),
    [
        ("SYMCA", "South Yorkshire Mayoral Combined Authority", OrgType.COMBINED_AUTHORITY, "E47000002"),
        ("Sheffield City Region Combined Authority", "South Yorkshire Mayoral Combined Authority",
         OrgType.COMBINED_AUTHORITY, "E47000002"),
        ("WECA", "West of England Combined Authority", OrgType.COMBINED_AUTHORITY, "E47000009"),
        ("GMCA", "Greater Manchester Combined Authority", OrgType.COMBINED_AUTHORITY, "E47000001"),
        ("East Midlands Combined County Authority", "East Midlands Combined County Authority",
         OrgType.COMBINED_AUTHORITY, "E47000013"),
        ("Dartmoor National Park Authority", "Dartmoor National Park Authority", OrgType.NATIONAL_PARK_AUTHORITY, None),
        ("Broads Authority", "Broads Authority", OrgType.NATIONAL_PARK_AUTHORITY, None),
        ("Kent and Medway Fire and Rescue Authority", "Kent and Medway Fire and Rescue Authority",
         OrgType.FIRE_AUTHORITY, None),
        ("Office of the Kent Police and Crime Commissioner", "Police and Crime Commissioner for Kent",
         OrgType.POLICE_BODY, None),
        ("Police and Crime Commissioner for Essex", "Police, Fire and Crime Commissioner for Essex",
         OrgType.POLICE_BODY, None),
        ("MOPAC", "Mayor's Office for Policing and Crime", OrgType.POLICE_BODY, None),
    ],
)
def test_authority_found_by_name_or_alias(written: str, name: str, org_type: OrgType, code: str | None) -> None:
    body = lookup(written)
    assert body is not None and (body.name, body.org_type, body.code) == (name, org_type, code)


def test_new_kinds_have_no_short_aliases() -> None:
    # Two or three capitals are too often a common word or another body's initials.
    for body in load_bodies():
        if body.org_type in _NEW_TYPES:
            assert all(len(a) >= 4 or " " in a for a in body.aliases), body.name


@pytest.mark.parametrize(
    ("name", "successor"),
    [
        ("Hampshire Fire and Rescue Authority", "Hampshire and Isle of Wight Fire and Rescue Authority"),
        ("Wiltshire and Swindon Fire Authority", "Dorset and Wiltshire Fire and Rescue Authority"),
        ("London Fire and Emergency Planning Authority", "London Fire Commissioner"),
        ("Essex Fire Authority", "Police, Fire and Crime Commissioner for Essex"),
        ("North of Tyne Combined Authority", "North East Combined Authority"),
    ],
)
def test_ended_authority_names_its_successor(name: str, successor: str) -> None:
    body = lookup(name)
    assert body is not None and body.valid_to and [s.name for s in successors(body)] == [successor]


@pytest.mark.parametrize(
    ("text", "name", "org_type"),
    [
        ("The scheme is part funded by the West of England Combined Authority.", "West of England Combined Authority",
         OrgType.COMBINED_AUTHORITY),
        ("A bid was made to the Liverpool City Region Combined Authority for bus funding.",
         "Liverpool City Region Combined Authority", OrgType.COMBINED_AUTHORITY),
        ("Officers met the Peak District National Park Authority about the car park.",
         "Peak District National Park Authority", OrgType.NATIONAL_PARK_AUTHORITY),
        ("A data sharing agreement with the Office of the Sussex Police and Crime Commissioner was renewed.",
         "Police and Crime Commissioner for Sussex", OrgType.POLICE_BODY),
    ],
)
def test_organisation_reader_knows_the_authorities(text: str, name: str, org_type: OrgType) -> None:
    found = {(m.name, m.org_type) for m in _extract(text)}
    assert (name, org_type) in found
    assert ("England Combined Authority", OrgType.GOVERNMENT) not in found


def test_commissioner_as_a_persons_title_is_no_body() -> None:
    # "Northshire Police and Crime Commissioner Jo Bloggs": the office a person holds, introduced by its title.
    found = _extract("Speakers included the Kent Police and Crime Commissioner Jo Bloggs on policing.")
    assert all(m.org_type != OrgType.POLICE_BODY for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's cover in capitals, then the authority speaking of itself
        ("NPA/99/001\nEXMOOR NATIONAL PARK AUTHORITY\n3 March 2017\nCAR PARK CHARGES\nReport of the Head of Finance\n"
         "1.1 The Authority sets its charges each year.\n1.2 The Authority last reviewed them in 2015.\n",
         "Exmoor National Park Authority"),
        # a decision page whose decision maker is the authority's committee
        ("Decision details\nRail Station Study\nDecision Maker: Tees Valley Combined Authority Cabinet\n"
         "Decision:\nTo approve the study brief.\n", "Tees Valley Combined Authority"),
        # a decisions list naming the authority by initials and calling itself "the Combined Authority"
        ("Decisions\nDecisions taken by the Combined Authority are listed below.\nDecisions published\n"
         "Approval of GMCA entering into a grant agreement with a bus operator.\n"
         "The Combined Authority will fund the scheme.\n", "Greater Manchester Combined Authority"),
    ],
)
def test_authority_issues_its_own_paper(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a council's report about money from the combined authority: the council speaks, the authority pays
        ("Cabinet report\nWest Midlands Combined Authority housing grant\nThe Council has been offered a grant.\n"
         "The Council will accept the grant and the Council will report back.\n"
         "The Combined Authority set the terms.\n"),
        # two authorities at the top: which one speaks is not told
        ("Joint report\nDevon and Somerset Fire and Rescue Authority\nDartmoor National Park Authority\n"
         "The Authority noted the joint protocol.\n"),
    ],
)
def test_authority_named_in_another_paper_is_not_the_issuer(text: str) -> None:
    assert issuing_body(text) not in {"West Midlands Combined Authority", "Dartmoor National Park Authority",
                                      "Devon and Somerset Fire and Rescue Authority"}
