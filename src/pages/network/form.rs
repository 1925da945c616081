//! The form for a person: name, relation, part of life, closeness, what they
//! help with now and could help with, phone and note.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::task_checks::TaskChecks;
use crate::components::{
    choice_group, text_area, text_field, ChoiceGroupProps, TextAreaProps, TextFieldProps,
};
use crate::hooks::network::use_save_person;
use crate::hooks::use_app;
use crate::model::network::{
    Closeness, Domain, Person, PersonField, PersonInput, PersonProblem, Task,
};
use crate::model::sort::sort;
use crate::text::network::{
    closeness_hint, closeness_name, domain_description, domain_name, network_texts, problem_text,
};

/// Props of [`PersonForm`].
#[derive(Properties, PartialEq)]
pub struct PersonFormProps {
    /// What the form starts with.
    pub initial: PersonInput,
    /// The saved person when editing.
    #[prop_or_default]
    pub earlier: Option<Person>,
    /// Called with the saved person's id.
    pub onsaved: Callback<String>,
    /// Called when the person cancels.
    pub oncancel: Callback<()>,
}

/// The element to focus for a field with a problem.
fn field_element_id(field: PersonField) -> &'static str {
    match field {
        PersonField::Name => "person-name",
        PersonField::Relation => "person-relation",
        PersonField::Domain => "person-domain-0",
        PersonField::Closeness => "person-closeness-0",
        PersonField::Phone => "person-phone",
        PersonField::Note => "person-note",
    }
}

/// Moves focus to the first field with a problem.
fn focus_first(problems: &[(PersonField, PersonProblem)]) {
    let Some((field, _)) = problems.first() else {
        return;
    };
    let id = field_element_id(*field);
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Switches a task on or off in a list.
fn toggle(list: &mut Vec<Task>, task: Task, on: bool) {
    list.retain(|t| *t != task);
    if on {
        list.push(task);
        sort(list);
    }
}

/// The form for a new or saved person. Problems show next to their fields; the
/// input stays when saving fails.
#[component]
pub fn PersonForm(props: &PersonFormProps) -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let input = use_state(|| props.initial.clone());
    let problems = use_state(Vec::<(PersonField, PersonProblem)>::new);
    let saving = use_state(|| false);
    let save = use_save_person();

    let problem_for = |field: PersonField| {
        problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(f, p)| AttrValue::from(problem_text(t, *f, *p)))
    };
    let update = |f: fn(&mut PersonInput, String)| {
        let input = input.clone();
        Callback::from(move |v: String| {
            let mut next = (*input).clone();
            f(&mut next, v);
            input.set(next);
        })
    };
    let on_name = update(|i, v| i.name = v);
    let on_relation = update(|i, v| i.relation = v);
    let on_phone = update(|i, v| i.phone = v);
    let on_note = update(|i, v| i.note = v);
    let on_domain = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            next.domain = Domain::ALL.get(i).copied();
            input.set(next);
        })
    };
    let on_closeness = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            next.closeness = Closeness::ALL.get(i).copied();
            input.set(next);
        })
    };
    let on_helps = {
        let input = input.clone();
        Callback::from(move |(task, on): (Task, bool)| {
            let mut next = (*input).clone();
            toggle(&mut next.helps_now, task, on);
            input.set(next);
        })
    };
    let on_could = {
        let input = input.clone();
        Callback::from(move |(task, on): (Task, bool)| {
            let mut next = (*input).clone();
            toggle(&mut next.could_help, task, on);
            input.set(next);
        })
    };
    let onsubmit = {
        let input = input.clone();
        let problems = problems.clone();
        let saving = saving.clone();
        let earlier = props.earlier.clone();
        let onsaved = props.onsaved.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            let found = input.problems();
            problems.set(found.clone());
            if !found.is_empty() {
                focus_first(&found);
                return;
            }
            saving.set(true);
            let saving = saving.clone();
            let problems = problems.clone();
            let onsaved = onsaved.clone();
            save.emit((
                (*input).clone(),
                earlier.clone(),
                Callback::from(move |result: Result<String, Vec<_>>| {
                    saving.set(false);
                    match result {
                        Ok(id) => onsaved.emit(id),
                        Err(found) => {
                            focus_first(&found);
                            problems.set(found);
                        }
                    }
                }),
            ));
        })
    };

    let domain_options: Vec<AttrValue> = Domain::ALL
        .iter()
        .map(|&d| {
            AttrValue::from(format!(
                "{} — {}",
                domain_name(t, d),
                domain_description(t, d)
            ))
        })
        .collect();
    let closeness_options: Vec<AttrValue> = Closeness::ALL
        .iter()
        .map(|&c| {
            AttrValue::from(format!(
                "{} — {}",
                closeness_name(t, c),
                closeness_hint(t, c)
            ))
        })
        .collect();
    html! {
        <form class="form person-form" novalidate=true {onsubmit}>
            if !problems.is_empty() {
                <p class="form-problems" role="alert">{ t.form_has_problems }</p>
            }
            { text_field(yew::props!(TextFieldProps {
                id: "person-name", label: t.field_name,
                hint: Some(AttrValue::Static(t.field_name_hint)), required: true,
                value: input.name.clone(), error: problem_for(PersonField::Name), oninput: on_name,
            })) }
            { text_field(yew::props!(TextFieldProps {
                id: "person-relation", label: t.field_relation,
                hint: Some(AttrValue::Static(t.field_relation_hint)),
                value: input.relation.clone(), error: problem_for(PersonField::Relation),
                oninput: on_relation,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: "person-domain", legend: t.field_domain, options: domain_options,
                selected: input.domain.map(Domain::index),
                error: problem_for(PersonField::Domain), onchange: on_domain,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: "person-closeness", legend: t.field_closeness, options: closeness_options,
                selected: input.closeness.map(Closeness::index),
                error: problem_for(PersonField::Closeness), onchange: on_closeness,
            })) }
            <TaskChecks id="person-helps-now" legend={t.field_helps_now}
                selected={input.helps_now.clone()} onchange={on_helps} />
            <TaskChecks id="person-could-help" legend={t.field_could_help}
                hint={Some(AttrValue::Static(t.field_could_help_hint))}
                selected={input.could_help.clone()} onchange={on_could} />
            { text_field(yew::props!(TextFieldProps {
                id: "person-phone", label: t.field_phone,
                hint: Some(AttrValue::Static(t.field_phone_hint)),
                input_type: "tel", inputmode: Some(AttrValue::Static("tel")),
                value: input.phone.clone(), error: problem_for(PersonField::Phone),
                oninput: on_phone,
            })) }
            { text_area(yew::props!(TextAreaProps {
                id: "person-note", label: t.field_note,
                hint: Some(AttrValue::Static(t.field_note_hint)), rows: 3,
                value: input.note.clone(), error: problem_for(PersonField::Note), oninput: on_note,
            })) }
            <div class="form-actions">
                <button class="button button-primary" type="submit" disabled={*saving}>{ t.save }</button>
                <button class="button button-secondary" type="button"
                    onclick={props.oncancel.reform(|_| ())}>{ t.cancel }</button>
            </div>
        </form>
    }
}
