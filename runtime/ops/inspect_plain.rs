//! `util.inspect` of plain data, natively: the shapes most output is made of (ordinary objects
//! and arrays holding numbers, strings, booleans and more of the same) formatted exactly as
//! `stdlib-js/internal/inspect/` would, in a fraction of the interpreter's time.
//!
//! It answers only what it is sure of: anything else (a class instance, a proxy, a getter, a
//! symbol key, a custom inspect function, a circular reference, a string that needs escapes or
//! line splitting, a key that needs quoting with escapes, non-ASCII entries an array would be
//! grouped by width) makes it return `undefined`, and the JavaScript inspect formats the value
//! from the start. So do option sets it does not implement: it takes no colors, `compact: 3`
//! only, and no `showHidden`/`sorted`/`getters`/`numericSeparator` (`PlainOptions::read`).

use boa_engine::builtins::proxy::Proxy;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsSymbol, JsValue};

/// `util.inspect`'s `compact: 3`: the innermost three levels may share a line.
const COMPACT: usize = 3;
/// Strings longer than this may be split over lines (`kMinLineLength`).
const MIN_LINE_LENGTH: usize = 16;
/// Arrays with more entries than this are grouped into columns.
const GROUP_FROM: usize = 6;
/// Far below inspect's own output budget (2^27 per level), where it starts cutting.
const MAX_UNITS: usize = 1 << 24;

/// `inspectPlain(value, ctx)`: the text `util.inspect` gives `value` under the options of
/// `ctx` (inspect's context), or `undefined` when it is not plain data or the options ask for
/// something this file does not implement.
pub fn inspect_plain(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(ctx) = args.get(1).and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Some(options) = PlainOptions::read(&ctx, context)? else {
        return Ok(JsValue::undefined());
    };
    let value = args.first().cloned().unwrap_or_default();
    Ok(match plain_text(&value, &options, context)? {
        Some(text) => JsString::from(text.as_str()).into(),
        None => JsValue::undefined(),
    })
}

/// The options plain data is formatted under (the rest are fixed: see the file's head).
pub struct PlainOptions {
    depth: f64,
    break_length: f64,
    custom: Option<JsSymbol>,
    max_array_length: f64,
    max_string_length: f64,
}

impl PlainOptions {
    /// `util.inspect.defaultOptions` as they are now (a program may change them), or `None`
    /// when they ask for something this file does not implement.
    pub fn defaults(context: &mut Context) -> JsResult<Option<Self>> {
        let defaults = styles_export(context, "inspectDefaultOptions")?;
        match defaults.as_object() {
            Some(defaults) => Self::read(&defaults, context),
            None => Ok(None),
        }
    }

    /// The options of an inspect context or of the default options (colors are the caller's
    /// to check: console decides them by the stream), or `None` when they ask for something
    /// this file does not implement.
    fn read(options: &JsObject, context: &mut Context) -> JsResult<Option<Self>> {
        let mut field = |name: &str| options.get(JsString::from(name), context);
        for off in ["showHidden", "sorted", "getters", "numericSeparator"] {
            if field(off)?.to_boolean() {
                return Ok(None);
            }
        }
        if field("compact")?.as_number() != Some(COMPACT as f64) {
            return Ok(None);
        }
        // A number, or null for no limit.
        let mut limit = |name: &str| -> JsResult<Option<f64>> {
            let value = field(name)?;
            Ok(match value.is_null() {
                true => Some(f64::INFINITY),
                false => value.as_number(),
            })
        };
        let (Some(depth), Some(max_array_length), Some(max_string_length)) = (
            limit("depth")?,
            limit("maxArrayLength")?,
            limit("maxStringLength")?,
        ) else {
            return Ok(None);
        };
        let Some(break_length) = field("breakLength")?.as_number() else {
            return Ok(None);
        };
        let custom = match field("customInspect")?.to_boolean() {
            true => match styles_export(context, "customInspectSymbol")?.as_symbol() {
                Some(symbol) => Some(symbol),
                None => return Ok(None),
            },
            false => None,
        };
        Ok(Some(Self {
            depth,
            break_length,
            custom,
            max_array_length,
            max_string_length,
        }))
    }
}

/// An export of `internal/inspect/styles` (the default options, `util.inspect.custom`).
fn styles_export(context: &mut Context, name: &str) -> JsResult<JsValue> {
    let styles = crate::stdlib::require(context, "internal/inspect/styles")?;
    match styles.as_object() {
        Some(styles) => styles.get(JsString::from(name), context),
        None => Ok(JsValue::undefined()),
    }
}

/// The text `util.inspect(value, options)` gives, or `None` when `value` is not plain data.
pub fn plain_text(
    value: &JsValue,
    options: &PlainOptions,
    context: &mut Context,
) -> JsResult<Option<String>> {
    let intrinsics = context.intrinsics().constructors();
    let mut plain = Plain {
        options,
        indentation: 0,
        current_depth: 0,
        seen: Vec::new(),
        object_prototype: intrinsics.object().prototype(),
        array_prototype: intrinsics.array().prototype(),
    };
    Ok(plain.value(value, 0, context)?.map(|piece| piece.text))
}

/// A piece of output and its length in UTF-16 units (JavaScript's `.length`, which the line
/// breaking measures).
struct Piece {
    text: String,
    units: usize,
}

impl Piece {
    fn ascii(text: String) -> Self {
        let units = text.len();
        Self { text, units }
    }
}

/// The inspect context's fields that plain data reads (`ctx` in the JavaScript).
struct Plain<'a> {
    options: &'a PlainOptions,
    indentation: usize,
    current_depth: usize,
    seen: Vec<JsObject>,
    object_prototype: JsObject,
    array_prototype: JsObject,
}

impl Plain<'_> {
    /// `formatValue`, or `None` to leave the value to the JavaScript.
    fn value(
        &mut self,
        value: &JsValue,
        recurse: usize,
        context: &mut Context,
    ) -> JsResult<Option<Piece>> {
        if let Some(object) = value.as_object() {
            return self.object(&object, recurse, context);
        }
        if let Some(string) = value.as_string() {
            return Ok(self.string(&string, true));
        }
        if let Some(n) = value.as_number() {
            if n == 0.0 && n.is_sign_negative() {
                return Ok(Some(Piece::ascii("-0".into())));
            }
            let text = value.to_string(context)?.to_std_string_escaped();
            return Ok(Some(Piece::ascii(text)));
        }
        if let Some(b) = value.as_boolean() {
            return Ok(Some(Piece::ascii(b.to_string())));
        }
        if value.is_undefined() {
            return Ok(Some(Piece::ascii("undefined".into())));
        }
        if value.is_null() {
            return Ok(Some(Piece::ascii("null".into())));
        }
        if value.is_bigint() {
            let text = value.to_string(context)?.to_std_string_escaped();
            return Ok(Some(Piece::ascii(format!("{text}n"))));
        }
        Ok(None)
    }

    /// A string quoted as `strEscape` does when nothing in it needs an escape: single quotes,
    /// or double ones around a `'`. `value` strings may also be cut or split over lines: those
    /// are left to the JavaScript.
    fn string(&self, string: &JsString, is_value: bool) -> Option<Piece> {
        let units = string.len();
        if is_value
            && (units as f64 > self.options.max_string_length
                || (units > MIN_LINE_LENGTH
                    && units as f64 > self.options.break_length - self.indentation as f64 - 4.0))
        {
            return None;
        }
        let (mut single, mut double) = (false, false);
        for unit in string.iter() {
            match unit {
                0..=0x1f | 0x5c | 0x7f..=0x9f | 0xd800..=0xdfff => return None,
                0x27 => single = true,
                0x22 => double = true,
                _ => {}
            }
        }
        let quote = match (single, double) {
            (false, _) => '\'',
            (true, false) => '"',
            (true, true) => return None,
        };
        let text = format!("{quote}{}{quote}", string.to_std_string_escaped());
        Some(Piece {
            text,
            units: units + 2,
        })
    }

    /// `formatRaw` for an ordinary object whose prototype is `Object.prototype`, or an array
    /// whose prototype is `Array.prototype` with no holes and no named keys.
    fn object(
        &mut self,
        object: &JsObject,
        recurse: usize,
        context: &mut Context,
    ) -> JsResult<Option<Piece>> {
        if object.is::<Proxy>() || object.is_callable() {
            return Ok(None);
        }
        let is_array = object.is_array();
        let expected = match is_array {
            true => &self.array_prototype,
            false if object.is_ordinary() => &self.object_prototype,
            false => return Ok(None),
        };
        if object.prototype().as_ref() != Some(expected) {
            return Ok(None);
        }
        if self.seen.iter().any(|seen| seen == object) {
            return Ok(None);
        }
        if let Some(custom) = &self.options.custom {
            match object.get(custom.clone(), context) {
                Ok(found) if !found.is_callable() => {}
                _ => return Ok(None),
            }
        }
        if !object
            .get(JsSymbol::to_string_tag(), context)?
            .is_undefined()
        {
            return Ok(None);
        }
        let Some(entries) = self.entries(object, is_array, context)? else {
            return Ok(None);
        };
        let (open, close, name) = match is_array {
            true => ('[', ']', "[Array]"),
            false => ('{', '}', "[Object]"),
        };
        if entries.is_empty() {
            return Ok(Some(Piece::ascii(format!("{open}{close}"))));
        }
        if recurse as f64 > self.options.depth {
            return Ok(Some(Piece::ascii(name.into())));
        }
        let recurse = recurse + 1;
        self.seen.push(object.clone());
        self.current_depth = recurse;
        let numeric = entries
            .iter()
            .all(|(_, value)| value.is_number() || value.is_bigint());
        let output = self.format_entries(entries, is_array, recurse, context);
        self.seen.pop();
        let Some(output) = output? else {
            return Ok(None);
        };
        let piece = self.reduce_to_single_string(output, is_array, numeric, (open, close), recurse);
        Ok(piece.filter(|p| p.units <= MAX_UNITS))
    }

    /// The keys inspect shows, with their values: an array's elements in order (every index
    /// present, nothing named but `length`), an object's own enumerable string keys. `None` for
    /// anything else (symbols, accessors, `__proto__`/`constructor` keys, too many elements).
    fn entries(
        &self,
        object: &JsObject,
        is_array: bool,
        context: &mut Context,
    ) -> JsResult<Option<Vec<(PropertyKey, JsValue)>>> {
        let keys = object.own_property_keys(context)?;
        let length = match is_array {
            true => object.get(js_string!("length"), context)?.as_number(),
            false => None,
        };
        let borrowed = object.borrow();
        let properties = borrowed.properties();
        let mut entries = Vec::with_capacity(keys.len());
        for key in keys {
            match &key {
                PropertyKey::Symbol(_) => return Ok(None),
                PropertyKey::String(name) if is_array => {
                    if name != &js_string!("length") {
                        return Ok(None);
                    }
                    continue;
                }
                PropertyKey::String(name)
                    if name == &js_string!("__proto__") || name == &js_string!("constructor") =>
                {
                    return Ok(None)
                }
                _ => {}
            }
            let Some(descriptor) = properties.get(&key) else {
                return Ok(None);
            };
            if !descriptor.expect_enumerable() {
                if is_array {
                    return Ok(None);
                }
                continue;
            }
            let Some(value) = data_value(&descriptor) else {
                return Ok(None);
            };
            entries.push((key, value));
        }
        if is_array {
            let dense = entries
                .iter()
                .enumerate()
                .all(|(i, (key, _))| matches!(key, PropertyKey::Index(n) if n.get() as usize == i));
            let count = entries.len() as f64;
            if !dense || length != Some(count) || count > self.options.max_array_length {
                return Ok(None);
            }
        }
        Ok(Some(entries))
    }

    /// `formatProperty` over the entries, two more spaces in.
    fn format_entries(
        &mut self,
        entries: Vec<(PropertyKey, JsValue)>,
        is_array: bool,
        recurse: usize,
        context: &mut Context,
    ) -> JsResult<Option<Vec<Piece>>> {
        let mut output = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            self.indentation += 2;
            let formatted = self.value(&value, recurse, context);
            self.indentation -= 2;
            let Some(piece) = formatted? else {
                return Ok(None);
            };
            if is_array {
                output.push(piece);
                continue;
            }
            let Some(name) = key_name(&key, self) else {
                return Ok(None);
            };
            output.push(Piece {
                units: name.units + 2 + piece.units,
                text: format!("{}: {}", name.text, piece.text),
            });
        }
        Ok(Some(output))
    }

    /// `reduceToSingleString` with `compact: 3`: on one line when the innermost levels fit in
    /// `breakLength`, else one entry per line (arrays grouped into columns first).
    fn reduce_to_single_string(
        &self,
        mut output: Vec<Piece>,
        is_array: bool,
        numeric: bool,
        (open, close): (char, char),
        recurse: usize,
    ) -> Option<Piece> {
        let entries = output.len();
        if is_array && entries > GROUP_FROM {
            output = self.group_array_elements(output, numeric)?;
        }
        if self.current_depth.saturating_sub(recurse) < COMPACT && entries == output.len() {
            let start = output.len() + self.indentation + 1 + 10;
            if self.is_below_break_length(&output, start) {
                let joined = join(&output, ", ", 2);
                if !joined.text.contains('\n') {
                    return Some(Piece {
                        units: joined.units + 4,
                        text: format!("{open} {} {close}", joined.text),
                    });
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        let separator = format!(",{indentation}  ");
        let joined = join(&output, &separator, separator.len());
        Some(Piece {
            units: joined.units + 2 * indentation.len() + 4,
            text: format!("{open}{indentation}  {}{indentation}{close}", joined.text),
        })
    }

    fn is_below_break_length(&self, output: &[Piece], start: usize) -> bool {
        let mut total = output.len() + start;
        if (total + output.len()) as f64 > self.options.break_length {
            return false;
        }
        for piece in output {
            total += piece.units;
            if total as f64 > self.options.break_length {
                return false;
            }
        }
        true
    }

    /// `groupArrayElements`: entries of similar width into aligned columns. Widths are
    /// lengths only for ASCII text, so anything else is left to the JavaScript.
    fn group_array_elements(&self, output: Vec<Piece>, numeric: bool) -> Option<Vec<Piece>> {
        if output.iter().any(|p| !p.text.is_ascii()) {
            return None;
        }
        const SEPARATOR_SPACE: usize = 2;
        let length = output.len();
        let total: usize = output.iter().map(|p| p.units + SEPARATOR_SPACE).sum();
        let max_length = output.iter().map(|p| p.units).max().unwrap_or(0);
        let actual_max = max_length + SEPARATOR_SPACE;
        let (total_f, actual_f) = (total as f64, actual_max as f64);
        if ((actual_max * 3 + self.indentation) as f64) < self.options.break_length
            && (total_f / actual_f > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias = (actual_f - total_f / length as f64).sqrt();
            let biased_max = (actual_f - 3.0 - average_bias).max(1.0);
            let columns =
                js_round((approx_char_heights * biased_max * length as f64).sqrt() / biased_max)
                    .min(((self.options.break_length - self.indentation as f64) / actual_f).floor())
                    .min((COMPACT * 4) as f64)
                    .min(15.0);
            if columns <= 1.0 {
                return Some(output);
            }
            let columns = columns as usize;
            let max_line_length: Vec<usize> = (0..columns)
                .map(|c| {
                    let widest = output
                        .iter()
                        .skip(c)
                        .step_by(columns)
                        .map(|p| p.units)
                        .max();
                    widest.unwrap_or(0) + SEPARATOR_SPACE
                })
                .collect();
            return Some(
                output
                    .chunks(columns)
                    .map(|row| grouped_row(row, &max_line_length, numeric))
                    .collect(),
            );
        }
        Some(output)
    }
}

/// An own data property's value; `None` for an accessor.
fn data_value(descriptor: &PropertyDescriptor) -> Option<JsValue> {
    match descriptor.is_accessor_descriptor() {
        true => None,
        false => Some(descriptor.value().cloned().unwrap_or_default()),
    }
}

/// A key as inspect prints it: bare when it is `[a-zA-Z_][a-zA-Z_0-9]*`, else quoted.
fn key_name(key: &PropertyKey, plain: &Plain<'_>) -> Option<Piece> {
    let name = match key {
        PropertyKey::String(name) => name.clone(),
        PropertyKey::Index(index) => JsString::from(index.get().to_string().as_str()),
        PropertyKey::Symbol(_) => return None,
    };
    let bare = !name.is_empty()
        && name.iter().enumerate().all(|(i, unit)| match unit {
            0x61..=0x7a | 0x41..=0x5a | 0x5f => true,
            0x30..=0x39 => i > 0,
            _ => false,
        });
    match bare {
        true => Some(Piece::ascii(name.to_std_string_escaped())),
        false => plain.string(&name, false),
    }
}

/// `Array.prototype.join`, counting UTF-16 units as it goes.
fn join(pieces: &[Piece], separator: &str, separator_units: usize) -> Piece {
    let mut text = String::new();
    let mut units = 0;
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            text.push_str(separator);
            units += separator_units;
        }
        text.push_str(&piece.text);
        units += piece.units;
    }
    Piece { text, units }
}

/// One line of a grouped array: each entry and its `, ` padded to its column's width, on the
/// left for numbers (right-aligned) and on the right for anything else.
fn grouped_row(row: &[Piece], max_line_length: &[usize], pad_start: bool) -> Piece {
    let mut text = String::new();
    let last = row.len() - 1;
    for (j, piece) in row.iter().enumerate() {
        let cell = match j == last {
            true => piece.text.clone(),
            false => format!("{}, ", piece.text),
        };
        let width = match j == last {
            true if pad_start => max_line_length[j] - 2,
            true => 0,
            false => max_line_length[j],
        };
        let pad = " ".repeat(width.saturating_sub(cell.len()));
        match pad_start {
            true => text.push_str(&format!("{pad}{cell}")),
            false => text.push_str(&format!("{cell}{pad}")),
        }
    }
    Piece::ascii(text)
}

/// JavaScript's `Math.round` for the non-negative numbers the grouping computes.
fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}
