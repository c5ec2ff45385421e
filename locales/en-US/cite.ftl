# "Copy with citation" in the reader: the passage, then where it comes from, so that it can be
# pasted into a memo or a board paper and still be checked.
# Variables:
#   $passage (String) - the text the reader selected, or the item's summary when nothing was selected
#   $title (String) - the item's title, with its framework label in front when it has one
#   $id (String) - the item's ID in Shirube, such as csf2:GV.OC-01
#   $guide (String) - the guide the item belongs to
#   $source (String) - the official document the item summarizes
#   $date (String) - when the item's facts were last checked, YYYY-MM-DD
cite-text =
    “{ $passage }”
    — { $title } ({ $id }), { $guide }. Source: { $source }. Facts as of { $date }. Quoted from { -brand-name }.
# As cite-text, for an item that names no official document.
cite-text-no-source =
    “{ $passage }”
    — { $title } ({ $id }), { $guide }. Facts as of { $date }. Quoted from { -brand-name }.

reader-cite = Copy with citation
reader-cite-hint = Copies the text you selected in this item (or its summary, if you selected none) with the item's title, ID, source and date.
reader-cite-done = Copied, with its citation. Paste it where you need it.
