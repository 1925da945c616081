//! The result of one check: the balance picture, the band, what weighs most,
//! the advice, and the strongest energy givers and drains.

use yew::prelude::*;

use super::{band_words, cared_name, check_date};
use crate::components::balance_picture::{band_badge, BalancePicture};
use crate::components::Layout;
use crate::hooks::check::use_check_texts;
use crate::hooks::use_app;
use crate::model::check::{advice, heaviest, Side};
use crate::model::energy::{top, EnergyKind};
use crate::route::Route;
use crate::text::check::{
    advice_text, band_text, option_text, question_label, side_name, weight_name,
};
use crate::text::fill;

/// Props of [`CheckResultPage`].
#[derive(Properties, PartialEq)]
pub struct CheckResultProps {
    /// The check's record id.
    pub id: String,
}

/// How many answers, givers and drains the result shows.
const SHOW: usize = 3;

/// The result of one check.
#[component]
pub fn CheckResultPage(props: &CheckResultProps) -> Html {
    let app = use_app();
    let ct = use_check_texts();
    let lang = app.lang();
    let Some(record) = app.checks.iter().find(|r| r.id == props.id) else {
        return html! {
            <Layout>
                <h1 class="page-title">{ ct.result_title }</h1>
                <p>{ ct.result_not_found }</p>
                <p>
                    <a class="button button-secondary" href={Route::Check.href()}>{ ct.back_to_check }</a>
                </p>
            </Layout>
        };
    };
    let result = record.result();
    let name = cared_name(&app, ct);
    let tilt = result.load - result.capacity;
    let summary = if tilt.abs() < 10 {
        ct.pic_level
    } else if tilt > 0 {
        ct.pic_tips_load
    } else {
        ct.pic_tips_capacity
    };
    let side_line = |side: Side, score: i32| {
        AttrValue::from(fill(
            ct.score_line,
            &[("side", side_name(ct, side)), ("score", &score.to_string())],
        ))
    };
    let heavy = heaviest(&result, SHOW);
    let tips = advice(&result);
    let givers = top(&app.energy, EnergyKind::Giver, SHOW);
    let drains = top(&app.energy, EnergyKind::Drain, SHOW);
    let energy_list = |kind: EnergyKind, items: &[&crate::model::energy::EnergyItem]| {
        html! {
            <div class="bc-result-energy">
                <h3 class="bc-subtitle">{ if kind == EnergyKind::Giver { ct.result_givers } else { ct.result_drains } }</h3>
                if items.is_empty() {
                    <p class="muted">{ ct.energy_list_empty }</p>
                } else {
                    <ul class="bc-plain-list" data-testid={format!("result-{}", if kind == EnergyKind::Giver { "givers" } else { "drains" })}>
                        { for items.iter().map(|i| html! {
                            <li class="bc-energy-line">
                                <span>{ i.text.clone() }</span>
                                <span class="bc-weight">{ weight_name(ct, i.weight) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </div>
        }
    };

    html! {
        <Layout>
            <h1 class="page-title">{ ct.result_title }</h1>
            <p class="muted">{ fill(ct.done_on, &[("date", &check_date(lang, record))]) }</p>

            <section class="card bc-result-card" aria-labelledby="bc-band" data-testid="check-result">
                <h2 class="bc-band-heading" id="bc-band">
                    { band_badge(result.band, band_words(ct, result.band), true) }
                </h2>
                if let Some(band) = result.band {
                    <p class="lead">{ band_text(ct, band) }</p>
                }
                { BalancePicture {
                    load: result.load,
                    capacity: result.capacity,
                    load_line: side_line(Side::Load, result.load).into(),
                    capacity_line: side_line(Side::Capacity, result.capacity).into(),
                    summary: summary.into(),
                }.view() }
                <p class="muted bc-small">{ ct.score_explain }</p>
                if let Some(mark) = record.overall {
                    <p>{ fill(ct.overall_line, &[("mark", &mark.to_string())]) }</p>
                }
            </section>

            <section class="card" aria-labelledby="bc-heaviest">
                <h2 class="card-title" id="bc-heaviest">{ ct.result_heaviest }</h2>
                if heavy.is_empty() {
                    <p>{ ct.result_nothing_heavy }</p>
                } else {
                    <ul class="bc-plain-list" data-testid="result-heaviest">
                        { for heavy.iter().map(|c| {
                            let label = fill(question_label(ct, c.question), &[("name", &name)]);
                            let answer = option_text(ct, c.question, c.option).unwrap_or_default();
                            html! {
                                <li class="bc-heavy">
                                    <span class="bc-heavy-label">{ label }</span>
                                    <span class="bc-heavy-answer">{ answer }</span>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>

            <section class="card" aria-labelledby="bc-advice">
                <h2 class="card-title" id="bc-advice">{ ct.result_advice }</h2>
                <ol class="bc-advice-list" data-testid="result-advice">
                    { for tips.iter().map(|a| {
                        let (title, body) = advice_text(ct, *a);
                        html! {
                            <li class="bc-advice">
                                <h3 class="bc-subtitle">{ title }</h3>
                                <p>{ body }</p>
                            </li>
                        }
                    }) }
                </ol>
            </section>

            <section class="card" aria-labelledby="bc-result-energy">
                <h2 class="card-title" id="bc-result-energy">{ ct.result_energy }</h2>
                if givers.is_empty() && drains.is_empty() {
                    <p>{ ct.energy_none_yet }</p>
                    <p>
                        <a class="button button-secondary" href={Route::Energy.href()}>{ ct.energy_fill_link }</a>
                    </p>
                } else {
                    { energy_list(EnergyKind::Giver, &givers) }
                    { energy_list(EnergyKind::Drain, &drains) }
                    <p>
                        <a class="button button-secondary" href={Route::Energy.href()}>{ ct.energy_edit_link }</a>
                    </p>
                }
            </section>

            <p class="muted">{ ct.not_medical }</p>
            <nav class="bc-links" aria-label={ct.check_title}>
                <ul class="bc-link-list">
                    <li><a class="bc-link" href={Route::CheckHistory.href()}>{ ct.open_history }</a></li>
                    <li><a class="bc-link" href={Route::Check.href()}>{ ct.back_to_check }</a></li>
                </ul>
            </nav>
        </Layout>
    }
}
