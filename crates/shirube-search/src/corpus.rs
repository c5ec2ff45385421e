//! The documents the index sees: one per item and language. `shirube corpus --json` prints
//! exactly these, so the index and what people inspect can never disagree.

use serde::Serialize;
use shirube_guides::render::to_plain_text;
use shirube_guides::view::label;
use shirube_guides::{ItemId, Lang, Library};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub id: ItemId,
    pub lang: Lang,
    pub title: String,
    /// Summary, body and (for practices) question, levels, steps and questions, as plain text.
    pub text: String,
    /// The date the item's facts were last checked, YYYY-MM-DD.
    pub as_of: String,
    /// What filters and result lines use; not searched as text.
    #[serde(skip)]
    pub meta: DocumentMeta,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentMeta {
    pub kind: String,
    pub label: String,
    /// The sectors the item concerns and how much: what the sector lens multiplies scores by.
    pub sectors: Vec<(String, f32)>,
    pub breadcrumb: String,
}

pub fn documents(library: &Library) -> Vec<Document> {
    let mut docs = Vec::new();
    for item in library.items() {
        let sectors = crate::lens::sector_weights(item);
        let label = label(item);
        for lang in Lang::ALL {
            let text = item.text.get(lang);
            let mut parts = vec![text.summary.clone(), to_plain_text(&text.body_md)];
            if let Some(obligation) = &text.obligation {
                parts.push(obligation.who.clone());
                parts.push(obligation.requires.clone());
            }
            if let Some(practice) = &text.practice {
                parts.push(practice.in_brief.clone());
                parts.push(practice.question.clone());
                parts.extend(practice.levels.iter().cloned());
                parts.extend(practice.first_steps.iter().cloned());
                parts.extend(practice.ciso_questions.iter().cloned());
            }
            docs.push(Document {
                id: item.id.clone(),
                lang,
                title: text.title.clone(),
                text: parts.join("\n"),
                as_of: item.as_of.clone(),
                meta: DocumentMeta {
                    kind: item.kind.clone(),
                    label: label.clone(),
                    sectors: sectors.clone(),
                    breadcrumb: breadcrumb(library, item, lang),
                },
            });
        }
    }
    docs
}

fn breadcrumb(library: &Library, item: &shirube_guides::model::Item, lang: Lang) -> String {
    let pack = library
        .pack(item.pack())
        .map(|p| p.text.get(lang).title.clone());
    let parents = library.ancestors(&item.id).into_iter().map(|parent| {
        let title = &parent.text.get(lang).title;
        match label(parent) {
            label if label.is_empty() => title.clone(),
            label => format!("{label} {title}"),
        }
    });
    pack.into_iter()
        .chain(parents)
        .collect::<Vec<_>>()
        .join(" › ")
}
