//! The frame around every screen: skip link, top bar, messages, the main
//! content and the bottom navigation.

use yew::prelude::*;

use super::icons::{icon_svg, Icon};
use super::{ErrorNotice, UndoBar, UpdateBanner};
use crate::hooks::use_texts;
use crate::route::{use_route, Route};
use crate::text::Texts;

/// Props of [`Layout`].
#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The screen's content; it starts with the screen's `<h1>`.
    #[prop_or_default]
    pub children: Html,
    /// Show the bottom navigation.
    #[prop_or(true)]
    pub nav: bool,
}

/// The frame of a screen.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let t = use_texts();
    let current = use_route();
    html! {
        <div class="shell">
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The hash is the router's: move focus without changing the address.
                e.prevent_default();
                if let Some(main) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("main"))
                {
                    use wasm_bindgen::JsCast;
                    if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                        let _ = main.focus();
                    }
                }
            })}>{ t.skip_to_content }</a>
            <header class="topbar">
                <span class="brand">
                    // Lazy: the decorative mark is fetched and drawn after the
                    // screen's first frame, not before it (each new image is an
                    // SVG document of its own, a few ms of work; issue 11).
                    <img class="brand-mark" src="favicon.svg" alt="" width="28" height="28" loading="lazy" />
                    { t.app_name }
                </span>
                if props.nav {
                    { settings_link(t, &current) }
                }
            </header>
            <div class="messages">
                <UpdateBanner />
                <ErrorNotice />
                <UndoBar />
            </div>
            <main id="main" class="main" tabindex="-1">
                { props.children.clone() }
            </main>
            if props.nav {
                { bottom_nav(t, &current) }
            }
        </div>
    }
}

/// The way to settings, at the top right of every screen. (The navigation
/// parts are functions of the layout, not components of their own: each
/// component costs about 1 KB of wasm; issue 11.)
fn settings_link(t: &Texts, current: &Route) -> Html {
    let active = *current == Route::Settings;
    html! {
        <a href={Route::Settings.href()}
            class={classes!("topbar-link", active.then_some("active"))}
            aria-current={active.then_some("page")}>
            { icon_svg(Icon::Settings) }
            <span>{ t.nav_settings }</span>
        </a>
    }
}

/// The main navigation at the bottom of the screen.
fn bottom_nav(t: &Texts, current: &Route) -> Html {
    let items = [
        (Route::Home, t.nav_home, Icon::Home),
        (Route::Check, t.nav_check, Icon::Balance),
        (Route::Network, t.nav_network, Icon::People),
        (Route::Wishes, t.nav_wishes, Icon::List),
    ];
    html! {
        <nav class="bottom-nav" aria-label={t.nav_label}>
            <ul class="bottom-nav-list">
                { for items.into_iter().map(|(route, label, icon)| {
                    let active = section(current) == section(&route);
                    html! {
                        <li>
                            <a href={route.href()}
                                class={classes!("bottom-nav-link", active.then_some("active"))}
                                aria-current={active.then_some("page")}>
                                { icon_svg(icon) }
                                <span class="bottom-nav-text">{ label }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// Which navigation item a screen belongs to.
fn section(route: &Route) -> u8 {
    match route {
        Route::Home
        | Route::NotFound
        | Route::Share
        | Route::ShareShow
        | Route::ShareQr
        | Route::ShareLog
        | Route::View { .. }
        | Route::Kept => 0,
        Route::Check
        | Route::CheckQuestions
        | Route::CheckResult { .. }
        | Route::CheckHistory
        | Route::Energy => 1,
        Route::Network
        | Route::PersonNew
        | Route::PersonEdit { .. }
        | Route::NetworkTasks
        | Route::NetworkHistory => 2,
        Route::Wishes | Route::WishNew { .. } | Route::WishEdit { .. } => 3,
        Route::Settings | Route::Backup | Route::Lock => 4,
    }
}
