//! The screens of the app and their addresses (after `#` in the URL, so any
//! static host can serve the app without rewrite rules).

use yew_router::Routable;

/// A screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The start screen.
    #[at("/")]
    Home,
    /// Settings.
    #[at("/instellingen")]
    Settings,
    /// An address that does not exist.
    #[not_found]
    #[at("/niet-gevonden")]
    NotFound,
}
