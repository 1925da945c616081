//! A benchmark, not a timed test: lays out and renders the network map with
//! 150 people in headless Chromium and prints how long each part took.
#![cfg(target_arch = "wasm32")]

use samenspel::components::network_map::{NetworkMap, NetworkMapProps};
use samenspel::model::network::layout::{layout, LayoutParams};
use samenspel::model::network::{Closeness, Domain, Person, PersonInput, Task};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NAMES: [&str; 12] = [
    "Els",
    "Kees",
    "Fatima",
    "Johan",
    "Ria",
    "Mohammed",
    "Sanne",
    "Wilhelmina",
    "Bram",
    "Dokter Smit",
    "Ingrid",
    "Jan-Willem",
];

fn people(n: usize) -> Vec<Person> {
    (0..n)
        .filter_map(|i| {
            PersonInput {
                name: format!("{} {}", NAMES[i % NAMES.len()], i / NAMES.len() + 1),
                relation: String::new(),
                domain: Some(Domain::ALL[i % 6]),
                closeness: Some(Closeness::ALL[(i / 6) % 3]),
                helps_now: vec![Task::ALL[i % Task::ALL.len()]],
                could_help: Vec::new(),
                phone: String::new(),
                note: String::new(),
            }
            .create(format!("p{i:03}"), 1)
            .ok()
        })
        .collect()
}

fn now() -> f64 {
    js_sys::Date::now()
}

async fn next_frame() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn lay_out_and_render_150_people() {
    let people = people(150);
    assert_eq!(people.len(), 150);

    let started = now();
    let map = layout(&people, &LayoutParams::default());
    let laid_out = now() - started;
    assert_eq!(map.dots.len(), 150);

    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attached");
    let started = now();
    let handle = yew::Renderer::<NetworkMap>::with_root_and_props(
        root.clone(),
        NetworkMapProps {
            people: people.into(),
            cared_name: "Piet".into(),
            decorative: false,
        },
    )
    .render();
    next_frame().await;
    let rendered = now() - started;
    let dots = root
        .query_selector_all("[data-testid=map-dot]")
        .expect("a query")
        .length();
    assert_eq!(dots, 150, "every person is a dot on the map");
    console_log!(
        "network map, 150 people: layout {laid_out:.0} ms, layout + render to the DOM {rendered:.0} ms (debug build, headless Chromium)"
    );
    handle.destroy();
}
