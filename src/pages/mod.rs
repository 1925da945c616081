//! The screens. Each starts with its own `<h1>` inside the shared layout.

pub mod check;
pub mod home;
pub mod network;
pub mod not_found;
pub mod onboarding;
pub mod safety;
pub mod settings;
pub mod share;
pub mod wishes;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use onboarding::OnboardingPage;
pub use settings::SettingsPage;
