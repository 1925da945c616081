//! Storage against real IndexedDB in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use samenspel::model::profile::PROFILE_ID;
use samenspel::model::record::StoreName;
use samenspel::model::schema::{DATA_VERSION, DATA_VERSION_KEY, SCHEMA_VERSION};
use samenspel::model::start_screen::{StartScreen, START_SCREEN_KEY};
use samenspel::model::{Profile, Relation};
use samenspel::storage::{device, Db, DbEvent, StorageError, WriteBatch};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn unique(name: &str) -> String {
    format!("test-{name}-{}", device::random_id())
}

fn profile(name: &str, t: i64) -> Profile {
    Profile {
        id: PROFILE_ID.into(),
        created_at: 1,
        updated_at: t,
        caregiver_name: "Anna".into(),
        cared_name: name.into(),
        relation: Relation::Parent,
    }
}

async fn open(name: &str) -> Db {
    Db::open_named(name, SCHEMA_VERSION, |_| {})
        .await
        .expect("open")
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

#[wasm_bindgen_test]
async fn every_store_is_written_and_read_back() {
    let db = open(&unique("stores")).await;
    let mut batch = WriteBatch::new();
    for (i, store) in StoreName::ALL.iter().enumerate() {
        batch = batch.put_json(
            *store,
            &format!("rec-{i}"),
            i as i64,
            format!("{{\"n\":{i}}}"),
        );
    }
    db.write(batch)
        .await
        .expect("write all stores in one transaction");
    for (i, store) in StoreName::ALL.iter().enumerate() {
        let got = db.get_raw(*store, &format!("rec-{i}")).await.expect("read");
        assert_eq!(
            got,
            Some(format!("{{\"n\":{i}}}")),
            "store {}",
            store.as_str()
        );
    }
    // Meta also holds the data version written at first open (2 records there).
    assert_eq!(db.count(StoreName::Meta).await.expect("count"), 2);
    assert_eq!(db.count(StoreName::People).await.expect("count"), 1);
}

#[wasm_bindgen_test]
async fn typed_records_round_trip_and_delete() {
    let db = open(&unique("typed")).await;
    assert_eq!(db.get::<Profile>(PROFILE_ID).await.expect("read"), None);
    db.put(&profile("Piet", 5)).await.expect("put");
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await.expect("read"),
        Some(profile("Piet", 5))
    );
    let all = db.all::<Profile>().await.expect("all");
    assert_eq!(all.records, vec![profile("Piet", 5)]);
    assert_eq!(all.unreadable, 0);
    db.delete::<Profile>(PROFILE_ID).await.expect("delete");
    assert_eq!(db.get::<Profile>(PROFILE_ID).await.expect("read"), None);
}

#[wasm_bindgen_test]
async fn reopening_keeps_the_data() {
    let name = unique("reopen");
    let db = open(&name).await;
    db.put(&profile("Piet", 7)).await.expect("put");
    db.close();
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await,
        Err(StorageError::ConnectionLost),
        "a closed handle says so instead of failing silently"
    );
    let again = open(&name).await;
    assert_eq!(
        again.get::<Profile>(PROFILE_ID).await.expect("read"),
        Some(profile("Piet", 7))
    );
    let version: Option<u32> = again.get_meta(DATA_VERSION_KEY).await.expect("meta");
    assert_eq!(version, Some(DATA_VERSION));
}

#[wasm_bindgen_test]
async fn a_failed_write_keeps_the_earlier_data_whole() {
    let db = open(&unique("fail")).await;
    db.put(&profile("Piet", 1)).await.expect("put");
    let batch = WriteBatch::new()
        .put(&profile("Kees", 2))
        .put_json(StoreName::People, "p1", 2, "{}".into())
        .fail_after(1);
    assert_eq!(db.write(batch).await, Err(StorageError::WriteFailed));
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await.expect("read"),
        Some(profile("Piet", 1)),
        "the first write of the failed batch was rolled back"
    );
    assert_eq!(db.count(StoreName::People).await.expect("count"), 0);
    // The connection still works after the failure.
    db.put(&profile("Kees", 3))
        .await
        .expect("put after failure");
}

#[wasm_bindgen_test]
async fn unreadable_records_are_counted_not_lost() {
    let db = open(&unique("corrupt")).await;
    db.write(WriteBatch::new().put(&profile("Piet", 1)).put_json(
        StoreName::Profile,
        "broken",
        1,
        "not json".into(),
    ))
    .await
    .expect("write");
    let all = db.all::<Profile>().await.expect("all");
    assert_eq!(all.records.len(), 1);
    assert_eq!(all.unreadable, 1);
    assert_eq!(
        db.get::<Profile>("broken").await,
        Err(StorageError::Corrupt)
    );
    assert_eq!(db.count(StoreName::Profile).await.expect("count"), 2);
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_refused_untouched() {
    let name = unique("newer");
    let db = open(&name).await;
    db.write(WriteBatch::new().put_meta(DATA_VERSION_KEY, &(DATA_VERSION + 1), 0))
        .await
        .expect("write");
    db.close();
    let again = Db::open_named(&name, SCHEMA_VERSION, |_| {}).await;
    assert!(matches!(again, Err(StorageError::NewerData)));
}

#[wasm_bindgen_test]
async fn an_upgrade_in_another_tab_is_reported() {
    let name = unique("versionchange");
    let (db, events) = open_listening(&name).await;
    db.put(&profile("Piet", 1)).await.expect("put");

    // Another tab opens the same database with a higher version.
    let factory = idb::Factory::new().expect("factory");
    let newer = factory
        .open(&name, Some(SCHEMA_VERSION + 1))
        .expect("open request")
        .await
        .expect("the upgrade is not blocked by this tab");

    for _ in 0..40 {
        if events.borrow().contains(&DbEvent::NeedsReload) {
            break;
        }
        sleep(50).await;
    }
    let seen = events.borrow().clone();
    assert_eq!(
        seen.first(),
        Some(&DbEvent::VersionChanged),
        "events: {seen:?}"
    );
    assert!(seen.contains(&DbEvent::NeedsReload), "events: {seen:?}");
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await,
        Err(StorageError::VersionChanged),
        "the old tab says it must reload instead of failing silently"
    );
    newer.close();
}

/// Opens the database `name` with a listener that notes every event it hears.
async fn open_listening(name: &str) -> (Db, Rc<RefCell<Vec<DbEvent>>>) {
    let events: Rc<RefCell<Vec<DbEvent>>> = Rc::default();
    let sink = events.clone();
    let db = Db::open_named(name, SCHEMA_VERSION, move |e| sink.borrow_mut().push(e))
        .await
        .expect("open");
    (db, events)
}

/// Deletes the database `name` as another tab would, then waits (at most
/// two seconds) until the handle that heard `events` has reopened it.
async fn delete_elsewhere(name: &str, events: &RefCell<Vec<DbEvent>>) {
    idb::Factory::new()
        .expect("factory")
        .delete(name)
        .expect("delete request")
        .await
        .expect("deleted");
    for _ in 0..40 {
        if events.borrow().contains(&DbEvent::Reopened) {
            break;
        }
        sleep(50).await;
    }
}

#[wasm_bindgen_test]
async fn a_lost_connection_is_reopened() {
    let name = unique("lost");
    let (db, events) = open_listening(&name).await;
    db.put(&profile("Piet", 1)).await.expect("put");
    // Another tab deletes the database: this connection gets versionchange,
    // closes, and opens a fresh one instead of hanging.
    delete_elsewhere(&name, &events).await;
    let seen = events.borrow().clone();
    assert_eq!(seen, vec![DbEvent::VersionChanged, DbEvent::Reopened]);
    // The handle works again.
    db.put(&profile("Kees", 2)).await.expect("put after reopen");
    assert_eq!(
        db.get::<Profile>(PROFILE_ID).await.expect("read"),
        Some(profile("Kees", 2))
    );
}

#[wasm_bindgen_test]
async fn deleting_everything_leaves_empty_stores() {
    let name = unique("delete");
    let db = open(&name).await;
    let mut batch = WriteBatch::new();
    for (i, store) in StoreName::ALL.iter().enumerate() {
        batch = batch.put_json(*store, &format!("rec-{i}"), 1, "{}".into());
    }
    db.write(batch).await.expect("write");
    db.delete_database().await.expect("delete");
    assert_eq!(
        db.count(StoreName::People).await,
        Err(StorageError::ConnectionLost),
        "the old handle is closed for good"
    );
    let fresh = open(&name).await;
    for store in StoreName::ALL {
        let expected = u32::from(store == StoreName::Meta); // the new data version
        assert_eq!(
            fresh.count(store).await.expect("count"),
            expected,
            "{}",
            store.as_str()
        );
    }
}

#[wasm_bindgen_test]
async fn every_write_of_data_removes_the_copy_of_the_start_screen_in_its_transaction() {
    let db = open(&unique("start-screen")).await;
    let keep = || {
        WriteBatch::new().put_json(
            StoreName::Meta,
            START_SCREEN_KEY,
            5,
            "{\"html\":\"<h1>Goedemorgen</h1>\"}".into(),
        )
    };
    let copy = || db.get_raw(StoreName::Meta, START_SCREEN_KEY);

    // A batch that only keeps the copy keeps it.
    db.write(keep()).await.expect("keep");
    assert!(copy().await.expect("read").is_some());

    // A write that fails changes nothing: the copy stays too.
    let failing = WriteBatch::new()
        .put(&profile("Anna", 10))
        .put(&profile("Anna", 11))
        .fail_after(1);
    assert!(db.write(failing).await.is_err());
    assert!(copy().await.expect("read").is_some());
    assert_eq!(db.get::<Profile>(PROFILE_ID).await, Ok(None));

    // Any other write removes it, even one that also writes a copy.
    db.write(WriteBatch::new().put(&profile("Anna", 12)))
        .await
        .expect("write");
    assert_eq!(copy().await, Ok(None));
    db.write(keep()).await.expect("keep again");
    db.write(keep().delete(StoreName::People, "p1"))
        .await
        .expect("write with a copy");
    assert_eq!(copy().await, Ok(None));
}

/// A start screen as drawn at `at` (ms).
fn start_screen(html: &str, at: i64) -> StartScreen {
    StartScreen::new(html.into(), "{}".into(), "./a.js".into(), vec![], at, 0)
}

/// When the stored copy of the start screen was made, if there is one: it
/// tells which write the copy came from.
async fn stored_from(db: &Db) -> Option<i64> {
    let text = db
        .get_raw(StoreName::Meta, START_SCREEN_KEY)
        .await
        .expect("read")?;
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    json["from"].as_i64()
}

/// Keeps `html` as drawn at `at`, then says when the stored copy was made.
async fn keep(db: &Db, html: &str, at: i64) -> Option<i64> {
    db.keep_start_screen(start_screen(html, at))
        .await
        .expect("keep");
    stored_from(db).await
}

#[wasm_bindgen_test]
async fn the_same_start_screen_is_written_once_until_a_write_removes_it() {
    let db = open(&unique("start-screen-once")).await;
    let now = device::now_ms();
    assert_eq!(keep(&db, "<h1>Hallo</h1>", now).await, Some(now));
    // Drawn again a moment later, the same: nothing is written.
    assert_eq!(keep(&db, "<h1>Hallo</h1>", now + 1).await, Some(now));
    // Another screen is written.
    assert_eq!(
        keep(&db, "<h1>Hallo Anna</h1>", now + 2).await,
        Some(now + 2)
    );

    // A write of data removes the copy; the same screen is written again.
    db.write(WriteBatch::new().put(&profile("Anna", 12)))
        .await
        .expect("write");
    assert_eq!(stored_from(&db).await, None);
    assert_eq!(
        keep(&db, "<h1>Hallo Anna</h1>", now + 3).await,
        Some(now + 3)
    );

    // A write that starts while the copy is being written comes after it in
    // the database: the handle does not count the copy as kept.
    let (kept, written) = futures::join!(
        db.keep_start_screen(start_screen("<h1>Dag Anna</h1>", now + 4)),
        db.write(WriteBatch::new().put(&profile("Anna", 13))),
    );
    kept.expect("keep");
    written.expect("write");
    assert_eq!(stored_from(&db).await, None);
    assert_eq!(keep(&db, "<h1>Dag Anna</h1>", now + 5).await, Some(now + 5));

    // A write whose transaction was made first runs first: the copy after it
    // stays, and counts as kept.
    let (written, kept) = futures::join!(
        db.write(WriteBatch::new().put(&profile("Anna", 14))),
        db.keep_start_screen(start_screen("<h1>Dag Anna</h1>", now + 6)),
    );
    written.expect("write");
    kept.expect("keep");
    assert_eq!(stored_from(&db).await, Some(now + 6));
    assert_eq!(keep(&db, "<h1>Dag Anna</h1>", now + 7).await, Some(now + 6));

    // A batch that only removes the copy forgets it too.
    db.write(WriteBatch::new().delete(StoreName::Meta, START_SCREEN_KEY))
        .await
        .expect("remove the copy");
    assert_eq!(stored_from(&db).await, None);
    assert_eq!(keep(&db, "<h1>Dag Anna</h1>", now + 8).await, Some(now + 8));
}

#[wasm_bindgen_test]
async fn a_database_deleted_by_another_tab_gets_the_same_start_screen_again() {
    let name = unique("start-screen-deleted");
    let (db, events) = open_listening(&name).await;
    let now = device::now_ms();
    assert_eq!(keep(&db, "<h1>Hallo</h1>", now).await, Some(now));
    delete_elsewhere(&name, &events).await;
    assert!(events.borrow().contains(&DbEvent::Reopened));
    // The new, empty database gets the copy: the handle forgot it had one.
    assert_eq!(keep(&db, "<h1>Hallo</h1>", now + 1).await, Some(now + 1));
}
