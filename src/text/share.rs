//! Texts of "Samenvatting delen" in Dutch and English, and the rendering of a
//! summary into blocks (for the screen and print view) and plain text (for
//! copying and sharing), so every view uses the same words.

use crate::model::case::lowercase;
use crate::model::check::{Band, Direction, QuestionId};
use crate::model::network::{Closeness, Domain, Task};
use crate::model::share::{DecodeError, Section, ShareLogEntry, ShareMethod, Summary, SummaryItem};
use crate::model::time::Date;
use crate::model::wishes::Role;
use crate::model::{Lang, Relation};

use super::check::{band_name, check_texts, kind_heading, option_text, weight_name};
use super::network::{closeness_name, domain_name, network_texts, task_list, task_name};
use super::wishes::{kind_text, role_title, status_text, wish_texts};
use super::{fill, format_date};

text_table! {
    /// The texts of sharing a summary in one language.
    ShareTexts {
        /// The screen's title.
        title,
        /// What the screen is for.
        intro,
        /// Above the list of sections and items.
        choose_items,
        /// Nothing stored yet.
        no_data,
        /// Nothing ticked yet.
        nothing_chosen,
        /// How many items are ticked: `{count}`.
        chosen_count,
        /// Tick every item of a section.
        select_all,
        /// Untick every item of a section.
        select_none,
        /// Tick: show the caregiver's first name.
        include_caregiver_name,
        /// Tick: show the first name of `{name}`.
        include_cared_name,
        /// Heading of the preview.
        preview_title,
        /// Button: show full-screen.
        show_full_screen,
        /// Button: close the full-screen view.
        close_full_screen,
        /// Button: print or save as PDF.
        print,
        /// Button: share with another app.
        share,
        /// Button: copy the text.
        copy,
        /// Button: show a QR code.
        qr,
        /// After sharing with another app.
        shared_done,
        /// After copying.
        copied_done,
        /// When copying did not work.
        copy_failed,
        /// Label of "with whom".
        with_whom_label,
        /// "With whom" is too long; `{max}` characters.
        with_whom_too_long,
        /// Heading of the QR screen.
        qr_title,
        /// How the QR code works.
        qr_hint,
        /// The summary is too large for a QR code.
        qr_too_large,
        /// The read-only viewer: heading.
        viewer_title,
        /// The read-only viewer: nothing was saved.
        viewer_read_only,
        /// The read-only viewer: keep it on this phone.
        viewer_keep,
        /// The summary was kept on this phone.
        viewer_kept,
        /// Keeping did not work.
        viewer_keep_failed,
        /// Link to the kept summaries.
        kept_link,
        /// Kept summaries: heading.
        kept_title,
        /// Kept summaries: what they are.
        kept_intro,
        /// Kept summaries: none yet.
        kept_empty,
        /// One kept summary: `{date}` and `{name}`.
        kept_item,
        /// One kept summary without a name: `{date}`.
        kept_item_no_name,
        /// Button: remove a kept summary.
        kept_remove,
        /// The viewer could not open a code: heading.
        viewer_error_title,

        /// Decode error: nothing in the link.
        err_empty,
        /// Decode error: characters that do not belong.
        err_not_base64,
        /// Decode error: cut off.
        err_truncated,
        /// Decode error: not a Samenspel summary.
        err_not_samenspel,
        /// Decode error: made with a newer version.
        err_newer_version,
        /// Decode error: damaged.
        err_damaged,
        /// Decode error: too large.
        err_too_large,
        /// Decode error: contents do not fit together.
        err_invalid_data,
        /// Decode error: too many items.
        err_too_many_items,
        /// Decode error: a text is too long.
        err_text_too_long,
        /// Decode error: a date that does not exist.
        err_invalid_date,

        /// The summary's first line: `{date}`.
        date_line,
        /// The caregiver's name: `{name}`.
        from_line,
        /// Who is cared for: `{name}`.
        cared_line,
        /// Who is cared for, with the relation: `{name}`, `{relation}`.
        cared_line_rel,
        /// Relation: partner.
        rel_partner,
        /// Relation: parent.
        rel_parent,
        /// Relation: child.
        rel_child,
        /// Relation: other family.
        rel_other_family,
        /// Relation: friend.
        rel_friend,
        /// Relation: neighbour.
        rel_neighbour,
        /// Instead of the name when it is not shown.
        the_person,

        /// Section: how I am doing.
        sec_how_i_am,
        /// Section: my network.
        sec_network,
        /// Section: wishes and agreements.
        sec_wishes,
        /// Section: about `{name}`.
        sec_about,

        /// The latest check: `{date}`, `{band}`.
        check_line,
        /// The two sides: `{load}`, `{capacity}`.
        scores_line,
        /// The overall mark: `{mark}`.
        overall_line,
        /// Trend: heavier than at the check of `{date}`.
        trend_heavier,
        /// Trend: lighter than at the check of `{date}`.
        trend_lighter,
        /// Trend: about the same as at the check of `{date}`.
        trend_same,
        /// Subheading above the heaviest answers.
        heaviest_title,
        /// One heaviest answer: `{label}`, `{answer}`.
        heavy_line,
        /// Label: hours of care.
        hl_hours,
        /// Label: other duties.
        hl_duties,
        /// Label: worries.
        hl_worries,
        /// Label: sleep.
        hl_sleep,
        /// Label: own health.
        hl_health,
        /// Label: time for myself.
        hl_own_time,
        /// Label: money.
        hl_money,
        /// Label: help from others.
        hl_help,
        /// Label: my bond with `{name}`.
        hl_relationship,
        /// Label: what caring gives me.
        hl_fulfilment,
        /// Label: energy.
        hl_energy,
        /// Label: someone to talk to.
        hl_talk,
        /// An energy item: `{text}`, `{weight}`.
        energy_line,

        /// Subheading above the people.
        people_title,
        /// A person with a relation: `{name}`, `{relation}`.
        person_line,
        /// What a person helps with: `{tasks}`.
        helps_line,
        /// Subheading above the tasks done alone.
        alone_title,
        /// With whom a wish was discussed: `{who}`.
        with_whom_line,
        /// When to look at an agreement again: `{date}`.
        review_line,
        /// The last line of every summary.
        footer,

        /// Method: shown on screen.
        how_screen,
        /// Method: printed or PDF.
        how_print,
        /// Method: shared with an app.
        how_share,
        /// Method: copied.
        how_copy,
        /// Method: QR code.
        how_qr,

        /// Log: heading.
        log_title,
        /// Log: where it is kept.
        log_intro,
        /// Log: nothing yet.
        log_empty,
        /// Log line: `{date}`, `{how}`.
        log_line,
        /// Log line with whom: `{date}`, `{how}`, `{who}`.
        log_line_with,
        /// Log: one item from `{sections}`.
        log_what_one,
        /// Log: `{count}` items from `{sections}`.
        log_what,
        /// Log: button to clear it.
        log_clear,
        /// Log: asked before clearing.
        log_clear_confirm,
        /// Log: it was cleared.
        log_cleared,
    }
}

/// Dutch.
pub static NL: ShareTexts = ShareTexts {
    title: "Samenvatting delen",
    intro: "Kies wat u wilt laten zien, bijvoorbeeld aan de wijkverpleging. Alleen wat u aanvinkt, gaat mee. Alles blijft op uw telefoon.",
    choose_items: "Kies wat u wilt delen",
    no_data: "Er is nog niets om te delen. Doe eerst de balanscheck, of vul uw netwerk of uw wensen in.",
    nothing_chosen: "U heeft nog niets gekozen. Vink aan wat u wilt delen.",
    chosen_count: "{count} gekozen",
    select_all: "Alles uit dit deel",
    select_none: "Niets uit dit deel",
    include_caregiver_name: "Mijn voornaam tonen",
    include_cared_name: "De voornaam van {name} tonen",
    preview_title: "Zo ziet de ander het",
    show_full_screen: "Laten zien op het scherm",
    close_full_screen: "Sluiten",
    print: "Afdrukken of bewaren als PDF",
    share: "Delen met een app",
    copy: "Tekst kopiëren",
    qr: "Laten scannen met een QR-code",
    shared_done: "De samenvatting is gedeeld.",
    copied_done: "De tekst is gekopieerd. U kunt hem nu plakken waar u wilt.",
    copy_failed: "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.",
    with_whom_label: "Met wie deelt u dit? Dit hoeft niet.",
    with_whom_too_long: "Dit is te lang. Gebruik hoogstens {max} tekens.",
    qr_title: "QR-code",
    qr_hint: "Laat de ander deze code scannen met de camera van de telefoon. De samenvatting zit in de code zelf. Er wordt niets naar internet gestuurd.",
    qr_too_large: "Dit past niet in één QR-code. Een telefoon kan de code dan niet goed lezen. Laat een paar dingen weg, zoals lange teksten.",
    viewer_title: "Samenvatting van een mantelzorger",
    viewer_read_only: "U kunt deze samenvatting alleen lezen. Er is niets op deze telefoon bewaard.",
    viewer_keep: "Bewaren op deze telefoon",
    viewer_kept: "Bewaard op deze telefoon. Alleen u kunt hem hier teruglezen.",
    viewer_keep_failed: "Bewaren is niet gelukt. Er is niets veranderd.",
    kept_link: "Alle bewaarde samenvattingen",
    kept_title: "Bewaarde samenvattingen",
    kept_intro: "Deze samenvattingen heeft u zelf bewaard. Ze staan alleen op deze telefoon.",
    kept_empty: "U heeft nog geen samenvattingen bewaard.",
    kept_item: "Samenvatting van {date}, van {name}",
    kept_item_no_name: "Samenvatting van {date}",
    kept_remove: "Verwijderen",
    viewer_error_title: "Deze samenvatting kan niet worden geopend",

    err_empty: "Er zit geen samenvatting in deze link. Vraag om een nieuwe code.",
    err_not_base64: "Deze code is beschadigd. Vraag om een nieuwe code.",
    err_truncated: "Deze code is niet volledig. Vraag om een nieuwe code.",
    err_not_samenspel: "Dit is geen samenvatting uit Samenspel.",
    err_newer_version: "Deze samenvatting is gemaakt met een nieuwere versie van Samenspel. Werk de app bij en probeer het opnieuw.",
    err_damaged: "Deze code is beschadigd of niet volledig. Vraag om een nieuwe code.",
    err_too_large: "Deze code is groter dan een samenvatting kan zijn. Vraag om een nieuwe code.",
    err_invalid_data: "De inhoud van deze code klopt niet. Vraag om een nieuwe code.",
    err_too_many_items: "Er staan meer dingen in deze code dan kan. Vraag om een nieuwe code.",
    err_text_too_long: "Er staat een te lange tekst in deze code. Vraag om een nieuwe code.",
    err_invalid_date: "Er staat een datum in deze code die niet bestaat. Vraag om een nieuwe code.",

    date_line: "Samenvatting van {date}",
    from_line: "Van: {name}",
    cared_line: "Ik zorg voor {name}.",
    cared_line_rel: "Ik zorg voor {name}, {relation}.",
    rel_partner: "mijn partner",
    rel_parent: "mijn ouder",
    rel_child: "mijn kind",
    rel_other_family: "een familielid",
    rel_friend: "een vriend of vriendin",
    rel_neighbour: "mijn buurman of buurvrouw",
    the_person: "mijn naaste",

    sec_how_i_am: "Hoe het met mij gaat",
    sec_network: "Mijn netwerk",
    sec_wishes: "Wensen en afspraken",
    sec_about: "Over {name}",

    check_line: "Mijn balanscheck van {date}: {band}.",
    scores_line: "Wat zwaar is: {load} van de 100. Wat mij helpt: {capacity} van de 100.",
    overall_line: "Alles bij elkaar geef ik het een {mark} van de 10.",
    trend_heavier: "Het is zwaarder dan bij mijn check van {date}.",
    trend_lighter: "Het is lichter dan bij mijn check van {date}.",
    trend_same: "Het is ongeveer hetzelfde als bij mijn check van {date}.",
    heaviest_title: "Wat nu het zwaarst weegt",
    heavy_line: "{label}: {answer}",
    hl_hours: "Uren zorg per week",
    hl_duties: "Mijn andere taken",
    hl_worries: "Zorgen",
    hl_sleep: "Slaap",
    hl_health: "Mijn gezondheid",
    hl_own_time: "Tijd voor mezelf",
    hl_money: "Geldzorgen",
    hl_help: "Hulp van anderen",
    hl_relationship: "Hoe het gaat tussen mij en {name}",
    hl_fulfilment: "Wat de zorg mij geeft",
    hl_energy: "Mijn energie",
    hl_talk: "Iemand om mee te praten",
    energy_line: "{text} ({weight})",

    people_title: "Mensen om mij heen",
    person_line: "{name} ({relation})",
    helps_line: "Helpt met: {tasks}",
    alone_title: "Dit doe ik alleen",
    with_whom_line: "Met: {who}",
    review_line: "Weer bekijken op {date}",
    footer: "Gemaakt met Samenspel. Alleen wat ik zelf heb gekozen.",

    how_screen: "Op het scherm laten zien",
    how_print: "Afgedrukt of als PDF bewaard",
    how_share: "Gedeeld met een app",
    how_copy: "Tekst gekopieerd",
    how_qr: "Met een QR-code",

    log_title: "Wat u heeft gedeeld",
    log_intro: "Dit overzicht staat alleen op uw telefoon.",
    log_empty: "U heeft nog niets gedeeld.",
    log_line: "{date}: {how}",
    log_line_with: "{date}: {how}, met {who}",
    log_what_one: "1 ding uit: {sections}",
    log_what: "{count} dingen uit: {sections}",
    log_clear: "Overzicht wissen",
    log_clear_confirm: "Wilt u dit overzicht wissen? Dat kan niet ongedaan worden gemaakt.",
    log_cleared: "Het overzicht is gewist.",
};

/// English.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: ShareTexts = ShareTexts {
    title: "Share a summary",
    intro: "Choose what you want to show, for example to the district nurse. Only what you tick is included. Everything stays on your phone.",
    choose_items: "Choose what to share",
    no_data: "There is nothing to share yet. First do the balance check, or fill in your network or your wishes.",
    nothing_chosen: "You have not chosen anything yet. Tick what you want to share.",
    chosen_count: "{count} chosen",
    select_all: "Everything in this part",
    select_none: "Nothing in this part",
    include_caregiver_name: "Show my first name",
    include_cared_name: "Show the first name of {name}",
    preview_title: "This is what the other person sees",
    show_full_screen: "Show on screen",
    close_full_screen: "Close",
    print: "Print or save as PDF",
    share: "Share with an app",
    copy: "Copy the text",
    qr: "Let them scan a QR code",
    shared_done: "The summary has been shared.",
    copied_done: "The text has been copied. You can now paste it wherever you like.",
    copy_failed: "Copying did not work. Select the text and copy it yourself.",
    with_whom_label: "Who are you sharing this with? This is optional.",
    with_whom_too_long: "This is too long. Use at most {max} characters.",
    qr_title: "QR code",
    qr_hint: "Let the other person scan this code with their phone camera. The summary is inside the code itself. Nothing is sent over the internet.",
    qr_too_large: "This does not fit in one QR code. A phone could not read the code well. Leave a few things out, such as long texts.",
    viewer_title: "A caregiver's summary",
    viewer_read_only: "You can only read this summary. Nothing has been saved on this phone.",
    viewer_keep: "Keep on this phone",
    viewer_kept: "Kept on this phone. Only you can read it here again.",
    viewer_keep_failed: "Keeping did not work. Nothing has changed.",
    kept_link: "All kept summaries",
    kept_title: "Kept summaries",
    kept_intro: "You kept these summaries yourself. They are only on this phone.",
    kept_empty: "You have not kept any summaries yet.",
    kept_item: "Summary of {date}, from {name}",
    kept_item_no_name: "Summary of {date}",
    kept_remove: "Remove",
    viewer_error_title: "This summary cannot be opened",

    err_empty: "There is no summary in this link. Ask for a new code.",
    err_not_base64: "This code is damaged. Ask for a new code.",
    err_truncated: "This code is incomplete. Ask for a new code.",
    err_not_samenspel: "This is not a Samenspel summary.",
    err_newer_version: "This summary was made with a newer version of Samenspel. Update the app and try again.",
    err_damaged: "This code is damaged or incomplete. Ask for a new code.",
    err_too_large: "This code is larger than a summary can be. Ask for a new code.",
    err_invalid_data: "The contents of this code are not right. Ask for a new code.",
    err_too_many_items: "This code holds more things than a summary can. Ask for a new code.",
    err_text_too_long: "This code holds a text that is too long. Ask for a new code.",
    err_invalid_date: "This code holds a date that does not exist. Ask for a new code.",

    date_line: "Summary of {date}",
    from_line: "From: {name}",
    cared_line: "I care for {name}.",
    cared_line_rel: "I care for {name}, {relation}.",
    rel_partner: "my partner",
    rel_parent: "my parent",
    rel_child: "my child",
    rel_other_family: "a family member",
    rel_friend: "a friend",
    rel_neighbour: "my neighbour",
    the_person: "the person I care for",

    sec_how_i_am: "How I am doing",
    sec_network: "My network",
    sec_wishes: "Wishes and agreements",
    sec_about: "About {name}",

    check_line: "My balance check of {date}: {band}.",
    scores_line: "What weighs on me: {load} out of 100. What helps me: {capacity} out of 100.",
    overall_line: "All in all, I give it {mark} out of 10.",
    trend_heavier: "It is heavier than at my check of {date}.",
    trend_lighter: "It is lighter than at my check of {date}.",
    trend_same: "It is about the same as at my check of {date}.",
    heaviest_title: "What weighs most right now",
    heavy_line: "{label}: {answer}",
    hl_hours: "Hours of care a week",
    hl_duties: "My other duties",
    hl_worries: "Worries",
    hl_sleep: "Sleep",
    hl_health: "My health",
    hl_own_time: "Time for myself",
    hl_money: "Money worries",
    hl_help: "Help from others",
    hl_relationship: "How things are between {name} and me",
    hl_fulfilment: "What caring gives me",
    hl_energy: "My energy",
    hl_talk: "Someone to talk to",
    energy_line: "{text} ({weight})",

    people_title: "People around me",
    person_line: "{name} ({relation})",
    helps_line: "Helps with: {tasks}",
    alone_title: "What I do alone",
    with_whom_line: "With: {who}",
    review_line: "To look at again on {date}",
    footer: "Made with Samenspel. Only what I chose myself.",

    how_screen: "Shown on screen",
    how_print: "Printed or saved as PDF",
    how_share: "Shared with an app",
    how_copy: "Text copied",
    how_qr: "With a QR code",

    log_title: "What you have shared",
    log_intro: "This list is only on your phone.",
    log_empty: "You have not shared anything yet.",
    log_line: "{date}: {how}",
    log_line_with: "{date}: {how}, with {who}",
    log_what_one: "1 thing from: {sections}",
    log_what: "{count} things from: {sections}",
    log_clear: "Clear the list",
    log_clear_confirm: "Do you want to clear this list? This cannot be undone.",
    log_cleared: "The list has been cleared.",
};

/// The share texts for a language.
#[inline(never)]
pub fn share_texts(lang: Lang) -> &'static ShareTexts {
    super::pick(lang, &NL, |e| e.share)
}

/// The sentence for a payload that could not be read.
pub fn decode_error_text(t: &ShareTexts, e: DecodeError) -> &'static str {
    match e {
        DecodeError::Empty => t.err_empty,
        DecodeError::NotBase64 => t.err_not_base64,
        DecodeError::Truncated => t.err_truncated,
        DecodeError::NotSamenspel => t.err_not_samenspel,
        DecodeError::NewerVersion => t.err_newer_version,
        DecodeError::Damaged => t.err_damaged,
        DecodeError::TooLarge => t.err_too_large,
        DecodeError::InvalidData => t.err_invalid_data,
        DecodeError::TooManyItems => t.err_too_many_items,
        DecodeError::TextTooLong => t.err_text_too_long,
        DecodeError::InvalidDate => t.err_invalid_date,
    }
}

/// The name of a way of sharing.
pub fn method_text(t: &ShareTexts, m: ShareMethod) -> &'static str {
    match m {
        ShareMethod::Screen => t.how_screen,
        ShareMethod::Print => t.how_print,
        ShareMethod::Share => t.how_share,
        ShareMethod::Copy => t.how_copy,
        ShareMethod::Qr => t.how_qr,
    }
}

/// The relation in the caregiver's words ("mijn partner"); `None` for "someone else".
pub fn relation_words(t: &ShareTexts, r: Relation) -> Option<&'static str> {
    match r {
        Relation::Partner => Some(t.rel_partner),
        Relation::Parent => Some(t.rel_parent),
        Relation::Child => Some(t.rel_child),
        Relation::OtherFamily => Some(t.rel_other_family),
        Relation::Friend => Some(t.rel_friend),
        Relation::Neighbour => Some(t.rel_neighbour),
        Relation::Other => None,
    }
}

/// The short first-person label of a question (may hold `{name}`).
pub fn heavy_label(t: &ShareTexts, q: QuestionId) -> &'static str {
    match q {
        QuestionId::CareHours => t.hl_hours,
        QuestionId::OtherDuties => t.hl_duties,
        QuestionId::Worries => t.hl_worries,
        QuestionId::Sleep => t.hl_sleep,
        QuestionId::Health => t.hl_health,
        QuestionId::OwnTime => t.hl_own_time,
        QuestionId::Money => t.hl_money,
        QuestionId::HelpFromOthers => t.hl_help,
        QuestionId::Relationship => t.hl_relationship,
        QuestionId::Fulfilment => t.hl_fulfilment,
        QuestionId::Energy => t.hl_energy,
        QuestionId::SomeoneToTalkTo => t.hl_talk,
    }
}

/// The template of a trend, with `{date}`.
pub fn trend_text(t: &ShareTexts, d: Direction) -> &'static str {
    match d {
        Direction::Heavier => t.trend_heavier,
        Direction::Lighter => t.trend_lighter,
        Direction::Same => t.trend_same,
    }
}

/// The title of a section. `name` is the first name of the person cared for,
/// or `None` to say "the person I care for".
pub fn section_title(lang: Lang, section: Section, name: Option<&str>) -> String {
    let t = share_texts(lang);
    match section {
        Section::HowIAm => t.sec_how_i_am.to_string(),
        Section::Network => t.sec_network.to_string(),
        Section::Wishes => t.sec_wishes.to_string(),
        Section::AboutPerson => fill(t.sec_about, &[("name", name.unwrap_or(t.the_person))]),
    }
}

/// One rendered piece of a summary. The screen, the full-screen view and the
/// print view show these as HTML; [`render_text`] writes them as plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The first line: the date of the summary (`h1`).
    Title(String),
    /// A plain line (`p`).
    Line(String),
    /// The title of a section (`h2`); a new printed page may start here.
    Heading(String),
    /// A group inside a section (`h3`).
    SubHeading(String),
    /// One list item, with an optional smaller second line.
    Item {
        /// The main text.
        text: String,
        /// Details under it.
        detail: Option<String>,
    },
    /// The closing line.
    Footer(String),
}

/// How one item reads: the main text and an optional detail line. Also used to
/// label the check boxes when choosing. `name` is the first name of the person
/// cared for, or `None` to say "the person I care for".
pub fn item_lines(item: &SummaryItem, lang: Lang, name: Option<&str>) -> (String, Option<String>) {
    let t = share_texts(lang);
    let who = name.unwrap_or(t.the_person);
    match item {
        SummaryItem::Check {
            date,
            band,
            load,
            capacity,
            overall,
        } => check_lines(lang, *date, *band, (*load, *capacity), *overall),
        SummaryItem::Trend {
            direction,
            previous,
        } => (
            fill(
                trend_text(t, *direction),
                &[("date", &format_date(lang, *previous))],
            ),
            None,
        ),
        SummaryItem::Heavy { question, option } => {
            let answer = option_text(check_texts(lang), *question, *option).unwrap_or("");
            let label = fill(heavy_label(t, *question), &[("name", who)]);
            (
                fill(t.heavy_line, &[("label", &label), ("answer", answer)]),
                None,
            )
        }
        SummaryItem::Energy { text, weight, .. } => {
            let weight = lower_first(weight_name(check_texts(lang), *weight));
            (
                fill(t.energy_line, &[("text", text), ("weight", &weight)]),
                None,
            )
        }
        SummaryItem::Person {
            name,
            relation,
            domain,
            closeness,
            helps,
        } => person_lines(lang, name, relation, (*domain, *closeness), helps),
        SummaryItem::AloneTask(task) => (task_name(network_texts(lang), *task).to_string(), None),
        SummaryItem::Wish {
            kind,
            status,
            text,
            with_whom,
            review_on,
            ..
        } => {
            let w = wish_texts(lang);
            let mut parts = vec![
                kind_text(w, *kind).to_string(),
                status_text(w, *status).to_string(),
            ];
            if !with_whom.is_empty() {
                parts.push(fill(t.with_whom_line, &[("who", with_whom)]));
            }
            if let Some(d) = review_on {
                parts.push(fill(t.review_line, &[("date", &format_date(lang, *d))]));
            }
            (text.clone(), Some(parts.join(" · ")))
        }
    }
}

fn check_lines(
    lang: Lang,
    date: Date,
    band: Band,
    (load, capacity): (u8, u8),
    overall: Option<u8>,
) -> (String, Option<String>) {
    let t = share_texts(lang);
    let main = fill(
        t.check_line,
        &[
            ("date", &format_date(lang, date)),
            ("band", &lower_first(band_name(check_texts(lang), band))),
        ],
    );
    let mut detail = fill(
        t.scores_line,
        &[
            ("load", &load.to_string()),
            ("capacity", &capacity.to_string()),
        ],
    );
    if let Some(mark) = overall {
        detail.push(' ');
        detail.push_str(&fill(t.overall_line, &[("mark", &mark.to_string())]));
    }
    (main, Some(detail))
}

fn person_lines(
    lang: Lang,
    name: &str,
    relation: &str,
    (domain, closeness): (Domain, Closeness),
    helps: &[Task],
) -> (String, Option<String>) {
    let t = share_texts(lang);
    let n = network_texts(lang);
    let main = if relation.is_empty() {
        name.to_string()
    } else {
        fill(t.person_line, &[("name", name), ("relation", relation)])
    };
    let mut parts = vec![
        domain_name(n, domain).to_string(),
        closeness_name(n, closeness).to_string(),
    ];
    if !helps.is_empty() {
        parts.push(fill(t.helps_line, &[("tasks", &task_list(n, helps))]));
    }
    (main, Some(parts.join(" · ")))
}

/// The subheading an item is listed under, if any.
fn group_of(item: &SummaryItem, lang: Lang, name: Option<&str>) -> Option<String> {
    let t = share_texts(lang);
    match item {
        SummaryItem::Check { .. } | SummaryItem::Trend { .. } => None,
        SummaryItem::Heavy { .. } => Some(t.heaviest_title.to_string()),
        SummaryItem::Energy { kind, .. } => {
            Some(kind_heading(check_texts(lang), *kind).to_string())
        }
        SummaryItem::Person { .. } => Some(t.people_title.to_string()),
        SummaryItem::AloneTask(_) => Some(t.alone_title.to_string()),
        SummaryItem::Wish {
            role: Role::Expert, ..
        } => None,
        SummaryItem::Wish { role, .. } => Some(fill(
            role_title(wish_texts(lang), *role),
            &[("name", name.unwrap_or(t.the_person))],
        )),
    }
}

/// The summary as blocks, in order: the title, the names, each section with its
/// heading, subheadings and items, and the footer.
pub fn render_blocks(summary: &Summary, lang: Lang) -> Vec<Block> {
    let t = share_texts(lang);
    let name = summary.cared_name();
    let mut out = vec![Block::Title(fill(
        t.date_line,
        &[("date", &format_date(lang, summary.date))],
    ))];
    if let Some(me) = &summary.caregiver_name {
        out.push(Block::Line(fill(t.from_line, &[("name", me)])));
    }
    if let Some(c) = &summary.cared_for {
        out.push(Block::Line(match relation_words(t, c.relation) {
            Some(rel) => fill(t.cared_line_rel, &[("name", &c.name), ("relation", rel)]),
            None => fill(t.cared_line, &[("name", &c.name)]),
        }));
    }
    for section in &summary.sections {
        out.push(Block::Heading(section_title(lang, section.section, name)));
        let mut group: Option<String> = None;
        for item in &section.items {
            let (text, detail) = item_lines(item, lang, name);
            match (item, group_of(item, lang, name)) {
                (SummaryItem::Check { .. } | SummaryItem::Trend { .. }, _) => {
                    out.push(Block::Line(text));
                    out.extend(detail.map(Block::Line));
                }
                (_, g) => {
                    if g.is_some() && g != group {
                        out.extend(g.clone().map(Block::SubHeading));
                    }
                    group = g;
                    out.push(Block::Item { text, detail });
                }
            }
        }
    }
    out.push(Block::Footer(t.footer.to_string()));
    out
}

/// The summary as plain text with short lines: for copying, sharing and tests.
pub fn render_text(summary: &Summary, lang: Lang) -> String {
    let mut out = String::new();
    for block in render_blocks(summary, lang) {
        match block {
            Block::Title(s) => {
                out.push_str(&s);
                out.push('\n');
            }
            Block::Line(s) => {
                out.push_str(&s);
                out.push('\n');
            }
            Block::Heading(s) => {
                out.push('\n');
                out.push_str(&s);
                out.push('\n');
                out.push_str(&"=".repeat(s.chars().count()));
                out.push('\n');
            }
            Block::SubHeading(s) => {
                out.push('\n');
                out.push_str(&s);
                out.push_str(":\n");
            }
            Block::Item { text, detail } => {
                out.push_str("- ");
                out.push_str(&text);
                out.push('\n');
                if let Some(d) = detail {
                    out.push_str("  ");
                    out.push_str(&d);
                    out.push('\n');
                }
            }
            Block::Footer(s) => {
                out.push('\n');
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

/// One line of the log: when, how and with whom.
pub fn log_line(lang: Lang, entry: &ShareLogEntry) -> String {
    let t = share_texts(lang);
    let date = format_date(lang, entry.shared_on);
    let how = method_text(t, entry.how);
    if entry.with_whom.is_empty() {
        fill(t.log_line, &[("date", &date), ("how", how)])
    } else {
        fill(
            t.log_line_with,
            &[("date", &date), ("how", how), ("who", &entry.with_whom)],
        )
    }
}

/// What a log entry held: how many items from which sections. `name` fills
/// "about {name}".
pub fn log_what(lang: Lang, entry: &ShareLogEntry, name: Option<&str>) -> String {
    let t = share_texts(lang);
    let sections = entry
        .sections
        .iter()
        .map(|s| section_title(lang, *s, name))
        .collect::<Vec<_>>()
        .join(", ");
    if entry.item_count == 1 {
        fill(t.log_what_one, &[("sections", &sections)])
    } else {
        fill(
            t.log_what,
            &[
                ("count", &entry.item_count.to_string()),
                ("sections", &sections),
            ],
        )
    }
}

/// The text with its first letter in lower case ("Uit balans" → "uit balans").
fn lower_first(s: &str) -> String {
    match s.chars().next() {
        Some(first) => {
            let (head, rest) = s.split_at(first.len_utf8());
            lowercase(head) + rest
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::share::fixtures::{self, Fixture};
    use crate::model::share::{
        build_summary, candidates, decode, encode, SectionCandidates, Selection,
    };

    fn select_all(available: &[SectionCandidates], names: bool) -> Selection {
        let mut sel = Selection {
            include_caregiver_name: names,
            include_cared_name: names,
            ..Selection::default()
        };
        for s in available {
            let keys: Vec<&str> = s.items.iter().map(|c| c.key.as_str()).collect();
            sel = sel
                .with_section(s.section, true)
                .with_items(s.section, &keys, true);
        }
        sel
    }

    /// The caregiver's own words in an item, which must show up when chosen.
    fn own_words(item: &SummaryItem) -> Vec<String> {
        match item {
            SummaryItem::Energy { text, .. } => vec![text.clone()],
            SummaryItem::Person { name, relation, .. } => vec![name.clone(), relation.clone()],
            SummaryItem::Wish {
                text, with_whom, ..
            } => vec![text.clone(), with_whom.clone()],
            _ => Vec::new(),
        }
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect()
    }

    #[test]
    fn the_tables_pass_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    #[test]
    fn every_value_has_a_text() {
        for lang in [Lang::Nl, Lang::En] {
            let t = share_texts(lang);
            for e in DecodeError::ALL {
                assert!(!decode_error_text(t, e).is_empty());
            }
            let mut errors: Vec<&str> = DecodeError::ALL
                .iter()
                .map(|e| decode_error_text(t, *e))
                .collect();
            errors.sort_unstable();
            errors.dedup();
            assert_eq!(
                errors.len(),
                DecodeError::ALL.len(),
                "each error has its own sentence"
            );
            for m in ShareMethod::ALL {
                assert!(!method_text(t, m).is_empty());
            }
            for q in QuestionId::ALL {
                assert!(!heavy_label(t, q).is_empty());
            }
            for r in Relation::ALL {
                assert_eq!(relation_words(t, r).is_none(), r == Relation::Other);
            }
            for s in Section::ALL {
                assert!(!section_title(lang, s, None).is_empty());
                assert!(!section_title(lang, s, Some("Piet")).contains('{'));
            }
            for d in [Direction::Heavier, Direction::Lighter, Direction::Same] {
                assert!(trend_text(t, d).contains("{date}"));
            }
        }
    }

    #[test]
    fn a_full_summary_reads_well_in_both_languages() {
        let f = Fixture::realistic();
        let data = f.data();
        let summary = build_summary(
            &data,
            &select_all(&candidates(&data), true),
            fixtures::today(),
        );
        for lang in [Lang::Nl, Lang::En] {
            let text = render_text(&summary, lang);
            assert!(!text.contains('{'), "a placeholder was left: {text}");
            let blocks = render_blocks(&summary, lang);
            assert!(matches!(blocks.first(), Some(Block::Title(_))));
            assert!(matches!(blocks.last(), Some(Block::Footer(_))));
            let headings = blocks
                .iter()
                .filter(|b| matches!(b, Block::Heading(_)))
                .count();
            assert_eq!(headings, summary.sections.len());
            assert!(text.contains("Anna"));
            assert!(text.contains("Piet"));
            // Phone numbers and notes are never shared.
            assert!(!text.contains("06 12345678"));
            assert!(!text.contains("Geheime notitie"));
        }
        let nl = render_text(&summary, Lang::Nl);
        for expected in [
            "Samenvatting van 20 maart 2026",
            "Van: Anna",
            "Ik zorg voor Piet, mijn partner.",
            "Hoe het met mij gaat",
            "Mijn balanscheck van 18 maart 2026: uit balans.",
            "Wat zwaar is: 79 van de 100. Wat mij helpt: 45 van de 100.",
            "Alles bij elkaar geef ik het een 5 van de 10.",
            "Het is zwaarder dan bij mijn check van 8 februari 2026.",
            "- Uren zorg per week: Meer dan 40 uur",
            "Dit geeft mij energie:",
            "- Wandelen met de hond (veel)",
            "Mijn netwerk",
            "- Marieke (dochter)",
            "  Familie · Heel dichtbij · Helpt met: Boodschappen, Papieren en geld",
            "Dit doe ik alleen:",
            "- Wassen en aankleden",
            "Wensen en afspraken",
            "Samen zorgen:",
            "Afspraak · Afgesproken · Met: Fatima · Weer bekijken op 19 april 2026",
            "Over Piet",
            "Gemaakt met Samenspel. Alleen wat ik zelf heb gekozen.",
        ] {
            assert!(nl.contains(expected), "missing {expected:?} in:\n{nl}");
        }
        // The wishes about the person have their own section, without a role heading.
        assert!(!nl.contains("Wat ik weet over"));
    }

    #[test]
    fn only_the_chosen_items_appear() {
        let f = Fixture::realistic();
        let data = f.data();
        let available = candidates(&data);
        // Tick every other item of every section.
        let mut sel = Selection::default();
        let mut chosen = Vec::new();
        let mut left_out = Vec::new();
        for s in &available {
            sel = sel.with_section(s.section, true);
            for (i, c) in s.items.iter().enumerate() {
                if i % 2 == 0 {
                    sel = sel.with_item(s.section, &c.key, true);
                    chosen.extend(own_words(&c.item));
                } else {
                    left_out.extend(own_words(&c.item));
                }
            }
        }
        let summary = build_summary(&data, &sel, fixtures::today());
        let text = render_text(&summary, Lang::Nl);
        for w in &chosen {
            assert!(text.contains(w.as_str()), "missing {w:?}");
        }
        for w in &left_out {
            // A left-out text may only show up inside a chosen one ("Piet" in a wish).
            if !chosen.iter().any(|c| c.contains(w.as_str())) {
                assert!(!text.contains(w.as_str()), "{w:?} was not chosen:\n{text}");
            }
        }
        assert!(!text.contains("Anna"));
        assert!(!text.contains("Van:"));
        assert!(!text.contains("Ik zorg voor"));
    }

    #[test]
    fn nothing_chosen_gives_only_the_frame() {
        let f = Fixture::realistic();
        let summary = build_summary(&f.data(), &Selection::default(), fixtures::today());
        let blocks = render_blocks(&summary, Lang::En);
        assert_eq!(
            blocks,
            vec![
                Block::Title("Summary of 20 March 2026".into()),
                Block::Footer("Made with Samenspel. Only what I chose myself.".into()),
            ]
        );
    }

    #[test]
    fn without_the_name_the_person_is_described() {
        let f = Fixture::realistic();
        let data = f.data();
        let sel = select_all(&candidates(&data), false);
        let summary = build_summary(&data, &sel, fixtures::today());
        let nl = render_text(&summary, Lang::Nl);
        assert!(nl.contains("Over mijn naaste"));
        let en = render_text(&summary, Lang::En);
        assert!(en.contains("About the person I care for"));
        assert!(!en.contains("Anna"));
    }

    #[test]
    fn a_decoded_summary_renders_the_same() {
        let f = Fixture::realistic();
        let data = f.data();
        let summary = build_summary(
            &data,
            &select_all(&candidates(&data), true),
            fixtures::today(),
        );
        let back = decode(&encode(&summary)).expect("valid");
        assert_eq!(
            render_text(&back, Lang::Nl),
            render_text(&summary, Lang::Nl)
        );
    }

    #[test]
    fn log_lines_read_naturally() {
        let f = Fixture::realistic();
        let data = f.data();
        let sel = Selection::default()
            .with_section(Section::AboutPerson, true)
            .with_item(Section::AboutPerson, "w6", true);
        let summary = build_summary(&data, &sel, fixtures::today());
        let mut e = ShareLogEntry::new(
            "l".into(),
            0,
            fixtures::today(),
            ShareMethod::Qr,
            "Fatima",
            &summary,
        )
        .expect("valid");
        assert_eq!(
            log_line(Lang::Nl, &e),
            "20 maart 2026: Met een QR-code, met Fatima"
        );
        assert_eq!(
            log_what(Lang::Nl, &e, Some("Piet")),
            "1 ding uit: Over Piet"
        );
        e.with_whom.clear();
        e.item_count = 4;
        e.sections = vec![Section::HowIAm, Section::Network];
        assert_eq!(log_line(Lang::En, &e), "20 March 2026: With a QR code");
        assert_eq!(
            log_what(Lang::En, &e, None),
            "4 things from: How I am doing, My network"
        );
    }

    #[test]
    fn lower_first_handles_any_text() {
        assert_eq!(lower_first("Uit balans"), "uit balans");
        assert_eq!(lower_first(""), "");
        assert_eq!(lower_first("Émile"), "émile");
    }
}
