//! The item form: text, section, kind, status, with whom and the dates.

use yew::prelude::*;

use super::{named, use_cared_name};
use crate::components::{
    choice_group, date_field, select_field, text_area, text_field, ChoiceGroupProps,
    DateFieldProps, TextAreaProps, TextFieldProps,
};
use crate::hooks::wishes::{use_save_wish, WishSaveError};
use crate::hooks::{today, use_app};
use crate::model::network::{person_order, Domain, Person};
use crate::model::sort::sort_by;
use crate::model::time::Date;
use crate::model::wishes::{Kind, Role, Status, WishField, WishInput, WishItem};
use crate::text::wishes::{
    kind_text, problem_text, prompt_text, role_title, status_text, wish_texts,
};

/// Props of [`WishForm`].
#[derive(Properties, PartialEq)]
pub struct WishFormProps {
    /// What the form starts with.
    pub initial: WishInput,
    /// The saved item when editing.
    #[prop_or_default]
    pub earlier: Option<WishItem>,
    /// Called with the saved item's id.
    pub onsaved: Callback<String>,
    /// Called when the person cancels.
    pub oncancel: Callback<()>,
}

/// The form for a new or saved item. Problems show next to their fields; the
/// input stays when saving fails.
#[component]
pub fn WishForm(props: &WishFormProps) -> Html {
    let app = use_app();
    let t = wish_texts(app.lang());
    let name = use_cared_name();
    let input = use_state(|| props.initial.clone());
    // After the first try to save, problems follow the input as it changes, so a
    // message disappears as soon as the field is right.
    let tried = use_state(|| false);
    let problems = if *tried {
        input.problems(today())
    } else {
        Vec::new()
    };
    let saving = use_state(|| false);
    let save = use_save_wish();

    let problem_for = |field: WishField| {
        problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(f, p)| AttrValue::from(problem_text(t, *f, *p)))
    };
    let update = |f: fn(&mut WishInput, String)| {
        let input = input.clone();
        Callback::from(move |v: String| {
            let mut next = (*input).clone();
            f(&mut next, v);
            input.set(next);
        })
    };
    let on_text = update(|i, v| i.text = v);
    let on_with_whom = update(|i, v| i.with_whom = v);
    let on_discussed = update(|i, v| i.discussed_on = Date::parse_iso(&v));
    let on_review = update(|i, v| i.review_on = Date::parse_iso(&v));
    let on_role = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            if let Some(r) = Role::ALL.get(i) {
                next.role = *r;
            }
            input.set(next);
        })
    };
    let on_kind = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            if let Some(k) = Kind::ALL.get(i) {
                next.kind = *k;
            }
            input.set(next);
        })
    };
    let on_status = {
        let input = input.clone();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            if let Some(s) = Status::FORM_CHOICES.get(i) {
                next.status = *s;
                if *s != Status::Open && next.discussed_on.is_none() {
                    next.discussed_on = Some(today());
                }
                if *s == Status::Agreed {
                    next.kind = Kind::Agreement;
                }
            }
            input.set(next);
        })
    };
    // People from the network to choose from: professionals first, then by name.
    let people = network_choices(&app.people);
    let on_person = {
        let input = input.clone();
        let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
        Callback::from(move |i: usize| {
            let mut next = (*input).clone();
            next.with_person = i.checked_sub(1).and_then(|i| ids.get(i).cloned());
            input.set(next);
        })
    };
    let person_options: Vec<AttrValue> =
        std::iter::once(AttrValue::Static(t.field_with_person_none))
            .chain(people.iter().map(|p| {
                AttrValue::from(if p.relation.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.relation)
                })
            }))
            .collect();
    let person_selected = input
        .with_person
        .as_ref()
        .and_then(|id| people.iter().position(|p| &p.id == id))
        .map_or(0, |i| i + 1);
    let onsubmit = {
        let input = input.clone();
        let tried = tried.clone();
        let saving = saving.clone();
        let earlier = props.earlier.clone();
        let onsaved = props.onsaved.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            tried.set(true);
            if !input.problems(today()).is_empty() {
                return;
            }
            saving.set(true);
            let saving = saving.clone();
            let onsaved = onsaved.clone();
            save.emit((
                (*input).clone(),
                earlier.clone(),
                Callback::from(move |result: Result<String, WishSaveError>| {
                    saving.set(false);
                    match result {
                        Ok(id) => onsaved.emit(id),
                        // The same checks run live above; nothing more to show.
                        Err(WishSaveError::Fields(_)) => {}
                        Err(WishSaveError::Review(_)) => {}
                    }
                }),
            ));
        })
    };

    let text_label = match input.prompt {
        Some(p) => named(prompt_text(t, p), &name),
        None => t.field_text.to_string(),
    };
    let iso = |d: Option<Date>| d.map(Date::to_iso).unwrap_or_default();
    html! {
        <form class="form" novalidate=true {onsubmit}>
            { text_area(yew::props!(TextAreaProps {
                id: "wish-text", label: text_label, hint: Some(AttrValue::Static(t.field_text_hint)),
                value: input.text.clone(), error: problem_for(WishField::Text), oninput: on_text,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: "wish-role", legend: t.field_role,
                options: Role::ALL.iter().map(|r| AttrValue::from(named(role_title(t, *r), &name))).collect::<Vec<_>>(),
                selected: Role::ALL.iter().position(|r| *r == input.role),
                onchange: on_role,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: "wish-kind", legend: t.field_kind,
                options: Kind::ALL.iter().map(|k| AttrValue::Static(kind_text(t, *k))).collect::<Vec<_>>(),
                selected: Kind::ALL.iter().position(|k| *k == input.kind),
                onchange: on_kind,
            })) }
            { choice_group(yew::props!(ChoiceGroupProps {
                id: "wish-status", legend: t.field_status,
                options: Status::FORM_CHOICES.iter().map(|s| AttrValue::Static(status_text(t, *s))).collect::<Vec<_>>(),
                selected: Status::FORM_CHOICES.iter().position(|s| *s == input.status),
                onchange: on_status,
            })) }
            { text_field(yew::props!(TextFieldProps {
                id: "wish-with-whom", label: t.field_with_whom,
                hint: Some(AttrValue::Static(t.field_with_whom_hint)),
                value: input.with_whom.clone(), error: problem_for(WishField::WithWhom),
                oninput: on_with_whom,
            })) }
            if !people.is_empty() {
                { select_field("wish-with-person", t.field_with_person, person_options,
                    person_selected, on_person) }
            }
            if input.status != Status::Open {
                { date_field(yew::props!(DateFieldProps {
                    id: "wish-discussed-on", label: t.field_discussed_on,
                    value: iso(input.discussed_on), error: problem_for(WishField::DiscussedOn),
                    onchange: on_discussed,
                })) }
            }
            if input.status == Status::Agreed {
                { date_field(yew::props!(DateFieldProps {
                    id: "wish-review-on", label: t.field_review_on,
                    hint: Some(AttrValue::Static(t.field_review_on_hint)),
                    value: iso(input.review_on), error: problem_for(WishField::ReviewOn),
                    onchange: on_review,
                })) }
            }
            <div class="form-actions">
                <button class="button button-primary" type="submit" disabled={*saving}>{ t.save }</button>
                <button class="button button-secondary" type="button"
                    onclick={props.oncancel.reform(|_| ())}>{ t.cancel }</button>
            </div>
        </form>
    }
}

/// The people that can be chosen as "with whom": professionals first.
fn network_choices(people: &[Person]) -> Vec<Person> {
    let mut list = people.to_vec();
    sort_by(&mut list, |a, b| {
        (a.domain != Domain::Professionals)
            .cmp(&(b.domain != Domain::Professionals))
            .then_with(|| person_order(a, b))
    });
    list
}
