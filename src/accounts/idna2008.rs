//! What IDNA2008 (RFC 5891, 5892) refuses in a domain beyond what UTS #46 processing
//! already does.
//!
//! The `idna` crate implements UTS #46, which maps case and width and checks hyphens, bidi
//! (RFC 5893) and joiners (RFC 5892 CONTEXTJ), but is deliberately more permissive than
//! IDNA2008 about which code points a label may hold: symbols and punctuation such as
//! U+3008 〈 or emoji are "valid" in UTS #46 and DISALLOWED in IDNA2008. This module applies
//! RFC 5892's derived property to each label after UTS #46 processing (so already mapped to
//! lower case and NFC), and the CONTEXTO rules of its Appendix A.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Property {
    Pvalid,
    /// Zero-width joiners: their rules are UTS #46's CheckJoiners, already applied.
    ContextJ,
    ContextO,
    Disallowed,
}

/// RFC 5892 §3: the derived property of one code point.
fn property(c: char) -> Property {
    use Property::*;
    // §2.6 Exceptions (F).
    match c {
        '\u{DF}' | '\u{3C2}' | '\u{6FD}' | '\u{6FE}' | '\u{F0B}' | '\u{3007}' => return Pvalid,
        '\u{B7}' | '\u{375}' | '\u{5F3}' | '\u{5F4}' | '\u{30FB}' => return ContextO,
        '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' => return ContextO,
        '\u{640}' | '\u{7FA}' | '\u{302E}' | '\u{302F}' | '\u{3031}'..='\u{3035}' | '\u{303B}' => {
            return Disallowed;
        }
        // §2.8 JoinControl (H).
        '\u{200C}' | '\u{200D}' => return ContextJ,
        _ => {}
    }
    // §2.10 LDH (K): after mapping, ASCII letters are lower case.
    if c.is_ascii() {
        return if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            Pvalid
        } else {
            Disallowed
        };
    }
    // §2.9 OldHangulJamo (I) and §2.4 IgnorableBlocks (D).
    if matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{A960}'..='\u{A97F}' | '\u{D7B0}'..='\u{D7FF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{1D100}'..='\u{1D1FF}' | '\u{1D200}'..='\u{1D24F}')
    {
        return Disallowed;
    }
    // §2.3 IgnorableProperties (C): white space, noncharacters, and the default-ignorable
    // code points that are letters or marks by category (fillers, variation selectors).
    if c.is_whitespace()
        || matches!(c, '\u{FDD0}'..='\u{FDEF}')
        || (c as u32 & 0xFFFE) == 0xFFFE
        || matches!(c,
            '\u{34F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FFA0}'
            | '\u{E0100}'..='\u{E01EF}')
    {
        return Disallowed;
    }
    // §2.2 Unstable (B): changed by case folding and NFKC.
    let folded: String = c.to_lowercase().collect::<String>().nfkc().collect();
    if folded.chars().ne(std::iter::once(c)) {
        return Disallowed;
    }
    // §2.1 LetterDigits (A).
    match c.general_category() {
        GeneralCategory::LowercaseLetter
        | GeneralCategory::UppercaseLetter
        | GeneralCategory::OtherLetter
        | GeneralCategory::DecimalNumber
        | GeneralCategory::ModifierLetter
        | GeneralCategory::SpacingMark
        | GeneralCategory::NonspacingMark => Pvalid,
        _ => Disallowed,
    }
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}') && c != '\u{375}'
}

fn is_hebrew(c: char) -> bool {
    matches!(c, '\u{591}'..='\u{5FF}' | '\u{FB1D}'..='\u{FB4F}')
}

fn is_kana_or_han(c: char) -> bool {
    c != '\u{30FB}'
        && matches!(c,
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}'
            | '\u{3005}' | '\u{3007}' | '\u{3021}'..='\u{3029}')
}

/// RFC 5892 Appendix A.3 to A.9: where a CONTEXTO code point may stand.
fn context_o_allows(label: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| label.get(j)).copied();
    let after = label.get(i + 1).copied();
    match label[i] {
        // A.3 MIDDLE DOT: between two l (Catalan "l·l").
        '\u{B7}' => before == Some('l') && after == Some('l'),
        // A.4 GREEK LOWER NUMERAL SIGN: followed by Greek.
        '\u{375}' => after.is_some_and(is_greek),
        // A.5, A.6 HEBREW GERESH and GERSHAYIM: after Hebrew.
        '\u{5F3}' | '\u{5F4}' => before.is_some_and(is_hebrew),
        // A.7 KATAKANA MIDDLE DOT: in a label with Hiragana, Katakana or Han.
        '\u{30FB}' => label.iter().copied().any(is_kana_or_han),
        // A.8, A.9: Arabic-Indic digits and extended Arabic-Indic digits not mixed.
        '\u{660}'..='\u{669}' => !label.iter().any(|c| matches!(c, '\u{6F0}'..='\u{6F9}')),
        '\u{6F0}'..='\u{6F9}' => !label.iter().any(|c| matches!(c, '\u{660}'..='\u{669}')),
        _ => false,
    }
}

/// Whether UTS #46 would drop `c` without a word (a default-ignorable code point: soft
/// hyphen, fillers, variation selectors…). IDNA2008 has no such mapping: a domain typed
/// with one is not the domain it becomes, so it is refused instead. The joiners are not
/// dropped (they are CONTEXTJ).
pub fn is_silently_dropped(c: char) -> bool {
    !matches!(c, '\u{200C}' | '\u{200D}')
        && (c.general_category() == GeneralCategory::Format
            || matches!(c,
                '\u{34F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
                | '\u{180B}'..='\u{180F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FFA0}'
                | '\u{E0100}'..='\u{E01EF}'))
}

/// Whether a label (U-label form, after UTS #46 processing) holds only what IDNA2008
/// allows, each CONTEXTO code point in its context.
pub fn label_allowed(label: &str) -> bool {
    let chars: Vec<char> = label.chars().collect();
    chars.iter().enumerate().all(|(i, &c)| match property(c) {
        Property::Pvalid | Property::ContextJ => true,
        Property::ContextO => context_o_allows(&chars, i),
        Property::Disallowed => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_properties() {
        for ok in [
            "ñandú",
            "fußball",
            "παράδειγμα",
            "测试",
            "अजय",
            "l·l",
            "ש׳ב",
            "ーカタカナ・テ",
        ] {
            assert!(label_allowed(ok), "{ok}");
        }
        for bad in ["a〈b", "😀", "a·b", "x\u{3164}", "a_b", "ab★", "a\u{FE0F}"] {
            assert!(!label_allowed(bad), "{bad}");
        }
        assert!(!label_allowed("٠۰"), "mixed Arabic-Indic digits");
    }
}
