//! Reusable pieces of the screens. They get data through props and report with
//! `on<verb>` callbacks; shared state comes from hooks.

pub mod balance_picture;
pub mod energy_bars;
pub mod error_notice;
pub mod fields;
pub mod home_check;
pub mod icons;
pub mod layout;
pub mod network_map;
pub mod profile_form;
pub mod qr_code;
pub mod task_checks;
pub mod trend_chart;
pub mod undo_bar;
pub mod update_banner;

pub use error_notice::ErrorNotice;
pub use fields::{
    choice_group, date_field, select_field, text_area, text_field, ChoiceGroupProps,
    DateFieldProps, TextAreaProps, TextFieldProps,
};
pub use layout::Layout;
pub use profile_form::ProfileForm;
pub use undo_bar::UndoBar;
pub use update_banner::UpdateBanner;
