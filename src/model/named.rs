//! Enums without data, read from their stored names through one shared
//! function.
//!
//! serde's derived `Deserialize` gives every such enum its own visitors for
//! names, indexes, bytes and the `{"Name": null}` form: about 1 KB of wasm
//! each, for some twenty enums (issue 11). [`named!`](crate::named) gives an
//! enum a `Deserialize` that reads a JSON string and looks it up in the
//! enum's table of names; the reading itself exists once. Writing stays with
//! serde's derived `Serialize`; a test checks that both use the same names.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// An enum without data, stored as one of its names.
pub trait Named: Sized + Copy + 'static {
    /// Every variant, in the order of [`Named::NAMES`].
    const ALL: &'static [Self];
    /// The stored name of each variant.
    const NAMES: &'static [&'static str];
}

/// Reads a string and gives its place in `names`; any other value, or a name
/// not in the list, is an error.
pub fn name_index<'de, D: Deserializer<'de>>(
    d: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    d.deserialize_str(NameVisitor(names))
}

struct NameVisitor(&'static [&'static str]);

impl Visitor<'_> for NameVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|n| *n == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// Implements [`Named`] and `Deserialize` for an enum without data:
/// `named!(Lang { Nl = "Nl", En = "En" });` with every variant and the name
/// serde's `Serialize` writes for it (a missing variant does not compile).
#[macro_export]
macro_rules! named {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $crate::model::named::Named for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const NAMES: &'static [&'static str] = &[$($name),+];
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let i = $crate::model::named::name_index(
                    d,
                    <$ty as $crate::model::named::Named>::NAMES,
                )?;
                Ok(<$ty as $crate::model::named::Named>::ALL[i])
            }
        }

        // Every variant must be listed: this match does not compile otherwise.
        const _: fn($ty) = |v| match v {
            $($ty::$variant => ()),+
        };
    };
}

#[cfg(test)]
pub(crate) mod tests {
    use super::Named;
    use serde::{de::DeserializeOwned, Serialize};

    /// Every variant is written as its name and read back as itself.
    pub(crate) fn round_trip<T: Named + Serialize + DeserializeOwned + PartialEq + fmt::Debug>() {
        assert_eq!(T::ALL.len(), T::NAMES.len());
        for (v, name) in T::ALL.iter().zip(T::NAMES) {
            let json = serde_json::to_string(v).expect("serialise");
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<T>(&json).expect("parse"), *v);
        }
        assert!(serde_json::from_str::<T>("\"no such name\"").is_err());
        assert!(serde_json::from_str::<T>("1").is_err());
    }

    use std::fmt;

    #[test]
    fn every_named_enum_reads_what_it_writes() {
        round_trip::<crate::model::profile::Relation>();
        round_trip::<crate::model::lock::SecretKind>();
        round_trip::<crate::model::wishes::Role>();
        round_trip::<crate::model::wishes::Kind>();
        round_trip::<crate::model::wishes::Status>();
        round_trip::<crate::model::wishes::ReviewOutcome>();
        round_trip::<crate::model::wishes::PromptId>();
        round_trip::<crate::model::energy::EnergyKind>();
        round_trip::<crate::model::energy::Weight>();
        round_trip::<crate::model::energy::SuggestionId>();
        round_trip::<crate::model::prefs::Lang>();
        round_trip::<crate::model::prefs::TextSize>();
        round_trip::<crate::model::prefs::Theme>();
        round_trip::<crate::model::check::Side>();
        round_trip::<crate::model::check::Theme>();
        round_trip::<crate::model::check::QuestionId>();
        round_trip::<crate::model::check::Band>();
        round_trip::<crate::model::share::log::ShareMethod>();
        round_trip::<crate::model::share::Section>();
        round_trip::<crate::model::network::snapshot::SnapshotReason>();
        round_trip::<crate::model::network::Domain>();
        round_trip::<crate::model::network::Closeness>();
        round_trip::<crate::model::network::Task>();
    }
}
