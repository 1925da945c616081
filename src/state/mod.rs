//! The app's shared state and its pure reducer. Effects (storage, the service
//! worker) live in `hooks`; they dispatch [`Action`]s with their results.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Prefs, Profile};
use crate::storage::{DbEvent, StorageError};

/// Something that went wrong, shown to the person as one plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppError {
    /// Keeping or reading data on the device failed.
    Storage(StorageError),
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
    /// Language, text size and theme.
    pub prefs: Prefs,
    /// The message shown at the top, if any.
    pub error: Option<AppError>,
    /// A new version of the app is installed and waiting.
    pub update_ready: bool,
}

impl AppState {
    /// The state at start, with the preferences read from the device.
    pub fn new(prefs: Prefs) -> AppState {
        AppState {
            boot: Boot::Loading,
            connection: Connection::Open,
            profile: None,
            prefs,
            error: None,
            update_ready: false,
        }
    }
}

/// What can happen to the shared state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The database is open and the profile (if any) is read.
    Booted {
        /// The stored profile.
        profile: Option<Profile>,
    },
    /// The database could not be opened.
    BootFailed(StorageError),
    /// The profile was saved.
    ProfileSaved(Profile),
    /// The preferences changed (they are applied even when they could not be kept).
    PrefsChanged(Prefs),
    /// Something failed; tell the person.
    Failed(AppError),
    /// The person closed the message.
    DismissError,
    /// A new version is waiting.
    UpdateReady,
    /// Something happened to the database connection.
    Db(DbEvent),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Booted { profile } => {
                next.boot = Boot::Ready;
                next.connection = Connection::Open;
                next.profile = profile;
            }
            Action::BootFailed(e) => next.boot = Boot::Failed(e),
            Action::ProfileSaved(p) => {
                next.profile = Some(p);
                next.error = None;
            }
            Action::PrefsChanged(p) => next.prefs = p,
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

    #[test]
    fn boot_then_save() {
        let s = Rc::new(AppState::new(Prefs::default()));
        let s = s.reduce(Action::Booted { profile: None });
        assert_eq!(s.boot, Boot::Ready);
        assert!(s.profile.is_none());
        let s = s.reduce(Action::Failed(AppError::Storage(StorageError::WriteFailed)));
        let s = s.reduce(Action::ProfileSaved(profile()));
        assert_eq!(s.profile, Some(profile()));
        assert_eq!(s.error, None, "a successful save clears the old message");
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
}
