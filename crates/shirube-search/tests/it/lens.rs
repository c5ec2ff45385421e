//! The sector lens: a sector in the request ranks that sector's material higher and never
//! removes a result.

use std::sync::OnceLock;

use shirube_guides::{Lang, Library};
use shirube_search::{SearchHit, SearchIndex, SearchRequest};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&Library::bundled().0).unwrap())
}

fn search(query: &str, lang: Lang, sector: Option<&str>, limit: usize) -> Vec<SearchHit> {
    index().search(&SearchRequest {
        query: query.to_owned(),
        lang: Some(lang),
        limit,
        sector: sector.map(str::to_owned),
        ..Default::default()
    })
}

fn ids(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn rank(hits: &[SearchHit], id: &str) -> usize {
    hits.iter()
        .position(|h| h.id.as_str() == id)
        .unwrap_or_else(|| panic!("{id} not in {:?}", ids(hits)))
}

#[test]
fn railways_keeps_the_backup_and_ransomware_practices_in_the_top_five() {
    let hits = search("ランサムウェア バックアップ", Lang::Ja, Some("railways"), 5);
    let top = ids(&hits);
    assert!(top.contains(&"practice:backup-and-restore"), "{top:?}");
    assert!(top.contains(&"practice:ransomware-readiness"), "{top:?}");
}

#[test]
fn the_lens_reorders_but_never_removes() {
    for (query, lang) in [
        ("backup", Lang::En),
        ("事業継続", Lang::Ja),
        ("incident", Lang::En),
    ] {
        let plain = search(query, lang, None, 200);
        let lensed = search(query, lang, Some("railways"), 200);
        let (mut before, mut after) = (ids(&plain), ids(&lensed));
        before.sort();
        after.sort();
        assert_eq!(before, after, "{query}: the same results, in another order");
    }
}

#[test]
fn the_sector_page_and_its_weighted_practices_rise() {
    // Railways weighs the business continuity plan at 1.3 and has a sector page.
    let plain = search("事業継続", Lang::Ja, None, 200);
    let lensed = search("事業継続", Lang::Ja, Some("railways"), 200);
    let practice = "practice:business-continuity-plan";
    assert!(rank(&lensed, practice) <= rank(&plain, practice));
    let plain = search("railway", Lang::En, None, 200);
    let lensed = search("railway", Lang::En, Some("railways"), 200);
    assert_eq!(lensed[0].id.as_str(), "ci:railways", "{:?}", ids(&lensed));
    assert!(lensed[0].score > plain[rank(&plain, "ci:railways")].score);
}

#[test]
fn an_unknown_sector_changes_nothing() {
    let plain = search("backup", Lang::En, None, 20);
    let unknown = search("backup", Lang::En, Some("no-such-sector"), 20);
    assert_eq!(ids(&plain), ids(&unknown));
}

#[test]
fn an_obligation_ranks_higher_for_a_sector_it_applies_to_than_for_one_it_does_not() {
    // The electricity sector's own law applies to electricity alone; medical is not named.
    let query = "電気事業法";
    let law = "law:electricity-business-act";
    let electricity = search(query, Lang::Ja, Some("electricity"), 20);
    let medical = search(query, Lang::Ja, Some("medical"), 20);
    let score = |hits: &[SearchHit]| hits[rank(hits, law)].score;
    assert!(
        score(&electricity) > score(&medical),
        "{} vs {}",
        score(&electricity),
        score(&medical)
    );
}
