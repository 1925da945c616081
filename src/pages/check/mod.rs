//! The balance check and the energy lists: the check's home, the questions one
//! per screen, the result, the history with its trend chart, and the energy lists.

mod energy;
mod history;
mod questions;
mod result;

pub use energy::EnergyPage;
pub use history::CheckHistoryPage;
pub use questions::CheckQuestionsPage;
pub use result::{CheckResultPage, CheckResultProps};

use yew::prelude::*;

use crate::components::balance_picture::band_badge;
use crate::components::Layout;
use crate::hooks::check::{use_check_texts, use_save_draft, use_stored_draft};
use crate::hooks::{now_ms, offset_minutes, use_app, use_texts};
use crate::model::check::{sorted_by_date, Band, CheckDraft, CheckRecord, QUESTION_COUNT};
use crate::model::Lang;
use crate::route::{push, Route};
use crate::text::check::{band_name, CheckTexts};
use crate::text::{fill, format_date};

/// The name of the person cared for, for `{name}` in the questions.
pub(crate) fn cared_name(app: &crate::state::AppState, ct: &CheckTexts) -> String {
    app.profile
        .as_ref()
        .map(|p| p.cared_name.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| ct.name_fallback.to_string())
}

/// The band of a check in words; an incomplete result says so.
pub(crate) fn band_words(ct: &CheckTexts, band: Option<Band>) -> &'static str {
    band.map(|b| band_name(ct, b))
        .unwrap_or(ct.result_incomplete)
}

/// The local date of a check in words.
pub(crate) fn check_date(lang: Lang, record: &CheckRecord) -> String {
    format_date(lang, record.date(offset_minutes()))
}

/// Focuses the element with an id once the screen has been drawn again.
pub(crate) fn focus_id(id: String) {
    use wasm_bindgen::JsCast;
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// The newest check, if any.
pub(crate) fn latest(checks: &[CheckRecord]) -> Option<&CheckRecord> {
    sorted_by_date(checks).last().copied()
}

/// The balance check's home: start or resume, the last result, links onward.
#[component]
pub fn CheckOverviewPage() -> Html {
    let app = use_app();
    let t = use_texts();
    let ct = use_check_texts();
    let stored = use_stored_draft();
    let save_draft = use_save_draft();
    let lang = app.lang();

    let restart = {
        Callback::from(move |_: MouseEvent| {
            save_draft.emit((
                CheckDraft::new(now_ms()),
                Callback::from(|ok: bool| {
                    if ok {
                        push(&Route::CheckQuestions);
                    }
                }),
            ));
        })
    };
    let draft = stored.clone().flatten();
    let last = latest(&app.checks).cloned();

    html! {
        <Layout>
            <h1 class="page-title">{ ct.check_title }</h1>
            <p class="lead">{ ct.check_intro }</p>
            {
                match (&stored, &draft) {
                    (None, _) => html! { <p class="loading" role="status">{ t.loading }</p> },
                    (Some(_), Some(d)) => html! {
                        <section class="card card-calm" aria-labelledby="bc-draft-title" data-testid="check-draft">
                            <h2 class="card-title" id="bc-draft-title">{ ct.draft_title }</h2>
                            <p>{ fill(ct.draft_progress, &[
                                ("count", &d.answered_count().to_string()),
                                ("total", &QUESTION_COUNT.to_string()),
                            ]) }</p>
                            <div class="bc-actions">
                                <a class="button button-primary" href={Route::CheckQuestions.href()}>
                                    { ct.check_resume }
                                </a>
                                <button type="button" class="button button-secondary" onclick={restart}>
                                    { ct.check_restart }
                                </button>
                            </div>
                        </section>
                    },
                    (Some(_), None) => html! {
                        <p>
                            <a class="button button-primary button-wide" href={Route::CheckQuestions.href()}>
                                { if last.is_some() { ct.check_again } else { ct.check_start } }
                            </a>
                        </p>
                    },
                }
            }
            <p class="muted">{ ct.not_medical }</p>

            if let Some(r) = &last {
                <section class="card" aria-labelledby="bc-latest-title" data-testid="check-latest">
                    <h2 class="card-title" id="bc-latest-title">{ ct.latest_title }</h2>
                    <p>
                        { band_badge(r.result().band, band_words(ct, r.result().band), false) }
                    </p>
                    <p>{ fill(ct.done_on, &[("date", &check_date(lang, r))]) }</p>
                    <p>
                        <a class="button button-secondary" href={Route::CheckResult { id: r.id.clone() }.href()}>
                            { ct.open_result }
                        </a>
                    </p>
                </section>
            }

            <nav class="bc-links" aria-label={ct.check_title}>
                <ul class="bc-link-list">
                    if !app.checks.is_empty() {
                        <li>
                            <a class="bc-link" href={Route::CheckHistory.href()}>{ ct.open_history }</a>
                        </li>
                    }
                    <li>
                        <a class="bc-link" href={Route::Energy.href()}>{ ct.open_energy }</a>
                    </li>
                </ul>
            </nav>
        </Layout>
    }
}
