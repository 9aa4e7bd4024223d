//! A district's paragraph cut into its lead and its highlights. The lead is the opening sentence; a
//! highlight ends where a new action begins: at a full stop (。！？), and at a semicolon that ends an item
//! (；, or `;` as pages often print it) outside quotation marks and brackets. A piece too short to be an
//! action of its own (a phrase between two semicolons) stays with the next. The pieces are slices of the
//! paragraph, so joined they give it back exactly.

/// Sentence ends.
const STOPS: &[char] = &['。', '！', '？', '!', '?'];
/// Item ends.
const SEMICOLONS: &[char] = &['；', ';'];
/// Marks that close what a stop ends, kept with it (。” ends the piece after the quotation mark).
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '】'];
const OPENERS: &[char] = &['“', '‘', '「', '『', '（', '(', '《', '【'];
/// Fewer characters than this do not make an action of their own.
const SHORTEST: usize = 10;

/// The opening sentence and the rest.
pub fn lead(paragraph: &str) -> (&str, &str) {
    let end = ends(paragraph, false).first().copied().unwrap_or(paragraph.len());
    paragraph.split_at(end)
}

/// The highlights of what follows the lead.
pub fn highlights(rest: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for end in ends(rest, true) {
        if rest[start..end].trim().chars().count() >= SHORTEST {
            pieces.push(&rest[start..end]);
            start = end;
        }
    }
    if !rest[start..].trim().is_empty() {
        match pieces.pop() {
            // A short tail joins the piece before it.
            Some(last) if rest[start..].trim().chars().count() < SHORTEST => {
                let from = last.as_ptr() as usize - rest.as_ptr() as usize;
                pieces.push(&rest[from..]);
            }
            Some(last) => pieces.extend([last, &rest[start..]]),
            None => pieces.push(&rest[start..]),
        }
    } else if let Some(last) = pieces.pop() {
        // White space after the last stop stays with it.
        let from = last.as_ptr() as usize - rest.as_ptr() as usize;
        pieces.push(&rest[from..]);
    }
    pieces
}

/// Byte offsets just after each end of a sentence (and of an item, with `items`), closing marks included.
fn ends(text: &str, items: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    // Straight quotation marks ("…", as pages typed on a Latin keyboard have them) open and close alike.
    let mut straight = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if OPENERS.contains(&c) {
            depth += 1;
        } else if CLOSERS.contains(&c) {
            depth = depth.saturating_sub(1);
        } else if c == '"' {
            straight = !straight;
        }
        let stop = STOPS.contains(&c);
        if !(stop || items && depth == 0 && !straight && SEMICOLONS.contains(&c)) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !CLOSERS.contains(&next) {
                break;
            }
            end = j + next.len_utf8();
            depth = depth.saturating_sub(1);
            chars.next();
        }
        // A stop inside a quotation that is left open (a stray “) must not hide every later item.
        if stop {
            depth = 0;
            straight = false;
        }
        out.push(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_is_the_opening_sentence() {
        assert_eq!(lead("人大常委会立足职责。聚焦疫情防控。"), ("人大常委会立足职责。", "聚焦疫情防控。"));
        assert_eq!(lead("没有句号"), ("没有句号", ""));
    }

    #[test]
    fn highlights_end_at_stops_and_item_ending_semicolons() {
        let rest = "促进“关键小事”落实,开展3轮检查,共复查整改85个小区;对《北京市街道办事处条例》开展执法检查。推动加强和改善民生,听取报告。";
        assert_eq!(
            highlights(rest),
            vec![
                "促进“关键小事”落实,开展3轮检查,共复查整改85个小区;",
                "对《北京市街道办事处条例》开展执法检查。",
                "推动加强和改善民生,听取报告。"
            ]
        );
    }

    #[test]
    fn quoted_semicolons_and_short_items_do_not_cut() {
        let rest = "听取“关于甲;乙”的报告,共同推进各项工作。一是甲;二是乙;三是开展专题询问并听取审议报告。";
        assert_eq!(
            highlights(rest),
            vec!["听取“关于甲;乙”的报告,共同推进各项工作。", "一是甲;二是乙;三是开展专题询问并听取审议报告。"]
        );
        assert_eq!(
            highlights("说“好。”然后开展了大量的专题调研工作。"),
            vec!["说“好。”然后开展了大量的专题调研工作。"]
        );
        let straight = "听取\"关于甲;乙\"的报告,共同推进各项工作;开展专题询问并听取审议报告。";
        assert_eq!(highlights(straight).len(), 2, "a semicolon between straight quotation marks does not cut");
    }

    #[test]
    fn nothing_is_lost_at_either_end() {
        let rests = [
            "短。",
            "开展执法检查工作并听取报告。 ",
            "开展执法检查工作并听取报告。没有句号的结尾部分很长很长",
            "开展执法检查工作并听取报告。尾",
        ];
        for rest in rests {
            assert_eq!(highlights(rest).concat(), rest, "{rest:?}");
        }
        assert_eq!(highlights("开展执法检查工作并听取报告。尾").len(), 1, "a short tail joins the piece before it");
        assert!(highlights("").is_empty() && highlights("  ").is_empty());
    }
}
