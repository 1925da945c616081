//! Texts of the network feature (being written).
