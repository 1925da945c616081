//! Seed data for tests and measurements: the stored records of a caregiver who
//! has used the app for a while, built with the model's own constructors (so
//! every record is one the app could have written), as a backup file.
//!
//! Two presets:
//! - [`Preset::Realistic`]: Marieke, who cares for her father Henk, who has
//!   dementia; four months of use.
//! - [`Preset::FiveYears`]: Joke, who cares for her husband Wim; five years of
//!   weekly use: 260 checks, 150 people, 400 wishes, 50 share-log entries.
//!
//! Everything is deterministic: the same preset and "now" give the same records,
//! byte for byte. Dates are local dates in the Netherlands (Europe/Amsterdam).
//!
//! Used by the `seed` example (prints a backup file for the end-to-end tests),
//! by `tests/seed_data.rs` and by the storage benchmark.
#![allow(dead_code)] // every user of this module needs a different part of it

use samenspel::model::backup::{export, BackupMeta, RawRecord, RecordsByStore};
use samenspel::model::check::{CheckDraft, CheckRecord, QuestionId};
use samenspel::model::energy::{EnergyInput, EnergyItem, EnergyKind, SuggestionId, Weight};
use samenspel::model::network::{
    Closeness, Domain, NetworkSnapshot, OwnTasks, Person, PersonInput, SnapshotPerson,
    SnapshotReason, Task, OWN_TASKS_KEY,
};
use samenspel::model::profile::ProfileInput;
use samenspel::model::record::{id_from_bytes, Record, StoreName};
use samenspel::model::share::kept::{KeptSummary, KEPT_KEY};
use samenspel::model::share::{
    build_summary, candidates, encode, Section, Selection, ShareLogEntry, ShareMethod, SummaryData,
    CHECK_KEY, SELECTION_KEY, TREND_KEY,
};
use samenspel::model::time::{civil_from_days, days_from_civil, local, Date, DAY_MS};
use samenspel::model::wishes::{
    make_agreement, record_review, transition, Kind, PromptId, ReviewOutcome, Role, Status,
    WishInput, WishItem,
};
use samenspel::model::{Lang, Profile, Relation};
use samenspel::text::check::{check_texts, suggestion_text};

/// A fixed "now" for reproducible output: Monday 9 March 2026, 10:00 UTC.
pub const DEFAULT_NOW_MS: i64 = 1_773_050_400_000;

/// Which data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// One believable caregiver, four months of use.
    Realistic,
    /// Five years of weekly use.
    FiveYears,
}

impl Preset {
    /// Every preset.
    pub const ALL: [Preset; 2] = [Preset::Realistic, Preset::FiveYears];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Realistic => "realistic",
            Preset::FiveYears => "five-years",
        }
    }

    /// The preset with this name.
    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The records of a preset, as stored, per store.
pub fn records(preset: Preset, now_ms: i64) -> RecordsByStore {
    let mut g = Gen::new(preset, now_ms);
    match preset {
        Preset::Realistic => realistic(&mut g),
        Preset::FiveYears => five_years(&mut g),
    }
    g.out
}

/// The backup file of a preset: what "Make a backup" would have written at `now_ms`.
pub fn backup(preset: Preset, now_ms: i64) -> String {
    export(
        &records(preset, now_ms),
        &BackupMeta {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            exported_at: now_ms,
        },
    )
}

// ---------------------------------------------------------------------------
// Time in the Netherlands
// ---------------------------------------------------------------------------

/// Minutes the Netherlands is ahead of UTC at `ms`: 120 in summer time (from
/// the last Sunday of March to the last Sunday of October, 01:00 UTC), else 60.
pub fn amsterdam_offset_minutes(ms: i64) -> i32 {
    let year = civil_from_days(ms.div_euclid(DAY_MS)).year;
    let last_sunday = |month: u32| {
        let last = days_from_civil(Date {
            year,
            month,
            day: 31,
        });
        last - (last + 4).rem_euclid(7) // 1 January 1970 was a Thursday
    };
    let start = last_sunday(3) * DAY_MS + 3_600_000;
    let end = last_sunday(10) * DAY_MS + 3_600_000;
    if (start..end).contains(&ms) {
        120
    } else {
        60
    }
}

/// The local date in the Netherlands at `ms`.
pub fn local_date(ms: i64) -> Date {
    local(ms, amsterdam_offset_minutes(ms)).date
}

/// The moment `hour:minute` local time on `date`, in the Netherlands.
pub fn local_ms(date: Date, hour: u32, minute: u32) -> i64 {
    let naive = days_from_civil(date) * DAY_MS + i64::from(hour * 60 + minute) * 60_000;
    naive - i64::from(amsterdam_offset_minutes(naive - 2 * 3_600_000)) * 60_000
}

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

/// Small deterministic random numbers (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with a chance of `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Gen {
    now: i64,
    today: Date,
    rng: Rng,
    out: RecordsByStore,
    /// The wishes written so far (for the positions of new ones).
    wishes: Vec<WishItem>,
}

impl Gen {
    fn new(preset: Preset, now: i64) -> Gen {
        let seed = match preset {
            Preset::Realistic => 0x5a3e_2026,
            Preset::FiveYears => 0x5a3e_2031,
        };
        Gen {
            now,
            today: local_date(now),
            rng: Rng(seed),
            out: RecordsByStore::new(),
            wishes: Vec::new(),
        }
    }

    /// A new record id, as the app makes them (32 hex characters).
    fn id(&mut self) -> String {
        let a = self.rng.next().to_le_bytes();
        let b = self.rng.next().to_le_bytes();
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&a);
        bytes[8..].copy_from_slice(&b);
        id_from_bytes(bytes)
    }

    /// The local date `days` days before today.
    fn day(&self, days: i64) -> Date {
        self.today.add_days(-days)
    }

    /// The moment `hour:minute` on the day `days` days before today, never
    /// later than now (today's events happened a few minutes ago at the latest).
    fn ms(&self, days: i64, hour: u32, minute: u32) -> i64 {
        local_ms(self.day(days), hour, minute).min(self.now - 5 * 60_000)
    }

    fn push<T: Record>(&mut self, record: &T) {
        let data = serde_json::to_string(record).expect("a record serialises");
        self.raw(T::STORE, record.id().to_string(), record.updated_at(), data);
    }

    fn push_meta<V: serde::Serialize>(&mut self, key: &str, value: &V, updated: i64) {
        let data = serde_json::to_string(value).expect("a meta value serialises");
        self.raw(StoreName::Meta, key.to_string(), updated, data);
    }

    fn raw(&mut self, store: StoreName, id: String, updated: i64, data: String) {
        let record = RawRecord { id, updated, data };
        match self.out.get_mut(&store) {
            Some(list) => list.push(record),
            None => self.out.insert(store, vec![record]),
        }
    }

    /// Every stored record of a kind, read back.
    fn all<T: Record>(&self) -> Vec<T> {
        self.out
            .get(&T::STORE)
            .map(|list| {
                list.iter()
                    .map(|r| serde_json::from_str(&r.data).expect("a record reads back"))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn profile(&mut self, caregiver: &str, cared: &str, relation: Relation, days: i64) -> Profile {
        let profile = ProfileInput {
            caregiver_name: caregiver.into(),
            cared_name: cared.into(),
            relation: Some(relation),
        }
        .to_profile(None, self.ms(days, 20, 15))
        .expect("a valid profile");
        self.push(&profile);
        profile
    }

    /// A completed check: twelve options in question order and an overall mark.
    fn check(&mut self, days: i64, options: [u8; 12], overall: Option<u8>) {
        let started = self.ms(days, 20, 30);
        let mut draft = CheckDraft::new(started);
        for (q, option) in QuestionId::ALL.into_iter().zip(options) {
            let max = u8::try_from(q.option_count() - 1).unwrap_or(0);
            assert!(draft.set_answer(q, option.min(max)));
        }
        assert!(draft.set_overall(overall));
        let id = self.id();
        let record = draft
            .finish(id, started + 4 * 60_000)
            .expect("every question answered");
        self.push(&record);
    }

    fn energy(&mut self, days: i64, kind: EnergyKind, text: &str, weight: Weight) {
        let input = EnergyInput {
            kind,
            text: text.into(),
            weight,
            suggestion: None,
        };
        let id = self.id();
        let item = input
            .to_item(id, self.ms(days, 21, 5))
            .expect("a valid energy item");
        self.push(&item);
    }

    fn suggestion(&mut self, days: i64, s: SuggestionId, weight: Weight) {
        let mut input = EnergyInput::from_suggestion(s, suggestion_text(check_texts(Lang::Nl), s));
        input.weight = weight;
        let id = self.id();
        let item = input
            .to_item(id, self.ms(days, 21, 10))
            .expect("a valid energy item");
        self.push(&item);
    }

    fn person(&mut self, days: i64, p: &PersonSpec) -> Person {
        let input = PersonInput {
            name: p.name.into(),
            relation: p.relation.into(),
            domain: Some(p.domain),
            closeness: Some(p.ring),
            helps_now: p.helps.to_vec(),
            could_help: p.could.to_vec(),
            phone: p.phone.into(),
            note: p.note.into(),
        };
        let id = self.id();
        let person = input
            .create(id, self.ms(days, 19, 45))
            .expect("a valid person");
        self.push(&person);
        person
    }

    fn snapshot(&mut self, days: i64, people: Vec<SnapshotPerson>, reason: SnapshotReason) {
        let at = self.ms(days, 19, 50);
        let id = self.id();
        let mut snapshot = NetworkSnapshot::take(id, &[], self.day(days), reason, at);
        snapshot.people = people;
        self.push(&snapshot);
    }

    /// A new item, then the changes of status it went through.
    fn wish(&mut self, w: &WishSpec) -> WishItem {
        let created_day = self.day(w.created);
        let mut input = match w.prompt {
            Some(p) => WishInput::from_prompt(p),
            None => WishInput::new(w.role),
        };
        input.role = w.role;
        input.kind = w.kind;
        input.text = w.text.clone();
        input.with_whom = w.with_whom.into();
        input.with_person = w.with_person.clone();
        let id = self.id();
        let mut item = input
            .new_item(id, &self.wishes, self.ms(w.created, 21, 20), created_day)
            .expect("a valid wish");
        for step in &w.steps {
            item = self.step(&item, step);
        }
        self.push(&item);
        self.wishes.push(item.clone());
        item
    }

    fn step(&mut self, item: &WishItem, step: &Step) -> WishItem {
        match *step {
            Step::To(status, days) => {
                transition(item, status, self.day(days), self.ms(days, 14, 0))
            }
            Step::Agree { on, review_in } => make_agreement(
                item,
                self.day(on).add_days(review_in),
                self.day(on),
                self.ms(on, 14, 5),
            ),
            Step::Review {
                on,
                outcome,
                note,
                next_in,
            } => record_review(
                item,
                outcome,
                self.day(on),
                note,
                next_in.map(|n| self.day(on).add_days(n)),
                self.ms(on, 14, 10),
            ),
        }
        .expect("an allowed change of status")
    }

    fn summary_data<'a>(
        &self,
        profile: &'a Profile,
        checks: &'a [CheckRecord],
        energy: &'a [EnergyItem],
        people: &'a [Person],
        own_tasks: &'a OwnTasks,
        wishes: &'a [WishItem],
    ) -> SummaryData<'a> {
        SummaryData {
            profile: Some(profile),
            checks,
            energy,
            people,
            own_tasks,
            wishes,
            offset_minutes: amsterdam_offset_minutes(self.now),
        }
    }

    /// Logs shares of the summary of `selection` on the given days, and keeps
    /// the selection (as the app does after a share).
    fn share_log(
        &mut self,
        profile: &Profile,
        selection: &Selection,
        shares: &[(i64, ShareMethod, &str)],
    ) {
        let checks = self.all::<CheckRecord>();
        let energy = self.all::<EnergyItem>();
        let people = self.all::<Person>();
        let wishes = self.all::<WishItem>();
        let own = self.own_tasks();
        let mut last = 0;
        for &(days, how, with_whom) in shares {
            let at = self.ms(days, 10, 30);
            // The summary as it was that day: only what existed then.
            let checks: Vec<CheckRecord> = checks
                .iter()
                .filter(|c| c.created_at <= at)
                .cloned()
                .collect();
            let energy: Vec<EnergyItem> = energy
                .iter()
                .filter(|e| e.created_at <= at)
                .cloned()
                .collect();
            let people: Vec<Person> = people
                .iter()
                .filter(|p| p.created_at <= at)
                .cloned()
                .collect();
            let wishes: Vec<WishItem> = wishes
                .iter()
                .filter(|w| w.created_at <= at)
                .cloned()
                .collect();
            let data = self.summary_data(profile, &checks, &energy, &people, &own, &wishes);
            let summary = build_summary(&data, selection, self.day(days));
            let id = self.id();
            let entry = ShareLogEntry::new(id, at, self.day(days), how, with_whom, &summary)
                .expect("a valid share-log entry");
            self.push(&entry);
            last = last.max(at);
        }
        self.push_meta(SELECTION_KEY, selection, last.max(1));
    }

    fn own_tasks(&self) -> OwnTasks {
        self.out
            .get(&StoreName::Meta)
            .and_then(|list| list.iter().find(|r| r.id == OWN_TASKS_KEY))
            .and_then(|r| serde_json::from_str(&r.data).ok())
            .unwrap_or_default()
    }

    /// The selection of the "how I am" section: the latest check, the trend
    /// and the heaviest answers (no energy items).
    fn how_i_am_keys(&self, profile: &Profile) -> Vec<String> {
        let checks = self.all::<CheckRecord>();
        let own = OwnTasks::default();
        let data = self.summary_data(profile, &checks, &[], &[], &own, &[]);
        candidates(&data)
            .into_iter()
            .filter(|s| s.section == Section::HowIAm)
            .flat_map(|s| s.items)
            .map(|c| c.key)
            .filter(|k| k == CHECK_KEY || k == TREND_KEY || k.starts_with("heavy:"))
            .collect()
    }
}

/// A person to add.
struct PersonSpec {
    name: &'static str,
    relation: &'static str,
    domain: Domain,
    ring: Closeness,
    helps: &'static [Task],
    could: &'static [Task],
    phone: &'static str,
    note: &'static str,
}

/// A change of status of a wish, `days` before today.
enum Step {
    /// [`transition`] to a status on a day.
    To(Status, i64),
    /// [`make_agreement`] on a day, to look at again `review_in` days later.
    Agree { on: i64, review_in: i64 },
    /// [`record_review`] on a day; for Keep, the next review `next_in` days later.
    Review {
        on: i64,
        outcome: ReviewOutcome,
        note: &'static str,
        next_in: Option<i64>,
    },
}

/// A wish to add.
struct WishSpec {
    role: Role,
    kind: Kind,
    text: String,
    with_whom: &'static str,
    with_person: Option<String>,
    prompt: Option<PromptId>,
    created: i64,
    steps: Vec<Step>,
}

impl WishSpec {
    fn new(role: Role, kind: Kind, text: &str, created: i64) -> WishSpec {
        WishSpec {
            role,
            kind,
            text: text.to_string(),
            with_whom: "",
            with_person: None,
            prompt: None,
            created,
            steps: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, person: Option<&Person>) -> WishSpec {
        self.with_whom = name;
        self.with_person = person.map(|p| p.id.clone());
        self
    }

    fn prompt(mut self, p: PromptId) -> WishSpec {
        self.prompt = Some(p);
        self
    }

    fn steps(mut self, steps: Vec<Step>) -> WishSpec {
        self.steps = steps;
        self
    }
}

// ---------------------------------------------------------------------------
// Realistic: Marieke and her father Henk
// ---------------------------------------------------------------------------

const MARIEKE_PEOPLE: [(i64, PersonSpec); 12] = [
    (
        120,
        PersonSpec {
            name: "Peter",
            relation: "mijn man",
            domain: Domain::Family,
            ring: Closeness::VeryClose,
            helps: &[Task::Cooking, Task::EmotionalSupport],
            could: &[Task::Transport],
            phone: "06 41 22 87 10",
            note: "",
        },
    ),
    (
        120,
        PersonSpec {
            name: "Jeroen",
            relation: "broer",
            domain: Domain::Family,
            ring: Closeness::Close,
            helps: &[Task::Paperwork],
            could: &[Task::TakeOver],
            phone: "06-28193746",
            note: "Woont in Groningen. Belt pa elke zondag.",
        },
    ),
    (
        118,
        PersonSpec {
            name: "Daan",
            relation: "zoon",
            domain: Domain::Family,
            ring: Closeness::Close,
            helps: &[Task::Shopping, Task::Company],
            could: &[Task::Household],
            phone: "",
            note: "",
        },
    ),
    (
        118,
        PersonSpec {
            name: "Ineke",
            relation: "vriendin",
            domain: Domain::Friends,
            ring: Closeness::Close,
            helps: &[Task::EmotionalSupport],
            could: &[],
            phone: "06 55 31 20 98",
            note: "",
        },
    ),
    (
        115,
        PersonSpec {
            name: "Fatma",
            relation: "buurvrouw van pa",
            domain: Domain::Neighbours,
            ring: Closeness::Close,
            helps: &[Task::Shopping],
            could: &[Task::Company],
            phone: "038 421 55 90",
            note: "Heeft een sleutel van het huis van pa.",
        },
    ),
    (
        110,
        PersonSpec {
            name: "Dokter Bakker",
            relation: "huisarts",
            domain: Domain::Professionals,
            ring: Closeness::Further,
            helps: &[Task::Medication],
            could: &[],
            phone: "038 422 18 40",
            note: "",
        },
    ),
    (
        100,
        PersonSpec {
            name: "Tante Wil",
            relation: "zus van pa",
            domain: Domain::Family,
            ring: Closeness::Further,
            helps: &[Task::Company],
            could: &[],
            phone: "",
            note: "",
        },
    ),
    (
        95,
        PersonSpec {
            name: "Lotte",
            relation: "begeleider dementie",
            domain: Domain::Professionals,
            ring: Closeness::Close,
            helps: &[Task::Paperwork, Task::EmotionalSupport],
            could: &[],
            phone: "038 851 30 00",
            note: "Helpt met de aanvraag voor dagbesteding.",
        },
    ),
    (
        90,
        PersonSpec {
            name: "Gerard",
            relation: "oud-collega van pa",
            domain: Domain::WorkSchoolClub,
            ring: Closeness::Further,
            helps: &[Task::Company],
            could: &[Task::Transport],
            phone: "",
            note: "Gaat soms met pa wandelen.",
        },
    ),
    (
        74,
        PersonSpec {
            name: "Sanne",
            relation: "wijkverpleegkundige",
            domain: Domain::Professionals,
            ring: Closeness::Close,
            helps: &[Task::PersonalCare, Task::Medication],
            could: &[],
            phone: "038 760 12 12",
            note: "Komt elke ochtend om half negen.",
        },
    ),
    (
        60,
        PersonSpec {
            name: "Kees",
            relation: "buurman van pa",
            domain: Domain::Neighbours,
            ring: Closeness::Further,
            helps: &[],
            could: &[Task::Transport, Task::Household],
            phone: "",
            note: "",
        },
    ),
    (
        12,
        PersonSpec {
            name: "Ahmed",
            relation: "maatje van de buurtkamer",
            domain: Domain::Volunteers,
            ring: Closeness::Further,
            helps: &[Task::Company],
            could: &[],
            phone: "",
            note: "Komt op woensdagmiddag.",
        },
    ),
];

fn realistic(g: &mut Gen) {
    let profile = g.profile("Marieke", "Henk", Relation::Parent, 126);

    // Eight checks in four months: heavy at first, lighter once the home care
    // started, a little heavier again lately.
    let checks: [(i64, [u8; 12], u8); 8] = [
        (118, [3, 3, 4, 3, 2, 4, 1, 1, 2, 2, 1, 1], 4),
        (103, [3, 3, 4, 4, 2, 4, 1, 1, 2, 2, 1, 2], 4),
        (88, [4, 3, 3, 3, 2, 3, 1, 2, 2, 2, 2, 2], 5),
        (74, [3, 3, 3, 3, 2, 3, 1, 2, 3, 2, 2, 2], 5),
        (59, [3, 2, 3, 2, 2, 3, 1, 3, 3, 3, 2, 3], 6),
        (44, [3, 2, 2, 2, 1, 2, 1, 3, 3, 3, 3, 3], 6),
        (28, [2, 2, 2, 2, 1, 2, 0, 3, 3, 3, 3, 3], 7),
        (6, [3, 2, 3, 3, 1, 3, 1, 3, 3, 2, 2, 2], 6),
    ];
    for (days, options, overall) in checks {
        g.check(days, options, Some(overall));
    }

    g.suggestion(117, SuggestionId::Walk, Weight::Much);
    g.energy(
        117,
        EnergyKind::Giver,
        "Zingen in het koor op dinsdag",
        Weight::Much,
    );
    g.suggestion(117, SuggestionId::FriendTalk, Weight::Medium);
    g.energy(
        90,
        EnergyKind::Giver,
        "Fietsen met Peter in het weekend",
        Weight::Medium,
    );
    g.suggestion(60, SuggestionId::Garden, Weight::Little);
    g.suggestion(117, SuggestionId::Paperwork, Weight::Much);
    g.suggestion(117, SuggestionId::NightWorries, Weight::Much);
    g.energy(
        110,
        EnergyKind::Drain,
        "Elke dag opnieuw uitleggen dat mam er niet meer is",
        Weight::Much,
    );
    g.suggestion(100, SuggestionId::CombiningWork, Weight::Medium);
    g.energy(
        45,
        EnergyKind::Drain,
        "Rijden naar het ziekenhuis in Zwolle",
        Weight::Little,
    );

    let mut people = Vec::new();
    for (days, spec) in &MARIEKE_PEOPLE {
        people.push(g.person(*days, spec));
    }
    g.push_meta(
        OWN_TASKS_KEY,
        &OwnTasks::new(&[
            Task::Household,
            Task::Transport,
            Task::Medication,
            Task::Paperwork,
            Task::EmotionalSupport,
        ]),
        g.ms(110, 20, 0),
    );

    // A hundred days ago: the first seven people, before Jeroen took on the
    // paperwork and before Daan did the shopping.
    let then: Vec<SnapshotPerson> = people
        .iter()
        .take(7)
        .map(|p| {
            let mut s = SnapshotPerson::from_person(p);
            if p.name == "Jeroen" {
                s.helps_now.clear();
                s.closeness = Closeness::Further;
            }
            if p.name == "Daan" {
                s.helps_now = vec![Task::Company];
            }
            s
        })
        .collect();
    g.snapshot(100, then, SnapshotReason::Change);
    // Twelve days ago, when Ahmed was added: the network as it is now.
    let now: Vec<SnapshotPerson> = people.iter().map(SnapshotPerson::from_person).collect();
    g.snapshot(12, now, SnapshotReason::Change);

    let by_name = |name: &str| people.iter().find(|p| p.name == name);
    let sanne = by_name("Sanne");
    let lotte = by_name("Lotte");
    let bakker = by_name("Dokter Bakker");
    let jeroen = by_name("Jeroen");
    let wishes = vec![
        // Together with the professionals.
        WishSpec::new(
            Role::Together,
            Kind::Wish,
            "Ik wil pa zelf blijven scheren, op zondagochtend.",
            72,
        )
        .prompt(PromptId::TogetherOwnCare)
        .with("Sanne", sanne)
        .steps(vec![Step::Agree {
            on: 60,
            review_in: 65,
        }]),
        WishSpec::new(
            Role::Together,
            Kind::Need,
            "Uitleg over de nieuwe medicijnen, op papier.",
            35,
        )
        .with("Dokter Bakker", bakker)
        .steps(vec![Step::To(Status::Discussed, 30)]),
        WishSpec::new(
            Role::Together,
            Kind::Agreement,
            "De thuiszorg belt mij als pa de deur niet opendoet.",
            73,
        )
        .with("Sanne", sanne)
        .steps(vec![Step::Agree {
            on: 70,
            review_in: 110,
        }]),
        WishSpec::new(
            Role::Together,
            Kind::Wish,
            "Een schrift bij pa thuis waarin iedereen schrijft wat er die dag was.",
            50,
        ),
        WishSpec::new(
            Role::Together,
            Kind::Wish,
            "Het douchen laat ik liever aan de thuiszorg over.",
            74,
        )
        .prompt(PromptId::TogetherHandOver)
        .with("Sanne", sanne)
        .steps(vec![
            Step::Agree {
                on: 74,
                review_in: 50,
            },
            Step::Review {
                on: 22,
                outcome: ReviewOutcome::Keep,
                note: "Gaat goed. Pa vindt Sanne aardig.",
                next_in: Some(60),
            },
        ]),
        // What I need to keep going.
        WishSpec::new(
            Role::Support,
            Kind::Wish,
            "Eén vrije middag per week, zonder telefoon.",
            100,
        )
        .prompt(PromptId::SupportTimeOff),
        WishSpec::new(
            Role::Support,
            Kind::Need,
            "Iemand die met mij meedenkt over dagbesteding voor pa.",
            96,
        )
        .with("Lotte", lotte)
        .steps(vec![Step::Agree {
            on: 50,
            review_in: 80,
        }]),
        WishSpec::new(
            Role::Support,
            Kind::Need,
            "Hulp bij de formulieren voor de zorg thuis.",
            45,
        )
        .with("Lotte", lotte)
        .steps(vec![Step::To(Status::Discussed, 40)]),
        WishSpec::new(
            Role::Support,
            Kind::Wish,
            "Een weekend weg met Peter in het voorjaar.",
            60,
        )
        .with("Jeroen", jeroen)
        .steps(vec![Step::To(Status::NotPossible, 35)]),
        WishSpec::new(
            Role::Support,
            Kind::Information,
            "Ik slaap slecht als pa 's nachts belt.",
            20,
        )
        .prompt(PromptId::SupportHealth),
        WishSpec::new(
            Role::Support,
            Kind::Agreement,
            "Jeroen neemt één weekend per maand de zorg over.",
            92,
        )
        .with("Jeroen", jeroen)
        .steps(vec![
            Step::Agree {
                on: 90,
                review_in: 30,
            },
            Step::Review {
                on: 58,
                outcome: ReviewOutcome::Stop,
                note: "Jeroen kan het niet meer, door zijn werk.",
                next_in: None,
            },
        ]),
        // What matters to us as family.
        WishSpec::new(
            Role::Family,
            Kind::HabitOrRitual,
            "Op zaterdag samen naar de markt, met een zakje kibbeling.",
            99,
        )
        .prompt(PromptId::FamilyHabits),
        WishSpec::new(
            Role::Family,
            Kind::Wish,
            "Op vrijdagavond geen hulp in huis. Dan eten we samen.",
            30,
        )
        .prompt(PromptId::FamilyPrivacy)
        .with("Sanne", sanne)
        .steps(vec![Step::To(Status::Discussed, 25)]),
        WishSpec::new(
            Role::Family,
            Kind::HabitOrRitual,
            "Kerst vieren we bij ons thuis, met pa erbij.",
            80,
        )
        .prompt(PromptId::FamilyHolidays),
        WishSpec::new(
            Role::Family,
            Kind::Wish,
            "Nog één keer samen naar het IJsselmeer.",
            65,
        )
        .prompt(PromptId::FamilyOutings),
        WishSpec::new(
            Role::Family,
            Kind::Wish,
            "De familie-app gebruiken we alleen voor goed nieuws.",
            40,
        )
        .prompt(PromptId::FamilySharing),
        // What I know about my father.
        WishSpec::new(
            Role::Expert,
            Kind::Information,
            "Pa wordt rustig van liedjes van Johnny Jordaan.",
            98,
        )
        .prompt(PromptId::ExpertHappy),
        WishSpec::new(
            Role::Expert,
            Kind::Information,
            "Hij drinkt zijn koffie zwart, uit de oude bruine beker.",
            98,
        )
        .prompt(PromptId::ExpertRhythm),
        WishSpec::new(
            Role::Expert,
            Kind::Information,
            "Als hij onrustig is, helpt een rondje om het blok.",
            70,
        )
        .prompt(PromptId::ExpertWhenUpset)
        .with("Sanne", sanne)
        .steps(vec![Step::To(Status::Discussed, 20)]),
        WishSpec::new(
            Role::Expert,
            Kind::Information,
            "Hij schaamt zich als iemand hem helpt met aankleden. Vraag eerst of het mag.",
            73,
        )
        .prompt(PromptId::ExpertDislikes),
        WishSpec::new(
            Role::Expert,
            Kind::Wish,
            "Pa wil zo lang mogelijk in zijn eigen huis blijven.",
            120,
        )
        .prompt(PromptId::ExpertTheirWishes),
    ];
    let mut items = Vec::new();
    for w in &wishes {
        items.push(g.wish(w));
    }

    // What she last chose to share: how she is doing, some wishes, and what
    // she knows about her father, with both names.
    let pick = |texts: &[&str]| -> Vec<String> {
        items
            .iter()
            .filter(|w| texts.iter().any(|t| w.text.starts_with(t)))
            .map(|w| w.id.clone())
            .collect()
    };
    let mut selection = Selection {
        include_caregiver_name: true,
        include_cared_name: true,
        ..Selection::default()
    };
    let how = g.how_i_am_keys(&profile);
    let how: Vec<&str> = how.iter().map(String::as_str).collect();
    selection =
        selection
            .with_section(Section::HowIAm, true)
            .with_items(Section::HowIAm, &how, true);
    let wish_ids = pick(&[
        "Ik wil pa zelf",
        "Eén vrije middag",
        "Iemand die met mij",
        "Op vrijdagavond",
    ]);
    let wish_ids: Vec<&str> = wish_ids.iter().map(String::as_str).collect();
    selection =
        selection
            .with_section(Section::Wishes, true)
            .with_items(Section::Wishes, &wish_ids, true);
    let about = pick(&["Pa wordt rustig", "Als hij onrustig", "Hij schaamt zich"]);
    let about: Vec<&str> = about.iter().map(String::as_str).collect();
    selection = selection
        .with_section(Section::AboutPerson, true)
        .with_items(Section::AboutPerson, &about, true);
    g.share_log(
        &profile,
        &selection,
        &[
            (40, ShareMethod::Screen, "Lotte"),
            (8, ShareMethod::Print, "Dokter Bakker"),
        ],
    );

    // She once scanned her own code to see what the nurse would see, and kept it.
    let checks = g.all::<CheckRecord>();
    let energy = g.all::<EnergyItem>();
    let own = g.own_tasks();
    let data = g.summary_data(&profile, &checks, &energy, &people, &own, &items);
    let payload = encode(&build_summary(&data, &selection, g.day(8)));
    let kept_at = g.ms(8, 10, 40);
    g.push_meta(KEPT_KEY, &[KeptSummary { payload, kept_at }], kept_at);
}

// ---------------------------------------------------------------------------
// Five years: Joke and her husband Wim
// ---------------------------------------------------------------------------

const FIRST_NAMES: [&str; 60] = [
    "Anneke", "Bas", "Carla", "Dirk", "Esther", "Frank", "Gerda", "Hans", "Ilse", "Joop", "Karin",
    "Leo", "Monique", "Nico", "Olga", "Paul", "Riet", "Sjaak", "Truus", "Uriel", "Vera", "Wouter",
    "Yvonne", "Zeynep", "Ahmet", "Bea", "Cor", "Dewi", "Eef", "Fleur", "Gijs", "Hennie", "Iris",
    "Jan", "Kim", "Lies", "Marco", "Nel", "Otto", "Petra", "Rob", "Saskia", "Teun", "Ursula",
    "Vincent", "Wilma", "Xander", "Yara", "Zoë", "Aad", "Bep", "Chantal", "Dries", "Elif", "Fenna",
    "Guus", "Hatice", "Ivo", "Jolanda", "Koos",
];

const INITIALS: [&str; 10] = ["B.", "D.", "H.", "J.", "K.", "M.", "P.", "S.", "V.", "W."];

fn relations(domain: Domain) -> &'static [&'static str] {
    match domain {
        Domain::Family => &[
            "zus",
            "broer",
            "dochter",
            "zoon",
            "nicht",
            "schoonzus",
            "kleinzoon",
        ],
        Domain::Friends => &[
            "vriendin",
            "vriend",
            "oude schoolvriendin",
            "vriend van Wim",
        ],
        Domain::Neighbours => &[
            "buurvrouw",
            "buurman",
            "overbuurman",
            "buurvrouw van nummer 12",
        ],
        Domain::WorkSchoolClub => &[
            "collega",
            "van de kerk",
            "van de biljartclub",
            "van het koor",
        ],
        Domain::Professionals => &[
            "huisarts",
            "wijkverpleegkundige",
            "fysiotherapeut",
            "apotheker",
            "ergotherapeut",
        ],
        Domain::Volunteers => &[
            "maatje",
            "vrijwilliger van de kerk",
            "chauffeur van de buurtbus",
        ],
    }
}

const NOTES: [&str; 6] = [
    "",
    "Bellen na zes uur.",
    "Heeft een sleutel.",
    "Komt op dinsdag.",
    "Liever een berichtje dan bellen.",
    "Is in de zomer vaak weg.",
];

const WISH_TEXTS: [(Role, Kind, &str); 24] = [
    (
        Role::Together,
        Kind::Wish,
        "Ik blijf zelf de medicijnen klaarzetten",
    ),
    (
        Role::Together,
        Kind::Need,
        "Uitleg hoe ik Wim veilig uit bed help",
    ),
    (
        Role::Together,
        Kind::Agreement,
        "De thuiszorg schrijft in het schrift wat ze gedaan hebben",
    ),
    (
        Role::Together,
        Kind::Wish,
        "Het wassen op maandag laat ik aan de thuiszorg over",
    ),
    (
        Role::Together,
        Kind::Need,
        "Eén vast aanspreekpunt bij de thuiszorg",
    ),
    (
        Role::Together,
        Kind::Agreement,
        "De fysiotherapeut laat mij de oefeningen zien",
    ),
    (Role::Support, Kind::Need, "Een middag per week voor mezelf"),
    (
        Role::Support,
        Kind::Wish,
        "Iemand om mee te praten als het zwaar is",
    ),
    (
        Role::Support,
        Kind::Need,
        "Hulp bij de formulieren van de gemeente",
    ),
    (
        Role::Support,
        Kind::Agreement,
        "Mijn zus neemt de zorg een weekend over",
    ),
    (
        Role::Support,
        Kind::Information,
        "Mijn rug doet pijn na het tillen",
    ),
    (Role::Support, Kind::Wish, "Een nacht doorslapen"),
    (
        Role::Family,
        Kind::HabitOrRitual,
        "Op zondag samen koffie met de kinderen",
    ),
    (
        Role::Family,
        Kind::Wish,
        "Geen hulp in huis tijdens het avondeten",
    ),
    (
        Role::Family,
        Kind::HabitOrRitual,
        "Samen naar de kerk met kerst",
    ),
    (
        Role::Family,
        Kind::Wish,
        "Nog een keer met z'n tweeën naar zee",
    ),
    (
        Role::Family,
        Kind::Wish,
        "De kleinkinderen mogen blijven logeren",
    ),
    (
        Role::Family,
        Kind::HabitOrRitual,
        "Samen de krant lezen bij het ontbijt",
    ),
    (
        Role::Expert,
        Kind::Information,
        "Wim wordt blij van oude foto's van de zaak",
    ),
    (
        Role::Expert,
        Kind::Information,
        "Hij wil zijn eigen horloge om",
    ),
    (
        Role::Expert,
        Kind::Information,
        "Als hij boos wordt, helpt het om even te wachten",
    ),
    (
        Role::Expert,
        Kind::Information,
        "Hij houdt niet van harde muziek",
    ),
    (
        Role::Expert,
        Kind::Information,
        "Hij slaapt na de lunch een uur",
    ),
    (Role::Expert, Kind::Wish, "Wim wil thuis blijven wonen"),
];

const WISH_DETAILS: [&str; 17] = [
    "",
    "in de ochtend",
    "op werkdagen",
    "in het weekend",
    "zolang het gaat",
    "ook in de vakantie",
    "als ik ziek ben",
    "na het ziekenhuis",
    "vanaf de zomer",
    "in de winter",
    "bij slecht weer",
    "met hulp van de buren",
    "als de kinderen er zijn",
    "elke twee weken",
    "rond zijn verjaardag",
    "als het rustig is",
    "tot de verbouwing klaar is",
];

const SHARE_WITH: [&str; 8] = [
    "huisarts",
    "wijkverpleegkundige",
    "mijn dochter",
    "fysiotherapeut",
    "de gemeente",
    "",
    "dagbesteding",
    "mijn zus",
];

const ENERGY_TEXTS: [(EnergyKind, &str); 20] = [
    (EnergyKind::Giver, "Kaarten met de buren"),
    (EnergyKind::Giver, "Bellen met mijn zus"),
    (EnergyKind::Giver, "Naar de markt op woensdag"),
    (EnergyKind::Giver, "Breien voor de kleinkinderen"),
    (EnergyKind::Giver, "Een boek lezen in de tuin"),
    (EnergyKind::Giver, "Zwemmen op vrijdag"),
    (EnergyKind::Giver, "Koffie bij de kerk na de dienst"),
    (EnergyKind::Giver, "Wim die weer lacht"),
    (EnergyKind::Giver, "De moestuin"),
    (EnergyKind::Giver, "Een dag naar mijn dochter"),
    (EnergyKind::Drain, "Wim 's nachts helpen naar de wc"),
    (EnergyKind::Drain, "De traplift die steeds stuk is"),
    (EnergyKind::Drain, "Wachten op de thuiszorg"),
    (EnergyKind::Drain, "Ruzie over het autorijden"),
    (EnergyKind::Drain, "Rekeningen van de apotheek"),
    (EnergyKind::Drain, "Steeds nieuwe gezichten in huis"),
    (EnergyKind::Drain, "Alleen naar verjaardagen gaan"),
    (EnergyKind::Drain, "De was en de strijk"),
    (EnergyKind::Drain, "Bellen met de verzekering"),
    (EnergyKind::Drain, "Zorgen over later"),
];

/// How many of each the five-years preset holds (the counts of issue 11).
pub const FIVE_YEARS_CHECKS: usize = 260;
/// People in the five-years network.
pub const FIVE_YEARS_PEOPLE: usize = 150;
/// Wishes, needs, habits and agreements in five years.
pub const FIVE_YEARS_WISHES: usize = 400;
/// Share-log entries in five years.
pub const FIVE_YEARS_SHARES: usize = 50;
/// Energy items in five years.
pub const FIVE_YEARS_ENERGY: usize = 40;
/// Network snapshots in five years (one a quarter).
pub const FIVE_YEARS_SNAPSHOTS: usize = 20;

const FIVE_YEARS_DAYS: i64 = 5 * 365 + 10;

fn five_years(g: &mut Gen) {
    let profile = g.profile("Joke", "Wim", Relation::Partner, FIVE_YEARS_DAYS);

    // A check every week; the load slowly grows and eases in waves.
    for i in 0..FIVE_YEARS_CHECKS {
        let days = 3 + 7 * i as i64;
        let wave = ((i / 13) % 4) as u8; // a season heavier or lighter
        let mut options = [0u8; 12];
        for (q, option) in options.iter_mut().enumerate() {
            let noise = g.rng.below(2) as u8;
            *option = if q < 7 {
                (1 + wave / 2 + noise).min(4)
            } else {
                (3 - wave / 2).saturating_sub(noise)
            };
        }
        let overall = g.rng.chance(80).then(|| 4 + g.rng.below(5) as u8);
        g.check(days, options, overall);
    }

    for (i, s) in SuggestionId::ALL.into_iter().enumerate() {
        let days = FIVE_YEARS_DAYS - 20 - 80 * i as i64;
        g.suggestion(days, s, Weight::ALL[i % 3]);
    }
    for (i, (kind, text)) in ENERGY_TEXTS.into_iter().enumerate() {
        let days = FIVE_YEARS_DAYS - 50 - 85 * i as i64;
        g.energy(days, kind, text, Weight::ALL[(i + 1) % 3]);
    }

    let mut people = Vec::new();
    for i in 0..FIVE_YEARS_PEOPLE {
        let domain = Domain::ALL[g.rng.below(Domain::ALL.len())];
        let relation_list = relations(domain);
        let name = format!(
            "{} {}",
            FIRST_NAMES[i % FIRST_NAMES.len()],
            INITIALS[(i / FIRST_NAMES.len() + i) % INITIALS.len()]
        );
        let helps: Vec<Task> = Task::ALL.into_iter().filter(|_| g.rng.chance(12)).collect();
        let could: Vec<Task> = Task::ALL.into_iter().filter(|_| g.rng.chance(8)).collect();
        let phone = if g.rng.chance(60) {
            format!("06 {:08}", g.rng.next() % 100_000_000)
        } else {
            String::new()
        };
        let days =
            FIVE_YEARS_DAYS - 5 - (i as i64 * (FIVE_YEARS_DAYS - 20)) / FIVE_YEARS_PEOPLE as i64;
        let input = PersonInput {
            name,
            relation: relation_list[g.rng.below(relation_list.len())].to_string(),
            domain: Some(domain),
            closeness: Some(Closeness::ALL[g.rng.below(3)]),
            helps_now: helps,
            could_help: could,
            phone,
            note: NOTES[g.rng.below(NOTES.len())].to_string(),
        };
        let id = g.id();
        let person = input.create(id, g.ms(days, 19, 0)).expect("a valid person");
        g.push(&person);
        people.push(person);
    }
    g.push_meta(
        OWN_TASKS_KEY,
        &OwnTasks::new(&[
            Task::Household,
            Task::Cooking,
            Task::Medication,
            Task::PersonalCare,
            Task::Paperwork,
        ]),
        g.ms(FIVE_YEARS_DAYS - 30, 20, 0),
    );

    // A snapshot every quarter, of the people there were then.
    for i in 0..FIVE_YEARS_SNAPSHOTS {
        let days = FIVE_YEARS_DAYS - 40 - 91 * i as i64;
        let at = g.ms(days, 19, 50);
        let then: Vec<SnapshotPerson> = people
            .iter()
            .filter(|p| p.created_at <= at)
            .map(SnapshotPerson::from_person)
            .collect();
        let reason = if i % 4 == 3 {
            SnapshotReason::Requested
        } else {
            SnapshotReason::Change
        };
        g.snapshot(days, then, reason);
    }

    let mut items = Vec::new();
    for i in 0..FIVE_YEARS_WISHES {
        let (role, kind, text) = WISH_TEXTS[i % WISH_TEXTS.len()];
        let detail = WISH_DETAILS[(i / WISH_TEXTS.len()) % WISH_DETAILS.len()];
        let text = if detail.is_empty() {
            format!("{text}.")
        } else {
            format!("{text}, {detail}.")
        };
        let created =
            FIVE_YEARS_DAYS - 15 - (i as i64 * (FIVE_YEARS_DAYS - 30)) / FIVE_YEARS_WISHES as i64;
        let mut spec = WishSpec::new(role, kind, &text, created);
        if g.rng.chance(30) {
            let p = &people[g.rng.below(people.len())];
            spec.with_whom = "";
            spec.with_person = Some(p.id.clone());
        }
        let talked = (created - 3).max(1);
        spec.steps = match g.rng.below(20) {
            // Open: nearly half.
            0..=8 => Vec::new(),
            9..=12 => vec![Step::To(Status::Discussed, talked)],
            // Agreed, to look at again some weeks or months from now.
            13..=15 => vec![Step::Agree {
                on: talked,
                review_in: talked + 3 + g.rng.below(150) as i64,
            }],
            16..=17 => vec![Step::To(Status::NotPossible, talked)],
            // An agreement that was looked at and then stopped.
            _ => {
                vec![
                    Step::Agree {
                        on: talked,
                        review_in: 14,
                    },
                    Step::Review {
                        on: (talked - 14).max(0),
                        outcome: ReviewOutcome::Stop,
                        note: "Is niet meer nodig.",
                        next_in: None,
                    },
                ]
            }
        };
        items.push(g.wish(&spec));
    }

    let mut selection = Selection {
        include_caregiver_name: true,
        include_cared_name: true,
        ..Selection::default()
    };
    let how = g.how_i_am_keys(&profile);
    let how: Vec<&str> = how.iter().map(String::as_str).collect();
    let some_people: Vec<&str> = people.iter().take(8).map(|p| p.id.as_str()).collect();
    let some_wishes: Vec<&str> = items
        .iter()
        .rev()
        .filter(|w| w.role != Role::Expert)
        .take(10)
        .map(|w| w.id.as_str())
        .collect();
    let some_about: Vec<&str> = items
        .iter()
        .rev()
        .filter(|w| w.role == Role::Expert)
        .take(6)
        .map(|w| w.id.as_str())
        .collect();
    selection = selection
        .with_section(Section::HowIAm, true)
        .with_items(Section::HowIAm, &how, true)
        .with_section(Section::Network, true)
        .with_items(Section::Network, &some_people, true)
        .with_section(Section::Wishes, true)
        .with_items(Section::Wishes, &some_wishes, true)
        .with_section(Section::AboutPerson, true)
        .with_items(Section::AboutPerson, &some_about, true);
    let shares: Vec<(i64, ShareMethod, &str)> = (0..FIVE_YEARS_SHARES)
        .map(|i| {
            (
                FIVE_YEARS_DAYS
                    - 60
                    - (i as i64 * (FIVE_YEARS_DAYS - 70)) / FIVE_YEARS_SHARES as i64,
                ShareMethod::ALL[i % ShareMethod::ALL.len()],
                SHARE_WITH[i % SHARE_WITH.len()],
            )
        })
        .collect();
    g.share_log(&profile, &selection, &shares);
}
