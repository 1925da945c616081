//! The energy lists: what gives energy and what costs energy, each item with a
//! weight, picked from suggestions or typed, changed and removed (with undo),
//! and a picture of which side weighs more.

use yew::prelude::*;

use super::focus_id;
use crate::components::energy_bars::EnergyBars;
use crate::components::icons::{icon_svg, Icon};
use crate::components::{choice_group, text_field, ChoiceGroupProps, Layout, TextFieldProps};
use crate::hooks::check::{use_check_texts, use_remove_energy, use_save_energy};
use crate::hooks::{new_id, now_ms, use_app, use_texts};
use crate::model::energy::{
    heavier_side, in_list_order, totals, EnergyField, EnergyInput, EnergyKind, EnergyProblem,
    SuggestionId, Weight, MAX_TEXT_CHARS,
};
use crate::route::Route;
use crate::text::check::{heavier_text, kind_heading, suggestion_text, weight_name};
use crate::text::fill;

fn kind_slug(kind: EnergyKind) -> &'static str {
    match kind {
        EnergyKind::Giver => "givers",
        EnergyKind::Drain => "drains",
    }
}

/// What gives and what costs energy.
#[component]
pub fn EnergyPage() -> Html {
    let app = use_app();
    let ct = use_check_texts();
    let (givers, drains) = totals(&app.energy);
    html! {
        <Layout>
            <h1 class="page-title">{ ct.energy_title }</h1>
            <p class="lead">{ ct.energy_intro }</p>
            { EnergyBars {
                title: ct.energy_picture_title.into(),
                givers_label: kind_heading(ct, EnergyKind::Giver).into(),
                givers,
                drains_label: kind_heading(ct, EnergyKind::Drain).into(),
                drains,
                summary: heavier_text(ct, heavier_side(&app.energy)).into(),
            }.view() }
            <EnergyList kind={EnergyKind::Giver} />
            <EnergyList kind={EnergyKind::Drain} />
            <p><a class="bc-link" href={Route::Check.href()}>{ ct.back_to_check }</a></p>
        </Layout>
    }
}

/// Props of [`EnergyList`].
#[derive(Properties, PartialEq)]
struct EnergyListProps {
    kind: EnergyKind,
}

/// One list with its items, and the form to add to it.
#[component]
fn EnergyList(props: &EnergyListProps) -> Html {
    let app = use_app();
    let t = use_texts();
    let ct = use_check_texts();
    let save = use_save_energy();
    let remove = use_remove_energy();
    let adding = use_state(|| false);
    let editing = use_state(|| None::<String>);
    let added = use_state(|| None::<String>);
    let kind = props.kind;
    let slug = kind_slug(kind);
    let heading_id = format!("bc-list-{slug}");
    let add_id = format!("bc-add-{slug}");
    let items = in_list_order(&app.energy, kind);
    let taken: Vec<SuggestionId> = items.iter().filter_map(|i| i.suggestion).collect();
    let suggestions: Vec<SuggestionId> = SuggestionId::for_kind(kind)
        .into_iter()
        .filter(|s| !taken.contains(s))
        .collect();
    let add_label = match kind {
        EnergyKind::Giver => ct.energy_add_giver,
        EnergyKind::Drain => ct.energy_add_drain,
    };

    let toggle_add = {
        let adding = adding.clone();
        let added = added.clone();
        let editing = editing.clone();
        let form_id = format!("bc-form-{slug}-new-title");
        Callback::from(move |_: MouseEvent| {
            let open = !*adding;
            adding.set(open);
            added.set(None);
            editing.set(None);
            if open {
                focus_id(form_id.clone());
            }
        })
    };
    let close_add = {
        let adding = adding.clone();
        let added = added.clone();
        let add_id = add_id.clone();
        Callback::from(move |_: ()| {
            adding.set(false);
            added.set(None);
            focus_id(add_id.clone());
        })
    };
    let on_add = {
        let save = save.clone();
        let added = added.clone();
        Callback::from(move |(input, done): (EnergyInput, Callback<bool>)| {
            let Ok(item) = input.to_item(new_id(), now_ms()) else {
                done.emit(false);
                return;
            };
            let text = item.text.clone();
            let added = added.clone();
            save.emit((
                item,
                Callback::from(move |ok: bool| {
                    if ok {
                        added.set(Some(text.clone()));
                    }
                    done.emit(ok);
                }),
            ));
        })
    };

    html! {
        <section class="card bc-energy-list" aria-labelledby={heading_id.clone()} data-testid={format!("energy-{slug}")}>
            <h2 class="card-title bc-focus-target" id={heading_id.clone()} tabindex="-1">{ kind_heading(ct, kind) }</h2>
            if items.is_empty() {
                <p class="muted">{ ct.energy_list_empty }</p>
            } else {
                <ul class="bc-items">
                    { for items.iter().map(|item| {
                        if editing.as_deref() == Some(item.id.as_str()) {
                            let earlier = (*item).clone();
                            let editing_done = editing.clone();
                            let save = save.clone();
                            let edit_button = format!("bc-edit-{}", item.id);
                            let on_save = {
                                let edit_button = edit_button.clone();
                                Callback::from(move |(input, done): (EnergyInput, Callback<bool>)| {
                                    let Ok(changed) = input.update(&earlier, now_ms()) else {
                                        done.emit(false);
                                        return;
                                    };
                                    let editing_done = editing_done.clone();
                                    let edit_button = edit_button.clone();
                                    save.emit((changed, Callback::from(move |ok: bool| {
                                        done.emit(ok);
                                        if ok {
                                            editing_done.set(None);
                                            focus_id(edit_button.clone());
                                        }
                                    })));
                                })
                            };
                            let on_close = {
                                let editing = editing.clone();
                                Callback::from(move |_: ()| {
                                    editing.set(None);
                                    focus_id(edit_button.clone());
                                })
                            };
                            html! {
                                <li class="bc-item bc-item-editing" key={item.id.clone()}>
                                    <EnergyForm
                                        id_prefix={format!("bc-form-{}", item.id)}
                                        title={ct.energy_edit_title}
                                        initial={EnergyInput::from_item(item)}
                                        suggestions={Vec::<SuggestionId>::new()}
                                        text_label={ct.energy_text}
                                        close_label={ct.cancel}
                                        {on_save} {on_close} />
                                </li>
                            }
                        } else {
                            let start_edit = {
                                let editing = editing.clone();
                                let adding = adding.clone();
                                let id = item.id.clone();
                                let form_id = format!("bc-form-{}-title", item.id);
                                Callback::from(move |_: MouseEvent| {
                                    adding.set(false);
                                    editing.set(Some(id.clone()));
                                    focus_id(form_id.clone());
                                })
                            };
                            let on_remove = {
                                let remove = remove.clone();
                                let record = (*item).clone();
                                let heading_id = heading_id.clone();
                                Callback::from(move |_: MouseEvent| {
                                    remove.emit(record.clone());
                                    focus_id(heading_id.clone());
                                })
                            };
                            html! {
                                <li class="bc-item" key={item.id.clone()}>
                                    <div class="bc-item-text">
                                        <span class="bc-item-name">{ item.text.clone() }</span>
                                        { weight_tag(item.weight, weight_name(ct, item.weight)) }
                                    </div>
                                    <div class="bc-item-actions">
                                        <button type="button" class="button button-secondary bc-small-button"
                                            id={format!("bc-edit-{}", item.id)} onclick={start_edit}
                                            aria-label={format!("{}: {}", ct.edit, item.text)}>
                                            { icon_svg(Icon::Edit) }
                                            { ct.edit }
                                        </button>
                                        <button type="button" class="button button-secondary bc-small-button bc-remove"
                                            onclick={on_remove}
                                            aria-label={format!("{}: {}", ct.remove, item.text)}>
                                            { ct.remove }
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    }) }
                </ul>
            }
            <button type="button" class="button button-secondary button-wide" id={add_id.clone()}
                aria-expanded={if *adding { "true" } else { "false" }}
                onclick={toggle_add}>
                { icon_svg(Icon::Add) }{ add_label }
            </button>
            if *adding {
                <div class="bc-add">
                    <EnergyForm
                        id_prefix={format!("bc-form-{slug}-new")}
                        title={add_label}
                        initial={EnergyInput::new(kind)}
                        {suggestions}
                        text_label={ct.energy_own_text}
                        close_label={t.close}
                        on_save={on_add}
                        on_close={close_add}
                        reset_after_save=true />
                    <p class="saved-line" role="status">
                        if let Some(text) = &*added {
                            { fill(ct.energy_added, &[("text", text)]) }
                        }
                    </p>
                </div>
            }
        </section>
    }
}

/// The weight in words (`label`) with one to three dots.
/// A plain function rather than a component: it has no state of its own, and
/// each component costs about 1 KB of wasm (issue 11).
fn weight_tag(weight: Weight, label: &'static str) -> Html {
    let filled = weight.value();
    html! {
        <span class="bc-weight">
            <svg class="bc-weight-dots" viewBox="0 0 34 10" aria-hidden="true" focusable="false">
                { for (0..3u32).map(|i| html! {
                    <circle class={classes!("bc-weight-dot", (i < filled).then_some("bc-weight-dot-on"))}
                        cx={(5 + i * 12).to_string()} cy="5" r="4" />
                }) }
            </svg>
            { label }
        </span>
    }
}

/// Props of [`EnergyForm`].
#[derive(Properties, PartialEq)]
struct EnergyFormProps {
    id_prefix: AttrValue,
    title: AttrValue,
    initial: EnergyInput,
    suggestions: Vec<SuggestionId>,
    text_label: AttrValue,
    close_label: AttrValue,
    /// Hears the checked input; answer `done` with whether it was kept.
    on_save: Callback<(EnergyInput, Callback<bool>)>,
    on_close: Callback<()>,
    #[prop_or_default]
    reset_after_save: bool,
}

/// The form to add or change an item: suggestions, own text and the weight.
#[component]
fn EnergyForm(props: &EnergyFormProps) -> Html {
    let t = use_texts();
    let ct = use_check_texts();
    let input = use_state(|| props.initial.clone());
    let tried = use_state(|| false);
    let saving = use_state(|| false);
    let prefix = props.id_prefix.clone();
    let problems = if *tried { input.problems() } else { Vec::new() };
    let text_error = problems
        .iter()
        .find(|(f, _)| *f == EnergyField::Text)
        .map(|(_, p)| match p {
            EnergyProblem::TooLong => AttrValue::from(fill(
                t.problem_too_long,
                &[("max", &MAX_TEXT_CHARS.to_string())],
            )),
            _ => AttrValue::Static(t.problem_missing),
        });

    let set_text = {
        let input = input.clone();
        Callback::from(move |text: String| {
            let mut next = (*input).clone();
            // A changed text is the person's own, no longer the suggestion.
            next.suggestion = None;
            next.text = text;
            input.set(next);
        })
    };
    let set_weight = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            next.weight = Weight::ALL.get(i).copied().unwrap_or_default();
            input.set(next);
        })
    };
    let onsubmit = {
        let input = input.clone();
        let tried = tried.clone();
        let saving = saving.clone();
        let on_save = props.on_save.clone();
        let reset = props.reset_after_save;
        let initial = props.initial.clone();
        let text_id = format!("{prefix}-text");
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            if !input.problems().is_empty() {
                tried.set(true);
                focus_id(text_id.clone());
                return;
            }
            saving.set(true);
            let saving = saving.clone();
            let input_after = input.clone();
            let tried = tried.clone();
            let initial = initial.clone();
            on_save.emit((
                (*input).clone(),
                Callback::from(move |ok: bool| {
                    saving.set(false);
                    if ok && reset {
                        tried.set(false);
                        input_after.set(initial.clone());
                    }
                }),
            ));
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let title_id = format!("{prefix}-title");

    html! {
        <form class="form bc-energy-form" novalidate=true aria-labelledby={title_id.clone()} {onsubmit}>
            <h3 class="bc-subtitle" id={title_id} tabindex="-1">{ props.title.clone() }</h3>
            if !props.suggestions.is_empty() {
                <div class="field">
                    <p class="field-label" id={format!("{prefix}-suggestions")}>{ ct.energy_suggestions }</p>
                    <ul class="bc-chips" aria-labelledby={format!("{prefix}-suggestions")}>
                        { for props.suggestions.iter().map(|s| {
                            let text = suggestion_text(ct, *s);
                            let chosen = input.suggestion == Some(*s);
                            let pick = {
                                let input = input.clone();
                                let s = *s;
                                Callback::from(move |_: MouseEvent| {
                                    let mut next = (*input).clone();
                                    next.text = text.to_string();
                                    next.suggestion = Some(s);
                                    input.set(next);
                                })
                            };
                            html! {
                                <li>
                                    <button type="button" class={classes!("bc-chip", chosen.then_some("bc-chip-chosen"))}
                                        aria-pressed={if chosen { "true" } else { "false" }} onclick={pick}>
                                        if chosen {
                                            <svg class="bc-chip-tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                                <path d="M5 12.5 10 17.5 19 7" fill="none" stroke="currentColor" stroke-width="3"
                                                    stroke-linecap="round" stroke-linejoin="round" />
                                            </svg>
                                        }
                                        { text }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            { text_field(yew::props!(TextFieldProps {
                id: format!("{prefix}-text"), label: props.text_label.clone(),
                value: input.text.clone(), required: true, error: text_error, oninput: set_text,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: format!("{prefix}-weight"), legend: ct.energy_weight,
                options: Weight::ALL.iter().map(|w| AttrValue::Static(weight_name(ct, *w))).collect::<Vec<_>>(),
                selected: Weight::ALL.iter().position(|w| *w == input.weight),
                onchange: set_weight,
            })) }
            <div class="bc-actions">
                <button type="submit" class="button button-primary" disabled={*saving}>{ ct.save }</button>
                <button type="button" class="button button-secondary" onclick={close}>{ props.close_label.clone() }</button>
            </div>
        </form>
    }
}
