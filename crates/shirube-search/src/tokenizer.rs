//! Tokenizers, registered in one place (`register`). Japanese has no spaces and a dictionary
//! tokenizer cannot be built offline at a sane size, so CJK runs become overlapping bigrams
//! with true positions (phrase queries work); other words are lowercased, and stemmed for
//! English. Every character is NFKC-normalized first, so full-width ＣＩＳＯ and half-width ｻｲﾊﾞｰ
//! match their ordinary forms.

use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};
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
    manager.register(PLAIN, TextAnalyzer::from(CjkBigram));
    manager.register(
        EN,
        TextAnalyzer::builder(CjkBigram).filter(StemOnce).build(),
    );
}

/// The English stem of a lowercased word, as the index has it.
pub fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    Stemmer::new(Algorithm::English).stem(word)
}

/// English stemming that stems each distinct word once per analyzer. An index build hands every
/// token of the English fields to one analyzer, mostly the same few thousand words: stemming
/// each occurrence was a quarter of the build.
#[derive(Clone, Copy)]
struct StemOnce;

impl TokenFilter for StemOnce {
    type Tokenizer<T: Tokenizer> = StemOnceFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemOnceFilter<T> {
        StemOnceFilter {
            inner: tokenizer,
            stems: HashMap::new(),
        }
    }
}

#[derive(Clone)]
struct StemOnceFilter<T> {
    inner: T,
    /// Word → stem, for every word this analyzer has stemmed.
    stems: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for StemOnceFilter<T> {
    type TokenStream<'a> = StemOnceStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemOnceStream {
            tail: self.inner.token_stream(text),
            stems: &mut self.stems,
        }
    }
}

struct StemOnceStream<'a, T> {
    tail: T,
    stems: &'a mut HashMap<String, String>,
}

impl<T: TokenStream> TokenStream for StemOnceStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let text = &mut self.tail.token_mut().text;
        // The English stemmer leaves words under three letters as they are.
        if text.len() < 3 {
            return true;
        }
        if let Some(stem) = self.stems.get(text.as_str()) {
            text.clear();
            text.push_str(stem);
        } else {
            let stem = stem(text).into_owned();
            let word = std::mem::replace(text, stem.clone());
            self.stems.insert(word, stem);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Text as the index compares it: NFKC, small katakana vowels large, lowercase.
pub fn folded(text: &str) -> String {
    normalized_chars(text)
        .into_iter()
        .flat_map(|(c, _, _)| c.to_lowercase())
        .collect()
}

/// Whether a character belongs to a Japanese (CJK) run, indexed as bigrams.
pub fn is_cjk(c: char) -> bool {
    class(c) == Class::Cjk
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
    type TokenStream<'a> = BigramStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BigramStream {
        BigramStream {
            chars: normalized_chars(text),
            next_char: 0,
            run_end: 0,
            run_class: Class::Gap,
            token: Token::default(),
            position: 0,
        }
    }
}

/// Streams tokens over the normalized characters, reusing one `Token`: indexing tokenizes every
/// body, so no allocation per token. Words come out lowercased (kana and kanji have no case, so
/// a separate lowercasing filter only cost time).
pub struct BigramStream {
    chars: Vec<(char, usize, usize)>,
    /// Where the next token starts.
    next_char: usize,
    /// The end of the current run of one class.
    run_end: usize,
    run_class: Class,
    token: Token,
    position: usize,
}

impl BigramStream {
    fn emit(&mut self, from: usize, to: usize) {
        let chars = &self.chars[from..to];
        self.token.offset_from = chars[0].1;
        self.token.offset_to = chars[chars.len() - 1].2;
        self.token.position = self.position;
        self.token.position_length = 1;
        let text = &mut self.token.text;
        text.clear();
        if self.run_class == Class::Cjk {
            text.extend(chars.iter().map(|c| c.0));
        } else {
            for &(c, _, _) in chars {
                if c.is_ascii() {
                    text.push(c.to_ascii_lowercase());
                } else {
                    text.extend(c.to_lowercase());
                }
            }
        }
        self.position += 1;
    }
}

impl TokenStream for BigramStream {
    fn advance(&mut self) -> bool {
        loop {
            if self.next_char >= self.run_end {
                // Start the next run.
                self.next_char = self.run_end;
                if self.next_char >= self.chars.len() {
                    return false;
                }
                self.run_class = class(self.chars[self.next_char].0);
                let from = self.next_char;
                self.run_end = (from..self.chars.len())
                    .find(|&j| class(self.chars[j].0) != self.run_class)
                    .unwrap_or(self.chars.len());
            }
            let (at, end) = (self.next_char, self.run_end);
            match self.run_class {
                Class::Gap => self.next_char = end,
                Class::Word => {
                    self.emit(at, end);
                    self.next_char = end;
                    return true;
                }
                Class::Cjk if end - at == 1 => {
                    self.emit(at, end);
                    self.next_char = end;
                    return true;
                }
                Class::Cjk => {
                    self.emit(at, at + 2);
                    self.next_char = if at + 2 >= end { end } else { at + 1 };
                    return true;
                }
            }
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Small katakana vowels written either way in loanwords (ウェア, ウエア) fold to the large form.
const SMALL_AND_LARGE_KANA: [(char, char); 5] = [
    ('ァ', 'ア'),
    ('ィ', 'イ'),
    ('ゥ', 'ウ'),
    ('ェ', 'エ'),
    ('ォ', 'オ'),
];

fn large_kana(c: char) -> Option<char> {
    if !('ァ'..='ォ').contains(&c) {
        return None; // the common case, decided at once: this runs for every indexed character
    }
    SMALL_AND_LARGE_KANA
        .iter()
        .find(|(small, _)| *small == c)
        .map(|(_, large)| *large)
}

/// The small form of a large katakana vowel, which folds to it.
pub fn small_kana(c: char) -> Option<char> {
    SMALL_AND_LARGE_KANA
        .iter()
        .find(|(_, large)| *large == c)
        .map(|(small, _)| *small)
}

/// Characters NFKC leaves as they are, by far the most common in the guides: a fast path that
/// keeps index builds quick.
fn is_nfkc_stable(c: char) -> bool {
    c.is_ascii()
        || matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}')
}

/// One character as the index compares it, where that is one character: NFKC (full-width Ａ is
/// A), small katakana vowels large, lowercase. For scanning text without allocating.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if let Some(large) = large_kana(c) {
        return large;
    }
    if is_nfkc_stable(c) {
        return c; // kana and kanji: no case either
    }
    let mut normalized = std::iter::once(c).nfkc();
    let c = match (normalized.next(), normalized.next()) {
        (Some(one), None) => one,
        _ => c,
    };
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// Each character NFKC-normalized (small katakana vowels large), with the byte range it came
/// from in `text`.
pub fn normalized_chars(text: &str) -> Vec<(char, usize, usize)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str) -> Vec<Token> {
        let mut stream = CjkBigram.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().clone());
        }
        tokens
    }

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn cjk_runs_become_bigrams_and_words_stay_whole_in_lowercase() {
        assert_eq!(
            texts("リスク管理 CISO"),
            ["リス", "スク", "ク管", "管理", "ciso"]
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
        assert_eq!(texts("ＣＩＳＯ"), ["ciso"]);
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
