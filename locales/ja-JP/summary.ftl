## 取締役会向けレポート冒頭のエグゼクティブサマリーと別紙。

summary-title = サイバーセキュリティの現状と取締役会への付議事項
summary-confidential = 取扱注意
summary-organization = 組織
summary-assessed-on = 診断日
summary-report-date = 報告日
summary-prepared-by = 作成者
summary-not-given = （未記入）
summary-picture = 全体の状況
# Variables:
#   $below (String) - how many directives score below their target
#   $total (String) - how many directives were scored
summary-below-target = { $total }項目の指示のうち、{ $below }項目が目標に届いていません。
# Variables:
#   $areas (String) - the directives with the largest gaps, each as "D2 (gap 40)", joined
summary-largest-gaps = 差が最も大きいのは{ $areas }です。
summary-all-on-target = すべての指示が目標に達しています。
# Variables:
#   $code (String) - the directive's short code, such as D2
#   $name (String) - the directive's title without its number
#   $gap (String) - points below target
summary-gap = { $code }「{ $name }」（目標まで{ $gap }点）
# Variables:
#   $date (String) - the earlier assessment's date (YYYY-MM-DD), or "the last assessment"
#   $up (String) - how many directives improved
#   $down (String) - how many directives fell
#   $average (String) - the change in the average directive score, signed (+12)
summary-change = { $date }から、{ $up }項目が改善し、{ $down }項目が低下しました。平均の変化は{ $average }点です。
summary-change-earlier = 前回の診断
# Variables:
#   $tier (String) - the tier, worded ("Tier 2: Risk Informed")
summary-tier-placement = 統治に関する回答は、NIST サイバーセキュリティフレームワークの4段階の実装ティアのうち「{ $tier }」に当たります。
summary-basis = 診断の根拠
summary-basis-self = 経営層による自己診断です。
# Variables:
#   $count (String) - how many people took part in the workshop
summary-basis-workshop = 参加者{ $count }名のワークショップで合意した回答です。
# Variables:
#   $answered (String) - questions answered
#   $total (String) - questions there are
#   $unknown (String) - answers of "don't know"
summary-basis-answers = 全{ $total }問のうち{ $answered }問に回答しました。「わからない」は{ $unknown }件で、未実施として数えています。
summary-chart = 指示ごとのスコアと目標（0〜100）
summary-chart-score = スコア
summary-chart-target = 目標
summary-chart-before = 前回
summary-risks = 最も大きな3つのリスク
summary-risk = 事業へのリスク
summary-owner = 担当者
summary-due = 期限
summary-no-risks = 目標を下回る取り組みはなく、突出した大きなリスクはありません。
summary-decisions = 取締役会にお願いする決定
summary-decision = 決定事項
summary-decision-basis = ロードマップの項目
summary-decided = 決定日
summary-no-decisions = 最初の90日に取締役会の決定を要する事項はありません。本報告をご確認ください。
summary-decision-policy = 全社のサイバーセキュリティ方針と、受け入れるリスクの水準を承認する。
summary-decision-budget = 今年度計画におけるセキュリティの予算と人員を承認する。
summary-decision-mandate = サイバーリスクに責任を負う役員を指名し、CISO の権限を文書で定める。
summary-decision-exercise = 経営陣が参加するインシデント演習の日程を決める。
summary-decision-ransom = 身代金を要求された場合の会社の方針をあらかじめ決める。
summary-decision-insurance = どのサイバー損害にどれだけの保険を掛けるかを決める。
summary-done = 前回の診断から実施済みの項目
summary-next-review = 次回の見直し
# Variables:
#   $date (String) - six months after the assessment (YYYY-MM-DD)
summary-next-review-on = { $date }までに、同じ目標に対して再診断します。
summary-annex = 別紙：報告書の全文
