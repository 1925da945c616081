//! The caregiver's profile: their first name, the person they care for, and how they are related.

use serde::{Deserialize, Serialize};

use super::record::{Record, StoreName};

/// The longest first name we accept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The id of the single profile record.
pub const PROFILE_ID: &str = "profile";

/// Who the person cared for is to the caregiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Relation {
    /// My partner.
    Partner,
    /// My father or mother.
    Parent,
    /// My son or daughter.
    Child,
    /// Another family member.
    OtherFamily,
    /// A friend.
    Friend,
    /// A neighbour.
    Neighbour,
    /// Something else.
    Other,
}

crate::named!(Relation {
    Partner = "Partner",
    Parent = "Parent",
    Child = "Child",
    OtherFamily = "OtherFamily",
    Friend = "Friend",
    Neighbour = "Neighbour",
    Other = "Other",
});

impl Relation {
    /// Every choice, in the order they are offered.
    pub const ALL: [Relation; 7] = [
        Relation::Partner,
        Relation::Parent,
        Relation::Child,
        Relation::OtherFamily,
        Relation::Friend,
        Relation::Neighbour,
        Relation::Other,
    ];
}

/// The stored profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Always [`PROFILE_ID`]: there is one profile.
    pub id: String,
    /// When the profile was first saved (ms since 1970, UTC).
    pub created_at: i64,
    /// When the profile was last changed.
    pub updated_at: i64,
    /// The caregiver's first name; may be empty.
    pub caregiver_name: String,
    /// The first name of the person they care for.
    pub cared_name: String,
    /// Who that person is to them.
    pub relation: Relation,
}

impl Record for Profile {
    const STORE: StoreName = StoreName::Profile;
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// What the person typed in the profile form, before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileInput {
    /// The caregiver's first name (optional).
    pub caregiver_name: String,
    /// The first name of the person they care for (required).
    pub cared_name: String,
    /// The relation (required).
    pub relation: Option<Relation>,
}

/// A field of the profile form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    /// The caregiver's first name.
    CaregiverName,
    /// The first name of the person cared for.
    CaredName,
    /// The relation.
    Relation,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    /// The field must be filled in.
    Missing,
    /// The text is longer than [`MAX_NAME_CHARS`].
    TooLong,
}

impl ProfileInput {
    /// Fills the form from a saved profile.
    pub fn from_profile(p: &Profile) -> ProfileInput {
        ProfileInput {
            caregiver_name: p.caregiver_name.clone(),
            cared_name: p.cared_name.clone(),
            relation: Some(p.relation),
        }
    }

    /// Checks the input. Returns every problem, one per field at most.
    pub fn problems(&self) -> Vec<(ProfileField, ProfileProblem)> {
        let mut out = Vec::new();
        if clean_name(&self.caregiver_name).chars().count() > MAX_NAME_CHARS {
            out.push((ProfileField::CaregiverName, ProfileProblem::TooLong));
        }
        let cared = clean_name(&self.cared_name);
        if cared.is_empty() {
            out.push((ProfileField::CaredName, ProfileProblem::Missing));
        } else if cared.chars().count() > MAX_NAME_CHARS {
            out.push((ProfileField::CaredName, ProfileProblem::TooLong));
        }
        if self.relation.is_none() {
            out.push((ProfileField::Relation, ProfileProblem::Missing));
        }
        out
    }

    /// Builds the profile to save, keeping `created_at` of an earlier profile.
    /// Fails with the problems when the input is not valid.
    pub fn to_profile(
        &self,
        earlier: Option<&Profile>,
        now_ms: i64,
    ) -> Result<Profile, Vec<(ProfileField, ProfileProblem)>> {
        let problems = self.problems();
        match self.relation {
            Some(relation) if problems.is_empty() => Ok(Profile {
                id: PROFILE_ID.to_string(),
                created_at: earlier.map_or(now_ms, |p| p.created_at),
                updated_at: now_ms,
                caregiver_name: clean_name(&self.caregiver_name),
                cared_name: clean_name(&self.cared_name),
                relation,
            }),
            _ => Err(problems),
        }
    }
}

/// Trims a name and folds runs of white space into one space.
pub fn clean_name(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(caregiver: &str, cared: &str, relation: Option<Relation>) -> ProfileInput {
        ProfileInput {
            caregiver_name: caregiver.into(),
            cared_name: cared.into(),
            relation,
        }
    }

    #[test]
    fn valid_input_becomes_profile() {
        let p = input("  Anna ", " Piet   de  Vries", Some(Relation::Partner))
            .to_profile(None, 1000)
            .expect("valid");
        assert_eq!(p.caregiver_name, "Anna");
        assert_eq!(p.cared_name, "Piet de Vries");
        assert_eq!(p.created_at, 1000);
        assert_eq!(p.updated_at, 1000);
        assert_eq!(p.id, PROFILE_ID);
    }

    #[test]
    fn caregiver_name_is_optional() {
        assert!(input("", "Piet", Some(Relation::Parent))
            .to_profile(None, 0)
            .is_ok());
    }

    #[test]
    fn editing_keeps_creation_time() {
        let first = input("", "Piet", Some(Relation::Parent))
            .to_profile(None, 10)
            .expect("valid");
        let second = input("Anna", "Piet", Some(Relation::Parent))
            .to_profile(Some(&first), 20)
            .expect("valid");
        assert_eq!(second.created_at, 10);
        assert_eq!(second.updated_at, 20);
    }

    #[test]
    fn every_problem_is_reported() {
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let problems = input(&long, "   ", None).problems();
        assert_eq!(
            problems,
            vec![
                (ProfileField::CaregiverName, ProfileProblem::TooLong),
                (ProfileField::CaredName, ProfileProblem::Missing),
                (ProfileField::Relation, ProfileProblem::Missing),
            ]
        );
        assert!(input("", &long, Some(Relation::Other))
            .to_profile(None, 0)
            .is_err());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let name = "é".repeat(MAX_NAME_CHARS);
        assert!(input("", &name, Some(Relation::Friend))
            .problems()
            .is_empty());
    }

    #[test]
    fn profile_round_trips_through_json() {
        let p = input("Anna", "Piet", Some(Relation::Neighbour))
            .to_profile(None, 5)
            .expect("valid");
        let json = serde_json::to_string(&p).expect("serialise");
        assert_eq!(serde_json::from_str::<Profile>(&json).expect("parse"), p);
    }
}
