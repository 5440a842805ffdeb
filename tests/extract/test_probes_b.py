"""More self-probes (as in test_probes.py): short minutes of my own in phrasings the seeds
do not use, read with the bundled registry; each test failed before its change."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse

import minutes


@pytest.fixture(scope="module")
def cloud_staff():
    return analyse(minutes.PROBES_CLOUD_STAFF, Lexicon.from_data())


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def test_a_system_moved_onto_a_cloud_is_a_flow_still_to_come(cloud_staff):
    # 子育て支援システムをミナトクラウドへ移行いたします: from the one system to the other,
    # planned (the humble いたします is no sign that it runs)
    moved = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　子育て")
    assert [(f["from"], f["to"], f["status"]) for f in cloud_staff["flows"] if f["line"] == moved] \
        == [("子育て支援システム", "ミナトクラウド", "planned")]


def test_the_staff_of_a_cloud_are_those_of_who_runs_it(cloud_staff):
    # ミナトクラウドの社員が内容を閲覧することはできない: the cloud provider the question
    # named is kept out of what that cloud holds (a system is no party)
    said = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　データは")
    denied = [(a["type"], a["party"], a["system"]) for a in cloud_staff["access"] if a["line"] == said]
    assert denied == [("excluded", "子育て支援システムのクラウド化のクラウド事業者（名称不明）", "ミナトクラウド")]


def test_who_set_up_the_cameras_is_not_who_would_receive_their_footage(cloud_staff):
    # 商店街振興組合が設置しているカメラの映像を実施機関が受け取ることはございません: the
    # city does not receive it; the association is not kept from its own footage
    said = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　商店街")
    assert not [a for a in cloud_staff["access"] if a["line"] == said]
    assert not [f for f in cloud_staff["flows"] if f["line"] == said]


def test_the_humble_form_of_a_flow_asked_about_is_still_to_come():
    # 提供いたします (asked to be approved): planned; 提供いたしております: runs now
    text = minutes.PROBES_HUMBLE
    proposal = analyse(text, Lexicon.from_data())
    statuses = {(f["line"], f["status"]) for f in proposal["flows"]}
    assert statuses == {(_line(text, "住民課長　住民課は"), "planned"),
                        (_line(text, "住民課長　なお"), "current")}


def test_an_item_has_the_outcome_whose_cue_comes_last():
    items = analyse(minutes.PROBES_OUTCOMES, Lexicon.from_data())["agenda_items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("1", "continued"), ("2", "approved"), ("3", "rejected"), ("4", "approved")]
