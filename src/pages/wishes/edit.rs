//! One saved wish or agreement: the form, the review of an agreement, its
//! earlier reviews, and removal (with undo on the list).

use yew::prelude::*;

use super::form::WishForm;
use crate::components::{
    choice_group, date_field, text_area, ChoiceGroupProps, DateFieldProps, Layout, TextAreaProps,
};
use crate::hooks::use_app;
use crate::hooks::wishes::{use_remove_wish, use_review_wish, ReviewInput, WishSaveError};
use crate::model::time::Date;
use crate::model::wishes::{ReviewOutcome, Status, WishInput, WishItem};
use crate::pages::NotFoundPage;
use crate::route::{push, Route};
use crate::text::wishes::{outcome_hint, outcome_text, transition_error_text, wish_texts};
use crate::text::{fill, format_date};

/// Props of [`WishEditPage`].
#[derive(Properties, PartialEq)]
pub struct WishEditProps {
    /// The item's id.
    pub id: String,
}

/// One wish or agreement.
#[component]
pub fn WishEditPage(props: &WishEditProps) -> Html {
    let app = use_app();
    let t = wish_texts(app.lang());
    let remove = use_remove_wish();
    let Some(item) = app.wishes.iter().find(|w| w.id == props.id).cloned() else {
        return html! { <NotFoundPage /> };
    };
    let to_list = Callback::from(|_| push(&Route::Wishes));
    let onremove = {
        let item = item.clone();
        let to_list = to_list.clone();
        Callback::from(move |_| {
            let to_list = to_list.clone();
            remove.emit((
                item.clone(),
                Callback::from(move |ok: bool| {
                    if ok {
                        to_list.emit(());
                    }
                }),
            ));
        })
    };
    html! {
        <Layout>
            <h1 class="page-title">{ t.form_edit_title }</h1>
            if item.status == Status::Agreed {
                <ReviewSection item={item.clone()} />
            }
            <section class="card">
                // Keyed by the last change, so a review or undo refreshes the form.
                <WishForm key={item.updated_at.to_string()} initial={WishInput::from_item(&item)}
                    earlier={Some(item.clone())} onsaved={to_list.reform(|_: String| ())}
                    oncancel={to_list.clone()} />
            </section>
            if !item.reviews.is_empty() {
                <section class="card" aria-labelledby="review-history">
                    <h2 class="card-title" id="review-history">{ t.review_history }</h2>
                    <ul class="plain-list">
                        { for item.reviews.iter().rev().map(|r| html! {
                            <li>
                                { fill(t.review_history_entry, &[
                                    ("date", &format_date(app.lang(), r.on)),
                                    ("outcome", outcome_text(t, r.outcome)),
                                ]) }
                                if !r.note.is_empty() { <br /><span class="muted">{ &r.note }</span> }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <button type="button" class="button button-danger button-wide" onclick={onremove}>
                { t.remove }
            </button>
        </Layout>
    }
}

#[derive(Properties, PartialEq)]
struct ReviewProps {
    item: WishItem,
}

/// Record how an agreement is going: keep (with the next date), change, or stop.
#[component]
fn ReviewSection(props: &ReviewProps) -> Html {
    let app = use_app();
    let t = wish_texts(app.lang());
    let review = use_review_wish();
    let outcome = use_state(|| None::<ReviewOutcome>);
    let note = use_state(String::new);
    let next = use_state(|| None::<Date>);
    let error = use_state(|| None::<String>);

    let on_outcome = {
        let outcome = outcome.clone();
        Callback::from(move |i: usize| outcome.set(ReviewOutcome::ALL.get(i).copied()))
    };
    let on_note = {
        let note = note.clone();
        Callback::from(move |v: String| note.set(v))
    };
    let on_next = {
        let next = next.clone();
        Callback::from(move |v: String| next.set(Date::parse_iso(&v)))
    };
    let onsubmit = {
        let item = props.item.clone();
        let outcome = outcome.clone();
        let note = note.clone();
        let next = next.clone();
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(chosen) = *outcome else {
                error.set(Some(t.problem_missing.to_string()));
                return;
            };
            let error = error.clone();
            review.emit((
                item.clone(),
                ReviewInput {
                    outcome: chosen,
                    note: (*note).clone(),
                    next: *next,
                },
                Callback::from(move |r: Result<String, WishSaveError>| match r {
                    Ok(_) => error.set(None),
                    Err(WishSaveError::Review(e)) => error.set(Some(transition_error_text(t, e))),
                    Err(WishSaveError::Fields(_)) => {}
                }),
            ));
        })
    };
    let options: Vec<AttrValue> = ReviewOutcome::ALL
        .iter()
        .map(|o| AttrValue::from(format!("{} — {}", outcome_text(t, *o), outcome_hint(t, *o))))
        .collect();
    html! {
        <section class="card card-calm" aria-labelledby="review-title">
            <h2 class="card-title" id="review-title">{ t.review_title }</h2>
            <form class="form" novalidate=true {onsubmit}>
                { choice_group(yew::props!(ChoiceGroupProps {
                    id: "review-outcome", legend: t.review_outcome_label, options,
                    selected: outcome.and_then(|o| ReviewOutcome::ALL.iter().position(|x| *x == o)),
                    error: (*error).clone().map(AttrValue::from),
                    onchange: on_outcome,
                })) }
                { text_area(yew::props!(TextAreaProps {
                    id: "review-note", label: t.review_note_label, rows: 2,
                    value: (*note).clone(), oninput: on_note,
                })) }
                if *outcome == Some(ReviewOutcome::Keep) {
                    { date_field(yew::props!(DateFieldProps {
                        id: "review-next", label: t.review_next_label,
                        value: next.map(Date::to_iso).unwrap_or_default(), onchange: on_next,
                    })) }
                }
                <button class="button button-primary" type="submit">{ t.review_save }</button>
            </form>
        </section>
    }
}
