//! Wishes, needs, habits and agreements, sorted by the four roles a caregiver has
//! towards professionals; their statuses, allowed changes, reviews and order.
//!
//! # Statuses and the changes between them
//!
//! | from | allowed to | how |
//! |---|---|---|
//! | [`Status::Open`] | Discussed, NotPossible | [`transition`] (sets `discussed_on`) |
//! | [`Status::Open`] | Agreed ("we agreed right away") | [`make_agreement`] |
//! | [`Status::Discussed`] | Open, NotPossible | [`transition`] |
//! | [`Status::Discussed`] | Agreed | [`make_agreement`] |
//! | [`Status::Agreed`] | Discussed (talk it over again) | [`transition`] |
//! | [`Status::Agreed`] | Discussed, Stopped, or stays Agreed | [`record_review`] |
//! | [`Status::NotPossible`] | Open (try again) | [`transition`] |
//! | [`Status::Stopped`] | Open (start again) | [`transition`] |
//!
//! Everything else is refused with a [`TransitionError`]. Agreeing always needs a
//! review date, so it only goes through [`make_agreement`]; stopping an agreement
//! is an outcome of a review, so it only goes through [`record_review`].
//!
//! Invariants kept by every function here: an item has a `review_on` date exactly
//! when it is [`Status::Agreed`]; an [`Status::Open`] item has no `discussed_on`.
//!
//! The enum variant names are stored in the database: never rename them.

use serde::{Deserialize, Serialize};

use super::record::{Record, StoreName};
use super::sort::sort_by;
use super::time::Date;

/// The longest text of an item, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// The longest "with whom", in characters.
pub const MAX_WITH_WHOM_CHARS: usize = 80;

/// The longest note of a review, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// A review is "due soon" when its date is at most this many days away.
pub const DUE_SOON_DAYS: i64 = 14;

/// The four roles of a caregiver, in the fixed order S, O, F, A.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Role {
    /// S: what I do and want to keep doing, together with the professionals.
    Together,
    /// O: what I need to keep going.
    Support,
    /// F: what matters to us as family: habits, rituals, privacy, doing things together.
    Family,
    /// A: what I know about the person I care for.
    Expert,
}

crate::named!(Role {
    Together = "Together",
    Support = "Support",
    Family = "Family",
    Expert = "Expert",
});

impl Role {
    /// Every role, in the order the sections are shown.
    pub const ALL: [Role; 4] = [Role::Together, Role::Support, Role::Family, Role::Expert];

    /// The place of the role in [`Role::ALL`], for sorting.
    pub fn order(self) -> u8 {
        match self {
            Role::Together => 0,
            Role::Support => 1,
            Role::Family => 2,
            Role::Expert => 3,
        }
    }
}

/// What kind of thing an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    /// Something the caregiver would like.
    Wish,
    /// Something the caregiver or the person cared for needs.
    Need,
    /// A habit or ritual to keep.
    HabitOrRitual,
    /// Something good to know.
    Information,
    /// Something agreed, or to agree on.
    Agreement,
}

crate::named!(Kind {
    Wish = "Wish",
    Need = "Need",
    HabitOrRitual = "HabitOrRitual",
    Information = "Information",
    Agreement = "Agreement",
});

impl Kind {
    /// Every kind, in the order they are offered.
    pub const ALL: [Kind; 5] = [
        Kind::Wish,
        Kind::Need,
        Kind::HabitOrRitual,
        Kind::Information,
        Kind::Agreement,
    ];
}

/// How far an item has come. See the module documentation for the allowed changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Status {
    /// Not talked about yet.
    Open,
    /// Talked about, nothing agreed yet.
    Discussed,
    /// Agreed; has a review date.
    Agreed,
    /// Talked about, and it cannot be done.
    NotPossible,
    /// Was agreed, and was ended at a review. Kept so the history stays visible.
    Stopped,
}

crate::named!(Status {
    Open = "Open",
    Discussed = "Discussed",
    Agreed = "Agreed",
    NotPossible = "NotPossible",
    Stopped = "Stopped",
});

impl Status {
    /// Every status, in the order of the filter.
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::Discussed,
        Status::Agreed,
        Status::NotPossible,
        Status::Stopped,
    ];

    /// The statuses a person can pick in the item form ([`Status::Stopped`] only
    /// comes from a review).
    pub const FORM_CHOICES: [Status; 4] = [
        Status::Open,
        Status::Discussed,
        Status::Agreed,
        Status::NotPossible,
    ];
}

/// What was decided when an agreement was looked at again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum ReviewOutcome {
    /// It works: keep it, look again later.
    Keep,
    /// It needs to change: back to "discussed", to agree anew.
    Change,
    /// It is no longer needed: the agreement stops.
    Stop,
}

crate::named!(ReviewOutcome {
    Keep = "Keep",
    Change = "Change",
    Stop = "Stop",
});

impl ReviewOutcome {
    /// Every outcome, in the order they are offered.
    pub const ALL: [ReviewOutcome; 3] = [
        ReviewOutcome::Keep,
        ReviewOutcome::Change,
        ReviewOutcome::Stop,
    ];
}

/// One time an agreement was looked at again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The day of the review.
    pub on: Date,
    /// What was decided.
    pub outcome: ReviewOutcome,
    /// A short note; may be empty.
    #[serde(default)]
    pub note: String,
}

/// A stored wish, need, habit, piece of information or agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WishItem {
    /// The record id.
    pub id: String,
    /// When the item was made (ms since 1970, UTC).
    pub created_at: i64,
    /// When the item was last changed.
    pub updated_at: i64,
    /// The section it belongs to.
    pub role: Role,
    /// What kind of thing it is.
    pub kind: Kind,
    /// The caregiver's own words; not empty, at most [`MAX_TEXT_CHARS`].
    pub text: String,
    /// How far it has come.
    pub status: Status,
    /// With whom it was or will be discussed, in free text; may be empty.
    #[serde(default)]
    pub with_whom: String,
    /// The id of a person from the network map, if one was chosen.
    #[serde(default)]
    pub with_person: Option<String>,
    /// The day it was discussed (or agreed). `None` while open.
    #[serde(default)]
    pub discussed_on: Option<Date>,
    /// The day to look at the agreement again. Only set while agreed.
    #[serde(default)]
    pub review_on: Option<Date>,
    /// Earlier reviews, oldest first.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// The order within its role: lower comes first. Gaps are allowed.
    #[serde(default)]
    pub position: i64,
    /// The prompt question it was started from, if any.
    #[serde(default)]
    pub prompt: Option<PromptId>,
}

impl Record for WishItem {
    const STORE: StoreName = StoreName::Wishes;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

// ---------------------------------------------------------------------------
// Status changes
// ---------------------------------------------------------------------------

/// Why a change of status or a review was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TransitionError {
    /// The item already has that status.
    SameStatus,
    /// Agreeing needs a review date: use [`make_agreement`].
    NeedsReviewDate,
    /// An agreement can only go back to "discussed"; stopping it is a review.
    FromAgreed,
    /// "Not possible" can only go back to "open" (try again).
    FromNotPossible,
    /// A stopped agreement can only go back to "open" (start again).
    FromStopped,
    /// Stopping is only possible as the outcome of a review.
    StopThroughReview,
    /// The review date must come after the day of the conversation.
    ReviewTooEarly,
    /// A date is not a real calendar date.
    InvalidDate,
    /// Only an agreed item can be reviewed.
    NotAgreed,
    /// The review note is longer than [`MAX_NOTE_CHARS`].
    NoteTooLong,
}

impl TransitionError {
    /// Every reason, for tests and text tables.
    pub const ALL: [TransitionError; 10] = [
        TransitionError::SameStatus,
        TransitionError::NeedsReviewDate,
        TransitionError::FromAgreed,
        TransitionError::FromNotPossible,
        TransitionError::FromStopped,
        TransitionError::StopThroughReview,
        TransitionError::ReviewTooEarly,
        TransitionError::InvalidDate,
        TransitionError::NotAgreed,
        TransitionError::NoteTooLong,
    ];
}

/// Whether the rules allow going from one status to another (see the table in
/// the module documentation). Says nothing about which function does it.
pub fn check_transition(from: Status, to: Status) -> Result<(), TransitionError> {
    use Status::{Agreed, Discussed, NotPossible, Open, Stopped};
    match (from, to) {
        _ if from == to => Err(TransitionError::SameStatus),
        (_, Stopped) => Err(TransitionError::StopThroughReview),
        (Open, Discussed | Agreed | NotPossible) => Ok(()),
        (Discussed, Open | Agreed | NotPossible) => Ok(()),
        (Agreed, Discussed) => Ok(()),
        (Agreed, _) => Err(TransitionError::FromAgreed),
        (NotPossible, Open) | (Stopped, Open) => Ok(()),
        (NotPossible, _) => Err(TransitionError::FromNotPossible),
        (Stopped, _) => Err(TransitionError::FromStopped),
        // Only (Open, Open) and (Discussed, Discussed) are left; the guard took them.
        (Open | Discussed, _) => Err(TransitionError::SameStatus),
    }
}

/// The statuses an item can be moved to with [`transition`] (for the buttons).
pub fn next_statuses(from: Status) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|to| *to != Status::Agreed && check_transition(from, *to).is_ok())
        .collect()
}

/// Changes the status of an item on day `on`. Going to [`Status::Agreed`] is
/// refused with [`TransitionError::NeedsReviewDate`]: use [`make_agreement`].
///
/// - to Open: `discussed_on` and `review_on` are cleared;
/// - to Discussed or NotPossible: `discussed_on` becomes `on`, `review_on` is cleared.
pub fn transition(
    item: &WishItem,
    to: Status,
    on: Date,
    now_ms: i64,
) -> Result<WishItem, TransitionError> {
    if !on.is_valid() {
        return Err(TransitionError::InvalidDate);
    }
    check_transition(item.status, to)?;
    if to == Status::Agreed {
        return Err(TransitionError::NeedsReviewDate);
    }
    let mut next = item.clone();
    next.status = to;
    next.review_on = None;
    next.discussed_on = if to == Status::Open { None } else { Some(on) };
    next.updated_at = now_ms;
    Ok(next)
}

/// Turns an open or discussed item into an agreement made on day `on`, to be
/// looked at again on `review_on` (which must come after `on`). Sets the kind to
/// [`Kind::Agreement`], the status to agreed and `discussed_on` to `on`.
pub fn make_agreement(
    item: &WishItem,
    review_on: Date,
    on: Date,
    now_ms: i64,
) -> Result<WishItem, TransitionError> {
    if !on.is_valid() || !review_on.is_valid() {
        return Err(TransitionError::InvalidDate);
    }
    check_transition(item.status, Status::Agreed)?;
    if review_on <= on {
        return Err(TransitionError::ReviewTooEarly);
    }
    let mut next = item.clone();
    next.kind = Kind::Agreement;
    next.status = Status::Agreed;
    next.discussed_on = Some(on);
    next.review_on = Some(review_on);
    next.updated_at = now_ms;
    Ok(next)
}

/// Records that an agreement was looked at again on day `on`. The review is
/// appended to `reviews` in every case.
///
/// - [`ReviewOutcome::Keep`]: stays agreed; `next_review` is required and must
///   come after `on`; it becomes the new `review_on`.
/// - [`ReviewOutcome::Change`]: back to [`Status::Discussed`] (discussed on `on`)
///   to agree anew; `review_on` is cleared.
/// - [`ReviewOutcome::Stop`]: becomes [`Status::Stopped`]; `review_on` is cleared.
///
/// `next_review` is ignored unless the outcome is Keep. The note is trimmed.
pub fn record_review(
    item: &WishItem,
    outcome: ReviewOutcome,
    on: Date,
    note: &str,
    next_review: Option<Date>,
    now_ms: i64,
) -> Result<WishItem, TransitionError> {
    if !on.is_valid() {
        return Err(TransitionError::InvalidDate);
    }
    if item.status != Status::Agreed {
        return Err(TransitionError::NotAgreed);
    }
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(TransitionError::NoteTooLong);
    }
    let mut next = item.clone();
    match outcome {
        ReviewOutcome::Keep => {
            let date = next_review.ok_or(TransitionError::NeedsReviewDate)?;
            if !date.is_valid() {
                return Err(TransitionError::InvalidDate);
            }
            if date <= on {
                return Err(TransitionError::ReviewTooEarly);
            }
            next.review_on = Some(date);
        }
        ReviewOutcome::Change => {
            next.status = Status::Discussed;
            next.discussed_on = Some(on);
            next.review_on = None;
        }
        ReviewOutcome::Stop => {
            next.status = Status::Stopped;
            next.review_on = None;
        }
    }
    next.reviews.push(Review {
        on,
        outcome,
        note: note.to_string(),
    });
    next.updated_at = now_ms;
    Ok(next)
}

// ---------------------------------------------------------------------------
// When to look again
// ---------------------------------------------------------------------------

/// Whether an item's review is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewState {
    /// Not an agreed item with a review date.
    NotAgreement,
    /// The review is more than [`DUE_SOON_DAYS`] days away.
    Later,
    /// The review is today (`days` 0) or within [`DUE_SOON_DAYS`] days.
    DueSoon {
        /// Days until the review date, 0 to 14.
        days: i64,
    },
    /// The review date has passed.
    Overdue {
        /// Days since the review date, 1 or more.
        days: i64,
    },
}

/// How the review of an item stands on `today`.
pub fn review_state(item: &WishItem, today: Date) -> ReviewState {
    let review_on = match (item.status, item.review_on) {
        (Status::Agreed, Some(d)) => d,
        _ => return ReviewState::NotAgreement,
    };
    let days = today.days_until(review_on);
    if days < 0 {
        ReviewState::Overdue { days: -days }
    } else if days <= DUE_SOON_DAYS {
        ReviewState::DueSoon { days }
    } else {
        ReviewState::Later
    }
}

/// The agreements to show on the start screen: overdue ones first (most overdue
/// first), then those due soon (soonest first). Ties follow role and position.
pub fn due_for_start_screen(items: &[WishItem], today: Date) -> Vec<&WishItem> {
    let mut due: Vec<&WishItem> = items
        .iter()
        .filter(|w| {
            matches!(
                review_state(w, today),
                ReviewState::DueSoon { .. } | ReviewState::Overdue { .. }
            )
        })
        .collect();
    sort_by(&mut due, |a, b| {
        a.review_on.cmp(&b.review_on).then_with(|| list_order(a, b))
    });
    due
}

// ---------------------------------------------------------------------------
// Order and filters
// ---------------------------------------------------------------------------

/// The order of a list: role, then position, then age, then id (so it is stable).
fn list_order(a: &WishItem, b: &WishItem) -> std::cmp::Ordering {
    a.role
        .order()
        .cmp(&b.role.order())
        .then(a.position.cmp(&b.position))
        .then(a.created_at.cmp(&b.created_at))
        .then_with(|| a.id.cmp(&b.id))
}

/// The items of one role and/or one status (`None` means all), sorted by role
/// order, then position.
pub fn filter(items: &[WishItem], role: Option<Role>, status: Option<Status>) -> Vec<&WishItem> {
    let mut out: Vec<&WishItem> = items
        .iter()
        .filter(|w| role.is_none_or(|r| w.role == r))
        .filter(|w| status.is_none_or(|s| w.status == s))
        .collect();
    sort_by(&mut out, |a, b| list_order(a, b));
    out
}

/// The position for a new item at the end of a list (0 for an empty list).
pub fn next_position(items_of_role: &[&WishItem]) -> i64 {
    items_of_role
        .iter()
        .map(|w| w.position)
        .max()
        .map_or(0, |p| p.saturating_add(1))
}

/// Where an item stands in a list, counted from 1, with the length of the list
/// (for "now at place 2 of 5").
pub fn place_of(items: &[&WishItem], id: &str) -> Option<(usize, usize)> {
    let list = sorted(items);
    list.iter()
        .position(|w| w.id == id)
        .map(|i| (i + 1, list.len()))
}

/// Moves an item one place up in the list as shown (the items of one role,
/// perhaps filtered). Returns the changed positions only: usually two, none for
/// the first item or an unknown id.
pub fn move_up(items_of_role: &[&WishItem], id: &str) -> Vec<(String, i64)> {
    shift(items_of_role, id, true)
}

/// Moves an item one place down; like [`move_up`]. None for the last item.
pub fn move_down(items_of_role: &[&WishItem], id: &str) -> Vec<(String, i64)> {
    shift(items_of_role, id, false)
}

/// Applies position changes: the changed records, ready to write in one
/// transaction. Ids that are not in `items` are skipped.
pub fn with_positions(items: &[WishItem], changes: &[(String, i64)], now_ms: i64) -> Vec<WishItem> {
    changes
        .iter()
        .filter_map(|(id, position)| {
            items.iter().find(|w| &w.id == id).map(|w| WishItem {
                position: *position,
                updated_at: now_ms,
                ..w.clone()
            })
        })
        .collect()
}

fn sorted<'a>(items: &[&'a WishItem]) -> Vec<&'a WishItem> {
    let mut list = items.to_vec();
    sort_by(&mut list, |a, b| list_order(a, b));
    list
}

/// Swaps an item with its neighbour. Two different positions are simply
/// swapped; equal positions (which should not happen, but may after an import)
/// make the whole list renumbered from its first position, in the new order.
fn shift(items: &[&WishItem], id: &str, up: bool) -> Vec<(String, i64)> {
    let list = sorted(items);
    let Some(i) = list.iter().position(|w| w.id == id) else {
        return Vec::new();
    };
    let j = if up {
        i.checked_sub(1)
    } else {
        i.checked_add(1)
    };
    let (Some(me), Some(other)) = (list.get(i), j.and_then(|j| list.get(j))) else {
        return Vec::new();
    };
    if me.position != other.position {
        return vec![
            (me.id.clone(), other.position),
            (other.id.clone(), me.position),
        ];
    }
    let (first, second) = if up { (*me, *other) } else { (*other, *me) };
    let base = list.first().map_or(0, |w| w.position);
    let mut order: Vec<&WishItem> = Vec::with_capacity(list.len());
    for w in &list {
        if w.id == first.id {
            continue;
        }
        if w.id == second.id {
            order.push(first);
        }
        order.push(w);
    }
    order
        .iter()
        .zip(0_i64..)
        .filter_map(|(w, k)| {
            let position = base.saturating_add(k);
            (w.position != position).then(|| (w.id.clone(), position))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Prompt questions
// ---------------------------------------------------------------------------

/// A prompt question to start an item from. The sentences are in the text table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PromptId {
    /// Together: the care you give yourself and want to keep giving.
    TogetherOwnCare,
    /// Together: tasks you would rather leave to someone else.
    TogetherHandOver,
    /// Together: what you want to learn.
    TogetherLearn,
    /// Together: who does what.
    TogetherWhoDoesWhat,
    /// Together: how you want to be kept informed.
    TogetherKeepInformed,
    /// Together: what the professionals can count on you for.
    TogetherCountOnMe,
    /// Support: what you need to keep going.
    SupportKeepGoing,
    /// Support: what costs energy and what would help.
    SupportEnergy,
    /// Support: time for yourself.
    SupportTimeOff,
    /// Support: who else could help.
    SupportOthers,
    /// Support: someone to talk to.
    SupportTalk,
    /// Support: your own health and sleep.
    SupportHealth,
    /// Family: habits to keep together.
    FamilyHabits,
    /// Family: what you liked doing together.
    FamilyOutings,
    /// Family: moments without help in the house.
    FamilyPrivacy,
    /// Family: holidays and fixed moments.
    FamilyHolidays,
    /// Family: being family rather than carer.
    FamilyJustUs,
    /// Family: what may be shared with the family.
    FamilySharing,
    /// Expert: what makes the person happy.
    ExpertHappy,
    /// Expert: what works well in daily care.
    ExpertWhatWorks,
    /// Expert: what to do when they are upset.
    ExpertWhenUpset,
    /// Expert: what they do not like.
    ExpertDislikes,
    /// Expert: their daily rhythm.
    ExpertRhythm,
    /// Expert: what they would say if they could.
    ExpertTheirWishes,
}

crate::named!(PromptId {
    TogetherOwnCare = "TogetherOwnCare",
    TogetherHandOver = "TogetherHandOver",
    TogetherLearn = "TogetherLearn",
    TogetherWhoDoesWhat = "TogetherWhoDoesWhat",
    TogetherKeepInformed = "TogetherKeepInformed",
    TogetherCountOnMe = "TogetherCountOnMe",
    SupportKeepGoing = "SupportKeepGoing",
    SupportEnergy = "SupportEnergy",
    SupportTimeOff = "SupportTimeOff",
    SupportOthers = "SupportOthers",
    SupportTalk = "SupportTalk",
    SupportHealth = "SupportHealth",
    FamilyHabits = "FamilyHabits",
    FamilyOutings = "FamilyOutings",
    FamilyPrivacy = "FamilyPrivacy",
    FamilyHolidays = "FamilyHolidays",
    FamilyJustUs = "FamilyJustUs",
    FamilySharing = "FamilySharing",
    ExpertHappy = "ExpertHappy",
    ExpertWhatWorks = "ExpertWhatWorks",
    ExpertWhenUpset = "ExpertWhenUpset",
    ExpertDislikes = "ExpertDislikes",
    ExpertRhythm = "ExpertRhythm",
    ExpertTheirWishes = "ExpertTheirWishes",
});

impl PromptId {
    /// Every prompt, grouped by role in role order.
    pub const ALL: [PromptId; 24] = [
        PromptId::TogetherOwnCare,
        PromptId::TogetherHandOver,
        PromptId::TogetherLearn,
        PromptId::TogetherWhoDoesWhat,
        PromptId::TogetherKeepInformed,
        PromptId::TogetherCountOnMe,
        PromptId::SupportKeepGoing,
        PromptId::SupportEnergy,
        PromptId::SupportTimeOff,
        PromptId::SupportOthers,
        PromptId::SupportTalk,
        PromptId::SupportHealth,
        PromptId::FamilyHabits,
        PromptId::FamilyOutings,
        PromptId::FamilyPrivacy,
        PromptId::FamilyHolidays,
        PromptId::FamilyJustUs,
        PromptId::FamilySharing,
        PromptId::ExpertHappy,
        PromptId::ExpertWhatWorks,
        PromptId::ExpertWhenUpset,
        PromptId::ExpertDislikes,
        PromptId::ExpertRhythm,
        PromptId::ExpertTheirWishes,
    ];

    /// The role the prompt belongs to.
    pub fn role(self) -> Role {
        use PromptId::*;
        match self {
            TogetherOwnCare | TogetherHandOver | TogetherLearn | TogetherWhoDoesWhat
            | TogetherKeepInformed | TogetherCountOnMe => Role::Together,
            SupportKeepGoing | SupportEnergy | SupportTimeOff | SupportOthers | SupportTalk
            | SupportHealth => Role::Support,
            FamilyHabits | FamilyOutings | FamilyPrivacy | FamilyHolidays | FamilyJustUs
            | FamilySharing => Role::Family,
            ExpertHappy | ExpertWhatWorks | ExpertWhenUpset | ExpertDislikes | ExpertRhythm
            | ExpertTheirWishes => Role::Expert,
        }
    }

    /// The kind suggested for an item started from this prompt.
    pub fn kind(self) -> Kind {
        use PromptId::*;
        match self {
            TogetherOwnCare | TogetherHandOver | TogetherKeepInformed => Kind::Wish,
            TogetherLearn => Kind::Need,
            TogetherWhoDoesWhat | TogetherCountOnMe => Kind::Agreement,
            SupportKeepGoing | SupportEnergy | SupportOthers | SupportTalk => Kind::Need,
            SupportTimeOff => Kind::Wish,
            SupportHealth => Kind::Information,
            FamilyHabits | FamilyHolidays => Kind::HabitOrRitual,
            FamilyOutings | FamilyPrivacy | FamilyJustUs | FamilySharing => Kind::Wish,
            ExpertHappy | ExpertWhatWorks | ExpertWhenUpset | ExpertDislikes | ExpertRhythm => {
                Kind::Information
            }
            ExpertTheirWishes => Kind::Wish,
        }
    }
}

/// The prompts of one role, in the order they are offered.
pub fn prompts_for(role: Role) -> Vec<PromptId> {
    PromptId::ALL
        .into_iter()
        .filter(|p| p.role() == role)
        .collect()
}

// ---------------------------------------------------------------------------
// The item form
// ---------------------------------------------------------------------------

/// What the person filled in on the item form, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WishInput {
    /// The section.
    pub role: Role,
    /// The kind.
    pub kind: Kind,
    /// The text (required).
    pub text: String,
    /// The status; see [`Status::FORM_CHOICES`].
    pub status: Status,
    /// With whom, free text (optional).
    pub with_whom: String,
    /// A person from the network (optional).
    pub with_person: Option<String>,
    /// The day it was discussed. Ignored while the status is open.
    pub discussed_on: Option<Date>,
    /// The day to look again. Required when agreed, ignored otherwise.
    pub review_on: Option<Date>,
    /// The prompt the item was started from.
    pub prompt: Option<PromptId>,
}

/// A field of the item form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WishField {
    /// The text.
    Text,
    /// With whom.
    WithWhom,
    /// The day it was discussed.
    DiscussedOn,
    /// The day to look again.
    ReviewOn,
}

/// What is wrong with a field of the item form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WishProblem {
    /// The field must be filled in.
    Missing,
    /// The text is too long ([`MAX_TEXT_CHARS`] or [`MAX_WITH_WHOM_CHARS`]).
    TooLong,
    /// Not a real calendar date.
    InvalidDate,
    /// The day it was discussed lies after today.
    InFuture,
    /// The review date lies before the day it was discussed.
    BeforeDiscussed,
}

impl WishInput {
    /// An empty form for a role, written freely: kind wish, status open.
    pub fn new(role: Role) -> WishInput {
        WishInput {
            role,
            kind: Kind::Wish,
            text: String::new(),
            status: Status::Open,
            with_whom: String::new(),
            with_person: None,
            discussed_on: None,
            review_on: None,
            prompt: None,
        }
    }

    /// An empty form started from a prompt: its role and suggested kind.
    pub fn from_prompt(prompt: PromptId) -> WishInput {
        WishInput {
            kind: prompt.kind(),
            prompt: Some(prompt),
            ..WishInput::new(prompt.role())
        }
    }

    /// Fills the form from a saved item.
    pub fn from_item(w: &WishItem) -> WishInput {
        WishInput {
            role: w.role,
            kind: w.kind,
            text: w.text.clone(),
            status: w.status,
            with_whom: w.with_whom.clone(),
            with_person: w.with_person.clone(),
            discussed_on: w.discussed_on,
            review_on: w.review_on,
            prompt: w.prompt,
        }
    }

    /// Checks the input on `today`. Returns every problem, one per field at most.
    pub fn problems(&self, today: Date) -> Vec<(WishField, WishProblem)> {
        let mut out = Vec::new();
        let text = self.text.trim();
        if text.is_empty() {
            out.push((WishField::Text, WishProblem::Missing));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            out.push((WishField::Text, WishProblem::TooLong));
        }
        if clean_line(&self.with_whom).chars().count() > MAX_WITH_WHOM_CHARS {
            out.push((WishField::WithWhom, WishProblem::TooLong));
        }
        let discussed = self.kept_discussed_on();
        if let Some(d) = discussed {
            if !d.is_valid() {
                out.push((WishField::DiscussedOn, WishProblem::InvalidDate));
            } else if d > today {
                out.push((WishField::DiscussedOn, WishProblem::InFuture));
            }
        }
        if self.status == Status::Agreed {
            match self.review_on {
                None => out.push((WishField::ReviewOn, WishProblem::Missing)),
                Some(r) if !r.is_valid() => {
                    out.push((WishField::ReviewOn, WishProblem::InvalidDate));
                }
                Some(r) if discussed.is_some_and(|d| d.is_valid() && r < d) => {
                    out.push((WishField::ReviewOn, WishProblem::BeforeDiscussed));
                }
                Some(_) => {}
            }
        }
        out
    }

    /// Builds a new item at the end of its role. `all` is every stored item
    /// (used for the position). Fails with the problems when the input is not valid.
    pub fn new_item(
        &self,
        id: String,
        all: &[WishItem],
        now_ms: i64,
        today: Date,
    ) -> Result<WishItem, Vec<(WishField, WishProblem)>> {
        self.check(today)?;
        let position = next_position(&filter(all, Some(self.role), None));
        Ok(self.fill(WishItem {
            id,
            created_at: now_ms,
            updated_at: now_ms,
            role: self.role,
            kind: self.kind,
            text: String::new(),
            status: self.status,
            with_whom: String::new(),
            with_person: None,
            discussed_on: None,
            review_on: None,
            reviews: Vec::new(),
            position,
            prompt: self.prompt,
        }))
    }

    /// Applies the form to a saved item, keeping its id, creation time, reviews
    /// and prompt. When the role changes, the item goes to the end of its new
    /// role; `all` is every stored item.
    pub fn edit_item(
        &self,
        earlier: &WishItem,
        all: &[WishItem],
        now_ms: i64,
        today: Date,
    ) -> Result<WishItem, Vec<(WishField, WishProblem)>> {
        self.check(today)?;
        let mut item = self.fill(earlier.clone());
        if earlier.role != self.role {
            let others: Vec<&WishItem> = filter(all, Some(self.role), None)
                .into_iter()
                .filter(|w| w.id != earlier.id)
                .collect();
            item.position = next_position(&others);
        }
        item.updated_at = now_ms;
        Ok(item)
    }

    fn check(&self, today: Date) -> Result<(), Vec<(WishField, WishProblem)>> {
        let problems = self.problems(today);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The discussed date that is kept: none while open.
    fn kept_discussed_on(&self) -> Option<Date> {
        match self.status {
            Status::Open => None,
            _ => self.discussed_on,
        }
    }

    /// Copies the checked fields into an item, keeping the invariants.
    fn fill(&self, mut item: WishItem) -> WishItem {
        item.role = self.role;
        item.kind = self.kind;
        item.text = self.text.trim().to_string();
        item.status = self.status;
        item.with_whom = clean_line(&self.with_whom);
        item.with_person = self
            .with_person
            .as_ref()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty());
        item.discussed_on = self.kept_discussed_on();
        item.review_on = match self.status {
            Status::Agreed => self.review_on,
            _ => None,
        };
        item
    }
}

/// Trims a one-line text and folds runs of white space into one space.
fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    const TODAY: Date = Date {
        year: 2026,
        month: 5,
        day: 10,
    };

    fn item(id: &str, role: Role, status: Status, position: i64) -> WishItem {
        WishItem {
            id: id.to_string(),
            created_at: 1,
            updated_at: 1,
            role,
            kind: Kind::Wish,
            text: format!("item {id}"),
            status,
            with_whom: String::new(),
            with_person: None,
            discussed_on: None,
            review_on: None,
            reviews: Vec::new(),
            position,
            prompt: None,
        }
    }

    fn open(id: &str) -> WishItem {
        item(id, Role::Together, Status::Open, 0)
    }

    fn agreed(id: &str, review_on: Date) -> WishItem {
        make_agreement(&open(id), review_on, d(2026, 1, 1), 2).expect("agree")
    }

    fn ids(list: &[&WishItem]) -> Vec<String> {
        list.iter().map(|w| w.id.clone()).collect()
    }

    // --- transitions ---

    #[test]
    fn the_rule_table_is_exact() {
        use Status::*;
        let allowed = [
            (Open, Discussed),
            (Open, Agreed),
            (Open, NotPossible),
            (Discussed, Open),
            (Discussed, Agreed),
            (Discussed, NotPossible),
            (Agreed, Discussed),
            (NotPossible, Open),
            (Stopped, Open),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let ok = check_transition(from, to).is_ok();
                assert_eq!(ok, allowed.contains(&(from, to)), "{from:?} -> {to:?}");
            }
        }
    }

    #[test]
    fn refusals_have_clear_reasons() {
        use Status::*;
        let cases = [
            (Open, Open, TransitionError::SameStatus),
            (Agreed, Agreed, TransitionError::SameStatus),
            (Agreed, Open, TransitionError::FromAgreed),
            (Agreed, NotPossible, TransitionError::FromAgreed),
            (Agreed, Stopped, TransitionError::StopThroughReview),
            (Open, Stopped, TransitionError::StopThroughReview),
            (NotPossible, Discussed, TransitionError::FromNotPossible),
            (NotPossible, Agreed, TransitionError::FromNotPossible),
            (Stopped, Agreed, TransitionError::FromStopped),
            (Stopped, Discussed, TransitionError::FromStopped),
        ];
        for (from, to, why) in cases {
            assert_eq!(check_transition(from, to), Err(why), "{from:?} -> {to:?}");
        }
    }

    #[test]
    fn open_to_discussed_sets_the_date() {
        let w = transition(&open("a"), Status::Discussed, TODAY, 99).expect("allowed");
        assert_eq!(w.status, Status::Discussed);
        assert_eq!(w.discussed_on, Some(TODAY));
        assert_eq!(w.updated_at, 99);
        assert_eq!(w.review_on, None);
    }

    #[test]
    fn back_to_open_clears_the_dates() {
        let w = transition(&open("a"), Status::NotPossible, TODAY, 2).expect("allowed");
        assert_eq!(w.discussed_on, Some(TODAY));
        let again = transition(&w, Status::Open, TODAY, 3).expect("try again");
        assert_eq!(again.status, Status::Open);
        assert_eq!(again.discussed_on, None);
    }

    #[test]
    fn agreeing_needs_make_agreement() {
        let w = transition(&open("a"), Status::Discussed, TODAY, 2).expect("allowed");
        assert_eq!(
            transition(&w, Status::Agreed, TODAY, 3),
            Err(TransitionError::NeedsReviewDate)
        );
    }

    #[test]
    fn transition_refuses_invalid_day() {
        assert_eq!(
            transition(&open("a"), Status::Discussed, d(2026, 2, 30), 2),
            Err(TransitionError::InvalidDate)
        );
    }

    #[test]
    fn renegotiating_clears_the_review_date() {
        let w = agreed("a", d(2026, 2, 1));
        let back = transition(&w, Status::Discussed, TODAY, 5).expect("allowed");
        assert_eq!(back.status, Status::Discussed);
        assert_eq!(back.review_on, None);
        assert_eq!(back.kind, Kind::Agreement);
        assert_eq!(back.discussed_on, Some(TODAY));
    }

    #[test]
    fn next_statuses_leave_out_agreed_and_stopped() {
        use Status::*;
        assert_eq!(next_statuses(Open), vec![Discussed, NotPossible]);
        assert_eq!(next_statuses(Discussed), vec![Open, NotPossible]);
        assert_eq!(next_statuses(Agreed), vec![Discussed]);
        assert_eq!(next_statuses(NotPossible), vec![Open]);
        assert_eq!(next_statuses(Stopped), vec![Open]);
    }

    #[test]
    fn make_agreement_from_open_or_discussed() {
        let w = make_agreement(&open("a"), d(2026, 5, 17), TODAY, 7).expect("right away");
        assert_eq!(w.kind, Kind::Agreement);
        assert_eq!(w.status, Status::Agreed);
        assert_eq!(w.discussed_on, Some(TODAY));
        assert_eq!(w.review_on, Some(d(2026, 5, 17)));
        assert_eq!(w.updated_at, 7);
        let discussed = transition(&open("b"), Status::Discussed, d(2026, 5, 1), 2).expect("ok");
        let w = make_agreement(&discussed, d(2026, 6, 1), TODAY, 3).expect("after talking");
        assert_eq!(w.discussed_on, Some(TODAY));
    }

    #[test]
    fn make_agreement_refusals() {
        assert_eq!(
            make_agreement(&open("a"), TODAY, TODAY, 2),
            Err(TransitionError::ReviewTooEarly)
        );
        assert_eq!(
            make_agreement(&open("a"), TODAY.add_days(-1), TODAY, 2),
            Err(TransitionError::ReviewTooEarly)
        );
        assert!(make_agreement(&open("a"), TODAY.add_days(1), TODAY, 2).is_ok());
        assert_eq!(
            make_agreement(&open("a"), d(2026, 4, 31), TODAY, 2),
            Err(TransitionError::InvalidDate)
        );
        let w = agreed("a", d(2026, 6, 1));
        assert_eq!(
            make_agreement(&w, d(2026, 7, 1), TODAY, 2),
            Err(TransitionError::SameStatus)
        );
        let no = item("n", Role::Expert, Status::NotPossible, 0);
        assert_eq!(
            make_agreement(&no, d(2026, 7, 1), TODAY, 2),
            Err(TransitionError::FromNotPossible)
        );
    }

    // --- reviews ---

    #[test]
    fn keep_moves_the_review_date() {
        let w = agreed("a", TODAY);
        let kept = record_review(
            &w,
            ReviewOutcome::Keep,
            TODAY,
            "  goed zo ",
            Some(d(2026, 8, 1)),
            9,
        )
        .expect("keep");
        assert_eq!(kept.status, Status::Agreed);
        assert_eq!(kept.review_on, Some(d(2026, 8, 1)));
        assert_eq!(
            kept.reviews,
            vec![Review {
                on: TODAY,
                outcome: ReviewOutcome::Keep,
                note: "goed zo".into()
            }]
        );
        assert_eq!(kept.updated_at, 9);
    }

    #[test]
    fn keep_needs_a_later_date() {
        let w = agreed("a", TODAY);
        assert_eq!(
            record_review(&w, ReviewOutcome::Keep, TODAY, "", None, 2),
            Err(TransitionError::NeedsReviewDate)
        );
        assert_eq!(
            record_review(&w, ReviewOutcome::Keep, TODAY, "", Some(TODAY), 2),
            Err(TransitionError::ReviewTooEarly)
        );
        assert_eq!(
            record_review(&w, ReviewOutcome::Keep, TODAY, "", Some(d(2026, 6, 31)), 2),
            Err(TransitionError::InvalidDate)
        );
    }

    #[test]
    fn change_goes_back_to_discussed() {
        let w = agreed("a", TODAY);
        let changed = record_review(&w, ReviewOutcome::Change, TODAY, "", Some(d(2027, 1, 1)), 3)
            .expect("change");
        assert_eq!(changed.status, Status::Discussed);
        assert_eq!(changed.review_on, None);
        assert_eq!(changed.discussed_on, Some(TODAY));
        assert_eq!(changed.reviews.len(), 1);
        // And it can be agreed anew.
        let again = make_agreement(&changed, d(2026, 9, 1), TODAY, 4).expect("agree anew");
        assert_eq!(again.reviews.len(), 1);
    }

    #[test]
    fn stop_ends_the_agreement() {
        let w = agreed("a", TODAY);
        let stopped = record_review(&w, ReviewOutcome::Stop, TODAY, "niet meer nodig", None, 3)
            .expect("stop");
        assert_eq!(stopped.status, Status::Stopped);
        assert_eq!(stopped.review_on, None);
        assert_eq!(stopped.reviews[0].outcome, ReviewOutcome::Stop);
        assert_eq!(review_state(&stopped, TODAY), ReviewState::NotAgreement);
        let restarted = transition(&stopped, Status::Open, TODAY, 4).expect("start again");
        assert_eq!(restarted.reviews.len(), 1);
    }

    #[test]
    fn review_refusals() {
        assert_eq!(
            record_review(&open("a"), ReviewOutcome::Stop, TODAY, "", None, 2),
            Err(TransitionError::NotAgreed)
        );
        let w = agreed("a", TODAY);
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            record_review(&w, ReviewOutcome::Stop, TODAY, &long, None, 2),
            Err(TransitionError::NoteTooLong)
        );
        let just = "é".repeat(MAX_NOTE_CHARS);
        assert!(record_review(&w, ReviewOutcome::Stop, TODAY, &just, None, 2).is_ok());
        assert_eq!(
            record_review(&w, ReviewOutcome::Stop, d(2026, 0, 1), "", None, 2),
            Err(TransitionError::InvalidDate)
        );
    }

    // --- review due ---

    #[test]
    fn review_state_boundaries() {
        let at = |days: i64| review_state(&agreed("a", TODAY.add_days(days)), TODAY);
        assert_eq!(at(0), ReviewState::DueSoon { days: 0 });
        assert_eq!(at(1), ReviewState::DueSoon { days: 1 });
        assert_eq!(at(14), ReviewState::DueSoon { days: 14 });
        assert_eq!(at(15), ReviewState::Later);
        assert_eq!(at(-1), ReviewState::Overdue { days: 1 });
        assert_eq!(at(-40), ReviewState::Overdue { days: 40 });
    }

    #[test]
    fn review_state_across_month_end() {
        let w = agreed("a", d(2026, 3, 2));
        assert_eq!(
            review_state(&w, d(2026, 2, 27)),
            ReviewState::DueSoon { days: 3 }
        );
    }

    #[test]
    fn only_agreed_items_are_due() {
        assert_eq!(review_state(&open("a"), TODAY), ReviewState::NotAgreement);
        let mut odd = open("b");
        odd.review_on = Some(TODAY);
        assert_eq!(review_state(&odd, TODAY), ReviewState::NotAgreement);
    }

    #[test]
    fn start_screen_order() {
        let items = vec![
            agreed("soon3", TODAY.add_days(3)),
            agreed("later", TODAY.add_days(15)),
            agreed("late1", TODAY.add_days(-1)),
            open("open"),
            agreed("today", TODAY),
            agreed("late9", TODAY.add_days(-9)),
            agreed("edge14", TODAY.add_days(14)),
        ];
        let due = due_for_start_screen(&items, TODAY);
        assert_eq!(
            ids(&due),
            vec!["late9", "late1", "today", "soon3", "edge14"]
        );
    }

    // --- order and filters ---

    #[test]
    fn filter_sorts_by_role_then_position() {
        let items = vec![
            item("e1", Role::Expert, Status::Open, 0),
            item("t2", Role::Together, Status::Agreed, 5),
            item("s1", Role::Support, Status::Open, 1),
            item("t1", Role::Together, Status::Open, 2),
        ];
        assert_eq!(
            ids(&filter(&items, None, None)),
            vec!["t1", "t2", "s1", "e1"]
        );
        assert_eq!(
            ids(&filter(&items, Some(Role::Together), None)),
            vec!["t1", "t2"]
        );
        assert_eq!(
            ids(&filter(&items, None, Some(Status::Open))),
            vec!["t1", "s1", "e1"]
        );
        assert_eq!(
            ids(&filter(&items, Some(Role::Together), Some(Status::Agreed))),
            vec!["t2"]
        );
        assert!(filter(&items, Some(Role::Family), None).is_empty());
    }

    fn role_list(positions: &[(&str, i64)]) -> Vec<WishItem> {
        positions
            .iter()
            .map(|(id, p)| item(id, Role::Family, Status::Open, *p))
            .collect()
    }

    #[test]
    fn next_position_goes_after_the_last() {
        assert_eq!(next_position(&[]), 0);
        let items = role_list(&[("a", 3), ("b", 10), ("c", -2)]);
        let refs: Vec<&WishItem> = items.iter().collect();
        assert_eq!(next_position(&refs), 11);
    }

    #[test]
    fn moving_swaps_two_positions_even_with_gaps() {
        let items = role_list(&[("a", 0), ("b", 10), ("c", 25)]);
        let refs: Vec<&WishItem> = items.iter().collect();
        assert_eq!(
            move_up(&refs, "b"),
            vec![("b".to_string(), 0), ("a".to_string(), 10)]
        );
        assert_eq!(
            move_down(&refs, "b"),
            vec![("b".to_string(), 25), ("c".to_string(), 10)]
        );
    }

    #[test]
    fn first_and_last_do_not_move() {
        let items = role_list(&[("c", 2), ("a", 0), ("b", 1)]);
        let refs: Vec<&WishItem> = items.iter().collect();
        assert!(move_up(&refs, "a").is_empty());
        assert!(move_down(&refs, "c").is_empty());
        assert!(move_up(&refs, "nobody").is_empty());
        assert!(move_down(&[], "a").is_empty());
    }

    #[test]
    fn equal_positions_are_renumbered() {
        let items = role_list(&[("a", 4), ("b", 4), ("c", 4)]);
        let refs: Vec<&WishItem> = items.iter().collect();
        // Order by id among equals: a, b, c. Move c up: a, c, b from 4.
        assert_eq!(
            move_up(&refs, "c"),
            vec![("c".to_string(), 5), ("b".to_string(), 6)]
        );
        // Move a down: b, a, c from 4; b keeps 4.
        assert_eq!(
            move_down(&refs, "a"),
            vec![("a".to_string(), 5), ("c".to_string(), 6)]
        );
    }

    #[test]
    fn moves_apply_to_records() {
        let items = role_list(&[("a", 0), ("b", 1)]);
        let refs: Vec<&WishItem> = items.iter().collect();
        let changes = move_down(&refs, "a");
        let written = with_positions(&items, &changes, 50);
        assert_eq!(written.len(), 2);
        assert!(written.iter().all(|w| w.updated_at == 50));
        let mut after = items.clone();
        for w in written {
            if let Some(slot) = after.iter_mut().find(|x| x.id == w.id) {
                *slot = w;
            }
        }
        assert_eq!(ids(&filter(&after, None, None)), vec!["b", "a"]);
        let refs: Vec<&WishItem> = after.iter().collect();
        assert_eq!(place_of(&refs, "a"), Some((2, 2)));
        assert_eq!(place_of(&refs, "x"), None);
        assert!(with_positions(&items, &[("x".into(), 3)], 1).is_empty());
    }

    // --- prompts ---

    #[test]
    fn every_role_has_at_least_five_prompts() {
        for role in Role::ALL {
            let prompts = prompts_for(role);
            assert!(prompts.len() >= 5, "{role:?}");
            assert!(prompts.iter().all(|p| p.role() == role));
        }
        let total: usize = Role::ALL.iter().map(|r| prompts_for(*r).len()).sum();
        assert_eq!(total, PromptId::ALL.len());
    }

    #[test]
    fn prompts_are_unique_and_in_role_order() {
        let orders: Vec<u8> = PromptId::ALL.iter().map(|p| p.role().order()).collect();
        assert!(orders.windows(2).all(|w| w[0] <= w[1]));
        let mut names: Vec<String> = PromptId::ALL.iter().map(|p| format!("{p:?}")).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), PromptId::ALL.len());
    }

    // --- the form ---

    fn filled(role: Role, text: &str) -> WishInput {
        WishInput {
            text: text.into(),
            ..WishInput::new(role)
        }
    }

    #[test]
    fn a_prompt_fills_role_and_kind() {
        let input = WishInput::from_prompt(PromptId::FamilyHabits);
        assert_eq!(input.role, Role::Family);
        assert_eq!(input.kind, Kind::HabitOrRitual);
        assert_eq!(input.prompt, Some(PromptId::FamilyHabits));
        assert!(input.text.is_empty());
    }

    #[test]
    fn a_new_item_goes_to_the_end_of_its_role() {
        let all = vec![
            item("x", Role::Support, Status::Open, 7),
            item("y", Role::Expert, Status::Open, 30),
        ];
        let mut input = filled(Role::Support, "  Een vrije middag per week  ");
        input.with_whom = "  de   wijkverpleging ".into();
        input.with_person = Some("  ".into());
        let w = input.new_item("n".into(), &all, 100, TODAY).expect("valid");
        assert_eq!(w.position, 8);
        assert_eq!(w.text, "Een vrije middag per week");
        assert_eq!(w.with_whom, "de wijkverpleging");
        assert_eq!(w.with_person, None);
        assert_eq!((w.created_at, w.updated_at), (100, 100));
        assert_eq!(w.status, Status::Open);
        let first = filled(Role::Family, "x").new_item("f".into(), &all, 1, TODAY);
        assert_eq!(first.map(|w| w.position), Ok(0));
    }

    #[test]
    fn text_is_required_and_limited() {
        assert_eq!(
            filled(Role::Expert, "   ").problems(TODAY),
            vec![(WishField::Text, WishProblem::Missing)]
        );
        let max = "é".repeat(MAX_TEXT_CHARS);
        assert!(filled(Role::Expert, &max).problems(TODAY).is_empty());
        let over = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            filled(Role::Expert, &over).problems(TODAY),
            vec![(WishField::Text, WishProblem::TooLong)]
        );
    }

    #[test]
    fn with_whom_is_limited() {
        let mut input = filled(Role::Together, "x");
        input.with_whom = "a".repeat(MAX_WITH_WHOM_CHARS);
        assert!(input.problems(TODAY).is_empty());
        input.with_whom.push('b');
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::WithWhom, WishProblem::TooLong)]
        );
    }

    #[test]
    fn discussed_date_is_checked_unless_open() {
        let mut input = filled(Role::Together, "x");
        input.discussed_on = Some(d(2026, 2, 30));
        assert!(input.problems(TODAY).is_empty(), "ignored while open");
        input.status = Status::Discussed;
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::DiscussedOn, WishProblem::InvalidDate)]
        );
        input.discussed_on = Some(TODAY.add_days(1));
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::DiscussedOn, WishProblem::InFuture)]
        );
        input.discussed_on = Some(TODAY);
        assert!(input.problems(TODAY).is_empty());
        input.discussed_on = None;
        assert!(input.problems(TODAY).is_empty(), "the date is optional");
    }

    #[test]
    fn an_agreement_needs_a_review_date() {
        let mut input = filled(Role::Together, "x");
        input.status = Status::Agreed;
        input.discussed_on = Some(TODAY);
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::ReviewOn, WishProblem::Missing)]
        );
        input.review_on = Some(d(2026, 13, 1));
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::ReviewOn, WishProblem::InvalidDate)]
        );
        input.review_on = Some(TODAY.add_days(-1));
        assert_eq!(
            input.problems(TODAY),
            vec![(WishField::ReviewOn, WishProblem::BeforeDiscussed)]
        );
        input.review_on = Some(TODAY);
        assert!(input.problems(TODAY).is_empty(), "the same day is allowed");
        input.discussed_on = None;
        input.review_on = Some(TODAY.add_days(-100));
        assert!(
            input.problems(TODAY).is_empty(),
            "an old agreement may be overdue"
        );
    }

    #[test]
    fn review_date_is_ignored_unless_agreed() {
        let mut input = filled(Role::Together, "x");
        input.status = Status::Discussed;
        input.review_on = Some(d(2026, 2, 30));
        assert!(input.problems(TODAY).is_empty());
        let w = input.new_item("a".into(), &[], 1, TODAY).expect("valid");
        assert_eq!(w.review_on, None);
    }

    #[test]
    fn every_problem_is_reported() {
        let mut input = filled(Role::Together, "");
        input.with_whom = "x".repeat(MAX_WITH_WHOM_CHARS + 1);
        input.status = Status::Agreed;
        input.discussed_on = Some(TODAY.add_days(3));
        let problems = input.problems(TODAY);
        assert_eq!(
            problems,
            vec![
                (WishField::Text, WishProblem::Missing),
                (WishField::WithWhom, WishProblem::TooLong),
                (WishField::DiscussedOn, WishProblem::InFuture),
                (WishField::ReviewOn, WishProblem::Missing),
            ]
        );
        assert_eq!(input.new_item("a".into(), &[], 1, TODAY), Err(problems));
    }

    #[test]
    fn editing_keeps_history_and_moves_on_role_change() {
        let w = agreed("a", TODAY);
        let w = record_review(&w, ReviewOutcome::Keep, TODAY, "", Some(d(2026, 6, 1)), 3)
            .expect("keep");
        let all = vec![w.clone(), item("b", Role::Expert, Status::Open, 4)];
        let mut input = WishInput::from_item(&w);
        input.text = "Nieuwe tekst".into();
        let same_role = input.edit_item(&w, &all, 10, TODAY).expect("valid");
        assert_eq!(same_role.position, w.position);
        assert_eq!(same_role.reviews, w.reviews);
        assert_eq!(
            (same_role.created_at, same_role.updated_at),
            (w.created_at, 10)
        );
        assert_eq!(same_role.id, "a");
        input.role = Role::Expert;
        let moved = input.edit_item(&w, &all, 11, TODAY).expect("valid");
        assert_eq!(moved.position, 5);
        input.status = Status::Open;
        let reopened = input.edit_item(&w, &all, 12, TODAY).expect("valid");
        assert_eq!((reopened.discussed_on, reopened.review_on), (None, None));
    }

    // --- storage ---

    #[test]
    fn item_round_trips_through_json() {
        let mut w = agreed("a", TODAY);
        w.with_person = Some("p1".into());
        w.with_whom = "Huisarts".into();
        w.prompt = Some(PromptId::ExpertHappy);
        let w = record_review(
            &w,
            ReviewOutcome::Keep,
            TODAY,
            "prima",
            Some(d(2026, 7, 1)),
            4,
        )
        .expect("keep");
        let json = serde_json::to_string(&w).expect("serialise");
        assert_eq!(serde_json::from_str::<WishItem>(&json).expect("parse"), w);
    }

    #[test]
    fn older_records_without_optional_fields_still_load() {
        let json = r#"{"id":"a","created_at":1,"updated_at":2,"role":"Family",
            "kind":"HabitOrRitual","text":"Zondag samen eten","status":"Open"}"#;
        let w: WishItem = serde_json::from_str(json).expect("parse");
        assert_eq!(w.role, Role::Family);
        assert!(w.reviews.is_empty());
        assert_eq!((w.position, w.prompt, w.review_on), (0, None, None));
    }

    #[test]
    fn lives_in_the_wishes_store() {
        assert_eq!(WishItem::STORE, StoreName::Wishes);
        let w = open("z");
        assert_eq!(Record::id(&w), "z");
        assert_eq!(Record::updated_at(&w), 1);
    }
}
