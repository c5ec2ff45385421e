//! The loaded guides: packs and items with their indexes (children, crosswalks in both
//! directions). Immutable once built; the app holds one and swaps it when packs change.

use std::collections::{BTreeMap, HashMap};

use std::path::Path;
use std::time::{Duration, Instant};

use crate::load::LoadedItem;
use crate::model::{Item, Pack};
use crate::problem::Problem;
use crate::source::SourceFiles;
use crate::{bundled, load, user_packs, validate, ItemId};

#[derive(Debug, Default)]
pub struct Library {
    packs: Vec<Pack>,
    items: BTreeMap<ItemId, Item>,
    /// parent → children, in `order`.
    children: HashMap<ItemId, Vec<ItemId>>,
    /// crosswalk target → the items that map to it.
    mapped_from: HashMap<ItemId, Vec<ItemId>>,
    /// How long `with_user_packs` took: a phase of the app's start-up profile.
    loaded_in: Duration,
}

impl Library {
    /// Loads and validates a source. The library holds every item that parsed, even when there
    /// are problems, so one bad file never hides the rest.
    pub fn load(source: &SourceFiles) -> (Library, Vec<Problem>) {
        let loaded = load::load(source);
        let mut problems = loaded.problems;
        problems.extend(validate::validate(source, &loaded.items));
        problems.sort();
        (Library::from_loaded(loaded.packs, loaded.items), problems)
    }

    /// The guides compiled into the binary.
    pub fn bundled() -> (Library, Vec<Problem>) {
        Library::load(&bundled::guides())
    }

    /// The bundled guides and the user's packs from `dir` (see `user_packs`).
    pub fn with_user_packs(dir: &Path) -> (Library, Vec<Problem>) {
        let started = Instant::now();
        let (mut library, problems) = user_packs::load_with_bundled(dir);
        library.loaded_in = started.elapsed();
        (library, problems)
    }

    pub fn loaded_in(&self) -> Duration {
        self.loaded_in
    }

    pub(crate) fn from_loaded(mut packs: Vec<Pack>, items: Vec<LoadedItem>) -> Library {
        packs.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let items = items.into_iter().map(|l| (l.item.id.clone(), l.item));
        Library::new(packs, items.collect())
    }

    fn new(packs: Vec<Pack>, items: BTreeMap<ItemId, Item>) -> Library {
        let mut children: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
        let mut mapped_from: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
        for item in items.values() {
            if let Some(parent) = item.parent.as_ref().filter(|p| items.contains_key(*p)) {
                children
                    .entry(parent.clone())
                    .or_default()
                    .push(item.id.clone());
            }
            for target in &item.maps {
                mapped_from
                    .entry(target.clone())
                    .or_default()
                    .push(item.id.clone());
            }
        }
        let order = |id: &ItemId| {
            items
                .get(id)
                .map_or((u32::MAX, id.clone()), |i| (i.order, i.id.clone()))
        };
        for list in children.values_mut().chain(mapped_from.values_mut()) {
            list.sort_by_key(|id| order(id));
        }
        Library {
            packs,
            items,
            children,
            mapped_from,
            loaded_in: Duration::ZERO,
        }
    }

    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.items.get(id)
    }

    /// Every item, by ID.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.items.values()
    }

    /// A pack's top-level items (no parent), in order.
    pub fn roots(&self, pack: &str) -> Vec<&Item> {
        let mut roots: Vec<&Item> = self
            .items
            .values()
            .filter(|i| i.pack() == pack && i.parent.is_none())
            .collect();
        roots.sort_by_key(|i| (i.order, i.id.clone()));
        roots
    }

    pub fn children(&self, id: &ItemId) -> impl Iterator<Item = &Item> {
        self.linked(self.children.get(id))
    }

    /// Items whose `maps` name this one: from a framework item, the practices that implement it.
    pub fn mapped_from(&self, id: &ItemId) -> impl Iterator<Item = &Item> {
        self.linked(self.mapped_from.get(id))
    }

    /// The chain of parents from the top down, without the item itself.
    pub fn ancestors(&self, id: &ItemId) -> Vec<&Item> {
        let mut chain = Vec::new();
        let mut current = self.items.get(id).and_then(|i| i.parent.as_ref());
        while let Some(parent) = current.and_then(|p| self.items.get(p)) {
            if chain.iter().any(|seen: &&Item| seen.id == parent.id) {
                break; // a cycle: reported by `check`, harmless here
            }
            chain.push(parent);
            current = parent.parent.as_ref();
        }
        chain.reverse();
        chain
    }

    fn linked<'a>(&'a self, ids: Option<&'a Vec<ItemId>>) -> impl Iterator<Item = &'a Item> {
        ids.into_iter()
            .flatten()
            .filter_map(|id| self.items.get(id))
    }
}
