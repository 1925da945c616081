//! The network map as SVG: rings for closeness, sectors for parts of life, the
//! caregiver in the centre, each person a dot with a name that links to them.
//! Everything comes from [`layout`]; this only draws. Zoom buttons scale the
//! map inside a scrollable box.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_app;
use crate::model::network::layout::short_name;
use crate::model::network::{layout, Anchor, Closeness, Domain, LayoutParams, MapLayout, Person};
use crate::route::Route;
use crate::text::fill;
use crate::text::network::{closeness_name, domain_name, network_texts, NetworkTexts};

/// The zoom steps, as a share of the box width (CSS classes `netmap-zoom-N`).
const ZOOM_STEPS: usize = 4;

/// The word for a part of life in `data-domain` attributes.
pub fn domain_slug(d: Domain) -> &'static str {
    match d {
        Domain::Family => "family",
        Domain::Friends => "friends",
        Domain::Neighbours => "neighbours",
        Domain::WorkSchoolClub => "work",
        Domain::Professionals => "professionals",
        Domain::Volunteers => "volunteers",
    }
}

/// The word for a ring in `data-ring` attributes.
pub fn ring_slug(c: Closeness) -> &'static str {
    match c {
        Closeness::VeryClose => "very-close",
        Closeness::Close => "close",
        Closeness::Further => "further",
    }
}

/// The accessible name of a person on the map.
pub fn person_label(t: &NetworkTexts, p: &Person) -> String {
    fill(
        t.dot_label,
        &[
            ("name", &p.name),
            ("domain", domain_name(t, p.domain)),
            ("closeness", closeness_name(t, p.closeness)),
        ],
    )
}

fn anchor(a: Anchor) -> &'static str {
    match a {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    }
}

fn n(v: f64) -> String {
    format!("{:.1}", v)
}

/// Props of [`NetworkMap`].
#[derive(Properties, PartialEq)]
pub struct NetworkMapProps {
    /// The people on the map (shared with the app state: no copy per drawing).
    pub people: Rc<Vec<Person>>,
    /// The first name of the person cared for, for the centre.
    pub cared_name: String,
    /// Only a picture (the empty state): hidden from screen readers, no zoom.
    #[prop_or_default]
    pub decorative: bool,
}

/// The map with its zoom buttons.
#[component]
pub fn NetworkMap(props: &NetworkMapProps) -> Html {
    let app = use_app();
    let t = network_texts(app.lang());
    let zoom = use_state(|| 0usize);
    let scroller = use_node_ref();
    let map = use_memo(props.people.clone(), |people| {
        layout(people, &LayoutParams::default())
    });
    {
        // Keep the middle of the map in view when zooming.
        let scroller = scroller.clone();
        use_effect_with(*zoom, move |_| {
            if let Some(el) = scroller.cast::<web_sys::HtmlElement>() {
                let x = (el.scroll_width() - el.client_width()) / 2;
                let y = (el.scroll_height() - el.client_height()) / 2;
                el.set_scroll_left(x.max(0));
                el.set_scroll_top(y.max(0));
            }
        });
    }
    let svg = draw(&map, t, &props.people, &props.cared_name, props.decorative);
    if props.decorative {
        return html! { <div class="netmap netmap-decorative">{ svg }</div> };
    }
    let step = |delta: isize| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| {
            let next = (*zoom as isize + delta).clamp(0, ZOOM_STEPS as isize - 1) as usize;
            zoom.set(next);
        })
    };
    let at_min = *zoom == 0;
    let at_max = *zoom + 1 == ZOOM_STEPS;
    html! {
        <div class="netmap">
            <div class="netmap-zoom" role="group" aria-label={t.zoom_label}>
                <button type="button" class="button button-secondary button-small"
                    aria-disabled={at_min.then_some("true")} onclick={step(-1)}>
                    <span class="netmap-zoom-sign" aria-hidden="true">{ "−" }</span>
                    { t.zoom_out }
                </button>
                <button type="button" class="button button-secondary button-small"
                    aria-disabled={at_max.then_some("true")} onclick={step(1)}>
                    <span class="netmap-zoom-sign" aria-hidden="true">{ "+" }</span>
                    { t.zoom_in }
                </button>
            </div>
            <div class={classes!("netmap-scroll", format!("netmap-zoom-{}", *zoom))}
                ref={scroller} data-testid="map-scroll" data-zoom={zoom.to_string()}>
                { svg }
            </div>
        </div>
    }
}

/// The SVG itself.
fn draw(
    map: &MapLayout,
    t: &'static NetworkTexts,
    people: &[Person],
    cared_name: &str,
    decorative: bool,
) -> Html {
    let size = n(map.size);
    let c = map.centre;
    let first = cared_name.split_whitespace().next().unwrap_or_default();
    let cared = short_name(first, 9);
    html! {
        <svg class="netmap-svg" viewBox={format!("0 0 {size} {size}")}
            width={size.clone()} height={size}
            role={(!decorative).then_some("group")}
            aria-label={(!decorative).then_some(t.map_label)}
            aria-hidden={decorative.then_some("true")}
            focusable="false" data-testid={(!decorative).then_some("network-map")}>
            <g aria-hidden="true">
                { for (0..3).rev().map(|i| html! {
                    <circle class={format!("netmap-band netmap-band-{i}")}
                        cx={n(c.x)} cy={n(c.y)} r={n(map.ring_radii[i])} />
                }) }
                { for map.sector_lines.iter().map(|(a, b)| html! {
                    <line class="netmap-sector-line" x1={n(a.x)} y1={n(a.y)} x2={n(b.x)} y2={n(b.y)} />
                }) }
                <circle class="netmap-centre" cx={n(c.x)} cy={n(c.y)} r={n(map.centre_radius)} />
                <text class="netmap-centre-you" x={n(c.x)} y={n(c.y - 7.0)}
                    text-anchor="middle" dominant-baseline="central" font-size="13">
                    { t.centre_you }
                </text>
                <text class="netmap-centre-name" x={n(c.x)} y={n(c.y + 8.0)}
                    text-anchor="middle" dominant-baseline="central" font-size="10">
                    { cared }
                </text>
                { for map.domain_labels.iter().map(|d| html! {
                    <text class="netmap-domain" x={n(d.label.text_x)} y={n(d.label.text_y)}
                        text-anchor={anchor(d.label.anchor)} dominant-baseline="central"
                        font-size={n(map.domain_font_size)}>
                        { domain_name(t, d.domain) }
                    </text>
                }) }
                { for map.dots.iter().filter_map(|d| d.leader.map(|l| html! {
                    <line class="netmap-leader" x1={n(d.x)} y1={n(d.y)} x2={n(l.x)} y2={n(l.y)} />
                })) }
            </g>
            { for map.dots.iter().map(|d| {
                let person = people.iter().find(|p| p.id == d.person_id);
                let label = person.map(|p| person_label(t, p)).unwrap_or_default();
                let href = Route::PersonEdit { id: d.person_id.clone() }.href();
                let b = d.label;
                let has_label = !d.text.is_empty() && b.width > 0.0;
                html! {
                    <g class="netmap-person" key={d.person_id.clone()} data-testid="map-dot"
                        data-domain={domain_slug(d.domain)} data-ring={ring_slug(d.ring)}>
                        <a class="netmap-link" href={href} aria-label={label}
                            tabindex={decorative.then_some("-1")}>
                            if has_label {
                                <rect class="netmap-label-bg" x={n(b.x)} y={n(b.y)}
                                    width={n(b.width)} height={n(b.height)} rx="2" />
                            }
                            <circle class="netmap-hit" cx={n(d.x)} cy={n(d.y)} r={n(map.dot_radius + 3.5)} />
                            <circle class="netmap-dot" cx={n(d.x)} cy={n(d.y)} r={n(map.dot_radius)} />
                            if has_label {
                                <text class="netmap-name" x={n(b.text_x)} y={n(b.text_y)}
                                    text-anchor={anchor(b.anchor)} dominant-baseline="central"
                                    font-size={n(map.font_size)}>
                                    { d.text.clone() }
                                </text>
                            }
                        </a>
                    </g>
                }
            }) }
        </svg>
    }
}
