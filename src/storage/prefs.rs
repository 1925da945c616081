//! Preferences in localStorage through gloo-storage. A browser that refuses
//! localStorage (private mode, blocked storage, full) gives an error, never a crash.

use gloo_storage::{LocalStorage, Storage};

use super::StorageError;
use crate::model::Prefs;

const KEY: &str = "samenspel.prefs";

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Reads the preferences; defaults when none were saved or they are unreadable.
pub fn load() -> Result<Prefs, StorageError> {
    if !available() {
        return Err(StorageError::Preferences);
    }
    match LocalStorage::raw().get_item(KEY) {
        Ok(Some(json)) => Ok(Prefs::from_json(&json)),
        Ok(None) => Ok(Prefs::default()),
        Err(_) => Err(StorageError::Preferences),
    }
}

/// Saves the preferences.
pub fn save(prefs: &Prefs) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Preferences);
    }
    LocalStorage::raw()
        .set_item(KEY, &prefs.to_json())
        .map_err(|_| StorageError::Preferences)
}

/// Removes every preference of the app.
pub fn clear() -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Preferences);
    }
    LocalStorage::raw()
        .remove_item(KEY)
        .map_err(|_| StorageError::Preferences)
}

/// The preferences exactly as stored (empty when none are), to compare with
/// later: the copy of the start screen holds only for these.
pub fn stored_text() -> String {
    if !available() {
        return String::new();
    }
    LocalStorage::raw()
        .get_item(KEY)
        .ok()
        .flatten()
        .unwrap_or_default()
}
