//! Hooks: where effects live. They talk to `storage` and dispatch results to the
//! shared state, so components stay free of browser and storage details.

pub mod check;
pub mod network;
pub mod safety;
pub mod share;
pub mod start_screen;
pub mod wishes;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::model::backup::{LAST_BACKUP_KEY, REMINDED_KEY};
use crate::model::check::CheckRecord;
use crate::model::energy::EnergyItem;
use crate::model::lock::{LockRecord, SecretKind, LOCK_KEY};
use crate::model::network::{NetworkSnapshot, OwnTasks, Person, OWN_TASKS_KEY};
use crate::model::profile::PROFILE_ID;
use crate::model::record::{Record, StoreName};
use crate::model::share::{Selection, ShareLogEntry, SELECTION_KEY};
use crate::model::start_screen::START_SCREEN_KEY;
use crate::model::wishes::WishItem;
use crate::model::{time, Lang, Prefs, Profile, ProfileInput};
use crate::state::{Action, AppError, AppState, EnglishStatus, Loaded, Safety, Undo};
use crate::storage::{
    self, device, parse_json, parse_records, Db, DbEvent, Fetch, Fetched, StorageError, WriteBatch,
};
use crate::text::{self, texts, English, Texts};

/// The shared state, as handed down by the app.
pub type AppContext = UseReducerHandle<AppState>;

/// The shared state. Panics never: outside the app it gives a fresh state.
#[hook]
pub fn use_app() -> AppContext {
    let fallback = use_reducer(|| AppState::new(Prefs::default()));
    use_context::<AppContext>().unwrap_or(fallback)
}

/// The texts in the language shown (see [`AppState::lang`]).
#[hook]
pub fn use_texts() -> &'static Texts {
    let app = use_app();
    texts(app.lang())
}

/// The database handle. Only screens shown after start use it.
#[hook]
pub fn use_db() -> Option<Db> {
    use_context::<Db>()
}

/// Reads the preferences once, at start.
#[hook]
pub fn use_initial_prefs() -> Prefs {
    let prefs = use_memo((), |_| storage::prefs::load().unwrap_or_default());
    *prefs
}

/// The shared state, and the database handle once it is open. The database
/// is opened once and everything the screens show is read. With `skip` (a
/// scanned summary is being read) the database is never opened, so nothing
/// is created or written on that phone.
///
/// The opening usually began before the app was mounted (see [`begin_boot`]),
/// and the app is mounted once it is done: then the state starts with its
/// outcome, and the first screen drawn is the real one.
#[hook]
pub fn use_boot(prefs: Prefs, skip: bool) -> (AppContext, Option<Db>) {
    let started = use_memo((), |_| {
        (!skip).then(|| START.with(|b| b.borrow_mut().take()).unwrap_or_else(boot))
    });
    let known = use_mut_ref(|| {
        (*started)
            .as_ref()
            .and_then(|s| s.outcome.borrow_mut().take())
    });
    let (first, handle) = match known.borrow_mut().take() {
        Some(outcome) => {
            let (action, handle) = outcome.into_action();
            (Some(action), handle)
        }
        None => (None, None),
    };
    let app = use_reducer(move || {
        let mut state = AppState::new(prefs);
        // Fetched before the mount (see begin_english): drawn in English at once.
        if prefs.lang == Lang::En && text::english().is_some() {
            state.english = EnglishStatus::Ready;
        }
        match first {
            Some(action) => Rc::unwrap_or_clone(Rc::new(state).reduce(action)),
            None => state,
        }
    });
    let db = use_state(move || handle);
    {
        let app = app.clone();
        let db = db.clone();
        use_effect_with((), move |_| {
            let Some(started) = (*started).clone() else {
                return;
            };
            let events = app.dispatcher();
            started.listen(Rc::new(move |e| events.dispatch(Action::Db(e))));
            if app.boot != crate::state::Boot::Loading {
                // The state began with the outcome.
                return;
            }
            let dispatcher = app.dispatcher();
            started.then(Box::new(move |outcome| {
                let (action, handle) = outcome.into_action();
                if handle.is_some() {
                    db.set(handle);
                }
                dispatcher.dispatch(action);
            }));
        });
    }
    (app, (*db).clone())
}

thread_local! {
    /// The start begun by [`begin_boot`], until [`use_boot`] takes it over.
    static START: RefCell<Option<Rc<Start>>> = const { RefCell::new(None) };
}

/// Begins opening and reading the database at once, before the app is
/// mounted. `settled` is called once, when the outcome is known or the
/// connection has something to report (another tab blocks the opening),
/// whatever comes first. [`use_boot`] takes the start over.
pub fn begin_boot(settled: Box<dyn FnOnce()>) {
    let started = boot();
    *started.settled.borrow_mut() = Some(settled);
    START.with(|b| *b.borrow_mut() = Some(started));
}

/// How the start went.
enum Booted {
    /// Open, and everything the screens show was read.
    Ready(Db, Box<Loaded>),
    /// Open, and locked: nothing was opened before the PIN is given.
    Locked(Db, SecretKind),
    /// The database could not be opened or read.
    Failed(StorageError),
}

impl Booted {
    /// What the state makes of it, and the handle when the database is open.
    fn into_action(self) -> (Action, Option<Db>) {
        match self {
            Booted::Ready(db, loaded) => (Action::Booted(loaded), Some(db)),
            Booted::Locked(db, kind) => (Action::Locked(kind), Some(db)),
            Booted::Failed(e) => (Action::BootFailed(e), None),
        }
    }
}

/// What the app does with the outcome of the start.
type Then = Box<dyn FnOnce(Booted)>;

/// Where the app hears about the connection.
type Listener = Rc<dyn Fn(DbEvent)>;

/// A start under way: its outcome, once known, and the connection's events,
/// kept until the app listens.
#[derive(Default)]
struct Start {
    outcome: RefCell<Option<Booted>>,
    then: RefCell<Option<Then>>,
    listener: RefCell<Option<Listener>>,
    heard: RefCell<Vec<DbEvent>>,
    settled: RefCell<Option<Box<dyn FnOnce()>>>,
}

impl Start {
    /// Hands the outcome to `then`, now or when it is known.
    fn then(&self, then: Then) {
        let known = self.outcome.borrow_mut().take();
        match known {
            Some(outcome) => then(outcome),
            None => *self.then.borrow_mut() = Some(then),
        }
    }

    fn finish(&self, outcome: Booted) {
        let then = self.then.borrow_mut().take();
        match then {
            Some(then) => then(outcome),
            None => *self.outcome.borrow_mut() = Some(outcome),
        }
        self.settle();
    }

    fn settle(&self) {
        let settled = self.settled.borrow_mut().take();
        if let Some(settled) = settled {
            settled();
        }
    }

    /// Hands the connection's events to `listener`, those heard so far first.
    fn listen(&self, listener: Listener) {
        let heard = std::mem::take(&mut *self.heard.borrow_mut());
        for event in heard {
            listener(event);
        }
        *self.listener.borrow_mut() = Some(listener);
    }

    fn hear(&self, event: DbEvent) {
        let listener = self.listener.borrow().clone();
        match listener {
            Some(listener) => listener(event),
            None => self.heard.borrow_mut().push(event),
        }
        self.settle();
    }
}

/// Starts opening and reading the database.
fn boot() -> Rc<Start> {
    let started = Rc::new(Start::default());
    let this = started.clone();
    spawn_local(async move {
        let outcome = open_and_read(&this).await;
        this.finish(outcome);
    });
    started
}

async fn open_and_read(started: &Rc<Start>) -> Booted {
    let persisted = device::persisted();
    // The connection's events, for as long as it lives.
    let events = started.clone();
    // Opening, the data version and everything the screens show: two round
    // trips to the browser's database.
    let opened = Db::open_fetching(move |e| events.hear(e), &LOAD).await;
    let (handle, mut fetched) = match opened {
        Ok(opened) => opened,
        Err(e) => return Booted::Failed(e),
    };
    // With the lock on, nothing is opened before the PIN is given: what was
    // read stays sealed, and is dropped.
    match lock_kind(&handle, &mut fetched).await {
        Ok(Some(kind)) => {
            // No plain copy of the start screen next to locked data, even one
            // written by a tab that had not heard of the lock yet. Not awaited:
            // the unlock screen need not wait for it.
            let forget = WriteBatch::new().delete(StoreName::Meta, START_SCREEN_KEY);
            let db = handle.clone();
            spawn_local(async move {
                let _ = db.write(forget).await;
            });
            return Booted::Locked(handle, kind);
        }
        Ok(None) => {}
        Err(e) => return Booted::Failed(e),
    }
    match read_loaded(&handle, None, fetched, persisted).await {
        Ok(loaded) => Booted::Ready(handle, Box::new(loaded)),
        Err(e) => Booted::Failed(e),
    }
}

/// Everything the screens show, read in one transaction: the lock record
/// first, then in the order of [`read_loaded`].
const LOAD: [Fetch<'static>; 12] = [
    Fetch::One(StoreName::Meta, LOCK_KEY),
    Fetch::One(Profile::STORE, PROFILE_ID),
    Fetch::All(CheckRecord::STORE),
    Fetch::All(EnergyItem::STORE),
    Fetch::All(WishItem::STORE),
    Fetch::All(Person::STORE),
    Fetch::All(NetworkSnapshot::STORE),
    Fetch::One(StoreName::Meta, OWN_TASKS_KEY),
    Fetch::All(ShareLogEntry::STORE),
    Fetch::One(StoreName::Meta, SELECTION_KEY),
    Fetch::One(StoreName::Meta, LAST_BACKUP_KEY),
    Fetch::One(StoreName::Meta, REMINDED_KEY),
];

/// Reads everything the screens show, in one transaction: after unlocking
/// and after a restore (and as at start; the benchmark times it).
pub async fn load_all(db: &Db) -> Result<Loaded, StorageError> {
    let persisted = device::persisted();
    let mut fetched = db.fetch(&LOAD).await?;
    let lock = lock_kind(db, &mut fetched).await?;
    read_loaded(db, lock, fetched, persisted).await
}

/// The lock, from the first read of [`LOAD`].
async fn lock_kind(db: &Db, fetched: &mut Fetched) -> Result<Option<SecretKind>, StorageError> {
    let lock: Option<LockRecord> = parse_json(db.open_one(fetched.take()).await?)?;
    Ok(lock.map(|r| r.kind))
}

/// A value that may be unreadable: `None` then, as if there was none.
fn opened<V: serde::de::DeserializeOwned>(data: Result<Option<String>, StorageError>) -> Option<V> {
    data.ok().and_then(|d| parse_json(d).ok().flatten())
}

/// The rest of [`LOAD`], opened and parsed; `persisted` is the browser's
/// answer whether it keeps the data, asked before the reads.
async fn read_loaded(
    db: &Db,
    lock: Option<SecretKind>,
    mut fetched: Fetched,
    persisted: impl std::future::Future<Output = Option<bool>>,
) -> Result<Loaded, StorageError> {
    let profile: Option<Profile> = parse_json(db.open_one(fetched.take()).await?)?;
    let checks = parse_records::<CheckRecord>(db.open_all(&fetched.take()).await?);
    let energy = parse_records::<EnergyItem>(db.open_all(&fetched.take()).await?);
    let wishes = parse_records::<WishItem>(db.open_all(&fetched.take()).await?);
    let people = parse_records::<Person>(db.open_all(&fetched.take()).await?);
    let snapshots = parse_records::<NetworkSnapshot>(db.open_all(&fetched.take()).await?);
    let own_tasks: Option<OwnTasks> = parse_json(db.open_one(fetched.take()).await?)?;
    let share_log = parse_records::<ShareLogEntry>(db.open_all(&fetched.take()).await?);
    // An unreadable selection only means starting from nothing ticked; an
    // unreadable date of the last backup or reminder, as if there was none.
    let share_selection: Option<Selection> = opened(db.open_one(fetched.take()).await);
    let last_backup: Option<i64> = opened(db.open_one(fetched.take()).await);
    let reminded: Option<i64> = opened(db.open_one(fetched.take()).await);
    Ok(Loaded {
        safety: Safety {
            lock,
            last_backup,
            reminded,
            // Read with the data, so the start screen knows at once whether to
            // remind (a card appearing later would push the screen down).
            persisted: persisted.await,
        },
        profile,
        unreadable: checks.unreadable
            + energy.unreadable
            + wishes.unreadable
            + people.unreadable
            + snapshots.unreadable
            + share_log.unreadable,
        people: people.records,
        snapshots: snapshots.records,
        share_log: share_log.records,
        share_selection: share_selection.unwrap_or_default(),
        own_tasks: own_tasks.unwrap_or_default(),
        checks: checks.records,
        energy: energy.records,
        wishes: wishes.records,
    })
}

/// Writes one person's action: a batch in one transaction, then the actions
/// that show the result. When the write fails, the message is shown, the state
/// stays as it was, and `done` hears `false` so a form can keep its input.
#[hook]
pub fn use_persist() -> Callback<(WriteBatch, Vec<Action>, Callback<bool>)> {
    let app = use_app();
    let db = use_db();
    use_callback(
        (app, db),
        |(batch, actions, done): (WriteBatch, Vec<Action>, Callback<bool>), (app, db)| {
            let dispatcher = app.dispatcher();
            let Some(db) = db.clone() else {
                dispatcher.dispatch(Action::Failed(AppError::Storage(
                    StorageError::ConnectionLost,
                )));
                done.emit(false);
                return;
            };
            spawn_local(async move {
                match db.write(batch).await {
                    Ok(()) => {
                        for action in actions {
                            dispatcher.dispatch(action);
                        }
                        done.emit(true);
                    }
                    Err(e) => {
                        dispatcher.dispatch(Action::Failed(AppError::Storage(e)));
                        done.emit(false);
                    }
                }
            });
        },
    )
}

/// Puts the last removed record back.
#[hook]
pub fn use_undo() -> Callback<()> {
    let app = use_app();
    let persist = use_persist();
    use_callback((app, persist), |_: (), (app, persist)| {
        let Some(undo) = app.undo.clone() else {
            return;
        };
        let (batch, mut actions) = match undo {
            Undo::Energy(r) => (
                WriteBatch::new().put(&r),
                vec![Action::EnergySaved(vec![r])],
            ),
            Undo::Wish(r) => (
                WriteBatch::new().put(&r),
                vec![Action::WishesSaved(vec![r])],
            ),
            Undo::Check(r) => (
                WriteBatch::new().put(&r),
                vec![Action::ChecksSaved(vec![r])],
            ),
            // Putting a person back may also update the network's snapshot.
            Undo::Person(r) => network::put_person(&app.people, &app.snapshots, &r),
        };
        actions.push(Action::UndoDone);
        persist.emit((batch, actions, Callback::noop()));
    })
}

/// Today's local date.
pub fn today() -> time::Date {
    local_date(device::now_ms())
}

/// The local date of a moment (ms since 1970), in the phone's time zone.
pub fn local_date(ms: i64) -> time::Date {
    time::local(ms, device::local_offset_minutes()).date
}

/// Now, in milliseconds since 1970.
pub fn now_ms() -> i64 {
    device::now_ms()
}

/// A new random record id.
pub fn new_id() -> String {
    device::random_id()
}

/// The device's offset from UTC in minutes.
pub fn offset_minutes() -> i32 {
    device::local_offset_minutes()
}

/// The attributes of the document element that carry the preferences, in
/// this order: the language shown, the theme and the text size. The copy of
/// the start screen keeps them too.
pub const DOCUMENT_ATTRIBUTES: [&str; 3] = ["lang", "data-theme", "data-text"];

/// Puts the language shown, the theme and the text size on the document.
#[hook]
pub fn use_document_prefs(prefs: Prefs, lang: Lang) {
    use_effect_with((prefs, lang), |(prefs, lang)| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let [lang_name, theme_name, text_name] = DOCUMENT_ATTRIBUTES;
            let _ = root.set_attribute(lang_name, lang.code());
            let _ = root.set_attribute(theme_name, prefs.theme.code());
            let _ = root.set_attribute(text_name, prefs.text_size.code());
        }
    });
}

/// Fetches the English texts when English is chosen (at start or later), once
/// per session; Dutch shows meanwhile. When they cannot be fetched the app stays
/// in Dutch and says so; choosing English again tries again.
#[hook]
pub fn use_english(app: AppContext) {
    let fetching = use_mut_ref(|| false);
    let wanted = app.prefs.lang == Lang::En;
    use_effect_with(wanted, move |wanted| {
        if !*wanted || app.english == EnglishStatus::Ready || *fetching.borrow() {
            return;
        }
        let dispatcher = app.dispatcher();
        if text::english().is_some() {
            dispatcher.dispatch(Action::English(EnglishStatus::Ready));
            return;
        }
        *fetching.borrow_mut() = true;
        dispatcher.dispatch(Action::English(EnglishStatus::Loading));
        spawn_local(async move {
            let status = if load_english().await {
                EnglishStatus::Ready
            } else {
                EnglishStatus::Failed
            };
            *fetching.borrow_mut() = false;
            dispatcher.dispatch(Action::English(status));
        });
    });
}

/// Fetches the English texts and installs them; whether that worked.
async fn load_english() -> bool {
    let json = device::fetch_json(text::ENGLISH_FILE).await;
    match json.and_then(|json| English::from_lists(|name| device::string_list(&json, name))) {
        Some(english) => {
            text::install_english(english);
            true
        }
        None => false,
    }
}

/// At start, before the app is mounted: fetches the English texts when the
/// stored preferences ask for English, so the first screen is drawn in
/// English and not in Dutch first. `done` is called when that is settled
/// (at once when Dutch is wanted); a failure is left to [`use_english`].
pub fn begin_english(done: Box<dyn FnOnce()>) {
    let wanted = storage::prefs::load().is_ok_and(|p| p.lang == Lang::En);
    if !wanted || text::english().is_some() {
        done();
        return;
    }
    spawn_local(async move {
        load_english().await;
        done();
    });
}

/// Registers the service worker, once: at start, before the app is mounted
/// (so a first visit installs it as early as before), or else when the app
/// mounts.
pub fn begin_service_worker() {
    let first = WORKER.with(|w| !std::mem::replace(&mut w.borrow_mut().registered, true));
    if first {
        device::register_service_worker(Rc::new(|| {
            let tell = WORKER.with(|w| w.borrow().tell.clone());
            match tell {
                Some(tell) => tell(),
                None => WORKER.with(|w| w.borrow_mut().update_seen = true),
            }
        }));
    }
}

/// The service worker as the app hears of it.
#[derive(Default)]
struct Worker {
    registered: bool,
    /// A waiting new version was found before the app listened.
    update_seen: bool,
    tell: Option<Rc<dyn Fn()>>,
}

thread_local! {
    static WORKER: RefCell<Worker> = RefCell::new(Worker::default());
}

/// Registers the service worker once; a waiting new version sets `update_ready`.
#[hook]
pub fn use_service_worker(app: AppContext) {
    use_effect_with((), move |_| {
        let dispatcher = app.dispatcher();
        let tell: Rc<dyn Fn()> = Rc::new(move || dispatcher.dispatch(Action::UpdateReady));
        let seen = WORKER.with(|w| {
            let mut w = w.borrow_mut();
            w.tell = Some(tell.clone());
            std::mem::take(&mut w.update_seen)
        });
        if seen {
            tell();
        }
        begin_service_worker();
    });
}

/// A callback that switches to the waiting new version (and then reloads).
#[hook]
pub fn use_apply_update() -> Callback<()> {
    use_callback((), |_, _| device::apply_update())
}

/// A callback that reloads the app.
#[hook]
pub fn use_reload() -> Callback<()> {
    use_callback((), |_, _| device::reload())
}

/// Saves preferences: applied at once, kept when the device allows it.
#[hook]
pub fn use_set_prefs() -> Callback<Prefs> {
    let app = use_app();
    use_callback(app, |prefs: Prefs, app| {
        app.dispatch(Action::PrefsChanged(prefs));
        if let Err(e) = storage::prefs::save(&prefs) {
            app.dispatch(Action::Failed(AppError::Storage(e)));
        }
    })
}

/// The outcome of saving the profile form.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    /// Saved.
    Saved,
    /// Not saved; the message is shown at the top and the form keeps its input.
    Failed,
}

/// Saves the profile from the form input. `first_save` also asks the browser to
/// keep the data permanently (this runs from the person's tap on save).
#[hook]
pub fn use_save_profile() -> Callback<(ProfileInput, Callback<SaveOutcome>)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(input, done): (ProfileInput, Callback<SaveOutcome>), (app, persist)| {
            let earlier = app.profile.as_ref();
            let Ok(profile) = input.to_profile(earlier, device::now_ms()) else {
                // The form shows the problems next to the fields.
                done.emit(SaveOutcome::Failed);
                return;
            };
            if earlier.is_none() {
                // Ask while the tap still counts as the person's action.
                spawn_local(async {
                    let _ = device::request_persist().await;
                });
            }
            persist.emit((
                WriteBatch::new().put(&profile),
                vec![Action::ProfileSaved(profile)],
                done.reform(|ok: bool| {
                    if ok {
                        SaveOutcome::Saved
                    } else {
                        SaveOutcome::Failed
                    }
                }),
            ));
        },
    )
}

/// Deletes the database and the preferences, then starts the app afresh.
/// When deleting fails, the message is shown and nothing else happens.
#[hook]
pub fn use_delete_everything() -> Callback<()> {
    let app = use_app();
    let db = use_db();
    use_callback((app, db), |_: (), (app, db)| {
        let dispatcher = app.dispatcher();
        let Some(db) = db.clone() else {
            dispatcher.dispatch(Action::Failed(AppError::Storage(
                StorageError::ConnectionLost,
            )));
            return;
        };
        spawn_local(async move {
            match db.delete_database().await {
                Ok(()) => {
                    // Preferences that cannot be cleared hold no personal data.
                    let _ = storage::prefs::clear();
                    device::go_home_and_reload();
                }
                Err(e) => dispatcher.dispatch(Action::Failed(AppError::Storage(e))),
            }
        });
    })
}

/// Whether the browser keeps the data, and how much space it uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StorageStatus {
    /// `Some(true)` when the data is kept permanently; `None` when unknown.
    pub persisted: Option<bool>,
    /// Bytes used by the app, when known.
    pub usage: Option<u64>,
    /// Still being read.
    pub loading: bool,
}

/// Reads the storage status, and offers a callback that asks to keep the data.
#[hook]
pub fn use_storage_status() -> (StorageStatus, Callback<()>) {
    let status = use_state(|| StorageStatus {
        loading: true,
        ..StorageStatus::default()
    });
    let refresh = {
        let status = status.clone();
        use_callback((), move |ask: bool, _| {
            let status = status.clone();
            spawn_local(async move {
                if ask {
                    let _ = device::request_persist().await;
                }
                status.set(StorageStatus {
                    persisted: device::persisted().await,
                    usage: device::usage_bytes().await,
                    loading: false,
                });
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| refresh.emit(false));
    }
    let ask = use_callback(refresh, |_: (), refresh| refresh.emit(true));
    (*status, ask)
}

/// The local hour now, for a greeting.
pub fn local_hour_now() -> u32 {
    time::local(device::now_ms(), device::local_offset_minutes()).hour
}
