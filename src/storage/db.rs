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
use std::future::IntoFuture;
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
use crate::model::start_screen::{StartScreen, START_SCREEN_KEY};

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

/// One read of [`Db::fetch`]: a record by id, or every record of a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch<'a> {
    /// The record with this id (in the meta store: the value under this key).
    One(StoreName, &'a str),
    /// Every record of the store.
    All(StoreName),
}

impl Fetch<'_> {
    fn store(&self) -> StoreName {
        match self {
            Fetch::One(store, _) | Fetch::All(store) => *store,
        }
    }
}

/// What [`Db::fetch`] found: per read, in the order asked, the stored
/// envelopes (none or one for [`Fetch::One`]). Taken out in that order and
/// opened with [`Db::open_one`] and [`Db::open_all`].
#[derive(Debug, Default)]
pub struct Fetched {
    /// Last read first.
    found: Vec<Vec<JsValue>>,
}

impl Fetched {
    /// The envelopes of the next read.
    pub fn take(&mut self) -> Vec<JsValue> {
        self.found.pop().unwrap_or_default()
    }
}

struct Inner {
    name: String,
    version: u32,
    conn: RefCell<Option<Rc<Database>>>,
    opening: Cell<bool>,
    gone: Cell<Option<StorageError>>,
    listener: Listener,
    /// The data key while the app is unlocked (only when the lock is on).
    key: RefCell<Option<Key>>,
    /// The copy of the start screen this handle wrote last, with the count of
    /// `writes` after it: it is still there while that count has not moved
    /// (see [`Db::keep_start_screen`]).
    start_screen: RefCell<Option<(u64, StartScreen)>>,
    /// Counts this handle's transactions that remove the copy of the start
    /// screen (every write but one that only keeps the copy), as they are made.
    writes: Cell<u64>,
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
        let db = Db::unopened(name, version, Rc::new(listener));
        db.connect().await?;
        if let Err(e) = db.fetch_after_plan(&[]).await {
            db.close();
            return Err(e);
        }
        Ok(db)
    }

    /// Opens the app's database like [`Db::open`] and reads `reads` in the
    /// same read-only transaction as the data version: the start of the app
    /// in two round trips to the browser's database (open, read). When the
    /// data version is not current, its plan runs first, as in [`Db::open`],
    /// and `reads` are read again after it.
    pub async fn open_fetching(
        listener: impl Fn(DbEvent) + 'static,
        reads: &[Fetch<'_>],
    ) -> Result<(Db, Fetched), StorageError> {
        let db = Db::unopened(DB_NAME, SCHEMA_VERSION, Rc::new(listener));
        db.connect().await?;
        match db.fetch_after_plan(reads).await {
            Ok(fetched) => Ok((db, fetched)),
            Err(e) => {
                db.close();
                Err(e)
            }
        }
    }

    fn unopened(name: &str, version: u32, listener: Listener) -> Db {
        Db {
            inner: Rc::new(Inner {
                name: name.to_string(),
                version,
                conn: RefCell::new(None),
                opening: Cell::new(false),
                gone: Cell::new(None),
                listener,
                key: RefCell::new(None),
                start_screen: RefCell::new(None),
                writes: Cell::new(0),
            }),
        }
    }

    /// Reads the data version with `reads`, runs what is due, and reads
    /// `reads` again when anything was.
    async fn fetch_after_plan(&self, reads: &[Fetch<'_>]) -> Result<Fetched, StorageError> {
        let mut all = Vec::with_capacity(reads.len() + 1);
        all.push(Fetch::One(StoreName::Meta, DATA_VERSION_KEY));
        all.extend_from_slice(reads);
        let mut fetched = self.fetch(&all).await?;
        let stored: Option<u32> = parse_json(self.open_one(fetched.take()).await?)?;
        if self.apply_data_plan(stored).await? {
            Ok(fetched)
        } else {
            self.fetch(reads).await
        }
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
        self.inner.start_screen.take();
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

    /// Runs what is due for the `stored` data version (see [`schema::plan`]);
    /// `true` when nothing was (the data was current and is unchanged).
    async fn apply_data_plan(&self, stored: Option<u32>) -> Result<bool, StorageError> {
        match schema::plan(stored, DATA_VERSION) {
            DataPlan::Current => Ok(true),
            DataPlan::TooNew(_) => Err(StorageError::NewerData),
            DataPlan::Initialise => self
                .write(WriteBatch::new().put_meta(DATA_VERSION_KEY, &DATA_VERSION, 0))
                .await
                .map(|()| false),
            DataPlan::Migrate(steps) => {
                // Each step is one transaction that rewrites the records it changes
                // together with the new data version. Data version 1 is the first,
                // so there are no content changes yet; a step only records progress.
                for step in steps {
                    self.write(WriteBatch::new().put_meta(DATA_VERSION_KEY, &step, 0))
                        .await?;
                }
                Ok(false)
            }
        }
    }

    /// Reads one record.
    pub async fn get<T: Record>(&self, id: &str) -> Result<Option<T>, StorageError> {
        parse_json(self.get_raw(T::STORE, id).await?)
    }

    /// Reads every record of a kind. Records that cannot be read are counted,
    /// not dropped from the database.
    pub async fn all<T: Record>(&self) -> Result<Loaded<T>, StorageError> {
        Ok(parse_records(self.all_raw(T::STORE).await?))
    }

    /// Reads a value from the meta store.
    pub async fn get_meta<V: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<V>, StorageError> {
        parse_json(self.get_raw(StoreName::Meta, key).await?)
    }

    /// Reads several records and stores in one read-only transaction: every
    /// request is made at once, so they cost one round trip to the browser's
    /// database instead of one each. Nothing is opened or parsed yet.
    pub async fn fetch(&self, reads: &[Fetch<'_>]) -> Result<Fetched, StorageError> {
        if reads.is_empty() {
            return Ok(Fetched::default());
        }
        let db = self.handle().await?;
        let names = store_names(reads.iter().map(Fetch::store));
        let tx = db
            .transaction(&names, TransactionMode::ReadOnly)
            .map_err(|e| map_error(&e, Access::Read))?;
        let mut pending = Vec::with_capacity(reads.len());
        for read in reads {
            // One record is asked for as "all records with this key": one
            // kind of request for both reads.
            let (store, query, limit) = match read {
                Fetch::One(store, id) => (store, Some(Query::Key(JsValue::from_str(id))), Some(1)),
                Fetch::All(store) => (store, None, None),
            };
            let request = tx
                .object_store(store.as_str())
                .and_then(|s| s.get_all(query, limit))
                .map_err(|e| map_error(&e, Access::Read))?;
            pending.push(request.into_future());
        }
        // Every request is awaited, even after one failed: a request's
        // handlers must outlive its answer.
        let mut found = Vec::with_capacity(pending.len());
        let mut failed = None;
        for request in pending {
            match request.await {
                Ok(values) => found.push(values),
                Err(e) => {
                    failed.get_or_insert(map_error(&e, Access::Read));
                }
            }
        }
        match failed {
            Some(e) => Err(e),
            None => {
                found.reverse();
                Ok(Fetched { found })
            }
        }
    }

    /// The stored JSON in envelopes of a [`Fetch::One`], opened with the data
    /// key when sealed: what [`Db::get_raw`] gives. Read it with [`parse_json`].
    pub async fn open_one(&self, found: Vec<JsValue>) -> Result<Option<String>, StorageError> {
        match found.first() {
            None => Ok(None),
            Some(value) => self.open_envelope(value).await.map(Some),
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
        let found = self.fetch(&[Fetch::One(store, id)]).await?.take();
        self.open_one(found).await
    }

    /// The stored JSON of every record of a store; `None` for an envelope that
    /// has no readable data.
    pub async fn all_raw(&self, store: StoreName) -> Result<Vec<Option<String>>, StorageError> {
        let values = self.get_all_values(store).await?;
        self.open_all(&values).await
    }

    /// The stored JSON in envelopes of a [`Fetch::All`], as [`Db::all_raw`]
    /// gives it. Read it with [`parse_records`].
    pub async fn open_all(&self, values: &[JsValue]) -> Result<Vec<Option<String>>, StorageError> {
        let mut out = Vec::with_capacity(values.len());
        for value in values {
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
        self.raw_records(&values).await
    }

    /// The envelopes of a [`Fetch::All`] as [`RawRecord`]s (see [`Db::records`]).
    async fn raw_records(&self, values: &[JsValue]) -> Result<Vec<RawRecord>, StorageError> {
        let mut out = Vec::with_capacity(values.len());
        for value in values {
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

    /// Every store's records (see [`Db::records`]), read in one transaction,
    /// so a backup is one moment's data; opened after it.
    pub async fn all_records(&self) -> Result<RecordsByStore, StorageError> {
        let mut fetched = self.fetch(&StoreName::ALL.map(Fetch::All)).await?;
        let mut all = RecordsByStore::new();
        for store in StoreName::ALL {
            all.insert(store, self.raw_records(&fetched.take()).await?);
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
        Ok(self.fetch(&[Fetch::All(store)]).await?.take())
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

    /// Keeps `copy` as the copy of the start screen (plain, as the service
    /// worker reads it), unless this handle already wrote the same screen and
    /// no write of this handle has removed it since: drawing the start screen
    /// again writes nothing. A lost connection or a deleted database forgets
    /// the kept copy. What this handle cannot know of: a write from another
    /// tab removes the copy too, and another tab may keep its own screen; the
    /// next start then goes without a copy (or with that tab's screen, which
    /// is as current as its data) until this screen changes.
    /// Never while the lock is on: the copy is plain text.
    pub async fn keep_start_screen(&self, copy: StartScreen) -> Result<(), StorageError> {
        if self.has_key() {
            return Err(StorageError::Locked);
        }
        let writes = self.inner.writes.get();
        if let Some((kept_at, kept)) = self.inner.start_screen.borrow().as_ref() {
            if *kept_at == writes && kept.same_screen(&copy) {
                return Ok(());
            }
        }
        let json = copy.to_json().ok_or(StorageError::WriteFailed)?;
        let batch = WriteBatch::new().put_json(StoreName::Meta, START_SCREEN_KEY, copy.from, json);
        self.write(batch).await?;
        // Only when no other write made its transaction meanwhile: it may
        // come after this one in the database and remove the copy again.
        if self.inner.writes.get() == writes {
            *self.inner.start_screen.borrow_mut() = Some((writes, copy));
        }
        Ok(())
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
        let batch = batch.forgetting_start_screen();
        let mut values = Vec::with_capacity(batch.ops.len());
        for op in &batch.ops {
            values.push(prepare(op, key).await?);
        }
        let db = self.handle().await?;
        let names = store_names(batch.ops.iter().map(Op::store));
        // Counted as the transaction is made: the database runs them in
        // that order (see Db::keep_start_screen).
        if !batch.ops.iter().all(Op::keeps_start_screen) {
            self.inner.writes.set(self.inner.writes.get() + 1);
        }
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

/// The names of the stores among `stores`, each once, in a fixed order.
fn store_names(stores: impl Iterator<Item = StoreName> + Clone) -> Vec<&'static str> {
    StoreName::ALL
        .into_iter()
        .filter(|s| stores.clone().any(|t| t == *s))
        .map(StoreName::as_str)
        .collect()
}

/// A stored JSON text read as a value; [`StorageError::Corrupt`] when it does not fit.
pub fn parse_json<V: DeserializeOwned>(data: Option<String>) -> Result<Option<V>, StorageError> {
    match data {
        None => Ok(None),
        Some(data) => serde_json::from_str(&data)
            .map(Some)
            .map_err(|_| StorageError::Corrupt),
    }
}

/// Stored JSON texts read as records, counting the ones that cannot be read.
pub fn parse_records<T: DeserializeOwned>(raw: Vec<Option<String>>) -> Loaded<T> {
    let mut records = Vec::with_capacity(raw.len());
    let mut unreadable = 0;
    for data in raw {
        match data.and_then(|d| serde_json::from_str(&d).ok()) {
            Some(record) => records.push(record),
            None => unreadable += 1,
        }
    }
    Loaded {
        records,
        unreadable,
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
    // Another tab may have deleted or changed the database meanwhile.
    inner.start_screen.take();
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

    /// Whether it writes the copy of the start screen (and nothing else).
    fn keeps_start_screen(&self) -> bool {
        matches!(self, Op::Put { .. }) && self.is_start_screen()
    }

    /// Whether it writes or removes the copy of the start screen.
    fn is_start_screen(&self) -> bool {
        match self {
            Op::Put { store, id, .. } | Op::Delete { store, id } => {
                *store == StoreName::Meta && id == START_SCREEN_KEY
            }
            Op::Clear { .. } => false,
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

    /// The batch with the copy of the start screen removed first: whatever
    /// else it writes may change the start screen, so the copy goes in the
    /// same transaction (see [`crate::model::start_screen`]). A batch that
    /// only writes the copy stays as it is.
    fn forgetting_start_screen(mut self) -> WriteBatch {
        if self.ops.iter().all(Op::is_start_screen) {
            return self;
        }
        self.ops.retain(|op| !op.is_start_screen());
        self.ops.insert(
            0,
            Op::Delete {
                store: StoreName::Meta,
                id: START_SCREEN_KEY.to_string(),
            },
        );
        self.fail_after = self.fail_after.map(|n| n + 1);
        self
    }

    /// Makes the write fail after `n` operations were issued, to prove that a
    /// failed write keeps none of the batch. For tests of failure handling.
    #[doc(hidden)]
    pub fn fail_after(mut self, n: usize) -> WriteBatch {
        self.fail_after = Some(n);
        self
    }
}
