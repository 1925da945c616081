//! Adding a person, and one saved person: the form, a call link and removal
//! (with undo on the map).

use yew::prelude::*;

use super::form::PersonForm;
use super::href;
use crate::components::Layout;
use crate::hooks::network::use_remove_person;
use crate::hooks::use_app;
use crate::model::network::{tel_href, PersonInput};
use crate::pages::NotFoundPage;
use crate::route::{push, Route};
use crate::text::fill;
use crate::text::network::network_texts;

/// A callback that goes to the map.
#[hook]
fn use_to_map() -> Callback<()> {
    Callback::from(|_| push(&Route::Network))
}

/// A new person.
#[component]
pub fn PersonNewPage() -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let to_map = use_to_map();
    html! {
        <Layout>
            <h1 class="page-title">{ t.form_add_title }</h1>
            <section class="card">
                <PersonForm initial={PersonInput::default()}
                    onsaved={to_map.reform(|_: String| ())} oncancel={to_map.clone()} />
            </section>
        </Layout>
    }
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
    let app = use_app();
    let t = network_texts(app.lang());
    let to_map = use_to_map();
    let remove = use_remove_person();
    let Some(person) = app.people.iter().find(|p| p.id == props.id).cloned() else {
        return html! { <NotFoundPage /> };
    };
    let onremove = {
        let person = person.clone();
        let to_map = to_map.clone();
        Callback::from(move |_| {
            let to_map = to_map.clone();
            remove.emit((
                person.clone(),
                Callback::from(move |ok: bool| {
                    if ok {
                        to_map.emit(());
                    }
                }),
            ));
        })
    };
    html! {
        <Layout>
            <h1 class="page-title">{ fill(t.form_edit_title, &[("name", &person.name)]) }</h1>
            if let Some(phone) = &person.phone {
                <p class="person-call">
                    <a class="button button-primary" href={tel_href(phone)}>
                        { fill(t.call, &[("name", &person.name)]) }
                    </a>
                    <span class="person-phone">{ phone }</span>
                </p>
            }
            <section class="card">
                // Keyed by the last change, so an undo refreshes the form.
                <PersonForm key={person.updated_at.to_string()} initial={PersonInput::from_person(&person)}
                    earlier={Some(person.clone())} onsaved={to_map.reform(|_: String| ())}
                    oncancel={to_map.clone()} />
            </section>
            <button type="button" class="button button-danger button-wide" onclick={onremove}>
                { t.remove }
            </button>
            <p class="back-line"><a href={href(Route::Network)}>{ t.back_to_map }</a></p>
        </Layout>
    }
}
