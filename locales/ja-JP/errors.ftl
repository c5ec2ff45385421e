## 利用者に表示するエラー。コアから UI や CLI に渡るエラーコードごとに1つ。

# Variables:
#   $detail (String) - the item ID that was asked for
error-item-not-found = 同梱のガイドに項目 { $detail } はありません。
# Variables:
#   $detail (String) - where the problem is
error-guides-invalid = ガイドを読み込めませんでした：{ $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unreadable = 設定を読み込めなかったため、既定の設定を使います。設定ファイルはそのまま残してあります：{ $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unwritable = 設定を保存できませんでした：{ $detail }
# Variables:
#   $detail (String) - technical detail
error-internal = { -brand-name } の内部で問題が発生しました：{ $detail }
# Variables:
#   $detail (String) - what the user typed
error-unknown-language = 「{ $detail }」という言語はありません。en か ja を指定してください。
# Variables:
#   $detail (String) - the file and what went wrong
error-file-unreadable = ファイルを読み込めませんでした：{ $detail }
# Variables:
#   $detail (String) - unused
error-search-not-ready = 検索の準備がまだ終わっていません。少し待ってからもう一度お試しください。
# Variables:
#   $detail (String) - the database file and what is wrong
error-store-corrupt = 保存した自己診断のファイルが壊れているため開けませんでした。ファイルには手を加えていません。閲覧と検索はそのまま使えます。{ $detail }
# Variables:
#   $detail (String) - the database file and its version
error-store-newer = 保存した自己診断は新しいバージョンの { -brand-name } で作成されています。ファイルには手を加えていません。開くには { -brand-name } を更新してください。{ $detail }
# Variables:
#   $detail (String) - the database file and the operating system's words
error-store-unavailable = 現在、自己診断を保存できません。保存済みの内容は失われていません。{ $detail }
# Variables:
#   $detail (String) - where the damaged file was kept, and what was wrong with it
error-store-restored = 保存した自己診断のファイルが壊れていたため、{ -brand-name } が前回の起動時に保管したコピーから復元しました。それ以降の回答は含まれていない可能性があります。壊れたファイルは手を加えずに次の場所に残してあります：{ $detail }
# Variables:
#   $detail (String) - where the file should have been
error-store-missing = 保存した自己診断のファイルが見つからなかったため、{ -brand-name } が前回の起動時に保管したコピーから復元しました。それ以降の回答は含まれていない可能性があります。{ $detail }
# Variables:
#   $detail (String) - the database file and the operating system's words
error-store-read-only = 保存先のフォルダーに書き込めないため（読み取り専用のディスク、または権限がありません）、自己診断は閲覧できますが保存できません。閲覧と検索はそのまま使えます。{ $detail }
# Variables:
#   $detail (String) - the operating system's words
error-disk-full = ディスクの空きがないため、空き容量を確保するまで回答を保存できません。これまでに保存した内容は残っています。{ $detail }
# Variables:
#   $detail (String) - the assessment's number
error-assessment-not-found = その自己診断は見つかりません：{ $detail }
# Variables:
#   $detail (String) - what was wrong with the answer
error-answer-invalid = その回答は保存できませんでした：{ $detail }
# Variables:
#   $detail (String) - the file's name and what is wrong with it
error-import-invalid = ファイルを取り込めませんでした。何も変更していません：{ $detail }
# Variables:
#   $detail (String) - the file and the operating system's words
error-export-failed = ファイルを保存できませんでした：{ $detail }
