//! Samenspel: an offline-first app for mantelzorgers, built with yew.
//!
//! Layers, lowest first: [`model`] (pure types and rules) and [`text`] →
//! [`storage`] (the browser boundary) → [`state`] → [`hooks`] → [`components`] →
//! [`pages`] → the [`App`] here.

pub mod components;
pub mod hooks;
pub mod model;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;
pub mod text;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use components::Layout;
use hooks::{
    use_boot, use_document_prefs, use_english, use_initial_prefs, use_service_worker, use_texts,
    AppContext,
};
use pages::check::{
    CheckHistoryPage, CheckOverviewPage, CheckQuestionsPage, CheckResultPage, EnergyPage,
};
use pages::network::{
    NetworkHistoryPage, NetworkPage, NetworkTasksPage, PersonEditPage, PersonNewPage,
};
use pages::safety::{BackupPage, LockPage, UnlockPage};
use pages::share::{KeptPage, ShareLogPage, SharePage, ShareQrPage, ShareShowPage, ViewPage};
use pages::wishes::{wish_new_page, WishEditPage, WishesPage};
use pages::{HomePage, NotFoundPage, OnboardingPage, SettingsPage};
use route::{use_route, HashRouter, Route};
use state::Boot;
use storage::Db;

/// The whole app: shared state, the database handle and the router.
#[component]
pub fn App() -> Html {
    let prefs = use_initial_prefs();
    // Opened at a scanned summary: read it without opening the database.
    let viewer_only = *use_memo((), |_| viewer_only());
    let (app, db) = use_boot(prefs, viewer_only);
    hooks::safety::use_relock(app.clone(), db.clone());
    use_english(app.clone());
    use_document_prefs(app.prefs, app.lang());
    use_service_worker(app.clone());

    html! {
        <ContextProvider<AppContext> context={app.clone()}>
            <HashRouter>
                if let Some(db) = db {
                    <ContextProvider<Db> context={db}>
                        <Screens {viewer_only} />
                    </ContextProvider<Db>>
                } else {
                    <Screens {viewer_only} />
                }
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

#[derive(Properties, PartialEq)]
struct ScreensProps {
    /// The app was opened at a scanned summary and has not opened the database.
    viewer_only: bool,
}

/// Chooses what to show: a scanned summary, a loading line, the first-start
/// questions, or the screens.
#[component]
fn Screens(props: &ScreensProps) -> Html {
    let app = hooks::use_app();
    let t = use_texts();
    let route = use_route();
    let viewing = matches!(route, Route::View { .. } | Route::Kept);
    {
        // Leaving the scanned summary for the app itself: start afresh, so the
        // database opens as usual.
        let leave = props.viewer_only && !viewing;
        use_effect_with(leave, |leave| {
            if *leave {
                storage::device::reload();
            }
        });
    }
    // A scanned summary opens on any phone, with or without a profile, and
    // writes nothing: it comes before the start questions.
    if let Route::View { payload } = route {
        return html! { <ViewPage payload={payload} /> };
    }
    if route == Route::Kept {
        return html! { <KeptPage /> };
    }
    match app.boot {
        Boot::Loading => html! {
            <Layout nav={false}>
                <p class="loading" role="status">{ t.loading }</p>
            </Layout>
        },
        // The error notice in the layout says what went wrong.
        Boot::Failed(_) => {
            html! { <Layout nav={false}><h1 class="page-title">{ t.app_name }</h1></Layout> }
        }
        Boot::Locked(kind) => html! { <UnlockPage {kind} /> },
        Boot::Ready if app.profile.is_none() => html! { <OnboardingPage /> },
        Boot::Ready => switch(route),
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Check => html! { <CheckOverviewPage /> },
        Route::CheckQuestions => html! { <CheckQuestionsPage /> },
        Route::CheckResult { id } => html! { <CheckResultPage {id} /> },
        Route::CheckHistory => html! { <CheckHistoryPage /> },
        Route::Energy => html! { <EnergyPage /> },
        Route::Network => html! { <NetworkPage /> },
        Route::PersonNew => html! { <PersonNewPage /> },
        Route::PersonEdit { id } => html! { <PersonEditPage {id} /> },
        Route::NetworkTasks => html! { <NetworkTasksPage /> },
        Route::NetworkHistory => html! { <NetworkHistoryPage /> },
        Route::Wishes => html! { <WishesPage /> },
        Route::WishNew { role } => wish_new_page(&role),
        Route::WishEdit { id } => html! { <WishEditPage {id} /> },
        Route::Share => html! { <SharePage /> },
        Route::ShareShow => html! { <ShareShowPage /> },
        Route::ShareQr => html! { <ShareQrPage /> },
        Route::ShareLog => html! { <ShareLogPage /> },
        Route::View { payload } => html! { <ViewPage {payload} /> },
        Route::Kept => html! { <KeptPage /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Backup => html! { <BackupPage /> },
        Route::Lock => html! { <LockPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Whether the app was opened at a scanned summary, which is read without
/// opening the database.
fn viewer_only() -> bool {
    let hash = storage::device::current_hash();
    hash.starts_with("#/bekijk/") || hash.starts_with("#/bewaard")
}

/// Starts the app in `#app`, replacing the loading screen from `index.html`.
///
/// Usually the database is opened and read first (and the English texts
/// fetched, when English is chosen), and the app is mounted when that is
/// done: its first screen is the real one, in its language, and no loading
/// screen of its own is drawn in between (the one from `index.html` stays
/// until then). When that takes longer than [`SLOW_START_MS`], the app
/// mounts anyway and shows its own loading line until the data is there.
///
/// Opened at a scanned summary, the database is not opened: the app takes
/// over after the loading screen has been on screen (two animation frames,
/// about 30 ms), so the person sees what the app is at once.
pub fn start() {
    let started = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = move || {
        if !started.replace(true) {
            mount();
        }
    };
    let Some(window) = web_sys::window() else {
        once();
        return;
    };
    hooks::begin_service_worker();
    // A hidden page gets no frames, and a start can hang: a timer mounts
    // the app anyway.
    let fallback = once.clone();
    let fallback = Closure::once_into_js(fallback);
    if !viewer_only() {
        // Mounted once the data is read and, when English is chosen, the
        // English texts are in.
        let waiting = std::rc::Rc::new(std::cell::Cell::new(2u8));
        let settled = move || {
            waiting.set(waiting.get().saturating_sub(1));
            if waiting.get() == 0 {
                once();
            }
        };
        hooks::begin_english(Box::new(settled.clone()));
        hooks::begin_boot(Box::new(settled));
        // With the copy of the start screen on screen there is no hurry: its
        // data is shown, and a loading line would replace it.
        let slow = if copy_shown() {
            SLOW_START_WITH_COPY_MS
        } else {
            SLOW_START_MS
        };
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), slow);
        return;
    }
    // Two animation frames: the first paints the loading screen, the second
    // begins after it was shown.
    let first = Closure::once_into_js(move || {
        let second = Closure::once_into_js(once);
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(second.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 200);
}

/// How long (ms) the start may take before the app mounts and shows its own
/// loading line.
const SLOW_START_MS: i32 = 400;

/// The same, while the copy of the start screen is shown (index.html gives
/// up on the copy after 8 s, should the app not start at all).
const SLOW_START_WITH_COPY_MS: i32 = 3000;

/// Whether `#app` shows the copy of the start screen (see
/// [`crate::model::start_screen`]).
fn copy_shown() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .is_some_and(|app| app.has_attribute("data-copy"))
}

/// Mounts the app in `#app` and hides the loading screen (hidden, not
/// removed: it was the first thing the person saw, and stays that in the
/// browser's record of the page load). A copy of the start screen shown in
/// `#app` meanwhile is replaced.
fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(skeleton) = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("skeleton"))
    {
        let _ = skeleton.set_attribute("hidden", "");
    }
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            // The copy of the start screen that the service worker may have
            // put in (see model::start_screen) makes way for the app itself.
            if root.has_attribute("data-copy") {
                root.set_inner_html("");
                let _ = root.remove_attribute("data-copy");
                let _ = root.remove_attribute("inert");
                let _ = root.remove_attribute("hidden");
            }
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
