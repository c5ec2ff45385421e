## The search box and its results.

search-label = Search the guides
search-placeholder = Search, for example: ransomware, board, GV.OC
# The keyboard shortcut shown in the search box.
search-shortcut = Ctrl K
search-results-label = Search results
search-preparing = Preparing search…
# Variables:
#   $count (Number) - how many results are shown
search-count = { $count ->
        [one] 1 result
       *[other] { $count } results
    }
# When more matched than the list shows.
# Variables:
#   $count (Number) - how many results are shown
search-count-best = The { $count } best results
# Variables:
#   $query (String) - what the user typed
search-none = No results for “{ $query }”
search-tip-spelling = Check the spelling, or use fewer or shorter words.
search-tip-filters = Clear the filters above.
search-tip-language = Try the other language: the guides exist in English and Japanese.
search-try = Or try one of these:
# An example query offered when nothing was found; it is searched as written.
search-example-1 = ransomware
search-example-2 = board reporting
search-example-3 = supplier risk
search-filter-pack = Guide
search-filter-kind = Kind
search-filter-sector = Sector
search-filter-all = All
