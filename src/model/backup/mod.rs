//! Backup files: what goes into one, and checking one completely before a restore.
//!
//! A backup is one JSON file. Its envelope names the format and the versions it
//! was written with, when it was made, how many records each store holds, and
//! the records themselves exactly as they are stored (`{id, updated, data}`,
//! with `data` the record's JSON as a string), so a restore loses nothing, not
//! even fields this version does not know.
//!
//! With a passphrase, the records are replaced by a `cipher` object: the whole
//! plain backup file, encrypted with AES-GCM under a key derived with
//! PBKDF2-SHA-256. The crypto itself happens elsewhere (WebCrypto); this module
//! only builds and checks the shapes around it.
//!
//! [`read_backup`] checks everything before anything is touched, and
//! [`merge_plan`] turns a checked backup into the writes of one transaction.

mod cipher;
mod plan;
mod reminder;
mod validate;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::record::{ByStore, StoreName};
use super::schema::{DATA_VERSION, SCHEMA_VERSION};
use super::time::{local, Date};

pub use cipher::{
    base64_decode, base64_encode, CipherParams, CipherProblem, IV_BYTES, KDF_NAME, MAX_ITERATIONS,
    MAX_SALT_BYTES, MIN_ITERATIONS, MIN_SALT_BYTES, TAG_BYTES,
};
pub use plan::{is_device_key, merge_plan, RestoreMode, RestorePlan, DEVICE_META_KEYS};
pub use reminder::{reminder_due, LAST_BACKUP_KEY, REMINDED_KEY, REMIND_EVERY_MS};

/// The format name every backup file carries.
pub const BACKUP_FORMAT: &str = "samenspel-backup";

/// The version of the backup format this build writes.
pub const BACKUP_FORMAT_VERSION: u32 = 1;

/// The largest backup file we read, in bytes (20 MiB).
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;

/// The largest stored JSON of one record, in bytes.
pub const MAX_RECORD_BYTES: usize = 512 * 1024;

/// The longest text anywhere inside a record, in characters.
pub const MAX_STRING_CHARS: usize = 5_000;

/// The longest record id, in characters.
pub const MAX_ID_CHARS: usize = 100;

/// The longest app version text, in characters.
pub const MAX_APP_VERSION_CHARS: usize = 40;

/// The latest moment we accept in a backup: the start of the year 2200 (ms).
pub const MAX_TIMESTAMP_MS: i64 = 7_258_118_400_000;

/// The earliest export moment we accept: the start of 2024 (ms), before the app existed.
pub const MIN_EXPORT_MS: i64 = 1_704_067_200_000;

/// Every store's records as they are stored, keyed by store.
pub type RecordsByStore = ByStore<Vec<RawRecord>>;

/// One record exactly as it is stored: the storage envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawRecord {
    /// The record's key in its store.
    pub id: String,
    /// When it was last changed (ms since 1970, UTC).
    pub updated: i64,
    /// The record's JSON, as stored.
    pub data: String,
}

/// What the export writes besides the records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupMeta {
    /// The app's version, e.g. "0.1.0".
    pub app_version: String,
    /// When the backup was made (ms since 1970, UTC).
    pub exported_at: i64,
}

/// The envelope fields every backup file has, plain or encrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupHeader {
    /// The format version the file was written with (before any migration).
    pub format_version: u32,
    /// The database schema version of the app that wrote it.
    pub schema_version: u32,
    /// The data version of the records.
    pub data_version: u32,
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was made (ms since 1970, UTC).
    pub exported_at: i64,
}

/// A backup that passed every check, migrated to the current format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedBackup {
    /// The envelope fields.
    pub header: BackupHeader,
    /// The records of every store, in [`StoreName::ALL`] order; empty stores included.
    pub stores: Vec<(StoreName, Vec<RawRecord>)>,
}

impl ParsedBackup {
    /// The records of one store.
    pub fn records(&self, store: StoreName) -> &[RawRecord] {
        self.stores
            .iter()
            .find(|(s, _)| *s == store)
            .map(|(_, r)| r.as_slice())
            .unwrap_or(&[])
    }

    /// How many records one store holds.
    pub fn count(&self, store: StoreName) -> usize {
        self.records(store).len()
    }

    /// What the person sees before choosing how to restore. `offset_minutes`
    /// is how far local time is ahead of UTC, for the export date.
    pub fn summary(&self, offset_minutes: i32) -> BackupSummary {
        BackupSummary {
            checks: self.count(StoreName::Checks),
            people: self.count(StoreName::People),
            wishes: self.count(StoreName::Wishes),
            energy_items: self.count(StoreName::Energy),
            snapshots: self.count(StoreName::Snapshots),
            has_profile: self.count(StoreName::Profile) > 0,
            exported_at: self.header.exported_at,
            exported_on: local(self.header.exported_at, offset_minutes).date,
        }
    }
}

/// An encrypted backup: the envelope fields and the checked cipher parameters.
/// Decrypt `cipher.ciphertext`, then pass the plain bytes to [`open_encrypted`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncryptedBackup {
    /// The envelope fields outside the encryption.
    pub header: BackupHeader,
    /// The key derivation and encryption parameters, decoded.
    pub cipher: CipherParams,
}

/// A backup file that passed the checks: plain and complete, or still locked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupFile {
    /// A plain backup, fully checked.
    Plain(ParsedBackup),
    /// An encrypted backup: ask for the passphrase, decrypt, then [`open_encrypted`].
    Encrypted(EncryptedBackup),
}

/// What is in a backup, for the question before a restore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupSummary {
    /// Completed balance checks.
    pub checks: usize,
    /// People in the network.
    pub people: usize,
    /// Wishes, needs, habits and agreements.
    pub wishes: usize,
    /// Energy givers and drains.
    pub energy_items: usize,
    /// Snapshots of the network.
    pub snapshots: usize,
    /// Whether it holds a profile.
    pub has_profile: bool,
    /// When it was made (ms since 1970, UTC).
    pub exported_at: i64,
    /// The local date it was made.
    pub exported_on: Date,
}

/// Why a backup file was refused. Nothing has been changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// The file is empty.
    Empty,
    /// The file is larger than [`MAX_BACKUP_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file is not UTF-8 text.
    NotText,
    /// The file is not JSON.
    NotJson,
    /// The file stops in the middle: it was cut off.
    Truncated,
    /// The file is JSON but not a Samenspel backup (no or another format name).
    NotABackup,
    /// The file was written in a newer backup format.
    NewerFormat {
        /// The file's format version.
        version: u32,
    },
    /// The file comes from an app with a newer database schema.
    NewerSchema {
        /// The file's schema version.
        version: u32,
    },
    /// The file holds records of a newer data version.
    NewerData {
        /// The file's data version.
        version: u32,
    },
    /// A required envelope field is missing.
    MissingField {
        /// The field's name.
        field: &'static str,
    },
    /// An envelope field has the wrong type.
    WrongType {
        /// The field's name.
        field: &'static str,
    },
    /// An envelope field has an impossible value (a version 0, a date far off).
    BadValue {
        /// The field's name.
        field: &'static str,
    },
    /// A store this app does not have.
    UnknownStore {
        /// The store name found.
        name: String,
    },
    /// The stated count of a store differs from the records it holds.
    CountMismatch {
        /// The store.
        store: StoreName,
        /// The count in `counts`.
        stated: u64,
        /// The records found.
        found: usize,
    },
    /// A record is not an object with `id`, `updated` and `data` of the right types.
    BadEnvelope {
        /// The store.
        store: StoreName,
        /// The record's place in the list (0-based).
        index: usize,
    },
    /// A record has an empty id.
    EmptyId {
        /// The store.
        store: StoreName,
        /// The record's place in the list (0-based).
        index: usize,
    },
    /// A record id is too long or holds control characters.
    BadId {
        /// The store.
        store: StoreName,
        /// The record's place in the list (0-based).
        index: usize,
    },
    /// Two records of one store share an id.
    DuplicateId {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A record's `updated` lies before 1970 or after [`MAX_TIMESTAMP_MS`].
    BadTimestamp {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A record's JSON is larger than [`MAX_RECORD_BYTES`].
    RecordTooLarge {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A record's `data` is not JSON.
    DataNotJson {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A text in a record is longer than allowed.
    TextTooLong {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A record's JSON is not the kind of record its store holds.
    WrongRecord {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// The id inside a record differs from its envelope id (or the profile's is not "profile").
    IdMismatch {
        /// The store.
        store: StoreName,
        /// The envelope id.
        id: String,
    },
    /// A value in a record is out of range (an answer option that does not exist, a missing name).
    OutOfRange {
        /// The store.
        store: StoreName,
        /// The id.
        id: String,
    },
    /// A record refers to a record that is not in the backup.
    DanglingReference {
        /// The store of the record that refers.
        store: StoreName,
        /// Its id.
        id: String,
        /// The id it refers to.
        missing: String,
    },
    /// The backup holds more than one profile.
    TwoProfiles,
    /// The backup is locked with a passphrase; use [`read_backup`] and decrypt first.
    Encrypted,
    /// The encrypted part is damaged or unsafe.
    BadCipher(CipherProblem),
    /// Decryption failed: the passphrase is wrong (reported by the crypto layer).
    WrongPassphrase,
    /// The decrypted contents do not belong to the envelope around them.
    InnerMismatch,
}

/// Builds the plain backup file: pretty JSON with every store (empty ones too),
/// the counts and the records exactly as given. Stores missing from `records`
/// are written empty. Cannot fail in practice; an empty string would be refused
/// by [`parse_backup`]. See [`export_checked`] for the safe way.
pub fn export(records: &RecordsByStore, meta: &BackupMeta) -> String {
    let mut stores: Vec<(&'static str, &[RawRecord])> = Vec::new();
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for store in STORES_BY_NAME {
        let list = records.get(&store).map(Vec::as_slice).unwrap_or(&[]);
        stores.push((store.as_str(), list));
        counts.push((store.as_str(), list.len()));
    }
    let file = PlainFile {
        format: BACKUP_FORMAT,
        format_version: BACKUP_FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        data_version: DATA_VERSION,
        app_version: &meta.app_version,
        exported_at: meta.exported_at,
        counts: ByName(&counts),
        stores: ByName(&stores),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Builds the plain backup file and reads it back with every check, so the
/// person never gets a backup that could not be restored. On success returns
/// the file's text; this is also the plain text to encrypt for a passphrase.
pub fn export_checked(records: &RecordsByStore, meta: &BackupMeta) -> Result<String, BackupError> {
    let text = export(records, meta);
    parse_backup(text.as_bytes())?;
    Ok(text)
}

/// Builds the encrypted backup file around already encrypted contents. The
/// plain text that was encrypted must be an [`export`] with the same `meta`.
pub fn export_encrypted(meta: &BackupMeta, cipher: &CipherParams) -> String {
    let file = EncryptedFile {
        format: BACKUP_FORMAT,
        format_version: BACKUP_FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        data_version: DATA_VERSION,
        app_version: &meta.app_version,
        exported_at: meta.exported_at,
        encrypted: true,
        cipher: cipher.to_body(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The file name for a backup made on `date`: `samenspel-backup-YYYY-MM-DD.json`.
pub fn backup_file_name(date: Date) -> String {
    format!("{BACKUP_FORMAT}-{}.json", date.to_iso())
}

/// Reads and checks a plain backup completely. An encrypted file gives
/// [`BackupError::Encrypted`]; use [`read_backup`] to handle both.
pub fn parse_backup(bytes: &[u8]) -> Result<ParsedBackup, BackupError> {
    match read_backup(bytes)? {
        BackupFile::Plain(parsed) => Ok(parsed),
        BackupFile::Encrypted(_) => Err(BackupError::Encrypted),
    }
}

/// Reads and checks a backup file completely, before anything is touched:
/// size, text, JSON, format, versions, counts, stores, ids, every record and
/// the references between them. An encrypted file is checked up to its
/// cipher parameters; its contents are checked by [`open_encrypted`].
pub fn read_backup(bytes: &[u8]) -> Result<BackupFile, BackupError> {
    let mut root = read_object(bytes)?;
    let header = read_header(&root)?;
    if is_encrypted(&root)? {
        let cipher = cipher::read_cipher(root.get("cipher"))?;
        return Ok(BackupFile::Encrypted(EncryptedBackup { header, cipher }));
    }
    if header.format_version == 0 {
        migrate_v0(&mut root);
    }
    let stores = read_stores(&root)?;
    check_counts(&root, &stores)?;
    validate::check_records(&stores)?;
    let stores = migrate_data(header.data_version, stores);
    Ok(BackupFile::Plain(ParsedBackup { header, stores }))
}

/// Checks the decrypted contents of an encrypted backup: a complete plain
/// backup whose envelope matches the one around it.
pub fn open_encrypted(outer: &EncryptedBackup, plain: &[u8]) -> Result<ParsedBackup, BackupError> {
    let inner = parse_backup(plain)?;
    let (a, b) = (&outer.header, &inner.header);
    let same = a.exported_at == b.exported_at
        && a.schema_version == b.schema_version
        && a.data_version == b.data_version
        && a.app_version == b.app_version;
    if same {
        Ok(inner)
    } else {
        Err(BackupError::InnerMismatch)
    }
}

/// Every store, in the order of their names: the order in which a backup
/// file lists them (as a `BTreeMap` keyed by name did before, issue 11).
const STORES_BY_NAME: [StoreName; 8] = [
    StoreName::Checks,
    StoreName::Energy,
    StoreName::Meta,
    StoreName::People,
    StoreName::Profile,
    StoreName::ShareLog,
    StoreName::Snapshots,
    StoreName::Wishes,
];

/// A JSON object with one entry per store, written in the order given.
/// Instead of a `BTreeMap`, whose code exists once per key and value type.
struct ByName<'a, V>(&'a [(&'static str, V)]);

impl<V: Serialize> Serialize for ByName<'_, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// The plain file as written.
#[derive(Serialize)]
struct PlainFile<'a> {
    format: &'static str,
    format_version: u32,
    schema_version: u32,
    data_version: u32,
    app_version: &'a str,
    exported_at: i64,
    counts: ByName<'a, usize>,
    stores: ByName<'a, &'a [RawRecord]>,
}

/// The encrypted file as written.
#[derive(Serialize)]
struct EncryptedFile<'a> {
    format: &'static str,
    format_version: u32,
    schema_version: u32,
    data_version: u32,
    app_version: &'a str,
    exported_at: i64,
    encrypted: bool,
    cipher: cipher::CipherBody,
}

/// Size, text, JSON, and a top-level object.
fn read_object(bytes: &[u8]) -> Result<Map<String, Value>, BackupError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge { bytes: bytes.len() });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // A character cut in half at the very end: the file was cut off.
        Err(e) if e.error_len().is_none() => return Err(BackupError::Truncated),
        Err(_) => return Err(BackupError::NotText),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(BackupError::NotABackup),
        Err(e) if e.is_eof() => Err(BackupError::Truncated),
        Err(_) => Err(BackupError::NotJson),
    }
}

/// The format name, format version and the fields every envelope has.
fn read_header(root: &Map<String, Value>) -> Result<BackupHeader, BackupError> {
    if root.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    let format_version = field_u32(root, "format_version")?;
    if format_version > BACKUP_FORMAT_VERSION {
        return Err(BackupError::NewerFormat {
            version: format_version,
        });
    }
    let schema_version = field_u32(root, "schema_version")?;
    let data_version = field_u32(root, "data_version")?;
    if schema_version > SCHEMA_VERSION {
        return Err(BackupError::NewerSchema {
            version: schema_version,
        });
    }
    if data_version > DATA_VERSION {
        return Err(BackupError::NewerData {
            version: data_version,
        });
    }
    if schema_version == 0 {
        return Err(BackupError::BadValue {
            field: "schema_version",
        });
    }
    if data_version == 0 {
        return Err(BackupError::BadValue {
            field: "data_version",
        });
    }
    let app_version = field(root, "app_version")?
        .as_str()
        .ok_or(BackupError::WrongType {
            field: "app_version",
        })?;
    if app_version.is_empty()
        || app_version.chars().count() > MAX_APP_VERSION_CHARS
        || app_version.chars().any(char::is_control)
    {
        return Err(BackupError::BadValue {
            field: "app_version",
        });
    }
    let exported_at = field(root, "exported_at")?
        .as_i64()
        .ok_or(BackupError::WrongType {
            field: "exported_at",
        })?;
    if !(MIN_EXPORT_MS..=MAX_TIMESTAMP_MS).contains(&exported_at) {
        return Err(BackupError::BadValue {
            field: "exported_at",
        });
    }
    Ok(BackupHeader {
        format_version,
        schema_version,
        data_version,
        app_version: app_version.to_string(),
        exported_at,
    })
}

/// Whether the file says it is encrypted: `encrypted: true` or a `cipher`
/// object. Records and a cipher together are refused.
fn is_encrypted(root: &Map<String, Value>) -> Result<bool, BackupError> {
    let flag = match root.get("encrypted") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(BackupError::WrongType { field: "encrypted" }),
    };
    let encrypted = flag || root.contains_key("cipher");
    if encrypted && root.contains_key("stores") {
        return Err(BackupError::BadValue { field: "stores" });
    }
    Ok(encrypted)
}

/// Format version 0 was the same envelope without `counts`: add them, counted
/// from the records, so the rest reads it as version 1. A `stores` field that
/// is not as expected is left for the checks that follow.
fn migrate_v0(root: &mut Map<String, Value>) {
    let mut counts = Map::new();
    if let Some(Value::Object(stores)) = root.get("stores") {
        for (name, list) in stores {
            let n = list.as_array().map(Vec::len).unwrap_or(0);
            counts.insert(name.clone(), Value::from(n));
        }
    }
    root.insert("counts".to_string(), Value::Object(counts));
}

/// Brings records of an older data version to the current one. Data version 1
/// is the first, so there is nothing to change yet; a later version adds its
/// step here, matching the storage layer's data migrations.
fn migrate_data(
    _from: u32,
    stores: Vec<(StoreName, Vec<RawRecord>)>,
) -> Vec<(StoreName, Vec<RawRecord>)> {
    stores
}

/// The store with this name, if the app has it.
pub fn store_from_name(name: &str) -> Option<StoreName> {
    StoreName::ALL.into_iter().find(|s| s.as_str() == name)
}

/// Every store's records, as envelopes of the right types.
fn read_stores(root: &Map<String, Value>) -> Result<Vec<(StoreName, Vec<RawRecord>)>, BackupError> {
    let stores = field(root, "stores")?
        .as_object()
        .ok_or(BackupError::WrongType { field: "stores" })?;
    for name in stores.keys() {
        if store_from_name(name).is_none() {
            return Err(BackupError::UnknownStore { name: name.clone() });
        }
    }
    let mut out = Vec::with_capacity(StoreName::ALL.len());
    for store in StoreName::ALL {
        let list = match stores.get(store.as_str()) {
            None => Vec::new(),
            Some(Value::Array(items)) => read_envelopes(store, items)?,
            Some(_) => return Err(BackupError::WrongType { field: "stores" }),
        };
        out.push((store, list));
    }
    Ok(out)
}

fn read_envelopes(store: StoreName, items: &[Value]) -> Result<Vec<RawRecord>, BackupError> {
    items
        .iter()
        .enumerate()
        .map(|(index, item)| read_envelope(item).ok_or(BackupError::BadEnvelope { store, index }))
        .collect()
}

fn read_envelope(item: &Value) -> Option<RawRecord> {
    Some(RawRecord {
        id: item.get("id")?.as_str()?.to_string(),
        updated: item.get("updated")?.as_i64()?,
        data: item.get("data")?.as_str()?.to_string(),
    })
}

/// The counts must name only known stores and match the records exactly.
fn check_counts(
    root: &Map<String, Value>,
    stores: &[(StoreName, Vec<RawRecord>)],
) -> Result<(), BackupError> {
    let counts = field(root, "counts")?
        .as_object()
        .ok_or(BackupError::WrongType { field: "counts" })?;
    for name in counts.keys() {
        if store_from_name(name).is_none() {
            return Err(BackupError::UnknownStore { name: name.clone() });
        }
    }
    for (store, records) in stores {
        let stated = match counts.get(store.as_str()) {
            None => 0,
            Some(v) => v
                .as_u64()
                .ok_or(BackupError::WrongType { field: "counts" })?,
        };
        if u64::try_from(records.len()).ok() != Some(stated) {
            return Err(BackupError::CountMismatch {
                store: *store,
                stated,
                found: records.len(),
            });
        }
    }
    Ok(())
}

fn field<'a>(root: &'a Map<String, Value>, name: &'static str) -> Result<&'a Value, BackupError> {
    root.get(name)
        .ok_or(BackupError::MissingField { field: name })
}

fn field_u32(root: &Map<String, Value>, name: &'static str) -> Result<u32, BackupError> {
    field(root, name)?
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(BackupError::WrongType { field: name })
}
