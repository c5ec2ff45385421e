//! Where search time goes, query by query: the benchmark's query set (`shirube bench`) run on the
//! bundled corpus, each query's median and worst time printed, slowest first.
//!
//! `cargo bench -p shirube-search` for wall time. For instruction counts, which do not swing with
//! the machine's load: `valgrind --tool=callgrind --toggle-collect='*run_measured*'` on the built
//! bench binary with `--once` (each query once, after a warm-up); `--only TEXT` keeps the queries
//! that contain TEXT; `--scale N` replicates the corpus N times, as `shirube bench --scale` does.

use std::hint::black_box;
use std::time::Instant;

use shirube_guides::{ItemId, Lang, Library};
use shirube_search::{documents, synonym_groups, Document, SearchIndex, SearchRequest};

const QUERIES: &str = include_str!("../../shirube-cli/src/bench-queries.tsv");
const ROUNDS: usize = 200;

fn requests() -> Vec<SearchRequest> {
    QUERIES
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (lang, query) = match line.split_once('\t') {
                Some((code, query)) => (Lang::from_code(code), query),
                None => (None, line),
            };
            SearchRequest {
                query: query.to_owned(),
                lang,
                limit: 10,
                ..SearchRequest::default()
            }
        })
        .collect()
}

#[inline(never)]
fn run_measured(index: &SearchIndex, request: &SearchRequest) -> usize {
    black_box(index.search(black_box(request))).len()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let once = args.iter().any(|arg| arg == "--once");
    let only = args
        .iter()
        .position(|arg| arg == "--only")
        .and_then(|at| args.get(at + 1));
    let scale: usize = args
        .iter()
        .position(|arg| arg == "--scale")
        .and_then(|at| args.get(at + 1)?.parse().ok())
        .unwrap_or(1);
    let library = Library::bundled().0;
    let base = documents(&library);
    let copies = (2..=scale).flat_map(|copy| {
        base.iter().map(move |doc| Document {
            id: ItemId::new(doc.id.pack(), &format!("{}.copy{copy}", doc.id.local())),
            ..doc.clone()
        })
    });
    let docs: Vec<Document> = base.iter().cloned().chain(copies).collect();
    let started = Instant::now();
    let index = SearchIndex::from_documents(&docs, &synonym_groups(&library))
        .expect("the bundled index builds");
    println!(
        "index build: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let requests: Vec<SearchRequest> = requests()
        .into_iter()
        .filter(|request| only.is_none_or(|text| request.query.contains(text.as_str())))
        .collect();
    for request in &requests {
        black_box(index.search(request)); // warm caches
    }
    let rounds = if once { 1 } else { ROUNDS };
    let mut timings: Vec<(String, f64, f64)> = requests
        .iter()
        .map(|request| {
            let mut micros: Vec<f64> = (0..rounds)
                .map(|_| {
                    let started = Instant::now();
                    run_measured(&index, request);
                    started.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            micros.sort_by(f64::total_cmp);
            let name = format!("{:?} {}", request.lang, request.query);
            (name, micros[micros.len() / 2], micros[micros.len() - 1])
        })
        .collect();
    timings.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (name, median, worst) in timings {
        println!("{median:>9.1} µs median {worst:>9.1} µs worst  {name}");
    }
}
