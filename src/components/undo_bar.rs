//! The bar that offers to put back what was just removed.

use yew::prelude::*;

use crate::hooks::{use_app, use_texts, use_undo};
use crate::state::{Action, Undo};
use crate::text::{fill, format_date};

/// Shown after a removal, until the person undoes it or closes the bar.
#[component]
pub fn UndoBar() -> Html {
    let app = use_app();
    let t = use_texts();
    let undo = use_undo();
    let Some(removed) = app.undo.as_ref() else {
        return html! {};
    };
    let what = match removed {
        Undo::Energy(r) => r.text.clone(),
        Undo::Wish(r) => r.text.clone(),
        Undo::Person(r) => r.name.clone(),
        Undo::Check(r) => format_date(app.lang(), r.date(crate::hooks::offset_minutes())),
    };
    let close = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::UndoDone))
    };
    html! {
        <div class="notice notice-info" role="status" data-testid="undo-bar">
            <p class="notice-text">{ fill(t.undo_removed, &[("what", &shorten(&what))]) }</p>
            <button class="button button-primary" onclick={undo.reform(|_| ())}>{ t.undo }</button>
            <button class="button button-secondary" onclick={close}>{ t.close }</button>
        </div>
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
