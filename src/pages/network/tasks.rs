//! Who does what: for each task who does it now and who could. Tasks the
//! caregiver carries alone come first, with the people who could help: that is
//! where to ask.

use yew::prelude::*;

use super::{href, sorted};
use crate::components::task_checks::TaskChecks;
use crate::components::Layout;
use crate::hooks::network::use_set_own_task;
use crate::hooks::use_app;
use crate::model::network::{task_overview, tel_href, Person, TaskGroup, TaskRow};
use crate::route::Route;
use crate::text::fill;
use crate::text::network::{group_title, network_texts, task_name, NetworkTexts};

const GROUPS: [TaskGroup; 5] = [
    TaskGroup::AloneWithOffers,
    TaskGroup::AloneNoOffers,
    TaskGroup::Shared,
    TaskGroup::ByOthers,
    TaskGroup::Nobody,
];

fn group_slug(g: TaskGroup) -> &'static str {
    match g {
        TaskGroup::AloneWithOffers => "alone-offers",
        TaskGroup::AloneNoOffers => "alone",
        TaskGroup::Shared => "shared",
        TaskGroup::ByOthers => "others",
        TaskGroup::Nobody => "nobody",
    }
}

/// Who does what.
#[component]
pub fn NetworkTasksPage() -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    // Asked first while nothing is ticked; decided once, so nothing jumps.
    let own_first = use_state(|| app.own_tasks.0.is_empty());
    let rows = task_overview(&app.people, &app.own_tasks);
    let people = sorted(&app.people);
    html! {
        <Layout>
            <h1 class="page-title">{ t.tasks_title }</h1>
            <p>{ t.tasks_intro }</p>
            if *own_first { <OwnTasksCard /> }
            { for GROUPS.iter().map(|&g| {
                let here: Vec<&TaskRow> = rows.iter().filter(|r| r.group() == g).collect();
                if here.is_empty() {
                    return html! {};
                }
                let heading = format!("group-{}", group_slug(g));
                let alone = matches!(g, TaskGroup::AloneWithOffers | TaskGroup::AloneNoOffers);
                html! {
                    <section class={classes!("card", "task-group", alone.then_some("card-attention"))}
                        aria-labelledby={heading.clone()} data-testid="task-group"
                        data-group={group_slug(g)}>
                        <h2 class="card-title" id={heading}>{ group_title(t, g) }</h2>
                        if g == TaskGroup::AloneWithOffers {
                            <p>{ t.tasks_ask_hint }</p>
                        }
                        <ul class="task-rows">
                            { for here.into_iter().map(|r| task_row(t, r, &people)) }
                        </ul>
                    </section>
                }
            }) }
            if !*own_first { <OwnTasksCard /> }
            <p class="back-line"><a href={href(Route::Network)}>{ t.back_to_map }</a></p>
        </Layout>
    }
}

/// One task: who does it now, and who could.
fn task_row(t: &NetworkTexts, r: &TaskRow, people: &[Person]) -> Html {
    let find = |id: &String| people.iter().find(|p| &p.id == id);
    let mut doers: Vec<String> = Vec::new();
    if r.caregiver_does {
        doers.push(t.tasks_you.to_string());
    }
    doers.extend(r.doers.iter().filter_map(find).map(|p| p.name.clone()));
    let could: Vec<&Person> = r.could.iter().filter_map(find).collect();
    html! {
        <li class="task-row" data-testid="task-row" data-task={format!("{:?}", r.task)}>
            <h3 class="task-name">{ task_name(t, r.task) }</h3>
            if !doers.is_empty() {
                <p class="task-line"><span class="task-line-label">{ t.tasks_doers }{ ": " }</span>
                    { doers.join(", ") }</p>
            }
            if !could.is_empty() {
                <p class="task-line task-line-label">{ t.tasks_could_help }{ ":" }</p>
                <ul class="could-list">
                    { for could.into_iter().map(|p| html! {
                        <li class="could-item">
                            <span class="could-name">{ &p.name }
                                if !p.relation.is_empty() {
                                    <span class="muted">{ format!(" ({})", p.relation) }</span>
                                }
                            </span>
                            if let Some(phone) = &p.phone {
                                <a class="button button-secondary button-small" href={tel_href(phone)}>
                                    { fill(t.call, &[("name", &p.name)]) }
                                </a>
                            }
                        </li>
                    }) }
                </ul>
            } else if r.alone {
                <p class="task-line muted">{ t.tasks_no_offers }</p>
            }
        </li>
    }
}

/// The caregiver ticks what they do themself; saved at once.
#[component]
fn OwnTasksCard() -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let set = use_set_own_task();
    html! {
        <section class="card card-calm">
            <TaskChecks id="own-tasks" legend={t.tasks_own_question}
                hint={Some(AttrValue::Static(t.tasks_own_hint))}
                selected={app.own_tasks.0.clone()} onchange={set} />
        </section>
    }
}
