## ナビゲーター: 経営者が自己診断からロードマップまで進む道筋。

mode-label = 表示
mode-library = ライブラリ
mode-navigator = ナビゲーター
nav-title = サイバーセキュリティ・ナビゲーター
nav-intro = 自社のサイバーリスクへの取り組みについて、短い自己診断に答えてください。回答は選んだ瞬間に保存されるので、いつ中断しても後から続けられます。最後にスコア、優先順位付きのロードマップ、CISO に確認すべき問いが示されます。
nav-new-name = この自己診断の名前
nav-default-name = 自己診断
nav-start = 新しい自己診断を始める
nav-saved = 保存した自己診断を続ける
# Variables:
#   $updated (String) - the date it was last changed
#   $count (Number) - how many questions are answered
nav-saved-meta = 最終更新 { $updated }・回答済み { $count } 問
nav-progress-label = 進捗
# Variables:
#   $step (Number) - the current step
#   $total (Number) - how many steps there are
nav-progress = { $total } ステップ中 { $step }
nav-close = 保存して閉じる
# Variables:
#   $count (Number) - how many answers could not be saved
nav-unsaved = { $count } 件の回答は画面に表示されていますが、保存されていません。理由は上のメッセージのとおりです。保存できる状態になってから、もう一度回答すると保存されます。
nav-back = 戻る
nav-next = 次へ
nav-done = 完了
nav-profile-title = 組織について
nav-profile-intro = ロードマップを自社向けに調整します。分野によって重みが大きくなるプラクティスや、制御システムや IoT 製品がある場合にだけ当てはまるプラクティスがあるためです。
nav-sector = 分野
nav-size = 規模（従業員数など）
nav-ot = 産業用の制御システム（OT）を運用している
nav-iot = IoT 製品を作っている
nav-principles-title = 経営者が認識すべき 3 原則
nav-principles-intro = 経済産業省・IPA のガイドラインは、指示を出す前に経営者が認識すべき 3 つの原則を挙げています。回答の間も心に留めておいてください。
nav-dont-know = わからない（誰も答えられなかった）
nav-results-title = 現在の位置
nav-results-directives = 指示ごと（サイバーセキュリティ経営ガイドライン）
nav-results-functions = 機能ごと（NIST CSF 2.0）
nav-results-gaps = 特に大きなギャップ
nav-roadmap-title = ロードマップ
nav-finish-title = 完了しました
# Variables:
#   $count (Number) - practices in the roadmap
#   $first (Number) - practices in the first 90 days
nav-finish-summary = ロードマップには { $count } 件のプラクティスがあり、そのうち { $first } 件が最初の 90 日の対象です。
nav-finish-next-1 = ロードマップを CISO と共有し、最初の 90 日の担当者と期日を決めてください。
nav-finish-next-2 = 各プラクティスに挙げた問いを CISO に確認し、答えを記録してください。
nav-finish-next-3 = 半年後にもう一度この自己診断を行い、何が改善したかを確かめてください。
nav-compare = 以前の自己診断と比べる
nav-compare-none = 比較しない

## 取締役会向けレポート。

report-title = 取締役会向けレポート
report-language = 言語
report-lang-en = 英語
report-lang-ja = 日本語
report-lang-both = 英語と日本語を並べて表示
report-save-html = HTML で保存
report-save-docx = Word で保存
report-save-xlsx = Excel で保存
report-save-md = Markdown で保存
report-print = 印刷または PDF に保存
report-print-hint = 印刷すると A4 の用紙に収まります。PDF にするには、印刷ダイアログで「ファイルに出力」を選んでください。
# Variables:
#   $path (String) - where the file was saved
report-saved = 保存しました: { $path }

## 書き出し、取り込み、ワークショップ。

nav-report = 取締役会向けレポート
nav-export = 回答を書き出す
nav-workshop = ワークショップ
# Variables:
#   $path (String) - where the file was saved
nav-exported = 保存しました: { $path }
nav-import = 回答ファイル（.shirube.json）を新しい自己診断として取り込む
nav-participant-hint = ワークショップに参加する場合は、自己診断の名前に自分の名前を付けて回答し、「回答を書き出す」で作ったファイルをファシリテーターに渡してください。
# Variables:
#   $name (String) - the assessment's name
workshop-title = ワークショップ: { $name }
workshop-intro = 参加者はそれぞれ自分のノート PC で自己診断に回答し、回答を書き出します。そのファイルをここに取り込み、意見が分かれた点を話し合って、合意した回答を設定してください。合意した回答からスコア、ロードマップ、レポートが作られます。
# Variables:
#   $count (Number) - how many participants
workshop-participants = 参加者 { $count } 人
workshop-import = 参加者の回答ファイルを取り込む
# Variables:
#   $names (String) - the participants imported, separated by commas
workshop-imported = 取り込みました: { $names }
# Variables:
#   $count (Number) - how many questions they answered
workshop-participant-meta = { $count } 問に回答
# Variables:
#   $name (String) - the participant's name
workshop-remove = { $name } を外す
# Variables:
#   $count (Number) - questions with a disagreement
workshop-disagreements = { $count ->
    [0] 意見の分かれた質問はありません
   *[other] 話し合うべき質問: { $count } 問
  }
workshop-only-disagreements = 意見が分かれた質問だけを表示
workshop-accept-consensus = 全員の意見が一致した質問は、その回答を採用する
# Variables:
#   $count (Number) - how many agreed answers were set
workshop-accepted = { $count ->
    [0] 採用できる回答はありません。残りの質問は意見が分かれているか、回答がありません。
   *[other] 参加者の回答から { $count } 問の合意回答を設定しました。
  }
workshop-present = 投影する
workshop-disagreement = 意見が分かれています（回答が 2 段階以上離れている、または「わからない」が混じっている）
workshop-no-responses = まだ誰も回答していません。
workshop-agreed = 合意した回答
workshop-dont-know = わからない
workshop-not-agreed = 未合意
workshop-note = 合意についてのメモ
presenter-label = 投影モード
# Variables:
#   $current (Number) - the question shown
#   $total (Number) - how many questions
presenter-progress = 質問 { $current } / { $total }
presenter-keys = ← → 前へ／次へ ・ 0〜4 レベルを合意 ・ U わからない ・ D 次の意見の分かれた質問 ・ Esc 閉じる
reader-side-by-side = 英語と日本語を並べて表示
