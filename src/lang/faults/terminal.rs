//! The terminal failing under the browser, and the loading of its dataset stopping, said in both languages.

use super::Fault;
use crate::lang::Lang;

/// The terminal the browser runs in, and the loading of its dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalFault<'a> {
    TerminalFailed { reason: &'a str },
    LoaderPanicked { what: &'a str },
    LoaderVanished,
}

impl Fault for TerminalFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            TerminalFault::TerminalFailed { reason } if en => format!("the terminal failed: {reason}"),
            TerminalFault::TerminalFailed { reason } => format!("终端出错：{reason}"),
            TerminalFault::LoaderPanicked { what } if en => format!("loading stopped unexpectedly: the loader {what}"),
            TerminalFault::LoaderPanicked { what } => format!("加载意外中止：加载线程{what}"),
            TerminalFault::LoaderVanished if en => "loading stopped unexpectedly".to_string(),
            TerminalFault::LoaderVanished => "加载意外中止".to_string(),
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            TerminalFault::TerminalFailed { .. } => {
                pick("check that TERM names your terminal, then try again", "确认 `TERM` 写的是你的终端，然后重试")
            }
            TerminalFault::LoaderPanicked { .. } => pick(
                "this is a bug in liangdian; please report it with this message and the file being loaded",
                "这是 liangdian 的缺陷，请连同这条消息和正在加载的文件一起报告",
            ),
            TerminalFault::LoaderVanished => {
                pick("run `liangdian check FILE` to see what is wrong", "运行 `liangdian check 文件` 查看问题所在")
            }
        }
    }
}
