//! Plain Rust types and pure functions: no browser types, tested natively.

pub mod backup;
pub mod base64;
pub mod case;
pub mod check;
pub mod energy;
pub mod lock;
pub mod named;
pub mod network;
pub mod prefs;
pub mod profile;
pub mod record;
pub mod schema;
pub mod share;
pub mod sort;
pub mod start_screen;
pub mod time;
pub mod wishes;

pub use prefs::{Lang, Prefs, TextSize, Theme};
pub use profile::{Profile, ProfileField, ProfileInput, ProfileProblem, Relation};
pub use record::{Record, StoreName};
