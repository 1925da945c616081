//! The network: the map of people around the caregiver (and the same as a
//! list), the person form, who does what, and the network over time.

mod form;
mod history;
mod person;
mod tasks;

pub use history::NetworkHistoryPage;
pub use person::{PersonEditPage, PersonNewPage};
pub use tasks::NetworkTasksPage;

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::icons::{icon_svg, Icon};
use crate::components::network_map::{domain_slug, ring_slug, NetworkMap};
use crate::components::Layout;
use crate::hooks::use_app;
use crate::model::network::{person_order, tel_href, Closeness, Domain, Person};
use crate::model::sort::sort_by;
use crate::route::Route;
use crate::text::fill;
use crate::text::network::{
    closeness_hint, closeness_name, domain_description, domain_name, network_texts, task_list,
    NetworkTexts,
};

thread_local! {
    /// Whether the person last chose the list, so coming back shows it again.
    static LIST_VIEW: Cell<bool> = const { Cell::new(false) };
}

/// The first name of the person cared for.
#[hook]
pub(crate) fn use_cared_first_name() -> String {
    let app = use_app();
    app.profile
        .as_ref()
        .and_then(|p| p.cared_name.split_whitespace().next().map(str::to_string))
        .unwrap_or_default()
}

/// The address of a screen, for `href`.
pub(crate) fn href(route: Route) -> String {
    route.href()
}

/// The people, sorted for lists.
pub(crate) fn sorted(people: &[Person]) -> Vec<Person> {
    let mut out = people.to_vec();
    sort_by(&mut out, person_order);
    out
}

/// The map of people around the caregiver, with a list view.
#[component]
pub fn NetworkPage() -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let cared = use_cared_first_name();
    let list_view = use_state(|| LIST_VIEW.with(Cell::get));
    let choose = |list: bool| {
        let list_view = list_view.clone();
        Callback::from(move |_: MouseEvent| {
            LIST_VIEW.with(|c| c.set(list));
            list_view.set(list);
        })
    };
    let add = html! {
        <a class="button button-primary netview-add" href={href(Route::PersonNew)}>
            { icon_svg(Icon::Add) }
            { t.add_person }
        </a>
    };
    if app.people.is_empty() {
        return html! {
            <Layout>
                <h1 class="page-title">{ t.title }</h1>
                <section class="card card-calm netmap-empty" data-testid="network-empty">
                    <p class="lead">{ t.intro }</p>
                    <p>{ t.empty }</p>
                    <a class="button button-primary button-wide button-big" href={href(Route::PersonNew)}>
                        { icon_svg(Icon::Add) }
                        { t.add_person }
                    </a>
                </section>
                <NetworkMap people={Rc::default()} cared_name={cared.clone()} decorative=true />
                { legend(t, &cared) }
            </Layout>
        };
    }
    let list = *list_view;
    html! {
        <Layout>
            <h1 class="page-title">{ t.title }</h1>
            <p>{ t.intro }</p>
            <div class="netview-bar">
                { add }
                <div class="netview-toggle" role="group" aria-label={t.view_label}>
                    <button type="button" class="netview-choice" aria-pressed={(!list).to_string()}
                        onclick={choose(false)}>{ t.tab_map }</button>
                    <button type="button" class="netview-choice" aria-pressed={list.to_string()}
                        onclick={choose(true)}>{ t.tab_list }</button>
                </div>
            </div>
            if list {
                { people_list(t, &app.people) }
            } else {
                <NetworkMap people={app.people.clone()} cared_name={cared.clone()} />
                <p class="muted netmap-hint">{ t.map_hint }</p>
                { legend(t, &cared) }
            }
            { more(t) }
        </Layout>
    }
}

/// Links to who does what and the network over time. (This and the other
/// parts of the page are functions, not components: each component costs
/// about 1 KB of wasm; issue 11.)
fn more(t: &NetworkTexts) -> Html {
    html! {
        <section class="card" aria-labelledby="network-more">
            <h2 class="card-title" id="network-more">{ t.more_title }</h2>
            <ul class="plain-list netmore-list">
                <li>
                    <a class="button button-secondary button-wide" href={href(Route::NetworkTasks)}>
                        { t.tasks_title }
                    </a>
                </li>
                <li>
                    <a class="button button-secondary button-wide" href={href(Route::NetworkHistory)}>
                        { t.snap_title }
                    </a>
                </li>
            </ul>
        </section>
    }
}

/// What the rings and sectors mean, outside the map, around `cared`.
fn legend(t: &NetworkTexts, cared: &str) -> Html {
    html! {
        <section class="card netmap-legend" aria-labelledby="legend-title">
            <h2 class="card-title" id="legend-title">{ t.legend_title }</h2>
            if !cared.is_empty() {
                <p>{ fill(t.legend_centre, &[("name", cared)]) }</p>
            }
            <h3 class="legend-heading">{ t.legend_rings }</h3>
            <ul class="legend-list">
                { for Closeness::ALL.iter().map(|&c| html! {
                    <li class="legend-item">
                        { ring_glyph(c) }
                        <span><strong>{ closeness_name(t, c) }</strong><br />
                            <span class="muted">{ closeness_hint(t, c) }</span></span>
                    </li>
                }) }
            </ul>
            <h3 class="legend-heading">{ t.legend_domains }</h3>
            <ul class="legend-list">
                { for Domain::ALL.iter().map(|&d| html! {
                    <li class="legend-item">
                        { sector_glyph(d) }
                        <span><strong>{ domain_name(t, d) }</strong><br />
                            <span class="muted">{ domain_description(t, d) }</span></span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Three rings with one of them marked.
fn ring_glyph(c: Closeness) -> Html {
    html! {
        <svg class="legend-glyph" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            { for [5.0, 10.0, 15.0].iter().enumerate().map(|(i, r)| html! {
                <circle class={if i == c.index() { "legend-ring legend-ring-on" } else { "legend-ring" }}
                    cx="16" cy="16" r={r.to_string()} />
            }) }
            <circle class="legend-centre" cx="16" cy="16" r="2" />
        </svg>
    }
}

/// A circle with the sector of a part of life filled in.
fn sector_glyph(d: Domain) -> Html {
    let start = (-120.0 + 60.0 * d.index() as f64).to_radians();
    let end = start + 60f64.to_radians();
    let (r, c) = (14.0, 16.0);
    let p = |a: f64| format!("{:.2} {:.2}", c + r * a.cos(), c + r * a.sin());
    let path = format!("M16 16 L{} A14 14 0 0 1 {} Z", p(start), p(end));
    html! {
        <svg class="legend-glyph" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <circle class="legend-ring" cx="16" cy="16" r="14" />
            <path class="legend-sector" d={path} />
        </svg>
    }
}

/// The same as the map, as a list: per part of life, with closeness and tasks.
fn people_list(t: &NetworkTexts, people: &[Person]) -> Html {
    let people = sorted(people);
    html! {
        <div class="people-list" data-testid="people-list">
            { for Domain::ALL.iter().map(|&d| {
                let here: Vec<&Person> = people.iter().filter(|p| p.domain == d).collect();
                let heading = format!("list-{}", domain_slug(d));
                html! {
                    <section class="card people-domain" aria-labelledby={heading.clone()}
                        data-domain={domain_slug(d)}>
                        <h2 class="card-title" id={heading}>
                            { domain_name(t, d) }
                            <span class="people-count">
                                { fill(t.people_count, &[("count", &here.len().to_string())]) }
                            </span>
                        </h2>
                        if here.is_empty() {
                            <p class="empty">{ t.list_nobody }</p>
                        } else {
                            <ul class="people-items">
                                { for here.into_iter().map(|p| person_item(t, p)) }
                            </ul>
                        }
                    </section>
                }
            }) }
        </div>
    }
}

/// One person in the list.
fn person_item(t: &NetworkTexts, p: &Person) -> Html {
    html! {
        <li class="person-item" key={p.id.clone()} data-testid="list-person"
            data-domain={domain_slug(p.domain)} data-ring={ring_slug(p.closeness)}>
            <p class="person-head">
                <a class="person-name" href={href(Route::PersonEdit { id: p.id.clone() })}
                    aria-label={fill(t.edit_person, &[("name", &p.name)])}>
                    { &p.name }
                </a>
                <span class={classes!("tag", "ring-tag", format!("ring-tag-{}", ring_slug(p.closeness)))}>
                    { closeness_name(t, p.closeness) }
                </span>
            </p>
            if !p.relation.is_empty() {
                <p class="person-line muted">{ &p.relation }</p>
            }
            if p.helps_now.is_empty() {
                <p class="person-line">{ t.list_no_help_yet }</p>
            } else {
                <p class="person-line">{ fill(t.list_helps_now, &[("tasks", &task_list(t, &p.helps_now))]) }</p>
            }
            if !p.could_help.is_empty() {
                <p class="person-line">{ fill(t.list_could_help, &[("tasks", &task_list(t, &p.could_help))]) }</p>
            }
            if !p.note.is_empty() {
                <p class="person-line person-note">{ &p.note }</p>
            }
            if let Some(phone) = &p.phone {
                <p class="person-line">
                    <a class="button button-secondary button-small" href={tel_href(phone)}>
                        { fill(t.call, &[("name", &p.name)]) }
                    </a>
                    <span class="person-phone">{ phone }</span>
                </p>
            }
        </li>
    }
}
