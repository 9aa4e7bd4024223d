//! The pages' words: each page's name (the help's heading over its keys), its badge on the status line, and
//! what its own keys do, in English and Chinese. A new page's words go here, in a block of their own.

use super::{KeyWords, Words};

/// A page's name and badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageWords {
    /// The help's heading over the page's keys, and the page's title where it has no other.
    pub name: Words,
    /// The status line's badge while the page is open.
    pub mode: Words,
}

// The key help.
pub const HELP: PageWords = PageWords { name: Words::new("The help", "帮助页"), mode: Words::new("HELP", "帮助") };
pub const HELP_CLOSE: KeyWords = KeyWords::new("close the help", "关闭帮助");

// The article.
pub const ARTICLE: PageWords =
    PageWords { name: Words::new("The article", "原文概览"), mode: Words::new("ARTICLE", "原文") };
pub const ARTICLE_OPEN: KeyWords = KeyWords::hinted(
    "the article: title, source, opening and closing",
    "原文概览：标题、出处、开篇和结语",
    "article",
    "原文",
);
pub const ARTICLE_CLOSE: KeyWords = KeyWords::new("close the article", "关闭原文概览");

// A district's paragraph as published.
pub const PUBLISHED: PageWords =
    PageWords { name: Words::new("As published", "原文段落"), mode: Words::new("AS PUBLISHED", "原文段落") };
pub const PUBLISHED_OPEN: KeyWords = KeyWords::new(
    "the district's paragraph exactly as the article prints it, without the titles, themes and figure notes this dataset adds",
    "该区段落的原文，不含本数据集所加的标题、主题与数字说明",
);
pub const PUBLISHED_CLOSE: KeyWords = KeyWords::new("back to the highlights", "回到亮点");

// The themes × districts matrix.
pub const MATRIX: PageWords =
    PageWords { name: Words::new("The matrix", "矩阵"), mode: Words::new("MATRIX", "矩阵") };
pub const MATRIX_OPEN: KeyWords = KeyWords::new("the themes × districts matrix", "主题 × 区 矩阵");
pub const MATRIX_ENTER: KeyWords = KeyWords::hinted(
    "open the district, its highlights on the theme marked",
    "打开该区，标出该主题的亮点",
    "open",
    "打开",
);
pub const MATRIX_LEFT: KeyWords = KeyWords::new("previous district", "上一个区");
pub const MATRIX_RIGHT: KeyWords = KeyWords::new("next district", "下一个区");
pub const MATRIX_LATER: KeyWords = KeyWords::new(
    "the matrix of the next edition (a later year), when several are read",
    "下一个版本（较晚年份）的矩阵",
);
pub const MATRIX_EARLIER: KeyWords = KeyWords::new("the matrix of the previous edition", "上一个版本的矩阵");

// The figures.
pub const FIGURES: PageWords =
    PageWords { name: Words::new("The figures", "数据"), mode: Words::new("FIGURES", "数据") };
pub const FIGURES_OPEN: KeyWords = KeyWords::new("every figure, sortable", "全部数据，可排序");
pub const FIGURES_ENTER: KeyWords = KeyWords::hinted("open the figure's highlight", "打开数据所在亮点", "open", "打开");
pub const FIGURES_SORT: KeyWords = KeyWords::hinted(
    "change the order: article, largest, smallest, unit",
    "切换排序：原文、从大到小、从小到大、单位",
    "sort",
    "排序",
);

// The match list.
pub const MATCHES: PageWords =
    PageWords { name: Words::new("The match list", "匹配列表"), mode: Words::new("MATCHES", "匹配") };
pub const MATCHES_OPEN: KeyWords = KeyWords::new("all keyword matches, with context", "列出全部匹配及上下文");
pub const MATCHES_ENTER: KeyWords = KeyWords::hinted("go to the match", "转到该匹配处", "open", "打开");

// The bookmarks.
pub const BOOKMARKS: PageWords =
    PageWords { name: Words::new("The bookmarks", "书签"), mode: Words::new("BOOKMARKS", "书签") };
pub const BOOKMARKS_OPEN: KeyWords = KeyWords::new("your bookmarks and notes", "书签与笔记");
pub const BOOKMARKS_ENTER: KeyWords =
    KeyWords::hinted("go to the bookmarked highlight", "转到加书签的亮点", "open", "打开");
pub const BOOKMARKS_DELETE: KeyWords =
    KeyWords::hinted("delete the bookmark (press twice)", "删除书签（按两次）", "delete", "删除");

// The last messages.
pub const MESSAGES: PageWords =
    PageWords { name: Words::new("The last messages", "最近的消息"), mode: Words::new("MESSAGES", "消息") };
pub const MESSAGES_OPEN: KeyWords = KeyWords::new(
    "the last messages in full, however long (the status line may cut one short)",
    "最近的消息全文（状态行放不下的部分也在这里）",
);
pub const MESSAGES_CLOSE: KeyWords = KeyWords::new("close the messages", "关闭消息");
pub const MESSAGES_NONE: Words = Words::new("Nothing has been said yet.", "还没有任何消息。");

pub const GLOSSARY: PageWords =
    PageWords { name: Words::new("Glossary", "词汇表"), mode: Words::new("GLOSSARY", "词汇") };
pub const GLOSSARY_OPEN: KeyWords = KeyWords::new(
    "the glossary: Beijing's and the congresses' terms, with pinyin, English and what each means",
    "词汇表：北京与人大工作术语的拼音、英文和释义",
);
pub const GLOSSARY_ENTER: KeyWords = KeyWords::new(
    "search the texts for the term (n, N: the next and previous use)",
    "在正文中搜索该词（n、N：下一处、上一处）",
);
pub const TERMS_HERE: PageWords =
    PageWords { name: Words::new("Terms", "词语"), mode: Words::new("TERMS", "词语") };
pub const TERMS_HERE_OPEN: KeyWords = KeyWords::new(
    "the glossary's terms in the highlight under the cursor, with what they mean",
    "光标所在亮点中的术语及其释义",
);
pub const GLOSSARY_FILTER: KeyWords = KeyWords::new(
    "narrow the list: type part of a term, its pinyin or its English (Enter keeps it, Esc clears it)",
    "筛选：输入词语、拼音或英文的一部分（Enter 保留，Esc 清除）",
);
