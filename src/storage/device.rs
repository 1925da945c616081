//! Small browser services: the clock, random ids, whether the browser keeps the
//! data, how much space it uses, the app's own JSON files, and the service
//! worker that makes the app work offline and announces new versions.

use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, RequestCache, RequestInit, Response, ServiceWorker,
    ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
    ServiceWorkerUpdateViaCache,
};

use crate::model::record::id_from_bytes;

/// Now, in milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    // Date.now() is a whole number of milliseconds below 2^53.
    js_sys::Date::now() as i64
}

/// How many minutes local time is ahead of UTC right now.
pub fn local_offset_minutes() -> i32 {
    // getTimezoneOffset() is behind-UTC in minutes, at most a day.
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A new random record id.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            // Only when WebCrypto is missing: ids need to be unique, not secret.
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    id_from_bytes(bytes)
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let has = Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| navigator.storage())
}

async fn promise_bool(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser has promised to keep the data; `None` when it cannot say.
/// Asks at once, so other work can be awaited while the browser answers.
pub fn persisted() -> impl std::future::Future<Output = Option<bool>> {
    let asked = storage_manager().map(|s| s.persisted());
    async move { promise_bool(asked?).await }
}

/// Asks the browser to keep the data permanently. Call it from a person's action.
pub async fn request_persist() -> Option<bool> {
    promise_bool(storage_manager()?.persist()).await
}

/// How many bytes the app's origin uses, if the browser says.
pub async fn usage_bytes() -> Option<u64> {
    let promise = storage_manager()?.estimate().ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    let usage = Reflect::get(&estimate, &JsValue::from_str("usage"))
        .ok()?
        .as_f64()?;
    // A byte count, never negative, below 2^53.
    Some(usage.max(0.0) as u64)
}

/// Fetches one of the app's JSON files (a path next to index.html): from the
/// service worker's cache when it has it, so offline too, else from the
/// network, checked against the server rather than taken from an old HTTP
/// cache. `None` when it cannot be had or is not JSON.
pub async fn fetch_json(path: &str) -> Option<JsValue> {
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let promise = web_sys::window()?.fetch_with_str_and_init(path, &init);
    let response: Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.json().ok()?).await.ok()
}

/// The list `name` of a JSON object as strings; `None` when it is missing or
/// holds anything but strings.
pub fn string_list(object: &JsValue, name: &str) -> Option<Vec<String>> {
    let list: js_sys::Array = Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    list.iter().map(|item| item.as_string()).collect()
}

fn sw_container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Registers the service worker. `on_update` is called once a new version is
/// installed and waiting, while this version still runs: the app then offers to
/// reload. Nothing reloads by itself.
pub fn register_service_worker(on_update: Rc<dyn Fn()>) {
    let Some(container) = sw_container() else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_scope("./");
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options("sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(promise).await else {
            return;
        };
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = || sw_container().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        // A worker that became active while this page was still on its way
        // (a reload during the first install) did not take it over: ask it
        // to, or the page would stay without it (not offline) until the next
        // start.
        if let Some(active) = registration.active().filter(|_| !has_controller()) {
            tell_worker(&active, "CLAIM");
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let watched = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // Lives as long as the worker object: once per new version.
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_found.forget();
        watch_for_updates(registration);
    });
}

/// Checks for a new version whenever the app comes back to the foreground.
fn watch_for_updates(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let doc = document.clone();
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Visible {
            let _ = registration.update();
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_visible.forget();
}

/// Switches to the waiting new version and reloads once it has taken over.
/// Only called when the person presses the update button.
pub fn apply_update() {
    let Some(container) = sw_container() else {
        reload();
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let container2 = container.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting: Option<ServiceWorker> = JsFuture::from(container2.get_registration())
            .await
            .ok()
            .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                if !tell_worker(&worker, "SKIP_WAITING") {
                    reload();
                }
            }
            None => reload(),
        }
    });
}

/// Sends `{type: kind}` to a service worker; whether it could be sent.
fn tell_worker(worker: &ServiceWorker, kind: &str) -> bool {
    let message = Object::new();
    let _ = Reflect::set(
        &message,
        &JsValue::from_str("type"),
        &JsValue::from_str(kind),
    );
    worker.post_message(&message).is_ok()
}

/// Goes to the start address and loads the app again.
pub fn go_home_and_reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
        let _ = w.location().reload();
    }
}

/// Loads the app again.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// What happened when asking the phone's share menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The text went to an app.
    Shared,
    /// The person closed the menu.
    Cancelled,
    /// The browser has no share menu (or it failed).
    Unavailable,
}

/// Shares a text with the phone's share menu, when the browser has one.
pub async fn share_text(title: &str, text: &str) -> ShareOutcome {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return ShareOutcome::Unavailable;
    };
    let share = Reflect::get(&navigator, &JsValue::from_str("share")).unwrap_or(JsValue::UNDEFINED);
    let Some(share) = share.dyn_ref::<js_sys::Function>() else {
        return ShareOutcome::Unavailable;
    };
    let data = Object::new();
    let _ = Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    );
    let _ = Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
    share_outcome(share.call1(&navigator, &data)).await
}

/// What became of a call of `navigator.share`: shared, closed by the person
/// (an `AbortError`), or failed.
pub(super) async fn share_outcome(called: Result<JsValue, JsValue>) -> ShareOutcome {
    let Ok(promise) = called else {
        return ShareOutcome::Unavailable;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return ShareOutcome::Shared;
    };
    match JsFuture::from(promise).await {
        Ok(_) => ShareOutcome::Shared,
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                ShareOutcome::Cancelled
            } else {
                ShareOutcome::Unavailable
            }
        }
    }
}

/// Copies a text to the clipboard. `true` when it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let has = Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
    if !has {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Opens the browser's print dialog (also for saving as PDF).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The address of the app without its `#` part: origin and path.
pub fn app_address() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Whether the browser has a share menu (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("share")).ok())
        .is_some_and(|f| f.is_function())
}

/// The `#` part of the address, with the `#` (empty when there is none).
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
