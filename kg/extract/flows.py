"""Turn a flow verb's frame into proposed flows: whom it goes to and from whom (one flow
for each recipient and each giver named together), and when it is no flow at all (a
described paper, an event told, a question).

* AとBの間で… is an exchange: one flow each way;
* the ends come from :mod:`kg.extract.ends`; each flow's data, channel, status and
  frequency from :func:`kg.extract.flow_record.append_flow`.

Example::

    >>> flow_facts(state, sentence, frame, base, 0.8)       # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.extract import (earlier, holdings, hosting, incidents, inquiries, listing, moved, objects, pairs, relations,
                        unaddressed, verbs)
from kg.extract.askers import (applicants, asked_giver, asked_recipient, asked_way, asker, counted_recipient,
                               partner, same_receivers, served)
from kg.extract.denial import scope_denied
from kg.extract.ends import _own_side, _same, ends
from kg.extract.flow_record import append_flow
from kg.extract.objects import ELABORATION as _ELABORATION, listed_after, unspecified
from kg.extract.relations import last as _last
from kg.extract.speakers import is_question, spoken

#: After the verb, a report of what someone explained (…を共有する旨の説明があった).
_REPORTED = re.compile(r"[^。]{0,6}?(?:旨|との|という)の?(?:説明|報告)が?あ")


#: After a data name, that the data is linked to it (個人番号と紐付けて).
_LINKED = re.compile(r"と(?:紐付|紐づ|ひも付|ひもづ|連携|突合)")


#: After a flow verb, that what it moves holds no personal information (…報告書には個人情報を
#: 記載しないこととしています).
_NO_PERSONAL = re.compile(r"には、?個人情報(?:を|は)、?(?:一切)?(?:記載|含め|掲載|載せ)(?:しない|せず|いたしません|しません|ません|ない)")
#: What a verb of telling tells, when it is that something happened (削除したことを町に).
_TOLD_EVENT = re.compile(r"(?:した|しました|された|している|する|である)(?:こと|旨)を[^、。をがは]{0,12}$")


#: After a person, a relative clause it is the subject of, on the data (本人が同意した所有者の).
_RELATIVE_SUBJECT = re.compile(r"が[^、。をにはがで]{1,10}?(?:した|する|している|していない|しない)(?=[\u4e00-\u9fff\u30a1-\u30ff])")
#: After a verb's noun, that it is the occasion of what the sentence then says (移行に伴い).
_ALONG_WITH = ("に伴い", "に伴って", "に伴う", "にあわせて", "に合わせて")
#: What a company provides as a service (…からクラウドサービスとして提供を受け).
_AS_SERVICE = re.compile(r"から、?(?:[^、。]{0,12}?)(?:クラウドサービス|サービス|システム|ソフトウェア|ASP)として(?:の)?(?:提供を)?$")
#: After a verb that puts data somewhere, a relative clause on the data it describes
#: (…に登録された公金受取口座の情報).
_HELD_AT = re.compile(r"(?:された|されている|されていた)")
#: A party, then that the data is held there (デジタル庁に登録された), or that it holds it
#: (前住所地の市町村が保有する課税情報を、…照会し、取得: nc69 M7).
_HOLDS = re.compile(r"(?:に|で)(?:登録|保存|記録|保管|格納)(?:された|されている|されていた)"
                    r"|が(?:保有|保管)(?:する|している|しております)(?=[^、。]{1,20}?を)")
#: After a system, that the data was received at it (eLTAXで受け付けた, …で受信した).
_RECEIVED_AT = re.compile(r"(?:で|を通じて|を経由して)(?:受け付け|受付け|受付し|受信し|受理し)た")
#: After a verb, that the asker restates what it heard (…に送るということですが、).
_HEARD = re.compile(r"[^、。]{0,8}?(?:という|との)(?:こと|お話|ご説明|説明)(?:です|でした|でございます|だった)?"
                    r"(?:が|けど|けれども)、?")
#: A way of working as a verb's object (その仕組みを引き継いだ): not data.
_WAY_OBJECT = re.compile(r"(?:仕組み|制度|機能|役割|方式)を$")


def _holder_before(state, sentence, frame):
    """The party a clause before a taking verb says holds the data it takes (デジタル庁に登録
    された…の情報を、…取得いたします: デジタル庁), or None; a system is its own place."""
    start = max(sentence.text.rfind("。", 0, frame.start), 0)
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and start <= m.start and m.end <= frame.start and m.type not in ("data-subject",)
                 and _HOLDS.match(sentence.text, m.end)), None)


#: After a verb, a noun for a kind of case it names (…が取り扱う場面や, …を移す場面が).
SCENE = re.compile(r"[ぁ-ん]{0,3}(?:場面|局面)(?:が|や|も|は|に|を|の|、)")


#: Before a verb, the people it goes to, named by a clause on 方 (…が届いた方に, 申請された方へ).
_TO_PERSONS = re.compile(r"(?:た|る|ない)方(?:々)?(?:に|へ|には)、?[^、。にへ]{0,16}$")
_ON_PERSONS = re.compile(r"[いっきし]?[たる]方(?:々)?(?:に|へ|には)")


def flow_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flows a provision frame states to ``state.flows``: one for each of its
    recipients (警察署及び裁判所に提供), none when an end is missing."""
    if SCENE.match(sentence.text, frame.end):
        return  # (…個人番号を含むデータを外部の事業者が取り扱う場面や、…: a kind of case, no hand-over; nc74 W3)
    product = holdings.product(state, sentence, frame)
    maker = _last(frame.slots, "subject")
    if product is not None and maker is not None and maker.type == "company":
        # サイボウズ株式会社が提供するクラウドサービス「kintone」: a product, not a data flow
        holdings.append(state, base, "provides", maker, product, confidence)
        return
    received_at = next((m for m in frame.slots.get("via", []) if m.type == "system"
                        and _RECEIVED_AT.match(sentence.text, m.end)), None)
    if received_at is not None and not frame.slots.get("provider") and not frame.slots.get("subject"):
        # eLTAXで受け付けた給与支払報告書のデータは、LGWANを経由して…基幹税務システムに取り込む:
        # the system the data was received at gives it (nc68 W20), not a way the city sends by
        frame.slots["provider"] = [received_at]
        frame.slots["via"] = [m for m in frame.slots["via"] if m is not received_at]
    if frame.slots.get("subject"):
        # (本人が同意した所有者の情報だけを提供する: the person agreed, in a clause on the data;
        # who gives is not said there: nc68 W13)
        frame.slots["subject"] = [m for m in frame.slots["subject"] if not (
            m.type == "data-subject" and _RELATIVE_SUBJECT.match(sentence.text, m.end))]
    giver, system = _last(frame.slots, "provider"), _last(frame.slots, "subject")
    if frame.kind == "receive" and giver is not None and system is not None and system.type == "system" \
            and giver.type == "company" and _AS_SERVICE.search(sentence.text, giver.end, frame.start):
        # 期日前投票システムは、株式会社ボートテックからクラウドサービスとして提供を受けます:
        # the company provides the system, no data moves (nc68 W6)
        holdings.append(state, base, "provides", giver, system, confidence, sentence, frame.start)
        return
    cloud = hosting.cloud_system(state, sentence, frame)
    if cloud is not None:  # クラウドに保存する個人情報は、…: in the system the item moves there
        frame.slots["recipient"] = [cloud]
    if re.match(r"(?:された|した|する)[^、。]{0,12}?(?:には|の中には)、", sentence.text[frame.end:]):
        return  # 誤送付された通知書には、…が記載されていた: what it held (see contents_next)
    if sentence.text.startswith(tuple(state.pats.get("before_clauses", ())), frame.end):
        return  # 受託者に渡す前に…黒塗りをいたします: when the masking is done, not what moves
    if incidents.meant(sentence, frame):
        return  # 小学校へファクスで送信する際、番号を誤り、…事業所に送信: never received
    if _HEARD.match(sentence.text, frame.end) and is_question(sentence.text, state.pats):
        return  # 委員：…を法務省に送るということですが、…ですか: the asker's restatement, nc69 W15
    if re.match(r"(?:された|されている|されていた|した|している)(?:個人)?(?:データ|情報|記録)(?:を|は|が|に)",
                sentence.text[frame.end:]) and frame.kind != "receive":
        return  # 窓口端末に保存されたデータを閲覧できない: the data described, not moved here
    held = _HELD_AT.match(sentence.text, frame.end)
    if frame.verb in state.pats.get("moving_verbs", ()) and sentence.text.startswith(_ALONG_WITH, frame.end) \
            and not any(frame.slots.get(k) for k in ("provider", "subject", "object", "categories")):
        # 国の標準仕様に基づく住民記録システムへの移行に伴い、連携の方式を変更: the move is why
        # something else changes, no hand-over of its own (nc68 W7: the system the sentence
        # before sent data to was read as giving it)
        return
    held_by = (frame.slots.get("recipient") or [None])[-1]
    if held and frame.kind != "receive" and frame.verb in (*state.pats.get("storing_verbs", ()), "登録", "記録") \
            and held_by is not None and held_by.type != "system" \
            and any(m.kind == "category" and m.start == held.end() for m in state.mentions.get(sentence.index, [])):
        # デジタル庁に登録された公金受取口座の情報を、…取得: where a body holds the data, not
        # a hand-over to it from the item's side (nc68 W9); the taking verb after it takes it
        # from there (a system the data is kept in is the city's own: …システムに保存された)
        return
    if frame.kind == "receive" and not frame.slots.get("provider") and not frame.slots.get("subject"):
        holder = _holder_before(state, sentence, frame)
        if holder is not None:
            frame.slots["provider"] = [holder]
            # (…に登録された公金受取口座の情報を、: the data the clause says is held there)
            # (個人番号を利用して…照会し: the key the inquiry uses, not what it takes)
            frame.slots.setdefault("categories", [m for m in state.mentions.get(sentence.index, [])
                                                  if m.kind == "category" and holder.end < m.start < frame.start
                                                  and not objects.USED_AS_KEY.match(sentence.text, m.end)])
    described = DESCRIBED.match(sentence.text, frame.end)
    if described and frame.kind != "receive" and relations.negated(sentence.text, described.end(), state.pats):
        return  # 社員は…年金機構へ提供するデータを閲覧することもできません: what it may not see
    if frame.kind != "receive" and (said := _DESCRIBED_SUBJECT.match(sentence.text, frame.end)) \
            and relations.negated(sentence.text, said.end(), state.pats):
        return  # 連合会に伝送する情報が増えることはございません: nothing new goes, nc70 W5
    told = (frame.slots.get("recipient") or [None])[-1]
    if described and frame.kind != "receive" and told is not None and not (
            frame.slots.get("provider") or frame.slots.get("subject") or frame.slots.get("categories")
            or listed_after(state, sentence, frame)) and any(
            f["to_key"] == state.key(told) and f.get("_index", sentence.index) < sentence.index for f in state.flows):
        return  # 県教育委員会に提供するデータは氏名を削除したもの: the flow said before, described
    if _ELABORATION.match(sentence.text, frame.end) and not frame.slots.get("categories") and not any(
            m.kind == "category" and m.start > frame.end for m in state.mentions.get(sentence.index, [])) \
            and not re.search(r"(?:次|以下|下記)の?とおり", sentence.text[frame.end:]):
        return  # 委託先に渡される情報は、福祉事務所が整理する: what it is, not said (unless listed next)
    # (報告を受ける: the verb's noun before 受ける; 消去証明書を提出: its object)
    before = re.sub(rf"(?:{re.escape(frame.verb)})?を?$", "", sentence.text[:frame.start])
    if re.search(r"(?:との|旨の)$", before) and (
            re.match(r"(?:が|は)?あっ", sentence.text[frame.end:]) or not frame.slots.get("categories")):
        return  # …指示したとの回答があった, …を徹底したとの報告を受けた: what was said, no data
    if _NAMED_EVENT.match(sentence.text, frame.end) and (_ENUMERATED.match(spoken(state, sentence)) or not any(
            frame.slots.get(k) for k in ("recipient", "provider", "subject", "requester", "between"))):
        return  # もう1件は、…の誤送付でございます, 二つ目は、…への提供でございます: told in the sentences after
    if not frame.slots.get("categories") and re.sub(r"を[^、。を]{1,20}?(?:に|へ)$", "", before).endswith(
            tuple(state.pats.get("work_reports", {}).get(frame.verb, ()))):
        return  # 同社からは消去の完了報告を受ける, …の実施状況を東雲県に報告: on the work, no one's data
    if not frame.slots.get("categories") and state.pats.get("work_result") \
            and re.search(state.pats["work_result"], before):
        return  # 研修を実施させ、その結果を市に報告させる: how a training went, no one's data
    if not frame.slots.get("categories") and _NO_PERSONAL.search(sentence.text, frame.end):
        return  # 報告書は、…へ…提出されますが、報告書には個人情報を記載しない: no one's data (nc77 W5)
    if state.pats.get("erased_result") and re.search(state.pats["erased_result"], before):
        return  # …学習ログは、…消去し、その結果を…に報告: that it was erased
    if not frame.slots.get("categories") and _WAY_OBJECT.search(sentence.text, 0, frame.start):
        return  # その仕組みを引き継いだ…システム: a way of working handed on, no one's data (nc69 W15)
    if not frame.slots.get("categories") and _TOLD_EVENT.search(before):
        return  # 登録した情報を同社が削除し、削除したことを町に報告する: that it was done
    hosting.stored_facts(state, sentence, frame, base, confidence)
    moved.migrated_facts(state, sentence, frame, base, confidence)
    told = frame.slots.get("provider")
    if told and sentence.text.startswith("から、", told[0].end) and _REPORTED.match(sentence.text, frame.end):
        # 子ども家庭支援センターから、…警察署と…を共有する旨の説明があった: who explains, and
        # so who acts, not who gives to the one who explains (こども家庭課から、…を、他の市区
        # 町村から…取得しているとの説明があった: the others still give)
        frame.slots["subject"] = [told[0]]
        if told[1:]:
            frame.slots["provider"] = told[1:]
        else:
            del frame.slots["provider"]
    objects.relative_clause(state, sentence, frame)  # …連合会へ送付していた支給情報を
    exchanged = pairs.exchanges(state, sentence, frame)
    if exchanged is not None:
        # 入管庁と杉並区の間で媒体連携をしていた: the minutes give no direction, so both
        for one, other in exchanged:
            _exchange(state, sentence, frame, base, confidence, one, other)
        return
    sent = inquiries.items_sent(state, sentence, frame)
    if sent is not None:  # 照会する項目は、…氏名、生年月日及び住所であり: to whom the inquiry goes
        append_flow(state, sentence, frame, base, confidence, sent[0], sent[1], False,
                    data=state.category_keys(sent[2], sentence))
        if state.flows and state.flows[-1].get("_index") == sentence.index and not state.flows[-1]["via"]:
            state.flows[-1].update(via=sent[3].get("via"), via_key=sent[3].get("via_key"))  # (the inquiry's way)
        return
    if frame.kind in ("flow", "receive") and frame.slots.get("categories") and _ELABORATION.match(
            sentence.text, frame.end) and not any(
            frame.slots.get(k) for k in ("recipient", "requester", "provider", "subject", "between")):
        # 提供する情報は、児童の氏名、生年月日…である: what the item's last flow moves
        last = earlier.item_flow(state, sentence.index, frame.verb)
        if last is not None and moved.lists_a_move(state, sentence, last):
            return  # (移行するデータは、…: the move's own list, read with the move)
        # (提供先は、A、B及びCです。提供する項目は…: each of that sentence's recipients)
        # (…の間で共有する。共有する情報は…: both ways of an exchange)
        # (提供する特定個人情報は、受給者の個人番号、所得情報…: the kind, then its items)
        # (…であり、個人番号と紐付けて管理される: what it is linked to, not what it holds)
        listed = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                      and m.start >= frame.start and not relations.negated(
                                          sentence.text, m.end + 2, state.pats)
                                      and not _LINKED.match(sentence.text, m.end)], sentence)
        for flow in [f for f in state.flows if last is not None and f.get("_index") == last["_index"]
                     and (f["from_key"] == last["from_key"] or last.get("_exchange") and f.get("_exchange"))]:
            append_flow(state, sentence, frame, base, confidence, flow["_from"], flow["_to"], True,
                        data=listed or None)
            if state.flows and state.flows[-1]["_index"] == sentence.index:
                state.flows[-1]["_elaborates"] = True  # joins the flow it lists, whatever its data
                # (…でございまして、毎月、専用回線を用いて送信いたします: how it goes, said after)
                way = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "channel"
                            and m.start > frame.end and not relations.clause_denied(
                                sentence.text, m.end, state.pats)), None)
                state.flows[-1]["channel"] = state.flows[-1]["channel"] or (way.id if way else None)
        return
    if frame.asked and not frame.slots.get("categories") and verbs.REQUESTED.match(sentence.text, frame.end):
        return  # 委託先には…取扱状況の報告を求める: a report on the work, no one's data named
    if scope_denied(sentence.text, frame.end, state.pats):
        return  # 委託先に渡すデータには個人番号は含まれておりません: what a flow holds, denied
    recipients = listing.each_member(listing.last_group(sentence.text, frame.slots.get("recipient")
                                                        or frame.slots.get("requester") or [None], state.pats))
    if frame.kind == "flow" and incidents.feared(state, sentence, frame):
        return  # ファクシミリの誤送信は心配です: a send that might go astray, none said to happen
    astray = frame.kind == "flow" and not frame.negated and incidents.misdirected(state, sentence, frame)
    # (申請者に対し、別人の住民票の写しを誤って交付: the applicant got another's data)
    others = re.search(r"別人|他人|別の方|他の方|別の世帯|他の世帯|別世帯|(?:別|他)の(?:受給者|対象者|利用者|保護者)",
                       sentence.text) is not None
    # (…誤って別の私立保育所に送信した: the wrong recipient, named by its kind; nc72 W12)
    if astray and all(m is None or m.type == "unnamed-party" and m.how != "others" or m.type == "data-subject" and others
                      for m in recipients):
        # 無関係の事業所にファクスを誤送信した: not the item's contractor, whoever the word
        recipients = [astray]
        state.entity_for(astray, *sentence.quote(astray.start, astray.end))
        if not frame.slots.get("subject") and not frame.slots.get("provider"):
            # 保健福祉課の職員が…送信しました。その際、…誤送信しました: who sent it
            giver = incidents.sender_at(state, sentence, frame) or incidents.sender_before(state, sentence)
            if giver is not None and giver.how == "former":
                state.entity_for(giver, *sentence.quote(giver.start, giver.end))
            if giver is not None:
                frame.slots["subject"] = [giver]
    if recipients == [None] and (_TO_PERSONS.search(sentence.text, 0, frame.start)
                                 or _ON_PERSONS.match(sentence.text, frame.end)):
        return  # (カードが届いた方に交付通知書を郵送し: to the people it is about; nc74 W11)
    if recipients == [None] and frame.kind == "flow" and not frame.negated and sentence.index \
            and not _unread_recipient(state, sentence, frame) \
            and any(verb in state.sents[sentence.index - 1].text
                    for verb, kind in state.pats.get("verbs", {}).items() if kind == "flow"
                    and verb not in state.pats.get("verbs_of_named_data", ())):  # (not 連絡するのか)
        # 委員：受託者には何を渡すのか。課長：氏名…を渡します: the one the question asked
        # about, when it asked of a hand-over too (not …ケースワーカーに提供し: a recipient
        # said, if not read; nc72 W6)
        recipients = [asked_recipient(state, sentence)]
    same = None
    if recipients == [None] and frame.kind == "flow" and not frame.negated:
        # 委員：ファクスを廃止したとのことですが、…どうしているのですか。所長：現在は、同じ項目を
        # 電話によりお伝えしております: what the way asked about carried, to whom it went
        way = asked_way(state, sentence)
        if way is not None:  # (the items the item's flows to it name, when that way's did not)
            recipients, same = [way["_to"]], next(
                (list(f["categories"]) for f in reversed(state.flows) if f["item"] == way["item"]
                 and f["to_key"] == way["to_key"] and f["categories"] != [unspecified(state, sentence)]),
                list(way["categories"]))
    if recipients == [None] and frame.kind == "flow" and not frame.negated:
        # 報道機関からの申出2件であり、氏名…を閲覧させた: shown to whoever asked
        recipients = applicants(state, sentence, frame) or [None]
        for slot in set(frame.slots) & {"provider", "subject"}:  # (…候補者から1件の閲覧申出)
            frame.slots[slot] = [m for m in frame.slots[slot] if m not in recipients]
    if recipients == [None] and frame.kind == "flow" and not frame.negated and frame.slots.get("categories") \
            and frame.verb in state.pats.get("storing_verbs", ()):
        # 同システムは…データセンターに設置され、個人番号を含む被保険者情報を保存する: the
        # data goes into the system the sentence is about (nc58 M3)
        recipients = [next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                            and m.type == "system" and m.end < frame.start
                            and sentence.text.startswith("は", m.end)), None)]
    if recipients == [None] and frame.kind == "flow" and not frame.negated and frame.slots.get("categories") \
            and frame.verb in state.pats.get("handing_verbs", ()) and not is_question(sentence.text, state.pats) \
            and not re.search(r"[にへ](?:も|は)?[^、。にへ]{0,2}$", sentence.text[:frame.start]):
        # 本市は、…センターの運営を社会福祉法人Aに委託しております。現在は、…氏名…を記載した
        # 一覧表を、毎月紙で手渡ししております: to the contractor just entrusted (nc58 M1)
        recipients = [_entrusted_before(state, sentence)]
    if recipients == [None] and frame.kind == "flow" and not frame.negated:
        # 平常時は…自主防災組織及び民生委員に提供いたします。なお、同意されていない方の
        # 情報は、災害が発生した場合に限り提供いたします: the same hand-over's receivers
        recipients = same_receivers(state, sentence, frame) or [
            partner(state, sentence, frame) or counted_recipient(state, sentence, frame)
            or asker(state, sentence, frame) or served(state, sentence, frame)]
    if recipients == [None] and frame.kind == "flow" and frame.slots.get("provider") \
            and re.match(r"[さら]?れ(?:る[。、]|ます|ている|ております|て[、,])", sentence.text[frame.end:]) \
            and not re.search("[にへ]", sentence.text[frame.slots["provider"][-1].end:frame.start]):
        # 転入前の市区町村から所得額…が…提供される: passive, from outside, so to us (not
        # 端末から…システムに…送信される: a recipient is said, if not as a name; nor
        # 申請者から提出された申請書: a relative clause)
        recipients = [state.provider_default(sentence.index) or state.municipality_mention()]
    if recipients == [None]:
        unaddressed.note(state, sentence, frame)  # (税務課は、…照会に応じて提供: the table's row names whom)
    for to in recipients if frame.kind != "receive" or frame.asked else [None]:
        for giver in listing.givers(state, sentence, frame):
            # (委員：連合会から他の市町村に…提供されることはありますか。／…提供されることがございます)
            found = ends(state, sentence, frame, to, giver or asked_giver(state, sentence, frame, to))
            if found is not None:
                before = len(state.flows)
                listed = state.category_keys(listed_after(state, sentence, frame), sentence)
                append_flow(state, sentence, frame, base, confidence, *found, data=listed or same)
                if described and described.group().endswith("は") and len(state.flows) > before and any(
                        f["to_key"] == state.flows[-1]["to_key"] and f.get("verb") == frame.verb
                        and 0 < sentence.index - f.get("_index", -9) <= 2 for f in state.flows[:before]):
                    # …VRSに登録しております。VRSに登録する情報は、個人番号、氏名…です: what the
                    # flow before moves, listed
                    state.flows[-1]["_elaborates"] = True
                if astray and len(state.flows) > before:
                    # an incident, to whoever got it (誤って第三小学校に郵送): it happened, once
                    state.flows[-1]["status"] = "ended"


def _entrusted_before(state, sentence):
    """The party the sentence just before, of the same item, says the municipality or its
    department entrusts (…の運営を社会福祉法人Aに委託しております), or None."""
    index = sentence.index - 1
    if index < 0 or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None
    keys = {r["object_key"] for r in state.relations if r["type"] == "entrusts" and r.get("_sentence") == index
            and state.entities.get(r["subject_key"], {}).get("type") in ("municipality", "department")}
    return next((m for m in state.mentions.get(index, []) if m.kind == "entity" and state.key(m) in keys), None) \
        if len(keys) == 1 else None


def _exchange(state, sentence, frame, base, confidence, one, other) -> None:
    """Add the two flows of an exchange with no direction said, one each way; one way
    only from the party the sentence says holds the data (児童相談所が保有する児童記録票の一部
    を、警察署及び学校と共有する)."""
    if not _same(state, one, other) and not _own_side(state, one, other):
        before = len(state.flows)
        holder = pairs.holder(sentence, frame, one, other)
        if holder is not other:
            append_flow(state, sentence, frame, base, confidence, one, other, False)
        if holder is not one:
            append_flow(state, sentence, frame, base, confidence, other, one, False)
        for flow in state.flows[before:]:
            flow["_exchange"] = True  # neither end is the giver a next sentence means


#: After a verb's noun, a copula: the sentence names an event (…の誤送付でございます).
_NAMED_EVENT = re.compile(r"(?:で(?:ございます|ございました|す|した|ある|あった|あります)[。、]?$)")
_ENUMERATED = re.compile(r"[\s　]*(?:[一二三四五六七八九十0-9０-９]+つ目|最後|次)は、")  # (二つ目は、)

#: After a verb, the data it describes (…へ提供するデータを): a relative clause.
DESCRIBED = re.compile(r"(?:する|される)(?:個人)?(?:データ|情報|記録|ファイル)(?:を|は|も)")
#: …, the subject of what the sentence then says of it (…伝送する情報が増えることは).
_DESCRIBED_SUBJECT = re.compile(r"(?:する|される)(?:個人)?(?:データ|情報|記録|ファイル)が[^、。]{1,12}?こと")


def _unread_recipient(state, sentence, frame) -> bool:
    """True when the verb follows a recipient no name was read in (…区の福祉事務所の
    ケースワーカーに提供し: not the party a question before asked of; nc72 W6); not where
    a verb of storing says where it keeps the data (…フロッピーディスクに保存して)."""
    said = re.search(r"[にへ](?:も|は)?$", sentence.text[:frame.start])
    return said is not None and frame.verb not in state.pats.get("storing_verbs", ()) \
        and not any(m.end == said.start() for m in state.mentions.get(sentence.index, []))

