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
