//! What goes wrong with how the program was run, said in both languages: its output cannot be written, or
//! the browser was asked for without a terminal.

use super::Fault;
use crate::lang::Lang;

/// How the program was run: where its output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandLineFault<'a> {
    StdoutUnwritable { reason: &'a str },
    NotATerminal,
}

impl Fault for CommandLineFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            CommandLineFault::StdoutUnwritable { reason } if en => format!("cannot write to standard output: {reason}"),
            CommandLineFault::StdoutUnwritable { reason } => format!("无法写入标准输出：{reason}"),
            CommandLineFault::NotATerminal if en => {
                "standard output is not a terminal, and the browser needs one".to_string()
            }
            CommandLineFault::NotATerminal => "标准输出不是终端，而浏览界面需要终端".to_string(),
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            CommandLineFault::StdoutUnwritable { .. } => {
                pick("check the file or pipe the output goes to", "检查输出去往的文件或管道")
            }
            CommandLineFault::NotATerminal => pick(
                "run it in a terminal, or print with a subcommand: `liangdian list`, `liangdian show DISTRICT` (see --help)",
                "请在终端中运行，或用子命令输出：`liangdian list`、`liangdian show 区名`（见 `--help`）",
            ),
        }
    }
}
