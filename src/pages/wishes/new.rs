//! A new wish: start from a prompt question of the role, or write freely.

use yew::prelude::*;

use super::form::WishForm;
use super::{named, use_cared_name};
use crate::components::Layout;
use crate::hooks::use_app;
use crate::model::wishes::{prompts_for, PromptId, Role, WishInput};
use crate::pages::NotFoundPage;
use crate::route::{push, role_from_slug, Route};
use crate::text::wishes::{prompt_text, role_line, role_title, wish_texts};

/// A new wish in the role with the slug `role` (a function rather than a
/// component: it only chooses what to show; issue 11).
pub fn wish_new_page(role: &str) -> Html {
    match role_from_slug(role) {
        Some(role) => html! { <NewInRole {role} /> },
        None => html! { <NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct NewInRoleProps {
    role: Role,
}

/// First the prompt questions of the role, then the form.
#[component]
fn NewInRole(props: &NewInRoleProps) -> Html {
    let app = use_app();
    let t = wish_texts(app.lang());
    let name = use_cared_name();
    // None: still choosing; Some(None): writing freely; Some(Some(p)): from a prompt.
    let chosen = use_state(|| None::<Option<PromptId>>);
    let role = props.role;

    let to_list = Callback::from(|_| push(&Route::Wishes));
    let body = match *chosen {
        None => {
            let choose = |choice: Option<PromptId>| {
                let chosen = chosen.clone();
                Callback::from(move |_| {
                    chosen.set(Some(choice));
                    focus_form();
                })
            };
            html! {
                <>
                    <h2 class="section-title">{ t.start_from_prompt }</h2>
                    <ul class="prompt-list">
                        { for prompts_for(role).into_iter().map(|p| html! {
                            <li>
                                <button type="button" class="prompt-button" onclick={choose(Some(p))}>
                                    { named(prompt_text(t, p), &name) }
                                </button>
                            </li>
                        }) }
                    </ul>
                    <button type="button" class="button button-secondary button-wide" onclick={choose(None)}>
                        { t.write_freely }
                    </button>
                </>
            }
        }
        Some(choice) => {
            let initial = match choice {
                Some(p) => WishInput::from_prompt(p),
                None => WishInput::new(role),
            };
            html! {
                <WishForm {initial} onsaved={to_list.reform(|_: String| ())} oncancel={to_list.clone()} />
            }
        }
    };
    html! {
        <Layout>
            <h1 class="page-title">{ t.form_new_title }</h1>
            <p class="lead">{ named(role_title(t, role), &name) }</p>
            <p class="muted">{ named(role_line(t, role), &name) }</p>
            <section class="card">{ body }</section>
        </Layout>
    }
}

/// Puts focus on the first field once the form is shown.
fn focus_form() {
    wasm_bindgen_futures::spawn_local(async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("wish-text"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
