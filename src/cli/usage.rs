//! A command line clap cannot take, said as every other failure is: `liangdian: what` and `  hint: what to
//! do`, in the interface's language. The facts come from the error's context (the argument, the value, the
//! suggestion, the usage), so the Chinese report is whole rather than a translation of clap's English.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::lang::Lang;

/// More possible values than this are not listed (a district argument offers every district's names).
const MAX_LISTED: usize = 12;

/// What went wrong and what to do, as one report (`what\n  hint: …`).
pub fn explain(e: &clap::Error, lang: Lang) -> String {
    let (what, hint) = parts(e, lang);
    lang.with_hint(&what, &hint)
}

fn parts(e: &clap::Error, lang: Lang) -> (String, String) {
    let en = lang == Lang::En;
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or_default();
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UnknownArgument if en => format!("unexpected argument '{arg}' found"),
        ErrorKind::UnknownArgument => format!("无法识别的参数「{arg}」"),
        ErrorKind::InvalidSubcommand => {
            let sub = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            if en { format!("unrecognized subcommand '{sub}'") } else { format!("没有名为「{sub}」的子命令") }
        }
        ErrorKind::InvalidValue if value.is_empty() && en => {
            format!("a value is required for '{arg}' but none was supplied")
        }
        ErrorKind::InvalidValue if value.is_empty() => format!("「{arg}」需要一个值，但没有给出"),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if en => format!("invalid value '{value}' for '{arg}'"),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => format!("「{value}」不是「{arg}」可取的值"),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg).join(lang.pick(", ", "、"));
            if en {
                format!("the following required arguments were not provided: {missing}")
            } else {
                format!("缺少必需的参数：{missing}")
            }
        }
        ErrorKind::ArgumentConflict => match string(ContextKind::PriorArg) {
            Some(prior) if prior == arg && en => format!("the argument '{arg}' cannot be used multiple times"),
            Some(prior) if prior == arg => format!("参数「{arg}」只能给出一次"),
            Some(prior) if en => format!("the argument '{arg}' cannot be used with '{prior}'"),
            Some(prior) => format!("参数「{arg}」不能与「{prior}」同时使用"),
            None if en => format!("the argument '{arg}' cannot be used with the others given"),
            None => format!("参数「{arg}」不能与给出的其他参数同时使用"),
        },
        ErrorKind::TooManyValues if en => {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        }
        ErrorKind::TooManyValues => format!("「{arg}」多出了值「{value}」"),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            // A fixed number of values, or at least so many.
            let (need, least) = match number(ContextKind::ExpectedNumValues) {
                Some(n) => (n, false),
                None => (number(ContextKind::MinValues).unwrap_or(1), true),
            };
            let got = number(ContextKind::ActualNumValues).unwrap_or(0);
            let was = if got == 1 { "was" } else { "were" };
            match (en, least) {
                (true, false) => format!("'{arg}' takes {need} values but {got} {was} given"),
                (true, true) => format!("'{arg}' takes at least {need} values but {got} {was} given"),
                (false, false) => format!("「{arg}」需要 {need} 个值，却给出了 {got} 个"),
                (false, true) => format!("「{arg}」至少需要 {need} 个值，却给出了 {got} 个"),
            }
        }
        ErrorKind::NoEquals if en => format!("'{arg}' takes its value after an equal sign"),
        ErrorKind::NoEquals => format!("「{arg}」的值要写在等号之后"),
        ErrorKind::InvalidUtf8 if en => "an argument is not valid UTF-8 text".to_string(),
        ErrorKind::InvalidUtf8 => "有参数不是有效的 UTF-8 文本".to_string(),
        _ => {
            // A form without context: clap's own first line, kept so nothing is lost.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
            if en { first } else { format!("命令行有误（{first}）") }
        }
    };
    (what, hint(e, lang))
}

/// A suggestion clap made, else the possible values when they are few, else how the command is used.
fn hint(e: &clap::Error, lang: Lang) -> String {
    let en = lang == Lang::En;
    let suggested = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    };
    let kinds = [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ];
    for (kind, noun) in kinds {
        if let Some(s) = suggested(kind) {
            return if en { format!("a similar {noun} exists: '{s}'") } else { format!("是不是「{s}」？") };
        }
    }
    if let Some(ContextValue::Strings(values)) = e.get(ContextKind::ValidValue) {
        let mut values: Vec<&str> = values.iter().map(String::as_str).collect();
        values.dedup();
        if !values.is_empty() && values.len() <= MAX_LISTED {
            let list = values.join(lang.pick(", ", "、"));
            return if en { format!("possible values: {list}") } else { format!("可取的值：{list}") };
        }
    }
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    // "Usage: liangdian search <KEYWORD>..." (用法： in Chinese): the subcommand's own help when it names one.
    let usage = usage.lines().next().unwrap_or_default();
    let usage = usage.split_once(": ").or_else(|| usage.split_once('：')).map_or(usage, |(_, u)| u).trim();
    let sub = usage.split_whitespace().nth(1).filter(|w| !w.starts_with('[') && !w.starts_with('<'));
    match (sub, en) {
        (Some(sub), true) => format!("it is used as `{usage}`; `liangdian {sub} --help` shows its options"),
        (Some(sub), false) => format!("用法是 `{usage}`；`liangdian {sub} --help` 列出它的选项"),
        (None, true) => "`liangdian --help` shows every option".to_string(),
        (None, false) => "`liangdian --help` 列出所有选项".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::command;

    fn error(args: &[&str], lang: Lang) -> String {
        let args = std::iter::once("liangdian").chain(args.iter().copied());
        match command(lang).try_get_matches_from(args) {
            Ok(_) => panic!("the arguments were taken"),
            Err(e) => explain(&e, lang),
        }
    }

    #[test]
    fn a_misspelt_subcommand_argument_or_value_gets_the_suggestion() {
        assert_eq!(error(&["serch"], Lang::Zh), "没有名为「serch」的子命令\n  提示：是不是「search」？");
        assert_eq!(
            error(&["list", "--formt", "json"], Lang::Zh),
            "无法识别的参数「--formt」\n  提示：是不是「--format」？"
        );
        assert_eq!(
            error(&["list", "--format", "jsn"], Lang::En),
            "invalid value 'jsn' for '--format <FORMAT>'\n  hint: a similar value exists: 'json'"
        );
    }

    #[test]
    fn a_missing_argument_says_how_the_command_is_used_in_the_readers_language() {
        assert_eq!(
            error(&["search"], Lang::Zh),
            "缺少必需的参数：<关键词>...\n  提示：用法是 `liangdian search [选项] <关键词>...`；\
             `liangdian search --help` 列出它的选项"
        );
        assert!(error(&["search"], Lang::En).ends_with("`liangdian search --help` shows its options"));
    }

    #[test]
    fn few_possible_values_are_listed_and_a_districts_many_names_are_not() {
        assert_eq!(
            error(&["figures", "--sort", "big"], Lang::Zh),
            "「big」不是「--sort <顺序>」可取的值\n  提示：可取的值：article、largest、smallest、unit"
        );
        let compare = error(&["--compare"], Lang::En);
        assert!(!compare.contains("haidian") && compare.contains("--compare <A> <B>"), "{compare}");
        assert_eq!(
            error(&["--compare", "dc"], Lang::Zh),
            "「--compare <区甲> <区乙>」需要 2 个值，却给出了 1 个\n  提示：`liangdian --help` 列出所有选项"
        );
    }

    #[test]
    fn an_option_given_twice_is_said_once() {
        assert!(
            error(&["list", "--format", "json", "--format", "text"], Lang::Zh)
                .starts_with("参数「--format <格式>」只能给出一次")
        );
    }
}
