//! What a Fluent message asks of the program: the variables its text uses and the ones its
//! `# Variables:` comment documents. Shared by `build.rs` (which generates [`super::Msg`] from
//! the English file) and the completeness test, so both read a message the same way.
//!
//! Hand-written because no Fluent crate exposes this: `fluent-syntax` gives the tree, this walks it.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// The variables a pattern uses, in order of first use, each once (selectors and every variant
/// included, so a variable used only in a plural form counts).
pub fn used_variables<S: AsRef<str>>(pattern: &Pattern<S>) -> Vec<String> {
    let mut out = Vec::new();
    walk_pattern(pattern, &mut out);
    out
}

/// The variables a message's comment documents, in order: lines `$name - what it is` after a
/// line `Variables:` (Mozilla's convention). The order is the order of the positional arguments
/// the program passes.
pub fn documented_variables(comment: &[impl AsRef<str>]) -> Vec<String> {
    comment
        .iter()
        .map(|line| line.as_ref().trim())
        .skip_while(|line| *line != "Variables:")
        .skip(1)
        .filter_map(|line| line.strip_prefix('$'))
        .map(|rest| {
            rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn walk_pattern<S: AsRef<str>>(pattern: &Pattern<S>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression<S: AsRef<str>>(expression: &Expression<S>, out: &mut Vec<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline<S: AsRef<str>>(inline: &InlineExpression<S>, out: &mut Vec<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            let name = id.name.as_ref();
            if !out.iter().any(|v| v == name) {
                out.push(name.to_string());
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, out);
            }
            for a in &arguments.named {
                walk_inline(&a.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, out);
            }
            for a in &arguments.named {
                walk_inline(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, out),
        _ => {}
    }
}
