//! The app lock: the stored lock record, what a good PIN or passphrase is, which
//! records stay readable while locked, and when to lock again.
//!
//! How the lock works (the crypto itself runs in WebCrypto, in `storage`):
//! a random 256-bit data key encrypts every record with AES-GCM and a fresh IV
//! per write. That data key is itself encrypted ("wrapped") with a key derived
//! from the PIN or passphrase (PBKDF2-SHA-256, [`LOCK_ITERATIONS`], a random
//! salt). Unlocking is trying to unwrap: a wrong PIN fails AES-GCM's check, so
//! there is no stored hash of the PIN to guess against offline faster than
//! PBKDF2 allows. Changing the PIN re-wraps the same data key.

use serde::{Deserialize, Serialize};

use super::backup::{base64_decode, base64_encode, IV_BYTES, MIN_ITERATIONS, TAG_BYTES};
use super::record::StoreName;
use super::schema::DATA_VERSION_KEY;

/// The meta key of the lock record. It stays readable, so the app can ask for the PIN.
pub const LOCK_KEY: &str = "lock";

/// PBKDF2-SHA-256 iterations for a new lock.
pub const LOCK_ITERATIONS: u32 = MIN_ITERATIONS;

/// Bytes of the random salt of a new lock.
pub const SALT_BYTES: usize = 16;

/// Bytes of the data key (AES-256).
pub const DATA_KEY_BYTES: usize = 32;

/// The shortest PIN, in digits.
pub const MIN_PIN_DIGITS: usize = 4;

/// The longest PIN, in digits.
pub const MAX_PIN_DIGITS: usize = 12;

/// The shortest passphrase, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// The longest passphrase, in characters.
pub const MAX_PASSPHRASE_CHARS: usize = 200;

/// After this long in the background the app locks again (ms).
pub const RELOCK_AFTER_MS: i64 = 3 * 60 * 1000;

/// The version of the lock record this build writes.
pub const LOCK_VERSION: u32 = 1;

/// What kind of secret unlocks the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    /// A PIN of digits: stops a family member, not someone who copies the phone's files.
    #[default]
    Pin,
    /// A longer passphrase: also stops someone who copies the files.
    Passphrase,
}

crate::named!(SecretKind {
    Pin = "pin",
    Passphrase = "passphrase",
});

/// The stored lock: how to derive the wrapping key, and the wrapped data key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    /// The record's format version.
    pub version: u32,
    /// PIN or passphrase, so the unlock screen asks for the right thing.
    pub kind: SecretKind,
    /// PBKDF2-SHA-256 iterations.
    pub iterations: u32,
    /// The PBKDF2 salt, base64.
    pub salt: String,
    /// The IV of the wrapped key, base64.
    pub iv: String,
    /// The data key encrypted with the derived key (AES-GCM, with its tag), base64.
    pub wrapped: String,
}

/// A lock record's parts, decoded and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockParts {
    /// PBKDF2-SHA-256 iterations.
    pub iterations: u32,
    /// The PBKDF2 salt.
    pub salt: Vec<u8>,
    /// The IV of the wrapped key.
    pub iv: Vec<u8>,
    /// The wrapped data key with its tag.
    pub wrapped: Vec<u8>,
}

impl LockRecord {
    /// Builds the record from its parts.
    pub fn new(kind: SecretKind, parts: &LockParts) -> LockRecord {
        LockRecord {
            version: LOCK_VERSION,
            kind,
            iterations: parts.iterations,
            salt: base64_encode(&parts.salt),
            iv: base64_encode(&parts.iv),
            wrapped: base64_encode(&parts.wrapped),
        }
    }

    /// The decoded parts, or `None` when the record is damaged or too weak.
    pub fn parts(&self) -> Option<LockParts> {
        let parts = LockParts {
            iterations: self.iterations,
            salt: base64_decode(&self.salt)?,
            iv: base64_decode(&self.iv)?,
            wrapped: base64_decode(&self.wrapped)?,
        };
        let sound = self.version >= 1
            && parts.iterations >= MIN_ITERATIONS
            && parts.salt.len() >= SALT_BYTES
            && parts.iv.len() == IV_BYTES
            && parts.wrapped.len() == DATA_KEY_BYTES + TAG_BYTES;
        sound.then_some(parts)
    }
}

/// What is wrong with a new PIN or passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretProblem {
    /// Nothing was typed.
    Empty,
    /// A PIN with something other than digits.
    NotDigits,
    /// Too short.
    TooShort,
    /// Too long.
    TooLong,
    /// A PIN of one repeated digit or a plain run like 1234: too easy to guess.
    TooEasy,
    /// The repeat does not match.
    Mismatch,
}

/// Checks a new secret and its repeat.
pub fn check_secret(kind: SecretKind, secret: &str, repeat: &str) -> Result<(), SecretProblem> {
    if secret.is_empty() {
        return Err(SecretProblem::Empty);
    }
    let chars = secret.chars().count();
    match kind {
        SecretKind::Pin => {
            if !secret.chars().all(|c| c.is_ascii_digit()) {
                return Err(SecretProblem::NotDigits);
            }
            if chars < MIN_PIN_DIGITS {
                return Err(SecretProblem::TooShort);
            }
            if chars > MAX_PIN_DIGITS {
                return Err(SecretProblem::TooLong);
            }
            if too_easy(secret.as_bytes()) {
                return Err(SecretProblem::TooEasy);
            }
        }
        SecretKind::Passphrase => {
            if secret.trim().chars().count() < MIN_PASSPHRASE_CHARS {
                return Err(SecretProblem::TooShort);
            }
            if chars > MAX_PASSPHRASE_CHARS {
                return Err(SecretProblem::TooLong);
            }
        }
    }
    if secret != repeat {
        return Err(SecretProblem::Mismatch);
    }
    Ok(())
}

/// One digit repeated, or every step up or down by one (1234, 9876).
fn too_easy(digits: &[u8]) -> bool {
    let steps: Vec<i16> = digits
        .windows(2)
        .map(|w| i16::from(w[1]) - i16::from(w[0]))
        .collect();
    steps.iter().all(|s| *s == 0) || steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1)
}

/// Whether a record stays readable while the app is locked: only the data
/// version and the lock record itself. Everything else is encrypted.
pub fn stays_plain(store: StoreName, id: &str) -> bool {
    store == StoreName::Meta && (id == DATA_VERSION_KEY || id == LOCK_KEY)
}

/// Whether the app must lock again, having gone to the background at
/// `hidden_at` and come back at `now` (both ms).
pub fn should_relock(hidden_at: i64, now: i64) -> bool {
    now.saturating_sub(hidden_at) >= RELOCK_AFTER_MS
}

/// A sealed record's stored text: base64 of the IV followed by the ciphertext.
pub fn seal_text(iv: &[u8], ciphertext: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(iv.len() + ciphertext.len());
    bytes.extend_from_slice(iv);
    bytes.extend_from_slice(ciphertext);
    base64_encode(&bytes)
}

/// Splits a sealed record's stored text into IV and ciphertext; `None` when damaged.
pub fn open_text(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut bytes = base64_decode(text)?;
    if bytes.len() < IV_BYTES + TAG_BYTES {
        return None;
    }
    let ciphertext = bytes.split_off(IV_BYTES);
    Some((bytes, ciphertext))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> LockParts {
        LockParts {
            iterations: LOCK_ITERATIONS,
            salt: vec![7; SALT_BYTES],
            iv: vec![1; IV_BYTES],
            wrapped: vec![9; DATA_KEY_BYTES + TAG_BYTES],
        }
    }

    #[test]
    fn a_lock_record_round_trips_through_json() {
        let record = LockRecord::new(SecretKind::Passphrase, &parts());
        let json = serde_json::to_string(&record).unwrap();
        let back: LockRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, record);
        assert_eq!(back.parts(), Some(parts()));
        assert!(json.contains("\"passphrase\""));
    }

    #[test]
    fn a_damaged_or_weak_lock_record_has_no_parts() {
        let good = LockRecord::new(SecretKind::Pin, &parts());
        let weak = LockRecord {
            iterations: 1000,
            ..good.clone()
        };
        assert_eq!(weak.parts(), None);
        let bad_b64 = LockRecord {
            salt: "***".into(),
            ..good.clone()
        };
        assert_eq!(bad_b64.parts(), None);
        let short_key = LockRecord {
            wrapped: base64_encode(&[1; 20]),
            ..good.clone()
        };
        assert_eq!(short_key.parts(), None);
        let bad_iv = LockRecord {
            iv: base64_encode(&[1; 8]),
            ..good
        };
        assert_eq!(bad_iv.parts(), None);
    }

    #[test]
    fn pins_are_checked() {
        let pin = |s: &str| check_secret(SecretKind::Pin, s, s);
        assert_eq!(pin(""), Err(SecretProblem::Empty));
        assert_eq!(pin("12a4"), Err(SecretProblem::NotDigits));
        assert_eq!(pin("385"), Err(SecretProblem::TooShort));
        assert_eq!(pin("1234567890123"), Err(SecretProblem::TooLong));
        assert_eq!(pin("1111"), Err(SecretProblem::TooEasy));
        assert_eq!(pin("1234"), Err(SecretProblem::TooEasy));
        assert_eq!(pin("8765"), Err(SecretProblem::TooEasy));
        assert_eq!(pin("2580"), Ok(()));
        assert_eq!(pin("938271"), Ok(()));
        assert_eq!(
            check_secret(SecretKind::Pin, "2580", "2581"),
            Err(SecretProblem::Mismatch)
        );
    }

    #[test]
    fn passphrases_are_checked() {
        let pass = |s: &str| check_secret(SecretKind::Passphrase, s, s);
        assert_eq!(pass("kort"), Err(SecretProblem::TooShort));
        assert_eq!(pass("          a"), Err(SecretProblem::TooShort));
        assert_eq!(pass(&"x".repeat(201)), Err(SecretProblem::TooLong));
        assert_eq!(pass("tulpen in de tuin"), Ok(()));
        assert_eq!(pass("1111111111"), Ok(()));
        assert_eq!(
            check_secret(
                SecretKind::Passphrase,
                "tulpen in de tuin",
                "tulpen in de tuin "
            ),
            Err(SecretProblem::Mismatch)
        );
    }

    #[test]
    fn only_the_data_version_and_the_lock_stay_plain() {
        assert!(stays_plain(StoreName::Meta, LOCK_KEY));
        assert!(stays_plain(StoreName::Meta, DATA_VERSION_KEY));
        assert!(!stays_plain(StoreName::Meta, "check_draft"));
        assert!(!stays_plain(StoreName::People, LOCK_KEY));
        assert!(!stays_plain(StoreName::Profile, "profile"));
    }

    #[test]
    fn the_app_locks_again_after_three_minutes_away() {
        assert!(!should_relock(1_000, 1_000 + RELOCK_AFTER_MS - 1));
        assert!(should_relock(1_000, 1_000 + RELOCK_AFTER_MS));
        assert!(!should_relock(5_000, 1_000));
    }

    #[test]
    fn sealed_text_splits_back_into_iv_and_ciphertext() {
        let iv = [3u8; IV_BYTES];
        let ct = [5u8; 40];
        let text = seal_text(&iv, &ct);
        assert_eq!(open_text(&text), Some((iv.to_vec(), ct.to_vec())));
        assert_eq!(open_text("AAAA"), None);
        assert_eq!(open_text("not base64!"), None);
    }
}
