//! The screens of the app, their addresses (after `#` in the URL, so any
//! static host can serve the app without rewrite rules) and the small hash
//! router that follows the address: [`HashRouter`], [`use_route`] and [`push`].
//!
//! Links are plain `<a href={route.href()}>`: the browser keeps the history,
//! so the back button works, and the router renders again on `hashchange`.
//! (This replaced yew-router, which cost about 24 KB gzip; issue 11.)

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::wishes::Role;

/// A screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start screen: `/`.
    Home,
    /// The balance check: latest result, start or resume, links onward: `/balans`.
    Check,
    /// The questions of the balance check: `/balans/vragen`.
    CheckQuestions,
    /// The result of one check: `/balans/uitslag/:id`.
    CheckResult {
        /// The check's record id.
        id: String,
    },
    /// Every check over time: `/balans/geschiedenis`.
    CheckHistory,
    /// What gives and what costs energy: `/energie`.
    Energy,
    /// The network map (and the same as a list): `/netwerk`.
    Network,
    /// A new person in the network: `/netwerk/nieuw`.
    PersonNew,
    /// One person in the network: `/netwerk/persoon/:id`.
    PersonEdit {
        /// The person's record id.
        id: String,
    },
    /// Who does what: tasks and who does or could do them: `/netwerk/taken`.
    NetworkTasks,
    /// The network now compared with an earlier snapshot: `/netwerk/vroeger`.
    NetworkHistory,
    /// Wishes and agreements, per role: `/wensen`.
    Wishes,
    /// A new wish in a role (see `role_slug`): `/wensen/nieuw/:role`.
    WishNew {
        /// The role's slug.
        role: String,
    },
    /// One wish or agreement: `/wensen/punt/:id`.
    WishEdit {
        /// The item's record id.
        id: String,
    },
    /// Choosing and previewing the summary to share: `/delen`.
    Share,
    /// The chosen summary full-screen, to show to someone: `/delen/tonen`.
    ShareShow,
    /// The chosen summary as a QR code: `/delen/qr`.
    ShareQr,
    /// What was shared, when and with whom: `/delen/logboek`.
    ShareLog,
    /// Making and restoring backups: `/instellingen/back-up`.
    Backup,
    /// The app lock: `/instellingen/slot`.
    Lock,
    /// A summary from a QR code, read-only (works without a profile):
    /// `/bekijk/:payload`.
    View {
        /// The encoded summary (base64url, so a safe path segment).
        payload: String,
    },
    /// Summaries this phone's reader chose to keep: `/bewaard`.
    Kept,
    /// Settings: `/instellingen`.
    Settings,
    /// An address that does not exist: `/niet-gevonden`, and every address
    /// no other screen has.
    NotFound,
}

impl Route {
    /// The address of the screen, without the `#`: `/balans/uitslag/abc`.
    /// Ids, role slugs and payloads are plain URL-safe text, used as they are.
    pub fn to_path(&self) -> String {
        let fixed = match self {
            Route::Home => "/",
            Route::Check => "/balans",
            Route::CheckQuestions => "/balans/vragen",
            Route::CheckResult { id } => return format!("/balans/uitslag/{id}"),
            Route::CheckHistory => "/balans/geschiedenis",
            Route::Energy => "/energie",
            Route::Network => "/netwerk",
            Route::PersonNew => "/netwerk/nieuw",
            Route::PersonEdit { id } => return format!("/netwerk/persoon/{id}"),
            Route::NetworkTasks => "/netwerk/taken",
            Route::NetworkHistory => "/netwerk/vroeger",
            Route::Wishes => "/wensen",
            Route::WishNew { role } => return format!("/wensen/nieuw/{role}"),
            Route::WishEdit { id } => return format!("/wensen/punt/{id}"),
            Route::Share => "/delen",
            Route::ShareShow => "/delen/tonen",
            Route::ShareQr => "/delen/qr",
            Route::ShareLog => "/delen/logboek",
            Route::View { payload } => return format!("/bekijk/{payload}"),
            Route::Kept => "/bewaard",
            Route::Settings => "/instellingen",
            Route::Backup => "/instellingen/back-up",
            Route::Lock => "/instellingen/slot",
            Route::NotFound => "/niet-gevonden",
        };
        fixed.to_string()
    }

    /// The link to the screen, for `href`: `#/balans`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The screen at an address (the part after `#`). A query (`?...`) and a
    /// slash at the end are ignored; an unknown address gives
    /// [`Route::NotFound`].
    pub fn recognize(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.strip_suffix('/').unwrap_or(path);
        let segments: Vec<&str> = path.split('/').collect();
        let param = |s: &&str| (!s.is_empty()).then(|| s.to_string());
        match segments.as_slice() {
            [""] => Route::Home,
            ["", "balans"] => Route::Check,
            ["", "balans", "vragen"] => Route::CheckQuestions,
            ["", "balans", "uitslag", id] => {
                param(id).map_or(Route::NotFound, |id| Route::CheckResult { id })
            }
            ["", "balans", "geschiedenis"] => Route::CheckHistory,
            ["", "energie"] => Route::Energy,
            ["", "netwerk"] => Route::Network,
            ["", "netwerk", "nieuw"] => Route::PersonNew,
            ["", "netwerk", "persoon", id] => {
                param(id).map_or(Route::NotFound, |id| Route::PersonEdit { id })
            }
            ["", "netwerk", "taken"] => Route::NetworkTasks,
            ["", "netwerk", "vroeger"] => Route::NetworkHistory,
            ["", "wensen"] => Route::Wishes,
            ["", "wensen", "nieuw", role] => {
                param(role).map_or(Route::NotFound, |role| Route::WishNew { role })
            }
            ["", "wensen", "punt", id] => {
                param(id).map_or(Route::NotFound, |id| Route::WishEdit { id })
            }
            ["", "delen"] => Route::Share,
            ["", "delen", "tonen"] => Route::ShareShow,
            ["", "delen", "qr"] => Route::ShareQr,
            ["", "delen", "logboek"] => Route::ShareLog,
            ["", "bekijk", payload] => {
                param(payload).map_or(Route::NotFound, |payload| Route::View { payload })
            }
            ["", "bewaard"] => Route::Kept,
            ["", "instellingen"] => Route::Settings,
            ["", "instellingen", "back-up"] => Route::Backup,
            ["", "instellingen", "slot"] => Route::Lock,
            _ => Route::NotFound,
        }
    }
}

/// The screen in the address bar now.
fn current() -> Route {
    let hash = crate::storage::device::current_hash();
    Route::recognize(hash.strip_prefix('#').unwrap_or(&hash))
}

/// Goes to a screen, as a link would: a new entry in the browser history, so
/// the back button returns here.
pub fn push(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_path());
    }
}

/// Props of [`HashRouter`].
#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    /// Everything that may ask for the current screen.
    pub children: Html,
}

/// Follows the address: gives the current [`Route`] to everything inside (see
/// [`use_route`]) and renders again when the address changes (a link, the
/// back button, [`push`]). An address without a screen path (no `#/`) is
/// replaced by `#/` first, without a new history entry.
#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let route = use_state_eq(|| {
        if !crate::storage::device::current_hash().starts_with("#/") {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"));
            }
        }
        current()
    });
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listener = Closure::<dyn Fn()>::new(move || route.set(current()));
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The current screen (from the nearest [`HashRouter`]; the address itself
/// outside one).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or_else(current)
}

/// The part of an address that names a role.
pub fn role_slug(role: Role) -> &'static str {
    match role {
        Role::Together => "samen",
        Role::Support => "steun",
        Role::Family => "familie",
        Role::Expert => "kennis",
    }
}

/// The role named in an address.
pub fn role_from_slug(slug: &str) -> Option<Role> {
    Role::ALL.into_iter().find(|r| role_slug(*r) == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_slugs_round_trip() {
        for role in Role::ALL {
            assert_eq!(role_from_slug(role_slug(role)), Some(role));
        }
        assert_eq!(role_from_slug("x"), None);
    }

    #[test]
    fn every_route_round_trips_through_its_address() {
        let all = [
            Route::Home,
            Route::Check,
            Route::CheckQuestions,
            Route::CheckResult { id: "ab12".into() },
            Route::CheckHistory,
            Route::Energy,
            Route::Network,
            Route::PersonNew,
            Route::PersonEdit { id: "p1".into() },
            Route::NetworkTasks,
            Route::NetworkHistory,
            Route::Wishes,
            Route::WishNew {
                role: "samen".into(),
            },
            Route::WishEdit { id: "w1".into() },
            Route::Share,
            Route::ShareShow,
            Route::ShareQr,
            Route::ShareLog,
            Route::View {
                payload: "AbC-_9".into(),
            },
            Route::Kept,
            Route::Settings,
            Route::Backup,
            Route::Lock,
            Route::NotFound,
        ];
        for route in all {
            assert_eq!(Route::recognize(&route.to_path()), route);
            assert_eq!(route.href(), route.href());
        }
    }

    #[test]
    fn addresses_are_read_like_before() {
        assert_eq!(Route::recognize(""), Route::Home);
        assert_eq!(Route::recognize("/"), Route::Home);
        assert_eq!(Route::recognize("/balans/"), Route::Check);
        assert_eq!(Route::recognize("/balans?x=1"), Route::Check);
        assert_eq!(Route::recognize("/bestaat-niet"), Route::NotFound);
        assert_eq!(Route::recognize("/balans/uitslag/"), Route::NotFound);
        assert_eq!(Route::recognize("/balans/uitslag/a/b"), Route::NotFound);
        assert_eq!(Route::recognize("balans"), Route::NotFound);
        assert_eq!(
            Route::recognize("/netwerk/persoon/abc"),
            Route::PersonEdit { id: "abc".into() }
        );
    }
}
