//! Lower case for names and keys, without the standard library's Unicode
//! tables.
//!
//! `str::to_lowercase` pulls about 15 KB of case tables and code into the
//! wasm (7 KB gzip, issue 11). Names are compared without case, so this
//! module keeps a small table for every letter below U+2000 (Latin, Greek,
//! Cyrillic, Armenian, Georgian, Cherokee and their extensions), made from the
//! standard library's own mapping; a test checks that they agree. Letters
//! above U+2000 stay as they are, and a capital sigma always becomes `σ` (the
//! standard library writes `ς` at the end of a word).

/// Runs of capitals: `(first, count, step, delta)` means the `count` letters
/// `first`, `first + step`, … become the letter `delta` further on. Sorted by
/// `first`. Generated from `char::to_lowercase` (see the test below).
#[rustfmt::skip]
const RUNS: [(u32, u32, u32, i32); 120] = [
    (0x0041, 26, 1, 32), (0x00C0, 23, 1, 32), (0x00D8, 7, 1, 32), (0x0100, 24, 2, 1),
    (0x0132, 3, 2, 1), (0x0139, 8, 2, 1), (0x014A, 23, 2, 1), (0x0178, 1, 1, -121),
    (0x0179, 3, 2, 1), (0x0181, 1, 1, 210), (0x0182, 2, 2, 1), (0x0186, 1, 1, 206),
    (0x0187, 1, 1, 1), (0x0189, 2, 1, 205), (0x018B, 1, 1, 1), (0x018E, 1, 1, 79),
    (0x018F, 1, 1, 202), (0x0190, 1, 1, 203), (0x0191, 1, 1, 1), (0x0193, 1, 1, 205),
    (0x0194, 1, 1, 207), (0x0196, 1, 1, 211), (0x0197, 1, 1, 209), (0x0198, 1, 1, 1),
    (0x019C, 1, 1, 211), (0x019D, 1, 1, 213), (0x019F, 1, 1, 214), (0x01A0, 3, 2, 1),
    (0x01A6, 1, 1, 218), (0x01A7, 1, 1, 1), (0x01A9, 1, 1, 218), (0x01AC, 1, 1, 1),
    (0x01AE, 1, 1, 218), (0x01AF, 1, 1, 1), (0x01B1, 2, 1, 217), (0x01B3, 2, 2, 1),
    (0x01B7, 1, 1, 219), (0x01B8, 1, 1, 1), (0x01BC, 1, 1, 1), (0x01C4, 1, 1, 2),
    (0x01C5, 1, 1, 1), (0x01C7, 1, 1, 2), (0x01C8, 1, 1, 1), (0x01CA, 1, 1, 2),
    (0x01CB, 9, 2, 1), (0x01DE, 9, 2, 1), (0x01F1, 1, 1, 2), (0x01F2, 2, 2, 1),
    (0x01F6, 1, 1, -97), (0x01F7, 1, 1, -56), (0x01F8, 20, 2, 1), (0x0220, 1, 1, -130),
    (0x0222, 9, 2, 1), (0x023A, 1, 1, 10795), (0x023B, 1, 1, 1), (0x023D, 1, 1, -163),
    (0x023E, 1, 1, 10792), (0x0241, 1, 1, 1), (0x0243, 1, 1, -195), (0x0244, 1, 1, 69),
    (0x0245, 1, 1, 71), (0x0246, 5, 2, 1), (0x0370, 2, 2, 1), (0x0376, 1, 1, 1),
    (0x037F, 1, 1, 116), (0x0386, 1, 1, 38), (0x0388, 3, 1, 37), (0x038C, 1, 1, 64),
    (0x038E, 2, 1, 63), (0x0391, 17, 1, 32), (0x03A3, 9, 1, 32), (0x03CF, 1, 1, 8),
    (0x03D8, 12, 2, 1), (0x03F4, 1, 1, -60), (0x03F7, 1, 1, 1), (0x03F9, 1, 1, -7),
    (0x03FA, 1, 1, 1), (0x03FD, 3, 1, -130), (0x0400, 16, 1, 80), (0x0410, 32, 1, 32),
    (0x0460, 17, 2, 1), (0x048A, 27, 2, 1), (0x04C0, 1, 1, 15), (0x04C1, 7, 2, 1),
    (0x04D0, 48, 2, 1), (0x0531, 38, 1, 48), (0x10A0, 38, 1, 7264), (0x10C7, 1, 1, 7264),
    (0x10CD, 1, 1, 7264), (0x13A0, 80, 1, 38864), (0x13F0, 6, 1, 8), (0x1C89, 1, 1, 1),
    (0x1C90, 43, 1, -3008), (0x1CBD, 3, 1, -3008), (0x1E00, 75, 2, 1), (0x1E9E, 1, 1, -7615),
    (0x1EA0, 48, 2, 1), (0x1F08, 8, 1, -8), (0x1F18, 6, 1, -8), (0x1F28, 8, 1, -8),
    (0x1F38, 8, 1, -8), (0x1F48, 6, 1, -8), (0x1F59, 4, 2, -8), (0x1F68, 8, 1, -8),
    (0x1F88, 8, 1, -8), (0x1F98, 8, 1, -8), (0x1FA8, 8, 1, -8), (0x1FB8, 2, 1, -8),
    (0x1FBA, 2, 1, -74), (0x1FBC, 1, 1, -9), (0x1FC8, 4, 1, -86), (0x1FCC, 1, 1, -9),
    (0x1FD8, 2, 1, -8), (0x1FDA, 2, 1, -100), (0x1FE8, 2, 1, -8), (0x1FEA, 2, 1, -112),
    (0x1FEC, 1, 1, -7), (0x1FF8, 2, 1, -128), (0x1FFA, 2, 1, -126), (0x1FFC, 1, 1, -9),
];

/// The lower case of one character (itself when it has none, or lies above
/// U+2000). U+0130 (capital I with dot) is the only letter below U+2000 whose
/// lower case is two characters; it is handled by [`lowercase`].
fn lower_char(c: char) -> char {
    let cp = u32::from(c);
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let i = RUNS.partition_point(|&(first, _, _, _)| first <= cp);
    let Some(&(first, count, step, delta)) = i.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return c;
    };
    let offset = cp - first;
    if offset % step != 0 || offset / step >= count {
        return c;
    }
    cp.checked_add_signed(delta)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

/// `s` in lower case, as `str::to_lowercase` gives it for every letter below
/// U+2000 (except the word-final `ς`, see the module documentation).
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\u{130}' {
            out.push_str("i\u{307}");
        } else {
            out.push(lower_char(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_below_u2000() {
        for cp in 0..0x2000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let text = c.to_string();
            assert_eq!(lowercase(&text), text.to_lowercase(), "U+{cp:04X}");
        }
    }

    #[test]
    fn names_in_lower_case() {
        assert_eq!(lowercase("Élise ÖZDEMİR"), "élise özdemi\u{307}r");
        assert_eq!(lowercase("ŁUKASZ"), "łukasz");
        assert_eq!(lowercase("Ольга"), "ольга");
        assert_eq!(lowercase("ΝΙΚΟΣ"), "νικοσ");
        assert_eq!(lowercase("Jan de Vries"), "jan de vries");
        assert_eq!(lowercase("日本"), "日本");
        assert_eq!(lowercase(""), "");
    }
}
