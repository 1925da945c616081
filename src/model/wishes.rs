//! The wishes feature's types and rules (being written).
