//! A QR code drawn as SVG from its modules, with a light margin of four modules.

use yew::prelude::*;

/// The light margin around the code, in modules.
const QUIET: usize = 4;

/// A QR code as one SVG path: every dark module is a 1×1 square. `width` is
/// the width in modules, `modules` are row by row (`true` for dark), `label`
/// says what the code holds, for screen readers.
/// A plain function rather than a component: it has no state of its own, and
/// each component costs about 1 KB of wasm (issue 11).
pub fn qr_code(width: usize, modules: &[bool], label: &'static str) -> Html {
    let size = width + 2 * QUIET;
    let mut d = String::new();
    for (i, dark) in modules.iter().enumerate() {
        if *dark {
            let x = i % width.max(1) + QUIET;
            let y = i / width.max(1) + QUIET;
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    html! {
        <svg class="qr-code" xmlns="http://www.w3.org/2000/svg" role="img"
            aria-label={label}
            viewBox={format!("0 0 {size} {size}")} shape-rendering="crispEdges"
            data-testid="qr-code">
            <rect class="qr-light" x="0" y="0" width={size.to_string()} height={size.to_string()} />
            <path class="qr-dark" d={d} />
        </svg>
    }
}
