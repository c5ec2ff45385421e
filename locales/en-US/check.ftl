## Problems reported by `shirube check` (and when loading user packs). Each follows "path:line: ".

# Variables:
#   $detail (String) - the operating system's or parser's own words
check-unreadable = cannot read the file: { $detail }
check-syntax = invalid TOML: { $detail }
check-not-utf8 = the file is not UTF-8 text
check-not-a-file = not a regular file (a folder, link, pipe or device): pack files are read only from regular files
# Variables:
#   $limit (String) - the size limit in KiB
check-too-large = the file is larger than { $limit } KiB
check-no-front-matter = the file must start with a TOML front matter block between two lines of +++
check-unclosed-front-matter = the front matter that opens here with +++ has no closing +++ line (is the file cut short?)
check-stray-file = unexpected file: a pack holds pack.toml and item folders with item.toml, en.md and ja.md
check-bad-folder-name = folder names may use only A-Z, a-z, 0-9, dot, underscore and hyphen
check-missing-manifest = the pack has no pack.toml
# Variables:
#   $id (String) - the id written in pack.toml
#   $folder (String) - the pack's folder name
check-pack-id-mismatch = the pack id "{ $id }" differs from its folder "{ $folder }"
# Variables:
#   $kind (String) - the kind written in item.toml
check-unknown-kind = the kind "{ $kind }" is not one of the kinds listed in pack.toml
# Variables:
#   $file (String) - item.toml, en.md or ja.md
check-missing-item-file = the item has no { $file } (every item needs item.toml, en.md and ja.md)
# Variables:
#   $id (String) - this item's ID
#   $other (String) - the ID it collides with
check-duplicate-id = the ID { $id } duplicates { $other } (IDs must differ in more than letter case)
# Variables:
#   $value (String) - what was written
check-malformed-id = "{ $value }" is not an item ID of the form pack:local-id
# Variables:
#   $field (String) - the field name
#   $target (String) - the ID it names
check-unknown-target = { $field } names { $target }, which does not exist
# Variables:
#   $field (String) - the field name
#   $target (String) - the ID it names
#   $expected (String) - the kind it must have
check-wrong-target-kind = { $field } names { $target }, which is not a { $expected }
# Variables:
#   $target (String) - the parent ID
check-parent-outside-pack = the parent { $target } is in another pack: an item's parent must be in its own pack
# Variables:
#   $id (String) - the item's ID
check-parent-cycle = following parent links from { $id } leads back to it
# Variables:
#   $field (String) - the field name
check-practice-only = { $field } belongs to practice items only
# Variables:
#   $field (String) - the field name
check-missing-field = the required field { $field } is missing
# Variables:
#   $field (String) - the field name
check-empty-field = the field { $field } is empty
# Variables:
#   $count (String) - how many levels were given
check-level-count = levels must list exactly five maturity levels (0 to 4), not { $count }
# Variables:
#   $sector (String) - the sector slug
check-unknown-sector = "{ $sector }" is not one of the 15 critical-infrastructure sectors
# Variables:
#   $sector (String) - the sector slug
check-weight-range = the weight for { $sector } must be between 1.0 and 3.0
# Variables:
#   $sector (String) - the sector slug
check-missing-weight-reason = the weight for { $sector } has no reason in weight_reasons
# Variables:
#   $sector (String) - the sector slug
check-stray-weight-reason = weight_reasons explains { $sector }, which has no weight in item.toml
# Variables:
#   $field (String) - the field name
check-not-japanese = the Japanese text of { $field } contains no Japanese
# Variables:
#   $field (String) - the field name
check-not-english = the English text of { $field } contains Japanese

# Variables:
#   $field (String) - the field name
check-bad-date = { $field } must be a calendar date written YYYY-MM-DD, in quotes (for example "2026-11-30")
# Variables:
#   $value (String) - what was written
check-bad-status = the status "{ $value }" must be "in-force" or "planned"
# Variables:
#   $field (String) - the field name
check-obligation-only = { $field } belongs to obligation items only
# Variables:
#   $count (String) - how many words it has
#   $limit (String) - the most allowed
check-in-brief-words = in_brief has { $count } words: an executive summary has at most { $limit }
# Variables:
#   $count (String) - how many characters it has
#   $limit (String) - the most allowed
check-in-brief-chars = in_brief has { $count } characters: an executive summary has at most { $limit }
# Variables:
#   $count (String) - how many good answers are given
#   $expected (String) - how many CISO questions there are
check-good-answer-count = good_answers has { $count } entries but there are { $expected } CISO questions: give one good answer per question
# Variables:
#   $heading (String) - the heading found
check-generated-sector-heading = a sector page must not write "{ $heading }" by hand: that list is generated from the practices' weights and weight_reasons
# Variables:
#   $value (String) - the value given
check-bad-condition = applies_when is "{ $value }": use "ot", "iot" or "development"
# Variables:
#   $field (String) - the field
check-sector-only = "{ $field }" belongs on sector items only
# Variables:
#   $key (String) - the directive the target is for
check-target-range = the target for { $key } must be a level from 0 to 4
# Variables:
#   $directive (String) - the directive's ID
#   $count (String) - how many of its practices say anchor = true
check-anchor-count = { $directive } has { $count } anchor practices: exactly one must say anchor = true (it is asked in the quick check)
# Variables:
#   $id (String) - the practice's ID
check-bad-synonyms = each synonyms group lists two names or more, each a word or a short phrase (60 characters at most), for example ["business continuity", "事業継続"]
check-conditional-anchor = { $id } anchors its directive, so it is asked of every organization: it cannot have applies_when
# Variables:
#   $count (String) - the number of problems
check-summary-problems = { $count } problems found
# Variables:
#   $packs (String) - the number of packs
#   $items (String) - the number of items
check-summary-clean = { $packs } packs, { $items } items: no problems
