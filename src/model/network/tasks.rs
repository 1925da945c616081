//! "Who does what": for each task, who does it now, who could, and whether the
//! caregiver carries it alone. Tasks carried alone come first: that is where to ask.

use super::{person_order, OwnTasks, Person, Task};
use crate::model::sort::{sort_by, sort_by_key};

/// Where a task stands; rows are shown in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaskGroup {
    /// The caregiver does it alone, and someone said they could help.
    AloneWithOffers,
    /// The caregiver does it alone, and nobody offered help yet.
    AloneNoOffers,
    /// The caregiver does it together with others.
    Shared,
    /// Others do it; the caregiver does not.
    ByOthers,
    /// Nobody does it (it may not be needed).
    Nobody,
}

/// One line of the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskRow {
    /// The task.
    pub task: Task,
    /// Ids of the people who do it now, in name order.
    pub doers: Vec<String>,
    /// Ids of the people who could help and do not yet, in name order.
    pub could: Vec<String>,
    /// Whether the caregiver does it.
    pub caregiver_does: bool,
    /// The caregiver does it and nobody else does.
    pub alone: bool,
}

impl TaskRow {
    /// The group the row belongs to.
    pub fn group(&self) -> TaskGroup {
        match (
            self.caregiver_does,
            self.doers.is_empty(),
            self.could.is_empty(),
        ) {
            (true, true, false) => TaskGroup::AloneWithOffers,
            (true, true, true) => TaskGroup::AloneNoOffers,
            (true, false, _) => TaskGroup::Shared,
            (false, false, _) => TaskGroup::ByOthers,
            (false, true, _) => TaskGroup::Nobody,
        }
    }
}

/// Builds one row per task: first the tasks the caregiver does alone (those
/// with offers of help before those without), then the tasks shared with
/// others, then those others do, then the rest; within a group in task order.
pub fn task_overview(people: &[Person], own: &OwnTasks) -> Vec<TaskRow> {
    let mut sorted: Vec<&Person> = people.iter().collect();
    sort_by(&mut sorted, |a, b| person_order(a, b));
    let mut rows: Vec<TaskRow> = Task::ALL
        .iter()
        .map(|&task| {
            let doers: Vec<String> = sorted
                .iter()
                .filter(|p| p.helps_with(task))
                .map(|p| p.id.clone())
                .collect();
            let could = sorted
                .iter()
                .filter(|p| p.could_help_with(task))
                .map(|p| p.id.clone())
                .collect();
            let caregiver_does = own.does(task);
            TaskRow {
                task,
                alone: caregiver_does && doers.is_empty(),
                doers,
                could,
                caregiver_does,
            }
        })
        .collect();
    // A stable sort keeps task order within a group.
    sort_by_key(&mut rows, TaskRow::group);
    rows
}

#[cfg(test)]
mod tests {
    use super::super::{Closeness, Domain};
    use super::*;

    fn person(id: &str, name: &str, now: &[Task], could: &[Task]) -> Person {
        Person {
            id: id.into(),
            created_at: 0,
            updated_at: 0,
            name: name.into(),
            relation: String::new(),
            domain: Domain::Friends,
            closeness: Closeness::Close,
            helps_now: now.to_vec(),
            could_help: could.to_vec(),
            phone: None,
            note: String::new(),
        }
    }

    fn order(rows: &[TaskRow]) -> Vec<Task> {
        rows.iter().map(|r| r.task).collect()
    }

    #[test]
    fn nothing_entered_lists_every_task_in_order() {
        let rows = task_overview(&[], &OwnTasks::default());
        assert_eq!(order(&rows), Task::ALL.to_vec());
        assert!(rows
            .iter()
            .all(|r| r.doers.is_empty() && r.could.is_empty() && !r.alone && !r.caregiver_does));
        assert!(rows.iter().all(|r| r.group() == TaskGroup::Nobody));
    }

    #[test]
    fn groups_come_in_order() {
        let people = vec![
            person(
                "z",
                "Zus",
                &[Task::Shopping, Task::Company],
                &[Task::Paperwork],
            ),
            person(
                "b",
                "Buur",
                &[Task::Transport],
                &[Task::TakeOver, Task::Shopping],
            ),
        ];
        let own = OwnTasks::new(&[
            Task::Household,
            Task::Paperwork,
            Task::Medication,
            Task::Shopping,
            Task::TakeOver,
        ]);
        let rows = task_overview(&people, &own);
        assert_eq!(
            order(&rows),
            vec![
                // alone, with offers (task order)
                Task::Paperwork,
                Task::TakeOver,
                // alone, no offers
                Task::Household,
                Task::Medication,
                // shared
                Task::Shopping,
                // others
                Task::Transport,
                Task::Company,
                // nobody
                Task::Cooking,
                Task::PersonalCare,
                Task::EmotionalSupport,
                Task::Other,
            ]
        );
        let groups: Vec<TaskGroup> = rows.iter().map(TaskRow::group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted);
        let paper = &rows[0];
        assert!(paper.alone && paper.caregiver_does);
        assert_eq!(paper.could, vec!["z".to_string()]);
        let shopping = &rows[4];
        assert!(!shopping.alone && shopping.caregiver_does);
        assert_eq!(shopping.doers, vec!["z".to_string()]);
        // Buur could help with shopping and is listed as such.
        assert_eq!(shopping.could, vec!["b".to_string()]);
    }

    #[test]
    fn alone_means_nobody_else_does_it() {
        let people = vec![person("a", "Ans", &[Task::Cooking], &[])];
        let own = OwnTasks::new(&[Task::Cooking, Task::Household]);
        let rows = task_overview(&people, &own);
        let cooking = rows.iter().find(|r| r.task == Task::Cooking).expect("row");
        let household = rows
            .iter()
            .find(|r| r.task == Task::Household)
            .expect("row");
        assert!(!cooking.alone);
        assert!(household.alone);
        assert_eq!(rows[0].task, Task::Household);
    }

    #[test]
    fn people_are_listed_by_name_and_doers_are_not_also_could() {
        let people = vec![
            person("3", "carla", &[], &[Task::Cooking]),
            person("1", "Bob", &[Task::Cooking], &[Task::Cooking]),
            person("2", "Anna", &[], &[Task::Cooking]),
            person("0", "Anna", &[], &[Task::Cooking]),
        ];
        let rows = task_overview(&people, &OwnTasks::default());
        let cooking = rows.iter().find(|r| r.task == Task::Cooking).expect("row");
        assert_eq!(cooking.doers, vec!["1".to_string()]);
        assert_eq!(cooking.could, vec!["0".to_string(), "2".into(), "3".into()]);
        assert_eq!(cooking.group(), TaskGroup::ByOthers);
    }

    #[test]
    fn every_task_appears_exactly_once() {
        let people = vec![person("a", "A", &Task::ALL, &[])];
        for own in [OwnTasks::default(), OwnTasks::new(&Task::ALL)] {
            let mut tasks = order(&task_overview(&people, &own));
            tasks.sort();
            assert_eq!(tasks, Task::ALL.to_vec());
        }
    }

    #[test]
    fn offers_without_doers_or_caregiver_are_the_rest() {
        let people = vec![person("a", "A", &[], &[Task::Other])];
        let rows = task_overview(&people, &OwnTasks::default());
        let other = rows.iter().find(|r| r.task == Task::Other).expect("row");
        assert_eq!(other.group(), TaskGroup::Nobody);
        assert_eq!(other.could, vec!["a".to_string()]);
    }
}
