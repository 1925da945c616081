//! The balance check: twelve questions on load and capacity, the draft of a check
//! in progress, the explainable score, advice rules, and the history and trend.
//!
//! This is a personal check that helps a caregiver see where they stand. It is
//! not a medical test and not a validated questionnaire: every question counts
//! the same, and the thresholds below are choices of this app, written down so
//! anyone can follow how a result came about.
//!
//! Scoring in short: every answer scores 0 to [`MAX_POINTS`] points. Load is the
//! share of load points out of the most possible for the answered load
//! questions, as 0–100; capacity likewise. The balance is capacity minus load
//! (−100..100), and the band follows from [`IN_BALANCE_FROM`] and
//! [`OUT_OF_BALANCE_BELOW`].

use serde::{Deserialize, Serialize};

use super::record::{Record, StoreName};
use super::sort::{sort_by, sort_by_key};
use super::time::{local, Date};

/// The version of the question set; stored with every check.
pub const QUESTION_SET: u32 = 1;

/// The key in the meta store under which the draft ([`CheckDraft`]) is kept as JSON.
pub const DRAFT_KEY: &str = "check_draft";

/// The most points one answer can score. Every question counts the same.
pub const MAX_POINTS: u8 = 4;

/// The number of questions in the check.
pub const QUESTION_COUNT: usize = 12;

/// The number of steps: every question, then the optional overall mark.
pub const STEP_COUNT: usize = QUESTION_COUNT + 1;

/// The highest overall mark ("how are you doing", 0 to 10).
pub const OVERALL_MAX: u8 = 10;

/// With fewer answers than this, the result has no band.
pub const MIN_ANSWERS_FOR_BAND: usize = 8;

/// A balance of this or more is "in balance".
pub const IN_BALANCE_FROM: i32 = 20;

/// A balance below this is "out of balance"; between the two it is "attention".
pub const OUT_OF_BALANCE_BELOW: i32 = -20;

/// How far the balance must move (in points) before the trend says heavier or lighter.
pub const TREND_TOLERANCE: i32 = 10;

/// The largest angle of the beam in the balance picture, in degrees.
pub const MAX_TILT_DEGREES: f64 = 20.0;

/// A new check is suggested when the last one is more than this many days old.
pub const CHECK_AGAIN_AFTER_DAYS: i64 = 28;

/// The most pieces of advice shown for one result.
pub const MAX_ADVICE: usize = 5;

/// The two sides of the balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// What weighs on the caregiver: hours of care, other duties, worries.
    Load,
    /// What keeps the caregiver going: help, energy, what caring gives.
    Capacity,
}

crate::named!(Side {
    Load = "load",
    Capacity = "capacity",
});

/// What a question is about; the advice rules use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Time taken by care and other duties.
    Time,
    /// Worries.
    Worry,
    /// Sleep.
    Sleep,
    /// The caregiver's own health.
    Health,
    /// Time for themself.
    OwnTime,
    /// Money.
    Money,
    /// Help from others.
    Help,
    /// The relationship with the person cared for.
    Relationship,
    /// What caring gives them.
    Meaning,
    /// Energy.
    Energy,
    /// Someone to talk to.
    Support,
}

crate::named!(Theme {
    Time = "time",
    Worry = "worry",
    Sleep = "sleep",
    Health = "health",
    OwnTime = "own_time",
    Money = "money",
    Help = "help",
    Relationship = "relationship",
    Meaning = "meaning",
    Energy = "energy",
    Support = "support",
});

/// The questions of the check, in the order they are asked.
///
/// The serialised names are stored: never rename or remove a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// Load: hours of care per week (under 8, 8–16, 16–24, 24–40, over 40).
    CareHours,
    /// Load: how heavy work, family and housework are besides caring.
    OtherDuties,
    /// Load: how often they worry.
    Worries,
    /// Load: how they sleep.
    Sleep,
    /// Load: their own health (4 options).
    Health,
    /// Load: how often they have time for themself.
    OwnTime,
    /// Load: money worries because of caring (4 options).
    Money,
    /// Capacity: how much others help.
    HelpFromOthers,
    /// Capacity: how they and the person cared for get along.
    Relationship,
    /// Capacity: whether caring also gives them something good (4 options).
    Fulfilment,
    /// Capacity: their energy on an ordinary day.
    Energy,
    /// Capacity: whether they have someone to talk to (4 options).
    SomeoneToTalkTo,
}

crate::named!(QuestionId {
    CareHours = "care_hours",
    OtherDuties = "other_duties",
    Worries = "worries",
    Sleep = "sleep",
    Health = "health",
    OwnTime = "own_time",
    Money = "money",
    HelpFromOthers = "help_from_others",
    Relationship = "relationship",
    Fulfilment = "fulfilment",
    Energy = "energy",
    SomeoneToTalkTo = "someone_to_talk_to",
});

/// Points per option for questions with five options.
const POINTS_5: [u8; 5] = [0, 1, 2, 3, 4];
/// Points per option for questions with four options: the same range, no middle.
const POINTS_4: [u8; 4] = [0, 1, 3, 4];

impl QuestionId {
    /// Every question, in the order asked.
    pub const ALL: [QuestionId; QUESTION_COUNT] = [
        QuestionId::CareHours,
        QuestionId::OtherDuties,
        QuestionId::Worries,
        QuestionId::Sleep,
        QuestionId::Health,
        QuestionId::OwnTime,
        QuestionId::Money,
        QuestionId::HelpFromOthers,
        QuestionId::Relationship,
        QuestionId::Fulfilment,
        QuestionId::Energy,
        QuestionId::SomeoneToTalkTo,
    ];

    /// The side of the balance the question belongs to.
    pub fn side(self) -> Side {
        match self {
            QuestionId::CareHours
            | QuestionId::OtherDuties
            | QuestionId::Worries
            | QuestionId::Sleep
            | QuestionId::Health
            | QuestionId::OwnTime
            | QuestionId::Money => Side::Load,
            QuestionId::HelpFromOthers
            | QuestionId::Relationship
            | QuestionId::Fulfilment
            | QuestionId::Energy
            | QuestionId::SomeoneToTalkTo => Side::Capacity,
        }
    }

    /// What the question is about.
    pub fn theme(self) -> Theme {
        match self {
            QuestionId::CareHours | QuestionId::OtherDuties => Theme::Time,
            QuestionId::Worries => Theme::Worry,
            QuestionId::Sleep => Theme::Sleep,
            QuestionId::Health => Theme::Health,
            QuestionId::OwnTime => Theme::OwnTime,
            QuestionId::Money => Theme::Money,
            QuestionId::HelpFromOthers => Theme::Help,
            QuestionId::Relationship => Theme::Relationship,
            QuestionId::Fulfilment => Theme::Meaning,
            QuestionId::Energy => Theme::Energy,
            QuestionId::SomeoneToTalkTo => Theme::Support,
        }
    }

    /// The points of each option, in the order shown.
    ///
    /// Options are always shown from the lightest load (load questions) or the
    /// weakest capacity (capacity questions) to the other end, so option 0 scores 0
    /// and the last option scores [`MAX_POINTS`].
    fn point_table(self) -> &'static [u8] {
        match self {
            QuestionId::Health
            | QuestionId::Money
            | QuestionId::Fulfilment
            | QuestionId::SomeoneToTalkTo => &POINTS_4,
            _ => &POINTS_5,
        }
    }

    /// How many answer options the question has (4 or 5).
    pub fn option_count(self) -> usize {
        self.point_table().len()
    }

    /// The points of an option, or `None` when the question has no such option.
    pub fn points(self, option: u8) -> Option<u8> {
        self.point_table().get(usize::from(option)).copied()
    }

    /// The question's place in [`QuestionId::ALL`] (0-based), which is also its step.
    pub fn index(self) -> usize {
        QuestionId::ALL.iter().position(|q| *q == self).unwrap_or(0)
    }
}

/// One answer: the question and the chosen option (0-based, in the order shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The question.
    pub question: QuestionId,
    /// The chosen option.
    pub option: u8,
}

/// A completed check as stored. The result is computed from the answers with
/// [`score`], never stored, so it can always be explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecord {
    /// The record id.
    pub id: String,
    /// When the check was completed (ms since 1970, UTC); its date in the history.
    pub created_at: i64,
    /// When the record was last changed.
    pub updated_at: i64,
    /// The answers, in question order.
    pub answers: Vec<Answer>,
    /// The optional overall mark, 0 to [`OVERALL_MAX`]; not part of the balance.
    #[serde(default)]
    pub overall: Option<u8>,
    /// The version of the question set the answers belong to.
    #[serde(default = "first_question_set")]
    pub question_set: u32,
}

fn first_question_set() -> u32 {
    1
}

impl Record for CheckRecord {
    const STORE: StoreName = StoreName::Checks;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

impl CheckRecord {
    /// The computed result of this check.
    pub fn result(&self) -> CheckResult {
        score(&self.answers)
    }

    /// The local date of the check; `offset_minutes` as for [`local`].
    pub fn date(&self, offset_minutes: i32) -> Date {
        local(self.created_at, offset_minutes).date
    }
}

/// One screen of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A question.
    Question(QuestionId),
    /// The last, optional overall mark.
    Overall,
}

/// The step at an index (0-based); `None` past the end.
pub fn step_at(index: usize) -> Option<Step> {
    match QuestionId::ALL.get(index) {
        Some(q) => Some(Step::Question(*q)),
        None if index == QUESTION_COUNT => Some(Step::Overall),
        None => None,
    }
}

/// A check in progress, kept as JSON in the meta store under [`DRAFT_KEY`] so it
/// survives a reload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckDraft {
    /// The answers so far, in question order, at most one per question.
    pub answers: Vec<Answer>,
    /// The overall mark, if given.
    #[serde(default)]
    pub overall: Option<u8>,
    /// The step the person is on (0-based; see [`step_at`]).
    #[serde(default)]
    pub step: usize,
    /// When the check was started (ms since 1970, UTC).
    pub started_at: i64,
    /// The question set the draft was started with.
    #[serde(default = "first_question_set")]
    pub question_set: u32,
}

impl CheckDraft {
    /// A new, empty draft at the first question.
    pub fn new(started_at: i64) -> CheckDraft {
        CheckDraft {
            answers: Vec::new(),
            overall: None,
            step: 0,
            started_at,
            question_set: QUESTION_SET,
        }
    }

    /// Whether a stored draft can be resumed by this version of the app.
    pub fn is_current(&self) -> bool {
        self.question_set == QUESTION_SET
    }

    /// The chosen option for a question, if answered.
    pub fn answer(&self, question: QuestionId) -> Option<u8> {
        self.answers
            .iter()
            .find(|a| a.question == question)
            .map(|a| a.option)
    }

    /// Records an answer (replacing an earlier one) and moves to the step after
    /// this question. Returns `false` and changes nothing when the question has no
    /// such option.
    pub fn set_answer(&mut self, question: QuestionId, option: u8) -> bool {
        if question.points(option).is_none() {
            return false;
        }
        self.answers.retain(|a| a.question != question);
        self.answers.push(Answer { question, option });
        sort_by_key(&mut self.answers, |a| a.question.index());
        self.step = question.index() + 1;
        true
    }

    /// Sets or clears the overall mark. Returns `false` and changes nothing when
    /// the mark is above [`OVERALL_MAX`].
    pub fn set_overall(&mut self, mark: Option<u8>) -> bool {
        if mark.is_some_and(|m| m > OVERALL_MAX) {
            return false;
        }
        self.overall = mark;
        true
    }

    /// Goes one step back, keeping every answer. Stays on the first step.
    pub fn back(&mut self) {
        self.step = self.current_index().saturating_sub(1);
    }

    /// Goes to a step (clamped to the last step).
    pub fn go_to(&mut self, index: usize) {
        self.step = index.min(STEP_COUNT - 1);
    }

    /// The current step index, clamped to the valid range.
    pub fn current_index(&self) -> usize {
        self.step.min(STEP_COUNT - 1)
    }

    /// The current step.
    pub fn current(&self) -> Step {
        step_at(self.current_index()).unwrap_or(Step::Overall)
    }

    /// The first question that has no answer yet, in question order.
    pub fn next_unanswered(&self) -> Option<QuestionId> {
        QuestionId::ALL
            .into_iter()
            .find(|q| self.answer(*q).is_none())
    }

    /// How many questions are answered.
    pub fn answered_count(&self) -> usize {
        QuestionId::ALL
            .iter()
            .filter(|q| self.answer(**q).is_some())
            .count()
    }

    /// Whether every question is answered (the overall mark is optional).
    pub fn is_complete(&self) -> bool {
        self.next_unanswered().is_none()
    }

    /// Turns a complete draft into the record to store. Fails with the questions
    /// that still need an answer.
    pub fn finish(&self, id: String, now_ms: i64) -> Result<CheckRecord, Vec<QuestionId>> {
        let missing: Vec<QuestionId> = QuestionId::ALL
            .into_iter()
            .filter(|q| self.answer(*q).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        Ok(CheckRecord {
            id,
            created_at: now_ms,
            updated_at: now_ms,
            answers: self.answers.clone(),
            overall: self.overall.filter(|m| *m <= OVERALL_MAX),
            question_set: self.question_set,
        })
    }
}

/// The band of a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Balance of [`IN_BALANCE_FROM`] or more.
    InBalance,
    /// "Let op": between the two thresholds.
    Attention,
    /// Balance below [`OUT_OF_BALANCE_BELOW`].
    OutOfBalance,
}

crate::named!(Band {
    InBalance = "in_balance",
    Attention = "attention",
    OutOfBalance = "out_of_balance",
});

/// The band for a balance (−100..100).
pub fn band_for(balance: i32) -> Band {
    if balance >= IN_BALANCE_FROM {
        Band::InBalance
    } else if balance < OUT_OF_BALANCE_BELOW {
        Band::OutOfBalance
    } else {
        Band::Attention
    }
}

/// What one answer adds to the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    /// The question.
    pub question: QuestionId,
    /// The chosen option.
    pub option: u8,
    /// The side the question belongs to.
    pub side: Side,
    /// The points scored on that side (0 to [`MAX_POINTS`]).
    pub points: u8,
    /// How much the answer weighs on the caregiver: the load points, or for a
    /// capacity question what is missing (`MAX_POINTS - points`).
    pub weight: u8,
}

/// The computed result of a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    /// Load, 0–100, over the answered load questions (50 when none is answered).
    pub load: i32,
    /// Capacity, 0–100, over the answered capacity questions (50 when none).
    pub capacity: i32,
    /// Capacity minus load, −100..100: below zero the load is heavier.
    pub balance: i32,
    /// The band; `None` when the result is incomplete.
    pub band: Option<Band>,
    /// How many questions were answered with a valid option.
    pub answered: usize,
    /// Every valid answer's contribution, in question order.
    pub contributions: Vec<Contribution>,
}

impl CheckResult {
    /// Whether too few questions were answered for a band: fewer than
    /// [`MIN_ANSWERS_FOR_BAND`], or none at all on one side.
    pub fn is_incomplete(&self) -> bool {
        self.band.is_none()
    }
}

/// Computes the result from the answers. Unknown options are ignored; when a
/// question is answered more than once the last valid answer counts.
pub fn score(answers: &[Answer]) -> CheckResult {
    let contributions: Vec<Contribution> = QuestionId::ALL
        .into_iter()
        .filter_map(|q| {
            let (option, points) = answers
                .iter()
                .rev()
                .filter(|a| a.question == q)
                .find_map(|a| q.points(a.option).map(|p| (a.option, p)))?;
            let weight = match q.side() {
                Side::Load => points,
                Side::Capacity => MAX_POINTS - points,
            };
            Some(Contribution {
                question: q,
                option,
                side: q.side(),
                points,
                weight,
            })
        })
        .collect();
    let load = side_score(&contributions, Side::Load);
    let capacity = side_score(&contributions, Side::Capacity);
    let balance = capacity.unwrap_or(50) - load.unwrap_or(50);
    let answered = contributions.len();
    let band = match (load, capacity) {
        (Some(_), Some(_)) if answered >= MIN_ANSWERS_FOR_BAND => Some(band_for(balance)),
        _ => None,
    };
    CheckResult {
        load: load.unwrap_or(50),
        capacity: capacity.unwrap_or(50),
        balance,
        band,
        answered,
        contributions,
    }
}

/// A side's score 0–100, rounded half up; `None` when no question of the side was answered.
fn side_score(contributions: &[Contribution], side: Side) -> Option<i32> {
    let on_side = contributions.iter().filter(|c| c.side == side);
    let (sum, count) = on_side.fold((0i32, 0i32), |(s, n), c| (s + i32::from(c.points), n + 1));
    if count == 0 {
        return None;
    }
    let max = count * i32::from(MAX_POINTS);
    Some((200 * sum + max) / (2 * max))
}

/// The `n` answers that weigh most: highest weight first, ties in question order.
/// Answers that weigh nothing are left out.
pub fn heaviest(result: &CheckResult, n: usize) -> Vec<Contribution> {
    let mut list: Vec<Contribution> = result
        .contributions
        .iter()
        .filter(|c| c.weight > 0)
        .copied()
        .collect();
    sort_by(&mut list, |a, b| {
        b.weight
            .cmp(&a.weight)
            .then(a.question.index().cmp(&b.question.index()))
    });
    list.truncate(n);
    list
}

/// The angle of the beam in the balance picture, −[`MAX_TILT_DEGREES`] to
/// +[`MAX_TILT_DEGREES`]. Positive means the load side goes down: with load drawn
/// on the right, use it as an SVG `rotate` (clockwise). Scores outside 0–100 are clamped.
pub fn tilt_degrees(load: i32, capacity: i32) -> f64 {
    let diff = load.clamp(0, 100) - capacity.clamp(0, 100);
    f64::from(diff) / 100.0 * MAX_TILT_DEGREES
}

/// A piece of advice; its title and steps are in the check text table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AdviceId {
    /// Contact the municipality's support point for caregivers (mantelzorgsteunpunt).
    SupportPoint,
    /// Talk to the GP (huisarts) about how they are doing.
    Gp,
    /// Ask someone (family, a volunteer) to take over the care for a day.
    TakeOver,
    /// Talk with family and friends about sharing tasks.
    ShareTasks,
    /// Plan time for themself every week.
    OwnTime,
    /// Rest and sleep.
    Sleep,
    /// Ask the municipality about money support.
    MoneyHelp,
    /// Find someone to talk to, or people in the same situation.
    TalkToSomeone,
    /// Do something nice together that is not care.
    TimeTogether,
    /// Keep doing what gives energy.
    KeepGoing,
    /// Look at the energy givers and drains.
    EnergyList,
    /// Do the check again in a month.
    CheckAgain,
}

impl AdviceId {
    /// Every piece of advice.
    pub const ALL: [AdviceId; 12] = [
        AdviceId::SupportPoint,
        AdviceId::Gp,
        AdviceId::TakeOver,
        AdviceId::ShareTasks,
        AdviceId::OwnTime,
        AdviceId::Sleep,
        AdviceId::MoneyHelp,
        AdviceId::TalkToSomeone,
        AdviceId::TimeTogether,
        AdviceId::KeepGoing,
        AdviceId::EnergyList,
        AdviceId::CheckAgain,
    ];
}

/// The advice for a heavy answer on a theme, most fitting first.
fn theme_advice(theme: Theme) -> &'static [AdviceId] {
    match theme {
        Theme::Time => &[AdviceId::TakeOver, AdviceId::ShareTasks],
        Theme::Worry => &[AdviceId::TalkToSomeone, AdviceId::SupportPoint],
        Theme::Sleep => &[AdviceId::Sleep, AdviceId::Gp],
        Theme::Health => &[AdviceId::Gp],
        Theme::OwnTime => &[AdviceId::OwnTime, AdviceId::TakeOver],
        Theme::Money => &[AdviceId::MoneyHelp],
        Theme::Help => &[AdviceId::ShareTasks, AdviceId::TakeOver],
        Theme::Relationship => &[AdviceId::TimeTogether, AdviceId::SupportPoint],
        Theme::Meaning => &[AdviceId::TalkToSomeone, AdviceId::TimeTogether],
        Theme::Energy => &[AdviceId::EnergyList, AdviceId::OwnTime],
        Theme::Support => &[AdviceId::TalkToSomeone, AdviceId::SupportPoint],
    }
}

/// Picks the advice for a result, most relevant first, at most [`MAX_ADVICE`].
///
/// Rules: for each of the heaviest answers (three, or two when in balance) the
/// first advice of its theme not chosen yet. Out of balance starts with the
/// support point and ends with the GP; "let op" ends with the support point and
/// checking again; in balance starts with "keep going" and ends with checking
/// again. An incomplete result gets the theme advice and checking again.
pub fn advice(result: &CheckResult) -> Vec<AdviceId> {
    let (first, heavy, last): (&[AdviceId], usize, &[AdviceId]) = match result.band {
        Some(Band::OutOfBalance) => (&[AdviceId::SupportPoint], 3, &[AdviceId::Gp]),
        Some(Band::Attention) => (&[], 3, &[AdviceId::SupportPoint, AdviceId::CheckAgain]),
        Some(Band::InBalance) => (&[AdviceId::KeepGoing], 2, &[AdviceId::CheckAgain]),
        None => (&[], 2, &[AdviceId::CheckAgain]),
    };
    let mut out: Vec<AdviceId> = first.to_vec();
    for c in heaviest(result, heavy) {
        let options = theme_advice(c.question.theme());
        if let Some(a) = options.iter().find(|a| !out.contains(a)) {
            out.push(*a);
        }
    }
    for a in last {
        if !out.contains(a) {
            out.push(*a);
        }
    }
    out.truncate(MAX_ADVICE);
    out
}

/// Which way the balance moved since the check before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The balance dropped by more than [`TREND_TOLERANCE`].
    Heavier,
    /// The balance rose by more than [`TREND_TOLERANCE`].
    Lighter,
    /// Within [`TREND_TOLERANCE`] either way.
    Same,
}

/// The change between the latest check and the one before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trend {
    /// Which way it went.
    pub direction: Direction,
    /// The balance now minus the balance then (negative is heavier).
    pub change: i32,
    /// The local date of the check before, e.g. to say "heavier than in March".
    pub previous: Date,
}

/// The checks ordered from oldest to newest (by `created_at`, then id).
pub fn sorted_by_date(history: &[CheckRecord]) -> Vec<&CheckRecord> {
    let mut list: Vec<&CheckRecord> = history.iter().collect();
    sort_by(&mut list, |a, b| {
        a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id))
    });
    list
}

/// Compares the latest check with the one before; `None` with fewer than two
/// checks. `offset_minutes` gives the local date, as for [`local`].
pub fn trend(history: &[CheckRecord], offset_minutes: i32) -> Option<Trend> {
    let sorted = sorted_by_date(history);
    let (latest, rest) = sorted.split_last()?;
    let previous = rest.last()?;
    let change = latest.result().balance - previous.result().balance;
    let direction = if change < -TREND_TOLERANCE {
        Direction::Heavier
    } else if change > TREND_TOLERANCE {
        Direction::Lighter
    } else {
        Direction::Same
    };
    Some(Trend {
        direction,
        change,
        previous: previous.date(offset_minutes),
    })
}

/// The points of the balance line in an SVG of `width` × `height`, oldest first
/// (the order of [`sorted_by_date`]).
///
/// x runs by date from `padding` to `width - padding` (a single check sits in the
/// middle; checks at the same moment are spread evenly). y is `height / 2` at
/// balance 0, `padding` at +100 and `height - padding` at −100.
pub fn chart_points(
    history: &[CheckRecord],
    width: f64,
    height: f64,
    padding: f64,
) -> Vec<(f64, f64)> {
    let sorted = sorted_by_date(history);
    let (first, last) = match (sorted.first(), sorted.last()) {
        (Some(f), Some(l)) => (f.created_at, l.created_at),
        _ => return Vec::new(),
    };
    let inner_w = (width - 2.0 * padding).max(0.0);
    let half_h = (height / 2.0 - padding).max(0.0);
    let span = (last - first) as f64;
    let steps = sorted.len().saturating_sub(1) as f64;
    sorted
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let x = if sorted.len() == 1 {
                width / 2.0
            } else if span > 0.0 {
                padding + (r.created_at - first) as f64 / span * inner_w
            } else {
                padding + i as f64 / steps * inner_w
            };
            let balance = f64::from(r.result().balance.clamp(-100, 100));
            (x, height / 2.0 - balance / 100.0 * half_h)
        })
        .collect()
}

/// Whether to suggest a new check: there is none yet, or the last one is more
/// than [`CHECK_AGAIN_AFTER_DAYS`] days before `today`.
pub fn due_for_check(last: Option<Date>, today: Date) -> bool {
    last.is_none_or(|d| d.days_until(today) > CHECK_AGAIN_AFTER_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers every question with the option at the same relative place:
    /// `load_opt` for load questions and `cap_opt` for capacity questions,
    /// clamped to the last option.
    fn answers(load_opt: u8, cap_opt: u8) -> Vec<Answer> {
        QuestionId::ALL
            .into_iter()
            .map(|q| {
                let wanted = match q.side() {
                    Side::Load => load_opt,
                    Side::Capacity => cap_opt,
                };
                let last = u8::try_from(q.option_count() - 1).unwrap();
                Answer {
                    question: q,
                    option: wanted.min(last),
                }
            })
            .collect()
    }

    fn set(list: &mut Vec<Answer>, q: QuestionId, option: u8) {
        list.retain(|a| a.question != q);
        list.push(Answer {
            question: q,
            option,
        });
    }

    fn record(id: &str, at: i64, answers: Vec<Answer>) -> CheckRecord {
        CheckRecord {
            id: id.into(),
            created_at: at,
            updated_at: at,
            answers,
            overall: None,
            question_set: QUESTION_SET,
        }
    }

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn questions_cover_both_sides_with_equal_ranges() {
        assert_eq!(QuestionId::ALL.len(), 12);
        let load = QuestionId::ALL
            .iter()
            .filter(|q| q.side() == Side::Load)
            .count();
        assert_eq!(load, 7);
        for (i, q) in QuestionId::ALL.into_iter().enumerate() {
            assert_eq!(q.index(), i);
            assert!((4..=5).contains(&q.option_count()));
            assert_eq!(q.points(0), Some(0));
            let last = u8::try_from(q.option_count() - 1).unwrap();
            assert_eq!(q.points(last), Some(MAX_POINTS));
            assert_eq!(q.points(last + 1), None);
            assert_eq!(step_at(i), Some(Step::Question(q)));
        }
        assert_eq!(step_at(QUESTION_COUNT), Some(Step::Overall));
        assert_eq!(step_at(STEP_COUNT), None);
    }

    #[test]
    fn extremes_score_as_expected() {
        let worst = score(&answers(4, 0));
        assert_eq!((worst.load, worst.capacity, worst.balance), (100, 0, -100));
        assert_eq!(worst.band, Some(Band::OutOfBalance));
        let best = score(&answers(0, 4));
        assert_eq!((best.load, best.capacity, best.balance), (0, 100, 100));
        assert_eq!(best.band, Some(Band::InBalance));
        let middle = score(&answers(2, 2));
        // The 4-option questions have no middle: option 2 scores 3 there.
        assert_eq!(middle.load, 57);
        assert_eq!(middle.capacity, 60);
        assert_eq!(middle.band, Some(Band::Attention));
    }

    #[test]
    fn band_boundaries() {
        assert_eq!(band_for(100), Band::InBalance);
        assert_eq!(band_for(IN_BALANCE_FROM), Band::InBalance);
        assert_eq!(band_for(IN_BALANCE_FROM - 1), Band::Attention);
        assert_eq!(band_for(0), Band::Attention);
        assert_eq!(band_for(OUT_OF_BALANCE_BELOW), Band::Attention);
        assert_eq!(band_for(OUT_OF_BALANCE_BELOW - 1), Band::OutOfBalance);
        assert_eq!(band_for(-100), Band::OutOfBalance);
    }

    #[test]
    fn band_boundaries_through_answers() {
        // Load all 0 except hours: 4 of 28 points = 14. Capacity: 20 points max.
        let mut list = answers(0, 0);
        set(&mut list, QuestionId::CareHours, 4);
        // Capacity 7 of 20 = 35: balance 21, in balance.
        set(&mut list, QuestionId::HelpFromOthers, 4);
        set(&mut list, QuestionId::Relationship, 3);
        let r = score(&list);
        assert_eq!((r.load, r.capacity, r.balance), (14, 35, 21));
        assert_eq!(r.band, Some(Band::InBalance));
        // One point less capacity: 6 of 20 = 30, balance 16: let op.
        set(&mut list, QuestionId::Relationship, 2);
        let r = score(&list);
        assert_eq!((r.capacity, r.balance), (30, 16));
        assert_eq!(r.band, Some(Band::Attention));
    }

    #[test]
    fn rounding_is_half_up() {
        // One load answer of 2 of 4 points = 50; 1 of 4 = 25; capacity 3 of 8 = 37.5 → 38.
        let list = vec![
            Answer {
                question: QuestionId::CareHours,
                option: 1,
            },
            Answer {
                question: QuestionId::Energy,
                option: 1,
            },
            Answer {
                question: QuestionId::HelpFromOthers,
                option: 2,
            },
        ];
        let r = score(&list);
        assert_eq!(r.load, 25);
        assert_eq!(r.capacity, 38);
    }

    #[test]
    fn missing_answers_are_left_out() {
        let mut list = answers(4, 0);
        list.truncate(MIN_ANSWERS_FOR_BAND);
        let r = score(&list);
        assert_eq!(r.answered, MIN_ANSWERS_FOR_BAND);
        assert_eq!((r.load, r.capacity), (100, 0));
        assert_eq!(r.band, Some(Band::OutOfBalance));
        list.pop();
        let r = score(&list);
        assert!(r.is_incomplete());
        assert_eq!(r.balance, -50, "the empty capacity side counts as 50");
    }

    #[test]
    fn one_side_without_answers_is_incomplete() {
        let list: Vec<Answer> = answers(4, 4)
            .into_iter()
            .filter(|a| a.question.side() == Side::Load)
            .collect();
        let r = score(&list);
        assert_eq!(r.capacity, 50);
        assert!(r.is_incomplete());
        let empty = score(&[]);
        assert_eq!((empty.load, empty.capacity, empty.balance), (50, 50, 0));
        assert!(empty.is_incomplete());
        assert!(heaviest(&empty, 3).is_empty());
    }

    #[test]
    fn invalid_and_repeated_answers() {
        let mut list = answers(0, 4);
        list.push(Answer {
            question: QuestionId::Health,
            option: 4,
        });
        let r = score(&list);
        assert_eq!(r.load, 0, "option 4 does not exist for health");
        assert_eq!(r.answered, 12, "the earlier valid answer still counts");
        list.push(Answer {
            question: QuestionId::Sleep,
            option: 4,
        });
        assert_eq!(score(&list).load, 14, "the last answer counts");
    }

    #[test]
    fn contributions_explain_the_score() {
        let mut list = answers(1, 3);
        set(&mut list, QuestionId::Energy, 0);
        let r = score(&list);
        assert_eq!(r.contributions.len(), 12);
        let energy = r
            .contributions
            .iter()
            .find(|c| c.question == QuestionId::Energy)
            .unwrap();
        assert_eq!(
            (energy.side, energy.points, energy.weight),
            (Side::Capacity, 0, 4)
        );
        let hours = r.contributions[0];
        assert_eq!((hours.side, hours.points, hours.weight), (Side::Load, 1, 1));
        let load_points: u32 = r
            .contributions
            .iter()
            .filter(|c| c.side == Side::Load)
            .map(|c| u32::from(c.points))
            .sum();
        assert_eq!(load_points, 7);
        assert_eq!(r.load, 25);
    }

    #[test]
    fn heaviest_ranks_by_weight_then_question_order() {
        let mut list = answers(0, 4);
        set(&mut list, QuestionId::Sleep, 3); // weight 3
        set(&mut list, QuestionId::Money, 3); // weight 4
        set(&mut list, QuestionId::HelpFromOthers, 0); // weight 4
        set(&mut list, QuestionId::OtherDuties, 3); // weight 3
        let r = score(&list);
        let top: Vec<QuestionId> = heaviest(&r, 3).iter().map(|c| c.question).collect();
        assert_eq!(
            top,
            vec![
                QuestionId::Money,
                QuestionId::HelpFromOthers,
                QuestionId::OtherDuties
            ]
        );
        assert_eq!(heaviest(&r, 10).len(), 4, "weightless answers are left out");
        assert!(heaviest(&r, 0).is_empty());
        assert!(heaviest(&score(&answers(0, 4)), 3).is_empty());
    }

    #[test]
    fn tilt_follows_the_heavier_side() {
        assert_eq!(tilt_degrees(50, 50), 0.0);
        assert_eq!(tilt_degrees(100, 0), MAX_TILT_DEGREES);
        assert_eq!(tilt_degrees(0, 100), -MAX_TILT_DEGREES);
        assert_eq!(tilt_degrees(75, 25), 10.0);
        assert_eq!(tilt_degrees(500, -3), MAX_TILT_DEGREES);
    }

    #[test]
    fn advice_out_of_balance_starts_with_support_point() {
        let r = score(&answers(4, 0));
        // Heaviest: hours, other duties, worries (all weight 4, question order).
        assert_eq!(
            advice(&r),
            vec![
                AdviceId::SupportPoint,
                AdviceId::TakeOver,
                AdviceId::ShareTasks,
                AdviceId::TalkToSomeone,
                AdviceId::Gp,
            ]
        );
    }

    #[test]
    fn advice_follows_the_heaviest_themes() {
        let mut list = answers(1, 3);
        set(&mut list, QuestionId::Money, 3);
        set(&mut list, QuestionId::Sleep, 4);
        set(&mut list, QuestionId::SomeoneToTalkTo, 0);
        let r = score(&list);
        assert_eq!(r.band, Some(Band::Attention));
        assert_eq!(
            advice(&r),
            vec![
                AdviceId::Sleep,
                AdviceId::MoneyHelp,
                AdviceId::TalkToSomeone,
                AdviceId::SupportPoint,
                AdviceId::CheckAgain,
            ]
        );
    }

    #[test]
    fn advice_in_balance() {
        let r = score(&answers(0, 4));
        assert_eq!(advice(&r), vec![AdviceId::KeepGoing, AdviceId::CheckAgain]);
        let mut list = answers(0, 4);
        set(&mut list, QuestionId::Energy, 1);
        set(&mut list, QuestionId::OwnTime, 2);
        let r = score(&list);
        assert_eq!(r.band, Some(Band::InBalance));
        assert_eq!(
            advice(&r),
            vec![
                AdviceId::KeepGoing,
                AdviceId::EnergyList,
                AdviceId::OwnTime,
                AdviceId::CheckAgain
            ]
        );
    }

    #[test]
    fn advice_is_never_repeated_and_never_too_long() {
        let mut list = answers(2, 2);
        // Worries and talking share their advice; the third heavy answer adds nothing new.
        set(&mut list, QuestionId::Worries, 4);
        set(&mut list, QuestionId::SomeoneToTalkTo, 0);
        set(&mut list, QuestionId::HelpFromOthers, 0);
        let r = score(&list);
        assert_eq!(r.band, Some(Band::OutOfBalance));
        assert_eq!(
            advice(&r),
            vec![
                AdviceId::SupportPoint,
                AdviceId::TalkToSomeone,
                AdviceId::ShareTasks,
                AdviceId::Gp
            ]
        );
        for load in 0..5 {
            for cap in 0..5 {
                let a = advice(&score(&answers(load, cap)));
                assert!(!a.is_empty() && a.len() <= MAX_ADVICE);
                for x in &a {
                    assert_eq!(a.iter().filter(|y| *y == x).count(), 1);
                }
            }
        }
        assert_eq!(advice(&score(&[])), vec![AdviceId::CheckAgain]);
    }

    #[test]
    fn draft_moves_back_and_forth_without_losing_answers() {
        let mut d = CheckDraft::new(5);
        assert_eq!(d.current(), Step::Question(QuestionId::CareHours));
        assert!(d.set_answer(QuestionId::CareHours, 2));
        assert_eq!(d.current(), Step::Question(QuestionId::OtherDuties));
        assert!(d.set_answer(QuestionId::OtherDuties, 1));
        d.back();
        d.back();
        assert_eq!(d.current_index(), 0);
        d.back();
        assert_eq!(d.current_index(), 0);
        assert_eq!(d.answer(QuestionId::CareHours), Some(2));
        assert!(d.set_answer(QuestionId::CareHours, 4));
        assert_eq!(d.answer(QuestionId::CareHours), Some(4));
        assert_eq!(d.answers.len(), 2);
        assert_eq!(d.next_unanswered(), Some(QuestionId::Worries));
        assert!(!d.set_answer(QuestionId::Health, 4));
        assert_eq!(d.answered_count(), 2);
        d.go_to(99);
        assert_eq!(d.current(), Step::Overall);
    }

    #[test]
    fn draft_keeps_answers_in_question_order_and_finishes() {
        let mut d = CheckDraft::new(5);
        for q in QuestionId::ALL.into_iter().rev() {
            assert!(!d.is_complete());
            assert!(d.set_answer(q, 1));
        }
        assert!(d.is_complete());
        assert_eq!(d.current(), Step::Question(QuestionId::OtherDuties));
        assert_eq!(d.answers[0].question, QuestionId::CareHours);
        assert!(!d.set_overall(Some(11)));
        assert!(d.set_overall(Some(10)));
        let r = d.finish("c1".into(), 99).unwrap();
        assert_eq!((r.created_at, r.updated_at, r.overall), (99, 99, Some(10)));
        assert_eq!(r.answers.len(), 12);
        assert_eq!(r.question_set, QUESTION_SET);
    }

    #[test]
    fn unfinished_draft_lists_what_is_missing() {
        let mut d = CheckDraft::new(0);
        d.set_answer(QuestionId::CareHours, 0);
        let missing = d.finish("x".into(), 1).unwrap_err();
        assert_eq!(missing.len(), 11);
        assert_eq!(missing[0], QuestionId::OtherDuties);
    }

    #[test]
    fn draft_and_record_round_trip_through_json() {
        let mut d = CheckDraft::new(7);
        d.set_answer(QuestionId::SomeoneToTalkTo, 3);
        d.set_overall(Some(6));
        let json = serde_json::to_string(&d).unwrap();
        assert!(json.contains("\"someone_to_talk_to\""));
        assert_eq!(serde_json::from_str::<CheckDraft>(&json).unwrap(), d);
        let old = r#"{"answers":[],"started_at":3}"#;
        let parsed: CheckDraft = serde_json::from_str(old).unwrap();
        assert_eq!((parsed.step, parsed.overall), (0, None));
        assert!(parsed.is_current());

        let r = record("a", 10, answers(3, 1));
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<CheckRecord>(&json).unwrap(), r);
        let minimal = r#"{"id":"b","created_at":1,"updated_at":2,
            "answers":[{"question":"care_hours","option":4}]}"#;
        let parsed: CheckRecord = serde_json::from_str(minimal).unwrap();
        assert_eq!((parsed.overall, parsed.question_set), (None, 1));
        assert_eq!(parsed.result().load, 100);
    }

    #[test]
    fn trend_compares_the_latest_two() {
        let march = 1_772_323_200_000; // 2026-03-01 00:00 UTC
        let april = march + 31 * 86_400_000;
        let may = april + 30 * 86_400_000;
        assert_eq!(trend(&[], 0), None);
        assert_eq!(trend(&[record("a", march, answers(1, 3))], 0), None);
        // Given in any order.
        let history = vec![
            record("c", may, answers(3, 1)),
            record("a", march, answers(0, 4)),
            record("b", april, answers(1, 3)),
        ];
        let t = trend(&history, 60).unwrap();
        assert_eq!(t.direction, Direction::Heavier);
        assert_eq!(t.previous, date(2026, 4, 1));
        assert!(t.change < -TREND_TOLERANCE);
        let lighter = vec![
            record("a", march, answers(3, 1)),
            record("b", april, answers(1, 3)),
        ];
        assert_eq!(trend(&lighter, 0).unwrap().direction, Direction::Lighter);
        // The previous check's date is local: 23:30 UTC on 31 March is 1 April in Amsterdam.
        let late = april - 30 * 60_000;
        let t = trend(
            &[
                record("a", late, answers(1, 3)),
                record("b", may, answers(1, 3)),
            ],
            120,
        )
        .unwrap();
        assert_eq!(t.previous, date(2026, 4, 1));
        assert_eq!(t.change, 0);
    }

    #[test]
    fn trend_tolerance_boundary() {
        // Balance 100 vs. 100 − x: move one capacity answer down step by step.
        let base = record("a", 1, answers(0, 4));
        let mut changed = answers(0, 4);
        // Capacity 18 of 20 = 90: change −10, still the same.
        set(&mut changed, QuestionId::Energy, 2);
        let t = trend(&[base.clone(), record("b", 2, changed.clone())], 0).unwrap();
        assert_eq!((t.change, t.direction), (-10, Direction::Same));
        // 17 of 20 = 85: change −15, heavier.
        set(&mut changed, QuestionId::Relationship, 3);
        let t = trend(&[base, record("b", 2, changed)], 0).unwrap();
        assert_eq!((t.change, t.direction), (-15, Direction::Heavier));
    }

    #[test]
    fn chart_points_for_one_two_and_many() {
        assert!(chart_points(&[], 300.0, 200.0, 10.0).is_empty());
        let one = chart_points(&[record("a", 5, answers(2, 2))], 300.0, 200.0, 10.0);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].0, 150.0);
        // Balance 60 − 57 = 3 → y = 100 − 0.03 × 90.
        assert!((one[0].1 - (100.0 - 0.03 * 90.0)).abs() < 1e-9);

        let two = chart_points(
            &[
                record("b", 2_000, answers(0, 4)),
                record("a", 1_000, answers(4, 0)),
            ],
            300.0,
            200.0,
            10.0,
        );
        assert_eq!(two, vec![(10.0, 190.0), (290.0, 10.0)]);

        let many: Vec<CheckRecord> = (0..5)
            .map(|i| record(&format!("r{i}"), i64::from(i) * 100, answers(2, 2)))
            .collect();
        let pts = chart_points(&many, 410.0, 100.0, 5.0);
        let xs: Vec<f64> = pts.iter().map(|p| p.0).collect();
        assert_eq!(xs, vec![5.0, 105.0, 205.0, 305.0, 405.0]);
        // By date, not by index: a late point sits far right.
        let uneven = vec![
            record("a", 0, answers(2, 2)),
            record("b", 10, answers(2, 2)),
            record("c", 100, answers(2, 2)),
        ];
        let xs: Vec<f64> = chart_points(&uneven, 120.0, 100.0, 10.0)
            .iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(xs, vec![10.0, 20.0, 110.0]);
        // Checks at the same moment are spread evenly.
        let same = vec![record("a", 7, answers(2, 2)), record("b", 7, answers(2, 2))];
        let xs: Vec<f64> = chart_points(&same, 100.0, 100.0, 0.0)
            .iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(xs, vec![0.0, 100.0]);
        // Balance 0 sits in the middle.
        let level = vec![Answer {
            question: QuestionId::CareHours,
            option: 2,
        }];
        let p = chart_points(&[record("z", 0, level)], 100.0, 80.0, 4.0);
        assert_eq!(p[0].1, 40.0);
    }

    #[test]
    fn due_after_four_weeks() {
        let today = date(2026, 5, 9);
        assert!(due_for_check(None, today));
        assert!(!due_for_check(Some(today), today));
        assert!(!due_for_check(Some(today.add_days(-28)), today));
        assert!(due_for_check(Some(today.add_days(-29)), today));
        assert!(!due_for_check(Some(today.add_days(3)), today));
    }

    #[test]
    fn record_date_is_local() {
        let r = record("a", 1_772_323_200_000 - 60_000, vec![]);
        assert_eq!(r.date(0), date(2026, 2, 28));
        assert_eq!(r.date(60), date(2026, 3, 1));
    }
}
