## The executive summary at the head of the board report, and its annex.

summary-title = Cybersecurity: where we stand and what we ask of the board
summary-confidential = Confidential
summary-organization = Organization
summary-assessed-on = Assessed on
summary-report-date = Report date
summary-prepared-by = Prepared by
summary-not-given = (not given)
summary-picture = Overall picture
# Variables:
#   $below (String) - how many directives score below their target
#   $total (String) - how many directives were scored
summary-below-target = { $below } of { $total } directives are below their target.
# Variables:
#   $areas (String) - the directives with the largest gaps, each as "D2 (gap 40)", joined
summary-largest-gaps = The largest gaps are in { $areas }.
summary-all-on-target = Every directive meets its target.
# Variables:
#   $code (String) - the directive's short code, such as D2
#   $name (String) - the directive's title without its number
#   $gap (String) - points below target
summary-gap = { $code } { $name } ({ $gap } points short)
# Variables:
#   $date (String) - the earlier assessment's date (YYYY-MM-DD), or "the last assessment"
#   $up (String) - how many directives improved
#   $down (String) - how many directives fell
#   $average (String) - the change in the average directive score, signed (+12)
summary-change = Since { $date }: { $up } directives improved, { $down } fell; the average moved { $average } points.
summary-change-earlier = the last assessment
# Variables:
#   $tier (String) - the tier, worded ("Tier 2: Risk Informed")
summary-tier-placement = On the four implementation tiers of the NIST Cybersecurity Framework, the governance answers place us at { $tier }.
summary-basis = Basis
summary-basis-self = Self-assessment by management.
# Variables:
#   $count (String) - how many people took part in the workshop
summary-basis-workshop = Workshop of { $count } participants; the answers are the group's agreed ones.
# Variables:
#   $answered (String) - questions answered
#   $total (String) - questions there are
#   $unknown (String) - answers of "don't know"
summary-basis-answers = { $answered } of { $total } questions answered; { $unknown } answered "don't know", which counts as not in place.
summary-chart = Score by directive against target (0–100)
summary-chart-score = Score
summary-chart-target = Target
summary-chart-before = Last time
summary-risks = The three largest risks
summary-risk = Risk to the business
summary-owner = Owner
summary-due = Due by
summary-no-risks = No practice is below its target: no large risk stands out.
summary-decisions = Decisions asked of the board
summary-decision = Decision
summary-decision-basis = From the roadmap
summary-decided = Decided on
summary-no-decisions = The first 90 days need no decision of the board: the board is asked to note this report.
summary-decision-policy = Approve the company-wide cybersecurity policy and the risk the company will accept.
summary-decision-budget = Approve the budget and people for security in this year's plan.
summary-decision-mandate = Name the executive accountable for cyber risk and give the CISO a written mandate.
summary-decision-exercise = Set the date of an incident exercise with the executive team.
summary-decision-ransom = Agree in advance the company's stance on a ransom demand.
summary-decision-insurance = Decide which cyber losses to insure, and for how much.
summary-done = Done since the last assessment
summary-next-review = Next review
# Variables:
#   $date (String) - six months after the assessment (YYYY-MM-DD)
summary-next-review-on = Reassess by { $date }, against the same targets.
summary-annex = Annex: the full report
