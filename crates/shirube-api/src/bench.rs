//! The search benchmark: the bundled corpus replicated `scale` times, the index built, and a
//! query set timed. `shirube bench` prints it; `cargo xtask bench` reads its JSON.

use std::time::Instant;

use serde::Serialize;
use shirube_guides::{ItemId, Lang, Library};
use shirube_search::stored::{open_or_build, Origin};
use shirube_search::{documents, synonym_groups, Document, SearchIndex, SearchRequest};

#[derive(Debug, Serialize)]
pub struct BenchResult {
    pub docs: usize,
    pub index_build_ms: f64,
    /// Reopening the same index from disk, as the app does at every start after the first.
    pub index_reopen_ms: f64,
    pub queries: usize,
    pub runs: usize,
    pub p50_us: f64,
    pub p99_us: f64,
    /// The slowest queries by their median time, slowest first: where the tail comes from.
    pub slowest: Vec<SlowQuery>,
}

#[derive(Debug, Serialize)]
pub struct SlowQuery {
    pub query: String,
    pub sector: Option<String>,
    pub median_us: f64,
}

/// How many of the slowest queries a result names.
const SLOWEST: usize = 8;

/// The bundled corpus `scale` times over; copies get distinct IDs (`csf2:GV.copy2`).
fn replicated(library: &Library, scale: usize) -> Vec<Document> {
    let base = documents(library);
    let mut docs = base.clone();
    for copy in 2..=scale.max(1) {
        docs.extend(base.iter().map(|doc| Document {
            id: ItemId::new(doc.id.pack(), &format!("{}.copy{copy}", doc.id.local())),
            ..doc.clone()
        }));
    }
    docs
}

/// Runs `queries` (a language, or both, the text, and a sector lens or none) against the
/// replicated corpus.
pub fn bench(
    scale: usize,
    queries: &[(Option<Lang>, String, Option<String>)],
) -> Result<BenchResult, String> {
    if queries.is_empty() {
        return Err("no queries to run".to_owned());
    }
    let (library, _) = Library::bundled();
    let docs = replicated(&library, scale);
    let synonyms = synonym_groups(&library);
    let started = Instant::now();
    let index = SearchIndex::from_documents(&docs, &synonyms).map_err(|e| e.to_string())?;
    let index_build_ms = started.elapsed().as_secs_f64() * 1000.0;
    let index_reopen_ms = reopen_ms(&docs, &synonyms)?;

    let requests: Vec<SearchRequest> = queries
        .iter()
        .map(|(lang, query, sector)| SearchRequest {
            query: query.clone(),
            lang: *lang,
            limit: 10,
            sector: sector.clone(),
            ..SearchRequest::default()
        })
        .collect();
    for request in &requests {
        std::hint::black_box(index.search_any_language_if_empty(request)); // warm caches
    }
    let rounds = (3000 / requests.len()).max(20);
    let mut by_query = vec![Vec::with_capacity(rounds); requests.len()];
    for _ in 0..rounds {
        for (request, times) in requests.iter().zip(&mut by_query) {
            let started = Instant::now();
            std::hint::black_box(index.search_any_language_if_empty(request));
            times.push(started.elapsed().as_secs_f64() * 1e6);
        }
    }
    let mut medians: Vec<SlowQuery> = requests
        .iter()
        .zip(&mut by_query)
        .map(|(request, times)| {
            times.sort_by(f64::total_cmp);
            SlowQuery {
                query: request.query.clone(),
                sector: request.sector.clone(),
                median_us: times[times.len() / 2],
            }
        })
        .collect();
    medians.sort_by(|a, b| b.median_us.total_cmp(&a.median_us));
    medians.truncate(SLOWEST);
    let mut micros: Vec<f64> = by_query.concat();
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    Ok(BenchResult {
        docs: index.doc_count(),
        index_build_ms,
        index_reopen_ms,
        queries: requests.len(),
        runs: micros.len(),
        p50_us: at(0.50),
        p99_us: at(0.99),
        slowest: medians,
    })
}

/// Writes the index to a scratch folder, then times opening it again with its in-memory parts.
fn reopen_ms(docs: &[Document], synonyms: &[Vec<String>]) -> Result<f64, String> {
    let cache = std::env::temp_dir().join(format!("shirube-bench-{}", std::process::id()));
    let timed = (|| {
        open_or_build(&cache, docs, synonyms).map_err(|e| e.to_string())?;
        let started = Instant::now();
        let (index, origin) = open_or_build(&cache, docs, synonyms).map_err(|e| e.to_string())?;
        let took = started.elapsed().as_secs_f64() * 1000.0;
        std::hint::black_box(index);
        match origin {
            Origin::Reopened => Ok(took),
            other => Err(format!(
                "the index in {cache:?} was not reopened ({other:?})"
            )),
        }
    })();
    let _ = std::fs::remove_dir_all(&cache);
    timed
}
