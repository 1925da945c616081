//! Texts of the check feature (being written).
