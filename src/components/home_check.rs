//! The start screen's card about the balance check (being built).

use yew::prelude::*;

/// The latest balance and a gentle nudge to check again.
#[component]
pub fn HomeCheckCard() -> Html {
    html! {}
}
