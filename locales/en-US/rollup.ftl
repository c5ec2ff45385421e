## The group's picture: `shirube rollup`, its HTML page and workbook, and the app's screen.

rollup-title = The group's picture
# Variables:
#   $count (Number) - how many answers files (companies or units) are in the picture
rollup-lead = { $count ->
    [one] One company or business unit, scored 0–100 against its own targets.
   *[other] { $count } companies or business units, each scored 0–100 against its own targets.
}
rollup-unit = Company or unit
rollup-legend = How to read it
rollup-rule-lowest = Lowest in the group: the lowest score in its column, where the scores differ.
# Variables:
#   $points (Number) - how many points below the target a score is marked (25, one level)
rollup-rule-far-below = Far below target: { $points } points or more below the unit's own target (one whole level).
rollup-rule-unknown = A "don't know" answer counts as 0; the last column counts them.
rollup-said-lowest = lowest in the group
rollup-said-far-below = far below target
# Variables:
#   $target (Number) - the unit's target for this column, 0–100
rollup-cell-target = Target { $target }
rollup-no-score = –
rollup-sheet = Group picture
rollup-file-name = group-picture
# Variables:
#   $limit (Number) - how many files one picture may hold
rollup-too-many = At most { $limit } files can be put side by side.
nav-rollup = Group picture
rollup-intro = Put the answers files of your group companies or business units side by side: a row per file, a column per directive and function, the weakest cells marked.
rollup-pick = Choose answers files…
rollup-empty = Choose two or more answers files to compare.
rollup-remove = Remove
