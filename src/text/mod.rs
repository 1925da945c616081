//! Every sentence the app shows, in Dutch and English.
//!
//! Each language is one value of the same struct, so a missing key is a compile
//! error; the tests below check that no text is empty, that both languages use
//! the same `{placeholders}`, and that the Dutch avoids jargon.

use crate::model::{Lang, Relation};

/// Declares a table of texts: a struct with one `&'static str` per key and a way
/// to list them all for the checks. Each feature has its own table (in its own
/// module below), with one value per language.
macro_rules! text_table {
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $doc:literal])* $field:ident,)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[doc = $doc])* pub $field: &'static str,)*
        }

        impl $name {
            /// Every key with its text, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
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

        /// Not found: heading.
        not_found_title,
        /// Not found: link home.
        not_found_home,
    }
}

mod en;
mod nl;

pub mod backup;
pub mod check;
pub mod network;
pub mod safety;
pub mod share;
pub mod wishes;

/// The texts for a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &nl::NL,
        Lang::En => &en::EN,
    }
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
