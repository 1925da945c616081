//! The data-safety screens: backup and restore, the app lock, the unlock
//! screen, and the pieces of Settings and the start screen that point to them.

mod backup;
mod lock;
mod unlock;

pub use backup::BackupPage;
pub use lock::LockPage;
pub use unlock::UnlockPage;

use yew::prelude::*;

use crate::components::error_notice::storage_error_text;
use crate::components::{text_field, TextFieldProps};
use crate::hooks::safety::{use_dismiss_reminder, SafetyError};
use crate::hooks::{local_date, now_ms, use_app};
use crate::model::backup::reminder_due;
use crate::model::lock::{SecretKind, SecretProblem};
use crate::model::Lang;
use crate::route::Route;
use crate::storage::files;
use crate::text::backup::{backup_texts, counts_text, error_text};
use crate::text::safety::{safety_texts, secret_problem_text, SafetyTexts};
use crate::text::{fill, format_date, texts};

/// The one sentence for a failed safety step. `pin`: the secret was a PIN.
pub fn safety_error_text(lang: Lang, e: &SafetyError, pin: bool) -> &'static str {
    let s = safety_texts(lang);
    match e {
        SafetyError::Backup(b) => error_text(backup_texts(lang), b),
        SafetyError::Storage(st) => storage_error_text(texts(lang), *st),
        SafetyError::WrongSecret if pin => s.wrong_pin,
        SafetyError::WrongSecret => s.wrong_passphrase,
        SafetyError::Unsupported => s.unsupported,
    }
}

/// The line that says when the last backup was made.
fn last_backup_line(lang: Lang, last: Option<i64>) -> String {
    let t = backup_texts(lang);
    match last {
        Some(ms) => fill(
            t.backup_last,
            &[("date", &format_date(lang, local_date(ms)))],
        ),
        None => t.backup_never.to_string(),
    }
}

/// What [`new_secret_fields`] shows.
pub struct NewSecretFields {
    /// The base of the field ids.
    pub id: &'static str,
    /// PIN or passphrase.
    pub kind: SecretKind,
    /// The typed secret.
    pub secret: String,
    /// The typed repeat.
    pub repeat: String,
    /// What is wrong, once the person tried to go on.
    pub problem: Option<SecretProblem>,
    /// Labels: the secret field and its repeat.
    pub labels: (&'static str, &'static str),
    /// A hint under the secret field.
    pub hint: &'static str,
    /// Called with the new secret.
    pub onsecret: Callback<String>,
    /// Called with the new repeat.
    pub onrepeat: Callback<String>,
}

/// A new PIN or passphrase and its repeat, with the problem under the right field.
fn new_secret_fields(lang: Lang, f: NewSecretFields) -> Html {
    let pin = f.kind == SecretKind::Pin;
    let message = f
        .problem
        .map(|p| AttrValue::Static(secret_problem_text(safety_texts(lang), p, pin)));
    let on_repeat = f.problem == Some(SecretProblem::Mismatch);
    let inputmode = pin.then_some(AttrValue::Static("numeric"));
    html! {
        <>
            { text_field(yew::props!(TextFieldProps {
                id: format!("{}-secret", f.id), label: f.labels.0,
                hint: AttrValue::Static(f.hint), value: f.secret, input_type: "password",
                inputmode: inputmode.clone(), autocomplete: "new-password",
                error: if on_repeat { None } else { message.clone() },
                oninput: f.onsecret,
            })) }
            { text_field(yew::props!(TextFieldProps {
                id: format!("{}-repeat", f.id), label: f.labels.1,
                value: f.repeat, input_type: "password", inputmode,
                autocomplete: "new-password", error: if on_repeat { message } else { None },
                oninput: f.onrepeat,
            })) }
        </>
    }
}

/// The way back from a safety screen to Settings.
fn back_to_settings(lang: Lang) -> Html {
    html! {
        <p class="back-line">
            <a href={Route::Settings.href()}>{ safety_texts(lang).back_to_settings }</a>
        </p>
    }
}

/// A polite live region for progress and results, read out when it changes.
/// (Plain functions, not components: each component costs code in the wasm.)
fn status_line(text: Option<AttrValue>, testid: Option<&'static str>) -> Html {
    html! {
        <p class="saved-line" role="status" data-testid={testid}>
            if let Some(text) = text { { text } }
        </p>
    }
}

/// A refused step, said plainly, with "nothing was changed" after it.
fn refusal(lang: Lang, text: &'static str) -> Html {
    html! {
        <div class="notice notice-error" role="alert" data-testid="safety-error">
            <p class="notice-text">{ text }{ " " }{ backup_texts(lang).err_nothing_changed }</p>
        </div>
    }
}

/// The Settings card: the last backup, the lock, what the app holds, the
/// iPhone advice, and the ways to the backup and lock screens.
#[component]
pub fn SafetyCard() -> Html {
    let app = use_app();
    let lang = app.lang();
    let s = safety_texts(lang);
    let lock_line = match app.safety.lock {
        Some(SecretKind::Pin) => s.lock_on_pin,
        Some(SecretKind::Passphrase) => s.lock_on_passphrase,
        None => s.lock_off,
    };
    html! {
        <section class="card card-stack" aria-labelledby="settings-safety">
            <h2 class="card-title" id="settings-safety">{ s.page_title }</h2>
            <p>{ s.page_intro }</p>
            <p data-testid="last-backup">{ last_backup_line(lang, app.safety.last_backup) }</p>
            <p data-testid="lock-state">{ lock_line }</p>
            if files::is_ios_browser_tab() {
                <p data-testid="ios-advice">{ s.ios_advice }</p>
            }
            <p data-testid="record-counts">
                { counts_text(lang, s.counts, [app.checks.len(), app.people.len(), app.wishes.len(), app.energy.len()], &[]) }
            </p>
            <div class="form-actions">
                <a href={Route::Backup.href()} class="button button-primary">{ s.link_backup }</a>
                <a href={Route::Lock.href()} class="button button-secondary">{ s.link_lock }</a>
            </div>
        </section>
    }
}

/// The start screen's reminder to make a backup: only when the browser may
/// clear the data, no backup was made in the last week, and it was not put
/// away in the last week.
#[component]
pub fn BackupReminder() -> Html {
    let app = use_app();
    let s: &SafetyTexts = safety_texts(app.lang());
    let dismiss = use_dismiss_reminder();
    let due = reminder_due(
        app.safety.persisted,
        app.safety.last_backup,
        app.safety.reminded,
        now_ms(),
    );
    if !due {
        return html! {};
    }
    html! {
        <section class="card card-attention" aria-labelledby="reminder-title" data-testid="backup-reminder">
            <h2 class="card-title" id="reminder-title">{ s.reminder_title }</h2>
            <p>{ s.reminder_text }</p>
            if files::is_ios_browser_tab() {
                <p>{ s.ios_advice }</p>
            }
            <div class="form-actions">
                <a href={Route::Backup.href()} class="button button-primary">{ s.reminder_go }</a>
                <button type="button" class="button button-secondary" onclick={dismiss.reform(|_| ())}>
                    { s.reminder_later }
                </button>
            </div>
        </section>
    }
}
