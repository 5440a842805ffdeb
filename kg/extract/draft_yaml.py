"""Write a draft as YAML for its reviewer: a heading comment that says what to do with
it, the facts, then comments for what the facts leave out (bodies and systems the
minutes name that no fact uses; the lines that speak of My Number when no flow carries
it), so that the reviewer can add what the extractor missed.

Example::

    >>> to_yaml({"source": "005_….txt", "draft": True}).splitlines()[0]  # doctest: +SKIP
    '# kg extract の草案（未確認）: …'
"""
from __future__ import annotations

import yaml

#: The heading comment of every draft.
_DRAFT_NOTE = "kg extract の草案（未確認）: 引用と行を確かめ、英語ラベルを書いてから kg accept で受け入れること"
#: The note on the first quote from another sentence than the one that states the fact.
ALSO_NOTE = "補足: 同じ事実を補う別の文"
#: The key of a draft's bodies and systems that no fact uses (written as comments).
UNUSED = "_named_only"
#: The key of the lines that speak of My Number when no flow of the draft carries it (or,
#: with ``MY_NUMBER_PART`` true, the lines no flow carrying it quotes).
MY_NUMBER = "_my_number_lines"
MY_NUMBER_PART = "_my_number_carried_elsewhere"


def to_yaml(doc: dict) -> str:
    """Return the draft's YAML: the draft note first, the bodies and systems no fact uses
    (``UNUSED``) as comments last."""
    head = f"# {_DRAFT_NOTE}\n"
    unused = doc.get(UNUSED, ())
    body = yaml.safe_dump({k: v for k, v in doc.items() if k not in (UNUSED, MY_NUMBER, MY_NUMBER_PART)},
                          allow_unicode=True, sort_keys=False, width=100)
    if MY_NUMBER in doc and doc.get(MY_NUMBER_PART):
        lines = "、".join(f"{n}行目" for n in doc[MY_NUMBER])
        body += f"\n# 個人番号: 会議録は個人番号に触れている（{lines}）が、その行を引いて個人番号を運ぶフローはない\n" \
                "# (My Number is spoken of on those lines, and no flow that carries it quotes them: read them " \
                "for who else receives or handles it)\n"
    elif MY_NUMBER in doc:
        lines = "、".join(f"{n}行目" for n in doc[MY_NUMBER]) or "引用"
        body += f"\n# 個人番号: 会議録は個人番号に触れている（{lines}）が、この草案のどのフローも運ばない\n" \
                "# (My Number is involved, and no flow here carries it: read those lines for who receives or uses it)\n"
    if unused:
        body += "\n# 会議録に名前はあるが、どの事実にも使われていない当事者・システム\n" \
                "# (named in the minutes, used by no fact: add the fact if the minutes state one)\n"
        body += "".join(f"#   {e['type']} {' '.join(e['label'].split())} ({e['line']}行目)\n" for e in unused)
    return head + body


def strings_of(node) -> set[str]:
    """Every string a (nested) draft node holds: the ids its facts refer to, among others.

    >>> sorted(strings_of({"flows": [{"source": "a", "target": "b", "confidence": 0.8}]}))
    ['a', 'b']
    """
    if isinstance(node, dict):
        return set().union(*(strings_of(v) for v in node.values())) if node else set()
    if isinstance(node, list):
        return set().union(*(strings_of(v) for v in node)) if node else set()
    return {node} if isinstance(node, str) else set()


def cleaned(node):
    """Return ``node`` without its empty values, so the YAML shows what was found.

    >>> cleaned({"context": None, "categories": [], "party": "x"})
    {'party': 'x'}
    """
    if isinstance(node, dict):
        return {k: cleaned(v) for k, v in node.items() if v is not None and v != []}
    if isinstance(node, list):
        return [cleaned(v) for v in node]
    return node
