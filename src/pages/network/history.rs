//! The network over time: today compared with the map of about three months
//! ago, in words; keeping today's map on request; the maps kept so far.

use yew::prelude::*;

use super::href;
use crate::components::Layout;
use crate::hooks::network::use_take_snapshot;
use crate::hooks::{today, use_app};
use crate::model::network::{
    compare, snapshot_for_comparison, NetworkSnapshot, SnapshotDiff, SnapshotPerson,
};
use crate::model::sort::sort_by_key;
use crate::route::Route;
use crate::text::network::{closeness_name, network_texts, reason_text, task_list, NetworkTexts};
use crate::text::{fill, format_date};

/// About three months, in days.
const DAYS_BACK: i64 = 91;

/// The changes as plain sentences.
fn sentences(t: &NetworkTexts, diff: &SnapshotDiff) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(
        diff.added
            .iter()
            .map(|p| fill(t.diff_added, &[("name", &p.name)])),
    );
    out.extend(
        diff.removed
            .iter()
            .map(|p| fill(t.diff_removed, &[("name", &p.name)])),
    );
    for (template, moves) in [
        (t.diff_closer, &diff.moved_closer),
        (t.diff_away, &diff.moved_away),
    ] {
        out.extend(moves.iter().map(|m| {
            fill(
                template,
                &[
                    ("name", &m.name),
                    ("from", closeness_name(t, m.from)),
                    ("to", closeness_name(t, m.to)),
                ],
            )
        }));
    }
    for (template, changes) in [
        (t.diff_started, &diff.started_helping),
        (t.diff_stopped, &diff.stopped_helping),
    ] {
        out.extend(changes.iter().map(|c| {
            fill(
                template,
                &[("name", &c.name), ("tasks", &task_list(t, &c.tasks))],
            )
        }));
    }
    out
}

/// Today compared with an earlier snapshot.
#[component]
pub fn NetworkHistoryPage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = network_texts(lang);
    let take = use_take_snapshot();
    let saved = use_state(|| false);
    let today = today();
    let current: Vec<SnapshotPerson> = app.people.iter().map(SnapshotPerson::from_person).collect();
    let earlier = snapshot_for_comparison(&app.snapshots, today, DAYS_BACK);
    let mut kept: Vec<&NetworkSnapshot> = app.snapshots.iter().collect();
    sort_by_key(&mut kept, |s| std::cmp::Reverse((s.taken_on, s.created_at)));
    let ontake = {
        let saved = saved.clone();
        Callback::from(move |_: MouseEvent| {
            let saved = saved.clone();
            saved.set(false);
            take.emit(Callback::from(move |ok: bool| saved.set(ok)));
        })
    };
    html! {
        <Layout>
            <h1 class="page-title">{ t.snap_title }</h1>
            <section class="card" aria-labelledby="snap-compare" data-testid="snap-compare">
                if let Some(s) = earlier {
                    <h2 class="card-title" id="snap-compare">
                        { fill(t.snap_compare, &[("date", &format_date(lang, s.taken_on))]) }
                    </h2>
                    <p class="muted">{ reason_text(t, s.reason) }</p>
                    <h3 class="legend-heading">{ t.snap_changes }</h3>
                    {{
                        let lines = sentences(t, &compare(&s.people, &current));
                        if lines.is_empty() {
                            html! { <p>{ t.snap_no_change }</p> }
                        } else {
                            html! {
                                <ul class="change-list">
                                    { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                                </ul>
                            }
                        }
                    }}
                } else {
                    <h2 class="card-title" id="snap-compare">{ t.snap_changes }</h2>
                    <p>{ t.snap_none }</p>
                }
            </section>
            <section class="card card-calm">
                <button type="button" class="button button-primary button-wide" onclick={ontake}>
                    { t.snap_take }
                </button>
                <p class="saved-line" role="status">{ if *saved { t.snap_saved } else { "" } }</p>
            </section>
            if !kept.is_empty() {
                <section class="card" aria-labelledby="snap-kept">
                    <h2 class="card-title" id="snap-kept">{ t.snap_kept_title }</h2>
                    <ul class="plain-list snap-list" data-testid="snap-list">
                        { for kept.into_iter().map(|s| html! {
                            <li key={s.id.clone()} class="snap-item">
                                <strong>{ format_date(lang, s.taken_on) }</strong><br />
                                <span class="muted">
                                    { reason_text(t, s.reason) }{ " · " }
                                    { fill(t.people_count, &[("count", &s.people.len().to_string())]) }
                                </span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <p class="back-line"><a href={href(Route::Network)}>{ t.back_to_map }</a></p>
        </Layout>
    }
}
