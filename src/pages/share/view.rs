//! The chosen summary full-screen and as a QR code, the share log, and the
//! read-only viewer of a scanned summary.

use yew::prelude::*;

use super::summary_view;
use crate::components::qr_code::qr_code;
use crate::components::Layout;
use crate::hooks::now_ms;
use crate::hooks::share::{change_kept, load_kept, summary_of, use_clear_share_log};
use crate::hooks::{use_app, use_texts};
use crate::model::share::kept::{forget, keep as keep_summary, KeptSummary};
use crate::model::share::{decode, encode, fits_in_qr, newest_first, qr_modules};
use crate::route::{push, Route};
use crate::storage::device;
use crate::text::share::{decode_error_text, log_line, log_what, share_texts};

/// The chosen summary in large type, with nothing to edit and one way out.
#[component]
pub fn ShareShowPage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = share_texts(lang);
    let summary = summary_of(&app, &app.share_selection);
    let close = Callback::from(move |_: MouseEvent| push(&Route::Share));
    html! {
        <div class="share-full" data-testid="share-full">
            <main id="main" class="share-full-main" tabindex="-1">
                { summary_view(&summary, lang, true) }
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
    let lang = app.lang();
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
                    { qr_code(width, &modules, t.qr_title) }
                </div>
            } else {
                <p class="notice notice-info" data-testid="qr-too-large">{ t.qr_too_large }</p>
            }
            <p>
                <a class="button button-secondary button-wide" href={Route::Share.href()}>
                    { t.close_full_screen }
                </a>
            </p>
        </Layout>
    }
}

/// What was shared, newest first, and a way to clear it.
#[component]
pub fn ShareLogPage() -> Html {
    let app = use_app();
    let lang = app.lang();
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
                <a class="button button-secondary" href={Route::Share.href()}>{ t.title }</a>
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
    let lang = app.lang();
    let t = share_texts(lang);
    let decoded = decode(&props.payload);
    // None: not kept; Some(true): kept; Some(false): keeping failed.
    let kept = use_state(|| None::<bool>);
    let keep = {
        let kept = kept.clone();
        let payload = props.payload.to_string();
        Callback::from(move |_: MouseEvent| {
            let kept = kept.clone();
            let payload = payload.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = change_kept(|list| keep_summary(list, &payload, now_ms())).await;
                kept.set(Some(result.is_ok()));
            });
        })
    };
    html! {
        <Layout nav={false}>
            <div class="share-viewer" data-testid="viewer">
                { match decoded {
                    Ok(summary) => html! {
                        <>
                            if *kept == Some(true) {
                                <p class="notice notice-info" role="status">{ t.viewer_kept }</p>
                            } else {
                                <p class="notice notice-info" role="status">{ t.viewer_read_only }</p>
                            }
                            { summary_view(&summary, lang, true) }
                            if *kept == Some(false) {
                                <p class="notice notice-error" role="alert">{ t.viewer_keep_failed }</p>
                            }
                            if *kept == Some(true) {
                                <p><a class="button button-secondary button-wide" href="#/bewaard">{ t.kept_link }</a></p>
                            } else {
                                <p>
                                    <button type="button" class="button button-primary button-wide" onclick={keep}>
                                        { t.viewer_keep }
                                    </button>
                                </p>
                            }
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

/// The summaries this phone's reader chose to keep, each to open or remove.
/// Works without a profile, like the viewer.
#[component]
pub fn KeptPage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = share_texts(lang);
    // None while reading.
    let list = use_state(|| None::<Vec<KeptSummary>>);
    {
        let list = list.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(load_kept().await.unwrap_or_default()));
            });
        });
    }
    let remove = {
        let list = list.clone();
        Callback::from(move |payload: String| {
            let list = list.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(next) = change_kept(|l| forget(l, &payload)).await {
                    list.set(Some(next));
                }
            });
        })
    };
    html! {
        <Layout nav={false}>
            <h1 class="page-title">{ t.kept_title }</h1>
            <p>{ t.kept_intro }</p>
            { match &*list {
                None => html! {},
                Some(items) if items.is_empty() => html! {
                    <p class="empty" data-testid="kept-empty">{ t.kept_empty }</p>
                },
                Some(items) => html! {
                    <ul class="plain-list" data-testid="kept-list">
                        { for items.iter().filter_map(|k| {
                            let summary = decode(&k.payload).ok()?;
                            let date = crate::text::format_date(lang, summary.date);
                            let title = match summary.caregiver_name.as_deref() {
                                Some(name) => crate::text::fill(t.kept_item, &[("date", &date), ("name", name)]),
                                None => crate::text::fill(t.kept_item_no_name, &[("date", &date)]),
                            };
                            let payload = k.payload.clone();
                            let onremove = remove.reform(move |_: MouseEvent| payload.clone());
                            Some(html! {
                                <li class="kept-item" key={k.payload.clone()}>
                                    <a class="due-link" href={Route::View { payload: k.payload.clone() }.href()}>
                                        <span class="due-text">{ title.clone() }</span>
                                    </a>
                                    <button type="button" class="button button-danger button-small"
                                        aria-label={format!("{}: {title}", t.kept_remove)} onclick={onremove}>
                                        { t.kept_remove }
                                    </button>
                                </li>
                            })
                        }) }
                    </ul>
                },
            } }
        </Layout>
    }
}
