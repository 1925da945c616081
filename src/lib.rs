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

use yew::prelude::*;
use yew_router::prelude::*;

use components::Layout;
use hooks::{
    use_boot, use_document_prefs, use_initial_prefs, use_service_worker, use_texts, AppContext,
};
use pages::check::{
    CheckHistoryPage, CheckOverviewPage, CheckQuestionsPage, CheckResultPage, EnergyPage,
};
use pages::network::{
    NetworkHistoryPage, NetworkPage, NetworkTasksPage, PersonEditPage, PersonNewPage,
};
use pages::wishes::{WishEditPage, WishNewPage, WishesPage};
use pages::{HomePage, NotFoundPage, OnboardingPage, SettingsPage};
use route::Route;
use state::{AppState, Boot};
use storage::Db;

/// The whole app: shared state, the database handle and the router.
#[component]
pub fn App() -> Html {
    let prefs = use_initial_prefs();
    let app = use_reducer(|| AppState::new(prefs));
    let db = use_boot(app.clone());
    use_document_prefs(app.prefs);
    use_service_worker(app.clone());

    html! {
        <ContextProvider<AppContext> context={app.clone()}>
            <HashRouter>
                if let Some(db) = db {
                    <ContextProvider<Db> context={db}>
                        <Screens />
                    </ContextProvider<Db>>
                } else {
                    <Screens />
                }
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

/// Chooses what to show: a loading line, the first-start questions, or the screens.
#[component]
fn Screens() -> Html {
    let app = hooks::use_app();
    let t = use_texts();
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
        Boot::Ready if app.profile.is_none() => html! { <OnboardingPage /> },
        Boot::Ready => html! { <Switch<Route> render={switch} /> },
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
        Route::WishNew { role } => html! { <WishNewPage {role} /> },
        Route::WishEdit { id } => html! { <WishEditPage {id} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Starts the app in `#app`, replacing the loading skeleton from `index.html`.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
