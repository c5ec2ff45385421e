//! What gets a score: the ten METI/IPA directives and the six NIST CSF functions. Every practice
//! counts toward its directive and toward the functions its mapped subcategories sit under.
//! The engine, the screens and the report all ask this module, so they cannot disagree.

use shirube_guides::model::Item;
use shirube_guides::{ItemId, Library};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// `cmg3:D1`..`cmg3:D10`.
    Directive,
    /// `csf2:GV`..`csf2:RC`.
    Function,
}

impl Axis {
    /// Both axes, in the order screens and reports show them.
    pub const ALL: [Axis; 2] = [Axis::Directive, Axis::Function];

    pub fn pack(self) -> &'static str {
        match self {
            Axis::Directive => "cmg3",
            Axis::Function => "csf2",
        }
    }

    pub fn kind(self) -> &'static str {
        match self {
            Axis::Directive => "directive",
            Axis::Function => "function",
        }
    }

    /// The items scored on this axis, in the framework's order.
    pub fn items(self, library: &Library) -> Vec<&Item> {
        library
            .roots(self.pack())
            .into_iter()
            .filter(|item| item.kind == self.kind())
            .collect()
    }
}

/// The items a practice is scored under: its directive, and the csf2 functions its mapped
/// subcategories belong to.
pub fn scored_under(library: &Library, practice: &Item) -> Vec<ItemId> {
    let mut scored: Vec<ItemId> = practice
        .practice
        .iter()
        .map(|p| p.directive.clone())
        .collect();
    let functions = Axis::Function;
    for mapped in practice
        .maps
        .iter()
        .filter(|id| id.pack() == functions.pack())
    {
        if let Some(function) = library.ancestors(mapped).first().map(|f| f.id.clone()) {
            scored.push(function);
        } else if library
            .item(mapped)
            .is_some_and(|i| i.kind == functions.kind())
        {
            scored.push(mapped.clone());
        }
    }
    scored.sort();
    scored.dedup();
    scored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_directives_and_six_functions_are_scored() {
        let (library, _) = Library::bundled();
        let labels = |axis: Axis| -> Vec<String> {
            axis.items(&library)
                .iter()
                .map(|item| item.id.to_string())
                .collect()
        };
        assert_eq!(labels(Axis::Directive).len(), 10);
        assert_eq!(labels(Axis::Directive)[0], "cmg3:D1");
        assert_eq!(
            labels(Axis::Function),
            ["csf2:GV", "csf2:ID", "csf2:PR", "csf2:DE", "csf2:RS", "csf2:RC"]
        );
    }
}
