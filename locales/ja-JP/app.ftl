## デスクトップアプリの枠組み：上部バー、ライブラリ、リーダー。

app-name = { -brand-name }
app-tagline = オフラインで読むサイバーリスクの指針
app-skip-to-reader = 本文へ移動
app-dismiss = 閉じる

lang-switch-label = 言語
text-size-label = 文字の大きさ
# Variables:
#   $percent (Number) - the size in percent of the default
text-size-percent = { $percent }%
# Each language's name is written in that language, in both locales.
lang-name-en = English
lang-name-ja = 日本語

library-label = ガイドライブラリ
library-heading = ガイド

reader-empty-title = 読みたいガイドを選んでください
reader-empty-hint = ライブラリからフレームワーク、分野、推奨プラクティスを選びます。矢印キーで移動し、Enter キーで開きます。
reader-breadcrumb-label = この項目の位置
reader-children = 内容
reader-maps-to = 対応する項目
reader-mapped-from = この項目を実践する推奨プラクティス
reader-see-also = 関連項目
reader-source = 出典
reader-external-link = このリンクは Shirube の外のウェブサイトを指しています。Shirube はインターネットに接続しません。開くには、このアドレスをウェブブラウザーに入力するか貼り付けてください。
reader-external-link-address = ウェブアドレス
reader-question = 自己診断の設問
reader-why-ask = この設問の意図：
reader-levels = 段階ごとの目指す姿
reader-first-steps = 最初の一歩
reader-ciso-questions = CISO への確認事項と、良い回答の例
reader-directive = 対応する指示
reader-depends-on = 前提となる推奨プラクティス
reader-weights = 特に重視する分野
reader-weighted-practices = この分野で特に重視すべきこと
# Variables:
#   $weight (String) - the weight, e.g. "1.5"
reader-weight = 重視度 ×{ $weight }

reader-assessment-targets = 自己診断での目標
reader-assessment-targets-hint = この分野の企業の自己診断は、これらの段階を目標として始まります。ほかの指示の目標は段階3です。どれも「目標」の手順で理由を添えて変更できます。
# Variables:
#   $level (Number) - the target level, 0 to 4
reader-assessment-target-level = 段階{ $level }
reader-weighted-practices-hint = 各推奨プラクティスの分野ごとの重視度から作成しています。自己診断のロードマップも、同じ数値で順位を付けます。
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-as-of = { $date }時点の情報
reader-in-brief = 要点
reader-effort = 手間と期間：
reader-good-answer = 良い回答の例：
reader-obligation-status-in-force = 施行済み
reader-obligation-status-planned = 施行予定
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-obligation-since = { $date }から
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-obligation-planned-for = { $date }から
reader-obligation-who = 対象者
reader-obligation-requires = 求められること
reader-obligation-applies-to = 対象となる分野
reader-obligation-helped-by = この義務を果たす助けになる推奨プラクティス
reader-obligations-sector = この分野に適用される法的義務
reader-obligations-practice = このプラクティスが履行を助ける法的義務

## Item kinds, shown as a badge above the title.

kind-function = 機能
kind-category = カテゴリー
kind-subcategory = サブカテゴリー
kind-principle = 原則
kind-directive = 指示
kind-sector = 分野
kind-guideline = 指針
kind-practice = 推奨プラクティス
kind-term = 用語
kind-obligation = 法的義務
kind-other = 項目
