## `shirube check` が報告する問題（ユーザーのパックを読み込むときも同じ）。各行は「パス:行: 」に続きます。

# Variables:
#   $detail (String) - the operating system's or parser's own words
check-unreadable = ファイルを読み込めません：{ $detail }
check-syntax = TOML の書式が正しくありません：{ $detail }
check-not-utf8 = ファイルが UTF-8 のテキストではありません
check-not-a-file = 通常のファイルではありません（フォルダー、リンク、パイプ、デバイスのいずれか）。パックのファイルは通常のファイルからだけ読み込みます
# Variables:
#   $limit (String) - the size limit in KiB
check-too-large = ファイルが { $limit } KiB を超えています
check-no-front-matter = ファイルの先頭には、+++ の行で囲んだ TOML のフロントマターが必要です
check-unclosed-front-matter = ここで +++ から始まるフロントマターを閉じる +++ の行がありません（ファイルが途中で切れていませんか）
check-stray-file = 想定外のファイルです。パックに置けるのは pack.toml と、item.toml・en.md・ja.md を持つ項目フォルダーだけです
check-bad-folder-name = フォルダー名に使える文字は A-Z、a-z、0-9、ピリオド、アンダースコア、ハイフンだけです
check-missing-manifest = パックに pack.toml がありません
# Variables:
#   $id (String) - the id written in pack.toml
#   $folder (String) - the pack's folder name
check-pack-id-mismatch = パックの id「{ $id }」がフォルダー名「{ $folder }」と一致しません
# Variables:
#   $kind (String) - the kind written in item.toml
check-unknown-kind = 種別「{ $kind }」は pack.toml の kinds にありません
# Variables:
#   $file (String) - item.toml, en.md or ja.md
check-missing-item-file = 項目に { $file } がありません（どの項目にも item.toml・en.md・ja.md が必要です）
# Variables:
#   $id (String) - this item's ID
#   $other (String) - the ID it collides with
check-duplicate-id = ID { $id } は { $other } と重複しています（大文字・小文字の違いだけの ID は使えません）
# Variables:
#   $value (String) - what was written
check-malformed-id = 「{ $value }」は pack:local-id の形の項目 ID ではありません
# Variables:
#   $field (String) - the field name
#   $target (String) - the ID it names
check-unknown-target = { $field } が指す { $target } は存在しません
# Variables:
#   $field (String) - the field name
#   $target (String) - the ID it names
#   $expected (String) - the kind it must have
check-wrong-target-kind = { $field } が指す { $target } は { $expected } ではありません
# Variables:
#   $target (String) - the parent ID
check-parent-outside-pack = 親 { $target } は別のパックにあります。親は同じパックの項目でなければなりません
# Variables:
#   $id (String) - the item's ID
check-parent-cycle = { $id } から親をたどると自分自身に戻ってしまいます
# Variables:
#   $field (String) - the field name
check-practice-only = { $field } は推奨プラクティスの項目でのみ使えます
# Variables:
#   $field (String) - the field name
check-missing-field = 必須の項目 { $field } がありません
# Variables:
#   $field (String) - the field name
check-empty-field = { $field } が空です
# Variables:
#   $count (String) - how many levels were given
check-level-count = levels には成熟度0〜4の5段階をちょうど記述してください（現在{ $count }段階）
# Variables:
#   $sector (String) - the sector slug
check-unknown-sector = 「{ $sector }」は重要インフラ15分野のいずれでもありません
# Variables:
#   $sector (String) - the sector slug
check-weight-range = { $sector } の重みは1.0以上3.0以下にしてください
# Variables:
#   $sector (String) - the sector slug
check-missing-weight-reason = { $sector } の重みの理由が weight_reasons にありません
# Variables:
#   $sector (String) - the sector slug
check-stray-weight-reason = weight_reasons に { $sector } の理由がありますが、item.toml に重みがありません
# Variables:
#   $field (String) - the field name
check-not-japanese = 日本語版の { $field } に日本語が含まれていません
# Variables:
#   $field (String) - the field name
check-not-english = 英語版の { $field } に日本語が含まれています

# Variables:
#   $field (String) - the field name
check-bad-date = { $field } は YYYY-MM-DD 形式の実在する日付を引用符で囲んで書いてください（例："2026-11-30"）
# Variables:
#   $value (String) - what was written
check-bad-status = status の「{ $value }」は "in-force" か "planned" のどちらかにしてください
# Variables:
#   $field (String) - the field name
check-obligation-only = { $field } は法的義務（obligation）の項目にだけ書けます
# Variables:
#   $count (String) - how many words it has
#   $limit (String) - the most allowed
check-in-brief-words = in_brief が{ $count }語あります。経営層向けの要約は{ $limit }語以内にしてください
# Variables:
#   $count (String) - how many characters it has
#   $limit (String) - the most allowed
check-in-brief-chars = in_brief が{ $count }文字あります。経営層向けの要約は{ $limit }文字以内にしてください
# Variables:
#   $count (String) - how many good answers are given
#   $expected (String) - how many CISO questions there are
check-good-answer-count = good_answers は{ $count }件ですが、CISO への確認事項は{ $expected }件です。確認事項ごとに良い回答を1つずつ書いてください
# Variables:
#   $heading (String) - the heading found
check-generated-sector-heading = 分野のページに「{ $heading }」を手で書くことはできません。この一覧は各プラクティスの weights と weight_reasons から生成されます
# Variables:
#   $value (String) - the value given
check-bad-condition = applies_when が「{ $value }」です。"ot"、"iot"、"development" のいずれかにしてください
# Variables:
#   $field (String) - the field
check-sector-only = 「{ $field }」は分野の項目にだけ書けます
# Variables:
#   $key (String) - the directive the target is for
check-target-range = { $key } の目標は0から4の成熟度で指定してください
# Variables:
#   $directive (String) - the directive's ID
#   $count (String) - how many of its practices say anchor = true
check-anchor-count = { $directive } の中心設問（anchor = true）が{ $count }個あります。クイック診断で尋ねるため、ちょうど1個にしてください
# Variables:
#   $id (String) - the practice's ID
check-bad-synonyms = synonyms の各グループには、語または短い句（60文字以内）を2つ以上並べてください（例：["business continuity", "事業継続"]）
check-conditional-anchor = { $id } は指示の中心設問としてすべての組織に尋ねるため、applies_when は指定できません
# Variables:
#   $count (String) - the number of problems
check-summary-problems = { $count }件の問題が見つかりました
# Variables:
#   $packs (String) - the number of packs
#   $items (String) - the number of items
check-summary-clean = { $packs }パック、{ $items }項目：問題はありません
