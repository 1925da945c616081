//! The smallest yew app worth the name: one counter button. With the `store`
//! feature it also writes and reads one record through IndexedDB and
//! serde_json, as the app's storage does. `.ci/size-floor` measures both.

#[cfg(feature = "store")]
use idb::DatabaseEvent;
use yew::prelude::*;

/// A record of the size of the app's smaller ones.
#[cfg(feature = "store")]
#[derive(serde::Serialize, serde::Deserialize, Clone, PartialEq, Default)]
struct Item {
    id: String,
    name: String,
    role: String,
    note: Option<String>,
    weight: u8,
    tags: Vec<String>,
    at: i64,
}

/// Writes one item and reads it back, in one transaction.
#[cfg(feature = "store")]
async fn round_trip() -> Option<Item> {
    let factory = idb::Factory::new().ok()?;
    let mut request = factory.open("floor", Some(1)).ok()?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            let _ = db.create_object_store("items", idb::ObjectStoreParams::new());
        }
    });
    let db = request.await.ok()?;
    let tx = db
        .transaction(&["items"], idb::TransactionMode::ReadWrite)
        .ok()?;
    let store = tx.object_store("items").ok()?;
    let item = Item {
        id: "a".into(),
        ..Default::default()
    };
    let text = serde_json::to_string(&item).ok()?;
    store
        .put(&text.into(), Some(&"a".into()))
        .ok()?
        .await
        .ok()?;
    let found = store.get(idb::Query::Key("a".into())).ok()?.await.ok()??;
    let _ = tx.await;
    serde_json::from_str(&found.as_string()?).ok()
}

#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    #[cfg(feature = "store")]
    {
        let count = count.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(item) = round_trip().await {
                    count.set(u32::from(item.weight));
                }
            });
        });
    }
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Samenspel" }</h1>
            <p>{ format!("Geteld: {}", *count) }</p>
            <button {onclick}>{ "Tel" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
