"""Pydantic models of the curated YAML files in ``data/``.

Every model forbids unknown keys, so a misspelled key fails loudly instead of
being silently dropped. The models only check shape; cross-references (an
entity id that must exist, a quote that must stand in its source) are checked
by :mod:`kg.load` and :mod:`kg.evidence`, which know the whole data set.

Example::

    >>> Flow.model_validate({"id": "f1", "source": "a", "target": "b",
    ...     "categories": ["name"], "evidence": ["氏名"]}).status
    'current'
"""
from __future__ import annotations

import datetime as _dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from kg.data import kinds

Id = str


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)
    #: Line in the YAML file where this object starts (set by :mod:`kg.load`).
    _line: int = PrivateAttr(default=0)
    #: The YAML file it came from, as shown in messages (set by :mod:`kg.load`).
    _file: str = PrivateAttr(default="")
    #: Line of each field's value, so messages can point at the field itself.
    _field_lines: dict = PrivateAttr(default_factory=dict)

    @property
    def where(self) -> str:
        """``file:line`` of this object, for messages."""
        return f"{self._file}:{self._line}"

    def line_of(self, field: str) -> int:
        """Return the line of ``field``'s value, or of the object when unknown."""
        return self._field_lines.get(field) or self._line


class Quote(Strict):
    """One evidence quote; ``quote`` must stand verbatim in the source."""

    quote: str = Field(min_length=2)
    #: The line it stands on, for a quote that occurs more than once in its source.
    line: Optional[int] = Field(default=None, ge=1)
    note: Optional[str] = None
    #: Where the quote stands in its source (set by :mod:`kg.check`).
    _location: object = PrivateAttr(default=None)


def _as_quotes(value):
    """Accept one quote or a list; a bare string becomes ``{"quote": s}``."""
    if isinstance(value, (str, dict)):
        value = [value]
    if isinstance(value, list):
        return [{"quote": v} if isinstance(v, str) else v for v in value]
    return value


class Fact(Strict):
    """Fields every fact shares: an id, its agenda item and its evidence."""

    id: Id
    item: Optional[Id] = None
    evidence: list[Quote] = Field(min_length=1)
    note: Optional[str] = None
    #: How sure ``kg extract`` was of a drafted fact (0..1); curated facts leave it out.
    confidence: Optional[float] = Field(default=None, ge=0, le=1)

    _normalise_evidence = field_validator("evidence", mode="before")(_as_quotes)


#: ``controller: participants`` marks a fact that the minutes state for every
#: municipality taking part in a shared service, not only the document's own.
PARTICIPANTS = "participants"


class DataFact(Fact):
    """A fact about personal data: whose data it is and how firmly the minutes say so.

    ``controller`` is the municipality whose residents the data is about; it
    defaults to the document's municipality. ``basis: inferred`` marks a
    curator's reading that the minutes imply but do not say in so many words
    (the ``note`` says why); answers show it.
    """

    controller: Optional[Id] = None
    basis: Literal["stated", "inferred"] = "stated"


# --- registries -----------------------------------------------------------

EntityType = Literal[
    "municipality", "prefecture", "department", "council", "public-body",
    "company", "association", "unnamed-party", "person-role", "data-subject", "system",
]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__
#: Types that are parties (everything but systems).
PARTY_TYPES = frozenset(ENTITY_TYPES) - {"system"}
#: Types that end a route (defined where queries can read it without pydantic).
ENDPOINT_TYPES = kinds.ENDPOINT_TYPES


class Entity(Strict):
    """A party or system; canonical Japanese label, English label, aliases.

    ``municipality`` ties a local party (department, council, local system) to its
    municipality; ``prefecture`` places a municipality (geography, not hierarchy);
    ``part_of`` is organisational (a section of a department, a prefectural centre);
    ``member_of`` ties a person in a role to the organisation they work for;
    ``instance_of`` makes a system one tenant or regional instance of a shared
    product (each prefectural federation's 国保情報集約システム).
    """

    id: Id
    type: EntityType
    label: str
    label_en: str
    aliases: list[str] = []
    municipality: Optional[Id] = None
    prefecture: Optional[Id] = None
    part_of: Optional[Id] = None
    member_of: Optional[Id] = None
    instance_of: Optional[Id] = None
    role: Optional[Literal["contractor", "subcontractor", "other"]] = None
    description: Optional[str] = None


#: SKOS mapping relation of a term to its DPV match (skos:exactMatch, closeMatch ...).
DpvMatch = Literal["exact", "close", "broad", "narrow", "related"]


class Category(Strict):
    """A personal-data category or document type in the SKOS taxonomy."""

    id: Id
    kind: Literal["category", "document"] = "category"
    label: str
    label_en: str
    aliases: list[str] = []
    broader: list[Id] = []
    #: Categories every item of this one includes: a document's fields, or
    #: 特定個人情報 which by definition holds a 個人番号.
    contains: list[Id] = []
    sensitivity: Optional[Literal["specific", "special-care", "ordinary"]] = None
    #: The matching term of W3C DPV 2.3 (``pd:Name``) and how it matches:
    #: ``broad`` when DPV's term is broader (個人番号 is one kind of ``pd:OfficialID``).
    dpv: Optional[str] = None
    dpv_match: DpvMatch = "close"


class Term(Strict):
    """An entry of a small controlled vocabulary (channels, kinds ...)."""

    id: Id
    label: str
    label_en: str
    aliases: list[str] = []
    physical: bool = False  # channels: a physical medium carried by hand
    approving: Optional[bool] = None  # outcomes: the item may go ahead (承認) or not yet (継続審議)
    dpv: Optional[str] = None
    dpv_match: DpvMatch = "close"


class Vocabulary(Strict):
    channels: list[Term]
    item_kinds: list[Term]
    outcomes: list[Term]
    safeguard_kinds: list[Term]
    statuses: list[Term]


class Meeting(Strict):
    """A council meeting; ``date`` when known, otherwise its fiscal year."""

    id: Id
    council: Id
    label: str
    label_en: Optional[str] = None
    date: Optional[_dt.date] = None
    date_end: Optional[_dt.date] = None
    fiscal_year: Optional[int] = None
    written: bool = False  # held in writing instead of in session


class AgendaSpec(Strict):
    """Where a document lists its own agenda, and a regex finding each item number.

    The pattern has a group ``number`` and, for era-numbered items, ``era``
    (平成/令和) and ``year``; those become ``H29-2``-style numbers.
    """

    lines: tuple[int, int]
    pattern: str


class Source(Strict):
    """A published minutes document: its file and the meeting it records."""

    file: str
    municipality: Id
    meeting: Meeting
    title: str
    url: Optional[str] = None
    agenda: Optional[AgendaSpec] = None


class SourceRegistry(Strict):
    sources: list[Source]


# --- facts ----------------------------------------------------------------


class Vote(Strict):
    member: Optional[str] = None
    vote: Literal["for", "against", "abstain"]
    evidence: list[Quote] = Field(min_length=1)

    _normalise_evidence = field_validator("evidence", mode="before")(_as_quotes)


class AgendaItem(Strict):
    """An agenda item: 諮問 (consultation) or 報告 (report) and what became of it."""

    id: Id
    type: Literal["consultation", "report", "other"]
    number: str
    #: the number is the item's place in the agenda's list ((1), 6.), not one it bears
    #: (諮問第6号): shown as 諮問(6), never as a 諮問第N号 the minutes do not use
    listed: bool = False
    #: the minutes' own word for the kind of item where it is no 諮問 or 報告 (議案第7号 put
    #: to a joint council): shown as 議案第7号, not as the 諮問第7号 the minutes do not use
    numbered_as: Optional[str] = Field(default=None, pattern=r"^[\u4e00-\u9fff]{1,4}$")
    title: str
    kinds: list[Id] = Field(min_length=1)
    department: Optional[Id] = None
    meeting: Optional[Id] = None  # default: the document's own meeting
    outcome: Id
    conditions: Optional[str] = None
    votes: list[Vote] = []
    evidence: list[Quote] = Field(min_length=1)
    note: Optional[str] = None
    confidence: Optional[float] = Field(default=None, ge=0, le=1)  # drafted items (kg extract)
    #: the item of the same minutes this one is a part of (諮問第5号 …の外部提供、外部結合及び
    #: 委託, then (1) …への提供): its facts are the whole's too
    part_of: Optional[Id] = None

    _normalise_evidence = field_validator("evidence", mode="before")(_as_quotes)


class Transformation(Strict):
    removes: list[Id] = []
    adds: list[Id] = []
    description: Optional[str] = None


class Flow(DataFact):
    """Personal data moving from one party or system to another."""

    source: Id
    target: Id
    categories: list[Id] = Field(min_length=1)
    channel: Optional[Id] = None
    via: Optional[Id] = None  # a system the flow runs through
    frequency: Optional[str] = None
    status: Id = "current"
    replaced_by: Optional[Id] = None
    transformation: Optional[Transformation] = None
    purpose: Optional[str] = None
    #: The case the minutes limit the flow to, in their words (本人の同意を得た方に限り,
    #: 災害時): the flow grants access only then, and answers say so.
    condition: Optional[str] = Field(default=None, min_length=2)


RelationType = Literal[
    "entrusts", "re-entrusts", "hosts", "operates", "maintains", "uses",
    "contracts-with", "connects-to", "provides",
]


class Relation(DataFact):
    """A responsibility: ``subject`` <type> ``object`` (A entrusts B, B hosts S)."""

    type: RelationType
    subject: Id
    object: Id
    work: Optional[str] = None
    categories: list[Id] = []
    system: Optional[Id] = None
    permission: Optional[Literal["allowed", "requires-approval", "forbidden"]] = None
    mode: Optional[Literal["remote", "on-site"]] = None
    channel: Optional[Id] = None
    status: Id = "current"


class Access(DataFact):
    """Access that is not a flow: incidental exposure or an explicit exclusion.

    An exclusion is about a context: the system, the source, the purpose or
    the ``context`` it states. It never cancels access that another fact grants
    in another context. ``source`` is where an incidental party meets the data
    (the kiosk a certificate was left in, the clerk who hands it on). ``status`` is
    when an incidental access holds (a contractor whose work starts after the meeting
    will see the data then: ``planned``); an exclusion has none.
    """

    type: Literal["incidental", "excluded"]
    party: Id
    categories: list[Id] = Field(min_length=1)
    system: Optional[Id] = None
    source: Optional[Id] = None
    purpose: Optional[str] = None
    context: Optional[str] = None
    status: Optional[Id] = None


class Safeguard(Fact):
    kind: Id
    applies_to: list[Id] = []  # flows, relations, systems or parties
    description: Optional[str] = None


class Answer(Strict):
    by: Optional[str] = None
    evidence: list[Quote] = Field(min_length=1)
    correction: bool = False  # 後日補足 / 事務局補足
    stands: bool = True

    _normalise_evidence = field_validator("evidence", mode="before")(_as_quotes)


class Concern(Fact):
    """A member's question, opinion or request, and the answers recorded."""

    kind: Literal["question", "opinion", "request"] = "question"
    by: Optional[str] = None
    topic: Optional[str] = None
    answers: list[Answer] = []


class Rule(Strict):
    """An audit rule: a check of :mod:`kg.findings` and the parameters it runs with."""

    id: Id
    severity: Literal["high", "medium", "low"]
    check: Literal["physical-media", "re-entrustment", "cloud-standard-terms",
                   "my-number-outside-roles", "unanswered-concern", "concentration",
                   "remote-maintenance", "exclusion-meets-access"]
    title: str
    title_en: str
    params: dict = {}


class RuleFile(Strict):
    rules: list[Rule]


class Rejected(Strict):
    """A proposal of ``kg extract`` that a reviewer turned down, kept so that a new run
    does not propose it again: its ``kind``, the quote and line it rested on, and why."""

    kind: Literal["agenda_item", "flow", "relation", "access"]
    reason: str = Field(min_length=2)
    evidence: list[Quote] = Field(min_length=1)
    #: The ends of the proposal turned down, when its sentence proposed others too
    #: (flow: source and target; relation: subject and object; access: party).
    source: Optional[Id] = None
    target: Optional[Id] = None
    subject: Optional[Id] = None
    object: Optional[Id] = None
    party: Optional[Id] = None

    _normalise_evidence = field_validator("evidence", mode="before")(_as_quotes)


class FactFile(Strict):
    """One document's curated facts (``data/facts/NNN.yaml``).

    ``draft: true`` marks facts proposed by ``kg extract`` and not yet reviewed
    (``rejected`` keeps the proposals a reviewer turned down):
    ``kg validate`` checks them like any other, ``kg build`` leaves them out
    unless asked (``--include-drafts``) and answers mark them. A draft for new
    minutes carries the registry entry of its source (``source_entry``) until
    the entry is moved into ``sources.yaml``.
    """

    source: str
    draft: bool = False
    source_entry: Optional[Source] = None
    entities: list[Entity] = []
    meetings: list[Meeting] = []
    agenda_items: list[AgendaItem] = []
    flows: list[Flow] = []
    relations: list[Relation] = []
    access: list[Access] = []
    safeguards: list[Safeguard] = []
    concerns: list[Concern] = []
    #: proposals a reviewer turned down (not facts: never built)
    rejected: list[Rejected] = []
