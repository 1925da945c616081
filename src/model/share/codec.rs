//! The compact, versioned encoding of a summary for a link in a QR code, and
//! its fully checked decoding.
//!
//! A payload is base64url (no padding) of: one magic byte ([`MAGIC`]), one
//! format version byte ([`PAYLOAD_VERSION`]), then a zlib stream (deflate with
//! an Adler-32 checksum, so a changed character is noticed) of compact JSON:
//! short field names, enums as their place in their `ALL` list, dates as
//! `yyyymmdd` numbers. Decoding never panics and rejects anything it cannot
//! fully check, each reason with its own [`DecodeError`].

use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

use super::{CaredFor, Section, Summary, SummaryItem, SummarySection};
use crate::model::check::{Band, Direction, QuestionId, OVERALL_MAX};
use crate::model::energy::{self, EnergyKind, Weight};
use crate::model::network::{self, Closeness, Domain, Task};
use crate::model::profile::{self, Relation};
use crate::model::time::Date;
use crate::model::wishes::{self, Kind, Role, Status};

/// The first byte of every payload: "this is a Samenspel summary".
pub const MAGIC: u8 = 0x53;

/// The format version written by this app. Payloads with a higher version are
/// refused with [`DecodeError::NewerVersion`].
pub const PAYLOAD_VERSION: u8 = 1;

/// The largest QR code version we make: 117 × 117 modules, which a phone
/// camera reads comfortably from another phone's screen.
pub const MAX_QR_VERSION: i16 = 25;

/// How many bytes a version-25 code holds at error correction level L.
pub const QR_CAPACITY_BYTES: usize = 1273;

/// Room kept for the start of the link (`https://…/#/bekijk/`) in front of the payload.
pub const LINK_PREFIX_BUDGET: usize = 123;

/// The longest payload that still fits in a readable QR code together with a
/// link prefix of at most [`LINK_PREFIX_BUDGET`] characters.
pub const MAX_QR_CHARS: usize = QR_CAPACITY_BYTES - LINK_PREFIX_BUDGET;

/// The longest payload text [`decode`] looks at (a pasted link may be longer
/// than a QR code holds, but not this long).
pub const MAX_PAYLOAD_CHARS: usize = 16 * 1024;

/// The most bytes a payload may unpack to: a guard against "zip bombs".
pub const MAX_INFLATED_BYTES: usize = 64 * 1024;

/// The most items a decoded summary may hold.
pub const MAX_ITEMS: usize = 500;

/// Why a payload was refused. Each has a sentence in the share text table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecodeError {
    /// There is nothing to read.
    Empty,
    /// It has characters that base64url does not use.
    NotBase64,
    /// It stops too early: part of the code is missing.
    Truncated,
    /// It is not a Samenspel summary (wrong first byte).
    NotSamenspel,
    /// It was made with a newer version of the app.
    NewerVersion,
    /// It is damaged: the packed data does not unpack or its checksum is wrong.
    Damaged,
    /// It is, or unpacks to, more than the limits allow.
    TooLarge,
    /// It unpacks, but the contents are not a valid summary.
    InvalidData,
    /// It holds more items than a summary may have.
    TooManyItems,
    /// One of its texts is longer than allowed.
    TextTooLong,
    /// One of its dates does not exist.
    InvalidDate,
}

impl DecodeError {
    /// Every reason, for tests and text tables.
    pub const ALL: [DecodeError; 11] = [
        DecodeError::Empty,
        DecodeError::NotBase64,
        DecodeError::Truncated,
        DecodeError::NotSamenspel,
        DecodeError::NewerVersion,
        DecodeError::Damaged,
        DecodeError::TooLarge,
        DecodeError::InvalidData,
        DecodeError::TooManyItems,
        DecodeError::TextTooLong,
        DecodeError::InvalidDate,
    ];
}

/// Whether a payload is short enough for a QR code a phone reads comfortably.
pub fn fits_in_qr(payload: &str) -> bool {
    payload.len() <= MAX_QR_CHARS
}

/// The modules of a QR code for a link (error correction level L, at most
/// version [`MAX_QR_VERSION`]): the width in modules and, row by row, `true`
/// for dark. `None` when the link does not fit.
pub fn qr_modules(link: &str) -> Option<(usize, Vec<bool>)> {
    use qrcode::{Color, EcLevel, QrCode, Version};
    let small = |c: &QrCode| matches!(c.version(), Version::Normal(v) if v <= MAX_QR_VERSION);
    // The crate's mixed-mode choice is usually smallest, but not always: near
    // the limit, plain byte mode at the largest version still fits.
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::L)
        .ok()
        .filter(small)
        .or_else(|| {
            let mut bits = qrcode::bits::Bits::new(Version::Normal(MAX_QR_VERSION));
            bits.push_byte_data(link.as_bytes()).ok()?;
            bits.push_terminator(EcLevel::L).ok()?;
            QrCode::with_bits(bits, EcLevel::L).ok()
        })?;
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((code.width(), modules))
}

// ---------------------------------------------------------------------------
// Wire format (version 1)
// ---------------------------------------------------------------------------

#[derive(Serialize, Deserialize)]
struct Wire {
    #[serde(rename = "d")]
    date: u32,
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    caregiver: Option<String>,
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    cared: Option<(String, u8)>,
    #[serde(rename = "s", default)]
    sections: Vec<(u8, Vec<WireItem>)>,
}

#[derive(Serialize, Deserialize)]
enum WireItem {
    /// date, band, load, capacity, overall
    #[serde(rename = "c")]
    Check(u32, u8, u8, u8, Option<u8>),
    /// question, option
    #[serde(rename = "h")]
    Heavy(u8, u8),
    /// direction, previous
    #[serde(rename = "t")]
    Trend(u8, u32),
    /// kind, text, weight
    #[serde(rename = "e")]
    Energy(u8, String, u8),
    /// name, relation, domain, closeness, helps
    #[serde(rename = "p")]
    Person(String, String, u8, u8, Vec<u8>),
    /// task
    #[serde(rename = "a")]
    Alone(u8),
    /// role, kind, status, text, with whom, review date (0 for none)
    #[serde(rename = "w")]
    Wish(u8, u8, u8, String, String, u32),
}

const BANDS: [Band; 3] = [Band::InBalance, Band::Attention, Band::OutOfBalance];
const DIRECTIONS: [Direction; 3] = [Direction::Heavier, Direction::Lighter, Direction::Same];
const ENERGY_KINDS: [EnergyKind; 2] = [EnergyKind::Giver, EnergyKind::Drain];

/// The place of a value in its list, as a byte.
fn code_of<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter()
        .position(|v| v == value)
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

/// The value at a place in its list.
fn from_code<T: Copy>(all: &[T], code: u8) -> Result<T, DecodeError> {
    all.get(usize::from(code))
        .copied()
        .ok_or(DecodeError::InvalidData)
}

fn date_code(d: Date) -> u32 {
    let year = u32::try_from(d.year.clamp(0, 9999)).unwrap_or(0);
    year * 10_000 + d.month.min(99) * 100 + d.day.min(99)
}

fn date_from_code(n: u32) -> Result<Date, DecodeError> {
    let year = i32::try_from(n / 10_000).map_err(|_| DecodeError::InvalidDate)?;
    let date = Date {
        year,
        month: n / 100 % 100,
        day: n % 100,
    };
    if (1900..=9999).contains(&year) && date.is_valid() {
        Ok(date)
    } else {
        Err(DecodeError::InvalidDate)
    }
}

fn to_wire(summary: &Summary) -> Wire {
    Wire {
        date: date_code(summary.date),
        caregiver: summary.caregiver_name.clone(),
        cared: summary
            .cared_for
            .as_ref()
            .map(|c| (c.name.clone(), code_of(&Relation::ALL, &c.relation))),
        sections: summary
            .sections
            .iter()
            .map(|s| {
                (
                    code_of(&Section::ALL, &s.section),
                    s.items.iter().map(item_to_wire).collect(),
                )
            })
            .collect(),
    }
}

fn item_to_wire(item: &SummaryItem) -> WireItem {
    match item {
        SummaryItem::Check {
            date,
            band,
            load,
            capacity,
            overall,
        } => WireItem::Check(
            date_code(*date),
            code_of(&BANDS, band),
            *load,
            *capacity,
            *overall,
        ),
        SummaryItem::Heavy { question, option } => {
            WireItem::Heavy(code_of(&QuestionId::ALL, question), *option)
        }
        SummaryItem::Trend {
            direction,
            previous,
        } => WireItem::Trend(code_of(&DIRECTIONS, direction), date_code(*previous)),
        SummaryItem::Energy { kind, text, weight } => WireItem::Energy(
            code_of(&ENERGY_KINDS, kind),
            text.clone(),
            code_of(&Weight::ALL, weight),
        ),
        SummaryItem::Person {
            name,
            relation,
            domain,
            closeness,
            helps,
        } => WireItem::Person(
            name.clone(),
            relation.clone(),
            code_of(&Domain::ALL, domain),
            code_of(&Closeness::ALL, closeness),
            helps.iter().map(|t| code_of(&Task::ALL, t)).collect(),
        ),
        SummaryItem::AloneTask(task) => WireItem::Alone(code_of(&Task::ALL, task)),
        SummaryItem::Wish {
            role,
            kind,
            status,
            text,
            with_whom,
            review_on,
        } => WireItem::Wish(
            code_of(&Role::ALL, role),
            code_of(&Kind::ALL, kind),
            code_of(&Status::ALL, status),
            text.clone(),
            with_whom.clone(),
            review_on.map_or(0, date_code),
        ),
    }
}

/// Checks a text against a limit in characters.
fn text(s: String, max: usize) -> Result<String, DecodeError> {
    if s.chars().count() > max {
        Err(DecodeError::TextTooLong)
    } else {
        Ok(s)
    }
}

fn from_wire(wire: Wire) -> Result<Summary, DecodeError> {
    let date = date_from_code(wire.date)?;
    let caregiver_name = wire
        .caregiver
        .map(|n| text(n, profile::MAX_NAME_CHARS))
        .transpose()?;
    let cared_for = match wire.cared {
        Some((name, relation)) => Some(CaredFor {
            name: text(name, profile::MAX_NAME_CHARS)?,
            relation: from_code(&Relation::ALL, relation)?,
        }),
        None => None,
    };
    if wire.sections.len() > Section::ALL.len() {
        return Err(DecodeError::InvalidData);
    }
    let total: usize = wire.sections.iter().map(|(_, items)| items.len()).sum();
    if total > MAX_ITEMS {
        return Err(DecodeError::TooManyItems);
    }
    let mut sections: Vec<SummarySection> = Vec::with_capacity(wire.sections.len());
    for (code, items) in wire.sections {
        let section = from_code(&Section::ALL, code)?;
        // Sections come once each, in order, and never empty.
        if sections.last().is_some_and(|s| s.section >= section) || items.is_empty() {
            return Err(DecodeError::InvalidData);
        }
        let items = items
            .into_iter()
            .map(item_from_wire)
            .collect::<Result<Vec<_>, _>>()?;
        if items.iter().any(|i| i.section() != section) {
            return Err(DecodeError::InvalidData);
        }
        sections.push(SummarySection { section, items });
    }
    Ok(Summary {
        date,
        caregiver_name,
        cared_for,
        sections,
    })
}

fn item_from_wire(item: WireItem) -> Result<SummaryItem, DecodeError> {
    Ok(match item {
        WireItem::Check(date, band, load, capacity, overall) => {
            if load > 100 || capacity > 100 || overall.is_some_and(|m| m > OVERALL_MAX) {
                return Err(DecodeError::InvalidData);
            }
            SummaryItem::Check {
                date: date_from_code(date)?,
                band: from_code(&BANDS, band)?,
                load,
                capacity,
                overall,
            }
        }
        WireItem::Heavy(question, option) => {
            let question = from_code(&QuestionId::ALL, question)?;
            question.points(option).ok_or(DecodeError::InvalidData)?;
            SummaryItem::Heavy { question, option }
        }
        WireItem::Trend(direction, previous) => SummaryItem::Trend {
            direction: from_code(&DIRECTIONS, direction)?,
            previous: date_from_code(previous)?,
        },
        WireItem::Energy(kind, words, weight) => SummaryItem::Energy {
            kind: from_code(&ENERGY_KINDS, kind)?,
            text: text(words, energy::MAX_TEXT_CHARS)?,
            weight: from_code(&Weight::ALL, weight)?,
        },
        WireItem::Person(name, relation, domain, closeness, helps) => {
            if helps.len() > Task::ALL.len() {
                return Err(DecodeError::TooManyItems);
            }
            SummaryItem::Person {
                name: text(name, network::MAX_NAME_CHARS)?,
                relation: text(relation, network::MAX_RELATION_CHARS)?,
                domain: from_code(&Domain::ALL, domain)?,
                closeness: from_code(&Closeness::ALL, closeness)?,
                helps: helps
                    .into_iter()
                    .map(|t| from_code(&Task::ALL, t))
                    .collect::<Result<_, _>>()?,
            }
        }
        WireItem::Alone(task) => SummaryItem::AloneTask(from_code(&Task::ALL, task)?),
        WireItem::Wish(role, kind, status, words, with_whom, review_on) => SummaryItem::Wish {
            role: from_code(&Role::ALL, role)?,
            kind: from_code(&Kind::ALL, kind)?,
            status: from_code(&Status::ALL, status)?,
            text: text(words, wishes::MAX_TEXT_CHARS)?,
            with_whom: text(with_whom, wishes::MAX_WITH_WHOM_CHARS)?,
            review_on: match review_on {
                0 => None,
                n => Some(date_from_code(n)?),
            },
        },
    })
}

// ---------------------------------------------------------------------------
// Encoding and decoding
// ---------------------------------------------------------------------------

/// Packs a summary into a URL-safe payload for a link fragment. Always works;
/// check the size with [`fits_in_qr`] before making a QR code.
pub fn encode(summary: &Summary) -> String {
    // Serialising plain structs with string keys cannot fail.
    let json = serde_json::to_vec(&to_wire(summary)).unwrap_or_default();
    let mut bytes = vec![MAGIC, PAYLOAD_VERSION];
    bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(&json, 10));
    base64url_encode(&bytes)
}

/// Unpacks and fully checks a payload made by [`encode`]. Surrounding white
/// space is ignored. Never panics.
pub fn decode(payload: &str) -> Result<Summary, DecodeError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(DecodeError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(DecodeError::TooLarge);
    }
    let bytes = base64url_decode(payload)?;
    let (magic, version, packed) = match bytes.as_slice() {
        [magic, version, packed @ ..] => (*magic, *version, packed),
        [magic] if *magic != MAGIC => return Err(DecodeError::NotSamenspel),
        _ => return Err(DecodeError::Truncated),
    };
    if magic != MAGIC {
        return Err(DecodeError::NotSamenspel);
    }
    if version > PAYLOAD_VERSION {
        return Err(DecodeError::NewerVersion);
    }
    if version == 0 {
        return Err(DecodeError::Damaged);
    }
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => DecodeError::TooLarge,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                DecodeError::Truncated
            }
            _ => DecodeError::Damaged,
        })?;
    // Read as text first: one copy of serde_json's reader (`from_str`) serves the
    // whole app, instead of a second one for bytes (issue 11).
    let text = std::str::from_utf8(&json).map_err(|_| DecodeError::InvalidData)?;
    let wire: Wire = serde_json::from_str(text).map_err(|_| DecodeError::InvalidData)?;
    from_wire(wire)
}

const BASE64URL: &[u8; 64] = crate::model::base64::URL_SAFE;

/// Encodes bytes as base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    crate::model::base64::encode(bytes, BASE64URL, false)
}

/// Decodes base64url without padding. Bits left over at the end are ignored,
/// so a cut-off payload reads as the bytes that are complete.
pub fn base64url_decode(s: &str) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(DecodeError::NotBase64),
        };
        acc = ((acc << 6) | u32::from(v)) & 0xFF_FFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u8);
        }
    }
    if s.len() % 4 == 1 {
        // One character cannot make a whole byte: the end is missing.
        return Err(DecodeError::Truncated);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{self, Fixture};
    use super::super::{build_summary, candidates, Selection};
    use super::*;

    /// A fixed-seed pseudo-random generator (64-bit LCG, high bits out).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u32 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as u32
        }
        fn below(&mut self, n: usize) -> usize {
            self.next() as usize % n.max(1)
        }
        fn bytes(&mut self, len: usize) -> Vec<u8> {
            (0..len).map(|_| self.next() as u8).collect()
        }
        fn some_bytes(&mut self, max: usize) -> Vec<u8> {
            let len = self.below(max);
            self.bytes(len)
        }
    }

    fn everything(f: &Fixture) -> Summary {
        let available = candidates(&f.data());
        let mut sel = Selection {
            include_caregiver_name: true,
            include_cared_name: true,
            ..Selection::default()
        };
        for s in &available {
            let keys: Vec<&str> = s.items.iter().map(|c| c.key.as_str()).collect();
            sel = sel
                .with_section(s.section, true)
                .with_items(s.section, &keys, true);
        }
        build_summary(&f.data(), &sel, fixtures::today())
    }

    fn packed(version: u8, json: &[u8]) -> String {
        let mut bytes = vec![MAGIC, version];
        bytes.extend(miniz_oxide::deflate::compress_to_vec_zlib(json, 6));
        base64url_encode(&bytes)
    }

    fn minimal() -> Summary {
        Summary {
            date: fixtures::today(),
            caregiver_name: None,
            cared_for: None,
            sections: Vec::new(),
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let mut rng = Lcg(7);
        for len in 0..200 {
            let bytes = rng.bytes(len);
            let s = base64url_encode(&bytes);
            assert!(s
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(s.len(), (len * 4).div_ceil(3));
            assert_eq!(base64url_decode(&s).expect("valid"), bytes);
        }
        assert_eq!(base64url_encode(b"Man"), "TWFu");
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("a+b/"), Err(DecodeError::NotBase64));
        assert_eq!(base64url_decode("abcde"), Err(DecodeError::Truncated));
    }

    #[test]
    fn round_trips() {
        let full = everything(&Fixture::realistic());
        let unicode = Summary {
            caregiver_name: Some("Zoë".into()),
            cared_for: Some(CaredFor {
                name: "Çağrı 李".into(),
                relation: Relation::Other,
            }),
            sections: vec![SummarySection {
                section: Section::AboutPerson,
                items: vec![SummaryItem::Wish {
                    role: Role::Expert,
                    kind: Kind::Information,
                    status: Status::Open,
                    text: "Hij houdt van crème brûlée 🍮 en \"oude\" liedjes.\nTweede regel."
                        .into(),
                    with_whom: "Ümit & Ærø".into(),
                    review_on: None,
                }],
            }],
            ..minimal()
        };
        let only_network = Summary {
            sections: full
                .sections
                .iter()
                .filter(|s| s.section == Section::Network)
                .cloned()
                .collect(),
            ..minimal()
        };
        for summary in [minimal(), full, unicode, only_network] {
            let payload = encode(&summary);
            assert_eq!(decode(&payload), Ok(summary.clone()));
            assert_eq!(decode(&format!("  {payload}\n")), Ok(summary));
        }
    }

    #[test]
    fn every_value_of_every_enum_survives() {
        let mut items = vec![SummaryItem::AloneTask(Task::Household)];
        for band in BANDS {
            items.push(SummaryItem::Check {
                date: fixtures::today(),
                band,
                load: 100,
                capacity: 0,
                overall: None,
            });
        }
        for q in QuestionId::ALL {
            for option in 0..u8::try_from(q.option_count()).unwrap_or(0) {
                items.push(SummaryItem::Heavy {
                    question: q,
                    option,
                });
            }
        }
        for direction in DIRECTIONS {
            items.push(SummaryItem::Trend {
                direction,
                previous: fixtures::today(),
            });
        }
        for kind in ENERGY_KINDS {
            for weight in Weight::ALL {
                items.push(SummaryItem::Energy {
                    kind,
                    text: "x".into(),
                    weight,
                });
            }
        }
        let how: Vec<SummaryItem> = items.drain(1..).collect();
        let mut net = items;
        for domain in Domain::ALL {
            for closeness in Closeness::ALL {
                net.push(SummaryItem::Person {
                    name: "n".into(),
                    relation: String::new(),
                    domain,
                    closeness,
                    helps: Task::ALL.to_vec(),
                });
            }
        }
        net.extend(Task::ALL.map(SummaryItem::AloneTask));
        let mut wishes_items = Vec::new();
        let mut about = Vec::new();
        for role in Role::ALL {
            for kind in Kind::ALL {
                for status in Status::ALL {
                    let item = SummaryItem::Wish {
                        role,
                        kind,
                        status,
                        text: "t".into(),
                        with_whom: String::new(),
                        review_on: Some(fixtures::today()),
                    };
                    if role == Role::Expert {
                        about.push(item);
                    } else {
                        wishes_items.push(item);
                    }
                }
            }
        }
        for relation in Relation::ALL {
            let summary = Summary {
                cared_for: Some(CaredFor {
                    name: "P".into(),
                    relation,
                }),
                sections: vec![
                    SummarySection {
                        section: Section::HowIAm,
                        items: how.clone(),
                    },
                    SummarySection {
                        section: Section::Network,
                        items: net.clone(),
                    },
                    SummarySection {
                        section: Section::Wishes,
                        items: wishes_items.clone(),
                    },
                    SummarySection {
                        section: Section::AboutPerson,
                        items: about.clone(),
                    },
                ],
                ..minimal()
            };
            assert_eq!(decode(&encode(&summary)), Ok(summary));
        }
    }

    #[test]
    fn garbled_payloads_are_refused() {
        let payload = encode(&everything(&Fixture::realistic()));
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode("   "), Err(DecodeError::Empty));
        assert_eq!(decode("abc$def"), Err(DecodeError::NotBase64));
        assert_eq!(decode("héllo"), Err(DecodeError::NotBase64));
        assert_eq!(decode(&format!("{payload}=")), Err(DecodeError::NotBase64));
        // One character changed in the middle: the checksum or the stream notices.
        let mid = payload.len() / 2;
        let mut chars: Vec<char> = payload.chars().collect();
        chars[mid] = if chars[mid] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert!(matches!(
            decode(&changed),
            Err(DecodeError::Damaged | DecodeError::Truncated | DecodeError::TooLarge)
        ));
    }

    #[test]
    fn every_prefix_is_refused_as_truncated() {
        let payload = encode(&everything(&Fixture::realistic()));
        assert_eq!(decode(&payload[..0]), Err(DecodeError::Empty));
        for end in 1..payload.len() {
            assert_eq!(
                decode(&payload[..end]),
                Err(DecodeError::Truncated),
                "prefix of {end} characters"
            );
        }
    }

    #[test]
    fn foreign_payloads_are_refused() {
        let mut rng = Lcg(42);
        for _ in 0..200 {
            let mut bytes = rng.some_bytes(300);
            match bytes.first_mut() {
                Some(b) if *b == MAGIC => *b = 0,
                Some(_) => {}
                None => bytes.push(1),
            }
            assert_eq!(
                decode(&base64url_encode(&bytes)),
                Err(DecodeError::NotSamenspel)
            );
        }
        // Valid base64 of some other JSON.
        let other = base64url_encode(br#"{"name":"Piet","items":[1,2,3]}"#);
        assert_eq!(decode(&other), Err(DecodeError::NotSamenspel));
        // Right magic and version, but JSON that is not a summary.
        assert_eq!(
            decode(&packed(1, br#"{"name":"Piet"}"#)),
            Err(DecodeError::InvalidData)
        );
        assert_eq!(
            decode(&packed(1, b"not json")),
            Err(DecodeError::InvalidData)
        );
        assert_eq!(
            decode(&packed(1, &[0xff, 0xfe])),
            Err(DecodeError::InvalidData)
        );
        // Right header, but raw bytes instead of a zlib stream.
        let mut bytes = vec![MAGIC, PAYLOAD_VERSION];
        bytes.extend(b"hello there, this is not packed");
        assert_eq!(decode(&base64url_encode(&bytes)), Err(DecodeError::Damaged));
        assert_eq!(
            decode(&base64url_encode(&[MAGIC, 0, 1, 2])),
            Err(DecodeError::Damaged)
        );
    }

    #[test]
    fn newer_versions_are_refused() {
        let json = br#"{"d":20260320,"s":[]}"#;
        assert!(decode(&packed(PAYLOAD_VERSION, json)).is_ok());
        for v in [PAYLOAD_VERSION + 1, 7, u8::MAX] {
            assert_eq!(decode(&packed(v, json)), Err(DecodeError::NewerVersion));
            // Even when the rest is nonsense.
            assert_eq!(
                decode(&base64url_encode(&[MAGIC, v, 1, 2, 3])),
                Err(DecodeError::NewerVersion)
            );
        }
    }

    #[test]
    fn oversized_payloads_are_refused() {
        // A small code that unpacks to far more than the limit.
        let mut bomb = br#"{"d":20260320,"a":""#.to_vec();
        bomb.extend(std::iter::repeat_n(b'a', MAX_INFLATED_BYTES * 4));
        bomb.extend(br#"","s":[]}"#);
        let payload = packed(1, &bomb);
        assert!(
            payload.len() < 2_000,
            "the bomb is small: {}",
            payload.len()
        );
        assert_eq!(decode(&payload), Err(DecodeError::TooLarge));
        // A payload text longer than any link.
        assert_eq!(
            decode(&"A".repeat(MAX_PAYLOAD_CHARS + 4)),
            Err(DecodeError::TooLarge)
        );
    }

    #[test]
    fn limits_inside_are_checked() {
        let long_name = "é".repeat(profile::MAX_NAME_CHARS + 1);
        let ok_name = "é".repeat(profile::MAX_NAME_CHARS);
        let json = format!(r#"{{"d":20260320,"a":"{ok_name}","s":[]}}"#);
        assert!(decode(&packed(1, json.as_bytes())).is_ok());
        let json = format!(r#"{{"d":20260320,"a":"{long_name}","s":[]}}"#);
        assert_eq!(
            decode(&packed(1, json.as_bytes())),
            Err(DecodeError::TextTooLong)
        );
        let wish = format!(
            r#"{{"w":[3,0,0,"{}","",0]}}"#,
            "x".repeat(wishes::MAX_TEXT_CHARS + 1)
        );
        let json = format!(r#"{{"d":20260320,"s":[[3,[{wish}]]]}}"#);
        assert_eq!(
            decode(&packed(1, json.as_bytes())),
            Err(DecodeError::TextTooLong)
        );

        let many = vec![r#"{"a":0}"#; MAX_ITEMS + 1].join(",");
        let json = format!(r#"{{"d":20260320,"s":[[1,[{many}]]]}}"#);
        assert_eq!(
            decode(&packed(1, json.as_bytes())),
            Err(DecodeError::TooManyItems)
        );
        let json = r#"{"d":20260320,"s":[[1,[{"p":["a","",0,0,[0,1,2,3,4,5,6,7,8,9,10,0]]}]]]}"#;
        assert_eq!(
            decode(&packed(1, json.as_bytes())),
            Err(DecodeError::TooManyItems)
        );

        for bad in [
            r#"{"d":20260230,"s":[]}"#,
            r#"{"d":0,"s":[]}"#,
            r#"{"d":20261301,"s":[]}"#,
            r#"{"d":20260320,"s":[[0,[{"t":[0,20250229]}]]]}"#,
            r#"{"d":20260320,"s":[[3,[{"w":[3,0,2,"t","",20260431]}]]]}"#,
        ] {
            assert_eq!(
                decode(&packed(1, bad.as_bytes())),
                Err(DecodeError::InvalidDate),
                "{bad}"
            );
        }
        for bad in [
            // Unknown enum values.
            r#"{"d":20260320,"s":[[9,[{"a":0}]]]}"#,
            r#"{"d":20260320,"s":[[1,[{"a":11}]]]}"#,
            r#"{"d":20260320,"b":["P",7],"s":[]}"#,
            // An option the question does not have.
            r#"{"d":20260320,"s":[[0,[{"h":[4,4]}]]]}"#,
            // Scores out of range.
            r#"{"d":20260320,"s":[[0,[{"c":[20260320,0,101,0,null]}]]]}"#,
            r#"{"d":20260320,"s":[[0,[{"c":[20260320,0,1,0,11]}]]]}"#,
            // An item in the wrong section, an empty section, doubled or unordered sections.
            r#"{"d":20260320,"s":[[0,[{"a":0}]]]}"#,
            r#"{"d":20260320,"s":[[2,[{"w":[3,0,0,"t","",0]}]]]}"#,
            r#"{"d":20260320,"s":[[1,[]]]}"#,
            r#"{"d":20260320,"s":[[1,[{"a":0}]],[1,[{"a":1}]]]}"#,
            r#"{"d":20260320,"s":[[1,[{"a":0}]],[0,[{"h":[0,1]}]]]}"#,
            // Wrong shapes.
            r#"{"d":-1,"s":[]}"#,
            r#"{"d":20260320,"s":[[1,[{"x":0}]]]}"#,
            r#"{"d":20260320,"s":[[1,[{"a":300}]]]}"#,
            r#"[]"#,
            r#"{"s":[]}"#,
        ] {
            assert_eq!(
                decode(&packed(1, bad.as_bytes())),
                Err(DecodeError::InvalidData),
                "{bad}"
            );
        }
    }

    #[test]
    fn random_input_never_panics() {
        let mut rng = Lcg(0x5a3e_5e11);
        let valid = encode(&everything(&Fixture::realistic()));
        let valid_json =
            serde_json::to_vec(&to_wire(&everything(&Fixture::realistic()))).expect("serialise");
        let alphabet: Vec<char> = "ABCxyz019-_+/=%é \n".chars().collect();
        let mut accepted = 0;
        for round in 0..24_000 {
            let input = match round % 6 {
                // Random bytes, as base64url.
                0 => base64url_encode(&rng.some_bytes(400)),
                // Random characters, some outside base64url.
                1 => (0..rng.below(300))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect(),
                // The right header followed by random bytes.
                2 => {
                    let mut b = vec![MAGIC, PAYLOAD_VERSION];
                    b.extend(rng.some_bytes(400));
                    base64url_encode(&b)
                }
                // A valid payload with characters changed, cut, doubled or inserted.
                3 => {
                    let mut c: Vec<char> = valid.chars().collect();
                    for _ in 0..1 + rng.below(4) {
                        let i = rng.below(c.len());
                        match rng.below(4) {
                            0 => c[i] = alphabet[rng.below(alphabet.len())],
                            1 => {
                                c.remove(i);
                            }
                            2 => c.insert(i, alphabet[rng.below(alphabet.len())]),
                            _ => c.truncate(i.max(1)),
                        }
                    }
                    c.into_iter().collect()
                }
                // Valid packing of mutated JSON: reaches the structure checks.
                4 => {
                    let mut j = valid_json.clone();
                    for _ in 0..1 + rng.below(3) {
                        let i = rng.below(j.len());
                        j[i] = b"0123456789[]{},\":-x"[rng.below(19)];
                    }
                    packed(1, &j)
                }
                // The valid payload's bytes with one byte changed.
                _ => {
                    let mut b = base64url_decode(&valid).expect("valid");
                    let i = rng.below(b.len());
                    b[i] ^= 1 << rng.below(8);
                    base64url_encode(&b)
                }
            };
            if let Ok(summary) = decode(&input) {
                accepted += 1;
                // Whatever is accepted encodes again and reads back the same.
                assert_eq!(decode(&encode(&summary)), Ok(summary));
            }
        }
        println!("fuzz: {accepted} of 24000 inputs were valid summaries");
        // Only mutated JSON that still happens to be valid gets through.
        assert!(accepted < 4_000, "accepted {accepted}");
    }

    #[test]
    fn qr_size_boundary() {
        assert!(fits_in_qr(""));
        assert!(fits_in_qr(&"A".repeat(MAX_QR_CHARS)));
        assert!(!fits_in_qr(&"A".repeat(MAX_QR_CHARS + 1)));
        // The longest payload with the longest prefix still makes a readable code.
        let prefix = format!("https://{}/#/bekijk/", "x".repeat(LINK_PREFIX_BUDGET - 18));
        assert_eq!(prefix.len(), LINK_PREFIX_BUDGET);
        let mut rng = Lcg(3);
        let payload = base64url_encode(&rng.bytes(MAX_QR_CHARS * 3 / 4));
        assert_eq!(payload.len(), MAX_QR_CHARS);
        let (width, modules) = qr_modules(&format!("{prefix}{payload}")).expect("fits");
        assert!(width <= 4 * usize::try_from(MAX_QR_VERSION).unwrap_or(0) + 17);
        assert_eq!(modules.len(), width * width);
        // One more character is too many; far more as well.
        assert_eq!(qr_modules(&format!("{prefix}{payload}A")), None);
        assert_eq!(qr_modules(&format!("{prefix}{payload}{payload}")), None);
        // Many different links of the full length all fit.
        for _ in 0..8 {
            let p = base64url_encode(&rng.bytes(MAX_QR_CHARS * 3 / 4));
            assert!(qr_modules(&format!("{prefix}{p}")).is_some());
        }
        // A short link makes a small code.
        let (small, _) = qr_modules("https://example.org/#/bekijk/abc").expect("fits");
        assert!(small <= 33);
    }

    #[test]
    fn a_realistic_summary_fits_in_a_qr_code() {
        let f = Fixture::realistic();
        let summary = everything(&f);
        let counts: Vec<(Section, usize)> = summary
            .sections
            .iter()
            .map(|s| (s.section, s.items.len()))
            .collect();
        let payload = encode(&summary);
        let json_len = serde_json::to_vec(&to_wire(&summary)).map_or(0, |j| j.len());
        println!(
            "realistic summary: {} items {counts:?}, {json_len} bytes of JSON, payload {} characters (QR limit {MAX_QR_CHARS})",
            summary.item_count(),
            payload.len()
        );
        assert!(fits_in_qr(&payload), "payload {} characters", payload.len());
        let link = format!("https://samenspel.example.org/#/bekijk/{payload}");
        let (width, _) = qr_modules(&link).expect("fits");
        println!("QR code: {width} × {width} modules");
    }

    #[test]
    fn encoding_is_stable() {
        let s = everything(&Fixture::realistic());
        assert_eq!(encode(&s), encode(&s));
        assert!(encode(&minimal()).len() < 60);
    }
}
