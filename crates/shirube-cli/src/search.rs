//! `shirube search` and `shirube bench`.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;
use shirube_core::{ItemId, Lang, Library};
use shirube_search::{documents, Document, SearchHit, SearchIndex, SearchRequest, Segment};

const BUILT_IN_QUERIES: &str = include_str!("bench-queries.tsv");

/// The contract of `search --json`: one object per hit, best first.
#[derive(Serialize)]
struct JsonHit {
    id: ItemId,
    lang: Lang,
    title: String,
    snippet: String,
    score: f32,
}

fn plain(segments: &[Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

/// Hits marked for a terminal: matched text between 【 and 】.
fn marked(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| {
            if s.hit {
                format!("【{}】", s.text)
            } else {
                s.text.clone()
            }
        })
        .collect()
}

pub fn search(request: &SearchRequest, json: bool) -> Result<ExitCode, String> {
    let (library, _) = Library::bundled();
    let index = SearchIndex::build(&library).map_err(|e| e.to_string())?;
    let hits = index.search(request);
    let mut out = std::io::stdout().lock();
    if json {
        let hits: Vec<JsonHit> = hits.iter().map(to_json).collect();
        let text = serde_json::to_string_pretty(&hits).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{text}");
    } else {
        for hit in &hits {
            let _ = writeln!(
                out,
                "{:>7.2}  {}  {}",
                hit.score,
                hit.id,
                marked(&hit.title)
            );
            let _ = writeln!(out, "         {}", hit.breadcrumb);
            let _ = writeln!(
                out,
                "         {}\n",
                marked(&hit.snippet).replace('\n', " ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn to_json(hit: &SearchHit) -> JsonHit {
    JsonHit {
        id: hit.id.clone(),
        lang: hit.lang,
        title: hit.title_text(),
        snippet: plain(&hit.snippet),
        score: hit.score,
    }
}

#[derive(Serialize)]
struct BenchResult {
    docs: usize,
    index_build_ms: f64,
    queries: usize,
    runs: usize,
    p50_us: f64,
    p99_us: f64,
}

/// `lang<TAB>query` or a bare query (both languages) per line; `#` starts a comment.
fn parse_queries(text: &str) -> Vec<(Option<Lang>, String)> {
    text.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| match line.split_once('\t') {
            Some((code, rest)) if Lang::from_code(code).is_some() => {
                let query = rest.split('\t').next().unwrap_or_default();
                (Lang::from_code(code), query.to_owned())
            }
            _ => (None, line.to_owned()),
        })
        .collect()
}

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

pub fn bench(scale: usize, queries: Option<String>, json: bool) -> Result<ExitCode, String> {
    let queries = parse_queries(queries.as_deref().unwrap_or(BUILT_IN_QUERIES));
    if queries.is_empty() {
        return Err("no queries to run".to_owned());
    }
    let (library, _) = Library::bundled();
    let docs = replicated(&library, scale);
    let started = Instant::now();
    let index = SearchIndex::from_documents(&docs).map_err(|e| e.to_string())?;
    let index_build_ms = started.elapsed().as_secs_f64() * 1000.0;

    let requests: Vec<SearchRequest> = queries
        .into_iter()
        .map(|(lang, query)| SearchRequest {
            query,
            lang,
            limit: 10,
            ..SearchRequest::default()
        })
        .collect();
    for request in &requests {
        std::hint::black_box(index.search(request)); // warm caches
    }
    let rounds = (3000 / requests.len()).max(20);
    let mut micros = Vec::with_capacity(rounds * requests.len());
    for _ in 0..rounds {
        for request in &requests {
            let started = Instant::now();
            std::hint::black_box(index.search(request));
            micros.push(started.elapsed().as_secs_f64() * 1e6);
        }
    }
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    let result = BenchResult {
        docs: index.doc_count(),
        index_build_ms,
        queries: requests.len(),
        runs: micros.len(),
        p50_us: at(0.50),
        p99_us: at(0.99),
    };
    println!("docs            {:>10}", result.docs);
    println!("index_build_ms  {:>10.1}", result.index_build_ms);
    println!(
        "queries × runs  {:>10}",
        format!("{} × {}", result.queries, rounds)
    );
    println!("p50_us          {:>10.1}", result.p50_us);
    println!("p99_us          {:>10.1}", result.p99_us);
    if json {
        println!(
            "{}",
            serde_json::to_string(&result).map_err(|e| e.to_string())?
        );
    }
    Ok(ExitCode::SUCCESS)
}
