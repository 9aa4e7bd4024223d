//! Where an article comes from, found in its page chrome: the title line names the year of the work
//! (各区人大常委会2020年工作亮点扫描 is about 2020), and the breadcrumb trail names the publication, the
//! issue and the column (首页 > 服务互动 > 《北京人大》杂志 > 2021年 > 第1期 > 基层人大).

/// The source as found; an empty field was not found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub title: String,
    pub publication: String,
    pub issue: String,
    pub column: String,
    /// The first year the title names.
    pub year: Option<u16>,
}

/// Labels of a page's lines about the article (来源：…, 发布时间：…).
const LABELS: &[&str] =
    &["来源", "作者", "时间", "日期", "编辑", "字号", "点击", "浏览", "阅读", "分享", "位置", "标题"];

/// What a trail may end with that names the page, not a column.
const PAGE_WORDS: &[&str] = &["正文", "详情", "内容", "详细内容", "文章"];

/// Separators of a breadcrumb trail.
const SEPARATORS: &[char] = &['>', '＞', '›', '»', '/'];

/// Is this line a breadcrumb trail: three or more parts between separators, one of them the home page or
/// the publication?
pub fn is_breadcrumb(line: &str) -> bool {
    // 来源：《北京人大》2022年第1期 / 作者：… / 2022/01/18 names a source, not where the page is.
    if line.starts_with("来源") || line.starts_with("作者") {
        return false;
    }
    let parts: Vec<&str> = parts(line).collect();
    let named = |p: &&str| p.contains("首页") || p.contains('《') || p.contains("位置") || p.ends_with("杂志");
    parts.len() >= 3 && parts.iter().any(named)
}

fn parts(line: &str) -> impl Iterator<Item = &str> {
    line.split(SEPARATORS).map(str::trim).filter(|p| !p.is_empty())
}

/// The publication, issue and column a breadcrumb trail names.
pub fn read_breadcrumb(line: &str, found: &mut Found) {
    let mut issue_year = None;
    let mut number = None;
    let mut rest = Vec::new();
    for part in parts(line) {
        let part = part.rsplit(['：', ':']).next().unwrap_or(part).trim();
        if part.contains('《') && part.contains('》') || part.ends_with("杂志") && found.publication.is_empty() {
            found.publication = part.to_string();
        } else if let Some((y, n)) = year_and_number(part) {
            issue_year = y.or(issue_year);
            number = n.or(number);
        } else if !part.contains("首页") && !PAGE_WORDS.contains(&part) && !found.publication.is_empty() {
            rest.push(part);
        }
    }
    if let (Some(y), Some(n)) = (issue_year, number) {
        found.issue = format!("{y}年第{n}期");
    }
    // The column is what the trail ends with after the publication and its issue.
    if let Some(column) = rest.last() {
        found.column = column.to_string();
    }
}

/// `2021年` gives a year, `第1期` a number, `2021年第1期` (or `2021年 第1期`) both.
fn year_and_number(part: &str) -> Option<(Option<u16>, Option<u16>)> {
    let spaced: String = part.chars().filter(|c| !c.is_whitespace()).collect();
    let part = spaced.as_str();
    let year = part.strip_suffix('年').and_then(|y| y.parse().ok()).filter(|y: &u16| *y >= 1900);
    let number = part.strip_prefix('第').and_then(|n| n.strip_suffix('期')).and_then(|n| n.parse().ok());
    if year.is_some() || number.is_some() {
        return Some((year, number));
    }
    let (y, n) = part.split_once('年')?;
    let y = y.parse().ok().filter(|y: &u16| *y >= 1900)?;
    let n = n.strip_prefix('第')?.strip_suffix('期')?.parse().ok()?;
    Some((Some(y), Some(n)))
}

/// Could this line be the article's title: short, one line, no sentence in it?
pub fn could_be_title(line: &str) -> bool {
    let chars = line.chars().count();
    // A label and its value (来源：北京人大, 发布时间：…) is not a title; a title may have a colon (特稿：…).
    let labelled =
        line.split_once(['：', ':']).is_some_and(|(label, _)| LABELS.iter().any(|l| label.trim().ends_with(l)));
    (4..=60).contains(&chars)
        && !line.contains(['。', '！', '？', '【', '】'])
        && !labelled
        && !is_date(line)
        && !is_breadcrumb(line)
}

/// A date line (2022年1月18日 星期二, 2021-01-18) names a day, not the work's year.
fn is_date(line: &str) -> bool {
    let digits_then = |mark: char| {
        line.match_indices(mark).any(|(i, _)| line[..i].chars().next_back().is_some_and(|c| c.is_ascii_digit()))
    };
    line.contains("星期")
        || (digits_then('月') && digits_then('日'))
        || line.matches('-').count() >= 2 && line.chars().filter(char::is_ascii_digit).count() >= 6
}

/// The first four-digit year a title names, followed by 年.
pub fn year_of(title: &str) -> Option<u16> {
    let bytes = title.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let four = bytes.get(i..i + 4)?;
        let before_is_digit = i > 0 && bytes[i - 1].is_ascii_digit();
        let year_mark = title.get(i + 4..)?.starts_with('年');
        (four.iter().all(u8::is_ascii_digit) && !before_is_digit && year_mark)
            .then(|| std::str::from_utf8(four).ok()?.parse().ok())
            .flatten()
    })
}

/// A page's `<title>` without the site's name after it (…扫描_北京人大网, … - 北京人大).
pub fn page_title(title: &str) -> &str {
    title.split(['_', '|', '—']).next().unwrap_or(title).split(" - ").next().unwrap_or(title).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_breadcrumb_names_publication_issue_and_column() {
        let line = "面包屑导航小图标 首页 > 服务互动 > 《北京人大》杂志 > 2021年 > 第1期 > 基层人大";
        assert!(is_breadcrumb(line));
        let mut found = Found::default();
        read_breadcrumb(line, &mut found);
        assert_eq!(found.publication, "《北京人大》杂志");
        assert_eq!(found.issue, "2021年第1期");
        assert_eq!(found.column, "基层人大");
        let mut found = Found::default();
        read_breadcrumb("首页 › 《北京人大》 › 2022年第2期 › 基层人大 › 正文", &mut found);
        assert_eq!((found.issue.as_str(), found.column.as_str()), ("2022年第2期", "基层人大"));
        let line = "您现在的位置：北京人大网 > 服务互动 > 北京人大杂志 > 2022年 第1期 > 基层人大";
        assert!(is_breadcrumb(line));
        let mut found = Found::default();
        read_breadcrumb(line, &mut found);
        assert_eq!(
            (found.publication.as_str(), found.issue.as_str(), found.column.as_str()),
            ("北京人大杂志", "2022年第1期", "基层人大")
        );
    }

    #[test]
    fn the_title_names_the_year_of_the_work() {
        assert_eq!(year_of("各区人大常委会2020年工作亮点扫描"), Some(2020));
        assert_eq!(year_of("2019年各区人大常委会工作亮点"), Some(2019));
        assert_eq!(year_of("各区人大常委会工作亮点扫描"), None);
        assert_eq!(year_of("第12345年"), None, "five digits are not a year");
        assert!(could_be_title("各区人大常委会2020年工作亮点扫描"));
        assert!(!could_be_title("【字号: 收藏收藏 打印打印"));
        assert!(!could_be_title("2020年是极不平凡的一年。"));
        assert!(could_be_title("聚焦主责主业：各区人大常委会2021年工作亮点扫描"));
        assert!(!could_be_title("来源：北京人大"));
        assert!(!could_be_title("2022年1月18日 星期二"));
        assert!(!could_be_title("发布日期 2021-01-18"));
        assert_eq!(page_title("各区人大常委会2020年工作亮点扫描_北京人大网"), "各区人大常委会2020年工作亮点扫描");
        assert_eq!(page_title("亮点 - 北京人大"), "亮点");
    }

    #[test]
    fn a_sentence_with_arrows_is_not_a_breadcrumb() {
        assert!(!is_breadcrumb("a > b"));
        assert!(!is_breadcrumb("收入 > 支出 > 结余"));
    }
}
