//! Tokenizers, registered in one place (`register`). Japanese has no spaces and a dictionary
//! tokenizer cannot be built offline at a sane size, so CJK runs become overlapping bigrams
//! with true positions (phrase queries work); other words are lowercased, and stemmed for
//! English. Every character is NFKC-normalized first, so full-width ＣＩＳＯ and half-width ｻｲﾊﾞｰ
//! match their ordinary forms.

use tantivy::tokenizer::{
    Language, LowerCaser, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer,
};
use tantivy::Index;
use unicode_normalization::UnicodeNormalization;

/// Bigrams for CJK, lowercased words: Japanese text, identifiers, and unstemmed English.
pub const PLAIN: &str = "shirube_plain";
/// As PLAIN, with English stemming.
pub const EN: &str = "shirube_en";

/// Registers the tokenizers on an index. Must run after every `Index::create` or `Index::open`:
/// the schema stores only their names.
pub fn register(index: &Index) {
    let manager = index.tokenizers();
    manager.register(
        PLAIN,
        TextAnalyzer::builder(CjkBigram).filter(LowerCaser).build(),
    );
    manager.register(
        EN,
        TextAnalyzer::builder(CjkBigram)
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build(),
    );
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Word,
    Gap,
}

fn class(c: char) -> Class {
    match c {
        '\u{3041}'..='\u{309F}'
        | '\u{30A0}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{3005}' => Class::Cjk,
        c if c.is_alphanumeric() => Class::Word,
        _ => Class::Gap,
    }
}

#[derive(Clone, Copy)]
pub struct CjkBigram;

impl Tokenizer for CjkBigram {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream {
            tokens: tokenize(text),
            next: 0,
        }
    }
}

/// (normalized char, byte range in the original text)
/// Small katakana vowels written either way in loanwords (ウェア, ウエア) fold to the large form.
fn large_kana(c: char) -> Option<char> {
    Some(match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        _ => return None,
    })
}

/// Characters NFKC leaves as they are, by far the most common in the guides: a fast path that
/// keeps index builds quick.
fn is_nfkc_stable(c: char) -> bool {
    c.is_ascii()
        || matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}')
}

fn normalized_chars(text: &str) -> Vec<(char, usize, usize)> {
    let mut out = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if let Some(large) = large_kana(c) {
            out.push((large, start, end));
        } else if is_nfkc_stable(c) {
            out.push((c, start, end));
        } else {
            out.extend(std::iter::once(c).nfkc().map(|n| (n, start, end)));
        }
    }
    out
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars = normalized_chars(text);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let run_class = class(chars[i].0);
        let run_end = (i..chars.len())
            .find(|&j| class(chars[j].0) != run_class)
            .unwrap_or(chars.len());
        let run = &chars[i..run_end];
        match run_class {
            Class::Gap => {}
            Class::Word => push(&mut tokens, run),
            Class::Cjk if run.len() == 1 => push(&mut tokens, run),
            Class::Cjk => run.windows(2).for_each(|pair| push(&mut tokens, pair)),
        }
        i = run_end;
    }
    tokens
}

fn push(tokens: &mut Vec<Token>, chars: &[(char, usize, usize)]) {
    tokens.push(Token {
        offset_from: chars[0].1,
        offset_to: chars[chars.len() - 1].2,
        position: tokens.len(),
        text: chars.iter().map(|c| c.0).collect(),
        position_length: 1,
    });
}

pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn cjk_runs_become_bigrams_and_words_stay_whole() {
        assert_eq!(
            texts("リスク管理 CISO"),
            ["リス", "スク", "ク管", "管理", "CISO"]
        );
        assert_eq!(texts("経営"), ["経営"]);
        assert_eq!(texts("a 表"), ["a", "表"]);
    }

    #[test]
    fn spelling_variants_of_loanwords_meet() {
        assert_eq!(texts("ランサムウェア"), texts("ランサムウエア"));
    }

    #[test]
    fn full_and_half_width_forms_normalize() {
        assert_eq!(texts("ＣＩＳＯ"), ["CISO"]);
        assert_eq!(texts("ｻｲﾊﾞｰ")[0], "サイ");
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "ＣＩＳＯの役割";
        for token in tokenize(text) {
            assert!(
                text.is_char_boundary(token.offset_from) && text.is_char_boundary(token.offset_to)
            );
        }
        let positions: Vec<usize> = tokenize(text).iter().map(|t| t.position).collect();
        assert_eq!(positions, [0, 1, 2]); // CISO, の役, 役割
    }
}
