//! The interface's language: English or Chinese labels for everything the program itself writes. The
//! article's text is Chinese in both.

/// The language of the interface's own labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// From the environment, as a terminal program should: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
    /// is set; `zh…` gives Chinese, anything else English.
    pub fn from_env() -> Lang {
        let var =
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        Lang::from_locale(var.as_deref().unwrap_or(""))
    }

    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") { Lang::Zh } else { Lang::En }
    }

    /// Picks the label for this language.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }

    /// A dataset label in this language, falling back to the Chinese one when the English one is missing.
    pub fn label<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::En if !en.is_empty() => en,
            _ => zh,
        }
    }
}

/// The words the interface uses, in one place per language.
#[derive(Debug)]
pub struct Labels {
    pub themes: &'static str,
    pub districts: &'static str,
    pub detail: &'static str,
    pub overview: &'static str,
    pub help: &'static str,
    pub filter_placeholder: &'static str,
    pub no_match: &'static str,
    pub no_districts: &'static str,
    pub highlights: &'static str,
    pub theme_word: &'static str,
    pub source: &'static str,
    pub intro: &'static str,
    pub closing: &'static str,
    pub mode_browse: &'static str,
    pub mode_filter: &'static str,
    pub mode_help: &'static str,
    pub mode_overview: &'static str,
    pub too_small: &'static str,
    pub matching: &'static str,
    pub figures: &'static str,
}

pub const EN: Labels = Labels {
    themes: "Themes",
    districts: "Districts",
    detail: "Highlights",
    overview: "Overview",
    help: "Keys",
    filter_placeholder: "type to filter: 垃圾分类, ljfl, waste, hd …",
    no_match: "no theme matches",
    no_districts: "no district matches; Esc clears the filter",
    highlights: "highlights",
    theme_word: "themes",
    source: "Source",
    intro: "Opening",
    closing: "Closing",
    mode_browse: "BROWSE",
    mode_filter: "FILTER",
    mode_help: "HELP",
    mode_overview: "OVERVIEW",
    too_small: "The terminal is too small",
    matching: "matching",
    figures: "Figures",
};

pub const ZH: Labels = Labels {
    themes: "主题",
    districts: "各区",
    detail: "工作亮点",
    overview: "概览",
    help: "按键",
    filter_placeholder: "输入以筛选：垃圾分类、ljfl、waste、hd …",
    no_match: "没有匹配的主题",
    no_districts: "没有匹配的区；按 Esc 清除筛选",
    highlights: "条亮点",
    theme_word: "个主题",
    source: "出处",
    intro: "开篇",
    closing: "结语",
    mode_browse: "浏览",
    mode_filter: "筛选",
    mode_help: "帮助",
    mode_overview: "概览",
    too_small: "终端窗口太小",
    matching: "匹配",
    figures: "数据",
};

impl Lang {
    /// "4 highlights · 9 themes", with the singular for one in English.
    pub fn counts(self, highlights: usize, themes: usize) -> String {
        let l = self.labels();
        let one =
            |n: usize, word: &'static str| if self == Lang::En && n == 1 { word.trim_end_matches('s') } else { word };
        format!("{highlights} {} · {themes} {}", one(highlights, l.highlights), one(themes, l.theme_word))
    }

    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}
