//! An address that does not exist.

use yew::prelude::*;

use crate::components::Layout;
use crate::hooks::use_texts;
use crate::route::{Link, Route};

/// Shown for an unknown address, with the way back.
#[component]
pub fn NotFoundPage() -> Html {
    let t = use_texts();
    html! {
        <Layout>
            <h1 class="page-title">{ t.not_found_title }</h1>
            <p>
                <Link to={Route::Home} classes="button button-primary">{ t.not_found_home }</Link>
            </p>
        </Layout>
    }
}
