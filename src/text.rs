//! Chinese-aware text layout: display widths, wrapping and truncation.
//!
//! ratatui's own wrapping breaks at spaces, which Chinese text has almost none of, and knows nothing of the
//! rule that a line should not begin with closing punctuation (，。、；：？！”）》) nor end with opening
//! punctuation (“（《). Everything here measures with `unicode-width`, so a wide character is two cells and is
//! never split at a border.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Display width of a character in cells (0 for combining marks, 2 for CJK).
pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Display width of a string in cells.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Punctuation that must not begin a line. The article uses ASCII commas and semicolons in places, so those
/// count too.
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '”'
            | '’'
            | '）'
            | '》'
            | '】'
            | '」'
            | '』'
            | '〉'
            | '…'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '%'
    )
}

/// Punctuation that must not end a line.
pub fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '（' | '《' | '【' | '「' | '『' | '〈' | '(' | '[' | '#' | '=' | '+')
}

/// Characters that stay together as one word: ASCII letters and digits with the marks inside numbers.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '\'' | '-' | '_' | '+' | '/')
}

/// Splits `chars` into lines of at most `width` cells and returns each line as a range of indices into
/// `chars`. Spaces at a break are dropped (they fall outside every range); `\n` forces a break. A width of 0
/// is treated as 1, so the result always makes progress.
pub fn wrap(chars: &[char], width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start: Option<usize> = None; // first index of the current line
    let mut end = 0; // one past the last index of the current line
    let mut used = 0; // cells used on the current line
    let mut paragraph = 0; // the first line of the current paragraph
    let mut broken_at_space = false; // the last line was ended by a space that did not fit
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\n' {
            match start {
                Some(s) => lines.push(s..trim_spaces(chars, s, end)),
                // A line a space just ended is the paragraph's last: no empty line after it.
                None if broken_at_space => {}
                None => lines.push(i..i),
            }
            no_orphan(chars, &mut lines[paragraph..], width);
            paragraph = lines.len();
            (start, used, broken_at_space) = (None, 0, false);
            i += 1;
            continue;
        }
        // A number and its measure word stay together only when they fit on a line.
        let cells = |unit: usize| chars[i..unit].iter().map(|&c| char_width(c)).sum::<usize>();
        let mut unit = unit_end(chars, i, true);
        if cells(unit) > width {
            unit = unit_end(chars, i, false);
        }
        let unit_width = cells(unit);
        if chars[i] == ' ' {
            // A space is a break opportunity: kept inside a line, dropped at its start; one that does not fit
            // ends the line (so nothing after it, not even a zero-width mark, can pull it back in).
            if let Some(s) = start {
                if used < width {
                    used += 1;
                    end = unit;
                } else {
                    lines.push(s..trim_spaces(chars, s, end));
                    (start, used, broken_at_space) = (None, 0, true);
                }
            }
            i = unit;
            continue;
        }
        broken_at_space = false;
        if start.is_some() && used + unit_width > width {
            lines.push(start.unwrap_or(i)..trim_spaces(chars, start.unwrap_or(i), end));
            (start, used) = (None, 0);
        }
        if unit_width > width {
            // A unit wider than the whole line (a long number, a URL) is cut by characters.
            let mut j = i;
            while j < unit {
                let w = char_width(chars[j]);
                if start.is_some() && used + w > width {
                    lines.push(start.unwrap_or(j)..end);
                    (start, used) = (None, 0);
                }
                start.get_or_insert(j);
                used += w;
                end = j + 1;
                j += 1;
            }
        } else {
            start.get_or_insert(i);
            used += unit_width;
            end = unit;
        }
        i = unit;
    }
    if let Some(s) = start {
        lines.push(s..trim_spaces(chars, s, end));
    }
    let paragraph = paragraph.min(lines.len());
    no_orphan(chars, &mut lines[paragraph..], width);
    lines
}

/// A paragraph does not end on a line of one character, or two narrow ones (扫 / 描, or a lone `e`): the last
/// unit of the line before moves down to keep it company, when it fits and leaves that line something.
fn no_orphan(chars: &[char], lines: &mut [Range<usize>], width: usize) {
    let [.., prev, last] = lines else { return };
    let cells = |r: Range<usize>| chars[r].iter().map(|&c| char_width(c)).sum::<usize>();
    // A lone character counts as lone with the punctuation that closes it (为。).
    let body: usize = chars[last.clone()].iter().filter(|&&c| !is_closing(c)).map(|&c| char_width(c)).sum();
    if last.start >= last.end || body > 2 {
        return;
    }
    // The units of the line before: the last one must end where the line does.
    let (mut unit, mut at) = (prev.start, prev.start);
    while at < prev.end {
        unit = at;
        at = unit_end(chars, at, true);
    }
    if at != prev.end || unit == prev.start || chars[unit] == ' ' {
        return;
    }
    if cells(unit..last.end) > width {
        return;
    }
    let kept = trim_spaces(chars, prev.start, unit);
    if kept == prev.start {
        return;
    }
    *last = unit..last.end;
    *prev = prev.start..kept;
}

fn trim_spaces(chars: &[char], start: usize, mut end: usize) -> usize {
    while end > start && chars[end - 1] == ' ' {
        end -= 1;
    }
    end
}

/// One past the end of the unbreakable unit that starts at `i`: an ASCII word, or one character, with
/// opening punctuation glued to what follows it and closing punctuation glued to what precedes it; with
/// `measure`, a number also keeps the measure word after it.
fn unit_end(chars: &[char], i: usize, measure: bool) -> usize {
    if chars[i] == ' ' {
        return i + 1;
    }
    let mut j = i;
    // Openers stay with the character after them. A straight quotation mark (English text) opens when it
    // follows a space or begins the text, and closes otherwise.
    let opens = |j: usize| is_opening(chars[j]) || (chars[j] == '"' && (j == 0 || chars[j - 1] == ' '));
    while j < chars.len() && opens(j) {
        j += 1;
    }
    if j < chars.len() && is_word(chars[j]) {
        let word = j;
        while j < chars.len() && (is_word(chars[j]) || (chars[j] == '.' && next_is_word(chars, j))) {
            j += 1;
        }
        // A number keeps the measure word after it (85个, 2020年), with the word that rounds it (20余次,
        // 1000多名, 3.7亿斤).
        let number = chars[word..j].iter().all(|c| c.is_ascii_digit() || *c == '.');
        if measure && number && chars.get(j).is_some_and(|&c| is_han(c)) {
            if matches!(chars[j], '余' | '多' | '万' | '亿' | '千' | '百')
                && chars.get(j + 1).is_some_and(|&c| is_han(c))
            {
                j += 1;
            }
            j += 1;
        }
    } else if j < chars.len() && chars[j] != '\n' && chars[j] != ' ' {
        j += 1;
    }
    // Closers stay with the character before them; a run of them (。”, ." ) stays together.
    while j < chars.len() && (is_closing(chars[j]) || (chars[j] == '"' && j > 0 && chars[j - 1] != ' ')) {
        j += 1;
    }
    j.max(i + 1)
}

/// A Chinese character (not punctuation).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

fn next_is_word(chars: &[char], j: usize) -> bool {
    chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())
}

/// A web address in lines of at most `width` cells, broken after a `/` where it can be (…/jcrd/ then
/// 202101/…), so each piece reads as part of the path; a piece longer than a line is cut by characters.
pub fn wrap_url(url: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in url.split_inclusive('/') {
        if !line.is_empty() && self::width(&line) + self::width(piece) > width {
            lines.push(std::mem::take(&mut line));
        }
        for c in piece.chars() {
            if !line.is_empty() && self::width(&line) + char_width(c) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts `s` to at most `max` cells, ending with `…` when anything was cut. Never splits a wide character.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Cuts `s` to at most `max` cells by taking out its middle (`/home/…/bookmarks.json`), as a path is
/// shortened: its start and its file name say most. Never splits a wide character.
pub fn truncate_middle(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let chars: Vec<char> = s.chars().collect();
    // The end gets the larger half of the room, or the file name whole when it leaves room for a start.
    let room = max - 1;
    let name = s.rfind('/').map_or(0, |i| width(&s[i..]));
    let tail_room = if name <= room { name.max(room - room / 2) } else { room - room / 2 };
    let mut tail = Vec::new();
    let mut used = 0;
    for &c in chars.iter().rev() {
        if used + char_width(c) > tail_room {
            break;
        }
        used += char_width(c);
        tail.push(c);
    }
    let mut head = String::new();
    let mut head_used = 0;
    for &c in &chars[..chars.len() - tail.len()] {
        if head_used + char_width(c) > room - used {
            break;
        }
        head_used += char_width(c);
        head.push(c);
    }
    head.push('…');
    head.extend(tail.iter().rev());
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_does_not_end_on_one_character_and_its_full_stop() {
        let text: Vec<char> = "一二三四五六七八九十为。".chars().collect();
        let lines: Vec<String> = wrap(&text, 10).into_iter().map(|r| text[r].iter().collect()).collect();
        assert_eq!(lines, ["一二三四五", "六七八九", "十为。"]);
    }

    #[test]
    fn a_straight_quotation_mark_stays_with_its_word() {
        let text = "visit the \"main hall\" and the \"mini halls\".";
        for width in 10..30 {
            for line in lines(text, width) {
                // An opening mark is not left at a line's end, nor a closing one sent to the next line's start.
                assert!(!line.ends_with(" \"") && line != "\"", "{width}: «{line}»");
                assert!(!line.starts_with("\" ") && !line.starts_with("\"."), "{width}: «{line}»");
                assert!(
                    !line.starts_with('"') || line.chars().nth(1).is_some_and(char::is_alphanumeric),
                    "{width}: «{line}»"
                );
            }
        }
    }

    #[test]
    fn a_path_is_shortened_by_its_middle() {
        let path = "/home/reader/.local/share/liangdian/bookmarks.json";
        let short = truncate_middle(path, 30);
        assert_eq!(width(&short), 30);
        assert!(short.starts_with("/home/") && short.ends_with("/bookmarks.json") && short.contains('…'), "{short}");
        assert_eq!(truncate_middle(path, 200), path);
        assert_eq!(truncate_middle(path, 1), "…");
        assert_eq!(truncate_middle("", 0), "");
        assert_eq!(truncate_middle(path, 20), "/hom…/bookmarks.json", "the file name whole while it fits");
        let wide = truncate_middle("北京市东城区人大常委会/亮点.md", 15);
        assert!(width(&wide) <= 15 && wide.ends_with("亮点.md"), "{wide}");
    }

    #[test]
    fn a_web_address_breaks_after_a_slash_where_it_can() {
        let url = "https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/t20210118_2222482.html";
        let lines = wrap_url(url, 70);
        assert_eq!(lines, ["https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/", "t20210118_2222482.html"]);
        assert_eq!(lines.concat(), url, "nothing lost or added");
        assert_eq!(wrap_url(url, 200), [url]);
        let narrow = wrap_url(url, 10);
        assert!(narrow.iter().all(|l| width(l) <= 10) && narrow.concat() == url, "{narrow:?}");
    }

    fn lines(s: &str, w: usize) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        wrap(&chars, w).into_iter().map(|r| chars[r].iter().collect()).collect()
    }

    #[test]
    fn a_space_that_ends_the_last_line_of_a_paragraph_makes_no_empty_line() {
        assert_eq!(lines("abc \ndef", 3), ["abc", "def"]);
        assert_eq!(lines("a\n\nb", 3), ["a", "", "b"], "an empty paragraph is kept");
        assert_eq!(lines("工作亮点扫描 \n下一段", 10), ["工作亮点", "扫描", "下一段"], "trailing space trimmed");
    }

    #[test]
    fn a_paragraph_does_not_end_on_one_character() {
        // 扫描 would leave 描 alone: 扫 comes down with it.
        assert_eq!(lines("工作亮点扫描", 10), ["工作亮点", "扫描"]);
        assert_eq!(lines("工作亮点扫描\n第二段落扫描", 10), ["工作亮点", "扫描", "第二段落", "扫描"]);
        // Two characters on the last line are company enough; a line of one unit is left as it is.
        assert_eq!(lines("工作亮点扫描好", 10), ["工作亮点扫", "描好"]);
        assert_eq!(lines("工作", 2), ["工", "作"]);
    }

    #[test]
    fn a_number_keeps_its_measure_word() {
        assert_eq!(lines("共复查整改85个小区", 13), ["共复查整改", "85个小区"]);
        assert_eq!(lines("开展3轮检查", 6), ["开展", "3轮", "检查"]);
        assert_eq!(lines("调研40余次", 8), ["调研", "40余次"]);
        assert_eq!(lines("总销售量3.7亿斤", 12), ["总销售量", "3.7亿斤"]);
    }

    #[test]
    fn chinese_wraps_at_character_boundaries_by_width() {
        assert_eq!(lines("人大常委会充分发挥", 6), ["人大常", "委会充", "分发挥"]);
    }

    #[test]
    fn closing_punctuation_never_begins_a_line() {
        // At width 8 "共复查小区" would leave 。 to begin the next line; 区 moves down with it.
        assert_eq!(lines("共复查小区。再说", 8), ["共复查小", "区。再说"]);
        // Below 6 cells a character with two closers after it (到”。) cannot stay whole; that is the only case.
        let texts = [
            "整改85个小区;对《北京市街道办事处条例》开展执法检查,深化街道“吹哨报到”。",
            // A number glued to its measure word and a closer (40余次,) is wider than a narrow line.
            "调研40余次,形成12.76亿元,同比增加3.7亿斤,总产值459个、意见。",
        ];
        for (w, text) in (6..30).flat_map(|w| texts.map(|t| (w, t))) {
            for l in lines(text, w) {
                let first = l.chars().next().expect("no empty lines");
                assert!(!is_closing(first), "width {w}: line begins with {first}: {l}");
                let last = l.chars().last().expect("no empty lines");
                assert!(!is_opening(last), "width {w}: line ends with {last}: {l}");
            }
        }
    }

    #[test]
    fn no_line_is_wider_than_the_width() {
        let text = "石惠16条 policy, 3.7亿斤 and 99.8% of deputies (代表) took part 参与检查。";
        for w in 1..40 {
            for l in lines(text, w) {
                assert!(width(&l) <= w.max(2), "width {w}: «{l}» is {} cells", width(&l));
            }
        }
    }

    #[test]
    fn english_breaks_at_spaces_and_keeps_numbers_whole() {
        assert_eq!(lines("joint inspections of 99.8% rates", 12), ["joint", "inspections", "of 99.8%", "rates"]);
    }

    #[test]
    fn newline_forces_a_break_and_nothing_is_lost() {
        assert_eq!(lines("甲乙\n丙", 10), ["甲乙", "丙"]);
        assert_eq!(lines("a\n\nb", 10), ["a", "", "b"]);
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("垃圾分类", 5), "垃圾…");
        assert_eq!(truncate("垃圾分类", 8), "垃圾分类");
        assert_eq!(truncate("abc", 0), "");
    }
}
