//! A bound on how deeply source text nests, checked before Boa's parser
//! sees it.
//!
//! Boa's parser recurses natively for every level of brackets, and takes
//! 27 KB (arrays) to 55 KB (parentheses) of native stack per level: 1e5
//! nested `[` overflowed even the 1 GiB stack of `on_large_stack` and
//! aborted the process. Its time also grows with depth (about depth × length
//! for parentheses, objects, functions and blocks). Node throws a catchable
//! `RangeError: Maximum call stack size exceeded` instead, so sous counts the
//! nesting first, in one linear pass, and throws the same error.
//!
//! The pass knows strings, template literals, comments and regular
//! expression literals well enough to count only code brackets. Where it
//! cannot tell a regular expression from a division (after `)`, `}`, `++`,
//! or a word that may be an identifier) it takes the division: brackets in
//! a misread regular expression are then counted too, which can only
//! overcount, never let a deep nesting through.

use boa_engine::{JsResult, JsString};

/// The deepest nesting sous accepts, in brackets (`(`, `[`, `{`, `${`) plus
/// expression-bodied arrows. Node itself stops at about 1,000 brackets for
/// nested functions (498 levels of `(function(){`) and 1,832 for nested
/// object literals; at this depth Boa parses the worst shape measured
/// (nested parentheses) in about 80 ms and needs 55 MB of stack.
pub const MAX_NESTING: usize = 1000;

/// Native stack Boa's parser takes per level of nesting (55 KB measured for
/// parentheses, the worst shape), rounded up.
const STACK_PER_LEVEL: usize = 64 * 1024;

/// Stack kept free under the deepest parse for what runs after it (the
/// compiler, the error report).
const STACK_RESERVE: usize = 512 * 1024;

/// Throws Node's RangeError if `source` nests deeper than this thread's
/// stack (or [`MAX_NESTING`]) allows.
pub fn check(source: &str) -> JsResult<()> {
    check_units(source.bytes().map(u16::from))
}

/// [`check`] for an engine string (what `eval` and `new Function` receive).
pub fn check_js(source: &JsString) -> JsResult<()> {
    check_units(source.iter())
}

fn check_units(units: impl Iterator<Item = u16>) -> JsResult<()> {
    if max_depth(units, allowed_depth()) > allowed_depth() {
        return Err(crate::guards::stack_guard::exceeded());
    }
    Ok(())
}

/// The depth this thread can parse now: [`MAX_NESTING`], or less on a thread
/// with little stack left (an embedder's 8 MiB thread allows about 120).
pub fn allowed_depth() -> usize {
    match stacker::remaining_stack() {
        Some(left) => MAX_NESTING.min(left.saturating_sub(STACK_RESERVE) / STACK_PER_LEVEL),
        None => MAX_NESTING,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// `(`, `[` or `{`.
    Bracket,
    /// `${` inside a template literal: its `}` resumes the template.
    Substitution,
}

/// One open bracket, and the expression-bodied arrows begun inside it that
/// have not ended yet (each nests the rest of the expression in Boa).
struct Frame {
    open: Open,
    arrows: usize,
}

/// What came before a `/`: whether it starts a regular expression.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// An operator or an opening punctuator: `/` starts a regex.
    Operator,
    /// Something that may end an expression: `/` divides.
    Operand,
    /// A `.` or `?.`: the next word is a property name.
    Dot,
    /// `=>`: a `{` next is a block body, not a nesting arrow.
    Arrow,
}

/// The greatest nesting in `units`, scanning no further once it passes
/// `stop` (the answer is then only known to exceed it).
fn max_depth(units: impl Iterator<Item = u16>, stop: usize) -> usize {
    let mut s = Scanner {
        units: units.peekable(),
        frames: vec![Frame {
            open: Open::Bracket,
            arrows: 0,
        }],
        depth: 0,
        max: 0,
        prev: Prev::Operator,
    };
    while s.max <= stop {
        let Some(c) = s.units.next() else { break };
        s.code(c);
    }
    s.max
}

struct Scanner<I: Iterator<Item = u16>> {
    units: std::iter::Peekable<I>,
    frames: Vec<Frame>,
    depth: usize,
    max: usize,
    prev: Prev,
}

const fn ascii(c: u16) -> u8 {
    if c < 0x80 {
        c as u8
    } else {
        // Non-ASCII: an identifier character as far as nesting goes.
        b'a'
    }
}

impl<I: Iterator<Item = u16>> Scanner<I> {
    fn peek(&mut self) -> Option<u8> {
        self.units.peek().map(|&c| ascii(c))
    }

    fn eat(&mut self, want: u8) -> bool {
        let hit = self.peek() == Some(want);
        if hit {
            self.units.next();
        }
        hit
    }

    fn open(&mut self, open: Open) {
        self.frames.push(Frame { open, arrows: 0 });
        self.depth += 1;
        self.max = self.max.max(self.depth);
        self.prev = Prev::Operator;
    }

    /// Closes the innermost frame (a stray closer at the top is ignored:
    /// the parser reports it). Returns what it was.
    fn close(&mut self) -> Option<Open> {
        if self.frames.len() == 1 {
            self.end_arrows();
            return None;
        }
        let frame = self.frames.pop()?;
        self.depth -= 1 + frame.arrows;
        self.prev = Prev::Operand;
        Some(frame.open)
    }

    /// A `,`, `;` or statement keyword ends the arrows of this frame.
    fn end_arrows(&mut self) {
        if let Some(frame) = self.frames.last_mut() {
            self.depth -= frame.arrows;
            frame.arrows = 0;
        }
    }

    fn code(&mut self, c: u16) {
        let c = ascii(c);
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {}
            b'(' | b'[' => self.open(Open::Bracket),
            b'{' => {
                // An arrow's block body nests by its braces alone.
                if self.prev == Prev::Arrow {
                    self.end_last_arrow();
                }
                self.open(Open::Bracket);
            }
            b')' | b']' => {
                self.close();
            }
            b'}' => {
                if self.close() == Some(Open::Substitution) {
                    self.template();
                }
            }
            b'\'' | b'"' => {
                self.string(c);
                self.prev = Prev::Operand;
            }
            b'`' => self.template(),
            b'/' => {
                if self.eat(b'/') {
                    self.line_comment();
                } else if self.eat(b'*') {
                    self.block_comment();
                } else if self.prev == Prev::Operator {
                    self.regex();
                    self.prev = Prev::Operand;
                } else {
                    self.prev = Prev::Operator;
                }
            }
            b',' | b';' => {
                self.end_arrows();
                self.prev = Prev::Operator;
            }
            b'=' if self.eat(b'>') => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.arrows += 1;
                }
                self.depth += 1;
                self.max = self.max.max(self.depth);
                self.prev = Prev::Arrow;
            }
            b'.' => {
                if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    self.number();
                } else {
                    self.prev = Prev::Dot;
                }
            }
            b'?' if self.eat(b'.') => self.prev = Prev::Dot,
            b'+' | b'-' if self.eat(c) => {
                // `a++ / b`: take the division (see the module comment).
                self.prev = Prev::Operand;
            }
            b'0'..=b'9' => self.number(),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' | b'\\' | b'#' => self.word(c),
            _ => self.prev = Prev::Operator,
        }
    }

    /// The arrow just counted has a block body: uncount it.
    fn end_last_arrow(&mut self) {
        if let Some(frame) = self.frames.last_mut() {
            frame.arrows = frame.arrows.saturating_sub(1);
            self.depth -= 1;
        }
    }

    fn number(&mut self) {
        while let Some(d) = self.peek() {
            if d.is_ascii_alphanumeric() || d == b'_' || d == b'.' {
                self.units.next();
            } else {
                break;
            }
        }
        self.prev = Prev::Operand;
    }

    fn word(&mut self, first: u8) {
        let mut word = Vec::with_capacity(12);
        word.push(first);
        while let Some(d) = self.peek() {
            if d.is_ascii_alphanumeric() || matches!(d, b'_' | b'$' | b'\\') {
                word.push(d);
                self.units.next();
            } else {
                break;
            }
        }
        if self.prev == Prev::Dot {
            self.prev = Prev::Operand;
            return;
        }
        // Reserved words after which `/` must start a regular expression.
        // (`yield`, `await`, `let`, `of` may be identifiers: take the division.)
        const BEFORE_EXPRESSION: &[&[u8]] = &[
            b"return",
            b"typeof",
            b"instanceof",
            b"in",
            b"new",
            b"delete",
            b"void",
            b"throw",
            b"case",
            b"do",
            b"else",
            b"extends",
        ];
        // Statements cannot sit inside an arrow's expression body, so one of
        // these at this level means the arrows before it have ended.
        const STATEMENT: &[&[u8]] = &[
            b"var",
            b"const",
            b"if",
            b"for",
            b"while",
            b"return",
            b"throw",
            b"try",
            b"switch",
            b"break",
            b"continue",
            b"export",
            b"debugger",
        ];
        if STATEMENT.contains(&word.as_slice()) {
            self.end_arrows();
        }
        self.prev = match BEFORE_EXPRESSION.contains(&word.as_slice()) {
            true => Prev::Operator,
            false => Prev::Operand,
        };
    }

    /// A quoted string: to its closing quote, or the end of the line.
    fn string(&mut self, quote: u8) {
        while let Some(c) = self.units.next().map(ascii) {
            match c {
                b'\\' => {
                    self.units.next();
                }
                b'\n' | b'\r' => return,
                _ if c == quote => return,
                _ => {}
            }
        }
    }

    /// Template text: to the closing backtick, or into a `${` substitution.
    fn template(&mut self) {
        while let Some(c) = self.units.next().map(ascii) {
            match c {
                b'\\' => {
                    self.units.next();
                }
                b'`' => {
                    self.prev = Prev::Operand;
                    return;
                }
                b'$' if self.eat(b'{') => {
                    self.open(Open::Substitution);
                    return;
                }
                _ => {}
            }
        }
    }

    /// A regular expression literal's body (the flags scan as a word).
    fn regex(&mut self) {
        let mut class = false;
        while let Some(c) = self.units.next().map(ascii) {
            match c {
                b'\\' => {
                    self.units.next();
                }
                b'\n' | b'\r' => return,
                b'[' => class = true,
                b']' => class = false,
                b'/' if !class => return,
                _ => {}
            }
        }
    }

    fn line_comment(&mut self) {
        while let Some(c) = self.units.next().map(ascii) {
            if c == b'\n' || c == b'\r' {
                return;
            }
        }
    }

    fn block_comment(&mut self) {
        while let Some(c) = self.units.next().map(ascii) {
            if c == b'*' && self.eat(b'/') {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::max_depth;

    fn depth(s: &str) -> usize {
        max_depth(s.bytes().map(u16::from), usize::MAX)
    }

    #[test]
    fn brackets_nest() {
        assert_eq!(depth("[[[]]]"), 3);
        assert_eq!(depth("f(a[0], {b: (1)})"), 3);
        assert_eq!(depth("[] [] []"), 1);
    }

    #[test]
    fn strings_comments_and_regexes_do_not_count() {
        assert_eq!(depth("'((((' + \"[[[\""), 0);
        assert_eq!(depth("// ((((\n/* [[[[ */ x"), 0);
        assert_eq!(depth("x = /[(]{3}\\(/g.test(s)"), 1);
        assert_eq!(depth("return /((((/"), 0);
    }

    #[test]
    fn a_division_is_not_a_regex() {
        // Read as a regex, `/ (b) /` would hide the brackets.
        assert_eq!(depth("a / (b) / c"), 1);
        assert_eq!(depth("x.return / ((1)) / 2"), 2);
        // Ambiguous: take the division (counting more, never less).
        assert_eq!(depth("yield /(((/"), 3);
    }

    #[test]
    fn templates_nest_through_substitutions() {
        assert_eq!(depth("`a ${ `b ${ c } (` } [`"), 2);
        assert_eq!(depth("`${ {a: 1} }`"), 2);
        assert_eq!(depth("`((((`"), 0);
    }

    #[test]
    fn expression_arrows_nest_until_they_end() {
        assert_eq!(depth("a => b => c => 1"), 3);
        assert_eq!(depth("[a => 1, b => 2, c => 3]"), 2);
        assert_eq!(depth("f(() => { g(); })"), 3);
        assert_eq!(depth("f(() => { x; })"), 2);
        assert_eq!(
            depth("const f = x => x\nconst g = y => y\nconst h = z => z"),
            1
        );
    }
}
