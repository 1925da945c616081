//! Dates and times without the browser: timestamps are milliseconds since 1970 (UTC),
//! turned into local calendar dates with the offset the device reports.

use serde::{Deserialize, Serialize};

/// Milliseconds in one day.
pub const DAY_MS: i64 = 86_400_000;

/// A calendar date. Orders by year, then month, then day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

/// A moment as the person sees it on their clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// The local date.
    pub date: Date,
    /// The local hour, 0 to 23.
    pub hour: u32,
    /// The local minute, 0 to 59.
    pub minute: u32,
}

/// Turns a timestamp into local time. `offset_minutes` is how far local time is
/// ahead of UTC (+60 for the Netherlands in winter).
pub fn local(ms: i64, offset_minutes: i32) -> LocalTime {
    let local_ms = ms + i64::from(offset_minutes) * 60_000;
    let days = local_ms.div_euclid(DAY_MS);
    let ms_of_day = local_ms.rem_euclid(DAY_MS);
    let minutes = ms_of_day / 60_000;
    LocalTime {
        date: civil_from_days(days),
        // Both are below 24 and 60, so the casts cannot truncate.
        hour: (minutes / 60) as u32,
        minute: (minutes % 60) as u32,
    }
}

impl Date {
    /// The date `n` days later (or earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        civil_from_days(days_from_civil(self) + n)
    }

    /// How many days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        days_from_civil(other) - days_from_civil(self)
    }

    /// The date as `YYYY-MM-DD`, the value of an `<input type="date">`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Reads `YYYY-MM-DD`; `None` for anything else or a date that does not exist.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        date.is_valid().then_some(date)
    }

    /// Whether the fields form a real calendar date.
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && civil_from_days(days_from_civil(self)) == self
    }
}

/// Today's local date.
pub fn today(now_ms: i64, offset_minutes: i32) -> Date {
    local(now_ms, offset_minutes).date
}

/// The part of the day, for a greeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    /// 06:00 to 11:59.
    Morning,
    /// 12:00 to 17:59.
    Afternoon,
    /// 18:00 to 23:59.
    Evening,
    /// 00:00 to 05:59.
    Night,
}

/// Which part of the day an hour belongs to.
pub fn day_part(hour: u32) -> DayPart {
    match hour {
        6..=11 => DayPart::Morning,
        12..=17 => DayPart::Afternoon,
        18..=23 => DayPart::Evening,
        _ => DayPart::Night,
    }
}

/// The moment (ms since 1970) the next part of the day begins, after `ms`,
/// in a time zone `offset_minutes` ahead of UTC: what the start screen's
/// greeting and dates hold until (see [`day_part`]).
pub fn next_day_part_start(ms: i64, offset_minutes: i32) -> i64 {
    const HOUR_MS: i64 = 3_600_000;
    let ms_of_day = (ms + i64::from(offset_minutes) * 60_000).rem_euclid(DAY_MS);
    let next = [6, 12, 18, 24]
        .into_iter()
        .map(|h| h * HOUR_MS)
        .find(|&start| start > ms_of_day)
        .unwrap_or(DAY_MS);
    ms + (next - ms_of_day)
}

/// The calendar date of a day number (days since 1970-01-01).
/// Howard Hinnant's `civil_from_days`.
pub fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = if m <= 2 { y + 1 } else { y };
    Date {
        year: i32::try_from(year).unwrap_or(i32::MAX),
        month: u32::try_from(m).unwrap_or(1),
        day: u32::try_from(d).unwrap_or(1),
    }
}

/// The day number (days since 1970-01-01) of a calendar date.
pub fn days_from_civil(date: Date) -> i64 {
    let y = i64::from(date.year) - i64::from(date.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(date.month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(date.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_next_day_part_begins_at_six_noon_six_and_midnight_local_time() {
        const H: i64 = 3_600_000;
        // 2026-11-24 00:00 UTC.
        let midnight = 20_416 * DAY_MS;
        assert_eq!(next_day_part_start(midnight, 0), midnight + 6 * H);
        assert_eq!(
            next_day_part_start(midnight + 6 * H - 1, 0),
            midnight + 6 * H
        );
        assert_eq!(next_day_part_start(midnight + 6 * H, 0), midnight + 12 * H);
        assert_eq!(next_day_part_start(midnight + 13 * H, 0), midnight + 18 * H);
        assert_eq!(next_day_part_start(midnight + 23 * H, 0), midnight + 24 * H);
        // One hour ahead of UTC: 05:30 UTC is 06:30 local, the next part at 12:00 local.
        assert_eq!(
            next_day_part_start(midnight + 5 * H + H / 2, 60),
            midnight + 11 * H
        );
        // Behind UTC, before 1970 too: always later, at most six hours.
        for ms in [-DAY_MS - 7, -1, 0, 12_345_678_901] {
            for offset in [-720, -300, 0, 60, 840] {
                let next = next_day_part_start(ms, offset);
                assert!(next > ms && next - ms <= 6 * H, "{ms} {offset}");
                let at = local(next, offset);
                assert_eq!((at.hour % 6, at.minute), (0, 0));
                assert_ne!(day_part(local(next - 1, offset).hour), day_part(at.hour));
            }
        }
    }

    use super::*;

    #[test]
    fn epoch_is_first_of_january_1970() {
        assert_eq!(
            local(0, 0).date,
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
    }

    #[test]
    fn known_date_round_trips() {
        // 2026-11-23 22:40 UTC
        let ms = 1_795_473_600_000;
        let t = local(ms, 0);
        assert_eq!(
            t.date,
            Date {
                year: 2026,
                month: 11,
                day: 23
            }
        );
        assert_eq!((t.hour, t.minute), (22, 40));
        // An hour ahead in Amsterdam, so it is 23:40 there.
        assert_eq!(local(ms, 60).hour, 23);
        // Two hours ahead it is already the next day.
        assert_eq!(local(ms, 120).date.day, 24);
    }

    #[test]
    fn civil_conversion_is_inverse() {
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(days_from_civil(civil_from_days(days)), days);
        }
        let leap = Date {
            year: 2024,
            month: 2,
            day: 29,
        };
        assert_eq!(civil_from_days(days_from_civil(leap)), leap);
    }

    #[test]
    fn day_arithmetic() {
        let d = Date {
            year: 2026,
            month: 2,
            day: 27,
        };
        assert_eq!(
            d.add_days(2),
            Date {
                year: 2026,
                month: 3,
                day: 1
            }
        );
        assert_eq!(d.days_until(d.add_days(-30)), -30);
        assert!(d.is_valid());
        assert!(!Date {
            year: 2026,
            month: 2,
            day: 29
        }
        .is_valid());
        assert!(!Date {
            year: 2026,
            month: 13,
            day: 1
        }
        .is_valid());
    }

    #[test]
    fn iso_dates_round_trip() {
        let d = Date {
            year: 2026,
            month: 3,
            day: 9,
        };
        assert_eq!(d.to_iso(), "2026-03-09");
        assert_eq!(Date::parse_iso("2026-03-09"), Some(d));
        assert_eq!(Date::parse_iso("2026-02-30"), None);
        assert_eq!(Date::parse_iso(""), None);
        assert_eq!(Date::parse_iso("9 maart"), None);
    }

    #[test]
    fn day_parts() {
        assert_eq!(day_part(5), DayPart::Night);
        assert_eq!(day_part(6), DayPart::Morning);
        assert_eq!(day_part(12), DayPart::Afternoon);
        assert_eq!(day_part(18), DayPart::Evening);
        assert_eq!(day_part(23), DayPart::Evening);
        assert_eq!(day_part(0), DayPart::Night);
    }
}
