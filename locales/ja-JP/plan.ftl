## 自己診断のロードマップと報告書。

plan-report-title = サイバーセキュリティのロードマップ
plan-sector = 分野
plan-sector-general = 一般（重要インフラ分野以外）
plan-size = 規模
plan-answered = 回答した設問
plan-scores = 現状評価
plan-score-item = 領域
plan-score-value = スコア（0〜100）
plan-score-change = 前回からの変化
plan-score-target = 目標
plan-score-unknown = わからない
plan-organization = 組織名
plan-assessed-on = 診断日
plan-unknown-count = 「わからない」の回答数（対策が確認できないものとして計算）
plan-tier-fact = NIST CSF の実装ティア
plan-tier-heading = 実装ティアとその根拠
plan-to-settle = 確認が必要な設問（「わからない」と回答）
# Variables:
#   $tier (String) - 1 to 4
#   $name (String) - the tier's name
plan-tier = ティア{ $tier }：{ $name }
# Variables:
#   $tier (String) - 1 to 4
#   $name (String) - the tier's name
plan-tier-provisional = ティア{ $tier }：{ $name }（暫定：次のティアの判定に必要な設問が未回答です）
plan-tier-name-1 = 部分的
plan-tier-name-2 = リスク情報に基づく
plan-tier-name-3 = 反復可能
plan-tier-name-4 = 適応的
plan-tier-not-asked = 未回答
plan-tier-unknown = わからない
# Variables:
#   $tier (String) - the tier this criterion belongs to
#   $title (String) - the practice
#   $needs (String) - the level the tier needs
#   $answered (String) - the level answered, or "not asked yet" / "don't know"
#   $met (String) - "yes" or "no"
plan-tier-criterion = ティア{ $tier }には「{ $title }」が段階{ $needs }以上であることが必要です。回答：{ $answered }（{ $met ->
        [yes] 満たしています
       *[no] 満たしていません
    }）
# Variables:
#   $date (String) - when the item's facts were last checked, YYYY-MM-DD
plan-as-of = { $date }時点
# Variables:
#   $count (String) - how many answers were "don't know"
plan-score-unknowns = 「わからない」{ $count }件
plan-phase-first-90-days = 最初の90日
plan-phase-this-year = 12か月以内
plan-phase-next-year = その後
plan-assessment = 自己診断の名前
plan-ot = 制御システム（OT）の運用
plan-iot = IoT 製品の製造
plan-yes = あり
plan-no = なし
# Variables:
#   $count (String) - questions answered
#   $total (String) - questions in all
plan-answered-of = 全{ $total }問中{ $count }問
plan-participants = ワークショップの参加者数
plan-scores-directives = 指示ごと（経済産業省・IPA ガイドライン）
plan-scores-functions = 機能ごと（NIST CSF 2.0）
plan-score-none = スコアなし
plan-workshop-note = ワークショップでの合意：
plan-appendix = 付録：引用したフレームワークの項目
plan-why-here = この順位の理由
plan-first-steps = 最初の一歩
plan-ciso-questions = CISO への確認事項
plan-disclaimer = Shirube で自社の回答から作成しました。ガイドは公開されたフレームワークを Shirube の言葉で要約したもので、公式の文書ではありません。
# Variables:
#   $level (String) - the answered maturity level, 0 to 4
#   $target (String) - the target level
plan-reason-gap = 現在は段階{ $level }で、目標は段階{ $target }です。
plan-reason-unknown = 現状を把握している人がいません。まず実態を確かめることが最初の一歩です。
# Variables:
#   $sector (String) - the sector's name
#   $weight (String) - the weight, e.g. "1.5"
plan-reason-sector-weight = { $sector }分野では重視度が{ $weight }倍です。
# Variables:
#   $dependents (String) - how many practices build on this one
plan-reason-foundation = 土台となる推奨プラクティスです。ほかの{ $dependents }件がこれを前提にしています。
# Variables:
#   $title (String) - the practice that needs this one
plan-reason-needed-by = 「{ $title }」の前提となるため、前倒ししました。

## 回答ファイルの問題。

# Variables:
#   $limit (String) - the size limit in bytes
answers-too-large = 回答ファイルが{ $limit }バイトを超えています
# Variables:
#   $line (String) - line number
#   $column (String) - column number
#   $detail (String) - the parser's words
answers-not-json = { $line }行{ $column }列目を回答ファイルとして読み取れません：{ $detail }
# Variables:
#   $found (String) - the schema written in the file
answers-wrong-schema = スキーマが「{ $found }」です。Shirube が読めるのは「shirube.answers/2」と「shirube.answers/1」です
# Variables:
#   $sector (String) - the sector written in the file
answers-unknown-sector = 「{ $sector }」は重要インフラ15分野のいずれでも「general」でもありません
# Variables:
#   $id (String) - the ID written in the file
answers-unknown-practice = { $id } はこのガイドの推奨プラクティスではありません
# Variables:
#   $id (String) - the practice
#   $value (String) - the answer given
answers-out-of-range = { $id } の回答が { $value } です。回答は 0〜4 か「unknown」です
# Variables:
#   $value (String) - the date as written in the file
answers-bad-date = 診断日が「{ $value }」です。YYYY-MM-DD の形で書いてください
# Variables:
#   $id (String) - the ID written in the file
answers-unknown-target = 目標の { $id } は、このガイドの指示、CSF の機能、推奨プラクティスのいずれでもありません
# Variables:
#   $id (String) - what the target is for
#   $value (String) - the level given
answers-target-out-of-range = { $id } の目標が { $value } です。目標は段階0〜4で指定します
# Variables:
#   $page (String) - the current page number (a live field in the document)
#   $pages (String) - how many pages the document has (a live field)
plan-page-of = { $page }／{ $pages }ページ
