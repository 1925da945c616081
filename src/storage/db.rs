//! The app's one IndexedDB database, through the `idb` crate.
//!
//! One [`Db`] per tab holds the one connection. When another tab upgrades the
//! database (`versionchange`) or the browser drops the connection (iOS does this
//! when the app is in the background), the connection is closed and opened again
//! once; if that fails, the app is told it must reload.
//!
//! Every record is stored as an envelope `{ id, updated, data }` where `data` is
//! the record's JSON. Writes of one user action go into one [`WriteBatch`], which
//! is written in one transaction: all of it, or none of it. Nothing but IndexedDB
//! requests is awaited while a transaction is open.
//!
//! With the app lock on, every record's `data` is replaced by `sealed`: the
//! record's JSON encrypted with the data key (AES-GCM, a fresh IV per write,
//! see [`crate::model::lock`]). Sealing happens before the transaction opens and
//! opening after it has finished, so only IndexedDB requests are awaited inside.
//!
//! Why `idb` and not `rexie`: rexie 0.6 keeps its `IDBDatabase` private, so it
//! cannot listen for `versionchange` or `close`. `idb` is the crate rexie is built
//! on and exposes both.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::future::TimeoutFuture;
use idb::{
    Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, Query, TransactionMode,
    TransactionResult,
};
use js_sys::{Object, Reflect};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;

use super::crypto::{self, Key};
use super::StorageError;
use crate::model::backup::{RawRecord, RecordsByStore};
use crate::model::lock;
use crate::model::record::{Record, StoreName};
use crate::model::schema::{self, DataPlan, DATA_VERSION, DATA_VERSION_KEY, SCHEMA_VERSION};

/// The name of the app's database.
pub const DB_NAME: &str = "samenspel";

/// Something that happened to the connection, reported to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbEvent {
    /// Another tab wants to upgrade the database; this connection was closed.
    VersionChanged,
    /// The browser closed the connection.
    ConnectionLost,
    /// The connection was opened again; everything works as before.
    Reopened,
    /// Opening waits for another tab that keeps an older version open.
    Blocked,
    /// The connection could not be opened again: the app must reload.
    NeedsReload,
}

/// Records read from a store, and how many could not be read.
#[derive(Debug, PartialEq)]
pub struct Loaded<T> {
    /// The records that were read.
    pub records: Vec<T>,
    /// How many stored records could not be read (they are left untouched).
    pub unreadable: usize,
}

type Listener = Rc<dyn Fn(DbEvent)>;

struct Inner {
    name: String,
    version: u32,
    conn: RefCell<Option<Rc<Database>>>,
    opening: Cell<bool>,
    gone: Cell<Option<StorageError>>,
    listener: Listener,
    /// The data key while the app is unlocked (only when the lock is on).
    key: RefCell<Option<Key>>,
}

/// The handle to the database. Cheap to clone: clones share one connection.
#[derive(Clone)]
pub struct Db {
    inner: Rc<Inner>,
}

impl PartialEq for Db {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Db {
    /// Opens the app's database, upgrading its schema and data when needed.
    /// `listener` hears about lost connections and upgrades in other tabs.
    pub async fn open(listener: impl Fn(DbEvent) + 'static) -> Result<Db, StorageError> {
        Db::open_named(DB_NAME, SCHEMA_VERSION, listener).await
    }

    /// Opens a database by name and schema version (tests use their own names).
    pub async fn open_named(
        name: &str,
        version: u32,
        listener: impl Fn(DbEvent) + 'static,
    ) -> Result<Db, StorageError> {
        let db = Db {
            inner: Rc::new(Inner {
                name: name.to_string(),
                version,
                conn: RefCell::new(None),
                opening: Cell::new(false),
                gone: Cell::new(None),
                listener: Rc::new(listener),
                key: RefCell::new(None),
            }),
        };
        db.connect().await?;
        if let Err(e) = db.run_data_plan().await {
            db.close();
            return Err(e);
        }
        Ok(db)
    }

    /// Closes the connection for good (before deleting the database, in tests).
    pub fn close(&self) {
        self.inner.gone.set(Some(StorageError::ConnectionLost));
        if let Some(conn) = self.inner.conn.borrow_mut().take() {
            conn.close();
        }
    }

    /// Deletes the whole database: every store and record. The handle is closed
    /// for good; the app reloads afterwards and starts fresh.
    pub async fn delete_database(&self) -> Result<(), StorageError> {
        self.close();
        let factory = Factory::new().map_err(|_| StorageError::Unsupported)?;
        factory
            .delete(&self.inner.name)
            .map_err(|e| map_error(&e, Access::Write))?
            .await
            .map_err(|e| map_error(&e, Access::Write))
    }

    async fn connect(&self) -> Result<Rc<Database>, StorageError> {
        self.inner.opening.set(true);
        let result = open_database(
            &self.inner.name,
            self.inner.version,
            self.inner.listener.clone(),
        )
        .await;
        self.inner.opening.set(false);
        let mut database = result?;
        let weak = Rc::downgrade(&self.inner);
        database.on_version_change(move |_| lost(&weak, DbEvent::VersionChanged));
        let weak = Rc::downgrade(&self.inner);
        database.on_close(move |_| lost(&weak, DbEvent::ConnectionLost));
        let database = Rc::new(database);
        *self.inner.conn.borrow_mut() = Some(database.clone());
        Ok(database)
    }

    /// The open connection, opening it again if it was lost.
    async fn handle(&self) -> Result<Rc<Database>, StorageError> {
        // A reopen may be under way: wait for it, at most five seconds.
        for _ in 0..100 {
            if let Some(err) = self.inner.gone.get() {
                return Err(err);
            }
            if let Some(conn) = self.inner.conn.borrow().clone() {
                return Ok(conn);
            }
            if !self.inner.opening.get() {
                return self.connect().await;
            }
            TimeoutFuture::new(50).await;
        }
        Err(StorageError::ConnectionLost)
    }

    /// Reads the data version and runs what is due (see [`schema::plan`]).
    async fn run_data_plan(&self) -> Result<(), StorageError> {
        let stored: Option<u32> = self.get_meta(DATA_VERSION_KEY).await?;
        match schema::plan(stored, DATA_VERSION) {
            DataPlan::Current => Ok(()),
            DataPlan::TooNew(_) => Err(StorageError::NewerData),
            DataPlan::Initialise => {
                self.write(WriteBatch::new().put_meta(DATA_VERSION_KEY, &DATA_VERSION, 0))
                    .await
            }
            DataPlan::Migrate(steps) => {
                // Each step is one transaction that rewrites the records it changes
                // together with the new data version. Data version 1 is the first,
                // so there are no content changes yet; a step only records progress.
                for step in steps {
                    self.write(WriteBatch::new().put_meta(DATA_VERSION_KEY, &step, 0))
                        .await?;
                }
                Ok(())
            }
        }
    }

    /// Reads one record.
    pub async fn get<T: Record>(&self, id: &str) -> Result<Option<T>, StorageError> {
        match self.get_raw(T::STORE, id).await? {
            None => Ok(None),
            Some(data) => serde_json::from_str(&data)
                .map(Some)
                .map_err(|_| StorageError::Corrupt),
        }
    }

    /// Reads every record of a kind. Records that cannot be read are counted,
    /// not dropped from the database.
    pub async fn all<T: Record>(&self) -> Result<Loaded<T>, StorageError> {
        let raw = self.all_raw(T::STORE).await?;
        let mut records = Vec::with_capacity(raw.len());
        let mut unreadable = 0;
        for data in raw {
            match data.and_then(|d| serde_json::from_str(&d).ok()) {
                Some(record) => records.push(record),
                None => unreadable += 1,
            }
        }
        Ok(Loaded {
            records,
            unreadable,
        })
    }

    /// Reads a value from the meta store.
    pub async fn get_meta<V: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<V>, StorageError> {
        match self.get_raw(StoreName::Meta, key).await? {
            None => Ok(None),
            Some(data) => serde_json::from_str(&data)
                .map(Some)
                .map_err(|_| StorageError::Corrupt),
        }
    }

    /// Writes one record.
    pub async fn put<T: Record>(&self, record: &T) -> Result<(), StorageError> {
        self.write(WriteBatch::new().put(record)).await
    }

    /// Deletes one record.
    pub async fn delete<T: Record>(&self, id: &str) -> Result<(), StorageError> {
        self.write(WriteBatch::new().delete(T::STORE, id)).await
    }

    /// How many records a store holds.
    pub async fn count(&self, store: StoreName) -> Result<u32, StorageError> {
        let store = self.read_store(store).await?;
        store
            .count(None)
            .map_err(|e| map_error(&e, Access::Read))?
            .await
            .map_err(|e| map_error(&e, Access::Read))
    }

    /// The stored JSON of one record, as it is in the database.
    pub async fn get_raw(
        &self,
        store: StoreName,
        id: &str,
    ) -> Result<Option<String>, StorageError> {
        let store = self.read_store(store).await?;
        let value = store
            .get(Query::Key(JsValue::from_str(id)))
            .map_err(|e| map_error(&e, Access::Read))?
            .await
            .map_err(|e| map_error(&e, Access::Read))?;
        match value {
            None => Ok(None),
            Some(v) => self.open_envelope(&v).await.map(Some),
        }
    }

    /// The stored JSON of every record of a store; `None` for an envelope that
    /// has no readable data.
    pub async fn all_raw(&self, store: StoreName) -> Result<Vec<Option<String>>, StorageError> {
        let values = self.get_all_values(store).await?;
        let mut out = Vec::with_capacity(values.len());
        for value in &values {
            match self.open_envelope(value).await {
                Ok(data) => out.push(Some(data)),
                Err(StorageError::Corrupt) => out.push(None),
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Every record of a store as stored, `{id, updated, data}`, opened when
    /// sealed: for backups and for turning the lock on or off. Fails when any
    /// record cannot be read, so a backup is never silently incomplete.
    pub async fn records(&self, store: StoreName) -> Result<Vec<RawRecord>, StorageError> {
        let values = self.get_all_values(store).await?;
        let mut out = Vec::with_capacity(values.len());
        for value in &values {
            let id = Reflect::get(value, &JsValue::from_str("id"))
                .ok()
                .and_then(|v| v.as_string())
                .ok_or(StorageError::Corrupt)?;
            let updated = Reflect::get(value, &JsValue::from_str("updated"))
                .ok()
                .and_then(|v| v.as_f64())
                .ok_or(StorageError::Corrupt)? as i64;
            let data = self.open_envelope(value).await?;
            out.push(RawRecord { id, updated, data });
        }
        Ok(out)
    }

    /// Every store's records (see [`Db::records`]).
    pub async fn all_records(&self) -> Result<RecordsByStore, StorageError> {
        let mut all = RecordsByStore::new();
        for store in StoreName::ALL {
            all.insert(store, self.records(store).await?);
        }
        Ok(all)
    }

    /// The ids of every record of a store.
    pub async fn ids(&self, store: StoreName) -> Result<Vec<String>, StorageError> {
        let keys = self
            .read_store(store)
            .await?
            .get_all_keys(None, None)
            .map_err(|e| map_error(&e, Access::Read))?
            .await
            .map_err(|e| map_error(&e, Access::Read))?;
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    /// A store in a read-only transaction of its own.
    async fn read_store(&self, store: StoreName) -> Result<idb::ObjectStore, StorageError> {
        let db = self.handle().await?;
        let name = store.as_str();
        let tx = db
            .transaction(&[name], TransactionMode::ReadOnly)
            .map_err(|e| map_error(&e, Access::Read))?;
        tx.object_store(name)
            .map_err(|e| map_error(&e, Access::Read))
    }

    async fn get_all_values(&self, store: StoreName) -> Result<Vec<JsValue>, StorageError> {
        let store = self.read_store(store).await?;
        store
            .get_all(None, None)
            .map_err(|e| map_error(&e, Access::Read))?
            .await
            .map_err(|e| map_error(&e, Access::Read))
    }

    /// Sets or forgets the data key: with a key, writes are sealed and sealed
    /// records can be read; without, reading a sealed record gives
    /// [`StorageError::Locked`].
    pub fn set_key(&self, key: Option<Key>) {
        *self.inner.key.borrow_mut() = key;
    }

    /// Whether a data key is set (the lock is on and the app is unlocked).
    pub fn has_key(&self) -> bool {
        self.inner.key.borrow().is_some()
    }

    /// The stored JSON of an envelope, opened with the data key when sealed.
    async fn open_envelope(&self, value: &JsValue) -> Result<String, StorageError> {
        if let Some(data) = envelope_data(value) {
            return Ok(data);
        }
        let sealed = Reflect::get(value, &JsValue::from_str("sealed"))
            .ok()
            .and_then(|v| v.as_string())
            .ok_or(StorageError::Corrupt)?;
        let key = self
            .inner
            .key
            .borrow()
            .clone()
            .ok_or(StorageError::Locked)?;
        let (iv, ciphertext) = lock::open_text(&sealed).ok_or(StorageError::Corrupt)?;
        let plain = crypto::decrypt(&key, &iv, &ciphertext)
            .await
            .map_err(|_| StorageError::Corrupt)?;
        String::from_utf8(plain).map_err(|_| StorageError::Corrupt)
    }

    /// Writes a batch in one transaction: everything, or nothing. With the
    /// lock on, records are sealed first, before the transaction opens.
    pub async fn write(&self, batch: WriteBatch) -> Result<(), StorageError> {
        let key = self.inner.key.borrow().clone();
        self.write_with(batch, key.as_ref()).await
    }

    /// Writes a batch sealed with `key`, or plain without one, whatever key
    /// is set now: for turning the lock on or off in one transaction.
    pub async fn write_with(
        &self,
        batch: WriteBatch,
        key: Option<&Key>,
    ) -> Result<(), StorageError> {
        if batch.poisoned {
            return Err(StorageError::WriteFailed);
        }
        if batch.ops.is_empty() {
            return Ok(());
        }
        let mut values = Vec::with_capacity(batch.ops.len());
        for op in &batch.ops {
            values.push(prepare(op, key).await?);
        }
        let db = self.handle().await?;
        let mut names: Vec<&'static str> = batch.ops.iter().map(|op| op.store().as_str()).collect();
        // The shared sort: `sort_unstable` would add a sort of its own (issue 11).
        crate::model::sort::sort(&mut names);
        names.dedup();
        let tx = db
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(|e| map_error(&e, Access::Write))?;
        // A second handle on the same transaction, to read its error after an abort.
        let first = tx
            .object_store(names[0])
            .map_err(|e| map_error(&e, Access::Write))?;

        let mut issued: Result<(), idb::Error> = Ok(());
        for (i, (op, value)) in batch.ops.iter().zip(&values).enumerate() {
            if batch.fail_after == Some(i) {
                issued = Err(idb::Error::InvalidTransactionMode);
                break;
            }
            issued = issue(&tx, op, value.as_ref());
            if issued.is_err() {
                break;
            }
        }
        if let Err(e) = issued {
            if let Ok(aborting) = tx.abort() {
                let _ = aborting.await;
            }
            return Err(map_error(&e, Access::Write));
        }
        match tx.await {
            Ok(TransactionResult::Committed) => Ok(()),
            Ok(TransactionResult::Aborted) => Err(first
                .transaction()
                .error()
                .map(|e| map_dom_name(&e.name(), Access::Write))
                .unwrap_or(StorageError::WriteFailed)),
            Err(e) => Err(map_error(&e, Access::Write)),
        }
    }
}

/// Called from the connection's `versionchange` and `close` events.
fn lost(weak: &Weak<Inner>, why: DbEvent) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let old = inner.conn.borrow_mut().take();
    if let Some(conn) = &old {
        conn.close();
    }
    (inner.listener)(why);
    let db = Db { inner };
    spawn_local(async move {
        // The old connection owns the event handler that is running now: drop it later.
        drop(old);
        if db.inner.gone.get().is_some() {
            return;
        }
        match db.connect().await {
            Ok(_) => (db.inner.listener)(DbEvent::Reopened),
            Err(e) => {
                let reason = if why == DbEvent::VersionChanged || e == StorageError::NewerData {
                    StorageError::VersionChanged
                } else {
                    StorageError::ConnectionLost
                };
                db.inner.gone.set(Some(reason));
                (db.inner.listener)(DbEvent::NeedsReload);
            }
        }
    });
}

/// The envelope to store for a put, sealed with `key` when there is one and
/// the record is not one that stays plain. `None` for other operations.
async fn prepare(op: &Op, key: Option<&Key>) -> Result<Option<JsValue>, StorageError> {
    let Op::Put {
        store,
        id,
        updated,
        data,
    } = op
    else {
        return Ok(None);
    };
    let Some(key) = key.filter(|_| !lock::stays_plain(*store, id)) else {
        return Ok(Some(envelope(id, *updated, "data", data)));
    };
    let (iv, ciphertext) = crypto::seal(key, data.as_bytes())
        .await
        .map_err(|_| StorageError::WriteFailed)?;
    let sealed = lock::seal_text(&iv, &ciphertext);
    Ok(Some(envelope(id, *updated, "sealed", &sealed)))
}

/// Puts one operation on the transaction without awaiting it.
fn issue(tx: &idb::Transaction, op: &Op, value: Option<&JsValue>) -> Result<(), idb::Error> {
    let store = tx.object_store(op.store().as_str())?;
    match (op, value) {
        (Op::Put { .. }, Some(value)) => {
            store.put(value, None)?;
        }
        (Op::Put { .. }, None) => return Err(idb::Error::InvalidTransactionMode),
        (Op::Delete { id, .. }, _) => {
            store.delete(Query::Key(JsValue::from_str(id)))?;
        }
        (Op::Clear { .. }, _) => {
            store.clear()?;
        }
    }
    Ok(())
}

async fn open_database(
    name: &str,
    version: u32,
    listener: Listener,
) -> Result<Database, StorageError> {
    let factory = Factory::new().map_err(|_| StorageError::Unsupported)?;
    let mut request = factory
        .open(name, Some(version))
        .map_err(|_| StorageError::Unsupported)?;
    request.on_upgrade_needed(|event| {
        let old = event.old_version().unwrap_or(0);
        if let Ok(db) = event.database() {
            upgrade(&db, old);
        }
    });
    request.on_blocked(move |_| listener(DbEvent::Blocked));
    request.await.map_err(|e| match dom_name(&e).as_deref() {
        Some("VersionError") => StorageError::NewerData,
        Some("InvalidStateError") | Some("SecurityError") => StorageError::Unsupported,
        Some("QuotaExceededError") => StorageError::QuotaExceeded,
        _ => StorageError::ConnectionLost,
    })
}

/// The schema migrations, one block per version. Stores and indexes are only
/// ever added here; nothing is dropped, so no upgrade can lose data.
fn upgrade(db: &Database, old_version: u32) {
    let existing = db.store_names();
    if old_version < 1 {
        for store in StoreName::ALL {
            if existing.iter().any(|n| n == store.as_str()) {
                continue;
            }
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            // A failure here aborts the upgrade transaction, and the open fails.
            let _ = db.create_object_store(store.as_str(), params);
        }
    }
}

/// A stored envelope: `{id, updated, data}`, or `{id, updated, sealed}` when locked.
fn envelope(id: &str, updated: i64, field: &str, data: &str) -> JsValue {
    let obj = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&obj, &JsValue::from_str("id"), &JsValue::from_str(id));
    // Timestamps are below 2^53, exact as f64.
    let _ = Reflect::set(
        &obj,
        &JsValue::from_str("updated"),
        &JsValue::from_f64(updated as f64),
    );
    let _ = Reflect::set(&obj, &JsValue::from_str(field), &JsValue::from_str(data));
    obj.into()
}

fn envelope_data(value: &JsValue) -> Option<String> {
    Reflect::get(value, &JsValue::from_str("data"))
        .ok()
        .and_then(|d| d.as_string())
}

#[derive(Clone, Copy)]
enum Access {
    Read,
    Write,
}

fn dom_name(e: &idb::Error) -> Option<String> {
    use idb::Error as E;
    let js = match e {
        E::DomException(d) => return Some(d.name()),
        E::AddFailed(v)
        | E::ClearFailed(v)
        | E::CountFailed(v)
        | E::DeleteFailed(v)
        | E::GetAllFailed(v)
        | E::GetAllKeysFailed(v)
        | E::GetFailed(v)
        | E::IndexedDbOpenFailed(v)
        | E::IndexedDbNotFound(v)
        | E::ObjectStoreNotFound(v)
        | E::TransactionOpenFailed(v)
        | E::TransactionAbortError(v)
        | E::TransactionCommitError(v)
        | E::UpdateFailed(v) => v,
        _ => return None,
    };
    js.dyn_ref::<web_sys::DomException>().map(|d| d.name())
}

fn map_dom_name(name: &str, access: Access) -> StorageError {
    match name {
        "QuotaExceededError" => StorageError::QuotaExceeded,
        "InvalidStateError" | "TransactionInactiveError" => StorageError::ConnectionLost,
        "VersionError" => StorageError::NewerData,
        "DataCloneError" | "DataError" | "NotFoundError" if matches!(access, Access::Read) => {
            StorageError::Corrupt
        }
        _ => match access {
            Access::Read => StorageError::ReadFailed,
            Access::Write => StorageError::WriteFailed,
        },
    }
}

fn map_error(e: &idb::Error, access: Access) -> StorageError {
    match dom_name(e) {
        Some(name) => map_dom_name(&name, access),
        None => match access {
            Access::Read => StorageError::ReadFailed,
            Access::Write => StorageError::WriteFailed,
        },
    }
}

#[derive(Debug)]
enum Op {
    Put {
        store: StoreName,
        id: String,
        updated: i64,
        data: String,
    },
    Delete {
        store: StoreName,
        id: String,
    },
    Clear {
        store: StoreName,
    },
}

impl Op {
    fn store(&self) -> StoreName {
        match self {
            Op::Put { store, .. } | Op::Delete { store, .. } | Op::Clear { store } => *store,
        }
    }
}

/// The writes of one user action, written together in one transaction.
/// Values are serialised when they are added, before any transaction opens.
#[derive(Debug, Default)]
pub struct WriteBatch {
    ops: Vec<Op>,
    poisoned: bool,
    fail_after: Option<usize>,
}

impl WriteBatch {
    /// An empty batch.
    pub fn new() -> WriteBatch {
        WriteBatch::default()
    }

    /// Adds a record to write (insert or replace).
    pub fn put<T: Record>(mut self, record: &T) -> WriteBatch {
        match serde_json::to_string(record) {
            Ok(data) => self.ops.push(Op::Put {
                store: T::STORE,
                id: record.id().to_string(),
                updated: record.updated_at(),
                data,
            }),
            Err(_) => self.poisoned = true,
        }
        self
    }

    /// Adds a value to write in the meta store under `key`.
    pub fn put_meta<V: Serialize>(mut self, key: &str, value: &V, now_ms: i64) -> WriteBatch {
        match serde_json::to_string(value) {
            Ok(data) => self.ops.push(Op::Put {
                store: StoreName::Meta,
                id: key.to_string(),
                updated: now_ms,
                data,
            }),
            Err(_) => self.poisoned = true,
        }
        self
    }

    /// Adds a record given as JSON, for any store (used to restore records as
    /// they were stored).
    pub fn put_json(
        mut self,
        store: StoreName,
        id: &str,
        updated: i64,
        json: String,
    ) -> WriteBatch {
        self.ops.push(Op::Put {
            store,
            id: id.to_string(),
            updated,
            data: json,
        });
        self
    }

    /// Adds a record to delete.
    pub fn delete(mut self, store: StoreName, id: &str) -> WriteBatch {
        self.ops.push(Op::Delete {
            store,
            id: id.to_string(),
        });
        self
    }

    /// Empties a whole store.
    pub fn clear(mut self, store: StoreName) -> WriteBatch {
        self.ops.push(Op::Clear { store });
        self
    }

    /// How many operations the batch holds.
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    /// Whether the batch holds no operations.
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Makes the write fail after `n` operations were issued, to prove that a
    /// failed write keeps none of the batch. For tests of failure handling.
    #[doc(hidden)]
    pub fn fail_after(mut self, n: usize) -> WriteBatch {
        self.fail_after = Some(n);
        self
    }
}
