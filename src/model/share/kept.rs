//! Summaries that a reader chose to keep on their own phone: the links they
//! scanned, stored only when they tap "keep", newest first.

use serde::{Deserialize, Serialize};

/// The meta key under which kept summaries are stored.
pub const KEPT_KEY: &str = "kept_summaries";

/// The most summaries kept; the oldest go first.
pub const MAX_KEPT: usize = 50;

/// One kept summary: the payload of its link, and when it was kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptSummary {
    /// The encoded summary, as in the link after `#/bekijk/`.
    pub payload: String,
    /// When it was kept (ms since 1970, UTC).
    pub kept_at: i64,
}

/// The list with `payload` added at the front (moved there if it was already
/// kept), at most [`MAX_KEPT`] long.
pub fn keep(list: &[KeptSummary], payload: &str, now_ms: i64) -> Vec<KeptSummary> {
    std::iter::once(KeptSummary {
        payload: payload.to_string(),
        kept_at: now_ms,
    })
    .chain(list.iter().filter(|k| k.payload != payload).cloned())
    .take(MAX_KEPT)
    .collect()
}

/// The list without `payload`.
pub fn forget(list: &[KeptSummary], payload: &str) -> Vec<KeptSummary> {
    list.iter()
        .filter(|k| k.payload != payload)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_puts_it_first_once() {
        let list = keep(&[], "a", 1);
        let list = keep(&list, "b", 2);
        let list = keep(&list, "a", 3);
        assert_eq!(
            list.iter().map(|k| k.payload.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(list[0].kept_at, 3);
        assert_eq!(forget(&list, "a").len(), 1);
    }

    #[test]
    fn the_list_is_bounded() {
        let mut list = Vec::new();
        for i in 0..(MAX_KEPT + 5) {
            list = keep(&list, &format!("p{i}"), i as i64);
        }
        assert_eq!(list.len(), MAX_KEPT);
        assert_eq!(list[0].payload, format!("p{}", MAX_KEPT + 4));
    }
}
