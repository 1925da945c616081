//! Effects of "Samenvatting delen": logging a share (with the selection, in one
//! write) and clearing the log.

use yew::prelude::*;

use super::{new_id, now_ms, offset_minutes, today, use_app, use_persist};
use crate::model::record::StoreName;
use crate::model::share::kept::{KeptSummary, KEPT_KEY};
use crate::model::share::{
    build_summary, candidates, SectionCandidates, Selection, ShareLogEntry, ShareLogField,
    ShareLogProblem, ShareMethod, Summary, SummaryData, SELECTION_KEY,
};
use crate::state::{Action, AppState};
use crate::storage::{Db, StorageError, WriteBatch};

/// The stored data a summary is made from.
pub fn summary_data(app: &AppState) -> SummaryData<'_> {
    SummaryData {
        profile: app.profile.as_ref(),
        checks: &app.checks,
        energy: &app.energy,
        people: &app.people,
        own_tasks: &app.own_tasks,
        wishes: &app.wishes,
        offset_minutes: offset_minutes(),
    }
}

/// What could be shared now.
pub fn share_candidates(app: &AppState) -> Vec<SectionCandidates> {
    candidates(&summary_data(app))
}

/// Today's summary of a selection.
pub fn summary_of(app: &AppState, selection: &Selection) -> Summary {
    build_summary(&summary_data(app), selection, today())
}

/// Hears whether a share was logged, or the problems with "with whom".
pub type LogDone = Callback<Result<(), Vec<(ShareLogField, ShareLogProblem)>>>;

/// What to log: how, with whom, the selection, and who hears the outcome.
pub type LogRequest = (ShareMethod, String, Selection, LogDone);

/// Logs one share of the summary of `selection` and keeps the selection as the
/// starting point for next time, in one write. `done` hears whether it was
/// written, or the problems with "with whom".
#[hook]
pub fn use_log_share() -> Callback<LogRequest> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(how, with_whom, selection, done): LogRequest, (app, persist)| {
            let summary = summary_of(app, &selection);
            let now = now_ms();
            let entry = match ShareLogEntry::new(new_id(), now, today(), how, &with_whom, &summary)
            {
                Ok(entry) => entry,
                Err(problems) => {
                    done.emit(Err(problems));
                    return;
                }
            };
            persist.emit((
                WriteBatch::new()
                    .put(&entry)
                    .put_meta(SELECTION_KEY, &selection, now),
                vec![
                    Action::ShareLogged(entry),
                    Action::ShareSelectionSaved(selection),
                ],
                Callback::from(move |ok: bool| {
                    if ok {
                        done.emit(Ok(()));
                    }
                }),
            ));
        },
    )
}

/// Keeps the selection as the starting point for next time (without logging).
/// `done` hears whether it was written.
#[hook]
pub fn use_save_selection() -> Callback<(Selection, Callback<bool>)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(selection, done): (Selection, Callback<bool>), persist| {
            persist.emit((
                WriteBatch::new().put_meta(SELECTION_KEY, &selection, now_ms()),
                vec![Action::ShareSelectionSaved(selection)],
                done,
            ));
        },
    )
}

/// Clears the share log. `done` hears whether it was written.
#[hook]
pub fn use_clear_share_log() -> Callback<Callback<bool>> {
    let persist = use_persist();
    use_callback(persist, |done: Callback<bool>, persist| {
        persist.emit((
            WriteBatch::new().clear(StoreName::ShareLog),
            vec![Action::ShareLogCleared],
            done,
        ));
    })
}

/// Opens the database for the kept summaries. On a phone whose app is locked
/// this is refused: nothing may be read there, nor written unencrypted.
async fn open_for_kept() -> Result<Db, StorageError> {
    let db = Db::open(|_| {}).await?;
    match super::safety::lock_kind(&db).await {
        Ok(None) => Ok(db),
        Ok(Some(_)) => {
            db.close();
            Err(StorageError::Locked)
        }
        Err(e) => {
            db.close();
            Err(e)
        }
    }
}

/// The summaries kept on this phone. Opens the database only for this (a
/// reader who scanned a link has no other reason to), and closes it again.
pub async fn load_kept() -> Result<Vec<KeptSummary>, StorageError> {
    let db = open_for_kept().await?;
    let list: Option<Vec<KeptSummary>> = db.get_meta(KEPT_KEY).await?;
    db.close();
    Ok(list.unwrap_or_default())
}

/// Changes the kept summaries with `change`, in one transaction.
pub async fn change_kept(
    change: impl FnOnce(&[KeptSummary]) -> Vec<KeptSummary>,
) -> Result<Vec<KeptSummary>, StorageError> {
    let db = open_for_kept().await?;
    let list: Vec<KeptSummary> = db.get_meta(KEPT_KEY).await?.unwrap_or_default();
    let next = change(&list);
    let written = db
        .write(WriteBatch::new().put_meta(KEPT_KEY, &next, now_ms()))
        .await;
    db.close();
    written.map(|()| next)
}
