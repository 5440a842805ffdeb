"""Which party an agenda item's contractor and subcontractor are: the company (or the
federation, or the undecided office) its section names as such, so that 受託者 and
再委託先 stand for it.

Example::

    >>> item_contractors(item, sents, mentions, pats)               # doctest: +SKIP
    >>> item.contractor.text                                        # doctest: +SKIP
    '株式会社A'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.coref import anaphora
from kg.extract.speakers import is_question, label_only

#: After a company's name: it is entrusted (…に委託), re-entrusted to (…に再委託), or it
#: re-entrusts (…は…を…に再委託): read within the clause, up to this many characters.
_ENTRUST_REACH = 30
#: After a company's name, that the work was entrusted to it before (…朱鷺沢印刷所に委託して
#: いたが、令和6年度末をもって委託を終了し): a former contractor, not the item's.
_FORMER = re.compile(r"[にへ][^、。]{0,10}?委託(?:して(?:いた|おりました|おった)|していましたが)")
#: The bodies an item may entrust: companies, and the federations and associations
#: that take on a municipality's work (…を香川県国民健康保険団体連合会に委託している).
_CONTRACTOR_TYPES = ("company", "public-body", "association")
#: Just before a company's name: the contractor is declared (委託先は株式会社Aとする).
_ROLE_BEFORE = re.compile(r"(?<!再)(?:委託先|受託者|受注者|受託事業者)(?:(?:は|として)、?[^、。はがを]{0,20}?"
                          r"(?:選定した|決定した|決まった|契約した|予定している)|(?:は|を|として|[：:])?[、]?)$")
#: Before a company's name, the contractor the clause goes on to declare (委託先は、県内で
#: …の実績がある株式会社A), and after it, that it declares it (を予定, です).
_DECLARED_BEFORE = re.compile(r"(?<!再)(?:委託先|受託者|受注者|受託事業者|委託事業者)は、?(?:(?!再委託|再受託)[^。は]){0,40}$")
_DECLARED_AFTER = re.compile(r"(?:を|に)(?:予定|決定|選定|内定)|(?:です|でございます|となります|になります|とする)")
#: After a body's name: the municipality made it the designated manager (指定管理者) of a
#: facility, which runs it on the municipality's behalf (…が指定管理者として, …を指定管理者に).
DESIGNATED = re.compile(r"(?:が|は|を)、?指定管理者(?:として|に指定|に)")
#: Just before it: the subcontractor is (再委託先として株式会社Bを予定している).
_SUB_BEFORE = re.compile(r"(?:再委託先|再受託者)(?:は|を|として|[：:])?[、]?$")


#: A question that asks whom the work is re-entrusted to (再委託先はどこですか).
_ASKS_SUBCONTRACTOR = re.compile(r"再委託先は、?(?:どこ|どちら|どの|どういう|どういった|何という)")
#: Right after a company's name, that the answer names it (…株式会社Bです。, …でございます).
_ANSWER_NAME = re.compile(r"(?:です|でございます|となります|になります)(?:。|$)")


def _asked_for(sents, index: int, pats: dict) -> str | None:
    """``subcontractor`` when one of the two sentences said before sentence ``index`` (past
    a speaker's label of its own) asks whom the work is re-entrusted to (…再委託先はどこ
    ですか。資料には名前が書いてありませんでした。); else None."""
    titles = tuple(pats.get("titles", ()))
    at, said = index - 1, []
    while at >= 0 and len(said) < 2:
        if not label_only(sents[at].text, titles):
            said.append(sents[at].text)
        at -= 1
    asked = next((text for text in said if is_question(text, pats)), None)
    return "subcontractor" if asked is not None and _ASKS_SUBCONTRACTOR.search(asked) else None


#: Before the contractor a work changes to (令和8年4月から委託先を社会福祉法人Bに変更いたします;
#: 委託先を株式会社Aから株式会社Bに変更することについて), and after it.
CHANGE_OF = re.compile(r"委託先を、?(?:[^、。]{1,40}?から、?)?$")
CHANGED_TO = re.compile(r"に(?:変更|切り替え|切替|移行)")


def item_contractors(item, sents, mentions: dict, pats: dict) -> None:
    """Set ``item.contractor`` and ``item.subcontractor`` to the companies its section
    names as such (保守業務を株式会社Aに委託する; 株式会社Aは、…を株式会社Bに再委託する), so
    that 受託者 and 再委託先 stand for them; left None when the section names none or
    several."""
    found: dict[str, dict[str, object]] = {"contractor": {}, "subcontractor": {}}
    designated: dict[str, object] = {}
    named_last = changed_to = None
    for index in item.sentences:
        text = sents[index].text
        for mention in mentions.get(index, []):
            if mention.kind != "entity" or mention.type not in _CONTRACTOR_TYPES + (
                    "unnamed-party",):
                continue
            said = mention
            if normalise(mention.text) in anaphora(pats, "company"):
                if named_last is None:
                    continue
                said = named_last  # 同社 is the company named before it, not a second one
            elif mention.type == "company":
                named_last = mention
            # (A及びBに委託する: A's clause is the one after B, the last of the list)
            last = _listed_last(text, mention, mentions.get(index, []))
            clause = re.split("[。]", text[last.end:])[0][:_ENTRUST_REACH].lstrip("」』")
            # (the clause with the names in it blotted out: ず of 株式会社みずなら技研 is no denial)
            bare = re.split("[。]", _blotted(text, mentions.get(index, []))[last.end:])[0][:_ENTRUST_REACH]
            role = None
            if mention.type == "unnamed-party":
                # 市内の居宅介護支援事業所へ再委託する: 再委託先 is that undecided office
                if (normalise(mention.text) in pats.get("groups", ()) and re.match(r"[にへ][^、。]{0,10}?再委託", clause)
                    # (民間の事業者に再委託しております; not …事業者への再委託を可能とする: allowed only)
                    or _business(normalise(mention.text), pats)
                        and re.match(r"に[^、。]{0,10}?再委託(?:して|する|し、|しており|します|いたし)", clause)) \
                        and not _negative(bare, pats) and not is_question(text, pats):
                    found["subcontractor"].setdefault(normalise(mention.text), mention)
                # 印刷から…発送までを一括して印刷業者に委託する: 委託先 is that printer
                # (not …居宅介護支援事業所に委託しておりましたが: a former one)
                elif _business(normalise(mention.text), pats) \
                        and re.match(r"[にへ][^、。再]{0,10}?委託(?!契約|料|費|書)", clause) \
                        and not _FORMER.match(clause) \
                        and not _negative(bare, pats) and not is_question(text, pats):
                    found["contractor"].setdefault(normalise(mention.text), mention)
                continue
            # (委託先<tab>株式会社A: a 項目/内容 row, the field's name a cell before the name)
            before = text[:mention.start] if text[:mention.start].strip() else _field_before(sents, index)
            if _ROLE_BEFORE.search(before) and not clause.startswith("に"):
                role = "contractor"  # 委託先は株式会社Aとする
            elif _DECLARED_BEFORE.search(before) and _DECLARED_AFTER.match(clause):
                role = "contractor"  # 委託先は、…の実績がある株式会社Aを予定しております (nc73 W11)
            elif DESIGNATED.match(clause):
                role = "contractor"  # 社会福祉法人Aが指定管理者として管理運営を行う
                designated.setdefault(said.id or normalise(said.text), said)
            elif _SUB_BEFORE.search(before) and not clause.startswith("に"):
                role = "subcontractor"
            elif mention.type == "company" and _ANSWER_NAME.match(clause) \
                    and _asked_for(sents, index, pats) == "subcontractor":
                # …の再委託先はどこですか。／…株式会社Bです。: the one asked for (nc71 W2)
                role = "subcontractor"
            elif re.match(r"[にへ]、?[^、。]{0,12}?再委託", clause.lstrip("等")):
                # (…Aに委託し、データ入力の一部を再委託する: A is the contractor, the
                # re-entrustment a later verb's; Bに、入力作業の一部を再委託する: B's)
                role = "subcontractor"
            elif CHANGE_OF.search(text[:mention.start]) and CHANGED_TO.match(clause):
                role = "contractor"  # …委託先を社会福祉法人Bに変更いたします: B, named last (nc76)
                changed_to = said
            elif _EACH_TO.match(re.split("[。]", text[mention.end:])[0]) and not _negative(bare, pats):
                role = "contractor"  # 新規申請分をAに、更新申請分をBに委託する: A too
            elif clause.lstrip("等").startswith("に") and any(
                    cue in clause for cue in pats.get("contractor_cues", ("委託",))) \
                    and not _FORMER.match(clause.lstrip("等")):
                role = "contractor"  # …に委託する, (受託者は)…に決定しております
            elif clause.startswith(("は", "が")) and "再委託" in clause:
                role = "contractor"
            if role and not _negative(bare, pats):
                key = said.id or normalise(said.text)
                # 連合会 after 香川県国民健康保険団体連合会: the short form is the one named
                if not any(key.endswith(k) or k.endswith(key) for k in found[role]):
                    found[role][key] = said
    # (現在はAに委託しておりますが、…委託先をBに変更いたします。委託先には…: B is the 委託先
    # the section speaks of from then on, not A beside it; before it, A)
    item.changed_to = changed_to
    for key in set(found["contractor"]) & set(found["subcontractor"]):
        # (…はAからBに再委託される。…Bが行う点は、…の再委託に含まれる: B does a part of the
        # work re-entrusted to it, no contractor of the item's; nc73 W11)
        del found["contractor"][key]
    for role, named in found.items():
        # (専門の事業者に委託する, then 委託先：株式会社A: the business word is A, unnamed
        # until the form names it)
        companies = [m for m in named.values() if m.type != "unnamed-party"]
        later = [m for m in named.values() if m.type == "unnamed-party" and companies
                 and all(m.sentence > c.sentence for c in companies)]
        if role == "contractor" and later and len(companies) == 1:
            # (株式会社Aに…運用を委託いたします。…次に、端末の管理業務を外部の事業者に委託する
            # 予定です。受託者には…渡します: another work's contractor, not yet chosen; 受託者
            # is the one entrusted last, not A; nc67 W18)
            item.contractors = sorted(named.values(), key=lambda m: (m.sentence, m.start))
            item.contractors_named = sorted(_named_again(item, mentions, companies) + later,
                                            key=lambda m: (m.sentence, m.start))
            continue
        unnamed = [m for m in named.values() if m.type == "unnamed-party"]
        if role == "contractor" and unnamed and companies \
                and any(_UNDECIDED.search(sents[i].text) for i in item.sentences):
            # (…窓口業務を、…外部の事業者に委託する…。委託先は、今後、…選定いたします。…運用保守は
            # 株式会社Aに委託しております: the one still to be chosen, not A; nc69 W12)
            item.contractor = unnamed[0]
            continue
        if len(named) == 1 or len(companies) == 1:
            setattr(item, role, companies[0] if len(named) > 1 else next(iter(named.values())))
        elif role == "contractor":
            item.contractors = sorted(companies, key=lambda m: (m.sentence, m.start))
            item.contractors_named = _named_again(item, mentions, companies)
        if item.contractor is not None and role == "contractor" and len(named) > 1:
            item.same_as_contractor = {(m.sentence, m.start) for m in named.values()
                                       if m.type == "unnamed-party"}
    if len(designated) == 1:
        # (the one body the section makes the facility's designated manager is who the
        # municipality hands the work to; a company said entrusted besides is the manager's)
        item.contractor = next(iter(designated.values()))
    if item.contractor is None and not found["contractor"] and "outsourcing" in item.kinds \
            and not any(_UNDECIDED.search(sents[i].text) for i in item.sentences):
        # 「…の委託について」 whose section names one company, not as a subcontractor
        # (本町は、株式会社Aに対し…提供する): the company the work is entrusted to
        companies = {m.id or normalise(m.text): m for index in item.sentences
                     for m in mentions.get(index, []) if m.kind == "entity"
                     and m.type == "company" and normalise(m.text) not in anaphora(pats, "company")
                     and any(form in m.text for form in pats.get("company_forms", ()))
                     # (not ポータルサイトを運営する株式会社A: a company named for other work)
                     and not _OTHER_WORK.search(sents[index].text[:m.start])
                     # (株式会社Aが提供するアプリに…提供する案を検討していたが、取りやめた)
                     and not _PROVIDES.match(sents[index].text, m.end)}
        if len(companies) == 1 and not set(companies) & set(found["subcontractor"]):
            item.contractor = next(iter(companies.values()))


#: After a party, that the work is split between it and the next one the sentence entrusts
#: (Aに、更新申請分をBに委託する).
_EACH_TO = re.compile(r"に、[^、。]{1,30}?を[^、。]{1,40}?に[^、。]{0,10}?委託(?!契約|料|費|書)")


def _named_again(item, mentions: dict, companies: list) -> list:
    """Every mention by name, in ``item``'s section, of the ``companies`` it entrusts (in
    order): the one named last a few sentences back is whom 受託者 stands for."""
    keys = {m.id or normalise(m.text) for m in companies}
    return [m for index in item.sentences for m in mentions.get(index, [])
            if m.kind == "entity" and (m.id or normalise(m.text)) in keys]


#: Between two parties of one list (A及びB, A並びにB, AとB, A、B).
#: (…連合会（以下「国保連合会」といいます。）及び…: a definition between them, nc68 M3)
_AND = re.compile(r"(?:[(（]以下[^()（）]{1,30}[)）])?(?:及び|並びに|および|ならびに|と|、|・)")


def _listed_last(text: str, mention, mentions) -> object:
    """The last party of the list ``mention`` opens (さくらだ居宅介護支援事業所及びケアプラン
    センターあおばずくに委託: the second), else ``mention``: what follows it is said of all."""
    while True:
        link = _AND.match(text, mention.end)
        after = link and next((m for m in mentions if m.kind == "entity" and m.start == link.end()
                               and m.type in _CONTRACTOR_TYPES), None)
        if not after:
            return mention
        mention = after


def entrusted_with(item, company) -> tuple:
    """The companies ``item``'s section entrusts in the sentence that names ``company``
    among them, when it names more than one there (新規申請分をAに、更新申請分をBに委託する:
    A and B, whom 受託者 then stands for), else ()."""
    if company is not None and company is item.changed_to:
        return ()  # (…Aに委託しておりますが、…委託先をBに変更いたします: B alone from then on)
    together = tuple(m for m in item.contractors if company is not None and m.sentence == company.sentence)
    return together if len(together) > 1 else ()


def _field_before(sents, index: int) -> str:
    """The cell before sentence ``index`` on its line (the field's name of a 項目/内容 row:
    委託先 of 委託先<tab>株式会社A), else ""."""
    if index == 0:
        return ""
    before, this = sents[index - 1], sents[index]
    if before.pieces[-1].line == this.pieces[0].line:
        return before.text.strip()
    # (②委託先 / 　　株式会社A（…）。: a short field's name alone on the line above; nc74 M5)
    field = re.sub(r"^[0-9(（)）.．、]{1,4}", "", before.text.strip())
    alone = index < 2 or sents[index - 2].pieces[-1].line != before.pieces[0].line  # (not a header's last cell)
    return field if alone and before.pieces[-1].line + 1 == this.pieces[0].line and len(field) <= 8 else ""


#: After a company's name, the thing it is named as the maker of (…が提供するアプリ).
_PROVIDES = re.compile(r"が(?:提供|運営|開発|販売|製造)する")
#: The contractor not chosen yet (委託先は…決定するため、現時点では未定である).
#: (委託先は、今後、公募型プロポーザルにより選定いたします: to be chosen; nc69 W12)
_UNDECIDED = re.compile(r"(?:委託先|受託者|事業者)[^。]{0,30}?(?:未定|選定中|決まっていない|決まっておりません"
                        r"|(?:今後|これから)[^。]{0,24}?選定)")

#: Just before a company's name, the other work a relative clause names it by.
_OTHER_WORK = re.compile(r"(?:運営|提供|開発|販売|製造|運用)(?:する|している|した|しております)$")


def _blotted(text: str, mentions) -> str:
    """``text`` with each party's or system's name blotted out, character for character."""
    for m in mentions:
        if m.kind == "entity":
            text = text[:m.start] + "■" * (m.end - m.start) + text[m.end:]
    return text


def _negative(clause: str, pats: dict) -> bool:
    return any(cue in clause for cue in pats.get("negations", ()))


def _business(word: str, pats: dict) -> bool:
    """True for a business a contractor word names (印刷業者, 事業者), not a word that points
    back at one (委託先, 受託者) nor a subcontractor's (再委託先)."""
    words = tuple(pats.get("unnamed_parties", {}).get("contractor", ()))
    return word.endswith(words) and word not in anaphora(pats, "contractor") and not word.startswith("再")


#: After a business word, that it is re-entrusted to (クラウド事業者に再委託).
_RE_ENTRUSTED = re.compile(r"(?:に|へ)[^、。]{0,8}?再委託")


def re_entrusted_word(state, mention):
    """Return the mention of the same business word, in ``mention``'s item up to it (itself
    too), that a contractor re-entrusts to (まなびクラウド社は、…クラウド事業者に再委託いた
    します), else None: the subcontractor, whom the word stands for after it, not the
    company whose name holds the word."""
    word, item = normalise(mention.text), state.item_of.get(mention.sentence)
    return next((m for i in (item.sentences if item else ()) if i <= mention.sentence
                 for m in state.mentions.get(i, ()) if normalise(m.text) == word
                 and (i < mention.sentence or m.start <= mention.start)
                 and _RE_ENTRUSTED.match(state.sents[i].text, m.end)), None)
