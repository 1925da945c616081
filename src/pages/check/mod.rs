//! The balance check and the energy lists (issue 5): being built.

use yew::prelude::*;

use crate::components::Layout;

/// The balance check's home: latest result, start or resume, links onward.
#[component]
pub fn CheckOverviewPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Balans" }</h1></Layout> }
}

/// The questions, one per screen.
#[component]
pub fn CheckQuestionsPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Balans" }</h1></Layout> }
}

/// Props of [`CheckResultPage`].
#[derive(Properties, PartialEq)]
pub struct CheckResultProps {
    /// The check's record id.
    pub id: String,
}

/// The result of one check.
#[component]
pub fn CheckResultPage(props: &CheckResultProps) -> Html {
    let _ = &props.id;
    html! { <Layout><h1 class="page-title">{ "Balans" }</h1></Layout> }
}

/// Every check over time, with a trend chart.
#[component]
pub fn CheckHistoryPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Balans" }</h1></Layout> }
}

/// What gives and what costs energy.
#[component]
pub fn EnergyPage() -> Html {
    html! { <Layout><h1 class="page-title">{ "Energie" }</h1></Layout> }
}
