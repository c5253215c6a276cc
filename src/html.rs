//! Escaping text for HTML, the one escaper of the program: Telegram's HTML and Matrix's
//! `formatted_body` both use it (hand-written because it appends in place, without a new string
//! per piece; tested against `teloxide::utils::html::escape`).

/// Whether [`escape_into`] escapes `"` too (inside an attribute's value).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Quotes {
    /// Text: `"` stays as it is.
    AsThey,
    /// An attribute value between double quotes: `"` becomes `&quot;`.
    Escaped,
}

/// Appends `text` to `out` with `&`, `<` and `>` escaped, the three characters HTML text needs
/// escaped (as `teloxide::utils::html::escape`, without a new string per call), and `"` as well
/// in an attribute value.
pub fn escape_into(out: &mut String, text: &str, quotes: Quotes) {
    let mut done = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if quotes == Quotes::Escaped => "&quot;",
            _ => continue,
        };
        out.push_str(&text[done..i]);
        out.push_str(entity);
        done = i + 1;
    }
    out.push_str(&text[done..]);
}

/// `text` escaped for HTML text, or for an attribute value between double quotes.
pub fn escape(text: &str, quotes: Quotes) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, quotes);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The in-place escaping matches teloxide's `escape`, markup, accents and emoji alike.
    #[test]
    fn escape_into_matches_teloxide_escape() {
        use teloxide::utils::html::escape;
        for text in [
            "",
            "plain",
            "<b>&amp;</b>",
            "a<b>c&d\"e'f",
            "&&&<<<>>>",
            "Coopérative <Mirerani> & Co 💎 >",
        ] {
            let mut out = String::from("x");
            escape_into(&mut out, text, Quotes::AsThey);
            assert_eq!(out, format!("x{}", escape(text)), "{text:?}");
            let mut attr = String::from("x");
            escape_into(&mut attr, text, Quotes::Escaped);
            assert_eq!(
                attr,
                format!("x{}", escape(text).replace('"', "&quot;")),
                "{text:?}"
            );
        }
    }

    /// The String form is the in-place form.
    #[test]
    fn escape_is_escape_into() {
        assert_eq!(
            escape("a<\"b\">&", Quotes::Escaped),
            "a&lt;&quot;b&quot;&gt;&amp;"
        );
        assert_eq!(escape("a<\"b\">&", Quotes::AsThey), "a&lt;\"b\"&gt;&amp;");
    }
}
