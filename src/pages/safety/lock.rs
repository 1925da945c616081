//! The lock screen in Settings: turn the lock on with a PIN or passphrase,
//! change it, turn it off, or lock now; with an honest word on what it protects.

use yew::prelude::*;

use super::{
    back_to_settings, new_secret_fields, refusal, safety_error_text, status_line, NewSecretFields,
};
use crate::components::{choice_group, text_field, ChoiceGroupProps, Layout, TextFieldProps};
use crate::hooks::safety::{use_lock, use_lock_now, LockRequest, SafetyError};
use crate::hooks::use_app;
use crate::model::lock::{check_secret, SecretKind, SecretProblem};
use crate::model::Lang;
use crate::text::backup::backup_texts;
use crate::text::safety::safety_texts;

const KINDS: [SecretKind; 2] = [SecretKind::Pin, SecretKind::Passphrase];

/// The lock settings screen.
#[component]
pub fn LockPage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let (b, s) = (backup_texts(lang), safety_texts(lang));
    let done = use_state(|| None::<&'static str>);
    let on_done = {
        let done = done.clone();
        Callback::from(move |msg: &'static str| done.set(Some(msg)))
    };
    html! {
        <Layout>
            <h1 class="page-title">{ s.lock_page_title }</h1>
            <p class="lead">{ s.lock_intro }</p>
            <section class="card card-stack" aria-labelledby="lock-what">
                <h2 class="card-title" id="lock-what">{ s.protect_title }</h2>
                <p>{ b.lock_pin_explain }</p>
                <p>{ b.lock_passphrase_explain }</p>
                <p><strong>{ b.lock_forgotten_explain }</strong></p>
                <p>{ s.relock_note }</p>
            </section>
            { status_line(done.map(AttrValue::Static), Some("lock-status")) }
            if let Some(kind) = app.safety.lock {
                <LockOn {kind} on_done={on_done} />
            } else {
                <LockOff on_done={on_done} />
            }
            { back_to_settings(lang) }
        </Layout>
    }
}

/// Props of the lock forms.
#[derive(Properties, PartialEq)]
struct LockFormProps {
    /// Called with the sentence to show once a step worked.
    on_done: Callback<&'static str>,
}

/// A new secret being typed: its kind, the two fields and the problem.
#[derive(Clone, Default, PartialEq)]
struct NewSecret {
    kind: SecretKind,
    secret: String,
    repeat: String,
    problem: Option<SecretProblem>,
}

/// The kind choice and the two fields of a new secret.
fn secret_choice(lang: Lang, id: &'static str, state: &UseStateHandle<NewSecret>) -> Html {
    let s = safety_texts(lang);
    let v = (**state).clone();
    let pin = v.kind == SecretKind::Pin;
    let labels = if pin {
        (s.new_pin, s.repeat_pin)
    } else {
        (s.new_passphrase, s.repeat_passphrase)
    };
    let hint = if pin {
        s.new_pin_hint
    } else {
        s.new_passphrase_hint
    };
    let set = |f: fn(&mut NewSecret, String)| {
        let state = state.clone();
        Callback::from(move |value: String| {
            let mut next = (*state).clone();
            f(&mut next, value);
            next.problem = None;
            state.set(next);
        })
    };
    let on_kind = {
        let state = state.clone();
        Callback::from(move |i: usize| {
            state.set(NewSecret {
                kind: KINDS.get(i).copied().unwrap_or_default(),
                ..NewSecret::default()
            })
        })
    };
    html! {
        <>
            { choice_group(yew::props!(ChoiceGroupProps {
                id: format!("{id}-kind"), legend: s.kind_legend,
                options: vec![AttrValue::Static(s.kind_pin), AttrValue::Static(s.kind_passphrase)],
                selected: KINDS.iter().position(|k| *k == v.kind), onchange: on_kind,
            })) }
            { new_secret_fields(lang, NewSecretFields {
                id,
                kind: v.kind,
                secret: v.secret.clone(),
                repeat: v.repeat.clone(),
                problem: v.problem,
                labels,
                hint,
                onsecret: set(|n, x| n.secret = x),
                onrepeat: set(|n, x| n.repeat = x),
            }) }
        </>
    }
}

/// Checks a new secret; sets its problem when there is one.
fn checked(state: &UseStateHandle<NewSecret>) -> Option<(SecretKind, String)> {
    let v = (**state).clone();
    match check_secret(v.kind, &v.secret, &v.repeat) {
        Ok(()) => Some((v.kind, v.secret)),
        Err(p) => {
            state.set(NewSecret {
                problem: Some(p),
                ..v
            });
            None
        }
    }
}

/// Turning the lock on.
#[component]
fn LockOff(props: &LockFormProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let s = safety_texts(lang);
    let lock = use_lock();
    let new = use_state(NewSecret::default);
    let busy = use_state(|| false);
    let error = use_state(|| None::<SafetyError>);
    let onsubmit = {
        let (new, busy, error, on_done) = (
            new.clone(),
            busy.clone(),
            error.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some((kind, secret)) = checked(&new) else {
                return;
            };
            busy.set(true);
            error.set(None);
            let (busy, error, on_done) = (busy.clone(), error.clone(), on_done.clone());
            let turned_on = s.turned_on;
            lock.emit((
                LockRequest::On(kind, secret),
                Callback::from(move |r: Result<(), SafetyError>| {
                    busy.set(false);
                    match r {
                        Ok(()) => on_done.emit(turned_on),
                        Err(e) => error.set(Some(e)),
                    }
                }),
            ));
        })
    };
    html! {
        <section class="card card-stack" aria-labelledby="lock-on-title">
            <h2 class="card-title" id="lock-on-title">{ s.turn_on }</h2>
            <form class="form" {onsubmit} novalidate=true>
                { secret_choice(lang, "lock-new", &new) }
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled={*busy}>{ s.turn_on }</button>
                </div>
                if let Some(e) = &*error {
                    { refusal(lang, safety_error_text(lang, e, new.kind == SecretKind::Pin)) }
                }
                { status_line(busy.then_some(AttrValue::Static(s.turning_on)), None) }
            </form>
        </section>
    }
}

/// Props of [`LockOn`].
#[derive(Properties, PartialEq)]
struct LockOnProps {
    /// The current kind of secret.
    kind: SecretKind,
    /// Called with the sentence to show once a step worked.
    on_done: Callback<&'static str>,
}

/// Changing the secret, turning the lock off, or locking now.
#[component]
fn LockOn(props: &LockOnProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let s = safety_texts(lang);
    let lock = use_lock();
    let lock_now = use_lock_now();
    let pin = props.kind == SecretKind::Pin;
    let current_label = AttrValue::Static(if pin {
        s.current_pin
    } else {
        s.current_passphrase
    });
    let inputmode = pin.then_some(AttrValue::Static("numeric"));

    let old_for_change = use_state(String::new);
    let new = use_state(NewSecret::default);
    let change_error = use_state(|| None::<SafetyError>);
    let old_for_off = use_state(String::new);
    let off_error = use_state(|| None::<SafetyError>);
    let busy = use_state(|| false);

    let run = {
        let (busy, on_done, lock) = (busy.clone(), props.on_done.clone(), lock.clone());
        move |request: LockRequest, error: UseStateHandle<Option<SafetyError>>, ok: &'static str| {
            busy.set(true);
            error.set(None);
            let (busy, on_done) = (busy.clone(), on_done.clone());
            lock.emit((
                request,
                Callback::from(move |r: Result<(), SafetyError>| {
                    busy.set(false);
                    match r {
                        Ok(()) => on_done.emit(ok),
                        Err(e) => error.set(Some(e)),
                    }
                }),
            ));
        }
    };
    let on_change = {
        let (run, old, new, error) = (
            run.clone(),
            old_for_change.clone(),
            new.clone(),
            change_error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some((kind, secret)) = checked(&new) {
                run(
                    LockRequest::Change((*old).clone(), kind, secret),
                    error.clone(),
                    s.changed,
                );
            }
        })
    };
    let on_off = {
        let (old, error) = (old_for_off.clone(), off_error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run(
                LockRequest::Off((*old).clone()),
                error.clone(),
                s.turned_off,
            );
        })
    };
    let error_text = |e: &Option<SafetyError>| {
        e.as_ref()
            .map(|e| AttrValue::Static(safety_error_text(lang, e, pin)))
    };
    html! {
        <>
            <section class="card card-stack" aria-labelledby="lock-now-title">
                <h2 class="card-title" id="lock-now-title">
                    { if pin { s.lock_on_pin } else { s.lock_on_passphrase } }
                </h2>
                <button type="button" class="button button-primary" onclick={lock_now.reform(|_| ())}>
                    { s.lock_now }
                </button>
            </section>
            <section class="card card-stack" aria-labelledby="lock-change-title">
                <h2 class="card-title" id="lock-change-title">{ s.change_title }</h2>
                <form class="form" onsubmit={on_change} novalidate=true>
                    { text_field(yew::props!(TextFieldProps {
                        id: "lock-change-old", label: current_label.clone(), value: (*old_for_change).clone(),
                        input_type: "password", inputmode: inputmode.clone(), autocomplete: "current-password",
                        error: error_text(&change_error),
                        oninput: { let o = old_for_change.clone(); Callback::from(move |v| o.set(v)) },
                    })) }
                    { secret_choice(lang, "lock-change", &new) }
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled={*busy}>{ s.change_button }</button>
                    </div>
                </form>
            </section>
            <section class="card card-stack" aria-labelledby="lock-off-title">
                <h2 class="card-title" id="lock-off-title">{ s.off_title }</h2>
                <p>{ s.off_explain }</p>
                <form class="form" onsubmit={on_off} novalidate=true>
                    { text_field(yew::props!(TextFieldProps {
                        id: "lock-off-old", label: current_label, value: (*old_for_off).clone(),
                        input_type: "password", inputmode, autocomplete: "current-password",
                        error: error_text(&off_error),
                        oninput: { let o = old_for_off.clone(); Callback::from(move |v| o.set(v)) },
                    })) }
                    <div class="form-actions">
                        <button type="submit" class="button button-danger" disabled={*busy}>{ s.off_button }</button>
                    </div>
                </form>
            </section>
            { status_line(busy.then_some(AttrValue::Static(s.working)), None) }
        </>
    }
}
