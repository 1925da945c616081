//! Dated snapshots of the network, so the caregiver can compare today with
//! some months ago: when to take one, and what changed between two.

use serde::{Deserialize, Serialize};

use super::super::case::lowercase;
use super::super::record::{Record, StoreName};
use super::super::sort::{sort, sort_by_key};
use super::super::time::Date;
use super::{sorted_tasks, Closeness, Domain, Person, Task};

/// Why a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SnapshotReason {
    /// The network changed in a way that matters.
    Change,
    /// The caregiver asked for one.
    Requested,
}

crate::named!(SnapshotReason {
    Change = "Change",
    Requested = "Requested",
});

/// One person as they were when the snapshot was taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotPerson {
    /// The id of the person record, to recognise them after a change of name;
    /// empty if unknown.
    #[serde(default)]
    pub person_id: String,
    /// First name or nickname at the time.
    pub name: String,
    /// Part of life at the time.
    pub domain: Domain,
    /// Closeness at the time.
    pub closeness: Closeness,
    /// What they helped with at the time, in task order.
    #[serde(default)]
    pub helps_now: Vec<Task>,
}

impl SnapshotPerson {
    /// The compact copy of a person.
    pub fn from_person(p: &Person) -> SnapshotPerson {
        SnapshotPerson {
            person_id: p.id.clone(),
            name: p.name.clone(),
            domain: p.domain,
            closeness: p.closeness,
            helps_now: sorted_tasks(&p.helps_now),
        }
    }

    /// What identifies the person across snapshots: the id, or the name when
    /// there is no id.
    fn key(&self) -> String {
        if self.person_id.is_empty() {
            format!("name:{}", lowercase(&self.name))
        } else {
            format!("id:{}", self.person_id)
        }
    }
}

/// A dated copy of the network. Stored in [`StoreName::Snapshots`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkSnapshot {
    /// The record id.
    pub id: String,
    /// When it was first saved (ms since 1970, UTC).
    pub created_at: i64,
    /// When it was last changed.
    pub updated_at: i64,
    /// The local date it shows.
    pub taken_on: Date,
    /// Everyone in the network that day.
    #[serde(default)]
    pub people: Vec<SnapshotPerson>,
    /// Why it was taken.
    pub reason: SnapshotReason,
}

impl Record for NetworkSnapshot {
    const STORE: StoreName = StoreName::Snapshots;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

impl NetworkSnapshot {
    /// Takes a new snapshot of `people`.
    pub fn take(
        id: String,
        people: &[Person],
        taken_on: Date,
        reason: SnapshotReason,
        now_ms: i64,
    ) -> NetworkSnapshot {
        NetworkSnapshot {
            id,
            created_at: now_ms,
            updated_at: now_ms,
            taken_on,
            people: people.iter().map(SnapshotPerson::from_person).collect(),
            reason,
        }
    }

    /// The same snapshot (same id, date and reason) with the people of now;
    /// used when the network changes again on the day of the snapshot.
    pub fn replaced(&self, people: &[Person], now_ms: i64) -> NetworkSnapshot {
        NetworkSnapshot {
            updated_at: now_ms,
            people: people.iter().map(SnapshotPerson::from_person).collect(),
            ..self.clone()
        }
    }
}

/// What to do with snapshots after the network was changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotPlan {
    /// Nothing: no change that matters.
    Nothing,
    /// Take a new snapshot ([`NetworkSnapshot::take`] with [`SnapshotReason::Change`]).
    New,
    /// Update the latest snapshot, taken today because of a change
    /// ([`NetworkSnapshot::replaced`]), so there is at most one a day.
    ReplaceLatest,
}

/// Decides whether the change to `people` needs a snapshot. `latest` is the
/// most recent snapshot, `today` the local date.
pub fn snapshot_plan(
    latest: Option<&NetworkSnapshot>,
    people: &[Person],
    today: Date,
) -> SnapshotPlan {
    match latest {
        None if people.is_empty() => SnapshotPlan::Nothing,
        None => SnapshotPlan::New,
        Some(s) if !meaningful_change(&s.people, people) => SnapshotPlan::Nothing,
        Some(s) if s.taken_on == today && s.reason == SnapshotReason::Change => {
            SnapshotPlan::ReplaceLatest
        }
        Some(_) => SnapshotPlan::New,
    }
}

/// Whether the network changed in a way that matters: someone added or
/// removed, or a person's ring, part of life or help now changed. A new
/// spelling of a name, a phone number or a note alone does not count.
pub fn meaningful_change(previous: &[SnapshotPerson], current: &[Person]) -> bool {
    let now: Vec<SnapshotPerson> = current.iter().map(SnapshotPerson::from_person).collect();
    let mut old_keys: Vec<String> = previous.iter().map(SnapshotPerson::key).collect();
    let mut new_keys: Vec<String> = now.iter().map(SnapshotPerson::key).collect();
    sort(&mut old_keys);
    sort(&mut new_keys);
    if old_keys != new_keys {
        return true;
    }
    now.iter().any(|n| {
        previous
            .iter()
            .find(|o| o.key() == n.key())
            .is_none_or(|o| {
                o.domain != n.domain
                    || o.closeness != n.closeness
                    || sorted_tasks(&o.helps_now) != n.helps_now
            })
    })
}

/// A person who moved to another ring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// Their name now.
    pub name: String,
    /// Their part of life now.
    pub domain: Domain,
    /// The ring before.
    pub from: Closeness,
    /// The ring now.
    pub to: Closeness,
}

/// A person whose help changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpChange {
    /// Their name now.
    pub name: String,
    /// The tasks that started or stopped, in task order.
    pub tasks: Vec<Task>,
}

/// What changed between an older and a newer snapshot. Every list is in name order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SnapshotDiff {
    /// People who are new.
    pub added: Vec<SnapshotPerson>,
    /// People who are no longer there.
    pub removed: Vec<SnapshotPerson>,
    /// People who moved to an inner ring.
    pub moved_closer: Vec<Move>,
    /// People who moved to an outer ring.
    pub moved_away: Vec<Move>,
    /// People who help with tasks they did not help with before.
    pub started_helping: Vec<HelpChange>,
    /// People who no longer help with some tasks.
    pub stopped_helping: Vec<HelpChange>,
}

impl SnapshotDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved_closer.is_empty()
            && self.moved_away.is_empty()
            && self.started_helping.is_empty()
            && self.stopped_helping.is_empty()
    }
}

/// Compares an older list of people with a newer one ("three months ago" and
/// "today"; for today use [`SnapshotPerson::from_person`]).
pub fn compare(old: &[SnapshotPerson], new: &[SnapshotPerson]) -> SnapshotDiff {
    let mut diff = SnapshotDiff::default();
    for o in old {
        if !new.iter().any(|n| n.key() == o.key()) {
            diff.removed.push(o.clone());
        }
    }
    for n in new {
        let Some(o) = old.iter().find(|o| o.key() == n.key()) else {
            diff.added.push(n.clone());
            continue;
        };
        let moved = Move {
            name: n.name.clone(),
            domain: n.domain,
            from: o.closeness,
            to: n.closeness,
        };
        if n.closeness < o.closeness {
            diff.moved_closer.push(moved);
        } else if n.closeness > o.closeness {
            diff.moved_away.push(moved);
        }
        let started = tasks_missing_from(&n.helps_now, &o.helps_now);
        if !started.is_empty() {
            diff.started_helping.push(HelpChange {
                name: n.name.clone(),
                tasks: started,
            });
        }
        let stopped = tasks_missing_from(&o.helps_now, &n.helps_now);
        if !stopped.is_empty() {
            diff.stopped_helping.push(HelpChange {
                name: n.name.clone(),
                tasks: stopped,
            });
        }
    }
    sort_by_key(&mut diff.added, |p| lowercase(&p.name));
    sort_by_key(&mut diff.removed, |p| lowercase(&p.name));
    sort_by_key(&mut diff.moved_closer, |m| lowercase(&m.name));
    sort_by_key(&mut diff.moved_away, |m| lowercase(&m.name));
    sort_by_key(&mut diff.started_helping, |c| lowercase(&c.name));
    sort_by_key(&mut diff.stopped_helping, |c| lowercase(&c.name));
    diff
}

/// The tasks in `a` that are not in `b`, in task order.
fn tasks_missing_from(a: &[Task], b: &[Task]) -> Vec<Task> {
    sorted_tasks(a)
        .into_iter()
        .filter(|t| !b.contains(t))
        .collect()
}

/// The snapshot to compare today with: the latest one taken at least
/// `days_back` days before `today` (about 91 for three months); when there is
/// none that old, the oldest one taken before today. `None` when there is none.
pub fn snapshot_for_comparison(
    snapshots: &[NetworkSnapshot],
    today: Date,
    days_back: i64,
) -> Option<&NetworkSnapshot> {
    let limit = today.add_days(-days_back);
    let by_date = |s: &&NetworkSnapshot| (s.taken_on, s.created_at);
    snapshots
        .iter()
        .filter(|s| s.taken_on <= limit)
        .max_by_key(by_date)
        .or_else(|| {
            snapshots
                .iter()
                .filter(|s| s.taken_on < today)
                .min_by_key(by_date)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str, domain: Domain, c: Closeness, now: &[Task]) -> Person {
        Person {
            id: id.into(),
            created_at: 0,
            updated_at: 0,
            name: name.into(),
            relation: String::new(),
            domain,
            closeness: c,
            helps_now: now.to_vec(),
            could_help: vec![],
            phone: None,
            note: String::new(),
        }
    }

    fn date(month: u32, day: u32) -> Date {
        Date {
            year: 2026,
            month,
            day,
        }
    }

    fn network() -> Vec<Person> {
        vec![
            person(
                "1",
                "Els",
                Domain::Family,
                Closeness::VeryClose,
                &[Task::Shopping],
            ),
            person("2", "Jan", Domain::Neighbours, Closeness::Close, &[]),
            person(
                "3",
                "Mia",
                Domain::Friends,
                Closeness::Further,
                &[Task::Company],
            ),
        ]
    }

    fn snap(people: &[Person]) -> Vec<SnapshotPerson> {
        people.iter().map(SnapshotPerson::from_person).collect()
    }

    #[test]
    fn small_edits_are_not_meaningful() {
        let before = snap(&network());
        let mut now = network();
        assert!(!meaningful_change(&before, &now));
        now[0].name = "Elsje".into();
        now[1].phone = Some("0612345678".into());
        now[1].note = "Nieuw".into();
        now[1].relation = "buurman".into();
        now[2].could_help = vec![Task::TakeOver];
        now.reverse();
        assert!(!meaningful_change(&before, &now));
        // Help listed in another order is the same help.
        let mut twice = network();
        twice[0].helps_now = vec![Task::Cooking, Task::Shopping];
        let b = snap(&twice);
        twice[0].helps_now = vec![Task::Shopping, Task::Cooking];
        assert!(!meaningful_change(&b, &twice));
    }

    #[test]
    fn real_changes_are_meaningful() {
        let before = snap(&network());
        let mut added = network();
        added.push(person(
            "4",
            "Ali",
            Domain::Volunteers,
            Closeness::Further,
            &[],
        ));
        assert!(meaningful_change(&before, &added));
        let mut removed = network();
        removed.pop();
        assert!(meaningful_change(&before, &removed));
        let mut ring = network();
        ring[1].closeness = Closeness::VeryClose;
        assert!(meaningful_change(&before, &ring));
        let mut domain = network();
        domain[1].domain = Domain::Friends;
        assert!(meaningful_change(&before, &domain));
        let mut help = network();
        help[1].helps_now = vec![Task::Transport];
        assert!(meaningful_change(&before, &help));
        let mut swapped = network();
        swapped[2].id = "9".into();
        assert!(meaningful_change(&before, &swapped));
    }

    #[test]
    fn snapshots_without_ids_match_by_name() {
        let mut before = snap(&network());
        for p in &mut before {
            p.person_id.clear();
        }
        let json = r#"{"name":"Els","domain":"Family","closeness":"VeryClose"}"#;
        let old: SnapshotPerson = serde_json::from_str(json).expect("parse");
        assert_eq!(old.key(), before[0].key());
        let diff = compare(&before, &before);
        assert!(diff.is_empty());
    }

    #[test]
    fn plan_takes_at_most_one_change_snapshot_a_day() {
        let people = network();
        assert_eq!(snapshot_plan(None, &[], date(3, 1)), SnapshotPlan::Nothing);
        assert_eq!(snapshot_plan(None, &people, date(3, 1)), SnapshotPlan::New);
        let s = NetworkSnapshot::take("s".into(), &people, date(3, 1), SnapshotReason::Change, 7);
        assert_eq!(
            snapshot_plan(Some(&s), &people, date(3, 1)),
            SnapshotPlan::Nothing
        );
        let mut more = people.clone();
        more.push(person(
            "4",
            "Ali",
            Domain::Volunteers,
            Closeness::Further,
            &[],
        ));
        assert_eq!(
            snapshot_plan(Some(&s), &more, date(3, 1)),
            SnapshotPlan::ReplaceLatest
        );
        assert_eq!(
            snapshot_plan(Some(&s), &more, date(3, 2)),
            SnapshotPlan::New
        );
        let asked = NetworkSnapshot {
            reason: SnapshotReason::Requested,
            ..s.clone()
        };
        assert_eq!(
            snapshot_plan(Some(&asked), &more, date(3, 1)),
            SnapshotPlan::New
        );
        let r = s.replaced(&more, 9);
        assert_eq!((r.id.as_str(), r.created_at, r.updated_at), ("s", 7, 9));
        assert_eq!((r.taken_on, r.reason), (date(3, 1), SnapshotReason::Change));
        assert_eq!(r.people.len(), 4);
        assert_eq!(
            snapshot_plan(Some(&r), &more, date(3, 1)),
            SnapshotPlan::Nothing
        );
    }

    #[test]
    fn compare_finds_every_kind_of_change() {
        let old = snap(&network());
        let mut now = network();
        now[0].closeness = Closeness::Further; // Els moves away
        now[0].helps_now = vec![Task::Cooking]; // stops shopping, starts cooking
        now[1].closeness = Closeness::VeryClose; // Jan comes closer
        now[1].name = "Jan B.".into();
        now.remove(2); // Mia leaves
        now.push(person(
            "5",
            "Bea",
            Domain::Professionals,
            Closeness::Close,
            &[Task::PersonalCare],
        ));
        now.push(person(
            "4",
            "Ali",
            Domain::Volunteers,
            Closeness::Further,
            &[],
        ));
        let diff = compare(&old, &snap(&now));
        let names = |v: &[SnapshotPerson]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&diff.added), vec!["Ali", "Bea"]);
        assert_eq!(names(&diff.removed), vec!["Mia"]);
        assert_eq!(
            diff.moved_closer,
            vec![Move {
                name: "Jan B.".into(),
                domain: Domain::Neighbours,
                from: Closeness::Close,
                to: Closeness::VeryClose
            }]
        );
        assert_eq!(diff.moved_away.len(), 1);
        assert_eq!(
            (diff.moved_away[0].from, diff.moved_away[0].to),
            (Closeness::VeryClose, Closeness::Further)
        );
        assert_eq!(
            diff.started_helping,
            vec![HelpChange {
                name: "Els".into(),
                tasks: vec![Task::Cooking]
            }]
        );
        assert_eq!(
            diff.stopped_helping,
            vec![HelpChange {
                name: "Els".into(),
                tasks: vec![Task::Shopping]
            }]
        );
        assert!(!diff.is_empty());
        assert!(compare(&old, &old).is_empty());
    }

    #[test]
    fn comparison_picks_three_months_ago_or_the_oldest() {
        let mk = |id: &str, d: Date, at: i64| NetworkSnapshot {
            id: id.into(),
            created_at: at,
            updated_at: at,
            taken_on: d,
            people: vec![],
            reason: SnapshotReason::Change,
        };
        let today = date(6, 1);
        let list = vec![
            mk("jan", date(1, 10), 1),
            mk("feb", date(2, 20), 2),
            mk("feb2", date(2, 20), 3),
            mk("may", date(5, 5), 4),
            mk("today", today, 5),
        ];
        let pick = |l: &[NetworkSnapshot], back| {
            snapshot_for_comparison(l, today, back).map(|s| s.id.clone())
        };
        assert_eq!(pick(&list, 91), Some("feb2".into()));
        assert_eq!(pick(&list, 200), Some("jan".into()));
        assert_eq!(pick(&list[3..], 91), Some("may".into()));
        assert_eq!(pick(&list[4..], 91), None);
        assert_eq!(pick(&[], 91), None);
    }

    #[test]
    fn snapshot_round_trips_through_json() {
        let s = NetworkSnapshot::take(
            "s".into(),
            &network(),
            date(3, 1),
            SnapshotReason::Requested,
            1,
        );
        let json = serde_json::to_string(&s).expect("serialise");
        assert_eq!(
            serde_json::from_str::<NetworkSnapshot>(&json).expect("parse"),
            s
        );
    }
}
