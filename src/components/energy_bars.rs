//! The energy picture: two bars, one for what gives energy and one for what
//! costs energy, with a sentence that says which weighs more.

use yew::prelude::*;

/// Two bars whose length is each list's summed weight.
/// A plain struct drawn with [`EnergyBars::view`] rather than a component: it has no
/// state of its own, and each component costs about 1 KB of wasm (issue 11).
pub struct EnergyBars {
    /// The heading above the picture.
    pub title: AttrValue,
    /// The givers' name and summed weight.
    pub givers_label: AttrValue,
    /// The summed weight of the givers.
    pub givers: u32,
    /// The drains' name.
    pub drains_label: AttrValue,
    /// The summed weight of the drains.
    pub drains: u32,
    /// Which side weighs more, in words: the picture's text equivalent.
    pub summary: AttrValue,
}

impl EnergyBars {
    /// The heading, both bars and the sentence.
    pub fn view(&self) -> Html {
        let most = self.givers.max(self.drains).max(1);
        let bar = |label: &AttrValue, total: u32, class: &'static str| {
            let width = f64::from(total) / f64::from(most) * 100.0;
            html! {
                <div class="bc-energy-row">
                    <p class="bc-energy-row-label">
                        <span class={classes!("bc-key", format!("bc-key-{class}"))} aria-hidden="true"></span>
                        { label.clone() }
                    </p>
                    <svg class="bc-energy-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="bc-energy-track" x="0" y="0" width="100" height="10" />
                        <rect class={classes!("bc-energy-fill", format!("bc-energy-fill-{class}"))}
                            x="0" y="0" width={format!("{:.1}", width)} height="10" />
                    </svg>
                </div>
            }
        };
        html! {
            <section class="card bc-energy-picture" aria-labelledby="bc-energy-picture-title">
                <h2 class="card-title" id="bc-energy-picture-title">{ self.title.clone() }</h2>
                { bar(&self.givers_label, self.givers, "capacity") }
                { bar(&self.drains_label, self.drains, "load") }
                <p class="bc-energy-summary" data-testid="energy-summary">{ self.summary.clone() }</p>
            </section>
        }
    }
}
