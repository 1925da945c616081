//! One base64 encoder for the two alphabets the app uses: standard with `=`
//! padding (backup files, read back by `atob` and WebCrypto code) and url-safe
//! without padding (summary links). Their decoders differ on purpose and live
//! with their formats: backups are read strictly, links report truncation.

/// The standard alphabet (RFC 4648 §4).
pub const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The url- and filename-safe alphabet (RFC 4648 §5).
pub const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes bytes with an alphabet, with or without `=` padding.
pub fn encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let index = usize::try_from((n >> (18 - 6 * i)) & 63).unwrap_or(0);
                out.push(char::from(alphabet.get(index).copied().unwrap_or(b'A')));
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_in_both_alphabets() {
        assert_eq!(encode(b"", STANDARD, true), "");
        assert_eq!(encode(b"f", STANDARD, true), "Zg==");
        assert_eq!(encode(b"fo", STANDARD, true), "Zm8=");
        assert_eq!(encode(b"foobar", STANDARD, true), "Zm9vYmFy");
        assert_eq!(encode(b"f", URL_SAFE, false), "Zg");
        assert_eq!(encode(&[0xfb, 0xff], URL_SAFE, false), "-_8");
        assert_eq!(encode(&[0xfb, 0xff], STANDARD, true), "+/8=");
    }
}
