"""Small hand-written minutes for the extractor tests (invented, in the style of the seeds)."""

HEAD = "# 令和3年度第1回試験市個人情報保護審議会 会議録\n\n開催日時\t令和3年6月1日（火）午後2時\n"

PROVISION = HEAD + """<p>【諮問事項】</p>
<p>（1）防犯カメラ映像の提供について（市民課）</p>
市民課は、防犯カメラの映像を記録媒体で警察へ提供する。
"""

ENTRUSTMENT = HEAD + """（1）住民票発行業務委託（市民課）
市は、住民票の発行業務を株式会社試験システムズに委託する。
"""

RE_ENTRUSTMENT = HEAD + """（1）健診データ入力業務委託（健康課）
受託者は、市の承認を得て、氏名の入力作業を再委託先に再委託する。
"""

EXCLUSION = HEAD + """（1）健診データ入力業務委託（健康課）
受託者は、個人番号を閲覧できない。
"""

MY_NUMBER_NEGATED = HEAD + """（1）講座運営業務委託（健康課）
本業務では個人番号は利用しない。受託者は参加者の氏名を取り扱う。
"""

MY_NUMBER_USED = HEAD + """（1）国保資格情報の送付について（保険年金課）
保険年金課は、個人番号を含む被保険者資格情報を専用回線で試験県国民健康保険団体連合会に送付する。
"""

NO_PERSONAL_DATA = HEAD + """（1）会長挨拶
本日はお集まりいただきありがとうございます。次回の日程は追って連絡します。
"""

#: One document with every pattern, for the command-line tests (a new 試験市 meeting).
FULL = HEAD + """<p>【諮問事項】</p>
<p>（1）防犯カメラ映像の提供について（市民課）</p>
市民課は、防犯カメラの映像を記録媒体で警察へ提供する。
（2）健診データ入力業務委託（健康課）
健康課は、個人番号を含む健診結果をUSBメモリで受託者へ渡す。
受託者は、市の承認を得て、氏名の入力作業を再委託先に再委託する。
受託者は、個人番号を閲覧できない。
審議の結果、承認された。
"""

# -- flow patterns (tests/extract/test_flows.py) -------------------------------------

#: 提出を…より受ける: the giver is named after the noun, we receive; no giver, no flow.
RECEIVED = HEAD + """（1）図書館システム保守業務委託（市民課）
市民課は、保守作業員の氏名の提出を受託者より受けている。
受託者は、作業員の氏名を記入した誓約書の提出を受ける。
"""

#: …から求められた際に提供する: who asks receives, and each of the joined names does.
REQUESTED = HEAD + """<p>（1）防犯カメラ映像の提供について（市民課）</p>
市民課は、防犯カメラの映像に写る氏名を裁判所、警察署等から求められた際に提供する。
"""

#: The data named after the verb (送られた個人番号は…) or in the sentence before (no item:
#: nothing else to take it from).
DATA_AROUND = HEAD + """
保険年金課から試験県国民健康保険団体連合会に送られた個人番号は、連合会で別の番号に替えられる。
健康課は、受診者の健康情報を取りまとめる。
その結果を警察へ提供することはなく、試験県国民健康保険団体連合会へ送付する。
"""

#: An answer goes on with the question's giver: 事業者には…を提供する (by the 受託者).
CARRIED = HEAD + """（1）就職支援事業業務委託（市民課）
受け入れる事業者に、受託者は受講者の氏名をどのように提供するのか。
受講者の職歴は提供しない。
受講者の希望は受託者が聴取する。
したがって、事業者には受講者の氏名を提供する。
"""

#: 当該サーバー, 私ども, a lone 市: what they stand for in the minutes.
POINTERS = HEAD + """（1）証明書発行業務委託（市民課）
市民課は、証明発行サーバーを構築し、住民の氏名を当該サーバーに移行する。
受託者は、作業で使った氏名を市に返還する。
警察から私どもに氏名の照会が来る。
"""

#: Nothing moves between a city and its own department, and money is no data.
NO_FLOW = HEAD + """（1）証明書発行業務（市民課）
市民課は、氏名を記入した台帳を市に返却する。
（2）会議の運営（総務課）
総務課から試験県国民健康保険団体連合会にお金を預ける。
"""

#: Neither a giver nor any data named: nothing to propose (an e-mail sent).
NOTHING_NAMED = HEAD + """<p>（1）会議の日程について（総務課）</p>
日程は試験県国民健康保険団体連合会にメールで送信する。
日程は総務課から試験県国民健康保険団体連合会に送信する。
"""

#: …に提出してもらう: the one asked gives; a person handed their own papers, no guess.
ASKED = HEAD + """（1）足の計測業務委託（健康課）
健康課は、保護者へ氏名を記入した同意書を提出してもらう。
誤って印刷した氏名の書類を本人に渡す。
"""

#: AとBの間で: an exchange, both ways; a compound's noun (聴取内容) is no verb.
BETWEEN = HEAD + """（1）国保資格情報の連携について（保険年金課）
試験県国民健康保険団体連合会と警察の間で氏名を送受信する。
受託者は、聴取内容に氏名を記す。
"""

#: The data a title names, also inside a system's name (個人番号照合システム).
TITLE_DATA = HEAD + """<p>【諮問事項】</p>
<p>（1）個人番号照合システムのデータ移行業務の委託について（市民課）</p>
受託者は、作業の記録に氏名を書く。
"""

#: 転送, …のほうに (a recipient), …PC (a system).
TRANSFER = HEAD + """<p>（1）国保資格情報の連携について（保険年金課）</p>
国保システムから被保険者の氏名を抽出して国保総合PCのほうにファイル転送する。
"""

#: A bracketed note after a name (…システム（…）に入力) and a chain: what was put into a
#: system leaves from it (…に入力した氏名が、…に送信される).
CHAIN = HEAD + """<p>（1）国保資格情報の連携について（保険年金課）</p>
国保システム（市が使う自庁のシステム）に入力した氏名が、集約システムを介し、国保総合システムに送信される。
"""

#: A title that names no data states no flow (the entrustment stays).
TITLE_NO_DATA = HEAD + """<p>【諮問事項】</p>
<p>（1）講座運営業務の委託について（市民課）</p>
受託者は、講座の参加者の氏名を扱う。
"""

#: A denial after the clause ends (…送るときに個人番号を用いない) is not the verb's; a place
#: (…に設置される) is no recipient.
SCOPE = HEAD + """<p>（1）国保資格情報の送付について（保険年金課）</p>
保険年金課は、試験県国民健康保険団体連合会に氏名を送るときに個人番号を用いない。
端末から試験県国民健康保険団体連合会に設置されるサーバーに氏名が送信される。
"""

#: Data denied after the verb is not what it moves (…送るときに個人番号を用いない).
DENIED_AFTER = HEAD + """<p>（1）国保資格情報の送付について（保険年金課）</p>
保険年金課は、試験県国民健康保険団体連合会に送るときに個人番号を用いない。
"""

#: A party's own system stands for the party (…連合会のシステムに送る), and what the
#: sentence before put into a PC leaves from it, with the same data.
OWNED_AND_PUT = HEAD + """<p>（1）国保資格情報の連携について（保険年金課）</p>
国保システムから被保険者の氏名を抽出して国保総合PCのほうにファイル転送する。
試験県国民健康保険団体連合会のシステムにデータを送った後は、国保総合PCにデータは残らない。
"""

#: An apposition (受託者である健診担当医から), the data a relative clause's verb moves
#: (…に渡される結果報告書), a new category ending in 報告書, and 伝える.
APPOSITION = HEAD + """<p>（1）耳鼻科健診業務委託（健康課）</p>
受託者である健診担当医から生徒に渡される結果報告書について、記載欄を見直す。
健康課は、評価の結果を口頭で受講者にお伝えする。
"""

#: A topic recipient the parse hangs on the last predicate (…システムには、…提供する形となる).
TOPIC = HEAD + """<p>（1）国保資格情報の連携について（保険年金課）</p>
集約システムには、市で管理している被保険者の氏名を項目に設定し提供する形となる。
"""

#: AとBの…連携の仕組みの中で共有, AとBが…やり取り: both ways; …を用い、 is another
#: verb's object; 市町村 in a slot is the city among the others; the same sentence's data.
EXCHANGE = HEAD + """<p>（1）健診結果の連携について（健康課）</p>
健康課と子ども家庭支援センターの健康情報に係る連携の仕組みの中で情報を共有している。
市町村から試験県国民健康保険団体連合会に氏名を送るときだけ個人番号を用い、連合会から市町村に情報を送るときに個人番号を用いない。
"""

#: 「…システム」と結合する: the item's data goes to the partner (the title names it);
#: AとBのPCとの接続 links the two both ways; no data named anywhere: unspecified.
CONNECT = HEAD + """<p>（1）健康情報に関する業務の外部結合について（健康課）</p>
国が作っている「要保護児童等情報共有システム」と結合する。
（2）国保資格情報の連携について（保険年金課）
試験県国民健康保険団体連合会と試験市の国保総合PCとの接続に関しては、専用線となっている。
国保総合PCには被保険者の氏名が入っている。
"""

# -- holdings (tests/extract/test_patterns.py) ----------------------------------------

#: Who hosts, operates and maintains a system: …連合会（以下…）に…システムが設置され,
#: …を設置している課, 受託者が…の保守を行う, 株式会社…が運用する, a denial, and a title
#: 「…システム保守委託」 (its unnamed contractor maintains the system).
HOLDINGS = HEAD + """<p>【諮問事項】</p>
<p>（1）国保資格情報の連携について（保険年金課）</p>
試験県国民健康保険団体連合会（以下「連合会」という。）に国保情報集約システムが新たに設置される。
保険年金課は、被保険者の氏名を国保情報集約システムに登録する。
情報連携端末を設置している情報政策課が、アンケートに答える。
株式会社試験システムズが国保情報集約システムを運用する。
受託者は、国保情報集約システムの保守は行わない。
○図書館システム保守委託における仕様変更について（中央図書館）
受託者は、月に一度、作業報告書を中央図書館に提出する。
"""

#: The holder of the data gives it when no giver is said (市町村ごとの氏名を…集約する).
HOLDER = HEAD + """<p>（1）国保資格情報の連携について（保険年金課）</p>
集約システムには、市町村ごとの氏名を都道府県単位に集約する機能がある。
"""

#: A short name used in the sentence that defines it, by the body's staff
#: (…センター（以下「包括」と表記）へ…し、包括職員が…システムに…打ち込む).
DEFINED_HERE = HEAD + """<p>（1）請求事務について（健康課）</p>
健康課は地域包括支援センター（以下、「包括」と表記）と協議し、包括職員が請求システムに氏名を打ち込む。
"""

# -- a newcomer's findings (tests/extract/test_patterns.py) ------------------------

#: The contractor and the subcontractor are named: 受託者 and 再委託先 stand for them; the
#: approval is asked in a sentence of its own; a denial after a comma is the later
#: verb's; a maintenance title hands no data over; the title's entrustment and
#: maintenance are not proposed again when a sentence states them.
NAMED_CONTRACTORS = HEAD + """<p>【諮問事項】</p>
<p>（1）健診結果通知発送業務委託について（健康課）</p>
健康課は、受診者の氏名及び健康情報を、株式会社試験データに電子媒体で提供する。
株式会社試験データは、封入作業を株式会社試験封筒に再委託する。再委託に当たっては、あらかじめ市の承諾を得る。
受託者は個人番号を閲覧できない。
再委託先には氏名のみを渡し、健康情報は渡さない。
国保情報集約システムは、試験県国民健康保険団体連合会が設置し、運用する。
<p>（2）健康管理システム保守業務委託について（健康課）</p>
健康課は、健康管理システムの保守業務を株式会社試験システムズに委託する。
株式会社試験システムズは、健康管理システムをリモートで保守する。
保守作業の際、受託者は健康情報を閲覧することがあるが、個人番号は閲覧できない。
"""

#: Papers about the work and a law's name carry no one's data: no flow.
PAPERS = HEAD + """<p>（1）図書館システム保守業務委託について（中央図書館）</p>
規程につきましては、受託者より提出を受けたものを添付しております。
市が受託者へ提出する利用申込書に「試験市個人情報保護条例」を守る旨を記す。
受託者は作業報告書を中央図書館に提出する。
"""

#: A second newcomer's findings: 提出させる (the one made to hand in gives), a
#: re-entrustment said by the item's contractor, 本業務では…取り扱わない (the contractor's
#: exclusion), a certificate of erasure (no data), 税務課長 (the division, not 税務),
#: 医師会 for the one 医師会 named, with or without its legal form, a heading that a
#: sentence says again, …が運営するデータセンター (runs the centre, not the system), and
#: …の保守は、…が行う.
SECOND_RUN = HEAD + """<p>（1）納税通知書発送業務委託について（税務課）</p>
税務課長から説明があった。発送業務を株式会社試験印刷に委託する。税務課は、株式会社試験印刷に対象者の氏名を電子媒体で引き渡す。
宛名ラベルの印字作業のみを株式会社試験ラベルに再委託する。再委託にあたっては、市の事前の承認を得る。
本業務では個人番号を取り扱わない。
作業終了後、受託者の端末のデータは消去して消去証明書を提出させる。
<p>（2）健診結果の試験市医師会への提供について（健康課）</p>
健康課は、受診者の健康情報を一般社団法人試験市医師会に提供する。
医師会は、結果報告書を保護者に返送する。
健康管理システムを、株式会社試験クラウドが運営するデータセンターに設置する。
健康管理システムの保守は、株式会社試験システムズが行う。
"""

#: 提供する情報は、A、B及びCである: the item's last flow, with every data the list names.
ELABORATION = HEAD + """<p>（1）健診結果の提供について（健康課）</p>
健康課は、受診者の健康情報を一般社団法人試験市医師会に提供する。
提供する情報は、受診者の氏名、個人番号及び健康情報である。
"""

#: A question names only 個人情報; the answer on the next line names the data.
ASKED_THEN_NAMED = HEAD + """<p>（1）健診結果の提供について（健康課）</p>
委員　健康課は、一般社団法人試験市医師会に個人情報をどのように提供するのか。
健康課長　一般社団法人試験市医師会には、受診者の氏名及び健康情報を提供する。
"""

#: Two and three givers joined (及び, 、): each gives.
JOINED_GIVERS = HEAD + """<p>（1）資格情報の提供について（健康課）</p>
健康課及び市民課は、受診者の氏名及び住所を一般社団法人試験市医師会に提供する。
<p>（2）所得情報の提供について（市民課）</p>
市民課、健康課及び税務課は、住民の氏名を警察へ送付する。
"""

#: Probes of session 8: a fire station among the recipients, the answer to a question
#: saying how the flows go, a maintainer named by 同社 with no system in its sentence, a
#: clause saying the data was received (who received it passes it on), and a use beyond
#: purpose in an item so titled whose sentence does not say 目的外.
PROBES = HEAD + """（1）避難行動要支援者名簿の提供について（福祉総務課）
福祉総務課長　避難行動要支援者名簿に記載された氏名、住所、電話番号及び要介護度を、平常時から自治会、民生委員及び消防署に提供いたします。
委員　名簿は紙で渡すのですか。
福祉総務課長　はい、紙媒体で年1回お渡ししております。
委員　名簿に個人番号は記載されますか。
福祉総務課長　記載されません。
（2）介護保険システムのクラウド化について（介護保険課）
介護保険課長　介護保険システムは、株式会社試験ソフトが提供するクラウドサービスへ移行いたします。保守は同社が行い、同社は保守作業の際に被保険者の氏名や要介護度を閲覧することがあります。
委員　クラウド事業者はデータの中身を見られるのか。
介護保険課長　暗号化しておりますので、クラウド事業者はデータの内容を閲覧できません。
（3）健診結果の受領について（健康課）
健康課長　市内の医療機関から、特定健診の結果を毎月電子媒体で受け取っております。受け取った結果は健康管理システムに取り込み、保健指導に利用いたします。
（4）税情報の目的外利用について（子育て支援課）
子育て支援課長　児童手当の認定のため、税務課が保有する課税情報を子育て支援課が利用いたします。
"""

#: More probes: data handed on by whoever re-entrusted the work, a data name a list
#: taught denied alone later, a bare no to a question of handling (扱う), an exclusion of a
#: company named by 同社, and an inquiry made (照会し) answered by the one asked.
PROBES_RELAYED = HEAD + """（1）ふるさと納税業務の外部委託について（財政課）
財政課長　ふるさと納税の受付及び返礼品の発送業務を、株式会社ふるさとサポートに委託いたします。受託者には、寄附者の氏名、住所、電話番号及び寄附額を提供いたします。
委員　再委託はあるのか。
財政課長　返礼品の配送は、受託者から配送事業者に再委託されます。配送事業者には氏名と住所のみを渡し、寄附額は渡しません。
委員　受託者が個人番号を扱うことはあるか。
財政課長　ございません。
（2）学習用端末の導入について（教育総務課）
教育総務課長　児童生徒に配布する学習用端末では、児童の氏名及び学年を学習支援システムに登録いたします。学習支援システムは株式会社まなびクラウドのクラウド上で運用され、同社は児童の学習履歴を閲覧することはできません。
（3）国民健康保険の資格情報の照会について（保険年金課）
保険年金課長　転入者の前住所地の市区町村に対し、所得情報を照会し、回答を受けております。照会は、中間サーバーを経由して情報提供ネットワークシステムで行います。
"""

#: Data received and handed on by its receiver, a lone 県 as the prefecture with the
#: network an answer gives to the flow it asks about, a counted frequency, and a
#: re-entrustment whose subcontractor is not yet chosen.
PROBES_HANDED_ON = HEAD + """（1）後期高齢者の保健事業の委託について（健康推進課）
健康推進課長　本市は、群馬県後期高齢者医療広域連合から、被保険者の健診結果を受領し、対象者を抽出いたします。
抽出した対象者の氏名、住所及び電話番号を、株式会社ぐんまヘルスケアに提供し、保健指導を委託いたします。
委員　再委託は予定しているか。
健康推進課長　電話による勧奨業務の一部を再委託する予定ですが、再委託先は未定です。
（2）児童扶養手当の情報連携について（子育て支援課）
子育て支援課長　情報提供ネットワークシステムを使用して、他の市町村から受給資格者の所得情報の提供を受けます。
また、本市から県へ、年4回、手当受給者の氏名及び生年月日を送付いたします。
委員　送付は紙で行うのか。
子育て支援課長　ＬＧＷＡＮ経由で電子データにより送付いたします。
"""

#: A denial after a contrasting が、, a company working on its own premises, an inquiry
#: whose から the answering verb took, and an opinion that goes back to item (1) by its
#: number alone.
PROBES_ROSTER = HEAD + """（１）選挙人名簿システムへの住民情報の提供について（選挙管理委員会事務局）
事務局長　市民課が保有する住民基本台帳の情報のうち、氏名及び住所を、選挙管理委員会事務局に提供するものです。
この業務は株式会社みらい情報システムに委託しており、同社のデータセンターで選挙システムを運用しております。
（２）避難行動要支援者名簿の提供について（福祉課）
福祉課長　本人の同意を得た方に限り、避難行動要支援者名簿を民生委員に提供いたします。
名簿には、氏名、住所及び電話番号を記載いたしますが、病名は記載いたしません。
福祉課長　警察署から照会があった場合には、捜査関係事項照会書により対象者の住所を回答しております。
２　答申
（１）について
実施機関が、住民基本台帳の情報を選挙管理委員会事務局に提供することは、妥当である。
"""

#: A town whose name reads as a given name, a provision table whose network is also a
#: system's name, a bare no to whether the handed data hold My Number, and the town hall's
#: own network.
PROBES_TOWN = """令和8年度第4回ひばり町個人情報保護審議会 会議要旨
開催日時：令和8年11月5日（木曜日）
議題1　介護保険給付費通知の作成業務の委託について（介護福祉課）
受託者である一般財団法人ふくしま情報センターには、被保険者番号、氏名及び住所をCD-Rにより引き渡す。
委員：個人番号は含まれるのか。
介護福祉課長：含まれません。
議題2　住民情報の提供について（住民課）
提供先	提供項目	提供方法	頻度
福島県	氏名、生年月日、住所	LGWAN	随時
ひばり町社会福祉協議会	氏名、住所	紙媒体	年2回
住民課長：税務課には、庁内ネットワークにより氏名を提供する。
"""

#: The list of data after the paper it is written on, a generic word spelled out, and
#: papers carried to the contractor's workshop.
PROBES_PAPER = HEAD + """諮問第12号　課税資料の入力業務の委託について（課税課）
課税課長　本件は、課税資料の入力業務を株式会社データエントリー東京に委託するものでございます。
委託先に引き渡す個人情報は、給与支払報告書に記載された氏名、住所及び個人番号でございます。
課税資料は、市の職員が委託先の作業所に搬送し、作業終了後は直ちに回収いたします。
諮問第13号　収納業務の委託について（納税課）
納税課長　株式会社収納サービスに委託いたします。同社に渡す情報は、氏名及び納付額です。
"""

#: Sharing between two teams and with a named body, the data spelled out for both ways,
#: a hand-over (引き継ぐ) to an unnamed vendor, and a company named only for other work.
PROBES_SHARED = HEAD + """（1）こども家庭センターにおける情報共有について（こども家庭課）
こども家庭課長　母子保健担当と児童福祉担当が、支援が必要な家庭の情報を共有いたします。
共有する情報は、児童の氏名及び生年月日です。
また、児童相談所とも、児童の住所を共有いたします。
（2）ふるさと納税の返礼品発送業務の委託について（企画課）
企画課長　寄附者の氏名及び住所を、返礼品の事業者に引き継ぎます。
寄附者のデータは、ポータルサイトを運営する株式会社ふるさとネクストのサーバで管理しております。
"""

#: A system's topic that sends and then receives, J-LIS's certification service, and
#: operation and maintenance said as one compound (運用保守), data kept on the
#: company's cloud.
PROBES_LIBRARY = HEAD + """諮問第20号　マイナンバーカードを活用した図書館利用カードの一体化について（中央図書館）
中央図書館長　認証の際、図書館システムは地方公共団体情報システム機構の公的個人認証
サービスに電子証明書のシリアル番号を送信し、有効性の確認結果を受け取ります。
図書館システムの運用保守は、株式会社ブックシステムズが行っております。
利用者の氏名及び貸出履歴は、同社のクラウドサービス上に保存されます。
"""

#: A change of channel announced for a flow stated just before.
PROBES_CHANGE = HEAD + """諮問第13号　特定健診データの提供について（国保年金課）
国保年金課長　本市は、特定健康診査の受診結果を、東京都国民健康保険団体連合会に毎月送付しております。
今回、システムの更新に伴い、送付方法を電子媒体から専用回線による送信に変更いたします。
委員　送付方法は変わるのか。
"""

#: Flows that wait for an event (照会があった場合, 虐待の可能性がある場合, 求められた際),
#: access limited to some data (閲覧できるのは…のみ), and a denial of everyone but staff.
PROBES_CONDITIONS = HEAD + """（1）児童扶養手当の事務について（子育て支援課）
子育て支援課長　警察署から照会があった場合には、受給者の氏名及び住所を書面により回答しております。
虐待の可能性がある場合は、児童相談所に相談記録を提供いたします。
また、年金事務所から求められた際には、受給者の所得情報を提供します。
受託者が閲覧できるのは氏名及び住所のみであり、所得情報は閲覧できません。
委員　職員は所得情報を見られるのか。
子育て支援課長　担当職員以外は所得情報を閲覧できない設定としております。
"""

#: A move to the government cloud: a company named in hiragana with の inside, a subject
#: of a clause that ends at であり, and a national body denied with も.
PROBES_CLOUD = """# 令和7年度第2回試験市個人情報保護審議会 会議録

開催日時\t令和7年8月20日（水）午後2時
議題１　基幹業務システムの標準化及びガバメントクラウドへの移行について（デジタル推進課）
デジタル推進課長　本市は、令和8年1月に住民記録、税など20業務の基幹業務システムを、ガバメントクラウド上の標準準拠システムに移行いたします。
ガバメントクラウドはデジタル庁が調達したクラウドサービスであり、運用管理は株式会社しゅうのうサービスに委託いたします。
委員　デジタル庁はデータを見られるのか。
デジタル推進課長　デジタル庁も本市のデータを閲覧することはできません。
"""

#: A generative-AI service and an online application: a system named …AIサービス, where
#: the data a relative clause says came from is where it leaves from, and what the next
#: sentence says the data holds.
PROBES_ONLINE = """令和8年度第1回みどり市個人情報保護審議会 会議録
日時：令和8年5月14日（木）午前10時から
議題（1）生成AIを活用した議事録作成業務について（情報政策課）
情報政策課長：本市では、会議の音声データを生成AIサービスに送信し、議事録の案を作成しております。
議題（2）電子申請による児童手当の申請について（こども課）
こども課長：マイナポータルのぴったりサービスから申請された児童手当の申請データは、LGWAN経由で本市の電子申請管理システムに取り込んでおります。
申請データには、申請者の氏名、住所、個人番号、振込先口座が含まれております。
"""

#: A tax notice to employers over eLTAX (its contents said next; the employers are no one's
#: contractors), and care billing entrusted to a prefecture's federation.
PROBES_TAX = """令和7年度第3回あおい市個人情報保護審査会 会議要旨
１　日時　令和7年11月10日（月）午後3時～午後4時30分
（１）個人住民税の特別徴収税額通知の電子化について（市民税課）
・特別徴収義務者である事業者に対し、従業員の特別徴収税額通知を、地方税共同機構が運営するeLTAXを経由して電子データで送付する。
・通知には、従業員の氏名、住所、個人番号及び税額が記載される。
（２）介護保険給付費の審査支払事務について（介護保険課）
・介護サービス事業所からの介護給付費請求の審査及び支払は、千葉県国民健康保険団体連合会に委託している。
・本市は、受給者台帳のデータを毎月、国保連合会に送信している。
"""

#: A school's learning service (a company's product, not a flow from it), a purpose-bound
#: denial, and camera footage given on a written police request.
PROBES_SCHOOL = """<html><body><h1>令和8年度第2回さくら市個人情報保護審議会 会議録</h1>
<p>開催日：令和8年7月3日（金）</p>
<h2>議題1 学習用端末における学習支援サービスの利用について（教育総務課）</h2>
<p>教育総務課長：市立小中学校の児童生徒に配備した学習用端末で、株式会社まなびネットが提供する学習支援サービスを利用しております。</p>
<p>学習支援サービスには、児童生徒の氏名、学年、組、出席番号及び学習履歴が登録されます。</p>
<p>委員：同社が学習履歴を広告に使うことはないのか。</p>
<p>教育総務課長：契約により、学習履歴を目的外に利用することは禁止しております。</p>
<h2>議題2 防犯カメラ映像の提供について（危機管理課）</h2>
<p>危機管理課長：警察から捜査関係事項照会書により要請があった場合に限り、防犯カメラの映像を記録媒体により提供しております。</p>
</body></html>
"""

#: Welfare minutes as a summary: items headed 案件N with two notes (（報告）（障害福祉課）), a
#: maintainer who may see what a question asked about, a fax sent 誤って to another home.
PROBES_WELFARE = """令和8年度 第1回 かえで市個人情報保護審議会 議事要旨
日 時：令和8年6月12日（金）14時00分～15時30分
案件１ 生活保護業務におけるレセプト管理システムの導入について（生活福祉課）
（説明）
生活福祉課から、医療扶助のレセプトデータを社会保険診療報酬支払基金から受領し、レセプト管理システムで点検する旨説明があった。
レセプト管理システムの運用保守は、株式会社ケースワークシステムズに委託する。
同社は、システムの保守作業の一部を株式会社KWサポートに再委託する。再委託先は、被保護者の個人情報を閲覧しない。
（質疑）
委員：レセプトには病名が含まれるのか。
事務局：含まれます。
委員：保守作業でレセプトを見ることはあるのか。
事務局：障害対応の際に、受託者の保守担当者がデータを閲覧する場合がございます。
案件２ 個人情報の漏えいについて（報告）（障害福祉課）
障害福祉課の職員が、障害者手帳の交付決定通知書を、誤って別の利用者の自宅にファクスで送信した。
通知書には、氏名、住所及び障害等級が記載されていた。
"""

#: An old way set against a new one in one sentence (これまでは…郵送しておりましたが、令和9年
#: 4月からは専用回線で送信), the old way's dated end, and a bare denial of what is sent.
PROBES_NEW_WAY = """令和8年度第3回ひかり市個人情報保護審議会 会議録
開催日時　令和8年10月5日（月）午後2時
（1）後期高齢者医療の資格情報の連携方法の変更について（保険年金課）
保険年金課長　これまでは、被保険者の資格情報を紙の帳票で埼玉県後期高齢者医療広域連合に郵送しておりましたが、令和9年4月からは専用回線で送信いたします。
郵送による提供は、令和9年3月末で廃止いたします。
なお、現在も、広域連合からは月に1回、保険料の賦課情報を電子媒体で受領しております。
委員　送信する情報に個人番号は含まれるのか。
保険年金課長　個人番号は含まれません。
（2）住民票の写し等の郵送請求の委託について（市民課）
市民課長　郵送請求の受付及び発送業務を、令和9年1月から株式会社ひかりビジネスに委託する予定です。受託者には、請求者の氏名及び住所を提供いたします。
"""

#: Entrustments written as forms (１　委託先　…, ３　取り扱う個人情報　…, ５　再委託の有無　…),
#: one with its contractor, method, subcontractor and period, one with neither contractor
#: nor re-entrustment; a speaker's line after a form line is a line of its own.
PROBES_FORM = """令和8年度第4回もみじ市個人情報保護審議会 会議録
開催日　令和8年9月15日（火）
諮問第8号　がん検診受診券発送業務の外部委託について（健康づくり課）
１　委託先　株式会社もみじメディカルサービス
２　委託の内容　がん検診受診券の印刷、封入封緘及び発送
３　取り扱う個人情報　対象者の氏名、住所、生年月日、性別、受診券番号
４　個人情報の受渡し方法　暗号化した電子媒体を手渡し
５　再委託の有無　有（再委託先：株式会社もみじ印刷）
６　委託期間　令和8年10月1日から令和9年3月31日まで
健康づくり課長　以上のとおり委託したいと考えております。
委員　再委託先では何を扱うのか。
健康づくり課長　再委託先は印刷のみを行い、氏名と住所のみを取り扱います。
諮問第9号　介護予防教室運営業務の外部委託について（高齢福祉課）
（1）委託先　未定（プロポーザルにより選定）
（2）取り扱う個人情報　参加者の氏名、電話番号、要介護度
（3）再委託の有無　無
"""

#: An electoral roll shown to parties and the press (閲覧させる, a list whose second name
#: a clause describes), and a family register sent to the ministry's system.
PROBES_ROLL = """令和8年度第5回つばき区情報公開・個人情報保護審議会 会議録
日時　令和8年11月20日（金）午後2時30分
議題２　選挙人名簿抄本の閲覧について（選挙管理委員会事務局）
選挙管理委員会事務局長　公職選挙法に基づき、政治活動を目的とする政党及び世論調査を行う報道機関に対し、選挙人名簿抄本を閲覧させております。
閲覧できる事項は、氏名、住所、生年月日及び性別に限られ、写しの交付は行っておりません。
委員　閲覧した者が名簿の内容を書き写すことはできるのか。
選挙管理委員会事務局長　閲覧者は、必要な事項を転記することができますが、転記した情報を目的外に利用することは禁止されております。
議題３　戸籍情報連携システムの利用について（戸籍住民課）
戸籍住民課長　令和6年3月から、法務省の戸籍情報連携システムにより、本籍地以外の区市町村でも戸籍証明書を請求できるようになりました。
本区の戸籍情報は、法務省の戸籍情報連携システムに副本として送信されております。
"""

#: A privacy impact assessment's item: income asked of the previous municipality over the
#: linkage network (a person who moved is no slot), what the intermediate server keeps
#: without linking (no flow of 個人番号), a maintainer who never sees it.
PROBES_PIA = """令和8年度第2回なぎさ市個人情報保護審議会 会議録
開催日時：令和8年8月7日（金）午前10時
議題（1）特定個人情報保護評価書（児童手当に関する事務）の第三者点検について（こども支援課）
こども支援課長：児童手当に関する事務では、申請者及び児童の個人番号を利用しております。
他の市区町村から転入した受給者については、情報提供ネットワークシステムを通じて、転入前の市区町村に所得情報を照会し、取得しております。
また、中間サーバーには、符号と個人番号を紐付けずに保管しております。
児童手当システムの保守は株式会社なぎさソフトが行いますが、保守作業で個人番号を閲覧することはございません。
委員：評価書に記載されたリスク対策は十分か。
こども支援課長：アクセスログを記録し、定期的に点検しております。
"""

#: A town's health work: 広域連合 that the minutes never name (one unnamed body), a
#: network said with を利用して (no verb of use), and a contractor denied 個人番号 that the
#: section names most (not in its entrustment).
PROBES_UNION = """令和8年度第6回あさひ町個人情報保護審議会 会議録
開催日　令和8年12月1日（火）
議題１　後期高齢者医療の保健事業の委託について（町民課）
町民課長　本町は、個人番号を含む被保険者資格情報を、毎月、LGWANを利用して広域連合に送付しております。
広域連合からは、健診結果及びレセプト情報を受け取り、保健師が訪問指導に活用しております。
訪問指導の記録は、受託者である株式会社あさひヘルスケアが作成し、町に報告いたします。
委員　受託者は健診結果を町外に持ち出すことはあるのか。
町民課長　持ち出しは禁止しております。
委員　受託者の社員は個人番号を見ることができるのか。
町民課長　見ることはできません。
"""

#: Care work in a town: a care manager of a group (…事業所のケアマネジャーに), a paper
#: received by mail (郵送で受け取る: 郵送 is how), an association called 同法人.
PROBES_CARE = """令和8年度第2回みなと町個人情報保護審議会 会議要旨
日時　令和8年9月3日（木）午後1時30分から
議題　介護保険事業における情報連携について（健康福祉課）
健康福祉課から、以下の説明があった。
・要介護認定の結果は、本人の同意を得た上で、居宅介護支援事業所のケアマネジャーに提供している。
・主治医意見書は、町内の医療機関から郵送で受け取っている。
・地域包括支援センターの業務は社会福祉法人みなと福祉会に委託しており、同法人は介護予防ケアマネジメントのために、利用者の氏名、住所及び要介護度を閲覧できる。
・同法人は、町の介護保険システムには接続していない。
"""

#: Two incidents reported under 報告事項（N）: a certificate of another person handed to an
#: applicant (誤って交付), and a heading that says 誤送信 (a heading, no flow).
PROBES_INCIDENT = """令和8年度第3回くすのき市個人情報保護審議会 会議録
開催日時　令和8年10月22日（木）午前10時
報告事項（1）住民票の写しの誤交付について（市民課）
市民課長　令和8年9月10日、窓口において、申請者に対し、同姓同名の別人の住民票の写しを誤って交付いたしました。
住民票の写しには、氏名、住所、生年月日及び本籍が記載されておりました。
翌日、申請者から連絡があり、職員が訪問して回収いたしました。
再発防止のため、交付時に生年月日を申請者と読み合わせることといたしました。
報告事項（2）メールの誤送信について（こども家庭課）
こども家庭課長　保育所入所の案内メールを送信する際、宛先をBCCではなくTOに入力したため、保護者42名のメールアドレスが他の受信者に表示されました。
"""

#: A summary's item headed 議題（1）: sharing with the police reported as the centre's
#: explanation (…から、…と…を共有する旨の説明があった: the centre acts), the data's own
#: list commas between the partner and the verb, conditions the council attaches.
PROBES_REPORTED = """令和8年度第4回さざんか市個人情報保護審議会 会議録
開催日時　令和8年11月5日（木）午後2時
議題（1）児童虐待対応における警察との情報共有について（子ども家庭支援センター）
（説明）
子ども家庭支援センターから、児童虐待が疑われる事案について、警察署と児童の氏名、年齢及び虐待の状況を共有する旨の説明があった。
共有は、電話又は対面で行い、記録は残さない。
（質疑）
委員から、共有した情報が警察の捜査に使われることはあるのかとの質問があり、センターから、捜査に使われる可能性は否定できないとの回答があった。
（結果）
審議の結果、次の意見を付して承認された。
・共有する情報は必要最小限とすること。
・警察に個人番号を提供しないこと。
"""

#: A federation's work: a national body it entrusts part of the work to, named short
#: (中央会) in the sentence that says the city sends it nothing directly; an old way set
#: against a new one in a sentence naming no party; a fallback for an outage; a
#: receipt whose data and whose occasion the next sentences give.
PROBES_FEDERATION = """令和8年度第7回ひばり市個人情報保護審議会 会議録
開催日　令和8年11月16日（月）
議題１　国民健康保険の資格情報の提供について（保険年金課）
保険年金課長　保険年金課は、毎月、被保険者の資格の得喪に関する情報を、LGWANを経由して愛知県国民健康保険団体連合会に送信いたします。
保険年金課長　これまでは光ディスクを郵送しておりましたが、令和9年4月からはLGWANによる送信に切り替えます。
保険年金課長　連合会は、審査支払業務の一部を国民健康保険中央会に委託しておりますが、本市から中央会に直接データを送ることはいたしません。
保険年金課長　LGWANが使用できない場合には、職員が暗号化した記録媒体を連合会に持参いたします。
委員　連合会には個人番号を渡さないということですね。
保険年金課長　はい、個人番号は渡しません。
議題２　本人確認情報の取得について（保険年金課）
保険年金課長　保険年金課は、地方公共団体情報システム機構から、住民基本台帳ネットワークシステムを通じて本人確認情報を取得いたします。
保険年金課長　取得する情報は、氏名、住所、生年月日、性別及び個人番号でございます。
保険年金課長　取得は、被保険者から届出があった都度、担当の職員が専用の端末から行います。
"""

#: A child-support system moving to a company's cloud: its place named with where it is
#: (同社の国内のデータセンター), 本システム after another system was named, two parties
#: denied together, a medium denied beside the paper given, an exchange whose way changes.
PROBES_SUPPORT = """令和8年度第4回かもめ市個人情報保護審議会 会議録
開催日　令和8年10月5日（月）
議題１　家庭児童相談システムのクラウド化について（子育て支援課）
子育て支援課長　令和9年1月から、家庭児童相談システムを、株式会社うみかぜクラウドが提供するクラウドサービスに移行いたします。
子育て支援課長　家庭児童相談システムのデータは、株式会社うみかぜクラウドの国内のデータセンターに保管いたします。
子育て支援課長　システムの運用保守は、株式会社うみかぜクラウドに委託いたします。
子育て支援課長　子育て支援課は、相談記録を児童相談所に提供し、児童相談所からは援助方針の連絡を受けております。
子育て支援課長　児童相談所とのやり取りは、これまでファクスで行ってまいりましたが、令和9年4月からは国が整備する児童相談所関連情報共有システムを通じて行います。
子育て支援課長　本システムでは個人番号は取り扱いません。
子育て支援課長　小学校及び幼稚園は、家庭児童相談システムを閲覧することはできません。
子育て支援課長　帳票の封入は株式会社かもめ封入に再委託いたしますが、再委託先には、印刷した帳票のみを渡し、電子データは渡しません。
"""

#: Speakers' labels on lines of their own (（田中委員）, 福祉課長：), items opened by
#: 【議題１】, a terse question (…は。), a body named for its place (南浜警察署: 南浜
#: reads as a surname), 当センター, an e-mail that is encrypted, a leak whose data the
#: answer gives, an entrustment put forward (委託しようとする) and a re-entrustment under it.
PROBES_LABELS = """令和8年度第3回しおさい市個人情報保護審議会 会議録
開催日時　令和8年8月20日（木）午後2時
議題１　こども家庭センターと児童相談所との情報共有について（諮問）
議題２　通知書の誤送付について（報告）
議題３　住民税の当初課税業務の外部委託について（諮問）

【議題１】
こども家庭センター所長：
　支援が必要な事案については、当センターから南浜児童相談所へ、暗号化メールにより相談記録を送付する。
　南浜児童相談所からは、援助方針が当センターに書面で送られる。
　南浜警察署から照会があった場合には、児童の氏名を文書で回答する。
【議題２】
市民税課長：
　令和8年7月1日、市民税課において、税額決定通知書1通を、誤って別の世帯に郵送した。
委員Ａ：
　誤送付した情報の内容は。
市民税課長：
　納税義務者の氏名、住所及び税額である。
【議題３】
（市民税課長）
　本件は、住民税の当初課税に係るデータ入力業務を、株式会社しおさいデータに委託しようとするものである。
　委託先は、入力結果の検査を株式会社はまかぜ検査に再委託する。
（田中委員）
　委託先が取り扱う情報の範囲を教えていただきたい。
（市民税課長）
　氏名、住所及び給与支払報告書の記載事項である。
"""

#: A summary with sections headed 「…」 under their number: a leak by a printer (what the
#: letter held, and what it did not), a use beyond purpose asked for (したい) that gives
#: only part of a category, an answer reported (…指示したとの回答があった), a link to
#: the national eligibility system (確認 inside its name is no verb), data given on
#: inquiry through the national network (受給者情報, then 提供する特定個人情報は、…),
#: and a contractor changing (委託しているが、…委託先を…に変更する予定).
PROBES_SUMMARY = """つつじ野市個人情報保護審議会 会議概要
開催日：令和8年2月9日（月）
2 報告事項「課税通知書の誤送付について」
　市民税課長から、令和8年1月、課税通知書の印刷を委託している株式会社つつじ野プリントにおいて、3名分の課税通知書が別人に送付されたとの報告があった。
　誤送付された通知書には、氏名、住所及び税額が記載されていたが、個人番号は記載されていなかったとの説明があった。
　委員から再発防止策について質問があり、市民税課長から、同社に対し封入前の確認を徹底するよう指示したとの回答があった。
3 諮問事項「就学援助の審査における課税情報の目的外利用について」
　学務課長から、就学援助の所得審査のため、市民税課が保有する課税情報（所得額）を学務課が利用したいとの説明があった。
　市民税課から学務課へは所得額のみを提供し、税額は提供しないとの説明があった。
　審議の結果、適当であるとの答申を行うこととなった。
4 諮問事項「国民健康保険の資格情報のオンライン結合について」
　保険年金課長から、令和8年7月から、国民健康保険の資格情報を、オンライン資格確認等システムへ日次で登録するとの説明があった。
　また、令和8年10月から、子ども医療費助成の受給者情報を、情報提供ネットワークシステムを通じて他の地方公共団体へ照会に応じて提供する。
　提供する特定個人情報は、受給者の個人番号及び氏名である。
　なお、国民健康保険システムの運用は株式会社つつじ野電算に委託しているが、令和9年4月から委託先を株式会社はなみずき情報に変更する予定であるとの説明があった。
　審議の結果、適当であるとの答申を行うこととなった。
"""

#: A head whose fields open with a label and a wide space (a long line does not wrap
#: into the next field: 委員 + 事務局 is no department), labels in 【】 on lines of their
#: own, a maintainer named in the answer to a question that names the system.
PROBES_BRACKETS = """令和8年度第1回ほたる町個人情報保護審議会 会議録
日時　令和8年6月2日（火）午前10時から午前11時30分まで
出席委員　青山会長、石田副会長、上野委員、江川委員、小野委員
事務局　総務課長、総務課法規係長
（１）児童の見守りに関する情報共有について（諮問）
【事務局（子育て支援課）】
　学校教育課が保有する児童の出欠状況を、子育て支援課へ毎週提供することとしたい。
　提供する情報は、児童の氏名及び学年でございまして、専用回線を用いて送信いたします。
【委員】
　見守り支援システムの保守はどこが行うのか。
【事務局（子育て支援課）】
　株式会社ほたるシステムズが保守を行う。
【委員】
　所得の情報はどこから得るのか。
【事務局（子育て支援課）】
　税務課から課税情報を毎年6月に受け取っている。
"""

#: Another government's office that entrusts (県の…事務所; 同事務所は…に委託する), data
#: described (…に保存されたデータを閲覧できない; 渡される情報は、…が整理する), a place named
#: with a numeral (千早県), the card as a topic of guidance, an inquiry under a law, and a
#: service that starts after the meeting.
PROBES_OTHERS = """令和8年度第2回ゆりが丘町個人情報保護審議会 会議録
開催日　令和8年9月1日（火）
議題１　生活困窮者の就労支援について（福祉課）
福祉課長　就労支援の事務は、県の西部福祉事務所が所管している。同事務所は、就労支援業務を一般社団法人ひまわり就労支援センターに委託する予定である。
福祉課長　町は、福祉事務所から照会があった場合に、世帯の情報を回答するだけであり、委託先に渡される情報は、福祉事務所が取りまとめる。
福祉課長　同センターは、町の福祉システムに保存されたデータを閲覧することはできない。
議題２　後期高齢者医療の情報提供について（保険課）
保険課長　本町は、千早県後期高齢者医療広域連合に、被保険者の氏名及び住所を提供している。
保険課長　この提供は広域連合電算処理システムを介して行う。
保険課長　窓口ではマイナンバーカードの申請方法を案内することはあるが、個人番号を入力させることはしない。
議題３　学習支援サービスの利用について（学校教育課）
学校教育課長　株式会社ユリラーニングが提供する学習支援サービスを令和9年4月から利用する。
学校教育課長　学習記録は同社のサーバーに保存される。
議題４　防犯カメラ映像の提供について（防災課）
防災課長　ゆりが丘警察署から刑事訴訟法第197条第2項に基づく照会があった場合に限り、映像を記録媒体に複写して提供する。
"""

#: A list of data written as a sentence of its own after 次のとおり, on the line of a
#: service that starts later; a ban on re-entrustment said with することは認めない; one
#: decision for both items (両件とも).
PROBES_LISTED = """令和8年度第3回かえで市個人情報保護審議会 会議録
開催日　令和8年7月7日（火）
議題１　学習支援サービスの利用について（学校教育課）
学校教育課長　株式会社かえでスタディが提供する学習支援サービスを令和9年4月から利用する。同社に提供する情報は次のとおりである。児童の氏名、生年月日及び学習記録。
学校教育課長　同社が他社に再委託することは認めない。
議題２　図書館システムの保守委託について（図書館）
図書館長　図書館システムの保守は株式会社かえで電算に委託しており、利用者の氏名及び貸出記録を取り扱う。
広報課長　市の公式アプリに、住民の問合せに答えるAIチャットボットを導入する。運用は株式会社かえでAIに委託する。
会長　それでは、両件とも了承とする。
"""

#: Answers in a transcript: a denial of the federation said short where the minutes
#: name no prefecture (連合会には提供いたしません), and a question whose answer opens with
#: いいえ after the speaker's mark.
PROBES_ANSWERS = """令和8年度第5回きりさめ市個人情報保護審議会 会議録
開催日　令和8年10月20日（火）
議題1　国民健康保険の資格情報の提供について（保険年金課）
○保険年金課長　被保険者の氏名及び住所を、毎月、県の国民健康保険団体連合会に提供しております。
○保険年金課長　個人番号は、中間サーバーを経由して国民健康保険中央会に提供されます。一方、所得の情報は連合会には提供いたしません。
議題2　認定調査の委託について（介護保険課）
○介護保険課長　認定調査を株式会社きりさめケアに委託し、委託先には申請者の氏名及び住所をお渡しいたします。
○戸田委員　主治医意見書も委託先に渡すのですか。
○介護保険課長　いいえ、主治医意見書は委託先には渡しません。
"""

#: A summary whose items are headed 【案件1】…について（課）, with bullets: the section's
#: contractor is the company it names, and printed papers handed on with the data kept
#: back (…のみを渡し、データは渡さない) deny no data the papers carry.
PROBES_CASES = """あおぞら市個人情報保護審議会（令和8年度第2回）会議要旨
■日時　令和8年7月14日（火）
【案件1】固定資産税の納税通知書の印刷業務の委託について（資産税課）
・納税通知書の印刷及び発送を、令和9年度から株式会社あおぞら印刷に委託する。
・委託先に渡す項目：納税義務者の氏名、住所及び税額。
・委託先は封入作業を株式会社そらいろ封入に再委託する。再委託先には印刷物のみを渡し、データは渡さない。
【案件2】選挙人名簿抄本の閲覧について（選挙管理委員会事務局）
・候補者が選挙人名簿抄本を閲覧できる。
"""

#: What is not so: nothing planned, statistics only, a leak supposed, another city's
#: incident, a member's opinion, anonymised data; then one real denial.
PROBES_NOT_SO = HEAD + """（1）健康増進計画の評価について（健康づくり課）
健康づくり課長　現時点では、外部への提供は予定しておりません。
個人情報を含まない統計データのみを県に報告いたします。
仮に漏えいした場合には、速やかに本人に通知いたします。
他市では委託先から情報が流出した事例がありました。
委員から、受託者に個人番号を渡すべきではないとの意見があった。
匿名加工した情報を大学に提供いたします。
受託者に個人番号を渡すことはございません。
"""

#: A third newcomer's findings: 担当係長 is a title; …に決定しております names the
#: contractor; denials with no party in an entrustment item are the contractor's; データは
#: 持ち出さない is no exclusion; 受託者の事業所に is the contractor.
THIRD_RUN = HEAD + """<p>（1）健診受付業務委託について（健康課）</p>
健康課担当係長から説明があった。受託者は株式会社試験コールに決定しております。
健康課は、株式会社試験コールに受診者の氏名を提供する。
健康情報は渡しません。
個人番号は使用いたしません。
受託者が庁舎内で入力作業を行い、データは持ち出さない。
健康課は、受託者の事業所に受診者の氏名を送付する。
"""

#: 同社 for the company named last; a product provided (…が提供するクラウドサービス「…」),
#: with the sentence wrapped before its bracket.
PRODUCT = HEAD + """<p>（1）保育申請の管理について（健康課）</p>
健康課は、申請書の整理に時間を要しているため、株式会社試験クラウドが提供するクラウドサービス
「試験申請アプリ」を利用して、申請の受付を行う。
受付業務を株式会社試験受付に委託しており、同社に申請者の氏名を提供している。
"""

#: A department's staff denied a view (保育課の職員は…閲覧できない) is an exclusion; asked
#: whether they can see it, nothing; 確認ができていない is no denial of access.
DEPARTMENT_DENIED = HEAD + """<p>（1）保育料算定のための課税情報の目的外利用について（健康課）</p>
委員から、健康課の職員は、対象者以外の氏名を見ることができるのかと質問があった。
健康課の職員は、対象者以外の氏名を閲覧できない。
受託者に確認ができていないので、次回報告する。
"""

#: Data a relative clause received and the main verb passes on; a frequency stated in the
#: sentence after the flow (a session-4 newcomer's forms).
PASSED_ON = HEAD + """（1）健診結果の入力業務委託（健康課）
健康課は、医療機関から受け取った健診結果を受託者に渡す。
健康課は、受診者の氏名を試験県国民健康保険団体連合会に送付する。
送付は毎月行う。
"""

#: J-LIS provides onward on request; a short form naming no party gives nothing.
ONWARD = HEAD + """（1）住民基本台帳ネットワークシステムについて（市民課）
市民課は、本人確認情報を地方公共団体情報システム機構（以下「機構」という。）に送信する。
機構は、国の行政機関からの照会に応じて本人確認情報を提供する。
（2）予防接種記録の提供について（健康課）
協会は、行政機関からの照会があった場合に接種記録を提供する。
"""

#: Schools and nurseries named only by their common noun; the board of education.
SCHOOLS = HEAD + """（1）学校健診データの入力業務委託（学務課）
教育委員会は、学校から受け取った健診結果を受託者に渡す。
市民課は、入所児童の氏名を保育施設に提供する。
"""

#: The contractor declared (委託先は…とする), then 同社 all along; a re-entrustment to no
#: one named; the item numbered after its title; the entrustment said three times.
DECLARED = HEAD + """議題
1．健診通知発送業務の外部委託について（諮問第31号）
2．保健事業の試験県国民健康保険団体連合会への委託について（諮問第32号）

1．健診通知発送業務の外部委託について（諮問第31号）
委託先は株式会社試験メールとする。
健康課は、受診者の氏名及び住所を同社に提供する。
同社は、封入作業の一部を再委託する。
個人番号は利用しない。
2．保健事業の試験県国民健康保険団体連合会への委託について（諮問第32号）
市は、保健指導の対象者の抽出を試験県国民健康保険団体連合会に委託している。
連合会は、分析業務の一部を株式会社試験ヘルスに再委託する。
"""

#: A fourth newcomer's forms (仙台, 浜松, 高松): a listing of two items in one sentence,
#: a bracketed number heading, a centre another body runs, data left out or excepted,
#: an inquiry's topic, a report that identifies no one, data no category names.
FOURTH = HEAD + """議　事
　諮問第9号　証明書のコンビニ交付について（市民課）
　諮問第10号　年金事務における情報提供について（保険年金課）

【諮問第9号】
　サービスは、地方公共団体情報システム機構が運営する証明書交付センターを経由して提供される。
　市民課は、住民票の画像データを証明書交付センターに送信する。
　地方公共団体情報システム機構は、法律に定める国の機関等からの照会に応じて、本人確認情報を提供する。
【諮問第10号】
　日本年金機構から、申請者の所得情報について照会を受けている。
　日本年金機構は、住民の税情報のうち、所得情報以外の項目は閲覧できない。
　受託者は判定結果を取り扱わない。
　試験県国民健康保険団体連合会は、健診結果及びレセプトを、氏名等を削除した上で、株式会社試験分析に提供する。
　同社は、分析した結果を保険年金課に報告するが、報告には個人を特定できる情報を含めない。
　市は、国保データベースから対象者の一覧を受け取る。
"""

#: A causative return to the city; a contractor acquiring data from no one named.
RETURNED = HEAD + """（1）講座運営業務委託（市民課）
受託者が取得する個人情報は、講座の運営にのみ用いる。
受託者が受講者と面談した内容は個人情報として扱い、紙媒体の個人情報は市に返還させ、電子データは消去させる。
"""

#: The department, then the city, sending the same data to the same body.
TWICE = HEAD + """（1）住民基本台帳ネットワークシステムについて（市民課）
市民課は、住民の氏名を専用回線で試験県国民健康保険団体連合会に送信する。
市は、変更のあった氏名を試験県国民健康保険団体連合会に送る。
"""

#: 問／答 minutes (a fifth newcomer's 岡山市): a question the answer denies, a denial
#: that answers a question, a partial denial, a system denied, a person's information seen.
QA = HEAD + """（1）支給決定情報の提供について（障害福祉課）
障害福祉課は、支給決定情報を試験県国民健康保険団体連合会に提供している。
問：国保連合会に提供する情報の中に個人番号は含まれるか。
答：個人番号は提供しない。受給者証番号で対象者を特定している。
問：国保連合会から市に戻ってくる情報はあるか。
答：国保連合会から審査結果のデータが毎月市に返ってくる。
問：相談支援事業所は障害福祉課のシステムを直接操作できるのか。
答：相談支援事業所は市の障害福祉システムを閲覧できない。
問：システムの保守は誰が行うのか。
答：障害福祉システムの保守は株式会社試験システムズに委託しており、保守作業の際、同社の作業員が受給者の情報を閲覧することがある。
問：受託者は住民票を見られるのか。
答：受託者の端末では、住民票の全項目は閲覧できない。
"""

#: Recipients in a list whose last name is not known (a fifth newcomer's 盛岡市).
LISTED = HEAD + """（1）放課後児童クラブの利用者情報の提供について（こども課）
こども課は、児童の氏名を、一般社団法人試験市社会福祉協議会、特定非営利活動法人試験学童連絡会及び各クラブの運営委員会に提供する。
"""

#: A town's minutes (a fifth newcomer's 鷹栖町): a 広域連合 and a 一部事務組合 by their
#: short forms, 知らせる, 届く, a list of what is sent with its frequency and line next,
#: data entered then sent, a surname ending in 村, item outcomes said as 了承とする.
TOWN = """令和4年度第2回試験町個人情報保護審議会 会議録

日時　令和4年8月25日（木）
出席委員　5名（川村会長、松田委員）

1　後期高齢者医療の資格情報の提供について（町民課）
　受け付けた届出の内容は、町の端末から、試験県後期高齢者医療広域連合に送っている。
　送っている情報は、被保険者の氏名、住所及び被保険者番号である。
　送るのは毎日で、回線は総合行政ネットワークを使っている。
　広域連合からは、保険料の賦課の結果が月に1回町に届く。
　個人番号は、町の端末で入力し、広域連合に送っている。
　会長　この件は了承とする。
2　ごみ処理手数料の減免の情報提供について（保健福祉課）
　ごみ処理は、一部事務組合である試験清掃組合が行っている。
　減免を受ける世帯の住所と世帯主の氏名を、保健福祉課から試験清掃組合に年2回、紙で知らせる。
　組合はごみ収集を民間の収集業者に委託しているが、収集業者には減免の情報は渡していない。
　会長　この件は了承とする。
"""

#: A fifth newcomer's 盛岡市: items listed, then called by number; a body named again
#: without its city; data received from its holder; a correction later in the item.
CORRECTED = HEAD + """4　議題
　(1)　放課後児童クラブ利用調整システムの導入について（諮問）
　(2)　介護保険の要介護認定情報の提供について（諮問）
○会長
　それでは議題(1)について、説明をお願いする。
○こども課長
　利用の決定後、市は、児童の氏名を試験市社会福祉協議会に提供する。
○会長
　続いて議題(2)について、説明をお願いする。
○介護保険課長
　認定調査の一部は、試験市社会福祉協議会に委託して行っており、社会福祉協議会は調査結果を市に紙で提出する。
　居宅介護支援事業所は、利用者の認定情報を受け取る。
○委員
　国保連合会に提供する情報に個人番号は含まれるか。
○介護保険課長
　試験県国民健康保険団体連合会には、被保険者番号、氏名及び個人番号を提供する。
○介護保険課長
　先ほどの説明を訂正する。国保連合会に提供する情報に、個人番号は含まれない。
"""

#: A PDF's text wrapped mid-sentence (a fifth newcomer's 那覇市): a list that goes on
#: the next line, the network said in a sentence of its own, a giver before a relative
#: clause with another verb, a denied flow whose receiver is excluded.
WRAPPED = HEAD + """（1）資格情報の提供について（国民健康保険課）
説明者（国民健康保険課）　被保険者の資格情報を、国保総合PCから試験県国民健康保険団体連合会の国保
情報集約システムに毎日提供する。提供する項目は、被保険者の氏名
、生年月日、被保険者証の記号番号、個人番号である。通信はLGWANを使って行う。国保情報集約システムから
、オンライン資格確認等システムを運営する社会保険診療報酬支払基金に資格情報が提供される。
支払基金では、個人番号は被保険者番号とひも付けた後、医療機関には提供されない。
"""

#: A provision table (別表) in four forms: spaced plain text, Markdown, drawn with box
#: characters, and an HTML table.
TABLE_ROWS = [("試験県国民健康保険団体連合会", "支給決定情報、氏名", "オンライン（専用回線）", "毎月"),
              ("相談支援事業所", "氏名、住所", "紙（郵送）", "随時"),
              ("試験県", "支給決定件数（統計）", "電子メール", "年1回")]
_TITLE = HEAD + "（1）支給決定情報の提供について（障害福祉課）\n提供先、提供項目、提供方法及び頻度は別表のとおりである。\n\n"
TABLE_PLAIN = _TITLE + "提供先　　　　提供項目　　　提供方法　　　頻度\n" + "".join(
    "　".join(row) + "\n" for row in TABLE_ROWS)
TABLE_MARKDOWN = _TITLE + "| 提供先 | 提供項目 | 提供方法 | 頻度 |\n|---|---|---|---|\n" + "".join(
    "| " + " | ".join(row) + " |\n" for row in TABLE_ROWS)
TABLE_BOXED = _TITLE + "　┌────┬────┬────┬──┐\n　│提供先　│提供項目│提供方法│頻度│\n" + "".join(
    "　├────┼────┼────┼──┤\n　│" + "│".join(row) + "│\n" for row in TABLE_ROWS) + "　└────┴────┴────┴──┘\n"
TABLE_HTML = ("<html><body><h1>令和3年度第1回試験市個人情報保護審議会 会議録</h1><p>開催日時\t令和3年6月1日</p>"
              "<p>（1）支給決定情報の提供について（障害福祉課）</p><p>別表のとおり提供する。</p><table>"
              "<tr><th>提供先</th><th>提供項目</th><th>提供方法</th><th>頻度</th></tr>" + "".join(
                  "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE_ROWS)
              + "</table></body></html>")

#: A re-entrustment the minutes forbid.
FORBIDDEN = HEAD + """（1）通知書作成業務委託（税務課）
税務課は、住民の氏名を株式会社試験印刷に委託する。
受託者は、業務の全部又は一部を再委託してはならない。
"""

#: A hand-over limited to a case (本人の同意を得た方に限り): the flow's condition.
CONDITIONAL = HEAD + """（1）健診結果の提供（健康課）
健康課は、本人の同意を得た方に限り、住民の氏名を株式会社試験印刷に提供する。
"""

#: A federation the minutes name without its prefecture, then by its short forms; a
#: My Number answer after a question; a way that runs now and changes later; a system
#: the federation's staff cannot see; a re-entrustment the city may approve.
PROBES_RETURNS = """令和8年度第1回さくら野市個人情報保護審議会　会議録
日時　令和8年9月3日（木）午後2時から
議題1　国民健康保険の資格情報の提供について
○保険年金課長　被保険者の氏名及び住所を、毎月、県の国民健康保険団体連合会に提供しております。なお、国保連合会はこれを国民健康保険中央会に送付しております。
○委員　個人番号も一緒に送られますか。
○保険年金課長　個人番号は中間サーバーを経由して国保中央会に提供されます。
○委員　連合会の職員が市のシステムを見ることはありますか。
○保険年金課長　いいえ、連合会の職員は市の国保システムは閲覧できない仕組みです。
○保険年金課長　連合会からは、レセプトの情報を毎月、市に送っていただいております。今後はLGWAN経由となります。
議題2　介護認定調査の委託について
○介護保険課長　認定調査を株式会社さくら調査に委託する予定です。委託先からの再委託は原則認めませんが、市が書面で承認した場合に限り、居宅介護支援事業所への再委託を認めます。
"""

#: A written opinion (答申): numbered sections, a conclusion that points back to the
#: matter, a prefecture the registry does not know (its federation then by short form),
#: a maintainer's staff kept out, an exception to a denial, a report of a question, a
#: number kept where it was, and recommendations under 附帯意見.
PROBES_OPINION = """はなみ野市個審第3号
令和8年10月5日
はなみ野市長　様
はなみ野市個人情報保護審議会
国民健康保険事務等における個人情報の取扱いについて（答申）
令和8年9月1日付けで諮問のあった件について、令和8年9月28日に開催した本審議会において審議した結果、次のとおり答申する。
1.　審議会の結論
諮問のあった保有個人情報の外部提供については、適当と認める。
2.　国民健康保険の資格情報の提供について
市は、被保険者の氏名及び住所を、毎月、LGWANを経由して若葉県国民健康保険団体連合会に提供する。国保連合会は、結果を市に送付する。
委員から、個人番号を用いるのかとの質問があり、保険年金課から、本件では個人番号は用いないとの回答があった。
3.　図書館システムの保守について
図書館システムの保守は株式会社しおりサポートが行う。保守担当者は利用者の貸出履歴を閲覧できない。
株式会社しおりサポートの職員は、障害対応の場合を除き、個人データにはアクセスしない。
個人番号は引き続き庁内の住民記録システムのみで管理する。
個人番号を用いた情報連携は、従来どおり庁内の別のシステムで行う。
個人番号の提供　　なし
4.　学力調査について
県は採点業務を株式会社わかば採点に委託している。
5.　附帯意見
（1）国保連合会に対し、委託先である株式会社しおりサポートの監査結果を毎年市へ報告するよう求めること。
（2）個人番号を含むデータを庁外へ持ち出さないこと。
以上
"""

#: One item named by 議題 with no number; a system moved onto a company's cloud, and
#: the data said in the answer to a question of what goes on the cloud.
PROBES_ONTO_CLOUD = """もみじ台市個人情報保護審議会　会議録
開催日時　令和8年5月12日（火）午後2時から
議題　障害福祉システムのクラウド移行について（諮問）
障害福祉課長　障害福祉システムを、令和9年1月から株式会社こがねクラウドが提供するクラウドサービスへ移行いたします。
委員　クラウドに載せるのはどのような情報ですか。
障害福祉課長　利用者の氏名、住所及び障害等級でございます。
"""

#: A summary in bullets: data handed over, then said again as 手渡し with when and how;
#: a denial of one category whole and of the others' part of another; 渡らない.
PROBES_BULLETS = """かえで市個人情報保護審議会（令和8年度第1回）会議要旨
■日時　令和8年6月9日（火）
【案件1】固定資産税の通知書の印刷の委託について（資産税課）
・通知書の印刷を、令和9年度から株式会社かえで印刷に委託する。
・委託先に渡す項目：納税義務者の氏名、住所及び税額。
・データは資産税課から年1回、暗号化した電子媒体で手渡しする。
・滞納情報や他の税目の課税情報は委託先には提供しない。
・個人番号は通知書に記載しないため、委託先には渡らない。
"""

#: A company whose kana name holds a particle (ゆりがおか), then 委託先.
PROBES_KANA = """ゆりが丘町個人情報保護審議会　会議録
開催日時　令和8年5月1日
（1）学習支援の委託について（教育課）
教育課は、学習支援業務を株式会社ゆりがおかラーニングに委託する。委託先には児童の氏名を提供する。
"""

#: Two hand-overs to one body said one after another (the second opens with また、),
#: a way written 経由 straight after a system, and a department in charge (担当課) that
#: the speaker's own department names.
PROBES_ANOTHER = """つばき町個人情報保護審議会　会議録
開催日時　令和8年7月7日
議題1　住民税の情報連携について（税務課）
税務課長　本町からは、特別徴収税額の通知をeLTAX経由で日本年金機構に送付している。
税務課長　また、日本年金機構からの照会に応じて、住民税の課税情報を提供している。
議題2　問い合わせ窓口について（広報課）
広報課長　答えられない質問は、利用者が同意した場合に限り、担当課の職員に転送する。
"""

#: An item the council is asked to approve (what it proposes is not done yet, what runs is
#: said so) and a report (what it says is so).
PROBES_ASKED = """令和8年度第2回かしわ市個人情報保護審議会　会議録
開催日時　令和8年8月4日
【諮問事項】
（1）健診結果の提供について（健康課）
健康課は、受診者の健診結果を株式会社かしわ分析に提供する。
健康課は、受診者の氏名を株式会社かしわ健診に提供しております。
健康課は、現行システムの受診者の健診結果を一回限り株式会社かしわ移行に引き渡す。
【報告事項】
（2）統計の作成について（企画課）
企画課は、住民の年齢を株式会社かしわ統計に提供する。
"""

#: A summary that reports a question and its answer in one sentence, and a prefecture the
#: registry does not know, named once before a particle.
PROBES_ASKED_AND_ANSWERED = """令和8年度第1回しらと市個人情報保護審査会　会議概要
開催日時：令和8年8月6日（木）
案件1　健診データ分析の委託について（諮問）
健康課から、健診結果の分析業務を株式会社しらとデータに委託することについて諮問があった。
委員から、個人番号を委託先に渡すのかとの質問があり、健康課長から、個人番号は一切提供しないとの回答があった。
委員から、瑞穂県への報告に個人情報が含まれるかとの質問があり、健康課長から、県へは集計値のみを提供し、氏名は含めないとの説明があった。
"""

#: Sharing with a body named right before the verb, and a correction that says what is not
#: so, then what is (…毎月提供しているのではなく、…求めがあった場合にのみ提供しております).
PROBES_CORRECTED = """令和8年度第3回ひばり町個人情報保護審議会　会議録
開催日　令和8年10月14日
議題　児童虐待情報の共有について（報告）
○こども家庭課長　児童の氏名及び生年月日を、共有システムで県の西部児童相談所と共有しております。
○こども家庭課長　民生委員には閲覧権限を付与しておりません。
○委員　保健センターの健診データはどうですか。
○こども家庭課長　健診の結果は、保健センターから児童相談所へ毎月提供しております。
○こども家庭課長　先ほどの答弁を訂正します。健診の結果は、児童相談所へ毎月提供しているのではなく、児童相談所から求めがあった場合にのみ提供しております。
"""

#: A listing whose heading (6. 審議事項) has its title on the next line, an item the
#: council is asked about, and a system kept off the internet.
PROBES_NUMBERED_LISTING = """第2回やまぶき市情報公開・個人情報保護運営審議会
開催日時 令和8年1月27日(火曜日)午後1時30分から
議題
  5. 開会
  6. 審議事項
    特定個人情報保護評価書の第三者点検について
会議録
国民健康保険課長　市は、被保険者の資格情報を県の国民健康保険団体連合会に送る。
国民健康保険課長　税情報や住民基本台帳システムは物理的にインターネットとの接続はない。
"""

#: An answer that names a paper as all that goes, then in its second sentence denies the
#: subcontractor's staff the data the question named; a department written after a lone 市.
PROBES_ENVELOPES = """あかね市個人情報保護審議会　会議録
日時　令和6年11月12日（火）
議題　（1）納税通知書の封入封緘業務の再委託について（報告）
○税務課長　封入作業は、株式会社あかね印刷から有限会社あかねメールに再委託されております。
○委員（木村）　あかねメールには、税額や所得の情報も渡るのでしょうか。
○税務課長　あかねメールに渡すのは印刷済みの封書のみでございまして、課税データそのものは渡しておりません。作業員は所得や税額の内容を閲覧することはできません。
○税務課長　市保険年金課は、被保険者の氏名を株式会社あかね印刷に提供しております。
"""

#: A written opinion whose reasons open with their topic (（2）…については、), a flow
#: asked about beside the one that runs now, and 附帯意見 headed with a space, not a dot.
PROBES_REASONS = """かもめ市個人情報保護審査会答申第4号
令和7年5月20日
国民健康保険に係る個人情報の提供について（答申）
令和7年4月8日付けで諮問のあった事項について、次のとおり答申する。
1　審査会の結論
　かもめ市が、被保険者の資格情報及び健診の結果情報を国保連合会に提供することは、適当である。
2　諮問の内容
（1）市は現在、被保険者の資格情報を、毎月、国保連合会に提供している。
3　審査会の判断
（2）健診の結果については、国保連合会に提供する範囲を分析に必要な項目に限るとされている。
（3）広域連合の標準システムについて、保険年金課以外の職員には閲覧権限がないことを確認した。
4　附帯意見
（1）中間サーバーの利用状況について、年1回本審査会に報告すること。
5　審議の経過
"""

#: A long head line with no full stop right before 【案件1】, and a provision table in an
#: item the council is asked to approve.
PROBES_MIXED = """みなみ浦町個人情報保護審議会　会議録（要点筆記）
開催日時：令和7年7月3日　午後1時30分～午後3時
出席委員：5名　事務局：総務課　説明員：教育委員会学校教育課、子育て支援課、健康づくり課、福祉課
【案件1】要保護児童に関する情報の児童相談所への提供について（諮問）
■事務局説明（学校教育課長）
　別表　提供する情報
　　区分　　　　　　項目　　　　　　　　　　　　　提供先　　　　　頻度
　　家庭状況　　　　保護者の氏名及び住所　　　　　中央児童相談所　随時
"""

#: Recommendations under 第４　附帯意見 numbered １　２　(the points, not the next heading).
PROBES_RANKS = """とうよう市個人情報保護審議会答申第2号
令和7年12月5日
防犯カメラの映像の警察への提供について（答申）
第１　結論
　諮問のとおり実施することは適当である。
第４　附帯意見
１　提供の記録を作成し、年1回、当審議会に報告すること。
２　将来、警察にリアルタイムで映像を閲覧させることを検討する場合には、改めて当審議会に諮問すること。
第５　審議の経過
"""

#: A cloud move in a city's Q&A: a system moved onto a cloud named like a system (the
#: move still to come, said in the humble いたします), the cloud's staff kept out, cameras
#: a shopping street's association set up whose footage the city does not receive.
PROBES_CLOUD_STAFF = """港区個人情報保護審議会　会議録

日時　令和６年７月３日（水）午前１０時から
場所　港区役所

議題
（１）子育て支援システムのクラウド化について（子ども家庭課）

子ども家庭課長　子育て支援システムをミナトクラウドへ移行いたします。システムには児童の氏名、生年月日及び相談記録を記録いたします。
委員　クラウド事業者が相談記録を見ることはあるのか。
子ども家庭課長　データは暗号化して保存するため、ミナトクラウドの社員が内容を閲覧することはできない仕組みとなっております。
委員　商店街のカメラの映像は使うのか。
子ども家庭課長　商店街振興組合が設置しているカメラの映像を実施機関が受け取ることはございません。
委員長　諮問どおり承認としてよろしいか。
（異議なし）
"""

#: An item the council is asked to approve: one flow in the humble form still to come
#: (提供いたします), one that runs (提供いたしております).
PROBES_HUMBLE = """北浜町個人情報保護審議会　会議録

日時　令和６年９月２日（月）午後２時から

議題
（１）国民健康保険の資格情報の提供について（諮問）（住民課）

住民課長　住民課は、被保険者の氏名及び資格情報を国保連合会へ提供いたします。
住民課長　なお、住民課は、被保険者の住所を県へ郵送で提供いたしております。
委員長　諮問どおり承認としてよろしいか。
（異議なし）
"""

#: Items with outcomes other than approval: continued, approved after an earlier
#: continuation, rejected (不可とする, not 可とする), and a written opinion's 旨答申.
PROBES_OUTCOMES = """西野市個人情報保護審議会　会議録

日時　令和６年１０月７日（月）午後２時から

議題
（１）児童の見守り事業の外部委託について（子ども課）
子ども課長　見守りの受託者に児童の氏名及び住所を提供いたします。
委員長　本件は、さらに資料を求めたうえで継続審議とします。
（２）介護認定調査の外部委託について（介護保険課）
介護保険課長　前回継続審議となった本件について、調査票の取扱いを改めました。
委員長　審議の結果、承認とします。
（３）防犯カメラ映像の外部提供について（防災課）
防災課長　映像を民間事業者へ提供いたします。
委員長　本件は不可とする。
（４）図書館システムの更新について（図書館）
図書館長　利用者の氏名を新システムへ移行いたします。
委員長　諮問のとおり実施することは適当である旨答申することとします。
"""

#: A town's certificates at convenience stores and its tax data: the card used only to
#: prove who one is (the number itself denied), a company whose name ends like a role
#: (株式会社…データセンター), a topic a later denial speaks of, staff kept from data a
#: relative clause describes, a paper that carries no number, a code derived from the
#: number, and a re-entrustment the contract bans.
PROBES_DENIED_WAYS = """みさき町個人情報保護審議会　会議録

日時　令和６年１１月１２日（火）午後２時から

議題
（１）証明書コンビニ交付事業の委託について（住民課）

住民課長　住民の方がマイナンバーカードをかざして暗証番号を入力すると、証明書が交付されます。
住民課長　証明書の交付に個人番号は用いません。
住民課長　証明発行サーバの運用は株式会社みさきシステムに委託いたします。
住民課長　運用監視業務は、同社から株式会社北陸データセンターに再委託されます。
住民課長　株式会社北陸データセンターはサーバの稼働状況を監視するだけであり、戸籍のデータを閲覧することはできません。
住民課長　株式会社みさきシステムの社員は、日本年金機構へ提供するデータを閲覧することもできません。
住民課長　住民課は、世帯ごとの交付結果通知書を郵送で送付しております。
住民課長　結果通知書には個人番号は記載しておりません。
住民課長　住民課は、被保険者の資格情報及び個人番号に対応する符号を、LGWANを経由して中間サーバーに登録しております。
（２）就労支援業務の委託について（福祉課）
福祉課長　就労支援業務を株式会社みさきワークに委託し、対象者の氏名を提供いたします。
福祉課長　委託先が業務の一部を他の事業者に再委託することについては、契約により禁止いたします。
"""

#: Denials that are about part of something: one use of the data (広告に利用する
#: ことはない), what a flow to a national database leaves out (送信されず), the loans
#: already returned (返却済みの…貸出履歴) beside the current ones that do move.
PROBES_PART_DENIED = """しらかば町個人情報保護審議会　会議録

日時　令和６年１２月３日（火）午後２時から

議題
（１）学習支援サービスの導入について（学校教育課）
学校教育課長　株式会社しらかば学習が学習履歴を広告に利用することはありません。
（２）介護認定調査の委託について（介護保険課）
介護保険課長　認定調査を社会福祉法人しらかば会に委託し、対象者の氏名を提供いたします。
介護保険課長　認定の結果は、厚生労働省が運営する介護保険総合データベースに、毎月、送信しております。氏名や住所は送信されず、個人を特定できる情報は含まれておりません。
（３）図書館システムの更新について（図書館）
図書館長　新システムへ移行する情報は、利用者の氏名、住所及び貸出中の資料の記録でございます。
図書館長　返却済みの資料の貸出履歴は株式会社ほくと図書へ移行いたしません。
"""

#: Incidental access in the words newcomers used: a company's support staff limited to
#: some records, a printer's workers who may see taxpayers' information, engineers who
#: look at registered data, a maintainer's staff named by their work.
PROBES_SEEN_AT_WORK = """くすのき市個人情報保護審議会　会議録

日時　令和６年１２月４日（水）午後２時から

議題
（１）学習支援サービスの導入について（学校教育課）
学校教育課長　学習支援サービスの運営を株式会社くすのき学習に委託いたします。
学校教育課長　問合せに対応する際に、同社のサポート担当者が教育委員会の承認を得て、児童生徒の学習履歴に限って閲覧することがあります。
（２）納税通知書の印刷の委託について（税務課）
税務課長　納税通知書の印刷を株式会社くすのき印刷に委託いたします。
税務課長　同社の作業員が納税義務者の情報を目にすることはありますが、作業室は入退室管理をしております。
（３）介護保険システムの保守の委託について（介護保険課）
介護保険課長　介護保険システムの保守を株式会社くすのき情報に委託いたします。
介護保険課長　保守作業の際、同社の技術者が障害の原因を調べるために登録データを閲覧することがあります。
介護保険課長　保守担当者は、障害対応の場合に限り、市の承認を得て被保険者情報を閲覧することがございます。
"""

#: An assembly committee's minutes: the town is named only in the assembly's name.
PROBES_ASSEMBLY = """なぎさ市議会　厚生常任委員会会議録

令和７年６月１２日（木曜日）

（１）国民健康保険の資格情報の提供について（国保年金課）
◎国保年金課長　本市は、毎月、被保険者の資格情報を専用回線により国民健康保険団体連合会に送信しております。
"""

#: A written opinion: a table whose cells are split by ／ under a header naming 提供する
#: 個人情報の項目, a department named with 本市 before it, a certificate that data was
#: erased, and recommendations headed with the items they are of.
PROBES_SLASHED = """ひばりが丘市個人情報保護審議会
令和７年８月２２日

個人情報の外部提供について（答申）

１　諮問第１５号　生活保護受給者の就労支援に係る個人情報の提供
　本市生活福祉課は、就労支援事業の業務を、株式会社ひばりワークに委託する。
　提供先、提供する個人情報の項目、提供方法及び提供頻度は、別表１のとおりである。
別表１
提供先／提供する個人情報の項目／提供方法／提供頻度
株式会社ひばりワーク／氏名、連絡先、就労状況／紙媒体による手渡し／毎月
　株式会社ひばりワークは、作業完了後、データを消去した旨の証明書を生活福祉課に提出する。

附帯意見（諮問第１５号から第１７号まで）
１　株式会社ひばりワークにおける個人情報の取扱状況について、年１回以上、実地に確認すること。
２　ひばり県地方税滞納整理機構への提供に当たっては、移管の対象とならなかった滞納者の情報が含まれないよう、提供前に複数の職員で確認すること。

以上
"""

#: A summary: items quoted after their kind (諮問事項「…について」), a data-centre operator
#: a company contracts, whose centre holds the data, and who cannot read it.
PROBES_DATA_CENTRE = """にしき市個人情報保護審議会　会議要旨

日時　令和７年９月４日（木）午後２時

議題
　（１）諮問事項「情報共有システムの導入について」（こども家庭支援課）

（１）諮問事項「情報共有システムの導入について」
・システムのデータは、株式会社にしきソリューションズが契約するデータセンター事業者の国内のデータセンターに保管される。
・データセンター事業者はデータの内容を閲覧できない。
"""

#: A summary whose listing numbers items and names their consultation, then heads each
#: section with the listing's words; a report marked after its title.
PROBES_LISTED_TWICE = """やまぶき村個人情報保護審議会 会議結果

開催日：令和7年1月28日（火）

■議題
1. 学習用端末のクラウドサービス利用について（諮問第3号）
2. 就学援助事務に係る個人情報の取扱いについて（報告）

■審議の概要

1. 学習用端末のクラウドサービス利用について

学校教育課から、児童の氏名を株式会社やまぶき学習に提供する旨の説明がありました。審議の結果、承認されました。

2. 就学援助事務に係る個人情報の取扱いについて

学校教育課から、税務住民課から保護者の所得情報の提供を受けていることについて報告がありました。
"""

#: An entrustment item whose title names a store chain inside the work's name, while its
#: section names the company the work goes to; a foreign body no tax data goes to.
PROBES_TITLE_STORES = """うみべ町個人情報保護審議会　会議録

日時　令和６年１１月１２日（火）午後２時から

議題
（１）証明書コンビニ交付事業における個人情報の取扱いの委託について（住民課）
住民課長　全国のコンビニエンスストアで住民票の写しを取得できるサービスを開始いたします。
住民課長　証明発行サーバの構築及び運用は、株式会社うみべシステムに委託いたします。
住民課長　運用監視業務は、同社から株式会社うみべ監視サービスに再委託されます。
住民課長　ハードウェア保守の事業者についても、個人情報を閲覧することはできない運用とします。
住民課長　町が外国の機関に直接課税情報を提供することはございません。
"""

#: A committee's Q&A: a frequency said in a sentence of its own, corrected later.
PROBES_TAKEN_BACK = """もみじ市議会　厚生常任委員会会議録

令和７年６月１２日（木曜日）

（１）国民健康保険の副本登録について（国保年金課）
◎国保年金課長　国保年金課は、被保険者の資格情報を、LGWANを経由して中間サーバーに副本として登録しております。登録は月に１回行っております。
◆委員　承知した。
◎国保年金課長　先ほど、中間サーバーへの副本登録は月に１回と申し上げましたが、正しくは毎日夜間に登録しております。おわびして訂正いたします。
"""

#: What goes to the contractor listed after the verb (…に提供する個人情報は、A、B…です).
PROBES_LISTED_AFTER = """かえで市個人情報保護審議会　会議録

日時　令和６年９月２日（月）午後２時から

議題
（１）介護認定調査業務の委託について（介護保険課）

介護保険課長　認定調査を社会福祉法人かえで会に委託いたします。
介護保険課長　委託先に提供する個人情報は、被保険者の氏名、生年月日、住所及び電話番号です。
"""

#: What the department does after an incident: a notice to the person, no data named.
PROBES_NOTICE = """さくら町個人情報保護審議会　会議録

日時　令和６年１０月１５日（火）午後２時から

議題
（１）国民健康保険事務の外部委託について（保険年金課）
（委員）
個人情報の漏えいなどの事故が起きた場合の連絡体制はどうなっていますか。

（保険年金課長）
契約書において、事故が発生した場合には直ちに町へ報告することを義務付けております。報告を受けた保険年金課は、総務課と協議のうえ、速やかに本人への通知及び審議会への報告を行います。
保険年金課は、被保険者の氏名を本人へ通知いたします。
"""

#: A hand-over done once against one done once a year (１回限り, 年１回のみ).
PROBES_ONCE = """若葉町個人情報保護審議会　会議録
日時　令和6年9月10日（火）
議題　（1）図書館システムの更新について（図書館）
図書館長　移行データは、株式会社若葉ライブラリが株式会社青葉システムに暗号化したファイルで引き渡す方法で、１回限り行います。
図書館長　延滞者の氏名及び住所は、督促状の印刷のため、株式会社若葉印刷に年１回のみ提供します。
"""
