## The desktop app's frame: top bar, library, reader.

app-name = { -brand-name }
app-tagline = Cybersecurity risk guidance, offline
app-skip-to-reader = Skip to the reader
app-dismiss = Dismiss

lang-switch-label = Language
text-size-label = Text size
# Variables:
#   $percent (Number) - the size in percent of the default
text-size-percent = { $percent }%
# Each language's name is written in that language, in both locales.
lang-name-en = English
lang-name-ja = 日本語

library-label = Guide library
library-heading = Guides

reader-empty-title = Choose a guide to read
reader-empty-hint = Pick a framework, sector or practice in the library. Use the arrow keys to move through it and Enter to open an item.
reader-breadcrumb-label = Where this item sits
reader-children = Contents
reader-maps-to = Maps to
reader-mapped-from = Put into practice by
reader-see-also = See also
reader-source = Source
reader-external-link = This link leads to a website outside Shirube. Shirube never goes online: to visit it, type or paste this address into your web browser.
reader-external-link-address = Web address
reader-question = Self-assessment question
reader-why-ask = Why we ask:
reader-levels = What good looks like, level by level
reader-first-steps = First steps
reader-ciso-questions = Questions to ask your CISO, and what a good answer sounds like
reader-directive = Directive it carries out
reader-depends-on = Builds on
reader-weights = Sectors that weigh it more
reader-weighted-practices = What weighs more here
# Variables:
#   $weight (String) - the weight, e.g. "1.5"
reader-weight = weight × { $weight }

reader-assessment-targets = Targets in the self-assessment
reader-assessment-targets-hint = The self-assessment starts a company in this sector from these levels; every other directive aims at level 3. Each can be changed, with a reason, on the targets step.
# Variables:
#   $level (Number) - the target level, 0 to 4
reader-assessment-target-level = level { $level }
reader-weighted-practices-hint = Built from each practice's sector weights. The self-assessment's roadmap ranks practices with the same numbers.
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-as-of = Facts as of { $date }
reader-in-brief = In brief
reader-effort = Effort and lead time:
reader-good-answer = A good answer sounds like:
reader-obligation-status-in-force = In force
reader-obligation-status-planned = Planned
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-obligation-since = since { $date }
# Variables:
#   $date (String) - the date, YYYY-MM-DD
reader-obligation-planned-for = planned for { $date }
reader-obligation-who = Who it applies to
reader-obligation-requires = What it requires
reader-obligation-applies-to = Sectors it applies to
reader-obligation-helped-by = Practices that help meet it
reader-obligations-sector = Legal duties that apply in this sector
reader-obligations-practice = Legal duties this practice helps meet

## Item kinds, shown as a badge above the title.

kind-function = Function
kind-category = Category
kind-subcategory = Subcategory
kind-principle = Principle
kind-directive = Directive
kind-sector = Sector
kind-guideline = Guideline
kind-practice = Practice
kind-term = Term
kind-obligation = Legal duty
kind-other = Item
