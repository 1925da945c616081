//! Every check over time: the change since the last one in words, a trend
//! chart, and the list of checks to open or remove.

use yew::prelude::*;

use super::{band_words, check_date, focus_id};
use crate::components::balance_picture::band_badge;
use crate::components::trend_chart::TrendChart;
use crate::components::Layout;
use crate::hooks::check::{use_check_texts, use_remove_check};
use crate::hooks::{offset_minutes, use_app};
use crate::model::check::{sorted_by_date, trend, Band};
use crate::route::Route;
use crate::text::check::{band_name, trend_sentence};
use crate::text::fill;

/// Every check over time, with a trend chart.
#[component]
pub fn CheckHistoryPage() -> Html {
    let app = use_app();
    let ct = use_check_texts();
    let remove = use_remove_check();
    let lang = app.lang();
    let oldest_first = sorted_by_date(&app.checks);

    if oldest_first.is_empty() {
        return html! {
            <Layout>
                <h1 class="page-title">{ ct.history_title }</h1>
                <p>{ ct.history_empty }</p>
                <p>
                    <a class="button button-primary" href={Route::CheckQuestions.href()}>{ ct.check_start }</a>
                </p>
                <p><a class="bc-link" href={Route::Check.href()}>{ ct.back_to_check }</a></p>
            </Layout>
        };
    }

    let dates: Vec<AttrValue> = oldest_first
        .iter()
        .map(|r| AttrValue::from(check_date(lang, r)))
        .collect();
    let points_text: Vec<AttrValue> = oldest_first
        .iter()
        .zip(dates.iter())
        .map(|(r, d)| {
            AttrValue::from(fill(
                ct.chart_point,
                &[
                    ("date", d.as_str()),
                    ("band", band_words(ct, r.result().band)),
                ],
            ))
        })
        .collect();
    let band_names = [
        AttrValue::Static(band_name(ct, Band::InBalance)),
        AttrValue::Static(band_name(ct, Band::Attention)),
        AttrValue::Static(band_name(ct, Band::OutOfBalance)),
    ];
    let change = trend_sentence(app.lang(), trend(&app.checks, offset_minutes()).as_ref());
    let checks: Vec<_> = oldest_first.iter().map(|r| (*r).clone()).collect();

    html! {
        <Layout>
            <h1 class="page-title">{ ct.history_title }</h1>

            <section class="card card-calm" aria-labelledby="bc-change">
                <h2 class="card-title" id="bc-change">{ ct.history_change }</h2>
                <p class="lead" data-testid="trend-sentence">{ change }</p>
            </section>

            <section class="card" aria-labelledby="bc-chart-title">
                <h2 class="card-title" id="bc-chart-title">{ ct.chart_title }</h2>
                { TrendChart {
                    checks,
                    band_names,
                    dates: dates.clone(),
                    label: ct.chart_alt.into(),
                    points_text,
                }.view() }
            </section>

            <section class="card" aria-labelledby="bc-history-list">
                <h2 class="card-title bc-focus-target" id="bc-history-list" tabindex="-1">{ ct.history_list }</h2>
                <ul class="bc-history" data-testid="check-history">
                    { for oldest_first.iter().zip(dates.iter()).rev().map(|(r, date)| {
                        let band = r.result().band;
                        let onclick = {
                            let remove = remove.clone();
                            let record = (*r).clone();
                            Callback::from(move |_: MouseEvent| {
                                remove.emit(record.clone());
                                focus_id("bc-history-list".to_string());
                            })
                        };
                        html! {
                            <li class="bc-history-item">
                                <div class="bc-history-main">
                                    <a class="bc-link bc-history-date" href={Route::CheckResult { id: r.id.clone() }.href()}>
                                        { date.clone() }
                                    </a>
                                    { band_badge(band, band_words(ct, band), false) }
                                </div>
                                <button type="button" class="button button-secondary bc-remove" {onclick}
                                    aria-label={format!("{}: {}", ct.remove, date)}>
                                    { ct.remove }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </section>

            <nav class="bc-links" aria-label={ct.check_title}>
                <ul class="bc-link-list">
                    <li><a class="bc-link" href={Route::CheckQuestions.href()}>{ ct.check_again }</a></li>
                    <li><a class="bc-link" href={Route::Check.href()}>{ ct.back_to_check }</a></li>
                </ul>
            </nav>
        </Layout>
    }
}
