## グループ全体の状況：`shirube rollup`、その HTML・Excel ファイル、アプリの画面。

rollup-title = グループ全体の状況
# Variables:
#   $count (Number) - how many answers files (companies or units) are in the picture
rollup-lead = { $count }社・部門の自己診断の結果です。スコア（0〜100）は各社の目標と比べています。
rollup-unit = 会社・部門
rollup-legend = 読み方
rollup-rule-lowest = グループで最も低い：その列で最も低いスコア（スコアに差がある列のみ）。
# Variables:
#   $points (Number) - how many points below the target a score is marked (25, one level)
rollup-rule-far-below = 目標を大きく下回る：自社の目標より{ $points }点以上低い（1レベル分以上）。
rollup-rule-unknown = 「わからない」の回答は0点として計算しています。最後の列はその件数です。
rollup-said-lowest = グループで最も低い
rollup-said-far-below = 目標を大きく下回る
# Variables:
#   $target (Number) - the unit's target for this column, 0–100
rollup-cell-target = 目標{ $target }
rollup-no-score = –
rollup-sheet = グループ全体の状況
rollup-file-name = グループ全体の状況
# Variables:
#   $limit (Number) - how many files one picture may hold
rollup-too-many = 並べて比べられるファイルは{ $limit }件までです。
nav-rollup = グループ全体の状況
rollup-intro = グループ会社や事業部門の回答ファイルを並べて比べます。1ファイルが1行、指示と機能が1列になり、弱いところに印が付きます。
rollup-pick = 回答ファイルを選ぶ…
rollup-empty = 比べる回答ファイルを2つ以上選んでください。
rollup-remove = 外す
