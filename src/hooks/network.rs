//! Effects of the network screens (being built).
