//! The seed data (tests/seed) makes backups the app accepts, with exactly the
//! counts of issue 11, the same every time.
#![cfg(not(target_arch = "wasm32"))]

mod seed;

use samenspel::model::backup::parse_backup;
use samenspel::model::record::StoreName;
use samenspel::model::time::Date;
use samenspel::model::wishes::{due_for_start_screen, WishItem};
use seed::{backup, local_date, Preset, DEFAULT_NOW_MS};

fn wishes(json: &str) -> Vec<WishItem> {
    let parsed = parse_backup(json.as_bytes()).expect("a valid backup");
    parsed
        .records(StoreName::Wishes)
        .iter()
        .map(|r| serde_json::from_str(&r.data).expect("a wish"))
        .collect()
}

#[test]
fn realistic_backup_is_valid_and_believable() {
    let json = backup(Preset::Realistic, DEFAULT_NOW_MS);
    let parsed = parse_backup(json.as_bytes()).expect("the app accepts the backup");
    assert_eq!(parsed.count(StoreName::Profile), 1);
    assert_eq!(parsed.count(StoreName::Checks), 8);
    assert_eq!(parsed.count(StoreName::Energy), 10);
    assert_eq!(parsed.count(StoreName::People), 12);
    assert_eq!(parsed.count(StoreName::Wishes), 21);
    assert_eq!(parsed.count(StoreName::Snapshots), 2);
    assert_eq!(parsed.count(StoreName::ShareLog), 2);
    // own tasks, the share selection and one kept summary
    assert_eq!(parsed.count(StoreName::Meta), 3);
    let today = local_date(DEFAULT_NOW_MS);
    let due = wishes(&json);
    let due = due_for_start_screen(&due, today);
    assert_eq!(due.len(), 1, "one agreement to look at again soon");
}

#[test]
fn five_years_backup_has_the_counts_of_issue_11() {
    let json = backup(Preset::FiveYears, DEFAULT_NOW_MS);
    let parsed = parse_backup(json.as_bytes()).expect("the app accepts the backup");
    assert_eq!(parsed.count(StoreName::Profile), 1);
    assert_eq!(parsed.count(StoreName::Checks), 260);
    assert_eq!(parsed.count(StoreName::People), 150);
    assert_eq!(parsed.count(StoreName::Wishes), 400);
    assert_eq!(parsed.count(StoreName::ShareLog), 50);
    assert_eq!(parsed.count(StoreName::Energy), seed::FIVE_YEARS_ENERGY);
    assert_eq!(
        parsed.count(StoreName::Snapshots),
        seed::FIVE_YEARS_SNAPSHOTS
    );
}

#[test]
fn the_same_now_gives_the_same_file() {
    for preset in Preset::ALL {
        assert_eq!(
            backup(preset, DEFAULT_NOW_MS),
            backup(preset, DEFAULT_NOW_MS)
        );
    }
    // Another "now" moves the dates with it and stays valid.
    let later = DEFAULT_NOW_MS + 200 * 86_400_000;
    assert_ne!(
        backup(Preset::Realistic, later),
        backup(Preset::Realistic, DEFAULT_NOW_MS)
    );
    for preset in Preset::ALL {
        parse_backup(backup(preset, later).as_bytes()).expect("valid in summer time too");
    }
}

#[test]
fn dutch_local_dates_follow_summer_time() {
    // 29 March 2026 is the last Sunday of March: summer time from 01:00 UTC.
    let before = 1_774_746_000_000 - 1; // 00:59:59.999 UTC
    assert_eq!(seed::amsterdam_offset_minutes(before), 60);
    assert_eq!(seed::amsterdam_offset_minutes(before + 1), 120);
    // 23:30 UTC on 1 July is already 2 July in Amsterdam.
    let july = seed::local_ms(
        Date {
            year: 2026,
            month: 7,
            day: 2,
        },
        1,
        30,
    );
    assert_eq!(
        local_date(july),
        Date {
            year: 2026,
            month: 7,
            day: 2
        }
    );
    assert_eq!(local_date(july - 2 * 3_600_000).day, 1);
}
