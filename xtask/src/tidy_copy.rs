//! Readable text: no interface text under 14 px, and the Japanese interface copy keeps the
//! term list in locales/TERMS.md (no developer words, full-width punctuation, no space between
//! a digit and kanji).

use regex::Regex;

use crate::root;
use crate::tidy::{files_under, read};

/// Developer words a Japanese reader should never meet in the interface, and what to say.
const BANNED_JA: &[(&str, &str)] = &[
    ("パック", "ガイド or 集"),
    ("重み", "重視度 or 重視する"),
    ("プロファイル", "貴社について / 組織の特徴"),
    ("質問", "設問 (CISO への問いは「確認事項」)"),
    ("問い", "設問 or 確認事項"),
];

/// The values of a Fluent file's messages (and their attributes and variants), without comments
/// or placeables.
fn message_text(ftl: &str) -> Vec<(usize, String)> {
    let placeable = Regex::new(r"\{[^{}]*\}").unwrap();
    ftl.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with('#'))
        .filter_map(|(number, line)| {
            let value = match line.split_once('=') {
                Some((id, value)) if !id.starts_with(' ') => value,
                _ if line.starts_with(' ') => line,
                _ => return None,
            };
            Some((number + 1, placeable.replace_all(value, "").into_owned()))
        })
        .collect()
}

#[test]
fn japanese_interface_copy_keeps_the_term_list() {
    let digit_space_kanji = Regex::new(r"[0-9０-９] +\p{Han}").unwrap();
    let japanese = Regex::new(r"[\p{Hiragana}\p{Katakana}\p{Han}]").unwrap();
    let half_width_colon = Regex::new(r"[\p{Hiragana}\p{Katakana}\p{Han}）」]: ?").unwrap();
    let mut problems = Vec::new();
    for file in files_under(&root().join("locales/ja-JP"), &["ftl"]) {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        // check.ftl and cli.ftl speak to authors of guides, who write these words in TOML.
        let for_authors = name.ends_with("check.ftl");
        for (line, text) in message_text(&read(&file)) {
            if !for_authors {
                for (word, instead) in BANNED_JA {
                    if text.contains(word) {
                        problems.push(format!("{name}:{line}: 「{word}」: say {instead}"));
                    }
                }
            }
            if digit_space_kanji.is_match(&text) {
                problems.push(format!("{name}:{line}: a space between a digit and kanji"));
            }
            if japanese.is_match(&text) && half_width_colon.is_match(&text) {
                problems.push(format!(
                    "{name}:{line}: half-width \":\" in Japanese (use \"：\")"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_interface_text_is_under_14_px() {
    let size = Regex::new(r"font-size:\s*([0-9.]+)(px|rem|em)").unwrap();
    let mut small = Vec::new();
    for file in files_under(&root().join("ui/src"), &["css", "svelte"]) {
        for (number, line) in read(&file).lines().enumerate() {
            for caps in size.captures_iter(line) {
                let value: f64 = caps[1].parse().unwrap();
                // rem and em scale 16 px (the root, or the presenter's larger base).
                let px = if &caps[2] == "px" {
                    value
                } else {
                    value * 16.0
                };
                if px < 14.0 {
                    small.push(format!("{}:{}: {}", file.display(), number + 1, &caps[0]));
                }
            }
        }
    }
    assert!(small.is_empty(), "text under 14 px:\n{}", small.join("\n"));
}
