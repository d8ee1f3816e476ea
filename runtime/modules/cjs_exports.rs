//! The names an ES module may import from a CommonJS file, found in its
//! source before it runs, as Node's cjs-module-lexer does for the common
//! shapes: `exports.x =`, `module.exports.x =`, `exports['x'] =`,
//! `Object.defineProperty(exports, 'x', ...)` and
//! `module.exports = { a, b: c }` (shorthand or identifier values only).
//! A name found in dead code is still a name (`ghost: undefined` in Node).

/// The export names of `source`, in first-seen order, without duplicates.
pub fn detect(source: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |n: String| {
        if n != "default" && !names.contains(&n) {
            names.push(n);
        }
    };
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(at) = source[i..].find("exports") {
        let start = i + at;
        i = start + "exports".len();
        if start > 0 && is_ident_byte(bytes[start - 1]) && !source[..start].ends_with("module.") {
            continue;
        }
        if i < bytes.len() && is_ident_byte(bytes[i]) {
            continue;
        }
        let module_form = source[..start].ends_with("module.");
        let rest = &source[i..];
        if let Some(after) = rest.strip_prefix('.') {
            let name = ident(after);
            if !name.is_empty() && assigns(&after[name.len()..]) {
                add(name.to_string());
            }
        } else if let Some(after) = rest.strip_prefix('[') {
            if let Some((name, tail)) = string_literal(after.trim_start()) {
                if let Some(tail) = tail.trim_start().strip_prefix(']') {
                    if assigns(tail) {
                        add(name);
                    }
                }
            }
        } else if module_form && assigns(rest) {
            let value = rest.trim_start()[1..].trim_start();
            if let Some(body) = value.strip_prefix('{') {
                object_literal_names(body, &mut add);
            }
        }
        if source[..start].trim_end().ends_with("defineProperty(") {
            if let Some(after) = rest.trim_start().strip_prefix(',') {
                if let Some((name, _)) = string_literal(after.trim_start()) {
                    add(name);
                }
            }
        }
    }
    names
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

fn ident(s: &str) -> &str {
    let end = s.bytes().position(|b| !is_ident_byte(b)).unwrap_or(s.len());
    if s.as_bytes().first().is_some_and(|b| b.is_ascii_digit()) {
        return "";
    }
    &s[..end]
}

/// `= value` but not `==`/`=>`.
fn assigns(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with('=') && !s.starts_with("==") && !s.starts_with("=>")
}

/// `'x'` or `"x"` at the start of `s`: the text and what follows.
fn string_literal(s: &str) -> Option<(String, &str)> {
    let quote = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let end = s[1..].find(quote)? + 1;
    Some((s[1..end].to_string(), &s[end + 1..]))
}

/// `a, b: c, 'd': e }`: stops at the first entry of another shape.
fn object_literal_names(mut body: &str, add: &mut impl FnMut(String)) {
    loop {
        body = body.trim_start();
        if body.starts_with('}') || body.is_empty() {
            return;
        }
        let (key, rest) = match string_literal(body) {
            Some((k, rest)) => (k, rest),
            None => {
                let k = ident(body);
                if k.is_empty() {
                    return;
                }
                (k.to_string(), &body[k.len()..])
            }
        };
        let rest = rest.trim_start();
        let rest = if let Some(value) = rest.strip_prefix(':') {
            let value = value.trim_start();
            let v = ident(value);
            if v.is_empty() {
                return;
            }
            value[v.len()..].trim_start()
        } else {
            rest
        };
        add(key);
        match rest.strip_prefix(',') {
            Some(more) => body = more,
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn finds_common_shapes() {
        let src = "exports.a = 1; module.exports.b = 2; exports['c'] = 3;\n\
                   Object.defineProperty(exports, 'd', {}); if (x == exports.e) {}\n\
                   myexports.f = 1; exports.g == 1;";
        assert_eq!(detect(src), ["a", "b", "c", "d"]);
        assert_eq!(
            detect("module.exports = { a, b: c, 'd': e }"),
            ["a", "b", "d"]
        );
        assert_eq!(detect("module.exports = { x: 1, y }"), Vec::<String>::new());
    }
}
