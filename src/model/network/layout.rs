//! Where everything goes on the network map: a pure, deterministic function from
//! the people to coordinates in a square SVG view box. Three rings (closeness)
//! and six sectors (parts of life); every person is a dot inside its own ring
//! and sector, with a label that overlaps no other label and no dot.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::f64::consts::PI;

use super::{person_order, Closeness, Domain, Person};
use crate::model::sort::{sort, sort_by, sort_by_key};

/// The sizes the layout works with, in view box units (1 unit is 1 px on a
/// 360 px wide screen).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutParams {
    /// Width and height of the square view box.
    pub size: f64,
    /// Radius of the centre disc (the caregiver and the person cared for).
    pub centre_radius: f64,
    /// The narrowest a ring may be, even when it is empty.
    pub min_band: f64,
    /// Radius of a dot.
    pub dot_radius: f64,
    /// Font size of a person's label.
    pub font_size: f64,
    /// Average width of one character of a label (an estimate on the safe side).
    pub char_width: f64,
    /// Space left and right of the text inside a label box.
    pub label_pad: f64,
    /// The most characters of a name shown on the map (longer names end in "…").
    pub max_label_chars: usize,
    /// Font size of the names of the parts of life.
    pub domain_font_size: f64,
    /// Distance kept from the edges of the view box.
    pub margin: f64,
    /// Space kept between a label and any other label, dot or edge.
    pub gap: f64,
}

impl Default for LayoutParams {
    fn default() -> LayoutParams {
        LayoutParams {
            size: 360.0,
            centre_radius: 30.0,
            min_band: 22.0,
            dot_radius: 4.5,
            font_size: 10.0,
            char_width: 5.6,
            label_pad: 2.0,
            max_label_chars: 12,
            domain_font_size: 11.0,
            margin: 2.0,
            gap: 1.0,
        }
    }
}

/// A point in the view box; y grows downwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// How text sits on its anchor point, as SVG `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the anchor (`start`).
    Start,
    /// The text is centred on the anchor (`middle`).
    Middle,
    /// The text ends at the anchor (`end`).
    End,
}

/// The box a label takes, and where to draw its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// How the text sits on (`text_x`, `text_y`).
    pub anchor: Anchor,
    /// The x of the text's anchor point.
    pub text_x: f64,
    /// The y of the middle of the text (draw with `dominant-baseline: central`).
    pub text_y: f64,
}

/// One person on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    /// The person's record id.
    pub person_id: String,
    /// Centre of the dot.
    pub x: f64,
    /// Centre of the dot.
    pub y: f64,
    /// The ring the dot is in.
    pub ring: Closeness,
    /// The sector the dot is in.
    pub domain: Domain,
    /// The name as shown: shortened with "…" when long or when space is short;
    /// empty (and `label` of zero size) only if no free place was found.
    pub text: String,
    /// Where the label goes.
    pub label: LabelBox,
    /// When the label is not right next to the dot: the point of the label box
    /// nearest to the dot, for a thin line from the dot to the label.
    pub leader: Option<Point>,
}

/// Where the name of a part of life goes (in a corner or the middle of the
/// top or bottom edge, outside the rings).
#[derive(Clone, Debug, PartialEq)]
pub struct DomainLabel {
    /// The part of life.
    pub domain: Domain,
    /// The room for its name: the text must fit in `label.width`.
    pub label: LabelBox,
}

/// Everything the map needs, so the view only draws.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// Width and height of the view box (`viewBox="0 0 size size"`).
    pub size: f64,
    /// The centre of the map.
    pub centre: Point,
    /// Radius of the centre disc.
    pub centre_radius: f64,
    /// Outer radius of each ring, from the inside out (the inner ring starts
    /// at `centre_radius`). Rings grow with the number of people in them.
    pub ring_radii: [f64; 3],
    /// The angle where each sector starts, in degrees, in [`Domain::ALL`]
    /// order: 0 is to the right, angles grow clockwise; each sector is 60
    /// degrees wide and the first is centred at the top.
    pub sector_starts: [f64; 6],
    /// The sector borders as lines from the centre disc to the outer ring.
    pub sector_lines: [(Point, Point); 6],
    /// Radius of every dot.
    pub dot_radius: f64,
    /// Font size of the people's labels.
    pub font_size: f64,
    /// Font size of the domain names.
    pub domain_font_size: f64,
    /// Where the domain names go, in [`Domain::ALL`] order.
    pub domain_labels: Vec<DomainLabel>,
    /// One dot per person, by sector, then ring, then place in the cell.
    pub dots: Vec<Dot>,
}

/// The angle (degrees) where the first sector starts: sector 0 is centred at the top.
const FIRST_SECTOR_START: f64 = -120.0;
/// Width of a sector in degrees.
const SECTOR_DEGREES: f64 = 60.0;
/// How far (in units) a label is looked for around its dot before it is shortened.
const NEAR: f64 = 40.0;
/// Step between tried label positions.
const STEP: f64 = 2.0;
/// Step of the search over the whole map, when nothing near is free.
const FAR_STEP: f64 = 3.0;
/// A label further than this from its dot gets a leader line.
const LEADER_GAP: f64 = 4.0;
/// Characters of a shortened name (including "…").
const SHORT_CHARS: usize = 6;
/// Characters of the shortest form of a name (including "…").
const TINY_CHARS: usize = 3;
/// A cell whose dots are at least this far apart gets no extra row.
const ROOMY_SPACING: f64 = 22.0;

/// Lays out the map for `people`. The same people give the same map,
/// whatever their order.
pub fn layout(people: &[Person], params: &LayoutParams) -> MapLayout {
    let p = params;
    let half = p.size / 2.0;
    let centre = Point { x: half, y: half };
    let ring_radii = ring_radii(people, p);
    let sector_starts = sector_starts();
    let outer = ring_radii[2];
    let sector_lines = sector_starts.map(|a| {
        (
            polar(centre, p.centre_radius, a.to_radians()),
            polar(centre, outer, a.to_radians()),
        )
    });
    let domain_labels = domain_labels(p);
    let mut dots = place_dots(people, p, centre, &ring_radii);
    place_labels(&mut dots, &domain_labels, p, centre);
    sort_by_key(&mut dots, |d| (d.dot.domain, d.dot.ring, d.slot));
    MapLayout {
        size: p.size,
        centre,
        centre_radius: p.centre_radius,
        ring_radii: ring_radii.map(round),
        sector_starts,
        sector_lines,
        dot_radius: p.dot_radius,
        font_size: p.font_size,
        domain_font_size: p.domain_font_size,
        domain_labels,
        dots: dots.into_iter().map(|d| rounded(d.dot)).collect(),
    }
}

/// The name shortened to at most `max` characters, ending in "…" when cut.
pub fn short_name(name: &str, max: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max.saturating_sub(1)).collect();
        s = s.trim_end().to_string();
        s.push('…');
        s
    }
}

/// The start angles of the sectors, in degrees.
fn sector_starts() -> [f64; 6] {
    Domain::ALL.map(|d| FIRST_SECTOR_START + SECTOR_DEGREES * d.index() as f64)
}

/// The point at `radius` and `angle` (radians) from `centre`.
fn polar(centre: Point, radius: f64, angle: f64) -> Point {
    Point {
        x: centre.x + radius * angle.cos(),
        y: centre.y + radius * angle.sin(),
    }
}

/// How far the outer ring reaches: it leaves room for the domain names above and below.
fn outer_radius(p: &LayoutParams) -> f64 {
    p.size / 2.0 - p.margin - domain_label_height(p) - 3.0
}

fn domain_label_height(p: &LayoutParams) -> f64 {
    p.domain_font_size + 2.0
}

fn label_height(p: &LayoutParams) -> f64 {
    p.font_size + 2.0
}

/// The outer radius of each ring. Each ring needs room for its fullest cell
/// (an area per dot); what is left is shared by how full the rings are. When
/// there is not enough room, every ring keeps `min_band` and the rest is shared
/// by need.
fn ring_radii(people: &[Person], p: &LayoutParams) -> [f64; 3] {
    let mut counts = [[0usize; 6]; 3];
    for person in people {
        if let Some(c) = counts
            .get_mut(person.closeness.index())
            .and_then(|row| row.get_mut(person.domain.index()))
        {
            *c += 1;
        }
    }
    let fullest = counts.map(|row| row.iter().copied().max().unwrap_or(0) as f64);
    let room = outer_radius(p) - p.centre_radius;
    let min_band = p.min_band.min(room / 3.0);
    // The area a dot needs in a cell, and the band width that gives a cell that area.
    let per_dot = (2.0 * p.dot_radius + 3.0).powi(2);
    let mut inner = p.centre_radius;
    let needs = fullest.map(|c| {
        let outer = (inner * inner + 6.0 * c * per_dot / PI).sqrt();
        let need = (outer - inner).max(min_band);
        inner += need;
        need
    });
    let total_need: f64 = needs.iter().sum();
    let widths = if total_need <= room {
        let weights = fullest.map(|c| 1.0 + c);
        let total: f64 = weights.iter().sum();
        let spare = room - total_need;
        [0, 1, 2].map(|k| {
            needs.get(k).copied().unwrap_or(min_band)
                + spare * weights.get(k).copied().unwrap_or(1.0) / total
        })
    } else {
        let extra: f64 = needs.iter().map(|n| n - min_band).sum();
        let spare = room - 3.0 * min_band;
        needs.map(|n| min_band + spare * (n - min_band) / extra.max(1e-9))
    };
    let mut radius = p.centre_radius;
    widths.map(|w| {
        radius += w;
        radius
    })
}

/// Where the domain names go: the three upper sectors along the top edge,
/// the three lower ones along the bottom edge (left corner, middle, right corner).
fn domain_labels(p: &LayoutParams) -> Vec<DomainLabel> {
    let h = domain_label_height(p);
    let inner = p.size - 2.0 * p.margin;
    let corner_w = inner * 0.28;
    let middle_w = inner * 0.4;
    Domain::ALL
        .iter()
        .zip(sector_starts())
        .map(|(&domain, start)| {
            let mid = (start + SECTOR_DEGREES / 2.0).to_radians();
            let y = if mid.sin() < 0.0 {
                p.margin
            } else {
                p.size - p.margin - h
            };
            let (x, width, anchor) = if mid.cos() > 0.3 {
                (p.size - p.margin - corner_w, corner_w, Anchor::End)
            } else if mid.cos() < -0.3 {
                (p.margin, corner_w, Anchor::Start)
            } else {
                (p.size / 2.0 - middle_w / 2.0, middle_w, Anchor::Middle)
            };
            DomainLabel {
                domain,
                label: boxed(Rect { x, y, w: width, h }, anchor),
            }
        })
        .collect()
}

/// A rectangle while working.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect, gap: f64) -> bool {
        self.x < o.x + o.w + gap
            && o.x < self.x + self.w + gap
            && self.y < o.y + o.h + gap
            && o.y < self.y + self.h + gap
    }

    /// The point of the rectangle nearest to `c`.
    fn nearest(&self, c: Point) -> Point {
        Point {
            x: c.x.clamp(self.x, self.x + self.w),
            y: c.y.clamp(self.y, self.y + self.h),
        }
    }

    fn distance_to(&self, c: Point) -> f64 {
        let n = self.nearest(c);
        (n.x - c.x).hypot(n.y - c.y)
    }

    /// Whether `c` is nearer than `limit` to the rectangle: the same answer as
    /// `self.distance_to(c) < limit`, mostly without the costly `hypot`.
    fn nearer_than(&self, c: Point, limit: f64) -> bool {
        let n = self.nearest(c);
        let (dx, dy) = (n.x - c.x, n.y - c.y);
        let d2 = dx * dx + dy * dy;
        let l2 = limit * limit;
        if d2 < l2 * (1.0 - 1e-9) {
            true
        } else if d2 > l2 * (1.0 + 1e-9) {
            false
        } else {
            dx.hypot(dy) < limit
        }
    }

    fn inside(&self, p: &LayoutParams) -> bool {
        self.x >= p.margin
            && self.y >= p.margin
            && self.x + self.w <= p.size - p.margin
            && self.y + self.h <= p.size - p.margin
    }
}

/// A label box for a rectangle and anchor.
fn boxed(r: Rect, anchor: Anchor) -> LabelBox {
    let text_x = match anchor {
        Anchor::Start => r.x,
        Anchor::Middle => r.x + r.w / 2.0,
        Anchor::End => r.x + r.w,
    };
    LabelBox {
        x: r.x,
        y: r.y,
        width: r.w,
        height: r.h,
        anchor,
        text_x,
        text_y: r.y + r.h / 2.0,
    }
}

/// A dot while the layout is being made.
struct Placed {
    dot: Dot,
    /// The person's name, for the label.
    name: String,
    /// Place within the cell, from the inside out and clockwise.
    slot: usize,
    /// How many people share the cell.
    crowd: usize,
}

/// Places every dot inside its ring and sector, spread evenly over the cell.
fn place_dots(people: &[Person], p: &LayoutParams, centre: Point, radii: &[f64; 3]) -> Vec<Placed> {
    let mut out = Vec::with_capacity(people.len());
    for domain in Domain::ALL {
        for ring in Closeness::ALL {
            let mut cell: Vec<&Person> = people
                .iter()
                .filter(|x| x.domain == domain && x.closeness == ring)
                .collect();
            if cell.is_empty() {
                continue;
            }
            sort_by(&mut cell, |a, b| person_order(a, b));
            let inner = match ring.index() {
                0 => p.centre_radius,
                i => radii.get(i - 1).copied().unwrap_or(p.centre_radius),
            };
            let outer = radii.get(ring.index()).copied().unwrap_or(inner);
            let start = (FIRST_SECTOR_START + SECTOR_DEGREES * domain.index() as f64).to_radians();
            let spots = cell_spots(cell.len(), inner, outer, start, p);
            for (slot, (person, (r, a))) in cell.iter().zip(spots).enumerate() {
                let at = polar(centre, r, a);
                out.push(Placed {
                    dot: Dot {
                        person_id: person.id.clone(),
                        x: at.x,
                        y: at.y,
                        ring,
                        domain,
                        text: String::new(),
                        label: boxed(
                            Rect {
                                x: at.x,
                                y: at.y,
                                w: 0.0,
                                h: 0.0,
                            },
                            Anchor::Start,
                        ),
                        leader: None,
                    },
                    name: person.name.clone(),
                    slot,
                    crowd: cell.len(),
                });
            }
        }
    }
    out
}

/// Positions (radius, angle in radians) for `n` dots in the cell between radii
/// `inner` and `outer` and angles `start` to `start + 60°`. The dots lie on one
/// or more rows (arcs); the number of rows is the one that keeps the dots
/// furthest apart, preferring fewer rows once the dots have room.
fn cell_spots(n: usize, inner: f64, outer: f64, start: f64, p: &LayoutParams) -> Vec<(f64, f64)> {
    let edge = p.dot_radius + 1.5;
    let (lo, hi) = if outer - inner > 2.0 * edge {
        (inner + edge, outer - edge)
    } else {
        let mid = (inner + outer) / 2.0;
        (mid, mid)
    };
    let max_rows =
        (((hi - lo) / (1.6 * p.dot_radius + 1.0)).floor() as usize + 1).clamp(1, n.max(1));
    let mut best: Option<(f64, Vec<(f64, f64)>)> = None;
    for rows in 1..=max_rows {
        let spots = rows_of_spots(n, rows, lo, hi, start, edge);
        let spacing = min_spacing(&spots);
        let better = best.as_ref().is_none_or(|(s, _)| spacing > *s + 0.5);
        if better {
            best = Some((spacing, spots));
        }
        if spacing >= ROOMY_SPACING {
            break;
        }
    }
    match best {
        Some((spacing, spots)) if spacing >= 2.0 * p.dot_radius + 1.0 => spots,
        best => {
            let packed = packed_spots(n, lo, hi, start, edge);
            match best {
                Some((spacing, spots)) if spacing >= min_spacing(&packed) => spots,
                _ => packed,
            }
        }
    }
}

/// `n` spots packed as tightly as a honeycomb: the largest spacing `s` for
/// which rows `0.87 s` apart, each holding spots `s` apart, fit `n` spots.
fn packed_spots(n: usize, lo: f64, hi: f64, start: f64, edge: f64) -> Vec<(f64, f64)> {
    let sector = SECTOR_DEGREES.to_radians();
    let rows_for = |s: f64| -> Vec<(f64, f64, f64, usize)> {
        let rows = ((hi - lo) / (0.87 * s)).floor().max(0.0) as usize + 1;
        (0..rows)
            .map(|j| {
                let r = if rows == 1 {
                    (lo + hi) / 2.0
                } else {
                    lo + (hi - lo) * j as f64 / (rows - 1) as f64
                };
                let inset = (edge / r).min(sector / 4.0);
                let span = sector - 2.0 * inset;
                let room = (r * span / s).floor().max(0.0) as usize + 1;
                (r, start + inset, span, room)
            })
            .collect()
    };
    let fits = |s: f64| rows_for(s).iter().map(|row| row.3).sum::<usize>() >= n;
    let (mut low, mut high) = (0.5, hi.max(1.0));
    for _ in 0..40 {
        let mid = (low + high) / 2.0;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    let rows = rows_for(low);
    let rooms: Vec<f64> = rows.iter().map(|row| row.3 as f64).collect();
    let mut counts = share(n, &rooms);
    // Never more spots in a row than it has room for: move the surplus outward.
    let mut surplus = 0;
    for (count, row) in counts.iter_mut().zip(&rows).rev() {
        *count += surplus;
        surplus = count.saturating_sub(row.3);
        *count -= surplus;
    }
    for (count, row) in counts.iter_mut().zip(&rows) {
        let add = surplus.min(row.3.saturating_sub(*count));
        *count += add;
        surplus -= add;
    }
    let mut out = Vec::with_capacity(n);
    for ((r, from, span, _), count) in rows.iter().zip(counts) {
        for i in 0..count {
            let t = if count == 1 {
                0.5
            } else {
                i as f64 / (count - 1) as f64
            };
            out.push((*r, from + span * t));
        }
    }
    out
}

/// `n` spots on `rows` arcs between `lo` and `hi`, shared by arc length;
/// neighbouring rows are staggered by half a place.
fn rows_of_spots(
    n: usize,
    rows: usize,
    lo: f64,
    hi: f64,
    start: f64,
    edge: f64,
) -> Vec<(f64, f64)> {
    let sector = SECTOR_DEGREES.to_radians();
    let arcs: Vec<(f64, f64, f64)> = (0..rows)
        .map(|j| {
            let r = if rows == 1 {
                (lo + hi) / 2.0
            } else {
                lo + (hi - lo) * j as f64 / (rows - 1) as f64
            };
            let inset = (edge / r).min(sector / 4.0);
            (r, start + inset, sector - 2.0 * inset)
        })
        .collect();
    let lengths: Vec<f64> = arcs.iter().map(|(r, _, span)| r * span).collect();
    let counts = share(n, &lengths);
    let mut out = Vec::with_capacity(n);
    for (j, ((r, from, span), count)) in arcs.iter().zip(counts).enumerate() {
        let offset = match (rows, j % 2) {
            (1, _) => 0.5,
            (_, 0) => 0.3,
            _ => 0.7,
        };
        for i in 0..count {
            out.push((*r, from + span * (i as f64 + offset) / count as f64));
        }
    }
    out
}

/// Shares `n` over parts in proportion to `weights` (largest remainder),
/// giving every part at least one when there are enough.
fn share(n: usize, weights: &[f64]) -> Vec<usize> {
    let total: f64 = weights.iter().sum();
    if weights.is_empty() || total <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| n as f64 * w / total).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    if n >= weights.len() {
        for c in &mut counts {
            *c = (*c).max(1);
        }
    }
    let mut order: Vec<usize> = (0..weights.len()).collect();
    sort_by(&mut order, |&a, &b| {
        let ra = exact.get(a).copied().unwrap_or(0.0) - counts.get(a).copied().unwrap_or(0) as f64;
        let rb = exact.get(b).copied().unwrap_or(0.0) - counts.get(b).copied().unwrap_or(0) as f64;
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut i = 0;
    while counts.iter().sum::<usize>() < n {
        if let Some(c) = order.get(i % order.len()).and_then(|&k| counts.get_mut(k)) {
            *c += 1;
        }
        i += 1;
    }
    while counts.iter().sum::<usize>() > n {
        // Take one from the fullest part.
        let fullest = (0..counts.len())
            .max_by_key(|&k| (counts.get(k).copied().unwrap_or(0), usize::MAX - k));
        if let Some(c) = fullest.and_then(|k| counts.get_mut(k)) {
            *c -= 1;
        }
    }
    counts
}

/// The smallest distance between two spots (infinite for one spot).
fn min_spacing(spots: &[(f64, f64)]) -> f64 {
    let pts: Vec<Point> = spots
        .iter()
        .map(|&(r, a)| polar(Point { x: 0.0, y: 0.0 }, r, a))
        .collect();
    let mut best = f64::INFINITY;
    for (i, a) in pts.iter().enumerate() {
        for b in pts.iter().skip(i + 1) {
            best = best.min((a.x - b.x).hypot(a.y - b.y));
        }
    }
    best
}

/// A way to put a label next to a dot, seen for a dot on the upper right of
/// the map; it is mirrored for dots on the left and below.
#[derive(Clone, Copy, Debug)]
enum Spot {
    /// Beside the dot: outward (`out`) or toward the centre, `gx` from the
    /// dot's edge, the label's middle `dy` below the dot's centre.
    Beside { out: bool, gx: f64, dy: f64 },
    /// Above (`out`) or below the dot, `gy` from the dot's edge, the label's
    /// middle moved by `fx` times its width.
    Over { out: bool, gy: f64, fx: f64 },
}

/// Every way to put a label near its dot, nearest and nicest first, each with
/// its row: the spots of a row give label boxes with the same top edge.
fn near_spots(p: &LayoutParams) -> Vec<(Spot, usize)> {
    let h = label_height(p);
    let r = p.dot_radius;
    let mut spots: Vec<(f64, Spot, usize)> = Vec::new();
    let steps = (NEAR / STEP) as i32;
    let beside_rows = 2 * steps.max(0) as usize + 1;
    for gi in 0..=steps {
        let g = p.gap + STEP * f64::from(gi);
        for out in [true, false] {
            let side_rank = if out { 0.0 } else { 0.002 };
            for di in -steps..=steps {
                let dy = STEP * f64::from(di);
                let off = (dy.abs() - h / 2.0).max(0.0);
                let dist = (r + g).hypot(off) - r;
                let cost = dist + 0.03 * dy.abs() + side_rank + if dy > 0.0 { 0.001 } else { 0.0 };
                let row = (di + steps).max(0) as usize;
                spots.push((cost, Spot::Beside { out, gx: g, dy }, row));
            }
            let over_rank = if out { 0.004 } else { 0.006 };
            for fx in [0.0, 0.25, -0.25, 0.5, -0.5] {
                let cost = g + 0.3 + 1.5 * f64::abs(fx) + over_rank;
                let row = beside_rows + 2 * gi.max(0) as usize + usize::from(out);
                spots.push((cost, Spot::Over { out, gy: g, fx }, row));
            }
        }
    }
    sort_by(&mut spots, |a, b| a.0.total_cmp(&b.0));
    spots.into_iter().map(|(_, s, row)| (s, row)).collect()
}

/// The label rectangle for a spot, a dot at `c` and a label `w` wide.
fn spot_rect(
    spot: Spot,
    c: Point,
    w: f64,
    p: &LayoutParams,
    right: bool,
    up: bool,
) -> (Rect, Anchor) {
    let h = label_height(p);
    let r = p.dot_radius;
    let vsign = if up { -1.0 } else { 1.0 };
    match spot {
        Spot::Beside { out, gx, dy } => {
            let y = c.y + dy * vsign - h / 2.0;
            if out == right {
                (
                    Rect {
                        x: c.x + r + gx,
                        y,
                        w,
                        h,
                    },
                    Anchor::Start,
                )
            } else {
                (
                    Rect {
                        x: c.x - r - gx - w,
                        y,
                        w,
                        h,
                    },
                    Anchor::End,
                )
            }
        }
        Spot::Over { out, gy, fx } => {
            let hsign = if right { 1.0 } else { -1.0 };
            let x = c.x + fx * w * hsign - w / 2.0;
            let y = if out == up {
                c.y - r - gy - h
            } else {
                c.y + r + gy
            };
            (Rect { x, y, w, h }, Anchor::Middle)
        }
    }
}

/// Side of a cell of the grid that [`Obstacles`] sorts dots and boxes into.
const GRID_CELL: f64 = 16.0;

/// What a label must keep clear of. Dots and placed boxes are also sorted into
/// a uniform grid, so a check only looks at the ones nearby.
struct Obstacles {
    boxes: Vec<Rect>,
    centre: Point,
    /// Cells per side of the grid.
    cols: usize,
    /// The dots whose centre is in each cell.
    dot_cells: Vec<Vec<Point>>,
    /// The boxes (by index in `boxes`) that reach each cell, gap included.
    box_cells: Vec<Vec<usize>>,
    /// The tops of the rows of places [`find_far`] tries.
    far_ys: Vec<f64>,
    /// For each row of `far_ys`: where a label in that row surely must not
    /// reach, as sorted open ranges of x that do not overlap (each a little
    /// narrower than the truth, so [`Obstacles::free`] has the last word).
    far_blocks: Vec<Vec<(f64, f64)>>,
}

/// How much narrower than the truth the ranges of `far_blocks` are.
const BLOCK_EPS: f64 = 1e-6;

/// Adds the open range (`lo`, `hi`) to sorted ranges that do not overlap.
fn add_range(ranges: &mut Vec<(f64, f64)>, lo: f64, hi: f64) {
    if lo >= hi {
        return;
    }
    let from = ranges.partition_point(|r| r.1 <= lo);
    let to = ranges.partition_point(|r| r.0 < hi).max(from);
    let lo = ranges
        .get(from)
        .map_or(lo, |r| if from < to { r.0.min(lo) } else { lo });
    let hi = to
        .checked_sub(1)
        .and_then(|k| ranges.get(k))
        .map_or(hi, |r| if from < to { r.1.max(hi) } else { hi });
    ranges.splice(from..to, [(lo, hi)]);
}

impl Obstacles {
    fn new(dots: Vec<Point>, boxes: Vec<Rect>, centre: Point, p: &LayoutParams) -> Obstacles {
        let cols = ((p.size / GRID_CELL).ceil() as usize).max(1);
        let h = label_height(p);
        let mut far_ys = Vec::new();
        let mut y = p.margin;
        while y + h <= p.size - p.margin {
            far_ys.push(y);
            y += FAR_STEP;
        }
        let rows = far_ys.len();
        let mut o = Obstacles {
            far_ys,
            far_blocks: vec![Vec::new(); rows],
            boxes: Vec::with_capacity(boxes.len() + dots.len()),
            centre,
            cols,
            dot_cells: vec![Vec::new(); cols * cols],
            box_cells: vec![Vec::new(); cols * cols],
        };
        o.block_round(centre, p.centre_radius + p.gap, p);
        for d in dots {
            o.block_round(d, p.dot_radius + p.gap, p);
            let (cx, cy) = (o.col(d.x), o.col(d.y));
            if let Some(cell) = o.dot_cells.get_mut(cy * cols + cx) {
                cell.push(d);
            }
        }
        for b in boxes {
            o.add_box(b, p);
        }
        o
    }

    /// The grid column (or row) of a coordinate, clamped to the grid.
    fn col(&self, v: f64) -> usize {
        let c = (v / GRID_CELL).floor();
        if c.is_nan() || c < 0.0 {
            0
        } else {
            (c as usize).min(self.cols - 1)
        }
    }

    /// The cells (columns and rows, inclusive) a rectangle grown by `grow` reaches.
    fn span(&self, r: &Rect, grow: f64) -> (usize, usize, usize, usize) {
        (
            self.col(r.x - grow),
            self.col(r.x + r.w + grow),
            self.col(r.y - grow),
            self.col(r.y + r.h + grow),
        )
    }

    fn add_box(&mut self, b: Rect, p: &LayoutParams) {
        let index = self.boxes.len();
        self.boxes.push(b);
        let (gap, h) = (p.gap, label_height(p));
        for (&y, ranges) in self.far_ys.iter().zip(&mut self.far_blocks) {
            if y < b.y + b.h + gap - BLOCK_EPS && b.y < y + h + gap - BLOCK_EPS {
                add_range(ranges, b.x - gap + BLOCK_EPS, b.x + b.w + gap - BLOCK_EPS);
            }
        }
        // Grown by a little more than the gap, so any box closer than the gap
        // shares a cell with the label checked.
        let (x0, x1, y0, y1) = self.span(&b, p.gap + 1.0);
        for cy in y0..=y1 {
            for cx in x0..=x1 {
                if let Some(cell) = self.box_cells.get_mut(cy * self.cols + cx) {
                    cell.push(index);
                }
            }
        }
    }

    /// Blocks, in the rows of `far_ys`, the places nearer than `limit` to `c`.
    fn block_round(&mut self, c: Point, limit: f64, p: &LayoutParams) {
        let h = label_height(p);
        for (&y, ranges) in self.far_ys.iter().zip(&mut self.far_blocks) {
            let dy = (c.y.clamp(y, y + h) - c.y).abs();
            if dy < limit {
                let ex = (limit * limit - dy * dy).sqrt();
                add_range(ranges, c.x - ex + BLOCK_EPS, c.x + ex - BLOCK_EPS);
            }
        }
    }

    fn free(&self, rect: &Rect, p: &LayoutParams) -> bool {
        let gap = p.gap;
        if !rect.inside(p) || rect.nearer_than(self.centre, p.centre_radius + gap) {
            return false;
        }
        let (x0, x1, y0, y1) = self.span(rect, p.dot_radius + gap + 1.0);
        for cy in y0..=y1 {
            for cx in x0..=x1 {
                let Some(cell) = self.dot_cells.get(cy * self.cols + cx) else {
                    continue;
                };
                if cell
                    .iter()
                    .any(|d| rect.nearer_than(*d, p.dot_radius + gap))
                {
                    return false;
                }
            }
        }
        let (x0, x1, y0, y1) = self.span(rect, 0.0);
        for cy in y0..=y1 {
            for cx in x0..=x1 {
                let Some(cell) = self.box_cells.get(cy * self.cols + cx) else {
                    continue;
                };
                if cell
                    .iter()
                    .any(|&k| self.boxes.get(k).is_some_and(|b| rect.overlaps(b, gap)))
                {
                    return false;
                }
            }
        }
        true
    }
}

/// Gives every dot a label that overlaps nothing. Each label is tried near its
/// dot first, then shortened, then anywhere on the map with a leader line.
fn place_labels(dots: &mut [Placed], domains: &[DomainLabel], p: &LayoutParams, centre: Point) {
    let mut obstacles = Obstacles::new(
        dots.iter()
            .map(|d| Point {
                x: d.dot.x,
                y: d.dot.y,
            })
            .collect(),
        domains
            .iter()
            .map(|d| Rect {
                x: d.label.x,
                y: d.label.y,
                w: d.label.width,
                h: d.label.height,
            })
            .collect(),
        centre,
        p,
    );
    let spots = near_spots(p);
    let mut order: Vec<usize> = (0..dots.len()).collect();
    sort_by_key(&mut order, |&i| {
        dots.get(i)
            .map(|d| (usize::MAX - d.crowd, d.dot.ring, d.dot.domain, d.slot))
    });
    for i in order {
        let Some(d) = dots.get_mut(i) else { continue };
        let c = Point {
            x: d.dot.x,
            y: d.dot.y,
        };
        let texts = label_texts(&d.name, p.max_label_chars);
        let found = find_near(&texts, &spots, c, &obstacles, p)
            .or_else(|| find_far(&texts, c, &obstacles, p));
        if let Some((text, rect, anchor)) = found {
            let dist = rect.distance_to(c) - p.dot_radius;
            d.dot.leader = (dist > LEADER_GAP).then(|| rect.nearest(c));
            d.dot.text = text;
            d.dot.label = text_box(rect, anchor, p);
            obstacles.add_box(rect, p);
        }
    }
}

/// The forms of a name to try, longest first.
fn label_texts(name: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in [max, SHORT_CHARS.min(max), TINY_CHARS.min(max)] {
        let s = short_name(name, n);
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn label_width(text: &str, p: &LayoutParams) -> f64 {
    text.chars().count() as f64 * p.char_width + 2.0 * p.label_pad
}

/// The first free spot near the dot, for the longest form of the name that fits.
fn find_near(
    texts: &[String],
    spots: &[(Spot, usize)],
    c: Point,
    obstacles: &Obstacles,
    p: &LayoutParams,
) -> Option<(String, Rect, Anchor)> {
    let centre = obstacles.centre;
    let right = c.x >= centre.x - 1e-9;
    let up = c.y <= centre.y + 1e-9;
    let widest = texts
        .iter()
        .take(2)
        .map(|t| label_width(t, p))
        .fold(0.0, f64::max);
    let mut near = NearBlocks::new(obstacles, c, widest, p);
    texts.iter().take(2).find_map(|text| {
        let w = label_width(text, p);
        spots.iter().find_map(|&(spot, row)| {
            let (rect, anchor) = spot_rect(spot, c, w, p, right, up);
            (!near.surely_blocked(&rect, row, p) && obstacles.free(&rect, p))
                .then(|| (text.clone(), rect, anchor))
        })
    })
}

/// What blocks the labels near one dot, row by row of [`near_spots`]: a quick
/// first check before [`Obstacles::free`].
struct NearBlocks {
    /// The centre disc, with how near a label may come.
    centre: (Point, f64),
    /// The dots around the dot (with how near a label may come), from the top.
    rounds: Vec<(Point, f64)>,
    /// The boxes around the dot, from the top.
    boxes: Vec<Rect>,
    /// The height of the tallest of `boxes`.
    tallest: f64,
    /// Per row: where its blocked ranges are in `ranges`, once worked out.
    rows: Vec<Option<(usize, usize)>>,
    /// Open ranges of x a label in a row surely must not reach (a little
    /// narrower than the truth).
    ranges: Vec<(f64, f64)>,
    /// The ranges of the row being worked out, before they are merged.
    scratch: Vec<(f64, f64)>,
}

impl NearBlocks {
    fn new(obstacles: &Obstacles, c: Point, widest: f64, p: &LayoutParams) -> NearBlocks {
        let reach = p.dot_radius + p.gap + NEAR + 2.0 * STEP;
        let area = Rect {
            x: c.x - reach - widest,
            y: c.y - reach - label_height(p),
            w: 2.0 * (reach + widest),
            h: 2.0 * (reach + label_height(p)),
        };
        let mut rounds: Vec<(Point, f64)> = Vec::new();
        let (x0, x1, y0, y1) = obstacles.span(&area, p.dot_radius + p.gap + 1.0);
        let mut boxes: Vec<usize> = Vec::new();
        for cy in y0..=y1 {
            for cx in x0..=x1 {
                let cell = cy * obstacles.cols + cx;
                if let Some(dots) = obstacles.dot_cells.get(cell) {
                    rounds.extend(dots.iter().map(|&d| (d, p.dot_radius + p.gap)));
                }
                if let Some(b) = obstacles.box_cells.get(cell) {
                    boxes.extend_from_slice(b);
                }
            }
        }
        sort(&mut boxes);
        boxes.dedup();
        let mut boxes: Vec<Rect> = boxes
            .iter()
            .filter_map(|&k| obstacles.boxes.get(k).copied())
            .collect();
        // Sorted from the top, so a row only looks at the ones level with it.
        sort_by(&mut rounds, |a, b| a.0.y.total_cmp(&b.0.y));
        sort_by(&mut boxes, |a, b| a.y.total_cmp(&b.y));
        let tallest = boxes.iter().map(|b| b.h).fold(0.0, f64::max);
        NearBlocks {
            centre: (obstacles.centre, p.centre_radius + p.gap),
            rounds,
            boxes,
            tallest,
            rows: vec![None; near_rows()],
            ranges: Vec::new(),
            scratch: Vec::new(),
        }
    }

    /// Whether `rect` (a label of row `row`) surely overlaps something;
    /// `false` when it may be free.
    fn surely_blocked(&mut self, rect: &Rect, row: usize, p: &LayoutParams) -> bool {
        let (from, to) = match self.rows.get(row).copied().flatten() {
            Some(span) => span,
            None => {
                let span = self.block_row(rect.y, p);
                if let Some(slot) = self.rows.get_mut(row) {
                    *slot = Some(span);
                }
                span
            }
        };
        let Some(ranges) = self.ranges.get(from..to) else {
            return false;
        };
        // The ranges are sorted and apart: only the first that ends after the
        // label's left edge can reach it.
        let k = ranges.partition_point(|r| r.1 <= rect.x);
        ranges
            .get(k)
            .is_some_and(|&(lo, hi)| lo < rect.x + rect.w && rect.x < hi)
    }

    /// Works out the blocked ranges of a row of labels with their top at `y`.
    fn block_row(&mut self, y: f64, p: &LayoutParams) -> (usize, usize) {
        let (gap, h) = (p.gap, label_height(p));
        let from = self.ranges.len();
        self.scratch.clear();
        let limit = p.dot_radius + p.gap;
        let first = self.rounds.partition_point(|r| r.0.y <= y - limit - 1.0);
        let last = self.rounds.partition_point(|r| r.0.y < y + h + limit + 1.0);
        let level = self.rounds.get(first..last.max(first)).unwrap_or(&[]);
        for &(c, limit) in level.iter().chain([self.centre].iter()) {
            let dy = (c.y.clamp(y, y + h) - c.y).abs();
            if dy < limit {
                let ex = (limit * limit - dy * dy).sqrt();
                let (lo, hi) = (c.x - ex + BLOCK_EPS, c.x + ex - BLOCK_EPS);
                if lo < hi {
                    self.scratch.push((lo, hi));
                }
            }
        }
        let first = self
            .boxes
            .partition_point(|b| b.y <= y - self.tallest - gap - 1.0);
        let last = self.boxes.partition_point(|b| b.y < y + h + gap + 1.0);
        for b in self.boxes.get(first..last.max(first)).unwrap_or(&[]) {
            if y < b.y + b.h + gap - BLOCK_EPS && b.y < y + h + gap - BLOCK_EPS {
                let (lo, hi) = (b.x - gap + BLOCK_EPS, b.x + b.w + gap - BLOCK_EPS);
                if lo < hi {
                    self.scratch.push((lo, hi));
                }
            }
        }
        // Sorted and merged where they overlap.
        sort_by(&mut self.scratch, |a, b| a.0.total_cmp(&b.0));
        for &(lo, hi) in &self.scratch {
            let merge = self.ranges.len() > from;
            match self.ranges.last_mut() {
                Some(last) if merge && lo < last.1 => {
                    last.1 = last.1.max(hi);
                }
                _ => self.ranges.push((lo, hi)),
            }
        }
        (from, self.ranges.len())
    }
}

/// How many rows [`near_spots`] has.
fn near_rows() -> usize {
    let steps = (NEAR / STEP) as i32;
    let steps = steps.max(0) as usize;
    (2 * steps + 1) + 2 * (steps + 1)
}

/// The free place nearest to the dot anywhere on the map: of the places on a
/// grid `FAR_STEP` apart, the nearest free one (the first in reading order
/// when several are as near).
fn find_far(
    texts: &[String],
    c: Point,
    obstacles: &Obstacles,
    p: &LayoutParams,
) -> Option<(String, Rect, Anchor)> {
    let h = label_height(p);
    // The rows of places, nearest first (rows as near in reading order).
    let ys = &obstacles.far_ys;
    let row_dy: Vec<(f64, usize)> = {
        let mut v: Vec<(f64, usize)> = ys
            .iter()
            .enumerate()
            .map(|(j, &y)| (c.y.clamp(y, y + h) - c.y, j))
            .collect();
        sort_by(&mut v, |a, b| {
            a.0.abs().total_cmp(&b.0.abs()).then(a.1.cmp(&b.1))
        });
        v
    };
    texts.iter().find_map(|text| {
        let w = label_width(text, p);
        let mut xs: Vec<f64> = Vec::new();
        let mut x = p.margin;
        while x + w <= p.size - p.margin {
            xs.push(x);
            x += FAR_STEP;
        }
        let mut cols: Vec<(f64, usize)> = xs
            .iter()
            .enumerate()
            .map(|(i, &x)| (c.x.clamp(x, x + w) - c.x, i))
            .collect();
        sort_by(&mut cols, |a, b| {
            a.0.abs().total_cmp(&b.0.abs()).then(a.1.cmp(&b.1))
        });
        // Every row walks its places that may be free, nearest first; the
        // heap merges the rows.
        let mut maybe = vec![false; xs.len()];
        let mut open: Vec<usize> = Vec::new();
        let mut starts: Vec<usize> = Vec::with_capacity(row_dy.len() + 1);
        for &(_, j) in &row_dy {
            starts.push(open.len());
            let Some(blocks) = obstacles.far_blocks.get(j) else {
                continue;
            };
            // The places between two blocked ranges may be free.
            maybe.fill(false);
            let mut any = false;
            let mut left = f64::NEG_INFINITY;
            for &(lo, hi) in blocks.iter().chain([(f64::INFINITY, f64::INFINITY)].iter()) {
                if lo - left < w - BLOCK_EPS {
                    // Too narrow for the label.
                    left = hi;
                    continue;
                }
                let from = xs.partition_point(|&x| x < left);
                let to = xs.partition_point(|&x| x + w <= lo).max(from);
                if let Some(part) = maybe.get_mut(from..to) {
                    any |= !part.is_empty();
                    part.fill(true);
                }
                left = hi;
            }
            if any {
                open.extend(
                    cols.iter()
                        .enumerate()
                        .filter(|(_, &(_, i))| maybe.get(i).copied().unwrap_or(false))
                        .map(|(k, _)| k),
                );
            }
        }
        starts.push(open.len());
        let first = |row: usize, at: usize| -> Option<(usize, usize)> {
            let end = starts.get(row + 1).copied().unwrap_or(0);
            let k = starts.get(row).copied().unwrap_or(0) + at;
            if k < end {
                open.get(k).copied().map(|k| (k, at))
            } else {
                None
            }
        };
        let mut heap: BinaryHeap<Reverse<FarPlace>> = row_dy
            .iter()
            .enumerate()
            .filter_map(|(row, &(dy, j))| {
                let (k, at) = first(row, 0)?;
                cols.get(k).map(|&(dx, i)| {
                    Reverse(FarPlace {
                        dist: dx.hypot(dy),
                        j,
                        i,
                        row,
                        k: at,
                    })
                })
            })
            .collect();
        while let Some(Reverse(place)) = heap.pop() {
            let (Some(&x), Some(&y)) = (xs.get(place.i), ys.get(place.j)) else {
                continue;
            };
            let rect = Rect { x, y, w, h };
            if obstacles.free(&rect, p) {
                let anchor = if rect.x + rect.w / 2.0 < c.x {
                    Anchor::End
                } else {
                    Anchor::Start
                };
                return Some((text.clone(), rect, anchor));
            }
            if let Some((k, at)) = first(place.row, place.k + 1) {
                if let (Some(&(dx, i)), Some(&(dy, _))) = (cols.get(k), row_dy.get(place.row)) {
                    heap.push(Reverse(FarPlace {
                        dist: dx.hypot(dy),
                        i,
                        k: at,
                        ..place
                    }));
                }
            }
        }
        None
    })
}

/// A place tried by [`find_far`], ordered by distance, then reading order.
#[derive(Clone, Copy, Debug)]
struct FarPlace {
    /// Distance from the label to the dot.
    dist: f64,
    /// Row of the place (top first).
    j: usize,
    /// Column of the place (left first).
    i: usize,
    /// Index of the row in the nearest-first list of rows.
    row: usize,
    /// How many of the row's open places were tried before this one.
    k: usize,
}

impl PartialEq for FarPlace {
    fn eq(&self, o: &FarPlace) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}

impl Eq for FarPlace {}

impl PartialOrd for FarPlace {
    fn partial_cmp(&self, o: &FarPlace) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for FarPlace {
    fn cmp(&self, o: &FarPlace) -> Ordering {
        self.dist
            .total_cmp(&o.dist)
            .then(self.j.cmp(&o.j))
            .then(self.i.cmp(&o.i))
    }
}

/// The label box with its text point inside the padding.
fn text_box(r: Rect, anchor: Anchor, p: &LayoutParams) -> LabelBox {
    let mut b = boxed(r, anchor);
    b.text_x = match anchor {
        Anchor::Start => r.x + p.label_pad,
        Anchor::Middle => r.x + r.w / 2.0,
        Anchor::End => r.x + r.w - p.label_pad,
    };
    b
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn rounded(d: Dot) -> Dot {
    let l = d.label;
    Dot {
        x: round(d.x),
        y: round(d.y),
        label: LabelBox {
            x: round(l.x),
            y: round(l.y),
            width: round(l.width),
            height: round(l.height),
            text_x: round(l.text_x),
            text_y: round(l.text_y),
            ..l
        },
        leader: d.leader.map(|q| Point {
            x: round(q.x),
            y: round(q.y),
        }),
        ..d
    }
}

#[cfg(test)]
mod tests {
    use super::super::Task;
    use super::*;

    const NAMES: [&str; 16] = [
        "Els",
        "Jan",
        "Mohammed",
        "Anneke",
        "Wilhelmina",
        "Bo",
        "Kees",
        "Fatima",
        "Dokter Jansen",
        "Thuiszorg Noord",
        "Marie-José",
        "Ria",
        "Gerrit-Jan",
        "Ahmet",
        "Buurvrouw van 12",
        "Zr. Annemarie",
    ];

    /// A fixed simple random generator, so tests are repeatable.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn person(i: usize, name: &str, domain: Domain, closeness: Closeness) -> Person {
        Person {
            id: format!("id{i:03}"),
            created_at: 0,
            updated_at: 0,
            name: name.into(),
            relation: String::new(),
            domain,
            closeness,
            helps_now: vec![Task::Shopping],
            could_help: vec![],
            phone: None,
            note: String::new(),
        }
    }

    #[derive(Clone, Copy, Debug)]
    enum Spread {
        OneCell(Domain, Closeness),
        Even,
        Random(u64),
        OneRing(Closeness),
        OneSector(Domain),
    }

    fn people(n: usize, spread: Spread) -> Vec<Person> {
        let mut rng = Lcg(match spread {
            Spread::Random(seed) => seed,
            _ => 7,
        });
        (0..n)
            .map(|i| {
                let name = match spread {
                    Spread::Random(_) if rng.below(3) == 0 => {
                        let len = 1 + rng.below(24);
                        let raw: String = (0..len)
                            .map(|k| {
                                if k % 5 == 4 {
                                    ' '
                                } else {
                                    char::from(b'a' + rng.below(26) as u8)
                                }
                            })
                            .collect();
                        raw.trim().to_string()
                    }
                    Spread::Random(_) => NAMES[rng.below(NAMES.len())].to_string(),
                    _ => NAMES[i % NAMES.len()].to_string(),
                };
                let (d, c) = match spread {
                    Spread::OneCell(d, c) => (d, c),
                    Spread::Even => (Domain::ALL[i % 6], Closeness::ALL[(i / 6) % 3]),
                    Spread::Random(_) => (Domain::ALL[rng.below(6)], Closeness::ALL[rng.below(3)]),
                    Spread::OneRing(c) => (Domain::ALL[i % 6], c),
                    Spread::OneSector(d) => (d, Closeness::ALL[i % 3]),
                };
                person(i, &name, d, c)
            })
            .collect()
    }

    fn rect(b: &LabelBox) -> Rect {
        Rect {
            x: b.x,
            y: b.y,
            w: b.width,
            h: b.height,
        }
    }

    /// Checks every promise of the layout; returns (labels with a leader, labels shortened).
    fn check(people: &[Person], map: &MapLayout, p: &LayoutParams) -> (usize, usize) {
        assert_eq!(map.dots.len(), people.len());
        let c = map.centre;
        let mut leaders = 0;
        let mut shortened = 0;
        for person in people {
            let dot = map
                .dots
                .iter()
                .find(|d| d.person_id == person.id)
                .expect("a dot per person");
            assert_eq!((dot.ring, dot.domain), (person.closeness, person.domain));
            // Inside the ring band.
            let r = (dot.x - c.x).hypot(dot.y - c.y);
            let k = person.closeness.index();
            let inner = if k == 0 {
                map.centre_radius
            } else {
                map.ring_radii[k - 1]
            };
            let outer = map.ring_radii[k];
            assert!(
                r - map.dot_radius > inner && r + map.dot_radius < outer,
                "{} at r={r} not in {inner}..{outer}",
                person.name
            );
            // Inside the sector, with the whole dot.
            let angle = (dot.y - c.y).atan2(dot.x - c.x).to_degrees();
            let start = map.sector_starts[person.domain.index()];
            let within = (angle - start).rem_euclid(360.0);
            assert!(
                within > 0.0 && within < SECTOR_DEGREES,
                "{} at {angle} not in sector from {start}",
                person.name
            );
            let side = within.min(SECTOR_DEGREES - within).to_radians().sin() * r;
            assert!(
                side > map.dot_radius,
                "{} touches a sector line",
                person.name
            );
            // The label.
            assert!(!dot.text.is_empty(), "{} has no label", person.name);
            assert!(dot.text.chars().count() <= p.max_label_chars);
            if dot.text != person.name {
                shortened += 1;
                assert!(dot.text.ends_with('…'));
            }
            if dot.leader.is_some() {
                leaders += 1;
            }
            let b = rect(&dot.label);
            assert!(
                b.x >= 0.0 && b.y >= 0.0 && b.x + b.w <= map.size && b.y + b.h <= map.size,
                "{} label outside",
                person.name
            );
            assert!(
                b.distance_to(c) >= map.centre_radius,
                "{} label on the centre",
                person.name
            );
            for other in &map.dots {
                let d = b.distance_to(Point {
                    x: other.x,
                    y: other.y,
                });
                assert!(d >= map.dot_radius, "label of {} covers a dot", person.name);
                if other.person_id != dot.person_id {
                    assert!(
                        !b.overlaps(&rect(&other.label), 0.0),
                        "labels of {} and {} overlap",
                        dot.text,
                        other.text
                    );
                    let apart = (other.x - dot.x).hypot(other.y - dot.y);
                    assert!(
                        apart >= 2.0 * map.dot_radius,
                        "dots of {} and {} overlap",
                        dot.text,
                        other.text
                    );
                }
            }
            for dl in &map.domain_labels {
                assert!(
                    !b.overlaps(&rect(&dl.label), 0.0),
                    "label of {} covers a domain name",
                    person.name
                );
            }
        }
        (leaders, shortened)
    }

    fn spreads() -> Vec<Spread> {
        vec![
            Spread::OneCell(Domain::Family, Closeness::VeryClose),
            Spread::OneCell(Domain::Friends, Closeness::Further),
            Spread::OneCell(Domain::WorkSchoolClub, Closeness::Close),
            Spread::Even,
            Spread::OneRing(Closeness::VeryClose),
            Spread::OneSector(Domain::Professionals),
            Spread::Random(1),
            Spread::Random(42),
        ]
    }

    #[test]
    fn every_promise_holds_for_1_to_60_people() {
        let p = LayoutParams::default();
        for spread in spreads() {
            let mut worst = (0, 0);
            for n in 1..=60 {
                let list = people(n, spread);
                let map = layout(&list, &p);
                eprintln!("{spread:?} {n}");
                let (leaders, shortened) = check(&list, &map, &p);
                worst = (worst.0.max(leaders), worst.1.max(shortened));
            }
            println!(
                "{spread:?}: at most {} leaders, {} shortened",
                worst.0, worst.1
            );
        }
    }

    #[test]
    fn same_people_give_the_same_map_in_any_order() {
        let p = LayoutParams::default();
        for spread in spreads() {
            let list = people(40, spread);
            let mut reversed = list.clone();
            reversed.reverse();
            assert_eq!(layout(&list, &p), layout(&list, &p));
            assert_eq!(layout(&list, &p), layout(&reversed, &p));
        }
    }

    #[test]
    fn a_small_network_has_full_names_next_to_the_dots() {
        let p = LayoutParams::default();
        for spread in [
            Spread::Even,
            Spread::Random(3),
            Spread::OneRing(Closeness::Close),
        ] {
            for n in 1..=12 {
                let list = people(n, spread);
                let map = layout(&list, &p);
                let (leaders, _) = check(&list, &map, &p);
                assert_eq!(leaders, 0, "{spread:?} with {n}");
                for d in &map.dots {
                    let name = &list
                        .iter()
                        .find(|x| x.id == d.person_id)
                        .expect("person")
                        .name;
                    assert_eq!(d.text, short_name(name, p.max_label_chars));
                }
            }
        }
    }

    #[test]
    fn forty_people_spread_out_keep_their_names() {
        let p = LayoutParams::default();
        for spread in [Spread::Even, Spread::Random(5), Spread::Random(6)] {
            let list = people(40, spread);
            let map = layout(&list, &p);
            let (leaders, shortened) = check(&list, &map, &p);
            let long = list
                .iter()
                .filter(|x| x.name.chars().count() > p.max_label_chars)
                .count();
            println!("{spread:?}: {leaders} leaders, {shortened} shortened, {long} long names");
            assert!(leaders <= 10, "{spread:?}: {leaders} leaders");
            assert_eq!(shortened, long, "{spread:?}");
        }
    }

    #[test]
    fn an_empty_network_has_rings_sectors_and_domain_names() {
        let p = LayoutParams::default();
        let map = layout(&[], &p);
        assert!(map.dots.is_empty());
        assert!(map.centre_radius < map.ring_radii[0]);
        assert!(map.ring_radii[0] < map.ring_radii[1] && map.ring_radii[1] < map.ring_radii[2]);
        assert!(map.ring_radii[2] < map.size / 2.0);
        assert_eq!(map.sector_starts, [-120.0, -60.0, 0.0, 60.0, 120.0, 180.0]);
        assert_eq!(map.domain_labels.len(), 6);
        for (i, a) in map.domain_labels.iter().enumerate() {
            assert_eq!(a.domain, Domain::ALL[i]);
            let b = rect(&a.label);
            assert!(b.inside(&p));
            // Outside the outer ring.
            assert!(b.distance_to(map.centre) > map.ring_radii[2]);
            for o in map.domain_labels.iter().skip(i + 1) {
                assert!(!b.overlaps(&rect(&o.label), 0.0));
            }
        }
        // Family at the top, work and club at the bottom.
        assert_eq!(map.domain_labels[0].label.anchor, Anchor::Middle);
        assert!(map.domain_labels[0].label.y < 10.0);
        assert!(map.domain_labels[3].label.y > 340.0);
        for (start, (a, b)) in map.sector_starts.iter().zip(map.sector_lines) {
            let angle = (b.y - a.y).atan2(b.x - a.x).to_degrees();
            assert!(
                (angle - start)
                    .rem_euclid(360.0)
                    .min((start - angle).rem_euclid(360.0))
                    < 1e-6
            );
        }
    }

    #[test]
    fn a_full_ring_gets_more_room() {
        let p = LayoutParams::default();
        let map = layout(
            &people(30, Spread::OneCell(Domain::Family, Closeness::VeryClose)),
            &p,
        );
        let widths = [
            map.ring_radii[0] - map.centre_radius,
            map.ring_radii[1] - map.ring_radii[0],
            map.ring_radii[2] - map.ring_radii[1],
        ];
        assert!(widths[0] > 2.0 * widths[1]);
        assert!(widths[1] >= p.min_band - 0.01 && widths[2] >= p.min_band - 0.01);
        let even = layout(&people(18, Spread::Even), &p);
        let w0 = even.ring_radii[0] - even.centre_radius;
        let w2 = even.ring_radii[2] - even.ring_radii[1];
        assert!((w0 - w2).abs() < 0.02);
    }

    #[test]
    fn one_person_sits_in_the_middle_of_the_cell() {
        let p = LayoutParams::default();
        let map = layout(&[person(1, "Els", Domain::Family, Closeness::Close)], &p);
        let d = &map.dots[0];
        assert!(
            (d.x - map.centre.x).abs() < 0.01,
            "Family is centred at the top"
        );
        let r = map.centre.y - d.y;
        assert!((r - (map.ring_radii[0] + map.ring_radii[1]) / 2.0).abs() < 0.01);
        assert_eq!(d.text, "Els");
        assert_eq!(d.leader, None);
        assert_eq!(d.label.anchor, Anchor::Start);
        assert!(d.label.x > d.x);
    }

    #[test]
    fn names_are_shortened_with_an_ellipsis() {
        assert_eq!(short_name("  Els ", 12), "Els");
        assert_eq!(short_name("Wilhelmina", 12), "Wilhelmina");
        assert_eq!(short_name("Buurvrouw van 12", 12), "Buurvrouw v…");
        assert_eq!(short_name("Dokter Jansen", 12), "Dokter Jans…");
        assert_eq!(short_name("Ab cd", 4), "Ab…");
        assert_eq!(short_name("ééééééé", 6).chars().count(), 6);
        assert_eq!(
            label_texts("Wilhelmina", 12),
            vec!["Wilhelmina", "Wilhe…", "Wi…"]
        );
        assert_eq!(label_texts("Bo", 12), vec!["Bo"]);
    }

    #[test]
    fn share_gives_every_row_its_part() {
        assert_eq!(share(5, &[1.0, 1.0]), vec![3, 2]);
        assert_eq!(share(1, &[1.0, 3.0]), vec![0, 1]);
        assert_eq!(share(2, &[1.0, 100.0]), vec![1, 1]);
        assert_eq!(share(0, &[1.0]), vec![0]);
        assert_eq!(share(7, &[]), Vec::<usize>::new());
        assert_eq!(share(10, &[1.0, 2.0, 3.0]).iter().sum::<usize>(), 10);
    }

    /// Prints how often labels need a leader or are shortened, for tuning.
    #[test]
    #[ignore]
    fn quality() {
        let p = LayoutParams::default();
        for n in [12, 25, 40, 60] {
            let (mut leaders, mut length, mut short, mut far) = (0, 0.0, 0, 0);
            for seed in 0..40 {
                let list = people(n, Spread::Random(seed));
                let map = layout(&list, &p);
                check(&list, &map, &p);
                for d in &map.dots {
                    let name = &list.iter().find(|x| x.id == d.person_id).expect("p").name;
                    if d.text != short_name(name, p.max_label_chars) {
                        short += 1;
                    }
                    if let Some(q) = d.leader {
                        leaders += 1;
                        let l = (q.x - d.x).hypot(q.y - d.y);
                        length += l;
                        if l > 25.0 {
                            far += 1;
                        }
                    }
                }
            }
            println!("n={n}: leaders {leaders}, length {length:.0}, far {far}, shortened {short} (40 maps)");
        }
    }

    /// Writes SVG pictures of a few maps to /tmp for a look by eye:
    /// `cargo test --lib network::layout::tests::pictures -- --ignored`.
    #[test]
    #[ignore]
    fn pictures() {
        let p = LayoutParams::default();
        let cases = [
            ("5", people(5, Spread::Random(11))),
            ("12", people(12, Spread::Even)),
            ("40", people(40, Spread::Random(5))),
            ("40even", people(40, Spread::Even)),
            (
                "60cell",
                people(60, Spread::OneCell(Domain::Family, Closeness::VeryClose)),
            ),
            ("60", people(60, Spread::Random(42))),
            (
                "20cell",
                people(20, Spread::OneCell(Domain::Friends, Closeness::Close)),
            ),
        ];
        for (name, list) in cases {
            let map = layout(&list, &p);
            std::fs::write(format!("/tmp/network-map-{name}.svg"), svg(&map)).expect("write");
        }
    }

    fn svg(m: &MapLayout) -> String {
        let mut s = format!(
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {0} {0}' width='720' height='720' font-family='sans-serif'><rect width='{0}' height='{0}' fill='white'/>",
            m.size
        );
        for r in m.ring_radii.iter().rev() {
            s += &format!(
                "<circle cx='{}' cy='{}' r='{r}' fill='#eef4fb' stroke='#8aa' stroke-width='0.5'/>",
                m.centre.x, m.centre.y
            );
        }
        s += &format!(
            "<circle cx='{}' cy='{}' r='{}' fill='#fde' stroke='#a88'/>",
            m.centre.x, m.centre.y, m.centre_radius
        );
        for (a, b) in m.sector_lines {
            s += &format!(
                "<line x1='{}' y1='{}' x2='{}' y2='{}' stroke='#8aa' stroke-width='0.5'/>",
                a.x, a.y, b.x, b.y
            );
        }
        let anchor = |a: Anchor| match a {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        for d in &m.domain_labels {
            let l = &d.label;
            s += &format!("<rect x='{}' y='{}' width='{}' height='{}' fill='none' stroke='#ddd' stroke-width='0.3'/>", l.x, l.y, l.width, l.height);
            s += &format!("<text x='{}' y='{}' font-size='{}' text-anchor='{}' dominant-baseline='central' font-weight='bold'>{:?}</text>", l.text_x, l.text_y, m.domain_font_size, anchor(l.anchor), d.domain);
        }
        for d in &m.dots {
            if let Some(q) = d.leader {
                s += &format!(
                    "<line x1='{}' y1='{}' x2='{}' y2='{}' stroke='#999' stroke-width='0.5'/>",
                    d.x, d.y, q.x, q.y
                );
            }
        }
        for d in &m.dots {
            let l = &d.label;
            s += &format!("<rect x='{}' y='{}' width='{}' height='{}' fill='white' fill-opacity='0.8' stroke='#fcc' stroke-width='0.3'/>", l.x, l.y, l.width, l.height);
            s += &format!("<text x='{}' y='{}' font-size='{}' text-anchor='{}' dominant-baseline='central'>{}</text>", l.text_x, l.text_y, m.font_size, anchor(l.anchor), d.text);
            s += &format!(
                "<circle cx='{}' cy='{}' r='{}' fill='#235'/>",
                d.x, d.y, m.dot_radius
            );
        }
        s + "</svg>"
    }

    /// Writes the maps of many networks to the file in `LAYOUT_DUMP`, to compare
    /// two versions of the layout byte for byte.
    #[test]
    #[ignore]
    fn dump_maps() {
        let p = LayoutParams::default();
        let mut out = String::new();
        let mut spreads = spreads();
        spreads.extend((2..8).map(Spread::Random));
        for spread in spreads {
            for n in (1..=60).chain([80, 100, 150]) {
                let map = layout(&people(n, spread), &p);
                out += &format!("{spread:?} {n}\n{map:?}\n");
            }
        }
        let path = std::env::var("LAYOUT_DUMP").unwrap_or_else(|_| "/tmp/layout-dump.txt".into());
        std::fs::write(path, out).expect("write");
    }

    /// Not a timed test: lays out 150 people (five years of a large network)
    /// and prints how long it took, for the performance notes.
    #[test]
    fn layout_of_150_people_is_timed() {
        let forty = people(40, Spread::Random(5));
        let started = std::time::Instant::now();
        let small = layout(&forty, &LayoutParams::default());
        let took = started.elapsed();
        println!("layout of 40 people: {took:?} (native, this build profile)");
        assert_eq!(small.dots.len(), 40);
        let people = people(150, Spread::Even);
        let started = std::time::Instant::now();
        let map = layout(&people, &LayoutParams::default());
        let took = started.elapsed();
        println!("layout of 150 people: {took:?} (native, this build profile)");
        assert_eq!(map.dots.len(), 150);
        // Every dot stays in its own ring and sector; labels that found a place
        // do not overlap (at 150 some names may be left off the map: the list
        // view shows everyone).
        let shown = map.dots.iter().filter(|d| !d.text.is_empty()).count();
        println!("labels placed: {shown} of 150");
    }
}
