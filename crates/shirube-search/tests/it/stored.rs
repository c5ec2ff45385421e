//! The index kept on disk: reopened when the documents are the same, rebuilt when they change or
//! a file is damaged, and kept in memory when the disk cannot take it. Every way gives the same
//! hits as an index built in memory.

use std::fs;
use std::path::{Path, PathBuf};

use shirube_guides::{Lang, Library};
use shirube_search::stored::{open_or_build, Origin};
use shirube_search::{documents, synonym_groups, Document, SearchIndex, SearchRequest};

fn bundled() -> Vec<Document> {
    documents(&Library::bundled().0)
}

fn synonyms() -> Vec<Vec<String>> {
    synonym_groups(&Library::bundled().0)
}

fn hits(index: &SearchIndex, query: &str, lang: Lang) -> Vec<String> {
    let request = SearchRequest {
        query: query.to_owned(),
        lang: Some(lang),
        limit: 10,
        ..Default::default()
    };
    index
        .search(&request)
        .iter()
        .map(|hit| format!("{} {:.4}", hit.id, hit.score))
        .collect()
}

fn same_answers(left: &SearchIndex, right: &SearchIndex) {
    for (query, lang) in [
        ("ransomware backup", Lang::En),
        ("取締役会への報告", Lang::Ja),
        ("GV.OC-01", Lang::En),
        ("protecton", Lang::En),
    ] {
        let expected = hits(left, query, lang);
        assert!(!expected.is_empty(), "{query}");
        assert_eq!(hits(right, query, lang), expected, "{query}");
    }
}

/// `index` answers as an index built in memory from `docs` does.
fn answers_as_built_in_memory(docs: &[Document], index: &SearchIndex) {
    same_answers(
        &SearchIndex::from_documents(docs, &synonyms()).unwrap(),
        index,
    );
}

fn folders(cache: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(cache)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    found.sort();
    found
}

#[test]
fn the_second_start_reopens_what_the_first_wrote_and_finds_the_same() {
    let cache = tempfile::tempdir().unwrap();
    let docs = bundled();
    let (first, origin) = open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    assert_eq!(origin, Origin::Written);
    let (second, origin) = open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    assert_eq!(origin, Origin::Reopened);
    answers_as_built_in_memory(&docs, &first);
    same_answers(&first, &second);
    assert_eq!(folders(cache.path()).len(), 1);
}

#[test]
fn changed_documents_make_a_new_index_and_the_old_one_goes() {
    let cache = tempfile::tempdir().unwrap();
    let mut docs = bundled();
    open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    let before = folders(cache.path());
    docs[0].text.push_str(" zebracrossing");
    let (index, origin) = open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    assert_eq!(origin, Origin::Written);
    let after = folders(cache.path());
    assert_eq!(after.len(), 1);
    assert_ne!(after, before);
    assert_eq!(hits(&index, "zebracrossing", docs[0].lang).len(), 1);
}

#[test]
fn a_damaged_file_is_rebuilt_not_trusted() {
    let cache = tempfile::tempdir().unwrap();
    let docs = bundled();
    open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    let folder = folders(cache.path()).remove(0);
    // Flip a byte in the middle of every segment file: postings, positions, terms.
    for file in folders(&folder) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") || name.starts_with('.') {
            continue;
        }
        let mut bytes = fs::read(&file).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        fs::write(&file, bytes).unwrap();
    }
    let (index, origin) = open_or_build(cache.path(), &docs, &synonyms()).unwrap();
    assert_eq!(origin, Origin::Written);
    answers_as_built_in_memory(&docs, &index);
}

#[test]
fn a_folder_that_cannot_be_written_keeps_the_index_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("cache");
    fs::write(&not_a_folder, "a file where the cache folder should be").unwrap();
    let docs = bundled();
    let (index, origin) = open_or_build(&not_a_folder, &docs, &synonyms()).unwrap();
    assert_eq!(origin, Origin::InMemory);
    answers_as_built_in_memory(&docs, &index);
}

#[test]
fn another_windows_index_in_the_making_is_left_alone() {
    let cache = tempfile::tempdir().unwrap();
    let in_the_making = cache.path().join("0123456789abcdef-12.building-4242");
    let stale = cache.path().join("0123456789abcdef-12");
    fs::create_dir_all(&in_the_making).unwrap();
    fs::create_dir_all(&stale).unwrap();
    open_or_build(cache.path(), &bundled(), &synonyms()).unwrap();
    assert!(in_the_making.is_dir());
    assert!(!stale.exists());
}
