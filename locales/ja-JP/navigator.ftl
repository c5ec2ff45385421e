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
nav-score-none = まだスコアなし
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
# Variables:
#   $change (Number) - points gained (positive) or lost (negative) since the earlier assessment
#   $signed (String) - the same with its sign, e.g. "+25"
nav-score-change = { $change ->
    [0] 変化なし
   *[other] 前回から { $signed }
  }
