//! `shirube search` and `shirube bench`.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;
use shirube_api::{ItemId, Lang, SearchHit, SearchRequest, Segment, Shirube};

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

/// `lang` words the messages; the request says which languages to search.
pub fn search(request: &SearchRequest, lang: Lang, json: bool) -> Result<ExitCode, String> {
    let shirube = Shirube::headless(lang);
    shirube.build_search_index().map_err(|e| e.to_string())?;
    let hits = shirube.search(request).map_err(|e| e.to_string())?;
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

/// `lang<TAB>query` or a bare query (both languages) per line; `#` starts a comment. A line of
/// the search evaluation sets reads as is: `lang<TAB>query<TAB>expected IDs[<TAB>sector]`, the
/// IDs ignored and the sector searched through as a lens.
fn parse_queries(text: &str) -> Vec<(Option<Lang>, String, Option<String>)> {
    text.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| match line.split_once('\t') {
            Some((code, rest)) if Lang::from_code(code).is_some() => {
                let mut columns = rest.split('\t');
                let query = columns.next().unwrap_or_default().to_owned();
                let sector = columns.nth(1).map(str::trim).filter(|s| !s.is_empty());
                (Lang::from_code(code), query, sector.map(str::to_owned))
            }
            _ => (None, line.to_owned(), None),
        })
        .collect()
}

pub fn bench(scale: usize, queries: Option<String>, json: bool) -> Result<ExitCode, String> {
    let queries = parse_queries(queries.as_deref().unwrap_or(BUILT_IN_QUERIES));
    let result = shirube_api::bench(scale, &queries)?;
    println!("docs            {:>10}", result.docs);
    println!("index_build_ms  {:>10.1}", result.index_build_ms);
    println!("index_reopen_ms {:>10.1}", result.index_reopen_ms);
    println!(
        "queries × runs  {:>10}",
        format!("{} × {}", result.queries, result.runs / result.queries)
    );
    println!("p50_us          {:>10.1}", result.p50_us);
    println!("p99_us          {:>10.1}", result.p99_us);
    println!("slowest queries (median µs):");
    for slow in &result.slowest {
        let lens = slow
            .sector
            .as_deref()
            .map(|s| format!("  [{s}]"))
            .unwrap_or_default();
        println!("  {:>8.1}  {}{lens}", slow.median_us, slow.query);
    }
    if json {
        println!(
            "{}",
            serde_json::to_string(&result).map_err(|e| e.to_string())?
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluation_rows_read_as_queries_with_their_sector() {
        let rows = "# comment\nen\tbackup\nja\t制御システム\tpractice:ot-security\telectricity\n\
                    en\tplan\tpractice:x\nbare words\n";
        let ja = Some(Lang::Ja);
        assert_eq!(
            parse_queries(rows),
            [
                (Some(Lang::En), "backup".to_owned(), None),
                (
                    ja,
                    "制御システム".to_owned(),
                    Some("electricity".to_owned())
                ),
                (Some(Lang::En), "plan".to_owned(), None),
                (None, "bare words".to_owned(), None),
            ]
        );
    }
}
