//! Texts of backups, restoring and the app lock: why a file was refused, what
//! a backup holds, the two ways to restore, and what a PIN does and does not protect.

use crate::model::backup::{BackupError, BackupSummary, CipherProblem, RestoreMode};
use crate::model::Lang;

use super::{fill, format_date};

text_table! {
    /// The backup feature's texts in one language.
    BackupTexts {
        /// Refused: the file is empty.
        err_empty,
        /// Refused: the file is too large.
        err_too_large,
        /// Refused: the file is not text.
        err_not_text,
        /// Refused: the file is not JSON.
        err_not_json,
        /// Refused: the file was cut off.
        err_truncated,
        /// Refused: not a backup of this app.
        err_not_backup,
        /// Refused: a newer backup format.
        err_newer_format,
        /// Refused: made by a newer app version (schema or data).
        err_newer_version,
        /// Refused: part of the envelope is missing.
        err_missing_part,
        /// Refused: part of the envelope has a wrong value or type.
        err_wrong_value,
        /// Refused: data of a kind this version does not know.
        err_unknown_store,
        /// Refused: the counts do not match the records.
        err_count_mismatch,
        /// Refused: a record is damaged.
        err_bad_record,
        /// Refused: records appear twice.
        err_duplicate,
        /// Refused: a text or record is too long.
        err_too_long,
        /// Refused: a record's id does not match.
        err_id_mismatch,
        /// Refused: a value that cannot be right.
        err_out_of_range,
        /// Refused: a wish refers to a person who is missing.
        err_dangling,
        /// Refused: two profiles.
        err_two_profiles,
        /// The backup needs its passphrase first.
        err_encrypted,
        /// The passphrase is wrong.
        err_wrong_passphrase,
        /// The encrypted part is damaged.
        err_bad_cipher,
        /// The encryption is too weak to trust.
        err_weak_cipher,
        /// The decrypted contents do not belong to the file.
        err_inner_mismatch,
        /// Shown under every refusal: nothing was changed.
        err_nothing_changed,

        /// Restore: heading above the summary.
        summary_title,
        /// Restore: the summary; `{checks}`, `{people}`, `{wishes}`, `{energy}`, `{date}`.
        summary_text,
        /// One balance check.
        n_checks_one,
        /// `{count}` balance checks.
        n_checks_many,
        /// One person.
        n_people_one,
        /// `{count}` people.
        n_people_many,
        /// One wish or agreement.
        n_wishes_one,
        /// `{count}` wishes and agreements.
        n_wishes_many,
        /// One energy item.
        n_energy_one,
        /// `{count}` energy items.
        n_energy_many,

        /// Restore: the question.
        restore_question,
        /// Restore choice: replace everything.
        restore_replace,
        /// What replacing everything does.
        restore_replace_explain,
        /// Restore choice: add what is missing.
        restore_add,
        /// What adding does.
        restore_add_explain,
        /// Restore: done.
        restore_done,

        /// Making a backup: heading.
        backup_title,
        /// Making a backup: why.
        backup_explain,
        /// Making a backup: the passphrase is optional, and cannot be recovered.
        backup_passphrase_explain,
        /// When the last backup was made, `{date}`.
        backup_last,
        /// No backup made yet.
        backup_never,

        /// Lock: what a short PIN protects against.
        lock_pin_explain,
        /// Lock: what a passphrase protects against.
        lock_passphrase_explain,
        /// Lock: a forgotten PIN or passphrase.
        lock_forgotten_explain,
    }
}

/// The Dutch texts.
pub static NL: BackupTexts = BackupTexts {
    err_empty: "Dit bestand is leeg. Kies het bestand van uw back-up.",
    err_too_large: "Dit bestand is te groot voor een back-up van Samenspel.",
    err_not_text: "De app kan dit bestand niet lezen. Het is geen back-up van Samenspel.",
    err_not_json: "Dit bestand is beschadigd, of het is geen back-up van Samenspel.",
    err_truncated: "Dit bestand is niet compleet. Misschien ging er iets mis bij het opslaan of versturen. Probeer een andere kopie van uw back-up.",
    err_not_backup: "Dit bestand is geen back-up van Samenspel.",
    err_newer_format: "Deze back-up komt uit een nieuwere versie van Samenspel. Werk de app eerst bij.",
    err_newer_version: "Deze back-up is gemaakt met een nieuwere versie van Samenspel. Werk de app eerst bij en probeer het dan opnieuw.",
    err_missing_part: "Er ontbreekt een deel van deze back-up. Het bestand is beschadigd.",
    err_wrong_value: "In deze back-up staat iets wat niet klopt. Het bestand is beschadigd.",
    err_unknown_store: "In deze back-up staan gegevens die deze versie van Samenspel niet kent. Werk de app bij en probeer het opnieuw.",
    err_count_mismatch: "Deze back-up is niet compleet. Er ontbreken gegevens, of er zijn gegevens bij gekomen.",
    err_bad_record: "Een deel van deze back-up is beschadigd.",
    err_duplicate: "In deze back-up staan gegevens dubbel. Het bestand is beschadigd.",
    err_too_long: "In deze back-up staat een tekst die te lang is. Het bestand is beschadigd.",
    err_id_mismatch: "In deze back-up zijn gegevens door elkaar geraakt. Het bestand is beschadigd.",
    err_out_of_range: "In deze back-up staan gegevens die niet kunnen kloppen. Het bestand is beschadigd.",
    err_dangling: "In deze back-up staat een wens of afspraak met iemand die ontbreekt. Het bestand is niet compleet.",
    err_two_profiles: "In deze back-up staan twee profielen. Dat kan niet, dus het bestand is beschadigd.",
    err_encrypted: "Deze back-up is beveiligd met een wachtwoord. Vul eerst het wachtwoord in.",
    err_wrong_passphrase: "Dit wachtwoord klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.",
    err_bad_cipher: "Het beveiligde deel van deze back-up is beschadigd. De app kan het niet openen.",
    err_weak_cipher: "Deze back-up is niet goed genoeg beveiligd. Daarom zet de app hem niet terug.",
    err_inner_mismatch: "Deze back-up is beschadigd of veranderd. Daarom zet de app hem niet terug.",
    err_nothing_changed: "Er is niets veranderd aan uw gegevens in de app.",

    summary_title: "Wat staat er in deze back-up?",
    summary_text: "In deze back-up staan: {checks}, {people}, {wishes}, {energy}. Gemaakt op {date}.",
    n_checks_one: "1 balanscheck",
    n_checks_many: "{count} balanschecks",
    n_people_one: "1 persoon",
    n_people_many: "{count} mensen",
    n_wishes_one: "1 wens of afspraak",
    n_wishes_many: "{count} wensen en afspraken",
    n_energy_one: "1 ding dat energie geeft of kost",
    n_energy_many: "{count} dingen die energie geven of kosten",

    restore_question: "Wat wilt u doen met deze back-up?",
    restore_replace: "Alles vervangen",
    restore_replace_explain: "Alles wat nu in de app staat, wordt gewist. De gegevens uit de back-up komen ervoor in de plaats.",
    restore_add: "Aanvullen wat ontbreekt",
    restore_add_explain: "Wat nu in de app staat, blijft staan. Uit de back-up komt alleen erbij wat nog ontbreekt.",
    restore_done: "De back-up is teruggezet.",

    backup_title: "Back-up maken",
    backup_explain: "Alles staat alleen op deze telefoon. Met een back-up maakt u een kopie in één bestand. Bewaar dat bestand op een veilige plek.",
    backup_passphrase_explain: "U kunt de back-up beveiligen met een wachtwoord. Zonder dat wachtwoord kan niemand het bestand openen, ook u niet.",
    backup_last: "Uw laatste back-up is van {date}.",
    backup_never: "U heeft nog geen back-up gemaakt.",

    lock_pin_explain: "Een korte pincode houdt huisgenoten en familie buiten de app.",
    lock_passphrase_explain: "Een lang wachtwoord beschermt ook als iemand de bestanden van uw telefoon kopieert.",
    lock_forgotten_explain: "Vergeet u de pincode of het wachtwoord? Dan krijgt u uw gegevens alleen terug met een back-up.",
};

/// The English texts.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: BackupTexts = BackupTexts {
    err_empty: "This file is empty. Choose the file of your backup.",
    err_too_large: "This file is too large to be a Samenspel backup.",
    err_not_text: "The app cannot read this file. It is not a Samenspel backup.",
    err_not_json: "This file is damaged, or it is not a Samenspel backup.",
    err_truncated: "This file is not complete. Something may have gone wrong while saving or sending it. Try another copy of your backup.",
    err_not_backup: "This file is not a Samenspel backup.",
    err_newer_format: "This backup comes from a newer version of Samenspel. Please update the app first.",
    err_newer_version: "This backup was made with a newer version of Samenspel. Please update the app first, then try again.",
    err_missing_part: "Part of this backup is missing. The file is damaged.",
    err_wrong_value: "Something in this backup is not right. The file is damaged.",
    err_unknown_store: "This backup holds data this version of Samenspel does not know. Please update the app and try again.",
    err_count_mismatch: "This backup is not complete. Some data is missing, or some was added.",
    err_bad_record: "Part of this backup is damaged.",
    err_duplicate: "Some data appears twice in this backup. The file is damaged.",
    err_too_long: "This backup holds a text that is too long. The file is damaged.",
    err_id_mismatch: "Data in this backup has been mixed up. The file is damaged.",
    err_out_of_range: "This backup holds data that cannot be right. The file is damaged.",
    err_dangling: "This backup holds a wish or agreement with someone who is missing. The file is not complete.",
    err_two_profiles: "This backup holds two profiles. That is not possible, so the file is damaged.",
    err_encrypted: "This backup is protected with a passphrase. Please enter the passphrase first.",
    err_wrong_passphrase: "This passphrase is not right. Check capital letters and spaces, and try again.",
    err_bad_cipher: "The protected part of this backup is damaged. The app cannot open it.",
    err_weak_cipher: "This backup is not protected well enough. That is why the app will not restore it.",
    err_inner_mismatch: "This backup is damaged or has been changed. That is why the app will not restore it.",
    err_nothing_changed: "Nothing has changed in your data in the app.",

    summary_title: "What is in this backup?",
    summary_text: "This backup holds: {checks}, {people}, {wishes}, {energy}. Made on {date}.",
    n_checks_one: "1 balance check",
    n_checks_many: "{count} balance checks",
    n_people_one: "1 person",
    n_people_many: "{count} people",
    n_wishes_one: "1 wish or agreement",
    n_wishes_many: "{count} wishes and agreements",
    n_energy_one: "1 thing that gives or costs energy",
    n_energy_many: "{count} things that give or cost energy",

    restore_question: "What would you like to do with this backup?",
    restore_replace: "Replace everything",
    restore_replace_explain: "Everything now in the app is deleted. The data from the backup takes its place.",
    restore_add: "Add what is missing",
    restore_add_explain: "What is now in the app stays. Only what is still missing is added from the backup.",
    restore_done: "The backup has been restored.",

    backup_title: "Make a backup",
    backup_explain: "Everything is only on this phone. A backup makes a copy in one file. Keep that file in a safe place.",
    backup_passphrase_explain: "You can protect the backup with a passphrase. Without that passphrase nobody can open the file, not even you.",
    backup_last: "Your last backup is from {date}.",
    backup_never: "You have not made a backup yet.",

    lock_pin_explain: "A short PIN keeps the people you live with and your family out of the app.",
    lock_passphrase_explain: "A long passphrase also protects your data if someone copies the files on your phone.",
    lock_forgotten_explain: "If you forget the PIN or passphrase, your data can only come back from a backup.",
};

/// The backup texts for a language.
#[inline(never)]
pub fn backup_texts(lang: Lang) -> &'static BackupTexts {
    super::pick(lang, &NL, |e| e.backup)
}

/// The one sentence that says why a file was refused. Show
/// [`BackupTexts::err_nothing_changed`] with it.
pub fn error_text(t: &BackupTexts, e: &BackupError) -> &'static str {
    use BackupError as E;
    match e {
        E::Empty => t.err_empty,
        E::TooLarge { .. } => t.err_too_large,
        E::NotText => t.err_not_text,
        E::NotJson => t.err_not_json,
        E::Truncated => t.err_truncated,
        E::NotABackup => t.err_not_backup,
        E::NewerFormat { .. } => t.err_newer_format,
        E::NewerSchema { .. } | E::NewerData { .. } => t.err_newer_version,
        E::MissingField { .. } => t.err_missing_part,
        E::WrongType { .. } | E::BadValue { .. } => t.err_wrong_value,
        E::UnknownStore { .. } => t.err_unknown_store,
        E::CountMismatch { .. } => t.err_count_mismatch,
        E::BadEnvelope { .. }
        | E::EmptyId { .. }
        | E::BadId { .. }
        | E::BadTimestamp { .. }
        | E::DataNotJson { .. }
        | E::WrongRecord { .. } => t.err_bad_record,
        E::DuplicateId { .. } => t.err_duplicate,
        E::RecordTooLarge { .. } | E::TextTooLong { .. } => t.err_too_long,
        E::IdMismatch { .. } => t.err_id_mismatch,
        E::OutOfRange { .. } => t.err_out_of_range,
        E::DanglingReference { .. } => t.err_dangling,
        E::TwoProfiles => t.err_two_profiles,
        E::Encrypted => t.err_encrypted,
        E::WrongPassphrase => t.err_wrong_passphrase,
        E::BadCipher(CipherProblem::TooFewIterations) => t.err_weak_cipher,
        E::BadCipher(_) => t.err_bad_cipher,
        E::InnerMismatch => t.err_inner_mismatch,
    }
}

/// A count with the right word: "1 persoon", "3 mensen".
fn counted(one: &str, many: &str, n: usize) -> String {
    if n == 1 {
        one.to_string()
    } else {
        fill(many, &[("count", &n.to_string())])
    }
}

/// Counts of checks, people, wishes and energy items in words, filled into
/// `template` with `{checks}`, `{people}`, `{wishes}`, `{energy}` (and `extra`).
pub fn counts_text(
    lang: Lang,
    template: &str,
    [checks, people, wishes, energy]: [usize; 4],
    extra: &[(&str, &str)],
) -> String {
    let t = backup_texts(lang);
    let parts = [
        ("checks", counted(t.n_checks_one, t.n_checks_many, checks)),
        ("people", counted(t.n_people_one, t.n_people_many, people)),
        ("wishes", counted(t.n_wishes_one, t.n_wishes_many, wishes)),
        ("energy", counted(t.n_energy_one, t.n_energy_many, energy)),
    ];
    let mut pairs: Vec<(&str, &str)> = parts.iter().map(|(k, v)| (*k, v.as_str())).collect();
    pairs.extend_from_slice(extra);
    fill(template, &pairs)
}

/// The summary shown before a restore: "In deze back-up staan: 2 balanschecks,
/// 1 persoon, … Gemaakt op 9 maart 2026."
pub fn summary_text(lang: Lang, s: &BackupSummary) -> String {
    let date = format_date(lang, s.exported_on);
    counts_text(
        lang,
        backup_texts(lang).summary_text,
        [s.checks, s.people, s.wishes, s.energy_items],
        &[("date", &date)],
    )
}

/// The label of a restore choice.
pub fn restore_label(t: &BackupTexts, mode: RestoreMode) -> &'static str {
    match mode {
        RestoreMode::ReplaceAll => t.restore_replace,
        RestoreMode::AddMissing => t.restore_add,
    }
}

/// What a restore choice does.
pub fn restore_explain(t: &BackupTexts, mode: RestoreMode) -> &'static str {
    match mode {
        RestoreMode::ReplaceAll => t.restore_replace_explain,
        RestoreMode::AddMissing => t.restore_add_explain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::backup::CipherProblem as C;
    use crate::model::record::StoreName;
    use crate::model::time::Date;

    #[test]
    fn the_table_passes_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    fn every_error() -> Vec<BackupError> {
        use BackupError as E;
        let (store, id) = (StoreName::Checks, "c1".to_string());
        let mut all = vec![
            E::Empty,
            E::TooLarge { bytes: 1 },
            E::NotText,
            E::NotJson,
            E::Truncated,
            E::NotABackup,
            E::NewerFormat { version: 2 },
            E::NewerSchema { version: 2 },
            E::NewerData { version: 2 },
            E::MissingField { field: "stores" },
            E::WrongType { field: "stores" },
            E::BadValue { field: "stores" },
            E::UnknownStore { name: "x".into() },
            E::CountMismatch {
                store,
                stated: 1,
                found: 2,
            },
            E::BadEnvelope { store, index: 0 },
            E::EmptyId { store, index: 0 },
            E::BadId { store, index: 0 },
            E::DuplicateId {
                store,
                id: id.clone(),
            },
            E::BadTimestamp {
                store,
                id: id.clone(),
            },
            E::RecordTooLarge {
                store,
                id: id.clone(),
            },
            E::DataNotJson {
                store,
                id: id.clone(),
            },
            E::TextTooLong {
                store,
                id: id.clone(),
            },
            E::WrongRecord {
                store,
                id: id.clone(),
            },
            E::IdMismatch {
                store,
                id: id.clone(),
            },
            E::OutOfRange {
                store,
                id: id.clone(),
            },
            E::DanglingReference {
                store,
                id,
                missing: "p".into(),
            },
            E::TwoProfiles,
            E::Encrypted,
            E::WrongPassphrase,
            E::InnerMismatch,
        ];
        for p in [
            C::Missing,
            C::MissingField("iv"),
            C::UnknownKdf,
            C::TooFewIterations,
            C::TooManyIterations,
            C::BadBase64("salt"),
            C::BadSalt,
            C::BadIv,
            C::TooShort,
        ] {
            all.push(E::BadCipher(p));
        }
        all
    }

    #[test]
    fn every_error_has_a_sentence_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let t = backup_texts(lang);
            for e in every_error() {
                let s = error_text(t, &e);
                assert!(s.ends_with('.'), "{e:?}: {s}");
            }
        }
        let nl = backup_texts(Lang::Nl);
        assert_eq!(
            error_text(nl, &BackupError::NotABackup),
            "Dit bestand is geen back-up van Samenspel."
        );
        assert_eq!(
            error_text(nl, &BackupError::NewerFormat { version: 2 }),
            "Deze back-up komt uit een nieuwere versie van Samenspel. Werk de app eerst bij."
        );
    }

    #[test]
    fn the_summary_reads_naturally() {
        let mut s = BackupSummary {
            checks: 2,
            people: 1,
            wishes: 4,
            energy_items: 0,
            snapshots: 0,
            has_profile: true,
            exported_at: 0,
            exported_on: Date {
                year: 2026,
                month: 3,
                day: 9,
            },
        };
        assert_eq!(
            summary_text(Lang::Nl, &s),
            "In deze back-up staan: 2 balanschecks, 1 persoon, 4 wensen en afspraken, 0 dingen die energie geven of kosten. Gemaakt op 9 maart 2026."
        );
        s.checks = 1;
        s.people = 3;
        s.energy_items = 1;
        assert_eq!(
            summary_text(Lang::En, &s),
            "This backup holds: 1 balance check, 3 people, 4 wishes and agreements, 1 thing that gives or costs energy. Made on 9 March 2026."
        );
    }

    #[test]
    fn both_restore_choices_have_texts() {
        for lang in [Lang::Nl, Lang::En] {
            let t = backup_texts(lang);
            for mode in [RestoreMode::ReplaceAll, RestoreMode::AddMissing] {
                assert!(!restore_label(t, mode).is_empty());
                assert!(restore_explain(t, mode).len() > restore_label(t, mode).len());
            }
        }
    }
}
