//! The trend chart of the balance over time: one point per check, on three
//! bands named in words, with the points listed in words for screen readers.

use yew::prelude::*;

use crate::model::check::Band;
use crate::model::check::{
    band_for, chart_points, sorted_by_date, CheckRecord, IN_BALANCE_FROM, OUT_OF_BALANCE_BELOW,
};

/// The chart of the balance per check, drawn at any width.
/// A plain struct drawn with [`TrendChart::view`] rather than a component: it has no
/// state of its own, and each component costs about 1 KB of wasm (issue 11).
pub struct TrendChart {
    /// Every check, in any order.
    pub checks: Vec<CheckRecord>,
    /// The names of the bands: in balance, attention, out of balance.
    pub band_names: [AttrValue; 3],
    /// The date of each check in words, in the order of `sorted_by_date`.
    pub dates: Vec<AttrValue>,
    /// The accessible name of the chart.
    pub label: AttrValue,
    /// Each point in words ("9 maart 2026: Let op"), oldest first.
    pub points_text: Vec<AttrValue>,
}

const WIDTH: f64 = 320.0;
const LABEL_W: f64 = 104.0;
const PLOT_H: f64 = 220.0;
const PAD: f64 = 14.0;
const AXIS_H: f64 = 6.0;

fn n(v: f64) -> String {
    format!("{:.1}", v)
}

/// The y of a balance in the plot.
fn y_of(balance: i32) -> f64 {
    let half = PLOT_H / 2.0 - PAD;
    PLOT_H / 2.0 - f64::from(balance) / 100.0 * half
}

/// Splits a label into at most two lines that fit the label column.
fn lines(label: &str) -> Vec<String> {
    const FIT: usize = 10;
    if label.chars().count() <= FIT || !label.contains(' ') {
        return vec![label.to_string()];
    }
    let words: Vec<&str> = label.split(' ').collect();
    let mut best = (usize::MAX, 1);
    for cut in 1..words.len() {
        let a = words[..cut].join(" ").chars().count();
        let b = words[cut..].join(" ").chars().count();
        let longest = a.max(b);
        if longest < best.0 {
            best = (longest, cut);
        }
    }
    vec![words[..best.1].join(" "), words[best.1..].join(" ")]
}

impl TrendChart {
    /// The chart with its list of points in words.
    pub fn view(&self) -> Html {
        let plot_w = WIDTH - LABEL_W;
        let points = chart_points(&self.checks, plot_w, PLOT_H, PAD);
        let sorted = sorted_by_date(&self.checks);
        let zones = [
            (
                Band::InBalance,
                y_of(100),
                y_of(IN_BALANCE_FROM),
                "bc-zone-good",
            ),
            (
                Band::Attention,
                y_of(IN_BALANCE_FROM),
                y_of(OUT_OF_BALANCE_BELOW),
                "bc-zone-mid",
            ),
            (
                Band::OutOfBalance,
                y_of(OUT_OF_BALANCE_BELOW),
                y_of(-100),
                "bc-zone-bad",
            ),
        ];
        let zone_html = zones.iter().enumerate().map(|(i, (_, top, bottom, class))| {
        let label = lines(self.band_names[i].as_str());
        let mid = (top + bottom) / 2.0;
        let first_y = mid - (label.len() as f64 - 1.0) * 8.5 + 5.0;
        html! {
            <g>
                <rect class={classes!("bc-zone", *class)} x="0" y={n(*top)} width={n(WIDTH)} height={n(bottom - top)} />
                <text class="bc-chart-label" x="6" y={n(first_y)}>
                    { for label.iter().enumerate().map(|(j, l)| html! {
                        <tspan x="6" y={n(first_y + 17.0 * j as f64)}>{ l.clone() }</tspan>
                    }) }
                </text>
            </g>
        }
    });
        let line: String = points
            .iter()
            .map(|(x, y)| format!("{},{}", n(x + LABEL_W), n(*y)))
            .collect::<Vec<_>>()
            .join(" ");
        let last = points.len().saturating_sub(1);
        let dots = points.iter().enumerate().map(|(i, (x, y))| {
        let band = sorted
            .get(i)
            .and_then(|r| r.result().band)
            .unwrap_or(band_for(0));
        let shape_class = match band {
            Band::InBalance => "bc-dot-good",
            Band::Attention => "bc-dot-mid",
            Band::OutOfBalance => "bc-dot-bad",
        };
        html! {
            <circle class={classes!("bc-dot", shape_class, (i == last).then_some("bc-dot-last"))}
                cx={n(x + LABEL_W)} cy={n(*y)} r={if i == last { "8" } else { "6" }} />
        }
    });
        let first_date = self.dates.first().cloned().unwrap_or_default();
        let last_date = self.dates.last().cloned().unwrap_or_default();
        let one_date = points.len() < 2 || first_date == last_date;
        html! {
            <figure class="bc-chart" data-testid="trend-chart">
                <svg class="bc-chart-svg" viewBox={format!("0 0 {} {}", WIDTH, PLOT_H + AXIS_H)}
                    role="img" aria-label={self.label.clone()} aria-describedby="bc-chart-points">
                    { for zone_html }
                    <line class="bc-chart-divider" x1={n(LABEL_W)} y1="0" x2={n(LABEL_W)} y2={n(PLOT_H)} />
                    if points.len() > 1 {
                        <polyline class="bc-chart-line" points={line} />
                    }
                    { for dots }
                </svg>
                <p class={classes!("bc-chart-dates", one_date.then_some("bc-chart-dates-one"))} aria-hidden="true">
                    if !one_date {
                        <span>{ first_date }</span>
                    }
                    <span>{ last_date }</span>
                </p>
                <figcaption class="bc-sr-only">
                    <ol id="bc-chart-points">
                        { for self.points_text.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ol>
                </figcaption>
            </figure>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn long_labels_split_in_two() {
        assert_eq!(lines("Let op"), vec!["Let op"]);
        assert_eq!(lines("Needs attention"), vec!["Needs", "attention"]);
        assert_eq!(lines("Out of balance"), vec!["Out of", "balance"]);
        assert_eq!(lines("Uit balans"), vec!["Uit balans"]);
    }
}
