//! What every stored record has in common: an id, timestamps and the store it lives in.

use serde::{de::DeserializeOwned, Serialize};

/// The object stores of the database. Every record kind has its own store.
///
/// The list only ever grows: a store that is no longer declared would be
/// deleted with its data on the next upgrade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreName {
    /// The caregiver's own details and the person they care for (one record).
    Profile,
    /// Completed balance checks.
    Checks,
    /// Energy givers and drains.
    Energy,
    /// People in the network map.
    People,
    /// Wishes, needs, habits and agreements.
    Wishes,
    /// What was shared, when and with whom.
    ShareLog,
    /// Dated snapshots of the network map.
    Snapshots,
    /// Bookkeeping: data version, drafts, settings that belong with the data.
    Meta,
}

impl StoreName {
    /// Every store, in a fixed order.
    pub const ALL: [StoreName; 8] = [
        StoreName::Profile,
        StoreName::Checks,
        StoreName::Energy,
        StoreName::People,
        StoreName::Wishes,
        StoreName::ShareLog,
        StoreName::Snapshots,
        StoreName::Meta,
    ];

    /// The name of the object store in IndexedDB.
    pub fn as_str(self) -> &'static str {
        match self {
            StoreName::Profile => "profile",
            StoreName::Checks => "checks",
            StoreName::Energy => "energy",
            StoreName::People => "people",
            StoreName::Wishes => "wishes",
            StoreName::ShareLog => "share_log",
            StoreName::Snapshots => "snapshots",
            StoreName::Meta => "meta",
        }
    }
}

/// One value per store, looked up by store: a short list rather than a
/// `HashMap`, whose hashing and table code would exist once per value type in
/// the wasm (issue 11). Inserting a store again replaces its value. Kept in
/// [`StoreName::ALL`] order, so two equal collections compare equal however
/// they were filled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ByStore<T>(Vec<(StoreName, T)>);

impl<T> ByStore<T> {
    /// Nothing for any store.
    pub fn new() -> Self {
        ByStore(Vec::new())
    }

    /// The value of a store.
    pub fn get(&self, store: &StoreName) -> Option<&T> {
        self.0.iter().find(|(s, _)| s == store).map(|(_, v)| v)
    }

    /// The value of a store, to change it.
    pub fn get_mut(&mut self, store: &StoreName) -> Option<&mut T> {
        self.0.iter_mut().find(|(s, _)| s == store).map(|(_, v)| v)
    }

    /// Sets the value of a store.
    pub fn insert(&mut self, store: StoreName, value: T) {
        let rank = |s: &StoreName| StoreName::ALL.iter().position(|x| x == s);
        match self.0.iter().position(|(s, _)| rank(s) >= rank(&store)) {
            Some(i) if self.0[i].0 == store => self.0[i].1 = value,
            Some(i) => self.0.insert(i, (store, value)),
            None => self.0.push((store, value)),
        }
    }

    /// Every store's value, to change them.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl<'a, T> IntoIterator for &'a ByStore<T> {
    type Item = (&'a StoreName, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (StoreName, T)>,
        fn(&'a (StoreName, T)) -> (&'a StoreName, &'a T),
    >;

    /// Every store with its value, in [`StoreName::ALL`] order.
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(s, v)| (s, v))
    }
}

impl<T> Default for ByStore<T> {
    fn default() -> Self {
        ByStore::new()
    }
}

impl<T> FromIterator<(StoreName, T)> for ByStore<T> {
    fn from_iter<I: IntoIterator<Item = (StoreName, T)>>(iter: I) -> Self {
        let mut out = ByStore::new();
        for (store, value) in iter {
            out.insert(store, value);
        }
        out
    }
}

impl<T, const N: usize> From<[(StoreName, T); N]> for ByStore<T> {
    fn from(entries: [(StoreName, T); N]) -> Self {
        entries.into_iter().collect()
    }
}

/// A value that is stored as one record in one object store.
pub trait Record: Serialize + DeserializeOwned {
    /// The store the record lives in.
    const STORE: StoreName;
    /// The record's key, unique within its store.
    fn id(&self) -> &str;
    /// When the record was last changed, in milliseconds since 1970 (UTC).
    fn updated_at(&self) -> i64;
}

/// Turns 16 random bytes into a record id of 32 hexadecimal characters.
pub fn id_from_bytes(bytes: [u8; 16]) -> String {
    let mut id = String::with_capacity(32);
    for b in bytes {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    id
}

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_names_are_unique() {
        let mut names: Vec<_> = StoreName::ALL.iter().map(|s| s.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), StoreName::ALL.len());
    }

    #[test]
    fn ids_are_hex() {
        let id = id_from_bytes([0xab; 16]);
        assert_eq!(id.len(), 32);
        assert!(id.chars().all(|c| c == 'a' || c == 'b'));
        assert_eq!(
            id_from_bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
            "000102030405060708090a0b0c0d0e0f"
        );
    }
}
