//! Telegram's HTML `parse_mode`, as strictly as the Bot API applies it: the supported tags, the
//! four named entities plus numeric ones, and the error texts Telegram returns (after
//! tdlib's `parse_html`). One deliberate strictness beyond Telegram: a bare `&` that does not
//! start an entity is rejected, so a test catches every unescaped dynamic string.

/// Tags Telegram accepts in HTML mode.
const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
];

/// Parses `text` in Telegram's HTML mode and returns the visible text (tags removed, entities
/// decoded), or the description part after `can't parse entities: `.
pub fn parse(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                let begin = i;
                // As tdlib: the tag name runs to a space or '>'; the end of the text first
                // means an unclosed tag.
                let name_end = text[i + 1..]
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .map(|off| i + 1 + off)
                    .ok_or_else(|| format!("Unclosed start tag at byte offset {begin}"))?;
                if !text[i + 1..].starts_with('/') {
                    let name = text[i + 1..name_end].to_ascii_lowercase();
                    if !TAGS.contains(&name.as_str()) {
                        return Err(format!(
                            "Unsupported start tag \"{name}\" at byte offset {begin}"
                        ));
                    }
                }
                let end = text[name_end..]
                    .find('>')
                    .map(|off| name_end + off)
                    .ok_or_else(|| format!("Unclosed start tag at byte offset {begin}"))?;
                let inner = &text[i + 1..end];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match open.pop() {
                        None => return Err(format!("Unexpected end tag at byte offset {begin}")),
                        Some((expected, _)) if expected != name => {
                            return Err(format!(
                                "Unmatched end tag at byte offset {begin}, expected \"</{expected}>\", found \"</{name}>\""
                            ));
                        }
                        Some(_) => {}
                    }
                } else {
                    let name = text[i + 1..name_end].to_ascii_lowercase();
                    let attrs = &text[name_end..end];
                    check_attributes(&name, attrs, begin)?;
                    open.push((name, begin));
                }
                i = end + 1;
            }
            b'&' => {
                let (ch, len) = decode_entity(&text[i..])
                    .ok_or_else(|| format!("Unescaped '&' at byte offset {i}"))?;
                out.push(ch);
                i += len;
            }
            b'>' => {
                // Telegram accepts a bare '>' as text.
                out.push('>');
                i += 1;
            }
            _ => {
                let next = text[i..]
                    .find(['<', '&', '>'])
                    .map_or(bytes.len(), |off| i + off);
                out.push_str(&text[i..next]);
                i = next;
            }
        }
    }
    if let Some((name, _)) = open.pop() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{name}\""
        ));
    }
    Ok(out)
}

/// Checks the attributes Telegram requires or allows on `tag`.
fn check_attributes(tag: &str, attrs: &str, begin: usize) -> Result<(), String> {
    let attrs = attrs.trim();
    match tag {
        "a" => {
            let href = attribute(attrs, "href").ok_or_else(|| {
                format!("Can't find href attribute in the start tag \"a\" at byte offset {begin}")
            })?;
            if href.is_empty() {
                return Err(format!(
                    "Empty href in the start tag \"a\" at byte offset {begin}"
                ));
            }
            Ok(())
        }
        "span" => match attribute(attrs, "class") {
            Some(class) if class == "tg-spoiler" => Ok(()),
            _ => Err(format!(
                "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
            )),
        },
        _ => Ok(()),
    }
}

/// The decoded value of attribute `name` (double-, single- or un-quoted), if present.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    (&body[..close], body.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..close], &after[close..])
                }
            };
            rest = remaining;
            value
        } else {
            ""
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(decode_all(value));
        }
        if key.is_empty() {
            break;
        }
    }
    None
}

/// Decodes the entities of an attribute value, leaving anything undecodable as is.
fn decode_all(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with('&')
            && let Some((ch, len)) = decode_entity(&s[i..])
        {
            out.push(ch);
            i += len;
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
        out.push(ch);
        i += ch.len_utf8().max(1);
    }
    out
}

/// Decodes the entity at the start of `s` (`&lt;`, `&#60;`, `&#x3c;`): the character and the
/// entity's length in bytes.
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let semi = s.find(';')?;
    if semi > 12 {
        return None;
    }
    let name = &s[1..semi];
    let ch = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse::<u32>().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((ch, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::parse;

    /// Allowed tags and entities parse to their visible text.
    #[test]
    fn valid_html_gives_visible_text() {
        assert_eq!(
            parse("<b>A &amp; B</b> <a href=\"https://x.org/?a=1&amp;b=2\">x</a> &#60;&#x3e;"),
            Ok("A & B x <>".to_string())
        );
        assert_eq!(
            parse("<pre><code class=\"language-rust\">x</code></pre>"),
            Ok("x".into())
        );
        assert_eq!(parse("a > b"), Ok("a > b".into()));
    }

    /// Each kind of malformed HTML gets Telegram's error text.
    #[test]
    fn malformed_html_is_rejected_like_telegram() {
        assert_eq!(
            parse("a < b"),
            Err("Unsupported start tag \"\" at byte offset 2".into())
        );
        assert_eq!(
            parse("<script>x</script>"),
            Err("Unsupported start tag \"script\" at byte offset 0".into())
        );
        assert_eq!(
            parse("<b>bold"),
            Err("Can't find end tag corresponding to start tag \"b\"".into())
        );
        assert_eq!(
            parse("<b><i>x</b></i>"),
            Err("Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"".into())
        );
        assert_eq!(
            parse("x</b>"),
            Err("Unexpected end tag at byte offset 1".into())
        );
        assert_eq!(parse("AT&T"), Err("Unescaped '&' at byte offset 2".into()));
        assert_eq!(
            parse("<b"),
            Err("Unclosed start tag at byte offset 0".into())
        );
        assert!(parse("<a>x</a>").is_err());
        assert!(parse("<span>x</span>").is_err());
    }
}
