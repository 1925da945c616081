//! The first start: what the app is for, and three short questions.

use yew::prelude::*;

use crate::components::icons::{Icon, IconSvg};
use crate::components::{Layout, ProfileForm};
use crate::hooks::use_texts;

/// Shown until the profile is saved.
#[component]
pub fn OnboardingPage() -> Html {
    let t = use_texts();
    html! {
        <Layout nav={false}>
            <h1 class="page-title">{ t.welcome_title }</h1>
            <p class="lead">{ t.welcome_intro }</p>
            <p class="privacy-line">
                <IconSvg icon={Icon::Lock} />
                <span>{ t.welcome_privacy }</span>
            </p>
            <section class="card">
                <ProfileForm id_prefix="welcome" submit_label={t.welcome_submit} />
            </section>
        </Layout>
    }
}
