//! Texts of the wishes feature: the four sections, kinds, statuses, prompt
//! questions, the item form, reviews and the reasons a change was refused.
//!
//! Many texts hold `{name}` (the first name of the person cared for): fill every
//! text of this table with [`super::fill`] and `("name", …)`; filling a text
//! without the placeholder changes nothing.

use crate::model::wishes::{
    Kind, PromptId, ReviewOutcome, ReviewState, Role, Status, TransitionError, WishField,
    WishProblem, MAX_NOTE_CHARS, MAX_TEXT_CHARS, MAX_WITH_WHOM_CHARS,
};
use crate::model::Lang;

use super::fill;

text_table! {
    /// The texts of the wishes feature in one language.
    WishTexts {
        /// Heading of the feature.
        title,
        /// What the feature is for.
        intro,

        /// Section S: title.
        role_together_title,
        /// Section S: what it holds, `{name}`.
        role_together_line,
        /// Section O: title.
        role_support_title,
        /// Section O: what it holds.
        role_support_line,
        /// Section F: title.
        role_family_title,
        /// Section F: what it holds.
        role_family_line,
        /// Section A: title, `{name}`.
        role_expert_title,
        /// Section A: what it holds, `{name}`.
        role_expert_line,

        /// Kind: a wish.
        kind_wish,
        /// Kind: a need.
        kind_need,
        /// Kind: a habit or ritual.
        kind_habit,
        /// Kind: good to know.
        kind_information,
        /// Kind: an agreement.
        kind_agreement,

        /// Status: not discussed yet.
        status_open,
        /// Status: discussed.
        status_discussed,
        /// Status: agreed.
        status_agreed,
        /// Status: not possible.
        status_not_possible,
        /// Status: stopped after a review.
        status_stopped,

        /// Button: Open → Discussed.
        act_discussed,
        /// Button: Agreed → Discussed.
        act_renegotiate,
        /// Button: Discussed → Open.
        act_back_to_open,
        /// Button: NotPossible → Open.
        act_try_again,
        /// Button: Stopped → Open.
        act_start_again,
        /// Button: → NotPossible.
        act_not_possible,
        /// Button: make an agreement.
        act_agree,
        /// Button: look at an agreement again (record a review).
        act_review,

        /// Make agreement: the review date question.
        agree_review_label,
        /// Make agreement: hint under the review date.
        agree_review_hint,
        /// Make agreement: save.
        agree_save,

        /// Review: heading.
        review_title,
        /// Review: the outcome question.
        review_outcome_label,
        /// Outcome: keep.
        outcome_keep,
        /// Outcome: change.
        outcome_change,
        /// Outcome: stop.
        outcome_stop,
        /// Outcome hint: keep.
        outcome_keep_hint,
        /// Outcome hint: change.
        outcome_change_hint,
        /// Outcome hint: stop.
        outcome_stop_hint,
        /// Review: the note.
        review_note_label,
        /// Review: the next review date.
        review_next_label,
        /// Review: save.
        review_save,
        /// Review: heading of earlier reviews.
        review_history,
        /// Review: one earlier review, `{date}` and `{outcome}`.
        review_history_entry,

        /// Review due: today.
        due_today,
        /// Review due: tomorrow.
        due_tomorrow,
        /// Review due: in `{days}` days (2 or more).
        due_in_days,
        /// Review overdue by one day.
        overdue_one_day,
        /// Review overdue by `{days}` days (2 or more).
        overdue_days,
        /// Review later, on `{date}`.
        review_on_date,
        /// Start screen: heading of agreements to review.
        due_heading,
        /// Start screen: line under the heading.
        due_intro,

        /// Item: with whom, `{who}`.
        with_whom_line,
        /// Item: discussed on `{date}`.
        discussed_on_line,
        /// Item: agreed on `{date}`.
        agreed_on_line,

        /// Form: heading for a new item.
        form_new_title,
        /// Form: heading when editing.
        form_edit_title,
        /// Above the prompt questions.
        start_from_prompt,
        /// Button: write without a prompt.
        write_freely,
        /// Form: the section.
        field_role,
        /// Form: the kind.
        field_kind,
        /// Form: the text.
        field_text,
        /// Form: hint under the text.
        field_text_hint,
        /// Form: the status.
        field_status,
        /// Form: with whom.
        field_with_whom,
        /// Form: hint under with whom.
        field_with_whom_hint,
        /// Form: pick a person from the network.
        field_with_person,
        /// Form: no person picked.
        field_with_person_none,
        /// Form: the day it was discussed.
        field_discussed_on,
        /// Form: the review date.
        field_review_on,
        /// Form: hint under the review date.
        field_review_on_hint,
        /// Form: save.
        save,
        /// Form: leave without saving.
        cancel,

        /// Problem: a field that must be filled in.
        problem_missing,
        /// Problem: no text.
        problem_text_missing,
        /// Problem: too long, `{max}` characters.
        problem_too_long,
        /// Problem: not a real date.
        problem_date_invalid,
        /// Problem: the day it was discussed is in the future.
        problem_date_in_future,
        /// Problem: an agreement without review date.
        problem_review_missing,
        /// Problem: review date before the conversation.
        problem_review_before_discussed,

        /// Refused: the item already has that status.
        err_same_status,
        /// Refused: agreeing needs a review date.
        err_needs_review_date,
        /// Refused: an agreement can only be discussed again or stopped at a review.
        err_from_agreed,
        /// Refused: "not possible" only goes back to open.
        err_from_not_possible,
        /// Refused: "stopped" only goes back to open.
        err_from_stopped,
        /// Refused: stopping is a review outcome.
        err_stop_through_review,
        /// Refused: the review date is not after the conversation.
        err_review_too_early,
        /// Refused: not a real date.
        err_invalid_date,
        /// Refused: only agreements are reviewed.
        err_not_agreed,
        /// Refused: the note is too long, `{max}` characters.
        err_note_too_long,

        /// Filter: the section.
        filter_role,
        /// Filter: every section.
        filter_all_roles,
        /// Filter: the status.
        filter_status,
        /// Filter: every status.
        filter_all_statuses,
        /// A section without items.
        empty_role,
        /// A filter without results.
        empty_filter,
        /// Button: add an item.
        /// Button under a long list: show every item of the role; `{count}`.
        show_all,
        add_item,
        /// Button: edit.
        edit,
        /// Button: remove.
        remove,
        /// Message after removing.
        removed,
        /// Button: undo the removal.
        undo,
        /// Button: move up (visible).
        move_up,
        /// Button: move up (for screen readers), `{text}`.
        move_up_label,
        /// Button: move down (visible).
        move_down,
        /// Button: move down (for screen readers), `{text}`.
        move_down_label,
        /// Announced after a move, `{place}` and `{count}`.
        moved_to,

        /// Prompt: care you give yourself.
        prompt_together_own_care,
        /// Prompt: tasks to hand over.
        prompt_together_hand_over,
        /// Prompt: what to learn.
        prompt_together_learn,
        /// Prompt: who does what.
        prompt_together_who_does_what,
        /// Prompt: staying informed.
        prompt_together_keep_informed,
        /// Prompt: what they can count on you for.
        prompt_together_count_on_me,
        /// Prompt: what you need to keep going.
        prompt_support_keep_going,
        /// Prompt: energy.
        prompt_support_energy,
        /// Prompt: time for yourself.
        prompt_support_time_off,
        /// Prompt: who else could help.
        prompt_support_others,
        /// Prompt: someone to talk to.
        prompt_support_talk,
        /// Prompt: your own health.
        prompt_support_health,
        /// Prompt: habits to keep.
        prompt_family_habits,
        /// Prompt: things you did together.
        prompt_family_outings,
        /// Prompt: time without help in the house.
        prompt_family_privacy,
        /// Prompt: holidays and special moments.
        prompt_family_holidays,
        /// Prompt: just being family.
        prompt_family_just_us,
        /// Prompt: what may be shared.
        prompt_family_sharing,
        /// Prompt: what makes them happy.
        prompt_expert_happy,
        /// Prompt: what works well.
        prompt_expert_what_works,
        /// Prompt: when they are upset.
        prompt_expert_when_upset,
        /// Prompt: what they dislike.
        prompt_expert_dislikes,
        /// Prompt: their day.
        prompt_expert_rhythm,
        /// Prompt: what they would ask for.
        prompt_expert_their_wishes,
    }
}

/// The Dutch texts.
pub static NL: WishTexts = WishTexts {
    title: "Wensen en afspraken",
    intro: "Schrijf op wat u wilt bespreken met de zorgverleners. Zo bent u goed voorbereid op het gesprek.",

    role_together_title: "Samen zorgen",
    role_together_line: "Wat u zelf doet voor {name}, wat u wilt blijven doen en wat u afspreekt met de zorgverleners.",
    role_support_title: "Wat ik nodig heb",
    role_support_line: "Hulp en steun voor uzelf, zodat u het vol kunt houden.",
    role_family_title: "Ons leven samen",
    role_family_line: "Wat u als familie belangrijk vindt: gewoontes, vaste momenten, privacy en wat u samen wilt blijven doen.",
    role_expert_title: "Wat ik weet over {name}",
    role_expert_line: "U kent {name} het best. Wat wil {name}, wat werkt goed, waar wordt {name} blij van, en wat doet u als het moeilijk is?",

    kind_wish: "Wens",
    kind_need: "Behoefte",
    kind_habit: "Gewoonte of vast moment",
    kind_information: "Goed om te weten",
    kind_agreement: "Afspraak",

    status_open: "Nog bespreken",
    status_discussed: "Besproken",
    status_agreed: "Afgesproken",
    status_not_possible: "Kan niet",
    status_stopped: "Gestopt",

    act_discussed: "Het is besproken",
    act_renegotiate: "Opnieuw bespreken",
    act_back_to_open: "Terug naar nog bespreken",
    act_try_again: "Opnieuw proberen",
    act_start_again: "Opnieuw beginnen",
    act_not_possible: "Het kan niet",
    act_agree: "Afspraak maken",
    act_review: "Afspraak weer bekijken",

    agree_review_label: "Wanneer wilt u de afspraak weer bekijken?",
    agree_review_hint: "Kies een dag na vandaag, bijvoorbeeld over een maand.",
    agree_save: "Afspraak opslaan",

    review_title: "Hoe gaat de afspraak?",
    review_outcome_label: "Wat doet u met de afspraak?",
    outcome_keep: "Zo houden",
    outcome_change: "Aanpassen",
    outcome_stop: "Stoppen",
    outcome_keep_hint: "Het gaat goed. Kies wanneer u weer kijkt.",
    outcome_change_hint: "Er moet iets anders. Daarna maakt u een nieuwe afspraak.",
    outcome_stop_hint: "De afspraak is niet meer nodig. U vindt hem later terug onder Gestopt.",
    review_note_label: "Wat is er besproken? Dit mag leeg blijven.",
    review_next_label: "Wanneer kijkt u weer?",
    review_save: "Opslaan",
    review_history: "Eerder bekeken",
    review_history_entry: "{date}: {outcome}",

    due_today: "Vandaag weer bekijken",
    due_tomorrow: "Morgen weer bekijken",
    due_in_days: "Over {days} dagen weer bekijken",
    overdue_one_day: "Was gisteren aan de beurt",
    overdue_days: "Al {days} dagen te laat",
    review_on_date: "Weer bekijken op {date}",
    due_heading: "Afspraken om weer te bekijken",
    due_intro: "Kijk samen of deze afspraken nog goed werken.",

    with_whom_line: "Met {who}",
    discussed_on_line: "Besproken op {date}",
    agreed_on_line: "Afgesproken op {date}",

    form_new_title: "Nieuw punt",
    form_edit_title: "Punt aanpassen",
    start_from_prompt: "Kies een vraag om mee te beginnen",
    write_freely: "Zelf iets opschrijven",
    field_role: "Bij welk deel hoort dit?",
    field_kind: "Wat voor punt is dit?",
    field_text: "In uw eigen woorden",
    field_text_hint: "Schrijf het op zoals u het zou zeggen.",
    field_status: "Hoe staat het ervoor?",
    field_with_whom: "Met wie bespreekt u dit?",
    field_with_whom_hint: "Bijvoorbeeld de wijkverpleegkundige of de huisarts.",
    field_with_person: "Of kies iemand uit uw netwerk",
    field_with_person_none: "Niemand gekozen",
    field_discussed_on: "Wanneer is het besproken?",
    field_review_on: "Wanneer wilt u het weer bekijken?",
    field_review_on_hint: "Kies een dag om samen te kijken of de afspraak nog goed werkt.",
    save: "Opslaan",
    cancel: "Annuleren",

    problem_missing: "Vul dit in.",
    problem_text_missing: "Schrijf eerst op wat u wilt bespreken.",
    problem_too_long: "Dit is te lang. Gebruik hoogstens {max} tekens.",
    problem_date_invalid: "Deze datum bestaat niet.",
    problem_date_in_future: "Deze datum ligt nog in de toekomst.",
    problem_review_missing: "Kies een dag om de afspraak weer te bekijken.",
    problem_review_before_discussed: "Deze dag ligt vóór het gesprek. Kies een latere dag.",

    err_same_status: "Er verandert niets: het punt staat al zo.",
    err_needs_review_date: "Kies eerst een dag om de afspraak weer te bekijken.",
    err_from_agreed: "Een afspraak kunt u opnieuw bespreken. Stoppen kan als u hem weer bekijkt.",
    err_from_not_possible: "Dit kon niet. Kies eerst Opnieuw proberen.",
    err_from_stopped: "Deze afspraak is gestopt. Kies eerst Opnieuw beginnen.",
    err_stop_through_review: "Een afspraak stopt u als u hem weer bekijkt.",
    err_review_too_early: "Kies een latere dag, na de dag van het gesprek.",
    err_invalid_date: "Deze datum bestaat niet.",
    err_not_agreed: "Alleen een afspraak kunt u weer bekijken.",
    err_note_too_long: "De notitie is te lang. Gebruik hoogstens {max} tekens.",

    filter_role: "Deel",
    filter_all_roles: "Alle delen",
    filter_status: "Hoe ver is het?",
    filter_all_statuses: "Alles",
    empty_role: "Hier staat nog niets. Begin met een vraag of schrijf zelf iets op.",
    empty_filter: "Niets gevonden bij deze keuze.",
    show_all: "Alle {count} laten zien",
    add_item: "Toevoegen",
    edit: "Aanpassen",
    remove: "Verwijderen",
    removed: "Het punt is verwijderd.",
    undo: "Terugzetten",
    move_up: "Hoger",
    move_up_label: "Zet hoger: {text}",
    move_down: "Lager",
    move_down_label: "Zet lager: {text}",
    moved_to: "Nu op plek {place} van {count}.",

    prompt_together_own_care: "Welke zorg geeft u zelf aan {name}, en wilt u dat blijven doen?",
    prompt_together_hand_over: "Welke taken laat u liever aan een ander over?",
    prompt_together_learn: "Wat wilt u leren om {name} goed te kunnen helpen?",
    prompt_together_who_does_what: "Wie doet wat? Wat wilt u daarover afspreken?",
    prompt_together_keep_informed: "Hoe wilt u horen hoe het met {name} gaat?",
    prompt_together_count_on_me: "Waarvoor kunnen de zorgverleners op u rekenen, en waarvoor niet?",
    prompt_support_keep_going: "Wat heeft u zelf nodig om dit vol te houden?",
    prompt_support_energy: "Wat kost u veel energie, en wat zou dan helpen?",
    prompt_support_time_off: "Wanneer wilt u even tijd voor uzelf?",
    prompt_support_others: "Wie in uw omgeving kan iets van u overnemen?",
    prompt_support_talk: "Met wie wilt u praten over hoe het met u gaat?",
    prompt_support_health: "Hoe gaat het met uw eigen slaap en gezondheid?",
    prompt_family_habits: "Welke gewoontes wilt u samen houden?",
    prompt_family_outings: "Wat deed u vroeger graag samen, en wat kan nog steeds?",
    prompt_family_privacy: "Wanneer wilt u liever samen zijn, zonder hulp in huis?",
    prompt_family_holidays: "Welke feestdagen of vaste momenten zijn belangrijk voor u?",
    prompt_family_just_us: "Wanneer wilt u gewoon familie zijn, en niet degene die zorgt?",
    prompt_family_sharing: "Wat mag de rest van de familie weten, en wat niet?",
    prompt_expert_happy: "Waar wordt {name} blij van?",
    prompt_expert_what_works: "Wat werkt goed bij {name}, bijvoorbeeld bij het wassen of eten?",
    prompt_expert_when_upset: "Wat helpt als {name} onrustig of verdrietig is?",
    prompt_expert_dislikes: "Waar houdt {name} niet van?",
    prompt_expert_rhythm: "Hoe ziet een gewone dag van {name} eruit?",
    prompt_expert_their_wishes: "Wat zou {name} zelf vragen, als dat kon?",
};

/// The English texts.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: WishTexts = WishTexts {
    title: "Wishes and agreements",
    intro: "Write down what you want to talk about with the care professionals. Then you are well prepared for the conversation.",

    role_together_title: "Caring together",
    role_together_line: "What you do for {name} yourself, what you want to keep doing, and what you agree with the care professionals.",
    role_support_title: "What I need",
    role_support_line: "Help and support for yourself, so you can keep going.",
    role_family_title: "Our life together",
    role_family_line: "What matters to you as a family: habits, special moments, privacy, and what you want to keep doing together.",
    role_expert_title: "What I know about {name}",
    role_expert_line: "You know {name} best. What does {name} want, what works well, what makes {name} happy, and what do you do when things are hard?",

    kind_wish: "Wish",
    kind_need: "Need",
    kind_habit: "Habit or ritual",
    kind_information: "Good to know",
    kind_agreement: "Agreement",

    status_open: "To discuss",
    status_discussed: "Discussed",
    status_agreed: "Agreed",
    status_not_possible: "Not possible",
    status_stopped: "Stopped",

    act_discussed: "It has been discussed",
    act_renegotiate: "Discuss it again",
    act_back_to_open: "Back to 'to discuss'",
    act_try_again: "Try again",
    act_start_again: "Start again",
    act_not_possible: "It is not possible",
    act_agree: "Make an agreement",
    act_review: "Look at the agreement again",

    agree_review_label: "When do you want to look at the agreement again?",
    agree_review_hint: "Choose a day after today, for example in a month.",
    agree_save: "Save the agreement",

    review_title: "How is the agreement going?",
    review_outcome_label: "What do you want to do with the agreement?",
    outcome_keep: "Keep it",
    outcome_change: "Change it",
    outcome_stop: "Stop it",
    outcome_keep_hint: "It works well. Choose when to look again.",
    outcome_change_hint: "Something needs to change. Then you make a new agreement.",
    outcome_stop_hint: "The agreement is no longer needed. You can find it later under Stopped.",
    review_note_label: "What was discussed? You may leave this empty.",
    review_next_label: "When will you look again?",
    review_save: "Save",
    review_history: "Looked at before",
    review_history_entry: "{date}: {outcome}",

    due_today: "Look at it again today",
    due_tomorrow: "Look at it again tomorrow",
    due_in_days: "Look at it again in {days} days",
    overdue_one_day: "Was due yesterday",
    overdue_days: "{days} days overdue",
    review_on_date: "Look at it again on {date}",
    due_heading: "Agreements to look at again",
    due_intro: "Check together whether these agreements still work well.",

    with_whom_line: "With {who}",
    discussed_on_line: "Discussed on {date}",
    agreed_on_line: "Agreed on {date}",

    form_new_title: "New item",
    form_edit_title: "Edit item",
    start_from_prompt: "Pick a question to start with",
    write_freely: "Write something yourself",
    field_role: "Which part does this belong to?",
    field_kind: "What kind of item is this?",
    field_text: "In your own words",
    field_text_hint: "Write it down the way you would say it.",
    field_status: "Where does it stand?",
    field_with_whom: "Who do you discuss this with?",
    field_with_whom_hint: "For example the district nurse or the GP.",
    field_with_person: "Or choose someone from your network",
    field_with_person_none: "No one chosen",
    field_discussed_on: "When was it discussed?",
    field_review_on: "When do you want to look at it again?",
    field_review_on_hint: "Choose a day to check together whether the agreement still works.",
    save: "Save",
    cancel: "Cancel",

    problem_missing: "Please fill this in.",
    problem_text_missing: "First write down what you want to discuss.",
    problem_too_long: "This is too long. Use at most {max} characters.",
    problem_date_invalid: "This date does not exist.",
    problem_date_in_future: "This date is still in the future.",
    problem_review_missing: "Choose a day to look at the agreement again.",
    problem_review_before_discussed: "This day is before the conversation. Choose a later day.",

    err_same_status: "Nothing changes: the item is already set this way.",
    err_needs_review_date: "First choose a day to look at the agreement again.",
    err_from_agreed: "You can discuss an agreement again. You can stop it when you look at it again.",
    err_from_not_possible: "This was not possible. First choose Try again.",
    err_from_stopped: "This agreement has stopped. First choose Start again.",
    err_stop_through_review: "You stop an agreement when you look at it again.",
    err_review_too_early: "Choose a later day, after the day of the conversation.",
    err_invalid_date: "This date does not exist.",
    err_not_agreed: "Only an agreement can be looked at again.",
    err_note_too_long: "The note is too long. Use at most {max} characters.",

    filter_role: "Part",
    filter_all_roles: "All parts",
    filter_status: "How far along is it?",
    filter_all_statuses: "All",
    empty_role: "Nothing here yet. Start with a question or write something yourself.",
    empty_filter: "Nothing found for this choice.",
    show_all: "Show all {count}",
    add_item: "Add",
    edit: "Edit",
    remove: "Remove",
    removed: "The item was removed.",
    undo: "Undo",
    move_up: "Up",
    move_up_label: "Move up: {text}",
    move_down: "Down",
    move_down_label: "Move down: {text}",
    moved_to: "Now in place {place} of {count}.",

    prompt_together_own_care: "What care do you give {name} yourself, and do you want to keep doing it?",
    prompt_together_hand_over: "Which tasks would you rather leave to someone else?",
    prompt_together_learn: "What would you like to learn so you can help {name} well?",
    prompt_together_who_does_what: "Who does what? What do you want to agree on about that?",
    prompt_together_keep_informed: "How do you want to hear how {name} is doing?",
    prompt_together_count_on_me: "What can the care professionals count on you for, and what not?",
    prompt_support_keep_going: "What do you yourself need to keep this up?",
    prompt_support_energy: "What takes a lot of your energy, and what would help?",
    prompt_support_time_off: "When would you like some time for yourself?",
    prompt_support_others: "Who around you could take something over from you?",
    prompt_support_talk: "Who would you like to talk to about how you are doing?",
    prompt_support_health: "How are your own sleep and health?",
    prompt_family_habits: "Which habits do you want to keep together?",
    prompt_family_outings: "What did you like doing together before, and what is still possible?",
    prompt_family_privacy: "When would you rather be together, without help in the house?",
    prompt_family_holidays: "Which holidays or special moments matter to you?",
    prompt_family_just_us: "When do you want to simply be family, not the one who gives care?",
    prompt_family_sharing: "What may the rest of the family know, and what not?",
    prompt_expert_happy: "What makes {name} happy?",
    prompt_expert_what_works: "What works well with {name}, for example when washing or eating?",
    prompt_expert_when_upset: "What helps when {name} is restless or sad?",
    prompt_expert_dislikes: "What does {name} not like?",
    prompt_expert_rhythm: "What does an ordinary day look like for {name}?",
    prompt_expert_their_wishes: "What would {name} ask for, if they could?",
};

/// The texts of the wishes feature for a language.
#[inline(never)]
pub fn wish_texts(lang: Lang) -> &'static WishTexts {
    super::pick(lang, &NL, |e| e.wishes)
}

/// The plain title of a section (may hold `{name}`).
pub fn role_title(t: &WishTexts, role: Role) -> &'static str {
    match role {
        Role::Together => t.role_together_title,
        Role::Support => t.role_support_title,
        Role::Family => t.role_family_title,
        Role::Expert => t.role_expert_title,
    }
}

/// The line that explains a section (may hold `{name}`).
pub fn role_line(t: &WishTexts, role: Role) -> &'static str {
    match role {
        Role::Together => t.role_together_line,
        Role::Support => t.role_support_line,
        Role::Family => t.role_family_line,
        Role::Expert => t.role_expert_line,
    }
}

/// The name of a kind.
pub fn kind_text(t: &WishTexts, kind: Kind) -> &'static str {
    match kind {
        Kind::Wish => t.kind_wish,
        Kind::Need => t.kind_need,
        Kind::HabitOrRitual => t.kind_habit,
        Kind::Information => t.kind_information,
        Kind::Agreement => t.kind_agreement,
    }
}

/// The name of a status.
pub fn status_text(t: &WishTexts, status: Status) -> &'static str {
    match status {
        Status::Open => t.status_open,
        Status::Discussed => t.status_discussed,
        Status::Agreed => t.status_agreed,
        Status::NotPossible => t.status_not_possible,
        Status::Stopped => t.status_stopped,
    }
}

/// The button that moves an item from one status to another. Going to agreed
/// opens the agreement form; going to stopped is a review.
pub fn action_text(t: &WishTexts, from: Status, to: Status) -> &'static str {
    match (from, to) {
        (Status::Agreed, Status::Discussed) => t.act_renegotiate,
        (_, Status::Discussed) => t.act_discussed,
        (Status::NotPossible, Status::Open) => t.act_try_again,
        (Status::Stopped, Status::Open) => t.act_start_again,
        (_, Status::Open) => t.act_back_to_open,
        (_, Status::NotPossible) => t.act_not_possible,
        (_, Status::Agreed) => t.act_agree,
        (_, Status::Stopped) => t.act_review,
    }
}

/// The name of a review outcome.
pub fn outcome_text(t: &WishTexts, outcome: ReviewOutcome) -> &'static str {
    match outcome {
        ReviewOutcome::Keep => t.outcome_keep,
        ReviewOutcome::Change => t.outcome_change,
        ReviewOutcome::Stop => t.outcome_stop,
    }
}

/// The hint under a review outcome: what happens next.
pub fn outcome_hint(t: &WishTexts, outcome: ReviewOutcome) -> &'static str {
    match outcome {
        ReviewOutcome::Keep => t.outcome_keep_hint,
        ReviewOutcome::Change => t.outcome_change_hint,
        ReviewOutcome::Stop => t.outcome_stop_hint,
    }
}

/// The question of a prompt (may hold `{name}`).
pub fn prompt_text(t: &WishTexts, prompt: PromptId) -> &'static str {
    match prompt {
        PromptId::TogetherOwnCare => t.prompt_together_own_care,
        PromptId::TogetherHandOver => t.prompt_together_hand_over,
        PromptId::TogetherLearn => t.prompt_together_learn,
        PromptId::TogetherWhoDoesWhat => t.prompt_together_who_does_what,
        PromptId::TogetherKeepInformed => t.prompt_together_keep_informed,
        PromptId::TogetherCountOnMe => t.prompt_together_count_on_me,
        PromptId::SupportKeepGoing => t.prompt_support_keep_going,
        PromptId::SupportEnergy => t.prompt_support_energy,
        PromptId::SupportTimeOff => t.prompt_support_time_off,
        PromptId::SupportOthers => t.prompt_support_others,
        PromptId::SupportTalk => t.prompt_support_talk,
        PromptId::SupportHealth => t.prompt_support_health,
        PromptId::FamilyHabits => t.prompt_family_habits,
        PromptId::FamilyOutings => t.prompt_family_outings,
        PromptId::FamilyPrivacy => t.prompt_family_privacy,
        PromptId::FamilyHolidays => t.prompt_family_holidays,
        PromptId::FamilyJustUs => t.prompt_family_just_us,
        PromptId::FamilySharing => t.prompt_family_sharing,
        PromptId::ExpertHappy => t.prompt_expert_happy,
        PromptId::ExpertWhatWorks => t.prompt_expert_what_works,
        PromptId::ExpertWhenUpset => t.prompt_expert_when_upset,
        PromptId::ExpertDislikes => t.prompt_expert_dislikes,
        PromptId::ExpertRhythm => t.prompt_expert_rhythm,
        PromptId::ExpertTheirWishes => t.prompt_expert_their_wishes,
    }
}

/// The sentence for a problem with a field of the item form, `{max}` filled in.
pub fn problem_text(t: &WishTexts, field: WishField, problem: WishProblem) -> String {
    let max = match field {
        WishField::WithWhom => MAX_WITH_WHOM_CHARS,
        _ => MAX_TEXT_CHARS,
    };
    let template = match (field, problem) {
        (WishField::Text, WishProblem::Missing) => t.problem_text_missing,
        (WishField::ReviewOn, WishProblem::Missing) => t.problem_review_missing,
        (_, WishProblem::Missing) => t.problem_missing,
        (_, WishProblem::TooLong) => t.problem_too_long,
        (_, WishProblem::InvalidDate) => t.problem_date_invalid,
        (_, WishProblem::InFuture) => t.problem_date_in_future,
        (_, WishProblem::BeforeDiscussed) => t.problem_review_before_discussed,
    };
    fill(template, &[("max", &max.to_string())])
}

/// The sentence for a refused change or review, `{max}` filled in.
pub fn transition_error_text(t: &WishTexts, error: TransitionError) -> String {
    let template = match error {
        TransitionError::SameStatus => t.err_same_status,
        TransitionError::NeedsReviewDate => t.err_needs_review_date,
        TransitionError::FromAgreed => t.err_from_agreed,
        TransitionError::FromNotPossible => t.err_from_not_possible,
        TransitionError::FromStopped => t.err_from_stopped,
        TransitionError::StopThroughReview => t.err_stop_through_review,
        TransitionError::ReviewTooEarly => t.err_review_too_early,
        TransitionError::InvalidDate => t.err_invalid_date,
        TransitionError::NotAgreed => t.err_not_agreed,
        TransitionError::NoteTooLong => t.err_note_too_long,
    };
    fill(template, &[("max", &MAX_NOTE_CHARS.to_string())])
}

/// The sentence for a review state, with `{days}` and `{date}` filled in
/// (`date` is the review date as the app writes dates). `None` when the item is
/// not an agreement.
pub fn review_state_text(t: &WishTexts, state: ReviewState, date: &str) -> Option<String> {
    let (template, days) = match state {
        ReviewState::NotAgreement => return None,
        ReviewState::Later => (t.review_on_date, 0),
        ReviewState::DueSoon { days: 0 } => (t.due_today, 0),
        ReviewState::DueSoon { days: 1 } => (t.due_tomorrow, 1),
        ReviewState::DueSoon { days } => (t.due_in_days, days),
        ReviewState::Overdue { days: 1 } => (t.overdue_one_day, 1),
        ReviewState::Overdue { days } => (t.overdue_days, days),
    };
    Some(fill(
        template,
        &[("days", &days.to_string()), ("date", date)],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_passes_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    #[test]
    fn every_variant_has_text_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let t = wish_texts(lang);
            for r in Role::ALL {
                assert!(!role_title(t, r).is_empty());
                assert!(!role_line(t, r).is_empty());
            }
            for k in Kind::ALL {
                assert!(!kind_text(t, k).is_empty());
            }
            for from in Status::ALL {
                assert!(!status_text(t, from).is_empty());
                for to in Status::ALL {
                    assert!(!action_text(t, from, to).is_empty());
                }
            }
            for o in ReviewOutcome::ALL {
                assert!(!outcome_text(t, o).is_empty());
                assert!(!outcome_hint(t, o).is_empty());
            }
            for p in PromptId::ALL {
                assert!(prompt_text(t, p).ends_with('?'), "{p:?}");
            }
            for e in TransitionError::ALL {
                let s = transition_error_text(t, e);
                assert!(!s.is_empty() && !s.contains('{'), "{e:?}");
            }
        }
    }

    #[test]
    fn prompts_are_all_different() {
        for t in [&NL, &EN] {
            let mut all: Vec<&str> = PromptId::ALL.iter().map(|p| prompt_text(t, *p)).collect();
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), PromptId::ALL.len());
        }
    }

    #[test]
    fn every_problem_has_a_sentence() {
        let fields = [
            WishField::Text,
            WishField::WithWhom,
            WishField::DiscussedOn,
            WishField::ReviewOn,
        ];
        let problems = [
            WishProblem::Missing,
            WishProblem::TooLong,
            WishProblem::InvalidDate,
            WishProblem::InFuture,
            WishProblem::BeforeDiscussed,
        ];
        for t in [&NL, &EN] {
            for f in fields {
                for p in problems {
                    let s = problem_text(t, f, p);
                    assert!(!s.is_empty() && !s.contains('{'));
                }
            }
        }
        assert_eq!(
            problem_text(&NL, WishField::WithWhom, WishProblem::TooLong),
            "Dit is te lang. Gebruik hoogstens 80 tekens."
        );
        assert!(problem_text(&EN, WishField::Text, WishProblem::TooLong).contains("500"));
    }

    #[test]
    fn review_states_read_well() {
        let t = &NL;
        let say = |s| review_state_text(t, s, "3 juni");
        assert_eq!(say(ReviewState::NotAgreement), None);
        assert_eq!(
            say(ReviewState::Later).as_deref(),
            Some("Weer bekijken op 3 juni")
        );
        assert_eq!(
            say(ReviewState::DueSoon { days: 0 }).as_deref(),
            Some("Vandaag weer bekijken")
        );
        assert_eq!(
            say(ReviewState::DueSoon { days: 1 }).as_deref(),
            Some("Morgen weer bekijken")
        );
        assert_eq!(
            say(ReviewState::DueSoon { days: 14 }).as_deref(),
            Some("Over 14 dagen weer bekijken")
        );
        assert_eq!(
            say(ReviewState::Overdue { days: 1 }).as_deref(),
            Some("Was gisteren aan de beurt")
        );
        assert_eq!(
            say(ReviewState::Overdue { days: 2 }).as_deref(),
            Some("Al 2 dagen te laat")
        );
        assert_eq!(
            review_state_text(&EN, ReviewState::Overdue { days: 5 }, "x").as_deref(),
            Some("5 days overdue")
        );
    }

    #[test]
    fn actions_match_the_moves() {
        let t = &NL;
        assert_eq!(
            action_text(t, Status::Open, Status::Discussed),
            t.act_discussed
        );
        assert_eq!(
            action_text(t, Status::Agreed, Status::Discussed),
            t.act_renegotiate
        );
        assert_eq!(
            action_text(t, Status::NotPossible, Status::Open),
            t.act_try_again
        );
        assert_eq!(
            action_text(t, Status::Stopped, Status::Open),
            t.act_start_again
        );
        assert_eq!(
            action_text(t, Status::Discussed, Status::Open),
            t.act_back_to_open
        );
    }
}
