## ナビゲーター：経営者が自己診断からロードマップまで進む道筋。

mode-label = 表示
mode-library = ガイド
mode-navigator = 自己診断
nav-title = サイバーセキュリティ・ナビゲーター
nav-intro = 自社のサイバーリスクへの取り組みを自己診断します。まず約10分のクイック診断に答え、必要な指示だけを掘り下げます。回答は選ぶとすぐに保存されるので、いつ中断しても続きから再開できます。最後に、目標と比べた現状評価、優先順位を付けたロードマップ、CISO への確認事項がまとまります。
nav-new-name = この自己診断の名前
nav-default-name = 自己診断
nav-start = 新しい自己診断を始める
nav-saved = 保存した自己診断を続ける
# Variables:
#   $updated (String) - the date it was last changed
#   $count (Number) - how many questions are answered
nav-saved-meta = 最終更新 { $updated }・{ $count }問に回答済み
nav-progress-label = 進捗
nav-close = 保存して閉じる
# Variables:
#   $count (Number) - how many answers could not be saved
nav-unsaved = { $count }件の回答は画面に表示されていますが、保存されていません。理由は上のメッセージのとおりです。保存できるようになってから、もう一度回答すると保存されます。
nav-back = 戻る
nav-next = 次へ
nav-done = 完了
nav-profile-intro = ここでの回答に合わせて、ロードマップを貴社向けに調整します。分野によって重視する推奨プラクティスが異なり、制御システムや IoT 製品がある場合にだけ当てはまるものもあるためです。
nav-sector = 分野
nav-size = 規模（従業員数など）
nav-ot = 産業用の制御システム（OT）を運用している
nav-iot = IoT 製品を作っている
nav-dont-know = わからない（答えられる人がいなかった）
nav-results-directives = 指示ごと（サイバーセキュリティ経営ガイドライン）
nav-results-functions = 機能ごと（NIST CSF 2.0）
nav-results-gaps = 目標との差が特に大きい項目
# Variables:
#   $count (Number) - practices in the roadmap
#   $first (Number) - practices in the first 90 days
nav-finish-summary = ロードマップには{ $count }件の推奨プラクティスがあり、そのうち{ $first }件は最初の90日に取り組みます。
nav-finish-next-1 = ロードマップを CISO と共有し、最初の90日に取り組むものの担当者と期限を決めてください。
nav-finish-next-2 = 各推奨プラクティスの確認事項を CISO に尋ね、その答えを記録してください。
nav-finish-next-3 = 半年後にもう一度自己診断を行い、何が改善したかを確かめてください。
nav-compare = 以前の自己診断と比べる
nav-compare-none = 比較しない

## 取締役会向け報告書。

report-title = 取締役会向け報告書
report-summary-only = 要約のみ（2ページ、別紙なし）
report-language = 言語
report-lang-en = 英語
report-lang-ja = 日本語
report-lang-both = 英語と日本語を並べて表示
report-save-html = HTML で保存
report-save-docx = Word で保存
report-save-xlsx = Excel で保存
report-save-md = Markdown で保存
report-print = 印刷または PDF に保存
report-print-hint = 印刷すると A4 の用紙に収まります。PDF にするには、印刷画面で「PDF に保存」などを選びます。
# Variables:
#   $path (String) - where the file was saved
report-saved = 保存しました：{ $path }

## 書き出し、取り込み、ワークショップ。

nav-report = 取締役会向け報告書
nav-export = 回答を書き出す
nav-workshop = ワークショップ
# Variables:
#   $path (String) - where the file was saved
nav-exported = 保存しました：{ $path }
nav-import = 回答ファイル（.shirube.json）を新しい自己診断として取り込む
nav-participant-hint = ワークショップに参加する場合は、自己診断の名前をご自身の名前にして回答し、「回答を書き出す」で作ったファイルをファシリテーターに渡してください。
# Variables:
#   $name (String) - the assessment's name
workshop-title = ワークショップ：{ $name }
workshop-intro = 参加者はそれぞれ自分のノート PC で自己診断に回答し、回答を書き出します。そのファイルをここに取り込み、意見が分かれた設問を話し合って、合意した回答を決めてください。合意した回答から現状評価、ロードマップ、報告書が作られます。
# Variables:
#   $count (Number) - how many participants
workshop-participants = 参加者{ $count }人
workshop-import = 参加者の回答ファイルを取り込む
# Variables:
#   $names (String) - the participants imported, separated by commas
workshop-imported = 取り込みました：{ $names }
# Variables:
#   $count (Number) - how many questions they answered
workshop-participant-meta = { $count }問に回答
# Variables:
#   $name (String) - the participant's name
workshop-remove = { $name } を外す
# Variables:
#   $count (Number) - questions with a disagreement
workshop-disagreements = { $count ->
    [0] 意見が分かれた設問はありません
   *[other] 話し合うべき設問：{ $count }問
  }
workshop-only-disagreements = 意見が分かれた設問だけを表示
workshop-accept-close-answers = 回答の差が1段階以内の設問は、中央の回答（2つなら低い方）を採用する
# Variables:
#   $count (Number) - how many agreed answers were set
workshop-accepted = { $count ->
    [0] 採用できる回答はありません。残りの設問は、意見が分かれているか回答がありません。
   *[other] 参加者の回答から、{ $count }問の合意した回答を設定しました。
  }
workshop-present = 投影する
workshop-disagreement = 意見が分かれています（回答が2段階以上離れている、または「わからない」が混じっている）
workshop-no-responses = まだ誰も回答していません。
workshop-agreed = 合意した回答
workshop-dont-know = わからない
workshop-not-agreed = 未合意
workshop-note = 合意についてのメモ
presenter-previous = 前へ
presenter-next = 次へ
presenter-next-disagreement = 次の意見が分かれた設問
presenter-agree-label = 合意した段階
presenter-close = 閉じる（Esc）
presenter-agreed-label = 合意した回答：
presenter-disagreements-first = 意見が分かれた設問だけ（差が大きい順）
presenter-timer-start = タイマーを開始
# Variables:
#   $time (String) - minutes and seconds so far, m:ss
presenter-timer-stop = タイマー { $time }（停止）
presenter-label = 投影モード
# Variables:
#   $current (Number) - the question shown
#   $total (Number) - how many questions
presenter-progress = 全{ $total }問中{ $current }問目
presenter-keys = キー操作：← → 前へ・次へ、0〜4 で段階を合意、U でわからない、D で次の意見が分かれた設問、Esc で閉じる
reader-side-by-side = 英語と日本語を並べて表示

## The start page.

mode-home = ホーム
# Variables:
#   $key (Number) - the number key pressed with Alt
mode-key = Alt+{ $key }
home-title = 何をしますか
home-quick-title = クイック診断を受ける
home-quick-time = 約10分
home-quick-text = 設問は10〜12問です。経済産業省・IPA「サイバーセキュリティ経営ガイドライン」の指示ごとに1問と、貴社の分野で特に重視する設問に答えます。目標と比べた1ページの概況と、掘り下げるべき指示がわかります。
home-quick-start = クイック診断を始める
home-guides-title = ガイドを読む
home-guides-time = 数分から、自分のペースで
home-guides-text = ガイドライン、NIST CSF 2.0、自社の分野のページ、日本の法的義務、推奨プラクティスを平易な言葉で読めます。上部の検索欄から何でも探せます。
home-guides-open = ガイドを開く
home-report-title = 取締役会向け報告書を作る
home-report-time = 自己診断が済んでいれば約5分
home-report-text = 保存した自己診断を続けるか、その報告書を開いて印刷・保存します。
home-report-none = 保存した自己診断はまだありません。先にクイック診断を受けてから、ここで報告書を作ってください。
home-continue = 続ける
home-all-saved = 保存した自己診断の一覧、回答ファイルの取り込み、ワークショップ
home-keys = キー操作：Alt+1 でホーム、Alt+2 でガイド、Alt+3 で自己診断
# Variables:
#   $date (String) - today, YYYY-MM-DD
home-default-name = クイック診断 { $date }

## The executive's path: quick check, snapshot, deep dives, targets.

nav-steps-label = この自己診断の手順
# Variables:
#   $question (Number) - the next question to answer
#   $total (Number) - how many questions the path asks
#   $minutes (Number) - about how many minutes are left
nav-progress-questions = 全{ $total }問中{ $question }問目・残り約{ $minutes }分
# Variables:
#   $total (Number) - how many questions the path asks
nav-progress-done = 全{ $total }問に回答済み
# Variables:
#   $count (Number) - unanswered questions on that screen
nav-step-unanswered = 未回答{ $count }問
nav-step-profile = 貴社について
# Variables:
#   $page (Number) - this page
#   $pages (Number) - the quick check's pages
nav-step-quick = クイック診断（{ $page }／{ $pages }）
nav-step-snapshot = 概況と掘り下げる指示
# Variables:
#   $directive (String) - the directive's label, such as D5
#   $title (String) - the directive's title
#   $page (Number) - this page of the directive
#   $pages (Number) - the directive's pages
nav-step-deep = 掘り下げ { $directive }：{ $title }（{ $page }／{ $pages }）
nav-step-targets = 目標の設定
nav-step-results = 現状評価
nav-step-roadmap = ロードマップ
nav-step-finish = 完了
# Variables:
#   $count (Number) - unanswered questions on this page
nav-leave-unanswered = このページに未回答の設問が{ $count }問あります。手順の一覧から後で戻れます。回答するまでは「確認できていない」ものとして扱います。
nav-leave-stay = 戻って回答する
nav-leave-go = このまま進む
nav-quick-lead = 指示ごとに1問と、貴社の分野で特に重視する設問です。最も近い段階を選んでください。各段階の詳しい説明は「各段階の意味」を開くと読めます。
nav-deep-kicker = 掘り下げ
nav-level-0 = 未着手
nav-level-1 = 初期
nav-level-2 = 一部で実施
nav-level-3 = 全社で実施
nav-level-4 = 測定・改善
nav-levels-explained = 各段階の意味
nav-answered-by-ciso = CISO が回答
nav-skipped-title = 尋ねない設問（貴社には該当しません）
nav-skipped-intro = 「貴社について」の回答から該当しないと判断したため、設問とスコアから除いています。該当する場合は「貴社について」の回答を変更してください。
nav-organization = 組織名
nav-assessed-on = 診断日（例：2026-11-30）
nav-development = ソフトウェアやシステムを自社で開発している
nav-snapshot-gaps = 目標との差が大きい上位3つの指示
nav-snapshot-no-gaps = これまでに回答した設問では、目標を下回る指示はありません。
# Variables:
#   $score (Number) - the score now, 0-100
#   $target (Number) - the target, 0-100
#   $unknown (Number) - how many "don't know" answers count as 0 in it
nav-snapshot-gap = 現在{ $score }、目標{ $target }{ $unknown ->
    [0] {""}
   *[other] （「わからない」{ $unknown }問を0として計算）
}
nav-deep-title = 掘り下げる指示
nav-deep-intro = チェックした指示は、残りの設問を数問ずつ掘り下げます。クイック診断で段階1以下だった指示、「わからない」があった指示、貴社の分野で目標が高い指示にチェックが入っています。必要に応じて変更してください。
nav-flag-low = 段階1以下
nav-flag-unknown = 「わからない」あり
nav-flag-sector-target = 分野の目標が高い
nav-flag-not-answered = 未回答
nav-deep-all = すべての設問に答える（約45分）
nav-snapshot-scores = 目標と比べたすべてのスコア
nav-handoff-title = 技術的な設問を CISO に任せる
nav-handoff-intro = 技術的な設問を回答ファイルとして保存し、CISO に Shirube で回答してもらいます。返ってきたファイルを取り込むと、その回答は CISO の回答として記録されます。
nav-handoff-save = CISO 向けの設問を保存する
nav-handoff-merge = CISO の回答ファイルを取り込む
# Variables:
#   $path (String) - where the file was saved
nav-handoff-saved = { $path } に保存しました。このファイルを CISO に送ってください。
# Variables:
#   $count (Number) - how many answers were taken in
nav-handoff-merged = { $count }問の回答を取り込み、CISO の回答として記録しました。
nav-targets-intro = 指示ごとに目指す段階です。初期値は、ガイドにある貴社の分野のページに基づきます（段階3、分野で特に重視する指示は段階4）。変更した場合は理由を書いてください。ロードマップは、この目標との差で順位を付けます。
nav-targets-directive = 指示
nav-targets-now = 現在のスコア
nav-targets-level = 目標の段階
nav-targets-why = 理由（任意）
# Variables:
#   $directive (String) - the directive's label, such as D5
nav-targets-level-for = { $directive } の目標の段階
# Variables:
#   $directive (String) - the directive's label, such as D5
nav-targets-why-for = { $directive } の目標の理由
nav-targets-default = 分野の初期値
# Variables:
#   $name (String) - the name both files claim
#   $kept (String) - the name the new file is listed under
workshop-same-name = 2つのファイルが同じ名前「{ $name }」です。別の人の回答なので両方を残し、新しい方を「{ $kept }」としました。
workshop-same-name-keep = 両方を残す
# Variables:
#   $name (String) - the earlier participant's name
workshop-same-name-replace = 先に取り込んだ「{ $name }」を外す
# Variables:
#   $kept (String) - the name the new file is listed under
workshop-same-name-drop = 新しい「{ $kept }」を外す
workshop-hide-names = 名前を隠す（「参加者1、2…」と表示）
# Variables:
#   $number (Number) - the participant's place in the list
workshop-participant-number = 参加者{ $number }
# Variables:
#   $name (String) - the participant's name, or "Participant N"
workshop-response = { $name }：
