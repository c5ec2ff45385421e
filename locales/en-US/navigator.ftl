## The navigator: an executive's path from self-assessment to roadmap.

mode-label = View
mode-library = Guides
mode-navigator = Self-assessment
nav-title = Your cybersecurity navigator
nav-intro = Assess how your organization manages cyber risk: a quick check of about 10 minutes, then a deep dive only where you need one. Every answer is saved as soon as you pick it, so you can stop at any point and carry on later. At the end you see where you stand against your targets, a prioritized roadmap, and the questions to ask your CISO.
nav-new-name = Name of this self-assessment
nav-default-name = Self-assessment
nav-start = Start a new self-assessment
nav-saved = Continue a saved self-assessment
# Variables:
#   $updated (String) - the date it was last changed
#   $count (Number) - how many questions are answered
nav-saved-meta = last changed { $updated } · { $count } answered
nav-progress-label = Progress
nav-close = Save and close
# Variables:
#   $count (Number) - how many answers could not be saved
nav-unsaved = { $count ->
    [one] One answer is shown but was not saved;
   *[other] { $count } answers are shown but were not saved;
} the message above says why. They are saved when you answer them again once saving works.
nav-back = Back
nav-next = Next
nav-done = Done
nav-profile-intro = This tailors the roadmap to you: sectors weigh some practices more than others, and some practices apply only where there are control systems or IoT products.
nav-sector = Sector
nav-size = Size (for example, number of employees)
nav-ot = We run industrial control systems (OT)
nav-iot = We make IoT products
nav-dont-know = Don't know — nobody could tell me
nav-results-directives = By directive (METI/IPA guidelines)
nav-results-functions = By function (NIST CSF 2.0)
nav-results-gaps = The largest gaps to your targets
# Variables:
#   $count (Number) - practices in the roadmap
#   $first (Number) - practices in the first 90 days
nav-finish-summary = Your roadmap holds { $count } practices, { $first } of them for the first 90 days.
nav-finish-next-1 = Share the roadmap with your CISO and agree an owner and a due date for each practice in the first 90 days.
nav-finish-next-2 = Ask your CISO the questions listed under each practice, and note the answers.
nav-finish-next-3 = Take the self-assessment again in six months to see what has improved.
nav-compare = Compare with an earlier self-assessment
nav-compare-none = No comparison

## Board report.

report-title = Board report
report-summary-only = Summary only (two pages, without the annex)
report-language = Language
report-lang-en = English
report-lang-ja = Japanese
report-lang-both = English and Japanese side by side
report-save-html = Save as HTML
report-save-docx = Save as Word
report-save-xlsx = Save as Excel
report-save-md = Save as Markdown
report-print = Print or save as PDF
report-print-hint = The printed report fits A4 pages. To make a PDF, choose "Save as PDF" or similar in the print window.
# Variables:
#   $path (String) - where the file was saved
report-saved = Saved to { $path }

## Export, import and workshops.

nav-report = Board report
nav-export = Export answers
nav-workshop = Workshop
# Variables:
#   $path (String) - where the file was saved
nav-exported = Saved to { $path }
nav-import = Import an answers file (.shirube.json) as a new self-assessment
nav-participant-hint = Taking part in a workshop? Give the self-assessment your own name, answer it, then use "Export answers" and give the file to the facilitator.
# Variables:
#   $name (String) - the assessment's name
workshop-title = Workshop: { $name }
workshop-intro = Each participant takes the self-assessment on their own laptop and exports their answers. Import their files here, discuss the questions where people disagree, and set the agreed answer. The agreed answers make the scores, the roadmap and the report.
# Variables:
#   $count (Number) - how many participants
workshop-participants = { $count ->
    [one] One participant
   *[other] { $count } participants
  }
workshop-import = Import participants' answers files
# Variables:
#   $names (String) - the participants imported, separated by commas
workshop-imported = Imported: { $names }
# Variables:
#   $count (Number) - how many questions they answered
workshop-participant-meta = { $count } answered
# Variables:
#   $name (String) - the participant's name
workshop-remove = Remove { $name }
# Variables:
#   $count (Number) - questions with a disagreement
workshop-disagreements = { $count ->
    [0] No questions to discuss
    [one] One question to discuss
   *[other] { $count } questions to discuss
  }
workshop-only-disagreements = Show only disagreements
workshop-accept-close-answers = Where answers are at most one level apart, take the middle answer (the lower of two)
# Variables:
#   $count (Number) - how many agreed answers were set
workshop-accepted = { $count ->
    [0] No answers to take: every open question has a disagreement or no responses.
    [one] One agreed answer set from the group's answers.
   *[other] { $count } agreed answers set from the group's answers.
  }
workshop-present = Present
workshop-disagreement = Disagreement: answers two or more levels apart, or some said "don't know"
workshop-no-responses = Nobody has answered this yet.
workshop-agreed = Agreed answer
workshop-dont-know = Don't know
workshop-not-agreed = not yet agreed
workshop-note = Note on the agreement
presenter-previous = Previous
presenter-next = Next
presenter-next-disagreement = Next disagreement
presenter-agree-label = Agree a level
presenter-close = Close (Esc)
presenter-agreed-label = Agreed answer:{" "}
presenter-disagreements-first = Disagreements only, largest spread first
presenter-timer-start = Start a timer
# Variables:
#   $time (String) - minutes and seconds so far, m:ss
presenter-timer-stop = Timer { $time } (stop)
presenter-label = Presenter mode
# Variables:
#   $current (Number) - the question shown
#   $total (Number) - how many questions
presenter-progress = Question { $current } of { $total }
presenter-keys = ← → previous / next · 0–4 agree a level · U don't know · D next disagreement · Esc close
reader-side-by-side = English and Japanese side by side

## The start page.

mode-home = Home
# Variables:
#   $key (Number) - the number key pressed with Alt
mode-key = Alt+{ $key }
home-title = What would you like to do?
home-quick-title = Take the quick check
home-quick-time = About 10 minutes
home-quick-text = 10 to 12 questions: one for each directive of the METI/IPA Cybersecurity Management Guidelines, plus those your sector weighs most. You get a one-page snapshot against your targets, and see where to look deeper.
home-quick-start = Start the quick check
home-guides-title = Read the guides
home-guides-time = Minutes, at your pace
home-guides-text = The guidelines, NIST CSF 2.0, your sector's page, Japan's legal duties and the recommended practices, in plain words. Type in the search box at the top to find anything.
home-guides-open = Open the guides
home-report-title = Prepare the board report
home-report-time = About 5 minutes once the self-assessment is done
home-report-text = Continue a saved self-assessment, or open its board report to print or save.
home-report-none = Nothing saved yet: take the quick check first, then come back here for the report.
home-continue = Continue
home-all-saved = All saved self-assessments, importing answers, and workshops
home-keys = Keys: Alt+1 home, Alt+2 guides, Alt+3 self-assessment.
# Variables:
#   $date (String) - today, YYYY-MM-DD
home-default-name = Quick check { $date }

## The executive's path: quick check, snapshot, deep dives, targets.

nav-steps-label = Steps of this self-assessment
# Variables:
#   $question (Number) - the next question to answer
#   $total (Number) - how many questions the path asks
#   $minutes (Number) - about how many minutes are left
nav-progress-questions = Question { $question } of { $total } · about { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} left
# Variables:
#   $total (Number) - how many questions the path asks
nav-progress-done = All { $total } questions answered
# Variables:
#   $count (Number) - unanswered questions on that screen
nav-step-unanswered = { $count } unanswered
nav-step-profile = About your organization
# Variables:
#   $page (Number) - this page
#   $pages (Number) - the quick check's pages
nav-step-quick = Quick check ({ $page } of { $pages })
nav-step-snapshot = Snapshot and where to look deeper
# Variables:
#   $directive (String) - the directive's label, such as D5
#   $title (String) - the directive's title
#   $page (Number) - this page of the directive
#   $pages (Number) - the directive's pages
nav-step-deep = Deep dive { $directive }: { $title } ({ $page } of { $pages })
nav-step-targets = Your targets
nav-step-results = Where you stand
nav-step-roadmap = Your roadmap
nav-step-finish = Finished
# Variables:
#   $count (Number) - unanswered questions on this page
nav-leave-unanswered = { $count ->
    [one] One question on this page is unanswered.
   *[other] { $count } questions on this page are unanswered.
} You can come back to it from the step list; until then it counts as not assessed.
nav-leave-stay = Stay and answer
nav-leave-go = Go on for now
nav-quick-lead = One question for each directive, and those your sector weighs most. Pick the level that fits best; open "What each level means" for the full description.
nav-deep-kicker = Deep dive
nav-level-0 = Not started
nav-level-1 = Initial
nav-level-2 = Partial
nav-level-3 = Organization-wide
nav-level-4 = Measured and improving
nav-levels-explained = What each level means
nav-answered-by-ciso = Answered by the CISO
nav-skipped-title = Not asked: these do not apply to you
nav-skipped-intro = Your answers under "About your organization" say these do not apply, so they are left out of the questions and the scores. If they do apply, change those answers.
nav-organization = Organization
nav-assessed-on = Assessment date (YYYY-MM-DD)
nav-development = We develop software or systems of our own
nav-snapshot-gaps = The three largest gaps to your targets
nav-snapshot-no-gaps = No directive is below its target on the questions answered so far.
# Variables:
#   $score (Number) - the score now, 0-100
#   $target (Number) - the target, 0-100
#   $unknown (Number) - how many "don't know" answers count as 0 in it
nav-snapshot-gap = { $score } now, target { $target }{ $unknown ->
    [0] {""}
    [one] {" "}(one "don't know" counted as 0)
   *[other] {" "}({ $unknown } "don't know" counted as 0)
}
nav-deep-title = Where to look deeper
nav-deep-intro = The ticked directives get a deep dive into their remaining questions, a few at a time. A directive is ticked where the quick check found level 1 or below or a "don't know", or where your sector sets a higher target. Tick or untick as you see fit.
nav-flag-low = level 1 or below
nav-flag-unknown = "don't know"
nav-flag-sector-target = higher target for your sector
nav-flag-not-answered = not answered yet
nav-deep-all = Answer every question (about 45 minutes)
nav-snapshot-scores = All scores, against your targets
nav-handoff-title = Hand the technical questions to your CISO
nav-handoff-intro = Save the technical questions as an answers file for your CISO to answer in Shirube, then merge the file they send back. Their answers are marked as the CISO's.
nav-handoff-save = Save the questions for the CISO
nav-handoff-merge = Merge the CISO's answers file
# Variables:
#   $path (String) - where the file was saved
nav-handoff-saved = Saved to { $path }. Send this file to your CISO.
# Variables:
#   $count (Number) - how many answers were taken in
nav-handoff-merged = { $count ->
    [one] One answer merged, marked as the CISO's.
   *[other] { $count } answers merged, marked as the CISO's.
}
nav-targets-intro = The level to aim for in each directive. The defaults come from your sector's page in the guides: level 3, or 4 where your sector weighs a directive most. If you raise or lower one, say why. The roadmap ranks practices by the gap to these targets.
nav-targets-directive = Directive
nav-targets-now = Score now
nav-targets-level = Target level
nav-targets-why = Why (optional)
# Variables:
#   $directive (String) - the directive's label, such as D5
nav-targets-level-for = Target level for { $directive }
# Variables:
#   $directive (String) - the directive's label, such as D5
nav-targets-why-for = Why this target for { $directive }
nav-targets-default = sector default
# Variables:
#   $name (String) - the name both files claim
#   $kept (String) - the name the new file is listed under
workshop-same-name = Two files claim the name “{ $name }”. They come from different people, so both are kept: the new one as “{ $kept }”.
workshop-same-name-keep = Keep both
# Variables:
#   $name (String) - the earlier participant's name
workshop-same-name-replace = Remove the earlier “{ $name }”
# Variables:
#   $kept (String) - the name the new file is listed under
workshop-same-name-drop = Remove the new “{ $kept }”
workshop-hide-names = Hide names (show "Participant 1, 2 …")
# Variables:
#   $number (Number) - the participant's place in the list
workshop-participant-number = Participant { $number }
# Variables:
#   $name (String) - the participant's name, or "Participant N"
workshop-response = { $name }:{" "}
