//! The chosen summary full-screen and as a QR code, the share log, and the
//! read-only viewer of a scanned summary.

use yew::prelude::*;
use yew_router::prelude::*;

use super::SummaryView;
use crate::components::qr_code::QrCode;
use crate::components::Layout;
use crate::hooks::share::{summary_of, use_clear_share_log};
use crate::hooks::{use_app, use_texts};
use crate::model::share::{decode, encode, fits_in_qr, newest_first, qr_modules};
use crate::route::Route;
use crate::storage::device;
use crate::text::share::{decode_error_text, log_line, log_what, share_texts};

/// The chosen summary in large type, with nothing to edit and one way out.
#[component]
pub fn ShareShowPage() -> Html {
    let app = use_app();
    let lang = app.prefs.lang;
    let t = share_texts(lang);
    let navigator = use_navigator();
    let summary = summary_of(&app, &app.share_selection);
    let close = Callback::from(move |_: MouseEvent| {
        if let Some(n) = &navigator {
            n.push(&Route::Share);
        }
    });
    html! {
        <div class="share-full" data-testid="share-full">
            <main id="main" class="share-full-main" tabindex="-1">
                <SummaryView {summary} {lang} top={true} />
                <button type="button" class="button button-primary button-wide share-close"
                    onclick={close}>
                    { t.close_full_screen }
                </button>
            </main>
        </div>
    }
}

/// The chosen summary as a QR code of a link to the read-only viewer.
#[component]
pub fn ShareQrPage() -> Html {
    let app = use_app();
    let lang = app.prefs.lang;
    let t = share_texts(lang);
    let summary = summary_of(&app, &app.share_selection);
    let payload = encode(&summary);
    let link = format!(
        "{}#{}",
        device::app_address(),
        Route::View {
            payload: payload.clone()
        }
        .to_path()
    );
    let modules = fits_in_qr(&payload).then(|| qr_modules(&link)).flatten();
    html! {
        <Layout>
            <h1 class="page-title">{ t.qr_title }</h1>
            if let Some((width, modules)) = modules {
                <p>{ t.qr_hint }</p>
                <div class="qr-frame">
                    <QrCode {width} {modules} label={t.qr_title} />
                </div>
            } else {
                <p class="notice notice-info" data-testid="qr-too-large">{ t.qr_too_large }</p>
            }
            <p>
                <Link<Route> to={Route::Share} classes="button button-secondary button-wide">
                    { t.close_full_screen }
                </Link<Route>>
            </p>
        </Layout>
    }
}

/// What was shared, newest first, and a way to clear it.
#[component]
pub fn ShareLogPage() -> Html {
    let app = use_app();
    let lang = app.prefs.lang;
    let t = share_texts(lang);
    let common = use_texts();
    let clear = use_clear_share_log();
    let confirming = use_state(|| false);
    let status = use_state(String::new);
    let name = app.profile.as_ref().map(|p| p.cared_name.clone());
    let entries = newest_first(&app.share_log);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let confirming = confirming.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let confirming = confirming.clone();
            let status = status.clone();
            clear.emit(Callback::from(move |ok: bool| {
                confirming.set(false);
                if ok {
                    status.set(t.log_cleared.to_string());
                }
            }));
        })
    };
    html! {
        <Layout>
            <h1 class="page-title">{ t.log_title }</h1>
            <p>{ t.log_intro }</p>
            if entries.is_empty() {
                <p class="empty" data-testid="share-log-empty">{ t.log_empty }</p>
            } else {
                <ul class="plain-list share-log" data-testid="share-log">
                    { for entries.iter().map(|e| html! {
                        <li class="share-log-item" key={e.id.clone()}>
                            <span class="share-log-line">{ log_line(lang, e) }</span>
                            <span class="share-log-what">{ log_what(lang, e, name.as_deref()) }</span>
                        </li>
                    }) }
                </ul>
                if *confirming {
                    <div class="confirm" role="group" aria-labelledby="share-log-confirm">
                        <p class="confirm-text" id="share-log-confirm">{ t.log_clear_confirm }</p>
                        <p class="form-actions">
                            <button type="button" class="button button-danger-solid" onclick={confirm}>
                                { t.log_clear }
                            </button>
                            <button type="button" class="button button-secondary" onclick={cancel}>
                                { common.cancel }
                            </button>
                        </p>
                    </div>
                } else {
                    <p>
                        <button type="button" class="button button-danger" onclick={ask}>
                            { t.log_clear }
                        </button>
                    </p>
                }
            }
            <p class="saved-line" role="status">{ (*status).clone() }</p>
            <p>
                <Link<Route> to={Route::Share} classes="button button-secondary">{ t.title }</Link<Route>>
            </p>
        </Layout>
    }
}

/// Props of [`ViewPage`].
#[derive(Properties, PartialEq)]
pub struct ViewPageProps {
    /// The encoded summary from the link.
    pub payload: AttrValue,
}

/// A scanned summary, read-only. Works without a profile and writes nothing.
#[component]
pub fn ViewPage(props: &ViewPageProps) -> Html {
    let app = use_app();
    let lang = app.prefs.lang;
    let t = share_texts(lang);
    let decoded = decode(&props.payload);
    html! {
        <Layout nav={false}>
            <div class="share-viewer" data-testid="viewer">
                { match decoded {
                    Ok(summary) => html! {
                        <>
                            <p class="notice notice-info">{ t.viewer_read_only }</p>
                            <SummaryView {summary} {lang} top={true} />
                        </>
                    },
                    Err(e) => html! {
                        <>
                            <h1 class="page-title">{ t.viewer_error_title }</h1>
                            <p class="notice notice-error" data-testid="viewer-error">{ decode_error_text(t, e) }</p>
                        </>
                    },
                } }
            </div>
        </Layout>
    }
}
