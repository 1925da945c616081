//! Samenvatting delen: choose what to share and see it as the other person
//! will; then show it full-screen, print it, share or copy it, or hand it over
//! by QR code. Also the share log and the read-only viewer of a scanned code.

mod view;

pub use view::{KeptPage, ShareLogPage, ShareQrPage, ShareShowPage, ViewPage};

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::components::{text_field, Layout, TextFieldProps};
use crate::hooks::share::{share_candidates, summary_of, use_log_share, use_save_selection};
use crate::hooks::use_app;
use crate::model::share::{
    log::MAX_WITH_WHOM_CHARS, Section, SectionCandidates, Selection, ShareLogField,
    ShareLogProblem, ShareMethod, Summary,
};
use crate::model::Lang;
use crate::route::{push, Route};
use crate::storage::device::{self, ShareOutcome};
use crate::text::fill;
use crate::text::share::{
    item_lines, render_blocks, render_text, section_title, share_texts, Block,
};

/// The slug of a section, for ids and test hooks.
fn section_slug(section: Section) -> &'static str {
    match section {
        Section::HowIAm => "how-i-am",
        Section::Network => "network",
        Section::Wishes => "wishes",
        Section::AboutPerson => "about",
    }
}

/// A summary as the other person sees it, in `lang`: headings, short lines
/// and lists. `top` is `true` when the summary is the page itself (its title
/// is the `h1`), `false` inside another page (a preview under an `h2`).
/// A plain function rather than a component: it has no state of its own, and
/// each component costs about 1 KB of wasm (issue 11).
pub fn summary_view(summary: &Summary, lang: Lang, top: bool) -> Html {
    let blocks = render_blocks(summary, lang);
    // Repeated at the foot of every printed page (with the page number).
    let footer_date = match blocks.first() {
        Some(Block::Title(s)) => s.clone(),
        _ => String::new(),
    };
    let mut out: Vec<Html> = Vec::new();
    let mut list: Vec<Html> = Vec::new();
    let flush = |list: &mut Vec<Html>, out: &mut Vec<Html>| {
        if !list.is_empty() {
            let items = std::mem::take(list);
            out.push(html! { <ul class="summary-list">{ for items }</ul> });
        }
    };
    for block in blocks {
        match block {
            Block::Item { text, detail } => list.push(html! {
                <li class="summary-item">
                    <span class="summary-item-text">{ text }</span>
                    if let Some(d) = detail {
                        <span class="summary-item-detail">{ d }</span>
                    }
                </li>
            }),
            other => {
                flush(&mut list, &mut out);
                out.push(match other {
                    Block::Title(s) if top => html! { <h1 class="summary-title">{ s }</h1> },
                    Block::Title(s) => html! { <p class="summary-title">{ s }</p> },
                    Block::Line(s) => html! { <p class="summary-line">{ s }</p> },
                    Block::Heading(s) if top => html! { <h2 class="summary-heading">{ s }</h2> },
                    Block::Heading(s) => html! { <h3 class="summary-heading">{ s }</h3> },
                    Block::SubHeading(s) if top => html! { <h3 class="summary-sub">{ s }</h3> },
                    Block::SubHeading(s) => html! { <h4 class="summary-sub">{ s }</h4> },
                    Block::Footer(s) => html! { <p class="summary-footer">{ s }</p> },
                    Block::Item { .. } => html! {},
                });
            }
        }
    }
    flush(&mut list, &mut out);
    html! {
        <article class="summary-doc" data-testid="summary">
            { for out }
            <p class="print-footer" aria-hidden="true">{ footer_date }</p>
        </article>
    }
}

/// Choosing what to share, the preview and the ways to share it.
#[component]
pub fn SharePage() -> Html {
    let app = use_app();
    let lang = app.lang();
    let t = share_texts(lang);
    let log_share = use_log_share();
    let save_selection = use_save_selection();
    let available = share_candidates(&app);
    let selection = {
        let start = app.share_selection.reconcile(&available);
        use_state(move || start)
    };
    let with_whom = use_state(String::new);
    let with_whom_error = use_state(|| None::<String>);
    let status = use_state(String::new);
    let cared = app
        .profile
        .as_ref()
        .map(|p| p.cared_name.clone())
        .unwrap_or_default();
    let summary = summary_of(&app, &selection);
    let count = summary.item_count();

    let set = {
        let selection = selection.clone();
        Callback::from(move |next: Selection| selection.set(next))
    };

    // Logs the share; then `after` runs (show, print, QR).
    let log = {
        let log_share = log_share.clone();
        let selection = selection.clone();
        let with_whom = with_whom.clone();
        let with_whom_error = with_whom_error.clone();
        Callback::from(move |(how, after): (ShareMethod, Callback<()>)| {
            let with_whom_error = with_whom_error.clone();
            log_share.emit((
                how,
                (*with_whom).clone(),
                (*selection).clone(),
                Callback::from(
                    move |r: Result<(), Vec<(ShareLogField, ShareLogProblem)>>| match r {
                        Ok(()) => {
                            with_whom_error.set(None);
                            after.emit(());
                        }
                        Err(_) => with_whom_error.set(Some(fill(
                            t.with_whom_too_long,
                            &[("max", &MAX_WITH_WHOM_CHARS.to_string())],
                        ))),
                    },
                ),
            ));
        })
    };
    let on_show = {
        let log = log.clone();
        Callback::from(move |_: MouseEvent| {
            log.emit((
                ShareMethod::Screen,
                Callback::from(|_| push(&Route::ShareShow)),
            ));
        })
    };
    let on_print = {
        let log = log.clone();
        Callback::from(move |_: MouseEvent| {
            log.emit((ShareMethod::Print, Callback::from(|_| device::print_page())));
        })
    };
    let on_qr = {
        let log = log.clone();
        let selection = selection.clone();
        let fits = crate::model::share::fits_in_qr(&crate::model::share::encode(&summary));
        Callback::from(move |_: MouseEvent| {
            let go = Callback::from(|_| push(&Route::ShareQr));
            if fits {
                log.emit((ShareMethod::Qr, go));
            } else {
                // Nothing handed over (so nothing logged): the QR screen says why.
                save_selection.emit(((*selection).clone(), go.reform(|_: bool| ())));
            }
        })
    };
    let on_share = {
        let log = log.clone();
        let status = status.clone();
        let text = render_text(&summary, lang);
        Callback::from(move |_: MouseEvent| {
            let log = log.clone();
            let status = status.clone();
            let text = text.clone();
            status.set(String::new());
            spawn_local(async move {
                let (how, done) = match device::share_text(t.title, &text).await {
                    ShareOutcome::Shared => (ShareMethod::Share, t.shared_done),
                    ShareOutcome::Cancelled => return,
                    ShareOutcome::Unavailable => {
                        if device::copy_text(&text).await {
                            (ShareMethod::Copy, t.copied_done)
                        } else {
                            status.set(t.copy_failed.to_string());
                            return;
                        }
                    }
                };
                let status = status.clone();
                log.emit((how, Callback::from(move |_| status.set(done.to_string()))));
            });
        })
    };

    let names = app.profile.as_ref().map(|_| {
        let sel = (*selection).clone();
        let on_me = {
            let set = set.clone();
            let sel = sel.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                set.emit(Selection { include_caregiver_name: on, ..sel.clone() });
            })
        };
        let on_cared = {
            let set = set.clone();
            let sel = sel.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                set.emit(Selection { include_cared_name: on, ..sel.clone() });
            })
        };
        html! {
            <div class="check-list share-names">
                <div class="check">
                    <input type="checkbox" class="check-input" id="share-name-me"
                        checked={sel.include_caregiver_name} onchange={on_me} />
                    <label class="check-label" for="share-name-me">{ t.include_caregiver_name }</label>
                </div>
                <div class="check">
                    <input type="checkbox" class="check-input" id="share-name-cared"
                        checked={sel.include_cared_name} onchange={on_cared} />
                    <label class="check-label" for="share-name-cared">
                        { fill(t.include_cared_name, &[("name", &cared)]) }
                    </label>
                </div>
            </div>
        }
    });

    html! {
        <Layout>
            <div class="share-controls">
                <h1 class="page-title">{ t.title }</h1>
                <p>{ t.intro }</p>
                if available.is_empty() {
                    <p class="empty" data-testid="share-no-data">{ t.no_data }</p>
                } else {
                    <section class="card" aria-labelledby="share-choose-title">
                        <h2 class="card-title" id="share-choose-title">{ t.choose_items }</h2>
                        { names.unwrap_or_default() }
                    </section>
                    { for available.iter().map(|s| html! {
                        { SectionChoice {
                            section: s.clone(),
                            selection: (*selection).clone(),
                            name: cared.clone(),
                            onchange: set.clone(),
                            lang,
                        }.view() }
                    }) }
                    <p class="share-count" role="status" data-testid="share-count">
                        { fill(t.chosen_count, &[("count", &count.to_string())]) }
                    </p>
                }
            </div>
            if !available.is_empty() {
                <section class="share-preview" aria-labelledby="share-preview-title" data-testid="share-preview">
                    <h2 class="section-title share-controls" id="share-preview-title">{ t.preview_title }</h2>
                    if count == 0 {
                        <p class="empty share-controls">{ t.nothing_chosen }</p>
                    } else {
                        { summary_view(&summary, lang, false) }
                    }
                </section>
            }
            <div class="share-controls">
                if count > 0 {
                    <div class="card share-actions">
                        { text_field(yew::props!(TextFieldProps {
                            id: "share-with-whom", label: t.with_whom_label,
                            value: (*with_whom).clone(),
                            error: (*with_whom_error).clone().map(AttrValue::from),
                            oninput: {
                                let with_whom = with_whom.clone();
                                Callback::from(move |v: String| with_whom.set(v))
                            },
                        })) }
                        <div class="share-buttons">
                            <button type="button" class="button button-primary button-wide" onclick={on_show}>
                                { t.show_full_screen }
                            </button>
                            <button type="button" class="button button-secondary button-wide" onclick={on_print}>
                                { t.print }
                            </button>
                            <button type="button" class="button button-secondary button-wide" onclick={on_share}>
                                { if device::can_share() { t.share } else { t.copy } }
                            </button>
                            <button type="button" class="button button-secondary button-wide" onclick={on_qr}>
                                { t.qr }
                            </button>
                        </div>
                        <p class="saved-line" role="status" data-testid="share-status">{ (*status).clone() }</p>
                    </div>
                }
                <p>
                    <a class="button button-secondary" href={Route::ShareLog.href()}>
                        { t.log_title }
                    </a>
                </p>
            </div>
        </Layout>
    }
}

/// One section to choose from: the section itself, "all" / "none", its items.
/// A plain struct drawn with [`SectionChoice::view`] rather than a component: it has no
/// state of its own, and each component costs about 1 KB of wasm (issue 11).
struct SectionChoice {
    section: SectionCandidates,
    selection: Selection,
    name: String,
    onchange: Callback<Selection>,
    lang: Lang,
}

impl SectionChoice {
    fn view(&self) -> Html {
        let lang = self.lang;
        let t = share_texts(lang);
        let section = self.section.section;
        let slug = section_slug(section);
        let name = (!self.name.is_empty()).then_some(self.name.as_str());
        let title = section_title(lang, section, name);
        let sel = &self.selection;
        let keys: Vec<String> = self.section.items.iter().map(|c| c.key.clone()).collect();
        let on_section = {
            let sel = sel.clone();
            let onchange = self.onchange.clone();
            Callback::from(move |e: Event| {
                let on = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked();
                onchange.emit(sel.with_section(section, on));
            })
        };
        let all_or_none = |on: bool| {
            let sel = sel.clone();
            let onchange = self.onchange.clone();
            let keys = keys.clone();
            Callback::from(move |_: MouseEvent| {
                let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
                let next = sel.with_items(section, &refs, on);
                onchange.emit(if on {
                    next.with_section(section, true)
                } else {
                    next
                });
            })
        };
        html! {
            <section class="card share-section" aria-labelledby={format!("share-sec-{slug}")}
                data-section={slug}>
                <h2 class="card-title" id={format!("share-sec-{slug}")}>{ title.clone() }</h2>
                <div class="check share-section-check">
                    <input type="checkbox" class="check-input" id={format!("share-on-{slug}")}
                        checked={sel.has_section(section)} onchange={on_section} />
                    <label class="check-label" for={format!("share-on-{slug}")}>
                        { title.clone() }
                    </label>
                </div>
                <p class="share-all-none">
                    <button type="button" class="button button-secondary button-small"
                        aria-label={format!("{}: {}", t.select_all, title)} onclick={all_or_none(true)}>
                        { t.select_all }
                    </button>
                    <button type="button" class="button button-secondary button-small"
                        aria-label={format!("{}: {}", t.select_none, title)} onclick={all_or_none(false)}>
                        { t.select_none }
                    </button>
                </p>
                <div class="share-items">
                    { for self.section.items.iter().enumerate().map(|(i, c)| {
                        let (text, detail) = item_lines(&c.item, lang, name);
                        let id = format!("share-{slug}-{i}");
                        let key = c.key.clone();
                        let onchange = {
                            let sel = sel.clone();
                            let onchange = self.onchange.clone();
                            Callback::from(move |e: Event| {
                                let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                let next = sel.with_item(section, &key, on);
                                onchange.emit(if on { next.with_section(section, true) } else { next });
                            })
                        };
                        html! {
                            <div class="check share-item">
                                <input type="checkbox" class="check-input" id={id.clone()}
                                    checked={sel.has_item(section, &c.key)} {onchange} />
                                <label class="check-label" for={id}>
                                    <span class="share-item-text">
                                        { text }
                                        if let Some(d) = detail {
                                            <span class="share-item-detail">{ d }</span>
                                        }
                                    </span>
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </section>
        }
    }
}
