//! An address that does not exist.

use yew::prelude::*;

use crate::components::Layout;
use crate::hooks::use_texts;
use crate::route::Route;

/// Shown for an unknown address, with the way back.
#[component]
pub fn NotFoundPage() -> Html {
    let t = use_texts();
    html! {
        <Layout>
            <h1 class="page-title">{ t.not_found_title }</h1>
            <p>
                <a class="button button-primary" href={Route::Home.href()}>{ t.not_found_home }</a>
            </p>
        </Layout>
    }
}
