//! Keeping the data safe: making and restoring backups, and the app lock.
//!
//! Every step prepares its values first (reading, checking, encrypting,
//! decrypting) and then writes in one transaction, so a failure anywhere
//! leaves the stored data as it was.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::{load_all, local_date, now_ms, use_app, use_db, AppContext};
use crate::model::backup::{
    self, is_device_key, BackupError, BackupFile, BackupMeta, CipherParams, EncryptedBackup,
    ParsedBackup, RestoreMode, IV_BYTES, LAST_BACKUP_KEY, MAX_BACKUP_BYTES, MIN_ITERATIONS,
    REMINDED_KEY,
};
use crate::model::lock::{self, LockRecord, SecretKind, LOCK_KEY};
use crate::model::record::StoreName;
use crate::state::Action;
use crate::storage::crypto::{self, CryptoError};
use crate::storage::device::ShareOutcome;
use crate::storage::files::{self, ChosenFile, VisibilityListener};
use crate::storage::{Db, StorageError, WriteBatch};

/// Why a backup, restore or lock step did not happen. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafetyError {
    /// The backup file was refused.
    Backup(BackupError),
    /// Reading or writing the database failed.
    Storage(StorageError),
    /// The PIN or passphrase is wrong.
    WrongSecret,
    /// This browser cannot encrypt (no WebCrypto).
    Unsupported,
}

impl From<StorageError> for SafetyError {
    fn from(e: StorageError) -> Self {
        SafetyError::Storage(e)
    }
}

impl From<BackupError> for SafetyError {
    fn from(e: BackupError) -> Self {
        SafetyError::Backup(e)
    }
}

impl From<CryptoError> for SafetyError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongSecret => SafetyError::WrongSecret,
            CryptoError::Unsupported => SafetyError::Unsupported,
            CryptoError::Failed => SafetyError::Storage(StorageError::WriteFailed),
        }
    }
}

/// The result handed to a screen when a step is done.
pub type Done<T> = Callback<Result<T, SafetyError>>;

/// Runs `step` with the database, and hands its result to `done`.
fn run<T, F, Fut>(db: Option<Db>, done: Done<T>, step: F)
where
    T: 'static,
    F: FnOnce(Db) -> Fut + 'static,
    Fut: Future<Output = Result<T, SafetyError>> + 'static,
{
    let Some(db) = db else {
        done.emit(Err(SafetyError::Storage(StorageError::ConnectionLost)));
        return;
    };
    spawn_local(async move { done.emit(step(db).await) });
}

/// The lock record, when the lock is on.
async fn lock_record(db: &Db) -> Result<Option<LockRecord>, StorageError> {
    db.get_meta::<LockRecord>(LOCK_KEY).await
}

/// Whether the lock is on, and with what kind of secret.
pub async fn lock_kind(db: &Db) -> Result<Option<SecretKind>, StorageError> {
    Ok(lock_record(db).await?.map(|r| r.kind))
}

// ---- Making a backup ---------------------------------------------------

/// How the backup file leaves the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Saved as a download.
    Save,
    /// Through the phone's share menu.
    Share,
}

/// What happened to a backup file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupOutcome {
    /// The file was handed over, under this name.
    Made(String),
    /// The person closed the share menu; no backup was made.
    Cancelled,
}

/// The backup file's name and text: every record but this device's own, as
/// stored (opened when the lock is on), checked by reading it back, and
/// encrypted when a passphrase is given.
pub async fn build_backup(
    db: &Db,
    passphrase: Option<&str>,
    now: i64,
) -> Result<(String, String), SafetyError> {
    let mut records = db.all_records().await?;
    if let Some(meta) = records.get_mut(&StoreName::Meta) {
        meta.retain(|r| !is_device_key(&r.id));
    }
    let meta = BackupMeta {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        exported_at: now,
    };
    let plain = backup::export_checked(&records, &meta)?;
    let name = backup::backup_file_name(local_date(now));
    let Some(passphrase) = passphrase else {
        return Ok((name, plain));
    };
    let salt = crypto::random_bytes(lock::SALT_BYTES)?;
    let iv = crypto::random_bytes(IV_BYTES)?;
    let key = crypto::derive(passphrase, &salt, MIN_ITERATIONS).await?;
    let ciphertext = crypto::encrypt(&key, &iv, plain.as_bytes()).await?;
    let cipher = CipherParams {
        iterations: MIN_ITERATIONS,
        salt,
        iv,
        ciphertext,
    };
    Ok((name, backup::export_encrypted(&meta, &cipher)))
}

/// Makes a backup and hands it over; remembers when, once it was handed over.
#[hook]
pub fn use_make_backup() -> Callback<(Option<String>, Delivery, Done<BackupOutcome>)> {
    let app = use_app();
    let db = use_db();
    use_callback(
        (app, db),
        |(passphrase, delivery, done): (Option<String>, Delivery, Done<BackupOutcome>),
         (app, db)| {
            let dispatcher = app.dispatcher();
            run(db.clone(), done, move |db| async move {
                let now = now_ms();
                let (name, text) = build_backup(&db, passphrase.as_deref(), now).await?;
                let handed = match delivery {
                    Delivery::Save => files::save_file(&name, &text),
                    Delivery::Share => match files::share_file(&name, &text).await {
                        ShareOutcome::Shared => true,
                        ShareOutcome::Cancelled => return Ok(BackupOutcome::Cancelled),
                        ShareOutcome::Unavailable => files::save_file(&name, &text),
                    },
                };
                if !handed {
                    return Err(SafetyError::Storage(StorageError::WriteFailed));
                }
                // The backup exists even when remembering the date fails.
                let batch = WriteBatch::new().put_meta(LAST_BACKUP_KEY, &now, now);
                if db.write(batch).await.is_ok() {
                    dispatcher.dispatch(Action::BackupMade(now));
                }
                Ok(BackupOutcome::Made(name))
            });
        },
    )
}

/// Puts the backup reminder away for a week.
#[hook]
pub fn use_dismiss_reminder() -> Callback<()> {
    let app = use_app();
    let db = use_db();
    use_callback((app, db), |_: (), (app, db)| {
        let dispatcher = app.dispatcher();
        let now = now_ms();
        // Shown again next time when it cannot be remembered: no harm done.
        dispatcher.dispatch(Action::Reminded(now));
        if let Some(db) = db.clone() {
            spawn_local(async move {
                let _ = db
                    .write(WriteBatch::new().put_meta(REMINDED_KEY, &now, now))
                    .await;
            });
        }
    })
}

// ---- Restoring ---------------------------------------------------------

/// Reads and checks a chosen backup file completely. Nothing is written.
pub async fn read_chosen(file: ChosenFile) -> Result<BackupFile, BackupError> {
    if file.size() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge { bytes: file.size() });
    }
    let bytes = file.bytes().await.ok_or(BackupError::NotText)?;
    backup::read_backup(&bytes)
}

/// Opens an encrypted backup with its passphrase and checks what is inside.
pub async fn open_backup(
    encrypted: &EncryptedBackup,
    passphrase: &str,
) -> Result<ParsedBackup, SafetyError> {
    let c = &encrypted.cipher;
    let key = crypto::derive(passphrase, &c.salt, c.iterations).await?;
    let plain = match crypto::decrypt(&key, &c.iv, &c.ciphertext).await {
        Ok(plain) => plain,
        Err(CryptoError::WrongSecret) => return Err(BackupError::WrongPassphrase.into()),
        Err(e) => return Err(e.into()),
    };
    Ok(backup::open_encrypted(encrypted, &plain)?)
}

/// Writes a checked backup in one transaction: all of it, or nothing.
pub async fn restore(db: &Db, parsed: &ParsedBackup, mode: RestoreMode) -> Result<(), SafetyError> {
    let batch = restore_batch(db, parsed, mode).await?;
    db.write(batch).await?;
    Ok(())
}

/// The one batch that restores a checked backup (see [`backup::merge_plan`]).
pub async fn restore_batch(
    db: &Db,
    parsed: &ParsedBackup,
    mode: RestoreMode,
) -> Result<WriteBatch, SafetyError> {
    let mut existing = crate::model::record::ByStore::new();
    for store in StoreName::ALL {
        existing.insert(store, db.ids(store).await?);
    }
    let plan = backup::merge_plan(&existing, parsed, mode);
    let mut batch = WriteBatch::new();
    for store in &plan.clear {
        batch = batch.clear(*store);
    }
    for (store, id) in &plan.delete {
        batch = batch.delete(*store, id);
    }
    for (store, record) in plan.put {
        batch = batch.put_json(store, &record.id, record.updated, record.data);
    }
    Ok(batch)
}

/// Restores a checked backup and shows its data.
#[hook]
pub fn use_restore() -> Callback<(Rc<ParsedBackup>, RestoreMode, Done<()>)> {
    let app = use_app();
    let db = use_db();
    use_callback(
        (app, db),
        |(parsed, mode, done): (Rc<ParsedBackup>, RestoreMode, Done<()>), (app, db)| {
            let dispatcher = app.dispatcher();
            run(db.clone(), done, move |db| async move {
                restore(&db, &parsed, mode).await?;
                let loaded = load_all(&db).await?;
                dispatcher.dispatch(Action::Booted(Box::new(loaded)));
                Ok(())
            });
        },
    )
}

// ---- The app lock --------------------------------------------------------

/// Every record rewritten as it is, in one batch (sealed or plain by the key
/// it is written with). Records that stay plain are left out.
async fn rewrite_all(db: &Db) -> Result<WriteBatch, SafetyError> {
    let records = db.all_records().await?;
    let mut batch = WriteBatch::new();
    for store in StoreName::ALL {
        for record in records.get(&store).into_iter().flatten() {
            if !lock::stays_plain(store, &record.id) {
                batch = batch.put_json(store, &record.id, record.updated, record.data.clone());
            }
        }
    }
    Ok(batch)
}

/// Turns the lock on: a new data key wrapped with `secret`, and every record
/// encrypted with it, all in one transaction.
pub async fn turn_lock_on(db: &Db, kind: SecretKind, secret: &str) -> Result<(), SafetyError> {
    if lock_record(db).await?.is_some() {
        return Ok(());
    }
    let batch = rewrite_all(db).await?;
    let (key, parts) = crypto::new_data_key(secret).await?;
    let batch = batch.put_meta(LOCK_KEY, &LockRecord::new(kind, &parts), now_ms());
    db.write_with(batch, Some(&key)).await?;
    db.set_key(Some(key));
    Ok(())
}

async fn checked_parts(db: &Db) -> Result<lock::LockParts, SafetyError> {
    lock_record(db)
        .await?
        .and_then(|r| r.parts())
        .ok_or(SafetyError::Storage(StorageError::Corrupt))
}

/// Turns the lock off after checking `secret`: every record decrypted and
/// written plain, and the lock record removed, in one transaction.
pub async fn turn_lock_off(db: &Db, secret: &str) -> Result<(), SafetyError> {
    let parts = checked_parts(db).await?;
    crypto::unwrap_data_key(secret, &parts).await?;
    let batch = rewrite_all(db).await?.delete(StoreName::Meta, LOCK_KEY);
    db.write_with(batch, None).await?;
    db.set_key(None);
    Ok(())
}

/// Changes the PIN or passphrase: only the data key is wrapped again.
pub async fn change_secret(
    db: &Db,
    old: &str,
    kind: SecretKind,
    new: &str,
) -> Result<(), SafetyError> {
    let parts = checked_parts(db).await?;
    let parts = crypto::rewrap(old, new, &parts).await?;
    let batch = WriteBatch::new().put_meta(LOCK_KEY, &LockRecord::new(kind, &parts), now_ms());
    db.write(batch).await?;
    Ok(())
}

/// Unlocks with `secret`: the data key is unwrapped, then everything is read.
pub async fn unlock(db: &Db, secret: &str) -> Result<(), SafetyError> {
    let parts = checked_parts(db).await?;
    let key = crypto::unwrap_data_key(secret, &parts).await?;
    db.set_key(Some(key));
    Ok(())
}

/// What the lock screens ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockRequest {
    /// Turn the lock on with this kind of secret.
    On(SecretKind, String),
    /// Turn it off; the current secret.
    Off(String),
    /// Change it: the current secret, and the new kind and secret.
    Change(String, SecretKind, String),
    /// Unlock with the secret, and read everything.
    Unlock(String),
}

/// Carries out a [`LockRequest`] and updates the shared state.
#[hook]
pub fn use_lock() -> Callback<(LockRequest, Done<()>)> {
    let app = use_app();
    let db = use_db();
    use_callback(
        (app, db),
        |(request, done): (LockRequest, Done<()>), (app, db)| {
            let dispatcher = app.dispatcher();
            run(db.clone(), done, move |db| async move {
                match request {
                    LockRequest::On(kind, secret) => {
                        turn_lock_on(&db, kind, &secret).await?;
                        dispatcher.dispatch(Action::LockChanged(Some(kind)));
                    }
                    LockRequest::Off(secret) => {
                        turn_lock_off(&db, &secret).await?;
                        dispatcher.dispatch(Action::LockChanged(None));
                    }
                    LockRequest::Change(old, kind, new) => {
                        change_secret(&db, &old, kind, &new).await?;
                        dispatcher.dispatch(Action::LockChanged(Some(kind)));
                    }
                    LockRequest::Unlock(secret) => {
                        unlock(&db, &secret).await?;
                        let loaded = load_all(&db).await?;
                        dispatcher.dispatch(Action::Booted(Box::new(loaded)));
                    }
                }
                Ok(())
            });
        },
    )
}

/// Locks the app now (when the lock is on): forgets the key and everything read.
#[hook]
pub fn use_lock_now() -> Callback<()> {
    let app = use_app();
    let db = use_db();
    use_callback((app, db), |_: (), (app, db)| {
        if let (Some(db), Some(kind)) = (db, app.safety.lock) {
            db.set_key(None);
            app.dispatch(Action::Locked(kind));
        }
    })
}

/// Locks the app again after [`lock::RELOCK_AFTER_MS`] in the background.
#[hook]
pub fn use_relock(app: AppContext, db: Option<Db>) {
    let kind = app.safety.lock;
    use_effect_with((db, kind), move |(db, kind)| {
        let listener = match (db.clone(), *kind) {
            (Some(db), Some(kind)) => {
                let dispatcher = app.dispatcher();
                let hidden_at = Rc::new(Cell::new(None::<i64>));
                VisibilityListener::new(move |visible| {
                    if !visible {
                        hidden_at.set(Some(now_ms()));
                        return;
                    }
                    let away = hidden_at.take();
                    if away.is_some_and(|at| lock::should_relock(at, now_ms())) && db.has_key() {
                        db.set_key(None);
                        dispatcher.dispatch(Action::Locked(kind));
                    }
                })
            }
            _ => None,
        };
        move || drop(listener)
    });
}
