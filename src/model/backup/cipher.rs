//! The shape of an encrypted backup's `cipher` object, its checks, and base64.
//!
//! The key is derived from the passphrase with PBKDF2-SHA-256 and the records
//! are encrypted with AES-GCM, both through WebCrypto elsewhere. Here we only
//! make sure the parameters are complete and safe before that work starts.

use serde::Serialize;
use serde_json::Value;

use super::BackupError;

/// The only key derivation we write and read.
pub const KDF_NAME: &str = "PBKDF2-SHA-256";

/// The fewest PBKDF2 iterations we accept.
pub const MIN_ITERATIONS: u32 = 600_000;

/// The most PBKDF2 iterations we accept, so a file cannot keep a phone busy for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;

/// The shortest salt we accept, in bytes.
pub const MIN_SALT_BYTES: usize = 16;

/// The longest salt we accept, in bytes.
pub const MAX_SALT_BYTES: usize = 64;

/// The length of an AES-GCM IV, in bytes.
pub const IV_BYTES: usize = 12;

/// The length of the AES-GCM tag at the end of the ciphertext, in bytes.
pub const TAG_BYTES: usize = 16;

/// What is wrong with the `cipher` object of an encrypted backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CipherProblem {
    /// There is no `cipher` object, or it is not an object.
    Missing,
    /// A field of the cipher object is missing or has the wrong type.
    MissingField(&'static str),
    /// The key derivation is not [`KDF_NAME`].
    UnknownKdf,
    /// Fewer than [`MIN_ITERATIONS`] iterations: too easy to guess.
    TooFewIterations,
    /// More than [`MAX_ITERATIONS`] iterations.
    TooManyIterations,
    /// A field is not valid base64.
    BadBase64(&'static str),
    /// The salt is shorter than [`MIN_SALT_BYTES`] or longer than [`MAX_SALT_BYTES`].
    BadSalt,
    /// The IV is not [`IV_BYTES`] long.
    BadIv,
    /// The ciphertext is too short to hold anything besides the tag.
    TooShort,
}

/// The checked, decoded parameters of an encrypted backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CipherParams {
    /// PBKDF2-SHA-256 iterations.
    pub iterations: u32,
    /// The PBKDF2 salt.
    pub salt: Vec<u8>,
    /// The AES-GCM IV.
    pub iv: Vec<u8>,
    /// The AES-GCM ciphertext with its tag.
    pub ciphertext: Vec<u8>,
}

impl CipherParams {
    /// Checks the parameters as the reader would.
    pub fn problem(&self) -> Option<CipherProblem> {
        if self.iterations < MIN_ITERATIONS {
            Some(CipherProblem::TooFewIterations)
        } else if self.iterations > MAX_ITERATIONS {
            Some(CipherProblem::TooManyIterations)
        } else if !(MIN_SALT_BYTES..=MAX_SALT_BYTES).contains(&self.salt.len()) {
            Some(CipherProblem::BadSalt)
        } else if self.iv.len() != IV_BYTES {
            Some(CipherProblem::BadIv)
        } else if self.ciphertext.len() <= TAG_BYTES {
            Some(CipherProblem::TooShort)
        } else {
            None
        }
    }

    /// The object as written in the file.
    pub(super) fn to_body(&self) -> CipherBody {
        CipherBody {
            kdf: KDF_NAME,
            iterations: self.iterations,
            salt: base64_encode(&self.salt),
            iv: base64_encode(&self.iv),
            ciphertext: base64_encode(&self.ciphertext),
        }
    }
}

/// The `cipher` object as written.
#[derive(Serialize)]
pub(super) struct CipherBody {
    kdf: &'static str,
    iterations: u32,
    salt: String,
    iv: String,
    ciphertext: String,
}

/// Reads and checks the `cipher` object.
pub(super) fn read_cipher(value: Option<&Value>) -> Result<CipherParams, BackupError> {
    let bad = BackupError::BadCipher;
    let obj = value
        .and_then(Value::as_object)
        .ok_or(bad(CipherProblem::Missing))?;
    let kdf = obj
        .get("kdf")
        .and_then(Value::as_str)
        .ok_or(bad(CipherProblem::MissingField("kdf")))?;
    if kdf != KDF_NAME {
        return Err(bad(CipherProblem::UnknownKdf));
    }
    let iterations = obj
        .get("iterations")
        .and_then(Value::as_u64)
        .ok_or(bad(CipherProblem::MissingField("iterations")))?;
    let iterations = u32::try_from(iterations).unwrap_or(u32::MAX);
    let bytes = |name: &'static str| -> Result<Vec<u8>, BackupError> {
        let text = obj
            .get(name)
            .and_then(Value::as_str)
            .ok_or(bad(CipherProblem::MissingField(name)))?;
        base64_decode(text).ok_or(bad(CipherProblem::BadBase64(name)))
    };
    let params = CipherParams {
        iterations,
        salt: bytes("salt")?,
        iv: bytes("iv")?,
        ciphertext: bytes("ciphertext")?,
    };
    match params.problem() {
        Some(problem) => Err(bad(problem)),
        None => Ok(params),
    }
}

const ALPHABET: &[u8; 64] = crate::model::base64::STANDARD;

/// Standard base64 with `=` padding, as `btoa` writes it.
pub fn base64_encode(bytes: &[u8]) -> String {
    crate::model::base64::encode(bytes, ALPHABET, true)
}

fn sextet_value(c: u8) -> Option<u32> {
    ALPHABET
        .iter()
        .position(|&a| a == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// Reads standard base64 with `=` padding; `None` for anything else (other
/// characters, a wrong length, padding in the middle, stray bits).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let chunks = bytes.len() / 4;
    let mut out = Vec::with_capacity(chunks * 3);
    for (i, chunk) in bytes.chunks(4).enumerate() {
        let last = i + 1 == chunks;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n: u32 = 0;
        for &c in chunk.iter().take(4 - pad) {
            n = (n << 6) | sextet_value(c)?;
        }
        n <<= 6 * pad;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = 3 - pad;
        // Bits beyond the last byte must be zero, so every text has one meaning.
        if decoded.iter().skip(keep).any(|&b| b != 0) {
            return None;
        }
        out.extend(decoded.iter().take(keep));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_values() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"fooba", "Zm9vYmE="),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64_encode(plain), encoded);
            assert_eq!(base64_decode(encoded).as_deref(), Some(plain));
        }
    }

    #[test]
    fn base64_round_trips_every_byte() {
        let all: Vec<u8> = (0..=255).collect();
        for len in 0..all.len() {
            let slice = all.get(..len).unwrap_or(&[]);
            assert_eq!(base64_decode(&base64_encode(slice)).as_deref(), Some(slice));
        }
    }

    #[test]
    fn base64_refuses_what_is_not_base64() {
        for bad in [
            "Zg=", "Zg", "Z===", "Zm9v!A==", "Zg==Zg==", "Zh==", "Zm9=", " Zm9v", "Zm9v\n", "é===",
        ] {
            assert_eq!(base64_decode(bad), None, "{bad:?}");
        }
    }

    fn good() -> CipherParams {
        CipherParams {
            iterations: MIN_ITERATIONS,
            salt: vec![1; 16],
            iv: vec![2; 12],
            ciphertext: vec![3; 17],
        }
    }

    #[test]
    fn parameters_are_checked() {
        assert_eq!(good().problem(), None);
        let cases = [
            (
                CipherParams {
                    iterations: MIN_ITERATIONS - 1,
                    ..good()
                },
                CipherProblem::TooFewIterations,
            ),
            (
                CipherParams {
                    iterations: MAX_ITERATIONS + 1,
                    ..good()
                },
                CipherProblem::TooManyIterations,
            ),
            (
                CipherParams {
                    salt: vec![1; 15],
                    ..good()
                },
                CipherProblem::BadSalt,
            ),
            (
                CipherParams {
                    salt: vec![1; 65],
                    ..good()
                },
                CipherProblem::BadSalt,
            ),
            (
                CipherParams {
                    iv: vec![2; 16],
                    ..good()
                },
                CipherProblem::BadIv,
            ),
            (
                CipherParams {
                    ciphertext: vec![3; 16],
                    ..good()
                },
                CipherProblem::TooShort,
            ),
        ];
        for (params, problem) in cases {
            assert_eq!(params.problem(), Some(problem));
        }
    }
}
