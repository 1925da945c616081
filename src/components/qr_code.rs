//! A QR code drawn as SVG from its modules, with a light margin of four modules.

use yew::prelude::*;

/// Props of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The width in modules.
    pub width: usize,
    /// The modules, row by row, `true` for dark.
    pub modules: Vec<bool>,
    /// What the code holds, for screen readers.
    pub label: AttrValue,
}

/// The light margin around the code, in modules.
const QUIET: usize = 4;

/// A QR code as one SVG path: every dark module is a 1×1 square.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let size = props.width + 2 * QUIET;
    let mut d = String::new();
    for (i, dark) in props.modules.iter().enumerate() {
        if *dark {
            let x = i % props.width.max(1) + QUIET;
            let y = i / props.width.max(1) + QUIET;
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    html! {
        <svg class="qr-code" xmlns="http://www.w3.org/2000/svg" role="img"
            aria-label={props.label.clone()}
            viewBox={format!("0 0 {size} {size}")} shape-rendering="crispEdges"
            data-testid="qr-code">
            <rect class="qr-light" x="0" y="0" width={size.to_string()} height={size.to_string()} />
            <path class="qr-dark" d={d} />
        </svg>
    }
}
