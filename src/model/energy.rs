//! The energy feature's types and rules (being written).
