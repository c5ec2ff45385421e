//! The index kept on disk between starts. Indexing a large library of user packs takes seconds;
//! reopening the same index takes milliseconds. An index is reused only by the code that wrote
//! it and only for the very documents it holds: its folder is named by a fingerprint of both.
//!
//! Nothing here may lose a search: a folder that is missing, damaged, from another version or
//! half written is rebuilt, and when the disk cannot take the index (full, read-only) it is
//! built in memory as before.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tantivy::Index;

use crate::corpus::Document;
use crate::index::{write_documents, InMemory, SearchIndex};
use crate::{schema, tokenizer};

/// A folder being written is named `<fingerprint>.building-<process id>` and renamed when whole,
/// so a reader never opens half an index.
const BUILDING: &str = ".building-";
/// A folder still being written after this long belongs to a process that died.
const ABANDONED_AFTER: Duration = Duration::from_secs(3600);

/// How the index was had: what start-up profiles and benchmarks report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Reopened from the folder an earlier start wrote.
    Reopened,
    /// Built and written to disk for the next start.
    Written,
    /// Built in memory: the disk could not take it. The reason went to standard error.
    InMemory,
}

/// The index over `docs`, reopened from `cache` when an earlier start wrote it, else built and
/// written there. Old indexes in `cache` are removed. `synonyms` are used at query time only, so
/// they do not name the folder.
pub fn open_or_build(
    cache: &Path,
    docs: &[Document],
    synonyms: &[Vec<String>],
) -> tantivy::Result<(SearchIndex, Origin)> {
    let folder = cache.join(fingerprint(docs));
    if folder.is_dir() {
        match reopen(&folder, docs, synonyms) {
            Ok(index) => return Ok((index, Origin::Reopened)),
            Err(err) => {
                eprintln!("shirube: rebuilding the search index in {folder:?}: {err}");
                let _ = fs::remove_dir_all(&folder);
            }
        }
    }
    match write(cache, &folder, docs, synonyms) {
        Ok(index) => {
            remove_others(cache, &folder);
            Ok((index, Origin::Written))
        }
        Err(err) => {
            eprintln!("shirube: the search index is kept in memory only ({cache:?}: {err})");
            Ok((
                SearchIndex::from_documents(docs, synonyms)?,
                Origin::InMemory,
            ))
        }
    }
}

/// Names the code that indexes (its sources, hashed at build time, and tantivy's version) and
/// every field of every document, in order: ordinals are positions in `docs`.
fn fingerprint(docs: &[Document]) -> String {
    // DefaultHasher may change with the compiler; then the index is rebuilt once, no harm done.
    let mut hasher = DefaultHasher::new();
    env!("SHIRUBE_SEARCH_SOURCES").hash(&mut hasher);
    tantivy::version_string().hash(&mut hasher);
    for doc in docs {
        (doc.id.as_str(), doc.lang.code(), &doc.title, &doc.text).hash(&mut hasher);
        (&doc.meta.kind, &doc.meta.label).hash(&mut hasher);
    }
    format!("{:016x}-{}", hasher.finish(), docs.len())
}

fn reopen(
    folder: &Path,
    docs: &[Document],
    synonyms: &[Vec<String>],
) -> tantivy::Result<SearchIndex> {
    let index = Index::open_in_dir(folder)?;
    let (schema, fields) = schema::build();
    if index.schema() != schema {
        return Err(damaged("its schema is not this version's"));
    }
    // Reading every file once costs a few milliseconds and turns a damaged file into a rebuild
    // instead of wrong results or a panic deep in a query.
    let damaged_files = index.validate_checksum()?;
    if !damaged_files.is_empty() {
        return Err(damaged(&format!("damaged files {damaged_files:?}")));
    }
    // Counted from the segments' metadata: a reader here would start a thread to watch files.
    let held: u64 = index
        .searchable_segment_metas()?
        .iter()
        .map(|meta| u64::from(meta.num_docs()))
        .sum();
    if held != docs.len() as u64 {
        return Err(damaged("it holds a different number of documents"));
    }
    tokenizer::register(&index);
    SearchIndex::open(index, fields, InMemory::new(docs, synonyms))
}

fn write(
    cache: &Path,
    folder: &Path,
    docs: &[Document],
    synonyms: &[Vec<String>],
) -> tantivy::Result<SearchIndex> {
    let mut building = folder.as_os_str().to_owned();
    building.push(format!("{BUILDING}{}", std::process::id()));
    let building = PathBuf::from(building);
    let _ = fs::remove_dir_all(&building);
    fs::create_dir_all(&building)?;
    let written = (|| {
        let (schema, fields) = schema::build();
        let index = Index::create_in_dir(&building, schema)?;
        tokenizer::register(&index);
        write_documents(&index, &fields, docs, || ())
    })();
    if let Err(err) = written {
        let _ = fs::remove_dir_all(&building);
        return Err(err);
    }
    if let Err(err) = fs::rename(&building, folder) {
        // Another window of Shirube finished the same index first: use theirs.
        let _ = fs::remove_dir_all(&building);
        if !folder.is_dir() {
            return Err(err.into());
        }
    }
    sync_folder(cache);
    reopen(folder, docs, synonyms)
}

/// Makes the rename durable: without it a power cut could leave the folder under its old name.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// Removes indexes of earlier libraries or versions, and folders left half written by a
/// process that died; another window's index in the making is left alone.
fn remove_others(cache: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(cache) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path == keep || !path.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let abandoned = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok())
            .is_some_and(|age| age > ABANDONED_AFTER);
        if !name.contains(BUILDING) || abandoned {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

fn damaged(why: &str) -> tantivy::TantivyError {
    tantivy::TantivyError::InternalError(why.to_owned())
}
