//! Input highlighting: keywords, strings, numbers and comments, as ANSI
//! colors. A token scanner, not a parser: it must never fail on half-typed
//! input.

pub const KEYWORDS: &[&str] = &[
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "let",
    "new",
    "null",
    "of",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

const KEYWORD: &str = "\x1b[35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[90m";
const RESET: &str = "\x1b[39m";

/// `line` with color escapes around its tokens.
pub fn highlight(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let color = if c == b'/' && b.get(i + 1) == Some(&b'/') {
            i = b.len();
            COMMENT
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i = line[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
            COMMENT
        } else if matches!(c, b'"' | b'\'' | b'`') {
            i += 1;
            while i < b.len() && b[i] != c {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            STRING
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
            NUMBER
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
            let word = &line[start..i];
            let after_dot = start > 0 && b[start - 1] == b'.';
            if !after_dot && KEYWORDS.contains(&word) {
                KEYWORD
            } else {
                out.push_str(word);
                continue;
            }
        } else {
            // One character (whole UTF-8 sequence) as it is.
            let len = line[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&line[i..i + len]);
            i += len;
            continue;
        };
        out.push_str(color);
        out.push_str(&line[start..i]);
        out.push_str(RESET);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colors_tokens() {
        assert_eq!(
            highlight("let s = 'a' // c"),
            "\x1b[35mlet\x1b[39m s = \x1b[32m'a'\x1b[39m \x1b[90m// c\x1b[39m"
        );
        assert_eq!(highlight("o.new + 12"), "o.new + \x1b[33m12\x1b[39m");
        assert_eq!(
            highlight("'unterminated é"),
            "\x1b[32m'unterminated é\x1b[39m"
        );
    }
}
