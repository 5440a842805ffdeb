"""Draft facts from new council minutes (``kg extract``), for a person to review.

The extractor reads minutes (text, HTML, PDF), finds parties, systems,
categories and channels with an entity ruler fed from the project's own
registries, proposes agenda items, flows, relationships and exclusions with
the quote and line each rests on, and writes them as a draft fact file that
``kg validate`` checks like curated data. The Japanese NLP models come with
the optional extra ``kg[extract]``; nothing here imports them until needed.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import ExtractError, KGError


def extract_files(files, data_dir: Path | None = None, out_dir: Path | None = None, *,
                  encoding: str | None = None, date: str | None = None, progress=None,
                  force: bool = False, municipality: str | None = None) -> list[dict]:
    """Read each minutes file and return one proposal per file (plain data).

    Each result holds ``source`` (the saved file name), ``input``, ``municipality``,
    ``date``, ``entities``, ``flows``, ``relations``, ``access``, ``agenda_items``,
    ``my_number_involved`` and ``my_number_evidence`` (``municipality`` and ``date``
    stand in where the minutes do not say them); with ``out_dir`` the draft
    fact files and source texts are written there (``written``), all or nothing, and
    a draft there already with other content is kept unless ``force``. Facts that
    reviewed (non-draft) facts of the same source state already are left out
    (counted in ``reviewed``). Raises ExtractError, one line per file that cannot be
    read or has no personal-data content; then nothing is written.

    >>> extract_files(["minutes.txt"])[0]["flows"][0]["to"]        # doctest: +SKIP
    '警察'
    """
    from kg.data.evidence import normalise
    from kg.data.load import load_dataset
    from kg import paths
    from kg.extract import document, draft, draft_yaml, nlp, output, reviewed, sources
    from kg.extract.head import meeting_date
    from kg.extract.lexicon import Lexicon, my_number_categories
    from kg.extract.pipeline import analyse
    from kg.extract.reading import read_document

    nlp.sudachi()  # a missing extra is one message before any file is read
    ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir(), include_drafts=False)
    lex = Lexicon.from_dataset(ds)
    try:  # the rejections a reviewer writes into a draft under review count too
        with_drafts = load_dataset(ds.root, include_drafts=True)
    except KGError:
        with_drafts = None  # a draft that does not load yet: its rejections wait
    # what drafts define already (in the data folder, then this batch's): a town's second
    # minutes use its first draft's town, council and new categories, not a copy
    shared = reviewed.defined([e for i, e in with_drafts.entities.items() if i not in ds.entities],
                           [c for i, c in with_drafts.categories.items() if i not in ds.categories],
                           lex.common_noun) \
        if with_drafts is not None else {}
    results, problems, outputs = [], [], {}
    # numbers in use: registered sources, and drafts not yet registered (in the data
    # folder or the output folder) — a second city's minutes must not take 005 again
    used = {f.name for folder in (ds.root, Path(out_dir) if out_dir else None) if folder
            for sub in ("sources", "facts") if (folder / sub).is_dir()
            for f in (folder / sub).iterdir()}
    draft_sources = [f for folder in (ds.root, Path(out_dir) if out_dir else None) if folder
                     if (folder / "sources").is_dir() for f in sorted((folder / "sources").glob("*.txt"))]
    drafted = None
    for path in (files := list(files)):
        try:
            doc = read_document(Path(path), encoding)
            content = doc.text
            for name in lex.patterns.get("personal_data_ignore", ()):
                content = content.replace(name, "")
            # a cue word, or any data the category tree names (貸出履歴, 要介護認定情報)
            if not any(cue in content for cue in lex.patterns["personal_data_cues"]) and not any(
                    t.kind == "category" for _, _, found in lex.scan(content) for t in found):
                raise ExtractError(f"{path}: no personal-data content found (no mention of "
                                   f"個人情報, 個人番号, 氏名 ...); nothing to propose")
            when = date or meeting_date(doc.text.split("\n")[:document.HEAD_SENTENCES], lex.patterns)
            earlier = next((r for r in results if when in (None, r["_when"]) or r["_when"] is None
                            if sources.same_minutes(r["_text"], doc.text)), None)
            if earlier is not None:  # the same minutes in another form: read once
                earlier["same_minutes"].append(str(path))
                continue
            if drafted is None:  # draft sources not registered yet, read once when needed
                drafted = {f.name: f.read_text(encoding="utf-8") for f in draft_sources
                           if f.name not in lex.source_texts}
            file, number, registered = sources.source_name(lex, doc.text, doc.digest,
                                                         {r["source"] for r in results} | used,
                                                         when, drafted)
            if registered:  # the minutes the data folder has: keep its text byte for byte
                doc.text = lex.source_texts[file]
            # (nc62 U1: for one file, --date replaces a date misread from the text, as -m does
            # a municipality; in a batch it is for the files that do not say theirs)
            given = date if date and len(files) == 1 else None
            try:
                proposal = analyse(doc.text, lex, source=file, municipality=municipality, date=given)
            except Exception as exc:  # noqa: BLE001 (one file's failure is one line of the batch)
                # a bug of the extractor, not of the file: said as one line, so that the
                # other files of a batch are still read and shown, and nothing is written
                raise ExtractError(f"{path}: the extractor failed on these minutes ({type(exc).__name__}: "
                                   f"{exc}); please report it with the file") from exc
            named = proposal.pop("municipality_in_minutes", None)
            if municipality and named and normalise(municipality) not in normalise(named) and len(files) > 1:
                # (nc59 U1: in a batch, -m is for the files that do not name theirs; one
                # that does keeps its own)
                proposal = analyse(doc.text, lex, source=file, date=given)
                named = proposal.pop("municipality_in_minutes", None)
            # (nc66 U1: for one file, -m replaces a town misread from the head, as --date
            # does a date; what the head read is kept to be shown beside it)
            proposal["municipality_in_minutes"] = named
            if date and not proposal.get("date"):
                # (nc57 W18: a batch's --date is for the files that do not say theirs)
                proposal["date"] = date
            proposal.update({"source": file, "input": str(path), "kind": doc.kind,
                             "known": registered or file in used,
                             "encoding": doc.encoding, "same_minutes": [], "_text": doc.text, "_when": when})
            if out_dir is not None or registered or file in used:  # reviewed or rejected facts may exist
                facts, categories = draft.fact_file(proposal, lex, file, number, registered,
                                                    reviewed.reviewed_keys(ds, file, with_drafts), shared)
                shared.update(reviewed.defined(facts.get("entities", []), categories, lex.common_noun))
                _drop_reviewed(proposal)
                # (nc61 U3: "no flow carries it" after the reviewer put 個人番号 on a flow)
                proposal["my_number_carried"] = proposal["my_number_carried"] or reviewed.carries_my_number(
                    ds, file, my_number_categories(lex.categories))
            else:
                # (nc64 U1: what the table shows that a draft could not hold is said without
                # --out too; the draft itself is made only to know it)
                probe = dict(proposal, entities=list(proposal["entities"]),
                             **{k: [dict(row) for row in proposal[k]] for k in ("flows", "relations", "access")})
                try:
                    draft.fact_file(probe, lex, file, number, registered, set(), shared)
                except ExtractError:
                    pass  # (no date or town: --out says so, with how to give them)
                proposal["unwritten"] = probe.get("unwritten", [])
            if out_dir is not None:
                proposal["draft"] = {k: len(facts.get(k, [])) for k in
                                     ("entities", "agenda_items", "flows", "relations", "access")}
                # (nc58 U4: reviewed minutes with nothing new gave a draft of draft: true
                # alone, which kg validate then counted as under review)
                if (registered or file in used) and not any(proposal["draft"].values()) and not categories:
                    proposal["nothing_new"] = True
                else:
                    outputs[f"sources/{file}"] = doc.text
                    outputs[f"facts/{number}-draft.yaml"] = draft_yaml.to_yaml(facts)
                    if categories:
                        outputs[f"categories/{number}-draft.yaml"] = draft_yaml.to_yaml({"categories": categories})
            results.append(proposal)
        except ExtractError as exc:
            problems.append(str(exc))
        finally:
            if progress is not None:
                progress(path)
    for result in results:
        result.pop("_text", None), result.pop("_when", None)
    if problems:  # the other files' proposals go with the error: shown, never written
        raise ExtractError("\n".join(problems), results=results)
    if out_dir is not None:
        written = set(output.write_folder(Path(out_dir), outputs, force=force))
        for result in results:
            own = [Path(out_dir) / rel for rel in outputs
                   if Path(rel).name.startswith(result["source"].split("_", 1)[0])]
            result["written"] = [str(p) for p in own if p in written]
            # (nc75 U6: a rerun that changes nothing said "wrote")
            result["unchanged"] = [str(p) for p in own if p not in written]
    return results


def _drop_reviewed(proposal: dict) -> None:
    """Leave out of ``proposal`` what reviewed facts state already; count it in ``reviewed``."""
    count = 0
    for section in ("agenda_items", "flows", "relations", "access"):
        kept = [row for row in proposal[section] if not row.get("_reviewed")]
        count += len(proposal[section]) - len(kept)
        proposal[section] = kept
    proposal["reviewed"] = count


def evaluate_seeds(data_dir: Path | None = None) -> dict:
    """Leave-one-out figures over the curated seeds (see :mod:`kg.extract.evaluate`).

    (Not named ``evaluate``: that is the submodule's name in this package.)
    """
    from kg.extract.evaluate import evaluate

    return evaluate(data_dir)


__all__ = ["ExtractError", "extract_files", "evaluate_seeds"]


def missed_seed_flows(data_dir: Path | None = None) -> dict:
    """The curated flows the leave-one-out reading misses, each with why (see
    :mod:`kg.extract.misses`)."""
    from kg.extract.misses import missed_flows

    return missed_flows(data_dir)
