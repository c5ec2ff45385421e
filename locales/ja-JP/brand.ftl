# Brand names are terms: never translated, referenced as { -brand-name }.
-brand-name = Shirube
