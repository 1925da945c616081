//! The share log on the device: what was shared, when, how and with whom.

use serde::{Deserialize, Serialize};

use super::{Section, Summary};
use crate::model::profile::clean_name;
use crate::model::record::{Record, StoreName};
use crate::model::sort::sort_by;
use crate::model::time::Date;

/// The longest "with whom", in characters.
pub const MAX_WITH_WHOM_CHARS: usize = 80;

/// How a summary was shared. The serialised names are stored: never rename them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareMethod {
    /// Shown full-screen on the caregiver's phone.
    Screen,
    /// Printed or saved as PDF.
    Print,
    /// Sent with the phone's share menu.
    Share,
    /// Copied to the clipboard.
    Copy,
    /// Handed over as a QR code.
    Qr,
}

crate::named!(ShareMethod {
    Screen = "screen",
    Print = "print",
    Share = "share",
    Copy = "copy",
    Qr = "qr",
});

impl ShareMethod {
    /// Every method, in the order they are offered.
    pub const ALL: [ShareMethod; 5] = [
        ShareMethod::Screen,
        ShareMethod::Print,
        ShareMethod::Share,
        ShareMethod::Copy,
        ShareMethod::Qr,
    ];
}

/// One line of the share log. Stored in [`StoreName::ShareLog`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLogEntry {
    /// The record id.
    pub id: String,
    /// When it was shared (ms since 1970, UTC).
    pub created_at: i64,
    /// When the entry was last changed.
    pub updated_at: i64,
    /// The local day it was shared.
    pub shared_on: Date,
    /// How it was shared.
    pub how: ShareMethod,
    /// With whom, as typed; may be empty.
    #[serde(default)]
    pub with_whom: String,
    /// The sections that were in the summary.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// How many items the summary held.
    #[serde(default)]
    pub item_count: u32,
}

impl Record for ShareLogEntry {
    const STORE: StoreName = StoreName::ShareLog;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// A field of the log form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareLogField {
    /// With whom.
    WithWhom,
}

/// What is wrong with a field of the log form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareLogProblem {
    /// The text is longer than [`MAX_WITH_WHOM_CHARS`].
    TooLong,
}

/// Checks "with whom" as typed. Returns every problem.
pub fn with_whom_problems(with_whom: &str) -> Vec<(ShareLogField, ShareLogProblem)> {
    if clean_name(with_whom).chars().count() > MAX_WITH_WHOM_CHARS {
        vec![(ShareLogField::WithWhom, ShareLogProblem::TooLong)]
    } else {
        Vec::new()
    }
}

impl ShareLogEntry {
    /// The log entry for sharing `summary` now. "With whom" is cleaned up
    /// (trimmed, single spaces). Fails when it is too long.
    pub fn new(
        id: String,
        now_ms: i64,
        shared_on: Date,
        how: ShareMethod,
        with_whom: &str,
        summary: &Summary,
    ) -> Result<ShareLogEntry, Vec<(ShareLogField, ShareLogProblem)>> {
        let problems = with_whom_problems(with_whom);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ShareLogEntry {
            id,
            created_at: now_ms,
            updated_at: now_ms,
            shared_on,
            how,
            with_whom: clean_name(with_whom),
            sections: summary.section_list(),
            item_count: u32::try_from(summary.item_count()).unwrap_or(u32::MAX),
        })
    }
}

/// The log in the order to show it: newest first (then by id, so it never wobbles).
pub fn newest_first(entries: &[ShareLogEntry]) -> Vec<&ShareLogEntry> {
    let mut list: Vec<&ShareLogEntry> = entries.iter().collect();
    sort_by(&mut list, |a, b| {
        b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{self, Fixture};
    use super::super::{build_summary, Selection};
    use super::*;

    fn summary() -> Summary {
        let f = Fixture::realistic();
        let sel = Selection::default()
            .with_section(Section::Wishes, true)
            .with_items(Section::Wishes, &["w1", "w3"], true)
            .with_section(Section::AboutPerson, true)
            .with_item(Section::AboutPerson, "w6", true);
        build_summary(&f.data(), &sel, fixtures::today())
    }

    #[test]
    fn an_entry_records_what_was_shared() {
        let e = ShareLogEntry::new(
            "id1".into(),
            500,
            fixtures::today(),
            ShareMethod::Qr,
            "  wijk   verpleging ",
            &summary(),
        )
        .expect("valid");
        assert_eq!(e.with_whom, "wijk verpleging");
        assert_eq!(e.sections, vec![Section::Wishes, Section::AboutPerson]);
        assert_eq!(e.item_count, 3);
        assert_eq!((e.created_at, e.updated_at), (500, 500));
        assert_eq!(e.how, ShareMethod::Qr);
        assert_eq!(e.id(), "id1");
        assert_eq!(<ShareLogEntry as Record>::STORE, StoreName::ShareLog);
    }

    #[test]
    fn with_whom_is_optional_and_limited() {
        let s = summary();
        let ok = "é".repeat(MAX_WITH_WHOM_CHARS);
        let long = "é".repeat(MAX_WITH_WHOM_CHARS + 1);
        assert!(with_whom_problems("").is_empty());
        assert!(with_whom_problems(&ok).is_empty());
        assert_eq!(
            with_whom_problems(&long),
            vec![(ShareLogField::WithWhom, ShareLogProblem::TooLong)]
        );
        assert!(ShareLogEntry::new(
            "a".into(),
            0,
            fixtures::today(),
            ShareMethod::Print,
            &long,
            &s
        )
        .is_err());
        let e = ShareLogEntry::new("a".into(), 0, fixtures::today(), ShareMethod::Print, "", &s)
            .expect("valid");
        assert_eq!(e.with_whom, "");
    }

    #[test]
    fn entries_round_trip_through_json_and_old_ones_load() {
        for how in ShareMethod::ALL {
            let e = ShareLogEntry::new("x".into(), 9, fixtures::today(), how, "Fatima", &summary())
                .expect("valid");
            let json = serde_json::to_string(&e).expect("serialise");
            assert_eq!(
                serde_json::from_str::<ShareLogEntry>(&json).expect("parse"),
                e
            );
        }
        let old = r#"{"id":"o","created_at":1,"updated_at":1,"shared_on":{"year":2026,"month":1,"day":2},"how":"screen"}"#;
        let e: ShareLogEntry = serde_json::from_str(old).expect("parse");
        assert!(e.sections.is_empty() && e.with_whom.is_empty() && e.item_count == 0);
    }

    #[test]
    fn the_log_shows_newest_first() {
        let s = summary();
        let make = |id: &str, at: i64| {
            ShareLogEntry::new(id.into(), at, fixtures::today(), ShareMethod::Copy, "", &s)
                .expect("valid")
        };
        let entries = vec![make("b", 10), make("a", 30), make("c", 10)];
        let ids: Vec<&str> = newest_first(&entries)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, vec!["a", "b", "c"]);
    }
}
