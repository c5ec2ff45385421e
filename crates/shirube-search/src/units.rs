//! Splits what a user typed into the units a query is made of. Japanese has no spaces, so a
//! chunk is cut where the script changes: content words are mostly kanji or katakana runs, while
//! hiragana runs are mostly particles and endings (を, の, べきか), which may match but need not.
//! Common English function words are dropped the same way, unless nothing else is left.

use unicode_normalization::UnicodeNormalization;

/// Longer input is cut: nobody types more, and it bounds the work a query can cause.
const MAX_QUERY_CHARS: usize = 256;
const MAX_UNITS: usize = 16;

const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how",
    "i", "in", "is", "it", "much", "of", "on", "or", "our", "should", "the", "to", "we", "what",
    "when", "where", "which", "who", "why", "with",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub text: String,
    /// A required unit must match; an optional one only adds to the score.
    pub required: bool,
    /// The unit the user is still typing: it also matches as a prefix.
    pub typing: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Hiragana,
    Katakana,
    Kanji,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{3041}'..='\u{309F}' => Script::Hiragana,
        '\u{30A0}'..='\u{30FF}' => Script::Katakana,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{3005}' => Script::Kanji,
        _ => Script::Other,
    }
}

pub fn units(input: &str) -> Vec<Unit> {
    let normalized: String = input
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect::<String>()
        .nfkc()
        .collect();
    let typing_last = !normalized.ends_with(char::is_whitespace);
    let mut units = Vec::new();
    for chunk in normalized.split_whitespace() {
        let runs = script_runs(chunk);
        let all_hiragana = runs.iter().all(|(s, _)| *s == Script::Hiragana);
        for (script, text) in runs {
            let function_word = script == Script::Other
                && ENGLISH_FUNCTION_WORDS.contains(&text.to_lowercase().as_str());
            let required = !function_word && (script != Script::Hiragana || all_hiragana);
            units.push(Unit {
                text,
                required,
                typing: false,
            });
        }
    }
    if typing_last {
        if let Some(last) = units.last_mut() {
            last.typing = true;
        }
    }
    if !units.is_empty() && units.iter().all(|u| !u.required) {
        units.iter_mut().for_each(|u| u.required = true);
    }
    units.truncate(MAX_UNITS);
    units
}

/// Runs of one script; everything that is not Japanese stays together (`GV.OC-01`, `CISO`).
fn script_runs(chunk: &str) -> Vec<(Script, String)> {
    let mut runs: Vec<(Script, String)> = Vec::new();
    for c in chunk.chars() {
        let s = script(c);
        // The long-vowel mark and iteration marks belong to the run before them.
        let s = match (c, runs.last()) {
            ('ー' | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ', Some((previous, _))) => *previous,
            _ => s,
        };
        match runs.last_mut() {
            Some((previous, text)) if *previous == s => text.push(c),
            _ => runs.push((s, c.to_string())),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(input: &str) -> Vec<(String, bool)> {
        units(input)
            .into_iter()
            .map(|u| (u.text, u.required))
            .collect()
    }

    #[test]
    fn japanese_particles_are_optional() {
        assert_eq!(
            summary("身代金を払うべきか"),
            [
                ("身代金".into(), true),
                ("を".into(), false),
                ("払".into(), true),
                ("うべきか".into(), false)
            ]
        );
        assert_eq!(summary("サーバー"), [("サーバー".into(), true)]);
        assert_eq!(summary("ばっくあっぷ"), [("ばっくあっぷ".into(), true)]);
    }

    #[test]
    fn english_function_words_are_optional_unless_alone() {
        assert_eq!(
            summary("who approves the budget"),
            [
                ("who".into(), false),
                ("approves".into(), true),
                ("the".into(), false),
                ("budget".into(), true)
            ]
        );
        assert_eq!(summary("who"), [("who".into(), true)]);
    }

    #[test]
    fn the_last_unit_is_being_typed_unless_a_space_follows() {
        assert!(units("segmen").last().unwrap().typing);
        assert!(!units("segmen ").last().unwrap().typing);
        assert!(units("").is_empty());
    }

    #[test]
    fn full_width_input_is_normalized_and_symbols_survive_as_text() {
        assert_eq!(
            summary("ＣＩＳＯの任命"),
            [
                ("CISO".into(), true),
                ("の".into(), false),
                ("任命".into(), true)
            ]
        );
        assert_eq!(units(&"x".repeat(10_000))[0].text.len(), 256);
    }
}
