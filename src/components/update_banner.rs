//! The calm line that says a new version is ready, with a button to use it.

use yew::prelude::*;

use crate::hooks::{use_app, use_apply_update, use_texts};

/// Shown only when a new version is waiting. It never reloads by itself.
#[component]
pub fn UpdateBanner() -> Html {
    let app = use_app();
    let t = use_texts();
    let apply = use_apply_update();
    if !app.update_ready {
        return html! {};
    }
    html! {
        <div class="notice notice-info" role="status" data-testid="update-banner">
            <p class="notice-text">{ t.update_ready }</p>
            <button class="button button-primary" onclick={apply.reform(|_| ())}>
                { t.update_now }
            </button>
        </div>
    }
}
