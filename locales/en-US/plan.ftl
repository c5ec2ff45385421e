## The navigator's plan and its report.

plan-report-title = Cybersecurity roadmap
plan-sector = Sector
plan-sector-general = General (no critical-infrastructure sector)
plan-size = Size
plan-answered = Questions answered
plan-scores = Where you stand
plan-score-item = Area
plan-score-value = Score (0–100)
plan-score-change = Change since last time
plan-score-target = Target
plan-score-unknown = Don't know
plan-organization = Organization
plan-assessed-on = Assessed on
plan-unknown-count = Answered "don't know" (scored as not assured)
plan-tier-fact = NIST CSF implementation tier
plan-tier-heading = Implementation tier, and why
plan-to-settle = Questions to settle (answered "don't know")
# Variables:
#   $tier (String) - 1 to 4
#   $name (String) - the tier's name
plan-tier = Tier { $tier }: { $name }
# Variables:
#   $tier (String) - 1 to 4
#   $name (String) - the tier's name
plan-tier-provisional = Tier { $tier }: { $name } (provisional: a question the next tier needs is not answered yet)
plan-tier-name-1 = Partial
plan-tier-name-2 = Risk Informed
plan-tier-name-3 = Repeatable
plan-tier-name-4 = Adaptive
plan-tier-not-asked = not asked yet
plan-tier-unknown = don't know
# Variables:
#   $tier (String) - the tier this criterion belongs to
#   $title (String) - the practice
#   $needs (String) - the level the tier needs
#   $answered (String) - the level answered, or "not asked yet" / "don't know"
#   $met (String) - "yes" or "no"
plan-tier-criterion = Tier { $tier } needs “{ $title }” at level { $needs } or above: { $answered } — { $met ->
        [yes] met
       *[no] not met
    }
# Variables:
#   $date (String) - when the item's facts were last checked, YYYY-MM-DD
plan-as-of = as of { $date }
# Variables:
#   $count (String) - how many answers were "don't know"
plan-score-unknowns = { $count } × don't know
plan-phase-first-90-days = First 90 days
plan-phase-this-year = Within 12 months
plan-phase-next-year = After that
plan-assessment = Self-assessment
plan-ot = Runs industrial control systems (OT)
plan-iot = Makes IoT products
plan-yes = Yes
plan-no = No
# Variables:
#   $count (String) - questions answered
#   $total (String) - questions in all
plan-answered-of = { $count } of { $total }
plan-participants = Workshop participants
plan-scores-directives = By directive (METI/IPA guidelines)
plan-scores-functions = By function (NIST CSF 2.0)
plan-score-none = no score
plan-workshop-note = Agreed in the workshop:
plan-appendix = Appendix: framework items cited
plan-why-here = Why it ranks here
plan-first-steps = First steps
plan-ciso-questions = Questions to ask your CISO
plan-disclaimer = Prepared with Shirube from your own answers. The guidance summarizes public frameworks in Shirube's own words; it is not the official text.
# Variables:
#   $level (String) - the answered maturity level, 0 to 4
#   $target (String) - the target level
plan-reason-gap = Now at level { $level }; the target is level { $target }.
plan-reason-unknown = Nobody could say how far this has come: finding out is the first step.
# Variables:
#   $sector (String) - the sector's name
#   $weight (String) - the weight, e.g. "1.5"
plan-reason-sector-weight = Weighs { $weight }× in { $sector }.
# Variables:
#   $dependents (String) - how many practices build on this one
plan-reason-foundation = A foundation: { $dependents } other practices build on it.
# Variables:
#   $title (String) - the practice that needs this one
plan-reason-needed-by = Brought forward because “{ $title }” needs it.

## Problems with an answers file.

# Variables:
#   $limit (String) - the size limit in bytes
answers-too-large = the answers file is larger than { $limit } bytes
# Variables:
#   $line (String) - line number
#   $column (String) - column number
#   $detail (String) - the parser's words
answers-not-json = not a valid answers file at line { $line }, column { $column }: { $detail }
# Variables:
#   $found (String) - the schema written in the file
answers-wrong-schema = the schema is "{ $found }"; Shirube reads "shirube.answers/2" and "shirube.answers/1"
# Variables:
#   $sector (String) - the sector written in the file
answers-unknown-sector = "{ $sector }" is not one of the 15 sectors or "general"
# Variables:
#   $id (String) - the ID written in the file
answers-unknown-practice = { $id } is not a recommended practice in these guides
# Variables:
#   $id (String) - the practice
#   $value (String) - the answer given
answers-out-of-range = the answer for { $id } is { $value }; answers are 0 to 4 or "unknown"
# Variables:
#   $value (String) - the date as written in the file
answers-bad-date = the assessment date is "{ $value }"; write it as YYYY-MM-DD
# Variables:
#   $id (String) - the ID written in the file
answers-unknown-target = a target names { $id }, which is not a directive, CSF function or practice in these guides
# Variables:
#   $id (String) - what the target is for
#   $value (String) - the level given
answers-target-out-of-range = the target for { $id } is { $value }; targets are levels 0 to 4
# Variables:
#   $page (String) - the current page number (a live field in the document)
#   $pages (String) - how many pages the document has (a live field)
plan-page-of = Page { $page } of { $pages }
