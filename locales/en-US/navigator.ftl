## The navigator: an executive's path from self-assessment to roadmap.

mode-label = View
mode-library = Library
mode-navigator = Navigator
nav-title = Your cybersecurity navigator
nav-intro = Answer a short self-assessment about how your organization manages cyber risk. Every answer is saved the moment you give it; you can stop at any point and continue later. At the end you get scores, a prioritized roadmap, and the questions to ask your CISO.
nav-new-name = Name of this assessment
nav-default-name = Self-assessment
nav-start = Start a new assessment
nav-saved = Continue a saved assessment
# Variables:
#   $updated (String) - the date it was last changed
#   $count (Number) - how many questions are answered
nav-saved-meta = last changed { $updated } · { $count } answered
nav-progress-label = Progress
# Variables:
#   $step (Number) - the current step
#   $total (Number) - how many steps there are
nav-progress = Step { $step } of { $total }
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
nav-profile-title = About your organization
nav-profile-intro = This tailors the roadmap: some practices weigh more in some sectors, and some apply only where there are control systems or IoT products.
nav-sector = Sector
nav-size = Size (for example, number of employees)
nav-ot = We run industrial control systems (OT)
nav-iot = We make IoT products
nav-principles-title = Three principles for executives
nav-principles-intro = The METI/IPA guidelines ask executives to recognize three things before directing any work. Keep them in mind as you answer.
nav-dont-know = Don't know — nobody could tell me
nav-results-title = Where you stand
nav-results-directives = By directive (METI/IPA guidelines)
nav-results-functions = By function (NIST CSF 2.0)
nav-results-gaps = The largest gaps
nav-roadmap-title = Your roadmap
nav-finish-title = Finished
# Variables:
#   $count (Number) - practices in the roadmap
#   $first (Number) - practices in the first 90 days
nav-finish-summary = Your roadmap holds { $count } practices, { $first } of them for the first 90 days.
nav-finish-next-1 = Share the roadmap with your CISO and agree owners and dates for the first 90 days.
nav-finish-next-2 = Ask the questions listed under each practice, and note the answers.
nav-finish-next-3 = Run this assessment again in six months to see what improved.
nav-compare = Compare with an earlier assessment
nav-compare-none = No comparison

## Board report.

report-title = Board report
report-language = Language
report-lang-en = English
report-lang-ja = Japanese
report-lang-both = English and Japanese side by side
report-save-html = Save as HTML
report-save-docx = Save as Word
report-save-xlsx = Save as Excel
report-save-md = Save as Markdown
report-print = Print or save as PDF
report-print-hint = The printed report fits A4 pages. To make a PDF, choose "Print to File" in the print dialog.
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
nav-import = Import an answers file (.shirube.json) as a new assessment
nav-participant-hint = Taking part in a workshop? Name the assessment with your own name, answer it, then use "Export answers" and give the file to the facilitator.
# Variables:
#   $name (String) - the assessment's name
workshop-title = Workshop: { $name }
workshop-intro = Each participant answers the assessment on their own laptop and exports their answers. Import their files here, discuss where people disagree, and set the agreed answer. The agreed answers make the scores, the roadmap and the report.
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
    [0] No disagreements
    [one] One question to discuss
   *[other] { $count } questions to discuss
  }
workshop-only-disagreements = Show only disagreements
workshop-accept-consensus = Take the answer wherever everyone agrees
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
presenter-label = Presenter mode
# Variables:
#   $current (Number) - the question shown
#   $total (Number) - how many questions
presenter-progress = Question { $current } of { $total }
presenter-keys = ← → previous / next · 0–4 agree a level · U don't know · D next disagreement · Esc close
reader-side-by-side = English and Japanese side by side
