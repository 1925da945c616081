//! The one place where errors reach the person, each as one plain sentence.

use yew::prelude::*;

use crate::hooks::{use_app, use_reload, use_texts};
use crate::state::{Action, AppError, Boot, Connection};
use crate::storage::StorageError;
use crate::text::Texts;

/// The plain sentence for a storage error.
pub fn storage_error_text(t: &'static Texts, e: StorageError) -> &'static str {
    match e {
        StorageError::Unsupported => t.err_storage_unsupported,
        StorageError::Blocked => t.err_storage_blocked,
        StorageError::QuotaExceeded => t.err_storage_quota,
        StorageError::VersionChanged => t.err_storage_version_changed,
        StorageError::ConnectionLost => t.err_storage_lost,
        StorageError::NewerData => t.err_storage_newer_data,
        StorageError::Corrupt => t.err_storage_corrupt,
        StorageError::WriteFailed => t.err_storage_write,
        StorageError::ReadFailed => t.err_storage_read,
        StorageError::Preferences => t.err_prefs,
        StorageError::Locked => t.err_locked,
    }
}

/// The plain sentence for any error of the app.
pub fn error_text(t: &'static Texts, e: AppError) -> &'static str {
    match e {
        AppError::Storage(e) => storage_error_text(t, e),
        AppError::EnglishMissing => t.err_english,
    }
}

/// Shows the current problem, if any: a failed start, a connection that needs a
/// reload, or the last failed action. Errors that need a reload get that button;
/// others can be closed.
#[component]
pub fn ErrorNotice() -> Html {
    let app = use_app();
    let t = use_texts();
    let reload = use_reload();
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissError))
    };

    let blocking = match (app.boot, app.connection) {
        (Boot::Failed(e), _) => Some(e),
        (_, Connection::NeedsReload(e)) => Some(e),
        _ => None,
    };
    if let Some(e) = blocking {
        let can_reload = e != StorageError::Unsupported;
        return html! {
            <div class="notice notice-error" role="alert">
                <p class="notice-text">{ storage_error_text(t, e) }</p>
                if can_reload {
                    <button class="button button-primary" onclick={reload.reform(|_| ())}>
                        { t.reload }
                    </button>
                }
            </div>
        };
    }
    match app.error {
        Some(e) => {
            let needs_reload = matches!(e, AppError::Storage(s) if s.needs_reload());
            html! {
                <div class="notice notice-error" role="alert">
                    <p class="notice-text">{ error_text(t, e) }</p>
                    if needs_reload {
                        <button class="button button-primary" onclick={reload.reform(|_| ())}>
                            { t.reload }
                        </button>
                    } else {
                        <button class="button button-secondary" onclick={dismiss}>
                            { t.close }
                        </button>
                    }
                </div>
            }
        }
        None => html! {},
    }
}
