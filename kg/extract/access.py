"""Propose who may see data without it being handed to them, and who may not.

* An **exclusion**: a denied flow or viewing verb with a party that is not the
  municipality's own side (受託者は個人番号を閲覧できない, 個人番号は渡さない). A denied
  clause that names no party takes the party of the clause before it in the same
  sentence (再委託先には氏名のみを渡し、個人番号は渡さない).
* An **incidental** access: a viewing verb of ``incidental_verbs`` that is not
  denied, with a party outside the municipality and the data it may see named
  (保守作業の際、受託者は要介護認定情報を閲覧することがある).

Example::

    >>> access_facts(state, sentence, frame, None, base, 0.8)     # doctest: +SKIP
    >>> state.access[-1]["type"]                                  # doctest: +SKIP
    'excluded'
"""
from __future__ import annotations

import re

from kg.extract import contained, contexts, denied_of, incidental, objects, questions, rosters, seeing, whom
from kg.extract.bodies import by_work, runner
from kg.extract.contexts import EXCEPT, context_of
from kg.extract.conditions import other_cases
from kg.extract.askers import asked_recipient, inquired_of
from kg.extract.objects import unspecified
from kg.extract.denial import denied_part
from kg.extract.listing import examples_for, last_group
from kg.extract.exclusions import append, denied_by_answer, exclude_each, given_to
from kg.extract.incidental import CONTAINER, WORKER, incidental_party
from kg.extract.speakers import is_question, spoken

#: Every party the data goes to (いずれの提供先にも, 全ての提供先に).
_EVERY = re.compile(r"(?:いずれの|どの|全ての|すべての)提供先")
#: A denial said of a connection (本結合では, この結合において): of its parties.
_CONNECTION = re.compile(r"(?:本|この|当該|今回の)(?:外部|オンライン)?結合")
#: Parties whose access is no exclusion: the municipality, a system, the person it is about
#: (a department may be excluded: 保育課の職員は…課税情報を閲覧できない).
_OWN = questions.OWN
#: Rights on a system, given or not (閲覧権限を付与しない, アクセス権を与えていない).
_RIGHTS = re.compile(r"(?:閲覧|アクセス|参照|操作)権(?:限)?を$")


#: A denial the council asks for (利用しないこと。, 取り扱わないこととすること, 閲覧させない
#: よう、…設定を確実に行うこと。).
_DIRECTIVE = re.compile(r"[^。]{0,12}こと(?:。|$|とされたい|を求める)|[^。]{0,4}よう[、,]?[^。]{0,40}こと(?:。|$)")
#: A passive verb (提供されない, 渡されず): its subject is who would receive.
_PASSIVE = re.compile(r"[さら]?れ")
#: The municipality's other people (ほかの課の職員は, 他部署は): its own side.
_OUR_OTHERS = re.compile(r"(?:ほかの|他の)(?:課|部署|部局|係)|他課|他部署")
#: After a data name, that the sentence is about it (個人番号については、).
_ABOUT_DATA = re.compile(r"(?:について|につきまして|に関して)は?、")
#: After a data name, that it alone is what goes (氏名のみを, 氏名と転居予定日のみを).
_ONLY = re.compile(r"(?:(?:、|と|及び|並びに|や|・)[^、。をはがにで]{1,12}?)*等?(?:のみ|だけ)")


_FORM_WAY = re.compile(r"(?:電子データ|データ|紙|電子媒体|媒体)で(?:は)?$")  # (電子データで提供: the form it goes in)
#: Words that make a denial bind the recipients among themselves or by their agreement.
_AMONG_RECIPIENTS = re.compile(r"(?<!いずれの)提供先(?:ごと|と|との|の間)|同士")


def access_facts(state, sentence, frame, previous, base: dict, confidence: float) -> None:
    """Append the exclusion or incidental access a frame states to ``state.access``."""
    item = state.item_of.get(sentence.index)
    rest = re.split(r"[、。]", sentence.text[frame.end:], maxsplit=1)[0]
    if any(q in rest for q in state.pats.get("reported_questions", ())):
        return  # 保守業者が…見ることはないかとの質問があり、: the question, not its answer
    if frame.negated and frame.kind == "flow" and (frame.slots.get("channel") or _FORM_WAY.search(sentence.text, 0, frame.start)):
        return  # 個人情報を電子メールで送ることはしない, …を電子データで提供することは…: a way denied, not the data
    named = frame.slots.get("categories", [])
    qualified = None  # (返却後の貸出履歴: the part of the data a denial is of)
    if frame.negated:  # (個人番号は被保険者番号とひも付けた後…提供されない: only 個人番号)
        named = denied_part(sentence.text, named, frame.start)
    if frame.negated:  # 職歴等の不要な個人情報は提供しない: the kinds its examples stand for
        named = examples_for(state, sentence, named)
    data = state.category_keys(named, sentence)
    if frame.negated:  # 保守担当者は受給者情報を閲覧することはできません: all the item's data
        data = objects.as_titled(state, sentence, data, item)
    if not data and frame.negated and previous is not None and previous.verb == frame.verb \
            and not previous.negated and sentence.text[previous.end:frame.start].startswith(("し、", "、")):
        # 学習履歴を…の目的に限って利用し、広告に利用しない: the same data, for that use
        # (not 氏名と…のみをお伝えし、病状はお伝えいたしません: only that data goes)
        data = state.category_keys([m for m in previous.slots.get("categories", [])
                                    if not _ONLY.match(sentence.text, m.end)], sentence)
    if not data and frame.negated and previous is not None and not previous.negated \
            and sentence.text[previous.end:frame.start].startswith(("し、", "、")):
        # 健康観察の記録は学校内でのみ利用し、児童相談所や警察には提供しない: the topic of both
        data = state.category_keys([m for m in previous.slots.get("categories", [])
                                    if re.match(r"(?:の[^、。をにがはで]{1,6})?は", sentence.text[m.end:])], sentence)
    if not data and frame.negated:  # (主治医意見書は…同社には渡しません; これは…渡しません)
        data = seeing.denied_elsewhere(state, sentence)
    if not data and frame.negated:  # (個人番号については、…受託者及び再委託先に提供することはない)
        data = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and m.end <= frame.start and _ABOUT_DATA.match(sentence.text, m.end)], sentence)
    if not data and frame.negated and frame.kind == "flow":  # (…には、平常時は名簿を提供しない)
        data = rosters.named_list(state, sentence, frame)
    people = contexts.peoples_data(state, sentence, frame) if not data else None
    if people is not None:  # 学校の職員は一般の市民利用者の情報は閲覧できません
        data, qualified = [unspecified(state, sentence)], people
    scope = None
    if frame.verb in state.pats.get("display_verbs", ()):
        # 受託者用の端末では、個人番号は表示されない: kept from whose screen it is; a screen
        # the sentence gives no one (住所の項目は表示されない) keeps no one named out
        viewer = seeing.screen_user(state, sentence, frame) or seeing.account_user(sentence, frame, previous)
        if frame.negated and data and viewer is not None and viewer.type not in _OWN:
            append(state, base, "excluded", viewer, data, None,
                    context_of(state, sentence, frame, None, item), confidence)
        return
    if frame.negated and frame.verb in state.pats.get("keeping_verbs", ()) and not any(
            m.type == "system" for m in frame.slots.get("recipient", ())):
        # (個人番号は本サービスには保存いたしません: not kept in that system, so kept from
        # whoever provides or runs it)
        return  # データは持ち出さない, 写しは保管しない: who handles the data still sees it
    if frame.kind == "access" and not frame.negated and is_question(sentence.text, state.pats):
        denied_by_answer(state, sentence, frame, item, base, data, confidence)
        return
    if frame.negated and frame.verb in state.pats.get("incidental_only_verbs", ()) \
            and not _TASK_ONLY.search(sentence.text, 0, frame.start):
        return  # ヘルプデスクは個人情報には触れない: of a task, not of what the party may see
    # (同法人は、町の介護保険システムには接続していない: none of what that system holds)
    if frame.negated and frame.kind in ("access", "flow", "receive", "connect"):
        if is_question(sentence.text, state.pats) or _DIRECTIVE.match(sentence.text, frame.end):
            # …見直すべきではないでしょうか: asked; …他の目的に利用しないこと: what the council
            # asks for, not what is so
            return
        others = [m.span() for m in _OTHERS_OF.finditer(sentence.text, 0, frame.start)]
        if others and named:
            # 滞納情報や他の税目の課税情報は…提供しない: the others' part of a category is
            # not all of it; what the sentence names whole is denied
            named = [m for m in named if not any(b <= m.start < e for b, e in others)]
            data = state.category_keys(named, sentence)
            if not data:
                return
        elif _PARTIAL.search(sentence.text, 0, frame.start):
            return  # 住民票の全項目は閲覧できない, 他の施設の園児の情報は: not all of it, so some
        if named and all(contexts.QUALIFIED.search(sentence.text, 0, m.start) for m in named):
            qualified = contexts.qualifier(state, sentence, frame, named)
            if qualified is None:
                return
        qualified = qualified or contexts.whose_list(sentence, named)
        if seeing.everyone_but(state, sentence, frame):
            return  # 担当職員以外は閲覧できない: says who may, and excludes no one named
        if frame.kind == "connect" and frame.slots.get("channel") and (not frame.slots.get("recipient") or any(
                m.id in ("internet", "internet-tls") for m in frame.slots["channel"])):
            return  # …はインターネットとの接続はない, 委託先には…端末をインターネットに接続しない: a network kept apart
        if frame.kind == "connect" and any(getattr(m, "channel", None) for m in frame.slots.get("recipient", ())):
            return  # 消防本部はLGWANに接続しておりません: how data cannot reach it, no data kept (nc67 W9)
        if _UNLESS.search(sentence.text, 0, frame.start):
            return  # 本人の請求がない限り個人番号を記載しない: on request it is
        if frame.kind == "flow" and frame.slots.get("subject") and not frame.slots.get(
                "recipient") and not _PASSIVE.match(sentence.text, frame.end):
            # 受託者は、業務上知り得た個人情報を第三者に提供してはならない: what the giver
            # may not pass on, not what it may see (第三者 names no one)
            return
        clause = sentence.text[:frame.start].rsplit("。", 1)[-1]
        if frame.kind == "flow" and not frame.slots.get("recipient") and "第三者" in clause:
            return  # 学習履歴を…第三者に提供することも禁止: a ban on passing on, no one excluded
        if _OUR_OTHERS.search(clause) or denied_of.own_people_topic(state, sentence, frame.start):
            # ほかの課の職員は、…閲覧できません; 教員は…のみを閲覧でき、担当外の…は閲覧できません
            # (nc69 W6): the city's own people, or those the data is about; no outside party
            return
        if whom.named_party(frame) is None and _AMONG_RECIPIENTS.search(clause):
            # 提供先ごとに協定を締結し、…目的外利用の禁止, 委員同士で名簿を直接引き継ぐことは
            # いたしません: what binds the recipients, not a party kept out (nc67 W11)
            return
        # 本業務では個人番号を取り扱わない: said of the work, so of the item's contractor
        party = whom.named_party(frame, sentence.text) or whom.seen_from(state, sentence, frame) or whom.staff_of(state, sentence, frame) \
            or whom.sharer(sentence, previous, frame, state.pats.get("reported_questions", ())) \
            or whom.denied_too(state, sentence, frame) \
            or whom.topic(state, sentence, frame.start) \
            or (None if CONTAINER.search(sentence.text, 0, frame.start) else whom.topic_before(state, sentence))
        sent = whom.sent_before(state, sentence, frame) if party is None and frame.kind == "flow" and (
            _PASSIVE.match(sentence.text, frame.end) or frame.verb in state.pats.get("arriving_verbs", ())) else None
        if sent is not None:
            # …データベースに…送信しております。氏名や住所は送信されず: of where that goes
            # (a system, or the city's own side: no one kept out)
            if sent.type in (*_OWN, "department"):
                return
            party = sent
        if party is not None and party.type == "system" and whom.staff_after(state, sentence.text, party.end):
            # ミナトクラウドの社員が内容を閲覧することはできない: of who runs the system
            scope, party = party, runner(state, item, party)
            if party is None:
                return
        worker = WORKER.search(sentence.text, 0, frame.start)
        if party is None and worker is not None and item is not None:
            # 保守担当者は利用者の貸出履歴を閲覧できない: the maintainer's staff
            party = by_work(state, item, worker.group("work"))
        if party is not None and party.type == "system" and not data:
            # 連合会の職員は市の国保システムは閲覧できない: the system is what is seen
            other = next((m for m in reversed(frame.slots.get("subject", [])) if m.type != "system"), None)
            if other is not None and _WHO_SEES.fullmatch(sentence.text, other.end, party.start):
                scope, party = party, other
        if party is None and frame.kind == "access":
            # 委員：受託者は個人番号を見ることができるのか。課長：できません: of whom and of
            # what the question asked (委員：同社が学習履歴を広告に使うことはないのか。課長：
            # 学習履歴を目的外に利用することは禁止: of whom it asked, of the data it names)
            asked, asked_data = questions.access(state, sentence)
            party, data = asked, data or asked_data
        if party is None and frame.kind == "flow" and not data and not frame.slots:
            # 委員：支払基金に個人番号を渡すのか。事務局：渡さない。: of whom and what it asked
            party, data = questions.handed(state, sentence, frame.verb)
        if frame.verb in state.pats.get("containment_verbs", ()):
            # 連合会への送付には個人番号は含めない, …に提供する情報に個人番号は含まれない
            found = contained.holder(state, sentence, frame, previous, item, base, data, confidence)
            if found is None:
                return
            party, data = found
        if party is not None and party.type == "system" and data and party.role == "facility":
            # 個人番号そのものは証明書交付センターに送信いたしません: a body's facility, so of
            # who runs it (else of no one named), not of the item's contractor
            scope, party = party, runner(state, item, party)
            if party is None:
                return
        elif party is not None and party.type == "system" and data:
            # 校務支援システムでは個人番号は取り扱わない: said of the work in that system,
            # so of the company the item says provides it, else of the item's contractor
            # (…証明書交付センターに送信しない, the centre a system of the registry: of who the
            # item says runs it)
            scope, party = party, whom.owner_before(state, sentence, party) \
                or whom.provider_of(state, state.key(party)) \
                or (runner(state, item, party) if party.id else None) \
                or whom.item_contractor(state, item, sentence.index)
        container = CONTAINER.search(sentence.text, 0, frame.start) \
            if frame.verb in state.pats.get("denial_only_verbs", ()) else None
        if container and data and (party is None or party.type in ("department", "municipality")):
            # 名簿には個人番号は記載いたしません, 通知書には…記載しておりません: of each one
            # the item's flows said to carry that paper go to; none said, of no one (not the
            # item's contractor, nor every recipient: the paper goes to some)
            # (a table's rows, when the item's title names the paper: 避難行動要支援者名簿の外部提供)
            # (認定調査依頼書及び認定調査票には: each paper, nc71 M6)
            paper_names = incidental.papers(sentence.text, container)
            papered = given_to(state, base, sentence, lambda f: f.get("_index") is not None and (
                any(paper in state.sents[f["_index"]].text for paper in paper_names)
                or f["verb"] == "表" and item is not None and container.group(1) in item.title))
            # (in the context of that paper: 特別徴収義務者用の通知書, not all the item says
            # those parties give or get)
            exclude_each(state, base, papered, data, sentence, frame, item, confidence,
                         qualified=contexts.paper(sentence.text, container.start(1) + len(container.group(1))))
            return
        if party is None and frame.verb in state.pats.get("denial_only_verbs", ()) \
                and re.match(r"[^、。]{0,12}?(?:でした|なかった)", sentence.text[frame.end:]):
            # 誤交付した写しには…。本籍及び個人番号は記載されておりませんでした: what the paper
            # that went astray did not hold, so of whoever got it, not of a contractor
            astray = given_to(state, base, sentence, lambda f: f["status"] == "ended")
            exclude_each(state, base, astray, data, sentence, frame, item, confidence)
            return
        if party is None and data and frame.kind in ("access", "flow") \
                and frame.verb not in state.pats.get("containment_verbs", ()):
            # (not 要配慮個人情報も含まないため: what a leak held, said of no one's access)
            # 答：個人番号は提供しない after 問：国保連合会に提供する情報に…: of whom it asked;
            # 健診結果は渡しません in an entrustment item: of the work (not 報告はない)
            # (本サービスでは個人番号を一切取り扱わず: of who provides the service)
            # (本件の提供においては個人番号は利用しない: of the hand-over, not of a contractor)
            handover = whom.OF_HANDOVER.search(sentence.text, 0, frame.start)
            if re.match(r"照会(?:には|に当たって|にあたって|の際)", spoken(state, sentence)):
                party = inquired_of(state, sentence.index)  # 照会には個人番号は利用しない
            sent = whom.sent_to(state, sentence, frame, anyone=True)
            if party is None and sent is not None and sent.type in (*_OWN, "department"):
                return  # 市民税課への照会にも個人番号は使用いたしません: within the city
            # (いずれの提供先にも提供しない: every recipient, not the item's contractor)
            every = _EVERY.search(sentence.text, 0, frame.start)
            if party is None and frame.verb in state.pats.get("use_verbs", ()):
                # 建設課が利用する項目は…。税額は利用いたしません: of that department's use,
                # not of those the item's table hands data to
                party = whom.user_before(state, sentence, state.pats["use_verbs"])
            party = party or asked_recipient(state, sentence) or sent
            if party is None and frame.verb in state.pats.get("issuing_verbs", ()) \
                    and (not sentence.text.startswith(("に", "の", "で"), frame.end)
                         or sentence.text.startswith("の対象外", frame.end)) \
                    and not handover and not every and not _ISSUED_TO.search(sentence.text, 0, frame.start):
                # コンビニ交付では、個人番号が記載された住民票の写しは交付しない設定: what the
                # person gets, a setting of the service, no one's access kept out
                return
            if party is None and denied_of.unread_recipient(state, sentence, frame.start):
                return  # (県学習データ連携基盤への提供は…、氏名は提供いたしません: a recipient not read; nc69 W6)
            other_side = denied_of.counterpart(state, sentence, frame.start) if party is None else None
            if other_side is not None:  # (…個人番号そのものは相手方に送信されず: nc71 W4)
                exclude_each(state, base, other_side, data, sentence, frame, item, confidence)
                return
            if party is None and denied_of.own_staff(state, sentence.text[:frame.start]):
                return  # (会計年度任用職員は個人番号を閲覧できません: the town's own people)
            if party is None and denied_of.no_longer(sentence.text, frame.start):
                return  # (…とも協定を結び、名簿を提供しておりましたが、…現在は提供しておりません: nc70 W8)
            party = party or (None if handover or every else (
                denied_of.department_given(state, sentence, frame)  # …まちづくり課に提供する情報は…。税額は提供しません
                or whom.row_recipient(state, sentence, frame)  # 県立図書館\t…（利用者の氏名は提供しない）
                or whom.business_of_work(state, sentence, frame.start)
                or whom.service_provider(state, item, sentence.text[:frame.start])
                or whom.item_contractor(state, item, sentence.index)))
            bare = party is None and frame.verb in state.pats.get("denial_only_verbs", ())
            if bare and questions.asked_what_held(state, sentence):
                return  # (…通知には、どのような情報が載っていたのですか。／…個人番号は記載されておりません)
            written = denied_of.written_before(state, sentence) if bare else None
            if written:  # (…住民票の写しを紙で回答しております。個人番号は記載しておりません: nc72 W4)
                exclude_each(state, base, written, data, sentence, frame, item, confidence)
                return
            if party is None and not _PARTIAL.search(sentence.text):
                # 本結合では個人番号は取り扱わない, いずれの提供先にも提供しません: of the
                # work, so of each party outside the city the item's data goes to (only the
                # body a short form names, when one did not resolve: …連合会には提供しない)
                named = whom.short_named(state, sentence.text[:frame.start])
                # (本結合では…: of the connection's parties, said before; not of the papers a
                # table later in the item lists for a meeting's members)
                joined = bool(_CONNECTION.search(sentence.text, 0, frame.start))
                exclude_each(state, base, [o for o in whom.item_recipients(state, item, sentence.index, bool(handover),
                                                                           tables=not joined)
                                            if not named or state.label_of(o).endswith(named)],
                              data, sentence, frame, item, confidence, qualified)
                return
        if not data and party is not None:
            # …は市の障害福祉システムを閲覧できない: none of what that system holds
            scope = scope or whom.system_denied(frame) or whom.stored_in(state, sentence, frame)
            if scope is None and item is not None and _RIGHTS.search(sentence.text, 0, frame.start):
                # 民生委員には閲覧権限を付与しておりません: no rights on the item's system
                scope = state.last_system.get(item.key)
            whole = _ALL_DATA.search(sentence.text, party.end, frame.start)
            if whole and "中身" in whole.group() and any(f["to_key"] == state.key(party) and f.get("item") == base["item"]
                                                       for f in state.flows):
                whole = None  # (…送信データの中身を見ることはできません, of the line's maintainer who gets the data)
            # (…印刷物のみを渡し、データは渡さない: the papers go, the data as data does not)
            given = re.search(r"のみを?(?:渡|提供|送|お渡)", sentence.text[:frame.start])
            # (統計表のみを提供し、個人を識別できる情報は提供しない: none of it, papers or not)
            named_all = _IDENTIFYING.search(sentence.text, party.end, frame.start)
            data = [unspecified(state, sentence)] if scope is not None or named_all or (
                whole and not _FORM.search(whole.group()) and not given) else []
        # a denial of data it cannot name (判定結果は取り扱わない, 他の施設の園児の情報は
        # 閲覧できない) is no exclusion of all personal information: left to the reviewer
        # (…の場合を除き、…アクセスしない: in that case it may; the context says which)
        kind = "incidental" if EXCEPT.search(sentence.text, 0, frame.start) else "excluded"
    elif frame.kind == "access" and seeing.on_screen(state, sentence, frame):
        return  # 同社のオペレーターは予約システムの画面で…確認する: shown to it, as its work
    elif frame.kind == "access" and frame.verb in state.pats.get("incidental_verbs", ()) \
            and not is_question(sentence.text, state.pats):
        # an outside party may see the data (asked about, it is not said yet)
        found = incidental_party(state, sentence, frame, item, data)
        if found is None:
            return
        (party, data), kind = found, "incidental"
    else:
        return
    if kind == "excluded":
        data = [key for key in data if key not in seeing.excepted(state, sentence)]
        if party is not None and frame.verb not in state.pats.get("use_verbs", ()):
            # 所得額のみを提供するものであり、税額…は提供しない: one category holds both, and
            # the sentence gives it; the denial cannot take it back (…を保存し、…を広告に利用
            # しない: a use denied, in that context, of data it holds)
            data = [key for key in data if key not in seeing.granted(state, sentence, party, frame)]
    case = None  # (それ以外のケースの情報は、警察には提供していない: the cases but the one said)
    if kind == "excluded" and not data and party is not None:
        data, case = other_cases(state, sentence, state.key(party))
    party = whom.operator(state, item, party)
    if party is None or _ours(state, party) or not data:
        return
    recipients = next((f.slots["recipient"] for f in (frame, previous)
                       if f is not None and f.kind in ("flow", "access") and f.slots.get("recipient")), [])
    subjects = frame.slots.get("subject", [])
    # 学校及び保育所は…閲覧できない: each of them
    named = recipients if recipients and party is recipients[-1] else subjects
    joined = last_group(sentence.text, named, state.pats) if named and party is named[-1] else [party]
    context = case or contexts.with_qualifier(context_of(state, sentence, frame, scope, item), qualified, item)
    for one in joined:  # 医療機関や薬局には…個人番号は回答されません: each of them
        if not _ours(state, one):
            append(state, base, kind, one, data, scope, context, confidence)


def _ours(state, party) -> bool:
    """True when ``party``'s access is no exclusion: a system, the person the data is about,
    the municipality itself (another one may be kept out: 個人番号そのものは雁来野町に提供しない)."""
    own = state.municipality["key"] if state.municipality else None
    return party.type in _OWN and (party.type != "municipality" or own is None or state.key(party) == own)


#: A party's work said to be only a task, before the denial that it touches the data
#: (同社は機器の部品交換などを行うのみで、データには触れない: kept from the data; nc71 W2).
_TASK_ONLY = re.compile(r"(?:を行う|をする|に限る|に限られる)のみ(?:で|であり)、")
#: The data a denial names when it names it all (…はデータの内容を閲覧できない, …が内容を
#: 読み取ることはできない, 個人情報には触れない, 町のデータの中身を閲覧することはできない):
#: the party sees none of the personal information.
_ALL_DATA = re.compile(r"(?:(?:^|[、はがのも])(?:データ|個人情報|保有個人情報|個人データ|内容)(?:の内容|の中身)?"
                       r"|[^\s、。はがをにでと]{1,6}(?:データ|の内容)(?:の中身)?)(?:は|を|も|に)")
#: Information that identifies a person: all of the personal information, named so.
#: (県には個別の所有者の情報は提供せず、…統計情報のみを報告: each person's, not the figures)
_IDENTIFYING = re.compile(r"(?:個人を(?:識別|特定)(?:できる|し得る|しうる|可能な)|(?:個別|個人別|個人単位)の[^、。はがを]{0,8}?)"
                          r"(?:情報|データ)(?:は|を|も)")
#: A form the data takes, not all of it (印刷済みの通知書のみを渡し、電子データは渡さない).
_FORM = re.compile(r"(?:電子|紙|磁気)データ")
#: Before an issuing verb, whom it would be issued to (…に対して, …には): a party named.
_ISSUED_TO = re.compile(r"(?:に対して|に対し|には|へは)")
#: A denial with its exception (請求がない限り…記載しない).
_UNLESS = re.compile(r"(?:ない|無い)限り")
#: A denial of all of something (住民票の全項目は閲覧できない) leaves some of it seen; one
#: of the others' (他の画面を, 他のクラブの児童の情報は) leaves the party's own seen.
_OTHERS_OF = re.compile(r"他の[^、。]{1,12}?(?:は|を)")
_PARTIAL = re.compile(r"(?:全項目|全ての項目|すべての項目|全部|全て|すべて)(?:は|を)|" + _OTHERS_OF.pattern)


#: Between who is kept out and the system it is kept out of (連合会の職員は市の国保システム).
_WHO_SEES = re.compile(r"(?:の[^、。はがと]{1,6})?(?:は|が|も)、?(?:[^、。はがと]{0,8}の)?")


