"""The RDF namespaces the project uses, and the ontology's terms.

``KG`` is closed: ``KG.DataFlow`` works, ``KG.Dataflow`` raises, so a typo in
code fails at once instead of writing a term the ontology does not define.
``tests/test_namespace.py`` checks that this list and ``ontology/kg.ttl`` agree.

Example::

    >>> str(KG.DataFlow)
    'https://w3id.org/jp-pdflow/ontology#DataFlow'
    >>> str(ID["entity/jlis"])
    'https://w3id.org/jp-pdflow/id/entity/jlis'
"""
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib import namespace as _rdflib
from rdflib.namespace import OWL, ClosedNamespace


class Terms:
    """A namespace whose terms are made once.

    rdflib makes a new ``URIRef`` (and checks it) on every ``NS.term``, and a dict
    lookup with a new object compares strings where the same object would match at
    once: at national scale that was a fifth of a build. ``Terms(ns)`` keeps
    each term after its first use; unknown terms of a closed namespace still fail.
    """

    def __init__(self, namespace):
        self.__dict__["_ns"] = namespace
        self.__dict__["_items"] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self._ns, name)
        self.__dict__[name] = value
        return value

    def __getitem__(self, name: str) -> URIRef:
        items = self._items
        if name not in items:
            items[name] = self._ns[name]
        return items[name]

    def __str__(self) -> str:
        return str(self._ns)

    def __repr__(self) -> str:
        return f"Terms({self._ns!r})"

    def __dir__(self):
        return dir(self._ns)

BASE = "https://w3id.org/jp-pdflow/"

_KG = ClosedNamespace(
    BASE + "ontology#",
    [
        'Access', 'AgendaItem', 'Allowed', 'Answer', 'Association', 'Basis', 'Channel', 'Company',
        'Concern', 'ConcernKind', 'Connection', 'Consultation', 'ContractRelation', 'Correction',
        'Council', 'DataCategory', 'DataFlow', 'DataSubject', 'Department', 'DocumentType',
        'Entrustment', 'Evidence', 'Exclusion', 'Fact', 'Forbidden', 'Hosting', 'IncidentalAccess',
        'Inferred', 'ItemKind', 'Maintenance', 'MaintenanceMode', 'Meeting', 'Municipality', 'Node',
        'OnSite', 'Operation', 'Opinion', 'OrdinaryPersonalInformation', 'OtherItem', 'Outcome',
        'Party', 'Permission', 'PersonRole', 'Prefecture', 'Provision', 'PublicBody', 'Question',
        'ReEntrustment', 'Relationship', 'Remote', 'Report', 'Request', 'RequiresApproval',
        'Safeguard', 'SafeguardKind', 'Sensitivity', 'SourceDocument',
        'SpecialCarePersonalInformation', 'SpecificPersonalInformation', 'Stated', 'Status',
        'System', 'Transformation', 'UnnamedContractor', 'UnnamedParty', 'UnnamedSubcontractor',
        'Usage', 'Vote', 'adds', 'agendaItem', 'answer', 'answeredBy', 'approving', 'basis', 'carries',
        'categoryScheme', 'channel', 'column', 'concernKind', 'condition', 'conditions', 'confidence', 'connectsTo',
        'contains', 'context', 'contractsWith', 'controller', 'council', 'date', 'dateEnd',
        'department', 'description', 'draft', 'entrusts', 'evidence', 'excludes', 'fileName', 'fiscalYear',
        'forAllParticipants', 'frequency', 'from', 'hosts', 'inPrefecture', 'instanceOf',
        'itemKind', 'itemNumber', 'itemPartOf', 'line', 'listPosition', 'maintains', 'maintenanceMode', 'meeting', 'memberOf',
        'municipality', 'note', 'numberedAs', 'object', 'obtainedFrom', 'offset', 'operates', 'outcome', 'partOf',
        'party', 'permission', 'physicalMedium', 'protects', 'provides', 'purpose', 'quote',
        'raisedBy', 'reEntrusts', 'records', 'removes', 'replacedBy', 'role', 'safeguardKind',
        'sensitivity', 'source', 'stands', 'statedAt', 'statedOn', 'status', 'subject',
        'supersededBy', 'system', 'to', 'topic', 'transformation', 'uses', 'via', 'vote',
        'voteValue', 'voter', 'work', 'writtenSession'
    ],
)

KG = Terms(_KG)
#: rdflib's W3C namespaces, with their terms made once (see :class:`Terms`).
RDF, RDFS, SKOS, XSD, PROV, DCTERMS = (Terms(ns) for ns in (
    _rdflib.RDF, _rdflib.RDFS, _rdflib.SKOS, _rdflib.XSD, _rdflib.PROV, _rdflib.DCTERMS))

#: Instances (entities, facts, evidence) live under this namespace.
ID = Namespace(BASE + "id/")
_DPV = Namespace("https://w3id.org/dpv#")
DPV = Terms(_DPV)
PD = Namespace("https://w3id.org/dpv/pd#")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "kg": _KG, "id": ID, "entity": ID["entity/"], "category": ID["category/"],
    "fact": ID["fact/"], "meeting": ID["meeting/"], "source": ID["source/"],
    "channel": ID["term/channels/"], "outcome": ID["term/outcomes/"],
    "itemkind": ID["term/item_kinds/"], "safeguard": ID["term/safeguard_kinds/"],
    "status": ID["term/statuses/"], "dpv": _DPV, "pd": PD, "org": ORG, "prov": _rdflib.PROV,
    "skos": _rdflib.SKOS, "rdfs": _rdflib.RDFS, "rdf": _rdflib.RDF, "owl": OWL,
    "xsd": _rdflib.XSD, "dcterms": _rdflib.DCTERMS,
}


def bind_prefixes(graph):
    """Bind the project's prefixes on ``graph`` and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


# --- the IRIs of our ids -------------------------------------------------------
# The external vocabularies whose CURIEs the curated data may use (``pd:Name``),
# each checked against the vendored DPV 2.3 term lists by kg.data.terms.
DPV_PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "tech": "https://w3id.org/dpv/tech#",
    "risk": "https://w3id.org/dpv/risk#",
    "legal": "https://w3id.org/dpv/legal#",
}



@lru_cache(maxsize=1 << 16)
def _iri(path: str) -> URIRef:
    return ID[path]


def entity_iri(ref: str) -> URIRef:
    """>>> str(entity_iri("jlis"))
    'https://w3id.org/jp-pdflow/id/entity/jlis'
    """
    return _iri(f"entity/{ref}")


def category_iri(ref: str) -> URIRef:
    return _iri(f"category/{ref}")


def fact_iri(ref: str) -> URIRef:
    return _iri(f"fact/{ref}")


def meeting_iri(ref: str) -> URIRef:
    return _iri(f"meeting/{ref}")


def source_iri(file: str) -> URIRef:
    return _iri(f"source/{file}")


def term_iri(vocabulary: str, ref: str) -> URIRef:
    return _iri(f"term/{vocabulary}/{ref}")


def external_iri(curie: str) -> URIRef:
    """Return the IRI of a DPV CURIE (``pd:Name``), checked by :mod:`kg.data.terms`.

    >>> str(external_iri("pd:Name"))
    'https://w3id.org/dpv/pd#Name'
    """
    prefix, _, local = curie.partition(":")
    return URIRef(DPV_PREFIXES[prefix] + local)
