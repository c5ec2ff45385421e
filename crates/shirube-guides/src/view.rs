//! What the app shows, shaped for the UI and serialized across IPC. The TypeScript types in
//! `ui/src/lib/bindings.ts` are generated from these (see `typescript_bindings`).

use serde::Serialize;
use ts_rs::TS;

use crate::model::Item;
use crate::render::to_safe_html;
use crate::{AppError, ErrorCode, ItemId, Lang, Library, Sector};

#[derive(Clone, Debug, Serialize, TS)]
pub struct PackNode {
    pub id: String,
    pub title: String,
    pub items: Vec<TreeNode>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct TreeNode {
    pub id: ItemId,
    pub label: String,
    pub title: String,
    pub kind: String,
    pub children: Vec<TreeNode>,
}

/// A link to another item, with what the UI needs to show it.
#[derive(Clone, Debug, Serialize, TS)]
pub struct ItemLink {
    pub id: ItemId,
    pub label: String,
    pub title: String,
    pub kind: String,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct ItemView {
    pub id: ItemId,
    pub lang: Lang,
    pub kind: String,
    pub label: String,
    pub title: String,
    pub summary: String,
    pub source: String,
    /// Sanitized HTML, safe to insert into the reader.
    pub body_html: String,
    pub pack_title: String,
    /// The pack's statement that its text is a Shirube summary, not the official document.
    pub pack_notice: String,
    pub breadcrumb: Vec<ItemLink>,
    pub children: Vec<ItemLink>,
    pub see_also: Vec<ItemLink>,
    /// Crosswalk: the framework items this item implements.
    pub maps_to: Vec<ItemLink>,
    /// Crosswalk: the items (practices, directives) that map to this one.
    pub mapped_from: Vec<ItemLink>,
    /// Practice items: the sections an executive works through.
    pub practice: Option<PracticeView>,
    /// Sector items: the practices that weigh more in this sector, heaviest first.
    pub weighted_practices: Vec<Weighting>,
    /// Sector items: the directives whose self-assessment target differs from the default, with
    /// the level the sector starts from (what the navigator's targets step calls the sector's).
    pub assessment_targets: Vec<AssessmentTarget>,
    /// The date the item's facts were last checked, YYYY-MM-DD.
    pub as_of: String,
    /// Obligation items: status, date, who it applies to and what it requires.
    pub obligation: Option<ObligationView>,
    /// Sector and practice items: the legal duties that apply to the sector, or that the
    /// practice helps meet (backlinks from the obligations' `applies_to` and `helped_by`).
    pub obligations: Vec<ItemLink>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct ObligationView {
    /// `in-force` or `planned`.
    pub status: String,
    /// YYYY-MM-DD: in force since, or planned for.
    pub effective: String,
    pub who: String,
    pub requires: String,
    pub applies_to: Vec<ItemLink>,
    pub helped_by: Vec<ItemLink>,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct PracticeView {
    pub question: String,
    pub why_ask: String,
    /// Maturity levels 0 to 4.
    pub levels: Vec<String>,
    pub first_steps: Vec<String>,
    pub ciso_questions: Vec<String>,
    /// What a good answer from the CISO sounds like, one per CISO question.
    pub good_answers: Vec<String>,
    /// Read first: the practice in a few sentences.
    pub in_brief: String,
    /// Effort and lead time, in a short phrase.
    pub effort: String,
    pub directive: Option<ItemLink>,
    pub depends_on: Vec<ItemLink>,
    /// The sectors where this practice weighs more, heaviest first.
    pub weights: Vec<Weighting>,
}

/// A practice's extra weight in a sector, seen from either side: `item` is the sector when
/// shown on a practice, and the practice when shown on a sector.
#[derive(Clone, Debug, Serialize, TS)]
pub struct Weighting {
    pub item: ItemLink,
    pub weight: f64,
    pub reason: String,
}

/// A directive and the level a sector aims for in it.
#[derive(Clone, Debug, Serialize, TS)]
pub struct AssessmentTarget {
    pub directive: ItemLink,
    pub level: u8,
}

/// The library as a tree, packs first, in one language.
pub fn library_tree(library: &Library, lang: Lang) -> Vec<PackNode> {
    library
        .packs()
        .iter()
        .map(|pack| PackNode {
            id: pack.id.clone(),
            title: pack.text.get(lang).title.clone(),
            items: library
                .roots(&pack.id)
                .into_iter()
                .map(|item| tree_node(library, item, lang))
                .collect(),
        })
        .collect()
}

fn tree_node(library: &Library, item: &Item, lang: Lang) -> TreeNode {
    let link = item_link(item, lang);
    TreeNode {
        id: link.id,
        label: link.label,
        title: link.title,
        kind: link.kind,
        children: library
            .children(&item.id)
            .map(|child| tree_node(library, child, lang))
            .collect(),
    }
}

/// The reader's view of one item.
pub fn item_view(library: &Library, id: &ItemId, lang: Lang) -> Result<ItemView, AppError> {
    let item = library
        .item(id)
        .ok_or_else(|| AppError::new(ErrorCode::ItemNotFound, id.as_str()))?;
    let text = item.text.get(lang);
    let pack = library.pack(item.pack());
    let links = |items: &mut dyn Iterator<Item = &Item>| {
        items.map(|i| item_link(i, lang)).collect::<Vec<_>>()
    };
    let resolve = |ids: &[ItemId]| links(&mut ids.iter().filter_map(|id| library.item(id)));
    Ok(ItemView {
        id: item.id.clone(),
        lang,
        kind: item.kind.clone(),
        label: label(item),
        title: text.title.clone(),
        summary: text.summary.clone(),
        source: text.source.clone(),
        body_html: to_safe_html(&text.body_md),
        pack_title: pack
            .map(|p| p.text.get(lang).title.clone())
            .unwrap_or_default(),
        pack_notice: pack
            .map(|p| p.text.get(lang).notice.clone())
            .unwrap_or_default(),
        breadcrumb: links(&mut library.ancestors(id).into_iter()),
        children: links(&mut library.children(id)),
        see_also: resolve(&item.see_also),
        maps_to: resolve(&item.maps),
        mapped_from: links(&mut library.mapped_from(id)),
        practice: practice_view(library, item, lang),
        weighted_practices: weighted_practices(library, item, lang),
        assessment_targets: item
            .targets
            .iter()
            .filter_map(|(directive, &level)| {
                let directive = item_link(library.item(directive)?, lang);
                Some(AssessmentTarget { directive, level })
            })
            .collect(),
        as_of: item.as_of.clone(),
        obligation: obligation_view(library, item, lang),
        obligations: links(&mut obligations_linking(library, &item.id)),
    })
}

fn obligation_view(library: &Library, item: &Item, lang: Lang) -> Option<ObligationView> {
    let meta = item.obligation.as_ref()?;
    let text = item.text.get(lang).obligation.clone().unwrap_or_default();
    let links = |ids: &[ItemId]| {
        ids.iter()
            .filter_map(|id| library.item(id).map(|i| item_link(i, lang)))
            .collect()
    };
    Some(ObligationView {
        status: meta.status.clone(),
        effective: meta.effective.clone(),
        who: text.who,
        requires: text.requires,
        applies_to: links(&meta.applies_to),
        helped_by: links(&meta.helped_by),
    })
}

/// The obligations that name this item in `applies_to` or `helped_by`, in library order.
pub fn obligations_linking<'a>(
    library: &'a Library,
    id: &'a ItemId,
) -> impl Iterator<Item = &'a Item> + 'a {
    library.items().filter(move |item| {
        item.obligation
            .as_ref()
            .is_some_and(|o| o.applies_to.contains(id) || o.helped_by.contains(id))
    })
}

fn practice_view(library: &Library, item: &Item, lang: Lang) -> Option<PracticeView> {
    let (meta, text) = (
        item.practice.as_ref()?,
        item.text.get(lang).practice.as_ref()?,
    );
    let link = |id: &ItemId| library.item(id).map(|i| item_link(i, lang));
    let mut weights: Vec<Weighting> = meta
        .weights
        .iter()
        .filter_map(|(sector, &weight)| {
            let reason = text.weight_reasons.get(sector).cloned().unwrap_or_default();
            Some(Weighting {
                item: link(&Sector::parse(sector)?.item_id()?)?,
                weight,
                reason,
            })
        })
        .collect();
    weights.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    Some(PracticeView {
        question: text.question.clone(),
        why_ask: text.why_ask.clone(),
        levels: text.levels.clone(),
        first_steps: text.first_steps.clone(),
        ciso_questions: text.ciso_questions.clone(),
        good_answers: text.good_answers.clone(),
        in_brief: text.in_brief.clone(),
        effort: text.effort.clone(),
        directive: link(&meta.directive),
        depends_on: meta.depends_on.iter().filter_map(link).collect(),
        weights,
    })
}

fn weighted_practices(library: &Library, sector: &Item, lang: Lang) -> Vec<Weighting> {
    if sector.kind != "sector" {
        return Vec::new();
    }
    let slug = sector.id.local();
    let mut found: Vec<Weighting> = library
        .items()
        .filter_map(|item| {
            let weight = *item.practice.as_ref()?.weights.get(slug)?;
            let reason = item
                .text
                .get(lang)
                .practice
                .as_ref()?
                .weight_reasons
                .get(slug)?
                .clone();
            Some(Weighting {
                item: item_link(item, lang),
                weight,
                reason,
            })
        })
        .collect();
    found.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    found
}

pub fn item_link(item: &Item, lang: Lang) -> ItemLink {
    ItemLink {
        id: item.id.clone(),
        label: label(item),
        title: item.text.get(lang).title.clone(),
        kind: item.kind.clone(),
    }
}

/// The short reference shown before a title: the framework identifier (`GV.OC-01`, `D7`), or
/// nothing for items whose slug is not meant for readers.
pub fn label(item: &Item) -> String {
    match item.pack() {
        "practice" | "ci" | "glossary" | "law" => String::new(),
        _ => item.id.local().to_owned(),
    }
}
