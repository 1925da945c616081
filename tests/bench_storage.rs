//! A benchmark, not a timed test: fills a fresh IndexedDB database in headless
//! Chromium with five years of use (the `five-years` seed of tests/seed: 260
//! checks, 150 people, 400 wishes, 50 share-log entries) and times each single
//! store operation through `storage::Db`, the full read the app does at start,
//! and building the share summary with its QR code drawn.
//!
//! Prints one line per figure, `perf-figure<TAB>name<TAB>p50<TAB>p95<TAB>runs`
//! (milliseconds), which `.ci/perf` folds into its table. Run it alone with
//!
//! ```sh
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!   cargo test --release --target wasm32-unknown-unknown --test bench_storage -- --nocapture
//! ```
#![cfg(target_arch = "wasm32")]

mod seed;

use std::future::Future;

use samenspel::components::qr_code::qr_code;
use samenspel::model::check::CheckRecord;
use samenspel::model::energy::EnergyItem;
use samenspel::model::network::{NetworkSnapshot, OwnTasks, Person, OWN_TASKS_KEY};
use samenspel::model::profile::PROFILE_ID;
use samenspel::model::record::Record;
use samenspel::model::schema::SCHEMA_VERSION;
use samenspel::model::share::{
    build_summary, encode, fits_in_qr, qr_modules, Selection, ShareLogEntry, SummaryData,
    SELECTION_KEY,
};
use samenspel::model::wishes::WishItem;
use samenspel::model::Profile;
use samenspel::storage::{device, Db, WriteBatch};
use seed::{local_date, Preset};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// How often each operation is timed.
const RUNS: usize = 30;

/// `performance.now()`: sub-millisecond, unlike `Date.now()`.
fn now() -> f64 {
    let performance = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .expect("window.performance");
    let now = js_sys::Reflect::get(&performance, &JsValue::from_str("now"))
        .expect("performance.now")
        .dyn_into::<js_sys::Function>()
        .expect("a function");
    now.call0(&performance)
        .expect("performance.now()")
        .as_f64()
        .expect("a number")
}

/// The value at fraction `q` of sorted samples (nearest rank).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Prints the median and 95th percentile of the samples.
fn report(name: &str, mut samples: Vec<f64>) {
    samples.sort_by(|a, b| a.total_cmp(b));
    let (p50, p95) = (quantile(&samples, 0.5), quantile(&samples, 0.95));
    console_log!("perf-figure\t{name}\t{p50:.2}\t{p95:.2}\t{}", samples.len());
}

/// Times `op` `RUNS` times (after one untimed warm-up run) and reports it.
async fn time<F, Fut>(name: &str, mut op: F)
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = ()>,
{
    op(RUNS).await;
    let mut samples = Vec::with_capacity(RUNS);
    for i in 0..RUNS {
        let started = now();
        op(i).await;
        samples.push(now() - started);
    }
    report(name, samples);
}

async fn open(name: &str) -> Db {
    Db::open_named(name, SCHEMA_VERSION, |_| {})
        .await
        .expect("open")
}

/// Every record of a kind in the seed.
fn seeded<T: Record>(records: &samenspel::model::backup::RecordsByStore) -> Vec<T> {
    records
        .get(&T::STORE)
        .map(|list| {
            list.iter()
                .map(|r| serde_json::from_str(&r.data).expect("a seeded record"))
                .collect()
        })
        .unwrap_or_default()
}

async fn all<T: Record>(db: &Db, expected: usize) {
    let loaded = db.all::<T>().await.expect("read all");
    assert_eq!(loaded.records.len(), expected);
}

#[wasm_bindgen_test]
async fn store_operations_with_five_years_of_data() {
    let now_ms = device::now_ms();
    let records = seed::records(Preset::FiveYears, now_ms);
    let name = format!("bench-storage-{}", device::random_id());
    let db = open(&name).await;

    // Fill the database as a restore would: every record in one transaction.
    let mut batch = WriteBatch::new();
    let mut total = 0;
    for (store, list) in &records {
        for r in list {
            batch = batch.put_json(*store, &r.id, r.updated, r.data.clone());
            total += 1;
        }
    }
    let started = now();
    db.write(batch).await.expect("fill");
    console_log!(
        "filled the database with {total} records in {:.0} ms (one transaction)",
        now() - started
    );

    let checks: Vec<CheckRecord> = seeded(&records);
    let energy: Vec<EnergyItem> = seeded(&records);
    let people: Vec<Person> = seeded(&records);
    let wishes: Vec<WishItem> = seeded(&records);
    let snapshots: Vec<NetworkSnapshot> = seeded(&records);
    let shares: Vec<ShareLogEntry> = seeded(&records);
    assert_eq!(
        (checks.len(), people.len(), wishes.len(), shares.len()),
        (260, 150, 400, 50)
    );

    time("open the database", |_| {
        let name = name.clone();
        async move { open(&name).await.close() }
    })
    .await;

    time("all checks (260)", |_| all::<CheckRecord>(&db, 260)).await;
    let name_energy = format!("all energy items ({})", energy.len());
    time(&name_energy, |_| all::<EnergyItem>(&db, energy.len())).await;
    time("all people (150)", |_| all::<Person>(&db, 150)).await;
    time("all wishes (400)", |_| all::<WishItem>(&db, 400)).await;
    let name_snapshots = format!("all snapshots ({})", snapshots.len());
    time(&name_snapshots, |_| {
        all::<NetworkSnapshot>(&db, snapshots.len())
    })
    .await;
    time("all share-log entries (50)", |_| {
        all::<ShareLogEntry>(&db, 50)
    })
    .await;

    time("get one wish", |i| {
        let id = wishes[(i * 13) % wishes.len()].id.clone();
        let db = db.clone();
        async move {
            let got: Option<WishItem> = db.get(&id).await.expect("get");
            assert!(got.is_some());
        }
    })
    .await;

    time("put one wish", |i| {
        let mut w = wishes[(i * 7) % wishes.len()].clone();
        w.updated_at = now_ms + i as i64;
        let db = db.clone();
        async move { db.put(&w).await.expect("put") }
    })
    .await;

    // Delete, timed; put back, not timed.
    let mut samples = Vec::with_capacity(RUNS);
    for i in 0..=RUNS {
        let p = &people[(i * 11) % people.len()];
        let started = now();
        db.delete::<Person>(&p.id).await.expect("delete");
        if i > 0 {
            samples.push(now() - started);
        }
        db.put(p).await.expect("put back");
    }
    report("delete one person", samples);

    time("write a one-record batch", |i| {
        let batch = WriteBatch::new().put(&people[i % people.len()]);
        let db = db.clone();
        async move { db.write(batch).await.expect("write") }
    })
    .await;

    time("full load at start (as use_boot)", |_| load_all(&db)).await;

    // The share summary of what was last chosen, built and drawn as a QR code.
    let profile: Option<Profile> = db.get(PROFILE_ID).await.expect("profile");
    let own: OwnTasks = db
        .get_meta(OWN_TASKS_KEY)
        .await
        .expect("own tasks")
        .unwrap_or_default();
    let selection: Selection = db
        .get_meta(SELECTION_KEY)
        .await
        .expect("selection")
        .unwrap_or_default();
    let data = SummaryData {
        profile: profile.as_ref(),
        checks: &checks,
        energy: &energy,
        people: &people,
        own_tasks: &own,
        wishes: &wishes,
        offset_minutes: seed::amsterdam_offset_minutes(now_ms),
    };
    let today = local_date(now_ms);
    let payload = encode(&build_summary(&data, &selection, today));
    console_log!(
        "share summary: {} characters, fits in a QR code: {}",
        payload.len(),
        fits_in_qr(&payload)
    );
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attached");
    time("share summary built + QR code drawn", |_| {
        let root = root.clone();
        let selection = selection.clone();
        async move {
            let summary = build_summary(&data, &selection, today);
            let payload = encode(&summary);
            let link = format!("http://127.0.0.1:8080/#/bekijk/{payload}");
            let (width, modules) = qr_modules(&link).expect("the summary fits in a QR code");
            let handle =
                yew::Renderer::<Qr>::with_root_and_props(root.clone(), QrProps { width, modules })
                    .render();
            gloo_timers::future::TimeoutFuture::new(0).await;
            assert!(root.query_selector("svg").expect("query").is_some());
            handle.destroy();
        }
    })
    .await;

    db.delete_database().await.expect("clean up");
}

/// What `hooks::use_boot` reads at start: `hooks::load_all`, one transaction.
async fn load_all(db: &Db) {
    let loaded = samenspel::hooks::load_all(db).await.expect("load");
    assert!(loaded.profile.is_some());
}

/// The QR code as the share screen draws it, mounted on its own.
#[derive(yew::Properties, PartialEq)]
struct QrProps {
    width: usize,
    modules: Vec<bool>,
}

#[yew::component]
fn Qr(props: &QrProps) -> yew::Html {
    qr_code(props.width, &props.modules, "QR")
}
