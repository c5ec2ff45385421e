//! The documents the index sees: one per item and language.

use serde::Serialize;
use shirube_core::render::to_plain_text;
use shirube_core::{ItemId, Lang, Library};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub id: ItemId,
    pub lang: Lang,
    pub title: String,
    /// Summary, body and (for practices) question, levels, steps and questions, as plain text.
    pub text: String,
}

pub fn documents(library: &Library) -> Vec<Document> {
    let mut docs = Vec::new();
    for item in library.items() {
        for lang in Lang::ALL {
            let text = item.text.get(lang);
            let mut parts = vec![text.summary.clone(), to_plain_text(&text.body_md)];
            if let Some(practice) = &text.practice {
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
            });
        }
    }
    docs
}
