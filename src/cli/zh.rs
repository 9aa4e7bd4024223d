//! The command line in Chinese: every about, argument, value, example and heading of `--help`, and the
//! usage lines errors quote. The English ones are the doc comments and attributes in `cli/mod.rs`; this is
//! their Chinese side, put onto the same command, so both describe the same arguments.

use clap::{Arg, Command};

const ABOUT: &str = "北京市十六个区人大常委会2020年工作亮点的终端浏览界面。";

const LONG_ABOUT: &str = "北京市十六个区人大常委会2020年工作亮点的终端浏览界面。
出处：《北京人大》杂志2021年第1期《各区人大常委会2020年工作亮点扫描》。

不带子命令时打开浏览界面；子命令把同样的数据输出给脚本使用。
原文为中文；区名、亮点标题、主题和数据说明另有英文标注。";

const EXAMPLES: &str = "\
示例：
  liangdian                              打开浏览界面
  liangdian --compare 东城 xicheng       打开浏览界面，对比两个区
  liangdian --search 冬奥会              打开浏览界面，并完成一次搜索
  liangdian list                         十六个区
  liangdian show hd                      海淀的全文
  liangdian search 垃圾分类              每一处匹配及其上下文
  liangdian compare dc xc                东城与西城并排对比
  liangdian themes ljfl                  按查询排序的主题
  liangdian figures --sort largest       所有数据，从大到小
  liangdian check mine.yaml              检查数据集文件
  liangdian import page.html -o 2021.yaml   根据一篇文章草拟数据集
  liangdian list --format json | jq '.districts[].id'

区可以用中文名、拼音（不分大小写）、拼音首字母、id 或英文名指称，带不带“区”字均可：
东城、海淀区、Xicheng、hd、Haidian District。
退出状态：0 成功；1 没有找到，或数据集无效；2 用法或文件错误。
按键：在浏览界面中按 ? 查看全部按键。";

/// Each subcommand's about and the text after its options.
const SUBCOMMANDS: &[(&str, &str, &str)] = &[
    (
        "list",
        "各区：id、名称、拼音、英文名，以及亮点数和主题数",
        "示例：
  liangdian list
  liangdian list --format markdown > districts.md
  liangdian list --format json | jq -r '.districts[].id'",
    ),
    (
        "show",
        "一个区的全文：导语、带标题的亮点、主题和数据",
        "示例：
  liangdian show 海淀
  liangdian show hd --lang zh
  liangdian show Haidian --format json | jq -r '.highlights[].title'

区可以是中文名、拼音（不分大小写）、首字母、id 或英文名，带不带“区”字均可。",
    ),
    (
        "search",
        "在导语和亮点中查找一个关键词的每一处匹配，连同上下文和总数",
        "示例：
  liangdian search 冬奥会
  liangdian search covid --format json | jq '.totals'

按字面搜索，不分 ASCII 大小写，与浏览界面中的 / 相同；
全角与半角视为相同（如「，」与「,」）。
字面上找不到的拼音会找它拼出的中文（dongao：冬奥）。
给出几个词时，找同时含有它们的亮点。没有匹配时退出状态为 1。",
    ),
    (
        "compare",
        "两个区：共同的主题和各自独有的主题，然后是两区的全文",
        "示例：
  liangdian compare 东城 西城
  liangdian compare dc xc --format json | jq '.themes.shared[].id'

输出文本时，终端至少 100 列宽才把两区并排显示。",
    ),
    (
        "themes",
        "各主题及其所在的区；给出查询时，按浏览界面筛选的方式排序",
        "示例：
  liangdian themes
  liangdian themes ljfl
  liangdian themes 垃圾 --format json | jq -r '.themes[0].districts[].name'

查询可以是中文（垃圾分类）、拼音（lajifenlei）、首字母（ljfl）或英文（waste）。
没有匹配的主题时退出状态为 1。",
    ),
    (
        "figures",
        "数据表：每个数量及其所在的区、所计的内容和所在的亮点",
        "示例：
  liangdian figures
  liangdian figures --sort largest
  liangdian figures 昌平 --format markdown

这个区的亮点没有引用数据时退出状态为 1。",
    ),
    (
        "bookmarks",
        "你在这个数据集上的书签及其笔记（在浏览界面中按 b 添加）",
        "示例：
  liangdian bookmarks
  liangdian bookmarks --format markdown > notes.md
  liangdian bookmarks --format json | jq -r '.bookmarks[].note'

书签保存在系统的数据目录下的 bookmarks.json 中
（Linux 上为 ~/.local/share/liangdian），
或 $LIANGDIAN_BOOKMARKS 指定的文件中。亮点的正文后来改了的书签会标为已改动。
没有书签时退出状态为 1。",
    ),
    (
        "glossary",
        "文中用到的北京与人大工作术语：拼音、英文、释义和出处",
        "示例：
  liangdian glossary
  liangdian glossary 控规
  liangdian glossary jiesujiban --text en
  liangdian glossary --format json | jq -r '.terms[].term'

TERM 可以是中文、拼音（不带声调）或英文；给出词的一部分时，
列出含有它的所有词条。没有匹配时退出状态为 1。",
    ),
    (
        "check",
        "检查数据集文件：有效则输出摘要，否则列出每个问题及其位置",
        "示例：
  liangdian check assets/districts.yaml
  liangdian check mine.yaml --format json | jq '.problems[].message'

退出状态：0 有效；1 无效（每个问题都列在标准错误上）；2 文件无法读取。",
    ),
    (
        "import",
        "根据本栏目的一篇文章（网页文本或另存的 HTML）草拟数据集",
        "示例：
  liangdian import article.txt -o 2021.yaml
  liangdian import page.html -o 2021.yaml
  liangdian import a.txt --url https://… --year 2021 > 2021.yaml
  liangdian import assets/article.txt --against builtin

原文一字不改；标题、各项数据的说明和主题由程序据原文草拟，须对照原文核对。
报告（找到、跳过、草拟了什么，哪些未能归位）写到标准错误。
退出状态：0 已生成草稿；2 文件不是本栏目的文章或无法读取，
或输出文件已存在（这时什么也不写）。",
    ),
    (
        "cache",
        "读取过的数据集文件的缓存：位置与内容；clear 清空它",
        "示例：
  liangdian cache
  liangdian cache clear

大文件第一次读取时经解析、检查后存入缓存，内容不变时此后直接从缓存打开。
LIANGDIAN_NO_CACHE=1 或 --no-cache 关闭缓存。",
    ),
    (
        "completions",
        "把 shell 补全脚本输出到标准输出",
        "示例：
  liangdian completions zsh > ~/.zfunc/_liangdian
  liangdian completions fish > ~/.config/fish/completions/liangdian.fish

bash 中可在 ~/.bashrc 里写 `source <(liangdian completions bash)`。",
    ),
];

/// Each argument's help and value name, by command (`""` for the top level) and id. The possible values
/// are said in the help itself, as clap would list them under an English heading.
const ARGS: &[(&str, &str, &str, &str)] = &[
    ("", "data", "读取 YAML 数据集（可多次给出或给文件夹，各为一版）", "文件"),
    ("", "format", "输出格式：text（默认）、json 或 markdown（md）", "格式"),
    ("", "lang", "界面语言：en 或 zh（默认取自 LC_ALL、LANG 等）", "语言"),
    ("", "text", "正文：zh、en 或 both（默认依界面语言）", "正文"),
    ("", "no_cache", "不经缓存读取数据集文件（同 LIANGDIAN_NO_CACHE=1）", ""),
    ("", "edition", "读取多个版本时只读这一年的版本；all 读全部（默认）", "年份"),
    ("", "compare", "打开浏览界面，对比两个区（东城、xicheng、hd）", "区"),
    ("", "search", "打开浏览界面并搜索关键词（n／N 跳到前后匹配）", "关键词"),
    ("show", "district", "区：海淀、Haidian、hd 或 haidian", "区"),
    ("search", "keyword", "要找的词；几个词时，找同时含有它们的亮点", "关键词"),
    ("compare", "a", "左边的区", "区甲"),
    ("compare", "b", "右边的区", "区乙"),
    ("themes", "query", "用来给主题排序的查询", "查询"),
    ("figures", "district", "只列出这个区的数据", "区"),
    ("glossary", "term", "要解释的词", "词"),
    ("figures", "sort", "顺序：article（原文，默认）、largest、smallest、unit", "顺序"),
    ("check", "file", "要检查的 YAML 文件（格式见 README）", "文件"),
    ("import", "file", "文章：从网页复制的文本，或另存的 HTML 网页（- 表示标准输入）", "文件"),
    ("import", "output", "把草稿写进这个新文件，而不是标准输出（不覆盖已有文件）", "输出"),
    ("import", "url", "原文网页地址，写入 source.url（默认取网页的规范链接）", "网址"),
    ("import", "year", "工作的年份（标题中没有写明时）", "年份"),
    ("import", "against", "与同一篇文章的整理好的数据集对照（文件，或 builtin）", "数据集"),
    ("completions", "shell", "shell 的名称：bash、zsh、fish、elvish 或 powershell", "shell"),
];

/// The help's headings, in the order clap lists the sections.
fn template(cmd: &Command) -> String {
    let mut t = String::from("{before-help}{about-with-newline}\n用法：{usage}\n\n");
    if cmd.get_subcommands().next().is_some() {
        t.push_str("命令：\n{subcommands}\n\n");
    }
    if cmd.get_positionals().next().is_some() {
        t.push_str("参数：\n{positionals}\n\n");
    }
    if cmd.get_opts().next().is_some() {
        t.push_str("选项：\n{options}");
    }
    t.push_str("{after-help}");
    t
}

/// The command line with its Chinese texts.
pub fn localize(cmd: Command) -> Command {
    let mut cmd =
        cmd.about(ABOUT).long_about(LONG_ABOUT).after_help(EXAMPLES).override_usage("liangdian [选项] [命令]");
    cmd = args_of("", cmd);
    // Each subcommand is changed once, in their order: clap puts a changed one last in its list.
    for &(name, about, after) in SUBCOMMANDS {
        cmd =
            cmd.mut_subcommand(name, |sub| args_of(name, sub.about(about).long_about(None::<&str>).after_help(after)));
    }
    // clap adds `--help`, `--version` and `help` when it builds the command; they are put into Chinese after.
    cmd.build();
    finish(cmd, true)
}

/// The Chinese help and value names of `command`'s own arguments (`""` for the top level).
fn args_of(command: &str, mut cmd: Command) -> Command {
    for &(_, id, help, value_name) in ARGS.iter().filter(|(c, ..)| *c == command) {
        cmd = cmd.mut_arg(id, |a: Arg| {
            let a = a.help(help).long_help(None::<&str>);
            // A flag takes no value: nothing to hide.
            let a = if value_name.is_empty() { a } else { a.hide_default_value(true).hide_possible_values(true) };
            // `--compare` takes two: both are named.
            // A flag takes no value to name.
            match (id, value_name) {
                ("compare", _) => a.value_names(["区甲", "区乙"]),
                (_, "") => a,
                _ => a.value_name(value_name),
            }
        });
    }
    cmd
}

/// The built-in flags and the `help` subcommand in Chinese, the headings, and the usage line of each command
/// with its Chinese placeholders.
fn finish(cmd: Command, top: bool) -> Command {
    let usage = if top {
        "liangdian [选项] [命令]".to_string()
    } else {
        let usage = cmd.clone().render_usage().to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).to_string();
        usage.replace("[OPTIONS]", "[选项]").replace("[COMMAND]", "[命令]")
    };
    let template = template(&cmd);
    let mut cmd = cmd.override_usage(usage).help_template(template);
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    if ids.iter().any(|id| id == "help") {
        cmd = cmd.mut_arg("help", |a| a.help("显示帮助").long_help("显示帮助"));
    }
    if ids.iter().any(|id| id == "version") {
        cmd = cmd.mut_arg("version", |a| a.help("显示版本"));
    }
    if cmd.get_name() == "help" {
        cmd = cmd.about("显示本帮助，或所给子命令的帮助");
        let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
        for id in ids.iter().filter(|id| id.as_str() != "help") {
            cmd = cmd.mut_arg(id, |a| a.help("要查看帮助的子命令").value_name("命令"));
        }
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| finish(sub, false));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::CommandFactory;

    fn help(args: &[&str]) -> String {
        let args = std::iter::once("liangdian").chain(args.iter().copied());
        match localize(Cli::command()).term_width(100).try_get_matches_from(args) {
            Ok(_) => panic!("the help was not asked for"),
            Err(e) => e.render().to_string(),
        }
    }

    /// Every command of the line: the top level, each subcommand and `help`.
    fn every_command() -> Vec<Vec<&'static str>> {
        let mut all = vec![vec!["--help"], vec!["-h"]];
        for &(name, _, _) in SUBCOMMANDS {
            all.push(vec![name, "--help"]);
        }
        all.push(vec!["help", "help"]);
        all
    }

    #[test]
    fn every_help_is_in_chinese_with_chinese_headings() {
        for args in every_command() {
            let text = help(&args);
            for english in ["Usage:", "Options:", "Commands:", "Arguments:", "Print", "Possible values", "[default"] {
                assert!(!text.contains(english), "{args:?} has «{english}»:\n{text}");
            }
            assert!(text.contains("用法：liangdian"), "{args:?}:\n{text}");
            // A heading is there only over something.
            assert!(!text.contains("选项：\n\n") && !text.trim_end().ends_with('：'), "{args:?}:\n{text}");
        }
    }

    #[test]
    fn every_help_fits_eighty_columns_in_both_languages() {
        let mut wide = Vec::new();
        for args in every_command() {
            for cmd in [Cli::command(), localize(Cli::command())] {
                let argv = std::iter::once("liangdian").chain(args.iter().copied());
                let text = match cmd.term_width(80).try_get_matches_from(argv) {
                    Ok(_) => panic!("the help was not asked for"),
                    Err(e) => e.render().to_string(),
                };
                let lines: Vec<&str> = text.lines().collect();
                for (i, line) in lines.iter().enumerate() {
                    if crate::text::width(line) > 80 {
                        wide.push(format!("{args:?}: {} columns: {line}", crate::text::width(line)));
                    }
                    // An example is one line: clap breaking one leaves a line that looks like another command.
                    let example = line.trim_start().starts_with("liangdian ");
                    let next = lines.get(i + 1).map(|l| l.trim_start()).unwrap_or_default();
                    if example
                        && line.starts_with("  ")
                        && !next.is_empty()
                        && !next.starts_with("liangdian")
                        && lines.get(i + 1).is_some_and(|l| l.starts_with("  "))
                    {
                        wide.push(format!("{args:?}: an example broken after: {line}"));
                    }
                }
            }
        }
        assert!(wide.is_empty(), "{}", wide.join("\n"));
    }

    #[test]
    fn the_chinese_command_line_lists_its_subcommands_in_the_english_order() {
        let names = |cmd: &Command| cmd.get_subcommands().map(|s| s.get_name().to_string()).collect::<Vec<_>>();
        let (mut en, mut zh) = (Cli::command(), localize(Cli::command()));
        en.build();
        zh.build();
        assert_eq!(names(&zh), names(&en));
        let help = |cmd: &Command| cmd.find_subcommand("help").map(names);
        assert_eq!(help(&zh), help(&en), "help's own list too");
    }

    #[test]
    fn every_argument_and_subcommand_has_its_chinese_text() {
        let cmd = {
            let mut cmd = localize(Cli::command());
            cmd.build();
            cmd
        };
        let chinese = |s: Option<String>, what: &str| {
            let s = s.unwrap_or_default();
            assert!(s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{what}: «{s}»");
        };
        for sub in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
            chinese(sub.get_about().map(|a| a.to_string()), sub.get_name());
            for arg in sub.get_arguments() {
                chinese(arg.get_help().map(|h| h.to_string()), &format!("{} {}", sub.get_name(), arg.get_id()));
            }
        }
    }

    #[test]
    fn the_chinese_command_line_takes_what_the_english_one_takes() {
        use clap::FromArgMatches;
        for args in [
            &["list", "--format", "md"][..],
            &["figures", "昌平", "--sort", "largest", "--format", "json"],
            &["--compare", "东城", "xc"],
            &["search", "垃圾", "分类", "--lang", "zh"],
        ] {
            let argv = || std::iter::once("liangdian").chain(args.iter().copied());
            let zh = localize(Cli::command()).try_get_matches_from(argv()).expect("parsed in Chinese");
            let en = Cli::command().try_get_matches_from(argv()).expect("parsed in English");
            let (zh, en) = (Cli::from_arg_matches(&zh).expect("zh"), Cli::from_arg_matches(&en).expect("en"));
            assert_eq!(format!("{zh:?}"), format!("{en:?}"), "{args:?}");
        }
    }
}
