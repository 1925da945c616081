//! Wishes and agreements: four sections, one per role a caregiver has (SOFA),
//! with filters, keyboard-friendly reordering, a prompt picker and the item form.

mod edit;
mod form;
mod new;

pub use edit::WishEditPage;
pub use new::wish_new_page;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::icons::{icon_svg, Icon};
use crate::components::{select_field, Layout};
use crate::hooks::wishes::use_move_wish;
use crate::hooks::{today, use_app, AppContext};
use crate::model::wishes::{self, review_state, Role, Status, WishItem};
use crate::route::{role_slug, Route};
use crate::text::wishes::{
    kind_text, review_state_text, role_line, role_title, status_text, wish_texts, WishTexts,
};
use crate::text::{fill, format_date};

/// The cared-for person's name, for `{name}` in the wishes texts.
#[hook]
pub(crate) fn use_cared_name() -> String {
    let app = use_app();
    app.profile
        .as_ref()
        .map(|p| p.cared_name.clone())
        .unwrap_or_default()
}

/// Fills `{name}` in a wishes text.
pub(crate) fn named(text: &str, name: &str) -> String {
    fill(text, &[("name", name)])
}

/// Every wish and agreement, per role.
#[component]
pub fn WishesPage() -> Html {
    let app = use_app();
    let t = wish_texts(app.lang());
    let name = use_cared_name();
    let role_filter = use_state(|| None::<Role>);
    let status_filter = use_state(|| None::<Status>);
    let announcement = use_state(String::new);
    let move_wish = use_move_wish();
    // Roles whose whole list is shown (long lists start with their first items).
    let expanded = use_state(Vec::<Role>::new);

    let role_options: Vec<AttrValue> = std::iter::once(AttrValue::Static(t.filter_all_roles))
        .chain(
            Role::ALL
                .iter()
                .map(|r| AttrValue::from(named(role_title(t, *r), &name))),
        )
        .collect();
    let status_options: Vec<AttrValue> = std::iter::once(AttrValue::Static(t.filter_all_statuses))
        .chain(
            Status::ALL
                .iter()
                .map(|s| AttrValue::Static(status_text(t, *s))),
        )
        .collect();
    let on_role = {
        let role_filter = role_filter.clone();
        Callback::from(move |i: usize| {
            role_filter.set(i.checked_sub(1).and_then(|i| Role::ALL.get(i).copied()))
        })
    };
    let on_status = {
        let status_filter = status_filter.clone();
        Callback::from(move |i: usize| {
            status_filter.set(i.checked_sub(1).and_then(|i| Status::ALL.get(i).copied()))
        })
    };

    let roles: Vec<Role> = match *role_filter {
        Some(r) => vec![r],
        None => Role::ALL.to_vec(),
    };
    let selected_role = role_filter.map_or(0, |r| r.order() as usize + 1);
    let selected_status = status_filter
        .and_then(|s| Status::ALL.iter().position(|x| *x == s))
        .map_or(0, |i| i + 1);

    html! {
        <Layout>
            <h1 class="page-title">{ t.title }</h1>
            <p>{ t.intro }</p>
            <div class="filters">
                { select_field("wish-role-filter", t.filter_role, role_options, selected_role, on_role) }
                { select_field("wish-status-filter", t.filter_status, status_options,
                    selected_status, on_status) }
            </div>
            <p class="visually-hidden" role="status">{ (*announcement).clone() }</p>
            { for roles.into_iter().map(|role| {
                let shown: Vec<WishItem> = wishes::filter(&app.wishes, Some(role), *status_filter)
                    .into_iter()
                    .cloned()
                    .collect();
                let show_all = {
                    let expanded = expanded.clone();
                    Callback::from(move |_| {
                        let mut next = (*expanded).clone();
                        next.push(role);
                        expanded.set(next);
                    })
                };
                html! {
                    { RoleSection {
                        role,
                        items: Rc::new(shown),
                        limit: (!expanded.contains(&role)).then_some(FIRST_ITEMS),
                        show_all,
                        filtered: status_filter.is_some(),
                        name: name.clone(),
                        app: app.clone(),
                        onmove: {
                            let move_wish = move_wish.clone();
                            let announcement = announcement.clone();
                            let t: &'static WishTexts = t;
                            Callback::from(move |(shown, id, up): (Rc<Vec<WishItem>>, String, bool)| {
                                let count = shown.len();
                                let place = shown.iter().position(|w| w.id == id).map(|p| {
                                    if up { p.saturating_sub(1) } else { (p + 1).min(count.saturating_sub(1)) }
                                });
                                if let Some(place) = place {
                                    announcement.set(fill(t.moved_to, &[
                                        ("place", &(place + 1).to_string()),
                                        ("count", &count.to_string()),
                                    ]));
                                }
                                move_wish.emit((shown, id, up));
                            })
                        },
                    }.view() }
                }
            }) }
        </Layout>
    }
}

/// One role: its title, what it is for, its items and the way to add one.
/// A plain struct drawn with [`RoleSection::view`] rather than a component: it has no
/// state of its own, and each component costs about 1 KB of wasm (issue 11).
struct RoleSection {
    role: Role,
    /// Shared with every item's move buttons, so a list is never copied per item.
    items: Rc<Vec<WishItem>>,
    /// Show only this many items, with a button for the rest.
    limit: Option<usize>,
    show_all: Callback<()>,
    filtered: bool,
    name: String,
    app: AppContext,
    onmove: Callback<(Rc<Vec<WishItem>>, String, bool)>,
}

/// How many items of a role a long list starts with: a thousand wishes must
/// not make the screen slow to open.
const FIRST_ITEMS: usize = 15;

impl RoleSection {
    fn view(&self) -> Html {
        let lang = self.app.lang();
        let t = wish_texts(lang);
        let role = self.role;
        let heading_id = format!("role-{}", role_slug(role));
        let today = today();
        let count = self.items.len();
        html! {
            <section class="card wish-role" aria-labelledby={heading_id.clone()} data-role={role_slug(role)}>
                <h2 class="card-title" id={heading_id}>{ named(role_title(t, role), &self.name) }</h2>
                <p class="muted">{ named(role_line(t, role), &self.name) }</p>
                if self.items.is_empty() {
                    <p class="empty">{ if self.filtered { t.empty_filter } else { t.empty_role } }</p>
                } else {
                    <ol class="wish-list">
                        { for self.items.iter().take(self.limit.unwrap_or(usize::MAX)).enumerate().map(|(i, item)| {
                            let due = review_state_text(t, review_state(item, today),
                                &item.review_on.map(|d| format_date(lang, d)).unwrap_or_default());
                            let text = item.text.clone();
                            let onup = {
                                let onmove = self.onmove.clone();
                                let items = self.items.clone();
                                let id = item.id.clone();
                                Callback::from(move |_| onmove.emit((items.clone(), id.clone(), true)))
                            };
                            let ondown = {
                                let onmove = self.onmove.clone();
                                let items = self.items.clone();
                                let id = item.id.clone();
                                Callback::from(move |_| onmove.emit((items.clone(), id.clone(), false)))
                            };
                            html! {
                                <li class="wish-item" key={item.id.clone()} data-testid="wish-item">
                                    <p class="wish-text">{ &item.text }</p>
                                    <p class="wish-tags">
                                        <span class="tag">{ kind_text(t, item.kind) }</span>
                                        <span class={classes!("tag", "tag-status", status_class(item.status))}>
                                            { status_text(t, item.status) }
                                        </span>
                                    </p>
                                    if let Some(who) = with_whom(item, &self.app.people) {
                                        <p class="wish-line">{ fill(t.with_whom_line, &[("who", &who)]) }</p>
                                    }
                                    if let Some(due) = due {
                                        <p class="wish-line wish-due">{ due }</p>
                                    }
                                    <div class="wish-actions">
                                        <a href={Route::WishEdit { id: item.id.clone() }.href()}
                                            class="button button-secondary button-small"
                                            aria-label={format!("{}: {text}", t.edit)}>
                                            { icon_svg(Icon::Edit) }
                                            { t.edit }
                                        </a>
                                        <span class="move-buttons">
                                            <button type="button" class="icon-button"
                                                aria-label={fill(t.move_up_label, &[("text", &text)])}
                                                aria-disabled={(i == 0).then_some("true")}
                                                onclick={onup}>
                                                { icon_svg(Icon::Up) }
                                            </button>
                                            <button type="button" class="icon-button"
                                                aria-label={fill(t.move_down_label, &[("text", &text)])}
                                                aria-disabled={(i + 1 == count).then_some("true")}
                                                onclick={ondown}>
                                                { icon_svg(Icon::Down) }
                                            </button>
                                        </span>
                                    </div>
                                </li>
                            }
                        }) }
                    </ol>
                    if self.limit.is_some_and(|l| count > l) {
                        <button type="button" class="button button-secondary button-wide wish-more"
                            data-testid="wish-show-all" onclick={self.show_all.reform(|_| ())}>
                            { fill(t.show_all, &[("count", &count.to_string())]) }
                        </button>
                    }
                }
                <a href={Route::WishNew { role: role_slug(role).to_string() }.href()}
                    class="button button-primary"
                    aria-label={format!("{}: {}", t.add_item, named(role_title(t, role), &self.name))}>
                    { icon_svg(Icon::Add) }
                    { t.add_item }
                </a>
            </section>
        }
    }
}

/// The CSS class that marks a status (shape and text carry it too, never colour alone).
fn status_class(status: Status) -> &'static str {
    match status {
        Status::Open => "status-open",
        Status::Discussed => "status-discussed",
        Status::Agreed => "status-agreed",
        Status::NotPossible => "status-not-possible",
        Status::Stopped => "status-stopped",
    }
}

/// With whom, in words: the typed text, the chosen person from the network, or both.
fn with_whom(item: &WishItem, people: &[crate::model::network::Person]) -> Option<String> {
    let person = item
        .with_person
        .as_ref()
        .and_then(|id| people.iter().find(|p| &p.id == id))
        .map(|p| p.name.clone());
    match (item.with_whom.is_empty(), person) {
        (true, None) => None,
        (true, Some(p)) => Some(p),
        (false, None) => Some(item.with_whom.clone()),
        (false, Some(p)) if item.with_whom.contains(&p) => Some(item.with_whom.clone()),
        (false, Some(p)) => Some(format!("{p}, {}", item.with_whom)),
    }
}
