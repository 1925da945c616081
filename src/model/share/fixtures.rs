//! Test data for the summary: an empty household and a realistic one (a recent
//! check and one before it, six energy items, eight people, eight wishes).

use crate::model::check::{Answer, CheckRecord, QuestionId};
use crate::model::energy::{EnergyItem, EnergyKind, Weight};
use crate::model::network::{Closeness, Domain, OwnTasks, Person, Task};
use crate::model::profile::{Profile, Relation, PROFILE_ID};
use crate::model::time::{days_from_civil, Date, DAY_MS};
use crate::model::wishes::{Kind, Role, Status, WishItem};

use super::SummaryData;

/// The day the summaries are made.
pub fn today() -> Date {
    Date {
        year: 2026,
        month: 3,
        day: 20,
    }
}

/// Ten in the morning (UTC) on a day.
pub fn ms_on(date: Date) -> i64 {
    days_from_civil(date) * DAY_MS + 10 * 3_600_000
}

/// Owned data to borrow a [`SummaryData`] from.
pub struct Fixture {
    /// The profile.
    pub profile: Option<Profile>,
    /// Completed checks.
    pub checks: Vec<CheckRecord>,
    /// Energy items.
    pub energy: Vec<EnergyItem>,
    /// People in the network.
    pub people: Vec<Person>,
    /// What the caregiver does themself.
    pub own_tasks: OwnTasks,
    /// Wish items.
    pub wishes: Vec<WishItem>,
}

impl Fixture {
    /// Nothing stored at all.
    pub fn empty() -> Fixture {
        Fixture {
            profile: None,
            checks: Vec::new(),
            energy: Vec::new(),
            people: Vec::new(),
            own_tasks: OwnTasks::default(),
            wishes: Vec::new(),
        }
    }

    /// A household that has used every part of the app.
    pub fn realistic() -> Fixture {
        Fixture {
            profile: Some(Profile {
                id: PROFILE_ID.into(),
                created_at: 0,
                updated_at: 0,
                caregiver_name: "Anna".into(),
                cared_name: "Piet".into(),
                relation: Relation::Partner,
            }),
            checks: vec![
                check("c2", today().add_days(-2), [4, 3, 4, 3, 2, 4, 1, 1, 3, 2, 1, 1]),
                check("c1", today().add_days(-40), [2, 2, 2, 2, 1, 2, 0, 2, 3, 1, 2, 2]),
            ],
            energy: vec![
                energy("e1", EnergyKind::Giver, "Wandelen met de hond", Weight::Much),
                energy("e2", EnergyKind::Giver, "Koffie met mijn zus", Weight::Medium),
                energy("e3", EnergyKind::Giver, "Zingen in het koor", Weight::Little),
                energy("e4", EnergyKind::Drain, "’s Nachts wakker worden", Weight::Much),
                energy("e5", EnergyKind::Drain, "Bellen met de gemeente", Weight::Medium),
                energy("e6", EnergyKind::Drain, "Alles alleen regelen", Weight::Much),
            ],
            people: vec![
                person("p1", "Marieke", "dochter", Domain::Family, Closeness::VeryClose, &[Task::Shopping, Task::Paperwork]),
                person("p2", "Joost", "zoon", Domain::Family, Closeness::Close, &[Task::Transport]),
                person("p3", "Els", "zus", Domain::Family, Closeness::VeryClose, &[Task::EmotionalSupport, Task::Company]),
                person("p4", "Henk", "buurman", Domain::Neighbours, Closeness::Close, &[Task::Household]),
                person("p5", "Fatima", "wijkverpleegkundige", Domain::Professionals, Closeness::Close, &[]),
                person("p6", "dokter Visser", "huisarts", Domain::Professionals, Closeness::Further, &[]),
                person("p7", "Ria", "vriendin van het koor", Domain::Friends, Closeness::Further, &[Task::Cooking]),
                person("p8", "Bram", "maatje via de vrijwilligers", Domain::Volunteers, Closeness::Further, &[Task::TakeOver]),
            ],
            own_tasks: OwnTasks::new(&[Task::PersonalCare, Task::Medication, Task::Shopping]),
            wishes: vec![
                wish("w1", Role::Together, Kind::Agreement, Status::Agreed, "Ik geef Piet zelf zijn medicijnen. De thuiszorg controleert één keer per week de baxterrol.", "Fatima", Some(today().add_days(30))),
                wish("w2", Role::Together, Kind::Wish, Status::Open, "Ik wil graag weten wat ik kan doen als Piet ’s nachts onrustig is.", "", None),
                wish("w3", Role::Support, Kind::Need, Status::Discussed, "Eén ochtend per week tijd voor mezelf, zodat ik naar het koor kan.", "Marieke en Joost", None),
                wish("w4", Role::Support, Kind::Wish, Status::NotPossible, "Iemand die ’s nachts een keer per week waakt.", "de gemeente", None),
                wish("w5", Role::Family, Kind::HabitOrRitual, Status::Agreed, "Op zondag eten we samen met de kinderen. Dan liever geen zorg over de vloer.", "thuiszorg", Some(today().add_days(60))),
                wish("w6", Role::Expert, Kind::Information, Status::Open, "Piet wordt rustig van muziek uit de jaren zestig.", "", None),
                wish("w7", Role::Expert, Kind::Information, Status::Discussed, "Hij wil ’s ochtends eerst koffie, daarna pas wassen.", "Fatima", None),
                wish("w8", Role::Expert, Kind::Wish, Status::Open, "Spreek hem aan met Piet, niet met meneer.", "", None),
            ],
        }
    }

    /// The data to build from, borrowed; one hour ahead of UTC.
    pub fn data(&self) -> SummaryData<'_> {
        SummaryData {
            profile: self.profile.as_ref(),
            checks: &self.checks,
            energy: &self.energy,
            people: &self.people,
            own_tasks: &self.own_tasks,
            wishes: &self.wishes,
            offset_minutes: 60,
        }
    }
}

fn check(id: &str, on: Date, options: [u8; 12]) -> CheckRecord {
    let answers = QuestionId::ALL
        .into_iter()
        .zip(options)
        .map(|(question, option)| Answer { question, option })
        .collect();
    CheckRecord {
        id: id.into(),
        created_at: ms_on(on),
        updated_at: ms_on(on),
        answers,
        overall: Some(5),
        question_set: 1,
    }
}

fn energy(id: &str, kind: EnergyKind, text: &str, weight: Weight) -> EnergyItem {
    EnergyItem {
        id: id.into(),
        created_at: 1,
        updated_at: 1,
        kind,
        text: text.into(),
        weight,
        suggestion: None,
        position: 0,
    }
}

fn person(
    id: &str,
    name: &str,
    relation: &str,
    domain: Domain,
    closeness: Closeness,
    helps: &[Task],
) -> Person {
    Person {
        id: id.into(),
        created_at: 1,
        updated_at: 1,
        name: name.into(),
        relation: relation.into(),
        domain,
        closeness,
        helps_now: helps.to_vec(),
        could_help: vec![Task::Company],
        phone: Some("06 12345678".into()),
        note: "Geheime notitie".into(),
    }
}

fn wish(
    id: &str,
    role: Role,
    kind: Kind,
    status: Status,
    text: &str,
    with_whom: &str,
    review_on: Option<Date>,
) -> WishItem {
    WishItem {
        id: id.into(),
        created_at: 1,
        updated_at: 1,
        role,
        kind,
        text: text.into(),
        status,
        with_whom: with_whom.into(),
        with_person: None,
        discussed_on: (status != Status::Open).then(|| today().add_days(-10)),
        review_on,
        reviews: Vec::new(),
        position: id.trim_start_matches('w').parse().unwrap_or(0),
        prompt: None,
    }
}
