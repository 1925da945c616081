//! Turning a checked backup into the writes of one restore transaction.

use super::super::lock::LOCK_KEY;
use super::super::record::{ByStore, StoreName};
use super::super::schema::DATA_VERSION_KEY;
use super::super::start_screen::START_SCREEN_KEY;
use super::reminder::{LAST_BACKUP_KEY, REMINDED_KEY};
use super::{ParsedBackup, RawRecord};

/// Meta records that belong to this device, not to the data: a backup leaves
/// them out, and a restore never deletes, replaces or adds them.
pub const DEVICE_META_KEYS: &[&str] = &[
    DATA_VERSION_KEY,
    LOCK_KEY,
    LAST_BACKUP_KEY,
    REMINDED_KEY,
    START_SCREEN_KEY,
];

/// How to restore a backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreMode {
    /// Everything now in the app is replaced by the backup.
    ReplaceAll,
    /// What is in the app stays; records of the backup whose id is missing are added.
    AddMissing,
}

/// The writes of a restore, to apply in one transaction in this order: clear
/// the stores in `clear`, delete the records in `delete`, write `put`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestorePlan {
    /// Stores to empty completely.
    pub clear: Vec<StoreName>,
    /// Single records to delete: store and id.
    pub delete: Vec<(StoreName, String)>,
    /// Records to write as they are (with `WriteBatch::put_json`).
    pub put: Vec<(StoreName, RawRecord)>,
}

impl RestorePlan {
    /// How many records of a store the plan writes.
    pub fn written(&self, store: StoreName) -> usize {
        self.put.iter().filter(|(s, _)| *s == store).count()
    }

    /// Whether the plan changes nothing.
    pub fn is_empty(&self) -> bool {
        self.clear.is_empty() && self.delete.is_empty() && self.put.is_empty()
    }
}

/// Plans a restore. `existing` holds the ids now stored, per store (a store
/// that is missing counts as empty). Replacing clears every store but meta,
/// whatever `existing` says. Records in stores are written exactly as
/// they are in the backup. The meta store is never cleared as a whole: only
/// records outside [`DEVICE_META_KEYS`] are deleted and written.
pub fn merge_plan(
    existing: &ByStore<Vec<String>>,
    parsed: &ParsedBackup,
    mode: RestoreMode,
) -> RestorePlan {
    let mut plan = RestorePlan::default();
    for store in StoreName::ALL {
        // Sorted, looked up by binary search: no HashSet<&str> code (issue 11).
        let mut now: Vec<&str> = existing
            .get(&store)
            .map(|ids| ids.iter().map(String::as_str).collect())
            .unwrap_or_default();
        crate::model::sort::sort(&mut now);
        now.dedup();
        let restorable = |r: &&RawRecord| store != StoreName::Meta || !is_device_key(&r.id);
        let records = parsed.records(store).iter().filter(restorable);
        match mode {
            RestoreMode::ReplaceAll => {
                if store == StoreName::Meta {
                    // In id order, as `now` is sorted.
                    let gone: Vec<&str> = now.into_iter().filter(|id| !is_device_key(id)).collect();
                    plan.delete
                        .extend(gone.into_iter().map(|id| (store, id.to_string())));
                } else {
                    plan.clear.push(store);
                }
                plan.put.extend(records.map(|r| (store, r.clone())));
            }
            RestoreMode::AddMissing => {
                plan.put.extend(
                    records
                        .filter(|r| now.binary_search(&r.id.as_str()).is_err())
                        .map(|r| (store, r.clone())),
                );
            }
        }
    }
    plan
}

/// Whether a meta record belongs to this device (see [`DEVICE_META_KEYS`]).
pub fn is_device_key(id: &str) -> bool {
    DEVICE_META_KEYS.contains(&id)
}
