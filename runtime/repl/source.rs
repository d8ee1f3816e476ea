//! Reading the REPL's input as JavaScript: is it complete, what does it
//! declare, and how to run a line that uses top-level `await`.
//!
//! A small scanner (strings, templates, comments, brackets) finds the
//! top-level statements; Boa's parser decides completeness. Neither needs
//! the engine, so this runs before anything is evaluated.

use boa_engine::Source;
use boa_parser::{Error, Parser};

/// What Boa's parser makes of an input.
#[derive(Debug, PartialEq, Eq)]
pub enum Parse {
    Ok,
    /// The input ends too early (open block, unterminated template...):
    /// wait for more lines.
    Incomplete,
    Invalid,
}

/// Parses `code` as a script (no evaluation).
pub fn parse(code: &str) -> Parse {
    // Too deep for Boa's parser: evaluating it reports Node's RangeError.
    if crate::guards::nesting::check(code).is_err() {
        return Parse::Ok;
    }
    let mut interner = boa_engine::interner::Interner::new();
    let scope = boa_engine::ast::scope::Scope::new_global();
    match Parser::new(Source::from_bytes(code)).parse_script(&scope, &mut interner) {
        Ok(_) => Parse::Ok,
        Err(Error::AbruptEnd) => Parse::Incomplete,
        Err(e) if is_abrupt(&e, code) => Parse::Incomplete,
        Err(_) => Parse::Invalid,
    }
}

/// Boa reports some early ends (an unterminated template or string) as a
/// lexer error at the very end of the input.
fn is_abrupt(err: &Error, code: &str) -> bool {
    let text = err.to_string();
    text.contains("unterminated") && !code.trim_end().ends_with(['`', '"', '\''])
        || text.contains("end of file")
        || text.contains("abrupt end")
}

/// How one complete input is to be run.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    /// Evaluate `code` as a global script.
    Script(String),
    /// Top-level `await`: evaluate `hoist` (global declarations), then
    /// `body` (an async IIFE) and wait for its promise.
    Async { hoist: String, body: String },
}

/// Decides how to run a complete input, as Node's REPL does: a line that
/// starts with `{` is an object literal if it parses as one; a line with
/// top-level `await` becomes an async function whose declarations are
/// hoisted to the global scope (Node's `processTopLevelAwait`).
pub fn plan(code: &str) -> Plan {
    let trimmed = code.trim();
    if trimmed.starts_with('{') && !trimmed.ends_with(';') {
        let wrapped = format!("({trimmed}\n)");
        if parse(&wrapped) == Parse::Ok {
            return Plan::Script(wrapped);
        }
    }
    if parse(code) == Parse::Ok || !code.contains("await") {
        return Plan::Script(code.to_string());
    }
    match rewrite_await(code) {
        Some(plan) => plan,
        None => Plan::Script(code.to_string()),
    }
}

/// The top-level statements of `code` (split at `;` outside any bracket,
/// string, template or comment), without their `;`.
pub fn statements(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    scan(code, |i, c, depth| {
        if depth == 0 && c == b';' {
            out.push(&code[start..i]);
            start = i + 1;
        }
    });
    out.push(&code[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// Calls `f(index, byte, depth)` for every byte of `code` that is code (not
/// inside a string, template text or comment); `depth` counts open brackets.
fn scan(code: &str, mut f: impl FnMut(usize, u8, usize)) {
    let b = code.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    // Template nesting: the bracket depth at which each `${` opened.
    let mut templates: Vec<usize> = Vec::new();
    let mut in_template = false;
    while i < b.len() {
        let c = b[i];
        if in_template {
            match c {
                b'\\' => i += 1,
                b'`' => in_template = false,
                b'$' if b.get(i + 1) == Some(&b'{') => {
                    templates.push(depth);
                    depth += 1;
                    in_template = false;
                    i += 1;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            b'"' | b'\'' => {
                i += 1;
                while i < b.len() && b[i] != c && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'`' => in_template = true,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                f(i, c, depth);
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if c == b'}' && templates.last() == Some(&depth) {
                    templates.pop();
                    in_template = true;
                } else {
                    f(i, c, depth);
                }
            }
            _ => f(i, c, depth),
        }
        i += 1;
    }
}

/// A top-level declaration: its kind and the names it binds.
#[derive(Debug, PartialEq, Eq)]
pub struct Declaration<'a> {
    pub kind: &'a str,
    pub names: Vec<&'a str>,
    /// After the keyword: `x = 1, y` (variables) or the whole statement.
    pub rest: &'a str,
}

/// The declaration `statement` makes, if it is one.
pub fn declaration(statement: &str) -> Option<Declaration<'_>> {
    let s = statement.trim_start();
    let (kind, rest) = split_word(s)?;
    match kind {
        "let" | "const" | "var" => {
            let names = declarators(rest)
                .iter()
                .flat_map(|d| binding_names(d.0))
                .collect();
            Some(Declaration { kind, names, rest })
        }
        "class" => {
            let (name, _) = split_word(rest.trim_start())?;
            Some(Declaration {
                kind,
                names: vec![name],
                rest: s,
            })
        }
        "function" | "async" => {
            let after = if kind == "async" {
                let (w, after) = split_word(rest.trim_start())?;
                if w != "function" {
                    return None;
                }
                after
            } else {
                rest
            };
            let (name, _) = split_word(after.trim_start().trim_start_matches('*').trim_start())?;
            Some(Declaration {
                kind: "function",
                names: vec![name],
                rest: s,
            })
        }
        _ => None,
    }
}

/// The leading identifier of `s` and what follows it.
fn split_word(s: &str) -> Option<(&str, &str)> {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(s.len());
    if end == 0 || s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    Some((&s[..end], &s[end..]))
}

/// `a = 1, {b, c: d} = o, e` → [("a", Some("1")), ("{b, c: d}", Some("o")), ("e", None)].
fn declarators(rest: &str) -> Vec<(&str, Option<&str>)> {
    split_top(rest, b',')
        .into_iter()
        .map(|part| match find_top(part, b'=') {
            Some(eq) => (part[..eq].trim(), Some(part[eq + 1..].trim())),
            None => (part.trim(), None),
        })
        .collect()
}

/// Splits at `sep` outside brackets, strings and templates.
fn split_top(s: &str, sep: u8) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    scan(s, |i, c, depth| {
        if depth == 0 && c == sep {
            out.push(&s[start..i]);
            start = i + 1;
        }
    });
    out.push(&s[start..]);
    out
}

/// The first top-level `sep` that is a plain `=` (not `==`, `=>`, `<=`...).
fn find_top(s: &str, sep: u8) -> Option<usize> {
    let b = s.as_bytes();
    let mut found = None;
    scan(s, |i, c, depth| {
        let plain = c != b'='
            || (b.get(i + 1) != Some(&b'=')
                && b.get(i + 1) != Some(&b'>')
                && !matches!(
                    i.checked_sub(1).map(|j| b[j]),
                    Some(b'=' | b'!' | b'<' | b'>')
                ));
        if found.is_none() && depth == 0 && c == sep && plain {
            found = Some(i);
        }
    });
    found
}

/// The names a binding target binds: `x`, `{a, b: c, ...d}`, `[e, , f = 1]`.
fn binding_names(target: &str) -> Vec<&str> {
    let t = target.trim();
    let inner =
        if (t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']')) {
            &t[1..t.len() - 1]
        } else {
            return split_word(t).map(|(w, _)| vec![w]).unwrap_or_default();
        };
    let object = t.starts_with('{');
    let mut names = Vec::new();
    for part in split_top(inner, b',') {
        let part = part.trim().trim_start_matches("...");
        let part = match find_top(part, b'=') {
            Some(eq) => &part[..eq],
            None => part,
        };
        let target = match (object, find_top(part, b':')) {
            (true, Some(colon)) => &part[colon + 1..],
            _ => part,
        };
        names.extend(binding_names(target));
    }
    names
}

/// Node's `processTopLevelAwait`: `const v = await p; v * 2` becomes
/// `let v;` (run first, as a global script) and
/// `(async () => { void (v = await p); return (v * 2) })()`.
fn rewrite_await(code: &str) -> Option<Plan> {
    let statements = statements(code);
    let mut hoist = String::new();
    let mut body = Vec::new();
    for (n, statement) in statements.iter().enumerate() {
        let last = n + 1 == statements.len();
        match declaration(statement) {
            Some(d) if matches!(d.kind, "let" | "const" | "var") => {
                let keyword = if d.kind == "var" { "var" } else { "let" };
                for name in &d.names {
                    hoist.push_str(&format!("{keyword} {name};\n"));
                }
                for (target, init) in declarators(d.rest) {
                    if let Some(init) = init {
                        // `void ({a} = o)`: a pattern is no assignment target in parentheses.
                        body.push(format!("void ({target} = {init})"));
                    }
                }
            }
            Some(d) => {
                let keyword = if d.kind == "class" { "let" } else { "var" };
                let name = d.names[0];
                hoist.push_str(&format!("{keyword} {name};\n"));
                body.push(format!("void ({name} = {})", d.rest.trim()));
            }
            None if last => body.push(format!("return ({}\n)", statement.trim())),
            None => body.push(statement.to_string()),
        }
    }
    let body_with_return = format!("(async () => {{ {} }})()", body.join(";\n"));
    if parse(&body_with_return) == Parse::Ok {
        return Some(Plan::Async {
            hoist,
            body: body_with_return,
        });
    }
    // The last statement was not an expression (`for`, `if`...): no value.
    if let Some(last) = body.last_mut() {
        if let Some(inner) = last.strip_prefix("return (") {
            *last = inner.trim_end_matches(')').to_string();
        }
    }
    let plain = format!("(async () => {{ {} }})()", body.join(";\n"));
    (parse(&plain) == Parse::Ok).then_some(Plan::Async { hoist, body: plain })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completeness() {
        assert_eq!(parse("1 + 2"), Parse::Ok);
        assert_eq!(parse("function f() {"), Parse::Incomplete);
        assert_eq!(parse("[1,2"), Parse::Incomplete);
        assert_eq!(parse("`abc"), Parse::Incomplete);
        assert_eq!(parse("let = = 3"), Parse::Invalid);
    }

    #[test]
    fn statements_split_outside_strings_and_blocks() {
        assert_eq!(
            statements("a = ';'; { b; c } ; `x${1;}`"),
            vec!["a = ';'", " { b; c } ", " `x${1;}`"]
        );
    }

    #[test]
    fn declarations() {
        let d = declaration("const {a, b: c, ...d} = o, [e, f = 1] = p, g").unwrap();
        assert_eq!(d.names, vec!["a", "c", "d", "e", "f", "g"]);
        assert_eq!(declaration("class A {}").unwrap().names, vec!["A"]);
        assert_eq!(
            declaration("async function* g() {}").unwrap().names,
            vec!["g"]
        );
        assert!(declaration("x = 1").is_none());
    }

    #[test]
    fn top_level_await() {
        assert_eq!(
            plan("const v = await p; v * 2"),
            Plan::Async {
                hoist: "let v;\n".into(),
                body: "(async () => { void (v = await p);\nreturn (v * 2\n) })()".into()
            }
        );
        assert!(matches!(plan("await 1"), Plan::Async { .. }));
        assert_eq!(plan("{a: 1}"), Plan::Script("({a: 1}\n)".into()));
        assert_eq!(plan("var await = 1"), Plan::Script("var await = 1".into()));
    }
}
