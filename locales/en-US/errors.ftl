## Errors shown to the user, one per error code that crosses from the core to the UI or CLI.

# Variables:
#   $detail (String) - the item ID that was asked for
error-item-not-found = There is no item { $detail } in the bundled guides.
# Variables:
#   $detail (String) - where the problem is
error-guides-invalid = The guides could not be loaded: { $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unreadable = Your settings could not be read, so the defaults are used. The file was left as it is: { $detail }
# Variables:
#   $detail (String) - the settings file and what is wrong with it
error-settings-unwritable = Your settings could not be saved: { $detail }
# Variables:
#   $detail (String) - technical detail
error-internal = Something went wrong inside { -brand-name }: { $detail }
# Variables:
#   $detail (String) - what the user typed
error-unknown-language = Unknown language "{ $detail }": use en or ja.
# Variables:
#   $detail (String) - the file and what went wrong
error-file-unreadable = The file could not be read: { $detail }
# Variables:
#   $detail (String) - unused
error-search-not-ready = Search is still being prepared. Try again in a moment.
# Variables:
#   $detail (String) - the database file and what is wrong
error-store-corrupt = Your saved self-assessments could not be opened because the file is damaged. It was left untouched; reading and search still work. { $detail }
# Variables:
#   $detail (String) - the database file and its version
error-store-newer = Your saved self-assessments were written by a newer version of { -brand-name }. They were left untouched; update { -brand-name } to open them. { $detail }
# Variables:
#   $detail (String) - the database file and the operating system's words
error-store-unavailable = Your self-assessments cannot be saved right now. Nothing already saved is lost. { $detail }
# Variables:
#   $detail (String) - where the damaged file was kept, and what was wrong with it
error-store-restored = The file of your saved self-assessments was damaged, so { -brand-name } restored the copy it kept when it last started; answers given after that start may be missing. The damaged file was kept, untouched, at: { $detail }
# Variables:
#   $detail (String) - where the file should have been
error-store-missing = The file of your saved self-assessments was missing, so { -brand-name } restored the copy it kept when it last started; answers given after that start may be missing. { $detail }
# Variables:
#   $detail (String) - the database file and the operating system's words
error-store-read-only = Your self-assessments can be read but not saved: the folder they are kept in cannot be written to (a read-only disk, or no permission). Reading and search work as usual. { $detail }
# Variables:
#   $detail (String) - the operating system's words
error-disk-full = The disk is full: answers cannot be saved until some space is freed. Everything saved before is kept. { $detail }
# Variables:
#   $detail (String) - the assessment's number
error-assessment-not-found = That self-assessment no longer exists: { $detail }
# Variables:
#   $detail (String) - what was wrong with the answer
error-answer-invalid = That answer could not be saved: { $detail }
# Variables:
#   $detail (String) - the file's name and what is wrong with it
error-import-invalid = The file could not be imported, and nothing was changed: { $detail }
# Variables:
#   $detail (String) - the file and the operating system's words
error-export-failed = The file could not be saved: { $detail }
