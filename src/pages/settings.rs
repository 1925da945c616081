//! Settings: the caregiver's details, language, text size, colours, storage and
//! what the app is.

use yew::prelude::*;

use super::safety::SafetyCard;
use crate::components::{choice_group, ChoiceGroupProps, Layout, ProfileForm};
use crate::hooks::{use_app, use_delete_everything, use_set_prefs, use_storage_status, use_texts};
use crate::model::{Lang, ProfileInput, TextSize, Theme};
use crate::text::{fill, format_bytes};

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// The settings screen.
#[component]
pub fn SettingsPage() -> Html {
    let app = use_app();
    let t = use_texts();
    let set_prefs = use_set_prefs();
    let saved = use_state(|| false);
    let (status, ask_persist) = use_storage_status();
    let prefs = app.prefs;
    let delete_everything = use_delete_everything();
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };

    let on_lang = set_prefs.reform(move |i: usize| crate::model::Prefs {
        lang: LANGS.get(i).copied().unwrap_or_default(),
        ..prefs
    });
    let on_size = set_prefs.reform(move |i: usize| crate::model::Prefs {
        text_size: TextSize::ALL.get(i).copied().unwrap_or_default(),
        ..prefs
    });
    let on_theme = set_prefs.reform(move |i: usize| crate::model::Prefs {
        theme: Theme::ALL.get(i).copied().unwrap_or_default(),
        ..prefs
    });
    let onsaved = {
        let saved = saved.clone();
        Callback::from(move |_| saved.set(true))
    };

    let persist_text = match status.persisted {
        Some(true) => t.storage_persisted,
        Some(false) => t.storage_not_persisted,
        None => t.storage_unknown,
    };
    let initial = app
        .profile
        .as_ref()
        .map(ProfileInput::from_profile)
        .unwrap_or_default();

    html! {
        <Layout>
            <h1 class="page-title">{ t.settings_title }</h1>

            <section class="card" aria-labelledby="settings-profile">
                <h2 class="card-title" id="settings-profile">{ t.settings_profile }</h2>
                <ProfileForm id_prefix="settings" {initial} submit_label={t.settings_profile_save} {onsaved} />
                <p class="saved-line" role="status">
                    if *saved { { t.settings_profile_saved } }
                </p>
            </section>

            <section class="card card-stack" aria-labelledby="settings-display">
                <h2 class="card-title" id="settings-display">{ t.settings_display }</h2>
                { choice_group(yew::props!(ChoiceGroupProps {
                    id: "lang", legend: t.settings_language, inline: true,
                    options: vec![AttrValue::Static("Nederlands"), AttrValue::Static("English")],
                    selected: LANGS.iter().position(|l| *l == prefs.lang),
                    onchange: on_lang,
                })) }
                { choice_group(yew::props!(ChoiceGroupProps {
                    id: "text-size", legend: t.settings_text_size, inline: true,
                    options: vec![AttrValue::Static(t.size_normal), AttrValue::Static(t.size_large), AttrValue::Static(t.size_xlarge)],
                    selected: TextSize::ALL.iter().position(|s| *s == prefs.text_size),
                    onchange: on_size,
                })) }
                { choice_group(yew::props!(ChoiceGroupProps {
                    id: "theme", legend: t.settings_theme, inline: true,
                    options: vec![AttrValue::Static(t.theme_system), AttrValue::Static(t.theme_light), AttrValue::Static(t.theme_dark)],
                    selected: Theme::ALL.iter().position(|s| *s == prefs.theme),
                    onchange: on_theme,
                })) }
            </section>

            <section class="card" aria-labelledby="settings-storage">
                <h2 class="card-title" id="settings-storage">{ t.settings_storage }</h2>
                if !status.loading {
                    <p data-testid="storage-persisted">{ persist_text }</p>
                    if let Some(bytes) = status.usage {
                        <p data-testid="storage-usage">
                            { fill(t.storage_usage, &[("used", &format_bytes(app.lang(), bytes))]) }
                        </p>
                    }
                    if status.persisted == Some(false) {
                        <button class="button button-secondary" onclick={ask_persist.reform(|_| ())}>
                            { t.storage_ask_persist }
                        </button>
                    }
                }
            </section>

            <SafetyCard />

            <section class="card" aria-labelledby="settings-delete">
                <h2 class="card-title" id="settings-delete">{ t.delete_title }</h2>
                <p>{ t.delete_text }</p>
                if *confirming {
                    <div class="confirm" role="group" aria-labelledby="delete-question">
                        <p id="delete-question" class="confirm-text">{ t.delete_confirm }</p>
                        <div class="form-actions">
                            <button type="button" class="button button-danger-solid"
                                onclick={delete_everything.reform(|_| ())}>{ t.delete_yes }</button>
                            <button type="button" class="button button-secondary" onclick={cancel}>{ t.cancel }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="button button-danger" onclick={ask}>{ t.delete_button }</button>
                }
            </section>

            <section class="card" aria-labelledby="settings-about">
                <h2 class="card-title" id="settings-about">{ t.settings_about }</h2>
                <p>{ t.about_privacy }</p>
                <p>{ t.about_not_medical }</p>
                <p class="muted">{ fill(t.about_version, &[("version", env!("CARGO_PKG_VERSION"))]) }</p>
            </section>
        </Layout>
    }
}
