//! Localization through Fluent, from the same `locales/*/*.ftl` files the UI reads.
//! Isolation marks are off: the text goes to terminals, HTML reports and logs, where the
//! invisible Unicode marks only get in the way.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::{bundled, Lang};

/// Named arguments for a message, all passed as strings (numbers are formatted by the caller).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Args(Vec<(&'static str, String)>);

impl Args {
    pub fn new() -> Args {
        Args::default()
    }

    pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
        self.0.push((name, value.into()));
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.set(name, value);
        self
    }
}

pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// A localizer over the bundled Fluent files. The files are checked by tests, so a syntax
    /// error here is a build defect; the parts that parse are still used.
    pub fn new(lang: Lang) -> Localizer {
        let langid = lang
            .locale()
            .parse()
            .expect("locale folder names are valid language IDs");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for (_, text) in bundled::locale_files(lang.locale()) {
            let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
            // Duplicate IDs across files are caught by the tidy tests; keep the first.
            let _ = bundle.add_resource(resource);
        }
        Localizer { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Formats a message; a missing ID yields the ID itself, so a gap is visible, never blank.
    pub fn format(&self, id: &str, args: &Args) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &args.0 {
            fluent_args.set(*name, FluentValue::from(value.as_str()));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, &Args::new())
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_both_languages_without_isolation_marks() {
        let args = Args::new().with("count", "3");
        let en = Localizer::new(Lang::En).format("check-summary-problems", &args);
        let ja = Localizer::new(Lang::Ja).format("check-summary-problems", &args);
        assert!(en.contains('3') && en.is_ascii(), "{en}");
        assert!(ja.contains('3') && !ja.is_ascii(), "{ja}");
        assert!(!en.contains('\u{2068}') && !ja.contains('\u{2068}'));
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            Localizer::new(Lang::En).text("no-such-message"),
            "no-such-message"
        );
    }
}
