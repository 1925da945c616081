//! When to remind the caregiver to make a backup: only when the browser may
//! clear the data, and at most once a week.

/// The meta key holding when the last backup was made (ms since 1970, UTC).
pub const LAST_BACKUP_KEY: &str = "last_backup";

/// The meta key holding when the reminder was last shown (ms since 1970, UTC).
pub const REMINDED_KEY: &str = "backup_reminded";

/// A week, in ms: the shortest time between two reminders, and how old a
/// backup may be before the reminder comes back.
pub const REMIND_EVERY_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Whether to show the backup reminder now. `persisted` is whether the browser
/// keeps the data permanently (`None`: unknown, treated as not kept);
/// `last_backup` and `last_reminded` are moments in ms, `now` too.
pub fn reminder_due(
    persisted: Option<bool>,
    last_backup: Option<i64>,
    last_reminded: Option<i64>,
    now: i64,
) -> bool {
    let older_than_a_week =
        |at: Option<i64>| at.is_none_or(|t| now.saturating_sub(t) >= REMIND_EVERY_MS);
    persisted != Some(true) && older_than_a_week(last_backup) && older_than_a_week(last_reminded)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000_000;

    #[test]
    fn no_reminder_when_the_browser_keeps_the_data() {
        assert!(!reminder_due(Some(true), None, None, NOW));
    }

    #[test]
    fn a_reminder_when_the_data_may_be_cleared_and_there_is_no_backup() {
        assert!(reminder_due(Some(false), None, None, NOW));
        assert!(reminder_due(None, None, None, NOW));
    }

    #[test]
    fn at_most_once_a_week() {
        let day = 24 * 60 * 60 * 1000;
        assert!(!reminder_due(Some(false), None, Some(NOW - 6 * day), NOW));
        assert!(reminder_due(Some(false), None, Some(NOW - 7 * day), NOW));
    }

    #[test]
    fn not_after_a_recent_backup() {
        let day = 24 * 60 * 60 * 1000;
        assert!(!reminder_due(Some(false), Some(NOW - 2 * day), None, NOW));
        assert!(reminder_due(
            Some(false),
            Some(NOW - 8 * day),
            Some(NOW - 8 * day),
            NOW
        ));
    }
}
