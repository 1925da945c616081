//! The check feature's types and rules (being written).
