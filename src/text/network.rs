//! Texts of the network feature: parts of life, rings, tasks, the person form,
//! "who does what" and the comparison of the map over time.

use crate::model::network::{
    Closeness, Domain, PersonField, PersonProblem, SnapshotReason, Task, TaskGroup,
};
use crate::model::Lang;

text_table! {
    /// The network feature's texts in one language.
    NetworkTexts {
        /// Heading of the feature.
        title,
        /// What the map is for.
        intro,
        /// Shown when nobody has been added yet.
        empty,
        /// Tab: the map.
        tab_map,
        /// Tab: the list.
        tab_list,
        /// Tab: who does what.
        tab_tasks,
        /// Accessible name of the map.
        map_label,
        /// Short hint under the map.
        map_hint,
        /// The caregiver in the centre of the map.
        centre_you,
        /// Accessible name of a dot: `{name}`, `{domain}`, `{closeness}`.
        dot_label,
        /// Button: zoom in.
        zoom_in,
        /// Button: zoom out.
        zoom_out,

        /// Part of life on the map: family.
        dom_family,
        /// Part of life on the map: friends.
        dom_friends,
        /// Part of life on the map: neighbours.
        dom_neighbours,
        /// Part of life on the map: work, school, club or faith.
        dom_work,
        /// Part of life on the map: professionals.
        dom_professionals,
        /// Part of life on the map: volunteers.
        dom_volunteers,
        /// Longer description: family.
        domd_family,
        /// Longer description: friends.
        domd_friends,
        /// Longer description: neighbours.
        domd_neighbours,
        /// Longer description: work, school, club or faith.
        domd_work,
        /// Longer description: professionals.
        domd_professionals,
        /// Longer description: volunteers.
        domd_volunteers,

        /// Ring: very close.
        close_very,
        /// Ring: close.
        close_close,
        /// Ring: further away.
        close_further,
        /// Hint for the inner ring.
        closed_very,
        /// Hint for the middle ring.
        closed_close,
        /// Hint for the outer ring.
        closed_further,

        /// Task: household.
        task_household,
        /// Task: shopping.
        task_shopping,
        /// Task: cooking.
        task_cooking,
        /// Task: transport.
        task_transport,
        /// Task: personal care.
        task_personal_care,
        /// Task: medication.
        task_medication,
        /// Task: paperwork and money.
        task_paperwork,
        /// Task: company and outings.
        task_company,
        /// Task: emotional support.
        task_emotional,
        /// Task: taking over for a day or weekend.
        task_take_over,
        /// Task: other.
        task_other,

        /// Form heading: add a person.
        form_add_title,
        /// Form heading: change a person, `{name}`.
        form_edit_title,
        /// Label: name.
        field_name,
        /// Hint: name.
        field_name_hint,
        /// Label: relation.
        field_relation,
        /// Hint: relation.
        field_relation_hint,
        /// Question: part of life.
        field_domain,
        /// Question: closeness.
        field_closeness,
        /// Question: helps now.
        field_helps_now,
        /// Question: could help.
        field_could_help,
        /// Hint: could help.
        field_could_help_hint,
        /// Label: phone.
        field_phone,
        /// Hint: phone.
        field_phone_hint,
        /// Label: note.
        field_note,
        /// Hint: note.
        field_note_hint,
        /// Problem: the name is missing.
        problem_name_missing,
        /// Problem: a choice is missing.
        problem_choose,
        /// Problem: too long, `{max}` characters.
        problem_too_long,
        /// Problem: not a phone number.
        problem_phone,
        /// Above a form with problems.
        form_has_problems,

        /// Button: add a person.
        add_person,
        /// Button: save.
        save,
        /// Button: change.
        edit,
        /// Button: remove.
        remove,
        /// Message after removing, `{name}`.
        removed,
        /// Button: undo.
        undo,
        /// Button: call, `{name}`.
        call,
        /// List: what someone helps with, `{tasks}`.
        list_helps_now,
        /// List: what someone could help with, `{tasks}`.
        list_could_help,
        /// List: someone helps with nothing yet.
        list_no_help_yet,

        /// Who does what: heading.
        tasks_title,
        /// Who does what: what this view is for.
        tasks_intro,
        /// Group: the caregiver does it alone and someone offered help.
        tasks_alone_offers,
        /// Group: the caregiver does it alone, no offers.
        tasks_alone_no_offers,
        /// Group: done together.
        tasks_shared,
        /// Group: done by others.
        tasks_by_others,
        /// Group: nobody does it.
        tasks_nobody,
        /// Above the people who could help.
        tasks_could_help,
        /// Above the people who help now.
        tasks_doers,
        /// Nobody offered help with this task.
        tasks_no_offers,
        /// Encouragement to ask.
        tasks_ask_hint,
        /// Question: what does the caregiver do themself.
        tasks_own_question,
        /// Hint: tap the tasks.
        tasks_own_hint,
        /// The caregiver in a list of doers.
        tasks_you,

        /// Over time: heading.
        snap_title,
        /// Over time: comparing, `{date}`.
        snap_compare,
        /// Button: keep today's map.
        snap_take,
        /// Message: today's map was kept.
        snap_saved,
        /// Nothing older to compare with.
        snap_none,
        /// Nothing changed.
        snap_no_change,
        /// Why a map was kept: a change.
        snap_reason_change,
        /// Why a map was kept: asked.
        snap_reason_requested,
        /// Change: `{name}` is new.
        diff_added,
        /// Change: `{name}` is gone.
        diff_removed,
        /// Change: `{name}` came closer, `{from}` and `{to}`.
        diff_closer,
        /// Change: `{name}` moved away, `{from}` and `{to}`.
        diff_away,
        /// Change: `{name}` helps with more, `{tasks}`.
        diff_started,
        /// Change: `{name}` stopped helping with `{tasks}`.
        diff_stopped,

        /// Label of the choice between map and list.
        view_label,
        /// Label of the zoom buttons.
        zoom_label,
        /// Heading of the legend.
        legend_title,
        /// Legend: the rings.
        legend_rings,
        /// Legend: the parts of life.
        legend_domains,
        /// Legend: the centre, `{name}` is the person cared for.
        legend_centre,
        /// Under a part of life without people.
        list_nobody,
        /// How many people, `{count}`.
        people_count,
        /// Link back to the map.
        back_to_map,
        /// Button: cancel the form.
        cancel,
        /// Link: change a person, `{name}`.
        edit_person,
        /// Heading above the other ways to look at the network.
        more_title,
        /// Heading: the maps kept so far.
        snap_kept_title,
        /// Heading: what changed.
        snap_changes,
    }
}

/// Dutch.
pub static NL: NetworkTexts = NetworkTexts {
    title: "Netwerk",
    intro: "Wie staan er om u en uw naaste heen? Zet ze op de kaart. Dan ziet u wie u helpt en wie u om hulp kunt vragen.",
    empty: "Er staat nog niemand op uw kaart. Voeg iemand toe die helpt of zou kunnen helpen.",
    tab_map: "Kaart",
    tab_list: "Lijst",
    tab_tasks: "Wie doet wat",
    map_label: "Kaart van de mensen om u heen",
    map_hint: "Tik op een naam om meer te zien.",
    centre_you: "U",
    dot_label: "{name}, {domain}, {closeness}",
    zoom_in: "Groter",
    zoom_out: "Kleiner",

    dom_family: "Familie",
    dom_friends: "Vrienden",
    dom_neighbours: "Buren",
    dom_work: "Werk, school, club",
    dom_professionals: "Zorgverleners",
    dom_volunteers: "Vrijwilligers",
    domd_family: "Uw partner, kinderen, broers en zussen en andere familie.",
    domd_friends: "Vrienden en goede kennissen.",
    domd_neighbours: "Mensen uit uw straat of buurt.",
    domd_work: "Mensen van uw werk of school, van een club of vereniging, of van uw kerk, moskee of andere geloofsgemeenschap.",
    domd_professionals: "Mensen die voor hun werk zorgen of helpen, zoals de huisarts of de thuiszorg.",
    domd_volunteers: "Mensen die als vrijwilliger helpen, bijvoorbeeld een maatje of iemand die u even vervangt.",

    close_very: "Heel dichtbij",
    close_close: "Dichtbij",
    close_further: "Verder weg",
    closed_very: "Op deze mensen kunt u altijd rekenen.",
    closed_close: "Deze mensen ziet of spreekt u geregeld.",
    closed_further: "Deze mensen kent u, maar u ziet ze minder vaak.",

    task_household: "Huishouden",
    task_shopping: "Boodschappen",
    task_cooking: "Koken",
    task_transport: "Vervoer",
    task_personal_care: "Wassen en aankleden",
    task_medication: "Medicijnen",
    task_paperwork: "Papieren en geld",
    task_company: "Gezelschap en uitjes",
    task_emotional: "Een luisterend oor",
    task_take_over: "Een dag of weekend overnemen",
    task_other: "Iets anders",

    form_add_title: "Iemand toevoegen",
    form_edit_title: "{name} aanpassen",
    field_name: "Voornaam of bijnaam",
    field_name_hint: "Zoals u deze persoon noemt.",
    field_relation: "Wie is dit voor u?",
    field_relation_hint: "Bijvoorbeeld: zus, buurvrouw of wijkverpleegkundige. Dit hoeft niet.",
    field_domain: "Waar kent u deze persoon van?",
    field_closeness: "Hoe dichtbij staat deze persoon?",
    field_helps_now: "Waar helpt deze persoon nu mee?",
    field_could_help: "Waar zou deze persoon mee kunnen helpen?",
    field_could_help_hint: "Ook als u het nog niet hebt gevraagd.",
    field_phone: "Telefoonnummer",
    field_phone_hint: "Dit hoeft niet. Met een nummer kunt u vanuit de app bellen.",
    field_note: "Notitie",
    field_note_hint: "Bijvoorbeeld wanneer deze persoon goed kan.",
    problem_name_missing: "Vul een naam in.",
    problem_choose: "Kies een van de mogelijkheden.",
    problem_too_long: "Dit is te lang. Gebruik hoogstens {max} tekens.",
    problem_phone: "Dit lijkt geen telefoonnummer. Gebruik cijfers, en als u wilt spaties of streepjes.",
    form_has_problems: "Nog niet alles is goed ingevuld. Kijk bij de meldingen hieronder.",

    add_person: "Iemand toevoegen",
    save: "Opslaan",
    edit: "Aanpassen",
    remove: "Verwijderen",
    removed: "{name} staat niet meer op de kaart.",
    undo: "Ongedaan maken",
    call: "{name} bellen",
    list_helps_now: "Helpt nu met: {tasks}",
    list_could_help: "Zou kunnen helpen met: {tasks}",
    list_no_help_yet: "Helpt nu nog niet mee.",

    tasks_title: "Wie doet wat",
    tasks_intro: "Hier ziet u wat u allemaal doet, en wie u daarbij helpt. Wat u alleen doet, staat bovenaan.",
    tasks_alone_offers: "Dit doet u alleen, maar iemand zou kunnen helpen",
    tasks_alone_no_offers: "Dit doet u alleen",
    tasks_shared: "Dit doet u samen met anderen",
    tasks_by_others: "Dit doen anderen",
    tasks_nobody: "Dit doet nu niemand",
    tasks_could_help: "Wie zou kunnen helpen",
    tasks_doers: "Wie helpt nu",
    tasks_no_offers: "Nog niemand heeft hier hulp bij aangeboden.",
    tasks_ask_hint: "Vraag het gerust. Veel mensen helpen graag, als ze weten waarmee.",
    tasks_own_question: "Wat doet u zelf?",
    tasks_own_hint: "Tik aan wat u zelf doet voor uw naaste.",
    tasks_you: "U",

    snap_title: "Uw netwerk door de tijd",
    snap_compare: "Vandaag vergeleken met {date}",
    snap_take: "De kaart van vandaag bewaren",
    snap_saved: "De kaart van vandaag is bewaard.",
    snap_none: "Er is nog geen oudere kaart. Later kunt u hier vergelijken.",
    snap_no_change: "Er is niets veranderd.",
    snap_reason_change: "Bewaard na een verandering",
    snap_reason_requested: "Door u bewaard",
    diff_added: "{name} is erbij gekomen.",
    diff_removed: "{name} staat er niet meer bij.",
    diff_closer: "{name} staat nu dichterbij. Eerst: {from}. Nu: {to}.",
    diff_away: "{name} staat nu verder weg. Eerst: {from}. Nu: {to}.",
    diff_started: "{name} helpt nu ook met: {tasks}.",
    diff_stopped: "{name} helpt niet meer met: {tasks}.",

    view_label: "Hoe wilt u het zien?",
    zoom_label: "Kaart groter of kleiner maken",
    legend_title: "Zo leest u de kaart",
    legend_rings: "De ringen: hoe dichtbij iemand staat",
    legend_domains: "De vakken: waar u iemand van kent",
    legend_centre: "In het midden staat u, samen met {name}.",
    list_nobody: "Hier staat nog niemand.",
    people_count: "Aantal mensen: {count}",
    back_to_map: "Terug naar de kaart",
    cancel: "Annuleren",
    edit_person: "{name} aanpassen",
    more_title: "Meer over uw netwerk",
    snap_kept_title: "Bewaarde kaarten",
    snap_changes: "Wat is er veranderd?",
};

/// English.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: NetworkTexts = NetworkTexts {
    title: "Network",
    intro: "Who is around you and the person you care for? Put them on the map. Then you can see who helps you and who you could ask.",
    empty: "Nobody is on your map yet. Add someone who helps or could help.",
    tab_map: "Map",
    tab_list: "List",
    tab_tasks: "Who does what",
    map_label: "Map of the people around you",
    map_hint: "Tap a name to see more.",
    centre_you: "You",
    dot_label: "{name}, {domain}, {closeness}",
    zoom_in: "Larger",
    zoom_out: "Smaller",

    dom_family: "Family",
    dom_friends: "Friends",
    dom_neighbours: "Neighbours",
    dom_work: "Work, school, club",
    dom_professionals: "Professionals",
    dom_volunteers: "Volunteers",
    domd_family: "Your partner, children, brothers and sisters and other family.",
    domd_friends: "Friends and good acquaintances.",
    domd_neighbours: "People from your street or neighbourhood.",
    domd_work: "People from your work or school, a club or society, or your church, mosque or other faith community.",
    domd_professionals: "People who care or help as their job, such as the GP or home care.",
    domd_volunteers: "People who help as volunteers, for example a buddy or someone who stands in for you.",

    close_very: "Very close",
    close_close: "Close",
    close_further: "Further away",
    closed_very: "You can always count on these people.",
    closed_close: "You see or speak to these people regularly.",
    closed_further: "You know these people, but see them less often.",

    task_household: "Household",
    task_shopping: "Shopping",
    task_cooking: "Cooking",
    task_transport: "Transport",
    task_personal_care: "Washing and dressing",
    task_medication: "Medicines",
    task_paperwork: "Paperwork and money",
    task_company: "Company and outings",
    task_emotional: "A listening ear",
    task_take_over: "Taking over for a day or weekend",
    task_other: "Something else",

    form_add_title: "Add someone",
    form_edit_title: "Change {name}",
    field_name: "First name or nickname",
    field_name_hint: "What you call this person.",
    field_relation: "Who is this to you?",
    field_relation_hint: "For example: sister, neighbour or district nurse. This is optional.",
    field_domain: "Where do you know this person from?",
    field_closeness: "How close is this person?",
    field_helps_now: "What does this person help with now?",
    field_could_help: "What could this person help with?",
    field_could_help_hint: "Even if you have not asked yet.",
    field_phone: "Phone number",
    field_phone_hint: "This is optional. With a number you can call from the app.",
    field_note: "Note",
    field_note_hint: "For example when this person is available.",
    problem_name_missing: "Please enter a name.",
    problem_choose: "Please choose one of the options.",
    problem_too_long: "This is too long. Use at most {max} characters.",
    problem_phone: "This does not look like a phone number. Use digits, and spaces or dashes if you like.",
    form_has_problems: "Not everything is filled in correctly yet. See the messages below.",

    add_person: "Add someone",
    save: "Save",
    edit: "Change",
    remove: "Remove",
    removed: "{name} is no longer on the map.",
    undo: "Undo",
    call: "Call {name}",
    list_helps_now: "Helps now with: {tasks}",
    list_could_help: "Could help with: {tasks}",
    list_no_help_yet: "Does not help yet.",

    tasks_title: "Who does what",
    tasks_intro: "Here you see everything you do, and who helps you with it. What you do alone is at the top.",
    tasks_alone_offers: "You do this alone, but someone could help",
    tasks_alone_no_offers: "You do this alone",
    tasks_shared: "You do this together with others",
    tasks_by_others: "Others do this",
    tasks_nobody: "Nobody does this now",
    tasks_could_help: "Who could help",
    tasks_doers: "Who helps now",
    tasks_no_offers: "Nobody has offered help with this yet.",
    tasks_ask_hint: "Do ask. Many people like to help when they know how.",
    tasks_own_question: "What do you do yourself?",
    tasks_own_hint: "Tap what you do yourself for the person you care for.",
    tasks_you: "You",

    snap_title: "Your network over time",
    snap_compare: "Today compared with {date}",
    snap_take: "Keep today's map",
    snap_saved: "Today's map has been kept.",
    snap_none: "There is no older map yet. Later you can compare here.",
    snap_no_change: "Nothing has changed.",
    snap_reason_change: "Kept after a change",
    snap_reason_requested: "Kept by you",
    diff_added: "{name} has joined.",
    diff_removed: "{name} is no longer there.",
    diff_closer: "{name} is closer now. Before: {from}. Now: {to}.",
    diff_away: "{name} is further away now. Before: {from}. Now: {to}.",
    diff_started: "{name} now also helps with: {tasks}.",
    diff_stopped: "{name} no longer helps with: {tasks}.",

    view_label: "How would you like to see it?",
    zoom_label: "Make the map larger or smaller",
    legend_title: "How to read the map",
    legend_rings: "The rings: how close someone is",
    legend_domains: "The sections: where you know someone from",
    legend_centre: "You are in the middle, together with {name}.",
    list_nobody: "Nobody here yet.",
    people_count: "Number of people: {count}",
    back_to_map: "Back to the map",
    cancel: "Cancel",
    edit_person: "Change {name}",
    more_title: "More about your network",
    snap_kept_title: "Kept maps",
    snap_changes: "What has changed?",
};

/// The network texts for a language.
#[inline(never)]
pub fn network_texts(lang: Lang) -> &'static NetworkTexts {
    super::pick(lang, &NL, |e| e.network)
}

/// The short name of a part of life, for the map.
pub fn domain_name(t: &NetworkTexts, d: Domain) -> &'static str {
    match d {
        Domain::Family => t.dom_family,
        Domain::Friends => t.dom_friends,
        Domain::Neighbours => t.dom_neighbours,
        Domain::WorkSchoolClub => t.dom_work,
        Domain::Professionals => t.dom_professionals,
        Domain::Volunteers => t.dom_volunteers,
    }
}

/// The longer description of a part of life, for the form.
pub fn domain_description(t: &NetworkTexts, d: Domain) -> &'static str {
    match d {
        Domain::Family => t.domd_family,
        Domain::Friends => t.domd_friends,
        Domain::Neighbours => t.domd_neighbours,
        Domain::WorkSchoolClub => t.domd_work,
        Domain::Professionals => t.domd_professionals,
        Domain::Volunteers => t.domd_volunteers,
    }
}

/// The name of a ring ("Heel dichtbij").
pub fn closeness_name(t: &NetworkTexts, c: Closeness) -> &'static str {
    match c {
        Closeness::VeryClose => t.close_very,
        Closeness::Close => t.close_close,
        Closeness::Further => t.close_further,
    }
}

/// A hint that explains a ring, for the form.
pub fn closeness_hint(t: &NetworkTexts, c: Closeness) -> &'static str {
    match c {
        Closeness::VeryClose => t.closed_very,
        Closeness::Close => t.closed_close,
        Closeness::Further => t.closed_further,
    }
}

/// The short name of a task.
pub fn task_name(t: &NetworkTexts, task: Task) -> &'static str {
    match task {
        Task::Household => t.task_household,
        Task::Shopping => t.task_shopping,
        Task::Cooking => t.task_cooking,
        Task::Transport => t.task_transport,
        Task::PersonalCare => t.task_personal_care,
        Task::Medication => t.task_medication,
        Task::Paperwork => t.task_paperwork,
        Task::Company => t.task_company,
        Task::EmotionalSupport => t.task_emotional,
        Task::TakeOver => t.task_take_over,
        Task::Other => t.task_other,
    }
}

/// Task names joined with commas, for the list and the changes ("Koken, Vervoer").
pub fn task_list(t: &NetworkTexts, tasks: &[Task]) -> String {
    tasks
        .iter()
        .map(|&task| task_name(t, task))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The heading of a group in "who does what".
pub fn group_title(t: &NetworkTexts, g: TaskGroup) -> &'static str {
    match g {
        TaskGroup::AloneWithOffers => t.tasks_alone_offers,
        TaskGroup::AloneNoOffers => t.tasks_alone_no_offers,
        TaskGroup::Shared => t.tasks_shared,
        TaskGroup::ByOthers => t.tasks_by_others,
        TaskGroup::Nobody => t.tasks_nobody,
    }
}

/// The message for a problem in the person form, with the limit filled in.
pub fn problem_text(t: &NetworkTexts, field: PersonField, problem: PersonProblem) -> String {
    match problem {
        PersonProblem::Missing if field == PersonField::Name => t.problem_name_missing.to_string(),
        PersonProblem::Missing => t.problem_choose.to_string(),
        PersonProblem::TooLong => {
            let max = field.max_chars().unwrap_or_default().to_string();
            super::fill(t.problem_too_long, &[("max", &max)])
        }
        PersonProblem::NotAPhoneNumber => t.problem_phone.to_string(),
    }
}

/// Why a snapshot was kept.
pub fn reason_text(t: &NetworkTexts, r: SnapshotReason) -> &'static str {
    match r {
        SnapshotReason::Change => t.snap_reason_change,
        SnapshotReason::Requested => t.snap_reason_requested,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_passes_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    #[test]
    fn every_variant_has_a_text_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let t = network_texts(lang);
            for d in Domain::ALL {
                assert!(!domain_name(t, d).is_empty());
                assert!(!domain_description(t, d).is_empty());
            }
            for c in Closeness::ALL {
                assert!(!closeness_name(t, c).is_empty());
                assert!(!closeness_hint(t, c).is_empty());
            }
            for task in Task::ALL {
                assert!(!task_name(t, task).is_empty());
            }
            for g in [
                TaskGroup::AloneWithOffers,
                TaskGroup::AloneNoOffers,
                TaskGroup::Shared,
                TaskGroup::ByOthers,
                TaskGroup::Nobody,
            ] {
                assert!(!group_title(t, g).is_empty());
            }
            for r in [SnapshotReason::Change, SnapshotReason::Requested] {
                assert!(!reason_text(t, r).is_empty());
            }
            for f in [
                PersonField::Name,
                PersonField::Relation,
                PersonField::Domain,
                PersonField::Closeness,
                PersonField::Phone,
                PersonField::Note,
            ] {
                for p in [
                    PersonProblem::Missing,
                    PersonProblem::TooLong,
                    PersonProblem::NotAPhoneNumber,
                ] {
                    let text = problem_text(t, f, p);
                    assert!(!text.is_empty() && !text.contains('{'));
                }
            }
        }
    }

    #[test]
    fn names_on_the_map_are_short() {
        for lang in [Lang::Nl, Lang::En] {
            let t = network_texts(lang);
            for d in Domain::ALL {
                assert!(
                    domain_name(t, d).chars().count() <= 18,
                    "{}",
                    domain_name(t, d)
                );
            }
        }
    }

    #[test]
    fn problems_and_lists_read_well() {
        let t = network_texts(Lang::Nl);
        assert_eq!(
            problem_text(t, PersonField::Note, PersonProblem::TooLong),
            "Dit is te lang. Gebruik hoogstens 500 tekens."
        );
        assert_eq!(
            problem_text(t, PersonField::Name, PersonProblem::Missing),
            "Vul een naam in."
        );
        assert_eq!(
            problem_text(t, PersonField::Domain, PersonProblem::Missing),
            t.problem_choose
        );
        assert_eq!(
            task_list(t, &[Task::Cooking, Task::Transport]),
            "Koken, Vervoer"
        );
        assert_eq!(task_list(t, &[]), "");
    }
}
