//! Texts of the wishes feature (being written).
