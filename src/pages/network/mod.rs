//! The network map, list, person form and who-does-what (issue 6): being built.

use yew::prelude::*;

use crate::components::Layout;

/// The map of people around the caregiver, with a list view.
#[component]
pub fn NetworkPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Netwerk" }</h1></Layout> }
}

/// A new person.
#[component]
pub fn PersonNewPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Netwerk" }</h1></Layout> }
}

/// Props of [`PersonEditPage`].
#[derive(Properties, PartialEq)]
pub struct PersonEditProps {
    /// The person's record id.
    pub id: String,
}

/// One person.
#[component]
pub fn PersonEditPage(props: &PersonEditProps) -> Html {
    let _ = &props.id;
    html! { <Layout><h1 class="page-title">{ "Netwerk" }</h1></Layout> }
}

/// Who does what.
#[component]
pub fn NetworkTasksPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Netwerk" }</h1></Layout> }
}

/// Today compared with an earlier snapshot.
#[component]
pub fn NetworkHistoryPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Netwerk" }</h1></Layout> }
}
