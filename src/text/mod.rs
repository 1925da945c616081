//! Every sentence the app shows, in Dutch and English.
//!
//! Each language is one value of the same struct, so a missing key is a compile
//! error; the tests below check that no text is empty, that both languages use
//! the same `{placeholders}`, and that the Dutch avoids jargon.
//!
//! Dutch is built into the app. The English values are compiled only natively
//! (and in tests); the app fetches them from `static/texts-en.json` when the
//! person chooses English (see [`English`]). A test keeps that file equal to
//! the English values here.

use crate::model::{Lang, Relation};

/// Declares a table of texts: a struct with one `&'static str` per key and a way
/// to list them all for the checks. Each feature has its own table (in its own
/// module below), with one value per language.
macro_rules! text_table {
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $doc:literal])* $field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            $($(#[doc = $doc])* pub $field: &'static str,)*
        }

        impl $name {
            /// Every key with its text, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }

        impl $crate::text::TextTable for $name {
            const NAME: &'static str = stringify!($name);

            #[inline(never)]
            fn write_texts(&mut self, texts: &[&'static str]) -> bool {
                /// The place of each key in declaration order.
                #[allow(non_camel_case_types, clippy::enum_variant_names)]
                enum Place { $($field),* }
                const LEN: usize = [$(Place::$field),*].len();
                let Ok(texts): Result<&[&'static str; LEN], _> = texts.try_into() else {
                    return false;
                };
                $(self.$field = texts[Place::$field as usize];)*
                true
            }
        }
    };
}

/// What every table of texts can do besides being read.
pub trait TextTable: Copy + 'static {
    /// The table's name in the English texts file.
    const NAME: &'static str;

    /// Writes `texts`, in declaration order, over this table's texts; `false`
    /// (and nothing written) unless there is exactly one text per key. Never
    /// inlined, so the compiler copies the texts one after the other, a load
    /// and a store per key: about 12 bytes of wasm per key, less than a
    /// constructor from a list.
    fn write_texts(&mut self, texts: &[&'static str]) -> bool;
}

text_table! {
    /// The app's texts in one language.
    Texts {
        /// The app's name.
        app_name,
        /// Shown while the app starts.
        loading,
        /// The link that skips to the main content.
        skip_to_content,
        /// The accessible name of the main navigation.
        nav_label,
        /// Navigation: the start screen.
        nav_home,
        /// Navigation: settings.
        nav_settings,
        /// Navigation: the balance check.
        nav_check,
        /// Navigation: the network map.
        nav_network,
        /// Navigation: wishes and agreements.
        nav_wishes,
        /// Undo bar: what was removed, `{what}`.
        undo_removed,
        /// Undo bar: the undo button.
        undo,
        /// A button that closes a message.
        close,

        /// Onboarding: heading.
        welcome_title,
        /// Onboarding: what the app is for.
        welcome_intro,
        /// Onboarding: where the data stays.
        welcome_privacy,
        /// Tour step 1: heading.
        tour1_title,
        /// Tour step 1: text.
        tour1_text,
        /// Tour step 2: heading.
        tour2_title,
        /// Tour step 2: text.
        tour2_text,
        /// Tour step 3: heading.
        tour3_title,
        /// Tour step 3: text.
        tour3_text,
        /// Tour: which step, `{step}` of `{total}`.
        tour_progress,
        /// Tour: next step.
        tour_next,
        /// Tour: skip to the questions.
        tour_skip,
        /// Tour: the last step's button.
        tour_start,
        /// Label of the caregiver's first name.
        field_caregiver_name,
        /// Hint under the caregiver's first name.
        field_caregiver_name_hint,
        /// Label of the cared-for person's first name.
        field_cared_name,
        /// Hint under the cared-for person's first name.
        field_cared_name_hint,
        /// Question for the relation, without a name.
        field_relation,
        /// Question for the relation, with `{name}`.
        field_relation_named,
        /// Onboarding: the save button.
        welcome_submit,
        /// A field that must be filled in.
        problem_missing,
        /// A choice that must be made.
        problem_choose,
        /// A text that is too long; `{max}` characters.
        problem_too_long,
        /// Above a form with problems.
        form_has_problems,

        /// Relation choice: partner.
        rel_partner,
        /// Relation choice: parent.
        rel_parent,
        /// Relation choice: child.
        rel_child,
        /// Relation choice: other family.
        rel_other_family,
        /// Relation choice: friend.
        rel_friend,
        /// Relation choice: neighbour.
        rel_neighbour,
        /// Relation choice: someone else.
        rel_other,
        /// In a sentence: partner.
        relw_partner,
        /// In a sentence: parent.
        relw_parent,
        /// In a sentence: child.
        relw_child,
        /// In a sentence: other family.
        relw_other_family,
        /// In a sentence: friend.
        relw_friend,
        /// In a sentence: neighbour.
        relw_neighbour,

        /// Greeting in the morning.
        greet_morning,
        /// Greeting in the afternoon.
        greet_afternoon,
        /// Greeting in the evening.
        greet_evening,
        /// Greeting at night.
        greet_night,
        /// Greeting with the caregiver's name: `{greeting}`, `{name}`.
        greet_named,
        /// Start screen: who they care for, `{name}` and `{relation}`.
        home_caring_for_rel,
        /// Start screen: who they care for, `{name}` only.
        home_caring_for,
        /// Start screen: what the app is for, `{name}`.
        home_intro,
        /// Start screen: heading of the privacy card.
        home_privacy_title,
        /// Start screen: the privacy card.
        home_privacy_text,
        /// Start screen: heading of the summary card.
        home_share_title,
        /// Start screen: what the summary is for.
        home_share_text,
        /// Start screen: the button to make a summary.
        home_share_button,
        /// Start screen: link to change the details.
        home_edit_profile,

        /// Settings: heading.
        settings_title,
        /// Settings: the profile section.
        settings_profile,
        /// Settings: save the profile.
        settings_profile_save,
        /// Settings: the profile was saved.
        settings_profile_saved,
        /// Settings: the section with language, text size and colours.
        settings_display,
        /// Settings: language.
        settings_language,
        /// Settings: text size.
        settings_text_size,
        /// Text size: normal.
        size_normal,
        /// Text size: large.
        size_large,
        /// Text size: extra large.
        size_xlarge,
        /// Settings: colours.
        settings_theme,
        /// Theme: follow the phone.
        theme_system,
        /// Theme: light.
        theme_light,
        /// Theme: dark.
        theme_dark,
        /// Settings: storage section.
        settings_storage,
        /// The browser keeps the data.
        storage_persisted,
        /// The browser may clear the data.
        storage_not_persisted,
        /// Whether the data is kept is unknown.
        storage_unknown,
        /// How much space is used, `{used}`.
        storage_usage,
        /// Button: ask the browser to keep the data.
        storage_ask_persist,
        /// Settings: heading of the delete section.
        delete_title,
        /// Settings: what deleting does.
        delete_text,
        /// Button: start deleting everything.
        delete_button,
        /// The confirmation question.
        delete_confirm,
        /// Button: yes, delete everything.
        delete_yes,
        /// Button: do not delete.
        cancel,
        /// Settings: about the app.
        settings_about,
        /// The privacy statement.
        about_privacy,
        /// What the app is not.
        about_not_medical,
        /// The version line, `{version}`.
        about_version,

        /// A new version is ready.
        update_ready,
        /// Button: use the new version.
        update_now,
        /// Button: reload the app.
        reload,

        /// Error: no storage in this browser.
        err_storage_unsupported,
        /// Error: the phone is full.
        err_storage_quota,
        /// Error: another tab updated the database.
        err_storage_version_changed,
        /// Error: the connection to storage was lost.
        err_storage_lost,
        /// Error: data from a newer app version.
        err_storage_newer_data,
        /// Error: a record could not be read.
        err_storage_corrupt,
        /// Error: a write failed.
        err_storage_write,
        /// Error: a read failed.
        err_storage_read,
        /// Error: another tab blocks the upgrade.
        err_storage_blocked,
        /// Error: preferences cannot be kept.
        err_prefs,
        /// The app is locked; unlock it to go on.
        err_locked,
        /// Error: the English texts could not be fetched; the app stays in Dutch.
        err_english,

        /// Not found: heading.
        not_found_title,
        /// Not found: link home.
        not_found_home,
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
mod en;
mod nl;

pub mod backup;
pub mod check;
pub mod network;
pub mod safety;
pub mod share;
pub mod wishes;

/// The English texts file, next to index.html. The service worker keeps it
/// for offline use; it is fetched only when English is chosen.
pub const ENGLISH_FILE: &str = "texts-en.json";

/// Every English table. Natively (and in tests) they are compiled in; in the
/// app they come from [`ENGLISH_FILE`], an object with one list of texts per
/// table name, each in declaration order.
pub struct English {
    /// The main texts.
    pub main: &'static Texts,
    /// Backups, restoring and the lock.
    pub backup: &'static backup::BackupTexts,
    /// The balance check and the energy lists.
    pub check: &'static check::CheckTexts,
    /// The network map.
    pub network: &'static network::NetworkTexts,
    /// The data-safety screens.
    pub safety: &'static safety::SafetyTexts,
    /// The summary for the visit.
    pub share: &'static share::ShareTexts,
    /// Wishes and agreements.
    pub wishes: &'static wishes::WishTexts,
}

impl English {
    /// Builds every table from its list of texts, looked up by table name
    /// (`list`). `None` when a list is missing or does not have exactly one
    /// text per key: then nothing is used.
    pub fn from_lists(mut list: impl FnMut(&str) -> Option<Vec<String>>) -> Option<English> {
        /// One table: the fetched texts written over a copy of the Dutch
        /// one, kept for the rest of the session.
        fn table<T: TextTable>(
            list: &mut dyn FnMut(&str) -> Option<Vec<String>>,
            dutch: &T,
        ) -> Option<&'static T> {
            let texts: Vec<&'static str> = list(T::NAME)?
                .into_iter()
                .map(|s| &*String::leak(s))
                .collect();
            let mut table = Box::new(*dutch);
            table.write_texts(&texts).then(|| &*Box::leak(table))
        }
        Some(English {
            main: table(&mut list, &nl::NL)?,
            backup: table(&mut list, &backup::NL)?,
            check: table(&mut list, &check::NL)?,
            network: table(&mut list, &network::NL)?,
            safety: table(&mut list, &safety::NL)?,
            share: table(&mut list, &share::NL)?,
            wishes: table(&mut list, &wishes::NL)?,
        })
    }
}

/// The English tables compiled in (natively and in tests).
#[cfg(any(test, not(target_arch = "wasm32")))]
static BUILT_IN: English = English {
    main: &en::EN,
    backup: &backup::EN,
    check: &check::EN,
    network: &network::EN,
    safety: &safety::EN,
    share: &share::EN,
    wishes: &wishes::EN,
};

/// The English tables fetched by the app.
#[cfg(all(target_arch = "wasm32", not(test)))]
static FETCHED: std::sync::OnceLock<English> = std::sync::OnceLock::new();

/// The English tables, once they are there.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn english() -> Option<&'static English> {
    Some(&BUILT_IN)
}

/// The English tables, once they are there.
#[cfg(all(target_arch = "wasm32", not(test)))]
pub fn english() -> Option<&'static English> {
    FETCHED.get()
}

/// Keeps the fetched English tables for every `*_texts(Lang::En)` from now on
/// (the first ones stay if this is called twice).
#[cfg(all(target_arch = "wasm32", not(test)))]
pub fn install_english(english: English) {
    let _ = FETCHED.set(english);
}

/// Natively the English tables are compiled in: nothing to keep.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn install_english(_english: English) {}

/// A language's table from the English tables, or the Dutch one while the
/// English texts are not there (the app then shows Dutch, see
/// `AppState::lang`).
fn pick<T: 'static>(
    lang: Lang,
    nl: &'static T,
    en: fn(&'static English) -> &'static T,
) -> &'static T {
    match lang {
        Lang::Nl => nl,
        Lang::En => english().map_or(nl, en),
    }
}

/// The texts for a language. (The `*_texts` functions are never inlined: a
/// look at the fetched English at every place that shows a text costs more
/// than the call.)
#[inline(never)]
pub fn texts(lang: Lang) -> &'static Texts {
    pick(lang, &nl::NL, |e| e.main)
}

/// The choice label for a relation ("Mijn partner").
pub fn relation_label(t: &Texts, r: Relation) -> &'static str {
    match r {
        Relation::Partner => t.rel_partner,
        Relation::Parent => t.rel_parent,
        Relation::Child => t.rel_child,
        Relation::OtherFamily => t.rel_other_family,
        Relation::Friend => t.rel_friend,
        Relation::Neighbour => t.rel_neighbour,
        Relation::Other => t.rel_other,
    }
}

/// The relation inside a sentence ("uw partner"); `None` for "someone else".
pub fn relation_words(t: &Texts, r: Relation) -> Option<&'static str> {
    match r {
        Relation::Partner => Some(t.relw_partner),
        Relation::Parent => Some(t.relw_parent),
        Relation::Child => Some(t.relw_child),
        Relation::OtherFamily => Some(t.relw_other_family),
        Relation::Friend => Some(t.relw_friend),
        Relation::Neighbour => Some(t.relw_neighbour),
        Relation::Other => None,
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of a month (1 to 12) in a language.
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let months = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    month
        .checked_sub(1)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| months.get(i).copied())
        .unwrap_or("")
}

/// A date as people write it: "9 maart 2026" or "9 March 2026".
pub fn format_date(lang: Lang, date: crate::model::time::Date) -> String {
    format!(
        "{} {} {}",
        date.day,
        month_name(lang, date.month),
        date.year
    )
}

/// Formats a byte count for people: "350 kB", "1,2 MB" (Dutch) or "1.2 MB".
pub fn format_bytes(lang: Lang, bytes: u64) -> String {
    const KB: u64 = 1000;
    const MB: u64 = 1000 * 1000;
    let (whole, tenth, unit) = if bytes < MB {
        (bytes.div_ceil(KB).max(1), None, "kB")
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        (tenths / 10, Some(tenths % 10), "MB")
    };
    let sep = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    match tenth {
        Some(d) if d > 0 => format!("{whole}{sep}{d} {unit}"),
        _ => format!("{whole} {unit}"),
    }
}

/// Fills `{key}` placeholders in a text.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// Checks shared by every text table: nothing empty, the same placeholders in
/// both languages, no banned jargon and no long sentences in Dutch. Feature
/// tables call this from their own tests with their Dutch and English entries.
#[cfg(test)]
pub(crate) fn check_table(nl: &[(&str, &str)], en: &[(&str, &str)]) {
    fn placeholders(s: &str) -> Vec<String> {
        let mut out: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(k, _)| k.to_string()))
            .collect();
        out.sort();
        out
    }
    assert_eq!(nl.len(), en.len());
    let banned: Vec<String> = include_str!("banned_nl.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    assert!(banned.len() >= 10, "the banned word list is too short");
    for ((key, a), (key_en, b)) in nl.iter().zip(en.iter()) {
        assert_eq!(key, key_en);
        assert!(!a.trim().is_empty(), "{key} is empty in Dutch");
        assert!(!b.trim().is_empty(), "{key} is empty in English");
        assert_eq!(
            placeholders(a),
            placeholders(b),
            "placeholders differ in {key}"
        );
        let lower = a.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        for banned_word in &banned {
            let found = if banned_word.contains(' ') {
                lower.contains(banned_word.as_str())
            } else {
                words.iter().any(|w| w.starts_with(banned_word.as_str()))
            };
            assert!(!found, "{key} uses the word {banned_word:?}");
        }
        for sentence in a.split(['.', '?', '!']) {
            let n = sentence.split_whitespace().count();
            assert!(n <= 25, "{key} has a sentence of {n} words");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_table_passes_the_checks() {
        check_table(&texts(Lang::Nl).entries(), &texts(Lang::En).entries());
    }

    /// Every English table by name, with its keys and texts.
    fn english_entries(e: &English) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
        vec![
            (Texts::NAME, e.main.entries()),
            (backup::BackupTexts::NAME, e.backup.entries()),
            (check::CheckTexts::NAME, e.check.entries()),
            (network::NetworkTexts::NAME, e.network.entries()),
            (safety::SafetyTexts::NAME, e.safety.entries()),
            (share::ShareTexts::NAME, e.share.entries()),
            (wishes::WishTexts::NAME, e.wishes.entries()),
        ]
    }

    /// The English texts file as it must be: one list per table, one text per
    /// line, in declaration order.
    fn english_file() -> String {
        let tables: Vec<String> = english_entries(&BUILT_IN)
            .into_iter()
            .map(|(name, entries)| {
                let texts: Vec<String> = entries
                    .iter()
                    .map(|(_, text)| format!("    {}", serde_json::json!(text)))
                    .collect();
                format!(
                    "  {}: [\n{}\n  ]",
                    serde_json::json!(name),
                    texts.join(",\n")
                )
            })
            .collect();
        format!("{{\n{}\n}}\n", tables.join(",\n"))
    }

    /// The English texts file as the app gets it.
    const ENGLISH_FILE_TEXT: &str = include_str!("../../static/texts-en.json");

    #[test]
    fn the_english_file_matches_the_english_tables() {
        let want = english_file();
        if std::env::var_os("SAMENSPEL_WRITE_TEXTS").is_some() && ENGLISH_FILE_TEXT != want {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/texts-en.json");
            std::fs::write(path, &want).expect("write static/texts-en.json");
            panic!("static/texts-en.json was written again; run the tests once more");
        }
        assert!(
            ENGLISH_FILE_TEXT == want,
            "static/texts-en.json differs from the English tables in src/text; \
             write it again with `SAMENSPEL_WRITE_TEXTS=1 cargo test english_file`"
        );
    }

    #[test]
    fn the_english_file_builds_every_table() {
        let mut lists: std::collections::HashMap<String, Vec<String>> =
            serde_json::from_str(ENGLISH_FILE_TEXT).expect("texts-en.json is JSON");
        assert_eq!(lists.len(), english_entries(&BUILT_IN).len());
        let fetched = English::from_lists(|name| lists.remove(name)).expect("every table");
        assert_eq!(english_entries(&fetched), english_entries(&BUILT_IN));
    }

    #[test]
    fn a_list_of_the_wrong_length_gives_no_english() {
        let lists = |short: &str| {
            let short = short.to_string();
            English::from_lists(move |name| {
                let entries = english_entries(&BUILT_IN);
                let (_, table) = entries.iter().find(|(n, _)| *n == name)?;
                let mut texts: Vec<String> = table.iter().map(|(_, t)| t.to_string()).collect();
                if name == short {
                    texts.pop();
                }
                Some(texts)
            })
        };
        assert!(lists("none").is_some());
        assert!(lists(Texts::NAME).is_none());
        assert!(lists(wishes::WishTexts::NAME).is_none());
        assert!(English::from_lists(|_| None).is_none());
        let mut table = nl::NL;
        assert!(!table.write_texts(&[]));
    }

    #[test]
    #[should_panic(expected = "uses the word")]
    fn the_checks_catch_jargon() {
        check_table(&[("k", "De patiënt rust.")], &[("k", "The person rests.")]);
    }

    #[test]
    #[should_panic(expected = "placeholders differ")]
    fn the_checks_catch_a_lost_placeholder() {
        check_table(&[("k", "Hallo {name}.")], &[("k", "Hello.")]);
    }

    #[test]
    fn bytes_read_naturally() {
        assert_eq!(format_bytes(Lang::Nl, 0), "1 kB");
        assert_eq!(format_bytes(Lang::Nl, 350_000), "350 kB");
        assert_eq!(format_bytes(Lang::Nl, 1_240_000), "1,2 MB");
        assert_eq!(format_bytes(Lang::En, 1_240_000), "1.2 MB");
        assert_eq!(format_bytes(Lang::En, 3_000_000), "3 MB");
    }

    #[test]
    fn dates_read_naturally() {
        let d = crate::model::time::Date {
            year: 2026,
            month: 3,
            day: 9,
        };
        assert_eq!(format_date(Lang::Nl, d), "9 maart 2026");
        assert_eq!(format_date(Lang::En, d), "9 March 2026");
        for lang in [Lang::Nl, Lang::En] {
            for m in 1..=12 {
                assert!(!month_name(lang, m).is_empty());
            }
            assert_eq!(month_name(lang, 0), "");
            assert_eq!(month_name(lang, 13), "");
        }
    }

    #[test]
    fn every_relation_has_words() {
        for lang in [Lang::Nl, Lang::En] {
            let t = texts(lang);
            for r in Relation::ALL {
                assert!(!relation_label(t, r).is_empty());
                assert_eq!(relation_words(t, r).is_none(), r == Relation::Other);
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} en {b} en {a}", &[("a", "x"), ("b", "y")]),
            "x en y en x"
        );
    }
}
