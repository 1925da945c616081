//! The balance picture of a check result: a beam on a stand that tips towards
//! the heavier side, with both sides named in words under it, and the band of
//! a result as a badge with its own shape.

use yew::prelude::*;

use crate::model::check::{tilt_degrees, Band};

/// A beam on a stand with two pans: capacity on the left, load on the right.
/// The picture itself is hidden from screen readers; the caption under it says
/// the same in words.
/// A plain struct drawn with [`BalancePicture::view`] rather than a component: it has no
/// state of its own, and each component costs about 1 KB of wasm (issue 11).
pub struct BalancePicture {
    /// Load, 0–100 (drawn on the right).
    pub load: i32,
    /// Capacity, 0–100 (drawn on the left).
    pub capacity: i32,
    /// The load side with its score, in words.
    pub load_line: AttrValue,
    /// The capacity side with its score, in words.
    pub capacity_line: AttrValue,
    /// One sentence on which way the beam tips; the picture's text equivalent.
    pub summary: AttrValue,
}

const PIVOT_X: f64 = 160.0;
const PIVOT_Y: f64 = 58.0;
const HALF_BEAM: f64 = 118.0;
const STRING: f64 = 42.0;
const PAN_HALF: f64 = 42.0;

/// Rounds a coordinate for the SVG.
fn n(v: f64) -> String {
    format!("{:.1}", v)
}

impl BalancePicture {
    /// The picture with its caption.
    pub fn view(&self) -> Html {
        let angle = tilt_degrees(self.load, self.capacity).to_radians();
        let (dx, dy) = (HALF_BEAM * angle.cos(), HALF_BEAM * angle.sin());
        let left = (PIVOT_X - dx, PIVOT_Y - dy);
        let right = (PIVOT_X + dx, PIVOT_Y + dy);
        let pan = |end: (f64, f64), side: &'static str, score: i32| {
            let (x, y) = (end.0, end.1 + STRING);
            let count = ((score.clamp(0, 100) + 10) / 20) as usize;
            let strings = format!(
                "M{} {} L{} {} M{} {} L{} {}",
                n(x - PAN_HALF),
                n(y),
                n(end.0),
                n(end.1),
                n(end.0),
                n(end.1),
                n(x + PAN_HALF),
                n(y)
            );
            let bowl = format!(
                "M{} {} Q{} {} {} {} Z",
                n(x - PAN_HALF),
                n(y),
                n(x),
                n(y + 26.0),
                n(x + PAN_HALF),
                n(y)
            );
            // What lies in the pan: blocks for the load, rounds for what helps.
            let items = (0..count).map(|i| {
            let ix = x - 26.0 + 13.0 * i as f64;
            if side == "load" {
                html! { <rect class="bc-pic-load" x={n(ix - 5.5)} y={n(y - 12.0)} width="11" height="11" rx="2" /> }
            } else {
                html! { <circle class="bc-pic-capacity" cx={n(ix)} cy={n(y - 6.5)} r="6" /> }
            }
        });
            html! {
                <g>
                    <path class="bc-pic-string" d={strings} />
                    { for items }
                    <path class={classes!("bc-pic-pan", format!("bc-pic-pan-{side}"))} d={bowl} />
                </g>
            }
        };
        html! {
            <figure class="bc-picture">
                <svg class="bc-picture-svg" viewBox="0 0 320 188" aria-hidden="true" focusable="false">
                    <path class="bc-pic-stand" d="M160 58 L160 172 M118 176 L202 176" />
                    <path class="bc-pic-foot" d="M140 176 L160 150 L180 176 Z" />
                    <line class="bc-pic-beam" x1={n(left.0)} y1={n(left.1)} x2={n(right.0)} y2={n(right.1)} />
                    { pan(left, "capacity", self.capacity) }
                    { pan(right, "load", self.load) }
                    <circle class="bc-pic-pivot" cx="160" cy="58" r="7" />
                </svg>
                <figcaption>
                    <div class="bc-picture-sides">
                        <p class="bc-picture-side">
                            <span class="bc-key bc-key-capacity" aria-hidden="true"></span>
                            { self.capacity_line.clone() }
                        </p>
                        <p class="bc-picture-side bc-picture-side-load">
                            <span class="bc-key bc-key-load" aria-hidden="true"></span>
                            { self.load_line.clone() }
                        </p>
                    </div>
                    <p class="bc-picture-summary" data-testid="balance-summary">{ self.summary.clone() }</p>
                </figcaption>
            </figure>
        }
    }
}

/// The band (`None` for an incomplete result) in words (`label`) with a shape
/// of its own: a circle with a tick, a triangle with a mark, or a diamond with
/// a cross. Colour only adds to the words. `large` on the result.
/// A plain function rather than a component: it has no state of its own, and
/// each component costs about 1 KB of wasm (issue 11).
pub fn band_badge(band: Option<Band>, label: &'static str, large: bool) -> Html {
    let (class, shape) = match band {
        Some(Band::InBalance) => (
            "bc-band-good",
            html! {
                <>
                    <circle cx="12" cy="12" r="10" />
                    <path class="bc-band-mark" d="M7.5 12.5 10.5 15.5 16.5 9" />
                </>
            },
        ),
        Some(Band::Attention) => (
            "bc-band-mid",
            html! {
                <>
                    <path d="M12 2.5 22 20.5H2Z" />
                    <path class="bc-band-mark" d="M12 9v5.5M12 17.6v.1" />
                </>
            },
        ),
        Some(Band::OutOfBalance) => (
            "bc-band-bad",
            html! {
                <>
                    <path d="M12 1.5 22.5 12 12 22.5 1.5 12Z" />
                    <path class="bc-band-mark" d="M8.8 8.8 15.2 15.2M15.2 8.8 8.8 15.2" />
                </>
            },
        ),
        None => ("bc-band-none", html! { <circle cx="12" cy="12" r="10" /> }),
    };
    html! {
        <span class={classes!("bc-band", class, large.then_some("bc-band-large"))}>
            <svg class="bc-band-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ shape }</svg>
            <span class="bc-band-text">{ label }</span>
        </span>
    }
}
