//! A question answered with large, tappable checkboxes, one per task.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::model::network::Task;
use crate::text::network::{network_texts, task_name};

/// Props of [`TaskChecks`].
#[derive(Properties, PartialEq)]
pub struct TaskChecksProps {
    /// The group's id; also the base of each checkbox id.
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// An optional hint under the question.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The tasks that are ticked.
    pub selected: Vec<Task>,
    /// Called with a task and whether it is now ticked.
    pub onchange: Callback<(Task, bool)>,
}

/// Every task as a checkbox.
#[component]
pub fn TaskChecks(props: &TaskChecksProps) -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let hint_id = format!("{}-hint", props.id);
    html! {
        <fieldset class="field checks" id={props.id.clone()}
            aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend class="field-label">{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="check-list">
                { for Task::ALL.iter().enumerate().map(|(i, &task)| {
                    let id = format!("{}-{}", props.id, i);
                    let onchange = props.onchange.reform(move |e: Event| {
                        (task, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <div class="check">
                            <input type="checkbox" class="check-input" id={id.clone()}
                                checked={props.selected.contains(&task)} {onchange} />
                            <label class="check-label" for={id}>{ task_name(t, task) }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
