# 読書画面の「出典付きでコピー」：選んだ文と、その出典。
# Variables:
#   $passage (String) - the text the reader selected, or the item's summary when nothing was selected
#   $title (String) - the item's title, with its framework label in front when it has one
#   $id (String) - the item's ID in Shirube, such as csf2:GV.OC-01
#   $guide (String) - the guide the item belongs to
#   $source (String) - the official document the item summarizes
#   $date (String) - when the item's facts were last checked, YYYY-MM-DD
cite-text =
    「{ $passage }」
    （出典：{ $title }〔{ $id }〕、{ $guide }。原典：{ $source }。{ $date }時点の情報。{ -brand-name }より引用）
cite-text-no-source =
    「{ $passage }」
    （出典：{ $title }〔{ $id }〕、{ $guide }。{ $date }時点の情報。{ -brand-name }より引用）

reader-cite = 出典付きでコピー
reader-cite-hint = この項目で選んだ文（選んでいなければ要約）を、項目名・ID・原典・時点とともにコピーします。
reader-cite-done = 出典付きでコピーしました。必要な所に貼り付けてください。
