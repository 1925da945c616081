//! Energy givers and drains: two lists the caregiver keeps, each item with a weight,
//! typed or picked from suggestions, and which side weighs more.

use serde::{Deserialize, Serialize};

use super::profile::clean_name;
use super::record::{Record, StoreName};
use super::sort::sort_by;

/// The longest item text we accept, in characters.
pub const MAX_TEXT_CHARS: usize = 80;

/// Which list an item is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EnergyKind {
    /// Something that gives energy.
    Giver,
    /// Something that costs energy.
    Drain,
}

crate::named!(EnergyKind {
    Giver = "giver",
    Drain = "drain",
});

/// How much an item gives or costs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// A little (1).
    Little,
    /// Medium (2), the default.
    #[default]
    Medium,
    /// A lot (3).
    Much,
}

crate::named!(Weight {
    Little = "little",
    Medium = "medium",
    Much = "much",
});

impl Weight {
    /// Every weight, lightest first.
    pub const ALL: [Weight; 3] = [Weight::Little, Weight::Medium, Weight::Much];

    /// The weight as a number: 1, 2 or 3.
    pub fn value(self) -> u32 {
        match self {
            Weight::Little => 1,
            Weight::Medium => 2,
            Weight::Much => 3,
        }
    }
}

/// A suggestion to pick from; its text is in the check text table.
///
/// The serialised names are stored: never rename or remove a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionId {
    /// Giver: a walk outside.
    Walk,
    /// Giver: a good talk with a friend.
    FriendTalk,
    /// Giver: music.
    Music,
    /// Giver: a hobby.
    Hobby,
    /// Giver: a good night's sleep.
    GoodSleep,
    /// Giver: a thank-you from the person cared for.
    ThankYou,
    /// Giver: sport or exercise.
    Sport,
    /// Giver: time in the garden or in nature.
    Garden,
    /// Giver: faith, prayer or meditation.
    FaithOrQuiet,
    /// Giver: a day off.
    DayOff,
    /// Drain: paperwork and calls with agencies.
    Paperwork,
    /// Drain: worrying at night.
    NightWorries,
    /// Drain: arguments about the care.
    Arguments,
    /// Drain: no time for themself.
    NoOwnTime,
    /// Drain: driving to appointments.
    Driving,
    /// Drain: housework.
    Housework,
    /// Drain: combining care with work.
    CombiningWork,
    /// Drain: feeling alone.
    FeelingAlone,
    /// Drain: being called or woken at night.
    NightCalls,
    /// Drain: not knowing what is coming.
    Uncertainty,
}

crate::named!(SuggestionId {
    Walk = "walk",
    FriendTalk = "friend_talk",
    Music = "music",
    Hobby = "hobby",
    GoodSleep = "good_sleep",
    ThankYou = "thank_you",
    Sport = "sport",
    Garden = "garden",
    FaithOrQuiet = "faith_or_quiet",
    DayOff = "day_off",
    Paperwork = "paperwork",
    NightWorries = "night_worries",
    Arguments = "arguments",
    NoOwnTime = "no_own_time",
    Driving = "driving",
    Housework = "housework",
    CombiningWork = "combining_work",
    FeelingAlone = "feeling_alone",
    NightCalls = "night_calls",
    Uncertainty = "uncertainty",
});

impl SuggestionId {
    /// Every suggestion: givers first, then drains.
    pub const ALL: [SuggestionId; 20] = [
        SuggestionId::Walk,
        SuggestionId::FriendTalk,
        SuggestionId::Music,
        SuggestionId::Hobby,
        SuggestionId::GoodSleep,
        SuggestionId::ThankYou,
        SuggestionId::Sport,
        SuggestionId::Garden,
        SuggestionId::FaithOrQuiet,
        SuggestionId::DayOff,
        SuggestionId::Paperwork,
        SuggestionId::NightWorries,
        SuggestionId::Arguments,
        SuggestionId::NoOwnTime,
        SuggestionId::Driving,
        SuggestionId::Housework,
        SuggestionId::CombiningWork,
        SuggestionId::FeelingAlone,
        SuggestionId::NightCalls,
        SuggestionId::Uncertainty,
    ];

    /// The list the suggestion belongs to.
    pub fn kind(self) -> EnergyKind {
        match self {
            SuggestionId::Walk
            | SuggestionId::FriendTalk
            | SuggestionId::Music
            | SuggestionId::Hobby
            | SuggestionId::GoodSleep
            | SuggestionId::ThankYou
            | SuggestionId::Sport
            | SuggestionId::Garden
            | SuggestionId::FaithOrQuiet
            | SuggestionId::DayOff => EnergyKind::Giver,
            _ => EnergyKind::Drain,
        }
    }

    /// The suggestions for one list, in the order offered.
    pub fn for_kind(kind: EnergyKind) -> Vec<SuggestionId> {
        SuggestionId::ALL
            .into_iter()
            .filter(|s| s.kind() == kind)
            .collect()
    }
}

/// One stored item on either list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnergyItem {
    /// The record id.
    pub id: String,
    /// When the item was added (ms since 1970, UTC).
    pub created_at: i64,
    /// When the item was last changed.
    pub updated_at: i64,
    /// Which list it is on.
    pub kind: EnergyKind,
    /// What the caregiver wrote, or the suggestion's text in the language of the moment.
    pub text: String,
    /// How much it gives or costs.
    pub weight: Weight,
    /// The suggestion it was picked from, if any.
    #[serde(default)]
    pub suggestion: Option<SuggestionId>,
    /// A place in the list for ordering by hand; 0 when never moved.
    #[serde(default)]
    pub position: u32,
}

impl Record for EnergyItem {
    const STORE: StoreName = StoreName::Energy;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// What the person entered for an item, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnergyInput {
    /// Which list.
    pub kind: EnergyKind,
    /// The text (required).
    pub text: String,
    /// The weight.
    pub weight: Weight,
    /// The suggestion it was picked from, if any.
    pub suggestion: Option<SuggestionId>,
}

/// A field of the item form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnergyField {
    /// The text.
    Text,
    /// The picked suggestion.
    Suggestion,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnergyProblem {
    /// The text must be filled in.
    Missing,
    /// The text is longer than [`MAX_TEXT_CHARS`].
    TooLong,
    /// The suggestion belongs to the other list.
    WrongKind,
}

impl EnergyInput {
    /// An empty form for a list, with the default weight.
    pub fn new(kind: EnergyKind) -> EnergyInput {
        EnergyInput {
            kind,
            text: String::new(),
            weight: Weight::default(),
            suggestion: None,
        }
    }

    /// A form filled from a suggestion; `text` is the suggestion's text in the current language.
    pub fn from_suggestion(suggestion: SuggestionId, text: &str) -> EnergyInput {
        EnergyInput {
            kind: suggestion.kind(),
            text: text.to_string(),
            weight: Weight::default(),
            suggestion: Some(suggestion),
        }
    }

    /// Fills the form from a saved item, for editing.
    pub fn from_item(item: &EnergyItem) -> EnergyInput {
        EnergyInput {
            kind: item.kind,
            text: item.text.clone(),
            weight: item.weight,
            suggestion: item.suggestion,
        }
    }

    /// Checks the input. Returns every problem, one per field at most.
    pub fn problems(&self) -> Vec<(EnergyField, EnergyProblem)> {
        let mut out = Vec::new();
        let text = clean_name(&self.text);
        if text.is_empty() {
            out.push((EnergyField::Text, EnergyProblem::Missing));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            out.push((EnergyField::Text, EnergyProblem::TooLong));
        }
        if self.suggestion.is_some_and(|s| s.kind() != self.kind) {
            out.push((EnergyField::Suggestion, EnergyProblem::WrongKind));
        }
        out
    }

    /// Builds a new item to save. Fails with the problems when the input is not valid.
    pub fn to_item(
        &self,
        id: String,
        now_ms: i64,
    ) -> Result<EnergyItem, Vec<(EnergyField, EnergyProblem)>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(EnergyItem {
            id,
            created_at: now_ms,
            updated_at: now_ms,
            kind: self.kind,
            text: clean_name(&self.text),
            weight: self.weight,
            suggestion: self.suggestion,
            position: 0,
        })
    }

    /// Builds the changed item, keeping the id, `created_at` and position of the
    /// earlier one. Fails with the problems when the input is not valid.
    pub fn update(
        &self,
        earlier: &EnergyItem,
        now_ms: i64,
    ) -> Result<EnergyItem, Vec<(EnergyField, EnergyProblem)>> {
        let mut item = self.to_item(earlier.id.clone(), now_ms)?;
        item.created_at = earlier.created_at;
        item.position = earlier.position;
        Ok(item)
    }
}

/// The summed weights of the givers and of the drains: `(givers, drains)`.
pub fn totals(items: &[EnergyItem]) -> (u32, u32) {
    items.iter().fold((0, 0), |(g, d), i| match i.kind {
        EnergyKind::Giver => (g + i.weight.value(), d),
        EnergyKind::Drain => (g, d + i.weight.value()),
    })
}

/// Which list weighs more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeavierSide {
    /// The givers weigh more.
    Givers,
    /// The drains weigh more.
    Drains,
    /// Both weigh the same (also when both lists are empty).
    Even,
}

/// Which list weighs more, by the summed weights.
pub fn heavier_side(items: &[EnergyItem]) -> HeavierSide {
    let (givers, drains) = totals(items);
    match givers.cmp(&drains) {
        std::cmp::Ordering::Greater => HeavierSide::Givers,
        std::cmp::Ordering::Less => HeavierSide::Drains,
        std::cmp::Ordering::Equal => HeavierSide::Even,
    }
}

/// The `n` strongest items of a list: highest weight first, then the newest,
/// then by id so the order never wobbles.
pub fn top(items: &[EnergyItem], kind: EnergyKind, n: usize) -> Vec<&EnergyItem> {
    let mut list: Vec<&EnergyItem> = items.iter().filter(|i| i.kind == kind).collect();
    sort_by(&mut list, |a, b| {
        b.weight
            .cmp(&a.weight)
            .then(b.created_at.cmp(&a.created_at))
            .then(a.id.cmp(&b.id))
    });
    list.truncate(n);
    list
}

/// The items of a list in the order to show them: by position, then oldest first.
pub fn in_list_order(items: &[EnergyItem], kind: EnergyKind) -> Vec<&EnergyItem> {
    let mut list: Vec<&EnergyItem> = items.iter().filter(|i| i.kind == kind).collect();
    sort_by(&mut list, |a, b| {
        a.position
            .cmp(&b.position)
            .then(a.created_at.cmp(&b.created_at))
            .then(a.id.cmp(&b.id))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, kind: EnergyKind, weight: Weight, at: i64) -> EnergyItem {
        EnergyInput {
            kind,
            text: id.into(),
            weight,
            suggestion: None,
        }
        .to_item(id.into(), at)
        .unwrap()
    }

    #[test]
    fn suggestions_are_split_evenly() {
        let givers = SuggestionId::for_kind(EnergyKind::Giver);
        let drains = SuggestionId::for_kind(EnergyKind::Drain);
        assert_eq!((givers.len(), drains.len()), (10, 10));
        assert_eq!(givers[0], SuggestionId::Walk);
        assert_eq!(drains[0], SuggestionId::Paperwork);
    }

    #[test]
    fn weights_are_one_two_three() {
        let v: Vec<u32> = Weight::ALL.iter().map(|w| w.value()).collect();
        assert_eq!(v, vec![1, 2, 3]);
        assert_eq!(Weight::default(), Weight::Medium);
        assert!(Weight::Much > Weight::Little);
    }

    #[test]
    fn text_is_required_and_cleaned() {
        let mut input = EnergyInput::new(EnergyKind::Giver);
        input.text = "   ".into();
        assert_eq!(
            input.problems(),
            vec![(EnergyField::Text, EnergyProblem::Missing)]
        );
        input.text = "  Een   wandeling ".into();
        let i = input.to_item("a".into(), 3).unwrap();
        assert_eq!(i.text, "Een wandeling");
        assert_eq!((i.created_at, i.updated_at, i.position), (3, 3, 0));
    }

    #[test]
    fn text_length_boundary_counts_characters() {
        let mut input = EnergyInput::new(EnergyKind::Drain);
        input.text = "é".repeat(MAX_TEXT_CHARS);
        assert!(input.problems().is_empty());
        input.text = "é".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            input.to_item("a".into(), 0).unwrap_err(),
            vec![(EnergyField::Text, EnergyProblem::TooLong)]
        );
    }

    #[test]
    fn suggestion_must_match_the_list() {
        let mut input = EnergyInput::from_suggestion(SuggestionId::Paperwork, "Papierwerk");
        assert_eq!(input.kind, EnergyKind::Drain);
        assert!(input.problems().is_empty());
        input.kind = EnergyKind::Giver;
        assert_eq!(
            input.problems(),
            vec![(EnergyField::Suggestion, EnergyProblem::WrongKind)]
        );
    }

    #[test]
    fn update_keeps_id_creation_and_position() {
        let mut first = item("a", EnergyKind::Giver, Weight::Little, 10);
        first.position = 4;
        let mut input = EnergyInput::from_item(&first);
        input.weight = Weight::Much;
        input.text = "Muziek".into();
        let second = input.update(&first, 20).unwrap();
        assert_eq!(second.id, "a");
        assert_eq!((second.created_at, second.updated_at), (10, 20));
        assert_eq!((second.position, second.weight), (4, Weight::Much));
        assert_eq!(second.text, "Muziek");
        input.text.clear();
        assert!(input.update(&first, 30).is_err());
    }

    #[test]
    fn totals_and_heavier_side() {
        assert_eq!(totals(&[]), (0, 0));
        assert_eq!(heavier_side(&[]), HeavierSide::Even);
        let mut items = vec![
            item("g1", EnergyKind::Giver, Weight::Much, 1),
            item("d1", EnergyKind::Drain, Weight::Medium, 2),
        ];
        assert_eq!(totals(&items), (3, 2));
        assert_eq!(heavier_side(&items), HeavierSide::Givers);
        items.push(item("d2", EnergyKind::Drain, Weight::Little, 3));
        assert_eq!(heavier_side(&items), HeavierSide::Even);
        items.push(item("d3", EnergyKind::Drain, Weight::Little, 4));
        assert_eq!(totals(&items), (3, 4));
        assert_eq!(heavier_side(&items), HeavierSide::Drains);
    }

    #[test]
    fn top_is_strongest_then_newest() {
        let items = vec![
            item("old_much", EnergyKind::Drain, Weight::Much, 1),
            item("little", EnergyKind::Drain, Weight::Little, 9),
            item("new_much", EnergyKind::Drain, Weight::Much, 5),
            item("giver", EnergyKind::Giver, Weight::Much, 7),
            item("medium", EnergyKind::Drain, Weight::Medium, 3),
        ];
        let ids: Vec<&str> = top(&items, EnergyKind::Drain, 3)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(ids, vec!["new_much", "old_much", "medium"]);
        assert_eq!(top(&items, EnergyKind::Giver, 3).len(), 1);
        assert!(top(&items, EnergyKind::Drain, 0).is_empty());
        let order: Vec<&str> = in_list_order(&items, EnergyKind::Drain)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(order, vec!["old_much", "medium", "new_much", "little"]);
    }

    #[test]
    fn item_round_trips_through_json() {
        let i = EnergyInput::from_suggestion(SuggestionId::NightCalls, "'s Nachts gebeld worden")
            .to_item("x".into(), 8)
            .unwrap();
        let json = serde_json::to_string(&i).unwrap();
        assert!(json.contains("\"night_calls\"") && json.contains("\"drain\""));
        assert_eq!(serde_json::from_str::<EnergyItem>(&json).unwrap(), i);
        let minimal = r#"{"id":"y","created_at":1,"updated_at":1,"kind":"giver",
            "text":"Zingen","weight":"much"}"#;
        let parsed: EnergyItem = serde_json::from_str(minimal).unwrap();
        assert_eq!((parsed.suggestion, parsed.position), (None, 0));
        assert_eq!(parsed.weight, Weight::Much);
    }
}
