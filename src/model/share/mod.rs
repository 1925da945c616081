//! Samenvatting delen: the summary the caregiver chooses to share, built from the
//! stored data and a selection, as language-neutral plain data.
//!
//! The flow: [`candidates`] lists everything that could be shared, per section,
//! each with a stable key; the caregiver ticks sections and keys in a
//! [`Selection`] (empty at first: nothing is shared without a look); and
//! [`build_summary`] keeps only what was ticked. The summary holds enum ids and
//! the caregiver's own words, never sentences: `crate::text::share` renders it
//! in Dutch or English, and [`codec`] packs it into a link for a QR code.
//!
//! Within "how I am doing" the order is: the check, the trend, the heaviest
//! answers, then the energy givers and drains.
//!
//! Never included, whatever is ticked: phone numbers and notes of people, the
//! review notes of agreements, and the individual answers of the check beyond
//! the few that weigh most.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::check::CheckRecord;
use super::check::{self, Band, Direction, QuestionId};
use super::energy::{self, EnergyItem, EnergyKind, Weight};
use super::network::{self, person_order, Closeness, Domain, OwnTasks, Person, Task};
use super::profile::{self, Profile, Relation};
use super::sort::{sort, sort_by};
use super::time::Date;
use super::wishes::{self, Kind, Role, Status, WishItem};

pub mod codec;
pub mod kept;
pub mod log;

#[cfg(test)]
pub(crate) mod fixtures;

pub use codec::{
    decode, encode, fits_in_qr, qr_modules, DecodeError, MAX_QR_CHARS, MAX_QR_VERSION,
    PAYLOAD_VERSION,
};
pub use log::{
    newest_first, with_whom_problems, ShareLogEntry, ShareLogField, ShareLogProblem, ShareMethod,
};

/// The key in the meta store that holds the last [`Selection`], the starting
/// point for the next summary.
pub const SELECTION_KEY: &str = "share_selection";

/// How many of the heaviest answers of the latest check can be shared.
pub const HEAVIEST_COUNT: usize = 3;

/// The key of the latest balance check (its outcome, date and scores).
pub const CHECK_KEY: &str = "check";

/// The key of the trend since the check before.
pub const TREND_KEY: &str = "trend";

/// A part of the summary. The serialised names are stored: never rename them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// How I am doing: the latest check, the trend and the energy lists.
    HowIAm,
    /// My network: people and the tasks I do alone.
    Network,
    /// Wishes and agreements of the first three roles.
    Wishes,
    /// What I know about the person I care for (the fourth role).
    AboutPerson,
}

crate::named!(Section {
    HowIAm = "how_i_am",
    Network = "network",
    Wishes = "wishes",
    AboutPerson = "about_person",
});

impl Section {
    /// Every section, in the order they are shown.
    pub const ALL: [Section; 4] = [
        Section::HowIAm,
        Section::Network,
        Section::Wishes,
        Section::AboutPerson,
    ];
}

/// One line of the summary: enum ids and the caregiver's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryItem {
    /// The outcome of the latest balance check.
    Check {
        /// The day of the check.
        date: Date,
        /// The outcome.
        band: Band,
        /// The load side, 0 to 100.
        load: u8,
        /// The capacity side, 0 to 100.
        capacity: u8,
        /// The overall mark, 0 to 10, when given.
        overall: Option<u8>,
    },
    /// One of the answers that weighs most in the latest check.
    Heavy {
        /// The question.
        question: QuestionId,
        /// The chosen option (valid for the question).
        option: u8,
    },
    /// How the balance moved since the check before.
    Trend {
        /// Heavier, lighter or about the same.
        direction: Direction,
        /// The day of the check before.
        previous: Date,
    },
    /// An item of the energy lists.
    Energy {
        /// Giver or drain.
        kind: EnergyKind,
        /// The caregiver's words.
        text: String,
        /// How much it gives or costs.
        weight: Weight,
    },
    /// A person in the network.
    Person {
        /// First name or nickname.
        name: String,
        /// Who they are, in the caregiver's words; may be empty.
        relation: String,
        /// The part of life they belong to.
        domain: Domain,
        /// How close they are.
        closeness: Closeness,
        /// What they help with now, in task order.
        helps: Vec<Task>,
    },
    /// A task the caregiver does and nobody else does.
    AloneTask(Task),
    /// A wish, need, habit, piece of information or agreement.
    Wish {
        /// The role it belongs to ([`Role::Expert`] goes to [`Section::AboutPerson`]).
        role: Role,
        /// What kind of thing it is.
        kind: Kind,
        /// How far it has come.
        status: Status,
        /// The caregiver's words.
        text: String,
        /// With whom, in free text; may be empty.
        with_whom: String,
        /// When to look at the agreement again.
        review_on: Option<Date>,
    },
}

impl SummaryItem {
    /// The section the item belongs in.
    pub fn section(&self) -> Section {
        match self {
            SummaryItem::Check { .. }
            | SummaryItem::Heavy { .. }
            | SummaryItem::Trend { .. }
            | SummaryItem::Energy { .. } => Section::HowIAm,
            SummaryItem::Person { .. } | SummaryItem::AloneTask(_) => Section::Network,
            SummaryItem::Wish {
                role: Role::Expert, ..
            } => Section::AboutPerson,
            SummaryItem::Wish { .. } => Section::Wishes,
        }
    }
}

/// One section of a summary with its items, in the order shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummarySection {
    /// Which section.
    pub section: Section,
    /// Its items; never empty in a built summary.
    pub items: Vec<SummaryItem>,
}

/// The person cared for, as far as the caregiver chose to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaredFor {
    /// First name.
    pub name: String,
    /// Who they are to the caregiver.
    pub relation: Relation,
}

/// A summary, ready to render or encode. Language-neutral.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The day it was made.
    pub date: Date,
    /// The caregiver's first name, when chosen.
    pub caregiver_name: Option<String>,
    /// The person cared for, when chosen.
    pub cared_for: Option<CaredFor>,
    /// The sections with at least one item, in [`Section::ALL`] order.
    pub sections: Vec<SummarySection>,
}

impl Summary {
    /// How many items the summary holds.
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.items.len()).sum()
    }

    /// The sections it holds, in order.
    pub fn section_list(&self) -> Vec<Section> {
        self.sections.iter().map(|s| s.section).collect()
    }

    /// The first name of the person cared for, when shown.
    pub fn cared_name(&self) -> Option<&str> {
        self.cared_for.as_ref().map(|c| c.name.as_str())
    }
}

/// The stored data a summary is made from, borrowed.
#[derive(Clone, Copy, Debug)]
pub struct SummaryData<'a> {
    /// The profile, when there is one.
    pub profile: Option<&'a Profile>,
    /// Every completed check.
    pub checks: &'a [CheckRecord],
    /// Every energy item.
    pub energy: &'a [EnergyItem],
    /// Every person in the network.
    pub people: &'a [Person],
    /// What the caregiver does themself.
    pub own_tasks: &'a OwnTasks,
    /// Every wish item.
    pub wishes: &'a [WishItem],
    /// How far local time is ahead of UTC, in minutes (for the dates of checks).
    pub offset_minutes: i32,
}

/// Something that could be shared: its key for the [`Selection`] and the item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// A key that stays the same while the thing exists (a record id, or a
    /// fixed key such as [`CHECK_KEY`]).
    pub key: String,
    /// What would be shown.
    pub item: SummaryItem,
}

/// Everything one section could share, in the order shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionCandidates {
    /// Which section.
    pub section: Section,
    /// Its candidates; never empty.
    pub items: Vec<Candidate>,
}

/// The key of one of the heaviest answers, e.g. `heavy:Sleep`.
pub fn heavy_key(question: QuestionId) -> String {
    format!("heavy:{question:?}")
}

/// The key of a task done alone, e.g. `alone:Household`.
pub fn alone_key(task: Task) -> String {
    format!("alone:{task:?}")
}

/// Everything that could be shared, per section; only sections with data.
pub fn candidates(data: &SummaryData) -> Vec<SectionCandidates> {
    Section::ALL
        .into_iter()
        .map(|section| SectionCandidates {
            section,
            items: section_candidates(data, section),
        })
        .filter(|s| !s.items.is_empty())
        .collect()
}

fn section_candidates(data: &SummaryData, section: Section) -> Vec<Candidate> {
    match section {
        Section::HowIAm => how_i_am(data),
        Section::Network => network_candidates(data),
        Section::Wishes => wish_candidates(data.wishes, false),
        Section::AboutPerson => wish_candidates(data.wishes, true),
    }
}

fn how_i_am(data: &SummaryData) -> Vec<Candidate> {
    let mut out = Vec::new();
    let latest = check::sorted_by_date(data.checks)
        .last()
        .map(|c| (*c, c.result()));
    if let Some((record, result)) = &latest {
        if let Some(band) = result.band {
            out.push(Candidate {
                key: CHECK_KEY.to_string(),
                item: SummaryItem::Check {
                    date: record.date(data.offset_minutes),
                    band,
                    load: percent(result.load),
                    capacity: percent(result.capacity),
                    overall: record.overall.filter(|m| *m <= check::OVERALL_MAX),
                },
            });
        }
    }
    if let Some(t) = check::trend(data.checks, data.offset_minutes) {
        out.push(Candidate {
            key: TREND_KEY.to_string(),
            item: SummaryItem::Trend {
                direction: t.direction,
                previous: t.previous,
            },
        });
    }
    if let Some((_, result)) = &latest {
        for c in check::heaviest(result, HEAVIEST_COUNT) {
            out.push(Candidate {
                key: heavy_key(c.question),
                item: SummaryItem::Heavy {
                    question: c.question,
                    option: c.option,
                },
            });
        }
    }
    for kind in [EnergyKind::Giver, EnergyKind::Drain] {
        for e in energy::in_list_order(data.energy, kind) {
            out.push(Candidate {
                key: e.id.clone(),
                item: SummaryItem::Energy {
                    kind: e.kind,
                    text: clip(&e.text, energy::MAX_TEXT_CHARS),
                    weight: e.weight,
                },
            });
        }
    }
    out
}

fn network_candidates(data: &SummaryData) -> Vec<Candidate> {
    let mut people: Vec<&Person> = data.people.iter().collect();
    sort_by(&mut people, |a, b| person_order(a, b));
    let mut out: Vec<Candidate> = people
        .into_iter()
        .map(|p| Candidate {
            key: p.id.clone(),
            item: SummaryItem::Person {
                name: clip(&p.name, network::MAX_NAME_CHARS),
                relation: clip(&p.relation, network::MAX_RELATION_CHARS),
                domain: p.domain,
                closeness: p.closeness,
                helps: network::sorted_tasks(&p.helps_now),
            },
        })
        .collect();
    for row in network::task_overview(data.people, data.own_tasks) {
        if row.alone {
            out.push(Candidate {
                key: alone_key(row.task),
                item: SummaryItem::AloneTask(row.task),
            });
        }
    }
    out
}

fn wish_candidates(items: &[WishItem], expert: bool) -> Vec<Candidate> {
    wishes::filter(items, None, None)
        .into_iter()
        .filter(|w| (w.role == Role::Expert) == expert)
        .map(|w| Candidate {
            key: w.id.clone(),
            item: SummaryItem::Wish {
                role: w.role,
                kind: w.kind,
                status: w.status,
                text: clip(&w.text, wishes::MAX_TEXT_CHARS),
                with_whom: clip(&w.with_whom, wishes::MAX_WITH_WHOM_CHARS),
                review_on: match w.status {
                    Status::Agreed => w.review_on.filter(|d| d.is_valid()),
                    _ => None,
                },
            },
        })
        .collect()
}

/// A score clamped to 0–100.
fn percent(score: i32) -> u8 {
    u8::try_from(score.clamp(0, 100)).unwrap_or(0)
}

/// The text trimmed and cut to at most `max` characters (stored data is
/// already checked; this keeps an imported oddity from making an unreadable code).
fn clip(s: &str, max: usize) -> String {
    s.trim()
        .chars()
        .take(max)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The ticked keys per section, sorted by section; stored as a JSON object
/// `{"section": ["key", …]}`. A list instead of a `BTreeMap`, whose code
/// exists once per key and value type in the wasm (issue 11).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SectionKeys(Vec<(Section, Vec<String>)>);

impl SectionKeys {
    /// The keys ticked in a section, if any entry.
    pub fn get(&self, section: &Section) -> Option<&Vec<String>> {
        self.0
            .iter()
            .find(|(s, _)| s == section)
            .map(|(_, keys)| keys)
    }

    /// Whether a section has an entry.
    pub fn contains_key(&self, section: &Section) -> bool {
        self.get(section).is_some()
    }

    /// Sets a section's keys, replacing what it had.
    pub fn insert(&mut self, section: Section, keys: Vec<String>) {
        match self.0.iter().position(|(s, _)| *s >= section) {
            Some(i) if self.0[i].0 == section => self.0[i].1 = keys,
            Some(i) => self.0.insert(i, (section, keys)),
            None => self.0.push((section, keys)),
        }
    }

    /// The entries, in section order.
    pub fn iter(&self) -> impl Iterator<Item = (Section, &Vec<String>)> {
        self.0.iter().map(|(s, keys)| (*s, keys))
    }

    /// Whether no section has an entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SectionKeys {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(s, keys)| (s, keys)))
    }
}

impl<'de> Deserialize<'de> for SectionKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(SectionKeysVisitor)
    }
}

struct SectionKeysVisitor;

impl<'de> serde::de::Visitor<'de> for SectionKeysVisitor {
    type Value = SectionKeys;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<SectionKeys, A::Error> {
        let mut out = SectionKeys::default();
        while let Some((section, keys)) = map.next_entry::<Section, Vec<String>>()? {
            out.insert(section, keys);
        }
        Ok(out)
    }
}

/// Sorts `keys` and drops doubles: the form [`Selection`] keeps them in.
fn sorted_set(keys: &mut Vec<String>) {
    sort(keys);
    keys.dedup();
}

/// What the caregiver ticked: sections, keys inside each, and the names.
/// Stored in the meta store under [`SELECTION_KEY`]. The default is empty:
/// nothing is shared until the caregiver ticks it.
///
/// The ticked sections and keys are sorted lists without doubles: stored as
/// the JSON arrays sets would give, without a B-tree set's code per element
/// type in the wasm (issue 11).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// The sections ticked.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The keys ticked, per section (sorted, no doubles).
    #[serde(default)]
    pub items: SectionKeys,
    /// Whether the caregiver's own first name is shown.
    #[serde(default)]
    pub include_caregiver_name: bool,
    /// Whether the first name of the person cared for (and the relation) is shown.
    #[serde(default)]
    pub include_cared_name: bool,
}

impl Selection {
    /// Whether a section is ticked.
    pub fn has_section(&self, section: Section) -> bool {
        self.sections.contains(&section)
    }

    /// Whether a key is ticked inside a section.
    pub fn has_item(&self, section: Section, key: &str) -> bool {
        self.items
            .get(&section)
            .is_some_and(|keys| keys.iter().any(|k| k == key))
    }

    /// The selection with a section ticked or unticked. Its ticked keys stay,
    /// so ticking it again brings them back.
    pub fn with_section(&self, section: Section, on: bool) -> Selection {
        let mut next = self.clone();
        next.sections.retain(|s| *s != section);
        if on {
            next.sections.push(section);
            sort(&mut next.sections);
        }
        next
    }

    /// The selection with one key ticked or unticked.
    pub fn with_item(&self, section: Section, key: &str, on: bool) -> Selection {
        self.with_items(section, &[key], on)
    }

    /// The selection with several keys of a section ticked or unticked
    /// (for "all" and "none").
    pub fn with_items(&self, section: Section, keys: &[&str], on: bool) -> Selection {
        let mut set: Vec<String> = Vec::new();
        for key in self.items.get(&section).into_iter().flatten() {
            if on || !keys.contains(&key.as_str()) {
                set.push(key.clone());
            }
        }
        if on {
            for key in keys {
                set.push((*key).to_string());
            }
            sorted_set(&mut set);
        }
        let mut items = SectionKeys::default();
        for (s, kept) in self.items.iter().filter(|(s, _)| *s != section) {
            items.insert(s, kept.clone());
        }
        if !set.is_empty() {
            items.insert(section, set);
        }
        Selection {
            items,
            sections: self.sections.clone(),
            ..*self
        }
    }

    /// The selection with keys that no longer exist left out. Ticked sections
    /// and the name choices stay as they were.
    pub fn reconcile(&self, available: &[SectionCandidates]) -> Selection {
        let mut items = SectionKeys::default();
        for s in available {
            let mut kept = Vec::new();
            for c in s.items.iter().filter(|c| self.has_item(s.section, &c.key)) {
                kept.push(c.key.clone());
            }
            sorted_set(&mut kept);
            if !kept.is_empty() {
                items.insert(s.section, kept);
            }
        }
        Selection {
            items,
            ..self.clone()
        }
    }

    /// How many things would be shared from `available`.
    pub fn count(&self, available: &[SectionCandidates]) -> usize {
        available
            .iter()
            .filter(|s| self.has_section(s.section))
            .map(|s| {
                s.items
                    .iter()
                    .filter(|c| self.has_item(s.section, &c.key))
                    .count()
            })
            .sum()
    }
}

/// Builds the summary of `today`: only ticked keys of ticked sections that
/// exist in the data; a section appears only with at least one item; names
/// only when chosen and known.
pub fn build_summary(data: &SummaryData, selection: &Selection, today: Date) -> Summary {
    let sections = candidates(data)
        .into_iter()
        .filter(|s| selection.has_section(s.section))
        .map(|s| SummarySection {
            section: s.section,
            items: s
                .items
                .into_iter()
                .filter(|c| selection.has_item(s.section, &c.key))
                .map(|c| c.item)
                .collect(),
        })
        .filter(|s| !s.items.is_empty())
        .collect();
    let caregiver_name = data
        .profile
        .filter(|_| selection.include_caregiver_name)
        .map(|p| clip(&p.caregiver_name, profile::MAX_NAME_CHARS))
        .filter(|n| !n.is_empty());
    let cared_for = data
        .profile
        .filter(|_| selection.include_cared_name)
        .map(|p| CaredFor {
            name: clip(&p.cared_name, profile::MAX_NAME_CHARS),
            relation: p.relation,
        })
        .filter(|c| !c.name.is_empty());
    Summary {
        date: today,
        caregiver_name,
        cared_for,
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{self, Fixture};
    use super::*;

    fn all_of(available: &[SectionCandidates]) -> Selection {
        let mut sel = Selection {
            include_caregiver_name: true,
            include_cared_name: true,
            ..Selection::default()
        };
        for s in available {
            let keys: Vec<&str> = s.items.iter().map(|c| c.key.as_str()).collect();
            sel = sel
                .with_section(s.section, true)
                .with_items(s.section, &keys, true);
        }
        sel
    }

    #[test]
    fn a_fresh_selection_shares_nothing() {
        let f = Fixture::realistic();
        let summary = build_summary(&f.data(), &Selection::default(), fixtures::today());
        assert!(summary.sections.is_empty());
        assert_eq!(summary.caregiver_name, None);
        assert_eq!(summary.cared_for, None);
        assert_eq!(summary.item_count(), 0);
        assert_eq!(summary.date, fixtures::today());
    }

    #[test]
    fn no_data_means_no_sections() {
        let f = Fixture::empty();
        let available = candidates(&f.data());
        assert!(available.is_empty());
        let sel = Section::ALL
            .into_iter()
            .fold(Selection::default(), |s, sec| s.with_section(sec, true));
        let summary = build_summary(&f.data(), &sel, fixtures::today());
        assert!(summary.sections.is_empty());
    }

    #[test]
    fn everything_ticked_gives_every_item() {
        let f = Fixture::realistic();
        let available = candidates(&f.data());
        assert_eq!(
            available.iter().map(|s| s.section).collect::<Vec<_>>(),
            Section::ALL.to_vec()
        );
        let summary = build_summary(&f.data(), &all_of(&available), fixtures::today());
        let total: usize = available.iter().map(|s| s.items.len()).sum();
        assert_eq!(summary.item_count(), total);
        assert_eq!(summary.caregiver_name.as_deref(), Some("Anna"));
        assert_eq!(summary.cared_name(), Some("Piet"));
        for s in &summary.sections {
            assert!(s.items.iter().all(|i| i.section() == s.section));
        }
    }

    #[test]
    fn how_i_am_lists_check_heaviest_trend_and_energy() {
        let f = Fixture::realistic();
        let available = candidates(&f.data());
        let how = &available[0];
        assert_eq!(how.section, Section::HowIAm);
        let keys: Vec<&str> = how.items.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys[0], CHECK_KEY);
        assert_eq!(
            keys.iter().filter(|k| k.starts_with("heavy:")).count(),
            HEAVIEST_COUNT
        );
        assert!(keys.contains(&TREND_KEY));
        let energy: Vec<_> = how
            .items
            .iter()
            .filter_map(|c| match &c.item {
                SummaryItem::Energy { kind, .. } => Some(*kind),
                _ => None,
            })
            .collect();
        assert_eq!(energy.len(), 6);
        // Givers come before drains.
        let first_drain = energy.iter().position(|k| *k == EnergyKind::Drain);
        assert!(first_drain.is_some_and(|i| energy[i..].iter().all(|k| *k == EnergyKind::Drain)));
        match &how.items[0].item {
            SummaryItem::Check { date, band, .. } => {
                assert_eq!(*date, fixtures::today().add_days(-2));
                assert_eq!(*band, Band::OutOfBalance);
            }
            other => panic!("expected the check, got {other:?}"),
        }
    }

    #[test]
    fn network_lists_people_in_name_order_and_tasks_done_alone() {
        let f = Fixture::realistic();
        let available = candidates(&f.data());
        let net = available
            .iter()
            .find(|s| s.section == Section::Network)
            .expect("network");
        let names: Vec<&str> = net
            .items
            .iter()
            .filter_map(|c| match &c.item {
                SummaryItem::Person { name, .. } => Some(name.as_str()),
                _ => None,
            })
            .collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| n.to_lowercase());
        assert_eq!(names, sorted);
        assert_eq!(names.len(), 8);
        let alone: Vec<&str> = net
            .items
            .iter()
            .filter(|c| matches!(c.item, SummaryItem::AloneTask(_)))
            .map(|c| c.key.as_str())
            .collect();
        // The caregiver does personal care and medication; nobody else does.
        assert_eq!(alone, vec!["alone:PersonalCare", "alone:Medication"]);
    }

    #[test]
    fn expert_items_go_to_their_own_section() {
        let f = Fixture::realistic();
        let available = candidates(&f.data());
        for s in &available {
            for c in &s.items {
                assert_eq!(c.item.section(), s.section);
            }
        }
        let about = available
            .iter()
            .find(|s| s.section == Section::AboutPerson)
            .expect("about");
        assert_eq!(about.items.len(), 3);
    }

    #[test]
    fn only_ticked_items_of_ticked_sections_appear() {
        let f = Fixture::realistic();
        let data = f.data();
        let available = candidates(&data);
        let people = &available[1];
        let first = people.items[0].key.as_str();
        let sel = Selection::default()
            .with_section(Section::Network, true)
            .with_item(Section::Network, first, true)
            // A ticked item of an unticked section is not shared.
            .with_item(Section::Wishes, &available[2].items[0].key, true);
        let summary = build_summary(&data, &sel, fixtures::today());
        assert_eq!(summary.sections.len(), 1);
        assert_eq!(
            summary.sections[0].items,
            vec![people.items[0].item.clone()]
        );
        assert_eq!(summary.caregiver_name, None);
        assert_eq!(summary.cared_for, None);
    }

    #[test]
    fn a_ticked_section_without_ticked_items_is_left_out() {
        let f = Fixture::realistic();
        let sel = Selection::default().with_section(Section::HowIAm, true);
        let summary = build_summary(&f.data(), &sel, fixtures::today());
        assert!(summary.sections.is_empty());
    }

    #[test]
    fn names_follow_their_own_choice() {
        let f = Fixture::realistic();
        let only_mine = Selection {
            include_caregiver_name: true,
            ..Selection::default()
        };
        let s = build_summary(&f.data(), &only_mine, fixtures::today());
        assert_eq!(s.caregiver_name.as_deref(), Some("Anna"));
        assert_eq!(s.cared_for, None);
        let only_theirs = Selection {
            include_cared_name: true,
            ..Selection::default()
        };
        let s = build_summary(&f.data(), &only_theirs, fixtures::today());
        assert_eq!(s.caregiver_name, None);
        assert_eq!(
            s.cared_for,
            Some(CaredFor {
                name: "Piet".into(),
                relation: Relation::Partner
            })
        );
        // An empty caregiver name is left out even when chosen.
        let mut g = Fixture::realistic();
        if let Some(p) = g.profile.as_mut() {
            p.caregiver_name.clear();
        }
        let s = build_summary(
            &g.data(),
            &all_of(&candidates(&g.data())),
            fixtures::today(),
        );
        assert_eq!(s.caregiver_name, None);
    }

    #[test]
    fn reconcile_drops_keys_that_are_gone_and_keeps_sections() {
        let mut f = Fixture::realistic();
        let available = candidates(&f.data());
        let sel = all_of(&available).with_item(Section::Wishes, "no-such-id", true);
        let removed = f.people.remove(0).id;
        let now = candidates(&f.data());
        let next = sel.reconcile(&now);
        assert!(!next.has_item(Section::Network, &removed));
        assert!(!next.has_item(Section::Wishes, "no-such-id"));
        assert!(next.has_item(Section::Network, &f.people[0].id));
        assert_eq!(next.sections, sel.sections);
        assert!(next.include_caregiver_name && next.include_cared_name);
        // Nothing of a section without data is kept, but the section stays ticked.
        f.wishes.clear();
        let next = sel.reconcile(&candidates(&f.data()));
        assert!(!next.items.contains_key(&Section::Wishes));
        assert!(next.has_section(Section::Wishes));
    }

    #[test]
    fn toggling_keeps_keys_of_an_unticked_section() {
        let sel = Selection::default()
            .with_section(Section::Wishes, true)
            .with_item(Section::Wishes, "a", true)
            .with_section(Section::Wishes, false);
        assert!(sel.has_item(Section::Wishes, "a"));
        assert!(!sel.has_section(Section::Wishes));
        let sel = sel.with_item(Section::Wishes, "a", false);
        assert!(sel.items.is_empty());
    }

    #[test]
    fn count_matches_the_built_summary() {
        let f = Fixture::realistic();
        let data = f.data();
        let available = candidates(&data);
        let sel = all_of(&available).with_section(Section::Network, false);
        assert_eq!(
            sel.count(&available),
            build_summary(&data, &sel, fixtures::today()).item_count()
        );
    }

    #[test]
    fn selection_round_trips_through_json() {
        let f = Fixture::realistic();
        let sel = all_of(&candidates(&f.data()));
        let json = serde_json::to_string(&sel).expect("serialise");
        assert_eq!(
            serde_json::from_str::<Selection>(&json).expect("parse"),
            sel
        );
        // An older or empty stored value still reads.
        assert_eq!(
            serde_json::from_str::<Selection>("{}").expect("parse"),
            Selection::default()
        );
    }

    #[test]
    fn long_texts_are_clipped() {
        assert_eq!(clip("  abcdef ", 3), "abc");
        assert_eq!(clip("ééé", 2), "éé");
        assert_eq!(percent(140), 100);
        assert_eq!(percent(-3), 0);
    }

    #[test]
    fn stopped_and_open_wishes_have_no_review_date() {
        let f = Fixture::realistic();
        for s in candidates(&f.data()) {
            for c in s.items {
                if let SummaryItem::Wish {
                    status, review_on, ..
                } = c.item
                {
                    assert_eq!(review_on.is_some(), status == Status::Agreed);
                }
            }
        }
    }

    #[test]
    fn unticking_keys_and_sections_leaves_the_rest() {
        let sel = Selection::default()
            .with_section(Section::Wishes, true)
            .with_section(Section::AboutPerson, true)
            .with_items(Section::Wishes, &["w1", "w3"], true)
            .with_item(Section::AboutPerson, "w6", true);
        let one = sel.with_item(Section::Wishes, "w1", false);
        assert!(!one.has_item(Section::Wishes, "w1"));
        assert!(one.has_item(Section::Wishes, "w3"));
        assert!(one.has_item(Section::AboutPerson, "w6"));
        let none = one.with_items(Section::Wishes, &["w3", "w9"], false);
        assert!(!none.items.contains_key(&Section::Wishes));
        assert!(none.has_section(Section::Wishes));
        assert!(none.has_item(Section::AboutPerson, "w6"));
        let off = none.with_section(Section::Wishes, false);
        assert!(!off.has_section(Section::Wishes));
        assert!(off.has_section(Section::AboutPerson));
        // Ticking a section again brings back its ticked keys.
        let back = sel
            .with_section(Section::Wishes, false)
            .with_section(Section::Wishes, true);
        assert_eq!(back, sel);
    }

    #[test]
    fn a_selection_is_stored_as_sorted_arrays() {
        let sel = Selection::default()
            .with_section(Section::Wishes, true)
            .with_section(Section::HowIAm, true)
            .with_items(Section::Wishes, &["w3", "w1", "w3"], true);
        let json = serde_json::to_string(&sel).expect("serialise");
        assert_eq!(
            json,
            r#"{"sections":["how_i_am","wishes"],"items":{"wishes":["w1","w3"]},"include_caregiver_name":false,"include_cared_name":false}"#
        );
        assert_eq!(
            serde_json::from_str::<Selection>(&json).expect("parse"),
            sel
        );
    }
}
