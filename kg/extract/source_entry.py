"""The ``sources.yaml`` entry of a draft: which minutes, whose, which meeting."""
from __future__ import annotations

from kg.errors import ExtractError


def source_entry(proposal: dict, w, file: str, number: str) -> dict:
    """Return the draft's entry for ``sources.yaml``: the saved file, its municipality, title
    and meeting (date, fiscal year, council), for the draft writer ``w`` of
    :mod:`kg.extract.draft` (its council made a draft entity when the registry has none).

    Example::

        >>> source_entry(proposal, w, "005_ab.txt", "005")["meeting"]["fiscal_year"]  # doctest: +SKIP
        2025
    """
    date = proposal.get("date")
    where = proposal.get("input") or file
    if not date:
        raise ExtractError(f"{where}: no meeting date found in the minutes; give it with --date")
    council_label = proposal.get("council") or "個人情報保護審議会"
    council = next((t.id for t in w.lex.lookup(council_label)
                    if t.kind == "entity" and t.type == "council"), None) \
        or w.shared.get(w.scoped("council", council_label))
    if council is None:
        council = f"{number}-council"
        w.entities.append({"id": council, "type": "council", "label": council_label,
                           "label_en": f"{council_label} (draft: add the English label)",
                           **({"municipality": w.municipality} if w.municipality else {})})
    if not w.municipality:
        # (a joint council's minutes name each item's town, none in their head)
        towns = list(dict.fromkeys(i["municipality"] for i in proposal["agenda_items"] if i.get("municipality")))
        raise ExtractError(f"{where}: no municipality found in the minutes; give it with --municipality"
                           + (f" (a joint council's: items of {', '.join(towns)}; each item's facts stay its "
                              f"town's)" if towns else ""))
    return {"file": file, "municipality": w.municipality,
            # (what the minutes call themselves: 会議結果報告, 会議要旨; else 会議録)
            "title": f"{council_label} {proposal.get('document') or '会議録'} ({date})",
            "meeting": {"id": f"{number}-meeting", "council": council,
                        "label": f"{council_label} {date}", "date": date,
                        "fiscal_year": int(date[:4]) - (1 if int(date[5:7]) < 4 else 0)}}
