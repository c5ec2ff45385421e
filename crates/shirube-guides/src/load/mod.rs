//! Loading: turns a folder's files into packs and items, reporting every file-level problem.
//! Cross-item checks (links, cycles, coverage) live in `validate`.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use crate::id::{is_valid_segment, ItemId};
use crate::model::{Item, Pack, PackText, PerLang};
use crate::parse::{self, line_of, RawItem, RawPack, RawPackText};
use crate::problem::{Problem, ProblemKind};
use crate::source::{FileContent, SourceFiles, MAX_FILE_BYTES};
use crate::Lang;

mod obligation;
mod practice;
mod text;

/// A synonym is a word or a short phrase, not a sentence.
const MAX_SYNONYM_CHARS: usize = 60;

/// A reference from an item to another ID, remembered with where it was written.
pub struct Reference {
    pub field: &'static str,
    pub target: String,
    pub path: String,
    pub line: usize,
}

/// An item that parsed, with the references still to be checked against the whole library.
pub struct LoadedItem {
    pub item: Item,
    pub path: String,
    pub refs: Vec<Reference>,
}

pub struct Loaded {
    pub packs: Vec<Pack>,
    pub items: Vec<LoadedItem>,
    pub problems: Vec<Problem>,
}

struct Loader<'a> {
    source: &'a SourceFiles,
    problems: Vec<Problem>,
}

pub fn load(source: &SourceFiles) -> Loaded {
    let mut loader = Loader {
        source,
        problems: Vec::new(),
    };
    let mut packs = Vec::new();
    let mut items = Vec::new();
    for (pack_folder, entries) in group_by_pack(source, &mut loader) {
        if !is_valid_segment(pack_folder) {
            loader.report(pack_folder, 1, ProblemKind::BadFolderName);
            continue;
        }
        // A folder without pack.toml is likely no pack at all: that alone is said. With a
        // broken pack.toml the pack is left out, but its items' files are still read and
        // checked: one bad file hides nothing else.
        let pack = loader.pack(pack_folder);
        if pack.is_none()
            && !source
                .files
                .contains_key(&format!("{pack_folder}/pack.toml"))
        {
            continue;
        }
        for (item_folder, files) in entries {
            if !is_valid_segment(item_folder) {
                loader.report(
                    &format!("{pack_folder}/{item_folder}"),
                    1,
                    ProblemKind::BadFolderName,
                );
                continue;
            }
            let base = format!("{pack_folder}/{item_folder}");
            let parsed = loader.item_files(&base, &files);
            if let (Some(pack), Some(parsed)) = (&pack, parsed) {
                items.push(loader.item(pack, item_folder, parsed));
            }
        }
        packs.extend(pack);
    }
    packs.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
    Loaded {
        packs,
        items,
        problems: loader.problems,
    }
}

/// An item's files, read and parsed, before the checks that need its pack.
struct ItemFiles {
    item_path: String,
    item_text: String,
    raw: RawItem,
    en: text::DraftText,
    ja: text::DraftText,
}

/// pack folder → item folder → file names. Files directly in a pack folder other than
/// `pack.toml` are stray.
type Grouped<'a> = BTreeMap<&'a str, BTreeMap<&'a str, BTreeSet<&'a str>>>;

fn group_by_pack<'a>(source: &'a SourceFiles, loader: &mut Loader) -> Grouped<'a> {
    let mut grouped: Grouped = BTreeMap::new();
    for path in source.files.keys() {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [pack, "pack.toml"] => {
                grouped.entry(pack).or_default();
            }
            [pack, item, file] => {
                grouped
                    .entry(pack)
                    .or_default()
                    .entry(item)
                    .or_default()
                    .insert(file);
            }
            _ => loader.report(path, 1, ProblemKind::StrayFile),
        }
    }
    grouped
}

impl Loader<'_> {
    fn report(&mut self, path: &str, line: usize, kind: ProblemKind) {
        let path = self.source.display_path(path);
        self.problems.push(Problem { path, line, kind });
    }

    /// The text of a file, or `None` after reporting why it cannot be read.
    fn text(&mut self, path: &str) -> Option<&str> {
        let problem = match self.source.files.get(path) {
            // NUL never appears in text: valid UTF-8 or not, this is a binary file.
            Some(FileContent::Text(text)) if text.contains('\0') => Some(ProblemKind::NotUtf8),
            Some(FileContent::Text(_)) => None,
            Some(FileContent::NotUtf8) => Some(ProblemKind::NotUtf8),
            Some(FileContent::NotAFile) => Some(ProblemKind::NotAFile),
            Some(FileContent::TooLarge) => Some(ProblemKind::TooLarge {
                limit_kib: MAX_FILE_BYTES / 1024,
            }),
            Some(FileContent::Unreadable(detail)) => Some(ProblemKind::Unreadable {
                detail: detail.clone(),
            }),
            None => return None,
        };
        if let Some(kind) = problem {
            self.report(path, 1, kind);
            return None;
        }
        match self.source.files.get(path) {
            Some(FileContent::Text(text)) => Some(text),
            _ => None,
        }
    }

    fn pack(&mut self, folder: &str) -> Option<Pack> {
        let path = format!("{folder}/pack.toml");
        if !self.source.files.contains_key(&path) {
            // Named by its folder, like a missing item file: the problem points at what exists.
            self.report(folder, 1, ProblemKind::MissingManifest);
            return None;
        }
        let text = self.text(&path)?.to_owned();
        let raw: RawPack = match parse::parse_toml(&text) {
            Ok(raw) => raw,
            Err((line, kind)) => {
                self.report(&path, line, kind);
                return None;
            }
        };
        if raw.id.get_ref() != folder {
            let line = line_of(&text, raw.id.span().start);
            let kind = ProblemKind::PackIdMismatch {
                id: raw.id.get_ref().clone(),
                folder: folder.to_owned(),
            };
            self.report(&path, line, kind);
        }
        let as_of = self.date(&path, &text, "as_of", raw.as_of.as_ref());
        let mut synonyms = Vec::new();
        for group in raw.synonyms {
            let names: Vec<String> = group
                .get_ref()
                .iter()
                .map(|n| n.trim().to_owned())
                .collect();
            let bad = names.len() < 2
                || names
                    .iter()
                    .any(|name| name.is_empty() || name.chars().count() > MAX_SYNONYM_CHARS);
            if bad {
                let line = line_of(&text, group.span().start);
                self.report(&path, line, ProblemKind::BadSynonyms);
            } else {
                synonyms.push(names);
            }
        }
        Some(Pack {
            id: folder.to_owned(),
            order: raw.order,
            as_of,
            synonyms,
            kinds: raw.kinds,
            text: PerLang {
                en: pack_text(raw.en),
                ja: pack_text(raw.ja),
            },
        })
    }

    /// Reads and parses an item's three files, reporting every problem in any of them.
    fn item_files(&mut self, base: &str, files: &BTreeSet<&str>) -> Option<ItemFiles> {
        for stray in files
            .iter()
            .filter(|f| !matches!(**f, "item.toml" | "en.md" | "ja.md"))
        {
            self.report(&format!("{base}/{stray}"), 1, ProblemKind::StrayFile);
        }
        // A missing file is reported here; the files that are there are still checked below.
        for file in ["item.toml", "en.md", "ja.md"] {
            if !files.contains(file) {
                let kind = ProblemKind::MissingItemFile {
                    file: file.to_owned(),
                };
                self.report(base, 1, kind);
            }
        }
        let item_path = format!("{base}/item.toml");
        let item_text = self.text(&item_path).map(str::to_owned);
        let raw = item_text.as_deref().and_then(|text| {
            parse::parse_toml::<RawItem>(text)
                .map_err(|(line, kind)| self.report(&item_path, line, kind))
                .ok()
        });
        let en = self.item_text(base, Lang::En);
        let ja = self.item_text(base, Lang::Ja);
        Some(ItemFiles {
            item_path,
            item_text: item_text?,
            raw: raw?,
            en: en?,
            ja: ja?,
        })
    }

    fn item(&mut self, pack: &Pack, folder: &str, files: ItemFiles) -> LoadedItem {
        let ItemFiles {
            item_path,
            item_text,
            raw,
            en,
            ja,
        } = files;
        let id = ItemId::new(&pack.id, folder);
        let line = |span: std::ops::Range<usize>| line_of(&item_text, span.start);
        let mut refs = Vec::new();
        let mut add_ref = |field: &'static str, value: &Spanned<String>| {
            refs.push(Reference {
                field,
                target: value.get_ref().clone(),
                path: item_path.clone(),
                line: line(value.span()),
            });
        };
        raw.parent.iter().for_each(|v| add_ref("parent", v));
        raw.see_also.iter().for_each(|v| add_ref("see_also", v));
        raw.maps.iter().for_each(|v| add_ref("maps", v));
        raw.directive.iter().for_each(|v| add_ref("directive", v));
        raw.depends_on.iter().for_each(|v| add_ref("depends_on", v));
        raw.applies_to.iter().for_each(|v| add_ref("applies_to", v));
        raw.helped_by.iter().for_each(|v| add_ref("helped_by", v));
        raw.theme.iter().for_each(|v| add_ref("theme", v));
        for key in raw.targets.keys() {
            refs.push(Reference {
                field: "targets",
                target: key.clone(),
                path: item_path.clone(),
                // A table key keeps no span; its value sits on the same line.
                line: line(raw.targets[key].span()),
            });
        }

        let kind = raw.kind.get_ref().clone();
        if !pack.kinds.contains(&kind) {
            self.report(
                &item_path,
                line(raw.kind.span()),
                ProblemKind::UnknownKind { kind: kind.clone() },
            );
        }
        let is_practice = kind == "practice";
        let practice = self.practice_meta(&raw, is_practice, &item_path, &item_text);
        let is_obligation = kind == "obligation";
        let obligation = self.obligation_meta(&raw, is_obligation, &item_path, &item_text);
        let targets = self.sector_targets(&raw, kind == "sector", &item_path, &item_text);
        let as_of = self.date(&item_path, &item_text, "as_of", raw.as_of.as_ref());
        if kind == "sector" {
            self.check_sector_body(&en);
            self.check_sector_body(&ja);
        }
        let (en, ja) = (
            self.finish_text(en, (is_practice, is_obligation), &practice),
            self.finish_text(ja, (is_practice, is_obligation), &practice),
        );
        let item = Item {
            parent: raw.parent.as_ref().and_then(|p| ItemId::parse(p.get_ref())),
            see_also: parse_ids(&raw.see_also),
            maps: parse_ids(&raw.maps),
            id,
            kind,
            order: raw.order,
            practice,
            obligation,
            targets,
            as_of,
            text: PerLang { en, ja },
        };
        LoadedItem {
            item,
            path: item_path,
            refs,
        }
    }
}

fn pack_text(raw: RawPackText) -> PackText {
    PackText {
        title: raw.title,
        description: raw.description,
        notice: raw.notice,
        source: raw.source,
    }
}

fn parse_ids(values: &[Spanned<String>]) -> Vec<ItemId> {
    values
        .iter()
        .filter_map(|v| ItemId::parse(v.get_ref()))
        .collect()
}
