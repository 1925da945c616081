//! The first start: a short tour (three screens, skippable) of what the app is
//! for and that the data stays on the phone, then three short questions.

use yew::prelude::*;

use crate::components::icons::{icon_svg, Icon};
use crate::components::{Layout, ProfileForm};
use crate::hooks::use_texts;
use crate::text::fill;

const TOUR_STEPS: usize = 3;

/// Shown until the profile is saved.
#[component]
pub fn OnboardingPage() -> Html {
    let t = use_texts();
    let step = use_state(|| 0_usize);
    if *step >= TOUR_STEPS {
        return html! {
            <Layout nav={false}>
                <h1 class="page-title">{ t.welcome_title }</h1>
                <p class="lead">{ t.welcome_intro }</p>
                <p class="privacy-line">
                    { icon_svg(Icon::Lock) }
                    <span>{ t.welcome_privacy }</span>
                </p>
                <section class="card">
                    <ProfileForm id_prefix="welcome" submit_label={t.welcome_submit} />
                </section>
            </Layout>
        };
    }
    let (title, text) = match *step {
        0 => (t.tour1_title, t.tour1_text),
        1 => (t.tour2_title, t.tour2_text),
        _ => (t.tour3_title, t.tour3_text),
    };
    let next = {
        let step = step.clone();
        Callback::from(move |_| step.set(*step + 1))
    };
    let skip = {
        let step = step.clone();
        Callback::from(move |_| step.set(TOUR_STEPS))
    };
    let last = *step + 1 == TOUR_STEPS;
    html! {
        <Layout nav={false}>
            <div class="tour" data-testid="tour">
                <p class="tour-progress">
                    { fill(t.tour_progress, &[("step", &(*step + 1).to_string()), ("total", &TOUR_STEPS.to_string())]) }
                </p>
                <div class="tour-picture" aria-hidden="true">
                    { tour_picture(*step) }
                </div>
                <h1 class="page-title">{ title }</h1>
                <p class="lead">{ text }</p>
                <div class="tour-actions">
                    <button type="button" class="button button-primary" onclick={next}>
                        { if last { t.tour_start } else { t.tour_next } }
                    </button>
                    if !last {
                        <button type="button" class="button button-secondary" onclick={skip}>{ t.tour_skip }</button>
                    }
                </div>
            </div>
        </Layout>
    }
}

/// A calm drawing per step: two people, a balance, a lock.
/// A plain function rather than a component: it has no state of its own, and
/// each component costs about 1 KB of wasm (issue 11).
fn tour_picture(step: usize) -> Html {
    match step {
        0 => html! {
            <svg viewBox="0 0 120 80" width="180" height="120" focusable="false">
                <circle cx="50" cy="26" r="12" class="fill-primary" />
                <circle cx="72" cy="30" r="9" class="fill-accent" />
                <path d="M28 74a22 26 0 0 1 44 0Z" class="fill-primary" />
                <path d="M58 74a17 21 0 0 1 32 0Z" class="fill-accent" />
            </svg>
        },
        1 => html! {
            <svg viewBox="0 0 120 80" width="180" height="120" focusable="false">
                <path d="M60 12v58M40 74h40M22 26h76" class="stroke-primary" fill="none" stroke-width="4" stroke-linecap="round" />
                <path d="M22 26l-12 24h24Z" class="fill-accent" />
                <path d="M98 26l-12 24h24Z" class="fill-primary" />
            </svg>
        },
        _ => html! {
            <svg viewBox="0 0 120 80" width="180" height="120" focusable="false">
                <rect x="38" y="34" width="44" height="38" rx="6" class="fill-primary" />
                <path d="M48 34V24a12 12 0 0 1 24 0v10" class="stroke-primary" fill="none" stroke-width="5" />
                <circle cx="60" cy="52" r="5" class="fill-accent" />
            </svg>
        },
    }
}
