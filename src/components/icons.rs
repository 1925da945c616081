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
    /// A balance: the balance check.
    Balance,
    /// A list: wishes and agreements.
    List,
    /// An arrow up.
    Up,
    /// An arrow down.
    Down,
    /// A plus: add.
    Add,
    /// Two people: the network.
    People,
}

/// An icon, 24×24, in the current text colour. A plain function rather than a
/// component: it has no state, and each component costs about 1 KB of wasm.
pub fn icon_svg(icon: Icon) -> Html {
    let path = match icon {
        Icon::Home => "M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5",
        Icon::Settings => "M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4ZM19.4 13.5l1.6 1.2-1.8 3.1-1.9-.7a7 7 0 0 1-1.9 1.1L15 20.2h-3.6l-.4-2a7 7 0 0 1-1.9-1.1l-1.9.7L5.4 14.7 7 13.5a7 7 0 0 1 0-2.9L5.4 9.3l1.8-3.1 1.9.7A7 7 0 0 1 11 5.8l.4-2H15l.4 2a7 7 0 0 1 1.9 1.1l1.9-.7 1.8 3.1-1.6 1.2a7 7 0 0 1 0 3Z",
        Icon::Lock => "M6.5 10.5h11v9.5h-11zM8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5",
        Icon::Edit => "M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4",
        Icon::Balance => "M12 4v16M7 20h10M4 8h16M4 8l-2.5 6a2.5 2.5 0 0 0 5 0L4 8ZM20 8l-2.5 6a2.5 2.5 0 0 0 5 0L20 8Z",
        Icon::List => "M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01",
        Icon::Up => "M12 19V5M5.5 11.5 12 5l6.5 6.5",
        Icon::Down => "M12 5v14M5.5 12.5 12 19l6.5-6.5",
        Icon::Add => "M12 5v14M5 12h14",
        Icon::People => "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM2.5 20a6.5 6.5 0 0 1 13 0M16 4.3a3.5 3.5 0 0 1 0 6.4M18.5 14.5a6.5 6.5 0 0 1 3 5.5",
    };
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.8"
                stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
