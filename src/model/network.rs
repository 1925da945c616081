//! The network feature's types and rules (being written).
