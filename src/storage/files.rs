//! Files and the phone around the app: saving or sharing a backup file, reading
//! a chosen file, whether this is an iPhone not yet on the home screen, and
//! hearing when the app goes to the background and comes back.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, Url};

use super::device::{share_outcome, ShareOutcome};

const JSON_TYPE: &str = "application/json";

fn parts(text: &str) -> Array {
    Array::of1(&JsValue::from_str(text))
}

fn json_file(name: &str, text: &str) -> Option<File> {
    let options = FilePropertyBag::new();
    options.set_type(JSON_TYPE);
    File::new_with_str_sequence_and_options(&parts(text), name, &options).ok()
}

/// Offers a text file as a download with the given name. `true` when the
/// browser took it (where it ends up is the browser's choice).
pub fn save_file(name: &str, text: &str) -> bool {
    let options = BlobPropertyBag::new();
    options.set_type(JSON_TYPE);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts(text), &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok());
    let Some(link) = link else {
        let _ = Url::revoke_object_url(&url);
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started from the click; the address may go after a moment.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    true
}

fn navigator_function(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let f = Reflect::get(&navigator, &JsValue::from_str(name)).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, f))
}

fn files_data(file: &File) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &JsValue::from_str("files"), &Array::of1(file).into());
    data
}

/// Whether the phone's share menu can take a file.
pub fn can_share_files() -> bool {
    let Some((navigator, can_share)) = navigator_function("canShare") else {
        return false;
    };
    if navigator_function("share").is_none() {
        return false;
    }
    let Some(file) = json_file("samenspel.json", "{}") else {
        return false;
    };
    can_share
        .call1(&navigator, &files_data(&file))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Shares a text file through the phone's share menu (to e-mail, a cloud
/// folder, a chat with oneself).
pub async fn share_file(name: &str, text: &str) -> ShareOutcome {
    let Some((navigator, share)) = navigator_function("share") else {
        return ShareOutcome::Unavailable;
    };
    let Some(file) = json_file(name, text) else {
        return ShareOutcome::Unavailable;
    };
    share_outcome(share.call1(&navigator, &files_data(&file))).await
}

/// A file the person chose, by its size and contents.
pub struct ChosenFile(File);

impl ChosenFile {
    /// The first file chosen in a file field, if any.
    pub fn from_input(input: &web_sys::HtmlInputElement) -> Option<ChosenFile> {
        input.files()?.get(0).map(ChosenFile)
    }

    /// The file's size in bytes.
    pub fn size(&self) -> usize {
        // File sizes are whole numbers below 2^53.
        self.0.size() as usize
    }

    /// Reads the whole file; `None` when the browser could not.
    pub async fn bytes(&self) -> Option<Vec<u8>> {
        let buffer = JsFuture::from(self.0.array_buffer()).await.ok()?;
        Some(Uint8Array::new(&buffer).to_vec())
    }
}

/// Whether this is an iPhone or iPad whose Safari may clear the data of a web
/// page that is not on the home screen.
pub fn is_ios_browser_tab() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let touch_mac = agent.contains("Macintosh") && navigator.max_touch_points() > 1;
    let ios = agent.contains("iPhone") || agent.contains("iPad") || touch_mac;
    let standalone = Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    ios && !standalone
}

/// Calls `on_change(visible)` whenever the app goes to the background
/// (`false`) or comes back (`true`). Dropping the returned guard stops it.
pub struct VisibilityListener {
    closure: Closure<dyn FnMut()>,
}

impl VisibilityListener {
    /// Starts listening.
    pub fn new(mut on_change: impl FnMut(bool) + 'static) -> Option<VisibilityListener> {
        let document = web_sys::window()?.document()?;
        let doc = document.clone();
        let closure = Closure::<dyn FnMut()>::new(move || {
            on_change(doc.visibility_state() == web_sys::VisibilityState::Visible);
        });
        document
            .add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(VisibilityListener { closure })
    }
}

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
