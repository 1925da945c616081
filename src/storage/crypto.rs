//! WebCrypto for the app lock and protected backups: random bytes, keys derived
//! from a PIN or passphrase (PBKDF2-SHA-256), and AES-GCM. Keys made here are
//! never extractable: the raw data key exists in memory only while it is
//! created or unwrapped, and is dropped right after import.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::model::backup::IV_BYTES;
use crate::model::lock::{LockParts, DATA_KEY_BYTES, LOCK_ITERATIONS, SALT_BYTES};

/// What can go wrong with encryption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser has no WebCrypto (for example an old browser, or plain http).
    Unsupported,
    /// Decryption failed: a wrong PIN or passphrase, or damaged data.
    WrongSecret,
    /// Something else failed in the browser.
    Failed,
}

/// An AES-GCM key that cannot be read back out of the browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key(CryptoKey);

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unsupported)?;
    // `crypto.subtle` is undefined outside secure contexts.
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .map_err(|_| CryptoError::Unsupported)?;
    if subtle.is_undefined() {
        return Err(CryptoError::Unsupported);
    }
    Ok(crypto.subtle())
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let obj = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn run(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|_| CryptoError::Failed)?;
    JsFuture::from(promise).await.map_err(|e| {
        let name = Reflect::get(&e, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string());
        if name.as_deref() == Some("OperationError") {
            CryptoError::WrongSecret
        } else {
            CryptoError::Failed
        }
    })
}

/// `n` random bytes from the browser's secure random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut out = vec![0u8; n];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unsupported)?;
    crypto
        .get_random_values_with_u8_array(&mut out)
        .map_err(|_| CryptoError::Unsupported)?;
    Ok(out)
}

/// The AES-GCM key derived from a secret with PBKDF2-SHA-256.
pub async fn derive(secret: &str, salt: &[u8], iterations: u32) -> Result<Key, CryptoError> {
    let subtle = subtle()?;
    let base = run(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(secret.as_bytes()).unchecked_into::<Object>(),
        &object(&[("name", JsValue::from_str("PBKDF2"))]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await?;
    let base: CryptoKey = base.dyn_into().map_err(|_| CryptoError::Failed)?;
    let params = object(&[
        ("name", JsValue::from_str("PBKDF2")),
        ("hash", JsValue::from_str("SHA-256")),
        ("salt", bytes(salt)),
        ("iterations", JsValue::from_f64(f64::from(iterations))),
    ]);
    let aes = object(&[
        ("name", JsValue::from_str("AES-GCM")),
        ("length", JsValue::from_f64(256.0)),
    ]);
    let key = run(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    key.dyn_into().map(Key).map_err(|_| CryptoError::Failed)
}

/// Encrypts with AES-GCM under `iv` (12 bytes). The result ends with the 16-byte tag.
pub async fn encrypt(key: &Key, iv: &[u8], plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let params = object(&[("name", JsValue::from_str("AES-GCM")), ("iv", bytes(iv))]);
    let out = run(subtle()?.encrypt_with_object_and_u8_array(&params, &key.0, plain)).await?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Decrypts AES-GCM. A wrong key or changed data gives [`CryptoError::WrongSecret`].
pub async fn decrypt(key: &Key, iv: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let params = object(&[("name", JsValue::from_str("AES-GCM")), ("iv", bytes(iv))]);
    let out = run(subtle()?.decrypt_with_object_and_u8_array(&params, &key.0, ciphertext)).await?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Encrypts with a fresh random IV; returns the IV and the ciphertext.
pub async fn seal(key: &Key, plain: &[u8]) -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    let iv = random_bytes(IV_BYTES)?;
    let ciphertext = encrypt(key, &iv, plain).await?;
    Ok((iv, ciphertext))
}

async fn import_data_key(raw: &[u8]) -> Result<Key, CryptoError> {
    let key = run(subtle()?.import_key_with_object(
        "raw",
        &Uint8Array::from(raw).unchecked_into::<Object>(),
        &object(&[("name", JsValue::from_str("AES-GCM"))]),
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    key.dyn_into().map(Key).map_err(|_| CryptoError::Failed)
}

/// A new random data key, wrapped with a key derived from `secret`: the key to
/// use and the parts of the lock record that store it.
pub async fn new_data_key(secret: &str) -> Result<(Key, LockParts), CryptoError> {
    let mut raw = random_bytes(DATA_KEY_BYTES)?;
    let result = wrap(secret, &raw).await;
    let key = import_data_key(&raw).await;
    raw.iter_mut().for_each(|b| *b = 0);
    Ok((key?, result?))
}

async fn wrap(secret: &str, raw: &[u8]) -> Result<LockParts, CryptoError> {
    let salt = random_bytes(SALT_BYTES)?;
    let wrapping = derive(secret, &salt, LOCK_ITERATIONS).await?;
    let (iv, wrapped) = seal(&wrapping, raw).await?;
    Ok(LockParts {
        iterations: LOCK_ITERATIONS,
        salt,
        iv,
        wrapped,
    })
}

/// Unwraps the data key with `secret`. A wrong secret gives
/// [`CryptoError::WrongSecret`]: the check is whether AES-GCM accepts it.
pub async fn unwrap_data_key(secret: &str, parts: &LockParts) -> Result<Key, CryptoError> {
    let mut raw = unwrap_raw(secret, parts).await?;
    let key = import_data_key(&raw).await;
    raw.iter_mut().for_each(|b| *b = 0);
    key
}

async fn unwrap_raw(secret: &str, parts: &LockParts) -> Result<Vec<u8>, CryptoError> {
    let wrapping = derive(secret, &parts.salt, parts.iterations).await?;
    let raw = decrypt(&wrapping, &parts.iv, &parts.wrapped).await?;
    if raw.len() == DATA_KEY_BYTES {
        Ok(raw)
    } else {
        Err(CryptoError::WrongSecret)
    }
}

/// Wraps the same data key with a new secret: checks `old` by unwrapping, then
/// wraps again with a fresh salt. The records stay as they are.
pub async fn rewrap(old: &str, new: &str, parts: &LockParts) -> Result<LockParts, CryptoError> {
    let mut raw = unwrap_raw(old, parts).await?;
    let result = wrap(new, &raw).await;
    raw.iter_mut().for_each(|b| *b = 0);
    result
}
