//! The unlock screen: shown instead of everything else while the app is locked.

use yew::prelude::*;

use super::{safety_error_text, status_line};
use crate::components::{text_field, Layout, TextFieldProps};
use crate::hooks::safety::{use_lock, LockRequest, SafetyError};
use crate::hooks::{use_app, use_delete_everything, use_texts};
use crate::model::lock::SecretKind;
use crate::text::backup::backup_texts;
use crate::text::safety::safety_texts;

/// Props of [`UnlockPage`].
#[derive(Properties, PartialEq)]
pub struct UnlockPageProps {
    /// What the person unlocks with.
    pub kind: SecretKind,
}

/// Asks for the PIN or passphrase; nothing of the data is read before.
#[component]
pub fn UnlockPage(props: &UnlockPageProps) -> Html {
    let app = use_app();
    let t = use_texts();
    let lang = app.lang();
    let s = safety_texts(lang);
    let lock = use_lock();
    let delete_everything = use_delete_everything();
    let secret = use_state(String::new);
    let busy = use_state(|| false);
    let error = use_state(|| None::<SafetyError>);
    let confirming = use_state(|| false);
    let pin = props.kind == SecretKind::Pin;

    let onsubmit = {
        let (secret, busy, error) = (secret.clone(), busy.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if secret.is_empty() || *busy {
                return;
            }
            busy.set(true);
            error.set(None);
            let (busy, error, typed) = (busy.clone(), error.clone(), secret.clone());
            lock.emit((
                LockRequest::Unlock((*secret).clone()),
                Callback::from(move |r: Result<(), SafetyError>| {
                    busy.set(false);
                    if let Err(e) = r {
                        typed.set(String::new());
                        error.set(Some(e));
                    }
                }),
            ));
        })
    };
    let error_text = error
        .as_ref()
        .map(|e| AttrValue::Static(safety_error_text(lang, e, pin)));
    html! {
        <Layout nav={false}>
            <h1 class="page-title">{ s.unlock_title }</h1>
            <form class="form card" {onsubmit} novalidate=true>
                { text_field(yew::props!(TextFieldProps {
                    id: "unlock-secret",
                    label: if pin { s.unlock_pin } else { s.unlock_passphrase },
                    value: (*secret).clone(), input_type: "password",
                    inputmode: pin.then_some(AttrValue::Static("numeric")),
                    autocomplete: "current-password", error: error_text,
                    oninput: { let v = secret.clone(); Callback::from(move |x| v.set(x)) },
                })) }
                <div class="form-actions">
                    <button type="submit" class="button button-primary button-wide" disabled={*busy}>
                        { s.unlock_button }
                    </button>
                </div>
                { status_line(busy.then_some(AttrValue::Static(s.working)), None) }
            </form>
            <section class="card card-calm" aria-labelledby="unlock-forgotten">
                <h2 class="card-title" id="unlock-forgotten">{ s.unlock_forgotten_title }</h2>
                <p>{ backup_texts(lang).lock_forgotten_explain }</p>
                if *confirming {
                    <div class="confirm" role="group" aria-labelledby="unlock-delete-question">
                        <p id="unlock-delete-question" class="confirm-text">{ t.delete_confirm }</p>
                        <div class="form-actions">
                            <button type="button" class="button button-danger-solid"
                                onclick={delete_everything.reform(|_| ())}>{ t.delete_yes }</button>
                            <button type="button" class="button button-secondary"
                                onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }}>
                                { t.cancel }
                            </button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="button button-danger"
                        onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(true)) }}>
                        { s.unlock_start_over }
                    </button>
                }
            </section>
        </Layout>
    }
}
