//! The questions of the balance check, one per screen, and the optional
//! overall mark at the end. Every answer is kept in the draft at once.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::cared_name;
use crate::components::Layout;
use crate::hooks::check::{use_check_texts, use_finish_check, use_save_draft, use_stored_draft};
use crate::hooks::{now_ms, use_app, use_texts};
use crate::model::check::{
    step_at, CheckDraft, QuestionId, Step, OVERALL_MAX, QUESTION_COUNT, STEP_COUNT,
};
use crate::route::{push, Route};
use crate::text::check::{option_texts, question_hint, question_text};
use crate::text::fill;

/// A tick, shown on the chosen answer (its shape, not only its colour, marks it).
fn tick() -> Html {
    html! {
        <svg class="bc-option-tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12.5 10 17.5 19 7" fill="none" stroke="currentColor" stroke-width="3"
                stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// Moves focus to an element after the screen has changed.
fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = node
        .get()
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The questions, one per screen.
#[component]
pub fn CheckQuestionsPage() -> Html {
    let app = use_app();
    let t = use_texts();
    let ct = use_check_texts();
    let stored = use_stored_draft();
    let save_draft = use_save_draft();
    let finish = use_finish_check();
    let draft = use_state(|| None::<CheckDraft>);
    let busy = use_state(|| false);
    let heading = use_node_ref();

    // Resume the stored draft, or start a new one.
    {
        let draft = draft.clone();
        use_effect_with(stored.clone(), move |stored| {
            if let Some(found) = stored {
                if draft.is_none() {
                    draft.set(Some(
                        found.clone().unwrap_or_else(|| CheckDraft::new(now_ms())),
                    ));
                }
            }
        });
    }
    // A new step: the question's heading gets focus, so it is read out and
    // the keyboard starts at the top of the answers.
    let step_index = draft.as_ref().map(CheckDraft::current_index);
    {
        let heading = heading.clone();
        use_effect_with(step_index, move |index| {
            if index.is_some() {
                focus(&heading);
            }
        });
    }

    let Some(current) = (*draft).clone() else {
        return html! {
            <Layout>
                <h1 class="page-title">{ ct.check_title }</h1>
                <p class="loading" role="status">{ t.loading }</p>
            </Layout>
        };
    };

    // Keeps a changed draft on the device, then shows it: the screen never shows
    // an answer as kept before it is (a reload right after a tap loses nothing).
    // When the write fails, the error notice says so and the person goes on.
    let keep = {
        let draft = draft.clone();
        let save_draft = save_draft.clone();
        Callback::from(move |next: CheckDraft| {
            let draft = draft.clone();
            let shown = next.clone();
            save_draft.emit((
                next,
                Callback::from(move |_saved: bool| draft.set(Some(shown.clone()))),
            ));
        })
    };
    let index = current.current_index();
    let step = step_at(index).unwrap_or(Step::Overall);
    // Twelve questions, then the optional mark: "Tot slot", not a thirteenth.
    let progress = match step {
        Step::Question(_) => fill(
            ct.progress,
            &[
                ("step", &(index + 1).to_string()),
                ("total", &QUESTION_COUNT.to_string()),
            ],
        ),
        Step::Overall => ct.progress_last.to_string(),
    };
    let percent = (index + 1) as f64 / STEP_COUNT as f64 * 100.0;

    let back = {
        let keep = keep.clone();
        let current = current.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = current.clone();
            next.back();
            keep.emit(next);
        })
    };
    let forward = {
        let keep = keep.clone();
        let current = current.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = current.clone();
            next.go_to(index + 1);
            keep.emit(next);
        })
    };

    let body = match step {
        Step::Question(q) => {
            let name = cared_name(&app, ct);
            let chosen = current.answer(q);
            let hint = question_hint(ct, q);
            let options = option_texts(ct, q).into_iter().enumerate().map(|(i, label)| {
                let option = u8::try_from(i).unwrap_or(0);
                let selected = chosen == Some(option);
                let onclick = {
                    let keep = keep.clone();
                    let current = current.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = current.clone();
                        if next.set_answer(q, option) {
                            keep.emit(next);
                        }
                    })
                };
                html! {
                    <li>
                        <button type="button"
                            class={classes!("bc-option", selected.then_some("bc-option-chosen"))}
                            aria-pressed={if selected { "true" } else { "false" }}
                            {onclick}>
                            <span class="bc-option-mark" aria-hidden="true">
                                if selected { { tick() } }
                            </span>
                            <span>{ label }</span>
                        </button>
                    </li>
                }
            });
            html! {
                <section class="bc-question" aria-labelledby="bc-question-title">
                    <h1 class="page-title bc-question-title" id="bc-question-title" tabindex="-1" ref={heading.clone()}>
                        { fill(question_text(ct, q), &[("name", &name)]) }
                    </h1>
                    if let Some(hint) = hint {
                        <p class="field-hint bc-question-hint">{ hint }</p>
                    }
                    <ul class="bc-options" data-testid="check-options">{ for options }</ul>
                    <div class="bc-step-nav">
                        if index > 0 {
                            <button type="button" class="button button-secondary" onclick={back.clone()}>
                                <span aria-hidden="true">{ "←" }</span>{ ct.q_back }
                            </button>
                        }
                        if chosen.is_some() {
                            <button type="button" class="button button-secondary" onclick={forward}>
                                { ct.q_next }<span aria-hidden="true">{ "→" }</span>
                            </button>
                        }
                    </div>
                </section>
            }
        }
        Step::Overall => {
            let done = {
                let busy = busy.clone();
                let keep = keep.clone();
                let current = current.clone();
                Callback::from(move |result: Result<String, Vec<QuestionId>>| {
                    busy.set(false);
                    match result {
                        Ok(id) => {
                            push(&Route::CheckResult { id });
                        }
                        Err(missing) => {
                            // Only when a question was skipped somehow: go to it.
                            if let Some(q) = missing.first() {
                                let mut next = current.clone();
                                next.go_to(q.index());
                                keep.emit(next);
                            }
                        }
                    }
                })
            };
            let finish_with = |mark: Option<Option<u8>>| {
                let current = current.clone();
                let finish = finish.clone();
                let busy = busy.clone();
                let done = done.clone();
                Callback::from(move |_: MouseEvent| {
                    if *busy {
                        return;
                    }
                    let mut last = current.clone();
                    if let Some(mark) = mark {
                        last.set_overall(mark);
                    }
                    busy.set(true);
                    finish.emit((last, done.clone()));
                })
            };
            let marks = (0..=OVERALL_MAX).map(|m| {
                let selected = current.overall == Some(m);
                let onclick = {
                    let keep = keep.clone();
                    let current = current.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = current.clone();
                        next.set_overall(Some(m));
                        keep.emit(next);
                    })
                };
                html! {
                    <li>
                        <button type="button"
                            class={classes!("bc-mark", selected.then_some("bc-mark-chosen"))}
                            aria-pressed={if selected { "true" } else { "false" }}
                            {onclick}>
                            { m.to_string() }
                        </button>
                    </li>
                }
            });
            html! {
                <section class="bc-question" aria-labelledby="bc-question-title">
                    <h1 class="page-title bc-question-title" id="bc-question-title" tabindex="-1" ref={heading.clone()}>
                        { ct.overall_question }
                    </h1>
                    <p class="field-hint bc-question-hint" id="bc-overall-hint">{ ct.overall_hint }</p>
                    <div role="group" aria-labelledby="bc-question-title" aria-describedby="bc-overall-scale">
                        <ul class="bc-marks">{ for marks }</ul>
                        <p class="bc-mark-scale" id="bc-overall-scale">
                            <span>{ ct.overall_low }</span>
                            <span>{ ct.overall_high }</span>
                        </p>
                    </div>
                    <div class="bc-finish">
                        <button type="button" class="button button-primary button-wide"
                            disabled={*busy} onclick={finish_with(None)}>
                            { ct.finish }
                        </button>
                        <button type="button" class="button button-secondary button-wide"
                            disabled={*busy} onclick={finish_with(Some(None))}>
                            { ct.overall_skip }
                        </button>
                        <button type="button" class="button button-secondary button-wide" onclick={back}>
                            <span aria-hidden="true">{ "←" }</span>{ ct.q_back }
                        </button>
                    </div>
                </section>
            }
        }
    };

    html! {
        <Layout>
            <div class="bc-progress">
                <p class="bc-progress-text" data-testid="check-progress">{ progress }</p>
                <svg class="bc-progress-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bc-progress-track" x="0" y="0" width="100" height="8" />
                    <rect class="bc-progress-fill" x="0" y="0" width={format!("{:.1}", percent)} height="8" />
                </svg>
            </div>
            { body }
            <p class="muted bc-saved-hint">{ ct.q_saved_hint }</p>
            <p>
                <a class="bc-link" href={Route::Check.href()}>{ ct.q_stop }</a>
            </p>
        </Layout>
    }
}
