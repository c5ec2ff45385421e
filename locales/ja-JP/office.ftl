## 報告書の Word・Excel ファイル。

office-sheet-summary = 要約
office-sheet-scores = スコア
office-sheet-answers = 回答
office-sheet-roadmap = ロードマップ
office-col-id = ID
office-col-directive = 指示
office-col-practice = 推奨プラクティス
office-col-level = 段階
office-col-answer = 回答
office-col-rank = 順位
office-col-phase = 時期
office-col-owner = 担当者
office-col-due = 期限
office-col-status = 状況
office-answer-unknown = わからない
office-answer-none = 未回答
