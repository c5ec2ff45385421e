//! The sector lens: choosing a sector ranks what concerns it higher and never hides anything.
//! A result's score is multiplied by how much the item concerns the sector: its own sector page
//! most, a practice by the weight the library gives it there, an obligation that applies to it.

use std::collections::HashMap;
use std::sync::Arc;

use shirube_guides::model::Item;
use shirube_guides::sector::SECTOR_PACK;
use tantivy::collector::TopDocs;
use tantivy::{DocAddress, DocId, Score, SegmentReader};

use crate::schema::ORDINAL;

/// A sector's own page, when the query matches it, is what a reader of that sector wants first.
const SECTOR_PAGE: f32 = 2.0;
/// An obligation that applies to the sector: the law or rule it must follow.
const APPLICABLE_OBLIGATION: f32 = 1.5;

/// The sectors an item concerns, and how much (a score multiplier above 1).
pub fn sector_weights(item: &Item) -> Vec<(String, f32)> {
    if let Some(practice) = &item.practice {
        return practice
            .weights
            .iter()
            .map(|(sector, weight)| (sector.clone(), *weight as f32))
            .collect();
    }
    match item.kind.as_str() {
        "sector" => vec![(item.id.local().to_owned(), SECTOR_PAGE)],
        "obligation" => applies_to(item)
            .into_iter()
            .map(|sector| (sector, APPLICABLE_OBLIGATION))
            .collect(),
        _ => Vec::new(),
    }
}

/// The sectors an obligation applies to (its `applies_to` links to `ci:` items).
fn applies_to(obligation: &Item) -> Vec<String> {
    obligation
        .obligation
        .iter()
        .flat_map(|meta| &meta.applies_to)
        .filter(|id| id.pack() == SECTOR_PACK)
        .map(|id| id.local().to_owned())
        .collect()
}

/// Per sector, every document's score multiplier, indexed by the document's ordinal.
#[derive(Default)]
pub struct Lenses(HashMap<String, Arc<Vec<f32>>>);

impl Lenses {
    /// From every document's sector weights (`sector_weights` of its item), in ordinal order.
    pub fn new<'a>(per_document: impl ExactSizeIterator<Item = &'a [(String, f32)]>) -> Lenses {
        let count = per_document.len();
        let mut lenses: HashMap<String, Vec<f32>> = HashMap::new();
        for (ordinal, sectors) in per_document.enumerate() {
            for (sector, weight) in sectors {
                lenses
                    .entry(sector.clone())
                    .or_insert_with(|| vec![1.0; count])[ordinal] = *weight;
            }
        }
        Lenses(lenses.into_iter().map(|(k, v)| (k, Arc::new(v))).collect())
    }

    /// The top `limit` documents, scores multiplied by the sector's weights. `None` when the
    /// sector weighs nothing: plain scores then, which tantivy can collect faster.
    pub fn collector(
        &self,
        sector: &str,
        limit: usize,
    ) -> Option<impl tantivy::collector::Collector<Fruit = Vec<(Score, DocAddress)>>> {
        let weights = Arc::clone(self.0.get(sector)?);
        Some(
            TopDocs::with_limit(limit).tweak_score(move |segment: &SegmentReader| {
                let weights = Arc::clone(&weights);
                let ordinals = segment
                    .fast_fields()
                    .u64(ORDINAL)
                    .map(|column| column.first_or_default_col(0));
                move |doc: DocId, score: Score| {
                    let weight = ordinals
                        .as_ref()
                        .ok()
                        .and_then(|column| weights.get(column.get_val(doc) as usize));
                    score * weight.copied().unwrap_or(1.0)
                }
            }),
        )
    }
}
