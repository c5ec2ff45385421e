//! Synonyms from the guides. Every glossary term (an item of kind `term`, in any pack) names one
//! idea in both languages: its English and Japanese titles and what their brackets add
//! ("多要素認証（MFA）" gives 多要素認証 and MFA). A pack's `synonyms` in its pack.toml add the
//! pairs no title spells out (the bundled glossary's, and any user pack's). A query word that is
//! one of these names also matches all the others, in either language.

use std::collections::HashMap;

use shirube_guides::Library;

use crate::corpus::Document;
use crate::tokenizer::folded;
use crate::units::Unit;

/// The most units one name may span ("multi-factor authentication" is two).
const MAX_NAME_UNITS: usize = 4;

#[derive(Default)]
pub struct Synonyms {
    /// Each group's names as written.
    groups: Vec<Vec<String>>,
    /// A name's folded form (`folded`, spaces dropped) → its group.
    by_key: HashMap<String, usize>,
}

/// Every pack's synonym groups, as its pack.toml lists them.
pub fn synonym_groups(library: &Library) -> Vec<Vec<String>> {
    library
        .packs()
        .iter()
        .flat_map(|pack| pack.synonyms.iter().cloned())
        .collect()
}

fn key(name: &str) -> String {
    folded(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn is_japanese(key: &str) -> bool {
    !key.is_ascii()
}

/// "Multi-factor authentication (MFA)" → its two names.
fn names_in_title(title: &str) -> Vec<String> {
    title
        .split(['(', ')', '（', '）'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Synonyms {
    pub fn new(docs: &[Document], groups: &[Vec<String>]) -> Synonyms {
        let mut titles: HashMap<&str, Vec<String>> = HashMap::new();
        for doc in docs.iter().filter(|doc| doc.meta.kind == "term") {
            titles
                .entry(doc.id.as_str())
                .or_default()
                .extend(names_in_title(&doc.title));
        }
        let mut synonyms = Synonyms::default();
        for names in titles.into_values().chain(groups.iter().cloned()) {
            synonyms.add(names);
        }
        synonyms
    }

    /// Adds a group, merged with any group that already has one of its names.
    fn add(&mut self, names: Vec<String>) {
        let target = names
            .iter()
            .find_map(|name| self.by_key.get(&key(name)).copied())
            .unwrap_or_else(|| {
                self.groups.push(Vec::new());
                self.groups.len() - 1
            });
        for name in names {
            let name_key = key(&name);
            match self.by_key.get(&name_key) {
                Some(&group) if group != target => {
                    // A name joins two groups: move the other group's names over.
                    let moved = std::mem::take(&mut self.groups[group]);
                    for name in &moved {
                        self.by_key.insert(key(name), target);
                    }
                    self.groups[target].extend(moved);
                }
                Some(_) => {}
                None => {
                    self.by_key.insert(name_key, target);
                    self.groups[target].push(name);
                }
            }
        }
    }

    /// For each unit, the other names it may also match. A name may span several units
    /// ("multi-factor authentication"): each of them gets the other names, so a text with one of
    /// those matches them all. A Japanese name inside a longer unit (業務継続 in 業務継続計画) gives
    /// that unit with the name replaced (事業継続計画).
    pub fn alternatives(&self, units: &[Unit]) -> Vec<Vec<String>> {
        let keys: Vec<String> = units.iter().map(|unit| key(&unit.text)).collect();
        let mut alternatives: Vec<Vec<String>> = vec![Vec::new(); units.len()];
        for first in 0..units.len() {
            let mut joined = String::new();
            for last in first..units.len().min(first + MAX_NAME_UNITS) {
                joined.push_str(&keys[last]);
                if let Some(&group) = self.by_key.get(&joined) {
                    for list in &mut alternatives[first..=last] {
                        list.extend(self.others(group, &joined));
                    }
                }
            }
        }
        for (unit_key, list) in keys.iter().zip(&mut alternatives) {
            list.extend(self.inside(unit_key));
        }
        for list in &mut alternatives {
            list.sort();
            list.dedup();
        }
        alternatives
    }

    fn others<'a>(&'a self, group: usize, matched: &'a str) -> impl Iterator<Item = String> + 'a {
        self.groups[group]
            .iter()
            .filter(move |name| key(name) != matched)
            .cloned()
    }

    /// A unit with a Japanese name inside it, that name replaced by the group's other Japanese names.
    fn inside(&self, unit_key: &str) -> Vec<String> {
        let mut variants = Vec::new();
        if !is_japanese(unit_key) {
            return variants; // no Japanese name is inside it
        }
        for (name_key, &group) in &self.by_key {
            if !is_japanese(name_key)
                || name_key == unit_key
                || !unit_key.contains(name_key.as_str())
            {
                continue;
            }
            for other in self.others(group, name_key) {
                let other_key = key(&other);
                if is_japanese(&other_key) {
                    variants.push(unit_key.replace(name_key.as_str(), &other_key));
                }
            }
        }
        variants
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::units;

    fn synonyms() -> Synonyms {
        let mut synonyms = Synonyms::default();
        synonyms.add(names_in_title("Multi-factor authentication (MFA)"));
        synonyms.add(names_in_title("多要素認証（MFA）"));
        synonyms.add(vec!["事業継続".into(), "Business continuity".into()]);
        synonyms.add(vec!["業務継続".into(), "事業継続".into()]);
        synonyms
    }

    #[test]
    fn titles_in_both_languages_join_through_a_shared_name() {
        let found = synonyms().alternatives(&units("MFA"));
        assert_eq!(found, [vec!["Multi-factor authentication", "多要素認証"]]);
        let found = synonyms().alternatives(&units("multi-factor authentication policy"));
        assert!(found[0].contains(&"多要素認証".to_owned()) && found[1] == found[0]);
        assert!(found[2].is_empty(), "policy is nobody's synonym");
    }

    #[test]
    fn a_japanese_name_inside_a_unit_is_replaced_in_place() {
        let found = synonyms().alternatives(&units("業務継続計画"));
        assert_eq!(found, [vec!["事業継続計画"]]);
        let found = synonyms().alternatives(&units("業務継続"));
        assert_eq!(found, [vec!["Business continuity", "事業継続"]]);
    }
}
