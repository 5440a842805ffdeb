"""Who hosts a system, said by where it runs or where its data is kept: a system that
runs on what a company provides (…が提供するクラウドサービス上で稼働), a system's data
kept at a party's place (…のデータは、株式会社Aの国内のデータセンターに保管), data kept in
a party's own system (…株式会社Aのクラウドサーバに保存).

Example::

    >>> running_on(state)                                          # doctest: +SKIP
    >>> [(r["type"], r["subject"]) for r in state.relations]       # doctest: +SKIP
    [('hosts', '株式会社ミドリクラウド')]
"""
from __future__ import annotations

import re

from kg.extract.holdings import append
from kg.extract.speakers import is_question


#: After a company, that the system runs on what it provides (…が提供するクラウドサービス
#: 上で稼働しており).
_RUNS_ON = re.compile(r"が提供する[^、。はがを]{0,16}?(?:上|内)で(?:稼働|運用|動いて|動作)")


def running_on(state) -> None:
    """Append that a company hosts the system a sentence says runs on what the company
    provides (国保システムは、株式会社ミドリクラウドが提供するクラウドサービス上で稼働して
    おり: ミドリクラウド hosts 国保システム); not in a question."""
    for sentence, found in _statements(state):
        for mention in found:
            runs = _RUNS_ON.match(sentence.text, mention.end) \
                if mention.kind == "entity" and mention.type == "company" else None
            system = next((m for m in reversed(found) if m.kind == "entity" and m.type == "system"
                           and m.end < mention.start and sentence.text.startswith("は", m.end)), None)
            if runs is None or system is None:
                continue
            append(state, _said(state, sentence, mention.start, runs.end(), "稼働"),
                   "hosts", mention, system, 0.8, sentence, runs.end())


#: After a company, that what it offers is a cloud (…合同会社のクラウドサービス).
_ITS_CLOUD = re.compile(r"の(?:クラウドサービス|クラウド基盤|クラウド環境|クラウド)")


def cloud_of(state) -> None:
    """Append that a company hosts the system a sentence is about when the sentence calls
    the company's cloud what the system is (ガバメントクラウドは、…クラウドサービスで、本町が
    利用するのはA合同会社のクラウドサービスでございます: A hosts ガバメントクラウド); not in a
    question, once per pair."""
    said = {(r["subject_key"], r["object_key"]) for r in state.relations if r["type"] == "hosts"}
    for sentence, found in _statements(state):
        system = next((m for m in found if m.kind == "entity" and m.type == "system"
                       and sentence.text.startswith(("は、", "は"), m.end)), None)
        company = next((m for m in found if system is not None and m.start > system.end and m.kind == "entity"
                        and m.type == "company" and _ITS_CLOUD.match(sentence.text, m.end)), None)
        if company is None or (state.key(company), state.key(system)) in said \
                or any(m.kind == "entity" and m.type == "system" and system.end < m.start < company.start
                       for m in found):
            continue
        said.add((state.key(company), state.key(system)))
        append(state, _said(state, sentence, system.start, _ITS_CLOUD.match(sentence.text, company.end).end(), "の"),
               "hosts", company, system, 0.6, sentence, company.end)


def _statements(state):
    """Each sentence that is not a question, with its mentions."""
    for sentence in state.sents:
        if not is_question(sentence.text, state.pats):
            yield sentence, state.mentions.get(sentence.index, [])


def _said(state, sentence, start: int, end: int, verb: str) -> dict:
    """The item, line and quote of a relationship said from ``start`` to ``end``."""
    item = state.item_of.get(sentence.index)
    line, quote = sentence.quote(sentence.piece_at(start).start, end)
    return {"item": item.key if item else None, "line": line, "quote": quote, "verb": verb}


#: Between a public body and the system the minutes call its own: の, after its short
#: name in brackets or its definition (機構（以下「機構」という。）の全国サーバ).
_ITS = re.compile(r"(?:[(（][^()（）]{1,30}[)）]|[」』]という。?[)）])?の")


#: A name's short form in brackets right after it (（J-LIS）).
_BRACKETED = re.compile(r"[(（][^()（）]{1,30}[)）]")


def federations_own(state) -> None:
    """Append that a public body hosts the system the minutes call its own (連合会の国保情報
    集約システム, 地方公共団体情報システム機構（以下「機構」という。）の全国サーバ, 穂高野県の
    都道府県サーバに送信): the system runs at the body, so what goes into it reaches the
    body (not its facility: 連合会の電算処理センター is where systems stand). Once per pair;
    not in a question."""
    said = {(r["subject_key"], r["object_key"]) for r in state.relations if r["type"] == "hosts"}
    for sentence, found in _statements(state):
        for at, body in enumerate(found):
            # (地方公共団体情報システム機構（J-LIS）の全国サーバ: past the short name in brackets)
            system = next((m for m in found[at + 1:] if not _BRACKETED.fullmatch(sentence.text, body.end, m.end + 1)),
                          None)
            if system is None or body.kind != "entity" or body.type not in ("public-body", "prefecture") \
                    or system.kind != "entity" or system.type != "system" or system.role == "facility" \
                    or not _ITS.fullmatch(sentence.text, body.end, system.start) \
                    or (state.key(body), state.key(system)) in said:
                continue
            said.add((state.key(body), state.key(system)))
            append(state, _said(state, sentence, body.start, system.end, "の"), "hosts", body, system, 0.6)


#: After a system, words that make the sentence about what it holds (…システムのデータは).
_ITS_DATA = re.compile(r"(?:内)?の(?:データ|情報|記録)(?:は|を)")


def stored_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append that a party hosts a system when the sentence puts the system's data in the
    party's place (…システムのデータは、株式会社Aの国内のデータセンターに保管いたします),
    or data in the party's system (…株式会社Aのクラウドサーバに保存されます)."""
    if frame.verb not in state.pats.get("storing_verbs", ()):
        return
    bodies = ("company", "public-body", "association")
    place = next((m for m in reversed(frame.slots.get("recipient", [])) if m.type in bodies), None)
    system = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                   and m.type == "system" and m.end < frame.start
                   and _ITS_DATA.match(sentence.text, m.end)), None)
    if place is None or system is None:  # (…株式会社Aのクラウドサーバに保存: A's, which A hosts)
        place, system = next(((o, m) for m in frame.slots.get("recipient", []) if m.type == "system"
                              for o in frame.slots.get("of", []) if o.type in bodies
                              and sentence.text[o.end:m.start] == "の"), (None, None))
    if place is not None and system is not None:
        append(state, base, "hosts", place, system, confidence, sentence, frame.start)


#: Before a storing verb, the cloud its item moves the system to (クラウドに保存する).
_IN_CLOUD = re.compile(r"(?:クラウド|クラウドサービス|クラウド上)(?:に|へ|で)$")


def cloud_system(state, sentence, frame):
    """The system a storing verb with no place named puts the data in when the sentence
    says the cloud (クラウドに保存する個人情報は、…) and its item names a system a company
    hosts (…が提供するクラウドサービスに移行: 図書館システム), or None."""
    item = state.item_of.get(sentence.index)
    # (クラウドサービスに移行するデータは、…: the data moved there, as stored there; not
    # …システムは、…クラウドサービスに移行する: the system moves, see moved.migrated_facts)
    moved = frame.verb in state.pats.get("moving_verbs", ()) and bool(frame.slots.get("categories")) \
        and not frame.slots.get("subject")
    if item is None or frame.slots.get("recipient") \
            or not (moved or frame.verb in state.pats.get("storing_verbs", ())) \
            or not _IN_CLOUD.search(sentence.text, 0, frame.start):
        return None
    hosted = {r["object_key"] for r in state.relations if r["type"] == "hosts" and r["item"] == item.key}
    return next((m for index in sorted((i for i in item.sentences if i <= sentence.index), reverse=True)
                 for m in reversed(state.mentions.get(index, []))
                 if m.kind == "entity" and m.type == "system" and state.key(m) in hosted), None)
