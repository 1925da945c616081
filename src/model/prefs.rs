//! Small preferences kept on the device outside the database: language, text size, theme.

use serde::{Deserialize, Serialize};

/// The language of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

crate::named!(Lang {
    Nl = "Nl",
    En = "En",
});

impl Lang {
    /// The BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// How large the text is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum TextSize {
    /// The normal size.
    #[default]
    Normal,
    /// Larger text.
    Large,
    /// The largest text.
    ExtraLarge,
}

crate::named!(TextSize {
    Normal = "Normal",
    Large = "Large",
    ExtraLarge = "ExtraLarge",
});

impl TextSize {
    /// Every choice, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    /// The value of the `data-text` attribute on the document.
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "xlarge",
        }
    }
}

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Theme {
    /// Follow the phone's setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

crate::named!(Theme {
    System = "System",
    Light = "Light",
    Dark = "Dark",
});

impl Theme {
    /// Every choice.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of the `data-theme` attribute on the document.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// All preferences together. Unknown or missing fields fall back to the defaults,
/// so preferences written by an older or newer version still load.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The language of the app.
    pub lang: Lang,
    /// How large the text is.
    pub text_size: TextSize,
    /// Light or dark colours.
    pub theme: Theme,
}

impl Prefs {
    /// Reads preferences from their stored JSON; anything unreadable gives the defaults.
    pub fn from_json(json: &str) -> Prefs {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The JSON to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let p = Prefs {
            lang: Lang::En,
            text_size: TextSize::ExtraLarge,
            theme: Theme::Dark,
        };
        assert_eq!(Prefs::from_json(&p.to_json()), p);
    }

    #[test]
    fn garbage_gives_defaults() {
        assert_eq!(Prefs::from_json("not json"), Prefs::default());
        assert_eq!(Prefs::from_json(""), Prefs::default());
    }

    #[test]
    fn missing_and_unknown_fields_are_tolerated() {
        let p = Prefs::from_json(r#"{"lang":"En","future":"x"}"#);
        assert_eq!(p.lang, Lang::En);
        assert_eq!(p.theme, Theme::System);
        // An unknown value for one field falls back for the whole record, never panics.
        assert_eq!(Prefs::from_json(r#"{"lang":"Fr"}"#), Prefs::default());
    }
}
