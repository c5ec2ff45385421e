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
nav-score-none = no score yet
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
# Variables:
#   $change (Number) - points gained (positive) or lost (negative) since the earlier assessment
#   $signed (String) - the same with its sign, e.g. "+25"
nav-score-change = { $change ->
    [0] unchanged
   *[other] { $signed } since then
  }
