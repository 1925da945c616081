//! The screens of the app and their addresses (after `#` in the URL, so any
//! static host can serve the app without rewrite rules).

use yew_router::Routable;

/// A screen.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The start screen.
    #[at("/")]
    Home,
    /// The balance check: latest result, start or resume, links onward.
    #[at("/balans")]
    Check,
    /// The questions of the balance check.
    #[at("/balans/vragen")]
    CheckQuestions,
    /// The result of one check.
    #[at("/balans/uitslag/:id")]
    CheckResult {
        /// The check's record id.
        id: String,
    },
    /// Every check over time.
    #[at("/balans/geschiedenis")]
    CheckHistory,
    /// What gives and what costs energy.
    #[at("/energie")]
    Energy,
    /// The network map (and the same as a list).
    #[at("/netwerk")]
    Network,
    /// A new person in the network.
    #[at("/netwerk/nieuw")]
    PersonNew,
    /// One person in the network.
    #[at("/netwerk/persoon/:id")]
    PersonEdit {
        /// The person's record id.
        id: String,
    },
    /// Who does what: tasks and who does or could do them.
    #[at("/netwerk/taken")]
    NetworkTasks,
    /// The network now compared with an earlier snapshot.
    #[at("/netwerk/vroeger")]
    NetworkHistory,
    /// Wishes and agreements, per role.
    #[at("/wensen")]
    Wishes,
    /// A new wish in a role (see `role_slug`).
    #[at("/wensen/nieuw/:role")]
    WishNew {
        /// The role's slug.
        role: String,
    },
    /// One wish or agreement.
    #[at("/wensen/punt/:id")]
    WishEdit {
        /// The item's record id.
        id: String,
    },
    /// Choosing and previewing the summary to share.
    #[at("/delen")]
    Share,
    /// The chosen summary full-screen, to show to someone.
    #[at("/delen/tonen")]
    ShareShow,
    /// The chosen summary as a QR code.
    #[at("/delen/qr")]
    ShareQr,
    /// What was shared, when and with whom.
    #[at("/delen/logboek")]
    ShareLog,
    /// Making and restoring backups.
    #[at("/instellingen/back-up")]
    Backup,
    /// The app lock.
    #[at("/instellingen/slot")]
    Lock,
    /// A summary from a QR code, read-only (works without a profile).
    #[at("/bekijk/:payload")]
    View {
        /// The encoded summary (base64url, so a safe path segment).
        payload: String,
    },
    /// Summaries this phone's reader chose to keep.
    #[at("/bewaard")]
    Kept,
    /// Settings.
    #[at("/instellingen")]
    Settings,
    /// An address that does not exist.
    #[not_found]
    #[at("/niet-gevonden")]
    NotFound,
}

use crate::model::wishes::Role;

/// The part of an address that names a role.
pub fn role_slug(role: Role) -> &'static str {
    match role {
        Role::Together => "samen",
        Role::Support => "steun",
        Role::Family => "familie",
        Role::Expert => "kennis",
    }
}

/// The role named in an address.
pub fn role_from_slug(slug: &str) -> Option<Role> {
    Role::ALL.into_iter().find(|r| role_slug(*r) == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_slugs_round_trip() {
        for role in Role::ALL {
            assert_eq!(role_from_slug(role_slug(role)), Some(role));
        }
        assert_eq!(role_from_slug("x"), None);
    }
}
