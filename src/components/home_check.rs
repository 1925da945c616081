//! The start screen's card about the balance check: the latest band and date,
//! a gentle nudge when the last check is more than four weeks old, or an
//! invitation to the first check.

use yew::prelude::*;

use super::balance_picture::band_badge;
use super::icons::{icon_svg, Icon};
use crate::hooks::check::{use_check_texts, use_stored_draft};
use crate::hooks::{offset_minutes, today, use_app};
use crate::model::check::{due_for_check, sorted_by_date};
use crate::route::Route;
use crate::text::check::band_name;
use crate::text::{fill, format_date};

/// The latest balance and a gentle nudge to check again.
#[component]
pub fn HomeCheckCard() -> Html {
    let app = use_app();
    let ct = use_check_texts();
    let draft = use_stored_draft().flatten();
    let sorted = sorted_by_date(&app.checks);
    let last = sorted.last().copied();
    let last_date = last.map(|r| r.date(offset_minutes()));
    let due = due_for_check(last_date, today());
    let start_label = if draft.is_some() {
        ct.check_resume
    } else if last.is_some() {
        ct.check_again
    } else {
        ct.check_start
    };
    html! {
        <section class="card bc-home" aria-labelledby="bc-home-title" data-testid="home-check">
            <h2 class="card-title" id="bc-home-title">
                { icon_svg(Icon::Balance) }
                { ct.check_title }
            </h2>
            if let (Some(r), Some(date)) = (last, last_date) {
                {{
                    let band = r.result().band;
                    let label = band.map(|b| band_name(ct, b)).unwrap_or(ct.result_incomplete);
                    html! {
                        <>
                            <p class="bc-home-band">
                                <span>{ ct.latest_title }{ ": " }</span>
                                { band_badge(band, label, false) }
                            </p>
                            <p>{ fill(ct.done_on, &[("date", &format_date(app.lang(), date))]) }</p>
                            if due {
                                <p class="bc-due" data-testid="check-due">{ ct.check_due }</p>
                            }
                        </>
                    }
                }}
            } else {
                <p>{ ct.home_first_check }</p>
            }
            <div class="bc-actions">
                if due || draft.is_some() {
                    <a class="button button-primary" href={Route::CheckQuestions.href()}>{ start_label }</a>
                }
                if let Some(r) = last {
                    <a class="button button-secondary" href={Route::CheckResult { id: r.id.clone() }.href()}>{ ct.open_result }</a>
                }

            </div>
        </section>
    }
}
