//! Effects of the network screens: each action is one write (one transaction),
//! then the state. A change that matters also keeps a dated snapshot of the
//! network, in the same transaction.

use yew::prelude::*;

use super::{new_id, now_ms, today, use_app, use_persist};
use crate::model::network::{
    snapshot_plan, NetworkSnapshot, OwnTasks, Person, PersonField, PersonInput, PersonProblem,
    SnapshotPlan, SnapshotReason, Task, OWN_TASKS_KEY,
};
use crate::model::time::Date;
use crate::model::wishes::WishItem;
use crate::model::StoreName;
use crate::state::Action;
use crate::storage::WriteBatch;

/// Hears the saved person's id, or the problems of the form.
pub type PersonDone = Callback<Result<String, Vec<(PersonField, PersonProblem)>>>;

/// The most recent snapshot: the latest date, then the latest saved.
pub fn latest_snapshot(snapshots: &[NetworkSnapshot]) -> Option<&NetworkSnapshot> {
    snapshots.iter().max_by_key(|s| (s.taken_on, s.created_at))
}

/// The snapshot to write after the network became `people`, if the change
/// matters (see [`snapshot_plan`]).
pub fn snapshot_after(
    snapshots: &[NetworkSnapshot],
    people: &[Person],
    today: Date,
    now_ms: i64,
) -> Option<NetworkSnapshot> {
    let latest = latest_snapshot(snapshots);
    match snapshot_plan(latest, people, today) {
        SnapshotPlan::Nothing => None,
        SnapshotPlan::New => Some(NetworkSnapshot::take(
            new_id(),
            people,
            today,
            SnapshotReason::Change,
            now_ms,
        )),
        SnapshotPlan::ReplaceLatest => latest.map(|s| s.replaced(people, now_ms)),
    }
}

/// Adds the snapshot (if any) to the batch and the actions.
fn with_snapshot(
    batch: WriteBatch,
    mut actions: Vec<Action>,
    snapshot: Option<NetworkSnapshot>,
) -> (WriteBatch, Vec<Action>) {
    match snapshot {
        Some(s) => {
            let batch = batch.put(&s);
            actions.push(Action::SnapshotsSaved(vec![s]));
            (batch, actions)
        }
        None => (batch, actions),
    }
}

/// The people with `person` added or replaced by id.
fn people_with(people: &[Person], person: &Person) -> Vec<Person> {
    let mut out: Vec<Person> = people
        .iter()
        .filter(|p| p.id != person.id)
        .cloned()
        .collect();
    out.push(person.clone());
    out
}

/// What a write of a person puts back or adds: the batch and the actions,
/// with a snapshot when the change matters. Used by saving and by undo.
pub fn put_person(
    people: &[Person],
    snapshots: &[NetworkSnapshot],
    person: &Person,
) -> (WriteBatch, Vec<Action>) {
    let after = people_with(people, person);
    let snapshot = snapshot_after(snapshots, &after, today(), now_ms());
    with_snapshot(
        WriteBatch::new().put(person),
        vec![Action::PeopleSaved(vec![person.clone()])],
        snapshot,
    )
}

/// Saves the person form: a new person when `earlier` is `None`.
#[hook]
pub fn use_save_person() -> Callback<(PersonInput, Option<Person>, PersonDone)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(input, earlier, done): (PersonInput, Option<Person>, PersonDone), (app, persist)| {
            let built = match &earlier {
                None => input.create(new_id(), now_ms()),
                Some(e) => input.apply_to(e, now_ms()),
            };
            let person = match built {
                Ok(p) => p,
                Err(problems) => {
                    done.emit(Err(problems));
                    return;
                }
            };
            let id = person.id.clone();
            let (batch, actions) = put_person(&app.people, &app.snapshots, &person);
            persist.emit((
                batch,
                actions,
                Callback::from(move |ok: bool| {
                    if ok {
                        done.emit(Ok(id.clone()));
                    }
                }),
            ));
        },
    )
}

/// Removes a person; the undo bar offers to put them back.
#[hook]
pub fn use_remove_person() -> Callback<(Person, Callback<bool>)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(person, done): (Person, Callback<bool>), (app, persist)| {
            let after: Vec<Person> = app
                .people
                .iter()
                .filter(|p| p.id != person.id)
                .cloned()
                .collect();
            let snapshot = snapshot_after(&app.snapshots, &after, today(), now_ms());
            // Wishes that name this person keep the name as text, without the link,
            // in the same transaction: no wish ever points at someone who is gone.
            let detached = detach_person(&app.wishes, &person, now_ms());
            let mut batch = WriteBatch::new().delete(StoreName::People, &person.id);
            for wish in &detached {
                batch = batch.put(wish);
            }
            let mut actions = vec![Action::PersonRemoved(person)];
            if !detached.is_empty() {
                actions.push(Action::WishesSaved(detached));
            }
            let (batch, actions) = with_snapshot(batch, actions, snapshot);
            persist.emit((batch, actions, done));
        },
    )
}

/// Switches one of the caregiver's own tasks on or off.
#[hook]
pub fn use_set_own_task() -> Callback<(Task, bool)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(task, on): (Task, bool), (app, persist)| {
            let own: OwnTasks = app.own_tasks.with(task, on);
            persist.emit((
                WriteBatch::new().put_meta(OWN_TASKS_KEY, &own, now_ms()),
                vec![Action::OwnTasksSaved(own)],
                Callback::noop(),
            ));
        },
    )
}

/// Keeps today's map because the caregiver asked; `done` hears whether it worked.
#[hook]
pub fn use_take_snapshot() -> Callback<Callback<bool>> {
    let app = use_app();
    let persist = use_persist();
    use_callback((app, persist), |done: Callback<bool>, (app, persist)| {
        let snapshot = NetworkSnapshot::take(
            new_id(),
            &app.people,
            today(),
            SnapshotReason::Requested,
            now_ms(),
        );
        persist.emit((
            WriteBatch::new().put(&snapshot),
            vec![Action::SnapshotsSaved(vec![snapshot])],
            done,
        ));
    })
}

/// The wishes that refer to `person`, changed to name them in text instead.
pub fn detach_person(wishes: &[WishItem], person: &Person, now_ms: i64) -> Vec<WishItem> {
    wishes
        .iter()
        .filter(|w| w.with_person.as_deref() == Some(person.id.as_str()))
        .map(|w| {
            let mut w = w.clone();
            w.with_person = None;
            if w.with_whom.is_empty() {
                w.with_whom = person.name.clone();
            }
            w.updated_at = now_ms;
            w
        })
        .collect()
}
