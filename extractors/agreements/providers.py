"""The provider of a contracted service, named where the paper says who delivers it ('the X Service is provided by Y')."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Group, OrgSpan

# "... Service was currently provided by", "... Service is delivered by": the words between a service's name and its provider.
# "... Service was currently delivered under a block contract agreement by": the contract's form may come between.
_PROVIDED_BY = re.compile(
    r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?,?\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:currently\s+|presently\s+)?|"
    r"(?:currently\s+|presently\s+))(?:provided|delivered|run|operated)\s+"
    r"(?:under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:contract|agreement)\s+(?:agreement\s+)?)?by\s+(?:[Tt]he\s+)?")
# "contract for the X Service": the contract's words before the service it is named for.
_CONTRACT_FOR = re.compile(r"^(?:the\s+)?contracts?\s+for\s+(?:the\s+)?", re.I)


def service_providers(reader: DocumentReader, group: Group) -> list[OrgSpan]:
    """For a contract with no counterparty: the body the paper says provides the service the contract is named for."""
    if group.kind != K.CONTRACT or any(m.counterparties or m.party_name for m in group.mentions):
        return []
    subjects = {m.subject for m in group.mentions if m.subject and len(m.subject.split()) >= 2}
    subjects |= {_CONTRACT_FOR.sub("", subject) for subject in subjects}
    # "the COT Service" for "the Community Occupational Therapy Service": the paper's initials for the service.
    subjects |= {subject.replace(spelled, initials) for subject in subjects
                 for initials, spelled in reader.acronyms.items() if spelled in subject}
    subjects = {subject for subject in subjects if len(subject.split()) >= 2}
    for subject in sorted(subjects, key=len, reverse=True):
        for match in re.finditer(re.escape(subject), reader.text):
            linked = _PROVIDED_BY.match(reader.text[match.end():match.end() + 80])
            if not linked:
                continue
            pos = match.end() + linked.end()
            provider = next((o for o in reader.orgs if pos - 1 <= o.start <= pos + 2), None)
            if provider is not None:
                return [provider]
    return []
