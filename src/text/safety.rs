//! Texts of the data-safety screens: the backup and restore screen, the lock
//! screens, the unlock screen and the backup reminder.

use crate::model::lock::SecretProblem;
use crate::model::Lang;

text_table! {
    /// The data-safety screens' texts in one language.
    SafetyTexts {
        /// Settings: the data-safety section heading.
        page_title,
        /// What the section is for.
        page_intro,
        /// Link to the backup screen.
        link_backup,
        /// Link to the lock screen.
        link_lock,
        /// The lock is on with a PIN.
        lock_on_pin,
        /// The lock is on with a passphrase.
        lock_on_passphrase,
        /// There is no lock.
        lock_off,
        /// iPhone, not on the home screen.
        ios_advice,
        /// What is stored now; `{checks}`, `{people}`, `{wishes}`, `{energy}`.
        counts,
        /// Reminder card: heading.
        reminder_title,
        /// Reminder card: why.
        reminder_text,
        /// Reminder card: the way to the backup screen.
        reminder_go,
        /// Reminder card: put it away for a week.
        reminder_later,
        /// The backup screen's heading.
        backup_page_title,
        /// Checkbox: protect the backup with a passphrase.
        protect_label,
        /// Field: the backup's passphrase.
        passphrase_label,
        /// Hint under the passphrase field.
        passphrase_hint,
        /// Field: the passphrase again.
        passphrase_repeat_label,
        /// Button: save the backup file.
        save_button,
        /// Button: share the backup file.
        share_button,
        /// While the backup is made.
        making,
        /// The backup was handed over; `{name}` is the file name.
        made,
        /// The share menu was closed.
        cancelled,
        /// Restore: heading.
        restore_title,
        /// Restore: how it works.
        restore_intro,
        /// Field: the backup file.
        file_label,
        /// While the file is read.
        reading,
        /// Field: the passphrase of a protected backup.
        open_label,
        /// Button: open the protected backup.
        open_button,
        /// While a protected backup is opened.
        opening,
        /// Button: restore with the chosen way.
        restore_button,
        /// Before replacing everything.
        replace_confirm,
        /// Button: yes, replace everything.
        replace_yes,
        /// While restoring.
        restoring,
        /// Restoring failed while writing.
        restore_failed,
        /// Button: choose another file.
        another_file,
        /// The lock screen's heading.
        lock_page_title,
        /// What the lock does.
        lock_intro,
        /// When the app locks again.
        relock_note,
        /// Lock screen: heading above what a lock protects against.
        protect_title,
        /// Choice: PIN or passphrase.
        kind_legend,
        /// Choice: a PIN.
        kind_pin,
        /// Choice: a passphrase.
        kind_passphrase,
        /// Field: the new PIN.
        new_pin,
        /// Hint under the new PIN.
        new_pin_hint,
        /// Field: the new PIN again.
        repeat_pin,
        /// Field: the new passphrase.
        new_passphrase,
        /// Hint under the new passphrase.
        new_passphrase_hint,
        /// Field: the new passphrase again.
        repeat_passphrase,
        /// Button: turn the lock on.
        turn_on,
        /// While the data is encrypted.
        turning_on,
        /// The lock is on.
        turned_on,
        /// Field: the current PIN.
        current_pin,
        /// Field: the current passphrase.
        current_passphrase,
        /// Heading: change the PIN or passphrase.
        change_title,
        /// Button: change.
        change_button,
        /// The PIN or passphrase was changed.
        changed,
        /// Heading: turn the lock off.
        off_title,
        /// What turning off does.
        off_explain,
        /// Button: turn the lock off.
        off_button,
        /// The lock is off.
        turned_off,
        /// Button: lock now.
        lock_now,
        /// While a PIN is checked.
        working,
        /// The PIN is wrong.
        wrong_pin,
        /// The passphrase is wrong.
        wrong_passphrase,
        /// The browser cannot encrypt.
        unsupported,
        /// Problem: nothing typed.
        secret_empty,
        /// Problem: a PIN with other characters.
        pin_not_digits,
        /// Problem: a short PIN.
        pin_too_short,
        /// Problem: a long PIN.
        pin_too_long,
        /// Problem: an easy PIN.
        pin_too_easy,
        /// Problem: a short passphrase.
        passphrase_too_short,
        /// Problem: a long passphrase.
        passphrase_too_long,
        /// Problem: the repeat differs.
        mismatch,
        /// Unlock screen: heading.
        unlock_title,
        /// Unlock screen: the PIN field.
        unlock_pin,
        /// Unlock screen: the passphrase field.
        unlock_passphrase,
        /// Unlock screen: the button.
        unlock_button,
        /// Unlock screen: heading above what to do when forgotten.
        unlock_forgotten_title,
        /// Link back to Settings.
        back_to_settings,
        /// Unlock screen: delete everything and start again.
        unlock_start_over,
    }
}

/// The Dutch texts.
pub static NL: SafetyTexts = SafetyTexts {
    page_title: "Uw gegevens veilig",
    page_intro: "Alles staat alleen op deze telefoon. Hier maakt u een back-up en zet u een slot op de app.",
    link_backup: "Back-up maken of terugzetten",
    link_lock: "Slot op de app",
    lock_on_pin: "De app heeft een slot met een pincode.",
    lock_on_passphrase: "De app heeft een slot met een wachtwoord.",
    lock_off: "De app heeft geen slot.",
    ios_advice: "Op een iPhone kan Safari de gegevens wissen als u de app een paar weken niet opent. Zet de app daarom op uw beginscherm. Tik op Deel en kies Zet op beginscherm.",
    counts: "In de app staan nu: {checks}, {people}, {wishes}, {energy}.",
    reminder_title: "Maak een back-up",
    reminder_text: "Uw telefoon bewaart de gegevens van deze app misschien niet voor altijd. Maak daarom af en toe een back-up.",
    reminder_go: "Nu een back-up maken",
    reminder_later: "Later",
    backup_page_title: "Back-up",
    protect_label: "Beveilig de back-up met een wachtwoord",
    passphrase_label: "Wachtwoord voor de back-up",
    passphrase_hint: "Minstens 10 tekens. Schrijf het op en bewaar het op een andere plek dan de back-up.",
    passphrase_repeat_label: "Herhaal het wachtwoord",
    save_button: "Back-up opslaan",
    share_button: "Back-up delen",
    making: "Even geduld. De back-up wordt gemaakt.",
    made: "De back-up is gemaakt: {name}. Bewaar dit bestand op een veilige plek, bijvoorbeeld in uw e-mail.",
    cancelled: "Er is geen back-up gemaakt. U kunt het opnieuw proberen.",
    restore_title: "Back-up terugzetten",
    restore_intro: "Kies het bestand van uw back-up. De app controleert het eerst helemaal. Daarna kiest u wat er gebeurt.",
    file_label: "Bestand van de back-up",
    reading: "De app leest het bestand.",
    open_label: "Wachtwoord van de back-up",
    open_button: "Back-up openen",
    opening: "Even geduld. De back-up wordt geopend.",
    restore_button: "Terugzetten",
    replace_confirm: "Weet u het zeker? Alles wat nu in de app staat, wordt gewist.",
    replace_yes: "Ja, alles vervangen",
    restoring: "Even geduld. De back-up wordt teruggezet.",
    restore_failed: "Het terugzetten is niet gelukt. Uw gegevens zijn niet veranderd.",
    another_file: "Ander bestand kiezen",
    lock_page_title: "Slot op de app",
    lock_intro: "Met een slot vraagt de app om een pincode of wachtwoord. Uw gegevens staan dan versleuteld op de telefoon.",
    relock_note: "De app gaat vanzelf weer op slot als u hem 3 minuten niet gebruikt.",
    protect_title: "Waartegen beschermt een slot?",
    kind_legend: "Hoe wilt u de app openen?",
    kind_pin: "Met een pincode",
    kind_passphrase: "Met een wachtwoord",
    new_pin: "Nieuwe pincode",
    new_pin_hint: "Minstens 4 cijfers. Niet 1234 of 1111.",
    repeat_pin: "Herhaal de pincode",
    new_passphrase: "Nieuw wachtwoord",
    new_passphrase_hint: "Minstens 10 tekens. Een paar gewone woorden achter elkaar is goed.",
    repeat_passphrase: "Herhaal het wachtwoord",
    turn_on: "Slot aanzetten",
    turning_on: "Even geduld. De app versleutelt uw gegevens.",
    turned_on: "Het slot staat aan.",
    current_pin: "Huidige pincode",
    current_passphrase: "Huidig wachtwoord",
    change_title: "Pincode of wachtwoord wijzigen",
    change_button: "Wijzigen",
    changed: "Gewijzigd. Gebruik voortaan de nieuwe.",
    off_title: "Slot uitzetten",
    off_explain: "Dan staan uw gegevens weer gewoon op de telefoon, zonder versleuteling.",
    off_button: "Slot uitzetten",
    turned_off: "Het slot staat uit.",
    lock_now: "Nu op slot doen",
    working: "Even geduld…",
    wrong_pin: "Deze pincode klopt niet. Probeer het opnieuw.",
    wrong_passphrase: "Dit wachtwoord klopt niet. Let op hoofdletters en spaties.",
    unsupported: "Deze browser kan niet versleutelen. Daarom werkt dit hier niet.",
    secret_empty: "Vul dit in.",
    pin_not_digits: "Een pincode heeft alleen cijfers.",
    pin_too_short: "Kies minstens 4 cijfers.",
    pin_too_long: "Kies hoogstens 12 cijfers.",
    pin_too_easy: "Deze pincode is te makkelijk te raden. Kies een andere.",
    passphrase_too_short: "Kies minstens 10 tekens.",
    passphrase_too_long: "Kies hoogstens 200 tekens.",
    mismatch: "De twee keer zijn niet hetzelfde. Typ ze opnieuw.",
    unlock_title: "Samenspel is op slot",
    unlock_pin: "Uw pincode",
    unlock_passphrase: "Uw wachtwoord",
    unlock_button: "Openen",
    unlock_forgotten_title: "Vergeten?",
    back_to_settings: "Terug naar Instellingen",
    unlock_start_over: "Alles wissen en opnieuw beginnen",
};

/// The English texts.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: SafetyTexts = SafetyTexts {
    page_title: "Keeping your data safe",
    page_intro: "Everything is kept only on this phone. Here you make a backup and put a lock on the app.",
    link_backup: "Make or restore a backup",
    link_lock: "Lock the app",
    lock_on_pin: "The app is locked with a PIN.",
    lock_on_passphrase: "The app is locked with a passphrase.",
    lock_off: "The app has no lock.",
    ios_advice: "On an iPhone, Safari may delete the data if you do not open the app for a few weeks. So add the app to your home screen: tap Share and choose Add to Home Screen.",
    counts: "The app now holds: {checks}, {people}, {wishes}, {energy}.",
    reminder_title: "Make a backup",
    reminder_text: "Your phone may not keep this app's data forever. So make a backup now and then.",
    reminder_go: "Make a backup now",
    reminder_later: "Later",
    backup_page_title: "Backup",
    protect_label: "Protect the backup with a passphrase",
    passphrase_label: "Passphrase for the backup",
    passphrase_hint: "At least 10 characters. Write it down and keep it somewhere other than the backup.",
    passphrase_repeat_label: "Repeat the passphrase",
    save_button: "Save backup",
    share_button: "Share backup",
    making: "One moment. The backup is being made.",
    made: "The backup has been made: {name}. Keep this file in a safe place, for example in your e-mail.",
    cancelled: "No backup was made. You can try again.",
    restore_title: "Restore a backup",
    restore_intro: "Choose the file of your backup. The app checks all of it first. Then you choose what happens.",
    file_label: "Backup file",
    reading: "The app is reading the file.",
    open_label: "Passphrase of the backup",
    open_button: "Open backup",
    opening: "One moment. The backup is being opened.",
    restore_button: "Restore",
    replace_confirm: "Are you sure? Everything now in the app will be deleted.",
    replace_yes: "Yes, replace everything",
    restoring: "One moment. The backup is being restored.",
    restore_failed: "Restoring did not work. Your data has not changed.",
    another_file: "Choose another file",
    lock_page_title: "Lock the app",
    lock_intro: "With a lock, the app asks for a PIN or passphrase. Your data is then kept encrypted on the phone.",
    relock_note: "The app locks again by itself when you have not used it for 3 minutes.",
    protect_title: "What does a lock protect against?",
    kind_legend: "How do you want to open the app?",
    kind_pin: "With a PIN",
    kind_passphrase: "With a passphrase",
    new_pin: "New PIN",
    new_pin_hint: "At least 4 digits. Not 1234 or 1111.",
    repeat_pin: "Repeat the PIN",
    new_passphrase: "New passphrase",
    new_passphrase_hint: "At least 10 characters. A few ordinary words in a row are fine.",
    repeat_passphrase: "Repeat the passphrase",
    turn_on: "Turn the lock on",
    turning_on: "One moment. The app is encrypting your data.",
    turned_on: "The lock is on.",
    current_pin: "Current PIN",
    current_passphrase: "Current passphrase",
    change_title: "Change the PIN or passphrase",
    change_button: "Change",
    changed: "Changed. From now on, use the new one.",
    off_title: "Turn the lock off",
    off_explain: "Your data is then kept on the phone as before, without encryption.",
    off_button: "Turn the lock off",
    turned_off: "The lock is off.",
    lock_now: "Lock now",
    working: "One moment…",
    wrong_pin: "This PIN is not right. Please try again.",
    wrong_passphrase: "This passphrase is not right. Check capital letters and spaces.",
    unsupported: "This browser cannot encrypt. That is why this does not work here.",
    secret_empty: "Please fill this in.",
    pin_not_digits: "A PIN has digits only.",
    pin_too_short: "Choose at least 4 digits.",
    pin_too_long: "Choose at most 12 digits.",
    pin_too_easy: "This PIN is too easy to guess. Please choose another.",
    passphrase_too_short: "Choose at least 10 characters.",
    passphrase_too_long: "Choose at most 200 characters.",
    mismatch: "The two entries are not the same. Please type them again.",
    unlock_title: "Samenspel is locked",
    unlock_pin: "Your PIN",
    unlock_passphrase: "Your passphrase",
    unlock_button: "Open",
    unlock_forgotten_title: "Forgotten?",
    back_to_settings: "Back to Settings",
    unlock_start_over: "Delete everything and start again",
};

/// The safety texts in a language.
#[inline(never)]
pub fn safety_texts(lang: Lang) -> &'static SafetyTexts {
    super::pick(lang, &NL, |e| e.safety)
}

/// What is wrong with a new PIN or passphrase, in one sentence.
pub fn secret_problem_text(t: &SafetyTexts, p: SecretProblem, pin: bool) -> &'static str {
    match (p, pin) {
        (SecretProblem::Empty, _) => t.secret_empty,
        (SecretProblem::NotDigits, _) => t.pin_not_digits,
        (SecretProblem::TooShort, true) => t.pin_too_short,
        (SecretProblem::TooShort, false) => t.passphrase_too_short,
        (SecretProblem::TooLong, true) => t.pin_too_long,
        (SecretProblem::TooLong, false) => t.passphrase_too_long,
        (SecretProblem::TooEasy, _) => t.pin_too_easy,
        (SecretProblem::Mismatch, _) => t.mismatch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_passes_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    #[test]
    fn every_secret_problem_has_a_sentence() {
        use SecretProblem as P;
        for t in [&NL, &EN] {
            for p in [
                P::Empty,
                P::NotDigits,
                P::TooShort,
                P::TooLong,
                P::TooEasy,
                P::Mismatch,
            ] {
                assert!(!secret_problem_text(t, p, true).is_empty());
                assert!(!secret_problem_text(t, p, false).is_empty());
            }
        }
    }
}
