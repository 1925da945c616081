//! The data version of the stored records and which data migrations are due.
//!
//! The database schema (stores and indexes) is upgraded by the storage layer when
//! it opens the database. Changes to the *contents* of records are data
//! migrations: they run in app code after the database is open, each in its own
//! transaction, and the `meta` store remembers how far they got.

/// The version of the IndexedDB schema: the set of stores and indexes.
pub const SCHEMA_VERSION: u32 = 1;

/// The version of the record contents this build writes and understands.
pub const DATA_VERSION: u32 = 1;

/// The key of the meta record that holds the data version.
pub const DATA_VERSION_KEY: &str = "data_version";

/// What to do with the stored data version when the app starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataPlan {
    /// A new, empty database: write the current data version.
    Initialise,
    /// Everything is current.
    Current,
    /// Run the migrations to these versions, in order, each in its own transaction.
    Migrate(Vec<u32>),
    /// The data was written by a newer version of the app; do not touch it.
    TooNew(u32),
}

/// Decides what to do, given the data version found in the database (if any).
pub fn plan(stored: Option<u32>, current: u32) -> DataPlan {
    match stored {
        None => DataPlan::Initialise,
        Some(v) if v == current => DataPlan::Current,
        Some(v) if v > current => DataPlan::TooNew(v),
        Some(v) => DataPlan::Migrate(((v + 1)..=current).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_is_initialised() {
        assert_eq!(plan(None, 3), DataPlan::Initialise);
    }

    #[test]
    fn current_data_needs_nothing() {
        assert_eq!(plan(Some(3), 3), DataPlan::Current);
    }

    #[test]
    fn older_data_migrates_step_by_step() {
        assert_eq!(plan(Some(1), 3), DataPlan::Migrate(vec![2, 3]));
    }

    #[test]
    fn newer_data_is_left_alone() {
        assert_eq!(plan(Some(4), 3), DataPlan::TooNew(4));
    }
}
