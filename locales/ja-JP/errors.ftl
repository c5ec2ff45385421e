## 利用者に表示するエラー。コアから UI や CLI に渡るエラーコードごとに 1 つ。

# Variables:
#   $detail (String) - the item ID that was asked for
error-item-not-found = 同梱のガイドに項目 { $detail } はありません。
# Variables:
#   $detail (String) - where the problem is
error-guides-invalid = ガイドを読み込めませんでした: { $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unreadable = 設定を読み込めなかったため、既定の設定を使います。ファイルはそのまま残してあります: { $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unwritable = 設定を保存できませんでした: { $detail }
# Variables:
#   $detail (String) - technical detail
error-internal = { -brand-name } の内部で問題が発生しました: { $detail }
# Variables:
#   $detail (String) - what the user typed
error-unknown-language = 「{ $detail }」という言語はありません。en か ja を指定してください。
# Variables:
#   $detail (String) - the file and what went wrong
error-file-unreadable = ファイルを読み込めませんでした: { $detail }
# Variables:
#   $detail (String) - unused
error-search-not-ready = 検索の準備がまだ終わっていません。少し待ってからもう一度お試しください。
