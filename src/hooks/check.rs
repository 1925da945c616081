//! Effects of the balance check and energy screens (being built).
