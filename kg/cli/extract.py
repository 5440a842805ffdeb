"""``kg extract``: draft facts with quotes from council minutes, for review.

Reads text (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP; UTF-16 with a BOM), HTML and PDF
minutes, prints what it proposes per file, and with ``--out DIR`` writes the draft fact
files and the saved source texts there, ready to move into ``data/``. ``--evaluate``
runs the leave-one-out evaluation over the curated seeds instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.cli import options
from kg.cli.output import render
from kg.query.resolve import item_name


def _folder(results: list[dict]) -> str:
    """The folder every input lies in, when it is not the working one (the table then
    names each file within it: a_asagi-2025-1.txt, not /tmp/nc38/a_asagi-202 / 5-1.txt)."""
    paths = [p for r in results for p in [r["input"], *r.get("same_minutes", ())]]
    try:
        folder = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    except ValueError:
        return ""
    return "" if folder == os.getcwd() else folder


def _summary_rows(results: list[dict], folder: str = "") -> list[dict]:
    def shown(path: str) -> str:
        return os.path.relpath(os.path.abspath(path), folder) if folder else path

    return [{"file": " = ".join(shown(p) for p in [r["input"], *r.get("same_minutes", ())]),
             "source": r["source"], "municipality": r["municipality"],
             "date": r["date"], "items": len(r["agenda_items"]), "entities": len(r["entities"]),
             "flows": len(r["flows"]), "relations": len(r["relations"]),
             "exclusions": len(r["access"]),
             "my_number": "yes" if r["my_number_involved"] else "no"} for r in results]


def _said(row: dict) -> dict:
    """The line(s) and text the table shows for a fact: the whole sentence where PDF
    wrapping spread it over lines (``53–55``), each line's text verbatim."""
    parts = sorted([(row["line"], row["quote"]),
                    *((q["line"], q["quote"]) for q in row.get("wrapped", ()))])
    if len(parts) == 1:
        return {"line": row["line"], "quote": row["quote"]}
    return {"line": f"{parts[0][0]}–{parts[-1][0]}", "quote": "".join(text for _, text in parts)}


def _detail_rows(result: dict) -> list[dict]:
    label = {c["key"]: c["label"] + ("（新）" if c.get("new") else "") for c in result["categories"]}
    data = lambda keys: "; ".join(label.get(k, k) for k in keys)  # noqa: E731
    rows, named = [], {}
    for i in result["agenda_items"]:  # what the council was asked, and what it decided
        # (the outcome beside the kind, as a flow's status is: 諮問(1) … approved)
        outcome = i.get("outcome") if i.get("outcome") not in (None, "unknown") else "outcome unknown"
        # (諮問第5号(1): the first part of 諮問第5号)
        name = _item_shown(i) if i.get("number") else None
        named[i.get("key")] = name or i["title"]  # (-v: the item each fact is filed under)
        rows.append({"kind": f"item {outcome}", "what": " ".join(v for v in (name, i["title"]) if v),
                     "data": "", **_said(i), "item": "",
                     "how": ", ".join(v for v in (i.get("type"), i.get("department")) if v), "confidence": ""})
    for f in result["flows"]:
        # (planned or current at 80 columns too: when a hand-over holds is half the answer)
        # (nc67 U4: a hand-over limited to a case looked as firm as one that always runs:
        # ‡ as the queries mark it, the case under -v)
        limited = "‡" if f.get("condition") else ""
        rows.append({"kind": f"flow {f['status']}{limited}" if f.get("status") else "flow (no status)",
                     "what": f"{f['from']} → {f['to']}",
                     "data": data(f["categories"]), **_said(f), "item": named.get(f.get("item"), ""),
                     "how": ", ".join(v for v in (f["channel"], f["frequency"], f["status"],
                                                  f["basis"], f.get("condition") and f"only {f['condition']}")
                                      if v),
                     "confidence": f["confidence"]})
    for r in result["relations"]:
        # a forbidden re-entrustment grants nothing: the table must not read as one made
        kind = f"{r['type']} (forbidden)" if r.get("permission") == "forbidden" else r["type"]
        kind += f" {r['status']}" if r.get("status") else ""
        rows.append({"kind": kind, "what": f"{r['subject']} → {r['object']}",
                     "data": data(r["categories"]), **_said(r), "item": named.get(r.get("item"), ""),
                     "how": ", ".join(v for v in (r.get("work"), r.get("status"), r.get("permission")) if v),
                     "confidence": r["confidence"]})
    for a in result["access"]:
        rows.append({"kind": f"{a['type']} {a['status']}" if a.get("status") else a["type"],
                     "what": a["party"], "data": data(a["categories"]),
                     **_said(a), "item": named.get(a.get("item"), ""), "how": a.get("context") or "",
                     "confidence": a["confidence"]})
    return rows


def _public(result: dict) -> dict:
    """The JSON of one file: what the issue promises, ids when linked."""
    keep = ("label", "type", "id", "role", "new", "line", "quote")
    return {
        "source": result["source"], "input": result["input"], "kind": result["kind"],
        # the same minutes in another form, read once (and not again with another number)
        "same_minutes": result.get("same_minutes", []),
        "encoding": result["encoding"], "municipality": result["municipality"],
        # the town the minutes' head names, where -m was given in its place
        "municipality_in_minutes": result.get("municipality_in_minutes"),
        "municipality_id": result["municipality_id"], "prefecture": result["prefecture"],
        "date": result["date"], "council": result["council"], "document": result.get("document"),
        "agenda_items": [{k: v for k, v in i.items() if not k.endswith("_key") and k != "key"}
                         for i in result["agenda_items"]],
        "entities": [{k: e[k] for k in keep} for e in result["entities"]],
        "categories": [{k: c[k] for k in ("id", "label", "new", "line", "quote")}
                       for c in result["categories"]],
        "flows": [{k: v for k, v in f.items() if not k.endswith("_key")} for f in result["flows"]],
        "relations": [{k: v for k, v in r.items() if not k.endswith("_key")}
                      for r in result["relations"]],
        "access": [{k: v for k, v in a.items() if not k.endswith("_key")} for a in result["access"]],
        "my_number_involved": result["my_number_involved"],
        "my_number_evidence": result["my_number_evidence"],
        "my_number_carried": result["my_number_carried"],
        # facts that reviewed facts of the same source state already: left out above
        "reviewed": result.get("reviewed", 0),
        **({"draft": result["draft"], "written": result["written"], "unchanged": result.get("unchanged", [])}
           if "written" in result else {}),
        # shown above but not in a draft: an end the draft cannot name
        "unwritten": result.get("unwritten", []),
    }


@click.command("extract")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Write the draft fact files and source texts here (sources/, facts/, "
                   "categories/), ready to move into data/.")
@options.mkdir
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Curated data folder whose registries teach the extractor (default: the "
                   "bundled data, or $KG_DATA).")
@click.option("--encoding", default=None, metavar="NAME", callback=options.parse_encoding,
              help="Text encoding when detection fails (cp932, euc_jp ...).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", callback=options.parse_date,
              help="Meeting date for minutes that do not say it; for one file, it also "
                   "replaces a date misread (in a batch, files that say theirs keep it).")
@click.option("-m", "--municipality", default=None, metavar="NAME",
              help="The municipality when the minutes do not say it (所沢市); for one file, "
                   "it also replaces a town misread from the head (in a batch, files that "
                   "name theirs keep it).")
@click.option("--evaluate", "run_evaluation", is_flag=True,
              help="Leave-one-out evaluation over the curated seeds instead of reading FILES.")
@click.option("--force", is_flag=True,
              help="With --out: replace a draft there that differs from the new one (a review "
                   "in progress is lost).")
@click.option("--misses", "show_misses", is_flag=True,
              help="With --evaluate: list each curated flow the extractor misses, and why.")
@options.output_format
@options.verbose
def extract_cmd(files, out_dir, mkdir, data_dir, encoding, date, municipality, run_evaluation,
                force, show_misses, fmt, verbose):
    """Propose draft facts, each with its quote and line, from council minutes.

    FILES are minutes as text (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP; UTF-16 with a
    BOM), HTML or PDF. Prints a summary per file (one table of proposals for a single
    file); --format json gives entities, flows, relations, access (exclusions and incidental access)
    and My Number evidence per file. With --out DIR the drafts (draft: true) are
    written there; kg validate checks them once moved into data/, kg build
    --include-drafts builds them."""
    from kg import extract

    if show_misses and not run_evaluation:
        raise click.UsageError("--misses goes with --evaluate")
    if run_evaluation:
        if files:
            raise click.UsageError("give either FILES or --evaluate, not both")
        if show_misses:
            missed = extract.missed_seed_flows(data_dir)
            rows = [{"minutes": r["source"].split("_", 1)[0], "flow": r["flow"],
                     "from → to": f"{r['from']} → {r['to']}" + (f" (via {r['via']})" if r["via"] else ""),
                     "data": "; ".join(r["categories"]), "lines": ", ".join(map(str, r["lines"])),
                     "reason": r["reason"], "data unknown": "yes" if r["data_unknown"] else "",
                     **{k: r[k] for k in ("source", "from", "to", "via", "categories")}}
                    for r in missed["flows"]]
            counts = "; ".join(f"{k} {v}" for k, v in missed["reasons"].items())
            footer = (f"{len(rows)} curated flows missed: {counts}; data unknown to the "
                      f"leave-one-out lexicon {missed['data_unknown']}")
            options.emit(render(missed, fmt, rows=rows, footer=footer,
                                columns=["minutes", "flow", "from → to", "data", "lines", "reason",
                                         "data unknown"]))
            return
        report = extract.evaluate_seeds(data_dir)
        pr = lambda s: f"{s['precision']:.2f}/{s['recall']:.2f}"  # noqa: E731
        rows = [{"minutes": r["source"].split("_", 1)[0], "entities": pr(r["entities"]),
                 "categories": pr(r["categories"]), "flows": pr(r["flows"]),
                 "relations": pr(r["relations"]), "My Number": "right" if r["my_number"]["right"] else "wrong",
                 "seconds": r["seconds"], "source": r["source"]} for r in report["sources"]]
        o = report["overall"]
        footer = (f"(each cell: precision/recall) overall: entities P {o['entities']['precision']} R {o['entities']['recall']}; "
                  f"categories P {o['categories']['precision']} R {o['categories']['recall']}; "
                  f"flows P {o['flows']['precision']} R {o['flows']['recall']} (R "
                  f"{o['flows_stated']['recall']} of the {o['flows_stated']['gold']} the minutes "
                  f"state, not inferred; status as curated for {o['flow_status']['agree']} of the "
                  f"{o['flow_status']['right']} right); "
                  f"relations P {o['relations']['precision']} R {o['relations']['recall']}; My Number "
                  f"accuracy {o['my_number_accuracy']}; quotes verbatim "
                  f"{o['quotes']['verbatim']}/{o['quotes']['total']}")
        options.emit(render(report, fmt, rows=rows, footer=footer,
                            columns=["minutes", "entities", "categories", "flows", "relations",
                                     "My Number", "seconds"],
                            wide=["source"]))
        return
    if not files:
        raise click.UsageError("give one or more minutes files (or --evaluate)")
    if out_dir is not None and not out_dir.exists() and not mkdir:
        raise click.BadParameter(f"{out_dir}: no such folder (add --mkdir to create it)",
                                 param_hint="'--out'")
    date_text = date.isoformat() if date else None
    try:
        if len(files) > 1 and sys.stderr.isatty():  # a bar for people; logs get no bar lines
            with click.progressbar(length=len(files), label="reading minutes",
                                   file=sys.stderr) as bar:
                results = extract.extract_files(files, data_dir, out_dir, encoding=encoding,
                                                date=date_text, progress=lambda _: bar.update(1),
                                                force=force, municipality=municipality)
        else:
            results = extract.extract_files(files, data_dir, out_dir, encoding=encoding,
                                            date=date_text, force=force, municipality=municipality)
    except extract.ExtractError as exc:
        if exc.results:  # the files that could be read are shown; nothing was written
            # (the date or town the head lacks is given with --date or -m; no hint of them
            # beside an image that could not be read: nc71 U5)
            undated = any(word in " ".join(exc.lines()) for word in ("--date", "--municipality"))
            _show(exc.results, fmt, verbose,
                  held=(_HELD_UNDATED if undated else _HELD) if out_dir is not None else "")
        raise
    _show(results, fmt, verbose)


def _show(results: list[dict], fmt: str, verbose: bool, held: str = "") -> None:
    """Print the proposals: one table of facts for a single file, a summary row each else,
    after each file's table with ``verbose`` (``held``: why nothing was written, when --out
    was given and another file's error kept everything from it)."""
    public = [_public(r) for r in results]
    if fmt == "json":
        options.emit(render(public, fmt))
        return
    if len(results) == 1 and fmt == "table":
        r = results[0]
        footer = (f"{r['input']}: {r['municipality'] or '?'} {r['date'] or '?'}; "
                  f"{len(r['entities'])} entities, {len(r['agenda_items'])} agenda "
                  f"item{'' if len(r['agenda_items']) == 1 else 's'}; "
                  f"My Number: {'yes' if r['my_number_involved'] else 'no'}")
        if r["my_number_involved"] and not r["my_number_carried"]:
            # (nc53 U1, nc55 U1: yes here, and who-can-see 個人番号 finds nobody after the build)
            # (nc62 U2: where the town uses the number itself, no one receives it: the lines
            # that say so are where to look)
            said = sorted({e["line"] for e in r.get("my_number_evidence", ())
                           if not e.get("negated") and not e.get("question")})
            where = f"l.{', '.join(map(str, said[:4]))}{' …' if len(said) > 4 else ''}" if said else "its quotes"
            footer += f" (no flow carries it: read {where} for who receives or uses it)"
        footer += _missing(r) + _per_item(r)
        if any(f.get("condition") for f in r["flows"]):
            footer += "\n‡ a hand-over the minutes limit to a case (-v: how, only …)"
        if _overridden(r):
            footer += f"\nthe head names {r['municipality_in_minutes']}: -m {r['municipality']} is used instead"
        if r.get("kind") in ("html", "pdf"):
            # (an auditor reading the page itself would look for the wrong line)
            footer += f"\nlines are those of the text read from the {r['kind'].upper()}" + (
                f", saved as {r['source']}" if "written" in r else ", the text --out saves")
        if held:  # (a batch is written whole or not at all)
            footer += "\nnothing written to --out: " + held
        elif "written" not in r:
            # (the saved name is only a name until --out writes it)
            # (nc49 U1: a reviewer who noted 005 of each file read alone found other numbers
            # in the batch; files read together are numbered in the order given)
            footer += (f"\nnothing written: --out DIR saves this draft and the text as {r['source']}, "
                       + ("the number these minutes have already" if r.get("known") else
                          "the next free number (files read together take the next ones in turn)"))
        if r.get("reviewed"):
            # (nc56 U9: a proposal turned down read as "reviewed" only)
            footer += f"; {r['reviewed']} already reviewed (accepted or turned down), left out"
        if r.get("same_minutes"):
            footer += f"; the same minutes as {', '.join(r['same_minutes'])}, read once"
        if r.get("nothing_new"):
            footer += "\nnothing new to write for these minutes: no draft written"
        elif "written" in r:
            footer += ("\nwrote " + ", ".join(r["written"]) if r["written"] else "") + _unchanged([r]) \
                + _unwritten([r])
        else:  # (nc64 U1: shown above, and a draft would not hold it)
            footer += _unwritten([r])
        rows = _detail_rows(r)
        if fmt == "table":  # (a short header: the column fits at 80 columns)
            rows = [{**{k: v for k, v in row.items() if k != "confidence"}, "conf": row["confidence"]}
                    for row in rows]
        options.emit(render(public, fmt, rows=rows,
                            # (nc65 U7: a 0.4 guess looked as firm as a 0.8 fact)
                            columns=["kind", "what", "data", "line", "conf"],
                            verbose=["item", "how", "quote"], show_verbose=verbose, footer=footer))
        return
    if verbose and fmt == "table":
        # (-v asks for the proposals to review: each file's facts with their quotes, then
        # the batch's summary)
        for r in results:
            _show([r], fmt, verbose, held)
            options.emit("\n")
    footer = None
    written = [p for r in results for p in r.get("written", [])]
    if written or _unchanged(results):
        footer = (("wrote " + ", ".join(written)) if written else "") + _unchanged(results) + _unwritten(results)
        footer = footer.lstrip("\n")
    elif _unwritten(results):
        footer = _unwritten(results).lstrip("\n")
    unplaced = [r["input"] for r in results if not r["municipality"]]
    if unplaced:  # (one -m names one town: files of two such towns are read one by one)
        footer = (footer + "\n" if footer else "") + (
            "no municipality named in the head of " + ", ".join(unplaced)
            + ": give it with -m NAME, which only the files that do not name theirs take "
              "(flows from or to 本市 need it; files of different towns, read each alone)")
    if held:
        footer = (footer + "\n" if footer else "") + \
            "nothing written to --out: " + held
    folder = _folder(results)
    if folder and fmt == "table":
        # (nc67 U7: "files in …/" alone read as a line of unknown purpose)
        footer = f"the files above are in:\n{folder}/" + ("\n" + footer if footer else "")
    options.emit(render(public, fmt, rows=_summary_rows(results, folder if fmt == "table" else ""),
                        columns=["file", "municipality", "date", "entities", "flows", "my_number"],
                        wide=["items", "relations", "exclusions", "source"], footer=footer))


#: Why a batch with --out wrote nothing (nc66 U2: minutes read well that gave no date
#: were said to be unreadable; the error says what to give, nc71 U5: a hint of --date
#: beside an image file misled).
_HELD = "a file could not be read or drafted (its error is below{}); fix it, or run the others without it"
_HELD_UNDATED = _HELD.format(": a missing date or town is given with --date or -m")
_HELD = _HELD.format("")


def _unchanged(results: list[dict]) -> str:
    """The footer line naming the files --out holds already as they would be written."""
    same = [p for r in results for p in r.get("unchanged", [])]
    return ("\nunchanged (the same as the last run wrote): " + ", ".join(same)) if same else ""


def _missing(r: dict) -> str:
    """Footer lines saying what the head of the minutes did not give and how to give it."""
    out = ""
    if not r["agenda_items"]:
        # (an answer key given by mistake read as minutes: nc75 U5)
        out += ("\nno agenda item found: are these a council's minutes? (every fact is filed "
                "under no item; check the file, or review each fact's line)")
    if not r["municipality"]:
        out += ("\nno municipality named in the head of the minutes: give it with -m NAME "
                "(flows from or to 本市, 当市 and the city's departments need it)")
    if not r["date"]:
        out += "\nno meeting date found: give it with --date YYYY-MM-DD"
    for other in r.get("other_meetings", ()):
        # (two meetings in one file: every fact takes the first one's date)
        out += (f"\nanother meeting ({other['date']}) begins at line {other['line']}: its facts are "
                f"dated {r['date'] or '?'} too; split the file to date them")
    return out


def _per_item(r: dict) -> str:
    """The footer line counting the facts filed under each agenda item when there are two or
    more, and naming those with none: where a section's heading was not found, its facts
    went to another item (nc60 U1), and the count shows it before the YAML does; then the
    items a joint council's minutes give another town (kg/extract/joint.py), whose facts
    the draft files as that town's data."""
    items = r["agenda_items"]
    towns = [f"{_item_shown(i)} {i['municipality']} (l.{i['municipality_line']})" for i in items
             if i.get("municipality") not in (None, r["municipality"])]
    towns = f"\nanother town's items, drafted as its data (controller): {', '.join(towns)}" if towns else ""
    if len(items) < 2:
        return towns
    facts = [f.get("item") for kind in ("flows", "relations", "access") for f in r[kind]]
    counts = ", ".join(f"{_item_shown(i)} {facts.count(i['key'])}" for i in items)
    empty = [_item_shown(i) for i in items if not facts.count(i["key"])]
    return f"\nfacts per item: {counts}" + (
        f" (none under {', '.join(empty)}: check that the minutes' section for it was found)" if empty else "") + towns


def _item_shown(i: dict) -> str:
    """An agenda item as the table names it (諮問第3号, 諮問(1), else its title)."""
    name = i.get("number") and (item_name(i.get("type"), i["part_of_number"]) + f"({i['number']})"
                                if i.get("part_of_number")
                                else item_name(i.get("type"), i["number"], i.get("listed"), i.get("numbered_as")))
    return name or i["title"]


def _overridden(result: dict) -> bool:
    """True when -m replaced the municipality the minutes' head names."""
    named = result.get("municipality_in_minutes")
    return bool(named) and named != result["municipality"]


def _unwritten(results: list[dict]) -> str:
    """The footer line for proposals shown but left out of the draft, else ''."""
    rows = [f"{r['source'].split('_', 1)[0]} l.{u['line']} {u['kind']} {u['what']}"
            for r in results for u in r.get("unwritten", [])]
    return ("\nnot in the draft (an end could not be named; check each against its quote, and add it "
            "by hand only if the minutes say so): " + "; ".join(rows)) \
        if rows else ""


COMMANDS = [extract_cmd]
