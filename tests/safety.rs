//! Data safety against real IndexedDB and WebCrypto in headless Chromium:
//! backup → delete everything → restore gives identical data (plain and with a
//! passphrase), a restore that fails half-way changes nothing, the lock leaves
//! no readable text at rest and a wrong PIN unlocks nothing, and a database
//! written by schema version 1 (a fixture written without our code) opens with
//! every record.

use js_sys::{Function, Promise};
use samenspel::hooks::safety::{
    build_backup, change_secret, open_backup, restore, restore_batch, turn_lock_off, turn_lock_on,
    unlock, SafetyError,
};
use samenspel::model::backup::{
    base64_decode, is_device_key, parse_backup, read_backup, BackupError, BackupFile,
    RecordsByStore, RestoreMode,
};
use samenspel::model::check::{Answer, CheckRecord, QuestionId};
use samenspel::model::lock::{SecretKind, LOCK_KEY};
use samenspel::model::network::{Closeness, Domain, OwnTasks, Person, Task, OWN_TASKS_KEY};
use samenspel::model::profile::PROFILE_ID;
use samenspel::model::record::StoreName;
use samenspel::model::schema::SCHEMA_VERSION;
use samenspel::model::wishes::{Kind, Role, Status, WishItem};
use samenspel::model::{Profile, Relation};
use samenspel::storage::{device, Db, StorageError, WriteBatch};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: i64 = 1_790_000_000_000;
const PIN: &str = "2580";
const PASSPHRASE: &str = "tulpen in de tuin";
/// Words of the user's that must never be readable at rest while locked.
const SECRETS: [&str; 5] = [
    "Kees",
    "Marloes",
    "Samen naar de markt",
    "06 12345678",
    "Belt op zondag",
];

/// Whether `word` can be read in `text`, a backup file or the raw database.
/// Sealed data is stored as base64, and a short word such as "Kees" turns up
/// in random base64 by chance (once in about 17 million characters). So every
/// long base64 run is decoded and searched as bytes, and the rest of the text
/// is searched as it is.
fn readable(text: &str, word: &str) -> bool {
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=');
    let mut rest = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if is_b64(c) {
            run.push(c);
            continue;
        }
        match base64_decode(&run).filter(|_| run.len() >= 24) {
            Some(bytes) if bytes.windows(word.len()).any(|w| w == word.as_bytes()) => return true,
            Some(_) => rest.push(' '),
            None => rest.push_str(&run),
        }
        run.clear();
        rest.push(c);
    }
    rest.contains(word)
}

#[wasm_bindgen_test]
fn readable_sees_words_in_text_and_in_base64_but_not_chance_letters() {
    assert!(readable("{\"name\":\"Kees\"}", "Kees"));
    assert!(readable("Samen naar de markt", "Samen naar de markt"));
    // "Kees" base64-encoded is still readable.
    assert!(readable(
        "\"xx\":\"S2VlcyBpcyBqYXJpZyB2YW5kYWFnIQ==\"",
        "Kees"
    ));
    // Random bytes whose base64 happens to spell "Kees" are not.
    let chance = "AAAAKeesAAAAAAAAAAAAAAAAAAAAAAAA";
    assert!(base64_decode(chance).is_some());
    assert!(!readable(&format!("{{\"sealed\":\"{chance}\"}}"), "Kees"));
}

fn unique(name: &str) -> String {
    format!("test-{name}-{}", device::random_id())
}

async fn open(name: &str) -> Db {
    Db::open_named(name, SCHEMA_VERSION, |_| {})
        .await
        .expect("open")
}

fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        created_at: NOW - 5000,
        updated_at: NOW - 4000,
        name: name.into(),
        relation: "zus".into(),
        domain: Domain::Family,
        closeness: Closeness::VeryClose,
        helps_now: vec![Task::Shopping],
        could_help: vec![Task::TakeOver],
        phone: Some("06 12345678".into()),
        note: "Belt op zondag.".into(),
    }
}

fn wish(id: &str, with_person: Option<&str>) -> WishItem {
    WishItem {
        id: id.into(),
        created_at: NOW - 3000,
        updated_at: NOW - 2000,
        role: Role::Together,
        kind: Kind::Wish,
        text: "Samen naar de markt op vrijdag.".into(),
        status: Status::Open,
        with_whom: String::new(),
        with_person: with_person.map(str::to_string),
        discussed_on: None,
        review_on: None,
        reviews: Vec::new(),
        position: 0,
        prompt: None,
    }
}

fn check(id: &str) -> CheckRecord {
    CheckRecord {
        id: id.into(),
        created_at: NOW - 9000,
        updated_at: NOW - 9000,
        answers: QuestionId::ALL
            .iter()
            .map(|&q| Answer {
                question: q,
                option: 1,
            })
            .collect(),
        overall: Some(6),
        question_set: 1,
    }
}

fn profile() -> Profile {
    Profile {
        id: PROFILE_ID.into(),
        created_at: NOW - 10_000,
        updated_at: NOW - 10_000,
        caregiver_name: "Marloes".into(),
        cared_name: "Kees".into(),
        relation: Relation::Partner,
    }
}

/// A database with a caregiver's data in several stores.
async fn filled(name: &str) -> Db {
    let db = open(name).await;
    let batch = WriteBatch::new()
        .put(&profile())
        .put(&person("p1", "Ineke"))
        .put(&person("p2", "Joop"))
        .put(&check("c1"))
        .put(&check("c2"))
        .put(&wish("w1", Some("p1")))
        .put(&wish("w2", None))
        .put_meta(OWN_TASKS_KEY, &OwnTasks::new(&[Task::Shopping]), NOW);
    db.write(batch).await.expect("fill");
    db
}

/// Everything the person owns, as stored: every store but this device's meta.
async fn contents(db: &Db) -> RecordsByStore {
    let mut all = db.all_records().await.expect("read everything");
    if let Some(meta) = all.get_mut(&StoreName::Meta) {
        meta.retain(|r| !is_device_key(&r.id));
    }
    for records in all.values_mut() {
        records.sort_by(|a, b| a.id.cmp(&b.id));
    }
    all
}

/// Every stored value of every store, as the browser keeps it, read by plain
/// JavaScript (not our code) and joined into one text.
async fn raw_text(name: &str) -> String {
    let f = Function::new_with_args(
        "name",
        "return new Promise((ok, fail) => {
            const r = indexedDB.open(name);
            r.onerror = () => fail(r.error);
            r.onsuccess = () => {
                const db = r.result;
                const names = Array.from(db.objectStoreNames);
                const tx = db.transaction(names, 'readonly');
                const out = [];
                for (const n of names) {
                    const q = tx.objectStore(n).getAll();
                    q.onsuccess = () => out.push(JSON.stringify(q.result));
                }
                tx.oncomplete = () => { db.close(); ok(out.join('\\n')); };
                tx.onerror = () => fail(tx.error);
            };
        })",
    );
    let promise: Promise = f
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .expect("call")
        .into();
    JsFuture::from(promise)
        .await
        .expect("raw read")
        .as_string()
        .expect("text")
}

#[wasm_bindgen_test]
async fn backup_delete_everything_restore_gives_identical_data() {
    let name = unique("backup-plain");
    let db = filled(&name).await;
    let before = contents(&db).await;
    let (file_name, text) = build_backup(&db, None, NOW).await.expect("backup");
    assert!(file_name.starts_with("samenspel-backup-") && file_name.ends_with(".json"));
    assert!(!text.contains(LOCK_KEY), "no device records in a backup");
    db.delete_database().await.expect("delete everything");

    let fresh = open(&name).await;
    assert_eq!(fresh.count(StoreName::People).await, Ok(0));
    let parsed = parse_backup(text.as_bytes()).expect("a valid backup");
    restore(&fresh, &parsed, RestoreMode::ReplaceAll)
        .await
        .expect("restore");
    assert_eq!(contents(&fresh).await, before);
    assert_eq!(fresh.get::<Profile>(PROFILE_ID).await, Ok(Some(profile())));
}

#[wasm_bindgen_test]
async fn a_protected_backup_restores_identically_and_refuses_a_wrong_passphrase() {
    let name = unique("backup-protected");
    let db = filled(&name).await;
    let before = contents(&db).await;
    let (_, text) = build_backup(&db, Some(PASSPHRASE), NOW)
        .await
        .expect("backup");
    for word in SECRETS {
        assert!(
            !readable(&text, word),
            "{word} readable in a protected backup"
        );
    }
    let Ok(BackupFile::Encrypted(enc)) = read_backup(text.as_bytes()) else {
        panic!("an encrypted backup");
    };
    assert_eq!(
        open_backup(&enc, "tulpen in de tuin!").await,
        Err(SafetyError::Backup(BackupError::WrongPassphrase))
    );
    db.delete_database().await.expect("delete everything");
    let fresh = open(&name).await;
    let parsed = open_backup(&enc, PASSPHRASE).await.expect("opens");
    restore(&fresh, &parsed, RestoreMode::ReplaceAll)
        .await
        .expect("restore");
    assert_eq!(contents(&fresh).await, before);
}

#[wasm_bindgen_test]
async fn a_restore_that_fails_half_way_changes_nothing() {
    // The backup holds other data than the app now does.
    let source = filled(&unique("backup-source")).await;
    source
        .write(WriteBatch::new().put(&person("p3", "Gerda")))
        .await
        .expect("more");
    let (_, text) = build_backup(&source, None, NOW).await.expect("backup");
    let parsed = parse_backup(text.as_bytes()).expect("valid");

    let db = open(&unique("backup-target")).await;
    db.write(
        WriteBatch::new()
            .put(&person("p9", "Wim"))
            .put(&wish("w9", None)),
    )
    .await
    .expect("own data");
    let before = contents(&db).await;
    for mode in [RestoreMode::ReplaceAll, RestoreMode::AddMissing] {
        let batch = restore_batch(&db, &parsed, mode).await.expect("plan");
        let half = batch.len() / 2;
        assert!(half > 2, "a real batch");
        assert!(db.write(batch.fail_after(half)).await.is_err());
        assert_eq!(contents(&db).await, before, "{mode:?}: nothing changed");
    }
    // Adding what is missing keeps the app's own records.
    restore(&db, &parsed, RestoreMode::AddMissing)
        .await
        .expect("add");
    let people = db.all::<Person>().await.expect("people").records;
    assert_eq!(people.len(), 4, "Wim, Ineke, Joop and Gerda");
}

#[wasm_bindgen_test]
async fn the_lock_encrypts_at_rest_and_only_the_right_pin_unlocks() {
    let name = unique("lock");
    let db = filled(&name).await;
    let before = contents(&db).await;
    let plain = raw_text(&name).await;
    assert!(plain.contains("Kees"), "plain before the lock");

    turn_lock_on(&db, SecretKind::Pin, PIN)
        .await
        .expect("lock on");
    // While unlocked, everything reads as before, and new writes are sealed.
    assert_eq!(contents(&db).await, before);
    db.write(WriteBatch::new().put(&person("p4", "Marloes")))
        .await
        .expect("write while unlocked");
    db.close();

    let raw = raw_text(&name).await;
    for word in SECRETS {
        assert!(
            !readable(&raw, word),
            "{word} readable at rest while locked"
        );
    }
    assert!(raw.contains("\"sealed\""));

    // A reload: a new connection without the key reads nothing.
    let db = open(&name).await;
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await,
        Err(StorageError::Locked)
    );
    assert_eq!(unlock(&db, "1111").await, Err(SafetyError::WrongSecret));
    assert_eq!(unlock(&db, "25800").await, Err(SafetyError::WrongSecret));
    assert!(!db.has_key());
    assert_eq!(
        db.all::<Person>().await.map(|_| ()),
        Err(StorageError::Locked)
    );
    unlock(&db, PIN).await.expect("the right PIN");
    assert_eq!(db.get::<Profile>(PROFILE_ID).await, Ok(Some(profile())));
    assert_eq!(db.all::<Person>().await.expect("people").records.len(), 3);

    // A backup of a locked app is complete and readable with its own passphrase.
    let (_, text) = build_backup(&db, None, NOW).await.expect("backup");
    assert!(text.contains("Kees"));

    // Changing the PIN re-wraps the key only; the old PIN stops working.
    assert_eq!(
        change_secret(&db, "9999", SecretKind::Passphrase, PASSPHRASE).await,
        Err(SafetyError::WrongSecret)
    );
    change_secret(&db, PIN, SecretKind::Passphrase, PASSPHRASE)
        .await
        .expect("change");
    db.close();
    let db = open(&name).await;
    assert_eq!(unlock(&db, PIN).await, Err(SafetyError::WrongSecret));
    unlock(&db, PASSPHRASE).await.expect("the new passphrase");
    assert_eq!(db.get::<Profile>(PROFILE_ID).await, Ok(Some(profile())));

    // Turning the lock off needs the secret, and converts every record back.
    assert_eq!(
        turn_lock_off(&db, "verkeerd wachtwoord").await,
        Err(SafetyError::WrongSecret)
    );
    turn_lock_off(&db, PASSPHRASE).await.expect("lock off");
    db.close();
    let raw = raw_text(&name).await;
    assert!(raw.contains("Kees") && !raw.contains("\"sealed\""));
    let db = open(&name).await;
    assert_eq!(db.get_raw(StoreName::Meta, LOCK_KEY).await, Ok(None));
    assert_eq!(db.all::<Person>().await.expect("people").records.len(), 3);
}

/// The records of a database written by schema version 1, as `{store: [envelope]}`.
const FIXTURE_V1: &str = include_str!("fixtures/db-v1.json");

#[wasm_bindgen_test]
async fn a_database_written_by_schema_version_1_opens_with_every_record() {
    let name = unique("fixture-v1");
    // Written by plain JavaScript, the way version 1 stored it.
    let f = Function::new_with_args(
        "name, fixture",
        "return new Promise((ok, fail) => {
            const data = JSON.parse(fixture);
            const r = indexedDB.open(name, 1);
            r.onupgradeneeded = () => {
                for (const s of Object.keys(data)) r.result.createObjectStore(s, { keyPath: 'id' });
            };
            r.onerror = () => fail(r.error);
            r.onsuccess = () => {
                const db = r.result;
                const tx = db.transaction(Object.keys(data), 'readwrite');
                for (const [s, records] of Object.entries(data))
                    for (const rec of records) tx.objectStore(s).put(rec);
                tx.oncomplete = () => { db.close(); ok(true); };
                tx.onerror = () => fail(tx.error);
            };
        })",
    );
    let promise: Promise = f
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(&name),
            &JsValue::from_str(FIXTURE_V1),
        )
        .expect("call")
        .into();
    JsFuture::from(promise).await.expect("fixture written");

    let fixture: serde_json::Value = serde_json::from_str(FIXTURE_V1).expect("fixture json");
    let db = open(&name).await;
    let all = db.all_records().await.expect("every record reads");
    for store in StoreName::ALL {
        let expected = fixture[store.as_str()].as_array().map_or(0, Vec::len);
        let found = all.get(&store).map_or(0, Vec::len);
        assert_eq!(found, expected, "{}", store.as_str());
    }
    // And as the app reads them: typed, none unreadable.
    assert!(db
        .get::<Profile>(PROFILE_ID)
        .await
        .expect("profile")
        .is_some());
    for loaded in [
        db.all::<Person>()
            .await
            .map(|l| (l.records.len(), l.unreadable)),
        db.all::<WishItem>()
            .await
            .map(|l| (l.records.len(), l.unreadable)),
        db.all::<CheckRecord>()
            .await
            .map(|l| (l.records.len(), l.unreadable)),
    ] {
        let (n, unreadable) = loaded.expect("read");
        assert!(n > 0);
        assert_eq!(unreadable, 0);
    }
    // A backup of it passes every check.
    let (_, text) = build_backup(&db, None, NOW).await.expect("backup");
    assert!(parse_backup(text.as_bytes()).is_ok());
}
