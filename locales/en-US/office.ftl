## The report as Word and Excel files.

office-sheet-summary = Summary
office-sheet-scores = Scores
office-sheet-answers = Answers
office-sheet-roadmap = Roadmap
office-col-id = ID
office-col-directive = Directive
office-col-practice = Practice
office-col-level = Level
office-col-answer = Answer
office-col-rank = Rank
office-col-phase = When
office-col-owner = Owner
office-col-due = Due date
office-col-status = Status
office-answer-unknown = Don't know
office-answer-none = Not answered
