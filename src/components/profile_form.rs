//! The form with the caregiver's name, the cared-for person's name and their
//! relation; used at the first start and in settings.

use yew::prelude::*;

use super::{choice_group, text_field, ChoiceGroupProps, TextFieldProps};
use crate::hooks::{use_save_profile, use_texts, SaveOutcome};
use crate::model::profile::MAX_NAME_CHARS;
use crate::model::{ProfileField, ProfileInput, ProfileProblem, Relation};
use crate::text::{fill, relation_label, Texts};

/// Props of [`ProfileForm`].
#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    /// What the form starts with.
    #[prop_or_default]
    pub initial: ProfileInput,
    /// The text of the save button.
    pub submit_label: AttrValue,
    /// Prefix for element ids, so two forms never share ids.
    pub id_prefix: AttrValue,
    /// Called after the profile was saved.
    #[prop_or_default]
    pub onsaved: Callback<()>,
}

fn problem_text(t: &'static Texts, field: ProfileField, p: ProfileProblem) -> AttrValue {
    match (field, p) {
        (ProfileField::Relation, _) => AttrValue::Static(t.problem_choose),
        (_, ProfileProblem::Missing) => AttrValue::Static(t.problem_missing),
        (_, ProfileProblem::TooLong) => AttrValue::from(fill(
            t.problem_too_long,
            &[("max", &MAX_NAME_CHARS.to_string())],
        )),
    }
}

/// The profile form. Problems show next to their fields after the first try
/// to save; the input stays on screen when saving fails.
#[component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let t = use_texts();
    let input = use_state(|| props.initial.clone());
    let tried = use_state(|| false);
    let saving = use_state(|| false);
    let save = use_save_profile();

    let problems = if *tried { input.problems() } else { Vec::new() };
    let problem_for = |field: ProfileField| {
        problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(f, p)| problem_text(t, *f, *p))
    };

    let set_caregiver = {
        let input = input.clone();
        Callback::from(move |v: String| {
            input.set(ProfileInput {
                caregiver_name: v,
                ..(*input).clone()
            })
        })
    };
    let set_cared = {
        let input = input.clone();
        Callback::from(move |v: String| {
            input.set(ProfileInput {
                cared_name: v,
                ..(*input).clone()
            })
        })
    };
    let set_relation = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            input.set(ProfileInput {
                relation: Relation::ALL.get(i).copied(),
                ..(*input).clone()
            })
        })
    };
    let onsubmit = {
        let input = input.clone();
        let tried = tried.clone();
        let saving = saving.clone();
        let onsaved = props.onsaved.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            if *saving || !input.problems().is_empty() {
                focus_first_problem();
                return;
            }
            saving.set(true);
            let saving = saving.clone();
            let onsaved = onsaved.clone();
            save.emit((
                (*input).clone(),
                Callback::from(move |outcome: SaveOutcome| {
                    saving.set(false);
                    if outcome == SaveOutcome::Saved {
                        onsaved.emit(());
                    }
                }),
            ));
        })
    };

    let name = input.cared_name.trim();
    let relation_question = if name.is_empty() {
        AttrValue::Static(t.field_relation)
    } else {
        AttrValue::from(fill(t.field_relation_named, &[("name", name)]))
    };
    let prefix = &props.id_prefix;
    html! {
        <form class="form" novalidate=true {onsubmit}>
            if !problems.is_empty() {
                <p class="form-problems" role="alert">{ t.form_has_problems }</p>
            }
            { text_field(yew::props!(TextFieldProps {
                id: format!("{prefix}-caregiver"),
                label: t.field_caregiver_name,
                hint: Some(AttrValue::Static(t.field_caregiver_name_hint)),
                value: input.caregiver_name.clone(),
                autocomplete: "given-name",
                error: problem_for(ProfileField::CaregiverName),
                oninput: set_caregiver,
            })) }
            { text_field(yew::props!(TextFieldProps {
                id: format!("{prefix}-cared"),
                label: t.field_cared_name,
                hint: Some(AttrValue::Static(t.field_cared_name_hint)),
                value: input.cared_name.clone(),
                required: true,
                error: problem_for(ProfileField::CaredName),
                oninput: set_cared,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: format!("{prefix}-relation"),
                legend: relation_question,
                options: Relation::ALL.iter().map(|r| AttrValue::Static(relation_label(t, *r))).collect::<Vec<_>>(),
                selected: input.relation.and_then(|r| Relation::ALL.iter().position(|x| *x == r)),
                error: problem_for(ProfileField::Relation),
                onchange: set_relation,
            })) }
            <button class="button button-primary button-wide" type="submit" disabled={*saving}>
                { props.submit_label.clone() }
            </button>
        </form>
    }
}

/// Moves focus to the first field with a problem, after the form re-rendered.
fn focus_first_problem() {
    wasm_bindgen_futures::spawn_local(async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(Some(el)) = doc.query_selector(".field-invalid input") {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
