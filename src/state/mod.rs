//! The app's shared state and its pure reducer. Effects (storage, the service
//! worker) live in `hooks`; they dispatch [`Action`]s with their results.

use std::rc::Rc;

use yew::Reducible;

use crate::model::check::CheckRecord;
use crate::model::energy::EnergyItem;
use crate::model::lock::SecretKind;
use crate::model::network::{NetworkSnapshot, OwnTasks, Person};
use crate::model::share::{Selection, ShareLogEntry};
use crate::model::wishes::WishItem;
use crate::model::{Lang, Prefs, Profile, Record};
use crate::storage::{DbEvent, StorageError};

/// Something that went wrong, shown to the person as one plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppError {
    /// Keeping or reading data on the device failed.
    Storage(StorageError),
    /// The English texts could not be fetched; the app stays in Dutch.
    EnglishMissing,
}

/// Where the English texts are: the app has only Dutch built in and fetches
/// English when the person chooses it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EnglishStatus {
    /// Not fetched (English was not chosen yet).
    #[default]
    Absent,
    /// Being fetched; meanwhile the app shows Dutch.
    Loading,
    /// There: English can be shown.
    Ready,
    /// Could not be fetched; choosing English again tries again.
    Failed,
}

/// How far the app has started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boot {
    /// The database is being opened.
    Loading,
    /// The data is loaded.
    Ready,
    /// The database could not be opened.
    Failed(StorageError),
    /// The app lock is on: the PIN or passphrase is needed to read anything.
    Locked(SecretKind),
}

/// The state of the connection to the database after start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    /// Working.
    Open,
    /// Lost for a moment; being opened again.
    Reopening,
    /// The app must reload to go on.
    NeedsReload(StorageError),
}

/// Everything the screens share.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// How far the app has started.
    pub boot: Boot,
    /// The connection to the database.
    pub connection: Connection,
    /// The caregiver's profile, once they filled it in.
    pub profile: Option<Profile>,
    /// Language, text size and theme, as chosen.
    pub prefs: Prefs,
    /// Whether the English texts are there (see [`AppState::lang`]).
    pub english: EnglishStatus,
    /// The message shown at the top, if any.
    pub error: Option<AppError>,
    /// A new version of the app is installed and waiting.
    pub update_ready: bool,
    /// Completed balance checks, in no particular order. The lists of records
    /// are shared (`Rc`): an action copies only the list it changes.
    pub checks: Rc<Vec<CheckRecord>>,
    /// Energy givers and drains.
    pub energy: Rc<Vec<EnergyItem>>,
    /// Wishes, needs, habits and agreements.
    pub wishes: Rc<Vec<WishItem>>,
    /// The people in the network map.
    pub people: Rc<Vec<Person>>,
    /// The tasks the caregiver does themself.
    pub own_tasks: OwnTasks,
    /// Dated snapshots of the network.
    pub snapshots: Rc<Vec<NetworkSnapshot>>,
    /// What was shared, when and with whom.
    pub share_log: Rc<Vec<ShareLogEntry>>,
    /// The last chosen summary selection (not yet reconciled with the data).
    pub share_selection: Selection,
    /// The last removed record, which can be put back.
    pub undo: Option<Undo>,
    /// Data safety: the app lock, the last backup and the last reminder.
    pub safety: Safety,
}

/// What the app knows about keeping the data safe.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Safety {
    /// The app lock, when it is on: PIN or passphrase.
    pub lock: Option<SecretKind>,
    /// When the last backup was made (ms), if ever.
    pub last_backup: Option<i64>,
    /// When the backup reminder was last put away (ms), if ever.
    pub reminded: Option<i64>,
    /// Whether the browser keeps the data permanently (`None`: it cannot say).
    pub persisted: Option<bool>,
}

/// A removed record that the person can put back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// A removed energy item.
    Energy(EnergyItem),
    /// A removed wish or agreement.
    Wish(WishItem),
    /// A removed balance check.
    Check(CheckRecord),
    /// A removed person from the network.
    Person(Person),
}

/// Everything read from the database at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The stored profile.
    pub profile: Option<Profile>,
    /// Completed balance checks.
    pub checks: Vec<CheckRecord>,
    /// Energy items.
    pub energy: Vec<EnergyItem>,
    /// Wishes and agreements.
    pub wishes: Vec<WishItem>,
    /// People in the network.
    pub people: Vec<Person>,
    /// The caregiver's own tasks.
    pub own_tasks: OwnTasks,
    /// Network snapshots.
    pub snapshots: Vec<NetworkSnapshot>,
    /// The share log.
    pub share_log: Vec<ShareLogEntry>,
    /// The last summary selection.
    pub share_selection: Selection,
    /// How many records could not be read (they stay in the database).
    pub unreadable: usize,
    /// The lock, the last backup and the last reminder.
    pub safety: Safety,
}

/// Inserts or replaces records by id, in a list of its own (a shared list is
/// copied first: the state before the action keeps its own).
fn upsert<T: Record + Clone>(list: &mut Rc<Vec<T>>, records: Vec<T>) {
    let list = Rc::make_mut(list);
    for record in records {
        match list.iter_mut().find(|r| r.id() == record.id()) {
            Some(slot) => *slot = record,
            None => list.push(record),
        }
    }
}

/// Removes a record by id, in a list of its own (see [`upsert`]).
fn remove<T: Record + Clone>(list: &mut Rc<Vec<T>>, id: &str) {
    Rc::make_mut(list).retain(|r| r.id() != id);
}

impl AppState {
    /// The state at start, with the preferences read from the device.
    pub fn new(prefs: Prefs) -> AppState {
        AppState {
            boot: Boot::Loading,
            connection: Connection::Open,
            profile: None,
            prefs,
            english: EnglishStatus::Absent,
            error: None,
            update_ready: false,
            checks: Rc::default(),
            energy: Rc::default(),
            wishes: Rc::default(),
            people: Rc::default(),
            own_tasks: OwnTasks::default(),
            snapshots: Rc::default(),
            share_log: Rc::default(),
            share_selection: Selection::default(),
            undo: None,
            safety: Safety::default(),
        }
    }

    /// The language the screens show: the chosen one, except that English
    /// waits for its texts (Dutch meanwhile, and when they cannot be fetched).
    pub fn lang(&self) -> Lang {
        match (self.prefs.lang, self.english) {
            (Lang::En, EnglishStatus::Ready) => Lang::En,
            _ => Lang::Nl,
        }
    }
}

/// What can happen to the shared state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The database is open and everything is read.
    Booted(Box<Loaded>),
    /// The database could not be opened.
    BootFailed(StorageError),
    /// The profile was saved.
    ProfileSaved(Profile),
    /// The preferences changed (they are applied even when they could not be kept).
    PrefsChanged(Prefs),
    /// The English texts are being fetched, have come, or could not be fetched.
    English(EnglishStatus),
    /// Something failed; tell the person.
    Failed(AppError),
    /// The person closed the message.
    DismissError,
    /// A new version is waiting.
    UpdateReady,
    /// Something happened to the database connection.
    Db(DbEvent),
    /// Balance checks were saved.
    ChecksSaved(Vec<CheckRecord>),
    /// A balance check was removed (and can be put back).
    CheckRemoved(CheckRecord),
    /// Energy items were saved.
    EnergySaved(Vec<EnergyItem>),
    /// An energy item was removed (and can be put back).
    EnergyRemoved(EnergyItem),
    /// Wishes were saved.
    WishesSaved(Vec<WishItem>),
    /// A wish was removed (and can be put back).
    WishRemoved(WishItem),
    /// People were saved.
    PeopleSaved(Vec<Person>),
    /// A person was removed (and can be put back).
    PersonRemoved(Person),
    /// The caregiver's own tasks were saved.
    OwnTasksSaved(OwnTasks),
    /// Network snapshots were saved.
    SnapshotsSaved(Vec<NetworkSnapshot>),
    /// A share was logged.
    ShareLogged(ShareLogEntry),
    /// The share log was cleared.
    ShareLogCleared,
    /// The summary selection was saved.
    ShareSelectionSaved(Selection),
    /// The removed record was put back, or the person closed the undo bar.
    UndoDone,
    /// The app locked (again): everything read is forgotten until it is unlocked.
    Locked(SecretKind),
    /// The lock was turned on, changed or turned off.
    LockChanged(Option<SecretKind>),
    /// A backup was made at this moment (ms).
    BackupMade(i64),
    /// The backup reminder was put away at this moment (ms).
    Reminded(i64),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Booted(loaded) => {
                let loaded = *loaded;
                next.boot = Boot::Ready;
                next.connection = Connection::Open;
                next.profile = loaded.profile;
                next.checks = Rc::new(loaded.checks);
                next.energy = Rc::new(loaded.energy);
                next.wishes = Rc::new(loaded.wishes);
                next.people = Rc::new(loaded.people);
                next.own_tasks = loaded.own_tasks;
                next.snapshots = Rc::new(loaded.snapshots);
                next.share_log = Rc::new(loaded.share_log);
                next.share_selection = loaded.share_selection;
                next.safety = loaded.safety;
                if loaded.unreadable > 0 {
                    next.error = Some(AppError::Storage(StorageError::Corrupt));
                }
            }
            Action::ChecksSaved(records) => upsert(&mut next.checks, records),
            Action::CheckRemoved(record) => {
                remove(&mut next.checks, &record.id);
                next.undo = Some(Undo::Check(record));
            }
            Action::EnergySaved(records) => upsert(&mut next.energy, records),
            Action::EnergyRemoved(record) => {
                remove(&mut next.energy, &record.id);
                next.undo = Some(Undo::Energy(record));
            }
            Action::WishesSaved(records) => upsert(&mut next.wishes, records),
            Action::WishRemoved(record) => {
                remove(&mut next.wishes, &record.id);
                next.undo = Some(Undo::Wish(record));
            }
            Action::PeopleSaved(records) => upsert(&mut next.people, records),
            Action::PersonRemoved(record) => {
                remove(&mut next.people, &record.id);
                next.undo = Some(Undo::Person(record));
            }
            Action::OwnTasksSaved(tasks) => next.own_tasks = tasks,
            Action::SnapshotsSaved(records) => upsert(&mut next.snapshots, records),
            Action::ShareLogged(entry) => upsert(&mut next.share_log, vec![entry]),
            Action::ShareLogCleared => next.share_log = Rc::default(),
            Action::ShareSelectionSaved(selection) => next.share_selection = selection,
            Action::UndoDone => next.undo = None,
            Action::Locked(kind) => {
                let mut locked = AppState::new(self.prefs);
                locked.boot = Boot::Locked(kind);
                locked.update_ready = self.update_ready;
                locked.english = self.english;
                locked.safety.lock = Some(kind);
                next = locked;
            }
            Action::LockChanged(lock) => next.safety.lock = lock,
            Action::BackupMade(at) => next.safety.last_backup = Some(at),
            Action::Reminded(at) => next.safety.reminded = Some(at),
            Action::BootFailed(e) => next.boot = Boot::Failed(e),
            Action::ProfileSaved(p) => {
                next.profile = Some(p);
                next.error = None;
            }
            Action::PrefsChanged(p) => next.prefs = p,
            Action::English(english) => {
                next.english = english;
                match english {
                    // Dutch is what shows, so Dutch is what is chosen now; the
                    // stored choice stays, so the next start tries again.
                    EnglishStatus::Failed if self.prefs.lang == Lang::En => {
                        next.prefs.lang = Lang::Nl;
                        next.error = Some(AppError::EnglishMissing);
                    }
                    EnglishStatus::Ready if self.error == Some(AppError::EnglishMissing) => {
                        next.error = None;
                    }
                    _ => {}
                }
            }
            Action::Failed(e) => next.error = Some(e),
            Action::DismissError => next.error = None,
            Action::UpdateReady => next.update_ready = true,
            Action::Db(event) => {
                next.connection = match event {
                    DbEvent::VersionChanged | DbEvent::ConnectionLost => Connection::Reopening,
                    DbEvent::Reopened => Connection::Open,
                    DbEvent::Blocked => Connection::NeedsReload(StorageError::Blocked),
                    DbEvent::NeedsReload => match self.connection {
                        Connection::NeedsReload(e) => Connection::NeedsReload(e),
                        _ => Connection::NeedsReload(StorageError::VersionChanged),
                    },
                };
            }
        }
        if next == *self {
            // Same value: hand back the same Rc so nothing re-renders.
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Relation};

    fn profile() -> Profile {
        Profile {
            id: "profile".into(),
            created_at: 1,
            updated_at: 1,
            caregiver_name: "Anna".into(),
            cared_name: "Piet".into(),
            relation: Relation::Partner,
        }
    }

    /// A wish with id "w1" and `text`.
    fn wish(text: &str) -> crate::model::wishes::WishItem {
        use crate::model::time::Date;
        use crate::model::wishes::{Role, WishInput};
        let today = Date {
            year: 2026,
            month: 11,
            day: 23,
        };
        let mut input = WishInput::new(Role::Expert);
        input.text = text.into();
        input.new_item("w1".into(), &[], 1, today).expect("valid")
    }

    #[test]
    fn an_action_shares_the_lists_it_does_not_change() {
        let item = wish("Piet houdt van muziek");
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::WishesSaved(vec![item.clone()]));
        let before = s.clone();
        // A change elsewhere: a new state, with the same list of wishes.
        let s = s.reduce(Action::Reminded(5));
        assert!(!Rc::ptr_eq(&s, &before));
        assert!(Rc::ptr_eq(&s.wishes, &before.wishes));
        assert!(Rc::ptr_eq(&s.checks, &before.checks));
        // A change of the wishes: a new list, the old state keeps its own.
        let mut changed = item.clone();
        changed.text = "Piet houdt van jazz".into();
        let s = s.reduce(Action::WishesSaved(vec![changed.clone()]));
        assert_eq!(*s.wishes, vec![changed]);
        assert_eq!(*before.wishes, vec![item]);
        // Nothing changes: the same state back, so nothing draws again.
        let same = s.clone().reduce(Action::UndoDone);
        assert!(Rc::ptr_eq(&same, &s));
    }

    #[test]
    fn boot_then_save() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::Booted(Box::default()));
        assert_eq!(s.boot, Boot::Ready);
        assert!(s.profile.is_none());
        let s = s.reduce(Action::Failed(AppError::Storage(StorageError::WriteFailed)));
        let s = s.reduce(Action::ProfileSaved(profile()));
        assert_eq!(s.profile, Some(profile()));
        assert_eq!(s.error, None, "a successful save clears the old message");
    }

    #[test]
    fn removing_offers_undo_and_saving_replaces_by_id() {
        let item = wish("Piet houdt van muziek");
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::WishesSaved(vec![item.clone()]));
        let mut changed = item.clone();
        changed.text = "Piet houdt van jazz".into();
        let s = s.reduce(Action::WishesSaved(vec![changed.clone()]));
        assert_eq!(*s.wishes, vec![changed.clone()]);
        let s = s.reduce(Action::WishRemoved(changed.clone()));
        assert!(s.wishes.is_empty());
        assert_eq!(s.undo, Some(Undo::Wish(changed.clone())));
        let s = s.reduce(Action::WishesSaved(vec![changed.clone()]));
        let s = s.reduce(Action::UndoDone);
        assert_eq!(*s.wishes, vec![changed]);
        assert_eq!(s.undo, None);
    }

    #[test]
    fn unreadable_records_are_reported() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::Booted(Box::new(Loaded {
            unreadable: 2,
            ..Loaded::default()
        })));
        assert_eq!(s.error, Some(AppError::Storage(StorageError::Corrupt)));
    }

    #[test]
    fn unchanged_state_keeps_the_same_rc() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let same = s.clone().reduce(Action::DismissError);
        assert!(Rc::ptr_eq(&s, &same));
        let changed = s.clone().reduce(Action::PrefsChanged(Prefs {
            lang: Lang::En,
            ..Prefs::default()
        }));
        assert!(!Rc::ptr_eq(&s, &changed));
    }

    #[test]
    fn english_shows_only_once_its_texts_are_there() {
        let english = Prefs {
            lang: Lang::En,
            ..Prefs::default()
        };
        let s = Rc::new(AppState::new(english));
        assert_eq!(s.lang(), Lang::Nl, "Dutch until the English texts came");
        let s = s.reduce(Action::English(EnglishStatus::Loading));
        assert_eq!(s.lang(), Lang::Nl);
        let s = s.reduce(Action::English(EnglishStatus::Ready));
        assert_eq!(s.lang(), Lang::En);
        // Locking keeps them; back to Dutch needs nothing.
        let s = s.reduce(Action::Locked(SecretKind::Pin));
        assert_eq!(s.lang(), Lang::En);
        let s = s.reduce(Action::PrefsChanged(Prefs::default()));
        assert_eq!(s.lang(), Lang::Nl);
    }

    #[test]
    fn english_that_cannot_be_fetched_keeps_dutch_and_says_so() {
        let english = Prefs {
            lang: Lang::En,
            ..Prefs::default()
        };
        let s = Rc::new(AppState::new(english));
        let s = s.reduce(Action::English(EnglishStatus::Loading));
        let s = s.reduce(Action::English(EnglishStatus::Failed));
        assert_eq!(s.lang(), Lang::Nl);
        assert_eq!(s.prefs.lang, Lang::Nl, "the choice shows what is shown");
        assert_eq!(s.error, Some(AppError::EnglishMissing));
        // Choosing English again tries again; when it works the message goes.
        let s = s.reduce(Action::PrefsChanged(english));
        let s = s.reduce(Action::English(EnglishStatus::Loading));
        let s = s.reduce(Action::English(EnglishStatus::Ready));
        assert_eq!(s.lang(), Lang::En);
        assert_eq!(s.error, None);
        // A failure after switching back to Dutch needs no message.
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::English(EnglishStatus::Failed));
        assert_eq!(s.error, None);
    }

    #[test]
    fn lost_connection_reopens_or_asks_to_reload() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::Db(DbEvent::ConnectionLost));
        assert_eq!(s.connection, Connection::Reopening);
        let s = s.reduce(Action::Db(DbEvent::Reopened));
        assert_eq!(s.connection, Connection::Open);
        let s = s.reduce(Action::Db(DbEvent::VersionChanged));
        let s = s.reduce(Action::Db(DbEvent::NeedsReload));
        assert!(matches!(s.connection, Connection::NeedsReload(_)));
        // Reopening later does not hide the need to reload... unless it worked.
        let s = s.reduce(Action::Db(DbEvent::Reopened));
        assert_eq!(s.connection, Connection::Open);
    }

    #[test]
    fn locking_forgets_everything_read_and_unlocking_brings_it_back() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let loaded = Loaded {
            profile: Some(profile()),
            safety: Safety {
                lock: Some(SecretKind::Pin),
                last_backup: Some(5),
                reminded: None,
                persisted: None,
            },
            ..Loaded::default()
        };
        let s = s.reduce(Action::Booted(Box::new(loaded.clone())));
        assert_eq!(s.boot, Boot::Ready);
        let locked = s.reduce(Action::Locked(SecretKind::Pin));
        assert_eq!(locked.boot, Boot::Locked(SecretKind::Pin));
        assert_eq!(locked.profile, None);
        assert_eq!(locked.safety.lock, Some(SecretKind::Pin));
        let s = locked.reduce(Action::Booted(Box::new(loaded)));
        assert_eq!(s.boot, Boot::Ready);
        assert_eq!(s.profile, Some(profile()));
        assert_eq!(s.safety.last_backup, Some(5));
    }

    #[test]
    fn backups_reminders_and_the_lock_are_remembered() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::BackupMade(10));
        let s = s.reduce(Action::Reminded(11));
        let s = s.reduce(Action::LockChanged(Some(SecretKind::Passphrase)));
        assert_eq!(
            s.safety,
            Safety {
                lock: Some(SecretKind::Passphrase),
                last_backup: Some(10),
                reminded: Some(11),
                persisted: None,
            }
        );
        let s = s.reduce(Action::LockChanged(None));
        assert_eq!(s.safety.lock, None);
    }
}
