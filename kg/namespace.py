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
from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DCTERMS, ClosedNamespace

BASE = "https://w3id.org/jp-pdflow/"

KG = ClosedNamespace(
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
        'Usage', 'Vote', 'adds', 'agendaItem', 'answer', 'answeredBy', 'basis', 'carries',
        'categoryScheme', 'channel', 'column', 'concernKind', 'conditions', 'confidence', 'connectsTo',
        'contains', 'context', 'contractsWith', 'controller', 'council', 'date', 'dateEnd',
        'department', 'description', 'draft', 'entrusts', 'evidence', 'excludes', 'fileName', 'fiscalYear',
        'forAllParticipants', 'frequency', 'from', 'hosts', 'inPrefecture', 'instanceOf',
        'itemKind', 'itemNumber', 'line', 'maintains', 'maintenanceMode', 'meeting', 'memberOf',
        'municipality', 'note', 'object', 'obtainedFrom', 'offset', 'operates', 'outcome', 'partOf',
        'party', 'permission', 'physicalMedium', 'protects', 'provides', 'purpose', 'quote',
        'raisedBy', 'reEntrusts', 'records', 'removes', 'replacedBy', 'role', 'safeguardKind',
        'sensitivity', 'source', 'stands', 'statedAt', 'statedOn', 'status', 'subject',
        'supersededBy', 'system', 'to', 'topic', 'transformation', 'uses', 'via', 'vote',
        'voteValue', 'voter', 'work', 'writtenSession'
    ],
)

#: Instances (entities, facts, evidence) live under this namespace.
ID = Namespace(BASE + "id/")
DPV = Namespace("https://w3id.org/dpv#")
PD = Namespace("https://w3id.org/dpv/pd#")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "kg": KG, "id": ID, "entity": ID["entity/"], "category": ID["category/"],
    "fact": ID["fact/"], "meeting": ID["meeting/"], "source": ID["source/"],
    "channel": ID["term/channels/"], "outcome": ID["term/outcomes/"],
    "itemkind": ID["term/item_kinds/"], "safeguard": ID["term/safeguard_kinds/"],
    "status": ID["term/statuses/"], "dpv": DPV, "pd": PD, "org": ORG, "prov": PROV,
    "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "owl": OWL, "xsd": XSD, "dcterms": DCTERMS,
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


def entity_iri(ref: str) -> URIRef:
    """>>> str(entity_iri("jlis"))
    'https://w3id.org/jp-pdflow/id/entity/jlis'
    """
    return ID[f"entity/{ref}"]


def category_iri(ref: str) -> URIRef:
    return ID[f"category/{ref}"]


def fact_iri(ref: str) -> URIRef:
    return ID[f"fact/{ref}"]


def meeting_iri(ref: str) -> URIRef:
    return ID[f"meeting/{ref}"]


def source_iri(file: str) -> URIRef:
    return ID[f"source/{file}"]


def term_iri(vocabulary: str, ref: str) -> URIRef:
    return ID[f"term/{vocabulary}/{ref}"]


def external_iri(curie: str) -> URIRef:
    """Return the IRI of a DPV CURIE (``pd:Name``), checked by :mod:`kg.data.terms`.

    >>> str(external_iri("pd:Name"))
    'https://w3id.org/dpv/pd#Name'
    """
    prefix, _, local = curie.partition(":")
    return URIRef(DPV_PREFIXES[prefix] + local)
