//! Stable sorting with one copy of the standard sort in the app (issue 11).
//!
//! `slice::sort_by` is generic over both the element type and the comparison
//! closure, so each call site used to get its own 3–4 KB copy of the standard
//! library's sort in the wasm (about 125 KB for all of them). These helpers
//! sort a list of positions instead: that is one copy of the standard sort (for
//! `usize`, comparing through a `&dyn Fn`), after which the elements are moved
//! into their new order with swaps. The result is the same as the standard
//! stable sort: equal elements keep their order.

use std::cmp::Ordering;

/// The positions `0..len` in sorted order; `cmp` compares two positions.
/// Stable: equal positions stay in ascending order.
fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Puts `v` in the order given by `positions`: afterwards element `k` is the
/// one that was at `positions[k]`. Follows each cycle of the permutation,
/// marking a position as done by pointing it at itself.
fn apply<T>(v: &mut [T], mut positions: Vec<usize>) {
    for start in 0..positions.len() {
        let mut at = start;
        loop {
            let from = positions.get(at).copied().unwrap_or(start);
            if let Some(p) = positions.get_mut(at) {
                *p = at;
            }
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `v` with `cmp`, like `slice::sort_by` (stable).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let items: &[T] = v;
    let positions = order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => a.cmp(&b),
    });
    apply(v, positions);
}

/// Sorts `v` by a key, like `slice::sort_by_cached_key` but stable: `key` is
/// called once per element.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let positions = order(keys.len(), &|a, b| match (keys.get(a), keys.get(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => a.cmp(&b),
    });
    apply(v, positions);
}

/// Sorts `v` in ascending order, like `slice::sort` (stable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic pseudo-random sequence (no dependencies).
    fn numbers(seed: u64, n: usize) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                x >> 59
            })
            .collect()
    }

    #[test]
    fn matches_the_standard_stable_sort() {
        for n in [0, 1, 2, 3, 7, 20, 33, 100, 257] {
            for seed in 0..5 {
                // Pairs (key, original index): only the key is compared, so the
                // index shows whether equal keys kept their order.
                let v: Vec<(u64, usize)> = numbers(seed, n).into_iter().zip(0..).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|a| a.0);
                let mut got = v.clone();
                sort_by(&mut got, |a, b| a.0.cmp(&b.0));
                assert_eq!(got, expected);
                let mut got = v.clone();
                sort_by_key(&mut got, |a| a.0);
                assert_eq!(got, expected);
                let mut reversed = v.clone();
                reversed.sort_by_key(|b| std::cmp::Reverse(b.0));
                let mut got = v.clone();
                sort_by(&mut got, |a, b| b.0.cmp(&a.0));
                assert_eq!(got, reversed);
                let mut plain = v.clone();
                plain.sort();
                let mut got = v;
                sort(&mut got);
                assert_eq!(got, plain);
            }
        }
    }

    #[test]
    fn sorts_strings_by_a_computed_key() {
        let mut v = vec!["b", "A", "c", "a", "B"];
        sort_by_key(&mut v, |s| s.to_lowercase());
        assert_eq!(v, vec!["A", "a", "b", "B", "c"]);
    }
}
