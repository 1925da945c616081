//! Small line icons drawn as inline SVG, hidden from screen readers (the text
//! next to them carries the meaning).

use yew::prelude::*;

/// Which icon.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A house: the start screen.
    Home,
    /// A gear: settings.
    Settings,
    /// A lock: privacy.
    Lock,
    /// A pencil: edit.
    Edit,
}

/// Props of [`IconSvg`].
#[derive(Properties, PartialEq)]
pub struct IconProps {
    /// Which icon.
    pub icon: Icon,
}

/// An icon, 24×24, in the current text colour.
#[component]
pub fn IconSvg(props: &IconProps) -> Html {
    let path = match props.icon {
        Icon::Home => "M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5",
        Icon::Settings => "M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4ZM19.4 13.5l1.6 1.2-1.8 3.1-1.9-.7a7 7 0 0 1-1.9 1.1L15 20.2h-3.6l-.4-2a7 7 0 0 1-1.9-1.1l-1.9.7L5.4 14.7 7 13.5a7 7 0 0 1 0-2.9L5.4 9.3l1.8-3.1 1.9.7A7 7 0 0 1 11 5.8l.4-2H15l.4 2a7 7 0 0 1 1.9 1.1l1.9-.7 1.8 3.1-1.6 1.2a7 7 0 0 1 0 3Z",
        Icon::Lock => "M6.5 10.5h11v9.5h-11zM8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5",
        Icon::Edit => "M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4",
    };
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.8"
                stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
