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

/// The preferences exactly as stored; `None` when none were saved.
fn stored() -> Result<Option<String>, StorageError> {
    if !available() {
        return Err(StorageError::Preferences);
    }
    LocalStorage::raw()
        .get_item(KEY)
        .map_err(|_| StorageError::Preferences)
}

/// Reads the preferences; defaults when none were saved or they are unreadable.
pub fn load() -> Result<Prefs, StorageError> {
    Ok(stored()?.map_or_else(Prefs::default, |json| Prefs::from_json(&json)))
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
    stored().ok().flatten().unwrap_or_default()
}
