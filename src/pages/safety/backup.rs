//! The backup screen: make a backup (optionally with a passphrase) and restore
//! one, after checking it completely and asking how.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{
    back_to_settings, last_backup_line, new_secret_fields, refusal, safety_error_text, status_line,
    NewSecretFields,
};
use crate::components::{choice_group, text_field, ChoiceGroupProps, Layout, TextFieldProps};
use crate::hooks::safety::{
    open_backup, read_chosen, use_make_backup, use_restore, BackupOutcome, Delivery, SafetyError,
};
use crate::hooks::{offset_minutes, use_app};
use crate::model::backup::{BackupFile, EncryptedBackup, ParsedBackup, RestoreMode};
use crate::model::lock::{check_secret, SecretKind, SecretProblem};
use crate::storage::files::{self, ChosenFile};
use crate::text::backup::{backup_texts, restore_explain, restore_label, summary_text};
use crate::text::fill;
use crate::text::safety::safety_texts;

const MODES: [RestoreMode; 2] = [RestoreMode::AddMissing, RestoreMode::ReplaceAll];

/// The backup screen.
#[component]
pub fn BackupPage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let b = backup_texts(lang);
    html! {
        <Layout>
            <h1 class="page-title">{ safety_texts(lang).backup_page_title }</h1>
            <p class="lead">{ b.backup_explain }</p>
            <MakeBackup />
            <RestoreBackup />
            { back_to_settings(lang) }
        </Layout>
    }
}

/// Making a backup.
#[component]
fn MakeBackup() -> Html {
    let app = use_app();
    let lang = app.lang();
    let (b, s) = (backup_texts(lang), safety_texts(lang));
    let make = use_make_backup();
    let protect = use_state(|| false);
    let secret = use_state(String::new);
    let repeat = use_state(String::new);
    let problem = use_state(|| None::<SecretProblem>);
    let busy = use_state(|| false);
    let result = use_state(|| None::<Result<BackupOutcome, SafetyError>>);
    let can_share = use_memo((), |_| files::can_share_files());

    let start = {
        let (protect, secret, repeat) = (protect.clone(), secret.clone(), repeat.clone());
        let (problem, busy, result) = (problem.clone(), busy.clone(), result.clone());
        Callback::from(move |delivery: Delivery| {
            let passphrase = if *protect {
                if let Err(p) = check_secret(SecretKind::Passphrase, &secret, &repeat) {
                    problem.set(Some(p));
                    return;
                }
                Some((*secret).clone())
            } else {
                None
            };
            problem.set(None);
            busy.set(true);
            result.set(None);
            let (busy, result) = (busy.clone(), result.clone());
            make.emit((
                passphrase,
                delivery,
                Callback::from(move |r| {
                    busy.set(false);
                    result.set(Some(r));
                }),
            ));
        })
    };
    let on_protect = {
        let protect = protect.clone();
        Callback::from(move |e: Event| {
            protect.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let status = if *busy {
        Some(AttrValue::Static(s.making))
    } else {
        match &*result {
            Some(Ok(BackupOutcome::Made(name))) => Some(fill(s.made, &[("name", name)]).into()),
            Some(Ok(BackupOutcome::Cancelled)) => Some(AttrValue::Static(s.cancelled)),
            _ => None,
        }
    };
    html! {
        <section class="card card-stack" aria-labelledby="make-title">
            <h2 class="card-title" id="make-title">{ b.backup_title }</h2>
            <p data-testid="last-backup">{ last_backup_line(lang, app.safety.last_backup) }</p>
            <p>{ b.backup_passphrase_explain }</p>
            <div class="check">
                <input type="checkbox" class="check-input" id="backup-protect"
                    checked={*protect} onchange={on_protect} />
                <label class="check-label" for="backup-protect">{ s.protect_label }</label>
            </div>
            if *protect {
                { new_secret_fields(lang, NewSecretFields {
                    id: "backup-pass",
                    kind: SecretKind::Passphrase,
                    secret: (*secret).clone(),
                    repeat: (*repeat).clone(),
                    problem: *problem,
                    labels: (s.passphrase_label, s.passphrase_repeat_label),
                    hint: s.passphrase_hint,
                    onsecret: { let secret = secret.clone(); Callback::from(move |v| secret.set(v)) },
                    onrepeat: { let repeat = repeat.clone(); Callback::from(move |v| repeat.set(v)) },
                }) }
            }
            <div class="form-actions">
                <button type="button" class="button button-primary" disabled={*busy}
                    onclick={start.reform(|_| Delivery::Save)}>{ s.save_button }</button>
                if *can_share {
                    <button type="button" class="button button-secondary" disabled={*busy}
                        onclick={start.reform(|_| Delivery::Share)}>{ s.share_button }</button>
                }
            </div>
            if let Some(Err(e)) = &*result {
                { refusal(lang, safety_error_text(lang, e, false)) }
            }
            { status_line(status, Some("backup-status")) }
        </section>
    }
}

/// Where a restore is.
#[derive(Clone, PartialEq)]
enum Step {
    /// Waiting for a file.
    Choose,
    /// Reading and checking the file.
    Reading,
    /// The file was refused.
    Refused(SafetyError),
    /// A protected backup: waiting for its passphrase (and the last try's error).
    Locked(Rc<EncryptedBackup>, Option<SafetyError>),
    /// Opening a protected backup.
    Opening(Rc<EncryptedBackup>),
    /// A checked backup: choose how to restore.
    Chosen(Rc<ParsedBackup>),
    /// Writing.
    Restoring(Rc<ParsedBackup>),
    /// Done.
    Restored,
}

/// Restoring a backup.
#[component]
fn RestoreBackup() -> Html {
    let app = use_app();
    let lang = app.lang();
    let (b, s) = (backup_texts(lang), safety_texts(lang));
    let step = use_state(|| Step::Choose);
    let passphrase = use_state(String::new);
    let mode = use_state(|| None::<RestoreMode>);
    let confirming = use_state(|| false);
    let failed = use_state(|| None::<SafetyError>);
    let restore = use_restore();

    let on_file = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = ChosenFile::from_input(&input) else {
                return;
            };
            step.set(Step::Reading);
            let step = step.clone();
            spawn_local(async move {
                step.set(match read_chosen(file).await {
                    Ok(BackupFile::Plain(parsed)) => Step::Chosen(Rc::new(parsed)),
                    Ok(BackupFile::Encrypted(enc)) => Step::Locked(Rc::new(enc), None),
                    Err(e) => Step::Refused(SafetyError::Backup(e)),
                });
            });
        })
    };
    let on_open = {
        let (step, passphrase) = (step.clone(), passphrase.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Step::Locked(enc, _) = (*step).clone() else {
                return;
            };
            step.set(Step::Opening(enc.clone()));
            let (step, secret) = (step.clone(), (*passphrase).clone());
            spawn_local(async move {
                step.set(match open_backup(&enc, &secret).await {
                    Ok(parsed) => Step::Chosen(Rc::new(parsed)),
                    Err(e) => Step::Locked(enc, Some(e)),
                });
            });
        })
    };
    let start_over = {
        let (step, mode, confirming, failed, passphrase) = (
            step.clone(),
            mode.clone(),
            confirming.clone(),
            failed.clone(),
            passphrase.clone(),
        );
        Callback::from(move |_| {
            step.set(Step::Choose);
            mode.set(None);
            confirming.set(false);
            failed.set(None);
            passphrase.set(String::new());
        })
    };
    let go = {
        let (step, mode, confirming, failed) = (
            step.clone(),
            mode.clone(),
            confirming.clone(),
            failed.clone(),
        );
        Callback::from(move |confirmed: bool| {
            let (Step::Chosen(parsed), Some(m)) = ((*step).clone(), *mode) else {
                return;
            };
            if m == RestoreMode::ReplaceAll && !confirmed {
                confirming.set(true);
                return;
            }
            confirming.set(false);
            failed.set(None);
            step.set(Step::Restoring(parsed.clone()));
            let (step, failed) = (step.clone(), failed.clone());
            let back = parsed.clone();
            restore.emit((
                parsed,
                m,
                Callback::from(move |r: Result<(), SafetyError>| match r {
                    Ok(()) => step.set(Step::Restored),
                    Err(e) => {
                        failed.set(Some(e));
                        step.set(Step::Chosen(back.clone()));
                    }
                }),
            ));
        })
    };

    let file_field = html! {
        <div class="field">
            <label class="field-label" for="restore-file">{ s.file_label }</label>
            <input type="file" class="input input-file" id="restore-file"
                accept=".json,application/json" onchange={on_file} />
        </div>
    };
    let another = html! {
        <button type="button" class="button button-secondary" onclick={start_over.clone()}>
            { s.another_file }
        </button>
    };
    let body = match &*step {
        Step::Choose => file_field,
        Step::Reading => {
            html! { <>{ file_field }{ status_line(Some(AttrValue::Static(s.reading)), None) }</> }
        }
        Step::Refused(e) => html! {
            <>
                { refusal(lang, safety_error_text(lang, e, false)) }
                { file_field }
            </>
        },
        Step::Locked(_, _) | Step::Opening(_) => {
            let opening = matches!(&*step, Step::Opening(_));
            let error = match &*step {
                Step::Locked(_, Some(e)) => {
                    Some(AttrValue::Static(safety_error_text(lang, e, false)))
                }
                _ => None,
            };
            html! {
                <form class="form" onsubmit={on_open} novalidate=true>
                    <p>{ b.err_encrypted }</p>
                    { text_field(yew::props!(TextFieldProps {
                        id: "restore-pass", label: s.open_label, value: (*passphrase).clone(),
                        input_type: "password", autocomplete: "off", error,
                        oninput: { let p = passphrase.clone(); Callback::from(move |v| p.set(v)) },
                    })) }
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled={opening}>{ s.open_button }</button>
                        { another.clone() }
                    </div>
                    { status_line(opening.then_some(AttrValue::Static(s.opening)), None) }
                </form>
            }
        }
        Step::Chosen(parsed) | Step::Restoring(parsed) => {
            let busy = matches!(&*step, Step::Restoring(_));
            let on_mode = {
                let (mode, confirming) = (mode.clone(), confirming.clone());
                Callback::from(move |i: usize| {
                    mode.set(MODES.get(i).copied());
                    confirming.set(false);
                })
            };
            html! {
                <>
                    <h3 class="section-title">{ b.summary_title }</h3>
                    <p data-testid="restore-summary">{ summary_text(lang, &parsed.summary(offset_minutes())) }</p>
                    { choice_group(yew::props!(ChoiceGroupProps {
                        id: "restore-mode", legend: b.restore_question,
                        options: MODES.iter().map(|m| AttrValue::Static(restore_label(b, *m))).collect::<Vec<_>>(),
                        selected: mode.and_then(|m| MODES.iter().position(|x| *x == m)),
                        onchange: on_mode,
                    })) }
                    if let Some(m) = *mode {
                        <p>{ restore_explain(b, m) }</p>
                    }
                    if *confirming {
                        <div class="confirm" role="group" aria-labelledby="replace-question">
                            <p id="replace-question" class="confirm-text">{ s.replace_confirm }</p>
                            <div class="form-actions">
                                <button type="button" class="button button-danger-solid" disabled={busy}
                                    onclick={go.reform(|_| true)}>{ s.replace_yes }</button>
                                <button type="button" class="button button-secondary"
                                    onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }}>
                                    { crate::text::texts(lang).cancel }
                                </button>
                            </div>
                        </div>
                    } else {
                        <div class="form-actions">
                            <button type="button" class="button button-primary"
                                disabled={busy || mode.is_none()} onclick={go.reform(|_| false)}>
                                { s.restore_button }
                            </button>
                            { another.clone() }
                        </div>
                    }
                    if let Some(e) = &*failed {
                        { refusal(lang, safety_error_text(lang, e, false)) }
                    }
                    { status_line(busy.then_some(AttrValue::Static(s.restoring)), None) }
                </>
            }
        }
        Step::Restored => html! {
            <>
                { status_line(Some(AttrValue::Static(b.restore_done)), Some("restore-status")) }
                { another }
            </>
        },
    };
    html! {
        <section class="card card-stack" aria-labelledby="restore-title">
            <h2 class="card-title" id="restore-title">{ s.restore_title }</h2>
            <p>{ s.restore_intro }</p>
            { body }
        </section>
    }
}
