//! Effects of the wishes screens: each action is one write, then the state.

use std::rc::Rc;

use yew::prelude::*;

use super::{new_id, now_ms, today, use_app, use_persist};
use crate::model::time::Date;
use crate::model::wishes::{
    self, record_review, ReviewOutcome, TransitionError, WishField, WishInput, WishItem,
    WishProblem,
};
use crate::state::Action;
use crate::storage::WriteBatch;

/// Why a form could not be saved.
#[derive(Clone, Debug, PartialEq)]
pub enum WishSaveError {
    /// Fields with problems.
    Fields(Vec<(WishField, WishProblem)>),
    /// A review that is not allowed.
    Review(TransitionError),
}

/// Hears the saved item's id, or why it could not be saved.
pub type WishDone = Callback<Result<String, WishSaveError>>;

/// Saves the item form: a new item when `earlier` is `None`. `done` hears the
/// saved item's id, or `None` when the write failed (the message is shown).
#[hook]
pub fn use_save_wish() -> Callback<(WishInput, Option<WishItem>, WishDone)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(input, earlier, done): (WishInput, Option<WishItem>, WishDone), (app, persist)| {
            let built = match &earlier {
                None => input.new_item(new_id(), &app.wishes, now_ms(), today()),
                Some(e) => input.edit_item(e, &app.wishes, now_ms(), today()),
            };
            let item = match built {
                Ok(item) => item,
                Err(problems) => {
                    done.emit(Err(WishSaveError::Fields(problems)));
                    return;
                }
            };
            let id = item.id.clone();
            persist.emit((
                WriteBatch::new().put(&item),
                vec![Action::WishesSaved(vec![item])],
                Callback::from(move |ok: bool| {
                    if ok {
                        done.emit(Ok(id.clone()));
                    }
                }),
            ));
        },
    )
}

/// Moves an item up (`true`) or down within the list it is shown in. Only the
/// items whose position changes are written, in one transaction.
#[hook]
pub fn use_move_wish() -> Callback<(Rc<Vec<WishItem>>, String, bool)> {
    let app = use_app();
    let persist = use_persist();
    use_callback(
        (app, persist),
        |(shown, id, up): (Rc<Vec<WishItem>>, String, bool), (app, persist)| {
            let refs: Vec<&WishItem> = shown.iter().collect();
            let changes = if up {
                wishes::move_up(&refs, &id)
            } else {
                wishes::move_down(&refs, &id)
            };
            if changes.is_empty() {
                return;
            }
            let changed = wishes::with_positions(&app.wishes, &changes, now_ms());
            let batch = changed
                .iter()
                .fold(WriteBatch::new(), |batch, item| batch.put(item));
            persist.emit((batch, vec![Action::WishesSaved(changed)], Callback::noop()));
        },
    )
}

/// Removes an item; the undo bar offers to put it back.
#[hook]
pub fn use_remove_wish() -> Callback<(WishItem, Callback<bool>)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(item, done): (WishItem, Callback<bool>), persist| {
            persist.emit((
                WriteBatch::new().delete(crate::model::StoreName::Wishes, &item.id),
                vec![Action::WishRemoved(item)],
                done,
            ));
        },
    )
}

/// What the person filled in on the review form.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewInput {
    /// Keep, change or stop.
    pub outcome: ReviewOutcome,
    /// What was discussed.
    pub note: String,
    /// The next review date, for "keep".
    pub next: Option<Date>,
}

/// Records a review of an agreement.
#[hook]
pub fn use_review_wish() -> Callback<(WishItem, ReviewInput, WishDone)> {
    let persist = use_persist();
    use_callback(
        persist,
        |(item, review, done): (WishItem, ReviewInput, WishDone), persist| {
            let reviewed = record_review(
                &item,
                review.outcome,
                today(),
                &review.note,
                review.next,
                now_ms(),
            );
            let updated = match reviewed {
                Ok(updated) => updated,
                Err(e) => {
                    done.emit(Err(WishSaveError::Review(e)));
                    return;
                }
            };
            let id = updated.id.clone();
            persist.emit((
                WriteBatch::new().put(&updated),
                vec![Action::WishesSaved(vec![updated])],
                Callback::from(move |ok: bool| {
                    if ok {
                        done.emit(Ok(id.clone()));
                    }
                }),
            ));
        },
    )
}
