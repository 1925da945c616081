//! The network map: the people around the caregiver, what they do or could do,
//! how they are drawn on rings and sectors, and dated snapshots of the map.

use serde::{Deserialize, Serialize};

use super::case::lowercase;
use super::profile::clean_name;
use super::record::{Record, StoreName};
use super::sort::sort;

pub mod layout;
pub mod snapshot;
pub mod tasks;

pub use layout::{layout, Anchor, DomainLabel, Dot, LabelBox, LayoutParams, MapLayout, Point};
pub use snapshot::{
    compare, meaningful_change, snapshot_for_comparison, snapshot_plan, HelpChange, Move,
    NetworkSnapshot, SnapshotDiff, SnapshotPerson, SnapshotPlan, SnapshotReason,
};
pub use tasks::{task_overview, TaskGroup, TaskRow};

/// The longest name or relation we accept, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// The longest relation we accept, in characters.
pub const MAX_RELATION_CHARS: usize = 40;
/// The longest note we accept, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// The fewest digits a phone number may have.
pub const MIN_PHONE_DIGITS: usize = 6;
/// The most digits a phone number may have.
pub const MAX_PHONE_DIGITS: usize = 15;
/// The key in the meta store that holds the caregiver's own tasks ([`OwnTasks`]).
pub const OWN_TASKS_KEY: &str = "own_tasks";

/// The part of life a person belongs to: one sector of the map each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Domain {
    /// Family.
    Family,
    /// Friends.
    Friends,
    /// Neighbours.
    Neighbours,
    /// Work, school, a club or a faith community.
    WorkSchoolClub,
    /// Professionals: nurses, the GP, home care, a case manager.
    Professionals,
    /// Volunteers.
    Volunteers,
}

crate::named!(Domain {
    Family = "Family",
    Friends = "Friends",
    Neighbours = "Neighbours",
    WorkSchoolClub = "WorkSchoolClub",
    Professionals = "Professionals",
    Volunteers = "Volunteers",
});

impl Domain {
    /// Every domain, in the order of the sectors (clockwise from the top).
    pub const ALL: [Domain; 6] = [
        Domain::Family,
        Domain::Friends,
        Domain::Neighbours,
        Domain::WorkSchoolClub,
        Domain::Professionals,
        Domain::Volunteers,
    ];

    /// The position of the domain in [`Domain::ALL`], 0 to 5.
    pub fn index(self) -> usize {
        match self {
            Domain::Family => 0,
            Domain::Friends => 1,
            Domain::Neighbours => 2,
            Domain::WorkSchoolClub => 3,
            Domain::Professionals => 4,
            Domain::Volunteers => 5,
        }
    }
}

/// How close a person is: one ring of the map each, from the centre outwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Closeness {
    /// The inner ring.
    VeryClose,
    /// The middle ring.
    Close,
    /// The outer ring.
    Further,
}

crate::named!(Closeness {
    VeryClose = "VeryClose",
    Close = "Close",
    Further = "Further",
});

impl Closeness {
    /// Every ring, from the centre outwards.
    pub const ALL: [Closeness; 3] = [Closeness::VeryClose, Closeness::Close, Closeness::Further];

    /// The position of the ring, 0 (inner) to 2 (outer).
    pub fn index(self) -> usize {
        match self {
            Closeness::VeryClose => 0,
            Closeness::Close => 1,
            Closeness::Further => 2,
        }
    }
}

/// Something that has to be done in the care. Ordered as in [`Task::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Task {
    /// Cleaning, washing, tidying.
    Household,
    /// Groceries and errands.
    Shopping,
    /// Cooking meals.
    Cooking,
    /// Driving or going along to appointments.
    Transport,
    /// Washing, dressing, going to the toilet.
    PersonalCare,
    /// Medicines.
    Medication,
    /// Paperwork and money.
    Paperwork,
    /// Company and outings.
    Company,
    /// A listening ear, comfort.
    EmotionalSupport,
    /// Taking over the care for a day or a weekend.
    TakeOver,
    /// Anything else.
    Other,
}

crate::named!(Task {
    Household = "Household",
    Shopping = "Shopping",
    Cooking = "Cooking",
    Transport = "Transport",
    PersonalCare = "PersonalCare",
    Medication = "Medication",
    Paperwork = "Paperwork",
    Company = "Company",
    EmotionalSupport = "EmotionalSupport",
    TakeOver = "TakeOver",
    Other = "Other",
});

impl Task {
    /// Every task, in the order they are listed.
    pub const ALL: [Task; 11] = [
        Task::Household,
        Task::Shopping,
        Task::Cooking,
        Task::Transport,
        Task::PersonalCare,
        Task::Medication,
        Task::Paperwork,
        Task::Company,
        Task::EmotionalSupport,
        Task::TakeOver,
        Task::Other,
    ];
}

/// Sorts tasks in [`Task::ALL`] order and removes doubles.
pub fn sorted_tasks(tasks: &[Task]) -> Vec<Task> {
    let mut out = tasks.to_vec();
    sort(&mut out);
    out.dedup();
    out
}

/// A person in the network. Stored in [`StoreName::People`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The record id.
    pub id: String,
    /// When the person was added (ms since 1970, UTC).
    pub created_at: i64,
    /// When the person was last changed.
    pub updated_at: i64,
    /// First name or nickname.
    pub name: String,
    /// Who they are, in the caregiver's words ("zus", "buurvrouw"); may be empty.
    #[serde(default)]
    pub relation: String,
    /// The part of life they belong to.
    pub domain: Domain,
    /// How close they are.
    pub closeness: Closeness,
    /// What they help with now, in [`Task`] order.
    #[serde(default)]
    pub helps_now: Vec<Task>,
    /// What they could help with (and do not yet), in [`Task`] order.
    #[serde(default)]
    pub could_help: Vec<Task>,
    /// A phone number as typed, if any.
    #[serde(default)]
    pub phone: Option<String>,
    /// A free note; may be empty.
    #[serde(default)]
    pub note: String,
}

impl Record for Person {
    const STORE: StoreName = StoreName::People;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

impl Person {
    /// Whether the person helps with `task` now.
    pub fn helps_with(&self, task: Task) -> bool {
        self.helps_now.contains(&task)
    }

    /// Whether the person could help with `task` and does not yet.
    pub fn could_help_with(&self, task: Task) -> bool {
        !self.helps_with(task) && self.could_help.contains(&task)
    }
}

/// The order of people in lists and within a cell of the map: by name
/// (ignoring case), then by exact name, then by id.
pub fn person_order(a: &Person, b: &Person) -> std::cmp::Ordering {
    lowercase(&a.name)
        .cmp(&lowercase(&b.name))
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// What the person typed in the form for a person, before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonInput {
    /// First name or nickname (required).
    pub name: String,
    /// Relation in their own words (optional).
    pub relation: String,
    /// Part of life (required).
    pub domain: Option<Domain>,
    /// Closeness (required).
    pub closeness: Option<Closeness>,
    /// What they help with now.
    pub helps_now: Vec<Task>,
    /// What they could help with.
    pub could_help: Vec<Task>,
    /// Phone number as typed; empty for none.
    pub phone: String,
    /// Free note.
    pub note: String,
}

/// A field of the person form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    /// First name or nickname.
    Name,
    /// Relation.
    Relation,
    /// Part of life.
    Domain,
    /// Closeness.
    Closeness,
    /// Phone number.
    Phone,
    /// Note.
    Note,
}

/// What is wrong with a field of the person form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonProblem {
    /// The field must be filled in (or a choice made).
    Missing,
    /// The text is too long; the limit is [`PersonField::max_chars`].
    TooLong,
    /// The phone number does not look like one.
    NotAPhoneNumber,
}

impl PersonField {
    /// The most characters the field takes, for fields with a limit.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            PersonField::Name => Some(MAX_NAME_CHARS),
            PersonField::Relation => Some(MAX_RELATION_CHARS),
            PersonField::Note => Some(MAX_NOTE_CHARS),
            PersonField::Domain | PersonField::Closeness | PersonField::Phone => None,
        }
    }
}

impl PersonInput {
    /// Fills the form from a saved person.
    pub fn from_person(p: &Person) -> PersonInput {
        PersonInput {
            name: p.name.clone(),
            relation: p.relation.clone(),
            domain: Some(p.domain),
            closeness: Some(p.closeness),
            helps_now: p.helps_now.clone(),
            could_help: p.could_help.clone(),
            phone: p.phone.clone().unwrap_or_default(),
            note: p.note.clone(),
        }
    }

    /// Checks the input. Returns every problem, at most one per field, in field order.
    pub fn problems(&self) -> Vec<(PersonField, PersonProblem)> {
        let mut out = Vec::new();
        let name = clean_name(&self.name);
        if name.is_empty() {
            out.push((PersonField::Name, PersonProblem::Missing));
        } else if name.chars().count() > MAX_NAME_CHARS {
            out.push((PersonField::Name, PersonProblem::TooLong));
        }
        if clean_name(&self.relation).chars().count() > MAX_RELATION_CHARS {
            out.push((PersonField::Relation, PersonProblem::TooLong));
        }
        if self.domain.is_none() {
            out.push((PersonField::Domain, PersonProblem::Missing));
        }
        if self.closeness.is_none() {
            out.push((PersonField::Closeness, PersonProblem::Missing));
        }
        let phone = clean_name(&self.phone);
        if !phone.is_empty() && !looks_like_phone(&phone) {
            out.push((PersonField::Phone, PersonProblem::NotAPhoneNumber));
        }
        if self.note.trim().chars().count() > MAX_NOTE_CHARS {
            out.push((PersonField::Note, PersonProblem::TooLong));
        }
        out
    }

    /// Builds a new person with the given id. Fails with the problems when the
    /// input is not valid.
    pub fn create(
        &self,
        id: String,
        now_ms: i64,
    ) -> Result<Person, Vec<(PersonField, PersonProblem)>> {
        self.build(id, now_ms, now_ms)
    }

    /// Builds the changed version of a saved person, keeping its id and
    /// `created_at`. Fails with the problems when the input is not valid.
    pub fn apply_to(
        &self,
        earlier: &Person,
        now_ms: i64,
    ) -> Result<Person, Vec<(PersonField, PersonProblem)>> {
        self.build(earlier.id.clone(), earlier.created_at, now_ms)
    }

    fn build(
        &self,
        id: String,
        created_at: i64,
        now_ms: i64,
    ) -> Result<Person, Vec<(PersonField, PersonProblem)>> {
        let problems = self.problems();
        match (self.domain, self.closeness) {
            (Some(domain), Some(closeness)) if problems.is_empty() => {
                let (helps_now, could_help) = normalise_tasks(&self.helps_now, &self.could_help);
                let phone = clean_name(&self.phone);
                Ok(Person {
                    id,
                    created_at,
                    updated_at: now_ms,
                    name: clean_name(&self.name),
                    relation: clean_name(&self.relation),
                    domain,
                    closeness,
                    helps_now,
                    could_help,
                    phone: if phone.is_empty() { None } else { Some(phone) },
                    note: self.note.trim().to_string(),
                })
            }
            _ => Err(problems),
        }
    }
}

/// Sorts both task lists and removes doubles; a task someone already helps
/// with is not also listed as something they could help with.
pub fn normalise_tasks(helps_now: &[Task], could_help: &[Task]) -> (Vec<Task>, Vec<Task>) {
    let now = sorted_tasks(helps_now);
    let could = sorted_tasks(could_help)
        .into_iter()
        .filter(|t| !now.contains(t))
        .collect();
    (now, could)
}

/// Whether a text looks like a phone number: digits, an optional leading `+`,
/// spaces, dashes and parentheses, with 6 to 15 digits.
pub fn looks_like_phone(s: &str) -> bool {
    let s = s.trim();
    let body = s.strip_prefix('+').unwrap_or(s);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    allowed && (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits)
}

/// The `tel:` link for a phone number: only digits and a leading `+`. In an
/// international number the Dutch habit "(0)" is left out ("+31 (0)6 …" calls
/// "+316…").
pub fn tel_href(phone: &str) -> String {
    let s = phone.trim();
    let (plus, body) = match s.strip_prefix('+') {
        Some(rest) => ("+", rest.replace("(0)", "")),
        None => ("", s.to_string()),
    };
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{plus}{digits}")
}

/// What the caregiver does themself. Stored in the meta store under
/// [`OWN_TASKS_KEY`] as a plain list of tasks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OwnTasks(pub Vec<Task>);

impl OwnTasks {
    /// Builds the list, sorted and without doubles.
    pub fn new(tasks: &[Task]) -> OwnTasks {
        OwnTasks(sorted_tasks(tasks))
    }

    /// Whether the caregiver does `task`.
    pub fn does(&self, task: Task) -> bool {
        self.0.contains(&task)
    }

    /// The list with `task` switched on or off.
    pub fn with(&self, task: Task, on: bool) -> OwnTasks {
        let mut tasks: Vec<Task> = self.0.iter().copied().filter(|t| *t != task).collect();
        if on {
            tasks.push(task);
        }
        OwnTasks::new(&tasks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_input() -> PersonInput {
        PersonInput {
            name: "  Els ".into(),
            relation: " buur vrouw ".into(),
            domain: Some(Domain::Neighbours),
            closeness: Some(Closeness::Close),
            helps_now: vec![Task::Shopping],
            could_help: vec![],
            phone: "".into(),
            note: "  Werkt op dinsdag.\nBellen na 18 uur. ".into(),
        }
    }

    #[test]
    fn enums_list_every_variant_in_order() {
        for (i, d) in Domain::ALL.iter().enumerate() {
            assert_eq!(d.index(), i);
        }
        for (i, c) in Closeness::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
        }
        let mut sorted = Task::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, Task::ALL.to_vec());
        sorted.dedup();
        assert_eq!(sorted.len(), 11);
    }

    #[test]
    fn valid_input_becomes_a_clean_person() {
        let p = valid_input().create("p1".into(), 100).expect("valid");
        assert_eq!(p.id, "p1");
        assert_eq!(p.name, "Els");
        assert_eq!(p.relation, "buur vrouw");
        assert_eq!(p.note, "Werkt op dinsdag.\nBellen na 18 uur.");
        assert_eq!(p.phone, None);
        assert_eq!((p.created_at, p.updated_at), (100, 100));
        assert_eq!(p.domain, Domain::Neighbours);
        assert_eq!(p.closeness, Closeness::Close);
    }

    #[test]
    fn editing_keeps_id_and_creation_time() {
        let first = valid_input().create("p1".into(), 100).expect("valid");
        let mut input = PersonInput::from_person(&first);
        input.closeness = Some(Closeness::VeryClose);
        input.phone = " 06 - 1234  5678 ".into();
        let second = input.apply_to(&first, 200).expect("valid");
        assert_eq!(second.id, "p1");
        assert_eq!((second.created_at, second.updated_at), (100, 200));
        assert_eq!(second.closeness, Closeness::VeryClose);
        assert_eq!(second.phone.as_deref(), Some("06 - 1234 5678"));
        assert_eq!(PersonInput::from_person(&second).phone, "06 - 1234 5678");
    }

    #[test]
    fn every_problem_is_reported_in_field_order() {
        let input = PersonInput {
            name: "   ".into(),
            relation: "x".repeat(MAX_RELATION_CHARS + 1),
            domain: None,
            closeness: None,
            phone: "bel maar".into(),
            note: "y".repeat(MAX_NOTE_CHARS + 1),
            ..PersonInput::default()
        };
        assert_eq!(
            input.problems(),
            vec![
                (PersonField::Name, PersonProblem::Missing),
                (PersonField::Relation, PersonProblem::TooLong),
                (PersonField::Domain, PersonProblem::Missing),
                (PersonField::Closeness, PersonProblem::Missing),
                (PersonField::Phone, PersonProblem::NotAPhoneNumber),
                (PersonField::Note, PersonProblem::TooLong),
            ]
        );
        assert!(input.create("x".into(), 0).is_err());
    }

    #[test]
    fn limits_are_inclusive_and_count_characters() {
        let mut input = valid_input();
        input.name = "é".repeat(MAX_NAME_CHARS);
        input.relation = "ü".repeat(MAX_RELATION_CHARS);
        input.note = "ë".repeat(MAX_NOTE_CHARS);
        assert!(input.problems().is_empty());
        input.name.push('x');
        assert_eq!(
            input.problems(),
            vec![(PersonField::Name, PersonProblem::TooLong)]
        );
        assert_eq!(PersonField::Name.max_chars(), Some(MAX_NAME_CHARS));
        assert_eq!(PersonField::Note.max_chars(), Some(MAX_NOTE_CHARS));
        assert_eq!(PersonField::Phone.max_chars(), None);
    }

    #[test]
    fn phone_numbers() {
        for ok in [
            "0612345678",
            "06-12345678",
            "+31 6 1234 5678",
            "+31 (0)6 1234 5678",
            "(020) 123 45 67",
            "123456",
            "123456789012345",
        ] {
            assert!(looks_like_phone(ok), "{ok}");
        }
        for bad in [
            "12345",
            "1234567890123456",
            "06 1234 567a",
            "06+12345678",
            "++31612345678",
            "bel maar",
            "06.12.34.56.78",
            "",
        ] {
            assert!(!looks_like_phone(bad), "{bad}");
        }
    }

    #[test]
    fn tel_links_hold_only_digits_and_a_leading_plus() {
        assert_eq!(tel_href("06 - 1234 5678"), "tel:0612345678");
        assert_eq!(tel_href("+31 6 1234 5678"), "tel:+31612345678");
        assert_eq!(tel_href("+31 (0)6 1234 5678"), "tel:+31612345678");
        assert_eq!(tel_href("(020) 123 45 67"), "tel:0201234567");
        assert_eq!(tel_href(" +32 (0)2 123 45 67 "), "tel:+3221234567");
    }

    #[test]
    fn a_task_someone_does_is_not_also_could_help() {
        let mut input = valid_input();
        input.helps_now = vec![Task::Cooking, Task::Shopping, Task::Cooking];
        input.could_help = vec![Task::TakeOver, Task::Cooking, Task::Company, Task::TakeOver];
        let p = input.create("p".into(), 0).expect("valid");
        assert_eq!(p.helps_now, vec![Task::Shopping, Task::Cooking]);
        assert_eq!(p.could_help, vec![Task::Company, Task::TakeOver]);
        assert!(p.helps_with(Task::Cooking));
        assert!(!p.could_help_with(Task::Cooking));
        assert!(p.could_help_with(Task::TakeOver));
        assert_eq!(
            normalise_tasks(&[], &[Task::Other, Task::Household]),
            (vec![], vec![Task::Household, Task::Other])
        );
    }

    #[test]
    fn could_help_ignores_a_task_done_now_even_in_old_records() {
        let mut p = valid_input().create("p".into(), 0).expect("valid");
        p.could_help = vec![Task::Shopping];
        assert!(!p.could_help_with(Task::Shopping));
    }

    #[test]
    fn own_tasks_switch_on_and_off() {
        let own = OwnTasks::new(&[Task::Paperwork, Task::Household, Task::Paperwork]);
        assert_eq!(own.0, vec![Task::Household, Task::Paperwork]);
        let more = own.with(Task::Cooking, true);
        assert_eq!(
            more.0,
            vec![Task::Household, Task::Cooking, Task::Paperwork]
        );
        assert!(more.does(Task::Cooking));
        let less = more
            .with(Task::Household, false)
            .with(Task::Household, false);
        assert_eq!(less.0, vec![Task::Cooking, Task::Paperwork]);
        assert_eq!(less.with(Task::Cooking, true), less);
        let json = serde_json::to_string(&less).expect("serialise");
        assert_eq!(json, r#"["Cooking","Paperwork"]"#);
        assert_eq!(
            serde_json::from_str::<OwnTasks>(&json).expect("parse"),
            less
        );
    }

    #[test]
    fn person_round_trips_through_json_and_old_records_load() {
        let mut input = valid_input();
        input.phone = "+31 6 1234 5678".into();
        input.could_help = vec![Task::TakeOver];
        let p = input.create("p".into(), 5).expect("valid");
        let json = serde_json::to_string(&p).expect("serialise");
        assert_eq!(serde_json::from_str::<Person>(&json).expect("parse"), p);
        let minimal = r#"{"id":"a","created_at":1,"updated_at":2,"name":"Jan","domain":"Family","closeness":"Further"}"#;
        let old: Person = serde_json::from_str(minimal).expect("parse");
        assert!(old.helps_now.is_empty() && old.could_help.is_empty());
        assert_eq!(
            (old.phone, old.note, old.relation),
            (None, String::new(), String::new())
        );
    }

    #[test]
    fn people_sort_by_name_then_id() {
        let mut a = valid_input().create("b".into(), 0).expect("valid");
        let mut b = a.clone();
        b.id = "a".into();
        assert_eq!(person_order(&a, &b), std::cmp::Ordering::Greater);
        a.name = "anna".into();
        b.name = "Bert".into();
        assert_eq!(person_order(&a, &b), std::cmp::Ordering::Less);
    }
}
