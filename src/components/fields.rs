//! Form fields with their label, hint and error message tied together for
//! screen readers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`text_field`]; build them with
/// `yew::props!(TextFieldProps { .. })`, which fills in the defaults.
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The element id; also the base of the hint and error ids.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// An optional hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The current value.
    pub value: AttrValue,
    /// A problem with the value, shown under the field.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The `autocomplete` attribute.
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    /// Whether the field must be filled in.
    #[prop_or_default]
    pub required: bool,
    /// The input type: `text`, or `tel` for a phone number.
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// The keyboard a phone shows (`inputmode`), when not the default.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// Called with the new text on every change.
    pub oninput: Callback<String>,
}

/// A one-line text field. A plain function, not a component: it keeps no
/// state (issue 11).
pub fn text_field(props: TextFieldProps) -> Html {
    let TextFieldProps {
        id,
        label,
        hint,
        value,
        error,
        autocomplete,
        required,
        input_type,
        inputmode,
        oninput,
    } = props;
    let oninput =
        oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let invalid = error.is_some().then_some("true");
    field_frame(&id, &label, &hint, &error, |described| {
        html! {
            <input
                class="input"
                type={input_type}
                {inputmode}
                id={id.clone()}
                {value}
                {autocomplete}
                {required}
                aria-invalid={invalid}
                aria-describedby={described}
                {oninput}
            />
        }
    })
}

/// Props of [`choice_group`]; build them with
/// `yew::props!(ChoiceGroupProps { .. })`, which fills in the defaults.
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The group's id; also the radio name.
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// The choices, in order.
    pub options: Vec<AttrValue>,
    /// The index of the chosen option.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// A problem with the choice.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Lay the options out in a compact row (for short labels).
    #[prop_or_default]
    pub inline: bool,
    /// Called with the index of the chosen option.
    pub onchange: Callback<usize>,
}

/// A question with large, tappable radio choices. A plain function, not a
/// component: it keeps no state (issue 11).
pub fn choice_group(props: ChoiceGroupProps) -> Html {
    let ChoiceGroupProps {
        id,
        legend,
        options,
        selected,
        error,
        inline,
        onchange,
    } = props;
    let error_id = format!("{id}-error");
    html! {
        <fieldset
            class={classes!("field", "choices", inline.then_some("choices-inline"),
                error.is_some().then_some("field-invalid"))}
            aria-describedby={error.as_ref().map(|_| error_id.clone())}
        >
            <legend class="field-label">{ legend }</legend>
            <div class="choice-list">
                { for options.into_iter().enumerate().map(|(i, label)| {
                    let choice_id = format!("{id}-{i}");
                    let onchange = onchange.reform(move |_: Event| i);
                    html! {
                        <div class="choice">
                            <input
                                type="radio"
                                class="choice-input"
                                id={choice_id.clone()}
                                name={id.clone()}
                                checked={selected == Some(i)}
                                {onchange}
                            />
                            <label class="choice-label" for={choice_id}>{ label }</label>
                        </div>
                    }
                }) }
            </div>
            { field_error(error_id, &error) }
        </fieldset>
    }
}

/// Props of [`text_area`]; build them with
/// `yew::props!(TextAreaProps { .. })`, which fills in the defaults.
#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    /// The element id; also the base of the hint and error ids.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// An optional hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The current value.
    pub value: AttrValue,
    /// A problem with the value, shown under the field.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Visible lines.
    #[prop_or(4)]
    pub rows: u32,
    /// Called with the new text on every change.
    pub oninput: Callback<String>,
}

/// A text field of several lines. A plain function, not a component: it
/// keeps no state (issue 11).
pub fn text_area(props: TextAreaProps) -> Html {
    let TextAreaProps {
        id,
        label,
        hint,
        value,
        error,
        rows,
        oninput,
    } = props;
    let oninput = oninput.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    });
    let invalid = error.is_some().then_some("true");
    field_frame(&id, &label, &hint, &error, |described| {
        html! {
            <textarea
                class="input textarea"
                id={id.clone()}
                rows={rows.to_string()}
                {value}
                aria-invalid={invalid}
                aria-describedby={described}
                {oninput}
            />
        }
    })
}

/// Props of [`date_field`]; build them with
/// `yew::props!(DateFieldProps { .. })`, which fills in the defaults.
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The element id.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// An optional hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The date as `YYYY-MM-DD`, or empty.
    pub value: AttrValue,
    /// A problem with the value.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the new value (`YYYY-MM-DD` or empty).
    pub onchange: Callback<String>,
}

/// A date picker (the phone's own). A plain function, not a component: it
/// keeps no state (issue 11).
pub fn date_field(props: DateFieldProps) -> Html {
    let DateFieldProps {
        id,
        label,
        hint,
        value,
        error,
        onchange,
    } = props;
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let invalid = error.is_some().then_some("true");
    field_frame(&id, &label, &hint, &error, |described| {
        html! {
            <input
                class="input input-date"
                type="date"
                id={id.clone()}
                {value}
                aria-invalid={invalid}
                aria-describedby={described}
                {onchange}
            />
        }
    })
}

/// A compact choice from a list (for filters): `options` are the labels in
/// order, `selected` the index of the chosen one; `onchange` hears the index.
/// A plain function, not a component: it keeps no state (issue 11).
pub fn select_field(
    id: &'static str,
    label: &'static str,
    options: Vec<AttrValue>,
    selected: usize,
    onchange: Callback<usize>,
) -> Html {
    let onchange = onchange.reform(|e: Event| {
        let index = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .selected_index();
        usize::try_from(index).unwrap_or(0)
    });
    html! {
        <div class="field field-select">
            <label class="field-label" for={id}>{ label }</label>
            <select class="input select" {id} {onchange}>
                { for options.into_iter().enumerate().map(|(i, label)| html! {
                    <option selected={i == selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

/// The frame every one-control field shares: the label, an optional hint, the
/// control, and the error message tied to it. `control` is given the ids for
/// its `aria-describedby`.
fn field_frame(
    id: &AttrValue,
    label: &AttrValue,
    hint: &Option<AttrValue>,
    error: &Option<AttrValue>,
    control: impl FnOnce(Option<String>) -> Html,
) -> Html {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(hint, error, &hint_id, &error_id);
    html! {
        <div class={classes!("field", error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={id.clone()}>{ label.clone() }</label>
            if let Some(hint) = hint {
                <p class="field-hint" id={hint_id}>{ hint.clone() }</p>
            }
            { control(described) }
            { field_error(error_id, error) }
        </div>
    }
}

fn described_by(
    hint: &Option<AttrValue>,
    error: &Option<AttrValue>,
    hint_id: &str,
    error_id: &str,
) -> Option<String> {
    let ids: Vec<&str> = [
        hint.as_ref().map(|_| hint_id),
        error.as_ref().map(|_| error_id),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The message under a field with a problem, tied to it by id.
fn field_error(id: String, error: &Option<AttrValue>) -> Html {
    match error {
        Some(error) => html! {
            <p class="field-error" {id}>
                <span class="field-error-mark" aria-hidden="true">{ "!" }</span>
                { error.clone() }
            </p>
        },
        None => html! {},
    }
}
