## The search box and its results.

search-label = ガイドを検索
search-placeholder = 検索（例：ランサムウェア、取締役会、GV.OC）
# The keyboard shortcut shown in the search box.
search-shortcut = Ctrl K
search-results-label = 検索結果
search-preparing = 検索を準備しています…
# Variables:
#   $count (Number) - how many results are shown
search-count = { $count }件
# When more matched than the list shows.
# Variables:
#   $count (Number) - how many results are shown
search-count-best = 上位{ $count }件
# Variables:
#   $query (String) - what the user typed
search-none = 「{ $query }」に一致する項目はありません
search-tip-spelling = 表記を確かめるか、言葉を減らすか短くしてみてください。
search-tip-filters = 上のフィルターを解除してみてください。
search-tip-language = もう一方の言語でも試してください。ガイドは日本語と英語の両方で書かれています。
search-try = 次の言葉でも探せます：
# An example query offered when nothing was found; it is searched as written.
search-example-1 = ランサムウェア
search-example-2 = 取締役会への報告
search-example-3 = 委託先の管理
search-filter-pack = ガイド
search-filter-kind = 種別
search-filter-sector = 分野
search-filter-all = すべて
