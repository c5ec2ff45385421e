## デスクトップアプリの枠組み: 上部バー、ライブラリ、リーダー。

app-name = { -brand-name }
app-tagline = オフラインで読むサイバーリスクの指針
app-skip-to-reader = 本文へ移動
app-dismiss = 閉じる

lang-switch-label = 言語
# Each language's name is written in that language, in both locales.
lang-name-en = English
lang-name-ja = 日本語

library-label = ガイドライブラリ
library-heading = ガイド

reader-empty-title = 読みたいガイドを選んでください
reader-empty-hint = ライブラリからフレームワーク、分野、推奨プラクティスを選びます。矢印キーで移動し、Enter キーで項目を開けます。
reader-breadcrumb-label = この項目の位置
reader-children = 内容
reader-maps-to = 対応する項目
reader-mapped-from = この項目を実践するプラクティス
reader-see-also = 関連項目
reader-source = 出典
reader-external-link = このリンクは Shirube の外のウェブサイトを指しています。Shirube はインターネットに接続しません。開くには、このアドレスをウェブブラウザーに入力するか貼り付けてください。
reader-external-link-address = ウェブアドレス
reader-question = 自己診断の質問
reader-why-ask = 質問の意図:
reader-levels = 成熟度ごとの目指す姿
reader-first-steps = 最初の一歩
reader-ciso-questions = CISO に確認すべき問い
reader-directive = 実行する指示
reader-depends-on = 前提となるプラクティス
reader-weights = 重みが大きい分野
reader-weighted-practices = この分野で重みが大きい推奨プラクティス
# Variables:
#   $weight (String) - the weight, e.g. "1.5"
reader-weight = 重み × { $weight }

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
kind-other = 項目
