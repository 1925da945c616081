//! Texts of the balance check and of the energy lists, in Dutch and English.

use crate::model::check::{AdviceId, Band, Direction, QuestionId, Side, Trend};
use crate::model::energy::{EnergyKind, HeavierSide, SuggestionId, Weight};
use crate::model::Lang;

use super::fill;

text_table! {
    /// The texts of the balance check and the energy lists in one language.
    CheckTexts {
        /// The check's name.
        check_title,
        /// What the check is and how long it takes.
        check_intro,
        /// That this is a personal check, not a medical or validated test.
        not_medical,
        /// Progress: question `{step}` of `{total}`.
        progress,
        /// Progress at the optional mark after the questions.
        progress_last,
        /// The load side of the balance.
        side_load,
        /// The capacity side of the balance.
        side_capacity,

        /// Question: hours of care per week; `{name}`.
        q_hours,
        /// Hint under the hours question.
        q_hours_hint,
        /// Option: under 8 hours.
        o_hours_0,
        /// Option: 8 to 16 hours.
        o_hours_1,
        /// Option: 16 to 24 hours.
        o_hours_2,
        /// Option: 24 to 40 hours.
        o_hours_3,
        /// Option: over 40 hours.
        o_hours_4,
        /// Question: other duties.
        q_duties,
        /// Hint under the duties question.
        q_duties_hint,
        /// Option: light.
        o_duties_0,
        /// Option: manageable.
        o_duties_1,
        /// Option: sometimes heavy.
        o_duties_2,
        /// Option: often heavy.
        o_duties_3,
        /// Option: too heavy.
        o_duties_4,
        /// Question: worries.
        q_worries,
        /// Option: hardly ever.
        o_worries_0,
        /// Option: sometimes.
        o_worries_1,
        /// Option: regularly.
        o_worries_2,
        /// Option: often.
        o_worries_3,
        /// Option: almost always.
        o_worries_4,
        /// Question: sleep.
        q_sleep,
        /// Option: well.
        o_sleep_0,
        /// Option: mostly well.
        o_sleep_1,
        /// Option: up and down.
        o_sleep_2,
        /// Option: often badly.
        o_sleep_3,
        /// Option: almost always badly.
        o_sleep_4,
        /// Question: own health.
        q_health,
        /// Option: good.
        o_health_0,
        /// Option: fair.
        o_health_1,
        /// Option: not so good.
        o_health_2,
        /// Option: poor.
        o_health_3,
        /// Question: time for yourself.
        q_own_time,
        /// Option: every day.
        o_own_time_0,
        /// Option: a few times a week.
        o_own_time_1,
        /// Option: about once a week.
        o_own_time_2,
        /// Option: less than once a week.
        o_own_time_3,
        /// Option: hardly ever.
        o_own_time_4,
        /// Question: money worries.
        q_money,
        /// Option: no.
        o_money_0,
        /// Option: a little.
        o_money_1,
        /// Option: quite a bit.
        o_money_2,
        /// Option: yes, a lot.
        o_money_3,
        /// Question: help from others.
        q_help,
        /// Hint under the help question.
        q_help_hint,
        /// Option: nobody helps.
        o_help_0,
        /// Option: very little.
        o_help_1,
        /// Option: sometimes.
        o_help_2,
        /// Option: regularly.
        o_help_3,
        /// Option: a lot.
        o_help_4,
        /// Question: the relationship; `{name}`.
        q_relationship,
        /// Option: hard.
        o_relationship_0,
        /// Option: often difficult.
        o_relationship_1,
        /// Option: up and down.
        o_relationship_2,
        /// Option: mostly good.
        o_relationship_3,
        /// Option: good.
        o_relationship_4,
        /// Question: what caring gives; `{name}`.
        q_fulfilment,
        /// Option: hardly anything.
        o_fulfilment_0,
        /// Option: a little.
        o_fulfilment_1,
        /// Option: often.
        o_fulfilment_2,
        /// Option: a lot.
        o_fulfilment_3,
        /// Question: energy.
        q_energy,
        /// Option: almost none.
        o_energy_0,
        /// Option: little.
        o_energy_1,
        /// Option: it varies.
        o_energy_2,
        /// Option: enough.
        o_energy_3,
        /// Option: plenty.
        o_energy_4,
        /// Question: someone to talk to.
        q_talk,
        /// Option: nobody.
        o_talk_0,
        /// Option: sometimes.
        o_talk_1,
        /// Option: usually.
        o_talk_2,
        /// Option: always.
        o_talk_3,

        /// Short label: hours of care.
        l_hours,
        /// Short label: other duties.
        l_duties,
        /// Short label: worries.
        l_worries,
        /// Short label: sleep.
        l_sleep,
        /// Short label: own health.
        l_health,
        /// Short label: time for yourself.
        l_own_time,
        /// Short label: money.
        l_money,
        /// Short label: help from others.
        l_help,
        /// Short label: the relationship; `{name}`.
        l_relationship,
        /// Short label: what caring gives.
        l_fulfilment,
        /// Short label: energy.
        l_energy,
        /// Short label: someone to talk to.
        l_talk,

        /// The optional last question: how are you doing overall.
        overall_question,
        /// Hint under the overall question.
        overall_hint,
        /// The meaning of 0.
        overall_low,
        /// The meaning of 10.
        overall_high,
        /// Button: skip the overall question.
        overall_skip,

        /// Band: in balance.
        band_in_balance,
        /// Band: attention.
        band_attention,
        /// Band: out of balance.
        band_out_of_balance,
        /// What "in balance" means.
        band_in_balance_text,
        /// What "attention" means.
        band_attention_text,
        /// What "out of balance" means.
        band_out_of_balance_text,
        /// Too few answers for a result.
        result_incomplete,
        /// Heading: the answers that weigh most.
        result_heaviest,
        /// Heading: the advice.
        result_advice,
        /// Heading: the strongest energy givers on the result.
        result_givers,
        /// Heading: the heaviest energy drains on the result.
        result_drains,

        /// Advice title: the support point.
        a_support_point_title,
        /// Advice steps: the support point.
        a_support_point_body,
        /// Advice title: the GP.
        a_gp_title,
        /// Advice steps: the GP.
        a_gp_body,
        /// Advice title: someone takes over.
        a_take_over_title,
        /// Advice steps: someone takes over.
        a_take_over_body,
        /// Advice title: share tasks.
        a_share_tasks_title,
        /// Advice steps: share tasks.
        a_share_tasks_body,
        /// Advice title: time for yourself.
        a_own_time_title,
        /// Advice steps: time for yourself.
        a_own_time_body,
        /// Advice title: sleep.
        a_sleep_title,
        /// Advice steps: sleep.
        a_sleep_body,
        /// Advice title: money.
        a_money_title,
        /// Advice steps: money.
        a_money_body,
        /// Advice title: someone to talk to.
        a_talk_title,
        /// Advice steps: someone to talk to.
        a_talk_body,
        /// Advice title: time together.
        a_together_title,
        /// Advice steps: time together.
        a_together_body,
        /// Advice title: keep going.
        a_keep_going_title,
        /// Advice steps: keep going.
        a_keep_going_body,
        /// Advice title: the energy lists.
        a_energy_list_title,
        /// Advice steps: the energy lists.
        a_energy_list_body,
        /// Advice title: check again.
        a_check_again_title,
        /// Advice steps: check again.
        a_check_again_body,

        /// Trend: heavier than in `{month}`.
        trend_heavier,
        /// Trend: lighter than in `{month}`.
        trend_lighter,
        /// Trend: about the same as in `{month}`.
        trend_same,
        /// Trend: the first check.
        trend_first,
        /// Heading of the history.
        history_title,
        /// Heading of the trend chart.
        chart_title,
        /// Start screen: the last check is more than four weeks old.
        check_due,


        /// Energy: heading.
        energy_title,
        /// Energy: what the lists are for.
        energy_intro,
        /// Energy: the givers list.
        energy_givers,
        /// Energy: the drains list.
        energy_drains,
        /// Energy: heading above the suggestions.
        energy_suggestions,
        /// Energy: label for typing your own item.
        energy_own_text,
        /// Energy: the weight question.
        energy_weight,
        /// Energy: the givers weigh more.
        energy_more_givers,
        /// Energy: the drains weigh more.
        energy_more_drains,
        /// Energy: both weigh the same.
        energy_even,
        /// Weight: a little.
        weight_little,
        /// Weight: medium.
        weight_medium,
        /// Weight: a lot.
        weight_much,

        /// Giver: a walk.
        s_walk,
        /// Giver: a talk with a friend.
        s_friend_talk,
        /// Giver: music.
        s_music,
        /// Giver: a hobby.
        s_hobby,
        /// Giver: a good night's sleep.
        s_good_sleep,
        /// Giver: a thank-you.
        s_thank_you,
        /// Giver: sport.
        s_sport,
        /// Giver: garden or nature.
        s_garden,
        /// Giver: faith or meditation.
        s_faith,
        /// Giver: a day off.
        s_day_off,
        /// Drain: paperwork.
        s_paperwork,
        /// Drain: worrying at night.
        s_night_worries,
        /// Drain: arguments.
        s_arguments,
        /// Drain: no time for yourself.
        s_no_own_time,
        /// Drain: driving.
        s_driving,
        /// Drain: housework.
        s_housework,
        /// Drain: combining with work.
        s_combining_work,
        /// Drain: feeling alone.
        s_feeling_alone,
        /// Drain: called at night.
        s_night_calls,
        /// Drain: uncertainty.
        s_uncertainty,

        /// Name used when the cared-for person's name is unknown.
        name_fallback,
        /// Button: start a new check.
        check_start,
        /// Button: continue the check in progress.
        check_resume,
        /// Button: throw the draft away and start again.
        check_restart,
        /// Heading: a check is in progress.
        draft_title,
        /// How far the draft is: `{count}` of `{total}`.
        draft_progress,
        /// Heading: the last check.
        latest_title,
        /// The band of a check: `{band}`.
        latest_band,
        /// The date of a check: `{date}`.
        done_on,
        /// Link: open the result.
        open_result,
        /// Link: the history.
        open_history,
        /// Link: the energy lists.
        open_energy,
        /// Start screen: invitation to the first check.
        home_first_check,
        /// Link: do the check again.
        check_again,
        /// Button: previous question.
        q_back,
        /// Button: next question.
        q_next,
        /// Link: stop and continue later.
        q_stop,
        /// That answers are kept as you go.
        q_saved_hint,
        /// Button: finish the check.
        finish,
        /// Heading of the result.
        result_title,
        /// Picture: the load side is heavier.
        pic_tips_load,
        /// Picture: the capacity side is heavier.
        pic_tips_capacity,
        /// Picture: both sides weigh about the same.
        pic_level,
        /// A side's score: `{side}`, `{score}`.
        score_line,
        /// How the score works, in one line.
        score_explain,
        /// The check was not found.
        result_not_found,
        /// None of the answers weighs heavily.
        result_nothing_heavy,
        /// One heavy answer: `{label}`, `{answer}`.
        heavy_line,
        /// The overall mark: `{mark}`.
        overall_line,
        /// Heading: energy on the result.
        result_energy,
        /// The energy lists are empty.
        energy_none_yet,
        /// Link: change the energy lists.
        energy_edit_link,
        /// Link: fill in the energy lists.
        energy_fill_link,
        /// A list without items.
        energy_list_empty,
        /// Button: add a giver.
        energy_add_giver,
        /// Button: add a drain.
        energy_add_drain,
        /// Heading of the form that changes an item.
        energy_edit_title,
        /// Button: save.
        save,
        /// Button: cancel.
        cancel,
        /// Button: change an item.
        edit,
        /// Button: remove an item or check.
        remove,
        /// Heading of the energy picture.
        energy_picture_title,
        /// No checks yet.
        history_empty,
        /// Heading: the change since the check before.
        history_change,
        /// Heading: the list of checks.
        history_list,
        /// One point of the chart in words: `{date}`, `{band}`.
        chart_point,
        /// The chart in words, for screen readers.
        chart_alt,
        /// Link: back to the balance check.
        back_to_check,
        /// Label of the item text when changing an item.
        energy_text,
        /// An item was added: `{text}`.
        energy_added,
    }
}

/// Dutch.
pub static NL: CheckTexts = CheckTexts {
    check_title: "Balanscheck",
    check_intro: "Twaalf korte vragen over wat de zorg van u vraagt en wat u helpt. Tot slot kunt u een cijfer geven. Het duurt ongeveer drie minuten.",
    not_medical: "Deze check is alleen voor uzelf. Het is geen medische test. De vragen zijn niet wetenschappelijk getest.",
    progress: "Vraag {step} van {total}",
    progress_last: "Tot slot",
    side_load: "Wat zwaar is",
    side_capacity: "Wat u helpt",

    q_hours: "Hoeveel uur per week zorgt u voor {name}?",
    q_hours_hint: "Tel alles mee: helpen, regelen, rijden en erbij zijn.",
    o_hours_0: "Minder dan 8 uur",
    o_hours_1: "8 tot 16 uur",
    o_hours_2: "16 tot 24 uur",
    o_hours_3: "24 tot 40 uur",
    o_hours_4: "Meer dan 40 uur",
    q_duties: "Hoe zwaar zijn uw andere taken naast de zorg?",
    q_duties_hint: "Denk aan werk, uw gezin en het huishouden.",
    o_duties_0: "Licht",
    o_duties_1: "Goed te doen",
    o_duties_2: "Soms zwaar",
    o_duties_3: "Vaak zwaar",
    o_duties_4: "Te zwaar",
    q_worries: "Hoe vaak maakt u zich zorgen?",
    o_worries_0: "Bijna nooit",
    o_worries_1: "Soms",
    o_worries_2: "Regelmatig",
    o_worries_3: "Vaak",
    o_worries_4: "Bijna altijd",
    q_sleep: "Hoe slaapt u de laatste tijd?",
    o_sleep_0: "Goed",
    o_sleep_1: "Meestal goed",
    o_sleep_2: "Wisselend",
    o_sleep_3: "Vaak slecht",
    o_sleep_4: "Bijna altijd slecht",
    q_health: "Hoe gaat het met uw eigen gezondheid?",
    o_health_0: "Goed",
    o_health_1: "Redelijk",
    o_health_2: "Niet zo goed",
    o_health_3: "Slecht",
    q_own_time: "Hoe vaak heeft u tijd voor uzelf?",
    o_own_time_0: "Elke dag",
    o_own_time_1: "Een paar keer per week",
    o_own_time_2: "Ongeveer één keer per week",
    o_own_time_3: "Minder dan één keer per week",
    o_own_time_4: "Bijna nooit",
    q_money: "Heeft u geldzorgen?",
    o_money_0: "Nee",
    o_money_1: "Een beetje",
    o_money_2: "Best wel",
    o_money_3: "Ja, veel",
    q_help: "Hoeveel helpen anderen u met de zorg?",
    q_help_hint: "Denk aan familie, vrienden, buren of vrijwilligers.",
    o_help_0: "Niemand helpt",
    o_help_1: "Heel weinig",
    o_help_2: "Soms",
    o_help_3: "Regelmatig",
    o_help_4: "Veel",
    q_relationship: "Hoe gaat het tussen u en {name}?",
    o_relationship_0: "Moeilijk",
    o_relationship_1: "Vaak lastig",
    o_relationship_2: "Wisselend",
    o_relationship_3: "Meestal goed",
    o_relationship_4: "Goed",
    q_fulfilment: "Geeft het zorgen voor {name} u ook iets goeds?",
    o_fulfilment_0: "Nee, bijna niets",
    o_fulfilment_1: "Een beetje",
    o_fulfilment_2: "Vaak wel",
    o_fulfilment_3: "Ja, veel",
    q_energy: "Hoeveel energie heeft u op een gewone dag?",
    o_energy_0: "Bijna geen",
    o_energy_1: "Weinig",
    o_energy_2: "Wisselend",
    o_energy_3: "Genoeg",
    o_energy_4: "Veel",
    q_talk: "Heeft u iemand bij wie u uw verhaal kwijt kunt?",
    o_talk_0: "Nee, niemand",
    o_talk_1: "Soms",
    o_talk_2: "Meestal wel",
    o_talk_3: "Ja, altijd",

    l_hours: "Uren zorg",
    l_duties: "Andere taken",
    l_worries: "Zorgen",
    l_sleep: "Slaap",
    l_health: "Uw gezondheid",
    l_own_time: "Tijd voor uzelf",
    l_money: "Geld",
    l_help: "Hulp van anderen",
    l_relationship: "Uw band met {name}",
    l_fulfilment: "Wat de zorg u geeft",
    l_energy: "Energie",
    l_talk: "Iemand om mee te praten",

    overall_question: "Hoe gaat het met u, alles bij elkaar?",
    overall_hint: "Kies een cijfer van 0 tot 10. Dit telt niet mee in de balans. U mag deze vraag ook overslaan.",
    overall_low: "0 is heel slecht",
    overall_high: "10 is heel goed",
    overall_skip: "Overslaan",

    band_in_balance: "In balans",
    band_attention: "Let op",
    band_out_of_balance: "Uit balans",
    band_in_balance_text: "Wat de zorg van u vraagt en wat u helpt, zijn nu in evenwicht.",
    band_attention_text: "De zorg vraagt veel van u. Let goed op uzelf en kijk wat lichter kan.",
    band_out_of_balance_text: "De zorg weegt nu zwaarder dan u kunt dragen. Vraag hulp. U hoeft dit niet alleen te doen.",
    result_incomplete: "U heeft nog te weinig vragen beantwoord voor een uitkomst.",
    result_heaviest: "Wat nu het zwaarst weegt",
    result_advice: "Wat u kunt doen",
    result_givers: "Wat u de meeste energie geeft",
    result_drains: "Wat u de meeste energie kost",

    a_support_point_title: "Bel het steunpunt mantelzorg",
    a_support_point_body: "Bijna elke gemeente heeft een steunpunt voor mantelzorgers. Daar luisteren ze en zoeken ze met u naar hulp die past. Het nummer staat op de website van uw gemeente.",
    a_gp_title: "Praat met uw huisarts",
    a_gp_body: "Vertel de huisarts dat u voor iemand zorgt en hoe het met u gaat. De huisarts kan ook met u meedenken over hulp.",
    a_take_over_title: "Laat de zorg even overnemen",
    a_take_over_body: "Vraag iemand om de zorg een ochtend, middag of hele dag van u over te nemen. Dat kan familie zijn, of een vrijwilliger via het steunpunt mantelzorg.",
    a_share_tasks_title: "Verdeel taken met familie",
    a_share_tasks_body: "Schrijf op wat u allemaal doet. Vraag familie of vrienden wat zij kunnen overnemen. Vaak willen mensen best helpen, als u het vraagt.",
    a_own_time_title: "Plan elke week tijd voor uzelf",
    a_own_time_body: "Kies een vast moment in de week dat alleen van u is. Doe dan iets wat u fijn vindt, ook als het maar een uur is.",
    a_sleep_title: "Zorg voor rust en slaap",
    a_sleep_body: "Ga op vaste tijden naar bed en kom ’s avonds eerst tot rust. Slaapt u al weken slecht? Vertel het dan aan de huisarts.",
    a_money_title: "Vraag naar hulp met geld",
    a_money_body: "Vraag bij uw gemeente welke steun er is voor mantelzorgers. Soms is er een vergoeding of hulp bij formulieren. Het steunpunt mantelzorg kan dit ook voor u uitzoeken.",
    a_talk_title: "Zoek iemand om mee te praten",
    a_talk_body: "Vertel iemand die u vertrouwt hoe het echt met u gaat. Het steunpunt mantelzorg kent ook groepen met mensen die hetzelfde meemaken.",
    a_together_title: "Doe iets fijns samen",
    a_together_body: "Kies iets wat u vroeger graag samen deed, los van de zorg. Even samen zijn zonder taken doet u allebei goed.",
    a_keep_going_title: "Blijf doen wat u helpt",
    a_keep_going_body: "Kijk wat u nu helpt om het vol te houden. Houd daar ruimte voor, ook als het drukker wordt.",
    a_energy_list_title: "Kijk wat u energie geeft en kost",
    a_energy_list_body: "Schrijf op wat u energie geeft en wat energie kost. Kies één ding dat kleiner kan, en één ding waar u meer van wilt.",
    a_check_again_title: "Doe de check over een maand weer",
    a_check_again_body: "Zo ziet u of het lichter of zwaarder wordt. Dan kunt u op tijd hulp vragen.",

    trend_heavier: "Zwaarder dan in {month}.",
    trend_lighter: "Lichter dan in {month}.",
    trend_same: "Ongeveer hetzelfde als in {month}.",
    trend_first: "Dit is uw eerste check. Doe de check over een maand nog eens. Dan ziet u wat er verandert.",
    history_title: "Uw eerdere checks",
    chart_title: "Uw balans door de tijd",
    check_due: "Uw laatste check is meer dan vier weken geleden. Kijk weer even hoe het met u gaat.",


    energy_title: "Energie",
    energy_intro: "Wat geeft u energie, en wat kost u energie? Schrijf het op en geef aan hoeveel.",
    energy_givers: "Dit geeft mij energie",
    energy_drains: "Dit kost mij energie",
    energy_suggestions: "Voorbeelden om uit te kiezen",
    energy_own_text: "Of schrijf het zelf op",
    energy_weight: "Hoeveel?",
    energy_more_givers: "Wat u energie geeft, weegt nu het zwaarst.",
    energy_more_drains: "Wat u energie kost, weegt nu het zwaarst.",
    energy_even: "Wat u energie geeft en wat energie kost, wegen even zwaar.",
    weight_little: "Een beetje",
    weight_medium: "Gemiddeld",
    weight_much: "Veel",

    s_walk: "Een wandeling buiten",
    s_friend_talk: "Een goed gesprek met een vriend of vriendin",
    s_music: "Muziek luisteren of maken",
    s_hobby: "Een hobby",
    s_good_sleep: "Een goede nachtrust",
    s_thank_you: "Een bedankje van degene voor wie ik zorg",
    s_sport: "Sporten of bewegen",
    s_garden: "Tijd in de tuin of in de natuur",
    s_faith: "Geloof, bidden of mediteren",
    s_day_off: "Een dag vrij van de zorg",
    s_paperwork: "Formulieren en regelwerk met instanties",
    s_night_worries: "’s Nachts liggen piekeren",
    s_arguments: "Ruzie of onenigheid over de zorg",
    s_no_own_time: "Geen tijd voor mezelf",
    s_driving: "Rijden naar afspraken",
    s_housework: "Het huishouden",
    s_combining_work: "Zorg en werk combineren",
    s_feeling_alone: "Me alleen voelen",
    s_night_calls: "’s Nachts gebeld of wakker gemaakt worden",
    s_uncertainty: "Niet weten wat er komt",

    name_fallback: "uw naaste",
    check_start: "Begin de check",
    check_resume: "Verder met uw check",
    check_restart: "Opnieuw beginnen",
    draft_title: "Uw check is nog niet klaar",
    draft_progress: "U heeft {count} van de {total} vragen beantwoord.",
    latest_title: "Uw laatste check",
    latest_band: "Uitkomst: {band}",
    done_on: "Gedaan op {date}",
    open_result: "Bekijk de uitkomst",
    open_history: "Eerdere checks en verloop",
    open_energy: "Wat geeft en kost u energie?",
    home_first_check: "Hoe gaat het met u? Met de balanscheck ziet u in drie minuten hoe u ervoor staat.",
    check_again: "Doe de check opnieuw",
    q_back: "Vorige vraag",
    q_next: "Volgende vraag",
    q_stop: "Stoppen en later verder",
    q_saved_hint: "Uw antwoorden worden meteen bewaard. U kunt altijd later verder.",
    finish: "Klaar: bekijk de uitkomst",
    result_title: "Uitkomst van uw balanscheck",
    pic_tips_load: "De weegschaal zakt naar de kant van wat zwaar is.",
    pic_tips_capacity: "De weegschaal zakt naar de kant van wat u helpt.",
    pic_level: "De weegschaal hangt ongeveer recht.",
    score_line: "{side}: {score} van 100",
    score_explain: "Hoe hoger het getal, hoe zwaarder die kant weegt.",
    result_not_found: "Deze check is niet gevonden. Misschien is hij verwijderd.",
    result_nothing_heavy: "Geen van uw antwoorden weegt nu echt zwaar.",
    heavy_line: "{label}: {answer}",
    overall_line: "Uw cijfer voor hoe het gaat: {mark}",
    result_energy: "Uw energie",
    energy_none_yet: "U heeft nog niets op uw energielijsten gezet.",
    energy_edit_link: "Energielijsten aanpassen",
    energy_fill_link: "Energielijsten invullen",
    energy_list_empty: "Hier staat nog niets.",
    energy_add_giver: "Iets toevoegen dat energie geeft",
    energy_add_drain: "Iets toevoegen dat energie kost",
    energy_edit_title: "Aanpassen",
    save: "Opslaan",
    cancel: "Annuleren",
    edit: "Aanpassen",
    remove: "Verwijderen",
    energy_picture_title: "Wat weegt het zwaarst?",
    history_empty: "U heeft nog geen check gedaan.",
    history_change: "Verschil met de vorige check",
    history_list: "Alle checks",
    chart_point: "{date}: {band}",
    chart_alt: "Lijn van uw balans per check. Hoger is beter.",
    back_to_check: "Terug naar de balanscheck",
    energy_text: "Wat is het?",
    energy_added: "Toegevoegd: {text}",
};

/// English.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub static EN: CheckTexts = CheckTexts {
    check_title: "Balance check",
    check_intro: "Twelve short questions about what caring asks of you and what helps you. Finally, you can give a mark. It takes about three minutes.",
    not_medical: "This check is just for you. It is not a medical test. The questions have not been scientifically validated.",
    progress: "Question {step} of {total}",
    progress_last: "Last step",
    side_load: "What weighs on you",
    side_capacity: "What helps you",

    q_hours: "How many hours a week do you spend caring for {name}?",
    q_hours_hint: "Count everything: helping, arranging, driving and being there.",
    o_hours_0: "Less than 8 hours",
    o_hours_1: "8 to 16 hours",
    o_hours_2: "16 to 24 hours",
    o_hours_3: "24 to 40 hours",
    o_hours_4: "More than 40 hours",
    q_duties: "How heavy are your other duties besides caring?",
    q_duties_hint: "Think of work, your family and the housework.",
    o_duties_0: "Light",
    o_duties_1: "Manageable",
    o_duties_2: "Sometimes heavy",
    o_duties_3: "Often heavy",
    o_duties_4: "Too heavy",
    q_worries: "How often do you worry?",
    o_worries_0: "Hardly ever",
    o_worries_1: "Sometimes",
    o_worries_2: "Regularly",
    o_worries_3: "Often",
    o_worries_4: "Almost always",
    q_sleep: "How have you been sleeping lately?",
    o_sleep_0: "Well",
    o_sleep_1: "Mostly well",
    o_sleep_2: "Up and down",
    o_sleep_3: "Often badly",
    o_sleep_4: "Almost always badly",
    q_health: "How is your own health?",
    o_health_0: "Good",
    o_health_1: "Fair",
    o_health_2: "Not so good",
    o_health_3: "Poor",
    q_own_time: "How often do you have time for yourself?",
    o_own_time_0: "Every day",
    o_own_time_1: "A few times a week",
    o_own_time_2: "About once a week",
    o_own_time_3: "Less than once a week",
    o_own_time_4: "Hardly ever",
    q_money: "Do you have money worries?",
    o_money_0: "No",
    o_money_1: "A little",
    o_money_2: "Quite a bit",
    o_money_3: "Yes, a lot",
    q_help: "How much do others help you with caring?",
    q_help_hint: "Think of family, friends, neighbours or volunteers.",
    o_help_0: "Nobody helps",
    o_help_1: "Very little",
    o_help_2: "Sometimes",
    o_help_3: "Regularly",
    o_help_4: "A lot",
    q_relationship: "How are things between you and {name}?",
    o_relationship_0: "Hard",
    o_relationship_1: "Often difficult",
    o_relationship_2: "Up and down",
    o_relationship_3: "Mostly good",
    o_relationship_4: "Good",
    q_fulfilment: "Does caring for {name} also give you something good?",
    o_fulfilment_0: "No, hardly anything",
    o_fulfilment_1: "A little",
    o_fulfilment_2: "Often, yes",
    o_fulfilment_3: "Yes, a lot",
    q_energy: "How much energy do you have on an ordinary day?",
    o_energy_0: "Almost none",
    o_energy_1: "Little",
    o_energy_2: "It varies",
    o_energy_3: "Enough",
    o_energy_4: "Plenty",
    q_talk: "Do you have someone you can talk to about how you feel?",
    o_talk_0: "No, nobody",
    o_talk_1: "Sometimes",
    o_talk_2: "Usually",
    o_talk_3: "Yes, always",

    l_hours: "Hours of care",
    l_duties: "Other duties",
    l_worries: "Worries",
    l_sleep: "Sleep",
    l_health: "Your health",
    l_own_time: "Time for yourself",
    l_money: "Money",
    l_help: "Help from others",
    l_relationship: "You and {name}",
    l_fulfilment: "What caring gives you",
    l_energy: "Energy",
    l_talk: "Someone to talk to",

    overall_question: "How are you doing, all in all?",
    overall_hint: "Choose a number from 0 to 10. It does not count towards the balance. You may also skip this question.",
    overall_low: "0 is very bad",
    overall_high: "10 is very good",
    overall_skip: "Skip",

    band_in_balance: "In balance",
    band_attention: "Needs attention",
    band_out_of_balance: "Out of balance",
    band_in_balance_text: "What caring asks of you and what helps you are in balance now.",
    band_attention_text: "Caring asks a lot of you. Look after yourself and see what could be lighter.",
    band_out_of_balance_text: "Caring weighs more than you can carry right now. Ask for help. You do not have to do this alone.",
    result_incomplete: "You have answered too few questions for a result.",
    result_heaviest: "What weighs most right now",
    result_advice: "What you can do",
    result_givers: "What gives you the most energy",
    result_drains: "What costs you the most energy",

    a_support_point_title: "Call the carers’ support point",
    a_support_point_body: "Almost every Dutch municipality has a support point for carers. They listen and look with you for help that fits. The number is on your municipality’s website.",
    a_gp_title: "Talk to your GP",
    a_gp_body: "Tell your GP that you care for someone and how you are doing. Your GP can also help you think about support.",
    a_take_over_title: "Let someone take over for a while",
    a_take_over_body: "Ask someone to take over the care for a morning, an afternoon or a whole day. That can be family, or a volunteer through the carers’ support point.",
    a_share_tasks_title: "Share tasks with family",
    a_share_tasks_body: "Write down everything you do. Ask family or friends what they could take over. People are often glad to help when you ask.",
    a_own_time_title: "Plan time for yourself every week",
    a_own_time_body: "Choose a fixed moment each week that is just for you. Do something you enjoy, even if it is only an hour.",
    a_sleep_title: "Make room for rest and sleep",
    a_sleep_body: "Go to bed at regular times and wind down first in the evening. Have you slept badly for weeks? Then tell your GP.",
    a_money_title: "Ask about help with money",
    a_money_body: "Ask your municipality what support there is for carers. Sometimes there is an allowance or help with forms. The carers’ support point can also find this out for you.",
    a_talk_title: "Find someone to talk to",
    a_talk_body: "Tell someone you trust how you are really doing. The carers’ support point also knows groups of people who are going through the same.",
    a_together_title: "Do something nice together",
    a_together_body: "Pick something you used to enjoy together, apart from the care. Time together without tasks does you both good.",
    a_keep_going_title: "Keep doing what helps you",
    a_keep_going_body: "Notice what helps you keep going now. Keep room for it, also when things get busier.",
    a_energy_list_title: "Look at what gives and costs you energy",
    a_energy_list_body: "Write down what gives you energy and what costs energy. Choose one thing that could be smaller, and one thing you want more of.",
    a_check_again_title: "Do the check again in a month",
    a_check_again_body: "That way you see whether things get lighter or heavier. Then you can ask for help in time.",

    trend_heavier: "Heavier than in {month}.",
    trend_lighter: "Lighter than in {month}.",
    trend_same: "About the same as in {month}.",
    trend_first: "This is your first check. Do it again in a month. Then you will see what changes.",
    history_title: "Your earlier checks",
    chart_title: "Your balance over time",
    check_due: "Your last check was more than four weeks ago. Take a moment to see how you are doing.",


    energy_title: "Energy",
    energy_intro: "What gives you energy, and what costs you energy? Write it down and say how much.",
    energy_givers: "This gives me energy",
    energy_drains: "This costs me energy",
    energy_suggestions: "Examples to choose from",
    energy_own_text: "Or write it yourself",
    energy_weight: "How much?",
    energy_more_givers: "What gives you energy weighs most right now.",
    energy_more_drains: "What costs you energy weighs most right now.",
    energy_even: "What gives you energy and what costs energy weigh the same.",
    weight_little: "A little",
    weight_medium: "Medium",
    weight_much: "A lot",

    s_walk: "A walk outside",
    s_friend_talk: "A good talk with a friend",
    s_music: "Listening to or making music",
    s_hobby: "A hobby",
    s_good_sleep: "A good night’s sleep",
    s_thank_you: "A thank-you from the person I care for",
    s_sport: "Sport or exercise",
    s_garden: "Time in the garden or in nature",
    s_faith: "Faith, prayer or meditation",
    s_day_off: "A day off from caring",
    s_paperwork: "Forms and paperwork with agencies",
    s_night_worries: "Lying awake worrying at night",
    s_arguments: "Arguments about the care",
    s_no_own_time: "No time for myself",
    s_driving: "Driving to appointments",
    s_housework: "The housework",
    s_combining_work: "Combining care and work",
    s_feeling_alone: "Feeling alone",
    s_night_calls: "Being called or woken at night",
    s_uncertainty: "Not knowing what lies ahead",

    name_fallback: "the person you care for",
    check_start: "Start the check",
    check_resume: "Continue your check",
    check_restart: "Start again",
    draft_title: "Your check is not finished yet",
    draft_progress: "You have answered {count} of the {total} questions.",
    latest_title: "Your last check",
    latest_band: "Result: {band}",
    done_on: "Done on {date}",
    open_result: "See the result",
    open_history: "Earlier checks and trend",
    open_energy: "What gives and costs you energy?",
    home_first_check: "How are you doing? The balance check shows you in three minutes where you stand.",
    check_again: "Do the check again",
    q_back: "Previous question",
    q_next: "Next question",
    q_stop: "Stop and continue later",
    q_saved_hint: "Your answers are kept right away. You can always continue later.",
    finish: "Done: see the result",
    result_title: "Result of your balance check",
    pic_tips_load: "The scales tip towards what weighs on you.",
    pic_tips_capacity: "The scales tip towards what helps you.",
    pic_level: "The scales hang about level.",
    score_line: "{side}: {score} out of 100",
    score_explain: "The higher the number, the heavier that side weighs.",
    result_not_found: "This check was not found. Perhaps it was removed.",
    result_nothing_heavy: "None of your answers weighs heavily right now.",
    heavy_line: "{label}: {answer}",
    overall_line: "Your mark for how you are doing: {mark}",
    result_energy: "Your energy",
    energy_none_yet: "You have not put anything on your energy lists yet.",
    energy_edit_link: "Change the energy lists",
    energy_fill_link: "Fill in the energy lists",
    energy_list_empty: "Nothing here yet.",
    energy_add_giver: "Add something that gives energy",
    energy_add_drain: "Add something that costs energy",
    energy_edit_title: "Change",
    save: "Save",
    cancel: "Cancel",
    edit: "Change",
    remove: "Remove",
    energy_picture_title: "Which weighs more?",
    history_empty: "You have not done a check yet.",
    history_change: "Change since the last check",
    history_list: "All checks",
    chart_point: "{date}: {band}",
    chart_alt: "Line of your balance per check. Higher is better.",
    back_to_check: "Back to the balance check",
    energy_text: "What is it?",
    energy_added: "Added: {text}",
};

/// The check and energy texts for a language.
#[inline(never)]
pub fn check_texts(lang: Lang) -> &'static CheckTexts {
    super::pick(lang, &NL, |e| e.check)
}

/// The question as asked; may hold `{name}`.
pub fn question_text(t: &CheckTexts, q: QuestionId) -> &'static str {
    match q {
        QuestionId::CareHours => t.q_hours,
        QuestionId::OtherDuties => t.q_duties,
        QuestionId::Worries => t.q_worries,
        QuestionId::Sleep => t.q_sleep,
        QuestionId::Health => t.q_health,
        QuestionId::OwnTime => t.q_own_time,
        QuestionId::Money => t.q_money,
        QuestionId::HelpFromOthers => t.q_help,
        QuestionId::Relationship => t.q_relationship,
        QuestionId::Fulfilment => t.q_fulfilment,
        QuestionId::Energy => t.q_energy,
        QuestionId::SomeoneToTalkTo => t.q_talk,
    }
}

/// A short hint under the question, for the few questions that have one.
pub fn question_hint(t: &CheckTexts, q: QuestionId) -> Option<&'static str> {
    match q {
        QuestionId::CareHours => Some(t.q_hours_hint),
        QuestionId::OtherDuties => Some(t.q_duties_hint),
        QuestionId::HelpFromOthers => Some(t.q_help_hint),
        _ => None,
    }
}

/// A short label for the question, e.g. in "what weighs most"; may hold `{name}`.
pub fn question_label(t: &CheckTexts, q: QuestionId) -> &'static str {
    match q {
        QuestionId::CareHours => t.l_hours,
        QuestionId::OtherDuties => t.l_duties,
        QuestionId::Worries => t.l_worries,
        QuestionId::Sleep => t.l_sleep,
        QuestionId::Health => t.l_health,
        QuestionId::OwnTime => t.l_own_time,
        QuestionId::Money => t.l_money,
        QuestionId::HelpFromOthers => t.l_help,
        QuestionId::Relationship => t.l_relationship,
        QuestionId::Fulfilment => t.l_fulfilment,
        QuestionId::Energy => t.l_energy,
        QuestionId::SomeoneToTalkTo => t.l_talk,
    }
}

/// The answer options of a question, in the order shown (one per
/// [`QuestionId::option_count`]).
pub fn option_texts(t: &CheckTexts, q: QuestionId) -> Vec<&'static str> {
    match q {
        QuestionId::CareHours => vec![
            t.o_hours_0,
            t.o_hours_1,
            t.o_hours_2,
            t.o_hours_3,
            t.o_hours_4,
        ],
        QuestionId::OtherDuties => vec![
            t.o_duties_0,
            t.o_duties_1,
            t.o_duties_2,
            t.o_duties_3,
            t.o_duties_4,
        ],
        QuestionId::Worries => vec![
            t.o_worries_0,
            t.o_worries_1,
            t.o_worries_2,
            t.o_worries_3,
            t.o_worries_4,
        ],
        QuestionId::Sleep => vec![
            t.o_sleep_0,
            t.o_sleep_1,
            t.o_sleep_2,
            t.o_sleep_3,
            t.o_sleep_4,
        ],
        QuestionId::Health => vec![t.o_health_0, t.o_health_1, t.o_health_2, t.o_health_3],
        QuestionId::OwnTime => vec![
            t.o_own_time_0,
            t.o_own_time_1,
            t.o_own_time_2,
            t.o_own_time_3,
            t.o_own_time_4,
        ],
        QuestionId::Money => vec![t.o_money_0, t.o_money_1, t.o_money_2, t.o_money_3],
        QuestionId::HelpFromOthers => {
            vec![t.o_help_0, t.o_help_1, t.o_help_2, t.o_help_3, t.o_help_4]
        }
        QuestionId::Relationship => vec![
            t.o_relationship_0,
            t.o_relationship_1,
            t.o_relationship_2,
            t.o_relationship_3,
            t.o_relationship_4,
        ],
        QuestionId::Fulfilment => vec![
            t.o_fulfilment_0,
            t.o_fulfilment_1,
            t.o_fulfilment_2,
            t.o_fulfilment_3,
        ],
        QuestionId::Energy => vec![
            t.o_energy_0,
            t.o_energy_1,
            t.o_energy_2,
            t.o_energy_3,
            t.o_energy_4,
        ],
        QuestionId::SomeoneToTalkTo => vec![t.o_talk_0, t.o_talk_1, t.o_talk_2, t.o_talk_3],
    }
}

/// The text of one option; `None` when the question has no such option.
pub fn option_text(t: &CheckTexts, q: QuestionId, option: u8) -> Option<&'static str> {
    option_texts(t, q).get(usize::from(option)).copied()
}

/// The name of a side of the balance.
pub fn side_name(t: &CheckTexts, side: Side) -> &'static str {
    match side {
        Side::Load => t.side_load,
        Side::Capacity => t.side_capacity,
    }
}

/// The name of a band ("In balans").
pub fn band_name(t: &CheckTexts, band: Band) -> &'static str {
    match band {
        Band::InBalance => t.band_in_balance,
        Band::Attention => t.band_attention,
        Band::OutOfBalance => t.band_out_of_balance,
    }
}

/// One line on what a band means.
pub fn band_text(t: &CheckTexts, band: Band) -> &'static str {
    match band {
        Band::InBalance => t.band_in_balance_text,
        Band::Attention => t.band_attention_text,
        Band::OutOfBalance => t.band_out_of_balance_text,
    }
}

/// The title and the next steps of a piece of advice.
pub fn advice_text(t: &CheckTexts, a: AdviceId) -> (&'static str, &'static str) {
    match a {
        AdviceId::SupportPoint => (t.a_support_point_title, t.a_support_point_body),
        AdviceId::Gp => (t.a_gp_title, t.a_gp_body),
        AdviceId::TakeOver => (t.a_take_over_title, t.a_take_over_body),
        AdviceId::ShareTasks => (t.a_share_tasks_title, t.a_share_tasks_body),
        AdviceId::OwnTime => (t.a_own_time_title, t.a_own_time_body),
        AdviceId::Sleep => (t.a_sleep_title, t.a_sleep_body),
        AdviceId::MoneyHelp => (t.a_money_title, t.a_money_body),
        AdviceId::TalkToSomeone => (t.a_talk_title, t.a_talk_body),
        AdviceId::TimeTogether => (t.a_together_title, t.a_together_body),
        AdviceId::KeepGoing => (t.a_keep_going_title, t.a_keep_going_body),
        AdviceId::EnergyList => (t.a_energy_list_title, t.a_energy_list_body),
        AdviceId::CheckAgain => (t.a_check_again_title, t.a_check_again_body),
    }
}

/// The trend template for a direction, with `{month}`.
pub fn trend_template(t: &CheckTexts, d: Direction) -> &'static str {
    match d {
        Direction::Heavier => t.trend_heavier,
        Direction::Lighter => t.trend_lighter,
        Direction::Same => t.trend_same,
    }
}

/// The trend in words: "Zwaarder dan in maart."; without a trend, the first-check line.
pub fn trend_sentence(lang: Lang, trend: Option<&Trend>) -> String {
    let t = check_texts(lang);
    match trend {
        Some(tr) => fill(
            trend_template(t, tr.direction),
            &[("month", super::month_name(lang, tr.previous.month))],
        ),
        None => t.trend_first.to_string(),
    }
}

/// The heading of an energy list.
pub fn kind_heading(t: &CheckTexts, kind: EnergyKind) -> &'static str {
    match kind {
        EnergyKind::Giver => t.energy_givers,
        EnergyKind::Drain => t.energy_drains,
    }
}

/// The name of a weight.
pub fn weight_name(t: &CheckTexts, w: Weight) -> &'static str {
    match w {
        Weight::Little => t.weight_little,
        Weight::Medium => t.weight_medium,
        Weight::Much => t.weight_much,
    }
}

/// The sentence that says which energy list weighs more.
pub fn heavier_text(t: &CheckTexts, side: HeavierSide) -> &'static str {
    match side {
        HeavierSide::Givers => t.energy_more_givers,
        HeavierSide::Drains => t.energy_more_drains,
        HeavierSide::Even => t.energy_even,
    }
}

/// The text of a suggestion, as it is put on the list.
pub fn suggestion_text(t: &CheckTexts, s: SuggestionId) -> &'static str {
    match s {
        SuggestionId::Walk => t.s_walk,
        SuggestionId::FriendTalk => t.s_friend_talk,
        SuggestionId::Music => t.s_music,
        SuggestionId::Hobby => t.s_hobby,
        SuggestionId::GoodSleep => t.s_good_sleep,
        SuggestionId::ThankYou => t.s_thank_you,
        SuggestionId::Sport => t.s_sport,
        SuggestionId::Garden => t.s_garden,
        SuggestionId::FaithOrQuiet => t.s_faith,
        SuggestionId::DayOff => t.s_day_off,
        SuggestionId::Paperwork => t.s_paperwork,
        SuggestionId::NightWorries => t.s_night_worries,
        SuggestionId::Arguments => t.s_arguments,
        SuggestionId::NoOwnTime => t.s_no_own_time,
        SuggestionId::Driving => t.s_driving,
        SuggestionId::Housework => t.s_housework,
        SuggestionId::CombiningWork => t.s_combining_work,
        SuggestionId::FeelingAlone => t.s_feeling_alone,
        SuggestionId::NightCalls => t.s_night_calls,
        SuggestionId::Uncertainty => t.s_uncertainty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::check::{Direction, QUESTION_COUNT};
    use crate::model::energy::MAX_TEXT_CHARS;
    use crate::model::time::Date;

    const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

    #[test]
    fn the_table_passes_the_checks() {
        super::super::check_table(&NL.entries(), &EN.entries());
    }

    #[test]
    fn every_question_has_its_texts() {
        assert_eq!(QuestionId::ALL.len(), QUESTION_COUNT);
        for lang in LANGS {
            let t = check_texts(lang);
            for q in QuestionId::ALL {
                assert!(!question_text(t, q).is_empty());
                assert!(!question_label(t, q).is_empty());
                assert!(question_hint(t, q).is_none_or(|h| !h.is_empty()));
                let options = option_texts(t, q);
                assert_eq!(options.len(), q.option_count(), "{q:?}");
                assert!(options.iter().all(|o| !o.is_empty()));
                let last = u8::try_from(q.option_count()).unwrap();
                assert_eq!(option_text(t, q, last), None);
                assert_eq!(option_text(t, q, 0), options.first().copied());
            }
        }
    }

    #[test]
    fn every_band_side_and_advice_has_texts() {
        for lang in LANGS {
            let t = check_texts(lang);
            for b in [Band::InBalance, Band::Attention, Band::OutOfBalance] {
                assert!(!band_name(t, b).is_empty() && !band_text(t, b).is_empty());
            }
            for s in [Side::Load, Side::Capacity] {
                assert!(!side_name(t, s).is_empty());
            }
            let mut titles: Vec<&str> = Vec::new();
            for a in AdviceId::ALL {
                let (title, body) = advice_text(t, a);
                assert!(!title.is_empty() && !body.is_empty());
                assert!(!titles.contains(&title), "{a:?} repeats a title");
                titles.push(title);
            }
        }
        assert_eq!(band_name(&NL, Band::Attention), "Let op");
    }

    #[test]
    fn every_energy_choice_has_texts() {
        for lang in LANGS {
            let t = check_texts(lang);
            for s in SuggestionId::ALL {
                let text = suggestion_text(t, s);
                assert!(!text.is_empty());
                assert!(text.chars().count() <= MAX_TEXT_CHARS, "{s:?} is too long");
            }
            for w in Weight::ALL {
                assert!(!weight_name(t, w).is_empty());
            }
            for k in [EnergyKind::Giver, EnergyKind::Drain] {
                assert!(!kind_heading(t, k).is_empty());
            }
            for h in [HeavierSide::Givers, HeavierSide::Drains, HeavierSide::Even] {
                assert!(!heavier_text(t, h).is_empty());
            }
        }
    }

    #[test]
    fn months_and_trend_sentences() {
        let trend = Trend {
            direction: Direction::Heavier,
            change: -20,
            previous: Date {
                year: 2026,
                month: 3,
                day: 14,
            },
        };
        assert_eq!(
            trend_sentence(Lang::Nl, Some(&trend)),
            "Zwaarder dan in maart."
        );
        assert_eq!(
            trend_sentence(Lang::En, Some(&trend)),
            "Heavier than in March."
        );
        let same = Trend {
            direction: Direction::Same,
            ..trend
        };
        assert_eq!(
            trend_sentence(Lang::Nl, Some(&same)),
            "Ongeveer hetzelfde als in maart."
        );
        let lighter = Trend {
            direction: Direction::Lighter,
            ..trend
        };
        assert_eq!(
            trend_sentence(Lang::En, Some(&lighter)),
            "Lighter than in March."
        );
        assert_eq!(trend_sentence(Lang::Nl, None), NL.trend_first);
    }
}
