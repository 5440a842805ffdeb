"""kg.data.terms: every DPV and W3C term of the ontology, the data and the built graph
exists in the vocabulary it claims; the vendored DPV 2.3 lists are pinned and well-formed.

The walks over the ontology, the YAML and the graph here are the tests' own (rdflib,
plain PyYAML and the vendored files read directly), not kg.data.terms', so a term the
checker would skip is still looked at.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rns  # not its names: pytest's collection would touch XSD's

from conftest import assert_clean_exit, edit, find_problem, line_of, problems_of, raw_yaml
from kg import paths
from kg.data import terms
from kg.data.check import check_dataset
from kg.data.load import load_dataset
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.namespace import category_iri, fact_iri

VENDOR = Path(__file__).resolve().parents[2] / "ontology" / "vendor" / "dpv-2.3"
MODULES = {
    "dpv": r"https://w3id\.org/dpv#[^#/\s]+",
    "pd": r"https://w3id\.org/dpv/pd#[^#/\s]+",
    "tech": r"https://w3id\.org/dpv/tech#[^#/\s]+",
    "risk": r"https://w3id\.org/dpv/risk#[^#/\s]+",
    "legal": r"https://w3id\.org/dpv/legal(/[a-z0-9-]+)*#[^#/\s]+",
}
DPV_NAMESPACE = re.compile(r"https://w3id\.org/dpv(/(pd|tech|risk|legal(/[a-z0-9-]+)*))?#")
W3C = [rns.RDF, rns.RDFS, rns.OWL, rns.XSD, rns.SKOS, rns.PROV, rns.ORG, rns.DCTERMS, rns.SH]
PREFIX = {"dpv": "https://w3id.org/dpv#", "pd": "https://w3id.org/dpv/pd#"}


def _read_list(module: str) -> tuple[list[str], list[str]]:
    lines = (VENDOR / f"{module}.txt").read_text(encoding="utf-8").splitlines()
    return [l for l in lines if l.startswith("#")], [l for l in lines if not l.startswith("#")]


@pytest.fixture(scope="module")
def vendored() -> set[str]:
    return {iri for module in MODULES for iri in _read_list(module)[1]}


def _w3c_namespace(iri: str):
    return next((ns for ns in W3C if iri.startswith(str(ns))), None)


def _assert_exists(iris, vendored, where: str) -> dict[str, int]:
    """Every DPV IRI is vendored, every W3C IRI is defined; return how many of each."""
    seen = {"dpv": 0, "w3c": 0}
    for iri in sorted(set(iris)):
        if DPV_NAMESPACE.match(iri):
            assert iri in vendored, f"{where}: {iri} is not a DPV 2.3 term"
            seen["dpv"] += 1
        elif (ns := _w3c_namespace(iri)) is not None:
            local = iri[len(str(ns)):]
            assert local in ns, f"{where}: {iri} is not defined by {ns}"
            seen["w3c"] += 1
    return seen


def _iris(graph: Graph):
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef):
                yield str(node)
            elif isinstance(node, Literal) and node.datatype is not None:
                yield str(node.datatype)


# --- the vendored lists -------------------------------------------------------------


@pytest.mark.parametrize("module", list(MODULES))
def test_vendored_list_is_sorted_unique_and_in_its_namespace(module):
    header, body = _read_list(module)
    assert len(body) > 100
    assert body == sorted(body), "not sorted"
    assert len(body) == len(set(body)), "duplicates"
    wanted = re.compile(MODULES[module])
    assert [iri for iri in body if not wanted.fullmatch(iri)] == []
    declared = next(int(l.split(":")[1]) for l in header if l.startswith("# terms:"))
    assert declared == len(body)


def test_vendored_lists_are_pinned_to_one_commit_of_w3c_dpv():
    commits = set()
    for module in MODULES:
        header, _ = _read_list(module)
        fields = dict(l[2:].split(": ", 1) for l in header if re.match(r"# \w+: ", l))
        assert fields["source"] == "https://github.com/w3c/dpv"
        assert re.fullmatch(r"[0-9a-f]{40}", fields["commit"]), fields["commit"]
        assert fields["path"].startswith(f"2.3/{module}/{module}.ttl")
        assert re.match(r"\d{4}-\d{2}-\d{2}", fields["date"])
        commits.add(fields["commit"])
    assert len(commits) == 1


def test_vendored_lists_hold_the_well_known_terms(vendored):
    for iri in ("https://w3id.org/dpv#PersonalData", "https://w3id.org/dpv#hasPersonalData",
                "https://w3id.org/dpv/pd#Name", "https://w3id.org/dpv/tech#CloudService",
                "https://w3id.org/dpv/risk#DataBreach",
                "https://w3id.org/dpv/legal/jp#law-APPI",
                "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a"):
        assert iri in vendored, iri
    # The seven terms the data was migrated off are not DPV 2.3 terms.
    for gone in ("pd#NationalIdentificationNumber", "pd#HouseAddress", "pd#BankDetails",
                 "pd#Image", "dpv#LoggingPolicies", "dpv#DataDeletion", "dpv#DataMinimisation"):
        prefix, local = gone.split("#")
        assert PREFIX[prefix] + local not in vendored, gone


def test_the_lists_ship_in_the_wheel():
    setup = (Path(__file__).resolve().parents[2] / "setup.cfg").read_text(encoding="utf-8")
    assert re.search(r"^kg\._ontology = .*vendor/dpv-2\.3/\*\.txt", setup, re.MULTILINE)


# --- the real ontology, data and graph -----------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_every_external_term_of_the_ontology_exists(name, vendored):
    path = paths.ontology_dir() / name
    seen = _assert_exists(_iris(Graph().parse(path)), vendored, str(path))
    assert seen["w3c"] > 10
    if name == "kg.ttl":
        assert seen["dpv"] > 5
    assert terms.turtle_problems(path) == []


def test_every_dpv_field_of_the_bundled_data_is_a_dpv_term(real_data, vendored):
    files = [real_data / "categories.yaml", *sorted((real_data / "categories").glob("*.yaml")),
             real_data / "vocabulary.yaml"]
    values = []
    for path in files:
        doc = raw_yaml(path)
        entries = doc.get("categories") if "categories" in doc else \
            [t for v in doc.values() if isinstance(v, list) for t in v]
        values += [e["dpv"] for e in entries if isinstance(e, dict) and e.get("dpv")]
    assert len(values) > 30
    for value in values:
        prefix, _, local = value.partition(":")
        assert prefix in PREFIX, value
        assert PREFIX[prefix] + local in vendored, value
    assert terms.dataset_problems(load_dataset(real_data)) == []


def test_every_external_term_of_the_compiled_bundled_graph_exists(real_data, vendored):
    ds = load_checked(real_data)
    graph = compile_dataset(ds)
    seen = _assert_exists(_iris(graph), vendored, "compiled bundled graph")
    assert seen["dpv"] > 20 and seen["w3c"] > 5
    assert terms.graph_problems(graph, ds) == []


def test_validate_passes_on_the_bundled_data(cli):
    result = cli("validate")
    assert_clean_exit(result, 0)


# --- misspelt terms in the data ----------------------------------------------------------


def test_misspelt_dpv_term_fails_validate_at_its_line(cli, mini_dir):
    cats = edit(mini_dir / "categories.yaml", "dpv: pd:Name}", "dpv: pd:Nmae}")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    reported = problems_of(result.stderr)
    problem = find_problem(reported, cats, line_of(cats, "pd:Nmae"),
                           "unknown DPV 2.3 term 'pd:Nmae' (closest: pd:Name")
    assert problem.message.startswith("unknown DPV 2.3 term 'pd:Nmae' (closest: pd:Name")
    assert len(reported) == 1, reported


def test_misspelt_dpv_term_fails_build_and_writes_nothing(cli, mini_dir, tmp_path):
    vocab = edit(mini_dir / "vocabulary.yaml", "dpv: dpv:Encryption}", "dpv: dpv:Encryptoin}")
    result = cli("build", "--data", mini_dir, "--out", tmp_path / "out")
    assert_clean_exit(result, 1)
    find_problem(problems_of(result.stderr), vocab, line_of(vocab, "dpv:Encryptoin"),
                 "unknown DPV 2.3 term 'dpv:Encryptoin' (closest: dpv:Encryption")
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_unknown_prefix_fails_validate_at_its_line(cli, mini_dir):
    cats = edit(mini_dir / "categories.yaml", "dpv: pd:Name}", "dpv: pdd:Name}")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    find_problem(problems_of(result.stderr), cats, line_of(cats, "pdd:Name"),
                 "unknown DPV 2.3 prefix 'pdd' in 'pdd:Name'", "pd:Name")


def test_a_term_of_another_module_is_suggested(mini_dir):
    edit(mini_dir / "categories.yaml", "dpv: pd:Name}", "dpv: dpv:Name}")
    [problem] = terms.dataset_problems(load_dataset(mini_dir))
    assert problem.message.startswith("unknown DPV 2.3 term 'dpv:Name' (closest: pd:Name")


def test_other_dpv_modules_are_accepted():
    assert terms.curie_message("tech:CloudService") is None
    assert terms.curie_message("risk:DataBreach") is None
    assert terms.curie_message("pd:") == "unknown DPV 2.3 term 'pd:'"


# --- misspelt terms in a copied ontology ---------------------------------------------------


@pytest.fixture
def ontology_copy(tmp_path, monkeypatch) -> Path:
    dest = tmp_path / "ontology"
    shutil.copytree(paths.ontology_dir(), dest)
    monkeypatch.setenv("KG_ONTOLOGY", str(dest))
    return dest


def test_misspelt_w3c_term_in_the_ontology_is_reported_at_its_line(cli, ontology_copy, mini_dir):
    onto = edit(ontology_copy / "kg.ttl", "kg:Node , prov:Agent ;", "kg:Node , prov:Agnet ;")
    shapes = edit(ontology_copy / "shapes.ttl", "sh:targetClass kg:Evidence ;",
                  "sh:targetClas kg:Evidence ;")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    reported = problems_of(result.stderr)
    find_problem(reported, onto, line_of(onto, "prov:Agnet"),
                 "unknown PROV term 'prov:Agnet' (closest: prov:Agent")
    find_problem(reported, shapes, line_of(shapes, "sh:targetClas "),
                 "unknown SHACL term 'sh:targetClas' (closest: sh:targetClass")


def test_misspelt_dpv_term_and_rebound_prefix_in_the_ontology(ontology_copy):
    onto = edit(ontology_copy / "kg.ttl", "kg:Party , dpv:DataSubject ;",
                "kg:Party , dpv:DataSubjct ;")
    edit(onto, "@prefix prov:    <http://www.w3.org/ns/prov#> .",
         "@prefix prov:    <http://www.w3.org/ns/prv#> .")
    reported = terms.ontology_problems()
    where = {(Path(p.file).resolve(), p.line) for p in reported}
    assert (onto.resolve(), line_of(onto, "dpv:DataSubjct")) in where
    assert (onto.resolve(), line_of(onto, "@prefix prov:")) in where
    messages = [p.message for p in reported]
    assert any(m.startswith("unknown DPV 2.3 term 'dpv:DataSubjct' (closest: dpv:DataSubject")
               for m in messages), messages
    assert any("prefix 'prov' is bound to <http://www.w3.org/ns/prv#>" in m for m in messages)


def test_a_term_only_in_a_comment_is_not_reported_there(tmp_path):
    path = tmp_path / "x.ttl"
    path.write_text("@prefix prov: <http://www.w3.org/ns/prov#> .\n"
                    "# prov:Agnet in a comment\n"
                    "<urn:a> a prov:Agnet .\n", encoding="utf-8")
    [problem] = terms.turtle_problems(path)
    assert problem.line == 3


# --- the compiled graph ------------------------------------------------------------------


def _checked(root):
    ds = load_dataset(root)
    assert check_dataset(ds) == []  # records where each quote stands, which compiling needs
    return ds


def test_graph_term_points_at_the_yaml_that_produced_it(mini_dir):
    ds = _checked(mini_dir)
    name = ds.categories["name"]
    name.dpv = "pd:Nmae"  # past the YAML check, as a compiler bug would be
    graph = compile_dataset(ds)
    [problem] = terms.graph_problems(graph, ds)
    assert (problem.file, problem.line) == (name._file, name.line_of("dpv"))
    assert problem.message.startswith("unknown DPV 2.3 term 'pd:Nmae'")


def test_graph_term_points_at_the_fact_or_the_ontology(mini_dir):
    ds = _checked(mini_dir)
    graph = compile_dataset(ds)
    flow = ds.fact_files[0].flows[0]
    graph.add((fact_iri(flow.id), URIRef(str(rns.PROV) + "wasDerivedFrm"), category_iri("name")))
    graph.add((URIRef("urn:nowhere"), rns.RDFS.label, URIRef("https://w3id.org/dpv#NoSuchTerm")))
    reported = terms.graph_problems(graph, ds)
    assert [(p.file, p.line) for p in reported if "prov:wasDerivedFrm" in p.message] == \
        [(flow._file, flow._line)]
    [ontology] = [p for p in reported if "dpv:NoSuchTerm" in p.message]
    assert ontology.line == 0 and Path(ontology.file).name == "kg.ttl"


def test_removed_triples_are_not_reported(mini_dir):
    graph = compile_dataset(_checked(mini_dir))
    bad = URIRef("https://w3id.org/dpv/pd#Nmae")
    graph.add((bad, rns.RDFS.label, Literal("x")))
    graph.remove((bad, None, None))
    assert terms.graph_problems(graph) == []
