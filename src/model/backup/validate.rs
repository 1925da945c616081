//! The checks on the records of a backup: ids, timestamps, sizes, each record
//! read as its own type with the model's own validation, and references.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::super::check::{
    Answer, CheckDraft, CheckRecord, DRAFT_KEY, OVERALL_MAX, QUESTION_COUNT, QUESTION_SET,
};
use super::super::energy::{EnergyInput, EnergyItem, EnergyProblem};
use super::super::network::{
    NetworkSnapshot, OwnTasks, Person, PersonInput, PersonProblem, MAX_NAME_CHARS, OWN_TASKS_KEY,
};
use super::super::profile::{Profile, ProfileInput, ProfileProblem, PROFILE_ID};
use super::super::record::StoreName;
use super::super::schema::{DATA_VERSION, DATA_VERSION_KEY};
use super::super::sort::{sort, sort_by};
use super::super::wishes::{WishItem, MAX_NOTE_CHARS, MAX_TEXT_CHARS, MAX_WITH_WHOM_CHARS};
use super::{
    BackupError, RawRecord, MAX_ID_CHARS, MAX_RECORD_BYTES, MAX_STRING_CHARS, MAX_TIMESTAMP_MS,
};

/// What is wrong with one record's contents; turned into a [`BackupError`]
/// with the store and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Issue {
    /// Not the record type of the store.
    Wrong,
    /// The id inside differs from the envelope id.
    Id,
    /// A value is out of range.
    Range,
    /// A text is too long.
    Long,
}

/// Checks every record of every store, then the references between them.
pub(super) fn check_records(stores: &[(StoreName, Vec<RawRecord>)]) -> Result<(), BackupError> {
    for (store, records) in stores {
        if *store == StoreName::Profile && records.len() > 1 {
            return Err(BackupError::TwoProfiles);
        }
        check_envelopes(*store, records)?;
        for record in records {
            check_record(*store, record)?;
        }
    }
    check_references(stores)
}

/// Ids present, unique and sane; timestamps and sizes in range.
fn check_envelopes(store: StoreName, records: &[RawRecord]) -> Result<(), BackupError> {
    // Which records repeat an earlier id: the ids sorted with the shared sort
    // (stable, so equal ids keep their order), then neighbours compared.
    // Instead of a HashSet<&str> with its own code in the wasm (issue 11).
    let mut order: Vec<usize> = (0..records.len()).collect();
    sort_by(&mut order, |a, b| records[*a].id.cmp(&records[*b].id));
    let mut repeated = vec![false; records.len()];
    for pair in order.windows(2) {
        if records[pair[0]].id == records[pair[1]].id {
            repeated[pair[1]] = true;
        }
    }
    for (index, r) in records.iter().enumerate() {
        if r.id.is_empty() {
            return Err(BackupError::EmptyId { store, index });
        }
        if r.id.chars().count() > MAX_ID_CHARS || r.id.chars().any(char::is_control) {
            return Err(BackupError::BadId { store, index });
        }
        if repeated[index] {
            return Err(BackupError::DuplicateId {
                store,
                id: r.id.clone(),
            });
        }
        if !(0..=MAX_TIMESTAMP_MS).contains(&r.updated) {
            return Err(BackupError::BadTimestamp {
                store,
                id: r.id.clone(),
            });
        }
        if r.data.len() > MAX_RECORD_BYTES {
            return Err(BackupError::RecordTooLarge {
                store,
                id: r.id.clone(),
            });
        }
    }
    Ok(())
}

/// One record: JSON, no over-long text anywhere, and its own type's checks.
fn check_record(store: StoreName, r: &RawRecord) -> Result<(), BackupError> {
    let id = || r.id.clone();
    let value: Value =
        serde_json::from_str(&r.data).map_err(|_| BackupError::DataNotJson { store, id: id() })?;
    if !strings_fit(&value) {
        return Err(BackupError::TextTooLong { store, id: id() });
    }
    // Typed reads go through the JSON text, as the app reads its records, so
    // the wasm carries one reader per type, not a second one for `Value`.
    let issue = match store {
        StoreName::Profile => check_typed(&r.data, &r.id, profile_issue),
        StoreName::Checks => check_typed(&r.data, &r.id, check_issue),
        StoreName::Energy => check_typed(&r.data, &r.id, energy_issue),
        StoreName::People => check_typed(&r.data, &r.id, person_issue),
        StoreName::Wishes => check_typed(&r.data, &r.id, wish_issue),
        StoreName::Snapshots => check_typed(&r.data, &r.id, snapshot_issue),
        StoreName::Meta => meta_issue(&value, &r.data, &r.id),
        // The share log's records are checked by their envelope only.
        StoreName::ShareLog => None,
    };
    match issue {
        None => Ok(()),
        Some(Issue::Wrong) => Err(BackupError::WrongRecord { store, id: id() }),
        Some(Issue::Id) => Err(BackupError::IdMismatch { store, id: id() }),
        Some(Issue::Range) => Err(BackupError::OutOfRange { store, id: id() }),
        Some(Issue::Long) => Err(BackupError::TextTooLong { store, id: id() }),
    }
}

/// Whether every text inside a value (keys too) is at most [`MAX_STRING_CHARS`].
fn strings_fit(value: &Value) -> bool {
    let fits = |s: &str| s.len() <= MAX_STRING_CHARS || s.chars().count() <= MAX_STRING_CHARS;
    match value {
        Value::String(s) => fits(s),
        Value::Array(items) => items.iter().all(strings_fit),
        Value::Object(map) => map.iter().all(|(k, v)| fits(k) && strings_fit(v)),
        Value::Null | Value::Bool(_) | Value::Number(_) => true,
    }
}

/// A record that carries its own id: it must read as `T`, and its id must be
/// the envelope's; then `rules` checks its values.
fn check_typed<T: DeserializeOwned + HasId>(
    data: &str,
    id: &str,
    rules: fn(&T) -> Option<Issue>,
) -> Option<Issue> {
    let Ok(record) = serde_json::from_str::<T>(data) else {
        return Some(Issue::Wrong);
    };
    if record.record_id() != id {
        return Some(Issue::Id);
    }
    rules(&record)
}

/// The id inside a stored record.
trait HasId {
    fn record_id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {
        $(impl HasId for $t {
            fn record_id(&self) -> &str {
                &self.id
            }
        })*
    };
}

has_id!(
    Profile,
    CheckRecord,
    EnergyItem,
    Person,
    WishItem,
    NetworkSnapshot
);

fn profile_issue(p: &Profile) -> Option<Issue> {
    if p.id != PROFILE_ID {
        return Some(Issue::Id);
    }
    ProfileInput::from_profile(p)
        .problems()
        .first()
        .map(|(_, problem)| match problem {
            ProfileProblem::TooLong => Issue::Long,
            ProfileProblem::Missing => Issue::Range,
        })
}

fn check_issue(c: &CheckRecord) -> Option<Issue> {
    let set_ok = (1..=QUESTION_SET).contains(&c.question_set);
    let overall_ok = c.overall.is_none_or(|o| o <= OVERALL_MAX);
    let answers_ok = c.question_set != QUESTION_SET || answers_valid(&c.answers);
    (!(set_ok && overall_ok && answers_ok)).then_some(Issue::Range)
}

/// Each answer's option exists for its question, and no question is answered twice.
fn answers_valid(answers: &[Answer]) -> bool {
    // A flag per question rather than a HashSet<QuestionId> (issue 11).
    let mut seen = [false; QUESTION_COUNT];
    answers.iter().all(|a| {
        a.question.points(a.option).is_some()
            && !std::mem::replace(&mut seen[a.question.index()], true)
    })
}

fn energy_issue(item: &EnergyItem) -> Option<Issue> {
    EnergyInput::from_item(item)
        .problems()
        .first()
        .map(|(_, problem)| match problem {
            EnergyProblem::TooLong => Issue::Long,
            EnergyProblem::Missing | EnergyProblem::WrongKind => Issue::Range,
        })
}

fn person_issue(p: &Person) -> Option<Issue> {
    PersonInput::from_person(p)
        .problems()
        .first()
        .map(|(_, problem)| match problem {
            PersonProblem::TooLong => Issue::Long,
            PersonProblem::Missing | PersonProblem::NotAPhoneNumber => Issue::Range,
        })
}

fn wish_issue(w: &WishItem) -> Option<Issue> {
    let text = w.text.trim();
    if text.is_empty() {
        return Some(Issue::Range);
    }
    let long = text.chars().count() > MAX_TEXT_CHARS
        || w.with_whom.trim().chars().count() > MAX_WITH_WHOM_CHARS
        || w.reviews
            .iter()
            .any(|r| r.note.trim().chars().count() > MAX_NOTE_CHARS);
    if long {
        return Some(Issue::Long);
    }
    let dates_ok = w.discussed_on.is_none_or(|d| d.is_valid())
        && w.review_on.is_none_or(|d| d.is_valid())
        && w.reviews.iter().all(|r| r.on.is_valid());
    (!dates_ok).then_some(Issue::Range)
}

fn snapshot_issue(s: &NetworkSnapshot) -> Option<Issue> {
    if !s.taken_on.is_valid() {
        return Some(Issue::Range);
    }
    s.people
        .iter()
        .any(|p| p.name.trim().chars().count() > MAX_NAME_CHARS)
        .then_some(Issue::Long)
}

/// Known meta keys must read as their types; other keys may hold any JSON
/// (drafts and settings of other features, or of this version's successors).
fn meta_issue(value: &Value, data: &str, key: &str) -> Option<Issue> {
    match key {
        DATA_VERSION_KEY => match value.as_u64() {
            Some(v) if (1..=u64::from(DATA_VERSION)).contains(&v) => None,
            Some(_) => Some(Issue::Range),
            None => Some(Issue::Wrong),
        },
        OWN_TASKS_KEY => serde_json::from_str::<OwnTasks>(data)
            .err()
            .map(|_| Issue::Wrong),
        DRAFT_KEY => match serde_json::from_str::<CheckDraft>(data) {
            Err(_) => Some(Issue::Wrong),
            Ok(d) if d.question_set == QUESTION_SET && !answers_valid(&d.answers) => {
                Some(Issue::Range)
            }
            Ok(_) => None,
        },
        _ => None,
    }
}

/// Every person a wish refers to must be in the backup.
fn check_references(stores: &[(StoreName, Vec<RawRecord>)]) -> Result<(), BackupError> {
    let records = |store: StoreName| {
        stores
            .iter()
            .filter(move |(s, _)| *s == store)
            .flat_map(|(_, r)| r.iter())
    };
    let mut people: Vec<&str> = records(StoreName::People).map(|r| r.id.as_str()).collect();
    sort(&mut people);
    for r in records(StoreName::Wishes) {
        let Ok(wish) = serde_json::from_str::<WishItem>(&r.data) else {
            continue;
        };
        match wish.with_person {
            Some(p) if !p.is_empty() && people.binary_search(&p.as_str()).is_err() => {
                return Err(BackupError::DanglingReference {
                    store: StoreName::Wishes,
                    id: r.id.clone(),
                    missing: p,
                });
            }
            _ => {}
        }
    }
    Ok(())
}
