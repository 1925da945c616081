//! Effects of the balance check and energy screens: the draft of a check in
//! progress (kept in the meta store), saving a finished check, and adding,
//! changing and removing energy items and checks.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::{new_id, now_ms, use_app, use_db, use_persist};
use crate::model::check::{CheckDraft, CheckRecord, QuestionId, DRAFT_KEY};
use crate::model::energy::EnergyItem;
use crate::model::record::{Record, StoreName};
use crate::state::{Action, AppError};
use crate::storage::{StorageError, WriteBatch};

/// The stored draft as read at the first render: `None` while it is being read,
/// then `Some(None)` when there is no (usable) draft.
pub type StoredDraft = Option<Option<CheckDraft>>;

/// Reads the draft of a check in progress once, when the database is there.
/// A draft from another question set, or one that cannot be read, counts as none.
#[hook]
pub fn use_stored_draft() -> StoredDraft {
    let app = use_app();
    let db = use_db();
    let draft = use_state(|| None::<Option<CheckDraft>>);
    {
        let draft = draft.clone();
        use_effect_with(db, move |db| {
            let Some(db) = db.clone() else {
                draft.set(Some(None));
                return;
            };
            let dispatcher = app.dispatcher();
            spawn_local(async move {
                let found = match db.get_meta::<CheckDraft>(DRAFT_KEY).await {
                    Ok(found) => found.filter(CheckDraft::is_current),
                    // A damaged draft is only a few answers: start afresh quietly.
                    Err(StorageError::Corrupt) => None,
                    Err(e) => {
                        dispatcher.dispatch(Action::Failed(AppError::Storage(e)));
                        None
                    }
                };
                draft.set(Some(found));
            });
        });
    }
    (*draft).clone()
}

/// Keeps the draft: one small write after every answer. `done` hears whether
/// it was kept.
#[hook]
pub fn use_save_draft() -> Callback<(CheckDraft, Callback<bool>)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(draft, done): (CheckDraft, Callback<bool>), persist| {
            let batch = WriteBatch::new().put_meta(DRAFT_KEY, &draft, now_ms());
            persist.emit((batch, Vec::new(), done));
        },
    )
}

/// What finishing a check gives: the new record's id, or the questions still
/// to answer (empty when the write failed).
pub type FinishOutcome = Result<String, Vec<QuestionId>>;

/// Saves a finished check and removes the draft, in one transaction. `done`
/// hears the new record's id, or `Err` with the questions still to answer (empty
/// when the write failed; the message is then shown at the top).
#[hook]
pub fn use_finish_check() -> Callback<(CheckDraft, Callback<FinishOutcome>)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(draft, done): (CheckDraft, Callback<FinishOutcome>), persist| {
            let record = match draft.finish(new_id(), now_ms()) {
                Ok(record) => record,
                Err(missing) => {
                    done.emit(Err(missing));
                    return;
                }
            };
            let id = record.id.clone();
            let batch = WriteBatch::new()
                .put(&record)
                .delete(StoreName::Meta, DRAFT_KEY);
            persist.emit((
                batch,
                vec![Action::ChecksSaved(vec![record])],
                Callback::from(move |ok: bool| {
                    done.emit(if ok { Ok(id.clone()) } else { Err(Vec::new()) })
                }),
            ));
        },
    )
}

/// Removes a check; the undo bar offers to put it back.
#[hook]
pub fn use_remove_check() -> Callback<CheckRecord> {
    let persist = use_persist();
    use_callback(persist, |record: CheckRecord, persist| {
        let batch = WriteBatch::new().delete(CheckRecord::STORE, record.id());
        persist.emit((batch, vec![Action::CheckRemoved(record)], Callback::noop()));
    })
}

/// Saves a new or changed energy item; `done` hears whether it was kept.
#[hook]
pub fn use_save_energy() -> Callback<(EnergyItem, Callback<bool>)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(item, done): (EnergyItem, Callback<bool>), persist| {
            let batch = WriteBatch::new().put(&item);
            persist.emit((batch, vec![Action::EnergySaved(vec![item])], done));
        },
    )
}

/// Removes an energy item; the undo bar offers to put it back.
#[hook]
pub fn use_remove_energy() -> Callback<EnergyItem> {
    let persist = use_persist();
    use_callback(persist, |item: EnergyItem, persist| {
        let batch = WriteBatch::new().delete(EnergyItem::STORE, item.id());
        persist.emit((batch, vec![Action::EnergyRemoved(item)], Callback::noop()));
    })
}

/// The check and energy texts in the chosen language.
#[hook]
pub fn use_check_texts() -> &'static crate::text::check::CheckTexts {
    let app = use_app();
    crate::text::check::check_texts(app.lang())
}
