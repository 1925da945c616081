//! The browser boundary: the only code that touches IndexedDB, localStorage and
//! other browser APIs that hand back JavaScript values. Everything it returns is
//! a plain Rust value or a [`StorageError`].

pub mod crypto;
mod db;
pub mod device;
pub mod files;
pub mod prefs;

pub use db::{parse_json, parse_records, Db, DbEvent, Fetch, Fetched, Loaded, WriteBatch, DB_NAME};

/// What can go wrong when keeping data on the device. Each variant has one plain
/// sentence for the person (see `components::error_notice`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser has no usable IndexedDB (for example some private windows).
    Unsupported,
    /// Another tab keeps an older version of the database open.
    Blocked,
    /// The device is out of space.
    QuotaExceeded,
    /// Another tab upgraded the database; this tab must reload.
    VersionChanged,
    /// The connection was lost and could not be opened again.
    ConnectionLost,
    /// The data was written by a newer version of the app.
    NewerData,
    /// A record could not be read back.
    Corrupt,
    /// A write failed; nothing of it was kept.
    WriteFailed,
    /// A read failed.
    ReadFailed,
    /// Preferences cannot be kept (localStorage is missing or full).
    Preferences,
    /// The app is locked: the data can only be read after unlocking.
    Locked,
}

impl StorageError {
    /// Whether the only way on is to reload the app.
    pub fn needs_reload(self) -> bool {
        matches!(
            self,
            StorageError::VersionChanged
                | StorageError::ConnectionLost
                | StorageError::NewerData
                | StorageError::Blocked
                | StorageError::Locked
        )
    }
}
