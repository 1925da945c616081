//! The copy of the start screen that is shown at the next start, before the
//! app has loaded: what it holds, and when it is still right to show.
//!
//! The app keeps the start screen as it was last drawn (its HTML, without
//! messages) in the meta store of this device. At the next start from the
//! service worker, `static/sw.js` puts it into the page, hidden, and a check
//! in `index.html` shows it while the app itself loads, but only when nothing
//! has changed since: every write of data removes it in the same transaction
//! (`storage::Db::write`); it holds only until the greeting changes (see
//! [`time::next_day_part_start`]), only for the same build of the app, only
//! at the start screen's address and only with the same preferences. None is
//! kept while the lock is on.

use serde::Serialize;

use super::time;

/// The meta key of the copy. It belongs to this device: backups leave it
/// out (see [`super::backup::DEVICE_META_KEYS`]).
pub const START_SCREEN_KEY: &str = "start_screen";

/// A copy of the start screen, stored as JSON; `static/sw.js` reads these
/// field names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StartScreen {
    /// The inner HTML of `#app`, as the app drew it.
    pub html: String,
    /// The preferences as stored when it was drawn (language, theme, text
    /// size): with other preferences, the copy is not shown.
    pub prefs: String,
    /// The build of the app that drew it: the name of its script, which
    /// carries a hash of the build. After an update, the copy is not shown.
    pub build: String,
    /// The attributes of the document element (`lang`, `data-theme`, …).
    pub root: Vec<(String, String)>,
    /// When it was drawn (ms since 1970): not shown before (a clock set back).
    pub from: i64,
    /// Shown until then: the greeting and the dates hold until the next part
    /// of the day.
    pub until: i64,
}

impl StartScreen {
    /// A copy drawn at `now_ms`, in a time zone `offset_minutes` ahead of UTC.
    pub fn new(
        html: String,
        prefs: String,
        build: String,
        root: Vec<(String, String)>,
        now_ms: i64,
        offset_minutes: i32,
    ) -> StartScreen {
        StartScreen {
            html,
            prefs,
            build,
            root,
            from: now_ms,
            until: time::next_day_part_start(now_ms, offset_minutes),
        }
    }

    /// Whether `other` shows the same screen for the same part of the day,
    /// with the same preferences and build: made at another moment, but
    /// the same copy for the service worker.
    pub fn same_screen(&self, other: &StartScreen) -> bool {
        self.until == other.until
            && self.html == other.html
            && self.prefs == other.prefs
            && self.build == other.build
            && self.root == other.root
    }

    /// The JSON text to store; `None` if it cannot be written.
    pub fn to_json(&self) -> Option<String> {
        serde_json::to_string(self).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_holds_until_the_next_part_of_the_day_with_the_fields_the_worker_reads() {
        let now = 20_416 * time::DAY_MS + 9 * 3_600_000; // 09:00 UTC
        let copy = StartScreen::new(
            "<h1>Goedemorgen</h1>".into(),
            "{\"lang\":\"nl\"}".into(),
            "./samenspel-2.js".into(),
            vec![("lang".into(), "nl".into())],
            now,
            60,
        );
        assert_eq!(copy.from, now);
        assert_eq!(copy.until, 20_416 * time::DAY_MS + 11 * 3_600_000); // 12:00 local
        let json: serde_json::Value =
            serde_json::from_str(&copy.to_json().expect("json")).expect("valid");
        assert_eq!(json["html"], "<h1>Goedemorgen</h1>");
        assert_eq!(json["prefs"], "{\"lang\":\"nl\"}");
        assert_eq!(json["build"], "./samenspel-2.js");
        assert_eq!(json["root"][0][0], "lang");
        assert_eq!(json["root"][0][1], "nl");
        assert_eq!(json["from"], now);
        assert_eq!(json["until"], copy.until);
    }

    #[test]
    fn the_same_screen_later_in_the_same_part_of_the_day_is_the_same_copy() {
        let now = 20_416 * time::DAY_MS + 9 * 3_600_000;
        let at = |ms: i64, html: &str| {
            StartScreen::new(html.into(), "{}".into(), "./a.js".into(), vec![], ms, 0)
        };
        let first = at(now, "<h1>Goedemorgen</h1>");
        assert!(first.same_screen(&at(now + 60_000, "<h1>Goedemorgen</h1>")));
        assert!(!first.same_screen(&at(now + 60_000, "<h1>Goedemorgen Anna</h1>")));
        // 12:00: another part of the day, even with the same words.
        assert!(!first.same_screen(&at(now + 3 * 3_600_000, "<h1>Goedemorgen</h1>")));
        let mut other_prefs = at(now, "<h1>Goedemorgen</h1>");
        other_prefs.prefs = "{\"theme\":\"dark\"}".into();
        assert!(!first.same_screen(&other_prefs));
    }
}
