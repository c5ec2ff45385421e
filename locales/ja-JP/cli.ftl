## `shirube show` の見出し。

show-question = 自己診断の設問
show-first-steps = 最初の一歩
show-ciso-questions = CISO への確認事項
show-children = 内容
show-maps-to = 対応する項目
show-mapped-from = この項目を実践する推奨プラクティス
show-see-also = 関連項目
show-source = 出典

## `shirube plan` と `shirube rollup`。

# Variables:
#   $format (String) - the format asked for (docx, xlsx)
cli-plan-output-required = { $format } 形式の報告書はファイルに保存します。--output FILE で保存先を指定してください。
