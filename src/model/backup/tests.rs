//! Tests of backup files: a valid backup, many damaged ones, fuzzing, and restore plans.

use super::super::record::ByStore;

use serde_json::{json, Value};

use super::super::check::{Answer, CheckDraft, CheckRecord, QuestionId, DRAFT_KEY};
use super::super::energy::{EnergyItem, EnergyKind, SuggestionId, Weight};
use super::super::network::{
    Closeness, Domain, NetworkSnapshot, OwnTasks, Person, SnapshotReason, Task, OWN_TASKS_KEY,
};
use super::super::profile::{Profile, Relation, PROFILE_ID};
use super::super::schema::DATA_VERSION_KEY;
use super::super::time::Date;
use super::super::wishes::{Kind, Role, Status, WishItem};
use super::*;

const NOW: i64 = 1_773_050_400_000; // 9 March 2026, 10:00 UTC

fn meta() -> BackupMeta {
    BackupMeta {
        app_version: "0.1.0".into(),
        exported_at: NOW,
    }
}

fn raw<T: serde::Serialize>(id: &str, updated: i64, value: &T) -> RawRecord {
    RawRecord {
        id: id.into(),
        updated,
        data: serde_json::to_string(value).expect("serialise"),
    }
}

fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        created_at: NOW - 5000,
        updated_at: NOW - 4000,
        name: name.into(),
        relation: "zus".into(),
        domain: Domain::Family,
        closeness: Closeness::VeryClose,
        helps_now: vec![Task::Shopping],
        could_help: vec![Task::TakeOver],
        phone: Some("06 12345678".into()),
        note: "Belt op zondag.".into(),
    }
}

fn check(id: &str) -> CheckRecord {
    CheckRecord {
        id: id.into(),
        created_at: NOW - 9000,
        updated_at: NOW - 9000,
        answers: QuestionId::ALL
            .iter()
            .map(|&q| Answer {
                question: q,
                option: 1,
            })
            .collect(),
        overall: Some(6),
        question_set: 1,
    }
}

fn wish(id: &str, with_person: Option<&str>) -> WishItem {
    WishItem {
        id: id.into(),
        created_at: NOW - 3000,
        updated_at: NOW - 2000,
        role: Role::Together,
        kind: Kind::Wish,
        text: "Samen naar de markt op vrijdag.".into(),
        status: Status::Open,
        with_whom: String::new(),
        with_person: with_person.map(str::to_string),
        discussed_on: None,
        review_on: None,
        reviews: Vec::new(),
        position: 0,
        prompt: None,
    }
}

/// A backup's worth of records in every store, with a field this version does
/// not know in one of them.
fn records() -> RecordsByStore {
    let profile = Profile {
        id: PROFILE_ID.into(),
        created_at: NOW - 10_000,
        updated_at: NOW - 10_000,
        caregiver_name: "Anna".into(),
        cared_name: "Piet".into(),
        relation: Relation::Partner,
    };
    let energy = EnergyItem {
        id: "e1".into(),
        created_at: NOW - 100,
        updated_at: NOW - 100,
        kind: EnergyKind::Giver,
        text: "Een wandeling".into(),
        weight: Weight::Much,
        suggestion: Some(SuggestionId::Walk),
        position: 0,
    };
    let els = person("p1", "Els");
    let snapshot = NetworkSnapshot::take(
        "s1".into(),
        std::slice::from_ref(&els),
        Date {
            year: 2026,
            month: 3,
            day: 1,
        },
        SnapshotReason::Requested,
        NOW - 500,
    );
    let mut people = vec![
        raw("p1", NOW - 4000, &els),
        raw("p2", 7, &person("p2", "Jan")),
    ];
    // A field a later version added: it must survive a round trip untouched.
    let mut extra: Value = serde_json::from_str(&people[1].data).expect("json");
    extra["birthday"] = json!("1950-04-01");
    people[1].data = extra.to_string();
    ByStore::from([
        (
            StoreName::Profile,
            vec![raw(PROFILE_ID, NOW - 10_000, &profile)],
        ),
        (
            StoreName::Checks,
            vec![
                raw("c1", NOW - 9000, &check("c1")),
                raw("c2", NOW, &check("c2")),
            ],
        ),
        (StoreName::Energy, vec![raw("e1", NOW - 100, &energy)]),
        (StoreName::People, people),
        (
            StoreName::Wishes,
            vec![
                raw("w1", NOW - 2000, &wish("w1", Some("p1"))),
                raw("w2", NOW - 2000, &wish("w2", None)),
            ],
        ),
        (
            StoreName::ShareLog,
            vec![RawRecord {
                id: "l1".into(),
                updated: NOW - 50,
                data: r#"{"id":"l1","what":"check","at":1}"#.into(),
            }],
        ),
        (StoreName::Snapshots, vec![raw("s1", NOW - 500, &snapshot)]),
        (
            StoreName::Meta,
            vec![
                raw(DATA_VERSION_KEY, 0, &1u32),
                raw(OWN_TASKS_KEY, NOW - 10, &OwnTasks::new(&[Task::Paperwork])),
                raw(DRAFT_KEY, NOW - 5, &CheckDraft::new(NOW - 5)),
                raw("later_feature", NOW - 1, &json!({"anything": [1, 2, 3]})),
            ],
        ),
    ])
}

fn valid_text() -> String {
    export(&records(), &meta())
}

fn valid_value() -> Value {
    serde_json::from_str(&valid_text()).expect("valid json")
}

/// The valid backup changed by `f`, as file bytes.
fn changed(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = valid_value();
    f(&mut v);
    v.to_string().into_bytes()
}

/// The valid backup with the JSON of one record changed by `f`.
fn changed_record(store: StoreName, index: usize, f: impl FnOnce(&mut Value)) -> Vec<u8> {
    changed(|v| {
        let rec = &mut v["stores"][store.as_str()][index];
        let mut data: Value = serde_json::from_str(rec["data"].as_str().expect("data")).expect("j");
        f(&mut data);
        rec["data"] = Value::String(data.to_string());
    })
}

/// The valid backup with one more record in a store (counts kept right).
fn with_extra(store: StoreName, record: Value) -> Vec<u8> {
    changed(|v| {
        let list = v["stores"][store.as_str()].as_array_mut().expect("list");
        list.push(record);
        let n = list.len();
        v["counts"][store.as_str()] = json!(n);
    })
}

fn encrypted_value() -> Value {
    let cipher = CipherParams {
        iterations: 600_000,
        salt: vec![7; 16],
        iv: vec![9; 12],
        ciphertext: vec![1; 64],
    };
    serde_json::from_str(&export_encrypted(&meta(), &cipher)).expect("json")
}

fn changed_encrypted(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = encrypted_value();
    f(&mut v);
    v.to_string().into_bytes()
}

fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().expect("object").remove(key);
}

#[test]
fn the_valid_backup_parses() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    assert_eq!(parsed.header.format_version, BACKUP_FORMAT_VERSION);
    assert_eq!(parsed.header.app_version, "0.1.0");
    assert_eq!(parsed.header.exported_at, NOW);
    assert_eq!(parsed.stores.len(), StoreName::ALL.len());
    assert_eq!(parsed.count(StoreName::Meta), 4);
}

#[test]
fn export_then_parse_gives_back_identical_records() {
    let input = records();
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    for store in StoreName::ALL {
        assert_eq!(
            parsed.records(store),
            input.get(&store).map(Vec::as_slice).unwrap_or(&[]),
            "{store:?}"
        );
    }
    let p2 = &parsed.records(StoreName::People)[1];
    assert!(p2.data.contains("\"birthday\":\"1950-04-01\""));
    // Exporting the parsed records again gives the same file.
    let again: RecordsByStore = parsed.stores.iter().cloned().collect();
    assert_eq!(export(&again, &meta()), valid_text());
}

#[test]
fn missing_stores_are_exported_empty() {
    let text = export(&ByStore::new(), &meta());
    let parsed = parse_backup(text.as_bytes()).expect("valid");
    assert!(StoreName::ALL.iter().all(|&s| parsed.count(s) == 0));
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["counts"]["share_log"], json!(0));
    assert_eq!(v["format"], json!("samenspel-backup"));
}

#[test]
fn a_checked_export_refuses_what_could_not_be_restored() {
    let mut recs = records();
    recs.insert(
        StoreName::Wishes,
        vec![raw("w9", NOW, &wish("w9", Some("gone")))],
    );
    assert_eq!(
        export_checked(&recs, &meta()),
        Err(BackupError::DanglingReference {
            store: StoreName::Wishes,
            id: "w9".into(),
            missing: "gone".into()
        })
    );
    assert_eq!(export_checked(&records(), &meta()), Ok(valid_text()));
}

#[test]
fn a_byte_order_mark_is_fine() {
    let text = format!("\u{feff}{}", valid_text());
    assert!(parse_backup(text.as_bytes()).is_ok());
}

#[test]
fn the_file_name_has_the_date() {
    let d = Date {
        year: 2026,
        month: 3,
        day: 9,
    };
    assert_eq!(backup_file_name(d), "samenspel-backup-2026-03-09.json");
}

#[test]
fn the_summary_counts_what_people_care_about() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    let s = parsed.summary(60);
    assert_eq!((s.checks, s.people, s.wishes, s.energy_items), (2, 2, 2, 1));
    assert_eq!(s.snapshots, 1);
    assert!(s.has_profile);
    assert_eq!(s.exported_at, NOW);
    let day = |d| Date {
        year: 2026,
        month: 3,
        day: d,
    };
    assert_eq!(s.exported_on, day(9));
    // 10:00 UTC is already the next day fourteen hours ahead.
    assert_eq!(parsed.summary(14 * 60).exported_on, day(10));
}

#[test]
fn format_version_0_without_counts_is_migrated() {
    let v0 = changed(|v| {
        remove(v, "counts");
        v["format_version"] = json!(0);
    });
    let parsed = parse_backup(&v0).expect("v0 is read");
    let current = parse_backup(valid_text().as_bytes()).expect("valid");
    assert_eq!(parsed.stores, current.stores);
    assert_eq!(parsed.header.format_version, 0);
    // Its records are checked like any others.
    let bad_v0 = changed(|v| {
        remove(v, "counts");
        v["format_version"] = json!(0);
        v["stores"]["checks"][0]["id"] = json!("");
    });
    assert_eq!(
        parse_backup(&bad_v0),
        Err(BackupError::EmptyId {
            store: StoreName::Checks,
            index: 0
        })
    );
}

/// Every bad file with the error it must give.
fn bad_files() -> Vec<(&'static str, Vec<u8>, BackupError)> {
    use BackupError as E;
    use StoreName as S;
    let id = |s: &str| s.to_string();
    let text = valid_text();
    let half = text.len() / 2;
    vec![
        ("empty file", Vec::new(), E::Empty),
        ("only spaces", b"  \n\t ".to_vec(), E::Empty),
        (
            "too large",
            vec![b' '; MAX_BACKUP_BYTES + 1],
            E::TooLarge {
                bytes: MAX_BACKUP_BYTES + 1,
            },
        ),
        ("not text", vec![b'{', 0xff, 0xfe, b'}'], E::NotText),
        ("plain words", b"hallo".to_vec(), E::NotJson),
        ("trailing junk", format!("{text}x").into_bytes(), E::NotJson),
        ("a json list", b"[1, 2, 3]".to_vec(), E::NotABackup),
        (
            "a json string",
            b"\"samenspel-backup\"".to_vec(),
            E::NotABackup,
        ),
        (
            "another app's file",
            changed(|v| v["format"] = json!("other-app-backup")),
            E::NotABackup,
        ),
        (
            "no format name",
            changed(|v| remove(v, "format")),
            E::NotABackup,
        ),
        (
            "newer format version",
            changed(|v| v["format_version"] = json!(2)),
            E::NewerFormat { version: 2 },
        ),
        (
            "format version as text",
            changed(|v| v["format_version"] = json!("1")),
            E::WrongType {
                field: "format_version",
            },
        ),
        (
            "no format version",
            changed(|v| remove(v, "format_version")),
            E::MissingField {
                field: "format_version",
            },
        ),
        (
            "huge format version",
            changed(|v| v["format_version"] = json!(u64::MAX)),
            E::WrongType {
                field: "format_version",
            },
        ),
        (
            "newer schema",
            changed(|v| v["schema_version"] = json!(2)),
            E::NewerSchema { version: 2 },
        ),
        (
            "newer data",
            changed(|v| v["data_version"] = json!(9)),
            E::NewerData { version: 9 },
        ),
        (
            "schema version 0",
            changed(|v| v["schema_version"] = json!(0)),
            E::BadValue {
                field: "schema_version",
            },
        ),
        (
            "no data version",
            changed(|v| remove(v, "data_version")),
            E::MissingField {
                field: "data_version",
            },
        ),
        (
            "no app version",
            changed(|v| remove(v, "app_version")),
            E::MissingField {
                field: "app_version",
            },
        ),
        (
            "app version as number",
            changed(|v| v["app_version"] = json!(1)),
            E::WrongType {
                field: "app_version",
            },
        ),
        (
            "app version too long",
            changed(|v| v["app_version"] = json!("9".repeat(41))),
            E::BadValue {
                field: "app_version",
            },
        ),
        (
            "export date as text",
            changed(|v| v["exported_at"] = json!("2026-03-09")),
            E::WrongType {
                field: "exported_at",
            },
        ),
        (
            "export date as fraction",
            changed(|v| v["exported_at"] = json!(1.7e12)),
            E::WrongType {
                field: "exported_at",
            },
        ),
        (
            "export date in 1970",
            changed(|v| v["exported_at"] = json!(0)),
            E::BadValue {
                field: "exported_at",
            },
        ),
        (
            "no stores",
            changed(|v| remove(v, "stores")),
            E::MissingField { field: "stores" },
        ),
        (
            "stores as a list",
            changed(|v| v["stores"] = json!([])),
            E::WrongType { field: "stores" },
        ),
        (
            "a store that is not a list",
            changed(|v| v["stores"]["checks"] = json!({"id": "c1"})),
            E::WrongType { field: "stores" },
        ),
        (
            "no counts",
            changed(|v| remove(v, "counts")),
            E::MissingField { field: "counts" },
        ),
        (
            "counts as a number",
            changed(|v| v["counts"] = json!(12)),
            E::WrongType { field: "counts" },
        ),
        (
            "a count as text",
            changed(|v| v["counts"]["checks"] = json!("2")),
            E::WrongType { field: "counts" },
        ),
        (
            "a count too high",
            changed(|v| v["counts"]["checks"] = json!(5)),
            E::CountMismatch {
                store: S::Checks,
                stated: 5,
                found: 2,
            },
        ),
        (
            "a record lost after counting",
            changed(|v| {
                v["stores"]["wishes"].as_array_mut().expect("list").pop();
            }),
            E::CountMismatch {
                store: S::Wishes,
                stated: 2,
                found: 1,
            },
        ),
        (
            "a count missing for a full store",
            changed(|v| remove(&mut v["counts"], "people")),
            E::CountMismatch {
                store: S::People,
                stated: 0,
                found: 2,
            },
        ),
        (
            "an unknown store",
            changed(|v| v["stores"]["secrets"] = json!([])),
            E::UnknownStore {
                name: id("secrets"),
            },
        ),
        (
            "an unknown store in the counts",
            changed(|v| v["counts"]["secrets"] = json!(0)),
            E::UnknownStore {
                name: id("secrets"),
            },
        ),
        (
            "a record without data",
            changed(|v| remove(&mut v["stores"]["checks"][1], "data")),
            E::BadEnvelope {
                store: S::Checks,
                index: 1,
            },
        ),
        (
            "a record with data as an object",
            changed(|v| v["stores"]["energy"][0]["data"] = json!({"id": "e1"})),
            E::BadEnvelope {
                store: S::Energy,
                index: 0,
            },
        ),
        (
            "a record with updated as text",
            changed(|v| v["stores"]["people"][0]["updated"] = json!("gisteren")),
            E::BadEnvelope {
                store: S::People,
                index: 0,
            },
        ),
        (
            "a record that is a number",
            changed(|v| v["stores"]["wishes"][1] = json!(5)),
            E::BadEnvelope {
                store: S::Wishes,
                index: 1,
            },
        ),
        (
            "an empty id",
            changed(|v| v["stores"]["energy"][0]["id"] = json!("")),
            E::EmptyId {
                store: S::Energy,
                index: 0,
            },
        ),
        (
            "a very long id",
            changed(|v| v["stores"]["share_log"][0]["id"] = json!("x".repeat(101))),
            E::BadId {
                store: S::ShareLog,
                index: 0,
            },
        ),
        (
            "an id with a control character",
            changed(|v| v["stores"]["share_log"][0]["id"] = json!("l\u{0}1")),
            E::BadId {
                store: S::ShareLog,
                index: 0,
            },
        ),
        (
            "two records with one id",
            changed(|v| v["stores"]["checks"][1] = v["stores"]["checks"][0].clone()),
            E::DuplicateId {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "a record from before 1970",
            changed(|v| v["stores"]["snapshots"][0]["updated"] = json!(-1)),
            E::BadTimestamp {
                store: S::Snapshots,
                id: id("s1"),
            },
        ),
        (
            "a record from the far future",
            changed(|v| v["stores"]["snapshots"][0]["updated"] = json!(MAX_TIMESTAMP_MS + 1)),
            E::BadTimestamp {
                store: S::Snapshots,
                id: id("s1"),
            },
        ),
        (
            "a huge record",
            changed(|v| {
                let big: Vec<&str> = vec!["abcdefgh"; MAX_RECORD_BYTES / 10];
                v["stores"]["share_log"][0]["data"] = json!(json!(big).to_string());
            }),
            E::RecordTooLarge {
                store: S::ShareLog,
                id: id("l1"),
            },
        ),
        (
            "record data that is not json",
            changed(|v| v["stores"]["people"][1]["data"] = json!("{\"id\": \"p2\", ")),
            E::DataNotJson {
                store: S::People,
                id: id("p2"),
            },
        ),
        (
            "an oversized text in an opaque record",
            changed(|v| {
                let data = json!({"id": "l1", "note": "a".repeat(MAX_STRING_CHARS + 1)});
                v["stores"]["share_log"][0]["data"] = json!(data.to_string());
            }),
            E::TextTooLong {
                store: S::ShareLog,
                id: id("l1"),
            },
        ),
        (
            "a person's name too long",
            changed_record(S::People, 0, |d| d["name"] = json!("E".repeat(41))),
            E::TextTooLong {
                store: S::People,
                id: id("p1"),
            },
        ),
        (
            "a wish text too long",
            changed_record(S::Wishes, 0, |d| d["text"] = json!("w".repeat(501))),
            E::TextTooLong {
                store: S::Wishes,
                id: id("w1"),
            },
        ),
        (
            "a person stored among the checks",
            changed(|v| {
                v["stores"]["checks"][0]["data"] = v["stores"]["people"][0]["data"].clone();
                v["stores"]["checks"][0]["id"] = json!("p1");
            }),
            E::WrongRecord {
                store: S::Checks,
                id: id("p1"),
            },
        ),
        (
            "a weight of the wrong type",
            changed_record(S::Energy, 0, |d| d["weight"] = json!(3)),
            E::WrongRecord {
                store: S::Energy,
                id: id("e1"),
            },
        ),
        (
            "a check without answers",
            changed_record(S::Checks, 0, |d| remove(d, "answers")),
            E::WrongRecord {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "record id differs from envelope id",
            changed_record(S::Wishes, 1, |d| d["id"] = json!("w7")),
            E::IdMismatch {
                store: S::Wishes,
                id: id("w2"),
            },
        ),
        (
            "a profile with another id",
            changed(|v| {
                let rec = &mut v["stores"]["profile"][0];
                let mut data: Value =
                    serde_json::from_str(rec["data"].as_str().expect("data")).expect("json");
                data["id"] = json!("me");
                rec["data"] = json!(data.to_string());
                rec["id"] = json!("me");
            }),
            E::IdMismatch {
                store: S::Profile,
                id: id("me"),
            },
        ),
        (
            "two profiles",
            {
                let mut second = valid_value()["stores"]["profile"][0].clone();
                second["id"] = json!("profile2");
                with_extra(S::Profile, second)
            },
            E::TwoProfiles,
        ),
        (
            "a check answer option that does not exist",
            changed_record(S::Checks, 1, |d| d["answers"][4]["option"] = json!(4)),
            E::OutOfRange {
                store: S::Checks,
                id: id("c2"),
            },
        ),
        (
            "a check answer option far too big",
            changed_record(S::Checks, 0, |d| d["answers"][0]["option"] = json!(200)),
            E::OutOfRange {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "a question answered twice",
            changed_record(S::Checks, 0, |d| d["answers"][1] = d["answers"][0].clone()),
            E::OutOfRange {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "an overall mark above 10",
            changed_record(S::Checks, 0, |d| d["overall"] = json!(11)),
            E::OutOfRange {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "an unknown question set",
            changed_record(S::Checks, 0, |d| d["question_set"] = json!(2)),
            E::OutOfRange {
                store: S::Checks,
                id: id("c1"),
            },
        ),
        (
            "a suggestion on the wrong list",
            changed_record(S::Energy, 0, |d| d["suggestion"] = json!("paperwork")),
            E::OutOfRange {
                store: S::Energy,
                id: id("e1"),
            },
        ),
        (
            "a phone number that is not one",
            changed_record(S::People, 0, |d| d["phone"] = json!("bel me")),
            E::OutOfRange {
                store: S::People,
                id: id("p1"),
            },
        ),
        (
            "a profile without the cared-for name",
            changed_record(S::Profile, 0, |d| d["cared_name"] = json!("  ")),
            E::OutOfRange {
                store: S::Profile,
                id: id("profile"),
            },
        ),
        (
            "a wish on a day that does not exist",
            changed_record(S::Wishes, 0, |d| {
                d["discussed_on"] = json!({"year": 2026, "month": 2, "day": 30});
            }),
            E::OutOfRange {
                store: S::Wishes,
                id: id("w1"),
            },
        ),
        (
            "a snapshot on a day that does not exist",
            changed_record(S::Snapshots, 0, |d| d["taken_on"]["month"] = json!(13)),
            E::OutOfRange {
                store: S::Snapshots,
                id: id("s1"),
            },
        ),
        (
            "a newer data version in meta",
            changed(|v| v["stores"]["meta"][0]["data"] = json!("5")),
            E::OutOfRange {
                store: S::Meta,
                id: id(DATA_VERSION_KEY),
            },
        ),
        (
            "own tasks that are not tasks",
            changed(|v| v["stores"]["meta"][1]["data"] = json!("[\"Dancing\"]")),
            E::WrongRecord {
                store: S::Meta,
                id: id(OWN_TASKS_KEY),
            },
        ),
        (
            "a check draft with an impossible answer",
            changed_record(S::Meta, 2, |d| {
                d["answers"] = json!([{"question": "health", "option": 4}]);
            }),
            E::OutOfRange {
                store: S::Meta,
                id: id(DRAFT_KEY),
            },
        ),
        (
            "a wish with a person who is not there",
            changed_record(S::Wishes, 1, |d| d["with_person"] = json!("p9")),
            E::DanglingReference {
                store: S::Wishes,
                id: id("w2"),
                missing: id("p9"),
            },
        ),
        (
            "a wish whose person was left out",
            changed(|v| {
                v["stores"]["people"]
                    .as_array_mut()
                    .expect("list")
                    .remove(0);
                v["counts"]["people"] = json!(1);
            }),
            E::DanglingReference {
                store: S::Wishes,
                id: id("w1"),
                missing: id("p1"),
            },
        ),
        (
            "deeply nested json",
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
            E::NotJson,
        ),
        (
            "cut in half",
            text.as_bytes().get(..half).unwrap_or_default().to_vec(),
            E::Truncated,
        ),
        (
            "cut in the middle of a letter",
            {
                let t = changed_record(S::People, 0, |d| d["note"] = json!("één"));
                let s = String::from_utf8(t).expect("utf8");
                let at = s.find("één").expect("found") + 1;
                s.as_bytes().get(..at).unwrap_or_default().to_vec()
            },
            E::Truncated,
        ),
        (
            "encrypted but read as plain",
            changed_encrypted(|_| {}),
            E::Encrypted,
        ),
    ]
}

/// Bad encrypted envelopes, read with [`read_backup`].
fn bad_encrypted_files() -> Vec<(&'static str, Vec<u8>, BackupError)> {
    use BackupError as E;
    use CipherProblem as C;
    vec![
        (
            "no iv",
            changed_encrypted(|v| remove(&mut v["cipher"], "iv")),
            E::BadCipher(C::MissingField("iv")),
        ),
        (
            "no ciphertext",
            changed_encrypted(|v| remove(&mut v["cipher"], "ciphertext")),
            E::BadCipher(C::MissingField("ciphertext")),
        ),
        (
            "salt not base64",
            changed_encrypted(|v| v["cipher"]["salt"] = json!("not base64!")),
            E::BadCipher(C::BadBase64("salt")),
        ),
        (
            "ciphertext cut off",
            changed_encrypted(|v| {
                let c = v["cipher"]["ciphertext"]
                    .as_str()
                    .expect("text")
                    .to_string();
                v["cipher"]["ciphertext"] = json!(c.get(..c.len() - 3).expect("shorter"));
            }),
            E::BadCipher(C::BadBase64("ciphertext")),
        ),
        (
            "too few iterations",
            changed_encrypted(|v| v["cipher"]["iterations"] = json!(100_000)),
            E::BadCipher(C::TooFewIterations),
        ),
        (
            "iterations as text",
            changed_encrypted(|v| v["cipher"]["iterations"] = json!("600000")),
            E::BadCipher(C::MissingField("iterations")),
        ),
        (
            "absurd iterations",
            changed_encrypted(|v| v["cipher"]["iterations"] = json!(u64::MAX)),
            E::BadCipher(C::TooManyIterations),
        ),
        (
            "another key derivation",
            changed_encrypted(|v| v["cipher"]["kdf"] = json!("MD5")),
            E::BadCipher(C::UnknownKdf),
        ),
        (
            "a short iv",
            changed_encrypted(|v| v["cipher"]["iv"] = json!(base64_encode(&[1; 8]))),
            E::BadCipher(C::BadIv),
        ),
        (
            "a short salt",
            changed_encrypted(|v| v["cipher"]["salt"] = json!(base64_encode(&[1; 4]))),
            E::BadCipher(C::BadSalt),
        ),
        (
            "only a tag",
            changed_encrypted(|v| v["cipher"]["ciphertext"] = json!(base64_encode(&[1; 16]))),
            E::BadCipher(C::TooShort),
        ),
        (
            "flag without cipher",
            changed_encrypted(|v| remove(v, "cipher")),
            E::BadCipher(C::Missing),
        ),
        (
            "cipher that is a text",
            changed_encrypted(|v| v["cipher"] = json!("secret")),
            E::BadCipher(C::Missing),
        ),
        (
            "cipher and plain records together",
            changed_encrypted(|v| v["stores"] = json!({})),
            E::BadValue { field: "stores" },
        ),
        (
            "flag as text",
            changed_encrypted(|v| v["encrypted"] = json!("yes")),
            E::WrongType { field: "encrypted" },
        ),
        (
            "encrypted with a newer format",
            changed_encrypted(|v| v["format_version"] = json!(3)),
            E::NewerFormat { version: 3 },
        ),
        (
            "encrypted from a newer schema",
            changed_encrypted(|v| v["schema_version"] = json!(2)),
            E::NewerSchema { version: 2 },
        ),
    ]
}

#[test]
fn every_bad_file_is_refused_with_its_own_error() {
    let cases = bad_files();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    for (name, bytes, expected) in cases {
        assert_eq!(parse_backup(&bytes), Err(expected.clone()), "{name}");
        if expected != BackupError::Encrypted {
            assert_eq!(read_backup(&bytes), Err(expected), "{name} (read)");
        }
    }
}

#[test]
fn every_bad_encrypted_file_is_refused_with_its_own_error() {
    let cases = bad_encrypted_files();
    assert!(cases.len() >= 15);
    for (name, bytes, expected) in cases {
        assert_eq!(read_backup(&bytes), Err(expected), "{name}");
    }
}

#[test]
fn every_truncation_is_refused() {
    let text = valid_text();
    let bytes = text.as_bytes();
    // Every cut of the first and last kilobyte, and every 97th byte in between.
    let cuts = (1..bytes.len()).filter(|&n| n < 1024 || n > bytes.len() - 1024 || n % 97 == 0);
    for n in cuts {
        let cut = bytes.get(..n).unwrap_or_default();
        assert_eq!(parse_backup(cut), Err(BackupError::Truncated), "cut at {n}");
    }
}

#[test]
fn an_encrypted_backup_reads_and_opens() {
    let bytes = changed_encrypted(|_| {});
    let Ok(BackupFile::Encrypted(outer)) = read_backup(&bytes) else {
        panic!("not read as encrypted");
    };
    assert_eq!(outer.cipher.iterations, 600_000);
    assert_eq!(outer.cipher.salt, vec![7; 16]);
    assert_eq!(outer.cipher.iv, vec![9; 12]);
    assert_eq!(outer.cipher.ciphertext, vec![1; 64]);
    assert_eq!(outer.header.exported_at, NOW);
    // The decrypted text is the plain backup with the same envelope.
    let inner = open_encrypted(&outer, valid_text().as_bytes()).expect("opens");
    assert_eq!(inner, parse_backup(valid_text().as_bytes()).expect("valid"));
}

#[test]
fn a_cipher_object_alone_marks_a_backup_as_encrypted() {
    let bytes = changed_encrypted(|v| remove(v, "encrypted"));
    assert!(matches!(read_backup(&bytes), Ok(BackupFile::Encrypted(_))));
}

#[test]
fn the_decrypted_contents_are_checked_too() {
    let Ok(BackupFile::Encrypted(outer)) = read_backup(&changed_encrypted(|_| {})) else {
        panic!("not read as encrypted");
    };
    let other_day = export(
        &records(),
        &BackupMeta {
            exported_at: NOW - 1,
            ..meta()
        },
    );
    assert_eq!(
        open_encrypted(&outer, other_day.as_bytes()),
        Err(BackupError::InnerMismatch)
    );
    assert_eq!(
        open_encrypted(&outer, b"\x8f\x01garbage"),
        Err(BackupError::NotText)
    );
    let nested = changed_encrypted(|_| {});
    assert_eq!(open_encrypted(&outer, &nested), Err(BackupError::Encrypted));
    let damaged = changed(|v| v["counts"]["checks"] = json!(1));
    assert!(matches!(
        open_encrypted(&outer, &damaged),
        Err(BackupError::CountMismatch { .. })
    ));
}

/// A fixed simple random generator, so the fuzz tests repeat exactly.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next()).unwrap_or(0) % n.max(1)
    }

    fn byte(&mut self) -> u8 {
        (self.next() & 0xff) as u8
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Lcg(9);
    let alphabet = br#"{}[]":,0123456789.-eE truefalsnl\u"#;
    for i in 0..12_000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if i % 2 == 0 {
                    rng.byte()
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        assert!(parse_backup(&bytes).is_err());
        let _ = read_backup(&bytes);
    }
}

#[test]
fn random_changes_to_a_valid_backup_never_panic() {
    let mut rng = Lcg(2026);
    let valid = valid_text().into_bytes();
    let mut accepted = 0;
    for _ in 0..3_000 {
        let mut bytes = valid.clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = rng.byte();
                    }
                }
                1 => {
                    let end = (at + rng.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                2 => bytes.insert(at, b"{}[]\",:0-9aZ\\"[rng.below(13)]),
                _ => {
                    let end = (at + rng.below(60)).min(bytes.len());
                    let copy: Vec<u8> = bytes.get(at..end).unwrap_or_default().to_vec();
                    let to = rng.below(bytes.len());
                    bytes.splice(to..to, copy);
                }
            }
        }
        if parse_backup(&bytes).is_ok() {
            accepted += 1;
        }
    }
    // Some changes are harmless (a digit in a timestamp); most are refused.
    assert!(accepted < 300, "{accepted} accepted");
}

/// Replaces one random value deep in the JSON (envelope or a record's data) by
/// a value of a random type.
fn mutate_value(v: &mut Value, rng: &mut Lcg, depth: usize) {
    let replacement = |rng: &mut Lcg| match rng.below(7) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(1e300),
        4 => json!("x"),
        5 => json!([]),
        _ => json!({}),
    };
    match v {
        Value::Object(map) if !map.is_empty() && depth < 8 => {
            let n = rng.below(map.len());
            if let Some((_, child)) = map.iter_mut().nth(n) {
                if rng.below(4) == 0 {
                    *child = replacement(rng);
                } else {
                    mutate_value(child, rng, depth + 1);
                }
            }
        }
        Value::Array(items) if !items.is_empty() && depth < 8 => {
            let n = rng.below(items.len());
            if let Some(child) = items.get_mut(n) {
                mutate_value(child, rng, depth + 1);
            }
        }
        Value::String(s) if s.starts_with('{') || s.starts_with('[') => {
            if let Ok(mut inner) = serde_json::from_str::<Value>(s) {
                mutate_value(&mut inner, rng, depth + 1);
                *s = inner.to_string();
            }
        }
        _ => *v = replacement(rng),
    }
}

#[test]
fn random_changes_to_the_structure_never_panic() {
    let mut rng = Lcg(77);
    let valid = valid_value();
    let mut refused = 0;
    for _ in 0..2_000 {
        let mut v = valid.clone();
        mutate_value(&mut v, &mut rng, 0);
        if parse_backup(v.to_string().as_bytes()).is_err() {
            refused += 1;
        }
    }
    assert!(refused > 1_800, "only {refused} refused");
}

fn existing() -> ByStore<Vec<String>> {
    ByStore::from([
        (StoreName::Profile, vec![PROFILE_ID.to_string()]),
        (StoreName::Checks, vec!["c1".into(), "c0".into()]),
        (StoreName::People, vec!["p2".into()]),
        (
            StoreName::Meta,
            vec![
                DATA_VERSION_KEY.to_string(),
                "old_draft".into(),
                OWN_TASKS_KEY.into(),
            ],
        ),
    ])
}

fn ids(plan: &RestorePlan, store: StoreName) -> Vec<&str> {
    plan.put
        .iter()
        .filter(|(s, _)| *s == store)
        .map(|(_, r)| r.id.as_str())
        .collect()
}

#[test]
fn replace_all_clears_everything_but_device_meta() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    let plan = merge_plan(&existing(), &parsed, RestoreMode::ReplaceAll);
    let expected_clear: Vec<StoreName> = StoreName::ALL
        .into_iter()
        .filter(|s| *s != StoreName::Meta)
        .collect();
    assert_eq!(plan.clear, expected_clear);
    assert_eq!(
        plan.delete,
        vec![
            (StoreName::Meta, "old_draft".to_string()),
            (StoreName::Meta, OWN_TASKS_KEY.to_string()),
        ]
    );
    assert_eq!(ids(&plan, StoreName::Checks), vec!["c1", "c2"]);
    assert_eq!(ids(&plan, StoreName::People), vec!["p1", "p2"]);
    assert_eq!(
        ids(&plan, StoreName::Meta),
        vec![OWN_TASKS_KEY, DRAFT_KEY, "later_feature"]
    );
    assert_eq!(plan.written(StoreName::Wishes), 2);
    // Records are written exactly as in the backup.
    let (_, first) = plan.put.first().expect("a record");
    assert_eq!(first, &parsed.records(StoreName::Profile)[0]);
}

#[test]
fn replace_all_clears_even_when_nothing_is_known_to_exist() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    let plan = merge_plan(&ByStore::new(), &parsed, RestoreMode::ReplaceAll);
    assert_eq!(plan.clear.len(), StoreName::ALL.len() - 1);
    assert!(plan.delete.is_empty());
}

#[test]
fn add_missing_only_adds_what_is_not_there() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    let plan = merge_plan(&existing(), &parsed, RestoreMode::AddMissing);
    assert!(plan.clear.is_empty());
    assert!(plan.delete.is_empty());
    assert_eq!(ids(&plan, StoreName::Profile), Vec::<&str>::new());
    assert_eq!(ids(&plan, StoreName::Checks), vec!["c2"]);
    assert_eq!(ids(&plan, StoreName::People), vec!["p1"]);
    assert_eq!(ids(&plan, StoreName::Wishes), vec!["w1", "w2"]);
    assert_eq!(
        ids(&plan, StoreName::Meta),
        vec![DRAFT_KEY, "later_feature"]
    );
    assert_eq!(plan.written(StoreName::ShareLog), 1);
}

#[test]
fn adding_a_backup_to_itself_changes_nothing() {
    let parsed = parse_backup(valid_text().as_bytes()).expect("valid");
    let all: ByStore<Vec<String>> = parsed
        .stores
        .iter()
        .map(|(s, r)| (*s, r.iter().map(|r| r.id.clone()).collect()))
        .collect();
    let plan = merge_plan(&all, &parsed, RestoreMode::AddMissing);
    assert!(plan.is_empty());
    assert!(!merge_plan(&all, &parsed, RestoreMode::ReplaceAll).is_empty());
}

#[test]
fn store_names_read_back() {
    for store in StoreName::ALL {
        assert_eq!(store_from_name(store.as_str()), Some(store));
    }
    assert_eq!(store_from_name("Checks"), None);
}

#[test]
fn stores_by_name_lists_every_store_sorted_by_name() {
    let names: Vec<&str> = super::STORES_BY_NAME.iter().map(|s| s.as_str()).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    for store in StoreName::ALL {
        assert!(super::STORES_BY_NAME.contains(&store));
    }
}

#[test]
fn a_plain_file_lists_counts_and_stores_by_name() {
    let text = export(&RecordsByStore::new(), &meta());
    for field in ["\"counts\"", "\"stores\""] {
        let start = text.find(field).expect("field");
        let part = &text[start..];
        let end = part.find('}').expect("object end");
        let mut at = Vec::new();
        for store in super::STORES_BY_NAME {
            at.push(
                part[..end]
                    .find(&format!("\"{}\"", store.as_str()))
                    .expect("store"),
            );
        }
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{field}: {at:?}");
    }
}
