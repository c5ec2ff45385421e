//! Memory stays flat under load: 100,000 searches over the bundled corpus, then 10,000 answer
//! changes in a real store on disk. Resident memory (VmRSS) is read before and after each, once
//! warm, and may grow by at most 4 MiB over the queries (a leak of 42 bytes a query would exceed
//! it) and 2 MiB over the answers (210 bytes an answer).
//!
//! Run in release by `cargo xtask test` (`cargo test --release -p shirube-api --test load`);
//! a debug build would take minutes, so there it is ignored.

use std::time::Instant;

use shirube_api::{Answer, AnswerUpdate, AppDirs, ItemId, Lang, SearchRequest, Shirube};

const QUERIES: usize = 100_000;
const ANSWER_CHANGES: usize = 10_000;
/// Allocator noise and caches that fill once stay well under these.
const QUERY_GROWTH_BOUND_KIB: u64 = 4 * 1024;
const ANSWER_GROWTH_BOUND_KIB: u64 = 2 * 1024;

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("VmRSS:"))
        .unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The benchmark's query set (`shirube bench`), in both languages, as the benchmark runs it:
/// the budgeted search latency is measured on these.
fn requests(shirube: &Shirube) -> Vec<SearchRequest> {
    let requests: Vec<SearchRequest> = include_str!("../../shirube-cli/src/bench-queries.tsv")
        .lines()
        .map(|line| {
            let (lang, query) = match line.split_once('\t') {
                Some(("ja", query)) => (Some(Lang::Ja), query),
                Some(("en", query)) => (Some(Lang::En), query),
                _ => (None, line),
            };
            SearchRequest {
                query: query.to_owned(),
                lang,
                limit: 10,
                ..SearchRequest::default()
            }
        })
        .collect();
    assert!(
        requests
            .iter()
            .all(|request| !shirube.search(request).unwrap().is_empty()),
        "every query finds something"
    );
    requests
}

/// Runs `count` of the requests, cycling, on two threads (this machine's two cores), as the
/// app's commands do; returns the hits found.
fn search_on_two_threads(shirube: &Shirube, requests: &[SearchRequest], count: usize) -> usize {
    std::thread::scope(|scope| {
        let half = |skip: usize| {
            scope.spawn(move || {
                let mine = requests
                    .iter()
                    .cycle()
                    .skip(skip)
                    .step_by(2)
                    .take(count / 2);
                mine.map(|request| shirube.search(request).unwrap().len())
                    .sum::<usize>()
            })
        };
        let (even, odd) = (half(0), half(1));
        even.join().unwrap() + odd.join().unwrap()
    })
}

/// A session as the app opens one, on a fresh data folder.
fn open(dir: &std::path::Path) -> Shirube {
    let dirs = AppDirs {
        config: dir.to_path_buf(),
        data: dir.to_path_buf(),
        exports: dir.to_path_buf(),
        cache: dir.join("cache"),
    };
    Shirube::open(dirs, None)
}

fn searches_keep_memory_flat() {
    let dir = tempfile::tempdir().unwrap();
    let shirube = open(dir.path());
    shirube.build_search_index().unwrap();
    let index = &shirube;
    let requests = requests(index);
    // Warm, on the same threads' allocator arenas: caches fill once.
    search_on_two_threads(index, &requests, requests.len());
    let before = rss_kib();
    let started = Instant::now();
    let hits = search_on_two_threads(index, &requests, QUERIES);
    let after = rss_kib();
    println!(
        "load: {QUERIES} queries ({} distinct, {hits} hits) in {:.1} s: VmRSS {before} KiB before, \
         {after} KiB after",
        requests.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        after.saturating_sub(before) <= QUERY_GROWTH_BOUND_KIB,
        "memory grew by {} KiB over {QUERIES} queries (bound {QUERY_GROWTH_BOUND_KIB} KiB)",
        after - before
    );
}

fn answer_changes_keep_memory_flat() {
    let dir = tempfile::tempdir().unwrap();
    let navigator = open(dir.path());
    let practices: Vec<ItemId> = navigator
        .questions(Lang::En)
        .into_iter()
        .flat_map(|group| group.questions)
        .map(|question| question.practice.id)
        .collect();
    let id = navigator.create_assessment("Load").unwrap();
    let change = |n: usize| {
        let update = AnswerUpdate {
            assessment: id,
            practice: practices[n % practices.len()].clone(),
            answer: Answer::Level((n / practices.len() % 5) as u8),
        };
        navigator.set_answer(&update).unwrap();
    };
    (0..practices.len() * 5).for_each(change); // warm: every row and WAL page written once
    let before = rss_kib();
    let started = Instant::now();
    (0..ANSWER_CHANGES).for_each(change);
    let after = rss_kib();
    let last = ANSWER_CHANGES - 1;
    let saved = navigator.assessment(id).unwrap().answers.answers;
    assert_eq!(
        saved[&practices[last % practices.len()]],
        Answer::Level((last / practices.len() % 5) as u8)
    );
    println!(
        "load: {ANSWER_CHANGES} answer changes in {:.1} s: VmRSS {before} KiB before, {after} KiB \
         after",
        started.elapsed().as_secs_f64()
    );
    assert!(
        after.saturating_sub(before) <= ANSWER_GROWTH_BOUND_KIB,
        "memory grew by {} KiB over {ANSWER_CHANGES} answer changes (bound \
         {ANSWER_GROWTH_BOUND_KIB} KiB)",
        after - before
    );
}

/// One test, so the two measures never run at once in the same process.
#[test]
#[cfg_attr(debug_assertions, ignore = "run in release by cargo xtask test")]
fn memory_stays_flat_under_load() {
    searches_keep_memory_flat();
    answer_changes_keep_memory_flat();
}
