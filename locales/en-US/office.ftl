## The report as Word and Excel files.

# Variables:
#   $page (String) - the current page number (a live field in the document)
#   $pages (String) - how many pages the document has (a live field)
office-page-of = Page { $page } of { $pages }
office-sheet-scores = Scores
office-sheet-answers = Answers
office-sheet-roadmap = Roadmap
office-col-id = ID
office-col-unknowns = Don't know
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
