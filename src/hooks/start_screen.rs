//! Keeps a copy of the start screen for the next start (see
//! [`crate::model::start_screen`]): the service worker puts it into the page
//! at the next start, and `index.html` shows it while the app loads.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};
use yew::prelude::*;

use super::{use_db, DOCUMENT_ATTRIBUTES};
use crate::model::start_screen::StartScreen;
use crate::storage::{device, prefs};

/// How long (ms) the start screen must stay as it is before it is copied:
/// not while it is still being drawn, nor when the person moves on at once.
const SETTLED_MS: u32 = 300;

/// Copies the start screen into the database a moment after it was drawn,
/// each time it is drawn (the database handle skips a copy it already has).
/// Never while the lock is on: the copy is plain text.
#[hook]
pub fn use_keep_start_screen() {
    let db = use_db();
    use_effect(move || {
        // Set when the screen is drawn again or left before the copy is made.
        let cancelled = Rc::new(Cell::new(false));
        if let Some(db) = db {
            let cancelled = cancelled.clone();
            spawn_local(async move {
                TimeoutFuture::new(SETTLED_MS).await;
                // The lock as it is now, not as it was when drawn.
                if cancelled.get() || db.has_key() {
                    return;
                }
                let Some(copy) = copy_of_screen() else {
                    return;
                };
                // Only a copy: when it cannot be written, the next start
                // shows the loading screen, as without one.
                let _ = db.keep_start_screen(copy).await;
            });
        }
        move || cancelled.set(true)
    });
}

/// The start screen as it is on screen now, without messages; `None` when
/// the app does not show it (or shows the copy).
fn copy_of_screen() -> Option<StartScreen> {
    let document = web_sys::window()?.document()?;
    let app = document.get_element_by_id("app")?;
    if app.has_attribute("data-copy") {
        return None;
    }
    app.query_selector("[data-testid=greeting]").ok()??;
    let copy: Element = app.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    if let Ok(Some(messages)) = copy.query_selector(".messages") {
        messages.set_inner_html("");
    }
    let html = copy.inner_html();
    // Only HTML that reads back as the same tree: the service worker puts it
    // into the page's HTML, where the parser would rearrange anything else.
    let template = document.create_element("template").ok()?;
    template.set_inner_html(&html);
    if template.inner_html() != html {
        return None;
    }
    let root = document.document_element()?;
    let attributes = DOCUMENT_ATTRIBUTES
        .iter()
        .filter_map(|&name| Some((name.to_string(), root.get_attribute(name)?)))
        .collect();
    Some(StartScreen::new(
        html,
        prefs::stored_text(),
        build(&document),
        attributes,
        device::now_ms(),
        device::local_offset_minutes(),
    ))
}

/// The build of the app on this page: the name of its script, which carries
/// a hash of the build. The service worker looks for the same in the page.
fn build(document: &Document) -> String {
    document
        .query_selector("link[rel=modulepreload]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .unwrap_or_default()
}
