//! The start screen: a greeting, who they care for, and what the app keeps.

use yew::prelude::*;

use super::safety::BackupReminder;
use crate::components::home_check::HomeCheckCard;
use crate::components::icons::{icon_svg, Icon};
use crate::components::Layout;
use crate::hooks::start_screen::use_keep_start_screen;
use crate::hooks::{local_hour_now, today, use_app, use_texts};
use crate::model::time::{day_part, DayPart};
use crate::model::wishes::{due_for_start_screen, review_state};
use crate::route::Route;
use crate::text::wishes::{review_state_text, wish_texts};
use crate::text::{fill, format_date, relation_words};

/// The start screen.
#[component]
pub fn HomePage() -> Html {
    let app = use_app();
    let t = use_texts();
    use_keep_start_screen();
    let Some(profile) = app.profile.as_ref() else {
        return html! {};
    };
    let greeting = match day_part(local_hour_now()) {
        DayPart::Morning => t.greet_morning,
        DayPart::Afternoon => t.greet_afternoon,
        DayPart::Evening => t.greet_evening,
        DayPart::Night => t.greet_night,
    };
    let title = if profile.caregiver_name.is_empty() {
        greeting.to_string()
    } else {
        fill(
            t.greet_named,
            &[("greeting", greeting), ("name", &profile.caregiver_name)],
        )
    };
    let name = profile.cared_name.as_str();
    let caring_for = match relation_words(t, profile.relation) {
        Some(rel) => fill(t.home_caring_for_rel, &[("name", name), ("relation", rel)]),
        None => fill(t.home_caring_for, &[("name", name)]),
    };
    html! {
        <Layout>
            <h1 class="page-title" data-testid="greeting">{ title }</h1>
            <p class="lead" data-testid="caring-for">{ caring_for }</p>
            <p>{ fill(t.home_intro, &[("name", name)]) }</p>
            <BackupReminder />
            <DueAgreements />
            <HomeCheckCard />
            <section class="card" aria-labelledby="share-card-title" data-testid="share-card">
                <h2 class="card-title" id="share-card-title">{ t.home_share_title }</h2>
                <p>{ t.home_share_text }</p>
                <p>
                    <a class="button button-primary" href={Route::Share.href()}>
                        { t.home_share_button }
                    </a>
                </p>
            </section>
            <section class="card card-calm" aria-labelledby="privacy-title">
                <h2 class="card-title" id="privacy-title">
                    { icon_svg(Icon::Lock) }
                    { t.home_privacy_title }
                </h2>
                <p>{ t.home_privacy_text }</p>
            </section>
            <p>
                <a class="button button-secondary" href={Route::Settings.href()}>
                    { icon_svg(Icon::Edit) }
                    { t.home_edit_profile }
                </a>
            </p>
        </Layout>
    }
}

/// Agreements to look at again within two weeks, or overdue.

#[component]
fn DueAgreements() -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = wish_texts(lang);
    let today = today();
    let due = due_for_start_screen(&app.wishes, today);
    if due.is_empty() {
        return html! {};
    }
    html! {
        <section class="card card-attention" aria-labelledby="due-title" data-testid="due-agreements">
            <h2 class="card-title" id="due-title">{ t.due_heading }</h2>
            <p>{ t.due_intro }</p>
            <ul class="plain-list due-list">
                { for due.into_iter().map(|w| {
                    let when = review_state_text(t, review_state(w, today),
                        &w.review_on.map(|d| format_date(lang, d)).unwrap_or_default());
                    html! {
                        <li>
                            <a class="due-link" href={Route::WishEdit { id: w.id.clone() }.href()}>
                                <span class="due-text">{ &w.text }</span>
                                if let Some(when) = when {
                                    <span class="due-when">{ when }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
